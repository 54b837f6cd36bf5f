"""What blind_typed15 (measured on the fifty-eighth round's first part, then read) showed the rubric and the customer
misreading in four voices: a question about how the customer's own people give discounts taken for a discount offered
and a push; "u should not hear its ur fault" taken for blame; loaves a day taken for a price; a summary checked in
several breaths taken for a stack of questions; a trial put as "would it be fairer if…" not read as a proposal; the
end of a question said after a pause, a question typed with no question mark after a remark, a choice with a pause
after its "or", a summary that says "failing" for "they wear out", and a plan ended with a bare "ok".
"""
from __future__ import annotations

import json
from pathlib import Path

from coursekit.scoring import analyse_turn
from coursekit.scoring.question import question_form
from coursekit.sim import Session, play_typed
from coursekit.sim.asking import offers_choice, proposes

PATHS = Path(__file__).parent / "data" / "blind_typed15" / "typed_paths.json"


def _lines(scenario: str) -> list[str]:
    return json.loads(PATHS.read_text(encoding="utf-8"))[scenario]


def _replies(scenario: str, count: int) -> list[str]:
    session = Session(scenario, seed=0)
    return [session.say(line).text for line in _lines(scenario)[:count]]


def test_a_question_about_their_own_discounts_offers_none_and_pushes_nothing():
    asked = ("Oh, no, sorry, not my price... I mean, um, your engineers, when they close with your customers... do they "
             "usually have to give, like, a discount to get the order signed?")
    assert not analyse_turn(asked).moves & {"discount", "pressure"}
    assert "discount" in analyse_turn("Do they know we can give you a discount if you sign today?").moves
    assert "Why are you talking price" not in _replies("consulting_suzhou", 2)[-1]
    report = play_typed("consulting_suzhou", _lines("consulting_suzhou")).report()
    assert not report.limits and report.total >= 80


def test_saying_nobody_should_blame_them_is_no_blame():
    line = _lines("followup_oven_kumasi")[6]  # "and sorry about the mixer call, u should not hear its ur fault. so: …"
    moves = analyse_turn(line).moves
    assert "argument" not in moves and "pitch" not in moves  # (nor are "200 a day" of bread a price)
    assert "argument" in analyse_turn("Its your fault, you installed it wrong.").moves
    assert "pitch" in analyse_turn("You can rent it for 15 a day.").moves
    assert not play_typed("followup_oven_kumasi", _lines("followup_oven_kumasi")).report().limits


def test_a_summary_checked_in_several_breaths_is_one_check_not_a_stuffed_question():
    report = play_typed("corner_shop_snacks", _lines("corner_shop_snacks")).report()
    assert not report.limits and report.total >= 80


def test_a_trial_put_as_what_would_be_fairer_is_a_proposal():
    line = _lines("freight_spring_peak")[6]  # "…would it be fairer if, instead of a promise, you judged us on a measured trial…"
    assert "closing" in analyse_turn(line).moves
    assert "closing" not in analyse_turn("Would it help if we tried a different approach?").moves
    report = play_typed("freight_spring_peak", _lines("freight_spring_peak")).report()
    assert not report.limits and report.total >= 80


def test_questions_typed_or_spoken_without_their_usual_shape():
    spoken = "Okay, okay... so, um, what IS the bit you're most worried about, like... with the lunch itself?"
    assert analyse_turn(spoken).question.form == "open"
    assert question_form("3 months vs 12 is a big gap, is it the seals that wear out or other parts too").is_question
    assert not question_form("thanks, have a nice day").is_question
    assert offers_choice("Great... and, um, the venue... is that already booked somewhere, or... is that still open?")


def test_a_summary_that_says_failing_for_wearing_out_is_heard():
    replies = _replies("dairy_pump_seals", 3)  # "so just to check, its mainly the seals failing early right"
    assert "not what I said" not in replies[-1] and "listening" not in replies[-1]


def test_a_plan_ended_with_a_bare_ok_asks_for_a_yes():
    plan = ("then i send our technician this thursday after ur morning bake to fix the left deck and train ur bakers on "
            "steam, at no cost. i call u friday to check. ok")
    assert proposes(plan)
    assert not proposes("You want it by Friday. Ok?")


def test_a_question_after_a_playback_is_answered_on_what_it_asks():
    # "…you had to apologise personally to the bride's mother; may I ask what weddings and guests like her mean for the
    # hotel…?" - the weddings, not the van; "…besides the quality of the linen, …; what time would the clean linen need
    # to arrive…?" - the delivery times, not one more thing she has not said
    replies = _replies("hotel_linen_jaipur", 3)
    assert "wedding" in replies[1].lower() and "van" not in replies[1].lower()
    assert "van arrives" in replies[2] and "wedding" not in replies[2].lower()
