"""Replies coaches marked down: a word model of the one fault in the course's one-fault dialogue pairs.

In a one-fault pair, two conversations with the same customer share every trainee turn but one, and the
writer made that one turn the fault (a vague next step, doubting the customer, a discount nobody asked for,
a story about oneself, a lecture…). The named faults (`faults.py`) and offences read the kinds the course
knows by their words; this model reads the rest by likeness (`likeness.py`), trained offline on those pairs of the
read sets (`bench/train_marked_down.py`, which prints its leave-one-set-out figures) and shipped in
`_marked_down_weights.py`.

It reads English turns only, and only the first `READ_CHARS` characters of a turn.
"""
from __future__ import annotations

from ._marked_down_weights import BASE, DELTAS
from .likeness import READ_CHARS, Likeness, word_features

__all__ = ["READ_CHARS", "THRESHOLD", "evidence", "is_marked_down", "log_odds", "word_features"]

#: A turn is marked down when its log-odds reach this (chosen on leave-one-set-out figures: about two in five of the
#: held-out faults, under 1 % of the lines of well-handled conversations).
THRESHOLD = 1.0

MARKED_DOWN = Likeness(BASE, DELTAS, THRESHOLD)


def log_odds(text: str) -> float:
    """How much more a text looks like a marked-down reply than like the others (log-odds)."""
    return MARKED_DOWN.log_odds(text)


def is_marked_down(text: str) -> bool:
    """Whether a trainee's (English) reply reads like the replies coaches marked down."""
    return MARKED_DOWN.reads_so(text)


def evidence(text: str, most: int = 3) -> list[str]:
    """The words that made a text look marked down, strongest first, as the text has them ("in touch", "you sure")."""
    return MARKED_DOWN.evidence(text, most)
