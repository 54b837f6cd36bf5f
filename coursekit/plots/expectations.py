"""Satisfaction = experience − expectation, drawn two ways for lesson 05."""
from __future__ import annotations

from typing import Sequence

from coursekit.i18n import t
from coursekit.lessons.expectations import CASES, Case, satisfaction
from coursekit.lessons.expectations import cases as localised_cases
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
                      linewidth=2, label=t("ui.expect.line", level=f"{level:g}"))
        left.set_xlim(0, 10)
        left.set_ylim(-9, 9)
        left.set_xlabel(t("ui.expect.xlabel"))
        left.set_ylabel(t("ui.expect.rule"))
        left.text(0.3, 7.6, t("ui.expect.delighted"), color=DELIGHT_TEXT, fontweight="bold")
        left.text(0.3, -8.4, t("ui.expect.disappointed"), color=LETDOWN_TEXT, fontweight="bold")
        left.legend(loc="lower right", fontsize=8, frameon=False)
        left.set_title(t("ui.expect.left_title"))

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
        right.set_xlabel(t("ui.expect.right_xlabel"))
        right.set_title(t("ui.expect.right_title"))
        for spine in ("top", "right"):
            right.spines[spine].set_visible(False)
            left.spines[spine].set_visible(False)
    return fig


def expectations_alt(cases: Sequence[Case] = CASES) -> str:
    """The figure in words (its alt text): the rule, then each worked case with its numbers."""
    worked = t("ui.list_sep").join(t("ui.expect.alt_case", name=c.name, expectation=f"{c.expectation:g}",
                                     experience=f"{c.experience:g}", satisfaction=f"{c.satisfaction:+g}")
                                   for c in cases)
    return t("ui.expect.alt", cases=worked)


def show_expectations(cases: Sequence[Case] | None = None) -> Picture:
    """The expectations figure (the worked cases in the course's language), ready to display in a notebook."""
    cases = localised_cases() if cases is None else cases
    return stored_picture("expectations", t("ui.expect.rule"), (tuple(cases), expectations_alt(cases)),
                          [__name__, "coursekit.lessons.expectations"], lambda: expectation_figure(cases),
                          alt=expectations_alt(cases))
