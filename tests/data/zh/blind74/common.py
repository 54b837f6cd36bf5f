"""The helpers zh_blind74's writer used to write its data files (tests/data/dialogue_set_common.py)."""
from dialogue_set_common import LABELS, Turn, c, gpair, rpair, t  # noqa: F401
