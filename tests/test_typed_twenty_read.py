"""What blind_typed19's list (read at the end of the fifty-ninth round), blind_typed20's (measured on 4dd3309 before
anything in it was read) and blind_typed21's (measured on 2f00443, then read) showed: a customer line that answers a
question nobody asked, or none at all, where the question asked for something she has to tell. Each test replays a
player's own lines up to the turn they listed.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from coursekit.sim import Session
from coursekit.sim.asking import first_choice
from coursekit.sim.engine import turn_words

DATA = Path(__file__).parent / "data"


def _lines(folder: str, scenario: str) -> list[str]:
    return json.loads((DATA / folder / "typed_paths.json").read_text(encoding="utf-8"))[scenario]


def _replay(folder: str, scenario: str, upto: int) -> Session:
    """A session with a player's first `upto` lines played (seed 0, as they played it)."""
    session = Session(scenario, seed=0)
    for line in _lines(folder, scenario)[:upto]:
        session.say(line)
    return session


def _answer_to(folder: str, scenario: str, k: int) -> str:
    """The customer's answer to a player's line k (0-based), their lines before it played first."""
    return _replay(folder, scenario, k).say(_lines(folder, scenario)[k]).text


def _customer_lines(session: Session) -> list[str]:
    return [line.text for line in session.transcript if line.speaker == "customer"]


def test_a_question_that_takes_up_her_hint_gets_the_need_not_the_hint_again():
    # "Your van comes whenever it likes." three times running, to "what time would work for your housekeeping team?"
    session = _replay("blind_typed19", "hotel_linen_jaipur", 8)
    replies = _customer_lines(session)
    assert sum("whenever it likes" in line for line in replies) <= 1
    assert any("between ten and four" in line for line in replies)


@pytest.mark.parametrize("scenario, upto, expected", [
    ("followup_oven_kumasi", 8, "Wednesday"),  # "Which day this week is better for you, Wednesday or Thursday?"
])
def test_a_close_that_offers_a_choice_is_agreed_with_one_of_them_picked(scenario, upto, expected):
    session = _replay("blind_typed19", scenario, upto)
    assert session.outcome == "won"
    assert _customer_lines(session)[-1].startswith(expected)


@pytest.mark.parametrize("question, choice", [
    ("Yes, I promise. Which day this week is better for you, Wednesday or Thursday?", "Wednesday"),
    ("…how about I come back next week…does Tuesday or Thursday suit you better?", "Tuesday"),
    ("Would next Tuesday or Thursday afternoon suit you?", "Next Tuesday"),
    ("When is good time, before you start baking or after?", None),
    ("Do you want it delivered or will you take it?", None),
    ("Is that right or not?", None),
])
def test_the_alternative_a_customer_picks_is_the_first_short_one_offered(question, choice):
    assert first_choice(question) == choice


def test_a_proposal_is_not_taken_for_a_lesser_option_it_shares_two_words_with():
    # the consignment pilot for twenty shops around Kisumu was read as "Our standard terms are thirty days, but I can
    # ask my manager." ("Ask him. Then call me.") and ended the visit
    session = _replay("blind_typed20", "distributor_nairobi", 9)
    assert "Ask him" not in _customer_lines(session)[-1]


def test_a_question_about_who_decides_later_is_not_a_goodbye():
    # "…when the licence runs out in 2 years who would decide whats next for the shop" ended the visit
    session = _replay("blind_typed20", "no_need_stationery_shop", 3)
    assert not session.finished
    assert "Mariana" in _customer_lines(session)[-1]


def test_leaving_a_card_for_later_still_ends_the_visit_politely():
    session = Session("no_need_stationery_shop", seed=0)
    session.say("How is the new till program working out for you?")
    session.say("That makes sense, and I won't try to sell you anything today. Would it be all right if I left my card, "
                "so that when Mariana takes over and starts thinking about what the shop needs next, she can call me?")
    assert session.finished and session.outcome != "lost"


def test_what_makes_her_nervous_brings_out_what_happened_to_her_sister():
    # "…many people feel the same way at first. Could you tell me a little about what makes you nervous about them?"
    # was answered with thirty years at this pharmacy
    session = _replay("blind_typed20", "pharmacy_monitor", 1)
    assert "sister" in _customer_lines(session)[-1]


def test_the_question_a_turn_ends_on_is_answered_not_the_apology_before_it():
    # "…we should have trained them, I'm sorry. … is there anything big on the calendar in the next few weeks?" got
    # "So they don't use it."
    session = _replay("blind_typed20", "followup_oven_kumasi", 5)
    assert "supermarket" in _customer_lines(session)[-1]


def test_a_critical_customer_does_not_confirm_two_summaries_in_the_same_words():
    session = _replay("blind_typed20", "dairy_pump_seals", 11)
    confirmations = [line for line in _customer_lines(session) if "someone who listens" in line]
    assert len(confirmations) <= 1


def test_spoken_fillers_do_not_make_a_turn_longer():
    plain = "Okay, twelve holes in concrete for shelves, got it. When do you need the shelves up by?"
    spoken = "Okay, um, twelve holes in concrete for shelves, got it. Um, and, uh, when do you need the shelves up by?"
    assert turn_words(spoken) <= turn_words(plain) + 1
    assert turn_words("word " * 5000) >= 5000


# -- blind_typed21's list (measured on 2f00443 before it was read) -----------------------------------------------------
@pytest.mark.parametrize("scenario, upto", [
    ("corner_shop_snacks", 6),  # "…anything that doesn't sell I take back… Would you be open to trying that?"
])
def test_an_offer_put_as_would_you_be_open_to_it_is_no_summary_to_confirm(scenario, upto):
    session = _replay("blind_typed21", scenario, upto)
    assert "that's right" not in _customer_lines(session)[-1]


def test_a_farewell_keeps_to_the_day_agreed_earlier():
    # "great, thursday it is. …" and then a goodbye got "Saturday after ten. The bakers are free then."
    session = _replay("blind_typed21", "followup_oven_kumasi", 14)
    assert not any("Saturday" in line for line in _customer_lines(session)[-2:])


#: A player's listed turn (set, scenario, line index): words the customer's answer must have, and must not.
_FITTING_ANSWERS = [
    # "When is good time, before you start baking or after?" was answered with the mixer story, word for word again
    pytest.param("blind_typed19", "followup_oven_kumasi", 4, (), ('mixer',),
                 id="a_question_about_a_good_time_does_not_get_the_last_time_she_called_again"),
    # "u want to try it once urself before buying…, right" after her "I'd like to try it once": "Hold on, I never said
    # that."
    pytest.param("blind_typed19", "pharmacy_monitor", 4, (), ('never said', 'not what'),
                 id="a_summary_of_what_she_hinted_at_is_not_denied"),
    # "…when do you need the shelves up by, like, is this a today thing or is there a deadline?" got the shop's bad service
    pytest.param("blind_typed20", "drill_for_saturday", 1, ('Saturday',), (),
                 id="a_question_about_when_gets_the_fact_that_says_when"),
    # "when a delivery went late what did that actually cost u in april and may" asks a cost, not a date: she tells what
    # a late spring costs her (the player's list: the answer came only two questions later)
    pytest.param("blind_typed20", "freight_spring_peak", 1, ('season',), (),
                 id="a_when_that_sets_the_scene_asks_what_follows_it"),
    # "…we rent this hammer drill out for the day for way less… would that work for you?" got "If it cost what twelve
    # holes are worth to me, I'd take it right now."
    pytest.param("blind_typed20", "drill_for_saturday", 3, ('pay for',), ('If it cost',),
                 id="a_test_that_already_holds_the_answer_she_would_take_settles_her_doubt"),
    # "No worries at all, we can figure that out together. Um, what about the venue…?" brought out her think-it-over
    pytest.param("blind_typed21", "anniversary_lunch", 4, (), ('think it over',),
                 id="no_worries_is_no_question_about_her_doubts"),
    # "…without the steam setting some loaves can come out wrong, have u had any trouble with burning or uneven bakes"
    # got "So they don't use it."
    pytest.param("blind_typed21", "followup_oven_kumasi", 2, ('burns',), (),
                 id="a_question_about_burning_gets_the_deck_that_burns"),
    # "understood, so this is personal for u too. to help get there, which steps eat the most time, is it pulling data
    # from the plants, reconciling, or something else" was put right: "No, that's not what I told you."
    pytest.param("blind_typed21", "erp_month_end", 2, (), ("not what I told you",),
                 id="a_question_typed_without_its_mark_claims_nothing"),
]


def assert_fits(folder: str, scenario: str, k: int, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    """The customer's answer to a player's line k holds all of `present` and none of `absent`."""
    reply = _answer_to(folder, scenario, k)
    assert all(words in reply for words in present), reply
    assert not any(words in reply for words in absent), reply


@pytest.mark.parametrize("folder, scenario, k, present, absent", _FITTING_ANSWERS)
def test_a_listed_turn_gets_an_answer_that_fits_it(folder, scenario, k, present, absent):
    assert_fits(folder, scenario, k, present, absent)


@pytest.mark.parametrize("turn, argues", [
    ("I am sorry, that is hard, you took blame for their mistake.", False),  # blind_typed22's freight, capped at 56
    ("You took the blame for their mistake, and that was not fair on you.", False),
    ("That was their mistake, not ours.", True),
    ("Honestly, that is your mistake.", True),
])
def test_sympathy_for_blame_taken_is_no_blame(turn, argues):
    from coursekit.scoring import analyse_turn
    assert ("argument" in analyse_turn(turn).moves) is argues
