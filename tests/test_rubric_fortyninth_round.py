"""Forty-ninth round: what the read sets blind174 (venues, caterers, florists, photographers and marquee hire for
weddings), blind176 (schools, nurseries, tutoring, driving schools and student housing), es/blind42 (software, coworking,
agencies and gestorías for startups and autónomos in Spain) and zh/blind42 (delivery, ride-hailing, courses, games and
broadband apps) showed the rubric missing: the fault put on the customer as a past conditional ("if you'd … this wouldn't
have happened") or their own signature, the blame heard ("Are you saying it's our guests' fault?"), a complaint taken to
the head, a rule about people like them read as a playback, "the accident book now" read as a push, a plan in two halves
("only until ten, and after ten…") read as a deadline, "I'll go with my mom" read as leaving, "come measure Thursday" as no
yes, a yes that ends "Not sure.", a contract named in answer to the upset customer's own question counted as selling to
them, more places still to see, a price in words at the club down the road; in Spanish leading questions in the vosotros
form and the crowd as a reason; in Chinese what it would take to sign today, the way to pay asked before any yes, and the
customer told to read the page.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import objection_after, parse_turns, stops_the_step, walked_away
from rubric_lines import conversation as _lines, customer_says as _says, moves_of as _moves


# -- the trainee's moves ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, said, move", [
    ("en", "Well, if you'd registered the boiler when you moved in, none of this would have happened.", "argument"),
    ("en", "If you had booked the slot online, you'd be sorted by now.", "argument"),
    ("en", "We rely on guests to label their own cases. You did sign the storage form, right?", "argument"),
    ("es", "Para una oficina así querréis la fibra de un giga, ¿verdad?", "leading"),
    ("es", "No os vais a quedar sin soporte otra vez, ¿a que no?", "leading"),
    ("es", "El plan anual os conviene más, ¿verdad que sí?", "leading"),
    ("es", "Lo que contratan las agencias serias es el plan Pro.", "pressure"),
    ("es", "Somos el coworking más top de Valencia, con terraza y eventos.", "pitch"),
    ("zh", "那您说，我们做到什么程度，您今天就能签？", "pressure"),
    ("zh", "这个月的差价您是微信付还是从话费里扣？", "closing"),
    ("zh", "说明书上不都写着吗？这有啥好问的。", "rudeness"),
])
def test_blame_leading_tags_and_pushes_are_read(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


@pytest.mark.parametrize("code, said, move", [
    ("en", "If you'd like, we could have the dress steamed by Friday.", "argument"),
    ("en", "If you'd rather, I can ring your planner directly.", "argument"),
    ("en", "I'm sorry, that's our failure. I'm checking the accident book now.", "pressure"),
    ("en", "Quiet songs only until nine, and after nine the dance floor's yours.", "pressure"),
    ("en", "The storm is beyond our control, but we'll refund the day in full.", "argument"),
    ("en", "Learners who skip practice between lessons need about ten more hours on average.", "paraphrase"),
    ("es", "¿Qué os parece si lo probáis un mes sin permanencia?", "leading"),
    ("zh", "您今天方便的话，可以先来门店看看。", "pressure"),
    ("zh", "页面上都有写，我也可以一项一项给您讲。", "rudeness"),
])
def test_their_look_alikes_stay_unread(code: str, said: str, move: str) -> None:
    assert move not in _moves(code, said)


# -- what the customer says ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key, line, expected", [
    ("takes_offence", "Sorry, are you saying it's my son's fault?", True),
    ("takes_offence", "So it's our fault now?", True),
    ("takes_offence", "It's nobody's fault, these things happen.", False),
    ("takes_offence", "你好好说话行不行", True),
    ("walks_away", "I'll be raising this with the principal.", True),
    ("walks_away", "I'll raise it with my husband tonight and call you.", False),
    ("walks_away", "Okay, lovely. I'll go with my dad on Saturday.", False),
    ("walks_away", "Forget it. I'll go elsewhere.", True),
    ("walks_away", "uf, no me estás escuchando nada de lo que te digo. paso, gracias", True),
])
def test_what_customers_said_in_the_sets(key: str, line: str, expected: bool) -> None:
    assert _says(key, line) is expected


@pytest.mark.parametrize("before, line, objects", [
    ("Piano lessons are 18 a half hour.", "18? The music club at the library is twelve.", True),
    ("The mock exam is 30 pounds.", "Thirty pounds? At my old school it was free.", True),
    ("The club runs until six.", "Oh good, the club at my work is free on Fridays too.", False),
    ("Shall I hold the date for you?", "I need to see a couple more venues first.", True),
    ("I'll email the plan and we can talk it through.", "Will do. Might be a while, we've got three more to see.", True),
])
def test_more_places_to_see_and_a_cheaper_club_object(before: str, line: str, objects: bool) -> None:
    assert objection_after(before, line) is objects


# -- whole conversations ------------------------------------------------------------------------------------------------
_FEES = "We were charged the late-pickup fee twice this month and I want it back."


def test_blaming_the_parent_for_the_double_charge_scores_low() -> None:
    fair = score_dialogue(_lines(
        _FEES,
        "Sorry about that. Which two dates show the fee on your statement?",
        "The 4th and the 11th. I picked her up at ten to six both times.",
        "Thanks. The gate log shows 5:50 both days, so those fees were our error. I'm refunding both today and you'll get "
        "an email by five.",
        "Okay. Thank you for checking."))
    blamed = score_dialogue(_lines(
        _FEES,
        "Did you sign her out on the tablet? If you'd signed her out properly, this wouldn't have happened.",
        "I did sign her out. Both times.",
        "We rely on parents to use the tablet. You did sign the fee policy, right?",
        "Are you saying it's my fault? I'll be raising this with the manager."))
    assert blamed.total <= 50
    assert fair.total >= blamed.total + 30
    assert walked_away(parse_turns(_lines(_FEES, "You did sign the fee policy, right?",
                                          "I'll be raising this with the manager."))) is not None


def test_a_family_plan_is_not_walking_out() -> None:
    turns = parse_turns(_lines("Hi, I'm applying to nursing school and I'm lost with the forms.",
                               "Happy to help. There's a free forms evening at the library on the 9th.",
                               "Oh really? Okay. I'll go with my mom."))
    assert walked_away(turns) is None


def test_answering_the_upset_customers_own_question_about_the_contract_is_not_selling_to_them() -> None:
    report = score_dialogue(_lines(
        "Our caterer just pulled out three weeks before the wedding. I'm in bits.",
        "I'm so sorry, that's awful this close. What date, and how many guests?",
        "The 14th, ninety guests. But how do I know you won't do the same to us?",
        "Fair question. Our contract names a standby chef, and if we cancel you get every penny back plus the standby "
        "free. I'll send it tonight so you can read it first.",
        "Okay. That helps a lot. I'll read it with Sam tonight."))
    assert report.cap is None
    assert report.total >= 40


def test_a_yes_that_ends_unsure_is_not_a_yes_to_book() -> None:
    lines = ("I've never found a jacket that fits my shoulders.",
             "Try this 42 long, it has more room in the back.",
             "Feels okay standing still. Not sure.")
    pushed = score_dialogue(_lines(*lines, "Looks great on you. Shall I take the deposit and book the alterations?",
                                   "Hang on, I haven't even lifted my arms yet."))
    tested = score_dialogue(_lines(*lines, "Reach up as if for a high shelf and tell me honestly how it feels.",
                                   "Pulls a bit across the back."))
    assert pushed.total < tested.total


@pytest.mark.parametrize("lines", [
    ("hola! buscamos un coworking flexible en Ruzafa, somos dos",
     "¡Hola! Para dos personas querréis el despacho privado, ¿verdad?",
     "no sé, buscamos algo flexible",
     "Pero no os vais a arriesgar con puestos sueltos, ¿a que no? El anual os sale mejor, ¿verdad que sí?",
     "uf, no. paso, gracias"),
    ("喂 我想把宽带移到新家去",
     "可以的！那您看要什么条件您今天就愿意续约两年？",
     "我就想移机，不续约",
     "那千兆的差价您是微信付还是从话费里扣？我现在就能提交。",
     "不用了，回头再说吧"),
])
def test_spanish_and_chinese_gaming_pushes_score_low(lines: tuple[str, ...]) -> None:
    assert score_dialogue(_lines(*lines)).total <= 30


@pytest.mark.parametrize("line, stops", [
    ("Hang on, shouldn't we try the keys first?", True),
    ("Wait, should be fine? The last printer you sold us never worked with our laptops.", True),
    ("Card. Wait, does it matter which model? There were two on your site.", True),
    ("Whoa, I'm only looking today.", True),
    ("ok wait... yes, the payment went through. thanks!", False),
    ("Sure, card is fine.", False),
])
def test_a_reply_that_stops_the_step(line: str, stops: bool) -> None:
    turns = parse_turns(_lines("Hi.", "Shall I take the card payment now?", line))
    assert stops_the_step(turns[-1]) is stops


def test_a_close_the_customer_has_to_stop_costs_more_than_checking_first() -> None:
    opening = ("The new windows look great. Is that everything done?",)
    stopped = score_dialogue(_lines(*opening, "All done. That's the balance of 1,980. Card or transfer?",
                                    "Hang on, shouldn't we check they open first? This one's stiff.",
                                    "Sorry, you're right. I'll adjust the hinge now and we'll go round them together.",
                                    "Thanks."))
    checked = score_dialogue(_lines(*opening, "Nearly. Let's open and lock each one together before I hand over the keys.",
                                    "Good idea. This one's stiff.",
                                    "I'll adjust the hinge now and we'll go round the rest together.",
                                    "Thanks."))
    assert stopped.total + 15 <= checked.total


# -- the session's second round: blind178 (gyms, salons, spas and clinics), blind180 (vets, kennels and tack shops),
# es/blind44 (holiday flats, co-ops, workshops and clinics in Andalusia) and zh/blind44 (bank, telecom, utility and
# property counters) -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, said, move", [
    ("en", "Are you signing up or just browsing? I've got a queue.", "rudeness"),
    ("en", "The timetable? It's literally on the website.", "argument"),
    ("en", "If you're that worried about needles, maybe fillers aren't for you.", "rudeness"),
    ("en", "We're not a babysitter, madam, he eats when he eats.", "rudeness"),
    ("es", "Según el manual de uso pone que hay que vaciar el depósito cada noche.", "argument"),
    ("es", "Muchos inquilinos lo usan mal y luego nos echan la culpa.", "argument"),
    ("zh", "不就晚了半天吗，急也没用。", "rudeness"),
    ("zh", "嫌不好你就别在这儿办。", "rudeness"),
])
def test_hurrying_and_brushing_off_the_customer_are_read(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


@pytest.mark.parametrize("code, said, move", [
    ("en", "When you picture looking silly in the class, what worries you most?", "rudeness"),
    ("en", "What did you expect by now, and what has been hardest?", "rudeness"),
    ("en", "The timetable's on our website, and I'll text you the link now.", "rudeness"),
    ("es", "El manual lo tienes en el cajón; si quieres lo miramos juntos.", "argument"),
    ("zh", "不着急，您慢慢说，我记一下。", "rudeness"),
])
def test_the_caring_versions_stay_unread(code: str, said: str, move: str) -> None:
    assert move not in _moves(code, said)


@pytest.mark.parametrize("key, line, expected", [
    ("takes_offence", "I know. I didn't come in for a lecture.", True),
    ("takes_offence", "I'm one of the regulars. Are you telling me I don't count?", True),
    ("walks_away", "Maybe this gym isn't for me. Bye.", True),
    ("walks_away", "No, I don't think I'll bother you again.", True),
    ("walks_away", "I've said it twice. I'll ring the hospital's own physio.", True),
    ("walks_away", "vale. dejalo, ya busco otro", True),
    ("walks_away", "Quiero hablar con la encargada, por favor.", True),
    ("repeat_complaint", "Pa la boda, te lo he dicho.", True),
    ("walks_away", "行，我打12345投诉你们。", True),
    ("corrects", "你根本没听我说话。", True),
])
def test_what_customers_said_in_the_second_round(key: str, line: str, expected: bool) -> None:
    assert _says(key, line) is expected


def test_a_term_taken_with_a_condition_is_no_walk_out() -> None:
    turns = parse_turns(_lines("Why did the early yoga class stop? It's the only one I can make.",
                               "Sorry, the teacher left. I'll tell you the day a new one starts, and if it's not back "
                               "within a month your membership is frozen free.",
                               "A month, then. After that I'm looking elsewhere."))
    assert walked_away(turns) is None
    left = parse_turns(_lines("Why did the early yoga class stop?", "Not enough people came.",
                              "Then I'm looking elsewhere."))
    assert walked_away(left) is left[-1]


# -- the session's third round: blind182 (builders' merchants and trade wholesalers), blind184 (restaurants, catering and
# café equipment), es/blind46 (banks, clinics, tours and institutes in Peru) and zh/blind46 (exam prep, study abroad and
# children's classes) -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, said, move", [
    ("en", "Right, but it's your order, so really it's on you to check the address.", "argument"),
    ("en", "Normally that happens because the customer didn't update the delivery notes.", "argument"),
    ("en", "Did you definitely tick the express box when you ordered?", "rudeness"),
    ("zh", "其他家长都能正常登录，问题应该不在我们这边。", "argument"),
    ("zh", "想要效果更好，只要加三千就能上一对一。", "upsell"),
    ("zh", "今天帮您升级成全年班好不好？", "pressure"),
])
def test_third_round_blame_and_pushes_are_read(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


@pytest.mark.parametrize("code, said, move", [
    ("en", "It's on us to get this right, so I'll rebook the van for seven.", "argument"),
    ("es", "Entonces no lo firme hoy; revise primero la póliza de su hijo.", "pressure"),
])
def test_third_round_look_alikes_stay_unread(code: str, said: str, move: str) -> None:
    assert move not in _moves(code, said)


@pytest.mark.parametrize("key, line, expected", [
    ("walks_away", "Right. I'll take my account to the other merchant.", True),
    ("walks_away", "You haven't heard a word. I'll book elsewhere.", True),
    ("walks_away", "Don't bother.", True),
    ("walks_away", "Don't bother with a bag, I'll carry it.", False),
    ("corrects", "You haven't listened to a word I said.", True),
    ("goes_with_us", "ya, probemos el lunes. mandame el link para registrarme", True),
    ("takes_offence", "你们还有没有人性？", True),
])
def test_what_customers_said_in_the_third_round(key: str, line: str, expected: bool) -> None:
    assert _says(key, line) is expected
