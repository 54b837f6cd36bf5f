#!/usr/bin/env python3
"""Writes gaming_pairs.jsonl, ranked_pairs.jsonl and dialogue_objections.jsonl from the data files.
It only copies text and hand-given labels; it decides nothing."""
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
DATA = ["data_gaming_a", "data_gaming_b", "data_gaming_c", "data_ranked_d", "data_ranked_f"]


def clean(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def main():
    gaming, ranked = [], []
    for name in DATA:
        if not (HERE / f"{name}.py").exists():
            continue
        mod = importlib.import_module(name)
        gaming += getattr(mod, "GPAIRS", [])
        ranked += getattr(mod, "RPAIRS", [])
    objections = []
    with open(HERE / "gaming_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in gaming:
            row = {"id": p["id"], "business": p["business"], "kind": p["kind"], "situation": p["situation"],
                   "good": clean(p["good"]), "gaming": clean(p["gaming"])}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(HERE / "ranked_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in ranked:
            row = {"id": p["id"], "situation": p["situation"], "better": clean(p["better"]), "worse": clean(p["worse"])}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for p, sides in [(p, ("good", "gaming")) for p in gaming] + [(p, ("better", "worse")) for p in ranked]:
        for side in sides:
            turns = p[side]
            for i, x in enumerate(turns):
                if i and x["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
                    objections.append({"before": turns[i - 1]["text"], "text": x["text"], "objection": x["_label"],
                                       "source": f"blind39/{p['id']}/{side}/{i}"})
    with open(HERE / "dialogue_objections.jsonl", "w", encoding="utf-8") as f:
        for r in objections:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    counts = Counter(r["objection"] for r in objections)
    print(f"gaming {len(gaming)}, ranked {len(ranked)}, objection rows {len(objections)}:",
          {str(k): v for k, v in sorted(counts.items(), key=lambda kv: str(kv[0]))})


if __name__ == "__main__":
    main()
