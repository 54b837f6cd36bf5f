"""Pure helpers the lesson notebooks call: displays built from the course knowledge.

    from coursekit import lessons
    lessons.show_levels()        # the five need levels as cards

Figures are in `coursekit.plots`, knowledge checks in `coursekit.widgets.checks`.
This package imports neither widgets nor matplotlib.
"""
from __future__ import annotations

from coursekit.lessons.course_map import MODULES, module, show_course_map
from coursekit.lessons.html import Html, esc
from coursekit.lessons.topics import (
    overview, show_buying_paths, show_checkpoints, show_entries, show_entry, show_levels,
    show_objection_tests, show_objections, show_principles, show_techniques, show_temperaments,
)

__all__ = [
    "MODULES", "module", "show_course_map", "Html", "esc", "overview", "show_buying_paths", "show_checkpoints", "show_entries",
    "show_entry", "show_levels", "show_objection_tests", "show_objections", "show_principles",
    "show_techniques", "show_temperaments",
]
