"""The pre-test (lesson 00) and the final check (lesson 10) answered by clicking in Voila,
with a named trainee, reach the class report as a gain."""
from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.xdist_group("browser-voila")

#: First render: Voila starts a kernel and runs the whole lesson.
RENDER_TIMEOUT_MS = 90_000

TRAINEE = "Browser Pre Post"


def _take(page, voila_server, notebook: str, test_id: str, right: int) -> None:
    from playwright.sync_api import expect

    from coursekit.lessons.assessment import questions

    page.goto(f"{voila_server.base_url}/voila/render/course/{notebook}")
    submit = page.get_by_role("button", name=re.compile(r"Submit my answers$"))
    expect(submit).to_be_visible(timeout=RENDER_TIMEOUT_MS)
    form = page.locator(".widget-vbox").filter(has=submit).last
    form.get_by_role("textbox", name="Your name").fill(TRAINEE)
    items = questions(test_id)
    for number, item in enumerate(items, start=1):
        block = form.locator(".widget-vbox").filter(has_text=f"{number}. {item.question.prompt}").last
        wrong = next(o for o in item.question.options if o != item.question.answer)
        block.get_by_role("radio", name=item.question.answer if number <= right else wrong, exact=True).check()
    submit.click()
    expect(form).to_contain_text(f"{right} of {len(items)} right")
    expect(form).to_contain_text(f"Saved to the class gradebook for {TRAINEE}")


def test_pre_test_and_final_check_in_the_app_reach_the_report(voila_server, page, shot):
    from coursekit.gradebook.report import class_report

    _take(page, voila_server, "00_start_here.ipynb", "pretest", 3)
    _take(page, voila_server, "10_final_check.ipynb", "posttest", 9)
    shot(page, "final-check-submitted")
    report = class_report(voila_server.env["COURSEKIT_DB"], trainee=TRAINEE)
    assert [(r.pretest, r.posttest, r.gain) for r in report.gains] == [(25.0, 75.0, 50.0)]
