#!/usr/bin/env python3
"""Turn the hand-written source files in src/ into the JSONL files. Adds no dialogue text.
Source format: '### <id>' starts a pair; 'key: value' header lines; '## <side>' starts a side;
'C: text' / 'T: text' are turns; 'C[label]: text' marks a hand-assigned objection label
(customer turns without a label get null)."""
import json, pathlib, re, sys

HERE = pathlib.Path(__file__).parent
SRC = HERE / "src"
SOURCE = "blind14"
LABELS = {"brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive"}
TURN = re.compile(r"^(C|T)(?:\[([a-z_]+)\])?: (.+)$")


def parse(paths):
    pairs, cur, side = [], None, None
    for p in paths:
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            if line.startswith("### "):
                cur = {"id": line[4:].strip(), "_sides": {}, "_labels": {}, "_order": []}
                pairs.append(cur); side = None
            elif line.startswith("## "):
                side = line[3:].strip(); cur["_sides"][side] = []; cur["_order"].append(side)
            elif side is None:
                k, v = line.split(": ", 1); cur[k.strip()] = v.strip()
            else:
                m = TURN.match(line)
                if not m:
                    sys.exit(f"{p.name}:{n}: cannot parse turn: {line!r}")
                who, lab, text = m.groups()
                turns = cur["_sides"][side]
                if lab is not None:
                    if who != "C" or lab not in LABELS or not turns:
                        sys.exit(f"{p.name}:{n}: bad label placement {lab!r}")
                    cur["_labels"][(side, len(turns))] = lab
                turns.append({"speaker": "customer" if who == "C" else "trainee", "text": text.strip()})
    return pairs


def objection_rows(pair):
    rows = []
    for side in pair["_order"]:
        turns = pair["_sides"][side]
        for i, t in enumerate(turns):
            if i and t["speaker"] == "customer" and turns[i - 1]["speaker"] == "trainee":
                rows.append({"before": turns[i - 1]["text"], "text": t["text"],
                             "objection": pair["_labels"].get((side, i)),
                             "source": f"{SOURCE}/{pair['id']}/{side}/{i}"})
    return rows


def write(name, rows):
    with open(HERE / name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


g = parse([SRC / "g1.txt", SRC / "g2.txt"])
r = parse([SRC / "r.txt"])
write("gaming_pairs.jsonl", [{"id": p["id"], "business": p["business"], "kind": p["kind"], "situation": p["situation"],
                              "good": p["_sides"]["good"], "gaming": p["_sides"]["gaming"]} for p in g])
write("ranked_pairs.jsonl", [{"id": p["id"], "situation": p["situation"],
                              "better": p["_sides"]["better"], "worse": p["_sides"]["worse"]} for p in r])
obj = [row for p in g + r for row in objection_rows(p)]
write("dialogue_objections.jsonl", obj)
from collections import Counter
print(len(g), len(r), len(obj), Counter(o["objection"] for o in obj))
for p in r:
    print(p["id"], "|", p.get("note"))
