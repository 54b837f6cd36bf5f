"""The Spanish and Chinese classifiers: quality per task on blind sets, against two baselines, and speed.

Run:  .venv/bin/python bench/bench_languages.py

For each language (tests/data/<lang>/, written natively; see the READMEs there) and each task
(need level, question technique, question form, objection pattern) it prints accuracy and
macro-F1, cross-validated on the training set and on the blind set (tests/data/<lang>/blind/,
written by someone else, never trained or tuned on), next to the majority class and a plain
word-count classifier (Spanish words as written; single Chinese characters) trained on the same
data. Then the in-dialogue objection decision (see below), the dialogue
rubric on each language's dialogue sets (better-vs-worse pairs ranked right; gaming dialogues at most 50
and at least 30 below their well-handled pair): the development set (dialogues/, read while the
Spanish and Chinese lexicons were tuned), the blind sets (blind/, blind2/, measured once), blind3/ (a second
writer's conversations, thirty-first round: measured on the round's start code, then read as a development set) and
blind4/ (a third writer's, thirty-first round: measured, read in the thirty-second), blind5/ (a fourth writer's,
thirty-second round: measured, read in the thirty-third), blind6/ and blind7/ (a fifth and a sixth writer's, thirty-third
round: measured on the round's start code and on its final code; read in the thirty-fourth; the Chinese blind6/ half in
Traditional characters), blind8/ (a seventh writer's, thirty-fourth round: measured on the round's start code and on its
final code, never read; the Spanish one from the Southern Cone, the Chinese one from the North-East and North-West), and
calls per second. The in-dialogue decision learns from the dev writers' conversations (blind3/-blind7/): its figures on
them leave one writer out at a time; blind/ and blind8/ were never trained on.
"""
from __future__ import annotations

import re
import sys
from functools import partial
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from dialogue_sets import NEVER_READ  # noqa: E402
from train_languages import DATA, OBJECTING_WRITERS, TASKS, TRAINING_PARTS, cross_validated, rows  # noqa: E402

from coursekit.scoring import classify_need, classify_objection, classify_question, score_dialogue  # noqa: E402
from coursekit.scoring.exchange import objection_after  # noqa: E402
from coursekit.scoring.memo import forget  # noqa: E402
from coursekit.scoring.multilingual import fit  # noqa: E402
from coursekit.scoring import multilingual  # noqa: E402
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
    """The in-dialogue decision (does a customer line object?), read as the rubric reads it (`objection_after`): each dev
    writer's conversations with the model trained without them (leave one writer out), then the sets never trained on."""
    texts, gold = rows(DATA / lang, "objecting", parts=TRAINING_PARTS)
    writers = {name: load_jsonl(DATA / lang / name / "dialogue_objections.jsonl") for name in OBJECTING_WRITERS}
    lines = {name: rows(DATA / lang, "objecting", parts=(name,)) for name in OBJECTING_WRITERS}
    total = [0, 0, 0, 0]
    for name, held in writers.items():
        others = [n for n in OBJECTING_WRITERS if n != name]
        m = fit(lang, "objecting", texts + [x for n in others for x in lines[n][0]],
                gold + [g for n in others for g in lines[n][1]], ("objection", "answer"))
        with _objecting_model(lang, m):
            figures = _read_objections(held)
        total = [a + b for a, b in zip(total, figures)]
        _print_objections(f"{name}/, the model trained without it", figures)
    _print_objections(f"leaving one of the {len(writers)} dev writers out at a time", total)
    for name in NEVER_READ[lang]:  # other writers' conversations, never trained or tuned on
        path = DATA / lang / name / "dialogue_objections.jsonl"
        if path.exists():
            _print_objections(f"{name}/, never trained on", _read_objections(load_jsonl(path)))




def _read_objections(rows_: list[dict]) -> list[int]:
    """[objections recognised, objections, answers taken for one, answers] over dialogue lines."""
    forget()
    read = [(objection_after(r.get("before"), r["text"]), bool(r["objection"])) for r in rows_]
    return [sum(h for h, g in read if g), sum(g for _, g in read), sum(h for h, g in read if not g), sum(not g for _, g in read)]


def _print_objections(name: str, figures: list[int]) -> None:
    hit, objections, misread, answers = figures
    print(f"  in-dialogue objections, {name} (n={objections + answers}): {hit / objections:.0%} recognised, "
          f"{misread / answers:.0%} of ordinary answers taken for one")


@contextmanager
def _objecting_model(lang: str, m: WordCounts):
    """The readers use `m` as the language's in-dialogue model while the block runs."""
    trained = multilingual.model
    multilingual.model = lambda language, task: m if (language, task) == (lang, "objecting") else trained(language, task)
    try:
        yield
    finally:
        multilingual.model = trained
        forget()


def bench_dialogues(lang: str) -> None:
    """The dialogue rubric on the language's dialogue sets, and its speed."""
    dialogues = []
    for name in ("dialogues", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53", "blind54", "blind55", "blind56", "blind57", "blind58", "blind59", "blind60", "blind61", "blind62", "blind63", "blind64", "blind65", "blind66", "blind67", "blind68", "blind69", "blind70", "blind71", "blind72", "blind73", "blind74", "blind75"):
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
