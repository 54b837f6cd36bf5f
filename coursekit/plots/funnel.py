"""Gathering requirements from coarse to fine: who gives which level of need, round by round."""
from __future__ import annotations

from coursekit.plots.render import Picture, course_style, new_figure
from coursekit.plots.stored import stored_picture

#: (who, what they tell you, example) from the top of the customer's organisation down.
LAYERS: tuple[tuple[str, str, str], ...] = (
    ("Executives", "the big picture", "“grow into two new regions”"),
    ("Managers", "management needs", "“a weekly report of late orders”"),
    ("Operators", "the details", "“a scanner that reads torn labels”"),
)

ROUNDS: tuple[str, ...] = ("Round 1: goals", "Round 2: processes", "Round 3: details and hidden needs")


def funnel_figure():
    """A funnel narrowing from macro to micro, with the organisational level beside each band."""
    from matplotlib.patches import Polygon

    colours = ("#4e79a7", "#76b7b2", "#59a14f")
    with course_style():
        fig = new_figure(9.0, 3.8)
        ax = fig.add_axes((0.01, 0.02, 0.98, 0.86))
        ax.set_xlim(0, 1.5)
        ax.set_ylim(0, 1)
        ax.axis("off")
        n = len(LAYERS)
        for i, ((who, what, example), colour, round_name) in enumerate(zip(LAYERS, colours, ROUNDS)):
            top, bottom = 1 - i / n, 1 - (i + 1) / n
            inset_top, inset_bottom = 0.08 * i, 0.08 * (i + 1)
            corners = [(inset_top, top), (1 - inset_top, top), (1 - inset_bottom, bottom),
                       (inset_bottom, bottom)]
            ax.add_patch(Polygon(corners, closed=True, facecolor=colour, edgecolor="white", linewidth=2))
            middle = (top + bottom) / 2
            ax.text(0.5, middle + 0.06, f"{who}: {what}", ha="center", va="center", fontsize=10,
                    fontweight="bold", color="white")
            ax.text(0.5, middle - 0.07, example, ha="center", va="center", fontsize=9, color="white")
            ax.text(1.05, middle, round_name, ha="left", va="center", fontsize=9)
        ax.annotate("", xy=(1.02, 0.03), xytext=(1.02, 0.97),
                    arrowprops={"arrowstyle": "->", "color": "#555555"})
        fig.suptitle("Gathering requirements from coarse to fine (macro → micro)", fontsize=12,
                     fontweight="bold")
    return fig


def show_funnel() -> Picture:
    """The coarse-to-fine funnel, ready to display."""
    return stored_picture("funnel", "gathering requirements from coarse to fine", None, [__name__], funnel_figure)
