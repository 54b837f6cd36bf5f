"""Offences the rubric and the customer read are the trainee's, not lines that only share words with them
(rounds V and W, played blind: a good game capped at 10 for a "put-down" that was a question about what
happened, one capped at 30 for "pressure" that was a second proposal after asking again)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from coursekit.scoring import analyse_turn
from coursekit.scoring.question import question_form
from coursekit.sim import play_typed
from coursekit.sim.asking import proposes

GAMES = Path(__file__).parent / "data" / "typed_games"


def _replay(game_id: str):
    game = json.loads((GAMES / f"{game_id}.json").read_text(encoding="utf-8"))
    return play_typed(game["scenario"], game["answers"], seed=game["seed"])


def test_a_new_proposal_after_asking_again_is_not_pressure():
    # W13: a first proposal, then "What would you need to see to believe it?" and "anything else?", then
    # the offer built on his answers ("Shall I write that up and bring it to you on Monday?")
    report = _replay("W13").report()
    assert not any("pressure" in limit for limit in report.limits), report.limits
    assert report.total >= 70, report.summary


def test_a_question_about_what_happened_is_no_put_down():
    # V04: "…or did you just sort of work around it?" and "no wonder you didn't call about the deck"
    session = _replay("V04")
    report = session.report()
    assert session.outcome == "won"
    assert not report.limits and report.total >= 80, report.summary


def test_a_summary_ending_in_anything_more_is_answered_as_such_and_not_read_as_a_correction():
    # S04: the full summary "…Is this right? Is there something more?" once all her needs were told
    session = _replay("S04")
    checked = next(k for k, line in enumerate(session.transcript) if "something more" in line.text)
    reply = session.transcript[checked + 1].text
    assert "never been the issue" not in reply and "everything" in reply
    assert not any("put you right" in limit for limit in session.report().limits)


@pytest.mark.parametrize("text, move", [
    ("Oh, so you're only using the right deck now. So, did you tell anyone at our end, or did you just sort of work "
     "around it?", "rudeness"),
    ("I'm sorry, that's not okay. They blamed you last time - no wonder you didn't call about the deck.", "argument"),
    ("I'll send a technician to check the left deck this week, at no cost, and he'll show your bakers the steam "
     "setting.", "discount"),
    ("If it ever starts acting up, just come by and I'm happy to check it for you for free.", "discount"),
    ("If it didn't sell through, we take back whatever is left at no cost to you.", "discount"),
    ("What matters most to you, the lower price, or never again having a guest see a stained sheet?", "discount"),
    ("We take the books off your Sunday nights and go through the figures with you once a month.", "discount"),
    ("Our normal minimum is 5,000, but for plain stock bags we can do 2,000.", "discount"),
    ("Oh no, being told it's your fault, that doesn't make you want to call again, I totally get it.", "argument"),
    ("Eighty guests, three vegetarian and one without gluten, I write it down.", "closing"),
    ("So let me check: it has to make you 30 percent and bring the school mums in.", "pitch"),
    ("I'd rather hear it from you than give you a pitch. How does month-end close run for your team today, from the "
     "last day of the month?", "pressure"),
    ("Great, come through and we'll do it now. And if it ever plays up, you just bring it back to this counter.",
     "paraphrase"),
])
def test_lines_that_only_share_words_with_an_offence_are_no_offence(text, move):
    assert move not in analyse_turn(text).moves


@pytest.mark.parametrize("text, move", [
    ("Did you read the manual or did you just guess?", "rudeness"),
    ("You didn't call us, so how could we know?", "argument"),
    ("I'll throw in the installation for free.", "discount"),
    ("I can give you the first month for free.", "discount"),
    ("I understand. I could do 30 euros per truck if you sign this month.", "discount"),
    ("I understand. I could do 30 euros per truck if you sign this month.", "pressure"),
    ("Don't worry about that, we've done it loads of times and it always goes fine.", "argument"),
    ("So you told me you want to double your sales by Christmas and you need our premium insurance for every parcel, "
     "yes?", "leading"),
    ("ok so if i send the proposal with migration and training included can we get it signed next week?", "closing"),
    ("That's fair. Andrés, suppose we run the new system alongside the old one for two weeks, both showing the same "
     "appointments, you check the two lists every evening, and the old one stays live until you say it can go - would "
     "that take away the fear of another 2019?", "hypothesis"),
    ("Shall I write it down as an order?", "closing"),
    ("Today is the last day of the offer.", "pressure"),
    ("Is there anything else on your mind about it, you know, before I show you one?", "what_else"),
])
def test_the_offences_and_closes_themselves_are_read(text, move):
    assert move in analyse_turn(text).moves


@pytest.mark.parametrize("text", [
    "So: eighty guests, food like home, the same waiters. Is this right? Is there something more?",
    "You want someone for the figures once a month. Have I got it? Anything missing?",
    "Did I leave anything out?",
    "what am i missing",
    "Anything to add before I write it up?",
])
def test_what_else_asked_in_other_words_is_what_else(text):
    assert "what_else" in analyse_turn(text).moves


@pytest.mark.parametrize("text", ["Would you like something more powerful?", "Is something missing from the delivery?"])
def test_more_of_something_is_not_what_else(text):
    assert "what_else" not in analyse_turn(text).moves


def test_a_next_step_told_with_a_tag_is_a_proposal_and_an_imperative_is_no_question():
    assert proposes("Perfect. I send you the contract tomorrow for signature, okay?")
    assert not proposes("I know it is hard, okay?")
    assert not question_form("don't worry about that, we do it all the time").is_question
    assert question_form("don't you think it is late").is_question


def test_a_question_after_a_summary_is_no_excuse_for_a_summary_she_rejects():
    # Y04: "Ah, WeChat with grandchildren, photos of them… How is your phone doing with this things now?" got
    # "No, that's not what I told you." and was still quoted as a good check
    report = _replay("Y04").report()
    confirming = next(c for c in report.criteria if c.id == "confirming_understanding")
    assert "Ah, WeChat" in confirming.feedback and "had not said" in confirming.feedback, confirming.feedback
    assert confirming.score < confirming.maximum


def test_asking_what_else_is_not_the_same_question_as_an_earlier_one_about_the_same_thing():
    # Y04: "Is there anything else, maybe something small, that you wish your phone could do better?" was taken for
    # "How is your phone doing with this things now?" asked again
    report = _replay("Y04").report()
    assert not any("same question" in limit for limit in report.limits), report.limits


def test_the_customers_own_word_asked_back_is_no_stack_of_questions():
    from coursekit.scoring import score_dialogue

    report = score_dialogue([
        {"speaker": "customer", "text": "Our biggest customer wants CO2 figures per trip in the contract."},
        {"speaker": "trainee", "text": "The contract? Like, a customer contract? Is it a big one?"},
        {"speaker": "customer", "text": "Forty percent of our work."},
        {"speaker": "trainee", "text": "What would those figures need to show them?"},
        {"speaker": "customer", "text": "Diesel per trip, every month."},
    ])
    assert "stuffed" not in report.summary.lower(), report.summary


def test_a_customer_who_goes_somewhere_else_has_walked_out_and_the_cap_quotes_the_trainee():
    report = _replay("V10").report()
    assert report.limits and "Capped at" in report.limits[0]
    quoted = report.limits[0].split("e.g. '", 1)[1]
    customer_lines = [line.text for line in _replay("V10").transcript if line.speaker == "customer"]
    assert not any(line.startswith(quoted[:30]) for line in customer_lines), quoted


def test_flattery_does_not_settle_an_objection():
    # V07: "someone as clever as you knows good bookkeeping pays for itself, right? So we could just start now"
    from coursekit.sim import Session

    game = json.loads((GAMES / "V07.json").read_text(encoding="utf-8"))
    flattery = next(k for k, line in enumerate(game["answers"]) if "pays for itself" in line)
    session = Session(game["scenario"], seed=game["seed"])
    for line in game["answers"][:flattery]:
        session.say(line)
    assert "open" in session.state.objections.values()
    session.say(game["answers"][flattery])
    assert "resolved" not in session.state.objections.values(), session.transcript[-1].text


def test_a_step_taken_that_ends_on_an_open_question_gets_the_question_answered():
    # V08: "…I can see a technician was booked for yesterday and didn't arrive; I'm sorry. How is this affecting
    # your cake business right now?" was answered "Let me sleep on it."
    session = _replay("V08")
    assert "sleep on it" not in session.transcript[4].text.lower(), session.transcript[4].text


def test_a_summary_that_only_asks_is_not_taken_for_an_offer():
    # Y14: "…have i got that right, and is there anything else that matters to you" got "That is a fair offer."
    session = _replay("Y14")
    asked = next(k for k, line in enumerate(session.transcript) if "anything else that matters" in line.text)
    assert "offer" not in session.transcript[asked + 1].text.lower(), session.transcript[asked + 1].text


def test_a_level_the_customers_answer_brought_out_counts_as_reached():
    # AA06: the first answer told the menu and "I want Mum and Dad to feel it's their day" (success); the debrief
    # said "also ask about what the purchase must help them achieve (success)"
    report = _replay("AA06").report()
    levels = next(c for c in report.criteria if c.id == "higher_need_levels")
    assert levels.score == levels.maximum and "also ask" not in levels.feedback, levels.feedback


def test_an_ordinary_question_about_the_month_end_is_no_pressure():
    # AA10: "…from the last day of the month" capped a won game at 30 for pressure
    report = _replay("AA10").report()
    assert not any("pressure" in limit for limit in report.limits), report.limits
