"""What the customer's next line says about the reply before it (2026-12-03, seventeenth round).

Read on the gaming sides of the measured sets that kept full marks for listening although the customer's next line
said the reply had missed them (every example here is written afresh): a customer who hears a put-down, puts the
reply right, presses for the answer they asked for, or walks out right after it was not listened to. The readings
behind it: protests at an unanswered question ("that's why I'm asking", "you're not answering me"), condescension
dressed as a question ("Did nobody tell you…?", "do you actually know…?"), and a price's end date told so the
customer can wait, which is no pressure.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.scoring.exchange import ENGLISH, objection_after


@pytest.mark.parametrize("reading, line, present", [
    ("unanswered", "i dont know, that's why im asking. does it come with a charger?", True),
    ("unanswered", "You're not answering me. Is it fixed or not", True),
    ("unanswered", "ok what time do you close, thats all i asked", True),
    ("unanswered", "Never mind the cover, I am asking if it can be repaired today.", True),
    ("unanswered", "So nobody can answer me then.", True),
    ("unanswered", "Why I'm asking about the stairs is, my mother uses a walker.", False),
    ("repeat_complaint", "i said its too heavy for me", True),
    ("repeat_complaint", "No, I said I don't want the big one. The small one.", True),
    ("repeat_complaint", "a refund. i literally said that", True),
    ("repeat_complaint", "have you read my message at all", True),
    ("repeat_complaint", "That's what I'm telling you!", True),
    ("repeat_complaint", "I said 40 boxes, not 14.", True),
    ("repeat_complaint", "Sorry, I haven't got time for twenty questions.", True),
    ("repeat_complaint", "I said to my husband we should come in.", False),
    ("takes_offence", "Excuse me? I've been a member for ten years.", True),
    ("takes_offence", "so you're saying i broke it?", True),
    ("takes_offence", "im not a complete idiot, I read the manual", True),
    ("takes_offence", "Excuse me, where are the changing rooms?", False),
    ("walks_away", "Unbelievable. Get me someone else.", True),
    ("walks_away", "Fine. I'll be writing a review tonight.", True),
    ("walks_away", "I'm ringing my broker instead.", True),
    ("walks_away", "wow. bye", True),
    ("walks_away", "Seriously? Bye.", True),
    ("walks_away", "Lovely, thanks so much. Bye!", False),
    ("walks_away", "Too dear for a corner shop. Bye.", True),
    ("walks_away", "Then I'll try the other stores on this street.", True),
    ("walks_away", "You've told me nothing. I'll ring the airline myself.", True),
    ("unanswered", "Stop. I asked what the warranty covers.", True),
    ("unanswered", "You are doing it again.", True),
    ("corrects", "I said nothing about a second line, just the one.", True),
    ("waves_off", "Colour doesn't matter. It has to be quiet.", True),
    ("waves_off", "i dont care about the brand tbh", True),
    ("waves_off", "I don't care about the colour as long as it's quiet.", False),
    ("waves_off", "It doesn't matter to me when you come, I work from home.", False),
    ("corrects", "The invoice, I'm not sure. I did not ask.", False),
    ("grudging", "Yeah, yeah. Here.", True),
    ("grudging", "Yes, yes, please!", False),
])
def test_what_the_customer_says_of_the_reply(reading, line, present):
    assert ENGLISH.says(reading, line.lower()) is present


@pytest.mark.parametrize("text, move, present", [
    ("Did nobody tell you the warranty needs registering?", "rudeness", True),
    ("And do you actually know what a fixed rate is?", "rudeness", True),
    ("It's 90 a month. Can you afford that, or were you hoping for it free?", "rudeness", True),
    ("Honestly, people like you never have a clue about the paperwork.", "rudeness", True),
    ("What would you be comfortable paying each month?", "rudeness", False),
    ("You're still writing rotas on paper in 2025? How do you manage anything?", "rudeness", True),
    ("Isn't that a rather old-fashioned way to run a salon?", "rudeness", True),
    ("Which of your three shops would you like us to fit first, the big one or the corner one?", "closing", True),
    ("What day next week suits our installer to come?", "closing", False),
    ("What day next week works best for our installer to come?", "closing", True),
    ("What's the best email to send the contract to?", "closing", True),
    ("Would you prefer monthly or yearly billing once you're live?", "closing", True),
    ("Spring fills fast, so if you like I can hold both cabins until Friday, no charge.", "closing", True),
    ("If you like, I can explain how the cabins differ.", "closing", False),
    ("If the pump fails in the first year we replace it free. It's written in the contract.", "argument", False),
    ("I can't replace it, it's written in the contract.", "argument", True),
    ("Our scanner log shows both boxes were loaded on the van, so they did go out.", "argument", True),
    ("That's not really a courier issue, parcels get left outside all the time.", "argument", True),
    ("Navy looks black indoors, honestly it's just the lighting.", "argument", True),
    ("The tracking shows it was delivered at 2pm, so let's find out where it went.", "argument", False),
    ("That's not a problem at all, I'll swap it.", "argument", False),
    ("They're six fifty. If you get it again next week, see the doctor.", "paraphrase", False),
    ("Slugs do like hostas, and they sulk in dry shade. A fern would be better for you there.", "paraphrase", False),
    ("You want the Kestrel 2, quietest dehumidifier there is. Got a great price on them this week.", "pitch", True),
    ("Of course, I'll find you the best price. Where are you flying from?", "pitch", False),
    ("My pleasure, the courier will text you an hour before. Happy anniversary to you both!", "paraphrase", False),
    ("If the drivers won't use it, the whole project stalls.", "paraphrase", True),
    ("The price holds until the 20th if you'd rather wait and think it over.", "pressure", False),
    ("The price holds until the 20th, so if you want to wait you'll miss it.", "pressure", True),
    ("This offer is only valid until Friday.", "pressure", True),
])
def test_condescension_and_deadlines(text, move, present):
    assert (move in analyse_turn(text).moves) is present, sorted(analyse_turn(text).moves)


@pytest.mark.parametrize("before, line, objects", [
    ("I'll bring the samples myself on Tuesday and we try them on your machine.", "Perfecto, I'll have coffee waiting.", False),
    ("It goes up by 12 a month. If that's tight you could add her at renewal instead.", "no no add her now, thanks", False),
    ("It goes up by 12 a month. If that's tight you could add her at renewal instead.", "No, I don't want her on it at all.", True),
    ("We could start with one lesson in the shallow pool and see how you feel before any dive.",
     "Only the shallow pool first? I could do that.", False),
    ("That's 9,200 with the trade discount; it goes on your account and I'll send the invoice, no need to come back.",
     "¡No mames! Okay, gracias, email me.", False),
])
def test_a_go_ahead_in_the_customer_s_own_words_is_no_objection(before, line, objects):
    assert objection_after(before, line) is objects


def test_a_goodbye_after_walking_out_still_walks_out():
    shop = [{"speaker": "customer", "text": "I need a simple phone, big buttons, just for calls."},
            {"speaker": "trainee", "text": "So you want our best camera phone, correct? It's only 900."},
            {"speaker": "customer", "text": "No. Too much. I'll see the other shop."},
            {"speaker": "trainee", "text": "How would you rate your visit today?"}]
    left = score_dialogue(shop + [{"speaker": "customer", "text": "Ciao."}])
    stayed = score_dialogue(shop[:2] + [{"speaker": "customer", "text": "Hmm, maybe. Can I hold it?"}, shop[3],
                                        {"speaker": "customer", "text": "Ciao."}])
    assert left.cap is not None and "ended the conversation unhappy" in left.summary
    assert stayed.cap is None or stayed.total > left.total


def test_a_customer_who_has_to_say_it_again_was_not_heard():
    opening = [{"speaker": "customer", "text": "I need a desk lamp for reading at night. My eyes are tired and the light must be warm."}]
    missed = opening + [{"speaker": "trainee", "text": "Welcome! The desk lamps moved upstairs last month."},
                        {"speaker": "customer", "text": "Okay. As I say, the light must be warm, my eyes are tired."}]
    heard = opening + [{"speaker": "trainee", "text": "Warm light is easier on tired eyes. This one goes down to 2700 kelvin."},
                       {"speaker": "customer", "text": "Warm like a candle? My eyes are tired by nine."}]
    assert _listening(missed).score < _listening(missed).maximum
    assert _listening(heard).score == _listening(heard).maximum


def _listening(turns):
    return next(c for c in score_dialogue(turns).criteria if c.id == "listening")


_OPENING = [
    {"speaker": "customer", "text": "Hi, my washing machine stopped mid-cycle with water still in it. It's eight months old."},
    {"speaker": "trainee", "text": "Sorry about that. Is the display showing any code, or is it just dark?"},
    {"speaker": "customer", "text": "It shows E21, whatever that is."},
]


@pytest.mark.parametrize("reply, reaction", [
    ("E21 is a drain fault. Usually that's from overloading the drum, were you washing duvets again?",
     "Excuse me? I washed two shirts. I'm not an idiot."),
    ("E21 means you need our premium service plan, which covers drains.",
     "I said nothing about a plan. I asked what the code means."),
    ("E21 is covered in the manual, section four.",
     "Forget it. I'll get someone else to look at it."),
])
def test_a_reply_the_customer_rejects_is_not_listening(reply, reaction):
    heard = _OPENING + [
        {"speaker": "trainee", "text": "E21 is a drain fault, usually a blocked filter. It sits behind the small flap at the bottom."},
        {"speaker": "customer", "text": "Oh, I never knew there was a filter. OK, I'll have a look."},
    ]
    missed = _OPENING + [{"speaker": "trainee", "text": reply}, {"speaker": "customer", "text": reaction}]
    assert _listening(heard).score == _listening(heard).maximum
    assert _listening(missed).score < _listening(missed).maximum


def test_a_question_that_opens_on_the_customer_s_words_is_no_stack():
    from coursekit.scoring.exchange import parse_turns, stuffed
    opening = {"speaker": "customer", "text": "Our packing line is too slow since the new cartons came in."}
    led = parse_turns([opening, {"speaker": "trainee", "text": "When you say too slow, how many cartons an hour now, and what did it do before?"}])
    stacked = parse_turns([opening, {"speaker": "trainee", "text": "How many cartons an hour, what did it do before, when you say slow, how slow?"}])
    assert not stuffed(led[1]) and stuffed(stacked[1])
    # the lead-in is no way round the stack: three questions after it are still three
    after_lead = parse_turns([opening, {"speaker": "trainee", "text": "When you say slow, how many an hour, when did it start, and what changed?"}])
    assert stuffed(after_lead[1])
    gamed = analyse_turn("When you say slow, what's your budget, when can you sign, and how many lines?")
    assert "closing" in gamed.moves


def test_asking_the_customer_to_try_the_fix_they_just_made_closes_the_loop():
    call = [{"speaker": "customer", "text": "hi, my card reader says offline since the power cut this morning"},
            {"speaker": "trainee", "text": "That's usually the network settings resetting. Hold the menu key, pick Wi-Fi and choose your shop network again."},
            {"speaker": "customer", "text": "ok done that, it says connected now"}]
    checked = call + [{"speaker": "trainee", "text": "Great. Can you run a one-euro sale and tell me if it goes through?"},
                      {"speaker": "customer", "text": "yes, approved!"}]
    assumed = call + [{"speaker": "trainee", "text": "Great, that should be it sorted then."},
                      {"speaker": "customer", "text": "ok thanks"}]

    def closing(turns):
        return next(c for c in score_dialogue(turns).criteria if c.id == "closing_the_loop")
    assert closing(checked).score == closing(checked).maximum > 0
    assert closing(assumed).score < closing(assumed).maximum


@pytest.mark.parametrize("line, waves_off", [
    ("El color da igual. Necesito que sea silencioso.", True),
    ("La verdad es que me gusta el color.", False),
    ("颜色无所谓。要安静的。", True),
    ("这个颜色我很喜欢。", False),
])
def test_waving_off_is_read_in_spanish_and_chinese(line, waves_off):
    from coursekit.scoring.exchange import parse_turns
    turn = parse_turns([{"speaker": "customer", "text": line}])[0]
    assert turn.reader.code != "en" and turn.reader.says("waves_off", turn.said.lower()) is waves_off


@pytest.mark.parametrize("reading, line, present", [
    ("walks_away", "you haven't listened to a thing. I'll ring your MD.", True),
    ("walks_away", "I'll come back when the pharmacist is here. Bye.", True),
    ("walks_away", "Thank you. I'll have to ring my boss, I'll be late back.", False),
    ("repeat_complaint", "You haven't read a single word I wrote.", True),
    ("corrects", "I'm not asking about a new phone. The screen is cracked.", True),
])
def test_eighteenth_round_readings_of_the_customers_next_line(reading: str, line: str, present: bool) -> None:
    assert ENGLISH.says(reading, line.lower()) is present, line


def test_a_special_offer_put_to_a_customer_is_an_offer() -> None:
    assert "discount" in analyse_turn("Also, this month we have a special on the charging dock. Would you like one?").moves


@pytest.mark.parametrize("text, present", [
    ("Do you know what a mortise lock actually is? Most customers just grab the cheapest one.", True),
    ("Or were you hoping for something cheaper, like the ones at the market?", True),
    ("Perhaps something more at your level, like the starter kit?", True),
    ("Do you know what the warranty actually covers? It's more than most people think.", False),
    ("We'll put you in the class at your level.", False),
])
def test_condescension_about_what_the_customer_knows_or_can_afford(text: str, present: bool) -> None:
    assert ("rudeness" in analyse_turn(text).moves) is present, text


@pytest.mark.parametrize("reading, line, present", [
    ("waves_off", "I don't need cushions, I need the sofa I paid for.", True),
    ("waves_off", "I don't need much, just something warm.", False),
    ("walks_away", "Please just put me through to a supervisor.", True),
    ("takes_offence", "That's not nice. Maybe I'll look around more.", True),
    ("takes_offence", "That's nice, thank you.", False),
])
def test_more_readings_of_the_customers_next_line(reading: str, line: str, present: bool) -> None:
    assert ENGLISH.says(reading, line.lower()) is present, line


@pytest.mark.parametrize("text, move, present", [
    ("Did you switch on overseas payments before you left, as explained in the travel section of our app?", "rudeness", True),
    ("Have you turned on roaming? It's in the travel section of the app.", "rudeness", False),
    ("Most customers who fly often are familiar with these settings, so I'll explain things at the right level for you.", "rudeness", True),
    ("We now have a promo on the 50 GB plan, 999 a month.", "discount", True),
])
def test_the_rules_quoted_as_a_question_and_a_promo_put_to_the_customer(text: str, move: str, present: bool) -> None:
    assert (move in analyse_turn(text).moves) is present, text


@pytest.mark.parametrize("text", [
    "Picture it: how would it feel to walk out of here today already a member?",
    "What would you need to feel ready to sign this afternoon, while I'm here to set it up?",
    "Which of our plans do you see yourself starting with today, basic or premium?",
])
def test_the_decision_pressed_as_a_feeling_or_a_readiness_today(text: str) -> None:
    assert "pressure" in analyse_turn(text).moves, text


def test_i_just_want_after_a_summary_that_said_more_puts_it_right() -> None:
    from coursekit.scoring.exchange import corrects, parse_turns
    turns = parse_turns([
        {"speaker": "customer", "text": "I'd like to put something aside each month for my son's school fees."},
        {"speaker": "trainee", "text": "So you want to build real wealth for his future, something that beats the market. Right?"},
        {"speaker": "customer", "text": "Um... I just want to save for the fees. Safely."},
    ])
    assert corrects(turns[2], after_claim=True)
    assert not corrects(turns[2], after_claim=False)


@pytest.mark.parametrize("text", [
    "So you want safety and growth. That is precisely our Horizon Plus plan, 40 a month.",
    "What I hear is that comfort matters most, and for that the Cloud 900 is perfect: 1,290 with delivery.",
])
def test_a_product_named_as_the_answer_to_the_need_is_a_pitch(text: str) -> None:
    assert "pitch" in analyse_turn(text).moves, text


@pytest.mark.parametrize("text, move", [
    ("Since it's a new laptop, our Care Plus cover is only $9/month and includes spills.", "pitch"),
    ("Anything else? And please don't forget to rate this call 5 stars if I helped!", "pressure"),
])
def test_an_extra_priced_at_the_customer_and_a_score_asked_for(text: str, move: str) -> None:
    assert move in analyse_turn(text).moves, text


@pytest.mark.parametrize("text, present", [
    ("Cracked screens like this are usually caused by the user dropping it in a pocket with keys.", True),
    ("If it stopped charging, something in the handling caused it.", True),
    ("That's the process.", True),
    ("That's the process we follow, and I'll walk you through it now.", False),
])
def test_the_fault_put_on_how_the_customer_used_it(text: str, present: bool) -> None:
    assert ("argument" in analyse_turn(text).moves) is present, text


@pytest.mark.parametrize("reading, line", [
    ("corrects", "erm I just asked how much it is"),
    ("walks_away", "wow. ok im filing a consumer complaint"),
])
def test_a_question_asked_again_and_a_complaint_filed(reading: str, line: str) -> None:
    assert ENGLISH.says(reading, line.lower()), line
