"""Accessibility of the widgets and figures, without a browser: alt text, labels, focus, layout.

The browser side (axe-core over every lesson, keyboard use, screenshots at three widths) is
tests/browser/test_accessibility.py.
"""
from __future__ import annotations

import html
import re
from dataclasses import replace

import pytest

from coursekit.lessons import banks
from coursekit.lessons.html import unquote
from coursekit.widgets import checks, explore
from coursekit.widgets.dialogue import simulation
from coursekit.widgets.picker import scenario_picker
from coursekit.widgets.style import SCREEN_READER_LABEL

SORTS = [name for name in dir(checks) if name.startswith("sort_") and name != "sort_quiz"]


def _alt(markup: str) -> str:
    match = re.search(r'<img\b[^>]*\balt="([^"]*)"', markup)
    assert match, f"no <img> with alt in {markup[:120]}"
    return match.group(1)


def _styled(widget) -> bool:
    return any(isinstance(getattr(child, "value", None), str) and "<style>" in child.value
               and "focus-visible" in child.value for child in widget.children)


@pytest.mark.parametrize("name", SORTS)
def test_every_sorting_drop_down_has_a_label_naming_its_statement(name):
    quiz = getattr(checks, name)()
    for dropdown, item in zip(quiz.dropdowns, quiz.items):
        assert SCREEN_READER_LABEL in dropdown._dom_classes
        assert dropdown.description.endswith(unquote(item.text))


def test_free_text_boxes_have_a_label():
    quiz = checks.write_question("open_success", "Write an open question about the customer's goal.")
    assert quiz.text.description == "Write an open question about the customer's goal."
    chat = simulation("drill_for_saturday")
    assert chat.text.description and SCREEN_READER_LABEL in chat.text._dom_classes


def test_quizzes_and_the_chat_carry_the_focus_ring_css():
    for widget in (checks.sort_levels(), checks.start_questions(), explore.satisfaction_explorer(),
                   scenario_picker(), simulation("drill_for_saturday")):
        assert _styled(widget), type(widget).__name__


def test_an_option_button_stays_the_same_control_from_turn_to_turn():
    """So a keyboard user who pressed Enter on #1 still has the focus there for the next turn."""
    chat = simulation("drill_for_saturday")
    first = chat.options_box.children[0].children[0]
    said = chat.session.options()[0].say
    assert first.tooltip == f"Say: {said}" and first.description == "#1"
    first.click()
    assert chat.options_box.children[0].children[0] is first
    assert first.tooltip == f"Say: {chat.session.options()[0].say}"
    shown = [row for row in chat.options_box.children if row.layout.display != "none"]
    assert len(shown) == len(chat.session.options())
    for row in chat.options_box.children:
        if row.layout.display == "none":
            assert row.children[1].value == "" and row.children[0].description == ""


def test_the_second_click_of_a_double_click_is_not_a_second_turn_but_a_later_click_is(monkeypatch):
    import coursekit.widgets.clicks as clicks

    chat = simulation("drill_for_saturday")
    button = chat.options_box.children[0].children[0]
    button.click()
    button.click()
    trainee = [line for line in chat.session.transcript if line.speaker == "trainee"]
    assert len(trainee) == 1
    monkeypatch.setattr(clicks, "DOUBLE_CLICK_S", 0.0)
    button.click()
    assert len([line for line in chat.session.transcript if line.speaker == "trainee"]) == 2


def _stamped_clicks(monkeypatch, sent_times):
    """The chat with each option click stamped by the browser at the next of `sent_times`."""
    import coursekit.widgets.dialogue as dialogue

    stamps = iter(sent_times)
    monkeypatch.setattr(dialogue, "message_sent_at", lambda: next(stamps))
    return simulation("drill_for_saturday")


def _turns(chat) -> int:
    return len([line for line in chat.session.transcript if line.speaker == "trainee"])


def test_a_double_click_is_one_turn_even_when_the_kernel_takes_seconds_to_reach_the_second_click(monkeypatch):
    # The browser sent both clicks 80 ms apart; a stalled kernel handles the second one long
    # after the first turn was played. The send times, not the kernel's clock, decide.
    chat = _stamped_clicks(monkeypatch, [1_000.0, 1_000.08, 1_005.0])
    button = chat.options_box.children[0].children[0]
    button.click()
    chat._clicks._last = replace(chat._clicks._last, done=chat._clicks._last.done - 5.0)  # the stall
    button.click()
    assert _turns(chat) == 1
    button.click()  # sent five seconds later, after the reply was on the screen
    assert _turns(chat) == 2


def test_a_click_sent_before_the_reply_could_be_read_is_ignored_on_any_button(monkeypatch):
    # the page redrew between the two clicks of a double click: the second lands on another option
    chat = _stamped_clicks(monkeypatch, [1_000.0, 1_000.5, 1_000.55, 1_003.0])
    chat.options_box.children[0].children[0].click()
    chat._clicks._last = replace(chat._clicks._last, took=2.0)  # the kernel took two seconds
    chat.options_box.children[1].children[0].click()  # sent while the first turn was played
    assert _turns(chat) == 1
    chat._clicks._last = replace(chat._clicks._last, took=0.1)  # a quick turn
    chat.options_box.children[1].children[0].click()  # a double click, its second click sent after the redraw
    assert _turns(chat) == 1
    chat.options_box.children[1].children[0].click()  # sent after the reply could be read
    assert _turns(chat) == 2


def test_the_debrief_chart_has_an_alt_text_with_its_numbers():
    chat = simulation("drill_for_saturday")
    chat.end_button.click()
    report = chat.session.report()
    alt = _alt(chat.debrief_image.value)
    assert f"{report.outcome}, {report.total}/100" in alt and "Trust over" in alt
    assert chat.debrief_image.png.startswith(b"\x89PNG")


def test_lesson_figures_show_with_alt_text_that_carries_their_content():
    from coursekit.lessons.expectations import CASES
    from coursekit.plots.expectations import show_expectations
    from coursekit.plots.funnel import ROUNDS, show_funnel
    from coursekit.labels import NEED_LEVELS
    from coursekit.plots.pyramid import show_pyramid, wants
    from coursekit.plots.worked import show_worked_debrief

    pictures = [show_pyramid(), show_pyramid(highlight="success"), show_funnel(), show_expectations(),
                show_worked_debrief("drill_for_saturday")]
    for picture in pictures:
        assert not hasattr(picture, "_repr_png_"), "a bare PNG output has no alt text"
        assert html.unescape(_alt(picture._repr_html_())) == picture.alt
    pyramid, highlighted, funnel, expectations, worked = (p.alt for p in pictures)
    assert all(wants(level) in pyramid for level in NEED_LEVELS)
    assert "success level highlighted" in highlighted
    assert all(f"{name}: {known} needs" in funnel for name, known, _ in ROUNDS)
    assert all(f"satisfaction {case.satisfaction:+g}" in expectations for case in CASES)
    assert "Trust over" in worked


def test_descriptions_of_behaviour_are_not_in_quotes_but_speech_is():
    quiz = checks.sort_temperaments()
    rows = {item.text: quiz.children[1 + i].children[1].value for i, item in enumerate(quiz.items)}
    watch = next(i for i in banks.TEMPERAMENT_BEHAVIOURS if i.answer == "deliberate")
    assert html.unescape(rows[watch.text]) == watch.text, "a description is not quoted"
    levels = checks.sort_levels()
    assert all(row.children[1].value.startswith("<i>“") for row in levels.children[1:1 + len(levels.items)])
