"""The map of the course: every module, its notebook, time, topics and exercise.

One source of truth for the start notebook, docs/curriculum.md and the notebook tests.
"""
from __future__ import annotations

from dataclasses import dataclass

from coursekit.lessons.html import Html, esc, table


@dataclass(frozen=True)
class Module:
    """One lesson notebook of the course."""

    number: str
    slug: str
    title: str
    minutes: int
    topics: tuple[str, ...]
    exercise: str | None = None

    @property
    def notebook(self) -> str:
        """The notebook file, relative to the course folder."""
        return f"notebooks/{self.slug}.ipynb"

    @property
    def link(self) -> str:
        """The lesson notebook relative to another lesson (they share `notebooks/`)."""
        return f"{self.slug}.ipynb"

    @property
    def exercise_link(self) -> str | None:
        """The exercise notebook relative to a lesson notebook (None: no exercise)."""
        return f"../exercises/{self.exercise}.ipynb" if self.exercise else None


MODULES: tuple[Module, ...] = (
    Module("00", "00_start_here", "Start here", 20,
           ("how the course works", "the map of modules", "the pre-test")),
    Module("01", "01_five_need_levels", "The five need levels", 30,
           ("product need", "service need", "experience need", "relationship need", "success need",
            "retailers' needs and the adoption of a new brand"), "ex01_need_levels"),
    Module("02", "02_nine_temperaments", "The nine temperaments and how to serve each", 25,
           ("impatient", "deliberate", "silent", "talkative", "hesitant", "reserved", "suspicious",
            "critical", "expert"), "ex02_temperaments"),
    Module("03", "03_defining_needs", "Defining needs: five principles and the buying mind", 35,
           ("comprehensive", "prominent", "deep", "broad", "suggestive", "four checkpoints",
            "two paths", "diagnose before prescribing", "real and false questions"),
           "ex03_defining_needs"),
    Module("04", "04_questioning_listening_observing", "Questioning techniques, listening, observing", 40,
           ("inquiry", "confirming", "identifying", "descriptive", "clarifying", "satisfaction",
            "additional", "open and closed", "listening", "observing",
            "gathering requirements from coarse to fine"), "ex04_questioning"),
    Module("05", "05_difficult_conversations_expectations", "Difficult conversations and expectations", 30,
           ("staying calm", "paraphrasing", "admitting mistakes", "satisfaction = experience − expectation",
            "where expectations come from", "segmenting customers by value"), "ex05_expectations"),
    Module("06", "06_objection_analysis", "Objection analysis: seven patterns, three tests", 40,
           ("brush-off", "no need", "no money", "no time", "bad experience", "think it over",
            "too expensive", "hypothesis", "counter-question", "transformation"), "ex06_objections"),
    Module("07", "07_capstone", "Capstone: full simulations and debrief", 45,
           ("free-text dialogue with simulated customers", "the final debrief"), "ex07_customer_case"),
    Module("08", "08_seeing_the_customer_by_business", "How to see the customer, by business", 20,
           ("the customer is God (strategy)", "God, partner, student or patient, child (tactics)",
            "the salesperson's inferiority complex", "skills to train", "sales rhythm"), "ex08_customer_stance"),
    Module("09", "09_knowing_and_analysing_customers", "Knowing and analysing customers", 30,
           ("who the customer is", "finding valuable customers", "what to analyse", "buying motives",
            "psychological and economic analysis", "an agency's four kinds of client need"),
           "ex09_finding_customers"),
    Module("10", "10_final_check", "Final check", 15,
           ("the post-test on the pre-test's plan", "your gain", "what to revisit")),
)


def module(number: str) -> Module:
    """The module with this number, e.g. ``module("03")``."""
    for m in MODULES:
        if m.number == number:
            return m
    raise KeyError(f"no module {number!r}; modules are {', '.join(m.number for m in MODULES)}")


def total_minutes() -> int:
    """The time of the whole course, in minutes."""
    return sum(m.minutes for m in MODULES)


def show_course_map() -> Html:
    """The course map as a table: module (a link to its notebook), time, topics and exercise.

    Links are relative to `notebooks/`, where this table is shown (notebook 00): lessons and
    exercises (in `../exercises/`) open in JupyterLab and in the app view (which serves the
    exercise pages at that address).
    """
    rows = []
    for m in MODULES:
        exercise = (f'<a href="{esc(m.exercise_link)}"><code>{esc(m.exercise)}</code></a>'
                    if m.exercise else "—")
        rows.append((
            f"<b>{esc(m.number)}</b>",
            f'<a href="{esc(m.link)}"><b>{esc(m.number)} · {esc(m.title)}</b></a>'
            f"<br><code>{esc(m.notebook)}</code>",
            f"{m.minutes} min",
            esc(", ".join(m.topics)),
            exercise,
        ))
    markup = table(("", "Module and notebook (click to open)", "Time", "Topics",
                    "Exercise"), rows, raw_cells=True)
    hours, minutes = divmod(total_minutes(), 60)
    markup += f"<p>Total: about {hours} h {minutes:02d} min of lessons, plus the exercises.</p>"
    return Html(markup, f"map of the course: {len(MODULES)} modules")
