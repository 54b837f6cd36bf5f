"""`cues._broad_ways`: a cue tried at every word only because of a few broad ways is tried at its other ways'
starts where those ways cannot match, with the same matches as a full scan."""
from __future__ import annotations

from coursekit.scoring import need
from coursekit.scoring.cues import CueSet, _broad_ways
from coursekit.scoring.prefixes import start_strings

from test_scoring_boundaries_factored import _lines

_PATTERN = r"keep (?:it|them) warm|[a-z]+[- ]proof|fit (?:in|under) (?:a|the)"


def test_the_broad_ways_and_the_other_starts():
    narrow, needs = _broad_ways(_PATTERN, start_strings(_PATTERN, 7))
    assert needs == {"proof"}
    assert narrow == {"keep it", "keep th", "fit in ", "fit und"}
    assert _broad_ways(r"[a-z]+s|keep warm", start_strings(r"[a-z]+s|keep warm", 7)) is None  # "s": too short to test


def test_the_same_matches_as_a_full_scan():
    cues = CueSet({"x": [(_PATTERN, 1.0)]})
    compiled = cues._compile()[0][1]
    assert cues._broad_way_needs == ("proof",)
    for text in ["keep it warm", "it's waterproof and will keep them warm", "will it fit under the desk", "a fit in a shop",
                 "shockproof, keep it warm, fit in a box"] + _lines():
        full = [(0, m.start(), m.end()) for m in compiled.finditer(text) if m.end() > m.start()]
        assert cues._matches(text) == full, text


def test_the_need_cues_as_a_full_scan_on_every_test_line():
    compiled = need.CUES._compile()
    assert need.CUES._broad_way_needs  # at least one need cue is split ("[a-z]+[- ]proof")
    for text in _lines():
        full = sorted((i, m.start(), m.end()) for i, (_, rx, _) in enumerate(compiled) for m in rx.finditer(text) if m.end() > m.start())
        assert need.CUES._matches(text) == full, text
