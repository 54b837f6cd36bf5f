"""Question form (open/closed, by grammar) and technique (brief section 5)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..labels import TECHNIQUES
from .combine import combined
from .cues import CueSet, evidence_of, quote
from .memo import remembered
from .question_lexicon import (
    ASK_A_QUESTION, AUX_WORDS, CHOICE_RE, INDIRECT_OPEN_RE, SCALE_RE, INVITATION_RE, LEADING_MARKERS, SHORT_FACT_RE, SUBORDINATORS, TAG_RE,
    TECHNIQUE_CUES, TECHNIQUE_WHAT, WH_WORDS,
)
from . import multilingual
from .text import Text, normalise, sentences, unjudgeable_feedback
from .types import QuestionPrediction

CUES = CueSet(TECHNIQUE_CUES)

_rx: dict[str, re.Pattern[str]] = {}


def _re(name: str) -> re.Pattern[str]:
    if not _rx:
        _rx["invite"] = re.compile(INVITATION_RE)
        _rx["indirect"] = re.compile(INDIRECT_OPEN_RE)
        _rx["tag"] = re.compile(TAG_RE)
        _rx["short_fact"] = re.compile(SHORT_FACT_RE)
        _rx["choice"] = re.compile(CHOICE_RE)
        _rx["scale"] = re.compile(SCALE_RE)
        # "…for shelves, what are you hanging on them, books or lighter", "one more then - what else would matter…"
        _rx["wh_inside"] = re.compile(r"(?<=\s)(?:(?:what|how|why|where|which)\s(?:would|do|does|did|could|can|will|are)\s(?:you|they|we)\b"
                                      r"|what\selse\s(?:would|could|do|does|is|are|should|might|can|will)\b"
                                      # typed after a lead-in: "…april and may what would a good season look like for u"
                                      r"|(?:what|how|why|where|which)\s(?:would|do|does|did|could|can|will|is|are)\s(?:a|an|the|your|this|that)\s"
                                      r"(?:\w+\s){0,3}?(?:look\slike|be|mean|need|take|change|go|work|feel|happen)\b"
                                      r"|what\s(?:would|could|might|will)\s(?:make|help|get)\s(?:you|it|them|things)\b)")
        # words after which a wh-clause is told, not asked ("i know what would make you happy", "that's what the team does")
        _rx["told_before_wh"] = re.compile(r"\b(?:know|knew|see|saw|exactly|is|was|that's|it's|wonder|wondering|tell|told|ask|asked|"
                                           r"understand|understood|about|on|of|explain|decide|sure|show|matters?|depends?|care|"
                                           r"remember|guess|imagine|idea|learn|find out)\W*$")
        # a question word, then the verb before its subject ("what do you use it for.", "how long have you had it."): it
        # asks even typed with a full stop ("what a mess." and "what i can do is…" have no such order)
        _rx["wh_inverted"] = re.compile(r"^(?:what|how|why|where|who|which|when)\b(?: (?:else|much|many|long|often|far|soon|kind of|sort of) \w+| \w+)? "
                                        r"(?:do|does|did|would|could|will|can|should|might|are|is|was|were|have|has)"
                                        r" (?:you|we|they|he|she|it|your \w+|the \w+|an? \w+ (?:\w+ )?(?:look like|be|mean|need))\b"
                                        r"|^what else (?:would|could|do|does|is|are|should|might|can|will)\b"
                                        r"|^what (?:would|could|might|will) (?:make|help|get) (?:you|it|them|things)\b")
        # "How long does it take, and what does the board expect?": an open part makes it open
        _rx["open_part"] = re.compile(r"(?:,|\band\b|;) (?:and )?(?:what|how|why)\b(?! (?:many|much|long|often|old|far|soon|time|day|date)\b)")
        markers = sorted(LEADING_MARKERS, key=len, reverse=True)
        _rx["marker"] = re.compile(r"^(?:" + "|".join(re.escape(m) for m in markers) + r")\b[\s,;:.!-]*")
        subs = sorted(SUBORDINATORS, key=len, reverse=True)
        _rx["sub"] = re.compile(r"^(?:" + "|".join(re.escape(s) for s in subs) + r")\b[^,;:?]*[,;:-]\s*(?=\S)")
        _rx["when_sub"] = re.compile(r"^(?:when|where|whenever|while)\s+(?!(?:" + "|".join(
            re.escape(a) for a in sorted(AUX_WORDS) if "'" not in a) + r")\b)[^,;:?]*[,;:-]\s*(?=\S)")
        _rx["vocative"] = re.compile(r"^[a-z]+(?: [a-z]+)?,\s*(?=\S)")
        _rx["word"] = re.compile(r"[a-z]+(?:'[a-z]+)?")
        _rx["pseudocleft"] = re.compile(r"^(?:what|how|where|when|why|which|who)\s+(?:you|we|i|they|he|she|it|your|the|this|that)\b")
    return _rx[name]


@dataclass(frozen=True)
class FormResult:
    form: str          # "open" | "closed"
    is_question: bool
    cue: str           # the word(s) that decided the form
    reason: str        # "wh", "invitation", "aux", "tag", "declarative", "none"
    clause: str = ""   # the clause that holds the question, when it is not the whole sentence


#: Words that open a question: a sentence opening with one before a comma is not addressed to someone by name.
_QUESTION_WORDS = WH_WORDS | AUX_WORDS


#: Asking leave to ask before the question itself ("could I just ask one quick thing, like, what are your regulars
#: asking for?"): the question after it is what is asked.
_ASKS_LEAVE = re.compile(r"^(?:can|could|may|might) i (?:just |quickly |also |maybe )?(?:" + ASK_A_QUESTION +
                         r"|ask (?:you )?something)[\s,;:.!-]+(?:like,?\s+)?(?=\w)")


def main_clause(sentence: str) -> str:
    """Strip discourse markers, a vocative and leading subordinate clauses from a lower-case sentence."""
    s = sentence.strip().lstrip("\"'([-*•>0123456789.) ").strip()
    s = _ASKS_LEAVE.sub("", s, count=1)
    marker, sub, when_sub, vocative = _re("marker"), _re("sub"), _re("when_sub"), _re("vocative")
    for _ in range(6):
        before = s
        s = marker.sub("", s, count=1)
        m = sub.match(s) or when_sub.match(s)
        if m and len(s) > m.end() + 2:
            s = s[m.end():]
        vm = vocative.match(s)
        if vm and vm.group(0).split(",")[0].strip() not in _QUESTION_WORDS and len(s) > vm.end() + 2:
            first = vm.group(0).split(",")[0].split()[0]
            if first not in ("tell", "describe", "explain"):
                s = s[vm.end():]
        if s == before:
            break
    return s.strip()


#: "Tell me, …" or "Go on then, …" before a question of its own.
_TELL_ME_THEN = re.compile(r"^(?:tell me|go on(?: then)?)\s*(?:[,:]|\s-+|\s[–—])\s*(\S.*)$")

#: Where a sentence splits into clauses ("You're the expert, how would you…", "So - what…").
_CLAUSES = re.compile(r"[,;:]\s+|\s+-\s+")


#: "Do you know why…", "Do you happen to know how many…": a wh-question asked through "do you know".
_KNOW_WH = re.compile(r"^(?:do|did|would|does) (?:you|anyone|anybody) (?:happen to |already |even |maybe )?know,? "
                      r"((?:why|how|what|where|when|who|which)\b.+)$")


#: "Don't worry…", "Do not forget…" with no question mark: an imperative, not "Don't you think…?".
_NEGATED_AUX = frozenset({"don't", "do"})
_IMPERATIVE_AFTER = re.compile(r"^(?:don't|do not) (?!(?:you|we|they|i|he|she|it|the|your|our|these|those|that|this|people|many|"
                               r"most|all|any|some|customers|clients)\b)[a-z]")


#: "Oh, tell me about it." / "Tell me about it, I had to scrape the van this morning": the idiom of fellow feeling (I know
#: just what you mean), not an invitation to describe; "You're opening a café? Tell me about it." still invites.
_COMMISERATES = re.compile(r"^(?:(?:oh|ugh|gosh|god|man|boy|yeah|ha|honestly)\b[,!.]?\s*)+tell me about it\b(?!\s*\?)|"
                           r"^tell me about it\s*(?:!|[,;:]\s*\w|\s[-–—]+\s*\w)")


#: An auxiliary before "you" opening a sentence ("do you have the receipt.", "can you send a photo."): a question even
#: when typed with a full stop.
_AUX_ASKS_YOU = re.compile(r"^(?:do|does|did|can|could|would|will|have|has|are|were|should) you\b")
#: A wish said with "have" ("have a nice day", "have a good one"): no question however it is typed.
_WISHED = re.compile(r"^have an? (?:[\w-]+ )?(?:day|weekend|evening|night|one|trip|time|holiday|week|flight|journey)\b")
#: A clause that asks by its word order, typed with no question mark after a remark ("3 months vs 12 is a big gap, is it
#: the seals that wear out or other parts too": fifty-eighth round, chat voice).
_INVERTED_CLAUSE = re.compile(r"^(?:is|are|was|were|do|does|did|can|could|would|will|has|have|should)(?:n't)? "
                              r"(?:it|that|this|there|they|you|u|he|she|we|your|ur)\b(?: [\w']+){2,}")


#: A polite or eager tail after a question typed without its question mark ("oh what happened, if u dont mind me asking",
#: "What else went wrong with us, I want to hear all of it."): the question before it is what is asked (fifty-ninth
#: round, chat and non-native voices).
_ASKING_TAIL = re.compile(r"[,;]\s*(?:(?:if|if you|if u) (?:don'?t|dont|do not) mind(?: me| my)? asking|if i (?:may|might|can) ask|"
                          r"if (?:you|u) (?:don'?t|dont|do not) mind (?:telling|sharing|explaining)(?: (?:it|that))?(?: (?:to )?(?:me|us))?|"
                          r"(?:i|we)(?:'d| would)? (?:really |just )?(?:want|like|love|need) to (?:hear|know|understand|learn)"
                          r"\b[^,;?]{0,40})[.!]*$")


@remembered()
def question_form(sentence: str, _inner: bool = False) -> FormResult:
    """The grammatical form of one sentence (lower-case); cached, as a turn's sentences are read by
    several parts of the engine."""
    raw = sentence.strip()
    tail = None if _inner else _ASKING_TAIL.search(raw)
    if tail is not None and tail.start() > 0:
        head = raw[:tail.start()].rstrip(" ,;")
        inner = question_form(head, _inner=True)
        if inner.reason in ("wh", "invitation", "fact", "choice", "aux"):
            return FormResult(inner.form, True, inner.cue, inner.reason, inner.clause or head)
    ends_q = raw.endswith("?")
    s = main_clause(raw)
    words = _re("word").findall(s)
    first = words[0] if words else ""
    tag = _re("tag").search(s) if ends_q else None
    # ("Tell me a bit about your parents, yeah?": an invitation with a filler tag still invites)
    if tag and (first not in WH_WORDS or _re("pseudocleft").match(s)) and not _re("indirect").match(s) and not _re("invite").match(s) \
            and not any(p.startswith(("what ", "how ", "why ")) and _re("wh_inverted").match(main_clause(p))
                        for p in _CLAUSES.split(raw)[1:-1]):
        # (a filler tag after a wh-question put mid-sentence asks the wh-question: "quick one so i point you right, what are
        # you, drilling into, yeah?")
        return FormResult("closed", True, tag.group(0).strip(" ,?"), "tag")
    if _re("indirect").match(s):
        verb = next((w for w in words[1:4] if w in ("tell", "describe", "explain", "walk", "talk", "take", "share", "outline", "elaborate", "give", "help", "say", "mind")), words[0])
        return FormResult("open", True, f"{first} you {verb}" if verb != first else first, "invitation")
    told = _TELL_ME_THEN.match(s) if ends_q else None
    if told:
        # "So tell me, how many employees do you have?": the question after "tell me," is what is asked
        inner = question_form(told.group(1), _inner=True)
        if inner.reason in ("wh", "fact", "choice", "aux", "tag"):
            return FormResult(inner.form, True, inner.cue, inner.reason, told.group(1))
    if _COMMISERATES.match(raw.lstrip("\"'([-*•> ")):
        return FormResult("closed", False, "", "none")
    known = _KNOW_WH.match(s)
    if known:
        # "Do you know why they wear so fast?": the question after "do you know" is what is asked
        inner = question_form(known.group(1), _inner=True)
        if inner.reason in ("wh", "fact", "choice"):
            return FormResult(inner.form, True, inner.cue, inner.reason, known.group(1))
    if _re("invite").match(s):
        cue = " ".join(words[:3]) if first == "i" else " ".join(words[:2]) if first in ("i'd", "i'm", "please", "give", "help", "walk", "talk", "take", "paint", "say", "go", "keep", "let's") else first
        return FormResult("open", True, cue, "invitation")
    if first in WH_WORDS:
        if _re("scale").search(raw):
            return FormResult("closed", True, "scale", "fact")
        if not ends_q and raw.endswith((".", "!")) and _re("pseudocleft").match(s):
            return FormResult("open", False, first, "none")
        # (a question typed with a full stop still asks when its verb comes before its subject: "what do you use it for.")
        asked = ends_q or not raw.endswith((".", "!")) or raw.endswith(".") and bool(_re("wh_inverted").match(s))
        fact = _re("short_fact").match(s)
        if fact and not _re("open_part").search(s, fact.end()):
            return FormResult("closed", asked, fact.group(0).strip(), "fact")
        if ends_q and _re("choice").search(s):
            return FormResult("closed", asked, "or", "choice")
        cue = first.replace("'s", "")
        return FormResult("open", asked, cue, "wh")
    if first in _NEGATED_AUX and not ends_q and _IMPERATIVE_AFTER.match(s):
        return FormResult("closed", False, first, "none")  # "don't worry about that, …" tells, it does not ask
    if first == "have" and _WISHED.match(s):
        return FormResult("closed", False, "", "none")  # "thanks, have a nice day" wishes, it does not ask
    if first in AUX_WORDS or (first == "is" or first == "are"):
        return FormResult("closed", ends_q or not raw.endswith((".", "!")) or raw.endswith(".") and bool(_AUX_ASKS_YOU.match(s)),
                          first, "aux")  # ("do you have the receipt." asks, typed with a full stop)
    if re.match(r"^i (?:was |am |'m )?wonder(?:ing)? (?:if|whether)", s):
        return FormResult("closed", True, "i wonder if", "aux")
    if not _inner and (ends_q or not raw.endswith((".", "!"))):
        # "You're the expert, how would you set it up?": the question is the last clause (typed
        # text often has no question mark: "thinking a year ahead, where would you like the firm to be").
        parts = _CLAUSES.split(raw)
        if len(parts) > 2 and ends_q and question_form(parts[-1], _inner=True).reason in ("none", "declarative"):
            # "…the fussy one - what will she look for, so we know what to prepare?": a purpose or
            # after-thought clause ends the sentence; the question is the clause before it
            asking = [k for k in range(1, len(parts) - 1) if len(parts[k].split()) >= 3  # not "…, what, fifty a day?"
                      and question_form(parts[k], _inner=True).reason in ("wh", "invitation", "fact", "choice")]
            if asking:
                parts = parts[:asking[-1] + 1]
        if len(parts) > 1:
            last = question_form(parts[-1], _inner=True)
            if last.reason in ("wh", "aux", "invitation", "fact", "choice") and (
                    ends_q or last.reason != "aux" or bool(_INVERTED_CLAUSE.match(main_clause(parts[-1]).strip()))):
                # "…, tell me a bit about what you're sending: what kind of pieces, and who's buying them?":
                # an invitation to describe before the last clause's short question keeps it open
                invited = next((p for p in parts[1:-1] if _re("invite").match(main_clause(p))), None)
                if invited is not None and last.form == "closed":
                    inner = question_form(invited, _inner=True)
                    if inner.reason == "invitation":
                        return FormResult("open", True, inner.cue, "invitation", invited)
                return FormResult(last.form, last.is_question, last.cue, last.reason, parts[-1])
    if not _inner and not ends_q:
        # Spoken turns put the question after fillers and commas and end it with a full stop:
        # "Well, I mean, you know, tell me about when you were diagnosed." (an invitation) or
        # "Thinking about your friends, how would you describe them." (a wh-word with inversion).
        inverted = _re("wh_inside").search(raw, 1)
        if inverted and _re("told_before_wh").search(raw[:inverted.start()]):
            inverted = None
        parts = _CLAUSES.split(raw)[1:] + ([raw[inverted.start():]] if inverted else [])
        for part in parts:
            clause = main_clause(part)
            if _re("invite").match(clause) or _re("indirect").match(clause) or _re("wh_inverted").match(clause):
                inner = question_form(part, _inner=True)
                if inner.reason == "wh" and _re("scale").search(raw):
                    return FormResult("closed", True, "scale", "fact", part)
                if inner.reason in ("invitation", "wh", "fact"):
                    return FormResult(inner.form, True, inner.cue, inner.reason, part)
    if ends_q:
        # A declarative question ("You run two shifts?") or an elliptical one ("And the budget?"):
        # answerable with yes/no unless it ends on a wh-word ("...and then what?").
        last = words[-1] if words else ""
        if last in WH_WORDS:
            return FormResult("open", True, last, "wh")
        return FormResult("closed", True, first or "?", "declarative")
    return FormResult("closed", False, "", "none")


def _technique_scores(sentence_lower: str, context_lower: str, fr: FormResult) -> tuple[dict[str, float], list]:
    hits = CUES.hits(sentence_lower)
    if context_lower and context_lower != sentence_lower:
        # Earlier sentences of the turn ("So you need it by June. Is that right?") count at half weight.
        ctx_hits = [h for h in CUES.hits(context_lower) if h.label in ("confirming", "clarifying", "satisfaction", "additional")]
    else:
        ctx_hits = []
    scores = CUES.scores(hits)
    for h in ctx_hits:
        scores[h.label] += h.weight * 0.5
    if fr.form == "open":
        scores["inquiry"] += 1.0
        scores["confirming"] -= 3.0
    elif fr.reason in ("fact", "choice"):
        # one short fact or a pick among options: fact-finding, not a yes/no confirmation
        scores["inquiry"] += 1.0
        scores["confirming"] -= 2.0
        scores["descriptive"] -= 1.0
    else:
        scores["confirming"] += 1.0
        scores["inquiry"] -= 3.0
        scores["descriptive"] -= 1.0
    if fr.reason == "invitation":
        scores["descriptive"] += 1.0
    if fr.reason == "tag":
        scores["confirming"] += 1.5
    return scores, [*hits, *ctx_hits]


def _feedback(label: str, fr: FormResult, ev: tuple[str, ...]) -> str:
    what = TECHNIQUE_WHAT[label]
    if fr.reason == "tag":
        form_part = f"a closed question (the tag '{fr.cue}' asks for a yes or no)"
    elif fr.reason == "declarative":
        form_part = "a closed question (a statement with a question mark invites a yes or no)"
    elif fr.reason == "fact":
        form_part = f"a closed question ('{fr.cue}' asks for one short fact)"
    elif fr.reason == "choice":
        form_part = "a closed question (it offers a choice between given options)"
    elif fr.form == "closed":
        form_part = f"a closed question (it starts with '{fr.cue}', so it can be answered yes or no)"
    elif fr.reason == "invitation":
        form_part = f"an open question (the invitation '{fr.cue}' asks the customer to talk)"
    else:
        form_part = f"an open question (it starts with '{fr.cue}', so it needs more than yes or no)"
    cues = f", shown by {quote(ev, 2)}" if ev and label not in ("inquiry", "confirming") else ""
    if fr.form == "closed" and label in ("confirming", "clarifying", "identifying", "additional"):
        tip = "good for pinning something down; to let the customer talk freely, start with 'how' or 'what'"
    elif fr.form == "closed":
        tip = "to hear more than a yes, a no or one fact, ask the customer to describe or explain ('how', 'what', 'tell me about')"
    else:
        tip = "good for getting the customer talking; follow up on what they say"
    return f"This is {form_part} and {what}{cues}; {tip}."


#: A short question that only offers examples of answers to the one before it ("Inside, outside,
#: both?", "Is it the taste, or something else?").
_OPTIONS = re.compile(r"^(?:(?:is|was|are|were) (?:it|that|they) |or )?[^?]{1,60}?(?:,| or )[^?]{1,40}\??$")


#: A first-person wish to understand, said before the question itself ("I'd like to understand what happened.").
_PREAMBLE = re.compile(r"^(?:(?:and|so|ok|okay|right|first|now),? )?(?:i|we)(?:'d| would| really| just)? (?:love|like|want|need|'m keen|am keen|'m trying|am trying|'re trying|are trying)"
                       r" to (?:fully |really |properly |just )?(?:understand|hear|know|learn|get a (?:sense|picture|feel))\b")


#: A spoken follow-up that narrows the question before it down to an example ("What's it costing you? Like, is there
#: something you need the internet for that's urgent?"): the customer still describes. (The reading text has lost
#: the "like,"; the clean text still has it.)
_ELABORATION = re.compile(r"\?\s+(?:like|i mean|you know|for example|for instance),?\s+((?:[\w']+\W+){0,2}[\w']+)")


#: The end of a question said after a pause ("what is the bit you're most worried about, like... with the lunch
#: itself?"): part of the question before it, not one of its own.
_TRAILING_PART = re.compile(r"^(?:with|for|in|about|on|at|from|during|after|before|when it comes to)\b[^?.!]{0,40}\?$")


def _offers_examples(s: str) -> bool:
    return (len(s.split()) <= 10 and bool(_OPTIONS.match(s)) and not re.search(r"\byou\b", s)
            or len(s.split()) <= 8 and bool(_TRAILING_PART.match(s)))


def _elaborations(t: Text) -> tuple[str, ...]:
    """The first words of the questions a turn puts as examples of the one before ("…? Like, is there…")."""
    lowered = t.clean.lower()
    if "? " not in lowered:
        return ()
    return tuple(m.group(1) for m in _ELABORATION.finditer(lowered))


def _main_question(t: Text) -> tuple[str, FormResult, dict[str, float], list, str]:
    """The question sentence that decides the prediction, its form, rule scores, hits and label.

    An open question followed only by examples of answers ("What are they doing all day? Inside,
    outside, both?") still invites a description: it is the main question.
    """
    sents = sentences(t.lower) or [t.lower]
    forms = [(s, question_form(s)) for s in sents]
    questions = [(s, f) for s, f in forms if f.is_question] or forms[-1:]
    if any(s.rstrip().endswith("?") for s, _ in questions):
        # "I'd love to understand your needs. How many are in your group?": a wish to understand said
        # before a question of its own is a preamble; the customer answers the question
        asked = [(s, f) for s, f in questions if not (_PREAMBLE.match(s) and not s.rstrip().endswith("?"))]
        questions = asked or questions
    examples = _elaborations(t) if len(questions) > 1 else ()
    for k, (s, f) in enumerate(questions[:-1]):
        if f.form == "open" and all(_offers_examples(rest) or rest.startswith(examples) for rest, _ in questions[k + 1:]):
            questions = [(s, f)]
            break
    best = None
    for s, fr in questions:
        scores, hits = _technique_scores(s, t.lower if len(questions) == 1 else s, fr)
        label = max(TECHNIQUES, key=lambda k: scores[k])
        if best is None or scores[label] >= best[2][best[4]]:
            best = (s, fr, scores, hits, label)
    return best  # type: ignore[return-value]


#: "way" of a route ("on the way", "on their way back"), not of a manner ("did it go the way you hoped?", a
#: satisfaction check): the trained words read it as another word.
_ON_THE_WAY = re.compile(r"\b(?:on|along) (?:the|my|your|his|her|their|its|our) way\b")


def learned_text(t: Text) -> str:
    """The text the trained word model reads for a question: the main question sentence, "way" of a route apart."""
    return _model_text(_main_question(t)[0]) if t.judgeable else ""


def _model_text(sentence: str) -> str:
    """A main question sentence as the trained word model reads it."""
    return _ON_THE_WAY.sub("en route", sentence) if "way" in sentence else sentence


def rule_scores(t: Text) -> dict[str, float]:
    """Hand-written cue scores per technique for the main question of a text."""
    return _main_question(t)[2] if t.judgeable else dict.fromkeys(TECHNIQUES, 0.0)


def predict_question(t: Text) -> QuestionPrediction:
    """Classify an already-normalised text as a question."""
    if not t.judgeable:
        if multilingual.supports(t, "technique"):  # Spanish or Chinese: their own trained classifier
            return multilingual.predict_question(t)
        return QuestionPrediction("inquiry", 0.0, (), unjudgeable_feedback(t.reason, "a question for the customer"),
                                  False, form="closed", is_question=False)
    return _predict(_main_question(t))


def asked_question(t: Text) -> QuestionPrediction | None:
    """`predict_question` of a judgeable text that asks something, else None (a statement's technique is not read)."""
    if not any(question_form(s).is_question for s in sentences(t.lower) or [t.lower]):
        return None  # no sentence asks: the main question `_main_question` would pick is none, unscored here
    main = _main_question(t)
    return _predict(main) if main[1].is_question else None


def _predict(main: tuple[str, FormResult, dict[str, float], list, str]) -> QuestionPrediction:
    """The prediction for a judgeable text from its main question (`_main_question`)."""
    s, fr, scores, hits, _ = main
    # Identifying and additional questions are defined by their words (contact details; "else",
    # "other", "more"): without one of those cues, the trained word weights may not claim them.
    adjust = {lab: -4.0 for lab in ("identifying", "additional") if not any(h.label == lab for h in hits)}
    label, probs, words = combined("technique", _model_text(s), scores, TECHNIQUES, adjust)
    ev_cues = evidence_of(hits, label)
    if not fr.is_question:
        return QuestionPrediction(
            label, round(min(probs[label], 0.2), 3), ev_cues,
            "This is a statement, not a question: to find the customer's needs, ask one, starting with "
            "'how' or 'what' to let them describe it, or with 'do' or 'is' to confirm a fact.",
            True, form=fr.form, is_question=False,
        )
    ev = ((fr.cue,) if fr.cue else ()) + tuple(e for e in (ev_cues or tuple(words)) if e != fr.cue)
    return QuestionPrediction(label, round(probs[label], 3), ev[:5], _feedback(label, fr, ev_cues or tuple(words)),
                              True, form=fr.form, is_question=True)


def classify_question(text: object) -> QuestionPrediction:
    """Technique (``label``) and form (open/closed) of a salesperson's question."""
    return predict_question(normalise(text))
