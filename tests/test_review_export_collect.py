"""Instructor review (one attempt, a corrected mark beside the automatic one), the LMS
export, and collecting submissions from home folders without following links."""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

from coursekit.cli import main
from coursekit.exercises import check_answers
from coursekit.exercises.build import make_notebook
from coursekit.gradebook import Gradebook, record_exercise, record_simulation
from coursekit.gradebook.report import build_report

EX = "ex01_need_levels"
ROOT = Path(__file__).resolve().parent.parent


def class_gradebook(path: Path) -> Path:
    result = check_answers(EX, q1="service", q2="$x^2$ <b>bold</b>")
    record_exercise("Ana Souza", EX, result, str(path))
    report = {"total": 62, "summary": "You found the need but pitched early.", "practise_next": "open questions",
              "criteria": [{"id": "open_questions", "name": "Share of open questions", "score": 9, "maximum": 15}]}
    transcript = [{"speaker": "customer", "text": "We lose a day each month-end."},
                  {"speaker": "trainee", "text": "What happens on that day?"}]
    record_simulation("ana.souza", "erp_month_end", report, "open", str(path), transcript=transcript)
    record_exercise("Ben", EX, check_answers(EX, q1="product"), str(path))
    return path


def test_an_attempt_shows_answers_feedback_transcript_and_debrief(tmp_path, capsys):
    db = class_gradebook(tmp_path / "class.db")
    assert main(["review", "--db", str(db), "--trainee", "ana souza"]) == 0
    listing = capsys.readouterr().out
    assert f"Gradebook: {db}" in listing and "exercise ex01_need_levels" in listing and "Ben" not in listing
    assert main(["review", "1", "--db", str(db)]) == 0
    shown = capsys.readouterr().out
    assert "answer: service" in shown and "answer: $x^2$ <b>bold</b>" in shown and "feedback:" in shown
    assert main(["review", "2", "--db", str(db)]) == 0
    shown = capsys.readouterr().out
    assert "trainee: What happens on that day?" in shown and "customer: We lose a day each month-end." in shown
    assert "Share of open questions  9/15" in shown and "summary: You found the need but pitched early." in shown


def test_a_corrected_mark_keeps_the_automatic_one_and_counts_in_reports(tmp_path, capsys):
    db = class_gradebook(tmp_path / "class.db")
    with Gradebook.open(db) as book:
        automatic = book.attempts()[0].score
    assert main(["review", "1", "--db", str(db), "--score", "9"]) == 2  # a correction says why
    assert main(["review", "1", "--db", str(db), "--score", "99", "--comment", "x"]) == 2  # over the maximum
    assert "between 0 and the maximum" in capsys.readouterr().err
    assert main(["review", "1", "--db", str(db), "--score", "9", "--comment", "q2 is a fair answer"]) == 0
    shown = capsys.readouterr().out
    assert f"mark: 9/11 (automatic {automatic:g}; corrected by the instructor)" in shown
    assert "instructor's comment: q2 is a fair answer" in shown
    with Gradebook.open(db, create=False) as book:
        attempts = book.attempts()
    ana = build_report(attempts).trainees[0]
    assert (ana.trainee, ana.score, ana.overridden) == ("Ana Souza", 9, 1)


def test_the_lms_export_has_one_row_per_trainee_and_one_column_per_item(tmp_path, capsys):
    db = class_gradebook(tmp_path / "class.db")
    out = tmp_path / "lms.csv"
    assert main(["export", "--db", str(db), "--out", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text())))
    assert rows[0] == ["username", "ex01_need_levels [11]", "erp_month_end [100]", "exercises total [11]"]
    assert rows[1][0] == "Ana Souza" and rows[1][2] == "62" and rows[2][0] == "Ben" and rows[2][2] == ""
    assert "2 trainee(s), 2 item(s)" in capsys.readouterr().err


def test_collect_copies_regular_notebooks_and_follows_no_link(tmp_path):
    homes = tmp_path / "home"
    ana = homes / "jupyter-ana" / "coursekit" / "exercises"
    ana.mkdir(parents=True)
    (ana / f"{EX}.ipynb").write_text(__import__("json").dumps(make_notebook(EX, solution=True)))
    (homes / "jupyter-eve" / "coursekit").mkdir(parents=True)
    os.symlink(ana, homes / "jupyter-eve" / "coursekit" / "exercises")  # Ana's work as Eve's
    bob = homes / "jupyter-bob" / "coursekit" / "exercises"
    bob.mkdir(parents=True)
    os.mkfifo(bob / f"{EX}.ipynb")
    os.symlink(ana / f"{EX}.ipynb", bob / "ex02_temperaments.ipynb")
    os.symlink("/", homes / "jupyter-root")
    to = tmp_path / "submitted"
    done = subprocess.run([sys.executable, "-m", "coursekit", "collect", str(homes), "--to", str(to),
                           "--prefix", "jupyter-"], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert sorted(p.relative_to(to).as_posix() for p in to.rglob("*.ipynb")) == [f"ana/{EX}.ipynb"]
    assert "jupyter-eve/coursekit/exercises: skipped, a symbolic link on the way" in done.stderr
    assert "jupyter-root/coursekit/exercises: skipped, a symbolic link on the way" in done.stderr
    assert f"jupyter-bob/coursekit/exercises/{EX}.ipynb: skipped, is a FIFO" in done.stderr
    assert "ex02_temperaments.ipynb: skipped, is a symbolic link (not followed)" in done.stderr
    assert main(["grade", str(to), "--db", str(tmp_path / "class.db")]) == 0


def test_the_dashboard_reviews_and_corrects_an_attempt(tmp_path):
    from coursekit.widgets.instructor import instructor_dashboard

    db = class_gradebook(tmp_path / "class.db")
    board = instructor_dashboard(str(db))
    board.trainee.value = "Ana Souza"
    review = board.review
    assert [value for _, value in review.attempt.options] == [2, 1]
    assert "What happens on that day?" in review.shown.value and "mathjax_ignore" in review.shown.value
    review.attempt.value = 1
    assert "&lt;b&gt;bold&lt;/b&gt;" in review.shown.value and "<b>bold</b>" not in review.shown.value
    review.score.value, review.comment.value = 99, "too generous"
    review.correct()
    assert "Not saved" in review.status.value
    review.score.value, review.comment.value = 9, "q2 is a fair answer"
    review.correct()
    assert "counts 9" in review.status.value
    assert board.report.trainees[0].score == 9 and "automatic" in review.shown.value
