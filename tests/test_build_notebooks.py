"""The lesson notebook builder: parsing percent-style sources and stable widget ids."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("build_notebooks", ROOT / "tools" / "build_notebooks.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

SOURCE = '''"""module docstring is ignored"""
import os  # before the first marker: ignored

# %% [markdown]
# # Title
#
# Some *text*.
#   indented

# %%
x = 1

# %% tags=["remove-input", "x"]
print(x)

# %%

# %% [markdown]
#no space after hash
'''


def test_parse_source_splits_cells_and_strips_markdown_hashes():
    cells = build.parse_source(SOURCE)
    assert [c["type"] for c in cells] == ["markdown", "code", "code", "markdown"]
    assert cells[0]["source"] == "# Title\n\nSome *text*.\n  indented"
    assert cells[1]["source"] == "x = 1"
    assert cells[2]["metadata"] == {"tags": ["remove-input", "x"]}
    assert cells[3]["source"] == "#no space after hash"


def test_make_notebook_has_stable_ids_and_kernel(tmp_path):
    path = tmp_path / "05_demo.py"
    path.write_text(SOURCE, encoding="utf-8")
    nb = build.make_notebook(path)
    assert [c["id"] for c in nb.cells] == ["05-000", "05-001", "05-002", "05-003"]
    assert nb.metadata["kernelspec"]["name"] == "python3"


def test_stable_widget_ids_renames_consistently():
    a, b = "a" * 32, "0123456789abcdef" * 2
    doc = {
        "cells": [{"outputs": [{"data": {"application/vnd.jupyter.widget-view+json": {"model_id": b}}}]}],
        "metadata": {"widgets": {"application/vnd.jupyter.widget-state+json": {
            "state": {a: {"state": {"children": [f"IPY_MODEL_{b}"]}}, b: {}}}}},
    }
    renamed = json.loads(build.stable_widget_ids(json.dumps(doc)))
    assert renamed["cells"][0]["outputs"][0]["data"][
        "application/vnd.jupyter.widget-view+json"]["model_id"] == f"{1:032x}"
    state = renamed["metadata"]["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    assert set(state) == {f"{1:032x}", f"{2:032x}"}
    assert state[f"{2:032x}"]["state"]["children"] == [f"IPY_MODEL_{1:032x}"]


def test_every_lesson_notebook_matches_its_source():
    problems = [p for p in map(build.out_of_date, build.sources([])) if p]
    assert not problems, "rebuild with tools/build_notebooks.py: " + "; ".join(problems)


def test_widget_ids_do_not_depend_on_the_kernels_random_ids_or_state_order():
    import uuid

    def notebook(ids: list[str], reverse_state: bool) -> str:
        view, layout, style = ids
        state = {
            view: {"model_name": "ButtonModel", "state": {"layout": f"IPY_MODEL_{layout}", "style": f"IPY_MODEL_{style}"}},
            layout: {"model_name": "LayoutModel", "state": {}},
            style: {"model_name": "ButtonStyleModel", "state": {}},
        }
        items = list(state.items())[::-1] if reverse_state else list(state.items())
        nb = {"cells": [{"cell_type": "code", "outputs": [{"data": {
            "application/vnd.jupyter.widget-view+json": {"model_id": view}}}]}],
              "metadata": {"widgets": {"application/vnd.jupyter.widget-state+json": {"state": dict(items)}}}}
        return json.dumps(nb, indent=1)

    first = build.stable_widget_ids(notebook([uuid.uuid4().hex for _ in range(3)], reverse_state=False))
    second = build.stable_widget_ids(notebook([uuid.uuid4().hex for _ in range(3)], reverse_state=True))
    assert first == second
    assert '"model_id": "00000000000000000000000000000001"' in first


def test_an_exercise_whose_kernel_fails_leaves_its_committed_notebooks_as_they_were(tmp_path, monkeypatch):
    """A kernel that does not start (a port already taken) must not leave unrun exercise notebooks behind."""
    monkeypatch.setattr(build, "exercise_languages", lambda exercise_id: ["en"])
    monkeypatch.setattr(build, "ROOT", tmp_path)
    committed = tmp_path / "exercises" / "ex01_need_levels.ipynb"
    committed.parent.mkdir()
    committed.write_text('{"committed": true}\n', encoding="utf-8")

    def no_kernel(nb, workdir, timeout=180):
        raise RuntimeError("Kernel didn't respond in 60 seconds")

    monkeypatch.setattr(build, "execute", no_kernel)
    try:
        build.build_exercise("ex01_need_levels")
    except RuntimeError:
        pass
    else:
        raise AssertionError("the kernel's failure was not reported")
    assert committed.read_text(encoding="utf-8") == '{"committed": true}\n'
    assert not (tmp_path / "solutions" / "ex01_need_levels.ipynb").exists()


class _FakeClient:
    """A NotebookClient whose first kernels die on a port taken by another job, or fail for another reason."""

    failures: list[str] = []
    started = 0

    def __init__(self, nb, **_kwargs):
        self.nb = nb

    def execute(self):
        type(self).started += 1
        if self.failures:
            raise RuntimeError(self.failures.pop(0))
        self.nb["ran"] = True


def _with_fake_client(monkeypatch, failures: list[str]) -> type[_FakeClient]:
    import nbclient

    fake = type("Fake", (_FakeClient,), {"failures": list(failures), "started": 0})
    monkeypatch.setattr(nbclient, "NotebookClient", fake)
    return fake


def test_a_kernel_that_dies_on_start_is_started_again(monkeypatch, tmp_path):
    fake = _with_fake_client(monkeypatch, ["Kernel died before replying to kernel_info"])
    nb = build.execute({}, tmp_path)
    assert nb["ran"] and fake.started == 2


def test_other_kernel_errors_and_a_kernel_that_keeps_dying_still_fail(monkeypatch, tmp_path):
    _with_fake_client(monkeypatch, ["cell raised"])
    with pytest.raises(RuntimeError, match="cell raised"):
        build.execute({}, tmp_path)
    fake = _with_fake_client(monkeypatch, ["Kernel died before replying to kernel_info"] * build.KERNEL_STARTS)
    with pytest.raises(RuntimeError, match="Kernel died"):
        build.execute({}, tmp_path)
    assert fake.started == build.KERNEL_STARTS
