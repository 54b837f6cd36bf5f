#!/usr/bin/env python3
"""Build need_levels.jsonl and objections.jsonl from the hand-written lists in src/."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import need_product, need_service, need_experience, need_relationship, need_success
import objections_a, objections_b

NEED_MODULES = [need_product, need_service, need_experience, need_relationship, need_success]


def write(path, rows, seed):
    rows = list(rows)
    random.Random(seed).shuffle(rows)  # fixed seed: reproducible order, labels interleaved
    with open(path, "w", encoding="utf-8") as f:
        for text, label in rows:
            f.write(json.dumps({"text": text, "label": label}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {os.path.basename(path)}")


def main():
    need = [row for m in NEED_MODULES for row in m.DATA]
    obj = objections_a.DATA + objections_b.DATA
    write(os.path.join(HERE, "need_levels.jsonl"), need, seed=10)
    write(os.path.join(HERE, "objections.jsonl"), obj, seed=11)
    agent = sum(len(m.AGENT) for m in NEED_MODULES)
    print(f"need_levels: {agent} agent questions, {len(need) - agent} customer lines")
    allrows = need + obj
    chat = sum(1 for t, _ in allrows if t[0].islower())
    long_ = sum(1 for t, _ in allrows if len(t) > 120)
    print(f"typed-chat style (lowercase start): {chat}/{len(allrows)}; long lines (>120 chars): {long_}")


if __name__ == "__main__":
    main()
