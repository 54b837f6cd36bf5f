"""Every hand-written dialogue set is well formed: a corrupt line would silently change the rubric's figures."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
sys.path.insert(0, str(DATA))
from dialogue_set_check import PAIR_FILES, check_objections, check_pairs  # noqa: E402

PAIRS = sorted(p for name in PAIR_FILES for p in DATA.rglob(name))
#: Sets written to the spec of blind13 onwards: the customer first, alternating, the same opening line.
SPEC_SETS = {DATA / f"blind{n}" for n in range(13, 19)}
#: Sets whose customer lines were labelled by their own writers (sources name the folder).
SELF_LABELLED = sorted(p.parent for p in DATA.glob("blind1[4-9]/dialogue_objections.jsonl"))


def test_the_sets_are_found() -> None:
    assert len(PAIRS) >= 30 and len(SELF_LABELLED) >= 3


@pytest.mark.parametrize("path", PAIRS, ids=[str(p.relative_to(DATA)) for p in PAIRS])
def test_pairs_are_well_formed_conversations(path: Path) -> None:
    assert check_pairs(path, strict=path.parent in SPEC_SETS) == []


@pytest.mark.parametrize("folder", SELF_LABELLED, ids=[p.name for p in SELF_LABELLED])
def test_every_customer_line_is_labelled_once(folder: Path) -> None:
    assert check_objections(folder, folder.name) == []


VALIDATORS = sorted(DATA.glob("*/validate.py"))


@pytest.mark.parametrize("script", VALIDATORS, ids=[p.parent.name for p in VALIDATORS])
def test_each_set_passes_its_writers_own_checks(script: Path, tmp_path: Path) -> None:
    """Every set's own validator still passes, run from anywhere (a set edited by hand can break it)."""
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def test_the_line_set_check_catches_a_bad_label_a_duplicate_and_a_wrong_count(tmp_path: Path) -> None:
    from line_set_check import check
    rows = [{"text": "It keeps dropping calls.", "label": "service"}, {"text": "it keeps  dropping calls.", "label": "product"},
            {"text": "Too dear.", "label": "cheap"}]
    (tmp_path / "need_levels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    problems = check(tmp_path, {"need_levels.jsonl": ({"text", "label"}, "label", {"service": 1, "product": 2})})
    assert any("the same text" in p for p in problems)
    assert any("'cheap' is not one of" in p for p in problems)
    assert any("'product' has 1 lines, expected 2" in p for p in problems)
