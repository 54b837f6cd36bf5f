"""Reflections: statements that mirror what the customer means or feels ("So it's the downtime
that hurts", "You're worried the drivers won't use it", "Fresh produce is non-negotiable in
your kitchen").

Motivational interviewing counts a reflection as a way of confirming understanding, like a
paraphrase that ends in "is that right?". Advice ("You should…", "Try…"), information about
us or the product ("Delivery takes three days", "Our plan includes…") and small talk are
not reflections. With the customer's line before it, a statement that takes up their words
(and is none of those) reflects it; without it, the statement must be about the customer
("you", "your…") or say how much something weighs on them.
"""
from __future__ import annotations

import re

from .text import Text, sentences
from .words import content_words

#: Advice: telling the customer what to do (an imperative first word, "you should", "I'd suggest").
_ADVICE = re.compile(
    r"^(?:(?:so|then|ok|okay|well),? )?(?:try|set|send|get|put|use|call|ring|check|ask|keep|book|switch|go|let|take|make|start|stop|"
    r"consider|order|apply|have|pair|print|turn|move|talk|speak|write|install|replace|add|cut|give|look|think about|"
    r"don't|do|avoid|remember|always|never|just)\b"
    r"|\b(?:you (?:can|may) (?:always |also |just |then )?(?:check|find|see|call|ring|visit|go|use|try|ask|download|log|pop|come|get|book|order|pay|return|bring|email|text|track|follow|read|look|sign|claim|apply|reset|cancel|switch|pick|submit|fill|send|hand|drop|upload|collect|leave|choose|expect|keep|start|stop|change|add)|you should|you could|you might (?:want|try|put|consider|look)|you ought|you'd better|you'd be better off|"
    r"you(?:'ll| will) (?:want|need) to|you need to|you have to|you must|i'd (?:suggest|recommend|advise|get|go|switch|start|put|try|use|wait)|"
    r"i (?:suggest|recommend|advise)|my (?:advice|suggestion|tip|recommendation)|why (?:not|don't you)|it(?:'d| would) be (?:worth|best|wise|smart|better)|"
    r"it(?:'s| is) (?:worth|best|wise|a good idea)|(?:the )?best (?:thing|way|option) (?:is|would be) to|make sure (?:you|to)|have you (?:tried|thought|considered))\b")
#: Information about us, our product, prices or process.
_INFORMATION = re.compile(
    r"^(?:here(?:'s| is| are)|we|our|i|i'm|i've|i'll|us|the (?:price|cost|fee|plan|package|model|warranty|delivery|installation|contract|policy|software|system|service|app|unit|machine|device|product|offer|trial|subscription|team|engineer|store|shop|branch|office)s?)\b"
    r"|\b(?:it|they|this|that) (?:comes|come|costs?|includes?|takes?|runs?|has(?! to\b)|have(?! to\b)|works|ships|arrives?|lasts?|covers?|is available|are available|can be|will be)\b"
    r"|\b\d+(?:[.,]\d+)? ?(?:%|percent|euros?|dollars?|pounds?|days?|hours?|weeks?|months?|years?|minutes?|gb|mb|kg|litres?)\b"
    r"|\b(?:we|our|us)\b|\bi(?:'ll| will| can| could|'m going to| am going to|'ve got|'d like to)\b")
#: Small talk, thanks, greetings, agreement tokens.
_OTHER = re.compile(
    r"^(?:hi|hello|hey|good (?:morning|afternoon|evening)|thanks?|thank you|nice|great|lovely|sure|of course|no problem|"
    r"ok(?:ay)?|right|fine|perfect|welcome|congratulations|bye|goodbye|have a|enjoy|cheers|sorry)\b")
#: Words that say how much something weighs on the customer.
_WEIGHT = re.compile(
    r"\b(?:matters?|important|essential|non-negotiable|key|priority|worr\w*|concern\w*|fear\w*|afraid|pressure|stress\w*|"
    r"struggl\w*|hard|difficult|tough|painful|frustrat\w*|annoy\w*|tired|fed up|stuck|risk\w*|stings?|hurts?|costing|"
    r"eating into|juggl\w*|challenge|big deal|top of|can't|cannot|don't|doesn't|isn't|aren't|won't|no room|let you down|"
    r"rather|prefer|value|want|need|wish|hope|really|real|more than|counts?|drives?|makes or breaks|on you|for you|to you)\b")
#: Telling the customer what will follow or what they can do ("You'll get the swelling down",
#: "You can ask your case manager"), or what holds for people in general ("Some people find…",
#: "It's linked with…"), or the speaker's own view ("I know what has worked for others"): information.
_GENERAL = re.compile(
    r"\byou(?:'ll| will) (?!(?:still |probably |really )?(?:feel|be (?:feeling|worried|wondering|thinking|glad|happy|relieved)|want|wonder|miss|live))\w+"
    r"|\byou(?:'d| would) (?:be (?:amazed|surprised)|have to|need to)\b|\byou(?:'ve)? got(?:ta| to)\b"
    r"|\byou (?:can|could) (?:also |always |just |absolutely |even |still )?(?:ask|talk|call|use|join|find|bring|push|wear|pick|reach|book|visit|sign|tell)\b"
    r"|\bfeel free\b|\bplease\b|\blet's (?!say)\b|\bwhat i(?:'d| would) like (?:you|to)\b|\bi(?:'d| would) (?:like|love|hate) (?:you|to see)\b"
    r"|\bone (?:good |other )?(?:option|thing|idea|way)\b[^.?!]{0,30}\b(?:would be|is|might be)\b|\bit(?:'s| is) (?:really |very |so |also )?(?:important|helpful|best) (?:that you (?!were|had|did)|for you to (?!be)|to (?:use|take|get|keep|stop|check|make))"
    r"|\b(?:(?:some|most|many|lots of|plenty of|a lot of) (?:other )?(?:people|folks|patients|clients|customers|users|families|parents|teens|smokers|drinkers|businesses|companies|owners) (?:who|that|i|we|find|say|tell|do|have|seem|are|get|use|like|often|usually)|"
    r"people (?:often|usually|tend|your age|in your (?:situation|position)))\b"
    r"|\b(?:research (?:shows|says|suggests)|studies|the evidence|statistics|the (?:recommendation|guideline)s?)\b|\b(?:is|are) (?:associated|linked) with\b"
    r"|\b(?:it|this|that|which)(?:'ll| will| can| could| would|'d) (?:really |also |certainly )?(?:help|prevent|reduce|cause|lead|increase|protect)\b|\bwhich is why\b"
    r"|\b(?:up to you|you(?:'re| are) not allowed|you (?:do not|don't) need (?:a|an)\b|you just (?:need|gotta|have) to|i see (?:on|in|from) (?:the|your))\b"
    r"|\bi (?:wanted to|would (?:check|want|recommend|suggest)|believe|look forward|was going to tell|have heard|'ve heard|'ve seen|want you to know|can (?:give|send|show|get|refer|offer))\b")
#: Words with "you" that do not speak of the customer ("you know", "thank you", "see you").
_YOU_FILLER = re.compile(r"\byou know\b(?! (?:that|what|how|it|this|the|your|you|she|he|they|where|why|when)\b)|\bthank you\b|\bsee you\b|\bif you will\b|\bmind you\b|\bbless you\b")
_YOU = re.compile(r"\b(?:you|your|you're|you've|you'd|you'll|yours|yourself)\b")
#: Shortest statement that can reflect anything.
MIN_WORDS = 3


def tells(sentence: str) -> bool:
    """Whether a (lowercase) sentence gives advice or information rather than reflecting the customer."""
    return bool(_ADVICE.search(sentence) or _INFORMATION.search(sentence) or _GENERAL.search(sentence))


def reflects(t: Text, before: str = "") -> bool:
    """Whether a normalised statement reflects the customer (given their line `before`, when known)."""
    if not t.judgeable:
        return False
    sents = sentences(t.lower) or [t.lower]
    first = sents[0].strip()
    if first.endswith("?") or len(t.words) < MIN_WORDS or _OTHER.match(first) and len(sents) == 1:
        return False
    statements = [s for s in sents if not s.strip().endswith("?") and (not _OTHER.match(s.strip()) or len(sents) == 1)]
    if not statements:
        return False
    body = " ".join(statements)
    if tells(body):
        return False
    if before:
        said = content_words(before)
        mine = content_words(body)
        if said & mine or any(len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a)) for a in said for b in mine):
            return True
    return bool(_YOU.search(_YOU_FILLER.sub(" ", body))) or bool(_WEIGHT.search(body))
