#!/usr/bin/env python3
"""Checks for the blind22 set. Prints PASS or the list of problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

OBJECTIONS = ["brush_off", "no_need", "no_money", "no_time",
              "bad_experience", "think_it_over", "too_expensive"]
VALID = set(OBJECTIONS) | {None}


def norm(s):
    return re.sub(r"\s+", " ", s.strip().lower())


def main():
    problems = []
    convs = []
    with open(build.CONV_PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                convs.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"conversations.jsonl line {n}: bad JSON ({e})")

    if len(convs) != 50:
        problems.append(f"expected 50 conversations, found {len(convs)}")
    ids = [c.get("id") for c in convs]
    for i, cid in Counter(ids).items():
        if cid > 1:
            problems.append(f"duplicate id {i}")

    seen_texts = {}
    for c in convs:
        cid = c.get("id", "?")
        if set(c.keys()) != {"id", "business", "turns"}:
            problems.append(f"{cid}: keys {sorted(c.keys())}")
        if not re.fullmatch(r"b22_\d{3}", str(cid)):
            problems.append(f"{cid}: bad id format")
        if not isinstance(c.get("business"), str) or not c["business"].strip():
            problems.append(f"{cid}: missing business")
        turns = c.get("turns", [])
        if not (6 <= len(turns) <= 12):
            problems.append(f"{cid}: {len(turns)} turns (need 6-12)")
        for i, t in enumerate(turns):
            sp = t.get("speaker")
            if sp not in ("customer", "trainee"):
                problems.append(f"{cid}/{i}: bad speaker {sp!r}")
                continue
            if not isinstance(t.get("text"), str) or not t["text"].strip():
                problems.append(f"{cid}/{i}: empty text")
            if i > 0 and turns[i - 1].get("speaker") == sp:
                problems.append(f"{cid}/{i}: speakers do not alternate")
            if sp == "trainee":
                if set(t.keys()) != {"speaker", "text"}:
                    problems.append(f"{cid}/{i}: trainee turn keys {sorted(t.keys())}")
            else:
                if set(t.keys()) != {"speaker", "text", "objection"}:
                    problems.append(f"{cid}/{i}: customer turn keys {sorted(t.keys())}")
                if t.get("objection") not in VALID:
                    problems.append(f"{cid}/{i}: invalid label {t.get('objection')!r}")
                if i == 0 and t.get("objection") is not None:
                    problems.append(f"{cid}/0: customer opening must be null")
                key = norm(t.get("text", ""))
                if key in seen_texts:
                    problems.append(f"{cid}/{i}: duplicate customer text (also {seen_texts[key]})")
                else:
                    seen_texts[key] = f"{cid}/{i}"

    # rows file must be exactly what build.py derives from conversations.jsonl
    expected = [build.dumps(r) + "\n" for r in build.rows_from_jsonl(build.CONV_PATH)]
    try:
        with open(build.ROWS_PATH, encoding="utf-8") as f:
            actual = f.readlines()
    except FileNotFoundError:
        actual = []
        problems.append("dialogue_objections.jsonl missing")
    if actual != expected:
        problems.append(f"dialogue_objections.jsonl differs from what build.py makes "
                        f"({len(actual)} lines vs {len(expected)} expected)")

    rows = [json.loads(x) for x in expected]
    counts = Counter(r["objection"] for r in rows)
    for lab in OBJECTIONS:
        if counts.get(lab, 0) < 12:
            problems.append(f"only {counts.get(lab, 0)} rows of {lab} (need >= 12)")
    n_obj = sum(counts.get(l, 0) for l in OBJECTIONS)
    share = n_obj / len(rows) if rows else 0.0
    if not (0.35 <= share <= 0.45):
        problems.append(f"objection share {share:.3f} outside 0.35-0.45")

    print(f"conversations: {len(convs)}  rows: {len(rows)}  objections: {n_obj} ({share:.1%})")
    for lab in OBJECTIONS + [None]:
        print(f"  {str(lab):15s} {counts.get(lab, 0)}")
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
