"""The course widgets' own CSS: a focus ring a keyboard user can see, and controls that never cut their text.

Controls whose visible label is the text beside them get a label only screen readers read
(`screen_reader_label`). An option of a multiple-choice question that wraps onto a second line keeps its height (in
ipywidgets each has one line's height, so on a phone it ran over the next). ipywidgets marks a focused button or select with a 1 px light-blue outline (about 2:1 against
white, under the 3:1 WCAG asks of a focus indicator). `style_tag()` is an HTML widget holding a
``<style>`` element (styles apply wherever the element sits, hidden or not) that every quiz and
the chat widget carry, so JupyterLab and Voila show the same thing.
"""
from __future__ import annotations

import ipywidgets as widgets

#: Classes of the course's widget roots (the CSS below is scoped to them).
ROOTS = (".coursekit-quiz", ".coursekit-simulation")

#: Class of a control whose description label is for screen readers only.
SCREEN_READER_LABEL = "coursekit-sr-label"

#: A dark blue (8.6:1 on white) ring, 3 px, outside the control.
FOCUS = "#1a4d8f"


def _scoped(selector: str) -> str:
    return ", ".join(f"{root} {selector}" for root in ROOTS)


CSS = f"""
{_scoped(":is(button, select, input, textarea, [tabindex]):focus-visible")} {{
  outline: 3px solid {FOCUS} !important; outline-offset: 2px; box-shadow: none;
}}
{_scoped(".jupyter-button")} {{ flex-shrink: 0; }}
{_scoped(".widget-radio-box label")} {{
  height: auto; min-height: var(--jp-widgets-radio-item-height); line-height: 1.4;
  display: flex; align-items: flex-start; padding: 3px 0;
}}
{_scoped(".widget-radio-box input")} {{ height: auto; float: none; flex-shrink: 0; margin-top: 0.25em; }}
{_scoped(f".{SCREEN_READER_LABEL} > .widget-label")} {{
  position: absolute !important; width: 1px !important; height: 1px !important; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; margin: 0; padding: 0;
}}
"""


def screen_reader_label(control: widgets.DOMWidget, text: str) -> widgets.DOMWidget:
    """Give a control a label that screen readers read and the page does not show (its visible
    label is the text beside it): ipywidgets' description is a real ``<label for=...>``."""
    control.description = text
    control.add_class(SCREEN_READER_LABEL)
    return control


def style_tag() -> widgets.HTML:
    """The course's widget CSS as an (invisible) HTML widget to put inside a widget."""
    tag = widgets.HTML(value=f"<style>{CSS}</style>", layout=widgets.Layout(display="none"))
    tag.add_class("coursekit-style")
    return tag
