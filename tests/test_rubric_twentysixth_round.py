"""The twenty-sixth round, read on the dev set blind58: comfort that was read as a put-down ("don't panic, that's a
good catch"), a "no pressure" that was read as pressure ("I'd not ask you to decide today"), a condition that was read
as a walk-out ("If it's still dropping by the first, I'm not renewing."), and faults that went unseen (an
over-promise, a lecture taken for a playback, "nobody else has complained", put-downs in questions, a customer lost in
jargon, an extra turned down); and, read on two read sets' pairs (blind47 f04, blind48 f05), a lecture the customer
answers by saying they know already. Every example here is written afresh."""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, classify_need, score_dialogue
from coursekit.scoring.exchange import objection_after


def _dialogue(*lines: str) -> list[dict[str, str]]:
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


@pytest.mark.parametrize("text, moves", [
    ("Okay, don't panic yet, that's a good catch. Can you send me a photo of the crack?", set()),
    ("Don't panic. Just tell me the order number.", {"rudeness"}),
    ("I'd not ask you to decide today. I can hold the room for a week while you talk it over.", set()),
    ("You need to decide today, the room won't be free tomorrow.", {"pressure"}),
    ("That's odd, nobody else has complained about the signal.", {"argument"}),
    ("And did someone actually read the set-up guide, or did they just guess?", {"rudeness"}),
])
def test_comfort_and_no_pressure_are_told_apart_from_put_downs_and_pushes(text: str, moves: set[str]) -> None:
    assert analyse_turn(text).moves & {"rudeness", "pressure", "argument"} == moves, text


def test_a_lecture_is_advice_not_a_playback_of_the_customer() -> None:
    lecture = "You really need to cut his food by a third and stop the treats, fat dogs live shorter lives."
    assert "paraphrase" not in analyse_turn(lecture).moves


_LEAK = ("Hi, there's water coming through the ceiling of our back office every time it rains hard.",
         "That's miserable, sorry. How long has it been happening, and is it one spot or spreading?")


def test_a_conditional_threat_the_trainee_answers_is_no_walk_out() -> None:
    answered = _dialogue(*_LEAK, "One spot, for about a month. If it's not fixed by the end of the month, we're not renewing.",
                         "Fair enough. I'll send a roofer on Thursday at nine and call you with what he finds the same day.")
    scored = score_dialogue(answered)
    assert "ended the conversation unhappy" not in scored.summary
    unanswered = _dialogue(*_LEAK, "One spot. Forget it, I'm going to another roofer.")
    assert "ended the conversation unhappy" in score_dialogue(unanswered).summary


_SOLAR = ("Hi, we're thinking about panels for the farmhouse roof. The bills are killing us in winter.",
          "Winter bills are the hard part. Which way does the roof face, and is there any shade on it?",
          "Mostly west, and there's a big oak on the south side.")


def test_an_over_promise_ranks_below_an_honest_estimate() -> None:
    honest = _dialogue(*_SOLAR, "With west panels and that oak I'd expect a third off over a year, less in winter. I'd "
                                "like to see the shade on site before I give you a figure. Would Tuesday suit?",
                       "Tuesday's fine.")
    promise = _dialogue(*_SOLAR, "You'll basically never pay for power again, winter included. Would Tuesday suit for the "
                                 "install?",
                        "Tuesday's fine.")
    assert score_dialogue(honest).total > score_dialogue(promise).total


def test_a_customer_lost_in_jargon_costs_the_turn_that_lost_them() -> None:
    opening = ("Hello, I've just taken over my uncle's café and the espresso machine keeps tripping the power.",
               "Sorry to hear it. Does it trip when it heats up, or when you pull a shot?",
               "When it heats up, every morning.")
    plain = _dialogue(*opening, "That points to the heating element. I'd send a technician to test it, it's a short job.",
                      "Okay, thanks, that's clear. When could someone come?")
    jargon = _dialogue(*opening, "Could be the solid-state relay sticking or the element shorting to earth, or the "
                                 "residual-current device being oversensitive on the boiler circuit.",
                       "Sorry, half of that went past me. When could someone come?")
    assert score_dialogue(plain).total > score_dialogue(jargon).total


@pytest.mark.parametrize("before, text, objects", [
    ("And can I add our anti-glare coating for screen work? It's only forty more.",
     "I just need the frame, my lenses are fine.", True),
    ("Have your lenses given you any trouble since the last check?", "No, my lenses are fine.", False),
])
def test_an_extra_turned_down_is_an_objection_a_plain_answer_is_not(before: str, text: str, objects: bool) -> None:
    assert objection_after(before, text) is objects


def test_what_a_partner_should_help_the_business_reach_is_read_and_quoted_as_the_success_level() -> None:
    found = classify_need("In two years, where do you want the shop to be, and what should a good partner help you to reach?")
    assert found.label == "success" and "help you to reach" in found.evidence


_PHYSIO = ("Hi, I hurt my back carrying plasterboard on site. Can I get in this week?",
           "Sorry to hear it. Is it worse when you bend, or when you sit?",
           "Bending, mostly. It's been three days.")


@pytest.mark.parametrize("lecture", [
    "Okay. Just so you know, most back injuries on sites come from lifting with your back. Bend your knees. I've got "
    "tomorrow at half seven or Thursday at four.",
    "Okay. Lifting properly matters, keep the load close and get a mate for big sheets. I've got tomorrow at half seven "
    "or Thursday at four.",
])
def test_a_lecture_the_customer_says_they_did_not_need_costs_the_turn(lecture: str) -> None:
    plain = _dialogue(*_PHYSIO, "Okay. I've got tomorrow at half seven or Thursday at four.", "Half seven's good.",
                      "Booked: tomorrow at 7:30 with Aroha. Bring any scans you have.")
    lectured = _dialogue(*_PHYSIO, lecture, "Yeah, I know how to lift, cheers, been doing it twenty years. Half seven.",
                         "Booked: tomorrow at 7:30 with Aroha. Bring any scans you have.")
    assert score_dialogue(plain).total > score_dialogue(lectured).total
