"""Structural checks for the blind12 test set. Run: python3 validate.py"""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {
    "monologue", "closing_as_open_question", "pitch_as_paraphrase", "upsell_as_loop_closing",
    "leading_tag_questions", "putdown_question", "not_my_department_or_read_the_terms",
    "social_proof_or_deadline_pressure", "keyword_stuffed", "rude", "ignored_customer",
    "repeated_questions", "wrong_paraphrase", "pitch_to_upset", "blame",
}
errors = []


def err(msg):
    errors.append(msg)


def check_dialogue(rid, side, turns, min_turns=None, max_turns=None):
    if not isinstance(turns, list) or not turns:
        err(f"{rid}/{side}: not a non-empty list")
        return
    for i, t in enumerate(turns):
        if not isinstance(t, dict) or set(t) != {"speaker", "text"}:
            err(f"{rid}/{side}[{i}]: turn must have exactly speaker and text")
            continue
        if t["speaker"] not in ("customer", "trainee"):
            err(f"{rid}/{side}[{i}]: bad speaker {t['speaker']!r}")
        if not isinstance(t["text"], str) or not t["text"].strip():
            err(f"{rid}/{side}[{i}]: empty text")
        want = "customer" if i % 2 == 0 else "trainee"
        if t.get("speaker") != want:
            err(f"{rid}/{side}[{i}]: expected {want} (customer first, then alternating)")
    if min_turns and len(turns) < min_turns:
        err(f"{rid}/{side}: {len(turns)} turns < {min_turns}")
    if max_turns and len(turns) > max_turns:
        err(f"{rid}/{side}: {len(turns)} turns > {max_turns}")


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: does not parse ({e})")
    return rows


seen = set()


def check_id(rid, prefix):
    if not isinstance(rid, str) or not rid.startswith(prefix):
        err(f"id {rid!r} must start with {prefix}")
    if rid in seen:
        err(f"duplicate id {rid}")
    seen.add(rid)


def check_pair(r, a, b):
    ta, tb = r.get(a), r.get(b)
    if ta and tb and ta[0].get("text") != tb[0].get("text"):
        err(f"{r['id']}: {a} and {b} do not share the opening customer line")


gaming = load("gaming_pairs.jsonl")
kinds = collections.Counter()
for r in gaming:
    if set(r) != {"id", "business", "kind", "situation", "good", "gaming"}:
        err(f"{r.get('id')}: wrong fields {sorted(r)}")
        continue
    check_id(r["id"], "b12g_")
    if r["kind"] not in KINDS:
        err(f"{r['id']}: unknown kind {r['kind']!r}")
    kinds[r["kind"]] += 1
    for k in ("business", "situation"):
        if not r[k].strip():
            err(f"{r['id']}: empty {k}")
    for side in ("good", "gaming"):
        check_dialogue(r["id"], side, r[side], 6, 14)
    check_pair(r, "good", "gaming")
if len(gaming) != 45:
    err(f"gaming_pairs.jsonl: {len(gaming)} lines, expected 45")
for k in KINDS:
    if kinds[k] != 3:
        err(f"kind {k}: {kinds[k]} pairs, expected 3")

ranked = load("ranked_pairs.jsonl")
groups = collections.Counter()
for r in ranked:
    if set(r) != {"id", "situation", "better", "worse"}:
        err(f"{r.get('id')}: wrong fields {sorted(r)}")
        continue
    check_id(r["id"], "b12r_")
    groups["both_decent" if r["id"].startswith("b12r_bd_") else
           "one_fault" if r["id"].startswith("b12r_f_") else "other"] += 1
    if not r["situation"].strip():
        err(f"{r['id']}: empty situation")
    for side in ("better", "worse"):
        check_dialogue(r["id"], side, r[side], 6)
    check_pair(r, "better", "worse")
if len(ranked) != 24:
    err(f"ranked_pairs.jsonl: {len(ranked)} lines, expected 24")
if groups != collections.Counter({"both_decent": 12, "one_fault": 12}):
    err(f"ranked groups {dict(groups)}, expected 12 both_decent (b12r_bd_) and 12 one_fault (b12r_f_)")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(gaming)} gaming pairs ({len(kinds)} kinds x 3), "
      f"{len(ranked)} ranked pairs ({groups['both_decent']} both-decent, {groups['one_fault']} one-fault)")
