"""The need pyramid: the five levels of customer need, product at the base, success on top."""
from __future__ import annotations

from typing import Mapping

from coursekit.i18n import t
from coursekit.knowledge import entries
from coursekit.lessons.html import PALETTE
from coursekit.plots.render import Picture, course_style, new_figure
from coursekit.plots.stored import stored_picture

def wants(level_id: str) -> str:
    """A few words per level for the labels beside the pyramid (what the customer wants)."""
    return t(f"ui.pyramid.want.{level_id}")


def short_name(level_id: str) -> str:
    """The level's name without "need" ("Product"), in the course's language."""
    return t(f"ui.level_short.{level_id}")


GREY = "#d9d9d9"


def pyramid_layers(n: int = 5) -> list[list[tuple[float, float]]]:
    """Corner points of `n` stacked trapezoids (the top one a triangle), bottom first."""
    layers = []
    for i in range(n):
        bottom, top = i / n, (i + 1) / n
        half_bottom, half_top = (1 - bottom) / 2, (1 - top) / 2
        layers.append([(0.5 - half_bottom, bottom), (0.5 + half_bottom, bottom),
                       (0.5 + half_top, top), (0.5 - half_top, top)])
    return layers


def need_pyramid(highlight: str | None = None, counts: Mapping[str, int] | None = None):
    """Draw the pyramid as a matplotlib Figure.

    `highlight` colours one level and greys the others; `counts` adds a number per
    level (e.g. how many statements a trainee placed there).
    """
    from matplotlib.patches import Polygon

    levels = entries("need_levels")
    ids = [e.id for e in levels]
    if highlight is not None and highlight not in ids:
        raise ValueError(f"unknown need level {highlight!r}; expected one of {', '.join(ids)}")
    with course_style():
        fig = new_figure(8.0, 4.6)
        ax = fig.add_axes((0.02, 0.04, 0.96, 0.86))
        ax.set_xlim(0, 1.9)
        ax.set_ylim(0, 1.02)
        ax.axis("off")
        for index, (level, corners) in enumerate(zip(levels, pyramid_layers(len(levels)))):
            colour = PALETTE[index] if highlight in (None, level.id) else GREY
            ax.add_patch(Polygon(corners, closed=True, facecolor=colour, edgecolor="white", linewidth=2))
            middle = (corners[0][1] + corners[2][1]) / 2
            ax.text(0.5, middle, f"{index + 1}  {short_name(level.id)}", ha="center", va="center",
                    fontsize=10 if index < 4 else 9, fontweight="bold", color="black")
            note = wants(level.id)
            if counts is not None:
                note += f"   [{counts.get(level.id, 0)}]"
            ax.plot([corners[1][0] + 0.02, 1.02], [middle, middle], color="#999999", linewidth=0.8)
            ax.text(1.04, middle, note, ha="left", va="center", fontsize=9,
                    color="black" if highlight in (None, level.id) else "#666666")  # greyed, 5.7:1 on white
        ax.annotate("", xy=(1.87, 0.97), xytext=(1.87, 0.03),
                    arrowprops={"arrowstyle": "->", "color": "#555555"})
        ax.text(1.85, 0.5, t("ui.pyramid.higher"), rotation=90, ha="right", va="center", fontsize=8, color="#555555")
        fig.suptitle(t("ui.pyramid.title"), fontsize=12, fontweight="bold")
    return fig


def pyramid_alt(highlight: str | None = None, counts: Mapping[str, int] | None = None) -> str:
    """The pyramid in words (its alt text): the levels from the base up, what each customer wants."""
    parts = []
    for index, level in enumerate(entries("need_levels"), start=1):
        part = t("ui.pyramid.part", index=index, level=short_name(level.id), wants=wants(level.id))
        if counts is not None:
            part += f" [{counts.get(level.id, 0)}]"
        parts.append(part)
    if highlight:
        return t("ui.pyramid.alt_highlight", level=t(f"ui.level_short.{highlight}").lower(), levels=t("ui.list_sep").join(parts))
    return t("ui.pyramid.alt", levels=t("ui.list_sep").join(parts))


def show_pyramid(highlight: str | None = None, counts: Mapping[str, int] | None = None) -> Picture:
    """The need pyramid, ready to display in a notebook."""
    caption = (t("ui.pyramid.caption_highlight", level=t(f"ui.level_short.{highlight}").lower()) if highlight
               else t("ui.pyramid.caption"))
    texts = [(e.id, e.name, short_name(e.id), wants(e.id)) for e in entries("need_levels")]
    inputs = (texts, t("ui.pyramid.title"), t("ui.pyramid.higher"), PALETTE, highlight,
              sorted((counts or {}).items()), counts is None)
    name = "pyramid" + (f"-{highlight}" if highlight else "")
    return stored_picture(name, caption, inputs, [__name__], lambda: need_pyramid(highlight, counts),
                          alt=pyramid_alt(highlight, counts))
