"""Typed replies in a trainee's own words (fifty-fourth round, fresh blind typed paths): the simulated customer
answers what the turn does.

An open question that puts an objection to the test is answered without a bare "Yes."; a next step asked
in the trainee's own shape ("Shall we…? Which day suits you?", "…, and would it suit you if I called on
Friday?", "Does that plan work for you?", "want to do the first reading together now?") is a proposal; once
an objection is settled in the trainee's words the script moves on, so the close is taken, not the settlement
said again; a playback followed by the trainee's own proposal is judged on the playback; where leaving is the
right end, telling the customer they need nothing new is no sale to decide on.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn
from coursekit.sim import Session
from coursekit.sim.asking import proposes
from coursekit.sim.freetext import claims
from coursekit.sim.replies import without_yes_or_no


def test_an_open_question_about_the_doubt_is_answered_without_a_bare_yes():
    session = Session("pharmacy_monitor")
    session.say("Take your time. What did the doctor ask you to do with the measurements?")
    session.say("How do you picture using it at home?")
    raised = session.say("What's behind your hesitation, if I may ask?")
    assert "sister" in raised.text.lower()  # the objection is on the table
    tested = session.say("What worries you most about it?")
    assert "numbers were right" in tested.text and not tested.text.startswith("Yes")


@pytest.mark.parametrize("line, answer", [
    ("Yes. If the seals really lasted a year, the price wouldn't matter.", "If the seals really lasted a year, the price wouldn't matter."),
    ("No. Switching is the last thing I want.", "Switching is the last thing I want."),
    ("Sí. Si los sellos duraran un año, el precio me daría igual.", "Si los sellos duraran un año, el precio me daría igual."),
    ("对。要是密封件真能用一年，价格就不是问题。", "要是密封件真能用一年，价格就不是问题。"),
    ("Yesterday it broke again.", "Yesterday it broke again."),
    ("No.", "No."),
    ("Nobody asked me.", "Nobody asked me."),
])
def test_a_scripted_answer_said_to_an_open_question_loses_only_a_bare_yes_or_no(line, answer):
    assert without_yes_or_no(line) == answer


@pytest.mark.parametrize("text, proposal", [
    ("Then shall we choose the two engineers together and fix the first design meeting next week? Which day is suiting you?", True),
    ("Where in the shop would you like them, and would it be acceptable to you if I called in on Friday to look at the sales?", True),
    ("Would it suit you if I brought a sample report on Thursday at seven, before your trucks go out?", True),
    ("So the technician comes between two and four and I call you at five. Does that plan work for you?", True),
    ("want to do the first reading together now or after ur shopping?", True),
    ("We could keep a spares kit right there in your plant. What's your take on that?", True),
    ("What do you think?", False),
    ("How do you feel about your current supplier?", False),
    ("Would it help if I understood your process better?", False),
    ("Where would you like them to go, and how do the mothers shop now?", False),
])
def test_a_next_step_in_the_trainees_own_shape_is_a_proposal(text, proposal):
    assert proposes(text) is proposal


PLUMBER = ["How do you handle the books at the moment?",
           "Where do you want the business to be in a year or two?",
           "Who helped you with the figures before, and what did you value about them?",
           "So you want someone who goes through the figures with you every month, so you know if the second van is "
           "affordable, and someone you can ring. Is that right?",
           "What else would you want to think through before deciding?",
           "Suppose nothing had to be paid until the school money is in, would you go ahead?",
           "Then we start the monthly reviews in April and the catch-up for January to March goes on one invoice "
           "after the school has paid you."]


def test_after_an_objection_settled_in_own_words_the_close_is_taken_not_the_settlement_said_again():
    session = Session("plumber_bookkeeping")
    for line in PLUMBER:
        settled = session.say(line)
    assert "That I can manage" in settled.text
    close = session.say("Could we meet in early March with your papers, so you can decide before April? Which day suits you?")
    assert close.outcome == "won", close.text
    assert "That I can manage" not in close.text


def test_a_playback_is_judged_without_the_proposal_that_follows_it():
    text = ("Okay, so it's really about not losing appointments in the switch. So what I'd do: the other three clinics "
            "don't change at all that month, and Andrés gets a written plan for the data move.")
    assert claims(text) == "Okay, so it's really about not losing appointments in the switch. So"
    # a question after a lead-in asks, a condition put first still offers
    assert claims("Beyond the deliveries, could you explain what you expect from us?") == ""
    assert "reports" in claims("Suppose I could have the reports ready in time, would we keep talking?")


def test_telling_a_customer_with_no_need_that_they_need_nothing_new_is_no_sale_to_decide_on():
    session = Session("no_need_phone_chengdu")
    for line in ["What brings you in today?", "How do you use your phone day to day?",
                 "If your phone does everything you need, what would make a new one worth it for you?"]:
        session.say(line)
    reply = session.say("Honestly, I don't think you need a new one today. Would it help if I showed you once more "
                        "how to start the Sunday video call?")
    assert "settled" not in reply.text.lower() and not reply.finished


@pytest.mark.parametrize("text, move, present", [
    ("then rather than cut the price, heres what ur rate should buy: every piece inspected under a lamp", "discount", False),
    ("We won't cut the price, but we can add a second visit.", "discount", False),
    ("I could cut the price by ten percent.", "discount", True),
    ("which weekend works for u both to come in for the tasting? happy to book it now if thats ok", "pressure", False),
    ("Book it now or lose it.", "pressure", True),
])
def test_an_offer_declined_or_made_with_consent_is_no_discount_or_push(text, move, present):
    assert (move in analyse_turn(text).moves) is present


# -- second part: what trainees playing line by line found (blind_typed5) -----------------------------------------

@pytest.mark.parametrize("text", [
    "Kindly tell me what happened, I am listening fully.",
    "Can you tell me little bit what makes you nervous about these monitors?",
    "May I ask you to describe how your month-end close works today?",
    "So, um, tell me a bit about your parents and, like, what you picture for the day, yeah?",
    "Um, could I just ask one quick thing, like, what are your regulars asking for these days?",
])
def test_an_invitation_in_a_non_native_or_spoken_shape_is_an_open_question(text):
    assert analyse_turn(text).question.form == "open"


@pytest.mark.parametrize("text, move, present", [
    ("What else would you want to think over before you make up your mind?", "rudeness", False),
    ("Make up your mind, I haven't got all day.", "rudeness", True),
    ("I can assure you I am not calling to blame you for anything.", "argument", False),
])
def test_reassurance_is_not_read_as_a_put_down(text, move, present):
    assert (move in analyse_turn(text).moves) is present


def test_a_customer_who_wants_the_figures_in_plain_words_has_not_lost_the_trainee():
    from coursekit.scoring import score_dialogue
    turns = [{"speaker": "customer", "text": "My wife says I should stop doing the books myself."},
             {"speaker": "trainee", "text": "How do you handle the books right now?"},
             {"speaker": "customer", "text": "I do them on Sunday nights and I never know if they're right. I'd want someone "
                                             "to go through the figures with me once a month, in plain words."},
             {"speaker": "trainee", "text": "Where do you want the firm to be in a year or two?"},
             {"speaker": "customer", "text": "I want to know whether I can afford a second van."}]
    assert "could not follow" not in score_dialogue(turns).summary
    turns[2]["text"] = "Sorry, in plain English?"
    assert "could not follow" in score_dialogue(turns).summary


def test_a_silent_customer_who_answers_a_long_question_does_not_ask_what_it_was():
    session = Session("followup_oven_kumasi")
    reply = session.say("Good afternoon, Mr Asante, I will not keep you long before the four o'clock trays; I am glad to hear "
                        "it is running, and may I ask how the bread has been coming out of the oven across all the decks "
                        "since we installed it, and whether your bakers have found it easy to work with day to day?")
    assert "what was the question" not in reply.text.lower()


def test_a_choice_about_the_doubt_tests_the_objection():
    session = Session("plumber_bookkeeping")
    for line in PLUMBER[:5]:
        reply = session.say(line)
    assert "money is tight" in reply.text
    tested = session.say("Is it mainly the timing of the money, or do you have doubts that it's worth the cost?")
    assert "school money" in tested.text and not tested.text.startswith("Yes")


def test_offering_a_customer_with_no_need_a_favour_that_sells_nothing_is_welcome():
    session = Session("no_need_phone_chengdu")
    for line in ["What do you use your phone for day to day?", "What made your son think you need a new one?",
                 "What matters most to you about the phone?"]:
        session.say(line)
    reply = session.say("Want me to put a big video-call shortcut on your home screen and try one call together?")
    assert "settled" not in reply.text.lower() and "thank" in reply.text.lower()
    pushed = Session("no_need_phone_chengdu")
    for line in ["What do you use your phone for day to day?", "What made your son think you need a new one?"]:
        pushed.say(line)
    assert "thank" not in pushed.say("Want me to put the new model aside for you with a trade-in discount?").text.lower()


def test_asking_a_customer_with_no_need_to_go_ahead_every_turn_is_no_favour():
    from coursekit.sim import play_typed
    session = play_typed("no_need_phone_chengdu", ["Shall we go ahead? Which day suits you?"] * 6)
    assert session.report().total <= 10
    assert not any("thank" in line.text.lower() for line in session.transcript if line.speaker == "customer")
