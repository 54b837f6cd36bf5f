#!/usr/bin/env python3
"""Write gaming_pairs.jsonl, ranked_pairs.jsonl and dialogue_objections.jsonl from the data files.

It only copies what the data files hold (turns and hand-written labels); it decides nothing.
Data files that do not exist yet are skipped, so the set can be built while it is being written.
"""
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

GAMING_FILES = ("data_gaming_a", "data_gaming_b", "data_gaming_c")
RANKED_FILES = ("data_ranked_d", "data_ranked_f")
FOLDER = HERE.name  # "blind40"


def load(names):
    pairs = []
    for name in names:
        if (HERE / f"{name}.py").exists():
            pairs += importlib.import_module(name).PAIRS
    return pairs


def plain(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def objection_rows(pair, sides):
    rows = []
    for side in sides:
        turns = pair[side]
        for i in range(1, len(turns)):
            if turns[i]["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
                rows.append({"before": turns[i - 1]["text"], "text": turns[i]["text"],
                             "objection": turns[i]["label"],
                             "source": f"{FOLDER}/{pair['id']}/{side}/{i}"})
    return rows


def main():
    gaming = load(GAMING_FILES)
    ranked = load(RANKED_FILES)
    rows = []
    with open(HERE / "gaming_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in gaming:
            f.write(json.dumps({"id": p["id"], "business": p["business"], "kind": p["kind"],
                                "situation": p["situation"], "good": plain(p["good"]),
                                "gaming": plain(p["gaming"])}, ensure_ascii=False) + "\n")
            rows += objection_rows(p, ("good", "gaming"))
    with open(HERE / "ranked_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in ranked:
            f.write(json.dumps({"id": p["id"], "situation": p["situation"],
                                "better": plain(p["better"]), "worse": plain(p["worse"])},
                               ensure_ascii=False) + "\n")
            rows += objection_rows(p, ("better", "worse"))
    with open(HERE / "dialogue_objections.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # report only (helps the writer keep the promised balance; changes nothing)
    ids = [p["id"] for p in gaming + ranked]
    dup_ids = [i for i, n in Counter(ids).items() if n > 1]
    kinds = Counter(p["kind"] for p in gaming)
    labels = Counter(r["objection"] for r in rows)
    print(f"gaming pairs: {len(gaming)}, ranked pairs: {len(ranked)}, objection rows: {len(rows)}")
    print("kinds:", dict(sorted(kinds.items())))
    print("labels:", {str(k): v for k, v in sorted(labels.items(), key=lambda kv: str(kv[0]))})
    n_obj = sum(v for k, v in labels.items() if k is not None)
    if rows:
        print(f"objection share: {n_obj}/{len(rows)} = {n_obj / len(rows):.2f}")
    if dup_ids:
        print("WARNING duplicate ids:", dup_ids)
    # sentences reused across different pairs (a pair's own shared turns are expected)
    where = {}
    for p in gaming + ranked:
        seen = set()
        for side in ("good", "gaming", "better", "worse"):
            for x in p.get(side, []):
                seen.add(x["text"])
        for text in seen:
            where.setdefault(text, []).append(p["id"])
    for text, pids in where.items():
        if len(pids) > 1:
            print("WARNING line reused in", pids, ":", text[:70])


if __name__ == "__main__":
    main()
