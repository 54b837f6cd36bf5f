#!/usr/bin/env python3
"""Validate train7/dialogue_objections.jsonl against the source dialogues."""
import pathlib
import json, sys

BASE = str(pathlib.Path(__file__).resolve().parent.parent)
OUT = str(pathlib.Path(__file__).resolve().parent / 'dialogue_objections.jsonl')
FIELDS = {'before', 'text', 'objection', 'source'}
LABELS = {None, 'brush_off', 'no_need', 'no_money', 'no_time', 'bad_experience', 'think_it_over', 'too_expensive'}

def fail(msg):
    print('FAIL:', msg); sys.exit(1)

# Expected: every customer turn directly after a trainee turn, in file order.
expected = []
turns_by_source = {}
for d in ['blind11', 'blind12', 'blind13']:
    for f, sides in [('gaming_pairs.jsonl', ('good', 'gaming')), ('ranked_pairs.jsonl', ('better', 'worse'))]:
        with open(f'{BASE}/{d}/{f}', encoding='utf-8') as fh:
            for line in fh:
                if not line.strip():
                    continue
                r = json.loads(line)
                for s in sides:
                    turns = r[s]
                    for i, t in enumerate(turns):
                        if t['speaker'] == 'customer' and i > 0 and turns[i-1]['speaker'] == 'trainee':
                            src = f"{d}/{r['id']}/{s}/{i}"
                            expected.append(src)
                            turns_by_source[src] = (turns[i-1]['text'], t['text'])

rows = []
with open(OUT, encoding='utf-8') as fh:
    for n, line in enumerate(fh, 1):
        try:
            row = json.loads(line)
        except Exception as e:
            fail(f'line {n} does not parse: {e}')
        if not isinstance(row, dict) or set(row) != FIELDS:
            fail(f'line {n} has fields {sorted(row) if isinstance(row, dict) else type(row)}')
        if row['objection'] not in LABELS:
            fail(f'line {n} invalid label {row["objection"]!r}')
        src = row['source']
        if src not in turns_by_source:
            fail(f'line {n} source {src} is not a customer turn following a trainee turn')
        before, text = turns_by_source[src]
        if row['before'] != before or row['text'] != text:
            fail(f'line {n} before/text do not match source {src}')
        rows.append(src)

seen = set()
for src in rows:
    if src in seen:
        fail(f'duplicate row for {src}')
    seen.add(src)
missing = [s for s in expected if s not in seen]
if missing:
    fail(f'{len(missing)} turns without a row, e.g. {missing[:3]}')
if rows != expected:
    fail('rows are not in file order')
print(f'{len(rows)} rows checked')
print('PASS')
