"""`cues._WayIndex`: a cue of many ways is tried, at each place, with only the ways that can start there,
with the same matches as a full scan; and the start index stops only where a start string begins."""
from __future__ import annotations

import pytest

from coursekit.scoring import moves, need, objection, question
from coursekit.scoring.cues import CueSet, _StartIndex, _WayIndex
from coursekit.scoring.prefixes import start_strings

from test_scoring_boundaries_factored import _lines

_WAYS = r"no (?:thanks|way)|not (?:now|today)|never mind|we'?re fine|maybe later|nope|nah|i'll pass|pass on (?:it|that)"


def test_only_the_ways_that_can_start_at_a_place():
    ways = _WayIndex.of(_WAYS, start_strings(_WAYS, 7), None)
    assert ways is not None and len(ways.ways) == 9
    only = ways.match_at("no than").__self__.pattern  # (the start index's longest start string there)
    assert "no (?:thanks|way)" in only and "nope" not in only and "not (?:now|today)" not in only
    assert "pass on (?:it|that)" in ways.match_at("pass on").__self__.pattern
    assert _WayIndex.of(r"(a)\1|b|c|d|e|f|g|h", start_strings(r"(a)\1|b|c|d|e|f|g|h", 7), None) is None  # a back-reference


def test_the_same_matches_as_a_full_scan():
    cues = CueSet({"no": [(_WAYS, 1.0)], "yes": [(r"yes|sure|ok(?:ay)?|fine", 1.0)]})
    compiled = cues._compile()
    for text in ["no thanks, not now", "nope. we're fine. maybe later", "ok, no way", "i'll pass on that, nah", "nothing", ""]:
        full = sorted((i, m.start(), m.end()) for i, (_, rx, _) in enumerate(compiled) for m in rx.finditer(text) if m.end() > m.start())
        assert cues._matches(text) == full, text


def test_the_start_index_stops_only_where_a_start_string_begins():
    index = _StartIndex({"the ": [0], "this": [1], "t": [2]})
    assert [m.group(1) for m in index.rx.finditer("then this, the end; tea")] == ["t", "this", "the ", "t"]
    assert index.cues_at["the "] == (0, 2)
    assert [m.group(1) for m in _StartIndex({"the ": [0]}).rx.finditer("then the end")] == ["the "]  # (not at "the" of "then")


@pytest.mark.parametrize("cues", [moves.CUES, moves.UPSET, need.CUES, question.CUES, objection.CUES],
                         ids=["moves", "upset", "need", "question", "objection"])
def test_every_cue_set_as_a_full_scan_on_every_test_line(cues):
    compiled = cues._compile()
    for text in _lines():
        full = sorted((i, m.start(), m.end()) for i, (_, rx, _) in enumerate(compiled) for m in rx.finditer(text) if m.end() > m.start())
        assert cues._matches(text) == full, text
