"""Shared checks for a set of labelled single lines (need_levels.jsonl, questions.jsonl, objections.jsonl).

Each set's own `validate.py` states what its writer promised (the files, their fields, how many lines
per label) and calls `main`; `tests/test_dialogue_sets.py` runs every set's validator.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

#: File -> (its fields, the field counted per label, {label: lines}); other fields are checked for values only.
Spec = dict[str, tuple[set[str], str, dict[str, int]]]
#: Allowed values of fields not counted ("form" of a question).
ALLOWED = {"form": {"open", "closed"}}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def check(folder: Path, spec: Spec) -> list[str]:
    """The problems found (empty when the files keep their writer's promises)."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    for name, (fields, counted, per_label) in spec.items():
        path = folder / name
        if not path.is_file():
            problems.append(f"{name}: missing")
            continue
        counts: Counter[str] = Counter()
        for i, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{i}"
            try:
                row = json.loads(raw)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: bad JSON ({e})")
                continue
            if not isinstance(row, dict) or set(row) != fields:
                problems.append(f"{where}: fields {sorted(row) if isinstance(row, dict) else type(row).__name__}, expected {sorted(fields)}")
                continue
            if not isinstance(row["text"], str) or not row["text"].strip():
                problems.append(f"{where}: empty text")
                continue
            label = row[counted]
            if label not in per_label:
                problems.append(f"{where}: {counted} {label!r} is not one of {sorted(per_label)}")
            counts[label] += 1
            for field, allowed in ALLOWED.items():
                if field in row and row[field] not in allowed:
                    problems.append(f"{where}: {field} {row[field]!r} is not one of {sorted(allowed)}")
            key = _norm(row["text"])
            if key in seen:
                problems.append(f"{where}: the same text as {seen[key]}")
            seen.setdefault(key, where)
        for label, want in per_label.items():
            if counts[label] != want:
                problems.append(f"{name}: {counted} {label!r} has {counts[label]} lines, expected {want}")
    return problems


def main(folder: Path, spec: Spec) -> int:
    """Check a set; print PASS or the problems; 0 when it passes."""
    problems = check(folder, spec)
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        return 1
    print(f"PASS: {folder.name}: " + ", ".join(f"{name} {sum(per.values())} lines" for name, (_, _, per) in spec.items()))
    return 0


#: What each writer of train16/-train18/ promised: 40 lines per need level and 40 questions per technique.
NEED_AND_QUESTIONS_40: Spec = {
    "need_levels.jsonl": ({"text", "label"}, "label",
                          dict.fromkeys(["product", "service", "experience", "relationship", "success"], 40)),
    "questions.jsonl": ({"text", "technique", "form"}, "technique",
                        dict.fromkeys(["inquiry", "confirming", "identifying", "descriptive", "clarifying", "satisfaction",
                                       "additional"], 40)),
}

#: Question lines only: 40 per technique (a writer for the technique model alone).
QUESTIONS_40: Spec = {"questions.jsonl": NEED_AND_QUESTIONS_40["questions.jsonl"]}

#: Need lines only: 50 per level (a writer for the need model alone).
NEED_50: Spec = {"need_levels.jsonl": ({"text", "label"}, "label",
                                       dict.fromkeys(["product", "service", "experience", "relationship", "success"], 50))}
