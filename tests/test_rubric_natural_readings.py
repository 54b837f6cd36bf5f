"""Natural service talk read for what it does (2026-12-02, twelfth round).

Found on the good sides of measured natural dialogue sets (blind13-blind23), written here in other words:
a purpose clause is no denial ("…so it doesn't happen a third time"), "not a stupid question" is kindness,
figures read back are no keyword list, a hold that gives time to decide is no scarcity; a customer who says
yes to something in particular and goes on to say why is not pushing back, and one who goes elsewhere is.
Then blind24 and blind25, measured once on the code of the first commit and read afterwards: blame put on
what the customer did, "many customers forget", doubted honesty, terms quoted by clause, a dearer plan
pressed in a support call and the alternative close on a day or a way to pay.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.scoring.dialogue import CAPS
from coursekit.scoring.exchange import objection_after


@pytest.mark.parametrize("text, move, present", [
    # purpose, not denial
    ("Send me the photo and I'll add it to the complaint so it doesn't happen a third time.", "argument", False),
    ("I've told the depot, so that it never happens again.", "argument", False),
    ("That never happens with our lorries.", "argument", True),
    # kindness about the question, not an insult
    ("Not a stupid question at all, most first-time buyers ask it.", "rudeness", False),
    ("There's no stupid question here, honestly.", "rudeness", False),
    ("That's a stupid question.", "rudeness", True),
    # we failed to tell them: no blame
    ("I'm sorry, you should have heard about the extra charge before the invoice.", "argument", False),
    ("You should have read the contract.", "argument", True),
    # sympathy, not contradiction
    ("Oh no, that's not on - the driver should have waited.", "argument", False),
    ("No, that's not true, our drivers always wait.", "argument", True),
    # an offer of a call, not "complain if you want"
    ("I can set up a call with the owner if you want to hear it from her.", "rudeness", False),
    ("Ring the head office if you want, it won't change anything.", "rudeness", True),
    # advice to buy what is needed elsewhere and claim it back, not a push to buy from us tonight
    ("Buy what you need tonight, a shirt and toiletries, and claim it back with the receipts.", "pressure", False),
    ("Buy it tonight and I'll knock off ten percent.", "pressure", True),
    # a hold that gives time to decide, not scarcity
    ("I can hold both weekends until the 30th, no deposit, so you don't lose them while your boss decides.", "pressure", False),
    ("I'll pencil you in for Tuesday so you don't lose the slot.", "pressure", True),
    # blind24 and blind25 (measured once, then read): reassurance, a plain date and "nothing to decide" are no offence
    ("You're not overreacting, a limp like that is worth a look today.", "rudeness", False),
    ("Your discount runs 24 months from when you signed up.", "argument", False),
    ("There's nothing you have to decide this morning.", "pressure", False),
    ("We're open late on Thursdays, the last one at 8:00.", "pressure", False),
    ("When's your last day in the flat?", "pressure", False),
    ("If she's in pain before then, come straight in, don't wait for the appointment.", "pressure", False),
    ("Don't wait, the price goes up on Monday.", "pressure", True),
    # ... and blame, talking down and passing the question on are offences however politely put
    ("Our engineers did the install correctly; the problem is the cleaner you used.", "argument", True),
    ("A lot of gardeners forget to water in the autumn.", "rudeness", True),
    ("Are you sure nobody else used the card? Customers sometimes forget.", "rudeness", True),
    ("More likely it's been dropped since you collected it.", "argument", True),
    ("It's excluded under clause 7 of your policy; I'd recommend reading the terms again.", "argument", True),
    ("Billing questions are for the bank, I'm reception.", "argument", True),
    ("Did you know our Gold plan includes priority support?", "upsell", True),
    # blind26 and blind27 (measured once, then read): the problem played down or put back on the customer
    ("A chip on a stone worktop is normal, it adds character and you'll barely notice it.", "argument", True),
    ("Our fittings are always precise, so it's probably just you getting used to them.", "argument", True),
    ("It's covered unless it was dropped, which is usually what's happened with these.", "argument", True),
    ("The new hinge is silent, you'll hardly notice the door closing.", "argument", False),
    # a diagnosis of the customer's account or equipment is told, not played back
    ("The signal isn't reaching your router, so it's a fault in the street.", "paraphrase", False),
    ("Your meter has been switched to a time-of-use tariff.", "paraphrase", False),
    ("So your parcel has been sitting at the depot for a week and nobody rang you.", "paraphrase", True),
    ("Your reference number is 4471. If you have any other questions, just reply here.", "paraphrase", False),
    ("Which would you prefer for the fitting, Monday morning or Friday afternoon?", "closing", True),
    ("Which payment option suits you better, twelve instalments or one payment?", "closing", True),
    # thirteenth round (good sides of blind24-blind27 capped for pressure): a charge waived, advice to get help,
    # past statements, a purchase the customer may need elsewhere and a plan agreed are no pressure
    ("You won't pay for the missed week - I'll refund it today.", "pressure", False),
    ("If the swelling gets worse tonight, please go, don't wait.", "pressure", False),
    ("The last few statements were estimated, so this one caught up.", "pressure", False),
    ("Keep the receipts if you need to buy a charger while you wait.", "pressure", False),
    ("So we order now, and I'll send you the build slot when the factory confirms it.", "pressure", False),
    ("Only the last few left at this price, so I'd grab one.", "pressure", True),
    ("Order now and it's yours by Friday.", "pressure", True),
    # blind28 and blind29 (measured once, then read): a test of a price objection that offers instalments is no
    # close; a look at the customer's order is no "order now"; "don't wait" for a case is advice
    ("Is it the deposit or the monthly cost that worries you? You can spread it over twelve months.", "closing", False),
    ("Let me look at the order now. What's the order number?", "pitch", False),
    ("If the rash spreads to his chest, don't wait, ring the night line.", "pressure", False),
    ("Don't wait, the offer ends on Friday.", "pressure", True),
    # the speaker's own action now, whatever the verb, is a commitment
    ("A photo is fine. I'll attach it now, and she brings the original in September.", "commitment", True),
    ("I'll have to ask now, hang on.", "commitment", False),
    # blind30 (measured once, then read): time given is no pressure, a refund form is no signature pushed for,
    # and our own check set against what the customer sees is an argument
    ("Talk it over with your sister and decide together, no rush today.", "pressure", False),
    ("Of course. Sign here, please, and this is your refund slip.", "pressure", False),
    ("I doubt it. We checked it before we left and it was dry, and a new tap doesn't just start dripping.", "argument", True),
    # blind31 (measured once, then read): the customer's honesty doubted in a question or by "we do get people who…"
    ("I have to ask, are you sure it came like this? We do see people who drop things and bring them back.", "rudeness", True),
    ("Are you sure it was the 14th? The booking shows the 15th.", "rudeness", False),
    ("We get a lot of customers asking about that, it's a fair question.", "rudeness", False),
    # fourteenth round (blind33): a softened "I disagree" is still an argument; disagreeing with someone else is not
    ("To be fair, I'd disagree with you on that, the oak is far harder wearing.", "argument", True),
    ("We would have to disagree there, the boiler was serviced in May.", "argument", True),
    ("I disagree with the last quote you got: you don't need a new roof at all.", "argument", False),
    # passed to another office, or to the rules in a guide (blind32); a warm handover and a page pointed to are not
    ("I'm only bookings. Refunds are handled by the finance team, that's a separate department.", "argument", True),
    ("It's all in the tenant handbook, section three: repairs must be reported online.", "argument", True),
    ("The rules also say no pets are allowed in the cabins, sorry.", "argument", True),
    ("That's a different team, but I'll put you through to Maya and stay on the line.", "argument", False),
    ("The guide says the car park is behind the station; shall I send you the map?", "argument", False),
    # condescension in a question or a parting shot (blind32), not a sympathetic question
    ("So the kettle's empty. Did you think it boils on magic?", "rudeness", True),
    ("Do you even know which model you bought?", "rudeness", True),
    ("There's a warning light for that, or do you just ignore it?", "rudeness", True),
    ("Suit yourself. Don't come back in a week moaning about it.", "rudeness", True),
    ("Reckon you'll manage to bring the receipt next time?", "rudeness", True),
    ("Did nobody tell you about the free service at six months? I'll book it for you.", "rudeness", False),
    ("Do you know roughly how old the boiler is?", "rudeness", False),
])
def test_moves_of_natural_service_talk(text, move, present):
    assert (move in analyse_turn(text).moves) is present


def _bank_call(check: str) -> list[dict]:
    return [
        {"speaker": "customer", "text": "Three payments I never made just left my account, 2,100 in total. I'm really scared."},
        {"speaker": "trainee", "text": f"That's frightening, I'm blocking the card right now. {check}"},
        {"speaker": "customer", "text": "Yes, all three, this morning."},
        {"speaker": "trainee", "text": "Thank you. I've opened a fraud claim; the money is back by tomorrow evening. "
                                       "Is anything else worrying you?"},
        {"speaker": "customer", "text": "No, that's it. Thank you, I feel calmer."},
    ]


def test_figures_read_back_in_one_question_are_no_keyword_stuffing():
    report = score_dialogue(_bank_call("Can you confirm the three payments, 1,250, 600 and 250, all to the same shop?"))
    assert report.cap is None, report.summary
    stuffed = score_dialogue(_bank_call("Can you confirm your goals, success, trust, service, experience and relationship?"))
    assert stuffed.cap is not None


@pytest.mark.parametrize("before, reply, objects", [
    # a yes to something in particular, then why or how it suits them
    ("Would a Thursday morning visit work?", "Thursday is good. Come after nine, we do the school run first.", False),
    ("There's a smaller class on Tuesdays.", "Five people is good. I don't want a crowd. Maybe I can try this Tuesday?", False),
    ("We can do twelve monthly instalments.", "Twelve instalments is fine. Is there a form to sign?", False),
    ("Try it with the screen a bit higher.", "Oh, that's much better. I don't have to bend my neck.", False),
    ("There's an off-peak pass for mornings.", "Mornings would work, I'm free until two. I'll do the trial week first.", False),
    ("There's a payment plan with no interest.", "That would help, cash is tight this month. Thanks for making it clear.", False),
    # a question about the offer after a yes
    ("We'd have the coat ready Friday at noon.", "Friday noon works. So I don't need to bring the receipt?", False),
    ("The fabric is the same price.", "ok is it harder to clean", False),
    # but, holding back or going elsewhere
    ("The package is 4,000 all in.", "Sounds good, but our budget is 2,500.", True),
    ("Would you like to go ahead?", "That's better. Let me run the numbers with my brother and I'll come back to you.", True),
    ("Anything else I can help with today?", "i think ill try some other places, thanks", True),
    ("Monday or Wednesday to start?", "Neither for now. Thanks, I'll find my own way out.", True),
    ("Which fits you better, this summer or next spring?", "next year maybe. i will look myself, thank you", True),
    ("Can we book you in?", "Ehm, no, I don't want a new one. Mine is good for me, just fix it.", True),
    # an extra turned down, and a yes to the paperwork with the decision put off
    ("For only 300 more I can upgrade you to a sea-view room?", "No, thank you. Just the key, please.", True),
    ("Would you like to add our travel insurance?", "I said no. Please, the boarding pass.", True),
    ("I'll email the contract, no commitment.", "Okay, send it. I'll talk with my husband and call you back.", True),
    # negative words that agree, and "Good," before a plan
    ("We can send someone to measure, free of charge.", "Alright, a look won't hurt. Could you come on a Tuesday morning?", False),
    ("She can join a free class on Saturday.", "Good, I'll bring her on Saturday.", False),
    ("Shall I ring you back at five?", "No problem, five is fine.", False),
    # a lower price named elsewhere is the price objection
    ("The season is 495, clearing from five centimetres.", "Hmm. The lad two streets over charges 380.", True),
    ("The season is 495, clearing from five centimetres.", "Four ninety-five. The guy next door asks 380.", True),
    ("Our course is 1,450 for ten weeks.", "ok. my friend is paying like nine hundred for the same online", True),
    # a no that puts a summary right, or needs nothing more, objects to nothing
    ("So you'd like to move the delivery to Friday, is that right?", "No, to Thursday. Friday I'm away.", False),
    ("Is there anything else I can help with?", "no. just get the parcel here please", False),
])
def test_a_yes_with_reasons_is_no_objection_and_going_elsewhere_is(before, reply, objects):
    assert objection_after(before, reply) is objects


def test_a_customer_who_takes_up_the_proposal_with_reasons_ends_on_side():
    turns = [
        {"speaker": "customer", "text": "I'd like to start swimming after my hip operation. Do you have a pool?"},
        {"speaker": "trainee", "text": "We do, with a warm shallow lane. Has your physio given you exercises, or would you like help here?"},
        {"speaker": "customer", "text": "She gave me a sheet, so I mostly need the pool."},
        {"speaker": "trainee", "text": "Then a pool-only pass is enough. There's an off-peak one for weekday mornings, and a free "
                                       "three-day trial first."},
        {"speaker": "customer", "text": "Mornings would work, I'm home then. I'll do the three days first."},
        {"speaker": "trainee", "text": "Great, I'll put your name down for Monday."},
    ]
    outcome = next(c for c in score_dialogue(turns).criteria if c.id == "customer_outcome")
    assert outcome.score == outcome.maximum, outcome.feedback


def test_a_customer_who_refuses_to_pay_for_our_fault_is_pushing_back():
    turns = [
        {"speaker": "customer", "text": "My boiler has leaked twice since your engineer serviced it last week."},
        {"speaker": "trainee", "text": "I'm sorry to hear that. We can send someone for a full check, it's 90 pounds."},
        {"speaker": "customer", "text": "Why should I pay when the leak started after your service? I'm not happy."},
        {"speaker": "trainee", "text": "I understand. Is there anything else I can help with?"},
    ]
    outcome = next(c for c in score_dialogue(turns).criteria if c.id == "customer_outcome")
    assert outcome.score == 0, outcome.feedback


def test_a_greeting_with_an_exclamation_mark_is_no_complaint():
    from coursekit.scoring.moves import upset_level

    assert upset_level("hi! is the starter kit ok for someone who has never tried embroidery? it's a present")[0] < 1.0
    assert upset_level("It never worked! I want my money back.")[0] >= 2.0


def test_a_short_question_is_not_keyword_stuffing_however_many_levels_it_touches():
    from coursekit.scoring.exchange import parse_turns, stuffed

    def last(text: str):
        return parse_turns([{"speaker": "customer", "text": "He says he doesn't need it."},
                            {"speaker": "trainee", "text": text}])[-1]

    assert not stuffed(last("Would he try it if you were there when it arrives?"))
    assert stuffed(last("What are your service, experience, relationship and success needs for a trusted long-term partner?"))


@pytest.mark.parametrize("reply, lost", [
    ("Sorry... I don't understand. Is that serious?", True),
    ("You've lost me. What does that mean for my bill?", True),
    ("Um... sort of. So the dryer at night is cheaper?", True),
    ("TOU? Sorry, I don't understand any of this. Is my meter broken?", True),
    ("I don't know what half of those terms mean. Can you just tell me why it doubled?", True),
    ("I don't know what that would mean for us. Is it cheaper at night?", False),
    ("I have it, it's in my wallet. I don't understand how.", False),
    ("Yes, that makes sense. So nights are cheaper?", False),
])
def test_a_reply_the_customer_could_not_follow_is_named(reply, lost):
    turns = [
        {"speaker": "customer", "text": "My electricity bill doubled since the new meter. Why?"},
        {"speaker": "trainee", "text": "Your NMI moved to a TOU network tariff billed on interval data across three bands. "
                                       "Does that make sense?"},
        {"speaker": "customer", "text": reply},
        {"speaker": "trainee", "text": "Let me put it simply: power costs more from 4 to 9 in the evening and less overnight."},
        {"speaker": "customer", "text": "Ah, got it. Thanks."},
    ]
    listening = next(c for c in score_dialogue(turns).criteria if c.id == "listening")
    assert ("did not reach them" in listening.feedback) is lost, listening.feedback


def _takes_it(opening: str, pitch: str, reply: str, choice: str) -> list[dict]:
    return [{"speaker": "customer", "text": opening}, {"speaker": "trainee", "text": pitch},
            {"speaker": "customer", "text": reply}, {"speaker": "trainee", "text": choice},
            {"speaker": "customer", "text": "The red one, please. Thank you!"}]


def test_a_choice_after_the_customer_takes_it_is_no_push():
    """A customer who takes what was put forward ("Can you gift-wrap it?") or came to book a particular thing has
    decided: a choice about how comes next, not a push for a decision. Without it the same choice pushes."""
    pitch = "This knife roll is our best seller: canvas with leather straps, and it holds eight knives."
    choice = "Of course. Would you like the red paper or the gold?"
    took = _takes_it("Hello, I'm after a birthday present for my sister, she cooks a lot.", pitch,
                     "Ah, the canvas one. I think she would use that every day. Can you gift-wrap it?", choice)
    assert score_dialogue(took).cap is None
    unsure = _takes_it("Hello, I'm after a birthday present for my sister, she cooks a lot.", pitch,
                       "Hmm, I don't know what she has already.", choice)
    assert score_dialogue(unsure).cap == CAPS["pressure"][0]
    booked = _takes_it("Hi, could I book a room for our choir on Monday evenings?",
                       "Yes, the hall is free on Mondays from six, it seats forty.", "There are about twenty of us.",
                       "Would you like it every week or monthly to start?")
    assert score_dialogue(booked).cap is None


def test_a_worry_about_a_risk_is_no_upset_but_fright_after_an_accident_is():
    from coursekit.scoring.moves import is_upset
    assert not is_upset("It'd be parked on the street all day. I'm scared it gets stolen.")
    assert is_upset("I'm scared, a van just drove into the back of me.")


def _visit(last: str) -> list[dict]:
    return [{"speaker": "customer", "text": "Hi, I want to open a business account for my catering."},
            {"speaker": "trainee", "text": "Happy to help. How do your customers pay you now?"},
            {"speaker": "customer", "text": "Bank transfers mostly, a few in cash."},
            {"speaker": "trainee", "text": "Then the business account suits you. To open it I need your registration from the "
                                           "registry office; it's one form, done the same day."},
            {"speaker": "customer", "text": last}]


def test_going_where_the_trainee_sent_them_is_no_walking_out():
    assert score_dialogue(_visit("Okay, one form. I'll go to the registry office on Monday.")).cap is None
    assert score_dialogue(_visit("Forget it. I'll go to the bank across the road.")).cap == CAPS["walked_away"][0]


def test_examples_to_choose_from_are_no_keyword_stuffing():
    asked = [{"speaker": "customer", "text": "My data runs out every month before payday."},
             {"speaker": "trainee", "text": "That's annoying. What uses most of it, videos, music, maps, games?"},
             {"speaker": "customer", "text": "Videos mostly, on the bus."}]
    assert score_dialogue(asked).cap is None
    stuffed = [dict(t) for t in asked]
    stuffed[1] = {"speaker": "trainee", "text": "What matters to you, price, quality, delivery, support, trust?"}
    assert score_dialogue(stuffed).cap == CAPS["stuffed"][0]


def test_told_to_go_ahead_with_what_was_offered_is_a_yes():
    turns = [{"speaker": "customer", "text": "We keep losing track of the hire tools between our three sites."},
             {"speaker": "trainee", "text": "How do you track them today?"},
             {"speaker": "customer", "text": "A whiteboard in each yard, and nobody updates it."},
             {"speaker": "trainee", "text": "Then let's try the tags on one site for a month, free, and if the lads won't "
                                            "use them we stop. Shall I ring the site manager to set a date?"},
             {"speaker": "customer", "text": "Tomasz. Ring Tomasz. Not on a Friday."}]
    report = score_dialogue(turns)
    assert report.cap is None
    outcome = report.criterion("customer_outcome")
    assert outcome.score == outcome.maximum  # on the trainee's side, not pushing back
    assert not objection_after(turns[3]["text"], turns[4]["text"])


@pytest.mark.parametrize("text", [
    "Great, that should do it. You're all set for Saturday!",
    "That'll do the trick. You're good to go.",
])
def test_a_job_declared_done_is_no_playback_of_the_customer(text):
    """Fourteenth round: "you're all set" after a fix plays nothing of the customer back (no confirming credit)."""
    turns = [
        {"speaker": "customer", "text": "The scanner at the market stall won't pair with the tablet since the update."},
        {"speaker": "trainee", "text": "Sorry about that. Open Bluetooth on the tablet, forget the scanner, and pair it again."},
        {"speaker": "customer", "text": "ok done, it paired"},
        {"speaker": "trainee", "text": text},
        {"speaker": "customer", "text": "ok thanks"},
    ]
    assert "paraphrase" not in analyse_turn(text).moves
    confirming = next(c for c in score_dialogue(turns).criteria if c.id == "confirming_understanding")
    assert confirming.score == 0, confirming.feedback


@pytest.mark.parametrize("last, walked", [
    ("Then I will remember not to come here. My card back, please.", True),
    ("We won't be coming back here again, I can tell you.", True),
    ("Lovely, I'll come back here on Friday for the fitting.", False),
])
def test_a_customer_who_says_they_will_not_come_back_walks_out(last, walked):
    """Fourteenth round (blind32): leaving for good in other words than "goodbye" or "elsewhere"."""
    from coursekit.scoring.exchange import parse_turns, walked_away

    turns = parse_turns([
        {"speaker": "customer", "text": "My hearing aid whistles all the time since the new dome."},
        {"speaker": "trainee", "text": "Did you even read the leaflet? It says to push it in properly."},
        {"speaker": "customer", "text": last},
    ])
    assert (walked_away(turns) is not None) is walked
