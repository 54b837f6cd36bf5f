#!/usr/bin/env python3
"""A class opens a lesson at once: time until the simulation takes a turn, and memory.

    .venv/bin/python bench/bench_classroom.py                      # lesson 07, 10 then 20 trainees
    .venv/bin/python bench/bench_classroom.py --trainees 20 --pool 07=12
    .venv/bin/python bench/bench_classroom.py --churn 20           # also: open and close all lessons
    .venv/bin/python bench/bench_classroom.py --no-floor --trainees 5

For each class size the app (`course.py`'s `app_command`, the command `python3 course.py
app` runs) is started fresh on a free port, left to fill its kernel pool, and that many
headless Chromium pages (each its own browser context, as separate trainees) open the
lesson together. The pages share one browser context (its cache, as a trainee's browser
would keep it) and the browser runs at nice BROWSER_NICE, so the server and its kernels come
first, as they would with the trainees' browsers on their own machines (`--isolated`: a
context per page, no nice, the method of the issue's first figures). A page counts as usable when the first simulation has taken a typed
turn (the trainee's bubble is on screen). The floor is the same app serving a notebook
with one slider, usable when moving the slider updates its readout.

Printed: time to usable (p50, p95, max, and the fastest N where N is the pool), the time
until the server had sent the whole page (its share of the wait: a cold kernel's page is
sent as the notebook runs, a pool kernel's at once), failures,
kernels alive and their memory (RSS; USS = memory only that kernel holds), the
server's memory, and the CPU seconds the browser, the server and the kernels used until
the last page was usable (with the load average: other work on a shared machine slows
every figure). With --churn N, N trainees each open and close every lesson; the kernels
still alive `--linger` seconds after the last page closed are counted, by kind: ready in
a pool, pool kernels a page took, kernels a page started (the last two should be none).

A figure, not a test: it never fails on time. Needs /usr/bin/chromium and playwright.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import course  # noqa: E402  (stdlib only: builds the app command)

sys.path.insert(0, str(ROOT / "deploy" / "voila"))
import classroom  # noqa: E402  (stdlib at import: reads --pool values)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
LESSON = "07_capstone.ipynb"
TURN = "What would make the day a success for you?"
#: Longest wait for one page, seconds (a page slower than this counts as failed).
PAGE_TIMEOUT = 240
VIEWPORT = {"width": 1280, "height": 900}
#: Where the app's logs are kept (gitignored), one per app started.
LOGS = ROOT / "test-artifacts" / "bench"
#: Niceness of the browser: the pages stand in for trainees' own machines, so the server and
#: its kernels (what is measured) come first on this one.
BROWSER_NICE = 10

SLIDER_SOURCE = '''import ipywidgets as widgets
slider = widgets.IntSlider(value=5, min=0, max=10, description="slider")
readout = widgets.HTML(value="value 5")
slider.observe(lambda change: setattr(readout, "value", f"value {change['new']}"), names="value")
widgets.VBox([slider, readout])'''


def slider_notebook() -> str:
    """A one-cell notebook with one slider and its readout (the floor)."""
    cell = {"cell_type": "code", "execution_count": None, "id": "floor", "metadata": {},
            "outputs": [], "source": SLIDER_SOURCE}
    return json.dumps({"cells": [cell], "metadata": {"kernelspec": {
        "display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5})


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fresh_environment(base: Path) -> dict[str, str]:
    """Jupyter and matplotlib user folders in a temp dir; no gradebook, no trainee name."""
    env = dict(course.environment())
    for variable, sub in [("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"),
                          ("JUPYTER_RUNTIME_DIR", "runtime"), ("IPYTHONDIR", "ipython"),
                          ("MPLCONFIGDIR", "matplotlib")]:
        (base / sub).mkdir(parents=True, exist_ok=True)
        env[variable] = str(base / sub)
    env["COURSEKIT_DB"] = str(base / "gradebook.sqlite3")
    env.pop("COURSEKIT_TRAINEE", None)
    return env


class App:
    """The app on a free port, in its own process group."""

    def __init__(self, root: Path, extra: list[str], base: Path) -> None:
        self.port = free_port()
        flags = [f"--port={self.port}", "--Voila.ip=127.0.0.1", "--Voila.port_retries=0",
                 "--Voila.token=", "--Voila.auto_token=False", *extra]
        LOGS.mkdir(parents=True, exist_ok=True)
        self.log_path = LOGS / f"app-{self.port}.log"
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(course.app_command(root, flags), cwd=course.ROOT,
                                        env=fresh_environment(base), stdout=self.log,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                urllib.request.urlopen(self.url + "/voila/static/nothing", timeout=5)
                return
            except urllib.error.HTTPError:
                return
            except OSError:
                time.sleep(0.3)
        self.log.close()
        tail = self.log_path.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"the app did not start:\n{tail}")

    def kernels(self) -> list:
        import psutil

        found = []
        with contextlib.suppress(psutil.Error):
            for process in psutil.Process(self.process.pid).children(recursive=True):
                with contextlib.suppress(psutil.Error):  # a kernel that is just ending
                    if "ipykernel" in " ".join(process.cmdline()):
                        found.append(process)
        return found

    def settle(self, quiet: float = 0.15, limit: float = 240) -> float:
        """Wait until the server and its kernels are idle (the pool is warm); seconds waited."""
        import psutil

        start = time.monotonic()
        server = psutil.Process(self.process.pid)
        calm = 0
        while time.monotonic() - start < limit:
            tree = [server, *server.children(recursive=True)]
            before = sum(sum(p.cpu_times()[:2]) for p in tree if p.is_running())
            time.sleep(1.0)
            after = sum(sum(p.cpu_times()[:2]) for p in tree if p.is_running())
            calm = calm + 1 if after - before < quiet else 0
            if calm >= 3:
                break
        return time.monotonic() - start

    def kernel_kinds(self) -> dict[str, int]:
        """The kernels alive, by kind: `ready` (in a pool, never handed out), `taken` (a pool
        kernel a page got), `own` (started for a page when no pool kernel was ready)."""
        import re

        import psutil

        taken = set(re.findall(r"Using pre-heated kernel: (\S+)", self.log_path.read_text(errors="replace")))
        kinds = {"ready": 0, "taken": 0, "own": 0}
        for kernel in self.kernels():
            with contextlib.suppress(psutil.Error):
                match = re.search(r"kernel-([0-9a-f-]+)\.json", " ".join(kernel.cmdline()))
                preheated = kernel.environ().get("VOILA_PREHEAT") == "True"
                kinds["own" if not preheated else "taken" if match and match[1] in taken else "ready"] += 1
        return kinds

    def cpu_seconds(self) -> dict[str, float]:
        """CPU seconds used so far by the server, its kernels, and everything else this bench
        started (the browser)."""
        import psutil

        used = {"server": 0.0, "kernels": 0.0, "browser": 0.0}
        app = {self.process.pid}
        with contextlib.suppress(psutil.Error):
            times = psutil.Process(self.process.pid).cpu_times()
            used["server"] = times.user + times.system
            for kernel in psutil.Process(self.process.pid).children(recursive=True):
                app.add(kernel.pid)
                with contextlib.suppress(psutil.Error):
                    times = kernel.cpu_times()
                    used["kernels"] += times.user + times.system
        for process in psutil.Process().children(recursive=True):
            if process.pid not in app:
                with contextlib.suppress(psutil.Error):
                    times = process.cpu_times()
                    used["browser"] += times.user + times.system
        return used

    def memory(self) -> dict[str, float]:
        """RSS and USS of every kernel, and the server's RSS, in MB."""
        import psutil

        mb = 1024 * 1024
        rss, uss = [], []
        for kernel in self.kernels():
            with contextlib.suppress(psutil.Error):
                info = kernel.memory_full_info()
                rss.append(info.rss / mb)
                uss.append(info.uss / mb)
        server = psutil.Process(self.process.pid).memory_info().rss / mb
        return {"kernels": len(rss), "rss_median": statistics.median(rss) if rss else 0.0,
                "rss_max": max(rss, default=0.0), "uss_median": statistics.median(uss) if uss else 0.0,
                "server": server}

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.log.close()


async def use_lesson(browser, url: str, floor: bool, isolated: bool) -> tuple[float | None, float | None, object]:
    """Seconds from opening the page until it took a turn and until the server had sent the
    whole page (None if it failed), and what closes the page."""
    context = await browser.new_context(viewport=VIEWPORT) if isolated else browser.contexts[0]
    page = await context.new_page()
    page.set_default_timeout(PAGE_TIMEOUT * 1000)
    start = time.monotonic()
    served: list[float] = []
    try:
        response = await page.goto(url, wait_until="commit", timeout=PAGE_TIMEOUT * 1000)
        sent = asyncio.ensure_future(response.finished())
        sent.add_done_callback(lambda _: served.append(time.monotonic() - start))
        if floor:
            handle = page.locator(".widget-slider .noUi-handle, .widget-slider .slider-handle").first
            await handle.wait_for(state="visible")
            await handle.focus()
            await page.keyboard.press("ArrowRight")
            await page.locator(".widget-html", has_text="value 6").wait_for()
        else:
            chat = page.locator(".coursekit-simulation").first
            box = chat.locator(".coursekit-sim-text input")
            await box.wait_for(state="visible")
            await box.fill(TURN)
            await box.press("Enter")
            await chat.locator(".ck-trainee").first.wait_for()
        usable = time.monotonic() - start
        await sent
        return usable, served[0] if served else None, context if isolated else page
    except Exception as error:  # a timeout or a broken page: counted as failed
        print(f"  page failed: {str(error).splitlines()[0][:160]}", file=sys.stderr)
        return None, served[0] if served else None, context if isolated else page


async def open_and_close(browser, url: str, lessons: list[str]) -> int:
    """One trainee opens each lesson, waits for its widgets to show, closes it; failures counted."""
    failed = 0
    context = await browser.new_context()
    for lesson in lessons:
        page = await context.new_page()
        try:
            await page.goto(f"{url}/voila/render/{lesson}", wait_until="commit",
                            timeout=PAGE_TIMEOUT * 1000)
            await page.locator("#loading").wait_for(state="detached", timeout=PAGE_TIMEOUT * 1000)
            await page.locator(".jupyter-widgets").first.wait_for(timeout=PAGE_TIMEOUT * 1000)
        except Exception:
            failed += 1
        await page.close(run_before_unload=True)
    await context.close()
    return failed


async def with_browser(job, nice: int = 0):
    """Run `job(browser)` with Chromium started at `nice` (and one context open for shared pages)."""
    from playwright.async_api import async_playwright

    old = os.getpriority(os.PRIO_PROCESS, 0)
    os.setpriority(os.PRIO_PROCESS, 0, max(old, nice))  # the browser's processes inherit it
    try:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                                       args=CHROMIUM_ARGS)
            try:
                await browser.new_context(viewport=VIEWPORT)
                return await job(browser)
            finally:
                await browser.close()
    finally:
        with contextlib.suppress(PermissionError):
            os.setpriority(os.PRIO_PROCESS, 0, old)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def crowd(root: Path, page: str, trainees: int, extra: list[str], floor: bool, pool: int,
          isolated: bool) -> None:
    """Start the app, let it settle, open `page` with `trainees` pages at once; print figures."""
    with tempfile.TemporaryDirectory(prefix="coursekit-bench-") as tmp:
        app = App(root, extra, Path(tmp))
        try:
            warm = app.settle()
            idle = app.memory()
            url = f"{app.url}/voila/render/{page}"
            cpu: dict[str, float] = {}

            async def job(browser):
                before = app.cpu_seconds()
                used = await asyncio.gather(*(use_lesson(browser, url, floor, isolated)
                                              for _ in range(trainees)))
                after = app.cpu_seconds()
                cpu.update({k: after[k] - before[k] for k in after})
                memory = app.memory()  # while every page is still open
                for *_, closer in used:
                    await closer.close()
                return [u for u, _, _ in used], [s for _, s, _ in used if s is not None], memory

            times, sent, memory = asyncio.run(with_browser(job, 0 if isolated else BROWSER_NICE))
        finally:
            app.stop()
    done = [t for t in times if t is not None]
    name = "one slider (floor)" if floor else page
    line = f"{name:24s} {trainees:3d} at once  "
    if done:
        line += (f"usable p50 {statistics.median(done):5.1f} s  p95 {percentile(done, 0.95):5.1f} s  "
                 f"max {max(done):5.1f} s")
        if pool and not floor:
            first = sorted(done)[:pool]
            line += f"  first {len(first)} max {max(first):4.1f} s"
    if sent:
        line += f"  (page sent p50 {statistics.median(sent):.1f} s, max {max(sent):.1f} s)"
    line += f"  failed {trainees - len(done)}" + (f" (log: {app.log_path})" if len(done) < trainees else "")
    print(line)
    print(f"{'':24s} ready after {warm:4.0f} s with {idle['kernels']} kernels ({idle['rss_median']:.0f} MB each, "
          f"USS {idle['uss_median']:.0f} MB); with the class on the page: {memory['kernels']} kernels, RSS median "
          f"{memory['rss_median']:.0f} MB, max {memory['rss_max']:.0f} MB, USS {memory['uss_median']:.0f} MB; "
          f"server {memory['server']:.0f} MB", flush=True)
    print(f"{'':24s} CPU until the last page was usable: browser {cpu['browser']:.0f} s, server {cpu['server']:.0f} s, "
          f"kernels {cpu['kernels']:.0f} s; load average {os.getloadavg()[0]:.1f} (other work on the machine)",
          flush=True)


def churn(trainees: int, extra: list[str], linger: float) -> None:
    """`trainees` each open and close every lesson; count the kernels alive afterwards."""
    lessons = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    with tempfile.TemporaryDirectory(prefix="coursekit-bench-") as tmp:
        app = App(ROOT / "notebooks", extra, Path(tmp))
        try:
            app.settle()
            before = len(app.kernels())
            start = time.monotonic()

            async def job(browser):
                return await asyncio.gather(*(open_and_close(browser, app.url, lessons)
                                              for _ in range(trainees)))

            failed = sum(asyncio.run(with_browser(job, BROWSER_NICE)))
            took = time.monotonic() - start
            at_close = len(app.kernels())
            time.sleep(linger)
            after = app.memory()
            kinds = app.kernel_kinds()
        finally:
            app.stop()
    print(f"churn: {trainees} trainees x {len(lessons)} lessons opened and closed in {took:.0f} s "
          f"({failed} pages failed); kernels: {before} before, {at_close} as the last page closed, "
          f"{after['kernels']} alive {linger:.0f} s later ({after['rss_median']:.0f} MB each: {kinds['ready']} ready in "
          f"a pool, {kinds['taken']} pool kernels and {kinds['own']} own kernels of closed pages)", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lesson", default=LESSON, help=f"notebook to open (default {LESSON})")
    parser.add_argument("--trainees", type=int, nargs="+", default=[10, 20], help="class sizes (default 10 20)")
    parser.add_argument("--pool", action="append", default=[],
                        help="kernel pool passed to the app: N for every lesson, 07=N for one (repeatable)")
    parser.add_argument("--no-floor", action="store_true", help="skip the one-slider floor")
    parser.add_argument("--churn", type=int, default=0, metavar="N",
                        help="also: N trainees open and close every lesson (0: skip)")
    parser.add_argument("--linger", type=float, default=60, help="seconds to wait before counting kernels")
    parser.add_argument("--isolated", action="store_true",
                        help="each page its own browser context (no shared cache), browser not niced")
    parser.add_argument("app_args", nargs="*", help="more options for the app (after --)")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"bench_classroom: {CHROMIUM} not found (apt-get install chromium)", file=sys.stderr)
        return 2
    extra = list(args.app_args)
    pool = classroom.pool_sizes(args.pool, [args.lesson])[args.lesson]
    lesson_extra = extra + [f"--pool={value}" for value in args.pool]
    floor_extra = extra + [f"--pool={pool}"]  # the floor gets the lesson's pool
    with tempfile.TemporaryDirectory(prefix="coursekit-floor-") as floor_dir:
        Path(floor_dir, "slider.ipynb").write_text(slider_notebook())
        for trainees in args.trainees:
            if not args.no_floor:
                crowd(Path(floor_dir), "slider.ipynb", trainees, floor_extra, True, pool, args.isolated)
            crowd(ROOT / "notebooks", args.lesson, trainees, lesson_extra, False, pool, args.isolated)
    if args.churn:
        churn(args.churn, lesson_extra, args.linger)
    return 0


if __name__ == "__main__":
    sys.exit(main())
