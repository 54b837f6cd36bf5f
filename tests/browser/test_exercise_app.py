"""An exercise in the classroom app (`python3 course.py app`, Voila): reached from its lesson's
link, answered by clicking by a named trainee (a wrong answer, a hint, a retry, the key
shown), and found in `coursekit report` with the first-try and the final score.

The app serves a temp copy of lesson 01 with the exercise notebooks beside it, as the
course folder has them (`notebooks/`, `exercises/`).
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from conftest import ROOT, Server, jupyter_environment, start_server

pytestmark = pytest.mark.xdist_group("browser-classroom")

LESSON = "01_five_need_levels.ipynb"
EXERCISE_ID = "ex01_need_levels"
TRAINEE = "Ana Voila"
#: First render: Voila starts a kernel and runs the whole lesson.
RENDER_TIMEOUT_MS = 90_000


@pytest.fixture(scope="module")
def app_with_exercises(artifacts: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    import importlib.util

    base = tmp_path_factory.mktemp("exercise-app")
    (base / "notebooks").mkdir()
    shutil.copy(ROOT / "notebooks" / LESSON, base / "notebooks" / LESSON)
    shutil.copytree(ROOT / "exercises", base / "exercises")
    shutil.copytree(ROOT / "solutions", base / "solutions")  # beside, and never served
    spec = importlib.util.spec_from_file_location("coursekit_course_for_exercises", ROOT / "course.py")
    course = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(course)
    env = jupyter_environment(base)
    env.pop("COURSEKIT_TRAINEE", None)  # the trainee types a name

    def command(port: int) -> list[str]:
        return course.app_command(base / "notebooks", [
            f"--port={port}", "--Voila.ip=127.0.0.1", "--Voila.port_retries=0",
            "--Voila.open_browser=False", "--Voila.token=", "--Voila.auto_token=False", "--pool=0"])

    server = start_server("exercise-app", command, env, base / "notebooks", "/coursekit-readiness-probe")
    server.gradebook = Path(env["COURSEKIT_DB"])
    try:
        yield server
    finally:
        server.stop()


def report(server: Server) -> dict:
    done = subprocess.run([sys.executable, "-m", "coursekit", "report", "--db", str(server.gradebook), "--json"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_lesson_links_to_its_exercise_and_a_named_trainee_lands_in_the_report(
        app_with_exercises, page, shot):
    from playwright.sync_api import expect

    from coursekit.exercises import load_key

    server = app_with_exercises
    page.goto(f"{server.base_url}/voila/render/{LESSON}")
    link = page.get_by_role("link", name=EXERCISE_ID, exact=True).last
    expect(link).to_be_visible(timeout=RENDER_TIMEOUT_MS)
    link.click()
    expect(page).to_have_url(re.compile(rf"/voila/exercises/{EXERCISE_ID}\.ipynb$"))
    questions = page.locator(".coursekit-exercise-question")
    expect(questions).to_have_count(len(load_key(EXERCISE_ID).questions), timeout=RENDER_TIMEOUT_MS)
    expect(page.get_by_text("from coursekit.widgets.exercise import")).to_have_count(0)  # code hidden

    name = page.locator(".coursekit-ex-name input")
    name.fill(TRAINEE)
    name.press("Tab")
    expect(page.locator(".coursekit-exercise-start")).to_contain_text(f"saved to the gradebook for {TRAINEE}")

    # q1: wrong, a hint and a retry; wrong again: the key shows and the question closes.
    q1 = questions.nth(0)
    feedback = q1.locator(".coursekit-ex-feedback")
    q1.get_by_role("radio", name="product", exact=True).check()
    q1.locator(".coursekit-ex-check").click()
    expect(feedback).to_contain_text("Hint:")
    expect(feedback).not_to_contain_text("The answer:")
    q1.get_by_role("radio", name="experience", exact=True).check()
    q1.locator(".coursekit-ex-check").click()
    expect(feedback).to_contain_text("The answer: service")
    expect(q1.get_by_role("radio", name="service", exact=True)).to_be_disabled()
    shot.element(q1, "key-after-two-tries")

    # q2: right at the first try; q3: wrong, then right at the retry; q7: the key on request.
    q2 = questions.nth(1)
    q2.get_by_role("radio", name="product", exact=True).check()
    q2.locator(".coursekit-ex-check").click()
    expect(q2.locator(".coursekit-ex-feedback")).to_have_class(re.compile(r"\bck-correct\b"))
    q3 = questions.nth(2)
    q3.get_by_role("radio", name="service", exact=True).check()
    q3.locator(".coursekit-ex-check").click()
    expect(q3.locator(".coursekit-ex-feedback")).to_contain_text("Hint:")
    q3.get_by_role("radio", name="experience", exact=True).check()
    q3.locator(".coursekit-ex-check").click()
    expect(q3.locator(".coursekit-ex-feedback")).to_have_class(re.compile(r"\bck-correct\b"))
    q7 = questions.nth(6)
    q7.locator(".coursekit-ex-reveal").click()
    expect(q7.locator(".coursekit-ex-feedback")).to_contain_text("The answer: c:")
    expect(q7.locator(".coursekit-ex-check")).to_be_disabled()

    summary = page.locator(".coursekit-exercise-summary")
    expect(summary).to_contain_text("Your score: 2 of 11 points (first tries: 1)")
    expect(q3.locator(".coursekit-ex-note")).to_contain_text(f"Saved to the gradebook for {TRAINEE}")
    summary.scroll_into_view_if_needed()
    shot(page, "answered")

    found = report(server)
    rows = [r for r in found["trainees"] if r["trainee"] == TRAINEE]
    assert rows, found
    assert rows[0]["score"] == 2 and rows[0]["max_score"] == 11 and rows[0]["first_try_score"] == 1
    assert [i["item"] for i in found["items"]] == [EXERCISE_ID]


def test_solutions_and_other_files_are_not_served_as_exercise_pages(app_with_exercises, page):
    for path in ("../solutions/ex01_need_levels.ipynb", "..%2Fsolutions%2Fex01_need_levels.ipynb",
                 "missing.ipynb"):
        response = page.goto(f"{app_with_exercises.base_url}/voila/exercises/{path}")
        assert response is not None and response.status == 404, path
