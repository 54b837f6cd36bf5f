#!/usr/bin/env python3
"""Structural checks of the zh_blind68 set, as its writer promised them (tests/data/dialogue_set_check.py). Exit code 0 = pass."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from dialogue_set_check import main  # noqa: E402

sys.exit(main(HERE, prefix="zhb68", gaming=30, ranked=20, gaming_turns=(6, 11), ranked_turns=(6, 8), objections=True))
