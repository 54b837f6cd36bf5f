#!/usr/bin/env python3
"""Structural checks of train24, as its writer promised them (tests/data/line_set_check.py). Exit code 0 = pass."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from line_set_check import QUESTIONS_40, main  # noqa: E402

sys.exit(main(Path(__file__).resolve().parent, QUESTIONS_40))
