"""Thirty-second round: the customer's reply as a witness, grief, and what the dev sets blind90-blind93 showed.

Every example here is written afresh for the test (none is a line of a dialogue set).
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.scoring.exchange import parse_turns, received_well, takes_offence, walked_away
from coursekit.scoring.moves import is_upset, reports_problem
from coursekit.scoring.question import question_form


def _dialogue(*lines: str) -> list[dict]:
    """Turns from lines that alternate customer, trainee, customer, …"""
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


def _reply_to(trainee: str, customer: str) -> bool:
    turns = parse_turns(_dialogue("Hello, I'm after some help with my order.", trainee, customer))
    return received_well(turns[1], turns)


# -- the customer's next line as a witness ------------------------------------------------------------------------------
@pytest.mark.parametrize("trainee, customer", [
    ("I can send the fitter on Thursday morning and bring the spare hinge with him.", "Thursday morning is great, thanks."),
    ("Shall I book the fitter for Thursday morning?", "Yes, Thursday works. Book it."),
])
def test_a_step_the_customer_takes_up_is_received_well(trainee: str, customer: str) -> None:
    assert _reply_to(trainee, customer)


@pytest.mark.parametrize("trainee, customer", [
    # a yes that answers a question the turn asked is an answer, not a welcome
    ("Did you keep the receipt from the shop?", "Yes, I did."),
    # manners are not a welcome
    ("Next time check the label before you wash it.", "Right. Okay. Thank you."),
    # confusion, offence and a doubt are not either
    ("The form was on the website all along.", "Sorry, I don't understand. The letter is not okay?"),
    ("Are you sure you didn't drop it?", "Excuse me? I'm not making this up."),
    ("The fitter comes Thursday, that's 80 for the call-out.", "Okay, but 80 is a lot just to look at a hinge."),
])
def test_answers_manners_and_doubts_are_not_a_welcome(trainee: str, customer: str) -> None:
    assert not _reply_to(trainee, customer)


_ROOF = ("Hi, a tile came off in the storm and now there's a damp patch on the bedroom ceiling.",
         "That's worrying. Where is the patch, and is it growing?",
         "Above the wardrobe. It's about the size of a plate and a bit bigger every day.",
         "Thanks. If it's growing it's letting water in each time it rains. Is the room still usable?",
         "Yes, we just moved the bed away from that wall.")
#: A reply whose words alone read as pressure ("so don't leave it too long, these…") in an otherwise careful turn.
_PUSHY_WORDS = ("I can get a roofer up on Friday to refit the tile and check the felt underneath, and it's 95 with the "
                "scaffold tower, so don't leave it too long, these storms keep coming.")


def test_a_careful_turn_the_customer_welcomes_keeps_its_points() -> None:
    welcomed = score_dialogue(_dialogue(*_ROOF, _PUSHY_WORDS, "Friday's perfect, thank you. The tower is fine."))
    shrugged = score_dialogue(_dialogue(*_ROOF, _PUSHY_WORDS, "Okay."))
    assert "pressure" in analyse_turn(_PUSHY_WORDS).moves
    assert welcomed.total > shrugged.total


def test_a_yes_to_a_deadline_still_caps() -> None:
    pressed = score_dialogue(_dialogue(*_ROOF, "Book today, the price goes up on Monday and Friday will be gone.",
                                       "Fine, book Friday then."))
    assert pressed.total <= 10


# -- grief ------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", ["Hello. My husband passed away on Sunday and I don't know where to start with his phone.",
                                  "We had our old cat put to sleep this morning. I'm calling about the cremation.",
                                  "She died yesterday."])
def test_a_death_just_told_is_an_upset_customer(line: str) -> None:
    assert is_upset(line)
    assert not reports_problem(line)  # grief reports no fault in what was bought


@pytest.mark.parametrize("line", ["He moved in with us after Mum died and he's been fine since.",
                                  "My laptop died on me again this morning."])
def test_a_death_in_the_background_or_a_machine_that_died_is_not_grief(line: str) -> None:
    assert not is_upset(line)


def test_selling_to_a_grieving_customer_costs_more_than_helping_her() -> None:
    opening = "Hello. My father died on Tuesday and I need to stop his standing orders."
    helped = score_dialogue(_dialogue(opening, "I'm so sorry about your father. I can do that with you now. Which account "
                                      "were they paid from?", "His current account, the one ending 4471.",
                                      "Thank you. I've stopped both standing orders today; nothing more will go out.",
                                      "Thank you, that's one less thing."))
    sold = score_dialogue(_dialogue(opening, "Sorry to hear it. While you're here, have you thought about our funeral plan? "
                                    "Most families wish they had one.", "I'm sorry? I only want the standing orders stopped.",
                                    "Of course. And our savings bond pays 5 percent if there's an inheritance coming.",
                                    "Please just stop the payments."))
    assert helped.total >= sold.total + 30


# -- indignation, leaving, blame and offence in words the lexicon lacked ------------------------------------------------
@pytest.mark.parametrize("line", ["Who cares about the colour! The thing is leaking all over my floor.",
                                  "it said out of stock!! what was i supposed to do, wait a month",
                                  "Help us now! The freezer is full of meat.",
                                  "Forty minutes on hold?! I'm coming down to your branch with the receipts.",
                                  "the router was fine till your engineer came. thats not on me"])
def test_indignation_without_a_complaint_word_is_upset(line: str) -> None:
    assert is_upset(line)


def test_who_cares_about_the_price_is_not_indignation() -> None:
    assert not is_upset("Who cares about the price, I just want one that lasts.")


@pytest.mark.parametrize("line", ["fine. close my account then", "I'm switching to the credit union down the road.",
                                  "Forget it, I'll try the co-op."])
def test_closing_the_account_or_going_to_the_co_op_walks_away(line: str) -> None:
    turns = parse_turns(_dialogue("My card was charged twice.", "That's down to how you paid, I'm afraid.", line))
    assert walked_away(turns) is turns[-1]


@pytest.mark.parametrize("text", ["Keeping the gutters clear is the tenant's responsibility under the lease.",
                                  "It's your responsibility to check the size before ordering.",
                                  "You really shouldn't run it on an extension lead -- that's how the fuse goes."])
def test_the_fault_put_on_the_customer_is_an_argument(text: str) -> None:
    assert "argument" in analyse_turn(text).moves


def test_being_called_a_liar_in_dropped_g_speech_takes_offence() -> None:
    turns = parse_turns(_dialogue("The parcel never came.", "Are you sure nobody at home signed for it?",
                                  "So you're callin' me a liar now?"))
    assert takes_offence(turns[-1])


# -- words that read as an offence and were not one ---------------------------------------------------------------------
@pytest.mark.parametrize("text, move", [
    ("The brake fluid is leaking onto the disc, so don't leave it.", "pressure"),
    ("Videos take a lot of room and the memory fills fast on the cheaper one.", "pressure"),
    ("The engineer can sign the damage report tonight, and the insurer's visit is whenever suits you.", "pressure"),
    ("That's not right after only two weeks. What did it do before it stopped?", "argument"),
    ("The quiet hours are in the lease, but we should have reminded you on the day, and I'm sorry.", "argument"),
    ("Since the other driver was at fault, you should have a courtesy car from his insurer.", "argument"),
    ("Before we look at bundles, what do you actually use the internet for at home?", "rudeness"),
    ("How many rooms are there, and how far is the last one from the router?", "pressure"),
    ("Let's sign nothing until your son has seen the quote; I'll call you on Monday.", "pressure"),
    ("Let's sign nothing until your son has seen the quote; I'll call you on Monday.", "closing"),
])
def test_advice_and_sympathy_are_not_offences(text: str, move: str) -> None:
    assert move not in analyse_turn(text).moves


def test_a_question_about_what_the_customer_agreed_with_others_declares_nothing_done() -> None:
    turns = parse_turns(_dialogue("We'd like about forty guests.", "Is forty something you've already agreed with your "
                                  "family, or still open?", "Still open, honestly."))
    assert not turns[1].reader.says("declares_done", turns[1].said_lower)


# -- English questions typed with a full stop ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", ["how long have you had the van.", "what do you mostly print on it.",
                                      "where did you buy the tyres.", "do you still have the receipt.", "can you send me a photo."])
def test_an_english_question_typed_with_a_full_stop_asks(sentence: str) -> None:
    assert question_form(sentence).is_question


@pytest.mark.parametrize("sentence", ["what a mess.", "how kind of you.", "what we can do is send it on monday.",
                                      "do let me know."])
def test_an_exclamation_a_pseudo_cleft_or_a_polite_imperative_does_not_ask(sentence: str) -> None:
    assert not question_form(sentence).is_question
