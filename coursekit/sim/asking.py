"""What a typed turn asks the customer in the end: the question it closes on, and whether that
question asks for one fact, offers a choice, or proposes something to say yes or no to.

A trainee often says something first and asks last ("Shelves by Saturday, then - what kind of
wall is it?", "We deliver before ten every day and I visit every fortnight. Would that help?").
The customer answers the question the turn ends on, not the statement before it: a fact for a
fact, one of the choices for a choice, a decision for a proposal. Pure text rules, English.
"""
from __future__ import annotations

import re

from coursekit.scoring.memo import remembered
from coursekit.scoring.playback import SUMMARY_FRAME
from coursekit.scoring.question_lexicon import TAG_RE
from coursekit.scoring.text import spelled_out

_SENTENCE = re.compile(r"(?<=[?!;？])\s+|(?<=[^.]\.)\s+")  # (not after "...": a pause, "before... or someone you know?")
#: Where a sentence turns from what was said to what is asked ("…by Saturday - what kind of wall?").
_TURN_TO_ASK = re.compile(r"\s+[-–—]+\s+|:\s+")

#: A question no yes or no answers: when, which, where, who, how many/much/long…, what ("What's fuel costing you?").
#: "what", not "what if…", "what about…", nor a summary's "what I'm hearing is…", "what really matters to you is…"
_WHAT = (r"what(?! if\b| about\b|(?: (?:i|you|we|i'm|you're|we're|i've|you've)(?: [\w']+){1,4}| (?:really |most )?matters?"
         r"(?: [\w']+){0,4}) (?:is|was|are)\b)")
FACT_QUESTION = re.compile(r"^\W*(?:[\w']+,? ){0,8}?(?:when|which|where|who(?:se)?|how (?:many|much|long|often|soon|old|far)|"
                           + _WHAT + r")\b")

#: "…, brick or concrete?", "Tuesday or Thursday?": given alternatives, not a tag that asks to be corrected
#: ("…, or did I miss something?", "…or not?", "…or anything else?").
_CHOICE = re.compile(r"\w[\w' ,]*\bor\s+(?!not\b|(?:is|was)\s+(?:that|it)\s+(?:all|everything|it)\b|(?:am|did|have|do|is|are|was|should|shall|could|can)\s+(?:i|we)\b|"
                     r"(?:is|are|was)\s+there\s+(?:anything|something|any|more|else|other|much)\b|"
                     r"i\s+(?:miss|missed|missing|forgot)\b|(?:something|anything|what|else|maybe|whatever|so)\b)\w")

_LEAD_IN = r"^\W*(?:(?:so|and|then|ok|okay|right|great|good|perfect|wonderful|fine|well|um|uh|alright|now|sure)\b,?\s*)*"
#: A yes or no to something the trainee offers or proposes ("Can we fix Wednesday?", "Want me to ring that
#: up?", "Would that help?", "Deal?"); not a request to ask or check ("Can I ask…", "Could I just check…").
_PROPOSAL = re.compile(_LEAD_IN + r"""(?:
    (?:shall|can|could|may|should)\s+(?:i|we)\s+(?!(?:just\s+)?(?:ask|check|clarify|understand|say|help|get\s+you|have\s+a|
        be\s+honest|take\s+a\s+(?:minute|moment|second)|confirm\s+(?:that\s+)?(?:i|what|you|your)))\w
  | (?:do|would)\s+you\s+(?:want|like)\s+(?:me|us)\s+to\b | (?:want|wanna)\s+(?:me|us)\s+to\b
  | (?:do|would)\s+you\s+(?:want|like)\s+to\s+(?:go\s+ahead|take\s+it|buy|book|try|start|order|sign|get\s+started|give\s+it)
  | (?:want|wanna)\s+to\s+(?:go\s+ahead|take\s+it|buy|book|try|start|order|sign|get\s+started|give\s+it|do\s+(?:the|a|it|that|this)\b)
  | what(?:'s|\s+is)\s+your\s+(?:take|view|feeling|opinion|thinking)\s+on\s+(?:that|this|it)\b
  | (?:what|how)\s+(?:do\s+)?(?:you|u)\s+(?:think|feel|say|reckon)(?:\s+(?:of|about)\s+(?:that|this|it))?\s*\W*$
  | (?:(?:do\s+)?(?:you|u)\s+think\s+(?:that\s+)?)?(?:(?:would|will|does|could|might|can)\s+)?(?:that|this|it)(?:\s+(?:plan|idea|option|approach|arrangement|time|timing|day|date|slot|start))?(?:\s+(?:would|will|could|might|can|should))?\s+(?:help|work(?!\s+(?:fine|properly|well|every|at\s+all|again|now|as\s+it\s+should|on\s+its\s+own)\b)|suit|do|address|solve|fix|cover|settle|
        sound\s+(?:good|ok|okay|fair|right|alright|all\s+right|like\s+a\s+(?:plan|deal|good))|
        take\s+care|be\s+(?:ok|okay|fine|enough|fair|a\s+fair|acceptable|good|alright|all\s+right|useful|helpful|something|worth\s+(?:a\s+try|a\s+go|trying|doing|it)))
  | how\s+(?:(?:does|would|do)\s+)?(?:that|this|it)\s+sounds?\b | sounds?\s+(?:good|ok|okay|fair|alright|all\s+right)\b
  | (?:is\s+(?:that|this|it)\s+(?:a\s+)?)?deal\b | (?:is\s+)?(?:that|this)\s+(?:ok|okay|alright|all\s+right|fine|agreed)\s*\W*$
  | (?:(?:is|would)\s+(?:that|this|it)\s+(?:be\s+)?)?(?:ok|okay|alright|all\s+right|fine|good)\s+(?:for|with|by)\s+you\s*\W*$
  | would\s+(?:you|u)\s+be\s+(?:willing|open|happy|prepared|ready)\s+to\s+(?:give|try|start|go|let|have|book|take|
        giving|trying|starting|going|letting|having|booking|taking|(?:that|this|it|the\s+idea)\b)
  | (?:would|could)\s+(?:that|this|it)\s+be\s+(?:the\s+)?(?:kind|sort)\s+of\s+thing\b
  | (?:would|could|might)\s+(?:something|anything)\s+like\s+(?:that|this)\s+(?:help|work|suit|be\s+(?:useful|helpful|of\s+(?:use|interest)|
        worth|ok|okay|good|fair|an?\s+option))
  | are\s+you\s+(?:happy|ok|okay|comfortable|fine)\s+(?:to|with|for)\b | we\s+(?:agree|have\s+a\s+deal|are\s+agreed)\b
  | would\s+(?:a|an|the|next|this)?\s*[\w' ,]{1,50}?\s+(?:suit|work\s+for|work\s+better|be\s+better|fit|be\s+easier)\b
  | (?:[\w']+(?:\s+[\w']+)?\s+or\s+[\w']+(?:\s+[\w']+)?,?\s+)?which\s+(?:way|day|date|time|one|option|of\s+the\s+two|works|suits|fits|is\s+better|would\s+suit|would\s+work|would\s+fit)\b
  | when\s+(?:would|shall|should|can|could)\s+(?:we|i)\s+(?:start|come|book|meet|call|deliver|install|pop|drop)\b
  | when(?:'s|\s+is|\s+would\s+be)\s+(?:a\s+)?(?:good|convenient|the\s+best)\s+(?:day|time|moment)\s+(?:for\s+(?:us|me|him|them|our\s+\w+)\s+)?to\s+(?:come|call|visit|drop|pop|start|meet)\b
  | why\s+not\s+(?!just\b)\w+ | how\s+about\s+(?:we|i|you|a|an|the|trying|starting|booking|if)\b
)""", re.X)
#: The seller's next step told with a tag for the yes: "I send you the contract tomorrow for signature, okay?"
_TAGGED_STEP = (r"(?:i|we|ill)(?:'ll|\s+will|\s+can|\s+could)?\s+(?:just\s+)?(?:send|bring|book|put|set|write|get|come|ship|deliver|"
                r"start|order|reserve|pencil|draw|email|mail|post|drop)\b[^?]{0,100}?,?\s*"
                r"(?:ok|okay|alright|all\s+right|yes|yeah|right|fine|good)\s*\?\s*$")
_PROPOSAL = re.compile(_PROPOSAL.pattern.replace("\n)", "\n  | " + _TAGGED_STEP.replace(" ", "\\ ") + "\n)", 1), re.X)
#: A sentence that is only a tag asking for a yes ("ok", "Okay?", "alright?", "deal?").
_BARE_TAG = re.compile(r"^\W*(?:ok|okay|alright|all right|deal|yeah|yes|right)\W*$")
#: What a "Which one suits you?" or "Would that help?" proposes must be offered in the turn.
_OFFER = re.compile(r"\b(?:we(?:'ll|'d| will| would| can| could| do| offer| deliver| send| bring| have| put| start| set up| meet| go through| sit down| look at)|"
                    # a plan told in the present ("i send you the figures today and we put the penalty in the contract")
                    r"i (?:send|bring|call|book|come|set up|put)|we (?:come|install|train|show|give|provide|fix|replace|collect|pick up|"
                    r"take over|take care|handle|look after|manage|check in|visit)|"
                    # a plan thought aloud ("so what i'm thinking is, um, we take over the books…": sixty-first round)
                    r"i'?m thinking|i am thinking|the idea (?:is|would be)|here'?s (?:what|my idea)|"
                    # a plan put forward as one ("my idea: tracked shipping…, how does that sound")
                    r"my (?:idea|proposal|suggestion|plan|offer)|i (?:suggest|propose)|"
                    # a step put to her together or as a condition ("shall we fix the first meeting?", "would it suit you if
                    # I brought a sample report on Thursday?")
                    r"(?:shall|should) we|me (?:calling|ringing|phoning|coming|sending|bringing|checking in)|(?:would|could|can|will) (?:it|that) work (?:for you )?to|if (?:i|we),? (?!understood|understand|heard|hear|got (?:it|that|this|you) right)[a-z]+|"
                    r"i(?:'ll|'d| will| would| can| could)|ill|lets|let's|"
                    # (not "let me check i got it: …. right", a summary checked: fifty-ninth round, chat voice)
                    r"let me(?! (?:just |quickly )?(?:check|see if|make sure|get (?:this|it|that)|recap|sum|summari[sz]e|repeat|"
                    r"understand|confirm|play (?:it|that|this) back))|our|us|(?:me|us) to|what if|how about|instead)\b")
#: Proposals that need no offer of their own: the trainee asks to act or to settle ("Shall I book him?", "Deal?").
_SELF_CONTAINED = re.compile(_LEAD_IN + r"(?:shall|can|could|may|should|do\s+you\s+want|would\s+you\s+like|want|wanna|why\s+not|how\s+about|"
                             r"deal\b|is\s+(?:that|this|it)\s+a\s+deal|we\s+(?:agree|have|are\s+agreed)|" + _TAGGED_STEP + ")")


#: A pause in a typed line ("...", "…"): what follows may be a question of its own ("…on the real numbers... would that
#: be useful?") or run on from it ("…before... or someone you know?").
AFTER_PAUSE = re.compile(r"\.\.\.+|…")
#: Spoken hesitation in a question: "um", "uh" and a false start said again ("Would that, um, would that be…").
_FILLER = re.compile(r"(?:,\s*)?\b(?:um+|uh+|erm|er|uhm)\b,?|,\s*(?:like|you know|i mean),(?=\s)", re.IGNORECASE)
_SAID_AGAIN = re.compile(r"\b((?:[\w']+\W+){0,2}[\w']+)[\s,.…-]+\1\b", re.IGNORECASE)


#: A question that opens on "or": an alternative to the one before it.
_OR_FIRST = re.compile(r"^\s*or\b", re.IGNORECASE)


@remembered()
def question_part(text: str) -> str:
    """The question a turn ends on: its last sentence with a question mark (its last sentence if none
    has one), from its last dash or colon on ("So shelves by Saturday - what kind of wall is it?"), without its
    spoken hesitations ("Would that, um, would that be acceptable?" is "Would that be acceptable?"). Remembered:
    the reader, the option matcher and the proposal, fact and choice tests all ask it of the same turn."""
    sentences = [s for s in _SENTENCE.split((text or "").strip()) if s.strip()]
    if not sentences:
        return ""
    asked = [s for s in sentences if s.rstrip().endswith(("?", "？"))]
    last = asked[-1] if asked else sentences[-1]
    if len(asked) > 1 and _OR_FIRST.match(last) and asked[-2] == sentences[sentences.index(last) - 1]:
        # an alternative asked on its own goes with the question before it ("…why did their lamps stay on the shelf?
        # Or the brand itself was the problem?": sixty-first round, non-native voice)
        last = f"{asked[-2].strip()} {last.strip()}"
    clauses = [c for c in _TURN_TO_ASK.split(last) if c.strip()]
    part = clauses[-1].strip() if clauses else last.strip()
    return _SAID_AGAIN.sub(r"\1", _FILLER.sub("", part)).strip()


#: Words that start a clause of its own, not an alternative to choose ("would you like the card or…", "before you
#: start baking or after?").
_NOT_AN_ALTERNATIVE = frozenset("""would could can shall should will do does did is are was were you we i it that this which
what when where who how whether if either so and but ok okay""".split())
#: The most words an alternative to choose has ("Wednesday", "next Tuesday morning").
CHOICE_WORDS = 3


#: Alternatives inside a question, before what it asks of them ("would Tuesday or Thursday suit you better?").
_CHOICE_INSIDE = re.compile(r"\b(?:does|do|would|will|is|are|can|could)\s+((?:\w+\s+){0,2}\w+)\s+or\s+((?:\w+\s+){0,2}?\w+)\s+"
                            r"(?:suit|suits|work|works|be|sound|sounds|fit|fits|better|best)\b", re.IGNORECASE)


def first_choice(text: str) -> str | None:
    """The first of the short alternatives the question a turn ends on offers ("Which day is better for you, Wednesday
    or Thursday?" gives "Wednesday"), or None: what a customer who agrees picks."""
    asked = question_part(text).rstrip(" ?？!.")
    inner = _CHOICE_INSIDE.search(asked)  # ("does Tuesday or Thursday suit you better?")
    if inner is not None:
        choice, right = inner.group(1), inner.group(2)
    else:
        left, sep, right = asked.rpartition(" or ")
        if not sep:
            return None
        choice = re.split(r"[,:;]\s*", left)[-1].strip()
    words = choice.split()
    if not words or len(words) > CHOICE_WORDS or len(right.split()) > CHOICE_WORDS + 1:
        return None
    if words[0].lower() in _NOT_AN_ALTERNATIVE or not re.fullmatch(r"[\w' -]+", choice):
        return None
    return choice[0].upper() + choice[1:]


#: A fact question joined on at the end ("…how it has been working, and who looks after it day to day?"): she
#: answers the question the turn ends on.
_JOINED_FACT = re.compile(r",?\s+(?:and|or|but)\s+(?:when|which|where|who(?:se)?|how (?:many|much|long|often|soon|old|far))\b[^?,]*\??\s*$")


#: A question put with what, which, how… however it starts ("and um, what…", "may I ask you one thing while you work,
#: namely what your customers ask for?"): no yes or no answers it ("when" asks only with a verb after it, not "when
#: your bakers use it, is there anything…?").
_WH_ASKED = re.compile(r"(?:" + _LEAD_IN + r"|\b(?:ask(?:\s+you)?|tell\s+me|know|wonder(?:ing)?|namely)\b[^?]{0,60}?)"
                       r"\b(?:" + _WHAT + r"|which|who|whom|whose|where|why|how|when(?=\s+(?:do|does|did|is|are|was|were|would|will|can|could|should|shall)\b))\b")


def asks_wh(text: str) -> bool:
    """Whether the question a turn ends on asks what, which, how… rather than for a yes or no."""
    asked = question_part(text).lower()
    return bool(_WH_ASKED.search(asked) or _WH_ASKED.match(AFTER_PAUSE.split(asked)[-1]) or _WH_AFTER_COMMA.search(asked))


#: A question word with its verb after a lead-in and a comma ("and the brands before, why did their lamps stay…?").
_WH_AFTER_COMMA = re.compile(r",\s+(?:why|how|what|which|who|where)\s+(?:did|do|does|is|are|was|were|would|could|can|has|have)\b")


def asks_fact(text: str) -> bool:
    """Whether a question of the turn asks for one fact ("How many…", "When…", "Which…") rather than a yes
    or no: a sentence with a question mark, or the question it ends on ("Shelves by Saturday - what kind
    of wall is it?"); a statement that opens "So what I hear is…" asks nothing."""
    asked = [s for s in _SENTENCE.split((text or "").lower()) if s.rstrip().endswith(("?", "？"))]
    last = question_part(text).lower()
    resumed = AFTER_PAUSE.split(last)[-1]  # ("sure, yeah, quick... how old is she?")
    return any(FACT_QUESTION.match(s) for s in (*asked, last, resumed)) or bool(_JOINED_FACT.search(last))


#: A question that checks a summary rather than asking something new ("…, is that right?", "Did I miss
#: anything?", "Is that a fair summary?", "…, yeah?").
_CHECK = re.compile(TAG_RE + r"|" + SUMMARY_FRAME.pattern + r"|\b(?:is|was|would) (?:that|this|it) (?:be )?(?:a |an )?"
                    # (not "would that be a fair way to start": a proposal)
                    r"(?:fair(?! (?:way|deal|offer|start|price|trial|step|plan)\b)|right|correct|accurate|about right|true|"
                    r"the (?:main |real )?(?:thing|point|issue|problem|worry))\b|"
                    # "…is that kind of it, or?", "is that about it?", "is that it?"
                    r"\bis (?:that|this) (?:(?:kind|sort) of |more or less |about |basically )?it\b(?!\s+\w)|"
                    r"\b(?:did|have) i (?:miss|missed|leave|left|forget|forgotten|get|got)\b|\bam i (?:right|close|on track)\b|"
                    r"\bwould you (?:say|agree)\b|\bsound(?:s)? (?:right|fair|about right)\b|"
                    # the priority checked: "…- is the main thing something safe for her age?"
                    r"\b(?:is|was) (?:the |your )?(?:main|real|most important|biggest|key) (?:thing|point|worry|concern|issue|priority|need)\b")


#: A sentence put as a question, typed with no question mark ("has anyone u know had trouble with one of these").
_INTERROGATIVE = re.compile(_LEAD_IN + r"(?:is|are|was|were|do|does|did|has|have|had|can|could|would|will|should|shall|"
                            r"may|might|what|which|who|how|when|where|why)\b", re.IGNORECASE)


def put_as_question(question: str) -> bool:
    """Whether the question a turn ends on is one: a question mark, or a question's shape when typed without one."""
    return question.rstrip().endswith(("?", "？")) or bool(_INTERROGATIVE.match(question))


#: "…are OK?", "…it work well?" at the end of a question: how something is, asked, not a tag on a summary ("Picture and
#: sound are OK?": fifty-ninth round, non-native voice).
_STATE_ASKED = re.compile(r"\b(?:is|are|was|were|works?|worked|goes|going|went|runs?|running)\s+(?:ok|okay|alright|all right|"
                          r"fine|well|right)\s*\?*$")


def checks_summary(question: str) -> bool:
    """Whether a question checks what was just summed up ("Is that a fair summary?") rather than asks something new."""
    asked = question.lower()
    return bool(_CHECK.search(_STATE_ASKED.sub("", asked).rstrip() if _STATE_ASKED.search(asked) else asked))


def offers_choice(text: str) -> bool:
    """Whether the question a turn ends on offers alternatives to choose from ("Brick, concrete or
    plasterboard?", "Tuesday or Thursday?") rather than a yes or no; a pause after the "or" still offers the choice
    ("is that already booked somewhere, or... is that still open?")."""
    return bool(_CHOICE.search(AFTER_PAUSE.sub(" ", question_part(text).lower())))


#: Where a question joins a second one of its own ("Where would you like them, and would it suit you if I called on
#: Friday?"): the customer answers the proposal the turn ends on.
_SECOND_QUESTION = re.compile(r",?\s+(?:and|or|but|then)\s+(?=(?:would|could|can|shall|should|will|may|is|does|do\s+you|"
                              r"how\s+about|what\s+if)\b)")


def proposes(text: str) -> bool:
    """Whether the question a turn ends on proposes something for a yes or no ("Can we fix Wednesday?",
    "We'd bring the spares to your store. Would that help?", "Deal?"), in its last joined question too ("Where
    would you like them, and would it suit you if I called on Friday?"); "Would that help?" and "Which suits
    you?" propose only when the turn offers something ("we'll…", "I can…", "let's…")."""
    asked = spelled_out(question_part(text).lower())  # ("would u like to try our tracked service…")
    if _BARE_TAG.match(asked) and _OFFER.search((text or "").lower()):
        return True  # a plan with a bare "ok" after it ("…at no cost. i call u friday to check. ok": fifty-eighth round)
    # ("…real numbers... would that help?", "…so your parents don't lift a finger, how does that sound?")
    for part in (asked, _SECOND_QUESTION.split(asked)[-1], AFTER_PAUSE.split(asked)[-1], asked.rsplit(",", 1)[-1].lstrip()):
        if _PROPOSAL.match(part):
            return bool(_SELF_CONTAINED.match(part) or _OFFER.search((text or "").lower()))
    return False


def offers(text: str) -> bool:
    """Whether a turn offers something of the seller's ("our fitter does the lot", "I'll bring a box Monday",
    "you could rent it instead")."""
    return bool(_OFFER.search((text or "").lower()))
