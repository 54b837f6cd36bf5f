#!/usr/bin/env python3
"""Write gaming_pairs.jsonl, ranked_pairs.jsonl and dialogue_objections.jsonl from the data files.
It only copies what the data files say; every label is written by hand there."""
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
NAME = HERE.name

GAMING_MODULES = ["data_gaming_a", "data_gaming_b", "data_gaming_c"]
RANKED_MODULES = ["data_ranked_d", "data_ranked_f"]


def load(mods):
    out = []
    for m in mods:
        if (HERE / f"{m}.py").exists():
            out += importlib.import_module(m).PAIRS
    return out


def clean(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def main():
    gaming, ranked = load(GAMING_MODULES), load(RANKED_MODULES)
    rows = []
    for pairs, sides, fname, fields in ((gaming, ("good", "gaming"), "gaming_pairs.jsonl",
                                         ("id", "business", "kind", "situation")),
                                        (ranked, ("better", "worse"), "ranked_pairs.jsonl", ("id", "situation"))):
        with open(HERE / fname, "w", encoding="utf-8") as f:
            for p in pairs:
                line = {k: p[k] for k in fields}
                for s in sides:
                    line[s] = clean(p[s])
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
                for s in sides:
                    turns = p[s]
                    for i, x in enumerate(turns):
                        if i and x["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
                            rows.append({"before": turns[i - 1]["text"], "text": x["text"],
                                         "objection": x["_label"], "source": f"{NAME}/{p['id']}/{s}/{i}"})
    with open(HERE / "dialogue_objections.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter(r["objection"] for r in rows)
    kinds = Counter(p["kind"] for p in gaming)
    print(f"gaming pairs {len(gaming)}, ranked pairs {len(ranked)}, objection rows {len(rows)}")
    print("labels:", {str(k): v for k, v in sorted(counts.items(), key=lambda kv: str(kv[0]))},
          f"objection share {1 - counts[None] / max(len(rows), 1):.2f}")
    print("kinds:", dict(kinds))


if __name__ == "__main__":
    main()
