"""A class on a real JupyterHub: an instructor and three trainees in headless Chromium.

JupyterHub (the `jupyterhub` package) with configurable-http-proxy (npm, installed into
.venv/node by `course.py test`) runs with deploy/jupyterhub/jupyterhub_config.py loaded
as is, a local process spawner and a PostgreSQL gradebook made by
deploy/postgres/init-gradebook.sql. Each trainee logs in, finishes a customer simulation
and an exercise (by clicking, recorded at once under the hub's name, then saved); the
instructor collects the saved exercises with `coursekit collect` and grades them (the
same answers: no second row), and the dashboard shows all three trainees. A trainee's own database login reads
only that trainee's rows and cannot add a row under another name.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import sys
import time
from types import SimpleNamespace

import pytest

from conftest import BIN, ROOT, free_port, jupyter_environment, start_server  # tests/browser/conftest.py
from hubsetup import (HUB_PASSWORD, INSTRUCTOR, PROXY, SCENARIO, TRAINEE_SECRET, hub_environment, make_homes,
                      write_config)
from test_exercise import answer_by_clicking, run_all_cells, save
from test_exercise import open_notebook as open_in_lab

sys.path.insert(0, str(ROOT / "tests"))
from test_gradebook_backends import PostgresServer, pg_bin_dir, run_init_script  # noqa: E402

pytestmark = pytest.mark.xdist_group("browser-hub")

TRAINEES = ("ana", "ben", "chen")
#: Spawning a server and opening JupyterLab on a busy 2-core machine.
SPAWN_TIMEOUT_MS = 120_000
#: How long one answer of the hub's login page may take to show its form before the page is asked for again.
LOGIN_FORM_TIMEOUT_MS = 20_000
RUN_TIMEOUT_MS = 90_000


@pytest.fixture(scope="module")
def gradebook(artifacts):
    """A throwaway PostgreSQL server set up by the deploy script: the instructor's URL and host."""
    bin_dir = pg_bin_dir()
    if bin_dir is None or not (bin_dir / "pg_ctl").exists():
        pytest.fail("PostgreSQL server binaries not found: apt-get install postgresql", pytrace=False)
    server = PostgresServer(bin_dir)
    try:
        host = run_init_script(server.start())
        yield SimpleNamespace(host=host, instructor=f"postgresql://coursekit_instructor:i-secret@{host}/coursekit")
    finally:
        server.stop()


@pytest.fixture(scope="module")
def hub(artifacts, gradebook, tmp_path_factory):
    """JupyterHub with the deploy configuration; each user's home holds the course files."""
    if not PROXY.exists():
        pytest.fail(f"{PROXY} not found: `python3 course.py test` installs configurable-http-proxy "
                    "with npm (apt-get install nodejs npm)", pytrace=False)
    if not (BIN / "jupyterhub").exists():
        pytest.fail("jupyterhub is not installed: .venv/bin/pip install -e '.[test]'", pytrace=False)
    base = tmp_path_factory.mktemp("hub")
    homes = base / "home"
    make_homes(homes, TRAINEES)
    user_env = jupyter_environment(base / "user")
    env = hub_environment(jupyter_environment(base / "hubenv"), gradebook.host)

    def command(port: int) -> list[str]:
        config = write_config(base, port, (free_port(), free_port()), homes, TRAINEES, user_env)
        return [str(BIN / "jupyterhub"), "-f", str(config)]

    server = start_server("jupyterhub", command, env, base, "/hub/api")
    try:
        yield SimpleNamespace(url=server.base_url, homes=homes, server=server)
    finally:
        server.stop()


def open_notebook(page, server, name: str) -> None:
    """Open one notebook alone (?reset: the tabs of earlier notebooks are not restored)."""
    open_in_lab(page, SimpleNamespace(base_url=server.base_url), f"{name}?reset")


def open_login_page(page, hub) -> None:
    """Open the hub's login form. On a busy machine the first answer can be a page without it (the proxy before the
    hub is ready, or a slow render), so the page is asked for again until the form shows or the spawn timeout ends."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    deadline = time.monotonic() + SPAWN_TIMEOUT_MS / 1000
    while True:
        page.goto(f"{hub.url}/hub/login")
        try:
            page.locator("#username_input").wait_for(timeout=LOGIN_FORM_TIMEOUT_MS)
            return
        except PlaywrightTimeout:
            if time.monotonic() > deadline:
                raise


def log_in(page, hub, user: str) -> SimpleNamespace:
    """Log in on the hub's page; wait for the user's JupyterLab at the course's start page."""
    from playwright.sync_api import expect

    open_login_page(page, hub)
    page.locator("#username_input").fill(user)
    page.locator("#password_input").fill(HUB_PASSWORD)
    page.locator("#login_submit").click()
    page.wait_for_url(re.compile(rf"/user/{user}/lab"), timeout=SPAWN_TIMEOUT_MS)
    expect(page.locator(".jp-NotebookPanel").first).to_be_visible(timeout=SPAWN_TIMEOUT_MS)
    return SimpleNamespace(base_url=f"{hub.url}/user/{user}")


def log_out(page, hub) -> None:
    page.goto(f"{hub.url}/hub/logout")
    page.wait_for_url(re.compile(r"/hub/login"))


def play_simulation(page, server) -> None:
    """Run the practice notebook and play the scenario to its end, choosing the best option."""
    from playwright.sync_api import expect

    from coursekit.sim import Session, load_scenario

    open_notebook(page, server, "coursekit/practice.ipynb")
    run_all_cells(page, times_run=1)
    mirror = Session(load_scenario(SCENARIO))
    for _ in range(30):
        if mirror.finished:
            break
        best = max(mirror.options(), key=lambda option: option.rank)
        page.locator("button", has_text=re.compile(rf"^#{best.number}$")).first.click()
        mirror.choose(best.number)
        page.wait_for_timeout(700)  # a second click on one button within 0.5 s is a double click
    assert mirror.finished
    expect(page.get_by_role("heading", name=re.compile(r"^Debrief:"))).to_be_visible(timeout=RUN_TIMEOUT_MS)
    expect(page.get_by_text(re.compile(r"Saved to the gradebook for"))).to_be_visible(timeout=RUN_TIMEOUT_MS)


def do_exercise(page, server, user: str) -> None:
    """Answer the first question by clicking (recorded: the hub names the trainee), then save."""
    from playwright.sync_api import expect

    open_notebook(page, server, "coursekit/exercises/ex01_need_levels.ipynb")
    right = user != "chen"
    run_all_cells(page)
    status = answer_by_clicking(page, "service" if right else "product")
    assert status == ("correct" if right else "wrong")
    save(page)
    expect(page.locator(".lm-TabBar-tab.jp-mod-current.jp-mod-dirty")).to_have_count(0)


def trainee_url(gradebook, user: str) -> str:
    """The gradebook URL the hub gave this trainee's server (same derivation as the hook)."""
    import psycopg

    with psycopg.connect(gradebook.instructor) as conn:
        role = conn.execute("SELECT role_name FROM enrolment WHERE trainee = %s", (user,)).fetchone()[0]
    password = hmac.new(TRAINEE_SECRET.encode(), user.encode(), hashlib.sha256).hexdigest()
    return f"postgresql://{role}:{password}@{gradebook.host}/coursekit"


def test_a_class_on_the_hub(hub, gradebook, page, shot, tmp_path, capsys):
    from playwright.sync_api import expect

    from coursekit.cli import main
    from coursekit.gradebook import Gradebook, GradebookError, record_simulation

    for user in TRAINEES:
        server = log_in(page, hub, user)
        play_simulation(page, server)
        shot(page, f"{user}-simulation")
        do_exercise(page, server, user)
        shot(page, f"{user}-exercise")
        log_out(page, hub)

    # the instructor collects the exercises (links never followed) and grades them
    submitted = tmp_path / "submitted"
    assert main(["collect", str(hub.homes), "--to", str(submitted)]) == 0
    assert sorted(p.parent.name for p in submitted.rglob("*.ipynb")) == list(TRAINEES)
    assert main(["grade", str(submitted), "--db", gradebook.instructor, "--out", str(tmp_path / "g.csv")]) == 0
    capsys.readouterr()

    server = log_in(page, hub, INSTRUCTOR)
    open_notebook(page, server, "coursekit/instructor/instructor_dashboard.ipynb")
    run_all_cells(page, times_run=1)
    tables = page.locator(".coursekit-report").first
    expect(tables).to_contain_text("3 trainees, 6 attempts", timeout=RUN_TIMEOUT_MS)
    for user in TRAINEES:
        expect(tables.locator("td", has_text=re.compile(rf"^{user}$"))).to_have_count(1)
    expect(tables).to_contain_text("coursekit_instructor:***@")
    shot(page, "instructor-dashboard")
    log_out(page, hub)

    with Gradebook.open(gradebook.instructor, create=False) as book:
        rows = sorted((a.trainee, a.item_kind) for a in book.attempts())
    assert rows == sorted((user, kind) for user in TRAINEES for kind in ("exercise", "scenario"))

    # a trainee's own login: only their rows, no class report, no row under another name
    ana = trainee_url(gradebook, "ana")
    with Gradebook.open(ana) as book:
        assert {a.trainee for a in book.attempts()} == {"ana"}
    assert main(["report", "--db", ana]) == 0
    out = capsys.readouterr().out
    assert "Class report: 1 trainee" in out and "ben" not in out and "chen" not in out
    report = {"total": 100, "criteria": [{"id": "outcome", "score": 100, "maximum": 100}]}
    with pytest.raises(GradebookError, match="row-level security"):
        record_simulation("ben", SCENARIO, report, "won", db_url=ana)
