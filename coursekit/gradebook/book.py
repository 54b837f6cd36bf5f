"""The gradebook: every graded exercise and finished simulation, one row per attempt."""
from __future__ import annotations

import hashlib
import json
import math
import os
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any, Mapping, Sequence

from coursekit.gradebook.db import Backend, GradebookError, connect
from coursekit.gradebook.names import MAX_NAME, normalise_name

ITEM_KINDS: tuple[str, ...] = ("exercise", "scenario")

_COLUMNS = "id, trainee, item, item_kind, score, max_score, outcome, detail, recorded_at, fingerprint"


#: Largest score or maximum an attempt may carry (a simulation is out of 100).
MAX_POINTS = 1_000_000


def schema_statements(id_column: str, dialect: str = "sqlite") -> list[str]:
    """The CREATE statements of the gradebook (idempotent), with a constraint on every column.

    Scores are finite numbers with 0 <= score <= max_score <= MAX_POINTS and detail is a
    JSON object, so no row (even one a trainee's role inserts by hand) can break a report.
    `dialect` is "sqlite" or "postgresql" (how numbers and JSON are checked differs).
    """
    if dialect == "postgresql":  # NaN sorts above every number, so the range check refuses it
        number = ""
        json_object = "jsonb_typeof(detail::jsonb) = 'object'"
    else:  # SQLite stores any type in any column: check the types too
        number = ("\n            CHECK (typeof(score) IN ('real', 'integer') AND "
                  "typeof(max_score) IN ('real', 'integer')),")
        json_object = "json_valid(detail) AND json_type(detail) = 'object'"
    return [
        f"""CREATE TABLE IF NOT EXISTS attempts (
            id {id_column},
            trainee TEXT NOT NULL CHECK (length(trainee) BETWEEN 1 AND {MAX_NAME}),
            item TEXT NOT NULL CHECK (length(item) BETWEEN 1 AND 200),
            item_kind TEXT NOT NULL CHECK (item_kind IN ('exercise', 'scenario')),
            score DOUBLE PRECISION NOT NULL,
            max_score DOUBLE PRECISION NOT NULL,
            outcome TEXT CHECK (outcome IS NULL OR length(outcome) <= 40),
            detail TEXT NOT NULL CHECK ({json_object}),
            recorded_at TEXT NOT NULL CHECK (length(recorded_at) = 20),
            fingerprint TEXT CHECK (fingerprint IS NULL OR length(fingerprint) <= 200),{number}
            CHECK (max_score >= 0 AND max_score <= {MAX_POINTS} AND score >= 0 AND score <= max_score)
        )""",
        "CREATE INDEX IF NOT EXISTS attempts_by_trainee ON attempts (trainee, item_kind, item)",
        "CREATE UNIQUE INDEX IF NOT EXISTS attempts_once ON attempts (trainee, item_kind, item, fingerprint)",
        *review_statements(id_column),
    ]


def review_statements(id_column: str) -> list[str]:
    """The instructor's reviews: a corrected mark and a comment per attempt (the latest counts)."""
    return [
        f"""CREATE TABLE IF NOT EXISTS reviews (
            id {id_column},
            attempt_id BIGINT NOT NULL,
            score DOUBLE PRECISION NOT NULL CHECK (score >= 0 AND score <= {MAX_POINTS}),
            comment TEXT NOT NULL CHECK (length(comment) <= 4000),
            reviewer TEXT,
            recorded_at TEXT NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS reviews_by_attempt ON reviews (attempt_id)",
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
    name = normalise_name(trainee)
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
    #: The automatic mark when an instructor overrode it (`score` is then the instructor's).
    auto_score: float | None = None
    #: The instructor's comment on this attempt ("" when none).
    comment: str = ""

    @property
    def overridden(self) -> bool:
        """Whether an instructor's mark replaces the automatic one."""
        return self.auto_score is not None

    @property
    def percent(self) -> float:
        """Score as a percentage of the maximum (0 when there is no maximum)."""
        return round(100.0 * self.score / self.max_score, 1) if self.max_score else 0.0


class Gradebook:
    """An open gradebook. Use `Gradebook.open(url)`; close it (or use `with`) when done."""

    def __init__(self, backend: Backend, create: bool = True):
        self.backend = backend
        #: Rows the last `attempts()` call skipped because they are malformed: "row 12: why".
        self.skipped: list[str] = []
        try:
            # a role that may only insert (a trainee's, on a shared server) cannot CREATE,
            # even IF NOT EXISTS: skip creating what is there already
            if not backend.has_table("attempts"):
                if not create:
                    backend.close()
                    raise GradebookError(f"not a coursekit gradebook (no attempts table): {self.location}")
                backend.create_schema(schema_statements(backend.id_column, backend.dialect))
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
        score, max_score = checked_points(score, max_score)
        stamp = when if isinstance(when, str) else iso_utc(when) if when else utc_now()
        detail_json = json.dumps(dict(detail or {}), sort_keys=True, ensure_ascii=False, default=str,
                                 allow_nan=False)
        try:
            # no RETURNING: a trainee's insert-only role on a shared server may not read
            with self.backend.transaction():
                added = self.backend.execute_count(
                    "INSERT INTO attempts (trainee, item, item_kind, score, max_score, outcome, detail, "
                    "recorded_at, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT DO NOTHING",
                    (name, item, item_kind, score, max_score, outcome, detail_json, stamp,
                     fingerprint),
                )
        except self.backend.errors as err:
            raise self._error("cannot write to", err) from None
        return added > 0

    def attempts(self, trainee: str | None = None, item_kind: str | None = None) -> list[Attempt]:
        """Recorded attempts, oldest first, optionally for one trainee or item kind.

        The trainee is matched by `name_key` (case, dots, underscores, hyphens and
        repeated spaces ignored): "Ana Souza" also finds work graded as "ana.souza".
        A malformed row (a text or NaN score, detail that is not JSON, ...) is skipped
        and named in `self.skipped`; an instructor's latest review replaces the mark.
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
        reviews = self.reviews()
        self.skipped = []
        found = []
        for row in rows:
            try:
                attempt = attempt_from_row(row)
            except ValueError as err:
                self.skipped.append(f"row {printable_id(row[0])}: {err}")
                continue
            if wanted is not None and name_key(attempt.trainee) != wanted:
                continue
            review = reviews.get(attempt.id)
            if review is not None and review[0] <= attempt.max_score:
                attempt = replace(attempt, score=review[0], auto_score=attempt.score, comment=review[1])
            elif review is not None:
                attempt = replace(attempt, comment=review[1])
            found.append(attempt)
        return found

    def reviews(self) -> dict[int, tuple[float, str]]:
        """attempt id -> (the instructor's mark, comment), the latest review of each attempt.

        Empty when there is no reviews table or this role may not read it (a trainee's).
        """
        try:
            if not self.backend.has_table("reviews"):
                return {}
            rows = self.backend.execute("SELECT attempt_id, score, comment FROM reviews ORDER BY id")
        except self.backend.errors:
            return {}
        latest: dict[int, tuple[float, str]] = {}
        for attempt_id, score, comment in rows:
            if isinstance(score, (int, float)) and math.isfinite(score) and score >= 0:
                latest[attempt_id] = (float(score), str(comment or ""))
        return latest

    def review(self, attempt_id: int, score: float, comment: str, reviewer: str | None = None) -> None:
        """Override an attempt's mark with a comment; the automatic mark is kept beside it."""
        target = [a for a in self.attempts() if a.id == attempt_id]
        if not target:
            raise ValueError(f"no attempt with id {attempt_id}")
        score, _ = checked_points(score, target[0].max_score)
        comment = " ".join(str(comment).split())
        if not comment:
            raise ValueError("a comment is required: say why the mark changed")
        try:
            with self.backend.transaction():
                if not self.backend.has_table("reviews"):
                    for statement in review_statements(self.backend.id_column):
                        self.backend.execute(statement)
                self.backend.execute_count(
                    "INSERT INTO reviews (attempt_id, score, comment, reviewer, recorded_at) VALUES (?, ?, ?, ?, ?)",
                    (attempt_id, score, comment[:4000], reviewer, utc_now()))
        except self.backend.errors as err:
            raise self._error("cannot write to", err) from None

    def count(self) -> int:
        """How many attempts are recorded."""
        try:
            return int(self.backend.execute("SELECT COUNT(*) FROM attempts")[0][0])
        except self.backend.errors as err:
            raise self._error("cannot read", err) from None


def checked_points(score: Any, max_score: Any) -> tuple[float, float]:
    """(score, max_score) as floats; ValueError unless 0 <= score <= max_score <= MAX_POINTS, finite."""
    try:
        score, max_score = float(score), float(max_score)
    except (TypeError, ValueError, OverflowError):
        raise ValueError("score and maximum must be numbers") from None
    if not (math.isfinite(score) and math.isfinite(max_score)):
        raise ValueError("score and maximum must be finite numbers")
    if not 0 <= max_score <= MAX_POINTS:
        raise ValueError(f"the maximum must be between 0 and {MAX_POINTS}, not {max_score:g}")
    if not 0 <= score <= max_score:
        raise ValueError(f"the score must be between 0 and the maximum {max_score:g}, not {score:g}")
    return score, max_score


def printable_id(value: Any) -> str:
    """A row id for messages (whatever odd value a hand-made row holds)."""
    return str(value)[:20]


def _number(value: Any, what: str) -> float:
    if type(value) is float and math.isfinite(value):  # the usual case, checked first
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{what} is not a number ({type(value).__name__})")
    if not math.isfinite(value):
        raise ValueError(f"{what} is not a finite number ({value})")
    return float(value)


def attempt_from_row(row: Sequence[Any]) -> Attempt:
    """An Attempt from a database row; ValueError naming what is wrong with a malformed one."""
    rid, trainee, item, kind, score, maximum, outcome, detail, recorded_at, fingerprint = row
    for what, value in (("trainee", trainee), ("item", item), ("recorded_at", recorded_at)):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{what} is not text")
    if kind not in ITEM_KINDS:
        raise ValueError(f"item_kind {str(kind)[:20]!r} is neither exercise nor scenario")
    score, maximum = _number(score, "score"), _number(maximum, "max_score")
    if maximum > MAX_POINTS:
        raise ValueError(f"max_score {maximum:g} is over {MAX_POINTS}")
    if not 0 <= score <= maximum:
        raise ValueError(f"score {score:g} is outside 0..{maximum:g}")
    try:
        parts = _DECODER.decode(detail) if isinstance(detail, str) else detail
    except (ValueError, RecursionError):
        raise ValueError("detail is not JSON") from None
    if not isinstance(parts, dict):
        raise ValueError("detail is not a JSON object")
    for part_id, part in parts.items():
        if not isinstance(part, dict):
            raise ValueError(f"detail of {str(part_id)[:40]!r} is not an object")
        for key in ("score", "max_score"):
            if key in part:
                _number(part[key], f"{str(part_id)[:40]}.{key}")
    return Attempt(id=rid, trainee=trainee, item=item, item_kind=kind, score=score, max_score=maximum,
                   outcome=outcome if isinstance(outcome, str) else None, detail=parts,
                   recorded_at=recorded_at, fingerprint=fingerprint if isinstance(fingerprint, str) else None)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


#: Reads detail JSON, refusing NaN and Infinity (which `json` otherwise accepts).
_DECODER = json.JSONDecoder(parse_constant=_no_constant)


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
