"""Structure of the course notebooks, exercises and solutions (read as JSON, never run here)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coursekit.exercises import grade_notebook, list_exercises, load_key
from coursekit.lessons.course_map import MODULES

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted(p for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
#: Lessons translated so far (notebooks/es/, notebooks/zh/): the same output rules apply.
TRANSLATED = sorted(p for lang in ("es", "zh") for p in (ROOT / "notebooks" / lang).glob("[0-9][0-9]_*.ipynb"))
EXERCISES = sorted((ROOT / "exercises").glob("*.ipynb"))
SOLUTIONS = sorted((ROOT / "solutions").glob("*.ipynb"))
#: Translated exercises and solutions (exercises/es/, solutions/zh/…): graded like the English ones.
TRANSLATED_EXERCISES = sorted(p for lang in ("es", "zh") for p in (ROOT / "exercises" / lang).glob("*.ipynb"))
TRANSLATED_SOLUTIONS = sorted(p for lang in ("es", "zh") for p in (ROOT / "solutions" / lang).glob("*.ipynb"))

#: Topic names exactly as the course issue writes them; each must appear in a lesson's text.
TOPIC_NAMES: tuple[str, ...] = (
    "product need", "service need", "experience need", "relationship need", "success need",
    "impatient", "deliberate", "silent", "talkative", "hesitant", "reserved", "suspicious",
    "critical", "expert",
    "comprehensive", "prominent", "deep", "broad", "suggestive",
    "four checkpoints", "two paths", "diagnose before prescribing",
    "inquiry", "confirming", "identifying", "descriptive", "clarifying", "satisfaction", "additional",
    "open and closed", "listening", "observing", "gathering requirements from coarse to fine",
    "difficult conversations", "satisfaction = experience − expectation",
    "brush-off", "no need", "no money", "no time", "bad experience", "think it over", "too expensive",
    "hypothesis", "counter-question", "transformation",
    "the customer is God", "partner", "student or patient", "child", "inferiority complex",
    "sales rhythm", "not always end users", "canvassing", "advertising", "referral",
    "document research", "basic data", "characteristics", "business status", "current dealings",
    "practical", "aesthetic", "novelty", "psychological", "economic",
    "retailers' needs", "change-seekers", "wait-and-see",
    "start here", "the five need levels", "the nine temperaments", "defining needs", "the five principles",
    "the buying mind", "questioning techniques", "difficult conversations and expectations",
    "objection analysis", "seven patterns", "three tests of a real objection", "capstone",
    "full simulations", "final debrief", "how to see the customer by business", "how to analyse customers",
)

LEAKS = re.compile(r"(/work/|/tmp/|/root/|/home/|0x[0-9a-fA-F]{6,}|\d{4}-\d\d-\d\dT\d\d:\d\d)")


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def text(cell: dict) -> str:
    source = cell["source"]
    return "".join(source) if isinstance(source, list) else source


def markdown_cells(nb: dict) -> list[str]:
    return [text(c) for c in nb["cells"] if c["cell_type"] == "markdown"]


def test_every_module_has_its_notebook_and_no_stray_ones():
    assert [p.stem for p in LESSONS] == [m.slug for m in MODULES]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lesson_opens_with_objectives_and_time(path):
    first = markdown_cells(load(path))[0]
    assert first.startswith("# ")
    assert "Learning objectives" in first
    assert re.search(r"\*\*Time:\*\* about \d+ minutes", first)
    minutes = int(re.search(r"about (\d+) minutes", first).group(1))
    assert minutes == next(m.minutes for m in MODULES if m.slug == path.stem)


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lesson_ends_with_summary_and_self_check(path):
    cells = markdown_cells(load(path))
    assert cells[-2].startswith("## Summary")
    assert cells[-1].startswith("## Self-check")
    assert "<details>" in cells[-1] and re.search(r"^1\. ", cells[-1], re.M)


@pytest.mark.parametrize("path", LESSONS + TRANSLATED, ids=lambda p: p.relative_to(ROOT / "notebooks").as_posix())
def test_lesson_outputs_are_stored_and_deterministic(path):
    nb = load(path)
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code, "a lesson needs at least one code cell"
    for number, cell in enumerate(code, start=1):
        assert cell["execution_count"] == number, "run the notebook top to bottom (tools/build_notebooks.py)"
        for out in cell["outputs"]:
            assert out["output_type"] != "error"
            assert not (out["output_type"] == "stream" and out["name"] == "stderr"), text(cell)
            plain = out.get("data", {}).get("text/plain", "")
            plain = "".join(plain) if isinstance(plain, list) else plain
            if "application/vnd.jupyter.widget-view+json" in out.get("data", {}):
                assert "IPY_MODEL" not in plain and len(plain) <= 111, plain
            # a bare PNG output has no alt text: every figure is an <img> with its alt
            assert "image/png" not in out.get("data", {}), f"a figure without alt text: {plain}"
            markup = out.get("data", {}).get("text/html", "")
            markup = "".join(markup) if isinstance(markup, list) else markup
            images = re.findall(r"<img\b[^>]*>", markup)
            for image in images:
                alt = re.search(r'\balt="([^"]*)"', image)
                words = len(alt.group(1).split()) + len(re.findall(r"[\u4e00-\u9fff]", alt.group(1))) // 2 if alt else 0
                assert words >= 5, f"figure without a real alt text: {plain}"  # (two Chinese characters a word)
            if images and "application/vnd.jupyter.widget-view+json" not in out.get("data", {}):
                assert plain.startswith("<figure: "), plain
    outputs = re.sub(r"base64,[A-Za-z0-9+/=]+", "base64,…", json.dumps([c["outputs"] for c in code]))
    assert not LEAKS.search(outputs)  # (an image's base64 may spell anything)


@pytest.mark.parametrize("path", LESSONS + TRANSLATED, ids=lambda p: p.relative_to(ROOT / "notebooks").as_posix())
def test_lesson_code_cells_stay_short(path):
    """Cells are a few high-level calls, readable for non-programmers."""
    for cell in load(path)["cells"]:
        if cell["cell_type"] == "code":
            assert len(text(cell).splitlines()) <= 6, text(cell)


def test_lessons_with_checks_use_widgets():
    for path in LESSONS:
        if path.stem.startswith("07"):
            continue
        outputs = [o for c in load(path)["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
        assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs), path.stem


def test_every_topic_name_is_taught():
    corpus = " ".join(" ".join(markdown_cells(load(p))) for p in LESSONS).lower()
    missing = [name for name in TOPIC_NAMES if name.lower() not in corpus]
    assert not missing


def test_every_exercise_is_translated_in_pairs():
    for lang in ("es", "zh"):
        names = sorted(p.name for p in (ROOT / "exercises" / lang).glob("*.ipynb"))
        assert names == sorted(p.name for p in (ROOT / "solutions" / lang).glob("*.ipynb"))
        assert names == sorted(p.name for p in EXERCISES), lang


def test_exercises_and_solutions_come_in_pairs():
    assert [p.name for p in EXERCISES] == [p.name for p in SOLUTIONS]
    assert len(EXERCISES) >= 5
    assert {p.stem for p in EXERCISES} == set(list_exercises())


def test_each_core_topic_has_an_exercise():
    topics = {load_key(e).topic for e in list_exercises()}
    for topic in ("need_levels", "temperaments", "principles", "techniques", "expectations", "objection_patterns"):
        assert topic in topics


def test_exercises_include_free_text_tasks():
    free = [e for e in list_exercises() if any(q.type == "free_text" for q in load_key(e).questions)]
    assert len(free) >= 4


@pytest.mark.parametrize("path", EXERCISES + SOLUTIONS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_answer_cells_are_tagged_for_each_question(path):
    nb = load(path)
    key = load_key(path.stem)
    tagged = [c for c in nb["cells"] if "answer" in c.get("metadata", {}).get("tags", [])]
    assert [c["metadata"]["coursekit"]["question"] for c in tagged] == list(key.question_ids)
    for cell, question in zip(tagged, key.questions):
        meta = cell["metadata"]
        assert meta["nbgrader"]["grade_id"] == f"{key.id}-{question.id}"
        assert re.match(r"^[a-zA-Z0-9_\-]*$", meta["nbgrader"]["grade_id"])
        assert not (meta["nbgrader"]["grade"] and meta["nbgrader"]["solution"])
        assert meta["coursekit"]["widget"] is True and meta["editable"] is False
        assert f'("{key.id}", "{question.id}")' in text(cell)
    checks = [c for c in nb["cells"] if "check" in c.get("metadata", {}).get("tags", [])]
    if path.parent.name == "exercises":
        assert len(checks) == 1 and f'summary("{key.id}")' in text(checks[0])


@pytest.mark.parametrize("path", SOLUTIONS + TRANSLATED_SOLUTIONS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_solutions_score_full_marks(path):
    result = grade_notebook(path)
    assert result.score == result.max_score > 0, str(result)


@pytest.mark.parametrize("path", EXERCISES + TRANSLATED_EXERCISES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_unanswered_exercises_score_zero(path):
    result = grade_notebook(path)
    assert result.score == 0
    assert {q.status for q in result.questions} == {"unanswered"}


@pytest.mark.parametrize("path", EXERCISES + SOLUTIONS + TRANSLATED_EXERCISES + TRANSLATED_SOLUTIONS,
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_exercise_notebooks_were_run_without_errors(path):
    code = [c for c in load(path)["cells"] if c["cell_type"] == "code"]
    assert all(c["execution_count"] is not None for c in code)
    assert not any(o["output_type"] == "error" for c in code for o in c["outputs"])


def test_curriculum_doc_lists_modules_exercises_and_the_app_command():
    doc = (ROOT / "docs" / "curriculum.md").read_text(encoding="utf-8")
    assert "python3 course.py app" in doc
    for m in MODULES:
        assert m.notebook in doc, m.notebook
    for exercise_id in list_exercises():
        assert f"`{exercise_id}`" in doc, exercise_id


# --- lesson sources (notebooks/src/*.py): checked on the sources, so they hold before a rebuild ---

SOURCES = sorted((ROOT / "notebooks" / "src").glob("[0-9][0-9]_*.py"))


def source_cells(path: Path) -> list[dict]:
    """The cells of a lesson source, parsed by the notebook builder itself."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_notebooks", ROOT / "tools" / "build_notebooks.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder.parse_source(path.read_text(encoding="utf-8"))


def source_markdown(path: Path) -> list[str]:
    return [c["source"] for c in source_cells(path) if c["type"] == "markdown"]


def test_every_module_has_a_source():
    assert [p.stem for p in SOURCES] == [m.slug for m in MODULES]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.stem)
def test_source_opens_with_objectives_then_how_to_use_the_lesson(path):
    """QA: in an unrun lesson the checks do nothing; say how to run it, right after the objectives."""
    cells = source_cells(path)
    assert cells[0]["type"] == "markdown" and "Learning objectives" in cells[0]["source"]
    assert re.search(r"\*\*Time:\*\* about \d+ minutes", cells[0]["source"])
    assert cells[1]["type"] == "markdown", "the how-to note comes straight after the objectives"
    assert "How to use this lesson" in cells[1]["source"]
    assert "Run ▸ Run All Cells" in cells[1]["source"] and "from the top" in cells[1]["source"]


MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.stem)
def test_relative_links_in_lessons_point_to_existing_files(path):
    for label, target in MD_LINK.findall("\n".join(source_markdown(path))):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        assert (ROOT / "notebooks" / target.split("#")[0]).resolve().is_file(), f"{label} -> {target}"


@pytest.mark.parametrize("module", [m for m in MODULES if m.exercise], ids=lambda m: m.slug)
def test_lesson_links_its_exercise_and_the_next_lesson(module):
    """QA: "Next: the exercise `exercises/ex0X…`" was plain text; it must be a link."""
    summary = next(c for c in source_markdown(ROOT / "notebooks" / "src" / f"{module.slug}.py")
                   if c.startswith("## Summary"))
    assert f"[{module.exercise}](../exercises/{module.exercise}.ipynb)" in summary
    assert "JupyterLab" in summary and "app view" in summary  # the exercise works in both
    following = MODULES[MODULES.index(module) + 1]
    assert f"]({following.slug}.ipynb)" in summary
    assert "`exercises/" not in summary  # no plain-text paths left


@pytest.mark.parametrize("path", TRANSLATED, ids=lambda p: p.relative_to(ROOT / "notebooks").as_posix())
def test_links_in_a_translated_lesson_point_to_existing_files(path):
    for cell in load(path)["cells"]:
        markup = text(cell)
        found = MD_LINK.findall(markup) if cell["cell_type"] == "markdown" else []
        for output in cell.get("outputs", []) if cell["cell_type"] == "code" else []:
            html = output.get("data", {}).get("text/html", "")
            found += [("", href) for href in re.findall(r'href="([^"#]+)', "".join(html) if isinstance(html, list) else html)]
        for label, target in found:
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            assert (path.parent / target.split("#")[0]).resolve().is_file(), f"{path.name}: {label} -> {target}"


def test_course_map_links_every_lesson_and_exercise():
    from coursekit.lessons import show_course_map

    markup = str(show_course_map())
    for m in MODULES:
        assert f'<a href="{m.slug}.ipynb"><b>{m.number} · ' in markup, m.slug
        assert (ROOT / "notebooks" / m.link).is_file()
        if m.exercise:
            assert f'<a href="../exercises/{m.exercise}.ipynb">' in markup
            assert (ROOT / "notebooks" / m.exercise_link).resolve().is_file()


#: Lessons with a name box that saves to the gradebook: the pre-test (00), the capstone's
#: scenario picker (07) and the final check (10).
NAME_BOX_LESSONS = ("00", "07", "10")


def test_name_for_recording_is_only_promised_where_there_is_a_name_box():
    """Name fields: the pre-test (00), the capstone's scenario picker (07), the final check (10) and
    every exercise's first cell (each saves to the gradebook when filled); only those lessons say so."""
    from coursekit.widgets.assessment import final_check, pretest
    from coursekit.widgets.exercise import StartView, reset
    from coursekit.widgets.picker import scenario_picker

    for path in SOURCES:
        text = "\n".join(source_markdown(path)).lower()
        mentions = bool(re.search(r"(type|enter|fill in|write) (in )?your name|\*\*your name\*\*|name box|gradebook", text))
        assert mentions == path.stem.startswith(NAME_BOX_LESSONS), path.stem
    picker = scenario_picker()
    assert picker.name.description == "Your name"
    assert pretest().name.description == final_check().name.description == "Your name"
    assert StartView("ex01_need_levels").name.description == "Your name"
    reset()
    capstone = "\n".join(source_markdown(ROOT / "notebooks" / "src" / "07_capstone.py"))
    assert "**Your name** box is optional" in capstone and "gradebook" in capstone
