"""check_answers and ExerciseResult: marking, notes, and escaped rendering."""
from __future__ import annotations

import re

import pytest

from coursekit.exercises import UnknownExerciseError, check_answers, load_key

EX = "ex01_need_levels"


def key_answers() -> dict:
    return {q.id: q.answer for q in load_key(EX).questions}


def test_key_answers_score_full_marks():
    result = check_answers(EX, **key_answers())
    assert result.score == result.max_score == load_key(EX).max_score
    assert result.complete
    assert all(q.status == "correct" for q in result.questions)
    assert result.messages == ()


def test_nothing_answered_scores_zero_without_notes():
    result = check_answers(EX, **{q: None for q in load_key(EX).question_ids})
    assert result.score == 0
    assert {q.status for q in result.questions} == {"unanswered"}
    assert result.messages == ()
    # unanswered questions do not give the answer away
    assert "relationship need" not in str(result) and "b (loyalty" not in str(result)


def test_wrong_choice_is_wrong_and_explained():
    answers = key_answers() | {"q1": "product"}
    result = check_answers(EX, **answers)
    assert result["q1"].status == "wrong" and result["q1"].score == 0
    assert "Installation and training" in result["q1"].feedback
    assert result.score == result.max_score - load_key(EX).question("q1").points


def test_partial_set_scores_between_zero_and_max():
    result = check_answers(EX, **(key_answers() | {"q6": ["b"]}))
    assert 0 < result["q6"].score < result["q6"].max_score
    assert result["q6"].status == "partial"


def test_free_text_pitch_loses_points():
    pitch = "Our machine is the best on the market, buy it today and get 20% off!"
    result = check_answers(EX, **(key_answers() | {"q8": pitch}))
    assert result["q8"].score < result["q8"].max_score


def test_unknown_question_name_is_a_note_not_an_exception():
    result = check_answers(EX, **(key_answers() | {"q9": "x", "Q1": "y"}))
    assert result.score == result.max_score
    assert len(result.messages) == 1
    assert "Q1, q9" in result.messages[0] and "q1, q2" in result.messages[0]
    assert "Q1, q9" in str(result)


def test_missing_question_counts_as_unanswered_with_a_note():
    answers = key_answers()
    del answers["q3"]
    result = check_answers(EX, **answers)
    assert result["q3"].status == "unanswered"
    assert any("q3" in m for m in result.messages)


def test_unknown_exercise_raises_a_clear_error():
    with pytest.raises(UnknownExerciseError, match="ex01_need_levels"):
        check_answers("ex01_need_level", q1="service")


def test_trainee_text_is_escaped_in_html():
    evil = '<script>alert("x")</script>&'
    result = check_answers(EX, **(key_answers() | {"q1": evil, "q8": evil, "<b>q99</b>": evil}))
    page = result._repr_html_()
    assert "<script>" not in page and "<b>q99</b>" not in page
    assert "&lt;script&gt;" in page and "&lt;b&gt;q99&lt;/b&gt;" in page
    assert page.count("<table") == 1 and page.count("<tr") == 1 + len(result.questions)


def test_plain_text_is_deterministic_and_has_no_addresses():
    a = check_answers(EX, **(key_answers() | {"q2": "service"}))
    b = check_answers(EX, **(key_answers() | {"q2": "service"}))
    assert str(a) == repr(a) == str(b)
    assert not re.search(r"0x[0-9a-f]{6,}", repr(a))
    lines = str(a).splitlines()
    assert lines[0] == f"{EX} — Sort customer statements into need levels: 10/11 points"
    assert lines[2].startswith("  ✗ q2 0/1 (not yet):")


def test_detail_for_gradebook():
    detail = check_answers(EX, **key_answers()).detail()
    assert {k: detail["q1"][k] for k in ("score", "max_score", "status", "topic", "answer")} == \
        {"score": 1.0, "max_score": 1.0, "status": "correct", "topic": "service", "answer": "service"}
    assert detail["q1"]["feedback"]  # what the trainee was told, for the instructor's review
    assert set(detail) == set(load_key(EX).question_ids)


def test_unanswered_feedback_never_gives_the_key_away():
    key = load_key(EX)
    result = check_answers(EX, **{q: None for q in key.question_ids})
    for question in key.questions:
        feedback = result[question.id].feedback
        assert feedback.startswith("No answer yet"), feedback
        answers = question.answer if isinstance(question.answer, list) else [question.answer]
        for value in answers:
            assert f"'{value}'" not in feedback and f'"{value}"' not in feedback, (question.id, feedback)
