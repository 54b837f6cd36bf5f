"""Twenty-eighth round: replies coaches marked down, read by likeness, and what the dev sets blind68 and blind70 showed.

Every example here is written afresh for the test (none is a line of a dialogue set).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.scoring.dialogue import FAULT_COST
from coursekit.scoring.exchange import parse_turns, raises_objection, walked_away, where_left
from coursekit.scoring.marked_down import evidence, is_marked_down

ROOT = Path(__file__).resolve().parents[1]


def _dialogue(*lines: str) -> list[dict]:
    """Turns from lines that alternate customer, trainee, customer, …"""
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


# -- the model of replies coaches marked down -----------------------------------------------------------------------
def test_a_reply_like_the_marked_down_ones_is_read_and_its_words_named():
    story = "Oh I love that area, I grew up two streets away, my dad had a bakery there for thirty years, best bread in town."
    assert is_marked_down(story)
    assert evidence(story)  # the words that made it look so, to quote in the feedback
    assert all(isinstance(w, str) and w for w in evidence(story))


def test_the_words_quoted_are_the_reply_s_own_and_none_twice():
    reply = "Honestly, a lot of people say their card was stolen when they just lost it. Are you sure you didn't lend it?"
    words = evidence(reply)
    assert words and all(w in reply.lower() for w in words)  # as written, not stems
    assert len({t for w in words for t in w.split()}) == sum(len(w.split()) for w in words)


@pytest.mark.parametrize("reply", [
    "Thanks for telling me. How long has the noise been there, and does it happen when the engine is cold?",
    "I'm sorry about the wait. I've booked the engineer for Thursday at nine and I'll text you when he leaves.",
    "Which day suits you for the fitting, Tuesday or Thursday?",
])
def test_plain_good_replies_are_not_marked_down(reply):
    assert not is_marked_down(reply)


def test_a_huge_reply_is_read_by_its_beginning_without_delay():
    assert is_marked_down("x " * 500_000) in (True, False)


def test_the_shipped_weights_are_what_the_training_script_writes_from_the_read_sets():
    sys.path.insert(0, str(ROOT / "bench"))
    import train_marked_down
    from coursekit.scoring._marked_down_weights import BASE, DELTAS

    rows = [r for f in train_marked_down.read_sets() for r in train_marked_down.examples(f) if r[2] != "well-handled gaming side"]
    assert train_marked_down.train(rows) == (BASE, DELTAS)
    assert not {f.name for f in train_marked_down.read_sets()} & set(train_marked_down.UNREAD_SETS)


_STORY = "Oh, a bakery! My own grandad had one for thirty years, I grew up in the flour, best bread in the whole town. Anyway."


def _with_story(story: str) -> list[dict]:
    return _dialogue(
        "Hi, I'm opening a small bakery and I need a card machine for the counter.",
        "Congratulations! How many sales do you expect on a busy day, and do you need it to work without wifi?",
        "Maybe two hundred on a Saturday. The wifi in the old building is patchy.",
        story,
        "Right. So which machine?",
        "Then the one with its own SIM: it works without the wifi. It's 29 a month; I can send you the terms today.",
        "Okay, send them, I'll read them tonight.")


def test_a_marked_down_reply_costs_points_and_the_summary_names_it():
    plain = score_dialogue(_with_story("Busy Saturdays and patchy wifi, got it. Is the counter near a socket?"))
    story = score_dialogue(_with_story(_STORY))
    assert story.total <= plain.total - FAULT_COST + 5
    assert "coaches marked down" in story.summary
    assert "'" in story.summary.split("coaches marked down", 1)[1]  # the words it turned on are quoted


def test_a_spanish_reply_is_not_read_by_the_english_model():
    turns = _with_story("¡Qué bien! Mi abuelo tuvo una panadería treinta años, yo crecí entre la harina, el mejor pan del pueblo.")
    assert "coaches marked down" not in score_dialogue(turns).summary


def test_advice_asked_for_is_not_marked_down_by_likeness():
    advice = "Honestly, if I were you I'd stop buying the cheap flour, it ruins the ovens; I tell every new baker that."
    asked = _dialogue(
        "Hi, I'm opening a small bakery. What would you do in my place about suppliers?",
        advice,
        "Good to know, thanks.")
    assert "coaches marked down" not in score_dialogue(asked).summary


# -- rubric words read from the dev sets (written afresh) -----------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Oh, parrots! I've got three of my own, they keep me up at night too. Anyway, bring him in tomorrow.",
    "I know exactly how that feels - I moved up from Leeds in 2015 and it took me a year to find a flat.",
    "I've sold over three thousand cars since, top seller at my last dealership two years running.",
])
def test_stories_about_oneself_are_a_fault(line):
    turns = _dialogue("My parrot has stopped talking since Monday.", line, "Um, okay. Is he going to be all right?")
    assert "talking about yourself" in score_dialogue(turns).summary


@pytest.mark.parametrize("line", [
    "Fine. I'll take this up with the energy regulator.",
    "We're done here. I'll take my car somewhere else.",
    "Right, I'm going home now.",
])
def test_a_customer_leaving_for_good_is_a_walk_out(line):
    turns = _dialogue("The heater you fitted stopped again.", "Did you bleed the radiators like we said?", line)
    assert walked_away(parse_turns(turns)) is not None


@pytest.mark.parametrize("line", [
    "um. did my email not come through?",
    "This is starting to feel like an interrogation.",
])
def test_a_customer_asked_the_same_thing_again_says_so(line):
    turns = parse_turns(_dialogue("I want lessons for my son, he's nine.", "What's the goal for him?", "Confidence, mostly.",
                                  "And what would you say he wants to get out of it?", line))
    assert where_left(turns)[1] == "pushes_back"


@pytest.mark.parametrize("line, move", [
    ("Did you store it in the garage? Any battery can swell if it wasn't stored properly.", "rudeness"),
    ("Most seasoned cyclists do that before a long ride.", "rudeness"),
    ("So what you're after is comfort above all, like this Vantage X2, 899. Fair?", "pitch"),
    ("So reliability matters most, which is our Platinum plan, 79 a month.", "pitch"),
])
def test_blame_and_pitches_in_a_playback_are_read(line, move):
    moves = analyse_turn(line).moves
    assert move in moves or (move == "pitch" and "pitch_claim" in moves) or moves & {"pitch", "argument", "rudeness"}


@pytest.mark.parametrize("line", [
    "Most owners who switch don't go back.",
    "It is, but you won't have to remember it every week.",
])
def test_what_others_do_and_what_the_customer_is_spared_are_no_playback(line):
    assert "paraphrase" not in analyse_turn(line).moves


@pytest.mark.parametrize("line", [
    "The alternator can fail if it runs hot for hours, so that might be it.",
    "How much do you have saved, and is there a date you need to sign by?",
    "Three days for the review. Or pay now and claim it back later with the same papers.",
    "If you send the photo while you're here, I'll scan the form for you.",
])
def test_diagnosis_a_date_of_their_own_an_option_and_a_favour_are_no_sales_fault(line):
    assert not analyse_turn(line).moves & {"pitch", "pressure", "upsell"}


def _last_reply(trainee: str, reply: str) -> str:
    turns = parse_turns(_dialogue("I need something for the shop window.", trainee, reply))
    return where_left(turns)[1]


def test_a_doubt_then_the_step_proposed_leaves_the_customer_open():
    assert _last_reply("Take a sample banner home and see it in the window.",
                       "Hmm, that's more than I thought. Let me take the sample banner and see.") == "open"
    # a refusal first stays a refusal; "I'll come back" puts it off
    assert _last_reply("Take a sample banner home and see it in the window.",
                       "No. I'll come back with my husband.") != "open"


def test_a_bare_go_ahead_after_a_but_is_a_yes():
    assert _last_reply("Cleaning is 60; if I save the files, 90 more. I'll ring you tomorrow either way.",
                       "I was going to buy a new one, but I need those files. Do it.") == "on_side"


def test_picking_one_of_the_ways_told_then_asked_which_is_no_objection():
    turns = parse_turns(_dialogue(
        "My water bill doubled.",
        "A technician can test the meter: free if it's faulty. Or read it for a week and call back if it's still high. "
        "Which would you prefer?",
        "Let me read it for a week first."))
    assert raises_objection(turns, turns[-1]) == (False, "")


def test_taking_up_an_invitation_made_a_turn_earlier_is_no_objection():
    turns = parse_turns(_dialogue(
        "My water bill doubled.",
        "Read the meter for a week and call back if it's still high.",
        "Okay.",
        "Good. I've noted today's reading on your account.",
        "Thanks. I'll call if it's still high."))
    assert raises_objection(turns, turns[-1]) == (False, "")


def test_another_time_put_forward_objects_to_the_time_and_leaves_the_step_open():
    turns = parse_turns(_dialogue(
        "I'm moving to Lisbon in May.",
        "Can our surveyor come this week to measure? It's free.",
        "This week is impossible, I'm at the office late. How about next Monday?"))
    assert raises_objection(turns, turns[-1])[0]
    assert where_left(turns)[1] == "open"


# -- read from blind73 (written afresh) -----------------------------------------------------------------------------
@pytest.mark.parametrize("line, move", [
    ("Good news first: we'll match whatever you're paying now, and the first week is free. How many rooms?", "discount"),
    ("The Pro plan is exactly what you need: five users, daily backups.", "pitch"),
    ("Great, let's get the contract signed today and book the fitting.", "pressure"),
])
def test_a_price_promised_first_a_product_named_as_the_need_and_a_signature_today_are_read(line, move):
    assert move in analyse_turn(line).moves


def test_declining_to_call_it_misuse_is_no_argument():
    assert "argument" not in analyse_turn("It's under warranty, and since nobody explained it, I won't treat it as misuse.").moves


def test_thanks_for_more_than_hoped_is_no_price_objection():
    turns = parse_turns(_dialogue("The dryer stopped.", "The technician comes tomorrow at eight and lends you a unit.",
                                  "Okay. Thank you, that's more than I hoped for."))
    assert raises_objection(turns, turns[-1]) == (False, "")
    priced = parse_turns(_dialogue("The dryer stopped.", "A new drum is 400 fitted.", "That is more than I expected."))
    assert raises_objection(priced, priced[-1])[0]
