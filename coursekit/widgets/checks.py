"""Ready-made knowledge checks for each lesson, so a notebook cell is one short call.

    from coursekit.widgets import checks
    checks.sort_levels()          # lesson 01: sort statements into the five need levels
    checks.write_question("open_success", "Write an open question ...")

The items live in `coursekit.lessons.banks`; the widgets are in `coursekit.widgets.quiz`.
"""
from __future__ import annotations

from coursekit.i18n import t
from coursekit.knowledge import entries
from coursekit.lessons import banks
from coursekit.widgets.quiz import Quiz, SortQuiz, TextQuiz, choice_quiz, sort_quiz


def _title(string_id: str) -> tuple[str, str]:
    """A sorting quiz's title in the course's language, and its English as the seed of the
    statements' order (the same order in every language)."""
    return t(string_id), t(string_id, "en")


def categories(kind: str) -> list[tuple[str, str]]:
    """(id, name) pairs of a knowledge kind, in course order, for a sorting quiz."""
    return [(e.id, e.name) for e in entries(kind)]


# 00 · start here
def start_questions() -> Quiz:
    """Two questions on how the course works (a first try of the widgets)."""
    return choice_quiz(banks.in_language("START_CHOICES"))


# 01 · need levels
def sort_levels() -> SortQuiz:
    """Sort ten customer statements into the five need levels."""
    return sort_quiz(banks.in_language("LEVEL_STATEMENTS"), categories("need_levels"),
                     *_title("ui.checks.sort_levels"))


def level_questions() -> Quiz:
    """Three multiple-choice questions on the need levels."""
    return choice_quiz(banks.in_language("LEVEL_CHOICES"))


def retail_questions() -> Quiz:
    """Retailers' needs and the order in which they adopt a new brand."""
    return choice_quiz(banks.in_language("RETAIL_CHOICES"))


# 02 · temperaments
def sort_temperaments() -> SortQuiz:
    """Match eighteen short descriptions to the nine temperaments (two each)."""
    return sort_quiz(banks.in_language("TEMPERAMENT_BEHAVIOURS"), categories("temperaments"),
                     *_title("ui.checks.sort_temperaments"))


def temperament_questions() -> Quiz:
    """How to serve two of the harder temperaments."""
    return choice_quiz(banks.in_language("TEMPERAMENT_CHOICES"))


# 03 · principles and the buying mind
def sort_principles() -> SortQuiz:
    """Which principle for defining needs is each salesperson applying?"""
    return sort_quiz(banks.in_language("PRINCIPLE_MOVES"), categories("principles"),
                     *_title("ui.checks.sort_principles"))


def buying_mind_questions() -> Quiz:
    """Paths, mistakes and the hypothesis test."""
    return choice_quiz(banks.in_language("BUYING_MIND_CHOICES"))


def sort_objection_tests() -> SortQuiz:
    """Which of the three tests is each line?"""
    return sort_quiz(banks.in_language("OBJECTION_TEST_LINES"), categories("objection_tests"),
                     *_title("ui.checks.sort_objection_tests"))


# 04 · questioning, listening, observing
def sort_techniques() -> SortQuiz:
    """Sort fourteen questions into the seven questioning techniques (two each)."""
    return sort_quiz(banks.in_language("TECHNIQUE_QUESTIONS"), categories("techniques"),
                     *_title("ui.checks.sort_techniques"))


def sort_forms() -> SortQuiz:
    """Open or closed?"""
    return sort_quiz(banks.in_language("FORM_QUESTIONS"), categories("question_forms"),
                     *_title("ui.checks.sort_forms"))


def sort_requirements() -> SortQuiz:
    """Which level of the customer's organisation does each need come from?"""
    return sort_quiz(banks.in_language("REQUIREMENT_LAYERS"), banks.in_language("REQUIREMENT_ROLES"),
                     *_title("ui.checks.sort_requirements"))


def listening_questions() -> Quiz:
    """Listening, observing and gathering requirements from coarse to fine."""
    return choice_quiz(banks.in_language("LISTENING_CHOICES"))


def write_question(task: str, prompt: str, placeholder: str | None = None) -> TextQuiz:
    """A free-text box for a question the trainee writes, read by the classifiers.

    `task` names a spec in `coursekit.lessons.banks.FREE_TEXT` (e.g. ``"open_success"``).
    """
    return TextQuiz(prompt, banks.FREE_TEXT[task], placeholder or t("ui.checks.question_placeholder"),
                    t("ui.checks.check_question"))


def write_reply(task: str, prompt: str, placeholder: str | None = None) -> TextQuiz:
    """A free-text box for a reply (to an objection, say), read by the classifiers."""
    return TextQuiz(prompt, banks.FREE_TEXT[task], placeholder or t("ui.checks.reply_placeholder"),
                    t("ui.checks.check_reply"))


# 05 · difficult conversations and expectations
def difficult_replies() -> Quiz:
    """Choose the best reply in three difficult moments."""
    return choice_quiz(banks.in_language("DIFFICULT_REPLIES"))


def sort_expectation_sources() -> SortQuiz:
    """Where does each expectation come from?"""
    return sort_quiz(banks.in_language("EXPECTATION_SOURCES"), banks.in_language("EXPECTATION_SOURCE_NAMES"),
                     *_title("ui.checks.sort_expectation_sources"))


# 06 · objections
def sort_objections() -> SortQuiz:
    """Sort fourteen objections into the seven patterns (two each)."""
    return sort_quiz(banks.in_language("OBJECTION_STATEMENTS"), categories("objection_patterns"),
                     *_title("ui.checks.sort_objections"))


def objection_questions() -> Quiz:
    """What to do (and avoid) for three patterns."""
    return choice_quiz(banks.in_language("OBJECTION_CHOICES"))


# 08 · seeing the customer by business
def sort_business_views() -> SortQuiz:
    """How should the salesperson see the customer in each business?"""
    return sort_quiz(banks.in_language("BUSINESS_CASES"), banks.in_language("BUSINESS_VIEWS"),
                     *_title("ui.checks.sort_business_views"))


def stance_questions() -> Quiz:
    """Strategy and tactics, the inferiority complex and sales rhythm."""
    return choice_quiz(banks.in_language("VIEW_CHOICES"))


# 09 · knowing and analysing customers
def model_questions() -> Quiz:
    """The psychological and the economic model."""
    return choice_quiz(banks.in_language("MODEL_CHOICES"))


def sort_motives() -> SortQuiz:
    """Practical, aesthetic or novelty?"""
    return sort_quiz(banks.in_language("MOTIVE_STATEMENTS"), banks.in_language("MOTIVES"),
                     *_title("ui.checks.sort_motives"))


def finding_methods() -> Quiz:
    """Pros and cons of the four ways of finding customers."""
    return choice_quiz(banks.in_language("FINDING_METHODS"))


def sort_analysis() -> SortQuiz:
    """Which of the four areas of customer analysis does each fact belong to?"""
    return sort_quiz(banks.in_language("ANALYSIS_FACTS"), banks.in_language("ANALYSIS_AREAS"),
                     *_title("ui.checks.sort_analysis"))
