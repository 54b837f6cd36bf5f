#!/usr/bin/env python3
"""Execute every course notebook in a fresh kernel and print the seconds each one takes.

    .venv/bin/python bench/bench_notebooks.py                 # notebooks/, solutions/, exercises/
    .venv/bin/python bench/bench_notebooks.py notebooks -j 2  # one folder, two at a time

Nothing is written back: the notebooks are executed in memory. Kernel start-up is
included, as it is in nbval. A figure, not a test: it never fails on time.
"""
from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("notebooks", "solutions", "exercises")


def run_notebook(path: str) -> tuple[str, float, int, str]:
    """Execute one notebook in memory; returns (path, seconds, code cells, error or "")."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    cells = sum(1 for c in nb.cells if c.cell_type == "code")
    start = time.perf_counter()
    try:
        NotebookClient(nb, timeout=300, kernel_name="python3",
                       resources={"metadata": {"path": str(Path(path).parent)}}).execute()
    except CellExecutionError as error:
        name = getattr(error, "ename", "") or type(error).__name__
        return path, time.perf_counter() - start, cells, f"FAILED ({name})"
    return path, time.perf_counter() - start, cells, ""


def notebooks(folders: list[str]) -> list[Path]:
    """Every .ipynb under the folders (checkpoints skipped), in a stable order."""
    found = []
    for folder in folders:
        found.extend(p for p in sorted((ROOT / folder).rglob("*.ipynb")) if ".ipynb_checkpoints" not in p.parts)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=list(FOLDERS))
    parser.add_argument("-j", "--jobs", type=int, default=1, help="notebooks run at once (default 1)")
    args = parser.parse_args(argv)
    paths = notebooks(args.folders)
    if not paths:
        print("bench_notebooks: no notebooks found", file=sys.stderr)
        return 2
    wall = time.perf_counter()
    total, failed = 0.0, 0
    print(f"{'notebook':58s} {'cells':>5s} {'seconds':>8s}")
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for path, seconds, cells, error in pool.map(run_notebook, map(str, paths)):
            total += seconds
            failed += bool(error)
            print(f"{Path(path).relative_to(ROOT)!s:58s} {cells:5d} {seconds:8.2f} {error}".rstrip(), flush=True)
    print(f"{'sum over notebooks':58s} {'':5s} {total:8.2f}")
    print(f"{f'wall clock with {args.jobs} job(s)':58s} {'':5s} {time.perf_counter() - wall:8.2f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
