"""`prefixes.required_strings`: strings one of which every match holds, the readers' test before a search."""
from __future__ import annotations

import json
from pathlib import Path

from coursekit.scoring import readers
from coursekit.scoring.exchange import ENGLISH
from coursekit.scoring.prefixes import required_strings

DATA = Path(__file__).parent / "data"


def test_a_run_of_plain_characters_every_match_goes_through():
    assert required_strings(r"\bi (?:can |will )?guarantee\b") == {"guarantee"}


def test_one_string_for_each_way_of_an_alternation():
    assert required_strings(r"\b(?:hundred|100)%") == {"hundred", "100"}
    assert required_strings(r"\b(?:always|never fails to) (?:gets?|arrives?)") == {"always", "never fails to"}


def test_a_string_that_holds_another_is_left_out():
    assert required_strings(r"\b(?:can|scan|cannot)\b") == {"can"}
    assert required_strings(r"abc|b|xyz") == {"b", "xyz"}


def test_unknown_when_a_match_needs_no_plain_string():
    assert required_strings(r"\w+") is None
    assert required_strings(r"(?:x|\d)") is None
    assert required_strings(r"(?:abc)?") is None


def test_case_insensitive_parts_tell_nothing():
    assert required_strings(r"(?i)abc") is None
    assert required_strings(r"(?i:abc)") is None
    assert required_strings(r"(?i:abc)def") == {"def"}


def _lines() -> list[str]:
    out = []
    for name in ("gaming_pairs.jsonl", "blind/gaming_pairs.jsonl"):
        for line in open(DATA / name):
            if line.strip():
                pair = json.loads(line)
                out.extend(t["text"].lower() for side in ("good", "gaming") for t in pair[side])
    return out


def test_a_text_without_the_strings_never_matches():
    lines = _lines()
    for reader in (ENGLISH, readers.reader("es"), readers.reader("zh")):
        for key, pattern in reader.patterns.items():
            needs = reader._needed(key)
            for text in lines:
                folded = reader.fold(text)
                if needs is not None and not any(s in folded for s in needs):
                    assert pattern.search(folded) is None, (reader.code, key, text)
                assert reader.says(key, text) == bool(pattern.search(folded)), (reader.code, key, text)
