"""Exercises answered by clicking: the pure state (tries, hints, the key), the widget views
headless, and static grading of the notebooks they save (same score as the widgets showed)."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from coursekit.exercises import grade_notebook, load_key
from coursekit.exercises.build import make_notebook
from coursekit.exercises.nbgrader import GRADE_ID
from coursekit.exercises.state import RECORD_MIME, ExerciseState, key_text, option_label

EX = "ex01_need_levels"


@pytest.fixture(autouse=True)
def fresh_kernel_state(monkeypatch):
    from coursekit.widgets import exercise

    monkeypatch.delenv("COURSEKIT_TRAINEE", raising=False)
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    exercise.reset()
    yield
    exercise.reset()


# ------------------------------------------------------------------ the state


def test_a_wrong_first_try_gets_a_hint_and_a_retry_without_the_key():
    q1 = ExerciseState(EX)["q1"]
    said = q1.check("product")
    assert said.status == "wrong" and "Hint:" in said.text and "Try once more" in said.text
    assert "service" not in said.text.lower().split("hint:")[0]  # the key is not in the feedback
    assert not q1.closed
    said = q1.check("service")
    assert said.status == "correct" and q1.closed
    assert (q1.first_score, q1.final_score) == (0.0, 1.0)


def test_the_key_shows_after_the_second_try_and_closes_the_question():
    q1 = ExerciseState(EX)["q1"]
    q1.check("product")
    said = q1.check("experience")
    assert "The answer: service" in said.text and q1.revealed and q1.closed
    late = q1.check("service")  # too late: not a try, the score stays
    assert not late.counted and q1.final_score == 0.0 and len(q1.tries) == 2


def test_show_answer_on_request_keeps_the_score_so_far():
    state = ExerciseState(EX)
    said = state["q7"].reveal()
    assert said.status == "revealed" and "The answer: c:" in said.text
    assert state["q7"].closed and state["q7"].final_score == 0
    state["q6"].check(["b"])  # partly right, then the key on request
    state["q6"].reveal()
    assert state["q6"].final_score == state["q6"].first_score == 1.0


@pytest.mark.parametrize("answer", [None, "", "   ", "...", [], {}])
def test_a_blank_answer_is_a_sentence_not_a_try(answer):
    for qid in ("q1", "q6", "q8"):
        q = ExerciseState(EX)[qid]
        said = q.check(answer)
        assert said.status == "blank" and not said.counted and q.tries == []
        assert said.text.endswith("then press Check.")


@pytest.mark.parametrize("answer", ['"service', "service'", "serv;ice", "q1 = service", "<b>x</b>", "x" * 30_000,
                                    ["a"] * 500, 12, {"a": 1}, ["b", None]])
def test_broken_input_is_a_sentence_and_the_other_answers_are_still_checked(answer):
    state = ExerciseState(EX)
    state["q2"].check("product")
    said = state["q1"].check(answer)
    assert isinstance(said.text, str) and said.text
    said6 = state["q6"].check(answer)
    assert isinstance(said6.text, str)
    state["q8"].check(answer if isinstance(answer, str) else "What happens today when a machine needs repair?")
    result = state.result()
    assert result["q2"].status == "correct"
    assert result.score >= 1


def test_free_text_with_markup_is_marked_as_text():
    q8 = ExerciseState(EX)["q8"]
    said = q8.check("<script>alert(1)</script> What happens when it breaks?")
    assert said.status in ("partial", "wrong", "correct")


def test_options_are_labelled_from_the_prompt():
    q7 = load_key(EX).question("q7")
    assert option_label(q7, "c").startswith("c: product → service → experience")
    assert option_label(load_key(EX).question("q1"), "product") == "product"
    assert key_text(load_key(EX).question("q8")).startswith("A model answer: ")


def test_result_keeps_first_and_final_scores_for_the_gradebook():
    state = ExerciseState(EX)
    state["q1"].check("product")
    state["q1"].check("service")
    state["q6"].check(["b", "d"])
    result = state.result()
    assert (result.score, result.first_score) == (3.0, 2.0)
    detail = result.detail()
    assert detail["q1"]["first_score"] == 0.0 and detail["q1"]["score"] == 1.0 and detail["q1"]["tries"] == 2
    assert "first try 2" in result.summary()


# ------------------------------------------------------------------ sort questions


def sort_key(tmp_path: Path, answer: dict | None = None) -> Path:
    text = f"""kind: exercise
id: ex99_sort
title: Sort statements
topic: need_levels
questions:
  - id: q1
    type: sort
    points: 4
    prompt: Which need level does each statement express?
    options: [product, service]
    items:
      - {{id: a, text: "Does it print double-sided?"}}
      - {{id: b, text: "Can you install it on Friday?"}}
      - {{id: c, text: "What does a page cost?"}}
      - {{id: d, text: "Will you train our staff?"}}
    answer: {json.dumps(answer or {"a": "product", "b": "service", "c": "product", "d": "service"})}
    hint: Is it about the machine itself, or something done for the customer?
    explanation: Features and cost are the product; installing and training are services.
"""
    path = tmp_path / "ex99_sort.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_sort_question_is_marked_item_by_item_with_the_key_hidden_at_first(tmp_path):
    from coursekit.exercises.key import load_key as load

    key = load("ex99_sort", key_dir=sort_key(tmp_path).parent)
    state = ExerciseState(key)
    q = state["q1"]
    assert q.check({"a": "product", "b": "service"}).status == "blank"  # every statement needs a category
    said = q.check({"a": "product", "b": "product", "c": "product", "d": "service"})
    assert said.status == "partial" and "3 of 4" in said.text and "machine itself" in said.text
    assert "→" not in said.text  # which one is wrong is not said yet
    said = q.check({"a": "product", "b": "service", "c": "product", "d": "service"})
    assert said.status == "correct" and (q.first_score, q.final_score) == (3.0, 4.0)


def test_a_sort_key_needs_two_items_per_category(tmp_path):
    from coursekit.schema import validate_file

    problems = validate_file(sort_key(tmp_path, {"a": "product", "b": "service", "c": "product", "d": "product"}))
    assert any("at least two items" in p.message for p in problems)
    assert validate_file(sort_key(tmp_path)) == []


# ------------------------------------------------------------------ widget views, headless


def test_question_views_check_reveal_and_keep_a_record(monkeypatch):
    from coursekit.widgets import exercise

    updates = []
    monkeypatch.setattr("IPython.display.update_display",
                        lambda obj, display_id, raw=False: updates.append((display_id, obj)))
    view = exercise.QuestionView(EX, "q1")
    view.input.radio.value = "product"
    view.check_button.click()
    assert "ck-wrong" in view.feedback._dom_classes and "Hint:" in view.feedback.value
    view.input.radio.value = "service"
    view.check_button.click()
    assert "ck-correct" in view.feedback._dom_classes and view.check_button.disabled
    display_id, bundle = updates[-1]
    assert display_id == view.display_id
    assert bundle[RECORD_MIME]["tries"] == ["product", "service"]
    summary = exercise.SummaryView(EX)
    assert "Your score: 1 of 11 points" in summary.html.value
    reveal = exercise.QuestionView(EX, "q2")
    reveal.reveal_button.click()
    assert "The answer: product" in reveal.feedback.value and reveal.input.radio.disabled
    assert "1 of 11 points" in summary.html.value


def test_every_question_type_has_a_view_and_markup_is_escaped(monkeypatch):
    from coursekit.widgets import exercise

    monkeypatch.setattr("IPython.display.update_display", lambda *a, **k: None)
    for exercise_id in ("ex01_need_levels", "ex04_questioning", "ex05_expectations", "ex06_objections"):
        for question in load_key(exercise_id).questions:
            view = exercise.QuestionView(exercise_id, question.id)
            assert view.input.value() in (None, "", [], {})
    view = exercise.QuestionView(EX, "q8")
    view.input.text.value = "<img src=x onerror=alert(1)> what about repairs?"
    view.check_button.click()
    assert "<img" not in view.feedback.value


def test_a_named_trainee_is_recorded_with_first_and_final_scores(tmp_path, monkeypatch):
    from coursekit.gradebook import Gradebook
    from coursekit.widgets import exercise

    db = tmp_path / "book.sqlite3"
    monkeypatch.setenv("COURSEKIT_DB", str(db))
    monkeypatch.setattr("IPython.display.update_display", lambda *a, **k: None)
    start = exercise.StartView(EX)
    start.name.value = "Ana Souza"
    view = exercise.QuestionView(EX, "q1")
    view.input.radio.value = "product"
    view.check_button.click()
    view.input.radio.value = "service"
    view.check_button.click()
    assert "Saved to the gradebook for Ana Souza" in view.note.value
    with Gradebook.open(db, create=False) as book:
        best = max(book.attempts(), key=lambda a: a.score)
    assert best.trainee == "Ana Souza" and best.score == 1.0 and best.detail["q1"]["first_score"] == 0.0


def test_without_a_name_nothing_is_recorded(tmp_path, monkeypatch):
    from coursekit.widgets import exercise

    monkeypatch.setenv("COURSEKIT_DB", str(tmp_path / "book.sqlite3"))
    monkeypatch.setattr("IPython.display.update_display", lambda *a, **k: None)
    view = exercise.QuestionView(EX, "q1")
    view.input.radio.value = "service"
    view.check_button.click()
    assert not (tmp_path / "book.sqlite3").exists() and view.note.value == ""


def test_any_cell_runs_on_its_own_in_a_fresh_kernel():
    from coursekit.widgets import exercise

    assert "0 of 11 points" in exercise.summary(EX).html.value  # the last cell alone
    assert "cannot" in exercise.summary("ex77_missing").data
    assert "cannot be opened" in exercise.start("../etc").data


def test_a_fresh_kernel_reloads_the_saved_answers(tmp_path, monkeypatch):
    from coursekit.widgets import exercise

    path = tmp_path / f"{EX}.ipynb"
    path.write_text(json.dumps(answered({"q1": ["product", "service"], "q6": [["b", "d"]]})), encoding="utf-8")
    monkeypatch.setenv("JPY_SESSION_NAME", str(path))
    state = exercise.exercise_state(EX)
    assert state["q1"].closed and state["q1"].first_score == 0 and state["q6"].final_score == 2
    view = exercise.QuestionView(EX, "q1")
    assert view.input.radio.value == "service" and view.check_button.disabled


# ------------------------------------------------------------------ saved notebooks, graded statically


def answered(tries: dict[str, list], revealed: dict[str, bool] | None = None) -> dict:
    """The exercise notebook as JupyterLab saves it after these tries."""
    nb = make_notebook(EX, solution=False)
    for cell in nb["cells"]:
        question = cell["metadata"].get("coursekit", {}).get("question")
        if question in tries:
            record = {"exercise": EX, "question": question, "tries": tries[question],
                      "revealed": bool((revealed or {}).get(question)), "version": 1}
            cell["outputs"] = [{"output_type": "display_data", "metadata": {},
                                "data": {"text/plain": "(answer record)", RECORD_MIME: record}}]
    return nb


def save(tmp_path: Path, nb: dict) -> Path:
    path = tmp_path / f"{EX}.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    return path


def test_static_grading_gives_the_score_the_widgets_showed(tmp_path):
    state = ExerciseState(EX)
    plays = {"q1": ["product", "service"], "q3": ["service", "product"], "q6": [["b"], ["b", "d"]],
             "q8": ["Do you want our premium machine?", "How do you handle repairs today?"]}
    for qid, answers in plays.items():
        for answer in answers:
            state[qid].check(answer)
    state["q7"].reveal()
    shown = state.result()
    graded = grade_notebook(save(tmp_path, answered({q: [a for a, _ in s.tries] for q, s in state.questions.items()
                                                     if s.tries}, {"q7": True})))
    assert graded.score == shown.score and graded.first_score == shown.first_score
    assert [q.score for q in graded.questions] == [q.score for q in shown.questions]


def test_a_notebook_never_answered_grades_zero_and_the_solution_full_marks(tmp_path):
    assert grade_notebook(save(tmp_path, make_notebook(EX, solution=False))).score == 0
    assert grade_notebook(save(tmp_path, make_notebook(EX, solution=True))).complete


@pytest.mark.parametrize("record, reason", [
    ("not a record", "not readable"),
    ({"exercise": EX, "question": "q2", "tries": ["service"]}, "another question"),
    ({"exercise": "ex02_temperaments", "question": "q1", "tries": ["service"]}, "another question"),
    ({"exercise": EX, "question": "q1", "tries": "service"}, "no list of tries"),
    ({"exercise": EX, "question": "q1", "tries": ["x" * 30_000]}, "too long"),
])
def test_a_tampered_record_is_a_sentence_and_the_others_still_grade(tmp_path, record, reason):
    nb = answered({"q1": ["service"], "q2": ["product"]})
    for cell in nb["cells"]:
        if cell["metadata"].get("coursekit", {}).get("question") == "q1":
            cell["outputs"][0]["data"][RECORD_MIME] = record
    result = grade_notebook(save(tmp_path, nb))
    assert result["q1"].status == "wrong" and reason in result["q1"].feedback
    assert result["q2"].status == "correct" and result.score == 1


def test_a_record_stored_as_json_text_is_read(tmp_path):
    nb = answered({"q1": ["service"]})
    for cell in nb["cells"]:
        if cell["metadata"].get("coursekit", {}).get("question") == "q1":
            data = cell["outputs"][0]["data"]
            data[RECORD_MIME] = json.dumps(data[RECORD_MIME])
    assert grade_notebook(save(tmp_path, nb))["q1"].status == "correct"


def test_an_old_typed_notebook_still_grades_and_a_broken_answer_is_a_sentence(tmp_path):
    from coursekit.exercises.build import typed_notebook

    nb = typed_notebook(EX, solution=False)
    for cell in nb["cells"]:
        question = cell["metadata"].get("coursekit", {}).get("question")
        if question == "q1":
            cell["source"] = 'q1 = "service'  # a missing quote
        elif question == "q2":
            cell["source"] = 'q2 = "product"'
    result = grade_notebook(save(tmp_path, nb))
    assert result["q1"].status == "wrong" and "syntax error" in result["q1"].feedback
    assert result["q2"].status == "correct" and result.first_score is None


# ------------------------------------------------------------------ nbgrader compatibility


@pytest.mark.parametrize("solution", [False, True])
def test_widget_notebooks_carry_valid_nbgrader_metadata(solution):
    nb = make_notebook(EX, solution=solution)
    meta = [c["metadata"]["nbgrader"] for c in nb["cells"] if "nbgrader" in c["metadata"]]
    assert len(meta) == len(load_key(EX).questions)
    assert all(GRADE_ID.match(m["grade_id"]) for m in meta)
    assert not any(m["grade"] and m["solution"] for m in meta)
    assert len({m["grade_id"] for m in meta}) == len(meta)
    import nbformat

    nbformat.validate(nbformat.from_dict(copy.deepcopy(nb)))
    assert not any("q1 =" in "".join(c["source"]) for c in nb["cells"])  # no Python to type


def test_sort_and_order_views_read_what_the_trainee_chose(tmp_path, monkeypatch):
    from coursekit.exercises.key import ExerciseKey, Question
    from coursekit.exercises.key import load_key as load
    from coursekit.widgets import exercise

    monkeypatch.setattr("IPython.display.update_display", lambda *a, **k: None)
    key = load("ex99_sort", key_dir=sort_key(tmp_path).parent)
    exercise._STATES["ex99_sort"] = ExerciseState(key)
    view = exercise.QuestionView("ex99_sort", "q1")
    assert len(view.input.drops) == 4
    for item, drop in view.input.drops.items():
        drop.value = key.question("q1").answer[item]
    view.check_button.click()
    assert "ck-correct" in view.feedback._dom_classes

    order = Question(id="q1", prompt="Put them in order.", type="order", points=2, answer=["a", "b", "c"],
                     explanation="", topic="need_levels", options=("a", "b", "c"))
    exercise._STATES["ex98_order"] = ExerciseState(ExerciseKey("ex98_order", "Order", "need_levels", (order,)))
    view = exercise.QuestionView("ex98_order", "q1")
    view.input.slots[0].value = "a"
    view.check_button.click()
    assert view.feedback.value.count("Put an item in every position") == 1  # incomplete: not a try
    for slot, item in zip(view.input.slots, ["a", "c", "b"]):
        slot.value = item
    view.check_button.click()
    assert "ck-partial" in view.feedback._dom_classes and "Hint:" in view.feedback.value
    assert "comes before" not in view.feedback.value  # the first try does not give the order away
