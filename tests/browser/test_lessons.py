"""Course notebooks as apps (Voila): a lesson's sorting check and the capstone's simulations."""
from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.xdist_group("browser-voila")

#: First render: Voila starts a kernel and runs the whole lesson.
RENDER_TIMEOUT_MS = 90_000


def test_lesson_01_sorting_check_marks_the_statements(voila_server, page, shot):
    """Sort lesson 01's statements (one on purpose wrong), press the button, read the marks."""
    from playwright.sync_api import expect

    from coursekit.lessons import banks
    from coursekit.widgets.checks import categories

    names = dict(categories("need_levels"))
    items = banks.LEVEL_STATEMENTS
    page.goto(f"{voila_server.base_url}/voila/render/course/01_five_need_levels.ipynb")
    button = page.get_by_role("button", name=re.compile(r"Check my sorting$"))
    expect(button).to_be_visible(timeout=RENDER_TIMEOUT_MS)
    quiz = page.locator(".widget-vbox").filter(has=button).last

    wrong = items[0]
    wrong_choice = next(level for level in names if level != wrong.answer)
    for item in items:
        row = quiz.locator(".widget-hbox").filter(has=page.get_by_text(f"“{item.text}”", exact=True))
        choice = wrong_choice if item is wrong else item.answer
        row.locator("select").select_option(label=names[choice])
    button.click()

    expect(quiz).to_contain_text(f"{len(items) - 1} of {len(items)} right.")
    expect(quiz).to_contain_text(f"you chose {names[wrong_choice]}; not this one")  # a retry first
    expect(quiz).not_to_contain_text(f"it is {names[wrong.answer]}")
    button.click()  # the second try shows the answer
    expect(quiz).to_contain_text(
        f"you chose {names[wrong_choice]}; it is {names[wrong.answer]}")
    quiz.scroll_into_view_if_needed()
    shot.element(quiz, "sorted")


def test_capstone_simulations_render_and_the_picker_starts_one(voila_server, page, shot):
    """The capstone as an app: its simulations are live, the picker starts another."""
    from playwright.sync_api import expect

    from coursekit.sim import Session, load_scenario

    page.goto(f"{voila_server.base_url}/voila/render/course/07_capstone.ipynb")
    picker = page.get_by_role("button", name=re.compile(r"Start conversation$"))
    expect(picker).to_be_visible(timeout=RENDER_TIMEOUT_MS)
    sends = page.get_by_role("button", name="Send", exact=True)
    shown = sends.count()
    assert shown >= 1, "the capstone shows no simulation"

    from coursekit.widgets.picker import scenario_options

    scenario = load_scenario("drill_for_saturday")
    label = next(text for text, value in scenario_options() if value == scenario.id)
    page.get_by_role("combobox", name="Scenario").select_option(label=label)
    picker.click()
    expect(sends).to_have_count(shown + 1)
    box = page.locator(".widget-vbox").filter(has=picker).last
    opening = Session(scenario, seed=0).transcript[0].text
    expect(box.get_by_text(opening)).to_be_visible()
    box.scroll_into_view_if_needed()
    shot.element(box, "picked")

    # the second and third simulations are built when the trainee starts them
    later = page.locator(".coursekit-simulation-later").first
    expect(later.get_by_text(load_scenario("plumber_bookkeeping").title)).to_be_visible()
    later.get_by_role("button", name=re.compile(r"Start this conversation$")).click()
    expect(sends).to_have_count(shown + 2)
    text = later.locator(".coursekit-sim-text input")
    text.fill("What does a good month look like for you?")
    text.press("Enter")
    expect(later.locator(".ck-trainee").first).to_contain_text("good month")
