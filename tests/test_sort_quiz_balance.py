"""Every sorting quiz has at least two statements per category, so the last ones never
come free by elimination (course issue: "sorting quizzes have one item per category")."""
from __future__ import annotations

from collections import Counter

import pytest

from coursekit.widgets import checks

SORTS = sorted(name for name, value in vars(checks).items()
               if name.startswith("sort_") and getattr(value, "__module__", "") == checks.__name__)


def test_the_lessons_have_sorting_quizzes():
    assert len(SORTS) >= 10


@pytest.mark.parametrize("name", SORTS)
def test_sorting_quiz_has_two_statements_per_category(name):
    quiz = getattr(checks, name)()
    per_category = Counter(item.answer for item in quiz.items)
    thin = {cid: per_category[cid] for cid in quiz.names if per_category[cid] < 2}
    assert not thin, f"{name}: categories with fewer than two statements: {thin}"
