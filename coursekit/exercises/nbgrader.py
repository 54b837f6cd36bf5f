"""An exercise as an nbgrader source notebook, for instructors who grade with nbgrader.

The trainees' `exercises/*.ipynb` are not nbgrader assignments (nbgrader's grade_id
allows no dots, and it grades a cell marked both grade and solution by hand). This
builds one that is: each answer cell is an nbgrader solution cell whose placeholder
stays after `generate_assignment`, followed by a locked autograder cell that prints the
question's points as `check_answers` gives them (nbgrader takes a number printed by a
test cell as partial credit). `nbgrader autograde` then scores exactly as
`coursekit grade`; coursekit grades the same submissions (it reads the coursekit cell
metadata and never runs them). nbgrader's config needs
`c.ClearSolutions.code_stub = {"python": ""}` so the placeholder is all that remains.

    python -m coursekit.exercises.build --nbgrader ex01_need_levels --root COURSE
    # writes COURSE/source/ex01_need_levels/ex01_need_levels.ipynb
"""
from __future__ import annotations

import copy
import re
from typing import Any

from coursekit.exercises.build import NBGRADER_SCHEMA_VERSION, answer_source, typed_notebook
from coursekit.exercises.key import load_key

#: What nbgrader requires of a grade_id.
GRADE_ID = re.compile(r"^[a-zA-Z0-9_\-]*$")
#: nbgrader's solution region markers.
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"


def grade_id(*parts: str) -> str:
    """An nbgrader grade_id: the parts joined by '-', anything outside [a-zA-Z0-9_-] as '_'."""
    text = "-".join(re.sub(r"[^a-zA-Z0-9_\-]", "_", part) for part in parts)
    assert GRADE_ID.match(text)
    return text


def nbgrader_source(exercise_id: str) -> dict[str, Any]:
    """The nbgrader source notebook of an exercise (solutions inside solution regions)."""
    key = load_key(exercise_id)
    notebook = typed_notebook(exercise_id, solution=True, key=key)
    questions = {q.id: q for q in key.questions}
    cells = []
    for cell in notebook["cells"]:
        meta = cell.get("metadata", {})
        question_id = meta.get("coursekit", {}).get("question")
        if question_id is None:
            cells.append(cell)
            continue
        question = questions[question_id]
        answer = copy.deepcopy(cell)
        answer["source"] = (f"{answer_source(question, solution=False)}\n"
                            f"{BEGIN}\n{answer_source(question, solution=True)}\n{END}")
        answer["metadata"]["nbgrader"] = {
            "grade": False, "solution": True, "locked": False, "task": False,
            "grade_id": grade_id(key.id, question.id), "schema_version": NBGRADER_SCHEMA_VERSION,
        }
        cells.append(answer)
        cells.append({
            "cell_type": "code", "execution_count": None, "id": f"{key.id}-{question.id}-points",
            "outputs": [], "source": f'check_answers("{key.id}", globals())["{question.id}"].score',
            "metadata": {"nbgrader": {
                "grade": True, "solution": False, "locked": True, "task": False, "points": question.points,
                "grade_id": grade_id(key.id, question.id, "points"), "schema_version": NBGRADER_SCHEMA_VERSION,
            }},
        })
    notebook["cells"] = cells
    notebook["metadata"]["coursekit"]["solution"] = False
    return notebook
