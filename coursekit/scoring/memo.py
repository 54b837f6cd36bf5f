"""Texts read once: the engine remembers its last readings of a text.

A dialogue's turn is read by several classifiers and criteria (its need level, technique,
moves, whether it objects), so the costly steps (normalising, matching cues, features,
question form) are remembered for the last few thousand texts. `forget()` empties them all,
so a benchmark can time work that nothing was remembered for.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)
_REMEMBERING: list = []


def remembered(maxsize: int = 4096) -> Callable[[F], F]:
    """`functools.lru_cache`, registered so that `forget()` empties it."""
    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _REMEMBERING.append(cached)
        return cached  # type: ignore[return-value]
    return wrap


def forget() -> None:
    """Forget every remembered reading."""
    for cached in _REMEMBERING:
        cached.cache_clear()
