"""Small helpers for the blind33 dialogue data files.

t(text)          a trainee turn
c(text, label)   a customer turn that answers a trainee turn; label is the objection it raises or None
o(text)          the customer's opening line (shared by both sides of a pair; it follows no trainee turn)
"""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive")


def t(text):
    return ("trainee", text, None)


def c(text, label):
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} on: {text}")
    return ("customer", text, label)


def o(text):
    return ("customer", text, None)


def gaming(id, business, kind, situation, opening, good, bad):
    return {"id": id, "business": business, "kind": kind, "situation": situation,
            "opening": opening, "good": good, "gaming": bad}


def ranked(id, situation, opening, better, worse):
    return {"id": id, "situation": situation, "opening": opening, "better": better, "worse": worse}
