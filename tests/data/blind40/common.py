"""Helpers for writing the blind40 dialogues by hand.

t(text)          -> a trainee turn
c(text, label)   -> a customer turn; the label is compulsory (None = no objection)
gpair(...)       -> one gaming pair (good vs gaming)
rpair(...)       -> one ranked pair (better vs worse)

The helpers only check shape; every line and every label is written by hand in the data files.
"""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience",
          "think_it_over", "too_expensive")
KINDS = ("monologue", "closing_as_open_question", "pitch_as_paraphrase", "upsell_as_loop_closing",
         "leading_tag_questions", "putdown_question", "not_my_department_or_read_the_terms",
         "social_proof_or_deadline_pressure", "keyword_stuffed", "rude", "ignored_customer",
         "repeated_questions", "wrong_paraphrase", "pitch_to_upset", "blame")

_NO_LABEL = object()


def t(text):
    """A trainee turn."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError("empty trainee text")
    return {"speaker": "trainee", "text": text}


def c(text, label=_NO_LABEL):
    """A customer turn with its objection label (compulsory; None = no objection)."""
    if label is _NO_LABEL:
        raise TypeError(f"customer turn without a label: {text[:60]!r}")
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} on {text[:60]!r}")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("empty customer text")
    return {"speaker": "customer", "text": text, "label": label}


def _check_side(pid, side, turns, lo, hi):
    if not lo <= len(turns) <= hi:
        raise ValueError(f"{pid}/{side}: {len(turns)} turns, want {lo}-{hi}")
    if turns[0]["speaker"] != "customer":
        raise ValueError(f"{pid}/{side}: customer must speak first")
    for i in range(1, len(turns)):
        if turns[i]["speaker"] == turns[i - 1]["speaker"]:
            raise ValueError(f"{pid}/{side}/{i}: speakers do not alternate")


def gpair(pid, business, kind, situation, good, gaming):
    """A gaming pair: `good` handled well, `gaming` dresses up bad handling of the given kind."""
    if not pid.startswith("b40g_"):
        raise ValueError(pid)
    if kind not in KINDS:
        raise ValueError(f"{pid}: unknown kind {kind}")
    _check_side(pid, "good", good, 6, 11)
    _check_side(pid, "gaming", gaming, 6, 11)
    if good[0] != gaming[0]:
        raise ValueError(f"{pid}: the two sides must share the opening customer line")
    return {"id": pid, "business": business, "kind": kind, "situation": situation,
            "good": good, "gaming": gaming}


def rpair(pid, situation, better, worse):
    """A ranked pair: `better` is the better-handled side."""
    if not pid.startswith("b40r_"):
        raise ValueError(pid)
    _check_side(pid, "better", better, 6, 8)
    _check_side(pid, "worse", worse, 6, 8)
    if better[0] != worse[0]:
        raise ValueError(f"{pid}: the two sides must share the opening customer line")
    return {"id": pid, "situation": situation, "better": better, "worse": worse}
