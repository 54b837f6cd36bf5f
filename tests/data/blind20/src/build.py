"""Write need_levels.jsonl and objections.jsonl from the source lists (text and label only)."""
import json
from collections import Counter
from src_need import NEED
from src_objections import OBJECTIONS


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for text, label, _meta in rows:
            f.write(json.dumps({"text": text, "label": label}, ensure_ascii=False) + "\n")
    print(f"{path}: {len(rows)} lines")


def stats(name, rows):
    print(f"--- {name}")
    print("labels:", dict(Counter(r[1] for r in rows)))
    print("styles:", dict(Counter(r[2].split("|")[1] for r in rows)))
    print("difficulty:", dict(Counter(r[2].split("|")[2] for r in rows)))
    long_ = sum(1 for r in rows if r[0].count(". ") + r[0].count("? ") + r[0].count("! ") >= 1)
    print("multi-sentence lines:", long_)


if __name__ == "__main__":
    write("need_levels.jsonl", NEED)
    write("objections.jsonl", OBJECTIONS)
    stats("need_levels", NEED)
    stats("objections", OBJECTIONS)
    biz = sorted(set(r[2].split("|")[0] for r in NEED + OBJECTIONS))
    print(f"business tags ({len(biz)}):", ", ".join(biz))
