#!/usr/bin/env python3
"""Write the three JSONL files of the blind35 set from the data modules.

It copies what the data files say (turns, labels); it decides nothing.
"""
import json
from pathlib import Path

import data_gaming_a
import data_gaming_b
import data_gaming_c
import data_ranked_d
import data_ranked_f

HERE = Path(__file__).resolve().parent
SET_NAME = "blind35"


def strip(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def objection_rows(pair, sides):
    rows = []
    for side in sides:
        turns = pair[side]
        for i, turn in enumerate(turns):
            if i and turn["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
                rows.append({"before": turns[i - 1]["text"], "text": turn["text"],
                             "objection": turn["label"], "source": f"{SET_NAME}/{pair['id']}/{side}/{i}"})
    return rows


def main():
    gaming = data_gaming_a.PAIRS + data_gaming_b.PAIRS + data_gaming_c.PAIRS
    ranked = data_ranked_d.PAIRS + data_ranked_f.PAIRS
    objections = []
    with open(HERE / "gaming_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in gaming:
            row = {"id": p["id"], "business": p["business"], "kind": p["kind"], "situation": p["situation"],
                   "good": strip(p["good"]), "gaming": strip(p["gaming"])}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            objections += objection_rows(p, ("good", "gaming"))
    with open(HERE / "ranked_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in ranked:
            row = {"id": p["id"], "situation": p["situation"],
                   "better": strip(p["better"]), "worse": strip(p["worse"])}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            objections += objection_rows(p, ("better", "worse"))
    with open(HERE / "dialogue_objections.jsonl", "w", encoding="utf-8") as f:
        for r in objections:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"gaming_pairs.jsonl {len(gaming)}, ranked_pairs.jsonl {len(ranked)}, dialogue_objections.jsonl {len(objections)}")


if __name__ == "__main__":
    main()
