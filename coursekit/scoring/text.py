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
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from .features import word_tokens
from .hanzi_table import SIMPLIFIED, TRADITIONAL
from .language import detect_language, language_name
from .memo import remembered
from .prefixes import longest_match

#: Longest text we analyse; longer input is judged on its beginning only.
MAX_CHARS = 2000

_SCRIPT_RE = re.compile(r"<\s*(script|style)\b[^>]*>.*?(<\s*/\s*\1\s*>|$)", re.I | re.S)
#: A complete tag (`<b>`, `</p>`, `<img src=x>`, `<!-- ... -->`, `<?xml ...?>`); a `<` in
#: ordinary text ("3<5", "<10 units", "a <b and c") is not one and stays.
_TAG_RE = re.compile(r"<!--.*?(?:-->|$)|<\s*/?\s*[a-zA-Z][\w:-]{0,30}(?:\s+[^<>]{0,300})?\s*/?\s*>|<[!?][^<>]{0,300}>", re.S)
#: A tag left unclosed with attributes (`<img src=x onerror=...`): removed to the end.
_OPEN_TAG_RE = re.compile(r"<\s*[a-zA-Z][\w:-]{0,30}\s+[\w:-]+\s*=.*$", re.S)
#: Invisible characters that split words or hide text (zero-width spaces and joiners,
#: direction marks, the soft hyphen, the byte-order mark).
_INVISIBLE_RE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
#: Traditional (and Taiwan / Hong Kong variant) characters -> Simplified, one for one (`hanzi_table`).
_TO_SIMPLIFIED = str.maketrans(TRADITIONAL, SIMPLIFIED)
#: A Chinese character (the unified ideographs, extension A and the compatibility block).
HANZI = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_WS_RE = re.compile(r"\s+")
#: A sentence: up to its end mark, or up to a chat emoticon that ends it ("just looking is fine :) how do you…").
#: (Its words are taken possessively, a run of plain characters at a time: giving one back never lets the end
#: match, as no character the words take can start it; the same sentences, without the tries back.)
_SENT_RE = re.compile(r"(?:[^.!?\n:;]++|[:;](?!-?[)(DdPp](?:\s|$)))++(?:[.!?]+|[:;]-?[)(DdPp](?=\s|$)|$)")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " ", "`": "'"})

#: Contractions typed without the apostrophe ("dont", "cant"), restored for matching.
_NO_APOSTROPHE = {
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "wont": "won't", "isnt": "isn't",
    "arent": "aren't", "wasnt": "wasn't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't",
    "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "im": "i'm", "ive": "i've",
    "youre": "you're", "theyre": "they're", "weve": "we've", "thats": "that's", "whats": "what's",
    "theres": "there's", "youve": "you've", "itll": "it'll", "youll": "you'll", "theyll": "they'll",
    "hes": "he's", "shes": "she's", "whos": "who's", "wheres": "where's", "heres": "here's", "theyve": "they've",
    "wouldve": "would've", "couldve": "could've", "shouldve": "should've", "youd": "you'd", "theyd": "they'd",
    "hadnt": "hadn't", "neednt": "needn't", "mustnt": "mustn't", "aint": "ain't",
    "ill": "i'll", "well": "we'll",
}
#: "ill" and "well" are words of their own: restored only before a verb a speaker promises with
#: ("so ill ring it up", "well send it monday"), never in "ill health" or "well done".
_PROMISED = (r"(?= (?:just |also |then |now |definitely |personally )?(?:ring|send|call|get|book|check|do|have|be|put|give|take|"
             r"make|bring|show|sort|look|let|see|order|write|pop|come|go|try|need|email|text|arrange|pick|fix|set|keep|hold|"
             r"deliver|install|start|pay|talk|speak|ask|think|wait|message|msg|dm|ping|stick|pass|consider|discuss|"
             r"confirm|stay|buy|use|tell|drop|reply|cancel|switch)\b)")
#: "well" opens many a spoken sentence ("well let me check…", "well take your time"): "we'll" only before a few
#: verbs of a promise a team makes ("well send it monday", "well deliver friday").
_WE_PROMISE = (r"(?= (?:just |also |then |now |definitely )?(?:send|ring|call|deliver|install|book|arrange|sort|fix|email|text|"
               r"pick|ship|replace|refund)\b)")
_NO_APOSTROPHE_RE = re.compile(r"\b(?:" + "|".join(w for w in _NO_APOSTROPHE if w not in ("ill", "well")) + r")\b"
                               r"|\bill\b" + _PROMISED + r"|\b(?<!as )well\b" + _WE_PROMISE)

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
    language: str = "en"  # ISO code of the language the text is in ("" when it has no words)

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
        text = _TAG_RE.sub(" ", text)
        text = _OPEN_TAG_RE.sub(" ", text)
    return text


def fold_characters(text: str) -> str:
    """Full-width and compatibility forms folded (NFKC: "？" -> "?", "ｈｏｗ" -> "how"), invisible ones removed, and
    Traditional Chinese characters read as Simplified ("這個會員費還是太貴" -> "这个会员费还是太贵")."""
    if text.isascii():
        return text
    return simplified(_INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", text)))


def as_written(phrases: tuple[str, ...], raws: Iterable[str]) -> tuple[str, ...]:
    """Phrases read from the folded form of the texts `raws` (their Traditional Chinese characters read as Simplified),
    as those texts wrote them, for quoting back to the person who wrote them: the same places of a text before its
    characters were folded ("这款就是最" of "這款就是最好的" -> "這款就是最"; a phrase cut short with "…" by its start).
    A phrase no text with Traditional characters holds stays as it is."""
    written = [(folded, base) for base, folded in (_unfolded(raw) for raw in raws) if folded != base.lower()]
    if not written:
        return phrases
    out = []
    for phrase in phrases:
        said = phrase[:-1] if phrase.endswith("…") else phrase
        found = next(((base, at) for folded, base in written if said and (at := folded.find(said)) >= 0), None)
        out.append(phrase if found is None else found[0][found[1]:found[1] + len(said)] + phrase[len(said):])
    return tuple(out)


@remembered()
def _unfolded(raw: str) -> tuple[str, str]:
    """(the text as read before its Traditional characters are folded, the same lower-case and folded), quotes and
    dashes plain in both: one character for one, so a place in one is the same place in the other."""
    if raw.isascii() or not HANZI.search(raw):
        return raw, raw
    base = _INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", raw)).translate(_QUOTES)
    lower = base.lower()
    return base if len(lower) == len(base) else lower, simplified(lower)


@remembered(1024)
def simplified(text: str) -> str:
    """Chinese text with its Traditional characters folded to Simplified ones (a character at a time: the
    lexicons are written in Simplified characters); any other text as it is. (Remembered: the Chinese reader folds
    the same turn for every pattern it asks of it.)"""
    return text.translate(_TO_SIMPLIFIED) if HANZI.search(text) else text


# Spoken and typed English, read as its plain written form for matching (the clean text
# shown back to people keeps what was typed).
_STUTTER_RE = re.compile(r"\b([a-z]{1,3})-(?=\1)")            # "wh-what", "I-I", "th-the"
# (the word is taken possessively, `++`: a space must follow it, so only its whole run of letters can be the word)
_REPEAT_RE = re.compile(r"\b([a-z]++)(?: \1\b)+")              # "the the", "what what"
_FILLER_RE = re.compile(r"(?:^|(?<=[\s,.;!?]))(?:u+m+|u+h+m*|e+r+m*|e+h+|hm+|mm+|ah+)(?=[\s,.;!?-]|$)[,.]?\s*")
#: (a "just like" without the filler's comma compares: "a ute just like it", "customers just like you")
_LIKE_RE = re.compile(r"\b(so|and|but|or),? like,? (?=[a-z])|\b(just),? like, (?=[a-z])")
_LEADING_LIKE_RE = re.compile(r"(?:^|(?<=[,.;?!] ))like, ")
_YOU_KNOW_RE = re.compile(r",?\s*\b(?:you know|i mean|kind of like|sort of like)\b,\s*")
_SPOKEN = {
    "what'd": "what did", "how'd": "how did", "where'd": "where did", "why'd": "why did", "who'd": "who would",
    "d'you": "do you", "d'ya": "do you", "didja": "did you", "dya": "do you", "whaddya": "what do you",
    "wanna": "want to", "gonna": "going to", "gotta": "got to", "kinda": "kind of", "sorta": "sort of",
    "ya": "you", "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "thx": "thanks",
    "wat": "what", "wht": "what", "hw": "how", "cuz": "because", "coz": "because", "bc": "because",
    "y'all": "you", "yall": "you", "urself": "yourself", "wot": "what", "whats": "what's", "hows": "how's",
    # Scots negatives ("I cannae be doing monthly plans", "we dinnae need it", "naw, you're alright")
    "cannae": "can't", "canna": "can't", "dinnae": "don't", "dinna": "don't", "didnae": "didn't", "doesnae": "doesn't",
    "disnae": "doesn't", "wouldnae": "wouldn't", "couldnae": "couldn't", "shouldnae": "shouldn't", "isnae": "isn't",
    "wasnae": "wasn't", "havenae": "haven't", "hasnae": "hasn't", "willnae": "won't", "naw": "no", "gonnae": "going to",
    # chat shorthand ("idk tbh", "ill call u tmrw"): the words it stands for ("rn" is left: a nurse as often as "right now")
    "idk": "i don't know", "dunno": "don't know", "tbh": "to be honest", "ngl": "not going to lie",
    "tho": "though", "thru": "through", "abt": "about", "b4": "before", "lemme": "let me", "gimme": "give me",
    "ppl": "people", "tmrw": "tomorrow", "tmr": "tomorrow", "tmrrw": "tomorrow", "2moro": "tomorrow", "2day": "today",
    "smth": "something", "sth": "something", "nvm": "never mind", "imo": "in my opinion", "btw": "by the way",
    "cus": "because", "bcoz": "because", "bcos": "because", "becoz": "because",
}
_SPOKEN_RE = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(k) for k in sorted(_SPOKEN, key=len, reverse=True)) + r")(?![\w'])")
#: A typed day's short form after a word that names a day ("which sat works", "see u thurs", "by fri"), as the day: "sat"
#: and "wed" alone are words of their own.
_DAYS = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday", "thur": "thursday",
         "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday"}
_DAY_SHORT_RE = re.compile(r"\b(which|this|next|last|on|by|till|until|from|every|or|and|see you|before|after) "
                           r"(" + "|".join(sorted(_DAYS, key=len, reverse=True)) + r")\b(?!')")


def spelled_out(lower: str) -> str:
    """Typed and spoken short forms as the words they stand for ("would u like" is "would you like"), nothing else."""
    return _SPOKEN_RE.sub(lambda m: _SPOKEN[m.group(0)], lower)


def plain_spoken(lower: str) -> str:
    """Stutters, repeated words, fillers and spoken contractions turned into written English."""
    # (each pattern only where the words it needs occur: most lines have no stutter, "you know" or "like")
    s = _STUTTER_RE.sub("", lower) if "-" in lower else lower
    s = spelled_out(s)
    s = _DAY_SHORT_RE.sub(lambda m: f"{m.group(1)} {_DAYS[m.group(2)]}", s)
    s = _FILLER_RE.sub("", s)
    if "you know" in s or "i mean" in s or "of like" in s:
        s = _YOU_KNOW_RE.sub(" ", s)
    if "like" in s:
        s = _LEADING_LIKE_RE.sub("", _LIKE_RE.sub(lambda m: f"{m.group(1) or m.group(2)} ", s))
    s = _REPEAT_RE.sub(r"\1", s)
    if "..." in s or "…" in s:
        s = _PAUSE_RE.sub(", ", s)
    return " ".join(s.split())  # whitespace runs as one space, trimmed (as `_WS_RE`, which `str.split` matches)


#: A pause inside a spoken sentence, before the words go on with a question's verb or a joining word ("…until the payment
#: lands... would that be something you'd try?", "is that kind of it... or?"): a comma, not a sentence's end ("Checking your
#: policy... yes, you have cover" stays two).
_PAUSE_RE = re.compile(r"(?<=\w)\s*(?:\.{3,}|…)\s*(?=(?:would|could|will|can|should|shall|is|are|do|does|did|or|and|but|then|"
                       r"if|because|what|how|which|when|where|why|who)\b)")


def _language_ok(clean: str, words: tuple[str, ...]) -> tuple[bool, str, str]:
    """(judgeable, reason, language code) of a cleaned text: only English is judged."""
    if not any(ch.isalpha() for ch in clean):
        return False, "no words", ""
    lang = detect_language(clean)
    if lang != "en":
        return False, "language", lang
    return True, "", "en"


def normalise(value: object) -> Text:
    """Normalise any input into a `Text` (never raises).

    The last texts normalised are remembered: a turn is read by several classifiers and
    criteria, and a `Text` is immutable, so they share one."""
    if value is not None and value is not Ellipsis and not isinstance(value, str):
        return Text("", "", "", (), False, "not text")
    raw = coerce(value)
    truncated = len(raw) > MAX_CHARS * 4
    return _normalise_text(raw[: MAX_CHARS * 4] if truncated else raw, truncated)


@remembered()
def _normalise_text(raw: str, truncated: bool) -> Text:
    clean = strip_markup(fold_characters(raw)).translate(_QUOTES)
    clean = " ".join(clean.split())
    if len(clean) > MAX_CHARS:
        cut = clean.rfind(" ", 0, MAX_CHARS)
        clean = clean[: cut if cut > 0 else MAX_CHARS]
        truncated = True
    lower = plain_spoken(_NO_APOSTROPHE_RE.sub(lambda m: _NO_APOSTROPHE[m.group(0)], clean.lower()))
    words = word_tokens(lower)  # (remembered: the features and word counts read the same words)
    if not raw.strip():
        return Text(raw, "", "", (), False, "empty", truncated, "")
    if not clean:
        return Text(raw, "", "", (), False, "markup", truncated, "")
    ok, reason, lang = _language_ok(clean, words)
    if ok and not words:
        ok, reason = False, "no words"
    return Text(raw, clean, lower, words, ok, reason, truncated, lang)


def sentences(clean: str) -> list[str]:
    """Split a cleaned text into sentences, keeping their final punctuation (a new list each call;
    the split is remembered, as a turn's sentences are read by several parts of the engine)."""
    return list(_sentences(clean))


#: A title's dot ("Mr. Okafor") does not end a sentence, nor the dot of a number's "no." before its number
#: or a lower-case word ("room no. 12", "the room no. you're in").
_TITLE_DOT = re.compile(r"(?i)\b(?:mr|mrs|ms|dr)\.$")
_NUMBER_DOT = re.compile(r"(?i)\b(?:room|flat|house|unit|apartment|apt|account|order|policy|invoice|ref|reference|item|part|"
                         r"model|serial|phone|tel|case|ticket|claim|platform|gate|seat|table|booking|member|staff|employee|"
                         r"student|patient|customer|job|passport|licen[cs]e) no\.$")


def _ends_with(rx: re.Pattern[str], s: str) -> bool:
    """Whether `rx`, a pattern that ends in `$`, matches `s`: searched only from where a match can start (its
    longest match, and a final newline `$` allows, before the end; `\\b` still sees the character before)."""
    return bool(rx.search(s, max(0, len(s) - _SPAN[rx] - 1)))


_SPAN = {rx: longest_match(rx.pattern, rx.flags) for rx in (_TITLE_DOT, _NUMBER_DOT)}


#: A letter or a digit (`str.isalnum`: a word character but the underscore).
_ALNUM = re.compile(r"[^\W_]")


@remembered()
def _sentences(clean: str) -> tuple[str, ...]:
    out: list[str] = []
    starts: list[int] = []
    for m in _SENT_RE.finditer(clean):
        s = m.group(0).strip()
        if not (s and _ALNUM.search(s)):
            continue
        # (both dots are a sentence's last character: only a sentence that ends in "." can go on)
        if out and out[-1].endswith(".") and (
                _ends_with(_TITLE_DOT, out[-1]) or (_ends_with(_NUMBER_DOT, out[-1]) and (s[0].islower() or s[0].isdigit()))):
            out[-1] = clean[starts[-1]:m.end()].strip()  # the same sentence goes on
            continue
        out.append(s)
        starts.append(m.start())
    return tuple(out)


def unjudgeable_feedback(reason: str, what: str, language: str = "") -> str:
    """One sentence explaining why a text cannot be judged (naming the language it saw)."""
    if reason == "empty":
        return f"There is nothing to judge yet: write {what} in English and try again."
    if reason == "markup":
        return f"This looks like markup or code rather than words, so it can't be judged; write {what} in plain English."
    if reason == "not text":
        return f"This is not text, so it can't be judged; write {what} as words in plain English, in quotes."
    if reason == "language":
        seen = language_name(language)
        lead = f"This looks like {seen}, not English" if seen else "This doesn't look like English"
        return f"{lead}, so it can't be judged; the course scores {what} written in English."
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
