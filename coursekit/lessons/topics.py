"""Lesson displays built from the course knowledge (`coursekit.entries`).

Each `show_*` function returns an `Html` block, so a notebook cell is one readable
call, e.g. ``lessons.show_levels()``. Nothing here imports widgets or matplotlib.
"""
from __future__ import annotations

from typing import Iterable

from coursekit.i18n import t
from coursekit.knowledge import Entry, entries, entry
from coursekit.lessons.html import PALETTE, Html, bullet_list, card, esc, paragraph, quote_list, table

#: How each knowledge kind is named in headings.
KIND_TITLES: dict[str, str] = {
    "need_levels": "need levels",
    "temperaments": "customer temperaments",
    "principles": "principles for defining needs",
    "techniques": "questioning techniques",
    "question_forms": "question forms",
    "objection_patterns": "objection patterns",
    "objection_tests": "tests of a real objection",
    "checkpoints": "checkpoints of the buying mind",
}


def kind_title(kind: str) -> str:
    """How a knowledge kind is named in headings, in the course's language."""
    return t(f"ui.kind.{kind}") if kind in KIND_TITLES else kind


def colour_of(kind: str, entry_id: str) -> str:
    """The palette colour of an entry: its position in course order."""
    ids = [e.id for e in entries(kind)]
    return PALETTE[ids.index(entry_id) % len(PALETTE)] if entry_id in ids else "#888888"


def entry_card(item: Entry, *, signals: bool = True, examples: bool = True, badge: str = "") -> str:
    """One entry as a card: description, signals, what to do, examples (all escaped)."""
    parts = [paragraph(item.description)]
    if signals and item.signals:
        parts.append(f"<b>{esc(t('ui.topics.signals'))}</b>" + bullet_list(item.signals))
    parts.append(f"<b>{esc(t('ui.topics.do'))}</b><p>{esc(item.coaching)}</p>")
    if examples and item.examples:
        parts.append(f"<b>{esc(t('ui.topics.examples'))}</b>" + quote_list(item.examples))
    return card(item.name, "".join(parts), colour_of(item.kind, item.id), badge)


def show_entries(kind: str, ids: Iterable[str] | None = None, *, signals: bool = True,
                 examples: bool = True) -> Html:
    """Cards for the entries of a kind (all, or those ids in the given order)."""
    items = [entry(kind, i) for i in ids] if ids is not None else list(entries(kind))
    total = len(entries(kind))
    order = [e.id for e in entries(kind)]
    cards = [entry_card(e, signals=signals, examples=examples,
                        badge=t("ui.topics.badge", n=order.index(e.id) + 1, total=total)) for e in items]
    return Html("".join(cards), t("ui.topics.cards_label", count=len(items), kind=kind_title(kind)))


def show_entry(kind: str, entry_id: str) -> Html:
    """The card of one entry, e.g. ``show_entry("temperaments", "expert")``."""
    return show_entries(kind, [entry_id])


def overview(kind: str, *, what: str | None = None, do: str | None = None) -> Html:
    """A compact table of a kind: name, short description, what to do."""
    rows = [(e.name, e.description, e.coaching) for e in entries(kind)]
    return Html(table(("", what or t("ui.topics.means"), do or t("ui.topics.do")), rows),
                t("ui.topics.overview_label", kind=kind_title(kind)))


def show_levels() -> Html:
    """The five need levels as cards, from the highest (success) down to product."""
    return show_entries("need_levels", [e.id for e in reversed(entries("need_levels"))])


def show_temperaments() -> Html:
    """The nine temperaments: how to recognise each and how to serve them."""
    rows = [(e.name, t("ui.list_sep").join(e.signals[:3]), e.coaching) for e in entries("temperaments")]
    return Html(table((t("ui.topics.temperament"), t("ui.topics.signals"), t("ui.topics.serve")), rows),
                t("ui.topics.temperaments_label"))


def show_principles() -> Html:
    """The five principles for defining needs, as cards."""
    return show_entries("principles")


def show_techniques() -> Html:
    """The seven questioning techniques with one example question each."""
    rows = []
    for e in entries("techniques"):
        example = t("ui.quoted", text=e.examples[0]) if e.examples else ""
        rows.append((e.name, e.description, example))
    return Html(table((t("ui.topics.technique"), t("ui.topics.what_it_does"), t("ui.topics.example")), rows),
                t("ui.topics.techniques_label"))


def show_objections() -> Html:
    """The seven objection patterns, as cards."""
    return show_entries("objection_patterns")


def show_objection_tests() -> Html:
    """The three tests of a real objection, as cards."""
    return show_entries("objection_tests", signals=False)


def show_checkpoints() -> Html:
    """The four checkpoints of the buying mind, as cards."""
    return show_entries("checkpoints", examples=False)


def show_buying_paths() -> Html:
    """The two paths through the checkpoints, side by side, with the easier one marked."""
    names = {e.id: e.name for e in entries("checkpoints")}

    def path(ids: list[str]) -> str:
        steps = " → ".join(f"<b>{esc(names.get(i, i))}</b>" for i in ids)
        return f"<p style='font-size:1.1em'>{steps}</p>"

    first = card(t("ui.topics.path1"), path(["know", "approve", "need", "intent"])
                 + paragraph(t("ui.topics.path1_text")), "#9c755f")
    second = card(t("ui.topics.path2"), path(["need", "know", "approve", "intent"])
                  + paragraph(t("ui.topics.path2_text")), "#59a14f")
    return Html(first + second, t("ui.topics.paths_label"))
