""""Way" has two senses for the technique model: a route ("on the way", a fact to confirm) and a manner ("did it go
the way you hoped?", a satisfaction check). The trained words read the route apart, so a question about a stop on
the way is not taken for a follow-up on our service. Lines written for this file."""
from __future__ import annotations

import pytest

from coursekit.scoring import classify_question


@pytest.mark.parametrize(("text", "technique"), [
    ("Did the courier stop at the depot on the way?", "confirming"),
    ("Is the engineer on his way already?", "confirming"),
    ("Did the new boiler work the way you hoped?", "satisfaction"),
    ("Did the fitting go the way we promised?", "satisfaction"),
])
def test_way_of_a_route_is_not_way_of_a_manner(text: str, technique: str) -> None:
    q = classify_question(text)
    assert (q.label, q.form) == (technique, "closed"), (q.label, q.form, q.evidence)


def test_the_evidence_quotes_the_trainees_own_words() -> None:
    q = classify_question("Did the courier stop at the depot on the way?")
    assert all(e in "did the courier stop at the depot on the way?" for e in q.evidence), q.evidence
