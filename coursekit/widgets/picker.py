"""Pick a customer scenario from a list and start the conversation (for the capstone)."""
from __future__ import annotations

import ipywidgets as widgets

from coursekit.gradebook.book import MAX_NAME
from coursekit.widgets.quiz import Quiz


def trainee_name(typed: str) -> str | None:
    """The typed name as the gradebook stores it (spaces tidied, at most MAX_NAME characters); None if blank."""
    return " ".join(str(typed).split())[:MAX_NAME].rstrip() or None


def scenario_options() -> list[tuple[str, str]]:
    """(label, scenario id) pairs for every built-in scenario, sorted by title."""
    from coursekit.sim import list_scenarios

    return sorted((f"{sc.title} ({sc.customer.temperament})", sc.id) for sc in list_scenarios())


def scenario_picker(trainee: str | None = None) -> Quiz:
    """A drop-down of scenarios, an optional name and a Start button; the conversation appears below.

    With a name, the finished conversation is saved to the class gradebook for the instructor.
    """
    from coursekit.widgets.dialogue import simulation

    choose = widgets.Dropdown(options=scenario_options(), description="Scenario",
                              layout=widgets.Layout(width="480px"))
    start = widgets.Button(description="Start conversation", button_style="primary", icon="play",
                           layout=widgets.Layout(width="200px"))
    name = widgets.Text(value=trainee or "", description="Your name",
                        placeholder="optional: saves your result for your instructor",
                        layout=widgets.Layout(width="480px"))
    stage = widgets.VBox([])

    def begin(_button: object = None) -> None:
        given = trainee_name(name.value)
        stage.children = (simulation(choose.value, seed=0, trainee=given),)

    start.on_click(begin)
    box = Quiz([widgets.HBox([choose, start]), name, stage], "scenario picker")
    box.choose, box.start, box.stage, box.name = choose, start, stage, name
    return box
