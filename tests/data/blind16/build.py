#!/usr/bin/env python3
"""Turn the hand-written source files in src/ into the JSONL files. Adds no dialogue text of its own."""
import json, pathlib, re

HERE = pathlib.Path(__file__).parent
SRC = HERE / "src"
LABELS = {"brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive"}
TURN = re.compile(r"^(T|C)(?:\{([a-z_]+)\})?: (.+)$")


def parse(path):
    items, cur, side = [], None, None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line.startswith("### "):
            cur = {"id": line[4:].strip(), "head": {}, "sides": {}, "order": []}
            items.append(cur)
            side = None
            continue
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            side = line[1:-1]
            cur["sides"][side] = []
            cur["order"].append(side)
            continue
        if side is None:
            key, _, val = line.partition(": ")
            cur["head"][key] = val.strip()
            continue
        m = TURN.match(line)
        if not m:
            raise SystemExit(f"{path.name}:{n}: cannot parse {line!r}")
        who, label, text = m.groups()
        if label and (who != "C" or label not in LABELS):
            raise SystemExit(f"{path.name}:{n}: bad label {label!r}")
        cur["sides"][side].append((who, label, text.strip()))
    return items


def turns(item, side):
    out = [{"speaker": "customer", "text": item["head"]["opening"]}]
    labels = [None]
    for who, label, text in item["sides"][side]:
        out.append({"speaker": "customer" if who == "C" else "trainee", "text": text})
        labels.append(label)
    return out, labels


gaming, ranked, objections = [], [], []
for f in ["g1.txt", "g2.txt", "g3.txt", "r1.txt", "r2.txt"]:
    for it in parse(SRC / f):
        h = it["head"]
        if it["id"].startswith("b16g_"):
            row = {"id": it["id"], "business": h["business"], "kind": h["kind"], "situation": h["situation"]}
            sides = ["good", "gaming"]
            dest = gaming
        else:
            row = {"id": it["id"], "situation": h["situation"]}
            sides = ["better", "worse"]
            dest = ranked
        for s in sides:
            t, labels = turns(it, s)
            row[s] = t
            for i in range(1, len(t)):
                if t[i]["speaker"] == "customer" and t[i - 1]["speaker"] == "trainee":
                    objections.append({"before": t[i - 1]["text"], "text": t[i]["text"], "objection": labels[i],
                                       "source": f"blind16/{it['id']}/{s}/{i}"})
                elif labels[i]:
                    raise SystemExit(f"label on a turn that does not follow a trainee: {it['id']}/{s}/{i}")
        dest.append(row)


def write(name, rows):
    with open(HERE / name, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


write("gaming_pairs.jsonl", gaming)
write("ranked_pairs.jsonl", ranked)
write("dialogue_objections.jsonl", objections)
from collections import Counter
print(len(gaming), len(ranked), len(objections))
print(Counter(o["objection"] for o in objections))
