"""Check conversations.jsonl and dialogue_objections.jsonl. Prints PASS or the problems."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels import OBJECTIONS, VALID  # noqa: E402
from build import make_rows  # noqa: E402

problems = []


def bad(msg):
    problems.append(msg)


def read(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for k, line in enumerate(f, 1):
            if not line.strip():
                bad("%s line %d: empty line" % (os.path.basename(path), k))
                continue
            try:
                out.append(json.loads(line))
            except ValueError as e:
                bad("%s line %d: bad JSON (%s)" % (os.path.basename(path), k, e))
    return out


convs = read(os.path.join(HERE, "conversations.jsonl"))
rows_file = read(os.path.join(HERE, "dialogue_objections.jsonl"))

if len(convs) != 100:
    bad("expected 100 conversations, found %d" % len(convs))
ids = set()
seen_text = {}
for c in convs:
    cid = c.get("id")
    if set(c) != {"id", "business", "turns"}:
        bad("%s: fields are %s" % (cid, sorted(c)))
    if not isinstance(cid, str) or not re.fullmatch(r"t16_\d{3}", cid):
        bad("bad id %r" % cid)
    if cid in ids:
        bad("duplicate id %s" % cid)
    ids.add(cid)
    if not isinstance(c.get("business"), str) or not c.get("business", "").strip():
        bad("%s: empty business" % cid)
    turns = c.get("turns")
    if not isinstance(turns, list):
        bad("%s: turns is not a list" % cid)
        continue
    if not 6 <= len(turns) <= 12:
        bad("%s: %d turns (need 6-12)" % (cid, len(turns)))
    for j, t in enumerate(turns):
        sp = t.get("speaker")
        if sp not in ("customer", "trainee"):
            bad("%s/%d: bad speaker %r" % (cid, j, sp))
            continue
        if not isinstance(t.get("text"), str) or not t["text"].strip():
            bad("%s/%d: empty text" % (cid, j))
        if sp == "trainee":
            if set(t) != {"speaker", "text"}:
                bad("%s/%d: trainee turn fields %s" % (cid, j, sorted(t)))
        else:
            if set(t) != {"speaker", "text", "objection"}:
                bad("%s/%d: customer turn fields %s" % (cid, j, sorted(t)))
            lab = t.get("objection")
            if lab not in VALID:
                bad("%s/%d: invalid label %r" % (cid, j, lab))
            if j == 0 and lab is not None:
                bad("%s/0: customer opening line must have objection null" % cid)
            key = " ".join(str(t.get("text", "")).lower().split())
            if key in seen_text:
                bad("%s/%d: duplicate customer text (also %s): %r" % (cid, j, seen_text[key], t["text"][:60]))
            else:
                seen_text[key] = "%s/%d" % (cid, j)
        if j > 0 and turns[j - 1].get("speaker") == sp:
            bad("%s/%d: speakers do not alternate" % (cid, j))

expected = make_rows(convs)
if rows_file != expected:
    bad("dialogue_objections.jsonl is not what build.py makes from conversations.jsonl "
        "(%d rows in file, %d expected)" % (len(rows_file), len(expected)))
    for k, (a, b) in enumerate(zip(rows_file, expected)):
        if a != b:
            bad("  first difference at row %d: %r vs %r" % (k, a, b))
            break

counts = collections.Counter(r["objection"] for r in expected)
n = len(expected)
for lab in OBJECTIONS:
    if counts[lab] < 25:
        bad("only %d rows of %s (need >= 25)" % (counts[lab], lab))
obj = n - counts[None]
share = obj / n if n else 0
if not 0.35 <= share <= 0.45:
    bad("objection share %.3f outside 0.35-0.45" % share)

print("rows %d, objections %d (%.1f%%), conversations %d" % (n, obj, 100 * share, len(convs)))
for lab in OBJECTIONS + [None]:
    print("  %-15s %d" % (lab if lab else "null", counts[lab]))
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("PASS")
