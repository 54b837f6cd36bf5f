"""What rounds AB and AC (28 games played blind) showed, kept: a respectful question is no upsell, a
trial close after a confirmed offer is no pressure, a summary in the customer's words is no pitch and is
not complained of as long, a question about keeping in touch is no goodbye, and stopping half-way is not
the polite exit a no-need customer deserves."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.sim import Session, play_typed

GAMES = Path(__file__).parent / "data" / "typed_games"


def _replay(game_id: str):
    game = json.loads((GAMES / f"{game_id}.json").read_text(encoding="utf-8"))
    return play_typed(game["scenario"], game["answers"], seed=game["seed"])


@pytest.mark.parametrize("text, move, present", [
    # AC14: a question about her shop after "while you're here" sells nothing
    ("of course mrs okafor, here is my card and i wont keep you from the delivery. just one thing while youre here: "
     "how do you decide what gets a spot on your shelves?", "upsell", False),
    ("While you're here, can I show you our new range?", "upsell", True),
    ("while you're here, how about our extended warranty for your phone?", "upsell", True),
    # AC13: "So suppose …, would that …?" tests a condition
    ("I understand that. So suppose the PX-50 ran on line two for three months and the seals held, with spares on "
     "your shelf and me picking up the phone, would that give you the trust to go ahead with the others?", "hypothesis", True),
    # AC06: the customer's own "or the contract goes to tender" played back sells nothing
    ("Let me check I understand. Your biggest customer wants CO2 figures per trip by January, or the contract goes to "
     "tender. Fuel is forty percent of costs. Correct?", "pitch", False),
])
def test_moves_read_from_what_the_line_does(text, move, present):
    assert (move in analyse_turn(text).moves) is present


def test_a_trial_close_after_the_customer_said_yes_to_the_offer_is_not_pressure():
    # AC13: "…, would that take care of the stops?" - "Yes." - … "What would you need to see from me to go
    # ahead with the trial?" brought out his price objection: a trial close, not a push
    report = _replay("AC13").report()
    assert not any("pressure" in limit for limit in report.limits), report.limits
    assert report.total >= 80, report.summary


def test_an_accurate_summary_is_credited_and_not_called_long():
    # AC06: the silent customer's summary check got "(a long silence) ...Sorry, what was the question?" and
    # the rubric called it a made-up playback
    session = _replay("AC06")
    summary = next(k for k, line in enumerate(session.transcript) if line.text.startswith("Let me check I understand"))
    assert "a long silence" not in session.transcript[summary + 1].text
    confirming = next(c for c in session.report().criteria if c.id == "confirming_understanding")
    assert confirming.score > 0 and "had not said" not in confirming.feedback, confirming.feedback


def test_a_question_about_keeping_in_touch_does_not_end_the_conversation():
    session = _replay("AB14")
    asked = next(k for k, line in enumerate(session.transcript) if "keep in touch" in line.text)
    assert asked == len(session.transcript) - 2  # the customer answered it; the game's lines then ran out
    assert "come back to you" not in session.transcript[-1].text


def test_stopping_half_way_is_not_the_polite_exit():
    # AB14 was stopped after four questions: no summary, no next contact; the customer did not part
    session = _replay("AB14")
    assert session.outcome == "open" and not session.reached_goal
    outcome = next(c for c in session.report().criteria if c.id == "outcome")
    assert outcome.score < outcome.maximum and "right way" not in outcome.feedback


def test_a_customer_who_goes_along_for_want_of_choice_is_not_won_over():
    turns = [
        {"speaker": "customer", "text": "My engineer never came and nobody called. My mum is 84 and we have no heating."},
        {"speaker": "trainee", "text": "I hear you. The next available slot is Thursday, eight till twelve. Does that meet your needs?"},
    ]
    grudging = score_dialogue(turns + [{"speaker": "customer", "text": "I suppose it'll have to. Thanks."}])
    pleased = score_dialogue(turns + [{"speaker": "customer", "text": "Thursday works. Thanks."}])
    g = next(c for c in grudging.criteria if c.id == "customer_outcome")
    p = next(c for c in pleased.criteria if c.id == "customer_outcome")
    assert g.score < p.score, g.feedback


def test_a_customer_who_has_to_ask_again_was_not_listened_to():
    turns = [
        {"speaker": "customer", "text": "I scraped another car in a car park. I want to know what happens with my no-claims."},
        {"speaker": "trainee", "text": "Let's get your claim started. What's the date and location of the incident?"},
        {"speaker": "customer", "text": "Yesterday, the Edeka car park. But I wanted to know about the no-claims first."},
        {"speaker": "trainee", "text": "Of course. One claim like this moves you down one class; I'll send you the table."},
        {"speaker": "customer", "text": "Okay, thanks."},
    ]
    listening = next(c for c in score_dialogue(turns).criteria if c.id == "listening")
    assert listening.score < listening.maximum, listening.feedback


def test_a_choice_question_is_answered_with_the_fact_not_a_scripted_near_miss():
    # AB08: "What do you need to drill, concrete or wood?" was taken for "Which of our three hammer drills caught
    # your eye?" and got "None of them. I don't even know what I need."
    session = _replay("AB08")
    asked = next(k for k, line in enumerate(session.transcript) if "concrete or wood" in line.text)
    assert "concrete" in session.transcript[asked + 1].text.lower()


def test_a_farewell_never_starts_on_a_dangling_and():
    # AB13: the scripted "Monday at eleven, then. And please bring the towels." lost its first sentence (no day was
    # agreed) and left "And please bring the towels."
    session = _replay("AB13")
    assert session.outcome == "won"
    last = session.transcript[-1].text
    assert not last.startswith("And ") and "towels" in last and "Monday" not in last


def test_a_summary_during_an_open_objection_is_answered_as_a_summary():
    # AC01: "…Have I got that right?" got "That still doesn't settle it for me." (counted as going round in circles)
    session = _replay("AC01")
    asked = next(k for k, line in enumerate(session.transcript) if "Have I got that right?" in line.text)
    assert "settle" not in session.transcript[asked + 1].text


@pytest.mark.parametrize("text, move", [
    # AB13: the customer's complaint played back, and a question about how it went
    ("Let me see if I have understood correctly. Our van comes anywhere from ten to four when you need linen before "
     "noon check-in. Is that right?", "pitch"),
])
def test_a_complaint_played_back_is_no_pitch(text, move):
    assert move not in analyse_turn(text).moves


def test_asking_how_something_has_gone_is_not_checking_a_fix():
    turns = [
        {"speaker": "customer", "text": "Your van arrives any time between ten and four, and we need linen before noon."},
        {"speaker": "trainee", "text": "So before noon is what matters. When there's a problem, who do you speak to on our "
                                       "side, and how has that gone?"},
        {"speaker": "customer", "text": "Nobody. I just wait."},
    ]
    closing = next(c for c in score_dialogue(turns).criteria if c.id == "closing_the_loop")
    assert "check that the fix worked" not in closing.feedback, closing.feedback
