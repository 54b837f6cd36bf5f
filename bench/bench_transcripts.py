"""The scorer on transcripts of real spoken conversations: open/closed questions and reflections.

Run:  .venv/bin/python bench/bench_transcripts.py [path/to/AnnoMI-full.csv]

The transcripts are AnnoMI (github.com/uccollab/AnnoMI, `AnnoMI-full.csv`): 133 faithfully
transcribed motivational-interviewing conversations (demonstration videos), each therapist
utterance coded by experts with MITI's behaviours (question open/closed, reflection, information
and advice). They are not in this repository; clone AnnoMI and pass the CSV's path, or set
ANNOMI_CSV. Without it the benchmark says where to get it and stops.

Measured on the half with odd transcript ids (the "test" half), never looked at line by line;
the even half ("dev") is where errors were read. Figures:
  - open/closed against AnnoMI's own codes (utterances where every coder agreed), and against
    tests/data/real/annomi_form_relabel.jsonl: 400 questions of the test half re-coded by a
    helper with the course's definition of open and closed, blind to both AnnoMI's codes and
    the scorer (ids and labels only; the text stays in AnnoMI);
  - reflections recognised (utterances coded reflection only) and information or advice read as
    reflections (coded therapist input only), with the first-word rule as the form baseline.
"""
from __future__ import annotations

import csv
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coursekit.scoring import analyse_turn, classify_question  # noqa: E402
from coursekit.scoring.evaluation import FirstWordBaseline, load_jsonl  # noqa: E402

RELABEL = ROOT / "tests" / "data" / "real" / "annomi_form_relabel.jsonl"


def therapist_utterances(path: Path) -> dict[str, dict[str, str]]:
    """Therapist utterances by id ("annomi_<transcript>_<utterance>"): text, half, and codes every coder agreed on."""
    coded: dict[str, list[dict[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["interlocutor"] == "therapist":
                coded[f"annomi_{row['transcript_id']}_{row['utterance_id']}"].append(row)
    out = {}
    for uid, rows in coded.items():
        codes = {}
        for field in ("question_exists", "question_subtype", "reflection_exists", "therapist_input_exists"):
            values = {r[field] for r in rows}
            codes[field] = values.pop() if len(values) == 1 else ""
        half = "test" if int(rows[0]["transcript_id"]) % 2 else "dev"
        out[uid] = {"text": rows[0]["utterance_text"], "half": half, **codes}
    return out


def _accuracy(pairs: list[tuple[str, str]]) -> str:
    right = sum(g == p for g, p in pairs)
    recall = {lab: sum(g == p == lab for g, p in pairs) / max(1, sum(g == lab for g, _ in pairs)) for lab in ("open", "closed")}
    return f"{right / len(pairs):.3f} (n={len(pairs)}; recall open {recall['open']:.2f}, closed {recall['closed']:.2f})"


def main() -> None:
    arg = next((a for a in sys.argv[1:] if not a.startswith("-")), os.environ.get("ANNOMI_CSV", ""))
    path = Path(arg) if arg else None
    if path is None or not path.is_file():
        print("AnnoMI is not here. Get it with:\n  git clone https://github.com/uccollab/AnnoMI\n"
              "and run:  python bench/bench_transcripts.py AnnoMI/AnnoMI-full.csv")
        return
    utts = therapist_utterances(path)
    first_word = FirstWordBaseline()
    print("=== real spoken conversations (AnnoMI) ===")
    for half in ("test", "dev"):
        qs = [u for u in utts.values() if u["half"] == half and u["question_exists"] == "True"
              and u["question_subtype"] in ("open", "closed")]
        engine = [(u["question_subtype"], classify_question(u["text"]).form) for u in qs]
        base = [(u["question_subtype"], first_word.predict(u["text"])) for u in qs]
        print(f"  {half} half, open/closed vs AnnoMI's codes: engine {_accuracy(engine)}; first-word rule {_accuracy(base)}")
        refl = [u for u in utts.values() if u["half"] == half and u["question_exists"] == "False"
                and u["reflection_exists"] == "True" and u["therapist_input_exists"] == "False"]
        told = [u for u in utts.values() if u["half"] == half and u["question_exists"] == "False"
                and u["reflection_exists"] == "False" and u["therapist_input_exists"] == "True"]
        seen = sum("paraphrase" in analyse_turn(u["text"]).moves for u in refl)
        wrong = sum("paraphrase" in analyse_turn(u["text"]).moves for u in told)
        print(f"  {half} half, reflections recognised {seen / len(refl):.0%} (n={len(refl)}); "
              f"information or advice read as reflections {wrong / len(told):.0%} (n={len(told)})")
    relabel = [r for r in load_jsonl(RELABEL) if r["id"] in utts]
    engine = [(r["form"], classify_question(utts[r["id"]]["text"]).form) for r in relabel]
    base = [(r["form"], first_word.predict(utts[r["id"]]["text"])) for r in relabel]
    print(f"  test half, open/closed vs the course's definition (re-coded blind): engine {_accuracy(engine)}; "
          f"first-word rule {_accuracy(base)}")


if __name__ == "__main__":
    main()
