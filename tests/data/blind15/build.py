#!/usr/bin/env python3
"""Turn the hand-written source files in src/ into the JSONL files.

Adds no text of its own: every dialogue line, situation and label comes from src/*.txt.
Format: '=== <id>' starts a record; 'key: value' header lines; 'open:' is the shared opening
customer turn; '--- <side>' starts a side; 'T: ...' trainee turn; 'C: ...' customer turn
(objection null) or 'C[label]: ...' customer turn with a hand-written objection label.
'note:' lines are kept for the README only.
"""
import json, pathlib, re

HERE = pathlib.Path(__file__).parent
SRC = HERE / "src"
SOURCE_FOLDER = "blind15"
TURN = re.compile(r"^(T|C)(?:\[([a-z_]+)\])?: (.*)$")


def parse(path):
    recs, cur, side = [], None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=== "):
            cur = {"id": line[4:].strip(), "meta": {}, "sides": {}, "labels": {}, "order": []}
            recs.append(cur)
            side = None
            continue
        if line.startswith("--- "):
            side = line[4:].strip()
            cur["sides"][side] = [{"speaker": "customer", "text": cur["meta"]["open"]}]
            cur["labels"][side] = {}
            cur["order"].append(side)
            continue
        if side is None:
            k, v = line.split(": ", 1)
            cur["meta"][k] = v
            continue
        m = TURN.match(line)
        if not m:
            raise SystemExit(f"{path.name}: cannot parse line: {line!r}")
        who, label, text = m.groups()
        turns = cur["sides"][side]
        turns.append({"speaker": "trainee" if who == "T" else "customer", "text": text})
        if who == "C":
            cur["labels"][side][len(turns) - 1] = label  # None = null
        elif label:
            raise SystemExit(f"label on trainee line: {line!r}")
    return recs


def main():
    gaming = parse(SRC / "gaming_a.txt") + parse(SRC / "gaming_b.txt")
    ranked = parse(SRC / "ranked.txt")
    objections = []

    def collect(folder_id, rec):
        for side in rec["order"]:
            turns = rec["sides"][side]
            for i, t in enumerate(turns):
                if t["speaker"] == "customer" and i > 0 and turns[i - 1]["speaker"] == "trainee":
                    objections.append({"before": turns[i - 1]["text"], "text": t["text"],
                                       "objection": rec["labels"][side].get(i),
                                       "source": f"{SOURCE_FOLDER}/{folder_id}/{side}/{i}"})

    with open(HERE / "gaming_pairs.jsonl", "w", encoding="utf-8") as f:
        for r in gaming:
            row = {"id": r["id"], "business": r["meta"]["business"], "kind": r["meta"]["kind"],
                   "situation": r["meta"]["situation"], "good": r["sides"]["good"],
                   "gaming": r["sides"]["gaming"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            collect(r["id"], r)
    with open(HERE / "ranked_pairs.jsonl", "w", encoding="utf-8") as f:
        for r in ranked:
            row = {"id": r["id"], "situation": r["meta"]["situation"],
                   "better": r["sides"]["better"], "worse": r["sides"]["worse"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            collect(r["id"], r)
    with open(HERE / "dialogue_objections.jsonl", "w", encoding="utf-8") as f:
        for o in objections:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(gaming), len(ranked), len(objections))
    for r in ranked:
        print(r["id"], "|", r["meta"].get("note"))


if __name__ == "__main__":
    main()
