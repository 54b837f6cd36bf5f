#!/usr/bin/env python3
"""Write the three blind37 JSONL files from the hand-written data files.

It copies the turns and the labels written with c(text, label); it decides nothing itself.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402
import data_gaming_a, data_gaming_b, data_gaming_c  # noqa: E402,F401
import data_ranked_d, data_ranked_f  # noqa: E402,F401

FOLDER = HERE.name  # "blind37"


def plain(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def objection_rows(pid, side, turns):
    rows = []
    for i in range(1, len(turns)):
        if turns[i]["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
            rows.append({"before": turns[i - 1]["text"], "text": turns[i]["text"],
                         "objection": turns[i]["label"], "source": f"{FOLDER}/{pid}/{side}/{i}"})
    return rows


def write(name, rows):
    with open(HERE / name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    gaming, ranked, objections = [], [], []
    for p in common.GAMING:
        gaming.append({"id": p["id"], "business": p["business"], "kind": p["kind"],
                       "situation": p["situation"], "good": plain(p["good"]), "gaming": plain(p["gaming"])})
        for side in ("good", "gaming"):
            objections += objection_rows(p["id"], side, p[side])
    for p in common.RANKED:
        ranked.append({"id": p["id"], "situation": p["situation"],
                       "better": plain(p["better"]), "worse": plain(p["worse"])})
        for side in ("better", "worse"):
            objections += objection_rows(p["id"], side, p[side])
    write("gaming_pairs.jsonl", gaming)
    write("ranked_pairs.jsonl", ranked)
    write("dialogue_objections.jsonl", objections)
    print(f"wrote {len(gaming)} gaming pairs, {len(ranked)} ranked pairs, {len(objections)} objection rows")


if __name__ == "__main__":
    main()
