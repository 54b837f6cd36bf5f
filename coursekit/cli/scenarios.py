"""`coursekit scenarios [--json]`: list the built-in customer scenarios."""
from __future__ import annotations

import argparse
import json
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help="print a JSON list (id, title, temperament, need_levels, objections, ...)")


def run(args: argparse.Namespace) -> int:
    from coursekit.schema import DataFileError
    from coursekit.sim import list_scenarios

    try:
        scenarios = list_scenarios()
    except DataFileError as error:
        print(f"coursekit scenarios: a built-in scenario is invalid: {error.problems[0]}", file=sys.stderr)
        return 2
    rows = [s.summary_dict() for s in scenarios]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    width = max((len(r["id"]) for r in rows), default=2)
    for r in rows:
        print(f"{r['id']:<{width}}  {r['title']}")
        print(f"{'':<{width}}  {r['temperament']} customer ({r['sector']}, {r['market'].upper()}); "
              f"needs: {', '.join(r['need_levels'])}; objections: {', '.join(r['objections']) or 'none'}")
    print(f"{len(rows)} scenario(s). Play one with: coursekit play ID")
    return 0
