"""Small helpers for the hand-written blind31 dialogues.

t(text)         -> a trainee turn
c(text, label)  -> a customer turn; the label (None or an objection name) is the writer's own call
                   and is copied into dialogue_objections.jsonl by build.py. The label of a side's
                   opening customer line is never used (no trainee turn comes before it).
"""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive")


def t(text):
    return {"speaker": "trainee", "text": text}


def c(text, label):
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} on: {text[:40]}")
    return {"speaker": "customer", "text": text, "label": label}
