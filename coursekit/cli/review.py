"""`coursekit review`: look at attempts one by one and correct a mark with a comment.

    coursekit review --trainee "Ana Souza"          the trainee's attempts, with their ids
    coursekit review 42                             attempt 42: answers and feedback, or the
                                                    simulation's transcript and debrief
    coursekit review 42 --score 9 --comment "q8 is a fair open question"
                                                    override the mark; the automatic one is kept

The corrected mark counts in reports and the LMS export; the attempt shows both.
"""
from __future__ import annotations

import argparse
import sys

from coursekit.scoring.text import printable
from coursekit.scoring.text import plain_number as _num


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of `coursekit review`."""
    parser.add_argument("attempt", nargs="?", type=int, default=None, metavar="ID", help="the attempt to show")
    parser.add_argument("--db", metavar="URL", default=None,
                        help="gradebook (default: $COURSEKIT_DB or coursekit.db in the course folder)")
    parser.add_argument("--trainee", metavar="NAME", default=None, help="list this trainee's attempts")
    parser.add_argument("--score", type=float, default=None, help="the corrected mark (needs --comment)")
    parser.add_argument("--comment", default=None, help="why the mark is corrected")
    parser.add_argument("--reviewer", default=None, help="who corrects it (default: not recorded)")


def _fail(message: object, status: int = 2) -> int:
    print(f"coursekit review: {printable(message)}", file=sys.stderr)
    return status


def run(args: argparse.Namespace) -> int:
    """List, show or correct; the exit status."""
    from coursekit.gradebook import Gradebook, GradebookError
    from coursekit.gradebook.review import attempt_text, find_attempts, mark_text

    if (args.score is None) != (args.comment is None):
        return _fail("--score and --comment go together: a corrected mark always says why")
    if args.score is not None and args.attempt is None:
        return _fail("name the attempt to correct: coursekit review ID --score N --comment TEXT")
    try:
        book = Gradebook.open(args.db, create=args.score is not None)
    except (GradebookError, ValueError) as err:
        return _fail(err)
    with book:
        try:
            if args.score is not None:
                book.review(args.attempt, args.score, args.comment, reviewer=args.reviewer)
            attempts = book.attempts()
        except ValueError as err:
            return _fail(err)
        except GradebookError as err:
            return _fail(err, 1)
        location = book.location
    print(f"Gradebook: {printable(location)}")
    if args.attempt is not None:
        chosen = [a for a in attempts if a.id == args.attempt]
        if not chosen:
            return _fail(f"no attempt {args.attempt} in {location}")
        print(attempt_text(chosen[0]))
        return 0
    shown = find_attempts(attempts, args.trainee)
    if not shown:
        return _fail(f"no attempts{' for ' + args.trainee if args.trainee else ''} in {location}", 1)
    for a in shown:
        note = f"  comment: {a.comment}" if a.comment else ""
        print(f"{a.id:>6}  {a.recorded_at}  {printable(a.trainee)}  {a.item_kind} {printable(a.item)}  "
              f"{mark_text(a)}{printable(note)}")
    print(f"{len(shown)} attempt(s); `coursekit review ID` shows one (best of each counts: "
          f"{_num(len({(a.item_kind, a.item, a.trainee) for a in shown}))} item(s))", file=sys.stderr)
    return 0
