"""Generic customer lines for situations the scenario file does not script.

Each situation has default variants and, where the temperament changes the tone,
temperament-specific ones (their text is in the string catalogue `data/strings/sim.yaml`,
read when a line is said, in the trainee's language). `pick` chooses a variant with the
session's seeded random generator, so the same seed gives the same dialogue.
"""
from __future__ import annotations

import random
import re
from typing import Iterable, Mapping, Sequence

from coursekit.i18n import t
from coursekit.scoring.words import content_words

#: situation -> temperament id (or "*") -> how many line variants it has. The lines are in the string
#: catalogue (`data/strings/sim.yaml`): `sim.reply.<situation>.<n>` for "*", else
#: `sim.reply.<situation>.<temperament>.<n>`; "{fact}" is filled in by the caller.
LINES: Mapping[str, Mapping[str, int]] = {
    "confused": {"*": 2, "impatient": 1, "silent": 1},
    "empty": {"*": 2, "impatient": 1, "silent": 1},
    "too_long": {"*": 1, "impatient": 2, "silent": 1},
    "too_long_followed": {"*": 1, "impatient": 1, "silent": 1},  # a long turn she still says yes to
    "pitch_early": {"*": 2, "expert": 1, "suspicious": 1, "impatient": 1},
    "pitch_ok": {"*": 2, "suspicious": 1, "silent": 1},
    "pressure": {"*": 2, "deliberate": 1, "hesitant": 1, "reserved": 1, "impatient": 1},
    "discount_early": {"*": 2, "suspicious": 1},
    "discount_on_price": {"*": 2},
    "argument": {"*": 2, "critical": 2, "expert": 1, "reserved": 1},
    "closed_yes": {"*": 2, "talkative": 1},
    "trial_yes": {"*": 2},  # a yes to a hypothesis test ("If it worked like that, yes."), not to a fact checked
    "closed_no": {"*": 2, "silent": 1, "talkative": 1},
    "nothing_else": {"*": 2, "silent": 1, "talkative": 1},
    "one_word_yes": {"*": 2},
    "one_word_no": {"*": 2},
    "confirmed": {"*": 3, "silent": 1, "talkative": 2, "critical": 2},
    "hinted": {"*": 3, "silent": 1},
    "not_here": {"*": 2},
    "not_here_nudge": {"*": 2},
    "already_told": {"*": 2, "impatient": 1},
    "mentioned": {"*": 2, "silent": 1},
    "fact_again": {"*": 1},
    "told_all": {"*": 2, "silent": 1, "impatient": 1, "talkative": 1},  # asked what she has nothing (more) to tell of
    "what_i_said": {"*": 1},  # asked which part of a summary she put right was wrong
    # asked for a place, a person or a number she has none for, before what is on her mind ("Hard to say. …")
    "sidestep": {"*": 2, "silent": 1, "impatient": 1, "talkative": 2},
    "leading": {"*": 2, "critical": 1, "hesitant": 2, "silent": 1, "impatient": 1},
    "upsell": {"*": 2, "critical": 1, "silent": 1},
    "paraphrase_early": {"*": 1},
    "summary_empty": {"*": 1, "impatient": 1},  # "So that matters most, is that right?": which part?
    "rudeness": {"*": 2, "reserved": 1, "critical": 1, "impatient": 1, "silent": 1, "hesitant": 1},
    "playback_wrong": {"*": 2, "impatient": 1, "critical": 1, "silent": 1, "reserved": 1},
    "paraphrased": {"*": 2, "critical": 1, "silent": 1},
    "empathy": {"*": 2, "silent": 1, "impatient": 1},
    "evidence": {"*": 2, "suspicious": 1},
    "not_convinced": {"*": 2},
    "evidence_wanted": {"*": 1, "hesitant": 1},
    "evidence_wanted_again": {"*": 2, "hesitant": 1},  # asked for proof again: not the same sentence word for word
    "brush_off_answered": {"*": 2, "silent": 1},
    "stuck_untested": {"*": 1, "silent": 1, "impatient": 1},
    "stuck_tested": {"*": 1, "silent": 1},
    "stuck_keywords": {"*": 1},
    "stuck_again": {"*": 1, "impatient": 1},
    "stuck_leave": {"*": 1, "impatient": 1, "silent": 1},
    "repeated": {"*": 2, "impatient": 1, "silent": 1},
    "not_ready": {"*": 2, "impatient": 1, "silent": 2},
    "think_it_over": {"*": 2},
    "think_it_over_trust": {"*": 2, "impatient": 1, "silent": 2},
    "think_it_over_more": {"*": 2, "impatient": 1, "silent": 1},
    "think_it_over_unconfirmed": {"*": 2, "impatient": 1, "silent": 1},
    "objection_again": {"*": 2},
    "no_need_seen": {"*": 1},
    "neutral": {"*": 3, "silent": 1, "impatient": 1, "talkative": 1},
    "won": {"*": 2},
    "chosen": {"*": 2},  # the alternative a close offered, picked as she agrees ("Wednesday suits me.")
    "lost": {"*": 1},
    "left": {"*": 2, "impatient": 1, "silent": 1},
    "ready_in_a_hurry": {"*": 1, "impatient": 1},
    "vague_prompt": {"*": 1, "impatient": 1, "silent": 1},
    "trust_lost": {"*": 1, "critical": 1},
    "open": {"*": 1},
    "over": {"*": 1},
}


#: Languages the (English-speaking) customer answers in their own words: a turn in one of them gets
#: "say it in English", in that language with the English after it (`sim.reply.in_english_please.<language>`),
#: so the trainee learns at once that the scenario is played in English; any other language gets it in English.
IN_ENGLISH_PLEASE: tuple[str, ...] = ("es", "zh", "pt", "fr", "de", "it", "nl")


def in_english_please(language: str) -> str:
    """The customer's reply to a turn in `language`: asked, in that language, to say it in English."""
    return t(f"sim.reply.in_english_please.{language if language in IN_ENGLISH_PLEASE else 'any'}")


def variant_ids(situation: str, temperament: str) -> tuple[str, ...]:
    """The catalogue ids of the line variants for a situation, preferring the temperament's own."""
    table = LINES[situation]
    own = temperament if table.get(temperament) else "*"
    prefix = f"sim.reply.{situation}." if own == "*" else f"sim.reply.{situation}.{own}."
    return tuple(f"{prefix}{n}" for n in range(table[own]))


def variants(situation: str, temperament: str) -> tuple[str, ...]:
    """The line variants for a situation, preferring the temperament's own (in the trainee's language)."""
    return tuple(t(sid) for sid in variant_ids(situation, temperament))


def pick(rng: random.Random, lines: Sequence[str]) -> str:
    """One variant, chosen with the session's generator (same seed, same line)."""
    if not lines:
        return ""
    return lines[0] if len(lines) == 1 else lines[rng.randrange(len(lines))]


def line(rng: random.Random, situation: str, temperament: str, fact: str = "", avoid: Sequence[str] = ()) -> str:
    """A generic line for a situation, with ``{fact}`` filled in; a variant the customer said in one of the
    lines `avoid` (their last few) is left out while another remains, so a stock line is not said twice running."""
    lines = [t(sid, fact=fact).strip() for sid in variant_ids(situation, temperament)]
    fresh = [text for text in lines if not any(text and text in earlier for earlier in avoid)]
    return pick(rng, fresh or lines)


def sentences(parts: Iterable[str]) -> str:
    """Sentences one after the other, as the language writes them (English: with a space between)."""
    text = None
    for part in parts:
        text = part if text is None else t("sim.two_sentences", first=text, second=part)
    return text or ""


# -- a scripted line that names what the trainee never offered ------------------------------------
#: A sentence that names particulars: a number, a day or time, a month, a name, or a list of items
#: ("Honey, drops and the humidifier, and your number for the trip.", "Tuesday at nine.").
_PARTICULAR = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                         r"fifty|sixty|hundred|thousand|half|week|month|year's)\b|"
                         r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                         r"June|July|August|September|October|November|December)\b|,[^,]*,|, and\b")
#: A capitalised word inside a sentence: a place or a person ("Kisumu", "Andrés"), not "I" or "I'll".
NAME = re.compile(r"(?<=[a-z,] )(?!I\b|I')[A-ZÀ-Ý][\w'-]+")
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                 "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fifteen": "15", "twenty": "20",
                 "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60"}
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
#: Share of a particular sentence's words that must have been said in the conversation for the customer to say it.
SAID_SHARE = 2 / 3


def _particular_words(text: str) -> frozenset[str]:
    """Content words of a text, number words as digits, and the digits inside tokens ("9am" -> "9")."""
    words = {_NUMBER_WORDS.get(w, w) for w in re.findall(r"[a-z]+", text.lower()) if w in _NUMBER_WORDS}
    return content_words(text) | words | frozenset(re.findall(r"\d+", text))


def _own_particulars(text: str) -> frozenset[str]:
    """The particular words of a scripted text that must have been said for her to say it (number words only as digits)."""
    return frozenset(w for w in _particular_words(text) if w not in _NUMBER_WORDS)


def said_words(texts: Iterable[str]) -> frozenset[str]:
    """The words of a conversation's lines, as `only_what_was_said` compares them."""
    return _particular_words(" ".join(texts))


def only_what_was_said(line: str, said: frozenset[str]) -> str:
    """A scripted customer line without the sentences that name particulars nobody said in the
    conversation: "Honey, drops and the humidifier, and your number for the trip. Yes, that works."
    after a trainee who offered honey and a saline spray is "Yes, that works." ("" if nothing is left)."""
    kept = []
    dropped = False
    for sentence in (s.strip() for s in _SENTENCE.findall(line)):
        if not sentence:
            continue
        if _PARTICULAR.search(sentence) or NAME.search(sentence):
            own = _own_particulars(sentence)
            if own and len(own & said) < SAID_SHARE * len(own):
                dropped = True
                continue
            sentence = _without_unsaid_items(sentence, said)
        if dropped and not kept:  # "…then. And please bring the towels." without its first sentence
            sentence = _LEADING_JOIN.sub("", sentence, count=1)
            sentence = sentence[:1].upper() + sentence[1:]
        kept.append(sentence)
    return " ".join(kept)


#: Where the items of a listed sentence part ("Honey, drops and the humidifier, and your number for the trip.").
_ITEM = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
#: The most words an item of such a list has.
ITEM_WORDS = 7


def _without_unsaid_items(sentence: str, said: frozenset[str]) -> str:
    """A sentence that lists three or more short items without those too few of whose words were said ("Honey, drops
    and the humidifier, and your number for the trip." to a trainee who offered the first three is "Honey, drops and
    the humidifier.": sixty-first round)."""
    body = sentence.rstrip(".!? ")
    items = [item.strip() for item in _ITEM.split(body) if item.strip()]
    if len(items) < 3 or any(len(item.split()) > ITEM_WORDS for item in items):
        return sentence
    kept = [item for item in items if len(_own_particulars(item) & said) >= SAID_SHARE * len(_own_particulars(item))]
    if len(kept) == len(items) or not kept:
        return sentence
    listed = kept[0] if len(kept) == 1 else f"{', '.join(kept[:-1])} and {kept[-1]}"
    return listed[:1].upper() + listed[1:] + (sentence[len(body):].strip() or ".")


def without_sentences_about(line: str, words: frozenset[str]) -> str:
    """A scripted line without the sentences that use any of some words (what the customer never said aloud)."""
    kept = [s.strip() for s in _SENTENCE.findall(line) if s.strip() and not content_words(s) & words]
    return " ".join(kept)


#: A word that joins a sentence to the one before it ("And please bring the towels.").
_LEADING_JOIN = re.compile(r"^(?:and|but|also|so|then|plus),? ", re.IGNORECASE)


#: A scripted answer's first sentence that is only a yes or a no ("Yes. If the seals lasted…", "No. Switching…",
#: "Sí. …", "对。…", "不想。…"): the answer to a yes/no question, not to an open one.
_BARE_YES_OR_NO = re.compile(r"^\s*(?:yes|yeah|no|nope|sí|si|对|是啊|是的|是|不想|不是|不)\s*[.!。！]\s*(?=\S)", re.IGNORECASE)


#: A scripted first sentence that answers a hypothetical ("If it stopped working, then yes.", "If it had ever let us down
#: in the school rush, maybe."): said to a test of the doubt, not to a question about something else.
#: ("If it got our close down to three days, yes, I'd look at it seriously." answers one too: fifty-seventh round)
_CONDITIONAL_ANSWER = re.compile(r"^\s*if\b[^.!?]*,\s*(?:then\s+)?(?:yes|maybe|perhaps)\b(?:,[^.!?]*)?\s*[.!]\s*(?=\S)", re.IGNORECASE)


def without_conditional_answer(line: str) -> str:
    """A scripted answer said to a question that tests nothing: without a first sentence that only answers a
    hypothetical ("If it stopped working, then yes. It works fine. …" is "It works fine. …"; what is left must stand on
    its own, a test checks every scenario's)."""
    return _CONDITIONAL_ANSWER.sub("", line, count=1)


def without_yes_or_no(line: str) -> str:
    """A scripted answer said to an open question: without a first sentence that is only "Yes." or "No."
    ("What worries you about it?" - "If I could be sure the numbers were right, I'd take one today.")."""
    rest = _BARE_YES_OR_NO.sub("", line, count=1)
    return rest[:1].upper() + rest[1:] if rest != line else line
