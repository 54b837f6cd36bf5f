"""Build conversations.jsonl and dialogue_objections.jsonl from the hand-written src_conv_XX.py files."""
import importlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC_MODULES = ["src_conv_%02d" % i for i in range(1, 11)]


def load_conversations():
    import sys
    sys.path.insert(0, HERE)
    convs = []
    for name in SRC_MODULES:
        mod = importlib.import_module(name)
        for c in mod.CONVS:
            turns = []
            for t in c["turns"]:
                if t[0] == "trainee":
                    if len(t) != 2:
                        raise ValueError("trainee turn with a label in %s" % c["id"])
                    turns.append({"speaker": "trainee", "text": t[1]})
                else:
                    if len(t) != 3:
                        raise ValueError("customer turn without a label in %s" % c["id"])
                    turns.append({"speaker": "customer", "text": t[1], "objection": t[2]})
            convs.append({"id": c["id"], "business": c["business"], "turns": turns})
    return convs


def make_rows(convs):
    rows = []
    for c in convs:
        turns = c["turns"]
        for i, t in enumerate(turns):
            if t["speaker"] == "customer" and i > 0 and turns[i - 1]["speaker"] == "trainee":
                rows.append({"before": turns[i - 1]["text"], "text": t["text"],
                             "objection": t["objection"], "source": "%s/%d" % (c["id"], i)})
    return rows


def write_jsonl(path, items):
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")


def main():
    convs = load_conversations()
    write_jsonl(os.path.join(HERE, "conversations.jsonl"), convs)
    rows = make_rows(convs)
    write_jsonl(os.path.join(HERE, "dialogue_objections.jsonl"), rows)
    print("wrote %d conversations, %d rows" % (len(convs), len(rows)))


if __name__ == "__main__":
    main()
