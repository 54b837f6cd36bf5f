"""The twentieth round's readings: sympathy, apology and taking it on said in everyday words count as such;
"so sorry, …" is no summary."""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import parse_turns

_UPSET = "This is the third time the delivery hasn't come. I took the day off for it and nobody rang me!"


def _moves(reply: str, customer: str = _UPSET) -> frozenset[str]:
    turns = parse_turns([{"speaker": "customer", "text": customer}, {"speaker": "trainee", "text": reply}])
    return turns[1].moves


@pytest.mark.parametrize("reply", [
    "Nine days to settlement and no calls back, that's genuinely frightening.",
    "Three times? That's the worst. Let me look.",
    "completely understandable. you did the right thing keeping the box.",
    "Ay, no. Tell me what happened this morning.",
    "Oh no, a whole day off for nothing?",
    "Four times, and each time you were told it was fixed. I'd be done too.",
    "I'm so glad you're okay. Is anyone hurt?",
    "Nervous is normal. What worries you most?",
    "Poor thing, has she eaten today?",
    "Olá, that's a horrible thing to come home to.",
])
def test_sympathy_in_everyday_words_is_empathy(reply: str) -> None:
    assert "empathy" in _moves(reply)


@pytest.mark.parametrize("reply", [
    "Sorry, Siobhan. Which two, and which pay date?",
    "Olá, sorry, that's a horrible thing to wake up to.",
    "Sorry! Let me fix that now.",
    "so sorry, that's really annoying with hungry kids.",
    "Sorry, three times is far too many. Which house did the driver leave it at?",
])
def test_a_plain_sorry_for_what_happened_is_an_apology(reply: str) -> None:
    assert "apology" in _moves(reply)


@pytest.mark.parametrize("reply", [
    "Sorry, what was the name again?",
    "Sorry, can you say that again?",
    "sorry to bother you, can I ask one more thing?",
    "Then do a patch test next time. I can't help you with this, sorry. Next, please.",
    "What a lovely day. Is it for you?",
    "Oh no problem, I can do that.",
])
def test_no_apology_or_sympathy_where_there_is_none(reply: str) -> None:
    assert not _moves(reply) & {"apology", "empathy"}


def test_so_sorry_is_no_summary_of_the_customer() -> None:
    moves = _moves("so sorry, that's really annoying with hungry kids.", "the pizza is missing!! my kids are hungry")
    assert "paraphrase" not in moves
    assert {"apology", "empathy"} <= moves


@pytest.mark.parametrize("reply", [
    "Hi, sorry, I'm on it now.",
    "I'm refunding the fries and the delivery fee now.",
    "done, restaurant confirmed, it goes with the next driver, ETA 19:40.",
])
def test_taking_it_on_now_is_a_commitment(reply: str) -> None:
    assert "commitment" in _moves(reply)


def test_an_upset_customer_met_with_everyday_sympathy_scores_as_calmed() -> None:
    plain = [
        {"speaker": "customer", "text": "ola. water came from the flat above last night, kitchen ceiling is dripping, "
                                        "floor is ruined. i have contents insurance with you. what do i do?"},
        {"speaker": "trainee", "text": "Olá, sorry, that's a horrible thing to wake up to. What's happening in the kitchen now?"},
        {"speaker": "customer", "text": "it still drips a bit. the neighbour closed the water."},
        {"speaker": "trainee", "text": "Good. I'm opening the claim now and a loss adjuster will ring you tomorrow before noon."},
        {"speaker": "customer", "text": "ok thank you"},
    ]
    calm = next(c for c in score_dialogue(plain).criteria if c.id == "calm_with_upset_customer")
    assert calm.applies and calm.score / calm.maximum >= 0.99


def _where_left(trainee: str, customer: str) -> str:
    from coursekit.scoring.exchange import where_left
    turns = parse_turns([{"speaker": "customer", "text": "My suitcase didn't come off the plane, it has my mother's medicine."},
                         {"speaker": "trainee", "text": trainee}, {"speaker": "customer", "text": customer}])
    return where_left(turns)[1]


def test_telling_the_trainee_to_send_the_thing_itself_goes_ahead() -> None:
    offer = "It came on the next flight. We can send it to your house with our courier tonight, free, or you can wait here."
    assert _where_left(offer, "Send it, please. I'll write my address.") == "on_side"


def test_asking_for_the_paper_to_be_sent_decides_nothing() -> None:
    assert _where_left("We can send you the quote today.", "Send it, I'll look.") != "on_side"



@pytest.mark.parametrize("customer", [
    "ok. ok. we have no carrier anyway. he is Vajk, i am Réka. leaving now",
    "One field. Lote 7, next week. I'll be there.",
])
def test_a_customer_on_the_way_ends_on_side(customer: str) -> None:
    assert _where_left("Come in now and the vet will see him first; we'll talk about the cost after the exam.", customer) == "on_side"


def test_on_the_way_with_a_condition_is_not_won() -> None:
    said = "I'll be there, but if it costs more than fifty I'm not paying."
    assert _where_left("Come in at ten and we'll look at it.", said) != "on_side"


def _builds_on(customer: str, reply: str) -> bool:
    from coursekit.scoring.exchange import builds_on
    return builds_on(parse_turns([{"speaker": "customer", "text": customer}, {"speaker": "trainee", "text": reply}])[1])


_DROPPED = "The line drops every evening at seven. I work from home and I lose clients over it."


@pytest.mark.parametrize("reply", [
    "I understand. Our premium plan has priority routing. Shall I sign you up today?",
    "I understand completely. You'd want the fibre upgrade, wouldn't you?",
])
def test_a_stock_i_understand_before_moving_on_takes_nothing_up(reply: str) -> None:
    assert not _builds_on(_DROPPED, reply)


@pytest.mark.parametrize("reply", [
    "I understand. Every evening at seven, so it's the busy hour. What happens on the router when it drops?",
    "I understand. I'm sending an engineer tomorrow morning. Anything else you need today?",
])
def test_i_understand_with_the_customer_s_point_taken_up_builds_on_it(reply: str) -> None:
    assert _builds_on(_DROPPED, reply)


def test_a_customer_cut_off_was_not_listened_to() -> None:
    turns = [
        {"speaker": "customer", "text": "I've been spotting heats by eye for thirty years, and my neighbour had these collars and the tags kept—"},
        {"speaker": "trainee", "text": "Our collar is a different thing altogether: neck-mounted, seven-year battery, ninety percent accurate."},
        {"speaker": "customer", "text": "Right. What does it cost?"},
        {"speaker": "trainee", "text": "About thirty-two thousand installed for your herd."},
        {"speaker": "customer", "text": "I see."},
    ]
    listening = next(c for c in score_dialogue(turns).criteria if c.id == "listening")
    assert listening.score < listening.maximum
    assert "moved on" in listening.feedback or "took up" in listening.feedback


def _confirming(turns: list[dict]) -> float:
    c = next(c for c in score_dialogue(turns).criteria if c.id == "confirming_understanding")
    return c.score / c.maximum


_EAR = "Hello, I need an appointment with the ENT doctor for my son. His ear hurts since last night, and he has fever, 38.5."


def test_the_customer_s_own_words_given_back_without_so_confirm_understanding() -> None:
    turns = [{"speaker": "customer", "text": _EAR},
             {"speaker": "trainee", "text": "Ear hurts since last night and a fever of 38.5. Is he registered with us?"},
             {"speaker": "customer", "text": "Yes, registered. Bobur Rashidov, fifth of March 2017."},
             {"speaker": "trainee", "text": "Found him. Doctor Karimova can see him at 15:20 today. Shall I book it?"},
             {"speaker": "customer", "text": "Yes, 15:20, thank you."}]
    assert _confirming(turns) == 1.0  # (a proposal the customer took would earn half: `ACTED_ON`)


def test_a_greeting_and_the_customer_s_name_given_back_sum_up_nothing() -> None:
    turns = [{"speaker": "customer", "text": "Good evening, this is Mrs Harrington in room 214. The air conditioning isn't working."},
             {"speaker": "trainee", "text": "Good evening, Mrs Harrington. Our spa has a cooling massage for two at 95 euros tonight."},
             {"speaker": "customer", "text": "No, thank you. We just need the room to be cool."},
             {"speaker": "trainee", "text": "Of course. Anything else I can do for you this evening?"},
             {"speaker": "customer", "text": "Not really, no. Good night."}]
    assert _confirming(turns) == 0


@pytest.mark.parametrize("reply", [
    "It can. I'll hold Sorrento for October 10th to 17th, refundable until September 19th.",
    "Great. You'll have the estimate within five working days of getting it.",
    "Yes, I'll bring a booster from the back. Give me three minutes.",
])
def test_a_next_step_with_a_date_or_a_span_is_a_commitment(reply: str) -> None:
    assert "commitment" in _moves(reply)


def test_a_summary_in_other_words_the_customer_took_the_proposal_on_confirms_understanding() -> None:
    turns = [{"speaker": "trainee", "text": "What's happened with your current machine?"},
             {"speaker": "customer", "text": "It broke last week, and we've got a baby, so there's washing everywhere."},
             {"speaker": "trainee", "text": "How quickly do you need the new one working?"},
             {"speaker": "customer", "text": "As soon as possible. And I can't carry the old one downstairs."},
             {"speaker": "trainee", "text": "So you need it fast and you need the old one taken away. We can deliver on "
                                            "Thursday, install it and take the old one. Would that work?"},
             {"speaker": "customer", "text": "Thursday is perfect."}]
    assert _confirming(turns) > 0


def test_sympathy_beside_a_yeah_is_not_taken_for_a_wrong_summary() -> None:
    turns = [{"speaker": "customer", "text": "Hiya, I bought this laptop here on Saturday and there's a line of dead pixels down "
                                             "the screen. I'd like to swap it."},
             {"speaker": "trainee", "text": "Oh no, that's annoying when it's only a few days old. Yeah, I can see it, right "
                                            "there on the left. Have you got the receipt?"},
             {"speaker": "customer", "text": "Receipt's here."},
             {"speaker": "trainee", "text": "Perfect. You can have a straight swap; we've got the same model in stock."},
             {"speaker": "customer", "text": "Brilliant, thank you."}]
    confirming = next(c for c in score_dialogue(turns).criteria if c.id == "confirming_understanding")
    assert "annoying" not in confirming.feedback  # not quoted as a summary of things the customer never said


def test_have_you_heard_about_our_plan_sells_something_else() -> None:
    reply = "Sorry! That's the worst. Have you heard about our Delivery Plus membership? Free next-day on everything."
    assert "upsell" in _moves(reply)


@pytest.mark.parametrize("reply", [
    "I'm ordering a new card now, it'll be with you by Thursday, and you can use Apple Pay on your phone from today.",
    "Your new plan works from today.",
])
def test_a_service_that_starts_today_is_no_pressure(reply: str) -> None:
    assert "pressure" not in _moves(reply)


def test_paying_today_is_still_pressure() -> None:
    assert "pressure" in _moves("You really should pay the deposit today, before the price goes up.")


def test_a_favour_for_tonight_is_no_pressure() -> None:
    assert "pressure" not in _moves("And may I book you a table on the rooftop tonight, on the house, for the trouble?")
    assert "pressure" in _moves("You should book the rooftop tonight, it's the last table.")


@pytest.mark.parametrize("reply,move", [
    ("What do you want me to do about it?", "rudeness"),
    ("I haven't got time for this.", "rudeness"),
    ("Don't waste my time.", "rudeness"),
    ("Just google it.", "rudeness"),
    ("*sighs* Fine.", "rudeness"),
    ("Go complain somewhere else then.", "rudeness"),
    ("Nobody forced you to buy it.", "argument"),
    ("Well, that's on you.", "argument"),
    ("Obviously you plugged it in wrong.", "argument"),
    ("That's what happens when you buy the cheap one.", "argument"),
    ("Honestly, I don't see what the problem is.", "argument"),
])
def test_a_brush_off_or_blame_in_everyday_words_is_read(reply: str, move: str) -> None:
    assert move in _moves(reply)


@pytest.mark.parametrize("reply", [
    "Let me google it for you quickly.",
    "I don't have time for a break today, but I'll stay until your car is done.",
    "Seriously, you did the right thing bringing it in.",
    "That's on us, not you.",
    "Ugh, I'm so sorry, that's awful.",
])
def test_their_neighbours_are_not(reply: str) -> None:
    assert not _moves(reply) & {"rudeness", "argument"}


@pytest.mark.parametrize("reply,move", [
    ("Most people also take the screen protector, shall I pop one in?", "upsell"),
    ("For ten more a month you'd get double the data, want me to switch you?", "upsell"),
    ("While we're at it, shall I upgrade your router too?", "upsell"),
    ("We only have two left in stock.", "pressure"),
    ("I can hold it for you until five, after that it's gone.", "pressure"),
    ("What would make this a yes for you today?", "pressure"),
    ("You don't want to be left behind, do you?", "pressure"),
    ("If I can get the price down, will you sign now?", "discount"),
    ("Would you prefer the standard or the premium package?", "closing"),
])
def test_selling_and_pushing_in_everyday_words_is_read(reply: str, move: str) -> None:
    assert move in _moves(reply)


@pytest.mark.parametrize("reply", [
    "Would you like a hand with that?",
    "Most people also find the first week the hardest.",
    "I don't want to miss anything you need, so what else is on your list?",
])
def test_offers_of_help_and_plain_remarks_sell_nothing(reply: str) -> None:
    assert not _moves(reply) & {"upsell", "pressure"}


@pytest.mark.parametrize("reply", [
    "That's the courier's fault, not ours.",
    "You'll have to take it up with the manufacturer.",
    "I only handle sales, you need the service desk.",
    "Our system doesn't allow that, sorry.",
    "It worked fine when it left here.",
    "Other customers manage just fine.",
    "I'm just following procedure.",
    "According to our records you were notified.",
])
def test_passing_the_fault_on_is_an_argument(reply: str) -> None:
    assert "argument" in _moves(reply)


@pytest.mark.parametrize("reply", [
    "It was our fault, and I'm sorry.",
    "I can't change the flight, but I can rebook you tomorrow.",
    "Our system doesn't allow refunds to cash, so I'll put it back on your card today.",
])
def test_owning_it_or_a_way_round_is_not(reply: str) -> None:
    assert "argument" not in _moves(reply)


@pytest.mark.parametrize("said", [
    "I've been on hold for forty minutes.",
    "I'm so annoyed right now.",
    "I'm really not happy about this.",
    "I'm at my wits' end.",
    "I want this sorted today or I'm cancelling.",
    "Why does nobody ever call back?",
    "im so done with this",
])
def test_a_customer_at_the_end_of_their_patience_is_upset(said: str) -> None:
    from coursekit.scoring.moves import is_upset
    assert is_upset(said)


@pytest.mark.parametrize("said", [
    "I'm so done with the old one, it's time for an upgrade!",
    "Yes, I'm so stressed about the move, can you help me pick boxes?",
    "Sorry, I was on hold for two minutes, no problem.",
    "When line two stopped last year, your hotline put me on hold for forty minutes.",  # a past grievance told calmly
])
def test_a_glad_or_busy_customer_is_not(said: str) -> None:
    from coursekit.scoring.moves import is_upset
    assert not is_upset(said)


@pytest.mark.parametrize("reply,move", [
    ("Where should we deliver your new sofa?", "closing"),
    ("When would you like your first delivery of the premium box?", "closing"),
    ("Why don't we just go ahead and book it?", "closing"),
    ("What's the best number to put on the contract?", "closing"),
    ("What's stopping us from getting this set up for you today?", "pressure"),
    ("How soon can we get your signature on this?", "pressure"),
    ("How about we lock in this rate before it changes?", "pressure"),
])
def test_the_close_in_the_shape_of_an_open_question_is_read(reply: str, move: str) -> None:
    assert move in _moves(reply)


@pytest.mark.parametrize("reply", [
    "Where should we send the replacement part?",
    "Can I have your signature on the return form?",
    "Why don't we check the fuse first?",
])
def test_a_service_step_is_no_close(reply: str) -> None:
    assert not _moves(reply) & {"closing", "pressure"}


@pytest.mark.parametrize("reply", [
    "Don't you think it's time you treated yourself?",
    "You can see how much better this one is, can't you?",
    "It makes sense to go for the bigger size, doesn't it?",
    "Any sensible person would choose the warranty, right?",
])
def test_the_answer_put_in_the_customer_s_mouth_leads(reply: str) -> None:
    assert "leading" in _moves(reply)


@pytest.mark.parametrize("reply", [
    "Don't you think it's odd that it only happens at night?",
    "It makes sense to check the fuse first, then we'll know more.",
    "You can see the tracking on the app. Does that help?",
])
def test_a_real_question_or_a_plan_does_not(reply: str) -> None:
    assert "leading" not in _moves(reply)
