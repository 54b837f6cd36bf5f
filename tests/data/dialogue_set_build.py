"""Write a hand-written dialogue set's three JSONL files from its data modules (shared by each set's `build.py`).

It only copies: the turns into gaming_pairs.jsonl / ranked_pairs.jsonl, and each customer turn that follows a
trainee turn, with the label written by hand in the data file, into dialogue_objections.jsonl.
"""
from __future__ import annotations

import json
from pathlib import Path


def _plain(turns):
    return [{"speaker": x["speaker"], "text": x["text"]} for x in turns]


def _objection_rows(folder: str, pid: str, side: str, turns) -> list[dict]:
    return [{"before": turns[i - 1]["text"], "text": turn["text"], "objection": turn.label, "source": f"{folder}/{pid}/{side}/{i}"}
            for i, turn in enumerate(turns)
            if i and turn["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee"]


def _write(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def build(here: Path, gaming: list[dict], ranked: list[dict]) -> None:
    """Write the set in folder `here` from its gaming and ranked pairs (turns carry their hand-written labels)."""
    folder = here.name
    objections: list[dict] = []
    gaming_rows, ranked_rows = [], []
    for p in gaming:
        gaming_rows.append({"id": p["id"], "business": p["business"], "kind": p["kind"], "situation": p["situation"],
                            "good": _plain(p["good"]), "gaming": _plain(p["gaming"])})
        for side in ("good", "gaming"):
            objections += _objection_rows(folder, p["id"], side, p[side])
    for p in ranked:
        ranked_rows.append({"id": p["id"], "situation": p["situation"], "better": _plain(p["better"]), "worse": _plain(p["worse"])})
        for side in ("better", "worse"):
            objections += _objection_rows(folder, p["id"], side, p[side])
    _write(here / "gaming_pairs.jsonl", gaming_rows)
    _write(here / "ranked_pairs.jsonl", ranked_rows)
    _write(here / "dialogue_objections.jsonl", objections)
    print(f"wrote {len(gaming_rows)} gaming pairs, {len(ranked_rows)} ranked pairs, {len(objections)} objection rows")
