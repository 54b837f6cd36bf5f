"""The twenty-fifth round: talk about oneself that claims the customer's situation as one's own ("I know exactly what
that's like…", "…that's how I got into this job"), read on a better-vs-worse pair of a read set where the worse side
scored higher. Every example here is written afresh."""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.faults import ABOUT_SELF


@pytest.mark.parametrize("text, present", [
    ("I know exactly what that's like, our roof leaked for three winters when I was renting.", True),
    ("Funny enough, that's how I got into this trade, I fixed my own dad's boiler at fifteen.", True),
    ("I know exactly what that's costing you, so let's get it fixed today.", False),
    ("That's how the new tariff works: you pay per unit after the first hundred.", False),
])
def test_claiming_the_customers_story_as_ones_own(text: str, present: bool) -> None:
    assert bool(ABOUT_SELF.search(text.lower())) is present, text


def _dialogue(*lines: str) -> list[dict[str, str]]:
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


_OPEN = ("Hi, our shop's card machine keeps dropping out when the rain comes, and we lose sales every time.",
         "That's costly on a busy day. Is it the machine itself, or does the whole internet go down with it?",
         "The whole line. The router lights go red.")
_END = ("Two bars, near the window.",
        "Then a mobile backup box would keep the card machine running when the line drops. I can bring one on "
        "Thursday at ten and test it with you. Does that work?",
        "Yes, Thursday's fine.")


def test_a_story_of_ones_own_instead_of_the_customers_costs_the_side_that_tells_it() -> None:
    plain = _dialogue(*_OPEN, "Then the box won't help on its own. How is the mobile signal in the shop?", *_END)
    about_me = _dialogue(*_OPEN, "I know exactly what that's like, my parents' café had the same line for years and "
                                 "that's actually how I got into this job. Anyway, how is the mobile signal in the shop?",
                         *_END)
    assert score_dialogue(plain).total > score_dialogue(about_me).total
