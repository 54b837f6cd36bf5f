"""The course in Spanish and Chinese: one source of truth, nothing missing or stale, ids unchanged,
and the same choices scoring the same in every language."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coursekit import i18n, translations
from coursekit.i18n import language, t, use_language
from coursekit.knowledge import entries
from coursekit.schema import validate_file

ROOT = Path(__file__).resolve().parents[1]
STRINGS = ROOT / "coursekit" / "data" / "strings"


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language(None)


def test_nothing_is_missing_or_stale():
    found = translations.findings()
    assert not found, "\n".join(map(str, found[:20])) + f"\n… {len(found)} in all (python -m coursekit translations)"


def test_every_translated_lesson_has_both_languages_and_an_english_original():
    es = {p.name for p in translations.translated_lessons("es")}
    zh = {p.name for p in translations.translated_lessons("zh")}
    assert es and es == zh
    assert all((translations.LESSON_SOURCES / name).exists() for name in es)
    assert "00_start_here.py" in es  # the start notebook `course.py open --lang` opens


def _copy(path: Path, tmp_path: Path) -> Path:
    target = tmp_path / path.name
    shutil.copy(path, target)
    return target


def test_a_changed_english_sentence_makes_its_translations_stale(tmp_path):
    copy = _copy(STRINGS / "ui.yaml", tmp_path)
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace('en: "Check"', 'en: "Check it"', 1), encoding="utf-8")
    problems = [p.message for p in validate_file(copy, "strings")]
    assert any("stale translations of 'ui.quiz.check'" in m for m in problems), problems


def test_a_missing_translation_is_named_with_its_place(tmp_path):
    copy = _copy(STRINGS / "ui.yaml", tmp_path)
    lines = copy.read_text(encoding="utf-8").splitlines()
    start = lines.index("  - id: ui.quiz.check")
    drop = next(i for i in range(start, len(lines)) if lines[i].startswith("    zh: "))
    copy.write_text("\n".join(lines[:drop] + lines[drop + 1:]) + "\n", encoding="utf-8")
    problems = validate_file(copy, "strings")
    assert any("missing the zh translation of 'ui.quiz.check'" in p.message and p.line for p in problems)


def test_a_translated_lesson_is_stale_when_its_english_cell_changes(tmp_path, monkeypatch):
    (tmp_path / "es").mkdir()
    english = _copy(translations.LESSON_SOURCES / "01_five_need_levels.py", tmp_path)
    spanish = _copy(translations.LESSON_SOURCES / "es" / "01_five_need_levels.py", tmp_path / "es")
    monkeypatch.setattr(translations, "LESSON_SOURCES", tmp_path)
    assert translations.lesson_findings(spanish) == []
    english.write_text(english.read_text(encoding="utf-8").replace("Why levels?", "Why five levels?"), encoding="utf-8")
    assert [f.problem.split(":")[0] for f in translations.lesson_findings(spanish)] == ["stale"]


def _cell_lines(path: Path, number: int) -> tuple[int, int]:
    """The line range (header excluded) of a lesson source's `number`-th non-empty cell (0-based)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = translations._cells(path)[number][3] + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("# %%")), len(lines))
    return start, end


def test_a_cell_left_in_english_is_not_a_translation(tmp_path, monkeypatch):
    (tmp_path / "es").mkdir()
    english = _copy(translations.LESSON_SOURCES / "00_start_here.py", tmp_path)
    spanish = _copy(translations.LESSON_SOURCES / "es" / "00_start_here.py", tmp_path / "es")
    monkeypatch.setattr(translations, "LESSON_SOURCES", tmp_path)
    en_lines, es_lines = english.read_text(encoding="utf-8").splitlines(), spanish.read_text(encoding="utf-8").splitlines()
    (a, b), (c, d) = _cell_lines(spanish, 0), _cell_lines(english, 0)
    spanish.write_text("\n".join(es_lines[:a] + en_lines[c:d] + es_lines[b:]) + "\n", encoding="utf-8")
    assert [f.problem for f in translations.lesson_findings(spanish)] == ["not translated: it is the English cell"]


def test_a_translated_lesson_may_not_change_the_code_or_the_ids(tmp_path, monkeypatch):
    (tmp_path / "zh").mkdir()
    _copy(translations.LESSON_SOURCES / "01_five_need_levels.py", tmp_path)
    chinese = _copy(translations.LESSON_SOURCES / "zh" / "01_five_need_levels.py", tmp_path / "zh")
    monkeypatch.setattr(translations, "LESSON_SOURCES", tmp_path)
    chinese.write_text(chinese.read_text(encoding="utf-8").replace('simulation("drill_for_saturday")',
                                                                   'simulation("plumber_bookkeeping")'), encoding="utf-8")
    assert any("code differs" in f.problem for f in translations.lesson_findings(chinese))


def test_the_folder_a_lesson_runs_in_chooses_the_language(monkeypatch, tmp_path):
    monkeypatch.delenv("COURSEKIT_LANG", raising=False)
    monkeypatch.chdir(ROOT / "notebooks" / "es")
    assert language() == "es"
    monkeypatch.chdir(ROOT / "notebooks" / "zh")
    assert language() == "zh"
    monkeypatch.setenv("COURSEKIT_LANG", "zh")
    monkeypatch.chdir(ROOT / "notebooks")
    assert language() == "en"  # an English lesson stays English, whatever the variable says
    monkeypatch.chdir(tmp_path)
    assert language() == "zh"
    monkeypatch.setenv("COURSEKIT_LANG", "klingon")
    assert language() == "en"
    use_language("es-MX")
    assert language() == "es"
    with pytest.raises(i18n.UnknownLanguage):
        use_language("fr")


def test_knowledge_reads_in_the_course_language_with_the_same_ids():
    english = entries("need_levels", "en")
    use_language("es")
    spanish = entries("need_levels")
    use_language("zh")
    chinese = entries("need_levels")
    assert [e.id for e in spanish] == [e.id for e in chinese] == [e.id for e in english]
    assert spanish[0].name == "Necesidad de producto" and english[0].name == "Product need"
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in e.description) for e in chinese)
    assert t("ui.quiz.check") != t("ui.quiz.check", "en")


TRANSLATED_SCENARIOS = sorted(p.stem for p in (STRINGS / "scenarios").glob("*.yaml"))


def _play(scenario: str, mode: str, seed: int):
    from coursekit.sim import load_scenario, play_auto, play_random

    if mode == "random":
        return play_random(load_scenario(scenario), seed=seed)
    return play_auto(load_scenario(scenario), mode=mode, seed=seed)


@pytest.mark.parametrize("scenario", TRANSLATED_SCENARIOS)
def test_every_translated_scenario_scores_the_same_choices_the_same(scenario):
    for mode, seed in (("best", 0), ("worst", 1), ("random", 2), ("random", 3)):
        totals = {}
        for lang in ("en", "es", "zh"):
            use_language(lang)
            report = _play(scenario, mode, seed).report()
            totals[lang] = (report.total, report.outcome, [(c.id, round(c.score, 6)) for c in report.criteria])
        assert totals["es"] == totals["en"] == totals["zh"], (scenario, mode, seed)


@pytest.mark.parametrize("mode", ["best", "worst"])
def test_the_same_choices_score_the_same_in_every_language(mode):
    reports = {}
    for lang in ("en", "es", "zh"):
        use_language(lang)
        session = _play("drill_for_saturday", mode, 5)
        reports[lang] = (session, session.report())
    totals = {lang: (r.total, r.outcome, [(c.id, c.score) for c in r.criteria]) for lang, (_, r) in reports.items()}
    assert totals["es"] == totals["en"] == totals["zh"]
    en_session, es_session = reports["en"][0], reports["es"][0]
    assert [line.text for line in es_session.transcript] != [line.text for line in en_session.transcript]
    assert [line.text for line in es_session.english_transcript] == [line.text for line in en_session.transcript]


def test_a_sorting_quiz_shows_the_statements_in_the_same_order_in_every_language():
    pytest.importorskip("ipywidgets")
    from coursekit.lessons import banks
    from coursekit.widgets import checks

    orders = {}
    for lang in ("en", "es", "zh"):
        use_language(lang)
        quiz = checks.sort_levels()
        english = dict(zip(banks.in_language("LEVEL_STATEMENTS"), banks.LEVEL_STATEMENTS))
        orders[lang] = [english[item].text for item in quiz.items]
    assert orders["en"] == orders["es"] == orders["zh"]


def test_every_bank_question_keeps_its_answer_among_its_options_in_every_language():
    from coursekit.lessons import banks
    from coursekit.lessons.marking import Choice

    for lang in ("es", "zh"):
        for name in banks._bank_constants():
            for item in banks.in_language(name, lang):  # Choice checks its answer is an option
                if isinstance(item, Choice):
                    assert item.answer in item.options


@pytest.mark.parametrize("answer, label", [
    ("知音型", "expert"), ("疑心型", "suspicious"), ("踌躇型", "hesitant"), ("性急型", "impatient"),
    ("Desconfiado", "suspicious"), ("cliente impaciente", "impatient"), ("Integralidad", "comprehensive"),
    ("全面性", "comprehensive"), ("假设法", "hypothesis"), ("contrapregunta", "counter_question"),
])
def test_an_answer_may_name_a_card_in_spanish_or_chinese(answer, label):
    """The source article's own temperament names (知音型…) and the Spanish cards' names are answers."""
    from coursekit.scoring.answers import label_id

    assert label_id(answer) == label


@pytest.mark.parametrize("lang, good, bad", [
    ("es", "Si pudiéramos garantizarle la entrega cada lunes antes de las ocho, ¿haría el pedido hoy?",
     "Le garantizamos la entrega, cómprelo hoy."),
    ("zh", "如果我们保证每周一早上八点前送到，您今天会下单吗？", "我们保证送货，今天就买吧。"),
])
def test_the_coach_passes_a_good_answer_in_the_courses_own_language(lang, good, bad):
    """In the Spanish course a Spanish hypothesis test is right and a push is wrong; an answer that
    tests with the wrong test for the task is not passed."""
    from coursekit.lessons.banks import FREE_TEXT
    from coursekit.lessons.marking import mark_free_text

    use_language(lang)
    assert mark_free_text(good, FREE_TEXT["hypothesis"]).status == "correct"
    assert mark_free_text(bad, FREE_TEXT["hypothesis"]).status == "wrong"
    assert mark_free_text(good, FREE_TEXT["think_it_over"]).status != "correct"  # a hypothesis, not a counter-question
    open_success = mark_free_text({"es": "¿Qué le gustaría lograr con la nueva oficina este año?",
                                   "zh": "您希望新办公室今年帮团队实现什么目标？"}[lang], FREE_TEXT["open_success"])
    assert open_success.status == "correct"
    use_language("en")  # the English course: an answer in another language cannot skip "no pitch"
    assert mark_free_text(good, FREE_TEXT["open_success"]).status != "correct"


@pytest.mark.parametrize("lang", ["es", "zh"])
def test_every_exercise_key_scores_full_marks_in_spanish_and_chinese(lang):
    """The keys' answers in the course's language (free-text model answers translated) meet their own
    requirements when the coach reads them in that language: the shown answer is a right answer."""
    from coursekit.exercises import check_answers, load_key
    from coursekit.exercises.key import key_path
    from coursekit.scoring.text import normalise

    use_language(lang)
    for path in sorted(key_path("ex01_need_levels").parent.glob("ex*.yaml")):
        key = load_key(path.stem)
        for question in key.questions:
            if question.type == "free_text":  # the model answer a trainee is shown is in their language
                assert normalise(question.answer).language == lang, (path.stem, question.id, question.answer)
        result = check_answers(path.stem, **{q.id: q.answer for q in key.questions})
        assert result.score == result.max_score, (path.stem, [(q.id, q.feedback) for q in result.questions
                                                              if q.status != "correct"])
    use_language(None)
