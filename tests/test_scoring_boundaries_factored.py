"""`prefixes.boundaries_factored`: ways that open with `\\b` grouped, the same matches found faster."""
from __future__ import annotations

import json
import re
from pathlib import Path

from coursekit.scoring import moves, readers, reflection
from coursekit.scoring.exchange import ENGLISH
from coursekit.scoring.moves_lexicon import PROBLEM_REPORT
from coursekit.scoring.prefixes import boundaries_factored, top_level_alternatives

DATA = Path(__file__).parent / "data"


def test_the_outer_ways_as_written():
    assert top_level_alternatives(r"a|(?:b|c)|d") == ["a", "(?:b|c)", "d"]
    assert top_level_alternatives(r"a[|]b|c\|d|[]|]e|[^]|]f") == ["a[|]b", r"c\|d", "[]|]e", "[^]|]f"]
    assert top_level_alternatives(r"(?<!x|y)z") == [r"(?<!x|y)z"]


def test_runs_of_boundary_ways_are_grouped_in_order():
    assert boundaries_factored(r"\bab|\bc|^d|\be|\b(?:f|g)") == r"\b(?:ab|c)|^d|\b(?:e|(?:f|g))"
    assert boundaries_factored(r"\bab|^d|\be") == r"\bab|^d|\be"
    assert boundaries_factored(r"\ba") == r"\ba"
    assert boundaries_factored(r"\\ba|\\bc") == r"\\ba|\\bc"  # a backslash, then "b": no boundary
    assert boundaries_factored(r"\ba|\bb", re.VERBOSE) == r"\ba|\bb"
    assert boundaries_factored(r"(?x)\ba|\bb") == r"(?x)\ba|\bb"


def _lines() -> list[str]:
    out = []
    for name in ("gaming_pairs.jsonl", "blind/gaming_pairs.jsonl", "questions.jsonl", "need_levels.jsonl", "objections.jsonl"):
        for line in open(DATA / name):
            if line.strip():
                row = json.loads(line)
                if "text" in row:
                    out.append(row["text"].lower())
                else:
                    out.extend(t["text"].lower() for side in ("good", "gaming") for t in row[side])
    return list(dict.fromkeys(out))


def test_the_same_matches_on_every_test_line():
    assert moves._PROBLEM.pattern == boundaries_factored(PROBLEM_REPORT)
    assert reflection._GENERAL.pattern.startswith(r"\b(?:you(?:'ll| will) ")
    patterns, originals = [moves._PROBLEM], [re.compile(PROBLEM_REPORT)]
    for reader in (ENGLISH, readers.reader("es"), readers.reader("zh")):
        for key, pattern in reader.patterns.items():
            patterns.append(re.compile(boundaries_factored(pattern.pattern, pattern.flags), pattern.flags))
            originals.append(pattern)
    lines = _lines()
    for factored, original in zip(patterns, originals):
        for text in lines:
            a, b = factored.search(text), original.search(text)
            assert (a and a.span()) == (b and b.span()), (original.pattern[:60], text)
