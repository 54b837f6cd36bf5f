"""The one schema for every course data file: knowledge, scenarios and exercise keys.

Each file names its `kind:` at the top; the kind's spec (in a module of this package)
checks it. `validate_file` returns every problem with file, line, column and field;
`load_file` returns the data or raises `DataFileError` listing them.
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from coursekit.schema.core import Kind, registered
from coursekit.sourcefile import Problem, Source, SourceError, load_source

#: kind name -> module that registers it (imported on first use)
KIND_MODULES: dict[str, str] = {
    "need_levels": "coursekit.schema.knowledge",
    "temperaments": "coursekit.schema.knowledge",
    "principles": "coursekit.schema.knowledge",
    "techniques": "coursekit.schema.knowledge",
    "question_forms": "coursekit.schema.knowledge",
    "objection_patterns": "coursekit.schema.knowledge",
    "objection_tests": "coursekit.schema.knowledge",
    "checkpoints": "coursekit.schema.knowledge",
    "scenario": "coursekit.schema.scenario",
    "exercise": "coursekit.schema.exercise",
    "objectives": "coursekit.schema.assessment",
    "item_bank": "coursekit.schema.assessment",
    "strings": "coursekit.schema.strings",
}

__all__ = ["DataFileError", "Problem", "KIND_MODULES", "validate_file", "validate_source", "load_file"]


class DataFileError(Exception):
    """A data file has problems; `.problems` lists them, `str()` shows them one a line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def kind_of(name: str) -> Kind | None:
    """The registered kind, importing its module on first use."""
    module = KIND_MODULES.get(name)
    if module is not None and registered(name) is None:
        importlib.import_module(module)
    return registered(name)


def validate_source(source: Source, expected_kind: str | None = None) -> list[Problem]:
    """Every problem in an already parsed file."""
    data = source.data
    if not isinstance(data, dict):
        return [source.problem((), "expected a mapping at the top of the file, starting with 'kind:'")]
    kind_name = data.get("kind")
    known = ", ".join(KIND_MODULES)
    if kind_name is None:
        return [source.problem((), f"missing 'kind:' at the top of the file; expected one of: {known}")]
    kind = kind_of(kind_name) if isinstance(kind_name, str) else None
    if kind is None:
        from coursekit.schema.core import did_you_mean

        hint = did_you_mean(kind_name, KIND_MODULES) if isinstance(kind_name, str) else ""
        return [source.problem(("kind",), f"unknown kind {kind_name!r}{hint}; expected one of: {known}")]
    if expected_kind is not None and kind_name != expected_kind:
        return [source.problem(("kind",), f"expected a {expected_kind!r} file, found kind {kind_name!r}")]
    problems: list[Problem] = []
    kind.spec.check(data, (), source.problem, problems)
    if kind.cross_check is not None:
        try:
            problems.extend(kind.cross_check(data, source.problem))
        except Exception:
            # A cross-check may rely on the shape the spec guarantees; with shape problems
            # already reported, those come first and the cross-check waits for a fixed file.
            if not problems:
                raise
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def validate_file(path: str | Path, expected_kind: str | None = None) -> list[Problem]:
    """Every problem in a data file (empty when it is valid). Never raises for bad files."""
    try:
        source = load_source(path)
    except SourceError as error:
        return [error.problem]
    return validate_source(source, expected_kind)


def load_file(path: str | Path, kind: str | None = None, localised: bool = True) -> Any:
    """The data of a valid file; raises DataFileError listing every problem otherwise.

    Learner-facing text comes in the course's language (`coursekit.i18n`) unless `localised`
    is False (tools that read the English source)."""
    try:
        source = load_source(path)
    except SourceError as error:
        raise DataFileError([error.problem]) from None
    problems = validate_source(source, kind)
    if problems:
        raise DataFileError(problems)
    if not localised:
        return source.data
    from coursekit.i18n import localise

    return localise(Path(path), source.data, kind_of(source.data["kind"]).spec)
