"""`python3 course.py app` serves the lessons with a pool of ready kernels and frees closed pages' kernels.

The browser side (a closed page's kernel is shut down, a page served from the pool) is in
tests/browser/test_classroom.py; here: the command and its configuration.
"""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


classroom = load("coursekit_classroom_app", ROOT / "deploy" / "voila" / "classroom.py")
course = load("coursekit_course_script", ROOT / "course.py")


def test_the_app_command_runs_the_classroom_server_on_the_lessons():
    command = course.app_command(ROOT / "notebooks", ["--pool=07=20"])
    assert command[1].endswith("deploy/voila/classroom.py")
    assert command[2] == str(ROOT / "notebooks")
    assert command[-1] == "--pool=07=20"


def test_every_lesson_gets_a_pool_and_the_instructor_notebooks_none():
    notebooks = classroom.lesson_notebooks(ROOT / "notebooks")
    assert [n for n in notebooks if "/" not in n] == LESSONS
    assert not [n for n in notebooks if n.startswith("instructor/")]
    sizes = classroom.pool_sizes([], notebooks)
    assert set(sizes.values()) == {classroom.DEFAULT_POOL} and classroom.DEFAULT_POOL >= 1


def test_only_the_class_language_gets_pools():
    english = classroom.lesson_notebooks(ROOT / "notebooks", "en")
    spanish = classroom.lesson_notebooks(ROOT / "notebooks", "es")
    assert english == LESSONS
    assert spanish and all(n.startswith("es/") for n in spanish)
    assert classroom.pool_sizes(["00=20"], spanish) == {n: (20 if n.startswith("es/00") else classroom.DEFAULT_POOL)
                                                         for n in spanish}


def test_one_lesson_can_get_a_pool_for_the_whole_class():
    pools, rest = classroom.split_pool_options(["notebooks", "--pool", "2", "--pool=07=20", "--port=9"])
    assert rest == ["notebooks", "--port=9"]
    sizes = classroom.pool_sizes(pools, LESSONS)
    assert sizes["07_capstone.ipynb"] == 20
    assert {sizes[n] for n in LESSONS if not n.startswith("07")} == {2}


@pytest.mark.parametrize("value, words", [("many", "expected a number"), ("99=3", "no lesson"),
                                          ("07=-1", "expected a number")])
def test_a_bad_pool_value_says_what_is_expected(value, words):
    with pytest.raises(classroom.UsageError, match=words):
        classroom.pool_sizes([value], LESSONS)


def test_a_bad_pool_value_stops_the_app_with_one_line(capsys):
    assert classroom.main(["notebooks", "--pool"]) == 2
    assert capsys.readouterr().err.strip() == "classroom: --pool needs a value: N or LESSON=N (e.g. --pool 07=20)"


def test_the_voila_configuration_preheats_the_pools_and_culls_vanished_pages():
    config = classroom.voila_config({"07_capstone.ipynb": 12, "01_five_need_levels.ipynb": 1})
    assert config.VoilaConfiguration.preheat_kernel is True
    pools = config.VoilaKernelManager.kernel_pools_config
    assert pools["07_capstone.ipynb"] == {"pool_size": 12}
    assert pools["default"] == {"pool_size": 0}  # notebooks not listed (instructor/) get none
    assert config.MappingKernelManager.cull_connected is False  # an open page keeps its kernel
    assert 0 < config.MappingKernelManager.cull_idle_timeout <= 900
    if os.name == "posix":  # kernels starting together never race for TCP ports
        assert config.KernelManager.transport == "ipc"


def test_a_lesson_page_loads_only_the_widget_extensions_and_keeps_slow_outputs():
    config = classroom.voila_config({"07_capstone.ipynb": 1})
    loaded = config.VoilaConfiguration.extension_allowlist
    assert "@jupyter-widgets/jupyterlab-manager" in loaded and "@voila-dashboards/widgets-manager8" in loaded
    assert not any("nbgrader" in name or "pygments" in name for name in loaded)
    # a class's kernels running together on two cores: a cell's output may come seconds late
    assert config.VoilaExecutor.iopub_timeout >= 60


class FakePoolManager:
    """The part of Voila's kernel manager the pool uses: pools of tasks, and taking the first."""

    def __init__(self, pools):
        self._pools = pools

    def get_pool_size(self, notebook_name):
        return len(self._pools.get(notebook_name, []))

    async def get_rendered_notebook(self, notebook_name, extra_kernel_env_variables={}):
        return await self._pools[notebook_name].pop(0)


def test_a_page_gets_a_ready_pool_kernel_or_starts_its_own_instead_of_waiting():
    import asyncio

    async def scenario():
        starting = asyncio.get_running_loop().create_future()  # a refill still starting
        ready = asyncio.get_running_loop().create_future()
        ready.set_result({"kernel_id": "ready"})
        manager = FakePoolManager({"07_capstone.ipynb": [starting, ready], "01_five_need_levels.ipynb": [
            asyncio.get_running_loop().create_future()]})
        classroom.ready_kernels_first(manager)
        sizes = (manager.get_pool_size("07_capstone.ipynb"), manager.get_pool_size("01_five_need_levels.ipynb"))
        taken = await manager.get_rendered_notebook("07_capstone.ipynb")
        left = manager.get_pool_size("07_capstone.ipynb"), len(manager._pools["07_capstone.ipynb"])
        starting.cancel()
        return sizes, taken, left

    sizes, taken, left = asyncio.run(scenario())
    assert sizes == (1, 0)  # only ready kernels count: a page on lesson 01 starts its own
    assert taken == {"kernel_id": "ready"}  # not the one still starting, which stays in the pool
    assert left == (0, 1)


class FillingPoolManager(FakePoolManager):
    """Voila's refill: start the kernels missing from the pool, each after `delay` seconds."""

    fill_delay = classroom.FILL_DELAY

    def __init__(self, pools, sizes):
        super().__init__(pools)
        self.sizes, self.started = sizes, []

    def fill_if_needed(self, delay=None, notebook_name=None, **kwargs):
        import asyncio

        pool = self._pools[notebook_name]
        for _ in range(self.sizes[notebook_name] - len(pool)):
            self.started.append(self.fill_delay if delay is None else delay)
            pool.append(asyncio.get_running_loop().create_future())  # starting

    async def get_rendered_notebook(self, notebook_name, extra_kernel_env_variables={}):
        taken = await self._pools[notebook_name].pop(0)
        self.fill_if_needed(delay=None, notebook_name=notebook_name)
        return taken


def test_a_pool_the_class_emptied_refills_one_kernel_at_a_time_up_to_its_size():
    import asyncio

    async def scenario():
        loop = asyncio.get_running_loop()
        ready = [loop.create_future() for _ in range(5)]
        for number, future in enumerate(ready):
            future.set_result({"kernel_id": f"k{number}"})
        manager = FillingPoolManager({"07_capstone.ipynb": list(ready)}, {"07_capstone.ipynb": 5})
        classroom.ready_kernels_first(manager)
        classroom.gentle_refills(manager)
        for _ in range(5):  # the class takes the whole pool
            await manager.get_rendered_notebook("07_capstone.ipynb")
        pool = manager._pools["07_capstone.ipynb"]
        for task in pool:
            task.cancel()
        return manager.started, len(pool)

    delays, size = asyncio.run(scenario())
    assert size == 5  # refilled to its size, not beyond
    gap = classroom.REFILL_GAP
    assert delays == [classroom.FILL_DELAY + n * gap for n in range(5)]  # one after another


def test_a_pool_kernel_that_waited_long_is_not_culled_before_its_page_connects():
    import asyncio
    from datetime import datetime, timedelta, timezone
    from types import SimpleNamespace

    long_ago = datetime.now(timezone.utc) - timedelta(seconds=3 * classroom.CULL_IDLE)
    kernel = SimpleNamespace(last_activity=long_ago)  # ran the notebook when the app started

    async def scenario():
        ready = asyncio.get_running_loop().create_future()
        ready.set_result({"kernel_id": "k1"})
        manager = FakePoolManager({"07_capstone.ipynb": [ready]})
        manager.get_kernel = {"k1": kernel}.__getitem__
        classroom.ready_kernels_first(manager)
        return await manager.get_rendered_notebook("07_capstone.ipynb")

    assert asyncio.run(scenario()) == {"kernel_id": "k1"}
    idle = datetime.now(timezone.utc) - kernel.last_activity
    assert idle < timedelta(seconds=classroom.CULL_IDLE / 10)  # the culler sees a fresh kernel
