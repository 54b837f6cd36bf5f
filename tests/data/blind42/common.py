"""Helpers for the hand-written blind42 dialogues. Nothing here writes text or decides labels."""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive")


def t(text):
    """A trainee (staff) turn."""
    return {"speaker": "trainee", "text": text}


def c(text, label):
    """A customer turn with its hand-given objection label (None = no objection)."""
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} for {text[:40]!r}")
    return {"speaker": "customer", "text": text, "label": label}


def gpair(pid, business, kind, situation, opening, good, gaming):
    """A gaming pair; `opening` is the shared first customer turn, `good`/`gaming` the turns after it."""
    return {"id": pid, "business": business, "kind": kind, "situation": situation,
            "good": [opening] + list(good), "gaming": [opening] + list(gaming)}


def rpair(pid, situation, opening, better, worse):
    """A ranked pair; `opening` is the shared first customer turn."""
    return {"id": pid, "situation": situation,
            "better": [opening] + list(better), "worse": [opening] + list(worse)}
