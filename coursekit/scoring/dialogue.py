"""The dialogue rubric: seven criteria grounded in the brief and in coaching practice.

See docs/scoring.md for the grounding (brief sections 4-6, motivational interviewing,
SPIN sequencing, LAER objection handling). A criterion whose situation never arises
(no objection raised, customer never upset) is *weighted out*: it is reported with
maximum 0 and the other maxima are scaled so that they still add up to 100.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from coursekit.labels import MOVES as _MOVE_IDS, NEED_LEVELS, OBJECTION_PATTERNS

from .cues import quote
from .moves import analyse_normalised, is_upset, upset_level
from .need import predict_need
from .need import rule_scores as need_rule_scores
from .question import question_form
from .objection import is_objection
from .text import normalise, sentences, short
from .types import Criterion, DialogueReport, TurnAnalysis

#: (id, name, weight) in rubric order; weights add up to 100.
CRITERIA: tuple[tuple[str, str, int], ...] = (
    ("discovery_before_pitch", "Discovery before pitching", 20),
    ("open_questions", "Share of open questions", 15),
    ("confirming_understanding", "Confirming understanding", 15),
    ("objections_tested", "Objections tested, not argued", 15),
    ("calm_with_upset_customer", "Calm with an upset customer", 10),
    ("higher_need_levels", "Reaching the higher need levels", 15),
    ("closing_the_loop", "Closing the loop", 10),
)
#: Open-question share that earns full marks (MITI 3: 50% competent, 70% proficient).
OPEN_SHARE_TARGET = 0.7
#: Discovery questions before the first pitch that earn full marks.
DISCOVERY_TARGET = 2
#: Longest quote of a trainee turn in the rubric's evidence.
_QUOTE = 60
_TESTS = ("hypothesis", "counter_question", "transformation")
_BAD = ("argument", "pressure", "discount")
_SPEAKERS = {"trainee": "trainee", "salesperson": "trainee", "seller": "trainee", "agent": "trainee",
             "customer": "customer", "client": "customer", "buyer": "customer"}


@dataclass(frozen=True)
class _Turn:
    index: int
    speaker: str
    text: str
    analysis: TurnAnalysis
    level: str | None = None
    """The need level a scripted line is tagged with (the simulator's options), else None."""
    objections: tuple[str, ...] | None = None
    """Customer lines: objection patterns the caller knows this line raised (None: detect them)."""


def _n(count: int, word: str, plural: str | None = None) -> str:
    """'1 question', '2 questions', '0 questions'."""
    return f"{count} {word if count == 1 else (plural or word + 's')}"


@dataclass(frozen=True)
class _Result:
    fraction: float | None  # None: does not apply
    feedback: str
    evidence: tuple[str, ...] = ()


def _parse(turns: object) -> list[_Turn]:
    out: list[_Turn] = []
    if isinstance(turns, (str, bytes, Mapping)) or turns is None:
        return out
    try:
        items = list(turns)  # type: ignore[call-overload]
    except TypeError:
        return out
    for item in items:
        if not isinstance(item, Mapping):
            continue
        speaker = item.get("speaker")
        text = item.get("text")
        if not isinstance(speaker, str) or not isinstance(text, str):
            continue
        role = _SPEAKERS.get(speaker.strip().lower())
        if role is None:
            continue
        analysis = analyse_normalised(normalise(text))
        # Optional tags of a scripted line (the simulator's option technique and moves): a line
        # its author tagged as a pitch, empathy, ... counts as one even if the words don't show it.
        tags = item.get("tags")
        if role == "trainee" and analysis.judgeable and isinstance(tags, (list, tuple)):
            extra = frozenset(t for t in tags if isinstance(t, str) and t in _MOVE_IDS) - analysis.moves
            if extra:
                analysis = replace(analysis, moves=analysis.moves | extra)
        level = item.get("level")
        level = level if role == "trainee" and isinstance(level, str) and level in NEED_LEVELS else None
        declared = item.get("objections")
        objections = (tuple(o for o in declared if o in OBJECTION_PATTERNS)
                      if role == "customer" and isinstance(declared, (list, tuple)) else None)
        out.append(_Turn(len(out), role, text, analysis, level, objections))
    return out


def _discovery_questions(turns: list[_Turn]) -> tuple[float, list[_Turn]]:
    """Credit for need-finding questions: 1 per open question, 0.5 per closed one (identifying ones don't count)."""
    qs = [t for t in turns if t.analysis.question and t.analysis.question.label != "identifying"]
    return sum(1.0 if t.analysis.question.form == "open" else 0.5 for t in qs), qs  # type: ignore[union-attr]


def _discovery(trainee: list[_Turn]) -> _Result:
    pitch_at = next((k for k, t in enumerate(trainee) if t.analysis.moves & {"pitch", "discount"}), None)
    if pitch_at is None:
        credit, questions = _discovery_questions(trainee)
        frac = min(1.0, credit / DISCOVERY_TARGET)
        if not questions:
            return _Result(0.0, "You asked no questions about the customer's needs; find the need before you explain the product.")
        if frac >= 1.0:
            return _Result(1.0, f"You asked {_n(len(questions), 'question')} and never pitched before understanding the need, "
                                "like a doctor who diagnoses before prescribing.", (short(questions[0].text, _QUOTE),))
        return _Result(frac, "You did not pitch too early, but you asked too few questions to find the need; "
                             f"ask at least {DISCOVERY_TARGET} open questions about the customer's situation.",
                       (short(questions[0].text, _QUOTE),))
    credit, before = _discovery_questions(trainee[:pitch_at])
    pitch = trainee[pitch_at]
    ev = tuple(pitch.analysis.evidence.get("pitch", ()) or pitch.analysis.evidence.get("discount", ()))
    if not ev:  # a line tagged as a pitch: quote the line itself
        ev = (short(pitch.text, _QUOTE),)
    frac = min(1.0, credit / DISCOVERY_TARGET)
    pitching = sum(1 for t in trainee if "pitch" in t.analysis.moves)
    if len(trainee) >= 3 and pitching > len(trainee) / 2:
        frac *= 0.5
        extra = " and most of your turns explain the product, which tends to end in 'I'll think about it'"
    else:
        extra = ""
    if not before:
        return _Result(0.0, f"You started selling ({quote(ev, 2)}) before asking a single question about the need{extra}; "
                            "ask first, then explain only the one or two points that match the need.", ev)
    if frac < 1.0:
        kind = "closed " if all(t.analysis.question and t.analysis.question.form == "closed" for t in before) else ""
        return _Result(frac, f"You asked only {_n(len(before), kind + 'question')} before pitching ({quote(ev, 2)}){extra}; "
                             f"ask at least {DISCOVERY_TARGET} open questions to find the need before explaining the product.", ev)
    return _Result(frac, f"You asked {_n(len(before), 'question')} before explaining the product{extra}, so the pitch could "
                         "build on a need the customer had already named.", ev)


def _open_share(trainee: list[_Turn]) -> _Result:
    qs = [t.analysis.question for t in trainee if t.analysis.question]
    if not qs:
        return _Result(0.0, "You asked no questions; open questions ('how', 'what', 'tell me') are how the customer's needs come out.")
    n_open = sum(1 for q in qs if q.form == "open")
    share = n_open / len(qs)
    frac = min(1.0, share / OPEN_SHARE_TARGET)
    closed_ex = next((t.text for t in trainee if t.analysis.question and t.analysis.question.form == "closed"), "")
    ev = (f"{n_open} of {len(qs)} questions open",) + ((short(closed_ex, _QUOTE),) if closed_ex else ())
    if frac >= 1.0:
        return _Result(1.0, f"{_of_your(n_open, len(qs))}, so the customer did most of the describing.", ev)
    lead = _of_your(n_open, len(qs)) if len(qs) == 1 else "Only " + _of_your(n_open, len(qs))
    return _Result(frac, f"{lead} (aim for about {int(OPEN_SHARE_TARGET * 100)}%); "
                         "turn yes/no questions such as '" + short(closed_ex, 50) + "' into 'how' or 'what' questions.", ev)


def _of_your(n_open: int, n: int) -> str:
    """'2 of your 3 questions were open', 'Your one question was open', 'Your one question was closed'."""
    if n == 1:
        return "Your one question was open" if n_open else "Your one question was closed"
    return f"{n_open} of your {n} questions were open"


def _confirming(trainee: list[_Turn]) -> _Result:
    hits = [t for t in trainee if "paraphrase" in t.analysis.moves
            or (t.analysis.question is not None and t.analysis.question.label == "clarifying")]
    need = 1 if len(trainee) <= 4 else 2
    if not hits:
        return _Result(0.0, "You never checked your understanding; paraphrase what the customer said and ask "
                            "'Did I understand you correctly?'.")
    ev = tuple(short(t.text, _QUOTE) for t in hits[:2])
    if len(hits) >= need:
        return _Result(1.0, f"You checked your understanding {'once' if len(hits) == 1 else _n(len(hits), 'time')} (e.g. '{short(hits[0].text, 50)}'), "
                            "which shows you listened and catches mistakes early.", ev)
    frac = 0.85 if hits[0].analysis.question else 0.7
    return _Result(frac, "You checked your understanding once; in a longer conversation paraphrase again after each "
                         "important point and ask whether you got it right.", ev)


def _responses(turns: list[_Turn], at: int, n: int = 2) -> list[_Turn]:
    return [t for t in turns[at + 1:] if t.speaker == "trainee"][:n]


def _objections(turns: list[_Turn]) -> _Result:
    episodes = []
    declared = any(t.objections is not None for t in turns)  # the caller knows which lines raised one
    for t in turns:
        if t.speaker != "customer":
            continue
        if declared:
            episodes.extend((t, label, ()) for label in t.objections or ())
            continue
        found, label, words = is_objection(normalise(t.text))
        if found:
            episodes.append((t, label, words))
    if not episodes:
        return _Result(None, "No objection came up, so this criterion is weighted out.")
    fracs, notes, ev = [], [], []
    for t, label, words in episodes:
        reply = _responses(turns, t.index)
        moves = frozenset().union(*(r.analysis.moves for r in reply)) if reply else frozenset()
        tests = [m for m in _TESTS if m in moves]
        bad = [m for m in _BAD if m in moves]
        if not reply:
            fracs.append(0.0)
            notes.append(f"the '{label.replace('_', ' ')}' objection was left unanswered")
            continue
        open_reply = any(r.analysis.question and r.analysis.question.form == "open" for r in reply)
        if tests:
            f = 1.0
            notes.append(f"you tested the '{label.replace('_', ' ')}' objection with a {tests[0].replace('_', '-')}")
        elif label == "no_need" and open_reply:
            f = 0.8
            notes.append("you answered 'no need' with questions that let the customer discover the need, "
                         "which is how needs are created")
        elif label == "no_time" and "commitment" in moves:
            f = 0.8
            notes.append("you respected the customer's lack of time and booked a next step")
        elif moves & {"empathy", "paraphrase", "evidence_offer"} or any(
                r.analysis.question and r.analysis.question.form == "open" for r in reply):
            f = 0.5
            notes.append(f"you acknowledged the '{label.replace('_', ' ')}' objection but did not test whether it was real")
        else:
            f = 0.2
            notes.append(f"you answered the '{label.replace('_', ' ')}' objection without testing it")
        if bad:
            f = max(0.0, f - 0.4 * len(bad))
            notes[-1] += " and " + " and ".join({"argument": "argued with the customer", "pressure": "pushed for a decision",
                                                   "discount": "offered a discount"}[b] for b in bad)
        fracs.append(f)
        for r in reply:
            for m in tests + bad:
                ev.extend(r.analysis.evidence.get(m, ()))
    frac = sum(fracs) / len(fracs)
    tip = ("" if frac >= 0.99 else "; test an objection with a hypothesis ('If we solved X, would you go ahead?'), "
           "a counter-question ('What would satisfy you?') or by turning it into a selling point, never by arguing or discounting")
    notes = list(dict.fromkeys(notes))  # the same objection said twice gets one note
    text = notes[0] if len(notes) == 1 else "; ".join(notes[:3])
    return _Result(frac, text[0].upper() + text[1:] + tip + ".", tuple(dict.fromkeys(ev))[:4])


def _calm(turns: list[_Turn]) -> _Result:
    episodes = []
    for t in turns:
        if t.speaker == "customer" and is_upset(t.text):
            episodes.append((t, upset_level(t.text)[1]))
    if not episodes:
        return _Result(None, "The customer was never upset, so this criterion is weighted out.")
    fracs, ev, good_seen, bad_seen = [], [], set(), set()
    for t, words in episodes:
        reply = _responses(turns, t.index, 1)
        if not reply:
            continue
        r = reply[0].analysis
        f = 0.0
        if r.moves & {"empathy", "apology"}:
            f += 0.6
        if r.moves & {"paraphrase", "counter_question"} or (r.question and r.question.form == "open"):
            f += 0.25
        if "commitment" in r.moves:
            f += 0.25
        if "argument" in r.moves:
            f = 0.0
            bad_seen.add("argument")
        if r.moves & {"pressure", "pitch"}:
            f -= 0.3
            bad_seen.update(r.moves & {"pressure", "pitch"})
        good_seen.update(r.moves & {"empathy", "apology", "paraphrase", "commitment"})
        fracs.append(max(0.0, min(1.0, f)))
        for m in ("argument", "empathy", "apology", "commitment"):
            ev.extend(r.evidence.get(m, ()))
    if not fracs:
        return _Result(0.0, "The customer was upset and got no reply; let them vent, then acknowledge how they feel.",
                       episodes[0][1])
    frac = sum(fracs) / len(fracs)
    if "argument" in bad_seen:
        fb = ("When the customer was upset you defended yourself or argued back; breathe, let them vent, "
              "and say 'I understand your frustration' before anything else")
    elif frac >= 0.8:
        fb = ("You stayed calm with the upset customer: you " + " and ".join(sorted(
            {"empathy": "acknowledged the feeling", "apology": "apologised", "paraphrase": "played back the problem",
             "commitment": "committed to a next step"}[g] for g in good_seen)))
    elif "pressure" in bad_seen or "pitch" in bad_seen:
        fb = "You kept selling while the customer was upset; first acknowledge the feeling, admit any mistake and commit to a time"
    else:
        fb = ("You stayed polite but did not clearly acknowledge how the customer felt; say 'I understand your frustration', "
              "admit any mistake and commit to a time")
    return _Result(frac, fb + ".", tuple(dict.fromkeys(ev))[:4])


def _levels(trainee: list[_Turn]) -> _Result:
    levels: dict[str, str] = {}
    for t in trainee:
        if not t.analysis.question:
            continue
        if t.level is not None:  # a scripted question: its author said which level it targets
            levels.setdefault(t.level, short(t.text, _QUOTE))
            continue
        # Judge the level of each question sentence on its own ("I'll call you Friday. What matters most
        # to you?" targets the customer's priorities, not the service promise before it).
        for sent in sentences(normalise(t.text).clean):
            if not question_form(sent.lower()).is_question:
                continue
            st = normalise(sent)
            need = predict_need(st)
            if need.evidence and need_rule_scores(st).get(need.label, 0.0) >= 1.0:
                levels.setdefault(need.label, short(t.text, _QUOTE))
    if not levels:
        return _Result(0.0, "Your questions did not explore any need level; ask about the customer's goals (success) "
                            "and what they expect from you over time (relationship), not only the product.")
    top = [lvl for lvl in ("success", "relationship") if lvl in levels]
    ev = tuple(f"{lvl}: {levels[lvl]}" for lvl in levels)[:4]
    if len(top) == 2:
        return _Result(1.0, "Your questions reached both the success and the relationship levels, so you know what the customer "
                            "is really trying to achieve and what they need from you over time.", ev)
    if top:
        other = "relationship" if top[0] == "success" else "success"
        return _Result(0.8, f"Your questions reached the {top[0]} level; to go further, also ask about {other} "
                            f"({'their own goal' if other == 'success' else 'trust and support over time'}).", ev)
    reached = [lvl for lvl in ("experience", "service", "product") if lvl in levels]
    frac = 0.5 if reached[0] in ("experience", "service") else 0.25
    return _Result(frac, f"Your questions stopped at the {reached[0]} level; ask what the purchase must help the customer "
                         "achieve (success) and what they need from you over time (relationship).", ev)


def _closing(trainee: list[_Turn]) -> _Result:
    idx = [k for k, t in enumerate(trainee) if "what_else" in t.analysis.moves
           or (t.analysis.question is not None and t.analysis.question.label == "additional"
               and t.analysis.question.confidence >= 0.6 and len(t.analysis.question.evidence) > 1)]
    if idx:
        late = idx[-1] >= (len(trainee) - 1) / 2
        t = trainee[idx[-1]]
        ev = (short(t.text, _QUOTE),)
        if late:
            return _Result(1.0, f"You closed the loop by asking what else the customer needs ('{short(t.text, 50)}'), "
                                "which brings out hidden needs that surface late.", ev)
        return _Result(0.7, "You asked what else the customer needs, but early on; ask again near the end, "
                            "since hidden needs surface late.", ev)
    tail = trainee[-2:]
    if any(t.analysis.moves & {"paraphrase", "commitment"} for t in tail):
        return _Result(0.4, "You summed up or agreed a next step but never asked 'What else?'; one more question "
                            "near the end often brings out a hidden need.")
    return _Result(0.0, "You never asked what else the customer needs; before you finish, ask 'What else should we look at?'.")


def score_dialogue(turns: object) -> DialogueReport:
    """Score a dialogue (list of {"speaker": "trainee"|"customer", "text": str}) on the seven-criterion rubric."""
    parsed = _parse(turns)
    trainee = [t for t in parsed if t.speaker == "trainee" and t.analysis.judgeable]
    if not trainee:
        crits = [Criterion(cid, name, 0.0, float(w), "No trainee turns to score, so this criterion gets no marks.", ())
                 for cid, name, w in CRITERIA]
        return DialogueReport(0, crits, "There is nothing to score yet: the dialogue has no readable trainee turns.",
                              len(parsed), 0)
    results = {
        "discovery_before_pitch": _discovery(trainee),
        "open_questions": _open_share(trainee),
        "confirming_understanding": _confirming(trainee),
        "objections_tested": _objections(parsed),
        "calm_with_upset_customer": _calm(parsed),
        "higher_need_levels": _levels(trainee),
        "closing_the_loop": _closing(trainee),
    }
    applicable = sum(w for cid, _, w in CRITERIA if results[cid].fraction is not None)
    crits: list[Criterion] = []
    total = 0.0
    for cid, name, w in CRITERIA:
        r = results[cid]
        if r.fraction is None:
            crits.append(Criterion(cid, name, 0.0, 0.0, r.feedback, r.evidence, applies=False))
            continue
        maximum = 100.0 * w / applicable
        score = maximum * r.fraction
        total += score
        crits.append(Criterion(cid, name, round(score, 1), round(maximum, 1), r.feedback, r.evidence))
    total_int = max(0, min(100, int(round(total))))
    return DialogueReport(total_int, crits, _summary(total_int, crits), len(parsed), len(trainee))


def _summary(total: int, crits: list[Criterion]) -> str:
    live = [c for c in crits if c.applies and c.maximum > 0]
    best = max(live, key=lambda c: c.score / c.maximum)
    worst = min(live, key=lambda c: c.score / c.maximum)
    if worst.score / worst.maximum >= 0.99:
        return f"{total}/100: every part of the rubric was met; keep this up with harder customers."
    if best.score / best.maximum <= 0.01:
        return f"{total}/100: start by asking open questions about the customer's needs before you explain anything."
    return f"{total}/100: strongest on {best.name.lower()}; work next on {worst.name.lower()}."
