"""A dialogue read as an exchange: who said what, what each trainee turn is for, what it answers.

The rubric (`coursekit.scoring.dialogue`) scores what happens *between* the speakers, so
this module reads each turn once and works out what the criteria share:

- a trainee question's *purpose*: discovery (finding the need), checking understanding,
  testing, closing, or pushing (pressure, leading, upsell) — only discovery questions earn
  discovery, open-question and need-level credit, and only once each (a question asked again,
  or one turn stuffed with every level's words, counts once);
- whether a turn was *answered* (a customer turn follows it) and whether it *builds on* the
  customer turn before it;
- whether a playback of the customer's words is *grounded* in what the customer said.

Annotations (an option's tags, the level its author gave it, the objections a customer
line raised) come only from the simulator, as `Annotation` objects beside the text: a
hand-built list of turn dicts cannot award itself marks.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache, wraps
from typing import TypeVar

from coursekit.i18n import catalogue, code_catalogues, t
from coursekit.labels import MOVES, NEED_LEVELS, OBJECTION_PATTERNS

from . import readers
from .customer_topic import TOPIC_MOVES, in_customer_context
from .faults import PATTERNS as FAULT_PATTERNS
from .features import word_tokens
from .moves import UPSET_THRESHOLD, TurnMoves, analysis_of, read_turn, reports_problem, upset_level
from .moves_lexicon import DAY_ASKED, LATER_VISIT, WEEKDAY
from .language import conversation_language, has_words_of
from .need import predict_need
from .objection import STRONG_CUE, is_objection, objection_scores
from .objection_lexicon import DECISION_TAKEN_ELSEWHERE
from .playback import SUMMARY_FRAME
from .need import rule_scores as need_rule_scores
from .need_lexicon import AS_A_VIEW
from .question import question_form
from .readers import Reader
from .text import HANZI, Text, normalise, sentences
from .types import QuestionPrediction, TurnAnalysis
from .words import NUMBER_WORD, STOPWORDS, content_words, generic_probe, similar, similarity

_R = TypeVar("_R")


def once_per_turn(fn: Callable[["Turn"], _R]) -> Callable[["Turn"], _R]:
    """A reading of a turn that depends on nothing but the turn (and the turns it links to), worked out
    the first time a criterion asks and kept on the turn: several criteria ask it of the same turns, and
    the turns of a dialogue are made afresh for every score (so nothing outlives them or `forget()`)."""
    key = f"_once_{fn.__name__}"

    @wraps(fn)
    def once(turn: "Turn") -> _R:
        kept = turn.__dict__  # (a frozen dataclass: kept beside its fields, as `cached_property` does)
        if key not in kept:
            kept[key] = fn(turn)
        return kept[key]
    return once


def once_per_turn_of(fn: Callable[[list["Turn"], "Turn"], _R]) -> Callable[[list["Turn"], "Turn"], _R]:
    """`once_per_turn` for a reading of a turn within its conversation (`turns`): kept on the turn with the list it
    was read in, and read again for another list."""
    key = f"_once_{fn.__name__}"

    @wraps(fn)
    def once(turns: list["Turn"], turn: "Turn") -> _R:
        kept = turn.__dict__.get(key)  # (turns, reading)
        if kept is None or kept[0] is not turns:
            kept = turn.__dict__[key] = (turns, fn(turns, turn))
        return kept[1]
    return once


_SPEAKERS = {"trainee": "trainee", "salesperson": "trainee", "seller": "trainee", "agent": "trainee",
             "customer": "customer", "client": "customer", "buyer": "customer"}
#: Moves that make a question something other than a search for the need.
PUSHING = frozenset({"pressure", "leading", "upsell", "rudeness", "argument"})
#: Moves that offer something or ask the customer to decide (what objections answer).
_ASKS_DECISION = frozenset({"pitch", "closing", "commitment", "pressure", "upsell", "discount", "hypothesis",
                            "leading", "transformation", "evidence_offer"})
#: Asking leave to sell or for the customer's time ("Can I show you our backup service?", "Would a
#: delivery service interest you?", "Have you got a few minutes?"), not asking about their situation.
_ASKS_LEAVE = re.compile(
    r"\b(?:can|could|may|shall|might) (?:i|we) (?!ask (?:what|how|why|who|where|when|which|if|whether|about|you (?:what|how|why|about)))|"
    r"\b(?:interest(?:ed)? (?:you|in)|(?:appeal|be of use|be useful|help) to you)\b|\bhave you (?:ever )?(?:thought about|considered) (?:a|an|the|our|using|adding|upgrading|moving|switching)\b|"
    r"\b(?:have|do) you (?:got |have )?(?:a|a few|five|ten|two|a couple of) (?:minutes?|moments?|mins)\b|\bis (?:now|this) a (?:good|bad|convenient) (?:time|moment)\b")
#: Moves of a turn that checks or tests rather than discovers.
CHECKING = frozenset({"paraphrase", "hypothesis"})
#: An offer in the shape of a question ("Would you like a wake-up call?", "Shall I book it?").
_OFFER = re.compile(r"(?:^|(?<=[.?!,;:] )|(?<=^so )|(?<=^then )|(?<=^and ))(?:(?:would|do) you (?:like|want) (?:me |us )?(?:to (?:book|have|get|send|take|try)|a|an|some|the|our|one)|"
                    r"(?:shall|should|can|could|may) (?:i|we) (?:get|bring|send|book|arrange|add|put|call|email|reserve|order|show|set|demo|come|walk you)|"
                    r"can i (?:offer|get) you)\b")
#: A customer saying the question was asked before ("As I said", "This is the third time").
#: A typed customer asking whether the trainee reads what they write ("FULL. do you read these"): said again, read
#: alike by the repeat complaint here and `dialogue._TOLD_YOU`.
ASKS_IF_READ = r"\bdo you (?:even )?read (?:these|this|them|my (?:messages|texts|emails))\b"
#: The second to fifth time ("For the third time: 42.", "Third time I'm telling you").
_NTH = r"(?:second|third|fourth|fifth)"
_REPEAT_COMPLAINT = re.compile(
    r"\b(?:as i (?:just |already )?said|like i (?:just )?said|i (?:just|already) (?:said|told you|answered)|i told you|"
    # non-native English (thirtieth round, blind82 read): "i already say he shy. four time now."; (blind156 read) "I told, 1,500."
    r"(?:^|[.!?] )i (?:already )?told(?=\s*[,.!]|\s*$)|"
    r"i (?:just|already) (?:say|tell)\b(?! (?:no|yes|that i|to)\b)|\b(?:two|three|four|five) time now\b|"
    # the Nth time asking or telling, not a fault come back ("This is the second time this month", "a third time I'm callin' somebody
    # else", "the second time he was on the floor"; blind150 read)
    r"for (?:the|a) " + _NTH + r" time|(?<!\ba )" + _NTH + r" time (?:(?:that |now )?(?:i'm|i am|im|i've|i have|i) (?:\w+ )?(?:telling|asking|saying|explaining|writing|calling|repeating|told|asked|said|explained|written|called|tell|ask|say|explain|write|call))\b|"
    r"(?:asking|telling|saying|explaining|repeating|writing)(?: (?:it|this|that|you|me))? (?:for )?(?:a|the) " + _NTH + r" time|"
    r"(?:^|(?<=[.!?,] ))(?:(?:aiyo|pare|bro|man|mate|sir|madam|this is|it's|its|that's|thats) )?(?:the )?" + _NTH + r" time(?: (?:now|na|already|lah|ah|oh|o))?\s*(?:[.!?,]|$)|(?:told you|said|asked|explained|repeated|called|rung|phoned|rang|emailed|written|wrote|come|been)(?: (?:you|it|this|that|"
    r"myself|here|in|back)){0,2} (?:two|three|four|several|many|\d+) times|(?:two|three|four|several|many) times (?:now|already|today|this (?:week|month|morning))\b|i(?:'ve| have) (?:already |just )?(?:answered|told you|said)|same as (?:i|before|earlier)|you (?:just |already )?asked (?:me )?(?:that|this)|"
    r"you asked (?:me )?(?:that|this) (?:already|before)|\bthe (?:thing|question) i (?:asked|said|told you|mentioned)\b|again\?|(?:^|[.!] )again[.!]|\byou(?: guys| people| lot| all)? (?:just |still )?keep (?:on )?asking\b|same question|(?:asking|ask|asked) (?:me |us )?(?:the )?same\b|"
    r"(?:^|(?<=[.!?,] ))(?:(?:um+|uh+|erm?|bro|man|mate|sir|madam|it's|its|it is|that's|thats)[.,]*\s+){0,2}(?:the )?same (?:thing|answer|reason)s?(?:,? (?:man|bro|mate|sir|madam|lah|na))?\s*(?:[.!?,]|$)|"
    r"same (?:number|figure|amount)\s*[.!]|is this a test|"
    # "I said just now", "I wrote it already", "i said." "Still eight!", "Are you reading what I write?"
    r"i (?:said|wrote|told you|mentioned|gave you)(?: (?:it|that|this|you))? (?:just now|already|before|earlier|above)|"
    r"^still (?:\w+ ){0,2}\w+!|are you (?:even )?(?:reading|listening to|writing (?:any of )?(?:this|that|it|anything) down)|did you (?:even )?read (?:what|my)|"
    + ASKS_IF_READ + r"|"  # (blind134 read)
    # "You're not writing any of this down, are you?"
    r"\byou(?:'re| are) not (?:even )?(?:writing|noting|taking|putting) (?:any of )?(?:this|that|it|anything|what i say) down\b|"
    r"\b(?:haven't|have not|didn't|did not) (?:even )?read a (?:single )?word\b|"
    # "I said nobody in the office.", "I'm not answering that again", "I've told you twice" (not "I said it twice" to the
    # waiter), "Ring me back when you've read your own notes"
    r"(?:^|[.!] )i said (?:nobody|no one|everyone|everybody|all of|every|none|it's|it is|it was|they|we)\b|"
    r"\bnot (?:answering|repeating|saying|explaining|going through) (?:that|this|it|myself|all that) (?:again|a (?:second|third) time)|"
    r"\b(?:told you|answered you|said to you|you(?:'ve| have)? asked(?: me)?)(?: that| this| it)? twice\b|\bi(?:'ve| have)? asked (?:you )?(?:twice|three times)\b|\bread your (?:own )?notes\b|"
    # seventeenth round (blind35/36 read): "i said its too much", "Well, no, I said I don't want anything mad", "i literally
    # said that", "have you read my message at all", "That's what I'm saying!", "I said CPJ 45", "twenty questions"
    r"(?:^|[.!,] )(?:(?:well|no|look),? )*i said (?:its|i|we) (?:don't|dont|do not|didn't|didnt|did not|want|need|can't|cant|have|had|was|am|only|just)\b|"
    r"(?:^|[.!,] )(?:(?:well|no|look),? )*i said (?:its|it's|it is|they're|they are) (?:too|not|still|the|a|an)\b|"
    # (forty-second round, blind142 read) "But I said there's no signal.", "Turf and timber. Are you deaf?"
    r"\bare you (?:deaf|not listening|even listening)\b|"
    # (forty-eighth round, blind166 read) "By six. Said that.", "Two inches. You writin' this down?"
    r"(?:^|[.!?] )(?:i )?(?:said|told you|answered) (?:that|this)(?: already| before)?[.!]*$|\byou writ(?:ing|in'?) (?:any of )?(?:this|that|it|anything) down\b|"
    r"(?:^|[.!,] )(?:(?:but|well|no|look),? )+i (?:said|told you) (?:there's|there is|there was|there are) (?:no|nothing|none)\b|"
    r"\bi (?:literally|clearly|already|just) (?:said|told you|wrote|mentioned) (?:that|this|it)\b|\bhave you (?:even |actually )?read (?:my|what i)\b|"
    r"\bthat(?:'s| is) what i(?:'m| am| was| have been| keep) (?:saying|telling you)\b|(?:^|[.!,] )i said (?:[a-z]{1,6} )?\d|"
    r"\b(?:twenty|twenty-one|a hundred|a million|so many|all these|all those) questions\b|"
    # "That's what I've been telling you!"
    r"\bthat(?:'s| is) what i(?:'ve| have) been (?:saying|telling you)\b|"
    # twenty-seventh round (blind62 read): "Forty. I said forty.", "The same ones? Mint, breakfast…"
    r"(?:^|[.!,] )i said (?:a )?" + NUMBER_WORD + r"\b|^\W*(?:the )?same ones?\s*\?|"
    r"\bthat(?:'s| is| was) (?:exactly )?what i (?:asked|was asking)\b|"
    # blind66 read: "I literally just said.", "i said.", "...The same as two minutes ago?"
    r"\bi (?:literally |clearly )?(?:just |already )?said(?: so)?(?=\s*[.!]|\s*$)|\bsame as (?:\w+ ){0,2}(?:minutes?|seconds?) ago\b|"
    # twenty-eighth round (blind70 read): "did my message not come through", "this feels like a survey"
    r"\bdid (?:my|the) (?:message|answer|reply|email|text) not (?:come|go|get) through\b|\bdid you (?:not )?(?:get|see|read) my (?:last )?(?:message|answer|reply)\b|"
    r"\b(?:this|it)(?:'s| is)? (?:(?:starting|beginning) to )?(?:feels?|is|sounds?|looks?) (?:like|a bit like) (?:a|an) "
    r"(?:survey|questionnaire|interrogation|quiz|form)\b)"
    # thirty-third round (blind95 read): a question asked again in other words ("He's twenty-six." - "…born?" - "You can
    # do the math.")
    r"|\byou can do the (?:math|maths|sums)\b"
    # thirty-fifth round (blind104 read): "Were you listening at all?", "Did you hear a word I said?"
    r"|\b(?:were|are) you (?:even )?listening(?: at all| to me)?\s*\?|\bdid you (?:even )?(?:hear|listen to) (?:a (?:single )?word|anything|what) i (?:said|told you)\b"
    # thirty-ninth round (blind131 read): a chat customer sent back to what they wrote ("its all in my first msg", "read the chat")
    r"|\bread (?:the|my) (?:chat|messages?|msgs?|texts?|emails?)\b|\b(?:it'?s|its|it is|that'?s|thats) (?:all )?(?:in|on) my (?:first|last|previous|earlier|1st) (?:msg|message|email|mail|text|post)\b|\bscroll up\b")
#: A customer waving off what the trainee just brought up ("Style doesn't matter.", "I don't care about green.").
_WAVES_OFF = re.compile(r"^\W*(?:(?!it\b)(?:the |that |this |your )?[\w-]+(?: [\w-]+)? (?:doesn't|does not|don't|do not) matter(?=[.!,;]|$)|"
                        # "I don't need pillows, I need my sofa or my money back."
                        r"i (?:don't|do not|dont) (?:need|want) (?:the |any |a |your )?[\w-]+(?: [\w-]+)?,? i (?:need|want)\b|"
                        r"i (?:don't|do not|dont) care (?:about|for) (?:the |that |this |your )?[\w-]+"
                        r"(?: (?:tbh|to be honest|really|at all|honestly|right now|now))?(?=[.!,;]|$)|"
                        r"(?:the )?[\w-]+ (?:is|are) not (?:important|the (?:point|problem|issue))(?=[.!,;]|$))")
#: Words of their own line a customer says again, none of them taken up in the reply between, that show the
#: reply went past what they said.
SAID_AGAIN_WORDS = 2
#: A question this similar to an earlier one is the same question again.
REPEAT_SIMILARITY = 0.8
#: Need levels one question sentence may name before it is "stuffed" with keywords ...
STUFFED_LEVELS = 3
#: Need levels a summary may name before it is crammed: a real summary of a long talk can name three.
STUFFED_SUMMARY_LEVELS = 4
#: Cue score that counts a need level as named in a stuffed question ("what matters most" alone is not).
STUFFED_CUE = 1.5
#: ... or items of a bare list of words in one sentence.
STUFFED_ITEMS = 5
#: Need-cue score that makes an item of such a list the word of a need ("delivery", "quality", "trust").
LISTED_CUE = 1.0
#: The fewest content words of a question crammed with the words of several need levels.
STUFFED_WORDS = 6
#: Questions in one turn that make it a stack rather than one clear question.
STACKED_QUESTIONS = 3
#: Words of a question that asks the customer's own word back rather than asking one more thing.
ECHO_WORDS = 4
#: Words of a playback check that say nothing about what the customer said.
_CHECK_WORDS = content_words(
    "understand understood correctly right correct hear heard get got saying said mean sound sounds seems "
    "feel feeling summary summarise summarize recap check make sure clear fair accurate missed wrong anything "
    "everything main real really basically worry worried concern concerned matter matters important most")
#: A follow-up that refers back to the customer's last words without repeating them.
_FOLLOW_UP = re.compile(
    r"\b(?:tell me more|say more|what do you mean|how come|why (?:is|was) that|what happened|and then what|how so|"
    r"in what way|what makes you say|what made you|can you give me an example|for example|such as|"
    # acting on what was just said: "Let's have a go together, then.", "Then let's book…", "Most people find that."
    r"^(?:\w+[',]? ){1,6}\w+, then[.!]|^(?:(?:ok(?:ay)?|right|so|understood|i see|of course|no problem|fair enough|sure)[,.!]? )?then (?:let's|let me|i'll|we'll|you'll|we can|i can)|"
    r"^(?:most|many|lots of|plenty of) (?:people|customers|patients|clients|folks) (?:find|say|feel|tell (?:me|us)) (?:that|the same|so)\b|"
    r"how did (?:that|it) (?:go|feel|affect)|what did (?:that|it) (?:cost|mean)|what was that like|"
    r"(?:that|this|it) (?:sounds|must)|(?:that|this) (?:part|bit|point))\b")
#: What a customer says when agreeing to go ahead (a close after this is not pressure).
_AGREES = re.compile(
    # (fifty-first round, blind200 read) the idea liked, as its own sentence: "I like that. My boss is gonna want the
    # numbers side by side, though."
    r"^(?:(?:oh|ooh|yeah|yes|ok|okay|right|hm+)\W+)?i (?:really |quite )?like (?:that|this|it|the sound of (?:that|it|this)|"
    r"that idea|the idea|that plan)(?=\s*[.,!]|\s*$)|"
    # thirty-ninth round (blind131 read): a proposal the customer can take to whoever signs, "Trial at 640 I can sell to my boss."
    r"\bi can (?:sell|take|pitch|justify) (?:it |that |this |them )?to (?:my|the|our) (?:boss|manager|partner|wife|husband|director|owner|"
    r"team|board|family|accounts|finance)\b|"
    r"^(?:sweet|cool|awesome|nice one|grand|ace|beaut|too easy|sounds like a plan|good(?!bye| morning| afternoon| evening| day))\b|"
    # thirty-seventh round (blind113 read): Irish and Australian yeses, "Deadly, I'll text you in the morning.", "Class."
    r"^(?:deadly|class|savage|sound|legend|bonza|ripper|choice|sweet as)(?=[,.!]|$| so\b| thanks| cheers| i'll| we'll)|"
    # thirty-eighth round (blind120 read): Scottish and Welsh yeses, "Aye.", "Oh that'd be tidy.", "Braw, that'll dae.",
    # "Smashing, pencil us in." (not the Scots "aye, right", a no)
    r"^(?:och,? )?aye\b(?!,? right\b)|^(?:oh,? |ah,? |aye,? |right,? )?(?:tidy|lush|braw|champion|smashing|cracking|spot on|magic|belter)"
    r"(?=[,.!]|$| ta\b| cheers| thanks| thank you| so\b)|\bthat(?:'d| would|'ll| will|'s| is) (?:be )?(?:tidy|lush|braw|champion|smashing|cracking|spot on|"
    r"magic|grand|ideal|handy)\b|\bthat(?:'ll| will) (?:dae|do)(?: (?:me|us|nicely|fine|grand|rightly))?(?=[.,!]|$)|\bpencil (?:it|us|me|them|that|her|him) in\b|"
    # the price taken as affordable: "That is money I can find." (fifty-ninth round, blind_typed18)
    r"\b(?:that|this)(?:'s| is) money (?:i|we) can find\b|\b(?:i|we) can find the money\b|"
    # "Fair enough. Wax, I wouldn't have thought of that."
    r"^(?:ok(?:ay)?,? |right,? |oh,? )?fair enough\b|\bi (?:wouldn't|would not|would never|never would) have thought of (?:that|it)\b|"
    # thirtieth round (blind82 read): "ok can.", "Nah, chuck the box in. Cheers." (no to what they have, yes to the box)
    r"^(?:ok(?:ay)?|yes|yeah|sure)\W+can\b(?! i\b| you\b| we\b)|\b(?:chuck|throw|stick|put) (?:the|a|that|those|them|it|one) (?:[\w-]+ )?in(?: too| as well)?[.!]*(?:\s*(?:cheers|thanks|ta)\W*)?$|"
    # typed yes: "ye pls", "yup please", "yeh go on"
    r"^(?:ye|yeh|yea|yup|yah)\b[.,!]*\s*(?:pls|plz|please|go on|go ahead|do it|book it|thanks|thx|ty)\b|"
    r"(?:won't|can't|wouldn't|couldn't) hurt\b|"
    # choosing what was offered: "Do the ten-dollar thing.", "Go with the smaller one, then."
    r"^(?:(?:ok|okay|right|yes|yeah|fine),? )?(?:(?:let's |then )?(?:do|go with|go for)|i'll (?:go with|go for|have)) the\b(?![^.?!]*\?)|"
    r"\b(?:yes|yeah|yep|(?<!not )(?<!not so )(?<!not too )(?<!n't )(?<!never )sure|ok|okay|fine|deal|sounds (?:good|great|right|fair|useful|sensible|reasonable|doable|like a (?:plan|good idea))|that works|let's do (?:it|that)|"
    r"^(?:that's |what )?a? ?(?:good|great|fine|nice) idea(?=[.!,]|$)|"
    r"^(?:[\w'-]+ ){0,3}(?:works|suits|(?:would|will|could) (?:work|suit|do))(?: (?:for )?(?:me|us))?(?=[.,!]|$)|great|perfect|lovely|brilliant|wonderful|excellent|"
    r"^(?:sí|si|oui|ja|claro|vale|d'accord|perfecto|perfetto|parfait|listo|dale|genau|prima|tak|jasne|dobrze|dobře|bueno|"
    r"theek hai|thik hai|achha|accha|sawa|sige|oo nga)\b|start (?:on )?(?:" + WEEKDAY + r"|tomorrow|next week|today)|"
    r"(?:i'd|we'd|she'd|he'd|they'd|i would|we would|she would|he would|they would) love (?:that|it|to)|"
    # "She would like the lunch", "Monday at 10 is good", "Okay, show me", "Sure, will do tonight"
    r"(?:she'd|he'd|they'd|she would|he would|they would) (?:really )?like (?:that|it|this|the|a|an|one)\b|"
    r"(?:'s| is| are| looks| sounds) good(?=[.,!]|$)|^(?:(?:ok|okay|sure|right|yes|yeah|go on),? )?(?:show me|go on then|will do)\b|"
    r"(?:i'll|we'll) take(?! (?:it|this|that|them|her|him|my [\w-]+|our [\w-]+|the [\w-]+) (?:back )?to\b)|i'd (?:pay|take|go|buy)|i'd like (?:that|it|one|this|those|them|to (?:book|order|buy|try|go ahead|start|do that|take))\b|that(?:'s| is) (?:useful|fair|great|good|what i need)|"
    r"go ahead|book it|why not|exactly|that would help|i'm in|count me in|nods|(?<!you're )(?<!you are )(?:all right|alright)|very well|"
    # relief at what was offered: "Thank you, that's a weight off", "that label thing is a relief"
    r"(?:a|what a) (?:weight|load) off|(?:a|what a|such a) relief|that(?:'s| is| would be) (?:very |really |so )?(?:kind|helpful)|much appreciated|"
    # thanks for what is being done, and relief: "Thank you so much. Uploading now.", "Oh good."
    r"thank(?:s| you) (?:so|very) much|thanks a (?:lot|million)|that helps|^oh,? (?:good|great|thank)|good news|"
    r"(?:much |a lot |far )?(?:less|cheaper|better|quicker|easier) than i (?:feared|thought|expected)|"
    r"(?:that|this) (?:i|we) can (?:manage|do|live with|work with|afford)|(?:i|we) can (?:manage|live with|work with|afford) that|"
    r"(?:a|that's a|that is a) (?:fair|good|great|reasonable) (?:offer|deal|idea|plan|start)|"
    # (forty-first round, blind140 read) pleased to see it work: "There it is. Checking, two thousand and ten. Well, look at that."
    r"(?:^|(?<=[.!] ))(?:well,? |oh,? |ooh,? )?(?:look at that|would you look at that|there (?:it|she) is)(?=[.!]|$)|"
    # naming the day or the time offered: "Saturday morning, grand", "Saturday at eleven. Thank you."
    r"^(?:\w+ )?(?:" + WEEKDAY + r"|tomorrow)(?: (?:morning|afternoon|evening|arvo))?"
    r"(?: at (?:\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon))?(?=[.,!]|$))\b")


#: A sentence that opens by summing up ("So 40 lunches, a few vegan…", "Right, so the Tuesday van…").
_SUMS_UP = re.compile(r"^(?:(?:and|okay|ok|right|alright|got it|i see|understood|understandable|sure),? )?so\b,? (?!(?:we|i|let's|let me|if|that|this|it|what|how|why|when|where|which|who|do|does|did|can|could|would|should|will|is|are)\b)")
#: A customer who needs nothing more ("No, that's all.", "Nothing else, thanks"): an answer to "anything else?".
_NOTHING_MORE = re.compile(r"^(?:no|nope|nah)?,? ?(?:that(?:'s|s| is| will be|'ll be) (?:all|it|everything)|nothing (?:else|more)|all good)\b")
#: A customer thanking the trainee ("Thank you. That's much better."): going along, not pushing back
#: (a "but", a "no" or a clear objection phrase still object: "Thanks, I'll think about it").
_THANKS = re.compile(r"\b(?:thank(?:s| you| u)|thanku|cheers|much appreciated|appreciate (?:it|that|you)|ta(?= (?:very much|pet|love|mate|hen|duck)|[.!,]|$)|"
                     r"gracias|merci|danke|obrigad[oa]|grazie|diolch|salamat|asante|dank je|dziękuję|dziekuje|teşekkürler|tesekkurler|"
                     r"mahalo|vinaka|m[āa]l[ōo] ['ʻ]?aupito|fa'?afetai|shukran|efcharist[oó]|efharist[oó]|spasibo|kiitos|tack så mycket|"
                     r"takk|arigat[oō]|terima kasih|cảm ơn|cam on|toda raba|hvala|děkuji|dekuji|köszönöm|koszonom|mul[tț]umesc|"
                     r"eskerrik asko|sa[gğ] ?ol|merci beaucoup|dhanyavaad|shukriya|mamnoon|moteshakeram|yusulpayki)\b"
                     r"(?! for (?:your|the) time| anyway| all the same| though| for (?:now|coming|the offer|the information|the info))")
#: A customer putting the trainee right ("No, I never said that", "That's not what I meant").
#: A plain "no" puts the trainee right only after a summary or a claim about the customer.
_SAYS_NO = re.compile(r"^(?:\([^)]{1,40}\) ?)?(?:\.\.\.|…)?(?:no|nope|not really|not at all|not exactly|not quite|(?:hmm+|mm+|um+|uh+|er+),? no|neither(?: of them| one)?|"
                      # "Er... I just want to save for her fees. Safely." (after a summary that said more)
                      r"(?:(?:er+|um+|uh+|hmm+|well)\b[.,…]*\s*)?i (?:just|only) (?:want|need)(?! (?:to (?:say|add|check|ask|know|make sure)|a (?:minute|moment|second))))\b")
_CORRECTS = re.compile(
    r"\bi (?:didn't|did not|never) (?:say|said|mention|tell|told|ask(?:ed)? (?:for|about|you|that|this|to|if|whether|anyone|anybody))|"
    r"\bi (?:said|mentioned|asked) nothing about\b|\byou (?:haven'?t|have not|didn'?t|did not) (?:heard|listened to|hear|listen to) (?:a|one|a single) (?:word|thing)\b|\bi (?:just |only )?asked (?:how|what|if|whether|when|where|why|which)\b|\bnot what i (?:told|said to) you\b|"
    r"\bi (?:haven't|have not) (?:really |actually |even )?(?:told|said to) you (?:much|anything|that)\b|"
    r"\bthat(?:'s| is) your (?:answer|idea|word|words|story), not mine\b|"
    # ("…not hearing me": fiftieth round, blind190 read)
    r"\bthat(?:'s| is) not what i (?:said|meant|asked)|\bnot what i (?:said|meant)|\byou(?:'re| are) not (?:listening|hearing me)|\byou keep\b|"
    # thirty-sixth round (blind107, blind108 read): "You don't hear me.", "Did you hear me?", "You've no' even asked…"
    r"\byou (?:don't|do not|didn't|did not|never) (?:hear|listen to) me\b|\b(?:did|do) you (?:even )?(?:hear|listen to) (?:me|what i (?:just )?said)\b|"
    r"\bare you (?:even )?listening\b|\byou(?:'ve| have)? (?:no'?|not|never) (?:even )?asked\b|\byou (?:haven't|have not|didn't|did not) (?:even )?asked\b|"
    # thirty-seventh round (blind113 read): "That's what I just said.", "Can we get back to the tree?"
    # (not "That's what I said. So?" after a summary of it: a yes, if an impatient one)
    r"\bthat(?:'s| is| was) (?:exactly )?what i (?:just|already) (?:said|told you|mentioned|asked)\b|\bi (?:just|already) (?:said|told you) (?:that|this)\b|"
    r"\bcan we (?:get|go|come) back to (?:the|my|what i)\b|\bthe (?:exact )?opposite of what i (?:said|told you|meant|asked)\b|"
    r"\bi(?:'d| would) like you to (?:listen|hear me)\b|^\W*(?:but )?i(?:'m| am) telling you\b|"
    r"\bthat(?:'s| is) (?:wrong|not right|not it|not true)|\bwhere did you get that|\bwho said\b|\bmaking (?:things|that|it) up|"
    r"\bi asked (?:about|for)\b|^there(?:'s| is) no (?:\w+ )?(?:problem|issue)\b|\bbut the (?:problem|issue) is\b|"
    r"^of course (?:i|we) (?:did|do|have|had|was|were|locked|checked|read|tried|paid|sent|followed|turned|plugged|switched)\b|\bas i was saying\b|\bi(?:'m| am) not here (?:for|to)\b|\bi haven't even\b|\bwe haven't (?:agreed|decided|seen|even)\b|"
    r"\bnot what i (?:asked|came|want)\b|\bi(?:'m| am) not (?:asking|talking|calling) (?:about|for)\b|\b(?:so,? )?(?:back to|about) my (?:question|\w+)\.\.\.|\bcan you (?:just )?answer\b|"
    # "Uh, not necessarily short... just easy.", "Not exactly, more that it's too loud."
    r"^(?:uh|um|er|erm|hmm|well|oh)?[,.]* ?not (?:necessarily|exactly|quite|really)\b[^.?!]{0,30}?(?:\.\.\.|…|[.,;:—–-])\s*(?:just|more|only|rather|i (?:said|meant|mean))\b|"
    # the thing named put right: "Not the table. The top."
    r"^(?:no,? )?not (?:the|a|an|my) [\w-]+(?: [\w-]+)?[.,!] ?(?:the|a|an|my|just the|only the)\b|"
    # the trainee's words put right: "its not 'having issues', its been DOWN since 9"
    r"^(?:no,? )?(?:it's|its|it is|it was|that's|thats) not ['\"‘“][^'\"’”]{1,40}['\"’”],? (?:it's|its|it is|it was|it's been|its been|it has been)\b|"
    # thirty-ninth round (blind130 read): a check of understanding answered "You did not." / "No you didn't."
    r"^(?:no,? )?you (?:did not|didn't|have not|haven't)(?: at all| really)?[.!]")
#: Family and friends a customer takes the job to instead ("I'll get my brother-in-law to have a look.", "I'll ring my
#: nephew, he's a plumber.").
_KIN = (r"(?:brother|sister|son|daughter|dad|father|husband|wife|partner|mate|pal|cousin|neighbour|neighbor|uncle|friend|nephew|"
        r"niece|boy|lad)(?:-in-law)?")
#: A customer ending the conversation unhappy.
_WALKS_AWAY = re.compile(
    # (forty-fifth round, blind154 read) "No. We'll get a second opinion." after a step pressed on them
    r"(?:^|[.!] )(?:no[.,!] )?(?:we'?ll|i'?ll|we will|i will|we'?re gonna|i'?m gonna) (?:get|go for|find) (?:a|another) second opinion\b|"
    r"\b(?:let's stop|i'?ll stop (?:here|there)|i'?m (?:leaving(?! (?:early|work|at|for|on|in|by|tomorrow|tonight|today|soon|next|this)\b)|done|going elsewhere)|(?:^|(?<=[.!,] ))(?:we'?re |i'?m |im )?going (?:somewhere )?elsewhere|(?<!day )(?<!days )(?<!weekend )(?<!weekends )(?<!tomorrow )i'?m off(?! (?:on|work|duty|shift|today|tomorrow|next|this|that|" + WEEKDAY + r"|weekends?|mornings?|afternoons?|evenings?)\b)|forget it|i'?ll go elsewhere|"
    r"(?:go|shop|look|buy) (?:somewhere )?elsewhere|(?:we'?ll|i'?ll|we will|i will|let's) (?:just )?(?:go|try|book|eat|look|order|stay) (?:somewhere else|elsewhere)|someone (?:else )?(?:who (?:listens|knows)|with (?:some )?manners)|when someone listens|waste of (?:my |our )?(?:time|morning|afternoon|day|evening)|"
    r"take my (?:business|money) (?:elsewhere|somewhere)|i'?m not (?:interested|buying) any ?more|i want (?:to speak to )?(?:your|a|the) manager|i (?:want|need|would like|'d like) to (?:speak|talk) (?:to|with) (?:your |a |the )?(?:manager|supervisor)|where(?:'s| is) (?:the|your) (?:manager|supervisor|boss)|(?:get|fetch|call|give) (?:me )?(?:the|your|a) (?:manager|supervisor)|(?:your|the) (?:manager|supervisor)'s (?:name|number|details|email)|(?:contact\w*|report\w*|complain\w*|writ\w*|go\w*) (?:you )?(?:to )?(?:the )?consumer (?:council|protection|rights|agency|board|authority|ombudsman|tribunal)|forbrukerr[aå]det|trading standards|(?:pass|put|transfer) me (?:on |through )?to (?:a|the|your) (?:supervisor|manager)|"
    r"i'?ll (?:look|buy|book|order|do it|sort it) online|(?:i'?ll|i will) (?:just )?(?:look|buy|book|order)(?: (?:the|my|some|them|it|myself|[\w-]+s)){1,2} online\b|"
    r"(?:is there|isn't there|is there not) (?:someone|somebody|anyone|anybody) else (?:i|we) can (?:speak|talk) to|goodbye|good afternoon|good day|hanging up|(?:buy|get) a top-up and go|i'?ll (?:just )?go(?! (?:ahead|along)\b)(?! (?:with|for|through|over) (?:you|yous|ya|it|that|this|the|your)\b)"
    # (forty-ninth round, blind176 read) going along with family: "Wait, really? Okay. I'll go with my mom."
    r"(?! with (?:my|our|her|his) (?:mom|mum|mother|parents|family|kids|" + _KIN + r")\b)"
    # (…and going to do the step: "Okay, I'll go print it. You said straight to you?"; fifty-first round, blind202 read;
    # "I'll go home and measure the wall first…"; fifty-second round, blind212 read)
    r"(?!(?: home| back)? (?:and )?(?:get|fetch|grab|collect|check|look|see|find|ask|open|print|copy|scan|pay|fill|sign|bring|pick|"
    r"measure)\b)"
    r"(?![^.!?]{0,40}\b(?:and|then) (?:come|be) back\b)|i'?ll hang up|we're done|this is pointless|ombudsman|"
    # thirty-eighth round (blind126 read): "No. Come on, Jonah, we're going.", "I'm not sending her where nobody listens."
    r"\b(?:come on|c'mon),? (?:[\w-]+,? )?(?:we're|we are) (?:going|leaving|off)\b|\bwhere (?:nobody|no one) listens\b|"
    # thirty-eighth round (blind120 read): the job taken to family or a friend ("I'll get my brother-in-law to have a look."),
    # or to the place next door ("No. I'll sit in the café over the road.")
    r"\bi'?ll (?:just )?(?:sit|wait|go|try|eat|shop|work|get (?:it|one|them)) (?:in|at|to|from) (?:the|that) [\w' ]{1,25}? "
    r"(?:over the road|across the road|across the street|next door|down the road|round the corner)\b|"
    r"\bi'?ll (?:just )?(?:get|ask) (?:my|our|a) " + _KIN + r" to (?:have a look|look at (?:it|them)|do (?:it|them)|fix (?:it|them)|sort (?:it|them)|check (?:it|them))\b|"
    # (fifty-first round, blind208 read) taken over the trainee's head ("No. I'll email the owner."; of the read customer
    # lines, nine on gaming sides and four on worse ones)
    r"\bi'?ll (?:email|e-mail|write to|call|ring|phone|complain to|speak to|talk to) the (?:owner|manager|head office|ceo|director|ombudsman|boss)\b|"
    # (fifty-first round, blind200 read) to the shop by a place of its own, and the jab on the way out ("I will go to the shop
    # near Sindhi Camp. At least they listen.")
    r"\bi(?:'ll| will)? (?:just )?go to (?:the|that|another|other|a) (?:shop|store|garage|place|dealer|workshop|clinic|one|guys?|people) "
    r"(?:near|by|at|on|opposite|behind|next to|in front of) (?:[\w']+ ){0,3}[\w']+(?=\s*[.!]|\s*$)|\bat least (?:they|someone|somebody|he|she) (?:listens?|listened|asks?|cares?)\b|"
    # thirty-sixth round (blind107, blind108 read): "I call the city inspector.", "I'm ringing Citizens Advice."
    r"\b(?:ring|ringing|call|calling|phone|phoning|contact|contacting|go to|going to) (?:the )?(?:citizens'? advice|better business bureau|bbb|legal aid)\b|"
    r"\bi(?:'ll| will| am going to|'m going to|'m| am)? (?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|contact(?:ing)?|get(?:ting)?|report(?:ing)? (?:you|it|this) to) the "
    r"(?:city |building |housing |health |fire |state |county |council )?(?:inspector|inspectors|code enforcement|attorney general)\b|"
    r"(?:call|ring|try|find|get|ask) (?:someone|somebody) else|"
    # thirty-seventh round (blind113 read): "I'll get someone out who actually looks at the roof."
    r"\bi(?:'ll| will) (?:get|find|call|ring|try) (?:someone|somebody)(?: out| in| round)? who (?:actually|really|properly|knows)\b|"
    r"\bi(?:'d)? (?:want|like|need) (?:someone|somebody) else to (?:help|deal with|serve|look at)\b|(?:email|write to|call|ring|complain to|go to) (?:the|my|your) (?:alderman|councillor|mayor|mp|head office|regulator|ombudsman|press|newspaper)|\bi (?:shall|will|'ll) (?:write|complain|report (?:you|this|it)) to the (?:[\w'-]+ ){0,3}(?:guild|association|council|board|chamber|federation|authority|trading standards)|(?:email|write to|call|ring|phone|complain to|go to|speak to) your (?:md|ceo|managing director|owner|boss|director)\b|i(?:'ll| will) (?:come back|call back|ring back|return) (?:when|once) (?:the|your) (?:\w+ )?(?:doctor|doctora|manager|owner|boss|technician|engineer|pharmacist|specialist|supervisor|audiologist|mechanic)\b|reading (?:from )?a (?:script|survey)|"
    # thirtieth round (blind80, blind82 read): "I would like to speak with someone else. A manager, please.", "no. i go to the
    # workshop in ninh kieu. and i tell everybody", "Maybe this time I buy at the bazaar.", "maybe i check the shop in cikarang also"
    r"\b(?:speak|talk) (?:to|with) someone else\b|\ba manager,? please\b|"
    r"\bi(?:'ll| will)? tell (?:everybody|everyone|all my friends|all my family|the whole (?:village|street|town|market))\b(?! (?:about|how|that you|to)\b)|"
    r"^(?:no|nah)\W+i go to\b|\bi go to (?:the |an?)?(?:other )?(?:shop|store|workshop|centre|center|yard|dealer|supplier|garage|clinic|bank)s? in [a-z]+|"
    r"\b(?:other|another) (?:centre|center|shop|store|school|clinic|company|yard|workshop|place|bank|agency) (?:is )?better\b|"
    r"\bi(?:'m| am|m) cancell?ing(?=\s*[.!]|\s*$| (?:it |everything |all )?(?:at |by )?(?:the )?(?:end of|now\b|today\b|tomorrow\b|next\b))|\bi (?:buy|get it|get them|order) (?:at|from) the (?:bazaar|market|souq|other shop)\b|"
    r"\bi check (?:the )?(?:other )?(?:shop|store|yard|workshop|dealer|supplier)s? in [a-z]+|"
    r"(?:i'?m|im|i am|we'?re|we are) not renewing|(?:won't|will not|wont) be renewing|"
    r"(?:make|making|file|filing|lodge|lodging) a (?:formal |consumer |written |official )?complaint|report (?:you|this)|my (?:lawyer|solicitor)|cancel (?:my|our|the) (?:[\w-]+ )?(?:account|contract|order|subscription|membership|plan)|^(?:then |so |just )?cancel it\b|"
    r"(?:look (?:at|for)|search for|check|try|shop at|go (?:to|with)|ask|call|ring|find) (?:the )?(?:an?other|other|some other|a different|different) "
    r"(?:suppliers?|shops?|stores?|compan(?:y|ies)|providers?|banks?|dealers?|firms?|agenc(?:y|ies)|agents?|brands?|hotels?|garages?|clinics?|"
    r"places?|venues?|gyms?|schools?|accountants?|lawyers?|builders?|installers?|insurers?|restaurants?|salons?|vets?|dentists?|practices?|"
    r"offices?|branch(?:es)?|sellers?|vendors?|websites?|sites?|couriers?|carriers?|airlines?|operators?|networks?|platforms?)|"
    # fifteenth round (blind34): "I'll get my dad to come. Somewhere else.", "ill be looking at other couriers"
    r"(?:^|[.!,;] ?)(?:go |try |buy it |get it )?somewhere else(?=\s*[.!]|\s*$)|\b(?:be )?looking at (?:an?other|other|different) \w+s?\b|"
    # showing themselves out: "Thanks, I'll find my own way out", "i will look myself, thank you"
    # "I want a different provider.", "I'll call somewhere else", "I'm going to Ofcom.", "Cancel. It."
    r"\bi want a (?:different|new|another) (?:provider|company|supplier|bank|network|agent|shop)\b|(?:call|ring|phone|try) somewhere else\b|"
    r"\bofcom\b|^cancel\. it\b|"
    r"(?:find|see) my(?:self)? (?:own )?way out|(?:i'?ll|i will|ill) (?:just )?(?:look|search|shop around) (?:myself|on my own|by myself)|"
    # "you know what, i will go to the apotek near her house myself. too many mistakes"
    r"(?:i'?ll|i will|ill|we'?ll|we will) (?:just )?go to (?:the |a |an |my |our )?[\w' ]{1,40}? (?:myself|ourselves)\b|\btoo many mistakes\b|"
    r"thanks for nothing|(?:can|could|may) i (?:speak|talk) to (?:someone|somebody|anyone|anybody) else\b|are you (?:a |even a )?(?:bot|robot|machine)\b|(?:i|we) (?:need|want) (?:to (?:speak|talk) to )?a (?:real )?(?:person|human)\b|give me (?:back )?my (?:card|id|id card|money|passport|documents?|papers|phone|keys) back\b|(?:this|that) was (?:useless|pointless|a waste)|"
    # "I will remember not to come here.", "We won't be coming back here again."
    r"(?:remember|know) not to come (?:back )?here|(?:won't|will not|never) (?:be )?(?:come|coming) (?:back )?here again|"
    # going to someone else for it: "I'll order from someone else", "I'll ring the emergency vet"
    r"i'?ll (?:order|buy|get (?:it|them)|book) (?:it |them )?(?:from|with|at) (?:someone|somebody|somewhere) else|"
    r"i'?ll (?:ring|call|try|go to|phone) (?:the |an? )?(?:emergency|out-of-hours|after-hours|other|another|24-hour) \w+|"
    # seventeenth round: "Give me somebody else.", "I'll write the review tonight", "im calling my agent", "I'm putting the
    # phone down", "Then I'll come back with a lawyer."
    r"(?:give|get|put) me (?:somebody|someone|anyone) else|(?:write|writing|leave|leaving|post|posting) (?:a |the |my )?(?:bad |terrible |one-star |1-star |honest )?review|"
    r"(?:i'?m|im|i am) (?:calling|ringing|phoning) (?:my|the) (?:agent|broker|lawyer|solicitor|bank)|putting the phone down|"
    r"(?:come back|be back|return) with (?:a|my) (?:lawyer|solicitor|attorney)|"
    r"^\W*(?:wow|unbelievable|seriously|whatever|nope|forget it)\W+(?:bye|goodbye|bye-bye|bye bye)(?=\W*$)|"
    # "too expensive for a bakery. bye", "No thanks, bye."
    r"\b(?:too (?:expensive|much|dear|pricey)|no,? thanks?|not interested|forget it)\b[^?]{0,40}\b(?:bye|goodbye)(?=\W*$)|"
    # "You know what, I'll stay with my bags. Bye."
    r"^\W*you know what\b[^?]{0,60}\b(?:bye|goodbye)(?=\W*$)|\b(?:i'?ll|i will|we'?ll|we will) (?:just )?(?:stay|stick) with (?:my|our|what (?:i|we))\b[^?]{0,30}\b(?:bye|goodbye)(?=\W*$)|"
    # "I'll see the other shop.", "You haven't told me anything. I'll call the shipping line myself."
    r"(?:see|visit|try) (?:the )?(?:an?other|other|different) (?:shops?|stores?|places?|dealers?|sellers?|branch(?:es)?)|"
    r"(?:i'?ll|i will|ill) (?:just )?(?:call|ring|phone|contact|email|chase|ask|sort (?:it|this) out with) (?:the |my )?[\w-]+(?: [\w-]+)? myself|"
    # somewhere that listens: "I think I'll look for a school that listens."
    r"\b(?:look|looking|go|going|try|find) (?:for )?(?:a|another|some) [\w-]+ (?:that|who|which) (?:listens|cares|knows|answers)\b|"
    # no next time: "Next order? There won't be one.", "I won't be back."
    r"\bthere won'?t be (?:one|a next (?:one|time)|another (?:one|time))\b|\bi won'?t be (?:back|coming back|ordering again|using you again)\b|"
    # asking for the one who knows instead: "Can I talk to the pharmacist, please.", "Is there an engineer I can speak to?"
    r"(?:can|could|may) i (?:speak|talk) (?:to|with) (?:the|a|an|your) (?:pharmacist|doctor|vet|owner|specialist|engineer|technician|"
    r"mechanic|nurse|expert|someone who knows)|is there (?:a|an) (?:pharmacist|doctor|vet|engineer|technician|specialist|expert) i can (?:speak|talk) to|"
    # twenty-eighth round (blind68, blind70 read): "I'll take it somewhere else.", "I'll take it up with the Commerce
    # Commission.", "I'm going home now."
    r"(?:i'?ll|i will|ill|we'?ll|we will) take (?:it|this|them|my [\w-]+|our [\w-]+) (?:somewhere else|elsewhere)|"
    # (forty-seventh round, blind164 read) "Pay to fix what you broke? I'll take it to the dealer instead."
    r"(?:i'?ll|i will|we'?ll|we will) (?:take|bring) (?:it|this|them|him|her|my [\w-]+|our [\w-]+) to (?:the|a|an|another|some) [\w -]{1,25}? instead\b|"
    # (forty-ninth round, blind184 read) a last "Don't bother." ("I'll book elsewhere" joins the older "somewhere else")
    r"^\W*(?:no,? )?don'?t bother(?=\W*$)|"
    # (forty-ninth round, blind182 read) "Yeah. I'll take my account to the other yard."
    r"\b(?:i'?ll|i will|we'?ll|we will) (?:take|move) (?:my|our) (?:account|business|custom|trade) to (?:the other|another|a different)\b|"
    r"take (?:it|this) up with (?:the )?[\w ]{0,30}(?:commission|ombudsman|regulator|authority|tribunal|council|board|standards)|"
    # (forty-ninth round, blind178 and blind180 read) "Maybe this place isn't for me. Bye.", "No, I don't think I'll bother
    # you again."
    r"\b(?:this place|this shop|this clinic|this gym|you(?: guys| people)?|this company) (?:isn'?t|is not|aren'?t|are not) for me\b|"
    r"\bi (?:don'?t|do not) think i'?ll (?:bother (?:you|coming|calling)|be (?:back|coming back|calling again))\b|"
    # (forty-ninth round, blind178 read) "I've told you twice. Hip. I'll call the hospital's own clinic."
    r"\b(?:i'?ll|i will|we'?ll|we will) (?:just )?(?:call|ring|phone|try|go to|use|book (?:with|at|through)) (?:the|my|our) (?:[\w'-]+ ){0,3}own "
    r"(?:clinic|team|service|department|garage|dealer|people|guys|physio|vet|pharmacy|shop|salon|gym|mechanic|plumber|electrician)\b|"
    # (forty-ninth round, blind176 read) "Yes. I'll be raising this with the head.", "I will escalate this to your country manager."
    r"\b(?:i'?ll|i will|i'?m going to|i am going to|we'?ll|we will|i shall)(?: be)? (?:escalat(?:e|ing) (?:this|it)\b|rais(?:e|ing) (?:this|it) "
    r"(?:with|to) (?:the|your) (?:head|headteacher|head teacher|principal|manager|director|board|governors|council|ceo|owner|ombudsman|regulator)\b|"
    # (fiftieth round, blind192 read) "I will write to your customer care head."
    r"writ(?:e|ing) to (?:the|your) (?:[\w-]+ ){0,2}(?:head|manager|director|ceo|md|owner|ombudsman|regulator)\b)|"
    r"^\W*(?:(?:ok(?:ay)?|right|no),? )?(?:i'?m|im|i am) going home(?: now)?(?=\W*$)|"
    # thirty-second round (blind90-blind93 read): "ya close my account. im going to the credit union", "I'll try the co-op."
    r"\bclose (?:my|our|the) (?:[\w-]+ )?accounts?\b|"
    r"(?:i'?m|im|i am|we'?re|we are) (?:switching|moving|going) (?:over )?to (?:the |a )?(?:credit union|building society)\b|"
    r"(?:i'?ll|ill|i will|we'?ll|we will) (?:just )?(?:try|go to|ask at) the (?:co-?op|credit union|building society)\b)\b"
    # thirty-third round (blind94-97 read): over the trainee's head ("Otherwise I'm calling your MD", "our next order goes
    # to another mill", "yes. send me a supervisor", "I going and talk to the Reverend myself."), "Keep your menu.", "Never
    # mind, I'll get the vet's opinion first."
    r"|\b(?:i'?m|i am|i'?ll|i will) (?:be )?(?:calling|phoning|ringing|emailing|writing to) your (?:md|ceo|boss|manager|director|head office|owner)\b|"
    r"\b(?:our|my) next (?:order|booking|contract|purchase)s? (?:goes|go|will go|is going) to (?:another|a different|someone|somebody)\b|"
    r"\b(?:send|give|put|pass) me (?:to |through to )?(?:a|your|the) (?:supervisor|manager|boss)\b|"
    r"\bi(?:'?m| am)? going (?:and|to) (?:talk|speak|complain) to (?:the |your |my )?[\w' ]{1,30}? (?:myself|ourselves)\b|"
    r"\bkeep your (?:menu|product|offer|quote|phone|service|plan|package|car|money)\b|"
    r"(?:^|[.!] )never mind,? (?:i'?ll|i will|ill) (?:get|ask|check with|go to|try (?:somewhere|elsewhere|another|the other))\b|"
    # (blind104 read) "I'll try the place down the road."
    r"\b(?:i'?ll|i will|we'?ll|we will) (?:just )?(?:try|go to|ring|call) (?:the (?:place|shop|mob|guys|crowd|firm|one) |someone |somebody )?"
    r"(?:down the road|round the corner|next door|across the road)\b|"
    # (blind105 read) "no. i will go to the agency on 74th street"
    r"\bi(?:'ll| will)? go to (?:the |an? |another )?(?:other )?(?:agency|agent|office|pharmacy|chemist|dealer|travel agent)s? (?:on|in|at|near|across|down)\b|"
    # thirty-ninth round (blind130, blind131 read): "I'll get it at the mart.", "ill book on my own"
    r"\b(?:i'?ll|i will|ill|we'?ll|we will) (?:just )?(?:get|buy|find|book|order|source|sort) (?:it |them |one |that |this )?"
    r"(?:on my own|on our own|at the (?:mart|market|co-?op|farmers?'? market))\b|"
    # forty-first round (blind138 read): the order taken to the firm's rival ("Grabe. I'll order from the other distributor na lang.")
    r"\b(?:i'?ll|i will|ill|we'?ll|we will) (?:just )?(?:order|buy|get (?:it|them|one)|source (?:it|them)|go) (?:from|with|to) "
    r"(?:the other|another|a different|other) (?:distributor|supplier|vendor|wholesaler|shop|store|company|firm|provider|seller|"
    r"dealer|courier|forwarder|agency|trucker|mover)s?\b|"
    # (blind140 read) "wow ok. we'll go to the branch" (not "we'll go with the 3pm": a choice)
    r"\b(?:we'll|we will) (?:just )?go (?:to (?:the|a|another)|elsewhere|somewhere else)\b|"
    # forty-second round (blind144 read): given up on the talk ("Bhai, this is going nowhere. I'll check on the app only.")
    r"\b(?:this|it|we)(?:'s|'re| is| are) (?:going|getting) nowhere\b|"
    r"\b(?:i'?ll|i will|ill|we'?ll|we will) (?:just )?(?:check|do it|sort it|look) (?:on|in) (?:the|your) (?:app|website|site) "
    r"(?:only|myself|instead)\b|"
    # (blind142 read) the job taken to a relative in the trade ("I'll ring my nephew, he's a plumber.")
    r"\bi'?ll (?:just )?(?:ring|call|phone|ask|get|text|try) my " + _KIN + r"(?: [\w']+)?,? (?:he|she)(?:'s| is) an? "
    r"(?:plumber|electrician|sparky|mechanic|builder|joiner|carpenter|chippy|roofer|engineer|technician|fitter|painter|decorator|"
    r"vet|accountant|lawyer|solicitor)\b|"
    # (blind142 read) "I'll not use yous again.", "I'll come back when the other lad's on."
    r"\b(?:i'?ll|we'?ll|i will|we will) not (?:be )?(?:use|using|order(?:ing)?|buy(?:ing)?|book(?:ing)?) (?:from |with )?(?:you|yous|ye|ya|your (?:lot|crowd|shop|firm|company))(?: lot| crowd)? again\b|"
    r"\b(?:i'?ll|we'?ll|i will|we will) come back when (?:the other|someone else|somebody else|your (?:boss|manager)|the (?:boss|manager|owner))\b|"
    # the contract ended on the spot ("0. cancelling my AMC")
    r"(?:^|[.!] )(?:(?:i'?m|im|we'?re|i am|we are) )?cancel+ing (?:my|our|the) (?:amc|contract|subscription|plan|membership|policy|account|"
    r"connection|service|maintenance|package)\b(?! (?:next|at the end|when|if|from)\b)|"
    # forty-third round (blind146 read): "You people don't respect old people. I'm going." (the last words: "I'm going to
    # try it" goes on)
    # (forty-eighth round, blind172 read: "Son: Neither. Tickets, please. We're leaving.")
    r"(?:^|[.!,] )(?:(?:okay|ok|fine|then|no|so|right|neither)[.,!]? )*(?:i'?m|i am|we'?re|we are) (?:going|leaving)(?: now| home| back)?(?:\s*[.!]+\s*$|\s*$)|"
    # (blind148 read) said in the present, as in Singapore and Malaysia: "wow. ok I go somewhere else"
    r"\b(?:i|we) (?:go|try|look|find|buy) (?:somewhere else|someplace else|some place else|other place|another place|elsewhere|somewhere)\b"
    r"(?! (?:else|to|and|then|first|for)\b)|"
    # forty-fourth round (blind150 read): the whole line a curt "Bye now." (with thanks, "Thanks, love, bye now!", it
    # parts friends), the rest left to family ("I need to go. My daughter will deal with you.")
    r"^\W*(?:(?:right|ok|okay|aye),? )?bye now\W*$|\b(?:my|our) " + _KIN + r" (?:will|'ll|can) deal with (?:you|this|it|your \w+)\b|"
    # forty-sixth round (blind160 read): the customer off to a rival, "Thursday. It's minus twelve. You know what, I'll call
    # Irving.", "I'll call the ATB guy. He at least writes things down."; "Please stop. I'll come in with my son."
    r"\byou know what,? (?:i'?ll|i will|i'?m gonna|i'?m going to|we'?ll) (?:just )?(?:call|ring|phone|try|go (?:to|with)) (?!you\b|back\b)[\w'& -]{2,30}[.!]?\s*$|"
    r"\b(?:he|she|they|them|that one)(?:'s|'re| is| are)? at least (?:\w+ )?(?:listens?|writes? (?:things|it|stuff) down|knows?|answers?|calls? back|picks? up|shows? up|turns? up)\b|"
    r"(?:^|[.!?] )(?:(?:no|okay|ok),? )?(?:please,? (?:just )?|just )stop(?:,? please)?[.!]+(?:\s|$)|(?:^|[.!?] )stop,? please[.!]+(?:\s|$)|"
    # forty-eighth round (blind166 read): the business taken elsewhere, said as what they will be doing ("Wow. Okay, we'll
    # be storing somewhere else next year.", "I'm shopping elsewhere")
    r"\b(?:we'?ll|i'?ll|we will|i will|we'?re|i'?m|we are|i am|ill|were|im) (?:be |just |probably |definitely )?(?:storing|shopping|buying|"
    r"ordering|booking|going|looking|banking|insuring|renting|hiring|servicing|getting (?:it|them|one|ours|mine)|taking (?:it|them|our|my) ?(?:business|custom)?) "
    r"(?:[\w-]+ )?(?:somewhere else|elsewhere|someplace else)\b|"
    # (blind168 read) giving up on it: "wow. ok never mind", "412?? no. thats half my refund. never mind"
    r"(?:^|[.!?,] ?)(?:(?:wow|ok|okay|oh|fine|right|ugh|k|lol|um|uh)[.,!]* )*(?:never ?mind|nvm)[.!]*$")


#: A customer pressing the point ("But I've only got three tablets left.", "Will someone come or not?",
#: "10 days?? I have calls every day. No").
_PRESSES = re.compile(r"^but\b|\b(?<!\bcan )(?:or not|yes or no)\s*[?!.]*\s*$|\?\?|(?:^|[.!?] )no[.!]*$|"
                      # "You don't help", "you did not help with anything", "You're not listening"
                      r"\byou (?:don't|dont|didn't|didnt|did not|do not|never|aren't|are not|haven't|havent|have not) (?:\w+ )?(?:help|helping|helped|listen|listening|listened|answer|answered|understand|care)\b|"
                      # "Why I pay 800 when the problem is from your service? I'm not happy.": paying for your fault refused
                      r"\bwhy (?:should |do |would |must |have )?(?:i|we) (?:pay|have to pay|be paying|be charged)\b|\b(?:i'm|i am|we're|we are) (?:still )?not happy\b|"
                      r"\bdid you (?:even |actually )?(?:read|listen to|hear) (?:what|anything) (?:i|we)\b|"
                      # "A surcharge? For your mess? Give us the deposit back, now."
                      r"\b(?:give|pay) (?:us|me) (?:the|my|our) (?:deposit|money|refund|fee) back\b|\bfor your (?:mess|mistake|error)\b|"
                      # "Yeah, you could answer my question."
                      r"\byou (?:could|can|might) (?:just |at least )?answer (?:my|the) question\b|"
                      # a verdict on the help given: "you are useless", "This is not helpful.", "very bad", "Are you havin' a laugh?"
                      r"\b(?:you(?:'re| are)|this is|that's|that is|it's|it is) (?:so |just |totally |completely )?(?:useless|hopeless|no help|not (?:very |at all )?helpful)\b|"
                      r"^useless\b|\b(?:you(?:'ve| have) )?helped nobody\b|\bthat does not help me\b|^very bad\W*$|\bdoesn'?t seem fair\b|"
                      r"\bare you hav(?:ing|in'?) a laugh\b")
#: A customer who goes along only because there is no other way ("I suppose it'll have to. Thanks.",
#: "Oh. Ok. I... ok, thanks.", "Fine, whatever."): not won over, not pushing back either.
_GRUDGING = re.compile(
    r"\bi (?:suppose|guess)(?: (?:so|that'?s? it|it(?:'ll| will) (?:have to|do)|that(?:'ll| will) (?:have to|do)|i(?:'ll| will) have to|"
    r"i have (?:no|little) choice|we(?:'ll| will) have to))?(?=[.!,…]|$)|"
    r"\b(?:it|that|this)(?:'ll| will) have to do\b|\bif (?:i|we) (?:have|must|really have)(?: to)?[.!,]|"
    r"\b(?:not (?:much|a lot) of|(?:i|we) (?:don't|do not) have (?:much|a|any)) choice\b|\bwhatever[.!]|"
    r"\bno (?:other )?choice\b|^(?:oh|um|uh|er|hm+)?\.? ?ok(?:ay)?\. i(?:\.\.\.|…)|"
    # thirty-seventh round (blind112 read): South Asian English's "Okay, what to do. Close it." - nothing else for it
    r"(?:^|[.,!] )(?:okay|ok|achha|acha|haan)?,? ?what (?:else )?(?:to|can i|can we|can one) do[.!,]|"
    # a yes said twice to be done with it: "Yeah, yeah. Here.", "ok ok. whatever"
    r"^\W*(yeah|yes|ok|okay|fine|sure),? \1[.!…]*(?:\s+(?:here|whatever|fine|just \w+)[^.!?]{0,20}[.!…]*)?\s*$|"
    # forty-sixth round (blind158 read): "Wow. Okay. Just do whatever, I'll get it Friday." (not "do whatever it takes")
    r"\b(?:just )?do whatever(?! (?:it takes|you (?:can|need|think|recommend|suggest))\b)(?=[,.!…]|\s+(?:i'?ll|we'?ll|you want|then)\b|$)")

#: A customer who could not follow the reply ("Sorry… I don't understand. Is that serious?", "Um... sort of.",
#: "You've lost me", "What does that mean?"): it was said in words that were not theirs.
_LOST = re.compile(r"(?<!boxes )(?<!things )(?<!stuff )(?<!forms )(?<!papers )(?<!something )(?<!anything )(?<!clauses )(?<!letters )"
                   r"(?<!documents )"  # (not a relative clause about something else: "I ticked boxes I didn't understand")
                   r"\bi (?:don't|dont|do not|didn't|didnt|did not) (?:really |quite )?(?:understand|follow)"
                   r"(?=\s*(?:[.?!…,]|$)|\s+(?:that|any of (?:that|this|it)|what you|a word|you|all (?:that|this)|half of|most of)\b)|"
                   # "I don't know what half of those words mean", "i dont know what that means"
                   r"\bi (?:don't|dont|do not) know what (?:(?:half|any|most) (?:of )?)?(?:those|these|that|all that|all those)(?: words| terms| letters| codes| abbreviations)? means?\b|"
                   # thirty-seventh round (blind113 read): "Sorry, I didn't get half of that."
                   r"\bi (?:didn't|didnt|did not|don't|dont|do not) (?:really |quite )?(?:get|catch) (?:half|most|any|much|a word|a lot) of (?:that|it|this|what you)\b|"
                   # "Sorry, I understood maybe half of that.", "Sorry, I got maybe half of that." (blind124 read)
                   r"\bi (?:only )?(?:understood|got|caught|followed) (?:maybe |about |only |just |perhaps |like )?(?:half|a bit|some|little|part|none|nothing) "
                   r"of (?:that|it|this|what you)\b|"
                   # twenty-ninth round (blind74, blind76 read): "Sorry, I understood nothing.", "…I understood only the fees."
                   r"\bi (?:have )?understood (?:nothing|none of (?:it|that|this)|only (?:the|a|one|that|this|your|his|her)\b)|"
                   r"\byou(?:'ve| have)? lost me\b|\bwhat (?:does|do) (?:that|those|any of that|all that|it) (?:mean|stand for)\b|"
                   # asked for after the reply ("Sorry, in plain English?"), not wished for ("…go through the figures with me once a month,
                   # in plain words": the plumber's need)
                   r"\b(?:say|put|explain|tell me|repeat|again)\b[^.?!]{0,30}?\bin (?:plain|normal|simple) (?:english|words|language)\b|"
                   r"(?:^|[.!?…]\s*)\W*(?:sorry,? |ok,? |okay,? |um+,? |uh+,? )?(?:in )?(?:plain|normal|simple) (?:english|words|language)(?:,? please)?\s*[?!.]|"
                   r"^\W*(?:um+|uh+|er+|hm+)\W*(?:sort of|kind of|i guess|maybe)\b|"
                   # what was just said, not the customer's old camera ("I never use it, it's too complicated")
                   r"\b(?:that|this|all that|all this)(?:'s| is| sounds| was)? (?:a bit |way |far |all )?(?:too|very) (?:technical|complicated)\b|"
                   r"\b(?:too|very) (?:technical|complicated) for me\b|"
                   # fifteenth round (blind34/35 read): "I don't understand these words", "I don't know those words", "no idea
                   # what any of that is", "I'm not sure I followed all that", "can you say it simply?", "sorry, what?"
                   r"\bi (?:don't|dont|do not) (?:know|understand) (?:these|those|the|all these|all those|any of (?:these|those|the)) "
                   r"(?:words|terms|abbreviations|letters|codes|acronyms)\b|"
                   r"\b(?:no|any) idea what (?:any of |half of |all )?(?:that|those|this|these|it) (?:is|are|means?)\b|"
                   r"\bnot sure i (?:followed|follow|understood|understand|got) (?:all |any of |half of )?(?:that|this|it|you)\b|"
                   r"\b(?:say|explain|put) (?:it|that|this) (?:more )?(?:simply|simpler|in (?:plain|normal|simple) words)\b|"
                   r"^\W*sorry,? what\?|"
                   # twenty-sixth round (blind58 read): "half of that went past me", "that went right over my head"
                   r"\b(?:(?:half|most|all|some|much) of )?(?:that|it|this|what you said) went (?:right |straight |clean )?(?:past|over) (?:me|my head)\b|"
                   # a word of the trainee's asked back: "The what? Sorry.", "A what?", "Your what now?"
                   r"^\W*(?:sorry,? )?(?:the|a|an|your|my) what\b(?: now| sorry)?\s*\?|"
                   # forty-fourth round (blind152 read): "Eish, that's a lot of letters." after "FTTH on a GPON network, …"
                   r"\b(?:that's|that is|that was|so many|too many) (?:a lot of |lots of |many )?(?:letters|acronyms|abbreviations|jargon)\b")
#: A hesitant "Hmm, maybe." or "Um... sort of.": the customer may be lost, or only unconvinced.
HEDGE_OPENING = re.compile(r"^\W*(?:um+|uh+|er+|hm+)\W*(?:sort of|kind of|i guess|maybe)\b\W*")
#: An abbreviation in what the trainee said ("MDR", "T+2", "ONT"), and the everyday ones nobody needs explained.
_ABBREVIATION = re.compile(r"\b[A-Z][A-Z0-9+&]{1,5}\b")
_EVERYDAY_ABBREVIATIONS = frozenset({"OK", "AM", "PM", "TV", "ID", "UK", "US", "USA", "EU", "PIN", "ATM", "SMS", "PDF", "GPS",
                                     "USB", "VAT", "DIY", "FAQ", "ASAP", "CEO", "IT", "HR", "NZ", "UAE", "WIFI"})


def asks_back_jargon(turn: Turn, reply: Turn | None) -> bool:
    """Whether the customer's reply asks back an abbreviation the trainee used ("…MDR is 2.5 percent blended,
    settlement is T+2" - "Sorry, MDR? T plus two?", "what's an ONT?"): words that were not theirs."""
    if reply is None or reply.speaker != "customer" or not turn.text:
        return False
    said = {a for a in _ABBREVIATION.findall(turn.text) if a not in _EVERYDAY_ABBREVIATIONS}
    lower = reply.text_lower
    return any(re.search(rf"(?<![\w+&]){re.escape(a.lower())}(?![\w+&])[^\w\n]{{0,3}}\?", lower) for a in said)


#: A customer saying their question went unanswered ("But I wanted to know about the no-claims first.",
#: "My question was about the deposit", "You haven't answered me").
_UNANSWERED = re.compile(
    # (fiftieth round, blind192 read) "Yes, I just asked you two things. Will it work in my house?"
    r"\bi (?:just |already )?asked you (?:two|three|2|3) (?:things|questions)\b|"
    r"\bi (?:just |only )?(?:wanted|asked) (?:to know )?(?:about )?[\w' -]{0,30}\bfirst\b|\bmy question (?:was|is)\b|"
    r"\byou (?:haven't|havent|have not|didn't|didnt|did not) (?:\w+ )?(?:answered|answer)\b|\b(?:that's|that is|this is) not what i (?:asked|wanted to know)\b|"
    # pressing for a straight answer: "…today or not?", "yes or no?", "You're not listening"
    r"\b(?:or not|yes or no)\s*[?!.]*\s*$|"
    r"\byou (?:don't|dont|didn't|didnt|did not|do not|never|aren't|are not|haven't|havent|have not) (?:\w+ )?(?:help|helping|helped|listen|listening|understand|care)\b|"
    # seventeenth round: "that's why I'm asking", "you're not answering me", "thats all i asked", "i am asking if i should go
    # to emergency", "So nobody can answer me."
    r"\b(?:that's|thats|that is) (?:why|what) i(?:'m| am|m) asking\b|\byou(?:'re| are|re) not answering\b|"
    r"\b(?:that's|thats|that is) all i (?:asked|wanted|want|need)(?: to know)?\b|(?:^|[.!?,;] )(?:but |and |so )?i(?:'m| am|m) (?:only |just |still )?asking (?:if|whether|why|you|about)\b|"
    r"\b(?:nobody|no one|no-one|noone) (?:here )?(?:can|will|wants to|is going to) (?:answer|help) me\b|"
    # "You are doing this again. I asked what it does."
    r"(?:^|[.!?] )i (?:asked|wanted to know) (?:you )?(?:what|how|if|whether|why|where|when)\b|\byou(?:'re| are) doing (?:this|it|that) again\b|"
    # (forty-second round, blind142 read) the customer steering back after the trainee's own story: "Ha, right. Sorry, could
    # we just book the vaccine?", "Anyway, can we just get back to the boiler?"
    r"(?:^|[.!?] )(?:(?:ha|haha|ha ha|right|okay|ok|um|well),? )*(?:sorry|anyway),? (?:could|can) we just (?:book|get|do|sort|go back to|"
    r"get back to|come back to|focus on)\b")

#: The sale declared done by the trainee ("So that's decided then", "Here's your receipt.", "I've already
#: rung it up", "so the sale is done"): a push when the customer has not said yes.
_DECLARES_DONE = re.compile(
    r"\b(?:so |then )?(?:that's|that is) (?:decided|a deal)(?: then)?\b|"
    r"\bhere(?:'s| is) your receipt\b|\bi(?:'ve| have) (?:already )?(?:rung|run) (?:it|that|them|this) up\b|"
    r"\b(?:the )?(?:sale|deal) is (?:done|closed|complete|made)\b|"
    # the customer's yes or confirmation claimed for them: "Excellent, you've agreed to go ahead.", "So you've
    # confirmed the need: …"
    # (not a fact the customer vouched for: "You've confirmed the purchase, so I can unblock the card")
    # (not a time to come: "Ring me when you've decided", "once you've agreed it with your partner")
    r"(?<!something )(?<!anything )(?<!what )(?<!when )(?<!once )(?<!if )(?<!after )(?<!until )(?<!till )(?<!before )"
    r"\byou(?:'ve| have) (?:just |already )?(?:agreed|confirmed|decided|said yes)\b"
    r"(?! (?:anything|nothing|with|between)\b)"
    r"(?! (?:the |your )?(?:purchase|payment|transaction|charge|identity|id|details|address|date of birth|number)\b)|"
    r"\b(?:great|perfect|good|excellent|wonderful),? so you agree\b")

#: Asking the customer to check that the fix worked ("Is it working now?", "Can you run a speed test
#: while I'm still on the line, just to be sure it's holding?"): the service call's way of closing the loop.
_CHECKS_FIX = re.compile(
    r"(?<!how )(?<!how's )\b(?:is|has|does|are) (?:it|that|everything|the \w+|they) (?:\w+ )?(?:working|sorted|fixed|better|back|holding|gone|connected|charging)\b[^.?!]{0,25}\?|"
    r"\bdid (?:that|it|this) (?:work|fix it|help|sort it|do the trick)\b|"
    r"\b(?:just )?to (?:be sure|make sure|check|confirm)(?: that)? (?:it's|it is|everything's|everything is|the \w+ (?:is|are)) (?:working|holding|fixed|ok|okay|sorted|fine|back|stable)\b|"
    r"\b(?:tell|show) me what (?:the lights?|the screen|the display|it) (?:do(?:es)?|shows?|says?)\b|"
    # after the steps to try ("…log in with the PIN. Does it show your accounts?", "Can you see the green light now?")
    r"\b(?:does|do|can|did) (?:it|you|they|the \w+) (?:now |still )?(?:show|see|load|open|print|connect|come on|turn on|log in|let you in)\b[^.?!]{0,30}\?|"
    r"\b(?:run|do|try) (?:a|the) (?:speed )?test\b[^.?!]{0,40}\b(?:while|now|before)\b|\bwhile (?:i'm|i am) (?:still )?on the line\b")
#: Something the trainee did or promised that a check of the fix can follow ("I've just reset your line", "Done.",
#: "I'll call you Friday"): "Is the fan working?" before anything was done is a diagnosis, not a check.
_ACTED = re.compile(r"\b(?:i|we)(?:'ve| have) (?:just |now |already )?\w+(?:ed|t|un|one)\b|\b(?:it's|that's) (?:done|sorted|fixed|reset|unblocked)\b|"
                    r"^(?:done|sorted|fixed)\b|\b(?:i|we)(?:'ll| will| can) (?!ask\b|check if\b|see if\b)\w+")
#: A promise of contact with no day or time ("Someone will be in touch", "He'll get back to you as soon as he
#: can"); `_TIME_SAID` tells a sentence that says when.
_VAGUE_PROMISE = re.compile(
    r"\b(?:someone|somebody|he|she|they|we|the team|our team|the (?:\w+ )?(?:engineer|technician|department|office|manager|handler|team|claims team)|"
    r"a (?:\w+ )?(?:engineer|technician|handler|colleague))(?: (?:from|in|at|of) (?:the |our )?[\w-]+(?: [\w-]+)?)?(?:'ll| will) (?:\w+ )?(?:be in touch|get back to you|contact you|reach out|be in contact|look into it|follow (?:it )?up)\b|"
    # "…as soon as we can", "it should be back soon"
    r"\bas (?:soon|quickly|fast) as (?:possible|we can|i can|he can|she can|they can|one is free|we're able)\b|"
    r"\b(?:should|will|'ll) be (?:back|working|fixed|sorted|up|done|ready|restored)(?: again)? soon\b|\bhopefully soon\b")
_TIME_SAID = re.compile(r"\b(?:today|tomorrow|tonight|this (?:afternoon|evening|morning|week|month)|next (?:week|month)|"
                        r"(?:first|second|last) week of (?:the |this |next )?month|" + WEEKDAY + r"|"
                        r"within|by (?:the end|noon|midday|\w+day)|in (?:\w+ ){0,2}(?:hours?|minutes?|days?)|before|after|once|when)\b|\d")
#: A polite way out of the conversation, said with thanks ("I'll just come back another time. Thanks.",
#: "I'll just take a leaflet, thanks", "Maybe another time, thank you").
_POLITE_EXIT = re.compile(
    r"\b(?:i'll|i will|we'll|we will) (?:just )?(?:(?:come|pop|call|ring) back (?:later|another|some other|next)|take (?:a|the|your) (?:leaflet|brochure|card|flyer)|"
    r"leave it(?: for now)?|have a (?:think|look around)|think about it|look around|be in touch)\b|"
    r"\b(?:maybe |perhaps )?(?:another|some other) time\b")

#: The course's names for the need levels, and the words that make them labels ("your service needs").
_LEVEL_NAMES = re.compile(r"\b(product|service|experience|relationship|success)s?\b")
_NEED_WORD = re.compile(r"\b(?:needs?|levels?)\b")


#: A customer saying the trainee got it right ("Yes, exactly", "That's it").
_CONFIRMS = re.compile(r"^\(?(?:yes|yeah|yep|exactly|right|correct|that's (?:it|right|correct)|spot on|precisely|"
                       r"all right|alright|ok|okay|sure|nods|mm+|that's about it)\b")
#: A turn that opens by playing back what the customer said ("So it has to be…", "It sounds like…").
_PLAYS_BACK = re.compile(r"^(?:so,? |it sounds like |sounds like |you're saying |what i'm hearing is |if i've got (?:it|this|that) right,? )")
#: A question that checks the summary before it ("…, is that right?", "…, yeah?").
_ASKS_CHECK = re.compile(r"\b(?:right|correct|is that (?:it|so|fair)|did i|have i|am i|yeah|true)\b|\bno\?$")


def corrects(turn: Turn | None, after_claim: bool = True) -> bool:
    """Whether a customer turn puts the trainee right ("I never said that", "I asked about data");
    a plain "No, ..." counts only `after_claim` (a summary or a claim about the customer)."""
    if turn is None or turn.speaker != "customer":
        return False
    text, r = turn.text_lower.strip(), turn.reader
    return r.says("corrects", text) or (after_claim and r.says("says_no", text))


def confirms(turn: Turn | None) -> bool:
    """Whether a customer turn says the trainee got it right."""
    return (turn is not None and turn.speaker == "customer" and not corrects(turn)
            and not turn.reader.says("refuses", turn.text_lower.strip())
            and turn.reader.says("confirms", turn.text_lower.strip()))


#: Where a customer says they will go ("I'll go to the Ministry Tuesday", "ill go with them").
_GOES_TO = re.compile(r"\bi'?ll (?:just )?go (?:to|with|down to|over to) (?:the |my |your |a )?([\w-]+)")


#: A customer who heard a put-down in what the trainee just said: "I'm not an idiot", "I'm not lying to you", "are you
#: calling me a liar?", "don't talk to me like a child".
_TAKES_OFFENCE = re.compile(
    # (fiftieth round, blind192 read) "You people have no manners."
    r"\b(?:you|you people|you guys|your (?:staff|people|agents?)) (?:have|has|got) no manners\b|"
    # (forty-fifth round, blind154 read) "I didn't ask for a money lesson.", "How my drivin' been? You serious?"
    r"\bi (?:didn'?t|did not|never) ask(?:ed)? (?:for )?(?:a|your) (?:[\w-]+ )?lesson\b|(?:^|[.!?] )(?:are )?you serious\s*\?|"
    # (blind156 read) "what cashback. i pressed pay once and the app hung. dont accuse me"
    r"\b(?:don'?t|do not|stop) (?:you )?(?:dare )?accus(?:e|ing) me\b|"
    # "ok i didnt ask for a lecture. just fix it", "I didnae ask for a lecture" (thirty-sixth round, blind108 read), "spare me
    # the sermon"
    r"\bi (?:didn'?t|did not|didnae|didna|never) ask(?:ed)? for (?:a|the|your) (?:lecture|sermon|life story|life advice|speech|opinion)\b|"
    # (blind136 read) "i did not ask advice about my packing"
    r"\bi (?:didn'?t|did not|never) ask(?:ed)? (?:for )?(?:your )?(?:advice|tips)\b|"
    r"\bspare me the (?:lecture|sermon|speech)\b|"
    # (forty-ninth round, blind178 read) "Yeah, I know. I didn't come in for a lecture.", "I'm one of the six. Are you telling
    # me I don't count?"
    r"\bi (?:didn'?t|did not) come (?:in |here )?(?:for|to get|to hear) (?:a|the|your) (?:lecture|sermon|telling[- ]off|speech)\b|"
    r"\b(?:are )?you(?:'re| are)? (?:telling|saying to) me (?:that )?(?:i|we) (?:don'?t|do not) (?:count|matter)\b|"
    # thirty-eighth round (blind126 read): "I came for help, not for a lecture on my son."
    r"\bnot (?:here )?(?:for|to (?:get|hear)) a (?:lecture|sermon|telling[- ]off)\b|"
    r"\bi(?:'m| am|m) not (?:an? )?(?:complete |total |bloody )?(?:idiot|eejit|moron|muppet|stupid|lying|liar|blind|deaf|thick|dumb|child|thief|fool|making (?:it|this|that|things) up|"
    r"soft in the head|daft|senile|born yesterday|gaga|simple)\b|"
    r"\bare you (?:calling me|saying i(?:'m| am) (?:a |an )?(?:liar|lying|stupid|an idiot|careless)|accusing me)\b|"
    # thirty-second round (blind93 read): "you're callin' me a liar?", "so you think I'm lying"
    r"\b(?:you(?:'re| are) )?call(?:ing|in'?) me a (?:liar|thief|cheat|fraud)\b|\byou think (?:i'm|i am|im) (?:lying|a liar|making (?:it|this) up)\b|"
    r"\b(?:don't|do not) (?:talk to me like|patroni[sz]e me|speak to me like)\b|\bhow dare you\b|"
    # "so it is my fault." (blind82 read)
    r"^\W*so (?:now )?(?:it(?:'s| is| was)|you(?:'re| are) saying it(?:'s| is| was)) (?:all )?my fault\b|"
    # "I resent the suggestion." (blind74 read)
    r"\bi resent (?:the|that|this|your) (?:suggestion|implication|insinuation|remark|comment|question|tone)\b|"
    r"\bno need to be (?:rude|so rude|condescending|patronising|patronizing|like that)\b|\b(?:there's|there is) no need for that\b|"
    r"\bno need to (?:argue|get (?:an )?attitude|snap|shout|bite my head off)\b|"  # ("Alright, no need to argue, I was only saying.")
    # "Why I would lie?", "not to be accused", "Well, I can see the gap with my own eyes, so."
    r"\bwhy (?:would i|i would) lie\b|\bnot to be accused\b|\bi (?:can|could) see (?:it|that|this|the [\w-]+)(?: [\w-]+)? with my own eyes\b|"
    r"^\W*(?:that's|that is|that was) not (?:very )?(?:nice|kind|fair|polite)\b|"
    # "she's not stupid", "I thought you were supposed to help customers", "this is really unhelpful", "I was just asking"
    r"\b(?:she|he|they|we)(?:'s|'re| is| are) not (?:stupid|an idiot|idiots|blind|thick|dumb|liars?|lying)\b|"
    r"\bi thought you (?:were|are) (?:supposed|meant) to (?:help|be helping|serve)\b|"
    r"\b(?:this|that|you)(?:'s|'re| is| are) (?:really |so |very |being |just )?(?:unhelpful|rude|condescending|patronising|patronizing)\b|"
    r"^\W*(?:(?:sorry|wait|hey|look|hold on),? )?i was (?:just|only) asking\b|"
    # seventeenth round: "Excuse me? I'm a customer.", "you are saying i broke it??"
    r"^\W*excuse me\s*\?|\b(?:are )?you(?:'re| are)? saying (?:that )?(?:i|we) (?:broke|damaged|dropped|caused|lied|did (?:it|this|that))\b|"
    # "Are you saying I'm making it up?", "so you think I'm lying?"
    r"\b(?:are )?you(?:'re| are)? (?:saying|suggesting|implying|think(?:ing)?) (?:that )?(?:i'?m|i am|we'?re|we are) (?:making (?:it|this|that) up|lying|"
    r"imagining (?:it|things|this)|exaggerating|stupid|an idiot|idiots)\b"
    # thirty-third round (blind94-97 read): "Are you saying we don't know our job?", "Stop arguing and replace 4,500
    # yards.", "Wait, I was only asking.", "I have never been spoken to like this."
    r"|\b(?:are )?you(?:'re| are)? saying (?:that )?(?:i|we) (?:don'?t|do not|can'?t|cannot) (?:know|do|read|understand) (?:my|our|how)\b|"
    r"^\W*(?:stop|quit) (?:arguing|lecturing|patroni[sz]ing)\b|"
    r"\b(?:i have|i've|ive) never been (?:spoken|talked) to like (?:this|that)\b"
    # thirty-seventh round (blind112 read): "I'm not rough with my jewellery."
    r"|\bi(?:'m| am|m) not (?:rough|careless|clumsy|heavy-handed) with (?:my|our|it|them|the)\b"
    # (forty-ninth round, blind174 read) the blame heard in the trainee's words: "Are you saying it's our guests' fault?",
    # "Now you're saying it's my fault?", "so it's my fault now?"
    r"|\b(?:are )?you(?:'re| are)? (?:saying|suggesting|implying|telling me) (?:that )?(?:it(?:'s| is| was)|this is|this was|that's|that is) "
    r"(?:all )?(?:my|our|his|her|their|[\w']+) (?:[\w']+ )?(?:own )?fault\b|\b(?:it's|it is|it was) (?:all )?(?:my|our) fault (?:now|then)\b"
    # (blind118 read): "I know what I'm on about."
    r"|\bi know what i(?:'m| am) (?:on|talking) about\b"
    # forty-third round (blind146 read): "You people don't respect old people."
    r"|\byou (?:people|lot|guys)? ?(?:don'?t|do not|never|have no) (?:respect|show respect|care about (?:us|me|your customers|customers|people|"
    r"old people|anyone|anybody))\b(?! (?:the )?(?:rules|deadlines?|that)\b)")

def takes_offence(turn: Turn | None) -> bool:
    """Whether a customer turn says the trainee's last words put them down (read in its language)."""
    return turn is not None and turn.speaker == "customer" and turn.reader.says("takes_offence", turn.text_lower)


#: A last line that only says goodbye ("Allah hafez.", "Ok, bye.", "Ciao."): where the customer stood was said before it.
_FAREWELL = re.compile(r"^\W*(?:(?:ok(?:ay)?|right|well|fine|so)\W+)?(?:bye|goodbye|bye-bye|bye bye|allah hafiz|allah hafez|khuda hafiz|"
                       r"ciao|adios|adiós|au revoir|tschüss|tot ziens|do widzenia|cheers|ta-ta|salaam|ma'?a? ?salama)\W*(?:\w+\W*)?$")


def _parts_agreed(turns: list[Turn], agreed: Turn, farewell: Turn) -> bool:
    """Whether a bare farewell ("Goodbye.", "Okay, bye now.") follows the customer's yes, with nothing pushed or
    thrown at them in between: they part on what was agreed."""
    between = [t for t in turns[agreed.index + 1:farewell.index] if t.speaker == "trainee"]
    return (agreed.reader.says("agrees", agreed.text_lower) and not is_upset(agreed)
            and not any(t.moves & _PARTING_SPOILED for t in between))


#: What the trainee may not do after the customer's yes for their goodbye to be a parting, not an exit.
_PARTING_SPOILED = frozenset({"pressure", "rudeness", "argument", "upsell", "leading", "discount", "pitch"})


#: A sentence that states a condition ("If it's still dropping by the first, I'm not renewing."): no exit yet.
#: (…after a go-ahead: "Try it, but if nothing changes in a month, I'm leaving."; fiftieth round, es/blind48 read)
_CONDITION = re.compile(r"^\W*(?:(?:okay|ok|fine|right|and|but|well|so)\W+)*"
                        r"(?:(?:(?:try|test|do|book|fix|send|switch) (?:it|that|them)|go ahead|let's (?:try|do) it|give it a (?:go|try|shot)),? but )?"
                        r"(?:if|unless|after that|otherwise|or else)\b")


#: A term the trainee offered, taken as the first words ("A month, then. After that I'm looking elsewhere."): a yes to it.
_TAKES_THE_TERM = re.compile(r"^\W*(?:(?:okay|ok|fine|right|alright)\W+)?(?:a|one|two|three|four|six) (?:week|weeks|month|months|fortnight)(?:,| then|\.)")


def _ends_on_goodbye(turn: Turn) -> bool:
    """A customer line that ends on a bare goodbye after anything but thanks ("Usted no escucha. Adiós."), in a language
    whose reader has the pattern (Spanish; English and Chinese goodbyes are read by their walk-out patterns)."""
    return "ends_on_goodbye" in turn.reader.patterns and turn.reader.says("ends_on_goodbye", turn.text_lower)


def walked_away(turns: list[Turn]) -> Turn | None:
    """The customer's last turn when it ends the conversation unhappy, else None. Going where the trainee
    just sent them ("…one form at the Ministry." - "Okay. I'll go to the Ministry Tuesday.") is the plan, no exit."""
    said = [t for t in turns if t.speaker == "customer" and t.text.strip()]
    last = said[-1] if said else None
    if last is not None and len(said) > 1 and _FAREWELL.match(last.text_lower):
        if not last.reader.says("walks_away", last.text_lower):
            last = said[-2]  # "I'll see the other shop." - "How would you rate us today?" - "Allah hafez.": the exit came first
        elif _parts_agreed(turns, said[-2], last):
            return None  # "Tuesday at nine is perfect, thanks." - "Booked." - "Okay, bye now.": a goodbye, not an exit
    if last is None or not (last.reader.says("walks_away", last.text_lower) or _ends_on_goodbye(last)):
        return None
    r, said = last.reader, last.reader.sentences(last.text_lower)
    if all(r.says("condition", s) for s in said if r.says("walks_away", s)) and (
            last.index < len(turns) - 1 or r.says("agrees", said[0]) or _TAKES_THE_TERM.match(said[0])):
        # "If it's still dropping by the first, I'm not renewing." - and the trainee answered it, or the customer had
        # said yes first ("Ta bien. Pero si sigue con el ruido ya me busco otro taller."): a condition, no exit
        return None
    before = turns[last.index - 1] if last.index > 0 else None
    if r.code != "en" and said and before is not None and before.speaker == "trainee" and any(
            before.reader.is_question(s) for s in before.reader.sentences(before.said_lower)):
        opening = r.fold(said[0])
        declined = r.patterns["declines"].match(opening)
        if declined and not any(r.says("walks_away", s) for s in [opening[declined.end():], *said[1:]]):
            return None  # "这周黄喉鹅肠要不要？" - "不要了，库存还有。": no to what was offered, the answer to its question
    if (before is not None and before.speaker == "trainee" and _told_to_go_ahead(before, last)
            and not r.says("walks_away", (said or [""])[0])):
        return None  # "Shall I pencil you in…?" - "Pencil me in. I'll ring the other lot about their insurance.": a yes first
    going = _GOES_TO.search(last.text_lower)
    if (going and len(going.group(1)) >= 3 and before is not None and before.speaker == "trainee"
            and re.search(rf"\b{re.escape(going.group(1))}\b", before.text_lower)):
        return None
    return last


@dataclass(frozen=True)
class Annotation:
    """What the simulator knows about a line beyond its words (never read from a turn dict).

    `tags`: an option's technique and moves; `level`: the need level its author aims it at;
    `objections`: the objection patterns a customer line put on the table (None: detect them);
    `best`: the author's best option there, which takes up what the customer said by design.
    """

    tags: tuple[str, ...] = ()
    level: str | None = None
    objections: tuple[str, ...] | None = None
    best: bool = False
    """A scripted option its author marks as the best move at that point of the conversation."""
    agrees: bool = False
    """A customer line the simulator knows says yes: the customer decided to buy (whatever its words)."""
    confirms_need: bool = False
    """A customer line by which the simulator knows the customer has confirmed a need."""
    found: str | None = None
    """A typed trainee line: the level of the hidden need the customer's answer to it brought out."""


@dataclass(frozen=True)
class DialogueContext:
    """What the simulator knows about the customer: the need levels they actually have."""

    levels: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Turn:
    """One turn of an exchange, analysed once."""

    index: int
    speaker: str
    text: str
    reading: Text = field(repr=False, compare=False)
    """The turn's normalised text."""
    level: str | None = None
    objections: tuple[str, ...] | None = None
    words: frozenset[str] = frozenset()
    answered: bool = False
    """Trainee turns: a customer turn follows before the next trainee turn."""
    after: "Turn | None" = field(default=None, repr=False, compare=False)
    """Trainee turns: the customer turn just before (None at the start or after another trainee turn)."""
    reply: "Turn | None" = field(default=None, repr=False, compare=False)
    """Trainee turns: the customer turn just after (None when nobody answered)."""
    best: bool = False
    """A scripted option its author marks as the best move there."""
    answers_question: bool = False
    """Customer turns: the trainee turn just before asked a question."""
    agreed: bool = False
    """Customer turns: the simulator knows this line says yes to going ahead."""
    confirms_need: bool = False
    """Customer turns: the simulator knows that by this line the customer has confirmed a need."""
    found: str | None = None
    """Trainee turns: the need level the simulator knows the customer's answer brought out."""
    read: TurnMoves | None = field(default=None, repr=False, compare=False)
    """Its question and moves (a customer turn's are read the first time a criterion asks)."""

    # The criteria read these hundreds of times per dialogue: worked out once, when the turn is made.
    reader: Reader = field(init=False, repr=False, compare=False)
    """How the turn's language is read (English, Spanish or Chinese)."""
    judgeable: bool = field(init=False, repr=False, compare=False)
    """Whether the rubric can read the turn (English, or a language with a reader of its own)."""
    said: str = field(init=False, repr=False, compare=False)
    """The turn's cleaned text (its analysis's text)."""
    said_lower: str = field(init=False, repr=False, compare=False)
    """`said` in lower case (one string for every pattern asked of it: its hash is worked out once)."""
    text_lower: str = field(init=False, repr=False, compare=False)
    """`text` in lower case."""

    def __post_init__(self) -> None:
        readable_ = readable(self.reading)
        said = self.reading.clean if readable_ else self.reading.raw
        object.__setattr__(self, "reader", reader_of(self.reading))
        object.__setattr__(self, "judgeable", readable_)
        object.__setattr__(self, "said", said)
        object.__setattr__(self, "said_lower", said.lower())
        object.__setattr__(self, "text_lower", self.text.lower())

    # (what the turn does is read on first use: a customer turn's only if a criterion asks, see `_read`)

    def _read(self) -> TurnMoves:
        read = self.read
        if read is None:
            read = self.reader.read_turn(self.reading)
            object.__setattr__(self, "read", read)
        return read

    @cached_property
    def question(self) -> QuestionPrediction | None:
        """The question the turn asks (None: not a question)."""
        return self._read()[0]

    @cached_property
    def moves(self) -> frozenset[str]:
        return self._read()[1]

    @cached_property
    def evidence(self) -> Mapping[str, tuple[str, ...]]:
        """The words behind each move."""
        return self._read()[2]

    @cached_property
    def asked_words(self) -> frozenset[str]:
        """The content words of its sentences that ask (all its words when none does)."""
        if not readable(self.reading):
            return self.words
        r = self.reader
        asked = [s for s in r.sentences(self.reading.lower) if r.is_question(s)]
        return frozenset().union(*(r.words(s) for s in asked)) if asked else self.words

    @property
    def analysis(self) -> TurnAnalysis:
        """The full analysis of the turn, need level included (the rubric itself needs no need level)."""
        return analysis_of(self.reading, self._read())


def parse_turns(turns: object) -> list[Turn]:
    """Turn dicts ({"speaker", "text"}) as `Turn`s; any other key is ignored, bad items skipped."""
    if isinstance(turns, (str, bytes, Mapping)) or turns is None:
        return []
    try:
        items = list(turns)  # type: ignore[call-overload]
    except TypeError:
        return []
    plain = []
    for item in items:
        if isinstance(item, Mapping) and isinstance(item.get("speaker"), str) and isinstance(item.get("text"), str):
            plain.append((item["speaker"], item["text"], None))
    return annotated_turns(plain)


def annotated_turns(lines: Sequence[tuple[str, str, Annotation | None]]) -> list[Turn]:
    """(speaker, text, annotation) lines as `Turn`s: the simulator's channel for what it knows.

    Each turn is made once, with its links: the fields of every line are read first, then the customer
    turns are made (a trainee turn links to the customer turns around it) and the trainee turns."""
    fields = _turn_fields(lines)
    customer = [kw["speaker"] == "customer" for kw in fields]
    out: list[Turn | None] = [None] * len(fields)
    for k in (k for k, said in enumerate(customer) if said):  # (answering a question the trainee just asked or not)
        asked = k > 0 and not customer[k - 1] and fields[k - 1]["read"][0] is not None
        out[k] = Turn(**fields[k], answers_question=asked)
    for k in (k for k, said in enumerate(customer) if not said):  # (linked to the customer turns around it)
        nxt = out[k + 1] if k + 1 < len(out) and customer[k + 1] else None
        prev = out[k - 1] if k > 0 and customer[k - 1] else None
        out[k] = Turn(**fields[k], answered=nxt is not None, after=prev, reply=nxt)
    return out  # type: ignore[return-value]


#: The languages a line of a conversation in another language may be mistaken for, by its words alone: English (short
#: lines), and for Spanish its neighbours Portuguese and Italian.
_READ_AS: dict[str, tuple[str, ...]] = {"es": ("en", "pt", "it")}


def _turn_fields(lines: Sequence[tuple[str, str, Annotation | None]]) -> list[dict]:
    """The fields of the `Turn` of each line a speaker we know said (but for its links to other turns)."""
    out: list[dict] = []
    customer_said: list[str] = []
    known = [(role, text, note) for speaker, text, note in lines if (role := _SPEAKERS.get(str(speaker).strip().lower()))]
    texts = [normalise(text) for _, text, _ in known]
    main = conversation_language([t.language for t in texts])
    for (role, text, note), t in zip(known, texts):
        if main in readers.LANGUAGES and t.language in _READ_AS.get(main, ("en",)) and has_words_of(t.clean, main):
            # a short line of a Spanish conversation that reads as English by its words alone ("Listo. A las 5 paso.",
            # "Yo no vine aquí a que me llamen mentiroso.") or as Portuguese ("O sea, que me llama por cuatro trastos.")
            # is Spanish
            t = replace(t, judgeable=False, reason="language", language=main)
        r = reader_of(t)
        if role == "customer":
            customer_said.append(t.lower)
        # a customer turn is read only if a criterion asks what it does
        read = r.read_turn(t) if role == "trainee" else None
        level = objections = None
        if note is not None and read is not None:
            q, moves, evidence = read
            extra = frozenset(x for x in note.tags if x in MOVES) - moves
            if readable(t) and extra:
                moves = moves | extra
            if note.tags and "paraphrase" in moves and "paraphrase" not in note.tags:
                # a scripted line its author did not mean as a summary ("You know this street. What…?")
                moves = moves - {"paraphrase"}
            read = (q, moves, evidence)
        if read is not None and read[1] & TOPIC_MOVES:
            q, moves, evidence = read
            kept = in_customer_context(moves, evidence, t.lower, customer_said)  # "this discount" of hers offers none
            if kept != moves:
                read = (q, kept, {m: e for m, e in evidence.items() if m in kept})
        if note is not None:
            level = note.level if role == "trainee" and note.level in NEED_LEVELS else None
            if role == "customer" and note.objections is not None:
                objections = tuple(o for o in note.objections if o in OBJECTION_PATTERNS)
        out.append(dict(index=len(out), speaker=role, text=t.raw if isinstance(text, str) else text, reading=t, level=level,
                        objections=objections,
                        words=r.words(t.lower) if readable(t) else frozenset(),
                        best=bool(note is not None and note.best and role == "trainee"), read=read,
                        agreed=bool(note is not None and note.agrees and role == "customer"),
                        confirms_need=bool(note is not None and note.confirms_need and role == "customer"),
                        found=note.found if note is not None and role == "trainee" and note.found in NEED_LEVELS else None))
    return out


# -- what a trainee turn is for ------------------------------------------------------------
def customer_agreed(turn: Turn, turns: list[Turn] | None = None) -> bool:
    """Whether the customer line before this trainee turn agreed to go ahead. Given the whole exchange,
    a yes that answered a question about the need ("Was it the bed linen?" - "Yes, in a way") agreed to nothing."""
    before = turn.after
    asked = turns[before.index - 1] if turns is not None and before is not None and before.index > 0 else None
    if asked is not None and asked.speaker == "trainee" and asked.moves & {"closing", "commitment"} and accepted(asked):
        return True  # "Shall I book him?" - "Saturday after ten."
    if (asked is not None and asked.speaker == "trainee" and _WAY_OFFERED.search(asked.said_lower)
            and _picks_an_option(asked, before)):
        return True  # "Do you want it all in cash, or some on your card?" - "Cash. All cash.": the way to go ahead chosen
    if turns is not None and before is not None and not before.agreed and not any(
            x.speaker == "trainee" for x in turns[: before.index]):
        # the customer's opening line: a question agrees to nothing ("hi, is english ok?"); a statement may
        # ("Starting in April? That I can manage.")
        return _yes(before, statements_only=True)
    if _welcomes(before):
        return True  # "A free day? Yes, that'd be great." welcomes what the question offered
    if not _yes(before):
        return False
    if asked is None or before.agreed:
        return True
    return not (asked.speaker == "trainee" and is_discovery(asked))


#: A choice of how to go ahead put to the customer ("Do you want it all in cash, or some on your card?").
_WAY_OFFERED = re.compile(r"\b(?:do you want|would you like|would you prefer|do you prefer|would you rather|shall i|should i|want me to)\b[^.?!]* or ")
#: A customer welcoming what was offered: "yes please", "that'd be great", "that would make me feel so much better".
_WELCOMES = re.compile(r"\byes,? please\b|\bthat(?:'d| would)(?: \w+)? (?:be|make|help)\b[^.?!]{0,30}?"
                       r"\b(?:great|lovely|perfect|brilliant|wonderful|fantastic|helpful|a (?:big |great |real )?help|better|easier|a relief|"
                       r"a (?:mercy|godsend|lifesaver|life saver|blessing))\b|"
                       r"\bthat(?:'d| would)(?: \w+)? help\b|\b(?:that's|that is|what) (?:such )?a (?:weight off|relief)\b|"
                       # told to go ahead: "Lot 14, by the KFC. Hold it, I have no time to run around."
                       r"(?:^|[.!;] )(?:ok(?:ay)?,? |yes,? |right,? )?(?:please )?(?:hold|reserve|book) (?:it|them|that|one)(?: for (?:me|us))?(?=[.,!;]|$)")


def _welcomes(turn: Turn | None) -> bool:
    """Whether a customer turn welcomes what was offered (English), with no "but" and no holding back."""
    if turn is None or turn.reader.code != "en":
        return False
    lower = turn.said_lower or turn.text_lower
    return (bool(_WELCOMES.search(lower)) and not turn.reader.says("but", lower) and not hesitates(turn)
            and not corrects(turn, after_claim=False))


_REFUSES = re.compile(r"^(?:no|nope|nah|yeah,? nah|not|never|sorry|i don't|we don't|i can't|we can't|i'm not|we're not)\b"
                      r"(?!\W+(?:chuck|throw|stick|put) (?:the|a|that|those|them|it|one) (?:[\w-]+ )?in\b)")


_BUT = re.compile(r"\b(?:but|though|however|although|except|only if|unless)\b")
_NOT = re.compile(r"\b(?:not|no|never|nothing)\b|n't\b")


def _agrees(lower: str, r: Reader | None = None) -> bool:
    """A customer line with a word of agreement that does not open by refusing."""
    r = r or ENGLISH
    return r.says("agrees", lower) and not r.says("refuses", lower)


#: Negative words that agree ("a look won't hurt", "no problem", "no worries", "not bad at all").
_AGREEING_NEGATIVES = re.compile(r"\b(?:(?:won't|can't|wouldn't|couldn't|doesn't) hurt|no harm(?: in (?:that|trying|asking|looking))?|no problem|no worries|"
                                 r"not a problem|not bad(?: at all)?|why not|i (?:wouldn't|would not|would never|never would) have thought of (?:that|it)|"
                                 # surprise, not a no: "¡No manches! Okay, gracias, text me."
                                 r"no manches|no mames|no inventes)\b")


def _unqualified(lower: str, r: Reader) -> bool:
    """A customer line with no "but" and no "no" or "not" in it (but for the negatives that agree: "no problem")."""
    if r.code == "en":
        lower = _AGREEING_NEGATIVES.sub(" ", lower)
    return not r.says("but", lower) and not r.says("negation", lower)


#: A greeting a line opens with ("Good afternoon. Yes. We are a wholesale distributor…"): no farewell.
_GREETING = re.compile(r"^\W*(?:good (?:morning|afternoon|evening|day)|hello|hi|hey)\b\W*")


def says_yes(lower: str, r: Reader | None = None) -> bool:
    """Whether a customer line agrees ("Monday is fine, after nine", "Yes, go ahead") with no "but"."""
    r = r or ENGLISH
    return _agrees(lower, r) and _unqualified(lower, r) and not r.says("walks_away", _GREETING.sub("", lower))


def thanks(lower: str, r: Reader | None = None) -> bool:
    """Whether a customer line thanks the trainee with no "but" and no "no" ("Thank you. That's much better."),
    and is no polite way out ("I'll just come back another time. Thanks.")."""
    r = r or ENGLISH
    return (r.says("thanks", lower) and _unqualified(lower, r) and not r.says("refuses", lower)
            and not r.says("walks_away", lower) and not r.says("polite_exit", lower))


def goes_along(turn: Turn) -> bool:
    """Whether a customer line goes along with the trainee rather than pushing back: it says yes, thanks
    them, needs nothing more ("No, that's all") or only asks about what was proposed."""
    lower, r = turn.said_lower or turn.text_lower, turn.reader
    if r.says("puts_off", lower):
        return False  # "Okay, send it and I'll come back to you.": a yes to the paper, the decision put off
    if _price_words(lower, r):
        return r.says("nothing_more", lower)  # "Okay. Hmm, that's a bit more than we thought.": the words decide
    return (says_yes(lower, r) or thanks(lower, r) or r.says("nothing_more", lower) or only_asks(turn)
            or _agrees_then_goes_on(lower, r)
            or r.code == "en" and bool(_NEW_TO_ME.search(lower)) and not r.says("but", lower))


#: Something the trainee raised that the customer had not thought of ("No, we fold by hand. I didn't think of that.";
#: in the read sets 17 of 18 such lines are answers, one goes on "But I don't want to pay full price"): taken in, not
#: "I'll think about it".
_NEW_TO_ME = re.compile(r"\bi (?:didn't|did not|never|hadn't|had not) (?:think|thought) (?:about|of)\b")


def _agrees_then_goes_on(lower: str, r: Reader) -> bool:
    """A line that opens by agreeing and then only asks or tells how it suits them ("Friday noon works. So I
    don't need a backup dress?", "Off-peak would work, I'm home during the day. I'll do the three days first."):
    no later sentence turns on "but", says no or holds the decision back."""
    said = r.sentences(lower)
    if len(said) < 2 or not says_yes(said[0], r) or r.says("hesitates", lower):
        return False
    return all(r.is_question(s) or _unqualified(s, r) and not r.says("refuses", s) and not _price_words(s, r)
               for s in said[1:])


#: Objection patterns whose words after a yes still object (the price); "…try Southbank first", "I'll come back after
#: six" have the words of putting it off, and are often the next step agreed.
_MONEY_PATTERNS = frozenset({"too_expensive", "no_money"})
#: The weight of an objection cue too common in plain answers to say on its own that a line objects ("three years",
#: "a month": about half the training lines holding one object).
WEAK_CUE = 1.0


def _price_words(sentence: str, r: Reader) -> bool:
    """Whether a sentence has clear words of a price objection ("that's a bit more than we thought", "Ok, pero me
    aprieta", "好是好，就是有点超"): after an "Oh, okay." it is then no going along, and the in-dialogue reading decides."""
    if r.code != "en":
        return r.says("price_pushback", sentence)
    return (not _LESS_THAN_FEARED.search(sentence)
            and any(h.weight > WEAK_CUE and h.label in _MONEY_PATTERNS for h in objection_scores(normalise(sentence))[1]))


#: Relief at the price, with the words of a price objection ("that's a lot less than I expected", "cheaper than I thought").
_LESS_THAN_FEARED = re.compile(r"\b(?:less|cheaper|lower|fewer|not as (?:much|bad|expensive|dear))\b[^.!?]{0,20}\bthan\b")


#: Offers of paper, whose "Send it" often puts the decision off.
_PAPER_VERBS = frozenset({"send", "email", "e-mail", "post", "mail", "text", "forward", "leave", "drop", "give"})
#: What the trainee offers to do ("Shall I call the manager…?", "Do you want me to book it?"): its verb.
_OFFERED_TO = re.compile(r"\b(?:shall|should|can|could|may) i (\w+)|\b(?:do you want|would you like|want) me to (\w+)|"
                         r"\byou (?:could|can) (?:also |always |just )?(\w+)|\bwe (?:can|could) (?:also |just )?(\w+) (?=it|them|him|her|someone|a |an |the )")
#: Paper named in the trainee's line: sending it decides nothing ("Shall I send the quote?" - "Send it, I'll look."),
#: unlike sending the thing itself ("We can send it to your house tonight" - "Send it, please.").
_PAPER = re.compile(r"\b(?:quote|quotation|details|info|information|brochure|contract|proposal|link|list|prices?|summary|form|"
                    r"leaflet|comparison|documents?|estimate|options|both|figures|numbers|paperwork|spec|terms|offer|plan|catalogue|agreement|forms|"
                    r"invoice|receipt|letter|report|confirmation|photos?|pictures?|menu|schedule|timetable)\b")
#: Words a go-ahead may open with before the verb ("no no add him now", "ok, call her", "Yeah, do that.").
_GO_AHEAD_WORDS = r"(?:no|nah|ok|okay|yes|yeah|yep|sure|right|fine|then|so|alright|all right|great|perfect)"
_GO_AHEAD_OPENING = re.compile(rf"^(?:{_GO_AHEAD_WORDS}\W+)+")


#: First words of a question that is no proposal in the words of doing it ("Do you want…?", "So we…?").
_NOT_A_VERB = frozenset("do does did can could would will shall should is are was were have has had may might what how why when "
                        "where which who whose whom so and but or if you we i it that this there any anything ok okay right".split())


def _told_to_go_ahead(turn: Turn, reply: Turn) -> bool:
    """The customer's reply tells the trainee to do what they offered ("Shall I call the Elva manager?" -
    "Marju. Call Marju. Not on a Saturday.")."""
    if turn.reader.code != "en" or reply.reader.code != "en" or hesitates(reply):
        return False
    said = [_GO_AHEAD_OPENING.sub("", x.strip(" .,!")) for x in reply.reader.sentences(reply.said_lower)]
    offered = _OFFERED_TO.search(turn.said_lower)
    if offered is not None:
        verb = offered.group(1) or offered.group(2) or offered.group(3) or offered.group(4)
        if verb in _PAPER_VERBS and _PAPER.search(turn.said_lower):
            return False  # "Shall I send the contract?" - "Send it, I'll look.": paper taken, nothing decided
        if any(sent.startswith(verb + " ") for sent in said):
            return True
    # a proposal put as a question in the words of doing it, said back as the go-ahead ("…Pencil it in for a week, so
    # you can run it past him?" - "Oh that'd be tidy. Pencil it in, I'll ring you Friday.")
    heads = {words[:2] for q in turn.reader.sentences(turn.said_lower) if turn.reader.is_question(q)
             and len(words := word_tokens(q)) > 3 and words[0] not in _PAPER_VERBS and words[0] not in _NOT_A_VERB}
    return any(word_tokens(sent)[:2] in heads for sent in said if not reply.reader.is_question(sent))


_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s")
#: Unsure words (English): a line before a choice that says them doubts ("Hmm, I don't know what she has already"),
#: and a pick said with them picks nothing ("next year maybe").
_UNSURE = re.compile(r"^\W*(?:hm+|um+|uh+|er+)\b|\b(?:i )?(?:don't|dont|do not) know\b|\b(?:maybe|perhaps|possibly|probably|"
                     r"might|not sure|dunno|i guess|i suppose)\b")


def _doubted(turn: Turn | None) -> bool:
    """Whether a customer line doubts or holds back ("Hmm, I don't know what she has already.")."""
    return turn is not None and (hesitates(turn) or (turn.reader.code == "en" and bool(_UNSURE.search(turn.said_lower))))


#: A bare question which of the ways said before suits ("Which would you prefer?", "Which one works better for you?").
_WHICH_OF_THEM = re.compile(r"^(?:so,? |then,? )?which (?:one |of (?:the|those|these) (?:two |three )?(?:ways |options )?)?"
                            r"(?:would you (?:prefer|like|rather)|suits(?: you)?(?: best| better)?|works (?:best|better)(?: for you)?|"
                            r"do you (?:prefer|want))\W*$")


def _picks_an_option(turn: Turn, reply: Turn) -> bool:
    """The customer's reply picks one of the ways the trainee's last question offered ("Do you have the receipt, or
    shall I do it on your loyalty card?" - "On the card."): its first sentence takes up the words of one of them."""
    r = reply.reader
    said = turn.reader.sentences(turn.said_lower)
    asked = [s for s in said if turn.reader.is_question(s)]
    if asked and _WHICH_OF_THEM.match(asked[-1]) and said.index(asked[-1]) > 0:
        # the ways told first, then asked which ("…a technician can test it. Or watch usage for three days. Which would
        # you prefer?")
        asked[-1] = " ".join(said[:said.index(asked[-1])]).replace(". or ", " or ")
    if not asked or " or " not in asked[-1] or r.code != "en":
        return False
    parts = [part.strip(" ,;:—–-") for part in asked[-1].split(" or ")]
    # the options are the words next to each "or" ("…the rates, who should sign it, you or your director?"): what
    # comes before the last comma of the first and after the first comma of the others is the question around them
    options = [turn.reader.words(_CLAUSE_BREAK.split(part)[-1] if i == 0 else _CLAUSE_BREAK.split(part)[0])
               for i, part in enumerate(parts)]
    first = (r.sentences(reply.said_lower or reply.text_lower) or [""])[0]
    if (not first or r.says("negation", first) or r.says("refuses", first) or r.says("but", first) or hesitates(reply)
            or r.says("says_no", first) or _UNSURE.search(first) or _PUTS_OFF.search(reply.said_lower or reply.text_lower)):
        return False
    taken = r.words(first)
    shared = frozenset.intersection(*options)  # words every option has say nothing about which one was picked
    return any(option & taken - shared for option in options)


def _takes_the_step(turn: Turn, reply: Turn) -> bool:
    """The customer's last line takes the next step the trainee put to them ("…22nd or 29th, which suits you?" -
    "29th pls, mornings better"), with no "no", "but", "though" or goodbye in it."""
    lower, r = reply.said_lower or reply.text_lower, reply.reader
    return (accepted(turn) and not r.says("says_no", lower) and not r.says("but", lower) and " though" not in lower
            and not r.says("polite_exit", lower) and not r.says("walks_away", lower))


def accepted(turn: Turn) -> bool:
    """Whether the customer's reply to this trainee turn says yes to it ("Sunday is fine", "Then yes,
    the green one"): a proposal taken up at once was no push for a decision."""
    reply = turn.reply
    if reply is None:
        return False
    if _yes(reply, said_to=turn) or _told_to_go_ahead(turn, reply):
        return True
    if turn.moves & {"closing", "commitment"} and not _doubted(turn.after) and _picks_an_option(turn, reply):
        return True  # (a choice put over "Hmm, I don't know what she has" takes the yes for granted, picked or not)
    # "Shall I book him?" - "Saturday after ten. The bakers are free then.": a time given to a proposal takes it up
    lower, r = reply.said_lower or reply.text_lower, reply.reader
    return (bool(turn.moves & {"closing", "commitment"}) and r.says("time_said", lower) and not r.says("negation", lower)
            and not r.says("refuses", lower) and not r.says("but", lower) and not hesitates(reply) and not corrects(reply, after_claim=False))


def received_well(turn: Turn, turns: list[Turn]) -> bool:
    """Whether the customer's next line receives this trainee turn well: it says yes to a proposal, agrees with a
    statement, moves forward or agrees first, and neither takes offence, gets upset, puts the trainee right, objects,
    holds back, grudges nor leaves. A yes to a question the turn asked is an answer ("Did you read the checklist?" -
    "Yes, I did."), and "Right. Okay. Thank you." is manners: neither is a welcome."""
    reply = turn.reply
    if reply is None or reply.index != turn.index + 1 or not reply.judgeable:
        return False
    lower, r = reply.said_lower or reply.text_lower, reply.reader
    if (takes_offence(reply) or is_upset(reply) or corrects(reply, after_claim=False) or hesitates(reply)
            or r.says("walks_away", lower) or r.says("presses", lower) or r.says("repeat_complaint", lower)
            or r.says("grudging", lower) or r.says("but", lower) or raises_objection(turns, reply)[0]):
        return False
    proposal = bool(turn.moves & {"closing", "commitment"})
    if (not proposal and any(turn.reader.is_question(s.strip()) for s in turn.reader.sentences(turn.said_lower)[-1:])
            and not turn.reader.says("asks_view_of_offer", turn.said_lower)):
        return moves_forward(reply)  # (a yes to the trainee's "Does that sound like it covers it?" welcomes the offer)
    if r.code == "en" and _ACKNOWLEDGES_ONLY.match(lower):
        return False
    return (accepted(turn) if proposal else _yes(reply, statements_only=True, said_to=turn)) or moves_forward(reply) or _agrees_first(reply)


#: The words of an English acknowledgement ("Right.", "Okay.", "Thank you.", "Noted.").
_ACKNOWLEDGEMENT = (r"ok(?:ay)?|right|alright|all right|fine|sure|yes|yeah|yep|mm+|hm+|uh-huh|i see|understood|noted|got it|thanks|"
                    r"thank you|cheers|ta")
#: An English line of nothing but acknowledgement ("Right. Okay. Thank you.", "ok", "Fine. Thanks.").
_ACKNOWLEDGES_ONLY = re.compile(r"^(?:\W*(?:" + _ACKNOWLEDGEMENT + r")\b)+\W*$")


#: "It's fine, I'll find it on the site", "that's ok, I'll sort it myself": an offer turned down politely (English).
_DECLINES_POLITELY = re.compile(r"\b(?:it's|its|it is|that's|thats|that is) (?:fine|ok|okay|alright|all right)[,.!]*\s*(?:thanks?,? )?"
                                r"(?:i'll|ill|i will|i can|we'll|we will|i'd rather) (?:just )?(?:find|do|look|sort|manage|check|get|"
                                r"figure|handle|read|search|google|ask)\b")


def _yes_to_the_rest(before: Turn, turn: Turn) -> bool:
    """An English customer line that turns one thing down and ends saying yes to what else the trainee put to them ("no
    texts please my phone is a flip. the refund and the 5th is good"): its last sentence agrees, unqualified, about
    something the trainee's line named (not "No, too dear. The old one is good.": nothing the trainee named)."""
    if turn.reader.code != "en":
        return False
    said = turn.reader.sentences(turn.said_lower or turn.text_lower)
    return len(said) > 1 and says_yes(said[-1], turn.reader) and bool(turn.reader.words(said[-1]) & before.words)


def declines_politely(turn: Turn | None) -> bool:
    """Whether a customer line turns an offer down politely, doing it themselves ("its fine, ill find it on the site")."""
    return turn is not None and turn.reader.code == "en" and bool(_DECLINES_POLITELY.search(turn.said_lower or turn.text_lower))


#: A line that ends unsure ("Feels alright standing here. Not sure."): what it said before agrees to nothing yet.
_ENDS_UNSURE = re.compile(r"(?:^|[.!?,;] )(?:hmm+,? |um+,? |erm+,? |but,? )?(?:i'?m |im |we'?re )?not (?:so |too |really |quite )?sure"
                          r"(?: (?:though|yet|about (?:it|this|that)))?\W*$")


def _yes(turn: Turn | None, statements_only: bool = False, said_to: Turn | None = None) -> bool:
    """Whether a customer turn says yes: the simulator knows it, or a sentence agrees with no "but" in it
    ("It sounds sensible, but money is tight" is none; "Eight is fine. But what if…?" is), and the turn
    neither puts the trainee right nor holds the decision back ("okay thanks, we'll let you know")."""
    if turn is None:
        return False
    if turn.agreed:
        return True
    if corrects(turn, after_claim=False) or hesitates(turn):
        return False
    r = turn.reader
    lower = turn.said_lower or turn.text_lower
    if declines_politely(turn):
        return False  # "its fine, ill find it on the site. bye"
    if r.code == "en" and _ENDS_UNSURE.search(lower):
        return False  # (forty-ninth round, blind174 read) "Feels alright standing here. Not sure.": no yes yet
    # a sentence that agrees and neither refuses nor turns on "but" ("No one hurt. Yes, I have his details."); with
    # `statements_only`, a question ("is english ok?") is no such sentence
    # (in Spanish and Chinese also a sentence that is only a go-ahead: "Bueno, 18 mil no es tanto. Hágalo.", "那就办吧。")
    return any((r.says("agrees", s) or r.code != "en" and _ends_on_go_ahead(r, s))
               and not r.says("refuses", s) and not r.says("but", s)
               and not (statements_only and r.is_question(s.strip())) and not _asked_back(said_to, s)
               for s in (r.sentences(lower) or [lower]))


#: What opens a line that asks the trainee's words back in doubt ("Wait, should be fine?").
_ASKED_BACK_LEAD = re.compile(r"^\W*(?:(?:wait|hold on|hang on|sorry|what|huh|so|really|eh)[,.!]?\s+)*")


def _asked_back(before: Turn | None, sentence: str) -> bool:
    """Whether a customer sentence asks the English trainee line `before` back its own words as a question, in doubt
    ("Our scanner reads both, should be fine. Shall I invoice…?" - "Wait, should be fine? Last time…"): no yes, whatever
    they say."""
    if before is None or before.reader.code != "en" or not sentence.rstrip().endswith("?"):
        return False
    core = _ASKED_BACK_LEAD.sub("", sentence).strip(" ?!.")
    return len(core.split()) >= 2 and core in before.said_lower


#: A customer holding back a decision: "Let me sleep on it", "I'll think about it", "I'm not sure I trust this yet".
_HESITATES = re.compile(r"\b(?:let me (?:sleep on|think)|i(?:'ll| will| need to| want to| have to|'d like to|'d rather) "
                        r"(?:think|sleep on|mull)|think (?:it|this|that) over|"
                        r"not (?:so |too |quite )?sure (?:yet|about (?:it|this|that|buying|signing|going ahead)|i (?:want|need|trust|can))|"
                        r"not ready (?:to|yet)|need (?:more |some )?time to (?:think|decide)|don't know you|"
                        r"(?:we|i)(?:'ll| will) (?:have a (?:look|think)|let you know|get back to you)|"
                        r"(?:we|i)(?:'ll| will) (?:think|talk) (?:about )?it over|"
                        # a silent customer's "...Not yet.", "(a shake of the head) Not now."
                        r"(?:(?<=^)|(?<=[.…)!?] )|(?<=[.…]))not (?:now|yet))\b|"
                        # (blind90 read, fortieth round) the price said back in dismay: "3,800... I just paid for the furniture."
                        r"^\W*(?:[£$€]\s?)?(?:\d{1,3}(?:,\d{3})+|\d{3,})(?: [a-z]+)?\s*(?:\.\.\.|…)")


#: A summary that ends by asking what it left out ("Did I miss anything?"), and a reply that says nothing was.
_MISSED_ANYTHING = re.compile(r"\b(?:did|have) i (?:miss|missed|forget|forgotten|leave|left) (?:out )?(?:anything|something)\b|"
                              r"\banything i(?:'ve)? (?:missed|left out)\b|"
                              # the summary's own "what else?": "Is there something more?", "Anything missing?", "Anything else?"
                              r"\b(?:something|anything) (?:more|missing|else)\s*\??\s*$|\bis there more\b|\bis that (?:everything|all)\b")
_NOTHING_MISSED = re.compile(r"^(?:no|nope|nothing|not really|that's (?:all|everything|it)\b)\b")


#: A reply that stops the trainee mid-step ("Hang on, shouldn't we check they open first?", "Wait, should be fine?",
#: "Whoa, I'm just looking"); not "ok wait... yes it worked" (waiting for the screen).
_STOPS_THEM = re.compile(r"^\W*(?:(?:um+|uh+|erm+|oh|ok|okay|card|cash|yes|yeah|sorry)\W+)?(?:wait|hang on|hold on|whoa|woah)\b(?!\s*(?:\.\.|…))")


def stops_the_step(turn: Turn | None) -> bool:
    """Whether an English customer reply opens by stopping what the trainee just set in motion (forty-ninth round: 35 of
    the 37 read replies that open so after a proposal or a promise are on a worse or gaming side). English only: a reader
    pattern would need a Spanish and a Chinese one (every pattern English has, they have), and none was measured."""
    return (turn is not None and turn.speaker == "customer" and turn.reader.code == "en"
            and bool(_STOPS_THEM.match(turn.said_lower or turn.text_lower)))


def hesitates(turn: Turn | None) -> bool:
    """Whether a customer turn holds back a decision, read in its language ("Let me sleep on it",
    "Déjeme pensarlo", "我再考虑一下")."""
    return turn is not None and turn.reader.says("hesitates", turn.text_lower)


def turned_down(turn: Turn) -> bool:
    """Whether the customer's reply to this trainee turn says no to it ("Neither, I just want it fixed")."""
    reply = turn.reply
    if reply is None:
        return False
    lower = reply.said_lower or reply.text_lower
    return reply.reader.says("says_no", lower) or reply.reader.says("refuses", lower)


def _says_something(text: str) -> bool:
    """Whether a line holds more than punctuation and spaces ("👍" says yes; "?" and "…" say nothing)."""
    return any(not unicodedata.category(c).startswith(("P", "Z", "C")) for c in text)


#: Thanks as the last sentence, after a "but" ("…But thanks for not giving me excuses.", "…but thank you.").
_THANKS_AFTER_ALL = re.compile(r"(?:^|[.!] )but (?:thanks|thank you)\b[^.!?]*[.!]?\s*$")


def where_left(turns: list[Turn]) -> tuple[Turn | None, str]:
    """The customer's last line after the trainee spoke, and where it leaves them: "left" (walked away
    unhappy), "pushes_back" (upset, putting the trainee right, pressing the point, saying it again or
    objecting), "grudging" (going along for want of another way: "I suppose it'll have to. Thanks."),
    "on_side" (says yes, thanks them or needs nothing more) or "open" (neither);
    (None, "") when the customer never answered (a bare "?" or "…" says nothing of where they stand)."""
    last = next((t for t in reversed(turns) if t.speaker == "customer" and _says_something(t.text) and t.index > 0
                 and any(p.speaker == "trainee" for p in turns[: t.index])), None)
    if last is None:
        return None, ""
    if walked_away(turns) is last:
        return last, "left"
    lower, r = last.said_lower or last.text_lower, last.reader
    pushed = (corrects(last, after_claim=False) or r.says("presses", lower) or r.says("repeat_complaint", lower)
              or takes_offence(last))
    if pushed or is_upset(last):
        # (only upset, with thanks for how it was handled as the last words: "I'm still very angry. But thanks for not
        # giving me excuses." leaves them neither won over nor pushing back)
        return last, "open" if not pushed and r.code == "en" and _THANKS_AFTER_ALL.search(lower) else "pushes_back"
    before = turns[last.index - 1]
    if before.speaker == "trainee" and _only_takes_the_paper(before, last):
        return last, "open"  # "I'll email you the quote." - "Sure, email it over, thanks!": nothing decided, nothing refused
    if raises_objection(turns, last)[0]:  # a doubt the trainee then met with a next step stays open
        if _goes_ahead_after_all(last):
            return last, "on_side"  # "I was gonna just buy a new one, but I really want those photos. Do it."
        return last, ("open" if _answered_with_next_step(turns, last) or _not_now_to_an_optional_extra(turns, last)
                      or _says_it_works(last)  # (the fault gone, with a word for next time: "嗯 不叫了 下回仔细些")
                      or _takes_it_up_for_later(turns, last)
                      or _takes_the_step_then_decides(turns, last) or proposes_another_time(last) or yes_another_day(last)
                      or _back_then(last)
                      or _pleased_then_consults(last)
                      # (or a doubt said with a yes to the step: "…she'll want to see it first anyway. Thursday evening.")
                      or before.speaker == "trainee" and before.moves & {"closing", "commitment"}
                      and last.reader.says("time_said", lower) and accepted(before) else "pushes_back")
    if r.says("grudging", lower):
        return last, "grudging"  # going along for want of another way is not won over
    if before.speaker == "trainee" and (_waves_off_a_favour(before, last) or moves_forward(last) or _yes_to_the_rest(before, last)):
        return last, "on_side"  # "no need to split, i can pay it. thanks so much": glad of the offer, not needing it
    if before.speaker == "trainee" and "what_else" in before.moves and _no_with_warm_thanks(last):
        return last, "on_side"  # "Anything else?" - "No, thank you, bhai." / "no thats all, thank u so much"
    if declines_politely(last) or (last.reader.code == "en" and _PAPER_TO_TAKE.search(lower)):
        return last, "open"  # "It's fine, I'll find it on the site. Bye." takes nothing the trainee offered; "Yeah. I gotta
        #                      get back. You got a pamphlet or something I can take?" takes paper away, not the offer
    if r.code == "en" and r.says("puts_off", lower) and not r.says("nothing_more", lower):
        return last, "open"  # "Ok, I call back.", "ok i let you know": a yes to ending the call, the decision put off
    if (says_yes(lower, r) or thanks(lower, r) or r.says("nothing_more", lower) or _agrees_first(last) or _goes_ahead_after_all(last)
            or before.speaker == "trainee" and (_told_to_go_ahead(before, last) or _takes_the_step(before, last))
            or _says_it_works(last)):
        return last, "on_side"  # (…or says what they came for now works: "Done. Oh, it's working. The news is up.")  # (…or takes one of the ways offered: "Thursday collection is better, …")
    return last, "open"


def reads_as(turn: Turn, english: re.Pattern[str], key: str, text: str | None = None) -> bool:
    """Whether a line (or `text` of it) says what `english` reads in an English line, or what its reader's pattern
    `key` reads in another language: one rule, each language's words."""
    lower = (turn.said_lower or turn.text_lower) if text is None else text
    return bool(english.search(lower)) if turn.reader.code == "en" else turn.reader.says(key, lower)


def _says_it_works(turn: Turn) -> bool:
    """Whether a customer line says what they came for works now, with no "not" in it ("Oh, it's working.", "¡Ya! Abrió
    el periódico.", "好了，这回一捏就住了")."""
    lower, r = turn.said_lower or turn.text_lower, turn.reader
    if r.code == "en":
        return bool(_WORKS_NOW.search(lower)) and not r.says("negation", lower)
    # (the words that say it works may hold a "not" of their own: "不叫了", the squeal gone)
    return r.says("works_now", lower) and not r.says("negation", r.patterns["works_now"].sub(" ", r.fold(lower)))


#: The customer saying the fix worked ("Oh, it's working.", "That did it!", "it connects now").
_WORKS_NOW = re.compile(r"\b(?:it's|it is|its|that's|everything's|everything is) (?:all )?(?:working|fixed|sorted|connected|back on|back up)"
                        r"(?: now| again)?\b|\b(?:it|that) (?:works|connects|prints|loads) (?:now|again)\b|\bthat (?:did|done) it\b|"
                        r"\bthat(?:'s| has) (?:done|fixed) it\b|\b(?:it|that) worked\b")
#: Asking for paper to take away ("You got a pamphlet or something I can take?", "a leaflet to read at home").
_PAPER_TO_TAKE = re.compile(r"\b(?:pamphlets?|brochures?|leaflets?|flyers?)\b|\bsomething (?:i|we) can (?:take|read|look at|show)\b")


#: The trainee offering to send something to read ("I'll email you the quote", "Let me text you the prices").
_OFFERS_PAPER = re.compile(r"\b(?:i'll|i will|we'll|we will|let me|i can|we can|shall i|should i|i'm going to|i am going to) (?:also |just )?"
                           r"(?:e-?mail|send|text|forward|post|mail|whatsapp|message)\b[^.?!]{0,40}" + _PAPER.pattern)
#: A customer line that only says yes to being sent it ("ok, send it over", "Sure, email me the quote.").
_SEND_IT = re.compile(r"^\W*(?:(?:ok|okay|sure|yes|yeah|yep|great|perfect|fine|sounds good|alright|please|thanks|thank you|cool)\W+)*"
                      r"(?:(?:please|just) )?(?:send|email|e-mail|text|forward|whatsapp) (?:it|that|them|this|me)(?: (?:over|through|across|to me|"
                      r"please|then|now|the \w+|me the \w+))*\W*(?:(?:thanks|thank you|cheers|ta)\W*)?$")


def _only_takes_the_paper(before: Turn, last: Turn) -> bool:
    """Whether the customer's last line only says yes to the quote or the details the trainee offered to send ("Te mando la
    cotización por mail y lo ven." - "dale mandámela"; "我把报价发您微信" - "好的，发我吧"): paper taken away, nothing
    decided, as a leaflet asked for is (open, not on the trainee's side). Both are read in the offer's language (a
    two-word reply says too little to tell its own)."""
    lower = last.said_lower or last.text_lower
    return (reads_as(before, _OFFERS_PAPER, "offers_paper") and reads_as(before, _SEND_IT, "send_it", lower)
            and not moves_forward(last))


def _no_with_warm_thanks(turn: Turn) -> bool:
    """An English line that says no and thanks in three words or more ("no thats all, thank u so much"), not a curt
    "no. thanks"."""
    lower, r = turn.said_lower or turn.text_lower, turn.reader
    if r.code != "en" or not _TURNS_DOWN.match(lower):
        return False
    rest = _TURNS_DOWN.sub("", lower, count=1).strip(" ,.!")
    return thanks(rest, r) and len(rest.split()) >= 3


#: An offer made with no pressure on it ("…if you like", "only if you want", "no need to decide anything now").
_NO_PRESSURE = re.compile(r"\b(?:if you (?:like|want|wish|fancy|want it|like it)|only if you want|no need to decide|no obligation|"
                          r"no pressure|no hard feelings|just say|(?:it's|that's) up to you|your call)\b")
#: Putting something off for now, softly ("maybe later", "not just now", "another time", "maybe next month").
_NOT_NOW = re.compile(r"\b(?:maybe (?:later|another time|next (?:month|week|year|time))|not (?:just |right )?now|another time|"
                      r"some other time|(?:one thing at a time))\b")


def _not_now_to_an_optional_extra(turns: list[Turn], last: Turn) -> bool:
    """Whether the customer's last line softly puts off something the trainee offered with no pressure on it
    ("…if you ever want a leaflet about our service plan, just say, but there's no need to decide anything now." -
    "Not just now, love. Let's get it working first."): an extra turned down for now, neither won nor pushed back."""
    before = turns[last.index - 1]
    if before.speaker != "trainee" or last.reader.code != "en" or before.moves & PUSHING:
        return False
    lower = last.said_lower or last.text_lower
    return bool(_NO_PRESSURE.search(before.said_lower) and _NOT_NOW.search(lower)) and not last.reader.says("walks_away", lower)


#: A step put forward in a question or a suggestion ("Why not send one half-container with us next month…?").
_PUTS_FORWARD = re.compile(r"\b(?:why not|how about|what about|let's|shall we|would you like to|you could (?:send|bring|try|start)|"
                           r"(?:would|could) you (?:start|begin) (?:with|by)|i(?:'d| would)? suggest)\b")  # ("Would you start with the audit only…?")
#: A first sentence that says yes to the step ("One test shipment, okay.", "Alright."), and a last word leaning to yes
#: ("…but I think yes").
_OKAY_FIRST = re.compile(r"^\W*(?:(?:ok(?:ay)?|alright|all right|fine|sure|yes|yeah)\b|[^.?!]{0,40}\b(?:ok(?:ay)?|alright|fine|"
                         r"(?:i|we) can (?:agree to|do|go with|live with)(?: that)?)\W*$)")  # ("The audit I can agree to.")
_LEANS_YES = re.compile(r"\b(?:but )?(?:i think|probably|most likely) (?:yes|yeah|we will|i will|it's a yes)\W*$|"
                        r"\b(?:yes|yeah|ok|okay),? why not\W*$")  # ("1,100, it's more than I pay now. But a trial, yes, why not.")


def _takes_it_up_for_later(turns: list[Turn], last: Turn) -> bool:
    """A Spanish or Chinese last line that opens by going along or asking for the paper ("Listo, mándemela y lo hablo con
    mi hijo", "行 那你寄过来吧 我叫我儿子看看再说", "那两个价都报过来，我跟老板说说。") after a step the trainee put forward
    without pushing, and leaves only the decision for later:
    open, not pushing back (the English lines have their own readings: `_takes_the_step_then_decides`,
    `_pleased_then_consults`)."""
    r = last.reader
    if r.code == "en" or last.index == 0:
        return False
    before = turns[last.index - 1]
    lower = last.said_lower or last.text_lower
    said = r.sentences(lower) or [lower]
    if before.speaker != "trainee" or before.moves & PUSHING or is_upset(last) or r.says("walks_away", lower):
        return False
    proposed = bool(before.moves & {"commitment", "closing", "evidence_offer"} or r.says("offer", before.said_lower)
                    or r.says("asks_view_of_offer", before.said_lower))
    return proposed and (r.says("goes_along", said[0]) or r.says("asks_for_paper", said[0])) and not r.says("but", lower)


def _pleased_then_consults(last: Turn) -> bool:
    """Whether the customer's last line likes what was put forward and then only wants to ask someone at home or at
    work ("Hmm, nicer than I thought. I will ask my husband, he waits in the car."): open, not pushing back. A price
    worry or a "but" in it is still one. (Read in the line's language: "Eso tiene sentido. Hablo con mi madre y le
    llamo.", "有道理，我回去跟我爱人商量一下。")"""
    lower = last.said_lower or last.text_lower
    said = last.reader.sentences(lower) or [lower]
    if last.reader.code == "zh":  # (a Chinese line says it clause by clause: "有道理，我回去跟我爱人商量一下。")
        said = [part for sent in said for part in _CLAUSES.split(sent) if part.strip()]
    pleased = [i for i, s in enumerate(said) if (reads_as(last, _PLEASED, "pleased", s) or last.reader.code == "en" and thanks(s, last.reader))
               and not last.reader.says("but", s)]
    # (in English, thanks and then the call put off are the same: "Okay, thank you. I'll call you.", forty-third round)
    return (bool(pleased) and any(reads_as(last, _CONSULTS, "consults", s) or last.reader.code == "en" and last.reader.says("puts_off", s)
                                  for s in said[pleased[0] + 1:])
            and not any(_price_words(s, last.reader) for s in said) and not is_upset(last))


#: A customer liking what was put forward: "that is better for him", "nicer than I thought", "that makes sense".
_PLEASED = re.compile(r"\b(?:that(?:'s| is| sounds| looks)|it(?:'s| is| sounds| looks)|this (?:is|sounds|looks)|sounds|looks)\b[^.!?]{0,20}?"
                      r"\b(?:good|better|great|nice|nicer|fair|right|reasonable|sensible|helpful|perfect|lovely|ideal)\b|"
                      r"\bmakes (?:a lot of |good )?sense\b|\b(?:i|we) like (?:it|that|this|the)\b|\b(?:nicer|better) than (?:i|we) (?:thought|expected)\b|"
                      # one of the options taken to: "Then international is better, no?"
                      r"^(?:(?:oh|ok|okay|right|so|then|yes|yeah|achha|acha)\W+)*(?:then )?(?:the )?[\w-]+ (?:one |warranty |option |plan )?"
                      r"(?:is|sounds|looks|seems) (?:much |far |a lot )?(?:better|best|good|great|perfect|ideal)\b(?![^.!?]*\bbut\b)|"
                      # (forty-eighth round, blind166 read) a one-word yes to it: "Perfect. I'll take it to my manager and let you know Monday."
                      r"^(?:(?:oh|ok|okay|yes|yeah)\W+)*(?:perfect|great|lovely|brilliant|excellent|fantastic|wonderful|ideal|super)\W*$")
#: Asking someone the decision is shared with: "I will ask my husband", "I must talk with my wife", "let me check with the boss".
_CONSULTS = re.compile(r"\b(?:ask|talk (?:to|with)|speak (?:to|with)|check with|show (?:it to )?|discuss (?:it )?with|run it (?:by|past)) "
                       r"(?:my|our|his|her|the) (?:wife|husband|partner|son|daughter|brother|sister|parents|father|mother|dad|mum|mom|"
                       r"boss|manager|family|accountant|board|director|owner)\b|"
                       # the details sent on to the one who decides: "Let me send her the specs first."
                       r"\b(?:send|show|forward|text|whatsapp|email|mail) (?:her|him|them|my (?:wife|husband|partner|son|daughter|boss|manager|father|mother|dad|mum|mom)) "
                       r"(?:the |these |those |this |that )?(?:specs|details|photos|pictures|quote|prices?|link|brochure|numbers|figures|options)\b")


def _takes_the_step_then_decides(turns: list[Turn], last: Turn) -> bool:
    """Whether the customer's last line takes the step the trainee just put forward and leaves only the decision for
    later ("…compare the arrival date and the real cost, and decide after that?" - "One test shipment, okay. I have to
    ask my partner, but I think yes."; "Send me his quote and I'll put them side by side" - "Alright. I'll bring it
    Friday, then decide."; in Spanish "Hoy solo la prueba, gratis…" - "Bueno, la prueba sí. Lo otro ya lo veremos."): open,
    not pushing back."""
    before = turns[last.index - 1]
    if before.speaker != "trainee" or before.moves & PUSHING:
        return False
    lower = last.said_lower or last.text_lower
    r = last.reader
    said = r.sentences(lower) or [lower]
    if r.says("walks_away", lower) or is_upset(last):
        return False
    if r.code == "zh":
        # (not a bare yes: its typed clauses "行吧你先发吧 我再看看" brush the trainee off; but the step the trainee offered,
        # taken first in its own words: "可以先骑一圈试试" - "三千六……比我想的贵点。我先骑一圈 回去跟我老汉商量下再来";
        # fifty-first round, zh/blind54 read)
        first = _ZH_FIRST_STEP.search(lower)
        return first is not None and first.group(1)[:2] in (before.said_lower or before.text_lower)
    if r.code != "en":
        return r.code == "es" and _yes_to_the_step_then_put_off(said, r, before)
    proposed = bool(before.moves & {"commitment", "closing"} or before.reader.says("offer", before.said_lower)
                    or before.reader.says("asks_view_of_offer", before.said_lower) or _PUTS_FORWARD.search(before.said_lower))
    # (the yes stands alone before what is put off: "Sure, I'll be in touch." puts it all off)
    takes = len(said) >= 2 and bool(_OKAY_FIRST.match(said[0])) and not _PUTS_OFF.search(said[0])
    # (fifty-first round, read sets) or tells the trainee to do the step before putting the decision off ("Hold it.
    # We'll decide by tomorrow.", "Write em down. I'll think on it over the weekend."): the step is taken
    told = len(said) >= 2 and any(_DO_THE_STEP.match(s) for s in said[:-1])
    return proposed and (takes or bool(_LEANS_YES.search(said[-1]))) or told or _step_after_doubt(before, said)


#: A short go-ahead to a step, said as an order ("Hold it.", "Write em down.", "That makes sense, check it first."); not paper
#: asked for ("Yeah... send it over. I'll have a look." brushes off).
_DO_THE_STEP = re.compile(r"^\W*(?:(?:ok(?:ay)?|yes|yeah|sure|right|fine|alright|good|great|that makes sense|makes sense|go on)\W+)*"
                          r"(?:hold|write|book|pencil|put|check|reserve|keep|order|run|test)"
                          r"(?: (?:it|that|them|em|'em|both|one|me|us|those|these|the (?:\w+ )?\w+))?"
                          r"(?: (?:down|in|over|through|aside|first|across|up|for me|to me|please|then|now))*\W*$")
#: The customer saying when they will come back or do their part ("I'll be back tomorrow.", "I come back Saturday.", "I'll
#: bring my ID tomorrow.", "Okay, my son will email it tonight."): a next step of their own, with its day (a day, not any
#: "when": "I'll call back when someone else is on." is no step).
_BACK_THEN = re.compile(r"\b(?:(?:i|we)(?:'ll| will| can| could| shall)?|(?:my|our) (?:son|daughter|wife|husband|partner|boss|brother|sister|"
                        r"manager|mum|mom|dad|father|mother|accountant)(?:'ll| will)) (?:come|be|pop|drop|bring|send|email|e-mail|"
                        r"call|ring|stop)(?: back| in| by| round| over)?\b[^.?!]{0,25}\b(?:tomorrow|tonight|this (?:afternoon|evening|week|weekend)|"
                        r"next week|on the \d|" + WEEKDAY + r")\b")


def _back_then(last: Turn) -> bool:
    """An English last line whose last sentence says when the customer will come back or do their part (`_BACK_THEN`),
    with no walk-out: open, not pushing back."""
    r = last.reader
    if r.code != "en":
        return False
    lower = last.said_lower or last.text_lower
    said = (r.sentences(lower) or [lower])[-1]
    return bool(_BACK_THEN.search(said)) and not r.says("walks_away", lower) and not is_upset(last)


#: A Chinese customer taking a step first ("我先骑一圈", "我们先试一个月"): the step's first words.
_ZH_FIRST_STEP = re.compile(r"(?:我|我们|俺)先([\u4e00-\u9fff]{2,4})")


def _yes_to_the_step_then_put_off(said: list[str], r: Reader, before: Turn) -> bool:
    """A Spanish line whose first sentence, of its own, says yes to what the trainee put forward (or names it in the
    trainee's words) and whose later sentences put the rest off ("Bueno, la prueba sí. Lo otro ya lo veremos.")."""
    first = said[0]
    return (len(said) >= 2 and (r.says("agrees", first) or r.says("yes_to_paper", first)) and not r.says("puts_off", first)
            and not r.says("but", first)
            and any(r.says("puts_off", s) for s in said[1:])
            and bool(before.moves & {"commitment", "closing", "evidence_offer"} or before.reader.says("offer", before.said_lower)
                     or r.words(first) & before.words))


#: A sentence that does something the speaker will do now: "Let me take the sample…", "But Bruno, okay, I'll bring him
#: this afternoon."
_DOES_IT = re.compile(r"(?:^\W*(?:(?:but|and|so|then|well)\W+)?(?:[\w'-]+,\s+)?|(?:,|\.\.\.|…|\bso\b|\bthen\b)\W*)"
                      r"(?:(?:ok(?:ay)?|alright|all right|fine|sure|yes|yeah)\W+)?"
                      r"(?:let me|let's|i'?ll|i will|we'?ll|we will) (?!not\b|never\b|think\b|have a think\b|wait\b|"
                      r"see\b(?! (?:the|a|an|your|that|this|those|these)\b)|pass\b|leave\b|"
                      r"(?:come|get|call|ring|phone|be) back\b|come (?:again|in again)\b)")


def _step_after_doubt(before: Turn, said: list[str]) -> bool:
    """A doubt first and then the step the trainee put forward, named in its words, with nothing after it but thanks
    ("Take a sample cover…" - "Hmm, 52 is a lot at once. Let me take the sample and show my partner."; "…ask the seller
    to fix or give you a credit" - "Two to five thousand. Okay, I'll tell my agent to ask for a credit. Thanks, that
    makes sense."): the words say it was proposed, however it was put. Talking it over with someone is the step when
    the trainee advised it ("…talk to them, they may share the cost" - "Twenty grand. Oof. Right, I'll talk to the
    neighbour before I do anything."), and the customer may ask for the step instead ("I'd measure first…" - "That's more
    than I hoped, but it has to be done. Can you measure next week?")."""
    if len(said) < 2 or _SAYS_NO.match(said[0]):
        return False
    asked = _ASKS_FOR_THE_STEP.match(said[-1])
    if asked and content_words(asked.group(1)) & before.words:
        return True
    for sentence in reversed(said[1:]):
        if _DOES_IT.search(sentence) and content_words(sentence) & before.words:
            put_off = _PUTS_OFF.search(sentence)
            consults = put_off and _TALK_TO.search(put_off.group(0))
            return not put_off or bool(consults and consults.group(0) in (before.said_lower or before.text_lower))
        if not _NOTHING_HELD_BACK.match(sentence):
            return False
    return False


#: A sentence of acknowledgement or assent only ("Thanks, that makes sense.", "Cheers."): nothing held back after a step
#: (more than `_ACKNOWLEDGES_ONLY`, whose manners welcome nothing: here "that makes sense" holds nothing back either).
_NOTHING_HELD_BACK = re.compile(r"^(?:\W*(?:" + _ACKNOWLEDGEMENT + r"|great|good|fair enough|(?:that )?makes sense|that helps)\b)+\W*$")
#: Talking it over with someone ("talk to the neighbour", "check with my wife"): the words of it the trainee may have advised.
_TALK_TO = re.compile(r"\b(?:talk|speak|check) (?:to|with)\b")
#: The customer asking the trainee to do something, with its verb ("Can you measure next week?", "Could you come and check
#: the boiler Friday?"); verbs that name no step of their own ("Can you do it cheaper?") are left out.
_ASKS_FOR_THE_STEP = re.compile(r"^\W*(?:(?:so|then|ok(?:ay)?|right|alright|well)\W+)*(?:can|could|would|will) you "
                                r"(?:come (?:and |to )?|please )?(?!(?:do|give|make|tell|explain|go|get|be|knock|take|lower|drop|"
                                r"match|beat|throw)\b)([a-z]+)\b")


#: Moves that make a trainee's last word no answer to a doubt, whatever it commits to.
_NO_ANSWER_MOVES = frozenset({"pressure", "argument", "rudeness", "upsell", "leading", "pitch", "paraphrase"})
#: Content words the trainee's last word needs to answer an objection (a "Thank you, all the best." answers nothing).
LAST_WORD_WORDS = 4


#: What a later contact or visit may be for that is the sale itself ("…to sign you up", "…and sign the contract").
_THE_SALE = (r"(?:sign|book|confirm|finali[sz]e|close|order|pay|buy|set (?:it|you|that) up|get (?:it|you|that) (?:started|signed|booked)|"
             r"take (?:the|a|your) (?:deposit|payment|order)|leave a deposit|put (?:a|the) deposit down)\b")
#: The trainee offering to get back in touch ("Shall I call Monday afternoon, once you've both looked?", "I'll ring you
#: Thursday"), not to take the order then ("Shall I call tomorrow to sign you up?").
_CALL_BACK = re.compile(r"\b(?:(?:shall|should|can|could|may) i|i(?:'ll| will)) (?:give you a |drop you a )?(?:call|ring|phone|email|"
                        r"text|line|check in|follow up)\b(?![^.?!]*\bto " + _THE_SALE + ")")
#: A visit that is for the sale ("Come in tomorrow and sign the contract", "Pop in Friday to pay the deposit").
_VISIT_TO_BUY = re.compile(r"\b(?:and|to) (?:\w+ )?" + _THE_SALE)


#: An offer to come and see the customer's place before anything is quoted or sold ("Want me to come look first?", "Can I
#: come see the surgery this week?"): more finding out, no push (read sets: 9 such turns on the better side, 2 on the worse).
_COME_AND_LOOK = re.compile(r"\b(?:want|shall|should|can|could|may) (?:me|i) (?:to )?(?:come|pop|swing|stop|drop) (?:by |over |out |round |around )?"
                            r"(?:to |and )?(?:take a |have a )?(?:look|see|measure|check|assess|inspect)\b")


#: A later visit put to the customer with its day ("Bring her in Saturday", "Come by on Thursday and try it"), or only a
#: day asked after the step is told ("I'll set up a meeting with their officer at our warehouse. Next Tuesday?").
_LATER_VISIT = re.compile(f"{LATER_VISIT}|{DAY_ASKED}")


def offers_later_contact(t: Turn) -> bool:
    """A closing that only offers to get back in touch later, asks the customer to come by on a day or asks only which
    day, selling nothing: the softest next step, no push (in Spanish and Chinese, as the lexicon's `offers_later` says)."""
    if t.moves & {"pitch", "upsell", "discount"}:
        return False
    if t.reader.code != "en":
        return "offers_later" in t.reader.patterns and t.reader.says("offers_later", t.said_lower)
    visits = t.evidence.get("closing", ())
    visit = _COME_AND_LOOK.search(t.said_lower) or (bool(visits) and all(_LATER_VISIT.fullmatch(e.lower()) for e in visits))
    return bool(_CALL_BACK.search(t.said_lower)) or bool(visit) and not _VISIT_TO_BUY.search(t.said_lower)


def _answered_with_next_step(turns: list[Turn], last: Turn) -> bool:
    """Whether the trainee answered the customer's closing objection by committing to a next step ("Of
    course. I'll send the quote and call you Monday"), without pushing or pitching; or had the last word with a
    reply that takes the objection up ("Twelve dollars a month... I can't spare that." - "Understood. Then I'll put
    big coloured labels on each bottle, no charge…"): how the customer took it is not known, so it stays open."""
    after = [t for t in turns[last.index + 1:] if t.speaker == "trainee" and t.text.strip()]
    if not after:
        return False
    reply = after[-1]
    if ("commitment" in reply.moves or offers_later_contact(reply)) and not reply.moves & _NO_ANSWER_MOVES:
        return True
    return (reply.index == last.index + 1 and reply.index == len(turns) - 1 and not reply.moves & (_NO_ANSWER_MOVES | {"closing"})
            and len(reply.words) >= LAST_WORD_WORDS and builds_on(reply))


#: A customer taking something ("I'll take the gold one", "Can you wrap it?", "How do I pay?").
_BUYS = re.compile(r"\b(?:i'll|i will|we'll|we will) (?:take|have|go with|get|buy|order|book)\b(?! (?:a|another) (?:look|think|minute|moment|second|while)\b)|"
                   r"\bcan you (?:wrap|gift[- ]wrap|deliver|box|bag|ring|ship) (?:it|them|that|this|those|these)\b|"
                   r"\bhow (?:do|can|shall) (?:i|we) pay\b|\b(?:can|could) i pay (?:by|with|in)\b")
#: A customer who comes to book or order a particular thing ("Can we book a room for Tuesdays?", "I'd like to order two more").
_COMES_TO_BOOK = re.compile(r"^(?:hi|hello|good (?:morning|afternoon|evening)|morning)?[,.!]? ?(?:(?:can|could|may) (?:i|we) (?:book|reserve|order)|"
                            r"i(?:'d| would) like to (?:book|reserve|order)|we(?:'d| would) like to (?:book|reserve|order)|i want to (?:book|reserve|order))\b")


def takes_it(turns: list[Turn], customer: Turn) -> bool:
    """Whether a customer line takes what the trainee just put forward ("…I think she loves that more. Can you wrap
    it?"), or opens the conversation by asking to book or order a particular thing: a choice about how comes next,
    no push for a decision."""
    if customer.reader.code != "en":
        return False
    lower = customer.said_lower
    if customer.index == 0:
        return bool(_COMES_TO_BOOK.search(lower))
    prev = turns[customer.index - 1]
    return (prev.speaker == "trainee" and bool(prev.moves & {"pitch", "closing", "commitment"} or prev.reader.says("offer", prev.said_lower))
            and bool(_BUYS.search(lower)) and not hesitates(customer) and not customer.reader.says("but", lower))


def need_confirmed(turns: list[Turn], turn: Turn) -> bool:
    """Whether, before this turn, the customer confirmed a summary of their need or accepted a proposal
    (or, in the simulator, had confirmed a need by the scenario's own reckoning)."""
    for t in turns[: turn.index]:
        if t.confirms_need:
            return True
        if t.speaker == "trainee" and t.moves & {"paraphrase", "hypothesis", "transformation"} and confirms(t.reply):
            return True
        if t.speaker == "customer" and takes_it(turns, t):
            return True  # "…I think she loves that more. Can you wrap it?", "Can we book a room for Tuesdays?"
        # a yes with no "but" ("It sounds sensible, but money is tight" confirms nothing)
        if t.speaker == "customer" and t.index > 0 and (t.agreed or says_yes(t.text_lower, t.reader) and not corrects(t)):
            prev = turns[t.index - 1]
            if prev.speaker == "trainee" and (prev.moves & {"paraphrase", "hypothesis", "transformation", "closing", "pitch"}
                                              or prev.reader.says("asks_view_of_offer", prev.said_lower)):
                return True  # …or a yes to what the trainee proposed ("…, would that take care of the stops?" - "Yes.")
    return False


@once_per_turn
def is_upset(turn: Turn) -> bool:
    """Whether a (customer) turn really sounds upset, read in its language."""
    return turn.reader.upset_level(turn.text)[0] >= UPSET_THRESHOLD


@once_per_turn
def is_discovery(turn: Turn) -> bool:
    """A question that looks for the customer's need (not a check, a test, a close or a push)."""
    q = turn.question
    lower = turn.said_lower
    if q is None or q.label == "identifying" or turn.reader.says("offer", lower) or turn.reader.says("checks_offer", lower):
        return False  # ("…how about this: I put together a draft menu… Does that sound good?" proposes)
    if turn.moves & (PUSHING | {"closing", "pitch", "discount"}) or ("commitment" in turn.moves and _asks_the_next_step(turn)):
        return False  # a push, an offer or a proposed next step ("Does ten o'clock suit?") looks for no need
    # a check ("So it's X, right?") or a test is not discovery; a reflection followed by an open question is,
    # and so is a closed question of its own after it ("Your granddaughter's right. Have you had a lesson yet?")
    return not (turn.moves & CHECKING and (q.form == "closed" and not _asks_apart_from_check(turn)
                                           or "hypothesis" in turn.moves))


#: A question that asks something of its own: a question word or a verb asking about the customer's side, not
#: "is that…", "that's what you're after, isn't it?", a tag, or a request or offer ("Can you bring him in now?",
#: "Would you like to meet an adviser?", "Would you compare the results with your own?").
_OWN_QUESTION = re.compile(r"^(?:(?:and|so|okay|ok|right|now|also|then)\W+)*(?!which\b.*\b(?:works?|suits?|prefer|like)\b|"
                           r"did you know\b|have you (?:also |ever )?(?:thought|considered)\b)(?:what|when|where|who|which|why|how|"
                           r"(?:do|does|did|have|has|had|is|are|was|were) (?!that\b|this\b|it\b|you (?:want|wanna|need me)\b)"
                           r"(?:you|he|she|they|we|your|his|her|their|the|any|anyone|anybody|there)\b|would you say\b)"
                           r"(?!.*,\s*(?:isn't|aren't|don't|doesn't|won't|wouldn't|didn't|haven't|hasn't|right|yeah|yes|no|"
                           r"correct|ok|okay|eh)\W*$)")


#: Moves a turn may make beside a question of its own that still asks about the need.
_CHECK_ALONGSIDE = frozenset({"paraphrase", "empathy", "apology"})


def _asks_apart_from_check(turn: Turn) -> bool:
    """Whether a turn that plays something back asks, in a sentence of its own, a question that is no check of it:
    none of the playback's words, no "is that right?", no frame of a summary, and mostly words the customer's last
    line did not have ("You're right, the photos were wide. Have you had a lesson yet?")."""
    r = turn.reader
    if r.code != "en" or turn.moves - _CHECK_ALONGSIDE:
        return False
    asked = [s for s in r.sentences(turn.said_lower) if r.is_question(s)]
    if not asked:
        return False
    phrases = [p.lower() for move in CHECKING for p in turn.evidence.get(move, ())]
    heard = turn.after.words if turn.after is not None else frozenset()
    for s in asked:
        if (not _OWN_QUESTION.match(s) or any(p in s or s in p for p in phrases) or _ASKS_CHECK.search(s)
                or _PLAYS_BACK.match(s) or SUMMARY_FRAME.search(s)):
            return False
        own = r.words(s)
        if own and len(own & heard) * 2 > len(own):
            return False
    return True


def _asks_the_next_step(turn: Turn) -> bool:
    """Whether a turn's next step is in a question ("Does ten o'clock suit?"), not only said beside one ("I'll put it
    on your booking. What do you need the car for?" still asks about the need). A next step the simulator tagged has
    no words to place: the whole turn proposes it."""
    r = turn.reader
    said = turn.evidence.get("commitment", ())
    asked = [s for s in r.sentences(turn.said_lower) if r.is_question(s)]
    return not said or not asked or any(phrase in s for phrase in said for s in asked)


#: A plan put forward and then the customer's view asked of it, as the turn's last words ("…I put together a
#: draft menu and you come in for a tasting. Does that sound good?"): a proposal, not a question about the need.
_CHECKS_OFFER = re.compile(r"[.!:;,] (?:so,? |then,? )?(?:(?:does|would|how does) (?:that|this) sound(?: \w+){0,3}|would (?:that|this) work(?: for you)?|"
                           r"what do you (?:think|say)(?: (?:of|about) (?:that|this|it))?|how does that sound to you)\?*$")


#: A question clause inside a sentence: a comma, then a question word and a verb ("…, what's your income").
#: A question's opening that points at the customer's words before asking ("When you say too slow, …").
_LEAD_IN = re.compile(r"^(?:so,? |and |ok(?:ay)?,? )?when you (?:say|said|mention(?:ed)?)\b")
_ASKED_CLAUSE = re.compile(r"(?:^|[,;] (?:and |or )?)(?:what(?:'s| is| are| do| does| did| would| happened| changed| went| broke| caused| made)|how (?:do|does|did|would|much|many|long|often)|"
                           r"when (?:do|did|would|can|could|will|are|is|you say)|where (?:do|did|is|are)|why (?:do|did|is)|who (?:is|are|else|do)|"
                           r"(?:do|does|did|are|is|can|could|would|will) (?:you|he|she|they|we|your)|"
                           r"tell me (?:about|more|how|what|why)|(?:walk|talk|take) me through|describe|explain)\b")


#: Where a sentence splits into the items of a list.
_LIST_SPLIT = {"en": re.compile(r",|\band\b"), "es": re.compile(r",|\by\b|\bo\b|\bni\b"),
               "zh": re.compile(r"[,，、;；]")}
#: A thousands separator inside a figure ("1,450"), and a list item that is only a figure ("990", "€760?").
_THOUSANDS = re.compile(r"(\d)[,.](\d{3})\b")
_FIGURE_ITEM = re.compile(r"^\W*\d[\d.,:]*\W*$")
#: The most words (Chinese: characters) of an item that is a bare word rather than a phrase.
_BARE_ITEM = {"en": 2, "es": 2, "zh": 4}
#: Words between commas that are no item of a list: discourse markers and spoken fillers ("so, um, is it for, like, …").
_DISCOURSE = re.compile(r"^(?:oh|ah|okay|ok|right|so|first|firstly|then|now|well|and|but|sorry|oh no|great|thanks|hi|hello|"
                        r"um+|uh+|er+|erm|hmm+|mm+|like|you know|i mean|yeah|kind of|sort of|basically|actually|really|huh)[.!?]?$")


#: A question that opens by naming who it is for ("Andrés, is a weekend migration enough?"): a capitalised word
#: and a comma, not a word that opens any sentence ("So, …", "Okay, …").
_ADDRESSED = re.compile(r"^\s*([A-ZÁÉÍÓÚÑ][\w'-]+),\s")
_NOT_A_NAME = frozenset({"so", "okay", "ok", "right", "and", "but", "well", "now", "then", "great", "good", "sure",
                         "also", "first", "finally", "honestly", "yes", "no", "oh", "alright", "perfect", "lastly"})


def _addressed(questions: list[str]) -> set[str]:
    """The different people a turn's questions are put to by name, one question each."""
    names = [m.group(1).lower() for m in (_ADDRESSED.match(q) for q in questions) if m]
    names = [n for n in names if n not in _NOT_A_NAME]
    return set(names) if len(names) == len(set(names)) else set()


#: Moves that make a stack of questions pushed at the customer, answered or not.
_PUSHED_AT = frozenset({"pitch", "leading", "pressure", "upsell", "closing", "discount", "rudeness", "argument"})
#: A question that ends on a tag ("…, isn't it?", "…, do you?", "…, right?").
_TAG_ENDING = re.compile(r",\s*(?:(?:is|are|was|were|do|does|did|have|has|will|would|can|could|should)(?:n't)?\s+"
                         r"(?:it|you|they|we|he|she|that|there|i)|right|yeah|no|eh)\s*\?+$")
#: Content words per stacked question a customer's reply needs to have answered the stack.
STACK_ANSWER_WORDS = 2


#: A question that only checks what was just said ("do you agree, or...", "does that not sound right to you?").
_CHECK_ONLY = re.compile(r"^\W*(?:(?:um|uh|so|and|or|like|but)\W+)*(?:do you (?:agree|think so)|(?:does|do|would) (?:that|this|it) "
                         r"(?:not )?(?:sound|seem|feel) (?:right|fair|correct|true|about right)(?: to you)?|is (?:that|this|it) "
                         r"(?:not )?(?:right|correct|fair|true|about right)|am i (?:right|close)|(?:did|have) i (?:got|get|understood|"
                         r"understand) (?:that|this|it|you) (?:right|correctly))\b[^?]{0,12}\?*$")


def _answers_the_stack(turn: Turn, asked: list[str]) -> bool:
    """Whether the customer's reply answers a stack of short questions in full ("Which room, and what are the walls
    like? Any damp?" - "The bathroom. Plaster, and some black mould above the shower."): a checklist the customer
    could follow, not a stack that left them to pick one. A reply that is lost, upset, puts the trainee right or
    only asks back answered nothing."""
    reply = turn.reply
    if (reply is None or reply.speaker != "customer" or turn.moves & _PUSHED_AT
            or any(_TAG_ENDING.search(sent.lower().strip()) for sent in asked)):
        return False  # (a stack of tag questions or of sales questions is pushed at the customer, answered or not)
    r, lower = reply.reader, reply.said_lower or reply.text_lower
    if (r.says("lost", lower) or is_upset(reply) or corrects(reply, after_claim=False) or _only_asks_back(reply, lower)
            or hesitates(reply)):
        return False
    # (answers offered after a question - "what are the walls like now? Plaster? Any damp or mould?" - need no answer
    # of their own: the customer picks from them)
    own = [sent for k, sent in enumerate(asked) if k == 0 or not (r.code == "en" and _OFFERED_ANSWER.match(sent.strip().lower()))]
    return _answer_words(reply, lower) >= STACK_ANSWER_WORDS * min(len(own), 3) and _answer_parts(reply, lower) >= min(len(own), 2)


def _only_asks_back(reply: Turn, lower: str) -> bool:
    """Whether every part of a reply is a question ("Why do you need all that?"): it answers nothing. A reply that answers
    and then asks its own ("有抽奖 几个节目 三个钟左右 老板讲一围不超过一千五 开瓶费收不收"; fifty-second round, zh/blind62 read)
    has answered. Unlike `only_asks`, which sets a short sentence ("Oh.") aside, every part counts, and a Chinese chat line
    is parted at its spaces, where `only_asks` reads it as one sentence."""
    r = reply.reader
    parts = [part.strip() for part in (_ZH_PARTS.split(lower) if r.code == "zh" else r.sentences(lower)) if part.strip()]
    return all(r.is_question(part) for part in parts)


#: What separates the parts of a Chinese answer: punctuation, or the spaces of typed chat ("预算一千左右 她眼睛有点花").
_ZH_PARTS = re.compile(r"[，,；;。！？!?、\s]+")


def _answer_parts(reply: Turn, lower: str) -> int:
    """How many parts a reply gives: its sentences; a Chinese reply's clauses, split at commas or chat spaces too."""
    if reply.reader.code != "zh":
        return len(reply.reader.sentences(lower))
    return sum(1 for part in _ZH_PARTS.split(lower) if part)


#: A figure or code written in Latin letters and digits ("#08-14", "SMX1234A").
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9#./-]*")


def _answer_words(reply: Turn, lower: str) -> int:
    """How many words a reply gives, each figure one of them ("somos 2, el sabado": how many, and when); a Chinese
    reply counts two characters to a word and each figure or code as one ("#08-14 SMX1234A 我三个星期前交的": a unit
    number, a plate and a date, though its content words are few)."""
    if reply.reader.code != "zh":
        return len(reply.words) + len(_FIGURE_WORD.findall(lower))
    return len(HANZI.findall(lower)) // 2 + len(_CODE.findall(lower))


#: A figure given as an answer ("2", "4,000", "7:30"): a word of the answer, though no content word.
_FIGURE_WORD = re.compile(r"(?<![\w.,:])\d[\d.,:/-]*")


@once_per_turn
def stuffed(turn: Turn) -> bool:
    """A question crammed with keywords ("your goals, success, trust, service, experience…?"):
    the words of many need levels in one sentence, or a long comma list of bare nouns. A hypothesis
    test or counter-question names the conditions it tests ("If a pilot with training showed finance
    the results, would…?"): that is no stuffing."""
    if turn.question is None or turn.moves & {"hypothesis", "counter_question"} or not (
            is_discovery(turn) or turn.moves & CHECKING):
        return False
    r = turn.reader
    said = r.marked_sentences(turn.said)
    # ("Oh?" or "Really?" is a sound of interest, not one more question; nor is the customer's own word asked
    # back: "The contract? Like, a customer contract? Is it a big one?")
    heard = turn.after.words if turn.after is not None else frozenset()
    asked = [sent for i, sent in enumerate(said) if r.is_question(sent.lower()) and not r.says("discourse", sent.strip().lower())
             and not _echoed(r, sent, heard) and not _options_for_the_last(r, said[:i], sent)]
    # (a summary checked in several breaths - "…, yeah? … um, do you agree, or... does that not sound right to you?" - is
    # one check: fifty-eighth round, blind_typed15's corner shop, capped at 10 as a stuffed question)
    # (a row of leading tags - "…, wasn't it?", "…, won't you?" - is still a stack)
    asked = [sent for i, sent in enumerate(asked) if not (i and _CHECK_ONLY.match(sent.lower()))]
    # (one question to each person at the table - "Andrés, is…? Marisol, would…? Doctora, is…?" - is no stack)
    if len(asked) >= STACKED_QUESTIONS and len(_addressed(asked)) < len(asked) and not _answers_the_stack(turn, asked):
        return True  # a stack of questions in one turn (a summary check among them): the customer can answer only one
    for sent in said:
        # the same stack run together with commas ("…, what's your income, when you say…, how…?"); a sentence that
        # opens on the customer's words ("When you say too slow, how long…, and what…?") asks two things, not three;
        # answered in full, it was a checklist ("Cuénteme de ella: ¿cómo le iba, qué le gusta, qué le cuesta?")
        folded = _LEAD_IN.sub("", r.fold(sent.lower()), count=1)
        starts = [m.start() for m in r.patterns["asked_clause"].finditer(folded)]
        if len(starts) >= STACKED_QUESTIONS and not _answers_the_stack(
                turn, [folded[a:b] for a, b in zip(starts, starts[1:] + [len(folded)])]):
            return True
    if not is_discovery(turn):
        return False
    for sent in said:
        if not r.is_question(sent.lower()):
            continue
        # (what the question asks, not a courteous clause before it: "I will gladly leave the price list and respect your
        # time; before I go, may I ask how you choose your brands…?")
        clauses = [c for c in _SEMICOLON.split(sent) if c.strip()]
        asked_part = " ".join([c for c in clauses if r.is_question(c.lower())] or clauses[-1:])
        scores = r.need_scores(r.text(asked_part))
        if sum(1 for v in scores.values() if v >= STUFFED_CUE) >= STUFFED_LEVELS and len(r.words(asked_part)) >= STUFFED_WORDS:
            return True  # (a short question - "Would he try it if you were there when it arrives?" - crams nothing)
        # (figures read back - "the three payments, 1,450, 990 and 760" - are no keywords)
        listed = _THOUSANDS.sub(r"\1\2", r.fold(sent.lower()))
        items = [p.strip() for p in _LIST_SPLIT[r.code].split(listed)
                 if p.strip() and not r.says("discourse", p.strip()) and not _FIGURE_ITEM.match(p.strip())]
        bare = sum(1 for p in items if (len(p.rstrip("?？。!！")) if r.code == "zh" else len(p.split())) <= _BARE_ITEM[r.code])
        # (examples offered to answer from - "What eats most of it, videos, social media, calls, school?" - are no
        # keywords: at least two items must be the words of a need)
        # (nor are three offered to choose from, left open at the end - "…what are you trying to hit, is it on-time
        # rate, fewer complaints, reviews, something else?": sixty-first round, blind_typed23's freight, capped at 10)
        need_items = _EXAMPLE_NEED_ITEMS if items and _LEFT_OPEN[r.code].match(items[-1]) else 2
        if len(items) >= STUFFED_ITEMS and bare >= STUFFED_ITEMS - 1 and sum(
                1 for p in items if r.says("level_names", p) or max(r.need_scores(r.text(p)).values()) >= LISTED_CUE) >= need_items:
            return True
    return False


#: The last item of a list left open ("…, something else?", "…, o algo más?", "…还是别的？"): examples to answer from.
_LEFT_OPEN = {"en": re.compile(r"^(?:or )?(?:something|anything) else\b|^or (?:what|whatever)\b|^etc\b"),
              "es": re.compile(r"^(?:o )?(?:algo m[aá]s|otra cosa|lo que sea)\b"),
              "zh": re.compile(r"^(?:还是)?(?:别的|其他|其它)")}
#: Items with a need's words that examples left open may hold before they are keywords after all.
_EXAMPLE_NEED_ITEMS = 4

#: Where a long sentence's clauses part: a semicolon.
_SEMICOLON = re.compile(r"[;；]\s*")


#: A bare phrase with no verb after a question ("Plaster?", "Any damp or mould?", "Or the blue one?"): an answer offered.
_OFFERED_ANSWER = re.compile(r"^(?:(?:any|some|or|and|maybe|like|say)\s+)?(?!(?:[\w'-]+\s+){0,3}(?:is|are|was|were|be|do|does|did|have|has|had|"
                             r"can|could|would|will|should|may|might|you|your|i|we|it|they|he|she|\w+ed|\w+ing)\b)(?:[\w'-]+\s+){0,3}[\w'-]+\s*\?+$")


def _options_for_the_last(r: Reader, before: list[str], sentence: str) -> bool:
    """A question that only lists answers to the one just before it ("What's costing him marks? Sums, word problems,
    or careless slips?", "七十分是哪块丢分多？计算、应用题，还是粗心？"): part of that question, not one more."""
    return bool(before) and r.is_question(before[-1].lower()) and r.says("options_only", sentence.strip().lower())


#: A question that is a short list of options and nothing else ("Sums, word problems, or careless slips?", "Card or cash?"),
#: not a question of its own ("Any damp or mould?", "Is it the price or the timing?"). (Narrower than `_OFFERED_ANSWER`,
#: which lets a stack answered in full pass: an option list here is no question of the stack at all.)
_OPTION = r"[\w'&/-]+(?: [\w'&/-]+){0,3}"
_OPTIONS_ONLY = re.compile(r"^\W*(?!(?:any|some|no|is|are|do|does|did|was|were|have|has|had|can|could|will|would|should|shall|"
                           r"may|what|which|who|whose|where|when|why|how)\b)(?:(?:maybe|say|like)\s+)?"
                           + _OPTION + r"(?:, ?" + _OPTION + r")*,? or " + _OPTION + r"\?+$")


def _echoed(r: Reader, sentence: str, heard: frozenset[str]) -> bool:
    """A short question that only asks the customer's own word back ("The contract?", "Like, a customer contract?")."""
    words = r.words(sentence)
    return len(sentence.split()) <= ECHO_WORDS and bool(words) and words <= heard


def credited_questions(trainee: list[Turn], read_answers: bool = True,
                       turns: list[Turn] | None = None) -> tuple[list[Turn], list[Turn], list[Turn]]:
    """(credited, repeated, stuffed) discovery questions: answered, asked once, not keyword-stuffed.

    With `read_answers`, an open question whose answer repeats what an earlier question brought out
    was a repeat; the simulator's customer restates her needs by design, so it passes False, with the dialogue's
    `turns`: there a question she answers with something new, or with a bare "Mm. Yes.", is no repeat."""
    credited: list[Turn] = []
    repeats: list[Turn] = []
    crammed: list[Turn] = []
    first = trainee[0].after if trainee else None  # the customer's opening words, when they spoke first
    opening = first.words if first is not None and first.index == 0 else None
    for k, t in enumerate(trainee):
        if t.answered and t.question is not None and _asks_for_a_fact_again(t, trainee[:k], read_answers):
            repeats.append(t)  # "Could you read the meter once more?" - "It was 18452."
            continue
        if not is_discovery(t) or not t.answered:
            continue
        if t.reply is not None and t.reply.reader.says("waves_off", t.reply.said_lower or t.reply.text_lower):
            continue  # "What kind of style are you after?" - "Style doesn't matter. My back hurts.": it found nothing
        earlier = credited + repeats + crammed
        answers = [c.reply.words for c in earlier if c.reply is not None]  # what earlier questions brought out
        if opening is not None:
            answers.append(opening)  # and what the customer said before any question
        # a proposal that asks what the customer thinks of it ("Then my proposal: … What do you think?")
        # shares its topic words with earlier questions without asking them again
        views = t.reader.says("asks_view_of_offer", t.said_lower)
        # (in the simulator, whose customer answers from a script, a question she answers with something she had not
        # told, or with a bare "Mm. Yes.", asked nothing again as far as she is concerned)
        sim_fresh = not read_answers and turns is not None and t.reply is not None and _fresh_or_bare(t.reply, turns)
        if (any(t.reader.similar(t.text, c.text, REPEAT_SIMILARITY)
                or (same_question(t, c) and not views and not (sim_fresh and not _both_generic(t, c))) for c in earlier)
                or ((earlier or opening is not None) and t.reply is not None
                    and t.reply.reader.says("repeat_complaint", t.reply.text_lower))
                or (read_answers and earlier and t.reply is not None and t.question is not None and t.question.form == "open"
                    and _says_again(t.reply.words, answers))):
            repeats.append(t)
        elif stuffed(t):
            crammed.append(t)
        else:
            credited.append(t)
    return credited, repeats, crammed


#: A fact a customer gives by its digits: a number, a reading, an account or booking code ("18452", "ES-2091-7734").
_FACT = re.compile(r"(?<![\w,.-])[a-z]{0,4}-?\d[\d-]{3,}[a-z]{0,2}(?![\w-]|[,.]\d)")


def _facts(text: str) -> set[str]:
    return {m.group(0).replace("-", "")[-4:] for m in _FACT.finditer(text.lower())}


def _asks_for_a_fact_again(turn: Turn, before: list[Turn], read_answers: bool = True) -> bool:
    """Whether a trainee question asks for a fact (a number, a code) the customer had already given: their
    answer says it again (read only when `read_answers`: the simulator's customer restates by design),
    or the question reads it back a second time ("Just to confirm, it's 7734?")."""
    if turn.moves & {"closing", "commitment", "hypothesis", "pitch"}:
        return False  # a figure said again while choosing or agreeing ("2000 with express, then") is no repeat
    given = set().union(*(_facts(t.after.text) for t in before if t.after is not None),
                        *(_facts(t.reply.text) for t in before if t.reply is not None))
    if not given or turn.reply is None:
        return False
    if read_answers and _facts(turn.reply.text) & given:
        return True
    read_back = set().union(*(_facts(t.text) for t in before))
    return bool(_facts(turn.text) & given & read_back)


def _says_again(reply: frozenset[str], answers: list[frozenset[str]]) -> bool:
    """Whether the customer's answer repeats what they had already said ("Commerce. 12th standard, with
    maths." after "He did commerce with maths"): the question asked for it again."""
    return len(reply) >= 2 and any(len(reply & a) >= 2 and len(reply & a) / len(reply) >= 0.5 for a in answers)


#: Share of the shorter question's topic words two questions at the same need level share to ask the same.
SAME_LEVEL_SHARE = 0.3


def _both_generic(a: Turn, b: Turn) -> bool:
    """Two generic probes ("What matters most to you?" … "What's the main thing for you?"): asked again whatever the
    answer brought."""
    return a.reader.code == "en" and generic_probe(a.said) and generic_probe(b.said)


#: A stage direction in a simulated customer's line ("(a long pause)", "(nods)").
_STAGE = re.compile(r"\([^)]*\)")


@lru_cache(maxsize=1)
def _length_remarks() -> tuple[str, ...]:
    """The simulated customer's remarks on a long turn, in English ("That's a lot to take in at once.", "(a long silence)
    ...Mm. That's a lot of talking."): said before an answer, no answer themselves (the string catalogue's
    `sim.reply.too_long*` lines), longest first."""
    ids = {sid for path in code_catalogues() for sid in catalogue(path) if sid.startswith("sim.reply.too_long")}
    return tuple(sorted({t(sid, lang="en") for sid in ids}, key=len, reverse=True))


def _fresh_or_bare(reply: Turn, turns: list[Turn]) -> bool:
    """Whether a customer's answer tells something she had not said before in the conversation (a sentence of two or
    more words not all heard already), or is bare ("...Mm. Yes.", also after "That's a lot of talking."): either way the
    question did not ask again."""
    r = reply.reader
    said = reply.text
    for remark in _length_remarks():
        said = said.replace(remark, " ")
    said = _STAGE.sub(" ", said)
    if not r.words(said):
        return True
    heard = frozenset().union(*(t.words for t in turns[:reply.index] if t.speaker == "customer"))
    return any(len(w) >= 2 and not w <= heard for w in (r.words(sent) for sent in r.sentences(said)))


#: A customer addressed by title and name ("Mr Asante", "Ms Mehta", "Señora Herrera", "Doctora Ruiz").
_TITLED_NAME = re.compile(r"\b(?i:mr|mrs|ms|miss|mx|dr|doctor|doctora|señora|senora|señor|senor|sr|sra|madam|madame|sir|don|doña)\.?"
                          r" ((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+)?)")


@once_per_turn
def _addressed_names(turn: Turn) -> frozenset[str]:
    """The content words of the names a trainee turn addresses the customer by."""
    if turn.reader.code != "en":
        return frozenset()
    found = _TITLED_NAME.findall(turn.text)
    return turn.reader.words(" ".join(found)) if found else frozenset()


def same_question(a: Turn, b: Turn) -> bool:
    """Whether two questions ask the same in other words (same level, mostly the same topic words)."""
    if _both_generic(a, b):
        return True  # "What is your biggest challenge?" … "What is the number one pain point for you?"
    # (the customer's name said to them in every turn - "…, Mr Asante, …" - is no topic the questions share)
    names = _addressed_names(a) | _addressed_names(b)
    wa, wb = a.words - a.reader.check_words - names, b.words - b.reader.check_words - names
    if not wa or not wb:
        return False
    if ("what_else" in a.moves) != ("what_else" in b.moves):
        return False  # "Is there anything else you wish it did better?" asks for more, not the same again
    if not (a.asked_words & b.asked_words) - a.reader.check_words - names:
        return False  # the summaries before two questions share words; the questions themselves share none
    shared = len(wa & wb)
    if shared < 2 and min(len(wa), len(wb)) < 2:
        return False  # one shared topic word ("lines") is a follow-up, not the same question
    share = shared / min(len(wa), len(wb))
    # at the same need level two shared words make the same question, unless the turns are long and
    # share little else ("four", "line" and "seal" in two different questions about a dairy's seals)
    return share >= 0.6 or (shared >= 2 and share >= SAME_LEVEL_SHARE and question_level(a) == question_level(b) is not None)


def question_level(turn: Turn, use_answer: bool = False) -> str | None:
    """The one need level a discovery question aims at (its author's, else the clearest in its words).

    With `use_answer`, a question whose own words name no level takes the level the customer's
    answer clearly sits at: the question brought that level out.
    """
    if turn.level is not None:
        return turn.level
    if use_answer and turn.found is not None:  # the simulator knows which need the answer brought out
        return turn.found
    own = _level_in_words(turn)
    if own is not None or not use_answer:
        return own
    if turn.reply is None:
        return own
    return _clear_level(turn.reply.reader, turn.reply.reading, 1.5)


#: Share of a summary's own words the customer said that makes it a real summary, however many levels it spans
#: (recitals measured in the gaming sets: at most 0.09; a trainee's summary of a long discovery: 0.5).
SUMMARY_GROUNDED_SHARE = 0.35


def crammed_summary(turn: Turn, heard: frozenset[str] | None = None) -> bool:
    """A "summary" that names the words of many need levels ("you want to grow, build a long-term
    partnership, try a demo…"): keywords, not what the customer said. Given what the customer had
    said (`heard`), one made of their words ("close in three days, a data plan up front, someone
    still there in year three…") is a summary of a long discovery, not a recital."""
    t = turn.reader.text(turn.said)
    if not readable(t):
        return False
    if sum(1 for v in turn.reader.need_scores(t).values() if v >= STUFFED_CUE) < STUFFED_SUMMARY_LEVELS:
        return False
    own = turn.words - turn.reader.check_words - turn.reader.stopwords
    return heard is None or not own or len(own & heard) / len(own) < SUMMARY_GROUNDED_SHARE


#: Need levels a trainee turn must name as labels to be reciting the course's framework.
NAMED_LEVELS = 3
#: Times a trainee may say the course's own words (experience, relationship, success, satisfaction…) that the
#: customer never used before the conversation is framework talk, not the customer's words. On every well-handled
#: side of the read sets (1,700 dialogues) such words came at most twice; on a sixth of the gaming sides, 3 to 20 times.
FRAMEWORK_TALK_LIMIT = 3
#: The course's own words a trainee may say at the customer instead of the customer's ("your success is our success").
_FRAMEWORK_WORDS = re.compile(r"\b(" + AS_A_VIEW + r"(?<!kind of )"
                              # ("from your experience, where do the ten days go?", "the kind of experience that makes a
                              # director wary", "a bad experience": plain English, not the course's level)
                              r"(?<!bad )(?<!past )(?<!previous )(?<!earlier )(?<!last )experience|relationship|success|successful|satisfaction|satisfied|journey|partnership|"
                              r"expectations|value)s?\b")


def framework_talk(turns: list[Turn]) -> Turn | None:
    """The trainee turn at which words of the course's framework the customer never used ("Your satisfaction and our
    relationship are very important to us", "What does a successful experience look like for you?") come to
    `FRAMEWORK_TALK_LIMIT`: the look of the lessons, not the customer's own words; None when they never do."""
    heard: set[str] = set()
    said = 0
    for t in turns:
        words = t.reader.patterns["framework_words"].findall(t.reader.fold(t.text_lower))
        if t.speaker == "customer":
            heard.update(words)
            continue
        said += sum(1 for w in words if w not in heard)
        if said >= FRAMEWORK_TALK_LIMIT:
            return t
    return None


def names_levels(turn: Turn) -> bool:
    """A trainee turn that recites the course's framework to the customer ("your product needs, your
    service needs, your experience needs and your success"): the levels' names, not the customer's words."""
    r = turn.reader
    lower = r.fold(turn.said_lower or turn.text_lower)
    found = {m.group(1) for m in r.patterns["level_names"].finditer(lower)}
    return len(found) >= NAMED_LEVELS and r.says("need_word", lower)


def playback_level(turn: Turn) -> str | None:
    """The one need level a trainee's summary of the customer's words clearly names ("So it's about
    knowing where the stock is when a van breaks down") when the customer confirms it, or None; a
    summary crammed with the words of many levels, or in a stack of questions, names none."""
    t = turn.reader.text(turn.said)
    if not readable(t) or not confirms(turn.reply) or stuffed(turn) or crammed_summary(turn):
        return None
    return _clear_level(turn.reader, t, 1.5)


def _level_in_words(turn: Turn) -> str | None:
    best, best_score = None, 0.0
    r = turn.reader
    for sent in r.sentences(turn.said):
        if not r.is_question(sent.lower()):
            continue
        st = r.text(sent)
        scores = r.need_scores(st)
        if max(scores.values(), default=0.0) < max(1.0, best_score):
            continue  # no level's cues could reach it: the classifier need not be asked
        need = predict_need(st)
        score = scores.get(need.label, 0.0)
        if need.evidence and score >= 1.0 and score > best_score:
            best, best_score = need.label, score
    return best


def _clear_level(r: Reader, t: Text, min_score: float) -> str | None:
    """The need level of a text when the classifier names it with evidence and its cues score at least `min_score`."""
    scores = r.need_scores(t)
    if max(scores.values(), default=0.0) < min_score:
        return None  # no level's cues reach it, whatever the classifier says
    need = predict_need(t)
    return need.label if need.evidence and scores.get(need.label, 0.0) >= min_score else None


@once_per_turn_of
def raises_objection(turns: list[Turn], turn: Turn) -> tuple[bool, str]:
    """(whether, pattern): a customer turn objects, read with the trainee turn before it in mind; worked out once
    (the objections and where the customer was left both ask it of the last line)."""
    said_before = [t for t in turns[: turn.index] if t.speaker == "trainee"]
    before = said_before[-1] if said_before else None
    if before is not None:
        # (…or takes up an invitation the trainee made a turn earlier: "…and call back if it's still high." - "Good plan.
        # Dial *977# to see your usage." - "Okay, thank you. I'll call if it's still high.")
        if _goes_along_with(before, turn) or len(said_before) > 1 and _takes_up_the_invitation(said_before[-2], turn):
            return False, ""
        if _declines_offer(before, turn):
            return True, "no_need"
        lower = turn.said_lower or turn.text_lower
        if turn.reader.code == "en" and _PAY_FOR_THEIR_MISTAKE.search(lower):
            return False, ""
        if turn.reader.code == "en" and _CHEAPER_ELSEWHERE.search(lower) and not _PAST_PURCHASE.search(lower):
            return True, "too_expensive"
    found, label, _ = turn.reader.objection(turn.reading, answers_question=before is not None and asks_only(before),
                                            context=what_it_answers(before), goes_along=goes_along(turn),
                                            did=what_it_did(before))
    if found and label not in readers.OWN_REASONS and before is not None and _leaves_over_it(turn) and (
            before.moves & PUSHING or takes_offence(turn) or is_upset(turn)):
        # walking out on being pushed or put down, with no reason of their own (a brush-off, a no-need, "I'll think about
        # it" read into it), is no objection to answer ("Unbelievable. I'll dispute it…")
        return False, ""
    return found, label


def _leaves_over_it(turn: Turn) -> bool:
    """A customer line that walks out or takes offence (read in its language)."""
    lower = turn.said_lower or turn.text_lower
    return turn.reader.says("walks_away", lower) or takes_offence(turn)


def _goes_along_with(before: Turn, turn: Turn) -> bool:
    """Whether a customer line answering the trainee line `before` goes along with it, whatever objection words it has:
    it asks about the offer or agrees first, tells the trainee to do what they offered ("Ring Tomasz. Not on a
    Friday."), asks for the next step ("… When can we do the first fitting?"), says yes to the trainee's own "get in
    touch if…" ("Thanks, I'll be in touch if it happens again.") or waves off a favour with thanks ("There's no hurry,
    you can pay another day." - "No, today, I want to close it. Thank you…")."""
    return (_goes_along_asking(turn) or _agrees_first(turn)
            or before.index == turn.index - 1 and (_told_to_go_ahead(before, turn) or _picks_a_way_forward(before, turn))
            or moves_forward(turn) or _takes_up_the_invitation(before, turn) or _waves_off_a_favour(before, turn)
            or turn.reader.code == "en" and bool(_THANKS_FOR_MORE.search(turn.said_lower or turn.text_lower)))


#: Thanks for more than was hoped for, not a price that is more than expected ("Okay. Thank you, that is more than I
#: expected.").
_THANKS_FOR_MORE = re.compile(r"\bthank(?:s| you)\b[^.!?]{0,20}[.,!]? (?:that(?:'s| is)|it(?:'s| is)|this is) (?:much |far |a lot )?"
                              r"(?:more|better) than i (?:expected|hoped(?: for)?|asked for|thought)\b")


def _picks_a_way_forward(before: Turn, turn: Turn) -> bool:
    """The customer picks one of the ways forward the trainee put to them, with no "but": a proposal with options, or ways
    told and then "Which would you prefer?" (not a diagnostic either-or: "Night shifts or holiday pay?")."""
    asked = [s for s in before.reader.sentences(before.said_lower) if before.reader.is_question(s)]
    offered = bool(before.moves & {"closing", "commitment"}) or bool(asked and _WHICH_OF_THEM.match(asked[-1]))
    return offered and not turn.reader.says("but", turn.said_lower or turn.text_lower) and _picks_an_option(before, turn)


def proposes_another_time(turn: Turn) -> bool:
    """A customer line that ends by putting forward a time of their own: in English as a short question ("This week is
    impossible, I'm handing over at the office every evening. Next Monday?", "…How about Saturday morning?"), an
    objection to the time and the step still open at another time; in Spanish and Chinese, `yes_another_day`."""
    r = turn.reader
    said = r.sentences(turn.said_lower or turn.text_lower)
    last = said[-1] if said else ""
    short = len(last.strip(" ?？。!！")) <= _SHORT_ZH_QUESTION if r.code == "zh" else len(last.split()) <= 6
    asks_a_time = (short and last.rstrip().endswith("?") and reads_as(turn, _ANOTHER_TIME, "another_time", last)
                   and r.says("time_said", last) and not r.says("negation", last))
    if r.code != "en":
        return asks_a_time or yes_another_day(turn)
    return (asks_a_time or len(last.split()) <= 14 and bool(_CALL_ME_THEN.match(last)) and r.says("time_said", last)
            or last.endswith("?") and len(last.split()) <= 14 and bool(_COME_THEN.search(last)))


#: The characters of a Chinese question short enough to be a time put forward ("那周六上午呢？", "明天一早行吗？").
_SHORT_ZH_QUESTION = 12


def yes_another_day(turn: Turn) -> bool:
    """A customer line whose last sentence turns to a yes on a day of their own ("This Saturday's no good, we're sowing.
    But the Saturday after I'll come with my son.", "Este sábado no se va a poder… Pero el otro sábado sí vengo con mi
    hijo."): the step taken up, later."""
    r = turn.reader
    said = r.sentences(turn.said_lower or turn.text_lower)
    last = said[-1] if said else ""
    return (len(said) > 1 and r.says("but", last) and r.says("goes_with_us", last) and r.says("time_said", last)
            and not r.says("puts_off", last) and not hesitates(turn))


#: A time put forward as a question: "Next Monday?", "How about Saturday morning?", "Could we do the 14th?"
_ANOTHER_TIME = re.compile(r"^\W*(?:(?:or|then|so|maybe|perhaps|ok|okay)\W+)?(?:(?:how|what) about |(?:could|can) (?:we|you) (?:do |make it )?|"
                           r"(?:could|can) it be |(?:would|is|does) )?(?:next|this|on|the|early|later|first thing|tomorrow|monday|tuesday|"
                           r"wednesday|thursday|friday|saturday|sunday|\d)")
#: The customer asks to come in and do it at a time of their own ("…but now I'm on lunch break, can I come tomorrow
#: morning to sign?").
_COME_THEN = re.compile(r"(?:^|, )\W*(?:(?:but|so|then|ok|okay|and)\W+)?(?:can|could|may|shall) (?:i|we) (?:come|come in|come back|come by|pop in|"
                        r"drop by|drop in|stop by|call in|do it|sign|do that) (?:on |at |in |first thing )?(?:tomorrow|tonight|next|this|" +
                        WEEKDAY + r"|after|later|\d)")
#: The customer tells the trainee when to get back to them ("Ring me first week of next month and we'll sort a day.")
_CALL_ME_THEN = re.compile(r"^\W*(?:(?:but|just|so|then|ok|okay)\W+)?(?:ring|call|phone|text|email|e-mail|message|try) (?:me|us) "
                           r"(?:back |again )?(?:in|on|at|after|next|the|first|early|around|towards?|come|once|end of)\b")


#: The trainee asks the customer to get in touch if or when something happens ("If it ever trips again, call us.",
#: "Let me know how the first week goes.", "Come back any time if it plays up."), not to come back with a decision.
_INVITES_CONTACT = re.compile(r"\b(?:call|ring|phone|contact|email|e-mail|message|text|whatsapp) (?:us|me)(?: back)? (?:if|when|any ?time|whenever)|"
                              r"\b(?:call|ring|phone) back (?:if|when|whenever)\b|"
                              r"\blet (?:us|me) know how (?:it|the|you|they|he|she)\b[^.?!]{0,30}\b(?:goes|go|went|get on|gets on|works|settles)|"
                              r"\bcome (?:back|in|by) (?:any ?time|whenever|if|when)|"
                              r"\b(?:if|when|whenever)\b[^.?!]{0,80}\b(?:call|ring|phone|contact|email|message|text) (?:us|me)\b")
#: A decision left to the customer ("have a think and let us know how you'd like to proceed", "call me when you're
#: ready"): "I'll be in touch" to it puts the decision off.
_DECISION_LEFT = re.compile(r"\b(?:have a think|think (?:about|it over|on it)|proceed|decide|decision|interested|ready|go ahead|sign|book|order)\b")
#: The customer says they will do so ("Thanks, I'll be in touch if it happens again.", "Will do.", "I'll ring you if so.").
_WILL_GET_IN_TOUCH = re.compile(r"\b(?:i'?ll|i will|we'?ll|we will|will) (?:do|do that|call|ring|phone|be in touch|get in touch|"
                                r"let you know|come back|message you|text you|email you)\b")


def _takes_up_the_invitation(before: Turn, turn: Turn) -> bool:
    """An English customer line that says yes to the trainee's "get in touch if…" with "I will" (no objection:
    putting the contact off is what the trainee proposed), holding nothing else back."""
    if turn.reader.code != "en" or before.reader.code != "en" or hesitates(turn):
        return False
    lower = turn.said_lower or turn.text_lower
    will = _WILL_GET_IN_TOUCH.search(lower)
    if will is None or not _INVITES_CONTACT.search(before.said_lower) or _DECISION_LEFT.search(before.said_lower):
        return False
    # any other clear objection in the line still counts ("Tuesday's no good… I'll call you if we're interested.")
    others = [h for h in objection_scores(turn.reading)[1] if h.weight >= STRONG_CUE and not will.start() <= h.start < will.end()]
    return not others and not turn.reader.says("but", lower) and not turn.reader.says("walks_away", lower)


#: A question that doubts rather than asks ("Why is it so expensive?", "Isn't that a lot?", "Is it really worth it?").
_DOUBTING_QUESTION = re.compile(r"^(?:\W*(?:ok|okay|so|and|but|hmm+|right|well)\b,?\s*)*(?:why|how come|isn't|aren't|don't|doesn't|won't|can't|wouldn't|shouldn't)\b|"
                                r"\b(?:really|actually|honestly|seriously|too|so (?:much|expensive|pricey|dear|long|high)|that much|such)\b")


#: A question that opens with a yes ("ok is it more expensive", "Sure, can I come tomorrow?").
_OPENS_AGREEING = re.compile(r"^\W*(?:ok|okay|yes|yeah|yep|sure|fine|great|perfect|lovely|good|right|alright|all right)\b")


def _goes_along_asking(turn: Turn) -> bool:
    """An English customer line that goes along and whose objection words are only in plain questions about
    the offer ("ok is it more expensive", "Friday noon works. So I don't need a backup dress?", "ok can i come
    tomorrow lunch time"): it asks, it does not push back."""
    r = turn.reader
    if r.code != "en" or not turn.judgeable:
        return False
    lower = turn.said_lower or turn.text_lower
    said = r.sentences(lower) or [lower]
    first = said[0]
    if r.says("but", lower) or r.says("hesitates", lower) or not says_yes(first, r):
        return False
    if r.is_question(first) and not _OPENS_AGREEING.match(first):
        return False  # "Um, look, we'll call you if anything comes up, yeah?" puts off; it does not agree
    asked = [s for s in said if r.is_question(s)]
    if not asked or any(_DOUBTING_QUESTION.search(s) for s in asked):
        return False
    rest = " ".join(s for s in said if s not in asked)
    return not rest or max(objection_scores(normalise(rest))[0].values(), default=0.0) < STRONG_CUE


#: Saying yes to something in particular: "Thursday is good.", "Off-peak would work", "Oh, that's much better.",
#: "A site visit would be good.", "Ten instalments is fine." (not "We're fine, thanks", nor a bare "Okay.").
_AGREES_TO_IT = re.compile(r"^(?:\W*(?:oh|ah|ok|okay|yes|yeah|yep|yup|sure|good|great|right|well|hmm+|mm+)\b,?\s*)*"
                           r"(?:(?!(?:we|i|we're|i'm|all|she|he|they|she's|he's|they're|you|you're|it)\b)[\w'-]+ ){0,3}"
                           r"(?:(?:'s|is|are|sounds?|looks?|would be|that's|that is|this is)\s?(?:really |very |much |so )?"
                           r"(?:good|fine|great|perfect|better|ideal|okay|ok|lovely|brilliant|amazing|wonderful|fantastic|excellent|handy|helpful|spot on|what i need|easier|simpler|clearer|quicker|comfier|more comfortable)\b|"
                           r"(?:works|suits|would work|would suit|would help|that helps)(?: (?:for )?(?:me|us))?(?=[.,!;]|$)|"
                           r"(?:yes,? please|go ahead|go on then|book it|let's do (?:it|that))\b|"
                           # "Just the pool first? I could do that.", "Hm. That I can do.", "ill go with yous. send the list"
                           r"(?:that )?i (?:could|can) do (?:that|it)\b|that i can do\b|(?:i'?ll|ill|i will) go with (?:you|yous|ya|y'all)\b|"
                           # thanks with the next step asked for: "Okay, gracias, text me.", "Perfect, thanks, email me."
                           r"(?:thanks|thank you|gracias|merci|danke|grazie|obrigad[oa]),? (?:text|call|ring|email|e-mail|message|whatsapp) me\b)")
#: A time or a thing named, then yes ("Thursday morning, yes.", "The blue one, yeah."): a yes to that.
_NAMED_THEN_YES = re.compile(r"^(?:(?!(?:no|not|never|nope)\b)[\w'-]+,? ){1,3}(?:yes|yeah|aye|yep)(?:,? please)?\W*$")
#: A sentence that turns something down outright ("No.", "Not this time.", "Neither, thanks.").
_TURNS_DOWN = re.compile(r"^\W*(?:no|nope|nah|not|never|neither|none)\b")
#: Putting the decision off in other words: "ill talk to my partner first", "we will contact you when we are
#: ready", "just email me the details", "we'd like to sleep on it".
_PUTS_OFF = re.compile(r"\b(?:talk|speak|check) (?:to|with) (?:my|our|the|her|his)\b(?![^.?!]*\b(?:meanwhile|in the meantime|before then|till then|until then)\b)|\b(?:contact|call|ring|email) you (?:when|if|once|back)\b|"
                       # (forty-first round, blind138 read) "Ok, I call back.", "I'll ring back later"
                       r"\bi(?:'ll| will)? (?:call|ring|phone) (?:back|again)\b|"
                       # (forty-third round, blind146 read) "Okay, thank you. I'll call you." as the last words
                       r"\bi(?:'ll| will) (?:call|ring|phone|text|message|whatsapp) you(?: later| tomorrow| next week)?\s*[.!]*\s*$|"
                       # (forty-ninth round, blind174 read) "Will do. Might be a while, we've loads to see."
                       r"\b(?:might|may|could|will) (?:be|take) a (?:while|bit|few weeks)\b|"
                       r"\blet you know\b|\bbe in touch\b|\b(?:come|get) back to you\b|\brun (?:the numbers|it by|it past)\b|"
                       r"\bjust (?:email|send|mail) me (?:the |some |more |a )?(?:details|info|information|brochure|leaflet|something|recording|link)\b|"
                       r"\b(?:email|send|mail) me (?:some|a) (?:info|information|brochure|leaflet|recording)\b|"
                       r"\bsleep on\b|\bthink (?:about|over|it)\b|\bhave a (?:wee |little |proper |good |bit of a )?think\b|"
                       # thirty-eighth round (blind120 read): "Yeah... send it over. I'll have a look."
                       r"\b(?:send|email|e-mail|mail|text|forward|post) (?:it|them|that|those|me)\b[^?!]{0,20}?\bi'll (?:have a |take a )?(?:look|read)\b|"
                       r"\bmaybe (?:later|next|another|not|i'll|we'll)\b|\b(?:ask|check|look|compare)\b[^.?!]{0,30}\bfirst\b|"
                       # (forty-seventh round, mined from the read sets) "Okay, send it. I'll compare.", "ok send both, will
                       # discuss with her tonight", "I'll go over it with my business partner on Friday.", "Let me ask my
                       # accountant then.": a yes to the paper, the decision taken elsewhere
                       + DECISION_TAKEN_ELSEWHERE + "|"
                       r"\b(?:go|look) over it with\b|\b(?:i'?ll|we'?ll|i will|we will) go over it\b|"
                       r"\b(?:i'?ll|i will|let me|i need to|i have to|i must|i should) ask (?:my|our|his|her)\b|"
                       # "Okay, send them and we'll have a look.", "Okay, give me a brochure, I'll see.", "I will present it to the
                       # executives at the next meeting."
                       r"\b(?:i'?ll|we'?ll|i will|we will) (?:have|take) a look\b(?! at (?:it|them|that|this) (?:now|right now)\b)|"
                       r"\bi (?:look|read) when\b|\bi'?ll see(?: (?:after|later|then|about it))?\s*[.!]*\s*$")


def _agrees_first(turn: Turn) -> bool:
    """An English customer line that opens by saying yes to something in particular and goes on to say why
    or how it suits them ("Four people is good. I don't want a big class. Maybe I can try Thursday?", "Oh,
    that's much better. I don't have to lift my head."): no "but", no holding back, no later "no"."""
    r = turn.reader
    if r.code != "en" or not turn.judgeable:
        return False
    lower = turn.said_lower or turn.text_lower
    said = r.sentences(lower) or [lower]
    if (len(said) < 2 or r.says("but", lower) or r.says("hesitates", lower) or r.says("walks_away", lower)
            or r.says("polite_exit", lower) or _PUTS_OFF.search(lower)):
        return False
    agreeing = [i for i, s in enumerate(said) if not r.is_question(s) and (_AGREES_TO_IT.search(s) or _NAMED_THEN_YES.match(s))
                and _unqualified(s, r)]
    if not agreeing:
        return False
    first = agreeing[0]
    # nothing before the yes says no ("Ehm, no, I don't want a new one. Mine is good for me"); after it, the
    # reasons may ("I don't want a crowd"), but no sentence turns the offer down outright
    return (all(_unqualified(s, r) for s in said[:first])
            and not any(_TURNS_DOWN.match(s) or r.says("says_no", s) for s in said[first + 1:]))


#: A line that opens by turning down what was offered: "No, thank you. Just the key, please.", "I said no.",
#: "im good thanks. bye", "Neither, tbh.", "Not interested."
_DECLINES = re.compile(r"^\W*(?:no(?:pe)?\b(?!\s*(?:problem|worries|rush|hurry|need to|doubt)\b)|nah\b|i said no\b|neither\b|"
                       r"not (?:interested|for me|for now|today|this time|right now)\b|(?:i'm|im|we're|were) (?:good|fine|ok|okay)(?:,)? thanks?\b|"
                       # thirty-eighth round (blind120 read): the British "no thanks", "Naw, you're alright."
                       r"(?:you're|you are) (?:alright|all right|ok|okay|grand|fine)\b(?!,? (?:i|we) (?:suppose|guess)))")


#: A trainee line that ends by checking a summary ("…, is that right?"): the "No" after it puts the summary right.
_CHECK_ENDING = re.compile(r"\b(?:is that right|is that correct|correct|right|did i get that right|have i got that right)\?*\s*$")


#: Being asked to pay for the seller's own mistake ("I'm not paying six pound for your mistake. I'll be leaving a review.",
#: "Ten thousand for your own mistake?"): a complaint about the problem, which the writers label no objection (16 of the
#: 21 read customer lines with it; fiftieth round, blind188 read).
_PAY_FOR_THEIR_MISTAKE = re.compile(r"\bfor (?:your|their|his|her) (?:own )?(?:mistake|fault|error|cock-?up|screw-?up|mess)\b")
#: Places of the same kind whose price in words ("is twelve", "was free") is a price: clubs, schools and the like.
_LIKE_PLACES = r"club|nursery|camp|centre|center|academy|studio|daycare|salon"
#: A lower price named elsewhere ("The guy on the corner asks 420.", "my current one is 22rb", "We found the same
#: trip online for 2,100."): the price objection, however the line opens (not a past purchase: "an online
#: course before that was way cheaper").
_CHEAPER_ELSEWHERE = re.compile(
    r"\b(?:the (?:guy|man|woman|lady|shop|place|company|hotel|gym|school|college|firm|wholesaler|garage|clinic|" + _LIKE_PLACES + r")|"
    r"my old (?:school|club|nursery|gym|place|provider|supplier)|another (?:shop|company|place|firm|supplier|provider|clinic|garage)|"
    r"my (?:colleague|friend|neighbou?r|brother|sister|cousin|brother in law|current (?:one|supplier|provider|plan))|our friends|"
    r"(?:other|another) (?:place|shop|firm|supplier)s?|elsewhere|online|down the road|on the corner|next door|competitors?|your competitor)\b"
    r"[^.?!]{0,50}\b(?:asks?|pays?|charges?|is|are|was|costs?|quoted|wants?|for|offers?|offering|got)\b[^.?!]{0,25}(?:\d|half|less|cheaper|hundred|thousand|lakh)"
    # (forty-ninth round, blind176 read) a price in words or nothing at all, at a club or school of the same kind: "14.50? The club at
    # St Mary's is twelve.", "In my old school it was free."
    r"|\b(?:the (?:[\w'-]+ )?(?:" + _LIKE_PLACES + r")|my old (?:school|club|nursery|gym))\b[^.?!]{0,40}\b"
    r"(?:is|was|costs?|charges?|charged) (?:only |just )?(?:ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|free)(?=\s*[.!?,]|\s*$)"
    r"|\b(?:the (?:guy|man|woman|lady|shop|place|company|hotel|gym|school|college|firm|wholesaler))\b[^.?!]{0,30}\bis (?:half|cheaper)\b")


#: A cheaper thing bought in the past, not a price named against this offer.
_PAST_PURCHASE = re.compile(r"\b(?:before|last (?:year|time)|used to)\b")


#: Keeping to what the customer came for after an extra was put to them ("Just the frame. Please.", "I just need the
#: frame, my lenses are fine.", "Her teeth are fine, I think."): the extra turned down.
_KEEPS_TO_THEIR_OWN = re.compile(
    r"^\W*(?:no,? )?(?:(?:just|only) (?:the|my|one|a|an) [\w' -]{1,30}(?:[.!,]|$)|(?:i|we) (?:just|only) (?:need|want|came for) (?:the|my|a|an|one)\b|"
    r"(?:my|our|his|her|the|their) [\w' -]{1,20} (?:is|are|'s|'re) (?:still )?(?:fine|alright|all right|ok|okay)\b)")


def _declines_offer(before: Turn, turn: Turn) -> bool:
    """An English customer line that turns down something the trainee just offered or sold (an extra, an
    upgrade, a product, a proposal): a no to the offer, unless it is a no to a plain question."""
    if turn.reader.code != "en" or not turn.judgeable:
        return False
    if before.moves & CHECKING or "what_else" in before.moves and "upsell" not in before.moves or _CHECK_ENDING.search(before.said_lower):
        # "…, is that right?" - "No, …" puts a summary right; "Anything else?" - "No." needs nothing more (an extra named
        # with it is still turned down: "Anything else? The Office bundle's half price." - "Just the laptops please.")
        return False
    said = turn.said_lower or turn.text_lower
    if before.moves & {"upsell", "leading"} and _KEEPS_TO_THEIR_OWN.match(said):
        return True
    offered = before.moves & {"upsell", "pitch", "closing", "discount"} or (
        before.reader.says("offer", before.said_lower) or before.reader.says("asks_view_of_offer", before.said_lower))
    return bool(offered) and bool(_DECLINES.match(said))


#: A customer asking for the next step ("When can we do the first fitting?", "What do you need from us?", "Which days
#: are free?"): going ahead, whatever came before it in the line.
_MOVES_FORWARD = re.compile(
    r"\bwhen can (?:we|i|you) (?:do|have|book|start|fit|come|get|begin|pick|set)\b|\bwhat do you need from (?:me|us)\b|"
    r"\bwhen (?:do|shall|should) (?:we|i) (?:start|come in|begin|book|come)\b|\bwhich (?:days?|dates?|times?|slots?) (?:are|is) "
    r"(?:free|available|open)\b|\bwhere do i sign\b|\bhow do (?:we|i) (?:start|proceed|go ahead|book)\b|"
    # (forty-second round, blind142 read) "Sixty per cent back would make a difference. Send the grant form too."
    r"\b(?:that|it|this|\w+ (?:per ?cent|percent|%)(?: back| off)?) would make a (?:big |real |huge |massive )?difference\b"
    r"(?![^.!?]{0,30}\b(?:but|if only|shame)\b)|"
    # the visit asked for: "That makes sense. Could you come and look next week?"
    r"\b(?:could|can|would|will) you (?:come|call|pop|drop|swing) (?:out |over |round |around |by |in )?(?:and |to )?"
    r"(?:look|have a look|take a look|see|check|measure|quote|survey)\b")


#: A customer who settles on us in their last words ("no id rather someone does it tbh, ill go with yous. send the
#: list", "Let's do it.", "Sign me up."), whatever other way they turned down before.
_GOES_WITH_US = re.compile(r"\b(?:i'?ll|ill|i will|we'?ll|we will) go (?:with|ahead with) (?:you|yous|ya|y'all|your|that)\b|"
                           r"\b(?:sign|book) (?:me|us) (?:up|in)\b|\blet'?s (?:do it|do that|go ahead|book it)\b|\bcount (?:me|us) in\b|"
                           # settling on what was offered: "Right. 7 it is.", "Thursday it is, then." (fiftieth round, blind182 read)
                           r"^(?:(?:ok|okay|right|fine|yes|yeah|great|good|alright|then)\W+)*(?!(?:that|this|what|how|who|where|which|there|here|as|so|such|whatever|it|if)\b)(?:[\w:'-]+ ){1,3}it is(?:,? then)?\W*$|"
                           # a last sentence that tells the trainee to book it: "…but yes, I don't want to look like a zombie. Book the direct."
                           r"^(?:(?:ok|okay|right|fine|then|so|yes|yeah)\W+)*(?:book|order|reserve) (?:it|that|them|this|those|the \w+|me|us)\b[^?]*$|"
                           # on the way to the trainee: "…he is Vajk, i am Réka Szabó. leaving now", "Lote 7, next week. I'll be there."
                           r"\b(?:on my way|on our way|omw|leaving now|coming (?:now|right now|straight (?:over|in|away))|(?:i'?ll|we'?ll|ill) be there)\b|"
                           # the trainee asked round to start: "Tight but honest. Okay, come and have a look this week."
                           r"^(?:(?:ok|okay|right|fine|then|so|yes|yeah|alright)\W+)*(?:please )?come (?:and |to )?(?:have a look|look|see|measure|check|start)\b[^?]*$|"
                           # the step offered taken for a day: "…more than we pay our nephew lol. ok do the assessment wed"
                           r"(?:^|[.!,;] )(?:(?:ok|okay|right|fine|then|so|yes|yeah|alright)\W+)*(?:do|book|schedule|arrange|pencil in) (?:us in for )?(?:the|a|an) "
                           r"[\w-]+(?: [\w-]+)? (?:on |for |this |next )?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow)\w*\b|"
                           # a day said fine after a "but", as the last words: "…out of our league right now. But Thursday arvo for the
                           # check's fine." (a plain "Saturday's grand." before a doubt is no yes to the rest)
                           r"(?:^|[.!,;] )but\W+(?:[\w'-]+ ){0,3}(?:mon|tue|wed|thu|fri|sat|sun|tomorrow)\w*"
                           r"(?: (?:morning|afternoon|arvo|evening|night|am|pm))?(?: for (?:the|a|your) [\w-]+)?(?:'s| is| works| suits(?: us| me)?)"
                           r"(?: (?:fine|good|ok|okay|grand|perfect|great|no problem))?\s*[.!]*$")
#: "but" that only leads to a yes ("Four thousand more... but yes", "Tight but honest."): it concedes, it does not hold back.
_BUT_YES = re.compile(r"\bbut (?:yes|yeah|ok|okay|fine|sure|alright|honest|fair|doable|realistic|worth it)\b")


def moves_forward(turn: Turn) -> bool:
    """Whether a customer line ends by asking for the next step or settling on us, holding nothing back ("Book me in
    for Thursday.", "Apúnteme el miércoles.", "那就帮我订周六的。")."""
    if not turn.judgeable:
        return False
    r, lower = turn.reader, turn.said_lower or turn.text_lower
    said = r.sentences(lower) or [lower]
    return ((r.says("moves_forward", said[-1]) or any(r.says("goes_with_us", s) for s in said[-2:]))
            and not hesitates(turn) and not r.says("walks_away", lower) and not r.says("puts_off", lower)
            and not (r.code != "en" and r.says("declines", said[0]))  # "不用了 … 就这样吧": the offer turned down first
            and not r.says("but", _BUT_YES.sub("", " ".join(said[-2:]))))


def _goes_ahead_after_all(turn: Turn) -> bool:
    """A customer line whose last sentence is only a go-ahead, whatever doubt came before it ("39 a month…
    it's a lot for a small café. But I need it this week. Okay, let's do it."), or that opens on one and goes on to say
    why or when, with no "but" other than about when ("Yeah, do that. I'd rather pay a bit more than find out we're
    not covered.", "Let's do the antenna. Next week, though, we're up at the lake till Sunday."), or that takes what it
    holds against it ("450 is steep but ok…")."""
    r, lower = turn.reader, turn.said_lower or turn.text_lower
    said = r.sentences(lower)
    if not said or hesitates(turn) or r.says("walks_away", lower):
        return False
    if r.code != "en":  # the last words only a go-ahead: "Está caro… pero bueno, lo necesito ya. Hagámoslo.", "…那就办吧。"
        # (in Chinese chat the clauses part at spaces, and the go-ahead may come before the customer's own part of it:
        # "…不过你这样排奶奶不累 那就这样嘛 我把住的客栈发给你"; fifty-first round, zh/blind54 read)
        last_two = [c for s in said[-2:] for c in _CHAT_CLAUSES.split(s.strip(" 。.!！…~")) if c]
        return (_ends_on_go_ahead(r, said[-1]) or r.code == "zh" and not r.is_question(said[-1]) and any(
            r.says("go_ahead_said", c) for c in last_two[-2:])) and not r.says("puts_off", lower)
    if _BUT_YES.search(lower) and not r.is_question(said[-1]) and not _PUTS_OFF.search(lower):
        return True  # the price said to be steep, and taken: "450 is steep but ok, better than the irs finding me first."
    return bool(_GO_AHEAD_SAID.match(said[-1])) or bool(_GO_AHEAD_FIRST.match(said[0])) and all(
        not r.says("but", s) or r.says("time_said", s) for s in said[1:]) and not _PUTS_OFF.search(lower)


#: Where a sentence's clauses part: a Spanish or Chinese go-ahead is read in the last one ("Bueno, hagámoslo.", "…不过我急着
#: 用，那就办吧。"), a Chinese line pleased and then consulting clause by clause (`_pleased_then_consults`).
_CLAUSES = re.compile(r"[，,…~、]+")
#: …and in Chinese chat, the spaces between its clauses.
_CHAT_CLAUSES = re.compile(r"[，,…~、\s]+")


def _ends_on_go_ahead(r: Reader, sentence: str) -> bool:
    """Whether a Spanish or Chinese sentence's last clause is only a go-ahead ("Bueno, hagámoslo.", "…那就办吧。")."""
    return r.says("go_ahead_said", _CLAUSES.split(sentence.strip(" 。.!！…~"))[-1])


#: A last sentence that is only a go-ahead ("Do it.", "Okay, go ahead.", "Fine, go for it!").
_GO_AHEAD_SAID = re.compile(rf"^(?:{_GO_AHEAD_WORDS}\W+)*(?:just |please )?"
                            r"(?:do (?:it|that)|go ahead|go for it|let's (?:do it|do that|go ahead)|"
                            # (…or takes it: "Okay, that's within budget. I'll take it.", "We'll have the two, then.")
                            r"(?:i'll|i will|we'll|we will) (?:take|have|buy|get) (?:it|them|that|this|that one|this one|both|the two|"
                            r"the [\w-]+(?: one)?)|sold|(?:it's a |you've got a )?deal)(?:,? then|,? please|,? thanks|,? thank you)?\W*$")
#: A first sentence that goes ahead with what was put forward, whatever follows ("Yeah, do that.", "Let's do the antenna
#: and the fella coming out.").
_GO_AHEAD_FIRST = re.compile(rf"^(?:{_GO_AHEAD_WORDS}\W+)*(?:just |please )?"
                             r"(?:do (?:it|that|both)|go ahead|go for it|let's (?:do|go with|book|get) (?:it|that|both|them|the [\w' -]+))\b[^?]*$")


#: A favour offered, nothing sold ("There's no hurry, you can pay another day", "you can split it into two",
#: "a paw print in clay, no charge, if you'd like it").
_FAVOUR = re.compile(r"\bno (?:hurry|rush)\b|\b(?:no charge|free of charge|at no cost|on the house)\b|"
                     r"\byou can (?:pay|split|spread|come back|leave it|take your time)\b|\b(?:another|any other) day\b")


def _waves_off_a_favour(before: Turn, turn: Turn) -> bool:
    """An English customer line that declines, with thanks, a favour the trainee offered without selling anything
    ("…you can split it into two." - "no need to split, 104 i can pay. thank you so much"): no objection."""
    if turn.reader.code != "en" or before.moves & {"upsell", "pitch", "closing", "discount", "pressure"}:
        return False
    lower = turn.said_lower or turn.text_lower
    return (bool(_FAVOUR.search(before.said_lower)) and turn.reader.says("thanks", lower) and not hesitates(turn)
            and not turn.reader.says("walks_away", lower)
            # (forty-ninth round, blind174 read) "No rush." - "Thanks. We're seeing a few more places before anything.": the
            # time taken to look elsewhere
            and not any(h.label == "think_it_over" and h.weight >= STRONG_CUE for h in objection_scores(turn.reading)[1]))


def only_asks(turn: Turn) -> bool:
    """A customer line that only asks ("Is it dangerous if I leave it?", "Can I see it first?"): a question
    about the offer is no push-back unless its words object outright."""
    r = turn.reader
    said = [s for s in r.sentences(turn.said_lower) if len(s.split()) > 2 or s.rstrip().endswith("?") or r.code == "zh"]  # not "Oh."
    return bool(said) and all(r.is_question(s) and not _FIGURE_ECHOED.match(s) for s in said)


#: A figure said back as a question ("Twenty-four thousand?", "50 each?", "2,500?"): surprise at the price, not a
#: question about the offer.
_FIGURE_ECHOED = re.compile(r"^\W*(?:[$€£]?\d[\d,.]*|(?:[a-z]+-)?[a-z]+ (?:thousand|hundred|grand|million|k))(?: (?:\w+))?(?: (?:each|a (?:month|year|night|week)|per \w+))?\W*\?\W*$")


def what_it_answers(before: Turn | None) -> str:
    """What the trainee line before a customer line did, in words the in-dialogue objection model
    reads: its moves, its question's form and technique, and its words ('' when the customer opens)."""
    return "" if before is None else f"{what_it_did(before)} {before.said_lower}".lstrip()


def what_it_did(before: Turn | None) -> str:
    """A trainee line's moves and its question's form and technique, as words ("closing asks closed confirming"; ''
    when the customer opens or the line did nothing the engine names): the Spanish and Chinese in-dialogue models read
    these, not the trainee's words."""
    if before is None:
        return ""
    did = [m.replace("_", "") for m in sorted(before.moves)]
    q = before.question
    if q is not None:
        did += ["asks", q.form, q.label]
    return " ".join(did)


#: A question that asks what the customer makes of something offered ("What do you think of the
#: new menu boards?", "Would you consider a smart thermostat?", "How does that sound?").
_ASKS_VIEW_OF_OFFER = re.compile(
    r"\b(?:what do you think (?:of|about)|what(?:'s| is) your (?:view|take|feeling)|how (?:does|do) (?:that|this|it|they) (?:sound|look|land)|"
    r"how do you feel about (?:the|our|this|that|it|going|adding|switching|moving)|would you (?:consider|be interested|be open)|"
    r"would you like (?:me|us) to|how about|are you interested|"
    # "…, would that take care of the stops?", "Would this solve it for you?"
    r"would (?:that|this|it) (?:take care of|solve|fix|help(?: you)?|work for you|do (?:it|the job)|sort (?:it|that|things) out)|"
    r"(?:does|would) (?:that|this) sound (?:good|ok|okay|all right|alright|fair|like a plan|right|reasonable)|"
    # (fifty-first round, blind202 read) "…checks the loft for you… Does that sound like it covers it?"
    r"(?:does|would) (?:that|this|it) (?:sound like (?:it|that|this) )?(?:covers?|would cover) (?:it|everything|what you need))\b")


def asks_only(turn: Turn) -> bool:
    """A trainee question that offers nothing and asks for no decision (the customer answers it;
    an objection comes when they are offered something, asked what they make of an offer, or asked
    to decide)."""
    lower, r = turn.said_lower, turn.reader
    return (turn.question is not None and not turn.moves & _ASKS_DECISION and not r.says("offer", lower)
            and not r.says("asks_leave", lower) and not r.says("asks_view_of_offer", lower))


def objection_after(before: str | None, text: str) -> bool:
    """Whether a customer line objects after the trainee line `before` (None: the customer opens)."""
    lines = ([{"speaker": "trainee", "text": before}] if before else []) + [{"speaker": "customer", "text": text}]
    turns = parse_turns(lines)
    return bool(turns) and raises_objection(turns, turns[-1])[0]


# -- listening ------------------------------------------------------------------------
@once_per_turn
def builds_on(turn: Turn) -> bool:
    """Whether a trainee turn takes up the customer turn just before it."""
    prev = turn.after
    if prev is None or turn.best:
        return True
    if turn.moves & {"rudeness", "argument"}:
        return False  # talking down to the customer or arguing with them brushes aside what they said
    if turn.moves & (PUSHING | {"pitch"}) and asks_or_worries(prev):
        return False  # selling or pushing in reply to a request, a worry or a complaint
    if _reply_says_it_missed(turn, prev):
        return False
    if turn.moves & _TAKES_UP and not _hollow_sympathy(turn, prev):
        return True
    if prev.text.rstrip().endswith(("?", "？")) and turn.reader.says("answers", turn.said_lower):
        return True  # "Like that?" - "That's it, lovely. …"
    if (turn.question is not None and turn.question.form == "open" and asks_or_worries(prev) and not asks_trainee(prev)
            and not turn.moves & (PUSHING | {"pitch", "closing"})):
        return True  # a doubt or a worry explored with an open question ("What's putting you off?")
    if (turn.question is not None and asks_trainee(prev) and not shares_words(turn.words, prev.words)
            and "counter_question" not in turn.moves and not _answers_first(turn, prev)):
        return False  # the customer asked for something and got a new question instead
    if "what_else" in turn.moves:
        return True
    if "closing" in turn.moves and customer_agreed(turn):
        return True
    if turn.reader.says("follow_up", turn.said_lower):
        return True
    if _answers_first(turn, prev):
        # the customer asked, the trainee answered, unless the reply thanks and moves on to something else
        return not turn.reader.says("pivot", turn.said_lower) or shares_words(turn.words, prev.words)
    if customer_agreed(turn) and not turn.moves & (PUSHING | {"pitch", "upsell"}):
        return True  # the customer said yes; the trainee does what was agreed ("Done. You'll get a text…")
    if not asks_or_worries(prev) and is_discovery(turn):
        return True  # after a plain answer, a new question about the need moves the exchange on
    if (not asks_or_worries(prev) and prev.answers_question and turn.question is None
            and not turn.moves & (PUSHING | {"pitch", "upsell"})):
        return True  # the customer answered the trainee's question; the trainee goes on with what it was for
    return shares_words(turn.words - _greeting_echo(turn, prev), prev.words) or _asks_after_them(turn, prev)


#: Someone the customer speaks for ("my father", "our daughter", "my mam"), and a question that asks after them by "he" or
#: "she" ("I want to book a diabetes check for my father." - "How is he getting around these days?"): the same person taken up.
_THEIR_PERSON = re.compile(r"\b(?:my|our)\s(?:(?:old|little|elderly|eldest|youngest|younger|older)\s)?(?:" + _KIN + r"|mother|mum|mom|mam|ma|"
                           r"grandmother|grandfather|grandma|grandpa|granny|gran|child|kid|baby|aunt|auntie|grandson|granddaughter|"
                           r"mother-in-law|father-in-law|boss|employee|tenant|patient)\b")
_ASKED_AFTER = re.compile(r"\b(?:he|she|him|her|his)\b[^.!?]*\?")


def _asks_after_them(turn: Turn, prev: Turn) -> bool:
    """Whether an English trainee turn asks after the person the customer's line was about, by "he" or "she"."""
    return (turn.reader.code == "en" and bool(_THEIR_PERSON.search(prev.said_lower or prev.text_lower))
            and bool(_ASKED_AFTER.search(turn.said_lower)) and not _THEIR_PERSON.search(turn.said_lower))


#: A stock acknowledgement that names nothing of what was said ("I understand completely.", "I hear you.").
_STOCK_SYMPATHY = re.compile(r"^i (?:completely |totally |fully |really |do |can )?(?:understand|hear you|get it|get that|appreciate that)"
                             r"(?: completely| totally| fully)?$")


def _hollow_sympathy(turn: Turn, prev: Turn) -> bool:
    """Whether a turn's only way of taking up what the customer said is a stock "I understand" before it moves on to
    selling or closing, with no word of what they said ("I understand. Our premium plan
    has it all. Shall I sign you up?" after a complaint about a dropped line)."""
    if turn.moves & _TAKES_UP != {"empathy"}:
        return False
    return (all(reads_as(turn, _STOCK_SYMPATHY, "stock_sympathy", e) for e in turn.evidence.get("empathy", ()))
            and bool(turn.moves & (PUSHING | {"pitch", "closing"})) and not shares_words(turn.words, prev.words))


def _reply_says_it_missed(turn: Turn, prev: Turn) -> bool:
    """Whether the customer's next line says this trainee turn went past what they had said (`prev`): they put it
    right (a summary: even with a plain "No, …"), complain of a question asked again, press the point, take offence,
    wave off what it brought up ("Style doesn't matter."), or have to say their own words again, none of them taken up
    ("My back hurts, and I'm tall. I need a long seat.")."""
    reply = turn.reply
    if reply is None:
        return False
    r = reply.reader
    return (corrects(reply, after_claim="paraphrase" in turn.moves) or takes_offence(reply)
            or r.says("repeat_complaint", reply.text_lower) or r.says("unanswered", reply.text_lower)
            or r.says("waves_off", reply.said_lower)
            or (len((reply.words & prev.words) - turn.words) >= SAID_AGAIN_WORDS
                and turn.question is None and not turn.moves & _TAKES_UP
                and not (goes_along(reply) and not asks_anything(reply))))
    # (…but the words taken again to say yes are no point made again: "…How much for the trial SIM?" - "Rs 300…" - "Okay,
    # give me the trial SIM."; fiftieth round, blind192 read. Asked again, they are: "SSDs sound better… Will it also fix
    # the server files?")


def asks_anything(turn: Turn | None) -> bool:
    """Whether any sentence of a line asks a question."""
    return turn is not None and any(turn.reader.is_question(s) for s in turn.reader.sentences(turn.text_lower))


def _greeting_echo(turn: Turn, prev: Turn) -> frozenset[str]:
    """The word both lines open with ("Labdien. I need a chair…" - "Labdien! What style…?"): a greeting given back
    takes up nothing the customer said."""
    opening = [t.said_lower.split(maxsplit=1)[0] if t.said.strip() else "" for t in (turn, prev)]
    if not opening[0].endswith((",", ".", "!", ";", ":")):
        return frozenset()  # a greeting given back stands alone ("Labdien! …"); "Direct then." - "Direct on the 10th." takes it up
    first = [t.reader.words(w) if w else frozenset() for t, w in zip((turn, prev), opening)]
    echoed = first[0] & first[1]
    return echoed if len(echoed) == 1 and len(first[0]) == 1 else frozenset()  # one word (a line with no spaces is no word)


def _answers_first(turn: Turn, prev: Turn) -> bool:
    """Whether the customer asked something (anywhere in their line) and the trainee's reply opens with a
    statement, not a question of its own ("Earliest is the 22nd. …", "I'll move it to Tuesday. Same flight?")."""
    if "?" not in prev.text and "？" not in prev.text:
        return False
    if turn.question is None:
        return True
    said = turn.reader.sentences(turn.text_lower)
    return len(said) > 1 and not turn.reader.is_question(said[0])


#: A reply that opens by thanking or cheering and then moves on ("Great. We also have a newsletter…").
_PIVOT = re.compile(r"^(?:great|perfect|wonderful|lovely|awesome|fantastic|excellent|brilliant|super|thanks|thank you|absolutely)\b")
#: A reply that opens by answering a yes/no question ("Yes, …", "That's it, …", "No, not at all").
_ANSWERS = re.compile(r"^(?:yes|yeah|yep|no|nope|that's it|that's right|that's the one|exactly|correct|of course|absolutely|definitely|not at all)\b")
#: Moves that by their nature take up what the customer said.
_TAKES_UP = frozenset({"empathy", "paraphrase", "apology", "counter_question", "hypothesis", "transformation",
                       "commitment", "evidence_offer"})
#: A customer asking the trainee for something ("Can someone come and empty it?", "I'd like you to fix it").
_ASKS_TRAINEE = re.compile(
    r"\?\s*$|\?\s+\S|\b(?:can|could|will|would) (?:you|someone|somebody|anyone|one of you|your \w+)\b|\bplease\b|"
    r"\bi(?:'d| would) like you to\b|\bi (?:want|need) (?:you|someone|somebody) to\b|\bi(?:'d| would) like (?:a|my|the|to know)\b")


def asks_trainee(turn: Turn) -> bool:
    """Whether a customer turn asks the trainee a question or for something to be done (a tag that asks nothing, the
    Spanish "…tiene ochenta y tantos, ¿sabes?", left out)."""
    if turn.speaker != "customer":
        return False
    r, lower = turn.reader, turn.text_lower
    tags = r.patterns.get("tag_question")
    return r.says("asks_trainee", tags.sub("", r.fold(lower)) if tags is not None else lower)


def shares_words(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of stemmed words share a word, or one word begins the other ("pay", "payments")."""
    if a & b:
        return True
    return any(len(x) >= 3 and len(y) >= 3 and (x.startswith(y) or y.startswith(x)) for x in a for y in b)


#: A customer line that asks the trainee something or voices a worry, a wish or a doubt.
_ASKS_OR_WORRIES = re.compile(
    r"\?|\b(?:worr(?:y|ied|ies)|concern(?:ed|s)?|afraid|scared|nervous|not sure|unsure|doubt|problem|issue|"
    r"frustrat\w*|annoy\w*|angry|upset|disappoint\w*|please|i need|we need|i want|we want|can't|cannot|won't|"
    r"expensive|budget|time|hurry|busy|late|again)\b")


def needs_answer(turn: Turn) -> bool:
    """A customer turn with enough to take up (not a bare "Yes." or "Fine.")."""
    return turn.speaker == "customer" and len(turn.words) >= 2


@once_per_turn
def asks_or_worries(turn: Turn) -> bool:
    """A customer turn that asks the trainee something or voices a worry, a wish, a doubt or anger."""
    return turn.reader.says("asks_or_worries", turn.text_lower) or is_upset(turn) or corrects(turn)


def echoes_any(turn: Turn, customer_words: frozenset[str]) -> bool:
    """Whether a playback uses at least one word the customer said (beyond the words of the check)."""
    return bool((turn.words - turn.reader.check_words - turn.reader.stopwords) & customer_words)


def grounded(turn: Turn, customer_words: frozenset[str]) -> bool:
    """Whether a playback ("So it's the downtime that hurts") uses what the customer said."""
    own = turn.words - turn.reader.check_words - turn.reader.stopwords
    if not own:
        return False
    shared = own & customer_words
    return len(shared) >= 2 or len(shared) / len(own) >= 0.4



# -- the readers -------------------------------------------------------------------------------
#: How English turns are read: the engine's own classifiers and the patterns above.
ENGLISH = Reader(
    code="en",
    patterns={"agrees": _AGREES, "thanks": _THANKS, "nothing_more": _NOTHING_MORE, "sums_up": _SUMS_UP, "refuses": _REFUSES, "but": _BUT, "negation": _NOT, "says_no": _SAYS_NO,
              "corrects": _CORRECTS, "confirms": _CONFIRMS, "walks_away": _WALKS_AWAY, "presses": _PRESSES, "polite_exit": _POLITE_EXIT, "level_names": _LEVEL_NAMES, "need_word": _NEED_WORD, "framework_words": _FRAMEWORK_WORDS, "answers": _ANSWERS,
              "repeat_complaint": _REPEAT_COMPLAINT, "asks_trainee": _ASKS_TRAINEE, "asks_or_worries": _ASKS_OR_WORRIES,
              "follow_up": _FOLLOW_UP, "pivot": _PIVOT, "offer": _OFFER, "asks_leave": _ASKS_LEAVE,
              "asks_view_of_offer": _ASKS_VIEW_OF_OFFER, "plays_back": _PLAYS_BACK, "asks_check": _ASKS_CHECK,
              "asked_clause": _ASKED_CLAUSE, "discourse": _DISCOURSE, "checks_fix": _CHECKS_FIX,
              "vague_promise": _VAGUE_PROMISE, "time_said": _TIME_SAID, "hesitates": _HESITATES, "acted": _ACTED,
              "missed_anything": _MISSED_ANYTHING, "nothing_missed": _NOTHING_MISSED, "grudging": _GRUDGING,
              "unanswered": _UNANSWERED, "checks_offer": _CHECKS_OFFER, "lost": _LOST,
              "declares_done": _DECLARES_DONE, "takes_offence": _TAKES_OFFENCE, "waves_off": _WAVES_OFF,
              "condition": _CONDITION, "moves_forward": _MOVES_FORWARD, "goes_with_us": _GOES_WITH_US, "puts_off": _PUTS_OFF, "options_only": _OPTIONS_ONLY} | FAULT_PATTERNS,
    check_words=_CHECK_WORDS, stopwords=STOPWORDS, fold=lambda text: text, words=content_words,
    sentences=sentences, marked_sentences=sentences, is_question=lambda sentence: question_form(sentence).is_question, similar=similar, likeness=similarity,
    text=normalise,
    read_turn=read_turn, need_scores=need_rule_scores, upset_level=upset_level, reports_problem=reports_problem,
    objection=is_objection)


def reader_of(t: Text) -> Reader:
    """The reader of a normalised turn: Spanish or Chinese by their own lexicons, anything else English."""
    return readers.reader(t.language) if t.reason == "language" and t.language in readers.LANGUAGES else ENGLISH


def readable(t: Text) -> bool:
    """Whether the rubric reads a normalised turn: English it can judge, or Spanish or Chinese."""
    return t.judgeable or (t.reason == "language" and t.language in readers.LANGUAGES)
