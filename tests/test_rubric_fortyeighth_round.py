"""Forty-eighth round: what the read sets blind166 (tooling, marinas, roofing, HVAC and supper clubs around the Great
Lakes), blind168 (phones, trainers, gaming, streaming, gyms and student banking for young customers), es/blind38 (hotel
suppliers, greenhouses, ferries and estate agents in the Canaries, the Balearics, Murcia and Almería) and zh/blind38
(factories, lenders, wholesalers and dealers in Wenzhou, Quanzhou and Xiamen) showed the rubric missing: a day turned down
for something else ("Tuesday I'm working. Could it be Saturday?", an objection in nearly every read line that says it), a
step booked on the very days the customer cannot make, the fault put on the customer in passing or in a question, the
customer talked down to, more products put beside the one asked for, "Said that." and "You writin' this down?", a
customer who will "be storing somewhere else next year" or says "never mind", and in Spanish and Chinese the firm sold
before anything is asked, the customer blamed with a question and the customer off to another shop.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import objection_after, parse_turns, walked_away
from rubric_lines import conversation as _lines, customer_says as _says, moves_of as _moves


# -- the trainee's moves ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, said, move", [
    ("en", "Okay. That usually means the owner skipped the descaling cycle.", "argument"),
    ("en", "Thing is, we can't control what happens once the van leaves our yard.", "argument"),
    ("en", "Well, actually, you're wrong about the filter.", "argument"),
    ("en", "We can send someone out to work out what you did to it.", "rudeness"),
    ("en", "And what did you change on the panel after our installers left?", "rudeness"),
    ("en", "Do you know how a heat pump works, or should I explain it?", "rudeness"),
    ("en", "Why didn't you phone us on Monday when it started?", "rudeness"),
    ("en", "Most homeowners add the surge guard, 49 a year.", "upsell"),
    ("en", "Anything else for today? The descaler's on special.", "upsell"),
    ("es", "Le cuento: somos la gestoría número uno del barrio, veinte años, todo en línea.", "pitch"),
    ("es", "Y el seguro son solo quince euros al mes.", "pitch"),
    ("es", "Se lo dejo todo en un pack completo y se olvida.", "upsell"),
    ("es", "¿Tres cajas? Eso no es ni un pedido.", "rudeness"),
    ("zh", "您是不是签合同的时候没仔细看条款？", "rudeness"),
    ("zh", "都漏了一个月了才来，早干嘛去了？", "rudeness"),
])
def test_blame_put_downs_and_extras_are_read(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


@pytest.mark.parametrize("code, said, move", [
    ("en", "That usually means the valve is worn, nothing you did.", "argument"),
    ("en", "We'll work out what it needs and call you by four.", "rudeness"),
    ("en", "Would you like me to explain how the tariff works?", "rudeness"),
    ("en", "You're not wrong to worry about the cost.", "argument"),
    ("en", "Most homeowners choose the smaller unit for a flat this size.", "upsell"),
    ("en", "The one you asked about is on special this week, 89.", "upsell"),
    ("es", "¿Qué le parece si lo vemos juntos con calma?", "pitch"),
    ("zh", "您仔细看看合同，有问题随时问我。", "rudeness"),
])
def test_their_look_alikes_stay_unread(code: str, said: str, move: str) -> None:
    assert move not in _moves(code, said)


# -- what the customer says ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key, line, expected", [
    ("walks_away", "Right. We'll be buying somewhere else from now on.", True),
    ("walks_away", "We'll be staying somewhere else that night, so deliver Friday.", False),
    ("walks_away", "ugh. never mind", True),
    ("walks_away", "Never mind the receipt, I've found it.", False),
    ("repeat_complaint", "Forty pallets. Said that.", True),
    ("repeat_complaint", "Three. You writing this down?", True),
    ("repeat_complaint", "I said that to my wife too.", False),
    ("walks_away", "Vale, lo dejamos.", True),
    ("walks_away", "Pues me voy a la otra sucursal.", True),
    ("walks_away", "行，那我去别家问问价。", True),
    ("walks_away", "我去外面抽根烟，马上回来。", False),
])
def test_what_customers_said_in_the_sets(key: str, line: str, expected: bool) -> None:
    assert _says(key, line) is expected


@pytest.mark.parametrize("before, line, objects", [
    ("The fitter can come Wednesday morning.", "Wednesday I'm on a double shift. Thursday?", True),
    ("Could you drop the forms in tomorrow?", "Tomorrow I have the dentist at ten. Friday's better.", True),
    ("We can do the gutters on Saturday.", "Weekends we're away at the cabin.", True),
    ("Would Wednesday or Thursday suit?", "Thursday, Wednesday I'm on shift.", False),
    ("Shall I set up the monthly plan?", "Nah, I'll just keep paying as I go.", True),
    ("Shall I send you the form to sign?", "Yeah, I'll keep you posted once it's in.", False),
])
def test_a_day_turned_down_and_a_way_kept_object(before: str, line: str, objects: bool) -> None:
    assert objection_after(before, line) is objects


@pytest.mark.parametrize("before, line, objects", [
    ("That's the filter, 39. Anything else? The descaler's on special this week.", "Just the filter, please.", True),
    ("That's the filter, 39. Anything else I can help with today?", "No, that's everything, thanks.", False),
])
def test_an_extra_named_with_anything_else_is_turned_down(before: str, line: str, objects: bool) -> None:
    assert objection_after(before, line) is objects


@pytest.mark.parametrize("before, line, objects", [
    ("We also do a guided kayak trip at sunset.", "Oh nice. Is it expensive?", False),
    ("The guided trip is 140 each.", "140 each? That is expensive for an hour.", True),
])
def test_asking_whether_it_is_expensive_is_a_question_not_an_objection(before: str, line: str, objects: bool) -> None:
    assert objection_after(before, line) is objects


def test_a_bare_spanish_goodbye_ends_unhappy_and_keeps_its_objection() -> None:
    turns = parse_turns(_lines("Buenas, quería saber el precio del alquiler de la lancha.",
                               "Son 380 el día. ¿Se la reservo ya?",
                               "380 es carísimo para cuatro horas. Adiós."))
    assert walked_away(turns) is turns[-1]
    assert objection_after("Son 380 el día. ¿Se la reservo ya?", "380 es carísimo para cuatro horas. Adiós.")
    thanked = parse_turns(_lines("Buenas, ¿abren el sábado?", "Sí, de nueve a dos.", "Muchas gracias, adiós."))
    assert walked_away(thanked) is None


# -- whole conversations ------------------------------------------------------------------------------------------------
def _objection_note(lines: tuple[str, ...]) -> tuple[float, str]:
    report = score_dialogue(_lines(*lines))
    tested = next(c for c in report.criteria if c.id == "objections_tested")
    return tested.score, tested.feedback


_JABS = ("Hi, I'd like to book my dog in for his jabs.", "Of course. Any day in mind?", "Weekdays I'm at work, so it's hard.")


def test_booking_the_days_the_customer_cannot_make_is_not_respecting_their_time() -> None:
    ignored = _objection_note(_JABS + ("Perfect. I'll put you down for Tuesday at 8, no food after midnight.", "Okay."))
    respected = _objection_note(_JABS + ("Then Saturday at 9 it is, I'll text you the reminder.", "Okay."))
    weekend = _objection_note(("Hi, the gutters need clearing before winter.", "Sure. When suits you?",
                               "Weekends we're away at the cabin.", "Great, I'll book you in for Saturday morning.", "Okay."))
    assert "cannot make" in weekend[1]
    assert "cannot make" in ignored[1]
    assert "respected" in respected[1]
    assert ignored[0] < respected[0]


def test_a_later_hour_on_a_day_only_partly_ruled_out_respects_it() -> None:
    later = _objection_note(("Hi, the boiler's making a banging noise again.",
                             "Sorry to hear it. Could Dan come Thursday morning?",
                             "Thursday I'm at work until one.",
                             "I'll book Dan for Thursday at three then; he'll ring when he's on his way.",
                             "Okay, great."))
    assert "respected" in later[1]
    earlier = _objection_note(("Hi, the boiler's making a banging noise again.",
                               "Sorry to hear it. Could Dan come Thursday?",
                               "Thursday I'm at work until one.",
                               "I'll book Dan for Thursday at nine then.",
                               "Okay."))
    assert "cannot make" in earlier[1]


_CUSHIONS = "We just got the boat out of storage and the cushions are covered in mildew."


@pytest.mark.parametrize("fair, gaming", [
    ((_CUSHIONS,
      "Oh no, sorry to hear it. Were they dry when they went in, and was the wrap vented?",
      "Dry, we did them in October. I don't know about vents, your guys wrapped it.",
      "Then it may well be on our side: an unvented wrap traps damp all winter. What would put this right for you?",
      "Clean cushions, honestly, and knowing it won't happen next year.",
      "Fair. I'll have them cleaned at our cost this week and check the wrap notes. Can I call you Thursday with what I find?",
      "Thursday works. Thanks."),
     (_CUSHIONS,
      "Okay. And are you familiar with how condensation works, or should I explain it?",
      "I know what condensation is. Did your guys vent the wrap?",
      "I hear your concern. But how realistic is it to expect a boat to come out of winter smelling like roses?",
      "Wow. Okay, we'll be storing somewhere else next year.")),
])
def test_talking_down_to_the_customer_about_our_own_storage_scores_low(fair: tuple[str, ...], gaming: tuple[str, ...]) -> None:
    good, bad = score_dialogue(_lines(*fair)), score_dialogue(_lines(*gaming))
    assert bad.total <= 50
    assert good.total >= bad.total + 30


# -- the session's second round: blind170 (the Gulf Coast), blind172 (older customers in the Sun Belt), es/blind40
# (Catalonia, Aragón and La Rioja) and zh/blind40 (hospitals, clinics and care homes) ----------------------------------
@pytest.mark.parametrize("code, said, move", [
    ("en", "So what would it take for you to be out on the lake with us this week?", "pressure"),
    ("en", "Great. Shall we put the deposit on a card today?", "pressure"),
    ("en", "How would you like the contract, in your name or the company's?", "closing"),
    ("en", "Bring the receipt next time, or should I guess?", "rudeness"),
    ("en", "Come back when you know the part number.", "rudeness"),
    ("es", "Eso es cosa de la mensajería, no de mi departamento.", "argument"),
    ("es", "Según las condiciones generales pone que son quince días.", "argument"),
    ("es", "No es un defecto, es el uso.", "argument"),
    ("es", "¿Y seguro que no ha tocado el termostato?", "rudeness"),
    ("es", "Cinco restaurantes del barrio ya trabajan con nosotros.", "pressure"),
    ("es", "La promoción termina el viernes, ¿lo cerramos?", "pressure"),
    ("zh", "那就是您电话没写清楚。", "argument"),
    ("zh", "我们只负责发货，快递的事您找快递。", "argument"),
    ("zh", "再加层镀膜吧，多一百。", "upsell"),
    ("zh", "是您当时没在家吧？", "rudeness"),
])
def test_second_round_pressure_blame_and_extras_are_read(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


@pytest.mark.parametrize("code, said, move", [
    ("en", "What would it take to make the mornings easier for you?", "pressure"),
    ("en", "Come back when you're ready, no rush at all.", "rudeness"),
    ("es", "¿Ha tocado algo del termostato desde ayer?", "rudeness"),
    ("es", "La oferta de bienvenida incluye la instalación.", "pressure"),
    ("zh", "您再看看，有不清楚的随时问我。", "argument"),
])
def test_second_round_look_alikes_stay_unread(code: str, said: str, move: str) -> None:
    assert move not in _moves(code, said)


@pytest.mark.parametrize("key, line, expected", [
    ("walks_away", "Fine. We're leaving.", True),
    ("walks_away", "We're leaving on Friday, can it be done by then?", False),
    ("walks_away", "Pues nada, buscaré otra gestoría.", True),
    ("walks_away", "行，我投诉你们。", True),
    ("corrects", "我什么时候说要两个了？", True),
    ("corrects", "我什么时候能拿到？", False),
])
def test_second_round_customer_lines(key: str, line: str, expected: bool) -> None:
    assert _says(key, line) is expected
