"""A trainee does an exercise in JupyterLab by clicking, saves it, and `coursekit grade`
gives the score the widgets showed; trainee text in coursekit's HTML outputs is never
typeset by JupyterLab's MathJax.

JupyterLab serves a temp folder holding a COPY of exercises/ex01_need_levels.ipynb; the
repository's file is never opened by the server (the test checks its bytes afterwards).
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.xdist_group("browser-lab")

ROOT = Path(__file__).resolve().parents[2]
EXERCISE_ID = "ex01_need_levels"
EXERCISE = ROOT / "exercises" / f"{EXERCISE_ID}.ipynb"

#: First render of the notebook: JupyterLab loads and starts a kernel.
OPEN_TIMEOUT_MS = 60_000
#: Running every cell of the exercise and showing the widgets.
RUN_TIMEOUT_MS = 60_000
#: Longest wait for the saved file to hold the answers, seconds.
SAVE_WITHIN = 30

SCRIPT_ANSWER = "<b>bold</b><script>window.__coursekitXss = 1</script> What happens when it breaks?"
OPEN_QUESTION = "What happens on your side today when a machine breaks down and needs a repair?"


@pytest.fixture(scope="module")
def exercise_copy(lab_root: Path) -> Path:
    if not EXERCISE.exists():
        pytest.fail(f"{EXERCISE.relative_to(ROOT)} is missing: build it with "
                    f"`.venv/bin/python tools/build_notebooks.py --exercises {EXERCISE_ID}`", pytrace=False)
    target = lab_root / EXERCISE.name
    shutil.copyfile(EXERCISE, target)
    return target


def open_notebook(page, server, name: str) -> None:
    """Open a notebook in JupyterLab and wait for its kernel to be idle."""
    from playwright.sync_api import expect

    page.goto(f"{server.base_url}/lab/tree/{name}")
    expect(page.locator(".jp-NotebookPanel .jp-Notebook .jp-CodeCell").first).to_be_visible(
        timeout=OPEN_TIMEOUT_MS)
    # The status bar names the kernel once it has started and answered.
    expect(page.locator(".jp-StatusBar-Widget").get_by_text(
        re.compile(r"^Python 3 \(ipykernel\) \| Idle$"))).to_be_visible(timeout=OPEN_TIMEOUT_MS)


def run_all_cells(page, times_run: int | None = None) -> None:
    """Run > Run All Cells from the menu bar; with `times_run`, wait until the last cell ran.

    The notebook may hold stored outputs (and prompts) from when it was built, so "the last
    cell ran" is read from its prompt: in a fresh kernel the n-th Run All leaves the last
    code cell at [n × number of code cells].
    """
    from playwright.sync_api import expect

    cells = page.locator(".jp-Notebook .jp-CodeCell")
    page.get_by_role("menuitem", name="Run", exact=True).click()
    item = page.get_by_role("menuitem", name="Run All Cells", exact=True)
    expect(item).to_be_visible()
    item.click()
    expect(item).to_be_hidden()
    if times_run is not None:
        expected = f"[{times_run * cells.count()}]:"
        expect(cells.last.locator(".jp-InputPrompt")).to_have_text(expected, timeout=RUN_TIMEOUT_MS)


def answer_by_clicking(page, option: str, number: int = 1) -> str:
    """Choose an option of the n-th question and press Check; returns the feedback's status class."""
    from playwright.sync_api import expect

    view = question(page, number)
    expect(view).to_be_visible(timeout=RUN_TIMEOUT_MS)
    view.get_by_role("radio", name=option, exact=True).check()
    check(view)
    feedback = view.locator(".coursekit-ex-feedback")
    expect(feedback).to_have_class(re.compile(r"\bck-(correct|partial|wrong)\b"))
    return re.search(r"\bck-(\w+)\b", feedback.get_attribute("class") or "").group(1)


def question(page, number: int):
    """The widget of the n-th question (1-based)."""
    return page.locator(".coursekit-exercise-question").nth(number - 1)


def check(view) -> None:
    view.locator(".coursekit-ex-check").click()


def type_answer(box, text: str) -> None:
    """Type into a text box; ipywidgets sends a model's changes one message at a time, so
    give the value a moment to reach the kernel before the Check click (a person types slower)."""
    box.fill(text)
    box.press("End")
    box.page.wait_for_timeout(1000)


def save(page) -> None:
    """File > Save Notebook from the menu bar (what a trainee does, or Ctrl+S)."""
    from playwright.sync_api import expect

    page.get_by_role("menuitem", name="File", exact=True).click()
    item = page.locator("li.lm-Menu-item[data-command='docmanager:save']")
    expect(item).to_be_visible()
    item.click()
    expect(item).to_be_hidden()


def grade(folder: Path) -> dict[str, str]:
    """`coursekit grade` on a folder of trainee folders; the one CSV row, as a dict."""
    import csv
    import io

    done = subprocess.run([sys.executable, "-m", "coursekit", "grade", str(folder), "--no-record"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert len(rows) == 1, done.stdout
    return rows[0]


def test_an_exercise_done_by_clicking_is_saved_and_graded_with_the_same_score(
        lab_server, exercise_copy, page, shot, tmp_path):
    from playwright.sync_api import expect

    from coursekit.exercises import ExerciseState, grade_notebook
    from coursekit.widgets.exercise import points_text as points

    repo_digest = hashlib.sha256(EXERCISE.read_bytes()).hexdigest()
    open_notebook(page, lab_server, exercise_copy.name)
    run_all_cells(page)
    expect(page.locator(".coursekit-exercise-question")).to_have_count(8, timeout=RUN_TIMEOUT_MS)
    shot(page, "opened")

    # q1: a wrong first try gets a hint and a retry; the retry is right.
    q1 = question(page, 1)
    q1.get_by_role("radio", name="product", exact=True).check()
    check(q1)
    feedback = q1.locator(".coursekit-ex-feedback")
    expect(feedback).to_have_class(re.compile(r"\bck-wrong\b"))
    expect(feedback).to_contain_text("Hint:")
    expect(feedback).not_to_contain_text("The answer:")
    q1.get_by_role("radio", name="service", exact=True).check()
    check(q1)
    expect(feedback).to_have_class(re.compile(r"\bck-correct\b"))
    expect(q1.locator(".coursekit-ex-check")).to_be_disabled()

    # q2: the key on request.
    q2 = question(page, 2)
    q2.locator(".coursekit-ex-reveal").click()
    expect(q2.locator(".coursekit-ex-feedback")).to_contain_text("The answer: product")

    # q6 (several options): right at once.
    q6 = question(page, 6)
    for option in ("b", "d"):
        q6.get_by_role("checkbox", name=re.compile(rf"^{option}:")).check()
    check(q6)
    expect(q6.locator(".coursekit-ex-feedback")).to_have_class(re.compile(r"\bck-correct\b"))

    # q8 (free text): markup typed by the trainee stays text; then a good question.
    q8 = question(page, 8)
    box = q8.locator("textarea")
    type_answer(box, SCRIPT_ANSWER)
    check(q8)
    expect(q8.locator(".coursekit-ex-feedback")).not_to_be_empty()
    assert q8.locator(".coursekit-ex-feedback b").count() == 1  # only our own bold status word
    assert page.evaluate("typeof window.__coursekitXss") == "undefined"
    expect(q8.locator(".coursekit-ex-feedback")).to_contain_text("Hint:")  # a question, but no service need
    type_answer(box, OPEN_QUESTION)
    check(q8)
    expect(q8.locator(".coursekit-ex-feedback")).to_have_class(re.compile(r"\bck-correct\b"))

    # q1 0 then 1, q2 shown (0), q6 2, q8 partly right (the markup is no question) then 2
    state = ExerciseState(EXERCISE_ID)
    for qid, answers in (("q1", ["product", "service"]), ("q6", [["b", "d"]]), ("q8", [SCRIPT_ANSWER, OPEN_QUESTION])):
        for given in answers:
            state[qid].check(given)
    expected = state.result()
    score, first = expected.score, expected.first_score
    summary = page.locator(".coursekit-exercise-summary")
    expect(summary).to_contain_text(f"Your score: {points(score)} of 11 points (first tries: {points(first)})")
    assert score == 5 and first < score
    summary.scroll_into_view_if_needed()
    shot(page, "answered")

    save(page)
    deadline = time.monotonic() + SAVE_WITHIN
    while saved_score(exercise_copy) != score:
        assert time.monotonic() < deadline, (f"the saved notebook does not hold the answers ({score}):\n"
                                             f"{grade_notebook(exercise_copy)}")
        time.sleep(0.5)

    submitted = tmp_path / "submitted" / "ana"
    submitted.mkdir(parents=True)
    shutil.copyfile(exercise_copy, submitted / exercise_copy.name)
    row = grade(submitted.parent)
    assert float(row["score"]) == score and row["exercise"] == EXERCISE_ID
    assert float(row[f"{EXERCISE_ID}.q1"]) == 1.0 and float(row[f"{EXERCISE_ID}.q2"]) == 0.0
    result = grade_notebook(exercise_copy)
    assert result.first_score == first
    assert hashlib.sha256(EXERCISE.read_bytes()).hexdigest() == repo_digest

    # A fresh kernel reloads the saved answers: running everything again keeps them.
    page.get_by_role("menuitem", name="Kernel", exact=True).click()
    page.get_by_role("menuitem", name=re.compile(r"^Restart Kernel and Run All Cells")).click()
    page.get_by_role("button", name="Confirm Kernel Restart").click()
    expect(question(page, 1).locator(".coursekit-ex-feedback")).to_have_class(
        re.compile(r"\bck-correct\b"), timeout=RUN_TIMEOUT_MS)
    expect(summary).to_contain_text(f"Your score: {points(score)} of 11")
    # the widgets rewrite their answer record once the re-run has restored them: save until it is in
    deadline = time.monotonic() + SAVE_WITHIN
    while True:
        save(page)
        if saved_score(exercise_copy) == score:
            break
        assert time.monotonic() < deadline, (f"after a restart the saved notebook lost the answers ({score}):\n"
                                             f"{grade_notebook(exercise_copy)}")
        time.sleep(1)
    stored = saved_notebook(exercise_copy)
    assert stored["metadata"]["coursekit"]["exercise"] == EXERCISE_ID


def saved_notebook(path: Path, within: float = SAVE_WITHIN) -> dict:
    """The notebook JupyterLab saved, read once it is whole (a save may be writing it right now)."""
    deadline = time.monotonic() + within
    while True:
        try:
            return json.loads(path.read_text())
        except json.JSONDecodeError:
            assert time.monotonic() < deadline, f"{path.name} stayed half written"
            time.sleep(0.2)


def saved_score(path: Path) -> float | None:
    """The graded score of a notebook JupyterLab is saving (None while the file is half written)."""
    from coursekit.exercises import grade_notebook
    from coursekit.exercises.notebook import NotebookError

    try:
        return grade_notebook(path).score
    except NotebookError:
        return None


def test_trainee_text_written_in_latex_is_never_typeset(lab_server, lab_root, page, shot):
    """MathJax typesets HTML outputs in JupyterLab: a trainee's `$...$` in a report stays text."""
    from playwright.sync_api import expect

    source = ('from coursekit.gradebook.book import Attempt\n'
              'from coursekit.gradebook.report import build_report\n'
              'part = {"q1": {"score": 1, "max_score": 2, "topic": "service"}}\n'
              'build_report([Attempt("$x^2$ and \\\\(y\\\\)", "ex01", "exercise", 1, 2, part, "2024-03-04T09:00:00Z")])')
    notebook = {"cells": [{"cell_type": "code", "execution_count": None, "id": "report", "metadata": {},
                           "outputs": [], "source": source}],
                "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                                            "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    (lab_root / "latex_names.ipynb").write_text(json.dumps(notebook))
    open_notebook(page, lab_server, "latex_names.ipynb?reset")  # ?reset: only this notebook open
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    report = page.locator(".jp-OutputArea-output .coursekit-report")
    expect(report).to_contain_text("$x^2$ and \\(y\\)", timeout=RUN_TIMEOUT_MS)
    page.wait_for_timeout(3000)  # MathJax typesets a moment after the output appears
    assert report.locator("mjx-container, .MathJax").count() == 0
    shot.element(report, "latex-name")
