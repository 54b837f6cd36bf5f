"""Rounds AJ and AK (blind play-tests, 2026-12-02): what the games showed, replayed.

A question the customer never answered may be asked again in other words; a summary of what she never
said is put right even while an objection is open; "is anything still not quite right for you?" asks,
"…I should fix while I have you?" asks what else is wrong; put-downs framed politely are put-downs; proof
from another customer is evidence; a leading "summary" is no fair summary in the simulator; once the
simulator's customer has confirmed a need, a proposal is no push.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from coursekit.scoring import analyse_turn
from coursekit.sim import Session, play_typed

GAMES = Path(__file__).parent / "data" / "typed_games"


def _report(game_id: str):
    game = json.loads((GAMES / f"{game_id}.json").read_text(encoding="utf-8"))
    return play_typed(game["scenario"], game["answers"], seed=game["seed"]).report()


def test_a_question_the_customer_did_not_answer_can_be_asked_again_in_other_words():
    session = Session("haulage_fuel")
    first = session.say("What worries you most about the coming months?")
    assert not first.revealed  # he answered something else (the time he has)
    again = session.say("What worries you the most about the months coming up?")
    assert again.revealed and "as i said" not in again.text.lower()


def test_the_same_question_after_it_was_answered_is_still_a_repeat():
    session = Session("anniversary_lunch")
    session.say("What would make the day really special for your mum and dad?")
    again = session.say("What would make the day really special for your mum and dad?")
    assert not again.revealed


def test_a_summary_of_what_she_never_said_is_put_right_while_an_objection_is_open():
    session = Session("corner_shop_snacks")
    session.say("Of course, I won't keep you long. How's the shop been doing lately?")
    trust = session.state.trust
    reply = session.say("So your till crashes every Friday and your supplier is closing down. Did I get that right?")
    assert session.state.trust < trust, reply.text


@pytest.mark.parametrize("text, move, present", [
    ("Of course, talk it over with her. Can I ask what you'd want to think over - is there anything that's still "
     "not quite right for you?", "leading", False),
    ("You'd love the premium one, right?", "leading", True),
    ("You'll want the top model, won't you?", "leading", True),
    ("Is there anything else going on that I should fix while I have you?", "upsell", False),
    ("While I have you, can I tell you about our premium cover?", "upsell", True),
    ("losing ten loaves a batch is, frankly, not how a serious bakery should be run.", "rudeness", True),
    ("with the greatest respect, most logistics managers just dont plan spring properly", "rudeness", True),
    ("And I'll give you last season's figures from a distributor in Eldoret - she's happy to take your call.",
     "evidence_offer", True),
    ("I can put you in touch with a baker who runs two of them.", "evidence_offer", True),
])
def test_moves_read_from_round_aj_ak(text, move, present):
    assert (move in analyse_turn(text).moves) is present


@pytest.mark.parametrize("game_id", ["AJ01", "AJ07"])
def test_a_good_game_is_not_charged_for_a_push_or_a_leading_question_it_does_not_hold(game_id):
    report = _report(game_id)
    assert not report.limits and report.total >= 80, report.summary


def test_an_upset_customer_asked_what_else_to_fix_is_not_upsold():
    report = _report("AK08")
    assert not report.limits, report.limits
    loop = next(c for c in report.criteria if c.id == "closing_the_loop")
    assert loop.score == loop.maximum, loop.feedback


@pytest.mark.parametrize("game_id", ["AJ14", "AK12"])
def test_polite_put_downs_in_a_gaming_game_hold_it_down(game_id):
    report = _report(game_id)
    assert report.total <= 10 and any("put-down" in x or "insult" in x for x in report.limits), report.limits
