"""The course knowledge: need levels, temperaments, principles, techniques, objections...

Loaded once from the validated data files in `coursekit/data/knowledge/`. Pure Python.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from coursekit.i18n import language
from coursekit.labels import BY_KIND

DATA_DIR = Path(__file__).parent / "data"
KNOWLEDGE_DIR = DATA_DIR / "knowledge"


@dataclass(frozen=True)
class Entry:
    """One idea of the course (a need level, a temperament, a technique...)."""

    kind: str
    id: str
    name: str
    description: str
    signals: tuple[str, ...]
    coaching: str
    examples: tuple[str, ...] = ()


def _check_kind(kind: str) -> None:
    if kind not in BY_KIND:
        raise KeyError(f"unknown knowledge kind {kind!r}; expected one of: {', '.join(BY_KIND)}")


def entries(kind: str, lang: str | None = None) -> tuple[Entry, ...]:
    """All entries of a kind, in course order (e.g. `entries("need_levels")`, low to high),
    in the course's language (`coursekit.i18n`) or the one given."""
    _check_kind(kind)
    return _entries(kind, lang or language())


@lru_cache(maxsize=None)
def _entries(kind: str, lang: str) -> tuple[Entry, ...]:
    from coursekit.i18n import localise
    from coursekit.schema import kind_of, load_file

    path = KNOWLEDGE_DIR / f"{kind}.yaml"
    data = localise(path, load_file(path, kind, localised=False), kind_of(kind).spec, lang)
    return tuple(
        Entry(
            kind=kind,
            id=item["id"],
            name=item["name"].strip(),
            description=item["description"].strip(),
            signals=tuple(s.strip() for s in item["signals"]),
            coaching=item["coaching"].strip(),
            examples=tuple(e.strip() for e in item.get("examples", ())),
        )
        for item in data["entries"]
    )


def entry(kind: str, entry_id: str, lang: str | None = None) -> Entry:
    """One entry by kind and id, e.g. `entry("temperaments", "expert")`."""
    for item in entries(kind, lang):
        if item.id == entry_id:
            return item
    raise KeyError(f"no {kind} entry {entry_id!r}; known ids: {', '.join(BY_KIND[kind])}")


def kinds() -> tuple[str, ...]:
    """The knowledge kinds, in course order."""
    return tuple(BY_KIND)


def knowledge_files() -> list[Path]:
    """The shipped knowledge data files."""
    return [KNOWLEDGE_DIR / f"{kind}.yaml" for kind in BY_KIND]
