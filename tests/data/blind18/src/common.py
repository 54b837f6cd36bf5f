"""Tiny helpers for writing dialogues by hand.

T(text)          -> a trainee turn
C(text, label)   -> a customer turn that follows a trainee turn; label is written by hand
                    (one of LABELS or None). The opening customer line of every pair is
                    stored separately as `opening` and has no label.
"""
LABELS = {"brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over",
          "too_expensive", None}


def T(text):
    return ("trainee", text, "-")


def C(text, label):
    if label not in LABELS:
        raise ValueError(f"bad label {label!r} for: {text}")
    return ("customer", text, label)
