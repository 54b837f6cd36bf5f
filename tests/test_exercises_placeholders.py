"""Answers need Python syntax: guiding placeholders, a check cell that never crashes,
double-quoted solutions, and the static grader agreeing with all of it."""
from __future__ import annotations

import ast
import json

import pytest

from coursekit.exercises import check_answers, check_notebook, grade_notebook, list_exercises, load_key
from coursekit.exercises.build import main as build_main
from coursekit.exercises.build import typed_notebook as make_notebook

EX = "ex01_need_levels"


def code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def src(cell: dict) -> str:
    return "".join(cell["source"])


def run_notebook(nb: dict, replace: dict[str, str] | None = None) -> tuple[object, list[str]]:
    """Run the notebook's code cells as Jupyter would, one namespace, errors per cell.

    `replace` maps a question id to the source typed into its answer cell.
    Returns the check cell's value and the names of the exceptions cells raised.
    """
    namespace: dict = {}
    errors: list[str] = []
    value = None
    for cell in code_cells(nb):
        question = cell["metadata"].get("coursekit", {}).get("question")
        code = (replace or {}).get(question, src(cell))
        try:
            if "check" in cell["metadata"].get("tags", []):
                value = eval(compile(code, "<check>", "eval"), namespace)
            else:
                exec(compile(code, "<cell>", "exec"), namespace)
        except Exception as err:  # noqa: BLE001 - record like a notebook does
            errors.append(type(err).__name__)
    return value, errors


@pytest.mark.parametrize("exercise_id", list_exercises())
def test_placeholders_are_quoted_and_unanswered(exercise_id):
    nb = make_notebook(exercise_id, solution=False)
    key = load_key(exercise_id)
    answers = [c for c in code_cells(nb) if "answer" in c["metadata"].get("tags", [])]
    for cell, question in zip(answers, key.questions):
        text = src(cell)
        assert "✏️" in text and "None" not in text
        value = ast.literal_eval(ast.parse(text).body[0].value)
        if question.type in ("set", "order"):
            assert isinstance(value, list) and set(value) == {"..."} and len(value) >= 2
            assert "quotes" in text and "commas" in text
        else:
            assert value == "..." and "between the quotes" in text
    result, errors = run_notebook(nb)
    assert errors == []
    assert result.score == 0 and {q.status for q in result.questions} == {"unanswered"}


@pytest.mark.parametrize("exercise_id", list_exercises())
def test_solutions_use_double_quotes_and_score_full_marks_when_run(exercise_id):
    nb = make_notebook(exercise_id, solution=True)
    for cell in code_cells(nb):
        if "answer" in cell["metadata"].get("tags", []):
            tokens = [t for t in src(cell).replace("\\\"", "").split('"')]
            assert "'" not in "".join(tokens[0::2]), src(cell)  # no single-quoted strings
    result, errors = run_notebook(nb)
    assert errors == [] and result.complete, str(result)


def test_apostrophes_in_solutions_are_fine():
    nb = make_notebook("ex05_expectations", solution=True)
    texts = [src(c) for c in code_cells(nb) if "'" in src(c) and "answer" in c["metadata"].get("tags", [])]
    assert texts, "the key has a free-text answer with an apostrophe"
    for text in texts:
        assert '= "' in text
        ast.parse(text)


def test_missing_names_never_crash_the_check_cell():
    nb = make_notebook(EX, solution=False)
    result, errors = run_notebook(nb, {
        "q1": 'q1 = "service"',
        "q3": "q3 = service",                       # a bare word: NameError in its cell
        "q8": "q8 = 'What's your plan for the machines?'",  # a quote too many: SyntaxError
    })
    assert errors == ["NameError", "SyntaxError"]
    assert result["q1"].status == "correct"
    for qid in ("q3", "q8"):
        q = result[qid]
        assert q.status == "unanswered" and q.score == 0
        assert q.feedback == f'{qid}: not answered — did its cell run? Check the quotes: {qid} = "your answer"'
    assert result["q6"].feedback.startswith("No answer yet")
    assert "did its cell run" in result._repr_html_()


def test_check_answers_reads_a_namespace_and_keywords_still_work():
    key = load_key(EX)
    solution = {q.id: q.answer for q in key.questions}
    assert check_answers(EX, dict(solution)).complete
    assert check_answers(EX, **solution).complete
    partial = check_answers(EX, {"q1": "service", "unrelated": 1}, q2="product")
    assert partial["q1"].status == partial["q2"].status == "correct"
    assert "did its cell run" in partial["q6"].feedback and "[" in partial["q6"].feedback  # a list answer
    with pytest.raises(TypeError, match="globals"):
        check_answers(EX, ["q1"])


def test_check_notebook_reads_the_callers_globals():
    globals()["q1"] = "service"
    try:
        result = check_notebook(EX)
    finally:
        del globals()["q1"]
    assert result["q1"].status == "correct"
    assert result["q2"].status == "unanswered"


@pytest.mark.parametrize("answer, status", [
    (["...", "..."], "unanswered"),
    (["..."], "unanswered"),
    ([], "unanswered"),
    (["b", "..."], "partial"),
    (["b", "d", "..."], "correct"),
])
def test_list_placeholders_count_as_unanswered_not_wrong(answer, status):
    result = check_answers(EX, q6=answer)
    assert result["q6"].status == status
    assert "..." not in result["q6"].feedback.replace("e.g.", "")


def test_static_grading_agrees_with_the_placeholders(tmp_path):
    nb = make_notebook(EX, solution=False)
    cells = {c["metadata"]["coursekit"]["question"]: c for c in code_cells(nb)
             if "answer" in c["metadata"].get("tags", [])}
    cells["q1"]["source"] = "q1 = service  # forgot the quotes"
    cells["q2"]["source"] = "q2 = 'What's this'"
    cells["q6"]["source"] = 'q6 = ["b", "..."]'
    path = tmp_path / "sub.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    result = grade_notebook(path)
    assert result["q1"].score == 0 and 'write q1 = "service"' in result["q1"].feedback
    assert result["q2"].score == 0 and 'check the quotes: q2 = "your answer"' in result["q2"].feedback
    assert result["q6"].status == "partial"
    assert result["q3"].status == "unanswered"


def test_prompts_show_the_exact_syntax_with_quotes():
    nb = make_notebook("ex04_questioning", solution=False)
    prompts = {c["id"]: src(c) for c in nb["cells"] if c["cell_type"] == "markdown"}
    assert '`q1 = "your answer"`' in prompts["ex04_questioning-q1-prompt"]
    assert '`q5 = ["one answer", "another answer"]`' in prompts["ex04_questioning-q5-prompt"]
    assert "apostrophe" in prompts["ex04_questioning-q6-prompt"]


def test_builder_writes_into_a_root_folder_and_the_result_grades(tmp_path):
    assert build_main(["--root", str(tmp_path)]) == 0
    for exercise_id in list_exercises():
        assert grade_notebook(tmp_path / "solutions" / f"{exercise_id}.ipynb").complete
        unanswered = grade_notebook(tmp_path / "exercises" / f"{exercise_id}.ipynb")
        assert unanswered.score == 0 and {q.status for q in unanswered.questions} == {"unanswered"}
        check = json.loads((tmp_path / "exercises" / f"{exercise_id}.ipynb").read_text())["cells"][-1]
        assert src(check) == f'from coursekit.widgets.exercise import summary\nsummary("{exercise_id}")'
