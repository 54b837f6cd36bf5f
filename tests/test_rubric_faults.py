"""Faults of service that cost points (coursekit/scoring/faults.py, thirteenth round).

A promise nobody can keep, advice about the customer's own choices that nobody asked for, talk about oneself or
one's colleagues, and a next step with no day that leaves the customer asking when: each costs `FAULT_COST`
points and is named in the summary with what to do instead. Written afresh (no line of a data set): a hedge,
a warranty, a hypothesis test, advice that was asked for and a day given are no faults.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.scoring import dialogue
from coursekit.scoring.dialogue import FAULT_COST, FAULT_TURNS


def _dialogue(middle: str, reply: str = "Okay, that sounds fair.") -> list[dict]:
    return [
        {"speaker": "customer", "text": "Hi, my van failed its roadworthy test on the brakes and the retest is next Thursday."},
        {"speaker": "trainee", "text": "That's a worry with work booked. What did the tester write on the sheet?"},
        {"speaker": "customer", "text": "Rear discs worn and the handbrake weak."},
        {"speaker": "trainee", "text": middle},
        {"speaker": "customer", "text": reply},
        {"speaker": "trainee", "text": "Good. I've booked it in for Monday at eight; Darius will ring you when it's ready."},
        {"speaker": "customer", "text": "Monday at eight, fine. Thanks."},
    ]


FAIR = "We can fit new rear discs and adjust the handbrake on Monday, and it should pass."


def _cost(turns: list[dict], monkeypatch) -> int:
    """The points the rubric's faults take off this dialogue (its total with faults free, less its total)."""
    real = score_dialogue(turns).total
    monkeypatch.setattr(dialogue, "FAULT_COST", 0)
    free = score_dialogue(turns).total
    monkeypatch.undo()
    return free - real


@pytest.mark.parametrize("middle", [
    "We fit new rear discs and adjust the handbrake on Monday, and I guarantee it'll pass on Thursday.",
    "New rear discs and a handbrake adjustment on Monday, and it passes Thursday, a hundred percent.",
    "New rear discs and the handbrake adjusted on Monday. It'll definitely pass, you have my word.",
])
def test_a_promise_nobody_can_keep_costs_points_and_is_named(middle, monkeypatch):
    assert _cost(_dialogue(middle), monkeypatch) == FAULT_COST
    summary = score_dialogue(_dialogue(middle)).summary
    assert "a promise nobody can keep" in summary and "what you will do if it goes wrong" in summary


@pytest.mark.parametrize("middle", [
    # hedged in the same sentence
    "New rear discs and the handbrake adjusted on Monday; I can't guarantee the tester, but it should pass.",
    "Nobody can promise a pass a hundred percent, but with new discs and the handbrake adjusted it should.",
    # a warranty on our own work
    "We'll fit new rear discs on Monday and we guarantee the work for two years.",
    # a hypothesis test
    "If we guarantee it's done by Monday night, would that settle your worry about Thursday?",
])
def test_a_hedge_a_warranty_or_a_hypothesis_is_no_broken_promise(middle, monkeypatch):
    assert "a promise nobody can keep" not in score_dialogue(_dialogue(middle)).summary
    assert _cost(_dialogue(middle), monkeypatch) == 0


def test_advice_on_what_they_would_be_happier_with_is_unasked_advice(monkeypatch):
    lighter = FAIR + " And honestly, with a van this old you'd be much happier with something newer."
    assert _cost(_dialogue(lighter), monkeypatch) == FAULT_COST


def test_unasked_advice_costs_points_but_advice_asked_for_does_not(monkeypatch):
    unasked = FAIR + " Honestly, you should get the van serviced every six months instead of waiting for a test."
    assert _cost(_dialogue(unasked), monkeypatch) == FAULT_COST
    assert "advice the customer did not ask for" in score_dialogue(_dialogue(unasked)).summary
    asked = _dialogue(unasked)
    asked[2] = {"speaker": "customer", "text": "Rear discs worn and the handbrake weak. What would you do in my place?"}
    assert "advice the customer did not ask for" not in score_dialogue(asked).summary
    assert _cost(asked, monkeypatch) == 0


@pytest.mark.parametrize("middle", [
    "I know exactly how you feel, when my dad had his garage we failed tests all the time. " + FAIR,
    "Our parts people are hopeless, they ordered the wrong discs last week. " + FAIR,
    "I drove my own dad's van for years, honestly it changed my life. " + FAIR,
    "Oh, I know that one so well, my own old Transit failed on the handbrake three times, haha. " + FAIR,
    # fourteenth round: a story of one's own in other words
    "Ha, at my own farm we had a ute just like it, the handbrake went every winter. " + FAIR,
    "When I first started, I was just as worried about brake bills, I nearly sold my car. " + FAIR,
])
def test_talk_about_oneself_or_blaming_colleagues_costs_points(middle, monkeypatch):
    assert _cost(_dialogue(middle), monkeypatch) == FAULT_COST
    assert "talking about yourself or your colleagues" in score_dialogue(_dialogue(middle)).summary


def test_a_next_step_with_no_day_costs_points_when_the_customer_has_to_ask_when(monkeypatch):
    vague = "Rear discs and the handbrake, right. Someone from the workshop will be in touch to book it in."
    pressed = _dialogue(vague, "Okay, but when? The retest is Thursday.")
    assert "the customer had to ask when" in score_dialogue(pressed).summary
    assert _cost(pressed, monkeypatch) == FAULT_COST
    calm = _dialogue(vague, "Okay, that sounds fair.")
    assert "the customer had to ask when" not in score_dialogue(calm).summary
    assert _cost(calm, monkeypatch) == 0
    dated = "Rear discs and the handbrake, right. Someone from the workshop will call you tomorrow before ten to book it in."
    assert "the customer had to ask when" not in score_dialogue(_dialogue(dated, "Okay, but when on Monday?")).summary


def test_faults_cost_at_most_two_turns(monkeypatch):
    bad = _dialogue("I guarantee it'll pass, a hundred percent sure.")
    bad[5] = {"speaker": "trainee", "text": "To be honest you should get the van serviced every six months, people never do."}
    bad.append({"speaker": "trainee", "text": "It won't fail, trust me, it'll definitely pass."})
    bad.append({"speaker": "customer", "text": "Right."})
    assert "a promise nobody can keep" in score_dialogue(bad).summary and score_dialogue(bad).cap is None
    assert _cost(bad, monkeypatch) == FAULT_COST * FAULT_TURNS


def test_spanish_and_chinese_promises_are_read_in_their_language(monkeypatch):
    es = [
        {"speaker": "customer", "text": "Hola, mi maleta no llegó en el vuelo de Bogotá y mañana tengo una boda."},
        {"speaker": "trainee", "text": "Lo siento mucho. ¿Me da el número de la etiqueta para buscarla?"},
        {"speaker": "customer", "text": "Es el BG 44718."},
        {"speaker": "trainee", "text": "Ya la veo: viene en el vuelo de esta noche. Se la llevamos al hotel mañana temprano, le garantizo que llega antes de la boda."},
        {"speaker": "customer", "text": "Bueno, gracias."},
    ]
    hedged = [dict(t) for t in es]
    hedged[3]["text"] = ("Ya la veo: viene en el vuelo de esta noche. Se la llevamos al hotel mañana temprano; "
                         "no le puedo garantizar la hora, pero le escribo en cuanto llegue.")
    assert (_cost(es, monkeypatch), _cost(hedged, monkeypatch)) == (FAULT_COST, 0)
    zh = [
        {"speaker": "customer", "text": "你好，我的行李没到，明天要开会。"},
        {"speaker": "trainee", "text": "很抱歉。请告诉我行李牌号码，好吗？"},
        {"speaker": "customer", "text": "BG44718。"},
        {"speaker": "trainee", "text": "查到了，在今晚的航班上。明天早上送到酒店，我保证您开会前拿到。"},
        {"speaker": "customer", "text": "好的，谢谢。"},
    ]
    zh_hedged = [dict(t) for t in zh]
    zh_hedged[3]["text"] = "查到了，在今晚的航班上。明天早上送到酒店，时间我不能保证，但一到就通知您。"
    assert (_cost(zh, monkeypatch), _cost(zh_hedged, monkeypatch)) == (FAULT_COST, 0)


def _fix(middle: str, reply: str, found: str = "ok, done, it found it") -> list[dict]:
    return [
        {"speaker": "customer", "text": "Hi, the label printer in our warehouse says offline since lunch and the courier comes at four."},
        {"speaker": "trainee", "text": "Sorry about that, with the courier coming. Is it on a network cable or on wifi?"},
        {"speaker": "customer", "text": "Cable. We moved it to the other desk this morning."},
        {"speaker": "trainee", "text": "Then it has a new address. Remove it from the printer list and add it again with Find printer."},
        {"speaker": "customer", "text": found},
        {"speaker": "trainee", "text": middle},
        {"speaker": "customer", "text": reply},
    ]


def test_a_fix_declared_done_that_nobody_tried_costs_points(monkeypatch):
    """Fourteenth round (f07 of the ranked sets: "does not check the fix worked")."""
    unchecked = _fix("Great, that should fix it. Good luck with the courier!", "ok thanks")
    assert "a fix declared done that nobody tried" in score_dialogue(unchecked).summary
    assert _cost(unchecked, monkeypatch) == FAULT_COST
    assert _cost(_fix("Brilliant, it should work now.", "ok, i'll try later"), monkeypatch) == FAULT_COST
    # asked to try it while still on the line; or the customer had already said it works
    tried = _fix("Great. Can you print one test label now and tell me if it comes out?", "yes, it printed fine")
    assert _cost(tried, monkeypatch) == 0
    assert _cost(_fix("Great, that should do it.", "thanks!", found="ok, done, it printed a label"), monkeypatch) == 0
    # a follow-up promised, and no conversation about a fix at all
    assert _cost(_fix("The courier is sorted too. I'll ring you at five to make sure it's fixed.", "ok thanks"), monkeypatch) == 0
    order = [
        {"speaker": "customer", "text": "Hi, I'd like forty of the kraft gift boxes for the market on Saturday."},
        {"speaker": "trainee", "text": "Happy to. Which size, the small or the medium?"},
        {"speaker": "customer", "text": "Medium, please."},
        {"speaker": "trainee", "text": "That should do it, they'll be ready on Friday morning."},
        {"speaker": "customer", "text": "Perfect, thanks."},
    ]
    assert _cost(order, monkeypatch) == 0


def test_a_fix_nobody_tried_is_read_in_spanish_and_chinese(monkeypatch):
    es = [
        {"speaker": "customer", "text": "Hola, el datáfono no funciona desde esta mañana, dice error de conexión."},
        {"speaker": "trainee", "text": "Lo siento. Reinícielo manteniendo el botón rojo diez segundos."},
        {"speaker": "customer", "text": "Ya está, se reinició."},
        {"speaker": "trainee", "text": "Perfecto, ya debería funcionar."},
        {"speaker": "customer", "text": "Bueno, gracias."},
    ]
    tried = [dict(t) for t in es]
    tried[3]["text"] = "Perfecto. ¿Puede hacer una venta de prueba de un euro y me dice si pasa?"
    assert (_cost(es, monkeypatch), _cost(tried, monkeypatch)) == (FAULT_COST, 0)
    zh = [
        {"speaker": "customer", "text": "你好，收银机连不上打印机，一直报错。"},
        {"speaker": "trainee", "text": "不好意思。请把打印机的电源拔掉，十秒后再插上。"},
        {"speaker": "customer", "text": "插好了。"},
        {"speaker": "trainee", "text": "好的，现在应该可以了。"},
        {"speaker": "customer", "text": "好，谢谢。"},
    ]
    zh_tried = [dict(t) for t in zh]
    zh_tried[3]["text"] = "好的。请打一张测试页，告诉我出来没有？"
    assert (_cost(zh, monkeypatch), _cost(zh_tried, monkeypatch)) == (FAULT_COST, 0)


@pytest.mark.parametrize("text, pitch", [
    # a product put forward before anything is asked
    ("You'll want these: waterproof, good ankle support, the best boot for the Highlands.", True),
    ("You can't go wrong with the oak, it lasts for ever.", True),
    # plain talk about the best way or case, and what the customer will need to bring
    ("The best way to reach us after six is the app.", False),
    ("The best case for a heat pump is a well-insulated house like yours.", False),
    ("You'll want to bring your ID on the day.", False),
])
def test_a_product_recommended_unasked_is_a_pitch(text, pitch):
    assert ("pitch" in analyse_turn(text).moves) is pitch
