"""One fault in an otherwise fair conversation (2026-12-03, eighteenth round).

Read on better-vs-worse pairs of the measured sets that scored a tie although the worse side had one real fault:
the customer's honesty doubted ("are you sure this wasn't you?"), the question passed to another team ("handled by
the claims team, not customer service"), the customer's own words put right ("it'll be amber"), their try at the fix
doubted ("…if it's done properly"), a story of one's own youth, and a summary put right with "not necessarily".
Every example here is written afresh.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.scoring.dialogue import CAPS
from coursekit.scoring.exchange import corrects, parse_turns
from coursekit.scoring.faults import ABOUT_SELF


def _dialogue(*lines: str) -> list[dict[str, str]]:
    """Lines in turn, the customer first."""
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


@pytest.mark.parametrize("text, move, present", [
    ("Before we go on, are you certain this wasn't your partner using the card?", "rudeness", True),
    ("Loads of these turn out to be a family member who forgot to mention it.", "rudeness", True),
    ("Most of these turn out to be simple to fix, so let's look together.", "rudeness", False),
    ("Warranty claims are dealt with by the service department, not this desk.", "argument", True),
    ("Cancellations are processed by our retention team, so you need to call them.", "argument", True),
    ("Refunds are handled by our accounts team; I've sent them your details and they'll pay it by Friday.", "argument", False),
    ("Our meters don't actually beep twice, that'll be the smoke alarm.", "argument", True),
    ("A reset usually fixes it if it's done properly.", "argument", True),
    ("Our routers don't flash blue, so orange means the line itself is down.", "argument", False),
])
def test_a_doubt_a_hand_off_or_a_correction_of_the_customer(text: str, move: str, present: bool) -> None:
    assert (move in analyse_turn(text).moves) is present, text


@pytest.mark.parametrize("text, present", [
    ("When I was sixteen I worked in a bike shop myself, I remember the smell of it.", True),
    ("The first time I sailed round the cape I was twenty, and I was sick the whole way.", True),
    ("The first time you come, the first lesson is free.", False),
    ("When I was checking your file I saw the note from Tuesday.", False),
])
def test_a_story_of_ones_own_youth_is_talk_about_oneself(text: str, present: bool) -> None:
    assert bool(ABOUT_SELF.search(text.lower())) is present, text


def test_not_necessarily_after_a_summary_puts_it_right() -> None:
    turns = parse_turns(_dialogue(
        "I need a laptop for college, nothing fancy.",
        "Right, so you want something cheap and light.",
        "Um, not exactly cheap... just not silly money.",
    ))
    assert corrects(turns[2], after_claim=True)


def test_the_side_that_doubts_the_customer_ranks_below_the_one_that_acts() -> None:
    opening = "hi, theres a payment of 212 euro to a shop called Nordlicht on my card, I never bought anything there"
    close = "ok"
    acts = _dialogue(
        opening,
        "thanks for telling us straight away. I've blocked the card now. Have you used it anywhere new lately?",
        "only a petrol station on saturday",
        "Noted. I've opened a dispute for the 212, you'll see it back as a credit within two working days, and a new "
        "card arrives by Thursday.",
        close,
    )
    doubts = _dialogue(
        opening,
        "before anything, are you sure this wasn't you? lots of these turn out to be orders people forgot.",
        "yes I'm sure. I've never heard of that shop",
        "Noted. I've blocked the card. I've opened a dispute for the 212, you'll see it back as a credit within two "
        "working days, and a new card arrives by Thursday.",
        close,
    )
    assert score_dialogue(acts).total > score_dialogue(doubts).total


def test_an_answer_to_the_customers_question_checks_no_understanding() -> None:
    answered = _dialogue(
        "Hi, I've had a hip replacement in the spring and want to start swimming again. How often should I come?",
        "Twice a week to begin with. Your first session is free and Tuesday at ten is quiet.",
        "Sounds good, put me down for Tuesday.",
    )
    reflected = _dialogue(
        "Hi, I've had a hip replacement in the spring and want to start swimming again. How often should I come?",
        "So you want to get back in the water without overdoing it on the new hip. Twice a week to begin with.",
        "Exactly. Put me down for Tuesday.",
    )
    checks = {name: next(c for c in score_dialogue(d).criteria if c.id == "confirming_understanding").score
              for name, d in (("answered", answered), ("reflected", reflected))}
    assert checks["answered"] == 0 and checks["reflected"] > 0


def test_the_courses_own_words_said_at_the_customer_cap_the_score() -> None:
    opening = "Hi, my gas bill doubled this quarter and I've not changed anything. Can you look?"
    framework = _dialogue(
        opening,
        "Thanks for reaching out! Your satisfaction and our relationship matter to us. What would a successful "
        "billing experience look like for you?",
        "A bill that's right. Can you look or not?",
        "Absolutely. I value your openness. Let me check the readings now.",
        "Fine.",
    )
    plain = _dialogue(
        opening,
        "Sorry about that, let's find out why. Can you read me the number on the meter today?",
        "It says 04512.",
        "Thanks. The last bill used an estimate of 05100, so you were overcharged. I'll correct it and send the new "
        "bill by Friday; I want your experience with us to be better than this.",
        "Oh, good. Thanks.",
    )
    report = score_dialogue(framework)
    assert report.cap == CAPS["framework_talk"][0] and "course's own words" in report.cap_reason
    assert score_dialogue(plain).cap is None  # the word once, in passing, is no framework talk


def test_framework_talk_in_spanish() -> None:
    report = score_dialogue(_dialogue(
        "Hola, la factura del gas se ha duplicado y no he cambiado nada. ¿Puede mirarlo?",
        "¡Gracias por contactarnos! Su satisfacción y nuestra relación son muy importantes. ¿Cómo sería para usted "
        "una experiencia de facturación exitosa?",
        "Una factura correcta. ¿Lo mira o no?",
    ))
    assert report.cap == CAPS["framework_talk"][0]


@pytest.mark.parametrize("offer, reply", [
    ("The balance is 48 euros. There's no hurry, you can pay another day.", "No, I'll settle it now. Thank you for looking after her."),
    ("It comes to 312. If it's easier, you can split it over two months.", "no need to split, i can pay it. thanks so much"),
])
def test_turning_down_a_favour_with_thanks_ends_on_the_trainees_side(offer: str, reply: str) -> None:
    dialogue = _dialogue("Hello, I've come to collect my cat and settle the bill.", offer, reply)
    outcome = next(c for c in score_dialogue(dialogue).criteria if c.id == "customer_outcome")
    assert outcome.score == outcome.maximum, outcome.feedback


def test_asking_for_the_next_step_goes_ahead_whatever_came_before_it() -> None:
    dialogue = _dialogue(
        "Hi, I want my dad's old suit taken in for my wedding, it's too wide everywhere.",
        "It's a lovely cloth. The jacket and trousers together come to about one-forty; the trousers alone are fifty "
        "if that's easier.",
        "No, no, both, I'll manage it. He'd love that. When can we do the first fitting?",
    )
    outcome = next(c for c in score_dialogue(dialogue).criteria if c.id == "customer_outcome")
    assert outcome.score == outcome.maximum, outcome.feedback


@pytest.mark.parametrize("text, move, present", [
    ("It's normally 120 a night, but for you I can do 95. What do you say, ninety-five?", "discount", True),
    ("It's normally 120 a night, but for you I can do 95. What do you say, ninety-five?", "closing", True),
    ("Usually we charge 40, but I can do 30 if you bring it in before noon.", "discount", True),
    ("What do you say to your staff when a delivery is late?", "closing", False),
    ("The scan log shows the parcel was delivered at 10:02. Can you look again in the porch?", "argument", True),
    ("Could you look carefully at the label and read me the serial number?", "argument", False),
])
def test_a_price_cut_at_once_and_our_records_against_the_customer(text: str, move: str, present: bool) -> None:
    assert (move in analyse_turn(text).moves) is present, text


def test_taking_one_of_the_ways_offered_ends_on_the_trainees_side() -> None:
    dialogue = _dialogue(
        "Hi, I need to send three boxes of books to my son in Leeds. How does it work?",
        "You can drop them at our counter any day, or we collect from your house on Tuesdays for five pounds more.",
        "The Tuesday collection is better, the boxes are heavy. I'll email you the address tonight.",
    )
    outcome = next(c for c in score_dialogue(dialogue).criteria if c.id == "customer_outcome")
    assert outcome.score == outcome.maximum, outcome.feedback


def test_a_time_given_to_the_next_step_put_ends_on_the_trainees_side() -> None:
    dialogue = _dialogue(
        "Hello, our walk-in freezer needs its yearly service before the summer rush.",
        "Of course. I can send an engineer this week, 180 including the seals check. Shall I book him?",
        "Thursday after two, the kitchen's quiet then.",
    )
    outcome = next(c for c in score_dialogue(dialogue).criteria if c.id == "customer_outcome")
    assert outcome.score == outcome.maximum, outcome.feedback


@pytest.mark.parametrize("text, kind", [
    ("Don't worry, we'll definitely recover the files, we always do.", "overpromise"),
    ("Before we book it, can I just say, it's worth thinking about how often you use the car.", "unasked_advice"),
])
def test_a_promise_and_advice_nobody_asked_for(text: str, kind: str) -> None:
    from coursekit.scoring.faults import OVERPROMISE, UNASKED_ADVICE
    pattern = {"overpromise": OVERPROMISE, "unasked_advice": UNASKED_ADVICE}[kind]
    assert pattern.search(text.lower()), text


def test_im_not_soft_in_the_head_takes_offence() -> None:
    from coursekit.scoring.exchange import takes_offence
    turns = parse_turns(_dialogue(
        "The boiler keeps cutting out.",
        "A lot of older people forget to top up the pressure, you know.",
        "I'm not soft in the head, I top it up every week.",
    ))
    assert takes_offence(turns[2])


@pytest.mark.parametrize("line", ["Cash, please. Mālō 'aupito.", "vinaka vakalevu, see you on the boat", "Mahalo, that's perfect.",
                                  "Kiitos, that helps.", "ok efharisto!"])
def test_thanks_in_the_customers_own_language_ends_on_the_trainees_side(line: str) -> None:
    dialogue = _dialogue("Hi, I've come for the parcel my sister sent.", "Here it is, all paid. Anything else today?", line)
    outcome = next(c for c in score_dialogue(dialogue).criteria if c.id == "customer_outcome")
    assert outcome.score == outcome.maximum, (line, outcome.feedback)


def test_owning_our_errors_is_an_apology() -> None:
    assert "apology" in analyse_turn("I've checked: the order was split over two sheets. Both are our errors.").moves
