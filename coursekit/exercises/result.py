"""ExerciseResult: the marked answers of one exercise attempt, shown as text or HTML."""
from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from coursekit.markup import NO_MATH
from coursekit.scoring.text import plain_number as _number
from coursekit.scoring.text import short

#: Cell style; set per cell because JupyterLab right-aligns table cells.
_LEFT = "text-align:left;vertical-align:top;padding:2px 8px"
#: Status -> the mark shown beside a question.
MARKS: dict[str, str] = {"correct": "✓", "partial": "◐", "wrong": "✗", "unanswered": "–"}

#: Status -> a short word for screen readers and plain text.
STATUS_WORDS: dict[str, str] = {
    "correct": "correct", "partial": "partly right", "wrong": "not yet", "unanswered": "no answer",
}

_MAX_ANSWER_CHARS = 160
_MAX_FEEDBACK_CHARS = 600


def answer_text(answer: Any) -> str:
    """A trainee's answer as short plain text (not escaped)."""
    from coursekit.scoring.answers import is_blank

    if is_blank(answer) or (isinstance(answer, (list, tuple))
                            and all(isinstance(a, str) and is_blank(a) for a in answer)):
        return "—"
    return short(answer if isinstance(answer, str) else repr(answer), _MAX_ANSWER_CHARS)


@dataclass(frozen=True)
class QuestionResult:
    """One marked question: the key's question, the trainee's answer and the check."""

    question_id: str
    prompt: str
    topic: str
    answer: Any
    check: Any  # coursekit.scoring.checkers.CheckResult
    explanation: str = ""

    @property
    def score(self) -> float:
        return float(self.check.score)

    @property
    def max_score(self) -> float:
        return float(self.check.max_score)

    @property
    def status(self) -> str:
        return str(self.check.status)

    @property
    def feedback(self) -> str:
        """The checker's feedback, then the key's explanation once the question was tried."""
        parts = [str(self.check.feedback or "").strip()]
        if self.status != "unanswered" and self.explanation:
            parts.append(self.explanation)
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class ExerciseResult:
    """The outcome of checking one exercise: per-question results, total and notes."""

    exercise_id: str
    title: str
    questions: tuple[QuestionResult, ...]
    messages: tuple[str, ...] = ()
    #: Per question, when answered by clicking: first_score, tries, revealed (else empty).
    attempts: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @property
    def score(self) -> float:
        """Points scored over all questions."""
        return round(sum(q.score for q in self.questions), 2)

    @property
    def max_score(self) -> float:
        """Points available over all questions."""
        return round(sum(q.max_score for q in self.questions), 2)

    @property
    def first_score(self) -> float | None:
        """Points at the first try of each question (None when the tries are not known)."""
        if not self.attempts:
            return None
        return round(sum(float(self.attempts.get(q.question_id, {}).get("first_score", 0.0))
                         for q in self.questions), 2)

    @property
    def complete(self) -> bool:
        """True when every question scored full marks."""
        return all(q.status == "correct" for q in self.questions)

    def __getitem__(self, question_id: str) -> QuestionResult:
        for q in self.questions:
            if q.question_id == question_id:
                return q
        raise KeyError(question_id)

    def detail(self) -> dict[str, dict[str, Any]]:
        """Per-question detail for the gradebook: score, max, status, topic, and for the
        instructor's review the answer (short plain text) and the feedback given."""
        return {
            q.question_id: {
                "score": q.score, "max_score": q.max_score, "status": q.status, "topic": q.topic,
                "answer": answer_text(q.answer), "feedback": short(q.feedback, _MAX_FEEDBACK_CHARS),
                **{k: v for k, v in self.attempts.get(q.question_id, {}).items()
                   if k in ("first_score", "tries", "revealed")},
            }
            for q in self.questions
        }

    def summary(self) -> str:
        """One line: the exercise and its score (and the first-try score when known)."""
        first = self.first_score
        tail = f" (first try {_number(first)})" if first is not None else ""
        return f"{self.exercise_id} — {self.title}: {_number(self.score)}/{_number(self.max_score)} points{tail}"

    def __str__(self) -> str:
        lines = [self.summary()]
        for q in self.questions:
            lines.append(
                f"  {MARKS.get(q.status, '?')} {q.question_id} "
                f"{_number(q.score)}/{_number(q.max_score)} ({STATUS_WORDS.get(q.status, q.status)}): "
                f"{q.feedback}".rstrip()
            )
        lines.extend(f"  note: {m}" for m in self.messages)
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        esc = html.escape
        LEFT = f'style="{_LEFT}"'
        rows = []
        for q in self.questions:
            mark = MARKS.get(q.status, "?")
            word = STATUS_WORDS.get(q.status, q.status)
            rows.append(
                f'<tr class="ck-{esc(q.status)}">'
                f'<td style="text-align:center;font-size:1.2em" title="{esc(word)}" '
                f'aria-label="{esc(word)}">{esc(mark)}</td>'
                f"<td {LEFT}><b>{esc(q.question_id)}</b></td>"
                f"<td {LEFT}><code>{esc(answer_text(q.answer))}</code></td>"
                f'<td style="{_LEFT};white-space:nowrap">{esc(_number(q.score))}/{esc(_number(q.max_score))}</td>'
                f"<td {LEFT}>{esc(q.feedback)}</td>"
                "</tr>"
            )
        notes = ""
        if self.messages:
            items = "".join(f"<li>{esc(m)}</li>" for m in self.messages)
            notes = f'<ul class="ck-notes">{items}</ul>'
        cheer = "Full marks — well done!" if self.complete else "Fix the rows without a ✓ and check again."
        return (
            f'<div class="coursekit-exercise-result {NO_MATH}">'
            f"<p><b>{esc(self.title)}</b>: {esc(_number(self.score))} of "
            f"{esc(_number(self.max_score))} points. {esc(cheer)}</p>"
            '<table style="border-collapse:collapse;text-align:left">'
            f"<thead><tr><th></th><th {LEFT}>question</th><th {LEFT}>your answer</th><th {LEFT}>points</th>"
            f"<th {LEFT}>feedback</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>{notes}</div>"
        )
