"""Thirty-sixth round: a stock "I understand" before a pitch in Spanish and Chinese, a yes that only takes the quote away,
and English readings from a dev set written wider than its lines.

A Spanish or Chinese turn whose only taking-up is a stock "Entiendo" / "我非常理解" before it sells takes up nothing, as
"I understand. Our premium plan…" does in English; a customer who only says "send it" to the quote the trainee offered
to send has decided nothing (open, in all three languages); a choice of two times is a next step; "you don't hear me"
puts the trainee right; blame put on "tenants" or asked as "did you maybe…" argues; "today's" hurries no one; a cause
named for what the customer saw is a diagnosis, not a playback; a family story told with its year is about the
trainee. Every example here is written afresh for the test (none is a line of a dialogue set).
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.scoring.exchange import _only_takes_the_paper, builds_on, corrects, parse_turns, where_left
from coursekit.scoring.faults import ABOUT_SELF


def _lines(*texts: str, first: str = "customer") -> list[dict]:
    other = "trainee" if first == "customer" else "customer"
    return [{"speaker": first if i % 2 == 0 else other, "text": t} for i, t in enumerate(texts)]


@pytest.mark.parametrize("complaint, reply", [
    ("Mi internet se corta cada noche desde hace una semana.",
     "Entiendo. Nuestra fibra premium va a 600 megas y este mes sale con descuento, ¿se la activo ya?"),
    ("我家宽带这个月断了好几次，晚上根本用不了。",
     "我非常理解。我们现在有千兆套餐，办了送路由器，今天就给您开通好吗？"),
    ("My connection keeps dropping every evening.",
     "I understand. Our premium fibre plan is on offer this month, shall I switch you today?"),
])
def test_a_stock_i_understand_before_selling_takes_up_nothing(complaint: str, reply: str) -> None:
    turns = parse_turns(_lines(complaint, reply))
    assert not builds_on(turns[1])


@pytest.mark.parametrize("complaint, reply", [
    ("Mi internet se corta cada noche desde hace una semana.",
     "Entiendo, que se le corte cada noche es muy molesto. ¿A qué hora empieza a cortarse?"),
    ("我家宽带这个月断了好几次，晚上根本用不了。",
     "我非常理解，晚上断网确实很影响。一般是几点开始断的？"),
])
def test_an_i_understand_that_goes_on_to_ask_takes_up(complaint: str, reply: str) -> None:
    turns = parse_turns(_lines(complaint, reply))
    assert builds_on(turns[1])


@pytest.mark.parametrize("offer, reply", [
    ("I'll email you the quote this afternoon so you can read it at home.", "ok, send it over"),
    ("I'll email you the quote this afternoon so you can read it at home.", "Sure, email it, thanks!"),
    ("Te paso la cotización por WhatsApp y la revisan con calma.", "va, mándamela"),
    ("Le envío el presupuesto al correo esta tarde.", "Envíelo, sí."),
    ("我把报价单发您微信，您有空看看。", "好的，发我吧"),
])
def test_a_yes_that_only_takes_the_quote_away_decides_nothing(offer: str, reply: str) -> None:
    turns = parse_turns(_lines("We're looking at cover for the new workshop.", offer, reply))
    assert where_left(turns)[1] == "open"


def test_a_yes_to_the_quote_with_a_step_of_its_own_is_more_than_paper() -> None:
    turns = parse_turns(_lines("We're looking at cover for the new workshop.",
                               "I'll email you the quote this afternoon.", "Great, email it and we'll sign on Monday."))
    assert not _only_takes_the_paper(turns[1], turns[2])  # it says when they sign: not a yes to paper alone
    only_paper = parse_turns(_lines("We're looking at cover for the new workshop.",
                                    "I'll email you the quote this afternoon.", "ok, send it over"))
    assert where_left(only_paper)[1] == "open"


@pytest.mark.parametrize("text", [
    "Perfect. Tuesday at ten or Thursday at three, which suits you?",
    "Monday morning or Wednesday at 4?",
])
def test_a_choice_of_two_times_is_a_next_step(text: str) -> None:
    assert "commitment" in analyse_turn(text).moves


def test_a_question_about_when_it_happened_is_no_next_step() -> None:
    assert "commitment" not in analyse_turn("Was that Monday or Tuesday?").moves


def test_you_dont_hear_me_puts_the_trainee_right() -> None:
    turns = parse_turns(_lines("The boiler is leaking, not making noise.", "So the noise is what bothers you?",
                               "You don't hear me. It's leaking."))
    assert corrects(turns[2], after_claim=True)


@pytest.mark.parametrize("last", ["Forget it, I'll find another plumber.", "Then I'm calling the city inspector."])
def test_going_to_another_firm_or_an_inspector_walks_away(last: str) -> None:
    turns = parse_turns(_lines("Water is coming through my ceiling again.", "Have you checked your own pipes first?", last))
    assert where_left(turns)[1] == "left"


@pytest.mark.parametrize("text", [
    "What would make this a yes or a no for the two of you?",
])
def test_asking_what_would_decide_it_either_way_is_no_pressure(text: str) -> None:
    assert "pressure" not in analyse_turn(text).moves


def test_asking_what_would_make_it_a_yes_still_pushes() -> None:
    assert "pressure" in analyse_turn("So what would make this a yes today?").moves


def test_todays_as_a_possessive_hurries_no_one() -> None:
    assert "pressure" not in analyse_turn("Your cover may pay for part of today's lost takings.").moves
    assert "pressure" in analyse_turn("Sign today and the discount is yours.").moves


@pytest.mark.parametrize("text", [
    "Damp like that usually comes from tenants not opening the windows.",
    "A lot of owners clog their own drains with grease.",
])
def test_blame_put_on_the_customer_argues(text: str) -> None:
    assert "argument" in analyse_turn(text).moves


def test_blame_asked_as_a_maybe_talks_down() -> None:
    assert "rudeness" in analyse_turn("Did you maybe let the bath overflow? It happens.").moves
    assert not analyse_turn("Did you get the email with the booking?").moves & {"rudeness", "argument"}


def test_a_cause_named_for_what_they_saw_is_no_playback() -> None:
    turns = parse_turns(_lines("The fridge hums but it's warm inside, the milk went off.",
                               "Humming but warm usually means the compressor has failed, it's nothing you did."))
    assert not turns[1].moves & {"paraphrase", "reflection"}


@pytest.mark.parametrize("text, mine", [
    ("My son's was at the town hall last summer, sixty guests, my wife insisted on doing the cake.", True),
    ("We still laugh about it.", True),
    ("How many guests are you expecting, and is it lunch or dinner?", False),
])
def test_a_family_story_of_ones_own_is_about_the_trainee(text: str, mine: bool) -> None:
    assert bool(ABOUT_SELF.search(text.lower())) is mine


def test_a_monologue_of_ones_own_family_costs_against_the_same_dialogue_without_it() -> None:
    start = ["Hi, I'd like to order food for my daughter's christening, about thirty people.",
             "Congratulations! Is it a lunch, and are any of the guests vegetarian?",
             "Lunch, yes. Two are vegetarian. My budget is around 400."]
    end = ["400 covers it: two hot trays, a salad and a vegetarian pasta, about 380.",
           "That sounds right. I'll confirm the time tomorrow.", "Great, I'll hold the Saturday for you."]
    story = "Oh, a christening, lovely. My son's was at the town hall last summer, sixty guests, we still laugh about it."
    plain = score_dialogue(_lines(*start, end[0], end[1], end[2]))
    told = score_dialogue(_lines(*start[:2], start[2], story, "Ha. So, what would you do for 400?", *end))
    assert told.total < plain.total


# -- read from es/blind12, zh/blind12 and blind108 (dev sets), each written here in other words --------------------------
from coursekit.scoring.faults import UNASKED_ADVICE  # noqa: E402
from coursekit.scoring.readers import reader  # noqa: E402


def _moves(language_opening: str, line: str) -> frozenset[str]:
    return parse_turns(_lines(language_opening, line))[1].moves


@pytest.mark.parametrize("opening, line, move", [
    ("La licuadora nueva no enciende.", "Nuestras licuadoras no salen malas, es el enchufe de su casa, punto.", "argument"),
    ("La llanta se desinfló otra vez.", "Seguramente la infló de más usted mismo.", "argument"),
    ("Quiero congelar mi membresía un mes.", "¿Y vos leíste el contrato que firmaste o firmaste por firmar?", "rudeness"),
    ("Vengo a cancelar la cita de mi mamá.", "¿Ha pensado en nuestro seguro dental familiar?", "upsell"),
    ("房间里有股怪味。", "不可能哦，我们每天都开窗通风的。", "argument"),
    ("这个药我一直在吃，处方丢了。", "你真的是自己吃吗？", "rudeness"),
    ("我们想订个包间。", "爱订不订，就这个价。", "rudeness"),
    ("我想看看电瓶车。", "这款最合适，你是刷卡还是扫码？", "closing"),
])
def test_faults_read_from_the_spanish_and_chinese_dev_sets(opening: str, line: str, move: str) -> None:
    assert move in _moves(opening, line)


@pytest.mark.parametrize("language, key, text, says", [
    ("es", "takes_offence", "Oiga, no me diga que la culpa es mía.", True),
    ("es", "unasked_advice", "Le recomiendo dejar el refresco y caminar un poco cada día.", True),
    ("es", "vague_promise", "Déjeme ver qué se puede hacer y nosotros le avisamos.", True),
    ("es", "vague_promise", "Nosotros le avisamos el jueves a las diez.", False),
    ("es", "overpromise", "Con ese sueldo se lo garantizo.", True),
    ("es", "overpromise", "No se lo garantizo, depende del banco.", False),
    ("es", "about_self", "Ay, a mí me pasó igualito el año pasado.", True),
    ("es", "corrects", "El viernes está bien. Pregunte por mí en la entrada.", False),
    ("es", "walks_away", "Pues qué servicio. No les vuelvo a comprar nada.", True),
    ("es", "walks_away", "No. Y no me llamen más.", True),
    ("zh", "takes_offence", "我又不是乱花钱的。", True),
    ("zh", "walks_away", "算了，订嘛。", False),
    ("zh", "walks_away", "你这样说话，我们换个地方。", True),
    ("zh", "agrees", "要得，我等下打给她。", True),
])
def test_customer_and_trainee_words_read_from_the_dev_sets(language: str, key: str, text: str, says: bool) -> None:
    assert reader(language).says(key, text.lower()) is says


def test_a_yes_written_with_its_accent_opens_no_hypothesis() -> None:
    yes = _moves("Quiero mandar dinero más barato.", "Sí puede haber. ¿Cuánto manda al mes, y qué hace con el dinero?")
    test = _moves("Quiero mandar dinero más barato.", "Si la comisión bajara a la mitad, ¿lo mandaría a una cuenta?")
    assert "hypothesis" not in yes and "hypothesis" in test


def test_a_saving_per_month_from_a_smaller_plan_is_no_discount() -> None:
    assert "discount" not in _moves("我妈话费太高了。", "换成五十八的套餐，每个月少三十块。")
    assert "discount" in _moves("我妈话费太高了。", "这样吧，我给您少三十块。")


@pytest.mark.parametrize("text, pressure", [
    ("They'd list it high, but listing isn't selling. How soon do you need to move?", False),
    ("You need to decide today, the offer ends at five.", True),
])
def test_asking_how_soon_they_need_to_is_no_push(text: str, pressure: bool) -> None:
    assert ("pressure" in analyse_turn(text).moves) is pressure


@pytest.mark.parametrize("reply", ["Did you hear me? He's got asthma.", "You've not even asked what it looks like."])
def test_did_you_hear_me_puts_the_trainee_right(reply: str) -> None:
    turns = parse_turns(_lines("My son has asthma, the heating has to stay on.", "A prepayment meter is a great way to budget.", reply))
    assert corrects(turns[2], after_claim=False)


def test_a_lesson_for_young_people_is_unasked_advice() -> None:
    assert UNASKED_ADVICE.search("right. this is why it's important to open your post. a lot of young people ignore their letters.")
    assert not UNASKED_ADVICE.search("lots of people your age are entitled to it and never claim, so it's worth a look.")


@pytest.mark.parametrize("last", ["I didn't ask for a lecture.", "I'm ringing Citizens Advice."])
def test_a_lecture_heard_or_citizens_advice_ends_it_badly(last: str) -> None:
    turns = parse_turns(_lines("I've got arrears on my council tax.", "This is why it's important to read your post.", last))
    assert where_left(turns)[1] in ("left", "pushes_back")


@pytest.mark.parametrize("opening, offer, last, where", [
    ("Hola, quería internet para la casa.", "Son 45 al mes con la instalación incluida.",
     "Uf, está caro... pero bueno, lo necesito ya para trabajar. Hagámoslo.", "on_side"),
    ("Hola, quería internet para la casa.", "Son 45 al mes con la instalación incluida.", "Está caro. Lo voy a pensar.", "pushes_back"),
    ("你好，我想装宽带。", "一个月四十五，含安装。", "有点贵……不过我急着上网课，那就办吧。", "on_side"),
    ("你好，我想装宽带。", "一个月四十五，含安装。", "有点贵，我再想想。", "pushes_back"),
])
def test_a_go_ahead_said_last_takes_it_whatever_doubt_came_before(opening: str, offer: str, last: str, where: str) -> None:
    turns = parse_turns(_lines(opening, offer, last))
    assert where_left(turns)[1] == where


@pytest.mark.parametrize("before, line, objects", [
    ("¿Cuánto le queda de hipoteca, cuántos años, y son uno o dos titulares?", "150.000, 25 años, somos dos, yo y mi pareja.", False),
    ("Son 45 al mes con la instalación incluida.", "Lo tengo que hablar con mi pareja antes.", True),
])
def test_a_partner_named_in_an_answer_is_no_put_off(before: str, line: str, objects: bool) -> None:
    from coursekit.scoring.exchange import objection_after
    assert objection_after(before, line) is objects
