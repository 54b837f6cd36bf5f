"""The map of the course: every module, its notebook, time, topics and exercise.

One source of truth for the start notebook, docs/curriculum.md and the notebook tests.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coursekit.i18n import language, t
from coursekit.lessons.html import Html, esc, table

#: The course folder (notebooks/, exercises/ and coursekit/ sit in it).
COURSE_DIR = Path(__file__).resolve().parents[2]


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


def lesson_link(m: Module, lang: str) -> tuple[str, str]:
    """(link, notebook path) of a lesson as seen from a lesson of `lang`: the translated notebook
    beside it, else the English one (`../`)."""
    if lang == "en":
        return m.link, m.notebook
    if (COURSE_DIR / "notebooks" / "src" / lang / f"{m.slug}.py").exists():  # translated (built beside it)
        return m.link, f"notebooks/{lang}/{m.link}"
    return f"../{m.link}", m.notebook


def exercise_link(m: Module, lang: str) -> str:
    """A module's exercise as seen from lesson 00 of `lang`: the translated exercise when its key is
    translated (`exercises/<lang>/`), else the English one."""
    if lang == "en":
        return m.exercise_link
    if (COURSE_DIR / "coursekit" / "data" / "strings" / "exercises" / f"{m.exercise}.yaml").exists():
        return f"../../exercises/{lang}/{m.exercise}.ipynb"
    return f"../{m.exercise_link}"


def show_course_map() -> Html:
    """The course map as a table: module (a link to its notebook), time, topics and exercise.

    Links are relative to the folder of lesson 00, where this table is shown (`notebooks/`, or
    `notebooks/<lang>/` for a translated course, whose untranslated lessons link to the English
    ones): lessons and exercises open in JupyterLab and in the app view.
    """
    lang = language()
    rows = []
    for m in MODULES:
        exercise = (f'<a href="{esc(exercise_link(m, lang))}"><code>{esc(m.exercise)}</code></a>'
                    if m.exercise else "—")
        link, notebook = lesson_link(m, lang)
        note = "" if lang == "en" or link == m.link else f" <small>{esc(t('ui.course.in_english'))}</small>"
        rows.append((
            f"<b>{esc(m.number)}</b>",
            f'<a href="{esc(link)}"><b>{esc(m.number)} · {esc(t(f"ui.course.m{m.number}.title"))}</b></a>{note}'
            f"<br><code>{esc(notebook)}</code>",
            esc(t("ui.course.minutes", minutes=m.minutes)),
            esc(t(f"ui.course.m{m.number}.topics")),
            exercise,
        ))
    markup = table(("", t("ui.course.head_module"), t("ui.course.head_time"), t("ui.course.head_topics"),
                    t("ui.course.head_exercise")), rows, raw_cells=True)
    hours, minutes = divmod(total_minutes(), 60)
    markup += f"<p>{esc(t('ui.course.total', hours=hours, minutes=f'{minutes:02d}'))}</p>"
    return Html(markup, t("ui.course.label", count=len(MODULES)))
