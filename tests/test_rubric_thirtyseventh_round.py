"""Thirty-seventh round: short Spanish lines read as Spanish, and Chinese written in Traditional characters quoted back
in them.

"Dale, me parece bien.", "Perfecto." or "Claro, cualquier cosa nos llama." are Spanish, not English with foreign
words; the coach and the rubric read Chinese in Simplified characters, but the words they quote from a trainee or a
customer who wrote in Traditional ones are shown as written. Every example here is written afresh for the test.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import classify_objection, classify_question, score_dialogue
from coursekit.scoring.text import as_written, normalise


@pytest.mark.parametrize("line", ["Dale, me parece bien.", "Perfecto.", "Claro, cualquier cosa nos llama.",
                                  "Oye, tranquilo, venga el lunes.", "ok genial, gracias"])
def test_short_spanish_lines_are_read_as_spanish(line: str) -> None:
    assert normalise(line).language == "es"


@pytest.mark.parametrize("line", ["Perfect, see you on Monday.", "Sure, that sounds fine to me.",
                                  "We stayed at the Casa Claro last summer and it was great."])
def test_english_lines_stay_english(line: str) -> None:
    assert normalise(line).language == "en"


def test_the_coach_quotes_traditional_characters_as_written() -> None:
    said = classify_objection("這台冷氣還是太貴了，預算真的不夠")
    assert said.evidence and all(w in "這台冷氣還是太貴了，預算真的不夠" for w in said.evidence)
    assert any(w in said.feedback for w in said.evidence)
    simple = classify_objection("这台冷气还是太贵了，预算真的不够")
    assert simple.evidence and all(w in "这台冷气还是太贵了，预算真的不够" for w in simple.evidence)
    asked = classify_question("您現在的冷氣用了幾年？平常最不滿意的是哪裡？")
    assert asked.evidence and all(w in "您現在的冷氣用了幾年？平常最不滿意的是哪裡？" for w in asked.evidence)


def test_the_rubric_quotes_a_traditional_pitch_as_written() -> None:
    pitch = "這台變頻冷氣是最省電的，您今天訂就送安裝。"
    report = score_dialogue([
        {"speaker": "customer", "text": "你好，我想換一台冷氣，舊的太吵了。"},
        {"speaker": "trainee", "text": "好的，舊的那台主要是哪裡讓您不舒服？"},
        {"speaker": "customer", "text": "晚上睡覺的時候聲音很大，而且不太冷。"},
        {"speaker": "trainee", "text": pitch},
        {"speaker": "customer", "text": "我再想想。"},
    ])
    discovery = next(c for c in report.criteria if c.id == "discovery_before_pitch")
    assert discovery.evidence and all(e.rstrip("…") in pitch for e in discovery.evidence)
    assert f"“{discovery.evidence[0]}" in discovery.feedback


def test_as_written_keeps_what_no_traditional_text_holds() -> None:
    assert as_written(("太贵", "hello"), ["价格太贵了", "hello there"]) == ("太贵", "hello")
    assert as_written(("太贵", "再想…"), ["價格太貴了", "我再想想"]) == ("太貴", "再想…")


# -- read from es/blind14 and zh/blind14 (dev sets), each written here in other words ----------------------------------
from coursekit.scoring.exchange import parse_turns, proposes_another_time, takes_offence, where_left  # noqa: E402


def _lines(*texts: str, first: str = "customer") -> list[dict]:
    other = "trainee" if first == "customer" else "customer"
    return [{"speaker": first if i % 2 == 0 else other, "text": t} for i, t in enumerate(texts)]


@pytest.mark.parametrize("offer, reply", [
    ("¿Le instalamos la caldera esta tarde?", "Esta tarde estoy trabajando. ¿El sábado por la mañana?"),
    ("¿Se lo cambiamos hoy mismo?", "Hoy imposible, que tengo que ir a Lugo. ¿Y mañana temprano?"),
    ("今天下午给您装上好吗？", "下午我得去接孩子。周六上午行吗？"),
    ("Shall we fit it this afternoon?", "This afternoon's no good, I'm at work. Saturday morning?"),
])
def test_a_time_of_the_customers_own_keeps_the_step_open(offer: str, reply: str) -> None:
    turns = parse_turns(_lines("Hola.", offer, reply))
    assert proposes_another_time(turns[2])
    assert where_left(turns)[1] != "pushes_back"


@pytest.mark.parametrize("offer, reply", [
    ("¿Le instalamos la caldera esta tarde?", "No sé, es caro. ¿Mañana me dice el precio final?"),
    ("今天下午给您装上好吗？", "太贵了。明天还是这个价吗？"),
])
def test_a_question_about_something_else_tomorrow_is_no_time_put_forward(offer: str, reply: str) -> None:
    assert not proposes_another_time(parse_turns(_lines("Hola.", offer, reply))[2])


@pytest.mark.parametrize("reply", [
    "Oiga, yo no le he pedido consejo, eso ya lo sé.",
    "¿Perdone? Llevo diez años con ustedes.",
    "No sé para qué me pregunta si ya lo sabe todo.",
    "我没问你这个，我就想知道多少钱。",
    "谁问你了？说正事。",
])
def test_offence_taken_is_read_in_spanish_and_chinese(reply: str) -> None:
    turns = parse_turns(_lines("Hola.", "Debería ahorrar más, eh." if "¿" in reply or reply[0].isascii() else "您应该省着点用。", reply))
    assert takes_offence(turns[2])


@pytest.mark.parametrize("line", [
    "Para eso le va mejor el modelo grande, es el que más se lleva.",
    "Mire, por eso le interesa nuestro plan Hogar Plus, con seguro incluido.",
    "那我推荐这款变频空调，一级能效，特别省电。",
    "我们现在有个全屋净水套餐，一共四千八，一劳永逸。",
])
def test_a_product_pushed_forward_is_a_pitch(line: str) -> None:
    turns = parse_turns(_lines("Hola, vengo a mirar." if line[0].isascii() else "你好，我来看看。", line))
    assert "pitch" in turns[1].moves


@pytest.mark.parametrize("line", [
    "给您再加个空调清洗，一百八。还有什么要一起做的吗？",
    "还有什么需要的吗？比如脚垫和贴膜，今天都有活动。",
    "¿Ha pensado contratar también nuestro seguro de hogar?",
])
def test_an_extra_of_ours_put_in_is_an_upsell(line: str) -> None:
    turns = parse_turns(_lines("Hola." if line[0] in "¿H" else "你好。", line))
    assert "upsell" in turns[1].moves


@pytest.mark.parametrize("line", [
    "Ya, pero mucha gente no sabe montar estas cosas. ¿No lo habrá forzado?",
    "También tendría que haber revisado usted la fecha, que el titular es usted.",
    "您是不是自己在外面加过机油？很多车主自己加多了就漏。",
])
def test_the_fault_put_on_the_customer_is_an_argument(line: str) -> None:
    turns = parse_turns(_lines("Hola." if line[0].isascii() else "你好。", line))
    assert "argument" in turns[1].moves


def test_not_on_you_is_no_argument_and_a_wish_is_no_put_down() -> None:
    turns = parse_turns(_lines("Buenas, quiero un móvil que no sea complicado.",
                               "Hacemos primero la prueba, así lo ve él mismo y no es cosa de ustedes."))
    assert not turns[1].moves & {"argument", "rudeness"}
    assert "rudeness" not in turns[0].moves


@pytest.mark.parametrize("texts, expected", [
    (("Quiero poner riego en la finca.", "Lo primero es saber si el pozo está legalizado. ¿Tiene los papeles?",
      "No sé, los tendrá mi hermano.", "Pues búsquelos primero; sin eso no le compensa hacer el aforo todavía.",
      "Me parece bien. Lo hablo con mi hermano y le llamo."), "open"),
    (("我想给老房子装地暖。", "先得看看楼板能不能承重，我们可以先上门免费看一下。",
      "有道理，我回去跟我爱人商量一下。"), "open"),
    (("Quiero un móvil sencillo.", "Tenemos este de 99 con letra grande.", "Venga, a ver ese."), "on_side"),
])
def test_pleased_then_asking_at_home_is_open_and_venga_is_a_yes(texts: tuple[str, ...], expected: str) -> None:
    assert where_left(parse_turns(_lines(*texts)))[1] == expected


@pytest.mark.parametrize("texts", [
    ("Vengo porque falleció mi marido hace dos semanas y no sé qué hacer con la cuenta.",
     "Lo siento mucho. Por eso le interesa nuestro fondo Futuro, con rentabilidad garantizada."),
    ("喂！家里水管爆了，咋整啊！", "我们现在有个换管套餐，全屋三千八，一劳永逸。"),
])
def test_a_pitch_to_a_grieving_or_frightened_customer_caps_the_score(texts: tuple[str, ...]) -> None:
    report = score_dialogue(_lines(*texts, "No quiero eso." if texts[0][0].isascii() else "我不要这个！"))
    assert report.total <= 40


@pytest.mark.parametrize("texts", [
    ("Buenas, quiero cambiar el seguro del coche.", "¿Qué le pasó con el que tiene ahora?",
     "Me subieron la cuota un treinta por ciento.", "Lamento oírlo. Lo que podemos hacer es revisar su póliza.",
     "Vale, gracias. Con el cambio de compañía lo tengo claro, mañana vengo a por mis papeles."),
    ("保养完车还漏油。", "您是不是在外面加过机油？", "我没加过！我找厂家投诉去。"),
])
def test_leaving_for_another_provider_or_to_complain_ends_the_conversation(texts: tuple[str, ...]) -> None:
    assert where_left(parse_turns(_lines(*texts)))[1] == "left"


def test_a_chinese_summary_after_got_it_plays_the_customer_back() -> None:
    report = score_dialogue(_lines(
        "你好，我家热水器洗澡的时候老是忽冷忽热，用了八年了。", "您家热水器是燃气的还是电的？平时几个人洗澡？",
        "燃气的，三个人，晚上一个接一个洗。", "明白，燃气热水器用了八年，三个人接着洗的时候忽冷忽热。我们先上门看看水压和燃气阀。",
        "好的，明天下午来吧。"))
    assert next(c for c in report.criteria if c.id == "confirming_understanding").score > 0


# -- read from blind112 and blind113 (English dev sets), each written here in other words ------------------------------
from coursekit.scoring import analyse_turn  # noqa: E402


@pytest.mark.parametrize("offer, reply, expected", [
    ("The 600 VA one is 21,000 and runs the router all evening.", "Hmm, that's within budget. I'll take it.", "on_side"),
    ("The smaller van is 40 a day, the bigger one 55.", "It's a lot of money. I'll take the smaller one, then.", "on_side"),
    ("We can split the deposit and close only part of it.", "Oh, that's better. But I'm at work now, can I come on Saturday to sign?", "open"),
    ("That's the penalty for closing early, sir.", "Okay, what to do. Close it.", "grudging"),
])
def test_a_yes_taken_later_or_grudgingly_is_read_as_such(offer: str, reply: str, expected: str) -> None:
    assert where_left(parse_turns(_lines("I need some advice.", offer, reply)))[1] == expected


def test_half_the_words_lost_makes_a_jargon_summary_no_check() -> None:
    report = score_dialogue(_lines(
        "I'm buying my first flat and the bank wants insurance.", "What's the flat like, and when do you close?",
        "Two beds, top floor, closing on the 30th.",
        "Right, so buildings cover at reinstatement value, standard excess, subject to average, bank as interested party.",
        "Sorry, I didn't get half of that. I don't know what any of that means."))
    assert next(c for c in report.criteria if c.id == "confirming_understanding").score == 0


@pytest.mark.parametrize("line, move, present", [
    ("Zips don't just break after a week. Usually it got pulled too hard.", "argument", True),
    ("That's the rule for early withdrawal, madam.", "argument", True),
    ("We send an engineer out the same day, it's in the contract.", "argument", False),
    ("You can't cancel in the first year, it's in the contract.", "argument", True),
    ("The council grant covers fifty percent of the boiler. For a flat your size, about 3 kilowatts. Which way does the roof face?",
     "paraphrase", False),
])
def test_blame_rules_and_told_figures(line: str, move: str, present: bool) -> None:
    assert (move in analyse_turn(line).moves) is present


def test_defending_ones_handling_takes_offence() -> None:
    turns = parse_turns(_lines("My earring lost a stone.", "Stones don't just fall out. Are you sure?",
                               "I'm not careless with my things. Will you fix it or not?"))
    assert takes_offence(turns[2])


@pytest.mark.parametrize("texts", [
    ("I need a laptop for my son's course.", "This 14-inch with the international warranty is 3,450, the local one 3,300.",
     "Oh. Then the international one is better, no? Let me send him the specs first."),
    ("We need a tablet for the shop.", "This one is 400 and runs your till app.", "Okay, that makes sense. I'll talk to my boss."),
])
def test_pleased_then_sending_it_on_is_open(texts: tuple[str, ...]) -> None:
    assert where_left(parse_turns(_lines(*texts)))[1] == "open"


@pytest.mark.parametrize("reply", [
    "The back bedroom is the cold one, though. That's what I just said.",
    "Can we get back to the leak?",
    "That's the exact opposite of what I said.",
    "I'd like you to listen, to be honest.",
])
def test_the_trainee_put_right_again(reply: str) -> None:
    from coursekit.scoring.exchange import corrects
    turns = parse_turns(_lines("The back bedroom never warms up.", "Great, so the front room needs a bigger radiator.", reply))
    assert corrects(turns[2], after_claim=False)


def test_getting_someone_who_actually_looks_leaves() -> None:
    turns = parse_turns(_lines("The tree shades the roof after two.", "We'll put twelve panels there. Shall I draw it up?",
                               "No. I'll get someone out who actually looks at the roof."))
    assert where_left(turns)[1] == "left"


@pytest.mark.parametrize("line, pitched", [
    ("If the filter's clean, our tech comes Wednesday, free.", False),
    ("Our engineer comes out first thing tomorrow.", False),
    ("Our new dishwasher comes with a five-year warranty.", True),
])
def test_a_visit_is_no_claim(line: str, pitched: bool) -> None:
    assert ("pitch" in analyse_turn(line).moves) is pitched


def test_an_irish_deadly_is_a_yes() -> None:
    turns = parse_turns(_lines("The glasses come out cloudy.", "Fill the salt, run it twice and text me tomorrow.",
                               "Deadly, I'll text you in the morning."))
    assert where_left(turns)[1] == "on_side"


# -- read from zh/blind13 (a dev set since this round), each written here in other words ------------------------------
@pytest.mark.parametrize("line", [
    "您开户的时候签过协议，上面写着呢，我们是按规定扣的。",
    "您确定家里没人替您收吗？有的人拿到了也说没拿到。",
])
def test_chinese_terms_held_against_the_customer_argue(line: str) -> None:
    assert "argument" in parse_turns(_lines("你好。", line))[1].moves


@pytest.mark.parametrize("reply", ["你这意思是我乱说？", "姐，您这跟我妈似的。", "空调你还没试呢。"])
def test_chinese_replies_that_put_the_trainee_right(reply: str) -> None:
    from coursekit.scoring.exchange import corrects
    turn = parse_turns(_lines("你好。", "好了，都装好了，签个字吧。", reply))[2]
    assert takes_offence(turn) or corrects(turn, after_claim=False)


def test_a_chinese_limit_set_with_a_yes_is_no_exit() -> None:
    turns = parse_turns(_lines("想翻新一下厨房。", "我周末上门量一下，出个明细给您。", "行，你周末来吧。先说好，要超了五万我可就不做了。"))
    assert where_left(turns)[1] != "left"


def test_both_prices_asked_for_then_the_boss_is_open() -> None:
    turns = parse_turns(_lines("想租三台货车。", "那我出两个方案：一个按月租，一个按趟算，先租一个月试试。", "那两个价都发过来，我跟老板商量一下。"))
    assert where_left(turns)[1] == "open"


def test_a_free_extra_is_no_upsell_and_the_worst_event_is_no_complaint() -> None:
    turns = parse_turns(_lines("孩子屋里网不好。", "里屋我给您加个无线中继，套餐里送的，不另收钱。"))
    assert "upsell" not in turns[1].moves
    from coursekit.scoring.readers import reader
    assert reader("zh").upset_level("他跳远最差，别的还行。")[0] == 0


# -- read from blind118 and blind119 (English dev sets), each written here in other words ------------------------------
@pytest.mark.parametrize("line, move, present", [
    ("Look, you're wrong about the filters. The cheap ones clog in a month.", "argument", True),
    ("No, a new boiler won't cause that. It'll be something you've got plugged in.", "argument", True),
    ("Most families in your position choose our Premier plan for peace of mind.", "pitch", True),
    ("I'll stop the direct debits today and close the card after the last one on the 12th.", "pressure", False),
    ("It's the last one at this price, so I'd grab it.", "pressure", True),
])
def test_blame_after_a_lead_in_and_a_date_that_hurries_no_one(line: str, move: str, present: bool) -> None:
    assert (move in analyse_turn(line).moves) is present


def test_ones_own_trip_told_with_its_year_is_about_self() -> None:
    from coursekit.scoring.faults import ABOUT_SELF
    assert ABOUT_SELF.search("lisbon! i went in 2018, the hills nearly finished me, never again.")
    assert not ABOUT_SELF.search("the parcel went in 2018 prices, so it's cheaper now.")


@pytest.mark.parametrize("reply", ["I know what I'm on about, thanks.", "I'm telling you, it only trips when it starts."])
def test_the_customer_insisting(reply: str) -> None:
    from coursekit.scoring.exchange import corrects
    turn = parse_turns(_lines("It trips every night.", "That can't be the heater.", reply))[2]
    assert takes_offence(turn) or corrects(turn, after_claim=False)


def test_wanting_someone_else_to_help_leaves() -> None:
    turns = parse_turns(_lines("I need to close my mum's account.", "Have you thought about life cover for yourself?",
                               "I want someone else to help me."))
    assert where_left(turns)[1] == "left"


@pytest.mark.parametrize("line, argues", [
    ("It's the yearly price rise, it's in the contract, but the letter's easy to miss. What do you use it for?", False),
    ("It's in the contract, so there's nothing I can do.", True),
])
def test_the_terms_named_and_then_conceded(line: str, argues: bool) -> None:
    assert ("argument" in analyse_turn(line).moves) is argues


def test_thats_what_i_said_to_a_summary_is_a_yes() -> None:
    from coursekit.scoring.exchange import corrects
    turns = parse_turns(_lines("The close takes ten days.", "So, to check: a three-day close and a named consultant. Is that right?",
                               "That's what I said. So?"))
    assert not corrects(turns[2], after_claim=False)


def test_a_complaint_made_before_is_no_exit() -> None:
    from coursekit.scoring.readers import reader
    assert reader("zh").says("walks_away", "我找厂家投诉去。")
    assert not reader("zh").says("walks_away", "我上次向你们投诉过一次，后来就好了。")
