#!/usr/bin/env python3
"""Build conversations.jsonl and dialogue_objections.jsonl from the hand-written
conversations in data/convs_*.py. No text is generated or substituted here: the
conversations are literal data; this script only serialises them and derives rows."""
import json
import os

from data import convs_01_10, convs_11_20, convs_21_30, convs_31_40, convs_41_50

HERE = os.path.dirname(os.path.abspath(__file__))
CONV_PATH = os.path.join(HERE, "conversations.jsonl")
ROWS_PATH = os.path.join(HERE, "dialogue_objections.jsonl")
MODULES = [convs_01_10, convs_11_20, convs_21_30, convs_31_40, convs_41_50]


def all_conversations():
    out = []
    for m in MODULES:
        out.extend(m.CONVERSATIONS)
    return out


def public_record(conv):
    """The conversation as written to conversations.jsonl (no 'style' key)."""
    turns = []
    for t in conv["turns"]:
        if t["speaker"] == "customer":
            turns.append({"speaker": "customer", "text": t["text"], "objection": t["objection"]})
        else:
            turns.append({"speaker": "trainee", "text": t["text"]})
    return {"id": conv["id"], "business": conv["business"], "turns": turns}


def rows_from_conversation(conv):
    """One row per customer turn that comes right after a trainee turn."""
    rows = []
    turns = conv["turns"]
    for i, t in enumerate(turns):
        if t["speaker"] != "customer" or i == 0:
            continue
        prev = turns[i - 1]
        if prev["speaker"] != "trainee":
            continue
        rows.append({
            "before": prev["text"],
            "text": t["text"],
            "objection": t["objection"],
            "source": f"{conv['id']}/{i}",
        })
    return rows


def rows_from_jsonl(path=CONV_PATH):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.extend(rows_from_conversation(json.loads(line)))
    return rows


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False)


def main():
    convs = [public_record(c) for c in all_conversations()]
    with open(CONV_PATH, "w", encoding="utf-8") as f:
        for c in convs:
            f.write(dumps(c) + "\n")
    rows = rows_from_jsonl(CONV_PATH)
    with open(ROWS_PATH, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(dumps(r) + "\n")
    print(f"wrote {len(convs)} conversations and {len(rows)} rows")


if __name__ == "__main__":
    main()
