#!/usr/bin/env python3
"""Write the three JSONL files of the blind33 set from the hand-written data files.

It copies the dialogues and the labels written in the data files; it decides nothing.
"""
import json
from pathlib import Path

import data_gaming_a
import data_gaming_b
import data_ranked

HERE = Path(__file__).resolve().parent
SET = HERE.name  # "blind33"


def turns(opening, body):
    return [{"speaker": s, "text": x} for s, x, _ in [opening] + body]


def labels(opening, body):
    return [lab for _, _, lab in [opening] + body]


def objection_rows(pid, side, opening, body):
    ts, ls = turns(opening, body), labels(opening, body)
    for i in range(1, len(ts)):
        if ts[i]["speaker"] == "customer" and ts[i - 1]["speaker"] == "trainee":
            yield {"before": ts[i - 1]["text"], "text": ts[i]["text"], "objection": ls[i],
                   "source": f"{SET}/{pid}/{side}/{i}"}


def main():
    gaming, ranked, objections = [], [], []
    for p in data_gaming_a.PAIRS + data_gaming_b.PAIRS:
        gaming.append({"id": p["id"], "business": p["business"], "kind": p["kind"], "situation": p["situation"],
                       "good": turns(p["opening"], p["good"]), "gaming": turns(p["opening"], p["gaming"])})
        for side in ("good", "gaming"):
            objections.extend(objection_rows(p["id"], side, p["opening"], p[side]))
    for p in data_ranked.PAIRS:
        ranked.append({"id": p["id"], "situation": p["situation"],
                       "better": turns(p["opening"], p["better"]), "worse": turns(p["opening"], p["worse"])})
        for side in ("better", "worse"):
            objections.extend(objection_rows(p["id"], side, p["opening"], p[side]))
    for name, rows in (("gaming_pairs.jsonl", gaming), ("ranked_pairs.jsonl", ranked),
                       ("dialogue_objections.jsonl", objections)):
        with open(HERE / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{name}: {len(rows)} lines")


if __name__ == "__main__":
    main()
