"""Helpers for the hand-written blind27 dialogues.

t(text)         -> a trainee turn
c(text, label)  -> a customer turn with its hand-written objection label (None or one of LABELS);
                   the label argument is required so that no customer line goes unlabelled.
Each pair's opening customer line is kept once in "open" and put in front of both sides by build.py.
"""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive")


def t(text):
    return ("trainee", text, None)


def c(text, label):
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} on customer line {text!r}")
    return ("customer", text, label)
