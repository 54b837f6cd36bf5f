#!/usr/bin/env python3
"""Writes gaming_pairs.jsonl, ranked_pairs.jsonl and dialogue_objections.jsonl from the data files.
It copies the hand-written turns and labels; it decides nothing."""
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
FOLDER = HERE.name  # "blind41"

GAMING_FILES = ["data_gaming_a", "data_gaming_b", "data_gaming_c"]
RANKED_FILES = ["data_ranked_d", "data_ranked_f"]


def load(names):
    pairs = []
    for name in names:
        if (HERE / f"{name}.py").exists():
            pairs += importlib.import_module(name).PAIRS
    return pairs


def strip(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def main():
    gaming, ranked = load(GAMING_FILES), load(RANKED_FILES)
    rows, labels = [], Counter()
    with open(HERE / "gaming_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in gaming:
            out = {k: p[k] for k in ("id", "business", "kind", "situation")}
            out["good"], out["gaming"] = strip(p["good"]), strip(p["gaming"])
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(HERE / "ranked_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in ranked:
            out = {"id": p["id"], "situation": p["situation"],
                   "better": strip(p["better"]), "worse": strip(p["worse"])}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    for p, sides in [(p, ("good", "gaming")) for p in gaming] + [(p, ("better", "worse")) for p in ranked]:
        for side in sides:
            turns = p[side]
            for i, turn in enumerate(turns):
                if i and turn["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
                    rows.append({"before": turns[i - 1]["text"], "text": turn["text"],
                                 "objection": turn["label"], "source": f"{FOLDER}/{p['id']}/{side}/{i}"})
                    labels[turn["label"]] += 1
    with open(HERE / "dialogue_objections.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_obj = sum(v for k, v in labels.items() if k)
    print(f"gaming pairs {len(gaming)}, ranked pairs {len(ranked)}, objection rows {len(rows)}, "
          f"with an objection {n_obj} ({100 * n_obj / max(1, len(rows)):.0f}%)")
    for k, v in sorted(labels.items(), key=lambda kv: (kv[0] is not None, str(kv[0]))):
        print(f"  {k}: {v}")
    kinds = Counter(p["kind"] for p in gaming)
    print("  kinds:", dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
