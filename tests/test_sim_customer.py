"""How the simulated customer reacts: temperaments, free-text reading, objections, buying mind."""
from __future__ import annotations

import pytest

from coursekit.labels import TEMPERAMENTS
from coursekit.sim import Session
from coursekit.sim.temperament import TEMPERAMENT_BEHAVIOUR, behaviour, reaction


def _trust_change(scenario_id: str, text: str) -> int:
    session = Session(scenario_id)
    before = session.state.trust
    session.say(text)
    return session.state.trust - before


def _patience_change(scenario_id: str, text: str) -> int:
    session = Session(scenario_id)
    before = session.state.patience
    session.say(text)
    return session.state.patience - before


def test_every_temperament_has_a_behaviour():
    assert set(TEMPERAMENT_BEHAVIOUR) == set(TEMPERAMENTS)
    with pytest.raises(KeyError, match="unknown temperament"):
        behaviour("grumpy")


def test_impatient_customer_loses_patience_with_long_turns():
    short = "What is the drill for?"
    long = ("What is the drill for? " + "I would really like to understand everything about your project, "
            "your walls, your plans and your family, so please tell me all about it in detail. ") * 3
    assert _patience_change("drill_for_saturday", long) < _patience_change("drill_for_saturday", short) - 10
    impatient, deliberate = behaviour("impatient"), behaviour("deliberate")
    assert reaction(impatient, set(), 80, general=True)[1] < reaction(deliberate, set(), 80, general=True)[1] - 15


def test_a_few_words_pasted_over_and_over_bring_out_nothing():
    session = Session("drill_for_saturday")
    session.say("What's the job you need it for?")
    reply = session.say("tell me more " * 170)
    assert reply.revealed == () and "Short version" in reply.text
    reply = session.say("What are you drilling into?")
    assert reply.revealed, "a real question afterwards is answered as before"


def test_silent_customer_answers_closed_questions_with_a_word():
    session = Session("haulage_fuel")
    reply = session.say("Do you have a lot of trucks on the road?")
    assert reply.text in {"Yes.", "Mm. Yes.", "No.", "Mm. No."}
    assert reply.revealed == ()
    reply = session.say("How does fuel show up in your costs?")
    assert len(reply.revealed) == 1, "an open question brings out one fact from a silent customer"


def test_talkative_customer_volunteers_more():
    session = Session("anniversary_lunch")
    reply = session.say("How do you feel about the menu for your guests, and what matters to you about the food?")
    assert len(reply.revealed) >= 2


def test_critical_customer_turns_against_arguing():
    arguing = "No, that's not true, our seals never fail. You must have misused them."
    critical = _trust_change("dairy_pump_seals", arguing)
    talkative = _trust_change("anniversary_lunch", arguing)
    assert critical <= -20
    assert critical < talkative - 10


def test_expert_likes_being_asked_for_advice():
    asking = "In your experience, what would you advise a company like yours to look at first?"
    assert _trust_change("erp_month_end", asking) >= _trust_change("plumber_bookkeeping", asking) + 5
    assert reaction(behaviour("expert"), {"advice_request"}, 10, general=True)[0] >= 10


def test_suspicious_customer_wants_evidence_not_claims():
    claim = "Our service is the best on the market, we are number one for reliability."
    evidence = "I can show you the figures from customers like you, and put it in writing."
    assert _trust_change("freight_spring_peak", claim) < 0
    assert _trust_change("freight_spring_peak", evidence) > _trust_change("freight_spring_peak", claim) + 10


def test_hesitant_and_deliberate_customers_are_scared_off_by_pressure():
    pressure = "You need to decide today, the offer ends tonight."
    for scenario_id in ("pharmacy_monitor", "plumber_bookkeeping"):
        assert _trust_change(scenario_id, pressure) < _trust_change("anniversary_lunch", pressure) - 5


def test_pitching_before_discovery_gets_i_will_think_about_it():
    session = Session("plumber_bookkeeping")
    reply = session.say("Our bookkeeping service is the best on the market and it comes with free payroll.")
    assert "think about it" in reply.text.lower()
    assert session.pitched_early == 1
    assert session.state.checkpoints["need"] is False


def test_open_question_on_a_level_reveals_that_levels_facts():
    session = Session("erp_month_end")
    reply = session.say("What goals has the board set for your month-end close?")
    assert session.state.needs_uncovered["success"] == ("close_in_three",)
    assert any("three days" in fact for fact in reply.revealed)
    assert session.state.needs_uncovered["service"] == ()


def test_closed_question_confirms_a_need_already_told():
    session = Session("erp_month_end")
    session.say("What goals has the board set for your month-end close?")
    reply = session.say("So is hitting the board's target the main goal for you?")
    assert session.state.checkpoints["need"] is True
    assert reply.text


def test_genuine_objection_tested_with_a_hypothesis():
    session = Session("plumber_bookkeeping")
    session.say("What are your goals for the firm next year?")
    reply = session.say("Shall we go ahead then?")
    assert "money is tight" in reply.text
    assert session.state.objections["tight_until_march"] == "open"
    reply = session.say("If the first payment came after the school contract pays, would you go ahead?")
    assert "timing" in reply.text
    assert session.state.objections["tight_until_march"] == "tested"
    session.say("That's exactly why we would start the reviews in April, after the school has paid.")
    assert session.state.objections["tight_until_march"] == "resolved"
    session.say("Shall we go ahead then?")
    assert session.outcome != "won", "he buys only once he feels understood"
    session.say("How do you do the books today, and what would you want from someone who helps?")
    session.say("Who do you turn to when the tax office writes to you?")
    session.say("So you want the figures explained in plain words, someone to ring, and to know whether a "
                "second van is affordable. Is that right?")
    session.say("Shall we go ahead then?")
    assert session.outcome == "won", session.transcript[-1].text


def test_brush_off_tested_with_a_counter_question_shows_what_it_hides():
    session = Session("corner_shop_snacks")
    assert session.state.objections["leave_your_card"] == "open"
    reply = session.say("What would it take for a new product to earn a place on your shelf?")
    assert "nobody here has ever asked" in reply.text.lower()
    assert session.state.objections["leave_your_card"] == "exposed"
    assert session.state.objections["no_demand"] == "open"


def test_discount_does_not_resolve_a_price_objection():
    session = Session("drill_for_saturday")
    session.say("What do you need the drill for?")
    session.say("Shall we go ahead with the kit?")
    assert session.state.objections["drill_price"] == "open"
    trust = session.state.trust
    session.say("I can give you 20% off.")
    assert session.state.objections["drill_price"] == "open"
    assert session.state.trust < trust


def test_customer_leaves_when_patience_runs_out():
    session = Session("drill_for_saturday")
    for _ in range(30):
        if session.finished:
            break
        session.say("Hm.")
    assert session.outcome == "lost"
    assert session.state.patience == 0


def test_free_text_that_matches_an_option_follows_the_script(monkeypatch):
    import coursekit.scoring as scoring
    from coursekit.scoring.types import Prediction, QuestionPrediction, TurnAnalysis

    def read_as_open_product_inquiry(text):
        return TurnAnalysis(text, QuestionPrediction("inquiry", 0.9, ("what",), "", form="open", is_question=True),
                            Prediction("product", 0.9, ("drill",)), frozenset())

    monkeypatch.setattr(scoring, "analyse_turn", read_as_open_product_inquiry)
    session = Session("drill_for_saturday")
    assert session.turn_id == "first_ask"
    reply = session.say("Which walls is the drill for?")
    assert session.state.needs_uncovered["product"] == ("concrete_holes",)
    assert session.turn_id == "find_goal"
    assert reply.text.startswith("Concrete walls.")
    assert session.transcript[-2].quality == "good" and session.transcript[-2].option is None


def test_hint_follows_the_conversation():
    session = Session("corner_shop_snacks")
    assert "brush-off" in session.hint()
    session.choose(1)
    assert session.hint()
