"""Fifty-first round: what the read sets blind198 (hotels, airlines, car hire and travel agents), blind200 (car dealers,
garages, tyres, car finance and breakdown cover), es/blind54 (Argentina and Uruguay, in voseo) and zh/blind54 (Yunnan,
Guizhou and Guangxi) showed the rubric missing: a customer who takes the step and leaves only the decision for later
("Hold it. We'll decide by tomorrow.", "I'll be back on Saturday") read as pushing back; "if you broke down" read as
blaming the customer; "Thursday I'm off" read as walking out and "I'll go to the shop near the market. At least they
listen." not; "you have not listened to one word" not heard as being put right; "I like that." not heard as a yes; a
payment split over two days read as a push; a "What else?" answered by the customer pressing their point still credited
as closing the loop; in Spanish the customer hurried, blamed for calling late and told to go elsewhere, "¿Efectivo o
débito?" not read as a close, a typed "si pasamela" not heard as a yes; in Chinese a customer who takes the offered test
ride first, a go-ahead said before the customer's own part of it, "一句都没听进去", "我再找找别的", "走了", "我问三遍", "我是问X
不是问Y", "那就这么定" and the crowd of eighty-year-olds, and "一起办省事" read as an upsell.

Its second part (blind202: councils and public services; zh/blind56: Fujian and Jiangxi; es/blind56: Chile and Peru):
put-downs in the shape of a question or a shrug, "That's not right, and I can see why…" read as arguing, "it doesn't
happen by itself" as a denial, a library loan "while you're here" as an upsell, "Okay, I'll go print it" as walking out,
an offer that answers the fear just told as a pitch to an upset customer; in Chinese "what else can I add for you" and a
WeChat brush-off not read, "拉黑"; in Spanish "Le dije, 3,800." and a close asking for the deposit.

Its third part (blind208: gyms, studios and trainers; zh/blind58: Jiangsu and Anhui): the customer's account doubted or
turned on them, "I'll email the owner"; in Chinese a playback that lands on the package, "跟我讲的不是一回事", put-down
questions, a question left unanswered or asked three times, and "就你们了" after a word on the price.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import parse_turns, where_left
from rubric_lines import conversation as _lines, customer_says as _says, moves_of as _moves


# -- the trainee's moves ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, said, move", [
    ("es", "Dale, hablá más rápido que hay gente esperando.", "rudeness"),
    ("es", "¿Y recién ahora avisás? Bueno, veamos.", "rudeness"),
    ("es", "Si no te gusta, andá al otro lado, nadie te obliga.", "rudeness"),
    ("es", "Ajá, típico.", "rudeness"),
    ("zh", "放心 好多七十岁的都上去了 没事的", "pressure"),
    ("en", "Why are you being so difficult about a parking ticket?", "rudeness"),
    ("en", "Missing one bin collection isn't really the end of the world, is it?", "rudeness"),
    ("en", "Don't you think asking for a refund is a bit much?", "rudeness"),
    ("en", "No. Originals only. Is that clear enough for you?", "rudeness"),
    ("en", "Of course you didn't. Next time read the letter.", "rudeness"),
    ("zh", "还有什么我可以帮你加的吗？今天的牛肉也很新鲜。", "upsell"),
    ("zh", "问那么多干嘛 要就要 不要就算", "rudeness"),
    ("en", "Are you sure it's actually faulty, or did you just charge it wrong?", "rudeness"),
    ("en", "Have you asked yourself whether this course is really for you?", "rudeness"),
    ("en", "Everyone else copes. What is it about you that makes it so hard?", "rudeness"),
    ("en", "If you'd rather go somewhere else, that's your call.", "rudeness"),
    ("zh", "所以您的意思是要一次弄好，也就是我们的全包套餐，对吧？", "pitch"),
    ("zh", "总结一下：您想省心，所以选套餐最合适，对吧？", "pitch"),
    ("zh", "您是不是有点太紧张了？", "rudeness"),
    ("zh", "总不能为一点划痕就整块换掉吧？", "rudeness"),
])
def test_put_downs_pushes_and_pitches_of_the_round_are_read(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


@pytest.mark.parametrize("said", ["Son 3.200 el frasco. ¿Efectivo o débito?",
                                  "Perfecto. ¿Y con cuánto de anticipo lo dejamos apartado hoy?"])
def test_a_payment_choice_or_a_deposit_asked_for_in_spanish_is_a_close(said: str) -> None:
    assert _moves("es", said) & {"closing", "pressure"}


@pytest.mark.parametrize("code, said, move", [
    ("en", "If your van broke down on the motorway we'd still tow it home for you.", "argument"),
    ("en", "Pay for one today and the other on Friday when you're paid, if that's easier.", "pressure"),
    ("zh", "合作社一起投保手续一起办省事 理赔也一起来。", "upsell"),
    ("en", "That's not right, and I can see why you're upset about it.", "argument"),
    ("en", "It doesn't happen automatically, you have to apply for it separately.", "argument"),
    ("en", "I've renewed all four. Anything you'd like to borrow while you're here?", "upsell"),
    ("zh", "所以选片那天只选套餐里的照片就行，不用加钱。", "pitch"),
])
def test_their_look_alikes_stay_unread(code: str, said: str, move: str) -> None:
    assert move not in _moves(code, said)


# -- what the customer says ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key, line, expected", [
    ("walks_away", "Thursday I'm off, I'll pop in then.", False),
    ("walks_away", "That's it, I'm off.", True),
    ("walks_away", "I'll go to the garage near the market. At least they listen.", True),
    ("corrects", "You have not listened to a single word.", True),
    ("agrees", "I like that. The board will want both figures, though.", True),
    ("walks_away", "Ni en pedo volvemos.", True),
    ("yes_to_paper", "si pasamelo, lo miro el lunes", True),
    ("corrects", "你一句话都没听进去", True),
    ("walks_away", "我还是找找别的。", True),
    ("walks_away", "走了 谁还在你这买", True),
    ("presses", "我就想知道能不能退", True),
    ("repeat_complaint", "我问了两遍了 你都不回", True),
    ("corrects", "我是问价格 不是问保修", True),
    ("walks_away", "Right, I'll go scan it at the library.", False),
    ("walks_away", "Fine. I'll go.", True),
    ("repeat_complaint", "Le dije, son dos mil.", True),
    ("walks_away", "行 拉黑了", True),
    ("walks_away", "他把我拉黑了 我联系不上", False),
    ("walks_away", "No. I'll ring the owner.", True),
    ("corrects", "你理解的跟我说的不是一回事", True),
    ("repeat_complaint", "你还没说多少钱", True),
    ("repeat_complaint", "你问三遍了", True),
    ("repeat_complaint", "我问的你一句都没回", True),
])
def test_what_customers_said_in_the_sets(key: str, line: str, expected: bool) -> None:
    assert _says(key, line) is expected


# -- where the customer is left -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("offer, last, where", [
    ("I can keep the room for you until Friday while you check with your partner.", "Keep it. We'll decide by Thursday.", "open"),
    ("The repair is about 400; the part comes in on Wednesday.", "I need to ask my brother first. I'll come back on Saturday.",
     "open"),
    ("可以先试驾一圈 感受一下。", "三千二……有点贵。我先试驾一圈 回去跟我老婆商量再来", "open"),
    ("两天包车一千二 路线按奶奶的体力排。", "比网上贵点哦……不过你排得周到 那就这样嘛 我把地址发你", "on_side"),
    ("Te paso por acá la lista de débitos adheridos, así no se te corta nada.",
     "si pasamela, que de los debitos ni me acordaba. lo pienso el finde y te escribo", "open"),
])
def test_a_step_taken_with_the_decision_left_for_later_is_no_push_back(offer: str, last: str, where: str) -> None:
    turns = parse_turns(_lines("Hi, I have a question about this.", offer, last))
    assert where_left(turns)[1] == where


def test_calling_back_when_someone_else_is_on_is_no_step_taken() -> None:
    turns = parse_turns(_lines("My bill's wrong again.", "It's correct as far as I can see. Anything else?",
                               "Never mind. I'll ring back when someone else is on."))
    assert where_left(turns)[1] != "open"


def test_paper_asked_for_and_looked_at_later_is_still_no_step_taken() -> None:
    turns = parse_turns(_lines("Do you do party rooms?", "I'll email you the brochure with all the packages.",
                               "Yeah... send it over. I'll have a look."))
    assert where_left(turns)[1] != "on_side"


def test_the_seller_chosen_after_a_word_on_the_price_ends_on_the_trainees_side() -> None:
    turns = parse_turns(_lines("喂 你们能来打药吗", "一亩八块，两百亩一千六。明早六点过去，中午前打完。",
                               "明早可以 比去年那家贵一点 不过你说得明白 就你们了"))
    assert where_left(turns)[1] == "on_side"


# -- closing the loop and selling to an upset customer -------------------------------------------------------------------
def test_a_what_else_answered_by_the_customer_pressing_their_point_closes_no_loop() -> None:
    def loop(reply: str) -> float:
        report = score_dialogue(_lines(
            "My train's cancelled and I need to be in Leeds by nine tomorrow.",
            "Sorry about that. What time would you need to leave, and is a coach an option for you?",
            "Any time tonight. A coach is fine if it gets there.",
            "There's a 19:40 coach arriving at 23:55. Is there anything else I can help you with?",
            reply))
        return next(c.score for c in report.criteria if c.id == "closing_the_loop")
    assert loop("Can you book me on it or not?") < loop("No, that's everything, thanks. Book the coach please.")


def test_an_offer_that_answers_the_fear_just_told_and_is_welcomed_is_no_pitch_to_an_upset_customer() -> None:
    report = score_dialogue(_lines(
        "Hi, I think there's a wasps' nest somewhere in the roof. The kids are terrified.",
        "That's no fun with kids in the house. Where have you seen them going in, and how long has it been?",
        "Under the gutter at the back, for about a fortnight. I haven't been up in the attic. Honestly I'm scared to look.",
        "Fair enough. For that, a nest treatment is 75 pounds: the technician checks the attic for you and treats the nest "
        "from outside. Does that sound like it covers it?",
        "That's fine. Thursday would be good.",
    ))
    assert report.cap is None or "upset" not in report.cap_reason
