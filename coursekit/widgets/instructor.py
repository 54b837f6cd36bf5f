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

ALL = ""

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
        self.plot = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
        super().__init__(children=[
            self.note,
            widgets.HBox([self.trainee, self.topic, self.reload_button],
                         layout=widgets.Layout(flex_flow="row wrap")),
            self.tables, self.plot,
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
        self.plot.value = report_png(self.report, dpi=80)
        self.plot.layout.display = None  # shown again after a failed reload

    def __repr__(self) -> str:
        return "<instructor dashboard: filter the class report by trainee and topic>"


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
