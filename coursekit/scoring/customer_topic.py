"""Moves whose words can be the customer's own topic.

A factory owner whose engineers "close with discounts, eight or ten percent on nearly every order"
is asked about those discounts ("How does this discount happen?") and offered a course on closing
"without discount". The trainee uses her words and offers no discount. Where the customer brought the
word in, a move read from it counts only with the trainee's own offer in the turn ("I can give you
ten percent off"). Likewise "No, it doesn't" after the customer's own "150 doesn't buy a suit" agrees
with them: it is no argument. Used alike by the rubric (`exchange.annotated_turns`) and the simulated customer.
"""
from __future__ import annotations

import re

#: move -> the words that read it, when the customer has used them first
_TOPIC_WORDS = {"discount": re.compile(r"\bdiscount", re.IGNORECASE)}
#: move -> the things it names that may be the customer's own ("The bundle was bought on Sunday, but…" of the roaming
#: bundle she says she bought is no bundle sold to her)
_THEIR_THINGS = {"upsell": re.compile(r"\b(?:bundle|package)s?\b", re.IGNORECASE)}
#: The moves that can be read from the customer's own words (callers skip the context when a turn has none).
TOPIC_MOVES = frozenset(_TOPIC_WORDS) | frozenset(_THEIR_THINGS) | {"argument"}
#: move -> the trainee's own offer of it, which counts whoever spoke of it first
_OWN_OFFER = {"discount": re.compile(
    r"\b(?:i|we)(?:'ll|'d|'m|'re)?(?: can| could| will| would| might| am| are| just| could even)?(?: \w+){0,2} "
    r"(?:give|offer|reduce|match|lower|let you have)\b|\b(?:take|knock|cut|shave|drop)\b[^.?!]{0,25}\boff\b|"
    r"\b(?:i|we)(?:'ll|'d)?(?: can| could| will| would)? do (?:you )?(?:\d+|a (?:deal|better|good)|better|five|ten|fifteen|twenty)\b|"
    r"\b(?:\d+|five|ten|fifteen|twenty) ?(?:%|percent|per cent) off\b|\boff (?:the|your) (?:price|bill|list|order)\b",
    re.IGNORECASE)}


def without_customer_topics(moves: frozenset[str], text: str, customer_said: str) -> frozenset[str]:
    """`moves` less those read from words the customer used first ("discount") where the turn offers
    nothing of its own."""
    echoed = {move for move in moves & _TOPIC_WORDS.keys()
              if _TOPIC_WORDS[move].search(customer_said or "") and not _OWN_OFFER[move].search(text or "")}
    return moves - echoed if echoed else moves


def _names_only_their_things(evidence: tuple[str, ...], things: re.Pattern, customer_said: str) -> bool:
    """Whether every piece of a move's evidence names a thing (`things`) the customer named first, by the same word."""
    named = {m.group(0).lower().rstrip("s") for m in things.finditer(customer_said or "")}
    found = [m.group(0).lower().rstrip("s") for piece in evidence for m in [things.search(piece)]
             if m is not None]
    return bool(evidence) and len(found) == len(evidence) and set(found) <= named


#: A denial that agrees with the customer's own: "150 doesn't buy a suit." - "No, it doesn't, it's for essentials."
_DENIAL = re.compile(r"^no,? (?:it|that|they|you) (doesn't|isn't|won't|can't|didn't|wasn't|aren't|don't|weren't|haven't|hasn't)$",
                     re.IGNORECASE)
#: The long forms whose stem is not the short form less "n't".
_LONG_NEGATION = {"can't": "(?:cannot|can not)", "won't": "will not"}


def agrees_with_denial(evidence: tuple[str, ...], last_customer_line: str) -> bool:
    """Whether an argument read only from "No, it doesn't" echoes the denial the customer has just made
    ("150 doesn't buy a suit."): it agrees with them, it does not contradict them."""
    words = [m.group(1).lower() for m in map(_DENIAL.match, evidence) if m]
    if not evidence or len(words) < len(evidence):
        return False
    said = (last_customer_line or "").lower().replace("’", "'")
    return all(re.search(rf"\b{w}\b|\b{_LONG_NEGATION.get(w, w[:-3] + ' not')}\b", said) for w in words)



def in_customer_context(moves: frozenset[str], evidence: dict[str, tuple[str, ...]], text: str,
                        customer_lines: list[str]) -> frozenset[str]:
    """`moves` read with what the customer said before them: less a move read from the customer's own topic
    (`without_customer_topics`) and less an argument that only agrees with their denial (`agrees_with_denial`)."""
    kept = without_customer_topics(moves, text, " ".join(customer_lines))
    kept = kept - {move for move in kept & _THEIR_THINGS.keys() if _names_only_their_things(
        evidence.get(move, ()), _THEIR_THINGS[move], " ".join(customer_lines))}
    if "argument" in kept and customer_lines and agrees_with_denial(evidence.get("argument", ()), customer_lines[-1]):
        kept = kept - {"argument"}
    return kept
