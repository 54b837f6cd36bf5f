"""Thirtieth round: one cue against two witnesses, and what the dev sets blind80 and blind82 showed.

Every example here is written afresh for the test (none is a line of a dialogue set).
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.scoring.exchange import parse_turns, takes_offence, where_left
from coursekit.scoring.faults import overpromises
from coursekit.scoring.marked_down import log_odds
from coursekit.scoring.moves import upset_level


def _dialogue(*lines: str) -> list[dict]:
    """Turns from lines that alternate customer, trainee, customer, …"""
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


def _ending(line: str, after: str = "Anything else I can do for you?") -> str:
    """Where a customer's last line leaves them, after one trainee line."""
    return where_left(parse_turns(_dialogue("Hello, I need some help.", after, line)))[1]


# -- one cue against two witnesses ------------------------------------------------------------------------------------
_BOILER = ("Hi, our boiler died last night and we've got a baby in the house. It's freezing.",
           "Oh no, with a baby that's urgent. Is there any heat at all, or hot water?",
           "Nothing. The display just shows a red light and an F28.",
           "F28 is usually the gas not reaching it. Is your gas hob working?",
           "Yes, the hob's fine.")
#: A long, careful reply with one phrase the words read as pressure ("if the price suits you, the sooner the better").
_CAREFUL = ("Thanks, that helps a lot. If the hob works, the gas supply is fine, so it is most likely the valve on the boiler "
            "itself. I can have an engineer with you at eight tomorrow, the part is about ninety pounds fitted, and if the "
            "price suits you, the sooner the better with frost forecast for the pipes in the loft. Can I take a number to "
            "call you when he sets off?")


def test_the_careful_reply_is_read_as_pressure_by_its_words_and_as_well_handled_by_the_model():
    assert "pressure" in analyse_turn(_CAREFUL).moves
    assert log_odds(_CAREFUL) < -4.0


def test_one_such_turn_in_a_conversation_the_customer_ends_on_side_costs_points_instead_of_capping():
    result = score_dialogue(_dialogue(*_BOILER, _CAREFUL, "Okay."))
    assert result.total > 10  # above the cap of 10 the words alone would set
    assert "not capped" in result.summary and result.cap == result.total


def test_one_such_turn_the_customer_welcomes_costs_nothing():
    """(thirty-second round) The reading, the customer's yes to it and the ending all speak against the words."""
    welcomed = score_dialogue(_dialogue(*_BOILER, _CAREFUL, "Yes please, eight is perfect. Thank you so much."))
    acknowledged = score_dialogue(_dialogue(*_BOILER, _CAREFUL, "Okay."))
    assert welcomed.cap is None and "not capped" not in welcomed.summary
    assert welcomed.total >= acknowledged.total + 20


def test_the_same_turn_before_a_customer_who_walks_out_still_caps():
    result = score_dialogue(_dialogue(*_BOILER, _CAREFUL, "No. Forget it, I'll ring someone else."))
    assert result.total <= 10
    assert "not capped" not in result.summary


def test_a_blunt_deadline_is_capped_even_when_the_customer_says_yes():
    result = score_dialogue(_dialogue(*_BOILER, "Sign for the new boiler today, the price goes up tomorrow.",
                                      "Yes please, eight is perfect. Thank you so much."))
    assert result.total <= 10


def test_two_turns_read_as_pressure_cap_whatever_the_model_reads():
    second = ("I know it's a lot at once. Still, the sooner the better, and the winter rates end on Friday, so shall I "
              "book the fitter and the new thermostat together while we're talking?")
    result = score_dialogue(_dialogue(*_BOILER, _CAREFUL, "Okay, eight then.", second, "Yes please. Thank you so much."))
    assert result.total <= 10


# -- pressure and the order, said in other words -----------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "So what would it take to get your daughter enrolled with us for September?",
    "How would you like to reserve the cabin, a deposit by card or a bank transfer?",
    "Our autumn courses fill up quickly, just so you know.",
    "I'll send the agreement tonight and we start Monday, the sooner the better.",
])
def test_the_order_pushed_in_other_words_is_pressure(line):
    assert "pressure" in analyse_turn(line).moves


def test_a_day_to_sign_offered_as_a_choice_is_a_close():
    assert "closing" in analyse_turn("Could you pop in and sign the lease papers, today or tomorrow?").moves


@pytest.mark.parametrize("line", [
    "Get that tooth looked at this week, the sooner the better.",
    "The fitting goes quick, about twenty minutes.",
    "I'll put both options in writing for you, and the price holds for two weeks while you talk it over.",
    "Twenty years, that one has served you well. What does it do most days?",
    "Can you check the text that says the bundle is active on your number?",
    "I'll call the supplier now while you're here and ask for their delivery date.",
    "Roughly when would you like to buy, and will you need the savings before then?",
    "What made the last one too fiddly for you?",
])
def test_service_and_timing_are_no_push(line):
    assert not analyse_turn(line).moves & {"pressure", "pressure_now", "closing", "upsell", "pitch"}


# -- the fault laid on the customer -----------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "It overheated because it idled for hours, which is on the driver's side.",
    "I'm not saying it's your fault, but we can't cover wear from how the mower is used.",
    "I understand. But our installation was done properly, the fitter signed it off.",
    "You can't blame the paint for a damp wall.",
    "Packing is the sender's responsibility, it says so on the form.",
    "With poor maintenance, claims like this are usually turned down.",
])
def test_blame_in_other_words_is_an_argument(line):
    assert "argument" in analyse_turn(line).moves


@pytest.mark.parametrize("line", [
    "You can't blame yourself, these seals go without warning.",
    "The stopcock is on the owner's side of the meter, under your sink.",
    "It's not the customer's responsibility to check that, it's ours.",
    "It's leaking because of poor installation by whoever fitted it before, so that part is on us to sort.",
])
def test_reassurance_and_facts_are_no_argument(line):
    assert "argument" not in analyse_turn(line).moves


def test_a_guarantee_of_what_nobody_controls_is_an_overpromise_but_a_warranty_is_not():
    def promised(text: str) -> bool:
        return overpromises(parse_turns(_dialogue("How long will it take?", text))[1])
    assert promised("With us it's guaranteed: two days door to door, no customs queue.")
    assert not promised("The repair is guaranteed for two years, parts and labour.")


# -- customers --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "I'd like to talk to someone else. A manager, please.",
    "no. i go to the garage in kandy. and i will tell everyone",
    "i already explain three time. other clinic better, bye",
    "Right. I'm cancelling.",
    "you never give a date. maybe i check the store in thika",
])
def test_a_customer_going_elsewhere_in_their_own_words_walks_out(line):
    assert _ending(line) == "left"


@pytest.mark.parametrize("line", [
    "Lovely, I'll tell everyone how kind you were.",
    "I'll tell everyone about the new menu, they'll love it.",
    "ok, i am cancelling the old direct debit then. thanks",
])
def test_praise_and_a_step_of_the_plan_are_no_exit(line):
    assert _ending(line) != "left"


@pytest.mark.parametrize("line", ["ok can. friday morning can or not", "Nah, throw the gloves in as well. Cheers."])
def test_a_yes_in_other_english_is_a_yes(line):
    assert _ending(line, after="If you've got gloves at home, use those. Friday morning suit you?") == "on_side"


def test_so_now_its_my_fault_takes_offence():
    turns = parse_turns(_dialogue("My card was charged twice.", "Did you maybe tap it two times?", "so now it's my fault?"))
    assert takes_offence(turns[2])


def test_being_sold_to_at_the_wrong_moment_is_upsetting():
    assert upset_level("My husband is in hospital and now you're offering me a loan?")[0] >= 2.0


def test_a_customer_saying_they_already_said_it_in_other_english_counts_each_time():
    turns = _dialogue(
        "my daughter 12 year old, she need help with maths for the exam",
        "Hello! What level is she at now?",
        "she get 55 in the last test. algebra is weak",
        "Thanks. And how is she doing in maths at the moment?",
        "i already say. 55, algebra weak",
        "Great. So where would you say she is right now?",
        "i just say it. 55. algebra",
        "Perfect. And what's her current level, roughly?",
        "i already say three time now. i go to the other centre, bye")
    assert score_dialogue(turns).total <= 10


def test_a_customer_who_only_wanted_an_answer_was_lectured():
    turns = _dialogue(
        "Quick one: can my son pick up my prescription for me?",
        "Yes, he can. Before he comes though, it's worth knowing that medicines are safest stored below 25 degrees, "
        "and research shows most people keep them in the bathroom, which is the worst place.",
        "Um, okay. I only wanted to know if he could. Does he need my card?",
        "Just a note with your name and date of birth.",
        "Right, thanks.")
    assert "advice the customer did not ask for" in score_dialogue(turns).summary
