#!/usr/bin/env python3
"""Validate the blind10 test files. Usage: python3 validate.py [dir]"""
import json, sys, os, collections

D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KINDS = {"monologue", "closing_as_open_question", "pitch_as_paraphrase", "upsell_as_loop_closing",
         "leading_tag_questions", "putdown_question", "not_my_department_or_read_the_terms",
         "social_proof_or_deadline_pressure", "keyword_stuffed", "rude", "ignored_customer",
         "repeated_questions", "wrong_paraphrase", "pitch_to_upset", "blame"}
SPEAKERS = {"customer", "trainee"}
errors, warnings = [], []
ids = set()

def check_dialogue(rid, name, turns, alternate=False, lo=None, hi=None):
    if not isinstance(turns, list) or len(turns) < 2:
        errors.append(f"{rid}.{name}: fewer than 2 turns"); return
    for i, t in enumerate(turns):
        if set(t) != {"speaker", "text"}:
            errors.append(f"{rid}.{name}[{i}]: keys {sorted(t)}")
        if t.get("speaker") not in SPEAKERS:
            errors.append(f"{rid}.{name}[{i}]: bad speaker {t.get('speaker')!r}")
        if not isinstance(t.get("text"), str) or not t["text"].strip():
            errors.append(f"{rid}.{name}[{i}]: empty text")
    if turns[0].get("speaker") != "customer":
        errors.append(f"{rid}.{name}: first turn not customer")
    if not any(t.get("speaker") == "trainee" for t in turns):
        errors.append(f"{rid}.{name}: no trainee turn")
    if alternate:
        for i in range(1, len(turns)):
            if turns[i]["speaker"] == turns[i-1]["speaker"]:
                errors.append(f"{rid}.{name}: turns {i-1},{i} same speaker")
    if lo and not (lo <= len(turns) <= hi):
        errors.append(f"{rid}.{name}: {len(turns)} turns, expected {lo}-{hi}")

def load(fn):
    out = []
    with open(os.path.join(D, fn)) as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:
                errors.append(f"{fn}:{n}: JSON error {e}")
    return out

g = load("gaming_pairs.jsonl")
kinds = collections.Counter()
for r in g:
    rid = r.get("id")
    if set(r) != {"id", "business", "kind", "situation", "good", "gaming"}:
        errors.append(f"{rid}: keys {sorted(r)}")
    if not str(rid).startswith("b10g_" + str(r.get("kind")) + "_"):
        errors.append(f"{rid}: id does not follow b10g_<kind>_<short>")
    if rid in ids: errors.append(f"duplicate id {rid}")
    ids.add(rid)
    if r.get("kind") not in KINDS: errors.append(f"{rid}: bad kind {r.get('kind')}")
    kinds[r.get("kind")] += 1
    for k in ("business", "situation"):
        if not str(r.get(k, "")).strip(): errors.append(f"{rid}: empty {k}")
    check_dialogue(rid, "good", r.get("good"), alternate=True, lo=6, hi=12)
    check_dialogue(rid, "gaming", r.get("gaming"))
    if r.get("good") and r.get("gaming") and r["good"][0] != r["gaming"][0]:
        errors.append(f"{rid}: opening customer line differs")

rk = load("ranked_pairs.jsonl")
for r in rk:
    rid = r.get("id")
    if not {"id", "situation", "better", "worse"} <= set(r):
        errors.append(f"{rid}: missing keys")
    if not str(rid).startswith("b10r_"): errors.append(f"{rid}: bad id prefix")
    if rid in ids: errors.append(f"duplicate id {rid}")
    ids.add(rid)
    check_dialogue(rid, "better", r.get("better"), alternate=True)
    check_dialogue(rid, "worse", r.get("worse"), alternate=True)
    if r.get("better") and r.get("worse") and r["better"][0] != r["worse"][0]:
        errors.append(f"{rid}: opening customer line differs")
    if r.get("better") == r.get("worse"): errors.append(f"{rid}: better == worse")

print(f"gaming pairs: {len(g)}  ranked pairs: {len(rk)}")
for k in sorted(KINDS): print(f"  {k:40s} {kinds[k]}")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
