"""Exercise answer keys: the `exercise` schema kind and the key loader."""
from __future__ import annotations

import textwrap

import pytest

from coursekit.exercises import UnknownExerciseError, list_exercises, load_key
from coursekit.exercises.key import KEY_DIR
from coursekit.schema import DataFileError, load_file, validate_file

GOOD = """\
kind: exercise
id: ex_demo
title: Demo
topic: need_levels
questions:
  - id: q1
    type: choice
    points: 1
    prompt: Which level?
    options: [product, service]
    answer: service
    explanation: Because.
  - id: q2
    type: set
    points: 2
    prompt: Which ones?
    options: [a, b, c]
    answer: [a, c]
    explanation: Because.
  - id: q3
    type: order
    points: 1
    prompt: Order them.
    options: [b, a]
    answer: [a, b]
    explanation: Because.
  - id: q4
    type: free_text
    points: 2
    topic: questioning
    prompt: Ask.
    spec: {form: open, level: service, no_pitch: true}
    answer: What happens when a delivery is late?
    explanation: Because.
"""


def write(tmp_path, text: str):
    path = tmp_path / "ex_demo.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def messages(tmp_path, text: str) -> list[str]:
    return [f"{p.line}:{p.field}: {p.message}" for p in validate_file(write(tmp_path, text))]


def test_valid_key_has_no_problems(tmp_path):
    assert messages(tmp_path, GOOD) == []
    data = load_file(write(tmp_path, GOOD), kind="exercise")
    assert [q["id"] for q in data["questions"]] == ["q1", "q2", "q3", "q4"]


def test_every_shipped_key_is_valid():
    ids = list_exercises()
    assert "ex01_need_levels" in ids
    for exercise_id in ids:
        assert validate_file(KEY_DIR / f"{exercise_id}.yaml") == [], exercise_id
        assert load_key(exercise_id).id == exercise_id


def test_duplicate_question_ids_are_reported_with_their_line(tmp_path):
    found = messages(tmp_path, GOOD.replace("id: q2", "id: q1"))
    assert any("duplicate id 'q1'" in m for m in found), found
    line = GOOD.splitlines().index("  - id: q2") + 1
    assert any(m.startswith(f"{line}:") for m in found), found


def test_choice_answer_must_be_an_option(tmp_path):
    found = messages(tmp_path, GOOD.replace("answer: service", "answer: succes"))
    assert any("'succes' is not one of the options" in m for m in found), found


def test_set_answer_outside_options(tmp_path):
    found = messages(tmp_path, GOOD.replace("answer: [a, c]", "answer: [a, z]"))
    assert any("not among the options: z" in m for m in found), found


def test_order_answer_must_use_every_option(tmp_path):
    bad = GOOD.replace("options: [b, a]", "options: [b, a, c]")
    found = messages(tmp_path, bad)
    assert any("left out: c" in m for m in found), found


def test_points_must_be_positive(tmp_path):
    found = messages(tmp_path, GOOD.replace("points: 2\n    prompt: Which ones?", "points: 0\n    prompt: Which ones?"))
    assert any("must be at least 1" in m for m in found), found


def test_free_text_needs_a_spec(tmp_path):
    bad = GOOD.replace("    spec: {form: open, level: service, no_pitch: true}\n", "")
    found = messages(tmp_path, bad)
    assert any("needs a 'spec'" in m for m in found), found


def test_free_text_spec_uses_label_ids(tmp_path):
    found = messages(tmp_path, GOOD.replace("level: service", "level: servise"))
    assert any("did you mean 'service'" in m for m in found), found


def test_spec_only_on_free_text(tmp_path):
    bad = GOOD.replace("    options: [product, service]\n", "    options: [product, service]\n    spec: {form: open}\n")
    found = messages(tmp_path, bad)
    assert any("only free_text questions take a 'spec'" in m for m in found), found


def test_question_id_must_be_a_python_name(tmp_path):
    for bad_id in ("class", "exercise_id", "2q", "Q-1"):
        found = messages(tmp_path, GOOD.replace("id: q3", f"id: '{bad_id}'"))
        assert any("must be a lower-case Python name" in m for m in found), (bad_id, found)


def test_unknown_topic_is_reported(tmp_path):
    found = messages(tmp_path, GOOD.replace("topic: questioning", "topic: questionning"))
    assert any("unknown topic 'questionning'" in m and "did you mean 'questioning'" in m for m in found), found


def test_load_file_raises_listing_problems(tmp_path):
    with pytest.raises(DataFileError) as err:
        load_file(write(tmp_path, GOOD.replace("type: set", "type: sets")), kind="exercise")
    assert "unknown question type 'sets'" in str(err.value)


def test_unknown_exercise_id_names_the_known_ones():
    with pytest.raises(UnknownExerciseError) as err:
        load_key("ex99_nothing")
    assert "ex99_nothing" in str(err.value) and "ex01_need_levels" in str(err.value)
    with pytest.raises(UnknownExerciseError):
        load_key("../exercises/ex01_need_levels")


def test_loaded_key_carries_topics_and_points():
    key = load_key("ex01_need_levels")
    assert key.max_score == sum(q.points for q in key.questions)
    assert key.question("q1").topic == "service"
    assert key.question("q7").topic == "need_levels"
    assert key.question("q8").spec == {"form": "open", "level": "service", "no_pitch": True}


def test_key_id_must_match_its_file_name(tmp_path):
    path = tmp_path / "ex_other.yaml"
    path.write_text(GOOD, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_key("ex_other", key_dir=tmp_path)
    assert str(err.value) == f"{path}:2:5: id: id 'ex_demo' must match the file name 'ex_other'"
    write(tmp_path, GOOD)
    assert load_key("ex_demo", key_dir=tmp_path).question_ids == ("q1", "q2", "q3", "q4")
