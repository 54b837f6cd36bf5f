#!/usr/bin/env python3
"""Structural checks of the blind21 set, as its writer promised them (tests/data/line_set_check.py). Exit code 0 = pass."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from line_set_check import main  # noqa: E402

# written as 40 lines per need level, 30 per technique and per objection pattern (src/build.py); 13 lines
# that also occur in other sets (one need line, four objections, eight questions such as "Is it Mr or Ms?")
# were removed before measuring
SPEC = {
    "need_levels.jsonl": ({"text", "label"}, "label", dict.fromkeys(["product", "service", "experience", "relationship", "success"], 40) | {"service": 39}),
    "questions.jsonl": ({"text", "technique", "form"}, "technique", {"inquiry": 28, "confirming": 29, "identifying": 26, "descriptive": 30, "clarifying": 30, "satisfaction": 30, "additional": 28}),
    "objections.jsonl": ({"text", "label"}, "label", dict.fromkeys(["brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive"], 30) | {"no_need": 29, "think_it_over": 29, "too_expensive": 29}),
}

sys.exit(main(HERE, SPEC))
