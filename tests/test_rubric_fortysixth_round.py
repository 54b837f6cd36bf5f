"""Forty-sixth round: what the read sets blind158 (solar, pools, RVs and urgent care in the US Mountain West and
Southwest), blind160 (farm dealers, furnace oil, rural internet and credit unions on the Canadian Prairies and in
Atlantic Canada), es/blind34 (pension funds, health insurers, store cards and car dealers in Chile) and zh/blind34 (farm
supplies, heating, truck dealers and county hospitals in the Northwest) showed the rubric missing: a sale put to a
grieving customer as "a great time to…", an upset customer's expectations mocked, a price said back with a wince, a
customer leaving for a rival, and Northwestern "额" and "咧" read as the Mandarin "我" and "了". Walking out on being
pushed or put down is no objection to answer; leaving over price, money or time still is.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import objection_after, parse_turns, where_left
from coursekit.scoring.readers import _chinese_fold
from rubric_lines import conversation as _lines, customer_says as _says, moves_of as _moves


# -- the trainee's moves ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, said, move", [
    ("en", "I'm sorry for your loss. Now might be a good time to look at our family bundle.", "pitch"),
    ("en", "Today is actually the perfect moment to upgrade your cover.", "pitch"),
    ("en", "Right, and what were you expecting, a personal chauffeur?", "rudeness"),
    ("en", "Do you always get this worked up over a late parcel?", "rudeness"),
    ("es", "Eso lo ve el departamento de cobranzas, no yo.", "argument"),
    ("es", "Todas las condiciones están en el contrato, le recomiendo leerlo con calma.", "argument"),
    ("es", "Es muy simple, hasta un niño lo entiende.", "rudeness"),
    ("es", "¿Qué tendría que pasar para que usted firme hoy?", "pressure"),
    ("es", "¿Qué día prefiere para la firma?", "closing"),
    ("es", "¿Con qué tarjeta le cobro el abono?", "closing"),
    ("zh", "您先别这么激动，听我说。", "rudeness"),
    ("zh", "您确定您没记错日子？", "rudeness"),
    ("zh", "大家都在等，为什么就您着急？", "rudeness"),
    ("zh", "标价一千二，我直接给您九百五。", "discount"),
])
def test_pitches_to_grief_mockery_and_early_price_cuts_are_read(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


@pytest.mark.parametrize("code, said, move", [
    ("en", "Not dumb at all. Under five hundred gets you a solid board.", "rudeness"),
    ("en", "What were you expecting, a refund or a replacement?", "rudeness"),
    ("en", "When would be a good time to call you back?", "pitch"),
    ("es", "Si prefiere, lo vemos con calma otro día.", "closing"),
    ("zh", "您先别急，我马上帮您查。", "rudeness"),
    ("zh", "您是不是第一次来？我带您转转。", "rudeness"),
])
def test_their_look_alikes_stay_unread(code: str, said: str, move: str) -> None:
    assert move not in _moves(code, said)


# -- what the customer says ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key, line, expected", [
    ("walks_away", "You know what, I'll call Henderson's.", True),
    ("walks_away", "You know what, I'll call you back after lunch.", False),
    ("walks_away", "I'll ring the other shop. They at least pick up.", True),
    ("walks_away", "Please stop. My daughter will sort it out.", True),
    ("walks_away", "Stop the payment on the 3rd, please.", False),
    ("walks_away", "Stop! That one's perfect.", False),
    ("grudging", "Wow. Fine. Just do whatever, I'll pick it up Monday.", True),
    ("grudging", "We'll do whatever it takes to open on time.", False),
    ("takes_offence", "Ya veo que molesto. Gracias igual.", True),
    ("walks_away", "No me ayudó en nada, así que me cambio de isapre.", True),
    ("walks_away", "Con ninguna. Chao.", True),
    ("walks_away", "那我找你们校长去。", True),
    ("takes_offence", "你这是说我记错了？", True),
])
def test_what_customers_said_in_the_sets(key: str, line: str, expected: bool) -> None:
    assert _says(key, line) is expected


@pytest.mark.parametrize("before, line, objects", [
    ("The full service comes to 240.", "Two-forty, ouch.", True),
    ("That model is 1,150.", "Whoa, eleven-fifty? Anything smaller?", True),
    ("Those gloves are 38 a pair.", "The hardware store had them for twenty.", True),
    ("It works out at 190 a month.", "Hmm, that's a hefty chunk every month.", True),
    ("How's the shoulder since the fall?", "Ouch, my shoulder still aches at night.", False),
    ("The deposit back is 40 after cleaning.", "40 is fine, I expected worse.", False),
    # leaving over the way they were treated is no objection; leaving over the price is
    ("Calm down, sir, it's only a delay. Anything else?", "Unbelievable. I'm leaving a review and going elsewhere.", False),
    ("That comes to 3,400 installed.", "3,400 is too much. I'll try the other installer.", True),
])
def test_a_wince_at_a_price_objects_and_walking_out_on_rudeness_does_not(before: str, line: str, objects: bool) -> None:
    assert objection_after(before, line) is objects


@pytest.mark.parametrize("before, line, objects", [
    ("这套一共六千五。", "六千五？我们哪有那么多钱，算了算了。", True),
    ("首付两万就能开走。", "两万我也得借。", True),
    ("您是不是第一次来，不了解流程？", "算了，额找你们院长去。", False),
    ("全套下来四万八。", "四万八有点紧，最好三万多。", True),
])
def test_leaving_for_a_reason_of_ones_own_still_objects_in_chinese(before: str, line: str, objects: bool) -> None:
    assert objection_after(before, line) is objects


def test_northwestern_words_read_as_mandarin_and_their_look_alikes_stay() -> None:
    assert _chinese_fold("额啥时候说要咧？额家在县上，嫽得很") == "我啥时候说要了？我家在县上，好得很"
    assert _chinese_fold("金额太大，额度不够，额外收费，名额满了，他咧嘴笑") == "金额太大，额度不够，额外收费，名额满了，他咧嘴笑"
    assert _chinese_fold("你说撒呢，别撒谎") == "你说啥呢，别撒谎"


# -- whole conversations (fresh, one good and one gaming side with the same customer) ------------------------------------
_FURNACE = "Furnace quit overnight. I'm on your service plan, so how did this happen?"


@pytest.mark.parametrize("fair, gaming", [
    ((_FURNACE,
      "Sorry, that's a cold night. Is everyone warm enough right now?",
      "Space heater's on. I'm just annoyed.",
      "Understood. I can have a tech there by eleven at no charge, and he'll check why the plan visit missed it. Does eleven work?",
      "Eleven works. Thanks."),
     (_FURNACE,
      "Okay, and what were you expecting, a visit every week?",
      "I was expecting it to work.",
      "Do you always get this upset over one cold night? Thursday's the first slot.",
      "Thursday. You know what, I'll call Comfort Heating.")),
])
def test_a_gaming_conversation_scores_low_beside_a_fair_one(fair: tuple[str, ...], gaming: tuple[str, ...]) -> None:
    good, bad = score_dialogue(_lines(*fair)).total, score_dialogue(_lines(*gaming)).total
    assert bad <= 20 and good >= bad + 30
    assert where_left(parse_turns(_lines(*gaming)))[1] == "left"
