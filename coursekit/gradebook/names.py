"""Trainee names: the default name (`COURSEKIT_TRAINEE`) and matching spellings of one name.

Grading takes names from folder names (`ana.souza`), the simulator from what trainees
type (`Ana Souza`): `name_key` makes both the same trainee in reports and filters.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Iterable

#: The environment variable that names the trainee of this Jupyter server / account.
TRAINEE_ENV = "COURSEKIT_TRAINEE"

#: Longest trainee name the gradebook stores (same as `coursekit.gradebook.book.MAX_NAME`).
MAX_NAME = 100

_SEPARATORS = re.compile(r"[._\-\s]+")


def normalise_name(text: str) -> str:
    """One spelling for look-alike names: NFKC, invisible characters dropped, spaces tidied.

    "Ana\u200b Souza", "Ana Souza" with a decomposed accent and "Ａｎａ Souza" are stored alike;
    format and control characters (zero-width spaces, joiners, soft hyphens, BOM) never count.
    """
    text = str(text)
    if text.isascii() and text.isprintable():  # the usual name: nothing to fold
        return " ".join(text.split())
    folded = unicodedata.normalize("NFKC", text)
    kept = "".join(ch for ch in folded if ch.isspace() or unicodedata.category(ch) not in _INVISIBLE)
    return " ".join(kept.split())


#: Unicode categories never shown as a letter: format (zero-width), control, surrogate, unassigned, private.
_INVISIBLE = frozenset({"Cf", "Cc", "Cs", "Cn", "Co"})


def tidy_name(typed: object) -> str | None:
    """A typed name as the gradebook stores it (normalised, at most MAX_NAME characters); None if blank."""
    if typed is None:
        return None
    return normalise_name(str(typed))[:MAX_NAME].rstrip() or None


def trainee_name(given: str | None = None) -> str | None:
    """The trainee's name: the cleaned `given` name; when none is given (None), `$COURSEKIT_TRAINEE`.

    What the scenario picker and `coursekit.widgets.dialogue.simulation()` use, e.g. with
    `COURSEKIT_TRAINEE` set per user on a JupyterHub so every result is recorded. A given
    but blank name ("", a cleared name box) means "do not record": None, whatever the
    environment says.
    """
    if given is None:
        return tidy_name(os.environ.get(TRAINEE_ENV))
    return tidy_name(given)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The key two spellings of one trainee share: case, dots, underscores, hyphens and
    repeated spaces ignored (`ana.souza`, `Ana Souza`, `ANA_souza` -> `ana souza`)."""
    return _SEPARATORS.sub(" ", normalise_name(name)).strip().casefold()


def display_name(spellings: Iterable[str]) -> str:
    """The spelling to show for one trainee: the most common one; ties prefer a typed name
    (with a space and capitals) over a folder name, then alphabetical order."""
    counts = Counter(spellings)
    if not counts:
        raise ValueError("no spellings")
    return min(counts, key=lambda n: (-counts[n], " " not in n, n == n.lower(), n))


def display_names(names: Iterable[str]) -> dict[str, str]:
    """name_key -> the spelling to show, over every recorded name (one per attempt)."""
    by_key: dict[str, list[str]] = {}
    for name in names:
        by_key.setdefault(name_key(name), []).append(name)
    return {key: display_name(spellings) for key, spellings in by_key.items()}
