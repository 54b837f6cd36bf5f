"""Short names for the labels, used by train23's data files (tests/data/conversation_set_labels.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from conversation_set_labels import BE, BO, C, LABELS, N, NM, NN, NT, T, TE, TI  # noqa: E402,F401
