"""Helpers for writing a dialogue set by hand (the writers of blind47, blind48 and blind50 to blind56 were given them;
each set's `common.py` takes them from here).

t(text)         -> a trainee turn
c(text, label)  -> a customer turn; the label is compulsory (None = no objection)
gpair(...)      -> one gaming pair (good / gaming)
rpair(...)      -> one ranked pair (better / worse)

The label is kept on the turn object but never written into the dialogue files;
build.py copies it into dialogue_objections.jsonl and decides nothing itself.
"""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience",
          "think_it_over", "too_expensive")


class Turn(dict):
    """A turn: a plain {'speaker', 'text'} dict plus a .label attribute for customer turns."""
    label = None


def t(text):
    turn = Turn(speaker="trainee", text=text)
    return turn


def c(text, label):
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} on customer line: {text[:60]!r}")
    turn = Turn(speaker="customer", text=text)
    turn.label = label
    return turn


def gpair(id, business, kind, situation, good, gaming):
    return {"id": id, "business": business, "kind": kind, "situation": situation,
            "good": good, "gaming": gaming}


def rpair(id, situation, better, worse):
    return {"id": id, "situation": situation, "better": better, "worse": worse}
