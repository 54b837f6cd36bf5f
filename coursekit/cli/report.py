"""`coursekit report`: the class report from the gradebook, as text, JSON and a plot.

Totals per trainee and per exercise or scenario, the class's weakest topics (share of
points lost per need level, technique, objection pattern, ...) and progress per day.
The gradebook is opened read-only: a report never creates or changes anything, unless
`--create` asks for an empty gradebook to be made first.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from coursekit.scoring.text import printable


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of `coursekit report`."""
    parser.add_argument("--db", metavar="URL", default=None,
                        help="gradebook: a file path, sqlite:///path or postgresql://... "
                             "(default: $COURSEKIT_DB or coursekit.db in the course folder)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--plot", metavar="PNG", type=Path, default=None,
                        help="also draw the report into this PNG file")
    parser.add_argument("--trainee", metavar="NAME", default=None, help="only this trainee")
    parser.add_argument("--topic", metavar="TOPIC", default=None,
                        help="only the questions and criteria of this topic (e.g. service, too_expensive)")
    parser.add_argument("--create", action="store_true",
                        help="create an empty gradebook there if there is none (e.g. once, on a new "
                             "PostgreSQL server); without it the report writes nothing")


def _fail(message: object, status: int = 2) -> int:
    print(f"coursekit report: {printable(message)}", file=sys.stderr)
    return status


def plot_problem(path: Path) -> str | None:
    """Why the plot cannot be written there (None when it can), checked before the report is printed."""
    if path.is_dir():
        return f"cannot write the plot {path}: it is a folder"
    if not path.parent.is_dir():
        return f"cannot write the plot {path}: folder {path.parent} does not exist"
    return None


def run(args: argparse.Namespace) -> int:
    """Print the report (and draw the plot); the exit status."""
    from coursekit.gradebook import Gradebook, GradebookError
    from coursekit.gradebook.book import clean_name
    from coursekit.gradebook.report import build_report, known_topics
    from coursekit.schema.core import did_you_mean

    trainee = None
    if args.trainee is not None:
        try:
            trainee = clean_name(args.trainee)
        except ValueError as err:
            return _fail(f"--trainee: {err}")
    if args.plot is not None and (problem := plot_problem(args.plot)):
        return _fail(problem)
    try:
        book = Gradebook.open(args.db, create=args.create)
    except (GradebookError, ValueError) as err:
        return _fail(err)
    try:
        with book:
            attempts = book.attempts()
            skipped = tuple(book.skipped)
    except GradebookError as err:
        return _fail(err, 1)
    if args.topic is not None:
        topics = known_topics(attempts)
        if args.topic not in topics:
            return _fail(f"unknown topic {args.topic!r}{did_you_mean(args.topic, topics)}; topics are need "
                         "levels, techniques, objection patterns and course topics such as service, "
                         "confirming, too_expensive, questioning")
    report = build_report(attempts, trainee=trainee, topic=args.topic, source=book.location, skipped=skipped)
    for why in skipped:
        print(f"coursekit report: skipped a malformed row: {printable(why)}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False, allow_nan=False))
    else:
        print(report.to_text())
    if args.plot is not None:
        from coursekit.plots.report import save_report_plot

        try:
            save_report_plot(report, args.plot)
        except OSError as err:
            return _fail(f"cannot write {args.plot}: {err.strerror or err}", 1)
        print(f"coursekit report: plot written to {printable(args.plot)}", file=sys.stderr)
    return 0
