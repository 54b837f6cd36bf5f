"""Gathering requirements: the three principles side by side (depth, organisation, rounds)."""
from __future__ import annotations

from coursekit.i18n import t
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


def depth() -> list[str]:
    """The bands of principle 1, in the course's language."""
    return [t(f"ui.funnel.depth.{i}") for i in range(len(DEPTH))]


def layers() -> list[tuple[str, str, str]]:
    """(who, what, example) of principle 2, in the course's language."""
    return [tuple(t(f"ui.funnel.layer.{i}.{part}") for part in ("who", "what", "example"))
            for i in range(len(LAYERS))]


def round_name(name: str) -> str:
    """"Round 2" in the course's language."""
    return t("ui.funnel.round", n=name.split()[-1])


def _depth_panel(ax) -> None:
    """A funnel narrowing from outline to specifics, with the outsider's limit drawn across it."""
    from matplotlib.patches import Polygon

    n = len(DEPTH)
    for i, (band, colour) in enumerate(zip(depth(), _COLOURS)):
        top, bottom = 0.9 - 0.8 * i / n, 0.9 - 0.8 * (i + 1) / n
        inset_top, inset_bottom = 0.12 * i, 0.12 * (i + 1)
        ax.add_patch(Polygon([(inset_top, top), (1 - inset_top, top), (1 - inset_bottom, bottom),
                              (inset_bottom, bottom)], closed=True, facecolor=colour,
                             edgecolor="white", linewidth=2))
        ax.text(0.5, (top + bottom) / 2, band, ha="center", va="center", fontsize=9,
                fontweight="bold", color="white")
    ax.plot([0.05, 0.95], [0.2, 0.2], linestyle="--", color="#c0392b", linewidth=1.5)
    ax.text(0.5, 0.06, t("ui.funnel.outsider_limit"), ha="center", va="center", fontsize=8, color="#c0392b", wrap=True)
    ax.set_title(t("ui.funnel.depth_title"), fontsize=10, fontweight="bold")


def _organisation_panel(ax) -> None:
    """Three levels of the customer's organisation, interviewed from the top down."""
    from matplotlib.patches import FancyBboxPatch

    for i, ((who, what, example), colour) in enumerate(zip(layers(), _COLOURS)):
        y = 0.66 - 0.29 * i
        ax.add_patch(FancyBboxPatch((0.06, y), 0.88, 0.22, boxstyle="round,pad=0.01",
                                    facecolor=colour, edgecolor="white"))
        ax.text(0.5, y + 0.145, t("ui.funnel.layer_line", who=who, what=what), ha="center", va="center", fontsize=9,
                fontweight="bold", color="white")
        ax.text(0.5, y + 0.06, example, ha="center", va="center", fontsize=8, color="white")
        if i:
            ax.annotate("", xy=(0.5, y + 0.225), xytext=(0.5, y + 0.285),
                        arrowprops={"arrowstyle": "->", "color": "#555555"})
    ax.set_title(t("ui.funnel.org_title"), fontsize=10, fontweight="bold")


def _rounds_panel(ax) -> None:
    """The list of needs after each round: known needs, and hidden ones that surface late."""
    names = [round_name(name) for name, _, _ in ROUNDS]
    known = [k for _, k, _ in ROUNDS]
    hidden = [h for _, _, h in ROUNDS]
    ax.bar(names, known, color=_COLOURS[0], label=t("ui.funnel.stated"))
    ax.bar(names, hidden, bottom=known, color="#f28e2b", label=t("ui.funnel.hidden"))
    ax.set_ylabel(t("ui.funnel.on_list"))
    ax.set_ylim(0, max(k + h for k, h in zip(known, hidden)) + 3)
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_title(t("ui.funnel.rounds_title"), fontsize=10, fontweight="bold")


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
        fig.suptitle(t("ui.funnel.title"), fontsize=12, fontweight="bold")
    return fig


def funnel_alt() -> str:
    """The three panels in words (the figure's alt text)."""
    sep = t("ui.list_sep")
    people = sep.join(t("ui.funnel.alt_layer", who=who, what=what, example=example) for who, what, example in layers())
    rounds = sep.join(t("ui.funnel.alt_round", name=round_name(name), known=known, hidden=hidden)
                      for name, known, hidden in ROUNDS)
    return t("ui.funnel.alt", depth=t("ui.list_comma").join(depth()), limit=t("ui.funnel.outsider_limit"),
             layers=people, rounds=rounds)


def show_funnel() -> Picture:
    """The three principles of gathering requirements, ready to display."""
    return stored_picture("funnel", t("ui.funnel.caption"), funnel_alt(), [__name__], funnel_figure, alt=funnel_alt())
