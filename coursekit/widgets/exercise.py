"""Exercises answered by clicking: thin ipywidgets views over `coursekit.exercises.state`.

Each exercise notebook calls, one per cell (every cell imports what it needs, so any
cell runs on its own in a fresh kernel):

    start("ex01_need_levels")          # the name box (for the gradebook) and how it works
    ask("ex01_need_levels", "q1")      # one question: options / boxes, Check, Show answer
    summary("ex01_need_levels")        # the score so far, first try and final

The same cells work in JupyterLab and in the Voila app. What is kept:

- **in the notebook** (JupyterLab): each `ask` cell's output holds its question's record
  (`state.RECORD_MIME`, the first and the last try), updated on every Check through its
  display id, so *File ▸ Save* stores the answers and `coursekit grade` marks them
  without running anything; a fresh kernel reloads them from the saved notebook file;
- **in the gradebook**: with a trainee name (the name box, or `COURSEKIT_TRAINEE`), every
  Check and Show answer records the exercise (final score, first-try score per question).

Callbacks only set widget values (they never print), and every text shown is escaped.
"""
from __future__ import annotations

import os
import random
from typing import Any, Callable

import ipywidgets as widgets

from coursekit.exercises.key import Question
from coursekit.exercises.state import RECORD_MIME, ExerciseState, QuestionState, option_label, record_problem
from coursekit.i18n import t
from coursekit.lessons.html import esc, quoted
from coursekit.widgets.quiz import plain_label

#: Per kernel: the live state of each exercise, its trainee, and views to refresh.
_STATES: dict[str, ExerciseState] = {}
_TRAINEES: dict[str, str | None] = {}
_LISTENERS: dict[str, list[Callable[[], None]]] = {}
_NOTES: dict[str, str] = {}

#: The mark before the feedback (its own words say the same, for screen readers too).
_STATUS_MARKS = {"correct": "✓", "partial": "◐", "wrong": "✗"}


def exercise_state(exercise_id: str) -> ExerciseState:
    """The kernel's state of an exercise (created, and reloaded from the saved notebook, once)."""
    state = _STATES.get(exercise_id)
    if state is None:
        state = _STATES[exercise_id] = ExerciseState(exercise_id)
        restore_saved(state)
    return state


def notebook_file() -> str | None:
    """The notebook this kernel runs for (JupyterLab names it in JPY_SESSION_NAME), if known."""
    path = os.environ.get("JPY_SESSION_NAME", "")
    return path if path.endswith(".ipynb") and os.path.isfile(path) else None


def restore_saved(state: ExerciseState) -> int:
    """Reload the answers a saved notebook holds for this exercise; how many questions came back."""
    path = notebook_file()
    if path is None:
        return 0
    try:
        from coursekit.exercises.notebook import NotebookError, saved_records

        records = saved_records(path, state.key.id)
    except (NotebookError, OSError, ValueError):
        return 0
    for question_id, record in records.items():
        if question_id in state.questions and record_problem(record, state.key.id, question_id) is None:
            state[question_id].restore(record)
    return len(records)


def trainee(exercise_id: str) -> str | None:
    """The name answers are recorded under: the name box, else COURSEKIT_TRAINEE."""
    from coursekit.gradebook.names import trainee_name

    return trainee_name(_TRAINEES.get(exercise_id))


def _notify(exercise_id: str) -> None:
    for listener in list(_LISTENERS.get(exercise_id, ())):
        listener()


def record(exercise_id: str) -> str:
    """Save the exercise to the gradebook for the trainee; a sentence saying what happened."""
    name = trainee(exercise_id)
    if not name:
        note = t("ui.ex.not_saved_no_name")
    else:
        try:
            from coursekit.gradebook import record_exercise
            from coursekit.gradebook.record import SavedLater

            try:
                record_exercise(name, exercise_id, exercise_state(exercise_id).result())
                note = t("ui.ex.saved", name=name)
            except SavedLater as later:
                note = f"{later}."
        except Exception as error:  # a gradebook problem never breaks the exercise
            note = t("ui.gradebook.not_saved", error=error)
    _NOTES[exercise_id] = note
    return note


# ------------------------------------------------------------------ the inputs, by type

class _Input:
    """The answer controls of one question: `box` to show, `value()` to read, `set()`, `disable()`."""

    def __init__(self, question: Question):
        self.question = question
        self.box = widgets.VBox()

    def value(self) -> Any:
        raise NotImplementedError

    def set(self, answer: Any) -> None:
        raise NotImplementedError

    def controls(self) -> list[widgets.Widget]:
        raise NotImplementedError

    def disable(self) -> None:
        for control in self.controls():
            control.disabled = True


class _Choice(_Input):
    def __init__(self, question: Question):
        super().__init__(question)
        options = [(option_label(question, o), o) for o in question.options or ()]
        self.radio = widgets.RadioButtons(options=options, value=None, layout=widgets.Layout(width="auto"))
        self.box.children = (self.radio,)

    def value(self) -> Any:
        return self.radio.value

    def set(self, answer: Any) -> None:
        if answer in (self.question.options or ()):
            self.radio.value = answer

    def controls(self) -> list[widgets.Widget]:
        return [self.radio]


class _Set(_Input):
    def __init__(self, question: Question):
        super().__init__(question)
        self.boxes = {o: widgets.Checkbox(value=False, description=option_label(question, o), indent=False,
                                          layout=widgets.Layout(width="auto"))
                      for o in question.options or ()}
        self.box.children = tuple(self.boxes.values())

    def value(self) -> Any:
        return [o for o, box in self.boxes.items() if box.value]

    def set(self, answer: Any) -> None:
        chosen = set(answer) if isinstance(answer, (list, tuple)) else set()
        for option, box in self.boxes.items():
            box.value = option in chosen

    def controls(self) -> list[widgets.Widget]:
        return list(self.boxes.values())


class _Order(_Input):
    def __init__(self, question: Question):
        super().__init__(question)
        items = list(question.options or question.answer)
        random.Random(f"{question.id}:{'|'.join(items)}").shuffle(items)
        choices = [(t("ui.quiz.choose"), "")] + [(option_label(question, o), o) for o in items]
        self.slots = [widgets.Dropdown(options=choices, value="", description=f"{n}.",
                                       style={"description_width": "2em"}, layout=widgets.Layout(width="auto"))
                      for n in range(1, len(items) + 1)]
        self.box.children = tuple(self.slots)

    def value(self) -> Any:
        return [slot.value for slot in self.slots if slot.value]

    def set(self, answer: Any) -> None:
        values = list(answer) if isinstance(answer, (list, tuple)) else []
        for slot, item in zip(self.slots, values + [""] * len(self.slots)):
            if item in [v for _, v in slot.options]:
                slot.value = item

    def controls(self) -> list[widgets.Widget]:
        return list(self.slots)


class _FreeText(_Input):
    def __init__(self, question: Question):
        super().__init__(question)
        self.text = widgets.Textarea(value="", placeholder=t("ui.ex.type_here"),
                                     layout=widgets.Layout(width="95%", height="60px"))
        self.box.children = (self.text,)

    def value(self) -> Any:
        return self.text.value

    def set(self, answer: Any) -> None:
        self.text.value = answer if isinstance(answer, str) else ""

    def controls(self) -> list[widgets.Widget]:
        return [self.text]


class _Sort(_Input):
    def __init__(self, question: Question):
        super().__init__(question)
        items = list(question.items)
        random.Random(f"{question.id}:sort").shuffle(items)
        choices = [(t("ui.quiz.choose"), "")] + [(option_label(question, o), o) for o in question.options or ()]
        self.drops = {item: widgets.Dropdown(options=choices, value="", layout=widgets.Layout(width="200px"),
                                             description="", style={"description_width": "0px"})
                      for item, _ in items}
        self.box.children = tuple(widgets.HBox([self.drops[item], widgets.HTML(quoted(text))])
                                  for item, text in items)

    def value(self) -> Any:
        return {item: drop.value for item, drop in self.drops.items() if drop.value}

    def set(self, answer: Any) -> None:
        if isinstance(answer, dict):
            for item, drop in self.drops.items():
                if answer.get(item) in (self.question.options or ()):
                    drop.value = answer[item]

    def controls(self) -> list[widgets.Widget]:
        return list(self.drops.values())


_INPUTS = {"choice": _Choice, "set": _Set, "order": _Order, "free_text": _FreeText, "sort": _Sort}


# ------------------------------------------------------------------ the views

class QuestionView(widgets.VBox):
    """One question: its answer controls, Check, Show answer and the feedback."""

    def __init__(self, exercise_id: str, question_id: str):
        self.exercise_id = exercise_id
        self.state: QuestionState = exercise_state(exercise_id)[question_id]
        self.input = _INPUTS[self.state.question.type](self.state.question)
        self.check_button = widgets.Button(description=t("ui.quiz.check"), button_style="primary", icon="check",
                                           layout=widgets.Layout(width="140px"))
        self.reveal_button = widgets.Button(description=t("ui.ex.show_answer"), icon="eye",
                                            layout=widgets.Layout(width="140px"))
        self.feedback = widgets.HTML(value="", layout=widgets.Layout(width="100%"))
        self.note = widgets.HTML(value="")
        self.check_button.on_click(self._on_check)
        self.reveal_button.on_click(self._on_reveal)
        super().__init__([self.input.box, widgets.HBox([self.check_button, self.reveal_button]),
                          self.feedback, self.note])
        self.add_class("coursekit-exercise-question")
        self.check_button.add_class("coursekit-ex-check")
        self.reveal_button.add_class("coursekit-ex-reveal")
        self.feedback.add_class("coursekit-ex-feedback")
        self.note.add_class("coursekit-ex-note")
        self._shown_status = ""
        if self.state.tries:
            self.input.set(self.state.final_answer)
        self._render()

    def __repr__(self) -> str:
        return plain_label(t("ui.ex.question_label", question=self.state.question.id))

    @property
    def display_id(self) -> str:
        return f"coursekit-answer-{self.exercise_id}-{self.state.question.id}"

    def record_bundle(self) -> dict[str, Any]:
        """The output that keeps this question's answers in the notebook."""
        rec = self.state.record(self.exercise_id)
        count = len(self.state.tries)
        saved = (t("ui.ex.tries_saved_one" if count == 1 else "ui.ex.tries_saved", count=count) if count
                 else t("ui.ex.not_checked"))
        text = t("ui.ex.record_shown" if self.state.revealed else "ui.ex.record", question=self.state.question.id,
                 saved=saved)
        return {"text/plain": text, "text/html": f'<span class="coursekit-answer-record" title="{esc(text)}"></span>',
                RECORD_MIME: rec}

    def _render(self) -> None:
        last = self.state.last
        status = last.status if last else ""
        if status != self._shown_status:
            if self._shown_status:
                self.feedback.remove_class(f"ck-{self._shown_status}")
            if status:
                self.feedback.add_class(f"ck-{status}")
            self._shown_status = status
        if last is None:
            self.feedback.value = ""
        else:
            mark = _STATUS_MARKS.get(status, "")
            lead = f'<b aria-hidden="true">{esc(mark)}</b> ' if mark else ""
            tries = len(self.state.tries)
            first = dict(first=points_text(self.state.first_score), points=points_text(self.state.question.points))
            count = (" <small>" + esc(t("ui.ex.try_first" if tries > 1 else "ui.ex.try", n=tries, **first)) + "</small>"
                     if tries and last.counted else "")
            self.feedback.value = f'<div role="status" aria-live="polite">{lead}{esc(last.text)}{count}</div>'
        if self.state.closed:
            self.input.disable()
            self.check_button.disabled = True
            self.reveal_button.disabled = True

    def _after(self) -> None:
        self._render()
        if self.state.last is not None and (self.state.last.counted or self.state.last.status == "revealed"):
            self._save()

    def _save(self) -> None:
        from IPython.display import update_display

        update_display(self.record_bundle(), display_id=self.display_id, raw=True)
        self.note.value = f"<small>{esc(record(self.exercise_id))}</small>" if trainee(self.exercise_id) else ""
        _notify(self.exercise_id)

    def _on_check(self, _button: Any = None) -> None:
        self.state.check(self.input.value())
        self._after()

    def _on_reveal(self, _button: Any = None) -> None:
        was_closed = self.state.closed
        self.state.reveal()
        self._render()
        if not was_closed:
            self._save()


#: Summary table cells: left-aligned with room between columns.
_CELL = "text-align:left;padding:2px 12px 2px 0"


def points_text(value: float) -> str:
    """Points as shown: whole numbers without decimals, else up to two."""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0")


class SummaryView(widgets.VBox):
    """The score so far (final and first try), refreshed after every Check."""

    def __init__(self, exercise_id: str):
        self.exercise_id = exercise_id
        self.html = widgets.HTML()
        self.html.add_class("coursekit-ex-summary")
        super().__init__([self.html])
        self.add_class("coursekit-exercise-summary")
        _LISTENERS.setdefault(exercise_id, []).append(self.refresh)
        self.refresh()

    def __repr__(self) -> str:
        return plain_label(t("ui.ex.score_label", exercise=self.exercise_id))

    def refresh(self) -> None:
        state = exercise_state(self.exercise_id)
        result = state.result()
        rows = []
        for q in result.questions:
            qs = state[q.question_id]
            if not qs.tries:
                mark, first, final = t("ui.ex.shown_no_points" if qs.revealed else "ui.ex.not_answered"), "–", "–"
            else:
                mark = {"correct": "✓", "partial": "◐", "wrong": "✗"}.get(q.status, "")
                first, final = points_text(qs.first_score), points_text(q.score)
            rows.append("<tr>" + "".join(f'<td style="{_CELL}">{esc(c)}</td>'
                                         for c in (q.question_id, mark, first, final, points_text(q.max_score)))
                        + "</tr>")
        first_total = result.first_score or 0.0
        note = _NOTES.get(self.exercise_id, "")
        self.html.value = (
            f"<p><b>{esc(t('ui.ex.your_score', score=points_text(result.score), total=points_text(result.max_score)))}</b> "
            + esc(t("ui.ex.score_detail", first=points_text(first_total), answered=state.answered,
                    questions=len(state.questions))) + "</p>"
            '<table style="border-collapse:collapse"><thead><tr>'
            + "".join(f'<th style="{_CELL}">{esc(h)}</th>' for h in (
                t("ui.ex.head_question"), "", t("ui.ex.head_first"), t("ui.ex.head_final"), t("ui.ex.head_of")))
            + "</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
            + (f"<p><small>{esc(note)}</small></p>" if note else ""))


class StartView(widgets.VBox):
    """The name box: with a name, every answer is saved to the class gradebook."""

    def __init__(self, exercise_id: str, name: str | None = None):
        self.exercise_id = exercise_id
        exercise_state(exercise_id)
        if name is not None:
            _TRAINEES[exercise_id] = name
        known = trainee(exercise_id) or ""
        self.name = widgets.Text(value=known, description=t("ui.test.your_name"),
                                 placeholder=t("ui.ex.name_placeholder"),
                                 continuous_update=True, layout=widgets.Layout(width="480px"))
        self.name.add_class("coursekit-ex-name")
        self.name.observe(self._on_name, names="value")
        self.status = widgets.HTML(value=self._status_text(trainee(exercise_id)))
        super().__init__([self.name, self.status])
        self.add_class("coursekit-exercise-start")

    def __repr__(self) -> str:
        return plain_label(t("ui.ex.name_label", exercise=self.exercise_id))

    @staticmethod
    def _status_text(name: str | None) -> str:
        if not name:
            return f"<small>{esc(t('ui.ex.no_name'))}</small>"
        return f"<small>{esc(t('ui.ex.saving_for', name=name))}</small>"

    def _on_name(self, change: dict) -> None:
        # a box cleared on purpose means "do not record", even with COURSEKIT_TRAINEE set
        _TRAINEES[self.exercise_id] = change["new"] if change["new"].strip() else ""
        self.status.value = self._status_text(trainee(self.exercise_id))


# ------------------------------------------------------------------ what the notebook cells call

def _problem_html(text: str) -> Any:
    from IPython.display import HTML

    return HTML(f'<p class="coursekit-ex-problem">{esc(text)}</p>')


def start(exercise_id: str, name: str | None = None) -> Any:
    """The first cell: the trainee's name (optional) for the gradebook."""
    try:
        return StartView(exercise_id, name)
    except (LookupError, ValueError) as error:
        return _problem_html(t("ui.ex.cannot_open", error=error))


def ask(exercise_id: str, question_id: str) -> None:
    """A question's cell: shows the question's controls and its answer record (for saving)."""
    from IPython.display import display

    try:
        view = QuestionView(exercise_id, question_id)
    except (LookupError, ValueError) as error:
        display(_problem_html(t("ui.ex.cannot_show", error=error)))
        return
    display(view)
    display(view.record_bundle(), display_id=view.display_id, raw=True)


def summary(exercise_id: str) -> Any:
    """The last cell: the score so far, first tries and final, updated after each Check."""
    try:
        return SummaryView(exercise_id)
    except (LookupError, ValueError) as error:
        return _problem_html(t("ui.ex.cannot_score", error=error))


def solution(exercise_id: str, question_id: str) -> None:
    """A solution notebook's question cell: the key and why, with the key as the saved answer."""
    from IPython.display import display

    from coursekit.exercises.build import solution_outputs
    from coursekit.exercises.key import load_key

    for output in solution_outputs(exercise_id, load_key(exercise_id).question(question_id)):
        display(output["data"], raw=True)


def reset(exercise_id: str | None = None) -> None:
    """Forget the kernel's state of one exercise (or all): for tests and a fresh start."""
    for store in (_STATES, _TRAINEES, _LISTENERS, _NOTES):
        if exercise_id is None:
            store.clear()
        else:
            store.pop(exercise_id, None)


__all__ = ["ask", "exercise_state", "record", "reset", "solution", "start", "summary"]
