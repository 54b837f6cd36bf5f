#!/usr/bin/env python3
"""Write the blind43 JSONL files from the hand-written data files. Copies labels; decides nothing."""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import data_gaming_a, data_gaming_b, data_gaming_c  # noqa: E402
import data_ranked_d, data_ranked_f  # noqa: E402

FOLDER = HERE.name
GAMING = data_gaming_a.PAIRS + data_gaming_b.PAIRS + data_gaming_c.PAIRS
RANKED = data_ranked_d.PAIRS + data_ranked_f.PAIRS


def plain(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def objection_rows(pid, side, turns):
    rows = []
    for i, x in enumerate(turns):
        if i and x["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
            rows.append({"before": turns[i - 1]["text"], "text": x["text"], "objection": x["label"],
                         "source": f"{FOLDER}/{pid}/{side}/{i}"})
    return rows


def write(name, rows):
    with open(HERE / name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    gaming, ranked, objections = [], [], []
    for p in GAMING:
        gaming.append({"id": p["id"], "business": p["business"], "kind": p["kind"],
                       "situation": p["situation"], "good": plain(p["good"]), "gaming": plain(p["gaming"])})
        for side in ("good", "gaming"):
            objections += objection_rows(p["id"], side, p[side])
    for p in RANKED:
        ranked.append({"id": p["id"], "situation": p["situation"],
                       "better": plain(p["better"]), "worse": plain(p["worse"])})
        for side in ("better", "worse"):
            objections += objection_rows(p["id"], side, p[side])
    write("gaming_pairs.jsonl", gaming)
    write("ranked_pairs.jsonl", ranked)
    write("dialogue_objections.jsonl", objections)
    counts = Counter(r["objection"] for r in objections)
    labelled = sum(v for k, v in counts.items() if k)
    print(f"gaming {len(gaming)}, ranked {len(ranked)}, objection rows {len(objections)}, "
          f"with objection {labelled} ({labelled / max(1, len(objections)):.0%})")
    for k, v in sorted(counts.items(), key=lambda kv: str(kv[0])):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
