"""coursekit's scoring engine: need levels, questions, objections, turns, dialogues, exercises.

Pure Python, stdlib only; importing is cheap: only a few small regexes compile at import,
the lexicons' cue phrases compile on first use and the trained weights load on first use.
"""
from __future__ import annotations

from .checkers import check_choice, check_free_text, check_order, check_set
from .dialogue import CRITERIA, score_dialogue
from .moves import MOVES, analyse_turn
from .need import classify_need
from .objection import classify_objection
from .question import classify_question
from .types import CheckResult, Criterion, DialogueReport, Prediction, QuestionPrediction, TurnAnalysis

__all__ = [
    "classify_need", "classify_question", "classify_objection", "analyse_turn", "score_dialogue",
    "check_choice", "check_set", "check_order", "check_free_text",
    "MOVES", "CRITERIA", "Prediction", "QuestionPrediction", "TurnAnalysis", "Criterion", "DialogueReport", "CheckResult",
]
