#!/usr/bin/env python3
"""Structural checks of the blind88 set, as its writer promised them (tests/data/line_set_check.py). Exit code 0 = pass."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from line_set_check import main  # noqa: E402

# written to SPEC.md's counts; none of its lines was already in the training data
SPEC = {
    "need_levels.jsonl": ({"text", "label"}, "label", dict.fromkeys(["product", "service", "experience", "relationship", "success"], 40)),
    "questions.jsonl": ({"text", "technique", "form"}, "technique", dict.fromkeys(["inquiry", "confirming", "identifying", "descriptive", "clarifying", "satisfaction", "additional"], 30)),
    "objections.jsonl": ({"text", "label"}, "label", dict.fromkeys(["brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive"], 30)),
}

sys.exit(main(HERE, SPEC))
