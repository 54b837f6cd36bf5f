"""Exercise checkers: score an answer against its key, with feedback that says why.

Every checker returns a `CheckResult` and never raises on a trainee's answer: blanks
(None, '', whitespace, '...', Ellipsis) are 'unanswered'; wrong types are 'wrong' with
feedback saying what was expected.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..i18n import t as translate
from ..labels import NEED_LEVELS, OBJECTION_PATTERNS, OBJECTION_TESTS, TECHNIQUES
from . import multilingual
from .answers import SHOWN_CHARS, canon, is_blank, label_id, same, show, show_list, split_items
from .moves import analyse_normalised
from .objection_lexicon import OBJECTION_WHY
from .question import predict_question
from .readers import reader
from .text import normalise, short, unjudgeable_feedback
from .types import CheckResult

__all__ = ["CheckResult", "check_choice", "check_set", "check_order", "check_free_text"]

_SCALARS = (str, int, float, bool)


def _points(points: Any) -> float:
    try:
        p = float(points)
    except (TypeError, ValueError, OverflowError):
        return 1.0
    if p != p or p in (float("inf"), float("-inf")):  # NaN or infinite
        return 1.0
    return p if p >= 0 else 0.0


def _unanswered(points: float, what: str) -> CheckResult:
    return CheckResult(0.0, points, "unanswered", f"No answer yet: {what}.", ())


def _status(frac: float) -> str:
    if frac >= 0.999:
        return "correct"
    return "partial" if frac > 0 else "wrong"


def _type_name(x: object) -> str:
    return {list: "a list", tuple: "a tuple", dict: "a dict", set: "a set", frozenset: "a set"}.get(type(x), f"a {type(x).__name__}")


def _as_options(key: object) -> list[object]:
    if isinstance(key, (list, tuple)):
        return list(key)
    if isinstance(key, (set, frozenset)):
        return sorted(key, key=repr)
    return [key]


def _key_items(key: object) -> list[object]:
    """The items of a set/order key: a list, or a comma-separated string; duplicates dropped."""
    raw = split_items(key) if isinstance(key, str) else _as_options(key)
    out: list[object] = []
    for k in raw:
        if not any(same(k, o) for o in out):
            out.append(k)
    return out


def _no_key(pts: float) -> CheckResult:
    return CheckResult(0.0, pts, "wrong", "This question has no answer key to check against; tell your instructor.", ())


def check_choice(answer: object, key: object, points: float = 1, *, reveal: bool = True) -> CheckResult:
    """A single choice. `key` is the right answer (or a list of acceptable alternatives)."""
    pts = _points(points)
    options = _as_options(key)
    if not options:
        return _no_key(pts)
    example = show(options[0])
    if is_blank(answer):
        return _unanswered(pts, f"replace the placeholder with one answer, for example {example}")
    if not isinstance(answer, _SCALARS):
        return CheckResult(0.0, pts, "wrong",
                           f"Expected a single answer (one value such as {example}), but got {_type_name(answer)}; "
                           "choose one option.", ())
    if isinstance(answer, str) and len(split_items(answer)) > 1 and not any(same(answer, o) for o in options):
        return CheckResult(0.0, pts, "wrong",
                           f"Expected one answer, but {show(answer)} names several; pick the single best option.", ())
    for o in options:
        if same(answer, o):
            return CheckResult(pts, pts, "correct", f"Correct: {show(answer)} is the right answer.", (canon(answer),))
    lid = label_id(answer)
    why = ""
    if lid is not None and label_id(options[0]) is not None and lid in _LABEL_HINT:
        why = f" ({show(answer)} would mean {_LABEL_HINT[lid]})"
    tail = f"; the answer is {show(options[0])}" + (f", which means {_LABEL_HINT[label_id(options[0])]}" if label_id(options[0]) in _LABEL_HINT else "") if reveal else "; look again at the definitions and try once more"
    return CheckResult(0.0, pts, "wrong", f"Not quite: you chose {show(answer)}{why}{tail}.",
                       (short(canon(answer), SHOWN_CHARS),))


def _items(answer: object) -> list[object] | None:
    if isinstance(answer, str):
        return split_items(answer)
    if isinstance(answer, (list, tuple, set, frozenset)):
        if all(isinstance(a, _SCALARS) for a in answer):
            return list(answer)
        return None
    if isinstance(answer, (int, float)):
        return [answer]
    return None


def _key_index(item: object, key: list[object]) -> int | None:
    for i, k in enumerate(key):
        if same(item, k):
            return i
    return None


#: Most items of a list answer that `check_set` reads; the rest are ignored (and the feedback says so).
MAX_SET_ITEMS = 200


class _KeyIndex:
    """Constant-time lookup of an answer item among the key items (same rules as `same`)."""

    def __init__(self, keys: list[object]):
        self.keys = keys
        self.by_canon: dict[str, int] = {}
        self.by_label: dict[str, int] = {}
        self.has_bool = any(isinstance(k, bool) for k in keys)
        for i, k in enumerate(keys):
            self.by_canon.setdefault(canon(k), i)
            lid = label_id(k)
            if lid is not None:
                self.by_label.setdefault(lid, i)

    def find(self, item: object) -> int | None:
        if self.has_bool or isinstance(item, bool):  # yes/no answers: the general rule
            return _key_index(item, self.keys)
        i = self.by_canon.get(canon(item))
        if i is None:
            lid = label_id(item)
            i = self.by_label.get(lid) if lid is not None else None
        if i is None:
            return None
        # canon equality is `same`; double-check label matches (cheap, one comparison)
        return i if same(item, self.keys[i]) else _key_index(item, self.keys)


def check_set(answer: object, key: object, points: float = 1, *, reveal: bool = True) -> CheckResult:
    """A set of choices with partial credit: (right picks - wrong picks) / size of the key.

    Runs in time linear in the answer's length; only the first `MAX_SET_ITEMS` items are read.
    """
    pts = _points(points)
    keys = _key_items(key)
    if is_blank(answer):
        return _unanswered(pts, f"list the {len(keys)} answers that apply, for example [{show(keys[0]) if keys else ''}, ...]")
    items = _items(answer)
    if items is None:
        return CheckResult(0.0, pts, "wrong", f"Expected a list of answers such as [{', '.join(show(k) for k in keys[:2])}], "
                                              f"but got {_type_name(answer)}.", ())
    too_long = len(items) > MAX_SET_ITEMS
    if too_long:
        items = items[:MAX_SET_ITEMS]
    index = _KeyIndex(keys)
    hit: set[int] = set()
    wrong: list[object] = []
    seen_wrong: set[str] = set()
    for it in items:
        i = index.find(it)
        if i is None:
            c = canon(it)
            lid = label_id(it)
            tags = {c} | ({"label:" + lid} if lid else set())
            if not tags & seen_wrong:
                wrong.append(it)
            seen_wrong |= tags
        else:
            hit.add(i)
    if not keys:
        frac = 1.0 if not wrong else 0.0
    else:
        frac = max(0.0, (len(hit) - len(wrong)) / len(keys))
    missed = [keys[i] for i in range(len(keys)) if i not in hit]
    parts = [f"{len(hit)} of {len(keys)} right"]
    if wrong:
        parts.append("not part of the answer: " + show_list(wrong))
    if missed:
        parts.append(("missing: " + show_list(missed)) if reveal else f"{len(missed)} missing")
    if too_long:
        parts.append(f"your answer list is too long: only the first {MAX_SET_ITEMS} items were read; "
                     f"list just the {len(keys)} that apply")
    status = _status(frac)
    lead = {"correct": "Correct", "partial": "Partly right", "wrong": "Not yet"}[status]
    ev = tuple(canon(keys[i]) for i in sorted(hit))
    return CheckResult(round(pts * frac, 4), pts, status, f"{lead}: " + "; ".join(parts) + ".", ev)


def check_order(answer: object, key: object, points: float = 1, *, reveal: bool = True) -> CheckResult:
    """An ordering with partial credit: share of the key's pairs the answer puts in the right order."""
    pts = _points(points)
    keys = _key_items(key)
    if not keys:
        return _no_key(pts)
    if is_blank(answer):
        return _unanswered(pts, f"put the {len(keys)} items in order, e.g. [{', '.join(show(k) for k in keys[:2])}, ...]")
    items = _items(answer) if not isinstance(answer, (set, frozenset)) else None
    if items is None:
        return CheckResult(0.0, pts, "wrong", f"Expected an ordered list such as [{', '.join(show(k) for k in keys[:2])}, ...], "
                                              f"but got {_type_name(answer)}.", ())
    pos: dict[int, int] = {}
    extra: list[object] = []
    for p, it in enumerate(items):
        i = _key_index(it, keys)
        if i is None:
            extra.append(it)
        elif i not in pos:
            pos[i] = p
    n = len(keys)
    if n <= 1:
        frac = 1.0 if (n == 1 and 0 in pos and not extra) else 0.0
        pairs_ok = total_pairs = 0
    else:
        total_pairs = n * (n - 1) // 2
        pairs_ok = sum(1 for a in range(n) for b in range(a + 1, n) if a in pos and b in pos and pos[a] < pos[b])
        frac = pairs_ok / total_pairs
        if extra:
            frac *= n / (n + len(extra))
    in_place = sum(1 for i, p in pos.items() if p == i)
    parts = [f"{in_place} of {n} in the right position"]
    if total_pairs:
        parts.append(f"{pairs_ok} of {total_pairs} pairs in the right order")
    missing = [keys[i] for i in range(n) if i not in pos]
    if missing:
        parts.append("missing: " + show_list(missing))
    if extra:
        parts.append("not in the list: " + show_list(extra))
    first_wrong = next(((a, b) for a in range(n) for b in range(a + 1, n) if a in pos and b in pos and pos[a] > pos[b]), None)
    if first_wrong and reveal:
        parts.append(f"{show(keys[first_wrong[0]])} comes before {show(keys[first_wrong[1]])}")
    status = _status(frac)
    lead = {"correct": "Correct order", "partial": "Partly right", "wrong": "Not yet"}[status]
    return CheckResult(round(pts * frac, 4), pts, status, f"{lead}: " + "; ".join(parts) + ".",
                       tuple(canon(keys[i]) for i in sorted(pos)))


# ---------------------------------------------------------------- free text

_LABEL_HINT = {
    "product": "the product's function, quality or price",
    "service": "delivery, set-up, training, repair or support",
    "experience": "trying, tasting or taking part, and how dealing with you feels",
    "relationship": "trust, respect and help over time",
    "success": "the customer's own goal",
    "inquiry": "a direct fact-finding question",
    "confirming": "a yes/no question that confirms a fact",
    "identifying": "a routine identity or contact question",
    "descriptive": "an invitation to describe the situation or opinions",
    "clarifying": "a check that you understood a statement or figure",
    "satisfaction": "a follow-up on whether the customer was satisfied",
    "additional": "a question about what else the customer needs",
    "hypothesis": "'If we solved X, would you go ahead?'",
    "counter_question": "'What would satisfy you?'",
    "transformation": "turning the objection into a selling point",
    "open": "a question that needs more than yes or no",
    "closed": "a yes/no question",
}
_SELLING_WHY = {
    "pitch": "sounds like a sales pitch",
    "discount": "gives price away",
    "pressure": "pushes the customer",
}
#: Most a turn that breaks a no_pitch / no_pressure / no_discount requirement can score (share of points).
_BROKEN_CAP = 0.5

_TEST_EXAMPLE = {
    "hypothesis": "'If we could ..., would you ...?'",
    "counter_question": "'What would ... need to look like for you?'",
    "transformation": "'That's exactly why ...'",
}


#: Longest cue match quoted as evidence. Cue phrases run to ~100 characters ("if our
#: installers showed you three similar jobs ..., would you"), so they are kept whole;
#: only a freak match (a 2,000-letter "word") is cut.
_EVIDENCE_CHARS = 160


def _quoted(phrase: str) -> str:
    """Words of the trainee's answer that decided a requirement, quoted (repr quotes) in feedback."""
    return repr(short(phrase, _EVIDENCE_CHARS))


def _first(evidence: tuple[str, ...]) -> str:
    return short(evidence[0], _EVIDENCE_CHARS) if evidence else ""


def _wanted(value: object, allowed: tuple[str, ...]) -> list[str]:
    vals = value if isinstance(value, (list, tuple, set, frozenset)) else [value]
    out = []
    for v in vals:
        lid = label_id(v) if isinstance(v, str) else None
        if lid in allowed:
            out.append(lid)
        elif isinstance(v, str) and v in allowed:
            out.append(v)
    return out


def _check_translated(t, spec: Mapping, pts: float) -> CheckResult:
    """`check_free_text` for a Spanish or Chinese answer: the same requirements, read by the
    language's own classifiers and dialogue lexicon, with the feedback in that language."""
    wanted: dict = {"form": [canon(spec["form"])] if spec.get("form") else [],
                    "technique": _wanted(spec.get("technique"), TECHNIQUES) if spec.get("technique") else [],
                    "level": _wanted(spec.get("level"), NEED_LEVELS) if spec.get("level") else []}
    min_words = spec.get("min_words")
    if isinstance(min_words, (int, float)) and not isinstance(min_words, bool) and min_words > 0:
        wanted["min_words"] = int(min_words)
    met, missed, found_evidence = multilingual.check_requirements(t, wanted)
    evidence = list(found_evidence)
    strings = multilingual.strings(t.language)
    question, moves, move_words = reader(t.language).read_turn(t)

    def name(move: str) -> str:
        return translate(f"ui.move.{move}", t.language)

    if spec.get("objection"):
        pattern = (_wanted(spec["objection"], OBJECTION_PATTERNS) or ["brush_off"])[0]
        what = strings[f"objection.{pattern}.name"]
        answer = strings[f"objection.{pattern}.answer"]
        bad = sorted(moves & {"argument", "pressure", "discount"})
        if (moves & _CONSTRUCTIVE or (question is not None and question.form == "open")) and not bad:
            met.append(strings["check.objection.met"].format(name=what))
        elif bad:
            missed.append(strings["check.objection.bad"].format(name=what, answer=answer,
                                                               moves=strings["evidence.joiner"].join(name(m) for m in bad)))
        else:
            missed.append(strings["check.objection.missed"].format(name=what, answer=answer))
    if spec.get("test"):
        want = _wanted(spec["test"], OBJECTION_TESTS) or ["hypothesis"]
        found = [m for m in want if m in moves]
        if found:
            met.append(strings["check.test.met"].format(name=name(found[0]), words=_first(move_words.get(found[0], ()))))
            evidence.append(f"test:{found[0]}")
        else:
            missed.append(strings["check.test.missed"].format(name=name(want[0]), example=strings[f"check.test.example.{want[0]}"]))
    broken = False
    for flag, selling in _PROHIBITIONS:
        if not spec.get(flag):
            continue
        found_moves = [m for m in selling if m in moves]
        if found_moves:
            words = list(dict.fromkeys(w for m in found_moves for w in move_words.get(m, ())))[:2]
            missed.append(strings[f"check.{flag}.missed"].format(words=strings["evidence.joiner"].join(
                short(w, _EVIDENCE_CHARS) for w in words)))
            broken = True
        else:
            met.append(strings[f"check.{flag}.met"])
    total = len(met) + len(missed)
    frac = len(met) / total if total else 1.0
    status = "wrong" if broken else _status(frac)
    if broken:  # selling when the task forbids it: as in English, at most half the points
        frac = min(frac, _BROKEN_CAP)
    return CheckResult(round(pts * frac, 4), pts, status, multilingual.check_summary(t, met, missed, status), tuple(evidence))


#: Moves that answer an objection constructively (a free-text `objection` requirement).
_CONSTRUCTIVE = frozenset({"hypothesis", "counter_question", "transformation", "empathy", "paraphrase", "evidence_offer",
                           "commitment"})
#: A free-text prohibition and the moves that break it: a discount or a push is selling too.
_PROHIBITIONS = (("no_pitch", ("pitch", "discount", "pressure")), ("no_pressure", ("pressure",)),
                 ("no_discount", ("discount",)))


def check_free_text(answer: object, spec: object, points: float = 1) -> CheckResult:
    """Free text judged by the classifiers against a spec of requirements (see module docs).

    Spec keys (all optional): form, technique, level, objection, test, no_pitch, no_pressure,
    no_discount, min_words. Score = share of requirements met x points.
    """
    pts = _points(points)
    spec = spec if isinstance(spec, Mapping) else {}
    if is_blank(answer):
        return _unanswered(pts, "write your answer as a sentence in the quotes")
    if not isinstance(answer, str):
        return CheckResult(0.0, pts, "wrong", f"Expected your answer as text in quotes, but got {_type_name(answer)}.", ())
    t = normalise(answer)
    if not t.judgeable and multilingual.supports(t, "technique"):
        return _check_translated(t, spec, pts)
    if not t.judgeable:
        return CheckResult(0.0, pts, "wrong", unjudgeable_feedback(t.reason, "your answer"), ())
    turn = analyse_normalised(t)
    q = predict_question(t)
    met: list[str] = []
    missed: list[str] = []
    evidence: list[str] = []

    form = spec.get("form")
    if form:
        want = canon(form)
        if not q.is_question:
            missed.append(f"an {want} question is wanted, but this is not a question")
        elif q.form == want:
            met.append(f"{want} question (starts with '{_first(q.evidence)}')")
            evidence.append(f"form:{q.form}")
        else:
            hint = "start with 'how' or 'what' or 'tell me'" if want == "open" else "start with 'do', 'is' or 'can'"
            missed.append(f"{want} question: this one is {q.form} (it starts with '{_first(q.evidence)}'); {hint}")

    if "technique" in spec and spec.get("technique"):
        want_t = _wanted(spec["technique"], TECHNIQUES)
        if q.is_question and q.label in want_t:
            met.append(f"{q.label} technique")
            evidence.append(f"technique:{q.label}")
        else:
            target = want_t[0] if want_t else str(spec["technique"])
            got = f"it reads as {q.label}" if q.is_question else "it is not a question"
            missed.append(f"{target} technique ({_LABEL_HINT.get(target, target)}); {got}")

    if spec.get("level"):
        want_l = _wanted(spec["level"], NEED_LEVELS)
        need = turn.need
        if need.label in want_l and need.evidence:
            met.append(f"{need.label} level ({', '.join(_quoted(e) for e in need.evidence[:2])})")
            evidence.append(f"level:{need.label}")
        else:
            target = want_l[0] if want_l else str(spec["level"])
            got = (f"it reads as {need.label} ({', '.join(_quoted(e) for e in need.evidence[:2])})" if need.evidence
                   else "no need-level words found")
            missed.append(f"{target} level ({_LABEL_HINT.get(target, target)}); {got}")

    objection = _wanted(spec.get("objection"), OBJECTION_PATTERNS) if spec.get("objection") else []
    if spec.get("objection"):
        pattern = objection[0] if objection else None
        constructive = turn.moves & _CONSTRUCTIVE or (turn.question and turn.question.form == "open")
        bad = turn.moves & {"argument", "pressure", "discount"}  # the rubric's "argued, pressured or discounted"
        name, advice = OBJECTION_WHY.get(pattern or "", ("the objection", "answer the worry behind it"))
        if constructive and not bad:
            met.append(f"answers {name} constructively")
        elif bad:
            missed.append(f"answering {name}: {', '.join(sorted(bad))} does not help; {advice}")
        else:
            missed.append(f"answering {name}: {advice}")

    if spec.get("test"):
        want_x = _wanted(spec["test"], OBJECTION_TESTS)
        found = [m for m in want_x if m in turn.moves]
        if found:
            met.append(f"{found[0].replace('_', '-')} test ({', '.join(_quoted(e) for e in turn.evidence.get(found[0], ())[:2])})")
            evidence.append(f"test:{found[0]}")
        else:
            target = want_x[0] if want_x else str(spec["test"])
            used = [m for m in OBJECTION_TESTS if m in turn.moves]
            got = f"; this reads as a {used[0].replace('_', '-')}" if used else ""
            missed.append(f"{target.replace('_', '-')} test, e.g. {_TEST_EXAMPLE.get(target, '')}{got}")

    # Prohibitions. A discount ("20% off") or a push ("book now") is selling too, so
    # `no_pitch` fails on any of the three selling moves; `no_pressure`/`no_discount` on their own.
    broken: list[str] = []
    for flag, moves in _PROHIBITIONS:
        if not spec.get(flag):
            continue
        what = flag.replace("_", " ")
        found_moves = [m for m in moves if m in turn.moves]
        if found_moves:
            words = [e for m in found_moves for e in turn.evidence.get(m, ())]
            why = " and ".join(_SELLING_WHY[m] for m in found_moves)
            missed.append(f"{what}: {', '.join(_quoted(e) for e in list(dict.fromkeys(words))[:2])} {why}")
            broken.append(flag)
        else:
            met.append(what)

    min_words = spec.get("min_words")
    if isinstance(min_words, (int, float)) and not isinstance(min_words, bool) and min_words > 0:
        if t.word_count >= min_words:
            met.append(f"at least {int(min_words)} words")
        else:
            missed.append(f"at least {int(min_words)} words (you wrote {t.word_count})")

    total = len(met) + len(missed)
    if total == 0:
        return CheckResult(pts, pts, "correct", "Answer received; this exercise has no requirements to check.", ())
    frac = len(met) / total
    if broken:
        # Selling instead of asking is the mistake the course is about: a turn that pitches,
        # pushes or discounts when the task forbids it is "wrong" and earns at most half the
        # points, however many of the other requirements it meets.
        frac = min(frac, _BROKEN_CAP)
        status = "wrong"
    else:
        status = _status(frac)
    lead = {"correct": "Well done", "partial": "Partly there", "wrong": "Not yet"}[status]
    parts = []
    if met:
        parts.append("Met: " + "; ".join(met))
    if missed:
        parts.append("Missed: " + "; ".join(missed))
    noun = "requirement" if total == 1 else "requirements"
    tail = (" Pitching, pushing or discounting when the task says not to caps the mark at half."
            if broken else "")
    return CheckResult(round(pts * frac, 4), pts, status,
                       f"{lead} ({len(met)} of {total} {noun} met) - " + ". ".join(parts) + "." + tail,
                       tuple(evidence))
