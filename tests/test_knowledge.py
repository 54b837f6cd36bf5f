"""The knowledge API: every id of the brief is there, in order, with teaching text."""
from __future__ import annotations

import subprocess
import sys

import pytest

import coursekit
from coursekit.labels import BY_KIND


@pytest.mark.parametrize("kind", list(BY_KIND))
def test_every_brief_id_has_an_entry_in_course_order(kind):
    assert [e.id for e in coursekit.entries(kind)] == list(BY_KIND[kind])


@pytest.mark.parametrize("kind", list(BY_KIND))
def test_entries_carry_teaching_text(kind):
    for item in coursekit.entries(kind):
        assert item.name and len(item.description) > 40, item.id
        assert item.signals and all(s for s in item.signals)
        assert len(item.coaching) > 20
        assert item.kind == kind


def test_need_levels_run_from_product_to_success():
    names = [e.name for e in coursekit.entries("need_levels")]
    assert names[0].lower().startswith("product") and names[-1].lower().startswith("success")


def test_entry_lookup_and_helpful_errors():
    assert coursekit.entry("temperaments", "expert").id == "expert"
    with pytest.raises(KeyError, match="known ids"):
        coursekit.entry("temperaments", "grumpy")
    with pytest.raises(KeyError, match="unknown knowledge kind"):
        coursekit.entries("moods")


def test_brief_facts_are_taught():
    text = " ".join(e.description + " " + " ".join(e.examples) for e in coursekit.entries("need_levels"))
    assert "drill" in text.lower()
    expensive = coursekit.entry("objection_patterns", "too_expensive")
    assert "96" in expensive.description + " ".join(expensive.examples) + expensive.coaching


def test_import_is_light():
    code = ("import sys, coursekit; coursekit.entries('need_levels'); "
            "heavy = [m for m in ('ipywidgets', 'matplotlib', 'numpy', 'IPython', 'sqlite3') if m in sys.modules]; "
            "print(','.join(heavy))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
