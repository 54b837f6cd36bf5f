#!/usr/bin/env python3
"""Writes gaming_pairs.jsonl, ranked_pairs.jsonl and dialogue_objections.jsonl
from the hand-written data files (data_gaming_a.py, data_gaming_b.py, data_ranked.py).
Labels are taken exactly as written by hand next to each customer line."""
import json, pathlib
from collections import Counter
import data_gaming_a, data_gaming_b, data_ranked

HERE = pathlib.Path(__file__).parent
LABELS = {None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive"}


def expand(opening, rest, where):
    turns = [{"speaker": "customer", "text": opening}]
    labels = {}
    for i, t in enumerate(rest, 1):
        if t[0] == "T":
            assert len(t) == 2, where
            turns.append({"speaker": "trainee", "text": t[1]})
        elif t[0] == "C":
            assert len(t) == 3, f"{where}[{i}] customer turn needs a label (or None)"
            assert t[2] in LABELS, f"{where}[{i}] bad label {t[2]!r}"
            turns.append({"speaker": "customer", "text": t[1]})
            labels[i] = t[2]
        else:
            raise ValueError(where)
    return turns, labels


def write_jsonl(name, rows):
    with open(HERE / name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


obj_rows = []


def add_objections(folder, rid, side, turns, labels):
    for i, t in enumerate(turns):
        if i and t["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
            obj_rows.append({"before": turns[i - 1]["text"], "text": t["text"],
                             "objection": labels[i], "source": f"{folder}/{rid}/{side}/{i}"})


gaming = []
for p in data_gaming_a.PAIRS + data_gaming_b.PAIRS:
    row = {"id": p["id"], "business": p["business"], "kind": p["kind"], "situation": p["situation"]}
    for side in ("good", "gaming"):
        turns, labels = expand(p["open"], p[side], f"{p['id']}:{side}")
        row[side] = turns
        add_objections("gaming_pairs", p["id"], side, turns, labels)
    gaming.append(row)

ranked = []
for p in data_ranked.PAIRS:
    row = {"id": p["id"], "situation": p["situation"]}
    for side in ("better", "worse"):
        turns, labels = expand(p["open"], p[side], f"{p['id']}:{side}")
        row[side] = turns
        add_objections("ranked_pairs", p["id"], side, turns, labels)
    ranked.append(row)

write_jsonl("gaming_pairs.jsonl", gaming)
write_jsonl("ranked_pairs.jsonl", ranked)
write_jsonl("dialogue_objections.jsonl", obj_rows)

lc = Counter(r["objection"] for r in obj_rows)
print(f"gaming_pairs.jsonl {len(gaming)}  ranked_pairs.jsonl {len(ranked)}  dialogue_objections.jsonl {len(obj_rows)}")
print("labels:", dict(sorted(lc.items(), key=lambda kv: (kv[0] is not None, str(kv[0])))))
for folder in ("gaming_pairs", "ranked_pairs"):
    sub = Counter(r["objection"] for r in obj_rows if r["source"].startswith(folder))
    print(" ", folder, dict(sub))
for side in ("good", "gaming", "better", "worse"):
    sub = Counter(r["objection"] for r in obj_rows if f"/{side}/" in r["source"])
    print(" ", side, dict(sub))
lens = Counter()
for r in gaming:
    for s in ("good", "gaming"):
        lens[("g", len(r[s]))] += 1
for r in ranked:
    for s in ("better", "worse"):
        lens[("r", len(r[s]))] += 1
print("turn counts:", dict(sorted(lens.items())))
