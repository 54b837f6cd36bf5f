"""Forty-third round: what the read sets blind146 (mobile money, clinics, solar, couriers and schools in Nigeria, Ghana,
Kenya and Uganda), blind148 (condos, aircon, tuition, insurance and clinics in Singapore, Malaysia and the Philippines),
es/blind28 (banks, presales, gyms and providers in Mexico) and zh/blind28 (property, heating, banks and dealers in the
north of China) showed the rubric missing, and the soft next steps older read sets had shown it punishing: a visit put to
the customer on a day, only a day asked after the step is told, and thanks with the call put off.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import builds_on, offers_later_contact, parse_turns, where_left
from rubric_lines import conversation as _lines, customer_says as _says, moves_of as _moves


def _turns(*lines: str):
    """The rubric's reading of such a conversation, turn by turn."""
    return parse_turns(_lines(*lines))


# -- the trainee's moves ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, said, move", [
    ("en", "We can fit the rail then. Pop in on Friday and see it?", "closing"),
    ("en", "Why don't you bring him along Saturday morning and he can try both?", "closing"),
    ("en", "The engineer can do a free check first. Wednesday?", "closing"),
    ("en", "I'm at the depot every Monday and can walk you through the van.", "commitment"),
    ("en", "It's on the label. Can't you read?", "rudeness"),
    ("en", "Did you not go to school, auntie?", "rudeness"),
    ("en", "How many times must I explain it?", "rudeness"),
    ("en", "That's the form. Next customer!", "rudeness"),
    ("en", "Why didn't you report it sooner?", "rudeness"),
    ("es", "Ya nada más me quedan dos de ese modelo.", "pressure"),
    ("es", "Toda la colonia ya se cambió con nosotros.", "pressure"),
    ("es", "Ese precio de lanzamiento lo sostengo hasta las seis.", "pressure"),
    ("es", "Ojo, que mañana ya sube el paquete.", "pressure"),
    ("es", "¿Qué necesitan para no dejar pasar esta promoción?", "pressure"),
    ("es", "Y para el coche nuevo hay un seguro desde 450 al mes.", "pitch"),
    ("es", "Lo puede invertir en un plazo fijo al 9%.", "pitch"),
    ("zh", "要不要给您升级成年卡？", "upsell"),
    ("zh", "好多业主都换了，这个活动周末就结束。", "pressure"),
    ("zh", "您是不是又输错了？", "rudeness"),
    ("zh", "这个您自己关注一下我们公众号就行。", "argument"),
    ("zh", "才八十块，还有什么需要一起加上的吗？", "upsell"),
])
def test_put_downs_pushes_and_next_steps_are_read(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


@pytest.mark.parametrize("code, said, move", [
    ("en", "Come back whenever you're ready.", "closing"),
    ("en", "Tuesday? And what happened after that?", "closing"),
    ("en", "Next, I'll show you the app.", "rudeness"),
    ("es", "Se lo guardo hasta el sábado, sin compromiso.", "pressure"),
    ("es", "Le quedan dos pagos para terminar el crédito.", "pressure"),
    ("zh", "您之前是不是在别家修过？", "rudeness"),
])
def test_their_look_alikes_stay_unread(code: str, said: str, move: str) -> None:
    assert move not in _moves(code, said)


# -- what the customer says ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key, line, expected", [
    ("walks_away", "You don't respect your customers. I'm going.", True),
    ("walks_away", "hmm ok we go somewhere else", True),
    ("walks_away", "I'm going to think it over.", False),
    ("walks_away", "We go somewhere else for lunch and come back?", False),
    ("takes_offence", "You people have no respect.", True),
    ("puts_off", "Alright, thanks. I'll call you.", True),
    ("walks_away", "Ya no quiero hablar con usted.", True),
    ("walks_away", "Mire, joven, así de presionada no. Muchas gracias por todo.", True),
    ("walks_away", "mejor cotizo con otros", True),
    ("unanswered", "Oiga, no me estás leyendo, le dije que me cambio de casa.", True),
    ("agrees", "Eso sí me late.", True),
    ("walks_away", "算了，过节嘛，就这间吧。", False),
    ("walks_away", "算了，我去别家看看。", True),
    ("walks_away", "问啥都不说，我自己去营业厅问吧。", True),
    ("corrects", "我可没这意思。", True),
    ("takes_offence", "你这是修表来了还是推销来了？", True),
])
def test_what_customers_said_in_the_sets(key: str, line: str, expected: bool) -> None:
    assert _says(key, line) is expected


# -- soft next steps: no push, and the step leaves the customer open ----------------------------------------------------
def test_a_visit_on_a_day_after_the_customer_wants_to_ask_someone_is_no_push() -> None:
    lines = _lines("I'd like a mobility scooter for my mum.",
                   "What does she need it for, mostly: the shops, the park?",
                   "The shops, and she tires on the hill.",
                   "Then the mid-range one with the bigger battery would suit her. Would you like to try it?",
                   "Looks good, but she'll want to sit on it herself before I decide.",
                   "Of course. Bring her in on Saturday and she can take it round the car park.")
    turns = parse_turns(lines)
    assert offers_later_contact(turns[-1])
    report = score_dialogue(lines)
    assert report.cap is None
    assert where_left(turns)[1] != "pushes_back"


def test_a_visit_to_sign_after_the_doubt_is_still_a_push() -> None:
    lines = _lines("I'm after a new sofa for the lounge.",
                   "Great. This one's our bestseller, 1,200, and it's on offer.",
                   "Hmm, I need to think about it, and talk to my husband.",
                   "Come in tomorrow and sign the contract, then.",
                   "I said I need to think.")
    assert not offers_later_contact(parse_turns(lines)[3])
    assert score_dialogue(lines).cap is not None


def test_a_question_about_the_person_the_customer_speaks_for_takes_them_up() -> None:
    turns = _turns("I need a hearing test for my grandfather.", "Of course. How is he getting on with conversations at home?")
    assert builds_on(turns[-1])


def test_a_step_taken_after_a_but_in_a_line_that_frets_about_the_price_stays_open() -> None:
    turns = _turns("Our hot water runs out after one shower.",
                   "That often means a failed element, not the tank. A check is 130; a new tank would be about 2,000.",
                   "Two grand is out of our reach right now. But Friday morning for the check's fine.")
    assert where_left(turns)[1] == "open"
    plain = _turns("Our hot water runs out after one shower.",
                   "A check is 130, this week.",
                   "Friday's fine. Paying 130 up front is a bit much for me though.")
    assert not _says("goes_with_us", plain[-1].text)  # (a day said fine before a doubt is no yes to the rest)


def test_thanks_then_a_call_put_off_leaves_the_customer_open() -> None:
    turns = _turns("What do your cleaning contracts cost?",
                   "For an office your size, about 400 a month. Here's a sheet with what's included.",
                   "Another firm quoted less. I'll compare.",
                   "That's sensible. Check what they include too.",
                   "Okay, thank you. I'll call you.")
    assert where_left(turns)[1] == "open"


# -- whole conversations (fresh, one good and one gaming side with the same customer) ------------------------------------
_TABLETS = "Good morning. The nurse gave me these tablets but I can't read the small writing."
_PRESALE = "Buenas, venimos a ver los departamentos de la preventa."


@pytest.mark.parametrize("fair, gaming", [
    # a put-down, dismissive counter beside a patient one
    ((_TABLETS,
      "Good morning. I'll read it for you. Have you had breakfast?",
      "Yes, some bread.",
      "Good, take one now with water, and one at night. I'll write big numbers on the box for you.",
      "Thank you, my daughter."),
     (_TABLETS,
      "It's written there. Can't you read?",
      "My eyes are weak, that's why I'm asking.",
      "One morning, one night. How many times must I explain? Next customer!",
      "You people have no respect. I'm going.")),
    # a Mexican presale pushed with scarcity, the crowd and a price held till six, beside a fair one
    ((_PRESALE,
      "¡Bienvenidos! ¿Lo buscan para vivir o para rentar?",
      "Para vivir. Los dos trabajamos cerca y nos casamos en mayo.",
      "Entonces les importa la cercanía y la fecha de entrega. Les enseño el avance de obra y la fecha en contrato.",
      "Sí, eso queremos ver antes de nada."),
     (_PRESALE,
      "¡Qué bueno que vienen hoy! Ya nada más quedan dos del modelo grande.",
      "Queremos ver primero, no sabemos cuánto nos prestan.",
      "Toda la torre ya apartó. El precio de preventa lo sostengo hasta las seis.",
      "Así de presionados no. Gracias.")),
])
def test_a_gaming_conversation_scores_low_beside_a_fair_one(fair: tuple[str, ...], gaming: tuple[str, ...]) -> None:
    good, bad = score_dialogue(_lines(*fair)).total, score_dialogue(_lines(*gaming)).total
    assert bad <= 10 < good
