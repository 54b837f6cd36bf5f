"""Days and hours in English booking talk: which days a line names, and whether a booking lands on a time the customer
has just ruled out ("Weekdays I'm at work." - "I'll put you down for Tuesday", "…until one." - "Thursday at nine")."""
from __future__ import annotations

import re

#: English day names, and the runs of days a customer may rule out ("Weekdays I'm at work", "Mondays are hard").
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_RUNS = {"weekday": DAY_NAMES[:5], "weekend": DAY_NAMES[5:]}
_DAY_WORD = re.compile(r"\b(" + "|".join(DAY_NAMES) + r"|weekday|weekend)s?\b")
#: A line that rules out only part of a day: an hour, "until", "after", "morning"…
_PART_OF_A_DAY = re.compile(r"\b(?:until|till|til|after|before|from|by|morning|afternoon|evening|noon|lunch|night|am|pm)\b|\d")
_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_HOUR = r"(\d{1,2}|" + "|".join(_HOUR_WORDS) + r")(?::\d\d)?\s*(am|pm)?\b"
_UNTIL_HOUR = re.compile(r"\b(?:until|till|til) " + _HOUR)
_AT_HOUR = re.compile(r"\bat " + _HOUR)


def days_named(text: str) -> set[str]:
    """The days a lower-case English text names, runs ("weekdays") spelled out."""
    return {d for m in _DAY_WORD.finditer(text) for d in _DAY_RUNS.get(m.group(1), (m.group(1),))}


def clock_hour(hour: str, half: str | None) -> int:
    """An hour said as in a booking, on a 24-hour clock: "nine" 9, "one" 13 (the working day), "7pm" 19."""
    h = int(hour) if hour.isdigit() else _HOUR_WORDS.index(hour) + 1
    if half == "pm" and h < 12 or half is None and 1 <= h <= 6:
        h += 12
    return h


def books_ruled_out_time(refusal: str, booking: str) -> bool:
    """Whether `booking` (lower case) books only days that `refusal`, the sentence ruling them out, names; a day only
    partly ruled out ("thursday i'm at work until one.") is booked over only by an earlier hour ("at nine", not "at
    three"). A booking that also names another day may be moving away from the refused one ("Not Tuesday, then:
    Saturday at ten?")."""
    booked = days_named(booking)
    if not booked or not booked <= days_named(refusal):
        return False
    if _PART_OF_A_DAY.search(refusal):
        until, at = _UNTIL_HOUR.search(refusal), _AT_HOUR.search(booking)
        return bool(until and at) and clock_hour(at.group(1), at.group(2)) < clock_hour(until.group(1), until.group(2))
    return True
