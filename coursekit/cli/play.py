"""`coursekit play SCENARIO`: play a customer scenario in the terminal, from a file, or automatically.

SCENARIO is a built-in scenario id or a scenario file. In an answers file each line is
one trainee turn: `#N` picks option N, anything else is free text; a blank line is
skipped, as the chat widget ignores an empty Send; when the lines run out the
conversation ends and is scored as it stands. `--auto best|worst` picks the
highest- or lowest-quality option every turn. `--json` prints
{"transcript": [...], "score": {"total": ..., "criteria": [...]}, "outcome": ...}.
"""
from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import Iterable

from coursekit.scoring.text import printable

MAX_ANSWERS_BYTES = 5_000_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help="a built-in scenario id or a scenario file")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--answers", metavar="FILE",
                        help="trainee turns, one a line: '#N' picks option N, anything else is free text; blank lines are skipped")
    source.add_argument("--auto", choices=("best", "worst"),
                        help="pick the highest or lowest quality option each turn")
    parser.add_argument("--seed", type=int, default=0, help="seed for the customer's line variants (default 0)")
    parser.add_argument("--json", action="store_true", help="print the transcript, score and outcome as JSON")


def _fail(message: str) -> int:
    print(f"coursekit play: {printable(message)}", file=sys.stderr)
    return 2


def _read_answers(name: str) -> list[str] | str:
    """The answer lines, or an error message."""
    path = Path(name)
    if not path.is_file():
        return f"answers file not found: {name}"
    try:
        if path.stat().st_size > MAX_ANSWERS_BYTES:
            return f"answers file is too large (over {MAX_ANSWERS_BYTES} bytes): {name}"
        text = path.read_bytes().decode("utf-8", errors="replace")
    except OSError as error:
        return f"cannot read answers file {name}: {error.strerror or error}"
    return text.splitlines()


def play_lines(session, lines: Iterable[str], notes: list[dict]) -> None:
    """Play answer lines until they run out or the conversation ends."""
    lines = list(lines)
    for index, line in enumerate(lines, start=1):
        if session.finished:
            unplayed = sum(1 for rest in lines[index - 1:] if rest.strip())
            if unplayed:  # never dropped in silence: the customer had ended the conversation
                notes.append({"line": index, "input": line[:200],
                              "note": f"the conversation had ended; this and {unplayed - 1} later line(s) were not played"
                              if unplayed > 1 else "the conversation had ended; this line was not played"})
            break
        if not line.strip():
            continue  # blank: not a turn (the widget's Send ignores an empty box too)
        reply = session.play(line)
        if reply.note:
            notes.append({"line": index, "input": line[:200], "note": reply.note})
    session.end()


def result_dict(session, report, notes: list[dict]) -> dict:
    """The JSON document `--json` prints (whole points: criteria scores and maxima are ints)."""
    from coursekit.sim.report import criteria_dicts

    return {
        "scenario": session.scenario.id,
        "seed": session.seed,
        "outcome": session.outcome,
        "transcript": [line.to_dict() for line in session.transcript],
        "score": {"total": int(report.total), "criteria": criteria_dicts(report.criteria),
                  "practise_next": report.practise_next, "limits": list(report.limits),
                  "deducted": int(report.deducted),
                  "dialogue_total": report.dialogue.total, "scenario_total": report.scenario_total},
        "levels_uncovered": report.levels_uncovered,
        "trust_history": report.trust_history,
        "notes": notes,
    }


def _wrap(prefix: str, text: str) -> str:
    """Wrapped for the terminal; control characters in `text` (e.g. a trainee's escape
    sequences) are shown as escapes, never sent to the terminal."""
    return textwrap.fill(printable(" ".join(str(text).split())), width=88,
                         initial_indent=prefix, subsequent_indent=" " * len(prefix),
                         break_long_words=True, replace_whitespace=False)


def _short(text: str, limit: int = 600) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + f" … ({len(text)} characters)"


def print_transcript(session, report, notes: list[dict], out=None) -> None:
    """The readable transcript and score."""
    out = out or sys.stdout
    s = session.scenario
    c = s.customer
    print(printable(f"{s.title} ({s.id}): {c.name}, {c.role}, {c.temperament} customer"), file=out)
    print("", file=out)
    for line in session.transcript:
        if line.speaker == "customer":
            print(_wrap("CUSTOMER: ", line.text), file=out)
        else:
            tag = f" [#{line.option}]" if line.option else ""
            print(_wrap(f"YOU{tag}: ", _short(line.text) or "(nothing)"), file=out)
    for note in notes:
        print(printable(f"(note, line {note['line']}: {note['note']})"), file=out)
    print("", file=out)
    print(f"Outcome: {report.outcome}", file=out)
    print(f"Score: {report.total}/100 (dialogue {report.dialogue.total}/100, scenario {report.scenario_total}/100, "
          "blended half and half)", file=out)
    for limit in report.limits:  # a cap or a scaling: why the total is below the blend
        print(textwrap.fill(printable(limit), width=88, initial_indent="  ", subsequent_indent="  "), file=out)
    for crit in report.criteria:
        if crit.applies:
            print(f"  {int(round(crit.score)):3d} / {int(round(crit.maximum)):<3d} {crit.name}", file=out)
            print(textwrap.fill(printable(crit.feedback), width=88, initial_indent=" " * 6, subsequent_indent=" " * 6),
                  file=out)
    if report.deducted:  # the points the limits above took off, apart from what the criteria earned
        from coursekit.i18n import t

        print(f"  {-report.deducted:3d}       {t('ui.sim.deducted')}", file=out)
    levels = ", ".join(f"{lvl} {v['uncovered']}/{v['hidden']}" for lvl, v in report.levels_uncovered.items())
    print(f"Needs uncovered by level: {levels}", file=out)
    if report.practise_next:
        print(textwrap.fill(printable(report.practise_next), width=88, subsequent_indent="  "), file=out)


def _interactive(session) -> None:
    """Play in the terminal: options are listed each turn; type #N (or N), words, 'hint' or 'quit'."""
    print(printable(f"{session.scenario.title}: you are talking to {session.scenario.customer.name}."))
    print("Type #N to pick an option, or your own words. 'hint' for a hint, 'quit' to stop.\n")
    print(_wrap("CUSTOMER: ", session.transcript[0].text))
    while not session.finished:
        for option in session.options():
            print(_wrap(f"  #{option.number} ", option.say))
        try:
            line = input("> ")
        except EOFError:
            print()
            break
        command = line.strip().lower()
        if not command:
            continue  # an empty line is not a turn, as in the widget
        if command in {"quit", "exit", "/quit", "q"}:
            break
        if command in {"hint", "?", "/hint"}:
            print(_wrap("HINT: ", session.hint()))
            continue
        if command.isdigit():
            line = "#" + command
        reply = session.play(line)
        if reply.note:
            print(_wrap("(note) ", reply.note))
        if reply.text:
            print(_wrap("CUSTOMER: ", reply.text))
    session.end()
    print()


def run(args: argparse.Namespace) -> int:
    from coursekit.schema import DataFileError
    from coursekit.sim import ScenarioNotFound, Session, load_scenario, play_auto

    try:
        scenario = load_scenario(args.scenario)
    except ScenarioNotFound as error:
        return _fail(str(error))
    except DataFileError as error:
        first = error.problems[0] if error.problems else "invalid file"
        more = len(error.problems) - 1
        extra = f" (and {more} more; run 'coursekit validate {args.scenario}')" if more > 0 else ""
        return _fail(f"invalid scenario file: {first}{extra}")
    notes: list[dict] = []
    lines = None
    if args.answers is not None:
        lines = _read_answers(args.answers)
        if isinstance(lines, str):
            return _fail(lines)
    if args.auto:
        session = play_auto(scenario, args.auto, seed=args.seed)
    else:
        session = Session(scenario, seed=args.seed)
        if lines is not None:
            play_lines(session, lines, notes)
        elif args.json and not sys.stdin.isatty():
            # no terminal to talk in and JSON wanted: standard input holds the answers
            play_lines(session, sys.stdin.read().splitlines(), notes)
        else:
            _interactive(session)
    report = session.report()
    if args.json:
        print(json.dumps(result_dict(session, report, notes), indent=2, ensure_ascii=False))
    else:
        print_transcript(session, report, notes)
    return 0
