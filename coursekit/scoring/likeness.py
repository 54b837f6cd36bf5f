"""Word models that read a line by likeness: a logistic regression on the word features the classifiers read (stems,
neighbouring stem pairs, the first word), trained offline (`bench/train_marked_down.py`) and shipped as weights.

`marked_down.py` reads (English) trainee replies like the ones coaches marked down; `took_badly.py` reads customer
answers like the ones customers gave to such a reply, in English, Spanish and Chinese (`language_features`: the tokens
the Spanish and Chinese classifiers read). Lines are read by their first `READ_CHARS` characters. Pure Python.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping

from .features import features, word_stems, word_tokens
from .multilingual import tokens

#: Characters read: a line longer than this is read by its beginning.
READ_CHARS = 2000


def _lower(text: str) -> str:
    return text[:READ_CHARS].lower().replace("\u2019", "'")


def word_features(text: str) -> tuple[str, ...]:
    """The word features the classifiers read (`features.features`), of a text's beginning, lower-cased; remembered
    there, so a line the classifiers have read costs nothing more."""
    return features(_lower(text))


def language_features(language: str) -> Callable[[str], tuple[str, ...]]:
    """The features of a line in a language: English word features, or the words and word pairs (Spanish; Chinese
    characters and character pairs) the language's classifiers read (`multilingual.tokens`), each once, in order."""
    if language == "en":
        return word_features

    def featurize(text: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(tokens(text[:READ_CHARS].lower(), language)))
    return featurize


@dataclass(frozen=True)
class Likeness:
    """A trained word model: a text reads so when its log-odds (`base` plus its features' `deltas`) reach `threshold`.
    `featurize` gives a text's features (English word features unless told; `evidence` reads English words only)."""

    base: float
    deltas: Mapping[str, float]
    threshold: float
    featurize: Callable[[str], tuple[str, ...]] = field(default=word_features, compare=False)

    def log_odds(self, text: str) -> float:
        """How much more a text looks like the model's lines than like the others (log-odds)."""
        return self.base + sum(self.deltas.get(f, 0.0) for f in self.featurize(text))

    def reads_so(self, text: str) -> bool:
        """Whether a text reads like the model's lines."""
        return self.log_odds(text) >= self.threshold

    def evidence(self, text: str, most: int = 3) -> list[str]:
        """The words that made a text look like the model's lines, strongest first, as the text has them ("in touch",
        "you sure"); words already shown in a stronger pair are not shown again, and the first word counts as that word."""
        lower = _lower(text)
        words = word_tokens(lower)
        placed = [(i, st) for i, w in enumerate(words) for st in word_stems(w)]  # ("don't" gives two stems)
        found = sorted(((w, f.lstrip("^")) for f in word_features(text) if (w := self.deltas.get(f, 0.0)) > 0), reverse=True)
        shown: list[tuple[int, int]] = []
        for _, feature in found:
            span = _span(feature.split("_"), placed)
            if span is not None and not any(a <= span[1] and span[0] <= b for a, b in shown):
                shown.append(span)
            if len(shown) == most:
                break
        return [" ".join(words[a:b + 1]) for a, b in shown]


def _span(stems: list[str], placed: list[tuple[int, str]]) -> tuple[int, int] | None:
    """The first and last word of the text where the stems stand in a row (None: nowhere)."""
    for k in range(len(placed) - len(stems) + 1):
        if [st for _, st in placed[k:k + len(stems)]] == stems:
            return placed[k][0], placed[k + len(stems) - 1][0]
    return None
