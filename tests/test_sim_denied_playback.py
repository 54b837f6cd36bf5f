"""A typed summary that claims what the customer said they do not have ("…no fever" played back as "a fever since
last night") is corrected and costs trust; the same summary with the denial kept is taken as understanding."""
from __future__ import annotations

from coursekit.scoring.playback import contradicts, denied_words
from coursekit.sim.engine import Session

_OPENING = ("I can see you're in a hurry - what's going on, and who is the medicine for?",
            "That's stressful. How high is her temperature, and how long has she had it?")


def _play(summary: str) -> tuple[str, Session]:
    session = Session("pharmacy_rush_chicago", seed=5)
    for line in _OPENING:
        session.say(line)
    return session.say(summary).text, session


def test_a_summary_that_claims_what_the_customer_denied_is_corrected() -> None:
    wrong, wrong_session = _play("So she's had a fever since last night and you fly soon - is the main thing something "
                                 "safe for her age before you leave?")
    right, right_session = _play("So a dry cough for four nights, no fever, and you fly soon - is the main thing something "
                                 "safe for her age before you leave?")
    assert "not what I said" in wrong and "understood" in right
    assert wrong_session.report().total < right_session.report().total


def test_denials_are_read_from_the_customer_and_kept_in_a_fair_playback() -> None:
    denied = denied_words("We've never had a break-in, and there's no alarm either.")
    assert {"break-in", "alarm"} <= denied
    assert contradicts("So you have an alarm that keeps going off at night - is that right?", denied, lambda s: s)
    assert not contradicts("I hear you on the alarm. When would suit for a visit?", denied, lambda s: s)
    assert not contradicts("So there's no alarm yet - is that right?", denied, lambda s: s)
