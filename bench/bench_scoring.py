"""Benchmark of coursekit.scoring: quality on the labelled sets, against two baselines, and speed.

Run:  .venv/bin/python bench/bench_scoring.py [--quick]

For each classifier it prints per-label precision/recall/F1, macro-F1 and accuracy on
  - dev:      tests/data/*.jsonl (the engine is rule-based, so it is scored on all of it;
              the baselines are 5-fold cross-validated on it)
  - held-out: tests/data/heldout/*.jsonl, written before the rules were finalised and never
              tuned on (the baselines are trained on all of dev)
next to the majority-class and bag-of-words keyword (Naive Bayes) baselines; then the
dialogue pairs (better dialogue must score higher) and classifications per second.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from coursekit.labels import NEED_LEVELS, OBJECTION_PATTERNS, QUESTION_FORMS, TECHNIQUES  # noqa: E402
from coursekit.scoring import classify_need, classify_objection, classify_question, score_dialogue  # noqa: E402
from coursekit.scoring.evaluation import (  # noqa: E402
    KeywordBaseline, MajorityBaseline, cross_validate, evaluate, load_jsonl, report,
)

DATA = ROOT / "tests" / "data"

TASKS = [
    # name, file, gold field, label set, engine predictor, learned-model task (None: no trained part)
    ("need level", "need_levels.jsonl", "label", NEED_LEVELS, lambda t: classify_need(t).label, "need"),
    ("question technique", "questions.jsonl", "technique", TECHNIQUES, lambda t: classify_question(t).label, "technique"),
    ("question form", "questions.jsonl", "form", QUESTION_FORMS, lambda t: classify_question(t).form, None),
    ("objection", "objections.jsonl", "label", OBJECTION_PATTERNS, lambda t: classify_objection(t).label, "objection"),
]


def cv_engine_predictions(task: str, labels, folds: int = 5) -> list[str]:
    """Engine predictions on dev with the trained part re-fitted on the other folds (rules fixed)."""
    from train_scoring import PARAMS, rows_for
    from coursekit.scoring import combine
    from coursekit.scoring.linear import LinearModel

    rows, _ = rows_for(task)
    preds = [""] * len(rows)
    saved = combine._MODELS.get(task)
    try:
        for k in range(folds):
            train = [r for i, r in enumerate(rows) if i % folds != k]
            combine._MODELS[task] = LinearModel.train(train, labels, **PARAMS)
            dev = load_jsonl(DATA / TASKS_BY_TASK[task][1])
            for i, r in enumerate(dev):
                if i % folds == k:
                    preds[i] = TASKS_BY_TASK[task][4](r["text"])
    finally:
        if saved is not None:
            combine._MODELS[task] = saved
        else:
            combine._MODELS.pop(task, None)
    return preds


def _summary_line(name: str, rep) -> str:
    return f"  {name:<26} accuracy={rep.accuracy:.3f}  macro-F1={rep.macro_f1:.3f}"


def bench_task(name: str, fname: str, field: str, labels, engine, learned, verbose: bool) -> dict:
    dev = load_jsonl(DATA / fname)
    held = load_jsonl(DATA / "heldout" / fname)
    dev_texts, dev_gold = [r["text"] for r in dev], [r[field] for r in dev]
    out = {}
    print(f"\n=== {name} ===  (dev n={len(dev)}, held-out n={len(held)})")
    for split, rows in (("dev", dev), ("held-out", held)):
        gold, pred = evaluate(engine, rows, field)
        if split == "dev" and learned:
            pred = cv_engine_predictions(learned, labels)
        eng = report(gold, pred, labels)
        if split == "dev":
            maj = report(dev_gold, cross_validate(MajorityBaseline, dev_texts, dev_gold), labels)
            kw = report(dev_gold, cross_validate(KeywordBaseline, dev_texts, dev_gold), labels)
        else:
            m = MajorityBaseline().fit(dev_texts, dev_gold)
            k = KeywordBaseline().fit(dev_texts, dev_gold)
            maj = report(gold, [m.predict(r["text"]) for r in rows], labels)
            kw = report(gold, [k.predict(r["text"]) for r in rows], labels)
        if verbose:
            print(eng.table(f"[{split}] engine" + (" (trained part 5-fold)" if split == "dev" and learned else "")))
        print(f"[{split}]")
        print(_summary_line("engine" + (" 5-fold" if split == "dev" and learned else ""), eng))
        print(_summary_line("baseline: majority class", maj))
        print(_summary_line("baseline: keyword (NB)" + (" 5-fold" if split == "dev" else ""), kw))
        out[split] = (eng, maj, kw)
        if split == "dev" and "--errors" in sys.argv:
            for r, g, p in zip(rows, gold, pred):
                if g != p:
                    print(f"    ✗ {g:>14} -> {p:<14} {r['text']}")
    return out


def bench_dialogues() -> None:
    path = DATA / "dialogue_pairs.jsonl"
    if not path.exists():
        print("\n(no dialogue pairs file)")
        return
    pairs = load_jsonl(path)
    ok = 0
    print(f"\n=== dialogue pairs (n={len(pairs)}) ===")
    for p in pairs:
        good, bad = score_dialogue(p["good"]).total, score_dialogue(p["bad"]).total
        ok += good > bad
        print(f"  {'✓' if good > bad else '✗'} {p['id']:<32} good={good:>3}  bad={bad:>3}")
    print(f"  better dialogue scored higher in {ok}/{len(pairs)} pairs")


def bench_speed() -> None:
    texts = [r["text"] for f in ("need_levels.jsonl", "questions.jsonl", "objections.jsonl") for r in load_jsonl(DATA / f)]
    for fn in (classify_need, classify_question, classify_objection):  # warm up (lazy regex compile)
        fn(texts[0])
    print("\n=== speed (one core, one process) ===")
    for fn in (classify_need, classify_question, classify_objection):
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < 1.0:
            for t in texts:
                fn(t)
            n += len(texts)
        dt = time.perf_counter() - t0
        print(f"  {fn.__name__:<20} {n / dt:>8.0f} classifications/s")


TASKS_BY_TASK = {t[5]: t for t in TASKS if t[5]}


def main() -> None:
    verbose = "--quick" not in sys.argv
    for task in TASKS:
        bench_task(*task, verbose=verbose)
    bench_dialogues()
    bench_speed()


if __name__ == "__main__":
    main()
