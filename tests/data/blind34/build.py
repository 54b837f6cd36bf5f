#!/usr/bin/env python3
"""Write the three JSONL files of blind34 from the hand-written data files.
It copies turns and the hand-written labels; it decides nothing."""
import json
from pathlib import Path

from data_gaming_a import GAMING_A
from data_gaming_b import GAMING_B
from data_ranked import RANKED

HERE = Path(__file__).resolve().parent
SET = HERE.name


def clean(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def objection_rows(pid, side, turns):
    rows = []
    for i, x in enumerate(turns):
        if i and x["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
            rows.append({"before": turns[i - 1]["text"], "text": x["text"],
                         "objection": x["_label"], "source": f"{SET}/{pid}/{side}/{i}"})
    return rows


def main():
    gaming, ranked, objections = [], [], []
    for p in GAMING_A + GAMING_B:
        gaming.append({"id": p["id"], "business": p["business"], "kind": p["kind"],
                       "situation": p["situation"], "good": clean(p["good"]), "gaming": clean(p["gaming"])})
        for side in ("good", "gaming"):
            objections += objection_rows(p["id"], side, p[side])
    for p in RANKED:
        ranked.append({"id": p["id"], "situation": p["situation"],
                       "better": clean(p["better"]), "worse": clean(p["worse"])})
        for side in ("better", "worse"):
            objections += objection_rows(p["id"], side, p[side])
    for name, rows in (("gaming_pairs.jsonl", gaming), ("ranked_pairs.jsonl", ranked),
                       ("dialogue_objections.jsonl", objections)):
        with open(HERE / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(rows))


if __name__ == "__main__":
    main()
