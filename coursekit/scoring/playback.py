"""Made-up details in a summary: the parts of it that share none of the customer's words.

"Let me check I've got it: morning and evening for two weeks, thin arms so you worry the cuff won't
fit, your daughter will help you upload the readings to the surgery, and you'd prefer a model with a
talking display" plays back two things the customer said and invents two. One part in words of the
trainee's own can be a fair rewording ("a lot riding on one seal"); on the 105 typed summaries of the
play-tests of 2026-12-02 that say they sum up, two such parts (or three short ones) were made up in all
but one. English only (its clause words).
"""
from __future__ import annotations

import re
from typing import Callable

#: A turn that sums up what the customer said ("Let me check I've got it", "So if I understand you correctly").
SUMMARY_FRAME = re.compile(
    r"\b(?:so,? if i (?:understand|understood|hear|heard)|let me (?:check|make sure|see if|sum|recap)|to sum (?:it )?up|in your (?:own )?words|"
    r"if i(?:'ve| have) (?:got|understood)|(?:just )?to recap|what i(?:'m| am) hearing|so what you(?:'re| are) saying|"
    r"did i get (?:that|it|everything)|is that right|have i got (?:that|it|everything)|just to confirm|"
    r"to summari[sz]e(?: in your (?:own )?words)?)")
#: A part about us or what we do ("I'll call you at four", "our hosting handles the scaling"): an offer, not a playback.
_OURS = re.compile(r"\b(?:i|i'll|i'd|i'm|i've|we|we'll|we'd|we're|we've|our|ours|us|my)\b")
#: A summary's parts: its clauses and list items.
_PARTS = re.compile(r"[,;:.!?\u2013\u2014]|\s-\s|\b(?:and|but|plus|because|so|which|while)\b")
#: (words of its own a part needs, of them heard at most, such parts that make a summary made up). Anywhere in
#: what it states: two parts of three words none of which she said ("your daughter will help you upload the
#: readings"). In the summing-up sentence itself (not the trainee's own remarks around it) also three short ones
#: ("a string quartet, a champagne toast, and your budget is no object") or two of four words with one of hers
#: among them ("a budget of around fifty euros a head, your parents want a seafood buffet on the terrace"); two
#: short ones can be the trainee's fair guess ("…on sale or return, with proof it sells at a shop like yours").
MADE_UP_ANYWHERE = ((3, 0, 2),)
MADE_UP_IN_SUMMARY = ((2, 0, 3), (4, 1, 2))
#: A sentence that only announces the summary ("Let me make sure I have it all."): the next one is the summary.
_ANNOUNCES = 8
_SENTENCES = re.compile(r"(?<=[.!?])\s+")


def made_up_parts(stated: str, heard: frozenset[str], words_of: Callable[[str], frozenset[str]],
                  ignore: frozenset[str] = frozenset(), min_words: int = 3, max_heard: int = 0) -> list[str]:
    """The parts of what a summary states (its questions left out) with at least `min_words` words of four
    letters or more and at most `max_heard` of them among the `heard` words; `ignore` (the summary's own
    frame words: "saying", "right", …) left out; a part about us (an offer) claims nothing of the customer's."""
    parts = []
    for part in _PARTS.split((stated or "").lower()):
        if _OURS.search(part):
            continue
        own = {w for w in words_of(part) if len(w) >= 4} - ignore
        if len(own) >= min_words and len(own & heard) <= max_heard:
            parts.append(part.strip())
    return parts


def summary_part(text: str) -> str:
    """The part of a turn that sums up: up to the first question after its frame ("…Is that right?"), not the
    close or the remark after it ("Good, then sign the full platform today")."""
    text = text or ""
    frame = SUMMARY_FRAME.search(text.lower())
    if frame is None:
        return text
    asked = text.find("?", frame.start())
    return text if asked < 0 else text[:asked + 1]


def made_up(text: str, heard: frozenset[str], words_of: Callable[[str], frozenset[str]],
            ignore: frozenset[str], claims_of: Callable[[str], str]) -> bool:
    """Whether a turn that sums up (`SUMMARY_FRAME` in `text`) invents details among what the customer said in
    what its summary states (`claims_of` its `summary_part`: `MADE_UP_ANYWHERE`), or in its summing-up
    sentence (`MADE_UP_IN_SUMMARY`)."""
    if not SUMMARY_FRAME.search((text or "").lower()):
        return False
    stated = claims_of(summary_part(text))
    sentences = _SENTENCES.split(stated.strip())
    summing = " ".join(x for k, x in enumerate(sentences) if SUMMARY_FRAME.search(x.lower()) or k > 0
                       and SUMMARY_FRAME.search(sentences[k - 1].lower()) and len(sentences[k - 1].split()) <= _ANNOUNCES)
    summing = SUMMARY_FRAME.sub(" ", summing.lower())  # ("to summarise in your words" claims nothing)
    return (any(len(made_up_parts(stated, heard, words_of, ignore, size, most)) >= count for size, most, count in MADE_UP_ANYWHERE)
            or any(len(made_up_parts(summing, heard, words_of, ignore, size, most)) >= count
                   for size, most, count in MADE_UP_IN_SUMMARY))


#: What a customer says they do not have ("A dry cough, four nights now, no fever.", "without a receipt", "we've never
#: had a break-in"): the word after the negation.
_DENIES = re.compile(r"\b(?:no|without(?: a| an| any)?|never (?:had|has|have)(?: a| an| any)?)\s+(?:more\s+)?([a-z][a-z'-]{3,})\b")
#: A summary saying the customer has it ("she's had a fever", "you have an alarm", "with a fever"), words of it just
#: before the denied word; "so still no fever", "I hear you on budget" claim nothing of the kind.
_HAS_BEFORE = re.compile(r"(?<!\bno )(?<!\bnot )\b(?:has|have|had|got|with|there(?:'s| is| are))\s+(?:(?:a|an|some|the|any)\s+)?(?:(?!no\b|not\b|never\b)[\w-]+\s+)?$")


def said_words(said: str) -> frozenset[str]:
    """The words of a line, lower-cased, as `denied_words` gives them."""
    return frozenset(re.findall(r"[a-z][a-z'-]{3,}", (said or "").lower()))


def denied_words(said: str) -> frozenset[str]:
    """The words a customer line says are absent ("no fever" → fever)."""
    return frozenset(m.group(1) for m in _DENIES.finditer((said or "").lower()))


def contradicts(text: str, denied: frozenset[str], claims_of: Callable[[str], str]) -> bool:
    """Whether what a summary states says the customer has something they said is absent ("So she's had a fever since
    last night" after "…no fever"), not played back with its negation ("so no fever, just the cough")."""
    stated = claims_of(summary_part(text)).lower()
    return any(_HAS_BEFORE.search(stated[:m.start()]) for word in denied
               for m in re.finditer(rf"\b{re.escape(word)}\b", stated))
