"""Label set for train16. None (JSON null) means: not an objection."""
OBJECTIONS = [
    "brush_off",
    "no_need",
    "no_money",
    "no_time",
    "bad_experience",
    "think_it_over",
    "too_expensive",
]
VALID = set(OBJECTIONS) | {None}
