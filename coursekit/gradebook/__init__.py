"""The gradebook: graded exercises and finished simulations per trainee, and class reports.

    from coursekit.gradebook import Gradebook, record_exercise, record_simulation

SQLite by default (`coursekit.db` in the course folder, or `COURSEKIT_DB`);
`postgresql://` URLs select a shared PostgreSQL server.
"""
from __future__ import annotations

from coursekit.gradebook.book import Attempt, Gradebook
from coursekit.gradebook.db import GradebookError, default_url
from coursekit.gradebook.names import TRAINEE_ENV, name_key, trainee_name
from coursekit.gradebook.record import record_exercise, record_simulation, record_test

__all__ = [
    "TRAINEE_ENV", "Attempt", "Gradebook", "GradebookError", "default_url", "name_key", "record_exercise",
    "record_simulation", "record_test", "trainee_name",
]
