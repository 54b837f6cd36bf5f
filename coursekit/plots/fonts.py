"""The fonts course figures are drawn in: DejaVu Sans, then Noto Sans SC for Chinese text.

matplotlib ships no Chinese font and a fresh machine may have none, so a Chinese label would be
drawn as empty boxes. The dependency ``pylopdf-fonts-zh-cn`` (SIL Open Font License 1.1) ships
Noto Sans SC inside the install; `families()` registers it with matplotlib's font manager the
first time a figure is drawn (never at import) and returns the family list matplotlib falls
back along, glyph by glyph: Latin text keeps DejaVu Sans, a character DejaVu lacks comes from
Noto Sans SC. The package ships the regular weight only; it is registered for every weight, so
a bold label draws its Chinese in the regular weight instead of matplotlib warning on every
figure with bold text ("Failed to find font weight bold").
"""
from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

#: The course's Latin font (matplotlib's own, always there).
LATIN = "DejaVu Sans"


def cjk_font_path() -> Path | None:
    """The Simplified-Chinese font file the install provides, or None when it is not installed."""
    try:
        from pylopdf_fonts_zh_cn import sans_path
    except ImportError:
        return None
    path = Path(sans_path())
    return path if path.is_file() else None


@cache
def families() -> tuple[str, ...]:
    """The font families figures are drawn with, first choice first; registers the CJK font once.

    Only `(LATIN,)` when the CJK font package is missing: Chinese then shows as boxes, and
    matplotlib warns "Glyph … missing from font(s)".
    """
    path = cjk_font_path()
    if path is None:
        return (LATIN,)
    from matplotlib import font_manager

    manager = font_manager.fontManager
    manager.addfont(str(path))  # appends its entries and clears the lookup cache
    shipped = [entry for entry in manager.ttflist if entry.fname == str(path)]
    manager.ttflist.extend(dataclasses.replace(entry, weight=weight) for entry in shipped
                           for weight in range(100, 1000, 100) if weight != entry.weight)
    return (LATIN, shipped[0].name)
