"""Replies coaches marked down: a word model of the one fault in the course's one-fault dialogue pairs.

In a one-fault pair, two conversations with the same customer share every trainee turn but one, and the
writer made that one turn the fault (a vague next step, doubting the customer, a discount nobody asked for,
a story about oneself, a lecture…). The named faults (`faults.py`) and offences read the kinds the course
knows by their words; this model reads the rest by likeness: word presence (words and word pairs), as
Bernoulli Naive Bayes, trained offline on those pairs of the read sets (`bench/train_marked_down.py`, which
prints its leave-one-set-out figures) and shipped in `_marked_down_weights.py`. Pure Python.

It reads English turns only, and only the first `READ_CHARS` characters of a turn.
"""
from __future__ import annotations

import re

from ._marked_down_weights import BASE, DELTAS

#: A turn is marked down when its log-odds reach this (chosen on leave-one-set-out figures: about a third of the
#: held-out faults, under 1 % of the lines of well-handled conversations).
THRESHOLD = 1.0
#: Characters read: a turn longer than this is read by its beginning.
READ_CHARS = 2000

_WORD = re.compile(r"[a-z0-9']+")


def word_features(text: str) -> set[str]:
    """The words and neighbouring word pairs ("in_touch") of a text, lower-cased."""
    words = _WORD.findall(text[:READ_CHARS].lower().replace("\u2019", "'"))
    return set(words) | {a + "_" + b for a, b in zip(words, words[1:])}


def log_odds(text: str) -> float:
    """How much more a text looks like a marked-down reply than like the others (log-odds)."""
    return BASE + sum(DELTAS.get(f, 0.0) for f in word_features(text))


def is_marked_down(text: str) -> bool:
    """Whether a trainee's (English) reply reads like the replies coaches marked down."""
    return log_odds(text) >= THRESHOLD


def evidence(text: str, most: int = 3) -> list[str]:
    """The words that made a text look marked down, strongest first ("in touch", "you sure")."""
    found = sorted(((w, f) for f in word_features(text) if (w := DELTAS.get(f, 0.0)) > 0), reverse=True)
    return [f.replace("_", " ") for _, f in found[:most]]
