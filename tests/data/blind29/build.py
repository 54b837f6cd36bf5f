#!/usr/bin/env python3
"""Write gaming_pairs.jsonl, ranked_pairs.jsonl and dialogue_objections.jsonl from the data files.

It only copies what was written by hand: turns and the customer-line labels. It decides nothing.
"""
import json
from pathlib import Path

import data_gaming_a
import data_gaming_b
import data_ranked

HERE = Path(__file__).resolve().parent
SETNAME = HERE.name  # blind29


def strip(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def objection_rows(pid, side, turns):
    rows = []
    for i, x in enumerate(turns):
        if i and x["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
            rows.append({"before": turns[i - 1]["text"], "text": x["text"], "objection": x["label"],
                         "source": f"{SETNAME}/{pid}/{side}/{i}"})
    return rows


def main():
    gaming = data_gaming_a.PAIRS + data_gaming_b.PAIRS
    ranked = data_ranked.PAIRS
    objections = []
    with open(HERE / "gaming_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in gaming:
            row = {"id": p["id"], "business": p["business"], "kind": p["kind"], "situation": p["situation"],
                   "good": strip(p["good"]), "gaming": strip(p["gaming"])}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            for side in ("good", "gaming"):
                objections += objection_rows(p["id"], side, p[side])
    with open(HERE / "ranked_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in ranked:
            row = {"id": p["id"], "situation": p["situation"],
                   "better": strip(p["better"]), "worse": strip(p["worse"])}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            for side in ("better", "worse"):
                objections += objection_rows(p["id"], side, p[side])
    with open(HERE / "dialogue_objections.jsonl", "w", encoding="utf-8") as f:
        for r in objections:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"gaming {len(gaming)}, ranked {len(ranked)}, objection rows {len(objections)}")


if __name__ == "__main__":
    main()
