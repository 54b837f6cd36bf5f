"""The customer dialogue simulator (pure Python; no ipywidgets or matplotlib here).

`list_scenarios()` and `load_scenario(id_or_path)` read scenario files; a `Session`
plays one conversation (`options()`, `choose(n)`, `say(text)`, `state`, `finished`,
`outcome`, `report()`). See docs/scenario-format.md.
"""
from __future__ import annotations

from coursekit.sim.autoplay import play_auto, play_positional, play_random, play_typed
from coursekit.sim.engine import Line, Reply, Session
from coursekit.sim.scenario import Scenario, ScenarioNotFound, best_option, list_scenarios, load_scenario

__all__ = ["Line", "Reply", "Scenario", "ScenarioNotFound", "Session", "best_option", "list_scenarios",
           "load_scenario", "play_auto", "play_positional", "play_random", "play_typed"]
