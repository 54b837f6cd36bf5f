"""A small softmax-regression model over word features and rule scores (pure Python).

Training (offline, bench/train_scoring.py) and prediction both live here so that the two
can never disagree on the features. Trained weights ship as a Python module
(`coursekit/scoring/_weights.py`), loaded on first use: nothing downloads at run time.
"""
from __future__ import annotations

import math
from typing import Mapping, Sequence

from .features import features
from .wordcounts import column_sums


class LinearModel:
    """scores[label] = bias[label] + sum(w[label][f] for f in word features) + sum(r[label][k] * rule_score[k])."""

    def __init__(self, labels: Sequence[str], bias: Mapping[str, float], words: Mapping[str, Mapping[str, float]],
                 rules: Mapping[str, Mapping[str, float]]):
        self.labels = tuple(labels)
        self.bias = dict(bias)
        self.words = {f: dict(ws) for f, ws in words.items()}  # feature -> {label: weight}
        self.rules = {lab: dict(ws) for lab, ws in rules.items()}  # label -> {rule label: weight}
        # For `logits`: the same weights as vectors in the order of the bias's labels. A weight a
        # feature lacks is 0.0 and adding 0.0 changes no sum; the additions per label keep their order.
        self._order = tuple(self.bias)
        at = {lab: i for i, lab in enumerate(self._order)}
        self._bias_vector = [self.bias[lab] for lab in self._order]
        self._vectors = {f: tuple(ws.get(lab, 0.0) for lab in self._order) for f, ws in self.words.items()}
        #: per label (by its place), its rule weights: ((rule label, weight), ...)
        self._rule_items = tuple((at[lab], tuple(self.rules.get(lab, {}).items())) for lab in self.labels)
        #: every rule label, in an order each label's rule weights follow (None: they disagree)
        keys = list(dict.fromkeys(k for _, items in self._rule_items for k, _ in items))
        self._rule_keys: tuple[str, ...] | None = tuple(keys) if all(
            [k for k, _ in items] == [k for k in keys if k in dict(items)] for _, items in self._rule_items) else None
        self._rule_weights = tuple((i, dict(items)) for i, items in self._rule_items)

    def logits(self, lower: str, rule_scores: Mapping[str, float]) -> dict[str, float]:
        """Logits per label (each the same sum, in the same order, as in `scores`: the same floats)."""
        # the weight vectors of the features the model knows, in the features' order, added to the bias
        acc = column_sums(self._bias_vector, filter(None, map(self._vectors.get, features(lower))))
        if self._rule_keys is not None:  # only the rules that fired, in each label's order: w * 0.0 adds nothing
            fired = [(k, r) for k in self._rule_keys if (r := rule_scores.get(k, 0.0))]
            for i, weights in self._rule_weights if fired else ():
                x = acc[i]
                for k, r in fired:
                    w = weights.get(k)
                    if w is not None:
                        x += w * r
                acc[i] = x
            return dict(zip(self._order, acc))
        for i, items in self._rule_items:
            x = acc[i]
            for k, w in items:
                r = rule_scores.get(k, 0.0)
                if r:
                    x += w * r
            acc[i] = x
        return dict(zip(self._order, acc))

    def contributions(self, lower: str, label: str) -> list[tuple[str, float]]:
        """The word features that pushed `label` up, in text order, with their weights."""
        if label not in self._order:  # a label without a bias (never so for a trained model): read the weights
            return [(f, w) for f in features(lower) if (w := self.words.get(f, {}).get(label, 0.0)) > 0]
        k = self._order.index(label)
        vectors = self._vectors
        return [(f, v[k]) for f in features(lower) if (v := vectors.get(f)) is not None and v[k] > 0]

    def scores(self, lower: str, rule_scores: Mapping[str, float]) -> tuple[dict[str, float], dict[str, list[tuple[str, float]]]]:
        """Logits per label and, per label, the word features that pushed it up."""
        return self.logits(lower, rule_scores), {lab: self.contributions(lower, lab) for lab in self.labels}

    # ------------------------------------------------------------------ training
    @classmethod
    def train(cls, rows: Sequence[tuple[str, Mapping[str, float], str]], labels: Sequence[str],
              l2: float = 0.01, epochs: int = 60, lr: float = 0.5, min_count: int = 2,
              use_words: bool = True, use_rules: bool = True, rule_dropout: float = 0.0, seed: int = 0) -> "LinearModel":
        """Fit on (lower text, rule scores, gold label) rows with AdaGrad on the L2-regularised log loss.

        `rule_dropout` hides the rule scores of that share of examples in each epoch, so the word
        weights must learn to stand on their own (the rules were written while looking at these
        examples, so without it the model would trust them more than they deserve on new text).
        """
        import random

        rnd = random.Random(seed)
        labels = tuple(labels)
        counts: dict[str, int] = {}
        feats_per_row = []
        for text, _, _ in rows:
            fs = features(text) if use_words else []
            feats_per_row.append(fs)
            for f in fs:
                counts[f] = counts.get(f, 0) + 1
        vocab = {f for f, c in counts.items() if c >= min_count}
        feats_per_row = [[f for f in fs if f in vocab] for fs in feats_per_row]
        w: dict[str, dict[str, float]] = {f: dict.fromkeys(labels, 0.0) for f in vocab}
        g2: dict[str, dict[str, float]] = {f: dict.fromkeys(labels, 1e-8) for f in vocab}
        rule_keys = labels
        r = {lab: dict.fromkeys(rule_keys, 0.0) for lab in labels}
        rg2 = {lab: dict.fromkeys(rule_keys, 1e-8) for lab in labels}
        b = dict.fromkeys(labels, 0.0)
        bg2 = dict.fromkeys(labels, 1e-8)
        n = len(rows)
        for _ in range(epochs):
            for (text, rs, gold), fs in zip(rows, feats_per_row):
                if rule_dropout and rnd.random() < rule_dropout:
                    rs = {}
                logits = dict(b)
                for f in fs:
                    for lab, v in w[f].items():
                        logits[lab] += v
                if use_rules:
                    for lab in labels:
                        for k in rule_keys:
                            logits[lab] += r[lab][k] * rs.get(k, 0.0)
                m = max(logits.values())
                exps = {lab: math.exp(v - m) for lab, v in logits.items()}
                z = sum(exps.values())
                for lab in labels:
                    grad = exps[lab] / z - (1.0 if lab == gold else 0.0)
                    bg2[lab] += grad * grad
                    b[lab] -= lr * grad / math.sqrt(bg2[lab])
                    for f in fs:
                        gg = grad + l2 * w[f][lab] * n / max(1, counts[f])
                        g2[f][lab] += gg * gg
                        w[f][lab] -= lr * gg / math.sqrt(g2[f][lab])
                    if use_rules:
                        for k in rule_keys:
                            x = rs.get(k, 0.0)
                            if x:
                                gg = grad * x + l2 * r[lab][k]
                                rg2[lab][k] += gg * gg
                                r[lab][k] -= lr * gg / math.sqrt(rg2[lab][k])
        words = {f: {lab: round(v, 4) for lab, v in ws.items() if abs(v) >= 0.01} for f, ws in w.items()}
        words = {f: ws for f, ws in words.items() if ws}
        rules = {lab: {k: round(v, 4) for k, v in ks.items() if abs(v) >= 1e-4} for lab, ks in r.items()} if use_rules else {}
        return cls(labels, {k: round(v, 4) for k, v in b.items()}, words, rules)

    def predict(self, lower: str, rule_scores: Mapping[str, float]) -> str:
        s, _ = self.scores(lower, rule_scores)
        return max(self.labels, key=lambda k: s[k])
