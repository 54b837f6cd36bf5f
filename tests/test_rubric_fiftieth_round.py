"""Fiftieth round: what the read sets blind186 (energy suppliers, solar, heat pumps and broadband), blind188 (salons,
barbers, tailors, uniform shops and cosmetics counters), es/blind48 (colmados, cooperatives, phone plans and hurricane
repairs in the Dominican Republic and Puerto Rico) and zh/blind48 (heating, winter tyres, seafood and factory buyers in
Northeast China) showed the rubric missing: "tell me about it" said in fellow feeling read as an invitation to describe,
"7 it is" not heard as settling on the offer, a trade put down as "not brain surgery", the customer blamed for the fit and
the seller's own work held beyond question, an offer to go through the customer's list together read as a close, "call
anytime if you want to check" read as dismissal, being asked to pay for the seller's mistake read as an objection to the
price, something free offered read as a push, a go-ahead with a condition ("try it, but if…, I'm leaving") read as
walking out; in Spanish the customer putting a figure right ("No, no, yo dije cuatro mil doscientos"), "eso no puede
ser… seguro es su teléfono" and "por eso es que no entiendo" about what happened; in Chinese the customer saying it again
mid-line ("…我说了他坐轮椅") or asking if they were heard ("你听我说话没有"), told to calm down ("您先别急眼"), "对不住" as
an apology, "X的就别考虑了" ruling an option out rather than pushing, and the contract asked for as a next step.

Its second part (blind190: banks, credit unions and mobile money; blind192: mobile plans, fibre and pay TV; zh/blind50:
Guangdong, with Cantonese-speaking customers): the customer sent to the bill, blamed outright, hurried, asked in a huff what
they want done; "no manners" and a letter to the head; "I just asked you two things", "you're not hearing me"; "Good,
you're all set!" read as a playback; the customer's words taken again to say yes read as a point made again; in Chinese
the customer's honesty doubted and heard so, a refund done at once read as a push, and Cantonese for "I said it already",
"can't you hear me" and "I'll find another firm".

Its third part (blind194: insurance; blind196: print, signs and local advertising; zh/blind52: Sichuan and Chongqing):
"…but that's not your problem" read as arguing, the fear of being left out and the crowd already on the deal not read as
pressure; in Chinese a summary that ends on the product ("最适合的就是这个分红险") and a lecture waved off ("晓得了晓得了"); in
Spanish (es/blind52: Galicia and Asturias) "¿Me está escuchando?" and "Ya busco otra cosa."

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.scoring.exchange import builds_on, objection_after, parse_turns, walked_away
from rubric_lines import conversation as _lines, customer_says as _says, moves_of as _moves


# -- the trainee's moves ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, said, move", [
    ("en", "Mate, it's a boiler service, not rocket science. Sit tight.", "rudeness"),
    ("en", "It's a trim, love, not brain surgery.", "rudeness"),
    ("en", "Perhaps you wore it wrong the first week. Our fitters are always spot on.", "argument"),
    ("es", "Qué raro. Seguro es su router, que está viejo.", "argument"),
    ("zh", "您先冷静冷静，这种事不挺正常嘛。", "rudeness"),
    ("zh", "您看您又激动了，就几件衣服。", "rudeness"),
    ("zh", "真对不住，让您白跑一趟。", "apology"),
    ("en", "It's written on the bill, you can check it yourself.", "argument"),
    ("en", "Obviously that was you, nobody else has the code.", "argument"),
    ("en", "Be quick please, other customers are waiting.", "rudeness"),
    ("en", "What do you want me to do, refund it?", "rudeness"),
    ("zh", "我们每一台都检测过的，您确定没摔过？", "argument"),
    ("en", "The garages round here are all signed up already, so you won't want to fall behind.", "pressure"),
    ("en", "Lovely. You don't want to miss out on the summer rate, do you?", "pressure"),
    ("zh", "明白，所以您要的是省心，最适合您的就是我们的全包套餐。", "pitch"),
    ("en", "You are wasting my time, just buy it.", "rudeness"),
    ("en", "Look, just buy one, it's the best drill we sell.", "pressure"),
])
def test_put_downs_blame_and_apologies_are_read(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


@pytest.mark.parametrize("code, said, move", [
    ("en", "Shall we go through the order form together before you decide anything?", "closing"),
    ("en", "Here's your ticket. Call anytime if you want to check how the repair is going.", "rudeness"),
    ("en", "Call your landlord first if you want, there's no rush on our side.", "rudeness"),
    ("en", "Brain surgery it isn't, but the wiring in these old flats can surprise you.", "rudeness"),
    ("es", "¡Eso no puede ser! Lo siento mucho, hoy mismo se lo arreglamos.", "argument"),
    ("zh", "要天天去门店的那种就别考虑了，我给您说说线上的。", "pressure"),
    ("zh", "退订我现在就能办，您稍等一下。", "pressure"),
    ("en", "Brilliant, you're all set! Have a good evening.", "paraphrase"),
    ("en", "The assessors are swamped after the floods, but that's not your problem. When can they come?", "argument"),
    ("en", "You are wasting my time, just buy it.", "paraphrase"),
])
def test_their_look_alikes_stay_unread(code: str, said: str, move: str) -> None:
    assert move not in _moves(code, said)


def test_tell_me_about_it_in_fellow_feeling_asks_nothing() -> None:
    assert analyse_turn("Oh, tell me about it. My own van broke down twice this winter.").question is None
    assert analyse_turn("Tell me about it, I was stuck on the ring road for an hour too.").question is None
    asked = analyse_turn("You're opening a second shop? Tell me about it.").question
    assert asked is not None and asked.form == "open"


# -- what the customer says ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key, line, expected", [
    ("goes_with_us", "Friday it is, then.", True),
    ("goes_with_us", "The grey one it is.", True),
    ("goes_with_us", "It is what it is.", False),
    ("goes_with_us", "That's what it is.", False),
    ("condition", "try it, but if the bill is the same next month, i'm switching.", True),
    ("corrects", "¿Quince mil? No, no, yo dije ocho mil.", True),
    ("corrects", "Yo no le dije eso, le dije que trabajo de noche.", True),
    ("corrects", "Ay no, yo no sé cuánto es, dígame usted.", False),
    ("lost", "Sí, la tengo aquí. Por eso es que no entiendo.", False),
    ("lost", "Perdón, no le entiendo, ¿qué es el deducible?", True),
    ("repeat_complaint", "电梯呢 我说了他腿脚不好", True),
    ("repeat_complaint", "我说了算 你们听我的就行", False),
    ("corrects", "他上不了楼 你听我说话没有", True),
    ("takes_offence", "你这叫啥话 我是来退货的", True),
    ("takes_offence", "Your staff have no manners.", True),
    ("walks_away", "I will write to your managing director about this.", True),
    ("unanswered", "I already asked you two questions. What about the fee?", True),
    ("corrects", "You're not hearing me. It's the landline, not the mobile.", True),
    ("repeat_complaint", "头先讲咗两次喇 要灰色嘅", True),
    ("corrects", "你系咪听唔到我讲", True),
    ("walks_away", "唔该 我揾第二间", True),
    ("takes_offence", "你即系话我讲大话啦", True),
    ("waves_off", "知道了知道了 你快点拿吧", True),
    ("waves_off", "好了好了 终于通了", False),
    ("corrects", "Eso ya se lo expliqué. ¿Me está escuchando?", True),
    ("walks_away", "No, gracias. Ya busco otra cosa.", True),
    ("walks_away", "Ya busco otra cosa que ponerme para la boda, ¿me enseña las chaquetas?", False),
])
def test_what_customers_said_in_the_sets(key: str, line: str, expected: bool) -> None:
    assert _says(key, line) is expected


@pytest.mark.parametrize("before, line, objects", [
    ("I can fix the hem, but it's twenty pounds for the extra work.", "Twenty pounds for your own mistake? No chance.", False),
    ("There's a re-connection fee of forty dollars.", "I'm not paying forty dollars for your error. Get me a manager.", False),
    ("The re-connection fee is forty dollars.", "Forty dollars? That's too much for ten minutes' work.", True),
])
def test_paying_for_the_sellers_mistake_is_a_complaint_not_a_price_objection(before: str, line: str, objects: bool) -> None:
    assert objection_after(before, line) is objects


# -- whole conversations ------------------------------------------------------------------------------------------------
def test_a_go_ahead_with_a_condition_is_not_walking_out() -> None:
    lines = _lines("Since I moved to you my calls drop every evening at home.",
                   "Sorry about that. Is it inside only, or in the garden too?",
                   "Inside mostly. The garden's fine.",
                   "Then Wi-Fi calling should sort it; I'll switch it on now, and if it's no better in a month you can "
                   "leave the contract with no fee.",
                   "Okay, try it, but if it's the same in a month, I'm leaving.")
    assert walked_away(parse_turns(lines)) is None


def test_something_free_offered_and_turned_down_is_not_a_push() -> None:
    def offered(offer: str):
        return score_dialogue(_lines(
            "Hi, I'd like to open a savings account for my daughter, she's nine.",
            "Lovely. Do you have her birth certificate with you?",
            "Yes, here it is.",
            "Thanks, that's the account open; her card comes in a week. " + offer,
            "No thanks, paper is fine.",
            "No problem. Anything else today?",
            "No, that's all, thanks."))
    free = offered("I can also set up free monthly statements by text. Shall I set that up for you?")
    paid = offered("I can also set up our Junior Saver Plus for two pounds a month. Shall I set that up for you?")
    assert free.cap is None
    assert free.total >= paid.total + 20


def test_settling_on_the_offered_time_ends_on_the_trainees_side() -> None:
    report = score_dialogue(_lines(
        "The van never came for the skip. It's been on the drive eight days.",
        "I'm sorry, that's on us. I can have it lifted tomorrow at seven, before your builders arrive.",
        "Seven it is. Don't let me down again."))
    outcome = report.criterion("customer_outcome")
    assert outcome.score == outcome.maximum


def test_the_chinese_customer_who_says_it_again_and_asks_if_heard_costs_the_trainee() -> None:
    opening = "你好 我想给我妈订个房 她腿不好 得住一楼"
    heard = score_dialogue(_lines(
        opening,
        "好的，一楼我们有两间，带扶手。您大概哪天来？",
        "下个月五号 住三晚",
        "五号到八号一楼的有空，我给您留一间，不用定金。",
        "行 那就这么定了"))
    unheard = score_dialogue(_lines(
        opening,
        "那我推荐您十二楼的江景房，视野特别好。",
        "十二楼？我说了她腿不好",
        "电梯有的。顶楼还有个泳池，要不要给您加上？",
        "泳池？你听我说话没有 算了 我去别家订"))
    assert unheard.total <= 50
    assert heard.total >= unheard.total + 30


def test_the_customers_words_taken_again_to_say_yes_are_no_point_made_again() -> None:
    def replied(last: str) -> bool:
        turns = parse_turns(_lines("My phone's cracked and I'd like it fixed.",
                                   "I can do the screen today. Do you want the screen protector fitted too?",
                                   "That sounds fair. How much is the screen protector?",
                                   "Twelve pounds, and I'll fit it while you wait.", last))
        return builds_on(turns[3])
    assert replied("Okay, fit the screen protector.")
    assert not replied("Okay. But does the screen protector cover the camera?")
