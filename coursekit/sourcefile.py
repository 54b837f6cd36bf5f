"""Read a YAML, TOML or JSON data file and remember where each value stands.

`load_source(path)` returns a `Source`: the parsed data plus the line and column of
every value, so that schema problems can point at the exact place in the file. A file
that cannot be read or parsed raises `SourceError` with file, line and column; never a
parser traceback.
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Path_ = tuple[Any, ...]  # a place in the data: keys and list indexes from the top

MAX_BYTES = 1_000_000  # the largest course file is ~11 KB; bigger is refused before parsing
MAX_DEPTH = 64  # nesting levels; course files need fewer than ten
MAX_VALUES = 200_000  # values after YAML aliases are expanded
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
            path = path[:-1]

    def problem(self, path: Path_, message: str) -> Problem:
        """A Problem positioned at `path` in this file."""
        line, column = self.position(path)
        return Problem(self.file, line, column, format_path(path), message)


def load_source(path: str | Path) -> Source:
    """Read and parse a data file; raise SourceError with its place if that fails."""
    path = Path(path)
    name = str(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise SourceError(Problem(name, None, None, "", f"unsupported file type {path.suffix or '(none)'!r}: "
                                  "expected .yaml, .yml, .toml or .json"))
    from coursekit.safefile import UnsafeFile, read_regular

    try:
        raw = read_regular(path, MAX_BYTES)
    except UnsafeFile as error:
        reason = error.reason.replace("is too large (", "file is too large (")
        raise SourceError(Problem(name, None, None, "", reason)) from None
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
    try:
        source = parser(name, text)
    except RecursionError:
        raise SourceError(Problem(name, None, None, "", "data is nested too deeply")) from None
    return source


def check_shape(name: str, data: Any) -> None:
    """Refuse data that refers to itself, nests too deeply or expands too far (YAML aliases)."""
    sizes: dict[int, int] = {}
    active: set[int] = set()
    # iterative post-order walk: (value, depth, children done?)
    stack: list[tuple[Any, int, bool]] = [(data, 0, False)]
    while stack:
        value, depth, done = stack.pop()
        if not isinstance(value, (dict, list)):
            continue
        key = id(value)
        children = list(value.values()) if isinstance(value, dict) else value
        if done:
            active.discard(key)
            sizes[key] = 1 + sum(sizes.get(id(c), 1) for c in children)
            if sizes[key] > MAX_VALUES:
                raise SourceError(Problem(name, None, None, "", f"data expands to more than {MAX_VALUES:,} values "
                                                                "(too many repeated YAML aliases?)"))
            continue
        if key in active:
            raise SourceError(Problem(name, None, None, "", "data refers to itself (a YAML alias inside its own anchor)"))
        if key in sizes:
            continue
        if depth > MAX_DEPTH:
            raise SourceError(Problem(name, None, None, "", f"data is nested too deeply (more than {MAX_DEPTH} levels)"))
        active.add(key)
        stack.append((value, depth, True))
        stack.extend((child, depth + 1, False) for child in children)


def _first_words(error: BaseException) -> str:
    """The first sentence of an error message (Python's can be long)."""
    text = " ".join(str(error).split())
    return text.split(";")[0][:200]


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
    except (ValueError, OverflowError) as error:  # e.g. a 5000-digit number Python refuses to convert
        raise SourceError(Problem(name, None, None, "", f"a value cannot be read: {_first_words(error)}")) from None
    except RecursionError:
        raise SourceError(Problem(name, None, None, "", "data is nested too deeply")) from None
    check_shape(name, data)
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
    check_shape(name, data)
    return Source(name, data, positions=toml_positions(text), text=text)


_TOML_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_TOML_KEY = re.compile(r'^\s*((?:[A-Za-z0-9_-]+|"[^"]*"|\'[^\']*\')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|\'[^\']*\'))*)\s*=')


def _toml_key_parts(dotted: str) -> tuple[str, ...]:
    parts = re.findall(r'"([^"]*)"|\'([^\']*)\'|([A-Za-z0-9_-]+)', dotted)
    return tuple(next(p for p in part if p) if any(part) else "" for part in parts)


def toml_positions(text: str) -> dict[Path_, tuple[int, int]]:
    """Line and column of each table and key of a TOML text, by data path (nested values: their key)."""
    positions: dict[Path_, tuple[int, int]] = {}
    table: Path_ = ()
    array_counts: dict[Path_, int] = {}
    open_brackets = 0
    in_multiline = None
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline:
            if line.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        if open_brackets > 0:
            open_brackets += _bracket_balance(line)
            continue
        column = len(line) - len(line.lstrip()) + 1
        header = _TOML_HEADER.match(line)
        if header and not _TOML_KEY.match(line):
            parts = _toml_key_parts(header.group(2))
            if header.group(1) == "[[":
                index = array_counts.get(parts, 0)
                array_counts[parts] = index + 1
                positions.setdefault(parts, (number, column))
                table = parts + (index,)
            else:
                table = parts
            positions[table] = (number, column)
            continue
        key = _TOML_KEY.match(line)
        if key:
            path = table + _toml_key_parts(key.group(1))
            positions[path] = (number, column)
            value = line[key.end():]
            for quote in ('"""', "'''"):
                if value.count(quote) % 2 == 1:
                    in_multiline = quote
            if not in_multiline:
                open_brackets = max(0, _bracket_balance(value))
    return positions


def _bracket_balance(text: str) -> int:
    """Opened minus closed brackets and braces on a line, outside strings and comments."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'', '""', text).split("#", 1)[0]
    return text.count("[") + text.count("{") - text.count("]") - text.count("}")


def _parse_json(name: str, text: str) -> Source:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SourceError(Problem(name, error.lineno, error.colno, "", f"JSON syntax error: {error.msg}")) from None
    check_shape(name, data)
    return Source(name, data, positions=json_positions(text), text=text)


_JSON_SPACE = re.compile(r"[ \t\n\r]*")
_JSON_LITERAL = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|NaN|-?Infinity")


def json_positions(text: str) -> dict[Path_, tuple[int, int]]:
    """Line and column of each value of a valid JSON text, by data path (nested values: their key)."""
    from json.decoder import scanstring

    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def where(offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(line_starts, offset)
        return line, offset - line_starts[line - 1] + 1

    positions: dict[Path_, tuple[int, int]] = {}
    index = _JSON_SPACE.match(text, 0).end()
    stack: list[list] = []  # frames: [kind, path, count]
    pending_path: Path_ = ()
    pending_key_at: int | None = None
    while True:
        positions[pending_path] = where(pending_key_at if pending_key_at is not None else index)
        char = text[index]
        if char in "{[":
            stack.append(["object" if char == "{" else "array", pending_path, 0])
            index = _JSON_SPACE.match(text, index + 1).end()
            if text[index] in "}]":
                index += 1
                stack.pop()
            else:
                pending_path, pending_key_at, index = _json_next(text, index, stack, scanstring)
                continue
        elif char == '"':
            _, index = scanstring(text, index + 1)
        else:
            index = _JSON_LITERAL.match(text, index).end()
        # after a value: close containers or move to the next member
        while True:
            index = _JSON_SPACE.match(text, index).end()
            if not stack:
                return positions
            if text[index] == ",":
                index = _JSON_SPACE.match(text, index + 1).end()
                stack[-1][2] += 1
                pending_path, pending_key_at, index = _json_next(text, index, stack, scanstring)
                break
            index += 1  # the closing } or ]
            stack.pop()


def _json_next(text: str, index: int, stack: list[list], scanstring) -> tuple[Path_, int | None, int]:
    """The path of the next member of the innermost container, where its key starts, and its value offset."""
    kind, path, count = stack[-1]
    if kind == "array":
        return path + (count,), None, index
    key_at = index
    key, index = scanstring(text, index + 1)
    index = _JSON_SPACE.match(text, index).end() + 1  # the colon
    index = _JSON_SPACE.match(text, index).end()
    if text[index] not in "{[":
        key_at = index
    return path + (key,), key_at, index
