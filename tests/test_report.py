"""Class reports: totals, weakest topics, progress; text, JSON, HTML, plot, CLI and widget."""
from __future__ import annotations

import json

import pytest

from coursekit.cli import main
from coursekit.gradebook import Gradebook
from coursekit.gradebook.book import Attempt
from coursekit.gradebook.demo import build_demo_gradebook
from coursekit.gradebook.report import build_report, report_html, topic_label


def part(score, maximum, topic, name=None):
    d = {"score": score, "max_score": maximum, "topic": topic}
    if name:
        d["name"] = name
    return d


ATTEMPTS = [
    # Ana: two tries at ex01 (best: the second), one simulation
    Attempt("Ana", "ex01", "exercise", 1, 4, {"q1": part(0, 2, "service"), "q2": part(1, 2, "product")},
            "2024-03-04T09:00:00Z", id=1),
    Attempt("Ana", "ex01", "exercise", 3, 4, {"q1": part(2, 2, "service"), "q2": part(1, 2, "product")},
            "2024-03-05T09:00:00Z", id=2),
    Attempt("Ana", "sim1", "scenario", 50, 100,
            {"objections_tested": part(0, 50, "too_expensive", "Objections tested"),
             "open_questions": part(50, 50, "questioning"), "outcome": part(0, 0, "")},
            "2024-03-05T10:00:00Z", outcome="lost", id=3),
    # Ben: one try at ex01
    Attempt("Ben", "ex01", "exercise", 2, 4, {"q1": part(0, 2, "service"), "q2": part(2, 2, "product")},
            "2024-03-04T11:00:00Z", id=4),
]


def test_totals_use_each_trainees_best_attempt():
    report = build_report(ATTEMPTS)
    ana, ben = report.trainees
    # exercise points and simulations are kept apart (never "53/104")
    assert (ana.trainee, ana.score, ana.max_score, ana.percent, ana.items, ana.attempts) == \
        ("Ana", 3, 4, 62.5, 2, 3)
    assert (ana.exercises, ana.scenarios, ana.scenario_percent) == (1, 1, 50.0)
    assert (ben.trainee, ben.score, ben.percent, ben.items, ben.attempts) == ("Ben", 2, 50.0, 1, 1)
    items = {(r.item, r.item_kind): r for r in report.items}
    assert items[("ex01", "exercise")].mean_percent == 62.5  # (75 + 50) / 2
    assert items[("ex01", "exercise")].attempts == 3 and items[("ex01", "exercise")].trainees == 2
    assert items[("sim1", "scenario")].mean_percent == 50.0


def test_weakest_topics_are_the_share_of_points_lost():
    report = build_report(ATTEMPTS)
    shares = {r.topic: (r.lost, r.available, r.share_lost) for r in report.topics}
    assert shares == {
        "too_expensive": (50, 50, 1.0),
        "service": (2, 4, 0.5),        # Ana's best got it, Ben did not
        "product": (1, 4, 0.25),
        "questioning": (0, 50, 0.0),
    }
    assert [r.topic for r in report.topics] == ["too_expensive", "service", "product", "questioning"]
    assert report.topics[0].label == "objection: too expensive"
    assert report.topics[1].label == "need level: service"


def test_progress_counts_every_attempt_per_day():
    days = [(r.day, r.attempts, r.trainees, r.mean_percent) for r in build_report(ATTEMPTS).progress]
    assert days == [("2024-03-04", 2, 2, 37.5), ("2024-03-05", 2, 1, 62.5)]


def test_filters_by_trainee_and_topic():
    only_ben = build_report(ATTEMPTS, trainee="Ben")
    assert [r.trainee for r in only_ben.trainees] == ["Ben"] and only_ben.attempts == 1
    service = build_report(ATTEMPTS, topic="service")
    assert [(r.trainee, r.score, r.max_score) for r in service.trainees] == [("Ana", 2, 2), ("Ben", 0, 2)]
    assert [r.topic for r in service.topics] == ["service"]
    assert [r.item for r in service.items] == ["ex01"]
    assert service.filters == {"topic": "service"}


def test_topic_labels():
    assert topic_label("need_levels") == "need levels"
    assert topic_label("inquiry") == "technique: inquiry"
    assert topic_label("no_money") == "objection: no money"
    assert topic_label("difficult_customers") == "difficult customers"
    assert topic_label("some_new_criterion", "A new criterion") == "A new criterion"


EVIL = "<img src=x onerror=alert(1)>\x1b[31m$x^2$"


def evil_attempts():
    return [Attempt(EVIL, "ex<1>", "exercise", 1, 2, {"q1": part(1, 2, "service")}, "2024-03-04T09:00:00Z", id=1)]


def test_html_escapes_names():
    page = report_html(build_report(evil_attempts(), trainee=EVIL))
    assert "<img" not in page and "ex<1>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "ex&lt;1&gt;" in page


def test_text_escapes_control_characters():
    text = build_report(evil_attempts()).to_text()
    assert "\x1b" not in text and "\\x1b[31m" in text


def test_text_report_is_deterministic():
    first = build_report(ATTEMPTS).to_text()
    assert first == build_report(list(reversed(ATTEMPTS))).to_text()
    assert first.splitlines()[0] == "Class report: 2 trainees, 4 attempts (2024-03-04 to 2024-03-05)"


def test_empty_report():
    report = build_report([])
    assert report.to_text() == "Class report: 0 trainees, 0 attempts\nNo attempts recorded yet."
    assert "No attempts recorded yet" in report_html(report)


def test_plot_is_a_png_and_survives_odd_names(tmp_path):
    from coursekit.plots.report import plain_label, report_png, save_report_plot

    png = report_png(build_report(evil_attempts() + ATTEMPTS))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert plain_label("$x^2$") == r"\$x^2\$"
    assert "\x1b" not in plain_label(EVIL)
    save_report_plot(build_report([]), tmp_path / "empty.png")
    assert (tmp_path / "empty.png").read_bytes().startswith(b"\x89PNG")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert build_demo_gradebook(path, seed=0) == 48  # 36 exercises and simulations, 12 tests
    return path


def test_demo_gradebook_is_seeded_and_idempotent(demo_db, tmp_path):
    assert build_demo_gradebook(demo_db, seed=0) == 0
    again = tmp_path / "again.db"
    build_demo_gradebook(again, seed=0)
    with Gradebook.open(demo_db) as a, Gradebook.open(again) as b:
        assert [(x.trainee, x.item, x.score, x.recorded_at) for x in a.attempts()] == \
               [(x.trainee, x.item, x.score, x.recorded_at) for x in b.attempts()]


def test_report_cli_text_json_and_plot(demo_db, tmp_path, capsys):
    plot = tmp_path / "report.png"
    assert main(["report", "--db", str(demo_db), "--plot", str(plot)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Class report: 6 trainees, 48 attempts (2024-03-04 to 2024-03-07)")
    assert "weakest topics" in out and "Sam <Sales> O'Neil" in out
    assert plot.read_bytes().startswith(b"\x89PNG") and "plot written to" in err
    assert main(["report", "--db", f"sqlite:///{demo_db}", "--json", "--trainee", "Ana Souza"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["filters"] == {"trainee": "Ana Souza"}
    assert [t["trainee"] for t in data["trainees"]] == ["Ana Souza"]
    assert {"weakest_topics", "progress", "items"} <= set(data)
    shares = [t["share_lost"] for t in data["weakest_topics"]]
    assert shares == sorted(shares, reverse=True)


def test_report_cli_without_a_gradebook_exits_2(tmp_path, capsys):
    assert main(["report", "--db", str(tmp_path / "none.db")]) == 2
    assert "no gradebook at" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_instructor_dashboard_filters(tmp_path):
    from coursekit.widgets.instructor import InstructorDashboard

    demo_db = tmp_path / "demo.db"
    build_demo_gradebook(demo_db, seed=0)
    board = InstructorDashboard(demo_db)
    assert board.report.attempts == 48
    assert "Pre-test and final check" in board.tables.value and len(board.report.gains) == 6
    names = [value for _, value in board.trainee.options]
    assert "Sam <Sales> O'Neil" in names
    assert "Sam &lt;Sales&gt; O&#x27;Neil" in board.tables.value and "<Sales>" not in board.tables.value
    board.trainee.value = "Ana Souza"
    assert board.report.filters == {"trainee": "Ana Souza"} and board.report.attempts == 8
    board.topic.value = "service"
    assert board.report.filters == {"trainee": "Ana Souza", "topic": "service"}
    assert [r.topic for r in board.report.topics] == ["service"]
    assert board.plot.png.startswith(b"\x89PNG") and 'alt="Class report chart' in board.plot.value
    with Gradebook.open(demo_db) as book:
        book.record("Zed", "ex01_need_levels", "exercise", 1, 11, {"q1": part(1, 1, "service")})
    board.reload_button.click()
    assert "Zed" in [value for _, value in board.trainee.options]
    assert board.trainee.value == "Ana Souza" and board.topic.value == "service"
    assert repr(board) == "<instructor dashboard: filter the class report by trainee and topic>"


# -- review items 4, 5, 11 and 15 ------------------------------------------------------


def test_demo_outcomes_are_the_simulators_outcomes(demo_db):
    from coursekit.sim.scenario import OUTCOMES

    with Gradebook.open(demo_db, create=False) as book:
        outcomes = {a.outcome for a in book.attempts(item_kind="scenario")}
    assert outcomes and outcomes <= set(OUTCOMES)


def test_report_never_writes_to_a_database_that_is_not_a_gradebook(tmp_path, capsys):
    import sqlite3

    path = tmp_path / "recipes.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert main(["report", "--db", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == f"coursekit report: not a coursekit gradebook (no attempts table): {path}\n"
    assert path.read_bytes() == before
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["recipes"]
    conn.close()


def test_report_create_makes_an_empty_gradebook_once_asked(tmp_path, capsys):
    path = tmp_path / "new.db"
    assert main(["report", "--db", str(path), "--create"]) == 0
    assert capsys.readouterr().out.endswith("No attempts recorded yet.\n")
    assert main(["report", "--db", str(path)]) == 0  # now it is a gradebook


@pytest.mark.parametrize("db", ["", "postgresql://u:s3cret@[bad/db"])
def test_report_refuses_an_empty_or_malformed_db_in_one_line(db, capsys):
    assert main(["report", "--db", db]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err and "s3cret" not in err


def test_report_trainee_is_cleaned_like_recorded_names(demo_db, capsys):
    assert main(["report", "--db", str(demo_db), "--json", "--trainee", "  Ana   Souza "]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["filters"] == {"trainee": "Ana Souza"} and data["attempts"] == 8  # 6 exercises and simulations, 2 tests
    assert [g["trainee"] for g in data["pre_post"]] == ["Ana Souza"]
    assert build_report(ATTEMPTS, trainee=" Ben ").attempts == 1
    assert main(["report", "--db", str(demo_db), "--trainee", "   "]) == 2
    assert "--trainee: a trainee name is required" in capsys.readouterr().err


def test_report_unknown_topic_exits_2_with_a_suggestion(demo_db, tmp_path, capsys):
    assert main(["report", "--db", str(demo_db), "--topic", "servce"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "unknown topic 'servce' (did you mean 'service'?)" in err
    # a course topic nobody has points in yet is a valid (empty) filter
    assert main(["report", "--db", str(demo_db), "--topic", "retail_accounts"]) == 0
    assert "No attempts match topic 'retail_accounts'." in capsys.readouterr().out
    # and so is a topic outside the course vocabulary that the gradebook holds
    db = tmp_path / "custom.db"
    with Gradebook.open(db) as book:
        book.record("Ana", "sim9", "scenario", 5, 10, {"x": part(5, 10, "some_new_criterion")})
    assert main(["report", "--db", str(db), "--topic", "some_new_criterion", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["attempts"] == 1


def test_an_empty_filtered_report_says_what_matched_nothing(demo_db, capsys):
    assert main(["report", "--db", str(demo_db), "--trainee", "Nobody", "--topic", "service"]) == 0
    out = capsys.readouterr().out
    assert "No attempts match trainee 'Nobody' and topic 'service'." in out
    assert "No attempts recorded yet" not in out
    html = report_html(build_report(ATTEMPTS, trainee="<Zed>"))
    assert "No attempts match trainee &#x27;&lt;Zed&gt;&#x27;" in html


def test_dashboard_reads_only_and_shows_why_it_cannot(tmp_path):
    import sqlite3

    from coursekit.widgets.instructor import InstructorDashboard

    missing = tmp_path / "none.db"
    board = InstructorDashboard(missing)
    assert "no gradebook at" in board.tables.value and board.report is None
    assert not missing.exists()
    path = tmp_path / "recipes.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    board = InstructorDashboard(path)
    assert "not a coursekit gradebook (no attempts table)" in board.tables.value
    assert board.plot.layout.display == "none" and path.read_bytes() == before
