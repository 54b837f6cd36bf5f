"""`python3 course.py open --lang es|zh`: JupyterLab's interface in Spanish or Chinese, COURSEKIT_LANG set.

The option is parsed out of `open`'s arguments (the rest still go to JupyterLab), the course's
JupyterLab settings are copied with the interface locale into a folder under .venv/, and a
started JupyterLab serves that locale as the setting's default, with its language pack.
Without the option (and without COURSEKIT_LANG) `open` runs exactly the command it always ran.
"""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import course  # noqa: E402  (the stdlib-only set-up script)


@pytest.fixture
def opened(monkeypatch, tmp_path):
    """`course.open_course` with JupyterLab not started: the commands and environments it would run."""
    calls: list[tuple[list[str], dict[str, str] | None]] = []
    monkeypatch.setattr(course, "run", lambda args, env=None: calls.append((args, env)) or 0)
    monkeypatch.setattr(course, "LANG_SETTINGS", tmp_path / "lab-settings")
    monkeypatch.delenv(course.LANG_VARIABLE, raising=False)
    return calls


def settings_of(command: list[str]) -> Path:
    return Path(next(a for a in command if a.startswith("--LabApp.app_settings_dir=")).split("=", 1)[1])


def overrides_in(folder: Path) -> dict:
    return json.loads((folder / "overrides.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("args, lang, rest", [
    ([], None, []),
    (["--lang", "zh"], "zh", []),
    (["--port", "9000", "--lang=es", "--ServerApp.ip=0.0.0.0"], "es", ["--port", "9000", "--ServerApp.ip=0.0.0.0"]),
    (["--language", "x", "notebooks"], None, ["--language", "x", "notebooks"]),  # not ours: JupyterLab's to judge
])
def test_lang_is_taken_out_of_the_arguments_and_the_rest_kept_in_order(args, lang, rest):
    assert course.split_lang(args) == (lang, rest)


def test_an_unknown_language_stops_with_the_choices(capsys):
    with pytest.raises(SystemExit) as stop:
        course.split_lang(["--lang", "fr"])
    assert stop.value.code == 2
    assert re.search(r"invalid choice: 'fr' \(choose from '?en'?, '?es'?, '?zh'?\)", capsys.readouterr().err)


def test_open_without_lang_runs_the_command_it_always_ran(opened):
    assert course.open_course(["--port", "9000"]) == 0
    assert opened == [(course.lab_command(["--port", "9000"]), None)]
    assert settings_of(opened[0][0]) == course.LAB_SETTINGS


def test_the_course_settings_keep_the_interface_english_whatever_the_system_locale():
    overrides = overrides_in(course.LAB_SETTINGS)
    assert overrides[course.LOCALE_SETTING] == {"locale": "en"}
    assert overrides["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"


@pytest.mark.parametrize("lang, locale", [("es", "es_ES"), ("zh", "zh_CN")])
def test_open_with_lang_sets_the_interface_locale_and_the_course_language(opened, lang, locale):
    assert course.open_course(["--lang", lang, "--port", "9000"]) == 0
    [(command, env)] = opened
    assert command[-2:] == ["--port", "9000"] and "--lang" not in command
    settings = settings_of(command)
    assert settings == course.LANG_SETTINGS / lang  # under .venv/, not the user's JupyterLab settings
    expected = overrides_in(course.LAB_SETTINGS) | {course.LOCALE_SETTING: {"locale": locale}}
    assert overrides_in(settings) == expected  # the news pop-up stays off too
    assert env[course.LANG_VARIABLE] == lang
    assert env["PATH"].startswith(str(course.BIN))


@pytest.mark.parametrize("lang", ["es", "zh"])
def test_open_with_lang_opens_the_translated_start_notebook(opened, lang):
    course.open_course(["--lang", lang])
    [(command, _env)] = opened
    assert f"--LabApp.default_url=/lab/tree/notebooks/{lang}/00_start_here.ipynb" in command
    assert (ROOT / "notebooks" / lang / "00_start_here.ipynb").exists()


def test_open_with_lang_en_uses_the_course_settings_as_they_are(opened):
    course.open_course(["--lang", "en"])
    [(command, env)] = opened
    assert settings_of(command) == course.LAB_SETTINGS and env[course.LANG_VARIABLE] == "en"


def test_the_language_may_come_from_coursekit_lang(opened, monkeypatch):
    monkeypatch.setenv(course.LANG_VARIABLE, "zh")
    course.open_course([])
    course.open_course(["--lang", "es"])  # the option wins
    assert [env[course.LANG_VARIABLE] for _, env in opened] == ["zh", "es"]
    monkeypatch.setenv(course.LANG_VARIABLE, "fr")
    assert course.open_course([]) == 2 and len(opened) == 2


def test_the_set_up_installs_the_language_packs():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    packs = project["project"]["optional-dependencies"]["lang"]
    assert {re.split(r"[<>=]", p)[0] for p in packs} == {"jupyterlab-language-pack-es-es",
                                                         "jupyterlab-language-pack-zh-cn"}
    assert "lang" in course.EXTRAS.split(",")


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def test_a_started_jupyterlab_serves_the_chosen_locale_and_its_language_pack(tmp_path, monkeypatch):
    """The server `open --lang zh` starts: the interface setting defaults to zh_CN, the pack answers in Chinese."""
    pytest.importorskip("jupyterlab_language_pack_zh_CN", reason="language packs not installed (the lang extra)")
    monkeypatch.setattr(course, "LANG_SETTINGS", tmp_path / "lab-settings")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = course.lab_command([f"--port={port}", "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1",
                                  "--IdentityProvider.token="], course.lab_settings("zh"))
    command = [sys.executable, "-m", "jupyterlab", *command[2:]]  # this interpreter's JupyterLab
    env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(tmp_path / "user-settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "workspaces"), JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
               JUPYTER_DATA_DIR=str(tmp_path / "data"), JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"))
    base = f"http://127.0.0.1:{port}/lab/api"
    log = (tmp_path / "lab.log").open("w")
    server = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                setting = get_json(f"{base}/settings/{course.LOCALE_SETTING}")
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, \
                    (tmp_path / "lab.log").read_text()[-2000:]
                time.sleep(0.2)
        assert setting["schema"]["properties"]["locale"]["default"] == "zh_CN"
        assert setting["settings"].get("locale", "zh_CN") == "zh_CN"
        assert {"en", "es_ES", "zh_CN"} <= set(get_json(f"{base}/translations/")["data"])
        bundle = get_json(f"{base}/translations/zh_CN")["data"]["jupyterlab"]
        assert bundle[""]["language"] == "zh-CN"
        assert sum(bool(re.search(r"[\u4e00-\u9fff]", text)) for values in list(bundle.values())[1:]
                   for text in values) > 500
    finally:
        server.terminate()
        server.wait(30)
        log.close()
