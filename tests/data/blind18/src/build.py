#!/usr/bin/env python3
"""Write gaming_pairs.jsonl, ranked_pairs.jsonl and dialogue_objections.jsonl from the
hand-written data files. Labels are read from the data files, never computed."""
import json, pathlib
import data_gaming_a, data_gaming_b, data_ranked

HERE = pathlib.Path(__file__).parent
FOLDER = "blind18"


def turns_of(opening, raw):
    out = [{"speaker": "customer", "text": opening}]
    labels = [None]
    for speaker, text, label in raw:
        out.append({"speaker": speaker, "text": text})
        labels.append(label)
    return out, labels


def objection_rows(rid, side, turns, labels):
    rows = []
    for i in range(1, len(turns)):
        if turns[i]["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
            rows.append({"before": turns[i - 1]["text"], "text": turns[i]["text"],
                         "objection": labels[i], "source": f"{FOLDER}/{rid}/{side}/{i}"})
    return rows


def write_jsonl(name, rows):
    with open(HERE / name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


gaming, ranked, objections = [], [], []
for p in data_gaming_a.PAIRS + data_gaming_b.PAIRS:
    row = {"id": p["id"], "business": p["business"], "kind": p["kind"], "situation": p["situation"]}
    for side in ("good", "gaming"):
        t, l = turns_of(p["opening"], p[side])
        row[side] = t
        objections += objection_rows(p["id"], side, t, l)
    gaming.append(row)

for p in data_ranked.PAIRS:
    row = {"id": p["id"], "situation": p["situation"]}
    for side in ("better", "worse"):
        t, l = turns_of(p["opening"], p[side])
        row[side] = t
        objections += objection_rows(p["id"], side, t, l)
    ranked.append(row)

write_jsonl("gaming_pairs.jsonl", gaming)
write_jsonl("ranked_pairs.jsonl", ranked)
write_jsonl("dialogue_objections.jsonl", objections)
print(f"gaming_pairs.jsonl {len(gaming)}, ranked_pairs.jsonl {len(ranked)}, "
      f"dialogue_objections.jsonl {len(objections)}")
