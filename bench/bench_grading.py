#!/usr/bin/env python3
"""Batch grading of a class against executing the notebooks (prints figures; not a test).

    .venv/bin/python bench/bench_grading.py [--trainees 2000] [--executed 6] [--runs 3]

Lays out a class as `coursekit grade` expects it (submitted/<trainee>/<exercise>.ipynb,
the exercises' solution notebooks handed round in turn, one per trainee), times
`grade_folder` on the whole class (the answers read from the notebooks, nothing run; the
median of --runs), then executes --executed of those notebooks, each in a fresh kernel
with nbclient the way `nbconvert --execute` or nbgrader's autograde would, and prints
the time per notebook both ways, the class's total and the ratio. The issue's target:
batch grading at least 100 times faster than executing the notebooks.
"""
from __future__ import annotations

import argparse
import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def lay_out_class(base: Path, trainees: int) -> list[Path]:
    """One submitted notebook per trainee, the solutions in turn; returns their paths."""
    solutions = sorted((ROOT / "solutions").glob("ex*.ipynb"))
    paths = []
    for number in range(trainees):
        source = solutions[number % len(solutions)]
        target = base / f"trainee{number:04d}" / source.name
        target.parent.mkdir(parents=True)
        shutil.copyfile(source, target)
        paths.append(target)
    return paths


def grade_seconds(folder: Path) -> tuple[float, int]:
    """Seconds `coursekit grade` takes for the folder (no gradebook), and the rows with an error."""
    from coursekit.cli.grade import grade_folder

    start = time.perf_counter()
    rows, _ = grade_folder(folder, book=None, progress_stream=None, errors=io.StringIO())
    return time.perf_counter() - start, sum(1 for row in rows if row.error)


def execute_seconds(path: Path) -> float:
    """Seconds to execute one notebook in a fresh kernel (start-up included)."""
    import nbformat
    from nbclient import NotebookClient

    start = time.perf_counter()
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=2000, help="class size (default 2000)")
    parser.add_argument("--executed", type=int, default=6, help="notebooks executed to time that way (default 6)")
    parser.add_argument("--runs", type=int, default=3, help="times the class is graded (median; default 3)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="coursekit-bench-grading-") as tmp:
        folder = Path(tmp) / "submitted"
        paths = lay_out_class(folder, args.trainees)
        runs = [grade_seconds(folder) for _ in range(max(1, args.runs))]
        graded = statistics.median(seconds for seconds, _ in runs)
        failed = runs[0][1]
        executed = [execute_seconds(path) for path in paths[:max(1, args.executed)]]
    per_graded = graded / args.trainees
    per_executed = statistics.median(executed)
    print(f"batch grading: {args.trainees} notebooks in {graded:.1f} s ({per_graded * 1000:.1f} ms each, "
          f"median of {len(runs)} runs; {failed} with an error)")
    print(f"executing:     {per_executed:.2f} s per notebook (median of {len(executed)}, fresh kernel each): "
          f"{per_executed * args.trainees / 60:.0f} min for the class on one core")
    print(f"batch grading is {per_executed / per_graded:.0f}x faster (target: at least 100x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
