"""The public label ids of the course (from the content brief), as plain constants.

Every data file, scorer and widget uses these exact strings. This module imports
nothing, so any layer may use it.
"""
from __future__ import annotations

NEED_LEVELS: tuple[str, ...] = ("product", "service", "experience", "relationship", "success")
TEMPERAMENTS: tuple[str, ...] = (
    "impatient", "deliberate", "silent", "talkative", "hesitant",
    "reserved", "suspicious", "critical", "expert",
)
PRINCIPLES: tuple[str, ...] = ("comprehensive", "prominent", "deep", "broad", "suggestive")
TECHNIQUES: tuple[str, ...] = (
    "inquiry", "confirming", "identifying", "descriptive",
    "clarifying", "satisfaction", "additional",
)
QUESTION_FORMS: tuple[str, ...] = ("open", "closed")
OBJECTION_PATTERNS: tuple[str, ...] = (
    "brush_off", "no_need", "no_money", "no_time",
    "bad_experience", "think_it_over", "too_expensive",
)
OBJECTION_TESTS: tuple[str, ...] = ("hypothesis", "counter_question", "transformation")
CHECKPOINTS: tuple[str, ...] = ("know", "approve", "need", "intent")

#: Label ids by knowledge kind (the `kind` of each knowledge data file).
BY_KIND: dict[str, tuple[str, ...]] = {
    "need_levels": NEED_LEVELS,
    "temperaments": TEMPERAMENTS,
    "principles": PRINCIPLES,
    "techniques": TECHNIQUES,
    "question_forms": QUESTION_FORMS,
    "objection_patterns": OBJECTION_PATTERNS,
    "objection_tests": OBJECTION_TESTS,
    "checkpoints": CHECKPOINTS,
}

#: What a trainee's turn does beyond asking (read by scoring, tagged on scenario options).
MOVES: tuple[str, ...] = (
    "pitch", "pressure", "discount", "argument", "empathy", "paraphrase", "hypothesis",
    "counter_question", "transformation", "what_else", "apology", "commitment",
    "advice_request", "evidence_offer", "rudeness", "closing", "upsell", "leading",
)
#: Moves that cap a conversation's score however good the rest is (manipulation and disrespect).
CAPPING_MOVES: tuple[str, ...] = ("rudeness", "argument", "pressure", "leading", "upsell")
