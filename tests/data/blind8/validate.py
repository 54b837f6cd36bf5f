"""Structural check of the blind8 files: parse, unique ids, valid speakers and kinds.

Run: python3 tests/data/blind8/validate.py   (checks format only; scores nothing)
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
KINDS = {
    "monologue", "closing_as_open_question", "pitch_as_paraphrase",
    "upsell_as_loop_closing", "leading_tag_questions", "putdown_question",
    "not_my_department_or_read_the_terms", "social_proof_or_deadline_pressure",
    "keyword_stuffed", "rude", "ignored_customer", "repeated_questions",
    "wrong_paraphrase", "pitch_to_upset", "blame",
}
SPEAKERS = {"customer", "trainee"}


def check_turns(where: str, turns: object, errors: list[str]) -> None:
    if not isinstance(turns, list) or not turns:
        errors.append(f"{where}: turns must be a non-empty list")
        return
    for i, t in enumerate(turns):
        if not isinstance(t, dict) or set(t) != {"speaker", "text"}:
            errors.append(f"{where}[{i}]: turn must have exactly speaker and text")
        elif t["speaker"] not in SPEAKERS:
            errors.append(f"{where}[{i}]: bad speaker {t['speaker']!r}")
        elif not isinstance(t["text"], str) or not t["text"].strip():
            errors.append(f"{where}[{i}]: empty text")


def check_good(where: str, turns: list[dict], errors: list[str]) -> None:
    if not 6 <= len(turns) <= 10:
        errors.append(f"{where}: good dialogue has {len(turns)} turns, want 6-10")
    for a, b in zip(turns, turns[1:]):
        if a["speaker"] == b["speaker"]:
            errors.append(f"{where}: speakers do not alternate")
            break


def main() -> int:
    errors: list[str] = []
    ids: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    counts = {}
    for name, keys in (("gaming_pairs.jsonl", ("good", "gaming")),
                       ("ranked_pairs.jsonl", ("better", "worse"))):
        n = 0
        for ln, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{ln}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: does not parse ({e})")
                continue
            n += 1
            ids[obj.get("id", "")] += 1
            if not obj.get("situation"):
                errors.append(f"{where}: missing situation")
            for k in keys:
                check_turns(f"{where} {k}", obj.get(k), errors)
            if name.startswith("gaming"):
                kind = obj.get("kind")
                kinds[kind] += 1
                if kind not in KINDS:
                    errors.append(f"{where}: unknown kind {kind!r}")
                elif not obj["id"].startswith(f"b8g_{kind}_"):
                    errors.append(f"{where}: id does not match kind")
                if not obj.get("business"):
                    errors.append(f"{where}: missing business")
                if isinstance(obj.get("good"), list):
                    check_good(f"{where} good", obj["good"], errors)
                gaming = obj.get("gaming") or []
                has_cust = any(t.get("speaker") == "customer" for t in gaming)
                if kind == "monologue" and has_cust:
                    errors.append(f"{where}: monologue has a customer turn")
            else:
                if not str(obj.get("id", "")).startswith("b8r_"):
                    errors.append(f"{where}: ranked id must start b8r_")
                b, w = obj.get("better") or [{}], obj.get("worse") or [{}]
                if b[0] != w[0]:
                    errors.append(f"{where}: better and worse should share the opening turn")
        counts[name] = n
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {i}")
    for k in KINDS:
        if kinds[k] != 2:
            errors.append(f"kind {k}: {kinds[k]} pairs, want 2")
    for e in errors:
        print(e)
    print(counts, "errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
