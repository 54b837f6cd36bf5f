"""Helpers for the hand-written blind38 set. Every line and label is written by hand in the data files."""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive")


def t(text):
    """A trainee turn."""
    return {"speaker": "trainee", "text": text}


def c(text, label):
    """A customer turn; the label is compulsory (None = no objection) and must be a known label."""
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} for customer line {text!r}")
    return {"speaker": "customer", "text": text, "_label": label}


def gpair(short, business, kind, situation, good, gaming):
    return {"id": "b38g_" + short, "business": business, "kind": kind, "situation": situation,
            "good": list(good), "gaming": list(gaming)}


def rpair(short, situation, better, worse):
    return {"id": "b38r_" + short, "situation": situation, "better": list(better), "worse": list(worse)}
