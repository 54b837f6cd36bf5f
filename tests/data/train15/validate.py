#!/usr/bin/env python3
"""Structural checks of train15, as its writer promised them (tests/data/conversation_set_check.py). Exit code 0 = pass."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from conversation_set_check import main  # noqa: E402

main(HERE, "t15")
