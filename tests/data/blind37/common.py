"""Helpers for writing the blind37 dialogues by hand.

t(text)            -> a trainee turn
c(text, label)     -> a customer turn; the objection label is compulsory (None = no objection)
gpair(...)/rpair() -> register a gaming pair / a ranked pair (kept in GAMING / RANKED, in order)

Nothing here writes or decides any text or label; build.py only copies what the data files hold.
"""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience",
          "think_it_over", "too_expensive")

KINDS = ("monologue", "closing_as_open_question", "pitch_as_paraphrase", "upsell_as_loop_closing",
         "leading_tag_questions", "putdown_question", "not_my_department_or_read_the_terms",
         "social_proof_or_deadline_pressure", "keyword_stuffed", "rude", "ignored_customer",
         "repeated_questions", "wrong_paraphrase", "pitch_to_upset", "blame")

GAMING = []
RANKED = []

_NO_LABEL = object()


def t(text):
    """A trainee turn."""
    assert isinstance(text, str) and text.strip(), "empty trainee text"
    return {"speaker": "trainee", "text": text}


def c(text, label=_NO_LABEL):
    """A customer turn with its objection label (None = no objection). The label is compulsory."""
    if label is _NO_LABEL:
        raise TypeError(f"customer turn without a label: {text[:60]!r}")
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} on {text[:60]!r}")
    assert isinstance(text, str) and text.strip(), "empty customer text"
    return {"speaker": "customer", "text": text, "label": label}


def _check_side(pid, side, turns, lo, hi):
    assert lo <= len(turns) <= hi, f"{pid}/{side}: {len(turns)} turns, not {lo}-{hi}"
    assert turns[0]["speaker"] == "customer", f"{pid}/{side}: customer must speak first"
    for i in range(1, len(turns)):
        assert turns[i]["speaker"] != turns[i - 1]["speaker"], f"{pid}/{side}[{i}]: no alternation"


def _check_pair(pid, a_name, a, b_name, b, lo, hi):
    _check_side(pid, a_name, a, lo, hi)
    _check_side(pid, b_name, b, lo, hi)
    assert a[0]["text"] == b[0]["text"], f"{pid}: sides open differently"
    assert a != b, f"{pid}: sides identical"


def gpair(pid, business, kind, situation, good, gaming):
    """Register a gaming pair."""
    assert pid.startswith("b37g_"), pid
    assert kind in KINDS, kind
    assert all(p["id"] != pid for p in GAMING), f"duplicate id {pid}"
    _check_pair(pid, "good", good, "gaming", gaming, 6, 11)
    GAMING.append({"id": pid, "business": business, "kind": kind, "situation": situation,
                   "good": good, "gaming": gaming})


def rpair(pid, situation, better, worse):
    """Register a ranked pair."""
    assert pid.startswith("b37r_"), pid
    assert all(p["id"] != pid for p in RANKED), f"duplicate id {pid}"
    _check_pair(pid, "better", better, "worse", worse, 6, 8)
    RANKED.append({"id": pid, "situation": situation, "better": better, "worse": worse})
