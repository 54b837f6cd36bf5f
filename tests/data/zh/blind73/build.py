#!/usr/bin/env python3
"""Write the three JSONL files of zh_blind73 from the hand-written data files (tests/data/dialogue_set_build.py: it
copies turns and hand-written labels, it decides nothing)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parents[1]))

import data_gaming_a, data_gaming_b, data_gaming_c  # noqa: E402
import data_ranked_d, data_ranked_f  # noqa: E402
from dialogue_set_build import build  # noqa: E402

if __name__ == "__main__":
    build(HERE, data_gaming_a.PAIRS + data_gaming_b.PAIRS + data_gaming_c.PAIRS, data_ranked_d.PAIRS + data_ranked_f.PAIRS)
