"""`coursekit report`: the class report from the gradebook, as text, JSON and a plot.

Totals per trainee and per exercise or scenario, the class's weakest topics (share of
points lost per need level, technique, objection pattern, ...) and progress per day.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from coursekit.gradebook.report import printable


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


def run(args: argparse.Namespace) -> int:
    """Print the report (and draw the plot); the exit status."""
    from coursekit.gradebook import GradebookError
    from coursekit.gradebook.db import parse_url
    from coursekit.gradebook.report import class_report

    try:
        target = parse_url(args.db)
        if target.backend == "sqlite" and not Path(target.location).expanduser().is_file():
            print(f"coursekit report: no gradebook at {printable(target.location)} "
                  "(nothing graded yet? pass --db or set COURSEKIT_DB)", file=sys.stderr)
            return 1
        report = class_report(args.db, trainee=args.trainee, topic=args.topic)
    except GradebookError as err:
        print(f"coursekit report: {printable(err)}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(report.to_text())
    if args.plot is not None:
        from coursekit.plots.report import save_report_plot

        try:
            save_report_plot(report, args.plot)
        except OSError as err:
            print(f"coursekit report: cannot write {printable(args.plot)}: {err.strerror or err}",
                  file=sys.stderr)
            return 1
        print(f"coursekit report: plot written to {printable(args.plot)}", file=sys.stderr)
    return 0
