"""Structural checks of a hand-written dialogue set (gaming pairs, ranked pairs, labelled customer lines).

Used by each set's `validate.py` (with the counts its writer promised) and by
tests/test_dialogue_sets.py (on every set, with no counts). `python3 validate.py` in a set's folder
prints PASS or the problems, each with the file, the line's id and what is wrong.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

KINDS = ("monologue", "closing_as_open_question", "pitch_as_paraphrase", "upsell_as_loop_closing",
         "leading_tag_questions", "putdown_question", "not_my_department_or_read_the_terms",
         "social_proof_or_deadline_pressure", "keyword_stuffed", "rude", "ignored_customer",
         "repeated_questions", "wrong_paraphrase", "pitch_to_upset", "blame")
LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive")
#: file -> (the two sides of a pair, the other fields a line of a promised layout has)
PAIR_FILES = {"gaming_pairs.jsonl": (("good", "gaming"), ("id", "business", "kind", "situation")),
              "ranked_pairs.jsonl": (("better", "worse"), ("id", "situation"))}


def _rows(path: Path, problems: list[str]) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            problems.append(f"{path.name}:{n}: blank line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{path.name}:{n}: does not parse ({e})")
            continue
        if not isinstance(row, dict):
            problems.append(f"{path.name}:{n}: not an object")
            continue
        rows.append(row)
    return rows


def _dialogue(where: str, turns: object, turn_range: tuple[int, int] | None, problems: list[str],
              strict: bool) -> None:
    if not isinstance(turns, list) or not turns:
        problems.append(f"{where}: not a non-empty list of turns")
        return
    for i, t in enumerate(turns):
        if not isinstance(t, dict) or set(t) != {"speaker", "text"}:
            problems.append(f"{where}[{i}]: a turn has exactly 'speaker' and 'text'")
            continue
        if t["speaker"] not in ("customer", "trainee"):
            problems.append(f"{where}[{i}]: speaker {t['speaker']!r} is neither customer nor trainee")
        if not isinstance(t["text"], str) or not t["text"].strip():
            problems.append(f"{where}[{i}]: empty text")
        if strict and i and isinstance(turns[i - 1], dict) and t.get("speaker") == turns[i - 1].get("speaker"):
            problems.append(f"{where}[{i}]: the speakers do not alternate")
    if strict and isinstance(turns[0], dict) and turns[0].get("speaker") != "customer":
        problems.append(f"{where}: the customer does not speak first")
    if turn_range and not turn_range[0] <= len(turns) <= turn_range[1]:
        problems.append(f"{where}: {len(turns)} turns, not {turn_range[0]}-{turn_range[1]}")


def check_pairs(path: Path, expected: int | None = None, prefix: str = "", kinds_each: int | None = None,
                turn_range: tuple[int, int] | None = None, strict: bool = False) -> list[str]:
    """Problems of a gaming- or ranked-pairs file: every line parses, ids are unique, turns have a
    known speaker and text. `strict` (the layout of the sets written to tests/data's spec since
    blind13): the customer speaks first, the speakers alternate and both sides open with the same
    customer line. The promised fields, count, id prefix, kinds and turns per side when given."""
    problems: list[str] = []
    sides, fields = PAIR_FILES[path.name]
    rows = _rows(path, problems)
    if expected is not None and len(rows) != expected:
        problems.append(f"{path.name}: {len(rows)} lines, expected {expected}")
    for rid, count in Counter(r.get("id") for r in rows).items():
        if count > 1:
            problems.append(f"{path.name}: id {rid} is used {count} times")
    for r in rows:
        rid = r.get("id", "?")
        if prefix and set(r) != set(fields) | set(sides):
            problems.append(f"{path.name}:{rid}: fields {sorted(r)}, expected {sorted(set(fields) | set(sides))}")
        if prefix and not str(rid).startswith(prefix):
            problems.append(f"{path.name}:{rid}: the id does not start with {prefix}")
        for side in sides:
            _dialogue(f"{path.name}:{rid}:{side}", r.get(side), turn_range, problems, strict)
        a, b = (r.get(s) for s in sides)
        if strict and isinstance(a, list) and isinstance(b, list) and a and b:
            if a[0] != b[0]:
                problems.append(f"{path.name}:{rid}: the two sides do not open with the same customer line")
            if a == b:
                problems.append(f"{path.name}:{rid}: the two sides are the same")
    if kinds_each is not None:
        counts = Counter(r.get("kind") for r in rows)
        for kind in set(counts) - set(KINDS):
            problems.append(f"{path.name}: unknown kind {kind!r}")
        for kind in KINDS:
            if counts.get(kind, 0) != kinds_each:
                problems.append(f"{path.name}: kind {kind} appears {counts.get(kind, 0)} times, expected {kinds_each}")
    return problems


def check_objections(folder: Path, name: str) -> list[str]:
    """Problems of `dialogue_objections.jsonl` labelled from the folder's own dialogues: fields,
    labels, and exactly one row for each customer turn that follows a trainee turn."""
    problems: list[str] = []
    path = folder / "dialogue_objections.jsonl"
    rows = _rows(path, problems)
    turns = {}
    for file, (sides, _) in PAIR_FILES.items():
        if (folder / file).exists():
            for r in _rows(folder / file, []):
                for side in sides:
                    for i, t in enumerate(r.get(side) or []):
                        if i and t.get("speaker") == "customer" and r[side][i - 1].get("speaker") == "trainee":
                            turns[f"{name}/{r.get('id')}/{side}/{i}"] = (r[side][i - 1]["text"], t["text"])
    seen = Counter(r.get("source") for r in rows)
    for r in rows:
        where = f"{path.name}:{r.get('source')}"
        if set(r) != {"before", "text", "objection", "source"}:
            problems.append(f"{where}: fields {sorted(r)}, expected before, objection, source, text")
        if r.get("objection") not in LABELS:
            problems.append(f"{where}: unknown label {r.get('objection')!r}")
        if r.get("source") not in turns:
            problems.append(f"{where}: no customer turn after a trainee turn has this source")
        elif turns[r["source"]] != (r.get("before"), r.get("text")):
            problems.append(f"{where}: 'before' and 'text' differ from the dialogue")
    problems += [f"{path.name}: {src} has {n} rows" for src, n in seen.items() if n > 1]
    problems += [f"{path.name}: no row for {src}" for src in turns if src not in seen]
    return problems


def main(folder: Path, prefix: str, gaming: int, ranked: int, gaming_turns: tuple[int, int] = (6, 14),
         ranked_turns: tuple[int, int] = (6, 14), kinds_each: int = 2, objections: bool = False) -> int:
    """Check a set against its writer's promises; print PASS or the problems; 0 when it passes."""
    problems = check_pairs(folder / "gaming_pairs.jsonl", gaming, f"{prefix}g_", kinds_each, gaming_turns, strict=True)
    problems += check_pairs(folder / "ranked_pairs.jsonl", ranked, f"{prefix}r_", None, ranked_turns, strict=True)
    if objections:
        problems += check_objections(folder, folder.name)
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        return 1
    print(f"PASS: {folder.name}: gaming_pairs.jsonl {gaming} lines, ranked_pairs.jsonl {ranked} lines"
          + (", dialogue_objections.jsonl checked" if objections else ""))
    return 0
