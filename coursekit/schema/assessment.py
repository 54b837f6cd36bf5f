"""Schema of the assessment data (`coursekit/data/assessment/`).

- `kind: objectives`: every lesson's stated learning objectives, with ids, in the
  lesson's order; `key` is a phrase from the lesson's own bullet, and `assessed_by`
  optionally names exercise questions (`ex01_need_levels.q7`) or a whole item bank
  (`posttest`) that assess the objective.
- `kind: item_bank`: quiz items with ids, each naming the objective it assesses. The
  `review` bank also says which items open which lesson (`reviews`); the `pretest` and
  `posttest` banks follow one blueprint (the same objective and item type in each place).

Checks across files (an item's objective exists, the tests share a blueprint, every
objective is assessed) are in `coursekit.lessons.assessment.problems()`.
"""
from __future__ import annotations

import re

from coursekit.schema.core import Enum, ListOf, Record, Str, Text, duplicate_ids, register_kind

#: Item types of the assessment banks (shown by the lessons' multiple-choice widget).
ITEM_TYPES: tuple[str, ...] = ("choice",)

#: The gradebook item ids of the two tests (recorded as exercises, reported as a gain).
TEST_IDS: tuple[str, ...] = ("pretest", "posttest")

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_LESSON = re.compile(r"^\d\d$")

OBJECTIVE = Record(
    fields={"id": Str(description="an objective id"), "key": Str(),
            "assessed_by": ListOf(Str(description="an item reference"), min_items=1,
                                  description="a list of exercise questions or banks")},
    required={"id", "key"},
    description="an objective (a mapping with id and key)",
)

OBJECTIVES = Record(
    fields={
        "kind": Enum(("objectives",), description="kind"),
        "lessons": ListOf(Record(
            fields={"lesson": Str(description="a lesson number"),
                    "objectives": ListOf(OBJECTIVE, min_items=1, description="a list of objectives")},
            required={"lesson", "objectives"}, description="a lesson (a mapping with lesson and objectives)"),
            min_items=1, description="a list of lessons"),
    },
    required={"kind", "lessons"},
)

ITEM = Record(
    fields={
        "id": Str(description="an item id"),
        "objective": Str(description="an objective id"),
        "type": Enum(ITEM_TYPES, description="item type"),
        "prompt": Text(),
        "options": ListOf(Text(description="an option"), min_items=2, description="a list of options"),
        "answer": Text(),
        "explanation": Text(),
    },
    required={"id", "objective", "type", "prompt", "options", "answer", "explanation"},
    description="an item (a mapping with id, objective, type, prompt, options, answer, explanation)",
)

ITEM_BANK = Record(
    fields={
        "kind": Enum(("item_bank",), description="kind"),
        "id": Str(description="a bank id"),
        "title": Text(max_len=100),
        "items": ListOf(ITEM, min_items=1, description="a list of items"),
        "reviews": ListOf(Record(
            fields={"lesson": Str(description="a lesson number"),
                    "items": ListOf(Str(description="an item id"), min_items=1, description="a list of item ids")},
            required={"lesson", "items"}, description="a review (a mapping with lesson and items)"),
            description="a list of reviews"),
    },
    required={"kind", "id", "title", "items"},
)


def _bad_id(value: str, what: str, path, at) -> list:
    if _ID.match(value):
        return []
    return [at(path, f"{what} {value!r} must be lower case letters, digits and _, starting with a letter")]


def objectives_cross_check(data, at):
    """Objective ids are well formed and unique, lesson numbers are two digits and unique."""
    problems = duplicate_ids(data["lessons"], ("lessons",), at, key="lesson")
    every = []
    for li, lesson in enumerate(data["lessons"]):
        if not _LESSON.match(lesson["lesson"]):
            problems.append(at(("lessons", li, "lesson"), f"lesson {lesson['lesson']!r} must be two digits, e.g. \"03\""))
        for oi, objective in enumerate(lesson["objectives"]):
            path = ("lessons", li, "objectives", oi)
            problems += _bad_id(objective["id"], "objective id", path + ("id",), at)
            every.append((path, objective["id"]))
    seen = set()
    for path, oid in every:
        if oid in seen:
            problems.append(at(path + ("id",), f"objective id {oid!r} appears twice"))
        seen.add(oid)
    return problems


def bank_cross_check(data, at):
    """Item ids unique and well formed, answers among the options, reviews name known items."""
    problems = _bad_id(data["id"], "bank id", ("id",), at)
    problems += duplicate_ids(data["items"], ("items",), at)
    ids = set()
    for index, item in enumerate(data["items"]):
        path = ("items", index)
        problems += _bad_id(item["id"], "item id", path + ("id",), at)
        ids.add(item["id"])
        options = item["options"]
        if len(set(options)) != len(options):
            problems.append(at(path + ("options",), "an option appears twice"))
        if item["answer"] not in options:
            problems.append(at(path + ("answer",), f"answer {item['answer']!r} is not one of the options"))
    for ri, review in enumerate(data.get("reviews", ())):
        if not _LESSON.match(review["lesson"]):
            problems.append(at(("reviews", ri, "lesson"), f"lesson {review['lesson']!r} must be two digits"))
        for ii, item_id in enumerate(review["items"]):
            if item_id not in ids:
                problems.append(at(("reviews", ri, "items", ii), f"unknown item {item_id!r}"))
    return problems


register_kind("objectives", OBJECTIVES, objectives_cross_check)
register_kind("item_bank", ITEM_BANK, bank_cross_check)
