"""Class reports from the gradebook: totals, weakest topics and progress over time.

Each trainee's standing on an exercise or scenario is their best attempt at it (ties:
the latest). Topics come from the per-question / per-criterion detail of those best
attempts; a topic's weakness is the share of the points the class lost on the questions
it answered: unanswered questions are counted separately, not as lost points.
Progress over time counts every attempt, per UTC day.

The pre-test (`pretest`) and the final check (`posttest`) are recorded like exercises but
reported apart: each trainee's first attempt at each, and the gain between them
(`ClassReport.gains`); they count neither in exercise points nor in the weakest topics.

Trainees are told apart by `name_key` (case, dots, underscores, hyphens and repeated
spaces ignored), so `ana.souza` (a graded folder) and `Ana Souza` (typed into the
simulator) are one trainee, shown under the most common spelling.
"""
from __future__ import annotations

import html
import os
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from coursekit.gradebook.book import Attempt, Gradebook, clean_name
from coursekit.gradebook.names import display_names, name_key
from coursekit.labels import BY_KIND
from coursekit.markup import NO_MATH
from coursekit.scoring.text import plain_number as _num
from coursekit.scoring.text import printable  # noqa: F401  (also used by callers as report.printable)

#: Knowledge kind -> how one of its labels is introduced in a topic name.
KIND_WORDS: dict[str, str] = {
    "need_levels": "need level", "temperaments": "temperament", "principles": "principle",
    "techniques": "technique", "question_forms": "question form",
    "objection_patterns": "objection", "objection_tests": "objection test", "checkpoints": "checkpoint",
}


def topic_label(topic: str, name: str | None = None) -> str:
    """A readable name for a topic id: 'need level: service', 'need levels', 'questioning'.

    Topics outside the course vocabulary (e.g. a simulator criterion id) use `name`
    when given.
    """
    from coursekit.schema.exercise import COURSE_TOPICS

    for kind, labels in BY_KIND.items():
        if topic == kind:
            return kind.replace("_", " ")
        if topic in labels:
            return f"{KIND_WORDS[kind]}: {topic.replace('_', ' ')}"
    if topic in COURSE_TOPICS:
        return topic.replace("_", " ")
    return name or topic.replace("_", " ")


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


@dataclass(frozen=True)
class TraineeRow:
    """A trainee's standing over the best attempt at each exercise or scenario.

    Exercises and simulations are kept apart: `score`/`max_score` add up exercise
    points only; `scenario_percent` is the mean of the best simulation scores (out of
    100), None when the trainee played none. `percent` is the mean of every best
    attempt's percentage, so a 100-point scenario does not outweigh an 11-point exercise.
    """

    trainee: str
    score: float
    max_score: float
    percent: float
    items: int
    attempts: int
    exercises: int = 0
    scenarios: int = 0
    scenario_percent: float | None = None
    overridden: int = 0
    #: Exercise points at the first try of each question, over the best attempts answered
    #: with the exercise widgets (None when none was: a typed notebook keeps no first try).
    first_try_score: float | None = None


@dataclass(frozen=True)
class ItemRow:
    """An exercise or scenario across the class (mean of each trainee's best attempt)."""

    item: str
    item_kind: str
    trainees: int
    attempts: int
    mean_percent: float


@dataclass(frozen=True)
class TopicRow:
    """A topic and the share of its points the class lost on answered questions (higher = weaker).

    `lost` and `available` cover the answered questions and criteria only; `unanswered`
    counts the questions left unanswered (in the best attempts), which are not counted as
    lost. `share_lost` is None when none of the topic's questions was answered.
    `trainees` is how many trainees answered at least one of its questions.
    """

    topic: str
    label: str
    lost: float
    available: float
    share_lost: float | None
    trainees: int
    answered: int = 0
    unanswered: int = 0


@dataclass(frozen=True)
class GainRow:
    """A trainee's pre-test and final-check scores (first attempt at each, percent) and the gain.

    `gain` is post minus pre in percentage points; None until both tests are taken.
    """

    trainee: str
    pretest: float | None
    posttest: float | None
    gain: float | None


@dataclass(frozen=True)
class DayRow:
    """Attempts made on one UTC day and their mean score."""

    day: str
    attempts: int
    trainees: int
    mean_percent: float


@dataclass(frozen=True)
class ClassReport:
    """Everything the report command, plot and instructor notebook show."""

    trainees: tuple[TraineeRow, ...]
    items: tuple[ItemRow, ...]
    topics: tuple[TopicRow, ...]
    progress: tuple[DayRow, ...]
    attempts: int
    filters: dict[str, str] = field(default_factory=dict)
    #: Questions left unanswered in the best attempts (not counted as lost points).
    unanswered: int = 0
    #: Where the attempts came from (the gradebook's file or server, no password).
    source: str = ""
    #: Malformed rows left out of the report, each "row N: why".
    skipped: tuple[str, ...] = ()
    #: Each trainee's pre-test and final-check result and gain (first attempts).
    gains: tuple[GainRow, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (what `coursekit report --json` prints)."""
        return {
            "gradebook": self.source,
            "skipped_rows": list(self.skipped),
            "filters": dict(self.filters),
            "attempts": self.attempts,
            "unanswered": self.unanswered,
            "trainees": [asdict(r) for r in self.trainees],
            "items": [asdict(r) for r in self.items],
            "weakest_topics": [asdict(r) for r in self.topics],
            "progress": [asdict(r) for r in self.progress],
            "pre_post": [asdict(r) for r in self.gains],
        }

    def to_text(self) -> str:
        """Plain-text report for a terminal (names with control characters escaped)."""
        return report_text(self)

    def _repr_html_(self) -> str:
        return report_html(self)

    def __str__(self) -> str:
        return report_text(self)

    __repr__ = __str__


def _restrict_to_topic(attempt: Attempt, topic: str) -> Attempt | None:
    """The attempt scored on one topic's questions/criteria only (None if it has none)."""
    parts = [d for d in attempt.detail.values() if d.get("topic") == topic]
    if not parts:
        return None
    score = sum(float(d.get("score", 0)) for d in parts)
    maximum = sum(float(d.get("max_score", 0)) for d in parts)
    detail = {k: d for k, d in attempt.detail.items() if d.get("topic") == topic}
    return Attempt(attempt.trainee, attempt.item, attempt.item_kind, score, maximum, detail,
                   attempt.recorded_at, attempt.outcome, attempt.fingerprint, attempt.id,
                   comment=attempt.comment)


def is_unanswered(part: Any) -> bool:
    """Whether a question's detail says it was left unanswered (simulation criteria never are)."""
    return isinstance(part, dict) and part.get("status") == "unanswered"


def topics_present(attempts: Iterable[Attempt]) -> dict[str, str | None]:
    """Topic id -> its name (None when unnamed) for every topic in the attempts' detail."""
    names: dict[str, str | None] = {}
    for attempt in attempts:
        for part_id, part in attempt.detail.items():
            topic = str(part.get("topic", part_id) or "")
            if topic:
                names.setdefault(topic, part.get("name"))
    return names


def known_topics(attempts: Iterable[Attempt]) -> tuple[str, ...]:
    """Every topic a report can be filtered by: the course's `TOPICS` and those in the attempts."""
    from coursekit.schema.exercise import TOPICS

    return tuple(dict.fromkeys([*TOPICS, *sorted(topics_present(attempts))]))


def best_attempts(attempts: Iterable[Attempt],
                  keys: dict[int, str] | None = None) -> dict[tuple[str, str, str], Attempt]:
    """(trainee's name_key, item_kind, item) -> the best attempt (ties: the latest).

    `keys` (id(attempt) -> name_key) saves normalising every name again.
    """
    best: dict[tuple[str, str, str], Attempt] = {}
    for attempt in sorted(attempts, key=lambda a: (a.recorded_at, a.id or 0)):
        name = keys[id(attempt)] if keys is not None else name_key(attempt.trainee)
        key = (name, attempt.item_kind, attempt.item)
        current = best.get(key)
        if current is None or attempt.percent >= current.percent:
            best[key] = attempt
    return best


def is_test(attempt: Attempt) -> bool:
    """Whether the attempt is the pre-test or the final check (reported apart, as a gain)."""
    from coursekit.schema.assessment import TEST_IDS

    return attempt.item_kind == "exercise" and attempt.item in TEST_IDS


def first_attempts(attempts: Iterable[Attempt], keys: dict[int, str]) -> dict[tuple[str, str], Attempt]:
    """(trainee's name_key, test id) -> the trainee's first attempt at that test."""
    first: dict[tuple[str, str], Attempt] = {}
    for attempt in attempts:
        key = (keys[id(attempt)], attempt.item)
        current = first.get(key)
        if current is None or (attempt.recorded_at, attempt.id or 0) < (current.recorded_at, current.id or 0):
            first[key] = attempt
    return first


def gain_rows(tests: Iterable[Attempt], keys: dict[int, str], shown: dict[str, str]) -> tuple[GainRow, ...]:
    """Each trainee's first pre-test and final-check percentages and the gain (linear in attempts)."""
    first = first_attempts(tests, keys)
    people = sorted({key for key, _ in first}, key=lambda k: (shown[k].casefold(), shown[k]))
    rows = []
    for key in people:
        pre, post = first.get((key, "pretest")), first.get((key, "posttest"))
        before = pre.percent if pre is not None else None
        after = post.percent if post is not None else None
        gain = (round(100.0 * (post.score / post.max_score - pre.score / pre.max_score), 1)
                if pre is not None and post is not None and pre.max_score and post.max_score else None)
        rows.append(GainRow(shown[key], before, after, gain))
    return tuple(rows)


def first_try_points(attempt: Attempt) -> float | None:
    """An exercise attempt's points at the first try of each question; None when not kept."""
    if attempt.item_kind != "exercise":
        return None
    parts = [part for part in attempt.detail.values()
             if isinstance(part, dict) and float(part.get("max_score", 0) or 0) > 0]
    if not parts or not all("first_score" in part for part in parts):
        return None
    try:
        return round(sum(float(part["first_score"]) for part in parts), 2)
    except (TypeError, ValueError):
        return None


def _first_tries(exercises: list[Attempt]) -> float | None:
    known = [points for points in map(first_try_points, exercises) if points is not None]
    return round(sum(known), 2) if known else None


def build_report(attempts: Iterable[Attempt], trainee: str | None = None, topic: str | None = None,
                 *, source: str = "", skipped: Iterable[str] = ()) -> ClassReport:
    """The class report over these attempts, optionally for one trainee and/or one topic.

    The trainee is matched by `name_key`, so "Ana Souza", " ana.souza " and "ANA_SOUZA"
    all find the same trainee; ValueError for an empty or over-long name. Linear in the
    number of attempts. `source` names the gradebook; `skipped` lists malformed rows.
    """
    attempts = list(attempts)
    keys = {id(a): name_key(a.trainee) for a in attempts}
    shown = display_names(a.trainee for a in attempts)
    if trainee is not None:
        trainee = clean_name(trainee)
    wanted = name_key(trainee) if trainee is not None else None
    selected = [a for a in attempts if wanted is None or keys[id(a)] == wanted]
    if topic is not None:
        restricted = []
        for attempt in selected:
            part = _restrict_to_topic(attempt, topic)
            if part is not None:
                keys[id(part)] = keys[id(attempt)]
                restricted.append(part)
        selected = restricted
    tests = [a for a in selected if is_test(a)]
    gains = gain_rows(tests, keys, shown)
    every = selected
    selected = [a for a in selected if not is_test(a)]
    best = best_attempts(selected, keys)

    by_trainee: dict[str, list[Attempt]] = defaultdict(list)
    by_item: dict[tuple[str, str], list[Attempt]] = defaultdict(list)
    for (key, kind, item), attempt in best.items():
        by_trainee[key].append(attempt)
        by_item[(kind, item)].append(attempt)
    tries_by_trainee = Counter(keys[id(a)] for a in selected)
    tries_by_item = Counter((a.item_kind, a.item) for a in selected)

    trainee_rows = []
    for key in sorted(by_trainee, key=lambda k: (shown[k].casefold(), shown[k])):
        mine = by_trainee[key]
        exercises = [a for a in mine if a.item_kind == "exercise"]
        scenarios = [a for a in mine if a.item_kind != "exercise"]
        trainee_rows.append(TraineeRow(
            shown[key], round(sum(a.score for a in exercises), 2), round(sum(a.max_score for a in exercises), 2),
            _mean(a.percent for a in mine) or 0.0, len(mine), tries_by_trainee[key], len(exercises),
            len(scenarios), _mean(a.percent for a in scenarios), sum(a.overridden for a in mine),
            _first_tries(exercises)))

    item_rows = [ItemRow(item, kind, len(by_item[(kind, item)]), tries_by_item[(kind, item)],
                         _mean(a.percent for a in by_item[(kind, item)]) or 0.0)
                 for kind, item in sorted(by_item)]
    first_tests = first_attempts(tests, keys)
    for test_id in sorted({a.item for a in tests}):
        firsts = [a for (_, item), a in first_tests.items() if item == test_id]
        item_rows.append(ItemRow(test_id, "test", len(firsts), sum(1 for a in tests if a.item == test_id),
                                 _mean(a.percent for a in firsts) or 0.0))

    lost: dict[str, float] = {}
    available: dict[str, float] = {}
    answered: dict[str, int] = {}
    unanswered: dict[str, int] = {}
    who: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for (key, _, _), attempt in best.items():
        for part_id, part in attempt.detail.items():
            top = str(part.get("topic", part_id) or "")
            maximum = float(part.get("max_score", 0))
            if maximum <= 0 or not top:  # an empty topic (e.g. the outcome) points nowhere
                continue
            if part.get("name"):
                names.setdefault(top, str(part["name"]))
            available.setdefault(top, 0.0)
            lost.setdefault(top, 0.0)
            who.setdefault(top, set())
            if is_unanswered(part):
                unanswered[top] = unanswered.get(top, 0) + 1
                continue
            answered[top] = answered.get(top, 0) + 1
            available[top] += maximum
            lost[top] += max(0.0, maximum - float(part.get("score", 0)))
            who[top].add(key)
    topic_rows = sorted(
        (TopicRow(t, topic_label(t, names.get(t)), round(lost[t], 2), round(available[t], 2),
                  round(lost[t] / available[t], 3) if available[t] else None, len(who[t]),
                  answered.get(t, 0), unanswered.get(t, 0)) for t in available),
        key=lambda r: (r.share_lost is None, -(r.share_lost or 0.0), -r.lost, -r.unanswered, r.topic),
    )

    by_day: dict[str, list[Attempt]] = defaultdict(list)
    for attempt in every:
        by_day[attempt.recorded_at[:10]].append(attempt)
    day_rows = [DayRow(day, len(that_day), len({keys[id(a)] for a in that_day}),
                       _mean(a.percent for a in that_day) or 0.0)
                for day, that_day in sorted(by_day.items())]

    filters = {k: v for k, v in (("trainee", trainee), ("topic", topic)) if v is not None}
    return ClassReport(tuple(trainee_rows), tuple(item_rows), tuple(topic_rows), tuple(day_rows),
                       len(every), filters, sum(unanswered.values()), source, tuple(skipped), gains)


def _mean(values: Iterable[float]) -> float | None:
    """The mean to one decimal, None for no values."""
    values = list(values)
    return round(sum(values) / len(values), 1) if values else None


def class_report(db_url: str | os.PathLike[str] | None = None, trainee: str | None = None,
                 topic: str | None = None) -> ClassReport:
    """Open the gradebook (None: the default one) read-only and build its class report.

    Raises GradebookError when there is no gradebook there; nothing is ever created.
    """
    with Gradebook.open(db_url, create=False) as book:
        return build_report(book.attempts(), trainee=trainee, topic=topic, source=book.location,
                            skipped=book.skipped)


def _nothing(report: ClassReport, quote: Any = str) -> str:
    """Why an empty report is empty: nothing recorded, or nothing matches its filters."""
    if not report.filters:
        return "No attempts recorded yet"
    return "No attempts match " + " and ".join(f"{k} '{quote(v)}'" for k, v in report.filters.items())


def share_text(row: TopicRow) -> str:
    """A topic's lost share as a percentage ("—" when none of its questions was answered)."""
    return "—" if row.share_lost is None else f"{100 * row.share_lost:.1f}"


def unanswered_note(report: ClassReport) -> str:
    """One sentence on the unanswered questions (not counted as lost points)."""
    n = report.unanswered
    return (f"{_count(n, 'question')} left unanswered in the best attempts: counted apart, "
            "not as points lost.")


def points_text(row: TraineeRow) -> str:
    """Exercise points as "7/11" ("—" without exercises); whole numbers when the maximum is whole."""
    if not row.exercises:
        return "—"
    whole = float(row.max_score).is_integer()
    score = _num(round(row.score)) if whole and float(row.score).is_integer() else _num(round(row.score, 1))
    return f"{score}/{_num(row.max_score)}" + ("*" if row.overridden else "")


def first_try_text(row: TraineeRow) -> str:
    """Exercise points at the first tries ("—" when no exercise kept its first tries)."""
    return "—" if row.first_try_score is None else _num(round(row.first_try_score, 1))


def scenario_text(row: TraineeRow) -> str:
    """The mean best simulation score in percent ("—" when none was played)."""
    return "—" if row.scenario_percent is None else f"{row.scenario_percent:.0f}"


def trainee_count(report: ClassReport) -> int:
    """How many trainees the report covers, counting those who have only taken a test."""
    return len({r.trainee for r in report.trainees} | {r.trainee for r in report.gains})


def report_text(report: ClassReport) -> str:
    """The report as aligned plain text."""
    p = printable
    lines = []
    scope = "".join(f", {k} {p(v)}" for k, v in report.filters.items())
    span = f" ({report.progress[0].day} to {report.progress[-1].day})" if report.progress else ""
    lines.append(f"Class report: {_count(trainee_count(report), 'trainee')}, "
                 f"{_count(report.attempts, 'attempt')}{span}{scope}")
    if report.source:
        lines.append(f"Gradebook: {p(report.source)}")
    lines += [f"Skipped a malformed row: {p(why)}" for why in report.skipped]
    if not report.attempts:
        lines.append(f"{_nothing(report, p)}.")
        return "\n".join(lines)
    width = max([7] + [len(p(r.trainee)) for r in report.trainees])
    firsts = any(r.first_try_score is not None for r in report.trainees)
    first_head = f"  {'first tries':>11}" if firsts else ""
    lines += ["", f"{'trainee':<{width}}  {'exercise points':>15}{first_head}  {'simulations %':>13}  {'mean %':>6}  "
                  f"{'items':>5}  {'attempts':>8}"]
    for r in report.trainees:
        first = f"  {first_try_text(r):>11}" if firsts else ""
        lines.append(f"{p(r.trainee):<{width}}  {points_text(r):>15}{first}  {scenario_text(r):>13}  "
                     f"{r.percent:>6.1f}  {r.items:>5}  {r.attempts:>8}")
    if firsts:
        lines.append("first tries: exercise points at each question's first try (exercises done with the widgets)")
    if any(r.overridden for r in report.trainees):
        lines.append("* includes a mark an instructor corrected (coursekit review)")
    width = max([20] + [len(p(r.item)) + len(r.item_kind) + 3 for r in report.items])
    lines += ["", f"{'exercise or scenario':<{width}}  {'trainees':>8}  {'attempts':>8}  {'mean %':>6}"]
    for r in report.items:
        label = f"{p(r.item)} ({r.item_kind})"
        lines.append(f"{label:<{width}}  {r.trainees:>8}  {r.attempts:>8}  {r.mean_percent:>6.1f}")
    if report.topics:
        width = max([5] + [len(p(r.label)) for r in report.topics])
        lines += ["", "weakest topics (share of points lost on answered questions, best attempts)",
                  f"{'topic':<{width}}  {'lost %':>6}  {'lost':>13}  {'trainees':>8}  {'unanswered':>10}"]
        for r in report.topics:
            lost = f"{_num(r.lost)} of {_num(r.available)}"
            lines.append(f"{p(r.label):<{width}}  {share_text(r):>6}  {lost:>13}  {r.trainees:>8}  "
                         f"{r.unanswered:>10}")
        if report.unanswered:
            lines.append(f"{unanswered_note(report)}")
    lines += gains_text(report)
    lines += ["", "progress by day (UTC)", f"{'day':<10}  {'attempts':>8}  {'trainees':>8}  {'mean %':>6}"]
    for r in report.progress:
        lines.append(f"{r.day:<10}  {r.attempts:>8}  {r.trainees:>8}  {r.mean_percent:>6.1f}")
    return "\n".join(lines)


def percent_text(value: float | None, signed: bool = False) -> str:
    """A percentage to one decimal ("—" when missing); `signed` shows + for a gain."""
    if value is None:
        return "—"
    return f"{value:+.1f}" if signed else f"{value:.1f}"


def gains_text(report: ClassReport) -> list[str]:
    """The pre/post lines of the text report (none when nobody took a test)."""
    if not report.gains:
        return []
    p = printable
    width = max([7] + [len(p(r.trainee)) for r in report.gains])
    lines = ["", "pre-test and final check (first attempt at each, %; gain in points)",
             f"{'trainee':<{width}}  {'pre-test':>8}  {'final':>6}  {'gain':>6}"]
    for r in report.gains:
        lines.append(f"{p(r.trainee):<{width}}  {percent_text(r.pretest):>8}  {percent_text(r.posttest):>6}  "
                     f"{percent_text(r.gain, True):>6}")
    return lines


#: Cell padding, so neighbouring headers ("mean %", "items", "attempts") never run together.
_PAD = "padding:3px 10px"


def _table(headers: list[str], rows: list[list[str]], numeric_from: int = 1) -> str:
    esc = html.escape

    def align(i: int) -> str:
        return "right" if i >= numeric_from else "left"

    head = "".join(f'<th style="text-align:{align(i)};{_PAD};white-space:nowrap">{esc(h)}</th>'
                   for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(
            f'<td style="text-align:{align(i)};{_PAD}">{esc(c)}</td>'
            for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f'<table style="border-collapse:collapse"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def report_html(report: ClassReport) -> str:
    """The report as HTML tables; every name and id is escaped."""
    esc = html.escape
    scope = "".join(f", {esc(k)} <b>{esc(v)}</b>" for k, v in report.filters.items())
    parts = [f"<p>{_count(trainee_count(report), 'trainee')}, {_count(report.attempts, 'attempt')}{scope}</p>"]
    if report.source:
        parts.append(f"<p>Gradebook: <code>{esc(report.source)}</code></p>")
    if report.skipped:
        items = "".join(f"<li>{esc(why)}</li>" for why in report.skipped)
        parts.append(f"<p><b>Skipped malformed rows</b> (left out of the report):</p><ul>{items}</ul>")
    if not report.attempts:
        parts.append(f"<p>{esc(_nothing(report))}.</p>")
        return f'<div class="coursekit-report {NO_MATH}">' + "".join(parts) + "</div>"
    firsts = any(r.first_try_score is not None for r in report.trainees)
    parts.append("<h4>Trainees</h4>" + _table(
        ["trainee", "exercise points", *(["first tries"] if firsts else []), "simulations %", "mean %",
         "items", "attempts"],
        [[r.trainee, points_text(r), *([first_try_text(r)] if firsts else []), scenario_text(r),
          f"{r.percent:.1f}", str(r.items), str(r.attempts)]
         for r in report.trainees]))
    parts.append("<h4>Exercises and scenarios</h4>" + _table(
        ["exercise or scenario", "kind", "trainees", "attempts", "mean %"],
        [[r.item, r.item_kind, str(r.trainees), str(r.attempts), f"{r.mean_percent:.1f}"] for r in report.items],
        numeric_from=2))
    if report.topics:
        note = f"<p>{esc(unanswered_note(report))}</p>" if report.unanswered else ""
        parts.append("<h4>Weakest topics (answered questions)</h4>" + _table(
            ["topic", "points lost", "lost %", "trainees", "unanswered"],
            [[r.label, f"{_num(r.lost)} of {_num(r.available)}", share_text(r), str(r.trainees), str(r.unanswered)]
             for r in report.topics]) + note)
    if report.gains:
        parts.append("<h4>Pre-test and final check (first attempts, %)</h4>" + _table(
            ["trainee", "pre-test", "final check", "gain (points)"],
            [[r.trainee, percent_text(r.pretest), percent_text(r.posttest), percent_text(r.gain, True)]
             for r in report.gains]))
    parts.append("<h4>Progress by day (UTC)</h4>" + _table(
        ["day", "attempts", "trainees", "mean %"],
        [[r.day, str(r.attempts), str(r.trainees), f"{r.mean_percent:.1f}"] for r in report.progress]))
    return f'<div class="coursekit-report {NO_MATH}">' + "".join(parts) + "</div>"
