"""Small helpers for the blind32 dialogue data (written by hand; nothing here decides a label)."""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive")


def first(text):
    """The customer's opening line, shared by both sides of a pair. It follows no trainee turn, so it carries no label."""
    return {"speaker": "customer", "text": text, "opening": True}


def t(text):
    """A trainee turn."""
    return {"speaker": "trainee", "text": text}


def c(text, label):
    """A customer turn that answers a trainee turn; the objection label (or None) must be given."""
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} on: {text}")
    return {"speaker": "customer", "text": text, "label": label}


def gpair(pid, business, kind, situation, opening, good, gaming):
    return {"id": pid, "business": business, "kind": kind, "situation": situation,
            "good": [opening] + good, "gaming": [opening] + gaming}


def rpair(pid, situation, opening, better, worse):
    return {"id": pid, "situation": situation, "better": [opening] + better, "worse": [opening] + worse}
