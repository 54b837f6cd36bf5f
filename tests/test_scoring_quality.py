"""coursekit.scoring: quality floors on labelled examples it was not trained on, and data hygiene.

The blind sets (tests/data/blind) were written by someone outside the scoring work and are never
tuned on; these floors sit just under the measured figures (bench/bench_scoring.py prints them
with the issue's targets in docs/scoring.md), so a change that makes the scorer worse fails here.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from coursekit.labels import NEED_LEVELS, OBJECTION_PATTERNS, QUESTION_FORMS, TECHNIQUES
from coursekit.scoring import analyse_turn, classify_need, classify_objection, classify_question
from coursekit.scoring.evaluation import (
    TEST_SPLITS, TRAINING_FOLDERS, FirstWordBaseline, KeywordBaseline, WordCountBaseline, evaluate, knowledge_keywords, load_jsonl,
    report, same_text, training_rows,
)
from coursekit.scoring.exchange import objection_after
from coursekit.scoring.text import normalise

DATA = Path(__file__).parent / "data"
SETS = [
    # file, field, labels, predictor, keyword baseline, blind floor (macro-F1)
    ("need_levels.jsonl", "label", NEED_LEVELS, lambda t: classify_need(t).label,
     lambda: KeywordBaseline(knowledge_keywords("need_levels")), 0.82),
    ("questions.jsonl", "technique", TECHNIQUES, lambda t: classify_question(t).label,
     lambda: KeywordBaseline(knowledge_keywords("techniques")), 0.86),
    ("questions.jsonl", "form", QUESTION_FORMS, lambda t: classify_question(t).form, FirstWordBaseline, 0.93),
    ("objections.jsonl", "label", OBJECTION_PATTERNS, lambda t: classify_objection(t).label,
     lambda: KeywordBaseline(knowledge_keywords("objection_patterns")), 0.87),
]
IDS = [f"{s[0]}:{s[1]}" for s in SETS]


@pytest.mark.parametrize("fname,field,labels", [s[:3] for s in SETS], ids=IDS)
def test_labelled_sets_are_big_enough_and_disjoint(fname, field, labels):
    train = training_rows(DATA, fname)
    counts = Counter(r[field] for r in train)
    assert set(counts) == set(labels)
    assert min(counts.values()) >= 150, counts
    for folder in TRAINING_FOLDERS:
        rows = load_jsonl(DATA / folder / fname) if (DATA / folder / fname).exists() else []
        assert len({same_text(r["text"]) for r in rows}) == len(rows), f"duplicate texts in {folder or 'the training set'}"
    seen = {same_text(r["text"]) for r in train}
    for split in TEST_SPLITS:
        assert not seen & {same_text(r["text"]) for r in load_jsonl(DATA / split / fname)}, split


@pytest.mark.parametrize("fname,field,labels,predict,keyword,floor", SETS, ids=IDS)
def test_blind_quality_floor_and_every_baseline_beaten(fname, field, labels, predict, keyword, floor):
    train = load_jsonl(DATA / fname)
    blind = load_jsonl(DATA / "blind" / fname)
    engine = report(*evaluate(predict, blind, field), labels)
    assert engine.macro_f1 >= floor, engine.table("blind")
    texts, gold = [r["text"] for r in train], [r[field] for r in train]
    for factory in (keyword, WordCountBaseline):
        model = factory().fit(texts, gold)
        base = report([r[field] for r in blind], [model.predict(r["text"]) for r in blind], labels)
        assert engine.macro_f1 > base.macro_f1 + 0.01, (factory, engine.macro_f1, base.macro_f1)


def test_spoken_questions_open_or_closed():
    rows = load_jsonl(DATA / "blind" / "spoken.jsonl")
    assert report(*evaluate(lambda t: classify_question(t).form, rows, "form"), QUESTION_FORMS).accuracy >= 0.85


def test_reflections_are_confirming_moves_and_advice_is_not():
    rows = load_jsonl(DATA / "blind" / "reflections.jsonl")
    read = [("paraphrase" in analyse_turn(r["text"]).moves, r["label"]) for r in rows]
    reflections = [m for m, label in read if label == "reflection"]
    others = [m for m, label in read if label in ("advice", "information")]
    assert sum(reflections) >= 0.6 * len(reflections)
    assert sum(others) <= 0.1 * len(others)


def test_objections_inside_dialogues():
    rows = load_jsonl(DATA / "blind" / "dialogue_objections.jsonl")
    found = [(objection_after(r.get("before"), r["text"]), bool(r["objection"])) for r in rows]
    objections = [f for f, real in found if real]
    answers = [f for f, real in found if not real]
    # measured 74% and 10% with the line before taken into account (docs/scoring.md; it was 82% and
    # 16% without); the targets are 85% and 5%
    assert sum(objections) >= 0.7 * len(objections)
    assert sum(answers) <= 0.12 * len(answers)
