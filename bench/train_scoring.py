"""Train (and compare designs for) the learned part of the classifiers, offline.

    .venv/bin/python bench/train_scoring.py            # compare designs by 5-fold CV on dev
    .venv/bin/python bench/train_scoring.py --write    # train on all dev, write coursekit/scoring/_weights.py
    .venv/bin/python bench/train_scoring.py --write objection_turn   # retrain the named tasks only, keep the rest

Only tests/data/*.jsonl (dev) is used for training and for choosing the design; the
held-out sets under tests/data/heldout/ are never read here.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coursekit.labels import NEED_LEVELS, OBJECTION_PATTERNS, TECHNIQUES  # noqa: E402
from coursekit.scoring import need, objection, question  # noqa: E402
from coursekit.scoring import evaluation  # noqa: E402
from coursekit.scoring.evaluation import report  # noqa: E402
from coursekit.scoring.features import with_context  # noqa: E402
from coursekit.scoring.linear import LinearModel  # noqa: E402
from coursekit.scoring.wordcounts import WordCounts  # noqa: E402
from coursekit.scoring.text import normalise  # noqa: E402

DATA = ROOT / "tests" / "data"
TASKS = {
    # task: (file, gold field, labels, rule scores, text the word model reads)
    "need": ("need_levels.jsonl", "label", NEED_LEVELS, need.rule_scores, lambda t: t.lower),
    "technique": ("questions.jsonl", "technique", TECHNIQUES, question.rule_scores, question.learned_text),
    "objection": ("objections.jsonl", "label", OBJECTION_PATTERNS, objection.rule_scores, lambda t: t.lower),
    # customer lines in a conversation: does it object or answer? (lines of the two sets above count too)
    "objection_turn": ("dialogue_objections.jsonl", "objection", objection.TURN_LABELS, objection.turn_rule_scores,
                       None),  # reads the line with the trainee line before it
}
PARAMS = dict(l2=0.001, epochs=60, lr=0.3, min_count=1, rule_dropout=0.7)
#: Tasks whose prediction also averages in word counts (coursekit/scoring/wordcounts.py).
WITH_WORD_COUNTS = ("need", "technique", "objection")
#: How many times each of the course's own labelled lines counts in training: what the course shows
#: trainees is what the coach must agree with (tests/test_coach_agreement.py).
COURSE_WEIGHT = 3


def scenario_customer_lines() -> list[dict]:
    """Customer lines of the built-in scenarios, as the simulator plays them (best, random and
    positional paths) that raise an objection by the scenario author's own annotation. (Their other
    lines are left out: a worry revealed after a test, or a parting line, is neither a plain answer
    nor a new objection, and measured on the blind set, adding them as answers cost recall.)"""
    from coursekit.sim import play_auto, play_positional, play_random
    from coursekit.sim.scenario import builtin_paths

    seen: dict[str, dict] = {}
    for path in builtin_paths():
        sessions = [play_auto(path.stem, "best")] + [play_random(path.stem, s) for s in range(20)] + [
            play_positional(path.stem, k, s) for k in (1, 2, 3) for s in range(3)]
        for session in sessions:
            before = None
            for line in session.transcript:
                if line.speaker == "customer" and line.text not in seen:
                    seen[line.text] = {"text": line.text, "before": before,
                                       "objection": line.raises[0] if line.raises else None}
                before = line.text if line.speaker == "trainee" else before
    return [r for r in seen.values() if r["objection"]]


def trainee_context(before: str | None) -> str:
    """What a trainee line did, as the in-dialogue objection model reads it in a conversation."""
    from coursekit.scoring.exchange import parse_turns, what_it_answers

    turns = parse_turns([{"speaker": "trainee", "text": before}]) if before else []
    return what_it_answers(turns[0] if turns else None)


def training_rows(fname: str) -> list[dict]:
    """The rows of one training file, from every training folder (evaluation.TRAINING_FOLDERS)."""
    return evaluation.training_rows(DATA, fname)


#: Labelled lines the course itself shows trainees (scenario options, knowledge cards, lessons,
#: exercise keys, quizzes), by training file: the coach must agree with what the course teaches
#: (tests/test_coach_agreement.py reads them the same way).
_COURSE_KINDS = {"need_levels.jsonl": ("need", "label"), "questions.jsonl": ("technique", "technique"),
                 "objections.jsonl": ("objection", "label")}


def course_rows(fname: str) -> list[dict]:
    """The course's own labelled lines of the kind a training file holds."""
    if fname not in _COURSE_KINDS:
        return []
    sys.path.insert(0, str(ROOT / "tests"))
    from test_coach_agreement import all_examples

    kind, field = _COURSE_KINDS[fname]
    return [{"text": e.text, field: e.label} for e in all_examples() if e.kind == kind and not e.negative]


def rows_for(task: str):
    fname, field, labels, rules, reads = TASKS[task]
    rows = []
    extra = scenario_customer_lines() if task == "objection_turn" else []
    for r in training_rows(fname) + COURSE_WEIGHT * course_rows(fname) + extra:
        t = normalise(r["text"])
        gold = r[field]
        if task == "objection_turn":
            gold = "objection" if gold else "answer"
            read = with_context(t.lower, trainee_context(r.get("before")))
        else:
            read = reads(t)
        rows.append((read, rules(t), gold))
    return rows, labels


def cv(rows, labels, folds=5, **kw):
    gold, pred = [], []
    for k in range(folds):
        train = [r for i, r in enumerate(rows) if i % folds != k]
        test = [r for i, r in enumerate(rows) if i % folds == k]
        m = LinearModel.train(train, labels, **kw)
        for text, rs, g in test:
            gold.append(g)
            pred.append(m.predict(text, rs))
    return report(gold, pred, labels)


def main() -> None:
    if "--write" in sys.argv:
        write([a for a in sys.argv[sys.argv.index("--write") + 1:] if a in TASKS] or list(TASKS))
        return
    for task in TASKS:
        rows, labels = rows_for(task)
        rules_only = report([g for _, _, g in rows], [max(labels, key=lambda k: rs[k]) for _, rs, _ in rows], labels)
        print(f"{task}: rules only (tuned on dev) acc={rules_only.accuracy:.3f}")
        for name, kw in (("words only", dict(use_rules=False)), ("words + rules", dict(use_rules=True)),
                         ("w+r drop .3", dict(rule_dropout=0.3)), ("w+r drop .5", dict(rule_dropout=0.5))):
            rep = cv(rows, labels, **{**PARAMS, **kw})
            print(f"  {name:<14} 5-fold CV acc={rep.accuracy:.3f} macro-F1={rep.macro_f1:.3f}")


def shipped_entries() -> dict[str, list[str]]:
    """The lines of each task's entry in the shipped _weights.py (none if there is no file)."""
    path = ROOT / "coursekit" / "scoring" / "_weights.py"
    entries: dict[str, list[str]] = {}
    task = None
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        if line.startswith("    '"):
            task = line.split("'")[1]
            entries[task] = []
        elif not line.startswith("        "):
            task = None
        if task is not None:
            entries[task].append(line)
    return entries


def write(tasks: list[str]) -> None:
    """Retrain `tasks` on all dev data and write _weights.py, keeping the shipped entries of the other tasks."""
    shipped = shipped_entries()
    out = ['"""Trained weights of the learned part of the classifiers (generated by bench/train_scoring.py; do not edit)."""',
           "# fmt: off", "WEIGHTS = {"]
    for task in TASKS:
        if task not in tasks and task in shipped:
            out.extend(shipped[task])
            continue
        rows, labels = rows_for(task)
        m = LinearModel.train(rows, labels, **PARAMS)
        # Prune tiny weights (they change no prediction) to keep the shipped file small.
        m.words = {f: {k: round(v, 2) for k, v in ws.items() if abs(v) >= 0.1} for f, ws in m.words.items()}
        m.words = {f: ws for f, ws in sorted(m.words.items()) if ws}
        out.append(f"    {task!r}: {{'labels': {list(m.labels)!r}, 'bias': {m.bias!r}, 'rules': {m.rules!r},")
        if task in WITH_WORD_COUNTS:
            c = WordCounts.train([r[0] for r in rows], [r[2] for r in rows], labels, min_count=2)
            counts = {"prior": {k: round(v, 3) for k, v in c.prior.items()},
                      "unseen": {k: round(v, 3) for k, v in c.unseen.items()},
                      "words": {w: {k: round(v, 2) for k, v in lp.items()} for w, lp in sorted(c.words.items())}}
            out.append(f"        'counts': {counts!r},")
        out.append(f"        'words': {m.words!r}}},")
        print(f"{task}: {len(m.words)} word features")
    out.append("}")
    (ROOT / "coursekit" / "scoring" / "_weights.py").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
