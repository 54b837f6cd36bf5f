"""Mark answers against an exercise key with the scoring checkers."""
from __future__ import annotations

from typing import Any, Mapping

from coursekit.exercises.key import ExerciseKey, Question, load_key
from coursekit.exercises.result import ExerciseResult, QuestionResult

#: Feedback for an answer cell that holds code rather than a plain value.
NOT_PLAIN = "answers must be plain values"


def wrong(question: Question, feedback: str) -> Any:
    """A zero-score CheckResult for an answer that could not be read."""
    from coursekit.scoring.types import CheckResult

    return CheckResult(score=0, max_score=question.points, status="wrong", feedback=feedback)


#: Feedback for a question not answered yet, by type (never hints at the key).
UNANSWERED = {
    "choice": "No answer yet: replace None with one of the options, in quotes.",
    "set": "No answer yet: replace None with a list of every option that applies, e.g. [\"x\", \"y\"].",
    "order": "No answer yet: replace None with a list of all the options in the right order.",
    "free_text": "No answer yet: replace None with your answer as text in quotes.",
}


def check_question(question: Question, answer: Any) -> Any:
    """Mark one answer with the checker for the question's type; returns a CheckResult.

    An unanswered question gets neutral feedback, so the exercise notebook does not
    give away any part of the key before the trainee tries.
    """
    from dataclasses import replace

    from coursekit.scoring import checkers

    if question.type == "free_text":
        result = checkers.check_free_text(answer, dict(question.spec or {}), points=question.points)
    else:
        check = {
            "choice": checkers.check_choice,
            "set": checkers.check_set,
            "order": checkers.check_order,
        }[question.type]
        result = check(answer, question.answer, points=question.points)
    if result.status == "unanswered":
        result = replace(result, feedback=UNANSWERED[question.type], evidence=())
    return result


def mark(
    key: ExerciseKey,
    answers: Mapping[str, Any],
    unreadable: Mapping[str, str] | None = None,
    messages: tuple[str, ...] | list[str] = (),
) -> ExerciseResult:
    """Mark a whole exercise.

    `answers` maps question ids to values (missing ones count as unanswered);
    `unreadable` maps question ids to a reason their answer could not be read
    (marked wrong with that reason as feedback). Ids the key does not know become
    messages in the result.
    """
    unreadable = dict(unreadable or {})
    notes = list(messages)
    unknown = sorted(str(name) for name in set(answers) | set(unreadable) if not key.has_question(str(name)))
    if unknown:
        notes.append(
            f"{key.id} has no question named {', '.join(unknown)}; "
            f"its questions are {', '.join(key.question_ids)}"
        )
    results = []
    for question in key.questions:
        answer = answers.get(question.id)
        if question.id in unreadable:
            check = wrong(question, unreadable[question.id])
        else:
            check = check_question(question, answer)
        results.append(QuestionResult(
            question_id=question.id,
            prompt=question.prompt,
            topic=question.topic,
            answer=answer,
            check=check,
            explanation=question.explanation,
        ))
    return ExerciseResult(key.id, key.title, tuple(results), tuple(notes))


def check_answers(exercise_id: str, /, **answers: Any) -> ExerciseResult:
    """Check a trainee's answers, e.g. `check_answers("ex01_need_levels", q1=q1, q2=q2)`.

    Questions left out count as unanswered; names the exercise does not have are
    reported in the result's notes, not raised.
    """
    key = load_key(exercise_id)
    missing = [q for q in key.question_ids if q not in answers]
    notes = []
    if missing and len(missing) < len(key.question_ids):
        notes.append(f"not passed to check_answers (counted as unanswered): {', '.join(missing)}")
    return mark(key, answers, messages=notes)
