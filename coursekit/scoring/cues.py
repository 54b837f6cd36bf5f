"""A tiny weighted-cue matcher: the engine under every classifier.

A *cue* is a regular expression (matched on lower-case, normalised text, wrapped in
word boundaries) with a label and a weight. Matching returns, per label, the phrases
that fired; a cue whose match lies inside a longer match of another cue is dropped, so
"cut costs by 20%" (success) silences the bare "costs" (product) it contains.
Regexes are compiled lazily, on first use, so importing costs nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True)
class Hit:
    label: str
    phrase: str
    weight: float
    start: int
    end: int


class CueSet:
    """Weighted cues for a set of labels, compiled on first use."""

    def __init__(self, cues: dict[str, Sequence[tuple[str, float]]], independent: Iterable[str] = ()):
        self._spec = cues
        self._compiled: list[tuple[str, re.Pattern[str], float]] | None = None
        self.labels = tuple(cues)
        #: labels whose matches always count, even inside another label's longer phrase
        self.independent = frozenset(independent)

    def _compile(self) -> list[tuple[str, re.Pattern[str], float]]:
        if self._compiled is None:
            compiled = []
            for label, items in self._spec.items():
                for pattern, weight in items:
                    compiled.append((label, re.compile(r"(?<![\w'])(?:" + pattern + r")(?:(?<=[\s,;:])|(?![\w]))"), weight))
            self._compiled = compiled
        return self._compiled

    def hits(self, lower: str) -> list[Hit]:
        """All non-nested cue matches in `lower` (longest first wins an overlap)."""
        found: list[Hit] = []
        for label, rx, weight in self._compile():
            for m in rx.finditer(lower):
                if m.end() > m.start():
                    found.append(Hit(label, m.group(0), weight, m.start(), m.end()))
        if len(found) < 2:
            return found
        found.sort(key=lambda h: (h.start - h.end, -h.weight, h.start))
        kept: list[Hit] = []
        for h in found:
            inside = [k for k in kept if k.start <= h.start and h.end <= k.end
                      and not (h.label in self.independent and k.label != h.label)]
            if not inside:
                kept.append(h)
                continue
            # Nested in a longer match: a different label's longer phrase wins (specificity);
            # within the same label, the stronger cue wins and the weaker one is dropped.
            same = [k for k in inside if k.label == h.label]
            if len(same) == len(inside) and all(h.weight > k.weight for k in same):
                for k in same:
                    kept.remove(k)
                kept.append(h)
        kept.sort(key=lambda h: h.start)
        return kept

    def scores(self, hits: Iterable[Hit]) -> dict[str, float]:
        """Sum of weights per label (negative weights allowed)."""
        out = dict.fromkeys(self.labels, 0.0)
        for h in hits:
            out[h.label] = out.get(h.label, 0.0) + h.weight
        return out


def evidence_of(hits: Iterable[Hit], label: str, limit: int = 4) -> tuple[str, ...]:
    """Distinct phrases that supported `label`, strongest first."""
    seen: list[str] = []
    for h in sorted((h for h in hits if h.label == label and h.weight > 0), key=lambda h: -h.weight):
        if h.phrase not in seen:
            seen.append(h.phrase)
        if len(seen) >= limit:
            break
    return tuple(seen)


def softmax_confidence(scores: dict[str, float], top: str, none_score: float = 1.0) -> float:
    """Confidence of `top`: its share of exp-scores, with a 'nothing fired' pseudo-label."""
    import math

    best = scores[top]
    vals = [math.exp(min(v, 20.0)) for v in scores.values()]
    total = sum(vals) + math.exp(none_score) * (1.0 if best < 2 * none_score else 0.0)
    return max(0.0, min(1.0, math.exp(min(best, 20.0)) / total))


def quote(phrases: Sequence[str], limit: int = 3) -> str:
    """'a', 'b' and 'c' - for feedback sentences."""
    items = [f"'{p}'" for p in list(dict.fromkeys(phrases))[:limit]]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]
