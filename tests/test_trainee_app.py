"""`course.py app`: the trainee app serves the lessons, never the instructor notebooks."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import course  # noqa: E402  (the stdlib-only set-up script)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, ""


def test_an_option_given_on_the_command_line_reaches_the_app_once():
    command = course.app_command(ROOT / "notebooks", ["--MappingKernelManager.cull_idle_timeout=30"])
    culls = [arg for arg in command if arg.startswith("--MappingKernelManager.cull_idle_timeout")]
    assert culls == ["--MappingKernelManager.cull_idle_timeout=30"]
    assert str(ROOT / "notebooks") in command and str(ROOT / "notebooks" / "instructor") not in command


def test_the_trainee_app_never_serves_the_instructor_dashboard(tmp_path):
    port = free_port()
    extra = [f"--port={port}", "--MappingKernelManager.cull_idle_timeout=30"]
    log = (tmp_path / "voila.log").open("w")
    server = subprocess.Popen(course.app_command(ROOT / "notebooks", extra), cwd=ROOT, env=course.environment(),
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while True:
            assert server.poll() is None, (tmp_path / "voila.log").read_text()
            try:
                code, page = status(f"{base}/voila/tree")
                break
            except OSError:
                assert time.monotonic() < deadline, "voila did not start"
                time.sleep(0.5)
        assert code == 200
        code, listing = status(f"{base}/voila/api/contents")  # what the file list page shows
        assert code == 200, (code, listing[:300])
        listed = {entry["name"] for entry in json.loads(listing)["content"]}
        assert code == 200 and "00_start_here.ipynb" in listed, listed
        assert "src" not in listed, "the file list shows the notebooks' sources (src/)"
        for path in ("instructor/instructor_dashboard.ipynb", "..%2Finstructor%2Finstructor_dashboard.ipynb",
                     "../instructor/instructor_dashboard.ipynb"):
            code, page = status(f"{base}/voila/render/{path}")
            assert code in (403, 404) and "instructor_dashboard" not in page, path
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
