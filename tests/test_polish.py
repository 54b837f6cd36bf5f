"""Polish a trainee or a maintainer would notice: sorting feedback, lesson 07's tables, the
course's file lists and JupyterLab settings, packaging and git hygiene.

(Layout seen in the browser is checked in tests/browser/test_accessibility.py.)
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from coursekit.lessons import banks, capstone
from coursekit.lessons.marking import MARK, mark_sort

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import course  # noqa: E402  (the stdlib-only set-up script)


def test_sorting_feedback_shows_one_marker_per_line():
    """Each line had a bullet and a ✓/✗: the list has no bullets, each line one mark."""
    items = banks.LEVEL_STATEMENTS[:3]
    chosen = [items[0].answer, "product" if items[1].answer != "product" else "service", None]
    markup = mark_sort(items, chosen, {}).html()
    assert re.search(r'<ul style="[^"]*list-style:\s*none', markup)
    lines = re.findall(r"<li>(.*?)</li>", markup)
    assert len(lines) == 3
    for line, mark in zip(lines, (MARK[True], MARK[False], MARK[None])):
        assert sum(line.count(m) for m in MARK.values()) == 1 and mark in line


def test_worked_tables_show_whole_points_as_the_debrief_does():
    report = capstone.played("drill_for_saturday", "best").report()
    markup = str(capstone.worked_dialogue("drill_for_saturday", "best"))
    assert not re.search(r"\d\.\d+ / \d", markup), "no 0.0 / 13.0"
    for criterion in report.criteria:
        if criterion.applies:
            assert f"{int(round(criterion.score))} / {int(round(criterion.maximum))}" in markup


def test_revisit_table_lists_the_points_of_the_debrief_above_it():
    report = capstone.played("drill_for_saturday", "best").report()
    markup = str(capstone.show_revisit())
    cells = re.findall(r"<tr><td[^>]*>(.*?)</td><td[^>]*>(.*?)</td><td[^>]*>(.*?)</td></tr>", markup)
    shown = {name: points for name, points, _ in cells}
    assert len(cells) == len(report.criteria)
    for criterion in report.criteria:
        expected = str(int(round(criterion.maximum))) if criterion.applies else "— (did not apply)"
        assert shown[criterion.name] == expected, criterion.name
    assert sum(int(p) for p in shown.values() if p.isdigit()) == 100
    assert all(lesson for _, _, lesson in cells), "every line says what to revisit"


def test_the_apps_hide_the_notebook_sources_item_by_item():
    """`--ContentsManager.hide_globs=['a', 'b']` was read as one glob, so src/ was listed."""
    for command in (course.app_command(ROOT / "notebooks", []), course.lab_command([])):
        globs = [arg.split("=", 1)[1] for arg in command if arg.startswith("--ContentsManager.hide_globs=")]
        assert "src" in globs and "__pycache__" in globs
        assert not any("[" in glob or "," in glob for glob in globs)


def test_the_traitlets_read_the_hidden_globs_as_a_list():
    from jupyter_server.services.contents.largefilemanager import LargeFileManager
    from traitlets.config import Application

    app = Application()
    app.parse_command_line(course.hide_options(course.HIDDEN))
    assert set(LargeFileManager(parent=app).hide_globs) >= {"src", "__pycache__"}


def test_course_open_turns_off_the_jupyterlab_news_pop_up():
    command = course.lab_command([])
    settings = Path(next(a for a in command if a.startswith("--LabApp.app_settings_dir=")).split("=", 1)[1])
    overrides = json.loads((settings / "overrides.json").read_text(encoding="utf-8"))
    notification = overrides["@jupyterlab/apputils-extension:notification"]
    assert notification["fetchNews"] == "false" and notification["checkForUpdates"] is False


def test_license_is_an_spdx_string_so_installing_prints_no_licence_warning():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"
    setuptools = next(r for r in project["build-system"]["requires"] if r.startswith("setuptools"))
    assert tuple(int(x) for x in re.search(r">=\s*([\d.]+)", setuptools).group(1).split(".")) >= (77,)


@pytest.mark.parametrize("name", ["coursekit.db", "coursekit.db-wal", "coursekit.db-shm",
                                  "coursekit.db-journal", "gradebook.sqlite3-wal", "gradebook.sqlite3-shm"])
def test_git_ignores_the_gradebook_and_its_side_files(name):
    result = subprocess.run(["git", "check-ignore", "-q", "--no-index", name], cwd=ROOT)
    if result.returncode == 128:
        pytest.skip("not a git checkout")
    assert result.returncode == 0, f"git would offer to commit {name}"
