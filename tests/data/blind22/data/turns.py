"""Tiny constructors for hand-written turns. No text is generated here."""


def T(text):
    return {"speaker": "trainee", "text": text}


def C(text, objection=None):
    return {"speaker": "customer", "text": text, "objection": objection}
