"""Fifty-second round: what the read sets blind210 (mobile, broadband and business lines in the UK, Nigeria and the
Philippines), blind212 (shops in the US, the UK and Malaysia), es/blind60 (Galicia, Asturias and the Basque Country) and
zh/blind60 (the Northeast) showed the rubric missing: a customer who follows the trainee's advice after a word on the
price ("…Okay, I'll tell my agent to ask for a credit. Thanks, that makes sense.", "Right, I'll talk to the neighbour
before I do anything." when the trainee advised it) or asks for the step ("…but it has to be done. Can you measure next
week?") read as pushing back; "…, love?" closing a question in care read as a put-down; the bundle the customer says they
bought read as an upsell when the trainee explains it; "I'll go home and measure the wall first" read as walking out;
the customer cut short to finish the pitch in Chinese and Spanish ("您听我说完", "Déjeme terminar") not read as rude.

Its second part (blind214: energy and water; blind216: couriers, print shops and services for small businesses;
zh/blind62: Guangdong and Guangxi): the customer's doing doubted ("Have you actually put the key in…?") and hurried ("I
haven't got all night"), what others "also add", disbelief ("You're joking."), "I will order the cards online" and "Is
there not someone else I can speak to?" not read; in Chinese a stack of questions answered in full counted as crammed
because the answer ended on a question of the customer's own.

Its third part (blind222: cars and bikes in Kenya, India and the UK; es/blind66: the Canaries and eastern Andalusia;
zh/blind66: Shanxi, Hebei and Inner Mongolia): delight ("You're joking, that's great news.") kept apart from disbelief;
in Spanish regret foretold ("os arrepentiréis"), the chance let slip ("¿lo queréis dejar escapar?"), the decision asked
for now ("para tomar la decisión ahora", "para que se lo lleve hoy mismo?") and the next buyer waiting ("se lo doy al
siguiente") not read as pressure.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring.exchange import is_upset, parse_turns, stuffed, where_left
from rubric_lines import conversation as _lines, customer_says as _says, moves_of as _moves


# -- the trainee's moves ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, said, move, read", [
    ("en", "It's in the leaflet, love. Have a proper read next time.", "rudeness", True),
    ("en", "There we are. Is that strap too tight, love? Tell me if it pinches.", "rudeness", False),
    ("zh", "你先听我讲完 这台机器的好处多着呢", "rudeness", True),
    ("zh", "我讲完了 您看还有哪里没听明白？", "rudeness", False),
    ("es", "Déjame terminar, que esto es lo más importante del plan.", "rudeness", True),
    ("es", "Cuando termine la revisión le aviso, ¿le parece?", "rudeness", False),
    ("en", "Okay. Have you actually plugged it in, like properly?", "rudeness", True),
    ("en", "What have you actually used on the policy this year?", "rudeness", False),
    ("en", "Spell it for me. Quickly, I haven't got all morning.", "rudeness", True),
    ("en", "The lease is signed. A lot of dog owners also add our grooming voucher.", "upsell", True),
    ("en", "Then I'll add our recycled version too, so you can compare the two.", "upsell", False),
    ("es", "Pensadlo, pero en un mes estará alquilado y os arrepentiréis.", "pressure", True),
    ("es", "¿De verdad la vas a dejar escapar por cien euros?", "pressure", True),
    ("es", "La junta nueva no deja escapar el agua.", "pressure", False),
    ("es", "¿Qué os hace falta para tomar la decisión hoy?", "pressure", True),
    ("es", "Dígame, ¿qué tendría que pasar para que se la lleve hoy?", "pressure", True),
    ("es", "Para que se la lleve hoy necesito su DNI, nada más.", "pressure", False),
    ("es", "Si no la quiere, se la doy al siguiente de la lista.", "pressure", True),
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
    ("That's far too much selling. I will order the flowers online.", True),
    ("Is there not someone else I can talk to?", True),
])
def test_walking_out_and_going_home_to_do_a_step_are_told_apart(line: str, expected: bool) -> None:
    assert _says("walks_away", line) is expected


def test_disbelief_at_what_was_just_said_sounds_upset() -> None:
    assert is_upset(parse_turns(_lines("Three weeks for a new meter? You're joking."))[0])
    assert not is_upset(parse_turns(_lines("Three weeks for a new meter? Okay, that's fine."))[0])
    assert not is_upset(parse_turns(_lines("A free meter? You're joking, that's great news."))[0])


def test_a_stack_of_questions_answered_in_full_is_no_stuffing_though_the_answer_ends_on_a_question() -> None:
    def crammed(answer: str) -> bool:
        return stuffed(parse_turns(_lines("我们公司年底想订个年会 五十来人", "好的。有没有节目？大概几点开始？每桌预算多少？", answer))[1])
    assert not crammed("有两个节目 晚上六点开始 每桌一千二左右 酒水能自带不")
    assert crammed("你问这么多干嘛？")


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
