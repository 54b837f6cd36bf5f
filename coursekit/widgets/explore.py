"""Small explorers: sliders that show a rule of the course at work (no marking)."""
from __future__ import annotations

import ipywidgets as widgets

from coursekit.i18n import t
from coursekit.lessons.expectations import explain, satisfaction
from coursekit.lessons.html import esc
from coursekit.widgets.quiz import Quiz

_COLOURS = {True: "#2e7d32", False: "#c62828", None: "#555555"}
#: The width of both sliders' labels.
LABEL_WIDTH = "7.5em"


def satisfaction_html(experience: int, expectation: int) -> str:
    """The readout of the satisfaction explorer (escaped)."""
    score = satisfaction(experience, expectation)
    colour = _COLOURS[None if score == 0 else score > 0]
    return f'<p style="font-size:1.15em;color:{colour}"><b>{esc(explain(experience, expectation))}</b></p>'


def satisfaction_explorer(expectation: int = 6, experience: int = 7) -> Quiz:
    """Two sliders (expectation, experience, 0–10) and the resulting satisfaction."""
    # One label width for both, so the two sliders start at the same place (with "initial"
    # each label took its own width and the sliders were misaligned); wide enough that
    # "experienced" is never cut to "experienc…".
    style = {"description_width": LABEL_WIDTH}
    expected = widgets.IntSlider(value=expectation, min=0, max=10, description=t("ui.explore.expected"),
                                 continuous_update=False, style=style,
                                 layout=widgets.Layout(width="420px", max_width="100%"))
    experienced = widgets.IntSlider(value=experience, min=0, max=10, description=t("ui.explore.experienced"),
                                    continuous_update=False, style=style,
                                    layout=widgets.Layout(width="420px", max_width="100%"))
    readout = widgets.HTML(value=satisfaction_html(experience, expectation))

    def update(_change: object = None) -> None:
        readout.value = satisfaction_html(experienced.value, expected.value)

    expected.observe(update, names="value")
    experienced.observe(update, names="value")
    box = Quiz([expected, experienced, readout], t("ui.explore.label"))
    box.expected, box.experienced, box.readout = expected, experienced, readout
    return box
