"""Hostile or odd submissions: capped, never followed, never hanging, never losing the CSV."""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path


from coursekit.cli import main
from coursekit.exercises import check_answers, grade_notebook
from coursekit.exercises.build import make_notebook
from coursekit.gradebook import Gradebook
from test_grade_cli import EX, notebook, write

ROOT = Path(__file__).resolve().parent.parent


def coursekit(*args: str, cwd: Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """The CLI in a fresh process, so a hang fails the test instead of freezing it."""
    return subprocess.run([sys.executable, "-m", "coursekit", *args], capture_output=True, text=True,
                          errors="replace", timeout=timeout, cwd=cwd or ROOT)


def test_a_huge_list_answer_is_refused_not_sorted(tmp_path):
    result = check_answers(EX, q7=["service"] * 300_000)
    assert result["q7"].status == "wrong" and "too many items" in result["q7"].feedback
    assert result["q7"].answer == "<answer too large to mark>"


def test_a_huge_answer_cell_is_not_parsed(tmp_path):
    items = ", ".join(["'service'"] * 20_000)
    path = write(tmp_path / "nb.ipynb", notebook(q7=f"q7 = [{items}]"))
    result = grade_notebook(path)
    assert result["q7"].status == "wrong" and "too long to be an answer" in result["q7"].feedback


def test_a_5000_digit_number_is_marked_wrong_and_recorded(tmp_path):
    live = check_answers(EX, q1=10 ** 5000)
    assert live["q1"].status == "wrong" and "far too long" in live["q1"].feedback
    root = tmp_path / "submitted"
    write(root / "ana" / f"{EX}.ipynb", notebook(q1="q1 = " + "9" * 5000))
    code = main(["grade", str(root), "--db", str(tmp_path / "class.db"), "--out", str(tmp_path / "g.csv")])
    assert code == 0
    (row,) = csv.DictReader(io.StringIO((tmp_path / "g.csv").read_text()))
    assert row["score"] != "" and "not recorded" not in row["error"]
    with Gradebook.open(tmp_path / "class.db") as book:
        assert book.count() == 1


def test_fifos_and_devices_never_hang_grade_or_validate(tmp_path):
    root = tmp_path / "submitted"
    (root / "eve").mkdir(parents=True)
    os.mkfifo(root / "eve" / f"{EX}.ipynb")
    os.symlink("/dev/zero", root / "eve" / "zero.ipynb")
    done = coursekit("grade", str(root), "--no-record", "--out", str(tmp_path / "g.csv"))
    assert done.returncode == 0, done.stderr
    assert "is a FIFO (named pipe), not a regular file" in done.stderr
    assert "zero.ipynb: skipped, a symbolic link" in done.stderr
    fifo = tmp_path / "data.yaml"
    os.mkfifo(fifo)
    os.symlink("/dev/zero", tmp_path / "zero.yaml")
    done = coursekit("validate", str(fifo), str(tmp_path / "zero.yaml"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "is a FIFO (named pipe), not a regular file" in done.stderr
    assert "zero.yaml: is a device, not a regular file" in done.stderr


def test_links_are_never_followed_out_of_a_trainee_folder(tmp_path, capsys):
    root = tmp_path / "submitted"
    write(root / "ana" / f"{EX}.ipynb", make_notebook(EX, solution=True))
    (root / "eve").mkdir()
    os.symlink(root / "ana" / f"{EX}.ipynb", root / "eve" / f"{EX}.ipynb")  # Ana's work as Eve's
    os.symlink("/", root / "eve" / "everything")  # a walk of the whole filesystem
    os.symlink(root / "ana", root / "mallory")
    write(root / ".bob" / f"{EX}.ipynb", make_notebook(EX, solution=True))
    code = main(["grade", str(root), "--db", str(tmp_path / "class.db")])
    out, err = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["trainee"] for r in rows] == ["ana"]
    assert f"{root / 'eve' / EX}.ipynb: skipped, a symbolic link" in err
    assert f"{root / 'eve' / 'everything'}: skipped, a symbolic link" in err
    assert f"{root / 'mallory'}: skipped, a symbolic link" in err
    assert f"{root / '.bob'}: skipped, a hidden folder" in err
    with Gradebook.open(tmp_path / "class.db") as book:
        assert [a.trainee for a in book.attempts()] == ["ana"]


def test_the_csv_survives_any_folder_name_and_replaces_the_old_one_whole(tmp_path):
    root = tmp_path / "submitted"
    odd = os.fsdecode(b"caf\xe9-\xff")  # not UTF-8: lone surrogates in Python
    write(root / odd / f"{EX}.ipynb", make_notebook(EX, solution=True))
    write(root / "ana" / f"{EX}.ipynb", notebook(q1="q1 = '\udcff'"))
    out = tmp_path / "grades.csv"
    out.write_text("the previous grades\n")
    done = coursekit("grade", str(root), "--no-record", "--out", str(out))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["trainee"] for r in rows] == ["ana", "caf\\udce9-\\udcff"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_gradebook_failure_mid_run_still_writes_the_csv(tmp_path, monkeypatch, capsys):
    import coursekit.gradebook.record as record
    from coursekit.gradebook import GradebookError

    root = tmp_path / "submitted"
    for name in ("ana", "ben", "chen"):
        write(root / name / f"{EX}.ipynb", make_notebook(EX, solution=True))
    real = record.record_exercise
    seen = []

    def failing(name, *args, **kwargs):
        seen.append(name)
        if len(seen) == 2:
            raise GradebookError("cannot write to the gradebook: disk I/O error")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(record, "record_exercise", failing)
    out = tmp_path / "grades.csv"
    code = main(["grade", str(root), "--db", str(tmp_path / "class.db"), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and "recording failed" in err and "2 row(s) graded so far" in err
    assert [r["trainee"] for r in csv.DictReader(io.StringIO(out.read_text()))] == ["ana", "ben"]


def test_a_5000_digit_number_in_a_data_file_is_a_message(tmp_path):
    path = tmp_path / "scenario.yaml"
    path.write_text("kind: scenario\nid: big\nn: " + "9" * 5000 + "\n")
    done = coursekit("validate", str(path))
    assert done.returncode == 1 and "please report" not in done.stderr
    assert "a value cannot be read: Exceeds the limit (4300 digits)" in done.stderr
    done = coursekit("play", str(path), "--answers", os.devnull)
    assert done.returncode == 2 and "Traceback" not in done.stderr and "a value cannot be read" in done.stderr


def test_a_5_mb_data_file_is_refused_unread_in_seconds(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("kind: scenario\nitems:\n" + "  - abc\n" * 600_000)  # 4.8 MB
    done = coursekit("validate", str(path), timeout=15)  # parsing it took a minute and 1.75 GB
    assert done.returncode == 1 and "file is too large (4,800,022 bytes; at most 1,000,000)" in done.stderr
