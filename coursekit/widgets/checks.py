"""Ready-made knowledge checks for each lesson, so a notebook cell is one short call.

    from coursekit.widgets import checks
    checks.sort_levels()          # lesson 01: sort statements into the five need levels
    checks.write_question("open_success", "Write an open question ...")

The items live in `coursekit.lessons.banks`; the widgets are in `coursekit.widgets.quiz`.
"""
from __future__ import annotations

from coursekit.knowledge import entries
from coursekit.lessons import banks
from coursekit.widgets.quiz import Quiz, SortQuiz, TextQuiz, choice_quiz, sort_quiz


def categories(kind: str) -> list[tuple[str, str]]:
    """(id, name) pairs of a knowledge kind, in course order, for a sorting quiz."""
    return [(e.id, e.name) for e in entries(kind)]


# 00 · start here
def start_questions() -> Quiz:
    """Two questions on how the course works (a first try of the widgets)."""
    return choice_quiz(banks.START_CHOICES)


# 01 · need levels
def sort_levels() -> SortQuiz:
    """Sort ten customer statements into the five need levels."""
    return sort_quiz(banks.LEVEL_STATEMENTS, categories("need_levels"),
                     "Which need level does each statement mainly express?")


def level_questions() -> Quiz:
    """Three multiple-choice questions on the need levels."""
    return choice_quiz(banks.LEVEL_CHOICES)


def retail_questions() -> Quiz:
    """Retailers' needs and the order in which they adopt a new brand."""
    return choice_quiz(banks.RETAIL_CHOICES)


# 02 · temperaments
def sort_temperaments() -> SortQuiz:
    """Match eighteen short descriptions to the nine temperaments (two each)."""
    return sort_quiz(banks.TEMPERAMENT_BEHAVIOURS, categories("temperaments"),
                     "Which temperament is this customer showing?")


def temperament_questions() -> Quiz:
    """How to serve two of the harder temperaments."""
    return choice_quiz(banks.TEMPERAMENT_CHOICES)


# 03 · principles and the buying mind
def sort_principles() -> SortQuiz:
    """Which principle for defining needs is each salesperson applying?"""
    return sort_quiz(banks.PRINCIPLE_MOVES, categories("principles"),
                     "Which principle is the salesperson applying?")


def buying_mind_questions() -> Quiz:
    """Paths, mistakes and the hypothesis test."""
    return choice_quiz(banks.BUYING_MIND_CHOICES)


def sort_objection_tests() -> SortQuiz:
    """Which of the three tests is each line?"""
    return sort_quiz(banks.OBJECTION_TEST_LINES, categories("objection_tests"),
                     "Which test of a real objection is each line?")


# 04 · questioning, listening, observing
def sort_techniques() -> SortQuiz:
    """Sort fourteen questions into the seven questioning techniques (two each)."""
    return sort_quiz(banks.TECHNIQUE_QUESTIONS, categories("techniques"),
                     "Which questioning technique is each question?")


def sort_forms() -> SortQuiz:
    """Open or closed?"""
    return sort_quiz(banks.FORM_QUESTIONS, categories("question_forms"), "Open or closed question?")


def sort_requirements() -> SortQuiz:
    """Which level of the customer's organisation does each need come from?"""
    return sort_quiz(banks.REQUIREMENT_LAYERS, banks.REQUIREMENT_ROLES,
                     "Who in the customer's organisation most likely said this?")


def listening_questions() -> Quiz:
    """Listening, observing and gathering requirements from coarse to fine."""
    return choice_quiz(banks.LISTENING_CHOICES)


def write_question(task: str, prompt: str, placeholder: str = "Write your question here…") -> TextQuiz:
    """A free-text box for a question the trainee writes, read by the classifiers.

    `task` names a spec in `coursekit.lessons.banks.FREE_TEXT` (e.g. ``"open_success"``).
    """
    return TextQuiz(prompt, banks.FREE_TEXT[task], placeholder, "Check my question")


def write_reply(task: str, prompt: str, placeholder: str = "Write what you would say…") -> TextQuiz:
    """A free-text box for a reply (to an objection, say), read by the classifiers."""
    return TextQuiz(prompt, banks.FREE_TEXT[task], placeholder, "Check my reply")


# 05 · difficult conversations and expectations
def difficult_replies() -> Quiz:
    """Choose the best reply in three difficult moments."""
    return choice_quiz(banks.DIFFICULT_REPLIES)


def sort_expectation_sources() -> SortQuiz:
    """Where does each expectation come from?"""
    return sort_quiz(banks.EXPECTATION_SOURCES, banks.EXPECTATION_SOURCE_NAMES,
                     "Where does this customer's expectation come from?")


# 06 · objections
def sort_objections() -> SortQuiz:
    """Sort fourteen objections into the seven patterns (two each)."""
    return sort_quiz(banks.OBJECTION_STATEMENTS, categories("objection_patterns"),
                     "Which objection pattern is this?")


def objection_questions() -> Quiz:
    """What to do (and avoid) for three patterns."""
    return choice_quiz(banks.OBJECTION_CHOICES)


# 08 · seeing the customer by business
def sort_business_views() -> SortQuiz:
    """How should the salesperson see the customer in each business?"""
    return sort_quiz(banks.BUSINESS_CASES, banks.BUSINESS_VIEWS,
                     "How should the salesperson see the customer here (tactically)?")


def stance_questions() -> Quiz:
    """Strategy and tactics, the inferiority complex and sales rhythm."""
    return choice_quiz(banks.VIEW_CHOICES)


# 09 · knowing and analysing customers
def model_questions() -> Quiz:
    """The psychological and the economic model."""
    return choice_quiz(banks.MODEL_CHOICES)


def sort_motives() -> SortQuiz:
    """Practical, aesthetic or novelty?"""
    return sort_quiz(banks.MOTIVE_STATEMENTS, banks.MOTIVES, "Which buying motive is speaking?")


def finding_methods() -> Quiz:
    """Pros and cons of the four ways of finding customers."""
    return choice_quiz(banks.FINDING_METHODS)


def sort_analysis() -> SortQuiz:
    """Which of the four areas of customer analysis does each fact belong to?"""
    return sort_quiz(banks.ANALYSIS_FACTS, banks.ANALYSIS_AREAS,
                     "Which area of customer analysis does this fact belong to?")
