"""coursekit.scoring: API shape and clear, known cases."""
from __future__ import annotations

import dataclasses
import json

import pytest

from coursekit.labels import NEED_LEVELS, OBJECTION_PATTERNS, TECHNIQUES
from coursekit.scoring import (
    MOVES, Prediction, QuestionPrediction, TurnAnalysis, analyse_turn, classify_need, classify_objection,
    classify_question,
)


def _check_prediction(p: Prediction, labels) -> None:
    assert isinstance(p, Prediction)
    assert p.label in labels
    assert 0.0 <= p.confidence <= 1.0
    assert isinstance(p.evidence, tuple) and all(isinstance(e, str) for e in p.evidence)
    assert isinstance(p.feedback, str) and p.feedback.strip()
    assert "<" not in p.feedback and ">" not in p.feedback
    json.dumps(p.to_dict())


def test_prediction_shapes_and_frozen():
    n = classify_need("We need delivery within 24 hours.")
    q = classify_question("How many trucks do you run each week?")
    o = classify_objection("That's far too expensive.")
    _check_prediction(n, NEED_LEVELS)
    _check_prediction(q, TECHNIQUES)
    _check_prediction(o, OBJECTION_PATTERNS)
    assert isinstance(q, QuestionPrediction) and q.form in ("open", "closed") and q.is_question is True
    for p in (n, q, o):
        assert p.judgeable is True
        with pytest.raises(dataclasses.FrozenInstanceError):
            p.label = "x"  # type: ignore[misc]


@pytest.mark.parametrize("text,form", [
    ("How many trucks do you run each week?", "open"),
    ("Is there anything else you'd like me to look at?", "closed"),
    ("What does your current ordering process look like?", "open"),
    ("Do you store the goods in a cold room?", "closed"),
    ("Tell me how your team handles a rush order.", "open"),
    ("Could you describe a normal Monday in the warehouse?", "open"),
    ("So the deadline is the end of June, correct?", "closed"),
    ("When you say 'unreliable', what happens exactly?", "open"),
    ("If we delivered on Saturdays, would that help?", "closed"),
    ("Why did you change supplier?", "open"),
    ("Have the staff been told yet?", "closed"),
    ("You run two shifts?", "closed"),
    ("Thanks for that. And which sites would need it first?", "open"),
    ("Walk me through a typical order", "open"),
    ("can your team take deliveries before seven", "closed"),
])
def test_question_form_is_grammatical(text, form):
    q = classify_question(text)
    assert q.is_question
    assert q.form == form, (text, q)


@pytest.mark.parametrize("text,technique", [
    ("What's the best phone number to reach you?", "identifying"),
    ("Could I take your name and account number?", "identifying"),
    ("Is there anything else you need from us?", "additional"),
    ("What else should we plan for?", "additional"),
    ("How happy were you with the last delivery?", "satisfaction"),
    ("Did our engineer fix everything you needed?", "satisfaction"),
    ("What do you mean by 'fast'?", "clarifying"),
    ("Just to check, is that figure per month?", "clarifying"),
    ("Tell me about your busiest day.", "descriptive"),
    ("How do you feel about the current system?", "descriptive"),
    ("How many deliveries do you take each week?", "inquiry"),
    ("Which courier do you use now?", "inquiry"),
    ("Do you already have a maintenance contract?", "confirming"),
    ("Is the warehouse open on Sundays?", "confirming"),
])
def test_question_technique_clear_cases(text, technique):
    assert classify_question(text).label == technique


def test_closed_question_feedback_teaches_why():
    q = classify_question("Do you need repairs done quickly?")
    assert q.form == "closed"
    assert "'do'" in q.feedback and ("'how'" in q.feedback or "'what'" in q.feedback)
    assert q.feedback.count(". ") == 0  # one sentence


def test_statement_is_not_a_question():
    q = classify_question("We deliver every Tuesday.")
    assert q.is_question is False
    assert q.confidence <= 0.3
    assert "not a question" in q.feedback


@pytest.mark.parametrize("text,level", [
    ("Is the blade stainless steel, and how long does the battery last?", "product"),
    ("We need someone on site within four hours when the line stops.", "service"),
    ("Can we try it for a fortnight in one shop before we decide?", "experience"),
    ("We've worked with your family for twenty years and we trust you.", "relationship"),
    ("Our goal is to double online sales by next year.", "success"),
])
def test_need_level_clear_cases(text, level):
    p = classify_need(text)
    assert p.label == level
    assert p.evidence, "a prediction must cite the words that drove it"
    assert level in p.feedback


@pytest.mark.parametrize("text,pattern", [
    ("Just leave your card and we'll call you.", "brush_off"),
    ("We already have a supplier for that.", "no_need"),
    ("There's no budget left this year.", "no_money"),
    ("I'm really busy, call me next week.", "no_time"),
    ("The last firm we used let us down badly.", "bad_experience"),
    ("Let me think it over with my partner.", "think_it_over"),
    ("Your price is much higher than the others.", "too_expensive"),
])
def test_objection_clear_cases(text, pattern):
    p = classify_objection(text)
    assert p.label == pattern
    assert p.evidence


def test_evidence_words_come_from_the_text():
    text = "We must cut energy costs by twenty percent to hit our sustainability target."
    p = classify_need(text)
    assert p.label == "success"
    assert all(e.lower() in text.lower() for e in p.evidence)
    assert any(e in p.feedback for e in p.evidence)


def test_moves_constant():
    assert MOVES == ("pitch", "pressure", "discount", "argument", "empathy", "paraphrase", "hypothesis",
                     "counter_question", "transformation", "what_else", "apology", "commitment",
                     "advice_request", "evidence_offer")


@pytest.mark.parametrize("text,move", [
    ("Our new model has a 5-year warranty and the fastest motor on the market.", "pitch"),
    ("You need to sign today, the offer ends tonight.", "pressure"),
    ("I can give you 10% off if that helps.", "discount"),
    ("That's not true, our drivers are never late.", "argument"),
    ("I understand, that must be really frustrating.", "empathy"),
    ("So what you're saying is the deliveries come too late, did I understand that correctly?", "paraphrase"),
    ("If we could guarantee delivery by seven, would you go ahead?", "hypothesis"),
    ("What would a fair price need to include for you?", "counter_question"),
    ("That's exactly why busy shops like yours use it: it saves you an hour a day.", "transformation"),
    ("Is there anything else we should look at?", "what_else"),
    ("I'm sorry, we got that wrong.", "apology"),
    ("I'll call you back by 4 pm today with a fixed slot.", "commitment"),
    ("You know your kitchen better than anyone; what would you suggest?", "advice_request"),
    ("I can send you a case study from a bakery like yours.", "evidence_offer"),
])
def test_analyse_turn_moves(text, move):
    a = analyse_turn(text)
    assert isinstance(a, TurnAnalysis)
    assert move in a.moves, (text, a.moves)
    assert a.evidence[move] and all(isinstance(w, str) for w in a.evidence[move])
    assert set(a.evidence) <= set(a.moves) <= set(MOVES)


def test_questions_are_not_pitches_or_arguments():
    a = analyse_turn("How do you handle deliveries at the moment?")
    assert not a.moves & {"pitch", "pressure", "discount", "argument"}
    assert a.question is not None and a.question.form == "open"


def test_analyse_turn_multi_sentence():
    a = analyse_turn("Thanks for explaining. I understand. What else is on your list?")
    assert a.question is not None and a.question.form == "open"
    assert {"empathy", "what_else"} <= a.moves
    assert a.word_count == 11
    assert a.judgeable
    json.dumps(a.to_dict())


def test_analyse_statement_has_no_question():
    a = analyse_turn("We deliver on Tuesdays and Fridays.")
    assert a.question is None
    assert a.need.label == "service"
