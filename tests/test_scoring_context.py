"""The rubric reads a turn in its conversation: words the customer brought in are not the trainee's
move, a proposal's "What do you think?" is not a question asked again, and a question found after a
summary or a list is read as the question it is. Lines from play-test rounds N-Q (development data)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from coursekit.scoring import analyse_turn, classify_question, score_dialogue
from coursekit.scoring.customer_topic import without_customer_topics
from coursekit.sim import play_typed

DATA = Path(__file__).parent / "data"

_FACTORY = "They close, all right. With discounts, eight or ten percent on nearly every order."


@pytest.mark.parametrize("text", [
    "Ah, so they do close, but they give away eight, ten percent to do it. How this discount happen usually - customer "
    "ask for it, or engineer offer it himself?",
    "My proposal: not only a closing course, but two days on closing without discount - how to defend price.",
])
def test_the_customers_own_discounts_are_no_discount_offered(text):
    assert "discount" in analyse_turn(text).moves  # read alone, the word reads as an offer...
    assert "discount" not in without_customer_topics(analyse_turn(text).moves, text, _FACTORY)  # ...not after hers


@pytest.mark.parametrize("text", ["I can give you ten percent off if you sign today.", "We could knock 5% off for you.",
                                  "ok, we can do 10 percent for you"])
def test_an_offer_of_a_discount_counts_whoever_spoke_of_discounts_first(text):
    assert "discount" in without_customer_topics(frozenset({"discount"}), text, _FACTORY)


def test_the_customer_is_not_told_off_for_price_talk_when_the_trainee_asks_about_her_own_discounts():
    session = play_typed("consulting_suzhou", [
        "Thank you, Mr Zhou. Before I give a price, when your engineers lose a deal, what happens in the last meeting?",
        "Ah, so they do close, but they give away eight, ten percent to do it. How this discount happen usually - "
        "customer ask for it, or engineer offer it himself?",
    ], seed=0)
    assert "price already" not in session.transcript[-1].text


def test_understanding_the_customers_problem_is_no_blame():
    line = "Of course, no decision yet. I only want to be sure I understand your problem before we talk any course."
    assert "argument" not in analyse_turn(line).moves
    assert "argument" in analyse_turn("Well, that's your problem, not mine.").moves


@pytest.mark.parametrize("text, form", [
    ("And your sister is the fussy one - what will she look for, so we know what to prepare?", "open"),
    ("And when the lunch is finished and everybody goes home - what must have happened that you say, yes, this was "
     "perfect?", "open"),
    ("so when you say a lot, we're talking, what, fifty a day?", "closed"),
    ("I'm so sorry, Mrs Mehta - a wedding party is the worst possible moment. Can you tell me exactly what happened?",
     "open"),  # tried as a trainee: "turn it into an open one"
])
def test_the_question_before_an_afterthought_decides_the_form(text, form):
    assert classify_question(text).form == form


@pytest.mark.parametrize("text", [
    "ok concrete, thats why the old one skates. twelve holes for shelves, what are you hanging on them, heavy stuff "
    "like books or lighter",
    "sorry, that was a mouthful. one more question then - what else would matter to you in whoever does your books, "
    "apart from the figures",
])
def test_a_typed_question_without_its_question_mark_is_still_a_question(text):
    question = classify_question(text)
    assert question.is_question and question.form == "open"


def test_a_proposal_asking_what_the_customer_thinks_is_not_the_same_question_asked_again():
    # round P: "Then my proposal: … What do you think?" shared "quotes" and "monthly" with an earlier question
    game = json.loads((DATA / "typed_games" / "P04.json").read_text(encoding="utf-8"))
    report = play_typed(game["scenario"], game["answers"], seed=game["seed"]).report()
    assert "then my proposal" not in report.summary.lower()  # the one repeat left is "…what is your concern?" again
    assert "capped" not in report.summary.lower()


def test_two_questions_after_summaries_that_share_words_are_not_the_same_question():
    from coursekit.scoring.exchange import parse_turns, same_question

    turns = parse_turns([
        {"speaker": "customer", "text": "It does all I need: WeChat, paying at the market, and a video call with my grandson."},
        {"speaker": "trainee", "text": "A video call with your grandson every Sunday, that's lovely. How do those calls go?"},
        {"speaker": "customer", "text": "Very well. The picture is clear."},
        {"speaker": "trainee", "text": "So the phone is two years old and your Sunday video call with your grandson works. "
                                       "What made your son think you need a new one?"},
    ])
    assert not same_question(turns[1], turns[3])
    assert same_question(turns[1], parse_turns([{"speaker": "trainee", "text": "And how do the calls with your grandson go?"}])[0])


def test_a_question_that_offers_nothing_does_not_settle_an_objection_by_sharing_a_word():
    # round S: "…all set then. Is there anything else I can help you with today?" settled "I want my line working today"
    from coursekit.sim import Session

    session = Session("outage_call_toronto")
    for _ in range(8):  # the good options up to the one that raises "my sister switched…"
        options = session.options()
        pick = next((o for o in options if "book you another technician" in o.say), None)
        session.choose((pick or max(options, key=lambda o: o.rank)).number)
        if pick is not None:
            break
    assert "open" in session.state.objections.values() or "tested" in session.state.objections.values()
    reply = session.say("Great, so we're all set then. Is there anything else I can help you with today?")
    assert "resolved" not in session.state.objections.values(), reply.text


@pytest.mark.parametrize("text, move", [
    ("great. fitter or rental - which one. if its the fitter i can book him for friday morning right now at the till",
     "pressure"),  # the seller's own action, done now, pushes nobody
    ("and rather than trust me, we run a few of your lanes in february before the peak so you can see it. how does "
     "that sound", "pressure"),
    ("So it's really about trusting the numbers, like, not getting a scary reading that's just wrong - is that the main "
     "thing?", "argument"),
])
def test_ordinary_lines_that_share_words_with_an_offence_are_no_offence(text, move):
    assert move not in analyse_turn(text).moves


@pytest.mark.parametrize("text, move", [("You should buy it today, before the price goes up.", "pressure"),
                                        ("Trust me, this is the best deal you'll get.", "pressure")])
def test_the_offences_themselves_are_still_read(text, move):
    assert move in analyse_turn(text).moves


def test_after_she_takes_the_offer_the_next_close_completes_the_sale():
    # round U: "That I'd pay for." then "fitter or rental - which one… i can book him" and he walked out
    game = json.loads((DATA / "typed_games" / "U11.json").read_text(encoding="utf-8"))
    session = play_typed(game["scenario"], game["answers"], seed=game["seed"])
    assert session.outcome == "won"


def test_asked_what_would_change_her_mind_a_customer_who_needs_nothing_says_why_not_that_she_will_try_it():
    session = play_typed("no_need_stationery_shop", [
        "Thanks for having me anyway. Walk me through how the till program copes on an ordinary day.",
        "Honestly, it sounds like you don't need anything from us right now. Is there anything that would change that?",
    ], seed=0)
    reply = session.transcript[-1].text.lower()
    assert "try" not in reply and "let us down" in reply


def test_the_rubric_reads_the_customers_discounts_as_hers_too():
    from coursekit.scoring.exchange import parse_turns

    question = ("So they close, but they give away eight or ten percent. How does this discount usually happen - does the "
                "buyer ask for it, or does the engineer offer it?")
    turns = parse_turns([{"speaker": "customer", "text": _FACTORY}, {"speaker": "trainee", "text": question}])
    assert "discount" not in turns[1].moves
    assert "discount" in parse_turns([{"speaker": "trainee", "text": question}])[0].moves
