"""Helpers for the hand-written blind39 set. Every line and label is written by hand in the data files;
these helpers only wrap them in dicts and check the label is one of the allowed ones."""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive")


def t(text):
    """A trainee turn."""
    return {"speaker": "trainee", "text": text}


def c(text, label):
    """A customer turn; label is compulsory (None = no objection)."""
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} for {text[:40]!r}")
    return {"speaker": "customer", "text": text, "_label": label}


def gpair(short, business, kind, situation, good, gaming):
    return {"id": f"b39g_{short}", "business": business, "kind": kind, "situation": situation,
            "good": list(good), "gaming": list(gaming)}


def rpair(pid, situation, better, worse):
    """pid like 'd01_pos' -> id 'b39r_d01_pos'."""
    return {"id": f"b39r_{pid}", "situation": situation, "better": list(better), "worse": list(worse)}
