"""`coursekit collect HOMES --to submitted/`: copy trainees' exercise notebooks for grading.

HOMES holds one home folder per trainee (e.g. /home on a hub, with `--prefix jupyter-`
for The Littlest JupyterHub's `jupyter-<user>` folders). From each home it copies the
notebooks in `--path` (default `coursekit/exercises`) to `<to>/<trainee>/`, ready for
`coursekit grade`. Safe to run as root over homes trainees control: no symbolic link is
ever followed (not the home, not a folder on the way, not a notebook), only regular files
are read (a FIFO or a device never hangs it), and every file is size-capped. What is
skipped is named on stderr.
"""
from __future__ import annotations

import argparse
import errno
import os
import stat
import sys
from pathlib import Path

from coursekit.scoring.text import printable


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of `coursekit collect`."""
    parser.add_argument("homes", metavar="HOMES", type=Path, help="folder holding one home folder per trainee")
    parser.add_argument("--to", metavar="DIR", type=Path, required=True,
                        help="where to put <trainee>/<exercise>.ipynb (created if missing)")
    parser.add_argument("--path", default="coursekit/exercises",
                        help="folder inside each home holding the exercise notebooks (default: coursekit/exercises)")
    parser.add_argument("--prefix", default="", help="home folder names start with this (e.g. jupyter-); "
                                                     "the rest is the trainee name")


def collect(homes: Path, to: Path, inside: str, prefix: str = "") -> tuple[int, list[str]]:
    """Copy the notebooks; returns how many were copied and what was skipped (one line each)."""
    from coursekit.exercises.notebook import MAX_NOTEBOOK_BYTES
    from coursekit.safefile import UnsafeFile, open_folder, read_regular_at, write_atomic

    parts = [p for p in Path(inside).parts if p not in ("", ".")]
    if any(p == ".." for p in parts) or Path(inside).is_absolute():
        raise ValueError(f"--path must be a folder inside each home, not {inside!r}")
    copied, skipped = 0, []
    top = open_folder(str(homes))
    try:
        for entry in sorted(os.scandir(top), key=lambda e: e.name):
            if entry.name.startswith(".") or not entry.name.startswith(prefix) or entry.name == prefix:
                continue
            trainee = entry.name[len(prefix):]
            where = homes / entry.name / inside
            fds: list[int] = []
            try:
                for name in (entry.name, *parts):
                    fds.append(open_folder(name, fds[-1] if fds else top))
            except OSError as err:
                link = entry.is_symlink() or err.errno == errno.ELOOP or _is_link(name, fds[-1] if fds else top)
                for fd in fds:
                    os.close(fd)
                if link:
                    skipped.append(f"{where}: skipped, a symbolic link on the way (links are never followed)")
                elif err.errno != errno.ENOENT:  # no exercises folder: nothing handed in, nothing to say
                    skipped.append(f"{where}: skipped, {err.strerror or err}")
                continue
            try:
                for item in sorted(os.scandir(fds[-1]), key=lambda e: e.name):
                    if not item.name.endswith(".ipynb") or item.name.startswith("."):
                        continue
                    try:
                        data = read_regular_at(fds[-1], item.name, MAX_NOTEBOOK_BYTES)
                    except UnsafeFile as err:
                        skipped.append(f"{where / item.name}: skipped, {err.reason}")
                        continue
                    except OSError as err:
                        skipped.append(f"{where / item.name}: skipped, {err.strerror or err}")
                        continue
                    target = to / trainee
                    target.mkdir(parents=True, exist_ok=True)
                    write_atomic(target / item.name, data)
                    copied += 1
            finally:
                for fd in fds:
                    os.close(fd)
    finally:
        os.close(top)
    return copied, skipped


def _is_link(name: str, dir_fd: int) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(name, dir_fd=dir_fd).st_mode)
    except OSError:
        return False


def run(args: argparse.Namespace) -> int:
    """Collect; the exit status."""
    try:
        args.to.mkdir(parents=True, exist_ok=True)
        copied, skipped = collect(args.homes, args.to, args.path, args.prefix)
    except (OSError, ValueError) as err:
        print(f"coursekit collect: {printable(getattr(err, 'strerror', None) or err)}"
              f"{': ' + printable(args.homes) if isinstance(err, OSError) else ''}", file=sys.stderr)
        return 2
    for line in skipped:
        print(f"coursekit collect: {printable(line)}", file=sys.stderr)
    print(f"coursekit collect: {copied} notebook(s) copied to {printable(args.to)}"
          f"{f'; {len(skipped)} skipped (named above)' if skipped else ''}", file=sys.stderr)
    return 0
