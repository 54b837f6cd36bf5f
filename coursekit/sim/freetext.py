"""How the simulated customer answers a free-text turn.

The turn is read with the scoring engine (`coursekit.scoring.analyse_turn`): its
question technique and form, the need level it targets, and its moves (pitch,
pressure, discount, argument, hypothesis, ...). If it matches one of the current
options closely, the session follows that option (`match_option`). Otherwise
`respond` answers from the scenario's content:

- an open question on a level reveals that level's facts; a closed one gets a short
  answer (one word from a silent customer) and confirms a need already told;
- pitching before any need is known loses interest ("I'll think about it");
- an open objection tested with a hypothesis or counter-question shows whether it is
  genuine; the moves the objection lists (transformation, evidence, ...) resolve it;
- asking for the order before the need and the objections are settled brings up the
  next objection or "I'll think about it".
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from coursekit.labels import TECHNIQUES
from coursekit.sim import replies
from coursekit.sim.customer import CustomerModel, UNHANDLED
from coursekit.sim.scenario import Option

#: Moves that put an objection to the test.
TESTS = frozenset({"hypothesis", "counter_question"})
#: A customer buys only from this trust up.
BUYING_TRUST = 50
#: Patience an engaged customer regains when a good turn reveals or settles something.
ENGAGED = 3
#: Trust a free-text turn earns when it brings out something new (a good question heard).
HEARD = 3
#: Moves that change what a turn is; an option matches free text only if it carries them too.
DEFINING_MOVES = frozenset({"pitch", "pressure", "discount", "argument", "hypothesis",
                            "counter_question", "transformation", "paraphrase", "commitment"})

# The simulator's own game mechanic (not a scoring label): does the trainee ask for the
# decision? The scoring move `commitment` is about promising a next step by a time.
_ASKS_DECISION = re.compile(
    r"\b(?:shall|should|can|could|may) (?:we|i) (?:go ahead|proceed|book|order|sign|put|pack|wrap|"
    r"write (?:it|that|this) up|set (?:it|that|this|you) up|get (?:it|that|this|you|things) (?:started|ordered|booked|going))"
    r"|\b(?:would|do) you (?:like|want) to (?:go ahead|order|buy|book|sign|proceed|take (?:it|one|them|the))"
    r"|\bdo we have a deal|\bare you ready to|\bready to (?:go ahead|order|buy|sign|proceed)"
    r"|\bwill you (?:take|buy|order|sign) (?:it|one|them|the)|\bcan i (?:put you down|book you|take your order)"
    r"|\blet'?s (?:go ahead|do it|sign|book it|get (?:it|you|started))|\bgo ahead with (?:it|the|this|that|our)",
    re.IGNORECASE)


def asks_for_decision(text: str) -> bool:
    """Whether a turn asks the customer to decide ("Shall we go ahead?")."""
    return bool(_ASKS_DECISION.search(text or ""))


def turn_level(analysis) -> str | None:
    """The need level a turn targets, or None when it names none."""
    need = analysis.need
    return need.label if need.evidence else None


def turn_tags(analysis) -> frozenset[str]:
    """Moves, question technique and form of a free-text turn (what temperaments react to)."""
    tags = set(analysis.moves)
    q = analysis.question
    if q is not None and q.is_question:
        tags.add(q.label)
        tags.add(q.form)
    return frozenset(tags)


def match_option(options: tuple[Option, ...], analysis) -> Option | None:
    """The option a free-text turn says in other words, if one matches closely.

    A question matches a question option on the same need level and form (its
    technique breaks ties); a statement matches an option whose technique is one of
    the turn's moves. The first option wins a tie.
    """
    q = analysis.question if analysis.question is not None and analysis.question.is_question else None
    level = turn_level(analysis)
    moves = set(analysis.moves)
    if asks_for_decision(getattr(analysis, "text", "")):
        moves.add("commitment")
    best, best_score = None, 0
    for option in options:
        if (moves & DEFINING_MOVES) - option.tags:
            continue  # the turn does something this option does not
        score = 0
        if option.technique in TECHNIQUES:
            if q is None or level != option.level:
                continue
            form = option.form or ("closed" if option.technique == "confirming" else "open")
            if form != q.form or (form == "closed" and q.label != option.technique):
                continue
            score = 2 + (q.label == option.technique)
        elif option.technique in moves and set(option.moves) <= moves:
            score = 2 + (level == option.level)
        if score > best_score:
            best, best_score = option, score
    return best


@dataclass
class Response:
    """What the customer says back, and whether that ends the conversation."""

    lines: list[str] = field(default_factory=list)
    outcome: str | None = None
    engaged: bool = False


class FreeTextReader:
    """Answers free text from a scenario's content for one customer model."""

    def __init__(self, model: CustomerModel, rng: random.Random):
        self.model = model
        self.scenario = model.scenario
        self.rng = rng
        self.temperament = model.temperament.id

    def _line(self, situation: str, fact: str = "") -> str:
        return replies.line(self.rng, situation, self.temperament, fact)

    def respond(self, analysis) -> Response:
        """The customer's answer to a judgeable free-text turn (state already charged)."""
        moves = set(analysis.moves)
        q = analysis.question if analysis.question is not None and analysis.question.is_question else None
        open_objections = self.model.open_objections()

        if open_objections and moves & TESTS:
            return self._test(open_objections[0])
        if open_objections:
            resolved = self._resolve(open_objections[0], moves)
            if resolved is not None:
                return resolved
        if "commitment" in moves or asks_for_decision(getattr(analysis, "text", "")):
            return self._close(moves)
        if "hypothesis" in moves:
            return self._trial_close()
        if "discount" in moves:
            price_open = any(self.scenario.objection(o).pattern in {"too_expensive", "no_money"}
                             for o in open_objections)
            return Response([self._line("discount_on_price" if price_open else "discount_early")])
        if "argument" in moves:
            return Response([self._line("argument")])
        if "pressure" in moves:
            return Response([self._line("pressure")])
        if "paraphrase" in moves:
            if not self.model.any_uncovered():
                return Response([self._line("paraphrase_early")])
            self.model.checkpoints["need"] = True
            return Response([self._line("paraphrased")])
        if "pitch" in moves and q is None:
            return self._pitch()
        if q is not None:
            return self._question(analysis, q, moves)
        if "empathy" in moves or "apology" in moves:
            return Response([self._line("empathy")])
        if "evidence_offer" in moves:
            return Response([self._line("evidence")])
        if "pitch" in moves:
            return self._pitch()
        return Response([self._line("neutral")])

    # -- objections ---------------------------------------------------------------
    def _test(self, objection_id: str) -> Response:
        objection = self.scenario.objection(objection_id)
        lines = [replies.pick(self.rng, objection.test_reply)]
        if objection.genuine:
            self.model.objections[objection_id] = "tested"
        else:
            self.model.objections[objection_id] = "exposed"
            if objection.hides:
                self.model.raise_objection(objection.hides)
        return Response(lines, engaged=True)

    def _resolve(self, objection_id: str, moves: set[str]) -> Response | None:
        objection = self.scenario.objection(objection_id)
        if not moves & set(objection.resolved_by):
            return None
        if not objection.genuine:
            return Response([self._line("not_convinced")])
        evidence_missing = self.model.temperament.needs_evidence and "evidence_offer" not in moves
        level_missing = objection.needs_level is not None and not self.model.level_uncovered(objection.needs_level)
        if evidence_missing or level_missing:
            return Response([self._line("not_convinced")])
        self.model.objections[objection_id] = "resolved"
        self.model.checkpoints["approve"] = True
        lines = [replies.pick(self.rng, objection.resolved_reply)] if objection.resolved_reply else [
            self._line("confirmed")]
        return Response(lines, engaged=True)

    def _close(self, moves: set[str]) -> Response:
        waiting = self.model.waiting_objection(("pitch", "close"))
        if waiting is not None:
            self.model.raise_objection(waiting)
            return Response([replies.pick(self.rng, self.scenario.objection(waiting).says)])
        open_objections = self.model.open_objections()
        if open_objections:
            said = replies.pick(self.rng, self.scenario.objection(open_objections[0]).says)
            self.model.adjust(trust=-3)
            return Response([self._line("objection_again", said)])
        if not self.model.any_uncovered():
            self.model.pitched_early += 1
            return Response([self._line("no_need_seen")])
        if self.model.trust < BUYING_TRUST:
            return Response([self._line("think_it_over")])
        self.model.checkpoints.update(know=True, approve=True, need=True, intent=True)
        return Response([], outcome="won")

    def _trial_close(self) -> Response:
        """A hypothesis with no objection on the table: it brings the next objection out."""
        waiting = self.model.waiting_objection(("pitch", "close"))
        if waiting is not None:
            self.model.raise_objection(waiting)
            return Response([replies.pick(self.rng, self.scenario.objection(waiting).says)], engaged=True)
        if not self.model.any_uncovered():
            return Response([self._line("no_need_seen")])
        self.model.checkpoints["approve"] = True
        return Response([self._line("closed_yes")])

    def _pitch(self) -> Response:
        if not self.model.any_uncovered():
            self.model.pitched_early += 1
            self.model.adjust(trust=-4, patience=-12)
            return Response([self._line("pitch_early")])
        self.model.checkpoints["know"] = True
        if self.model.checkpoints["need"]:
            self.model.checkpoints["approve"] = True
        lines = [self._line("pitch_ok")]
        waiting = self.model.waiting_objection(("pitch",))
        if waiting is not None:
            self.model.raise_objection(waiting)
            lines.append(replies.pick(self.rng, self.scenario.objection(waiting).says))
        return Response(lines)

    # -- questions ----------------------------------------------------------------
    def _question(self, analysis, q, moves: set[str]) -> Response:
        level = turn_level(analysis)
        temperament = self.model.temperament
        model = self.model
        if q.form == "closed" and not moves & {"what_else", "advice_request"}:
            return self._closed(level)
        if moves & {"what_else", "advice_request"} or q.label == "additional":
            need = model.next_hidden()
            if need is None:
                return Response([self._line("closed_no")])
            return self._reveal(need)
        if level is None:
            # an open question with no level: the customer goes deeper on the last topic
            for need in reversed(self.scenario.needs):
                if model.uncovered(need.id) and not model.fully_uncovered(need):
                    return self._reveal(need)
            need = model.next_hidden()
            if need is None:
                return Response([self._line("neutral")])
            return self._reveal(need, count=1)
        need = model.next_hidden(level)
        if need is not None:
            return self._reveal(need, extra=temperament.volunteers)
        told = [n for n in self.scenario.needs if n.level == level]
        if told:
            return Response([self._line("already_told", told[0].facts[0])])
        other = next((n for n in self.scenario.needs if not model.uncovered(n.id) and n.surface), None)
        if other is not None:
            return Response([self._line("not_here_nudge", other.surface)])
        return Response([self._line("not_here")])

    def _closed(self, level: str | None) -> Response:
        model = self.model
        one_word = model.temperament.one_word_closed
        at_level = [n for n in self.scenario.needs if level is not None and n.level == level]
        if any(model.uncovered(n.id) for n in at_level):
            model.checkpoints["need"] = True
            return Response([self._line("one_word_yes" if one_word else "confirmed")])
        if at_level:
            need = at_level[0]
            model.hinted.add(need.id)
            if one_word or not need.surface:
                return Response([self._line("one_word_yes" if one_word else "closed_yes")])
            return Response([self._line("hinted", need.surface)])
        return Response([self._line("one_word_no" if one_word else "closed_no")])

    def _reveal(self, need, count: int | None = None, extra: bool = False) -> Response:
        model = self.model
        facts = model.reveal(need, count or model.temperament.facts_per_open)
        if extra:
            other = next((n for n in self.scenario.needs
                          if n.id != need.id and not model.uncovered(n.id)), None)
            if other is not None:
                facts += model.reveal(other, 1)
        return Response([" ".join(facts)], engaged=True)


def buying_ready(model: CustomerModel) -> bool:
    """Whether the customer would buy now: a need known, objections settled, enough trust."""
    return (model.any_uncovered() and model.trust >= BUYING_TRUST
            and not any(s in UNHANDLED for s in model.objections.values()))
