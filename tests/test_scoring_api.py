"""coursekit.scoring: API shape and clear, known cases."""
from __future__ import annotations

import dataclasses
import json

import pytest

from coursekit.labels import NEED_LEVELS, OBJECTION_PATTERNS, TECHNIQUES
from coursekit.scoring import (
    MOVES, Prediction, QuestionPrediction, TurnAnalysis, analyse_turn, classify_need, classify_objection,
    classify_question,
)


def _check_prediction(p: Prediction, labels) -> None:
    assert isinstance(p, Prediction)
    assert p.label in labels
    assert 0.0 <= p.confidence <= 1.0
    assert isinstance(p.evidence, tuple) and all(isinstance(e, str) for e in p.evidence)
    assert isinstance(p.feedback, str) and p.feedback.strip()
    assert "<" not in p.feedback and ">" not in p.feedback
    json.dumps(p.to_dict())


def test_prediction_shapes_and_frozen():
    n = classify_need("We need delivery within 24 hours.")
    q = classify_question("How many trucks do you run each week?")
    o = classify_objection("That's far too expensive.")
    _check_prediction(n, NEED_LEVELS)
    _check_prediction(q, TECHNIQUES)
    _check_prediction(o, OBJECTION_PATTERNS)
    assert isinstance(q, QuestionPrediction) and q.form in ("open", "closed") and q.is_question is True
    for p in (n, q, o):
        assert p.judgeable is True
        with pytest.raises(dataclasses.FrozenInstanceError):
            p.label = "x"  # type: ignore[misc]


@pytest.mark.parametrize("text,form", [
    # closed: yes/no or one short fact (a number, a time, a place, a name, a pick among options)
    ("How many trucks do you run each week?", "closed"),
    ("How long ago was that?", "closed"),
    ("When did the leak start?", "closed"),
    ("Which of the two vans do you use more?", "closed"),
    ("What suits you better, mornings or afternoons?", "closed"),
    ("What time do you open on Sundays?", "closed"),
    # open: invites the customer to describe, explain or give a view, however it starts
    ("Can you tell me a little bit about yourself?", "open"),
    ("Could you walk me through how an order reaches you?", "open"),
    ("Can I ask you, what do you like about the old one?", "open"),
    ("I was wondering how you handle returns", "open"),
    ("Where do you see the shop in five years?", "open"),
    # spoken and typed forms
    ("Wh-what do you think of it so far?", "open"),
    ("What'd you like about it?", "open"),
    ("um, so, like, how do you plan the week", "open"),
    ("how many do u usually have", "closed"),
    ("Is there anything else you'd like me to look at?", "closed"),
    ("What does your current ordering process look like?", "open"),
    ("Do you store the goods in a cold room?", "closed"),
    ("Tell me how your team handles a rush order.", "open"),
    ("Could you describe a normal Monday in the warehouse?", "open"),
    ("So the deadline is the end of June, correct?", "closed"),
    ("When you say 'unreliable', what happens exactly?", "open"),
    ("If we delivered on Saturdays, would that help?", "closed"),
    ("Why did you change supplier?", "open"),
    ("Have the staff been told yet?", "closed"),
    ("You run two shifts?", "closed"),
    ("Thanks for that. And which sites would need it first?", "closed"),
    ("Walk me through a typical order", "open"),
    ("can your team take deliveries before seven", "closed"),
    # transcribed speech: the question after fillers, ending in a full stop
    ("Well, I mean, you know, tell me about when the trouble started.", "open"),
    ("Yeah, yeah. Thinking about your drivers, you know, how would you describe the morning rush.", "open"),
    ("Would you mind filling me in a little bit about that?", "open"),
    ("I don't know what you think about all that?", "open"),
    ("Where do you think we should go from here?", "open"),
    # a rating on a scale is one number
    ("On a scale of 0 to 10, how ready are you to switch this year?", "closed"),
    ("Zero means not at all and ten means completely. Where would you put yourself on that scale?", "closed"),
    ("What's the longest the line has ever been down?", "closed"),
])
def test_question_form_follows_the_course_definition(text, form):
    q = classify_question(text)
    assert q.is_question
    assert q.form == form, (text, q)


@pytest.mark.parametrize("text,technique", [
    ("What's the best phone number to reach you?", "identifying"),
    ("Could I take your name and account number?", "identifying"),
    ("Is there anything else you need from us?", "additional"),
    ("What else should we plan for?", "additional"),
    ("How happy were you with the last delivery?", "satisfaction"),
    ("Did our engineer fix everything you needed?", "satisfaction"),
    ("What do you mean by 'fast'?", "clarifying"),
    ("Just to check, is that figure per month?", "clarifying"),
    ("Tell me about your busiest day.", "descriptive"),
    ("How do you feel about the current system?", "descriptive"),
    ("How many deliveries do you take each week?", "inquiry"),
    ("Which courier do you use now?", "inquiry"),
    ("Do you already have a maintenance contract?", "confirming"),
    ("Is the warehouse open on Sundays?", "confirming"),
])
def test_question_technique_clear_cases(text, technique):
    assert classify_question(text).label == technique


def test_closed_question_feedback_teaches_why():
    q = classify_question("Do you need repairs done quickly?")
    assert q.form == "closed"
    assert "'do'" in q.feedback and ("'how'" in q.feedback or "'what'" in q.feedback)
    assert q.feedback.count(". ") == 0  # one sentence


def test_statement_is_not_a_question():
    q = classify_question("We deliver every Tuesday.")
    assert q.is_question is False
    assert q.confidence <= 0.3
    assert "not a question" in q.feedback


@pytest.mark.parametrize("text,level", [
    ("Is the blade stainless steel, and how long does the battery last?", "product"),
    ("We need someone on site within four hours when the line stops.", "service"),
    ("Can we try it for a fortnight in one shop before we decide?", "experience"),
    ("We've worked with your family for twenty years and we trust you.", "relationship"),
    ("Our goal is to double online sales by next year.", "success"),
    ("And the reason behind it for you - what do you hope the new till will help with?", "success"),
    ("Out of interest, who recommended you to us?", "relationship"),
])
def test_need_level_clear_cases(text, level):
    p = classify_need(text)
    assert p.label == level
    assert p.evidence, "a prediction must cite the words that drove it"
    assert level in p.feedback


@pytest.mark.parametrize("text,pattern", [
    ("Just leave your card and we'll call you.", "brush_off"),
    ("We already have a supplier for that.", "no_need"),
    ("There's no budget left this year.", "no_money"),
    ("I'm really busy, call me next week.", "no_time"),
    ("The last firm we used let us down badly.", "bad_experience"),
    ("Let me think it over with my partner.", "think_it_over"),
    ("Your price is much higher than the others.", "too_expensive"),
])
def test_objection_clear_cases(text, pattern):
    p = classify_objection(text)
    assert p.label == pattern
    assert p.evidence


def test_evidence_words_come_from_the_text():
    text = "We must cut energy costs by twenty percent to hit our sustainability target."
    p = classify_need(text)
    assert p.label == "success"
    assert all(e.lower() in text.lower() for e in p.evidence)
    assert any(e in p.feedback for e in p.evidence)


def test_moves_constant():
    assert MOVES == ("pitch", "pressure", "discount", "argument", "empathy", "paraphrase", "hypothesis",
                     "counter_question", "transformation", "what_else", "apology", "commitment",
                     "advice_request", "evidence_offer", "rudeness", "closing", "upsell", "leading")


@pytest.mark.parametrize("text,move", [
    ("Our new model has a 5-year warranty and the fastest motor on the market.", "pitch"),
    ("You need to sign today, the offer ends tonight.", "pressure"),
    ("I can give you 10% off if that helps.", "discount"),
    ("That's not true, our drivers are never late.", "argument"),
    ("I understand, that must be really frustrating.", "empathy"),
    ("So what you're saying is the deliveries come too late, did I understand that correctly?", "paraphrase"),
    ("If we could guarantee delivery by seven, would you go ahead?", "hypothesis"),
    ("What would a fair price need to include for you?", "counter_question"),
    ("That's exactly why busy shops like yours use it: it saves you an hour a day.", "transformation"),
    ("Is there anything else we should look at?", "what_else"),
    ("I'm sorry, we got that wrong.", "apology"),
    ("I'll call you back by 4 pm today with a fixed slot.", "commitment"),
    ("You know your kitchen better than anyone; what would you suggest?", "advice_request"),
    ("I can send you a case study from a bakery like yours.", "evidence_offer"),
])
def test_analyse_turn_moves(text, move):
    a = analyse_turn(text)
    assert isinstance(a, TurnAnalysis)
    assert move in a.moves, (text, a.moves)
    assert a.evidence[move] and all(isinstance(w, str) for w in a.evidence[move])
    assert set(a.evidence) <= set(a.moves) <= set(MOVES)


def test_questions_are_not_pitches_or_arguments():
    a = analyse_turn("How do you handle deliveries at the moment?")
    assert not a.moves & {"pitch", "pressure", "discount", "argument"}
    assert a.question is not None and a.question.form == "open"


def test_analyse_turn_multi_sentence():
    a = analyse_turn("Thanks for explaining. I understand. What else is on your list?")
    assert a.question is not None and a.question.form == "open"
    assert {"empathy", "what_else"} <= a.moves
    assert a.word_count == 11
    assert a.judgeable
    json.dumps(a.to_dict())


def test_analyse_statement_has_no_question():
    a = analyse_turn("We deliver on Tuesdays and Fridays.")
    assert a.question is None
    assert a.need.label == "service"


# ---------------------------------------------------------------- QA regressions (coach round 2)

@pytest.mark.parametrize("text", [
    "How will you know this move was a success?",
    "What would success look like for you?",
    "Was the launch successful?",
    "What do you need to succeed next year?",
])
def test_the_word_success_is_a_success_cue(text):
    p = classify_need(text)
    assert p.label == "success" and p.evidence, (p.label, p.evidence)


def test_bare_like_and_light_verbs_are_never_evidence():
    for text in ("What would success look like for you?", "Do you like it?", "OK, I can give you 10% off.",
                 "Would you like a coffee?"):
        assert not {"like", "give"} & set(classify_need(text).evidence), text


@pytest.mark.parametrize("text", ["Of course, how can I help?", "Of course. What happened?", "Of course you can."])
def test_of_course_is_not_a_service_cue(text):
    assert "course" not in " ".join(classify_need(text).evidence)


@pytest.mark.parametrize("text", [
    "Would a training course for your operators help?", "We run a two-day course for new staff.",
])
def test_training_course_still_is_service(text):
    p = classify_need(text)
    assert p.label == "service" and p.evidence, (p.label, p.evidence)


@pytest.mark.parametrize("text", [
    "Suppose delivery were guaranteed for Monday, would you go ahead?",
    "Suppose we include the training at no extra cost; would that settle it?",
    "Imagine the price fitted your budget, could you sign this month?",
    "What if installation was free, would that change your mind?",
    "Say we covered training, would you go ahead?",
    "Let's say we solve the delivery issue, will you order?",
    "Assuming we can deliver by Friday, would you place the order?",
])
def test_suppose_imagine_what_if_are_hypotheses(text):
    assert "hypothesis" in analyse_turn(text).moves


@pytest.mark.parametrize("text", ["I'd say that is fair, would you agree?", "What do you say, is that fair?"])
def test_bare_say_is_not_a_hypothesis(text):
    assert "hypothesis" not in analyse_turn(text).moves


@pytest.mark.parametrize("text", [
    "Our ergonomic chairs are 20% off this week.", "They are half price this month.",
    "It's on offer only until Friday.", "This is our best price.", "Our summer offer ends on Friday.",
])
def test_offer_wording_is_a_pitch(text):
    assert "pitch" in analyse_turn(text).moves


def test_offer_pitch_does_not_hide_the_discount():
    a = analyse_turn("Our ergonomic chairs are 20% off this week, shall I send you a quote?")
    assert {"pitch", "discount"} <= a.moves


@pytest.mark.parametrize("text", ["I'll do my best to fix it by Friday.", "We can offer you a replacement by Monday.",
                                  "What's the best time to call you?"])
def test_best_and_offer_alone_are_not_a_pitch(text):
    assert "pitch" not in analyse_turn(text).moves


# ---------------------------------------------------------------- the lessons' own examples
# The coach must agree with what the lessons present as right (banks.py and notebooks/src).

def _bank(name):
    from coursekit.lessons import banks

    return getattr(banks, name)


@pytest.mark.parametrize("item", _bank("LEVEL_STATEMENTS"), ids=lambda i: i.text[:40])
def test_lesson_need_levels(item):
    assert classify_need(item.text).label == item.answer


# The lessons call a "So X, is that right?" play-back *confirming*; the coach (and its labelled
# data) reads a tag question that checks the customer's own statement as *clarifying*. Reported
# to the lead to settle the definition; until then these are expected failures.


@pytest.mark.parametrize("item", [i
                                  for i in _bank("TECHNIQUE_QUESTIONS")], ids=lambda i: i.text[:40])
def test_lesson_techniques(item):
    assert classify_question(item.text).label == item.answer


@pytest.mark.parametrize("item", _bank("FORM_QUESTIONS"), ids=lambda i: i.text[:40])
def test_lesson_forms(item):
    assert classify_question(item.text).form == item.answer


@pytest.mark.parametrize("item", _bank("OBJECTION_TEST_LINES"), ids=lambda i: i.text[:40])
def test_lesson_objection_tests(item):
    assert item.answer in analyse_turn(item.text).moves


@pytest.mark.parametrize("item", _bank("OBJECTION_STATEMENTS"), ids=lambda i: i.text[:40])
def test_lesson_objections(item):
    assert classify_objection(item.text).label == item.answer


# notebooks/src/04: the technique table (hotel linen); 06: the three tests per objection
LESSON_04_TABLE = [
    ("Could I have your hotel's account number, and your name?", "identifying", "closed"),
    ("What happened with this morning's delivery?", "inquiry", "open"),
    ("Could you describe how your housekeepers use the linen on a busy day?", "descriptive", "open"),
    ("You said 'short' — do you mean fewer sheets than ordered, or sheets that came too late?", "clarifying", "closed"),
    ("Do you need the sheets delivered before 10, so the rooms are ready by 11?", "confirming", "closed"),
    ("Is there anything else we should look at while I have the route planner open?", "additional", "closed"),
    ("How did the new early delivery work for you, and what could be better?", "satisfaction", "open"),
]


@pytest.mark.parametrize("text,technique,form", LESSON_04_TABLE)
def test_lesson_04_technique_table(text, technique, form):
    q = classify_question(text)
    assert (q.label, q.form) == (technique, form)


LESSON_06_TESTS = [
    ("If the running costs turned out lower than your current machine's, would the price still stop you?", "hypothesis"),
    ("What would the machine need to do for you to make that price worth paying?", "counter_question"),
    ("It costs more because the drum lasts ten years — which is exactly why it's cheaper per wash.", "transformation"),
    ("If I could show you in three minutes how to cut your invoicing time in half, would that be worth it?", "hypothesis"),
    ("What would a meeting have to give you to be worth fifteen minutes?", "counter_question"),
    ("Because your time is scarce, this tool matters: it gives you back an hour a day.", "transformation"),
    ("If you could check our response times with two of our clients first, would you give us a try?", "hypothesis"),
    ("What would a new supplier have to do differently for you to trust it?", "counter_question"),
    ("That experience is why we put the response time in the contract.", "transformation"),
]


@pytest.mark.parametrize("text,move", LESSON_06_TESTS)
def test_lesson_06_objection_tests(text, move):
    assert move in analyse_turn(text).moves


def test_lesson_objection_choices_agree_with_the_coach():
    from coursekit.scoring.checkers import check_free_text

    spec = _bank("FREE_TEXT")["too_expensive"]
    good = "Let's look at what it saves you each month; how would those savings change things for you?"
    for bad in ("OK, I can take 15% off.", "It's not expensive, it's the market price."):
        assert check_free_text(bad, {"objection": "too_expensive"}).status == "wrong", bad
    assert check_free_text(good, {"objection": "too_expensive"}).status == "correct"
    assert check_free_text("OK, I can take 15% off.", spec).status == "wrong"


def test_lesson_05_difficult_replies_agree_with_the_coach():
    good = analyse_turn("I understand how frustrating that is. Tell me what arrived this time.")
    assert "empathy" in good.moves and good.question is not None and good.question.form == "open"
    assert "argument" in analyse_turn("You must have filled in the form wrongly.").moves
    assert "argument" in analyse_turn("That's not my department.").moves
    assert "commitment" in analyse_turn("I don't know yet. I'll find out and call you by 3 p.m. today.").moves
    check = analyse_turn("So the parts came late and two were damaged. Did I understand you correctly?")
    assert "paraphrase" in check.moves
    # the worked example in notebooks/src/05
    you2 = analyse_turn("That's our mistake. I'm sending the right fittings with a courier now, they'll be with you "
                        "by one, and I'll call you at ten past to check they've arrived.")
    assert {"apology", "commitment"} <= you2.moves
    bad = analyse_turn("Our warehouse usually gets it right. Did you order the right code?")
    assert not bad.moves & {"empathy", "apology", "paraphrase"}


# Simulator-reported move gaps (general phrasings, not only the reported sentences).
@pytest.mark.parametrize("text", [
    "What's still worrying you?", "What is still bothering you about the switch?", "What still worries you?",
    "What's holding you back?", "What would you need to feel sure?",
])
def test_asking_what_the_doubt_is_is_a_counter_question(text):
    assert "counter_question" in analyse_turn(text).moves


@pytest.mark.parametrize("text", [
    "Which Saturday would suit you for the tasting?", "Which date would work for you?",
    "What time would suit you on Thursday?", "Which month would suit you for the pilot?",
    "What went wrong in your last upgrade?",
    # the test asks what would satisfy the customer: scheduling, diagnosis and haggling are not it
    "What exactly went wrong last time?", "I'm sorry to hear that. What went wrong with them?",
    "When would be a better time for a fifteen-minute look?", "What price would make sense for you?",
])
def test_scheduling_and_past_inquiry_are_not_counter_questions(text):
    assert "counter_question" not in analyse_turn(text).moves


@pytest.mark.parametrize("text", [
    "What delivery time would work for you?", "What would you need to see to feel sure about it?",
    "What would it take for you to trust our seals again?", "Tell me what still worries you about it.",
])
def test_counter_questions_about_the_condition_still_count(text):
    assert "counter_question" in analyse_turn(text).moves


@pytest.mark.parametrize("text", [
    "Then bring your sister along to the tasting, so she can judge the food herself.",
    "Then come to the open day, so that you can see the workshop for yourself.",
    "In that case, let's run a trial week so your team can test it on real orders.",
])
def test_turning_the_reason_into_the_reason_to_act_is_a_transformation(text):
    assert "transformation" in analyse_turn(text).moves


@pytest.mark.parametrize("text", [
    "Our golden wedding package includes a three-course menu, flowers and a cake for 40 guests.",
    "Our family plan comes with unlimited calls and a free tablet.",
    "Our spring service bundle gives you an oil change, new wipers and a safety check.",
    "Our starter range offers soups, salads and wraps.",
])
def test_a_package_described_by_what_it_includes_is_a_pitch(text):
    assert "pitch" in analyse_turn(text).moves


def test_a_question_about_a_package_is_not_a_pitch():
    assert "pitch" not in analyse_turn("What would our wedding package need to include for you?").moves


@pytest.mark.parametrize("text", [
    "Nobody told me and the invoice is wrong.", "This is useless.", "You promised.",
    "The delivery was late again.", "To be honest, the last caterer we used was a disaster.",
])
def test_mild_complaints_are_not_an_upset_customer(text):
    from coursekit.scoring.moves import is_upset

    assert not is_upset(text), text


@pytest.mark.parametrize("text", [
    "This is unacceptable.", "I'm fed up with chasing this.", "It's ridiculous, a disgrace.",
    "You promised it would be here by Monday and nobody called!", "Late AGAIN, and NOBODY called.",
    "Useless, every time.", "It's late!!",
])
def test_angry_words_shouting_or_two_complaints_are_upset(text):
    from coursekit.scoring.moves import is_upset

    assert is_upset(text), text


def test_a_mild_complaint_weights_out_the_calm_criterion():
    from coursekit.scoring import score_dialogue

    r = score_dialogue([{"speaker": "trainee", "text": "How did the last delivery go?"},
                        {"speaker": "customer", "text": "Nobody told me and the invoice is wrong."},
                        {"speaker": "trainee", "text": "I'm sorry, I'll check the invoice and call you back by 4 pm."}])
    calm = next(c for c in r.criteria if c.id == "calm_with_upset_customer")
    assert not calm.applies


@pytest.mark.parametrize("text", [
    "What would you still need to know to feel comfortable deciding?",
    "What is it exactly that you'd like to think over?",
    "Which points are still open for you?",
    "What would have to be true for you to say yes?",
])
def test_asking_what_is_still_open_is_a_counter_question(text):
    from coursekit.scoring import analyse_turn

    assert "counter_question" in analyse_turn(text).moves


@pytest.mark.parametrize("text", [
    "What if I give you 10% off, would you take it today?",
    "If we matched their price, would you go ahead?",
])
def test_a_discount_inside_a_hypothesis_still_counts_as_a_discount(text):
    from coursekit.scoring import analyse_turn
    from coursekit.scoring.checkers import check_free_text

    assert "discount" in analyse_turn(text).moves
    assert check_free_text(text, {"objection": "too_expensive"}).status == "wrong"


@pytest.mark.parametrize("text,reflection", [
    ("So you need it fixed out in the field today, to beat Thursday.", True),
    ("You're worried the drivers won't use it.", True),
    ("So you'll be running long distances until October, and blisters are the problem.", True),
    ("So the hydraulics are failing and you can't afford a week's closure.", True),
    # information and advice that merely mention "you" or "so"
    ("Some people find the first week the hardest, and it can help to plan it.", False),
    ("You'll be placed on the standard plan and you'll have to return the router.", False),
    ("So that's something you can ask your account manager about.", False),
    ("Well, you know, they really do, and a lot of people who switch say the same.", False),
    ("That would be entirely up to you.", False),
    # reflections said with a rising voice, framed, double-sided, or followed by a proposal
    ("And you're not feeling so good about that?", True),
    ("So you feel pretty confident that you could go ahead and quit if the time came.", True),
    ("Part of you wants to quit, and part of you isn't sure.", True),
    ("So the hydraulics are failing and you can't afford a week's closure. We can install over a weekend.", True),
    # information and advice about the world, the speaker, or what the customer could do
    ("A lot of people who quit find the first week the hardest.", False),
    ("What we know is that smoking and drinking together raise the risk.", False),
    ("So I wrote a prescription for antibiotics for him.", False),
    ("I hope you consider cutting back.", False),
    ("If you're willing to do that, that certainly would help.", False),
    ("Okay. So, there are some answers on this form here. Less than monthly you drank more than you intended to.", False),
    ("Great point! So what you're saying is you're ready for an upgrade, and we have a special offer on the Max plan.", False),
])
def test_reflections_in_spoken_turns(text, reflection):
    assert ("paraphrase" in analyse_turn(text).moves) is reflection


def test_calm_down_said_of_something_else_is_no_argument():
    a = analyse_turn("Security will go up now. If the party doesn't calm down in ten minutes, I have a quiet room for you.")
    assert not a.moves & {"argument", "rudeness"}
    assert {"argument"} <= analyse_turn("Calm down, it's only a parcel.").moves


@pytest.mark.parametrize("before,text", [
    ("The rear calipers were seized, which is the other 500. I can show you, it's still on the hoist.",
     "Oh. Is it, like, dangerous if I don't do the back now?"),
    ("We could do the fronts today and the rest next payday.", "Hmm, can I see it first?"),
])
def test_a_customer_asking_about_an_offer_is_not_objecting(before, text):
    from coursekit.scoring.exchange import objection_after
    assert not objection_after(before, text)


def test_a_word_and_its_plural_share_a_stem():
    from coursekit.scoring.words import content_words
    assert content_words("mornings deliveries guests") == content_words("morning delivery guest")


def test_owning_that_the_customer_should_have_been_told_is_no_blame():
    assert "argument" not in analyse_turn("That's fair, you should have been told before the price changed.").moves
    assert "argument" in analyse_turn("You should have read the manual before calling.").moves


def test_a_no_after_a_summary_and_a_new_question_answers_the_question():
    from coursekit.scoring import score_dialogue

    turns = [{"speaker": "customer", "text": "The wifi is grand downstairs but the lads lag up in the attic room."},
             {"speaker": "trainee", "text": "So it's fine downstairs and bad in the attic. Have you ever tried a booster?"},
             {"speaker": "customer", "text": "No, never."}]
    confirming = next(c for c in score_dialogue(turns).criteria if c.id == "confirming_understanding")
    assert confirming.score == confirming.maximum


@pytest.mark.parametrize("text,move", [
    ("What's stopping you from signing the pilot agreement this week?", "pressure"),
    ("Who else needs to sign off so we can get the contract over to you by Friday?", "pressure"),
    ("How would you like to structure the rollout, all forty seats at once or starting with twenty?", "closing"),
    ("That model doesn't jam if it's used correctly.", "argument"),
    ("Your staff are loading the wrong paper; it's not a fault with the machine.", "argument"),
])
def test_closes_dressed_as_questions_and_blame_dressed_as_facts(text, move):
    assert move in analyse_turn(text).moves


@pytest.mark.parametrize("text", [
    "What would need to happen for the pilot to count as a success for you?",
    # "today" that means "these days", in a question about how things are done now
    "Before we talk about the app, could you walk me through how patients book appointments today?",
    "Who do you order your flour from today?",
    "thanks for having me. whats prompting this now - how do patients book today across the 4 clinics",
    "So, um, nothing to buy today. If it's okay, I'll leave my card.",
    "Before I book the fix, what's most urgent for you today - orders coming in, payments?",
])
def test_discovery_questions_are_no_pressure(text):
    assert "pressure" not in analyse_turn(text).moves


@pytest.mark.parametrize("text", ["Would you like to order today?", "How about we book it in today?", "Can you sign today?"])
def test_asking_to_commit_today_is_still_pressure(text):
    assert "pressure" in analyse_turn(text).moves


def test_repeated_questions_are_not_listening_and_a_comma_stack_is_stuffing():
    from coursekit.scoring import score_dialogue

    turns = [{"speaker": "customer", "text": "My son did commerce but now wants computer science. Is that possible?"},
             {"speaker": "trainee", "text": "Could you tell me about your son's background?"},
             {"speaker": "customer", "text": "He did commerce with maths, got 81."},
             {"speaker": "trainee", "text": "Okay. And what is his educational background, please?"},
             {"speaker": "customer", "text": "I just said. Commerce with maths."},
             {"speaker": "trainee", "text": "Thank you. Can you describe what he studied before?"},
             {"speaker": "customer", "text": "Commerce! Can he do computer science or not?"}]
    listening = next(c for c in score_dialogue(turns).criteria if c.id == "listening")
    assert listening.score < listening.maximum
    from coursekit.scoring.exchange import parse_turns, stuffed
    stack = parse_turns([{"speaker": "customer", "text": "We want our first flat."},
                         {"speaker": "trainee", "text": "Can you tell me about your situation, what's your income, "
                                                        "when you say self-employed what do you mean, how much do you save?"}])[1]
    assert stuffed(stack)


@pytest.mark.parametrize("reply", ["Saturday morning, grand.", "Saturday at eleven. Thank you.", "tuesday 11 works"])
def test_naming_the_offered_day_accepts_it(reply):
    from coursekit.scoring.exchange import says_yes
    assert says_yes(reply.lower())


@pytest.mark.parametrize("text,move", [
    # play-tested lines a trainee typed (2026-12-01), each once misread
    ("It's 89 for the drill, not 140. But I hear you. Is it the money itself, or paying for a tool that then sits "
     "in a cupboard?", "counter_question"),
    ("I understand, margin is low. Can I ask - is the problem the total amount, or that you must pay before you see "
     "any result?", "counter_question"),
    ("Fair. What are you putting side by side - just the purchase price, or what a year of running line two costs you?",
     "counter_question"),
    ("Very good. How many lamps you want in the first Kisumu order, so I can write it now?", "closing"),
    ("Great. Drill and bits to the till, two-minute demo, and my number on the receipt. Let's go.", "closing"),
    ("so ill ring it up with a masonry bit set, 129 plus 15 for the bits, ok?", "closing"),
    ("So we write the first Kisumu order, sixty days payment, and I bring Mombasa numbers on Thursday - agreed?", "closing"),
    ("Saturday after ten it is - the technician and I will be there. I'll text you my number now.", "closing"),
    ("Saturday after ten it is - the technician and I will be there. I'll text you my number now.", "commitment"),
    ("Great, so we're agreed: you'll take our monthly package starting Monday. Thanks for your business!", "closing"),
    ("Our ERP automates consolidation and gives you real-time reporting.", "pitch"),
    ("Fourteen, good. With our system you see all trucks on map, live.", "pitch"),
    ("Such a smart man surely has no problem with our lamps.", "leading"),
    ("We have a three-course golden anniversary package at 45 per person, with a sparkling wine toast included.", "pitch"),
    ("Can I ask, if the cost weren't a problem until March, would getting help with the books be something you'd want?",
     "hypothesis"),
    ("if the risk was smaller, for example you start small and pay after it sells, then it will be interesting for you?",
     "hypothesis"),
    ("Oh, that's a supermarket one though. Ours are clinically validated, so they're way more accurate.", "pitch"),
    ("Yeah, sure, you can try it here at the counter. Then you'll take it?", "closing"),
    ("Thank you. Then I bring the order form on Thursday, we agree the quantity for Kisumu together. Okay for you?",
     "closing"),
    ("Very good. Thursday morning I come to the depot with the order form for Kisumu, and we sign it together.", "closing"),
    ("So summary: numbers for big customer, less diesel, easy for drivers. We start on Monday, okay?", "closing"),
    ("Okay, so if I understand correct, your fuel costs are too high, and so you need our FleetPro software - right?",
     "leading"),
    ("Can I ask, what is the part you need to talk more between you - the price, the risk, or something other?",
     "counter_question"),
    ("Good. Then shall we agree now to start the pilot on the first of next month?", "closing"),
    ("Okay, great, so let's do the test reading together now, and then you can take it home today. Sound good?", "closing"),
    ("done. tap here, safe flight", "closing"),
    ("we restock every week, no minimum order. so shall i drop the box off", "closing"),
    ("the mums will like them. so im putting you down for one box, sale or return. thats us done then", "closing"),
    ("morning! ill be quick, were a new plantain chip brand, really popular in london already, 30 percent margin for you",
     "pitch"),
])
def test_typed_tests_and_closes_are_read_for_what_they_do(text, move):
    assert move in analyse_turn(text).moves


@pytest.mark.parametrize("text,move", [
    ("I'm sorry they treated you like that. From now on you call me directly, and nobody tells you it's your fault "
     "before we've looked.", "argument"),
    ("That's no problem at all. Is there anything about your current phone you'd like a second opinion on while "
     "you're here?", "upsell"),
    ("So is not really closing problem - is discount problem. Margin from eighteen to eleven. I understand correct?",
     "discount"),
    ("I talk about the discount your engineers give to customers: what happens just before they say ten percent?",
     "discount"),
    ("That's a failure on our side. I'm sorry. Here's what I can do right now: I'm checking the earliest technician "
     "slot for you while we talk. What matters most to you about getting this fixed?", "pitch"),
    ("Oh, no, honestly, I'm not asking you to try anything. Your till's doing great, so it'd be silly to change now.",
     "argument"),
    ("I've got the lamp right here - you can drop it, leave it in the rain, whatever. Would that be the kind of proof "
     "you need?", "argument"),
    ("see the doctor before you fly if it gets worse. anything else you need for the trip while youre here", "upsell"),
    ("I hear you, and honestly, after this week I wouldn't blame you for thinking about it.", "argument"),
    ("I'll book the first slot tomorrow morning and make sure the tech calls your mobile thirty minutes before.", "pitch"),
    ("How do patients book appointments at the four clinics right now, and what made you decide it's time to change?",
     "pressure"),
    ("Great. And what made you decide now that they need this training?", "pressure"),
    ("After, when something is wrong, I give you my own number, so you don't wait.", "pressure"),
    ("Besides the frustration, what has being without the line cost you over the last day and a half?", "pressure"),
    ("Hi, we are a local bakery supplier. How is business going?", "pitch"),
    ("ok, ten minutes it is. how many trucks are you running at the moment", "closing"),
    ("Totally, numbers, love that.", "rudeness"),
    ("Same contact every month, and when a delivery goes wrong, I deal with it myself.", "rudeness"),
    ("Before you decide, can I ask - what would need to happen today for you to feel sure about us?", "pressure"),
    ("Anything else you need for the shelves while you're here?", "upsell"),
    ("Can we agree on what matters most first?", "closing"),
    ("If back pain is the main complaint, let's start with the chairs. What are people sitting on now?", "closing"),
    ("I can see the earliest slot is tomorrow at eight. Before I lock it in, what's riding on the line this week?",
     "closing"),
    ("If you'd rather skip it, we also have a fitter who can come Thursday and put the shelves up for you.", "upsell"),
])
def test_what_the_customer_spoke_of_or_nobody_will_do_is_not_the_move(text, move):
    assert move not in analyse_turn(text).moves


@pytest.mark.parametrize("text,move", [
    ("It's your fault, you installed it wrong.", "argument"),
    ("Would you like a case for it while you're here?", "upsell"),
    ("I can give you a discount if you order two.", "discount"),
    ("We give discounts to regular customers.", "discount"),
    ("Here's what we offer: the premium plan at 49 a month.", "pitch"),
    ("No, honestly, that's not how our machines work.", "argument"),
    ("Fine, whatever.", "argument"),
    ("Anything else? We have travel packs on offer while you're here.", "upsell"),
    ("Blame the courier, not us.", "argument"),
    ("The tech has everything you need: it saves you hours every week.", "pitch"),
    ("Don't wait, prices go up next week.", "pressure"),
    ("It's the last day of the offer.", "pressure"),
    ("You need to decide now or the slot is gone.", "pressure"),
    ("I could knock the premium down to ten percent more if you sign for the season.", "discount"),
    ("The premium programme uses a gentler wash, so it would fix the marks.", "pitch"),
    ("Tuesday after ten it is.", "closing"),
    ("Calm down, love.", "rudeness"),
    ("That's the rule. Deal with it.", "rudeness"),
    ("So we're all agreed, yeah?", "closing"),
    ("Anything else while I'm here? Like, we also do warehousing, insurance and customs.", "upsell"),
    ("Someone as sharp as you already knows what you need, right?", "leading"),
    ("no problem, shall we agree youll take the childrens syrup", "closing"),
    ("perfect for the trip then. can we agree to lock it in now", "closing"),
])
def test_the_same_words_still_count_when_they_do_it(text, move):
    assert move in analyse_turn(text).moves


@pytest.mark.parametrize("text,move", [
    ("so ill ring it up with a masonry bit set, 129 plus 15 for the bits, ok?", "paraphrase"),
    ("ok. when do you need it done by", "paraphrase"),
    ("Here it is.", "closing"),
    ("What it is, is a problem.", "closing"),
    ("Let's go through what you need.", "closing"),
    ("You'll take it with you on the plane?", "closing"),
    ("So you need a plan that covers both kids?", "leading"),
    ("Before I write it up - how would your engineers want to learn this?", "closing"),
    ("Half my fee depends on the discounts actually stopping.", "discount"),
    ("We sell a small cuff separately. So the monitor plus the small cuff - shall I ring those up for you?", "paraphrase"),
])
def test_plans_and_typed_questions_are_no_summaries_and_look_alikes_no_closes(text, move):
    assert move not in analyse_turn(text).moves



@pytest.mark.parametrize("text,form", [
    ("do you know why they wear so fast, what product or cleaning cycle runs through those pumps", "open"),
    ("Do you know how many trucks you run?", "closed"),
    ("Do you know if it fits?", "closed"),
])
def test_a_question_asked_through_do_you_know_has_its_inner_questions_form(text, form):
    from coursekit.scoring import classify_question

    assert classify_question(text).form == form


@pytest.mark.parametrize("typed,read", [
    ("so ill ring it up with the bits, ok?", "so i'll ring it up"),
    ("well send it monday", "we'll send it monday"),
    ("well let me check I have got this right", "well let me check"),
    ("well take your time", "well take your time"),
    ("he is ill", "he is ill"),
])
def test_typed_ill_and_well_are_read_as_ill_and_well_unless_a_promise_follows(typed, read):
    from coursekit.scoring.text import normalise

    assert normalise(typed).lower.startswith(read)


def test_telling_someone_else_something_is_no_invitation_to_talk():
    from coursekit.scoring import classify_question

    assert not classify_question("And, um, tell your son the phone's in good shape - no need to buy anything.").is_question
    assert classify_question("Tell me about your shop.").form == "open"
