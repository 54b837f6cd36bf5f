"""Lesson kernels stay light: matplotlib is imported only when a figure is drawn.

Each lesson's code cells run in a fresh interpreter, as a Voila kernel runs them; the fixed
figures (pyramid, funnel, expectations, the worked debrief) come from the PNGs stored when
the notebooks were built. Finishing a conversation draws its debrief, and only then does
matplotlib load.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coursekit.plots import stored
from coursekit.plots.render import Picture

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted((ROOT / "notebooks" / "src").glob("[0-9][0-9]_*.py"))

RUN_LESSON = """
import json, sys
sys.path.insert(0, {tools!r})
from build_notebooks import parse_source
namespace = {{}}
for cell in parse_source(open({source!r}, encoding="utf-8").read()):
    if cell["type"] == "code":
        exec(cell["source"], namespace)
after_lesson = "matplotlib" in sys.modules
from coursekit.widgets.dialogue import simulation
chat = simulation("drill_for_saturday")
chat._on_end()
print(json.dumps({{"after_lesson": after_lesson, "after_debrief": "matplotlib" in sys.modules,
                   "debrief_png": len(chat.debrief_image.png)}}))
"""


def run_lesson(source: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != stored.STORE_VARIABLE}
    env.pop("COURSEKIT_TRAINEE", None)
    code = RUN_LESSON.format(tools=str(ROOT / "tools"), source=str(source))
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT / "notebooks", env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("source", LESSONS, ids=[p.stem[:2] for p in LESSONS])
def test_a_lesson_kernel_imports_matplotlib_only_when_a_figure_is_drawn(source):
    result = run_lesson(source)
    assert not result["after_lesson"], (
        f"running {source.name} imported matplotlib: a fixed figure is not stored (rebuild the "
        "notebooks: tools/build_notebooks.py --all) or a module imports it too early")
    assert result["after_debrief"] and result["debrief_png"] > 0


def test_a_stored_figure_shows_like_a_drawn_one(tmp_path, monkeypatch):
    """The stored PNG is what the notebook shows, with the same caption; no file means drawn live."""
    from coursekit.plots.funnel import funnel_alt, funnel_figure, show_funnel

    monkeypatch.setattr(stored, "FIGURES", tmp_path)
    monkeypatch.delenv(stored.STORE_VARIABLE, raising=False)
    drawn = show_funnel()
    assert drawn.figure is not None and not list(tmp_path.iterdir())  # drawn, nothing written

    monkeypatch.setenv(stored.STORE_VARIABLE, "1")
    written = show_funnel()
    assert [p.name for p in tmp_path.iterdir()] == [stored.figure_path("funnel", funnel_alt(), ["coursekit.plots.funnel"]).name]

    monkeypatch.delenv(stored.STORE_VARIABLE)
    shown = show_funnel()
    assert shown.figure is None  # read back, not drawn
    assert shown.png == written.png == Picture(funnel_figure(), "x").png
    assert repr(shown) == repr(drawn) == "<figure: gathering requirements: coarse to fine, top-down, in rounds>"


def test_a_changed_figure_is_never_served_stale():
    """Other inputs or another highlight mean another file, so an old PNG is never shown for them."""
    from coursekit.plots.pyramid import show_pyramid

    modules = ["coursekit.plots.pyramid"]
    assert stored.figure_path("pyramid", ("a",), modules) != stored.figure_path("pyramid", ("b",), modules)
    assert show_pyramid().png != show_pyramid(highlight="success").png
    assert show_pyramid(counts={"product": 2}).figure is not None  # never stored: drawn
