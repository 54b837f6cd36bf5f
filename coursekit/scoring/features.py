"""Word features for the learned part of the classifiers: crude stems and bigrams (stdlib only)."""
from __future__ import annotations

import re

from .memo import remembered

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_IRREGULAR = {"bought": "buy", "spent": "spend", "paid": "pay", "sold": "sell", "kept": "keep", "left": "leave",
              "went": "go", "gone": "go", "was": "be", "were": "be", "is": "be", "are": "be", "been": "be",
              "am": "be", "has": "have", "had": "have", "did": "do", "does": "do", "done": "do",
              "made": "make", "took": "take", "taken": "take", "got": "get", "gave": "give", "given": "give",
              "felt": "feel", "thought": "think", "told": "tell", "said": "say", "broke": "break",
              "broken": "break", "lost": "lose", "let": "let", "cheaper": "cheap", "cheapest": "cheap",
              "n't": "not", "can't": "cannot", "won't": "will not", "don't": "do not", "doesn't": "do not",
              "didn't": "do not", "isn't": "be not", "aren't": "be not", "wasn't": "be not",
              "haven't": "have not", "hasn't": "have not", "couldn't": "could not", "wouldn't": "would not",
              "we've": "we have", "i've": "i have", "we're": "we be", "i'm": "i be", "you're": "you be",
              "they're": "they be", "it's": "it be", "that's": "that be", "there's": "there be",
              "we'll": "we will", "i'll": "i will", "you'll": "you will", "we'd": "we would", "i'd": "i would",
              "what's": "what be", "who's": "who be", "how's": "how be", "let's": "let us"}


@remembered(16384)
def stem(word: str) -> str:
    """A deliberately crude suffix stripper: enough to join 'deliveries'/'delivery', 'trained'/'training';
    remembered (the same few hundred words make most texts)."""
    w = word[:-2] if word.endswith("'s") else word
    n = len(w)
    if n <= 3:
        return w
    last = w[-1]
    if last == "s":
        if n > 5 and w.endswith("ies"):
            return w[:-3] + "y"
        if w[-2] not in "sui":
            w, n = w[:-1], n - 1
    elif last == "g":
        if n > 5 and w.endswith("ing"):
            w, n = w[:-3], n - 3
    elif last == "d":
        if n > 4 and w[-2] == "e" and not w.endswith("eed"):
            w, n = w[:-2], n - 2
    return w[:-1] if n > 4 and w[-1] == "e" else w


@remembered()
def word_tokens(lower: str) -> tuple[str, ...]:
    """The words of a lower-case text (`[a-z0-9]+(?:'[a-z]+)?`), remembered: the normaliser, the features,
    the word counts and the supporting words of a prediction all read the words of the same text."""
    return tuple(_WORD.findall(lower))


def word_stems(lower: str) -> list[str]:
    out: list[str] = []
    for w in word_tokens(lower):
        rep = _IRREGULAR.get(w)
        if rep:
            out.extend(rep.split())
        else:
            out.append(stem(w))
    return out


#: Fixed expressions whose words mean nothing on their own ("of course" is not a training
#: course): joined into one token before stemming.
_IDIOMS = re.compile(r"\b(?:of course|kind of|sort of|you know|i mean)\b")
#: Words too general to be features on their own (bare "like" is a verb of liking, a
#: preposition or a filler); they still count inside bigrams ("like_to", "treat_like").
_NO_UNIGRAM = frozenset({"like"})


#: Joins a text and the line it answers into one string the model reads (see `with_context`).
CONTEXT = "\x1f"


def with_context(lower: str, context_lower: str | None) -> str:
    """A text together with the line before it, for a model that reads both (the context's
    features are kept apart: 'price' said by the trainee is not 'price' said by the customer)."""
    return f"{lower}{CONTEXT}{context_lower}" if context_lower is not None else lower


@remembered()
def features(lower: str) -> tuple[str, ...]:
    """Unigram stems and bigrams ('a_b') of a lower-case text, de-duplicated, in order; the line
    before it, if joined by `with_context`, adds its own as 'c:' features ('c:' alone: nothing before)."""
    text, _, context = lower.partition(CONTEXT)
    feats = _text_features(text)
    if CONTEXT in lower:
        feats += [f"c:{f}" for f in _text_features(context)] if context.strip() else ["c:"]
    return tuple(dict.fromkeys(feats))


def _text_features(lower: str) -> list[str]:
    if "of" in lower or "you know" in lower or "i mean" in lower:  # the words every idiom needs
        lower = _IDIOMS.sub(lambda m: m.group(0).replace(" ", ""), lower)
    stems = word_stems(lower)
    feats = [w for w in stems if w not in _NO_UNIGRAM]
    feats.extend(f"{a}_{b}" for a, b in zip(stems, stems[1:]))
    if stems:
        feats.append(f"^{stems[0]}")
    return feats
