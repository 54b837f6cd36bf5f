"""Simulator throughput: whole dialogues per second, headless (prints figures; not a test).

    python bench/bench_sim.py [--seconds 2]
"""
from __future__ import annotations

import argparse
import time

from coursekit.sim import Session, list_scenarios, play_auto

FREE_TEXT = [
    "What would success look like for you this year?",
    "How do you handle this today, and what goes wrong?",
    "So if I understand you correctly, getting this right matters a lot to you. Is that right?",
    "What else should we look at?",
    "If we solved that for you, would you go ahead?",
    "Shall we go ahead?",
]


def _options(scenario, mode: str) -> None:
    play_auto(scenario, mode).report()


def _free_text(scenario, _mode: str) -> None:
    session = Session(scenario)
    for line in FREE_TEXT:
        if session.finished:
            break
        session.say(line)
    session.end()
    session.report()


def measure(kind, mode: str, scenarios, seconds: float) -> tuple[int, float]:
    """(dialogues played, dialogues per second) cycling through the scenarios."""
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        kind(scenarios[count % len(scenarios)], mode)
        count += 1
    elapsed = time.perf_counter() - start
    return count, count / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time per measurement (default 2)")
    args = parser.parse_args()
    start = time.perf_counter()
    scenarios = list_scenarios()
    print(f"loaded {len(scenarios)} scenarios in {1000 * (time.perf_counter() - start):.0f} ms")
    for label, kind, mode in (("options, best path", _options, "best"), ("options, worst path", _options, "worst"),
                              ("free text, 6 turns", _free_text, "")):
        count, rate = measure(kind, mode, scenarios, args.seconds)
        print(f"{label:22s} {rate:8.1f} dialogues/s  ({count} dialogues, scored)")


if __name__ == "__main__":
    main()
