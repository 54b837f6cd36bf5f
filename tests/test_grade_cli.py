"""`coursekit grade DIR`: CSV, gradebook records, bad files named, no code run."""
from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from coursekit.cli import main
from coursekit.cli.grade import Progress
from coursekit.exercises.build import typed_notebook as make_notebook
from coursekit.gradebook import Gradebook

EX = "ex01_need_levels"


def notebook(**sources: str) -> dict:
    nb = make_notebook(EX, solution=False)
    for cell in nb["cells"]:
        question = cell["metadata"].get("coursekit", {}).get("question")
        if question in sources:
            cell["source"] = sources[question]
    return nb


def write(path: Path, content: dict | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(content).encode())
    return path


@pytest.fixture
def classroom(tmp_path) -> Path:
    root = tmp_path / "submitted"
    write(root / "ana" / f"{EX}.ipynb", make_notebook(EX, solution=True))
    write(root / "ben" / f"{EX}.ipynb", notebook(q1="q1 = 'service'", q2="q2 = 'service'",
                                                 q6="q6 = ['b']"))
    write(root / "=cmd|calc" / f"{EX}.ipynb", notebook(q1="q1 = 'service'"))
    write(root / "ben" / "broken.ipynb", b'{"cells": [')
    write(root / "chen" / "holiday.ipynb",
          {"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    write(root / "chen" / ".ipynb_checkpoints" / f"{EX}-checkpoint.ipynb", b"not looked at")
    write(root / "stray.ipynb", make_notebook(EX, solution=True))
    return root


def grade(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(["grade", *args])
    out, err = capsys.readouterr()
    return code, out, err


def rows_of(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_grades_everything_gradable_and_names_bad_files(classroom, tmp_path, capsys):
    db = tmp_path / "class.db"
    code, out, err = grade([str(classroom), "--db", str(db)], capsys)
    assert code == 0
    rows = {(r["trainee"], r["file"]): r for r in rows_of(out)}
    assert list(rows_of(out)[0])[:6] == ["trainee", "exercise", "score", "max_score", "error", "file"]
    ana = rows[("ana", f"ana/{EX}.ipynb")]
    assert (ana["exercise"], ana["score"], ana["max_score"], ana["error"]) == (EX, "11", "11", "")
    assert ana[f"{EX}.q1"] == "1" and ana[f"{EX}.q8"] == "2"
    ben = rows[("ben", f"ben/{EX}.ipynb")]
    assert ben["score"] == "2" and ben[f"{EX}.q1"] == "1" and ben[f"{EX}.q2"] == "0" and ben[f"{EX}.q6"] == "1"
    broken = rows[("ben", "ben/broken.ipynb")]
    assert broken["score"] == "" and "not valid JSON" in broken["error"]
    foreign = rows[("chen", "chen/holiday.ipynb")]
    assert "not a coursekit exercise notebook" in foreign["error"]
    assert not any("checkpoint" in f for _, f in rows)
    assert not any("stray" in f for _, f in rows)
    assert f"{classroom / 'ben' / 'broken.ipynb'}: is corrupt" in err
    assert f"{classroom / 'chen' / 'holiday.ipynb'}: is not a coursekit" in err
    assert "stray.ipynb: skipped, not inside a trainee folder" in err
    assert "graded 3 notebook(s) of 3 trainee(s); 2 could not be graded" in err
    with Gradebook.open(db) as book:
        attempts = book.attempts()
    assert sorted((a.trainee, a.score) for a in attempts) == [("=cmd|calc", 1), ("ana", 11), ("ben", 2)]
    assert all(a.item == EX and a.detail["q1"]["topic"] == "service" for a in attempts)


def test_csv_cells_never_start_a_formula(classroom, tmp_path, capsys):
    code, out, _ = grade([str(classroom), "--no-record"], capsys)
    assert code == 0
    trainees = {r["trainee"] for r in rows_of(out)}
    assert "'=cmd|calc" in trainees and "=cmd|calc" not in trainees


def test_regrading_the_same_submissions_records_nothing_new(classroom, tmp_path, capsys):
    db = tmp_path / "class.db"
    out_csv = tmp_path / "grades.csv"
    assert grade([str(classroom), "--db", str(db), "--out", str(out_csv)], capsys)[0] == 0
    code, out, err = grade([str(classroom), "--db", str(db), "--out", str(out_csv)], capsys)
    assert code == 0 and out == ""
    assert "0 new attempt(s) recorded" in err and f"grades written to {out_csv}" in err
    assert len(rows_of(out_csv.read_text())) == 5
    with Gradebook.open(db) as book:
        assert book.count() == 3


def test_no_trainee_code_runs(tmp_path, capsys):
    marker = tmp_path / "ran"
    root = tmp_path / "submitted"
    write(root / "eve" / f"{EX}.ipynb", notebook(
        q1=f"import os\nos.system('touch {marker}')\nq1 = 'service'",
        q2=f"q2 = open({str(marker)!r}, 'w').write('x')",
    ))
    code, out, _ = grade([str(root), "--no-record"], capsys)
    assert code == 0 and not marker.exists()
    (row,) = rows_of(out)
    assert (row[f"{EX}.q1"], row[f"{EX}.q2"], row["score"]) == ("1", "0", "1")


def test_missing_folder_exits_2(tmp_path, capsys):
    code, _, err = grade([str(tmp_path / "nope"), "--no-record"], capsys)
    assert code == 2 and "is not a folder" in err


def test_unopenable_gradebook_exits_2(classroom, tmp_path, capsys):
    code, out, err = grade([str(classroom), "--db", str(tmp_path / "no" / "dir" / "g.db")], capsys)
    assert code == 2 and out == "" and "does not exist" in err and "Traceback" not in err


def test_progress_bar_only_on_a_terminal():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty, pipe = Tty(), io.StringIO()
    for stream in (tty, pipe):
        bar = Progress(4, stream)
        bar.update(2, "ana/ex01.ipynb")
        bar.close()
    assert "[###############...............] 2/4 ana/ex01.ipynb" in tty.getvalue()
    assert pipe.getvalue() == ""


def test_cli_progress_on_a_real_terminal_and_quiet_on_a_pipe(classroom):
    command = [sys.executable, "-m", "coursekit", "grade", str(classroom), "--no-record"]
    piped = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0 and "[#" not in piped.stderr and "/5 " not in piped.stderr
    leader, follower = pty.openpty()
    try:
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=follower, timeout=120)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    terminal = b"".join(chunks).decode("utf-8", "replace")
    assert result.returncode == 0
    assert "5/5" in terminal and "[" + "#" * 30 + "]" in terminal
    assert result.stdout.decode().startswith("trainee,exercise,score,max_score,error,file")


# -- one bad file never ends the run (review item 1) -----------------------------------


def test_a_notebook_nested_too_deeply_is_its_rows_error_not_a_crash(tmp_path, capsys):
    root = tmp_path / "submitted"
    write(root / "ana" / f"{EX}.ipynb", make_notebook(EX, solution=True))
    write(root / "mal" / f"{EX}.ipynb", b'{"cells": ' + b"[" * 100_000)
    write(root / "zoe" / f"{EX}.ipynb", make_notebook(EX, solution=True))
    db = tmp_path / "class.db"
    code, out, err = grade([str(root), "--db", str(db)], capsys)
    assert code == 0 and "Traceback" not in err
    rows = {r["trainee"]: r for r in rows_of(out)}
    assert rows["mal"]["score"] == "" and rows["mal"]["error"] == "is corrupt: nested too deeply"
    assert rows["ana"]["score"] == rows["zoe"]["score"] == "11"
    assert f"{root / 'mal' / f'{EX}.ipynb'}: is corrupt: nested too deeply" in err
    with Gradebook.open(db) as book:
        assert sorted(a.trainee for a in book.attempts()) == ["ana", "zoe"]


def test_an_oversized_notebook_is_refused_unread(tmp_path, capsys, monkeypatch):
    import coursekit.exercises.notebook as notebook_module

    monkeypatch.setattr(notebook_module, "MAX_NOTEBOOK_BYTES", 2_000)
    root = tmp_path / "submitted"
    write(root / "ana" / f"{EX}.ipynb", make_notebook(EX, solution=True))  # far over 2,000 bytes
    code, out, err = grade([str(root), "--no-record"], capsys)
    assert code == 0
    (row,) = rows_of(out)
    assert row["score"] == "" and row["error"].startswith("is too large to grade (over 0.002 MB")


def test_an_unexpected_error_in_one_file_becomes_its_row_error(tmp_path, capsys, monkeypatch):
    import coursekit.exercises as exercises

    real = exercises.grade_notebook

    def flaky(path, **options):
        if "mal" in str(path):
            raise RuntimeError("something nobody\nforesaw")
        return real(path, **options)

    monkeypatch.setattr(exercises, "grade_notebook", flaky)
    root = tmp_path / "submitted"
    for trainee in ("ana", "mal", "zoe"):
        write(root / trainee / f"{EX}.ipynb", make_notebook(EX, solution=True))
    db = tmp_path / "class.db"
    code, out, err = grade([str(root), "--db", str(db)], capsys)
    assert code == 0 and "Traceback" not in err
    rows = {r["trainee"]: r for r in rows_of(out)}
    assert rows["mal"]["error"] == "could not be graded (RuntimeError: something nobody foresaw)"
    assert rows["ana"]["score"] == rows["zoe"]["score"] == "11"
    with Gradebook.open(db) as book:
        assert book.count() == 2


def test_an_answer_that_cannot_be_recorded_is_graded_and_named(tmp_path, capsys, monkeypatch):
    import coursekit.gradebook.record as record

    def broken(*_args, **_kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(record, "record_exercise", broken)
    root = tmp_path / "submitted"
    write(root / "ana" / f"{EX}.ipynb", make_notebook(EX, solution=True))
    code, out, err = grade([str(root), "--db", str(tmp_path / "class.db")], capsys)
    assert code == 0
    (row,) = rows_of(out)
    assert row["score"] == "11" and row["error"].startswith("graded but not recorded (RecursionError")


# -- columns per exercise and question (review item 15) --------------------------------


def test_question_columns_are_named_by_exercise_so_exercises_never_share_one(tmp_path, capsys):
    root = tmp_path / "submitted"
    write(root / "ana" / f"{EX}.ipynb", make_notebook(EX, solution=True))
    write(root / "ana" / "ex02_temperaments.ipynb", make_notebook("ex02_temperaments", solution=True))
    code, out, _ = grade([str(root), "--no-record"], capsys)
    assert code == 0
    header = out.splitlines()[0].split(",")
    assert f"{EX}.q1" in header and "ex02_temperaments.q1" in header and "q1" not in header
    rows = {r["exercise"]: r for r in rows_of(out)}
    assert rows[EX][f"{EX}.q1"] == "1" and rows[EX]["ex02_temperaments.q1"] == ""
    assert rows["ex02_temperaments"][f"{EX}.q1"] == "" and rows["ex02_temperaments"]["ex02_temperaments.q1"] != ""


# -- the output file is checked before grading (review item 12) ------------------------


@pytest.mark.parametrize("out_name,needle", [
    ("missing-folder/grades.csv", "does not exist"),
    (".", "it is a folder"),
])
def test_an_unwritable_output_is_refused_before_anything_is_graded(classroom, tmp_path, capsys, out_name, needle):
    db = tmp_path / "class.db"
    code, out, err = grade([str(classroom), "--db", str(db), "--out", str(tmp_path / out_name)], capsys)
    assert code == 2 and out == "" and needle in err and "Traceback" not in err
    assert "graded" not in err and not db.exists(), "nothing graded, nothing recorded"


# -- gradebook URLs (review item 4) ----------------------------------------------------


def test_a_malformed_postgresql_url_is_one_line_exit_2_without_the_password(classroom, capsys):
    code, out, err = grade([str(classroom), "--db", "postgresql://u:s3cret@[bad/db"], capsys)
    assert code == 2 and out == "" and "Traceback" not in err
    assert err.count("\n") == 1 and "malformed PostgreSQL URL" in err and "s3cret" not in err
