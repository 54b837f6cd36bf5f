"""`coursekit grade DIR`: grade submitted exercise notebooks without running them.

DIR holds one folder per trainee (nbgrader's layout: DIR/<trainee>/<exercise>.ipynb;
deeper folders are searched too). Answers are read from the tagged answer cells: the
record the exercise widget saved in each cell's output (marked with the widget's own
rules, so the score is the one the trainee saw; first-try scores go to the gradebook too),
or, in older typed notebooks, the assigned value read with `ast.literal_eval`. No trainee
code is executed. Writes a CSV (trainee, exercise,
score, max_score, error, file, then one column per question, named
`<exercise>.<question>`), records every graded attempt in the gradebook, and names each
file it could not grade on stderr; one bad file never stops the others. Exit status 0
when everything gradable was graded; 2 when the folder, the output file or the
gradebook cannot be used (checked before anything is graded).
"""
from __future__ import annotations

import argparse
import csv
import io
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from coursekit.safefile import write_atomic
from coursekit.scoring.text import printable

#: Characters that make a spreadsheet read a cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of `coursekit grade`."""
    parser.add_argument("folder", metavar="DIR", type=Path,
                        help="folder with one sub-folder of submitted notebooks per trainee")
    parser.add_argument("--db", metavar="URL", default=None,
                        help="gradebook: a file path, sqlite:///path or postgresql://... "
                             "(default: $COURSEKIT_DB or coursekit.db in the course folder)")
    parser.add_argument("--out", metavar="CSV", type=Path, default=None,
                        help="write the grades here (default: standard output)")
    parser.add_argument("--no-record", action="store_true",
                        help="only write the CSV; do not record the attempts in the gradebook")


@dataclass
class Row:
    """One line of the grades CSV."""

    trainee: str
    exercise: str
    file: str
    score: float | None = None
    max_score: float | None = None
    error: str = ""
    #: "<exercise>.<question>" -> points: questions of different exercises never share a column
    questions: dict[str, float] = field(default_factory=dict)


def find_submissions(folder: Path) -> tuple[list[tuple[str, Path]], list[Path], list[str]]:
    """(trainee, notebook) pairs in trainee folders, notebooks lying outside any, and notes.

    Links are never followed (a trainee's link to another's notebook, to solutions/ or to
    `/` is named in the notes, not graded); hidden and unreadable folders are named too.
    Every `*.ipynb` entry that is not a folder is returned, so a FIFO or a device gets an
    error row (grading refuses anything but a regular file) instead of being passed over.
    """
    found: list[tuple[str, Path]] = []
    stray: list[Path] = []
    notes: list[str] = []

    def walk(trainee: str, here: Path) -> None:
        try:
            entries = sorted(os.scandir(here), key=lambda e: e.name)
        except OSError as err:
            notes.append(f"{here}: skipped, cannot be read ({err.strerror or err})")
            return
        for entry in entries:
            path = Path(entry.path)
            if entry.is_symlink():
                if entry.name.endswith(".ipynb") or _is_dir(path):
                    notes.append(f"{path}: skipped, a symbolic link (links are never followed)")
            elif entry.is_dir(follow_symlinks=False):
                if entry.name.startswith("."):
                    notes.append(f"{path}: skipped, a hidden folder")
                else:
                    walk(trainee, path)
            elif entry.name.endswith(".ipynb") and not entry.name.startswith("."):
                found.append((trainee, path))

    try:
        top = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        return [], [], [f"{folder}: cannot be read ({err.strerror or err})"]
    for entry in top:
        path = Path(entry.path)
        if entry.name.startswith("."):
            if entry.is_dir(follow_symlinks=False):
                notes.append(f"{path}: skipped, a hidden folder")
            continue
        if entry.is_symlink():
            notes.append(f"{path}: skipped, a symbolic link (links are never followed)")
        elif entry.is_dir(follow_symlinks=False):
            walk(entry.name, path)
        elif entry.name.endswith(".ipynb"):
            stray.append(path)
    return found, stray, notes


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


class Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, total: int, stream: TextIO | None = None, width: int = 30):
        self.stream = stream or sys.stderr
        self.total = total
        self.width = width
        self.enabled = total > 0 and _isatty(self.stream)

    def update(self, done: int, label: str) -> None:
        if not self.enabled:
            return
        filled = int(self.width * done / self.total)
        text = printable(label)[-40:]
        self.stream.write(f"\r[{'#' * filled}{'.' * (self.width - filled)}] {done}/{self.total} {text:<40}")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * (self.width + 55) + "\r")
            self.stream.flush()


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _natural(key: str) -> list[Any]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", key)]


def _cell(value: Any) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    if value is None:
        return ""
    if isinstance(value, float):
        value = int(value) if value == int(value) else round(value, 3)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(rows: list[Row], stream: TextIO) -> None:
    """The grades CSV: fixed columns, then one column per question id seen."""
    questions = sorted({q for row in rows for q in row.questions}, key=_natural)
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["trainee", "exercise", "score", "max_score", "error", "file", *questions])
    for row in rows:
        writer.writerow([_cell(row.trainee), _cell(row.exercise), _cell(row.score), _cell(row.max_score),
                         _cell(row.error), _cell(row.file), *(_cell(row.questions.get(q)) for q in questions)])


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split()) or type(err).__name__


class RecordingFailed(Exception):
    """The gradebook failed mid-run: the rows graded so far (the CSV is still written)."""

    def __init__(self, rows: list[Row], recorded: int, error: BaseException):
        super().__init__(str(error))
        self.rows, self.recorded, self.error = rows, recorded, error


def grade_folder(folder: Path, book: Any = None, progress_stream: TextIO | None = None,
                 errors: TextIO | None = None) -> tuple[list[Row], int]:
    """Grade every submission under `folder`; returns the CSV rows and how many attempts were new.

    A file that cannot be graded (or recorded) becomes its row's error, whatever went
    wrong; only a gradebook failure (GradebookError) ends the run.
    """
    from coursekit.exercises import NotebookError, grade_notebook
    from coursekit.gradebook import GradebookError
    from coursekit.gradebook.book import clean_name
    from coursekit.gradebook.record import record_exercise
    from coursekit.schema import DataFileError

    errors = errors or sys.stderr
    submissions, stray, notes = find_submissions(folder)
    for note in notes:
        print(f"coursekit grade: {printable(note)}", file=errors)
    for path in stray:
        print(f"coursekit grade: {printable(path)}: skipped, not inside a trainee folder "
              f"(expected {printable(folder)}/<trainee>/<exercise>.ipynb)", file=errors)
    rows: list[Row] = []
    recorded = 0
    progress = Progress(len(submissions), progress_stream)
    for done, (trainee, path) in enumerate(submissions, start=1):
        relative = path.relative_to(folder).as_posix()
        progress.update(done, relative)
        row = Row(trainee=trainee, exercise=path.stem, file=relative)
        try:
            name = clean_name(trainee)
            result = grade_notebook(path, follow_links=False)
        except (NotebookError, DataFileError, ValueError) as err:
            reason = err.reason if isinstance(err, NotebookError) else _one_line(err)
        except Exception as err:  # last resort: one odd file never ends the run for the class
            reason = f"could not be graded ({type(err).__name__}: {_one_line(err)})"
        else:
            reason = ""
        if reason:
            row.error = reason
            progress.close()
            print(f"coursekit grade: {printable(path)}: {printable(reason)}", file=errors)
            rows.append(row)
            continue
        row.exercise, row.score, row.max_score = result.exercise_id, result.score, result.max_score
        row.questions = {f"{result.exercise_id}.{q.question_id}": q.score for q in result.questions}
        if result.messages:
            row.error = "; ".join(result.messages)
        if book is not None:
            try:
                recorded += bool(record_exercise(name, result.exercise_id, result, gradebook=book))
            except GradebookError as err:
                raise RecordingFailed(rows + [row], recorded, err) from None
            except Exception as err:  # e.g. an answer too odd to fingerprint: graded, not recorded
                reason = f"graded but not recorded ({type(err).__name__}: {_one_line(err)})"
                row.error = "; ".join(filter(None, [row.error, reason]))
                progress.close()
                print(f"coursekit grade: {printable(path)}: {printable(reason)}", file=errors)
        rows.append(row)
    progress.close()
    return rows, recorded


def emit(text: str, out: Path | None, program: str) -> bool:
    """Print `text` (None) or write it whole to `out`; False, with a message, when it cannot be written.

    Any character survives (lone surrogates from undecodable names become `\\udcxx`).
    """
    if out is None:
        sys.stdout.write(text.encode("utf-8", "backslashreplace").decode("utf-8"))
        return True
    try:
        write_atomic(out, text)
    except OSError as err:
        print(f"{program}: cannot write {printable(out)}: {err.strerror or err}", file=sys.stderr)
        return False
    return True


def output_problem(out: Path) -> str | None:
    """Why the grades file cannot be written (None when it can), checked before grading."""
    if out.is_dir():
        return f"cannot write {out}: it is a folder"
    folder = out.parent
    if not folder.is_dir():
        return f"cannot write {out}: folder {folder} does not exist"
    if out.exists() and not os.access(out, os.W_OK):
        return f"cannot write {out}: permission denied"
    if not out.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot write {out}: folder {folder} is not writable"
    return None


def run(args: argparse.Namespace) -> int:
    """Grade the folder, write the CSV, record the attempts; the exit status."""
    from coursekit.gradebook import Gradebook, GradebookError

    folder: Path = args.folder
    if not folder.is_dir():
        print(f"coursekit grade: {printable(folder)} is not a folder", file=sys.stderr)
        return 2
    if args.out is not None and (problem := output_problem(args.out)):
        print(f"coursekit grade: {printable(problem)}", file=sys.stderr)
        return 2
    book = None
    if not args.no_record:
        try:
            book = Gradebook.open(args.db)
        except (GradebookError, ValueError) as err:
            print(f"coursekit grade: {printable(err)}", file=sys.stderr)
            return 2
    failure = None
    try:
        rows, recorded = grade_folder(folder, book)
    except RecordingFailed as stopped:
        rows, recorded, failure = stopped.rows, stopped.recorded, stopped.error
    finally:
        if book is not None:
            book.close()
    buffer = io.StringIO()
    write_csv(rows, buffer)
    if not emit(buffer.getvalue(), args.out, "coursekit grade"):
        return 1
    if failure is not None:
        where = f"; the {len(rows)} row(s) graded so far are in {printable(args.out)}" if args.out else ""
        print(f"coursekit grade: recording failed: {printable(failure)}{where}", file=sys.stderr)
        return 1
    graded = [r for r in rows if r.score is not None]
    failed = len(rows) - len(graded)
    summary = f"coursekit grade: graded {len(graded)} notebook(s) of {len({r.trainee for r in graded})} trainee(s)"
    if failed:
        summary += f"; {failed} could not be graded (named above)"
    if book is not None:
        summary += f"; {recorded} new attempt(s) recorded in {printable(book.location)}"
    if args.out is not None:
        summary += f"; grades written to {printable(args.out)}"
    print(summary, file=sys.stderr)
    return 0
