#!/usr/bin/env python3
"""Writes gaming_pairs.jsonl, ranked_pairs.jsonl and dialogue_objections.jsonl from the data files.
It only copies text and the hand-given labels; it decides nothing."""
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
FOLDER = HERE.name

GAMING = ["data_gaming_a", "data_gaming_b", "data_gaming_c"]
RANKED = ["data_ranked_d", "data_ranked_f"]


def load(names):
    out = []
    for n in names:
        if (HERE / f"{n}.py").exists():
            out += importlib.import_module(n).PAIRS
    return out


def strip(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def main():
    gaming, ranked = load(GAMING), load(RANKED)
    objections = []
    with open(HERE / "gaming_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in gaming:
            row = {k: p[k] for k in ("id", "business", "kind", "situation")}
            row["good"], row["gaming"] = strip(p["good"]), strip(p["gaming"])
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(HERE / "ranked_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in ranked:
            row = {"id": p["id"], "situation": p["situation"],
                   "better": strip(p["better"]), "worse": strip(p["worse"])}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for p, sides in [(p, ("good", "gaming")) for p in gaming] + [(p, ("better", "worse")) for p in ranked]:
        for side in sides:
            turns = p[side]
            for i, x in enumerate(turns):
                if i and x["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
                    objections.append({"before": turns[i - 1]["text"], "text": x["text"],
                                       "objection": x["label"], "source": f"{FOLDER}/{p['id']}/{side}/{i}"})
    with open(HERE / "dialogue_objections.jsonl", "w", encoding="utf-8") as f:
        for r in objections:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"gaming {len(gaming)}, ranked {len(ranked)}, objection rows {len(objections)}")


if __name__ == "__main__":
    main()
