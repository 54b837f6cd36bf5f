"""The classroom app (`python3 course.py app`): pages served from the kernel pool, kernels freed on close.

The app serves a temp copy of tests/browser/notebooks/ with a pool of one kernel per
notebook. A page that closes asks the server to shut its kernel down; plain Voila refuses
(voila#1458), the classroom app must not: the kernel is gone soon after the page.
"""
from __future__ import annotations

import json
import shutil
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

from conftest import NOTEBOOKS, Server, course_script, jupyter_environment, start_server

pytestmark = pytest.mark.xdist_group("browser-classroom")

RENDER_TIMEOUT_MS = 60_000
#: Longest wait for a closed page's kernel to go, seconds (culling would take ten minutes).
FREED_WITHIN = 30


@pytest.fixture(scope="module")
def classroom_app(artifacts: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    base = tmp_path_factory.mktemp("classroom")
    root = base / "root"
    shutil.copytree(NOTEBOOKS, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copy(root / "smoke.ipynb", root / "pooled.ipynb")  # opened by one test only
    course = course_script()

    def command(port: int) -> list[str]:
        return course.app_command(root, [
            f"--port={port}", "--Voila.ip=127.0.0.1", "--Voila.port_retries=0",
            "--Voila.open_browser=False", "--Voila.token=", "--Voila.auto_token=False", "--pool=1"])

    server = start_server("classroom", command, jupyter_environment(base), root,
                          "/coursekit-readiness-probe")
    try:
        yield server
    finally:
        server.stop()


def kernel_alive(server: Server, kernel_id: str) -> bool:
    try:
        with urllib.request.urlopen(f"{server.base_url}/api/kernels/{kernel_id}", timeout=10):
            return True
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return False
        raise


def page_kernel(page) -> str:
    config = json.loads(page.locator("#jupyter-config-data").text_content())
    return config["kernelId"]


def test_a_closed_page_frees_its_kernel(classroom_app, browser, shot):
    from playwright.sync_api import expect

    page = browser.new_page()
    page.goto(f"{classroom_app.base_url}/voila/render/smoke.ipynb")
    button = page.locator(".smoke-button")
    expect(button).to_be_visible(timeout=RENDER_TIMEOUT_MS)
    button.click()
    expect(page.locator(".smoke-label")).to_have_text("coursekit ready, clicks: 1")
    shot(page, "open")
    kernel = page_kernel(page)
    assert kernel_alive(classroom_app, kernel)

    page.close(run_before_unload=True)
    deadline = time.monotonic() + FREED_WITHIN
    while kernel_alive(classroom_app, kernel) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not kernel_alive(classroom_app, kernel), (
        f"the closed page's kernel is still running; server log: {classroom_app.log_path}\n"
        + classroom_app.log_tail())
    assert "'_xsrf' argument missing" not in classroom_app.log_path.read_text(errors="replace")


def test_a_lesson_is_served_from_the_pool_and_works(classroom_app, page):
    from playwright.sync_api import expect

    log = classroom_app.log_path
    deadline = time.monotonic() + 90  # the pool fills in the background after the start
    while "Kernel pool of pooled.ipynb is filled" not in log.read_text(errors="replace"):
        assert time.monotonic() < deadline, "the pool never filled:\n" + classroom_app.log_tail()
        time.sleep(0.5)
    scripts: list[str] = []
    page.on("request", lambda request: scripts.append(request.url))
    page.goto(f"{classroom_app.base_url}/voila/render/pooled.ipynb")
    button = page.locator(".smoke-button")
    expect(button).to_be_visible(timeout=RENDER_TIMEOUT_MS)
    button.click()
    expect(page.locator(".smoke-label")).to_have_text("coursekit ready, clicks: 1")
    assert f"Using pre-heated kernel: {page_kernel(page)} for pooled.ipynb" in log.read_text(errors="replace")
    # the page loads the widget extensions and no other JupyterLab extension
    assert any("/labextensions/@jupyter-widgets/" in url for url in scripts)
    assert not [url for url in scripts if "/labextensions/@jupyter/nbgrader" in url or "jupyterlab_pygments" in url]
