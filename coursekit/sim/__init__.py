"""The customer dialogue simulator (pure Python; no ipywidgets or matplotlib here).

`list_scenarios()` and `load_scenario(id_or_path)` read scenario files; a `Session`
plays one conversation (`options()`, `choose(n)`, `say(text)`, `state`, `finished`,
`outcome`, `report()`). See docs/scenario-format.md.
"""
from __future__ import annotations

from coursekit.sim.engine import Line, Reply, Session
from coursekit.sim.scenario import Scenario, ScenarioNotFound, list_scenarios, load_scenario

__all__ = ["Line", "Reply", "Scenario", "ScenarioNotFound", "Session", "list_scenarios", "load_scenario",
           "play_auto"]


def play_auto(scenario, mode: str = "best", seed: int = 0) -> Session:
    """Play a scenario to its end picking the best (or worst) quality option each turn."""
    session = Session(scenario, seed=seed)
    while not session.finished and session.options():
        options = session.options()
        pick = max if mode == "best" else min
        rank = pick(o.rank for o in options)
        session.choose(next(o.number for o in options if o.rank == rank))
    return session
