#!/usr/bin/env python3
"""Write conversations.jsonl and dialogue_objections.jsonl of train23 from its data files (tests/data/conversation_set_build.py)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from conversation_set_build import main  # noqa: E402

main(HERE, "t23")
