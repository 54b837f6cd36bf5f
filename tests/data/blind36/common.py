"""Helpers for the hand-written blind36 data files.

t(text)          a trainee turn
c(text, label)   a customer turn; the label is compulsory (None = no objection)
gpair(...)       one gaming pair (good side, gaming side)
rpair(...)       one ranked pair (better side, worse side)

The helpers only check and carry what the author wrote; they decide nothing.
"""
from __future__ import annotations

from dataclasses import dataclass

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive")
KINDS = ("monologue", "closing_as_open_question", "pitch_as_paraphrase", "upsell_as_loop_closing",
         "leading_tag_questions", "putdown_question", "not_my_department_or_read_the_terms",
         "social_proof_or_deadline_pressure", "keyword_stuffed", "rude", "ignored_customer",
         "repeated_questions", "wrong_paraphrase", "pitch_to_upset", "blame")


@dataclass(frozen=True)
class Turn:
    speaker: str
    text: str
    label: str | None = None

    def as_json(self) -> dict:
        return {"speaker": self.speaker, "text": self.text}


def t(text: str) -> Turn:
    """A trainee turn."""
    if not text.strip():
        raise ValueError("empty trainee turn")
    return Turn("trainee", text)


def c(text: str, label: str | None) -> Turn:
    """A customer turn with its hand-given objection label (None = no objection)."""
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} for {text!r}")
    if not text.strip():
        raise ValueError("empty customer turn")
    return Turn("customer", text, label)


def _check_side(pid: str, side: str, turns: list[Turn], lo: int, hi: int) -> None:
    if not lo <= len(turns) <= hi:
        raise ValueError(f"{pid}/{side}: {len(turns)} turns, not {lo}-{hi}")
    if turns[0].speaker != "customer":
        raise ValueError(f"{pid}/{side}: the customer must speak first")
    for i in range(1, len(turns)):
        if turns[i].speaker == turns[i - 1].speaker:
            raise ValueError(f"{pid}/{side}: turn {i} does not alternate")


def gpair(pid: str, business: str, kind: str, situation: str, good: list[Turn], gaming: list[Turn]) -> dict:
    if not pid.startswith("b36g_"):
        raise ValueError(pid)
    if kind not in KINDS:
        raise ValueError(f"{pid}: unknown kind {kind}")
    for side, turns in (("good", good), ("gaming", gaming)):
        _check_side(pid, side, turns, 6, 11)
    if good[0] != gaming[0]:
        raise ValueError(f"{pid}: the sides open differently")
    return {"id": pid, "business": business, "kind": kind, "situation": situation,
            "good": good, "gaming": gaming}


def rpair(pid: str, situation: str, better: list[Turn], worse: list[Turn]) -> dict:
    if not pid.startswith("b36r_"):
        raise ValueError(pid)
    for side, turns in (("better", better), ("worse", worse)):
        _check_side(pid, side, turns, 6, 8)
    if better[0] != worse[0]:
        raise ValueError(f"{pid}: the sides open differently")
    return {"id": pid, "situation": situation, "better": better, "worse": worse}
