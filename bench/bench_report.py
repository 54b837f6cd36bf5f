"""Class report time for a large class (prints figures; not a test).

    python bench/bench_report.py [--trainees 2000] [--exercises 6] [--attempts 3]

Fills a SQLite gradebook in a temporary folder with trainees x exercises x attempts
(plus a pre-test and a final check per trainee, reported as a gain, and one simulation per
trainee), then times reading it and building the report, the way `coursekit report` does,
then times the command `coursekit report --json` on it (a fresh process, imports included).
The issue's target: under 5 s for 2,000 x 6 x 3.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from coursekit.gradebook import Gradebook  # noqa: E402
from coursekit.gradebook.report import build_report  # noqa: E402

TOPICS = ("service", "product", "relationship", "experience", "questioning")


def fill(path: str, trainees: int, exercises: int, attempts: int, seed: int = 0) -> int:
    """Write the class; returns the number of rows."""
    rng = random.Random(seed)
    rows = 0
    with Gradebook.open(path) as book, book.backend.transaction():
        for t in range(trainees):
            for e in range(exercises):
                for a in range(attempts):
                    detail = {f"q{q}": {"score": float(rng.randint(0, 2)), "max_score": 2.0,
                                        "topic": TOPICS[q % len(TOPICS)], "status": "partial"} for q in range(6)}
                    score = sum(d["score"] for d in detail.values())
                    book.backend.execute(
                        "INSERT INTO attempts (trainee, item, item_kind, score, max_score, outcome, detail, "
                        "recorded_at, fingerprint) VALUES (?, ?, 'exercise', ?, 12, NULL, ?, ?, ?)",
                        (f"Trainee {t:04d}", f"ex0{e + 1}", score, json.dumps(detail),
                         f"2024-03-{1 + a:02d}T09:{e:02d}:00Z", f"{t}-{e}-{a}"))
                    rows += 1
            for n, test_id in enumerate(("pretest", "posttest")):
                detail = {f"i{q}": {"score": float(rng.random() < 0.4 + 0.3 * n), "max_score": 1.0,
                                    "status": "correct", "topic": ""} for q in range(12)}
                book.backend.execute(
                    "INSERT INTO attempts (trainee, item, item_kind, score, max_score, outcome, detail, "
                    "recorded_at, fingerprint) VALUES (?, ?, 'exercise', ?, 12, NULL, ?, ?, ?)",
                    (f"Trainee {t:04d}", test_id, sum(d["score"] for d in detail.values()), json.dumps(detail),
                     f"2024-03-{1 + 9 * n:02d}T08:00:00Z", f"{t}-{test_id}"))
                rows += 1
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=2000)
    parser.add_argument("--exercises", type=int, default=6)
    parser.add_argument("--attempts", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "class.db")
        rows = fill(path, args.trainees, args.exercises, args.attempts)
        start = time.perf_counter()
        with Gradebook.open(path, create=False) as book:
            attempts = book.attempts()
        read = time.perf_counter() - start
        report = build_report(attempts, source=path)
        text = report.to_text()
        total = time.perf_counter() - start
        start = time.perf_counter()  # the command itself: a fresh process, imports included
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-m", "coursekit", "report", "--json", "--db", path], check=True,
                       stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": ROOT})
        command = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(f"class report: {args.trainees} trainees x {args.exercises} exercises x {args.attempts} attempts "
          f"+ a pre-test and a final check each = {rows:,} rows")
    print(f"  pre/post gains  {len(report.gains):,} trainees")
    print(f"  read gradebook  {read:6.2f} s")
    print(f"  build + text    {total - read:6.2f} s")
    print(f"  total           {total:6.2f} s  ({len(text.splitlines()):,} report lines)")
    print(f"  `coursekit report --json`, a fresh process: {command:.2f} s, {cpu:.2f} s of CPU  (target < 5 s; "
          f"load average {os.getloadavg()[0]:.1f}: other work on the machine)")


if __name__ == "__main__":
    main()
