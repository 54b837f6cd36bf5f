#!/usr/bin/env python3
"""Write gaming_pairs.jsonl, ranked_pairs.jsonl and dialogue_objections.jsonl from the
hand-written data_*.py files. Labels come from the C(text, label) calls in those files."""
import json
from collections import Counter
from pathlib import Path

import data_gaming_a
import data_gaming_b
import data_ranked

HERE = Path(__file__).resolve().parent
FOLDER = HERE.name  # the 'source' prefix: <folder>/<id>/<side>/<turn index>


def side_turns(opener, turns):
    """Full turn list (with the shared opener) and the labels keyed by turn index."""
    out = [{"speaker": "customer", "text": opener}]
    labels = {}
    for speaker, text, label in turns:
        if speaker == "customer" and out[-1]["speaker"] == "trainee":
            labels[len(out)] = label
        out.append({"speaker": speaker, "text": text})
    return out, labels


def main():
    objections = []
    gaming_rows, ranked_rows = [], []
    specs = [(data_gaming_a.PAIRS + data_gaming_b.PAIRS, ("good", "gaming"), gaming_rows),
             (data_ranked.PAIRS, ("better", "worse"), ranked_rows)]
    for pairs, sides, rows in specs:
        for p in pairs:
            row = {"id": p["id"]}
            if "kind" in p:
                row.update(business=p["business"], kind=p["kind"])
            row["situation"] = p["situation"]
            for side in sides:
                turns, labels = side_turns(p["opener"], p[side])
                row[side] = turns
                for i, label in labels.items():
                    objections.append({"before": turns[i - 1]["text"], "text": turns[i]["text"],
                                       "objection": label, "source": f"{FOLDER}/{p['id']}/{side}/{i}"})
            rows.append(row)
    for name, rows in (("gaming_pairs.jsonl", gaming_rows), ("ranked_pairs.jsonl", ranked_rows),
                       ("dialogue_objections.jsonl", objections)):
        with open(HERE / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{name}: {len(rows)} lines")
    counts = Counter(o["objection"] for o in objections)
    print("labels:", ", ".join(f"{k if k else 'null'}={v}" for k, v in counts.most_common()))


if __name__ == "__main__":
    main()
