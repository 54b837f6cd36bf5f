"""Fifty-third round: a reply that did not land with the customer, read from the customer's answer (English, Spanish
and Chinese).

Every example here is written afresh for the test (none is a line of a dialogue set).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.dialogue import FAULT_COST

ROOT = Path(__file__).resolve().parents[1]

_OPENING = ("Hi, I'm looking for a room for my parents next weekend, they're both in their eighties.",
            "Lovely. What matters most to them when they stay somewhere?",
            "Stairs are hard for Dad, and Mum sleeps badly if there's any noise.")
_CLOSE = ("We have a quiet ground-floor room at the back with level access from the car park. Would that suit them?",
          "Yes, that sounds right. Please hold it for Friday and Saturday.")
_BRAG = "Our rooms are all lovely and the breakfast is famous, people drive in just for it."


def _dialogue(*lines: str) -> list[dict]:
    """Turns from lines that alternate customer, trainee, customer, …"""
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


@pytest.mark.parametrize("answer", [
    "I didn't ask about breakfast. I asked about stairs.",
    "Why are you telling me about breakfast? You're not listening to me.",
])
def test_a_reply_the_customer_answered_badly_costs_points_and_the_feedback_quotes_the_answer(answer):
    taken_badly = score_dialogue(_dialogue(*_OPENING, _BRAG, answer, *_CLOSE))
    shrugged_off = score_dialogue(_dialogue(*_OPENING, _BRAG, "Okay. Anything on the ground floor?", *_CLOSE))
    assert taken_badly.total <= shrugged_off.total - FAULT_COST
    assert f"{FAULT_COST} points off for a reply that did not land with the customer" in taken_badly.summary
    assert answer[:30] in taken_badly.summary  # the customer's own words are the evidence
    assert "did not land" not in shrugged_off.summary


def test_a_customer_cross_with_the_situation_does_not_mark_down_a_good_reply():
    report = score_dialogue(_dialogue(
        "Hi, my parcel still hasn't come and I've been waiting in all week.",
        "I'm sorry, that's a week lost. Can you give me the order number so I can see where it is?",
        "It's 55120. This is the third time a delivery from you has been late and I'm fed up with it.",
        "I understand. It's at the Leeds depot; I've booked it on tomorrow's first van, before ten. Would that work?",
        "Yes, before ten is fine. Thanks."))
    assert "did not land" not in report.summary


_ES = ("Hola, busco una habitación para mis padres el fin de semana, tienen más de ochenta años.",
       "Qué bien. ¿Qué es lo más importante para ellos cuando se alojan fuera?",
       "A mi padre le cuestan las escaleras y mi madre duerme mal si hay ruido.",
       "Nuestras habitaciones son preciosas y el desayuno es famoso, viene gente solo por él.",
       "Tenemos una habitación tranquila en la planta baja, con acceso sin escalones. ¿Les vendría bien?",
       "Sí, resérvela para viernes y sábado, por favor.")
_ZH = ("你好，我想给我爸妈订个周末的房间，他们都八十多了。",
       "好的。他们出门住的时候最在意什么？",
       "我爸爬楼梯费劲，我妈有一点声音就睡不好。",
       "我们的房间都很漂亮，早餐特别有名，很多人专门来吃。",
       "我们有一间后面的一楼房间，很安静，进出不用走台阶。您看合适吗？",
       "行，帮我订周五周六两晚。")


@pytest.mark.parametrize("lines, answer, calm, note", [
    (_ES, "¿Y para qué me cuenta lo del desayuno? Le pregunté por las escaleras.", "Vale. ¿Y en la planta baja?",
     "al cliente no le cayó bien"),
    (_ZH, "呃，我又没问早餐，我只是问楼梯。", "嗯，一楼有吗？", "没有被客户接受"),
])
def test_a_spanish_or_chinese_answer_is_read_by_its_own_language_s_model(lines, answer, calm, note):
    def talk(reply: str) -> list[dict]:
        return _dialogue(*lines[:4], reply, *lines[4:])
    from coursekit.i18n import speaking
    lang = "es" if lines is _ES else "zh"
    with speaking(lang):
        taken_badly, shrugged_off = score_dialogue(talk(answer)), score_dialogue(talk(calm))
    assert taken_badly.total <= shrugged_off.total - FAULT_COST
    assert note in taken_badly.summary and answer[:12] in taken_badly.summary
    assert note not in shrugged_off.summary


def test_the_shipped_weights_are_what_the_training_script_writes_from_the_read_sets():
    sys.path.insert(0, str(ROOT / "bench"))
    import train_marked_down
    from coursekit.scoring.likeness import language_features
    from coursekit.scoring.took_badly import WEIGHTS, model

    for language in WEIGHTS:
        trained = train_marked_down.train(train_marked_down.answer_rows(language), language_features(language))
        assert trained == (model(language).base, model(language).deltas), language
    assert not {f.name for f in train_marked_down.read_sets_in("en")} & set(train_marked_down.UNREAD_SETS)
    for language in ("es", "zh"):
        assert not {f.name for f in train_marked_down.read_sets_in(language)} & set(train_marked_down.NEVER_READ[language])
