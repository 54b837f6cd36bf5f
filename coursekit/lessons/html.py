"""Small, escaped HTML building blocks for lesson content.

Everything that is not markup we wrote ourselves goes through `esc` first, so text from
data files or from a trainee can never inject markup. `Html` is what lesson helpers
return: notebooks display it as HTML and its plain-text form is a short, stable label
(nbval compares that text, so it must never hold addresses or random ids).
"""
from __future__ import annotations

import html
from typing import Iterable, Sequence

from coursekit.i18n import language, t

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


#: Quotation-mark pairs an item may already be wrapped in (then `quoted` does not add a second pair).
_QUOTE_PAIRS: tuple[tuple[str, str], ...] = (("“", "”"), ('"', '"'), ("„", "“"), ("«", "»"), ("‘", "’"))
_DOUBLE_QUOTES = "“”\"„«»"


def unquote(text: str) -> str:
    """`text` without one pair of outer quotation marks, if it is wholly one quotation.

    ``“How do I know?”`` becomes ``How do I know?``; ``Says: “Just the price.”`` and
    ``“A” or “B”`` stay as they are (the quotes are not one outer pair).
    """
    stripped = str(text).strip()
    for opening, closing in _QUOTE_PAIRS:
        if len(stripped) >= 2 and stripped.startswith(opening) and stripped.endswith(closing):
            inner = stripped[len(opening):-len(closing)]
            if opening not in inner and closing not in inner:
                return inner.strip()
    return stripped


def quoted(text: str, italic: bool = True) -> str:
    """A statement shown as a quotation: escaped, in one pair of curly quotes (italic by default).

    The one place sorting items and example sentences get their quotation marks, so an
    item written with its own quotes is not shown with doubled ones: a wholly quoted item
    loses its own pair first, and an item that quotes someone inside it (``Says: “Just the
    price.”``) is shown as written, without an outer pair.
    """
    inner = unquote(text)
    has_quotes = any(mark in inner for mark in _DOUBLE_QUOTES)  # not ’: it is also an apostrophe
    markup = esc(inner) if has_quotes else esc(t("ui.quoted", text="\0")).replace("\0", esc(inner))
    return f"<i>{markup}</i>" if italic and language() != "zh" else markup  # Chinese is not slanted


def statement(text: str, said: bool = True) -> str:
    """A sorting item: in quotes when it is something said (`quoted`); a description of what
    someone does is shown as written (escaped), any words it quotes keeping their own marks."""
    if said or unquote(text) != str(text).strip():
        return quoted(text)
    return esc(str(text).strip())


def quote_list(items: Iterable[str]) -> str:
    """Escaped example sentences shown as quotes."""
    return "<ul>" + "".join(f"<li>{quoted(i)}</li>" for i in items) + "</ul>"


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
