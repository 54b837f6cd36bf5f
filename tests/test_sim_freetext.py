"""Typed replies: answers match the question, repeats don't pay, typed options act like clicks,
objections can be tested and answered in your own words, and the conversation never loops."""
from __future__ import annotations

import json

import pytest

from coursekit.sim import Session
from coursekit.sim.scenario import builtin_paths

IDS = [p.stem for p in builtin_paths()]

#: What a good trainee might type for each customer (free text only, no option numbers).
TYPED_TRAINEE = {
    'anniversary_lunch': [
        'Congratulations, fifty years! What would make the day really special for your parents?',
        'Tell me about the guests: who is coming, and are there any special diets we should know about?',
        'How would you like to choose the food, and who would you like to involve in that?',
        "So, if I understood you correctly, your mum should be a guest for once, the menu must suit every diet, and you'd like to taste it first with your sister. Is that right?",
        'What else would you like your guests to remember about the day?',
        "How would it be if the same waiter your cousin loved looked after your parents' table?",
        'What is still worrying you or your sister?',
        "Then bring your sister and your mum's paella recipe to the tasting, and our chef can cook it as a surprise course.",
        'Which Saturday would suit you and your sister for the tasting?',
    ],
    'corner_shop_snacks': [
        "Of course, I can see you're busy. What matters most to you when you decide what goes on your shelves?",
        'How quickly do you need a supplier to restock when something sells out?',
        'Which customers matter most to you these days, and what has changed since the supermarket opened?',
        'How would you like a rep to work with you in your shop?',
        'So if I understood you correctly, the shelf must earn its keep, restocking must be fast, and you want to keep the young mothers coming in. Is that right?',
        'If the mothers from the school asked for healthy snacks, would you want them on your shelf?',
        "Then let's start with one small shelf on trial for a month, and I'll show you the sales figures from two shops near schools.",
        'Shall we go ahead with the trial shelf?',
    ],
    'dairy_pump_seals': [
        "I'm sorry the seals let you down, that must have been really frustrating. What happened with them?",
        'What happens on your line when a seal fails and you wait for the spare?',
        'What does a stop on line two cost you, and how is your work measured?',
        'How did our support treat you when line two stopped?',
        'So if I understood you correctly, the seals failed far too early, spares take nine days, and every hour of downtime costs you. Is that right?',
        'If the seals really lasted a year, would the price still be a problem?',
        'What would it take for you to trust our seals again?',
        "Then let me prove it: we fit the new seals on line two on a twelve-month trial, I guarantee the life in writing, and I'll show you the test data from three dairies.",
        'Shall we go ahead with the trial on line two?',
    ],
    'drill_for_saturday': [
        'What are you drilling into, and what for?',
        'What do the shelves have to be ready for?',
        'What help would you want if a hole goes wrong?',
        'What will you need to fix the shelves to the concrete?',
        'Shall we go ahead?',
        'If it cost what twelve holes are worth to you, would you take it?',
        'Then rent the hammer drill for the weekend instead, with the right plugs and screws, and call me if a hole goes wrong.',
        'Shall we go ahead?',
    ],
    'erp_month_end': [
        "I won't pitch. How long does your month-end close take today, and what does the board expect?",
        'What went wrong in your last upgrade?',
        'What do you expect from a vendor after go-live?',
        'How would your team want to see it work before you decide?',
        'So if I understood correctly: close in three days, a real plan for your data, a partner who stays, and a trial close first. Is that right?',
        'If we got your close down to three days, would you look at it seriously?',
        "Then let's prove it with a pilot: one real month-end close with your data next month, and a named consultant who stays until it works.",
        'Shall we go ahead with the pilot?',
    ],
    'freight_spring_peak': [
        'How many pallets do you ship, and how does that change over the year?',
        'What happens when a truck is late today?',
        'How important is spring for your business?',
        'Who did you deal with at your last carrier?',
        'So if I understood you correctly, you need early warning of delays, one person to call, and a safe spring season. Is that right?',
        'Shall we go ahead with a trial in April?',
        'What would it take for you to believe us?',
        'Then let me show you real numbers: the on-time data for three customers like you last spring, and you can call them yourself.',
        'Shall we go ahead with a trial in April?',
    ],
    'haulage_fuel': [
        "What's costing you the most at the moment?",
        'What does your biggest customer expect from you?',
        'How would your drivers take to a new system?',
        'So if I understood you correctly, fuel is eating your margin and your big customer wants CO2 figures by January. Is that right?',
        'If this kept your biggest contract, would you give it ten minutes?',
        "Then I'll show you the CO2 report per trip in your own yard, with your drivers, and it cuts the idling.",
        'Shall we go ahead with a trial on two trucks?',
    ],
    'pharmacy_monitor': [
        'What did your doctor ask you to do?',
        'How would you like us to help you get started with it?',
        'How would you feel about trying it here once, with someone beside you?',
        'What matters most to you about your health at the moment?',
        "You've been coming here a long time. What do you expect from us as your pharmacy?",
        'So if I understood you correctly, you need readings you can trust, a cuff that fits, and someone to show you. Is that right?',
        'What would help you feel sure the numbers are right?',
        "Then let's try it here together now: I'll measure with you, check the reading against our clinic monitor, and you can bring it back any time.",
        'Shall we go ahead?',
    ],
    'plumber_bookkeeping': [
        'What made your wife suggest it?',
        'How do you do the books today, and what would you want from someone who helps?',
        'What are your plans for the firm next year?',
        'Who do you turn to when the tax office writes to you?',
        'So if I understood you correctly, you want the figures explained in plain words, someone to ring, and to know whether you can afford a second van. Is that right?',
        'Would you like to go ahead?',
        'If the payments started when the school contract pays in March, would you do it?',
        'Then we start now and the first invoice comes in March, when the school money is in.',
        'Shall we go ahead?',
    ],
}


def _typed(scenario_id, lines, seed=0):
    session = Session(scenario_id, seed=seed)
    for line in lines:
        if session.finished:
            break
        session.say(line)
    session.end()
    return session


def test_every_scenario_has_a_typed_script():
    assert set(TYPED_TRAINEE) == set(IDS)


@pytest.mark.parametrize("scenario_id", IDS)
def test_a_good_typed_conversation_wins_or_uncovers_most_needs(scenario_id):
    session = _typed(scenario_id, TYPED_TRAINEE[scenario_id])
    report = session.report()
    uncovered = sum(1 for s in report.needs.values() if s == "uncovered")
    assert session.outcome == "won" or uncovered >= 0.75 * len(report.needs), report.summary
    assert report.total >= 70, report.summary
    assert all(line.option is None for line in session.transcript)


@pytest.mark.parametrize("scenario_id", IDS)
def test_the_same_question_five_times_uncovers_at_most_one_need(scenario_id):
    session = Session(scenario_id)
    question = "Can you tell me a little more about your situation?"
    trust = []
    for _ in range(5):
        if session.finished:
            break
        session.say(question)
        trust.append(session.state.trust)
    uncovered = sum(len(v) for v in session.state.needs_uncovered.values())
    assert uncovered <= 1
    assert all(later <= trust[0] for later in trust[1:]), trust
    assert session.state.patience < Session(scenario_id).state.patience


def test_a_repeated_question_gets_as_i_said_and_costs_patience():
    session = Session("anniversary_lunch")
    first = session.say("What would make the day really special for your mum and dad?")
    assert "their day" in first.text
    before = session.state
    again = session.say("What would make the day really special for your mum and dad?")
    assert "their day" in again.text and not again.revealed
    assert session.state.trust == before.trust and session.state.patience < before.patience


@pytest.mark.parametrize("question, need", [
    ("What would make the day perfect for your parents?", "parents_day"),
    ("Tell me about the guests.", "guest_menu"),
    ("What would you like to taste before you choose?", "tasting"),
    ("What do your family remember about the waiters at your cousin's wedding?", "remembered"),
])
def test_an_open_question_reveals_the_need_it_is_about(question, need):
    session = Session("anniversary_lunch")
    reply = session.say(question)
    uncovered = {n for ids in session.state.needs_uncovered.values() for n in ids}
    assert need in uncovered, reply.text


@pytest.mark.parametrize("scenario_id", IDS)
def test_typing_an_option_word_for_word_is_choosing_it(scenario_id):
    n_options = len(Session(scenario_id).options())
    for n in range(1, n_options + 1):
        clicked, typed = Session(scenario_id), Session(scenario_id)
        option = clicked.options()[n - 1]
        a = clicked.choose(n)
        b = typed.say(option.say)
        assert (b.text, b.outcome, b.revealed) == (a.text, a.outcome, a.revealed), option.say
        assert typed.state == clicked.state and typed.turn_id == clicked.turn_id
        near = option.say.rstrip(".?!") + " please?"
        c = Session(scenario_id).say(near if len(option.say) > 30 else option.say)
        assert c.text == a.text


def _to_think_it_over():
    session = Session("anniversary_lunch")
    session.choose(3)  # the package pitch
    session.choose(1)  # back to her parents
    session.choose(1)
    session.choose(1)
    session.choose(1)
    session.choose(1)
    reply = session.choose(2)  # a discount: "let me think it over"
    assert "think it over" in reply.text
    return session


@pytest.mark.parametrize("answer", [
    "A tasting is the perfect way for your sister to check the food before the day.",
    "Why not bring your sister to a tasting, with your mum's paella recipe?",
])
def test_an_objection_is_answered_by_a_reply_that_addresses_it(answer):
    session = _to_think_it_over()
    test = session.say("What's still worrying you?")
    assert "paella" in test.text and session.state.objections["sister_doubt"] == "tested"
    session.say(answer)
    assert session.state.objections["sister_doubt"] == "resolved"


def test_an_objection_never_loops_on_the_same_line():
    session = _to_think_it_over()
    said = []
    for _ in range(8):
        if session.finished:
            break
        said.append(session.say("Fine, I understand.").text)
    assert all(said[k] != said[k + 1] or k < 1 for k in range(len(said) - 1)) or session.finished
    assert not any(said[k] == said[k + 1] == said[k + 2] for k in range(len(said) - 2))
    assert session.finished, "a stuck conversation ends"
    assert any("holding me back" in s or "would help" in s for s in said)


def test_an_untested_objection_is_tested_by_any_counter_question_or_hypothesis():
    for line in ("If the food were exactly right, would you book today?",
                 "What would you and your sister need to feel completely sure?"):
        session = _to_think_it_over()
        session.say(line)
        assert session.state.objections["sister_doubt"] == "tested", line


def test_end_scores_as_it_stands():
    session = Session("anniversary_lunch")
    session.say("Tell me about the guests.")
    session.end()
    assert session.finished and session.outcome == "open"
    assert session.report().to_dict()["outcome"] == "open"


def test_report_shows_whole_points_that_add_up():
    for scenario_id in IDS:
        session = _typed(scenario_id, TYPED_TRAINEE[scenario_id][:4])
        report = session.report()
        live = [c for c in report.criteria if c.applies]
        assert all(float(c.score).is_integer() and float(c.maximum).is_integer() for c in live)
        assert sum(c.score for c in live) == report.total
        assert sum(c.maximum for c in live) == 100
        assert all(c.score <= c.maximum for c in live)
        data = report.to_dict()
        assert all(isinstance(c["score"], int) and isinstance(c["maximum"], int) for c in data["criteria"])
        assert {"name", "score", "maximum", "feedback"} <= set(data["criteria"][0])
        json.dumps(data)


def test_debrief_quotes_the_pitch_and_says_things_once():
    session = Session("anniversary_lunch")
    session.choose(3)
    session.choose(2)
    report = session.report()
    discovery = report.dialogue.criterion("discovery_before_pitch").feedback
    assert "golden wedding package" in discovery and "most popular" not in discovery
    session = Session("anniversary_lunch")
    for line in ["Our package is the best, sixty-five euros per guest.", "Shall we book it?", "Shall we book it?",
                 "You should book today, it's our most popular.", "Just sign, it's a great deal."]:
        session.say(line)
    for c in session.report().criteria:
        parts = [p.strip() for p in c.feedback.split(";")]
        assert len(parts) == len(set(parts)), c.feedback
        assert "(s)" not in c.feedback and "1 questions" not in c.feedback


def test_practise_next_names_the_weakest_criterion():
    session = Session("anniversary_lunch")
    session.say("Our golden wedding package is sixty-five euros per guest.")
    session.end()
    report = session.report()
    assert report.practise_next.startswith("Practise next: ")
