"""Validate conversations.jsonl and dialogue_objections.jsonl for train12. Prints PASS or the problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

LABELS = ["brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive"]
MIN_PER_LABEL = 25
SHARE_LO, SHARE_HI = 0.35, 0.45
N_CONVS = 100


def read_jsonl(path, problems):
    items = []
    if not os.path.exists(path):
        problems.append("missing file %s" % os.path.basename(path))
        return items
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                problems.append("%s line %d is empty" % (os.path.basename(path), n))
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append("%s line %d: bad JSON (%s)" % (os.path.basename(path), n, e))
    return items


def norm(text):
    return re.sub(r"\s+", " ", text.strip().lower())


def main():
    problems = []
    convs = read_jsonl(os.path.join(HERE, "conversations.jsonl"), problems)
    rows = read_jsonl(os.path.join(HERE, "dialogue_objections.jsonl"), problems)

    if len(convs) != N_CONVS:
        problems.append("expected %d conversations, found %d" % (N_CONVS, len(convs)))

    ids = Counter()
    businesses = set()
    seen_texts = {}
    for ci, c in enumerate(convs):
        where = c.get("id", "conversation #%d" % ci) if isinstance(c, dict) else "conversation #%d" % ci
        if not isinstance(c, dict) or set(c) != {"id", "business", "turns"}:
            problems.append("%s: keys must be exactly id, business, turns" % where)
            continue
        if not isinstance(c["id"], str) or not re.fullmatch(r"t12_\d{3}", c["id"]):
            problems.append("%s: bad id" % where)
        ids[c["id"]] += 1
        if not isinstance(c["business"], str) or not c["business"].strip():
            problems.append("%s: empty business" % where)
        else:
            businesses.add(c["business"].strip().lower())
        turns = c["turns"]
        if not isinstance(turns, list) or not 6 <= len(turns) <= 12:
            problems.append("%s: needs 6 to 12 turns" % where)
            continue
        prev = None
        for ti, t in enumerate(turns):
            tw = "%s/%d" % (where, ti)
            if not isinstance(t, dict):
                problems.append("%s: turn is not an object" % tw)
                continue
            sp = t.get("speaker")
            if sp not in ("customer", "trainee"):
                problems.append("%s: bad speaker %r" % (tw, sp))
                continue
            if not isinstance(t.get("text"), str) or not t["text"].strip():
                problems.append("%s: empty text" % tw)
                continue
            if sp == "trainee":
                if set(t) != {"speaker", "text"}:
                    problems.append("%s: trainee turn must have only speaker and text" % tw)
            else:
                if set(t) != {"speaker", "text", "objection"}:
                    problems.append("%s: customer turn must have speaker, text, objection" % tw)
                elif t["objection"] is not None and t["objection"] not in LABELS:
                    problems.append("%s: invalid label %r" % (tw, t["objection"]))
                if ti == 0 and t.get("objection") is not None:
                    problems.append("%s: customer opening line must be null" % tw)
                key = norm(t["text"])
                if key in seen_texts:
                    problems.append("%s: duplicate customer text (also %s)" % (tw, seen_texts[key]))
                else:
                    seen_texts[key] = tw
            if prev is not None and prev == sp:
                problems.append("%s: speakers do not alternate" % tw)
            prev = sp

    for i, n in ids.items():
        if n > 1:
            problems.append("duplicate id %s" % i)
    if len(businesses) < 30:
        problems.append("only %d distinct businesses (need at least 30)" % len(businesses))

    # dialogue_objections.jsonl must be exactly what build.py makes from conversations.jsonl
    try:
        expected = build.make_rows(convs)
    except Exception as e:  # malformed conversations
        expected = None
        problems.append("build.make_rows failed on conversations.jsonl: %s" % e)
    if expected is not None:
        if rows != expected:
            problems.append("dialogue_objections.jsonl differs from build.make_rows(conversations.jsonl)")
        exp_text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in expected)
        path = os.path.join(HERE, "dialogue_objections.jsonl")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                if f.read() != exp_text:
                    problems.append("dialogue_objections.jsonl is not byte-identical to build.py output")

    # conversations.jsonl must match the hand-written source files
    try:
        if build.load_conversations() != convs:
            problems.append("conversations.jsonl differs from the src_conv_XX.py sources (rerun build.py)")
    except Exception as e:
        problems.append("could not load sources: %s" % e)

    for r in rows:
        if set(r) != {"before", "text", "objection", "source"}:
            problems.append("row %s: keys must be before, text, objection, source" % r.get("source"))
            break

    counts = Counter(r.get("objection") for r in rows)
    total = len(rows)
    n_obj = total - counts.get(None, 0)
    for lab in LABELS:
        if counts.get(lab, 0) < MIN_PER_LABEL:
            problems.append("label %s has %d rows (need >= %d)" % (lab, counts.get(lab, 0), MIN_PER_LABEL))
    share = n_obj / total if total else 0.0
    if not SHARE_LO <= share <= SHARE_HI:
        problems.append("objection share %.1f%% outside %d-%d%%" % (100 * share, 100 * SHARE_LO, 100 * SHARE_HI))

    print("conversations: %d, rows: %d, objections: %d (%.1f%%)" % (len(convs), total, n_obj, 100 * share))
    for lab in [None] + LABELS:
        print("  %-15s %d" % (lab if lab else "null", counts.get(lab, 0)))
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
