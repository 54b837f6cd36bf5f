"""A customer who opens with a problem is a service call (2026-12-03, eighteenth round).

Read on the well-handled sides of the measured sets that were scored as sales conversations although the
customer's first line reported a fault, a wrong delivery or a service that failed them ("My combi oven is dead",
"my bag did not come", "Nobody in the office can get email"). In a service call the need is on the table:
checking it, listening and calming count more, and the higher need levels less. Every example here is written
afresh. A customer who opens by asking about something to buy stays a sales conversation.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.moves import reports_problem


def _dialogue(*lines: str) -> list[dict[str, str]]:
    """Lines in turn, the customer first."""
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


@pytest.mark.parametrize("opening", [
    "Morning. The chiller in our back room is dead and we open at eleven.",
    "My suitcase did not arrive with the flight from Lisbon.",
    "I reported the leak on Monday and no engineer has called since.",
    "It's been four days and nobody is answering the support line.",
    "None of the tills can connect to the card network since lunch.",
    "hi, cant log in to the portal, it says account locked",
    "We ordered thirty chairs with arms and the van brought thirty without.",
    "Your delivery arrived at nine, but half the tiles are the wrong colour.",
    "The subscription was debited three times this month.",
    "You've cut our water off and the bill was paid last week.",
    "the wifi is painfully slow every evening",
    "My blonde has gone all green after the pool, and you did it yesterday.",
    "The shirts are coming back yellow at the collar.",
    "the printer stopped feeding paper on tuesday",
    "our line drops out whenever it rains",
    "The dishwasher makes a grinding noise halfway through.",
    "The van failed its MOT on the brakes you replaced.",
    "The gutter you fitted is clogged again.",
    "There's drilling until midnight next door to our room.",
    "This scratch wasn't there when I handed the car in.",
    "I washed the curtains you sold me on cold and the colours have run.",
    "The new brakes are squealing every time I stop.",
    "The wardrobe could not fit up the stairs, so your men took it back.",
    "the lid doesn't lock since the repair",
    "hi, our puppy swallowed a sock about an hour ago, what do we do",
    "My cat threw up twice this morning and won't eat.",
    "My son sent the money on Friday, but here they say nothing come.",
    "A payment for 46.80 has gone out twice on Tuesday.",
    "my flight to Mashhad tonight is CANCELLED and I have two kids with me",
    "Half the bottles from your last run came back from the shops under-filled.",
])
def test_a_problem_in_the_opening_is_read(opening: str) -> None:
    assert reports_problem(opening), opening


@pytest.mark.parametrize("opening", [
    "Hi, I'm looking for a dishwasher that's quiet, we have an open kitchen.",
    "Do you do gutters? We've just bought the house next door.",
    "I'd like to book a table for six on Friday.",
    "We're opening a second café in March and need a coffee machine.",
    "How much is the monthly plan for a family of four?",
    "Do they wobble when they're raised all the way up?",
])
def test_a_sales_opening_is_not_a_problem(opening: str) -> None:
    assert not reports_problem(opening), opening


def test_a_service_call_weighs_checking_and_listening_over_the_higher_levels() -> None:
    dialogue = _dialogue(
        "My suitcase did not arrive with the flight from Lisbon, and my insulin is in it.",
        "I'm sorry, that's worrying with your insulin. Can I have the tag number? I'll trace it now.",
        "LX 4471, here.",
        "It's in Frankfurt and on the 14:10; a courier brings it to your hotel by six. And the pharmacy across the hall "
        "can give you a day's insulin on this form.",
        "Oh, thank you. That helps a lot.",
    )
    criteria = {c.id: c for c in score_dialogue(dialogue).criteria}
    assert criteria["higher_need_levels"].maximum < criteria["listening"].maximum / 2
    assert criteria["confirming_understanding"].maximum > criteria["open_questions"].maximum * 2


def test_booking_what_was_sold_in_a_service_call_is_pushing_when_the_customer_holds_back() -> None:
    opening = "Our coffee machine has started leaking under the drip tray again. Can someone look at it?"
    fixed = _dialogue(
        opening,
        "Sorry about that. The tray seal wears out; I'll change it. Is it leaking all day or only after the cleaning cycle?",
        "Only after cleaning, I think.",
        "Then it's the seal. I can come on Monday at nine to replace it, would that work?",
        "Monday at nine is fine.",
    )
    sold = _dialogue(
        opening,
        "Honestly, at that age the new Barista Pro is the better buy, it has a sealed tray and double the output for 2,900.",
        "We only want this one to stop leaking.",
        "Understood. Shall I put you down for a trial of the Barista Pro on Monday?",
        "I'll have a think about it.",
    )
    assert score_dialogue(fixed).cap is None
    report = score_dialogue(sold)
    assert report.cap is not None and "pressure" in report.cap_reason
