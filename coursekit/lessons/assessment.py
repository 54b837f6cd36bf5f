"""Retrieval practice and the pre/post tests, from `coursekit/data/assessment/` (pure).

- `review(lesson)`: the quick questions that open a lesson, drawn from earlier lessons;
- `questions("pretest" | "posttest")`: the two tests, built on one blueprint;
- `mark_test(test_id, answers)`: a `ScoredTest` the gradebook records for a named trainee;
- `objectives()`: every lesson's stated objectives; `assessing(objective_id)` lists the
  items that assess one; `problems()` lists every inconsistency across the files.

Items are `Choice`s (the lessons' multiple-choice questions) with an id and an objective.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from coursekit.i18n import language
from coursekit.lessons.marking import Choice
from coursekit.schema.assessment import TEST_IDS

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "assessment"


@dataclass(frozen=True)
class BankItem:
    """One assessment item: its id, the objective it assesses, and the question."""

    id: str
    objective: str
    type: str
    question: Choice
    bank: str


@dataclass(frozen=True)
class Objective:
    """One stated learning objective of a lesson."""

    id: str
    lesson: str
    key: str
    assessed_by: tuple[str, ...] = ()


def _load(name: str) -> Any:
    return _load_in(name, language())


@lru_cache(maxsize=None)
def _load_in(name: str, lang: str) -> Any:
    from coursekit.i18n import localise
    from coursekit.schema import kind_of, load_file

    path = DATA_DIR / f"{name}.yaml"
    data = load_file(path, localised=False)
    return localise(path, data, kind_of(data["kind"]).spec, lang)


def objectives() -> tuple[Objective, ...]:
    """Every lesson's stated objectives, lesson by lesson, in the lesson's order."""
    return tuple(Objective(o["id"], lesson["lesson"], o["key"], tuple(o.get("assessed_by", ())))
                 for lesson in _load("objectives")["lessons"] for o in lesson["objectives"])


def lesson_objectives(lesson: str) -> tuple[Objective, ...]:
    """The objectives lesson `lesson` ("01") states."""
    return tuple(o for o in objectives() if o.lesson == lesson)


def bank(bank_id: str) -> tuple[BankItem, ...]:
    """The items of one bank (`review`, `pretest`, `posttest`), in file order, in the course's language."""
    return _bank(bank_id, language())


@lru_cache(maxsize=None)
def _bank(bank_id: str, lang: str) -> tuple[BankItem, ...]:
    data = _load_in(bank_id, lang)
    return tuple(BankItem(i["id"], i["objective"], i["type"],
                          Choice(i["prompt"].strip(), shown_options(n, i["options"], i["answer"]), i["answer"],
                                 i["explanation"].strip()),
                          bank_id)
                 for n, i in enumerate(data["items"]))


def shown_options(position: int, options: list[str], answer: str) -> tuple[str, ...]:
    """The options in the order shown: in two- and three-option items the right answer moves to place `position` (the
    item's place in its bank, wrapping round), the others keep their order, so answers are
    spread over every place, whatever the order they were written in, and never move between runs."""
    if len(options) > 3:  # a list of categories (the need levels, the patterns): keep its order
        return tuple(options)
    others = [o for o in options if o != answer]
    place = position % len(options)
    return tuple(others[:place] + [answer] + others[place:])


BANKS: tuple[str, ...] = ("review", *TEST_IDS)


def all_items() -> tuple[BankItem, ...]:
    """Every review and test item."""
    return tuple(item for name in BANKS for item in bank(name))


def review_plan() -> dict[str, tuple[str, ...]]:
    """Lesson -> the ids of the review items that open it."""
    return {r["lesson"]: tuple(r["items"]) for r in _load("review").get("reviews", ())}


def review(lesson: str) -> tuple[BankItem, ...]:
    """The review items that open lesson `lesson` ("04"); empty when it has none."""
    by_id = {item.id: item for item in bank("review")}
    return tuple(by_id[i] for i in review_plan().get(lesson, ()))


def questions(test_id: str) -> tuple[BankItem, ...]:
    """The items of the pre-test or the post-test (final check)."""
    if test_id not in TEST_IDS:
        raise KeyError(f"no test {test_id!r}; tests are {', '.join(TEST_IDS)}")
    return bank(test_id)


def blueprint(test_id: str) -> tuple[tuple[str, str], ...]:
    """(objective, item type) in order: the plan both tests share."""
    return tuple((item.objective, item.type) for item in questions(test_id))


def lessons_before(lesson: str) -> tuple[str, ...]:
    """Lessons a trainee has surely taken before `lesson`: those numbered lower, except
    that 08 and 09 may come straight after 03 (the course map allows it)."""
    from coursekit.lessons.course_map import MODULES

    numbers = [m.number for m in MODULES]
    if lesson in ("08", "09"):
        return tuple(n for n in numbers if n <= "03")
    return tuple(n for n in numbers if n < lesson)


def lesson_of(objective_id: str) -> str:
    """The lesson that states an objective."""
    for o in objectives():
        if o.id == objective_id:
            return o.lesson
    raise KeyError(f"unknown objective {objective_id!r}")


def assessing(objective_id: str) -> tuple[str, ...]:
    """Ids of everything that assesses an objective: bank items ("review:r01_drill"),
    then what the objective lists (exercise questions "ex01_need_levels.q7", or banks)."""
    found = [f"{item.bank}:{item.id}" for item in all_items() if item.objective == objective_id]
    for o in objectives():
        if o.id == objective_id:
            found.extend(o.assessed_by)
    return tuple(found)


def _reference_exists(ref: str) -> bool:
    """An `assessed_by` reference names a bank, or an exercise question that exists."""
    from coursekit.exercises import list_exercises, load_key

    if ref in BANKS:
        return True
    exercise_id, _, question_id = ref.partition(".")
    return exercise_id in list_exercises() and question_id in load_key(exercise_id).question_ids


def problems() -> list[str]:
    """Every inconsistency across the assessment files (empty when all is well)."""
    found: list[str] = []
    known = {o.id: o for o in objectives()}
    for item in all_items():
        if item.objective not in known:
            found.append(f"{item.bank}:{item.id}: unknown objective {item.objective!r}")
    for lesson, ids in review_plan().items():
        allowed = lessons_before(lesson)
        for item in review(lesson):
            taught = known[item.objective].lesson if item.objective in known else "?"
            if taught not in allowed:
                found.append(f"review of {lesson}: {item.id} is from lesson {taught}, not one taken before")
    if blueprint("pretest") != blueprint("posttest"):
        found.append("the pre-test and the post-test do not follow the same blueprint")
    shared = {i.id for i in bank("pretest")} & {i.id for i in bank("posttest")}
    shared |= {i.question.prompt for i in bank("pretest")} & {i.question.prompt for i in bank("posttest")}
    if shared:
        found.append(f"the pre-test and the post-test share items: {', '.join(sorted(shared))}")
    for o in objectives():
        for ref in o.assessed_by:
            if not _reference_exists(ref):
                found.append(f"{o.id}: assessed_by {ref!r} is neither a bank nor an exercise question")
        if not assessing(o.id):
            found.append(f"{o.id} (lesson {o.lesson}): no item assesses it")
    return found


@dataclass(frozen=True)
class ScoredTest:
    """A marked pre-test or post-test: what the gradebook records."""

    test_id: str
    answers: tuple[tuple[str, str | None], ...]
    rows: tuple[tuple[BankItem, bool | None], ...]

    @property
    def exercise_id(self) -> str:
        """The gradebook item id (the tests are recorded like exercises)."""
        return self.test_id

    @property
    def score(self) -> float:
        return float(sum(1 for _, ok in self.rows if ok))

    @property
    def max_score(self) -> float:
        return float(len(self.rows))

    @property
    def percent(self) -> float:
        return round(100.0 * self.score / self.max_score, 1) if self.max_score else 0.0

    @property
    def answered(self) -> int:
        return sum(1 for _, ok in self.rows if ok is not None)

    def detail(self) -> dict[str, dict[str, Any]]:
        """Per-item detail for the gradebook: score, maximum, status, objective, lesson."""
        out = {}
        for item, ok in self.rows:
            status = "unanswered" if ok is None else "correct" if ok else "wrong"
            out[item.id] = {"score": 1.0 if ok else 0.0, "max_score": 1.0, "status": status,
                            "objective": item.objective, "lesson": lesson_of(item.objective), "topic": ""}
        return out

    def to_revisit(self) -> tuple[str, ...]:
        """Lessons whose items were missed or left open, in course order."""
        return tuple(sorted({lesson_of(item.objective) for item, ok in self.rows if not ok}))


def mark_test(test_id: str, answers: Mapping[str, str | None]) -> ScoredTest:
    """Mark a test: `answers` maps item id -> the chosen option (None or missing: unanswered)."""
    items = questions(test_id)
    rows = []
    for item in items:
        chosen = answers.get(item.id) or None
        rows.append((item, None if chosen is None else chosen == item.question.answer))
    return ScoredTest(test_id, tuple((item.id, answers.get(item.id) or None) for item in items), tuple(rows))
