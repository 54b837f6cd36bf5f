"""Objection pattern classifier (brief section 7)."""
from __future__ import annotations

from ..labels import OBJECTION_PATTERNS
from .combine import combined, decide, model
from .cues import CueSet, Hit, quote
from .features import with_context
from .objection_lexicon import OBJECTION_CUES, OBJECTION_WHY, SOFT_CUES
from . import multilingual
from .text import Text, normalise, unjudgeable_feedback
from .types import Prediction

CUES = CueSet({k: list(v) + SOFT_CUES.get(k, []) for k, v in OBJECTION_CUES.items()})

#: Minimum cue score for a customer turn to count as an objection in a dialogue.
OBJECTION_THRESHOLD = 2.5


def objection_scores(t: Text) -> tuple[dict[str, float], list[Hit]]:
    """Cue scores per pattern for a normalised text."""
    if not t.judgeable:
        return dict.fromkeys(OBJECTION_PATTERNS, 0.0), []
    hits = CUES.hits(t.lower)
    return CUES.scores(hits), list(hits)


def rule_scores(t: Text) -> dict[str, float]:
    """Hand-written cue scores per objection pattern."""
    return objection_scores(t)[0]


def predict_objection(t: Text) -> Prediction:
    """Classify an already-normalised text."""
    if not t.judgeable:
        if multilingual.supports(t, "objection"):  # Spanish or Chinese: their own trained classifier
            return multilingual.predict_objection(t)
        return Prediction("brush_off", 0.0, (), unjudgeable_feedback(t.reason, "the customer's objection"), False)
    scores, hits = objection_scores(t)
    label, conf, ev, clear = decide("objection", t, hits, scores, OBJECTION_PATTERNS, clear_rule=1.0)
    if not clear:
        return Prediction(
            label, round(min(conf, 0.3), 3), ev,
            "There are no clear objection words here (about need, money, time, a past problem, thinking it over "
            f"or price), so '{label.replace('_', ' ')}' is only a guess; ask what is behind it.",
        )
    name, advice = OBJECTION_WHY[label]
    return Prediction(label, round(conf, 3), ev, f"This is {name} ({quote(ev)}); {advice}.")


def classify_objection(text: object) -> Prediction:
    """The objection pattern a customer's statement expresses."""
    return predict_objection(normalise(text))


#: How sure the in-dialogue model must be (chosen with ANSWER_OBJECTION_P by 5-fold CV over the customer lines of
#: natural conversations: 3,433 lines by six writers - train6/, train7/, blind14/-blind17/ - where 0.35/0.45 recognised
#: 65 % of their objections and took 4 % of their ordinary answers for one, 0.4/0.5 63 % and 4 %, 0.3/0.4 66 % and 5 %;
#: checked again with train12/ and train15/, 4,382 lines by eight writers: 74 % and 5 %, 0.4/0.5 72 % and 5 %,
#: 0.3/0.4 75 % and 6 %).
TURN_OBJECTION_P = 0.35
#: Labels of the in-dialogue decision: does this customer line object, or answer?
TURN_LABELS: tuple[str, ...] = ("objection", "answer")


def turn_rule_scores(t: Text) -> dict[str, float]:
    """Rule scores for the in-dialogue decision: the strongest objection cue against the need cues."""
    scores, hits = objection_scores(t)
    strongest = max((h.weight for h in hits), default=0.0)
    from .need import rule_scores as need_rules

    need_top = max(need_rules(t).values(), default=0.0)
    return {"objection": min(6.0, max(scores.values(), default=0.0)) + strongest / 2, "answer": min(6.0, need_top)}


#: How sure the in-dialogue model must be about an answer to a question about the need.
ANSWER_OBJECTION_P = 0.45
#: How sure it must be that a line with a clear objection phrase objects here ("we don't need that"
#: refusing an add-on, "too high" about last year's bill answer the question asked).
STRONG_OBJECTION_P = 0.05
#: The weight of a clear objection phrase (a cue that on its own names a pattern).
STRONG_CUE = 2.5


def is_objection(t: Text, *, answers_question: bool = False, context: str = "",
                 goes_along: bool = False, did: str = "") -> tuple[bool, str, tuple[str, ...]]:
    """Whether a (customer) turn raises an objection, which pattern, and the words.

    A model trained on customer lines in conversations (objections, and ordinary answers, facts,
    asides, agreements and complaints about third parties), reading the line together with what the
    trainee line before it did (`context`, see `exchange.what_it_answers`; '' when the customer opens), decides; a phrase that on its own names a
    pattern lowers how sure it must be. An answer to a plain question (`answers_question`) must be
    clearer. Without a clear objection phrase, a line that opens the conversation or `goes_along`
    (says yes to what was proposed without a "but", or only asks about it) answers. The pattern classifier names the pattern,
    read only for a line that objects or has a clear objection phrase ('' and no words for a line that does not object).
    (`did`, the trainee line's moves alone, is for the Spanish and Chinese readers: the English model reads `context`.)
    """
    if not t.judgeable:
        return False, "brush_off", ()
    _, hits = objection_scores(t)
    p = predict_objection(t) if any(h.weight >= STRONG_CUE for h in hits) else None
    strong = p is not None and p.confidence >= 0.5 and any(h.label == p.label and h.weight >= STRONG_CUE for h in hits)
    if model("objection_turn") is None:
        p = p or predict_objection(t)
        return strong, p.label, p.evidence
    if not strong and (not context or goes_along):
        return False, "", ()  # a customer who opens came to you; one who says yes answers
    _, probs, _ = combined("objection_turn", with_context(t.lower, context),
                           turn_rule_scores(t), TURN_LABELS)
    need = STRONG_OBJECTION_P if strong else ANSWER_OBJECTION_P if answers_question else TURN_OBJECTION_P
    if probs["objection"] < need:
        return False, "", ()
    p = p or predict_objection(t)
    return True, p.label, p.evidence
