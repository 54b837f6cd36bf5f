"""Knowledge-check widgets and their pure marking: behaviour, escaping, stable reprs."""
from __future__ import annotations

import pytest

from coursekit.labels import BY_KIND
from coursekit.lessons import banks
from coursekit.lessons.html import quoted, statement
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
    assert sorted(w.items, key=ITEMS.index) == list(ITEMS)  # the same statements, shuffled
    for dropdown, item in zip(w.dropdowns, w.items):
        dropdown.value = item.answer
    w.button.click()
    assert "2 of 2 right. Excellent!" in w.feedback.value
    wrong = next(i for i, item in enumerate(w.items) if item.answer == "service")
    w.dropdowns[wrong].value = "product"
    w.button.click()
    assert "1 of 2 right" in w.feedback.value


def test_statements_and_feedback_are_escaped():
    evil = (Item("<img src=x onerror=alert(1)>", "product", "<b>why</b>"),)
    w = quiz.sort_quiz(evil, CATS)
    assert "<img" not in w.children[1].children[1].value
    w.dropdowns[0].value = "service"
    w.button.click()
    w.button.click()  # the second try shows the answer and why
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
    assert "Type your answer in the box first." in w.feedback.value
    assert "quotes" not in w.feedback.value
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


def test_a_wrong_answer_gets_a_retry_before_the_key_shows():
    question = banks.LEVEL_CHOICES[1]
    wrong = next(o for o in question.options if o != question.answer)
    w = quiz.choice_quiz(question)
    w.radio.value = wrong
    w.button.click()
    assert "Not quite" in w.feedback.value and "second try" in w.feedback.value
    assert question.answer not in w.feedback.value
    w.button.click()
    assert f"The answer is" in w.feedback.value and question.answer in w.feedback.value


def test_a_wrong_sorting_gets_a_retry_before_the_key_shows():
    from coursekit.widgets.checks import sort_levels

    w = sort_levels()
    first = w.items[0]
    wrong = next(value for _, value in w.dropdowns[0].options if value and value != first.answer)
    for item, dropdown in zip(w.items, w.dropdowns):
        dropdown.value = wrong if item is first else item.answer
    w.button.click()
    assert "not this one" in w.feedback.value and "it is <b>" not in w.feedback.value
    w.button.click()
    assert "it is <b>" in w.feedback.value


def test_widget_plain_text_is_short_and_stable():
    for make in (checks.sort_levels, checks.level_questions, checks.sort_objections,
                 explore.satisfaction_explorer):
        text = make()._repr_mimebundle_()["text/plain"]
        assert text.startswith("(") and text.endswith(")")
        assert "0x" not in text and "children" not in text
        assert text == repr(make())
        assert len(text) <= 111  # the limit tests/test_notebooks_structure.py checks


def test_widget_plain_text_tells_a_reader_of_an_unrun_notebook_what_to_do():
    """JupyterLab shows the plain-text form where the widget would be until the notebook runs."""
    shown = [make()._repr_mimebundle_()["text/plain"]
             for make in (checks.start_questions, checks.level_questions, checks.sort_levels,
                          lambda: checks.write_question("open_success", "Ask"), explore.satisfaction_explorer)]
    assert shown[1] == ("(3 multiple-choice questions — interactive: run the notebook to use it, "
                        "Run ▸ Run All Cells)")
    for text in shown:
        assert "Run ▸ Run All Cells" in text and "run the notebook to use it" in text
        assert not text.startswith("<")  # never looks like a broken object repr


SORT_CHECKS = [name for name in dir(checks) if name.startswith("sort_") and name != "sort_quiz"]


def test_every_sorting_check_is_listed():
    assert set(SORT_CHECKS) == {"sort_levels", "sort_temperaments", "sort_principles", "sort_objection_tests",
                                "sort_techniques", "sort_forms", "sort_requirements", "sort_expectation_sources",
                                "sort_objections", "sort_business_views", "sort_motives", "sort_analysis"}


@pytest.mark.parametrize("name", SORT_CHECKS)
def test_picking_options_down_the_list_never_scores_more_than_half(name):
    """QA: statements were listed in the options' order, so choosing 1, 2, 3… scored full marks."""
    w = getattr(checks, name)()
    options = [value for _, value in w.dropdowns[0].options if value]
    n = len(w.items)
    at_own_index = sum(item.answer == options[i % len(options)] for i, item in enumerate(w.items))
    assert at_own_index <= n // 2
    strategies = {
        "1, 2, 3, … wrapping round": [options[i % len(options)] for i in range(n)],
        "1, 2, 3, … then the last": [options[min(i, len(options) - 1)] for i in range(n)],
    }
    for strategy, picks in strategies.items():
        for dropdown, pick in zip(w.dropdowns, picks):
            dropdown.value = pick
        assert w.mark().correct <= n // 2, strategy
    # and the answer key still gives full marks
    for dropdown, item in zip(w.dropdowns, w.items):
        dropdown.value = item.answer
    assert w.mark().correct == n


@pytest.mark.parametrize("name", SORT_CHECKS)
def test_sorting_order_is_fixed_and_a_shuffle_of_the_bank(name):
    first, second = getattr(checks, name)(), getattr(checks, name)()
    assert first.items == second.items  # stored notebook outputs stay the same
    bank = next(b for b in vars(banks).values() if isinstance(b, tuple) and b
                and set(b) == set(first.items))
    assert len(bank) == len(first.items) and list(bank) != list(first.items)
    shown = [row.children[1].value for row in first.children[1:1 + len(first.items)]]
    assert shown == [statement(item.text, item.said) for item in first.items]  # rows are shown in .items order


def test_display_order_depends_only_on_the_seed():
    import subprocess
    import sys

    from coursekit.lessons.marking import display_order

    ids = [c for c, _ in checks.categories("need_levels")]
    here = [i.text for i in display_order(banks.LEVEL_STATEMENTS, ids, "a title")]
    assert here == [i.text for i in display_order(banks.LEVEL_STATEMENTS, ids, "a title")]
    assert here != [i.text for i in banks.LEVEL_STATEMENTS]
    code = ("from coursekit.lessons import banks; from coursekit.lessons.marking import display_order; "
            "from coursekit.knowledge import entries; "
            "ids = [e.id for e in entries('need_levels')]; "
            "print([i.text for i in display_order(banks.LEVEL_STATEMENTS, ids, 'a title')])")
    for hash_seed in ("0", "12345"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={"PYTHONHASHSEED": hash_seed, "PATH": ""})
        assert out.stdout.strip() == repr(here)


def test_free_text_echo_is_shortened_and_escaped():
    """QA: a 5,000-character answer was echoed in full under "You wrote:"."""
    from coursekit.lessons.marking import ECHO_CHARS

    long = "<b>What</b> would help you most? " + "and then more words " * 250
    assert len(long) > 5000
    w = quiz.text_quiz("Ask", banks.FREE_TEXT["open_success"])
    w.text.value = long
    w.button.click()
    html = w.feedback.value
    echoed = html.split("You wrote: <i>“", 1)[1].split("”</i>", 1)[0]
    assert echoed.endswith(" …")
    import html as html_module

    assert len(html_module.unescape(echoed)) <= ECHO_CHARS + len(" …")
    assert "&lt;b&gt;What&lt;/b&gt;" in echoed and "<b>What" not in html
    assert len(html) < 3000


def test_free_text_echo_keeps_a_short_answer_whole():
    mark = mark_free_text("What would help you most?", banks.FREE_TEXT["open_success"])
    assert "You wrote: <i>“What would help you most?”</i>" in mark.html()


def test_free_text_feedback_has_no_repeated_verdict_and_right_plurals():
    """QA: "◐ Nearly there. Partly there (1 of 3 requirements)" and "0 of 1 requirements"."""
    partial = mark_free_text("Do you want the cheaper model?", banks.FREE_TEXT["open_success"])
    html = partial.html()
    assert "Partly there" not in html and "Well done (" not in html and "Not yet (" not in html
    one = mark_free_text("Our chairs are the best, buy them today.", {"form": "open"})
    assert one.status == "wrong"
    assert "0 of 1 requirement met" in one.html() and "requirements)" not in one.html()
    assert one.html().count("Not yet") == 1
    good = mark_free_text("What goal are you hoping to achieve with the new office this year?",
                          banks.FREE_TEXT["open_success"])
    assert good.html().count("Well done") == 1 and "requirements met" in good.html()


@pytest.mark.parametrize("feedback,expected", [
    ("Partly there (1 of 3 requirements met) - Met: open question. Missed: x.", ((1, 3), "Met: open question. Missed: x.")),
    ("Not yet (0 of 1 requirement met) - Missed: y.", ((0, 1), "Missed: y.")),
    ("Well done (2 of 2 requirements met) - Met: a; b.", ((2, 2), "Met: a; b.")),
    ("The coach could not read this line.", (None, "The coach could not read this line.")),
])
def test_split_requirements(feedback, expected):
    from coursekit.lessons.marking import split_requirements

    assert split_requirements(feedback) == expected


def test_empty_box_says_type_in_the_box():
    w = quiz.text_quiz("Ask", banks.FREE_TEXT["hypothesis"])
    for typed in ("", "   \n  "):
        w.text.value = typed
        w.button.click()
        assert w.feedback.value == "<p>– <b>Type your answer in the box first.</b></p>"


@pytest.mark.parametrize("text,expected", [
    ("“How do I know those test results weren't paid for?”", "How do I know those test results weren't paid for?"),
    ('"Just the price, please."', "Just the price, please."),
    ("Checks her watch and says: “Just the price, please.”", "Checks her watch and says: “Just the price, please.”"),
    ("“A” or “B”", "“A” or “B”"),
    ("No quotes at all", "No quotes at all"),
])
def test_unquote(text, expected):
    from coursekit.lessons.html import unquote

    assert unquote(text) == expected


def test_sorting_items_are_never_double_quoted():
    """QA: lessons 02 and 03 showed “”How do I know…””."""
    for name in SORT_CHECKS:
        w = getattr(checks, name)()
        rows = [row.children[1].value for row in w.children[1:1 + len(w.items)]]
        for dropdown, item in zip(w.dropdowns, w.items):
            dropdown.value = next(v for _, v in dropdown.options if v and v != item.answer)
        w.button.click()
        for html in rows + [w.feedback.value]:
            assert "““" not in html and "””" not in html and "“&quot;" not in html, (name, html)
    suspicious = next(i for i in banks.TEMPERAMENT_BEHAVIOURS if i.answer == "suspicious")
    w = checks.sort_temperaments()
    row = w.children[1 + w.items.index(suspicious)].children[1].value
    assert row == "<i>“How do I know those test results weren&#x27;t paid for by your company?”</i>"


def test_choice_feedback_does_not_double_quote_quoted_options():
    question = banks.BUYING_MIND_CHOICES[2]
    wrong = next(o for o in question.options if o != question.answer)
    html = mark_choice(wrong, question.answer).html()
    assert "““" not in html and "””" not in html


def test_satisfaction_sliders_share_one_label_width():
    """QA: lesson 05's slider label was cut to "experienc…", then the sliders were misaligned
    (each label its own width); the browser test checks that no label is cut."""
    w = explore.satisfaction_explorer()
    widths = {slider.style.description_width for slider in (w.expected, w.experienced)}
    assert widths == {explore.LABEL_WIDTH} and explore.LABEL_WIDTH != "initial"
    assert w.experienced.description == "experienced"


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


@pytest.mark.parametrize("text,expected", [
    ("“How do I know?”", "<i>“How do I know?”</i>"),
    ("How do I know?", "<i>“How do I know?”</i>"),
    ("Says: “Just the price.”", "<i>Says: “Just the price.”</i>"),
    ("I’ve been in this trade for years.", "<i>“I’ve been in this trade for years.”</i>"),
    ("<b>x</b>", "<i>“&lt;b&gt;x&lt;/b&gt;”</i>"),
])
def test_quoted_adds_exactly_one_pair_of_quotes(text, expected):
    assert quoted(text) == expected
