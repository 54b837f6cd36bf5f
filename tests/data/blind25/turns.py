"""Tiny helpers for the hand-written dialogues.

T(text)          -- a trainee turn
C(text, label)   -- a customer turn with its hand-written objection label
                    (None = not an objection). The label must always be given.
Each pair has an `opener`: the customer line both sides share; it is not labelled
because no trainee turn comes before it.
"""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience",
          "think_it_over", "too_expensive")


def T(text):
    return ("trainee", text, None)


def C(text, label):
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} for {text[:40]!r}")
    return ("customer", text, label)
