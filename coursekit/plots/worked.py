"""The debrief figure of an auto-played (worked) conversation, as a stable `Picture`."""
from __future__ import annotations

from coursekit.lessons.capstone import played
from coursekit.plots.debrief import debrief_figure
from coursekit.plots.render import Picture, course_style


def show_worked_debrief(scenario_id: str, mode: str = "best", seed: int = 0) -> Picture:
    """Needs uncovered by level and trust over the turns, for a worked conversation."""
    report = played(scenario_id, mode, seed).report()
    with course_style():
        fig = debrief_figure(report)
    return Picture(fig, f"debrief of the {mode} conversation in {scenario_id}")
