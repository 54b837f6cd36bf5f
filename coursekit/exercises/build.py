"""Build the exercise and solution notebooks of an exercise from its answer key.

    python -m coursekit.exercises.build                 # every key -> exercises/ and solutions/
    python -m coursekit.exercises.build ex01_need_levels --root /path/to/course

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

#: nbgrader's cell metadata schema version.
NBGRADER_SCHEMA_VERSION = 3

#: The comment beside a placeholder, by question type.
PLACEHOLDER_COMMENTS = {
    "choice": "# ✏️ type your answer between the quotes",
    "free_text": "# ✏️ type your answer between the quotes",
    "set": "# ✏️ one answer per pair of quotes, separated by commas; add or remove pairs",
    "order": "# ✏️ one answer per pair of quotes, separated by commas, in order",
}
#: Kept for callers of the old name: the comment of a choice/free-text placeholder.
PLACEHOLDER_COMMENT = PLACEHOLDER_COMMENTS["choice"]

_HOW_TO_ANSWER = {
    "choice": "Answer with **one** of: {options}.",
    "set": "Answer with a **list** of every item that applies, chosen from: {options}.",
    "order": "Answer with a **list** holding all of these in the right order: {options}.",
    "free_text": "Answer with your own sentence.",
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
    return (f'Put each answer in its own quotes, separated by commas, like '
            f'`{qid} = ["one answer", "another answer"]`.')


def question_markdown(number: int, question: Question) -> str:
    """The markdown above an answer cell: prompt, points, how to answer and the syntax."""
    points = f"{question.points} point{'s' if question.points != 1 else ''}"
    how = _HOW_TO_ANSWER[question.type].format(options=_options_text(question))
    if question.type in ("choice", "set", "order") and not question.options:
        how = {"choice": "Answer with one value.", "set": "Answer with a list.",
               "order": "Answer with a list in the right order."}[question.type]
    return (
        f"### Question {number} · `{question.id}` ({points})\n\n"
        f"{question.prompt}\n\n"
        f"{how} {syntax_example(question)}"
    )


def make_notebook(exercise_id: str, solution: bool, key: ExerciseKey | None = None) -> dict[str, Any]:
    """The exercise notebook (placeholders) or its solution (key values) as notebook JSON."""
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


def write_notebooks(exercise_id: str, root: Path) -> tuple[Path, Path]:
    """Write exercises/<id>.ipynb and solutions/<id>.ipynb under root; returns both paths."""
    key = load_key(exercise_id)
    written = []
    for folder, solution in (("exercises", False), ("solutions", True)):
        path = root / folder / f"{exercise_id}.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        nb = make_notebook(exercise_id, solution, key)
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
