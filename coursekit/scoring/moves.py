"""What a turn does: its question, the need level it targets, and its conversational moves."""
from __future__ import annotations

import re

from .cues import CueSet, Hit
from .language import fold_accents
from .memo import remembered
from .faults import ABOUT_SELF
from .moves_lexicon import FILLS_FAST, GRIEF_CUE, INSULTS, MOVE_CUES, PITCH_IN_ANY_SHAPE, PROBLEM_REPORT, UPSET_CUES
from .need import predict_need
from .prefixes import boundaries_factored
from .question import asked_question, question_form
from .question_lexicon import ASK_A_QUESTION
from .reflection import mostly_tells, reflects, rising, tells
from .text import Text, normalise, sentences
from .types import QuestionPrediction, TurnAnalysis

from ..labels import MOVES
#: Discounts, pressure and the other moves that cap a score count even inside a longer phrase of
#: another move ("What if I give you 10% off, would you…?" is a hypothesis and a discount; "So you
#: need our Premium plan, right?" is a leading question, whatever else it looks like; "So reliability matters most,
#: which is our Gold Service, 149" is a summary and a pitch).
CUES = CueSet(MOVE_CUES, independent={"discount", "pressure", "leading", "upsell", "rudeness", "argument", "pitch_claim"})
UPSET = CueSet({"upset": UPSET_CUES})

#: Score a move's cues must reach to count.
_THRESHOLD = dict.fromkeys(MOVES, 2.0) | {"pitch": 1.5}
#: Moves that are statements: cues inside a question sentence do not count for them.
_STATEMENT_ONLY = {"pitch", "argument"}
_REFLECT_START = re.compile(r"^(?:so|and so|ok so|okay so|right so|in other words|in short|you mean|it sounds like|sounds like|what you're saying)\b")


#: Asking for the commitment now ("order it today"): pressure, except inside a hypothesis test.
_COMMIT_NOW = re.compile(r"^(?:sign|decide|order|commit|buy|act|book)(?: it| up)? (?:now|today|right now|this week|immediately|straight away)\b")


def move_hits(t: Text) -> list[Hit]:
    """Move cue hits; pitch/argument cues are ignored inside question sentences."""
    if not t.judgeable:
        return []
    hits = CUES.hits(t.lower)
    if not any(h.label in _STATEMENT_ONLY for h in hits):
        return hits
    spans = []
    pos = 0
    for s in sentences(t.lower):
        start = t.lower.find(s, pos)
        if start < 0:
            continue
        pos = start + len(s)
        fr = question_form(s)
        if fr.is_question:
            q_start = start + (s.rfind(fr.clause) if fr.clause and s.rfind(fr.clause) > 0 else 0)
            spans.append((q_start, pos))
    return [h for h in hits if not (h.label in _STATEMENT_ONLY and any(a <= h.start < b for a, b in spans))]


#: "So I'll ring it up with the bits, ok?": the speaker's own next step, not the customer played back.
_OWN_PLAN = re.compile(r"^(?:(?:and|ok|okay|right),? )?so,? (?:if (?:i|we) )?(?:i|we|i'll|we'll|i'm|we're|let me|let's|shall (?:i|we))\b|"
                       # ... or why the speaker asks: "So to really understand your needs - which teas…?"
                       r"^(?:(?:and|ok|okay|right|great|thanks),? )*so,? (?:just )?(?:to|in order to) (?:really |fully |better |properly )?"
                       r"(?:understand|get to know|know|help|get a (?:sense|feel|picture)|figure out)\b")


def _reflective_checks(t: Text) -> list[str]:
    """Declarative or tag questions that play the customer's words back: "So the main issue is X?"."""
    out = []
    for s in sentences(t.lower):
        if not _REFLECT_START.match(s) or _OWN_PLAN.match(s):
            continue  # (read first: most sentences open otherwise, and their form need not be worked out here)
        if len(s.split()) < 3:
            continue  # "So, budget?": a new question cut short, nothing played back (forty-second round, blind144 read)
        fr = question_form(s)
        if fr.is_question and fr.reason in ("declarative", "tag"):
            out.append(" ".join(s.split()[:4]))
        elif fr.is_question and fr.clause:
            # "so shelves up for your daughter by saturday - what kind of wall is it?": a summary, then its question
            head = s[:s.find(fr.clause)] if fr.clause in s else ""
            if _SUMMARY_THEN_ASK.search(head) and len(head.split()) >= 4:
                out.append(" ".join(s.split()[:4]))
    return out


#: A summary set off from the question that follows it by a dash or a colon.
_SUMMARY_THEN_ASK = re.compile(r"\w\s*(?:\s[-–—]+|:)\s*$")


def _only_questions(t: Text) -> bool:
    """Whether every sentence of a turn is a question (typed ones need no question mark), reflections
    said with a rising voice ("You're not feeling so good about that?") aside."""
    sents = sentences(t.lower) or [t.lower]
    return all(question_form(s).is_question and not rising(s) for s in sents)


#: Evidence of a summary that is only its opening "so" (a close can open so, too).
_SO_OPENING = re.compile(r"^(?:(?:and|okay|ok|right|um|uh|yeah|yes|well)[,.]? )*so\b", re.IGNORECASE)
#: A paraphrase cue that is only a sentence opening with "so" ("So that's something your case manager can do").
#: ("So you need it by Thursday" plays the customer back, whatever follows.)
_SO_LED = re.compile(r"^(?:(?:and|okay|ok|right|um|uh|yeah|yes|well)[,.]? )*so\b,?(?! (?:right now |now |then |basically |really |tonight |today )?you(?:'re|'ve|'d|'ll)?\b)")
#: Paraphrase cues that open a summary by how it sounds ("It sounds like…"), not the checks that close one ("…is that right?").
_SUMMARY_CUE = re.compile(r"^(?:(?:and|okay|ok|right|um|uh|yeah|yes|well)[,.]? )*(?:(?:it|that|this) (?:sounds|seems)\b|sounds like\b)")


_SENTENCE_END = re.compile(r"[.?!](?:\s|$)")
#: Someone other than the customer asked to do what follows ("I'll ask Dr Lewis to ", "we'll get the manager to ").
_SOMEONE_ELSE_TO = re.compile(r"\b(?:ask|get|have|tell)\b(?! you\b)[^.?!]{1,30}\bto $")


def _sentence_at(text: str, pos: int) -> str:
    """The sentence of `text` that holds position `pos`."""
    start = max(text.rfind(". ", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos)) + 1
    end = _SENTENCE_END.search(text, pos)
    return text[start:end.end() if end else len(text)].strip()


def _without_told_summaries(t: Text, hits: list[Hit]) -> list[Hit]:
    """Drop "so…" summary cues whose sentence gives advice or information rather than playing anything
    back, and "it sounds like…" cues in a turn that mostly does ("It sounds like you're here for
    information. I'm happy to help you pick… if and when you decide…")."""
    told = any(h.label == "paraphrase" and _SUMMARY_CUE.match(h.phrase) for h in hits) and mostly_tells(t.lower)
    out = []
    for h in hits:
        if h.label == "paraphrase":
            if told and _SUMMARY_CUE.match(h.phrase):
                continue
            so = _SO_LED.match(h.phrase)
            if so and tells(_sentence_at(t.lower, h.start + h.phrase.rfind("so", 0, so.end()))):  # the sentence "so" opens ("Okay. So, …")
                continue
        out.append(h)
    return out


#: Words just before a push for a decision that take it back ("I wouldn't push you to switch today",
#: "there's no need to decide now", "you don't have to sign today"); "You don't want to be left behind" pushes.
_NEGATED = re.compile(r"(?:\b(?:i|we)(?:'d not| (?:really )?(?:wouldn't|would not|won't|will not|don't|do not|never|am not|'m not|are not|'re not))|\bi'm not|\bwe're not|"
                      r"\byou (?:don't|do not|needn't) (?:have|need) to|\bno (?:need|rush|pressure|obligation)|\bneedn't|"
                      r"\bnot (?:asking|pushing|expecting)|\bthere's no|\bthere(?:'s| is) nothing|\bnothing (?:to|you need to|you have to)|\bbefore (?:i|we)|"
                      # "The price is the same whether you decide now or in ten minutes."
                      r"\b(?:the same|no different) (?:whether|if) you)\b[^.?!]{0,30}$"
                      # or by the word right before it: "Don't answer today.", "no need to sign now"
                      r"|\b(?:don't|do not|dont|no need to|needn't|never)\s+$")


#: A question about how things are done now, before "… today": "today" means "these days"
#: ("Could you walk me through how patients book appointments today?", "Who do you order from today?").
_NOWADAYS = re.compile(r"(?:\bhow\b(?! about| would| will| shall| soon| quickly| fast| much| many)|"
                       r"\b(?:who|where|which|what|when)\b[^.?!]{0,30}\b(?:(?<!\bi )(?<!\bwe )do|does|currently|usually|normally)|"
                       # ... or what the customer's own people do these days: "when they close an order today, is
                       # there nearly always a discount in it" (fifty-fifth round, blind_typed6: read as a push, capped at 10)
                       r"\b(?:when|whenever|if|once) (?:they|he|she|your (?:[\w-]+ ){0,2}(?:team|staff|engineers|reps|people|drivers|"
                       r"salespeople|sellers|customers|clients|guests|patients|buyers))\b(?: \w+){1,3} )[^.?!]*$")


#: Words before blame that say nobody will blame ("nobody tells you it's your fault before we've looked", "u should not
#: hear its ur fault": fifty-eighth round, blind_typed15's oven, capped at 5 as blame).
_NOT_SAID = re.compile(r"\b(?:nobody|no one|no-one|never|won't|will not|don't|doesn't|not)\b(?: \w+){0,3} "
                       r"(?:tells?|says?|told|said|blames?|telling|saying|suggest\w*|impl\w*|hear|hearing|be told|feel)\b[^.?!]{0,20}$")
#: An offer of help with what the customer already has, not another sale ("Is there anything about your
#: current phone you'd like a second opinion on while you're here?").
_SERVICE_OFFER = re.compile(r"(?:\byour (?:current|own|existing|old|present)\b|second opinion|"
                            r"\b(?:check|look at|test|clean|fix|update|set up) (?:it|that|your)\b|"
                            # what the customer came for, done now (thirtieth round, blind82 read): "I'll phone the factory now
                            # while you're here", "Want to send the receipt now while you're here?"
                            r"\b(?:i'll|i will|let me|want to|shall we|we can|you can|could you) (?:phone|call|ring|email|send|print|"
                            r"scan|copy|sign|upload|fill in|try|test|measure|weigh|show you|confirm|check)\b"
                            r"(?![^.?!]*\b(?:add|buy|upgrade|our new|deal|discount|offer|interested)\b))[^.?!]*$")


#: Help offered just before "while you're here", with nothing sold after it ("is there maybe something small I could help
#: with while you're here, like, checking it's up to date…?"; fifty-seventh round, spoken voice).
_HELP_OFFERED = re.compile(r"\b(?:anything|something)(?: (?:small|quick|else|little))? (?:i|we) (?:can|could|might) "
                           r"(?:help (?:you )?with|do for you)\s*$")
_SOLD_AFTER = re.compile(r"\b(?:add|buy|upgrade|new|deal|discount|offer|interested|accessor\w*|insurance|plan)\b")


#: "While you're here" followed by a question about the customer, with nothing offered: "just one thing while
#: you're here: how do you decide what gets a spot on your shelves?" asks; it sells nothing.
_ASKS_ABOUT_THEM = re.compile(r"^[,:;.!?\s-]*(?:(?:can|may|could) i ask(?: you)?,? )?(?:how|what|why|which|who|where|when|tell me)\b"
                              r"(?![^.?!]*\b(?:would you like|want to (?:add|try|see|upgrade)|interested in|add|upgrade|our|offer|deal|"
                              r"discount|also (?:get|take|buy)|grab|pick up)\b)[^.?!]*\byou(?:r)?\b")


#: A recommendation drawn from what the customer just answered ("Then…", "In that case…", "With power cuts that
#: often, …"), not a fit presumed.
_BECAUSE_OF_WHAT_THEY_SAID = re.compile(r"^\W*(?:(?:ok(?:ay)?|right|yes|good|great|understood)[,.!]? )?(?:then|in that case|if so|given that|"
                                        r"with (?:power cuts|cuts|outages|that|those|\w+ (?:that|this) (?:often|much|many|long)))\b")
#: Undoing a purchase the customer asked to undo (a cancellation, a refund, a return, a claim).
_UNDOING = re.compile(r"\b(?:cancel\w*|refund\w*|return\w*|terminat\w*|claim|complaint|clos(?:e|ed|ing) (?:the |your )?account)\b")
#: A cut-off for a delivery or a date the customer asked about: "tomorrow works if you order before 16:00 today".
_CUT_OFF = re.compile(r"\b(?:works|arrives?|deliver(?:s|ed|y)?|(?:be )?ready|ships?|dispatch(?:es|ed)?|in time|goes out)\b[^.?!]{0,25}"
                      r"\bif (?:you|they|we) $")


#: "While you're here" closing a question that invites the customer's own questions ("Anything about the new
#: tablets you want to ask while you're here?"): it asks what else they need to know, it sells nothing.
_INVITES_QUESTIONS = re.compile(r"\b(?:anything|something|any questions?|questions?)\b(?![^.?!]*\b(?:add|upgrade|buy|get you|offer|"
                                r"interested|deal|discount)\b)[^.?!]{0,60}\b(?:ask|asking|questions?|wondering|unsure|unclear)\b[^.?!]{0,12}$")
#: The trainee asking leave to ask something "while you're at it" ("Could I just ask one quick question while you're at it?"):
#: a question, nothing added to the order.
_ASKS_A_QUESTION = re.compile(r"\b" + ASK_A_QUESTION + r",?\s*$")
#: A failure on the business's side just described ("he's supposed to take a photo", "it should have been
#: signed for"): "That's not right." after it agrees with the customer, it contradicts nobody.
_OWN_SIDE_FAILURE = re.compile(r"\b(?:(?<!you )(?<!you)(?:'s|'re|is|are|was|were)(?:n't| not)? supposed to|should(?:n't)? have|should've|(?:'s|'re|is|are|was|were) meant to|"
                               r"ought to have)\b[^.?!]{0,80}[.!;,—–-]*\s*$")
#: The words that agree with such a complaint.
_NOT_RIGHT = re.compile(r"^(?:that|it|this)(?:'s| is|s)? (?:just |simply )?(?:not|isn't|is not) (?:right|ok|okay|acceptable|on)\b")


#: A hold offered before "so you don't lose …" ("I can put a courtesy hold on both dates until the 31st, no
#: deposit, so you don't lose the space while he decides"): time given to decide, not scarcity used to hurry.
_HOLD_OFFERED = re.compile(r"\b(?:hold|holds|reserve|keep)\b[^.?!]{0,90}$")
#: ... given as time to decide: free of obligation, or while the customer (or whoever decides) decides.
_TIME_TO_DECIDE = re.compile(r"\b(?:no|without (?:a |any )?)(?:deposit|obligation|commitment|charge)\b|"
                             r"\bwhile (?:you|he|she|they|we|your [\w-]+)(?: all| both)? (?:decides?|think|thinks|checks?|talks?|compares?|confirms?|sleeps?|sorts?)\b|"
                             # ... or a thing kept for the customer's dates, said as done, money not asked ("…and hold the
                             # tent for your dates till Friday so you don't lose it"; a price held is a deadline)
                             r"^(?![^?]*\b(?:deposit|pay|payment|card|only)\b)[^?]*\bhold (?:the|your|a|both|those|these) "
                             r"(?!(?:price|prices|offer|deal|discount|rate|rates|quote)\b)[\w-]+\b[^.?!]{0,40}\b(?:for (?:you|your)|till|until)\b[^?]*$")


#: "It's written in the contract." after a promise to the customer ("…if it's down more than 48 hours, that month's lease
#: is free. It's written in the contract.", "We lend a grinder within a day, it's in the contract."): the promise backed
#: in writing, not the terms held against them.
_IN_WRITING = re.compile(r"\b(?:in|written in|set out in) (?:the|our) ")
_OUR_PROMISE = re.compile(r"(?<!can't )(?<!cannot )(?<!won't )(?<!not )(?<!no )(?<!never )\b(?:free|refunds?|refunded|money back|guarantee[sd]?|"
                          r"we(?:'ll| will) (?:pay|refund|replace|cover|credit|waive|swap)|"
                          # (…or what we do as a rule: "We lend a grinder within a day in Dublin 7, it's in the contract.")
                          r"we (?:always )?(?:lend|loan|replace|swap|cover|refund|send (?:[\w-]+ ){0,2}out|come out|get (?:[\w-]+ ){0,2}out))\b")
#: Waiting allowed right after a price's end date ("The price is valid until the 15th if you want to wait."): the date
#: is told so the customer can wait, not to hurry them; unless waiting is then said to lose it.
_WAIT_ALLOWED = re.compile(r"^[^.?!]{0,40}\bif you(?:'d| would)? (?:(?:want|need|like|prefer) to|rather) (?:wait|think(?: it over| about it)?|take (?:your|some) time|decide later)\b"
                           r"(?![^.?!]{0,60}\b(?:lose|miss|gone|regret|too late)\b)")


def _without_taken_back_pushes(t: Text, hits: list[Hit]) -> list[Hit]:
    """Drop pushes the sentence itself takes back: negated pressure, "today" that means "these days",
    blame nobody will make, "while you're here" offering help with what the customer has, and "so you
    don't lose it" after a hold that gives the customer time."""
    def dropped(h: Hit) -> bool:
        before = t.lower[max(0, h.start - 60):h.start]
        if (h.label == "pressure" and h.phrase.startswith("so") and _HOLD_OFFERED.search(t.lower[max(0, h.start - 120):h.start])
                and _TIME_TO_DECIDE.search(_sentence_at(t.lower, h.start))):
            return True
        if h.label in ("pressure", "pressure_now") and h.phrase.endswith("today") and (
                _NOWADAYS.search(before) or t.lower.startswith("'s", h.end)):
            return True  # (…or "today's": "may pay part of today's lost sales" names the day's sales, it hurries no one)
        if h.label == "argument" and _IN_WRITING.search(h.phrase) and _OUR_PROMISE.search(t.lower[max(0, h.start - 160):h.start]):
            return True
        if h.label == "argument":
            return bool(_NOT_SAID.search(before)) or bool(_NOT_RIGHT.match(h.phrase) and (
                _OWN_SIDE_FAILURE.search(before) or not before.strip() and _takes_their_side_after(h, hits)))
        if h.label == "upsell" and h.phrase.startswith("while you"):
            return bool(_SERVICE_OFFER.search(t.lower[max(0, h.start - 120):h.start])
                        or _BORROWED.search(_sentence_at(t.lower, h.start))
                        or _ASKS_ABOUT_THEM.match(t.lower[h.end:h.end + 160])
                        or _INVITES_QUESTIONS.search(t.lower[max(0, h.start - 120):h.start])
                        or _ASKS_A_QUESTION.search(t.lower[max(0, h.start - 60):h.start])
                        or _HELP_OFFERED.search(t.lower[max(0, h.start - 80):h.start])
                        and not _SOLD_AFTER.search(_sentence_at(t.lower, h.start)[-200:]))
        if h.label == "pressure" and _WAIT_ALLOWED.search(t.lower[h.end:]):
            return True
        if h.label == "leading" and h.phrase.endswith("for you"):
            sentence = _sentence_at(t.lower, h.start)
            if "?" not in sentence and _BECAUSE_OF_WHAT_THEY_SAID.match(sentence):
                return True  # "Then the gas one is the right choice for you, the electric would stop…": advice on their answer
        if h.label == "pressure_now" and _UNDOING.search(h.phrase):
            return True  # "sign here and it's cancelled today": what the customer asked to undo, done now, sells nothing
        if h.label == "pressure" and h.phrase.startswith("sign") and _UNDOING.search(_sentence_at(t.lower, h.start)):
            return True
        if h.label in ("pressure", "pressure_now") and h.phrase.startswith("sign") and _SOMEONE_ELSE_TO.search(before):
            return True  # "I'll ask Dr Lewis to sign two weeks' supply today": someone else signs, for the customer
        if h.label in ("pressure", "pressure_now") and _REST_LATER.match(t.lower[h.end:h.end + 80]):
            return True  # "Pay nineteen today and the rest when you collect the refill": the cost split, as a favour
        if h.label in ("pressure", "pressure_now") and _CUT_OFF.search(before):
            return True  # "Tomorrow works if you order before 16:00 today": when it can arrive, asked for, no push
        return h.label in ("pressure", "pressure_now") and bool(_NEGATED.search(before))
    return [h for h in hits if not dropped(h)]


def _takes_their_side_after(h: Hit, hits: list[Hit]) -> bool:
    """Whether fellow feeling or an apology follows a reply-opening "That's not right" straight away ("That's not right,
    and I can see why you're fed up."; fifty-first round, blind202 read): the words agree with the complaint."""
    return any(x.label in ("empathy", "apology") and h.end <= x.start <= h.end + _SIDE_TAKEN_WITHIN for x in hits)


#: How far after "That's not right" (in characters) the fellow feeling that makes it agreement may start.
_SIDE_TAKEN_WITHIN = 20
#: Something lent, not sold ("Anything you wanted to borrow today while you're here?" at a library counter; fifty-first
#: round, blind202 read).
_BORROWED = re.compile(r"\b(?:borrow|lend|loan)\b")
#: A payment split over time, right after "pay … today" (blind105 read): "…and the rest when you collect it"; (fifty-first
#: round, blind200 read) "pay for one today and the other on Friday when you're paid".
_REST_LATER = re.compile(r"^[^.?!]{0,12}?\band (?:pay )?the (?:rest|other|other one|second|balance|remainder) (?:when|on|later|next|at|after|once|by|"
                         r"at the end|end of|in|over)\b")


#: The trainee's own plan put forward ("so next step: i send you the figures…, you get one named account
#: manager…"): its "you" sentences say what the customer will get, they mirror nothing the customer said.
_PLAN = re.compile(r"\b(?:next steps?|here's what|here is what|my (?:suggestion|proposal|plan)|what i(?:'d| would) (?:suggest|propose)|"
                   r"i(?:'ll| will)? send you|i(?:'ll| will) set up|we(?:'ll| will) set up|"
                   r"i(?:'d| would)? (?:just )?(?:want|need|like) to (?:really |fully |properly )?understand)\b")  # (the speaker's aim)


#: "If I'm hearing you correctly, …, is that right?" checks a summary; it tests no condition.
_IF_SUMMARY = re.compile(r"^if i(?:'m| am|'ve| have)? ?(?:hearing|heard|understand|understood|follow|followed|got|get|read)\b")


def _without_summary_ifs(hits: list[Hit]) -> list[Hit]:
    """Drop hypothesis cues that are the opening of a summary check."""
    return [h for h in hits if not (h.label == "hypothesis" and _IF_SUMMARY.match(h.phrase))]


#: A counter-question that asks for anything else ("anything else on your mind", "something else worrying you").
_ANYTHING_ELSE = re.compile(r"^(?:is there |there's |is it )?(?:anything|something) else\b")
#: "While you're here": with "anything else?" it asks what else the customer needs, not what more to buy.
_WHILE_HERE = re.compile(r"while you(?:'re| are) (?:here|at it)$")


#: "Don't wait" said as advice for a case ("If the fever goes over 39, don't wait, call the night line"): no pressure.
_DONT_WAIT = re.compile(r"^(?:please )?(?:don't|do not) (?:wait|delay|leave it)\b")
_IF = re.compile(r"\b(?:if|in case|should)\b")
#: ... or says what harm waiting does ("please don't wait: a blocked cat can get very ill within a day").
_HARM = re.compile(r"\b(?:ill|sick|serious|emergency|dangerous|danger|worse|die|dying|damage|pain|bleeding|infect\w*|"
                   r"flood\w*|fire|burn|unsafe)\b")


#: Scarcity ("August fills fast") ...
_FILLS = re.compile("^" + FILLS_FAST)
#: ... right after asking whether the customer has booked someone else's service ("Have you booked the ferry from Oban?"):
#: advice on their trip, not a push for our sale.
_BOOKED_ELSEWHERE = re.compile(r"\b(?:have|did) you (?:already )?(?:booked|got|sorted|reserved) (?:the|your|a) (?:ferry|flights?|train|"
                               r"tickets?|hotel|campsite|accommodation|parking|taxi|transfer|boat)\b[^.?!]{0,40}\?\s*$")


def _without_advice_for_a_case(t: Text, hits: list[Hit]) -> list[Hit]:
    """Drop "don't wait" pressure cues in a sentence that says for which case ("if it gets worse, …"), and scarcity said
    of a service the customer books elsewhere ("Have you booked the ferry from Oban? August fills fast.")."""
    def for_a_case(h: Hit) -> bool:
        sentence = _sentence_at(t.lower, h.start)
        at = sentence.find(h.phrase)
        return (at > 0 and bool(_IF.search(sentence[:at]))) or bool(_HARM.search(t.lower[h.end:h.end + 80]))

    def of_another_booking(h: Hit) -> bool:
        sentence = _sentence_at(t.lower, h.start)
        before = t.lower[:max(0, t.lower.rfind(sentence, 0, h.start + len(sentence)))].rstrip()
        return bool(_FILLS.search(h.phrase)) and bool(_BOOKED_ELSEWHERE.search(before))
    return [h for h in hits if not (h.label == "pressure" and (_DONT_WAIT.match(h.phrase) and for_a_case(h) or of_another_booking(h)))]


#: A date of the customer's own deal ("Yes, your current deal ends on the 14th."), not a deadline of ours.
_THEIR_DEAL = re.compile(r"\byour (?:current |existing |present |old |own )?$")
_DEAL_DATE = re.compile(r"^(?:offer|deal|price|rate|discount|contract|plan|promotion)s?\b")


def _without_their_deal_dates(t: Text, hits: list[Hit]) -> list[Hit]:
    """Drop deadline cues ("deal ends on…") said of the customer's own deal ("your current deal ends on the 14th")."""
    return [h for h in hits if not (h.label in ("pressure", "pitch") and _DEAL_DATE.match(h.phrase)
                                    and _THEIR_DEAL.search(t.lower[max(0, h.start - 20):h.start]))]


#: A question about what moved the customer ("What made you want to start now…?"): it asks why, it pushes nothing.
_MOTIVE_ASKED = re.compile(r"^\W*(?:(?:hi|hello|sure|ok|okay|right|so|and)\b[,.!]?\s*)*(?:what (?:made|makes|got|gets|brought|brings) you|"
                           r"why (?:do|did|would) you|how come you)\b")
#: A question about when the customer means to buy what they came saving or planning for, with nothing named to buy
#: ("Roughly when would you like to buy, and might you need the money before then?"): their timeline, not the order.
_THEIR_TIMELINE = re.compile(r"^\W*(?:(?:so|and|roughly|about|more or less|just so i know)\b[,.]?\s*)*when (?:would|do|did) you "
                             r"(?:like|want|plan|hope|expect|need) to (?:buy|purchase)\b(?=\s*(?:[,?.]|and\b|or\b|$))")
#: "Agree" with someone else, about arranging: "The early care is extra; you'd agree that with the teacher."
_AGREED_WITH_SOMEONE = re.compile(r"\bagree (?:that|it|this|the \w+) with (?:the|your|their|our|him|her|them)\b")


#: Asking whether there is a discount in their deals ("is there nearly always a discount in it"): a question about
#: their practice, no price offered.
_DISCOUNT_ASKED = re.compile(r"\b(?:is|are|was|were) there\b[^.?!,]{0,25}$|\bhow (?:often|big|large|deep)\b[^.?!,]{0,25}$")
#: ... unless the question dangles it before the customer ("Is there a discount that would make this work for you?").
_FOR_YOU = re.compile(r"\byou\b")
#: A question about how the customer's own people sell ("do they win them but with a discount at the end?", "do they
#: usually have to give a discount to get the order signed?"): their discounts and their orders, none offered or pushed
#: (fifty-eighth round, blind_typed15's consulting client, capped at 5: "Why are you talking price already?").
_THEIR_PRACTICE = re.compile(r"\b(?:do|does|did|are|were|will|would|have|has|can|could)\s+(?:they|your (?:[\w-]+ ){0,2}"
                             r"(?:engineers|team|staff|reps|salespeople|people|sellers|drivers|agents))\b|"
                             # told back as theirs ("so they do close, but 8-10% off almost every order…": fifty-ninth round)
                             r"\b(?:they|your (?:[\w-]+ ){0,2}(?:engineers|team|staff|reps|salespeople|people|sellers|agents)) "
                             r"(?:\w+ ){0,2}(?:close|sell|give|offer|win|discount|quote)\w*\b")


#: Whether something other than the seller's offer is cheaper, asked (fifty-ninth round, blind_typed18's courier).
_CHEAPER_ASKED = re.compile(r"\b(?:is|are|was|were|would) (?!(?:ours|our|we|this|mine|my)\b)(?:the|your|that|it|they)\b[\w' ]{0,30}? "
                            r"(?:still |really |actually )?cheaper\b[^.!?]*(?:\?|$)")


def _asks_their_practice(sentence: str, h: Hit) -> bool:
    """Whether the sentence asks, before the cue, how the customer's own people sell (`_THEIR_PRACTICE`)."""
    at = sentence.find(h.phrase)
    return at > 0 and bool(_THEIR_PRACTICE.search(sentence, 0, at))


def _without_misread_pushes(t: Text, hits: list[Hit]) -> list[Hit]:
    """Drop close and pressure cues inside a question about what moved the customer ("What made you want to start
    now?"), a discount asked about rather than offered, and leading cues where "agree" means arranging something
    with someone else."""
    def misread(h: Hit) -> bool:
        sentence = _sentence_at(t.lower, h.start)
        if h.label == "discount" and _CHEAPER_ASKED.search(sentence):
            return True  # "is the post office still cheaper for u over a month" asks her sums, it offers nothing
        practice = h.label == "discount" and _asks_their_practice(sentence, h)
        if h.label == "discount" and (h.phrase.startswith("discount") or practice):
            return bool((practice or _DISCOUNT_ASKED.search(t.lower[max(0, h.start - 40):h.start]))
                        and not _FOR_YOU.search(t.lower[h.end:h.end + len(sentence)].split("?")[0]))
        if h.label in ("closing", "pressure", "pressure_now"):
            return bool(_MOTIVE_ASKED.match(sentence) or h.label == "closing" and _THEIR_TIMELINE.match(sentence)
                        or h.label == "pressure" and sentence.rstrip().endswith("?") and _asks_their_practice(sentence, h))
        return h.label == "leading" and bool(_AGREED_WITH_SOMEONE.search(sentence))
    return [h for h in hits if not misread(h)]


def moves_of(t: Text) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The moves a normalised turn makes and the words that triggered each."""
    hits = _without_summary_ifs(_without_taken_back_pushes(t, _without_told_summaries(t, move_hits(t))))
    hits = _without_misread_pushes(t, _without_their_deal_dates(t, hits))
    if any(h.label == "pressure" for h in hits):
        hits = _without_advice_for_a_case(t, hits)
    scores = CUES.scores(hits)
    for claim, move in PITCH_IN_ANY_SHAPE.items():  # claims sell in any shape
        scores[move] = scores.get(move, 0.0) + scores.get(claim, 0.0)
    hits = [Hit(PITCH_IN_ANY_SHAPE[h.label], h.phrase, h.weight, h.start, h.end) if h.label in PITCH_IN_ANY_SHAPE else h
            for h in hits]
    moves = {m for m in MOVES if scores.get(m, 0.0) >= _THRESHOLD[m]}
    if "hypothesis" in moves and "pressure" in moves and all(
            _COMMIT_NOW.match(h.phrase) for h in hits if h.label == "pressure"):
        moves.discard("pressure")  # "If it cost the same, would you order it today?" is a trial close
    if {"upsell", "what_else"} <= moves and "pitch" not in moves and all(
            _WHILE_HERE.match(h.phrase) and t.lower.rstrip(" ?.!").endswith(h.phrase)
            and any(w.label == "what_else" and _sentence_at(t.lower, w.start) == _sentence_at(t.lower, h.start) for w in hits)
            for h in hits if h.label == "upsell"):
        # "…anything else you need for the trip while you're here?" as the last words asks what else and sells nothing
        # (with more after it - "Like, we also do warehousing…" - it opens an upsell)
        moves.discard("upsell")
    if scores.get("pressure_now", 0.0) >= _THRESHOLD["pressure"] and "hypothesis" not in moves:
        moves.add("pressure")
        hits = [Hit("pressure", h.phrase, h.weight, h.start, h.end) if h.label == "pressure_now" else h for h in hits]
    evidence: dict[str, tuple[str, ...]] = {}
    for m in moves:
        evidence[m] = tuple(dict.fromkeys(h.phrase for h in hits if h.label == m))[:4]
    if "counter_question" in moves and any(_ANYTHING_ELSE.match(e) for e in evidence["counter_question"]):
        moves.add("what_else")  # "Is there anything else on your mind about it?" also asks what else
        evidence["what_else"] = tuple(e for e in evidence["counter_question"] if _ANYTHING_ELSE.match(e))
    checks = _reflective_checks(t) if t.judgeable else []
    if checks and "pressure" not in moves:
        moves.add("paraphrase")
        evidence["paraphrase"] = tuple(dict.fromkeys(evidence.get("paraphrase", ()) + tuple(checks)))[:4]
    if ("paraphrase" not in moves and not moves & {"pitch", "pressure", "leading", "upsell", "rudeness", "argument", "hypothesis"}
            and not _PLAN.search(t.lower) and not ABOUT_SELF.search(t.lower) and not _only_questions(t) and reflects(t)):
        moves.add("paraphrase")  # a reflection: "You're worried the drivers won't use it."
        evidence["paraphrase"] = (" ".join(t.clean.split()[:5]),)
    if {"closing", "paraphrase"} <= moves and all(_SO_OPENING.match(e) for e in evidence["paraphrase"]):
        moves.discard("paraphrase")  # "So the monitor plus the cuff - shall I ring those up?" wraps up to close
        del evidence["paraphrase"]
    return frozenset(moves), evidence


#: Upset score a customer turn must reach to count as an upset customer.
UPSET_THRESHOLD = 2.0
#: Plain words of fact ("wrong", "late", "nobody") add at most this much together.
_MILD_CAP = 1.0


#: An exclamation mark that greets or thanks ("hi!", "Thanks so much!"), not one that complains.
_FRIENDLY_BANG = re.compile(r"\b(?:hi|hello|hey|hiya|morning|afternoon|evening|thanks|thank you|thanks so much|thank you so much|"
                            r"great|cheers|wow|yay|brilliant|perfect|lovely|awesome|amazing)!+", re.IGNORECASE)


def upset_level(text: object) -> tuple[float, tuple[str, ...]]:
    """How upset a (customer) turn sounds: cue score and the words, plus shouting in capitals.

    A clearly angry word alone reaches `UPSET_THRESHOLD`; complaint cues count half of it, so two
    are needed, or one said with an exclamation mark; plain words of fact add at most `_MILD_CAP`.
    Shouting (two words in capitals, or "!!"/"?!" after a complaint) adds 2.0. A death just told
    (`GRIEF_CUE`) reaches the threshold too: grief, not a complaint (`grief_level`).
    """
    score, words = _complaint_level(text)
    grief = grief_level(text)
    return (score + grief[0], words + grief[1]) if grief[0] else (score, words)


_GRIEF = re.compile(GRIEF_CUE)


def grief_level(text: object) -> tuple[float, tuple[str, ...]]:
    """`UPSET_THRESHOLD` and the words when a (customer) turn tells of a death just now, else (0.0, ())."""
    t = normalise(text)
    m = _GRIEF.search(t.lower) if t.judgeable else None
    return (UPSET_THRESHOLD, (m.group(0),)) if m else (0.0, ())


def _complaint_level(text: object) -> tuple[float, tuple[str, ...]]:
    """`upset_level` without grief: what the customer's words say about how they were served."""
    t = normalise(text)
    if not t.judgeable:
        return 0.0, ()
    hits = UPSET.hits(t.lower)
    mild = [h for h in hits if h.weight < 1.0]
    strong = [h for h in hits if h.weight >= 1.0]
    score = sum(h.weight for h in strong) + min(_MILD_CAP, sum(h.weight for h in mild))
    words = [h.phrase for h in sorted(hits, key=lambda h: -h.weight)]
    said = _FRIENDLY_BANG.sub("", t.clean) if score > 0 and "!" in t.clean else ""  # "hi!", "thanks!" complain of nothing
    if "!!" in said or "?!" in said:  # a complaint shouted
        score += 2.0
        words.append("!!")
    elif "!" in said:  # a complaint said with an exclamation mark
        score += 1.0
        words.append("!")
    caps = [w for w in t.clean.split() if len(w) >= 4 and w.isalpha() and w.isupper()]
    if len(caps) >= 2:
        score += 2.0
        words.append(" ".join(caps[:3]))
    return score, tuple(dict.fromkeys(words))[:4]


def is_upset(text: object) -> bool:
    """Whether a customer turn really sounds upset (mild complaints of fact do not)."""
    return upset_level(text)[0] >= UPSET_THRESHOLD


_PROBLEM = re.compile(boundaries_factored(PROBLEM_REPORT))


def reports_problem(text: object) -> bool:
    """Whether a customer turn reports a problem with what they bought or were served
    ("The bin hasn't been emptied for three weeks", "Now the tap drips"): a complaint to handle."""
    t = normalise(text)
    return t.judgeable and _reports_problem(t.lower, t.raw)


@remembered()
def _reports_problem(lower: str, raw: str) -> bool:
    """`reports_problem` of a judgeable text; remembered (the rubric asks it of a conversation's opening line
    several times, and the search of the long pattern costs tens of microseconds)."""
    return bool(_PROBLEM.search(lower)) or _complaint_level(raw)[0] >= 1.0  # (grief reports no problem)


#: What a turn does, without its need level: (question or None, moves, the words of each move).
TurnMoves = tuple[QuestionPrediction | None, frozenset[str], dict[str, tuple[str, ...]]]


def read_turn(t: Text) -> TurnMoves:
    """The question and moves of a normalised turn: its `TurnAnalysis` but for the need level
    (the dialogue rubric reads these for every turn, the need level never)."""
    if not t.judgeable:
        insult = foreign_insult(t)
        return (None, frozenset({"rudeness"}), {"rudeness": (insult,)}) if insult else (None, frozenset(), {})
    moves, evidence = moves_of(t)
    return asked_question(t), moves, evidence


def analysis_of(t: Text, read: TurnMoves) -> TurnAnalysis:
    """The `TurnAnalysis` of a normalised turn from what `read_turn` found (adding its need level)."""
    q, moves, evidence = read
    if not t.judgeable:
        return TurnAnalysis(t.raw, None, predict_need(t), moves, evidence, False, 0)
    return TurnAnalysis(t.clean, q, predict_need(t), moves, evidence, True, t.word_count)


def analyse_normalised(t: Text) -> TurnAnalysis:
    """`analyse_turn` for an already-normalised text."""
    return analysis_of(t, read_turn(t))


def foreign_insult(t: Text) -> str:
    """An insult in another language the gate recognises ("eres un idiota"): never skipped as 'not English'."""
    if t.reason != "language" or not t.clean:
        return ""
    folded = " " + " ".join(fold_accents(t.clean).replace("!", " ").replace(".", " ").replace(",", " ").split()) + " "
    return next((w for w in INSULTS if f" {w} " in folded), "")


def analyse_turn(text: object) -> TurnAnalysis:
    """Analyse one turn: question (or None), need level, moves with their evidence."""
    return analyse_normalised(normalise(text))
