"""Plain word matching: content words, overlap and near-identical text (the simulator and the rubric).

The customer uses these to tell which hidden need a question is about (word overlap
with the need's facts, surface line and keywords), whether a typed line says the same
as one of the offered options, whether a question repeats an earlier one, and whether
a reply addresses an objection's real concern. Deterministic, stdlib only.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from typing import Iterable

from .features import word_tokens  # (the same words, `[a-z0-9]+(?:'[a-z]+)?`, remembered: a turn's are read when it is normalised)
from .memo import remembered

#: A number said in words ("forty", "eighty-nine" begins with one, "grand"), for patterns that read a figure said back.
NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
               r"seventy|eighty|ninety|hundred|thousand|grand)")

#: Words that say nothing about a topic (question words, pronouns, fillers, auxiliaries).
STOPWORDS = frozenset("""
a about above after again against all also am an and any anything are as at be because been before
being below between both but by can could did do does doing done don down during each else even
every few for from further get gets getting give go going got had has have having he her here hers
herself him himself his how i if in into is it its itself just know let like look made make makes
many me might more most much must my myself need needs no nor not now of off on once one only or
other our ours ourselves out over own please really right same say see shall she should so some
something still such sure tell than thank thanks that the their theirs them themselves then there
these they thing things think this those through to too under until up us very want wants was way
we well were what when where which while who whom why will with would yes yet you your yours
yourself yourselves okay ok oh hello hi
""".split())


@remembered(16384)
def stem(word: str) -> str:
    """A crude stem, the same for a word and its plural: 'guests' -> 'guest', 'tasting' -> 'tast',
    'mornings' and 'morning' -> 'morn', 'worries' and 'worry' -> 'worr'; remembered, as `features.stem`."""
    if "'" in word:
        word = word.split("'")[0]
    n = len(word)
    # a plural first ("ies", "es", "s" but not "ss", "us", "is"), then the ending of the word it was made of
    if n > 4 and word[-1] == "s":
        if n > 6 and word.endswith("ies"):
            word, n = word[:-3], n - 3
        elif n > 5 and word[-2] == "e":
            word, n = word[:-2], n - 2
        elif word[-2] not in "sui":
            word, n = word[:-1], n - 1
    if n > 4:
        last = word[-1]
        if last == "g":
            return word[:-3] if n > 6 and word.endswith("ing") else word
        if last == "d":
            return word[:-2] if n > 5 and word[-2] == "e" else word
        if last == "y":
            return word[:-2] if n > 5 and word[-2] == "l" else word[:-1]
        if last == "e":
            return word[:-1]
    return word


def content_words(text: str | Iterable[str]) -> frozenset[str]:
    """Stemmed content words of a text (or of several texts)."""
    if not isinstance(text, str):
        text = " ".join(text)
    return _content_words(text)


@remembered()
def _content_words(text: str) -> frozenset[str]:
    """`content_words` of one text; remembered, as the rubric compares a turn's words with several others."""
    return frozenset(stem(w) for w in word_tokens(text.lower().replace("\u2019", "'"))
                     if w.split("'")[0] not in STOPWORDS and len(w) > 2)


def alike_words(words: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    """The words of one set that are in another or share their first four letters with one of its words ("shown" and
    "show", "baker" and "bakery")."""
    starts = {w[:4] for w in other if len(w) >= 4}
    return frozenset(w for w in words if w in other or len(w) >= 4 and w[:4] in starts)


def overlap(text_words: frozenset[str], topic_words: frozenset[str]) -> int:
    """How many content words two texts share."""
    return len(text_words & topic_words)


#: The stock "what's your biggest problem?" question, in its many wordings ("the number one pain point",
#: "where does it hurt most", "what keeps you up at night").
_GENERIC_PROBE = re.compile(
    r"\b(?:(?:biggest|main|greatest|top|number one|#1|key|hardest|worst)(?: \w+)? (?:challenges?|problems?|pain(?: points?)?|issues?|"
    r"headaches?|struggles?|worr(?:y|ies)|frustrations?|concerns?|difficult(?:y|ies))|pain points?|"
    r"where does it (?:hurt|pinch)|what (?:hurts|keeps you up at night|bothers you) (?:the )?most|keeps you (?:up|awake) at night|"
    # ... or "what matters most to you?" in its wordings ("What is most important for you?", "What's the main thing for
    # you?", "What do you care about most?", "Which thing matters most?")
    r"(?:what|which (?:thing|one))(?:'s| is| would be)? (?:matters?|(?:the )?most important|(?:the )?main thing|the (?:key|big) thing)"
    r"(?: (?:the )?most)?(?: (?:to|for) you)?(?=\W*$)|what do you care (?:about )?(?:the )?most(?: about)?(?=\W*$))")
#: Words of such a question that say nothing about a topic of the customer's.
_PROBE_WORDS = frozenset(stem(w) for w in """
biggest big main greatest top number one key hardest worst challenge challenges problem problems pain point points issue
issues headache headaches struggle struggles worry worries frustration frustrations concern concerns difficulty
difficulties hurt hurts pinch most keeps keep night awake bothers moment today currently now right really would say
else thing things face facing business work side day days time times
understood noted fine great good okay got sure thanks thank perfect alright lovely
matters matter important care
""".split())


def generic_probe(text: str) -> bool:
    """Whether a question is the stock "what's your biggest problem?" with no topic of the customer's in it
    ("What is the number one pain point for you?", "And where does it hurt most?"): asked again in new words,
    it is the same question."""
    lower = text.lower().replace("\u2019", "'")
    if not _GENERIC_PROBE.search(lower):
        return False
    return not (content_words(lower) - _PROBE_WORDS)


def _flat(text: str) -> str:
    return " ".join(word_tokens(text.lower().replace("\u2019", "'")))


def _all_words(flat: str) -> frozenset[str]:
    return frozenset(stem(w) for w in flat.split())


#: Characters of each line the character comparison reads: it is quadratic in the worst case,
#: and a turn's first few hundred characters say whether it repeats another.
SIMILARITY_CHARS = 300


@remembered()
def _compared(text: str) -> tuple[str, frozenset[str]]:
    """The part of a line `similarity` compares, and its words (a line is compared with several)."""
    flat = _flat(text)[:SIMILARITY_CHARS]
    return flat, _all_words(flat)


def _word_share(wa: frozenset[str], wb: frozenset[str]) -> float:
    return len(wa & wb) / max(len(wa), len(wb)) if wa and wb else 0.0


def similarity(a: str, b: str) -> float:
    """0..1: how nearly two lines say the same words (character ratio or content-word overlap)."""
    (fa, wa), (fb, wb) = _compared(a), _compared(b)
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    ratio = difflib.SequenceMatcher(None, fa, fb, autojunk=False).ratio()
    # every word counts: "Is it for walls?" is not "Which walls?"
    return max(ratio, _word_share(wa, wb))


def similar(a: str, b: str, threshold: float) -> bool:
    """`similarity(a, b) >= threshold`, without the character comparison when the words or its
    cheap upper bounds already decide."""
    (fa, wa), (fb, wb) = _compared(a), _compared(b)
    if not fa or not fb:
        return 0.0 >= threshold
    if fa == fb:
        return 1.0 >= threshold
    if _word_share(wa, wb) >= threshold:
        return True
    # difflib's two upper bounds of the ratio (`real_quick_ratio`, `quick_ratio`: the same sums), then the ratio
    length = len(fa) + len(fb)
    if 2.0 * min(len(fa), len(fb)) / length < threshold:
        return False
    if 2.0 * sum((Counter(fa) & Counter(fb)).values()) / length < threshold:
        return False
    return difflib.SequenceMatcher(None, fa, fb, autojunk=False).ratio() >= threshold
