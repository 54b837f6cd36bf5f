"""Deterministic rendering of course figures for notebooks and Voila.

`Picture` wraps a matplotlib Figure (or the PNG of one drawn earlier, see
`coursekit.plots.stored`): the notebook shows it as a PNG and its plain-text
form is a fixed caption (nbval compares text, so no "<Figure size ...>" that could change
and no memory address). PNGs carry no software/date metadata, so a rebuild yields the
same bytes.
"""
from __future__ import annotations

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
    """Draw with the course's fixed rcParams (defaults first, then STYLE)."""
    import matplotlib

    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update(STYLE)
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


class Picture:
    """A rendered figure with a caption; displays as PNG, prints as its caption."""

    def __init__(self, fig, caption: str) -> None:
        self.figure = fig
        self.caption = caption
        with course_style():
            self._png = png_bytes(fig)

    @classmethod
    def from_png(cls, png: bytes, caption: str) -> "Picture":
        """A picture from PNG bytes drawn earlier (no matplotlib needed); `.figure` is None."""
        picture = cls.__new__(cls)
        picture.figure, picture.caption, picture._png = None, caption, png
        return picture

    def _repr_png_(self) -> bytes:
        return self._png

    def __repr__(self) -> str:
        return f"<figure: {self.caption}>"

    @property
    def png(self) -> bytes:
        """The PNG bytes (for saving or embedding)."""
        return self._png
