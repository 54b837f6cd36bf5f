"""The one schema: good files pass, bad files name the file, line, field and what was expected."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coursekit.knowledge import KNOWLEDGE_DIR, knowledge_files
from coursekit.schema import DataFileError, load_file, validate_file

GOOD_ENTRY = """\
  - id: {id}
    name: {name}
    description: A description in the course's words.
    signals:
      - a signal
    coaching: What to do.
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def need_levels_yaml(ids=("product", "service", "experience", "relationship", "success")) -> str:
    body = "".join(GOOD_ENTRY.format(id=i, name=i.title()) for i in ids)
    return f"kind: need_levels\ntitle: Levels\nentries:\n{body}"


def run_validate(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coursekit", "validate", *map(str, paths)],
                          capture_output=True, text=True)


@pytest.mark.parametrize("path", knowledge_files(), ids=lambda p: p.name)
def test_shipped_knowledge_files_are_valid(path):
    assert validate_file(path) == []


def test_a_well_formed_file_passes(tmp_path):
    assert validate_file(write(tmp_path, "levels.yaml", need_levels_yaml())) == []


def test_unknown_id_is_reported_at_its_line_with_a_suggestion(tmp_path):
    text = need_levels_yaml().replace("id: service", "id: servise")
    problems = validate_file(write(tmp_path, "levels.yaml", text))
    (first,) = [p for p in problems if p.field == "entries[1].id"]
    assert first.file.endswith("levels.yaml")
    assert first.line == text.splitlines().index("  - id: servise") + 1
    assert first.field == "entries[1].id"
    assert "did you mean 'service'" in first.message
    missing = [p for p in problems if "missing entries" in p.message]
    assert missing and "service" in missing[0].message


def test_wrong_type_names_the_field_and_the_expected_type(tmp_path):
    text = need_levels_yaml().replace("    signals:\n      - a signal\n", "    signals: 3\n", 1)
    (problem,) = validate_file(write(tmp_path, "levels.yaml", text))
    assert problem.field == "entries[0].signals"
    assert "expected a list of signals, found a whole number" in problem.message
    assert problem.line == 7


def test_missing_required_field_and_unknown_field(tmp_path):
    text = need_levels_yaml().replace("    coaching: What to do.\n", "    coachng: What to do.\n", 1)
    problems = validate_file(write(tmp_path, "levels.yaml", text))
    messages = [p.message for p in problems]
    assert any("missing required field 'coaching'" in m for m in messages)
    assert any("unknown field 'coachng'" in m and "did you mean 'coaching'" in m for m in messages)


def test_yaml_syntax_error_gives_line_and_column(tmp_path):
    path = write(tmp_path, "broken.yaml", "kind: need_levels\ntitle: [unclosed\nentries: []\n")
    (problem,) = validate_file(path)
    assert problem.message.startswith("YAML syntax error")
    assert problem.line is not None and problem.line >= 2 and problem.column is not None


def test_toml_syntax_error_gives_line_and_column(tmp_path):
    path = write(tmp_path, "broken.toml", 'kind = "need_levels"\ntitle = \n')
    (problem,) = validate_file(path)
    assert problem.message.startswith("TOML syntax error")
    assert problem.line == 2


def test_toml_and_json_files_are_checked_by_the_same_schema(tmp_path):
    toml = write(tmp_path, "levels.toml", 'kind = "need_levels"\ntitle = "Levels"\nentries = []\n')
    (problem,) = validate_file(toml)
    assert problem.field == "entries" and "at least 1" in problem.message and problem.line == 3
    json_file = write(tmp_path, "levels.json", '{"kind": "need_levelz"}')
    (problem,) = validate_file(json_file)
    assert "unknown kind 'need_levelz'" in problem.message


def test_duplicate_yaml_keys_are_reported(tmp_path):
    path = write(tmp_path, "dup.yaml", "kind: need_levels\ntitle: A\ntitle: B\nentries: []\n")
    (problem,) = validate_file(path)
    assert problem.line == 3 and "duplicate key 'title'" in problem.message


@pytest.mark.parametrize("content, expected", [
    (b"", "the file is empty"),
    (b"   \n\n", "the file is empty"),
    (b"\xff\xfe\x00bad", "not UTF-8"),
    (b"- just\n- a list\n", "expected a mapping at the top"),
    (b"title: no kind\n", "missing 'kind:'"),
    (b"kind: need_levels\ntitle: x\nentries: []\n", "at least 1 item"),
    (b"kind: [1, 2]\n", "unknown kind"),
])
def test_unreadable_or_odd_files_give_a_message_not_a_traceback(tmp_path, content, expected):
    path = tmp_path / "odd.yaml"
    path.write_bytes(content)
    problems = validate_file(path)
    assert problems and expected in problems[0].message


def test_missing_file_and_unsupported_type(tmp_path):
    assert "no such file" in validate_file(tmp_path / "nope.yaml")[0].message
    assert "unsupported file type" in validate_file(write(tmp_path, "notes.txt", "hi"))[0].message


def test_load_file_raises_one_error_listing_every_problem(tmp_path):
    text = need_levels_yaml().replace("id: service", "id: servise").replace("name: Success", "name: ''")
    with pytest.raises(DataFileError) as caught:
        load_file(write(tmp_path, "levels.yaml", text))
    assert len(caught.value.problems) >= 2
    assert "levels.yaml:" in str(caught.value)


def test_validate_command_passes_on_the_shipped_files():
    result = run_validate()
    assert result.returncode == 0, result.stderr
    assert "file(s) ok" in result.stdout


def test_validate_command_names_file_and_line_and_exits_non_zero(tmp_path):
    good = write(tmp_path, "good.yaml", need_levels_yaml())
    bad = write(tmp_path, "bad.yaml", need_levels_yaml().replace("id: success", "id: sucess"))
    result = run_validate(good, bad)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    line = need_levels_yaml().splitlines().index("  - id: success") + 1
    assert f"bad.yaml:{line}:" in result.stderr and "entries[4].id" in result.stderr
    assert "good.yaml: ok" in result.stdout


def test_validate_command_checks_a_folder(tmp_path):
    shutil.copy(KNOWLEDGE_DIR / "need_levels.yaml", tmp_path / "need_levels.yaml")
    write(tmp_path, "broken.yaml", "kind: need_levels\n  bad: indent\n")
    result = run_validate(tmp_path)
    assert result.returncode == 1
    assert "broken.yaml:" in result.stderr and "YAML syntax error" in result.stderr
    assert "need_levels.yaml: ok" in result.stdout


def test_json_problems_point_at_the_nested_line(tmp_path):
    lines = need_levels_yaml().replace("id: servise", "id: service")
    import yaml

    data = yaml.safe_load(lines)
    data["entries"][3]["signals"] = "not a list"
    import json

    path = write(tmp_path, "levels.json", json.dumps(data, indent=2))
    (problem,) = validate_file(path)
    text_lines = path.read_text().splitlines()
    assert problem.field == "entries[3].signals"
    assert '"signals": "not a list"' in text_lines[problem.line - 1]


def test_toml_problems_point_at_the_nested_line(tmp_path):
    entries = "".join(
        f'[[entries]]\nid = "{i}"\nname = "{i}"\ndescription = "d"\nsignals = [\n  "s",\n]\ncoaching = "c"\n\n'
        for i in ("product", "service", "experience", "relationship", "success"))
    text = 'kind = "need_levels"\ntitle = "Levels"\n\n' + entries.replace('id = "experience"', 'id = "experiense"')
    path = write(tmp_path, "levels.toml", text)
    problem = next(p for p in validate_file(path) if p.field == "entries[2].id")
    assert path.read_text().splitlines()[problem.line - 1] == 'id = "experiense"'


@pytest.mark.parametrize("content, expected", [
    ("kind: need_levels\na: &x [*x]\n", "refers to itself"),
    ("kind: " + "[" * 200 + "]" * 200 + "\n", "nested too deeply"),
    ("a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
     "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
     "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\nkind: need_levels\n", "expands to more than"),
])
def test_self_referencing_deep_or_exploding_yaml_is_refused_with_a_message(tmp_path, content, expected):
    (problem,) = validate_file(write(tmp_path, "odd.yaml", content))
    assert expected in problem.message


@pytest.mark.parametrize("name, content", [
    ("deep.toml", "kind = " + "[" * 5000 + "]" * 5000 + "\n"),
    ("deep.json", "[" * 100000 + "]" * 100000),
])
def test_deeply_nested_toml_and_json_are_refused_with_a_message(tmp_path, name, content):
    (problem,) = validate_file(write(tmp_path, name, content))
    assert "nested too deeply" in problem.message
