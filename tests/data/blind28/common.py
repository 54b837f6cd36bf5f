"""Small helpers for the hand-written blind28 dialogues.

t(text)          a trainee turn
c(text, label)   a customer turn that follows a trainee turn; the label must be given (None = no objection)
The first customer line of each pair is given once as the pair's `opening` and build.py puts it at
the head of both sides.
"""

NONE = None
BRUSH = "brush_off"
NO_NEED = "no_need"
NO_MONEY = "no_money"
NO_TIME = "no_time"
BAD_EXP = "bad_experience"
THINK = "think_it_over"
PRICEY = "too_expensive"

LABELS = (NONE, BRUSH, NO_NEED, NO_MONEY, NO_TIME, BAD_EXP, THINK, PRICEY)


def t(text):
    return {"speaker": "trainee", "text": text}


def c(text, label):
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} for {text[:40]!r}")
    return {"speaker": "customer", "text": text, "label": label}
