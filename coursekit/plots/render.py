"""Deterministic rendering of course figures for notebooks and Voila.

`Picture` wraps a matplotlib Figure (or the PNG of one drawn earlier, see
`coursekit.plots.stored`): the notebook shows it as an HTML ``<img>`` with alt text (what a
screen reader says: the figure's message and its numbers; a bare PNG output has no alt) and its
plain-text form is a fixed caption (nbval compares text, so no "<Figure size ...>" that could change
and no memory address). PNGs carry no software/date metadata, so a rebuild yields the
same bytes.
"""
from __future__ import annotations

import base64
import html
import io
from contextlib import contextmanager
from typing import Iterator

#: rcParams every course figure is drawn with (independent of the user's matplotlibrc).
STYLE: dict[str, object] = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.labelsize": 10,
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "svg.hashsalt": "coursekit",
    "path.simplify": True,
}


@contextmanager
def course_style() -> Iterator[None]:
    """Draw with the course's fixed rcParams (defaults first, then STYLE), Chinese text in the
    CJK font the install ships (`coursekit.plots.fonts`). Create the figure inside it: a text's
    font list is fixed when the text is made."""
    import matplotlib

    from coursekit.plots.fonts import families

    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update(STYLE)
        matplotlib.rcParams["font.family"] = list(families())
        yield


def new_figure(width: float, height: float):
    """A pyplot-free Figure of a fixed size in inches (nothing global is touched)."""
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100)


def png_bytes(fig) -> bytes:
    """The figure as PNG bytes, without metadata that would vary between runs."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, metadata={"Software": None})
    return buffer.getvalue()


def img_html(png: bytes, alt: str, css_class: str = "coursekit-figure") -> str:
    """A PNG as an ``<img>`` with escaped alt text, scaled down (never up) to its container."""
    source = base64.b64encode(png).decode("ascii")
    return (f'<img class="{css_class}" src="data:image/png;base64,{source}" '
            f'alt="{html.escape(alt, quote=True)}" style="max-width:100%;height:auto">')


class Picture:
    """A rendered figure with a caption and alt text; displays as an image, prints as its caption."""

    def __init__(self, fig, caption: str, alt: str | None = None) -> None:
        self.figure = fig
        self.caption = caption
        self.alt = alt or caption
        with course_style():
            self._png = png_bytes(fig)

    @classmethod
    def from_png(cls, png: bytes, caption: str, alt: str | None = None) -> "Picture":
        """A picture from PNG bytes drawn earlier (no matplotlib needed); `.figure` is None."""
        picture = cls.__new__(cls)
        picture.figure, picture.caption, picture._png = None, caption, png
        picture.alt = alt or caption
        return picture

    def _repr_html_(self) -> str:
        return img_html(self._png, self.alt)

    def __repr__(self) -> str:
        return f"<figure: {self.caption}>"

    @property
    def png(self) -> bytes:
        """The PNG bytes (for saving or embedding)."""
        return self._png
