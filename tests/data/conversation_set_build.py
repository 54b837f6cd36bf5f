"""Build conversations.jsonl and dialogue_objections.jsonl of a conversation set (train15, train22, train23) from its
hand-written data files.

Each data file (data01.py .. data10.py in the set's folder) holds a list CONVS of literal conversations. A turn is
(T, text) for the trainee or (C, text, label) for the customer (`conversation_set_labels`). Ids <prefix>_001 ..
<prefix>_100 are given in file order. It copies turns and hand-written labels; it decides nothing.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from conversation_set_labels import C, T

DATA_MODULES = [f"data{i:02d}" for i in range(1, 11)]


def load_conversations(folder: Path, prefix: str) -> list[dict]:
    """The conversations of the data files in `folder`, in file order, with their ids."""
    sys.path.insert(0, str(folder))  # the data files import `labels` from their own folder
    convs = []
    for name in DATA_MODULES:
        spec = importlib.util.spec_from_file_location(f"{folder.name}_{name}", folder / f"{name}.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)  # type: ignore[union-attr]
        for raw in mod.CONVS:
            turns = []
            for t in raw["turns"]:
                if t[0] == T:
                    if len(t) != 2:
                        raise ValueError(f"trainee turn with a label: {t!r}")
                    turns.append({"speaker": "trainee", "text": t[1]})
                elif t[0] == C:
                    if len(t) != 3:
                        raise ValueError(f"customer turn without a label: {t!r}")
                    turns.append({"speaker": "customer", "text": t[1], "objection": t[2]})
                else:
                    raise ValueError(f"bad speaker in {t!r}")
            convs.append({"id": f"{prefix}_{len(convs) + 1:03d}", "business": raw["business"], "turns": turns})
    return convs


def rows_from_conversations(convs: list[dict]) -> list[dict]:
    """One row per customer turn that comes right after a trainee turn, in order."""
    rows = []
    for conv in convs:
        turns = conv["turns"]
        for i, turn in enumerate(turns):
            if turn["speaker"] == "customer" and i > 0 and turns[i - 1]["speaker"] == "trainee":
                rows.append({
                    "before": turns[i - 1]["text"],
                    "text": turn["text"],
                    "objection": turn["objection"],
                    "source": f"{conv['id']}/{i}",
                })
    return rows


def dump_jsonl(items: list[dict]) -> str:
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items)


def main(folder: Path, prefix: str) -> None:
    """Write the set's conversations.jsonl, then its dialogue_objections.jsonl from the file just written."""
    convs = load_conversations(folder, prefix)
    (folder / "conversations.jsonl").write_text(dump_jsonl(convs), encoding="utf-8")
    with open(folder / "conversations.jsonl", encoding="utf-8") as f:
        convs_back = [json.loads(line) for line in f if line.strip()]
    (folder / "dialogue_objections.jsonl").write_text(dump_jsonl(rows_from_conversations(convs_back)), encoding="utf-8")
    print(f"wrote {len(convs_back)} conversations")
