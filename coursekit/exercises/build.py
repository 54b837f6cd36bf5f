"""Build the exercise and solution notebooks of an exercise from its answer key.

    python -m coursekit.exercises.build                 # every key -> exercises/ and solutions/
    python -m coursekit.exercises.build ex01_need_levels --root /path/to/course

The trainee's notebook (`make_notebook`) shows each question as a widget
(`coursekit.widgets.exercise`): nothing to type in Python. The typed form (`q1 = "..."`,
`typed_notebook`) is kept for the nbgrader source notebook (`--nbgrader`), since
nbgrader autogrades by running typed answers.

The notebooks are written unexecuted; run them afterwards with
`jupyter nbconvert --to notebook --execute --inplace exercises/<id>.ipynb solutions/<id>.ipynb`.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from coursekit.exercises.key import ExerciseKey, Question, list_exercises, load_key
from coursekit.i18n import speaking, t

#: nbgrader's cell metadata schema version.
NBGRADER_SCHEMA_VERSION = 3

#: The comment beside a placeholder, by question type.
PLACEHOLDER_COMMENTS = {
    "choice": "# ✏️ type your answer between the quotes",
    "free_text": "# ✏️ type your answer between the quotes",
    "set": "# ✏️ one answer per pair of quotes, separated by commas; add or remove pairs",
    "order": "# ✏️ one answer per pair of quotes, separated by commas, in order",
    "sort": "# ✏️ a category between the quotes after each statement's id",
}
#: Kept for callers of the old name: the comment of a choice/free-text placeholder.
PLACEHOLDER_COMMENT = PLACEHOLDER_COMMENTS["choice"]

_HOW_TO_ANSWER = {
    "choice": "Answer with **one** of: {options}.",
    "set": "Answer with a **list** of every item that applies, chosen from: {options}.",
    "order": "Answer with a **list** holding all of these in the right order: {options}.",
    "free_text": "Answer with your own sentence.",
    "sort": "Answer with a category for each statement, chosen from: {options}.",
}


def _options_text(question: Question) -> str:
    return ", ".join(f"`{json.dumps(o, ensure_ascii=False)}`" for o in question.options or ())


def _lines(text: str) -> list[str]:
    """Notebook source form: a list of lines, each but the last ending in a newline."""
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + [lines[-1]]


def _markdown(cell_id: str, text: str) -> dict[str, Any]:
    return {"cell_type": "markdown", "id": cell_id, "metadata": {}, "source": _lines(text)}


def _code(cell_id: str, text: str, metadata: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "cell_type": "code", "execution_count": None, "id": cell_id,
        "metadata": metadata or {}, "outputs": [], "source": _lines(text),
    }


def python_value(value: Any, indent: int = 0, width: int = 88) -> str:
    """A key value as Python source, strings in double quotes (apostrophes need no escaping).

    Strings are written as JSON strings (a valid Python literal with the same value);
    lists one line when they fit, else one item per line.
    """
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        items = [python_value(v, indent + 4, width) for v in value]
        one_line = "[" + ", ".join(items) + "]"
        if indent + len(one_line) <= width and "\n" not in one_line:
            return one_line
        pad = " " * (indent + 4)
        return "[\n" + "".join(f"{pad}{item},\n" for item in items) + " " * indent + "]"
    return repr(value)


def placeholder(question: Question) -> str:
    """The placeholder value of an exercise's answer cell: `"..."` or a list of `"..."`."""
    if question.type == "order":
        slots = max(2, len(question.options or ()))
        return "[" + ", ".join(['"..."'] * slots) + "]"
    if question.type == "set":
        return '["...", "..."]'
    if question.type == "sort":
        return "{" + ", ".join(f'"{item}": "..."' for item, _ in question.items) + "}"
    return '"..."'


def answer_source(question: Question, solution: bool) -> str:
    """The answer cell's code: a placeholder with a guiding comment, or the key's value."""
    if not solution:
        return f"{question.id} = {placeholder(question)}  {PLACEHOLDER_COMMENTS[question.type]}"
    return f"{question.id} = {python_value(question.answer)}"


def answer_metadata(exercise_id: str, question: Question) -> dict[str, Any]:
    """Cell metadata of an answer cell (nbgrader-style + coursekit + the `answer` tag).

    coursekit reads the nbgrader part too; nbgrader itself does not grade these cells
    (its grade_id allows no dots, and a grade + solution cell is graded by hand there).
    """
    return {
        "coursekit": {"exercise": exercise_id, "question": question.id},
        "nbgrader": {
            "grade": True,
            "grade_id": f"{exercise_id}.{question.id}",
            "locked": False,
            "points": question.points,
            "schema_version": NBGRADER_SCHEMA_VERSION,
            "solution": True,
        },
        "tags": ["answer"],
    }


def syntax_example(question: Question) -> str:
    """A sentence of markdown showing the exact Python syntax of an answer, quotes included.

    The example is neutral (never one of the options), so it cannot hint at the key.
    """
    qid = question.id
    if question.type == "free_text":
        return (f'Type it between the double quotes, like `{qid} = "your answer"`; an apostrophe '
                f'inside double quotes is fine: `{qid} = "What\'s ...?"`.')
    if question.type == "choice":
        return (f'Type the option between the quotes, like `{qid} = "your answer"`. Keep the quotes: '
                f"without them (`{qid} = your answer`) Python stops with an error.")
    if question.type == "sort":
        return (f'Type each category between the quotes after its statement\'s id, like '
                f'`{qid} = {{"a": "one category", "b": "another"}}`.')
    return (f'Put each answer in its own quotes, separated by commas, like '
            f'`{qid} = ["one answer", "another answer"]`.')


def question_markdown(number: int, question: Question) -> str:
    """The markdown above an answer cell: prompt, points, how to answer and the syntax."""
    points = f"{question.points} point{'s' if question.points != 1 else ''}"
    how = _HOW_TO_ANSWER[question.type].format(options=_options_text(question))
    if question.type in ("choice", "set", "order", "sort") and not question.options:
        how = {"choice": "Answer with one value.", "set": "Answer with a list.",
               "order": "Answer with a list in the right order.",
               "sort": "Answer with a category for each statement."}[question.type]
    items = "".join(f"- `{item}`: {text}\n" for item, text in question.items)
    return (
        f"### Question {number} · `{question.id}` ({points})\n\n"
        f"{question.prompt}\n\n" + (f"{items}\n" if items else "") +
        f"{how} {syntax_example(question)}"
    )


def typed_notebook(exercise_id: str, solution: bool, key: ExerciseKey | None = None) -> dict[str, Any]:
    """The typed form (`q1 = "..."` cells): placeholders, or the key's values (solution=True).

    What the nbgrader source notebook is built from; trainees get `make_notebook`.
    """
    key = key or load_key(exercise_id)
    kind = "Solution" if solution else "Exercise"
    intro = (
        f"# {kind}: {key.title}\n\n"
        + (f"{key.intro}\n\n" if key.intro else "")
        + "Type each answer between the quotes (`q1 = \"...\"` becomes `q1 = \"your answer\"`), "
        "run every cell, and the last cell checks your answers and explains the ones to "
        "revisit. Answers are Python text, so keep the double quotes around each one. "
        "You can change an answer and check again as often as you like."
    )
    cells = [
        _markdown(f"{key.id}-intro", intro),
        _code(f"{key.id}-setup", "from coursekit.exercises import check_answers"),
    ]
    for number, question in enumerate(key.questions, start=1):
        cells.append(_markdown(f"{key.id}-{question.id}-prompt", question_markdown(number, question)))
        cells.append(_code(
            f"{key.id}-{question.id}-answer",
            answer_source(question, solution),
            answer_metadata(key.id, question),
        ))
    cells.append(_markdown(
        f"{key.id}-check-title",
        "## Check your answers\n\n"
        "Run this cell after your answers. A question whose cell did not run (or stopped with "
        "an error, often a missing quote) shows as not answered."))
    cells.append(_code(
        f"{key.id}-check",
        f'check_answers("{key.id}", globals())',
        {"coursekit": {"exercise": key.id, "check": True}, "tags": ["check"]},
    ))
    return {
        "cells": cells,
        "metadata": {
            "coursekit": {"exercise": key.id, "solution": solution},
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def widget_cell_metadata(exercise_id: str, question: Question) -> dict[str, Any]:
    """Metadata of a widget answer cell: coursekit's target, a read-only cell for
    JupyterLab, and an nbgrader read-only cell (valid grade_id, neither grade nor solution:
    nbgrader cannot run a widget; coursekit grades these cells)."""
    from coursekit.exercises.nbgrader import grade_id

    return {
        "coursekit": {"exercise": exercise_id, "question": question.id, "widget": True},
        "deletable": False,
        "editable": False,
        "nbgrader": {
            "grade": False, "grade_id": grade_id(exercise_id, question.id), "locked": True,
            "schema_version": NBGRADER_SCHEMA_VERSION, "solution": False,
        },
        "tags": ["answer"],
    }


def solution_outputs(exercise_id: str, question: Question) -> list[dict[str, Any]]:
    """A solution cell's outputs: the key and why, and the key kept as the saved answer.

    Written into the solution notebook when it is built (so it grades full marks unrun)
    and displayed again by `coursekit.widgets.exercise.solution` when it runs.
    """
    import html

    from coursekit.exercises.state import RECORD_MIME, QuestionState, key_text

    state = QuestionState(question)
    state.check(question.answer)
    shown = (f'<div class="coursekit-ex-solution"><p><b>{html.escape(key_text(question))}</b></p>'
             f"<p>{html.escape(question.explanation)}</p></div>")
    return [
        {"data": {"text/html": shown, "text/plain": f"{key_text(question)}"}, "metadata": {},
         "output_type": "display_data"},
        {"data": {RECORD_MIME: state.record(exercise_id), "text/html": '<span class="coursekit-answer-record"></span>',
                  "text/plain": t("ui.ex.nb.record_key", question=question.id)},
         "metadata": {}, "output_type": "display_data"},
    ]


def make_notebook(exercise_id: str, solution: bool, key: ExerciseKey | None = None) -> dict[str, Any]:
    """The trainee's exercise notebook (a widget per question) or its solution (the key shown)."""
    key = key or load_key(exercise_id)
    title = t("ui.ex.nb.solution" if solution else "ui.ex.nb.exercise", title=key.title)
    how = t("ui.ex.nb.solution_how") if solution else t("ui.ex.nb.how")
    intro = f"# {title}\n\n" + (f"{key.intro}\n\n" if key.intro else "") + how
    fixed = {"deletable": False, "editable": False}
    cells = [_markdown(f"{key.id}-intro", intro)]
    if not solution:
        cells.append(_code(f"{key.id}-setup",
                           f'from coursekit.widgets.exercise import start\nstart("{key.id}")',
                           {**fixed, "coursekit": {"exercise": key.id, "start": True}}))
    call = "solution" if solution else "ask"
    for number, question in enumerate(key.questions, start=1):
        heading = t("ui.ex.nb.question_one" if question.points == 1 else "ui.ex.nb.question",
                    number=number, points=question.points)
        cells.append(_markdown(f"{key.id}-{question.id}-prompt", f"### {heading}\n\n{question.prompt}"))
        cell = _code(f"{key.id}-{question.id}-answer",
                     f'from coursekit.widgets.exercise import {call}\n{call}("{key.id}", "{question.id}")',
                     widget_cell_metadata(key.id, question))
        if solution:
            cell["outputs"] = solution_outputs(key.id, question)
        cells.append(cell)
    if not solution:
        cells.append(_markdown(f"{key.id}-check-title", t("ui.ex.nb.score")))
        cells.append(_code(
            f"{key.id}-check",
            f'from coursekit.widgets.exercise import summary\nsummary("{key.id}")',
            {**fixed, "coursekit": {"exercise": key.id, "check": True}, "tags": ["check"]},
        ))
    return {
        "cells": cells,
        "metadata": {
            "coursekit": {"exercise": key.id, "solution": solution, "format": "widget"},
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def notebook_paths(exercise_id: str, root: Path, lang: str = "en") -> tuple[Path, Path]:
    """Where `write_notebooks` writes an exercise: (the exercise notebook, its solution)."""
    sub = "" if lang == "en" else lang
    return root / "exercises" / sub / f"{exercise_id}.ipynb", root / "solutions" / sub / f"{exercise_id}.ipynb"


def write_notebooks(exercise_id: str, root: Path, lang: str = "en") -> tuple[Path, Path]:
    """Write exercises/<id>.ipynb and solutions/<id>.ipynb under root (in `exercises/<lang>/` and
    `solutions/<lang>/` for a translated exercise); returns both paths."""
    written = []
    with speaking(lang):
        key = load_key(exercise_id)
        for path, solution in zip(notebook_paths(exercise_id, root, lang), (False, True)):
            path.parent.mkdir(parents=True, exist_ok=True)
            nb = make_notebook(exercise_id, solution, key)
            if lang != "en":
                nb["metadata"]["coursekit"]["language"] = lang
            path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            written.append(path)
    return written[0], written[1]


def write_nbgrader_source(exercise_id: str, root: Path) -> tuple[Path]:
    """Write root/source/<id>/<id>.ipynb, the nbgrader source of the exercise."""
    from coursekit.exercises.nbgrader import nbgrader_source

    path = root / "source" / exercise_id / f"{exercise_id}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(nbgrader_source(exercise_id), indent=1, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return (path,)


def main(argv: list[str] | None = None) -> int:
    """Command line: build the notebooks of the given (or all) exercises."""
    parser = argparse.ArgumentParser(prog="python -m coursekit.exercises.build", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("exercise_ids", nargs="*", metavar="EXERCISE_ID",
                        help="exercise ids (default: every answer key)")
    parser.add_argument("--root", type=Path, default=Path.cwd(),
                        help="course folder that holds exercises/ and solutions/ (default: .)")
    parser.add_argument("--nbgrader", action="store_true",
                        help="write nbgrader source notebooks instead: ROOT/source/<id>/<id>.ipynb")
    args = parser.parse_args(argv)
    ids = args.exercise_ids or list(list_exercises())
    for exercise_id in ids:
        try:
            paths = write_nbgrader_source(exercise_id, args.root) if args.nbgrader else \
                write_notebooks(exercise_id, args.root)
        except (LookupError, ValueError) as err:
            print(f"build: {err}", file=sys.stderr)
            return 1
        for path in paths:
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
