"""The twenty-third round's readings (read sets blind47, blind48): a "no" that agrees with the customer's own denial,
care for the customer's own signature, a product sold by its standing and its crowd, comparing quotes, a yes that
concedes with "but", the customer's own deal running out, asking for the one who knows, and "you're not writing this
down". Each case is worded afresh, not copied from a set."""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.scoring.exchange import objection_after, parse_turns, where_left


def _dialogue(*lines: str) -> list[dict]:
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": t} for i, t in enumerate(lines)]


def _moves(*lines: str) -> list[frozenset[str]]:
    return [t.moves for t in parse_turns(_dialogue(*lines)) if t.speaker == "trainee"]


def test_a_no_that_agrees_with_the_customers_denial_is_no_argument() -> None:
    agreeing = _moves("Fifty euros doesn't replace a laptop.",
                      "No, it doesn't, it's meant for the first few days. I'll open the full claim for the laptop now.")
    assert "argument" not in agreeing[0]
    long_form = _moves("The big one does not fit in our van.", "No, it doesn't, so we deliver it for free on Saturday.")
    assert "argument" not in long_form[0]
    contradicting = _moves("The lid cracked the first week I had it.", "No, it doesn't, our lids are tested to a metre drop.")
    assert "argument" in contradicting[0]


def test_care_for_the_customers_own_signature_is_no_deflection() -> None:
    assert "argument" not in analyse_turn("Here's the lender's leaflet. Read the conditions at home before you sign anything.").moves
    assert "argument" in analyse_turn("Read the terms, it's all explained there.").moves


@pytest.mark.parametrize("text", [
    "PayDesk is the leading payroll tool in the region.",
    "Over 1,200 clinics already use our booking system.",
    "Honestly, owners love this one, it pays for itself.",
    "Let me walk you through PayDesk.",
    "For 12 staff I'd recommend Business Plus.",
])
def test_a_product_sold_by_its_standing_and_its_crowd_is_a_pitch(text: str) -> None:
    assert "pitch" in analyse_turn(text).moves


def test_a_guess_about_the_customers_need_without_a_product_is_no_pitch() -> None:
    assert "pitch" not in analyse_turn("For a garden that size, I'd want to see the soil before saying anything.").moves


@pytest.mark.parametrize("text", [
    "Guaranteed, before you've seen the pipes? My neighbour's fitter said exactly that. We'll get another quote first.",
    "Right. We want a couple more estimates before we go with anyone.",
])
def test_comparing_quotes_is_an_objection(text: str) -> None:
    assert objection_after("We'll have the whole kitchen in by May, within budget, guaranteed.", text)


def test_a_yes_that_concedes_with_but_is_no_objection() -> None:
    assert not objection_after("It could run a week over if the beams are rotten, and it won't be cheap; I'd rather say so now.",
                               "Pricey but honest. Okay, come and have a look on Monday.")


def test_sending_the_price_in_writing_is_a_commitment() -> None:
    assert "commitment" in analyse_turn("I'll email the full breakdown with the fitting costs.").moves


def test_how_a_product_handles_is_information_not_a_reflection() -> None:
    assert "paraphrase" not in analyse_turn("It's under two tonnes, so your licence covers it. It drives like a big estate car.").moves


def test_the_customers_own_deal_running_out_is_no_pressure() -> None:
    moves = analyse_turn("Right, your current contract ends on the 3rd. How do you use the phone day to day?").moves
    assert not moves & {"pressure", "paraphrase"}
    assert "pressure" in analyse_turn("This deal ends on Sunday, so it's best to sign today.").moves


def test_asking_for_the_one_who_knows_has_had_enough() -> None:
    turns = parse_turns(_dialogue(
        "I take warfarin. Is this cold remedy safe with it?",
        "Great question! This one's our best seller, only 6.99.",
        "You could answer my question. Can I speak to the pharmacist, please?"))
    assert where_left(turns)[1] == "left"


def test_you_are_not_writing_this_down_says_the_question_came_again() -> None:
    report = score_dialogue(_dialogue(
        "We need new locks on all twelve flats before the tenants move in.",
        "What matters most to you in a locksmith?",
        "Speed. And twelve flats, like I said.",
        "And how many doors are we talking about?",
        "Twelve. You're not writing any of this down, are you?"))
    assert {c.id: c for c in report.criteria}["listening"].score == 0
    assert report.total <= 20


@pytest.mark.parametrize("text", [
    "I'll text you a list of the plumbers we use.",
    "I'm escalating the ticket now and flagging it to my team lead.",
    "You'll get a call from the surveyor by noon tomorrow.",
    "I'm putting a reminder in for 3:15 to chase it myself.",
])
def test_what_the_trainee_does_now_and_when_the_customer_hears_is_a_commitment(text: str) -> None:
    assert "commitment" in analyse_turn(text).moves



def test_a_step_taken_for_a_day_after_a_price_remark_goes_along() -> None:
    turns = parse_turns(_dialogue(
        "hi we run a small vet practice and our server keeps crashing",
        "Sorry to hear that. I'd suggest a free on-site check first. Does Monday or Thursday suit?",
        "your monthly plan is more than we pay our receptionist haha. ok do the check thursday and ill tell the vets"))
    assert where_left(turns)[1] == "on_side"


def test_anything_missing_from_the_list_asks_what_else() -> None:
    assert "what_else" in analyse_turn("Right, sixty bags of the rapid-set and two floats. Anything missing from your list?").moves


def test_a_plural_noun_ending_a_clause_sells_nothing() -> None:
    assert "pitch" not in analyse_turn("Sorry, 'urgent' isn't one of our service codes, so the driver wouldn't see it.").moves
    assert "pitch" in analyse_turn("Our app tracks every parcel to your door.").moves


@pytest.mark.parametrize("text, move", [
    ("Did you even read the washing instructions before you put it in?", "rudeness"),
    ("Next time you need to book the slot online yourself.", "argument"),
    ("Honestly, paying everything in cash is a bad habit.", "rudeness"),
])
def test_blame_and_lectures_in_more_words(text: str, move: str) -> None:
    assert move in analyse_turn(text).moves


def test_a_bill_that_is_the_tenants_is_no_blame() -> None:
    assert "argument" not in analyse_turn("It's oil heating, so that's on you, about 90 a month in winter.").moves


def test_no_next_time_is_leaving_and_being_called_a_liar_is_taking_offence() -> None:
    turns = parse_turns(_dialogue("My suit came back with a burn mark.", "We can give you 10% off your next order.",
                                  "Next order? There won't be one."))
    assert where_left(turns)[1] == "left"
    report = score_dialogue(_dialogue(
        "The router drops every evening, wired and wifi.",
        "Wifi speed tests are never reliable, I'd bet your line is fine.",
        "I told you the wired one drops too. Are you saying I'm making it up?"))
    assert report.cap is not None


@pytest.mark.parametrize("before, text", [
    ("The full refit comes to 41,000 with the extraction hood.", "That works for the kitchen. I still need approval from the owners before I sign."),
    ("Two hundred boxes are 1,900 delivered.", "Fine. The price I have to take to the committee on Monday."),
    ("So the lease would start in March.", "My sister owns half the shop. I cannot sign without her."),
    ("A new clutch, fitted, is 620.", "Hmm, 620. The garage near the market quoted 480, but they're slow."),
    ("Tank, pump and fitting come to 7,300 rand.", "Seven thousand three... I was hoping around 5,000."),
    ("The 40 GB plan is 1,450 a month.", "ok 1450 is right at my limit. nothing more"),
    ("The card reader is 30 a month plus a small fee per sale.", "Monthly? My cousin took one like that and they kept deducting, she never understood it."),
])
def test_objections_of_blind50s_kinds_in_fresh_words(before: str, text: str) -> None:
    assert objection_after(before, text)


@pytest.mark.parametrize("text, move, present", [
    ("Hello! What made you want to start lessons now, and what level are you at?", "closing", False),
    ("Do you want to start today?", "closing", True),
    ("The cot is extra; you'd agree that with the nursery manager.", "leading", False),
    ("You'd agree that's a fair price, wouldn't you?", "leading", True),
    ("For the deposit, a bank transfer works too.", "pitch", False),
    ("Financing from 89 a month, and the first service is free.", "pitch", True),
    ("Let me grab the demo unit so you can try it yourself.", "pitch", True),
    ("While I have your account open, have you thought about upgrading your own router?", "upsell", True),
    ("I can also add a tablet to the plan for the kids.", "upsell", True),
    ("And if you switch today I can waive the fee.", "pressure", True),
    ("So the lost parcel is really on your side, you see?", "rudeness", True),
    ("The rule is on the order page, most customers read it.", "rudeness", True),
    ("Keep it out of the rain, it's just common sense.", "rudeness", True),
    ("The booking page says to cancel by phone 48 hours before.", "argument", True),
    ("I'll file the insurance claim this afternoon.", "commitment", True),
    ("You'll get a letter from us in about ten days.", "commitment", True),
    ("Installed Monday or Tuesday, as you like. The quote comes today.", "commitment", True),
])
def test_moves_of_blind52s_kinds_in_fresh_words(text: str, move: str, present: bool) -> None:
    assert (move in analyse_turn(text).moves) is present


def test_a_fact_the_customer_vouched_for_is_no_sale_declared_done() -> None:
    report = score_dialogue(_dialogue(
        "My card got blocked at the pharmacy. I need it for the rent today!",
        "I'm sorry, let's fix it. I see a blocked payment to an online shop for 58 euros. Was that you?",
        "Yes, that was me, headphones.",
        "Thanks. You've confirmed the payment, so I'm unblocking the card now; it works again in about ten minutes.",
        "Oh, thank you."))
    assert report.cap is None


@pytest.mark.parametrize("lines, where", [
    (("I need a course I can do around night shifts.", "Our evening group is Monday to Friday at six. Registration is 40 today.",
      "I think I'll look for a school that listens. Thanks."), "left"),
    (("Your driver left without us and we'd paid!", "The van leaves when it's full. There's a 20% rebooking fee for Friday.",
      "A fee? For your mistake? Give us the money back, now."), "pushes_back"),
])
def test_where_blind52s_customers_ended_up(lines: tuple[str, ...], where: str) -> None:
    assert where_left(parse_turns(_dialogue(*lines)))[1] == where


def test_i_did_not_ask_for_a_lecture_is_taking_offence() -> None:
    report = score_dialogue(_dialogue(
        "My screen cracked, can you replace it today?",
        "Yes, 79, ready by four. People drop phones all the time with no case, you should really buy one.",
        "ok i didnt ask for a lecture. just fix it"))
    assert report.cap is not None


@pytest.mark.parametrize("before, text", [
    ("The double room is 420 a month with the study room.", "ok sounds good. but i must ask my father before any payment"),
    ("The monthly bookkeeping is 260.", "Hm. I'll look at other offers before the monthly one."),
    ("We can match his deductible if you send me his quote.", "Alright. I'll bring it on Friday, then decide."),
    ("Want me to check the alignment while it's up?", "Nah. I ain't got time today, the cows won't milk themselves."),
])
def test_objections_of_blind52s_kinds_in_fresh_words(before: str, text: str) -> None:
    assert objection_after(before, text)


@pytest.mark.parametrize("lines", [
    ("We import tiles and the sea freight takes forever.", "Why not send one pallet with us next month, compare, and decide after that?",
     "One pallet, okay. I have to ask my wife, but I think yes."),
    ("Your premium is higher than the other quote.", "Send me his quote and I'll put them side by side for you.",
     "Alright. I'll bring it Monday, then decide."),
])
def test_taking_the_step_and_deciding_later_leaves_the_customer_open(lines: tuple[str, ...]) -> None:
    assert where_left(parse_turns(_dialogue(*lines)))[1] == "open"
