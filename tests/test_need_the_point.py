"""A need told after a denial or a concession is read from the point, not from what was waved aside (issue #11:
"not X – I need Y" is about Y). Examples written for this test, in none of the labelled sets."""
import pytest

from coursekit.scoring import classify_need
from coursekit.scoring.need import the_point
from coursekit.scoring.text import normalise


@pytest.mark.parametrize("line,point", [
    ("The training sessions were fine. My problem is the software crashes when two people save at once.",
     "the software crashes when two people save at once"),
    ("It isn't about the discount, it's that I want to know you'll still answer my calls in five years.",
     "I want to know you'll still answer my calls in five years"),
    ("We're happy with the price, but what we really want is to walk round one of your hotels first.",
     "to walk round one of your hotels first"),
    ("honestly the salesman was nice but the printer jams every third page", "the printer jams every third page"),
])
def test_the_point_is_what_follows_the_turn(line: str, point: str) -> None:
    found = the_point(normalise(line))
    assert found is not None and found.clean == point


@pytest.mark.parametrize("line", [
    "We need forty laptops, but they must arrive before term starts.",  # no denial or concession before the "but"
    "Good question, but I want the pump to run on solar.",               # "good question" concedes nothing
    "It's fine, but no.",                                                 # too short to read on its own
    "But the delivery has to be on Friday.",                              # the line opens with the turn
])
def test_no_point_without_a_concession_before_it(line: str) -> None:
    assert the_point(normalise(line)) is None


@pytest.mark.parametrize("line,level", [
    ("The training sessions were fine. My problem is the software crashes when two people save at once.", "product"),
    ("The showroom visit was lovely, but the sofa sags after two months.", "product"),
    ("We're happy with the price, but what we really want is to walk round one of your hotels before we book the "
     "conference.", "experience"),
])
def test_the_level_is_read_from_the_point(line: str, level: str) -> None:
    assert classify_need(line).label == level


def test_the_feedback_quotes_the_point_not_what_was_waved_aside() -> None:
    p = classify_need("The training sessions were fine. My problem is the software crashes when two people save at once.")
    assert p.evidence and all("training" not in e for e in p.evidence)
    assert "training" not in p.feedback

