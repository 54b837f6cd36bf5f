"""`coursekit export --out grades.csv`: the class's grades as a CSV an LMS gradebook imports.

One row per trainee (`username`: the name the trainee was graded under; on a hub, the hub
user name), one column per exercise or scenario named "<item> [<maximum>]" holding the
best mark (an instructor's correction counts), then the exercises' total. Moodle: Grades
> Import > CSV file, map `username` to the user name; Canvas and others: match the
columns to assignments of the same maximum.
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

from coursekit.scoring.text import printable


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of `coursekit export`."""
    parser.add_argument("--db", metavar="URL", default=None,
                        help="gradebook (default: $COURSEKIT_DB or coursekit.db in the course folder)")
    parser.add_argument("--out", metavar="CSV", type=Path, default=None,
                        help="write the CSV here (default: standard output)")


def run(args: argparse.Namespace) -> int:
    """Write the CSV; the exit status."""
    from coursekit.cli.grade import _cell, emit, output_problem
    from coursekit.gradebook import Gradebook, GradebookError
    from coursekit.gradebook.review import lms_table

    if args.out is not None and (problem := output_problem(args.out)):
        print(f"coursekit export: {printable(problem)}", file=sys.stderr)
        return 2
    try:
        with Gradebook.open(args.db, create=False) as book:
            attempts = book.attempts()
            skipped, location = list(book.skipped), book.location
    except (GradebookError, ValueError) as err:
        print(f"coursekit export: {printable(err)}", file=sys.stderr)
        return 2
    for why in skipped:
        print(f"coursekit export: skipped a malformed row: {printable(why)}", file=sys.stderr)
    header, rows = lms_table(attempts)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
    if not emit(buffer.getvalue(), args.out, "coursekit export"):
        return 1
    print(f"coursekit export: {len(rows)} trainee(s), {len(header) - 2} item(s) from {printable(location)}",
          file=sys.stderr)
    return 0
