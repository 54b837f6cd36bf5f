"""The Spanish and Chinese classifiers: quality per task on blind sets, against two baselines, and speed.

Run:  .venv/bin/python bench/bench_languages.py

For each language (tests/data/<lang>/, written natively; see the READMEs there) and each task
(need level, question technique, question form, objection pattern) it prints accuracy and
macro-F1, cross-validated on the training set and on the blind set (tests/data/<lang>/blind/,
written by someone else, never trained or tuned on), next to the majority class and a plain
word-count classifier (Spanish words as written; single Chinese characters) trained on the same
data. Then the in-dialogue objection decision (5-fold CV on dialogue_objections.jsonl), the dialogue
rubric on each language's dialogue sets (better-vs-worse pairs ranked right; gaming dialogues at most 50
and at least 30 below their well-handled pair): the development set (dialogues/, read while the
Spanish and Chinese lexicons were tuned), the blind sets (blind/, blind2/, measured once), blind3/ (a second
writer's conversations, thirty-first round: measured on the round's start code, then read as a development set) and
blind4/ (a third writer's, thirty-first round: measured, read in the thirty-second), blind5/ (a fourth writer's,
thirty-second round: measured, read in the thirty-third), blind6/ and blind7/ (a fifth and a sixth writer's, thirty-third
round: measured on the round's start code and on its final code, never read; the Chinese blind6/ half in Traditional
characters), and calls per second.
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

from coursekit.scoring import classify_need, classify_objection, classify_question, score_dialogue  # noqa: E402
from coursekit.scoring.exchange import objection_after  # noqa: E402
from coursekit.scoring.memo import forget  # noqa: E402
from coursekit.scoring.multilingual import fit  # noqa: E402
from coursekit.scoring.readers import OBJECTING_P  # noqa: E402
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
    if task not in PREDICT:
        return
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


def bench_objecting(lang: str) -> None:
    """The in-dialogue decision (does a customer line object?) by 5-fold CV on the dialogue lines."""
    texts, gold = rows(DATA / lang, "objecting")
    n = len(load_jsonl(DATA / lang / "dialogue_objections.jsonl"))  # the first rows are the dialogue lines
    probs = [0.0] * n
    for k in range(5):
        train = [i for i in range(len(texts)) if not (i < n and i % 5 == k)]
        m = fit(lang, "objecting", [texts[i] for i in train], [gold[i] for i in train], ("objection", "answer"))
        for i in range(k, n, 5):
            probs[i] = m.probs(texts[i])["objection"]
    pos = [p for p, g in zip(probs, gold[:n]) if g == "objection"]
    neg = [p for p, g in zip(probs, gold[:n]) if g == "answer"]
    th = OBJECTING_P["other"]
    print(f"  in-dialogue objections (5-fold CV, n={n}, threshold {th}): {sum(p >= th for p in pos) / len(pos):.0%} "
          f"recognised, {sum(p >= th for p in neg) / len(neg):.0%} of ordinary answers taken for one")
    for name in ("blind", "blind3", "blind4", "blind5", "blind6", "blind7"):  # other writers' conversations, read as the rubric reads them (never trained on)
        path = DATA / lang / name / "dialogue_objections.jsonl"
        if path.exists():
            lines = load_jsonl(path)
            read = [(objection_after(r.get("before"), r["text"]), bool(r["objection"])) for r in lines]
            objecting = [h for h, g in read if g]
            answering = [h for h, g in read if not g]
            print(f"  in-dialogue objections, {name + '/':<8} (n={len(lines)}): {sum(objecting) / len(objecting):.0%} recognised, "
                  f"{sum(answering) / len(answering):.0%} of ordinary answers taken for one")


def bench_dialogues(lang: str) -> None:
    """The dialogue rubric on the language's dialogue sets, and its speed."""
    dialogues = []
    for name in ("dialogues", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7"):
        ranked = DATA / lang / name / "ranked_pairs.jsonl"
        gaming = DATA / lang / name / "gaming_pairs.jsonl"
        if not ranked.exists():
            continue
        pairs = load_jsonl(ranked)
        right = sum(score_dialogue(r["better"]).total > score_dialogue(r["worse"]).total for r in pairs)
        line = f"  dialogues {name + '/':<11} ranked right {right}/{len(pairs)}"
        dialogues += [r["better"] for r in pairs] + [r["worse"] for r in pairs]
        if gaming.exists():
            games = load_jsonl(gaming)
            scored = [(score_dialogue(r["good"]).total, score_dialogue(r["gaming"]).total) for r in games]
            line += (f"; gaming at most 50: {sum(x <= 50 for _, x in scored)}/{len(games)}, at least 30 below "
                     f"their pair: {sum(g - x >= 30 for g, x in scored)}/{len(games)}, good ones' mean "
                     f"{sum(g for g, _ in scored) / len(scored):.0f}")
            dialogues += [r["good"] for r in games] + [r["gaming"] for r in games]
        print(line)
    if dialogues:
        t0 = time.perf_counter()
        for d in dialogues:
            forget()
            score_dialogue(d)
        print(f"  {'score_dialogue':<20} {len(dialogues) / (time.perf_counter() - t0):>8.0f} dialogues/s (n={len(dialogues)})")


def main() -> None:
    for lang in SUPPORTED:
        print(f"=== {lang} ===")
        if model(lang, "need") is None:
            print("  not trained (bench/train_languages.py --write)")
            continue
        for task in TASKS:
            bench_task(lang, task)
        bench_objecting(lang)
        bench_speed(lang)
        bench_dialogues(lang)


if __name__ == "__main__":
    main()
