"""What rounds AD and AE (28 games played blind) showed, kept: good turns no longer capped for pressure or
blame they did not hold ("I write it down", "since we put it in", "even if it was fixed today", "the shops
blame you"), a silent customer's "...No." and "Not now." are read, a proposal is not advised to become an
open question, and a made-up summary with a self-declared close and an upsell no longer scores 74."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from coursekit.scoring import analyse_turn
from coursekit.sim import play_typed

GAMES = Path(__file__).parent / "data" / "typed_games"


def _report(game_id: str):
    game = json.loads((GAMES / f"{game_id}.json").read_text(encoding="utf-8"))
    return play_typed(game["scenario"], game["answers"], seed=game["seed"]).report()


@pytest.mark.parametrize("game_id", ["AE05", "AE07", "AE13", "AD13"])
def test_a_good_game_is_not_capped_for_an_offence_it_does_not_hold(game_id):
    report = _report(game_id)
    assert not report.limits and report.total >= 85, report.summary


@pytest.mark.parametrize("text, move, present", [
    ("Six weeks lost, I understand. So: we move the data, training on Saturdays, and support in Spanish - I write "
     "it down. Marisol, how goes a normal morning for you?", "closing", False),
    ("Shall I write it down as an order?", "closing", True),
    ("Ten loaves a batch, I'm sorry. How have your bakers been getting on with the settings since we put it in?",
     "closing", False),
    ("Sorry, just so I'm clear - you'd still want to switch even if it was fixed today?", "pressure", False),
    ("You should switch today, honestly.", "pressure", True),
    ("And when lamps fail, the shops blame you.", "argument", False),
    ("I blame your installer, to be honest.", "argument", True),
    ("if it sells out the van has to be here in two days, is that it?", "pitch", False),
    ("Can I ask, what would you two want to think over? Is there something that's still not quite sitting right?",
     "counter_question", True),
    ("So if you and your sister came in together to taste the menu, with no commitment, and she liked it, would you "
     "feel ready to book?", "hypothesis", True),
    ("So if we take the cash problem away, would this work for you: a first order for one region only, on sixty days. "
     "What do you think?", "hypothesis", True),
    ("No problem. I'll book our engineer to fix the left deck tomorrow and put you down for the premium service "
     "contract, so you're all sorted.", "upsell", True),
])
def test_moves_read_from_what_the_line_does(text, move, present):
    assert (move in analyse_turn(text).moves) is present


def test_made_up_summaries_a_self_declared_close_and_an_upsell_score_low():
    # AD10: "...No." twice to invented summaries, "put you down for the premium service contract", then
    # "Great, so we're agreed" after "Not now."
    report = _report("AD10")
    assert report.total <= 30, report.summary
    confirming = next(c for c in report.criteria if c.id == "confirming_understanding")
    assert "had not said" in confirming.feedback


def test_a_proposal_is_not_advised_to_become_an_open_question():
    # AD14: "…how about this: I put together a draft menu … Does that sound good?" was quoted as a closed question
    report = _report("AD14")
    open_questions = next(c for c in report.criteria if c.id == "open_questions")
    assert "draft menu" not in open_questions.feedback and "how about this" not in open_questions.feedback


def test_an_accurate_summary_with_has_to_is_no_pitch():
    # AE03: "…if it sells out the van has to be here in two days…" was read as selling, and the summary scored 0
    confirming = next(c for c in _report("AE03").criteria if c.id == "confirming_understanding")
    assert confirming.score > 0 and "had not said" not in confirming.feedback, confirming.feedback


def test_the_same_stock_question_in_new_words_is_asked_once():
    # AF12: "biggest challenge", "biggest problem", "number one pain point", "where does it hurt most" asked in
    # turn after turn drew a new hidden need each time and scored 53
    game = json.loads((GAMES / "AF12.json").read_text(encoding="utf-8"))
    session = play_typed(game["scenario"], game["answers"], seed=game["seed"])
    again = [line.text for line in session.transcript if line.speaker == "customer"
             and ("asked me that already" in line.text or line.text.startswith("As I said"))]
    assert len(again) >= 3
    assert session.report().total <= 20


@pytest.mark.parametrize("game_id, at_least", [("AG05", 85), ("AD09", 85)])
def test_good_games_from_round_ag_and_ad_are_not_pulled_down(game_id, at_least):
    # AG05: "…getting a number that isn't right" read as arguing (capped at 25); AD09: a plan put forward ("so next
    # step: i send you the figures…, you get one named account manager…") read as a made-up summary
    report = _report(game_id)
    assert not report.limits and report.total >= at_least, report.summary


def test_a_pushy_upsell_with_a_discount_and_a_deadline_is_mediocre_at_best():
    # AG08: "put you on our premium care programme", "ten percent off", "it would be good to decide soon" scored 57
    assert _report("AG08").total <= 35


@pytest.mark.parametrize("text, probe", [
    ("Understood. What would you say is your biggest challenge at the moment?", True),
    ("Noted. What is the number one pain point for you?", True),
    ("Fine. And where does it hurt most for you?", True),
    ("What is the biggest challenge with your deliveries?", False),
    ("What keeps you up at night about the month-end close?", False),
])
def test_the_stock_biggest_problem_question_is_told_from_one_with_a_topic(text, probe):
    from coursekit.scoring.words import generic_probe

    assert generic_probe(text) is probe


@pytest.mark.parametrize("game_id, at_most", [
    # AH08: "we run 140 trucks … we're at 98 percent on time", "With us you'd have…", "Our live tracking shows…"
    # before any need, then "can we go ahead and sign before the peak?" (scored 93)
    ("AH08", 40),
    # AI12: a made-up summary, then "So that's decided then… Cash or card?", "Here's your receipt.", "so the sale
    # is done" without her yes (scored 56)
    ("AI12", 30),
])
def test_pitching_early_and_declaring_the_sale_done_score_low(game_id, at_most):
    assert _report(game_id).total <= at_most


def test_a_next_step_recapped_after_the_customer_went_along_is_no_push():
    # V04 ends "So we're agreed then - Saturday half ten, …" after the silent customer's "Mm-hm."
    assert not _report("V04").limits
