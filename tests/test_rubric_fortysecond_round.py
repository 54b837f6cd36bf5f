"""Forty-second round: what the read sets blind142 (trades, farm supplies and broadband in Ireland and Northern
Ireland), blind144 (IT services, coaching, retail and telecom in India, Pakistan and Bangladesh), es/blind26 (phone,
energy, insurance, renovation and opticians in Spain) and zh/blind26 (Guangdong and Shenzhen, Mandarin typed with
Cantonese habits) showed the rubric missing.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import asks_trainee, parse_turns, proposes_another_time, where_left
from coursekit.scoring.readers import reader
from rubric_lines import customer_says as _says, moves_of as _moves


def _customer(line: str):
    return parse_turns([{"speaker": "customer", "text": line}])[0]


# -- the trainee's moves ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, said, move", [
    ("en", "What's wrong with it? Be quick, I've got a queue.", "rudeness"),
    ("en", "Then don't. Anything else?", "rudeness"),
    ("en", "The manager is busy. Can I take a number?", "rudeness"),
    ("en", "And you saw it leaking for a week and did nothing?", "rudeness"),
    ("en", "Twelve months is twelve months, sir. The warranty's over.", "argument"),
    ("en", "Look, things happen. The courier is 20 extra.", "argument"),
    ("en", "If you don't clean the filter, that's what happens.", "argument"),
    ("en", "Parcels left at the door are the customer's responsibility.", "argument"),
    ("en", "If your gate was locked that wouldn't have happened, would it?", "rudeness"),
    ("en", "You should've been home to sign for it.", "argument"),
    ("es", "Entonces lo que necesita es nuestro plan Premium, ¿verdad?", "pitch"),
    ("es", "Te paso a la tarifa Max por 10 euros más.", "upsell"),
    ("es", "Le dejo la revisión con el seguro Hogar Plus, que es el que más se vende.", "upsell"),
    ("es", "Ya, pero muchos clientes mueven el router sin saber.", "rudeness"),
    ("es", "¿Seguro que no tocaste los cables?", "rudeness"),
    ("es", "¿Lo ha configurado como dice el manual?", "rudeness"),
    ("es", "Si el cliente manipula el contador, la visita se cobra.", "argument"),
    ("es", "Perfecto. ¿Qué tendría que pasar para que hoy mismo lo dejemos firmado?", "pressure"),
    ("es", "Muy bien. ¿Y qué más le ponemos? ¿Una funda, un cargador?", "upsell"),
    ("es", "El sofá, perfecto. ¿Y la lámpara a juego?", "upsell"),
    ("zh", "好多老板都用紧呢款，今晚十点前下单先有呢个价。", "pressure"),
    ("zh", "整条街都订好晒，您唔订后悔就迟喇。", "pressure"),
    ("zh", "两千八，买不买？", "pressure"),
    ("zh", "年轻人都这样，又想便宜又想快。", "rudeness"),
    ("zh", "那你去别家买吧，还有其他问题吗？", "rudeness"),
    ("zh", "係咪你自己摔坏嘅？", "rudeness"),
    ("zh", "网上写得很清楚要预约，你没看吗？", "rudeness"),
    ("zh", "那是你和物业之间的问题。", "argument"),
    ("zh", "我们出厂前都检测过的。", "argument"),
    # the gaming kinds written afresh in Spanish and Chinese (an audit, not a set)
    ("es", "No querrá quedarse sin seguro este invierno, ¿verdad?", "leading"),
    ("es", "Mire, eso no es de mi departamento.", "argument"),
    ("es", "Léase el contrato, que para eso está.", "argument"),
    ("es", "Solo puedo guardarle este descuento hasta el viernes.", "pressure"),
    ("es", "Si no lo reserva hoy, luego no hay plazas.", "pressure"),
    ("zh", "还要再加点什么吗？", "upsell"),
    ("zh", "顺便买个充电宝吧，才六十。", "upsell"),
    ("zh", "您是不是有点小题大做了？", "rudeness"),
    ("zh", "这都看不懂？", "rudeness"),
    ("zh", "现在不订，过两天就没这个价了。", "pressure"),
])
def test_put_downs_pushes_and_sales_are_read(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


@pytest.mark.parametrize("code, said, move", [
    ("en", "No worries, things happen.", "argument"),
    ("en", "It's down to you, there's no rush at all.", "argument"),
    ("en", "If anything changes, be quick to call us.", "rudeness"),
    ("en", "The price holds till the end of the month, so there's no rush.", "pressure"),
    ("en", "So, timeline?", "paraphrase"),
    ("es", "O sea, lo que busca es pagar menos de cincuenta euros, ¿no?", "pitch"),
    ("es", "¿Qué tendría que pasar para que su tienda venda más en verano?", "pressure"),
    ("zh", "今天下午三点前下单，明天就到。", "pressure"),
    ("zh", "要不要我帮您查一下？", "pressure"),
    ("zh", "客人都这样问，我们的答案是不含。", "rudeness"),
    ("zh", "一楼全都在用吗？", "pressure"),
    ("es", "Lea bien el contrato antes de firmar y me llama.", "pressure"),
    ("es", "Si no le convence hoy, lo vemos otro día sin problema.", "pressure"),
    ("zh", "我再配个钥匙给您，不收钱。", "upsell"),
    ("zh", "您看还有什么需要我帮忙的吗？", "upsell"),
    ("zh", "那您现在真的不需要再加什么，明年再看。", "upsell"),
])
def test_their_look_alikes_stay_unread(code: str, said: str, move: str) -> None:
    assert move not in _moves(code, said)


# -- what the customer says ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key, line, expected", [
    ("walks_away", "Honestly, this is going nowhere.", True),
    ("walks_away", "Forget it, I'll sort it on the website myself.", True),
    ("walks_away", "I'll ring my brother-in-law, he's an electrician.", True),
    ("walks_away", "Zero. We're cancelling the contract.", True),
    ("walks_away", "I'll not be using yous again.", True),
    ("walks_away", "I'll come back when the manager's in.", True),
    ("walks_away", "Grand, I'll go and get the keys.", False),
    ("walks_away", "I'll ring my son to let you in.", False),
    ("walks_away", "We're cancelling the old plan when this one starts.", False),
    ("repeat_complaint", "Seven! Same number.", True),
    ("repeat_complaint", "Are you deaf?", True),
    ("repeat_complaint", "But I told you there's no parking.", True),
    ("repeat_complaint", "Same amount as last month, please.", False),
    ("moves_forward", "That would make a real difference.", True),
    ("moves_forward", "Could you come out and have a look on Friday?", True),
    ("moves_forward", "It would make a difference, but it's too dear.", False),
    ("unanswered", "Ha, okay. Sorry, could we just book the appointment?", True),
    ("unanswered", "Sorry, could we book it for Tuesday instead?", False),
    ("walks_away", "Déjalo, ya busco en otro sitio.", True),
    ("walks_away", "Páseme con su supervisor, por favor.", True),
    ("walks_away", "Ya buscaré a otro fontanero.", True),
    ("corrects", "Que no, que yo no he dicho nada de la tele, hombre.", True),
    ("corrects", "Solo le pregunto por la factura.", True),
    ("unanswered", "Oye, que tengo prisa. ¿No me escuchas?", True),
    ("repeat_complaint", "Ya te digo, cuarenta.", True),
    ("repeat_complaint", "Oiga, le he dicho que el seguro no lo quiero.", True),
    ("agrees", "¡Qué alivio! Pensaba que tenía que pagarlo yo.", True),
    ("agrees", "Qué bien, pero no me llega.", False),
    ("walks_away", "你慢慢聊吧", True),
    ("walks_away", "唔使喇，我自己去搵消协。", True),
    ("walks_away", "那我也去别家问问价 比较一下", False),
    ("agrees", "那就买吧。", True),
    ("moves_forward", "好，明天能来安装吗？", True),
    ("puts_off", "你先把报价单发我邮箱吧", True),
])
def test_what_customers_said_in_the_sets(key: str, line: str, expected: bool) -> None:
    assert _says(key, line) is expected


@pytest.mark.parametrize("typed, read", [
    ("大家都抢紧", "大家都在抢"),
    ("一蚊八一个", "一块八一个"),
    ("你仲要几多", "你还要多少"),
    ("唔该晒", "谢谢晒"),
    ("晒太阳", "晒太阳"),      # Mandarin's own "晒" stays
    ("仲裁委员会", "仲裁委员会"),  # …and its "仲"
    ("要抓紧时间", "要抓紧时间"),  # …and its "紧"
])
def test_cantonese_habits_read_as_mandarin_one_for_one(typed: str, read: str) -> None:
    folded = reader("zh").fold(typed)
    assert folded == read
    assert len(folded) == len(typed)  # a place in the folded text is the same place in the text as typed


def test_a_spanish_tag_asks_the_trainee_nothing() -> None:
    assert not asks_trainee(_customer("Tengo tres hijos y poco tiempo, ¿sabes?"))
    assert asks_trainee(_customer("¿Cuánto cuesta al mes?"))
    assert asks_trainee(_customer("Esto tiene garantía de dos años, ¿no?"))  # a tag that asks for a yes is a question


def test_another_day_proposed_late_in_the_day_keeps_the_step_open() -> None:
    turns = parse_turns([{"speaker": "customer", "text": "Quiero cambiar las ventanas."},
                         {"speaker": "trainee", "text": "Paso a medir y le doy el precio. ¿El lunes?"},
                         {"speaker": "customer", "text": "El lunes no puedo. ¿El martes a última hora?"}])
    assert proposes_another_time(turns[-1])
    assert where_left(turns)[1] != "pushes_back"


# -- whole conversations (fresh, one good and one gaming side with the same customer) ------------------------------------
_OPENING = "hi, the new dishwasher you fitted last week is leaking onto the floor"


def test_a_blaming_brushing_off_conversation_scores_low_beside_a_fair_one() -> None:
    fair = [
        {"speaker": "customer", "text": _OPENING},
        {"speaker": "trainee", "text": "Sorry about that, a week in is no good. Where does the water come from, the door or underneath?"},
        {"speaker": "customer", "text": "underneath, by the hose i think"},
        {"speaker": "trainee", "text": "Then it's likely the hose clip our fitter tightened. I can send him back tomorrow at no charge. Morning or afternoon?"},
        {"speaker": "customer", "text": "morning please, thanks"},
    ]
    gaming = [
        {"speaker": "customer", "text": _OPENING},
        {"speaker": "trainee", "text": "What's the problem? Be quick, I've got a queue."},
        {"speaker": "customer", "text": "it's leaking underneath, by the hose"},
        {"speaker": "trainee", "text": "Look, things happen. A callout is 60."},
        {"speaker": "customer", "text": "60 for your own fitter's job? honestly this is going nowhere"},
    ]
    good, bad = score_dialogue(fair).total, score_dialogue(gaming).total
    assert bad <= 10 < good


def test_a_chinese_crowd_and_deadline_push_scores_low_beside_a_fair_one() -> None:
    opening = "老板，我开奶茶店嘅，想问下封口机点卖"
    fair = [
        {"speaker": "customer", "text": opening},
        {"speaker": "trainee", "text": "您好！一日大概封几多杯？用纸杯定塑料杯？"},
        {"speaker": "customer", "text": "一日两三百杯，塑料杯为主"},
        {"speaker": "trainee", "text": "咁用半自动嗰款够晒，一千二，保修一年。您得闲可以嚟门市试下先。"},
        {"speaker": "customer", "text": "好，礼拜六过嚟试下"},
    ]
    gaming = [
        {"speaker": "customer", "text": opening},
        {"speaker": "trainee", "text": "呢款成条街嘅奶茶店都用紧，今晚十二点前落单先有呢个价。"},
        {"speaker": "customer", "text": "我想知道几钱先"},
        {"speaker": "trainee", "text": "两千八，听日就涨到三千二，后悔就迟喇。买不买？"},
        {"speaker": "customer", "text": "你咁催，我去隔篱问下"},
    ]
    good, bad = score_dialogue(fair).total, score_dialogue(gaming).total
    assert bad <= 10 < good
