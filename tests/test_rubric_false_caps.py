"""Good service that was capped as an offence (2026-12-03, fifteenth round).

Read on the good and better sides of the measured sets that a cap held 30-60 points under what their criteria gave
(every example here is written afresh): a question about how things are done now is no "book now"; "before you lock
it in" holds a decision back; the right plan checked or a remedy given free is no upsell, nor is "while you're here"
closing an invitation to ask; a section pointed to is no rule quoted at the customer; "don't panic, that's normal"
reassures; "that's not right" after the business's own failure agrees with the customer; a customer who picks one of
the ways offered ("On the card."), welcomes an offer ("that'd be a real help") or tells the trainee to hold it has
said yes; a stack of short questions the customer answers in full is a checklist, not a stack.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue


@pytest.mark.parametrize("text, move, present", [
    ("How do your patients book now, mostly by phone?", "pressure", False),
    ("Book now, the offer ends on Friday.", "pressure", True),
    ("Before you lock it in, let me get the surveyor to look at that damp wall.", "closing", False),
    ("Let's check you're on the right bundle for the calls you make.", "upsell", False),
    ("Have you seen the family bundle? It adds two more lines.", "upsell", True),
    ("Can I add a loan router free of charge until the engineer comes?", "upsell", False),
    ("Can I add the router insurance as well?", "upsell", True),
    ("Section 3 is the part on cancellations, it's short.", "argument", False),
    ("Please see section 3 of your agreement.", "argument", True),
    ("Don't panic - a bit of swelling the day after a filling is completely normal.", "rudeness", False),
    ("Don't panic.", "rudeness", True),
    ("You'll need to be comfortable with your face in the water before the open-water dive.", "rudeness", False),
    ("The courier was supposed to leave a card. That's not right, and I'll chase it today.", "argument", False),
    ("That's not right, our courier left a card.", "argument", True),
    ("Anything about the new inhaler you'd like to ask while you're here?", "upsell", False),
    ("While you're here, have a look at our vitamin offer.", "upsell", True),
    ("We would, it's in our contract: we pay any late-filing fine ourselves.", "argument", False),
    ("It's in the contract, you agreed to it.", "argument", True),
])
def test_good_service_is_no_offence(text, move, present):
    assert (move in analyse_turn(text).moves) is present, sorted(analyse_turn(text).moves)


def _refund(choice: str, reply: str) -> list[dict]:
    return [{"speaker": "customer", "text": "Hello. These eggs were past their date when I got home, look, the 3rd."},
            {"speaker": "trainee", "text": "Oh, you're right, I'm sorry. Did you use any of them?"},
            {"speaker": "customer", "text": "No, I saw it before."},
            {"speaker": "trainee", "text": choice},
            {"speaker": "customer", "text": reply}]


def test_picking_one_of_the_ways_offered_says_yes():
    """A choice put to the customer ("…your card, or cash?") that they take up was no push for a decision."""
    choice = "I'll refund them and have the shelf checked now. Shall I put it back on your card, or would you like cash?"
    for reply in ("Cash, please. I paid cash.", "On the card. I never keep receipts."):
        assert score_dialogue(_refund(choice, reply)).cap is None, reply


def _trial(welcome: str) -> list[dict]:
    return [{"speaker": "customer", "text": "We run a bakery with two vans and I'm looking at route-planning software."},
            {"speaker": "trainee", "text": "What makes the mornings hard at the moment?"},
            {"speaker": "customer", "text": "The drivers plan the route themselves and it changes every day."},
            {"speaker": "trainee", "text": "Would you like to run the route planner on both vans for a week, free?"},
            {"speaker": "customer", "text": welcome},
            {"speaker": "trainee", "text": "Monday it is. I'll set up both vans and send the drivers the login."}]


@pytest.mark.parametrize("welcome, capped", [
    ("A trial week? Yes, that'd be a real help.", False),
    ("That's a weight off, honestly.", False),
    ("Hmm. I have a lot on this month.", True),
])
def test_an_offer_the_customer_welcomes_is_agreed(welcome, capped):
    assert (score_dialogue(_trial(welcome)).cap is not None) is capped


def _paint(answer: str) -> list[dict]:
    return [{"speaker": "customer", "text": "I want to paint a room. What paint should I get?"},
            {"speaker": "trainee", "text": "Happy to help. Is it inside or outside? What's on the walls now? Any damp or mould?"},
            {"speaker": "customer", "text": answer},
            {"speaker": "trainee", "text": "Then treat the damp patch first, and use a kitchen paint that can be wiped. "
                                           "Shall I show you the two we have?"},
            {"speaker": "customer", "text": "Yes please."}]


@pytest.mark.parametrize("answer, capped", [
    ("It's the kitchen, inside. The walls are old plaster, and there's a grey patch of damp behind the cooker.", False),
    ("Sorry, which one first?", True),
])
def test_a_stack_of_short_questions_answered_in_full_is_a_checklist(answer, capped):
    assert (score_dialogue(_paint(answer)).cap is not None) is capped


# -- read after blind34 and blind35 were measured ------------------------------------------------------------------------
def _jargon(reply: str, turn: str = "Then you want a POS terminal with pay-by-link; the MDR is 1.9 percent and settlement "
                                    "is T+1.") -> list[dict]:
    return [{"speaker": "customer", "text": "I run a small bike-hire stand and tourists keep asking to pay by card."},
            {"speaker": "trainee", "text": "How do they pay now, and what do you lose when they can't?"},
            {"speaker": "customer", "text": "Cash only. Maybe three hires a day walk away."},
            {"speaker": "trainee", "text": turn},
            {"speaker": "customer", "text": reply},
            {"speaker": "trainee", "text": "Sorry - a card reader, you pay 1.9 percent of each payment, and the money is in "
                                           "your account the next day. I'll bring one on Friday at nine."},
            {"speaker": "customer", "text": "Good, Friday at nine."}]


@pytest.mark.parametrize("reply", [
    "Sorry, MDR? T plus one? Is that the fee?",
    "I don't know those words, sorry. Is it expensive?",
    "No idea what any of that is, to be honest.",
])
def test_words_the_customer_could_not_follow_cost_points(reply):
    """Unexplained jargon is a fault when the customer says they could not follow it, or asks an abbreviation back."""
    clear = score_dialogue(_jargon("Ok, and is that expensive?"))
    lost = score_dialogue(_jargon(reply))
    assert "could not follow" in lost.summary and "could not follow" not in clear.summary
    assert lost.total <= clear.total - 10


def test_an_abbreviation_everyone_knows_asked_about_is_no_jargon():
    turn = "Then a card reader that also takes PIN and contactless; you pay 1.9 percent of each payment."
    assert "could not follow" not in score_dialogue(_jargon("PIN? Fine. And the money comes when?", turn)).summary


def test_a_hesitant_maybe_is_no_jargon():
    assert "could not follow" not in score_dialogue(_jargon("Hmm, maybe.")).summary


def test_a_customer_who_hears_a_put_down_caps_the_turn_that_said_it():
    turns = [{"speaker": "customer", "text": "My bike's brakes squeal and it doesn't stop like it did."},
             {"speaker": "trainee", "text": "Squealing is almost always the way people brake down hills. Let me look."},
             {"speaker": "customer", "text": "I brake normally, I'm not an idiot. Can you just check the pads?"},
             {"speaker": "trainee", "text": "The pads are worn down. New ones are 30 euros fitted, twenty minutes."},
             {"speaker": "customer", "text": "Fine, do it."}]
    assert score_dialogue(turns).cap is not None
    turns[2] = {"speaker": "customer", "text": "I brake normally, I think. Can you just check the pads?"}
    assert score_dialogue(turns).cap is None


@pytest.mark.parametrize("text, move, present", [
    ("Without the box, how do I know it was bought here?", "rudeness", True),
    ("A crack like that usually means the phone was dropped.", "rudeness", True),
    ("How do I know which size you took? Is it on the receipt?", "rudeness", False),
    ("A normal worry for parents who didn't grow up with it.", "rudeness", False),
    ("Oh, grow up.", "rudeness", True),
    ("It saves positions offline and sends them later, so you don't lose the route.", "pressure", False),
    ("Sign today so you don't lose the slot.", "pressure", True),
    ("Tomorrow morning I'll check the log and message you either way.", "commitment", True),
])
def test_more_readings_of_natural_service(text, move, present):
    assert (move in analyse_turn(text).moves) is present, sorted(analyse_turn(text).moves)


def test_an_alarm_that_goes_off_by_itself_is_a_fix_to_check():
    """A fault that cost points: "that should sort it" after an alarm that keeps going off, with no test asked for."""
    def call(fix: str, reply: str) -> list[dict]:
        return [{"speaker": "customer", "text": "The smoke alarm in the hall has gone off every night this week at 4am."},
                {"speaker": "trainee", "text": "Sorry about the nights. Is there anything new near it - a heater, a humidifier?"},
                {"speaker": "customer", "text": "We put a dryer in the hall last week."},
                {"speaker": "trainee", "text": fix},
                {"speaker": "customer", "text": reply}]
    untested = score_dialogue(call("Steam from the dryer does it. Move the dryer and that should sort it out.", "ok will do"))
    tested = score_dialogue(call("Steam from the dryer does it. Move the dryer, then could you do a quick test with the test "
                                 "button and tell me if it beeps once?", "ok moved it, one beep. good"))
    assert "nobody tried" in untested.summary and "nobody tried" not in tested.summary


def test_a_story_of_ones_own_move_is_talk_about_oneself_not_a_reflection():
    story = ("Understood. Honestly, I know how it is. When I moved to the capital I paid a year upfront and lived on "
             "noodles for months, and my landlord never fixed the boiler.")
    assert "paraphrase" not in analyse_turn(story).moves
    turns = [{"speaker": "customer", "text": "I start a new job in the city in May and need a one-bedroom flat near the station."},
             {"speaker": "trainee", "text": "Congratulations. What can you spend a month?"},
             {"speaker": "customer", "text": "About 900, and I can't pay a year upfront."},
             {"speaker": "trainee", "text": story},
             {"speaker": "customer", "text": "Right... so do you have anything for 900?"}]
    assert "talking about yourself" in score_dialogue(turns).summary


def test_a_yes_in_the_opening_line_agrees_to_nothing_and_a_polite_no_thanks_is_no_yes():
    """A customer who opens "hi, is English ok?" has agreed to nothing: a close on the first turn pushes. "It's fine,
    I'll find it on the site. Bye." turns the offer down: the customer did not end on the trainee's side."""
    turns = [{"speaker": "customer", "text": "hi, is english ok? I make jewellery at home and my table is too small now"},
             {"speaker": "trainee", "text": "Sure! When would you like to start your studio membership, this week or next?"},
             {"speaker": "customer", "text": "um i dont know yet, i wanted to see it first"},
             {"speaker": "trainee", "text": "Of course! Which email should I send the agreement to, so it's ready to sign?"},
             {"speaker": "customer", "text": "its fine, ill find it on the website. bye"}]
    report = score_dialogue(turns)
    assert report.cap is not None
    outcome = report.criterion("customer_outcome")
    assert outcome.score < outcome.maximum


@pytest.mark.parametrize("text, move, present", [
    ("Yes, Friday works if you order before three today.", "pressure", False),
    ("If you order today I'll take ten percent off.", "pressure", True),
    ("Evenings are slow because all your neighbours are online then.", "pressure", False),
    ("All your neighbours are switching to us this month.", "pressure", True),
    ("Why did the staff stop using the last one?", "pressure", False),
    ("It's the last one in stock.", "pressure", True),
    ("The bundle is fine; the phone was using it in the background.", "upsell", False),
    ("Don't answer today. Take the papers home first.", "pressure", False),
    ("Answer today or the price is gone.", "pressure", True),
    ("Please don't wait: a dog that can't pee can get very ill overnight.", "pressure", False),
    ("Don't wait, the offer ends on Sunday.", "pressure", True),
    ("If you don't know this stuff, get someone to do it for you.", "rudeness", True),
    ("There's a queue behind you.", "rudeness", True),
    ("Should've paid for the insured option then.", "rudeness", True),
    ("Name? Come on, I haven't got all day.", "rudeness", True),
    ("Well, that's what they all say.", "rudeness", True),
])
def test_pushes_and_put_downs_in_their_context(text, move, present):
    assert (move in analyse_turn(text).moves) is present, sorted(analyse_turn(text).moves)


@pytest.mark.parametrize("last, walked", [
    ("Fine. I'll get my brother to do it. Somewhere else.", True),
    ("no. ill be looking at other couriers", True),
    ("Is there somewhere else in the shop with screws?", False),
])
def test_leaving_for_another_firm_in_other_words_walks_out(last, walked):
    from coursekit.scoring.exchange import parse_turns, walked_away

    turns = parse_turns([{"speaker": "customer", "text": "Which screws do I need for a concrete wall?"},
                         {"speaker": "trainee", "text": "Aisle six."},
                         {"speaker": "customer", "text": last}])
    assert (walked_away(turns) is not None) is walked


@pytest.mark.parametrize("reply", [
    "She has looked, she's not stupid. Is there a photo?",
    "Wow. I thought you were supposed to help customers.",
    "This is really unhelpful.",
    "Flat 3, Rua Nova. No need to be like that.",
])
def test_a_customer_who_takes_offence_shows_the_turn_before_was_a_put_down(reply):
    turns = [{"speaker": "customer", "text": "The parcel shows delivered but my customer never got it."},
             {"speaker": "trainee", "text": "Tracking says delivered. So it was delivered."},
             {"speaker": "customer", "text": reply},
             {"speaker": "trainee", "text": "I'll open a trace now and call you tomorrow by noon with what the driver says."},
             {"speaker": "customer", "text": "Okay, thank you."}]
    assert score_dialogue(turns).cap is not None


@pytest.mark.parametrize("text, reflects", [
    ("A cracked filling usually doesn't settle down by itself, it's better to come.", False),
    ("Back pain like that usually doesn't go away on its own.", False),
    ("Ten years without a check-up is really common, nobody will judge you.", False),
    ("That's completely normal after a first session.", False),
    ("So the heating usually cuts out just when you get home.", True),
    ("You're worried the dog won't settle in the van.", True),
])
def test_what_holds_in_general_or_is_called_common_plays_nothing_back(text, reflects):
    """Information and reassurance ("X usually…", "that's very common") are no reflection of the customer's meaning."""
    assert ("paraphrase" in analyse_turn(text).moves) is reflects, sorted(analyse_turn(text).moves)


def test_a_story_of_ones_first_season_is_talk_about_oneself():
    turns = [{"speaker": "customer", "text": "My son's new climbing shoes hurt his toes after ten minutes. Can we swap them?"},
             {"speaker": "trainee", "text": "Oh, I get it. My first year at the wall I climbed in shoes two sizes too small and "
                                            "lost a toenail, my friends still laugh about it. Is he wearing socks in them?"},
             {"speaker": "customer", "text": "Yes, thick ones."},
             {"speaker": "trainee", "text": "Then try them without socks, and bring them in tomorrow at four if they still hurt."},
             {"speaker": "customer", "text": "Okay, thanks."}]
    assert "talking about yourself" in score_dialogue(turns).summary
