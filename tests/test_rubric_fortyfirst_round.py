"""Forty-first round: typed chat shorthand read as the words it stands for; the Spanish and Chinese readings of a long
turn remembered like the English ones; and what the read sets blind138 (wholesale and logistics in Singapore, Malaysia
and the Philippines), blind140 (banking and insurance for older customers in the US Midwest and rural Canada),
es/blind24 (Mexico City, Guadalajara and Monterrey) and zh/blind24 (online shops, delivery and suppliers around
Shanghai) showed the rubric missing.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, classify_objection, score_dialogue
from coursekit.scoring.exchange import accepted, parse_turns, where_left
from coursekit.scoring.memo import forget
from coursekit.scoring.moves import upset_level
from coursekit.scoring.readers import reader
from coursekit.scoring.text import normalise, plain_spoken
from rubric_lines import customer_says as _says, moves_of as _moves


# -- typed chat shorthand -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, written", [
    ("idk tbh, ill think abt it tmrw", "i don't know to be honest, i'll think about it tomorrow"),
    ("dunno, hes away till friday btw", "don't know, he's away till friday by the way"),
    ("lemme check w the ppl upstairs b4 i say yes", "let me check w the people upstairs before i say yes"),
    ("ill msg u when shes back", "i'll msg you when she's back"),
])
def test_chat_shorthand_reads_as_the_words_it_stands_for(typed: str, written: str) -> None:
    assert normalise(typed).lower == written


@pytest.mark.parametrize("kept", [
    "We need an RN on every shift.",      # a registered nurse, not "right now"
    "He's been ill since Monday.",        # "ill" is a word of its own before anything but a promised step
    "Is the ATM in the lobby working?",
])
def test_words_that_only_look_like_shorthand_stay(kept: str) -> None:
    assert normalise(kept).lower == kept.lower()


@pytest.mark.parametrize("typed, spelled", [
    ("dunno, ppl here are happy with what we have tbh", "I don't know, people here are happy with what we have, to be honest."),
    ("idk, 90 a month is a lot for us tbh", "I don't know, 90 a month is a lot for us, to be honest."),
    ("lemme think abt it and talk to my wife b4 i sign", "Let me think about it and talk to my wife before I sign."),
])
def test_an_objection_typed_in_shorthand_is_the_one_spelled_out(typed: str, spelled: str) -> None:
    assert classify_objection(typed).label == classify_objection(spelled).label


# -- Spanish and Chinese readings remembered ------------------------------------------------------------------------------
@pytest.mark.parametrize("code, line", [
    ("zh", "那您现在每个月大概发多少单？主要是发江浙沪吗？"),
    ("es", "Entonces lo que más le preocupa es el precio, ¿verdad? ¿Cuántas líneas tienen ahora?"),
])
def test_a_remembered_reading_hands_out_its_own_evidence(code: str, line: str) -> None:
    """The reading of a turn is remembered; what one caller does with its evidence never reaches the next caller."""
    text = normalise(line)
    first = reader(code).read_turn(text)
    first[2]["planted"] = ("words nobody said",)
    again = reader(code).read_turn(text)
    assert "planted" not in again[2]
    assert again[:2] == first[:2]


def test_chinese_sentences_are_a_new_list_each_time() -> None:
    split = reader("zh").sentences
    first = split("您好 请问在吗 我想退个货")
    first.append("没说过的话")
    assert split("您好 请问在吗 我想退个货") == first[:-1]


def test_a_long_chinese_line_said_twice_scores_as_a_fresh_reading() -> None:
    """The same long line from both sides is read once: the score is the one a reading from scratch gives."""
    line = "你好 我想问一下 " * 300
    dialogue = [{"speaker": "trainee", "text": line}, {"speaker": "customer", "text": line}, {"speaker": "customer", "text": "好"}]
    forget()
    fresh = score_dialogue(dialogue).to_dict()
    assert score_dialogue(dialogue).to_dict() == fresh


# -- the round's read sets: what they showed the rubric missing (fresh examples) ------------------------------------------


def _left(trainee: str, customer: str) -> str:
    return where_left(parse_turns([{"speaker": "customer", "text": "Hi, I have a question about my account."},
                                   {"speaker": "trainee", "text": trainee}, {"speaker": "customer", "text": customer}]))[1]


@pytest.mark.parametrize("code, said, move", [
    ("en", "Did you maybe pick the wrong size when you ordered?", "rudeness"),
    ("en", "Why didn't your team count the boxes before signing for them?", "rudeness"),
    ("en", "Did he try reading the error message before ringing us?", "rudeness"),
    ("en", "Does he actually know the PIN, or is he just guessing?", "rudeness"),
    ("en", "Have you considered that a smartphone might not be for him?", "rudeness"),
    ("en", "If the fridge was installed properly this wouldn't have happened.", "argument"),
    ("en", "Plus you can add our travel cover and the lounge pass for a small fee.", "upsell"),
    ("en", "Most of our clients started out small, just like you.", "pressure"),
    ("en", "It fits your till. Shall I invoice you for all twenty today?", "closing"),
    ("es", "¿Y lo lavó con agua caliente, como mucha gente?", "rudeness"),
    ("es", "Eso no entra en la garantía, señor.", "argument"),
    ("es", "Todo eso viene en el manual.", "argument"),
    ("es", "Justo tenemos la lavadora nueva en promoción a 12 meses. ¿Le interesa?", "pitch"),
    ("es", "Ya que está aquí, ¿qué le impide contratarlo hoy?", "pressure"),
    ("es", "Casi todos nuestros clientes eligen el plan anual.", "pressure"),
    ("zh", "退货是仓库那边负责的，我们客服这边查不到。", "argument"),
    ("zh", "您可以看一下《会员须知》，规则不是我定的。", "argument"),
    ("zh", "今天下单的话，下周就能发货，您看怎么样？", "pressure"),
    ("zh", "那您是付全款还是先交定金？", "closing"),
    ("zh", "是不是您点错了？这个很简单的嘛。", "rudeness"),
    ("zh", "我们有个会员套餐，一年三百，要不要办一个？", "upsell"),
])
def test_put_downs_pushes_and_sales_the_sets_showed(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


@pytest.mark.parametrize("code, said, move", [
    ("en", "You can add a second driver later if you need one.", "upsell"),
    ("en", "Which colour did you order, the blue or the grey?", "rudeness"),
    ("es", "Eso viene en las condiciones, pero nadie se lo explicó, ¿verdad?", "argument"),
    ("es", "Si gusta le preparo la cotización por escrito, ¿le parece?", "hypothesis"),
    ("zh", "先在一个门店试一个月，行不行您自己看。", "rudeness"),
])
def test_their_look_alikes_stay_unread(code: str, said: str, move: str) -> None:
    assert move not in _moves(code, said)


@pytest.mark.parametrize("key, line, expected", [
    ("walks_away", "Fine. We'll go to another bank.", True),
    ("walks_away", "Right, I'll order from a different supplier then.", True),
    ("walks_away", "Okay, we'll go ahead.", False),
    ("walks_away", "ok, I'll go ahead then.", False),
    ("walks_away", "Pues me lo llevo a otro taller.", True),
    ("walks_away", "那我给你们差评。", True),
    ("walks_away", "你是机器人吧 我要转人工", True),
    ("walks_away", "算了，我让邻居帮我看。", True),
    ("takes_offence", "Vine a que me ayudaran, no para que me echen la culpa.", True),
    ("hesitates", "Ok, pues déjame checarlo con calma en la casa con mi esposa.", True),
    ("repeat_complaint", "Pero te digo que no tengo tarjeta.", True),
    ("repeat_complaint", "La tiene mi hija, le digo que se la mande.", False),
    ("puts_off", "El seguro lo veo después, hoy no.", True),
    ("grudging", "好吧。", True),
    ("grudging", "好吧，那就周五。", False),
    ("knows_already", "我不想听课 就想知道怎么弄", True),
])
def test_what_customers_said_in_the_sets(key: str, line: str, expected: bool) -> None:
    assert _says(key, line) is expected


def test_an_offer_to_call_back_is_no_push_for_a_decision() -> None:
    dialogue = [
        {"speaker": "customer", "text": "I saw your funeral plan advert. I'm not sure I even need one, my late husband had a policy."},
        {"speaker": "trainee", "text": "I'm sorry for your loss. Do you know whether that policy covers you as well, or only him?"},
        {"speaker": "customer", "text": "I don't know. The papers are in a drawer somewhere."},
        {"speaker": "trainee", "text": "Then there's no need to decide anything now. Shall I ring you on Monday once you've found them?"},
    ]
    report = score_dialogue(dialogue)
    assert report.cap is None, report.cap_reason


@pytest.mark.parametrize("trainee, customer, left", [
    ("I've refunded the fee and moved your bill to the 5th. I can also set up a text alert.",
     "no alerts thanks. the refund and the 5th is fine", "on_side"),
    ("The new model is 40 more a month but twice as quick.", "No, too dear. The old one is fine.", "pushes_back"),
    ("Here it is on your tablet. Log in with the password you chose.", "There it is! Well, look at that.", "on_side"),
    ("I can hold the slot until five for you.", "Ok, I call back.", "open"),
])
def test_where_the_customer_was_left(trainee: str, customer: str, left: str) -> None:
    assert _left(trainee, customer) == left


def test_the_trainees_words_asked_back_in_doubt_are_no_yes() -> None:
    turns = parse_turns([{"speaker": "customer", "text": "We need six card readers for the shop."},
                         {"speaker": "trainee", "text": "Ours work with most tills, should be fine. Shall I invoice the six today?"},
                         {"speaker": "customer", "text": "Hang on, should be fine? We got burned by a reader last year."}])
    assert not accepted(turns[1])


def test_a_lawyer_asked_about_is_no_threat() -> None:
    assert upset_level("That sounds better. Do we need a lawyer for the deeds?")[0] == 0
    assert upset_level("I'm getting a lawyer.")[0] >= 2


def test_just_like_without_a_comma_compares() -> None:
    assert plain_spoken("customers just like you") == "customers just like you"
    assert plain_spoken("it's just, like, broken") == "it's just broken"


@pytest.mark.parametrize("typed, written", [
    ("which sat works for the tasting?", "which saturday works for the tasting?"),
    ("see u thurs then", "see you thursday then"),
    ("i sat down and the sun came out", "i sat down and the sun came out"),
])
def test_a_typed_days_short_form_after_a_day_word_is_the_day(typed: str, written: str) -> None:
    assert plain_spoken(typed) == written


def test_a_close_typed_with_a_short_day_is_a_close() -> None:
    assert "closing" in analyse_turn("which sat works for the tasting?").moves


def test_a_spanish_turn_is_read_as_written_not_as_english_chat() -> None:
    """The English spoken forms ("ya" for "you") never rewrite a Spanish line before its cues read it."""
    assert "pressure" in _moves("es", "Perfecto, pues lo dejamos firmado ya y el lunes empieza.")
