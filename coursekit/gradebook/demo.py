"""A seeded sample class for trying the reports: same seed, same gradebook.

The exercise attempts follow the real answer key of `ex01_need_levels` (its questions,
points and topics); the simulations are two made-up scenarios scored on the dialogue
rubric's criteria; each trainee also takes the pre-test before day 0 and the final check
after the last day (items of the real banks), so the report shows a gain. Nothing here calls the scorers, so the sample does not change
when they are tuned.
"""
from __future__ import annotations

import os
import random
from datetime import datetime, timedelta, timezone

from coursekit.gradebook.book import Gradebook
from coursekit.gradebook.record import simulation_detail

DEMO_TRAINEES: tuple[str, ...] = (
    "Ana Souza", "Ben Okafor", "Chen Wei", "Dana Levi", "Emil Novak", "Sam <Sales> O'Neil",
)
DEMO_EXERCISE = "ex01_need_levels"

#: Made-up scenarios and the objection pattern each one raises.
DEMO_SCENARIOS: dict[str, str] = {
    "demo_printer_tender": "too_expensive",
    "demo_hotel_renewal": "bad_experience",
}

#: The dialogue rubric as the demo scores it: (criterion id, name, weight, difficulty).
DEMO_RUBRIC: tuple[tuple[str, str, int, float], ...] = (
    ("discovery_before_pitch", "Discovery before pitching", 20, 0.0),
    ("open_questions", "Share of open questions", 15, 0.05),
    ("confirming_understanding", "Confirming understanding", 15, 0.1),
    ("objections_tested", "Objections tested, not argued", 15, 0.25),
    ("calm_with_upset_customer", "Calm with an upset customer", 10, 0.0),
    ("higher_need_levels", "Reaching the higher need levels", 15, 0.2),
    ("closing_the_loop", "Closing the loop", 10, 0.15),
)

#: Monday 4 March 2024, 09:00 UTC: day 0 of the demo class.
DEMO_START = datetime(2024, 3, 4, 9, 0, tzinfo=timezone.utc)


def build_demo_gradebook(db_url: str | os.PathLike[str], seed: int = 0, days: int = 3) -> int:
    """Fill the gradebook at `db_url` with a sample class; returns how many attempts were added."""
    from coursekit.exercises import load_key

    rng = random.Random(seed)
    key = load_key(DEMO_EXERCISE)
    added = 0
    with Gradebook.open(db_url) as book:
        for number, trainee in enumerate(DEMO_TRAINEES):
            skill = 0.35 + 0.1 * number + rng.uniform(-0.1, 0.1)
            for day in range(days):
                when = DEMO_START + timedelta(days=day, minutes=7 * number + rng.randrange(60))
                skill = min(0.95, skill + rng.uniform(0.0, 0.15))
                detail = {}
                for question in key.questions:
                    # the free-text and service questions are the class's weak spots
                    hard = 0.45 if question.type == "free_text" or question.topic == "service" else 0.0
                    right = rng.random() < skill - hard
                    score = question.points if right else (question.points // 2 if rng.random() < 0.3 else 0)
                    status = "correct" if score == question.points else "partial" if score else "wrong"
                    detail[question.id] = {"score": float(score), "max_score": float(question.points),
                                           "status": status, "topic": question.topic}
                total = sum(d["score"] for d in detail.values())
                added += book.record(trainee, key.id, "exercise", total, key.max_score, detail,
                                     fingerprint=f"demo-{seed}-{number}-{day}", when=when)
                scenario = sorted(DEMO_SCENARIOS)[(number + day) % len(DEMO_SCENARIOS)]
                rows = []
                for cid, name, weight, difficulty in DEMO_RUBRIC:
                    share = max(0.0, min(1.0, rng.gauss(skill - difficulty, 0.15)))
                    rows.append({"id": cid, "name": name, "score": round(weight * share, 1), "maximum": weight})
                criteria = simulation_detail({"criteria": rows}, DEMO_SCENARIOS[scenario])
                total = round(sum(c["score"] for c in criteria.values()))
                # the simulator's own outcomes (coursekit.sim OUTCOMES): won, open, lost
                outcome = "won" if total >= 70 else "open" if total >= 45 else "lost"
                added += book.record(trainee, scenario, "scenario", total, 100.0, criteria, outcome=outcome,
                                     fingerprint=f"demo-{seed}-{number}-{day}-sim",
                                     when=when + timedelta(minutes=30))
        added += _demo_tests(book, seed, days)
    return added


def _demo_tests(book: Gradebook, seed: int, days: int) -> int:
    """Each demo trainee's pre-test (before day 0) and final check (after the last day)."""
    from coursekit.lessons.assessment import questions
    from coursekit.schema.assessment import TEST_IDS

    rng = random.Random(f"tests-{seed}")  # its own stream: the exercise and scenario rows stay as they were
    added = 0
    for number, trainee in enumerate(DEMO_TRAINEES):
        skill = 0.3 + 0.05 * number
        for test_id, offset in zip(TEST_IDS, (timedelta(hours=-1), timedelta(days=days, hours=1))):
            if test_id == "posttest":
                skill = min(0.95, skill + rng.uniform(0.2, 0.45))
            detail = {}
            for item in questions(test_id):
                right = rng.random() < skill
                detail[item.id] = {"score": 1.0 if right else 0.0, "max_score": 1.0,
                                   "status": "correct" if right else "wrong", "objective": item.objective,
                                   "topic": ""}
            total = sum(d["score"] for d in detail.values())
            added += book.record(trainee, test_id, "exercise", total, float(len(detail)), detail,
                                 fingerprint=f"demo-{seed}-{number}-{test_id}",
                                 when=DEMO_START + offset + timedelta(minutes=7 * number))
    return added


def demo_gradebook(seed: int = 0) -> str:
    """A demo gradebook in a fresh temporary folder (removed when Python exits); returns its path."""
    import atexit
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="coursekit-demo-")
    atexit.register(shutil.rmtree, folder, True)
    path = os.path.join(folder, "demo.db")
    build_demo_gradebook(path, seed=seed)
    return path
