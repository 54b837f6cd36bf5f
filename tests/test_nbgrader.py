"""nbgrader for real: its own generate_assignment, autograde and generate_feedback on a
course built from our exercise give the same scores as `coursekit grade`."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coursekit.cli import main
from coursekit.exercises.build import answer_source
from coursekit.exercises.build import main as build_main
from coursekit.exercises.key import load_key
from coursekit.exercises.nbgrader import GRADE_ID, nbgrader_source

EX = "ex01_need_levels"
BIN = Path(sys.executable).parent
#: Each trainee's answers (cells not listed keep the placeholder).
ANSWERS = {
    "ana": None,  # every answer from the key
    "ben": {"q1": 'q1 = "product"', "q6": 'q6 = ["service", "product"]',
            "q8": 'q8 = "What matters most to you about the service?"'},
    "chen": {},  # hands in the notebook untouched
}


def nbgrader(course: Path, *args: str) -> None:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    done = subprocess.run([str(BIN / "nbgrader"), *args], cwd=course, env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr


def submission(release: dict, answers: dict[str, str] | None) -> dict:
    """The released notebook as a trainee hands it in."""
    nb = json.loads(json.dumps(release))
    key = {q.id: q for q in load_key(EX).questions}
    for cell in nb["cells"]:
        question = cell["metadata"].get("coursekit", {}).get("question")
        if question is None:
            continue
        if answers is None:
            cell["source"] = answer_source(key[question], solution=True)
        elif question in answers:
            cell["source"] = answers[question]
    return nb


def test_the_source_notebook_is_valid_for_nbgrader():
    nb = nbgrader_source(EX)
    graded = [c["metadata"]["nbgrader"] for c in nb["cells"] if c["metadata"].get("nbgrader")]
    assert graded and all(GRADE_ID.match(m["grade_id"]) for m in graded)
    assert not [m for m in graded if m["grade"] and m["solution"]], "nbgrader grades those by hand"
    assert sum(m.get("points", 0) for m in graded if m["grade"]) == load_key(EX).max_score


def test_nbgrader_autograde_gives_the_scores_of_coursekit_grade(tmp_path):
    if not (BIN / "nbgrader").exists():
        pytest.fail("nbgrader is not installed: .venv/bin/pip install -e '.[test]'", pytrace=False)
    course = tmp_path / "course"
    assert build_main(["--nbgrader", EX, "--root", str(course)]) == 0
    (course / "nbgrader_config.py").write_text(
        f'c = get_config()\nc.CourseDirectory.root = {str(course)!r}\n'
        'c.ClearSolutions.code_stub = {"python": ""}\n')
    nbgrader(course, "generate_assignment", EX, "--force")
    release = json.loads((course / "release" / EX / f"{EX}.ipynb").read_text())
    for student, answers in ANSWERS.items():
        target = course / "submitted" / student / EX / f"{EX}.ipynb"
        target.parent.mkdir(parents=True)
        target.write_text(json.dumps(submission(release, answers)))
    nbgrader(course, "autograde", EX, "--create", "--force")
    nbgrader(course, "generate_feedback", EX, "--force")
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as book:
        theirs = {s: book.find_submission(EX, s).score for s in ANSWERS}
    out = tmp_path / "grades.csv"
    assert main(["grade", str(course / "submitted"), "--no-record", "--out", str(out)]) == 0
    ours = {row["trainee"]: float(row["score"]) for row in csv.DictReader(io.StringIO(out.read_text()))}
    # coursekit shows points to the hundredth; nbgrader keeps the unrounded partial credit
    assert ours == pytest.approx(theirs, abs=0.01) and theirs["ana"] == load_key(EX).max_score
    assert 0 < theirs["ben"] < theirs["ana"] and theirs["chen"] == 0
    for student in ANSWERS:
        assert (course / "feedback" / student / EX / f"{EX}.html").is_file()
