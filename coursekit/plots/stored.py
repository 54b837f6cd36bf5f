"""Fixed course figures drawn once, when the notebooks are built, and read back as PNG files.

A lesson's fixed figures (the pyramid, the funnel, a worked debrief) look the same every
time, so a lesson kernel need not import matplotlib (about 40 MB and half a second) to
show them: `stored_picture` returns the PNG stored under ``coursekit/plots/figures/`` and
only draws when that file is missing. A file's name carries a fingerprint of the figure's
inputs and of the source of the modules that draw it, so a changed figure is never
served stale: it is drawn live until the notebooks are rebuilt.

`tools/build_notebooks.py` sets ``COURSEKIT_STORE_FIGURES=1`` for the kernels it runs;
then every figure shown is (re)written, and a full build removes the files nothing used.
"""
from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import Callable, Iterable

from coursekit.plots.render import Picture

#: Where the stored PNGs live (package data).
FIGURES = Path(__file__).resolve().parent / "figures"
#: Set to 1 (by the notebook builder) to write every figure drawn.
STORE_VARIABLE = "COURSEKIT_STORE_FIGURES"
#: Modules every figure depends on, besides its own.
_COMMON = ("coursekit.plots.render", "coursekit.plots.stored", "coursekit.plots.fonts")


def fingerprint(inputs: object, modules: Iterable[str]) -> str:
    """A short hash of the figure's inputs and of the source files of the drawing modules."""
    digest = hashlib.sha256(repr(inputs).encode("utf-8"))
    for name in (*_COMMON, *modules):
        module = sys.modules.get(name)
        if module is None:
            __import__(name)
            module = sys.modules[name]
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:16]


def figure_path(name: str, inputs: object, modules: Iterable[str]) -> Path:
    """The file a figure is stored in: ``figures/<name>-<fingerprint>.png``."""
    return FIGURES / f"{name}-{fingerprint(inputs, modules)}.png"


def storing() -> bool:
    """True when figures drawn should be written (the notebook builder asks for it)."""
    return os.environ.get(STORE_VARIABLE, "").strip() == "1"


def stored_picture(name: str, caption: str, inputs: object, modules: Iterable[str],
                   draw: Callable[[], object], alt: str) -> Picture:
    """The figure from its stored PNG; drawn with `draw()` (a matplotlib Figure) when not stored.

    `inputs` is everything the drawing reads besides the module sources (e.g. the report
    of a worked conversation); `modules` names the modules whose code draws it; `alt` is
    the figure's text alternative (what it shows, in words and numbers).
    """
    path = figure_path(name, inputs, modules)
    if path.is_file() and not storing():
        return Picture.from_png(path.read_bytes(), caption, alt)
    picture = Picture(draw(), caption, alt)
    if storing():
        FIGURES.mkdir(parents=True, exist_ok=True)
        if not path.is_file() or path.read_bytes() != picture.png:
            path.write_bytes(picture.png)
        else:
            path.touch()  # used by this build: a full build keeps it
    return picture
