"""Build conversations.jsonl from data01..data10 and dialogue_objections.jsonl from conversations.jsonl."""
import importlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def load_data():
    convs = []
    for i in range(1, 11):
        mod = importlib.import_module("data%02d" % i)
        convs.extend(mod.CONVS)
    out = []
    for n, c in enumerate(convs, 1):
        turns = []
        for t in c["turns"]:
            if t[0] == "T":
                turns.append({"speaker": "trainee", "text": t[1]})
            elif t[0] == "C":
                turns.append({"speaker": "customer", "text": t[1], "objection": t[2]})
            else:
                raise ValueError("bad speaker code %r in conversation %d" % (t[0], n))
        out.append({"id": "t16_%03d" % n, "business": c["business"], "turns": turns})
    return out


def make_rows(convs):
    rows = []
    for c in convs:
        turns = c["turns"]
        for j, t in enumerate(turns):
            if t["speaker"] == "customer" and j > 0 and turns[j - 1]["speaker"] == "trainee":
                rows.append({"before": turns[j - 1]["text"], "text": t["text"],
                             "objection": t["objection"], "source": "%s/%d" % (c["id"], j)})
    return rows


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, objs):
    with open(path, "w", encoding="utf-8") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    import sys
    sys.path.insert(0, HERE)
    conv_path = os.path.join(HERE, "conversations.jsonl")
    write_jsonl(conv_path, load_data())
    convs = read_jsonl(conv_path)
    rows = make_rows(convs)
    write_jsonl(os.path.join(HERE, "dialogue_objections.jsonl"), rows)
    print("wrote %d conversations, %d rows" % (len(convs), len(rows)))
