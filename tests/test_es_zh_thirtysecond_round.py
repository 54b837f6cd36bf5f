"""Thirty-second round in Spanish and Chinese: questions typed without "?", grief, offence, leaving, corrections and
an upsell after "¿algo más?", read from es/blind4 and zh/blind4 (dev sets).

Every example here is written afresh for the test (none is a line of a dialogue set).
"""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import corrects, is_upset, parse_turns, takes_offence, walked_away
from coursekit.scoring.readers import reader


def _dialogue(*lines: str) -> list[dict]:
    """Turns from lines that alternate customer, trainee, customer, …"""
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


# -- Spanish questions typed without a question mark --------------------------------------------------------------------
@pytest.mark.parametrize("sentence", ["como le fue con la bomba que compro", "q es lo que mas le preocupa del techo",
                                      "y cuando empezo a gotear", "le parece bien si paso el jueves",
                                      "quiere que le mande las dos opciones"])
def test_a_spanish_question_typed_without_a_question_mark_asks(sentence: str) -> None:
    assert reader("es").is_question(sentence)


@pytest.mark.parametrize("sentence", ["que tenga buen dia", "que pena lo de su carro", "como le dije, ya esta listo",
                                      "cuando llegue el repuesto le aviso", "cuando quiera pasa por la tienda.",
                                      "ya tiene su factura en el correo"])
def test_a_spanish_wish_exclamation_or_statement_does_not_ask(sentence: str) -> None:
    assert not reader("es").is_question(sentence)


def test_a_spanish_chat_that_asks_without_question_marks_earns_its_discovery() -> None:
    opening = "hola buenas, se me quemo la bomba de agua de la casa"
    asked = score_dialogue(_dialogue(opening, "uy que mal. como fue, se quemo de un dia para otro",
                                     "si, sono raro dos dias y despues nada", "y que es lo que mas le urge, el agua de la cocina o el tinaco",
                                     "el tinaco, somos seis en la casa", "entonces le reviso la de medio caballo, esta en 2400 con instalacion",
                                     "ok mandeme al tecnico"))
    told = score_dialogue(_dialogue(opening, "uy que mal. tenemos bombas de medio caballo a 2400",
                                    "si, sono raro dos dias y despues nada", "la de medio caballo es la mejor, se la instalamos",
                                    "el tinaco, somos seis en la casa", "entonces le mando la de medio caballo, 2400 con instalacion",
                                    "ok mandeme al tecnico"))
    discovery = {c.id: c.score for c in asked.criteria}["discovery_before_pitch"]
    assert discovery > {c.id: c.score for c in told.criteria}["discovery_before_pitch"]
    assert asked.total > told.total


# -- Spanish: grief, offence, not being heard, leaving, an upsell after "¿algo más?", the honesty doubted -------------
def test_a_death_just_told_in_spanish_is_an_upset_customer() -> None:
    turns = parse_turns(_dialogue("Buenas. Mi esposo murio el sabado y vengo a cerrar su cuenta.", "Lo siento mucho."))
    assert is_upset(turns[0])
    background = parse_turns(_dialogue("Desde que mi esposo fallecio llevo yo las cuentas de la casa.", "Entiendo."))
    assert not is_upset(background[0])


def test_spanish_offence_not_being_heard_and_leaving() -> None:
    turns = parse_turns(_dialogue("Me cobraron la cuota dos veces.", "¿Seguro que no pago usted dos veces?",
                                  "¿Como que si estoy seguro? Tengo el comprobante.", "Le ofrezco el seguro de proteccion de pagos.",
                                  "¿Me esta escuchando? Le hablo del cobro doble.", "Es que asi es el sistema.",
                                  "Oiga, dejelo. Ya vuelvo al banco con mi hija."))
    assert takes_offence(turns[2])
    assert turns[4].reader.says("presses", turns[4].text_lower)
    assert walked_away(turns) is turns[-1]


def test_spanish_what_else_that_names_a_product_is_an_upsell() -> None:
    turns = parse_turns(_dialogue("Vengo por el jarabe que le recetaron a mi hija.", "Aqui lo tiene. ¿Algo mas? ¿Unas pastillas "
                                  "para la garganta, que estan en oferta?"))
    assert "upsell" in turns[1].moves
    plain = parse_turns(_dialogue("Vengo por el jarabe que le recetaron a mi hija.", "Aqui lo tiene. ¿Algo mas en lo que le ayude?"))
    assert "upsell" not in plain[1].moves


def test_spanish_doubt_of_the_customer_is_an_argument() -> None:
    turns = parse_turns(_dialogue("El cargador no funciona desde el primer dia.",
                                  "Mucha gente se queja y luego resulta que era el enchufe de su casa."))
    assert "argument" in turns[1].moves


# -- Chinese: grief, the manager asked for, "when did I say…", offence at a pitch in grief ---------------------------
def test_a_death_just_told_in_chinese_is_an_upset_customer() -> None:
    turns = parse_turns(_dialogue("我爸前几天去世了，他的银行卡要怎么注销？", "请节哀。"))
    assert is_upset(turns[0])


def test_chinese_manager_correction_and_offence() -> None:
    turns = parse_turns(_dialogue("我想问一下这个月的电费为什么这么高。", "您是想换成峰谷电价套餐对吧？",
                                  "我什么时候说要换套餐了？我就问电费。", "那顺便给您办个光伏分期？",
                                  "我妈刚走没几天你就跟我推这些？", "这也是为您好。", "你们经理在吗？我找你们经理。"))
    assert corrects(turns[2])
    assert takes_offence(turns[4])
    assert walked_away(turns) is turns[-1]


# -- Chinese questions typed without "？" ---------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", ["办这个要带啥证件", "空调是一直不制冷，还是开一会儿才不制冷", "这款防不防水",
                                      "发票开了没有", "下周二来装行不", "你们店咋收费"])
def test_a_chinese_question_typed_without_a_question_mark_asks(sentence: str) -> None:
    assert reader("zh").is_question(sentence)


@pytest.mark.parametrize("sentence", ["没啥问题", "啥都行，您看着办", "我还是想先看看", "味道不咋样", "我还没有"])
def test_a_chinese_statement_with_those_words_does_not_ask(sentence: str) -> None:
    assert not reader("zh").is_question(sentence)


@pytest.mark.parametrize("sentence", ["Cómo le va con el equipo nuevo.", "Qué necesita para la tienda.", "Cuánto quiere gastar."])
def test_a_spanish_question_word_with_its_accent_asks_even_with_a_full_stop(sentence: str) -> None:
    assert reader("es").is_question(sentence.lower())


@pytest.mark.parametrize("sentence", ["Qué pena.", "Qué ilusión.", "Qué bueno que vino.", "Como le dije, ya está."])
def test_a_spanish_exclamation_with_a_full_stop_does_not_ask(sentence: str) -> None:
    assert not reader("es").is_question(sentence.lower())
