#!/usr/bin/env python3
"""Structural checks of the train14 set, as its writer promised them (tests/data/line_set_check.py). Exit code 0 = pass."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from line_set_check import main  # noqa: E402

# written as 50 questions per technique (build.py, from lines/); one that also occurs in a held-out set
# ("Is there anything else I can help you with today?") was removed when the set joined the training data
SPEC = {
    "questions.jsonl": ({"text", "technique", "form"}, "technique",
                        dict.fromkeys(["inquiry", "confirming", "identifying", "descriptive", "clarifying", "satisfaction", "additional"], 50)
                        | {"additional": 49}),
}

sys.exit(main(HERE, SPEC))
