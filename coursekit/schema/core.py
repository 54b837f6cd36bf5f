"""A small declarative schema: field specs that check parsed data and report every problem.

Specs are built from `Record`, `ListOf`, `MapOf`, `Str`, `Text` (learner-facing, translated), `Int`, `Num`, `Bool`, `Enum` and
`Any`. `Spec.check(value, path, at)` calls `at(path, message)` for each problem found; `at`
turns the path into a positioned `Problem` (see `coursekit.sourcefile.Source.problem`).
Each data-file kind registers its spec with `register_kind`.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any as AnyType, Callable, Iterable

from coursekit.sourcefile import Path_, Problem

At = Callable[[Path_, str], Problem]
CrossCheck = Callable[[AnyType, At], "list[Problem]"]


def _type_name(value: AnyType) -> str:
    if value is None:
        return "nothing (null)"
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false", int: "a whole number",
            float: "a number"}.get(type(value), type(value).__name__)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """' (did you mean 'x'?)' when a close match exists, else ''."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


class Spec:
    """Base of all field specs."""

    description = "a value"

    def check(self, value: AnyType, path: Path_, at: At, problems: list[Problem]) -> None:
        raise NotImplementedError


@dataclass
class Any(Spec):
    """Anything at all."""

    description: str = "any value"

    def check(self, value, path, at, problems):
        return None


@dataclass
class Str(Spec):
    """Text, not empty by default."""

    min_len: int = 1
    max_len: int | None = None
    description: str = "text"

    def check(self, value, path, at, problems):
        if not isinstance(value, str):
            problems.append(at(path, f"expected {self.description}, found {_type_name(value)}"))
        elif len(value.strip()) < self.min_len:
            problems.append(at(path, f"expected {self.description}, found empty text"))
        elif self.max_len is not None and len(value) > self.max_len:
            problems.append(at(path, f"text is too long ({len(value)} characters; at most {self.max_len})"))


@dataclass
class Text(Str):
    """Learner-facing text: a trainee reads it, so it is translated (`coursekit.i18n`)."""


@dataclass
class TextWhen(Any):
    """Any value; learner-facing text (`Text`) when the record it sits in has `field` equal to
    `equals` (a free-text question's model answer is text; a choice question's answer is an id)."""

    field: str = ""
    equals: str = ""

    def in_record(self, record: dict) -> Spec:
        """The spec this value has in `record`: `Text` or `Any`."""
        return Text() if record.get(self.field) == self.equals else Any()


@dataclass
class TextOrVariants(Any):
    """Learner-facing text, or a list of variants of it (one picked by a session's seed)."""

    description: str = "a line or a list of line variants"


@dataclass
class Int(Spec):
    """A whole number within optional bounds."""

    min: int | None = None
    max: int | None = None
    description: str = "a whole number"

    def check(self, value, path, at, problems):
        if isinstance(value, bool) or not isinstance(value, int):
            problems.append(at(path, f"expected {self.description}, found {_type_name(value)}"))
        else:
            _check_bounds(value, self.min, self.max, path, at, problems)


@dataclass
class Num(Spec):
    """A number (whole or decimal) within optional bounds."""

    min: float | None = None
    max: float | None = None
    description: str = "a number"

    def check(self, value, path, at, problems):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(at(path, f"expected {self.description}, found {_type_name(value)}"))
        else:
            _check_bounds(value, self.min, self.max, path, at, problems)


def _check_bounds(value, low, high, path, at, problems) -> None:
    if low is not None and value < low:
        problems.append(at(path, f"must be at least {low}, found {value}"))
    if high is not None and value > high:
        problems.append(at(path, f"must be at most {high}, found {value}"))


@dataclass
class Bool(Spec):
    """true or false."""

    description: str = "true or false"

    def check(self, value, path, at, problems):
        if not isinstance(value, bool):
            problems.append(at(path, f"expected {self.description}, found {_type_name(value)}"))


@dataclass
class Enum(Spec):
    """One of a fixed set of ids."""

    choices: tuple[str, ...] = ()
    description: str = "an id"

    def check(self, value, path, at, problems):
        if not isinstance(value, str) or value not in self.choices:
            shown = repr(value) if isinstance(value, (str, int, float)) else _type_name(value)
            hint = did_you_mean(value, self.choices) if isinstance(value, str) else ""
            problems.append(at(path, f"unknown {self.description} {shown}{hint}; expected one of: "
                                     + ", ".join(self.choices)))


@dataclass
class ListOf(Spec):
    """A list whose items all match `item`."""

    item: Spec = field(default_factory=Any)
    min_items: int = 0
    max_items: int | None = None
    description: str = "a list"

    def check(self, value, path, at, problems):
        if not isinstance(value, list):
            problems.append(at(path, f"expected {self.description}, found {_type_name(value)}"))
            return
        if len(value) < self.min_items:
            problems.append(at(path, f"expected at least {self.min_items} item(s), found {len(value)}"))
        if self.max_items is not None and len(value) > self.max_items:
            problems.append(at(path, f"expected at most {self.max_items} item(s), found {len(value)}"))
        for index, item in enumerate(value):
            self.item.check(item, path + (index,), at, problems)


@dataclass
class MapOf(Spec):
    """A mapping from text keys (optionally restricted) to values matching `value`."""

    value: Spec = field(default_factory=Any)
    keys: Spec | None = None
    description: str = "a mapping"

    def check(self, value, path, at, problems):
        if not isinstance(value, dict):
            problems.append(at(path, f"expected {self.description}, found {_type_name(value)}"))
            return
        for key, item in value.items():
            if self.keys is not None:
                self.keys.check(key, path + (key,), at, problems)
            self.value.check(item, path + (key,), at, problems)


@dataclass
class Record(Spec):
    """A mapping with named fields; `required` lists those that must be present."""

    fields: dict[str, Spec] = field(default_factory=dict)
    required: frozenset[str] | set[str] | tuple[str, ...] = ()
    description: str = "a mapping"

    def check(self, value, path, at, problems):
        if not isinstance(value, dict):
            problems.append(at(path, f"expected {self.description}, found {_type_name(value)}"))
            return
        for name in self.fields:
            if name in self.required and name not in value:
                problems.append(at(path, f"missing required field {name!r}"))
        for key, item in value.items():
            spec = self.fields.get(key)
            if spec is None:
                problems.append(at(path + (key,), f"unknown field {key!r}{did_you_mean(key, self.fields)}; "
                                                  "allowed: " + ", ".join(self.fields)))
            else:
                spec.check(item, path + (key,), at, problems)


@dataclass(frozen=True)
class Kind:
    """A registered data-file kind: its spec and an optional check across fields."""

    name: str
    spec: Spec
    cross_check: CrossCheck | None = None


_KINDS: dict[str, Kind] = {}


def register_kind(kind: str, spec: Spec, cross_check: CrossCheck | None = None) -> None:
    """Make `kind:` files of this name checkable (called by each kind module on import)."""
    _KINDS[kind] = Kind(kind, spec, cross_check)


def registered(kind: str) -> Kind | None:
    """The registered kind of this name, if any."""
    return _KINDS.get(kind)


def duplicate_ids(items: AnyType, path: Path_, at: At, key: str = "id") -> list[Problem]:
    """Problems for repeated `key` values in a list of mappings (a common cross-check)."""
    problems: list[Problem] = []
    if not isinstance(items, list):
        return problems
    seen: dict[AnyType, int] = {}
    for index, item in enumerate(items):
        if isinstance(item, dict) and isinstance(item.get(key), (str, int)):
            if item[key] in seen:
                problems.append(at(path + (index, key), f"duplicate {key} {item[key]!r} "
                                                        f"(first used at item {seen[item[key]] + 1})"))
            else:
                seen[item[key]] = index
    return problems
