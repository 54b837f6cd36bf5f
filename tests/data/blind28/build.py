#!/usr/bin/env python3
"""Writes gaming_pairs.jsonl, ranked_pairs.jsonl and dialogue_objections.jsonl from the hand-written data
files. It only copies: every label was written by hand next to its customer line (common.c)."""
import json
from pathlib import Path

import data_gaming_a
import data_gaming_b
import data_ranked

HERE = Path(__file__).resolve().parent
SET = HERE.name


def side(opening, turns):
    out = [{"speaker": "customer", "text": opening, "label": None}] + list(turns)
    for i in range(1, len(out)):
        assert out[i]["speaker"] != out[i - 1]["speaker"], (opening[:40], i)
    return out


def strip(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def main():
    gaming, ranked, objections = [], [], []
    for pair in data_gaming_a.PAIRS + data_gaming_b.PAIRS:
        sides = {s: side(pair["opening"], pair[s]) for s in ("good", "gaming")}
        for s, turns in sides.items():
            assert 7 <= len(turns) <= 11, (pair["id"], s, len(turns))
        gaming.append({"id": pair["id"], "business": pair["business"], "kind": pair["kind"],
                       "situation": pair["situation"], "good": strip(sides["good"]),
                       "gaming": strip(sides["gaming"])})
        objections += rows(pair["id"], sides)
    for pair in data_ranked.PAIRS:
        sides = {s: side(pair["opening"], pair[s]) for s in ("better", "worse")}
        for s, turns in sides.items():
            assert 6 <= len(turns) <= 8, (pair["id"], s, len(turns))
        ranked.append({"id": pair["id"], "situation": pair["situation"], "better": strip(sides["better"]),
                       "worse": strip(sides["worse"])})
        objections += rows(pair["id"], sides)
    write("gaming_pairs.jsonl", gaming)
    write("ranked_pairs.jsonl", ranked)
    write("dialogue_objections.jsonl", objections)
    print(f"gaming {len(gaming)}, ranked {len(ranked)}, objection rows {len(objections)}")


def rows(pid, sides):
    out = []
    for s, turns in sides.items():
        for i in range(1, len(turns)):
            if turns[i]["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
                out.append({"before": turns[i - 1]["text"], "text": turns[i]["text"],
                            "objection": turns[i]["label"], "source": f"{SET}/{pid}/{s}/{i}"})
    return out


def write(name, rows_):
    with open(HERE / name, "w", encoding="utf-8") as f:
        for r in rows_:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
