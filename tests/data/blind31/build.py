#!/usr/bin/env python3
"""Writes gaming_pairs.jsonl, ranked_pairs.jsonl and dialogue_objections.jsonl from the hand-written
data files. It copies text and labels; it decides nothing."""
import json
from pathlib import Path

import data_gaming_a
import data_gaming_b
import data_ranked

HERE = Path(__file__).resolve().parent
SET = HERE.name  # blind31


def plain(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def main():
    gaming = data_gaming_a.PAIRS + data_gaming_b.PAIRS
    ranked = data_ranked.PAIRS
    objections = []
    with open(HERE / "gaming_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in gaming:
            row = {"id": p["id"], "business": p["business"], "kind": p["kind"], "situation": p["situation"],
                   "good": plain(p["good"]), "gaming": plain(p["gaming"])}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(HERE / "ranked_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in ranked:
            row = {"id": p["id"], "situation": p["situation"], "better": plain(p["better"]), "worse": plain(p["worse"])}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for pairs, sides in ((gaming, ("good", "gaming")), (ranked, ("better", "worse"))):
        for p in pairs:
            for side in sides:
                turns = p[side]
                for i in range(1, len(turns)):
                    if turns[i]["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
                        objections.append({"before": turns[i - 1]["text"], "text": turns[i]["text"],
                                           "objection": turns[i]["label"], "source": f"{SET}/{p['id']}/{side}/{i}"})
    with open(HERE / "dialogue_objections.jsonl", "w", encoding="utf-8") as f:
        for r in objections:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"gaming {len(gaming)}, ranked {len(ranked)}, objection rows {len(objections)}")


if __name__ == "__main__":
    main()
