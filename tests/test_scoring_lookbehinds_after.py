"""`reflection._not_after`: a word's lookbehinds written after it, the same matches found faster."""
from __future__ import annotations

import re

from coursekit.scoring import reflection

from test_scoring_boundaries_factored import _lines


def _lookbehinds_first(pattern: str) -> str:
    """The pattern as first written: each `you(?<!A you)(?<!B you)` as `(?<!A )(?<!B )you`."""
    def back(m: re.Match[str]) -> str:
        return "".join(f"(?<!{b})" for b in re.findall(r"\(\?<!(.*?)you\)", m.group(1))) + "you"
    return re.sub(r"you((?:\(\?<![^()]*?you\))+)", back, pattern)


def test_the_lookbehinds_follow_the_word():
    assert reflection._not_after("you", r"\bthat ", r"\bif ") == r"you(?<!\bthat you)(?<!\bif you)"
    assert _lookbehinds_first(r"a|you(?<!\bthat you)(?<!\bif you) could") == r"a|(?<!\bthat )(?<!\bif )you could"


def test_advice_finds_the_same_matches_on_every_test_line():
    original = re.compile(_lookbehinds_first(reflection._ADVICE.pattern))
    assert r"(?<!\bthat )(?<!\bif )(?<!\w so )(?<!\bfeel )(?<!\bfelt )(?<!\bwish )(?<!\bwhether )you could" in original.pattern
    assert r"(?<!\w so )(?<!\bso that )(?<!\bthat )you (?:can|may)" in original.pattern
    for text in _lines():
        a, b = reflection._ADVICE.search(text), original.search(text)
        assert (a and a.span()) == (b and b.span()), text
