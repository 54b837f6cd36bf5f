"""Train the Spanish and Chinese classifiers (need level, technique, form, objection), offline.

    .venv/bin/python bench/train_languages.py            # 5-fold CV figures on the training sets
    .venv/bin/python bench/train_languages.py --write    # train on all of them, write coursekit/scoring/_weights_<lang>.py

Reads tests/data/<lang>/*.jsonl, written natively in each language, and for the in-dialogue decision the
conversations of the dev writers (`OBJECTING_WRITERS`); the blind sets under tests/data/<lang>/blind/ and the
later writers' sets are never read here (bench/bench_languages.py measures on them).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coursekit.labels import NEED_LEVELS, OBJECTION_PATTERNS, QUESTION_FORMS, TECHNIQUES  # noqa: E402
from coursekit.scoring.evaluation import load_jsonl, report  # noqa: E402
from coursekit.scoring.features import with_context  # noqa: E402
from coursekit.scoring.multilingual import SUPPORTED, count, fit  # noqa: E402
from coursekit.scoring.text import normalise  # noqa: E402

DATA = ROOT / "tests" / "data"
#: task -> (file, gold field, labels)
TASKS = {
    "need": ("need_levels.jsonl", "label", NEED_LEVELS),
    "technique": ("questions.jsonl", "technique", TECHNIQUES),
    "form": ("questions.jsonl", "form", QUESTION_FORMS),
    "objection": ("objections.jsonl", "label", OBJECTION_PATTERNS),
    "objecting": ("dialogue_objections.jsonl", "objection", ("objection", "answer")),
}
#: The in-dialogue decision ("objecting": does a customer line object, or answer?) also learns from
#: the objection lines (objecting) and the customers' need statements and reflections' lines (answering).
OBJECTING_EXTRA = (("objections.jsonl", "text", "objection"), ("need_levels.jsonl", "text", "answer"),
                   ("reflections.jsonl", "before", "answer"))


#: Sub-folders of tests/data/<lang>/ that hold training lines ("" is the folder itself; blind/ never).
TRAINING_PARTS = ("", "extra")
#: The in-dialogue decision also learns from the conversations of five other writers, read while the engine was
#: built (dev sets: blind3/-blind7/, leave-one-writer-out figures in bench/bench_languages.py); blind/ and the later
#: writers' sets never.
OBJECTING_WRITERS = ("blind3", "blind4", "blind5", "blind6", "blind7")


def rows(folder: Path, task: str, parts: tuple[str, ...] | None = None) -> tuple[list[str], list[str]]:
    """(lower-case texts, gold labels) of one task in a folder and its training sub-folders (by default
    `TRAINING_PARTS`, and for the in-dialogue decision `OBJECTING_WRITERS` too). A dialogue line is read
    with what the trainee line before it did, as the reader reads it (`dialogue_line`)."""
    fname, field, _ = TASKS[task]
    if parts is None:
        parts = TRAINING_PARTS + (OBJECTING_WRITERS if task == "objecting" else ())
    data = [r for part in parts if (folder / part / fname).exists() for r in load_jsonl(folder / part / fname)]
    if task == "objecting":
        texts = [dialogue_line(r) for r in data]
        gold = ["objection" if r.get(field) else "answer" for r in data]
        for extra, key, label in OBJECTING_EXTRA:
            more = [r[key] for part in parts if (folder / part / extra).exists()
                    for r in load_jsonl(folder / part / extra) if r.get(key)]
            texts += [normalise(x).lower for x in more]
            gold += [label] * len(more)
        return texts, gold
    return [normalise(r["text"]).lower for r in data], [r[field] for r in data]


def dialogue_line(row: dict) -> str:
    """A customer line of a conversation as the Spanish and Chinese in-dialogue models read it: its words joined to
    what the trainee line before it did (`exchange.what_it_did`), or alone when the customer opens."""
    from coursekit.scoring.exchange import parse_turns, what_it_did

    lower = normalise(row["text"]).lower
    if not row.get("before"):
        return lower
    turns = parse_turns([{"speaker": "trainee", "text": row["before"]}])
    return with_context(lower, what_it_did(turns[0] if turns else None))


def cross_validated(lang: str, task: str, folds: int = 5):
    texts, gold = rows(DATA / lang, task)
    labels = TASKS[task][2]
    pred = [""] * len(texts)
    for k in range(folds):
        train = [i for i in range(len(texts)) if i % folds != k]
        m = fit(lang, task, [texts[i] for i in train], [gold[i] for i in train], labels)
        for i in range(k, len(texts), folds):
            pred[i] = m.predict(texts[i])
    return report(gold, pred, labels)


def write(lang: str) -> Path:
    weights = {}
    for task, (_, _, labels) in TASKS.items():
        texts, gold = rows(DATA / lang, task)
        if texts:
            weights[task] = count(lang, task, texts, gold, labels)
    out = ROOT / "coursekit" / "scoring" / f"_weights_{lang}.py"
    body = ",\n".join(f"    {json.dumps(task)}: {json.dumps(spec, ensure_ascii=False, separators=(',', ':'))}"
                      for task, spec in weights.items())
    name = {"es": "Spanish", "zh": "Chinese"}[lang]
    out.write_text(f'"""Word counts of the {name} classifiers (generated by bench/train_languages.py; do not edit)."""\n'
                   f"# fmt: off\nWEIGHTS = {{\n{body},\n}}\n", encoding="utf-8")
    return out


def main() -> None:
    for lang in SUPPORTED:
        if "--write" in sys.argv:
            print("wrote", write(lang).relative_to(ROOT))
            continue
        for task in TASKS:
            if rows(DATA / lang, task)[0]:
                print(cross_validated(lang, task).table(f"{lang} {task}, 5-fold CV"))


if __name__ == "__main__":
    main()
