#!/usr/bin/env python3
"""Turns the hand-written dialogues (data_gaming.py, data_ranked.py) into the JSONL files.
Objection labels are written by hand inline as C[label]: ...; this script only copies them out."""
import json, re, pathlib
from collections import Counter
from data_gaming import G
from data_ranked import R

HERE = pathlib.Path(__file__).parent
LABELS = {"brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive"}
LINE = re.compile(r"^(C|T)(?:\[(\w+)\])?: (.+)$")


def parse(block):
    turns, labels = [], []
    for ln in block.strip().splitlines():
        m = LINE.match(ln.strip())
        assert m, ln
        who, lab, text = m.groups()
        assert lab is None or (who == "C" and lab in LABELS), ln
        turns.append({"speaker": "customer" if who == "C" else "trainee", "text": text.strip()})
        labels.append(lab)
    return turns, labels


objs = []
def emit(folder, rows, sides):
    out = []
    for row in rows:
        o = dict(row)
        for s in sides:
            turns, labels = parse(row[s])
            o[s] = turns
            for i, t in enumerate(turns):
                if i and t["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
                    objs.append({"before": turns[i - 1]["text"], "text": t["text"], "objection": labels[i],
                                 "source": f"{folder}/{row['id']}/{s}/{i}"})
        out.append(o)
    with open(HERE / f"{folder}.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out


g = emit("gaming_pairs", G, ["good", "gaming"])
r = emit("ranked_pairs", R, ["better", "worse"])
with open(HERE / "dialogue_objections.jsonl", "w", encoding="utf-8") as f:
    for o in objs:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

c = Counter(o["objection"] for o in objs)
print(len(g), len(r), len(objs), dict(c))
# style stats
good_tr = [t["text"] for row in g for t in row["good"] if t["speaker"] == "trainee"]
good_tr += [t["text"] for row in r for t in row["better"] if t["speaker"] == "trainee"]
short = sum(len(t.split()) < 10 for t in good_tr)
print("good/better trainee lines", len(good_tr), "short(<10 words)", short, round(short / len(good_tr), 2))
gt = [t["text"] for row in g for t in row["good"] if t["speaker"] == "trainee"]
print("gaming-good only short:", sum(len(t.split()) < 10 for t in gt), "/", len(gt))
for side in ("good", "gaming"):
    print(side, "turn counts", sorted(len(row[side]) for row in g))
for side in ("better", "worse"):
    print(side, "turn counts", sorted(len(row[side]) for row in r))
