"""Forty-fifth round: what the read sets blind154 (HVAC, trucks, pawn shops and billing in the US South and Appalachia),
blind156 (suppliers, wallets, schools and clinics in Pakistan, Bangladesh and the Gulf), es/blind32 (co-ops, tours,
buses and suppliers in the Andes) and zh/blind32 (heating, dealers, bathhouses and banks in the Northeast) showed the
rubric missing: the customer's account doubted and their care blamed inside questions, a lesson nobody asked for, a last
seat and a crowd that wants it, and customer lines read in the wrong sense ("customers keep asking for it", "the second
time this month", "the same thing happened") taken for complaints that the question was asked before.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import credited_questions, parse_turns, where_left
from rubric_lines import conversation as _lines, customer_says as _says, moves_of as _moves


# -- the trainee's moves ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, said, move", [
    ("en", "Are you sure it's leaking, or is that just the condensation?", "rudeness"),
    ("en", "Some people treat these boots like hammers. How's your care been?", "rudeness"),
    ("en", "Was it one of those cheap cables you picked up online?", "rudeness"),
    ("en", "If you'd serviced it every year, what do you think would have happened?", "rudeness"),
    ("en", "A new roof can't cause damp like that, it's just the weather.", "argument"),
    ("en", "You ought to save a bit each month for emergencies, these loans add up.", "rudeness"),
    ("en", "Hold on, sir, let me finish.", "rudeness"),
    ("en", "Some customers break the seal on purpose to get a new one.", "rudeness"),
    ("es", "Solo quedan dos plazas y varias personas las están preguntando.", "pressure"),
    ("es", "¿Qué tendríamos que hacer para que usted me diga que sí hoy?", "pressure"),
    ("es", "Si lo piensa, lo pierde.", "pressure"),
    ("es", "Perfecto. ¿Lo reservamos ya?", "closing"),
    ("es", "Si no sabe qué modelo tiene, ¿cómo quiere que le ayude?", "rudeness"),
    ("es", "Después no me venga a llorar.", "rudeness"),
    ("es", "¿Sabe que el azúcar le va a dar problemas? Debería dejarla ya.", "rudeness"),
    ("es", "¿Cuándo podría pasar a verlo funcionando?", "commitment"),
    ("es", "O sea que lo que usted busca es nuestro plan Max, ¿cierto?", "leading"),
    ("zh", "又一个不会填表的。", "rudeness"),
    ("zh", "您就不能自己看看？", "rudeness"),
    ("zh", "这个异响跟我们没关系。", "argument"),
    ("zh", "您确定不是孩子拿去用了？", "rudeness"),
    ("zh", "这种情况我们见多了。", "rudeness"),
    ("zh", "签个字吧，我一会儿还有两家。", "rudeness"),
])
def test_doubt_blame_lectures_and_last_seats_are_read(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


@pytest.mark.parametrize("code, said, move", [
    ("en", "Let's see if we can do better on the rate. How long is left on the loan?", "discount"),
    ("en", "Are you sure you want the larger size?", "rudeness"),
    ("es", "Quedan dos cuotas por pagar, nada más.", "pressure"),
])
def test_their_look_alikes_stay_unread(code: str, said: str, move: str) -> None:
    assert move not in _moves(code, said)


# -- what the customer says ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key, line, expected", [
    ("repeat_complaint", "It's the second time this month it's broken.", False),
    ("repeat_complaint", "And if it trips a third time I'm calling someone else.", False),
    ("repeat_complaint", "For the third time: it's 42.", True),
    ("repeat_complaint", "Third time I'm telling you this.", True),
    ("repeat_complaint", "Our guests keep asking for late checkout.", False),
    ("repeat_complaint", "Why do you keep asking?", True),
    ("repeat_complaint", "The same thing happened last winter.", False),
    ("repeat_complaint", "Same answer. Twelve.", True),
    ("repeat_complaint", "I told, 300.", True),
    ("takes_offence", "I never asked for a cooking lesson.", True),
    ("takes_offence", "You serious?", True),
    ("takes_offence", "Don't accuse me of lying.", True),
    ("walks_away", "We'll get a second opinion.", True),
    ("walks_away", "Pues me voy a la farmacia de enfrente.", True),
    ("walks_away", "Bueno, lo pierdo.", True),
    ("walks_away", "Así no se puede hablar con usted.", True),
    ("walks_away", "Mejor voy allá.", True),
    ("agrees", "Ya, quedamos así.", True),
    ("repeat_complaint", "Ya van cuatro veces.", True),
    ("corrects", "Oiga, no le he preguntado eso.", True),
    ("walks_away", "不能换就拉倒。", True),
    ("repeat_complaint", "你怎么老问一样的？", True),
    ("presses", "这跟保险有啥关系？", True),
    ("corrects", "我说三百。", True),
    ("corrects", "我说老板，这个多少钱？", False),
    ("takes_offence", "你这是怀疑我骗钱？", True),
    ("takes_offence", "你们就是不想认账。", True),
    ("grudging", "我还没用过呢……行吧，付了。", True),
    ("grudging", "用过了，挺好，付了。", False),
])
def test_what_customers_said_in_the_sets(key: str, line: str, expected: bool) -> None:
    assert _says(key, line) is expected


# -- a question answered in full, and answered with a recurring fault ----------------------------------------------------
def test_a_good_question_answered_with_a_fault_that_keeps_coming_back_is_credited() -> None:
    turns = parse_turns(_lines("Hi, I run a small bakery. Thinking of changing flour supplier.",
                               "What are you using now, and what's making you think of changing?",
                               "A big mill. The bread's fine, but my regulars keep asking for something organic."))
    credited, repeats, _ = credited_questions([t for t in turns if t.speaker == "trainee"])
    assert len(credited) == 1 and not repeats


def test_a_checklist_answered_with_figures_is_no_stuffed_question() -> None:
    lines = _lines("hola, info del paseo en lancha porfa",
                   "¡Hola! ¿Cuántos son, para qué día y qué les gusta más: pescar, nadar o mirar aves?",
                   "somos 3, el domingo. queremos ver aves sin pasar mucho sol",
                   "Para aves con sombra, el paseo de la mañana: sale a las 7 y vuelve a las 10. 120 por persona.",
                   "ya, suena bien. lo reservo.")
    assert score_dialogue(lines).cap is None


# -- whole conversations (fresh, one good and one gaming side with the same customer) ------------------------------------
_FRIDGE = "Y'all delivered this fridge two weeks ago and it's already sweating on the inside."


@pytest.mark.parametrize("fair, gaming", [
    ((_FRIDGE,
      "Sorry about that. Is it water on the back wall, or drips on the shelves too?",
      "Back wall mostly. Some in the veg drawer.",
      "That's often the drain hole blocked on a new unit. I can send someone Thursday morning, no charge. Does that work?",
      "Thursday morning's fine."),
     (_FRIDGE,
      "Are you sure it's sweating, or is that just the door left open? Some folks treat a fridge like a cupboard.",
      "You serious? I know how to shut a door.",
      "Well, if you'd read the manual, what do you think would've happened?",
      "We'll get a second opinion.")),
])
def test_a_gaming_conversation_scores_low_beside_a_fair_one(fair: tuple[str, ...], gaming: tuple[str, ...]) -> None:
    good, bad = score_dialogue(_lines(*fair)).total, score_dialogue(_lines(*gaming)).total
    assert bad <= 20 and good >= bad + 30
    assert where_left(parse_turns(_lines(*gaming)))[1] == "left"
