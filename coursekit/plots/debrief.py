"""The debrief figure of a simulator session: needs uncovered per level, and trust over the turns.

Built on explicit `matplotlib.figure.Figure` objects (no pyplot state), so it is safe in
notebooks, Voila and tests, and the same report always draws the same picture.
"""
from __future__ import annotations

import io
from typing import Any, Mapping

from coursekit.i18n import t, t_or
from coursekit.labels import NEED_LEVELS

UNCOVERED = "#2a9d8f"
HIDDEN = "#d9d9d9"
TRUST = "#264653"
PATIENCE = "#e76f51"


def _data(report: Any) -> tuple[Mapping[str, Mapping[str, int]], list[int], list[int], str, int]:
    d = report if isinstance(report, Mapping) else report.to_dict()
    return (d.get("levels_uncovered") or {}, list(d.get("trust_history") or []),
            list(d.get("patience_history") or []), str(d.get("outcome", "open")), int(d.get("total", 0)))


def debrief_figure(report: Any):
    """A two-panel Figure: hidden vs uncovered needs per level, and trust (and patience) by turn.

    ``report`` is a `SessionReport` or its `to_dict()`.
    """
    from matplotlib.figure import Figure

    levels, trust, patience, outcome, total = _data(report)
    fig = Figure(figsize=(9.0, 3.4), dpi=100, layout="constrained")
    ax_levels, ax_trust = fig.subplots(1, 2, width_ratios=(1, 1.3))

    names = [lvl for lvl in NEED_LEVELS if lvl in levels]
    hidden = [levels[lvl]["hidden"] for lvl in names]
    found = [levels[lvl]["uncovered"] for lvl in names]
    y = list(range(len(names)))
    ax_levels.barh(y, hidden, color=HIDDEN, label=t("ui.debrief.hidden"))
    ax_levels.barh(y, found, color=UNCOVERED, label=t("ui.debrief.uncovered"))
    ax_levels.set_yticks(y, [level_name(lvl) for lvl in names])
    ax_levels.invert_yaxis()
    ax_levels.set_xlim(0, max(hidden + [1]) + 0.2)
    ax_levels.xaxis.get_major_locator().set_params(integer=True)
    ax_levels.set_title(t("ui.debrief.levels_title"), fontsize=10)
    ax_levels.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=2, fontsize=8, frameon=False)

    turns = list(range(len(trust)))
    ax_trust.plot(turns, trust, marker="o", color=TRUST, label=t("ui.debrief.trust"))
    if patience:
        ax_trust.plot(list(range(len(patience))), patience, linestyle="--", color=PATIENCE, label=t("ui.debrief.patience"))
    ax_trust.set_ylim(0, 105)
    ax_trust.set_xlim(-0.2, max(len(trust) - 1, 1) + 0.2)
    ax_trust.xaxis.get_major_locator().set_params(integer=True)
    ax_trust.set_xlabel(t("ui.debrief.turn"))
    ax_trust.set_title(t("ui.debrief.trust_title", outcome=t_or(f"ui.sim.outcome.{outcome}", outcome), total=total), fontsize=10)
    ax_trust.legend(loc="lower right", fontsize=8, frameon=False)
    ax_trust.grid(alpha=0.3)
    return fig


def debrief_alt(report: Any) -> str:
    """The debrief figure in words (its alt text): needs uncovered per level, trust turn by turn."""
    levels, trust, patience, outcome, total = _data(report)
    found = t("ui.list_sep").join(t("ui.debrief.alt_level", level=level_name(lvl), found=levels[lvl]["uncovered"],
                        hidden=levels[lvl]["hidden"]) for lvl in NEED_LEVELS if lvl in levels) or t("ui.debrief.none")
    text = t("ui.debrief.alt", outcome=t_or(f"ui.sim.outcome.{outcome}", outcome), total=total, found=found,
             turns=max(len(trust) - 1, 0), trust=t("ui.list_comma").join(str(x) for x in trust) or t("ui.debrief.none"))
    if patience:
        text = t("ui.two_sentences", first=text,
                 second=t("ui.debrief.alt_patience", patience=t("ui.list_comma").join(str(p) for p in patience)))
    return text


def level_name(level: str) -> str:
    """A need level as the chart names it ("product"; "producto" in Spanish)."""
    return t(f"ui.level_short.{level}").lower() if level in NEED_LEVELS else level


def debrief_png(report: Any) -> bytes:
    """The debrief figure as PNG bytes (for an ipywidgets Image or a file), drawn in the course
    style, so Chinese text has its font and the user's matplotlibrc changes nothing."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from coursekit.plots.render import course_style

    with course_style():
        fig = debrief_figure(report)
        FigureCanvasAgg(fig)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", metadata={"Software": None})
        return buffer.getvalue()
