"""What the CLI and the widgets call to put an attempt in the gradebook."""
from __future__ import annotations

import os
import threading
from datetime import datetime
from typing import Any, Callable, Mapping

from coursekit.gradebook.book import Gradebook, answers_fingerprint, utc_now
from coursekit.gradebook.db import GradebookError

#: Seconds between tries to save attempts kept while the gradebook was busy.
RETRY_SECONDS = 5.0
#: How many times a kept attempt is retried in the background before waiting for the next save.
RETRIES = 120


class SavedLater(GradebookError):
    """The gradebook was busy (locked by another writer): the attempt is kept and saved later."""


#: Attempts kept while the gradebook was busy: (db_url, write) pairs, oldest first.
_PENDING: list[tuple[Any, Callable[[Gradebook], bool]]] = []
_LOCK = threading.Lock()
_RETRYING = threading.Event()


_SAVING = threading.Lock()


def pending() -> int:
    """How many attempts wait to be saved (the gradebook was busy when they finished)."""
    with _SAVING, _LOCK:
        return len(_PENDING)


def save_pending() -> int:
    """Try to save every kept attempt now; returns how many are still waiting."""
    with _SAVING:
        return _save_pending()


def _save_pending() -> int:
    with _LOCK:
        waiting = list(_PENDING)
        _PENDING.clear()
    left = []
    for db_url, write in waiting:
        try:
            with Gradebook.open(db_url) as book:
                write(book)
        except GradebookError:
            left.append((db_url, write))
    with _LOCK:
        _PENDING[:0] = left
        return len(_PENDING)


def _retry_in_background() -> None:
    if _RETRYING.is_set():
        return
    _RETRYING.set()

    def loop() -> None:
        try:
            for _ in range(RETRIES):
                if threading.Event().wait(RETRY_SECONDS) or save_pending() == 0:
                    return
        finally:
            _RETRYING.clear()

    threading.Thread(target=loop, name="coursekit-save-pending", daemon=True).start()


def _is_busy(err: GradebookError) -> bool:
    text = str(err).lower()
    return "locked" in text or "busy" in text


def write_or_keep(db_url: Any, write: Callable[[Gradebook], bool]) -> bool:
    """Save one attempt (after any kept earlier); a busy gradebook keeps it for later.

    Raises SavedLater when the gradebook is locked: the attempt is kept in memory and
    saved by a background retry, or with the next attempt. Other failures raise GradebookError.
    """
    save_pending()
    try:
        with Gradebook.open(db_url) as book:
            return write(book)
    except GradebookError as err:
        if not _is_busy(err):
            raise
        with _LOCK:
            _PENDING.append((db_url, write))
        _retry_in_background()
        raise SavedLater("the gradebook is busy: your attempt is kept and will be saved in a moment") from None


def exercise_fingerprint(result: Any) -> str:
    """Identifies an exercise submission by its answers (and how each was read)."""
    answers = {q.question_id: (q.answer, q.status) for q in result.questions}
    return answers_fingerprint(result.exercise_id, answers)


def record_exercise(
    trainee: str,
    exercise_id: str,
    result: Any,
    db_url: str | os.PathLike[str] | None = None,
    *,
    when: datetime | str | None = None,
    gradebook: Gradebook | None = None,
) -> bool:
    """Record a graded exercise (an `ExerciseResult`); False if these exact answers were recorded before.

    Per-question detail (score, maximum, status, topic) goes with it. Pass an open
    `gradebook` to reuse its connection, else `db_url` (None: the default gradebook).
    """
    if result.exercise_id != exercise_id:
        raise ValueError(f"the result is for {result.exercise_id!r}, not {exercise_id!r}")

    when = when or utc_now()  # the time it was finished, even if saved later

    def write(book: Gradebook) -> bool:
        return book.record(trainee, exercise_id, "exercise", result.score, result.max_score,
                           result.detail(), fingerprint=exercise_fingerprint(result), when=when)

    if gradebook is not None:
        return write(gradebook)
    return write_or_keep(db_url, write)


#: Dialogue-rubric criterion id -> the course topic a lost point there points to.
CRITERION_TOPICS: dict[str, str] = {
    "discovery_before_pitch": "buying_mind",
    "open_questions": "questioning",
    "confirming_understanding": "confirming",
    "objections_tested": "objections",
    "calm_with_upset_customer": "difficult_customers",
    "higher_need_levels": "need_levels",
    "closing_the_loop": "additional",
    "needs_uncovered": "need_levels",
    "objections_handled": "objections",
    "buying_mind": "buying_mind",
    "outcome": "",  # the result of the whole conversation: no single topic to practise
    "customer_outcome": "",
}

#: Criteria whose topic is the scenario's objection pattern.
OBJECTION_CRITERIA = frozenset({"objections_tested", "objections_handled"})


def scenario_objection_topic(scenario_id: str) -> str:
    """The scenario's objection pattern when it has exactly one, else 'objections'."""
    try:
        from coursekit.sim import load_scenario

        scenario = load_scenario(scenario_id)
    except (ImportError, LookupError, ValueError, OSError):
        return "objections"
    patterns = {objection.pattern for objection in getattr(scenario, "objections", ())}
    return patterns.pop() if len(patterns) == 1 else "objections"


def split_by_level(entry: dict[str, Any], levels: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, Any]]:
    """Split the hidden-needs criterion into one part per need level (topic = the level).

    Each level's maximum is its share of the hidden needs; its score is the share it
    uncovered, plus its part of any remaining credit (needs only hinted at), so the
    parts add up to the criterion's score and maximum.
    """
    hidden = {lvl: int(v.get("hidden", 0)) for lvl, v in levels.items() if int(v.get("hidden", 0)) > 0}
    total_hidden = sum(hidden.values())
    if not total_hidden:
        return {}
    parts = {}
    for level, count in hidden.items():
        maximum = entry["max_score"] * count / total_hidden
        uncovered = min(count, int(levels[level].get("uncovered", 0)))
        parts[level] = {"max_score": maximum, "score": maximum * uncovered / count, "missing": count - uncovered}
    rest = entry["score"] - sum(p["score"] for p in parts.values())
    missing = sum(p["missing"] for p in parts.values())
    out = {}
    for level, part in parts.items():
        extra = rest * part["missing"] / missing if missing and rest > 0 else 0.0
        score = max(0.0, min(part["max_score"], part["score"] + extra))
        out[f"{entry['id']}:{level}"] = {"score": round(score, 2), "max_score": round(part["max_score"], 2),
                                        "name": f"{entry['name']} ({level})", "topic": level}
    return out


def simulation_detail(report: Mapping[str, Any], objection_topic: str = "objections") -> dict[str, dict[str, Any]]:
    """Per-criterion detail from a simulation or dialogue report dict (criteria that apply only).

    Each criterion gets a topic (CRITERION_TOPICS; the objection criteria take
    `objection_topic`, e.g. the scenario's pattern `too_expensive`; the outcome has
    none). With the report's `levels_uncovered`, the hidden-needs criterion is split
    into one part per need level.
    """
    detail: dict[str, dict[str, Any]] = {}
    for criterion in report.get("criteria", ()):
        if not criterion.get("applies", True):
            continue
        cid = str(criterion.get("id") or criterion.get("name"))
        topic = criterion.get("topic") or CRITERION_TOPICS.get(cid, cid)
        if cid in OBJECTION_CRITERIA:
            topic = objection_topic
        entry = {
            "id": cid,
            "score": float(criterion.get("score", 0)),
            "max_score": float(criterion.get("maximum", criterion.get("max_score", 0))),
            "name": str(criterion.get("name", cid)),
            "topic": str(topic),
        }
        parts = split_by_level(entry, report.get("levels_uncovered") or {}) if cid == "needs_uncovered" else {}
        if parts:
            detail.update(parts)
        else:
            detail[cid] = {k: v for k, v in entry.items() if k != "id"}
    return detail


def record_simulation(
    trainee: str,
    scenario_id: str,
    score_report_dict: Mapping[str, Any],
    outcome: str | None,
    db_url: str | os.PathLike[str] | None = None,
    *,
    when: datetime | str | None = None,
    gradebook: Gradebook | None = None,
    transcript: Any = None,
) -> bool:
    """Record a finished simulation from its report dict (`Session.report().to_dict()`).

    The score is the report's total out of 100; each criterion that applies becomes
    per-criterion detail with its topic; `transcript` (the session's lines) is kept for
    the instructor's review. Every call records one attempt. A busy gradebook raises
    SavedLater: the attempt is kept and saved in the background.
    """
    detail = simulation_detail(score_report_dict, scenario_objection_topic(scenario_id))
    if transcript:
        detail[TRANSCRIPT] = transcript_part(transcript, score_report_dict)
    total = float(score_report_dict.get("total", 0))
    when = when or utc_now()  # the time it was finished, even if saved later
    import uuid

    fingerprint = uuid.uuid4().hex  # a retry after a lost answer never records it twice

    def write(book: Gradebook) -> bool:
        return book.record(trainee, scenario_id, "scenario", total, 100.0, detail,
                           outcome=outcome, when=when, fingerprint=fingerprint)

    if gradebook is not None:
        return write(gradebook)
    return write_or_keep(db_url, write)


#: The detail key holding a simulation's transcript and debrief (no points, no topic).
TRANSCRIPT = "transcript"

#: Longest transcript kept: turns, and characters per turn.
MAX_TURNS, MAX_TURN_CHARS = 200, 2_000


def transcript_part(transcript: Any, report: Mapping[str, Any]) -> dict[str, Any]:
    """The transcript (speaker, text) and the debrief's summary as a detail part worth no points."""
    turns = []
    for line in list(transcript)[:MAX_TURNS]:
        speaker = getattr(line, "speaker", None) or (line.get("speaker") if isinstance(line, Mapping) else "")
        text = getattr(line, "text", None) or (line.get("text") if isinstance(line, Mapping) else "")
        turns.append({"speaker": str(speaker), "text": str(text)[:MAX_TURN_CHARS]})
    return {"score": 0.0, "max_score": 0.0, "topic": "", "turns": turns,
            "summary": str(report.get("summary") or "")[:MAX_TURN_CHARS],
            "practise_next": str(report.get("practise_next") or "")[:MAX_TURN_CHARS]}


def record_test(
    trainee: str,
    result: Any,
    db_url: str | os.PathLike[str] | None = None,
    *,
    when: datetime | str | None = None,
    gradebook: Gradebook | None = None,
) -> bool:
    """Record a marked pre-test or post-test (`coursekit.lessons.assessment.ScoredTest`).

    Stored like an exercise under the test's id (`pretest`, `posttest`), with per-item
    detail (score, status, objective, lesson); the class report shows each trainee's gain.
    The same answers submitted twice are recorded once. False if they were recorded before.
    """
    from coursekit.schema.assessment import TEST_IDS

    if result.test_id not in TEST_IDS:
        raise ValueError(f"{result.test_id!r} is not one of the tests: {', '.join(TEST_IDS)}")
    when = when or utc_now()
    fingerprint = answers_fingerprint(result.test_id, dict(result.answers))

    def write(book: Gradebook) -> bool:
        return book.record(trainee, result.test_id, "exercise", result.score, result.max_score,
                           result.detail(), fingerprint=fingerprint, when=when)

    if gradebook is not None:
        return write(gradebook)
    return write_or_keep(db_url, write)
