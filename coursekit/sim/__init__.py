"""The customer dialogue simulator (pure Python; no ipywidgets or matplotlib here).

`list_scenarios()` and `load_scenario(id_or_path)` read scenario files; a `Session`
plays one conversation (`options()`, `choose(n)`, `say(text)`, `state`, `finished`,
`outcome`, `report()`). See docs/scenario-format.md.
"""
from __future__ import annotations

from coursekit.sim.engine import Line, Reply, Session
from coursekit.sim.scenario import Scenario, ScenarioNotFound, best_option, list_scenarios, load_scenario

__all__ = ["Line", "Reply", "Scenario", "ScenarioNotFound", "Session", "best_option", "list_scenarios",
           "load_scenario", "play_auto"]


def play_auto(scenario, mode: str = "best", seed: int = 0) -> Session:
    """Play a scenario to its end picking the best (or worst) quality option each turn.

    `scenario` is a Scenario, a built-in id or a scenario file; ties go to the first
    option (`best_option`, the rule the schema's best-path check uses too).
    """
    session = Session(scenario, seed=seed)
    while not session.finished and session.options():
        options = session.options()
        session.choose(options[best_option(options, mode)].number)
    session.end()
    return session
