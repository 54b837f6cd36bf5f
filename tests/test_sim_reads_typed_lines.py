"""The customer answers what a typed line asks or offers (fifty-seventh round, from the notes of the trainees who
played blind_typed12 line by line).

A wh-question typed after a lead-in with no punctuation is a question, not a wrong summary; a filler tag after a
wh-question asks the wh-question; "I'm not here to do the pitch" disowns a sales talk; "I imagine it is not easy" and
"if you like, …" put no hypothetical; a close like another close of the scene in its words is not that other close;
a closed question after a long recommendation is matched on its own words; an offer that already holds the answer
to a doubt she has not said settles it; a question about an untold need is not "I told you already"; an open
question gets no bare "No."; "would that be a fair way to start, yeah?" proposes; "keep your phone" sells nothing.
"""
from __future__ import annotations

import json
from pathlib import Path

from coursekit.scoring import analyse_turn
from coursekit.scoring.question import question_form
from coursekit.sim import Session, play_typed
from coursekit.sim.asking import checks_summary, proposes

DATA = Path(__file__).parent / "data"


def _lines(path: str, scenario: str) -> list[str]:
    return json.loads((DATA / path).read_text(encoding="utf-8"))[scenario]


def _replies(path: str, scenario: str, count: int) -> list[str]:
    """The customer's replies to the first `count` typed lines of a stored path."""
    session = Session(scenario, seed=0)
    return [session.say(line).text for line in _lines(path, scenario)[:count]]


def test_a_typed_wh_question_after_a_lead_in_is_a_question_not_a_summary():
    text = "thx. and looking at april and may what would a good season look like for u"
    assert "paraphrase" not in analyse_turn(text).moves
    assert question_form("and looking at april and may what would a good season look like for u").form == "open"
    reply = _replies("blind_typed12/typed_paths.json", "freight_spring_peak", 4)[-1]
    assert "not what I told you" not in reply and "never said" not in reply
    assert "Spring" in reply or "season" in reply


def test_a_wh_clause_told_after_a_verb_is_no_question():
    for told in ("i know what would make you happy", "so the main worry is what would happen if it broke"):
        assert not question_form(told).is_question


def test_disowning_a_pitch_is_no_put_down():
    spoken = ("Thanks, um, and honestly I'm not here to do the pitch, you've clearly heard it all. I'd rather, like, "
              "learn from you... what's on your plate this year in finance?")
    assert "rudeness" not in analyse_turn(spoken).moves
    assert "rudeness" in analyse_turn("We're not here to do your homework for you.").moves


def test_a_close_more_like_another_close_is_not_the_stock_contract_offer():
    # "…a pilot where your team runs one real month-end in the new system…, only after that do we talk contract.
    # Could we book a call next week to pick which month and what data we'd need?"
    replies = _replies("blind_typed12/typed_paths.json", "erp_month_end", 8)
    assert all("drawer" not in r for r in replies)


def test_a_closed_question_after_a_recommendation_is_matched_on_its_own_words():
    # "…a gentle honey-based children's syrup for bedtime and a saline spray…; is there anything in the next few
    # days, such as travel, that I should take into account before you go?"
    reply = _replies("blind_typed12/typed_paths.json", "pharmacy_rush_chicago", 3)[-1]
    assert "spat it out" not in reply and ("trip" in reply or "Guadalajara" in reply)  # (the trip itself, since the sixty-first round)


def test_a_filler_tag_after_a_wh_question_asks_the_wh_question():
    clause = "quick one so i point you at the right one, what are you, drilling into, yeah?"
    assert question_form(clause).form == "open"
    assert question_form("so you need it by friday, right?").reason == "tag"
    reply = _replies("blind_typed12/typed_paths.json", "drill_for_saturday", 1)[-1]
    assert not reply.startswith("Yes") and "Concrete" in reply


def test_an_offer_that_already_answers_her_unsaid_doubt_is_taken():
    # "Short version: rent our hammer drill for the day, plus heavy-duty concrete plugs and screws…, okay?" is not met
    # with "That much for a drill I'll use twice?"
    replies = _replies("blind_typed12/typed_paths.json", "drill_for_saturday", 5)
    assert all("use twice" not in r for r in replies)
    assert "useful" in replies[-1]


def test_a_question_about_an_untold_need_is_not_told_already():
    reply = _replies("blind_typed12/typed_paths.json", "no_need_phone_chengdu", 2)[-1]
    assert "told you already" not in reply and "worries" in reply


def test_an_open_question_gets_no_bare_no():
    # "…could you tell me what time window you had been given yesterday…?"
    reply = _replies("blind_typed12/typed_paths.json", "outage_call_toronto", 4)[-1]
    assert not reply.startswith("No.")


def test_a_fair_way_to_start_is_a_proposal_not_a_summary_check():
    offered = _lines("blind_typed12/typed_paths.json", "dairy_pump_seals")[7]
    assert offered.endswith("Would that, like, be a fair way to start, yeah?") and proposes(offered)
    assert not checks_summary("Would that be a fair way to start?")
    assert checks_summary("Is that a fair summary?")
    replies = _replies("blind_typed12/typed_paths.json", "dairy_pump_seals", 8)
    assert replies[-1] != "Yes, that's right."


def test_sympathy_and_courtesy_put_no_hypothetical():
    assert "hypothesis" not in analyse_turn("Twenty years is a long relationship, and I imagine it is not easy to lose "
                                            "someone. What did you value most?").moves
    assert "hypothesis" not in analyse_turn("And if you like, before you go, I can show you the video call on your own "
                                            "phone once - would you like that?").moves
    for test in ("Imagine it is fixed by Friday, would you stay?", "if you want it by friday, would you order today?",
                 "If the price were right for you, would this kit be what you need?"):
        assert "hypothesis" in analyse_turn(test).moves, test


def test_letting_her_keep_her_phone_sells_her_nothing():
    # "ok, no problem. keep ur phone, it suits u. if it ever stops working or ur son wants to talk, come back…"
    session = Session("no_need_phone_chengdu", seed=0)
    for line in _lines("blind_typed5/typed_paths.json", "no_need_phone_chengdu")[:10]:
        if not session.finished:
            session.say(line)
    said = " ".join(line.text for line in session.transcript if line.speaker == "customer")
    assert "if you think so" not in said and session.outcome != "won"


# -- second part of the round: blind_typed13, measured once on the first part and then read --------------------------

def test_a_today_of_the_next_question_is_no_push_for_a_decision():
    # the clinic director no longer ends the meeting after the trainee's first, formal question
    first = _lines("blind_typed13/typed_paths.json", "clinic_rounds_bogota")[0]
    assert "pressure" not in analyse_turn(first).moves
    session = Session("clinic_rounds_bogota", seed=0)
    session.say(first)
    assert not session.finished
    for pushed in ("Can you sign today?", "Could you decide by tonight, and what would help?"):
        assert "pressure" in analyse_turn(pushed).moves


def test_help_offered_while_she_is_here_sells_nothing():
    helped = ("Okay, good. Um, is there maybe something small I could help with while you're here, like, checking it's up "
              "to date, or something that would make your son worry a bit less...?")
    assert "upsell" not in analyse_turn(helped).moves
    assert "upsell" in analyse_turn("Is there something I could help with while you're here, like our new phone cases?").moves


def test_a_goodbye_once_the_step_is_agreed_ends_the_sale():
    # "Saturday after ten. The bakers are free then." … "See you Saturday, good luck with the baking today."
    session = Session("followup_oven_kumasi", seed=0)
    for line in _lines("blind_typed13/typed_paths.json", "followup_oven_kumasi"):
        if not session.finished:
            session.say(line)
    assert session.outcome == "won" and "Mm-hm." not in [line.text for line in session.transcript][-3:]


def test_asking_leave_to_leave_a_card_is_no_hypothesis_and_parts_politely():
    asked = ("So I won't try to sell you anything today. Would it be okay if I, um, left my card, and maybe got in touch "
             "with Mariana... or would you rather she contacts me?")
    assert "hypothesis" not in analyse_turn(asked).moves
    assert "hypothesis" in analyse_turn("If we could deliver by Friday, would you go ahead?").moves
    replies = _replies("blind_typed13/typed_paths.json", "no_need_stationery_shop", 5)
    assert "costs nothing to try" not in replies[-1] and "in touch" in replies[-1]


def test_her_worry_played_back_is_not_met_with_a_call_for_proof():
    # "…you don't want, like, two million bob stuck in stock… Is that it, yeah?"
    reply = _replies("blind_typed12/typed_paths.json", "distributor_nairobi", 3)[-1]
    assert "show me" not in reply


def test_a_question_in_a_turn_that_settles_her_doubt_is_answered_too():
    # "…so fuel is where the money goes and its also where the co2 comes from. how do u keep track of fuel per truck now"
    reply = _replies("blind_typed12/typed_paths.json", "haulage_fuel", 3)[-1]
    assert reply.startswith("All right.") and len(reply) > len("All right.") + 10


def test_an_open_question_gets_no_answer_to_a_hypothetical():
    reply = _replies("blind_typed13/typed_paths.json", "erp_month_end", 1)[-1]
    assert "seriously" not in reply and "three days" in reply


def test_a_favour_with_no_new_phone_is_thanked_not_argued():
    replies = _replies("blind_typed13/typed_paths.json", "no_need_phone_chengdu", 9)
    assert "settled" not in replies[-1] and "As I said" not in replies[-1]


def test_a_summary_with_nothing_in_it_checks_nothing():
    # a generic script ("Tell me about your situation." … "So if I understood you, that matters most. Is that right?" …
    # "Shall we go ahead?") won the courier at 96 before
    generic = ["Tell me about your situation.", "What matters most to you?", "What else?",
               "So if I understood you, that matters most. Is that right?", "If we could solve that, would you go ahead?",
               "Shall we go ahead?"]
    for scenario in ("courier_lima_knitwear", "no_need_stationery_shop"):
        session = Session(scenario, seed=0)
        replies = [session.say(line).text for line in generic]
        assert "Which part do you mean?" in replies[3], scenario
        assert session.outcome != "won"
    assert play_typed("courier_lima_knitwear", generic).report().total <= 80
    session = Session("courier_lima_knitwear", seed=0)
    for line in generic[:3]:
        session.say(line)
    told = session.say("So sixty parcels a month to the US, forty knitters you pay even when a parcel is lost, and one "
                       "person who speaks Spanish - is that right?").text
    assert "Which part" not in told
    wrap_up = ["What's most important to you?", "So you need the best option, is that right?", "What else?", "Shall we go ahead?"]
    assert play_typed("courier_lima_knitwear", wrap_up).outcome != "won"


def test_a_guess_that_the_customer_is_mistaken_is_an_argument():
    assert "argument" in analyse_turn("Our van is never late, you must be mistaken.").moves


def test_advice_to_open_a_question_quotes_the_question_not_the_summary_before_it():
    lines = ["Congratulations! Tell me a bit about your parents and what you picture for the day.",
             "So the heart of it is that your mum gets to sit down for once, not cook. How many guests, and any dietary needs?",
             "Is there anything about the food itself that would make it feel like their day?",
             "Would it help if you and your sister came in for a tasting first?"]
    report = play_typed("anniversary_lunch", lines).report()
    advice = next(c.feedback for c in report.criteria if c.id == "open_questions")
    assert "How many guests" in advice and "heart of it" not in advice
