#!/usr/bin/env python3
"""Write the three JSONL files of this set from the hand-written data files.

It only copies: the turns into gaming_pairs.jsonl / ranked_pairs.jsonl, and each customer
turn that follows a trainee turn, with the label written by hand in the data file, into
dialogue_objections.jsonl.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import data_gaming_a, data_gaming_b, data_gaming_c  # noqa: E402
import data_ranked_d, data_ranked_f  # noqa: E402

FOLDER = HERE.name


def plain(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def objection_rows(pid, side, turns):
    rows = []
    for i, turn in enumerate(turns):
        if i and turn["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
            rows.append({"before": turns[i - 1]["text"], "text": turn["text"],
                         "objection": turn.label, "source": f"{FOLDER}/{pid}/{side}/{i}"})
    return rows


def main():
    gaming = data_gaming_a.PAIRS + data_gaming_b.PAIRS + data_gaming_c.PAIRS
    ranked = data_ranked_d.PAIRS + data_ranked_f.PAIRS
    objections = []
    with open(HERE / "gaming_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in gaming:
            row = {"id": p["id"], "business": p["business"], "kind": p["kind"],
                   "situation": p["situation"], "good": plain(p["good"]), "gaming": plain(p["gaming"])}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            for side in ("good", "gaming"):
                objections += objection_rows(p["id"], side, p[side])
    with open(HERE / "ranked_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in ranked:
            row = {"id": p["id"], "situation": p["situation"],
                   "better": plain(p["better"]), "worse": plain(p["worse"])}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            for side in ("better", "worse"):
                objections += objection_rows(p["id"], side, p[side])
    with open(HERE / "dialogue_objections.jsonl", "w", encoding="utf-8") as f:
        for r in objections:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(gaming)} gaming pairs, {len(ranked)} ranked pairs, {len(objections)} objection rows")


if __name__ == "__main__":
    main()
