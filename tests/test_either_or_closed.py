"""Either/or questions are closed everywhere: scenarios, exercise keys, knowledge cards, quizzes.

The course's definition: a closed question asks for yes/no or one short fact, and a choice
between options the speaker names ("the morning or the afternoon?") is such a fact. Wherever
the data gives a question a form, an either/or question must be labelled closed and must
never be the model answer to a task that asks for an open question.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "coursekit" / "data"
_AUXILIARY = re.compile(r"^(?:do|does|did|is|are|was|were|would|will|shall|should|can|could|have|has|may)\b", re.I)
_INVITES = re.compile(r"\b(?:tell|describe|walk|explain|talk)\b", re.I)


def is_either_or(text: str) -> bool:
    """True when the last question offers a choice between named options (X or Y?)."""
    questions = [q.strip() for q in re.findall(r"[^.?!]*\?", text)]
    if not questions:
        return False
    question = re.sub(r"^[\"'“‘*_(]+", "", questions[-1]).strip()
    if not re.search(r"\bor\b", question, re.I) or re.search(r"\bor not\b", question, re.I):
        return False
    if _AUXILIARY.match(question) and not _INVITES.search(question):
        return True  # "Do you ship pallets or parcels?"
    tail = re.split(r"[,;:—–]", question)[-1]
    return bool(re.search(r"\bor\b", tail, re.I)) and len(tail.split()) <= 10  # "…, X or Y?"


@pytest.mark.parametrize("text", [
    "Do you ship pallets or parcels?",
    "Would you like the fish or the meat menu?",
    "What matters most to you, the quiet running or the shorter wash cycle?",
    "When would you like to start — now or after the holidays?",
    "Which do you prefer: the blue or the grey?",
])
def test_the_rule_recognises_either_or(text):
    assert is_either_or(text)


@pytest.mark.parametrize("text", [
    "Looking ahead, what goals do you have for the firm over the next year or two?",
    "Could you tell me whether the mornings or the evenings are harder, and why?",
    "How do your deliveries usually go, and where do they go wrong?",
    "Is the budget fixed or not?",
    "Tell me about your shop.",
])
def test_the_rule_leaves_other_questions_alone(text):
    assert not is_either_or(text)


def _yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _scenario_questions():
    for path in sorted((DATA / "scenarios").glob("*.yaml")):
        for tid, turn in (_yaml(path).get("turns") or {}).items():
            for j, option in enumerate((turn or {}).get("options") or []):
                if option.get("form"):
                    yield f"{path.name} {tid} option {j + 1}", option["say"], option["form"]


def _key_answers():
    for path in sorted((DATA / "exercises").glob("*.yaml")):
        for q in _yaml(path)["questions"]:
            form = (q.get("spec") or {}).get("form")
            if q["type"] == "free_text" and form:
                yield f"{path.stem} {q['id']}", q["answer"], form


def _knowledge_examples():
    for entry in _yaml(DATA / "knowledge" / "question_forms.yaml")["entries"]:
        for example in entry["examples"]:
            yield f"question_forms {entry['id']}", example, entry["id"]


def _quiz_items():
    from coursekit.lessons import banks

    for item in banks.FORM_QUESTIONS:
        yield "banks.FORM_QUESTIONS", item.text, item.answer


def _lesson_tables():
    """Rows of lesson tables that pair a quoted question with its form (| "…" | technique | form |)."""
    for path in sorted((ROOT / "notebooks" / "src").glob("*.py")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.lstrip("# ").strip("|").split("|")]
            if len(cells) >= 2 and cells[-1] in ("open", "closed") and "?" in cells[0]:
                yield path.name, cells[0], cells[-1]


LABELLED = [*_scenario_questions(), *_key_answers(), *_knowledge_examples(), *_quiz_items(), *_lesson_tables()]


def test_every_source_of_labelled_questions_is_read():
    where = {place.split()[0] for place, _, _ in LABELLED}
    assert {"question_forms", "banks.FORM_QUESTIONS", "04_questioning_listening_observing.py"} <= where
    assert any(w.endswith(".yaml") for w in where) and any(w.startswith("ex0") for w in where)


def test_either_or_questions_are_labelled_closed_everywhere():
    wrong = [f"{place}: {text!r} is labelled {form}" for place, text, form in LABELLED
             if is_either_or(text) and form != "closed"]
    assert not wrong, "an either/or question is closed:\n" + "\n".join(wrong)


def test_the_course_teaches_either_or_as_closed_with_an_example():
    assert any(is_either_or(text) and form == "closed" for _, text, form in _quiz_items())
    assert any(is_either_or(text) and form == "closed" for _, text, form in _knowledge_examples())


def test_short_fact_questions_are_labelled_closed_everywhere():
    """"How many…?" and "How long…?" are answered by one number: closed, whatever else they ask."""
    wrong = [f"{place}: {text!r} is labelled {form}" for place, text, form in LABELLED
             if re.match(r"^[\"'“*_]*how (?:many|long)\b", text.strip(), re.I) and form != "closed"]
    assert not wrong, "a short-fact question is closed:\n" + "\n".join(wrong)
