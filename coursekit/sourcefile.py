"""Read a YAML, TOML or JSON data file and remember where each value stands.

`load_source(path)` returns a `Source`: the parsed data plus the line and column of
every value, so that schema problems can point at the exact place in the file. A file
that cannot be read or parsed raises `SourceError` with file, line and column; never a
parser traceback.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Path_ = tuple[Any, ...]  # a place in the data: keys and list indexes from the top

MAX_BYTES = 5_000_000
SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".toml": "toml", ".json": "json"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file, positioned as precisely as known."""

    file: str
    line: int | None
    column: int | None
    field: str
    message: str

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        where = f" {self.field}:" if self.field else ""
        return f"{place}:{where} {self.message}"


class SourceError(Exception):
    """A data file could not be read or parsed; `.problem` says where and why."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def format_path(path: Path_) -> str:
    """`("entries", 2, "signals")` -> `entries[2].signals`."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + str(part)
    return text


@dataclass
class Source:
    """Parsed data of one file and the (line, column) of each value, both 1-based."""

    file: str
    data: Any
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    text: str = ""

    def position(self, path: Path_) -> tuple[int | None, int | None]:
        """Where the value at `path` stands; falls back to its nearest known parent."""
        path = tuple(path)
        while True:
            if path in self.positions:
                return self.positions[path]
            if not path:
                return (1, 1) if self.text else (None, None)
            if not self.positions and isinstance(path[-1], str):
                found = _find_key_line(self.text, path[-1])
                if found:
                    return found
            path = path[:-1]

    def problem(self, path: Path_, message: str) -> Problem:
        """A Problem positioned at `path` in this file."""
        line, column = self.position(path)
        return Problem(self.file, line, column, format_path(path), message)


def _find_key_line(text: str, key: str) -> tuple[int, int] | None:
    """Line of the first `key =` / `"key":` / `[key]` in a TOML or JSON text."""
    pattern = re.compile(rf'^\s*(?:"{re.escape(key)}"\s*:|{re.escape(key)}\s*=|\[+\s*{re.escape(key)}\s*\]+)')
    for number, line in enumerate(text.splitlines(), start=1):
        match = pattern.search(line)
        if match:
            return number, len(line) - len(line.lstrip()) + 1
    return None


def load_source(path: str | Path) -> Source:
    """Read and parse a data file; raise SourceError with its place if that fails."""
    path = Path(path)
    name = str(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise SourceError(Problem(name, None, None, "", f"unsupported file type {path.suffix or '(none)'!r}: "
                                  "expected .yaml, .yml, .toml or .json"))
    try:
        if path.is_dir():
            raise SourceError(Problem(name, None, None, "", "is a folder, not a file"))
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(Problem(name, None, None, "", f"file is too large ({size:,} bytes; at most {MAX_BYTES:,})"))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(Problem(name, None, None, "", "no such file")) from None
    except OSError as error:
        raise SourceError(Problem(name, None, None, "", f"cannot read the file ({error.strerror or error})")) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise SourceError(Problem(name, line, None, "", f"not UTF-8 text (bad byte at offset {error.start})")) from None
    if not text.strip():
        raise SourceError(Problem(name, 1, 1, "", "the file is empty"))
    parser = {"yaml": _parse_yaml, "toml": _parse_toml, "json": _parse_json}[kind]
    return parser(name, text)


def _parse_yaml(name: str, text: str) -> Source:
    import yaml

    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise SourceError(Problem(name, 1, 1, "", "the file holds no data"))
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        what = " ".join(part for part in (error.context, error.problem) if part) or "YAML syntax error"
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise SourceError(Problem(name, line, column, "", f"YAML syntax error: {what}")) from None
    except yaml.YAMLError as error:
        raise SourceError(Problem(name, None, None, "", f"YAML error: {error}")) from None
    except RecursionError:
        raise SourceError(Problem(name, None, None, "", "data is nested too deeply")) from None
    source = Source(name, data, text=text)
    duplicates: list[Problem] = []
    _record_yaml_positions(node, (), source, duplicates)
    if duplicates:
        raise SourceError(duplicates[0])
    return source


def _record_yaml_positions(node: Any, path: Path_, source: Source, duplicates: list[Problem]) -> None:
    import yaml

    source.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            if key in seen:
                line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                duplicates.append(Problem(source.file, line, column, format_path(path + (key,)),
                                          f"duplicate key {key!r}"))
            seen.add(key)
            _record_yaml_positions(value_node, path + (key,), source, duplicates)
            if not isinstance(value_node, yaml.ScalarNode):
                # a nested block is best pointed at by the line of its key
                source.positions[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_yaml_positions(item, path + (index,), source, duplicates)


def _parse_toml(name: str, text: str) -> Source:
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = re.search(r"\(at line (\d+), column (\d+)\)", message)
        line, column = (int(match.group(1)), int(match.group(2))) if match else (None, None)
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", message) or "syntax error"
        raise SourceError(Problem(name, line, column, "", f"TOML syntax error: {message}")) from None
    return Source(name, data, text=text)


def _parse_json(name: str, text: str) -> Source:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SourceError(Problem(name, error.lineno, error.colno, "", f"JSON syntax error: {error.msg}")) from None
    except RecursionError:
        raise SourceError(Problem(name, None, None, "", "data is nested too deeply")) from None
    return Source(name, data, text=text)
