"""The customer's reply fits the shape of what the trainee typed (fifty-fifth round, from the notes of the trainees
who played blind_typed6 line by line).

A summary that ends on a new question of its own gets that question answered, not "Yes, that's it exactly"; a
hypothetical that asks the customer to picture something is answered, not said yes to; a hypothesis test is
said yes to as one ("Put like that, yes, I would."), not as a fact confirmed; a long turn she still says yes to
is not first called too much to take in; and the rubric no longer reads a question about the customer's own
deals as a push, nor "so that I have the full picture" as a pitch, nor the customer's own wish for proof as
proof offered.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.sim import Session, play_typed
from coursekit.sim.asking import checks_summary, proposes, question_part

DATA = Path(__file__).parent / "data"


def _replies(path: str, scenario: str, count: int) -> list[str]:
    """The customer's replies to the first `count` typed lines of a stored path."""
    lines = json.loads((DATA / path).read_text(encoding="utf-8"))[scenario][:count]
    session = Session(scenario, seed=0)
    return [session.say(line).text for line in lines]


def _session(path: str, scenario: str, count: int) -> Session:
    """A session after the first `count` typed lines of a stored path."""
    lines = json.loads((DATA / path).read_text(encoding="utf-8"))[scenario][:count]
    session = Session(scenario, seed=0)
    for line in lines:
        session.say(line)
    return session


def test_a_summary_ending_on_a_new_question_gets_the_question_answered():
    # "Oh, that's lovely, the Sunday call with your grandson. And, um, does that video call go smoothly on your
    # phone now, like, the picture, the sound, the battery lasting, or is there a bit that gets tricky?"
    reply = _replies("blind_typed6/typed_paths.json", "no_need_phone_chengdu", 5)[-1]
    assert "exactly" not in reply and "understood" not in reply
    assert "battery" in reply.lower() or "two years" in reply.lower()


def test_a_who_question_after_so_is_answered_with_the_person():
    # "Ah, okay, so, um, whose decision will it be then, like, who's going to be running things later on?"
    reply = _replies("blind_typed6/typed_paths.json", "no_need_stationery_shop", 4)[-1]
    assert "Mariana" in reply


def test_a_hypothetical_that_asks_her_to_picture_it_is_answered_not_said_yes_to():
    # "…what would it look like for you if we got the relationship right, like, how often would you want to hear
    # from me, and about what?"
    reply = _replies("blind_typed6/typed_paths.json", "hotel_linen_jaipur", 6)[-1]
    assert not reply.startswith(("Yes, that's right", "Yes.")) and "problem" in reply


def test_a_hypothetical_about_support_brings_out_the_support_need():
    reply = _replies("blind/typed_paths.json", "drill_for_saturday", 3)[-1]  # "say you get stuck mid-job, how would you want us to back you up"
    assert "call" in reply


def test_a_long_summary_she_agrees_with_is_not_first_called_too_much():
    # (the stored player's fourth line plays back the retired accountant; since the fifty-eighth round the third line's
    # question gets another of his needs first, so the accountant is asked about before the summary)
    lines = json.loads((DATA / "blind_typed6/typed_paths.json").read_text(encoding="utf-8"))["plumber_bookkeeping"]
    session = Session("plumber_bookkeeping", seed=0)
    for line in lines[:3] + ["What kind of relationship would you want with a bookkeeper over the years?"]:
        session.say(line)
    reply = session.say(lines[3]).text
    assert "a lot to take in" not in reply and "right" in reply


def test_a_turn_a_little_over_long_is_not_remarked_on():
    # an apology and one question in a spoken voice (69 words): it costs patience, but she does not call it too much
    reply = _replies("blind_typed9/typed_paths.json", "hotel_linen_jaipur", 2)[-1]
    assert "a lot to take in" not in reply


def test_a_question_about_what_kind_gets_no_yes_in_front():
    # "what kind of wall is it - concrete, brick, or plasterboard - and how heavy will the shelves be?"
    reply = _replies("blind_typed9/typed_paths.json", "drill_for_saturday", 2)[-1]
    assert "Partly, yes" not in reply and "shelves" in reply


def test_a_booking_put_as_okay_for_you_closes_after_she_took_the_offer():
    # "That I'd pay for." - "Perfect. … I book Friday 9 o'clock … Okay for you?"
    session = _session("blind_typed9/typed_paths.json", "drill_for_saturday", 6)
    assert session.outcome == "won"


def test_a_brush_off_she_has_talked_past_is_not_said_again_at_the_close():
    replies = _replies("blind_typed9/typed_paths.json", "followup_oven_kumasi", 6)
    assert not any("trays go in at four" in reply for reply in replies[1:])


def test_an_offer_she_took_but_for_an_untold_need_settles_her_once_that_need_is_told():
    # tastings offered -> "Maybe. But … My regulars matter." -> asked about the regulars -> the offer put again
    session = _session("blind_typed9/typed_paths.json", "corner_shop_snacks", 11)
    assert session.outcome == "won"


def test_a_false_start_in_a_proposal_still_proposes():
    reply = _replies("blind_typed9/typed_paths.json", "hotel_linen_jaipur", 6)[-1]  # "Would that, um, would that be acceptable…"
    assert "understood me" not in reply


def test_a_hypothesis_test_is_said_yes_to_as_one():
    # "That I understand - you want a partner for years, not a vendor who disappears after go-live. If we put it in
    # writing that the same consultant and I stay your contacts, …?" (with nothing on the table: a trial close)
    # (the player's own proposal before it is left out: with every need told it now makes the sale, fifty-ninth round)
    lines = json.loads((DATA / "blind_typed6" / "typed_paths.json").read_text(encoding="utf-8"))["erp_month_end"]
    proposal = next(k for k, line in enumerate(lines) if line.startswith("Clear:"))
    test = next(line for line in lines if line.startswith("That I understand - you want a partner"))
    session = Session("erp_month_end", seed=0)
    for line in lines[:proposal]:
        session.say(line)
    assert session.say(test).text in {"If it worked like that, yes.", "Put like that, yes, I would."}


def test_a_check_question_about_their_own_deals_is_no_push():
    reply = _replies("blind_typed6/typed_paths.json", "consulting_suzhou", 5)[-1]
    assert "rush" not in reply
    turn = analyse_turn("understood. quick check tho, when they close an order today, is there nearly always a discount in it")
    assert not turn.moves & {"pressure", "discount"}
    # the push and the discount offered are still read as such
    assert "pressure" in analyse_turn("Would you sign today?").moves
    assert "discount" in analyse_turn("Is there a discount that would make this work for you?").moves


def test_good_typed_paths_are_no_longer_capped_by_misread_moves():
    suzhou = json.loads((DATA / "blind_typed6/typed_paths.json").read_text(encoding="utf-8"))["consulting_suzhou"]
    assert play_typed("consulting_suzhou", suzhou, seed=0).report().total >= 80  # was 10: read as pressure
    toronto = json.loads((DATA / "blind_typed6/typed_paths.json").read_text(encoding="utf-8"))["outage_call_toronto"]
    # (was 42: read as a pitch; since the fifty-sixth round "I will make sure you get a firm time" no longer asks about
    # her doubts, so the player's later lines answer an objection she does not raise in the replay: no cap is the point)
    assert not play_typed("outage_call_toronto", toronto, seed=0).report().limits


@pytest.mark.parametrize("text, move, read", [
    ("May I ask you to tell me what happened from the start, so that I have the full picture?", "pitch", False),
    ("We have the full range in stock.", "pitch", True),
    ("Yes, you are right to want proof, not words. Tell me what the earlier brands did wrong.", "evidence_offer", False),
    ("I can give you proof: the lab report.", "evidence_offer", True),
    # fifty-sixth round (blind_typed10 read)
    ("So your shops need a lamp that sells quickly and charges a phone; what went wrong with the brands before?", "pressure", False),
    ("These sell out quickly, so I would decide today.", "pressure", True),
    ("Great. Here you go, all done.", "paraphrase", False),
    ("Then may I suggest that we prove it on your own line: we fit one pump at our cost; would you agree to start that "
     "trial, and could we meet next week to set the date?", "closing", True),
    ("Would you agree that the seals are the main problem?", "closing", False),
    ("So let me test something: if you had one named bookkeeper you can phone and the fee kept small until your "
     "payment lands... would that be something you would want to try?", "hypothesis", True),
    # fifty-sixth round, part three (blind_typed11 read)
    ("Could you tell me what's going on across the four clinics that made online booking feel like the answer right now?",
     "pressure", False),
    ("I need you to answer right now.", "pressure", True),
    ("With sale or return none of your money goes in until a shop pays you. Does that deal with it?", "rudeness", False),
    ("Deal with it.", "rudeness", True),
    ("It is my pleasure; shall I go ahead with the check right now while you sit down for a moment?", "pressure", False),
    ("If I may repeat it to be sure I have it right, there were yellow marks on sheets twice this month, is that correct?",
     "hypothesis", False),
])
def test_what_the_turn_does_is_read_not_the_word(text, move, read):
    assert (move in analyse_turn(text).moves) is read


@pytest.mark.parametrize("text, form", [
    ("Would you be willing to tell me a little more about what worries you?", "open"),
    ("Are you able to tell me what happened?", "open"),
    ("Would you be able to come on Tuesday?", "closed"),
])
def test_a_polite_invitation_to_tell_is_an_open_question(text, form):
    assert analyse_turn(text).question.form == form


def test_asking_whether_it_works_is_not_a_proposal():
    assert not proposes("Let me put it simply: when you make the call, is there anything that goes wrong, "
                        "or does it work fine every time?")
    assert proposes("I can bring it on Friday. Would that work for you?")


@pytest.mark.parametrize("question, checks", [
    ("Is that a fair summary, or did I miss something?", True),
    ("is the main thing something safe for her age before you leave?", True),
    ("does the video call go smoothly on your phone now?", False),
])
def test_a_check_of_the_summary_is_told_from_a_new_question(question, checks):
    assert checks_summary(question) is checks


def test_the_rubric_total_of_a_pushy_close_is_unchanged():
    pushy = [{"speaker": "customer", "text": "I'm looking for a printer for the office."},
             {"speaker": "trainee", "text": "Great, this one is on offer. If you order today I can knock ten percent off."},
             {"speaker": "customer", "text": "I'd like to think about it."},
             {"speaker": "trainee", "text": "The offer ends tonight, so you'd better decide now."}]
    assert score_dialogue(pushy).total <= 40


# -- second part of the round: the notes of the players of blind_typed7 ------------------------------------------

def test_good_typed_paths_of_the_second_players_are_not_capped():
    paths = json.loads((DATA / "blind_typed7/typed_paths.json").read_text(encoding="utf-8"))
    # each was capped at 0-10 though the customer bought: "so the phones calm down" read as telling her to calm down,
    # "I book it now at the counter" as pressure, a long hypothesis test as a stuffed question, "ask one quick
    # question while you're at it" as an upsell, the post office asked about again after she dodged it as a repeat
    for scenario in ("clinic_rounds_bogota", "drill_for_saturday", "hotel_linen_jaipur", "corner_shop_snacks",
                     "courier_lima_knitwear"):
        assert play_typed(scenario, paths[scenario], seed=0).report().total >= 80, scenario


@pytest.mark.parametrize("text, move, read", [
    ("So the reminders go out on WhatsApp so the phones calm down.", "rudeness", False),
    ("Calm down, madam.", "rudeness", True),
    ("Tell me quickly, what kind of cough she has?", "rudeness", False),
    ("Make it quick.", "rudeness", True),
    ("i book it now at the counter, takes 2 min. shall i", "pressure", False),
    ("You should book it now.", "pressure", True),
    ("Could I just ask one quick question while you're at it, and then I'll leave the card?", "upsell", False),
    ("While you're at it, why not add the premium pack?", "upsell", True),
    ("so if I were to take personal responsibility for your account, with a guaranteed delivery by eleven, a quality "
     "check on every batch before it leaves our plant, and a call from me the moment anything is amiss, would that give "
     "you the confidence you need for the season?", "hypothesis", True),
])
def test_the_second_players_lines_are_read_for_what_they_do(text, move, read):
    assert (move in analyse_turn(text).moves) is read


def test_a_question_after_a_lead_in_adverb_is_still_open():
    assert analyse_turn("so may I ask simply what would need to change for you to trust our linen again?").question.form == "open"


def test_a_polite_exit_with_the_door_left_open_ends_the_visit():
    # "…you are welcome to come back at any time, and your son may call me too …; would that be all right with you?"
    reply = _replies("blind_typed7/typed_paths.json", "no_need_phone_chengdu", 8)[-1]
    assert "come back to you" in reply and "haven't settled" not in reply


def test_an_open_question_with_a_fact_question_joined_on_gets_no_yes():
    # "…could you tell me how the new till program has been working for you since the renewal, and who looks after it?"
    reply = _replies("blind_typed7/typed_paths.json", "no_need_stationery_shop", 1)[0]
    assert not reply.startswith(("Partly", "Yes", "No"))


def test_a_plan_put_for_her_view_or_for_a_day_is_a_proposal():
    assert proposes("Then my suggestion: we meet one hour next week, free of charge, and you see how I work. What do you think?")
    assert proposes("Free meeting at your office next week, and I bring a written offer. Tuesday or Thursday, which fits?")
    assert not proposes("How often do you meet them? Which one do you like best?")


def test_proof_asked_for_again_is_not_the_same_sentence_again():
    replies = _replies("blind_typed7/typed_paths.json", "distributor_nairobi", 8)
    wanted = [r for r in replies if "show me" in r.lower() or "see it" in r.lower()]
    assert len(wanted) >= 2 and len(set(wanted)) == len(wanted)


def test_getting_on_with_what_she_agreed_to_ends_the_sale():
    # "Yes, that works." - "Great. Here, two spoons before bed, dosage is on the box. …": no "And?"
    session = Session("pharmacy_rush_chicago", seed=0)
    lines = json.loads((DATA / "blind_typed7/typed_paths.json").read_text(encoding="utf-8"))["pharmacy_rush_chicago"]
    for line in lines[:5]:
        session.say(line)
    assert session.outcome == "won" and "And?" not in session.transcript[-1].text


def test_repeated_questions_the_customer_answered_still_cost_the_score():
    # a gamer asking the team size and the wish list twice over, each answered ("Six.", "Still six.")
    rows = [json.loads(line) for line in (DATA / "blind4/gaming_pairs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    repeated = [r for r in rows if r.get("kind") == "repeated_questions"]
    assert repeated and all(score_dialogue(r["gaming"]).total <= 50 for r in repeated)


# -- third part: the notes and scores of blind_typed8 (measured once, then read) -----------------------------------

@pytest.mark.parametrize("text, move, read", [
    ("That is a lovely reason to be in a hurry, and Saturday gives us a clear target; could you tell me about the walls?",
     "pressure", False),
    ("Hurry, before it is gone!", "pressure", True),
    ("…and it is your own uptime figure that your plant manager judges you on; have I got that right?", "argument", False),
    ("It is your own fault.", "argument", True),
    ("Excellent, then let us book it right now at the service desk just here; which of the two days suits you?",
     "pressure", False),
    ("You should book it right now.", "pressure", True),
    ("Thank you for that; would you be willing to let us fit our improved seal on one pump as a trial?", "closing", True),
    ("If we found a way for you to start small, would you be willing to try our lamps in one region?", "closing", False),
    ("Would you be willing to tell me a little more?", "closing", False),
])
def test_the_formal_players_lines_are_read_for_what_they_do(text, move, read):
    assert (move in analyse_turn(text).moves) is read


def test_from_your_experience_asks_a_view_not_about_the_experience_level():
    assert analyse_turn("From your experience, where do most of those ten days go?").need.label != "experience"
    assert analyse_turn("How was the whole experience for your guests?").need.label == "experience"


def test_reworded_stock_questions_are_the_same_question_in_the_simulator_too():
    lines = ["What matters most to you?", "What is most important for you?", "What's the main thing for you?",
             "What do you care about most?", "Which thing matters most?", "Shall we go ahead?"]
    session = play_typed("courier_lima_knitwear", lines, seed=0)
    assert session.report().total <= 40  # all five were credited (71) before
    assert any("asked me that" in t.text or "As I said" in t.text for t in session.transcript if t.speaker == "customer")


def test_a_follow_up_to_a_bare_answer_is_no_repeat():
    # a silent baker says "...Mm. Yes." to a two-part question; asking again what it is, or who trained them, asks
    # nothing twice (both turns name him, "Mr Asante", as every turn does)
    paths = json.loads((DATA / "blind_typed8/typed_paths.json").read_text(encoding="utf-8"))
    report = play_typed("followup_oven_kumasi", paths["followup_oven_kumasi"], seed=0).report()
    assert "same question" not in (report.dialogue.cap_reason or "") and report.total >= 60


def test_good_formal_paths_are_not_capped():
    paths = json.loads((DATA / "blind_typed8/typed_paths.json").read_text(encoding="utf-8"))
    assert play_typed("dairy_pump_seals", paths["dairy_pump_seals"], seed=0).report().total >= 80  # was 0
    assert play_typed("erp_month_end", paths["erp_month_end"], seed=0).report().total >= 70  # was 5


def test_outside_the_simulator_a_question_after_an_objection_can_still_be_a_repeat():
    # the objection-test and went-past-it readings are the simulator's (its customer answers from a script); in a
    # person's dialogue a price and "¿Qué fecha le gustaría?" after "y lo de los cargos?" stays what it was (41, not 56)
    rows = [json.loads(line) for line in (DATA / "es/blind31/gaming_pairs.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    assert score_dialogue(rows[25]["gaming"]).total <= 50


# -- fifty-sixth round, part two (blind_typed10 read) ------------------------------------------------------------------

def test_a_won_conversation_in_a_formal_voice_is_not_capped_as_stuffed():
    # "…; before I go, may I ask how you decide which brands you carry…?" and "Then may I suggest that we prove it on
    # your own line…; would you agree to start that trial, and could we meet next week to set the date?"
    for scenario in ("dairy_pump_seals", "distributor_nairobi"):
        session = _session("blind_typed10/typed_paths.json", scenario, 99)
        report = session.report()
        assert session.outcome == "won" and not any("stuffed" in limit for limit in report.limits), scenario


def test_a_hurried_customer_worn_out_by_long_turns_says_so_before_walking_out():
    session = _session("blind_typed10/typed_paths.json", "drill_for_saturday", 3)
    remark = session.transcript[-1].text  # ("Please, get to the point." or "Short version, please. I'm in a hurry.")
    assert not session.finished and ("get to the point" in remark or "Short version" in remark)


def test_making_sure_the_shelves_hold_is_no_question_about_her_doubts():
    reply = _replies("blind_typed10/typed_paths.json", "drill_for_saturday", 2)[-1]  # "…so that we make sure they hold"
    assert "steep" not in reply


def test_a_question_about_what_went_wrong_before_brings_out_the_bad_experience():
    reply = _replies("blind_typed10/typed_paths.json", "courier_lima_knitwear", 3)[-1]  # "…has the post office let u down"
    assert "Christmas" in reply


def test_the_question_a_turn_ends_on_runs_on_over_a_pause():
    # the customer answers "Have you had any experience… before... or someone you know?", not "or someone you know?"
    asked = question_part("…a slimmer arm, yeah? That's a good thing to, like, think about. Have you, um, had any "
                          "experience with these machines before... or someone you know?")
    assert asked == "Have you had any experience with these machines before... or someone you know?"


def test_an_offer_put_as_an_idea_is_not_taken_for_a_summary_she_never_said():
    # "so an idea, tell me if it doesnt suit: one small box on sale or return, … would u be willing to give it a try"
    reply = _replies("blind_typed10/typed_paths.json", "corner_shop_snacks", 5)[-1]
    assert "said that" not in reply


def test_a_favour_offered_to_a_customer_who_needs_nothing_is_thanked_for():
    # "Then I don't think you need new phone today. If you like, I can check your phone now for free: battery…"
    reply = _replies("blind_typed10/typed_paths.json", "no_need_phone_chengdu", 6)[-1]
    assert reply.startswith("Thank you")


def test_a_new_question_after_a_remark_about_worry_is_not_told_already():
    # "He is far away in Shenzhen, so of course he worry. Is there anything with your phone that is difficult…?"
    reply = _replies("blind_typed10/typed_paths.json", "no_need_phone_chengdu", 3)[-1]
    assert "told you already" not in reply


def test_a_courteous_clause_before_a_question_is_no_keyword_stuffing():
    turns = [{"speaker": "customer", "text": "Leave your price list. I'm busy, I'll look at it later."},
             {"speaker": "trainee", "text": "Asante, Mr Otieno, I will gladly leave the price list and I will respect your "
                                            "time; before I go, may I ask how you decide which brands you carry for your "
                                            "shops, and what experience you have had with solar brands so far?"},
             {"speaker": "customer", "text": "My shops sell what moves. The last brand came and went in a season."}]
    report = score_dialogue(turns)
    assert report.cap is None or "stuffed" not in (report.cap_reason or "")


def _conversation(*said: str) -> list[dict[str, str]]:
    """Alternating customer and trainee lines, the customer first."""
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(said)]


def test_a_proposal_that_meets_the_customers_own_condition_is_no_push():
    def proposed(step: str):
        return score_dialogue(_conversation(
            "Another solar brand. Leave me your price list.",
            "Happy to. Before I go, how do you decide which brands your shops carry?",
            "My shops sell what moves. A lamp that sits on a shelf for three months is dead money.",
            "What has happened with brands you took on before?",
            "My money is tied up. I can't put two million shillings into stock that might not move.",
            "So the worry is paying up front for stock that hasn't sold yet. What would make it work for you?",
            "If I didn't have to pay for it before it sells, I would try it in one region.",
            step,
            "Hm. I would want to see it working first."))
    met = proposed("Then shall we start in one region, Kisumu, with you paying us only for lamps your shops have already sold?")
    pushed = proposed("Then shall we sign the full order for all your regions today?")
    assert met.cap is None and met.total >= pushed.total + 20



# -- fifty-sixth round, part three (blind_typed11 read) ----------------------------------------------------------------

def test_a_long_fair_summary_that_words_one_point_its_own_way_is_not_denied():
    # "…so far i have: board wants close in 3 days not 10, last vendor had no plan for ur data…" (and "someone who owns
    # it and doesnt vanish after go live" for the consultant who stays)
    reply = _replies("blind_typed11/typed_paths.json", "erp_month_end", 4)[-1]
    assert "not what I told you" not in reply


def test_a_man_of_few_words_still_says_a_long_turn_is_a_lot_of_talking():
    reply = _replies("blind_typed11/typed_paths.json", "haulage_fuel", 1)[-1]
    assert "a lot of talking" in reply


def test_her_condition_is_not_said_again_to_a_question_about_something_else():
    replies = _replies("blind_typed11/typed_paths.json", "distributor_nairobi", 4)
    assert replies[-1] != replies[-2]


def test_a_question_that_puts_no_hypothetical_gets_no_answer_to_one():
    # "is there anything about it that ever troubles you…, and do you know what your son was worried about?" - not
    # "If it stopped working, then yes." (which answers "would you buy one?")
    reply = _replies("blind_typed11/typed_paths.json", "no_need_phone_chengdu", 2)[-1]
    assert not reply.startswith("If it stopped working") and "it works" in reply.lower()
