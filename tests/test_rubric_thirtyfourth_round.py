"""Thirty-fourth round: Spanish and Chinese customers pushing back in their own words, inside a conversation.

A price too high for them, money they have not got, a time that does not suit, the decision put off, a no to what was
offered: objections the rubric must see, read with what the trainee line before them did. An answer to a plain
question with the same words, or a customer walking out, is none. The in-dialogue model of each language now learns
from five dev writers' conversations too (bench/train_languages.py). Every example here is written afresh for the
test (none is a line of a dialogue set).
"""
from __future__ import annotations

import pytest

from coursekit.scoring.exchange import (corrects, objection_after, parse_turns, raises_objection, stuffed, takes_offence,
                                        what_it_answers, what_it_did)
from coursekit.scoring.features import with_context
from coursekit.scoring.multilingual import tokens
from coursekit.scoring.readers import reader

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


# -- faults the words hid, read from es/blind6-7 and zh/blind6-7 (dev sets this round) ---------------------------------
def _dialogue(*lines: str) -> list[dict]:
    """Turns from lines that alternate customer, trainee, customer, …"""
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


@pytest.mark.parametrize("lines", [
    ("Mi hijo saca seis en matemáticas y no sé qué hacer.",
     "¿En qué parte pierde más puntos? ¿Las cuentas, los problemas o los despistes? ¿A él le gustan las matemáticas?",
     "Los problemas, sobre todo."),
    ("孩子数学才考七十分，我想给他找个老师。",
     "您好。七十分主要是哪块丢分多？计算、应用题，还是粗心？他自己喜不喜欢数学？",
     "主要是应用题。"),
    ("My son keeps getting Cs in maths and I don't know where to start.",
     "Where is he losing the marks? Sums, word problems, or careless slips? Does he like maths at all?",
     "Word problems mostly."),
])
def test_options_offered_for_a_question_are_part_of_it_not_a_stack(lines: tuple[str, str, str]) -> None:
    """A question, the answers it could have, and one more question: two questions, not a stack of three (even when
    the customer answers only the first)."""
    turns = parse_turns(_dialogue(*lines))
    assert not stuffed(turns[1])


@pytest.mark.parametrize("key, worse, better", [
    ("overpromise", "La señal va perfecta, no se corta nunca, te lo garantizo.",
     "La señal suele ir bien, aunque con tormenta puede cortarse un rato."),
    ("vague_promise", "Bueno, eso ya lo iréis viendo. Traed los papeles y ya os diremos algo.",
     "Traed el contrato firmado antes del día 15 y os doy cita conmigo ese mismo día."),
    ("unasked_advice", "Se lo digo por experiencia: esto pasa por no planificar, usted debería tenerlo todo atado.",
     "Entendido. Le propongo lo más sencillo y le explico cada paso."),
    ("about_self", "Yo veraneaba de crío por allí y mi abuelo tenía un bar, trabajé ocho años en hostelería.",
     "En su pueblo no llega la fibra todavía; lo que hay es 4G fijo con antena exterior."),
])
def test_spanish_faults_in_other_words(key: str, worse: str, better: str) -> None:
    r = reader("es")
    assert r.says(key, worse.lower()) and not r.says(key, better.lower())


@pytest.mark.parametrize("key, worse, better", [
    ("overpromise", "没问题您放心，明天就给您装好，保证周六前一点问题都没有！", "师傅周三先上门看外机位，周六前装好我有八九成把握。"),
    ("unasked_advice", "其实您也要为自己想一下，年轻人应该先存钱，不然老了怎么办？", "好的，要不要我帮您设个每月提醒？"),
    ("about_self", "我自己也是当妈妈的，我女儿小时候也特别内向。", "这样的孩子刚来我们不急着让他开口，先跟固定的老师熟起来。"),
])
def test_chinese_faults_in_other_words(key: str, worse: str, better: str) -> None:
    r = reader("zh")
    assert r.says(key, worse) and not r.says(key, better)


def test_doubting_a_chinese_customer_is_an_argument_and_offends() -> None:
    turns = parse_turns(_dialogue("医生，我这血压怎么还是高？药我每天都吃的。",
                                  "每天都吃的话不应该这么高。你确定真的每天都有吃吗？很多病人都说有，其实常常忘记。",
                                  "我说每天吃就是每天吃，你不信就算了。"))
    assert "argument" in turns[1].moves and takes_offence(turns[2])
    assert "argument" not in parse_turns(_dialogue("医生，我这血压怎么还是高？", "最近睡得怎么样？工作忙不忙？", "睡得少"))[1].moves


def test_a_promise_to_put_terms_in_the_contract_is_no_deflection() -> None:
    said = parse_turns(_dialogue("你们的加片到底怎么收费？", "所以合同里写明：含三十张精修，底片全送，加片每张多少写死。"))[1]
    told = parse_turns(_dialogue("你们的加片到底怎么收费？", "合同里写明了的，您自己回去看。"))[1]
    assert "argument" not in said.moves and "argument" in told.moves


def test_doubting_a_spanish_customer_is_an_argument_and_offends() -> None:
    turns = parse_turns(_dialogue("Doctora, el empaste que me hicieron el mes pasado se me cayó ayer comiendo pan.",
                                  "¿Seguro que fue con el pan y no mordiendo algo duro? Porque la garantía no cubre el mal uso.",
                                  "Le estoy diciendo la verdad. Yo no vengo a engañar a nadie."))
    assert "argument" in turns[1].moves and takes_offence(turns[2])
    asked = parse_turns(_dialogue("Doctora, el empaste se me cayó ayer.", "¿Le duele ahora, o solo con el frío?", "Solo con el frío."))
    assert "argument" not in asked[1].moves


# -- false caps on good conversations of the dev sets: a cue that matched a word inside another, or a reassurance -------
@pytest.mark.parametrize("customer, trainee, move", [
    ("楼上天天装修，吵得我睡不着。", "辛苦您了。想问一下是几楼？是整天都钻，还是某些时间特别吵？", "rudeness"),
    ("我的汇款怎么被退回来了？", "户口名字少了一个字母。不是您的错，很常见。我现在帮您更正，再送回去。", "argument"),
    ("这个月怎么多扣了八十块？", "那就对上了：您套餐里流量只有一个G，超出的按量算。", "pressure"),
    ("我想洗个牙，就怕躺上去给我推一堆项目。", "今天只做洗牙，要进一步处理会先说清楚价钱，您同意了才做。", "pressure"),
    ("我开了四年店了，想贷点款周转。", "四年的店，流水是走银行卡还是微信支付宝？这个决定能贷多少。", "pressure"),
    ("箱子不重，主要是怕压变形。", "那您一个月大概发多少单？是全部换盒子，还是只换贵一点的款？", "upsell"),
    ("Me cobraron una comisión y no sé por qué.", "Es un cargo por el código mal puesto. No es un error suyo; lo pido corregir hoy.", "argument"),
    ("Me cobraron una comisión y no sé por qué.", "Es el cobro por saldo mínimo. Eso viene en las condiciones, pero nadie se lo explicó, ¿verdad?", "argument"),
    ("Quiero reservar para mi papá, usa bastón.", "Sí, tenemos dos habitaciones en planta baja, una con baño adaptado. ¿Necesita algo más?", "pressure"),
    ("Me preocupa que mis hijos gasten los datos.", "Entonces te conviene el plan con tope: cuando se acaban los datos baja la velocidad.", "leading"),
    ("Se me rompió la pantalla del celular.", "Ya está el cambio de pantalla. Y ahora sí llévate el protector, que viene incluido.", "upsell"),
])
def test_a_word_inside_another_or_a_reassurance_is_no_fault(customer: str, trainee: str, move: str) -> None:
    assert move not in parse_turns(_dialogue(customer, trainee))[1].moves


def test_a_chinese_customer_answering_a_checklist_with_codes_answered_it() -> None:
    turns = parse_turns(_dialogue("新车的停车证到现在还没拿到。", "不好意思让您等。您是几号单位？新车牌号码多少？表格是什么时候交的？",
                                  "#08-14 SMX1234A 我三个星期前交的 你们说一个星期"))
    assert not stuffed(turns[1])
    lost = parse_turns(_dialogue("新车的停车证到现在还没拿到。", "不好意思让您等。您是几号单位？新车牌号码多少？表格是什么时候交的？", "啊？"))
    assert stuffed(lost[1])


# -- put-downs, blame and closes in other words, read from the Chinese and Spanish dev sets --------------------------------
@pytest.mark.parametrize("customer, trainee, move", [
    ("我的卡丢了，里面有退休金，咋整啊？", "丢了就挂失呗，这有啥好慌的。身份证。", "rudeness"),
    ("补卡要七天？能不能快点？", "您以为银行是您家开的啊？规定就七天。", "rudeness"),
    ("这个月话费怎么三千多？", "账单上都写得很清楚啊，你自己看不懂喔？", "rudeness"),
    ("补的牙又疼了。", "会不会是您对疼比较敏感？别人补完都没事呀。", "argument"),
    ("冰箱到了侧面是凹的。", "您没验货就签了，这个责任不好说。", "argument"),
    ("更新以后库存全乱了。", "要先排除客户方原因才能升级给技术。", "argument"),
    ("我想了解一下你们的轴承。", "那您看今天是先下一百套还是两百套比较合适？", "closing"),
    ("我还没决定买不买。", "你比较想用信用卡还是自动转账交保费？", "closing"),
    ("我想约个保洁，两室一厅。", "可以的，三小时一百三十五。还有什么需要我帮您一起加上的吗？比如除螨，现在加只要九十九。", "upsell"),
    ("Quería preguntar por el seguro del auto.", "Claro. ¿Con qué tarjeta le gustaría pagar la primera cuota?", "closing"),
    ("Vengo a preguntar por el préstamo.", "Y dígame, ¿qué necesitaría ver hoy para firmar la solicitud?", "closing"),
    ("Me falta una muela.", "Perfecto. ¿Prefiere que hagamos la cirugía el martes o el jueves?", "closing"),
    # (the faults whose look-alikes above are no faults, in their own words)
    ("楼上天天装修。", "别吵了，装修又不是我们能管的。", "rudeness"),
    ("这个月怎么多扣了八十块？", "那是您自己的问题，超了就得扣。", "argument"),
    ("这款还有吗？", "只剩最后一台了，今天不定就没了。", "pressure"),
    ("Me cobraron una comisión.", "Eso viene en las condiciones, léalas.", "argument"),
    ("Quiero reservar para el puente.", "Solo tenemos dos habitaciones libres y se van hoy.", "pressure"),
])
def test_faults_in_their_customers_words_are_read(customer: str, trainee: str, move: str) -> None:
    assert move in parse_turns(_dialogue(customer, trainee))[1].moves


@pytest.mark.parametrize("customer, trainee, move", [
    ("我想给我妈存点钱。", "比如分三笔：两万存三年，利息高点；两万存一年。", "upsell"),
    ("这钱第一次汇，我有点担心。", "第一次您可以先汇小一点，比如五百，确定收到了再汇剩下的。", "upsell"),
    ("孩子的课怎么收费？", "您平时比较想让他周末上还是晚上上？", "closing"),
    ("Quiero arreglar la cocina.", "¿Cómo le gustaría que fuera su cocina ideal?", "closing"),
    ("Tengo un negocio pequeño.", "¿Qué necesita para que su negocio crezca el próximo año?", "closing"),
])
def test_the_same_words_doing_something_else_are_not(customer: str, trainee: str, move: str) -> None:
    assert move not in parse_turns(_dialogue(customer, trainee))[1].moves


def test_a_chinese_customer_saying_how_they_were_spoken_to_witnesses_it() -> None:
    for reply in ("你这姑娘说话咋这么冲呢？", "你讲话怎么这样？", "你这话说的，好像我笨一样。"):
        turns = parse_turns(_dialogue("我卡丢了。", "身份证给我。", reply))
        assert takes_offence(turns[2])
    assert not takes_offence(parse_turns(_dialogue("我卡丢了。", "身份证给我。", "好的，给你。"))[2])


@pytest.mark.parametrize("reply", ["谁说预算宽裕了，我俩就那点退休金。", "唔係喎，我講咗十二圍。", "我冇講過要香檳塔。", "你完全冇聽我講嘢。"])
def test_a_chinese_playback_put_right_in_the_customers_words(reply: str) -> None:
    turns = parse_turns(_dialogue("我们想翻新卫生间，预算不多。", "我复述一下：您想全屋翻新，预算也比较宽裕，对吧？", reply))
    assert corrects(turns[2], after_claim=True)
    assert not corrects(parse_turns(_dialogue("我们想翻新卫生间。", "您最在意的是防滑，对吧？", "对，就是防滑。"))[2], after_claim=True)


@pytest.mark.parametrize("reply", ["二十吨，刚说过了。", "我一开始就说了，时效和破损。", "我講三次了。"])
def test_a_chinese_customer_saying_it_was_said_already(reply: str) -> None:
    assert reader("zh").says("repeat_complaint", parse_turns(_dialogue("每月二十吨发广州。", "每个月大概多少货量？", reply))[2].text_lower)


@pytest.mark.parametrize("key, line", [
    ("repeat_complaint", "Es que te he dicho que trabajamos de noche."),
    ("unanswered", "Y no me respondió lo de la tiroides."),
    ("unanswered", "Ya veo que no me va a responder. Chao."),
    ("corrects", "Mira, no nos has escuchado nada."),
    ("corrects", "¿Yo he dicho eso? Llevo treinta años aquí."),
    ("corrects", "No, no, nueva no. Es de segunda mano."),
    ("takes_offence", "¿Así le habla usted a todo el mundo?"),
    ("takes_offence", "Ya buscaré una empresa con más educación."),
])
def test_a_spanish_reply_witnesses_what_the_trainee_did(key: str, line: str) -> None:
    r = reader("es")
    assert r.says(key, line.lower())
    assert not r.says(key, "Sí, eso es, trabajamos de noche y necesitamos una sala.")


@pytest.mark.parametrize("trainee", ["A ver, rapidito: ¿qué necesita? Que tengo otra llamada.",
                                     "O sea, que me llama por cuatro trastos.",
                                     "¿Y qué espera, que se los bajemos volando?",
                                     "Pues llame a su vecino, a ver si se la baja él."])
def test_spanish_put_downs_in_other_words(trainee: str) -> None:
    """(In a Spanish conversation: "O sea, que me llama por cuatro trastos." alone reads as Portuguese.)"""
    turns = parse_turns(_dialogue("Quería saber cuánto cuesta una mudanza pequeña, de Triana a Dos Hermanas.", trainee,
                                  "Bueno, hijo, tampoco es para tanto. ¿Cuánto sería?"))
    assert "rudeness" in turns[1].moves
    assert "rudeness" not in parse_turns(_dialogue("Quería saber cuánto cuesta una mudanza pequeña.",
                                                   "Claro. ¿Qué muebles son y en qué piso está?"))[1].moves


@pytest.mark.parametrize("trainee, playback", [
    ("好的。那我再确认一下，您的货量大概是多少？", False),
    ("理解。那您最看重的是价格、时效还是安全呢？", False),
    ("我确认一下：您要的是两台，周六送，对吗？", True),
    ("您最看重的是时效，对吧？", True),
])
def test_a_chinese_question_asked_again_is_no_playback(trainee: str, playback: bool) -> None:
    """"Let me confirm: how much do you ship?" asks; "Let me confirm: two units, Saturday, right?" plays back."""
    turns = parse_turns(_dialogue("每月二十吨白酒发广州，分四批，要时效，要不破损。", trainee))
    assert ("paraphrase" in turns[1].moves) is playback


def test_a_chinese_deadline_and_the_crowd_are_pressure() -> None:
    for trainee in ("这个利率只锁到今天下午五点，过了就没了。", "现在大家都在抢，您的邻居、同事基本都锁了。"):
        assert "pressure" in parse_turns(_dialogue("银行给我4.9，五年固定。", trainee))[1].moves
    assert "pressure" not in parse_turns(_dialogue("银行给我4.9，五年固定。", "五年里您有没有可能换房？换的话罚金要先算清楚。"))[1].moves


@pytest.mark.parametrize("key, reply", [("corrects", "你都不听我说话。我找别人。"), ("repeat_complaint", "我说了药我有。"),
                                        ("repeat_complaint", "你这问来问去的，到底有没有能买的？")])
def test_a_chinese_customer_not_listened_to(key: str, reply: str) -> None:
    assert reader("zh").says(key, reply) and not reader("zh").says(key, "好的，药我自己有，就要飞。")


@pytest.mark.parametrize("reply", ["咁好，我星期日帶佢嚟。", "冇問題，幫我約星期六。", "得，就咁決定。"])
def test_a_cantonese_yes_is_a_yes(reply: str) -> None:
    r = reader("zh")
    assert r.says("agrees", reply.lower()) and not r.says("asks_or_worries", reply.lower())
    assert not r.says("agrees", "得闲再说，我要问问我老公。")
