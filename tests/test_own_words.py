"""Course text carries the sources' ideas in our own words: no 8-word run of an English source.

The runs of the English articles (seeds 000 and 003) and of the content brief are stored as
hashes in tests/data/source_8grams.txt (tools/source_overlap.py --refresh rebuilds it), so
this check needs no copy of the sources. Lists made only of label ids are allowed.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("source_overlap", ROOT / "tools" / "source_overlap.py")
overlap = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(overlap)

HASHES = overlap.stored_hashes()


def test_the_hash_file_covers_the_sources():
    assert len(HASHES) > 5000  # about 7,500 runs in the three English texts


@pytest.mark.skipif(not (overlap.SHARED / overlap.SOURCES[0]).exists(), reason="sources not beside this clone")
def test_the_hash_file_matches_the_sources():
    assert overlap.source_hashes() == HASHES, "run: python tools/source_overlap.py --refresh"


def test_course_text_is_found_and_read():
    names = {str(p.relative_to(ROOT)) for p in overlap.course_files()}
    assert {"notebooks/src/05_difficult_conversations_expectations.py", "coursekit/lessons/banks.py",
            "coursekit/data/knowledge/temperaments.yaml", "docs/curriculum.md"} <= names
    assert any(n.startswith("coursekit/data/exercises/") for n in names)
    assert any(n.startswith("coursekit/data/scenarios/") for n in names)


@pytest.mark.parametrize("copied", [
    # seed 000, the doctor comparison; seed 003, the remedy; the brief's line on the "no time" pattern
    "Salespeople are like doctors, and customers are like patients.",
    "We are not going to find the customer for money, but to help customers make money!",
    "If truly busy, leave material and book a time.",
])
def test_a_copied_sentence_is_caught_whatever_its_case_and_punctuation(copied):
    assert overlap.shared_runs(copied.upper().replace(",", " —"), HASHES)


def test_label_lists_and_our_own_sentences_pass():
    assert not overlap.shared_runs("know → approve → need → intent, or need → know → approve → intent", HASHES)
    assert not overlap.shared_runs("Drill, hole, shelf: what is asked for, what it is for, and the job "
                                   "that really matters.", HASHES)


def test_no_course_file_repeats_eight_words_of_a_source():
    found = overlap.overlaps(HASHES)
    report = "\n".join(f"{name}: …{hit}…" for name, hits in found.items() for hit in hits[:5])
    assert not found, f"rewrite these passages in our own words:\n{report}"
