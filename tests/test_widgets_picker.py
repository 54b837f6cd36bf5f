"""The capstone's scenario picker: start a chosen scenario, and save the result under a given name."""
from __future__ import annotations

from coursekit.gradebook import Gradebook
from coursekit.widgets.picker import scenario_picker


def play_best(widget) -> None:
    """Click the best option each turn, as a trainee following the hints would."""
    while not widget.session.finished and widget.session.options():
        options = widget.session.options()
        best = max(options, key=lambda o: o.rank)
        widget._on_choose(best.number)


def test_start_shows_the_chosen_scenario(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEKIT_DB", str(tmp_path / "class.db"))
    picker = scenario_picker()
    picker.choose.value = "pharmacy_monitor"
    picker.start.click()
    (sim,) = picker.stage.children
    assert sim.scenario.id == "pharmacy_monitor"
    play_best(sim)
    assert sim.session.finished
    assert not (tmp_path / "class.db").exists(), "nothing is saved without a name"


def test_a_named_trainee_finds_the_result_in_the_gradebook(tmp_path, monkeypatch):
    db = tmp_path / "class.db"
    monkeypatch.setenv("COURSEKIT_DB", str(db))
    picker = scenario_picker()
    picker.choose.value = "drill_for_saturday"
    picker.name.value = "  <b>Ana</b>  Ruiz "
    picker.start.click()
    (sim,) = picker.stage.children
    play_best(sim)
    assert "Saved to the gradebook for &lt;b&gt;Ana&lt;/b&gt; Ruiz" in sim.note.value
    with Gradebook.open(str(db)) as book:
        (attempt,) = book.attempts()
    assert attempt.trainee == "<b>Ana</b> Ruiz"
    assert attempt.item == "drill_for_saturday"
    assert attempt.score == sim.session.report().total


def test_a_long_name_is_kept_up_to_the_gradebooks_limit(tmp_path, monkeypatch):
    from coursekit.gradebook.book import MAX_NAME, clean_name
    from coursekit.widgets.picker import trainee_name

    typed = "  Maria   " + "x" * 150
    name = trainee_name(typed)
    assert len(name) == MAX_NAME and clean_name(name) == name
    assert trainee_name(" \t ") is None
    db = tmp_path / "class.db"
    monkeypatch.setenv("COURSEKIT_DB", str(db))
    picker = scenario_picker()
    picker.choose.value = "drill_for_saturday"
    picker.name.value = "A" * 95 + " Bee"  # 99 characters: kept whole
    picker.start.click()
    (sim,) = picker.stage.children
    play_best(sim)
    with Gradebook.open(str(db)) as book:
        (attempt,) = book.attempts()
    assert attempt.trainee == "A" * 95 + " Bee"


def test_the_name_box_comes_before_start(monkeypatch):
    monkeypatch.delenv("COURSEKIT_TRAINEE", raising=False)
    picker = scenario_picker()
    children = list(picker.children)
    assert children.index(picker.name) < children.index(picker.start) < children.index(picker.stage)


def test_coursekit_trainee_fills_in_the_name_and_is_recorded(tmp_path, monkeypatch):
    db = tmp_path / "class.db"
    monkeypatch.setenv("COURSEKIT_DB", str(db))
    monkeypatch.setenv("COURSEKIT_TRAINEE", " ana.souza ")
    picker = scenario_picker()
    assert picker.name.value == "ana.souza"
    assert scenario_picker("Ana Souza").name.value == "Ana Souza"  # a given name wins
    picker.choose.value = "drill_for_saturday"
    picker.start.click()
    (sim,) = picker.stage.children
    play_best(sim)
    with Gradebook.open(str(db)) as book:
        (attempt,) = book.attempts()
    assert attempt.trainee == "ana.souza"


def test_a_cleared_name_box_records_nothing_even_with_coursekit_trainee(tmp_path, monkeypatch):
    db = tmp_path / "class.db"
    monkeypatch.setenv("COURSEKIT_DB", str(db))
    monkeypatch.setenv("COURSEKIT_TRAINEE", "ana.souza")
    picker = scenario_picker()
    picker.name.value = ""
    picker.start.click()
    (sim,) = picker.stage.children
    assert not sim.trainee  # given but blank: simulation() must not fall back to COURSEKIT_TRAINEE
    play_best(sim)
    assert not db.exists()
