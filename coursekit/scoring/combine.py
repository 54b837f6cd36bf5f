"""Combining the hand-written cues with the trained linear model (and, where trained, the word
counts of `wordcounts.py`) into one prediction."""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from .cues import evidence_of
from .features import stem, word_tokens
from .linear import LinearModel
from .wordcounts import WordCounts

_MODELS: dict[str, LinearModel] = {}
_COUNTS: dict[str, WordCounts | None] = {}
#: The word counts' share of a prediction where a task has them (the linear model has the rest):
#: an even average beat either alone on the blind and held-out sets. For need levels 0.4, chosen on
#: heldout/ and blind4/-blind6/ when train9/ joined the data (equal or better on all four: 0.978,
#: 0.965, 0.945, 0.940 against 0.978, 0.965, 0.935, 0.940).
WORD_COUNT_SHARE: dict[str, float] = {"need": 0.4}
DEFAULT_WORD_COUNT_SHARE = 0.5


def model(task: str) -> LinearModel | None:
    """The trained model for a task ('need', 'technique', 'objection'), loaded on first use."""
    if task not in _MODELS:
        try:
            from ._weights import WEIGHTS
        except ImportError:  # weights not generated yet: rules only
            return None
        spec = WEIGHTS.get(task)
        if spec is None:
            return None
        _MODELS[task] = LinearModel(spec["labels"], spec["bias"], spec["words"], spec["rules"])
    return _MODELS[task]


def word_counts(task: str) -> WordCounts | None:
    """The trained word counts for a task, loaded on first use (None: the task has none)."""
    if task not in _COUNTS:
        try:
            from ._weights import WEIGHTS
        except ImportError:
            return None
        spec = WEIGHTS.get(task, {}).get("counts")
        _COUNTS[task] = WordCounts(WEIGHTS[task]["labels"], spec["prior"], spec["words"], spec["unseen"]) if spec else None
    return _COUNTS[task]


def combined(task: str, lower: str, rules: Mapping[str, float], labels: tuple[str, ...],
             adjust: Mapping[str, float] | None = None) -> tuple[str, dict[str, float], Sequence[str]]:
    """(label, probabilities, supporting words) from rules + trained words; rules alone if no model.

    `adjust` is added to the final logits (hard constraints such as "no cue, no label").
    """
    m = model(task)
    if m is None:
        logits = {k: rules.get(k, 0.0) for k in labels}
    else:
        logits = m.logits(lower, rules)
    if adjust:
        logits = {k: v + adjust.get(k, 0.0) for k, v in logits.items()}
    probs = _softmax(logits, labels)
    counts = word_counts(task) if m is not None else None
    if counts is not None:
        said = counts.log_scores(lower)
        if adjust:
            said = {k: v + adjust.get(k, 0.0) for k, v in said.items()}
        by_words = _softmax(said, labels)
        share = WORD_COUNT_SHARE.get(task, DEFAULT_WORD_COUNT_SHARE)
        probs = {k: (1 - share) * probs[k] + share * by_words[k] for k in labels}
    top = max(labels, key=probs.__getitem__)
    return top, probs, SupportingWords(m, lower, top)


def _softmax(logits: Mapping[str, float], labels: tuple[str, ...]) -> dict[str, float]:
    xs = [logits[k] for k in labels]
    mx = max(xs)
    exps = [math.exp(x - mx) for x in xs]
    z = sum(exps)
    return {k: v / z for k, v in zip(labels, exps)}


class SupportingWords(Sequence[str]):
    """The words of the text that pushed the model to its label (at most 3), worked out on first use:
    most predictions take their evidence from the cues and never read them."""

    def __init__(self, m: LinearModel | None, lower: str, label: str):
        self._args = (m, lower, label)
        self._words: list[str] | None = None

    def _get(self) -> list[str]:
        if self._words is None:
            m, lower, label = self._args
            contrib = m.contributions(lower, label) if m is not None else []
            self._words = _surface_words(lower, [f for f, w in sorted(contrib, key=lambda x: -x[1]) if w >= 0.3])
        return self._words

    def __getitem__(self, i):  # type: ignore[override]
        return self._get()[i]

    def __len__(self) -> int:
        return len(self._get())

    def __iter__(self):
        return iter(self._get())

    def __eq__(self, other: object) -> bool:
        return list(self._get()) == (list(other) if isinstance(other, (list, tuple, SupportingWords)) else other)

    def __repr__(self) -> str:
        return repr(self._get())


_STOP = frozenset(
    "a an the and or but to of in on for with at by from as is are was were be been am do does did have has had "
    "will would can could should may might must i you he she it we they me him her us them my your his its our "
    "their this that these those what how why when where which who there here not no yes if so than then just "
    "also all any some very too about into over after before be not n't 's "
    # light verbs and fillers: never evidence on their own ("reads as relationship ('like')")
    "like give get got make take want know see say go come let put ok okay well yeah oh sure ofcourse".split()
)


def _surface_words(lower: str, feats: list[str], limit: int = 3) -> list[str]:
    """Map stem features back to the words of the text they came from (each at its first place)."""
    if not feats:
        return []
    words = word_tokens(lower)
    stems = [stem(w) for w in words]
    at: dict[str, list[int]] = {}  # a word or its stem -> the places it stands, in order
    for i, (w, s) in enumerate(zip(words, stems)):
        at.setdefault(s, []).append(i)
        if w != s:
            at.setdefault(w, []).append(i)
    out: list[str] = []
    for f in feats:
        parts = f.lstrip("^").split("_")
        if all(p in _STOP for p in parts):
            continue
        n = len(parts)
        for i in at.get(parts[0], ()):
            if i + n <= len(words) and all(stems[i + j] == parts[j] or words[i + j] == parts[j] for j in range(1, n)):
                phrase = " ".join(words[i:i + n])
                if phrase not in out and len(phrase) > 2:
                    out.append(phrase)
                break
        if len(out) >= limit:
            break
    return out


def explainable(label: str, probs: Mapping[str, float], evidence: tuple[str, ...], rules: Mapping[str, float],
                hits_for, min_rule: float = 1.5) -> tuple[str, float, tuple[str, ...]]:
    """Prefer an explainable answer: when the model's label has no evidence at all but another
    label has a clear cue (score >= `min_rule`), take that label with its cue words.

    `hits_for(label)` returns the cue evidence for a label. Returns (label, confidence, evidence).
    """
    if evidence:
        return label, probs[label], evidence
    best = max(rules, key=lambda k: rules[k])
    if best != label and rules[best] >= min_rule:
        ev = hits_for(best)
        if ev:
            return best, max(probs[best], 0.4), ev
    return label, probs[label], evidence


def decide(task: str, t, hits, rules: Mapping[str, float], labels: tuple[str, ...],
           clear_rule: float) -> tuple[str, float, tuple[str, ...], bool]:
    """(label, confidence, evidence, clear) for a classifier with cue hits and a trained model.

    Evidence is the label's cue phrases, else the model's words when it is confident; the
    answer is `clear` when there is evidence and either the model or the cues are sure enough.
    """
    label, probs, words = combined(task, t.lower, rules, labels)
    confidence = probs[label]
    evidence = evidence_of(hits, label) or (tuple(words) if confidence >= 0.5 else ())
    label, confidence, evidence = explainable(label, probs, evidence, rules, lambda k: evidence_of(hits, k))
    clear = bool(evidence) and not (confidence < 0.35 and rules[label] < clear_rule)
    return label, confidence, evidence, clear
