"""The simulated customer's changing state: trust, patience, needs, objections, buying mind."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from coursekit.labels import CHECKPOINTS, NEED_LEVELS
from coursekit.sim.scenario import Need, Scenario
from coursekit.sim.temperament import Temperament, behaviour

#: Objection statuses: not yet said, said and unhandled, tested and shown genuine,
#: resolved, or shown to be a brush-off (handled).
OBJECTION_STATUSES: tuple[str, ...] = ("hidden", "open", "tested", "resolved", "exposed")
HANDLED = frozenset({"resolved", "exposed"})
UNHANDLED = frozenset({"open", "tested"})
#: A customer buys only from this trust up ...
BUYING_TRUST = 50
#: ... once at least this share of their hidden needs has come out, and no objection is left open.
READY_NEEDS = 0.6
#: Moves a customer does not forgive (a bad option, a put-down, pressure ...): one is forgiven, a second loses the sale.
FORGIVEN_OFFENCES = 1
#: Put-downs a customer sits through: the first gets a warning ("One more like that and I'm gone"), the next ends it.
INSULTS_TOLERATED = 1


@dataclass(frozen=True)
class CustomerState:
    """A read-only snapshot of the customer after some turn."""

    turn: int
    trust: int
    patience: int
    needs_uncovered: Mapping[str, tuple[str, ...]]
    """need level -> ids of the needs at that level the trainee has uncovered."""
    needs_hidden: Mapping[str, tuple[str, ...]]
    """need level -> ids of every need at that level (uncovered or not)."""
    facts_revealed: tuple[str, ...]
    objections: Mapping[str, str]
    """objection id -> status (see OBJECTION_STATUSES)."""
    checkpoints: Mapping[str, bool]
    """buying-mind checkpoint id (know, approve, need, intent) -> reached."""

    def to_dict(self) -> dict:
        return {
            "turn": self.turn, "trust": self.trust, "patience": self.patience,
            "needs_uncovered": {k: list(v) for k, v in self.needs_uncovered.items()},
            "needs_hidden": {k: list(v) for k, v in self.needs_hidden.items()},
            "facts_revealed": list(self.facts_revealed),
            "objections": dict(self.objections), "checkpoints": dict(self.checkpoints),
        }


class CustomerModel:
    """Mutable customer state that the session changes turn by turn."""

    def __init__(self, scenario: Scenario):
        self.scenario = scenario
        self.temperament: Temperament = behaviour(scenario.customer.temperament)
        self.trust = _clamp(scenario.customer.trust)
        self.patience = _clamp(scenario.customer.patience or self.temperament.patience)
        self.facts: dict[str, int] = {n.id: 0 for n in scenario.needs}
        self.hinted: set[str] = set()
        self.objections: dict[str, str] = {
            o.id: ("open" if o.when == "opening" else "hidden") for o in scenario.objections
        }
        self.raised_order: list[str] = [o.id for o in scenario.objections if o.when == "opening"]
        self.checkpoints: dict[str, bool] = {c: False for c in CHECKPOINTS}
        self.pitched_early = 0
        #: Unforgivable moves so far (see FORGIVEN_OFFENCES).
        self.offences = 0
        #: Put-downs so far (see INSULTS_TOLERATED).
        self.insults = 0
        self.turn = 0
        self.trust_history: list[int] = [self.trust]
        self.patience_history: list[int] = [self.patience]

    # -- trust and patience ---------------------------------------------------------
    def adjust(self, trust: int = 0, patience: int = 0) -> None:
        """Change trust and patience, kept within 0..100."""
        self.trust = _clamp(self.trust + trust)
        self.patience = _clamp(self.patience + patience)

    def end_turn(self) -> None:
        """Close a trainee turn: count it and record the meters."""
        self.turn += 1
        self.trust_history.append(self.trust)
        self.patience_history.append(self.patience)

    # -- needs ----------------------------------------------------------------------
    def uncovered(self, need_id: str) -> bool:
        return self.facts.get(need_id, 0) > 0

    def fully_uncovered(self, need: Need) -> bool:
        return self.facts.get(need.id, 0) >= len(need.facts)

    def any_uncovered(self) -> bool:
        return any(v > 0 for v in self.facts.values())

    def level_uncovered(self, level: str) -> bool:
        return any(self.uncovered(n.id) for n in self.scenario.needs if n.level == level)

    def reveal(self, need: Need, count: int | None = None) -> list[str]:
        """Reveal up to ``count`` more facts of a need (all when None); returns the new facts."""
        shown = self.facts.get(need.id, 0)
        upto = len(need.facts) if count is None else min(len(need.facts), shown + count)
        self.facts[need.id] = max(shown, upto)
        return list(need.facts[shown:upto])

    def next_hidden(self, level: str | None = None) -> Need | None:
        """The first need (at this level, if given) with facts still untold, untouched ones first."""
        candidates = [n for n in self.scenario.needs
                      if (level is None or n.level == level) and not self.fully_uncovered(n)]
        untouched = [n for n in candidates if not self.uncovered(n.id)]
        return (untouched or candidates or [None])[0]

    def offend(self, moves) -> None:
        """Count an unforgivable move (tags or moves); a put-down also counts towards the customer leaving."""
        self.offences += 1
        if "rudeness" in moves:
            self.insults += 1

    def insulted_away(self) -> bool:
        """Whether the customer has taken more put-downs than they sit through."""
        return self.insults > INSULTS_TOLERATED

    def ready_to_buy(self) -> bool:
        """Whether this customer would say yes now: enough trust, most needs heard and confirmed
        back to them (the `need` checkpoint), no objection left open."""
        return self.not_ready_because() == ""

    def not_ready_because(self) -> str:
        """What keeps this customer from saying yes now: "trust", "needs" (too few heard), "need" (not
        confirmed back to them), "objection", or "" when ready."""
        needs = self.scenario.needs
        heard = sum(1 for n in needs if self.uncovered(n.id)) / len(needs) if needs else 1.0
        if self.trust < BUYING_TRUST or self.offences > FORGIVEN_OFFENCES:
            return "trust"
        if heard < READY_NEEDS:
            return "needs"
        if not self.checkpoints["need"]:
            return "need"
        if any(s in UNHANDLED for s in self.objections.values()):
            return "objection"
        return ""

    # -- objections -----------------------------------------------------------------
    def raise_objection(self, objection_id: str) -> bool:
        """Put an objection on the table; False if it was already raised or handled."""
        if self.objections.get(objection_id) != "hidden":
            return False
        self.objections[objection_id] = "open"
        self.raised_order.append(objection_id)
        # a brush-off that only hid this one has done its work once the real doubt is said: it is not said again at the
        # close ("Very well. That is a fair offer." - "We haven't settled this yet: Leave your card.": fifty-ninth round)
        for other in self.scenario.objections:
            if other.hides == objection_id and self.objections.get(other.id) == "open":
                self.objections[other.id] = "exposed"
        return True

    def open_objections(self) -> list[str]:
        """Unhandled objections on the table, most recent first."""
        return [o for o in reversed(self.raised_order) if self.objections[o] in UNHANDLED]

    def waiting_objection(self, times: tuple[str, ...]) -> str | None:
        """The first not-yet-raised objection that comes up at one of these moments."""
        for o in self.scenario.objections:
            if self.objections[o.id] == "hidden" and o.when in times:
                return o.id
        return None

    # -- snapshot -------------------------------------------------------------------
    def snapshot(self) -> CustomerState:
        levels = [lvl for lvl in NEED_LEVELS if any(n.level == lvl for n in self.scenario.needs)]
        facts = tuple(f for n in self.scenario.needs for f in n.facts[: self.facts[n.id]])
        return CustomerState(
            turn=self.turn, trust=self.trust, patience=self.patience,
            needs_uncovered={lvl: tuple(n.id for n in self.scenario.needs
                                        if n.level == lvl and self.uncovered(n.id)) for lvl in levels},
            needs_hidden={lvl: tuple(n.id for n in self.scenario.needs if n.level == lvl)
                          for lvl in levels},
            facts_revealed=facts, objections=dict(self.objections),
            checkpoints=dict(self.checkpoints),
        )


def _clamp(value: int) -> int:
    return max(0, min(100, int(value)))
