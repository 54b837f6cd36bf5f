"""Forty-fourth round: what the read sets blind150 (energy, funerals, ferries, farm dealers and pubs in Scotland and
Wales), blind152 (alarms, inverters, dealers and contracts in South Africa, Zimbabwe and Botswana), es/blind30 (banks,
remittances, couriers, schools and dealers in Central America) and zh/blind30 (dealers, clinics, seeds and freight in
Hubei, Hunan and Henan) showed the rubric missing: tag questions that lead, a package walked through at a grieving
customer, the booklet quoted at them, scarcity said of someone else's ferry, a customer still angry but thankful, and a
Spanish next step left to the customer's own time.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import offers_later_contact, parse_turns, where_left
from rubric_lines import conversation as _lines, customer_says as _says, moves_of as _moves


# -- the trainee's moves ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, said, move", [
    ("en", "So what would it take to get the new tills in your shops by Friday?", "pressure"),
    ("en", "Great, and how soon would you want the first shipment?", "closing"),
    ("en", "Which bundle do you think she'll go for, the family or the duo?", "closing"),
    ("en", "What's the best card for the booking?", "closing"),
    ("en", "Leave it with me so we can lock in the winter rate.", "pressure"),
    ("en", "You'll be needing the bigger boiler, won't you?", "leading"),
    ("en", "You'd much rather have it done properly, wouldn't you?", "leading"),
    ("en", "Our frames are far better quality, aren't they?", "leading"),
    ("en", "That old kettle's had it, isn't it?", "leading"),
    ("en", "Before the repair, may I walk you through our Platinum plan?", "pitch"),
    ("en", "There's finance at 3.9 per cent on the new range.", "pitch"),
    ("en", "A new one will pay for itself back in three years.", "pitch"),
    ("en", "And how about the premium add-on for the headstone?", "upsell"),
    ("en", "Lots of families regret it later if they go too plain.", "pressure"),
    ("en", "What exactly did you do with the charger?", "rudeness"),
    ("en", "It's all in the manual, madam.", "argument"),
    ("en", "I'm afraid the fault is on your side.", "argument"),
    ("en", "Have I understood correctly that you'd like to order?", "closing"),
    ("es", "¿Qué le parecería si abrimos una cuenta con nosotros?", "pitch"),
    ("es", "¿Y qué necesitaría para firmarlo hoy mismo?", "pressure"),
    ("es", "¿Con qué tarjeta prefiere que lo paguemos?", "closing"),
    ("es", "¿Seguro que no fue alguien de su familia?", "rudeness"),
    ("es", "Casi siempre es descuido del cliente.", "argument"),
    ("es", "O sea que usted necesita nuestro plan Premium, ¿verdad?", "leading"),
    ("es", "Esta licuadora se paga sola, viene en rojo y negro.", "pitch"),
    ("zh", "那你去找别家呗。", "rudeness"),
    ("zh", "跟你说了也记不住。", "rudeness"),
    ("zh", "您得从自己身上找找原因。", "rudeness"),
    ("zh", "其实您可以考虑我们的会员卡。", "pitch"),
])
def test_leading_tags_pitches_and_blame_are_read(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


@pytest.mark.parametrize("code, said, move", [
    ("en", "So the leak is worse after rain, isn't it?", "leading"),
    ("en", "Can I walk you through the claim form?", "pitch"),
    ("en", "The manual says to descale it every month.", "argument"),
    ("en", "After it got wet, what did you do with it?", "rudeness"),
    ("en", "Yes, at the register office, within five days.", "closing"),
    ("en", "Have you booked the ferry yet? August fills fast.", "pressure"),
    ("es", "¿Qué le parece si lo revisamos juntos?", "pitch"),
    ("es", "No es un error suyo, lo corregimos hoy.", "argument"),
    ("zh", "数据每天导到您邮箱，合同里写明。", "argument"),
])
def test_their_look_alikes_stay_unread(code: str, said: str, move: str) -> None:
    assert move not in _moves(code, said)


def test_scarcity_of_our_own_slots_is_still_pressure() -> None:
    assert "pressure" in _moves("en", "Our slots for August fill fast.")


# -- what the customer says ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key, line, expected", [
    ("walks_away", "Bye now.", True),
    ("walks_away", "Thanks, pet, bye now!", False),
    ("walks_away", "I have to go. My son will deal with you.", True),
    ("lost", "Whoa, that's a lot of acronyms.", True),
    ("walks_away", "Páseme con una supervisora, por favor.", True),
    ("walks_away", "Usted no me escucha. Ahí nos vemos.", True),
    ("walks_away", "好的，那我走了。", False),
    ("walks_away", "你们这样我走了。", True),
    ("walks_away", "那你挂吧，不用你们了。", True),
    ("walks_away", "算了，就按你说的办。", False),
    ("puts_off", "行，你给我看看颜色。", False),
    ("puts_off", "我拿回去给老婆看看。", True),
])
def test_what_customers_said_in_the_sets(key: str, line: str, expected: bool) -> None:
    assert _says(key, line) is expected


# -- where the conversation leaves the customer ---------------------------------------------------------------------------
def test_still_angry_but_thankful_is_neither_won_nor_pushing_back() -> None:
    turns = parse_turns(_lines("Your engineer never turned up and I lost a day's pay!",
                               "I'm sorry. That's on us. I'll refund the call-out and book the first slot tomorrow, 8am.",
                               "I'm still furious. But thank you for owning it."))
    assert where_left(turns)[1] == "open"
    pressed = parse_turns(_lines("Your engineer never turned up and I lost a day's pay!",
                                 "These things happen, sir.",
                                 "I'm still furious! I want my money back."))
    assert where_left(pressed)[1] == "pushes_back"


def test_a_spanish_step_left_to_the_customers_time_is_no_push() -> None:
    lines = _lines("Buenas, quería saber cuánto cuesta la ortodoncia para mi hijo.",
                   "Buenas. ¿Qué le dijo el dentista?",
                   "Que tiene los dientes muy juntos. ¿Y cuánto sale?",
                   "Entre 8 y 12 mil, en pagos. Primero va una evaluación de 300.",
                   "Uy... lo tengo que hablar con mi esposa.",
                   "Claro. ¿Le aparto la evaluación o prefiere llamar cuando lo hayan hablado?")
    assert offers_later_contact(parse_turns(lines)[-1])
    assert score_dialogue(lines).cap is None


# -- whole conversations (fresh, one good and one gaming side with the same customer) ------------------------------------
_GLASSES = "Hiya. My glasses have snapped at the hinge. Can you mend them?"


@pytest.mark.parametrize("fair, gaming", [
    ((_GLASSES,
      "I'll have a look. Yes, a new screw will do it, about ten minutes. When were they last checked?",
      "Oh, years ago. They're grand for reading.",
      "Then I'll fix the hinge now, no charge. A free eye test is there if you ever want one.",
      "Lovely, thank you."),
     (_GLASSES,
      "Those are past it though, aren't they? You'll be wanting a new pair, won't you?",
      "No, I only want the hinge fixed.",
      "Ours are better quality, aren't they? You'd rather pay a bit more and see properly, wouldn't you?",
      "I'd rather you mended my glasses. Bye now.")),
])
def test_a_gaming_conversation_scores_low_beside_a_fair_one(fair: tuple[str, ...], gaming: tuple[str, ...]) -> None:
    good, bad = score_dialogue(_lines(*fair)).total, score_dialogue(_lines(*gaming)).total
    assert bad <= 20 and good >= bad + 30


# -- a bare goodbye after the customer's yes is a parting, not an exit ---------------------------------------------------
_BOILER = ("Hi, my boiler's making a banging noise.",
           "Sorry to hear that. When does it bang, when the heating comes on or all the time?",
           "Mostly first thing in the morning.",
           "That sounds like the pump. I can send an engineer Tuesday at nine, would that suit?",
           "Tuesday at nine is perfect, thanks.")


@pytest.mark.parametrize("farewell", ["Goodbye.", "Okay, bye now."])
def test_a_goodbye_after_a_yes_is_no_walk_out(farewell: str) -> None:
    lines = _lines(*_BOILER, "Booked. He'll ring before he comes.", farewell)
    assert where_left(parse_turns(lines))[1] != "left"
    assert score_dialogue(lines).cap is None


def test_a_goodbye_after_an_upsell_that_follows_the_yes_still_walks_out() -> None:
    lines = _lines(*_BOILER, "Great. And the premium cover is only 5 more a month, everyone takes it.", "Goodbye.")
    assert where_left(parse_turns(lines))[1] == "left"
