"""Satisfaction = experience − expectation, drawn two ways for lesson 05."""
from __future__ import annotations

from typing import Sequence

from coursekit.lessons.expectations import CASES, Case, satisfaction
from coursekit.plots.render import Picture, course_style, new_figure
from coursekit.plots.stored import stored_picture

DELIGHT, LETDOWN = "#59a14f", "#e15759"
#: The same two colours, dark enough for text on white (WCAG AA, 4.5:1 and more).
DELIGHT_TEXT, LETDOWN_TEXT = "#2e7d32", "#c62828"


def expectation_figure(cases: Sequence[Case] = CASES, levels: Sequence[float] = (3, 5, 8)):
    """Left: satisfaction against experience for a few expectation levels.
    Right: the worked cases, expectation against experience, with the difference marked."""
    with course_style():
        fig = new_figure(11.0, 4.4)
        left = fig.add_axes((0.06, 0.13, 0.34, 0.72))
        right = fig.add_axes((0.62, 0.13, 0.35, 0.72))

        xs = [x / 2 for x in range(0, 21)]
        left.axhspan(0, 10, color=DELIGHT, alpha=0.08)
        left.axhspan(-10, 0, color=LETDOWN, alpha=0.08)
        left.axhline(0, color="#555555", linewidth=1)
        for level, style in zip(levels, ("-", "--", ":")):
            left.plot(xs, [satisfaction(x, level) for x in xs], style, color="#4e79a7",
                      linewidth=2, label=f"expected {level:g}/10")
        left.set_xlim(0, 10)
        left.set_ylim(-9, 9)
        left.set_xlabel("what the customer experienced (0–10)")
        left.set_ylabel("satisfaction = experience − expectation")
        left.text(0.3, 7.6, "delighted", color=DELIGHT_TEXT, fontweight="bold")
        left.text(0.3, -8.4, "disappointed", color=LETDOWN_TEXT, fontweight="bold")
        left.legend(loc="lower right", fontsize=8, frameon=False)
        left.set_title("Same experience, different expectations")

        positions = list(range(len(cases)))
        for y, case in zip(positions, cases):
            colour = DELIGHT if case.satisfaction >= 0 else LETDOWN
            right.annotate("", xy=(case.experience, y), xytext=(case.expectation, y),
                           arrowprops={"arrowstyle": "->", "color": colour, "linewidth": 2})
            right.plot([case.expectation], [y], "o", color="#999999", markersize=7)
            right.plot([case.experience], [y], "s", color=colour, markersize=7)
            right.text(10.3, y, f"{case.satisfaction:+g}", va="center", fontweight="bold",
                       color=DELIGHT_TEXT if case.satisfaction >= 0 else LETDOWN_TEXT)
        right.set_yticks(positions)
        right.set_yticklabels([c.name for c in cases], fontsize=8)
        right.invert_yaxis()
        right.set_xlim(0, 11)
        right.set_xlabel("0–10   (● expected   ■ experienced)")
        right.set_title("Worked cases: the arrow is the satisfaction")
        for spine in ("top", "right"):
            right.spines[spine].set_visible(False)
            left.spines[spine].set_visible(False)
    return fig


def expectations_alt(cases: Sequence[Case] = CASES) -> str:
    """The figure in words (its alt text): the rule, then each worked case with its numbers."""
    worked = "; ".join(f"{c.name}: expected {c.expectation:g}, experienced {c.experience:g}, "
                       f"satisfaction {c.satisfaction:+g}" for c in cases)
    return ("Two charts of satisfaction = experience − expectation, on a 0 to 10 scale. Left: the same "
            "experience gives more satisfaction when less was expected (lines for expectations 3, 5 and 8; "
            "above zero delighted, below zero disappointed). Right, the worked cases: " + worked + ".")


def show_expectations(cases: Sequence[Case] = CASES) -> Picture:
    """The expectations figure, ready to display in a notebook."""
    return stored_picture("expectations", "satisfaction = experience − expectation", tuple(cases),
                          [__name__, "coursekit.lessons.expectations"], lambda: expectation_figure(cases),
                          alt=expectations_alt(cases))
