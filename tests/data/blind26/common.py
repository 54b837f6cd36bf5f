"""Tiny helpers for the hand-written blind26 dialogues.

T(text)         -> a trainee turn
C(text, label)  -> a customer turn with its hand-written objection label
                   (None = not an objection). The label is a required argument,
                   so every customer line carries a label chosen by hand; the
                   opening line of each dialogue is stored as `open` and has no label.
"""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience",
          "think_it_over", "too_expensive")


def T(text):
    return ("trainee", text)


def C(text, label):
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} for: {text}")
    return ("customer", text, label)
