#!/usr/bin/env python3
"""Write gaming_pairs.jsonl, ranked_pairs.jsonl and dialogue_objections.jsonl from the hand-written data files
(gaming_a.py, gaming_b.py, ranked_data.py). The objection labels are the ones written by hand next to each
customer line in those files; this script only copies them into rows.

    python3 build.py            # writes the three files here, sources "blind27/<id>/<side>/<i>"
    python3 build.py --verify   # also copies the set into a scratch folder named blind27 and runs validate.py there
"""
import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gaming_a  # noqa: E402
import gaming_b  # noqa: E402
import ranked_data  # noqa: E402
from common import LABELS  # noqa: E402

SET_NAME = "blind27"


def side_turns(opening, turns):
    out = [{"speaker": "customer", "text": opening}]
    labels = [None]
    for speaker, text, label in turns:
        out.append({"speaker": speaker, "text": text})
        labels.append(label)
    return out, labels


def build(folder: Path) -> Counter:
    objections, counts = [], Counter()

    def add(rid, side, turns, labels):
        for i in range(1, len(turns)):
            if turns[i]["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
                assert labels[i] in LABELS
                objections.append({"before": turns[i - 1]["text"], "text": turns[i]["text"],
                                   "objection": labels[i], "source": f"{SET_NAME}/{rid}/{side}/{i}"})
                counts[labels[i]] += 1

    gaming_rows = []
    for p in gaming_a.PAIRS + gaming_b.PAIRS:
        row = {"id": p["id"], "business": p["business"], "kind": p["kind"], "situation": p["situation"]}
        for side in ("good", "gaming"):
            turns, labels = side_turns(p["open"], p[side])
            row[side] = turns
            add(p["id"], side, turns, labels)
        gaming_rows.append(row)

    ranked_rows = []
    for p in ranked_data.PAIRS:
        row = {"id": p["id"], "situation": p["situation"]}
        for side in ("better", "worse"):
            turns, labels = side_turns(p["open"], p[side])
            row[side] = turns
            add(p["id"], side, turns, labels)
        ranked_rows.append(row)

    for name, rows in (("gaming_pairs.jsonl", gaming_rows), ("ranked_pairs.jsonl", ranked_rows),
                       ("dialogue_objections.jsonl", objections)):
        with open(folder / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"gaming_pairs.jsonl {len(gaming_rows)}, ranked_pairs.jsonl {len(ranked_rows)}, "
          f"dialogue_objections.jsonl {len(objections)}")
    print("labels:", {str(k): v for k, v in sorted(counts.items(), key=lambda kv: -kv[1])})
    return counts


def verify():
    scratch = HERE / "_verify" / SET_NAME
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    for name in ("gaming_pairs.jsonl", "ranked_pairs.jsonl", "dialogue_objections.jsonl", "validate.py",
                 "dialogue_set_check.py"):
        shutil.copy(HERE / name, scratch / name)
    rc = subprocess.call([sys.executable, str(scratch / "validate.py")])
    shutil.rmtree(HERE / "_verify")
    return rc


if __name__ == "__main__":
    build(HERE)
    if "--verify" in sys.argv:
        sys.exit(verify())
