"""Database backends of the gradebook: SQLite (default, a file) and PostgreSQL (shared).

A gradebook is named by a URL:

- `sqlite:///relative/or/absolute/path.db` or a plain file path: SQLite;
- `postgresql://user:password@host:port/dbname` (or `postgres://`): PostgreSQL
  through psycopg 3, imported only when such a URL is used.

Without a URL, `COURSEKIT_DB` is used, else `coursekit.db` in the course folder.
SQL is written once with `?` placeholders; the PostgreSQL backend rewrites them.
A backend opened with `read_only=True` never creates or changes anything: a missing
SQLite file is an error, not a new empty gradebook.
"""
from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

DEFAULT_FILE = "coursekit.db"
ENV_VAR = "COURSEKIT_DB"
#: Seconds a SQLite writer waits for another writer before giving up: short, so a locked
#: gradebook never freezes the simulator (the attempt is kept and saved later, see record.py).
SQLITE_BUSY_TIMEOUT = 2.0

#: Arbitrary constant: the PostgreSQL advisory lock taken while creating the schema.
_PG_SCHEMA_LOCK = 7_341_207


class GradebookError(Exception):
    """The gradebook cannot be opened or used (bad URL, missing driver, server down)."""


#: `scheme://user:PASSWORD@`: greedy up to the last `@`, so a password holding `@` or `/`
#: is hidden whole (a stray `@` later in the URL hides more, never less).
_USERINFO_PASSWORD = re.compile(r"^(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^:/@]*:)(?P<password>.*)@", re.S)
#: `?password=...` / `&sslpassword=...` in the query string.
_QUERY_PASSWORD = re.compile(r"(?P<head>[?&]\w*password=)[^&#]*", re.I)


#: libpq key/value connection strings: `host=db password='a b' dbname=coursekit`.
_CONNINFO = re.compile(r"^\s*[A-Za-z_]+\s*=")
_CONNINFO_PASSWORD = re.compile(r"(?P<head>\bpassword\s*=\s*)(?:'(?:[^'\\]|\\.)*'?|\S*)", re.I)


def hide_password(url: str) -> str:
    """The URL for messages, with its password (user:password@, ?password=..., or a
    key/value `password=...`) shown as ***.

    Works on malformed URLs too (it never parses them), so it never raises.
    """
    text = _USERINFO_PASSWORD.sub(r"\g<head>***@", str(url), count=1)
    text = _QUERY_PASSWORD.sub(r"\g<head>***", text)
    return text if "://" in text else _CONNINFO_PASSWORD.sub(r"\g<head>***", text)


def secrets_in(url: str) -> list[str]:
    """Every spelling of the password(s) in a gradebook URL: as written and percent-decoded."""
    from urllib.parse import unquote

    text = str(url)
    found = []
    match = _USERINFO_PASSWORD.match(text)
    if match:
        found.append(match.group("password"))
    found += [m.group(0).split("=", 1)[1] for m in _QUERY_PASSWORD.finditer(text)]
    if "://" not in text:
        found += [m.group(0).split("=", 1)[1].strip() for m in _CONNINFO_PASSWORD.finditer(text)]
    spellings = set()
    for secret in found:
        for variant in (secret, secret.strip("'"), unquote(secret)):
            if variant:
                spellings.add(variant)
                spellings.update(part for part in variant.split() if len(part) >= 3)
    return sorted(spellings, key=len, reverse=True)


def redact(message: object, url: str) -> str:
    """A message with every password of `url` hidden, on one line (for errors that quote the URL)."""
    text = hide_password(str(message))
    for secret in secrets_in(url):
        text = text.replace(secret, "***")
    return " ".join(text.split())


def course_folder(start: Path | None = None) -> Path:
    """The course folder: the nearest folder at or above `start` holding `course.py`, else `start`."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "course.py").is_file():
            return folder
    return here


def default_url() -> str:
    """`COURSEKIT_DB` if set, else the SQLite file `coursekit.db` in the course folder.

    A relative `COURSEKIT_DB` path is taken from the course folder, never from the
    current folder: the CLI, every kernel and the dashboard use one gradebook.
    """
    return resolve_in_course(os.environ.get(ENV_VAR) or DEFAULT_FILE)


def resolve_in_course(url: str) -> str:
    """A relative SQLite path (or sqlite:///relative) made absolute in the course folder."""
    text = str(url)
    if text.startswith("sqlite:///") and not text.startswith("sqlite:////"):
        text = text[len("sqlite:///"):]
    elif "://" in text or _CONNINFO.match(text) or text.startswith("sqlite:") or not text.strip():
        return text
    path = Path(text).expanduser()
    return str(path if path.is_absolute() else home_folder() / path)


def course_relative(location: str) -> str:
    """A file path as shown to people: relative to the course folder when inside it."""
    try:
        path = Path(location).expanduser().absolute()
        return f"{path.relative_to(home_folder()).as_posix()} in the course folder"
    except (ValueError, OSError):
        return location


def home_folder() -> Path:
    """The course folder gradebook paths are taken from.

    The nearest folder holding `course.py` at or above the current folder, else the
    checkout this package was installed from (an editable install), else the current folder.
    """
    found = course_folder()
    if (found / "course.py").is_file():
        return found
    checkout = Path(__file__).resolve().parent.parent.parent
    if (checkout / "course.py").is_file():
        return checkout
    return found


@dataclass(frozen=True)
class Target:
    """A parsed gradebook URL: the backend name and what to connect to."""

    backend: str  # "sqlite" | "postgresql"
    location: str  # a file path, or the PostgreSQL conninfo URL

    def describe(self) -> str:
        """For messages: the file, or the server URL without its password (never raises).

        A file inside the course folder is named from there ("coursekit.db in the course
        folder"), so what notebooks show does not depend on where the course was copied.
        """
        if self.backend == "sqlite":
            return course_relative(self.location)
        return hide_password(self.location)


def parse_url(url: str | os.PathLike[str] | None = None) -> Target:
    """Which backend and location a gradebook URL (or path, or None = default) names."""
    text = str(url) if url is not None else default_url()
    if not text.strip():
        raise GradebookError("the gradebook URL is empty: give a file path, sqlite:///path or postgresql://...")
    if _CONNINFO.match(text):  # `host=... dbname=... password=...`: libpq's own form
        return Target("postgresql", text)
    if text.strip() in (":memory:", "sqlite://", "sqlite:///:memory:") or text.startswith("file::memory:"):
        raise GradebookError("an in-memory gradebook loses every attempt when the program ends: "
                             "give a file path or a postgresql:// URL")
    if text.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        from urllib.parse import urlsplit

        try:
            urlsplit(text)
        except ValueError as err:
            raise GradebookError(f"malformed PostgreSQL URL {hide_password(text)}: {redact(err, text)}") from None
        return Target("postgresql", text.replace("postgresql+psycopg://", "postgresql://", 1))
    if text.startswith("sqlite:"):
        rest = text[len("sqlite:"):]
        if rest.startswith("///"):
            rest = rest[3:]  # sqlite:///x.db -> x.db ; sqlite:////abs/x.db -> /abs/x.db
        elif rest.startswith("//"):
            raise GradebookError(f"unsupported SQLite URL {text!r}: use sqlite:///path/to/file.db")
        if not rest:
            raise GradebookError(f"the SQLite URL {text!r} names no file")
        return Target("sqlite", rest)
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise GradebookError(f"unsupported gradebook URL scheme {scheme!r}: use a file path, "
                             "sqlite:///path or postgresql://user@host/dbname")
    return Target("sqlite", text)


class Backend:
    """One open connection; `execute` runs SQL with `?` placeholders inside `transaction`."""

    target: Target
    #: SQL type of the auto-numbered primary key column.
    id_column: str
    #: "sqlite" or "postgresql": how the schema's constraints are written.
    dialect: str
    #: The driver's exception classes (turned into GradebookError by the gradebook).
    errors: tuple[type[BaseException], ...] = ()

    def transaction(self) -> Any:
        """Context manager: one transaction that commits on success, rolls back on error."""
        raise NotImplementedError

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Run one statement; returns its rows (empty for statements without rows)."""
        raise NotImplementedError

    def execute_count(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement that changes rows; returns how many it changed."""
        raise NotImplementedError

    def has_table(self, name: str) -> bool:
        """Whether the table exists already (then the schema is not created again)."""
        raise NotImplementedError

    def create_schema(self, statements: Iterable[str]) -> None:
        """Run the CREATE ... IF NOT EXISTS statements, safe when many processes do it at once."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class SQLiteBackend(Backend):
    """A SQLite file in WAL mode with a generous busy timeout, so writers queue, not fail.

    Read-only: the file must exist; it is opened with `mode=ro` and left exactly as it is
    (not even switched to WAL).
    """

    id_column = "INTEGER PRIMARY KEY AUTOINCREMENT"
    dialect = "sqlite"
    errors = (sqlite3.Error,)

    def __init__(self, target: Target, read_only: bool = False):
        self.target = target
        path = Path(target.location).expanduser()
        try:
            if read_only and not path.is_file():
                raise GradebookError(f"no gradebook at {target.describe()}")
            if not read_only and not path.parent.exists():
                raise GradebookError(f"cannot open the gradebook {path}: folder {path.parent} does not exist")
        except OSError as err:  # e.g. a folder on the way we may not enter
            raise GradebookError(f"cannot open the gradebook {path}: {err.strerror or err}") from None
        try:
            if read_only:
                self.conn = self._open_read_only(path)
            else:
                self.conn = sqlite3.connect(str(path), timeout=SQLITE_BUSY_TIMEOUT, isolation_level=None)
                self._retry_locked(lambda: self.conn.execute("PRAGMA journal_mode=WAL"))
                self.conn.execute("PRAGMA synchronous=NORMAL")
        except (sqlite3.Error, OSError) as err:
            raise GradebookError(f"cannot open the gradebook {path}: {getattr(err, 'strerror', None) or err}") from None

    @staticmethod
    def _open_read_only(path: Path) -> sqlite3.Connection:
        """A read-only connection; a WAL gradebook in a folder we cannot write is read as immutable."""
        uri = path.resolve().as_uri()
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=SQLITE_BUSY_TIMEOUT, isolation_level=None)
        try:
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
            return conn
        except sqlite3.OperationalError as err:
            conn.close()
            if os.access(path.parent, os.W_OK) or "locked" in str(err):
                raise
        # WAL needs a -shm file beside the database; without write access, read the file as it is
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)

    @staticmethod
    def _retry_locked(action: Any, attempts: int = 40) -> Any:
        """Run `action`, retrying while another process holds a lock the busy handler skips."""
        for attempt in range(attempts):
            try:
                return action()
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or attempt == attempts - 1:
                    raise
                time.sleep(0.05)
        return None

    def transaction(self) -> Any:
        return _SQLiteTransaction(self.conn)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        cursor = self.conn.execute(sql, tuple(params))
        return cursor.fetchall()

    def execute_count(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self.conn.execute(sql, tuple(params)).rowcount

    def has_table(self, name: str) -> bool:
        rows = self.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        return bool(rows)

    def create_schema(self, statements: Iterable[str]) -> None:
        statements = list(statements)

        def create() -> None:
            with self.transaction():
                for statement in statements:
                    self.conn.execute(statement)

        self._retry_locked(create)

    def close(self) -> None:
        self.conn.close()


class _SQLiteTransaction:
    """BEGIN IMMEDIATE ... COMMIT: takes the write lock up front, so no deadlock on upgrade."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


class PostgresBackend(Backend):
    """PostgreSQL through psycopg 3; the schema is created under an advisory lock."""

    id_column = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
    dialect = "postgresql"

    def __init__(self, target: Target, read_only: bool = False):
        self.target = target
        try:
            import psycopg
        except ImportError:
            raise GradebookError(
                "a postgresql:// gradebook needs psycopg 3: pip install 'psycopg[binary]' "
                "(or install coursekit with the [postgres] extra)"
            ) from None
        self.errors = (psycopg.Error,)
        try:
            self.conn = psycopg.connect(target.location, connect_timeout=10, autocommit=True)
        except (psycopg.Error, ValueError, TypeError) as err:  # libpq rejects odd URLs, quoting them
            message = redact(err, target.location)
            raise GradebookError(f"cannot connect to the gradebook {target.describe()}: {message}") from None
        if read_only:
            try:
                self.conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            except psycopg.Error as err:
                self.conn.close()
                message = redact(err, target.location)
                raise GradebookError(f"cannot open the gradebook {target.describe()}: {message}") from None

    def transaction(self) -> Any:
        return self.conn.transaction()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        cursor = self.conn.execute(sql.replace("?", "%s"), tuple(params))
        return cursor.fetchall() if cursor.description else []

    def execute_count(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self.conn.execute(sql.replace("?", "%s"), tuple(params)).rowcount

    def has_table(self, name: str) -> bool:
        return self.execute("SELECT to_regclass(?)", (name,))[0][0] is not None

    def create_schema(self, statements: Iterable[str]) -> None:
        with self.transaction():
            self.execute("SELECT pg_advisory_xact_lock(?)", (_PG_SCHEMA_LOCK,))
            for statement in statements:
                self.execute(statement)

    def close(self) -> None:
        self.conn.close()


def connect(url: str | os.PathLike[str] | None = None, read_only: bool = False) -> Backend:
    """An open backend for the gradebook URL (None: the default gradebook).

    `read_only=True` creates and changes nothing (GradebookError when a SQLite file is missing).
    """
    target = parse_url(url)
    if target.backend == "postgresql":
        return PostgresBackend(target, read_only=read_only)
    return SQLiteBackend(target, read_only=read_only)
