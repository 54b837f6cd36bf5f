#!/usr/bin/env python3
"""Write the three JSONL files of the blind30 set from the hand-written data modules.

It only copies: turns lose their `label` key on the way into the pair files, and every customer turn
that follows a trainee turn becomes one row of dialogue_objections.jsonl carrying the label written
by hand next to it in the data files. Nothing is decided here.
"""
import json
from pathlib import Path

import data_gaming_a
import data_gaming_b
import data_ranked

HERE = Path(__file__).resolve().parent
SET = HERE.name


def plain(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def objection_rows(pair_id, side, turns):
    rows = []
    for i, turn in enumerate(turns):
        if i and turn["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
            rows.append({"before": turns[i - 1]["text"], "text": turn["text"],
                         "objection": turn["label"], "source": f"{SET}/{pair_id}/{side}/{i}"})
    return rows


def write(name, rows):
    with open(HERE / name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    gaming, ranked, objections = [], [], []
    for p in data_gaming_a.PAIRS + data_gaming_b.PAIRS:
        gaming.append({"id": p["id"], "business": p["business"], "kind": p["kind"],
                       "situation": p["situation"], "good": plain(p["good"]), "gaming": plain(p["gaming"])})
        for side in ("good", "gaming"):
            objections += objection_rows(p["id"], side, p[side])
    for p in data_ranked.PAIRS:
        ranked.append({"id": p["id"], "situation": p["situation"],
                       "better": plain(p["better"]), "worse": plain(p["worse"])})
        for side in ("better", "worse"):
            objections += objection_rows(p["id"], side, p[side])
    write("gaming_pairs.jsonl", gaming)
    write("ranked_pairs.jsonl", ranked)
    write("dialogue_objections.jsonl", objections)
    print(f"gaming {len(gaming)}, ranked {len(ranked)}, objection rows {len(objections)}")


if __name__ == "__main__":
    main()
