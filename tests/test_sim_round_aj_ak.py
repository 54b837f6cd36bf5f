"""Rounds AJ and AK (blind play-tests, 2026-12-02): what the games showed, replayed.

A question the customer never answered may be asked again in other words; a summary of what she never
said is put right even while an objection is open; "is anything still not quite right for you?" asks,
"…I should fix while I have you?" asks what else is wrong; put-downs framed politely are put-downs; proof
from another customer is evidence; a leading "summary" is no fair summary in the simulator; once the
simulator's customer has confirmed a need, a proposal is no push.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from coursekit.scoring import analyse_turn
from coursekit.sim import Session, play_typed

GAMES = Path(__file__).parent / "data" / "typed_games"


def _report(game_id: str):
    game = json.loads((GAMES / f"{game_id}.json").read_text(encoding="utf-8"))
    return play_typed(game["scenario"], game["answers"], seed=game["seed"]).report()


def test_a_question_the_customer_did_not_answer_can_be_asked_again_in_other_words():
    session = Session("haulage_fuel")
    first = session.say("What worries you most about the coming months?")
    assert not first.revealed  # he answered something else (the time he has)
    again = session.say("What worries you the most about the months coming up?")
    assert again.revealed and "as i said" not in again.text.lower()


def test_the_same_question_after_it_was_answered_is_still_a_repeat():
    session = Session("anniversary_lunch")
    session.say("What would make the day really special for your mum and dad?")
    again = session.say("What would make the day really special for your mum and dad?")
    assert not again.revealed


def test_a_summary_of_what_she_never_said_is_put_right_while_an_objection_is_open():
    session = Session("corner_shop_snacks")
    session.say("Of course, I won't keep you long. How's the shop been doing lately?")
    trust = session.state.trust
    reply = session.say("So your till crashes every Friday and your supplier is closing down. Did I get that right?")
    assert session.state.trust < trust, reply.text


@pytest.mark.parametrize("text, move, present", [
    ("Of course, talk it over with her. Can I ask what you'd want to think over - is there anything that's still "
     "not quite right for you?", "leading", False),
    ("You'd love the premium one, right?", "leading", True),
    ("You'll want the top model, won't you?", "leading", True),
    ("Is there anything else going on that I should fix while I have you?", "upsell", False),
    ("While I have you, can I tell you about our premium cover?", "upsell", True),
    ("losing ten loaves a batch is, frankly, not how a serious bakery should be run.", "rudeness", True),
    ("with the greatest respect, most logistics managers just dont plan spring properly", "rudeness", True),
    ("And I'll give you last season's figures from a distributor in Eldoret - she's happy to take your call.",
     "evidence_offer", True),
    ("I can put you in touch with a baker who runs two of them.", "evidence_offer", True),
    # rounds AL and AM
    ("You're right, and I won't make excuses - you should have heard it from us, not your housekeeper.", "argument", False),
    ("You should have called us first.", "argument", True),
    ("Then as a next step, shall I come next week to sit with Marisol and Andrés, and we agree the start date "
     "for the trial?", "leading", False),
    ("So we agree the premium plan is the best fit?", "leading", True),
    ("Which evening next week suits you best?", "commitment", True),
    ("First step would be a tasting - would one evening next week work for you both?", "commitment", True),
    ("Would a day off work for you help?", "commitment", False),
    ("Don't worry, this one is clinically validated, stores ninety readings and detects an irregular heartbeat.",
     "pitch", True),
    # round AO
    ("This one is clinically validated, and it's on offer this week. Have you used one before?", "pressure", True),
    ("Sure, we can show you. You'll want the premium model too, with the heart-rhythm alarm.", "upsell", True),
    ("Then I'll ring up the premium model with the extended warranty.", "upsell", True),
    ("Lovely, then let's get you the premium one today. Cash or card?", "closing", True),
    ("Oh, supermarket ones are cheap, ours are much more accurate, that won't happen with this one.", "argument", True),
    # rounds AP and AQ
    ("Just so you know the June dates go fast.", "pressure", True),
    ("Shall I put down eighty guests with the standard package? Most families take it.", "pressure", True),
    ("Shall I put down eighty guests, and add the champagne reception?", "upsell", True),
    ("Honestly, yeah, the rear calipers are seized. I wouldn't leave it long.", "pressure", False),
    ("Wouldn't our golden wedding package be the perfect way to make your parents happy?", "leading", True),
    ("Wouldn't the morning be the best time for you?", "leading", False),
    # rounds AR and AS
    ("When you think about month-end as it runs today, where does the time actually go?", "pitch", False),
    ("It runs on any laptop and has a big screen.", "pitch", True),
    ("Can you tell me how a new brand becomes something your shops want to order again?", "closing", False),
    ("Want to go ahead?", "closing", True),
])
def test_moves_read_from_rounds_aj_to_as(text, move, present):
    assert (move in analyse_turn(text).moves) is present


@pytest.mark.parametrize("game_id", ["AJ01", "AJ07"])
def test_a_good_game_is_not_charged_for_a_push_or_a_leading_question_it_does_not_hold(game_id):
    report = _report(game_id)
    assert not report.limits and report.total >= 80, report.summary


def test_an_upset_customer_asked_what_else_to_fix_is_not_upsold():
    report = _report("AK08")
    assert not report.limits, report.limits
    loop = next(c for c in report.criteria if c.id == "closing_the_loop")
    assert loop.score == loop.maximum, loop.feedback


@pytest.mark.parametrize("game_id", ["AJ14", "AK12"])
def test_polite_put_downs_in_a_gaming_game_hold_it_down(game_id):
    report = _report(game_id)
    assert report.total <= 10 and any("put-down" in x or "insult" in x for x in report.limits), report.limits


# -- rounds AL and AM ---------------------------------------------------------------------------------

def test_a_summary_with_made_up_details_among_true_ones_is_put_right():
    session = Session("pharmacy_monitor")
    session.say("What did your doctor ask you to do with it?")
    trust = session.state.trust
    reply = session.say("Let me check I've got it: morning and evening for two weeks, your daughter will help you "
                        "upload the readings to the surgery, and you'd prefer a model with a talking display. Is that right?")
    assert session.state.trust < trust and "understood" not in reply.text.lower(), reply.text
    fair = Session("pharmacy_monitor")
    fair.say("What did your doctor ask you to do with it?")
    reply = fair.say("Let me check I've got it: morning and evening, for two weeks. Is that right?")
    assert fair.state.trust >= trust, reply.text


@pytest.mark.parametrize("stated, expected", [
    ("morning and evening for two weeks, your daughter will help you upload the readings to the surgery, and "
     "you'd prefer a model with a talking display", 2),
    ("morning and evening for two weeks, and getting reliable numbers matters greatly to your family", 1),
    ("morning and evening for two weeks; I'll show you how the cuff goes on and we'll check it against our machine", 0),
])
def test_the_parts_of_a_summary_the_customer_never_said(stated, expected):
    from coursekit.scoring.playback import made_up_parts
    from coursekit.scoring.words import content_words

    heard = content_words("My doctor wants me to measure morning and evening for two weeks.")
    assert len(made_up_parts(stated, heard, content_words)) == expected


def test_a_question_for_a_fact_is_not_answered_yes_or_no():
    assert "yes" not in Session("drill_for_saturday").say("Who is it for?").text.lower()
    assert Session("drill_for_saturday").say("Is it for walls?").text.startswith("Yes")
    assert "not especially" not in Session("pharmacy_monitor").say("Hello! Who is the monitor for?").text.lower()



def test_an_emoticon_ends_a_sentence_in_chat():
    from coursekit.scoring import classify_question

    assert classify_question("welcome, just looking is fine :) how do you use your phone day to day?").form == "open"
    assert classify_question("Meeting at 10:30: can you make it?").form == "closed"


@pytest.mark.parametrize("game_id, at_least", [("AM01", 80)])
def test_good_games_of_round_al_am_are_not_charged_for_what_they_did_not_do(game_id, at_least):
    report = _report(game_id)
    assert not report.limits and report.total >= at_least, report.summary


def test_a_good_game_that_never_met_the_price_doubt_meets_it_at_its_proposal():
    # AL05 was written when a typed proposal could pass the hotel's price doubt, which the script raises in the middle
    # (fifty-eighth round): its plan now brings the doubt out, its last line does not answer it, and the report says so
    # without charging anything it did not do
    report = _report("AL05")
    assert not report.limits
    assert "'too expensive' objection was left open" in report.practise_next


@pytest.mark.parametrize("game_id", ["AL12", "AM14"])
def test_made_up_summaries_and_a_yes_claimed_for_the_customer_hold_a_gaming_game_down(game_id):
    report = _report(game_id)
    assert report.total <= 30, report.summary


def test_a_next_step_the_customer_objects_to_is_not_agreed():
    report = _report("AK13")
    loop = next(c for c in report.criteria if c.id == "closing_the_loop")
    assert loop.score == 0, loop.feedback


def test_a_summary_glued_to_a_push_is_named_for_what_it_did():
    report = _report("AK12")
    confirming = next(c for c in report.criteria if c.id == "confirming_understanding")
    loop = next(c for c in report.criteria if c.id == "closing_the_loop")
    assert "used to sell" in confirming.feedback and "push for the order" in loop.feedback


def test_a_cap_counts_the_trainee_turns_not_the_customer_walking_out():
    from coursekit.scoring import score_dialogue

    report = score_dialogue([
        {"speaker": "customer", "text": "I am disappointed with your laundry; it embarrassed us in front of a wedding party."},
        {"speaker": "trainee", "text": "With respect, madam, we wash for thirty hotels and nobody else has complained."},
        {"speaker": "customer", "text": "Then wash for twenty-nine. I don't think we'll be doing business. Goodbye."},
    ])
    assert report.cap is not None and "turns like this" not in report.cap_reason, report.cap_reason


def test_calm_credits_a_next_step_with_a_time_once_the_problem_is_known():
    from coursekit.scoring import score_dialogue

    turns = [
        {"speaker": "customer", "text": "This is ridiculous! My line has been dead since yesterday and nobody came."},
        {"speaker": "trainee", "text": "I'm so sorry, that's awful when you depend on it. Can you tell me what happened "
                                       "since it went down?"},
        {"speaker": "customer", "text": "The light blinks orange and the technician never showed up between eight and noon."},
        {"speaker": "trainee", "text": "Thank you. I've booked a technician for tomorrow between eight and ten, and I'll "
                                       "call you at seven tonight to confirm his name."},
        {"speaker": "customer", "text": "All right. Thank you."},
    ]
    calm = score_dialogue(turns).criterion("calm_with_upset_customer")
    assert calm.score == calm.maximum, calm.feedback
    calm_without = score_dialogue(turns[:3] + [{"speaker": "trainee", "text": "Thanks. Anything else?"},
                                               {"speaker": "customer", "text": "No."}]).criterion("calm_with_upset_customer")
    assert calm_without.score < calm_without.maximum, calm_without.feedback


def test_a_check_of_the_fix_follows_something_done():
    from coursekit.scoring import score_dialogue

    def loop(trainee_line: str):
        return score_dialogue([
            {"speaker": "customer", "text": "The oven's left deck has been burning the bottoms since last week."},
            {"speaker": "trainee", "text": trainee_line},
            {"speaker": "customer", "text": "Yes, it's working now."},
        ]).criterion("closing_the_loop")

    assert loop("Is the fan working?").score == 0  # a diagnosis: nothing was done yet
    fixed = loop("I've reset the deck controller from here. Is the fan working now?")
    assert fixed.score == fixed.maximum, fixed.feedback


# -- rounds AN and AO ---------------------------------------------------------------------------------

def test_a_customer_in_a_hurry_who_asked_where_to_pay_pays_when_told():
    report = _report("AN06")
    assert report.outcome == "won" and not report.limits, report.limits


def test_what_else_every_turn_finds_nothing_more_the_third_time():
    session = Session("pharmacy_monitor")
    session.say("What did your doctor ask you to do with it?")
    assert session.say("What else?").revealed
    assert session.say("Anything else that matters to you?").revealed
    assert not session.say("Is there anything else at all?").revealed  # her goal is still untold
    # a real question about the need brings it out
    assert session.say("And for you personally, what's the goal behind keeping an eye on it?").revealed


def test_a_parrot_loop_of_summaries_and_what_else_stays_low():
    assert _report("AN12").total <= 40



def test_a_pushy_sale_to_a_nervous_customer_does_not_score_as_a_good_one():
    assert _report("AO10").total <= 40


def test_a_summary_with_three_short_made_up_details_is_put_right():
    session = Session("anniversary_lunch")
    session.say("Congratulations! What would make the day perfect?")
    reply = session.say("So let me check I've got it in your words: Mum and Dad feel it's their day without lifting a "
                        "finger, a hundred and twenty guests in the garden, a string quartet, a champagne toast, and your "
                        "budget is no object. Is that right?")
    assert "understood" not in reply.text.lower() and "exactly" not in reply.text.lower(), reply.text


def test_a_genuine_no_need_respected_by_leaving_the_right_way_is_nearly_handled():
    report = _report("AM06")
    handled = next(c for c in report.criteria if c.id == "objections_handled")
    assert handled.score >= 0.6 * handled.maximum and "respected" in handled.feedback, handled.feedback


# -- rounds AP and AQ ---------------------------------------------------------------------------------

def test_one_question_to_each_person_at_the_table_is_no_stack():
    report = _report("AP02")
    assert not report.limits and report.total >= 80, report.limits


@pytest.mark.parametrize("game_id", ["AP11", "AQ14"])
def test_a_pushy_or_made_up_sale_of_round_ap_aq_stays_low(game_id):
    assert _report(game_id).total <= 40



def test_a_yes_claimed_with_so_you_agree_is_the_sale_declared_done():
    from coursekit.scoring.exchange import parse_turns

    turn = parse_turns([{"speaker": "trainee", "text": "Great, so you agree: I'll book the package and take the deposit now."}])[0]
    assert turn.reader.says("declares_done", turn.text.lower())


def test_an_accurate_summary_before_a_hard_close_is_not_called_made_up():
    session = Session("haulage_fuel")
    session.say("What worries you most about the coming months?")
    session.say("What would change things for the business this year?")
    reply = session.say("So your big customer wants CO2 figures per trip by January, or they re-tender. Did I get that "
                        "right? Good, then sign the full platform today, three-year term, and you're covered.")
    assert "said" not in reply.text.lower() and "told" not in reply.text.lower(), reply.text


# -- rounds AR and AS (played on the final code of the session) ----------------------------------------

@pytest.mark.parametrize("game_id", ["AR01", "AS03", "AS04"])
def test_good_games_of_round_ar_as_are_not_charged_for_a_push_or_a_pitch_they_did_not_make(game_id):
    report = _report(game_id)
    assert not report.limits and report.total >= 80, report.limits

