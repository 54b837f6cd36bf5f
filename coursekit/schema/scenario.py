"""Schema of simulator scenarios (`kind: scenario`, `coursekit/data/scenarios/<id>.yaml`).

The spec checks the shape and the label ids; the cross-check follows the turn graph and
reports, each at the offending line: references to unknown turns, needs or objections,
unreachable turns, dead ends (turns with no way to any ending), and a best path (the
highest-quality option at every turn, first on a tie) that cannot reach a `won` ending.
The format is documented in `docs/scenario-format.md`.
"""
from __future__ import annotations

from typing import Any as AnyType, Mapping, Sequence

from coursekit.labels import (
    CHECKPOINTS, MOVES, NEED_LEVELS, OBJECTION_PATTERNS, OBJECTION_TESTS, QUESTION_FORMS, TECHNIQUES, TEMPERAMENTS,
)
from coursekit.schema.core import (
    At, Any, Bool, Enum, Int, ListOf, MapOf, Record, Str, Text, TextOrVariants, did_you_mean, duplicate_ids, register_kind,
)
from coursekit.sourcefile import Problem

#: What an option's `technique` may be: a question technique, an objection test or a move.
OPTION_TECHNIQUES: tuple[str, ...] = tuple(dict.fromkeys((*TECHNIQUES, *OBJECTION_TESTS, *MOVES)))
#: Option quality ids, worst to best (the simulator imports these; one definition).
QUALITIES: tuple[str, ...] = ("bad", "poor", "fair", "good")
#: Quality id -> numeric rank, 0 (bad) .. 3 (good).
QUALITY_RANK: Mapping[str, int] = {q: i for i, q in enumerate(QUALITIES)}
#: How a conversation can end.
OUTCOMES: tuple[str, ...] = ("won", "lost", "open")
#: What `best_option` can pick.
PICK_MODES: tuple[str, ...] = ("best", "worst")
SECTORS: tuple[str, ...] = ("retail", "industrial", "software", "logistics", "pharmacy", "services")
MARKETS: tuple[str, ...] = ("b2b", "b2c")
OBJECTION_TIMES: tuple[str, ...] = ("opening", "pitch", "close", "script")

LINES = Text(description="a line")
#: A customer line: one text, or a list of variants picked by the session's seed.
LINE_OR_VARIANTS = TextOrVariants()

CUSTOMER = Record(
    fields={
        "name": Text(), "role": Text(), "business": Text(),
        "temperament": Enum(TEMPERAMENTS, description="temperament"),
        "trust": Int(min=0, max=100), "patience": Int(min=1, max=100),
    },
    required={"name", "temperament"},
    description="a customer (a mapping with name, role, business, temperament)",
)

NEED = Record(
    fields={
        "id": Str(description="a need id"),
        "level": Enum(NEED_LEVELS, description="need level"),
        "surface": Text(),
        "facts": ListOf(LINES, min_items=1, description="a list of facts"),
        # optional words a trainee's question may use when it asks about this need
        "keywords": ListOf(Str(description="a keyword"), min_items=1, description="a list of keywords"),
    },
    required={"id", "level", "facts"},
    description="a need (a mapping with id, level, facts)",
)

OBJECTION = Record(
    fields={
        "id": Str(description="an objection id"),
        "pattern": Enum(OBJECTION_PATTERNS, description="objection pattern"),
        "genuine": Bool(),
        "says": LINE_OR_VARIANTS,
        "test_reply": LINE_OR_VARIANTS,
        "resolved_reply": LINE_OR_VARIANTS,
        "resolved_by": ListOf(Enum(OPTION_TECHNIQUES, description="technique or move"), min_items=1),
        "when": Enum(OBJECTION_TIMES, description="objection time"),
        "needs_level": Enum(NEED_LEVELS, description="need level"),
        "hides": Str(description="an objection id"),
        # optional words a reply that answers the objection's real concern tends to use
        "resolves_with": ListOf(Str(description="a keyword"), min_items=1, description="a list of keywords"),
    },
    required={"id", "pattern", "genuine", "says", "test_reply"},
    description="an objection (a mapping with id, pattern, genuine, says, test_reply)",
)

OPTION = Record(
    fields={
        "say": Text(),
        "technique": Enum(OPTION_TECHNIQUES, description="technique"),
        "form": Enum(QUESTION_FORMS, description="question form"),
        "level": Enum(NEED_LEVELS, description="need level"),
        "quality": Enum(QUALITIES, description="quality"),
        "moves": ListOf(Enum(MOVES, description="move")),
        "reply": LINE_OR_VARIANTS,
        "next": Str(description="a turn id"),
        "reveals": ListOf(Str(description="a need id")),
        "raises": Str(description="an objection id"),
        "tests": Str(description="an objection id"),
        "resolves": Str(description="an objection id"),
        "checkpoints": ListOf(Enum(CHECKPOINTS, description="checkpoint")),
        "trust": Int(min=-50, max=50),
        "patience": Int(min=-50, max=50),
    },
    required={"say", "technique", "level", "quality", "reply", "next"},
    description="an option (a mapping with say, technique, level, quality, reply, next)",
)

TURN = Record(
    fields={
        "hint": Text(),
        "options": ListOf(OPTION, min_items=2, max_items=4, description="a list of 2 to 4 options"),
        "end": Enum(OUTCOMES, description="outcome"),
        "line": LINE_OR_VARIANTS,
        # an ending that is the right way for this conversation to end (default: the `won` ones);
        # a customer with no real need is best left politely with a follow-up: `end: open` + `goal: true`
        "goal": Bool(),
    },
    description="a turn (a mapping with options, or with end and line)",
)

SCENARIO = Record(
    fields={
        "kind": Enum(("scenario",), description="kind"),
        "id": Str(description="a scenario id"),
        "title": Text(max_len=80),
        "sector": Enum(SECTORS, description="sector"),
        "market": Enum(MARKETS, description="market"),
        "summary": Text(),
        "customer": CUSTOMER,
        "needs": ListOf(NEED, min_items=1, description="a list of needs"),
        "objections": ListOf(OBJECTION, description="a list of objections"),
        "opening": LINE_OR_VARIANTS,
        "start": Str(description="a turn id"),
        "turns": MapOf(TURN, description="a mapping of turn id to turn"),
        "closing": Record(fields={o: LINE_OR_VARIANTS for o in OUTCOMES},
                          description="closing lines by outcome"),
    },
    required={"kind", "id", "title", "sector", "market", "customer", "needs", "opening", "turns"},
)


#: Qualities of a near miss: an option that sounds right but is wrong for this customer or moment.
NEAR_MISS: tuple[str, ...] = ("fair", "poor")


def is_goal(turn: Mapping[str, AnyType]) -> bool:
    """Whether an ending (scenario-file mapping) is a right way to end: `won`, unless `goal:` says otherwise."""
    goal = turn.get("goal")
    return bool(goal) if isinstance(goal, bool) else turn.get("end") == "won"


def _is_line_or_variants(value: AnyType) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v.strip() for v in value)


def best_option(options: Sequence[AnyType], mode: str = "best") -> int:
    """Index of the highest-quality option (`mode="worst"`: the lowest); the first one on a tie.

    The one tie rule of the course: the schema's best-path check, `coursekit.sim.play_auto`
    and `coursekit play --auto` all pick with it. `options` are scenario-file mappings or
    objects with a `.quality` (the simulator's `Option`); an option of unknown quality is
    picked only when no option has a known one (then the first). ValueError when empty.
    """
    if mode not in PICK_MODES:
        raise ValueError(f"mode must be one of {', '.join(PICK_MODES)}, not {mode!r}")
    if not options:
        raise ValueError("there are no options to pick from")

    def rank(option: AnyType) -> int | None:
        quality = option.get("quality") if isinstance(option, Mapping) else getattr(option, "quality", None)
        return QUALITY_RANK.get(quality) if isinstance(quality, str) else None

    ranks = [rank(o) for o in options]
    known = [r for r in ranks if r is not None]
    if not known:
        return 0
    return ranks.index(max(known) if mode == "best" else min(known))


def check_scenario(data: AnyType, at: At) -> list[Problem]:
    """Cross-field checks of a scenario; every problem positioned at its line."""
    problems: list[Problem] = []
    problems += duplicate_ids(data.get("needs"), ("needs",), at)
    problems += duplicate_ids(data.get("objections"), ("objections",), at)
    needs = {n.get("id"): n for n in data.get("needs") or [] if isinstance(n, dict)}
    objections = {o.get("id"): o for o in data.get("objections") or [] if isinstance(o, dict)}
    turns = data.get("turns") or {}
    levels = {n.get("level") for n in needs.values()}

    # customer lines: a text or a non-empty list of texts
    line_fields = [(("opening",), data.get("opening"))]
    for i, o in enumerate(data.get("objections") or []):
        if isinstance(o, dict):
            line_fields += [(("objections", i, k), o[k]) for k in ("says", "test_reply", "resolved_reply") if k in o]
    for tid, turn in turns.items():
        if isinstance(turn, dict):
            if "line" in turn:
                line_fields.append((("turns", tid, "line"), turn["line"]))
            for j, opt in enumerate(turn.get("options") or []):
                if isinstance(opt, dict) and "reply" in opt:
                    line_fields.append((("turns", tid, "options", j, "reply"), opt["reply"]))
    for path, value in line_fields:
        if value is not None and not _is_line_or_variants(value):
            problems.append(at(path, "expected a line or a list of line variants (text)"))

    for i, o in enumerate(data.get("objections") or []):
        if not isinstance(o, dict):
            continue
        hides = o.get("hides")
        if hides is not None:
            if hides not in objections:
                problems.append(at(("objections", i, "hides"), f"unknown objection {hides!r}"
                                   f"{did_you_mean(hides, objections)}; known: {', '.join(map(str, objections))}"))
            elif o.get("genuine") is True:
                problems.append(at(("objections", i, "hides"), "only a brush-off (genuine: false) hides another objection"))
        if o.get("needs_level") is not None and o.get("needs_level") not in levels:
            problems.append(at(("objections", i, "needs_level"),
                               f"no need of this scenario sits at level {o.get('needs_level')!r}"))

    # the turn graph
    start = data.get("start", next(iter(turns), None))
    if "start" in data and start not in turns:
        problems.append(at(("start",), f"unknown turn {start!r}{did_you_mean(start, turns)}"))
    edges: dict[str, list[str]] = {}
    for tid, turn in turns.items():
        if not isinstance(turn, dict):
            continue
        options = turn.get("options")
        has_end = "end" in turn
        if has_end and options:
            problems.append(at(("turns", tid, "end"), "a turn is either an ending (end) or has options, not both"))
        elif not has_end and not options:
            problems.append(at(("turns", tid), f"dead end: turn {tid!r} has no options and no 'end'"))
        if has_end and "line" not in turn:
            problems.append(at(("turns", tid), f"ending {tid!r} needs a 'line' (what the customer says last)"))
        edges[tid] = []
        for j, opt in enumerate(options or []):
            if not isinstance(opt, dict):
                continue
            nxt = opt.get("next")
            if isinstance(nxt, str):
                if nxt in turns:
                    edges[tid].append(nxt)
                else:
                    problems.append(at(("turns", tid, "options", j, "next"),
                                       f"unknown turn {nxt!r}{did_you_mean(nxt, turns)}"))
            for key in ("reveals",):
                for k, need_id in enumerate(opt.get(key) or []):
                    if need_id not in needs:
                        problems.append(at(("turns", tid, "options", j, key, k), f"unknown need {need_id!r}"
                                           f"{did_you_mean(need_id, needs)}; known: {', '.join(map(str, needs))}"))
            for key in ("raises", "tests", "resolves"):
                ob = opt.get(key)
                if ob is not None and ob not in objections:
                    known = ", ".join(map(str, objections)) or "none (the scenario has no objections)"
                    problems.append(at(("turns", tid, "options", j, key), f"unknown objection {ob!r}"
                                       f"{did_you_mean(ob, objections)}; known: {known}"))
    if start not in turns:
        return problems

    reachable = {start}
    todo = [start]
    while todo:
        for nxt in edges.get(todo.pop(), []):
            if nxt not in reachable:
                reachable.add(nxt)
                todo.append(nxt)
    for tid in turns:
        if tid not in reachable:
            problems.append(at(("turns", tid), f"unreachable turn {tid!r}: no option leads to it from the start"))

    endings = {tid for tid, t in turns.items() if isinstance(t, dict) and "end" in t}
    goals = {t for t in endings if is_goal(turns[t])}
    if not goals:
        problems.append(at(("turns",), "no 'won' ending and no ending marked 'goal: true': "
                                       "there is no right way for this conversation to end"))
    for tid in endings:
        turn = turns[tid]
        if turn.get("goal") is True and turn.get("end") == "lost":
            problems.append(at(("turns", tid, "goal"), "a 'lost' ending cannot be the goal"))

    # every decision offers a near miss: an option that sounds right but is not the best
    for tid, turn in turns.items():
        options = [o for o in (turn.get("options") or []) if isinstance(o, dict)] if isinstance(turn, dict) else []
        if len(options) < 2:
            continue
        best = options[best_option(options)]
        near = [o for o in options if o is not best and o.get("quality") in NEAR_MISS]
        if not near:
            problems.append(at(("turns", tid, "options"), "no near miss: add an option of quality "
                                                          f"{' or '.join(NEAR_MISS)} that sounds professional "
                                                          "but is wrong for this customer or this moment"))
    can_end = set(endings)
    changed = True
    while changed:
        changed = False
        for tid, nxts in edges.items():
            if tid not in can_end and any(n in can_end for n in nxts):
                can_end.add(tid)
                changed = True
    for tid in turns:
        if tid in reachable and tid not in can_end and isinstance(turns[tid], dict) and turns[tid].get("options"):
            problems.append(at(("turns", tid), f"dead end: no ending can be reached from turn {tid!r}"))

    # the best path must end well
    tid, seen, last = start, set(), None
    while isinstance(turns.get(tid), dict) and turns[tid].get("options") and tid not in seen:
        seen.add(tid)
        options = [o for o in turns[tid]["options"] if isinstance(o, dict)]
        if not options:
            break
        j = best_option(options)
        last = ("turns", tid, "options", j, "next")
        tid = options[j].get("next")
    turn = turns.get(tid)
    if tid in seen:
        problems.append(at(last, f"the best path loops back to turn {tid!r} and never reaches an ending"))
    elif isinstance(turn, dict) and "end" in turn and not is_goal(turn) and last is not None:
        problems.append(at(last, f"the best path (highest-quality option at each turn) ends in {tid!r}, "
                                 f"a {turn.get('end')!r} ending that is not a goal (a 'won' one, or 'goal: true')"))
    return problems


register_kind("scenario", SCENARIO, check_scenario)
