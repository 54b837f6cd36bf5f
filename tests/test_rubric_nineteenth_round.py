"""The nineteenth round's readings: a question of its own after a playback, a customer who has to say it again,
talking at the customer, and where the customer ended up read more fairly."""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import credited_questions, is_discovery, parse_turns

_SURF = [
    {"speaker": "customer", "text": "Hi! I'm sixty-three, just moved here, and my granddaughter says I have to learn to surf. "
                                    "I have no idea what I'm looking at."},
    {"speaker": "trainee", "text": "Welcome! Your granddaughter's right. Have you had a lesson yet?"},
    {"speaker": "customer", "text": "One, last week. I stood up twice. Well, sort of crouched."},
]


def _trainee(turns: list[dict]) -> list:
    return [t for t in parse_turns(turns) if t.speaker == "trainee"]


@pytest.mark.parametrize("said", [
    "Welcome! Your granddaughter's right. Have you had a lesson yet?",
    "So you just moved here and want to learn. Have you surfed anywhere before?",
])
def test_a_closed_question_of_its_own_after_a_playback_looks_for_the_need(said: str) -> None:
    turns = [_SURF[0], {"speaker": "trainee", "text": said}, _SURF[2]]
    trainee = _trainee(turns)
    assert "paraphrase" in trainee[0].moves
    assert is_discovery(trainee[0])
    assert credited_questions(trainee)[0] == trainee


@pytest.mark.parametrize("said", [
    "So your granddaughter wants you to surf, is that right?",                       # the check itself
    "So what I'm hearing is you want to learn to surf. That's what you're after, isn't it?",  # a tag
    "So your granddaughter got you into this. Is that what you're after?",           # "is that…" points back
    "Your granddaughter's right. Would you like to book a lesson with us?",         # an offer
    "Your granddaughter's right. Which board would you like, the blue or the red?",  # a choice to close
    "Your granddaughter's right. Did you know we rent boards by the month?",         # a pitch as a question
])
def test_a_check_a_tag_an_offer_or_a_choice_after_a_playback_is_no_discovery(said: str) -> None:
    trainee = _trainee([_SURF[0], {"speaker": "trainee", "text": said}, _SURF[2]])
    assert not is_discovery(trainee[0])


def test_a_fair_conversation_that_wins_the_customer_outranks_a_pushy_one_by_thirty() -> None:
    """Few taught techniques, but the customer is served and says yes: well clear of a pushy side with more questions."""
    fair = [
        {"speaker": "customer", "text": "Hi, I need forty of the 6204 bearings, same as the last order."},
        {"speaker": "trainee", "text": "Morning! Forty of the 6204, sealed ones like last time? Have you noticed any of them "
                                       "wearing faster lately?"},
        {"speaker": "customer", "text": "Sealed, yes. No, they've been fine, we're just building more machines this year."},
        {"speaker": "trainee", "text": "Good to hear it's growing. I can have them with you Thursday morning, same as usual."},
        {"speaker": "customer", "text": "Thursday is perfect, thanks."},
    ]
    pushy = [
        fair[0],
        {"speaker": "trainee", "text": "Sure. What else can I add to your order? Everyone is switching to our premium line "
                                       "this month, and the price only holds until Friday."},
        {"speaker": "customer", "text": "No, just the bearings please."},
        {"speaker": "trainee", "text": "You'll want the premium ones though, won't you? Shall I put you down for them?"},
        {"speaker": "customer", "text": "I said no. Just the forty 6204s."},
    ]
    good, bad = score_dialogue(fair).total, score_dialogue(pushy).total
    assert bad <= 50 and good - bad >= 30, (good, bad)


@pytest.mark.parametrize("text, argues", [
    ("The doctor's office changes things at short notice, which is really outside the front desk's hands.", True),
    ("With that machine, who knows, it's not in our hands.", True),
    ("The number looks a digit short, which would explain it. Those details are always worth a second look.", True),
    ("It may be that they were left out too long. We'd always advise customers to unpack frozen items immediately.", True),
    ("We always advise on the best slot for you, and Thursday at ten is free.", False),
    ("I'll take it out of your hands and sort it for you today.", False),
    ("Leave it in our hands, I'll ring you by five.", False),
])
def test_the_fault_put_out_of_our_hands_is_an_argument(text: str, argues: bool) -> None:
    from coursekit.scoring import analyse_turn
    assert ("argument" in analyse_turn(text).moves) is argues


@pytest.mark.parametrize("last, where", [
    ("no id rather someone does it tbh, ill go with yous. send the list", "on_side"),
    ("i have the papers in my bag. lets do it", "on_side"),
    ("Sign me up, then.", "on_side"),
    ("Let's do it. But I want to see the contract first.", "pushes_back"),
    ("I'll go with you, maybe. I'll think about it.", "pushes_back"),
])
def test_settling_on_us_in_the_last_words_ends_on_the_trainees_side(last: str, where: str) -> None:
    from coursekit.scoring.exchange import where_left
    turns = parse_turns([
        {"speaker": "customer", "text": "Hi, I need a tax return done for my mum's flat. How much do you charge?"},
        {"speaker": "trainee", "text": "It's 350 for the year, and that includes registering you. If you'd rather do it "
                                       "yourself, the tax office's guide is decent and I can link it."},
        {"speaker": "customer", "text": last},
    ])
    assert where_left(turns)[1] == where


def test_a_but_that_leads_to_yes_and_a_booking_ends_on_the_trainees_side() -> None:
    from coursekit.scoring.exchange import where_left
    turns = parse_turns([
        {"speaker": "customer", "text": "Hi, what's your cheapest flight to Sydney next Monday?"},
        {"speaker": "trainee", "text": "The cheapest goes via Kuala Lumpur and lands Tuesday at six. Is it a holiday?"},
        {"speaker": "customer", "text": "A job interview Tuesday at ten, in person."},
        {"speaker": "trainee", "text": "Then there's a direct overnight for four thousand more that lands Monday evening, "
                                       "so you sleep in a bed first."},
        {"speaker": "customer", "text": "Four thousand more... but yes, I don't want to walk in looking like a zombie. "
                                        "Book the direct."},
    ])
    assert where_left(turns)[1] == "on_side"
    held_back = parse_turns([
        {"speaker": "customer", "text": "Hi, what's your cheapest flight to Sydney next Monday?"},
        {"speaker": "trainee", "text": "There's a direct overnight for four thousand more that lands Monday evening."},
        {"speaker": "customer", "text": "Four thousand more... but I'm not sure. Book the cheap one, or maybe not."},
    ])
    assert where_left(held_back)[1] != "on_side"


def test_easier_than_before_says_yes_to_what_was_shown() -> None:
    from coursekit.scoring.exchange import where_left
    turns = parse_turns([
        {"speaker": "customer", "text": "The doctor gave me this new inhaler. I'm not sure I'll manage it, my hands "
                                        "aren't what they were."},
        {"speaker": "trainee", "text": "Let's try together with the practice one. Open it, click the lever, breathe in "
                                       "quick. Feel that?"},
        {"speaker": "customer", "text": "I did. Oh, that's easier than the old spray."},
    ])
    assert where_left(turns)[1] == "on_side"


@pytest.mark.parametrize("offer, last, where", [
    ("Once it's fixed, if you ever want a leaflet about our yearly service plan, just say, but there's no need to "
     "decide anything now.", "Not just now, love. Let's get it working first.", "open"),
    ("We also do a three-lesson package with a coach if you want it.", "The lessons, maybe later, dear.", "open"),
    ("You should really take the three-lesson package today, it's the last week of the offer.",
     "The lessons, maybe later.", "pushes_back"),
])
def test_not_now_to_an_extra_offered_without_pressure_pushes_nothing_back(offer: str, last: str, where: str) -> None:
    from coursekit.scoring.exchange import where_left
    turns = parse_turns([
        {"speaker": "customer", "text": "My boiler's banging and I've had no heating since Tuesday."},
        {"speaker": "trainee", "text": "An engineer can be with you tomorrow between eight and ten. " + offer},
        {"speaker": "customer", "text": last},
    ])
    assert where_left(turns)[1] == where


_PARCEL = "hello my parcel says delivered yesterday 3pm but i was home whole day and nobody came. its a birthday gift for my son"


def test_a_customer_who_has_to_say_their_point_again_was_not_heard() -> None:
    from coursekit.scoring.dialogue import _says_it_again
    ignored = [
        {"speaker": "customer", "text": _PARCEL},
        {"speaker": "trainee", "text": "Hello! Thank you for contacting us. How can I help you today?"},
        {"speaker": "customer", "text": "my parcel says delivered but i was home and nobody came"},
        {"speaker": "trainee", "text": "Our records show it was delivered. Is there anything else I can help you with?"},
        {"speaker": "customer", "text": "i was home the whole day, nobody came with my parcel"},
    ]
    heard = [
        {"speaker": "customer", "text": _PARCEL},
        {"speaker": "trainee", "text": "That's worrying with a birthday coming. Was anyone home to sign, or did the "
                                       "tracking show a photo of the door?"},
        {"speaker": "customer", "text": "I was home all day, and no photo at all."},
        {"speaker": "trainee", "text": "Then I'll open a search with the driver now and call you by four with what he says."},
        {"speaker": "customer", "text": "Thank you, that helps."},
    ]
    assert [t.index for t in _says_it_again(parse_turns(ignored))] == [2, 4]
    assert _says_it_again(parse_turns(heard)) == []
    report = score_dialogue(ignored)
    assert report.cap is not None and report.total <= 15
    listening = next(c for c in report.criteria if c.id == "listening")
    assert listening.score < listening.maximum
    assert score_dialogue(heard).total - report.total >= 30


def test_five_times_the_customers_words_is_talking_at_them() -> None:
    pitch = ("Great question! Our premium broadband bundle gives you fibre speeds up to a gigabit, a mesh router for every "
             "room, unlimited data, a streaming pack with four channels, free installation this month, a dedicated "
             "support line, parental controls, a security suite that covers ten devices, and a price promise for two "
             "years. Most families in your area have already upgraded and they tell us it changed their evenings. ")
    lecture = [
        {"speaker": "customer", "text": "Hi, my internet keeps dropping in the evenings."},
        {"speaker": "trainee", "text": pitch},
        {"speaker": "customer", "text": "Okay."},
        {"speaker": "trainee", "text": pitch.replace("Great question! ", "And remember, ")},
        {"speaker": "customer", "text": "Right."},
    ]
    report = score_dialogue(lecture)
    assert report.cap is not None and "five times as many words" in report.cap_reason
    fair = [
        {"speaker": "customer", "text": "Hi, my internet keeps dropping in the evenings, usually around eight when the kids "
                                        "are streaming and I'm on work calls."},
        {"speaker": "trainee", "text": "That's a bad time for it to go. Does it drop on every device, or mostly on the "
                                       "ones upstairs?"},
        {"speaker": "customer", "text": "Mostly upstairs, the laptop in the back bedroom loses it completely."},
        {"speaker": "trainee", "text": "Then it's likely the signal, not the line. I can send an engineer on Thursday "
                                       "between two and four to check the router's position and test upstairs."},
        {"speaker": "customer", "text": "Thursday works, thanks."},
    ]
    assert score_dialogue(fair).cap is None
    explained = [  # long answers to what the customer asked are talk they asked for (they count half)
        {"speaker": "customer", "text": "How does the pension transfer work?"},
        {"speaker": "trainee", "text": "It takes three steps. We ask your old provider for the transfer value, which takes "
                                       "two or three weeks, and send you a form that shows what you would give up, such as "
                                       "a guaranteed annuity rate. You read it with us and decide; nothing moves until you "
                                       "sign. Then the money moves as cash and goes into the fund you chose."},
        {"speaker": "customer", "text": "And the fees?"},
        {"speaker": "trainee", "text": "Our yearly charge is 0.45 percent of the fund, and the funds cost between 0.1 and "
                                       "0.3 percent. On forty thousand that is about 180 pounds a year. Your old provider may "
                                       "charge an exit fee; the form will show it."},
        {"speaker": "customer", "text": "That's clear, thank you."},
    ]
    assert score_dialogue(explained).cap is None


@pytest.mark.parametrize("last", [
    "you know what, i will go to the apotek near her house myself. too many mistakes",
    "Nothing. I will go to the branch myself.",
])
def test_going_to_see_to_it_oneself_walks_out(last: str) -> None:
    from coursekit.scoring.exchange import walked_away
    turns = parse_turns([
        {"speaker": "customer", "text": "I need my mum's medicine sent to her address, not mine."},
        {"speaker": "trainee", "text": "Noted, sending it to your address then."},
        {"speaker": "customer", "text": last},
    ])
    assert walked_away(turns) is turns[-1]


def test_a_playback_with_figures_the_customer_never_said_put_right_by_theirs() -> None:
    from coursekit.scoring.dialogue import _puts_figures_right
    turns = parse_turns([
        {"speaker": "customer", "text": "I want metformin 500mg, 60 tablets, sent to my mum's address."},
        {"speaker": "trainee", "text": "So that's metformin 850 mg, 60 tablets, to your address, correct?"},
        {"speaker": "customer", "text": "metformin 500. to my mum."},
        {"speaker": "trainee", "text": "So metformin 500 mg, 60 tablets, at 187 in total, to your mum's. Right?"},
        {"speaker": "customer", "text": "Yes, 60 of the 500."},
    ])
    assert _puts_figures_right(turns, turns[2])
    assert not _puts_figures_right(turns, turns[4])  # a yes that says the figures again confirms them


def test_i_said_counts_as_saying_it_again_but_not_later_than_i_said() -> None:
    from coursekit.scoring.dialogue import _says_it_again
    opening = {"speaker": "customer", "text": "I need an appointment for my son, he's seven, his ear hurts and he has a fever."}
    turns = parse_turns([
        opening,
        {"speaker": "trainee", "text": "Good morning. What is the reason for the appointment?"},
        {"speaker": "customer", "text": "I said, the ear."},
        {"speaker": "trainee", "text": "Name and date of birth?"},
        {"speaker": "customer", "text": "Bobur Rashidov, fifth of March. He's seven. I said seven."},
        {"speaker": "trainee", "text": "There's 11:40 or 15:20."},
        {"speaker": "customer", "text": "15:20, thanks. I'll be back with my son later than I said to his school."},
    ])
    assert [t.index for t in _says_it_again(turns)] == [2, 4]


@pytest.mark.parametrize("last", ["I suppose it'll have to. Thanks.", "Okay... I guess."])
def test_going_along_for_want_of_another_way_keeps_a_quarter(last: str) -> None:
    from coursekit.scoring.dialogue import OUTCOME_CREDIT
    turns = [
        {"speaker": "customer", "text": "The engineer was booked for this morning and nobody came. We've had no heating since Sunday."},
        {"speaker": "trainee", "text": "The best I can do is the next slot, Thursday between eight and twelve."},
        {"speaker": "customer", "text": last},
    ]
    outcome = next(c for c in score_dialogue(turns).criteria if c.id == "customer_outcome")
    assert outcome.score == pytest.approx(outcome.maximum * OUTCOME_CREDIT["grudging"], abs=0.1)
    assert "not won over" in outcome.feedback


@pytest.mark.parametrize("last, where", [
    ("no thats all, thank u so much", "on_side"),
    ("No, thank you, bhai. You were very kind.", "on_side"),
    ("Nah, all good. Where's the best fish and chips on the way?", "on_side"),
    ("no. thanks", "open"),
])
def test_no_with_thanks_to_anything_else_needs_nothing_more(last: str, where: str) -> None:
    from coursekit.scoring.exchange import where_left
    turns = parse_turns([
        {"speaker": "customer", "text": "My parcel went to the wrong door."},
        {"speaker": "trainee", "text": "I've asked the driver to collect it and bring it to you by six. Is there anything "
                                       "else I can help with?"},
        {"speaker": "customer", "text": last},
    ])
    assert where_left(turns)[1] == where


@pytest.mark.parametrize("last, where", [
    ("the queue there is 200 people. you are useless", "pushes_back"),
    ("It's on my desk. This is not helpful.", "pushes_back"),
    ("Are you havin' a laugh?", "pushes_back"),
    ("I want a different provider.", "left"),
    ("Forget it, I'll ring somewhere else.", "left"),
    ("I'm going to Ofcom.", "left"),
    ("That was very helpful, thanks.", "on_side"),
])
def test_a_verdict_on_the_help_or_going_elsewhere(last: str, where: str) -> None:
    from coursekit.scoring.exchange import where_left
    turns = parse_turns([
        {"speaker": "customer", "text": "My broadband has been down since Monday and I work from home."},
        {"speaker": "trainee", "text": "Line checks run overnight. You can visit our shop in town with the router."},
        {"speaker": "customer", "text": last},
    ])
    assert where_left(turns)[1] == where


def test_an_identity_check_answered_is_not_the_customer_saying_it_again() -> None:
    """Found by trying the rule as an outsider: "Can you confirm the address?" makes the customer repeat it."""
    from coursekit.scoring.dialogue import _says_it_again
    turns = parse_turns([
        {"speaker": "customer", "text": "Hi, my washing machine at 12 Baker Street in Leeds is leaking again, it's the "
                                        "Bosch you fitted in March."},
        {"speaker": "trainee", "text": "Sorry to hear it's leaking again. Can you confirm the address for me?"},
        {"speaker": "customer", "text": "12 Baker Street, Leeds."},
        {"speaker": "trainee", "text": "An engineer can come Thursday between 8 and 10 to look at the seal."},
        {"speaker": "customer", "text": "Yes, Thursday works, thanks."},
    ])
    assert _says_it_again(turns) == []
