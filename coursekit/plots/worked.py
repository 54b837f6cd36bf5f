"""The debrief figure of an auto-played (worked) conversation, as a stable `Picture`."""
from __future__ import annotations

from coursekit.i18n import t
from coursekit.lessons.capstone import played
from coursekit.plots.debrief import debrief_alt
from coursekit.plots.render import Picture, course_style
from coursekit.plots.stored import stored_picture


def show_worked_debrief(scenario_id: str, mode: str = "best", seed: int = 0) -> Picture:
    """Needs uncovered by level and trust over the turns, for a worked conversation.

    Stored when the notebooks are built (`coursekit.plots.stored`): showing it needs no matplotlib.
    """
    session = played(scenario_id, mode, seed)
    report = session.report().to_dict()

    def draw():
        from coursekit.plots.debrief import debrief_figure

        with course_style():
            return debrief_figure(report)

    alt = debrief_alt(report)
    return stored_picture(f"worked-{scenario_id}-{mode}-{seed}", t("ui.worked.caption", mode=t(f"ui.capstone.mode.{mode}"), scenario=session.scenario.title),
                          (report, alt), [__name__, "coursekit.plots.debrief"], draw, alt=alt)
