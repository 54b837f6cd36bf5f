"""Helpers for the hand-written blind41 dialogues.

t(text)          -> a trainee turn
c(text, label)   -> a customer turn; the label is compulsory (None = no objection) and must be in LABELS
gpair(...)       -> one gaming pair (shared opening customer line + good side + gaming side)
rpair(...)       -> one ranked pair (shared opening customer line + better side + worse side)

Labels are written by hand in the data files; build.py only copies them.
"""

LABELS = (None, "brush_off", "no_need", "no_money", "no_time", "bad_experience", "think_it_over", "too_expensive")
KINDS = ("monologue", "closing_as_open_question", "pitch_as_paraphrase", "upsell_as_loop_closing",
         "leading_tag_questions", "putdown_question", "not_my_department_or_read_the_terms",
         "social_proof_or_deadline_pressure", "keyword_stuffed", "rude", "ignored_customer",
         "repeated_questions", "wrong_paraphrase", "pitch_to_upset", "blame")


def t(text):
    return {"speaker": "trainee", "text": text}


def c(text, label):
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r} for {text[:40]!r}")
    return {"speaker": "customer", "text": text, "label": label}


def _check(pid, side, turns, lo, hi):
    if not lo <= len(turns) <= hi:
        raise ValueError(f"{pid}/{side}: {len(turns)} turns, not {lo}-{hi}")
    if turns[0]["speaker"] != "customer":
        raise ValueError(f"{pid}/{side}: customer must speak first")
    for i in range(1, len(turns)):
        if turns[i]["speaker"] == turns[i - 1]["speaker"]:
            raise ValueError(f"{pid}/{side}[{i}]: speakers do not alternate")


def gpair(pid, business, kind, situation, opening, good, gaming):
    if kind not in KINDS:
        raise ValueError(f"{pid}: unknown kind {kind}")
    g, b = [opening] + list(good), [opening] + list(gaming)
    _check(pid, "good", g, 6, 11)
    _check(pid, "gaming", b, 6, 11)
    return {"id": pid, "business": business, "kind": kind, "situation": situation, "good": g, "gaming": b}


def rpair(pid, situation, opening, better, worse):
    a, b = [opening] + list(better), [opening] + list(worse)
    _check(pid, "better", a, 6, 8)
    _check(pid, "worse", b, 6, 8)
    return {"id": pid, "situation": situation, "better": a, "worse": b}
