"""Build conversations.jsonl and dialogue_objections.jsonl from the hand-written data files.

Each data file (data01.py .. data10.py) holds a list CONVS of literal conversations.
A turn is (T, text) for the trainee or (C, text, label) for the customer.
Ids t22_001 .. t22_100 are given in file order.
"""
import importlib
import json
import os

from labels import T, C

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_MODULES = [f"data{i:02d}" for i in range(1, 11)]


def load_conversations():
    convs = []
    for name in DATA_MODULES:
        mod = importlib.import_module(name)
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
            convs.append({"id": f"t22_{len(convs) + 1:03d}", "business": raw["business"], "turns": turns})
    return convs


def rows_from_conversations(convs):
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


def dump_jsonl(items):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items)


def main():
    convs = load_conversations()
    with open(os.path.join(HERE, "conversations.jsonl"), "w", encoding="utf-8") as f:
        f.write(dump_jsonl(convs))
    # the rows are made from the file just written, not from memory
    with open(os.path.join(HERE, "conversations.jsonl"), encoding="utf-8") as f:
        convs_back = [json.loads(line) for line in f if line.strip()]
    with open(os.path.join(HERE, "dialogue_objections.jsonl"), "w", encoding="utf-8") as f:
        f.write(dump_jsonl(rows_from_conversations(convs_back)))
    print(f"wrote {len(convs_back)} conversations")


if __name__ == "__main__":
    main()
