"""Thirty-fourth round: Spanish and Chinese customers pushing back in their own words, inside a conversation.

A price too high for them, money they have not got, a time that does not suit, the decision put off, a no to what was
offered: objections the rubric must see, read with what the trainee line before them did. An answer to a plain
question with the same words, or a customer walking out, is none. The in-dialogue model of each language now learns
from five dev writers' conversations too (bench/train_languages.py). Every example here is written afresh for the
test (none is a line of a dialogue set).
"""
from __future__ import annotations

import pytest

from coursekit.scoring.exchange import objection_after, parse_turns, raises_objection, what_it_answers, what_it_did
from coursekit.scoring.features import with_context
from coursekit.scoring.multilingual import tokens

OFFER_ES = "Le recomiendo el plan Familia: 45 dólares al mes con todo incluido. ¿Se lo activo hoy?"
OFFER_ZH = "我们这个套餐一个月一百九十九，送宽带和两张副卡，今天就给您办上吧？"


@pytest.mark.parametrize("line, pattern", [
    ("Uy, 45 al mes es un poquito caro para mí.", "too_expensive"),
    ("Ok, pero la verdad me aprieta, yo cobro la jubilación mínima.", "no_money"),
    ("Hoy no puedo, tengo que buscar a los chicos al colegio.", "no_time"),
    ("Bueno, déjeme consultarlo con mi marido y después le aviso.", "think_it_over"),
    ("No, gracias, con lo que tengo me arreglo.", "no_need"),
])
def test_spanish_push_back_after_an_offer_is_an_objection(line: str, pattern: str) -> None:
    turns = parse_turns([{"speaker": "trainee", "text": OFFER_ES}, {"speaker": "customer", "text": line}])
    assert raises_objection(turns, turns[-1]) == (True, pattern)


@pytest.mark.parametrize("line", [
    "一百九十九有点超预算了，我们家一个月话费也就五十。",
    "好是好，就是我一个退休的，哪儿用得起这么贵的。",
    "我先看看吧，回头跟我儿子商量一下。",
    "我不办，家里宽带还没到期呢。",
])
def test_chinese_push_back_after_an_offer_is_an_objection(line: str) -> None:
    assert objection_after(OFFER_ZH, line)


@pytest.mark.parametrize("before, line", [
    # the words of a push-back, answering a plain question about the customer: no objection
    ("¿Y cómo anda de la presión últimamente?", "La tengo un poco alta, por eso vine a la farmacia."),
    ("这笔钱一年之内会不会用到？", "一年内不用，留着看病的。"),
    # a customer who leaves has no objection left to answer
    (OFFER_ES, "No, gracias. Me voy a otra compañía que me atiendan mejor."),
])
def test_an_answer_or_a_walk_out_is_no_objection(before: str, line: str) -> None:
    assert not objection_after(before, line)


def test_a_yes_with_the_decision_put_off_or_a_price_worry_is_no_going_along() -> None:
    """"Ok" first no longer hides a decision put off or a price the customer finds too high."""
    assert objection_after(OFFER_ES, "Ok, déjeme pensarlo y le escribo cuando cobre.")
    assert objection_after(OFFER_ZH, "行吧，就是有点贵了。")
    assert not objection_after(OFFER_ES, "Ok, actívemelo hoy. ¿Qué necesita de mí?")


def test_the_model_reads_what_the_trainee_line_did_not_its_words() -> None:
    turns = parse_turns([{"speaker": "trainee", "text": OFFER_ES}])
    did = what_it_did(turns[0])
    assert did and did.split()[0] in {"closing", "commitment", "pitch", "offer", "pressure", "upsell", "asks"}
    assert what_it_answers(turns[0]).startswith(did) and what_it_answers(None) == "" and what_it_did(None) == ""
    read = tokens(with_context("no me alcanza", did), "es", "objecting")
    assert [t for t in read if t.startswith("c:")] == [f"c:{w}" for w in did.split()]
    assert "c:" in tokens(with_context("no me alcanza", ""), "es", "objecting")
    assert not [t for t in tokens("no me alcanza", "es", "objecting") if t.startswith("c:")]
