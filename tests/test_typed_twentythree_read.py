"""What blind_typed22's list (kept unread through the sixtieth round), blind_typed23's (measured on e10bb84 before
anything in it was read) and blind_typed24's (measured on c9bd190, then read) showed: customer lines that answer a question as if it were a summary, a request to meet a
colleague taken for a decision asked, a change of subject with no word that it is one, an acceptance that restates
terms nobody offered; and five well-handled conversations marked down by the rubric for words it misread. Each
simulator test replays a player's own lines up to the turn they listed.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn
from coursekit.sim import play_typed
from test_typed_twenty_read import _answer_to, _lines, assert_fits


_FITTING_ANSWERS = [
    # "a one month pilot in usaquén makes a lot of sense. at ur level tho what's the big goal, like what result would
    # tell u this was worth it for the group" (no question mark) was put right as a wrong summary
    pytest.param("blind_typed22", "clinic_rounds_bogota", 1, ("fifth clinic",), ("not what I told you", "understood"),
                 id="a_question_typed_without_its_mark_after_a_remark_is_answered"),
    # "So what I'm thinking is, um, we take over the books each month, … How does that sound as a starting point?" got
    # "I'm not sure, to be honest." as if asked a fact she did not have
    pytest.param("blind_typed22", "plumber_bookkeeping", 5, ("school contract",), ("not sure",),
                 id="a_plan_thought_aloud_is_a_proposal"),
    # "…that is what Kisumu shops ask. And the brands before, why did their lamps stay on the shelf? Or the brand
    # itself was the problem?" got "Yes, well. We'll see."
    pytest.param("blind_typed23", "distributor_nairobi", 1, ("lamp fails",), ("We'll see", "that's right"),
                 id="a_question_after_a_brush_off_played_back_is_answered"),
    # "May I now meet your operations manager…?" got "It sounds right. But it's a lot, and we need to talk it over…"
    pytest.param("blind_typed23", "clinic_rounds_bogota", 4, ("Andrés:",), ("talk it over",),
                 id="a_request_to_meet_a_colleague_lets_the_colleague_speak"),
    # "…u want a pilot in usaquén w marisol's team first, and what matters most to u as director is...?" asks the
    # director: Marisol's team named is no turn to Marisol
    pytest.param("blind_typed22", "clinic_rounds_bogota", 2, (), ("Marisol:",),
                 id="a_colleague_named_in_passing_is_not_addressed"),
    # "where r u thinking of holding it and what kind of food does the family enjoy" got the tasting and the cousin's
    # wedding, as if the question had not been heard
    pytest.param("blind_typed22", "anniversary_lunch", 1, ("Oh, ", "taste the menu"), (),
                 id="a_place_she_has_not_got_is_said_so_before_she_moves_on"),
    # "…we put a kit of spare seals on your shelf… Do you think this help with your uptime?" got "Yes, that's right."
    pytest.param("blind_typed23", "dairy_pump_seals", 6, (), ("that's right", "exactly"),
                 id="an_offer_asked_about_is_no_summary_to_confirm"),
    # blind_typed24 (measured on c9bd190), its list read for the round's second part
    # "sorry, which part did i get wrong" after "No, that's not what I told you." got "I'm not sure, to be honest."
    pytest.param("blind_typed24", "freight_spring_peak", 4, ("What I said was this.",), ("not sure",),
                 id="which_part_of_a_summary_was_wrong_gets_what_she_said"),
    # "Okay. What is it, and, um, when does it start?" right after her "Yes." to "is anything big coming up…?" got the
    # mixer story
    pytest.param("blind_typed24", "followup_oven_kumasi", 4, ("supermarket",), ("mixer",),
                 id="what_is_it_after_her_yes_asks_about_what_she_said_yes_to"),
    # "…is there anything in the next few days, such as travel, that I should plan for?" got "Maybe. But something
    # else weighs more with me. We've got a trip coming."
    pytest.param("blind_typed24", "pharmacy_rush_chicago", 2, ("Guadalajara",), ("Maybe.",),
                 id="a_question_about_the_need_an_answer_lacks_gets_the_need"),
    # "Before you decide, can I talk also with Marisol at front desk?" got the pilot in Usaquén ("with Marisol's
    # team" named her, it did not introduce her)
    pytest.param("blind_typed24", "clinic_rounds_bogota", 6, ("Marisol:",), ("Before all four clinics",),
                 id="a_colleague_named_as_someone_s_is_not_introduced_again"),
    # "How often this happen with the post office now?" got "Oh, we haven't got that far yet!"
    pytest.param("blind_typed24", "courier_lima_knitwear", 1, (), ("got that far", "not settled"),
                 id="a_number_she_has_not_got_is_no_plan_not_made_yet"),
    # blind_typed25 (measured only, on fc99adf; one player's list read at the round's end): "…then we try it together
    # here, and I compare with our pharmacy device… Would you like that?" got "Hm. For me it comes down to one thing.
    # I'd like to try it once." (and the same wish twice more while the trial went on)
    pytest.param("blind_typed25", "pharmacy_monitor", 3, ("your own machine",), ("try it once",),
                 id="a_trial_offered_is_not_asked_for_again"),
]


@pytest.mark.parametrize("folder, scenario, k, present, absent", _FITTING_ANSWERS)
def test_a_listed_turn_gets_an_answer_that_fits_it(folder, scenario, k, present, absent):
    assert_fits(folder, scenario, k, present, absent)


def test_a_place_she_has_not_got_is_said_first_in_words_of_her_own():
    from coursekit.i18n import t
    from coursekit.sim.replies import variant_ids

    reply = _answer_to("blind_typed22", "anniversary_lunch", 1)  # "where r u thinking of holding it…"
    assert any(reply.startswith(t(v)) for v in variant_ids("sidestep", "talkative")), reply


def test_an_accepted_offer_is_not_restated_with_terms_nobody_offered():
    # "i can put u on a priority tech visit tomorrow 8 to 10am, ill call u myself by 6pm…" was met with "A time today,
    # a text when he's on the way, your direct number and a call at five." (she had asked for a call herself)
    session = play_typed("outage_call_toronto", _lines("blind_typed23", "outage_call_toronto"))
    accepted = session.transcript[-1].text
    assert session.outcome == "won"
    assert "direct number" not in accepted and "call at five" not in accepted and "on the way" not in accepted


def test_a_won_plumber_does_not_put_the_start_off_nor_say_good_twice():
    session = play_typed("plumber_bookkeeping", _lines("blind_typed23", "plumber_bookkeeping"))
    last = session.transcript[-1].text
    assert session.outcome == "won"
    assert "March" not in last and last.count("Good.") <= 1


@pytest.mark.parametrize("scenario", ["anniversary_lunch", "dairy_pump_seals", "freight_spring_peak", "haulage_fuel",
                                      "pharmacy_monitor"])
def test_a_well_handled_conversation_is_not_marked_down_for_words_misread(scenario):
    # each lost 30 points or was capped at 10 when measured: a summary checked with "is that right?" (leading), "we
    # agree the trial…" (leading), examples left open to choose from (stuffed), "what do you actually know about where
    # it goes" (a put-down), trying the monitor on together after she asked to try it (pressure), and the spoken
    # fillers of a talkative trainee beside a man of few words (talking at him)
    report = play_typed(scenario, _lines("blind_typed23", scenario)).report()
    assert report.limits == ()
    assert report.total >= 85


def test_trying_it_while_she_is_here_is_no_upsell():
    # blind_typed25's phone, 30 points lost: "…so please try it once while you are here."
    assert "upsell" not in analyse_turn("Good; I have added the button and turned the call volume up, so please try it "
                                        "once while you are here.").moves


@pytest.mark.parametrize("turn, move", [
    ("While you are here, can I show you our premium case?", "upsell"),
    ("You'd like the premium plan, right?", "leading"),
    ("So we agree the premium plan is the one for you?", "leading"),
    ("Do you actually know the difference?", "rudeness"),
])
def test_the_gaming_versions_of_those_words_are_still_read(turn, move):
    assert move in analyse_turn(turn).moves


def test_a_list_of_need_words_left_open_is_still_a_stuffed_question():
    from coursekit.scoring import score_dialogue

    report = score_dialogue([
        {"speaker": "customer", "text": "I need a new phone plan."},
        {"speaker": "trainee", "text": "What matters to you, is it price, quality, service, trust, reputation, the "
                                       "experience, your goals, something else?"},
        {"speaker": "customer", "text": "Price, mostly."}])
    assert report.cap is not None and "stuffed" in report.cap_reason


def test_an_accepted_list_leaves_out_the_item_nobody_offered():
    # "Honey, drops and the humidifier, and your number for the trip." to a trainee who offered the first three
    last = play_typed("pharmacy_rush_chicago", _lines("blind_typed24", "pharmacy_rush_chicago")).transcript[-1].text
    assert "humidifier" in last and "your number" not in last


def test_a_doubt_answered_is_not_said_again_word_for_word_at_the_next_proposal():
    session = play_typed("clinic_rounds_bogota", _lines("blind_typed24", "clinic_rounds_bogota"))
    doubt = session.scenario.objection("talk_it_over").says[0]
    said = [line.text for line in session.transcript if line.speaker == "customer"]
    assert sum(doubt in line for line in said) <= 1


def test_a_trial_proposed_in_the_past_tense_is_a_proposal_not_a_stuffed_question():
    assert "closing" in analyse_turn("what if we ran a trial in march on some of ur pallets so u can see our tracking "
                                     "and contact setup before april").moves
    assert play_typed("freight_spring_peak", _lines("blind_typed24", "freight_spring_peak")).report().limits == ()
