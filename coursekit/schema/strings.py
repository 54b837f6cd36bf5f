"""Schema of string catalogues: learner-facing sentences by id, each in every language the file lists.

A catalogue names its `languages:`; every string gives `en` (the source), one text per listed
language, with the same `{placeholders}` as the source, and (once translated) `from`: a
fingerprint of the English the translations were made from (`fingerprint`). A missing translation, an unknown language, a
placeholder a translation drops or invents, and a stale translation (the English changed since:
the fingerprint no longer matches) are reported with their place. After translating, run
`python tools/stamp_translations.py FILE` to record the English the translations now follow.
"""
from __future__ import annotations

import hashlib
import re

from coursekit.schema.core import Enum, ListOf, Record, Str, duplicate_ids, register_kind

#: Languages a catalogue may hold besides English (the source).
LANGUAGES = ("es", "zh")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_ID = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$")

STRING = Record(
    fields={"id": Str(description="a string id"), "en": Str(), **{lang: Str() for lang in LANGUAGES},
            "from": Str(description="the fingerprint of the English the translations follow")},
    required={"id", "en"},
    description="a string (a mapping with id, en and one text per language)",
)


def fingerprint(english: str) -> str:
    """Eight hex digits that change whenever the English text changes."""
    return hashlib.sha1(english.encode("utf-8")).hexdigest()[:8]


def _check(data, at):
    problems = duplicate_ids(data.get("strings"), ("strings",), at)
    langs = [lang for lang in data.get("languages") or () if lang in LANGUAGES]
    for index, entry in enumerate(data.get("strings") or ()):
        if not isinstance(entry, dict):
            continue
        sid = entry.get("id")
        if isinstance(sid, str) and not _ID.match(sid):
            problems.append(at(("strings", index, "id"), f"id {sid!r} must be lower-case words joined by dots"))
        source = entry.get("en")
        wanted = set(_PLACEHOLDER.findall(source)) if isinstance(source, str) else set()
        if isinstance(source, str) and isinstance(entry.get("from"), str) and entry["from"] != fingerprint(source):
            problems.append(at(("strings", index, "from"), f"stale translations of {sid!r}: the English changed after "
                                                           "they were made; update them, then run tools/stamp_translations.py"))
        if "from" not in entry and langs and all(isinstance(entry.get(lang), str) for lang in langs):
            problems.append(at(("strings", index), f"translations of {sid!r} are not stamped: "
                                                   "run tools/stamp_translations.py"))
        for lang in langs:
            text = entry.get(lang)
            if not isinstance(text, str):
                problems.append(at(("strings", index), f"missing the {lang} translation of {sid!r}"))
                continue
            found = set(_PLACEHOLDER.findall(text))
            if found != wanted:
                problems.append(at(("strings", index, lang),
                                   f"placeholders {sorted(found)} differ from the English {sorted(wanted)}"))
    return problems


register_kind(
    "strings",
    Record(
        fields={"kind": Enum(("strings",), description="kind"), "title": Str(),
                "languages": ListOf(Enum(LANGUAGES, description="language"), min_items=1),
                "strings": ListOf(STRING, min_items=1)},
        required={"kind", "title", "languages", "strings"},
    ),
    _check,
)
