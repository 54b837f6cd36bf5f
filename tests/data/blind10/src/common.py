import json
PAIRS = []
RANKED = []
def P(id, business, kind, situation, opener, good, gaming):
    PAIRS.append(dict(id=id, business=business, kind=kind, situation=situation, opener=opener, good=good, gaming=gaming))
def R(id, situation, opener, better, worse, note=None):
    RANKED.append(dict(id=id, situation=situation, opener=opener, better=better, worse=worse, note=note))
def turns(opener, rest):
    out = [{"speaker": "customer", "text": opener}]
    for i, t in enumerate(rest):
        out.append({"speaker": "trainee" if i % 2 == 0 else "customer", "text": t})
    return out
