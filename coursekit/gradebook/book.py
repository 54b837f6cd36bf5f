"""The gradebook: every graded exercise and finished simulation, one row per attempt."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Mapping

from coursekit.gradebook.db import Backend, GradebookError, connect
from coursekit.gradebook.names import MAX_NAME

ITEM_KINDS: tuple[str, ...] = ("exercise", "scenario")

_COLUMNS = "id, trainee, item, item_kind, score, max_score, outcome, detail, recorded_at, fingerprint"


def schema_statements(id_column: str) -> list[str]:
    """The CREATE statements of the gradebook (idempotent)."""
    return [
        f"""CREATE TABLE IF NOT EXISTS attempts (
            id {id_column},
            trainee TEXT NOT NULL,
            item TEXT NOT NULL,
            item_kind TEXT NOT NULL,
            score DOUBLE PRECISION NOT NULL,
            max_score DOUBLE PRECISION NOT NULL,
            outcome TEXT,
            detail TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            fingerprint TEXT
        )""",
        "CREATE INDEX IF NOT EXISTS attempts_by_trainee ON attempts (trainee, item_kind, item)",
        "CREATE UNIQUE INDEX IF NOT EXISTS attempts_once ON attempts (trainee, item_kind, item, fingerprint)",
    ]


def utc_now() -> str:
    """The current time in UTC, ISO-8601 to the second (e.g. 2024-05-01T09:30:00Z)."""
    return iso_utc(datetime.now(timezone.utc))


def iso_utc(when: datetime) -> str:
    """A datetime as UTC ISO-8601 text; naive datetimes are taken as UTC."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def clean_name(trainee: str) -> str:
    """A trainee name with surrounding and repeated whitespace removed; ValueError if empty."""
    if not isinstance(trainee, str):
        raise ValueError(f"a trainee name must be text, not {type(trainee).__name__}")
    name = " ".join(trainee.split())
    if not name:
        raise ValueError("a trainee name is required")
    if len(name) > MAX_NAME:
        raise ValueError(f"a trainee name is at most {MAX_NAME} characters")
    return name


@dataclass(frozen=True)
class Attempt:
    """One recorded attempt at an exercise or a scenario.

    `detail` maps a question or criterion id to `{"score", "max_score", "topic", ...}`.
    """

    trainee: str
    item: str
    item_kind: str
    score: float
    max_score: float
    detail: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    recorded_at: str = ""
    outcome: str | None = None
    fingerprint: str | None = None
    id: int | None = None

    @property
    def percent(self) -> float:
        """Score as a percentage of the maximum (0 when there is no maximum)."""
        return round(100.0 * self.score / self.max_score, 1) if self.max_score else 0.0


class Gradebook:
    """An open gradebook. Use `Gradebook.open(url)`; close it (or use `with`) when done."""

    def __init__(self, backend: Backend, create: bool = True):
        self.backend = backend
        try:
            # a role that may only insert (a trainee's, on a shared server) cannot CREATE,
            # even IF NOT EXISTS: skip creating what is there already
            if not backend.has_table("attempts"):
                if not create:
                    backend.close()
                    raise GradebookError(f"not a coursekit gradebook (no attempts table): {self.location}")
                backend.create_schema(schema_statements(backend.id_column))
        except backend.errors as err:
            backend.close()
            raise self._error("cannot set up" if create else "cannot read", err) from None

    def _error(self, doing: str, err: BaseException) -> GradebookError:
        return GradebookError(f"{doing} the gradebook {self.location}: {' '.join(str(err).split())}")

    @classmethod
    def open(cls, url: str | os.PathLike[str] | None = None, *, create: bool = True) -> "Gradebook":
        """Open (and on first use create) the gradebook at `url`; None means the default.

        The default is `COURSEKIT_DB` if set, else `coursekit.db` in the course folder.
        With `create=False` (reports, the instructor dashboard) nothing is created or
        changed: the connection is read-only, and a missing SQLite file ("no gradebook at
        PATH") or a database without the attempts table ("not a coursekit gradebook (no
        attempts table): PATH") is an error. Raises `GradebookError` when it cannot be opened.
        """
        return cls(connect(url, read_only=not create), create=create)

    @property
    def location(self) -> str:
        """Where the gradebook is (a file, or the server URL without password)."""
        return self.backend.target.describe()

    def __enter__(self) -> "Gradebook":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.backend.close()

    def record(
        self,
        trainee: str,
        item: str,
        item_kind: str,
        score: float,
        max_score: float,
        detail: Mapping[str, Mapping[str, Any]] | None = None,
        *,
        outcome: str | None = None,
        fingerprint: str | None = None,
        when: datetime | str | None = None,
    ) -> bool:
        """Record one attempt; returns False when the same fingerprint was recorded before.

        `fingerprint` identifies a submission (e.g. a hash of its answers): grading the
        same submission twice records it once. `when` defaults to now (stored in UTC).
        """
        name = clean_name(trainee)
        if item_kind not in ITEM_KINDS:
            raise ValueError(f"item_kind must be one of {', '.join(ITEM_KINDS)}, not {item_kind!r}")
        if not isinstance(item, str) or not item.strip():
            raise ValueError("an exercise or scenario id is required")
        stamp = when if isinstance(when, str) else iso_utc(when) if when else utc_now()
        detail_json = json.dumps(dict(detail or {}), sort_keys=True, ensure_ascii=False, default=str)
        try:
            # no RETURNING: a trainee's insert-only role on a shared server may not read
            with self.backend.transaction():
                added = self.backend.execute_count(
                    "INSERT INTO attempts (trainee, item, item_kind, score, max_score, outcome, detail, "
                    "recorded_at, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT DO NOTHING",
                    (name, item, item_kind, float(score), float(max_score), outcome, detail_json, stamp,
                     fingerprint),
                )
        except self.backend.errors as err:
            raise self._error("cannot write to", err) from None
        return added > 0

    def attempts(self, trainee: str | None = None, item_kind: str | None = None) -> list[Attempt]:
        """Recorded attempts, oldest first, optionally for one trainee or item kind.

        The trainee is matched by `name_key` (case, dots, underscores, hyphens and
        repeated spaces ignored): "Ana Souza" also finds work graded as "ana.souza".
        """
        from coursekit.gradebook.names import name_key

        where, params = [], []
        wanted = name_key(clean_name(trainee)) if trainee is not None else None
        if item_kind is not None:
            where.append("item_kind = ?")
            params.append(item_kind)
        sql = f"SELECT {_COLUMNS} FROM attempts"
        if where:
            sql += " WHERE " + " AND ".join(where)
        try:
            rows = self.backend.execute(sql + " ORDER BY recorded_at, id", params)
        except self.backend.errors as err:
            raise self._error("cannot read", err) from None
        return [
            Attempt(id=row[0], trainee=row[1], item=row[2], item_kind=row[3], score=row[4],
                    max_score=row[5], outcome=row[6], detail=json.loads(row[7]),
                    recorded_at=row[8], fingerprint=row[9])
            for row in rows
            if wanted is None or name_key(row[1]) == wanted
        ]

    def count(self) -> int:
        """How many attempts are recorded."""
        try:
            return int(self.backend.execute("SELECT COUNT(*) FROM attempts")[0][0])
        except self.backend.errors as err:
            raise self._error("cannot read", err) from None


def stable_repr(value: Any) -> str:
    """repr() that does not depend on set order (which changes between processes)."""
    if isinstance(value, (set, frozenset)):
        inner = ", ".join(sorted(stable_repr(v) for v in value))
        return f"{type(value).__name__}({{{inner}}})"
    if isinstance(value, (list, tuple)):
        inner = ", ".join(stable_repr(v) for v in value)
        return f"[{inner}]" if isinstance(value, list) else f"({inner})"
    if isinstance(value, dict):
        inner = ", ".join(f"{stable_repr(k)}: {stable_repr(v)}" for k, v in value.items())
        return f"{{{inner}}}"
    return repr(value)


def answers_fingerprint(exercise_id: str, answers: Mapping[str, Any]) -> str:
    """A stable hash of a submission's answers (same answers, same fingerprint)."""
    text = json.dumps({"exercise": exercise_id,
                       "answers": {str(k): stable_repr(v) for k, v in answers.items()}},
                      sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
