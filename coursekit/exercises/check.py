"""Mark answers against an exercise key with the scoring checkers."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
    "choice": "No answer yet: type one of the options between the quotes, e.g. \"your answer\".",
    "set": "No answer yet: type every option that applies, each in its own quotes, "
           "separated by commas, e.g. [\"x\", \"y\"].",
    "order": "No answer yet: type all the options in the right order, each in its own quotes, "
             "separated by commas, e.g. [\"x\", \"y\"].",
    "free_text": "No answer yet: type your answer between the quotes, e.g. \"your answer\".",
    "sort": "No answer yet: choose a category for each statement.",
}

#: The placeholder the exercise notebooks put between the quotes.
PLACEHOLDER = "..."

#: Caps on one answer, so a hostile notebook is marked in milliseconds: items in a list
#: (every question has a handful of options), characters of text, digits of a number.
MAX_ITEMS = 200
MAX_TEXT = 20_000
MAX_INT_BITS = 256
MAX_DEPTH = 4
#: What a refused answer is stored as (never the huge value itself).
TOO_LARGE = "<answer too large to mark>"


def answer_problem(answer: Any, depth: int = 0) -> str | None:
    """Why an answer is too large or deep to mark (None when it is fine); never converts it to text."""
    if isinstance(answer, bool) or answer is None or isinstance(answer, float):
        return None
    if isinstance(answer, int):
        return None if answer.bit_length() <= MAX_INT_BITS else "the number is far too long to be an answer"
    if isinstance(answer, (str, bytes)):
        return None if len(answer) <= MAX_TEXT else f"the answer is too long (over {MAX_TEXT:,} characters)"
    if isinstance(answer, (list, tuple, set, frozenset, dict)):
        if depth >= MAX_DEPTH:
            return "the answer is nested too deeply"
        if len(answer) > MAX_ITEMS:
            return f"the answer has too many items (over {MAX_ITEMS}); list only the options"
        items = [*answer.keys(), *answer.values()] if isinstance(answer, dict) else answer
        for item in items:
            problem = answer_problem(item, depth + 1)
            if problem:
                return problem
        return None
    if answer is Ellipsis:
        return None
    return f"answers must be plain values, not {type(answer).__name__}"


def example_syntax(question: Question) -> str:
    """How an answer to this question is written in Python, e.g. `q3 = "your answer"`."""
    if question.type in ("set", "order"):
        return f'{question.id} = ["your answer", "another"]'
    return f'{question.id} = "your answer"'


def not_answered_feedback(question: Question) -> str:
    """Feedback for a question whose name is not defined (its cell did not run, or failed)."""
    return (f"{question.id}: not answered — did its cell run? "
            f"Check the quotes: {example_syntax(question)}")


def normalise_answer(question: Question, answer: Any) -> Any:
    """The answer with leftover placeholders ("...") dropped from a list answer.

    `["...", "..."]` (the untouched placeholder of a set/order question) becomes `[]`,
    which the checkers treat as unanswered; `["a", "..."]` becomes `["a"]`, so an unused
    slot is not marked as a wrong pick.
    """
    from coursekit.scoring.answers import is_blank

    if question.type in ("set", "order") and isinstance(answer, (list, tuple)):
        kept = [item for item in answer if not (isinstance(item, str) and is_blank(item)) and item is not Ellipsis]
        return type(answer)(kept) if len(kept) != len(answer) else answer
    return answer


def check_sort(question: Question, answer: Any, *, reveal: bool = True) -> Any:
    """Mark a sort answer (item id -> category): the share of items in their right category.

    With `reveal=False` the feedback counts the misplaced items without naming their
    right categories.
    """
    from coursekit.scoring.answers import is_blank, same
    from coursekit.scoring.types import CheckResult

    points = float(question.points)
    key = question.answer if isinstance(question.answer, Mapping) else {}
    if not isinstance(answer, Mapping):
        if is_blank(answer):
            return CheckResult(0.0, points, "unanswered", UNANSWERED["sort"], ())
        return wrong(question, "Expected a category for each statement.")
    given = {item: answer.get(item) for item in key if not is_blank(answer.get(item))}
    if not given:
        return CheckResult(0.0, points, "unanswered", UNANSWERED["sort"], ())
    right = [item for item, category in key.items() if item in given and same(given[item], category)]
    share = len(right) / len(key) if key else 0.0
    status = "correct" if len(right) == len(key) else ("partial" if right else "wrong")
    lead = {"correct": "Correct", "partial": "Partly right", "wrong": "Not yet"}[status]
    parts = [f"{len(right)} of {len(key)} statements in the right category"]
    texts = dict(question.items)
    misplaced = [item for item in key if item not in right]
    if misplaced and reveal:
        parts.append("; ".join(f"{short_text(texts.get(i, i))} → {key[i]}" for i in misplaced))
    return CheckResult(round(points * share, 4), points, status, f"{lead}: " + "; ".join(parts) + ".",
                       tuple(right))


def short_text(text: str, limit: int = 60) -> str:
    """A statement cut to `limit` characters for feedback."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def check_question(question: Question, answer: Any, *, reveal: bool = True) -> Any:
    """Mark one answer with the checker for the question's type; returns a CheckResult.

    An unanswered question gets neutral feedback, so the exercise notebook does not
    give away any part of the key before the trainee tries; `reveal=False` keeps the
    key out of the feedback of a wrong answer too (a first try gets a retry).
    """
    from dataclasses import replace

    from coursekit.scoring import checkers

    answer = normalise_answer(question, answer)
    if question.type == "free_text":
        result = checkers.check_free_text(answer, dict(question.spec or {}), points=question.points)
    elif question.type == "sort":
        result = check_sort(question, answer, reveal=reveal)
    else:
        check = {
            "choice": checkers.check_choice,
            "set": checkers.check_set,
            "order": checkers.check_order,
        }[question.type]
        result = check(answer, question.answer, points=question.points, reveal=reveal)
    if result.status == "unanswered":
        result = replace(result, feedback=UNANSWERED[question.type], evidence=())
    return result


def mark(
    key: ExerciseKey,
    answers: Mapping[str, Any],
    unreadable: Mapping[str, str] | None = None,
    messages: tuple[str, ...] | list[str] = (),
    not_defined: tuple[str, ...] | list[str] | frozenset[str] = (),
) -> ExerciseResult:
    """Mark a whole exercise.

    `answers` maps question ids to values (missing ones count as unanswered);
    `unreadable` maps question ids to a reason their answer could not be read
    (marked wrong with that reason as feedback). Questions in `not_defined` (no such
    name where the check looked) are unanswered, with feedback that asks whether their
    cell ran and shows the syntax. Ids the key does not know become messages in the result.
    """
    from dataclasses import replace

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
        problem = answer_problem(answer)
        if problem:
            answer, check = TOO_LARGE, wrong(question, problem)
        elif question.id in unreadable:
            check = wrong(question, unreadable[question.id])
        else:
            check = check_question(question, answer)
            if question.id in not_defined and check.status == "unanswered":
                check = replace(check, feedback=not_answered_feedback(question))
        results.append(QuestionResult(
            question_id=question.id,
            prompt=question.prompt,
            topic=question.topic,
            answer=answer,
            check=check,
            explanation=question.explanation,
        ))
    return ExerciseResult(key.id, key.title, tuple(results), tuple(notes))


def check_answers(exercise_id: str, namespace: Mapping[str, Any] | None = None, /,
                  **answers: Any) -> ExerciseResult:
    """Check a trainee's answers; never raises on a missing or odd answer.

    Two forms:

    - `check_answers("ex01_need_levels", globals())` reads q1..qN from the notebook's
      namespace; a question whose name is not defined (its cell was not run, or stopped
      with an error such as a missing quote) is reported as not answered, with the syntax
      to use;
    - `check_answers("ex01_need_levels", q1=q1, q2=q2)`: questions left out count as
      unanswered.

    Names the exercise does not have are reported in the result's notes, not raised.
    """
    key = load_key(exercise_id)
    notes = []
    if namespace is not None:
        if not isinstance(namespace, Mapping):
            raise TypeError("check_answers(exercise_id, globals()) takes a namespace such as globals(); "
                            "or pass answers by name: check_answers(exercise_id, q1=q1, ...)")
        found = {q: namespace[q] for q in key.question_ids if q in namespace and q not in answers}
        not_defined = [q for q in key.question_ids if q not in found and q not in answers]
        return mark(key, {**found, **answers}, messages=notes, not_defined=frozenset(not_defined))
    missing = [q for q in key.question_ids if q not in answers]
    if missing and len(missing) < len(key.question_ids):
        notes.append(f"not passed to check_answers (counted as unanswered): {', '.join(missing)}")
    return mark(key, answers, messages=notes)


def check_notebook(exercise_id: str) -> ExerciseResult:
    """`check_answers(exercise_id, <the caller's globals>)`: reads q1..qN where it is called."""
    import inspect

    frame = inspect.currentframe()
    caller = frame.f_back if frame is not None else None
    try:
        namespace = dict(caller.f_globals) if caller is not None else {}
    finally:
        del frame, caller
    return check_answers(exercise_id, namespace)
