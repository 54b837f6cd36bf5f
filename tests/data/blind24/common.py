"""Tiny helpers for the hand-written dialogue data.

T(text)          -> a trainee turn
C(text, label)   -> a customer turn with the hand-written objection label
                    (None = not an objection); labels are checked in build.py.
"""

def T(text):
    return ("trainee", text)


def C(text, label):
    return ("customer", text, label)
