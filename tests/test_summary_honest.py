"""What a trainee reads first must not contradict the score: a capped conversation's summary leads with the reason for
the cap (no "strongest on…" praise before it), and a simulation in which the trainee sent no words scores 0, whatever
the customer did on their own."""
from __future__ import annotations

import pytest

from coursekit.i18n import speaking
from coursekit.scoring import score_dialogue
from coursekit.sim import Session

_RUDE_BUT_SOLVED = [
    {"speaker": "customer", "text": "My new boots leak after a week."},
    {"speaker": "trainee", "text": "Stop whining, you probably wore them in the sea. What size are they?"},
    {"speaker": "customer", "text": "Size 42. I want them replaced."},
    {"speaker": "trainee", "text": "Fine, I will swap them for a new pair today and call you next week to check they "
                                   "hold up. Does that work?"},
    {"speaker": "customer", "text": "Yes, that works."},
]


def test_a_capped_summary_names_the_cap_before_any_praise() -> None:
    report = score_dialogue(_RUDE_BUT_SOLVED)
    assert report.cap == 0 and report.total == 0
    summary = report.summary
    assert summary.startswith("0/100: Capped at 0: a put-down"), summary
    assert summary.index("Capped") < summary.index("Apart from that, you were strongest on"), summary
    assert summary.count("Capped at 0") == 1, summary


def test_an_uncapped_summary_is_as_before() -> None:
    good = [{"speaker": "customer", "text": "My new boots leak after a week."},
            {"speaker": "trainee", "text": "I'm sorry, that's no good after a week. Where were you wearing them when "
                                           "they let the water in?"},
            {"speaker": "customer", "text": "Just walking to work in the rain. Size 42."},
            {"speaker": "trainee", "text": "So they leak in ordinary rain, which they shouldn't. I'll swap them for a "
                                           "new pair today. Does that work for you?"},
            {"speaker": "customer", "text": "Yes, that works, thanks."}]
    report = score_dialogue(good)
    assert report.cap is None
    assert "Apart from that" not in report.summary and "Capped" not in report.summary


@pytest.mark.parametrize(("lang", "apart"), [("es", "Aparte de eso"), ("zh", "除此之外")])
def test_a_capped_summary_is_translated(lang: str, apart: str) -> None:
    with speaking(lang):
        summary = score_dialogue(_RUDE_BUT_SOLVED).summary
    assert apart in summary and "Apart from that" not in summary, summary


@pytest.mark.parametrize("typed", ["", "   ", "...", "?"])
def test_a_trainee_who_sends_no_words_scores_nothing(typed: str) -> None:
    session = Session("pharmacy_monitor")
    for _ in range(5):
        session.say(typed)
    report = session.report()
    assert session.outcome == "open"
    assert report.total == 0, report.summary
    assert "You sent no words" in report.summary


def test_one_real_question_among_empty_sends_still_counts() -> None:
    session = Session("pharmacy_monitor")
    session.say("")
    session.say("What worries you about them?")
    report = session.report()
    assert report.total > 0 and "You sent no words" not in report.summary


def test_after_a_cap_every_sentence_starts_as_a_sentence() -> None:
    session = Session("hotel_linen_jaipur", seed=3)
    session.say("Stop complaining, you probably washed them wrong.")
    summary = session.report().summary
    assert "Capped at 0" in summary and "Apart from that, start by asking open questions" in summary, summary
    assert ". start" not in summary, summary
