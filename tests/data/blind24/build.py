#!/usr/bin/env python3
"""Write gaming_pairs.jsonl, ranked_pairs.jsonl and dialogue_objections.jsonl from the
hand-written data_*.py files. The objection labels come straight from the data files
(the label written next to each customer line); nothing is inferred here."""
import json
from collections import Counter
from pathlib import Path

import data_gaming_a
import data_gaming_b
import data_ranked

HERE = Path(__file__).resolve().parent
FOLDER = HERE.name
LABELS = {None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive"}


def side(opening, turns, where):
    out = [{"speaker": "customer", "text": opening}]
    labels = {}
    for i, t in enumerate(turns, 1):
        if t[0] == "customer":
            if t[2] not in LABELS:
                raise SystemExit(f"{where}[{i}]: unknown label {t[2]!r}")
            labels[i] = t[2]
        out.append({"speaker": t[0], "text": t[1]})
    return out, labels


def write(name, rows):
    with open(HERE / name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    objections = []
    gaming_rows, ranked_rows = [], []
    for p in data_gaming_a.PAIRS + data_gaming_b.PAIRS:
        row = {"id": p["id"], "business": p["business"], "kind": p["kind"], "situation": p["situation"]}
        for s in ("good", "gaming"):
            turns, labels = side(p["opening"], p[s], f"{p['id']}/{s}")
            row[s] = turns
            for i, lab in labels.items():
                objections.append({"before": turns[i - 1]["text"], "text": turns[i]["text"], "objection": lab,
                                   "source": f"{FOLDER}/{p['id']}/{s}/{i}"})
        gaming_rows.append(row)
    for p in data_ranked.PAIRS:
        row = {"id": p["id"], "situation": p["situation"]}
        for s in ("better", "worse"):
            turns, labels = side(p["opening"], p[s], f"{p['id']}/{s}")
            row[s] = turns
            for i, lab in labels.items():
                objections.append({"before": turns[i - 1]["text"], "text": turns[i]["text"], "objection": lab,
                                   "source": f"{FOLDER}/{p['id']}/{s}/{i}"})
        ranked_rows.append(row)
    write("gaming_pairs.jsonl", gaming_rows)
    write("ranked_pairs.jsonl", ranked_rows)
    write("dialogue_objections.jsonl", objections)
    counts = Counter(o["objection"] for o in objections)
    print(f"gaming_pairs.jsonl {len(gaming_rows)}, ranked_pairs.jsonl {len(ranked_rows)}, "
          f"dialogue_objections.jsonl {len(objections)}")
    for lab, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"  {lab}: {n}")
    by_side = Counter((o["source"].split("/")[2], o["objection"] is not None) for o in objections)
    print("  objections by side:", dict(sorted(by_side.items())))


if __name__ == "__main__":
    main()
