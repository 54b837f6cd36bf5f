"""Voila for a class: a pool of pre-heated kernels per lesson, and kernels freed when a page closes.

    python deploy/voila/classroom.py notebooks --pool 2 --pool 07=20 [--lang es] [--exercises DIR] [Voila options...]

`python3 course.py app` runs this. Three things differ from plain `voila notebooks`:

- **Pools.** Every lesson keeps `--pool N` kernels (default DEFAULT_POOL) that have already
  run the notebook; a trainee who opens the lesson gets one at once. When none is ready,
  the page starts a kernel of its own at once (plain Voila would make it wait for the
  pool's refill), and the pool refills FILL_DELAY seconds later, after the class's burst.
  A pool kernel counts as active when a page takes it, however long it waited in the pool.
  `--pool 07=20` sizes one lesson's pool (notebooks whose name starts with 07), e.g. the
  lesson a whole class opens together. Only the class's language gets pools (`--lang es`, else
  COURSEKIT_LANG, else English: the lessons in `notebooks/` itself). The instructor notebooks get no pool. A pool a class
  emptied refills one kernel every REFILL_GAP seconds, never beyond its size.
- **Kernels freed when a page closes.** Voila's page asks the server to shut its kernel down
  when it closes (POST /voila/api/shutdown/<kernel>, sending the `_xsrf` value it reads from
  the page's cookie), but Voila never sets that cookie, so the request is refused (403
  "'_xsrf' argument missing", voila#1458) and the kernel lives until culled. Here the lesson
  page sets the cookie, so the standard XSRF check passes and the kernel is shut down at once.
- **Culling sized for a class.** A kernel whose page is gone without saying so (a laptop
  closed, a crashed tab) is shut down after CULL_IDLE seconds without activity and without
  a connected page; a kernel whose page is open is never culled.

- **Exercise pages.** The lessons link to their exercises as `../exercises/<id>.ipynb`
  (right in JupyterLab, where the course folder is the root). The app serves those pages
  at `/voila/exercises/<id>.ipynb` from the `exercises/` folder beside the served one
  (`--exercises DIR` to change it), so the same links work here; solutions are never served.

On Linux and macOS kernels talk to the server over Unix sockets rather than TCP ports, so
a class's kernels starting together never race for a free port ("Address already in use").
Standard library and Voila only; the sizing is documented in docs/instructors.md.
"""
from __future__ import annotations

import contextlib
import os
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

#: Pre-heated kernels kept per lesson when no --pool is given.
DEFAULT_POOL = 1
#: Seconds before a pool refills after a kernel was taken: the refill waits until a class's
#: burst of pages has rendered instead of competing with it for the CPU.
FILL_DELAY = 60
#: Seconds between the refills of one pool: a pool a class emptied refills one kernel at a
#: time (each costs a few seconds of CPU), never all at once while the class is working.
REFILL_GAP = 5
#: Seconds of inactivity (and no page connected) after which a kernel is shut down.
CULL_IDLE = 600
#: How often, in seconds, kernels are checked for culling.
CULL_INTERVAL = 60
#: Notebooks that never get a pool (relative paths matching this regular expression).
NO_POOL = r"instructor/.*"
#: Seconds the server waits for a cell's output after the cell finished. Voila's default (4 s)
#: is too short when a class's kernels run their notebooks together on a small machine: the
#: output is then dropped and the trainee gets a lesson page without its simulation.
OUTPUT_WAIT = 120
#: The only JupyterLab extensions a lesson page loads: the widgets (Voila's widget manager
#: and the standard controls). Others installed alongside (nbgrader, Notebook, pygments) add
#: scripts every page must load and run, and the lessons use none of them.
PAGE_EXTENSIONS = ["@jupyter-widgets/jupyterlab-manager", "@voila-dashboards/widgets-manager8",
                   "@voila-dashboards/widgets-manager7"]

_POOL = re.compile(r"^(?:(?P<prefix>[^=]+)=)?(?P<size>\d+)$")


class UsageError(ValueError):
    """A --pool value that cannot be read."""


def split_option(argv: list[str], name: str, needs: str) -> tuple[list[str], list[str]]:
    """The values of one of the app's own options (`--name V` or `--name=V`, any number of
    times) and the other (Voila) arguments; `needs` says what a value is when one is missing."""
    values, rest = [], []
    args = iter(argv)
    for arg in args:
        if arg == name:
            value = next(args, None)
            if value is None:
                raise UsageError(f"{name} needs {needs}")
            values.append(value)
        elif arg.startswith(name + "="):
            values.append(arg.split("=", 1)[1])
        else:
            rest.append(arg)
    return values, rest


def split_pool_options(argv: list[str]) -> tuple[list[str], list[str]]:
    """Separate the --pool values (N or LESSON=N) from the other (Voila) arguments."""
    return split_option(argv, "--pool", "a value: N or LESSON=N (e.g. --pool 07=20)")


def lesson_notebooks(root: Path, lang: str | None = None) -> list[str]:
    """The notebooks under `root` that get a pool, as paths relative to it: all of them, or those
    of the class's language (`en`: the lessons in `root` itself; `es`: those in `root/es/`)."""
    found = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.ipynb")
                   if ".ipynb_checkpoints" not in p.parts)
    found = [name for name in found if not re.match(NO_POOL, name)]
    if lang is None:
        return found
    return [name for name in found if (name.startswith(f"{lang}/") if lang != "en" else "/" not in name)]


def pool_sizes(values: list[str], notebooks: list[str], default: int = DEFAULT_POOL) -> dict[str, int]:
    """Pool size per notebook from --pool values: `N` for every lesson, `PREFIX=N` for some."""
    sizes = dict.fromkeys(notebooks, default)
    for value in values:
        match = _POOL.match(value.strip())
        if not match:
            raise UsageError(f"--pool {value!r}: expected a number or LESSON=NUMBER (e.g. --pool 07=20)")
        size, prefix = int(match["size"]), match["prefix"]
        chosen = [n for n in notebooks if prefix is None or Path(n).name.startswith(prefix)]
        if prefix is not None and not chosen:
            raise UsageError(f"--pool {value!r}: no lesson's name starts with {prefix!r}")
        for name in chosen:
            sizes[name] = size
    return sizes


def voila_config(sizes: dict[str, int]):
    """The traitlets config: pools per notebook, refill delay, culling, no pool for NO_POOL, the
    page's extensions and the wait for cell output."""
    from traitlets.config import Config

    config = Config()
    config.VoilaConfiguration.preheat_kernel = True
    config.VoilaConfiguration.default_pool_size = 0
    config.VoilaKernelManager.kernel_pools_config = {
        "default": {"pool_size": 0}, **{name: {"pool_size": size} for name, size in sizes.items()}}
    config.VoilaKernelManager.preheat_denylist = [NO_POOL]
    config.VoilaKernelManager.fill_delay = float(FILL_DELAY)
    config.VoilaConfiguration.extension_allowlist = PAGE_EXTENSIONS
    config.VoilaExecutor.iopub_timeout = OUTPUT_WAIT
    config.VoilaExecutor.store_widget_state = False  # the page asks the kernel; saves server work
    config.MappingKernelManager.cull_idle_timeout = CULL_IDLE
    config.MappingKernelManager.cull_interval = CULL_INTERVAL
    config.MappingKernelManager.cull_connected = False
    if os.name == "posix":
        # Unix sockets, not TCP ports: many kernels starting at once never race for a free port
        config.KernelManager.transport = "ipc"
    return config


def handed_out(manager, kernel_id: str) -> None:
    """Count a pool kernel handed to a page as active now.

    A pool kernel is idle from the moment it has run the notebook, and the culler spares it
    only while it is in the pool: handed to a page after CULL_IDLE seconds in the pool, it
    would be culled at the next check, before the page (seconds to load with a class on the
    machine) has connected to it, and the trainee would get a lesson that never answers.
    """
    with contextlib.suppress(KeyError, AttributeError):
        manager.get_kernel(kernel_id).last_activity = datetime.now(timezone.utc)


def ready_kernels_first(manager) -> None:
    """Make a Voila kernel manager hand out only pool kernels that are ready.

    Voila counts a pool kernel still starting (or waiting for its refill delay) as
    available, so a page would wait for it; here such a page starts its own kernel
    instead, and a page that gets a pool kernel gets a ready one.
    """
    take = manager.get_rendered_notebook

    def ready(task) -> bool:
        return task.done() and not task.cancelled() and task.exception() is None

    def get_pool_size(notebook_name: str) -> int:
        return sum(1 for task in manager._pools.get(notebook_name, ()) if ready(task))

    async def get_rendered_notebook(notebook_name: str, *args, **kwargs):
        pool = manager._pools.get(notebook_name, [])
        for index, task in enumerate(pool):
            if ready(task):
                pool.insert(0, pool.pop(index))  # Voila takes the first one
                handed_out(manager, task.result()["kernel_id"])
                break
        return await take(notebook_name, *args, **kwargs)

    manager.get_pool_size = get_pool_size
    manager.get_rendered_notebook = get_rendered_notebook


def gentle_refills(manager) -> None:
    """Make a Voila kernel manager refill a pool one kernel every REFILL_GAP seconds.

    Voila refills a pool FILL_DELAY seconds after each kernel is taken, so a class that
    empties a pool of 20 gets 20 kernels starting in the same second a minute later; here
    the n-th pending refill waits n * REFILL_GAP seconds more. A pool never grows beyond
    its size: Voila starts only the kernels missing from it, counting those still starting.
    """
    fill = manager.fill_if_needed

    def fill_if_needed(delay=None, notebook_name=None, **kwargs):
        if delay is None:  # a refill after a page took a kernel (the start-up fill passes 0)
            waiting = sum(1 for task in manager._pools.get(notebook_name, ()) if not task.done())
            delay = manager.fill_delay + waiting * REFILL_GAP
        return fill(delay=delay, notebook_name=notebook_name, **kwargs)

    manager.fill_if_needed = fill_if_needed


def page_handler_class():
    """Voila's page handler, setting the `_xsrf` cookie the page's shutdown request sends back."""
    from voila.tornado.handler import TornadoVoilaHandler

    class LessonPageHandler(TornadoVoilaHandler):
        async def get(self, path=None):
            self.xsrf_token  # noqa: B018  (reading it sets the cookie before the page streams)
            await super().get(path=path)

    return LessonPageHandler


#: What an exercise page's name may be (one file in the exercises folder, nothing else).
EXERCISE_PAGE = re.compile(r"^[A-Za-z0-9_\-]+\.ipynb$")


def exercise_handler_class(folder: Path):
    """A page handler rendering `<folder>/<name>.ipynb` (exercise pages), nothing else."""
    import tornado.web
    from jupyter_server.services.contents.filemanager import FileContentsManager

    manager = FileContentsManager(root_dir=str(folder))

    class ExercisePageHandler(page_handler_class()):
        @property
        def contents_manager(self):
            return manager

        async def get(self, path=None):
            if not folder.is_dir() or not EXERCISE_PAGE.match(path or "") or not (folder / path).is_file():
                raise tornado.web.HTTPError(404)
            await super().get(path=path)

    return ExercisePageHandler


def classroom_app_class(exercises: Path | None = None):
    """A Voila application whose lesson pages free their kernel when they close, and
    which serves the exercise pages of `exercises` at /voila/exercises/<name>.ipynb."""
    from jupyter_server.utils import url_path_join
    from voila.app import Voila
    from voila.tornado.handler import TornadoVoilaHandler

    page_handler = page_handler_class()

    class ClassroomVoila(Voila):
        def init_settings(self):
            settings = super().init_settings()
            ready_kernels_first(self.kernel_manager)
            gentle_refills(self.kernel_manager)
            return settings

        def init_handlers(self):
            routes = super().init_handlers()
            extra = []
            if exercises is not None and exercises.is_dir():  # no exercises folder: no exercise pages
                render = [route for route in routes if route[1] is TornadoVoilaHandler and "render" in route[0]]
                if render:
                    pattern = url_path_join(self.server_url, r"/voila/exercises/(.*)")
                    extra.append((pattern, exercise_handler_class(exercises), *render[0][2:]))
            return extra + [(route[0], page_handler, *route[2:]) if route[1] is TornadoVoilaHandler else route
                            for route in routes]

    return ClassroomVoila


def split_exercises_option(argv: list[str]) -> tuple[Path | None, list[str]]:
    """The --exercises folder (None when not given; the last one counts) and the other arguments."""
    folders, rest = split_option(argv, "--exercises", "a folder")
    return (Path(folders[-1]) if folders else None), rest


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        pools, rest = split_pool_options(argv)
        exercises, rest = split_exercises_option(rest)
        langs, rest = split_option(rest, "--lang", "a language: en, es or zh")
        lang = (langs or [os.environ.get("COURSEKIT_LANG") or "en"])[-1]
        roots = [a for a in rest if not a.startswith("-")]
        root = Path(roots[0] if roots else ".").resolve()
        exercises = exercises or root.parent / "exercises"  # default: beside the served folder
        sizes = pool_sizes(pools, lesson_notebooks(root, lang))
    except UsageError as error:
        print(f"classroom: {error}", file=sys.stderr)
        return 2
    warm = sum(sizes.values())
    print(f"classroom: {warm} pre-heated kernels ({', '.join(f'{Path(n).stem[:2]}:{s}' for n, s in sizes.items())})",
          flush=True)
    classroom_app_class(exercises).launch_instance(argv=rest, config=voila_config(sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
