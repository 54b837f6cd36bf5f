"""The dialogue rubric: nine criteria on the exchange (the last: where the customer ended up), and caps for what no technique excuses.

See docs/scoring.md for the grounding (brief sections 4-7, motivational interviewing,
SPIN sequencing, LAER objection handling). The rubric reads the conversation as an
exchange (`coursekit.scoring.exchange`): a question earns credit only if it looks for the
need, was answered and was not asked before; a summary only if it plays back what the
customer said; every turn is checked for whether it builds on what the customer just said.

A criterion whose situation never arises (no objection raised, customer never upset) is
*weighted out*: reported with maximum 0, the other maxima scaled to add up to 100. Then
*caps*: a put-down, an argument, pressure, a leading question or an upsell limits the
total however well the rest went, and the report says which turn did it. One turn of an
offence read from the conversation's shape rather than said outright (a first proposal before
the need was confirmed, a repeat, a correction, an extra, a leading question, a proposal to
an upset customer) is a *slip*: it costs `SLIP_COST` points instead; a second such turn caps.
A turn list with no customer turn is not a conversation and scores 0.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from coursekit.i18n import language, speaking, t as _t
from coursekit.labels import NEED_LEVELS

from .exchange import (
    ASKS_IF_READ, Annotation, DialogueContext, Turn, accepted, annotated_turns, builds_on, confirms, corrects, crammed_summary,
    credited_questions,
    customer_agreed, echoes_any, framework_talk, grounded, is_upset, names_levels, need_confirmed, needs_answer, parse_turns, playback_level,
    question_level, proposes_another_time, reads_as, received_well, yes_another_day,
    HEDGE_OPENING, asks_back_jargon, raises_objection, stuffed, takes_offence, turned_down, walked_away, where_left, hesitates,
    offers_later_contact, stops_the_step, asks_anything,
)
from .faults import FAULT_KINDS, advice_asked, asks_to_test, fault_of, overpromises, reports_malfunction, says_a_named_fault
from .marked_down import evidence, is_marked_down, log_odds
from .took_badly import took_badly
from .playback import made_up
from .reflection import framed
from .text import as_written, normalise, plain_spoken, sentences, short
from .timeslots import books_ruled_out_time
from .types import Criterion, DialogueReport

__all__ = ["CRITERIA", "CAPS", "Annotation", "DialogueContext", "score_dialogue", "score_annotated",
           "criterion_name", "join_all", "join_list", "join_sentences", "level_name", "objection_name"]

#: (id, string id of its name, weight) in rubric order. A criterion's maximum is its weight over the
#: sum of the weights that apply, times 100. The names the trainee reads are in
#: coursekit/data/strings/rubric.yaml (`criterion_name`).
CRITERIA: tuple[tuple[str, str, int], ...] = (
    ("discovery_before_pitch", "rubric.criterion.discovery_before_pitch", 15),
    ("open_questions", "rubric.criterion.open_questions", 10),
    ("confirming_understanding", "rubric.criterion.confirming_understanding", 15),
    ("listening", "rubric.criterion.listening", 25),
    ("objections_tested", "rubric.criterion.objections_tested", 15),
    ("calm_with_upset_customer", "rubric.criterion.calm_with_upset_customer", 10),
    ("higher_need_levels", "rubric.criterion.higher_need_levels", 10),
    ("closing_the_loop", "rubric.criterion.closing_the_loop", 10),
    ("customer_outcome", "rubric.criterion.customer_outcome", 20),
)
#: Weights when the customer opens with a problem (a complaint or a service call): the need is on
#: the table, so checking it, listening and calming count more; closed questions that pin down
#: the facts are fine, and the higher need levels count less.
SERVICE_WEIGHTS: dict[str, int] = {
    "discovery_before_pitch": 10, "open_questions": 5, "confirming_understanding": 20, "listening": 20,
    "objections_tested": 15, "calm_with_upset_customer": 15, "higher_need_levels": 5, "closing_the_loop": 10,
    "customer_outcome": 20,
}
#: How nearly a customer's question must repeat one they asked before to count as asked again.
ASKED_AGAIN_LIKENESS = 0.6
#: Most closing-the-loop credit a conversation keeps when the trainee promised contact without a day or time.
VAGUE_PROMISE_CREDIT = 0.4
#: Closing-the-loop credit for an agreed next step alone (no "what else?", no check that a fix worked).
NEXT_STEP_CREDIT = 0.7
#: Credit for where the customer's last words leave them (`exchange.where_left`): the techniques are
#: means, and a customer who ends against the trainee is evidence they did not work. A customer who
#: ends neither for nor against keeps most of it: a conversation may stop mid-discovery.
#: A customer who goes along only for want of another way ("I suppose it'll have to.", "OK, I guess") keeps a
#: quarter: on the read sets 25 gaming and worse sides ended so, and no good or better one.
OUTCOME_CREDIT: dict[str, float] = {"on_side": 1.0, "open": 0.75, "grudging": 0.25, "pushes_back": 0.0, "left": 0.0}
#: Upset cue score of an opening problem report that makes it a complaint to calm (one complaint cue).
COMPLAINT_LEVEL = 1.0
#: Move -> (highest total a conversation with it can reach, the string id of what it is called in feedback).
#: A conversation with one of these is a fail whatever else went well: held at 10 or less (5 for an argument,
#: nothing for a put-down), it sits well under a decent conversation that used few of the taught techniques.
#: (20, 15 and 10 until the nineteenth round, 15, 10 and 5 until the twenty-fourth: a gaming conversation held at
#: 15 was still within 30 points of many good natural conversations.)
CAPS: dict[str, tuple[int, str]] = {
    "rudeness": (0, "rubric.cap.rudeness"),
    "argument": (5, "rubric.cap.argument"),
    "pressure": (10, "rubric.cap.pressure"),
    "leading": (10, "rubric.cap.leading"),
    "upsell": (10, "rubric.cap.upsell"),
    "pitch_to_upset": (10, "rubric.cap.pitch_to_upset"),
    "walked_away": (10, "rubric.cap.walked_away"),
    "stuffed": (10, "rubric.cap.stuffed"),
    "framework_talk": (10, "rubric.cap.framework_talk"),
    "put_right": (10, "rubric.cap.put_right"),
    "repeated": (10, "rubric.cap.repeated"),
    "said_again": (10, "rubric.cap.said_again"),
    "monologue": (10, "rubric.cap.monologue"),
    "pushed": (10, "rubric.cap.pressure"),
}
#: Offences read from the shape of a conversation rather than said outright: a proposal made before the
#: customer confirmed a need ("pushed"), a question asked again, a customer who had to put the trainee right,
#: an extra offered, a leading question, a proposal to an upset customer. One turn of these takes
#: `SLIP_COST` points off; a second turn (or anything said outright: a put-down, an argument, a deadline)
#: caps the score. Measured on the play-tests of rounds F-K: a single such turn capped 7 of 51 good games
#: that deserved 70-90, and no gaming game was held down by one alone.
SLIP_KINDS = frozenset({"pushed", "repeated", "put_right", "said_again", "upsell", "leading", "pitch_to_upset"})
SLIP_COST = 30
#: Offences read from a turn's own words (not from the shape of the conversation: a lecture, a stuffed question,
#: the course's terms, a question asked again, a customer walking out).
WORD_READ_KINDS = frozenset({"rudeness", "argument", "pressure", "leading", "upsell", "pitch_to_upset", "pushed"})
#: Log-odds (`marked_down.log_odds`) under which a turn reads like the replies of well-handled conversations.
#: A single turn read as an offence by its words alone, that the model reads so, in a conversation whose customer
#: ends on the trainee's side, has two witnesses against the cue: it costs `SLIP_COST` instead of capping.
#: On the unread sets at the thirtieth round's start, the well-handled sides capped by one turn had turns at a
#: median of -4.6 and the gaming sides' at -1.3; the read sets lost 3 of 1,531 gaming pairs' 30-point gaps to it
#: (a put-down, a blame and a "what would it take… today" whose customers still bought), the unread sets gained 6
#: of 600 and the four sets written in the thirtieth round, measured before they were read, 2 of 120 (docs/scoring.md,
#: thirtieth round). The model reads English only: a Spanish or Chinese turn never reads so.
READS_WELL = -4.0
#: Points each turn with a fault of service costs (`faults.py`: a promise nobody can keep, unasked advice, talk
#: about oneself or one's colleagues, a next step with no day that leaves the customer asking when), for at most
#: `FAULT_TURNS` turns: faults that no criterion reads and that capping would overstate.
FAULT_COST = 10
FAULT_TURNS = 2
#: Customer corrections ("I asked about data", "I never said that") that show the trainee is not listening.
PUT_RIGHT_LIMIT = 2
#: Questions asked again (in the same or other words) before it counts against the conversation.
REPEAT_LIMIT = 2
#: Each further offending turn lowers the cap by this much.
CAP_STEP = 5
#: Open-question share that earns full marks (MITI 3: 50% competent, 70% proficient).
OPEN_SHARE_TARGET = 0.7
#: Credited discovery questions before the first pitch that earn full marks.
DISCOVERY_TARGET = 2
#: Share of replies that take up the customer's last words for full marks on listening.
LISTENING_TARGET = 0.75
#: Longest quote of a trainee turn in the rubric's evidence.
_QUOTE = 60
_TESTS = ("hypothesis", "counter_question", "transformation")
_BAD = ("argument", "pressure", "discount", "rudeness")


@dataclass(frozen=True)
class _Result:
    fraction: float | None  # None: does not apply
    feedback: str
    evidence: tuple[str, ...] = ()


def _q(turn: Turn, limit: int = _QUOTE) -> str:
    return short(turn.text, limit)


def _q_asked(turn: Turn, limit: int = _QUOTE) -> str:
    """The sentence a turn asks, quoted ("So the heart of it is that your mum… How many guests?" is quoted by "How many
    guests?": advice to open a question quotes the question, not the summary before it; fifty-seventh round)."""
    asked = [s for s in sentences(turn.text) if s.rstrip().endswith(("?", "？"))]
    return short(asked[-1], limit) if asked else _q(turn, limit)


# -- the sentences (coursekit/data/strings/rubric.yaml, looked up when shown) ---------------
def _plural(string_id: str, count: int, **values: object) -> str:
    """The sentence `<string_id>_one` for a count of 1, `<string_id>_many` otherwise, with `{count}` filled."""
    return _t(f"{string_id}_{'one' if count == 1 else 'many'}", count=count, **values)


def join_all(items) -> str:
    """'a', 'a and b', 'a and b and c': each item joined on by the catalogue's "{rest} and {last}"."""
    items = list(items)
    out = items[0] if items else ""
    for item in items[1:]:
        out = _t("rubric.list.and", rest=out, last=item)
    return out


def join_list(items) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return _t("rubric.list.and", rest=_t("rubric.list.comma").join(items[:-1]), last=items[-1])


def join_sentences(*parts: str) -> str:
    """Whole sentences one after another (the catalogue's "{first} {next}"); empty parts left out."""
    parts_ = [p for p in parts if p]
    out = parts_[0] if parts_ else ""
    for part in parts_[1:]:
        out = _t("rubric.join.sentences", first=out, next=part)
    return out


def _quoted(phrases, limit: int = 3) -> str:
    """'a', 'b' and 'c': the first `limit` different phrases, quoted."""
    return join_list(_t("rubric.list.quoted", text=p) for p in list(dict.fromkeys(phrases))[:limit])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def criterion_name(cid: str) -> str:
    """What a rubric criterion is called ("Discovery before pitching")."""
    return _t(f"rubric.criterion.{cid}")


def level_name(level: str) -> str:
    """A need level's name in a sentence ("success"); the id itself when the catalogue has none."""
    try:
        return _t(f"rubric.level.{level}")
    except KeyError:
        return level


def objection_name(pattern: str) -> str:
    """An objection pattern's name in a sentence ("too expensive"); the id in words when the catalogue has none."""
    try:
        return _t(f"rubric.objection.{pattern}")
    except KeyError:
        return pattern.replace("_", " ")


# -- the criteria --------------------------------------------------------------------------
#: Content words in an answer that make it a description rather than one short fact.
DESCRIBED_WORDS = 8


def _finds(question: Turn, service: bool = False) -> float:
    """How much of the need a credited question brought out: an open one all it can; a closed one half,
    or three quarters when the customer answered it with a description ("Mostly inside, minus 20 in
    the freezer hall, and the fumes…"). In a service call the customer has named the need, and a closed
    question that pins down the facts ("Which tooth is it, upper or lower?") is the diagnosis: all it can."""
    if service or (question.question is not None and question.question.form == "open"):
        return 1.0
    reply = question.reply
    return 0.75 if reply is not None and len(reply.words) >= DESCRIBED_WORDS else 0.5


def _found_less(frac: float, asked: list[Turn], service: bool) -> _Result:
    """Enough questions about the need, but some found less: say which ones and why, never "too few"."""
    closed = [t for t in asked if _finds(t, service) < 1.0]
    reason, which = ("closed", closed) if closed else ("moved_on", [t for t in asked if not builds_on(t)])
    return _Result(frac, _plural(f"rubric.discovery.{reason}", len(which), asked=len(asked),
                                 question=_quoted([_q(which[0])], 1)), (_q(which[0]),))


def _discovery(trainee: list[Turn], credited: list[Turn], service: bool = False) -> _Result:
    pitch_at = next((k for k, t in enumerate(trainee) if t.moves & {"pitch", "discount"}), None)
    before = [t for t in credited if pitch_at is None or t.index < trainee[pitch_at].index]
    # a question that ignores what the customer just said finds less: half credit
    credit = sum(_finds(t, service) * (1.0 if builds_on(t) else 0.5) for t in before)
    frac = min(1.0, credit / DISCOVERY_TARGET)
    if pitch_at is None:
        if not credited:
            return _Result(0.0, _t("rubric.discovery.no_questions"))
        if frac >= 1.0:
            # full marks take at least DISCOVERY_TARGET questions: the sentence is always plural
            return _Result(1.0, _t("rubric.discovery.never_pitched", count=len(credited)), (_q(credited[0]),))
        if len(credited) < DISCOVERY_TARGET:
            return _Result(frac, _t("rubric.discovery.too_few", target=DISCOVERY_TARGET), (_q(credited[0]),))
        return _found_less(frac, before, service)
    pitch = trainee[pitch_at]
    ev = tuple(pitch.evidence.get("pitch", ()) or pitch.evidence.get("discount", ())) or (_q(pitch),)
    pitching = sum(1 for t in trainee if "pitch" in t.moves)
    mostly = ""  # most of the turns explain the product: the sentences' `_mostly` variants
    if len(trainee) >= 3 and pitching > len(trainee) / 2:
        frac *= 0.5
        mostly = "_mostly"
    if not before:
        return _Result(0.0, _t(f"rubric.discovery.sold_first{mostly}", pitch=_quoted(ev, 2)), ev)
    if frac < 1.0 and len(before) >= DISCOVERY_TARGET and not mostly:
        return _found_less(frac, before, service)  # enough questions: say why they found less, not "too few"
    if frac < 1.0:
        return _Result(frac, _plural(f"rubric.discovery.pitched_early{mostly}", len(before), pitch=_quoted(ev, 2),
                                     target=DISCOVERY_TARGET), ev)
    return _Result(frac, _t(f"rubric.discovery.asked_first{mostly}", count=len(before)), ev)  # >= DISCOVERY_TARGET


def _open_share(credited: list[Turn]) -> _Result:
    if not credited:
        return _Result(0.0, _t("rubric.open_questions.none"))
    n_open = sum(1 for t in credited if t.question.form == "open")  # type: ignore[union-attr]
    share = n_open / len(credited)
    frac = min(1.0, share / OPEN_SHARE_TARGET)
    closed = next((t for t in credited if t.question.form == "closed"), None)  # type: ignore[union-attr]
    ev = (_t("rubric.open_questions.evidence", open=n_open, total=len(credited)),) + ((_q(closed),) if closed else ())
    if frac >= 1.0:  # one question: it was open
        return _Result(1.0, _t("rubric.open_questions.met_one" if len(credited) == 1 else "rubric.open_questions.met_many",
                               open=n_open, total=len(credited)), ev)
    # short of the target: some question was closed (the only one, when there was one)
    closed = closed or credited[0]
    return _Result(frac, _t("rubric.open_questions.low_one" if len(credited) == 1 else "rubric.open_questions.low_many",
                            open=n_open, total=len(credited), target=int(OPEN_SHARE_TARGET * 100),
                            example=_q_asked(closed, 50)), ev)


def _asks_after(turn: Turn, heard: frozenset[str]) -> bool:
    """A summary in the customer's words followed by a new question ("So it's bad in the attic. Have you
    tried a booster?"): a "No" after it answers the question, it does not correct the summary."""
    r = turn.reader
    said = r.sentences(turn.said)
    asked = [x for x in said[1:] if x.rstrip().endswith(("?", "？"))]  # "So X. Have you thought about Y? It can…"
    # the summary itself must take up something the customer said ("…careful with the knees")
    return (bool(asked) and not any(r.says("asks_check", x.lower()) for x in asked)
            and bool(r.words(said[0].lower()) & heard))


#: A figure in a line: "500", "4mm" (its digits), "2.5".
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def _figures(text: str) -> set[str]:
    return {f.replace(",", ".") for f in _FIGURE.findall(text)}


def _puts_figures_right(turns: list[Turn], reply: Turn) -> bool:
    """Whether a customer line puts right the figures of the trainee's playback just before it ("So that's metformin
    850 x60…, correct?" - "metformin 500 not 850"; "So 500 mg x30…" - "metformin 60 tablets."): the playback has a
    figure the customer never said, and the reply says again one the customer had said, agreeing with nothing."""
    before = turns[reply.index - 1]
    if before.speaker != "trainee" or not before.moves & {"paraphrase", "leading"} or confirms(reply):
        return False
    said = set().union(*(_figures(t.text) for t in turns[: before.index] if t.speaker == "customer"))
    new = _figures(before.text) - said
    again = _figures(reply.text)
    return bool(new and said and again & said and not again & new - said)


#: Trainee words per customer word that make a conversation a monologue (on the read sets no good side passed 4.2;
#: half the gaming monologues passed 4.7), and the fewest trainee words it takes.
MONOLOGUE_RATIO = 5.0
MONOLOGUE_WORDS = 120


def _spoken_words(turn: Turn) -> int:
    """How many words a turn says, spoken fillers and stutters left out in English ("um", "like,", "I-I")."""
    return len((plain_spoken(turn.text_lower) if turn.reader.code == "en" else turn.text).split())


def _talks_at_the_customer(turns: list[Turn]) -> Turn | None:
    """The trainee's longest turn when the trainee said five times as many words as the customer (and at least
    `MONOLOGUE_WORDS`), answers to the customer's questions counted at half: talking at the customer, not with them.
    Chinese is not counted in words."""
    said = [t for t in turns if t.text.strip() and t.reader.code != "zh"]
    ours = [t for t in said if t.speaker == "trainee"]
    # an answer to what the customer asked ("How does the transfer work?") is talk they asked for: it counts half
    # (a pitch given in reply is no answer: "does it work with our Zebra scanners?" - "the route planner is the heart of…")
    # (spoken fillers and stutters are voice, not more talk: "So, um, the way our system works is, like, …" - sixty-first
    # round, blind_typed23's haulage, capped at 10 beside a customer of few words)
    mine = sum(_spoken_words(t) * (0.5 if asks_anything(t.after) and not t.moves & {"pitch", "upsell"} else 1.0) for t in ours)
    theirs = sum(len(t.text.split()) for t in said if t.speaker == "customer")
    if not ours or mine < MONOLOGUE_WORDS or mine < MONOLOGUE_RATIO * max(theirs, 1):
        return None
    return max(ours, key=lambda t: len(t.text.split()))


#: Share of a customer line's content words they had already said that makes it their point said again.
SAID_AGAIN_SHARE = 0.6
#: Fewest content words a line needs to count as the customer saying their point again.
SAID_AGAIN_WORDS = 3


#: The customer pointing out that they said it before ("I said, the ear.", "He's seven. I said seven.", "like I told
#: you"), not a comparison ("later than I said").
_TOLD_YOU = re.compile(r"(?<!than )\b(?:i|we) (?:already |just )?(?:said|told you)\b(?! (?:it twice|to (?:him|her|them|my)))|"
                       r"\b(?:like|as) i (?:said|told you)\b|"
                       # non-native English (thirtieth round, blind82 read): "i just say. speaking 5", "i already say he shy"
                       r"\b(?:i|we) (?:already|just) (?:say|tell|write)\b(?! (?:no|yes|that i|to)\b)|"
                       # thirty-fifth round (blind104 read): "I've said swimming twice.", "Are you writing any of this down?"
                       r"\b(?:i(?:'ve|ve| have)|we(?:'ve| have)) (?:already |just )?(?:said|told you)\b|"  # (and typed, blind134: "ive said it 3 times")
                       r"\b(?:are|were) you (?:even )?(?:listening|writing (?:any of )?(?:this|that|it) down|reading (?:what|my))\b|"
                       r"\bdid you (?:even )?read (?:what i (?:wrote|said|typed)|my (?:message|messages|last))\b|" + ASKS_IF_READ)


def _told_you(turn: Turn) -> bool:
    """Whether a customer line says they said it before ("I've said swimming twice.", "Ya te lo dije: el de 14.",
    "我都说了两遍了")."""
    return reads_as(turn, _TOLD_YOU, "repeat_complaint", turn.text_lower if turn.reader.code == "en" else None)


def _says_it_again(turns: list[Turn]) -> list[Turn]:
    """Customer statements that say their point again, unasked ("hello my parcel says delivered yesterday…" - "How can I
    help you today?" - "my parcel says delivered but i didn't receive"): most of their words said before, after a
    trainee turn that shares none of them: the trainee had not taken it in. (A question about the offer that uses
    their words again, "What does the toner cost on that one?", asks something new.)"""
    out: list[Turn] = []
    said: frozenset[str] = frozenset()
    for t in turns:
        if t.speaker != "customer":
            continue
        before = turns[t.index - 1] if t.index > 0 else None
        # an answer to an identity check ("Can you confirm the address?") gives what was asked for, whoever said it first
        asked_fact = before is not None and before.question is not None and before.question.label == "identifying"
        if said and before is not None and before.speaker == "trainee" and (
                (not asked_fact and len(t.words) >= SAID_AGAIN_WORDS and len(t.words & said) >= SAID_AGAIN_SHARE * len(t.words)
                 and not before.words & t.words
                 and not asks_anything(t))  # a question asks anew
                or (_told_you(t) and t.words & said)):
            out.append(t)
        said |= t.words
    return out


#: A check that asks whether anything is missing: "No" answers it with "you have it all".
def _nothing_missed(turn: Turn) -> bool:
    """A summary ending "Did I miss anything?" answered "No, that's all of it": confirmed, not corrected."""
    reply = turn.reply
    if reply is None or reply.reader.says("corrects", reply.text_lower):
        return False
    last = (turn.reader.sentences(turn.said) or [""])[-1].lower()
    return turn.reader.says("missed_anything", last) and reply.reader.says("nothing_missed", reply.text_lower.lstrip())


def _checks(turns: list[Turn]) -> tuple[list[Turn], list[Turn]]:
    """(good, wrong): trainee turns that check understanding and are borne out, and those that play back
    what the customer never said (or sell while claiming to sum up)."""
    good: list[Turn] = []
    wrong: list[Turn] = []
    heard: frozenset[str] = frozenset()
    for t in turns:
        if t.speaker == "customer":
            heard |= t.words
            continue
        q = t.question
        plays_back = "paraphrase" in t.moves or _sums_up(t, heard) or _tag_checked(t, heard)
        checks = plays_back or (q is not None and q.label == "clarifying")
        if q is not None and q.form == "open" and q.label != "clarifying" and not t.reader.says("plays_back", t.said_lower):
            checks = False  # a remark before an open question ("You know this street. What…?") is no summary
        if not checks or _answers_without_playing_back(t):
            continue
        # (a "summary" that asks for the order counts only when the customer confirms it: "you told me you
        # love our pumps and want ten more - right?" answered with an objection summed up nothing)
        if (t.moves & {"pitch", "leading", "pressure", "upsell"}
                or ((corrects(t.reply, after_claim=False) or corrects(t.reply) and not _asks_after(t, heard))
                    and not _nothing_missed(t))  # ("That's not what I told you" is no answer to the question after it)
                or crammed_summary(t, heard) or ("closing" in t.moves and not confirms(t.reply) and not accepted(t))
                or not plays_back and t.reply is not None and t.reply.reader.says("repeat_complaint", t.reply.text_lower)
                # (a "let me check" question on what they had told: "我再确认一下，你们客人偏好什么口味呢？" - "…我第一句话就讲了")
                or q is None and _lost(t, doubt_counts=False)):  # ("RC-what? I didn't follow any of that.": it summed up
            #                                                    nothing they knew; asked "Is that clear?", it did check)
            wrong.append(t)
        elif plays_back and not confirms(t.reply) and _makes_up(t, heard):
            wrong.append(t)  # two things she said and two she never did ("…and your daughter uploads them")
        elif (confirms(t.reply) or grounded(t, heard) or _nothing_missed(t)
              or plays_back and echoes_any(t, heard) and accepted(t)):
            good.append(t)  # (…or a summary in other words the customer took the proposal on: "So you need it fast and the
            #                 old one taken away. We can deliver Thursday… Would that work?" - "Thursday is perfect.")
        elif plays_back and not _feeling_only(t) and not echoes_any(t, heard):
            wrong.append(t)  # nothing in it was said by the customer; a summary in other words is let be
        # a clarifying question on something new ("Is anyone hurt, you or the other driver?") claims nothing
    return good, wrong


def _answers_without_playing_back(turn: Turn) -> bool:
    """A statement that answers the customer's question without playing them back in so many words ("What if it's
    late?" - "It won't be, don't worry."; "How often should I come?" - "Two or three times a week. Your first class is
    free."): an answer, whatever it shares with a reflection, checks nothing."""
    prev = turn.after
    return (turn.question is None and prev is not None
            and (prev.text.rstrip().endswith(("?", "？")) or prev.reader.says("lost", prev.text_lower))  # ("The what? Sorry.")
            and not (framed(turn.said_lower) if turn.reader.code == "en"
                     else any(turn.reader.says("plays_back", s.lower()) for s in turn.reader.sentences(turn.said))))


def _makes_up(turn: Turn, heard: frozenset[str]) -> bool:
    """Whether an English summary invents details among what the customer said (`playback.made_up`)."""
    r = turn.reader
    if r.code != "en":
        return False
    return made_up(turn.said, heard, r.words, r.check_words | r.stopwords,
                   lambda said: " ".join(x for x in r.sentences(said) if not r.is_question(x.lower())))


#: Words of the customer's a "so…" sentence must repeat to sum up what they said (and the share of its own words).
SUMMED_WORDS, SUMMED_SHARE = 3, 0.5
#: Share of a sentence's content words the customer said for it to sum them up without opening with "so".
ECHO_SHARE = 0.8
#: Words of a greeting and a form of address: given back, they sum up nothing.
_GREETING_WORDS = "good morning afternoon evening day hello hi hey welcome thanks thank mrs mr ms miss sir madam dear"
#: A capitalised word after a sentence's first: a name ("Mrs Harrington", "Biscuit").
_NAMED = re.compile(r"(?<=\w[ ,])[A-Z][\w'-]+")


def _sums_up(turn: Turn, heard: frozenset[str]) -> bool:
    """A sentence that opens with "so" and is made mostly of the customer's own words ("So 40 boxed
    lunches, quick to eat, a few vegan, and one that has to be completely safe for celiac."), or a statement
    made almost only of them (`ECHO_SHARE`): a summary in the customer's words, with no "is that right?" needed."""
    r = turn.reader
    for sent in r.sentences(turn.said):
        lower = sent.lower()
        opens = r.says("sums_up", lower)
        if not opens and r.is_question(lower):
            continue
        own = r.words(lower) - r.check_words - r.stopwords
        if not opens:  # (a greeting and the customer's name given back sum up nothing: "Good evening, Mrs Harrington.")
            own -= r.words(" ".join([_GREETING_WORDS, *_NAMED.findall(sent)]))
        shared = own & heard
        # (without "so", a sentence made almost only of their words: "Ear hurts since last night and a fever of 38.5.")
        if len(shared) >= SUMMED_WORDS and len(shared) >= (SUMMED_SHARE if opens else ECHO_SHARE) * len(own):
            return True
    return False


def _tag_checked(turn: Turn, heard: frozenset[str]) -> bool:
    """A statement of the customer's own words checked with a tag (Chinese chat: "晚上高峰收银刷不出来 这个最要命对吧"
    after "…收银都刷不出来"): a playback, where the language's lexicon has such tags (`tag_check`)."""
    r = turn.reader
    rx = r.patterns.get("tag_check")
    return rx is not None and any(
        rx.search(r.fold(s.lower())) and len((r.words(s.lower()) - r.check_words - r.stopwords) & heard) >= SUMMED_WORDS
        for s in r.sentences(turn.said))


#: Moves that make a "summary" a sales turn: it checks nothing, whatever it plays back.
SELLING_MOVES = frozenset({"pitch", "leading", "pressure", "upsell", "closing", "discount"})

#: Credit for confirming understanding shown only by a proposal built on the customer's words that they accepted.
ACTED_ON = 0.5


def _acted_on(turns: list[Turn]) -> list[Turn]:
    """Proposals or next steps that use what the customer said and that the customer accepted."""
    heard: frozenset[str] = frozenset()
    out = []
    asked = False  # a proposal before any question answered builds on nothing the trainee found out
    for t in turns:
        if t.speaker == "customer":
            heard |= t.words
            continue
        if (asked and (t.moves & {"pitch", "commitment", "closing", "evidence_offer"} or _proposes(t)) and accepted(t) and grounded(t, heard)
                and not t.moves & {"pressure", "leading", "upsell", "rudeness", "argument", "discount"}):
            out.append(t)
        asked = asked or (t.question is not None and t.answered)
    return out


def _feeling_only(turn: Turn) -> bool:
    """A word for how the customer feels ("That's frustrating, especially with fragile stuff") that makes
    no summary and asks for no check: it claims nothing the customer could have said."""
    lower, r = turn.said_lower, turn.reader
    asked = [s for s in r.sentences(lower) if r.is_question(s)]  # ("Yeah, I can see it, right there" asks no check)
    return "empathy" in turn.moves and not r.says("plays_back", lower) and not any(r.says("asks_check", s) for s in asked)


def _confirming(checks: tuple[list[Turn], list[Turn]], trainee: list[Turn], turns_all: list[Turn]) -> _Result:
    good, wrong = checks
    need = 1 if len(trainee) <= 4 else 2
    # a summary that played back what the customer had not said, or that sold: the sentences' `_wrong` and
    # `_selling` variants
    wrong_id, wrong_quote = ("_selling" if wrong[0].moves & SELLING_MOVES else "_wrong", _q(wrong[0], 50)) if wrong else ("", "")
    if not good:
        acted = _acted_on(turns_all) if not wrong else []
        if acted:
            return _Result(ACTED_ON, _t("rubric.confirming.acted_on", example=_q(acted[0], 50)), (_q(acted[0]),))
        return _Result(0.0, _t(f"rubric.confirming.never{wrong_id}", wrong=wrong_quote),
                       tuple(_q(t) for t in wrong[:1]))
    ev = tuple(_q(t) for t in good[:2])
    if len(good) >= need and not wrong:
        return _Result(1.0, _plural("rubric.confirming.met", len(good), example=_q(good[0], 50)), ev)
    if len(good) >= need:  # enough checks, but a wrong one too
        return _Result(0.7, _t("rubric.confirming.well_wrong", example=_q(good[0], 50), wrong=wrong_quote), ev)
    return _Result(0.7, _t(f"rubric.confirming.once{wrong_id}", wrong=wrong_quote), ev)


def _listening(trainee: list[Turn], repeats: list[Turn], turns: list[Turn], again: list[Turn]) -> _Result:
    chances = [t for t in trainee if t.after is not None and needs_answer(t.after)]
    if not chances:
        return _Result(None, _t("rubric.listening.weighted_out"))
    # asking again what the customer has just answered takes up their words but not what they said; a reply
    # after which the customer has to ask their question again did not answer it
    lost = [t for t in chances if _lost(t)]
    left = walked_away(turns)  # the reply the customer walked out after did not reach them
    said_again = {t.index for t in again}  # …or after which the customer says their point again (`_says_it_again`)
    missed = [t for t in chances if not builds_on(t) or t in repeats or _asked_again(t, turns) or t in lost or cut_off(t.after)
              or (left is not None and t.reply is left) or (t.reply is not None and t.reply.index in said_again)]
    frac = min(1.0, (len(chances) - len(missed)) / (LISTENING_TARGET * len(chances)))
    if not missed:
        return _Result(1.0, _plural("rubric.listening.met", len(chances)), (_q(chances[0]),))
    if frac >= 1.0:  # full marks: no criticism, only what was done
        return _Result(1.0, _t("rubric.listening.mostly_met", kept=len(chances) - len(missed), count=len(chances)),
                       (_q(next(t for t in chances if t not in missed)),))
    example = missed[0]
    if example in lost:  # the customer could not follow it: say so, not that it moved on
        return _Result(frac, _t("rubric.listening.lost", missed=len(missed), count=len(chances), example=_q(example, 50),
                                reply=short(example.reply.text, 50)), (_q(example),))
    said = short(example.after.text, 50) if example.after is not None else ""
    return _Result(frac, _plural("rubric.listening.missed", len(chances), missed=len(missed), said=said,
                                 example=_q(example, 50)), (_q(example),))


#: A line that breaks off mid-word or mid-sentence ("…and the tags kept—", "the ferry alone--"): cut off.
_BREAKS_OFF = re.compile(r"(?:—|–|--|(?<=\w)-)\s*$")


def cut_off(turn: Turn | None) -> bool:
    """Whether a customer line breaks off unfinished: the trainee spoke over them (not letting them finish is no
    listening, whatever the reply takes up)."""
    return turn is not None and turn.speaker == "customer" and bool(_BREAKS_OFF.search(turn.text))


def _lost(turn: Turn, doubt_counts: bool = True) -> bool:
    """Whether the customer's reply to this trainee turn says they could not follow it ("Sorry, I don't understand.",
    or an abbreviation of the trainee's asked back: "Sorry, MDR? T plus two?"). `doubt_counts=False`: a hesitant
    "Hmm, maybe." alone is not enough (it may be doubt, not lost words)."""
    reply = turn.reply
    if reply is None:
        return False
    lower = reply.text_lower
    if not doubt_counts and reply.reader.code == "en":
        lower = HEDGE_OPENING.sub("", lower, count=1)
    return reply.reader.says("lost", lower) or asks_back_jargon(turn, reply)


def _asked_again(turn: Turn, turns: list[Turn]) -> bool:
    """Whether the customer's reply to this trainee turn asks again a question they asked before it
    ("Will it be here by Friday?" … "Ok. But will it be here Friday?")."""
    reply = turn.reply
    if reply is None or not reply.reader.is_question(reply.text_lower.strip()):
        return False
    said = reply.reader.sentences(reply.text_lower)
    if not said:
        return False  # a bare "?" asks nothing again
    asked = said[-1]
    earlier = [t for t in turns[: turn.index] if t.speaker == "customer"]
    return any(reply.reader.similar(asked, s, ASKED_AGAIN_LIKENESS) for t in earlier
               for s in t.reader.sentences(t.text_lower) if t.reader.is_question(s))


def _responses(turns: list[Turn], at: int, stop: set[int]) -> list[Turn]:
    """Trainee turns after index `at` up to the next objection (or the end)."""
    out = []
    for t in turns[at + 1:]:
        if t.index in stop:
            break
        if t.speaker == "trainee":
            out.append(t)
    return out


def _objections(turns: list[Turn]) -> _Result:
    episodes = []
    declared = any(t.objections is not None for t in turns)  # the simulator says which lines raised one
    for t in turns:
        if t.speaker != "customer":
            continue
        if declared:
            episodes.extend((t, label) for label in t.objections or ())
            continue
        before = turns[t.index - 1] if t.index > 0 else None
        if (before is not None and before.speaker == "trainee" and before.moves & set(_TESTS) - {"transformation"}
                and not stuffed(before) and not crammed_summary(before) and not before.moves & set(_BAD)):
            continue  # the answer to a counter-question or a hypothesis is the test's result, not a new objection
        found, label = raises_objection(turns, t)
        if found:
            episodes.append((t, label))
    if not episodes:
        return _Result(None, _t("rubric.objections.weighted_out"))
    starts = {t.index for t, _ in episodes}
    fracs, notes, ev = [], [], []
    for t, label in episodes:
        name = objection_name(label)
        reply = _responses(turns, t.index, starts - {t.index})
        moves = frozenset().union(*(r.moves for r in reply)) if reply else frozenset()
        tests = [m for m in _TESTS if m in moves]
        bad = [m for m in _BAD if m in moves]
        if not reply:
            fracs.append(0.0)
            notes.append(_t("rubric.objections.unanswered", name=name))
            continue
        open_reply = any(r.question and r.question.form == "open" for r in reply)
        if tests:
            f = 1.0
            notes.append(_t(f"rubric.objections.tested.{tests[0]}", name=name))
        elif label == "no_need" and open_reply:
            f = 0.8
            notes.append(_t("rubric.objections.no_need_discovered"))
        elif label == "no_time" and moves & {"commitment", "closing"} and _books_refused_day(t, reply[0]):
            # a step booked on the days the customer just said they cannot make ("Weekdays I'm at work." - "Perfect. I'll put
            # her down for Tuesday 8am.")
            f = 0.2
            notes.append(_t("rubric.objections.no_time_ignored"))
        elif label == "no_time" and moves & {"commitment", "closing"} and builds_on(reply[0]):
            f = 0.8
            notes.append(_t("rubric.objections.no_time_booked"))
        elif moves & {"empathy", "paraphrase", "evidence_offer", "commitment"} and any(accepted(r) for r in reply):
            f = 0.8
            notes.append(_t("rubric.objections.answered_agreed", name=name))
        elif moves & {"empathy", "paraphrase", "evidence_offer"} or open_reply:
            f = 0.5
            notes.append(_t("rubric.objections.acknowledged", name=name))
        else:
            f = 0.2
            notes.append(_t("rubric.objections.untested", name=name))
        if bad:
            f = max(0.0, f - 0.4 * len(bad))
            notes[-1] = _t("rubric.objections.but", note=notes[-1],
                           did=join_all(_t(f"rubric.objections.bad.{b}") for b in bad))
        fracs.append(f)
        for r in reply:
            for m in tests + bad:
                ev.extend(r.evidence.get(m, ()))
    frac = sum(fracs) / len(fracs)
    notes = list(dict.fromkeys(notes))
    text = notes[0] if len(notes) == 1 else _t("rubric.list.semicolon").join(notes[:3])
    feedback = _t("rubric.objections.feedback" if frac >= 0.99 else "rubric.objections.feedback_tip", notes=text)
    return _Result(frac, _capital(feedback), tuple(dict.fromkeys(ev))[:4])


def _books_refused_day(objection: Turn, reply: Turn) -> bool:
    """Whether a trainee reply books only the days (or hours) that the customer's "no time" line, opening on them, ruled
    out (English)."""
    if objection.reader.code != "en" or reply.reader.code != "en":
        return False
    said = objection.reader.sentences(objection.text_lower)
    return bool(said) and books_ruled_out_time(said[0], reply.text_lower)


def _upset_turns(turns: list[Turn]) -> list[Turn]:
    """Customer turns that sound upset, and a complaint the customer opens the conversation with
    (a problem report with one complaint word: "This is the second day", "I'm not happy")."""
    return [t for t in turns if t.speaker == "customer" and (is_upset(t) or (
        t.index == 0 and opens_with_problem(turns) and t.reader.upset_level(t.text)[0] >= COMPLAINT_LEVEL))]


def opens_with_problem(turns: list[Turn]) -> bool:
    """Whether the customer opens the conversation by reporting a problem (a complaint, a service call)."""
    return bool(turns) and turns[0].speaker == "customer" and turns[0].reader.reports_problem(turns[0].text)


def _calm(turns: list[Turn], upset: list[Turn]) -> _Result:
    if not upset:
        return _Result(None, _t("rubric.calm.weighted_out"))
    fracs, ev, good_seen, bad_seen = [], [], set(), set()
    short_of: tuple[Turn, list[str]] | None = None  # the first reply short of full marks, and what it left out
    for t in upset:
        reply = next((r for r in turns[t.index + 1:] if r.speaker == "trainee"), None)
        if reply is None:
            continue
        moves = reply.moves
        f, left_out = 0.0, []
        if moves & {"empathy", "apology"}:
            f += 0.6
        else:
            left_out.append("empathy")
        if moves & {"paraphrase", "counter_question"} or (reply.question and reply.question.form == "open"):
            f += 0.25
        else:
            left_out.append("ask")
        # a next step with a time: in this reply, or once the problem is known ("Tell me what happened" first)
        if any("commitment" in r.moves for r in turns[reply.index:] if r.speaker == "trainee"):
            f += 0.25
        else:
            left_out.append("commitment")
        if f < 1.0 and short_of is None:
            short_of = (t, left_out)
        if moves & {"argument", "rudeness"}:
            f = 0.0
            bad_seen.add("argument")
        if moves & {"pressure", "pitch", "upsell"}:
            f = 0.0
            bad_seen.add("selling")
        good_seen.update(moves & {"empathy", "apology", "paraphrase", "commitment"})
        fracs.append(max(0.0, min(1.0, f)))
        for m in ("argument", "rudeness", "empathy", "apology", "commitment"):
            ev.extend(reply.evidence.get(m, ()))
    if not fracs:
        return _Result(0.0, _t("rubric.calm.no_reply"), upset[0].reader.upset_level(upset[0].text)[1])
    frac = sum(fracs) / len(fracs)
    if "argument" in bad_seen:
        fb = _t("rubric.calm.argued")
    elif "selling" in bad_seen:
        fb = _t("rubric.calm.kept_selling")
    elif frac >= 0.99:
        fb = _t("rubric.calm.stayed_calm", did=join_all(_t(f"rubric.calm.did.{g}") for g in _CALM_ORDER if g in good_seen))
    elif good_seen and short_of is not None:  # name what was done and what the one reply left out, nothing generic
        upset_turn, left_out = short_of
        fb = _t("rubric.calm.partly", did=join_all(_t(f"rubric.calm.did.{g}") for g in _CALM_ORDER if g in good_seen),
                said=short(upset_turn.text, 50), missing=join_all(_t(f"rubric.calm.todo.{m}") for m in left_out))
    else:
        fb = _t("rubric.calm.polite")
    return _Result(frac, fb, tuple(dict.fromkeys(ev))[:4])


#: What calmed the customer, in the order the feedback names it.
_CALM_ORDER = ("empathy", "apology", "commitment", "paraphrase")


def _level_ask(level: str) -> str:
    """What to ask about to reach a need level ("what the purchase must help them achieve (success)")."""
    try:
        return _t(f"rubric.levels.ask.{level}")
    except KeyError:
        return level


def _levels(credited: list[Turn], crammed: list[Turn], playbacks: list[Turn],
            context: DialogueContext | None, finding: list[Turn] = ()) -> _Result:
    """Need levels reached by the questions, by a summary of a need the customer confirmed, or by any other
    turn whose answer the simulator knows brought a need out ("Is there anything else on your mind…?")."""
    levels: dict[str, str] = {}
    for t in sorted([*credited, *playbacks, *finding], key=lambda t: t.index):
        level = (question_level(t, use_answer=True) if t in credited else (t.found or playback_level(t)) if t in playbacks
                 else t.found)
        if level is not None:
            levels.setdefault(level, _q(t))
    present = tuple(context.levels) if context and context.levels else NEED_LEVELS
    targets = [lvl for lvl in ("success", "relationship") if lvl in present] or [
        lvl for lvl in ("experience", "service") if lvl in present][:1] or ["product"]
    # a question crammed with every level's words: the sentences' `_crammed` variants
    crammed_id, crammed_quote = ("_crammed", _q(crammed[0], 40)) if crammed else ("", "")
    asks = join_all(_level_ask(lvl) for lvl in targets)
    if not levels:
        return _Result(0.0, _t(f"rubric.levels.none{crammed_id}", asks=asks, crammed=crammed_quote))
    ev = tuple(f"{lvl}: {levels[lvl]}" for lvl in levels)[:4]
    reached = [lvl for lvl in targets if lvl in levels]
    if len(reached) == len(targets):
        if len(reached) == 1:
            return _Result(1.0, _t("rubric.levels.reached_one", level=level_name(reached[0])), ev)
        names = level_name(reached[0])
        for lvl in reached[1:]:
            names = _t("rubric.levels.and_the", rest=names, last=level_name(lvl))
        return _Result(1.0, _t("rubric.levels.reached_many", levels=names), ev)
    if reached:
        missing = [lvl for lvl in targets if lvl not in levels]
        return _Result(0.9, _t(f"rubric.levels.partly{crammed_id}", level=level_name(reached[0]),
                               asks=join_all(_level_ask(m) for m in missing), crammed=crammed_quote), ev)
    top = next(lvl for lvl in reversed(NEED_LEVELS) if lvl in levels)
    frac = 0.6 if top in ("experience", "service") else 0.3
    return _Result(frac, _t(f"rubric.levels.stopped{crammed_id}", level=level_name(top), asks=asks,
                            crammed=crammed_quote), ev)


def _closing(trainee: list[Turn]) -> _Result:
    vague = next((t for t in trainee if _vague_promise(t)), None)
    result = _closing_credit(trainee)
    if vague is None or result.fraction is None or any("upsell" in t.moves for t in trainee):
        return result
    return _Result(min(result.fraction, VAGUE_PROMISE_CREDIT), _t("rubric.closing.vague", example=_q(vague, 50)), (_q(vague),))


def _vague_promise(turn: Turn) -> bool:
    """Whether a trainee turn promises contact without saying when ("Someone will be in touch")."""
    r = turn.reader
    return any(r.says("vague_promise", s) and not r.says("time_said", s) for s in r.sentences(turn.text_lower))


def _pushed_back(turn: Turn) -> bool:
    """Whether the customer's reply to a proposal holds back, objects (the simulator says so) or walks out
    ("...Not yet.", "That much for a drill I'll use twice?", "That's it, I'm off"): no next step was agreed,
    whatever they had said yes to before. (Words alone read an objection into "I'll wait." too often.)"""
    reply = turn.reply
    return reply is not None and (hesitates(reply) or bool(reply.objections)
                                  or reply.reader.says("walks_away", reply.text_lower))


#: The customer saying they did what they were told ("ok done that, it says connected on the screen now").
_DID_IT = re.compile(r"\b(?:done(?: that| it)?|did (?:that|it)|tried (?:that|it)|it says (?:connected|online|ready|done)|"
                     r"i(?:'ve| have) (?:just )?(?:done|changed|reset|restarted|put|set|typed|entered|plugged|switched|turned|updated|installed))\b")


def _customer_did_it(turn: Turn | None) -> bool:
    """Whether a customer line says they did what the trainee asked: a check after it tries the fix, not a diagnosis."""
    return turn is not None and turn.reader.code == "en" and bool(_DID_IT.search(turn.said_lower))


def _checks_the_fix(turn: Turn, trainee: list[Turn]) -> bool:
    """Whether a trainee turn asks the customer to check that something done works: after a step the trainee did
    or promised ("I've reset it. Is it working now?"), or right after the customer did what they were told ("ok
    done that" - "Can you tell me if it shows online?"); before either, the same question is a diagnosis."""
    if _customer_did_it(turn.after):
        return turn.reader.says("checks_fix", turn.said_lower or turn.text_lower) or asks_to_test(turn)
    return turn.reader.says("checks_fix", turn.said_lower or turn.text_lower) and any(
        u.moves & {"commitment", "closing"} or u.reader.says("acted", u.text_lower) for u in trainee if u.index <= turn.index)


def _closing_credit(trainee: list[Turn]) -> _Result:
    checked = [t for t in trainee if t.answered and not t.moves & {"upsell", "pressure"} and _checks_the_fix(t, trainee)]
    if checked:  # the fix tried out with the customer
        return _Result(1.0, _t("rubric.closing.checked_fix", example=_q(checked[-1], 50)), (_q(checked[-1]),))
    # "What else?" closes a loop only after something else was asked or done: not as the first turn, not on its own
    explored = [t.index for t in trainee if "what_else" not in t.moves and t.answered]
    asked = [t for t in trainee if "what_else" in t.moves and not t.moves & {"upsell", "pressure", "rudeness"} and t.answered
             and any(i < t.index for i in explored) and not _pressed_again(t)]
    if asked:
        t = asked[-1]
        late = trainee.index(t) >= (len(trainee) - 1) / 2
        if late:
            return _Result(1.0, _t("rubric.closing.late", example=_q(t, 50)), (_q(t),))
        return _Result(0.7, _t("rubric.closing.early"), (_q(t),))
    upsold = next((t for t in trainee if "upsell" in t.moves), None)
    if upsold is not None:
        return _Result(0.0, _t("rubric.closing.upsell", example=_q(upsold, 50)), (_q(upsold),))
    # a next step the customer took up, or one that wraps up what the customer had just agreed to
    # (a close counts once the customer said yes to it or had just asked for it; a promise once heard, not refused)
    agreed = [t for t in trainee if (("closing" in t.moves and (accepted(t) or customer_agreed(t)))
              or ("commitment" in t.moves and (t.answered and not turned_down(t) and not hesitates(t.reply)
                                               or customer_agreed(t)))
              or (_proposes(t) and accepted(t) and not t.moves & {"pressure", "leading", "upsell"}))
              and (accepted(t) or not _pushed_back(t))]
    if agreed:
        return _Result(NEXT_STEP_CREDIT, _t("rubric.closing.next_step"), (_q(agreed[-1]),))
    if any("paraphrase" in t.moves for t in trainee[-2:]):
        return _Result(0.5, _t("rubric.closing.summed_up"))
    pushed = next((t for t in trainee if "what_else" in t.moves and t.moves & {"upsell", "pressure"}), None)
    if pushed is not None:  # "…Correct? What else? Great - so shall we sign you up today?"
        return _Result(0.0, _t("rubric.closing.pushed", example=_q(pushed, 50)), (_q(pushed),))
    if any("what_else" in t.moves for t in trainee):
        return _Result(0.0, _t("rubric.closing.nothing_explored"))
    return _Result(0.0, _t("rubric.closing.never"))


def _pressed_again(turn: Turn) -> bool:
    """Whether the customer answers a "What else?" by pressing the point still open ("Great. Is there anything else I can
    help you with today?" - "The Delta flight! Can you move me or not?"): no loop was closed (fifty-first round,
    blind198 read)."""
    reply = turn.reply
    return reply is not None and reply.reader.says("presses", reply.said_lower or reply.text_lower)


def _proposes(turn: Turn) -> bool:
    """A trainee turn that offers the customer something to do next ("Would you like us to send you a
    reminder?", "Shall I book the engineer?")."""
    lower, r = turn.said_lower, turn.reader
    return r.says("offer", lower) or r.says("asks_view_of_offer", lower)


def _outcome(turns: list[Turn], simulated: bool, left: tuple[Turn | None, str]) -> _Result:
    """Where the customer's last words leave them (`left`: `where_left` of the turns); in a simulation the scenario's
    own outcome judges it."""
    if simulated:
        return _Result(None, _t("rubric.outcome.simulated"))
    last, where = left
    if last is None:
        return _Result(None, _t("rubric.outcome.none"))
    promised = None if where != "on_side" else next(
        (t for t in reversed(turns[:last.index]) if t.speaker == "trainee" and overpromises(t)), None)
    if promised is not None:
        # a yes won on a promise nobody can keep is a customer let down later ("…before the 20th, easy." - "Great,
        # then I pay now."; "I guarantee panels on your roof in two weeks." - "Two weeks? Okay. I'm holding you to that."
        # and on to the paperwork)
        return _Result(OUTCOME_CREDIT["open"], _t("rubric.outcome.on_a_promise", example=_q(last, 50), promise=_q(promised, 50)),
                       (_q(last),))
    return _Result(OUTCOME_CREDIT[where], _t(f"rubric.outcome.{where}", example=_q(last, 50)), (_q(last),))


# -- caps -------------------------------------------------------------------------------
def _offences(turns: list[Turn], trainee: list[Turn], credited: list[Turn], upset: list[Turn],
              repeats: list[Turn], service: bool, again: list[Turn]) -> list[tuple[str, Turn]]:
    """(cap id, turn) for each turn that does what no technique excuses (and a customer who walked out)."""
    out: list[tuple[str, Turn]] = []
    left = walked_away(turns)
    if left is not None:
        out.append(("walked_away", left))
    talk = framework_talk(turns)
    if talk is not None:
        out.append(("framework_talk", talk))
    lecture = _talks_at_the_customer(turns)
    if lecture is not None:
        out.append(("monologue", lecture))
    out.extend(("stuffed", t) for t in trainee if (t.question is not None and stuffed(t))
               or ("paraphrase" in t.moves and crammed_summary(t, _heard_before(turns, t))) or names_levels(t))
    if len(repeats) >= REPEAT_LIMIT:  # each repeat past the limit lowers the cap further
        out.extend(("repeated", t) for t in repeats[REPEAT_LIMIT - 1:])
    # corrections of what the trainee said the customer wants or said (not of a proposal or an offer)
    put_right = [t for t in turns if t.index > 0 and turns[t.index - 1].speaker == "trainee"
                 and (corrects(t, after_claim=bool(turns[t.index - 1].moves & {"paraphrase", "leading", "pitch"}))
                      or _puts_figures_right(turns, t))
                 and not _nothing_missed(turns[t.index - 1])]
    # and a customer saying their point again (`again`): once can happen in a fair conversation; from the second
    # time of either, each counts
    again = [t for t in again if t not in put_right]
    unheard = sorted(put_right + again, key=lambda t: t.index)
    if len(unheard) >= PUT_RIGHT_LIMIT:
        out.extend(("said_again" if t in again else "put_right", t) for t in unheard[PUT_RIGHT_LIMIT - 1:])
    upset_at = {t.index for t in upset}
    trial_closed = None  # the index of the last proposal that counted as a trial close
    for t in trainee:
        found = [m for m in ("rudeness", "argument", "pressure", "leading", "upsell") if m in t.moves]
        if "pressure" in found and customer_agreed(t, turns) and not any(
                _DEADLINE_OR_CROWD.search(e.lower()) for e in t.evidence.get("pressure", ())):
            found.remove("pressure")  # "once you've signed it…" after the customer said yes wraps up, it does not push
        meets_terms = bool(t.moves & {"closing", "commitment"}) and _meets_their_terms(t)
        if "closing" in t.moves and "pressure" not in found and _pushes_for_a_decision(t, turns, service):
            # after a real discovery, one proposal that asks the customer's view ("…and a three-month review.
            # Does that work for you?") is a trial close; a second, one after "let me sleep on it", or a choice
            # that takes the yes for granted ("Tuesday or Thursday?") pushes; a new proposal after asking
            # again what the customer needs (a counter-question, "anything else?") is a new trial close
            explored = sum(1 for c in credited if c.index < t.index) >= DISCOVERY_TARGET
            asked_since = trial_closed is not None and any(trial_closed < c.index < t.index and len(c.words) >= ASKED_AGAIN_WORDS
                                                           for c in credited)  # a real question, not a bare "what else?"
            if (trial_closed is not None and not asked_since or hesitates(t.after)) and not meets_terms:
                found.append("pressure")  # a second proposal, or one straight after "let me sleep on it"
            elif (not explored or not _asks_view(t)) and not meets_terms:
                found.append("pushed")  # a first proposal before the need was confirmed
            trial_closed = t.index
        if (t.moves & {"closing", "commitment"} and not {"pressure", "pushed"} & set(found) and stops_the_step(t.reply)
                and not meets_terms):
            found.append("pushed")  # "…Card or bank transfer?" - "Hang on, shouldn't we check they open first?"
        if "pressure" not in found and t.reader.says("declares_done", t.said_lower) and not customer_agreed(t, turns):
            found.append("pressure")  # the sale declared done without the customer's yes ("Here's your receipt.")
        if takes_offence(t.reply) and not {"rudeness", "argument"} & set(found):
            found.append("rudeness")  # the customer heard a put-down in it ("I'm not an idiot."), whatever its words
        if t.after is not None and t.after.index in upset_at and (
                "upsell" in t.moves or "pitch" in t.moves and not _answers_their_worry(t, turns)
                or "closing" in t.moves and not (service and "commitment" in t.moves)
                and not _GENTLE_STEP.search(t.said_lower) and not _taken_up(t, turns)):
            found.append("pitch_to_upset")  # (in a service call, a time to put it right is the remedy, not a sale)
        out.extend((m, t) for m in found)
    return out


#: Content words a turn that is no credited question needs for the need its answer brought out to count as a
#: level it reached (a bare "What else?" does not).
FOUND_WORDS = 3
#: Content words a question between two proposals needs to count as asking again ("What would you need to see
#: to believe it?"), not a bare course phrase ("What would satisfy you?").
ASKED_AGAIN_WORDS = 3
#: A proposal that asks what the customer thinks of it (a trial close), not for the order.
_VIEW_ASKED = re.compile(r"\b(?:does|would|will|could) (?:that|this|it) (?:work|suit|sound)|\bhow does (?:that|this) sound|"
                         r"\bwhat do you think\b|\b(?:could|can|shall) we (?:start|try|begin) with (?:a |an )?(?:trial|pilot|test|small)|"
                         r"\bdoes (?:that|this) (?:make sense|help)\b|\bsounds? good\s*\?|\bpencil\b|\bno (?:commitment|obligation)\b|"
                         r"\byou can (?:always )?(?:cancel|change it|back out|say no)\b|"
                         # a next step offered for the customer to look at first ("Shall I write that up and bring it Monday?")
                         r"\b(?:shall|should|can|could|may) i (?:write|put|draw|type|set) (?:that|this|it|them|all that) "
                         r"(?:up|down|together|in writing|on paper)\b")


def _asks_view(turn: Turn) -> bool:
    """Whether a proposal asks what the customer thinks of it (a trial close: "Does that work?", "¿Qué le parece?",
    "您看可以吗？")."""
    return reads_as(turn, _VIEW_ASKED, "asks_view_of_offer", turn.said_lower)


#: A first step offered to an upset or anxious customer with its weight taken off and their view asked, after the
#: feeling was met ("please don't apologise - lots of our patients feel that way. … Would that be a good start?"): care.
_GENTLE_STEP = re.compile(r"^(?=.*\b(?:feel that way|feel the same|understandable|normal to (?:be|feel)|don't apologi[sz]e|no need to apologi[sz]e)\b)"
                          r".*\b(?:would|could|does|will) (?:that|this|it) (?:be (?:a )?(?:good|gentle|easy|ok|okay|fine) (?:start|first step|way to start)|"
                          r"feel (?:ok|okay|manageable|alright|all right)|sound (?:ok|okay|manageable|alright|all right))\b")
#: Pressure that stays pressure after a yes: a deadline, scarcity or the crowd ("only until Friday", "everyone's switching").
_DEADLINE_OR_CROWD = re.compile(r"\b(?:today|tonight|now|until|till|only|last|limited|left|everyone|everybody|all your|"
                                r"neighbou?rs|competitors|expires?|ends?|regret|miss out|going up|hurry|quick)\b")


def _answers_their_worry(t: Turn, turns: list[Turn]) -> bool:
    """Whether a trainee turn that talks about the offer answers the question the upset customer just asked, and the
    customer takes the answer well ("How do I know you won't bail?" - "My contract names a backup…" - "Okay. That helps
    a lot."): the customer asked for it, so it is no sale pressed on them."""
    asked = t.after
    if asked is None or not asked.judgeable:
        return False
    said = asked.reader.sentences(asked.said_lower) or [asked.said_lower]
    # (…or takes up the fear the customer just told, in its words, and the customer takes it well: "I haven't been up the
    # loft. To be honest I'm scared to look." - "…the technician comes out, checks the loft for you…" - "Sixty-eight's
    # fine."; fifty-first round, blind202 read)
    return (asked.reader.is_question(said[-1].strip()) or bool(t.words & asked.words)) and received_well(t, turns)


def _taken_up(t: Turn, turns: list[Turn]) -> bool:
    """Whether the customer takes up the step a trainee turn proposed, now or at a time of their own ("Tomorrow's
    hard, my brother's flying in. Could it be Friday?"): the trainee read the moment right, even if the customer
    was upset."""
    return t.reply is not None and (customer_agreed(t, turns) or proposes_another_time(t.reply))


def _heard_before(turns: list[Turn], turn: Turn) -> frozenset[str]:
    """The words the customer had said before this turn."""
    return frozenset().union(*(t.words for t in turns[: turn.index] if t.speaker == "customer"))


#: Words a proposal shares with the customer's condition just before it, to meet it.
MET_TERMS_WORDS = 2
#: The customer asking to see it before believing it ("Can you show me? I'd need to see it to believe it.").
_SHOW_ME = re.compile(r"\b(?:show me|prove it|(?:need|want|have) to see|see it (?:first|working|before|to believe)|"
                      r"(?:like|want|wish|could|can i|if i could|let me) (?:to )?try (?:it|one|them|this|that)(?: on| out)?)\b")
#: An offer to show it ("I would rather show you…", "a few sample lamps", "the figures"), or to try it together there
#: ("I'd like to try it once." - "yes lets do it now. sit down here… we take a reading together": sixty-first round).
_SHOWS = re.compile(r"\b(?:show|demonstrat\w*|samples?|figures|references?|see (?:it|them|for yourself)|try (?:it|one|them|this)|"
                    r"together|with (?:you|u)|let'?s do it)\b")


def _meets_their_terms(t: Turn) -> bool:
    """Whether a proposal meets what the customer has just said it would take: their own condition ("If I didn't have to
    pay before it sells, I would try it in one region." - "Shall we start in one region, with you paying only for lamps
    already sold?"), or a wish to see it first answered by showing it ("Can you show me?" - "I would rather show you:
    may I come back on Thursday with samples…?"). That answers them; it does not push (fifty-sixth round, a player's
    formal voice)."""
    before = t.after
    if before is None:
        return False
    if before.reader.says("condition", before.text_lower):
        # (a word of theirs said in another form counts: "pay" - "paying", "region" - "regions")
        shared = [w for w in before.words if len(w) >= 3 and any(v.startswith(w) or w.startswith(v) for v in t.words if len(v) >= 3)]
        return len(shared) >= MET_TERMS_WORDS
    return before.reader.code == "en" and bool(_SHOW_ME.search(before.text_lower)) and bool(_SHOWS.search(t.said_lower))


def _pushes_for_a_decision(t: Turn, turns: list[Turn], service: bool) -> bool:
    """Whether a closing question asks for the order before the customer has confirmed a need or said
    yes. In a service call a time to put the problem right ("Can you come in tomorrow?") is no sale,
    unless it sells something or the customer turns it down. A step taken up on a day of the customer's own is no push."""
    if accepted(t) or t.reply is not None and yes_another_day(t.reply) or hesitates(t.after) and offers_later_contact(t):
        return False  # (after "I want my mum to see it first", "Bring her in Saturday" or "I'll ring you Thursday" leaves it to then)
    if (hesitates(t.after) and (not service or t.moves & {"pitch", "upsell", "discount"})
            and not t.moves & {"hypothesis", "counter_question"}):
        return True  # asked again straight after "let me sleep on it" (a test of it - "what's the part you'd
        # want to think over? If the date suited you both, would you go ahead?" - asks, it does not push)
    if customer_agreed(t, turns) or need_confirmed(turns, t) or offers_later_contact(t):
        return False
    if _FREE_OFFER.search(t.said_lower) and not t.moves & {"pitch", "upsell", "discount", "pressure"}:
        return False  # something at no cost offered, whatever the customer says to it
    return (not service or bool(t.moves & {"pitch", "upsell", "discount"}) or turned_down(t) and not _another_time_taken(t, turns)
            or _books_the_sale(t, turns))


#: Something offered at no cost ("puede activar alertas gratis por texto… ¿Se las activo?", "a free check of the wiring,
#: shall I add it?"): an offer, not a decision pushed for (fiftieth round, es/blind48 read; of the read trainee closings
#: that name something free, 91 are on good or better sides and 34 on gaming or worse ones).
_FREE_OFFER = re.compile(r"\b(?:free|gratis|gratuit[oa]s?|sin (?:costo|coste|cargo)(?: alguno| adicional)?|no charge|at no (?:extra )?cost)\b|免费")


def _another_time_taken(t: Turn, turns: list[Turn]) -> bool:
    """Whether a time the customer could not make was followed by another the customer took ("¿Puede venir mañana?" -
    "Mañana trabajo hasta las seis." - "Le tengo 6:40 de la tarde." - "Sí, a esa hora sí."): the visit fitted to them."""
    reply = t.reply
    after = turns[reply.index + 1] if reply is not None and reply.index + 1 < len(turns) else None
    return (after is not None and after.speaker == "trainee" and after.reader.says("time_said", after.said_lower)
            and accepted(after))


def _books_the_sale(t: Turn, turns: list[Turn]) -> bool:
    """A service call's closing that books what was sold earlier in it ("can I book you in for a demo of the new
    pair?" after pitching the new pair), held back by the customer ("I'll think about it."): a sale pushed."""
    sold = any(x.moves & {"pitch", "upsell", "discount"} for x in turns[: t.index] if x.speaker == "trainee")
    return sold and hesitates(t.reply)


def _cap(offences: list[tuple[str, Turn]], total: int, ended_on_side: bool = False,
         turns: list[Turn] | None = None) -> tuple[int | None, str]:
    """The highest total the offences allow, and the sentence that says why (None, "" for none); a single turn the
    words alone read as an offence, that reads like a well-handled reply (`READS_WELL`) or that the customer received
    well (`exchange.received_well`), in a conversation whose customer ends on the trainee's side, costs `SLIP_COST`
    instead, and nothing when it does both."""
    if not offences:
        return None, ""
    at = list(dict.fromkeys(t.index for _, t in offences))
    worst, turn = min(offences, key=lambda o: CAPS[o[0]][0])
    own = [o for o in offences if o[1].speaker == "trainee"]
    if turn.speaker != "trainee" and own:  # the example is what the trainee said, not the customer walking out
        turn = min(own, key=lambda o: CAPS[o[0]][0])[1]
    kinds = join_all(_t(sid) for sid in dict.fromkeys(CAPS[m][1] for m, _ in offences))
    cap = max(0, CAPS[worst][0] - CAP_STEP * (len(at) - 1))
    if len(at) == 1 and total - SLIP_COST > cap:  # one turn: a slip, or a cue two witnesses speak against, costs its points
        if ended_on_side and turn.speaker == "trainee" and all(m in WORD_READ_KINDS for m, _ in offences):
            reads_well = log_odds(turn.text) < READS_WELL
            # (a yes to a deadline or to the crowd may be the pressure working: "That price ends today." - "Fine, I'll take it.")
            welcomed = turns is not None and received_well(turn, turns) and not any(
                _DEADLINE_OR_CROWD.search(e.lower()) for e in turn.evidence.get("pressure", ()))
            if reads_well and welcomed:
                return None, ""  # three witnesses against the words: the reading, the customer's reply and the ending
            if reads_well or welcomed:
                return total - SLIP_COST, _t("rubric.cap.note_doubtful", kinds=kinds, cost=SLIP_COST, example=_q(turn, 60))
        if all(m in SLIP_KINDS for m, _ in offences):  # never harsher than the cap it replaces
            return total - SLIP_COST, _t("rubric.cap.note_slip", kinds=kinds, cost=SLIP_COST, cap=cap, example=_q(turn, 60))
    said = len({t.index for _, t in own}) if own else len(at)  # the trainee's turns, not the customer walking out
    if said > 1:
        return cap, _t("rubric.cap.note_turns", cap=cap, kinds=kinds, count=said, example=_q(turn, 60))
    return cap, _t("rubric.cap.note", cap=cap, kinds=kinds, example=_q(turn, 60))


# -- faults that cost points ------------------------------------------------------------------
def _faults(turns: list[Turn], trainee: list[Turn], capped: frozenset[int] = frozenset()) -> list[tuple[str, Turn]]:
    """(fault, turn) for each trainee turn with a fault of service (`faults.fault_of`); a fix declared done counts
    only in a conversation about a fix (a problem reported), when no trainee turn from just before it on asked the
    customer to try it (a question earlier in the call diagnosed; it tested nothing). Then the first English turn
    with none of these, and no offence (`capped`: indexes of turns that capped the score), that reads like the
    replies coaches marked down (`marked_down.py`), unless it answered a request for advice or has a named fault's
    words (their rule judged them in context): one such turn at most, as a likeness is no named fault. Then the first
    turn with none of these whose customer answered in words like the answers customers gave to a fault (`took_badly.py`,
    in English, Spanish or Chinese), unless it only asked an open question or the customer said yes to it ("Next week.
    And you come for coffee…"), and when an English turn itself does not read like the replies of well-handled
    conversations (`READS_WELL`): one such turn at most too."""
    fixing = opens_with_problem(turns) or any(reports_malfunction(t) for t in turns if t.speaker == "customer")
    tests = [t.index for t in trainee if fixing and asks_to_test(t)]
    found = [(fault_of(t, _vague_promise, fix_checked=not fixing or any(i >= t.index - 2 for i in tests))
              or ("lost_them" if t.judgeable and _lost(t, doubt_counts=False) else ""), t) for t in trainee]
    faults = [(kind, t) for kind, t in found if kind]
    likely = next((t for kind, t in found if not kind and t.index not in capped and t.judgeable
                   and t.reader.code == "en" and not advice_asked(t) and not says_a_named_fault(t)
                   and is_marked_down(t.text)), None)
    if likely is not None:
        faults.append(("marked_down", likely))
    named = {t.index for _, t in faults}
    badly = next((t for t in trainee if t.index not in capped and t.index not in named and t.judgeable
                  and not _only_asks_openly(t) and not accepted(t) and t.reply is not None
                  and took_badly(t.reply.text, t.reader.code) and (t.reader.code != "en" or log_odds(t.text) >= READS_WELL)),
                 None)
    return faults + [("took_badly", badly)] if badly is not None else faults


def _only_asks_openly(turn: Turn) -> bool:
    """An open question that does nothing else the engine names: its answer is what was asked for ("How would you like
    us to help if it goes wrong?" - "Ha. Last time nobody here could tell me how to use the tool…"), cross with the
    past or the situation, not with the question."""
    q = turn.question
    return q is not None and q.is_question and q.form == "open" and not turn.moves


def _fault_note(faults: list[tuple[str, Turn]]) -> str:
    """The sentence that says what the faults cost, with an example and what to do instead ("" for none)."""
    if not faults:
        return ""
    kinds = [k for k in FAULT_KINDS if any(kind == k for kind, _ in faults)]
    first = next(t for kind, t in faults if kind == kinds[0])
    # the words the model turned on are English: quoted in English feedback only (a conversation shown in another
    # language is scored on its English twin, whose words the trainee never saw)
    words = join_all(f"'{w}'" for w in evidence(next((t.text for k, t in faults if k == "marked_down"), "")))
    reply = next((t.reply for k, t in faults if k == "took_badly"), None)  # the customer's words, quoted
    answer = _q(reply, 60) if reply is not None else ""
    plain = language() != "en" or not words
    return _t("rubric.fault.note", cost=FAULT_COST * min(len(faults), FAULT_TURNS),
              kinds=join_all(_t(f"rubric.fault.{k}_plain" if k == "marked_down" and plain else f"rubric.fault.{k}",
                                words=words, answer=answer)
                             for k in kinds), example=_q(first, 60),
              advice=_t(f"rubric.fault.{kinds[0]}_advice"))


# -- the rubric ---------------------------------------------------------------------------
def score_dialogue(turns: object) -> DialogueReport:
    """Score a dialogue (a list of {"speaker": "trainee"|"customer", "text": str}) on the rubric.

    Only `speaker` and `text` are read: tags, levels or objections on a turn dict are ignored.
    """
    return _score(parse_turns(turns), None)


def score_annotated(lines, context: DialogueContext | None = None) -> DialogueReport:
    """Score (speaker, text, `Annotation` or None) lines: the simulator's transcript with what it knows."""
    return _score(annotated_turns(lines), context)


def _empty(turns: list[Turn], trainee_count: int, why: str) -> DialogueReport:
    crits = [Criterion(cid, criterion_name(cid), 0.0, float(w), why, ()) for cid, _, w in CRITERIA]
    return DialogueReport(0, crits, _t("rubric.summary.score", total=0, text=why), len(turns), trainee_count)


def _language_name(code: str) -> str:
    """The name of a language the language gate saw ("" for none or English)."""
    if not code or code == "en":
        return ""
    try:
        return _t(f"rubric.language.{code}")
    except KeyError:
        return ""


def _unjudged_note(trainee: list[Turn]) -> str:
    unread = [normalise(t.text) for t in trainee if not t.judgeable and t.text.strip()]
    if not unread:
        return ""
    foreign = [t for t in unread if t.reason == "language"]
    named = list(dict.fromkeys(x for x in (_language_name(t.language) for t in foreign) if x))
    parts = []
    if foreign:
        parts.append(_plural("rubric.unjudged.turns_in", len(foreign), languages=join_all(named)) if named
                     else _plural("rubric.unjudged.turns", len(foreign)))
    if len(unread) > len(foreign):
        parts.append(_plural("rubric.unjudged.no_words", len(unread) - len(foreign)))
    return _t("rubric.unjudged.note", turns=join_all(parts))


def written_in(turns: list[Turn]) -> str:
    """The language most of the trainee's turns are read in ("en", "es" or "zh"; English on a tie)."""
    codes = [t.reader.code for t in turns if t.speaker == "trainee" and t.judgeable]
    return max(dict.fromkeys(codes), key=codes.count) if codes and codes.count("en") * 2 < len(codes) else "en"


def _score(turns: list[Turn], context: DialogueContext | None) -> DialogueReport:
    """The report, its feedback in the language of the trainee's turns when they are Spanish or Chinese
    (the language they wrote in), else in the course's language (looked up once: each of the report's
    many sentences would look it up again, from the working folder and the environment)."""
    code = written_in(turns)
    with speaking(language() if code == "en" else code):
        return _score_turns(turns, context)


def _score_turns(turns: list[Turn], context: DialogueContext | None) -> DialogueReport:
    trainee_all = [t for t in turns if t.speaker == "trainee" and t.text.strip()]
    trainee = [t for t in trainee_all if t.judgeable or t.moves]
    customer = [t for t in turns if t.speaker == "customer" and t.text.strip()]
    if not trainee:
        return _empty(turns, 0, join_sentences(_t("rubric.empty.no_trainee"), _unjudged_note(trainee_all)))
    if not customer:
        return _empty(turns, len(trainee), _t("rubric.empty.no_customer"))
    credited, repeats, crammed = credited_questions(trainee, read_answers=context is None, turns=turns)
    upset = _upset_turns(turns)
    checks = _checks(turns)
    service = opens_with_problem(turns)
    again = [] if context is not None else _says_it_again(turns)  # (the simulator's customer restates by design)
    left = where_left(turns)  # where the customer ends up: the outcome, and whether a doubtful cue caps
    results = {
        "discovery_before_pitch": _discovery(trainee, credited, service),
        "open_questions": _open_share(credited),
        "confirming_understanding": _confirming(checks, trainee, turns),
        "listening": _listening(trainee, repeats, turns, again),
        "objections_tested": _objections(turns),
        "calm_with_upset_customer": _calm(turns, upset),
        "higher_need_levels": _levels(credited, crammed, [t for t in checks[0] if t not in credited], context,
                                      [t for t in trainee if t.found and t not in credited and len(t.words) >= FOUND_WORDS]),
        "closing_the_loop": _closing(trainee),
        "customer_outcome": _outcome(turns, simulated=context is not None, left=left),
    }
    weights = SERVICE_WEIGHTS if service else {cid: w for cid, _, w in CRITERIA}
    applicable = sum(weights[cid] for cid, _, _ in CRITERIA if results[cid].fraction is not None)
    crits: list[Criterion] = []
    total = 0.0
    raws = [t.text for t in turns if t.reader.code == "zh" and isinstance(t.text, str)]
    for cid, _, _ in CRITERIA:
        name = criterion_name(cid)
        w = weights[cid]
        r = _as_they_wrote(results[cid], raws) if raws else results[cid]
        if r.fraction is None:
            crits.append(Criterion(cid, name, 0.0, 0.0, r.feedback, r.evidence, applies=False))
            continue
        maximum = 100.0 * w / applicable
        score = maximum * r.fraction
        total += score
        crits.append(Criterion(cid, name, round(score, 1), round(maximum, 1), r.feedback, r.evidence))
    total_int = max(0, min(100, int(round(total))))
    unjudged = len(trainee_all) - len([t for t in trainee_all if t.judgeable])
    if unjudged:  # a turn nobody could read earns nothing: the share of judged turns bounds the total
        total_int = int(round(total_int * (len(trainee_all) - unjudged) / len(trainee_all)))
    offences = _offences(turns, trainee, credited, upset, repeats, service, again)
    cap, cap_note = _cap(offences, total_int, ended_on_side=left[1] == "on_side", turns=turns)
    if cap is not None and total_int > cap:
        total_int = cap
    faults = _faults(turns, trainee, frozenset(t.index for _, t in offences))
    if faults:  # after the cap: a fault costs its points however low the cap already is
        total_int = max(0, total_int - FAULT_COST * min(len(faults), FAULT_TURNS))
    summary = join_sentences(_summary(total_int, crits, cap_note), _fault_note(faults), _unjudged_note(trainee_all))
    return DialogueReport(total_int, crits, summary, len(turns), len(trainee), cap, cap_note)


def _as_they_wrote(result: _Result, raws: list[str]) -> _Result:
    """A criterion's result with the words it quotes from Chinese turns written in Traditional characters shown in
    them (the rubric reads every turn in Simplified ones): its evidence, and that evidence where the feedback quotes it."""
    shown = as_written(result.evidence, raws)
    if shown == result.evidence:
        return result
    feedback = result.feedback
    for read, written in zip(result.evidence, shown):
        if read != written:
            feedback = feedback.replace(f"“{read}", f"“{written}")
    return replace(result, feedback=feedback, evidence=shown)


def _summary(total: int, crits: list[Criterion], cap_note: str = "") -> str:
    """The score, then what was strongest and what to work on next; a cap's reason comes first, and what the
    criteria show is then said as "apart from that" (no praise that reads as if the put-down did not count)."""
    live = [c for c in crits if c.applies and c.maximum > 0]
    best = max(live, key=lambda c: c.score / c.maximum)
    worst = min(live, key=lambda c: c.score / c.maximum)
    after = ".after_cap" if cap_note else ""
    if worst.score / worst.maximum >= 0.99:
        text = _t("rubric.summary.all_met" + after)
    elif best.score / best.maximum <= 0.01:
        text = _t("rubric.summary.start" + after)
    else:
        text = _t("rubric.summary.mixed" + after, best=best.name.lower(), worst=worst.name.lower())
    return _t("rubric.summary.score", total=total, text=join_sentences(cap_note, text))


def summary_text(report: DialogueReport) -> str:
    """A report's summary without its leading score ("12/100: "), for a summary that shows the score itself."""
    lead, _, tail = _t("rubric.summary.score", total=report.total, text="\0").partition("\0")
    if report.summary.startswith(lead) and (not tail or tail in report.summary[len(lead):]):
        rest = report.summary[len(lead):]
        return rest.replace(tail, "", 1) if tail else rest
    return report.summary.split(": ", 1)[-1]
