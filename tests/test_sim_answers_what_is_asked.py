"""The customer answers the question a typed line asks, and does not say the same fact again and again (fifty-eighth
round, from the notes of the trainees who played blind_typed14 line by line).

A fact question after a pause ("quick... how old is she?") gets the fact, not "Partly, yes."; an open question
followed by a spoken example ("…? Like, is there something urgent?") stays open; a fact she has just said is not said
again to a question about something else; a plan put to her for her view ("What you think?", "…, how does that
sound?") is a proposal, not an open question about her needs; a typed proposal before a doubt the script raises in
the middle brings that doubt out; a "today" of what she would need to see to trust it, and a doubt that the product
would sell quickly, are no pressure.
"""
from __future__ import annotations

import json
from pathlib import Path

from coursekit.scoring import analyse_turn
from coursekit.sim import Session
from coursekit.sim.asking import asks_fact, proposes

DATA = Path(__file__).parent / "data"


def _lines(path: str, scenario: str) -> list[str]:
    return json.loads((DATA / path).read_text(encoding="utf-8"))[scenario]


def _session(path: str, scenario: str, count: int) -> tuple[Session, list[str]]:
    """A session after the first `count` typed lines of a stored path, and the customer's replies to them."""
    session = Session(scenario, seed=0)
    return session, [session.say(line).text for line in _lines(path, scenario)[:count]]


def test_a_fact_asked_after_a_pause_gets_the_fact():
    assert asks_fact("Sure, yeah, quick... um, how old is she?")
    _, replies = _session("blind_typed14/typed_paths.json", "pharmacy_rush_chicago", 1)
    assert "three" in replies[0] and not replies[0].startswith(("Partly", "Yes", "No"))


def test_an_open_question_with_a_spoken_example_after_it_stays_open():
    spoken = ("Right, so five restarts and the neighbours are fine. Um... can I ask, what's being offline actually "
              "costing you? Like, is there something you need the internet for that's, you know, urgent?")
    assert analyse_turn(spoken).question.form == "open"
    assert analyse_turn("What's it costing you? Is there something urgent?").question.form == "closed"
    _, replies = _session("blind_typed14/typed_paths.json", "outage_call_toronto", 4)
    assert replies[-1] not in ("Yes, that's right.", "Yes, that's it.")


def test_a_fact_just_said_is_not_said_again_to_another_question():
    session, replies = _session("blind_typed14/typed_paths.json", "haulage_fuel", 6)
    # "How much of your business is this customer…?" - "That contract is half my turnover." -
    # "And today, how you calculate CO2 per trip?" is answered with what she said of CO2, not the turnover again
    assert replies[4] == "That contract is half my turnover."
    assert replies[5] != replies[4] and "CO2" in replies[5]
    customer = [line.text for line in session.transcript if line.speaker == "customer"]
    assert all(a != b for a, b in zip(customer, customer[1:]))


def test_a_plan_put_for_her_view_is_a_proposal():
    for plan in ("Maybe we do a trial, some of your pallets with us in March. We send delay alerts. What you think?",
                 "Our system reads fuel per truck, and we come to your yard to show the drivers. How this sound for you?",
                 "my idea: tracked shipping with insurance and a prepaid return label. how does that sound",
                 "We do the tasting with your sister, and we look after everything on the day, how does that sound?"):
        assert proposes(plan), plan
    for question in ("What do you think about the weather?", "How does it sound when the engine starts?",
                     "So, we checked the line, how are you feeling?"):
        assert not proposes(question), question


def test_a_plan_put_for_her_view_is_not_taken_for_a_question_about_delivery():
    session, replies = _session("blind_typed14/typed_paths.json", "hotel_linen_jaipur", 8)
    # "My proposal: fixed delivery before eleven every day, … What you think?" is not "how does our delivery fit?"
    assert not replies[-1].startswith("It does not.")


def test_a_typed_proposal_before_the_doubt_the_script_raises_brings_it_out():
    session, replies = _session("blind_typed11/typed_paths.json", "courier_lima_knitwear", 6)
    assert session.transcript[-1].raises == ("no_need",)  # "maybe I don't need a courier at all"
    assert not session.finished


def test_what_she_needs_to_see_to_trust_it_is_no_push():
    trust = ("Yeah... honestly, after yesterday I'd be skeptical too, I get it. But, like... what would you need to see "
             "from us, you know, today, to feel like this time it's actually gonna happen?")
    assert "pressure" not in analyse_turn(trust).moves
    assert "pressure" in analyse_turn("What would you need to see from me to say yes before we finish this chat?").moves
    doubt = ("May I ask whether the money is not available at the moment, or that you doubt our lamps would sell "
             "quickly enough in your shops?")
    assert "pressure" not in analyse_turn(doubt).moves
    assert "pressure" in analyse_turn("Better decide now, these sell quickly.").moves
