"""Result types of the scoring engine (frozen, JSON-friendly dataclasses)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True)
class Prediction:
    """A label for one text, with how sure we are, why, and what to learn from it."""

    label: str
    confidence: float
    evidence: tuple[str, ...] = ()
    feedback: str = ""
    judgeable: bool = True

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict of the prediction."""
        return {
            "label": self.label,
            "confidence": round(float(self.confidence), 3),
            "evidence": list(self.evidence),
            "feedback": self.feedback,
            "judgeable": self.judgeable,
        }


@dataclass(frozen=True)
class QuestionPrediction(Prediction):
    """A question technique (``label``) plus its grammatical ``form``."""

    form: str = "closed"
    is_question: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d.update(form=self.form, is_question=self.is_question)
        return d


@dataclass(frozen=True)
class TurnAnalysis:
    """What one trainee (or customer) turn does: its question, need level and moves."""

    text: str
    question: QuestionPrediction | None
    need: Prediction
    moves: frozenset[str]
    evidence: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    judgeable: bool = True
    word_count: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict of the analysis."""
        return {
            "question": self.question.to_dict() if self.question else None,
            "need": self.need.to_dict(),
            "moves": sorted(self.moves),
            "evidence": {k: list(v) for k, v in sorted(self.evidence.items())},
            "judgeable": self.judgeable,
            "word_count": self.word_count,
        }


@dataclass(frozen=True)
class Criterion:
    """One line of the dialogue rubric."""

    id: str
    name: str
    score: float
    maximum: float
    feedback: str
    evidence: tuple[str, ...] = ()
    applies: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "score": round(float(self.score), 2),
            "maximum": round(float(self.maximum), 2),
            "feedback": self.feedback,
            "evidence": list(self.evidence),
            "applies": self.applies,
        }


@dataclass(frozen=True)
class DialogueReport:
    """The rubric applied to a whole dialogue."""

    total: int
    criteria: list[Criterion]
    summary: str
    turns: int = 0
    trainee_turns: int = 0
    cap: int | None = None
    """The highest total this conversation can have (a put-down, pressure, ...), None if uncapped."""
    cap_reason: str = ""

    def criterion(self, criterion_id: str) -> Criterion:
        """The criterion with this id (KeyError if unknown)."""
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(f"no criterion {criterion_id!r}; known: {[c.id for c in self.criteria]}")

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict: total, summary and the criteria."""
        return {
            "total": int(self.total),
            "summary": self.summary,
            "criteria": [c.to_dict() for c in self.criteria],
            "cap": self.cap,
            "cap_reason": self.cap_reason,
        }


@dataclass(frozen=True)
class CheckResult:
    """The result of checking one exercise answer against its key."""

    score: float
    max_score: float
    status: str  # "correct" | "partial" | "wrong" | "unanswered"
    feedback: str
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": round(float(self.score), 3),
            "max_score": float(self.max_score),
            "status": self.status,
            "feedback": self.feedback,
            "evidence": list(self.evidence),
        }
