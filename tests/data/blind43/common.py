"""Helpers for writing the blind43 dialogues by hand. Nothing here decides a label."""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience",
          "think_it_over", "too_expensive")


def t(text):
    """A trainee (staff) turn."""
    return {"speaker": "trainee", "text": text, "label": None}


def c(text, label):
    """A customer turn; the label is compulsory (None = no objection)."""
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} for: {text}")
    return {"speaker": "customer", "text": text, "label": label}


def gpair(pid, business, kind, situation, opening, good, gaming):
    """A gaming pair: both sides open with the same customer line `opening`."""
    return {"id": pid, "business": business, "kind": kind, "situation": situation,
            "good": [opening] + list(good), "gaming": [opening] + list(gaming)}


def rpair(pid, situation, opening, better, worse):
    """A ranked pair: both sides open with the same customer line `opening`."""
    return {"id": pid, "situation": situation,
            "better": [opening] + list(better), "worse": [opening] + list(worse)}
