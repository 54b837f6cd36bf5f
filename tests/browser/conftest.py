"""Fixtures for the end-to-end browser tests: Voila / JupyterLab servers and Chromium.

The course is driven the way trainees meet it: a real server on a free 127.0.0.1 port,
Debian's Chromium (``/usr/bin/chromium``) driven by Playwright's Python package, and
screenshots saved under ``test-artifacts/browser/`` (also when a test fails).

Skipping is explicit only: ``COURSEKIT_SKIP_BROWSER_TESTS=1`` skips every test here with
that reason. Without it a missing Chromium (or Playwright) makes the tests fail with a
message saying what to install.

Scopes suit pytest-xdist: the Voila server is session-scoped (one per worker that runs a
Voila test), JupyterLab and Chromium are module-scoped, and Playwright is stopped after
each module so its event loop never meets the unit tests. Plain ``pytest -n 2 tests``
(what ``course.py test`` runs) works as is; the modules also carry ``xdist_group`` marks
so ``--dist loadgroup`` would keep all Voila tests on one worker and one server.

Every wait is bounded: server start SERVER_START_TIMEOUT, page actions PAGE_TIMEOUT_MS,
first renders and notebook runs as the test modules say.
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
NOTEBOOKS = HERE / "notebooks"
ARTIFACTS = ROOT / "test-artifacts" / "browser"
BIN = Path(sys.executable).parent

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

SKIP_VARIABLE = "COURSEKIT_SKIP_BROWSER_TESTS"
SKIP_REASON = f"{SKIP_VARIABLE}=1 asks to skip the browser tests"
MISSING_CHROMIUM = (
    f"{CHROMIUM} not found: the browser tests need Debian's Chromium. Install it with "
    f"`apt-get install chromium chromium-driver`, or set {SKIP_VARIABLE}=1 to skip "
    "these tests explicitly."
)
MISSING_PLAYWRIGHT = (
    "the Python package playwright is not installed: run `python3 course.py test` "
    "(it installs coursekit[test]) or `.venv/bin/pip install -e '.[test]'`, or set "
    f"{SKIP_VARIABLE}=1 to skip these tests explicitly."
)

#: What a server logs when its port was taken between free_port() and its start.
PORT_TAKEN = re.compile(r"address already in use|Errno 98|is already in use", re.IGNORECASE)

#: Seconds a server may take to answer its first HTTP request.
SERVER_START_TIMEOUT = 60
#: Default bound, in milliseconds, for every Playwright wait and action.
PAGE_TIMEOUT_MS = 20_000
#: Bound for the first render of a page (kernel start + running the notebook).
RENDER_TIMEOUT_MS = 60_000


def skip_requested() -> bool:
    return os.environ.get(SKIP_VARIABLE, "").strip().lower() in {"1", "true", "yes"}


# --------------------------------------------------------------------------- hooks


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: end-to-end test in Chromium (tests/browser)")
    # Known to pytest-xdist's --dist loadgroup; registered here so it never warns without it.
    config.addinivalue_line("markers", "xdist_group(name): run these tests in one xdist worker")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the tests under tests/browser; skip them only when the variable asks."""
    skip = pytest.mark.skip(reason=SKIP_REASON) if skip_requested() else None
    for item in items:
        if HERE not in Path(str(item.path)).resolve().parents:
            continue
        item.add_marker(pytest.mark.browser)
        if skip is not None:
            item.add_marker(skip)


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Keep each phase's report on the item so fixtures can see whether the test failed."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


# --------------------------------------------------------------------------- helpers


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_")[:120]


def artifact_prefix(item: pytest.Item) -> str:
    """`<module>--<test>`: the start of every artifact file name of one test."""
    return f"{Path(str(item.path)).stem}--{safe_name(item.name)}"


def worker_id() -> str:
    """The xdist worker ("gw0", ...) or "main": names server logs, overwritten per run."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def _descendants(pid: int) -> list:
    try:
        import psutil

        return psutil.Process(pid).children(recursive=True)
    except Exception:  # psutil missing or the process already gone
        return []


@dataclass
class Server:
    """A server started as a subprocess in its own process group."""

    name: str
    command: list[str]
    env: dict[str, str]
    cwd: Path
    port: int
    log_path: Path
    root: Path | None = None
    """The folder the server serves."""
    process: subprocess.Popen | None = None
    _log: object = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, probe_path: str, timeout: float = SERVER_START_TIMEOUT) -> None:
        """Start the server and wait until `probe_path` answers any HTTP status."""
        self._log = open(self.log_path, "ab")
        self._log.write(f"\n$ {' '.join(self.command)}\n".encode())
        self._log.flush()
        self.process = subprocess.Popen(
            self.command, cwd=self.cwd, env=self.env, stdin=subprocess.DEVNULL,
            stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        url = self.base_url + probe_path
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited with code {self.process.returncode} before it was "
                    f"ready; its log: {self.log_path}\n{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(url, timeout=5):
                    return
            except urllib.error.HTTPError:
                return  # it answered: the server is up
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(
                    f"{self.name} did not answer {url} within {timeout:.0f} s; its log: "
                    f"{self.log_path}\n{self.log_tail()}"
                )
            time.sleep(0.25)

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        """SIGTERM the process group (the server shuts its kernels down), then SIGKILL.

        Kernels run in sessions of their own, so whatever the server leaves behind is
        killed by pid afterwards.
        """
        process = self.process
        if process is None:
            return
        children = _descendants(process.pid)
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # stragglers left in the group
        for child in children:
            with contextlib.suppress(Exception):
                if child.is_running():
                    child.kill()
        if self._log is not None:
            self._log.close()
        self.process = None


def start_server(name: str, build_command, env: dict[str, str], cwd: Path,
                 probe_path: str, attempts: int = 3) -> Server:
    """Start a server on a free port; try again on another port if the first one was taken."""
    log_path = ARTIFACTS / f"{safe_name(name)}-{worker_id()}.log"
    log_path.unlink(missing_ok=True)
    program = Path(build_command(0)[0])
    if not program.exists():
        pytest.fail(f"{program} not found: install the test extras with "
                    "`.venv/bin/pip install -e '.[test]'` (python3 course.py test does it)",
                    pytrace=False)
    error: Exception | None = None
    for _ in range(attempts):
        port = free_port()
        server = Server(name, build_command(port), env, cwd, port, log_path, root=cwd)
        try:
            server.start(probe_path)
            return server
        except RuntimeError as exc:
            error = exc
            server.stop()
            if not PORT_TAKEN.search(server.log_tail(60)):
                break  # a real failure, not a race for the port: report it
    raise RuntimeError(f"could not start {name}: {error}")


def course_script():
    """The project's stdlib-only `course.py`, loaded as a module (its commands: app, lab)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("coursekit_course_for_browser", ROOT / "course.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def jupyter_environment(base: Path) -> dict[str, str]:
    """An environment whose Jupyter/IPython user folders are fresh temp dirs.

    The venv's own share/jupyter (kernelspec, widget extensions) stays on the path because
    Jupyter always searches sys.prefix; .venv/bin goes first on PATH so the kernelspec's
    "python" is the venv's.
    """
    env = dict(os.environ)
    for variable, sub in [
        ("JUPYTER_CONFIG_DIR", "config"),
        ("JUPYTER_DATA_DIR", "data"),
        ("JUPYTER_RUNTIME_DIR", "runtime"),
        ("IPYTHONDIR", "ipython"),
        ("MPLCONFIGDIR", "matplotlib"),
    ]:
        path = base / sub
        path.mkdir(parents=True, exist_ok=True)
        env[variable] = str(path)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    env["COURSEKIT_DB"] = str(base / "gradebook.sqlite3")
    env.pop("JUPYTER_PATH", None)
    env.pop("JUPYTER_CONFIG_PATH", None)
    # JupyterLab user settings: every cell in the DOM, no news, no update checks.
    settings = base / "config" / "lab" / "user-settings" / "@jupyterlab"
    (settings / "notebook-extension").mkdir(parents=True, exist_ok=True)
    (settings / "notebook-extension" / "tracker.jupyterlab-settings").write_text(
        '{"windowingMode": "none"}'
    )
    (settings / "apputils-extension").mkdir(parents=True, exist_ok=True)
    (settings / "apputils-extension" / "notification.jupyterlab-settings").write_text(
        '{"fetchNews": "false", "checkForUpdates": false}'
    )
    env["JUPYTERLAB_SETTINGS_DIR"] = str(base / "config" / "lab" / "user-settings")
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(base / "config" / "lab" / "workspaces")
    return env


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """test-artifacts/browser/ (gitignored): screenshots and server logs.

    Every server and browser fixture starts here, so the prerequisites are checked before
    any server starts: an explicit skip, or a failure saying what to install.
    """
    if skip_requested():
        pytest.skip(SKIP_REASON)
    if not Path(CHROMIUM).exists():
        pytest.fail(MISSING_CHROMIUM, pytrace=False)
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.fail(MISSING_PLAYWRIGHT, pytrace=False)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def voila_server(artifacts: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Voila serving a temp copy of tests/browser/notebooks/ plus the course notebooks.

    Pages: ``{base_url}/voila/render/<file>.ipynb``; the course notebooks are under
    ``course/`` (e.g. ``course/00_start_here.ipynb``), the exercises under ``exercises/``.
    """
    base = tmp_path_factory.mktemp("voila")
    root = base / "root"
    shutil.copytree(NOTEBOOKS, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    course = ROOT / "notebooks"
    if course.is_dir():
        shutil.copytree(course, root / "course",
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "src"))
    if (ROOT / "exercises").is_dir():  # beside course/, as in the course folder: lessons link ../exercises/
        shutil.copytree(ROOT / "exercises", root / "exercises",
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    env = jupyter_environment(base)

    def command(port: int) -> list[str]:
        return [
            str(BIN / "voila"), str(root), "--no-browser",
            f"--port={port}", "--Voila.ip=127.0.0.1", "--Voila.port_retries=0",
            "--Voila.open_browser=False", "--Voila.token=", "--Voila.auto_token=False",
            "--show_tracebacks=True",
        ]

    server = start_server("voila", command, env, root, "/coursekit-readiness-probe")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def lab_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty folder JupyterLab serves; tests copy the notebooks they need into it."""
    return tmp_path_factory.mktemp("lab-root")


@pytest.fixture(scope="module")
def lab_server(artifacts: Path, lab_root: Path,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """JupyterLab without a token on 127.0.0.1, serving `lab_root`, no network calls."""
    base = tmp_path_factory.mktemp("lab")
    env = jupyter_environment(base)

    def command(port: int) -> list[str]:
        return [
            str(BIN / "jupyter"), "lab", "--no-browser",
            f"--port={port}", "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1",
            "--IdentityProvider.token=",
            f"--ServerApp.root_dir={lab_root}", "--ServerApp.terminals_enabled=False",
            "--LabApp.news_url=None",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            "--LabApp.extension_manager=readonly",
            *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
        ]

    server = start_server("jupyterlab", command, env, lab_root, "/api/status")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def browser(artifacts: Path, tmp_path_factory: pytest.TempPathFactory):
    """Chromium via Playwright: a persistent context on a fresh --user-data-dir."""
    from playwright.sync_api import sync_playwright

    user_data_dir = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(user_data_dir),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )
        context.set_default_timeout(PAGE_TIMEOUT_MS)
        context.set_default_navigation_timeout(RENDER_TIMEOUT_MS)
        from playwright.sync_api import expect

        expect.set_options(timeout=PAGE_TIMEOUT_MS)
        try:
            yield context
        finally:
            context.close()


#: Tallest screenshot, in pixels.
MAX_SHOT_HEIGHT = 4000
#: How much of the page's tallest scrolling panel is out of view, in pixels.
_HIDDEN_HEIGHT_JS = """() => {
  let hidden = 0;
  for (const element of document.querySelectorAll('*')) {
    const overflow = getComputedStyle(element).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') {
      hidden = Math.max(hidden, element.scrollHeight - element.clientHeight);
    }
  }
  return hidden;
}"""


def screenshot(page, path: Path) -> Path:
    """A screenshot of the whole page.

    Voila and JupyterLab scroll inside a panel, not the document, so the viewport is
    stretched for the shot to show the panel's whole content (up to MAX_SHOT_HEIGHT).
    """
    viewport = page.viewport_size
    hidden = page.evaluate(_HIDDEN_HEIGHT_JS)
    if viewport and hidden > 0:
        height = min(viewport["height"] + hidden, MAX_SHOT_HEIGHT)
        page.set_viewport_size({"width": viewport["width"], "height": height})
        try:
            page.screenshot(path=str(path), full_page=True)
        finally:
            page.set_viewport_size(viewport)
    else:
        page.screenshot(path=str(path), full_page=True)
    return path


class Shots:
    """Saves numbered screenshots named after the test under test-artifacts/browser/."""

    def __init__(self, directory: Path, prefix: str) -> None:
        self.directory = directory
        self.prefix = prefix
        self.count = 0
        self.saved: list[Path] = []

    def _path(self, label: str) -> Path:
        self.count += 1
        path = self.directory / f"{self.prefix}-{self.count:02d}-{safe_name(label)}.png"
        self.saved.append(path)
        return path

    def __call__(self, page, label: str) -> Path:
        """A screenshot of the whole page (see `screenshot`)."""
        return screenshot(page, self._path(label))

    def element(self, locator, label: str) -> Path:
        """A screenshot of one element (a widget, an output)."""
        path = self._path(label)
        locator.screenshot(path=str(path))
        return path


@pytest.fixture
def page(browser, artifacts: Path, request: pytest.FixtureRequest):
    """A fresh tab; on failure a full-page screenshot and the console log are saved.

    The test's artifacts from an earlier run are removed first, so what is in
    test-artifacts/browser/ always belongs to the last run of each test.
    """
    prefix = artifact_prefix(request.node)
    for old in artifacts.glob(f"{prefix}-*"):
        old.unlink(missing_ok=True)
    tab = browser.new_page()
    console: list[str] = []
    tab.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    tab.on("pageerror", lambda error: console.append(f"pageerror: {error}"))
    try:
        yield tab
    finally:
        report = getattr(request.node, "report_call", None)
        if report is not None and report.failed:
            with contextlib.suppress(Exception):
                screenshot(tab, artifacts / f"{prefix}-FAILED.png")
            with contextlib.suppress(Exception):
                (artifacts / f"{prefix}-FAILED-console.txt").write_text("\n".join(console))
        with contextlib.suppress(Exception):
            tab.close()


@pytest.fixture
def shot(artifacts: Path, request: pytest.FixtureRequest) -> Shots:
    """``shot(page, "label")`` saves test-artifacts/browser/<test>-NN-<label>.png."""
    return Shots(artifacts, artifact_prefix(request.node))
