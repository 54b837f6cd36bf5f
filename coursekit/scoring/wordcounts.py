"""Word counts per label (multinomial Naive Bayes): a second opinion the trained models mix in.

On the newest blind set a plain word-count classifier, trained on the same examples, was as good
as the linear model with its cues or better, and the average of the two beat both on the blind
and the held-out sets (need, technique, objection): so `combine.combined` averages them. The
same class is the benchmark's word-count baseline. Trained offline with the linear model
(bench/train_scoring.py) and shipped in `_weights.py`; pure Python.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Mapping, Sequence

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens of a text."""
    return _TOKEN.findall(text.lower())


class WordCounts:
    """log P(label) + sum of log P(word | label) over the words of a text, as probabilities."""

    def __init__(self, labels: Sequence[str], prior: Mapping[str, float], words: Mapping[str, Mapping[str, float]],
                 unseen: Mapping[str, float]):
        self.labels = tuple(labels)
        self.prior = dict(prior)      # label -> log P(label)
        self.words = {w: dict(lp) for w, lp in words.items()}  # word -> {label: log P(word | label)}
        self.unseen = dict(unseen)    # label -> log P(word | label) of a known word never seen with it

    def log_scores(self, text: str) -> dict[str, float]:
        """Unnormalised log-probabilities per label (a word never seen with a label, or not kept,
        counts as seen zero times)."""
        out = dict(self.prior)
        unseen = self.unseen
        for w in tokens(text):
            lp = self.words.get(w, {})
            for lab in self.labels:
                out[lab] += lp.get(lab, unseen[lab])
        return out

    def probs(self, text: str) -> dict[str, float]:
        """P(label | words of the text)."""
        scores = self.log_scores(text)
        top = max(scores.values())
        exps = {lab: math.exp(v - top) for lab, v in scores.items()}
        total = sum(exps.values())
        return {lab: v / total for lab, v in exps.items()}

    def predict(self, text: str) -> str:
        scores = self.log_scores(text)
        return max(self.labels, key=lambda lab: scores[lab])

    @classmethod
    def train(cls, texts: Sequence[str], gold: Sequence[str], labels: Sequence[str] | None = None,
              min_count: int = 1) -> "WordCounts":
        """Counts with add-one smoothing; words seen fewer than `min_count` times are left out."""
        labels = tuple(labels) if labels is not None else tuple(sorted(set(gold)))
        counts = {lab: Counter() for lab in labels}
        docs = Counter(gold)
        for text, lab in zip(texts, gold):
            counts[lab].update(tokens(text))
        seen = Counter()
        for c in counts.values():
            seen.update(c)
        vocab = len(seen) + 1
        totals = {lab: sum(c.values()) for lab, c in counts.items()}
        n = sum(docs.values())
        prior = {lab: math.log(max(docs[lab], 1) / n) for lab in labels}
        unseen = {lab: math.log(1 / (totals[lab] + vocab)) for lab in labels}
        words = {w: {lab: math.log((counts[lab][w] + 1) / (totals[lab] + vocab)) for lab in labels if counts[lab][w]}
                 for w, c in seen.items() if c >= min_count}
        return cls(labels, prior, words, unseen)
