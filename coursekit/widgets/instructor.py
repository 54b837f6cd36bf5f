"""The instructor dashboard: the class report with filters by trainee and topic.

A thin view over `coursekit.gradebook.report`: two drop-downs, a reload button, the
report tables (every name escaped) and the report plot as an image.

`instructor_dashboard()` reads the course's gradebook (`COURSEKIT_DB`, a relative path
taken from the course folder, else `coursekit.db` there) and says which one it is;
`instructor_dashboard(demo=True)` shows a seeded demo class, labelled as such.
"""
from __future__ import annotations

import html
import os
from typing import Iterable

import ipywidgets as widgets

from coursekit.gradebook.book import Attempt, Gradebook
from coursekit.gradebook.db import GradebookError
from coursekit.gradebook.names import display_names
from coursekit.gradebook.report import ClassReport, build_report, report_html, topic_label, topics_present
from coursekit.widgets.picture import AltImage

ALL = ""
#: The report chart's alt text: the tables above it hold the same numbers, row by row.
REPORT_ALT = ("Class report chart: score per trainee, the weakest topics, and the mean score and "
              "attempts by day; the tables above give the same numbers.")

#: Shown above the dashboard when it shows the demo class (only when asked for).
DEMO_NOTE = ("DEMO DATA: a made-up class, not your trainees. Call instructor_dashboard() "
             "without demo=True to see your class's gradebook.")


def _topics(attempts: Iterable[Attempt]) -> list[tuple[str, str]]:
    """(label, topic id) pairs of every topic in the attempts, sorted by label."""
    names = topics_present(attempts)
    return sorted(((topic_label(t, n), t) for t, n in names.items()), key=lambda pair: (pair[0], pair[1]))


class InstructorDashboard(widgets.VBox):
    """Filter the class report by trainee and topic; Reload reads the gradebook again."""

    def __init__(self, db_url: str | os.PathLike[str] | None = None,
                 attempts: Iterable[Attempt] | None = None, note: str = "") -> None:
        self.db_url = db_url
        self.attempts: list[Attempt] = list(attempts) if attempts is not None else []
        self.source = ""
        self.skipped: tuple[str, ...] = ()
        self.trainee = widgets.Dropdown(description="Trainee", options=[("all trainees", ALL)], value=ALL)
        self.topic = widgets.Dropdown(description="Topic", options=[("all topics", ALL)], value=ALL)
        self.reload_button = widgets.Button(description="Reload gradebook", icon="refresh",
                                            tooltip="read the gradebook again",
                                            layout=widgets.Layout(width="190px", min_width="190px"))
        self.note = widgets.HTML(value=f"<p><b>{html.escape(note)}</b></p>" if note else "")
        self.tables = widgets.HTML()
        self.plot = AltImage("coursekit-report-plot", layout=widgets.Layout(max_width="100%"))
        self.review = AttemptReview(self)
        super().__init__(children=[
            self.note,
            widgets.HBox([self.trainee, self.topic, self.reload_button],
                         layout=widgets.Layout(flex_flow="row wrap")),
            self.tables, self.plot, self.review,
        ])
        self.report: ClassReport | None = None
        self._filling = False
        if attempts is None:
            self.reload()
        else:
            self._set_options()
            self.update()
        self.trainee.observe(self._changed, names="value")
        self.topic.observe(self._changed, names="value")
        self.reload_button.on_click(lambda _button: self.reload())

    def _changed(self, _change: object) -> None:
        if not self._filling:
            self.update()

    def _set_options(self) -> None:
        """Fill the drop-downs from the attempts, keeping the current choice when it still exists."""
        # one entry per trainee however their name was spelt (folder vs typed name)
        trainees = sorted(set(display_names(a.trainee for a in self.attempts).values()),
                          key=lambda n: (n.casefold(), n))
        keep_trainee, keep_topic = self.trainee.value, self.topic.value
        topics = _topics(self.attempts)
        self._filling = True
        try:
            self.trainee.options = [("all trainees", ALL)] + [(name, name) for name in trainees]
            self.topic.options = [("all topics", ALL)] + topics
            self.trainee.value = keep_trainee if keep_trainee in trainees else ALL
            self.topic.value = keep_topic if keep_topic in {t for _, t in topics} else ALL
        finally:
            self._filling = False

    def reload(self) -> None:
        """Read the gradebook again (read-only: nothing is ever created) and redraw.

        A gradebook that cannot be read (none there yet, not a coursekit gradebook,
        server down) is shown as a message instead of the report.
        """
        try:
            with Gradebook.open(self.db_url, create=False) as book:
                self.attempts = book.attempts()
                self.source, self.skipped = book.location, tuple(book.skipped)
        except GradebookError as err:
            self.attempts = []
            self._set_options()
            self.report = None
            self.tables.value = f"<p><b>Cannot show the class report:</b> {html.escape(str(err))}</p>"
            self.plot.layout.display = "none"
            return
        self._set_options()
        self.update()

    def update(self) -> None:
        """Rebuild the report for the chosen trainee and topic."""
        from coursekit.plots.report import report_png

        self.report = build_report(self.attempts, trainee=self.trainee.value or None,
                                   topic=self.topic.value or None, source=self.source, skipped=self.skipped)
        self.tables.value = report_html(self.report)
        self.plot.show(report_png(self.report, dpi=80), REPORT_ALT)
        self.plot.layout.display = None  # shown again after a failed reload
        self.review.fill()

    def __repr__(self) -> str:
        return "<instructor dashboard: filter the class report by trainee and topic>"


class AttemptReview(widgets.VBox):
    """Pick one attempt of the chosen trainee, see it whole, and correct its mark with a comment."""

    def __init__(self, board: InstructorDashboard) -> None:
        self.board = board
        self.attempt = widgets.Dropdown(description="Attempt", options=[("—", 0)], value=0,
                                        layout=widgets.Layout(width="min(100%, 640px)"))
        self.shown = widgets.HTML()
        self.score = widgets.FloatText(description="Mark", layout=widgets.Layout(width="180px"))
        self.comment = widgets.Text(description="Comment", placeholder="why the mark changes",
                                    layout=widgets.Layout(width="min(100%, 460px)"))
        self.save = widgets.Button(description="Save corrected mark", icon="check",
                                   layout=widgets.Layout(width="190px", min_width="190px"))
        self.status = widgets.HTML()
        super().__init__(children=[
            widgets.HTML("<h4>Review an attempt</h4>"), self.attempt, self.shown,
            widgets.HBox([self.score, self.comment, self.save], layout=widgets.Layout(flex_flow="row wrap")),
            self.status,
        ])
        self.attempt.observe(lambda _change: self.show(), names="value")
        self.save.on_click(lambda _button: self.correct())

    def fill(self) -> None:
        """The attempts of the chosen trainee (all trainees: every attempt), newest first."""
        from coursekit.gradebook.review import find_attempts, mark_text

        mine = find_attempts(self.board.attempts, self.board.trainee.value or None)
        options = [(f"#{a.id} {a.recorded_at[:16].replace('T', ' ')} · {a.trainee} · {a.item} · {mark_text(a)}",
                    a.id) for a in reversed(mine) if a.id is not None]
        keep = self.attempt.value
        self.attempt.options = options or [("—", 0)]
        self.attempt.value = keep if any(value == keep for _, value in options) else options[0][1] if options else 0
        self.show()

    def chosen(self) -> Attempt | None:
        return next((a for a in self.board.attempts if a.id == self.attempt.value), None)

    def show(self) -> None:
        from coursekit.gradebook.review import attempt_html

        attempt = self.chosen()
        self.shown.value = attempt_html(attempt) if attempt else "<p>No attempt to review.</p>"
        if attempt:
            self.score.value = attempt.score

    def correct(self) -> None:
        """Save the mark and comment (the automatic mark is kept), then read the gradebook again."""
        attempt = self.chosen()
        if attempt is None or attempt.id is None:
            return
        try:
            with Gradebook.open(self.board.db_url) as book:
                book.review(attempt.id, self.score.value, self.comment.value)
        except (ValueError, GradebookError) as err:
            self.status.value = f"<p><b>Not saved:</b> {html.escape(str(err))}</p>"
            return
        self.status.value = f"<p>Saved: attempt #{attempt.id} now counts {self.score.value:g}.</p>"
        self.comment.value = ""
        self.board.reload()


def dashboard_source(demo: bool = False) -> tuple[str, str]:
    """(gradebook URL, note): the course's gradebook; the seeded demo class only when asked for."""
    if demo:
        from coursekit.gradebook.demo import demo_gradebook

        return demo_gradebook(seed=0), DEMO_NOTE
    from coursekit.gradebook.db import default_url

    return default_url(), ""


def instructor_dashboard(db_url: str | os.PathLike[str] | None = None, *, demo: bool = False) -> InstructorDashboard:
    """The dashboard over the gradebook at `db_url` (None: the course's); `demo=True`: a labelled demo class."""
    if db_url is not None:
        return InstructorDashboard(db_url)
    url, note = dashboard_source(demo)
    return InstructorDashboard(url, note=note)
