"""Gathering requirements: the three principles side by side (depth, organisation, rounds)."""
from __future__ import annotations

from coursekit.plots.render import Picture, course_style, new_figure
from coursekit.plots.stored import stored_picture

#: Principle 1, coarse to fine: the bands from outline to specifics, and where an outsider stops.
DEPTH: tuple[str, ...] = ("the outline", "the main processes", "the specifics")
OUTSIDER_LIMIT = "stop here: the rest is the customer's own business"

#: Principle 2, top-down: (who, the level of need they give, an example), interviewed in this order.
LAYERS: tuple[tuple[str, str, str], ...] = (
    ("Executives", "the big picture", "“grow into two new regions”"),
    ("Managers", "management needs", "“a weekly report of late orders”"),
    ("Operators", "the details", "“a scanner that reads torn labels”"),
)

#: Principle 3, repeated rounds: what the list holds after each round; hidden needs come late.
ROUNDS: tuple[tuple[str, int, int], ...] = (
    ("Round 1", 4, 0), ("Round 2", 6, 1), ("Round 3", 7, 3),
)

_COLOURS = ("#4e79a7", "#76b7b2", "#59a14f")


def _depth_panel(ax) -> None:
    """A funnel narrowing from outline to specifics, with the outsider's limit drawn across it."""
    from matplotlib.patches import Polygon

    n = len(DEPTH)
    for i, (band, colour) in enumerate(zip(DEPTH, _COLOURS)):
        top, bottom = 0.9 - 0.8 * i / n, 0.9 - 0.8 * (i + 1) / n
        inset_top, inset_bottom = 0.12 * i, 0.12 * (i + 1)
        ax.add_patch(Polygon([(inset_top, top), (1 - inset_top, top), (1 - inset_bottom, bottom),
                              (inset_bottom, bottom)], closed=True, facecolor=colour,
                             edgecolor="white", linewidth=2))
        ax.text(0.5, (top + bottom) / 2, band, ha="center", va="center", fontsize=9,
                fontweight="bold", color="white")
    ax.plot([0.05, 0.95], [0.2, 0.2], linestyle="--", color="#c0392b", linewidth=1.5)
    ax.text(0.5, 0.06, OUTSIDER_LIMIT, ha="center", va="center", fontsize=8, color="#c0392b", wrap=True)
    ax.set_title("1 · Coarse to fine\n(and know how deep to go)", fontsize=10, fontweight="bold")


def _organisation_panel(ax) -> None:
    """Three levels of the customer's organisation, interviewed from the top down."""
    from matplotlib.patches import FancyBboxPatch

    for i, ((who, what, example), colour) in enumerate(zip(LAYERS, _COLOURS)):
        y = 0.66 - 0.29 * i
        ax.add_patch(FancyBboxPatch((0.06, y), 0.88, 0.22, boxstyle="round,pad=0.01",
                                    facecolor=colour, edgecolor="white"))
        ax.text(0.5, y + 0.145, f"{who}: {what}", ha="center", va="center", fontsize=9,
                fontweight="bold", color="white")
        ax.text(0.5, y + 0.06, example, ha="center", va="center", fontsize=8, color="white")
        if i:
            ax.annotate("", xy=(0.5, y + 0.225), xytext=(0.5, y + 0.285),
                        arrowprops={"arrowstyle": "->", "color": "#555555"})
    ax.set_title("2 · Top-down through the organisation\n(each level, its own needs)",
                 fontsize=10, fontweight="bold")


def _rounds_panel(ax) -> None:
    """The list of needs after each round: known needs, and hidden ones that surface late."""
    names = [name for name, _, _ in ROUNDS]
    known = [k for _, k, _ in ROUNDS]
    hidden = [h for _, _, h in ROUNDS]
    ax.bar(names, known, color=_COLOURS[0], label="needs stated early")
    ax.bar(names, hidden, bottom=known, color="#f28e2b", label="hidden needs, surfacing late")
    ax.set_ylabel("needs on the list")
    ax.set_ylim(0, max(k + h for k, h in zip(known, hidden)) + 3)
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_title("3 · Repeated rounds\n(hidden needs come up late)", fontsize=10, fontweight="bold")


def funnel_figure():
    """Three panels, one per principle of gathering requirements."""
    with course_style():
        fig = new_figure(11.0, 4.0)
        depth = fig.add_axes((0.01, 0.05, 0.30, 0.72))
        organisation = fig.add_axes((0.34, 0.05, 0.30, 0.72))
        rounds = fig.add_axes((0.73, 0.12, 0.25, 0.65))
        for ax in (depth, organisation):
            ax.set_xlim(0, 1)
            ax.set_ylim(0, 1)
            ax.axis("off")
        _depth_panel(depth)
        _organisation_panel(organisation)
        _rounds_panel(rounds)
        fig.suptitle("Gathering requirements: three separate principles", fontsize=12, fontweight="bold")
    return fig


def funnel_alt() -> str:
    """The three panels in words (the figure's alt text)."""
    layers = "; ".join(f"{who}: {what}, e.g. {example}" for who, what, example in LAYERS)
    rounds = "; ".join(f"{name}: {known} needs stated early and {hidden} hidden" for name, known, hidden in ROUNDS)
    return ("Gathering requirements, three separate principles. 1, coarse to fine: a funnel from "
            f"{', '.join(DEPTH)}, with a line across it: {OUTSIDER_LIMIT}. 2, top-down through the "
            f"organisation: {layers}. 3, repeated rounds, a bar chart of the needs on the list: {rounds}.")


def show_funnel() -> Picture:
    """The three principles of gathering requirements, ready to display."""
    return stored_picture("funnel", "gathering requirements: coarse to fine, top-down, in rounds", None, [__name__],
                          funnel_figure, alt=funnel_alt())
