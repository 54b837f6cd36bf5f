"""Small helpers for the hand-written blind29 dialogues.

t(text)         -> a trainee turn
c(text, label)  -> a customer turn; label is the objection label (None = no objection).
                   The opening customer line of a side has no trainee turn before it, so its
                   label is never used (write None).
"""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive")


def t(text):
    return {"speaker": "trainee", "text": text}


def c(text, label):
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} for {text[:40]!r}")
    return {"speaker": "customer", "text": text, "label": label}
