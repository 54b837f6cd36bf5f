"""Build need_levels.jsonl and objections.jsonl from the source files (deterministic order)."""
import json
import random

import src_need_a
import src_need_b
import src_objections


def write(path, rows, seed):
    rows = list(rows)
    random.Random(seed).shuffle(rows)
    with open(path, "w", encoding="utf-8") as f:
        for text, label in rows:
            f.write(json.dumps({"text": text, "label": label}, ensure_ascii=False) + "\n")
    print(f"wrote {path}: {len(rows)} lines")


need = (src_need_a.PRODUCT + src_need_a.SERVICE + src_need_b.EXPERIENCE
        + src_need_b.RELATIONSHIP + src_need_b.SUCCESS)
write("need_levels.jsonl", need, 9)
write("objections.jsonl", src_objections.OBJECTIONS, 19)
