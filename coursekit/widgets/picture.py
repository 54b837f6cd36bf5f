"""A PNG with alt text as a widget: ipywidgets' Image has no alt, so a screen reader meets an
unnamed picture; this HTML widget shows the same PNG in an ``<img>`` with its alt text."""
from __future__ import annotations

import ipywidgets as widgets

from coursekit.plots.render import img_html


class AltImage(widgets.HTML):
    """An image widget with alt text; `.png` holds the bytes shown (b"" when empty)."""

    def __init__(self, css_class: str = "coursekit-figure", **kwargs) -> None:
        super().__init__(**kwargs)
        self.css_class = css_class
        self.png = b""
        self.alt = ""

    def show(self, png: bytes, alt: str) -> None:
        """Show `png` with `alt` as its text alternative."""
        self.png, self.alt = bytes(png), alt
        self.value = img_html(self.png, alt, self.css_class) if png else ""
