"""Read answers from a submitted exercise notebook without running any of its code.

The notebook is read as JSON; answer cells are found by their metadata. Two formats:

- **widget cells** (`coursekit.widget: true` in the cell metadata, today's notebooks):
  the answers are the question's record that the widget keeps in the cell's output
  (`coursekit.exercises.state.RECORD_MIME`: first and last try, answer shown or not),
  marked with the same rules as the live widget, so the score is the one it showed;
- **typed cells** (older notebooks, `q1 = "..."`): the source is parsed with
  `ast.parse` and the assigned value taken with `ast.literal_eval`.

Nothing the trainee wrote is ever executed.
"""
from __future__ import annotations

import ast
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coursekit.exercises.check import NOT_PLAIN, mark
from coursekit.exercises.key import UnknownExerciseError, load_key
from coursekit.exercises.result import ExerciseResult

#: Largest notebook file read for grading; an exercise notebook is a few hundred KB at most.
MAX_NOTEBOOK_BYTES = 20_000_000
#: Longest answer cell parsed; an answer is one short assignment (parsing a 10M-item list
#: would take minutes and gigabytes).
MAX_ANSWER_SOURCE = 50_000


class NotebookError(ValueError):
    """A file that cannot be graded: not JSON, not a notebook, or not a known exercise."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass
class NotebookAnswers:
    """What a notebook holds: its exercise, readable answers and unreadable ones."""

    exercise_id: str
    answers: dict[str, Any] = field(default_factory=dict)
    unreadable: dict[str, str] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    #: Widget cells: question id -> the tried answers (first, last) and whether the key was shown.
    tries: dict[str, list[Any]] = field(default_factory=dict)
    revealed: dict[str, bool] = field(default_factory=dict)

    @property
    def widget(self) -> bool:
        """True when the answers came from widget cells (tries are known)."""
        return bool(self.tries)


def is_widget_cell(cell: dict[str, Any]) -> bool:
    """An answer cell of today's notebooks: the widget keeps the answer in its output."""
    meta = cell.get("metadata")
    ck = meta.get("coursekit") if isinstance(meta, dict) else None
    return isinstance(ck, dict) and ck.get("widget") is True


def cell_record(cell: dict[str, Any]) -> tuple[bool, Any]:
    """(found, record) of a widget cell's saved answer output; the last one counts."""
    from coursekit.exercises.state import RECORD_MIME

    found, record = False, None
    outputs = cell.get("outputs")
    for output in outputs if isinstance(outputs, list) else ():
        data = output.get("data") if isinstance(output, dict) else None
        if isinstance(data, dict) and RECORD_MIME in data:
            found, record = True, data[RECORD_MIME]
            if isinstance(record, str):  # a front end may store JSON as text
                try:
                    record = json.loads(record)
                except (ValueError, RecursionError):
                    record = None
    return found, record


def saved_records(path: str | Path, exercise_id: str) -> dict[str, Any]:
    """question id -> the record saved in a notebook's widget cells for this exercise."""
    nb = load_notebook_json(path)
    records = {}
    for cell in nb["cells"]:
        if isinstance(cell, dict) and is_widget_cell(cell):
            target = _cell_target(cell)
            found, record = cell_record(cell)
            if target and target[0] == exercise_id and found:
                records[target[1]] = record
    return records


def _cell_target(cell: dict[str, Any]) -> tuple[str, str] | None:
    """(exercise_id, question_id) of an answer cell, from coursekit or nbgrader metadata."""
    meta = cell.get("metadata")
    if not isinstance(meta, dict):
        return None
    ck = meta.get("coursekit")
    if isinstance(ck, dict) and isinstance(ck.get("exercise"), str) and isinstance(ck.get("question"), str):
        return ck["exercise"], ck["question"]
    nbg = meta.get("nbgrader")
    if isinstance(nbg, dict) and isinstance(nbg.get("grade_id"), str) and "." in nbg["grade_id"]:
        exercise_id, _, question_id = nbg["grade_id"].rpartition(".")
        if exercise_id and question_id:
            return exercise_id, question_id
    return None


def _source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    if isinstance(source, list):
        return "".join(s for s in source if isinstance(s, str))
    return source if isinstance(source, str) else ""


def read_answer(source: str, name: str) -> tuple[bool, Any, str]:
    """Parse an answer cell: (ok, value, reason when not ok).

    The value is that of the assignment to `name` (or of the cell's only
    assignment); it must be a literal (string, number, list, set, tuple, dict,
    True/False/None).
    """
    if len(source) > MAX_ANSWER_SOURCE:
        return False, None, (f"the answer cell is too long to be an answer (over {MAX_ANSWER_SOURCE:,} "
                             "characters); keep only the assignment")
    try:
        tree = ast.parse(source)
    except SyntaxError as err:
        if "integer string conversion" in str(err):
            return False, None, "the number is far too long to be an answer"
        return False, None, (f"the answer cell has a syntax error (line {err.lineno}): {err.msg}; "
                             f'check the quotes: {name} = "your answer"')
    except (ValueError, RecursionError, MemoryError) as err:  # null bytes, absurd nesting
        return False, None, f"the answer cell could not be read: {type(err).__name__}"
    assignments = [node for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))]

    def targets(node: ast.stmt) -> list[str]:
        items = node.targets if isinstance(node, ast.Assign) else [node.target]
        return [t.id for t in items if isinstance(t, ast.Name)]

    named = [node for node in assignments if name in targets(node)]
    if named:
        chosen = named[-1]
    elif len(assignments) == 1:
        chosen = assignments[0]
    else:
        return False, None, f"the answer cell must hold one assignment, like {name} = ..."
    if chosen.value is None:  # a bare annotation `q1: str`
        return False, None, f"the answer cell must hold one assignment, like {name} = ..."
    if isinstance(chosen.value, ast.Name) and chosen.value.id not in ("True", "False", "None"):
        word = chosen.value.id
        return False, None, (f"{NOT_PLAIN}: {word} is not in quotes, so Python reads it as a name; "
                             f'write {name} = "{word}"')
    try:
        return True, ast.literal_eval(chosen.value), ""
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False, None, NOT_PLAIN


def load_notebook_json(path: str | Path, *, follow_links: bool = True) -> dict[str, Any]:
    """The notebook as a dict; NotebookError when it is not readable notebook JSON.

    Only a regular file is read (a FIFO or a device is refused, never waited on; with
    `follow_links=False` a symbolic link is refused too). Files over MAX_NOTEBOOK_BYTES
    are refused unread, and JSON nested too deeply to parse is corrupt: a bad file is
    always a NotebookError, never another exception.
    """
    from coursekit.safefile import UnsafeFile, read_regular

    path = Path(path)
    try:
        raw = read_regular(path, MAX_NOTEBOOK_BYTES, follow_links=follow_links)
    except UnsafeFile as err:
        if "too large" in err.reason:
            raise NotebookError(path, f"is too large to grade (over {MAX_NOTEBOOK_BYTES / 1_000_000:g} MB; "
                                      "an exercise notebook is far smaller: clear its outputs and re-save)") from None
        raise NotebookError(path, err.reason) from None
    except OSError as err:
        raise NotebookError(path, f"cannot be read ({err.strerror or err})") from None
    try:
        nb = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise NotebookError(path, "is not a notebook (not UTF-8 text)") from None
    except json.JSONDecodeError as err:
        raise NotebookError(
            path, f"is corrupt: not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})"
        ) from None
    except RecursionError:
        raise NotebookError(path, "is corrupt: nested too deeply") from None
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list) or "nbformat" not in nb:
        raise NotebookError(path, "is not a Jupyter notebook (no 'cells' list or 'nbformat')")
    return nb


def read_notebook_answers(path: str | Path, *, follow_links: bool = True) -> NotebookAnswers:
    """The exercise id and answers found in a notebook's tagged answer cells."""
    nb = load_notebook_json(path, follow_links=follow_links)
    cells = [c for c in nb["cells"] if isinstance(c, dict) and c.get("cell_type") == "code"]
    tagged = [(target, cell) for cell in cells if (target := _cell_target(cell))]
    meta = nb.get("metadata") if isinstance(nb.get("metadata"), dict) else {}
    ck = meta.get("coursekit") if isinstance(meta.get("coursekit"), dict) else {}
    exercise_id = ck.get("exercise") if isinstance(ck.get("exercise"), str) else None
    if exercise_id is None and tagged:
        exercise_id = tagged[0][0][0]
    if exercise_id is None:
        raise NotebookError(path, "is not a coursekit exercise notebook (no tagged answer cells)")
    found = NotebookAnswers(exercise_id)
    seen: set[str] = set()
    for (cell_exercise, question_id), cell in tagged:
        if cell_exercise != exercise_id:
            found.messages.append(f"ignored an answer cell of another exercise ({cell_exercise}.{question_id})")
            continue
        if question_id in seen:
            found.messages.append(f"{question_id} has more than one answer cell; the last one counts")
        seen.add(question_id)
        if is_widget_cell(cell):
            read_widget_cell(found, cell, question_id)
            continue
        ok, value, reason = read_answer(_source(cell), question_id)
        if ok:
            found.answers[question_id] = value
            found.unreadable.pop(question_id, None)
        else:
            found.unreadable[question_id] = reason
            found.answers.pop(question_id, None)
    return found


def read_widget_cell(found: NotebookAnswers, cell: dict[str, Any], question_id: str) -> None:
    """Put a widget cell's saved tries (or why they cannot be read) into `found`."""
    from coursekit.exercises.state import read_tries, record_problem

    for store in (found.answers, found.unreadable, found.tries, found.revealed):
        store.pop(question_id, None)
    present, record = cell_record(cell)
    if not present:  # never run, or its output cleared: nothing was answered there
        found.tries[question_id] = []
        return
    problem = record_problem(record, found.exercise_id, question_id)
    if problem:
        found.unreadable[question_id] = problem
        found.tries[question_id] = []
        return
    tries = read_tries(record)
    found.tries[question_id] = tries
    found.revealed[question_id] = bool(record.get("revealed"))
    if tries:
        found.answers[question_id] = tries[-1]


def grade_notebook(path: str | Path, *, follow_links: bool = True) -> ExerciseResult:
    """Mark a submitted exercise notebook from its answer cells, never executing it.

    Raises NotebookError (naming the file) for corrupt JSON, a file that is not a
    notebook (or not a regular file; a link when `follow_links=False`), a notebook
    without answer cells, or an unknown exercise.
    """
    found = read_notebook_answers(path, follow_links=follow_links)
    try:
        key = load_key(found.exercise_id)
    except UnknownExerciseError as err:
        raise NotebookError(path, str(err)) from None
    missing = [q for q in key.question_ids if q not in found.answers and q not in found.unreadable]
    messages = list(found.messages)
    if found.widget:
        missing = [q for q in key.question_ids if q not in found.tries]
    if missing:
        messages.append(f"no answer cell found for {', '.join(missing)} (counted as unanswered)")
    if found.widget:
        from coursekit.exercises.state import result_from_tries

        return result_from_tries(key, found.tries, found.revealed, found.unreadable, messages)
    return mark(key, found.answers, found.unreadable, messages)
