"""The score of a finished (or cut-short) session.

The blend (documented in docs/scenario-format.md):

    total = 50% dialogue rubric (coursekit.scoring.score_dialogue of the transcript)
          + 50% scenario criteria (what this customer's conversation achieved)

Scenario criteria, with weights that add up to 100 before halving:

- ``needs_uncovered`` (40): each hidden need counts equally; uncovered = full,
  only hinted at (a closed question touched it) = half.
- ``objections_handled`` (25): each objection the customer raised: resolved, or shown
  to be not genuine = full; tested and found genuine but not answered = half; left
  open = none. Weighted out when no objection came up.
- ``outcome`` (25): won = full, still open = 40%, lost = none.
- ``buying_mind`` (10): share of the four checkpoints reached (know, approve, need,
  intent), halved if the product was presented before any need was known.

Weighted-out criteria are reported with maximum 0 and the others scaled to fill their
half. Points are shown whole: the blend is rounded half up, and the criteria's points
and maxima are rounded by largest remainder, so the shown points add up to the blend
and the shown maxima to 100; a criterion at full marks shows them and one short of them never does.
When the choices scale the total down or a cap limits it, the criteria keep the points
they earned and the points taken off are a line of their own (`deducted`, with `limits`
saying why): "all 4 hidden needs uncovered" is never shown at 6 / 20.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Any, Sequence

from coursekit.i18n import t
from coursekit.labels import CHECKPOINTS, NEED_LEVELS
from coursekit.scoring.dialogue import join_list, join_sentences, level_name, objection_name, summary_text
from coursekit.scoring.text import short
from coursekit.scoring.types import Criterion, DialogueReport

DIALOGUE_SHARE = 0.5
#: (id, string id of its name, weight); the names the trainee reads are in
#: coursekit/data/strings/rubric.yaml.
SCENARIO_CRITERIA: tuple[tuple[str, str, int], ...] = (
    ("needs_uncovered", "rubric.session.criterion.needs_uncovered", 40),
    ("objections_handled", "rubric.session.criterion.objections_handled", 25),
    ("outcome", "rubric.session.criterion.outcome", 25),
    ("buying_mind", "rubric.session.criterion.buying_mind", 10),
)
OUTCOME_CREDIT = {"won": 1.0, "open": 0.4, "lost": 0.0}
#: Rubric criteria a session leaves to the scenario: where the customer ended up is its own `outcome`.
JUDGED_BY_SCENARIO = frozenset({"customer_outcome"})
#: Outcome credit of a sale to a customer with no real need (a scenario whose goal is a polite exit).
WRONG_SALE_CREDIT = 0.2
#: Credit of a chosen option by its quality, and the mean credit that keeps the whole score.
CHOICE_CREDIT = {"good": 1.0, "fair": 0.3, "poor": 0.1, "bad": 0.0}
CHOICE_TARGET = 0.97
#: How steeply slips cost: the factor is (mean credit / CHOICE_TARGET) ** CHOICE_POWER, at most 1.
CHOICE_POWER = 4
#: The highest score a session with a `bad` option in it can reach.
BAD_CHOICE_CAP = 30


@dataclass(frozen=True)
class SessionReport:
    """The blended score of a session plus the data for its debrief."""

    scenario_id: str
    total: int
    criteria: list[Criterion]
    outcome: str
    levels_uncovered: dict[str, dict[str, int]]
    """need level -> {"hidden": needs at that level, "uncovered": how many were uncovered}."""
    trust_history: list[int]
    patience_history: list[int]
    dialogue: DialogueReport
    scenario_total: int
    summary: str
    needs: dict[str, str] = field(default_factory=dict)
    """need id -> "uncovered" | "hinted" | "hidden"."""
    practise_next: str = ""
    """One line: the weakest criterion and its advice ("" when every criterion was met)."""
    limits: tuple[str, ...] = ()
    """Why the total is below the blend of its parts: scaled for the choices made, capped (and what did it)."""
    deducted: int = 0
    """Points the limits took off: the criteria's points add up to `total + deducted`."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict of the whole report."""
        return {
            "scenario": self.scenario_id,
            "total": int(self.total),
            "criteria": criteria_dicts(self.criteria),
            "outcome": self.outcome,
            "dialogue_total": int(self.dialogue.total),
            "scenario_total": int(self.scenario_total),
            "blend": {"dialogue": DIALOGUE_SHARE, "scenario": 1 - DIALOGUE_SHARE},
            "levels_uncovered": {k: dict(v) for k, v in self.levels_uncovered.items()},
            "needs": dict(self.needs),
            "trust_history": list(self.trust_history),
            "patience_history": list(self.patience_history),
            "summary": self.summary,
            "practise_next": self.practise_next,
            "limits": list(self.limits),
            "deducted": int(self.deducted),
        }


def criteria_dicts(criteria: Sequence[Criterion]) -> list[dict[str, Any]]:
    """JSON dicts of whole-point criteria: ``score`` and ``maximum`` as ints."""
    out = []
    for c in criteria:
        d = c.to_dict()
        d["score"], d["maximum"] = int(round(c.score)), int(round(c.maximum))
        out.append(d)
    return out


def round_half_up(value: float) -> int:
    return int(math.floor(value + 0.5))


def largest_remainder(values: Sequence[float], total: int) -> list[int]:
    """Whole numbers, each the floor or ceiling of its value, that add up to ``total``."""
    if not values:
        return []
    floors = [int(math.floor(v)) for v in values]
    short = total - sum(floors)
    order = sorted(range(len(values)), key=lambda i: (-(values[i] - floors[i]), i))
    if short >= 0:
        for i in order[:short]:
            floors[i] += 1
    else:  # can happen only through float noise: take from the smallest remainders
        for i in list(reversed(order))[: -short]:
            floors[i] = max(0, floors[i] - 1)
    return floors


def whole_points(criteria: Sequence[Criterion], total: int) -> list[Criterion]:
    """The criteria with whole points adding up to ``total`` and whole maxima adding up to 100."""
    live = [i for i, c in enumerate(criteria) if c.applies]
    maxima = largest_remainder([criteria[i].maximum for i in live], 100)
    scores = largest_remainder([criteria[i].score for i in live], total)
    # a rounded score stays within its rounded maximum, a criterion at full marks shows full marks and
    # one short of them does not (its feedback says what is missing): points move between criteria
    full = [criteria[i].score >= criteria[i].maximum - 1e-9 for i in live]
    top = [maxima[k] if full[k] or maxima[k] == 0 else maxima[k] - 1 for k in range(len(live))]
    bottom = [maxima[k] if full[k] else 0 for k in range(len(live))]

    def shown_off(j: int) -> float:  # how much more a criterion shows than it earned
        return scores[j] - criteria[live[j]].score

    for k in range(len(live)):
        while scores[k] > top[k]:
            room = [j for j in range(len(live)) if scores[j] < top[j]]
            if not room:  # the total leaves no other way: a criterion nearly met may show full marks
                room = [j for j in range(len(live)) if scores[j] < maxima[j] and j != k]
            if not room:
                break
            j = min(room, key=lambda j: (shown_off(j), j))
            scores[k] -= 1
            scores[j] += 1
        while scores[k] < bottom[k]:
            spare = [j for j in range(len(live)) if scores[j] > bottom[j]]
            if not spare:
                break
            j = max(spare, key=lambda j: (shown_off(j), -j))
            scores[k] += 1
            scores[j] -= 1
    out = list(criteria)
    for k, i in enumerate(live):
        out[i] = replace(criteria[i], score=float(scores[k]), maximum=float(maxima[k]))
    return out


def deduction_row(report: SessionReport) -> tuple[str, str, str] | None:
    """The debrief's line for the points its limits took off: (name, "−N", why), or None when none were."""
    if not report.deducted:
        return None
    return t("ui.sim.deducted"), f"\u2212{report.deducted}", " ".join(report.limits)


def practise_next(criteria: Sequence[Criterion]) -> str:
    """'Practise next: <criterion> — <its advice>' for the weakest criterion the trainee controls."""
    live = [c for c in criteria if c.applies and c.maximum > 0 and c.id != "outcome"
            and c.score < c.maximum - 1e-9]
    if not live:
        return ""
    weakest = min(live, key=lambda c: (c.score / c.maximum, -c.maximum))
    return t("rubric.session.practise_next", criterion=weakest.name.lower(), advice=weakest.feedback)


def _needs(session) -> tuple[float, str, tuple[str, ...], dict[str, str]]:
    model = session._model
    status = {}
    for need in session.scenario.needs:
        status[need.id] = ("uncovered" if model.uncovered(need.id)
                           else "hinted" if need.id in model.hinted else "hidden")
    credit = {"uncovered": 1.0, "hinted": 0.5, "hidden": 0.0}
    frac = sum(credit[s] for s in status.values()) / len(status)
    found = [n for n in session.scenario.needs if status[n.id] == "uncovered"]
    missing = [n for n in session.scenario.needs if status[n.id] != "uncovered"]
    evidence = tuple(f"{n.level}: {n.facts[0]}" for n in found)[:4]
    # one level or several ('product and success levels', 'product, service and success levels')
    if not missing:
        levels = list(dict.fromkeys(n.level for n in found))
        key = "rubric.session.needs.all"
    else:
        levels = list(dict.fromkeys(n.level for n in missing))
        key = "rubric.session.needs.some"
    fb = t(f"{key}_{'one' if len(levels) == 1 else 'many'}", found=len(found), total=len(status),
           levels=join_list(level_name(lvl) for lvl in levels))
    return frac, fb, evidence, status


#: Credit for a genuine objection left untested where leaving without a sale is right and the trainee left so.
RESPECTED_UNTESTED = 0.7


def _objections(session) -> tuple[float | None, str, tuple[str, ...]]:
    model = session._model
    raised = [o for o in session.scenario.objections if model.objections[o.id] != "hidden"]
    if not raised:
        return None, t("rubric.session.objections.weighted_out"), ()
    credit = {"resolved": 1.0, "exposed": 1.0, "tested": 0.5, "open": 0.0}
    # when leaving is right, a genuine objection tested and respected is handled, and one respected by leaving
    # the right way without a test nearly so (the sentences' `respected` variants)
    respected = {}
    if parting_is_goal(session):
        credit["tested"] = 1.0
        respected["tested"] = "respected"
        if session.reached_goal:
            credit["open"] = RESPECTED_UNTESTED
            respected["open"] = "respected_untested"
    frac = sum(credit[model.objections[o.id]] for o in raised) / len(raised)
    notes = []
    for o in raised:
        s = model.objections[o.id]  # resolved, exposed, tested or open
        notes.append(t(f"rubric.session.objections.{respected.get(s, s)}", name=objection_name(o.pattern)))
    text = t("rubric.session.objections.feedback", notes=t("rubric.list.semicolon").join(notes))
    return frac, text[:1].upper() + text[1:], tuple(f"{o.id}: {model.objections[o.id]}" for o in raised)


def _outcome(session) -> tuple[float, str]:
    outcome = session.outcome
    if session.reached_goal:  # won, open (left the right way) or lost (ended the right way)
        return 1.0, t(f"rubric.session.outcome.goal_{outcome}")
    if outcome == "won":
        return WRONG_SALE_CREDIT, t("rubric.session.outcome.wrong_sale")
    return OUTCOME_CREDIT[outcome], t(f"rubric.session.outcome.{outcome}")


def choices(session) -> tuple[float, int, int, str]:
    """(factor, best moves, scripted turns, the worst option picked) for the options the trainee chose.

    Each chosen option earns its quality's credit (good 1, fair 0.4, poor 0.1, bad 0); the
    factor is (mean credit / `CHOICE_TARGET`) ** `CHOICE_POWER`, at most 1: one near miss in ten
    turns costs about a sixth of the score, two slips in seven more than half. Free text is judged by the
    rubric: it counts in the mean as full credit, even when the customer took it as one of the options
    (its words are the trainee's, not the option's), unless that option is a bad one (rude, pushy).
    """
    said = [line for line in session.transcript if line.speaker == "trainee" and line.text.strip()]
    picked = [line for line in said if line.quality in CHOICE_CREDIT and (line.option is not None or line.quality == "bad")]
    if not picked:
        return 1.0, 0, 0, ""
    typed = len(said) - len(picked)
    credit = (sum(CHOICE_CREDIT[line.quality] for line in picked) + typed) / (len(picked) + typed)
    good = sum(1 for line in picked if line.quality == "good")
    worst = min(picked, key=lambda line: CHOICE_CREDIT[line.quality])
    return min(1.0, credit / CHOICE_TARGET) ** CHOICE_POWER, good, len(picked), worst.text if worst.quality == "bad" else ""


def parting_is_goal(session) -> bool:
    """Whether this customer is best left without a sale (the scenario's goal ending is not a `won` one)."""
    return not session.scenario.sale_is_goal


def _buying_mind(session) -> tuple[float | None, str, tuple[str, ...]]:
    if parting_is_goal(session):
        return None, t("rubric.session.buying_mind.weighted_out"), ()
    checkpoints = session._model.checkpoints
    reached = [c for c in CHECKPOINTS if checkpoints.get(c)]
    frac = len(reached) / len(CHECKPOINTS)
    fb = (t("rubric.session.buying_mind.reached", checkpoints=t("rubric.list.comma").join(
        t(f"rubric.session.checkpoint.{c}") for c in reached)) if reached else t("rubric.session.buying_mind.none"))
    if session.pitched_early:
        frac *= 0.5
        fb = join_sentences(fb, t("rubric.session.buying_mind.pitched_early"))
    return frac, fb, tuple(reached)


def _one_quote_each(text: str, open_mark: str, close_mark: str) -> str:
    """«A» y «A» (two cues of one line, each replaced by that line) quoted once: «A»."""
    seen: set[str] = set()

    def once(match: re.Match) -> str:
        if match.group(0) in seen:
            return ""
        seen.add(match.group(0))
        return match.group(0)

    text = re.sub(re.escape(open_mark) + r".+?" + re.escape(close_mark), once, text)
    for joiner in {t("rubric.list.and", rest="", last=""), t("rubric.list.comma")}:
        if joiner.strip():  # a joiner left before a closing bracket: "(«A» y )" -> "(«A»)"
            text = re.sub(r"\s*" + re.escape(joiner.strip()) + r"\s*(?=[)）])", "", text)
    return text


def _quoting_what_was_shown(dialogue: DialogueReport, shown: dict[str, str]) -> DialogueReport:
    """The rubric's feedback and evidence quoting the lines as the trainee saw them (translated)."""
    pairs = dict(shown)
    for source, seen in shown.items():  # quotes cut short ("What brings you…") too
        for limit in range(8, len(" ".join(source.split())) + 1):
            pairs.setdefault(short(source, limit), short(seen, limit))

    open_mark, _, close_mark = t("rubric.list.quoted", text="\0").partition("\0")
    quoted = re.compile(re.escape(open_mark) + r"(.+?)" + re.escape(close_mark)) if open_mark and close_mark else None

    def fragment(match: re.Match) -> str:
        """A quoted piece of an English line (a cue: "our best") becomes the line as the trainee saw it."""
        words = match.group(1).rstrip("…").strip().lower()
        for source, seen in shown.items():
            if words and words in source.lower():
                return open_mark + short(seen, 60) + close_mark
        return match.group(0)

    def swap(text: str) -> str:
        for source in sorted(pairs, key=len, reverse=True):
            if source in text:
                text = text.replace(source, pairs[source])
        if quoted is not None:
            text = quoted.sub(lambda m: m.group(0) if any(m.group(1) in v for v in shown.values()) else fragment(m), text)
            text = _one_quote_each(text, open_mark, close_mark)
        return text

    criteria = [replace(c, feedback=swap(c.feedback), evidence=tuple(swap(e) for e in c.evidence))
                for c in dialogue.criteria]
    return replace(dialogue, criteria=criteria, summary=swap(dialogue.summary))


def said_nothing(session) -> bool:
    """Whether the trainee took no turn with a word in it (only empty sends, spaces or punctuation)."""
    return not any(any(ch.isalnum() for ch in line.text) for line in session.transcript if line.speaker == "trainee")


def build_report(session) -> SessionReport:
    """Score a session as it stands: dialogue rubric blended with the scenario's criteria."""
    from coursekit.scoring.dialogue import Annotation, DialogueContext, score_annotated

    lines = []
    shown: dict[str, str] = {}  # the English the rubric read -> the line as the trainee saw it
    # the rubric reads English: a translated conversation is scored on its English twin, line for
    # line, so the same choices score the same in every language
    last = len(session.transcript) - 1
    for k, (line, seen) in enumerate(zip(session.english_transcript, session.transcript)):
        if line.speaker == "customer":  # what the scenario raised here, not a guess from the words
            # the line on which the customer decided to buy says yes, whatever its words
            note = Annotation(objections=tuple(line.raises), agrees=k == last and session.outcome == "won",
                              confirms_need=line.need_confirmed)
        else:  # a scripted option carries its author's tags and level; typed text only its own words
            # (a typed line: the level of the need its answer brought out, which the simulator knows)
            note = Annotation(tags=tuple(line.tags), level=line.level if line.option is not None else None, found=line.found,
                              best=line.option is not None and line.quality == "good")
        if seen.text != line.text:
            shown[line.text] = seen.text
        lines.append((line.speaker, line.text, note))
    levels = tuple(dict.fromkeys(n.level for n in session.scenario.needs))
    dialogue = score_annotated(lines, DialogueContext(levels=levels))
    if shown:
        dialogue = _quoting_what_was_shown(dialogue, shown)
    needs_frac, needs_fb, needs_ev, status = _needs(session)
    obj_frac, obj_fb, obj_ev = _objections(session)
    out_frac, out_fb = _outcome(session)
    bm_frac, bm_fb, bm_ev = _buying_mind(session)
    results = {
        "needs_uncovered": (needs_frac, needs_fb, needs_ev),
        "objections_handled": (obj_frac, obj_fb, obj_ev),
        "outcome": (out_frac, out_fb, (session.outcome,)),
        "buying_mind": (bm_frac, bm_fb, bm_ev),
    }
    applicable = sum(w for cid, _, w in SCENARIO_CRITERIA if results[cid][0] is not None)
    scenario_criteria: list[Criterion] = []
    scenario_total = 0.0
    for cid, name_id, weight in SCENARIO_CRITERIA:
        name = t(name_id)
        frac, fb, ev = results[cid]
        if frac is None:
            scenario_criteria.append(Criterion(cid, name, 0.0, 0.0, fb, ev, applies=False))
            continue
        maximum = 100.0 * weight / applicable
        scenario_total += maximum * frac
        scenario_criteria.append(Criterion(cid, name, maximum * frac, maximum, fb, ev))
    share = DIALOGUE_SHARE
    criteria = [Criterion(c.id, c.name, c.score * share, c.maximum * share,
                          c.feedback, c.evidence, c.applies) for c in dialogue.criteria if c.id not in JUDGED_BY_SCENARIO]
    criteria += [Criterion(c.id, c.name, c.score * (1 - share), c.maximum * (1 - share),
                           c.feedback, c.evidence, c.applies) for c in scenario_criteria]
    raw = sum(c.score for c in criteria)
    blend = total = max(0, min(100, round_half_up(raw)))  # the blend before any scaling or cap
    factor, good, scripted, bad_pick = choices(session)
    typed_only = not any(line.option is not None for line in session.transcript if line.speaker == "trainee")
    scaled_note = cap_note = ""
    if factor < 1.0:
        total = round_half_up(total * factor)
        if typed_only and bad_pick:  # no "best move at 0 of 1 turns" to a trainee who chose no option
            scaled_note = t("rubric.session.scaled_typed", example=short(bad_pick, 60), factor=f"{factor:.2f}")
        else:
            scaled_note = t("rubric.session.scaled", good=good, total=scripted, factor=f"{factor:.2f}")
    caps = [(dialogue.cap, dialogue.cap_reason)] if dialogue.cap is not None else []
    bad_reason = t("rubric.session.bad_choice", cap=BAD_CHOICE_CAP, move=short(bad_pick, 60)) if bad_pick else ""
    if bad_pick:
        caps.append((BAD_CHOICE_CAP, bad_reason))
    cap, reason = min(caps, default=(None, ""), key=lambda c: c[0])
    if cap is not None and total > cap:  # what caps the conversation caps the session
        total = cap
        cap_note = reason
    if typed_only and cap_note and cap_note == bad_reason:
        scaled_note = ""  # the cap's sentence already names the same typed line
    if not cap_note and dialogue.cap_reason:
        cap_note = dialogue.cap_reason  # below the cap already (scaled, or earned less): the offence is still named
    silent_note = ""
    if said_nothing(session):  # the customer's part (an open ending, a need they named unasked) is not the trainee's
        total, silent_note = 0, t("rubric.session.said_nothing")
    notes = [n for n in (scaled_note, cap_note, silent_note) if n]
    # scaled or capped: the criteria keep what they earned, the points taken off are shown apart
    criteria = whole_points(criteria, blend)
    state = session.state
    levels = {lvl: {"hidden": len(state.needs_hidden[lvl]), "uncovered": len(state.needs_uncovered[lvl])}
              for lvl in NEED_LEVELS if lvl in state.needs_hidden}
    summary = join_sentences(t("rubric.session.summary", total=total, outcome=t(f"rubric.session.outcome_word.{session.outcome}"),
                               dialogue=dialogue.total, scenario=round_half_up(scenario_total),
                               rest=summary_text(dialogue)), *(n for n in notes if n not in dialogue.summary))
    return SessionReport(
        scenario_id=session.scenario.id, total=total, criteria=criteria, outcome=session.outcome,
        levels_uncovered=levels, trust_history=list(session.trust_history),
        patience_history=list(session.patience_history), dialogue=dialogue,
        scenario_total=round_half_up(scenario_total), summary=summary, needs=status,
        practise_next=practise_next(criteria), limits=tuple(notes), deducted=blend - total,
    )
