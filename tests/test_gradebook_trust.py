"""A gradebook an instructor can trust: one per course, no secret printed, no row that
breaks a report, no forged score, one trainee however the name is spelt."""
from __future__ import annotations

import json
import math
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from coursekit.cli import main
from coursekit.gradebook import Gradebook, default_url, name_key, record_simulation
from coursekit.gradebook.book import Attempt
from coursekit.gradebook.report import build_report, report_html

ROOT = Path(__file__).resolve().parent.parent
PART = {"q1": {"score": 1, "max_score": 2, "topic": "service", "status": "partial"}}


@pytest.mark.parametrize("url", [
    "postgresql://u:SECRET@[::1]x:5432/db",
    "postgresql://u:SECRET%zz@127.0.0.1:1/db",
    "postgresql://u:SECRET%00@127.0.0.1:1/db",
    "postgresql://u:SECRET and more@127.0.0.1:1/db",
    "host=127.0.0.1 port=1 dbname=x password=SECRET",
    "host=127.0.0.1 port=1 dbname=x password='SECRET and more'",
])
def test_a_password_is_never_printed(url, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    for command in (["report", "--db", url], ["grade", str(tmp_path), "--db", url]):
        code = main(command)
        out, err = capsys.readouterr()
        assert code == 2 and err.startswith(f"coursekit {command[0]}: ")
        assert "SECRET" not in out + err and "more" not in out + err
    assert list(tmp_path.iterdir()) == [], "a libpq string is never taken for a file name"


def test_an_in_memory_gradebook_is_refused(capsys):
    assert main(["report", "--db", ":memory:", "--create"]) == 2
    assert "an in-memory gradebook loses every attempt" in capsys.readouterr().err


def test_a_relative_coursekit_db_is_one_file_whatever_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEKIT_DB", "class.db")
    monkeypatch.chdir(ROOT / "notebooks")
    from_notebooks = default_url()
    monkeypatch.chdir(tmp_path)  # a shell outside the course: still the course's gradebook
    assert default_url() == from_notebooks == str(ROOT / "class.db")
    monkeypatch.delenv("COURSEKIT_DB")
    assert default_url() == str(ROOT / "coursekit.db")
    monkeypatch.setenv("COURSEKIT_DB", str(tmp_path / "abs.db"))
    assert default_url() == str(tmp_path / "abs.db")


def test_look_alike_names_are_one_trainee(tmp_path):
    spellings = ["Jos\u00e9 Ruiz", "Jose\u0301 Ruiz", "Jos\u00e9\u200b Ruiz", "\uff2a\uff4f\uff53\u00e9 Ruiz",
                 "Jos\u00e9\u00ad Ruiz\ufeff"]
    assert len({name_key(n) for n in spellings}) == 1
    with Gradebook.open(tmp_path / "g.db") as book:
        for number, name in enumerate(spellings):
            book.record(name, "ex01", "exercise", 1, 2, PART, fingerprint=str(number))
        assert {a.trainee for a in book.attempts()} == {"Jos\u00e9 Ruiz"}
        report = build_report(book.attempts())
    assert [r.trainee for r in report.trainees] == ["Jos\u00e9 Ruiz"]


@pytest.mark.parametrize("score, maximum", [(3, 2), (-1, 2), (1e308, 1e308), (math.nan, 2), (1, math.inf),
                                            ("lots", 2)])
def test_a_forged_score_is_refused(tmp_path, score, maximum):
    with Gradebook.open(tmp_path / "g.db") as book:
        with pytest.raises(ValueError):
            book.record("eve", "ex01", "exercise", score, maximum, PART)
        assert book.count() == 0


@pytest.mark.parametrize("values", [
    "'eve', 'ex01', 'exercise', 'abc', 2, '{}'",
    "'eve', 'ex01', 'exercise', 9, 2, '{}'",
    "'eve', 'ex01', 'exercise', 1e308, 1e308, '{}'",
    "'eve', 'ex01', 'exercise', 1, 2, 'not json'",
    "'eve', 'ex01', 'exercise', 1, 2, '[1]'",
    "'eve', 'ex01', 'nonsense', 1, 2, '{}'",
])
def test_the_database_refuses_a_bad_row_inserted_by_hand(tmp_path, values):
    with Gradebook.open(tmp_path / "g.db") as book:
        with pytest.raises(sqlite3.IntegrityError):
            book.backend.execute("INSERT INTO attempts (trainee, item, item_kind, score, max_score, detail, "
                                 f"recorded_at) VALUES ({values}, '2024-03-04T09:00:00Z')")


def old_gradebook(path: Path) -> Path:
    """A gradebook made before the constraints, holding one good row and every kind of bad one."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE attempts (id INTEGER PRIMARY KEY AUTOINCREMENT, trainee TEXT NOT NULL, "
                 "item TEXT NOT NULL, item_kind TEXT NOT NULL, score DOUBLE PRECISION NOT NULL, "
                 "max_score DOUBLE PRECISION NOT NULL, outcome TEXT, detail TEXT NOT NULL, "
                 "recorded_at TEXT NOT NULL, fingerprint TEXT)")
    rows = [
        ("ana", 1, 2, json.dumps(PART)),
        ("eve", "lots", 2, "{}"),
        ("eve", float("inf"), float("inf"), "{}"),
        ("eve", 1, 2, "{not json"),
        ("eve", 1, 2, '{"q1": {"score": NaN, "max_score": 2}}'),
        ("eve", 1, 2, '{"q1": 5}'),
        ("eve", 1e308, 1e308, "{}"),
    ]
    for trainee, score, maximum, detail in rows:
        conn.execute("INSERT INTO attempts (trainee, item, item_kind, score, max_score, detail, recorded_at) "
                     "VALUES (?, 'ex01', 'exercise', ?, ?, ?, '2024-03-04T09:00:00Z')",
                     (trainee, score, maximum, detail))
    conn.commit()
    conn.close()
    return path


def test_report_json_plot_and_dashboard_survive_and_name_malformed_rows(tmp_path, capsys):
    db = old_gradebook(tmp_path / "old.db")
    assert main(["report", "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert "Class report: 1 trainee, 1 attempt" in out and f"Gradebook: {db}" in out
    for why in ("row 2: score is not a number (str)", "row 3: score is not a finite number (inf)",
                "row 4: detail is not JSON", "row 5: detail is not JSON", "row 6: detail of 'q1' is not an object",
                "row 7: max_score 1e+308 is over 1000000"):
        assert why in out and why in err
    assert main(["report", "--db", str(db), "--json", "--plot", str(tmp_path / "r.png")]) == 0
    data = json.loads(capsys.readouterr().out, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    assert data["attempts"] == 1 and len(data["skipped_rows"]) == 6 and data["gradebook"] == str(db)
    assert (tmp_path / "r.png").stat().st_size > 0
    from coursekit.widgets.instructor import instructor_dashboard

    board = instructor_dashboard(str(db))
    assert board.report.attempts == 1 and "row 4: detail is not JSON" in board.tables.value


def test_a_plot_into_a_missing_folder_fails_before_printing(tmp_path, capsys):
    db = tmp_path / "g.db"
    with Gradebook.open(db) as book:
        book.record("ana", "ex01", "exercise", 1, 2, PART)
    assert main(["report", "--db", str(db), "--plot", str(tmp_path / "nowhere" / "r.png")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "folder" in err and "does not exist" in err


def test_exercises_and_simulations_are_reported_apart_in_whole_points():
    attempts = [Attempt("ana", "ex01", "exercise", 7, 11, PART, "2024-03-04T09:00:00Z", id=1),
                Attempt("ana", "sim1", "scenario", 214.67 - 100, 219 - 100 + 0.0, {}, "2024-03-04T10:00:00Z", id=2)]
    text = build_report(attempts).to_text()
    header, row = [line for line in text.splitlines() if line.startswith(("trainee", "ana"))]
    assert "exercise points" in header and "simulations %" in header
    assert row.split()[1:3] == ["7/11", "96"], row


def test_trainee_text_is_never_typeset_as_math():
    from coursekit.exercises import check_answers

    report = build_report([Attempt("$x^2$ \\(y\\)", "ex01", "exercise", 1, 2, PART, "2024-03-04T09:00:00Z")])
    page = report_html(report)
    assert 'class="coursekit-report tex2jax_ignore mathjax_ignore"' in page and "$x^2$" in page
    result = check_answers("ex01_need_levels", q1="$$\\frac{1}{2}$$")
    assert 'class="coursekit-exercise-result tex2jax_ignore mathjax_ignore"' in result._repr_html_()


def test_the_report_is_linear_in_the_attempts(monkeypatch):
    import coursekit.gradebook.report as report_module

    calls = []
    real = report_module.name_key
    monkeypatch.setattr(report_module, "name_key", lambda name: calls.append(1) or real(name))
    attempts = [Attempt(f"trainee {t}", f"ex0{e}", "exercise", 1, 2, PART, f"2024-03-0{1 + e}T09:00:00Z")
                for t in range(300) for e in range(3)]
    build_report(attempts)
    assert len(calls) <= 2 * len(attempts), "each name is normalised a fixed number of times"


def test_a_locked_gradebook_keeps_the_attempt_and_saves_it_later(tmp_path):
    from coursekit.gradebook import record as record_module

    db = tmp_path / "g.db"
    Gradebook.open(db).close()
    locker = sqlite3.connect(db, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    report = {"total": 70, "criteria": [{"id": "open_questions", "name": "Open", "score": 10, "maximum": 15}]}
    start = time.monotonic()
    with pytest.raises(record_module.SavedLater, match="kept and will be saved"):
        record_simulation("ana", "haulage_fuel", report, "won", str(db),
                          transcript=[{"speaker": "trainee", "text": "What matters most to you?"}])
    assert time.monotonic() - start < 10, "the simulator is never frozen for a minute"
    assert record_module.pending() == 1
    locker.execute("COMMIT")
    locker.close()
    deadline = time.monotonic() + 30
    while record_module.pending() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert record_module.pending() == 0
    with Gradebook.open(db) as book:
        (attempt,) = book.attempts()
    assert attempt.score == 70 and attempt.detail["transcript"]["turns"][0]["text"] == "What matters most to you?"
    assert threading.active_count() >= 1


def test_a_report_reads_a_wal_gradebook_in_a_folder_it_cannot_write():
    """Read-only access (e.g. a teaching assistant's account) to a WAL file: no -shm can be made."""
    import os
    import shutil
    import subprocess
    import sys
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="coursekit-ro-"))
    try:
        with Gradebook.open(folder / "g.db") as book:
            book.record("ana", "ex01", "exercise", 1, 2, PART)
        assert not (folder / "g.db-shm").exists()
        folder.chmod(0o555)
        (folder / "g.db").chmod(0o444)
        command = [sys.executable, "-m", "coursekit", "report", "--db", str(folder / "g.db")]
        if os.geteuid() == 0:  # root writes anywhere: read as an ordinary account instead
            command = ["runuser", "-u", "nobody", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=tempfile.gettempdir())
        assert done.returncode == 0, done.stderr
        assert "Class report: 1 trainee, 1 attempt" in done.stdout
        assert sorted(p.name for p in folder.iterdir()) == ["g.db"], "nothing written beside it"
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)
