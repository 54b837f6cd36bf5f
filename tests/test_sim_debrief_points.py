"""The debrief's points say what its sentences say: full marks only for a criterion met in full,
and a cap or scaling shown as its own line instead of shrinking criteria the trainee did well on."""
from __future__ import annotations

from coursekit.scoring.types import Criterion
from coursekit.sim import Session
from coursekit.sim.report import deduction_row, whole_points


def _crit(cid: str, score: float, maximum: float) -> Criterion:
    return Criterion(cid, cid, score, maximum, "", ())


def test_a_criterion_short_of_full_marks_never_shows_them():
    # 2.8 of 3.1 would round to 3 of 3 next to a sentence saying what was missed
    shown = whole_points([_crit("open", 2.8, 3.1), _crit("needs", 10.2, 20.0), _crit("rest", 70.0, 76.9)], 83)
    assert [(c.score, c.maximum) for c in shown] == [(2.0, 3.0), (11.0, 20.0), (70.0, 77.0)]


def test_a_criterion_met_in_full_shows_full_marks():
    # 12.5 of 12.5 would round to 12 of 13 next to "the objection was resolved"
    shown = whole_points([_crit("objections", 12.5, 12.5), _crit("needs", 10.5, 20.0), _crit("rest", 40.0, 67.5)], 63)
    assert (shown[0].score, shown[0].maximum) == (13.0, 13.0)
    assert sum(c.score for c in shown) == 63 and sum(c.maximum for c in shown) == 100


def _capped_session() -> Session:
    session = Session("drill_for_saturday")
    session.say("What's the job you need it for?")
    session.say("Stop whining, you probably drill them wrong. Buy the big one.")
    session.end()
    return session


def test_a_cap_is_shown_apart_and_the_criteria_keep_what_they_earned():
    report = _capped_session().report()
    assert report.limits and report.deducted > 0
    live = [c for c in report.criteria if c.applies]
    assert sum(c.score for c in live) - report.deducted == report.total
    name, points, why = deduction_row(report)
    assert points == f"\u2212{report.deducted}" and "Capped at" in why
    assert report.to_dict()["deducted"] == report.deducted


def test_an_offence_is_named_even_when_the_total_is_already_below_its_cap():
    # clicking the pushy option scales the total to 0: the cap does not bind, but the debrief
    # (CLI, widget, capstone) still names the line the customer walked out on
    session = Session("drill_for_saturday")
    session.say("Our ProMax is the best drill, you should buy it.")
    pushy = next(o for o in session.options() if "decide now" in o.say)
    session.play(f"#{pushy.number}")
    session.end()
    report = session.report()
    assert report.total < 25
    assert any("Capped at" in limit and "decide now" in limit for limit in report.limits), report.limits


def test_a_session_without_limits_has_no_deduction_line():
    session = Session("drill_for_saturday")
    session.say("What's the job you need it for?")
    session.end()
    report = session.report()
    assert not report.limits and report.deducted == 0 and deduction_row(report) is None
    live = [c for c in report.criteria if c.applies]
    assert sum(c.score for c in live) - report.deducted == report.total


def test_whole_points_never_pass_their_maximum_and_add_up_whatever_the_split():
    import random

    rng = random.Random(7)
    for _ in range(3000):
        weights = [rng.uniform(2, 30) for _ in range(rng.randint(3, 11))]
        maxima = [100 * w / sum(weights) for w in weights]
        scores = [m if rng.random() < 0.6 else m * rng.uniform(0.5, 0.999) for m in maxima]
        total = int(round(sum(scores)))
        shown = whole_points([_crit(str(k), s, m) for k, (s, m) in enumerate(zip(scores, maxima))], total)
        assert all(c.score <= c.maximum for c in shown), [(c.score, c.maximum) for c in shown]
        assert sum(c.score for c in shown) == total and sum(c.maximum for c in shown) == 100


def test_a_trainee_who_typed_every_line_is_not_told_about_best_moves_chosen():
    # round X: "You chose the best move at 0 of 1 turns, so the total is scaled by 0.66" in a game with no option picked
    import json
    from pathlib import Path

    from coursekit.sim import play_typed

    game = json.loads((Path(__file__).parent / "data" / "typed_games" / "X11.json").read_text(encoding="utf-8"))
    report = play_typed(game["scenario"], game["answers"], seed=game["seed"]).report()
    assert report.limits and not any("best move" in limit for limit in report.limits), report.limits
    assert any("does not forgive, so the total is scaled by" in limit for limit in report.limits), report.limits
