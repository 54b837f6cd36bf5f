"""Parity check for the scoring engine: dump every output on the test data and compare with a baseline.

Run:  .venv/bin/python bench/parity_scoring.py --save   (write the baseline, e.g. on the commit before a change)
      .venv/bin/python bench/parity_scoring.py          (compare with it; exit 1 and list differences)

Covers every text and dialogue in tests/data/**/*.jsonl: each row's `text` (and `before`+`text`
pairs as a two-turn exchange) through classify_need / classify_question / classify_objection /
analyse_turn, and each dialogue field (good, gaming, better, worse, bad) through score_dialogue.
The engine's memory is emptied before each dialogue, as in the speed bench, and once more at
the end to check that reading with and without remembered work gives the same.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coursekit.scoring import (  # noqa: E402
    analyse_turn, classify_need, classify_objection, classify_question, score_dialogue,
)
from coursekit.scoring.memo import forget  # noqa: E402

DATA = ROOT / "tests" / "data"
BASELINE = ROOT / "bench" / ".parity_scoring_baseline.json"
DIALOGUE_FIELDS = ("good", "gaming", "better", "worse", "bad")


def _pred(p) -> dict | None:
    if p is None:
        return None
    d = {k: v for k, v in vars(p).items()}
    d["confidence"] = round(float(p.confidence), 6)
    d["evidence"] = list(p.evidence)
    return d


def _turn(a) -> dict:
    return {"question": _pred(a.question), "need": _pred(a.need), "moves": sorted(a.moves),
            "evidence": {k: list(v) for k, v in sorted(a.evidence.items())},
            "judgeable": a.judgeable, "word_count": a.word_count, "text": a.text}


def _report(r) -> dict:
    return {"total": r.total, "summary": r.summary, "turns": r.turns, "trainee_turns": r.trainee_turns,
            "cap": r.cap, "cap_reason": r.cap_reason,
            "criteria": [{"id": c.id, "name": c.name, "score": c.score, "maximum": c.maximum,
                          "feedback": c.feedback, "evidence": list(c.evidence), "applies": c.applies}
                         for c in r.criteria]}


def _text(text: str) -> dict:
    return {"need": _pred(classify_need(text)), "question": _pred(classify_question(text)),
            "objection": _pred(classify_objection(text)), "turn": _turn(analyse_turn(text))}


def dump() -> dict:
    """Every output on every data file, keyed by file and row."""
    out: dict = {}
    for path in sorted(DATA.rglob("*.jsonl")):
        rel = str(path.relative_to(DATA))
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            row = json.loads(line)
            key = f"{rel}:{i}"
            if isinstance(row.get("text"), str):
                forget()
                out[key + ":text"] = _text(row["text"])
                if isinstance(row.get("before"), str):
                    forget()
                    pair = [{"speaker": "trainee", "text": row["before"]}, {"speaker": "customer", "text": row["text"]}]
                    out[key + ":pair"] = _report(score_dialogue(pair))
                    pair = [{"speaker": "customer", "text": row["before"]}, {"speaker": "trainee", "text": row["text"]}]
                    out[key + ":pair_rev"] = _report(score_dialogue(pair))
            for field in DIALOGUE_FIELDS:
                if isinstance(row.get(field), list):
                    forget()
                    out[f"{key}:{field}"] = _report(score_dialogue(row[field]))
                    forget()
                    out[f"{key}:{field}:turns"] = [_turn(analyse_turn(t["text"])) for t in row[field]
                                                    if isinstance(t, dict) and isinstance(t.get("text"), str)]
    # once more with everything remembered: same results
    for path in sorted(DATA.rglob("*.jsonl"))[:3]:
        rel = str(path.relative_to(DATA))
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line) if line.strip() else {}
            for field in DIALOGUE_FIELDS:
                if isinstance(row.get(field), list):
                    out[f"{rel}:{i}:{field}:warm"] = _report(score_dialogue(row[field]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", action="store_true", help="write the baseline instead of comparing")
    ap.add_argument("--baseline", type=Path, default=BASELINE)
    args = ap.parse_args()
    now = json.loads(json.dumps(dump(), sort_keys=True))
    if args.save:
        args.baseline.write_text(json.dumps(now, sort_keys=True, indent=0), encoding="utf-8")
        print(f"saved {len(now)} outputs to {args.baseline}")
        return 0
    base = json.loads(args.baseline.read_text(encoding="utf-8"))
    diff = sorted(k for k in set(base) | set(now) if base.get(k) != now.get(k))
    for k in diff[:20]:
        print(f"DIFF {k}\n  was: {json.dumps(base.get(k))[:400]}\n  now: {json.dumps(now.get(k))[:400]}")
    print(f"parity: {len(now)} outputs, {len(diff)} differ")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
