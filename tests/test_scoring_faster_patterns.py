"""Text patterns written to run faster, with the same answers: `text._ends_with` (a pattern that ends in `$`
searched only near the end) and the possessive repeated word."""
from __future__ import annotations

import re

from coursekit.scoring import text
from coursekit.scoring.prefixes import longest_match

from test_scoring_boundaries_factored import _lines


def test_longest_match():
    assert longest_match(r"\b(?:mr|mrs)\.$") == 4
    assert longest_match(r"(?i)ab?c") == 3


def test_the_same_answers_on_every_test_line_and_its_ends():
    cases = ["Mr.", "hello Mr.", "hello xmr.", "Dr.\n", "bedroom no.", "the room no.", "A reference no."]
    for line in _lines():
        cases.append(line)
        cases.extend(line[:i + 1] for i, ch in enumerate(line) if ch == ".")  # each sentence-like start up to a dot
    for s in cases:
        for rx in (text._TITLE_DOT, text._NUMBER_DOT):
            assert text._ends_with(rx, s) == bool(rx.search(s)), (rx.pattern[:30], s)


def test_the_possessive_repeated_word_as_the_greedy_one_on_every_test_line():
    greedy = re.compile(text._REPEAT_RE.pattern.replace("++", "+"))
    assert greedy.pattern == r"\b([a-z]+)(?: \1\b)+"
    for line in _lines() + ["the the", "what what what", "thethe the", "ab abc", "abc ab", "it it's", "don't t t"]:
        assert text._REPEAT_RE.sub(r"\1", line) == greedy.sub(r"\1", line), line


def test_the_possessive_sentence_as_the_greedy_one_on_every_test_line():
    greedy = re.compile(text._SENT_RE.pattern.replace("]++|", "]|").replace(")++(", ")+("))
    assert greedy.pattern == r"(?:[^.!?\n:;]|[:;](?!-?[)(DdPp](?:\s|$)))+(?:[.!?]+|[:;]-?[)(DdPp](?=\s|$)|$)"
    extra = ["hi :) how are you", "a: b; c :-D\nx", "well;-P ok", "x:\n", "end:", "a\nb\n", ":)", "ok :( \n", "one. two! three?"]
    for line in _raw_lines() + extra:
        assert [m.span() for m in text._SENT_RE.finditer(line)] == [m.span() for m in greedy.finditer(line)], line


def _raw_lines() -> list[str]:
    """Every test line as typed (the sentence pattern reads the clean text, before lower-casing)."""
    import json
    from pathlib import Path

    out: list[str] = []
    for name in ("gaming_pairs.jsonl", "blind/gaming_pairs.jsonl", "questions.jsonl", "need_levels.jsonl", "objections.jsonl"):
        for line in open(Path(__file__).parent / "data" / name):
            if line.strip():
                row = json.loads(line)
                out.extend([row["text"]] if "text" in row else [t["text"] for side in ("good", "gaming") for t in row[side]])
    return list(dict.fromkeys(out))
