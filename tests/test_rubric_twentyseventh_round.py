"""The twenty-seventh round, read on the dev set blind60: a close against the clock that looked like an open question
("What would it take to have it fitted this week?"), a hold kept for the customer that was read as pressure, a yes
followed by a comparison that was read as a walk-out, a relative clause taken for a customer lost in jargon ("forms I
didn't understand"), a trial start said with "The survey I can agree to." or with a time for the call, and faults
that went unseen (an argument the customer names, "I always tell first-timers: …", "I didn't understand most of
that"); then read on the dev set blind62: comfort taken for a put-down ("Take a breath, we'll go one step at a time"),
reassurance taken for an argument ("No, that's not a problem"), a question about motive taken for a close ("What made
her want to start?"), a purpose taken for a summary ("So to really understand your needs - …"), and faults that went
unseen (the customer's account doubted, a career story, a discount for deciding now, "I'm sorry you feel that way", a
customer made to say it again); and read on the dev set blind64: an offer to call "only if you want me to" taken for a
put-down, "the debit order now" and "you need to move and dance" taken for pressure, and the customer's honesty doubted
("We do get people trying it on"); and read on the dev set blind66: "the same whether you decide now or later" taken for
pressure, the customer's own word played back ("he's begun calling himself stupid") taken for a put-down, and faults
that went unseen (a worry filed as common with a "but", the big system presumed, "we're never late", "most people don't
understand that…", "I literally just said", a yes to a trial after a doubt). Every example here is written afresh."""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.scoring.exchange import parse_turns, where_left


def _dialogue(*lines: str) -> list[dict[str, str]]:
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


@pytest.mark.parametrize("text, pushes", [
    ("Great. What would it take for you to have the new boiler in by this week?", True),
    ("Fair enough. What would you need to hear from me to say yes before we hang up?", True),
    ("And when you picture your daughter driving it, what would she need to see to feel safe?", False),
    ("Sure. I'll note both quotes for you and hold the van for your dates until Monday so you don't lose it.", False),
    ("I can only hold this van until Monday, so shall I take a deposit now so you don't lose it?", True),
    ("I'll hold the price for you until Monday so you don't lose it.", True),
])
def test_a_push_against_the_clock_is_pressure_and_a_hold_for_the_customer_is_not(text: str, pushes: bool) -> None:
    moves = analyse_turn(text).moves
    assert bool(moves & {"pressure", "pressure_now"}) == pushes, (text, moves)


_LIFT = ("Hello. I need a stairlift for my mother's house, she can't manage the stairs since her fall.",
         "I'm sorry about her fall. Is the staircase straight or does it turn, and does she live alone?",
         "It turns at the top. She lives alone, I go round every day.",
         "Then a curved rail. That's about 4,800 fitted. The straight ones from the other firm are cheaper, but "
         "they won't fit a turn. Shall I book a free survey for Friday, and you decide once you've compared quotes?")


def test_a_yes_then_a_comparison_is_no_walk_out() -> None:
    compares = score_dialogue(_dialogue(*_LIFT, "Book the survey. I'll ring the other firm about their curved ones."))
    assert "ended the conversation unhappy" not in compares.summary
    leaves = score_dialogue(_dialogue(*_LIFT, "No. I'll ring the other firm, they were nicer on the phone."))
    assert "ended the conversation unhappy" in leaves.summary


_PAYROLL = ("Morning. I run a small dental practice and our payroll is a mess since the bookkeeper left.",
            "That sounds stressful. How many staff, and who's doing the payslips at the moment?")


def test_a_form_the_customer_did_not_understand_is_not_the_trainee_losing_them() -> None:
    past = score_dialogue(_dialogue(*_PAYROLL, "Eight staff. I'm doing them myself, I filled in forms I didn't understand "
                                               "for the tax office last month.",
                                    "That happens a lot. I'd take the payroll over from next month and check last "
                                    "month's filing first. Shall I send you the price for eight people today?",
                                    "Yes, send it."))
    assert "could not follow" not in past.summary
    lost = score_dialogue(_dialogue(*_PAYROLL, "Eight staff. I'm doing them myself.",
                                    "We'd run RTI submissions with P11D and auto-enrolment via PAYE API integration. "
                                    "Shall I send you the price for eight people today?",
                                    "Sorry, I didn't understand most of that. Is it expensive?"))
    assert "could not follow" in lost.summary


def test_a_trial_step_agreed_with_the_decision_left_for_later_is_not_push_back() -> None:
    turns = parse_turns(_dialogue(
        "Hi, our office printers keep jamming and the lease is up in May.",
        "Jamming on every job, or on the big runs? Would you start with a one-week trial of one machine and decide on the "
        "lease after?",
        "The trial I can agree to. The lease I'll have to take to my director."))
    assert where_left(turns)[1] == "open"


def test_a_time_given_for_the_call_the_trainee_proposed_is_not_push_back() -> None:
    turns = parse_turns(_dialogue(
        "We're a family bakery and the ovens need replacing before Christmas.",
        "Then I'd start with one oven this month and the second in January. Shall I set up a visit so your son can see "
        "the oven running?",
        "Thirty thousand... he'll want to see it first anyway. Wednesday morning, early."))
    assert where_left(turns)[1] == "open"


_BIKE = ("My brakes squeal and the lever feels soft. I think it's the pads.",
         "Let's have a look. How long since they were last changed?",
         "Maybe two years. My mate says it's always the pads.")


def test_an_argument_the_customer_names_ranks_below_a_diagnosis() -> None:
    checks = _dialogue(*_BIKE, "Could well be the pads, let me check. The pads are fine, it's air in the hydraulic line, which "
                               "is why the lever feels soft. A bleed is 35 and takes an hour. Shall I do it now?",
                       "Go on then.")
    argues = _dialogue(*_BIKE, "No, it's never the pads, people always say that. It's air in the line. A bleed is 35 and takes "
                               "an hour. Shall I do it now?",
                       "Alright, no need to argue. Go on then.")
    assert score_dialogue(checks).total > score_dialogue(argues).total + 20


_TRIP = ("Hello, I'd like a cycling holiday in the autumn, something not too hilly. I'm travelling on my own.",
         "On your own is very common on our trips. How far do you like to ride in a day?",
         "About forty kilometres. I ride most weekends.")


def test_a_standing_lecture_the_customer_already_knows_ranks_below_an_answer() -> None:
    answers = _dialogue(*_TRIP, "Then the Loire route suits: forty to fifty a day, flat, bags moved for you, 1,290 with single "
                                "rooms. Does that sound like what you had in mind?",
                        "That sounds lovely. Is the bike included?")
    lectures = _dialogue(*_TRIP, "Then the Loire route suits. Before we go on, I always tell first-timers: wear a helmet, carry "
                                 "two spare tubes, never ride after dark and drink every hour. It's 1,290 with single rooms. "
                                 "Does that sound like what you had in mind?",
                         "I've been cycling for forty years, thanks. Is the bike included?")
    assert score_dialogue(answers).total > score_dialogue(lectures).total
    assert "advice the customer did not ask for" in score_dialogue(lectures).summary


@pytest.mark.parametrize("text, moves", [
    ("I'm so glad nobody's hurt. Take a breath, we'll sort this together. Where are you now?", set()),
    ("Take a breath, madam. What's the booking reference?", {"rudeness"}),
    ("Thanks for the pictures. No, that's not a problem - you've got a month to report it.", set()),
    ("No, that's not how it works, you should have read the label.", {"argument"}),
    ("Lovely. What made him want to learn the guitar - has he tried one already?", set()),
    ("Would you like to go ahead with the guitar lessons from Monday?", {"closing"}),
    ("Hmm, I doubt it's the battery, to be honest. People often say that.", {"argument"}),
    ("Are you really sure it never got wet?", {"rudeness"}),
    ("I'm sorry you feel that way. Anything else today?", {"argument"}),
    ("I can do ten percent off if you sign this week.", {"pressure"}),
])
def test_comfort_reassurance_and_motive_are_told_apart_from_put_downs_arguments_and_closes(text: str, moves: set[str]) -> None:
    found = analyse_turn(text).moves & {"rudeness", "argument", "closing", "pressure"}
    assert found == moves, (text, found)


def test_asking_why_the_trainee_asks_is_no_summary() -> None:
    assert "paraphrase" not in analyse_turn("Great. So to really understand your needs - which wines are on your list now?").moves
    assert "paraphrase" in analyse_turn("So the reds sell and the whites sit on the shelf - is that right?").moves


_BAKERY = ("Hello, I run a bakery in Leeds and want to switch to organic flour. Do you deliver to small shops?",
           "We do. What kind of bread do you bake most?",
           "Sourdough mostly, some rye. About sixty loaves a day.")


def test_a_customer_made_to_say_it_again_caps_the_score() -> None:
    asks_again = _dialogue(*_BAKERY, "Lovely. And which breads are you baking at the moment?",
                           "The same ones? Sourdough and rye.",
                           "Great. And roughly how many loaves a day?",
                           "Sixty. I said sixty. I have to go, the oven's ready.",
                           "Of course. Just one more thing - what are you baking these days?",
                           "You know what, I'll stay with my usual miller. Bye.")
    listens = _dialogue(*_BAKERY, "Sixty a day, sourdough and rye: a 25 kg bag of each every week would cover that. Shall I send "
                                  "a sample of both so you can bake a test batch before you switch?",
                        "Yes please, that would be great.")
    assert score_dialogue(asks_again).total <= 10 < score_dialogue(listens).total


_CATERING = ("Hi, I'm planning my mother's seventieth, about eighty guests in the garden, and it needs to be kosher.",
             "A garden party for eighty, kosher. Is it a sit-down meal or more of a buffet?",
             "A buffet, relaxed.")


def test_a_career_story_and_a_customer_lost_in_jargon_cost_points() -> None:
    listens = _dialogue(*_CATERING, "Then a kosher buffet with two hot dishes and salads works well outdoors. Do you have a "
                                    "budget per head in mind?",
                        "About 40 pounds a head.")
    boasts = _dialogue(*_CATERING, "Buffets are my favourite. I've been doing this thirty years - started at the Savoy, then "
                                   "had my own restaurant in Soho. Do you have a budget per head in mind?",
                       "Well done you. About 40 pounds a head. And it has to be kosher, did you hear that?")
    assert score_dialogue(listens).total > score_dialogue(boasts).total
    assert "talking about yourself" in score_dialogue(boasts).summary
    lost = score_dialogue(_dialogue(*_CATERING, "We'd do it under a Beth Din hechsher with a mashgiach temidi and separate "
                                                "fleishig and milchig lines. Budget per head?",
                                    "Sorry, I understood about half of that. Forty pounds?"))
    assert "could not follow" in lost.summary


@pytest.mark.parametrize("text, moves", [
    ("The fitter will leave you a written quote, and I'll ring on Friday only if you want me to.", set()),
    ("You can ring head office if you want, they'll say the same.", {"rudeness"}),
    ("Shall we move the standing order now, while you're here?", set()),
    ("Order now and the delivery is free.", {"pressure"}),
    ("For a barn dance you need to move freely, so nothing too long.", set()),
    ("You need to move quickly, there are only two left.", {"pressure"}),
    ("You're sure nothing like that happened? We get a lot of people trying it on.", {"rudeness"}),
])
def test_offers_and_everyday_words_are_told_apart_from_put_downs_and_pushes(text: str, moves: set[str]) -> None:
    found = analyse_turn(text).moves & {"rudeness", "pressure"}
    assert found == moves, (text, found)


def test_a_customer_who_feels_accused_ranks_the_doubt_below_a_plain_check() -> None:
    opening = ("Hi, these speakers stopped working after a week. I'd like to return them.",
               "Sorry about that. Did they stop all at once, or cut in and out first?",
               "All at once, on Sunday. They just won't switch on.")
    checks = _dialogue(*opening, "A sudden stop is usually the power board. Have you got the receipt, or did you pay by card?",
                       "By card. Here it is.")
    doubts = _dialogue(*opening, "Hm. They usually stop after a drop. You're sure nothing like that happened?",
                       "I came to return a faulty product, not to be accused. Here's my card.")
    assert score_dialogue(checks).total > score_dialogue(doubts).total + 20


@pytest.mark.parametrize("text, moves", [
    ("Take your time. The price is the same whether you decide now or next week.", set()),
    ("You should decide now, the price goes up at five.", {"pressure"}),
    ("So it started after the move, and she's begun calling herself stupid at school.", set()),
    ("Don't be stupid, nobody reads the manual.", {"rudeness"}),
    ("I hear you, that's a really common concern, but the savings come fast.", {"argument"}),
    ("That's a very common worry. What would you mostly use it for?", set()),
    ("Honestly most people don't understand that pots dry out faster than beds.", {"rudeness"}),
])
def test_a_fair_offer_a_played_back_word_and_a_dismissed_worry_are_told_apart(text: str, moves: set[str]) -> None:
    found = analyse_turn(text).moves & {"rudeness", "pressure", "argument"}
    assert found == moves, (text, found)


def test_presuming_the_big_system_and_promising_results_is_a_pitch() -> None:
    assert "pitch" in analyse_turn("For a farm that size you want the big system, and our clients save 70 percent.").moves
    assert "pitch" not in analyse_turn("What's changing in the business that you need the bigger machine?").moves


def test_a_customer_who_says_they_just_said_it_counts_as_saying_it_again() -> None:
    opening = ("Hi, we want to remortgage. I'm a teacher and my wife is a self-employed painter.",)
    asks_again = _dialogue(*opening,
                           "Thanks. So to start, what do you both do for work?",
                           "Like I said, I teach and she paints, self-employed.",
                           "Great. And how would you describe your jobs?",
                           "...The same as a minute ago? Teacher and painter.",
                           "Perfect. And what's your line of work, roughly?",
                           "I literally just said. We'll go to the bank.")
    assert score_dialogue(asks_again).total <= 10


def test_a_yes_to_the_trial_after_a_doubt_leaves_the_customer_open() -> None:
    turns = parse_turns(_dialogue(
        "Our laundry keeps coming back grey and late.",
        "Then I'd put you on the Thursday round. It's about 900 a month; I'd suggest one trial week before you sign anything.",
        "900, that's more than now. But a trial, yes, why not."))
    assert where_left(turns)[1] == "open"


def test_a_lecture_answered_with_forty_years_of_experience_is_unasked_advice() -> None:
    opening = ("Is my lavender dead? The leaves went grey in the heat.",)
    lecture = _dialogue(*opening, "Well, the thing about lavender is it's from the Mediterranean, and most gardeners water it "
                                  "far too much. Scrape a stem and see if it's green.",
                        "I only asked if it was dead. I've been gardening for thirty years, thank you.")
    assert "advice the customer did not ask for" in score_dialogue(lecture).summary
