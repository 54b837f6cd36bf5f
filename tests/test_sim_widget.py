"""The chat widget and the debrief plot, driven without a browser."""
from __future__ import annotations

import subprocess
import sys

import pytest


from coursekit.plots.debrief import debrief_figure, debrief_png  # noqa: E402
from coursekit.sim import play_auto  # noqa: E402
from coursekit.widgets.dialogue import SimulationWidget, simulation  # noqa: E402


def test_widget_renders_initial_state_into_values():
    w = simulation("drill_for_saturday", seed=1)
    assert isinstance(w, SimulationWidget)
    assert w.session.transcript[0].text in w.transcript.value.replace("&#x27;", "'")
    assert len(w.options_box.children) == 4
    assert w.trust.value == w.session.state.trust
    assert w.debrief.layout.display == "none"


def test_trainee_text_is_escaped():
    w = simulation("drill_for_saturday")
    w.text.value = "<img src=x onerror=alert(1)> what do you need it for?"
    w._on_send()
    assert "<img" not in w.transcript.value
    assert "&lt;img src=x onerror=alert(1)&gt;" in w.transcript.value
    assert w.text.value == ""


def test_bad_option_shows_a_note_and_hint_toggle():
    w = simulation("corner_shop_snacks")
    w._on_choose(99)
    assert "no option 99" in w.note.value
    assert w.hint.value == ""
    w.hint_toggle.value = True
    assert "brush-off" in w.hint.value


def test_playing_to_the_end_shows_the_debrief_and_records(monkeypatch):
    import coursekit.gradebook as gradebook

    calls = []
    monkeypatch.setattr(gradebook, "record_simulation",
                        lambda trainee, scenario_id, report, outcome, db_url=None, transcript=(): calls.append(
                            (trainee, scenario_id, report["total"], outcome)) or True, raising=False)
    w = simulation("haulage_fuel", trainee="ana")
    while not w.session.finished:
        best = max(w.session.options(), key=lambda o: o.rank)
        w._on_choose(best.number)
    assert w.debrief.layout.display == ""
    assert w.debrief_image.png[:4] == b"\x89PNG"
    assert "Debrief: won" in w.debrief_html.value
    assert w.input_row.layout.display == "none"
    assert calls == [("ana", "haulage_fuel", w.session.report().total, "won")]
    w._render()
    assert len(calls) == 1, "recorded once"
    w._on_restart()
    assert not w.session.finished and len(w.session.transcript) == 1


def test_no_trainee_no_recording(monkeypatch):
    import coursekit.gradebook as gradebook

    monkeypatch.setattr(gradebook, "record_simulation", lambda *a, **k: pytest.fail("recorded"), raising=False)
    w = simulation("haulage_fuel")
    while not w.session.finished:
        w._on_choose(1)


def test_debrief_plot_is_deterministic_and_uses_no_pyplot():
    report = play_auto("pharmacy_monitor", "best").report()
    fig = debrief_figure(report)
    assert len(fig.axes) == 2
    assert debrief_png(report) == debrief_png(report.to_dict())
    assert "matplotlib.pyplot" not in sys.modules


def test_sim_imports_no_widgets_or_matplotlib():
    code = ("import sys, coursekit.sim as s; s.play_auto('drill_for_saturday').report(); "
            "bad=[m for m in ('ipywidgets','matplotlib') if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_debrief_is_drawn_once_per_conversation(monkeypatch):
    import coursekit.plots.debrief as debrief

    drawn = []
    real = debrief.debrief_png
    monkeypatch.setattr(debrief, "debrief_png", lambda report, *a, **k: drawn.append(1) or real(report, *a, **k))
    w = simulation("haulage_fuel")
    while not w.session.finished:
        w._on_choose(max(w.session.options(), key=lambda o: o.rank).number)
    assert len(drawn) == 1
    png = w.debrief_image.png
    w.hint_toggle.value = True
    w.hint_toggle.value = False
    w._render()
    assert len(drawn) == 1 and w.debrief_image.png == png and w.debrief.layout.display == ""
    w._on_restart()
    assert w.debrief.layout.display == "none"
    while not w.session.finished:
        w._on_choose(1)
    assert len(drawn) == 2, "a new conversation gets its own debrief"


def _trainee_lines(w):
    return [line.text for line in w.session.transcript if line.speaker == "trainee"]


def _enter(w):
    """What the browser sends when the trainee presses Enter in the text box."""
    w._on_text_message(w.text, {"event": "submit"})


def test_typing_sends_nothing_until_enter_or_send():
    w = simulation("anniversary_lunch")
    w.text.value = "Tell me about the gue"  # typed so far (the value follows the typing)
    w.hint_toggle.value = True  # clicking elsewhere, e.g. Hint, leaves the box
    assert _trainee_lines(w) == [] and w.text.value == "Tell me about the gue"
    w.text.value = "Tell me about the guests."
    _enter(w)
    assert _trainee_lines(w) == ["Tell me about the guests."]
    assert w.text.value == ""
    w._on_send()  # a Send click right after finds the box empty: no second turn
    _enter(w)
    assert _trainee_lines(w) == ["Tell me about the guests."]


def test_send_button_sends_text_in_the_box():
    w = simulation("anniversary_lunch")
    w.text.value = "How would you like to choose the dishes?"
    w.send.click()
    assert _trainee_lines(w) == ["How would you like to choose the dishes?"]
    assert w.text.value == ""
    w.text.value = "   "
    w.send.click()
    assert len(_trainee_lines(w)) == 1, "empty or blank text is not sent"


def test_a_double_click_on_an_option_plays_one_turn():
    w = simulation("drill_for_saturday")
    first_row = w.options_box.children[0]
    button = first_row.children[0]
    button.click()
    button.click()  # the second click of a double click arrives after the reply
    assert len(_trainee_lines(w)) == 1


def test_end_conversation_button_shows_the_debrief():
    w = simulation("anniversary_lunch")
    w.text.value = "Tell me about the guests."
    _enter(w)
    assert w.end_button.description == "End conversation"
    w.end_button.click()
    assert w.session.finished and w.session.outcome == "open"
    assert w.debrief.layout.display == "" and "Debrief: open" in w.debrief_html.value
    assert "<th" in w.debrief_html.value and "white-space:nowrap" in w.debrief_html.value
    assert "Practise next:" in w.debrief_html.value
    assert " / " in w.debrief_html.value and ".0 /" not in w.debrief_html.value
    assert w.input_row.layout.display == "none"


def test_plain_repr_names_the_simulation():
    w = simulation("drill_for_saturday")
    text = repr(w)
    assert "customer simulation:" in text and w.scenario.title in text
    assert "SimulationWidget(" not in text and len(text) < 111


def test_the_trainee_name_defaults_to_coursekit_trainee(monkeypatch, tmp_path):
    monkeypatch.setenv("COURSEKIT_TRAINEE", "  Ana   Souza ")
    monkeypatch.setenv("COURSEKIT_DB", str(tmp_path / "class.db"))
    assert simulation("drill_for_saturday").trainee == "Ana Souza"
    assert simulation("drill_for_saturday", trainee="Bo").trainee == "Bo"
    monkeypatch.delenv("COURSEKIT_TRAINEE")
    assert simulation("drill_for_saturday").trainee is None


def test_a_later_simulation_shows_the_scenario_and_starts_on_a_click():
    from coursekit.widgets.dialogue import simulation_later

    later = simulation_later("plumber_bookkeeping")
    header = later.children[0].value
    assert "<h3>" in header and later.start.description == "Start this conversation"
    assert later.chat is None and "customer simulation" in repr(later)
    later.start.click()
    assert isinstance(later.chat, SimulationWidget) and later.children == (later.chat,)
    assert later.chat.session.transcript  # the customer has spoken: ready for a turn
    first = later.chat
    later._on_start()  # a second click (or a double click) keeps the same conversation
    assert later.chat is first


def test_a_long_conversation_does_not_pile_up_widgets_in_the_kernel():
    from ipywidgets.widgets.widget import _instances

    w = simulation("anniversary_lunch")
    alive = len(_instances)
    turns = ["What would make the day a success for you?", "Tell me more about your parents.",
             "How many guests are you expecting?", "What matters most to you about the lunch?",
             "What else would you like?"]
    for text in turns:
        w.text.value = text
        w._submit()
        assert len(_instances) <= alive  # each turn's option rows replace (and close) the last ones
    assert not w.session.finished and len(w.session.transcript) > 2 * len(turns)
    assert w.options_box.children and all(row.comm is not None for row in w.options_box.children)


def test_the_debrief_names_a_cap():
    from coursekit.sim.autoplay import play_typed
    from coursekit.widgets.dialogue import report_html

    session = play_typed("drill_for_saturday", ["What's the job you need it for?",
                                                "Stop whining, you probably drill them wrong. Buy the big one."])
    page = report_html(session.report())
    assert "Capped at" in page and "Stop whining" in page
