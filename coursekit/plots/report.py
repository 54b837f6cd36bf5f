"""The class report as one matplotlib figure: trainees, weakest topics, progress by day.

Built on `matplotlib.figure.Figure` (no pyplot), so it works headless (Agg) in the CLI
and displays inline in a notebook.
"""
from __future__ import annotations

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


def report_figure(report: ClassReport, title: str = "Class report") -> Any:
    """A three-panel Figure: % per trainee, weakest topics, mean % and attempts by day."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 7.5), layout="constrained")
    grid = fig.add_gridspec(2, 2, height_ratios=(1.3, 1))
    ax_trainees = fig.add_subplot(grid[0, 0])
    ax_topics = fig.add_subplot(grid[0, 1])
    ax_progress = fig.add_subplot(grid[1, :])
    scope = ", ".join(f"{k}: {v}" for k, v in report.filters.items())
    fig.suptitle(plain_label(f"{title} ({scope})") if scope else title, fontsize=13)

    rows = report.trainees[:MAX_ROWS]
    ax_trainees.set_title("Score per trainee (best attempts)", fontsize=10)
    if rows:
        names = [plain_label(r.trainee) for r in rows][::-1]
        values = [r.percent for r in rows][::-1]
        ax_trainees.barh(range(len(rows)), values, color="#4C72B0")
        ax_trainees.set_yticks(range(len(rows)), names, fontsize=8)
    ax_trainees.set_xlim(0, 100)
    ax_trainees.set_xlabel("mean % of points")

    topics = report.topics[:MAX_ROWS]
    ax_topics.set_title("Weakest topics (share of points lost)", fontsize=10)
    if topics:
        labels = [plain_label(r.label) for r in topics][::-1]
        shares = [100 * r.share_lost for r in topics][::-1]
        ax_topics.barh(range(len(topics)), shares, color="#DD8452")
        ax_topics.set_yticks(range(len(topics)), labels, fontsize=8)
    ax_topics.set_xlim(0, 100)
    ax_topics.set_xlabel("% of points lost")

    ax_progress.set_title("Progress over time (UTC days)", fontsize=10)
    if report.progress:
        days = [r.day for r in report.progress]
        ax_progress.plot(days, [r.mean_percent for r in report.progress], marker="o", color="#55A868",
                         label="mean % of attempts")
        ax_progress.set_ylim(0, 100)
        ax_progress.set_ylabel("mean %")
        counts = ax_progress.twinx()
        counts.bar(days, [r.attempts for r in report.progress], alpha=0.25, color="#8172B3", label="attempts")
        counts.set_ylabel("attempts")
        ax_progress.set_zorder(counts.get_zorder() + 1)
        ax_progress.patch.set_visible(False)
        ax_progress.tick_params(axis="x", labelsize=8, labelrotation=30)
    for ax in (ax_trainees, ax_topics, ax_progress):
        if not ax.has_data():
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
