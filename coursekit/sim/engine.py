"""`Session`: one simulated conversation between a trainee and a scenario's customer.

Each trainee turn is an option (`choose`) or free text (`say`); `play` takes either
form as a line (`#N` picks option N). Options are numbered from 1. Bad input (an
empty turn, a wall of text, HTML, another language, option 999) gets a sensible reply
and never raises. The same scenario and seed always give the same dialogue: the only
randomness is a `random.Random(seed)` used to pick line variants.
"""
from __future__ import annotations

import random
import re
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from typing import Any

from coursekit.i18n import speaking, t
from coursekit.labels import CAPPING_MOVES, NEED_LEVELS
from coursekit.scoring.customer_topic import TOPIC_MOVES, in_customer_context
from coursekit.scoring.text import MAX_CHARS, normalise, plain_spoken
from coursekit.scoring.timeslots import days_named
from coursekit.sim import replies
from coursekit.sim.asking import first_choice
from coursekit.sim.customer import CustomerModel, CustomerState
from coursekit.sim.freetext import (CLOSE_MATCH, ENGAGED, WRONG_PLAYBACK, FreeTextReader, asks_for_decision,
                                    ends_on_unmarked_question, match_option, match_option_text, turn_level, turn_tags)
from coursekit.sim.scenario import QUALITY_TRUST, Option, Scenario, Turn, load_scenario
from coursekit.sim.temperament import reaction
from coursekit.scoring.playback import denied_words, said_words
from coursekit.scoring.words import content_words, generic_probe, similarity

#: Longer free-text turns are cut to this many characters before they are read: the
#: scorer's own limit (`coursekit.scoring.text.MAX_CHARS`), one number for both.
MAX_TURN_CHARS = MAX_CHARS
_OPTION_LINE = re.compile(r"^\s*#\s*(\S*)\s*$")
#: A question this similar to one asked before is the same question again.
REPEAT_SIMILARITY = 0.8
#: Moves of a typed line (in a translated conversation) that the customer reacts to, and the reply's situation.
_OFFENCES = (("rudeness", "rudeness"), ("argument", "argument"), ("pressure", "pressure"), ("leading", "pressure"),
             ("upsell", "pressure"))
#: A line typed in a translated conversation says the reply it is most like from this likeness on,
#: when it is this much more like that reply than like any other (chosen on typed paraphrases of the
#: best replies, tests/data/<lang>/typed_paths.json: none went to another reply).
TYPED_MATCH = 0.4
TYPED_MARGIN = 0.15
#: Moves a typed line may not add to the reply it is taken for (a pushy version of a good reply is no good reply).
_NOT_ADDED = frozenset(CAPPING_MOVES) | {"pitch", "discount"}
#: Where a customer line splits into sentences (any of the course's languages).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")


def _sentences_of(line: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(line) if part.strip()]


def _words_in(part: str) -> bool:
    return any(ch.isalnum() for ch in part)


def _not_said_again(lines: list[str], line: str) -> str:
    """A line of the customer's reply without what the reply already says: nothing when it ends the
    same way ("Good day."), else the line without its repeated sentences (a pause, "...", stays)."""
    said = {part for earlier in lines for part in _sentences_of(earlier) if _words_in(part)}
    parts = _sentences_of(line)
    worded = [part for part in parts if _words_in(part)]
    if not worded or worded[-1] in said:
        return ""
    return replies.sentences(part for part in parts if part not in said)


#: What is left of a scripted farewell in at most this many words says no more than the stock line before it.
_BARE_WORDS = 2


def turn_words(text: str) -> int:
    """How long a typed turn is, in words, for the customer's patience: its spoken fillers and stutters left out ("um",
    "like,", "I-I"), as they are voice rather than more to take in; a wall of characters counts as long too."""
    if len(text) <= MAX_TURN_CHARS:
        text = plain_spoken(text.lower())
    return max(len(text.split()), len(text) // 8)


#: A typed line longer than this (words, or characters / 8) is a wall of text, whatever its language.
LONG_TURN_WORDS = 300
#: Extra patience a question asked again costs.
REPEAT_PATIENCE = 4
#: The customer's last lines a stock line is not repeated from, while another variant remains.
RECENT_LINES = 3
#: A summary of what the customer said may be this many times a long turn before they complain of its length.
SUMMARY_LENGTHS = 3


def _ending(outcome: str) -> str:
    """The stock-line situation for an ending ("won", "lost"; any other ending speaks as "open")."""
    return outcome if outcome in replies.LINES else "open"


def _padded(text: str) -> bool:
    """Whether a long line is a few words repeated ("tell me more tell me more …"): under one word in
    five is new."""
    words = text.lower().split()
    return len(words) >= 40 and len(set(words)) * 5 < len(words)


@dataclass(frozen=True)
class Line:
    """One line of the transcript."""

    speaker: str
    """"customer" or "trainee"."""
    text: str
    option: int | None = None
    """The option number a trainee line picked (None for free text or customer lines)."""
    tags: tuple[str, ...] = ()
    """Trainee lines: technique, form and moves (from the option, or read from the text)."""
    level: str | None = None
    quality: str | None = None
    raises: tuple[str, ...] = ()
    """Customer lines: the objection patterns this line puts on the table."""
    found: str | None = None
    """Typed trainee lines: the level of the hidden need the customer's answer to it brought out."""
    need_confirmed: bool = False
    """Customer lines: by this line the customer has confirmed a need (the scenario's need checkpoint)."""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"speaker": self.speaker, "text": self.text}
        if self.speaker == "trainee":
            d.update(option=self.option, tags=list(self.tags), level=self.level, quality=self.quality)
        return d


@dataclass(frozen=True)
class Reply:
    """What came of one trainee turn."""

    text: str
    """What the customer said (empty when nothing, e.g. a note only)."""
    note: str = ""
    """A note to the trainee that is not part of the dialogue (e.g. "no option 999")."""
    accepted: bool = True
    """False when the turn was not taken (bad option number, conversation over)."""
    finished: bool = False
    outcome: str = "open"
    revealed: tuple[str, ...] = ()
    """Facts of the customer's needs that this turn brought out."""


@dataclass
class _Turn:
    lines: list[str] = field(default_factory=list)
    outcome: str | None = None


class Session:
    """A conversation with the customer of one scenario."""

    def __init__(self, scenario: Scenario | str, seed: int = 0):
        self.scenario = scenario if isinstance(scenario, Scenario) else load_scenario(scenario)
        self.seed = seed
        self._rng = random.Random(seed)
        self._model = CustomerModel(self.scenario)
        self._reader = FreeTextReader(self._model, self._rng)
        self._node: Turn = self.scenario.turns[self.scenario.start]
        self._outcome: str | None = None
        self._cut_short = False  # stopped by `end()` before the customer or the scenario decided
        self._hurried = False  # asked once to wrap up when out of time with nothing left against buying
        self._told_too_long = False  # said in an earlier turn that the trainee talks too long ("Please, get to the point.")
        self._transcript: list[Line] = []
        self._orders: dict[tuple[str, int], tuple[Option, ...]] = {}
        self._visits: dict[str, int] = {}
        self._raised_shown = 0  # objections already attached to a customer line
        #: (trainee line, what it brought out): the answer "As I said" repeats.
        self._answers: list[tuple[str, str, frozenset[str]]] = []  # (question, answer, needs the answer told)
        self._say_customer(replies.pick(self._rng, self.scenario.opening))
        #: A translated scenario is played move for move beside its English original: the scorers
        #: read English, so the same choices score the same in every language (`english_transcript`).
        self._twin: Session | None = None
        if self.scenario.language != "en" and self.scenario.path is not None:
            with speaking("en"):
                self._twin = Session(load_scenario(self.scenario.path, lang="en"), seed=seed)

    # -- reading the state ------------------------------------------------------------
    @property
    def state(self) -> CustomerState:
        """A snapshot of the customer: trust, patience, needs, objections, checkpoints."""
        return self._model.snapshot()

    @property
    def finished(self) -> bool:
        return self._outcome is not None

    @property
    def reached_goal(self) -> bool:
        """Whether the conversation ended the right way for this customer (a goal ending)."""
        if self._outcome is None or self._cut_short:
            return False  # stopping half-way is not leaving the customer politely with a next contact
        if self._node.is_end:
            return self._node.goal
        # free text ended it: a sale is right where a won ending is the goal, a polite exit where an open one is
        return any(t.goal and t.end == self._outcome for t in self.scenario.turns.values())

    @property
    def outcome(self) -> str:
        """"won", "lost", or "open" while the conversation goes on (or was cut short)."""
        return self._outcome or "open"

    @property
    def transcript(self) -> tuple[Line, ...]:
        return tuple(self._transcript)

    @property
    def english_transcript(self) -> tuple[Line, ...]:
        """The same conversation in English, line for line (what the scorers read)."""
        return self._twin.transcript if self._twin is not None else self.transcript

    def _wrong_playback(self, n: int) -> bool:
        """Whether option `n` is a summary of what this customer never said. The words are read
        in English (the twin's) when the conversation is translated."""
        session = self._twin if self._twin is not None else self
        with speaking("en") if self._twin is not None else nullcontext():
            options = () if session.finished else session.options()
            if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= len(options):
                return False
            option = options[n - 1]
            return "paraphrase" in option.tags and session._reader.wrong_playback(option.say, session._reader.heard, typed=False)

    def _mirror(self, method: str, *args) -> None:
        if self._twin is not None:
            with speaking("en"):
                getattr(self._twin, method)(*args)

    @property
    def turn_id(self) -> str:
        """The id of the current turn of the scenario's graph."""
        return self._node.id

    @property
    def trust_history(self) -> tuple[int, ...]:
        return tuple(self._model.trust_history)

    @property
    def patience_history(self) -> tuple[int, ...]:
        return tuple(self._model.patience_history)

    @property
    def pitched_early(self) -> int:
        """How often the trainee presented the product before knowing any need."""
        return self._model.pitched_early

    def options(self) -> tuple[Option, ...]:
        """The options of the current turn in this session's order, numbered from 1 (none once finished).

        The order is shuffled per session and turn with the session's seed, so an option's
        position says nothing about its quality, and the same seed always shows the same order.
        """
        return () if self.finished else self._shown(self._node)

    def _shown(self, node: Turn) -> tuple[Option, ...]:
        key = (node.id, self._visits.get(node.id, 0))
        if key not in self._orders:
            order = list(node.options)
            random.Random(f"{self.scenario.id}:{self.seed}:{key[0]}:{key[1]}").shuffle(order)
            # numbered as shown: option.number is what the trainee clicks or types as #N
            self._orders[key] = tuple(replace(o, number=i) for i, o in enumerate(order, start=1))
        return self._orders[key]

    def hint(self) -> str:
        """A coaching hint for the current turn."""
        if self.finished:
            return t("sim.hint.over")
        open_objections = self._model.open_objections()
        if open_objections:
            pattern = self.scenario.objection(open_objections[0]).pattern
            lead = t("sim.hint.objection", pattern=t(f"sim.name.pattern.{pattern}"))
        else:
            lead = ""
        if self._node.hint:
            return replies.sentences(p for p in (self._node.hint, lead) if p).strip()
        if lead:
            return lead
        best = max(self._node.options, key=lambda o: o.rank, default=None)
        if best is None:
            return ""
        names = dict(technique=t(f"sim.name.technique.{best.technique}"), level=t(f"sim.name.level.{best.level}"))
        if best.form:
            return t("sim.hint.try_move_form", form=t(f"sim.name.form.{best.form}"), **names)
        return t("sim.hint.try_move", **names)

    # -- taking turns -------------------------------------------------------------------
    def play(self, line: str) -> Reply:
        """One turn as typed: `#N` picks option N, anything else is free text."""
        m = _OPTION_LINE.match(line or "")
        if m:
            number = m.group(1)
            if not number.isdigit():
                return self._note(t("sim.note.not_option_number", number=number, last=len(self.options()) or 1))
            return self.choose(int(number))
        return self.say(line)

    def choose(self, n: int) -> Reply:
        """Pick option ``n`` (1-based) of the current turn."""
        return self._take(n)

    def _take(self, n: int, typed: str | None = None) -> Reply:
        """Option ``n`` of the current turn, clicked, or `typed` in the trainee's words ("": the
        option's own words, as the English twin records a reply typed in another language)."""
        wrong = self._wrong_playback(n)  # read before the English twin moves on
        self._mirror("_take", n, None if typed is None else "")
        if self.finished:
            return self._note(t("sim.note.over"), accepted=False)
        options = self.options()
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= len(options):
            return self._note(t("sim.note.no_such_option", option=repr(n), last=len(options)))
        option = options[n - 1]
        before = set(self._model.snapshot().facts_revealed)
        said, number = (option.say, n) if typed is None else (typed or option.say, None)
        if wrong:
            # the summary claims what this customer never said: corrected, and it costs trust
            self._transcript.append(Line("trainee", said, option=number, tags=tuple(sorted(option.tags)),
                                         level=option.level, quality="poor"))
            self._model.adjust(trust=WRONG_PLAYBACK[0], patience=WRONG_PLAYBACK[1])
            self._move_to(option.next)
            return self._finish_turn(_Turn([self._stock("playback_wrong", self._model.temperament.id)]),
                                     before)
        self._transcript.append(Line("trainee", said, option=number, tags=tuple(sorted(option.tags)),
                                     level=option.level, quality=option.quality))
        turn = self._apply_option(option)
        return self._finish_turn(turn, before)

    def say(self, text: str) -> Reply:
        """Say something in your own words; the customer answers from the scenario.

        In a translated conversation the customer understands typed words that say what one of
        the shown replies says (in the course's language, or in English): that reply is played
        with the trainee's words; anything else gets a note and changes nothing."""
        if self._twin is not None and not self.finished and self._readable_typing(str(text or "")):
            return self._say_translated(str(text))
        self._mirror("say", text)
        if self.finished:
            return self._note(t("sim.note.over"), accepted=False)
        from coursekit.scoring import analyse_turn

        text = "" if text is None else str(text)
        cut = text if len(text) <= MAX_TURN_CHARS else text[:MAX_TURN_CHARS] + " …"
        analysis = self._in_context(analyse_turn(cut))
        level = turn_level(analysis) if analysis.judgeable else None
        tags = turn_tags(analysis) if analysis.judgeable else frozenset()
        before = set(self._model.snapshot().facts_revealed)
        model, temperament = self._model, self._model.temperament.id
        words = turn_words(text)
        # typed (nearly) word for word, or in close words with the same technique: that option
        matched = match_option_text(self._node.options, cut, tags) if text.strip() else None
        if matched is not None:
            option, sim = matched
            close = sim >= CLOSE_MATCH
            self._transcript.append(Line("trainee", cut, tags=tuple(sorted(option.tags if close else option.tags | tags)),
                                         level=option.level, quality=option.quality))
            return self._finish_turn(self._apply_option(option, words=None if close else words), before)
        self._transcript.append(Line("trainee", cut, tags=tuple(sorted(tags)), level=level))
        if not text.strip():
            model.adjust(patience=-model.temperament.turn_cost)
            return self._finish_turn(_Turn([self._stock("empty", temperament)]), before)
        if analysis.judgeable and analysis.question is not None and not asks_for_decision(analysis):
            earlier = self._asked_before(cut, level)
            if earlier is not None:
                # the same question again: no new facts, no new trust, a little less patience
                model.adjust(patience=-model.temperament.turn_cost - REPEAT_PATIENCE)
                return self._finish_turn(_Turn([self._stock("repeated", temperament, earlier)]), before)
        if not analysis.judgeable and "rudeness" in analysis.moves:  # an insult in another language
            model.offend(analysis.moves)
            dt, dp = reaction(model.temperament, {"rudeness"}, words, general=True)
            model.adjust(trust=dt, patience=dp)
            return self._finish_turn(_Turn([self._stock("rudeness", temperament)]), before)
        if not analysis.judgeable and words <= LONG_TURN_WORDS:
            read = normalise(cut)
            if read.reason == "language" and read.language not in ("", "en"):
                # the trainee's own language, not a fault: a clear reply, and no patience lost
                return self._finish_turn(_Turn([replies.in_english_please(read.language)]), before)
        if not analysis.judgeable:
            model.adjust(patience=-model.temperament.turn_cost - (3 if words > 60 else 0))
            situation = "too_long" if words > LONG_TURN_WORDS else "confused"
            return self._finish_turn(_Turn([self._stock(situation, temperament)]), before)
        option = match_option(self._node.options, analysis)
        if option is not None and option.raises and self._model.objections.get(option.raises) != "hidden":
            option = None  # (its reply is a doubt she has said and been answered on: "That answers what we needed to talk
            # over." is not followed by the same doubt word for word at the next proposal, sixty-first round)
        if option is not None and "paraphrase" in analysis.moves and self._reader.says_nothing_back(cut):
            option = None  # "So if I understood you, that matters most?" says no scripted summary: the customer asks which part
        if option is not None:
            self._transcript[-1] = Line("trainee", cut, tags=self._transcript[-1].tags, level=level,
                                        quality=option.quality)
            return self._finish_turn(self._apply_option(option, words=words), before)
        if analysis.moves & set(CAPPING_MOVES):
            model.offend(analysis.moves)
        dt, dp = reaction(model.temperament, turn_tags(analysis), words, general=True)
        model.adjust(trust=dt, patience=dp)
        if words > model.temperament.long_turn_words and _padded(cut):
            # the same few words pasted over and over: a wall of text, with nothing in it to answer
            model.adjust(patience=-model.temperament.turn_cost)
            return self._finish_turn(_Turn([self._stock("too_long", temperament)]), before)
        self._reader.said = self._said()
        self._reader.offered = self._said("trainee")
        self._reader.recent = self._recent()
        progress = self._progress()
        response = self._reader.respond(self._asked_unmarked(analysis, cut))
        lines = list(response.lines)
        summary = "paraphrase" in analysis.moves and words <= SUMMARY_LENGTHS * model.temperament.long_turn_words
        remark = (words > model.temperament.remarks_after * model.temperament.long_turn_words and response.outcome != "won"
                  and not summary)
        if remark:
            # (a long turn still costs patience; a customer who takes up its proposal does not complain of it first,
            # nor of a summary of what they said being long)
            # (she still says yes to it: she followed, the long way round - "That's a lot to take in" then "Yes,
            # that's right" says two things at once)
            followed = response.on_track or response.accepts
            lines.insert(0, self._stock("too_long_followed" if followed else "too_long", temperament))
        if response.engaged:
            model.adjust(trust=response.heard, patience=ENGAGED)
        if response.patience:
            model.adjust(patience=response.patience)
        if response.outcome is None and model.patience <= 0 and (response.engaged or response.on_track
                                                                  or self._progress() != progress):
            # a customer who has just got somewhere ("Yes, that's it") does not walk out on that turn: one more
            model.adjust(patience=1 - model.patience)
        long_turn = words > model.temperament.long_turn_words
        if response.outcome is None and model.patience <= 0 and long_turn and not self._told_too_long:
            # worn out by long turns, she says so once before she walks out ("Please, get to the point."): one more
            model.adjust(patience=1 - model.patience)
            if not remark:
                lines.insert(0, self._stock("too_long", temperament))
                remark = True
        self._told_too_long = self._told_too_long or remark
        self._sync_node()
        return self._finish_turn(_Turn(lines, response.outcome), before)

    def _asked_unmarked(self, analysis, text: str):
        """The reading the customer answers: a turn ending on a question typed without its mark is read with the mark
        (she answers "at ur level tho what's the big goal" as the question it is, not as a summary to agree with:
        sixty-first round, chat voice); the turn's own reading, and its tags, stay as typed."""
        if analysis.question is not None and analysis.question.is_question or not ends_on_unmarked_question(text):
            return analysis
        from coursekit.scoring import analyse_turn

        marked = self._in_context(analyse_turn(text.rstrip(" .!…") + "?"))
        if not (marked.judgeable and marked.question is not None and marked.question.is_question):
            return analysis
        return replace(marked, text=analysis.text)  # (what she checks against what she said is the line as typed)

    def _in_context(self, analysis):
        """A typed turn's reading less the moves read from the customer's own words ("this discount" of hers, "No, it
        doesn't" agreeing with their "150 doesn't buy a suit")."""
        if not analysis.moves & TOPIC_MOVES:
            return analysis
        said = [line.text for line in self._transcript if line.speaker == "customer"]
        moves = in_customer_context(analysis.moves, analysis.evidence, analysis.text, said)
        if moves == analysis.moves:
            return analysis
        return replace(analysis, moves=moves, evidence={m: e for m, e in analysis.evidence.items() if m in moves})

    @staticmethod
    def _readable_typing(text: str) -> bool:
        """Whether a typed line in a translated conversation is read for what it says: words of a
        readable language, not a wall of text. Empty, markup-only, unreadable or very long lines take
        the same path as in English in both the session and its twin (the customer's own reply)."""
        from coursekit.scoring.exchange import readable

        words = max(len(text.split()), len(text) // 8)
        return words <= LONG_TURN_WORDS and readable(normalise(text))

    def _say_translated(self, text: str) -> Reply:
        cut = text if len(text) <= MAX_TURN_CHARS else text[:MAX_TURN_CHARS] + " …"
        number, moves = self._read_typed(cut)
        if number is not None:
            return self._take(number, cut)
        offence = next((situation for move, situation in _OFFENCES if move in moves), None)
        if offence is not None:  # rude, argumentative or pushy in the trainee's own words: the customer reacts
            return self._offend(cut, tuple(sorted(moves & set(CAPPING_MOVES))), offence)
        return self._note(t("sim.note.typed_unmatched"))

    def _offend(self, typed: str, moves: tuple[str, ...], situation: str) -> Reply:
        """A typed line that plays no shown reply but offends: it costs trust and patience by the
        temperament, as in English. The English twin records the same words with the same moves."""
        self._mirror("_offend", typed, moves, situation)
        before = set(self._model.snapshot().facts_revealed)
        model = self._model
        model.offend(moves)
        dt, dp = reaction(model.temperament, set(moves), max(len(typed.split()), len(typed) // 8), general=True)
        model.adjust(trust=dt, patience=dp)
        self._transcript.append(Line("trainee", typed, tags=moves))
        return self._finish_turn(_Turn([self._stock(situation, model.temperament.id)]), before)

    def _read_typed(self, text: str) -> tuple[int | None, frozenset[str]]:
        """(the number of the shown reply a typed line says, or None; the line's moves), read in the
        course's language, or in English against the English replies."""
        from coursekit.scoring.exchange import reader_of
        from coursekit.scoring.need import predict_need
        from coursekit.scoring.types import TurnAnalysis

        reading = normalise(text)
        reader = reader_of(reading)
        if reader.code == self.scenario.language:
            question, moves, evidence = reader.read_turn(reading)
            analysis = TurnAnalysis(reading.clean, question, predict_need(reading), moves, evidence, True, len(text.split()))
            options, likeness, words = self.options(), reader.likeness, (lambda line: reader.words(line.lower()))
        elif reading.judgeable and self._twin is not None:  # English typed in a translated course: the English replies
            from coursekit.scoring import analyse_turn

            with speaking("en"):
                analysis, options = analyse_turn(text), self._twin.options()
            likeness, words = similarity, content_words
        else:
            return None, frozenset()
        # the reply the line is most like, when it is clearly more like that one than any other and adds
        # no push, pitch or offence the reply lacks; else a reply with the same purpose (`match_option`)
        alike = sorted(((likeness(text, option.say), option) for option in options), key=lambda pair: -pair[0])
        option = None
        if alike:
            top, closest = alike[0]
            second = alike[1][0] if len(alike) > 1 else 0.0
            if not (analysis.moves & _NOT_ADDED) - closest.tags and (
                    top >= CLOSE_MATCH or (top >= TYPED_MATCH and top - second >= TYPED_MARGIN)):
                option = closest
            else:  # about as like two replies: the one of the same form, if it is the closest
                matched = match_option_text(options, text, turn_tags(analysis), likeness)
                option = closest if matched is not None and matched[0] is closest else None
        option = option or match_option(options, analysis, words)
        return (option.number if option is not None else None), frozenset(analysis.moves)

    def end(self) -> None:
        """Stop the conversation as it stands (the outcome stays "open" unless decided)."""
        self._mirror("end")
        if self._outcome is None:
            self._outcome = "open"
            self._cut_short = True

    # -- internals ---------------------------------------------------------------------
    def _asked_before(self, text: str, level: str | None = None) -> str | None:
        """What the customer answered when (nearly) the same question was asked before, or None.

        A question the customer has not answered yet is no repeat: the earlier one told nothing, or told
        another need than the untold one this question is about (asked again in other words after the
        customer answered something else)."""
        probe = generic_probe(text)
        for said, answer, told in self._answers:
            if similarity(text, said) >= REPEAT_SIMILARITY or (probe and generic_probe(said)):
                if not told:
                    continue
                need, _ = self._reader.target_need(text, level)
                if need is not None and need.id not in told and not self._model.fully_uncovered(need):
                    continue
                return answer  # (the stock "biggest problem?" in new words is the same question)
        return None

    def _done(self, option: Option) -> bool:
        """Whether free text has already achieved everything this option would."""
        model = self._model
        effects = bool(option.reveals or option.tests or option.raises or option.resolves or option.checkpoints)
        return effects and (
            all(model.uncovered(n) for n in option.reveals)
            and (option.tests is None or model.objections[option.tests] in {"tested", "resolved", "exposed"})
            and (option.raises is None or model.objections[option.raises] != "hidden")
            and (option.resolves is None or model.objections[option.resolves] == "resolved")
            # (an objection settled in the trainee's own words: the script's answer to it is spent, whatever
            # step it also marks; the next turn's options take the close)
            and (all(model.checkpoints[c] for c in option.checkpoints) or option.resolves is not None)
        )

    def _sync_node(self) -> None:
        """Move the script past turns whose best option free text has already achieved."""
        seen = set()
        while not self._node.is_end and self._node.id not in seen:
            seen.add(self._node.id)
            best = max(self._node.options, key=lambda o: o.rank)
            nxt = self.scenario.turns[best.next]
            if nxt.is_end or not self._done(best):
                return
            self._move_to(best.next)

    def _move_to(self, turn_id: str) -> None:
        """Go to a turn of the script (a turn visited again gets a fresh order of its options)."""
        self._visits[self._node.id] = self._visits.get(self._node.id, 0) + 1
        self._node = self.scenario.turns[turn_id]

    def _apply_option(self, option: Option, words: int | None = None) -> _Turn:
        model = self._model
        if option.quality == "bad":
            model.offend(option.tags)
        pitched_before_need = option.technique == "pitch" or "pitch" in option.moves
        if pitched_before_need and not model.any_uncovered():
            model.pitched_early += 1
        dt = QUALITY_TRUST[option.quality] if option.trust is None else option.trust
        rt, rp = reaction(model.temperament, option.tags,
                          len(option.say.split()) if words is None else words, general=False)
        model.adjust(trust=dt + rt, patience=(option.patience or 0) + rp)
        engaged = False
        for need_id in option.reveals:
            if model.reveal(self.scenario.need(need_id)):
                engaged = True
        if option.tests and model.objections.get(option.tests) in {"open", "hidden"}:
            objection = self.scenario.objection(option.tests)
            model.objections[option.tests] = "tested" if objection.genuine else "exposed"
            if not objection.genuine and objection.hides:
                model.raise_objection(objection.hides)
            engaged = True
        if option.raises:
            model.raise_objection(option.raises)
        if option.resolves and model.objections.get(option.resolves) != "resolved":
            model.objections[option.resolves] = "resolved"
            engaged = True
        for checkpoint in option.checkpoints:
            model.checkpoints[checkpoint] = True
        if engaged:
            model.adjust(patience=ENGAGED)
        target = self.scenario.turns[option.next]
        if target.is_end and target.end == "won" and not model.ready_to_buy():
            # the scripted close comes too early: this customer has not heard enough to buy
            self._move_to(option.next)
            return _Turn([self._stock("not_ready", model.temperament.id)], "open")
        reply = replies.pick(self._rng, option.reply)
        if words is not None and option.resolves and not option.reveals:
            reply = self._named_only(reply, "confirmed")  # typed in other words: she agrees to the terms that were said
        lines = [reply]
        self._move_to(option.next)
        outcome = None
        if self._node.is_end:
            outcome = self._node.end
            farewell = replies.pick(self._rng, self._node.line)
            lines.append(self._named_only(farewell, _ending(outcome)) if words is not None
                         else farewell)
        return _Turn(lines, outcome)

    def _named_only(self, scripted: str, situation: str) -> str:
        """A scripted line without the particulars the trainee never said in this conversation ("Today between two and
        four" to a trainee who offered tomorrow morning); what is left follows a plain stock line."""
        named = replies.only_what_was_said(scripted, self._said("trainee"))
        named = self._days_agreed(named)
        if named == scripted:
            return scripted
        stock = self._stock(situation, self._model.temperament.id)
        if len(named.split()) <= _BARE_WORDS:  # ("Very well." is all that is left: the stock line says it)
            return stock
        # (not "Good. Let's go ahead with that. Good. I like that you didn't rush me.": sixty-first round, chat voice)
        return replies.sentences((stock, _not_said_again([stock], named)))

    def _finish_turn(self, turn: _Turn, facts_before: set[str]) -> Reply:
        model = self._model
        lines = [t for t in turn.lines if t]
        outcome = turn.outcome
        farewell = ""
        if outcome is None:
            if model.insulted_away():  # warned once ("One more like that and I'm gone"): no warning again, they go
                outcome, lines = "lost", []
                farewell = self._stock("trust_lost", model.temperament.id)
            elif model.trust <= 0:
                outcome = "lost"
                farewell = self._stock("trust_lost", model.temperament.id)
            elif model.patience <= 0 and model.ready_to_buy() and not self._hurried and self.scenario.sale_is_goal:
                # out of time but with nothing left against it: she asks to wrap up instead of walking out (once)
                self._hurried = True
                model.adjust(patience=1 - model.patience)
                lines.append(self._stock("ready_in_a_hurry", model.temperament.id))
            elif model.patience <= 0 and self._hurried and model.ready_to_buy() and self.scenario.sale_is_goal \
                    and self._wraps_up():
                outcome, lines = "won", []  # "Where do I pay? I'm in a hurry." - "Right here at this till.": she pays
                farewell = self._named_only(self._closing_line(outcome), _ending(outcome))
            elif model.patience <= 0:
                outcome = "lost"
                farewell = self._stock("left", model.temperament.id)
        elif not self._node.is_end:  # a scripted farewell names only what this conversation agreed ("Tuesday at nine")
            # what is left of a scripted farewell after the particulars nobody offered follows a plain word
            # of the outcome ("All right. Let's do it. Please bring the towels.")
            farewell = self._named_only(self._closing_line(outcome), _ending(outcome))
        choice = self._choice_taken() if outcome == "won" else None
        if choice:  # "…Wednesday or Thursday?" - "Wednesday suits me." before her yes, not a yes that picks no day
            lines.append(self._stock("chosen", model.temperament.id, choice))
        if farewell:
            lines.append(farewell)
        kept: list[str] = []
        for line in lines:  # a customer says each sentence once ("Good day." closes the line once)
            line = _not_said_again(kept, line) if kept else line
            if line:
                kept.append(line)
        lines = kept
        if outcome == "won":
            model.checkpoints.update(know=True, approve=True, need=True, intent=True)
        model.end_turn()
        text = replies.sentences(lines)
        revealed = tuple(f for f in model.snapshot().facts_revealed if f not in facts_before)
        self._note_found(revealed)
        asked = next((line.text for line in reversed(self._transcript) if line.speaker == "trainee"), "")
        answer = replies.sentences(revealed) or text
        told = frozenset(n.id for n in self._needs_told(revealed))
        self._answers.append((asked, answer if len(answer) <= 200 else answer[:200].rsplit(" ", 1)[0] + " …", told))
        self._say_customer(text)
        self._outcome = outcome
        return Reply(text, finished=self.finished, outcome=self.outcome, revealed=revealed)

    def _progress(self) -> tuple:
        """Where the customer's mind stands: checkpoints, objections and facts told (to see a turn move it)."""
        model = self._model
        return dict(model.checkpoints), dict(model.objections), sum(model.facts.values())

    def _needs_told(self, revealed: tuple[str, ...]) -> list:
        """The hidden needs whose facts a customer line told."""
        return [n for n in self.scenario.needs if any(f in n.facts for f in revealed)]

    def _days_agreed(self, line: str) -> str:
        """A scripted farewell without a sentence naming another weekday than the one the trainee's latest line to name
        one settled ("See you Thursday." - not "Very well. We'll see on Friday.", though Friday came up earlier; "great,
        thursday it is" - not "Saturday after ten.": sixtieth round)."""
        said = (days_named(ln.text.lower()) for ln in reversed(self._transcript) if ln.speaker == "trainee")
        settled = next((days for days in said if days), set())
        named = days_named(line.lower())
        if not settled or not named - settled:
            return line
        return replies.without_sentences_about(line, content_words(" ".join(named - settled)))

    def _choice_taken(self) -> str | None:
        """The first alternative a typed close offered to choose ("Wednesday or Thursday?"), in an English session."""
        last = self._transcript[-1] if self._transcript else None
        if self.scenario.language != "en" or last is None or last.speaker != "trainee" or last.option is not None:
            return None
        return first_choice(last.text)

    def _wraps_up(self) -> bool:
        """Whether the trainee's last line wraps up (no new question, pitch or push) after a customer in a hurry
        asked to: "Right here at this till. Safe flight." """
        last = self._transcript[-1] if self._transcript else None
        return (last is not None and last.speaker == "trainee" and not {"open", "closed"} & set(last.tags)
                and not set(last.tags) & (set(CAPPING_MOVES) | {"pitch"}))

    def _recent(self) -> tuple[str, ...]:
        """The customer's last few lines (a stock line is not said again while another wording remains)."""
        return tuple(line.text for line in self._transcript if line.speaker == "customer")[-RECENT_LINES:]

    def _stock(self, situation: str, temperament: str, fact: str = "") -> str:
        """A stock line for a situation, not one the customer said in their last few lines (while another remains)."""
        return replies.line(self._rng, situation, temperament, fact, avoid=self._recent())

    def _said(self, speaker: str | None = None) -> frozenset[str]:
        """The words of every line of the conversation so far (of one speaker's lines, if given)."""
        return replies.said_words(line.text for line in self._transcript if speaker in (None, line.speaker))

    def _note_found(self, revealed: tuple[str, ...]) -> None:
        """Mark the typed trainee line whose answer brought out a hidden need with that need's level."""
        last = self._transcript[-1] if self._transcript else None
        if not revealed or last is None or last.speaker != "trainee" or last.option is not None:
            return
        # (an answer that tells two needs - "a menu for eighty… and I want Mum and Dad to feel it's their day" -
        # reached the higher of their levels)
        levels = [n.level for n in self._needs_told(revealed)]
        if levels:
            self._transcript[-1] = replace(last, found=max(levels, key=NEED_LEVELS.index))

    def _closing_line(self, outcome: str) -> str:
        """What the customer says when free text ends the conversation with this outcome."""
        if outcome in self.scenario.closing:
            return replies.pick(self._rng, self.scenario.closing[outcome])
        endings = sorted(self.scenario.turns.values(), key=lambda t: not t.goal)  # a goal ending's line first
        for turn in endings:
            if turn.end == outcome and turn.line:
                return replies.pick(self._rng, turn.line)
        return self._stock(_ending(outcome), self._model.temperament.id)

    def _note(self, note: str, accepted: bool = False) -> Reply:
        return Reply("", note=note, accepted=accepted, finished=self.finished, outcome=self.outcome)

    def _say_customer(self, text: str) -> None:
        if text:
            self._reader.heard |= content_words(text)
            denied = denied_words(text)  # ("…no fever."; a word said again without "no" is no longer denied)
            self._reader.denied = (self._reader.denied - (said_words(text) - denied)) | denied
            new = self._model.raised_order[self._raised_shown:]
            self._raised_shown = len(self._model.raised_order)
            raises = tuple(self.scenario.objection(o).pattern for o in new)
            self._transcript.append(Line("customer", text, raises=raises,
                                         need_confirmed=bool(self._model.checkpoints.get("need"))))

    def report(self):
        """Score the conversation as it stands (see `coursekit.sim.report`)."""
        from coursekit.sim.report import build_report

        return build_report(self)
