"""What the CLI and the widgets call to put an attempt in the gradebook."""
from __future__ import annotations

import os
from datetime import datetime
from typing import Any, Mapping

from coursekit.gradebook.book import Gradebook, answers_fingerprint


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

    def write(book: Gradebook) -> bool:
        return book.record(trainee, exercise_id, "exercise", result.score, result.max_score,
                           result.detail(), fingerprint=exercise_fingerprint(result), when=when)

    if gradebook is not None:
        return write(gradebook)
    with Gradebook.open(db_url) as book:
        return write(book)


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
) -> bool:
    """Record a finished simulation from its report dict (`Session.report().to_dict()`).

    The score is the report's total out of 100; each criterion that applies becomes
    per-criterion detail with its topic. Every call records one attempt.
    """
    detail = simulation_detail(score_report_dict, scenario_objection_topic(scenario_id))
    total = float(score_report_dict.get("total", 0))

    def write(book: Gradebook) -> bool:
        return book.record(trainee, scenario_id, "scenario", total, 100.0, detail,
                           outcome=outcome, when=when)

    if gradebook is not None:
        return write(gradebook)
    with Gradebook.open(db_url) as book:
        return write(book)
