"""The class report as one matplotlib figure: trainees, weakest topics, progress by day.

Built on `matplotlib.figure.Figure` (no pyplot), so it works headless (Agg) in the CLI
and displays inline in a notebook.
"""
from __future__ import annotations

import textwrap

import os
from typing import Any

from coursekit.gradebook.report import ClassReport

#: Longest label drawn before it is shortened with an ellipsis.
MAX_LABEL = 28
#: Most rows drawn in the trainee and topic panels.
MAX_ROWS = 15


def plain_label(text: str) -> str:
    """A name safe for matplotlib: no mathtext ($), no control characters, not too long."""
    text = "".join(ch if ch.isprintable() else "?" for ch in str(text)).replace("$", r"\$")
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def _value_labels(ax: Any, values: list[float], texts: list[str]) -> None:
    """Write each bar's value at its end (inside the axis even for a 0 or a full bar)."""
    for y, (value, text) in enumerate(zip(values, texts)):
        inside = value > 70
        ax.text(value - 1 if inside else value + 1, y, text, va="center", fontsize=7,
                ha="right" if inside else "left", color="white" if inside else "#333333")


def topic_text(row: Any) -> str:
    """A topic bar's label: the lost share, trainees and unanswered questions."""
    share = "no answers" if row.share_lost is None else f"{100 * row.share_lost:.0f}% lost"
    parts = [share, f"{row.trainees} trainee{'s' if row.trainees != 1 else ''}"]
    if row.unanswered:
        parts.append(f"{row.unanswered} unanswered")
    return " · ".join(parts)


def one_day_note(report: ClassReport) -> str:
    """What the progress panel says when every attempt fell on one day."""
    day = report.progress[0]
    return (f"All {day.attempts} attempt{'s' if day.attempts != 1 else ''} on one day ({day.day}, UTC): "
            f"mean {day.mean_percent:.0f}% over {day.trainees} trainee{'s' if day.trainees != 1 else ''}.\n"
            "Progress over time is drawn once attempts span two or more days.")


def report_figure(report: ClassReport, title: str = "Class report") -> Any:
    """A three-panel Figure: % per trainee, weakest topics, mean % and attempts by day.

    Bars carry their values; topic bars also say how many trainees answered and how many
    questions were left unanswered (not counted as lost). With one day of data the
    progress panel is a note instead of a single bar.
    """
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 7.5), layout="constrained")
    grid = fig.add_gridspec(2, 2, height_ratios=(1.3, 1))
    ax_trainees = fig.add_subplot(grid[0, 0])
    ax_topics = fig.add_subplot(grid[0, 1])
    ax_progress = fig.add_subplot(grid[1, :])
    scope = ", ".join(f"{k}: {v}" for k, v in report.filters.items())
    fig.suptitle(textwrap.fill(plain_label(f"{title} ({scope})") if scope else title, 100), fontsize=13)

    rows = report.trainees[:MAX_ROWS]
    ax_trainees.set_title("Score per trainee (best attempts)", fontsize=10)
    if rows:
        names = [plain_label(r.trainee) for r in rows][::-1]
        values = [r.percent for r in rows][::-1]
        ax_trainees.barh(range(len(rows)), values, color="#4C72B0")
        ax_trainees.set_yticks(range(len(rows)), names, fontsize=8)
        _value_labels(ax_trainees, values, [f"{v:.0f}%" for v in values])
    ax_trainees.set_xlim(0, 100)
    ax_trainees.set_xlabel("mean % of points")

    topics = report.topics[:MAX_ROWS]
    title = "Weakest topics (% of points lost on answered questions)"
    if report.unanswered:
        n = report.unanswered
        title += f"\n{n} question{'s' if n != 1 else ''} left unanswered: counted apart, not as lost"
    ax_topics.set_title("\n".join(textwrap.fill(part, 52) for part in title.split("\n")), fontsize=10)
    if topics:
        labels = [plain_label(r.label) for r in topics][::-1]
        shares = [100 * (r.share_lost or 0.0) for r in topics][::-1]
        ax_topics.barh(range(len(topics)), shares, color="#DD8452")
        ax_topics.set_yticks(range(len(topics)), labels, fontsize=8)
        _value_labels(ax_topics, shares, [topic_text(r) for r in topics][::-1])
    ax_topics.set_xlim(0, 100)
    ax_topics.set_xlabel("% of points lost (answered questions)")

    ax_progress.set_title("Progress over time (UTC days)", fontsize=10)
    if len(report.progress) == 1:
        ax_progress.set_axis_off()
        ax_progress.text(0.5, 0.5, one_day_note(report), ha="center", va="center",
                         transform=ax_progress.transAxes, color="#333333", fontsize=10)
    elif report.progress:
        positions = list(range(len(report.progress)))
        days = [r.day for r in report.progress]
        counts = ax_progress.twinx()
        bars = counts.bar(positions, [r.attempts for r in report.progress], width=0.3, alpha=0.35,
                          color="#8172B3", label="attempts (right axis)")
        counts.set_ylabel("attempts")
        counts.set_ylim(0, max(r.attempts for r in report.progress) * 1.25)
        line = ax_progress.plot(positions, [r.mean_percent for r in report.progress], marker="o",
                                color="#55A868", label="mean % of attempts (left axis)")
        for x, r in zip(positions, report.progress):
            ax_progress.annotate(f"{r.mean_percent:.0f}%", (x, r.mean_percent), textcoords="offset points",
                                 xytext=(0, 7), ha="center", fontsize=7, color="#2d6a3e")
        ax_progress.set_ylim(0, 105)
        ax_progress.set_ylabel("mean %")
        ax_progress.set_xticks(positions, days)
        ax_progress.set_xlim(-0.6, len(positions) - 0.4)
        ax_progress.set_zorder(counts.get_zorder() + 1)
        ax_progress.patch.set_visible(False)
        ax_progress.tick_params(axis="x", labelsize=8, labelrotation=30)
        ax_progress.legend(handles=[line[0], bars], loc="lower right", fontsize=8, frameon=False)
    for ax in (ax_trainees, ax_topics, ax_progress):
        if not ax.has_data() and ax.axison:
            ax.text(0.5, 0.5, "no attempts yet", ha="center", va="center", transform=ax.transAxes, color="grey")
    return fig


def report_png(report: ClassReport, dpi: int = 100) -> bytes:
    """The report figure as PNG bytes (for widgets and `IPython.display.Image`)."""
    import io

    buffer = io.BytesIO()
    report_figure(report).savefig(buffer, dpi=dpi, format="png", metadata={"Software": None})
    return buffer.getvalue()


def save_report_plot(report: ClassReport, path: str | os.PathLike[str]) -> None:
    """Draw the report figure into a PNG file (headless)."""
    with open(os.fspath(path), "wb") as file:
        file.write(report_png(report))
