"""The live state of an exercise a trainee answers by clicking: tries, hints and the key.

Pure Python (no widgets): `coursekit.widgets.exercise` is a thin view over it, and the
same rules mark a notebook statically (`coursekit.exercises.notebook`).

Rules (learn from mistakes):

- a wrong or partly right first try gets a hint and a retry (the key stays hidden);
- the key shows after the second try, or at once when the trainee asks for it
  ("Show answer"); after that the question is closed;
- the first try's score and the final one (the last try's) are both kept;
- a blank or unreadable answer is a sentence to the trainee, never a try and never raised.

What a notebook keeps of a question is its *record*: ``{"exercise", "question",
"tries": [first, last], "revealed"}`` (`QuestionState.record()`), stored as JSON in the
answer cell's output under the MIME type `RECORD_MIME`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from coursekit.exercises.check import answer_problem, check_question, mark, normalise_answer
from coursekit.exercises.key import ExerciseKey, Question, load_key
from coursekit.exercises.result import ExerciseResult
from coursekit.i18n import language, t, t_or

#: Tries before the key shows by itself.
MAX_TRIES = 2
#: The MIME type of a question's record in a notebook output.
RECORD_MIME = "application/vnd.coursekit.answer+json"
#: Version of the record format.
RECORD_VERSION = 1

#: Question types with their own "answer first" sentence and generic hint (`ui.ex.blank.<type>`,
#: `ui.ex.hint.<type>` in the string catalogue; a hint never gives the answer away).
TYPES = ("choice", "set", "order", "free_text", "sort")


def option_label(question: Question, option: str) -> str:
    """An option as shown: `a — text` when the prompt lists `- `a`: text`, else the option itself."""
    import re

    lines = question.prompt.splitlines()
    for number, line in enumerate(lines):
        match = re.match(r"^\s*[-*]\s*`" + re.escape(option) + r"`\s*[:—-]\s*(.+)$", line)
        if match:
            parts = [match.group(1)]
            for more in lines[number + 1:]:  # an option written over two lines
                if not more.strip() or re.match(r"^\s*[-*]\s", more) or not more[:1].isspace():
                    break
                parts.append(more.strip())
            text = " ".join(parts).strip().strip("*").strip()
            return f"{option}: {text}"
    return _label_name(option) if language() != "en" else option.replace("_", " ")


def _label_name(option: str) -> str:
    """A label id as the course names it in the trainee's language (its knowledge card, short)."""
    from coursekit.knowledge import entries
    from coursekit.labels import BY_KIND

    for kind, labels in BY_KIND.items():
        if option in labels:
            if kind == "need_levels":
                return t(f"ui.level_short.{option}")
            name = next((e.name for e in entries(kind) if e.id == option), option)
            return re.sub(r"\s*[（(].*?[）)]", "", name)
    return t_or(f"ui.ex.option.{option}", option.replace("_", " "))


def key_text(question: Question) -> str:
    """The key as a sentence for the trainee (plain text)."""
    answer = question.answer
    if question.type == "free_text":
        return t("ui.ex.key.model", answer=answer)
    if question.type == "sort":
        items = dict(question.items)
        parts = [t("ui.ex.key.sorted", item=items.get(item, item), category=category.replace("_", " ") if language() == "en" else _label_name(category))
                 for item, category in answer.items()]
        return t("ui.ex.key.answer", answer=t("ui.list_sep").join(parts))
    if question.type == "order":
        return t("ui.ex.key.answer", answer=" → ".join(option_label(question, a) for a in answer))
    if question.type == "set":
        return t("ui.ex.key.answer", answer=t("ui.list_sep").join(option_label(question, a) for a in answer))
    return t("ui.ex.key.answer", answer=option_label(question, str(answer)))


def _sentences(*parts: str) -> str:
    """Sentences one after another, as the language writes them (Chinese: no space between)."""
    out = ""
    for part in (p.strip() for p in parts if p and p.strip()):
        out = t("ui.two_sentences", first=out, second=part) if out else part
    return out


def blank(question: Question, answer: Any) -> bool:
    """Whether an answer is missing (or, for order and sort, incomplete)."""
    from coursekit.scoring.answers import is_blank

    answer = normalise_answer(question, answer)
    if is_blank(answer):
        return True
    if question.type == "order" and isinstance(answer, (list, tuple)):
        return len(answer) < len(question.options or question.answer)
    if question.type == "sort" and isinstance(answer, Mapping):
        return any(is_blank(answer.get(item)) for item, _ in question.items)
    return False


@dataclass
class Feedback:
    """What the view shows after an action: a status and one or two sentences."""

    status: str  # correct | partial | wrong | unanswered | revealed | blank
    text: str
    counted: bool = True


@dataclass
class QuestionState:
    """One question: the answers tried (at most MAX_TRIES), and whether the key was shown."""

    question: Question
    tries: list[tuple[Any, Any]] = field(default_factory=list)  # (answer, CheckResult)
    revealed: bool = False
    last: Feedback | None = None

    @property
    def closed(self) -> bool:
        """No more tries: answered right, or the key was shown."""
        return self.revealed or (bool(self.tries) and self.tries[-1][1].status == "correct")

    @property
    def first_score(self) -> float:
        return float(self.tries[0][1].score) if self.tries else 0.0

    @property
    def final_score(self) -> float:
        return float(self.tries[-1][1].score) if self.tries else 0.0

    @property
    def final_answer(self) -> Any:
        return self.tries[-1][0] if self.tries else None

    def check(self, answer: Any) -> Feedback:
        """Mark an answer: a try with feedback, or (blank, too large, closed) a sentence only."""
        q = self.question
        if self.closed:
            self.last = Feedback("revealed" if self.revealed else "correct",
                                 t("ui.ex.done", text=self._closing_text()), counted=False)
            return self.last
        problem = answer_problem(answer)
        if problem:
            self.last = Feedback("blank", t("ui.ex.cannot_mark", problem=problem), counted=False)
            return self.last
        if blank(q, answer):
            self.last = Feedback("blank", t(f"ui.ex.blank.{q.type if q.type in TYPES else 'choice'}"), counted=False)
            return self.last
        result = check_question(q, answer, reveal=False)
        self.tries.append((answer, result))
        said = result.feedback.replace("; look again at the definitions and try once more", "")
        if language() != "en" and q.type != "free_text":  # the checkers' sentences are English: a verdict instead
            said = t(f"ui.ex.verdict.{result.status}") if result.status in ("partial", "wrong") else said
        if result.status == "correct":
            self.last = Feedback("correct", _sentences(t("ui.ex.correct"), q.explanation))
        elif len(self.tries) >= MAX_TRIES:
            self.revealed = True
            self.last = Feedback(result.status, _sentences(said, self._closing_text()))
        else:
            hint = q.hint or (t(f"ui.ex.hint.{q.type}") if q.type in TYPES else "")
            self.last = Feedback(result.status, t("ui.ex.retry", said=said, hint=hint))
        return self.last

    def reveal(self) -> Feedback:
        """Show the key (on request); the question closes with the score it has."""
        if not self.closed:
            self.revealed = True
        self.last = Feedback("revealed", self._closing_text(), counted=False)
        return self.last

    def _closing_text(self) -> str:
        q = self.question
        return _sentences(t("ui.ex.sentence", text=key_text(q)), q.explanation)

    def record(self, exercise_id: str) -> dict[str, Any]:
        """What the notebook keeps: the first and the last try, and whether the key was shown."""
        kept = [self.tries[0][0]] + ([self.tries[-1][0]] if len(self.tries) > 1 else []) if self.tries else []
        return {"exercise": exercise_id, "question": self.question.id, "tries": kept,
                "revealed": self.revealed, "version": RECORD_VERSION}

    def restore(self, record: Mapping[str, Any]) -> None:
        """Replay a stored record (answers only; marks are recomputed)."""
        self.tries, self.revealed, self.last = [], False, None
        for answer in read_tries(record)[:MAX_TRIES]:
            if answer_problem(answer) is None:
                self.tries.append((answer, check_question(self.question, answer, reveal=False)))
        self.revealed = bool(record.get("revealed")) or len(self.tries) >= MAX_TRIES and not self.closed
        if self.tries or self.revealed:
            status = "revealed" if self.revealed else self.tries[-1][1].status
            self.last = Feedback(status, self._closing_text() if self.closed else self.tries[-1][1].feedback,
                                 counted=False)


def read_tries(record: Any) -> list[Any]:
    """The tried answers of a stored record (an empty list when it holds none or is malformed)."""
    if not isinstance(record, Mapping):
        return []
    tries = record.get("tries")
    return list(tries[:MAX_TRIES]) if isinstance(tries, list) else []


def record_problem(record: Any, exercise_id: str, question_id: str) -> str | None:
    """Why a stored record cannot be used for this question (None when it can)."""
    if not isinstance(record, Mapping):
        return "the saved answer is not readable (not a record); answer the question again and save"
    if record.get("exercise") != exercise_id or record.get("question") != question_id:
        return "the saved answer belongs to another question; answer this question again and save"
    tries = record.get("tries")
    if not isinstance(tries, list):
        return "the saved answer is not readable (no list of tries); answer the question again and save"
    for answer in tries[:MAX_TRIES]:
        problem = answer_problem(answer)
        if problem:
            return problem
    return None


class ExerciseState:
    """Every question of one exercise, in key order."""

    def __init__(self, exercise_id: str | ExerciseKey):
        self.key = exercise_id if isinstance(exercise_id, ExerciseKey) else load_key(exercise_id)
        self.questions = {q.id: QuestionState(q) for q in self.key.questions}

    def __getitem__(self, question_id: str) -> QuestionState:
        return self.questions[question_id]

    @property
    def answered(self) -> int:
        """Questions tried at least once."""
        return sum(1 for s in self.questions.values() if s.tries)

    def result(self) -> ExerciseResult:
        """The marked exercise (final answers), with the first-try scores attached."""
        return result_from_tries(self.key, {qid: [a for a, _ in s.tries] for qid, s in self.questions.items()},
                                 {qid: s.revealed for qid, s in self.questions.items()})


def result_from_tries(key: ExerciseKey, tries: Mapping[str, list[Any]],
                      revealed: Mapping[str, bool] | None = None,
                      unreadable: Mapping[str, str] | None = None,
                      messages: list[str] | tuple[str, ...] = ()) -> ExerciseResult:
    """Mark an exercise from each question's tries: final = last try, first = first try.

    The same function marks a live exercise and a saved notebook, so both give one score.
    """
    from dataclasses import replace

    final = {qid: t[-1] for qid, t in tries.items() if t}
    first = {qid: t[0] for qid, t in tries.items() if t}
    result = mark(key, final, unreadable, list(messages))
    shown = revealed or {}
    result = replace(result, questions=tuple(
        replace(q, check=replace(q.check, feedback=t("ui.ex.not_checked_shown" if shown.get(q.question_id)
                                                     else "ui.ex.not_checked_yet")))
        if q.status == "unanswered" else q for q in result.questions))
    first_result = mark(key, first)
    extra = {q.question_id: {"first_score": first_result[q.question_id].score,
                             "tries": len(tries.get(q.question_id) or ()),
                             "revealed": bool((revealed or {}).get(q.question_id))}
             for q in result.questions}
    return replace(result, attempts=extra)
