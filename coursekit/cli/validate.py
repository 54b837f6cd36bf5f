"""`coursekit validate [FILE|FOLDER ...]`: check course data and scenario files."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coursekit.knowledge import DATA_DIR
from coursekit.sourcefile import SUFFIXES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="FILE",
                        help="data or scenario files, or folders of them (default: the built-in course data)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")


def data_files(paths: list[str]) -> list[Path]:
    """The files to check: each named file, and the data files inside each named folder."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()))
        else:
            found.append(path)
    return found


def run(args: argparse.Namespace) -> int:
    from coursekit.schema import validate_file

    files = data_files(args.paths) if args.paths else data_files([str(DATA_DIR)])
    if not files:
        print("coursekit validate: no data files found in " + ", ".join(args.paths), file=sys.stderr)
        return 1
    bad = 0
    for path in files:
        try:
            problems = validate_file(path)
        except Exception as error:  # a checker bug must still end in a message, not a traceback
            print(f"{path}: could not be checked ({type(error).__name__}: {error}); please report this",
                  file=sys.stderr)
            bad += 1
            continue
        if problems:
            bad += 1
            for problem in problems:
                print(problem, file=sys.stderr)
        elif not args.quiet:
            print(f"{path}: ok")
    if bad:
        print(f"coursekit validate: {bad} of {len(files)} file(s) have problems", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"coursekit validate: {len(files)} file(s) ok")
    return 0
