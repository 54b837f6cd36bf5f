#!/usr/bin/env python3
"""Structural checks of the train10 set, as its writer promised them (tests/data/line_set_check.py). Exit code 0 = pass."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from line_set_check import main  # noqa: E402

LEVELS = ["product", "service", "experience", "relationship", "success"]
PATTERNS = ["brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive"]
SPEC = {
    "need_levels.jsonl": ({"text", "label"}, "label", dict.fromkeys(LEVELS, 100)),
    "objections.jsonl": ({"text", "label"}, "label", dict.fromkeys(PATTERNS, 30)),
}

sys.exit(main(HERE, SPEC))
