"""Check a conversation set's conversations.jsonl and dialogue_objections.jsonl against its SPEC.md (train15, train22,
train23: each folder's validate.py calls `main`). Prints PASS or the problems."""
import json
import os
import re
import sys
from collections import Counter

from conversation_set_build import dump_jsonl, load_conversations, rows_from_conversations
from conversation_set_labels import LABELS

N_CONVS = 100
MIN_PER_LABEL = 25
SHARE_LO, SHARE_HI = 0.35, 0.45
MIN_BUSINESSES = 30


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def read_jsonl(path, problems):
    items = []
    if not os.path.exists(path):
        problems.append(f"missing file {os.path.basename(path)}")
        return items, ""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            problems.append(f"{os.path.basename(path)}: blank line {n}")
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append(f"{os.path.basename(path)}: line {n} is not JSON ({e})")
    return items, raw


def check_conversations(convs, problems, prefix):
    if len(convs) != N_CONVS:
        problems.append(f"expected {N_CONVS} conversations, found {len(convs)}")
    seen_ids = set()
    businesses = set()
    for k, conv in enumerate(convs):
        where = conv.get("id", f"line {k + 1}")
        if set(conv) != {"id", "business", "turns"}:
            problems.append(f"{where}: keys are {sorted(conv)}, expected id, business, turns")
        cid = conv.get("id")
        if not isinstance(cid, str) or not re.fullmatch(rf"{prefix}_\d{{3}}", cid):
            problems.append(f"{where}: bad id {cid!r}")
        elif cid != f"{prefix}_{k + 1:03d}":
            problems.append(f"{where}: id out of order, expected {prefix}_{k + 1:03d}")
        if cid in seen_ids:
            problems.append(f"{where}: duplicate id")
        seen_ids.add(cid)
        bus = conv.get("business")
        if not isinstance(bus, str) or not bus.strip():
            problems.append(f"{where}: empty business")
        else:
            businesses.add(norm(bus))
        turns = conv.get("turns")
        if not isinstance(turns, list):
            problems.append(f"{where}: turns is not a list")
            continue
        if not 6 <= len(turns) <= 12:
            problems.append(f"{where}: {len(turns)} turns, expected 6 to 12")
        for i, turn in enumerate(turns):
            tw = f"{where}/{i}"
            if not isinstance(turn, dict):
                problems.append(f"{tw}: turn is not an object")
                continue
            sp = turn.get("speaker")
            text = turn.get("text")
            if sp not in ("customer", "trainee"):
                problems.append(f"{tw}: bad speaker {sp!r}")
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{tw}: empty text")
            if sp == "trainee" and set(turn) != {"speaker", "text"}:
                problems.append(f"{tw}: trainee turn has keys {sorted(turn)}")
            if sp == "customer":
                if set(turn) != {"speaker", "text", "objection"}:
                    problems.append(f"{tw}: customer turn has keys {sorted(turn)}")
                lab = turn.get("objection")
                if lab is not None and lab not in LABELS:
                    problems.append(f"{tw}: bad label {lab!r}")
                if i == 0 and lab is not None:
                    problems.append(f"{tw}: customer opening line must have objection null")
            if i > 0 and isinstance(turns[i - 1], dict) and turns[i - 1].get("speaker") == sp:
                problems.append(f"{tw}: speakers do not alternate")
        if turns and not any(isinstance(t, dict) and t.get("speaker") == "customer" and i > 0
                             for i, t in enumerate(turns)):
            problems.append(f"{where}: no labelled customer turn")
    if len(businesses) < MIN_BUSINESSES:
        problems.append(f"only {len(businesses)} different businesses, expected at least {MIN_BUSINESSES}")
    return businesses


def check_duplicates(convs, problems):
    seen = {}
    for conv in convs:
        for i, turn in enumerate(conv.get("turns", [])):
            if isinstance(turn, dict) and turn.get("speaker") == "customer" and isinstance(turn.get("text"), str):
                key = norm(turn["text"])
                here = f"{conv.get('id')}/{i}"
                if key in seen:
                    problems.append(f"duplicate customer text at {here} and {seen[key]}: {turn['text']!r}")
                else:
                    seen[key] = here


def check_rows(convs, rows, raw_rows, problems):
    expected = rows_from_conversations(convs)
    if rows != expected:
        problems.append(f"dialogue_objections.jsonl differs from what build.py makes from conversations.jsonl "
                        f"({len(rows)} rows found, {len(expected)} expected)")
        for a, b in zip(rows, expected):
            if a != b:
                problems.append(f"  first difference at source {b.get('source')}")
                break
    elif raw_rows != dump_jsonl(expected):
        problems.append("dialogue_objections.jsonl has the right rows but is not byte-identical to build.py output")
    for r in rows:
        if set(r) != {"before", "text", "objection", "source"}:
            problems.append(f"row {r.get('source')}: keys {sorted(r)}")
    counts = Counter(r.get("objection") for r in rows)
    total = len(rows)
    for lab in LABELS:
        if counts.get(lab, 0) < MIN_PER_LABEL:
            problems.append(f"{lab}: {counts.get(lab, 0)} rows, expected at least {MIN_PER_LABEL}")
    n_obj = sum(counts.get(lab, 0) for lab in LABELS)
    share = n_obj / total if total else 0
    if not SHARE_LO <= share <= SHARE_HI:
        problems.append(f"objection share {share:.1%} is outside {SHARE_LO:.0%}-{SHARE_HI:.0%}")
    return counts, total, share


def check_build_matches_data(raw_convs, problems, folder, prefix):
    """conversations.jsonl should also be exactly what build.py writes from the data files."""
    try:
        if dump_jsonl(load_conversations(folder, prefix)) != raw_convs:
            problems.append("conversations.jsonl is stale: rerun python3 build.py")
    except Exception as e:  # noqa: BLE001
        problems.append(f"build.py could not load the data files: {e}")


def main(folder, prefix):
    """Check the conversation set in `folder` (ids `<prefix>_001`…); print PASS or the problems, exit 1 on any."""
    problems = []
    convs, raw_convs = read_jsonl(os.path.join(folder, "conversations.jsonl"), problems)
    rows, raw_rows = read_jsonl(os.path.join(folder, "dialogue_objections.jsonl"), problems)
    businesses = check_conversations(convs, problems, prefix)
    check_duplicates(convs, problems)
    counts, total, share = check_rows(convs, rows, raw_rows, problems)
    check_build_matches_data(raw_convs, problems, folder, prefix)
    print(f"conversations: {len(convs)}, rows: {total}, businesses: {len(businesses)}, objection share: {share:.1%}")
    for lab in LABELS + [None]:
        print(f"  {str(lab):15s} {counts.get(lab, 0)}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        print("FAIL")
        sys.exit(1)
    print("PASS")

