"""Exercises: answer keys, the state of an exercise answered by clicking, grading notebooks.

    from coursekit.exercises import ExerciseState, grade_notebook
    state = ExerciseState("ex01_need_levels"); state["q1"].check("service")
    grade_notebook("exercises/ex01_need_levels.ipynb")   # never runs the notebook
"""
from __future__ import annotations

from coursekit.exercises.check import check_answers, check_notebook
from coursekit.exercises.key import ExerciseKey, Question, UnknownExerciseError, list_exercises, load_key
from coursekit.exercises.notebook import NotebookError, grade_notebook, read_notebook_answers
from coursekit.exercises.result import ExerciseResult, QuestionResult
from coursekit.exercises.state import ExerciseState, QuestionState

__all__ = [
    "ExerciseKey", "ExerciseResult", "ExerciseState", "NotebookError", "Question", "QuestionResult", "QuestionState",
    "UnknownExerciseError", "check_answers", "check_notebook", "grade_notebook", "list_exercises", "load_key",
    "read_notebook_answers",
]
