"""grade_notebook and the notebook builder: answers read from JSON, never executed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from coursekit.exercises import NotebookError, grade_notebook, load_key
from coursekit.exercises.build import typed_notebook as make_notebook
from coursekit.exercises.build import write_notebooks
from coursekit.exercises.notebook import read_answer

EX = "ex01_need_levels"
ROOT = Path(__file__).resolve().parent.parent


def answer_cells(nb: dict) -> dict[str, dict]:
    return {c["metadata"]["coursekit"]["question"]: c for c in nb["cells"]
            if "answer" in c["metadata"].get("tags", [])}


def save(tmp_path: Path, nb: dict, name: str = "submission.ipynb") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(nb), encoding="utf-8")
    return path


def with_answers(solution: bool = False, **sources: str) -> dict:
    nb = make_notebook(EX, solution=solution)
    cells = answer_cells(nb)
    for qid, source in sources.items():
        cells[qid]["source"] = source
    return nb


def test_solution_notebook_scores_full_marks(tmp_path):
    result = grade_notebook(save(tmp_path, make_notebook(EX, solution=True)))
    assert result.score == result.max_score == load_key(EX).max_score
    assert result.messages == ()


def test_exercise_notebook_scores_zero(tmp_path):
    result = grade_notebook(save(tmp_path, make_notebook(EX, solution=False)))
    assert result.score == 0 and {q.status for q in result.questions} == {"unanswered"}


def test_answers_are_read_from_cell_sources(tmp_path):
    nb = with_answers(q1='q1 = "service"  # I think', q6=["q6 = [\n", "'b', 'd',\n", "]\n"])
    result = grade_notebook(save(tmp_path, nb))
    assert result["q1"].status == "correct" and result["q6"].status == "correct"
    assert result["q2"].status == "unanswered"


def test_code_is_never_executed(tmp_path):
    marker = tmp_path / "pwned"
    payload = f"q1 = __import__('pathlib').Path({str(marker)!r}).touch()"
    nb = with_answers(q1=payload, q2=f"import os\nos.system('touch {marker}')\nq2 = 'product'")
    result = grade_notebook(save(tmp_path, nb))
    assert not marker.exists()
    assert result["q1"].status == "wrong"
    assert result["q1"].feedback.startswith("answers must be plain values")
    assert result["q2"].status == "correct"  # other statements are ignored, not run


@pytest.mark.parametrize("source, reason", [
    ("q1 = sorted(['a'])", "answers must be plain values"),
    ("q1 = ", "syntax error"),
    ("print('hello')", "must hold one assignment"),
    ("a = 'x'\nb = 'y'", "must hold one assignment"),
])
def test_unreadable_answers_are_wrong_not_crashes(tmp_path, source, reason):
    result = grade_notebook(save(tmp_path, with_answers(q1=source)))
    assert result["q1"].status == "wrong" and result["q1"].score == 0
    assert reason in result["q1"].feedback
    assert result["q2"].status == "unanswered"


def test_read_answer_prefers_the_question_variable():
    assert read_answer("x = 1\nq1 = 'service'\nq1 = 'product'", "q1") == (True, "product", "")
    assert read_answer("answer: str = 'service'", "q1") == (True, "service", "")


def test_nbgrader_grade_id_is_a_fallback(tmp_path):
    nb = with_answers(q1="q1 = 'service'")
    for cell in nb["cells"]:
        cell["metadata"].pop("coursekit", None)
    nb["metadata"].pop("coursekit")
    result = grade_notebook(save(tmp_path, nb))
    assert result.exercise_id == EX and result["q1"].status == "correct"


def test_missing_answer_cell_is_noted(tmp_path):
    nb = with_answers(q1="q1 = 'service'")
    nb["cells"] = [c for c in nb["cells"] if c["id"] != f"{EX}-q4-answer"]
    result = grade_notebook(save(tmp_path, nb))
    assert result["q4"].status == "unanswered"
    assert any("q4" in m for m in result.messages)


@pytest.mark.parametrize("content, reason", [
    (b'{"cells": [', "corrupt: not valid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b'["a list"]', "not a Jupyter notebook"),
    (json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}).encode(),
     "not a coursekit exercise notebook"),
])
def test_bad_files_raise_notebook_error_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "alice" / "ex01_need_levels.ipynb"
    path.parent.mkdir()
    path.write_bytes(content)
    with pytest.raises(NotebookError) as err:
        grade_notebook(path)
    assert str(path) in str(err.value) and reason in str(err.value)
    assert err.value.path == str(path)


def test_unknown_exercise_raises_notebook_error(tmp_path):
    nb = make_notebook(EX, solution=True)
    nb["metadata"]["coursekit"]["exercise"] = "ex77_missing"
    with pytest.raises(NotebookError, match="unknown exercise 'ex77_missing'"):
        grade_notebook(save(tmp_path, nb))


def test_built_notebook_structure():
    nb = make_notebook(EX, solution=False)
    key = load_key(EX)
    cells = answer_cells(nb)
    assert list(cells) == list(key.question_ids)
    meta = cells["q6"]["metadata"]
    assert meta["nbgrader"] == {"grade": True, "grade_id": f"{EX}.q6", "locked": False, "points": 2,
                                "schema_version": 3, "solution": True}
    assert meta["coursekit"] == {"exercise": EX, "question": "q6"}
    assert "".join(cells["q1"]["source"]) == 'q1 = "..."  # ✏️ type your answer between the quotes'
    assert nb["metadata"]["coursekit"]["exercise"] == EX
    assert "".join(nb["cells"][-1]["source"]) == f'check_answers("{EX}", globals())'
    assert len({c["id"] for c in nb["cells"]}) == len(nb["cells"])
    prompt = "".join(nb["cells"][2]["source"])
    assert "facilities manager" in prompt and '`"relationship"`' in prompt


def test_write_notebooks_writes_both(tmp_path):
    exercise, solution = write_notebooks(EX, tmp_path)
    assert exercise == tmp_path / "exercises" / f"{EX}.ipynb"
    assert grade_notebook(solution).complete
    assert grade_notebook(exercise).score == 0


@pytest.mark.parametrize("folder, full", [("solutions", True), ("exercises", False)])
def test_shipped_notebooks_match_the_key_and_hold_outputs(folder, full):
    from coursekit.exercises.build import make_notebook as widget_notebook

    path = ROOT / folder / f"{EX}.ipynb"
    result = grade_notebook(path)
    assert result.complete is full
    nb = json.loads(path.read_text(encoding="utf-8"))
    fresh = widget_notebook(EX, solution=full)
    assert [c["source"] for c in nb["cells"]] == [c["source"] for c in fresh["cells"]], \
        "regenerate with python tools/build_notebooks.py --exercises"
    if not full:
        check = nb["cells"][-1]
        assert "summary" in "".join(check["source"]) and check["outputs"]
    assert all(o["output_type"] != "error" for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"])


def test_json_nested_too_deeply_is_a_notebook_error(tmp_path):
    path = tmp_path / "ex01_need_levels.ipynb"
    path.write_bytes(b'{"cells": ' + b"[" * 100_000 + b"]" * 100_000 + b', "nbformat": 4}')
    with pytest.raises(NotebookError) as err:
        grade_notebook(path)
    assert err.value.reason == "is corrupt: nested too deeply"


def test_a_file_over_the_size_cap_is_refused(tmp_path, monkeypatch):
    import coursekit.exercises.notebook as notebook_module

    monkeypatch.setattr(notebook_module, "MAX_NOTEBOOK_BYTES", 100)
    path = save(tmp_path, make_notebook(EX, solution=True))
    with pytest.raises(NotebookError, match="is too large to grade"):
        grade_notebook(path)
