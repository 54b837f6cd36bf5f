"""Smoke test: Voila serves a widget notebook and Chromium talks to its kernel."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.xdist_group("browser-voila")

#: First render: Voila starts a kernel and runs the notebook.
RENDER_TIMEOUT_MS = 60_000


def test_voila_renders_a_live_widget(voila_server, page, shot):
    from playwright.sync_api import expect

    page.goto(f"{voila_server.base_url}/voila/render/smoke.ipynb")
    button = page.locator(".smoke-button")
    expect(button).to_be_visible(timeout=RENDER_TIMEOUT_MS)
    expect(page.locator(".smoke-label")).to_have_text("coursekit ready, clicks: 0")
    button.click()
    expect(page.locator(".smoke-label")).to_have_text("coursekit ready, clicks: 1")
    shot(page, "clicked")


def test_start_here_renders_and_its_check_answers(voila_server, page, shot):
    """The course's first page as an app: text shown, code hidden, a quiz that marks."""
    from playwright.sync_api import expect

    page.goto(f"{voila_server.base_url}/voila/render/course/00_start_here.ipynb")
    expect(page.get_by_role("heading", name="00 · Start here")).to_be_visible(
        timeout=RENDER_TIMEOUT_MS)
    answer = page.get_by_role("radio", name="You get a hint and one more try")
    expect(answer).to_be_visible(timeout=RENDER_TIMEOUT_MS)
    expect(page.get_by_text("from coursekit import lessons")).to_have_count(0)  # code hidden
    answer.check()
    quiz = page.locator(".widget-vbox").filter(has=answer).last
    quiz.get_by_role("button", name="Check").click()
    expect(quiz).to_contain_text("Right.")
    quiz.scroll_into_view_if_needed()
    shot(page, "checked")
