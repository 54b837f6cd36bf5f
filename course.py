#!/usr/bin/env python3
"""Set up and run the coursekit course with nothing but Python installed.

    python3 course.py open    create .venv, install, start JupyterLab at the start notebook
                              (--lang es or --lang zh: the course from notebooks/es/ or notebooks/zh/ and
                              JupyterLab's interface in Spanish or Chinese; default: COURSEKIT_LANG, else English)
    python3 course.py test    create .venv, install, run every test (unit, notebooks, browser)
    python3 course.py app     create .venv, install, serve the notebooks as apps with Voila
                              (--pool N kernels kept ready per lesson, --pool 07=20 for one lesson,
                              --lang es or zh: the pools for that language's lessons)

Only the standard library is used here: this script is what makes the environment.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".coursekit-setup-stamp"
START_NOTEBOOK = "notebooks/00_start_here.ipynb"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
#: The extras installed with coursekit: the test tools, JupyterLab's Spanish and Chinese language packs.
EXTRAS = "test,lang"


def venv_python() -> Path:
    """The interpreter inside the project's virtual environment."""
    return BIN / ("python.exe" if os.name == "nt" else "python")


def setup_fingerprint() -> str:
    """Changes whenever the install must be redone (dependencies or Python changed)."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(sys.version.encode())
    digest.update(EXTRAS.encode())
    return digest.hexdigest()


def ensure_environment() -> None:
    """Create .venv and install coursekit with its EXTRAS, once per pyproject change."""
    if not venv_python().exists():
        print(f"course: creating the environment in {VENV.name}/", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    fingerprint = setup_fingerprint()
    if STAMP.exists() and STAMP.read_text() == fingerprint:
        return
    print("course: installing coursekit and its dependencies (first run takes a minute)", flush=True)
    pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "install", "--quiet", "--upgrade", "pip"], check=False)
    subprocess.run([*pip, "install", "--quiet", "-e", f"{ROOT}[{EXTRAS}]"], check=True)
    STAMP.write_text(fingerprint)


def environment() -> dict[str, str]:
    """The process environment with the project's .venv first on PATH."""
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    return env


def run(args: list[str], env: dict[str, str] | None = None) -> int:
    """Run a command from the environment (or `env`) in the project folder; return its exit code."""
    return subprocess.run(args, cwd=ROOT, env=env or environment()).returncode


#: What jupyter_client says when a kernel started for nbval exits before it answers: two
#: workers starting kernels at the same moment can pick the same free TCP port.
KERNEL_START_RACE = "Kernel died before replying to kernel_info"


def run_pytest(args: list[str]) -> tuple[int, dict[str, int], bool]:
    """Run pytest, echoing its output; return the exit code, its closing counts and whether a
    kernel died while starting (KERNEL_START_RACE)."""
    process = subprocess.Popen(args, cwd=ROOT, env=environment(), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, errors="replace")
    counts: dict[str, int] = {}
    kernel_died = False
    assert process.stdout is not None
    for line in process.stdout:
        sys.stdout.write(line)
        kernel_died = kernel_died or KERNEL_START_RACE in line
        if line.startswith("=") and (" passed" in line or " failed" in line or " error" in line):
            counts = {word.rstrip("s"): int(number)
                      for number, word in re.findall(r"(\d+) (passed|failed|skipped|errors?)", line)}
    sys.stdout.flush()
    return process.wait(), counts, kernel_died


#: What the course's file lists never show: the notebooks' sources (notebooks/src) and caches.
HIDDEN = ("src", "__pycache__", "*.pyc", "*.pyo", ".DS_Store", "*~")
#: The course's JupyterLab settings folder: overrides.json turns the news pop-up and update checks off
#: and keeps the interface in English (the language packs must not follow the system's locale).
LAB_SETTINGS = ROOT / "deploy" / "jupyterlab"
#: The course's languages: `open --lang CODE` and the JupyterLab interface locale (language pack) of each.
LANGUAGES = {"en": "en", "es": "es_ES", "zh": "zh_CN"}
#: The variable the course reads its language from; `open --lang` sets it for JupyterLab and its kernels.
LANG_VARIABLE = "COURSEKIT_LANG"
#: The JupyterLab setting that holds the interface language.
LOCALE_SETTING = "@jupyterlab/translation-extension:plugin"
#: Where `open --lang` writes the course's settings with another interface language, one folder a
#: language, rewritten on every start (the user's own JupyterLab settings are never touched).
LANG_SETTINGS = VENV / "coursekit-lab-settings"


def hide_options(globs) -> list[str]:
    """`--ContentsManager.hide_globs` once per glob: a list option is given item by item (a
    Python list literal would be read as one glob, and nothing would be hidden)."""
    return [f"--ContentsManager.hide_globs={glob}" for glob in globs]


def root_flags() -> list[str]:
    """JupyterLab and Voila refuse to run as root unless told; a lone trainee's machine may be root."""
    return ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []


def open_course(extra: list[str]) -> int:
    """Start JupyterLab in the course folder at the start notebook; it prints the address to open.
    `--lang CODE` (else COURSEKIT_LANG) picks the course language; the other arguments go to JupyterLab."""
    flag, extra = split_lang(extra)
    lang = flag or os.environ.get(LANG_VARIABLE) or None
    if lang is not None and lang not in LANGUAGES:
        print(f"course: {LANG_VARIABLE}={lang!r} is not a course language ({', '.join(LANGUAGES)})", flush=True)
        return 2
    start = start_notebook(lang or "en")
    print(f"course: opening {start}; open the http://127.0.0.1:…/lab/tree/{start}?token=… "
          "address printed below in your browser (Ctrl+C stops the course)", flush=True)
    if lang is None:
        return run(lab_command(extra))
    if lang != "en":
        print(f"course: the course and JupyterLab's interface in {LANGUAGES[lang]} (lessons not yet translated "
              "open in English)", flush=True)
    return run(lab_command(extra, lab_settings(lang), start), {**environment(), LANG_VARIABLE: lang})


def start_notebook(lang: str) -> str:
    """The start notebook of the course in a language: `notebooks/<lang>/00_start_here.ipynb` once translated."""
    translated = f"notebooks/{lang}/00_start_here.ipynb"
    return translated if lang != "en" and (ROOT / translated).exists() else START_NOTEBOOK


def split_lang(args: list[str]) -> tuple[str | None, list[str]]:
    """`--lang CODE` (or `--lang=CODE`) taken out of `open`'s arguments, and the rest in order.
    An unknown code stops with argparse's message (exit 2)."""
    parser = argparse.ArgumentParser(prog="course.py open", add_help=False, allow_abbrev=False)
    parser.add_argument("--lang", choices=list(LANGUAGES))
    known, rest = parser.parse_known_args(args)
    return known.lang, rest


def lab_settings(lang: str) -> Path:
    """The JupyterLab settings folder for a course language: LAB_SETTINGS when its interface
    locale is already that language's, else LANG_SETTINGS/<lang> with the same overrides and
    that locale (written anew, so a changed LAB_SETTINGS carries over)."""
    overrides = json.loads((LAB_SETTINGS / "overrides.json").read_text(encoding="utf-8"))
    if overrides.get(LOCALE_SETTING, {}).get("locale") == LANGUAGES[lang]:
        return LAB_SETTINGS
    overrides[LOCALE_SETTING] = {**overrides.get(LOCALE_SETTING, {}), "locale": LANGUAGES[lang]}
    folder = LANG_SETTINGS / lang
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "overrides.json").write_text(json.dumps(overrides, indent=2) + "\n", encoding="utf-8")
    return folder


def lab_command(extra: list[str], settings: Path = LAB_SETTINGS, start: str = START_NOTEBOOK) -> list[str]:
    """The JupyterLab command `open` runs: the course folder, the start notebook (`start`), the course's
    JupyterLab settings (`settings`, LAB_SETTINGS by default: no news pop-up, no update check,
    the interface language), sources hidden."""
    return [str(BIN / "jupyter"), "lab", "--no-browser", f"--ServerApp.root_dir={ROOT}",
            f"--LabApp.default_url=/lab/tree/{start}",
            f"--LabApp.app_settings_dir={settings}", "--LabApp.news_url=None",
            *hide_options((*HIDDEN, "*.egg-info", ".venv")), *root_flags(), *extra]


def app_command(root: Path, extra: list[str]) -> list[str]:
    """The command that serves the notebooks under `root` as apps (deploy/voila/classroom.py)."""
    return [str(venv_python()), str(ROOT / "deploy" / "voila" / "classroom.py"), str(root), "--no-browser",
            *hide_options(HIDDEN), *extra]


def serve_apps(extra: list[str]) -> int:
    """Serve the lessons with Voila: code hidden, widgets live, a pool of ready kernels per lesson
    (`--pool N`, `--pool 07=20` for the lesson a class opens together), kernels freed when a
    page closes and culled when a page vanished. Sizing: docs/instructors.md.
    `--lang es` (else COURSEKIT_LANG) keeps the pools for the Spanish lessons (`notebooks/es/`)."""
    flag, extra = split_lang(extra)
    lang = flag or os.environ.get(LANG_VARIABLE) or None
    if lang is None:
        return run(app_command(ROOT / "notebooks", extra))
    return run(app_command(ROOT / "notebooks", [*extra, "--lang", lang]), {**environment(), LANG_VARIABLE: lang})


#: JupyterHub's proxy, from npm, for the hub test: installed into .venv/node by `course.py test`.
PROXY_PACKAGE = "configurable-http-proxy@4"
PROXY = VENV / "node" / "node_modules" / ".bin" / "configurable-http-proxy"


def ensure_proxy() -> None:
    """Install configurable-http-proxy (npm) into .venv/node once, for the JupyterHub test."""
    if PROXY.exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        print("course: npm not found: the JupyterHub test needs it for configurable-http-proxy "
              "(apt-get install nodejs npm)", flush=True)
        return
    print(f"course: installing {PROXY_PACKAGE} (npm) for the JupyterHub test", flush=True)
    subprocess.run([npm, "install", "--no-audit", "--no-fund", "--loglevel=error",
                    "--prefix", str(VENV / "node"), PROXY_PACKAGE], check=False)


def run_tests(extra: list[str]) -> int:
    """Unit and browser tests, then the notebooks with nbval (strict, then exercises lax)."""
    ensure_proxy()
    python = str(venv_python())
    steps = [
        ("unit and browser tests", [python, "-m", "pytest", "-n", "2", "--dist", "loadscope", "tests", *extra]),
        ("notebooks and solutions (nbval, strict)",
         [python, "-m", "pytest", "-n", "2", "--dist", "loadscope", "--nbval",
          "--nbval-sanitize-with", "tests/nbval_sanitize.cfg", "notebooks", "instructor", "solutions", *extra]),
        ("exercises (nbval, lax)",
         [python, "-m", "pytest", "-n", "2", "--dist", "loadscope", "--nbval-lax", "exercises", *extra]),
    ]
    failed_steps = []
    totals = {"passed": 0, "failed": 0, "skipped": 0, "error": 0}
    for title, command in steps:
        print(f"\n=== {title} ===", flush=True)
        code, counts, kernel_died = run_pytest(command)
        if code != 0 and kernel_died:  # the start-up race, not a test: the step once more, counted anew
            print(f"\ncourse: a kernel died while starting ({KERNEL_START_RACE!r}); running "
                  f"'{title}' once more", flush=True)
            code, counts, _ = run_pytest(command)
        for key, number in counts.items():
            totals[key] = totals.get(key, 0) + number
        if code != 0:
            failed_steps.append(title)
    print()
    if failed_steps:
        print("course: FAILED: " + "; ".join(failed_steps))
    else:
        print("course: every test passed")
    failed = totals["failed"] + totals["error"] + (1 if failed_steps and not totals["failed"] + totals["error"] else 0)
    summary = f"{totals['passed']} passed, {failed} failed"
    if totals["skipped"]:
        summary += f", {totals['skipped']} skipped"
    print(f"tests: {summary}")
    return 1 if failed_steps else 0


COMMANDS = {"open": open_course, "test": run_tests, "app": serve_apps}


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "open"
    if command in ("-h", "--help", "help") or command not in COMMANDS:
        print(__doc__)
        return 0 if command in ("-h", "--help", "help") else 2
    ensure_environment()
    return COMMANDS[command](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
