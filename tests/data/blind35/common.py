"""Small helpers for the blind35 dialogue data files.

t(text)         -> a trainee turn
c(text, label)  -> a customer turn; the label is compulsory (None = no objection).
                   The label of a pair's opening line is never written out (no trainee turn before it).
gpair / rpair   -> one gaming pair / one ranked pair; the shared opening line is put in front of both sides.
build.py copies what is written here; it decides nothing.
"""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive")


def t(text):
    return {"speaker": "trainee", "text": text}


def c(text, label):
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} for {text[:40]!r}")
    return {"speaker": "customer", "text": text, "label": label}


def gpair(pid, business, kind, situation, opening, good, gaming):
    return {"id": pid, "business": business, "kind": kind, "situation": situation,
            "good": [opening] + list(good), "gaming": [opening] + list(gaming)}


def rpair(pid, situation, opening, better, worse):
    return {"id": pid, "situation": situation,
            "better": [opening] + list(better), "worse": [opening] + list(worse)}
