"""The twenty-fourth round's weighting: in a sale, building on what the customer says weighs the most of the
techniques (25 of 130), and an offence holds a conversation lower than before (a put-down to nothing, an argument
to 5, pressure and the rest to 10). Each dialogue is written for this file."""
from __future__ import annotations

from coursekit.scoring import score_dialogue


def _dialogue(*lines: str) -> list[dict]:
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": t} for i, t in enumerate(lines)]


_OPENING = ("Hi, I need a new kettle, mine packed in this morning.",
            "Oh no, just before the weekend too. What did the old one do that you liked?",
            "It was quick, and quiet. The kids sleep upstairs and I'm up at five.",
            "With the kids asleep upstairs, quiet matters then. This one is the quietest we sell and boils a cup in "
            "under a minute.",
            "How much is it?")
_GOOD = _dialogue(*_OPENING, "Forty-two pounds, with a two-year guarantee.", "That's fine. I'll take it.",
                  "Great, I'll get a boxed one from the back for you.")


def test_in_a_sale_building_on_the_customers_words_weighs_the_most() -> None:
    report = score_dialogue(_GOOD)
    listening = report.criterion("listening")
    others = [c for c in report.criteria if c.applies and c.id != "listening"]
    assert listening.score == listening.maximum
    assert all(listening.maximum > c.maximum for c in others), [(c.id, c.maximum) for c in report.criteria]


def test_pressure_holds_a_good_sale_to_ten() -> None:
    pressed = score_dialogue(_dialogue(*_OPENING, "Forty-two pounds, but that price ends today, so I'd grab it now "
                                       "if I were you.", "Fine, I'll take it.",
                                       "Great, I'll get a boxed one from the back for you."))
    assert pressed.cap == 10 and pressed.total <= 10
    assert score_dialogue(_GOOD).total - pressed.total >= 30


def test_a_put_down_leaves_nothing_and_an_argument_five() -> None:
    rude = score_dialogue(_dialogue(
        "The kettle I bought here last week already leaks.",
        "Stop whining, you probably overfilled it. What exactly happened?",
        "I filled it to the line, like it says.",
        "Fine, bring it back and we'll see."))
    assert rude.total == 0 and rude.cap == 0
    assert "0" in rude.cap_reason
    arguing = score_dialogue(_dialogue(
        "The kettle I bought here last week already leaks.",
        "That's not true, our kettles are all tested before they leave. What exactly happened?",
        "I filled it to the line and it dripped on the counter.",
        "Bring it in and we'll swap it for a new one today."))
    assert arguing.cap == 5 and arguing.total <= 5
