"""Word counts per label (multinomial Naive Bayes): a second opinion the trained models mix in.

On the newest blind set a plain word-count classifier, trained on the same examples, was as good
as the linear model with its cues or better, and the average of the two beat both on the blind
and the held-out sets (need, technique, objection): so `combine.combined` averages them. The
same class is the benchmark's word-count baseline. Trained offline with the linear model
(bench/train_scoring.py) and shipped in `_weights.py`; pure Python.
"""
from __future__ import annotations

import math
import sys
from functools import reduce
from operator import add
from collections import Counter
from typing import Callable, Iterable, Mapping, Sequence

from .features import word_tokens


#: Before Python 3.12, `sum` adds floats left to right in one double, as `+` does, without making a float object
#: per addition; from 3.12 on it compensates the rounding (other floats), so there the columns are `reduce`d.
_PLAIN_FLOAT_SUM = sys.version_info < (3, 12)


def column_sums(start: Sequence[float], vectors: Iterable[Sequence[float]]) -> list[float]:
    """start[k] + v1[k] + v2[k] + … for each k, added left to right: the same floats as adding the vectors
    one after another, read column by column instead (each column summed in one `sum` or `reduce`)."""
    vectors = list(vectors)
    if not vectors:
        return list(start)
    if _PLAIN_FLOAT_SUM:
        return list(map(sum, zip(*vectors), start))
    return list(map(reduce, [add] * len(start), zip(*vectors), start))


def tokens(text: str) -> list[str]:
    """Lower-case word tokens of a text."""
    return list(word_tokens(text.lower()))  # (remembered: the features read the same words)


class WordCounts:
    """log P(label) + sum of log P(token | label) over the tokens of a text, as probabilities.

    Tokens are English words unless `tokenize` says otherwise (the Spanish and Chinese models
    read their own, `multilingual.tokens`)."""

    def __init__(self, labels: Sequence[str], prior: Mapping[str, float], words: Mapping[str, Mapping[str, float]],
                 unseen: Mapping[str, float], tokenize: Callable[[str], list[str]] = tokens):
        self.labels = tuple(labels)
        self.prior = dict(prior)      # label -> log P(label)
        self.words = {w: dict(lp) for w, lp in words.items()}  # token -> {label: log P(token | label)}
        self.unseen = dict(unseen)    # label -> log P(token | label) of a known token never seen with it
        self.tokenize = tokenize
        # For `log_scores`: per token, its log-probabilities as a vector in the prior's label order
        # (the unseen ones filled in); the additions per label keep their order, so the same floats.
        self._order = tuple(self.prior)
        self._unseen_vector = tuple(self.unseen[lab] for lab in self._order)
        self._vectors = {w: tuple(lp.get(lab, self.unseen[lab]) for lab in self._order) for w, lp in self.words.items()}

    def log_scores(self, text: str) -> dict[str, float]:
        """Unnormalised log-probabilities per label (a token never seen with a label, or not kept,
        counts as seen zero times)."""
        vectors, unseen = self._vectors, self._unseen_vector
        acc = column_sums([self.prior[lab] for lab in self._order], [vectors.get(w, unseen) for w in self.tokenize(text)])
        return dict(zip(self._order, acc))

    def probs(self, text: str) -> dict[str, float]:
        """P(label | tokens of the text)."""
        scores = self.log_scores(text)
        top = max(scores.values())
        exps = {lab: math.exp(v - top) for lab, v in scores.items()}
        total = sum(exps.values())
        return {lab: v / total for lab, v in exps.items()}

    def predict(self, text: str) -> str:
        scores = self.log_scores(text)
        return max(self.labels, key=lambda lab: scores[lab])

    def weight(self, token: str, label: str) -> float:
        """How much a token speaks for a label over the others (log-ratio against their mean)."""
        lp = self.words.get(token)
        if not lp:
            return 0.0
        others = [lp.get(lab, self.unseen[lab]) for lab in self.labels if lab != label]
        return lp.get(label, self.unseen[label]) - sum(others) / max(1, len(others))

    @staticmethod
    def count(token_lists: Iterable[Sequence[str]], gold: Sequence[str], labels: Sequence[str]) -> dict:
        """The counts a model is made of, as plain data: per token, how often it came with each label."""
        at = {lab: i for i, lab in enumerate(labels)}
        counts: dict[str, list[int]] = {}
        for toks, lab in zip(token_lists, gold):
            for tok in toks:
                counts.setdefault(tok, [0] * len(labels))[at[lab]] += 1
        return {"labels": list(labels), "docs": [list(gold).count(lab) for lab in labels],
                "counts": dict(sorted(counts.items()))}

    @classmethod
    def from_counts(cls, spec: Mapping, alpha: float = 1.0, min_count: int = 1,
                    tokenize: Callable[[str], list[str]] = tokens) -> "WordCounts":
        """A model from `count`'s data (additive smoothing by `alpha`; tokens seen fewer than
        `min_count` times are not kept, and count as unseen)."""
        labels, counts = tuple(spec["labels"]), spec["counts"]
        totals = [sum(c[i] for c in counts.values()) for i in range(len(labels))]
        vocab = alpha * (len(counts) + 1)
        n = sum(spec["docs"])
        prior = {lab: math.log(max(d, 1) / n) for lab, d in zip(labels, spec["docs"])}
        unseen = {lab: math.log(alpha / (totals[i] + vocab)) for i, lab in enumerate(labels)}
        words = {tok: {lab: math.log((c[i] + alpha) / (totals[i] + vocab)) for i, lab in enumerate(labels) if c[i]}
                 for tok, c in counts.items() if sum(c) >= min_count}
        return cls(labels, prior, words, unseen, tokenize)

    @classmethod
    def train(cls, texts: Sequence[str], gold: Sequence[str], labels: Sequence[str] | None = None,
              min_count: int = 1, tokenize: Callable[[str], list[str]] = tokens) -> "WordCounts":
        """Counts with add-one smoothing; tokens seen fewer than `min_count` times are left out."""
        labels = tuple(labels) if labels is not None else tuple(sorted(set(gold)))
        return cls.from_counts(cls.count((tokenize(t) for t in texts), gold, labels), 1.0, min_count, tokenize)
