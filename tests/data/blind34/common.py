"""Small helpers for the hand-written blind34 dialogues.

t(text)         -> a trainee turn
c(text, label)  -> a customer turn; `label` is the objection label written by hand for that line
                   (None = no objection). The label of a side's opening line is never used, because
                   no trainee turn comes before it.
"""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive")


def t(text):
    return {"speaker": "trainee", "text": text}


def c(text, label):
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r}")
    return {"speaker": "customer", "text": text, "_label": label}
