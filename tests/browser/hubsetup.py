"""A JupyterHub class for the hub test and bench/bench_hub.py: homes, configuration, environment.

The hub loads deploy/jupyterhub/jupyterhub_config.py as is and adds only what a test
machine needs: local addresses and free ports, configurable-http-proxy from .venv/node,
the dummy authenticator, a local process spawner with homes in a temporary folder.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PROXY = ROOT / ".venv" / "node" / "node_modules" / ".bin" / "configurable-http-proxy"
DEPLOY_CONFIG = ROOT / "deploy" / "jupyterhub" / "jupyterhub_config.py"
INSTRUCTOR = "instructor"
HUB_PASSWORD = "class-password"
TRAINEE_SECRET = "a-long-random-secret-for-the-test-hub"
SCENARIO = "drill_for_saturday"

PRACTICE = {
    "cells": [{"cell_type": "code", "execution_count": None, "id": "sim", "metadata": {}, "outputs": [],
               "source": f"from coursekit.widgets.dialogue import simulation\n\nsimulation({SCENARIO!r})"}],
    "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}

#: Variables of the test's Jupyter environment passed on to every user's server.
USER_VARIABLES = ("JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR", "MPLCONFIGDIR",
                  "JUPYTER_PLATFORM_DIRS", "PYDEVD_DISABLE_FILE_VALIDATION")


def make_homes(homes: Path, trainees: tuple[str, ...]) -> None:
    """A course copy in each home: the practice notebook, and the exercise or the dashboard."""
    for user in (*trainees, INSTRUCTOR):
        course = homes / user / "coursekit"
        course.mkdir(parents=True)
        (course / "practice.ipynb").write_text(json.dumps(PRACTICE))
        if user == INSTRUCTOR:
            shutil.copytree(ROOT / "instructor", course / "instructor")
        else:
            (course / "exercises").mkdir()
            shutil.copyfile(ROOT / "exercises" / "ex01_need_levels.ipynb",
                            course / "exercises" / "ex01_need_levels.ipynb")


def hub_environment(base_env: dict[str, str], db_host: str) -> dict[str, str]:
    """The hub process's environment: what coursekit.env.example lists, for this gradebook."""
    env = dict(base_env)
    env.pop("COURSEKIT_DB", None)
    host, port = db_host.rsplit(":", 1)
    env.update({"COURSEKIT_DB_HOST": host, "COURSEKIT_DB_PORT": port, "COURSEKIT_DB_NAME": "coursekit",
                "COURSEKIT_INSTRUCTORS": INSTRUCTOR, "COURSEKIT_INSTRUCTOR_PASSWORD": "i-secret",
                "COURSEKIT_TRAINEE_SECRET": TRAINEE_SECRET,
                "COURSEKIT_START_URL": "/lab/tree/coursekit/practice.ipynb"})
    return env


def write_config(base: Path, port: int, ports: tuple[int, int], homes: Path, users: tuple[str, ...],
                 user_env: dict[str, str], extra: str = "") -> Path:
    """jupyterhub_config.py for a hub on 127.0.0.1:`port` (`ports`: the hub's API and the proxy's)."""
    keep = {k: user_env[k] for k in USER_VARIABLES}
    config = base / "jupyterhub_config.py"
    config.write_text(f"""
c = get_config()  # noqa: F821
load_subconfig({str(DEPLOY_CONFIG)!r})  # noqa: F821  the deploy configuration, as is
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {ports[0]}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{ports[1]}"
c.ConfigurableHTTPProxy.command = [{str(PROXY)!r}]
c.JupyterHub.db_url = "sqlite:///{base / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = {str(base / 'cookie_secret')!r}
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = {HUB_PASSWORD!r}
c.Authenticator.allowed_users = {set((*users, INSTRUCTOR))!r}
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {str(homes)!r} + "/{{username}}"
c.Spawner.cmd = [{str(BIN / 'jupyterhub-singleuser')!r}]
c.Spawner.args = ["--allow-root", "--ServerApp.terminals_enabled=False", "--LabApp.news_url=None",
                  "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
c.Spawner.environment.update({keep!r})
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
{extra}
""")
    return config
