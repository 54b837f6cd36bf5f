"""What a typed turn asks in the end (`coursekit.sim.asking`), and the customer answering that question:
a fact for a fact, a choice for a choice, a decision for a proposal, never "Yes, exactly" to a question
that checks nothing. Lines from play-test rounds F-O (all read, development data)."""
from __future__ import annotations

import pytest

from coursekit.sim import play_typed
from coursekit.sim.asking import asks_fact, offers_choice, proposes, question_part

#: What a customer says when a turn played her words back correctly.
_CONFIRMATIONS = ("yes, exactly", "you've got it", "you've understood me", "someone who listens", "exactly my complaint",
                  "that's exactly it", "yes, that's it")


def test_the_question_a_turn_ends_on_is_what_follows_its_last_dash():
    assert question_part("ha fair enough. so shelves up for your daughter by saturday - what kind of wall are they "
                         "going on, brick, concrete, plasterbord?") == (
        "what kind of wall are they going on, brick, concrete, plasterbord?")
    assert question_part("We deliver before ten. I visit every two weeks. Would this help you?") == "Would this help you?"


@pytest.mark.parametrize("text", [
    "Good. And the time - until which hour must the linen arrive for your housekeepers?",
    "So also the delivery time is a problem. What time would the linen need to be with you, so the rooms are ready?",
    "ok concrete. twelve holes for shelves, what are you hanging on them, heavy stuff like books or lighter",
])
def test_a_question_for_one_fact_is_seen_after_a_summary(text):
    assert asks_fact(text)


def test_what_if_proposes_rather_than_asks_for_a_fact():
    assert not asks_fact("Fair point for two uses. What if you hired one instead - 20 for the weekend. Would that work?")


@pytest.mark.parametrize("text, choice", [
    ("Would Tuesday or Thursday work better?", True),
    ("What kind of wall is it, brick, concrete or plasterboard?", True),
    ("Is this correct, or I miss something?", False),
    ("a rep who asks you first. is that right or did i miss smth", False),
    ("Is there anything else, or is that everything?", False),
])
def test_alternatives_offer_a_choice_a_correction_tag_does_not(text, choice):
    assert offers_choice(text) is choice


@pytest.mark.parametrize("text, proposal", [
    ("After that I send you the written offer. Can we fix Wednesday?", True),
    ("I send this in writing tomorrow and we come Wednesday to fit the first pump. Deal?", True),
    ("We bring a set of seals for every pump to your store, so a failure is one hour, not nine days. Would this help you?",
     True),
    ("Fair point for two uses. What if you hired one instead - 20 for the weekend, same drill. Would that work?", True),
    ("ok then, want me to ring that up?", True),
    ("I'll ask Miguel to lead the team. Would a weekday evening or a Saturday suit you two better for the tasting?", True),
    ("Would that help?", False),  # nothing offered in the turn
    ("Could I ask you, what do you like most about the phone you have?", False),
    ("Hi, can I help you?", False),
    ("Does that sound like something you'd want to think over with your wife?", False),
    ("What would really help you most right now?", False),
])
def test_a_proposal_is_something_offered_for_a_yes_or_no(text, proposal):
    assert proposes(text) is proposal


def _reply_to_last(scenario: str, lines: list[str]) -> str:
    session = play_typed(scenario, lines, seed=0)
    return session.transcript[-1].text.lower()


def test_a_summary_that_ends_in_a_question_for_a_fact_gets_the_fact_not_a_confirmation():
    # round J: "Right, you've understood me." and the key fact for the proposal never came
    reply = _reply_to_last("hotel_linen_jaipur", [
        "Thank you for seeing me, Mrs Mehta, and I am very sorry. Please, can you tell me what happened last week?",
        "Yellow marks two times this month, torn towels, and the mother of the bride finding a stained sheet - and you "
        "had to apologise yourself. For you, what hurts the most in this?",
        "So also the delivery time is a problem - check-in is at noon but the van comes maybe at four, and your "
        "housekeepers are waiting. What time would the linen need to be with you, so the rooms are ready?",
    ])
    assert not any(c in reply for c in _CONFIRMATIONS)
    assert "eleven" in reply


def test_an_open_question_after_a_statement_is_answered_not_confirmed():
    # round O: "Yes! That's exactly it, you've got it." to a question about what the sister looks for
    session = play_typed("anniversary_lunch", [
        "Congratulations, fifty years, that's wonderful! Tell me about your parents and the day you have in mind.",
        "Eighty guests, a few vegetarians and your uncle gluten-free - that's all fine. What else matters to you?",
        "A tasting with your sister, we can do. And your sister is the fussy one - what will she look for, so we "
        "know what to prepare?",
    ], seed=0)
    reply = session.transcript[-1].text.lower()
    assert not any(c in reply for c in _CONFIRMATIONS)


def test_a_proposal_in_the_trainees_own_words_is_taken_up_when_the_customer_is_ready():
    # round I (development): the hire offer "Would that work?" gets a decision, not "Yes, that's the thing: …"
    session = play_typed("drill_for_saturday", [
        "Right over here, follow me. Quick question so I point you at the right one: what are you drilling into on Saturday?",
        "Shelves up before she arrives, got it - and you'd rather not spend your evenings on it. What are the walls "
        "like in her room, brick, concrete, or plasterboard?",
        "Concrete needs a hammer drill, a normal one will just skid off it. How many shelves are we talking about, "
        "and have you done much drilling before?",
        "Sure. So: about twelve holes in concrete, shelves holding books, done by Saturday, and you'd skip the "
        "drilling if you could. Right? Then two options: a hammer drill at 89 with the right bit, plugs and screws, "
        "or we have a fitter who can put the shelves up for you this week. Which suits you better?",
        "Short version: buy the hammer drill kit for 89, or have our fitter do it for you. Which one?",
        "Sorry, which do you prefer - doing it yourself, or the fitter?",
        "That's not good enough, sorry about that. What would you have needed from us that time?",
        "Fair. I'll show you the drill right here for two minutes, and I'll write my direct number on the receipt - "
        "if a hole goes wrong, call me. If that's sorted, would you go with the drill kit?",
        "Fair point for two uses. What if you hired one instead - 20 for the weekend, same drill, plus the plugs and "
        "screws. Would that work?",
    ], seed=0)
    assert session.outcome == "won"


def test_a_proposal_before_anything_is_settled_brings_up_what_stands_in_the_way():
    reply = _reply_to_last("drill_for_saturday", [
        "Sure, aisle four. What are you drilling into?",
        "Concrete, got it. We've got a hammer drill at 89 that goes straight through it. Shall I ring it up for you?",
    ])
    assert not any(c in reply for c in _CONFIRMATIONS)


def test_offering_to_come_back_later_to_a_customer_who_needs_nothing_is_the_polite_exit_not_a_sale():
    # round O: "I'd be glad to come by and meet her … Would that be alright?" ended in "There. I've signed."
    session = play_typed("no_need_stationery_shop", [
        "Thanks, I'd love a coffee. And that's fine - I'm not here to replace something you just renewed. How's the "
        "new till program settling in so far?",
        "That sounds like it's doing its job, even through the school rush. What does a normal week look like for you?",
        "That makes sense. Honestly, I don't think you should take on anything new right now - what you have works. "
        "When your daughter is getting ready to take over, I'd be glad to come by and meet her, if she's interested. "
        "Would that be alright?",
    ], seed=0)
    assert session.outcome != "won"
    assert session.finished


#: A shopper in a hurry whose price objection is answered by a hire offer he can say yes to (round Q, development).
_DRILL_HIRE = [
    "sure, aisle 4 right behind me. quick one so i point you at the right one - whats the job youre doing with it",
    "ah nice, saturday deadline then. what kind of wall are the shelves going on, and how heavy is the stuff going on them",
    "yeah concrete will do that to a normal drill. you said youd skip the drilling if you could - is that about time, or "
    "just not fancying the job",
    "ok straight to it. so shelves up on concrete by saturday. two options: an sds hammer drill with the right masonry "
    "bits and plugs, goes thru concrete easy, or we have a fitter who can come and put them up for you this week. which "
    "way suits you better",
    "fair, twice isnt much use for it. so if you didnt have to buy one at all - we hire the sds out for the day, or the "
    "fitter does it - would that sort it for you",
    "done. day hire on the sds plus a pack of concrete plugs and screws, ill sort it at the till now, pick up friday, "
    "bring it back monday. ok",
    "youre not buying it tho. hire is 25 for the day, about two euros a hole. cheaper than any drill here. want me to book it",
]


def test_an_objection_answered_by_the_offer_she_is_asked_to_take_is_a_yes_to_it():
    # round Q: "That I'd pay for" to "want me to book it", then a walk-out on "great, booking it now"
    # (since the sixtieth round the hire offered inside the test settles it at once, and the next proposal is the sale)
    session = play_typed("drill_for_saturday", _DRILL_HIRE, seed=0)
    assert session.outcome == "won"
    assert any("pay for" in line.text for line in session.transcript if line.speaker == "customer")


def test_asked_what_she_meant_by_her_own_condition_she_says_it_instead_of_going_round_in_circles():
    # round N: "sixty days - you mean…?" got "I feel we're not getting anywhere" and her condition word for word
    reply = _reply_to_last("distributor_nairobi", [
        "asante mr otieno, ill leave the price list for sure. before i go, im curious - you must see a lot of solar "
        "brands come thru here. whats your experience been with them",
        "two million tied up in stock that might not move, and brands that vanish by the next rains - i get why youre "
        "careful. what happened with those three when they left, were you stuck with the stock",
        "ok let me make sure i have it right. you dont want cash tied up before stock sells, youd start with one region, "
        "and you want a brand thats still around next year with someone who actually comes to your depot. is that it, "
        "or is there more",
        "fair, youve heard promises before. before i show anything - which region would you try first, and what do the "
        "shops there actually ask you for when customers come in for lamps",
        "sixty days - you mean paying sixty days after delivery, or after the shops sell it? tell me what would work for "
        "your cash flow",
    ])
    assert "getting anywhere" not in reply and "round in circles" not in reply


def test_a_typed_pitch_is_a_scripted_pitch_only_when_it_says_the_same_thing():
    from coursekit.scoring import analyse_turn
    from coursekit.sim.freetext import match_option
    from coursekit.sim.scenario import load_scenario

    options = load_scenario("pharmacy_rush_chicago").turns["answer"].options
    typed = analyse_turn("The strong syrups aren't safe at three. What works: honey before bed, saline drops and a "
                         "humidifier in her room, and here's our number if it gets worse while you're away.")
    matched = match_option(options, typed)
    assert matched is None or "half a spoon" not in matched.say  # not the unsafe adult syrup, whose reply is a walk-out
