"""Made-up details in a summary: the parts of it that share none of the customer's words.

"Let me check I've got it: morning and evening for two weeks, thin arms so you worry the cuff won't
fit, your daughter will help you upload the readings to the surgery, and you'd prefer a model with a
talking display" plays back two things the customer said and invents two. One part in words of the
trainee's own can be a fair rewording ("a lot riding on one seal"); on the 205 typed summaries of the
play-tests of 2026-12-02 two such parts were always made up. English only (its clause words).
"""
from __future__ import annotations

import re
from typing import Callable

#: A turn that sums up what the customer said ("Let me check I've got it", "So if I understand you correctly").
SUMMARY_FRAME = re.compile(
    r"\b(?:so,? if i (?:understand|understood|hear|heard)|let me (?:check|make sure|see if|sum|recap)|to sum (?:it )?up|in your (?:own )?words|"
    r"if i(?:'ve| have) (?:got|understood)|(?:just )?to recap|what i(?:'m| am) hearing|so what you(?:'re| are) saying|"
    r"did i get (?:that|it|everything)|is that right|have i got (?:that|it|everything)|just to confirm)")
#: A part about us or what we do ("I'll call you at four", "our hosting handles the scaling"): an offer, not a playback.
_OURS = re.compile(r"\b(?:i|i'll|i'd|i'm|i've|we|we'll|we'd|we're|we've|our|ours|us|my)\b")
#: A summary's parts: its clauses and list items.
_PARTS = re.compile(r"[,;:.!?\u2013\u2014]|\s-\s|\b(?:and|but|plus|because|so|which|while)\b")
#: Words of its own a part needs before sharing none of the customer's shows it was made up.
PART_WORDS = 3
#: Made-up parts that make a summary made up.
MADE_UP_PARTS = 2


def made_up_parts(stated: str, heard: frozenset[str], words_of: Callable[[str], frozenset[str]],
                  ignore: frozenset[str] = frozenset()) -> list[str]:
    """The parts of what a summary states (its questions left out) that share none of the `heard` words:
    each with at least `PART_WORDS` words of four letters or more, `ignore` (the summary's own frame
    words: "saying", "right", …) left out; a part about us (an offer) claims nothing of the customer's."""
    parts = []
    for part in _PARTS.split((stated or "").lower()):
        if _OURS.search(part):
            continue
        own = {w for w in words_of(part) if len(w) >= 4} - ignore
        if len(own) >= PART_WORDS and not own & heard:
            parts.append(part.strip())
    return parts


def made_up(text: str, stated: str, heard: frozenset[str], words_of: Callable[[str], frozenset[str]],
            ignore: frozenset[str] = frozenset()) -> bool:
    """Whether a turn that sums up (`SUMMARY_FRAME` in `text`) invents details among what the customer said:
    `MADE_UP_PARTS` made-up parts in what it `stated`."""
    return bool(SUMMARY_FRAME.search((text or "").lower())) and len(made_up_parts(stated, heard, words_of, ignore)) >= MADE_UP_PARTS
