"""coursekit.scoring: accuracy floors on the labelled sets (dev and held-out) and data hygiene."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from coursekit.labels import NEED_LEVELS, OBJECTION_PATTERNS, QUESTION_FORMS, TECHNIQUES
from coursekit.scoring import classify_need, classify_objection, classify_question
from coursekit.scoring.evaluation import KeywordBaseline, evaluate, load_jsonl, report

DATA = Path(__file__).parent / "data"
SETS = [
    # file, field, labels, predictor, dev floor (macro-F1), held-out floor (issue targets)
    ("need_levels.jsonl", "label", NEED_LEVELS, lambda t: classify_need(t).label, 0.90, 0.85),
    ("questions.jsonl", "technique", TECHNIQUES, lambda t: classify_question(t).label, 0.90, 0.80),
    ("questions.jsonl", "form", QUESTION_FORMS, lambda t: classify_question(t).form, 0.97, 0.93),
    ("objections.jsonl", "label", OBJECTION_PATTERNS, lambda t: classify_objection(t).label, 0.90, 0.85),
]


@pytest.mark.parametrize("fname,field,labels", [(s[0], s[1], s[2]) for s in SETS])
def test_labelled_sets_are_big_enough_and_disjoint(fname, field, labels):
    dev = load_jsonl(DATA / fname)
    held = load_jsonl(DATA / "heldout" / fname)
    dev_counts, held_counts = Counter(r[field] for r in dev), Counter(r[field] for r in held)
    assert set(dev_counts) == set(labels)
    if field != "form":
        assert min(dev_counts.values()) >= 40, dev_counts
        assert min(held_counts.values()) >= 15, held_counts
    norm = lambda s: " ".join(s.lower().split())  # noqa: E731
    assert not {norm(r["text"]) for r in dev} & {norm(r["text"]) for r in held}
    assert len({norm(r["text"]) for r in dev}) == len(dev), "duplicate texts in dev"


@pytest.mark.parametrize("fname,field,labels,predict,dev_floor,held_floor", SETS,
                         ids=[f"{s[0]}:{s[1]}" for s in SETS])
def test_accuracy_floors(fname, field, labels, predict, dev_floor, held_floor):
    dev = report(*evaluate(predict, load_jsonl(DATA / fname), field), labels)
    held = report(*evaluate(predict, load_jsonl(DATA / "heldout" / fname), field), labels)
    assert dev.macro_f1 >= dev_floor, dev.table("dev")
    assert held.macro_f1 >= held_floor, held.table("held-out")
    if field == "form":
        assert held.accuracy >= 0.93


@pytest.mark.parametrize("fname,field,labels,predict", [s[:4] for s in SETS], ids=[f"{s[0]}:{s[1]}" for s in SETS])
def test_engine_beats_keyword_baseline_on_heldout(fname, field, labels, predict):
    dev = load_jsonl(DATA / fname)
    held = load_jsonl(DATA / "heldout" / fname)
    kw = KeywordBaseline().fit([r["text"] for r in dev], [r[field] for r in dev])
    base = report([r[field] for r in held], [kw.predict(r["text"]) for r in held], labels)
    eng = report(*evaluate(predict, held, field), labels)
    assert eng.macro_f1 >= base.macro_f1 + 0.02, (eng.macro_f1, base.macro_f1)
