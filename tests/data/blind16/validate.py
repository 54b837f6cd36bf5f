#!/usr/bin/env python3
"""Structural checks for the blind16 test set. Exit code 0 = pass."""
import json, pathlib, sys
from collections import Counter

HERE = pathlib.Path(__file__).parent
KINDS = ["monologue", "closing_as_open_question", "pitch_as_paraphrase", "upsell_as_loop_closing",
         "leading_tag_questions", "putdown_question", "not_my_department_or_read_the_terms",
         "social_proof_or_deadline_pressure", "keyword_stuffed", "rude", "ignored_customer",
         "repeated_questions", "wrong_paraphrase", "pitch_to_upset", "blame"]
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{name}:{n}: blank line")
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{name}:{n}: does not parse: {e}")
    return rows


def check_dialogue(where, turns, min_turns=None, max_turns=None):
    if not isinstance(turns, list) or not turns:
        err(f"{where}: not a non-empty list of turns")
        return
    for i, t in enumerate(turns):
        if not isinstance(t, dict) or set(t) != {"speaker", "text"}:
            err(f"{where}[{i}]: turn must have exactly speaker and text")
            continue
        if t["speaker"] not in ("customer", "trainee"):
            err(f"{where}[{i}]: bad speaker {t['speaker']!r}")
        if not isinstance(t["text"], str) or not t["text"].strip():
            err(f"{where}[{i}]: empty text")
        if i and t.get("speaker") == turns[i - 1].get("speaker"):
            err(f"{where}[{i}]: speakers do not alternate")
    if turns[0].get("speaker") != "customer":
        err(f"{where}: customer does not speak first")
    if min_turns and len(turns) < min_turns:
        err(f"{where}: {len(turns)} turns < {min_turns}")
    if max_turns and len(turns) > max_turns:
        err(f"{where}: {len(turns)} turns > {max_turns}")


def check_file(name, fields, sides, prefix, expected, turn_range=(None, None)):
    rows = load(name)
    if len(rows) != expected:
        err(f"{name}: {len(rows)} lines, expected {expected}")
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            err(f"{name}: duplicate id {i}")
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != set(fields):
            err(f"{name}:{rid}: fields {sorted(r)} != {sorted(fields)}")
            continue
        if not str(rid).startswith(prefix):
            err(f"{name}:{rid}: id must start with {prefix}")
        for f in fields:
            if f not in sides and (not isinstance(r[f], str) or not r[f].strip()):
                err(f"{name}:{rid}: empty field {f}")
        for s in sides:
            check_dialogue(f"{name}:{rid}:{s}", r[s], *turn_range)
        a, b = (r[s] for s in sides)
        if a and b and a[0] != b[0]:
            err(f"{name}:{rid}: the two sides do not share the opening customer line")
    return rows


g = check_file("gaming_pairs.jsonl", ["id", "business", "kind", "situation", "good", "gaming"],
               ["good", "gaming"], "b16g_", 30, (6, 11))
kc = Counter(r.get("kind") for r in g)
for k in kc:
    if k not in KINDS:
        err(f"gaming_pairs.jsonl: unknown kind {k!r}")
for k in KINDS:
    if kc.get(k, 0) != 2:
        err(f"gaming_pairs.jsonl: kind {k} appears {kc.get(k, 0)} times, expected 2")

r = check_file("ranked_pairs.jsonl", ["id", "situation", "better", "worse"], ["better", "worse"], "b16r_", 20, (6, 8))
for row in r:
    if row.get("better") == row.get("worse"):
        err(f"ranked_pairs.jsonl:{row.get('id')}: better and worse are identical")

import re
want = {f"b16r_{p}{n:02d}" for p in "df" for n in range(1, 11)}
got = {re.match(r"^(b16r_[df]\d\d)_", str(row.get("id"))).group(1) if re.match(r"^b16r_[df]\d\d_", str(row.get("id"))) else row.get("id") for row in r}
if got != want:
    err(f"ranked_pairs.jsonl: ids do not cover d01-d10 and f01-f10: {sorted(map(str, got ^ want))}")

# dialogue_objections.jsonl
LABELS = {None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive"}
dialogues = {}
for row in g:
    for s in ("good", "gaming"):
        dialogues[(row.get("id"), s)] = row.get(s) or []
for row in r:
    for s in ("better", "worse"):
        dialogues[(row.get("id"), s)] = row.get(s) or []
expected = set()
for (rid, s), turns in dialogues.items():
    for i in range(1, len(turns)):
        if turns[i].get("speaker") == "customer" and turns[i - 1].get("speaker") == "trainee":
            expected.add(f"blind16/{rid}/{s}/{i}")
o = load("dialogue_objections.jsonl")
seen = Counter()
for n, row in enumerate(o, 1):
    if set(row) != {"before", "text", "objection", "source"}:
        err(f"dialogue_objections.jsonl:{n}: fields {sorted(row)}")
        continue
    if row["objection"] not in LABELS:
        err(f"dialogue_objections.jsonl:{n}: bad label {row['objection']!r}")
    src = row["source"]
    seen[src] += 1
    parts = str(src).split("/")
    if len(parts) != 4 or parts[0] != "blind16" or not parts[3].isdigit():
        err(f"dialogue_objections.jsonl:{n}: bad source {src!r}")
        continue
    turns = dialogues.get((parts[1], parts[2]))
    i = int(parts[3])
    if turns is None or i < 1 or i >= len(turns):
        err(f"dialogue_objections.jsonl:{n}: source {src} points nowhere")
        continue
    if turns[i].get("speaker") != "customer" or turns[i - 1].get("speaker") != "trainee":
        err(f"dialogue_objections.jsonl:{n}: {src} is not a customer turn after a trainee turn")
    if turns[i].get("text") != row["text"] or turns[i - 1].get("text") != row["before"]:
        err(f"dialogue_objections.jsonl:{n}: text/before do not match {src}")
for s, c in seen.items():
    if c > 1:
        err(f"dialogue_objections.jsonl: {s} has {c} rows")
for s in expected - set(seen):
    err(f"dialogue_objections.jsonl: missing row for {s}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"PASS: gaming_pairs.jsonl {len(g)} lines ({len(kc)} kinds x 2), ranked_pairs.jsonl {len(r)} lines, dialogue_objections.jsonl {len(o)} rows")
