#!/usr/bin/env python3
import json, sys
from collections import Counter
import pathlib
HERE = pathlib.Path(__file__).resolve().parent
PATH = HERE / 'dialogue_objections.jsonl'
LABELS = {"brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive", None}
FIELDS = {"before", "text", "objection", "source"}
errors, rows = [], []
with open(PATH, encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad JSON {e}"); continue
        rows.append(r)
        if set(r) != FIELDS:
            errors.append(f"line {n}: fields {sorted(r)}")
            continue
        if r["objection"] not in LABELS:
            errors.append(f"line {n}: bad label {r['objection']!r}")
        for k in ("before", "text", "source"):
            if not isinstance(r[k], str) or not r[k].strip():
                errors.append(f"line {n}: empty/non-string {k}")
if len(rows) != 640:
    errors.append(f"expected 640 rows, got {len(rows)}")
for name, key in (("source", "source"), ("text", "text")):
    dup = [v for v, c in Counter(r.get(key) for r in rows).items() if c > 1]
    if dup:
        errors.append(f"duplicate {name}s: {dup[:5]}")
if any(not str(r.get("source", "")).startswith("train8/") for r in rows):
    errors.append("source not of form train8/<n>")
counts = Counter(r.get("objection") for r in rows)
for k in sorted(counts, key=lambda x: (x is None, str(x))):
    print(f"{str(k):15s} {counts[k]}")
if errors:
    print("FAIL"); [print(" ", e) for e in errors]; sys.exit(1)
print("PASS")
