"""Retrieval practice and the two tests as widgets (thin views over `coursekit.lessons.assessment`).

    from coursekit.widgets.assessment import review, pretest, final_check
    review("04")      # the warm-up that opens lesson 04: questions from earlier lessons
    pretest()         # lesson 00: twelve questions before the course
    final_check()     # lesson 10: twelve questions on the same plan, and the gain

A test is answered in full and submitted once; with a name in the box, the mark goes to
the class gradebook (the instructor's report shows each trainee's gain). Nothing is
written while the notebook runs, callbacks never print, and every text is escaped.
"""
from __future__ import annotations

import ipywidgets as widgets

from coursekit.i18n import t

from coursekit.lessons import assessment
from coursekit.lessons.html import esc
from coursekit.lessons.marking import mark_choice
from coursekit.widgets.quiz import Quiz, choice_quiz


def review(lesson: str) -> Quiz:
    """The quick review that opens a lesson: two or three questions from earlier lessons."""
    items = assessment.review(lesson)
    if not items:
        raise KeyError(f"lesson {lesson!r} has no review questions")
    return choice_quiz([item.question for item in items])


class TestForm(Quiz):
    """A whole test: a name box, one set of options per question, and one Submit button."""

    __test__ = False  # not a pytest test class

    def __init__(self, test_id: str, trainee: str | None = None) -> None:
        from coursekit.gradebook.names import trainee_name

        self.test_id = test_id
        self.items = assessment.questions(test_id)
        self.name = widgets.Text(value=trainee_name(trainee) or "", description=t("ui.test.your_name"),
                                 placeholder=t("ui.test.name_placeholder"),
                                 layout=widgets.Layout(width="480px", max_width="100%"))
        self.radios = [widgets.RadioButtons(options=list(item.question.options), value=None,
                                            layout=widgets.Layout(width="auto")) for item in self.items]
        self.marks = [widgets.HTML(value="") for _ in self.items]
        rows = []
        for number, (item, radio, mark) in enumerate(zip(self.items, self.radios, self.marks), start=1):
            rows.append(widgets.VBox([widgets.HTML(value=f"<b>{number}. {esc(item.question.prompt)}</b>"),
                                      radio, mark]))
        self.button = widgets.Button(description=t("ui.test.submit"), button_style="primary", icon="check",
                                     layout=widgets.Layout(width="220px"))
        self.feedback = widgets.HTML(value="", layout=widgets.Layout(width="100%"))
        self.button.on_click(self._submit)
        super().__init__([self.name, *rows, self.button, self.feedback],
                         t("ui.test.label", count=len(self.items)))

    def mark(self) -> assessment.ScoredTest:
        """The current mark (pure: reads the options chosen, changes nothing)."""
        answers = {item.id: radio.value for item, radio in zip(self.items, self.radios)}
        return assessment.mark_test(self.test_id, answers)

    def _submit(self, _button: widgets.Button | None = None) -> None:
        result = self.mark()
        for item, radio, mark in zip(self.items, self.radios, self.marks):
            mark.value = mark_choice(radio.value, item.question.answer, item.question.explanation).html()
        score = t("ui.test.score", score=f"{result.score:.0f}", total=f"{result.max_score:.0f}",
                  percent=f"{result.percent:.0f}")
        lines = [f"<p><b>{esc(score)}</b>"]
        if result.answered < len(self.items):
            lines.append(" " + esc(t("ui.test.unanswered", count=len(self.items) - result.answered)))
        lines.append("</p>")
        revisit = result.to_revisit()
        if revisit:
            lines.append("<p>" + esc(t("ui.test.revisit", lessons=t("ui.list_comma").join(revisit))) + "</p>")
        lines.append(self._save(result))
        self.feedback.value = "".join(lines)

    def _save(self, result: assessment.ScoredTest) -> str:
        """Record the result for the named trainee; a sentence saying what happened."""
        from coursekit.gradebook.names import tidy_name

        trainee = tidy_name(self.name.value)
        if not trainee:
            return f"<p><small>{esc(t('ui.test.not_saved'))}</small></p>"
        from coursekit.gradebook.record import SavedLater, record_test

        try:
            added = record_test(trainee, result)
        except SavedLater as later:
            return f"<p><small>{esc(later)}.</small></p>"
        except Exception as error:  # a gradebook problem must never break the lesson
            return f"<p><small>{esc(t('ui.gradebook.not_saved', error=error))}</small></p>"
        note = t("ui.test.saved" if added else "ui.test.saved_already", trainee=trainee)
        return f"<p><small>{esc(note)}</small></p>" + self._gain(trainee)

    def _gain(self, trainee: str) -> str:
        """After the final check: the trainee's own pre-test, final check and gain, when readable."""
        if self.test_id != "posttest":
            return ""
        try:
            from coursekit.gradebook import Gradebook
            from coursekit.gradebook.report import build_report, percent_text

            with Gradebook.open(create=False) as book:
                rows = build_report(book.attempts(trainee=trainee), trainee=trainee).gains
        except Exception:  # a trainee's role may not read the gradebook: the report shows it
            return ""
        if not rows or rows[0].gain is None:
            return ""
        row = rows[0]
        sentence = esc(t("ui.test.gain", pretest=percent_text(row.pretest), posttest=percent_text(row.posttest),
                         points="{points}"))
        points = esc(t("ui.test.points", gain=percent_text(row.gain, True)))
        return "<p>" + sentence.replace("{points}", f"<b>{points}</b>") + "</p>"


def pretest(trainee: str | None = None) -> TestForm:
    """The pre-test of lesson 00."""
    return TestForm("pretest", trainee)


def final_check(trainee: str | None = None) -> TestForm:
    """The final check (post-test) of lesson 10: the pre-test's plan, different questions."""
    return TestForm("posttest", trainee)
