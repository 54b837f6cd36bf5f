#!/usr/bin/env python3
"""Write gaming_pairs.jsonl, ranked_pairs.jsonl and dialogue_objections.jsonl from the
hand-written data files. It copies text and labels as written; it decides nothing."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import data_gaming_a, data_gaming_b, data_gaming_c, data_ranked_d, data_ranked_f  # noqa: E402

FOLDER = HERE.name  # "blind36"


def side_json(turns):
    return [turn.as_json() for turn in turns]


def main() -> None:
    gaming = data_gaming_a.PAIRS + data_gaming_b.PAIRS + data_gaming_c.PAIRS
    ranked = data_ranked_d.PAIRS + data_ranked_f.PAIRS
    objections = []

    def collect(pair, sides):
        for side in sides:
            turns = pair[side]
            for i in range(1, len(turns)):
                if turns[i].speaker == "customer" and turns[i - 1].speaker == "trainee":
                    objections.append({"before": turns[i - 1].text, "text": turns[i].text,
                                       "objection": turns[i].label,
                                       "source": f"{FOLDER}/{pair['id']}/{side}/{i}"})

    with open(HERE / "gaming_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in gaming:
            row = {"id": p["id"], "business": p["business"], "kind": p["kind"], "situation": p["situation"],
                   "good": side_json(p["good"]), "gaming": side_json(p["gaming"])}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            collect(p, ("good", "gaming"))
    with open(HERE / "ranked_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in ranked:
            row = {"id": p["id"], "situation": p["situation"],
                   "better": side_json(p["better"]), "worse": side_json(p["worse"])}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            collect(p, ("better", "worse"))
    with open(HERE / "dialogue_objections.jsonl", "w", encoding="utf-8") as f:
        for r in objections:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    counts = Counter(r["objection"] for r in objections)
    labelled = sum(n for k, n in counts.items() if k)
    print(f"gaming {len(gaming)}, ranked {len(ranked)}, objection rows {len(objections)}, "
          f"with an objection {labelled} ({labelled / len(objections):.0%})")
    for k, n in sorted(counts.items(), key=lambda kv: (kv[0] is not None, str(kv[0]))):
        print(f"  {k}: {n}")


if __name__ == "__main__":
    main()
