"""Report fixes: one trainee however the name is spelt, unanswered questions apart from
wrong ones, a readable plot, and the dashboard's gradebook choice and layout."""
from __future__ import annotations

import json

import pytest

from coursekit.cli import main
from coursekit.gradebook import Gradebook, name_key, trainee_name
from coursekit.gradebook.book import Attempt
from coursekit.gradebook.names import display_name
from coursekit.gradebook.report import build_report, report_html


def part(score, maximum, topic, status=None):
    d = {"score": score, "max_score": maximum, "topic": topic}
    if status:
        d["status"] = status
    return d


@pytest.mark.parametrize("spelling", ["ana.souza", "Ana Souza", "  ANA_SOUZA ", "ana-souza", "Ana   Souza"])
def test_name_key_ignores_case_dots_underscores_hyphens_and_spaces(spelling):
    assert name_key(spelling) == "ana souza"


def test_display_name_is_the_most_common_spelling():
    assert display_name(["ana.souza", "Ana Souza", "Ana Souza"]) == "Ana Souza"
    assert display_name(["ana.souza", "ana.souza", "Ana Souza"]) == "ana.souza"
    assert display_name(["ana.souza", "Ana Souza"]) == "Ana Souza"  # a tie: the typed name


def test_trainee_name_default_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv("COURSEKIT_TRAINEE", raising=False)
    assert trainee_name() is None and trainee_name(None) is None and trainee_name("  ") is None
    assert trainee_name("  Ana   Souza ") == "Ana Souza"
    monkeypatch.setenv("COURSEKIT_TRAINEE", "  ben.okafor ")
    assert trainee_name() == "ben.okafor"
    assert trainee_name("Ana") == "Ana"
    assert trainee_name("") is None and trainee_name("  ") is None  # given blank: do not record
    monkeypatch.setenv("COURSEKIT_TRAINEE", "x" * 150)
    assert len(trainee_name()) == 100


SPELT_TWICE = [
    Attempt("ana.souza", "ex01", "exercise", 2, 4, {"q1": part(2, 2, "service", "correct"),
                                                     "q2": part(0, 2, "product", "wrong")},
            "2024-03-04T09:00:00Z", id=1),
    Attempt("Ana Souza", "sim1", "scenario", 60, 100, {"open_questions": part(60, 100, "questioning")},
            "2024-03-04T10:00:00Z", id=2),
    Attempt("Ana Souza", "sim1", "scenario", 40, 100, {"open_questions": part(40, 100, "questioning")},
            "2024-03-04T11:00:00Z", id=3),
    Attempt("Ben", "ex01", "exercise", 0, 4, {"q1": part(0, 2, "service", "unanswered"),
                                               "q2": part(0, 2, "product", "unanswered")},
            "2024-03-04T12:00:00Z", id=4),
]


def test_graded_folder_and_typed_name_are_one_trainee():
    report = build_report(SPELT_TWICE)
    assert [(r.trainee, r.items, r.attempts) for r in report.trainees] == [("Ana Souza", 2, 3), ("Ben", 1, 1)]
    assert report.progress[0].trainees == 2
    for spelling in ("Ana Souza", "ana.souza", "ANA_SOUZA"):
        mine = build_report(SPELT_TWICE, trainee=spelling)
        assert mine.attempts == 3 and [r.trainee for r in mine.trainees] == ["Ana Souza"]


def test_cli_trainee_finds_work_graded_in_a_folder(tmp_path, capsys):
    db = tmp_path / "class.db"
    with Gradebook.open(db) as book:
        book.record("ana.souza", "ex01", "exercise", 3, 4, {"q1": part(3, 4, "service", "partial")})
        book.record("Ana Souza", "sim1", "scenario", 50, 100, {})
        assert len(book.attempts(trainee="Ana Souza")) == 2
    assert main(["report", "--db", str(db), "--json", "--trainee", "Ana Souza"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["attempts"] == 2 and [t["trainee"] for t in data["trainees"]] == ["Ana Souza"]


def test_unanswered_questions_are_counted_apart_from_wrong_ones():
    report = build_report(SPELT_TWICE)
    topics = {r.topic: r for r in report.topics}
    # Ben left both questions unanswered: not lost points, but counted
    assert (topics["service"].lost, topics["service"].available, topics["service"].share_lost) == (0, 2, 0.0)
    assert (topics["service"].answered, topics["service"].unanswered, topics["service"].trainees) == (1, 1, 1)
    assert (topics["product"].share_lost, topics["product"].unanswered) == (1.0, 1)
    assert report.unanswered == 2
    data = report.to_dict()
    assert data["unanswered"] == 2
    assert {t["topic"]: t["unanswered"] for t in data["weakest_topics"]}["service"] == 1
    text = report.to_text()
    assert "unanswered" in text.splitlines()[text.splitlines().index(
        "weakest topics (share of points lost on answered questions, best attempts)") + 1]
    assert "2 questions left unanswered in the best attempts: counted apart, not as points lost." in text
    assert "2 questions left unanswered" in report_html(report)


def test_a_topic_nobody_answered_has_no_share_and_sorts_last():
    only_blank = [Attempt("Ben", "ex01", "exercise", 0, 2, {"q1": part(0, 2, "service", "unanswered")},
                          "2024-03-04T09:00:00Z", id=1),
                  Attempt("Ben", "ex02", "exercise", 1, 2, {"q1": part(1, 2, "product", "partial")},
                          "2024-03-04T09:00:00Z", id=2)]
    report = build_report(only_blank)
    assert [r.topic for r in report.topics] == ["product", "service"]
    assert report.topics[1].share_lost is None and report.topics[1].unanswered == 1
    line = [ln for ln in report.to_text().splitlines() if ln.startswith("need level: service")][0]
    assert "—" in line
    json.dumps(report.to_dict())


def test_html_tables_space_their_headers():
    page = report_html(build_report(SPELT_TWICE))
    assert '<th style="text-align:right;padding:3px 10px;white-space:nowrap">mean %</th>' in page


def _texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [ax.get_title() for ax in fig.axes]


def test_plot_labels_bars_and_explains_a_single_day():
    from coursekit.plots.report import report_figure

    fig = report_figure(build_report(SPELT_TWICE))
    texts = _texts(fig)
    assert any(t.startswith("All 4 attempts on one day (2024-03-04, UTC)") for t in texts)
    assert not fig.axes[2].patches, "no single huge bar for one day"
    assert "55%" in texts and "0%" in texts  # every trainee bar is labelled, 0 too
    assert "0% lost · 1 trainee · 1 unanswered" in texts  # a 0% topic still shows its label
    assert any("2 questions left unanswered" in t for t in texts)


def test_plot_with_several_days_draws_thin_bars_and_a_legend():
    from coursekit.plots.report import report_figure

    days = SPELT_TWICE + [Attempt("Ben", "ex01", "exercise", 4, 4, {"q1": part(4, 4, "service", "correct")},
                                  "2024-03-05T09:00:00Z", id=5)]
    fig = report_figure(build_report(days))
    progress = fig.axes[2]
    assert progress.get_legend() is not None
    bars = [p for ax in fig.axes[2:] for p in ax.patches]
    assert len(bars) == 2 and all(b.get_width() <= 0.35 for b in bars)


def test_dashboard_uses_coursekit_db_and_shows_a_demo_only_when_asked(tmp_path, monkeypatch):
    from coursekit.widgets.instructor import DEMO_NOTE, instructor_dashboard

    monkeypatch.delenv("COURSEKIT_DB", raising=False)
    demo = instructor_dashboard(demo=True)
    assert "DEMO DATA: a made-up class, not your trainees" in demo.note.value
    assert DEMO_NOTE.startswith("DEMO DATA") and demo.report.attempts == 48
    monkeypatch.setenv("COURSEKIT_DB", str(tmp_path / "none-yet.db"))
    empty = instructor_dashboard()  # no demo in place of a missing gradebook
    assert empty.note.value == "" and empty.report is None
    assert "no gradebook at" in empty.tables.value and "none-yet.db" in empty.tables.value
    db = tmp_path / "class.db"
    with Gradebook.open(db) as book:
        book.record("ana.souza", "ex01", "exercise", 1, 2, {"q1": part(1, 2, "service")})
        book.record("Ana Souza", "sim1", "scenario", 50, 100, {})
    monkeypatch.setenv("COURSEKIT_DB", str(db))
    board = instructor_dashboard()
    assert board.note.value == "" and board.report.attempts == 2
    assert f"Gradebook: <code>{db}</code>" in board.tables.value
    assert [label for label, _ in board.trainee.options] == ["all trainees", "Ana Souza"]
    assert board.reload_button.layout.width == "190px"


def test_dashboard_notebook_shows_the_report_once():
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "instructor" / "instructor_dashboard.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    assert code == ["from coursekit.widgets.instructor import instructor_dashboard\n\ninstructor_dashboard()"]
    text = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "COURSEKIT_DB" in text and "change" not in text.lower().split("db")[0]


def test_plot_titles_fit_their_panels():
    """Long panel titles wrap instead of running past the panel (they were clipped)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from coursekit.plots.report import report_figure

    fig = report_figure(build_report(SPELT_TWICE), title="Class report for the spring intake " * 4)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # lay the figure out
    renderer = canvas.get_renderer()
    width = fig.bbox.width
    for text in [ax.title for ax in fig.axes] + [fig._suptitle]:
        box = text.get_window_extent(renderer)
        assert box.x0 >= 0 and box.x1 <= width, text.get_text()
