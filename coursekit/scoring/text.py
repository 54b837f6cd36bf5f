"""Text normalisation, markup stripping, a cheap language check and sentence splitting.

Everything here is stdlib-only and tolerant: any input (None, numbers, bytes, huge
strings, HTML, other languages) gives a `Text` object, never an exception. Only text
(`str`) is judged; any other value is unjudgeable ("not text").

Also the small display helpers every part of coursekit shares: `short` (a trainee's text
quoted in feedback), `printable` (text safe for a terminal) and `plain_number` (2 not 2.0).
The few regular expressions below compile at import (the lexicons' cues compile on
first use, in `cues.py`).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

#: Longest text we analyse; longer input is judged on its beginning only.
MAX_CHARS = 2000

_SCRIPT_RE = re.compile(r"<\s*(script|style)\b[^>]*>.*?(<\s*/\s*\1\s*>|$)", re.I | re.S)
#: Something that starts like a tag (`<a`, `</p`, `<!--`, `<?xml`), closed or not: an
#: unclosed one runs to the end of the text.
_OPEN_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z!?][^>]*(?:>|$)")
_TAG_RE = re.compile(r"<[^>]{0,300}>")
_WS_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SENT_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " ", "`": "'"})

#: Contractions typed without the apostrophe ("dont", "cant"), restored for matching.
_NO_APOSTROPHE = {
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "wont": "won't", "isnt": "isn't",
    "arent": "aren't", "wasnt": "wasn't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't",
    "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "im": "i'm", "ive": "i've",
    "youre": "you're", "theyre": "they're", "weve": "we've", "thats": "that's", "whats": "what's",
    "theres": "there's", "youve": "you've", "itll": "it'll",
}
_NO_APOSTROPHE_RE = re.compile(r"\b(?:" + "|".join(_NO_APOSTROPHE) + r")\b")

_EN_WORDS = frozenset(
    "the a an and or but to of in on for with at by from as is are was were be been am "
    "do does did done have has had will would can could should may might must shall "
    "i you he she it we they me him her us them my your his its our their this that these "
    "those what how why when where which who whom whose there here not no yes if so than "
    "then just also all any some more most very too about into over after before "
    "tell please thanks thank need want like know think".split()
)
_ES_WORDS = frozenset(
    "el la los las un una unos unas de del que y en por para con es son está están "
    "estamos tiene tienen tenemos su sus lo le les nos mi mis usted ustedes pero muy más "
    "como cómo qué cuál cuándo dónde porque también ya hay ser fue necesitamos necesito "
    "quiero queremos gracias nuestro nuestra nuestros este esta esto eso al se sí".split()
)
_OTHER_LANG_WORDS = frozenset(  # a few very common French/German/Portuguese/Italian words
    "le les des est et une pour avec nous vous je das der die und ist nicht ich wir sie "
    "não você para uma com il che di è non sono".split()
)


@dataclass(frozen=True)
class Text:
    """A normalised text ready for matching."""

    raw: str            # the original input, coerced to str and truncated
    clean: str          # markup removed, quotes normalised, whitespace collapsed
    lower: str          # lower-case `clean`, the string the lexicons match against
    words: tuple[str, ...]
    judgeable: bool
    reason: str = ""    # why not judgeable ("empty", "markup", "language", ...)
    truncated: bool = False

    @property
    def word_count(self) -> int:
        return len(self.words)


def coerce(value: object) -> str:
    """Any value as a string: only `str` is text; None, bytes and every other value become ''."""
    return value if isinstance(value, str) else ""


def strip_markup(text: str) -> str:
    """Decode entities, then remove script/style blocks and HTML tags.

    Decoding first means escaped markup (`&lt;script&gt;...`) is removed like markup, not
    judged as words; a tag left unclosed (`<a href='...`) is removed to the end.
    """
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _SCRIPT_RE.sub(" ", text)
        text = _OPEN_TAG_RE.sub(" ", text)
        text = _TAG_RE.sub(" ", text)
    return text


def _language_ok(clean: str, words: tuple[str, ...]) -> tuple[bool, str]:
    letters = [ch for ch in clean if ch.isalpha()]
    if not letters:
        return False, "no words"
    non_latin = sum(1 for ch in letters if ord(ch) > 0x24F)
    if non_latin / len(letters) > 0.3:
        return False, "language"
    lower_words = clean.lower().split()
    es = sum(1 for w in lower_words if w.strip("¿¡?!.,;:") in _ES_WORDS)
    other = sum(1 for w in lower_words if w.strip("?!.,;:") in _OTHER_LANG_WORDS)
    en = sum(1 for w in words if w in _EN_WORDS)
    accented = sum(1 for ch in letters if ch in "áéíóúñ¿¡ãõçàèìòùâêîôûäöüß")
    foreign = max(es, other)
    if foreign >= 2 and foreign > en:
        return False, "language"
    if accented >= 2 and en <= 1:
        return False, "language"
    if "¿" in clean and en <= 1:
        return False, "language"
    return True, ""


def normalise(value: object) -> Text:
    """Normalise any input into a `Text` (never raises)."""
    if value is not None and value is not Ellipsis and not isinstance(value, str):
        return Text("", "", "", (), False, "not text")
    raw = coerce(value)
    truncated = len(raw) > MAX_CHARS * 4
    if truncated:
        raw = raw[: MAX_CHARS * 4]
    clean = strip_markup(raw).translate(_QUOTES)
    clean = _WS_RE.sub(" ", clean).strip()
    if len(clean) > MAX_CHARS:
        cut = clean.rfind(" ", 0, MAX_CHARS)
        clean = clean[: cut if cut > 0 else MAX_CHARS]
        truncated = True
    lower = _NO_APOSTROPHE_RE.sub(lambda m: _NO_APOSTROPHE[m.group(0)], clean.lower())
    words = tuple(_WORD_RE.findall(lower))
    if not raw.strip():
        return Text(raw, "", "", (), False, "empty", truncated)
    if not clean:
        return Text(raw, "", "", (), False, "markup", truncated)
    ok, reason = _language_ok(clean, words)
    if ok and not words:
        ok, reason = False, "no words"
    return Text(raw, clean, lower, words, ok, reason, truncated)


def sentences(clean: str) -> list[str]:
    """Split a cleaned text into sentences, keeping their final punctuation."""
    out = []
    for m in _SENT_RE.finditer(clean):
        s = m.group(0).strip()
        if s and any(ch.isalnum() for ch in s):
            out.append(s)
    return out


def unjudgeable_feedback(reason: str, what: str) -> str:
    """One sentence explaining why a text cannot be judged."""
    if reason == "empty":
        return f"There is nothing to judge yet: write {what} in English and try again."
    if reason == "markup":
        return f"This looks like markup or code rather than words, so it can't be judged; write {what} in plain English."
    if reason == "not text":
        return f"This is not text, so it can't be judged; write {what} as words in plain English, in quotes."
    if reason == "language":
        return f"This doesn't look like English, so it can't be judged; the course scores {what} written in English."
    return f"This can't be judged because it has no readable words; write {what} in plain English."


def short(text: object, limit: int = 80) -> str:
    """`text` on one line, cut to at most `limit` characters with "…" when longer.

    Every trainee text quoted back in feedback goes through this, so a 20,000-character
    answer gives a one-line quote, not 20 KB of feedback.
    """
    line = " ".join(str(text).split())
    if len(line) <= limit:
        return line
    return line[: max(limit - 1, 0)].rstrip() + "…"


def printable(text: object) -> str:
    """Text safe for a terminal: control characters shown as escapes, not interpreted."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in str(text))


def plain_number(value: float) -> str:
    """A score or count as text, rounded to 2 places: 2 not 2.0, 1.5 stays 1.5."""
    value = round(float(value), 2)
    return str(int(value)) if value == int(value) else f"{value:g}"
