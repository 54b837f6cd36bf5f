"""Knowledge-check widgets: thin ipywidgets views over `coursekit.lessons.marking`.

- `sort_quiz`: sort statements into categories (e.g. customer statements into need levels);
- `choice_quiz`: one or more multiple-choice questions;
- `text_quiz`: the trainee writes one line (a question, a reply to an objection) and the
  classifiers read it.

Every widget is built in its initial state directly (nothing is written while the notebook
runs), callbacks only set the value of an HTML widget (they never print), and every piece
of text shown is escaped. Each widget's plain-text form is a short fixed label that also
tells a reader of an unrun notebook how to bring the widget to life, so stored notebook
outputs stay identical from run to run. A sorting quiz shows its statements in a fixed
shuffled order (seeded by its title), never in the order of the drop-down's options.
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence

import ipywidgets as widgets

from coursekit.i18n import t
from coursekit.lessons.html import esc, statement, unquote
from coursekit.lessons.marking import Choice, Item, display_order, mark_choice, mark_free_text, mark_sort
from coursekit.widgets.style import screen_reader_label, style_tag

PROMPT = "— choose —"

#: Shown where a widget would be when the notebook has not been run (its plain-text form).
RUN_HINT = "interactive: run the notebook to use it, Run ▸ Run All Cells"


def plain_label(label: str) -> str:
    """A widget's plain-text form: what it is, and how to make it work in an unrun notebook."""
    return t("ui.quiz.plain_label", label=label)


class Quiz(widgets.VBox):
    """A VBox with a stable, readable plain-text form (what nbval compares, and what
    JupyterLab shows in place of the widget until the notebook is run)."""

    def __init__(self, children: Sequence[widgets.Widget], label: str, **kwargs: Any) -> None:
        super().__init__(children=[*children, style_tag()], **kwargs)
        self.add_class("coursekit-quiz")
        self._label = label

    def __repr__(self) -> str:
        return plain_label(self._label)


def _feedback(text: str = "") -> widgets.HTML:
    return widgets.HTML(value=text, layout=widgets.Layout(width="100%"))


def _prompt(text: str) -> widgets.HTML:
    return widgets.HTML(value=f"<b>{esc(text)}</b>")


class SortQuiz(Quiz):
    """Statements, each with a drop-down of categories; Check marks them all.

    The statements are shown in a fixed shuffled order (`seed`, by default the title), so
    that picking the options down the list does not score; `self.items` is that order.
    """

    def __init__(self, items: Sequence[Item], categories: Sequence[tuple[str, str]],
                 title: str | None = None, seed: str | None = None) -> None:
        title = title or t("ui.quiz.sort_title")
        categories = list(categories)
        self.items = display_order(items, [cid for cid, _ in categories],
                                   title if seed is None else seed)
        self.names = {cid: name for cid, name in categories}
        options = [(t("ui.quiz.choose"), "")] + [(name, cid) for cid, name in categories]
        # the statement beside each drop-down is its visible label; a screen reader hears it
        # from a label of its own
        self.dropdowns = [
            screen_reader_label(
                widgets.Dropdown(options=options, value="", style={"description_width": "0px"},
                                 layout=widgets.Layout(width="200px", flex="0 0 auto")),
                f"{title} {unquote(item.text)}")
            for item in self.items
        ]
        rows = [
            widgets.HBox([dropdown, widgets.HTML(value=statement(item.text, item.said),
                                                 layout=widgets.Layout(flex="1 1 0%", min_width="0"))])
            for item, dropdown in zip(self.items, self.dropdowns)
        ]
        self.button = widgets.Button(description=t("ui.quiz.check_sorting"), button_style="primary",
                                     icon="check", layout=widgets.Layout(width="200px"))
        self.feedback = _feedback()
        #: Checks with a wrong answer: the first gets a retry, later ones show the answer.
        self.wrong_tries = 0
        self.button.on_click(self._check)
        super().__init__([_prompt(title), *rows, self.button, self.feedback],
                         t("ui.quiz.label_sort", count=len(self.items)))

    def mark(self):
        """The current mark (pure: reads the drop-downs, changes nothing)."""
        return mark_sort(self.items, [d.value or None for d in self.dropdowns], self.names)

    def _check(self, _button: widgets.Button | None = None) -> None:
        mark = self.mark()
        if any(row.ok is False for row in mark.rows):
            self.wrong_tries += 1
        self.feedback.value = mark.html(reveal=self.wrong_tries >= 2)


class ChoiceQuiz(Quiz):
    """One multiple-choice question with its own Check button."""

    def __init__(self, question: Choice) -> None:
        self.question = question
        self.radio = widgets.RadioButtons(options=list(question.options), value=None,
                                          layout=widgets.Layout(width="auto"))
        self.button = widgets.Button(description=t("ui.quiz.check"), icon="check",
                                     layout=widgets.Layout(width="120px"))
        self.feedback = _feedback()
        #: Checks with a wrong answer: the first gets a retry, later ones show the answer.
        self.wrong_tries = 0
        self.button.on_click(self._check)
        super().__init__([_prompt(question.prompt), self.radio, self.button, self.feedback],
                         t("ui.quiz.label_choice"))

    def mark(self):
        """The current mark of the chosen option."""
        return mark_choice(self.radio.value, self.question.answer, self.question.explanation)

    def _check(self, _button: widgets.Button | None = None) -> None:
        mark = self.mark()
        if mark.ok is False:
            self.wrong_tries += 1
        self.feedback.value = mark.html(reveal=self.wrong_tries >= 2)


class TextQuiz(Quiz):
    """A text box for one line the trainee writes; Check asks the classifiers."""

    def __init__(self, prompt: str, spec: Mapping[str, Any], placeholder: str | None = None,
                 button: str | None = None) -> None:
        placeholder, button = placeholder or t("ui.quiz.type_here"), button or t("ui.quiz.check")
        self.spec = dict(spec)
        self.text = screen_reader_label(  # its visible label is the prompt above it
            widgets.Textarea(value="", placeholder=placeholder, style={"description_width": "0px"},
                             layout=widgets.Layout(width="95%", height="60px")), prompt)
        self.button = widgets.Button(description=button, button_style="primary", icon="check",
                                     layout=widgets.Layout(width="200px"))
        self.feedback = _feedback()
        self.button.on_click(self._check)
        super().__init__([_prompt(prompt), self.text, self.button, self.feedback],
                         t("ui.quiz.label_text"))

    def mark(self):
        """The classifiers' mark of what is in the box now."""
        return mark_free_text(self.text.value, self.spec)

    def _check(self, _button: widgets.Button | None = None) -> None:
        self.feedback.value = self.mark().html()


def sort_quiz(items: Sequence[Item], categories: Sequence[tuple[str, str]],
              title: str | None = None, seed: str | None = None) -> SortQuiz:
    """A sorting check: `categories` are (id, name) pairs; each item names its right id.

    The statements appear in a fixed shuffled order seeded by `seed` (default: the title).
    """
    return SortQuiz(items, categories, title, seed)


def choice_quiz(questions: Sequence[Choice] | Choice) -> Quiz:
    """One multiple-choice question, or several stacked, each with its own Check."""
    if isinstance(questions, Choice):
        return ChoiceQuiz(questions)
    parts = [ChoiceQuiz(q) for q in questions]
    return Quiz(parts, t("ui.quiz.label_choices", count=len(parts)))


def text_quiz(prompt: str, spec: Mapping[str, Any], placeholder: str | None = None,
              button: str | None = None) -> TextQuiz:
    """A free-text check; `spec` is a free-text spec of `coursekit.scoring.checkers`."""
    return TextQuiz(prompt, spec, placeholder, button)
