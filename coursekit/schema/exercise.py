"""Schema of exercise answer keys (`kind: exercise`, `coursekit/data/exercises/<id>.yaml`).

A key lists its questions in notebook order. Each question has a `type`:
`choice` (answer: one id), `set` (answer: a list, order ignored), `order` (answer: a
list in order), `free_text` (answer: a model answer that meets `spec`, the
free-text checker's spec) or `sort` (`items`: statements with an id and a text;
`options`: the categories; answer: a mapping item id -> category, at least two items
per category). `options`, when given, lists the allowed values. An optional `hint`
is shown after a wrong first try (it must not give the answer away).
`topic` (on the exercise, optionally overridden per question) says which part of the
course a lost point points to in the class report.
"""
from __future__ import annotations

import keyword
import re

from coursekit.labels import (
    BY_KIND, NEED_LEVELS, OBJECTION_PATTERNS, OBJECTION_TESTS, QUESTION_FORMS, TECHNIQUES,
)
from coursekit.schema.core import (
    Bool, Enum, Int, ListOf, Record, Str, Text, TextWhen, did_you_mean, duplicate_ids, register_kind,
)

#: Question types (each marked by the scoring checker of the same name).
QUESTION_TYPES: tuple[str, ...] = ("choice", "set", "order", "free_text", "sort")

#: Course topics beyond the knowledge kinds and their label ids.
COURSE_TOPICS: tuple[str, ...] = (
    "buying_mind", "questioning", "listening", "observing", "requirements", "difficult_customers",
    "expectations", "objections", "customer_view", "customer_analysis", "retail_accounts",
)

#: Every accepted topic id: knowledge kinds, their label ids, and the course topics.
TOPICS: tuple[str, ...] = tuple(dict.fromkeys(
    [*BY_KIND, *(label for labels in BY_KIND.values() for label in labels), *COURSE_TOPICS]
))

#: Names a question id may not take (they would clash in the notebook's check cell).
RESERVED_NAMES = frozenset({"check_answers", "exercise_id"})

_ID = re.compile(r"^[a-z][a-z0-9_]*$")

FREE_TEXT_SPEC = Record(
    fields={
        "form": Enum(QUESTION_FORMS, description="question form"),
        "technique": Enum(TECHNIQUES, description="question technique"),
        "level": Enum(NEED_LEVELS, description="need level"),
        "objection": Enum(OBJECTION_PATTERNS, description="objection pattern"),
        "test": Enum(OBJECTION_TESTS, description="objection test"),
        "no_pitch": Bool(),
        "no_pressure": Bool(),
        "no_discount": Bool(),
        "min_words": Int(min=1),
    },
    description="a free-text spec (a mapping of form, technique, level, objection, test, no_pitch, ...)",
)

SORT_ITEM = Record(
    fields={"id": Str(description="an item id"), "text": Text(description="the statement")},
    required={"id", "text"},
    description="an item to sort (a mapping with id and text)",
)

QUESTION = Record(
    fields={
        "id": Str(description="a question id"),
        "prompt": Text(),
        "type": Enum(QUESTION_TYPES, description="question type"),
        "points": Int(min=1),
        "answer": TextWhen(field="type", equals="free_text", description="the answer"),
        "options": ListOf(Str(description="an option"), min_items=2, description="a list of options"),
        "spec": FREE_TEXT_SPEC,
        "explanation": Text(),
        "topic": Str(description="a topic id"),
        "hint": Text(),
        "items": ListOf(SORT_ITEM, min_items=2, description="a list of items to sort"),
    },
    required={"id", "prompt", "type", "points", "answer", "explanation"},
    description="a question (a mapping with id, prompt, type, points, answer, explanation)",
)

EXERCISE = Record(
    fields={
        "kind": Enum(("exercise",), description="kind"),
        "id": Str(description="an exercise id"),
        "title": Text(max_len=100),
        "topic": Str(description="a topic id"),
        "intro": Text(),
        "questions": ListOf(QUESTION, min_items=1, description="a list of questions"),
    },
    required={"kind", "id", "title", "topic", "questions"},
)


def _check_topic(value, path, at, problems) -> None:
    if value not in TOPICS:
        problems.append(at(path, f"unknown topic {value!r}{did_you_mean(value, TOPICS)}; use a knowledge "
                                 "kind (need_levels, ...), a label id (service, inquiry, too_expensive, ...) "
                                 "or one of: " + ", ".join(COURSE_TOPICS)))


def _unique(items: list, path, at, problems, what: str) -> None:
    seen = set()
    for index, item in enumerate(items):
        if item in seen:
            problems.append(at(path + (index,), f"{what} {item!r} appears twice"))
        seen.add(item)


def _check_sort(question: dict, path, at, problems) -> None:
    """A sort question: items, categories (options) and an answer placing every item."""
    items, options, answer = question.get("items"), question.get("options"), question["answer"]
    if not items or not options:
        problems.append(at(path, "a sort question needs 'items' (statements) and 'options' (categories)"))
        return
    ids = [item["id"] for item in items]
    _unique(ids, path + ("items",), at, problems, "item id")
    apath = path + ("answer",)
    if not isinstance(answer, dict) or not all(isinstance(v, str) for v in answer.values()):
        problems.append(at(apath, "a sort answer must map each item id to its category"))
        return
    unknown = [str(k) for k in answer if k not in ids]
    if unknown:
        problems.append(at(apath, f"answer names items that do not exist: {', '.join(unknown)}"))
    left_out = [i for i in ids if i not in answer]
    if left_out:
        problems.append(at(apath, f"answer leaves items without a category: {', '.join(left_out)}"))
    outside = sorted({v for v in answer.values() if v not in options})
    if outside:
        problems.append(at(apath, f"categories not among the options: {', '.join(outside)}"))
    thin = [o for o in options if list(answer.values()).count(o) < 2]
    if thin:
        problems.append(at(apath, "every category needs at least two items (else the last ones come free "
                                  f"by elimination): {', '.join(thin)}"))


def _check_answer(question: dict, path, at, problems) -> None:
    """The key's answer must fit the question type and stay within its options."""
    qtype, answer, options = question["type"], question["answer"], question.get("options")
    apath = path + ("answer",)
    if qtype == "sort":
        _check_sort(question, path, at, problems)
        return
    if "items" in question:
        problems.append(at(path + ("items",), "only sort questions take 'items'"))
    if qtype in ("choice", "free_text"):
        if not isinstance(answer, str) or not answer.strip():
            what = "one option id" if qtype == "choice" else "a model answer (text that meets the spec)"
            problems.append(at(apath, f"a {qtype} answer must be {what}"))
            return
        if qtype == "choice" and options is not None and answer not in options:
            problems.append(at(apath, f"answer {answer!r} is not one of the options: {', '.join(options)}"))
        return
    if not isinstance(answer, list) or not all(isinstance(a, str) for a in answer):
        problems.append(at(apath, f"a {qtype} answer must be a list of option ids"))
        return
    _unique(answer, apath, at, problems, "answer item")
    if qtype == "order" and len(answer) < 2:
        problems.append(at(apath, "an order answer needs at least 2 items"))
    if options is None:
        return
    outside = [a for a in answer if a not in options]
    if outside:
        problems.append(at(apath, f"answer items not among the options: {', '.join(outside)}"))
    elif qtype == "order" and set(answer) != set(options):
        left_out = [o for o in options if o not in answer]
        problems.append(at(apath, f"an order answer must use every option; left out: {', '.join(left_out)}"))


def cross_check(data, at):
    """Checks across fields: ids, topics, answers within options, specs where needed."""
    problems = []
    if not _ID.match(data["id"]):
        problems.append(at(("id",), f"exercise id {data['id']!r} must be lower case letters, digits and _"))
    _check_topic(data["topic"], ("topic",), at, problems)
    problems.extend(duplicate_ids(data["questions"], ("questions",), at))
    for index, question in enumerate(data["questions"]):
        path = ("questions", index)
        qid = question["id"]
        if not _ID.match(qid) or keyword.iskeyword(qid) or qid in RESERVED_NAMES:
            problems.append(at(path + ("id",), f"question id {qid!r} must be a lower-case Python name "
                                               "(letters, digits, _), not a keyword, check_answers or exercise_id"))
        if "topic" in question:
            _check_topic(question["topic"], path + ("topic",), at, problems)
        if "options" in question:
            _unique(question["options"], path + ("options",), at, problems, "option")
            if question["type"] == "free_text":
                problems.append(at(path + ("options",), "a free_text question takes no options"))
        if question["type"] == "free_text":
            if not question.get("spec"):
                problems.append(at(path, "a free_text question needs a 'spec' saying what the answer must do"))
        elif "spec" in question:
            problems.append(at(path + ("spec",), "only free_text questions take a 'spec'"))
        _check_answer(question, path, at, problems)
    return problems


register_kind("exercise", EXERCISE, cross_check)
