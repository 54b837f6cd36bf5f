"""Answers that show a reply did not land: word models of the customer's answer to the one fault in the course's
one-fault dialogue pairs.

In a one-fault pair the writer made one trainee turn the fault and wrote the customer's answer to it ("I didn't ask
for a lecture.", "So you think I'm lying?"), where the better side's customer answered the good turn. These models read
such answers by likeness (`likeness.py`), trained offline (`bench/train_marked_down.py`, which prints their
leave-one-set-out figures) on the pairs of the read sets: English on the classifiers' word features
(`_took_badly_weights.py`), Spanish and Chinese on the tokens their classifiers read (`_took_badly_weights_es.py`,
`_took_badly_weights_zh.py`). The rubric (`dialogue.py`) counts a trainee turn a fault when the customer's answer
reads so, unless the turn only asked an open question or the customer said yes to it, and, in English, only when the
turn itself does not read like the replies of well-handled conversations (`marked_down.py` reads English only): more
witnesses than the words, as a customer may be cross with the situation rather than the trainee.

Lines are read by their first `READ_CHARS` characters (`likeness.py`).
"""
from __future__ import annotations

from functools import cache
from importlib import import_module

from .likeness import Likeness, language_features

#: An answer reads as taken badly when its log-odds reach this (the marked-down model's threshold; on the held-out
#: figures about half the answers to a fault and 1 % of the other customer lines of well-handled conversations).
THRESHOLD = 1.0
#: The module of weights of each language the rubric reads, trained on that language's read sets.
WEIGHTS = {"en": "_took_badly_weights", "es": "_took_badly_weights_es", "zh": "_took_badly_weights_zh"}


@cache
def model(language: str) -> Likeness | None:
    """The model of a language (None: none), loaded on first use: its weights (about 3 MB a language in memory) stay out
    of a kernel that never scores a conversation."""
    if language not in WEIGHTS:
        return None
    weights = import_module(f".{WEIGHTS[language]}", __package__)
    return Likeness(weights.BASE, weights.DELTAS, THRESHOLD, language_features(language))


def took_badly(text: str, language: str = "en") -> bool:
    """Whether a customer's answer, in `language`, reads like the answers customers gave to a reply that went wrong
    (never, in a language with no model)."""
    found = model(language)
    return found is not None and found.reads_so(text)
