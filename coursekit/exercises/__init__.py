"""Exercises: answer keys, checking answers in a notebook, grading submitted notebooks.

    from coursekit.exercises import check_answers, grade_notebook
    check_answers("ex01_need_levels", globals())   # in an exercise notebook's check cell
"""
from __future__ import annotations

from coursekit.exercises.check import check_answers, check_notebook
from coursekit.exercises.key import ExerciseKey, Question, UnknownExerciseError, list_exercises, load_key
from coursekit.exercises.notebook import NotebookError, grade_notebook, read_notebook_answers
from coursekit.exercises.result import ExerciseResult, QuestionResult

__all__ = [
    "ExerciseKey", "ExerciseResult", "NotebookError", "Question", "QuestionResult",
    "UnknownExerciseError", "check_answers", "check_notebook", "grade_notebook", "list_exercises", "load_key",
    "read_notebook_answers",
]
