"""Schema of the knowledge files: one file per kind, entries in the brief's id order."""
from __future__ import annotations

from coursekit.labels import BY_KIND
from coursekit.schema.core import Enum, ListOf, Record, Str, Text, did_you_mean, register_kind

ENTRY = Record(
    fields={
        "id": Str(description="an id"),
        "name": Text(max_len=80),
        "description": Text(),
        "signals": ListOf(Text(), min_items=1, description="a list of signals"),
        "coaching": Text(),
        "examples": ListOf(Text(), description="a list of examples"),
    },
    required={"id", "name", "description", "signals", "coaching"},
    description="an entry (a mapping with id, name, description, signals, coaching)",
)


def _check_ids(data, at):
    """Entry ids must be exactly the brief's ids for this kind, in the brief's order."""
    expected = BY_KIND[data["kind"]]
    entries = data.get("entries")
    if not isinstance(entries, list) or not entries:
        return []
    problems = []
    found = [entry.get("id") if isinstance(entry, dict) else None for entry in entries]
    for index, entry_id in enumerate(found):
        if not isinstance(entry_id, str):
            continue
        if entry_id not in expected:
            problems.append(at(("entries", index, "id"), f"unknown {data['kind']} id {entry_id!r}"
                                                          f"{did_you_mean(entry_id, expected)}; "
                                                          "expected one of: " + ", ".join(expected)))
        elif found.index(entry_id) != index:
            problems.append(at(("entries", index, "id"), f"duplicate id {entry_id!r}"))
    missing = [entry_id for entry_id in expected if entry_id not in found]
    if missing:
        problems.append(at(("entries",), "missing entries for: " + ", ".join(missing)))
    if not problems and found != list(expected) and set(found) == set(expected):
        problems.append(at(("entries",), "entries must follow the course order: " + ", ".join(expected)))
    return problems


for _kind in BY_KIND:
    register_kind(
        _kind,
        Record(
            fields={"kind": Enum(tuple(BY_KIND), description="kind"), "title": Text(), "entries": ListOf(ENTRY, min_items=1)},
            required={"kind", "title", "entries"},
        ),
        _check_ids,
    )
