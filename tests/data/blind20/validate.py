#!/usr/bin/env python3
"""Structural checks of the blind20 set, as its writer promised them (tests/data/line_set_check.py). Exit code 0 = pass."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from line_set_check import main  # noqa: E402

# written as 40 lines per need level and 20 per objection pattern; three think_it_over lines that also
# occur in other sets were removed before measuring
SPEC = {
    "need_levels.jsonl": ({"text", "label"}, "label", dict.fromkeys(["product", "service", "experience", "relationship", "success"], 40)),
    "objections.jsonl": ({"text", "label"}, "label", dict.fromkeys(["brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive"], 20) | {"think_it_over": 17}),
}

sys.exit(main(HERE, SPEC))
