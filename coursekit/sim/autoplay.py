"""Whole conversations played by a rule: the best or worst option, a fixed position, at random, or typed lines.

The benchmark of the assessment (bench/bench_assessment.py) and the tests use these to
check that only skill wins: clicking the same position every turn, or at random, must
score low on every scenario and seed, while the best path and a good typed path score high.
"""
from __future__ import annotations

import random
from typing import Iterable

from coursekit.schema.scenario import best_option
from coursekit.sim.engine import Session
from coursekit.sim.scenario import Scenario

#: Most turns any rule plays before it stops (no scenario needs more).
MAX_TURNS = 40


def play_auto(scenario: Scenario | str, mode: str = "best", seed: int = 0) -> Session:
    """Play to the end picking the best (or worst) quality option each turn (`best_option`'s tie rule)."""
    session = Session(scenario, seed=seed)
    for _ in range(MAX_TURNS):
        options = session.options()
        if session.finished or not options:
            break
        session.choose(best_option(options, mode) + 1)
    session.end()
    return session


def play_positional(scenario: Scenario | str, position: int, seed: int = 0) -> Session:
    """Click option number `position` every turn (the last one when a turn has fewer)."""
    session = Session(scenario, seed=seed)
    for _ in range(MAX_TURNS):
        options = session.options()
        if session.finished or not options:
            break
        session.choose(min(position, len(options)))
    session.end()
    return session


def play_random(scenario: Scenario | str, seed: int = 0) -> Session:
    """Click a random option every turn (the clicks drawn from their own seeded generator)."""
    session = Session(scenario, seed=seed)
    rng = random.Random(f"random-clicker:{seed}")
    for _ in range(MAX_TURNS):
        options = session.options()
        if session.finished or not options:
            break
        session.choose(rng.randint(1, len(options)))
    session.end()
    return session


def play_typed(scenario: Scenario | str, lines: Iterable[str], seed: int = 0) -> Session:
    """Type each line in turn until the conversation ends (`#N` picks option N, as in `coursekit play`)."""
    session = Session(scenario, seed=seed)
    for line in lines:
        if session.finished:
            break
        session.play(line)
    session.end()
    return session
