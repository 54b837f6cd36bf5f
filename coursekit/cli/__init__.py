"""The `coursekit` command: one subcommand per module, imported only when used."""
from __future__ import annotations

import argparse
import importlib
import sys

#: subcommand name -> (module under coursekit.cli, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("validate", "check course data and scenario files"),
    "scenarios": ("scenarios", "list the built-in customer scenarios"),
    "play": ("play", "play a customer scenario in the terminal or from an answers file"),
    "grade": ("grade", "grade a folder of submitted exercise notebooks (never runs them)"),
    "report": ("report", "class report from the gradebook"),
    "review": ("review", "look at one attempt (answers, feedback, transcript) and correct its mark"),
    "export": ("export", "the grades as a CSV for an LMS gradebook"),
    "collect": ("collect", "copy submitted exercise notebooks from home folders, never following links"),
    "translations": ("translations", "list missing and stale translations (Spanish, Chinese)"),
}


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser; each subcommand module adds its own arguments."""
    parser = argparse.ArgumentParser(prog="coursekit", description=__doc__)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_module, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text, add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS:
        parser = build_parser()
        if argv and argv[0] in ("-h", "--help"):
            parser.print_help()
            return 0
        if not argv:
            parser.print_help()
            return 2
        parser.print_usage(sys.stderr)
        what = "option" if argv[0].startswith("-") else "command"
        print(f"coursekit: unknown {what} {argv[0]!r}", file=sys.stderr)
        return 2
    name = argv[0]
    module = importlib.import_module(f"coursekit.cli.{COMMANDS[name][0]}")
    parser = argparse.ArgumentParser(prog=f"coursekit {name}", description=COMMANDS[name][1])
    module.add_arguments(parser)
    args = parser.parse_args(argv[1:])
    try:
        return int(module.run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
