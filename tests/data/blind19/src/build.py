#!/usr/bin/env python3
"""Write the three blind19 JSONL files from the source lists."""
import json, os
from src_need import NEED
from src_questions import Q
from src_objections import OBJ

HERE = os.path.dirname(os.path.abspath(__file__))

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")

write("need_levels.jsonl", [{"text": t, "label": l} for t, l in NEED])
write("questions.jsonl", [{"text": t, "technique": k, "form": f} for t, k, f in Q])
write("objections.jsonl", [{"text": t, "label": l} for t, l in OBJ])
