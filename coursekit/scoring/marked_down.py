"""Replies coaches marked down: a word model of the one fault in the course's one-fault dialogue pairs.

In a one-fault pair, two conversations with the same customer share every trainee turn but one, and the
writer made that one turn the fault (a vague next step, doubting the customer, a discount nobody asked for,
a story about oneself, a lecture…). The named faults (`faults.py`) and offences read the kinds the course
knows by their words; this model reads the rest by likeness: a logistic regression on the word features the
classifiers read (stems, neighbouring stem pairs, the first word), trained offline on those pairs of the read
sets (`bench/train_marked_down.py`, which prints its leave-one-set-out figures) and shipped in
`_marked_down_weights.py`. Pure Python.

It reads English turns only, and only the first `READ_CHARS` characters of a turn.
"""
from __future__ import annotations

from ._marked_down_weights import BASE, DELTAS
from .features import features, word_stems, word_tokens

#: A turn is marked down when its log-odds reach this (chosen on leave-one-set-out figures: about two in five of the
#: held-out faults, under 1 % of the lines of well-handled conversations).
THRESHOLD = 1.0
#: Characters read: a turn longer than this is read by its beginning.
READ_CHARS = 2000


def _lower(text: str) -> str:
    return text[:READ_CHARS].lower().replace("\u2019", "'")


def word_features(text: str) -> tuple[str, ...]:
    """The word features the classifiers read (`features.features`), of a text's beginning, lower-cased; remembered
    there, so a turn the classifiers have read costs nothing more."""
    return features(_lower(text))


def log_odds(text: str) -> float:
    """How much more a text looks like a marked-down reply than like the others (log-odds)."""
    return BASE + sum(DELTAS.get(f, 0.0) for f in word_features(text))


def is_marked_down(text: str) -> bool:
    """Whether a trainee's (English) reply reads like the replies coaches marked down."""
    return log_odds(text) >= THRESHOLD


def evidence(text: str, most: int = 3) -> list[str]:
    """The words that made a text look marked down, strongest first, as the text has them ("in touch", "you sure");
    words already shown in a stronger pair are not shown again, and the first word counts as that word."""
    lower = _lower(text)
    tokens = word_tokens(lower)
    placed = [(i, st) for i, w in enumerate(tokens) for st in word_stems(w)]  # ("don't" gives two stems)
    found = sorted(((w, f.lstrip("^")) for f in word_features(text) if (w := DELTAS.get(f, 0.0)) > 0), reverse=True)
    shown: list[tuple[int, int]] = []
    for _, feature in found:
        span = _span(feature.split("_"), placed)
        if span is not None and not any(a <= span[1] and span[0] <= b for a, b in shown):
            shown.append(span)
        if len(shown) == most:
            break
    return [" ".join(tokens[a:b + 1]) for a, b in shown]


def _span(stems: list[str], placed: list[tuple[int, str]]) -> tuple[int, int] | None:
    """The first and last word of the text where the stems stand in a row (None: nowhere)."""
    for k in range(len(placed) - len(stems) + 1):
        if [st for _, st in placed[k:k + len(stems)]] == stems:
            return placed[k][0], placed[k + len(stems) - 1][0]
    return None
