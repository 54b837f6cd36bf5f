#!/usr/bin/env python3
"""Build the course notebooks from their readable sources, then run them.

Each lesson is written as a plain Python file in "percent" style under
``notebooks/src/NN_name.py``::

    # %% [markdown]
    # # 01 · The five need levels
    # Some *Markdown* text; every line starts with "# ".

    # %%
    from coursekit import lessons
    lessons.show_levels()

    # %% tags=["remove-input"]
    ...

This script turns each source into ``notebooks/NN_name.ipynb`` (nbformat 4) and
executes it in place so that the stored outputs are what nbval compares against.
Widget model ids are renamed to stable ids so a rebuild changes nothing when the
lesson did not change. The lessons' fixed figures are stored as PNG files while they run
(``coursekit/plots/figures/``, see ``coursekit.plots.stored``), so a lesson kernel shows
them without importing matplotlib; building every lesson removes the figures none used.

    .venv/bin/python tools/build_notebooks.py            # build and run every notebook
    .venv/bin/python tools/build_notebooks.py 01 03      # only the ones whose name starts so
    .venv/bin/python tools/build_notebooks.py es/ zh/01  # translated lessons (notebooks/src/<lang>/)
    .venv/bin/python tools/build_notebooks.py --no-run   # write cells, keep old outputs out
    .venv/bin/python tools/build_notebooks.py --check    # exit 1 if a notebook is out of date
    .venv/bin/python tools/build_notebooks.py --exercises ex02_temperaments
        # exercise + solution notebooks from their answer keys (coursekit.exercises.build), run
    .venv/bin/python tools/build_notebooks.py --all      # every lesson, exercise and solution
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC_DIR = ROOT / "notebooks" / "src"
OUT_DIR = ROOT / "notebooks"
STRINGS = ROOT / "coursekit" / "data" / "strings"

_HEADER = re.compile(r"^# %%(?P<rest>.*)$")
_MARKDOWN = re.compile(r"^\s*\[markdown\]")
_ATTR = re.compile(r"(\w+)=(\[[^\]]*\]|\"[^\"]*\"|\S+)")

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _trim(lines: list[str]) -> list[str]:
    """Drop blank lines at both ends."""
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _attributes(rest: str) -> dict[str, Any]:
    """Parse ``tags=["a", "b"] key=value`` after a cell marker into a dict."""
    attrs: dict[str, Any] = {}
    for key, raw in _ATTR.findall(rest):
        try:
            attrs[key] = json.loads(raw)
        except json.JSONDecodeError:
            attrs[key] = raw
    return attrs


def parse_source(text: str) -> list[dict[str, Any]]:
    """Split a percent-style source into cells: dicts with type, source and metadata.

    Text before the first ``# %%`` marker (a module docstring, say) is ignored.
    Markdown lines lose their leading ``# `` (or a lone ``#``).
    """
    cells: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for line in text.splitlines():
        match = _HEADER.match(line)
        if match:
            rest = match.group("rest")
            kind = "markdown" if _MARKDOWN.match(rest) else "code"
            current = {"type": kind, "lines": [], "metadata": {}}
            tags = _attributes(_MARKDOWN.sub("", rest)).get("tags")
            if tags:
                current["metadata"]["tags"] = list(tags)
            cells.append(current)
            continue
        if current is None:
            continue
        if current["type"] == "markdown":
            if line.startswith("# "):
                line = line[2:]
            elif line.strip() == "#":
                line = ""
        current["lines"].append(line)
    result = []
    for cell in cells:
        lines = _trim(cell["lines"])
        if lines:
            result.append({"type": cell["type"], "source": "\n".join(lines), "metadata": cell["metadata"]})
    return result


#: Languages a lesson may be translated into: `notebooks/src/<lang>/NN_name.py` -> `notebooks/<lang>/NN_name.ipynb`.
LANGUAGES = ("es", "zh")
_LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")


def lesson_language(source_path: Path) -> str:
    """The language of a lesson source: its folder's (`src/es/…`), English for `src/…`."""
    return source_path.parent.name if source_path.parent.name in LANGUAGES else "en"


def target_of(source_path: Path) -> Path:
    """The notebook a lesson source builds: `notebooks/NN_name.ipynb` or `notebooks/<lang>/NN_name.ipynb`."""
    lang = lesson_language(source_path)
    return (OUT_DIR if lang == "en" else OUT_DIR / lang) / f"{source_path.stem}.ipynb"


def relink(markdown: str, lang: str) -> str:
    """A translated lesson's links, as seen from `notebooks/<lang>/`: another lesson is the translated
    one when it exists, else the English one; exercises and other folders are one level further up."""
    if lang == "en":
        return markdown

    def fix(match: re.Match) -> str:
        target = match.group("target")
        if "://" in target or target.startswith(("#", "/", "mailto:")):
            return match.group(0)
        if target.startswith("../exercises/") and (STRINGS / "exercises" / Path(target).with_suffix(".yaml").name).exists():
            return f"](../../exercises/{lang}/{target[len('../exercises/'):]})"  # the translated exercise
        if target.startswith("../"):
            return f"](../{target})"
        name = target.split("#", 1)[0]
        if name.endswith(".ipynb") and not (OUT_DIR / lang / name).exists() and not (SRC_DIR / lang / name.replace(".ipynb", ".py")).exists():
            return f"](../{target})"
        return match.group(0)

    return _LINK.sub(fix, markdown)


def make_notebook(source_path: Path):
    """A fresh, unexecuted nbformat NotebookNode for one lesson source."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    lang = lesson_language(source_path)
    cells = []
    for index, cell in enumerate(parse_source(source_path.read_text(encoding="utf-8"))):
        maker = new_markdown_cell if cell["type"] == "markdown" else new_code_cell
        text = relink(cell["source"], lang) if cell["type"] == "markdown" else cell["source"]
        node = maker(text, metadata=cell["metadata"])
        node["id"] = f"{source_path.stem[:2]}-{index:03d}"  # stable ids: clean diffs
        cells.append(node)
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python"}
    folder = "notebooks/src" if lang == "en" else f"notebooks/src/{lang}"
    nb.metadata["coursekit"] = {"source": f"{folder}/{source_path.name}"}
    if lang != "en":
        nb.metadata["coursekit"]["language"] = lang
    nbformat.validate(nb)
    return nb


def stable_widget_ids(nb_json: str) -> str:
    """Rename the random widget model ids to numbered ones, in an order that does not vary.

    Ids are numbered as the outputs show them, then by walking each model's references
    (`IPY_MODEL_…`, keys sorted); any model left over is ordered by its content. The saved
    widget state is then written in number order, so a rebuild changes nothing.
    """
    nb = json.loads(nb_json)
    try:
        state = nb["metadata"]["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    except (KeyError, TypeError):
        state = {}
    order: list[str] = []

    def visit(model_id: str) -> None:
        if model_id in order:
            return
        order.append(model_id)
        if model_id in state:
            for ref in re.findall(r"IPY_MODEL_([0-9a-f]{32})", json.dumps(state[model_id], sort_keys=True)):
                visit(ref)

    for found in re.findall(r'"model_id": "([0-9a-f]{32})"', nb_json):
        visit(found)
    for model_id in sorted((k for k in state if k not in order), key=lambda k: json.dumps(state[k], sort_keys=True)):
        visit(model_id)
    for number, old in enumerate(order, start=1):
        nb_json = nb_json.replace(old, f"{number:032x}")
    nb = json.loads(nb_json)
    try:
        holder = nb["metadata"]["widgets"]["application/vnd.jupyter.widget-state+json"]
        holder["state"] = dict(sorted(holder["state"].items()))
    except (KeyError, TypeError):
        return nb_json
    return json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


#: Kernel starts tried per notebook: with --jobs, two kernels starting at once can be given the same free port, and the
#: second dies before it replies ("Address already in use"); no cell has run then, so a fresh kernel starts it over.
KERNEL_STARTS = 3


def execute(nb, workdir: Path, timeout: int = 180):
    """Run every cell of a notebook in a fresh kernel, as nbval will."""
    from nbclient import NotebookClient

    for attempt in range(1, KERNEL_STARTS + 1):
        client = NotebookClient(
            nb, timeout=timeout, kernel_name="python3", record_timing=False,
            resources={"metadata": {"path": str(workdir)}},
        )
        try:
            client.execute()
            break
        except RuntimeError as err:
            if "Kernel died before replying" not in str(err) or attempt == KERNEL_STARTS:
                raise
    return nb


def write(nb, path: Path) -> None:
    """Write a notebook with stable widget ids and a trailing newline."""
    import nbformat

    text = nbformat.writes(nb) + "\n"
    path.write_text(stable_widget_ids(text), encoding="utf-8")


def build_one(source: str, run: bool = True) -> tuple[str, float]:
    """Build (and run) one notebook from its source; returns (notebook name, seconds)."""
    source_path = Path(source)
    target = target_of(source_path)
    target.parent.mkdir(exist_ok=True)
    start = time.perf_counter()
    nb = make_notebook(source_path)
    if run:
        execute(nb, target.parent)  # a kernel in notebooks/<lang>/ reads the course in that language
    write(nb, target)
    return target.name, time.perf_counter() - start


def rerun_one(path: str) -> tuple[str, float]:
    """Run a hand-written notebook (one with no source file) again in place, as the builder would."""
    import nbformat

    target = Path(path)
    start = time.perf_counter()
    nb = nbformat.read(target, as_version=4)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    execute(nb, target.parent)
    write(nb, target)
    return target.name, time.perf_counter() - start


def hand_written() -> list[Path]:
    """Notebooks kept as .ipynb without a source file (the instructor notebooks, outside notebooks/
    so the trainee app never serves them)."""
    return sorted((ROOT / "instructor").glob("*.ipynb"))


def exercise_languages(exercise_id: str) -> list[str]:
    """English, and each language the exercise's key is fully translated into."""
    from coursekit.translations import data_findings

    key = ROOT / "coursekit" / "data" / "exercises" / f"{exercise_id}.yaml"
    catalogue = ROOT / "coursekit" / "data" / "strings" / "exercises" / f"{exercise_id}.yaml"
    translated = catalogue.exists() and not data_findings(key)
    return ["en", *(LANGUAGES if translated else ())]


def build_exercise(exercise_id: str, run: bool = True) -> tuple[str, float]:
    """Write exercises/<id>.ipynb and solutions/<id>.ipynb from the key (and exercises/<lang>/… for
    each language the key is translated into), then run them."""
    import nbformat
    from coursekit.exercises.build import notebook_paths, write_notebooks

    start = time.perf_counter()
    langs = exercise_languages(exercise_id)
    targets = [path for lang in langs for path in notebook_paths(exercise_id, ROOT, lang)]
    before = {path: path.read_bytes() for path in targets if path.exists()}
    try:
        paths = [p for lang in langs for p in write_notebooks(exercise_id, ROOT, lang)]
        for path in paths:
            if run:
                nb = nbformat.read(path, as_version=4)
                execute(nb, path.parent)
                write(nb, path)
    except BaseException:  # a kernel that failed to start leaves the committed notebooks as they were, not unrun
        for path in targets:
            if path in before:
                path.write_bytes(before[path])
            else:
                path.unlink(missing_ok=True)
        raise
    return exercise_id, time.perf_counter() - start


def cell_sources(nb: dict[str, Any]) -> list[tuple[str, str]]:
    """(cell type, source) pairs of a notebook dict, for comparing with its lesson source."""
    pairs = []
    for cell in nb["cells"]:
        source = cell["source"]
        pairs.append((cell["cell_type"], "".join(source) if isinstance(source, list) else source))
    return pairs


def out_of_date(source_path: Path) -> str | None:
    """Why a built notebook does not match its source (None when it does)."""
    target = target_of(source_path)
    if not target.exists():
        return f"{target.name} is missing"
    built = json.loads(target.read_text(encoding="utf-8"))
    lang = lesson_language(source_path)
    wanted = [(c["type"], relink(c["source"], lang) if c["type"] == "markdown" else c["source"])
              for c in parse_source(source_path.read_text(encoding="utf-8"))]
    if cell_sources(built) != wanted:
        return f"{target.name} differs from {source_path.name}"
    if any(c["cell_type"] == "code" and c.get("execution_count") is None and c["source"].strip()
           for c in built["cells"]):
        return f"{target.name} has cells that were never run"
    return None


def sources(prefixes: list[str]) -> list[Path]:
    """Lesson sources whose names start with one of the prefixes (all when none), English then
    each translation (`es/01` names one translated lesson, `es/` all of a language)."""
    found = sorted(SRC_DIR.glob("[0-9][0-9]_*.py"))
    for lang in LANGUAGES:
        found += sorted((SRC_DIR / lang).glob("[0-9][0-9]_*.py"))
    if prefixes:
        found = [p for p in found if any(p.resolve().relative_to(SRC_DIR).as_posix().startswith(x)
                                         for x in prefixes)]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="build only notebooks whose names start so (e.g. 01)")
    parser.add_argument("--no-run", action="store_true", help="write the cells without running them")
    parser.add_argument("--check", action="store_true", help="only report notebooks that are out of date")
    parser.add_argument("--exercises", action="store_true",
                        help="build exercise/solution notebooks for the exercise ids given (all keys if none)")
    parser.add_argument("--all", action="store_true",
                        help="every lesson, every exercise pair, then the instructor notebooks")
    parser.add_argument("--rerun", nargs="+", metavar="NOTEBOOK",
                        help="run hand-written notebooks again in place (stable ids, no timings)")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="notebooks run in parallel (default 2)")
    args = parser.parse_args(argv)
    if args.all:
        if args.only or args.exercises or args.check:
            parser.error("--all takes no names and no other mode")
        no_run = ["--no-run"] if args.no_run else []
        return (main([f"--jobs={args.jobs}", *no_run])
                or main(["--exercises", f"--jobs={args.jobs}", *no_run])
                or (0 if args.no_run else main(["--rerun", *map(str, hand_written())])))
    if args.rerun:
        for path in args.rerun:
            name, seconds = rerun_one(path)
            print(f"{name:40s} {seconds:6.1f} s", flush=True)
        return 0
    if args.exercises:
        from coursekit.exercises import list_exercises

        ids = args.only or list(list_exercises())
        with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for name, seconds in pool.map(build_exercise, ids, [not args.no_run] * len(ids)):
                print(f"{name:40s} {seconds:6.1f} s", flush=True)
        return 0
    paths = sources(args.only)
    if not paths:
        print("build_notebooks: no lesson sources matched", file=sys.stderr)
        return 2
    if args.check:
        problems = [p for p in map(out_of_date, paths) if p]
        for problem in problems:
            print(f"build_notebooks: {problem}")
        return 1 if problems else 0
    from coursekit.plots.stored import STORE_VARIABLE

    started = time.time()
    os.environ[STORE_VARIABLE] = "1"  # the kernels store every fixed figure they show
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(build_one, str(p), not args.no_run) for p in paths]
        for future in futures:
            name, seconds = future.result()
            print(f"{name:40s} {seconds:6.1f} s", flush=True)
    if not args.only and not args.no_run:
        prune_figures(started)
    return 0


def prune_figures(since: float) -> None:
    """Remove stored figures that no lesson showed in a build that started at `since`."""
    from coursekit.plots.stored import FIGURES

    for path in sorted(FIGURES.glob("*.png")):
        if path.stat().st_mtime < since - 1:
            path.unlink()
            print(f"{path.name:40s} removed (no lesson shows it)", flush=True)


if __name__ == "__main__":
    sys.exit(main())
