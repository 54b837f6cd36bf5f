"""Chinese text in course figures is drawn in real glyphs from the font the install ships.

A Chinese character no font has is drawn as matplotlib's "missing glyph" box for that script
(tofu); every Chinese character must look different from it and from the other characters, and
drawing must not warn that a glyph is missing. The control case (DejaVu Sans alone) shows the
check sees boxes.
"""
from __future__ import annotations

import logging
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

from coursekit.plots import fonts
from coursekit.plots.debrief import debrief_png
from coursekit.plots.render import course_style, new_figure

CHINESE = "需求层次客户类型成交"
#: A CJK ideograph new in Unicode 14 that neither DejaVu Sans nor Noto Sans SC has: its box is
#: what any Chinese character without a font looks like.
TOFU = "\u9FFF"


def ink(text: str, families: list[str] | None = None) -> np.ndarray:
    """Where `text`, drawn alone in the course style, puts dark pixels (a boolean image)."""
    from matplotlib import rcParams
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with course_style():
        if families is not None:
            rcParams["font.family"] = families
        fig = new_figure(0.6, 0.6)
        fig.text(0.5, 0.5, text, fontsize=28, ha="center", va="center")
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        return np.asarray(canvas.buffer_rgba())[..., 0] < 128


def differs(a: np.ndarray, b: np.ndarray) -> bool:
    """Two glyph images differ in more than a few pixels (not just anti-aliasing)."""
    return int((a != b).sum()) > 0.05 * max(int(a.sum()), int(b.sum()), 1)


@pytest.fixture
def no_missing_glyphs(caplog):
    """Fail when drawing warns that a glyph is missing or a font (weight) was not found."""
    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.WARNING, "matplotlib"):
        warnings.simplefilter("always")
        yield
    messages = [str(w.message) for w in caught] + [r.getMessage() for r in caplog.records]
    assert not [m for m in messages if "missing from font" in m or "findfont" in m], messages


def test_the_chinese_font_is_the_one_the_install_ships():
    from matplotlib import font_manager

    path = fonts.cjk_font_path()
    assert path is not None and {"site-packages", "dist-packages"} & set(path.parts)
    family = fonts.families()[1]
    assert fonts.families() == ("DejaVu Sans", "Noto Sans SC")
    found = font_manager.fontManager.findfont(font_manager.FontProperties(family=family),
                                              fallback_to_default=False)
    assert Path(found) == path


def test_chinese_characters_draw_as_distinct_real_glyphs(no_missing_glyphs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the box is drawn on purpose here
        tofu = ink(TOFU)
    assert tofu.any()
    glyphs = [ink(char) for char in CHINESE]
    for char, glyph in zip(CHINESE, glyphs):
        assert glyph.any(), f"{char} drew nothing"
        assert differs(glyph, tofu), f"{char} is drawn as the missing-glyph box"
    for i, a in enumerate(glyphs):
        for j in range(i + 1, len(glyphs)):
            assert differs(a, glyphs[j]), f"{CHINESE[i]} and {CHINESE[j]} look the same"


def test_without_the_chinese_font_the_check_sees_boxes():
    """The control: with DejaVu Sans alone every Chinese character is the same box, with a warning."""
    with pytest.warns(UserWarning, match="missing from font"):
        tofu, first, second = ink(TOFU, ["DejaVu Sans"]), ink("需", ["DejaVu Sans"]), ink("求", ["DejaVu Sans"])
    assert not differs(first, tofu) and not differs(second, tofu)


def test_latin_text_keeps_its_font():
    assert not differs(ink("Needs"), ink("Needs", ["DejaVu Sans"]))


def test_bold_chinese_text_draws_without_a_font_warning(no_missing_glyphs):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with course_style():
        fig = new_figure(2.0, 0.6)
        fig.text(0.5, 0.5, "需求 needs", fontweight="bold", ha="center", va="center")
        FigureCanvasAgg(fig).draw()


def debrief(outcome: str) -> dict:
    return {"levels_uncovered": {"product": {"hidden": 2, "uncovered": 1}}, "trust_history": [40, 55, 70],
            "patience_history": [], "outcome": outcome, "total": 72}


def test_a_debrief_plot_with_chinese_text_shows_real_glyphs(no_missing_glyphs):
    """Two Chinese outcomes draw two different debriefs; as boxes they would be the same picture."""
    won, lost = debrief_png(debrief("成交")), debrief_png(debrief("流失"))
    assert won != lost
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        boxes = debrief_png(debrief(TOFU * 2))
    assert boxes not in (won, lost)
    assert debrief_png(debrief("成交")) == won  # deterministic


def test_importing_the_figure_modules_loads_no_matplotlib():
    code = ("import sys, coursekit.plots.render, coursekit.plots.stored, coursekit.plots.fonts, "
            "coursekit.plots.debrief; sys.exit('matplotlib' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_the_chinese_courses_debrief_draws_every_label_in_real_glyphs(no_missing_glyphs):
    """A whole debrief of the Chinese course (titles, legends, level names, outcome): no glyph missing."""
    from coursekit.i18n import use_language
    from coursekit.sim import load_scenario, play_auto

    use_language("zh")
    try:
        report = play_auto(load_scenario("drill_for_saturday"), mode="best", seed=0).report()
        chinese = debrief_png(report)
    finally:
        use_language(None)
    assert chinese != debrief_png(report)  # the English labels draw another picture
