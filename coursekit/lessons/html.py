"""Small, escaped HTML building blocks for lesson content.

Everything that is not markup we wrote ourselves goes through `esc` first, so text from
data files or from a trainee can never inject markup. `Html` is what lesson helpers
return: notebooks display it as HTML and its plain-text form is a short, stable label
(nbval compares that text, so it must never hold addresses or random ids).
"""
from __future__ import annotations

import html
from typing import Iterable, Sequence

#: Soft colours per need level and a neutral palette, shared by cards and plots.
PALETTE: tuple[str, ...] = ("#4e79a7", "#59a14f", "#edc948", "#f28e2b", "#e15759",
                            "#b07aa1", "#76b7b2", "#ff9da7", "#9c755f")


def esc(text: object) -> str:
    """HTML-escape any value as text (quotes included)."""
    return html.escape(str(text), quote=True)


class Html:
    """A block of HTML for the notebook, with a stable plain-text label.

    `str(block)` gives the markup; `repr(block)` gives ``<label>`` so stored
    text/plain outputs stay the same from run to run.
    """

    def __init__(self, markup: str, label: str = "lesson content") -> None:
        self.markup = markup
        self.label = label

    def _repr_html_(self) -> str:
        return self.markup

    def __str__(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return f"<{self.label}>"

    def __add__(self, other: "Html") -> "Html":
        return Html(self.markup + other.markup, self.label)


def paragraph(text: str) -> str:
    """An escaped paragraph."""
    return f"<p>{esc(text)}</p>"


def bullet_list(items: Iterable[str]) -> str:
    """An escaped bullet list."""
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def quote_list(items: Iterable[str]) -> str:
    """Escaped example sentences shown as quotes."""
    return "<ul>" + "".join(f"<li><i>“{esc(i)}”</i></li>" for i in items) + "</ul>"


def card(title: str, body_html: str, colour: str = "#4e79a7", badge: str = "") -> str:
    """A bordered card: escaped title (and badge), body already built from escaped parts."""
    badge_html = (f'<span style="float:right;font-size:0.8em;color:#555">{esc(badge)}</span>'
                  if badge else "")
    return (
        f'<div style="border-left:6px solid {esc(colour)};padding:6px 12px;margin:8px 0;'
        f'background:#fafafa">{badge_html}<h4 style="margin:4px 0">{esc(title)}</h4>{body_html}</div>'
    )


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], raw_cells: bool = False) -> str:
    """A simple table; cells are escaped unless `raw_cells` says they are built markup."""
    cell = (lambda c: str(c)) if raw_cells else esc
    head = "".join(f'<th style="text-align:left;padding:4px 8px">{esc(h)}</th>' for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td style="text-align:left;vertical-align:top;padding:4px 8px">{cell(c)}</td>'
                         for c in row) + "</tr>"
        for row in rows
    )
    return (f'<table style="border-collapse:collapse"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


def callout(text: str, kind: str = "tip") -> str:
    """A highlighted note: kind is tip, warning or example."""
    colours = {"tip": "#e8f4ea", "warning": "#fdecea", "example": "#eef3fb"}
    icons = {"tip": "💡", "warning": "⚠️", "example": "🗣️"}
    return (f'<div style="background:{colours.get(kind, "#eee")};padding:8px 12px;margin:8px 0;'
            f'border-radius:4px">{icons.get(kind, "")} {esc(text)}</div>')
