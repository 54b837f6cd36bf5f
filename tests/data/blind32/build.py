#!/usr/bin/env python3
"""Write the three JSONL files of blind32 from the hand-written data modules.

It copies text and labels as written; it decides nothing. It only refuses to write when a customer turn that
follows a trainee turn carries no explicit label, or when a side does not open with the shared customer line.
"""
import json
from pathlib import Path

import data_gaming_a
import data_gaming_b
import data_ranked

HERE = Path(__file__).resolve().parent
SET = "blind32"


def plain(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def objection_rows(pid, side, turns):
    rows = []
    if not turns[0].get("opening"):
        raise SystemExit(f"{pid}/{side}: does not open with the shared customer line")
    for i, x in enumerate(turns):
        if i and x["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
            if "label" not in x:
                raise SystemExit(f"{pid}/{side}/{i}: customer turn without a label")
            rows.append({"before": turns[i - 1]["text"], "text": x["text"], "objection": x["label"],
                         "source": f"{SET}/{pid}/{side}/{i}"})
    return rows


def main():
    gaming = data_gaming_a.PAIRS + data_gaming_b.PAIRS
    ranked = data_ranked.PAIRS
    objections = []
    with open(HERE / "gaming_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in gaming:
            f.write(json.dumps({"id": p["id"], "business": p["business"], "kind": p["kind"],
                                "situation": p["situation"], "good": plain(p["good"]),
                                "gaming": plain(p["gaming"])}, ensure_ascii=False) + "\n")
            for side in ("good", "gaming"):
                objections += objection_rows(p["id"], side, p[side])
    with open(HERE / "ranked_pairs.jsonl", "w", encoding="utf-8") as f:
        for p in ranked:
            f.write(json.dumps({"id": p["id"], "situation": p["situation"], "better": plain(p["better"]),
                                "worse": plain(p["worse"])}, ensure_ascii=False) + "\n")
            for side in ("better", "worse"):
                objections += objection_rows(p["id"], side, p[side])
    with open(HERE / "dialogue_objections.jsonl", "w", encoding="utf-8") as f:
        for r in objections:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(gaming)} gaming pairs, {len(ranked)} ranked pairs, {len(objections)} objection rows")


if __name__ == "__main__":
    main()
