"""The Spanish and Chinese classifiers: quality per task on blind sets, against two baselines, and speed.

Run:  .venv/bin/python bench/bench_languages.py

For each language (tests/data/<lang>/, written natively; see the READMEs there) and each task
(need level, question technique, question form, objection pattern) it prints accuracy and
macro-F1, cross-validated on the training set and on the blind set (tests/data/<lang>/blind/,
written by someone else, never trained or tuned on), next to the majority class and a plain
word-count classifier (Spanish words as written; single Chinese characters) trained on the same
data. Then calls per second. (The dialogue rubric reads English only so far: the blind sets' ranked pairs wait for it.)
"""
from __future__ import annotations

import re
import sys
from functools import partial
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from train_languages import DATA, TASKS, cross_validated, rows  # noqa: E402

from coursekit.scoring import classify_need, classify_objection, classify_question  # noqa: E402
from coursekit.scoring.evaluation import load_jsonl, report  # noqa: E402
from coursekit.scoring.multilingual import SUPPORTED, model  # noqa: E402
from coursekit.scoring.text import normalise  # noqa: E402
from coursekit.scoring.wordcounts import WordCounts  # noqa: E402

PREDICT = {
    "need": lambda t: classify_need(t).label,
    "technique": lambda t: classify_question(t).label,
    "form": lambda t: classify_question(t).form,
    "objection": lambda t: classify_objection(t).label,
}


def plain_tokens(lang: str, lower: str) -> list[str]:
    """The baseline's tokens: words as written (Spanish) or single characters (Chinese)."""
    return [c for c in lower if "\u3400" <= c <= "\u9fff"] if lang == "zh" else re.findall(r"\w+", lower)


def bench_task(lang: str, task: str) -> None:
    fname, field, labels = TASKS[task]
    train_texts, train_gold = rows(DATA / lang, task)
    if not train_texts:
        print(f"  {task}: no training set")
        return
    cv = cross_validated(lang, task)
    print(f"  {task:<10} training (5-fold CV, n={cv.n}): accuracy {cv.accuracy:.3f}, macro-F1 {cv.macro_f1:.3f}")
    blind = DATA / lang / "blind" / fname
    if not blind.exists():
        print(f"  {task:<10} blind: no blind set yet")
        return
    data = load_jsonl(blind)
    gold = [r[field] for r in data]
    engine = report(gold, [PREDICT[task](r["text"]) for r in data], labels)
    majority = Counter(train_gold).most_common(1)[0][0]
    base = report(gold, [majority] * len(gold), labels)
    counts = WordCounts.train(train_texts, train_gold, labels, tokenize=partial(plain_tokens, lang))
    words = report(gold, [counts.predict(normalise(r["text"]).lower) for r in data], labels)
    recall = " ".join(f"{lab[:7]}={engine.per_label[lab][1]:.2f}" for lab in labels)
    print(f"  {task:<10} blind (n={engine.n}): engine accuracy {engine.accuracy:.3f} macro-F1 {engine.macro_f1:.3f} "
          f"| majority {base.accuracy:.3f} | plain word counts {words.accuracy:.3f} macro-F1 {words.macro_f1:.3f}")
    print(f"  {'':<10} recall: {recall}")


def bench_speed(lang: str) -> None:
    texts = [r["text"] for f in ("need_levels.jsonl", "questions.jsonl", "objections.jsonl")
             for r in (load_jsonl(DATA / lang / f) if (DATA / lang / f).exists() else [])]
    texts = list(dict.fromkeys(texts))
    if not texts:
        return
    for name, fn in (("classify_need", classify_need), ("classify_question", classify_question),
                     ("classify_objection", classify_objection)):
        fn(texts[0])
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        print(f"  {name:<20} {len(texts) / (time.perf_counter() - t0):>8.0f} calls/s (n={len(texts)})")


def main() -> None:
    for lang in SUPPORTED:
        print(f"=== {lang} ===")
        if model(lang, "need") is None:
            print("  not trained (bench/train_languages.py --write)")
            continue
        for task in TASKS:
            bench_task(lang, task)
        bench_speed(lang)


if __name__ == "__main__":
    main()
