"""Which hand-written dialogue sets under tests/data are unread: measured, never read line by line, never trained on.

The course is judged on dialogues in none of its sets; these stand in for them. A set leaves this list only when a
round reads it (docs/scoring.md says which round); nothing trains on a set while it is here.
"""
from __future__ import annotations

UNREAD_SETS: tuple[str, ...] = (
    "blind37", "blind39", "blind40", "blind44", "blind53", "blind54", "blind55", "blind56", "blind57", "blind59",
    "blind61", "blind63", "blind65", "blind67", "blind69", "blind71", "blind72", "blind75", "blind77", "blind78",
    "blind79", "blind81", "blind83", "blind84", "blind85", "blind86", "blind87", "blind98", "blind99",
    "blind100", "blind101", "blind102", "blind103", "blind106", "blind109", "blind110", "blind111",
    "blind114", "blind115", "blind116", "blind117", "blind122", "blind123", "blind127", "blind128", "blind129",
    "blind132", "blind133", "blind135", "blind137", "blind139", "blind141",
    "blind143", "blind145",
    "blind147", "blind149",
    "blind151", "blind153",
    "blind155", "blind157",
    "blind159", "blind161",
    "blind163", "blind165",
    "blind167", "blind169",
    "blind171", "blind173",
    "blind175", "blind177",
    "blind179", "blind181",
    "blind183", "blind185",
    "blind187", "blind189",
    "blind191", "blind193",
    "blind195", "blind197",
    "blind199", "blind201",
    "blind203", "blind205",
    "blind207", "blind209",
    "blind211", "blind213",
    "blind215", "blind217",
    "blind219", "blind221",
    "blind223", "blind224", "blind225",
)
