"""`python3 course.py open`: JupyterLab as a trainee first sees it.

The server is started with `course.lab_command` (what `open` runs) and a fresh user-settings
folder, so only the course's own settings (deploy/jupyterlab/overrides.json) can keep the
"official Jupyter news?" pop-up away.
"""
from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

from conftest import ROOT, Server, course_script, jupyter_environment, start_server

pytestmark = pytest.mark.xdist_group("browser-lab-open")

RENDER_TIMEOUT_MS = 90_000
NEWS_QUESTION = "Would you like to get notified about official Jupyter news?"


@pytest.fixture(scope="module")
def course_lab(artifacts: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    base = tmp_path_factory.mktemp("course-open")
    env = jupyter_environment(base)
    # the test environment's own "no news" user setting would hide what this test looks for
    (base / "config" / "lab" / "user-settings" / "@jupyterlab" / "apputils-extension"
     / "notification.jupyterlab-settings").unlink()
    course = course_script()

    def command(port: int) -> list[str]:
        return course.lab_command([f"--port={port}", "--ServerApp.port_retries=0",
                                   "--ServerApp.ip=127.0.0.1", "--IdentityProvider.token=",
                                   "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"])

    server = start_server("course-open", command, env, ROOT, "/api/status")
    try:
        yield server
    finally:
        server.stop()


def test_course_opens_at_the_start_notebook_without_a_news_pop_up(course_lab, page, shot):
    from playwright.sync_api import expect

    page.goto(f"{course_lab.base_url}/lab/tree/notebooks/00_start_here.ipynb")
    notebook = page.locator(".jp-NotebookPanel .jp-Notebook")
    expect(notebook).to_be_visible(timeout=RENDER_TIMEOUT_MS)
    expect(notebook).to_contain_text("Start here", timeout=RENDER_TIMEOUT_MS)
    page.wait_for_timeout(5000)  # the question is asked a moment after the start
    expect(page.get_by_text(NEWS_QUESTION)).to_have_count(0)
    shot(page, "opened")


def test_the_file_browser_does_not_list_the_notebook_sources(course_lab):
    with urllib.request.urlopen(f"{course_lab.base_url}/api/contents/notebooks", timeout=30) as response:
        listed = {entry["name"] for entry in json.load(response)["content"]}
    assert "00_start_here.ipynb" in listed and "src" not in listed
