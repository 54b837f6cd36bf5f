"""The scenario kind: built-ins and the documented example validate; cross-checks find graph problems."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from coursekit.labels import NEED_LEVELS, OBJECTION_PATTERNS, TEMPERAMENTS
from coursekit.schema import validate_file
from coursekit.schema.scenario import MOVES
from coursekit.sim.scenario import builtin_paths, list_scenarios

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "example_scenario.yaml"


def test_moves_match_the_scoring_engine():
    from coursekit.scoring import MOVES as SCORING_MOVES

    assert tuple(MOVES) == tuple(SCORING_MOVES)


@pytest.mark.parametrize("path", builtin_paths(), ids=lambda p: p.stem)
def test_builtin_scenarios_validate(path):
    assert validate_file(path) == []


def test_example_validates_and_is_in_the_format_doc():
    assert validate_file(EXAMPLE) == []
    doc = (ROOT / "docs" / "scenario-format.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(.*?)```", doc, re.S).group(1)
    assert block == EXAMPLE.read_text(encoding="utf-8")


def test_at_least_seventeen_builtins_cover_the_brief():
    scenarios = list_scenarios()
    assert len(scenarios) >= 17
    assert {s.temperament for s in scenarios} == set(TEMPERAMENTS)
    assert {lvl for s in scenarios for lvl in s.need_levels} == set(NEED_LEVELS)
    assert {p for s in scenarios for p in s.objection_patterns} == set(OBJECTION_PATTERNS)
    assert {s.market for s in scenarios} == {"b2b", "b2c"}
    assert {"retail", "industrial", "software", "logistics", "pharmacy", "services"} <= {s.sector for s in scenarios}
    assert all(s.id == s.path.stem for s in scenarios)


def test_the_builtins_are_not_one_template():
    """Angry, brush-off and no-need customers, and best paths that differ in shape, not only in words."""
    from coursekit.scoring.moves import is_upset
    from coursekit.sim import play_auto

    scenarios = list_scenarios()
    # customers best left without a sale
    assert sum(1 for s in scenarios if not any(t.goal and t.end == "won" for t in s.turns.values())) >= 2
    # an angry caller: every variant of the first line reads as upset to the course's own coach
    assert any(all(is_upset(line) for line in s.opening) for s in scenarios)
    # customers who push back from their first line (an objection on the table before any question)
    assert sum(1 for s in scenarios if any(o.when == "opening" for o in s.objections)) >= 4
    shapes, objection_turns = set(), set()
    for scenario in scenarios:
        transcript = play_auto(scenario).transcript
        shapes.add(tuple(line.tags for line in transcript if line.speaker == "trainee"))
        customer = [line for line in transcript if line.speaker == "customer"]
        objection_turns.add(next((i for i, line in enumerate(customer) if line.raises), None))
    assert len(shapes) == len(scenarios), "two scenarios' best paths use the same moves in the same order"
    assert len(objection_turns) >= 4, objection_turns  # the objection comes up at different points


def _write(tmp_path, data) -> Path:
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str, after: str | None = None) -> int:
    """The first line holding `needle` (after the first line holding `after`, if given)."""
    started = after is None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        started = started or after in line
        if started and needle in line:
            return number
    raise AssertionError(needle)


@pytest.fixture
def example():
    return yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))


def test_unknown_ids_are_reported_at_their_line(tmp_path, example):
    example["customer"]["temperament"] = "grumpy"
    example["turns"]["ask_why"]["options"][0]["next"] = "nowhere_turn"
    example["turns"]["ask_why"]["options"][0]["reveals"] = ["secret_need"]
    example["turns"]["budget"]["options"][0]["tests"] = "no_such_objection"
    path = _write(tmp_path, example)
    problems = validate_file(path)
    text = "\n".join(map(str, problems))
    assert "grumpy" in text and "nowhere_turn" in text and "secret_need" in text and "no_such_objection" in text
    by_message = {p.message.split(";")[0]: p for p in problems}
    nowhere = next(p for p in problems if "nowhere_turn" in p.message)
    assert nowhere.line == _line_of(path, "next: nowhere_turn")
    assert next(p for p in problems if "secret_need" in p.message).line == _line_of(path, "- secret_need")
    assert next(p for p in problems if "grumpy" in p.message).line == _line_of(path, "temperament: grumpy")
    assert by_message and all(p.file.endswith("broken.yaml") for p in problems)


def test_unreachable_turn_and_dead_end(tmp_path, example):
    example["turns"]["orphan"] = {"options": [
        {"say": "Hello?", "technique": "inquiry", "level": "product", "quality": "good", "reply": "Hi.", "next": "orphan"},
        {"say": "Bye?", "technique": "inquiry", "level": "product", "quality": "bad", "reply": "Bye.", "next": "orphan"},
    ]}
    example["turns"]["stuck"] = {"hint": "nothing here"}
    example["turns"]["answer"]["options"][1]["next"] = "stuck"
    path = _write(tmp_path, example)
    problems = validate_file(path)
    messages = [p.message for p in problems]
    assert any("unreachable turn 'orphan'" in m for m in messages)
    assert any("dead end" in m and "'stuck'" in m for m in messages)
    stuck = next(p for p in problems if "dead end" in p.message and "'stuck'" in p.message)
    assert stuck.line in (_line_of(path, "stuck:"), _line_of(path, "stuck:") + 1)  # the key or its value


def test_cycle_without_an_ending_is_a_dead_end(tmp_path, example):
    for option in example["turns"]["answer"]["options"]:
        option["next"] = "budget"
    for option in example["turns"]["budget"]["options"]:
        option["next"] = "answer"
    path = _write(tmp_path, example)
    messages = [p.message for p in validate_file(path)]
    assert any("dead end: no ending can be reached from turn 'budget'" in m for m in messages)


def test_best_path_must_reach_a_won_ending(tmp_path, example):
    example["turns"]["answer"]["options"][0]["next"] = "lost"
    path = _write(tmp_path, example)
    problems = validate_file(path)
    best = [p for p in problems if "best path" in p.message]
    assert len(best) == 1
    assert best[0].line == _line_of(path, "next: lost", after="  answer:")


def test_option_count_and_end_rules(tmp_path, example):
    example["turns"]["budget"]["options"] = example["turns"]["budget"]["options"][:1]
    example["turns"]["won"]["options"] = example["turns"]["ask_goal"]["options"]
    path = _write(tmp_path, example)
    text = "\n".join(map(str, validate_file(path)))
    assert "at least 2 item(s)" in text
    assert "either an ending" in text


def test_validate_cli_reports_scenario_problems(tmp_path, example, capsys):
    from coursekit.cli import main

    example["turns"]["ask_why"]["options"][0]["next"] = "nowhere_turn"
    path = _write(tmp_path, example)
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert re.search(r"broken\.yaml:\d+:\d+: .*nowhere_turn", err)


# -- review items 8 and 9: one tie rule, one set of constants ---------------------------


def test_one_best_option_rule_for_schema_simulator_and_cli():
    from types import SimpleNamespace

    import coursekit.schema.scenario as schema_scenario
    import coursekit.sim as sim
    import coursekit.sim.scenario as sim_scenario
    from coursekit.schema.scenario import best_option

    assert sim.best_option is best_option and sim_scenario.best_option is best_option
    dicts = [{"quality": "fair"}, {"quality": "good"}, {"quality": "good"}, {"quality": "bad"}, {"quality": "bad"}]
    assert best_option(dicts) == 1 and best_option(dicts, "worst") == 3  # the first on a tie
    objects = [SimpleNamespace(quality=d["quality"]) for d in dicts]
    assert best_option(objects) == 1 and best_option(objects, "worst") == 3
    assert best_option([{"quality": "great"}, {"quality": "poor"}]) == 1  # unknown quality never wins
    assert best_option([{"quality": ["x"]}, {}]) == 0
    with pytest.raises(ValueError):
        best_option(dicts, "random")
    with pytest.raises(ValueError):
        best_option([])
    assert "_best_option" not in vars(schema_scenario)


def test_cli_auto_play_follows_play_auto(capsys):
    import json

    from coursekit.cli import main
    from coursekit.sim import play_auto

    for mode in ("best", "worst"):
        assert main(["play", "haulage_fuel", "--auto", mode, "--json", "--seed", "3"]) == 0
        data = json.loads(capsys.readouterr().out)
        session = play_auto("haulage_fuel", mode, seed=3)
        assert [t.get("option") for t in data["transcript"]] == [line.option for line in session.transcript]
        assert data["outcome"] == session.outcome


def test_constants_are_defined_once():
    import coursekit.exercises.key as key
    import coursekit.exercises.result as result
    import coursekit.gradebook.report as report
    import coursekit.schema.exercise as schema_exercise
    import coursekit.schema.scenario as schema_scenario
    import coursekit.scoring.text as text
    import coursekit.sim.engine as engine
    import coursekit.sim.scenario as sim_scenario

    assert sim_scenario.QUALITIES is schema_scenario.QUALITIES
    assert sim_scenario.OUTCOMES is schema_scenario.OUTCOMES
    assert sim_scenario.QUALITY_RANK is schema_scenario.QUALITY_RANK
    assert key.QUESTION_TYPES is schema_exercise.QUESTION_TYPES
    assert engine.MAX_TURN_CHARS is text.MAX_CHARS
    assert result._number is report._num is text.plain_number
    assert report.printable is text.printable
    assert text.plain_number(2.0) == "2" and text.plain_number(1.504) == "1.5"


def test_keywords_and_resolves_with_are_optional_lists_of_words(tmp_path, example):
    assert validate_file(_write(tmp_path, example)) == []
    example["needs"][0]["keywords"] = "coffee"
    example["objections"][0]["resolves_with"] = []
    fields = {p.field for p in validate_file(_write(tmp_path, example))}
    assert any("keywords" in f for f in fields) and any("resolves_with" in f for f in fields)
