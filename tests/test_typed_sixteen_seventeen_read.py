"""What blind_typed16 and blind_typed17 (measured last round, read this round) showed: customer lines whose first words
point at nothing once their "if…, yes" is dropped ("The spreadsheets can't do that.", "But it hasn't, and Andrés is
always there."); a doubt settled before it was said answered with words about it ("That is worth your rate."); a
summary checked with "let me check i got it … right" taken for a proposal and the sale; a yes/no question about the
very thing she would tell next answered "Mm. Yes." and contradicted a line later; a closed question about what holds
her back answered "Yes. That's exactly my complaint."; a question typed before "if u dont mind me asking" or "I want to
hear all of it" not read as a question; a summary of her own stakes ("so u dont lose the season") read as pressure.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coursekit.scoring import analyse_turn
from coursekit.sim import Session, play_typed, replies
from coursekit.sim.scenario import list_scenarios

DATA = Path(__file__).parent / "data"


def _lines(which: str, scenario: str) -> list[str]:
    return json.loads((DATA / which / "typed_paths.json").read_text(encoding="utf-8"))[scenario]


def _replies_up_to(which: str, scenario: str, starts: str) -> list[str]:
    """The customer's replies to a player's lines, up to and including the line that starts with `starts`."""
    session = Session(scenario, seed=0)
    said = []
    for line in _lines(which, scenario):
        said.append(session.say(line).text)
        if line.startswith(starts):
            return said
    raise AssertionError(f"no line starting {starts!r}")


#: First words that lean on a sentence that is no longer there.
_LEANS_BACK = re.compile(r"^(?:but|and|so|or)\b|\b(?:do|does|did) that\b|^it hasn't\b", re.IGNORECASE)


@pytest.mark.parametrize("scenario", list_scenarios(), ids=lambda s: s.id)
def test_what_she_says_to_an_untested_question_stands_on_its_own(scenario):
    for objection in scenario.objections:
        for line in objection.test_reply:
            rest = replies.without_conditional_answer(line)
            if rest != line:
                assert not _LEANS_BACK.search(rest), (objection.id, rest)


def test_a_doubt_settled_before_it_was_said_is_not_answered_in_its_words():
    session = play_typed("hotel_linen_jaipur", _lines("blind_typed16", "hotel_linen_jaipur"))
    last = [line.text for line in session.transcript if line.speaker != "trainee"][-1]
    assert session.outcome == "won"
    assert "rate" not in last  # nobody named a rate or the cheaper laundry


def test_a_summary_checked_with_a_bare_right_is_no_proposal_and_no_sale():
    lines = _lines("blind_typed17", "haulage_fuel")
    summary = next(k for k, line in enumerate(lines) if line.startswith("ok let me check i got it"))
    session = Session("haulage_fuel", seed=0)
    for line in lines[:summary + 1]:
        session.say(line)
    assert not session.finished


def test_a_yes_no_question_about_what_she_tells_next_gets_it_told():
    said = _replies_up_to("blind_typed17", "followup_oven_kumasi", "Ten loaves a batch")
    assert "Nobody showed my bakers" in said[-1]


def test_a_closed_question_about_what_holds_her_back_brings_the_doubt_out():
    said = _replies_up_to("blind_typed17", "dairy_pump_seals", "Great. Um... so before we")
    assert "exactly my complaint" not in said[-1]
    assert re.search(r"dearer|price|don't trust", said[-1])


@pytest.mark.parametrize("turn", [
    "oh what happened, if u dont mind me asking",
    "What else went wrong with us, I want to hear all of it.",
    "how old is she, if I may ask",
])
def test_a_question_before_a_polite_or_eager_tail_is_a_question(turn):
    analysis = analyse_turn(turn)
    assert analysis.question is not None and analysis.question.is_question
    assert "paraphrase" not in analysis.moves


def test_a_statement_before_such_a_tail_stays_a_statement():
    analysis = analyse_turn("We will fix it, I want to know you are happy.")
    assert analysis.question is None or not analysis.question.is_question


def test_her_own_stakes_played_back_are_no_pressure_but_a_slot_to_lose_is():
    summary = ("so if i get this right: u need one named contact, alerts before a truck is late, and capacity for double "
               "volume so u dont lose the season. did i miss anything")
    assert "pressure" not in analyse_turn(summary).moves
    assert "pressure" in analyse_turn("Book today so you don't lose the slot.").moves
    assert "pressure" in analyse_turn("I'd lock it in so you don't lose this price").moves


def test_asking_how_she_imagines_the_day_is_no_hypothesis_test():
    asked = "Please, tell me how you imagine this lunch, what is most important for you?"
    assert "hypothesis" not in analyse_turn(asked).moves
    assert "hypothesis" in analyse_turn("Imagine we delivered by nine, would that help?").moves
    first = _replies_up_to("blind_typed17", "anniversary_lunch", "Oh, fifty years")[-1]
    assert "think it over" not in first


def test_a_goodbye_with_a_tag_where_leaving_is_right_ends_the_visit_politely():
    session = play_typed("no_need_phone_chengdu", _lines("blind_typed16", "no_need_phone_chengdu"))
    answers = [line.text for line in session.transcript if line.speaker != "trainee"]
    assert "Not especially." not in answers
    assert session.finished and session.outcome != "won"


def test_a_closed_question_about_what_is_coming_gets_the_untold_need_not_the_told_one_again():
    said = _replies_up_to("blind_typed16", "followup_oven_kumasi", "I am sorry, this is our mistake")
    assert "supermarket" in said[-1]
    assert said.count("So now we bake on the right deck only.") <= 1


def test_a_rate_nobody_quoted_is_not_exclaimed():
    said = _replies_up_to("blind_typed16", "courier_lima_knitwear", "Thank you, then I would suggest")
    assert "Twenty-eight" not in said[-1]
