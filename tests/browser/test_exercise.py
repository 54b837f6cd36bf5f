"""A trainee fills in an exercise in JupyterLab and reads the check cell's feedback;
trainee text in coursekit's HTML outputs is never typeset by JupyterLab's MathJax.

JupyterLab serves a temp folder holding a COPY of exercises/ex01_need_levels.ipynb; the
repository's file is never opened by the server (the test checks its bytes afterwards).
"""
from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.xdist_group("browser-lab")

ROOT = Path(__file__).resolve().parents[2]
EXERCISE_ID = "ex01_need_levels"
EXERCISE = ROOT / "exercises" / f"{EXERCISE_ID}.ipynb"

#: First render of the notebook: JupyterLab loads and starts a kernel.
OPEN_TIMEOUT_MS = 60_000
#: Running every cell of the exercise and showing the check cell's output.
RUN_TIMEOUT_MS = 60_000

SCRIPT_ANSWER = "<b>bold</b><script>window.__coursekitXss = 1</script>"
OPEN_QUESTION = "What happens on your side today when a machine breaks down and needs a repair?"


@pytest.fixture(scope="module")
def exercise_copy(lab_root: Path) -> Path:
    if not EXERCISE.exists():
        pytest.fail(f"{EXERCISE.relative_to(ROOT)} is missing: build it with "
                    f"`.venv/bin/python -m coursekit.exercises.build {EXERCISE_ID}`", pytrace=False)
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


def answer(page, question_id: str, code: str) -> None:
    """Replace the answer cell `<question_id> = ...` with `code`, typing like a trainee."""
    from playwright.sync_api import expect

    cells = page.locator(".jp-Notebook .jp-CodeCell")
    texts = cells.locator(".cm-content").all_inner_texts()
    assignment = re.compile(rf"^{re.escape(question_id)}\s*=")
    starts = [i for i, text in enumerate(texts) if assignment.match(text)]
    assert starts, f"no answer cell assigning {question_id} among {texts}"
    editor = cells.nth(starts[0]).locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.type(code)
    expect(editor).to_have_text(code)


def run_all_cells(page, times_run: int) -> None:
    """Run > Run All Cells from the menu bar; wait until the check cell has run.

    The notebook may hold stored outputs (and prompts) from when it was built, so
    "the check cell ran" is read from its prompt: in this test's fresh kernel the n-th
    Run All leaves the last code cell at [n × number of code cells].
    """
    from playwright.sync_api import expect

    cells = page.locator(".jp-Notebook .jp-CodeCell")
    expected = f"[{times_run * cells.count()}]:"
    page.get_by_role("menuitem", name="Run", exact=True).click()
    item = page.get_by_role("menuitem", name="Run All Cells", exact=True)
    expect(item).to_be_visible()
    item.click()
    expect(item).to_be_hidden()
    expect(cells.last.locator(".jp-InputPrompt")).to_have_text(expected, timeout=RUN_TIMEOUT_MS)


def result_row(result, question_id: str):
    return result.locator("tbody tr").filter(
        has=result.page.locator("td b", has_text=re.compile(rf"^{re.escape(question_id)}$"))
    )


def test_exercise_answers_get_feedback(lab_server, exercise_copy, page, shot):
    from playwright.sync_api import expect

    from coursekit.exercises.key import load_key

    points = {question.id: question.points for question in load_key(EXERCISE_ID).questions}
    total = sum(points.values())
    repo_digest = hashlib.sha256(EXERCISE.read_bytes()).hexdigest()
    open_notebook(page, lab_server, exercise_copy.name)
    shot(page, "opened")

    answer(page, "q1", 'q1 = "service"')
    answer(page, "q2", f'q2 = "{SCRIPT_ANSWER}"')
    answer(page, "q8", f'q8 = "{OPEN_QUESTION}"')
    run_all_cells(page, times_run=1)

    result = page.locator(".jp-OutputArea-output .coursekit-exercise-result")
    expect(result).to_have_count(1)
    expect(result_row(result, "q1")).to_have_class(re.compile(r"\bck-correct\b"))
    expect(result_row(result, "q8")).to_have_class(re.compile(r"\bck-correct\b"))
    expect(result_row(result, "q3")).to_have_class(re.compile(r"\bck-unanswered\b"))
    q2 = result_row(result, "q2")
    expect(q2).to_have_class(re.compile(r"\bck-wrong\b"))
    expect(result).to_contain_text(f"{points['q1'] + points['q8']} of {total} points")
    # The <script> answer is shown as text, never run or parsed as markup.
    expect(q2.locator("code")).to_contain_text(SCRIPT_ANSWER)
    assert result.locator("script").count() == 0
    assert q2.locator("code b").count() == 0
    assert page.evaluate("typeof window.__coursekitXss") == "undefined"
    result.scroll_into_view_if_needed()
    shot(page, "feedback")
    shot.element(result, "feedback-table")

    # Change an answer and check again: the feedback follows.
    answer(page, "q2", 'q2 = "product"')
    run_all_cells(page, times_run=2)
    expect(result_row(result, "q2")).to_have_class(re.compile(r"\bck-correct\b"))
    expect(result).to_contain_text(
        f"{points['q1'] + points['q2'] + points['q8']} of {total} points")
    result.scroll_into_view_if_needed()
    shot(page, "checked-again")

    assert hashlib.sha256(EXERCISE.read_bytes()).hexdigest() == repo_digest


def test_trainee_text_written_in_latex_is_never_typeset(lab_server, lab_root, page, shot):
    """MathJax typesets HTML outputs in JupyterLab: a trainee's `$...$` in a report stays text."""
    import json

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
