"""coursekit.scoring: bad input never raises and is never judged with confidence."""
from __future__ import annotations

import json

import pytest

from coursekit.scoring import (
    analyse_turn, check_free_text, classify_need, classify_objection, classify_question, score_dialogue,
)

UNJUDGEABLE = [
    pytest.param("", id="empty"),
    pytest.param("   \n\t ", id="whitespace"),
    pytest.param(None, id="None"),
    pytest.param("<script>alert(1)</script>", id="script"),
    pytest.param("<div><br/></div>", id="markup-only"),
    # languages without classifiers of their own (Spanish and Chinese have theirs: test_languages.py)
    pytest.param("Quantos caminhões vocês têm por semana para a entrega?", id="portuguese-question"),
    pytest.param("Nous avons besoin d'une livraison plus rapide et d'un meilleur prix.", id="french"),
    pytest.param("Wir brauchen eine schnellere Lieferung und einen besseren Preis.", id="german"),
    pytest.param(12345, id="int"),
    pytest.param(["a", "list"], id="list"),
]
CLASSIFIERS = [classify_need, classify_question, classify_objection]


@pytest.mark.parametrize("text", UNJUDGEABLE)
@pytest.mark.parametrize("fn", CLASSIFIERS, ids=lambda f: f.__name__)
def test_unjudgeable_input_gives_low_confidence_prediction(fn, text):
    p = fn(text)
    assert p.judgeable is False
    assert p.confidence <= 0.3
    assert "can't be judged" in p.feedback or "nothing to judge" in p.feedback
    assert "<" not in p.feedback


@pytest.mark.parametrize("text", UNJUDGEABLE)
def test_analyse_turn_unjudgeable(text):
    a = analyse_turn(text)
    assert a.judgeable is False
    assert a.question is None and a.moves == frozenset()
    json.dumps(a.to_dict())


def test_very_long_text_is_handled():
    text = "How do you handle deliveries when a driver is off sick? " * 400  # ~22,000 characters
    assert len(text) > 20000
    q = classify_question(text)
    assert q.judgeable and q.is_question and q.form == "open"
    for fn in (classify_need, classify_objection):
        assert 0.0 <= fn(text).confidence <= 1.0
    assert analyse_turn(text).judgeable
    assert 0 <= score_dialogue([{"speaker": "trainee", "text": text}]).total <= 100


def test_twenty_thousand_characters_of_one_word():
    p = classify_need("x" * 20000)
    assert 0.0 <= p.confidence <= 0.3


def test_html_around_real_text_is_stripped():
    q = classify_question("<p>How do you <b>handle</b> returns?</p>")
    assert q.judgeable and q.form == "open"
    assert "<" not in q.feedback


def test_script_inside_text_is_dropped():
    p = classify_objection("<script>alert('too expensive')</script>We already have one.")
    assert p.judgeable and p.label == "no_need"


def test_gibberish_english_letters_low_confidence():
    p = classify_need("blorp fwee zzkt")
    assert p.confidence <= 0.4


@pytest.mark.parametrize("text", [None, "", "我们需要更好的服务", "<script>alert(1)</script>"])
def test_free_text_checker_bad_input(text):
    r = check_free_text(text, {"form": "open"})
    assert r.score == 0
    assert r.status in ("unanswered", "wrong")


ODD_VALUES = [None, ..., "", " ", "...", 0, 2.5, True, [], {}, set(), ["a"], {"a": 1}, b"bytes", object(),
              "<b>x</b>", "\x00\x01", "🙂🙂", "?", "so, , , ?", float("nan"), 10**30, ["know", None], [["x"]],
              "a, b, c", {"form": "open", "level": ["x"], "technique": None, "min_words": "5", "test": 5}]


def test_checkers_never_raise_on_odd_answers_or_keys():
    from coursekit.scoring.checkers import check_choice, check_free_text, check_order, check_set

    for answer in ODD_VALUES:
        for key in ODD_VALUES:
            for check in (check_choice, check_set, check_order, check_free_text):
                r = check(answer, key, points=2)
                assert r.status in ("correct", "partial", "wrong", "unanswered")
                assert 0 <= r.score <= r.max_score == 2
                assert r.feedback


def test_dialogue_and_turns_never_raise_on_odd_values():
    for v in ODD_VALUES:
        analyse_turn(v)
        score_dialogue(v)
        score_dialogue([{"speaker": "trainee", "text": v}, {"speaker": "customer", "text": v}, v])


# -- review item 14: only text is judged; markup never slips through as words ---------


@pytest.mark.parametrize("fn", CLASSIFIERS, ids=lambda f: f.__name__)
def test_bytes_are_not_text_and_not_judged(fn):
    p = fn(b"We need delivery within 24 hours, every week.")
    assert p.judgeable is False and p.confidence <= 0.3
    assert "not text" in p.feedback and "can't be judged" in p.feedback
    assert analyse_turn(b"How do you plan the week?").judgeable is False


def test_an_unclosed_tag_is_removed_to_the_end():
    from coursekit.scoring.text import normalise

    assert normalise("<a href='" + "x" * 5000).judgeable is False
    t = normalise("How do you plan deliveries? <a href='javascript:alert(1) and more words")
    assert t.clean == "How do you plan deliveries?"
    assert normalise("We order <b>twice</b> a week, <50 crates.").clean == "We order twice a week, <50 crates."


@pytest.mark.parametrize("text", [
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&lt;div&gt;&lt;br/&gt;&lt;/div&gt;",
    "&lt;img src=x onerror=alert(1)&gt;",
])
def test_entity_escaped_markup_is_markup_not_words(text):
    from coursekit.scoring.text import normalise

    t = normalise(text)
    assert t.judgeable is False and t.clean == ""
    assert classify_need(text).judgeable is False


def test_entity_escaped_tags_around_words_leave_the_words():
    from coursekit.scoring.text import normalise

    assert normalise("&lt;b&gt;How&lt;/b&gt; do you deliver &amp; install?").clean == "How do you deliver & install?"


# -- review item 7: a trainee's answer is quoted short, never whole ---------------------


HUGE = "service " * 2500  # 20,000 characters


def test_checkers_quote_a_huge_answer_short():
    from coursekit.scoring.checkers import check_choice, check_order, check_set

    results = [
        check_choice(HUGE + "x", "success"),
        check_choice(HUGE + "x", "success", reveal=False),
        check_set([HUGE + "x", "service", "product"], ["success", "relationship"]),
        check_set([f"wrong {i}" for i in range(100)], ["success", "relationship"]),
        check_order([HUGE + "x", "product"], ["product", "service"]),
        check_order([f"extra {i}" for i in range(100)], ["product", "service"]),
    ]
    for r in results:
        assert len(r.feedback) < 700, r.feedback[:200]
        assert all(len(e) <= 80 for e in r.evidence)
    assert "and 95 more" in results[3].feedback and "and 95 more" in results[5].feedback
    assert "you chose 'service service" in results[0].feedback and "…'" in results[0].feedback


def test_free_text_feedback_stays_short_for_a_huge_answer():
    r = check_free_text("How " + "very " * 5000 + "often do you deliver?", {"form": "open", "level": "service"})
    assert len(r.feedback) < 700


def test_one_short_helper_for_every_quote():
    from coursekit.exercises.result import answer_text
    from coursekit.scoring.text import short

    assert short("a  b\n c") == "a b c"
    assert short("x" * 100) == "x" * 79 + "…" and len(short("x" * 100, 10)) == 10
    assert answer_text(HUGE) == short(HUGE, 160) and len(answer_text(HUGE)) == 160
    assert answer_text(["a"] * 5000) == short(repr(["a"] * 5000), 160)


def test_the_dialogue_summary_names_markup_apart_from_another_language():
    turns = [{"speaker": "customer", "text": "Hi, I need a drill."},
             {"speaker": "trainee", "text": "<script>alert(1)</script>"},
             {"speaker": "customer", "text": "What?"},
             {"speaker": "trainee", "text": "De quoi avez-vous besoin pour votre magasin ?"},
             {"speaker": "customer", "text": "What?"},
             {"speaker": "trainee", "text": "What will you drill into?"},
             {"speaker": "customer", "text": "Concrete."}]
    summary = score_dialogue(turns).summary
    assert "1 turn in French and 1 turn with no words to read" in summary and "<" not in summary


def test_a_huge_turn_is_read_only_as_far_as_the_scorer_reads_any_text() -> None:
    """A 1 MB turn (typed chat in Chinese, Spanish or English) is kept as the normaliser cuts it, so every reading of
    it, and every quote of it in the feedback, stays bounded (the whole megabyte used to be searched cue by cue)."""
    from coursekit.scoring.exchange import parse_turns
    from coursekit.scoring.text import MAX_CHARS

    for big in ("你好 我想问一下 " * 120_000, "¿qué tal? " * 100_000, "word " * 200_000):
        turns = parse_turns([{"speaker": "customer", "text": big}, {"speaker": "trainee", "text": big}])
        assert all(len(t.text) <= MAX_CHARS * 4 for t in turns)
        report = score_dialogue([{"speaker": "customer", "text": big}, {"speaker": "trainee", "text": big},
                                 {"speaker": "customer", "text": "ok"}])
        assert all(len(e) <= MAX_CHARS * 4 for c in report.criteria for e in c.evidence)


@pytest.mark.parametrize("reply", ["?", "¿?", "？", "…", "?!"])
def test_a_customer_reply_of_bare_punctuation_neither_crashes_nor_counts_as_where_they_stand(reply: str) -> None:
    """A hand-built dialogue whose customer answers only "?" is scored (it raised IndexError), and the "?" is no
    outcome: the customer never said where they stand. An emoji does say something ("👍")."""
    from coursekit.scoring.exchange import parse_turns, where_left

    lines = [{"speaker": "customer", "text": "Our internet keeps dropping in the evening."},
             {"speaker": "trainee", "text": "Right?"}, {"speaker": "customer", "text": reply}]
    report = score_dialogue(lines)
    assert not report.criterion("customer_outcome").applies or report.criterion("customer_outcome").score == 0
    assert where_left(parse_turns(lines)) == (None, "")
    assert where_left(parse_turns(lines[:2] + [{"speaker": "customer", "text": "👍"}]))[1] != ""
