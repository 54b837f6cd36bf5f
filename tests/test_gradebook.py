"""Gradebook: URLs and defaults, recording exercises and simulations (SQLite)."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from coursekit.exercises import check_answers, load_key
from coursekit.gradebook import Gradebook, GradebookError, default_url, record_exercise, record_simulation
from coursekit.gradebook.book import answers_fingerprint, clean_name
from coursekit.gradebook.db import course_folder, parse_url
from coursekit.gradebook.record import simulation_detail

EX = "ex01_need_levels"


def key_answers() -> dict:
    return {q.id: q.answer for q in load_key(EX).questions}


@pytest.mark.parametrize("url, backend, location", [
    ("class.db", "sqlite", "class.db"),
    ("/srv/course/class.db", "sqlite", "/srv/course/class.db"),
    ("sqlite:///class.db", "sqlite", "class.db"),
    ("sqlite:////srv/class.db", "sqlite", "/srv/class.db"),
    ("postgresql://u:p@db:5432/course", "postgresql", "postgresql://u:p@db:5432/course"),
    ("postgres://db/course", "postgresql", "postgres://db/course"),
])
def test_parse_url(url, backend, location):
    target = parse_url(url)
    assert (target.backend, target.location) == (backend, location)


def test_password_is_hidden_in_descriptions():
    assert parse_url("postgresql://u:s3cret@db/course").describe() == "postgresql://u:***@db/course"


@pytest.mark.parametrize("location, shown", [
    ("postgresql://u:s3cret@[bad/db", "postgresql://u:***@[bad/db"),  # urlsplit raises on this one
    ("postgresql://u:s3c@r/et@db:5432/course", "postgresql://u:***@db:5432/course"),
    ("postgresql://u@db/course?sslmode=require&password=s3cret", "postgresql://u@db/course?sslmode=require&password=***"),
    ("postgresql://db/course?PASSWORD=s3cret#x", "postgresql://db/course?PASSWORD=***#x"),
    ("postgresql://db:5432/course", "postgresql://db:5432/course"),
])
def test_describe_never_raises_and_never_shows_a_password(location, shown):
    from coursekit.gradebook.db import Target

    assert Target("postgresql", location).describe() == shown


def test_a_malformed_postgresql_url_is_a_gradebook_error_without_the_password():
    with pytest.raises(GradebookError) as err:
        parse_url("postgresql://u:s3cret@[bad/db")
    assert "malformed PostgreSQL URL" in str(err.value) and "s3cret" not in str(err.value)


@pytest.mark.parametrize("url", ["", "   "])
def test_an_empty_url_is_refused(url):
    with pytest.raises(GradebookError, match="empty"):
        parse_url(url)


# -- read-only opening: reports never create or change anything (review item 5) --------


def _foreign_db(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()
    return path.read_bytes()


def test_read_only_open_of_a_missing_file_creates_nothing(tmp_path):
    with pytest.raises(GradebookError, match="no gradebook at"):
        Gradebook.open(tmp_path / "none.db", create=False)
    assert list(tmp_path.iterdir()) == []


def test_read_only_open_of_another_database_leaves_it_untouched(tmp_path):
    path = tmp_path / "recipes.db"
    before = _foreign_db(path)
    with pytest.raises(GradebookError, match=r"not a coursekit gradebook \(no attempts table\): .*recipes.db"):
        Gradebook.open(path, create=False)
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["recipes.db"]


def test_read_only_open_reads_a_gradebook_and_cannot_write(tmp_path):
    path = tmp_path / "class.db"
    with Gradebook.open(path) as book:
        book.record("Ana", EX, "exercise", 1, 2, {})
    with Gradebook.open(path, create=False) as book:
        assert [a.trainee for a in book.attempts()] == ["Ana"]
        with pytest.raises(GradebookError, match="readonly"):
            book.record("Ben", EX, "exercise", 1, 2, {})
    with Gradebook.open(path) as book:
        assert book.count() == 1


@pytest.mark.parametrize("url", ["mysql://db/course", "sqlite://host/x.db", "sqlite:///"])
def test_bad_urls_are_clear_errors(url):
    with pytest.raises(GradebookError):
        parse_url(url)


def test_default_is_coursekit_db_in_the_course_folder(tmp_path, monkeypatch):
    (tmp_path / "course.py").write_text("")
    inner = tmp_path / "notebooks" / "instructor"
    inner.mkdir(parents=True)
    monkeypatch.delenv("COURSEKIT_DB", raising=False)
    monkeypatch.chdir(inner)
    assert course_folder() == tmp_path.resolve()
    assert default_url() == str(tmp_path.resolve() / "coursekit.db")
    with Gradebook.open() as book:
        book.record("Ana", EX, "exercise", 1, 11)
    assert (tmp_path / "coursekit.db").is_file()


def test_coursekit_db_overrides_the_default(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEKIT_DB", str(tmp_path / "elsewhere.db"))
    with Gradebook.open() as book:
        assert book.location == str(tmp_path / "elsewhere.db")


def test_sqlite_uses_wal(tmp_path):
    path = tmp_path / "g.db"
    Gradebook.open(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(GradebookError, match="does not exist"):
        Gradebook.open(tmp_path / "nope" / "g.db")


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "g.db"
    path.write_text("this is not sqlite" * 100)
    with pytest.raises(GradebookError, match="g.db"):
        Gradebook.open(path)


@pytest.mark.parametrize("name, cleaned", [("  Ana   Souza ", "Ana Souza"), ("Zoë", "Zoë")])
def test_clean_name(name, cleaned):
    assert clean_name(name) == cleaned


@pytest.mark.parametrize("name", ["", "   ", "x" * 101, None])
def test_bad_names_are_refused(name):
    with pytest.raises(ValueError):
        clean_name(name)


def test_record_exercise_keeps_per_question_detail_and_time(tmp_path):
    url = tmp_path / "g.db"
    result = check_answers(EX, **(key_answers() | {"q1": "product"}))
    before = datetime.now(timezone.utc).replace(microsecond=0)
    assert record_exercise("Ana", EX, result, db_url=url)
    with Gradebook.open(url) as book:
        (attempt,) = book.attempts()
    assert (attempt.item_kind, attempt.score, attempt.max_score) == ("exercise", 10, 11)
    assert {k: attempt.detail["q1"][k] for k in ("score", "max_score", "status", "topic", "answer")} == \
        {"score": 0.0, "max_score": 1.0, "status": "wrong", "topic": "service", "answer": "product"}
    assert attempt.detail["q8"]["topic"] == "questioning"
    stamp = datetime.strptime(attempt.recorded_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    assert before <= stamp <= before + timedelta(seconds=5)


def test_same_answers_are_recorded_once(tmp_path):
    url = tmp_path / "g.db"
    first = check_answers(EX, **key_answers())
    again = check_answers(EX, **key_answers())
    changed = check_answers(EX, **(key_answers() | {"q2": "service"}))
    assert record_exercise("Ana", EX, first, db_url=url)
    assert not record_exercise("Ana", EX, again, db_url=url)
    assert record_exercise("Ana", EX, changed, db_url=url)
    assert record_exercise("Ben", EX, first, db_url=url)
    with Gradebook.open(url) as book:
        assert book.count() == 3


def test_fingerprint_ignores_set_order():
    a = answers_fingerprint(EX, {"q6": {"b", "d", "a", "c"}, "q1": "x"})
    b = answers_fingerprint(EX, {"q1": "x", "q6": {"c", "a", "d", "b"}})
    assert a == b != answers_fingerprint(EX, {"q1": "x", "q6": ["c", "a", "d", "b"]})


def test_record_exercise_refuses_a_mismatched_result(tmp_path):
    with pytest.raises(ValueError):
        record_exercise("Ana", "ex02_other", check_answers(EX), db_url=tmp_path / "g.db")


REPORT = {
    "total": 62,
    "summary": "ok",
    "criteria": [
        {"id": "discovery_before_pitch", "name": "Discovery before pitching", "score": 20.0, "maximum": 23.5},
        {"id": "objections_tested", "name": "Objections tested, not argued", "score": 5.0, "maximum": 17.6},
        {"id": "calm_with_upset_customer", "name": "Calm", "score": 0.0, "maximum": 0.0, "applies": False},
        {"id": "brand_new_criterion", "name": "Something new", "score": 1.0, "maximum": 2.0},
    ],
}


def test_record_simulation_maps_criteria_to_topics(tmp_path):
    url = tmp_path / "g.db"
    assert record_simulation("Ana", "no_such_scenario", REPORT, "lost", db_url=url)
    with Gradebook.open(url) as book:
        (attempt,) = book.attempts(item_kind="scenario")
    assert (attempt.item, attempt.score, attempt.max_score, attempt.outcome) == ("no_such_scenario", 62, 100, "lost")
    assert attempt.detail["discovery_before_pitch"]["topic"] == "buying_mind"
    assert attempt.detail["objections_tested"]["topic"] == "objections"
    assert attempt.detail["brand_new_criterion"]["topic"] == "brand_new_criterion"
    assert "calm_with_upset_customer" not in attempt.detail
    # every finished simulation counts, even with the same score
    assert record_simulation("Ana", "no_such_scenario", REPORT, "lost", db_url=url)


def test_objection_criterion_takes_the_scenario_pattern():
    detail = simulation_detail(REPORT, objection_topic="too_expensive")
    assert detail["objections_tested"]["topic"] == "too_expensive"


def test_record_simulation_from_a_real_dialogue(tmp_path):
    from coursekit.scoring import score_dialogue

    report = score_dialogue([
        {"speaker": "customer", "text": "We need new printers for the office."},
        {"speaker": "trainee", "text": "What happens today when a printer breaks down?"},
        {"speaker": "customer", "text": "We wait a week for a repair."},
        {"speaker": "trainee", "text": "What else should we look at before we talk about models?"},
    ])
    assert record_simulation("Ana", "printer_demo", report.to_dict(), "follow_up", db_url=tmp_path / "g.db")
    with Gradebook.open(tmp_path / "g.db") as book:
        (attempt,) = book.attempts()
    assert attempt.score == report.total
    applying = {c.id for c in report.criteria if c.applies}
    assert set(attempt.detail) == applying
    # every lost point names a topic to practise, except where the customer ended up (no single topic)
    assert {cid for cid, d in attempt.detail.items() if not d["topic"]} <= {"customer_outcome"}


def test_record_simulation_from_a_played_session(tmp_path):
    from coursekit.sim import load_scenario, play_auto

    scenario_id = "drill_for_saturday"
    patterns = {o.pattern for o in load_scenario(scenario_id).objections}
    assert len(patterns) == 1, "pick a scenario with one objection pattern for this test"
    session = play_auto(scenario_id, mode="best")
    report = session.report().to_dict()
    assert record_simulation("Ana", scenario_id, report, session.outcome, db_url=tmp_path / "g.db")
    with Gradebook.open(tmp_path / "g.db") as book:
        (attempt,) = book.attempts()
    assert attempt.score == report["total"] and attempt.outcome == session.outcome
    topics = {d["topic"] for d in attempt.detail.values()}
    hidden_levels = {lvl for lvl, v in report["levels_uncovered"].items() if v["hidden"]}
    assert hidden_levels <= topics and patterns <= topics
    assert sum(d["score"] for d in attempt.detail.values()) == pytest.approx(
        sum(c["score"] for c in report["criteria"] if c["applies"]), abs=0.05)


def test_hidden_needs_split_per_level_adds_up():
    report = {
        "criteria": [{"id": "needs_uncovered", "name": "Hidden needs uncovered", "score": 25.0, "maximum": 40.0}],
        # 4 hidden needs: 2 service (1 uncovered), 1 success (uncovered), 1 product (only hinted: the rest)
        "levels_uncovered": {"service": {"hidden": 2, "uncovered": 1}, "success": {"hidden": 1, "uncovered": 1},
                             "product": {"hidden": 1, "uncovered": 0}},
    }
    detail = simulation_detail(report)
    assert {k: (d["topic"], d["score"], d["max_score"]) for k, d in detail.items()} == {
        "needs_uncovered:service": ("service", 12.5, 20.0),
        "needs_uncovered:success": ("success", 10.0, 10.0),
        "needs_uncovered:product": ("product", 2.5, 10.0),
    }
