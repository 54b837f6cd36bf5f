"""Knowledge-check widgets and their pure marking: behaviour, escaping, stable reprs."""
from __future__ import annotations

import pytest

from coursekit.labels import BY_KIND
from coursekit.lessons import banks
from coursekit.lessons.marking import Choice, Item, mark_choice, mark_free_text, mark_sort

import ipywidgets as widgets

from coursekit.widgets import checks, explore, quiz  # noqa: E402

ITEMS = (Item("Cheapest one, please.", "product"), Item("Who installs it?", "service", "set-up is service"))
CATS = [("product", "Product need"), ("service", "Service need")]


def test_mark_sort_counts_right_wrong_and_open():
    mark = mark_sort(ITEMS, ["product", None], dict(CATS))
    assert (mark.correct, mark.answered, mark.total) == (1, 1, 2)
    assert "1 of 2 right (1 not sorted yet)" in mark.summary()
    wrong = mark_sort(ITEMS, ["product", "product"], dict(CATS))
    html = wrong.html()
    assert "you chose Product need; it is <b>Service need</b>" in html
    assert "set-up is service" in html


def test_mark_sort_rejects_wrong_number_of_choices():
    with pytest.raises(ValueError):
        mark_sort(ITEMS, ["product"])


def test_choice_key_must_be_an_option():
    with pytest.raises(ValueError):
        Choice("?", ("a", "b"), "c")


def test_mark_choice_states():
    assert mark_choice(None, "a").ok is None
    assert "Right" in mark_choice("a", "a", "because").html()
    assert "Not quite" in mark_choice("b", "a").html()


def test_sort_quiz_starts_empty_and_marks_on_click():
    w = quiz.sort_quiz(ITEMS, CATS, "Sort <these>")
    assert w.feedback.value == ""  # nothing written while a notebook runs
    assert "Sort &lt;these&gt;" in w.children[0].value
    for dropdown, item in zip(w.dropdowns, ITEMS):
        dropdown.value = item.answer
    w.button.click()
    assert "2 of 2 right. Excellent!" in w.feedback.value
    w.dropdowns[1].value = "product"
    w.button.click()
    assert "1 of 2 right" in w.feedback.value


def test_statements_and_feedback_are_escaped():
    evil = (Item("<img src=x onerror=alert(1)>", "product", "<b>why</b>"),)
    w = quiz.sort_quiz(evil, CATS)
    assert "<img" not in w.children[1].children[1].value
    w.dropdowns[0].value = "service"
    w.button.click()
    assert "&lt;img" in w.feedback.value and "<img" not in w.feedback.value
    assert "&lt;b&gt;why" in w.feedback.value


def test_text_quiz_escapes_what_the_trainee_types():
    w = quiz.text_quiz("Write a question", banks.FREE_TEXT["hypothesis"])
    w.text.value = "<script>alert('x')</script> If we could deliver Monday, would you order?"
    w.button.click()
    assert "<script>" not in w.feedback.value
    assert "&lt;script&gt;" in w.feedback.value


def test_text_quiz_reads_a_good_and_a_bad_answer():
    w = checks.write_question("open_success", "Ask about their goal")
    w.button.click()
    assert "Write something first" in w.feedback.value
    w.text.value = "What goal are you hoping to achieve with the new office this year?"
    w.button.click()
    assert "Well done" in w.feedback.value
    w.text.value = "Our chairs are the best on the market, buy them."
    w.button.click()
    assert "Not yet" in w.feedback.value or "Nearly there" in w.feedback.value


def test_free_text_mark_explains_reading():
    mark = mark_free_text("Is there anything else you need?", banks.FREE_TEXT["additional"])
    assert mark.ok is True
    assert any("closed question (additional)" in r for r in mark.reading)


def test_choice_quiz_feedback():
    w = quiz.choice_quiz(banks.LEVEL_CHOICES[1])
    w.radio.value = "Product"
    w.button.click()
    assert "Not quite" in w.feedback.value
    w.radio.value = "Relationship"
    w.button.click()
    assert "Right" in w.feedback.value


def test_widget_plain_text_is_short_and_stable():
    for make in (checks.sort_levels, checks.level_questions, checks.sort_objections,
                 explore.satisfaction_explorer):
        text = make()._repr_mimebundle_()["text/plain"]
        assert text.startswith("<") and text.endswith(">")
        assert "0x" not in text and "children" not in text
        assert text == repr(make())


def test_satisfaction_explorer_updates_readout():
    w = explore.satisfaction_explorer(expectation=6, experience=7)
    assert "+1: delighted" in w.readout.value
    w.expected.value = 9
    assert "−2: disappointed" in w.readout.value


@pytest.mark.parametrize("bank,kind", [
    (banks.LEVEL_STATEMENTS, "need_levels"), (banks.TEMPERAMENT_BEHAVIOURS, "temperaments"),
    (banks.PRINCIPLE_MOVES, "principles"), (banks.TECHNIQUE_QUESTIONS, "techniques"),
    (banks.FORM_QUESTIONS, "question_forms"), (banks.OBJECTION_STATEMENTS, "objection_patterns"),
    (banks.OBJECTION_TEST_LINES, "objection_tests"),
])
def test_bank_answers_are_label_ids(bank, kind):
    assert {i.answer for i in bank} <= set(BY_KIND[kind])


@pytest.mark.parametrize("bank,categories", [
    (banks.REQUIREMENT_LAYERS, banks.REQUIREMENT_ROLES), (banks.EXPECTATION_SOURCES, banks.EXPECTATION_SOURCE_NAMES),
    (banks.BUSINESS_CASES, banks.BUSINESS_VIEWS), (banks.MOTIVE_STATEMENTS, banks.MOTIVES),
    (banks.ANALYSIS_FACTS, banks.ANALYSIS_AREAS),
])
def test_custom_bank_answers_are_categories(bank, categories):
    assert {i.answer for i in bank} <= {c for c, _ in categories}


def test_every_category_of_a_full_sort_is_used():
    for bank, kind in ((banks.LEVEL_STATEMENTS, "need_levels"), (banks.TEMPERAMENT_BEHAVIOURS, "temperaments"),
                       (banks.TECHNIQUE_QUESTIONS, "techniques"), (banks.OBJECTION_STATEMENTS, "objection_patterns")):
        assert {i.answer for i in bank} == set(BY_KIND[kind])


def test_lesson_items_mostly_agree_with_the_coach():
    """The coach (classifiers) and the lesson's answer key should mostly agree on the items."""
    from coursekit.scoring import classify_need, classify_objection, classify_question

    def agreement(items, classify, attr="label"):
        return sum(getattr(classify(i.text), attr) == i.answer for i in items) / len(items)

    assert agreement(banks.LEVEL_STATEMENTS, classify_need) >= 0.7
    assert agreement(banks.TECHNIQUE_QUESTIONS, classify_question) >= 0.7
    assert agreement(banks.FORM_QUESTIONS, classify_question, "form") >= 0.8
    assert agreement(banks.OBJECTION_STATEMENTS, classify_objection) >= 0.7


def test_free_text_specs_accept_a_model_answer():
    model = {
        "open_success": "What goal are you hoping to achieve with the new office this year?",
        "open_listen": "What happened, and what would help you most right now?",
        "descriptive": "Could you describe a typical morning for your team?",
        "clarifying": "When you say around twenty, do you mean twenty thousand euros per year?",
        "additional": "Is there anything else you need?",
        "think_it_over": "Of course. Which part are you still unsure about?",
        "too_expensive": "I understand. What would you need to see to feel it is worth the price?",
        "hypothesis": "If we could deliver by Monday, would you place the order?",
    }
    assert set(model) == set(banks.FREE_TEXT)
    for task, text in model.items():
        assert mark_free_text(text, banks.FREE_TEXT[task]).status == "correct", task


def test_lesson_helpers_import_neither_widgets_nor_matplotlib():
    import subprocess
    import sys

    code = ("import sys, coursekit.lessons, coursekit.lessons.banks, coursekit.lessons.marking, "
            "coursekit.lessons.capstone, coursekit.lessons.expectations; "
            "print(sorted(m for m in ('ipywidgets', 'matplotlib') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
