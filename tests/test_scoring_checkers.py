"""coursekit.scoring.checkers: choice, set, order and free text against a key."""
from __future__ import annotations

import dataclasses

import pytest

from coursekit.scoring.checkers import CheckResult, check_choice, check_free_text, check_order, check_set

BLANKS = [None, "", "   ", "...", Ellipsis, "…"]


@pytest.mark.parametrize("blank", BLANKS)
@pytest.mark.parametrize("check,key", [
    (check_choice, "success"), (check_set, ["a", "b"]), (check_order, ["a", "b"]), (check_free_text, {"form": "open"}),
])
def test_blank_is_unanswered(check, key, blank):
    r = check(blank, key, points=2)
    assert isinstance(r, CheckResult)
    assert r.status == "unanswered" and r.score == 0 and r.max_score == 2
    assert r.feedback


@pytest.mark.parametrize("answer", ["success", "Success", " SUCCESS ", "success need", "Success level", "the success level",
                                    "need for success"])
def test_choice_accepts_ids_and_names(answer):
    r = check_choice(answer, "success")
    assert r.status == "correct" and r.score == 1


@pytest.mark.parametrize("answer,key", [("counter-question", "counter_question"), ("No need", "no_need"),
                                        ("too expensive", "too_expensive"), ("Think it over", "think_it_over"),
                                        ("open-ended", "open"), (3, 3), ("3", 3), (True, True)])
def test_choice_variants(answer, key):
    assert check_choice(answer, key).status == "correct"


def test_choice_wrong_explains():
    r = check_choice("product", "success", points=2)
    assert r.status == "wrong" and r.score == 0 and r.max_score == 2
    assert "'product'" in r.feedback and "success" in r.feedback


def test_choice_no_need_is_not_confused_with_no_money():
    assert check_choice("no money", "no_need").status == "wrong"


@pytest.mark.parametrize("answer", [["success"], {"a": 1}, {"success"}, object()])
def test_choice_wrong_type(answer):
    r = check_choice(answer, "success")
    assert r.status == "wrong" and r.score == 0
    assert "Expected a single answer" in r.feedback


def test_result_is_frozen():
    r = check_choice("success", "success")
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.score = 5  # type: ignore[misc]


def test_set_full_partial_and_wrong():
    key = ["product", "service", "success"]
    assert check_set(["Success", "product", "service"], key).status == "correct"
    r = check_set(["product", "service"], key, points=3)
    assert r.status == "partial" and r.score == pytest.approx(2.0)
    assert "success" in r.feedback
    r = check_set(["product", "service", "experience"], key, points=3)
    assert r.score == pytest.approx(1.0)  # 2 right - 1 wrong
    assert "experience" in r.feedback
    assert check_set(["experience", "relationship"], key).status == "wrong"


def test_set_accepts_comma_string_and_ignores_duplicates():
    r = check_set("product, service, product", ["product", "service"])
    assert r.status == "correct" and r.score == 1


@pytest.mark.parametrize("answer", [{"a": 1}, 3.5j, [["nested"]]])
def test_set_wrong_type(answer):
    r = check_set(answer, ["a", "b"])
    assert r.status == "wrong" and "Expected a list" in r.feedback


def test_order_full_partial_reversed():
    key = ["know", "approve", "need", "intent"]
    assert check_order(["Know", "approve", "need", "intent"], key).status == "correct"
    r = check_order(["know", "approve", "intent", "need"], key, points=6)
    assert r.status == "partial" and r.score == pytest.approx(5.0)  # 5 of 6 pairs
    assert "'need' comes before 'intent'" in r.feedback
    assert check_order(list(reversed(key)), key).score == 0
    r = check_order("know -> approve -> need -> intent", key)
    assert r.status == "correct"


def test_order_missing_and_extra_items():
    key = ["a", "b", "c"]
    r = check_order(["a", "b"], key)
    assert r.status == "partial" and 0 < r.score < 1 and "missing" in r.feedback
    r2 = check_order(["a", "b", "c", "d"], key)
    assert r2.status == "partial" and "not in the list" in r2.feedback


def test_order_wrong_type():
    r = check_order({"a", "b"}, ["a", "b"])
    assert r.status == "wrong" and "ordered list" in r.feedback


SERVICE_SPEC = {"form": "open", "level": "service", "no_pitch": True}


def test_free_text_all_requirements_met():
    r = check_free_text("What happens in the kitchen while you wait for a repair after a machine breaks down?", SERVICE_SPEC, points=3)
    assert r.status == "correct" and r.score == 3
    assert "open" in r.feedback and "service" in r.feedback


def test_free_text_closed_question_is_partial_and_says_why():
    r = check_free_text("Do you need fast repairs?", SERVICE_SPEC, points=3)
    assert r.status == "partial" and r.score == pytest.approx(2.0)
    assert "Missed:" in r.feedback and "closed" in r.feedback and "'do'" in r.feedback


def test_free_text_pitch_is_caught():
    r = check_free_text("Our new machine is the best on the market, how often does yours break down?", SERVICE_SPEC)
    assert r.status == "wrong" and r.score <= 0.5 * r.max_score  # a broken prohibition caps the mark
    assert "no pitch" in r.feedback and "Missed:" in r.feedback


def test_free_text_wrong_level():
    r = check_free_text("What are your goals for the business this year?", {"form": "open", "level": "service"})
    assert r.status == "partial" and "success" in r.feedback


@pytest.mark.parametrize("answer,test", [
    ("If we could include a year of free servicing, would you go ahead?", "hypothesis"),
    ("What kind of after-sales service would satisfy you?", "counter_question"),
    ("That's exactly why our service contract exists: you never wait more than four hours.", "transformation"),
])
def test_free_text_objection_tests(answer, test):
    r = check_free_text(answer, {"objection": "bad_experience", "test": test, "no_discount": True})
    assert r.status == "correct", r.feedback


def test_free_text_discount_on_price_objection():
    r = check_free_text("OK, I can knock 10% off the price.", {"objection": "too_expensive", "test": "counter_question",
                                                                  "no_discount": True})
    assert r.status == "wrong" and r.score == 0
    assert "discount" in r.feedback


def test_free_text_min_words_and_technique():
    spec = {"technique": "additional", "form": "closed", "min_words": 5}
    assert check_free_text("Is there anything else you need today?", spec).status == "correct"
    r = check_free_text("Anything else?", spec)
    assert r.status == "partial" and "at least 5 words" in r.feedback


def test_free_text_wrong_type():
    r = check_free_text(["How", "are", "you"], {"form": "open"})
    assert r.status == "wrong" and "text" in r.feedback


def test_free_text_in_a_language_without_classifiers_is_named_not_judged():
    r = check_free_text("Qu'est-ce qu'il vous faut pour votre magasin ?", {"form": "open"})
    assert r.status == "wrong" and "English" in r.feedback


def test_a_constructive_reply_to_a_price_objection_gets_full_marks_and_a_discount_does_not():
    from coursekit.scoring.checkers import check_free_text

    spec = {"objection": "too_expensive"}
    good = check_free_text("If we could show the savings pay for it within a year, would you go ahead?", spec, points=2)
    assert good.status == "correct" and good.score == 2
    cheap = check_free_text("Fine, I can give you 15% off if you sign today.", spec, points=2)
    assert cheap.status == "wrong" and "discount" in cheap.feedback
    other = check_free_text("I can knock 10% off so you don't need to think it over.", {"objection": "think_it_over"})
    assert other.status == "wrong" and "discount" in other.feedback


# ---------------------------------------------------------------- QA regressions (coach round 2)

OPEN_LISTEN = {"form": "open", "no_pitch": True, "no_pressure": True}
TOO_EXPENSIVE = {"test": "counter_question", "no_discount": True, "no_pressure": True}


@pytest.mark.parametrize("line,flag", [
    ("Our ergonomic chairs are 20% off this week, shall I send you a quote?", "no_pitch"),
    ("They are half price this month.", "no_pitch"),
    ("It's on offer only until Friday, what do you think?", "no_pitch"),
    ("You need to sign today, how does that sound?", "no_pitch"),  # pressure is selling too
    ("OK, I can give you 10% off.", "no_discount"),
])
def test_selling_breaks_the_prohibition_and_caps_the_mark(line, flag):
    spec = {"form": "open", flag: True}
    r = check_free_text(line, spec, points=2)
    assert r.status == "wrong", r.feedback
    assert r.score <= 1.0, r.feedback
    assert "Missed:" in r.feedback and ("no pitch" if flag == "no_pitch" else "no discount") in r.feedback
    assert "caps the mark at half" in r.feedback


def test_pitch_with_a_question_tacked_on_is_not_nearly_there():
    r = check_free_text("Our ergonomic chairs are 20% off this week, shall I send you a quote?", OPEN_LISTEN)
    assert r.status == "wrong" and r.score <= 0.5
    assert "Met: no pitch" not in r.feedback


def test_discount_answer_to_too_expensive_is_wrong():
    r = check_free_text("OK, I can give you 10% off.", TOO_EXPENSIVE)
    assert r.status == "wrong" and r.score <= 0.5
    r = check_free_text("OK, I can give you 10% off.", {"objection": "too_expensive"})
    assert r.status == "wrong" and r.score == 0


def test_discount_pitch_for_a_service_question_scores_at_most_half():
    # ex01 q8: open question at the service level, no pitch, 2 points
    spec = {"form": "open", "level": "service", "no_pitch": True}
    r = check_free_text("Our packaging machines are 20% off this month, how soon would you need delivery?", spec, points=2)
    assert r.status == "wrong" and r.score <= 1.0, r.feedback
    good = check_free_text("What happens on your side today when a machine breaks down and needs a repair?", spec, points=2)
    assert good.status == "correct" and good.score == 2


def test_cap_keeps_partial_credit_below_half():
    spec = {"form": "open", "level": "service", "no_pitch": True}
    r = check_free_text("Our machines are half price this week, what delivery date would suit you?", spec, points=1)
    assert 0 < r.score <= 0.5 and r.status == "wrong"


@pytest.mark.parametrize("line,spec,lead", [
    ("How will you know this move was a success?", {"level": "success"}, "Well done (1 of 1 requirement met) - Met: "),
    ("Do you like it?", {"form": "open"}, "Not yet (0 of 1 requirement met) - Missed: "),
    ("Do you like it?", {"form": "open", "min_words": 2, "no_pitch": True},
     "Partly there (2 of 3 requirements met) - Met: "),
])
def test_summary_wording(line, spec, lead):
    r = check_free_text(line, spec)
    assert r.feedback.startswith(lead), r.feedback
    assert "requirements)" not in r.feedback and "1 requirements" not in r.feedback


def test_summary_capitalises_missed_after_met():
    r = check_free_text("Do you like it?", {"form": "open", "no_pitch": True})
    assert "Met: no pitch. Missed: open question" in r.feedback, r.feedback


def test_check_set_is_linear_and_capped():
    import time

    items = [f"wrong item {i}" for i in range(800)]
    t0 = time.perf_counter()
    r = check_set(items, ["success", "relationship"])
    assert time.perf_counter() - t0 < 1.0
    assert r.status == "wrong" and "too long" in r.feedback and "first 200" in r.feedback
    assert "and 195 more" in r.feedback  # only the first 200 are read
    # duplicates (by name or label) are still one wrong pick
    r = check_set(["Success", "experience", "Experience need", "the experience level"], ["success", "product"])
    assert r.feedback.count("experience") == 1 and r.score == 0
    assert check_set(["success need", "Product"], ["success", "product"]).status == "correct"
    assert check_set([True, "yes"], [True]).status == "correct"
