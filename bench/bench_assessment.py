"""Can the simulator's score be won without the skill? Prints figures per scenario (not a test).

    .venv/bin/python bench/bench_assessment.py [--seeds 50] [--scenarios ID ...]

For each scenario, over many seeds: the score and outcome of clicking option #k every
turn, the distribution of a random clicker, the best path (highest-quality option each
turn) and a typed best path written in other words than the options
(tests/data/typed_paths.json; tests/data/blind/typed_paths.json and blind_typed2/ are second, blind ones;
blind_typed3/ and blind_typed4/ are third and fourth, each by four fresh writers in chat, spoken, non-native
and formal voices, written without running anything; blind_typed5/ and blind_typed6/ were typed line by line by
trainees playing the simulator, each answer read before the next line: all four from the fifty-fourth round, where
blind_typed3-5 were read and blind_typed6 was only measured, on the round's final code; blind_typed7-9 were played
the same way in the fifty-fifth round, where blind_typed7 was read, blind_typed8 measured once and then read, and
blind_typed9 only measured, on the round's final code; in the fifty-sixth, blind_typed10 and blind_typed11 were
each measured once on the round's first and second parts and then read, and blind_typed12 only measured, on the
round's final code; in the fifty-seventh, blind_typed13 was measured once on the round's first part and then read,
and blind_typed14 only measured, on the code whose replies landed (its lists read in the fifty-eighth); in the
fifty-eighth, blind_typed15 was measured once on the round's first part and then read, blind_typed16 only measured
on its second part, and blind_typed17 only measured, on the round's final code (both read in the fifty-ninth); in the
fifty-ninth, blind_typed18 was measured once on the round's first part and then read, and blind_typed19 only measured,
on the round's final code (its list read at that round's end and in the sixtieth); in the sixtieth, blind_typed20 was
measured once on the fifty-ninth round's final code and then read, blind_typed21 measured once on the round's
first part and then read, and blind_typed22 only measured, on the round's final simulator (its list read in the
sixty-first); in the sixty-first, blind_typed23 was measured once on the sixtieth round's final code and then read,
blind_typed24 measured once on the round's first part and then read, and blind_typed25 measured on its second part
(its cap and one player's list read); every blind_typedN/ folder is a column).
Targets (the assessment issue): always-#k and random <= 40 and never "won"; best >= 85;
typed >= 80.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coursekit.sim import list_scenarios, play_auto, play_positional, play_random, play_typed  # noqa: E402

DATA = ROOT / "tests" / "data"


def _paths(name: str) -> dict[str, list[str]]:
    path = DATA / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=50)
    parser.add_argument("--scenarios", nargs="+", metavar="ID", help="only these scenarios (default: every built-in one)")
    args = parser.parse_args()
    seeds = range(args.seeds)
    typed, blind = _paths("typed_paths.json"), {**_paths("blind/typed_paths.json"), **_paths("blind_typed2/typed_paths.json")}
    later = sorted((int(p.parent.name.removeprefix("blind_typed")), p.parent.name) for p in DATA.glob("blind_typed*/typed_paths.json")
                   if p.parent.name.removeprefix("blind_typed").isdigit() and p.parent.name != "blind_typed2")
    columns = {"typed": typed, "blind": blind, **{f"blind{k}": _paths(f"{name}/typed_paths.json") for k, name in later}}
    typed_scores: dict[str, list[tuple[int, str]]] = {name: [] for name in columns}
    chosen = [s.id for s in list_scenarios()]
    unknown = sorted(set(args.scenarios or ()) - set(chosen))
    if unknown:
        print(f"unknown scenario(s): {', '.join(unknown)}; known: {', '.join(chosen)}", file=sys.stderr)
        return 2
    print(f"{'scenario':<22} {'#1':>9} {'#2':>9} {'#3':>9} {'#4':>9} {'random p50/p95/max':>19} {'won':>4} "
          f"{'best':>5} " + " ".join(f"{name:>6}" for name in columns))
    worst_fixed = worst_random = 0
    wins = 0
    for sid in (s for s in chosen if not args.scenarios or s in args.scenarios):
        cells = []
        for k in (1, 2, 3, 4):
            scores = [play_positional(sid, k, s) for s in seeds]
            totals = [s.report().total for s in scores]
            won = sum(1 for s in scores if s.outcome == "won")
            wins += won
            worst_fixed = max(worst_fixed, max(totals))
            cells.append(f"{max(totals):>3}{'/W' + str(won) if won else '':<4}")
        rand = [play_random(sid, s) for s in seeds]
        rtotals = sorted(s.report().total for s in rand)
        rwon = sum(1 for s in rand if s.outcome == "won")
        wins += rwon
        worst_random = max(worst_random, rtotals[-1])
        p95 = rtotals[min(len(rtotals) - 1, int(0.95 * len(rtotals)))]
        best = play_auto(sid, "best").report().total
        played = []
        for name, paths in columns.items():
            r = play_typed(sid, paths[sid]).report() if sid in paths else None
            if r is not None:
                typed_scores[name].append((r.total, r.outcome))
            played.append(f"{(str(r.total) + r.outcome[0]) if r else '-':>6}")
        print(f"{sid:<22} {cells[0]:>9} {cells[1]:>9} {cells[2]:>9} {cells[3]:>9} "
              f"{statistics.median(rtotals):>7.0f}/{p95:>3}/{rtotals[-1]:>3} {rwon:>4} {best:>5} " + " ".join(played))
    print(f"\nhighest always-#k score: {worst_fixed}; highest random score: {worst_random}; "
          f"positional or random wins: {wins} (targets: <= 40, <= 40, 0)")
    for name, scores in typed_scores.items():
        if scores:
            print(f"typed paths {name}: {len(scores)} played, mean {statistics.mean(s for s, _ in scores):.1f}, "
                  f"{sum(s >= 80 for s, _ in scores)} at 80 or more, {sum(o == 'won' for _, o in scores)} won")
    print("(#k: highest score over the seeds, /Wn = won n times; typed/blind: score and outcome w/o/l)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
