#!/usr/bin/env python3
"""Counts labels in dialogue_objections.jsonl (own helper, no scoring)."""
import json
from collections import Counter
rows = [json.loads(l) for l in open("dialogue_objections.jsonl", encoding="utf-8")]
c = Counter(r["objection"] for r in rows)
print(len(rows), "rows;", sum(v for k, v in c.items() if k), "objections;", dict(c))
