"""Need level classifier (brief section 1): product, service, experience, relationship, success."""
from __future__ import annotations

import re

from ..labels import NEED_LEVELS
from .combine import decide
from .cues import CueSet, Hit, quote
from .need_lexicon import NEED_CUES, POINT_CONCEDED, POINT_MIN_WORDS, POINT_TURNS, SOFT_NEED_CUES
from . import multilingual
from .text import Text, normalise, unjudgeable_feedback
from .types import Prediction

CUES = CueSet({k: list(v) + SOFT_NEED_CUES.get(k, []) for k, v in NEED_CUES.items()})

#: Tiny priors that break ties towards the more specific, higher level.
_PRIOR = {"product": 0.0, "service": 0.01, "experience": 0.02, "relationship": 0.03, "success": 0.04}

_WHY = {
    "product": "it is about what the product is or does, its quality, performance or price",
    "service": "it is about delivery, set-up, training, repair, returns or support around the product",
    "experience": "it is about trying, tasting or taking part, or about how dealing with you feels",
    "relationship": "it is about trust, respect, being known and helped, or shared contacts over time",
    "success": "it is about the customer's own business goal, the result every purchase serves",
}
_NEXT = {
    "product": "ask what the product must help them achieve to move up to the higher levels",
    "service": "ask what a support failure would cost them to see how it connects to their goals",
    "experience": "let them try or take part, and remember every contact adds to the experience",
    "relationship": "show you will stay reliable and helpful long after the sale",
    "success": "plan product, service and relationship around helping them reach that goal",
}


_POINT_TURNS = re.compile(POINT_TURNS)
_CONCEDED = re.compile(POINT_CONCEDED)


def the_point(t: Text) -> Text | None:
    """What a customer says after denying or conceding something ("It's not the quality of the tyres, they're good.
    It's that I need them fitted at our depot"; "the software is good, yes, but who configures the permissions?"),
    as a text of its own; None when the line turns to no such point. The need sits in the point, not in what was
    waved aside."""
    for m in _POINT_TURNS.finditer(t.lower):
        rest = t.clean[m.end():] if len(t.clean) == len(t.lower) else t.lower[m.end():]
        if m.start() == 0 or len(rest.split()) < POINT_MIN_WORDS or not _CONCEDED.search(t.lower, 0, m.start()):
            continue
        rest = rest.strip(" ,.;:-–—")
        lead = _POINT_TURNS.match(rest.lower())  # "…but what we really want is to…": the point, not the turn to it
        point = normalise((rest[lead.end():] if lead and len(rest[lead.end():].split()) >= POINT_MIN_WORDS else rest).strip(" ,.;:-–—"))
        return point if point.judgeable else None
    return None


def need_hits(t: Text) -> list[Hit]:
    """The need-level cue hits in a normalised text."""
    return CUES.hits(t.lower) if t.judgeable else []


def scores_from_hits(hits: list[Hit]) -> dict[str, float]:
    scores = CUES.scores(hits)
    for k, v in _PRIOR.items():
        scores[k] += v
    return scores


def rule_scores(t: Text) -> dict[str, float]:
    """Hand-written cue scores per need level."""
    return scores_from_hits(need_hits(t))


def predict_need(t: Text) -> Prediction:
    """Classify an already-normalised text."""
    if not t.judgeable:
        if multilingual.supports(t, "need"):  # Spanish or Chinese: their own trained classifier
            return multilingual.predict_need(t)
        return Prediction("product", 0.0, (), unjudgeable_feedback(t.reason, "a customer need or a question about one"), False)
    point = the_point(t)
    if point is not None:
        return predict_need(point)
    hits = need_hits(t)
    scores = scores_from_hits(hits)
    label, conf, ev, clear = decide("need", t, hits, scores, NEED_LEVELS, clear_rule=0.5)
    if not clear:
        return Prediction(
            label, round(min(conf, 0.3), 3), ev,
            "There are no clear need-level words here, so this is only a guess at the "
            f"{label} level; naming the product, a service, a trial, the relationship or a goal would make it clear.",
        )
    fb = f"This is at the {label} level because {_WHY[label]} ({quote(ev)}); {_NEXT[label]}."
    return Prediction(label, round(conf, 3), ev, fb)


def classify_need(text: object) -> Prediction:
    """The need level a customer statement (or a salesperson's question) mainly sits at."""
    return predict_need(normalise(text))
