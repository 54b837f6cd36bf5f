"""The simulator and the rubric as an assessment: only skill scores (issue: assessment that measures skill).

The full figures over 50 seeds are printed by bench/bench_assessment.py; these tests check the
same rules on a few seeds so that CI notices when position, luck or gaming starts to pay.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.evaluation import load_jsonl
from coursekit.scoring.text import short
from coursekit.sim import play_auto, play_positional, play_random
from coursekit.sim.scenario import builtin_paths

IDS = [p.stem for p in builtin_paths()]
DATA = Path(__file__).parent / "data"
SEEDS = range(3)
#: Words of advice: a criterion at full marks must not give any.
ADVICE = ("work next", "aim for", "; ask", "ask at least", "try to", "instead", "turn ", "never asked", "too few")


@pytest.mark.parametrize("scenario_id", IDS)
def test_clicking_one_position_or_at_random_scores_low_and_never_wins(scenario_id):
    for seed in SEEDS:
        for session in [play_positional(scenario_id, k, seed) for k in (1, 2, 3, 4)] + [play_random(scenario_id, seed)]:
            report = session.report()
            assert session.outcome != "won" or not session.reached_goal, (seed, report.summary)
            assert report.total <= 40, (seed, report.summary)


@pytest.mark.parametrize("scenario_id", IDS)
def test_options_are_shuffled_per_seed_and_stable_for_a_seed(scenario_id):
    from coursekit.sim import Session

    orders = {tuple(o.say for o in Session(scenario_id, seed=s).options()) for s in range(8)}
    assert len(orders) > 1, "the best option must not always sit at the same place"
    assert Session(scenario_id, seed=5).options() == Session(scenario_id, seed=5).options()


@pytest.mark.parametrize("scenario_id", IDS)
def test_feedback_on_the_best_path_never_asks_to_change_a_best_turn(scenario_id):
    session = play_auto(scenario_id, "best")
    report = session.report()
    best_lines = [line.text for line in session.transcript if line.speaker == "trainee"]
    for c in report.dialogue.criteria:
        if not c.applies:
            continue
        if c.score >= c.maximum - 1e-9:
            assert not any(word in c.feedback for word in ADVICE), (c.id, c.feedback)
        else:
            for line in best_lines:
                assert short(line, 50) not in c.feedback and short(line, 40) not in c.feedback, (c.id, c.feedback)


GAMING = load_jsonl(DATA / "gaming_pairs.jsonl")
RANKED = load_jsonl(DATA / "ranked_pairs.jsonl")


def test_the_gaming_set_covers_the_kinds():
    kinds = {p["kind"] for p in GAMING}
    assert len(GAMING) >= 40 and len(kinds) >= 12, kinds


@pytest.mark.parametrize("pair", GAMING, ids=[p["id"] for p in GAMING])
def test_a_gaming_dialogue_scores_at_most_50(pair):
    assert score_dialogue(pair["gaming"]).total <= 50, score_dialogue(pair["gaming"]).summary


def test_gaming_dialogues_score_far_below_their_well_handled_pair():
    gaps = [score_dialogue(p["good"]).total - score_dialogue(p["gaming"]).total for p in GAMING]
    assert all(g >= 30 for g in gaps), sorted(gaps)[:5]


def test_the_better_dialogue_is_ranked_higher():
    right = sum(1 for p in RANKED if score_dialogue(p["better"]).total > score_dialogue(p["worse"]).total)
    assert right >= 0.95 * len(RANKED), right


def test_a_monologue_is_not_a_conversation():
    turns = [{"speaker": "trainee", "text": t} for t in (
        "What are your goals this year, and how do you measure success?",
        "How do you feel about the partners you trust?",
        "So growth and trust matter most to you - did I understand you correctly?",
        "What else should we look at?")]
    report = score_dialogue(turns)
    assert report.total == 0 and "not a conversation" in report.summary


def test_scenario_question_forms_agree_with_the_coach():
    """Every scripted question's form tag agrees with the course's one definition, as the coach reads it."""
    from coursekit.labels import TECHNIQUES
    from coursekit.scoring import classify_question
    from coursekit.sim import list_scenarios

    wrong = [(s.id, t.id, o.say, o.form) for s in list_scenarios() for t in s.turns.values() for o in t.options
             if o.technique in TECHNIQUES and o.form and classify_question(o.say).form != o.form]
    assert wrong == []
