"""Thirty-ninth round: what the read sets blind130 (Ireland), blind131 (India and Pakistan) and zh/blind20 (Taiwan,
Traditional characters) showed the rubric missing.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.scoring.exchange import builds_on, parse_turns, raises_objection, where_left
from coursekit.scoring.readers import reader
from coursekit.scoring.text import normalise


def _moves(code: str, text: str) -> frozenset[str]:
    return frozenset(analyse_turn(text).moves) if code == "en" else reader(code).read_turn(normalise(text))[1]


def _says(code: str, key: str, line: str) -> bool:
    turn = parse_turns([{"speaker": "customer", "text": line}])[0]
    return turn.reader.says(key, turn.said_lower or turn.text_lower)


def _exchange(trainee: str, customer: str, opening: str = "Hello there.") -> tuple[bool, str]:
    """(whether the customer's reply objects, where it leaves them) after a trainee line."""
    turns = parse_turns([{"speaker": "customer", "text": opening}, {"speaker": "trainee", "text": trainee},
                         {"speaker": "customer", "text": customer}])
    return raises_objection(turns, turns[-1])[0], where_left(turns)[1]


# -- English ------------------------------------------------------------------------------------------------------------
def test_a_decision_left_for_later_is_not_a_sale_declared_done() -> None:
    assert not _says("en", "declares_done", "No rush. I'll keep the quote on file; give me a ring once you've decided.")
    assert not _says("en", "declares_done", "Call me when you've decided which colour.")
    assert _says("en", "declares_done", "Perfect, so you've agreed to the two-year plan.")


def test_leaving_the_decision_with_the_customer_is_not_capped_as_pressure() -> None:
    report = score_dialogue([
        {"speaker": "customer", "text": "I'm looking at a new boiler, the old one's twenty years old and the bills are mad."},
        {"speaker": "trainee", "text": "Twenty years is a good run. What's bothering you most, the bills or it breaking down?"},
        {"speaker": "customer", "text": "The bills mostly. And the noise at night."},
        {"speaker": "trainee", "text": "A condensing one would cut both. About 2,100 fitted. What would you want to know before deciding?"},
        {"speaker": "customer", "text": "I'd have to run it past my wife first."},
        {"speaker": "trainee", "text": "Of course. I'll write the quote out for you both. Give me a shout when you've decided."},
    ])
    assert report.cap is None


@pytest.mark.parametrize("said, move", [
    ("Our evening batch, six to nine, 40,000 all in, is perfect for you.", "pitch"),
    ("It's designed for businesses like yours, with a four-hour repair promise.", "pitch"),
    ("Lots of hotels already buy from us, so the quality speaks for itself.", "pitch"),
    ("We've got other customers waiting, so come back when you've made up your mind.", "rudeness"),
    ("Sign today and the price is locked.", "pressure"),
])
def test_pitches_and_put_downs_from_the_read_sets(said: str, move: str) -> None:
    assert move in _moves("en", said)


@pytest.mark.parametrize("said, move", [
    ("Your bank may have said decide today; our rate holds all month.", "pressure"),
    ("The C-section package is 2,40,000 with three nights.", "argument"),
    ("Done, it renews on the 5th. Any questions about the bundle?", "upsell"),
])
def test_words_that_only_look_like_pressure_arguments_or_upsells(said: str, move: str) -> None:
    assert move not in _moves("en", said)


def test_a_section_of_the_terms_is_still_an_argument() -> None:
    assert "argument" in _moves("en", "As section 4 says, we don't refund opened items.")


@pytest.mark.parametrize("line", ["pls read the chat, I said weekends", "it's all in my first message", "just scroll up"])
def test_a_chat_customer_sent_back_to_what_they_wrote_says_it_again(line: str) -> None:
    assert _says("en", "repeat_complaint", line)


def test_you_did_not_puts_a_check_right() -> None:
    assert _says("en", "corrects", "You did not. I want it for the shop, not the house.")
    assert _says("en", "corrects", "No, you didn't.")
    assert not _says("en", "corrects", "You didn't tell me about the delivery charge.")


@pytest.mark.parametrize("line", ["Right so, I'll get them at the co-op.", "forget it, i'll book on my own"])
def test_buying_it_somewhere_else_is_leaving(line: str) -> None:
    assert _says("en", "walks_away", line)


def test_a_proposal_the_customer_can_take_to_the_boss_goes_along() -> None:
    objects, left = _exchange("Try one month at your old price and compare the returns.", "That I can sell to my manager. Send the figures.")
    assert not objects and left == "on_side"


def test_a_reply_that_opens_with_the_customers_choice_takes_it_up() -> None:
    turns = parse_turns([{"speaker": "customer", "text": "Saturday then. Mornings are easier with the kids."},
                         {"speaker": "trainee", "text": "Saturday at ten. I'll text you the address tonight."}])
    assert builds_on(turns[-1])


# -- Chinese: Taiwan, typed in Traditional characters ----------------------------------------------------------------------
def test_taiwan_words_and_characters_are_read_as_the_patterns_are_written() -> None:
    fold = reader("zh").fold
    assert fold("門口貼著公告，我等著") == "门口贴着公告，我等着"
    assert fold("這是很顯著的改變，著名的牌子") == "这是很显著的改变，著名的牌子"
    assert fold("刷卡還是轉帳？") == "刷卡还是转账？"
    assert fold("歹勢，頭家") == "抱歉，老板"
    typed = "歹勢，門口貼著，轉帳可以嗎"
    assert len(fold(typed)) == len(typed)


@pytest.mark.parametrize("said, move", [
    ("這個優惠我只能幫您留到週五。", "pressure"),
    ("下午前回覆，不然就沒這個價了。", "pressure"),
    ("已經有八個家長報名了，名額不多。", "pressure"),
    ("週六還是週日，我帶合約過去給您簽？", "closing"),
    ("要什麼樣的條件，您今天就願意定下來？", "closing"),
    ("第一期要刷卡還是轉帳？", "closing"),
    ("保護貼加五十就好。", "upsell"),
    ("門口都貼著了，沒看到嗎？", "rudeness"),
    ("嫌貴就去別家買啊。", "rudeness"),
    ("應該是您路由器的問題，我們這邊都正常。", "argument"),
    ("很多人都填低一點，到時候理賠就麻煩。", "rudeness"),
])
def test_chinese_pressure_closes_upsells_and_put_downs(said: str, move: str) -> None:
    assert move in _moves("zh", said)


@pytest.mark.parametrize("line, key", [
    ("你說話很難聽欸。", "takes_offence"),
    ("你還跟我吵？", "takes_offence"),
    ("算了，我騎去別家修。", "walks_away"),
    ("嗯…聽不太懂，所以要多少？", "lost"),
])
def test_chinese_replies_that_take_offence_leave_or_are_lost(line: str, key: str) -> None:
    assert _says("zh", key, line)


def test_a_chinese_customer_comparing_both_offers_goes_along() -> None:
    objects, left = _exchange("兩個方案我都幫您列出來，您比完再決定。", "好，那兩個我都比一下。", opening="你好。")
    assert not objects and left == "on_side"
    objects, _ = _exchange("兩個方案我都幫您列出來，您比完再決定。", "那兩個都看看再說吧。", opening="你好。")
    assert objects


# -- Spanish: Spain, spoken and typed (es/blind20 read) -----------------------------------------------------------------
@pytest.mark.parametrize("said, move", [
    ("Eso es responsabilidad del socio, viene explicado al apuntarte.", "argument"),
    ("Si hubieras mirado la app lo habrías visto, eh.", "argument"),
    ("Hombre, eso seguro que ya lo tenía de antes y no te dabas cuenta.", "argument"),
    ("Venga, a ti te lo dejo en 90 en vez de 120.", "discount"),
    ("¿Y algo más para que el pack quede completo? Las rodilleras están de oferta.", "upsell"),
    ("Tienes un 10% si pasas de 60; con una toalla llegas.", "upsell"),
])
def test_spanish_blame_unasked_discounts_and_upsells(said: str, move: str) -> None:
    assert move in _moves("es", said)


def test_a_fever_threshold_is_no_upsell() -> None:
    assert "upsell" not in _moves("es", "Cada seis horas. Si pasa de 39 o sigue mañana, al médico.")


@pytest.mark.parametrize("said, key", [
    ("Aunque te digo una cosa: lo que te hace falta es dormir más.", "unasked_advice"),
    ("Con nosotros pagas la mitad, seguro.", "overpromise"),
    ("Aquí tienes las llaves, ya está listo.", "declares_fixed"),
    ("Yo empecé igual que tú, y mi primer triatlón fue en 2018.", "about_self"),
])
def test_spanish_faults_of_service(said: str, key: str) -> None:
    assert _says("es", key, said)


@pytest.mark.parametrize("line, key", [
    ("¿Cómo que antes? Si lo compré el martes.", "corrects"),
    ("Yo venía por la tarifa, no por el seguro.", "corrects"),
    ("¿O sea que encima la culpa es mía?", "takes_offence"),
    ("Pues entonces dame el teléfono de bajas.", "walks_away"),
    ("Nada, quiero darme de baja.", "walks_away"),
    ("Deme la hoja de reclamaciones, por favor.", "walks_away"),
])
def test_spanish_replies_that_put_right_take_offence_or_leave(line: str, key: str) -> None:
    assert _says("es", key, line)


@pytest.mark.parametrize("customer", ["Uf, 35 euros es mucho pa unas plantillas.", "Luego ya veremos, que lo mire mi marido.",
                                      "El cargador ya lo tengo en casa.", "Con vosotros no contrato más, ya me tomaron el pelo."])
def test_peninsular_push_backs_object(customer: str) -> None:
    objects, _ = _exchange("Te lo dejo todo en 35 con la revisión incluida.", customer, opening="Hola, buenas.")
    assert objects


# -- lectures, one's own story, and offers pressed on the bereaved (blind130, blind131, zh/blind20 read) ----------------------
def test_a_lecture_on_what_so_many_get_wrong_and_the_customers_years_at_it() -> None:
    from coursekit.scoring.faults import PATTERNS
    assert PATTERNS["unasked_advice"].search("always seal the lid twice; so many first-time buyers make this mistake.")
    assert PATTERNS["knows_already"].search("my labels are fine, ten years i'm doing this.")
    assert PATTERNS["about_self"].search("i was just like you at first, and now i've trained over 1,500 learners.")


@pytest.mark.parametrize("code, said, move", [
    ("en", "Our premium saver pays a really good rate, too.", "pitch"),
    ("zh", "這支號碼可以留著，順便升級5G方案。", "upsell"),
    ("zh", "現在辦新約還送耳機喔。", "discount"),
    ("zh", "全家一起辦比分開繳划算很多。", "pitch"),
])
def test_offers_that_sell(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


def test_a_kind_come_back_when_youve_decided_is_no_put_down() -> None:
    assert "rudeness" not in _moves("en", "No rush at all, come back when you've decided.")
    assert "rudeness" in _moves("en", "Look, I've got a customer waiting, so come back when you've decided.")


def test_taiwanese_boss_is_read_only_where_it_is_that_word() -> None:
    fold = reader("zh").fold
    assert fold("頭家，這台多少？") == "老板，这台多少？"
    assert fold("我回头家里商量一下") == "我回头家里商量一下"
