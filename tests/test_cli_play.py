"""`coursekit scenarios` and `coursekit play`, in-process and as a real command."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from coursekit.cli import main
from coursekit.sim.scenario import builtin_paths


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_scenarios_json_lists_every_builtin(capsys):
    code, out, _ = _run(capsys, "scenarios", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["id"] for r in rows] == sorted(p.stem for p in builtin_paths())
    for row in rows:
        assert {"id", "title", "temperament", "need_levels", "objections"} <= set(row)


def test_scenarios_text(capsys):
    code, out, _ = _run(capsys, "scenarios")
    assert code == 0 and "drill_for_saturday" in out and "impatient" in out


@pytest.mark.parametrize("mode,check", [("best", lambda t: t >= 80), ("worst", lambda t: t <= 40)])
def test_play_auto_json(capsys, mode, check):
    code, out, _ = _run(capsys, "play", "dairy_pump_seals", "--auto", mode, "--json")
    assert code == 0
    data = json.loads(out)
    assert {"transcript", "score", "outcome"} <= set(data)
    assert check(data["score"]["total"])
    assert isinstance(data["score"]["criteria"], list) and data["score"]["criteria"]
    assert data["transcript"][0]["speaker"] == "customer"
    assert {t["speaker"] for t in data["transcript"]} == {"customer", "trainee"}


def test_play_answers_file_options_and_free_text(capsys, tmp_path):
    answers = tmp_path / "answers.txt"
    answers.write_text("#1\nWhat are the shelves for, and by when do they need to be up?\n#999\n", encoding="utf-8")
    code, out, _ = _run(capsys, "play", "drill_for_saturday", "--answers", str(answers), "--json", "--seed", "2")
    assert code == 0
    data = json.loads(out)
    trainee = [t for t in data["transcript"] if t["speaker"] == "trainee"]
    assert trainee[0]["option"] == 1
    assert trainee[1]["option"] is None and trainee[1]["text"].startswith("What are the shelves")
    assert len(trainee) == 2, "#999 is a note, not a turn"
    assert data["notes"] and "999" in data["notes"][0]["note"]
    assert data["outcome"] == "open", "the answers ran out before a decision"


def test_play_skips_blank_lines_as_the_widget_ignores_an_empty_send(capsys, tmp_path):
    """A blank line in an answers file is not a turn: same transcript as without it, as in the widget."""
    from coursekit.widgets.dialogue import SimulationWidget

    turns = ["What would make Saturday a success for you?", "#1"]
    plain, blank = tmp_path / "plain.txt", tmp_path / "blank.txt"
    plain.write_text("\n".join(turns) + "\n", encoding="utf-8")
    blank.write_text("\n" + turns[0] + "\n   \n\t\n" + turns[1] + "\n\n", encoding="utf-8")
    transcripts = []
    for path in (plain, blank):
        code, out, _ = _run(capsys, "play", "drill_for_saturday", "--answers", str(path), "--json")
        assert code == 0
        transcripts.append(json.loads(out)["transcript"])
    assert transcripts[0] == transcripts[1]
    assert sum(t["speaker"] == "trainee" for t in transcripts[1]) == 2

    widget = SimulationWidget("drill_for_saturday")
    for text in ["", "   ", turns[0]]:
        widget.text.value = text
        widget._on_send()
    assert [line.text for line in widget.session.transcript if line.speaker == "trainee"] == [turns[0]]


def test_play_bad_turns_file_never_crashes(capsys, tmp_path):
    answers = tmp_path / "bad.txt"
    lines = ["", "<script>alert(1)</script>", "¿Qué tal? Quiero comprar algo.", "我想买一台机器", "#999", "x" * 20000]
    answers.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = _run(capsys, "play", "pharmacy_monitor", "--answers", str(answers), "--json")
    assert code == 0 and "Traceback" not in err
    data = json.loads(out)
    customer = [t["text"] for t in data["transcript"] if t["speaker"] == "customer"]
    assert len(customer) >= 5 and all(customer)


def test_play_readable_transcript(capsys):
    code, out, _ = _run(capsys, "play", "haulage_fuel", "--auto", "best")
    assert code == 0
    assert "CUSTOMER:" in out and re.search(r"YOU \[#\d\]:", out) and "Outcome: won" in out and "Score:" in out


def test_play_scenario_file(capsys):
    from pathlib import Path

    example = Path(__file__).resolve().parent.parent / "docs" / "example_scenario.yaml"
    code, out, _ = _run(capsys, "play", str(example), "--auto", "best", "--json")
    assert code == 0 and json.loads(out)["outcome"] == "won"


@pytest.mark.parametrize("argv,needle", [
    (["play", "no_such_scenario"], "unknown scenario"),
    (["play", "drill_for_saturday", "--answers", "/no/such/answers.txt"], "answers file not found"),
    (["play", "missing/scenario.yaml", "--auto", "best"], "no scenario file"),
])
def test_play_errors_are_one_line_exit_2(capsys, argv, needle):
    code, out, err = _run(capsys, *argv)
    assert code == 2
    assert needle in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_play_invalid_scenario_file(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("kind: scenario\nid: x\n", encoding="utf-8")
    code, _, err = _run(capsys, "play", str(bad), "--auto", "best")
    assert code == 2 and "invalid scenario file" in err and len(err.strip().splitlines()) == 1


def test_play_interactive_from_stdin():
    result = subprocess.run(
        [sys.executable, "-m", "coursekit", "play", "drill_for_saturday"],
        input="hint\n#1\nWhat are the shelves for?\nquit\n", capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "HINT:" in result.stdout and "Outcome:" in result.stdout
    assert "Traceback" not in result.stderr


# -- review item 10: only -h/--help is a successful non-command -------------------------


@pytest.mark.parametrize("argv,code", [(["--help"], 0), (["-h"], 0), (["--bogus"], 2), (["-x", "grade"], 2)])
def test_top_level_options(capsys, argv, code):
    assert main(argv) == code
    out, err = capsys.readouterr()
    if code == 0:
        assert "COMMAND" in out and err == ""
    else:
        assert out == "" and f"coursekit: unknown option {argv[0]!r}" in err


# -- review item 13: trainee text never reaches the terminal raw ------------------------


def test_play_text_mode_escapes_control_characters(capsys, tmp_path):
    answers = tmp_path / "answers.txt"
    answers.write_text("\x1b[2J\x1b]0;owned\x07What do you need the shelves for?\n#1\n", encoding="utf-8")
    code, out, err = _run(capsys, "play", "drill_for_saturday", "--answers", str(answers))
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b[2J\\x1b]0;owned\\x07What do you need" in out


def test_json_and_text_show_whole_points(capsys, tmp_path):
    answers = tmp_path / "answers.txt"
    answers.write_text("#3\nIt's our most popular package. Shall I pencil you in?\n", encoding="utf-8")
    code, out, _ = _run(capsys, "play", "anniversary_lunch", "--answers", str(answers), "--json")
    assert code == 0
    score = json.loads(out)["score"]
    assert isinstance(score["total"], int) and 0 <= score["total"] <= 100
    live = [c for c in score["criteria"] if c["applies"]]
    assert all(isinstance(c["score"], int) and isinstance(c["maximum"], int) for c in score["criteria"])
    assert all({"name", "score", "maximum", "feedback"} <= set(c) for c in score["criteria"])
    # the criteria keep what they earned; what a cap or scaling took off is its own line
    assert sum(c["score"] for c in live) - score["deducted"] == score["total"] and sum(c["maximum"] for c in live) == 100
    code, out, _ = _run(capsys, "play", "anniversary_lunch", "--answers", str(answers))
    assert code == 0 and "Practise next:" in out
    assert not any(".0 /" in line or ".1 /" in line for line in out.splitlines())


def test_a_capped_score_says_why(capsys, tmp_path):
    """A total far below 'dialogue X, scenario Y, blended' names the cap and the turn that caused it."""
    answers = tmp_path / "answers.txt"
    answers.write_text("What's the job you need it for?\nStop whining, you probably drill them wrong. Buy the big one.\n",
                       encoding="utf-8")
    code, out, _ = _run(capsys, "play", "drill_for_saturday", "--answers", str(answers))
    assert code == 0
    score_line = next(i for i, line in enumerate(out.splitlines()) if line.startswith("Score:"))
    assert "Capped at" in out.splitlines()[score_line + 1] and "Stop whining" in out
    taken = [line.split() for line in out.splitlines() if line.strip().endswith("Taken off")]
    assert taken and int(taken[0][0]) < 0, out
    code, out, _ = _run(capsys, "play", "drill_for_saturday", "--answers", str(answers), "--json")
    assert any(limit.startswith("Capped at") for limit in json.loads(out)["score"]["limits"])


def test_lines_after_the_customer_left_are_never_dropped_in_silence(capsys, tmp_path):
    answers = tmp_path / "answers.txt"
    answers.write_text("Stop whining, buy the big one.\nWhatever.\nJust buy it.\nBuy it or leave.\nBye.\nHello?\n"
                       "Are you still there?\nHello?\nHello?\nHello?\n", encoding="utf-8")
    code, out, _ = _run(capsys, "play", "drill_for_saturday", "--answers", str(answers), "--json")
    data = json.loads(out)
    assert code == 0 and data["outcome"] == "lost"
    played = sum(1 for line in data["transcript"] if line["speaker"] == "trainee")
    assert played < 10
    assert any("conversation had ended" in n["note"] and f"{10 - played - 1} later" in n["note"] for n in data["notes"])
