"""Twenty-ninth round: what the dev sets blind74 and blind76 showed.

Every example here is written afresh for the test (none is a line of a dialogue set).
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.scoring.exchange import parse_turns, takes_offence, walked_away, where_left


def _dialogue(*lines: str) -> list[dict]:
    """Turns from lines that alternate customer, trainee, customer, …"""
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


# -- good replies that were read as faults ----------------------------------------------------------------------------
def test_the_last_one_the_customer_owned_is_no_scarcity_pressure():
    playback = "So the last one rubbed and went back in the cupboard. That's common when the width is wrong. Which shoes does she wear most?"
    assert "pressure" not in analyse_turn(playback).moves
    assert "pressure" in analyse_turn("This is the last one in your size, so I'd grab it now.").moves


def test_a_step_an_upset_customer_takes_up_is_not_selling_to_them():
    turns = _dialogue(
        "Hi. My mum passed on Sunday and I have no idea what happens now. And honestly I'm frightened of the cost.",
        "I'm so sorry. You don't have to sort everything today. Did she ever say what she wanted, a burial or a cremation?",
        "A cremation, she was clear about that. And, um, money's really tight, I'm scared of what this will cost, there's no policy.",
        "Thank you for telling me. A simple cremation is 1,700 with all the paperwork. Could you come in on Wednesday, or is a call easier?",
        "Wednesday's the day my sister lands. Could it be Thursday?",
        "Thursday is fine. I'll ring you tomorrow to say she's in our care.",
        "Thank you.")
    result = score_dialogue(turns)
    assert "upset customer" not in result.summary
    assert result.total >= 60


def test_a_customer_who_names_when_to_call_back_is_left_open():
    turns = parse_turns(_dialogue(
        "We farm 300 acres of barley and the old dryer can't keep up.",
        "Then a site visit would tell us what size you need. Can I come out this week?",
        "Not this week, we're flat out with harvest. Call me the second week of next month and we'll find a day."))
    assert where_left(turns)[1] == "open"


# -- faults read from the dev sets ------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Are you sure you plugged the charger in properly? A lot of people forget.",
    "Have you considered that the problem might be how you load the machine?",
    "Could it be that you're just over-sensitive to the noise?",
    "Can you even sign for this, or do we wait for your boss?",
    "If you want it cheap you can go to the market.",
    "And next time, maybe keep an eye on what the dog chews.",
])
def test_doubting_and_talking_down_are_put_downs(line):
    assert analyse_turn(line).moves & {"rudeness", "argument"}


@pytest.mark.parametrize("line", [
    "Do you even need a new one? Maybe we can repair it.",
    "Many people forget to register the warranty, so I've done it for you.",
    "The app only works if you keep Bluetooth on.",
    "The fees are standard for this kind of repair.",
    "Next time, keep an eye on the warning light and call us straight away.",
])
def test_the_same_words_helping_the_customer_are_no_put_down(line):
    assert not analyse_turn(line).moves & {"rudeness", "argument", "pressure"}


@pytest.mark.parametrize("line", [
    "Since our installation was done correctly, it must be something in the house.",
    "The warranty only works if customers follow the service schedule.",
    "These charges are standard when customers cancel late.",
])
def test_the_rules_read_out_in_defence_are_arguments(line):
    assert analyse_turn(line).moves & {"argument", "rudeness"}


@pytest.mark.parametrize("line", [
    "I can only give you this rate until Monday, then it goes up.",
    "If you don't book this week you'll be stuck with the old boiler all winter.",
    "Three other couples are looking at the last Saturday in June.",
    "Everyone on Mill Lane has switched already.",
])
def test_deadlines_and_the_crowd_in_other_words_are_pressure(line):
    assert "pressure" in analyse_turn(line).moves


def test_a_date_without_pressure_is_not_pressure():
    assert "pressure" not in analyse_turn("If you don't book today, no problem, the price holds all month.").moves


@pytest.mark.parametrize("line, named", [
    ("We'll have it fitted before the party, easy, don't worry.", "a promise nobody can keep"),
    ("I grew up on a sheep station myself, so I know. That's why I went into insurance, and I've seen it all.",
     "talking about yourself"),
])
def test_promises_and_stories_about_oneself_are_named_faults(line, named):
    turns = _dialogue("We need a new oven in by the 12th, we have a party of forty.", line, "Okay. What does it cost?")
    assert named in score_dialogue(turns).summary


def test_a_story_about_why_i_chose_this_job_is_no_turned_objection():
    assert "transformation" not in analyse_turn("That's why I got into solar, after my dad's bills.").moves
    assert "transformation" in analyse_turn("That's exactly why we built the smaller unit: it pays for itself.").moves


def test_a_customer_who_understood_nothing_was_lost_in_jargon():
    jargon = "You'd file under the flat-rate scheme with input offset and reverse charge on imports, quarterly."
    lost = score_dialogue(_dialogue("Do I need to register for tax now?", jargon, "Sorry, I understood nothing."))
    clear = score_dialogue(_dialogue("Do I need to register for tax now?", jargon, "Okay, quarterly then. Thanks."))
    assert "could not follow" in lost.summary and "could not follow" not in clear.summary
    assert lost.total < clear.total


# -- what customers said ----------------------------------------------------------------------------------------------
def test_resenting_a_suggestion_is_taking_offence():
    turns = parse_turns(_dialogue("The boiler's making a noise.", "Are you sure you bled it properly?", "I resent that implication."))
    assert takes_offence(turns[-1])


@pytest.mark.parametrize("line", ["Fine, I'll book online then.", "I shall write to the trade association about this."])
def test_leaving_to_buy_online_or_to_complain_is_a_walk_out(line):
    assert walked_away(parse_turns(_dialogue("The sofa came torn.", "Those tears happen in transit sometimes.", line))) is not None


def test_asking_if_the_trainee_is_writing_anything_down_is_being_asked_again():
    turns = parse_turns(_dialogue("I need a van for three days, Leeds to Hull.", "What will you use the van for?",
                                  "Leeds to Hull, three days. Are you writing anything down?"))
    assert where_left(turns)[1] == "pushes_back"


def test_an_offer_to_explain_it_to_whoever_decides_is_a_next_step():
    assert "commitment" in analyse_turn("I can walk your accountant through it myself, fifteen minutes on a call.").moves


def test_feedback_in_another_language_quotes_no_english_words_of_the_model():
    from coursekit.i18n import speaking

    turns = _dialogue("Hi, I need a card machine for my new bakery.",
                      "Oh, a bakery! My own grandad had one for thirty years, I grew up in the flour. Anyway, which model?",
                      "Um, the cheapest that works without wifi.")
    english = score_dialogue(turns).summary
    assert "coaches marked down" in english and "words such as" in english
    with speaking("es"):
        spanish = score_dialogue(turns).summary
    assert "los formadores penalizaron" in spanish and "palabras como" not in spanish


def test_a_yes_won_on_a_promise_nobody_can_keep_is_not_full_marks_for_the_outcome():
    def outcome(reply: str):
        turns = _dialogue("I need the wardrobe delivered before my daughter's wedding on the 9th.", reply,
                          "Wonderful, then I'll pay for it now.")
        return next(c for c in score_dialogue(turns).criteria if c.id == "customer_outcome")

    honest = outcome("It's in stock in Leeds, so delivery by the 6th is normal; I'll confirm the slot today.")
    promise = outcome("We'll have it delivered before the 9th, easy, no worries at all.")
    assert promise.score < honest.score
    assert "promise" in promise.feedback


# -- objections inside conversations ------------------------------------------------------------------------------------
@pytest.mark.parametrize("before, line", [
    ("Packages go from 700 for the morning to 1,300 for the whole day.", "Oh, okay. Hmm, that's a bit more than we planned for, to be frank."),
    ("It's 18,000 for the whole roof.", "Eighteen thousand? For a garage roof? Come on."),
])
def test_price_words_after_an_okay_or_a_figure_said_back_still_object(before, line):
    from coursekit.scoring.exchange import objection_after

    assert objection_after(before, line)


@pytest.mark.parametrize("before, line", [
    ("The full set is 2,400 installed.", "Okay, that works. Send the references and we'll try the small office first."),
    ("It's 95 a month.", "95 a month? Is that with the router?"),
    ("The service is 140 with the filter.", "Oh, okay. That's cheaper than I thought it would be."),
])
def test_a_yes_with_a_next_step_or_a_question_about_the_price_is_no_objection(before, line):
    from coursekit.scoring.exchange import objection_after

    assert not objection_after(before, line)


@pytest.mark.parametrize("last, where", [
    ("Okay, that makes sense for the shop. I'll talk to my partner tonight.", "open"),
    ("That sounds good, but 900 is far too much for us. I'll ask my husband.", "pushes_back"),
])
def test_a_customer_who_likes_it_and_only_asks_someone_at_home_is_left_open(last, where):
    turns = parse_turns(_dialogue(
        "I need a till for my bakery, something simple.",
        "This one prints receipts and takes cards offline too. Would that cover your Saturdays?",
        last))
    assert where_left(turns)[1] == where
