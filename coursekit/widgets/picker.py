"""Pick a customer scenario from a list and start the conversation (for the capstone)."""
from __future__ import annotations

import re

import ipywidgets as widgets

from coursekit.gradebook.names import TRAINEE_ENV, tidy_name
from coursekit.gradebook.names import trainee_name as default_trainee
from coursekit.i18n import t
from coursekit.widgets.quiz import Quiz


def trainee_name(typed: str) -> str | None:
    """The typed name as the gradebook stores it (spaces tidied, at most MAX_NAME characters); None if blank."""
    return tidy_name(typed)


def scenario_options() -> list[tuple[str, str]]:
    """(label, scenario id) pairs for every built-in scenario, sorted by title."""
    from coursekit.lessons.capstone import builtin_scenarios

    from coursekit.knowledge import entry

    def temperament(sc) -> str:  # "知音型客户（自认内行）" -> "知音型客户": no brackets inside brackets
        return re.sub(r"\s*[（(].*?[）)]", "", entry("temperaments", sc.customer.temperament).name)

    return sorted((t("ui.picker.option", title=sc.title, temperament=temperament(sc)), sc.id)
                  for sc in builtin_scenarios())


def scenario_picker(trainee: str | None = None) -> Quiz:
    """A drop-down of scenarios, a name box and a Start button; the conversation appears below.

    The name box comes before Start and is filled in from `trainee` or, when that is not
    given, the `COURSEKIT_TRAINEE` environment variable. With a name, the finished
    conversation is saved to the class gradebook for the instructor.
    """
    from coursekit.widgets.dialogue import simulation

    # 480 px, or the screen's width on a phone
    choose = widgets.Dropdown(options=scenario_options(), description=t("ui.capstone.scenario"),
                              layout=widgets.Layout(width="480px", max_width="100%"))
    name = widgets.Text(value=default_trainee(trainee) or "", description=t("ui.test.your_name"),
                        placeholder=t("ui.test.name_placeholder"),
                        layout=widgets.Layout(width="480px", max_width="100%"))
    start = widgets.Button(description=t("ui.picker.start"), button_style="primary", icon="play",
                           layout=widgets.Layout(width="200px"))
    stage = widgets.VBox([])

    def begin(_button: object = None) -> None:
        # a name box cleared on purpose means "do not record", even with COURSEKIT_TRAINEE set:
        # "" (not None) tells simulation() not to fall back to the environment
        given = trainee_name(name.value) or ""
        stage.children = (simulation(choose.value, seed=0, trainee=given),)

    start.on_click(begin)
    box = Quiz([choose, name, start, stage], t("ui.picker.label"))
    box.choose, box.start, box.stage, box.name = choose, start, stage, name
    return box


__all__ = ["TRAINEE_ENV", "scenario_options", "scenario_picker", "trainee_name"]
