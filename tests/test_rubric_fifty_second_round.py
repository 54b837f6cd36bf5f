"""Fifty-second round: what the read sets blind210 (mobile, broadband and business lines in the UK, Nigeria and the
Philippines), blind212 (shops in the US, the UK and Malaysia), es/blind60 (Galicia, Asturias and the Basque Country) and
zh/blind60 (the Northeast) showed the rubric missing: a customer who follows the trainee's advice after a word on the
price ("…Okay, I'll tell my agent to ask for a credit. Thanks, that makes sense.", "Right, I'll talk to the neighbour
before I do anything." when the trainee advised it) or asks for the step ("…but it has to be done. Can you measure next
week?") read as pushing back; "…, love?" closing a question in care read as a put-down; the bundle the customer says they
bought read as an upsell when the trainee explains it; "I'll go home and measure the wall first" read as walking out;
the customer cut short to finish the pitch in Chinese and Spanish ("您听我说完", "Déjeme terminar") not read as rude.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring.exchange import parse_turns, where_left
from rubric_lines import conversation as _lines, customer_says as _says, moves_of as _moves


# -- the trainee's moves ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, said, move, read", [
    ("en", "It's in the leaflet, love. Have a proper read next time.", "rudeness", True),
    ("en", "There we are. Is that strap too tight, love? Tell me if it pinches.", "rudeness", False),
    ("zh", "你先听我讲完 这台机器的好处多着呢", "rudeness", True),
    ("zh", "我讲完了 您看还有哪里没听明白？", "rudeness", False),
    ("es", "Déjame terminar, que esto es lo más importante del plan.", "rudeness", True),
    ("es", "Cuando termine la revisión le aviso, ¿le parece?", "rudeness", False),
])
def test_put_downs_of_the_round_are_read_and_their_look_alikes_are_not(code: str, said: str, move: str, read: bool) -> None:
    assert (move in _moves(code, said)) is read


def _trainee_moves(customer: str, trainee: str) -> frozenset[str]:
    return parse_turns(_lines(customer, trainee))[1].moves


def test_the_bundle_the_customer_bought_is_no_upsell_when_the_trainee_explains_it() -> None:
    customer = "I bought the weekend bundle for my trip and I've still been charged for data. Why?"
    assert "upsell" not in _trainee_moves(customer, "I see. The bundle covers Saturday and Sunday only, so Friday's data "
                                                    "was charged. I can refund Friday for you.")
    assert "upsell" in _trainee_moves(customer, "I see. Would you like to add our monthly bundle so it never happens again?")


@pytest.mark.parametrize("line, expected", [
    ("I'll go home and measure the alcove first, then I'll give you a call.", False),
    ("I'll go home and think about it.", True),
])
def test_going_home_to_do_a_step_is_no_walk_out(line: str, expected: bool) -> None:
    assert _says("walks_away", line) is expected


# -- where the customer is left -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("offer, last, pushes_back", [
    ("That's the one I'd ask the seller to fix, or to give you a credit for.",
     "Two to five hundred. Okay, I'll tell my agent to ask for a credit. Thanks, that makes sense.", False),
    ("It's a shared fence, so talk to your neighbour; they may split the cost with you.",
     "Three grand. Wow. Right, I'll talk to my neighbour first.", False),
    ("The fence is about three thousand, fitted, with the posts concreted in.",
     "Three grand. Wow. Right, I'll talk to my neighbour first.", True),
    ("I'd inspect the roof first and then price it properly for you.",
     "That's more than I wanted to spend, but it needs doing. Can you inspect it on Friday?", False),
    ("I'd inspect the roof first and then price it properly for you.",
     "That's more than I wanted to spend. Can you do it cheaper?", True),
])
def test_the_advice_taken_or_the_step_asked_for_after_a_word_on_the_price_is_no_push_back(
        offer: str, last: str, pushes_back: bool) -> None:
    turns = parse_turns(_lines("Hi, I've had a quote and I'm not sure what to do.", offer, last))
    assert (where_left(turns)[1] == "pushes_back") is pushes_back
