"""The twenty-first round's readings: a step the customer is told to take is an instruction, not a summary of
what they said."""
from __future__ import annotations

import pytest

from coursekit.scoring.exchange import parse_turns


def _moves(reply: str, customer: str) -> frozenset[str]:
    turns = parse_turns([{"speaker": "customer", "text": customer}, {"speaker": "trainee", "text": reply}])
    return turns[1].moves


@pytest.mark.parametrize("customer, reply", [
    ("Thank you. Oh, which one's the email?", "Type your email address here. Then your password."),
    ("There. Oh, there it is, the airline one.", "Open that one and click print."),
    ("Half eleven.", "Lovely. Bring your glasses along too."),
    ("Where do I put the card?", "Insert your card in the slot at the bottom, chip first."),
    ("It's asking for a code now.", "Enter the code from your text message, then tap continue."),
])
def test_a_step_to_take_is_not_a_summary(customer: str, reply: str) -> None:
    assert "paraphrase" not in _moves(reply, customer)


@pytest.mark.parametrize("customer, reply", [
    ("The van never came and nobody called me.", "Wait, so the van never came and nobody called you at all."),
    ("I just worry the drivers won't use it.", "You're worried the drivers won't use it."),
    ("It's the downtime that kills us, every hour the line stops.", "So it's the downtime that hurts most."),
])
def test_a_reflection_still_confirms(customer: str, reply: str) -> None:
    assert "paraphrase" in _moves(reply, customer)


def _left(before: str, last: str) -> str:
    from coursekit.scoring.exchange import where_left
    turns = parse_turns([
        {"speaker": "customer", "text": "We're a small bakery and we're looking at new ovens for the back room."},
        {"speaker": "trainee", "text": before},
        {"speaker": "customer", "text": last},
    ])
    return where_left(turns)[1]


@pytest.mark.parametrize("before, last, where", [
    ("Could I come by on Tuesday and show you the two models in a short demo?", "Sure, I'll be in touch.", "pushes_back"),
    ("Shall I put you down for the Thursday slot?", "Not yet. I'll be in touch.", "pushes_back"),
    ("The deck oven is 8,400 installed. Shall I draw up the order?", "I'd want to read the contract first.", "pushes_back"),
    ("The deck oven is 8,400 installed. Shall I draw up the order?", "Hmm. I'll try a few other suppliers.", "pushes_back"),
    # the customer says yes to the trainee's own "get in touch if…": nothing pushed back, unless they object besides
    ("If the new one ever trips the fuse, call us and we'll come the same day.",
     "Thanks, I'll be in touch if it happens again.", "open"),
    ("OK, have a think about it and let us know how you'd like to proceed.", "Sure, I'll be in touch.", "pushes_back"),
    ("Tuesday at ten, and if it doesn't suit, just let me know.",
     "Tuesday's no good, that's our busiest week. I'll call you if we're interested.", "pushes_back"),
])
def test_putting_off_in_everyday_words_pushes_back(before: str, last: str, where: str) -> None:
    assert _left(before, last) == where


def _objects(before: str, text: str) -> bool:
    from coursekit.scoring.exchange import objection_after
    return objection_after(before, text)


@pytest.mark.parametrize("before, text", [
    # a word in another sense: a situation told, a thing that broke, a time before, a duration, a wife pleased
    ("What brings you in today?", "We got two labs and they are on that couch whether I like it or not."),
    ("And how do you use the car day to day?", "I run a chop bar at Adum, I drive to the market every morning."),
    ("What happened to the greenhouse last year?", "Hail. In February. It broke the plastic."),
    ("Same colour as before, or something new for the wedding?", "Same colour as last time, please."),
    ("How long does each retrieval take?", "Batch, mostly, a couple of minutes each."),
    ("It's free and you choose the hours and the apps.", "Good. My wife will be happy, she worries about this."),
    ("Is your son the executor?", "I don't know. I think it might be me. Walter always did the banking."),
    ("Could you send us your menu so we can print the boards?", "Sure, I'll email it tonight."),
    # a yes in warmer words, then a question about the thing offered
    ("Many of the flats here have a small office room, good for evening calls.",
     "An office room would be amazing. Can I see it on a video call?"),
])
def test_an_ordinary_answer_with_an_objections_word_in_another_sense_is_no_objection(before: str, text: str) -> None:
    assert not _objects(before, text)


@pytest.mark.parametrize("before, text", [
    ("We already do your invoicing; would you like us to run payroll too?", "We've got one already, thanks."),
    ("How do you feel about replacing the old tractors next season?", "Feel? I feel broke. The harvest was poor, there is nothing left to spend."),
    ("Can I reach you on this number?", "Yes. One hour, honestly? Last time, with my mother, it took the whole night."),
    ("Diagnosis takes about two hours, then we'll know.", "Two hours? I have a flight. Can you just do the charging?"),
    ("Shall I book the installer for Thursday?", "My wife will want to see it first."),
])
def test_the_same_words_in_their_objecting_sense_still_object(before: str, text: str) -> None:
    assert _objects(before, text)


@pytest.mark.parametrize("text, technique", [
    # something more on top of what is being done asks what else the customer needs
    ("Do you need a carry case to go with that?", "additional"),
    # a check of a rule or a figure the customer stated clarifies it
    ("Just so I understand - the discount only applies to orders over a hundred units?", "clarifying"),
    # a check of a wish heard still confirms
    ("So delivery before 8 a.m. is essential for you?", "confirming"),
])
def test_additional_and_clarifying_questions_in_everyday_words(text: str, technique: str) -> None:
    from coursekit.scoring import classify_question
    assert classify_question(text).label == technique
