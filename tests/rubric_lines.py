"""One line read as the rubric reads it, for the round tests (`test_rubric_*_round.py`): a trainee line's moves and
what a customer line says by one of its reader's named patterns."""
from __future__ import annotations

from coursekit.scoring import analyse_turn
from coursekit.scoring.exchange import parse_turns
from coursekit.scoring.readers import reader
from coursekit.scoring.text import normalise


def moves_of(code: str, text: str) -> frozenset[str]:
    """The moves of a trainee line in its language ("en", "es", "zh")."""
    return frozenset(analyse_turn(text).moves) if code == "en" else reader(code).read_turn(normalise(text))[1]


def customer_says(key: str, line: str) -> bool:
    """Whether a customer line, said on its own, reads as the named pattern of its language's reader."""
    turn = parse_turns([{"speaker": "customer", "text": line}])[0]
    return turn.reader.says(key, turn.said_lower or turn.text_lower)


def conversation(*lines: str) -> list[dict]:
    """A conversation from lines that alternate, the customer's first."""
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": line} for i, line in enumerate(lines)]
