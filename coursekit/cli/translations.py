"""`coursekit translations`: what is translated, and every missing or stale translation."""
from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")


def run(args: argparse.Namespace) -> int:
    from coursekit.translations import coverage, findings

    found = findings()
    for finding in found:
        print(finding)
    if not args.quiet:
        for lang, row in coverage().items():
            print(f"{lang}: " + "; ".join(f"{what} {count}" for what, count in row.items()))
    print(f"coursekit translations: {len(found)} missing or stale" if found
          else "coursekit translations: nothing missing or stale")
    return 1 if found else 0
