"""How the simulated customer answers a free-text turn.

The turn is read with the scoring engine (`coursekit.scoring.analyse_turn`): its
question technique and form, the need level it targets, and its moves (pitch,
pressure, discount, argument, hypothesis, ...). If it matches one of the current
options closely, the session follows that option (`match_option`). Otherwise
`respond` answers from the scenario's content:

- an open question reveals the facts of the hidden need it is about: the need at the
  level it targets, else the need whose words (facts, surface line, keywords) it shares
  most, else (a weaker answer) the next untold need; a closed one gets a short answer
  (one word from a silent customer) and confirms a need already told;
- pitching before any need is known loses interest ("I'll think about it");
- an open objection tested with a hypothesis, a counter-question or an open question
  about the doubt shows whether it is genuine and what the real concern is; a reply that
  addresses the concern (its words, or a move the objection lists) resolves it; after two
  unhelpful replies in a row the customer names what would help, and after four gives up;
- asking for the order before the need and the objections are settled brings up the
  next objection or "I'll think about it".
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Callable

from coursekit.labels import TECHNIQUES
from coursekit.sim import replies
from coursekit.sim.asking import (AFTER_PAUSE, asks_fact, asks_wh, checks_summary, offers, offers_choice, proposes,
                                  put_as_question, question_part)
from coursekit.sim.customer import CustomerModel
from coursekit.sim.scenario import Objection, Option
from coursekit.scoring.language import fold_accents
from coursekit.scoring.playback import contradicts, made_up
from coursekit.scoring.text import normalise
from coursekit.scoring.timeslots import DAY_NAMES
from coursekit.scoring.words import alike_words, content_words, overlap, similarity

#: Moves that put an objection to the test.
TESTS = frozenset({"hypothesis", "counter_question"})
#: Patience an engaged customer regains when a good turn reveals or settles something.
ENGAGED = 3
#: Trust a free-text turn earns when it brings out something new (a good question heard).
HEARD = 3
#: Moves that change what a turn is; an option matches free text only if it carries them too.
DEFINING_MOVES = frozenset({"pitch", "pressure", "discount", "argument", "hypothesis",
                            "counter_question", "transformation", "paraphrase", "commitment", "rudeness",
                            "leading", "upsell"})

#: "What else?" asked this many turns in a row already: the next one finds nothing more (a question about the
#: need in between starts the count again).
WHAT_ELSE_RUN = 2
#: Content words a typed summary needs before "none of them was heard" shows it is made up.
UNHEARD_WORDS = 3
#: Words of what the customer said a summary plays back before one stray word of an untold need
#: ("…and proof it sells at a shop like yours") is taken for the trainee's own wording, not a claim.
GROUNDED_WORDS = 3
#: Words of hers a typed summary plays back to be a long summary of what she said (`wrong_playback`).
SUMMED_UP_WORDS = 10
#: Words a yes/no question shares with the fact she would tell next for her to tell it (`_next_fact_asked`).
NAMED_FACT_WORDS = 2
#: Words of time, which name no need of their own ("in two years", "what comes next").
_GENERIC_WORDS = content_words("year years time times day days week weeks month months last back")
#: Words more that a typed proposal shares with an option of another kind than with the one its purpose matched, for
#: it to be no match (`match_option`).
OTHER_PURPOSE_WORDS = 2
#: Words of an untold need the question a turn ends on needs to name it over the remark before it (`_named_instead`).
NAMED_NEED_WORDS = 2
#: Words told before a turn's question from which on the question is matched on its own words (`match_option`).
LONG_PREAMBLE_WORDS = 12
#: Words of the summary itself, not of what the customer said ("so you're saying…", "is that right").
_SUMMARY_WORDS = frozenset({"saying", "sounds", "hearing", "right", "correct", "understand", "understood", "mean",
                            "basically", "really", "just", "want", "need", "like", "think", "make", "sure"})


def _topic_words(text: str) -> set[str]:
    """A turn's content words of four letters or more, without the words of summing up ("so you're saying…")."""
    return {w for w in content_words(text) if len(w) >= 4} - _SUMMARY_WORDS


#: An open question that asks the customer to picture something and describe it, not to agree to it.
_PICTURE_ASKED = re.compile(r"\b(?:what would (?:it|that|things|this|the \w+|your \w+) (?:look|feel|be) like|"
                            r"how would you (?:want|like|need|see|picture|imagine)|what would (?:it|that|this) (?:mean|change) (?:for|to) you)\b",
                            re.I)
#: What keeps the customer from yes (`CustomerModel.not_ready_because`) -> the line that hints at it.
_NOT_YET = {"trust": "think_it_over_trust", "needs": "think_it_over_more", "need": "think_it_over_unconfirmed"}


def asks_for_decision(analysis) -> bool:
    """Whether a turn asks the customer to decide or proposes a next step ("Shall we go ahead?",
    "Would a trial in March be a fair way to start?"): the scoring move `closing`."""
    return "closing" in analysis.moves


#: Words that ask for more than was told ("anything else", "what other…", "besides that").
_ASKS_MORE = re.compile(r"\b(?:else|other|more|besides|apart from|anything|in addition|as well)\b", re.IGNORECASE)
#: Words any complaint is told in, whatever it is about: a typed summary that says "failing" for "they wear out" claims
#: nothing she has not said (fifty-eighth round, chat voice: "so just to check, its mainly the seals failing early right"
#: was met with "That's not what I said. Were you listening?").
_COMPLAINT_WORDS = content_words("fail fails failing failure break breaks broken problem problems issue issues trouble wrong")


#: A sentence that asks rather than states: a question word or an inverted verb first.
_ASKING = re.compile(r"^(?:(?:and|but|so|ok|okay|right|sorry),? )?(?:what|where|when|why|who|whom|whose|which|how|do|does|did|is|are|was|were|"
                     r"can|could|would|will|shall|should|have|has|had|may|might)\b[^?]*\?\s*$")


#: Words that carry no topic of their own in a prompt ("interesting, tell me more", "hmm ok, and what else", "how come").
_PROMPT_FILLER = frozenset({"interest", "hmm", "cool", "come", "especial", "next", "okay", "yeah", "right", "great", "nice"})


def _is_empty_prompt(text: str, analysis) -> bool:
    """Whether a question asks nothing of its own: no topic word ("tell me more", "go on, what else",
    "and why would that be?"), no move but "what else" or an "I see", no summary, test or proposal."""
    if analysis.question is None or not analysis.question.is_question:
        return False
    return not (content_words(text) - _PROMPT_FILLER) and not set(analysis.moves) - {"what_else", "empathy"}


def _speakers(scenario) -> dict[str, tuple[str, list]]:
    """The customer's colleagues who speak in a scenario (facts told as "Andrés: …"), by folded lower-case name: a
    pattern of their role as the customer's role line puts it ("operations manager Andrés": "your operations manager")
    and their needs."""
    out: dict[str, tuple[str, list]] = {}
    for need in scenario.needs:
        for fact in need.facts:
            found = _SPEAKER.match(fact)
            if found is None:
                continue
            name = found.group(1)
            role = re.search(rf"((?:[\w-]+\s+){{1,2}}){re.escape(name)}\b", scenario.customer.role)
            tokens = re.split(r"[\s-]+", fold_accents(role.group(1).strip().lower()))[:2] if role else []
            # (said as typed: "operations manager", "front desk", "front-desk")
            words = r"(?:the|your|ur)\s+" + r"[\s-]?".join(re.escape(t) + "s?" for t in tokens) if len(tokens) == 2 else ""
            key = fold_accents(name.lower())
            if need not in out.setdefault(key, (words, []))[1]:
                out[key][1].append(need)
    return out


#: A fact told by a colleague at the table ("Andrés: When we changed software…").
_SPEAKER = re.compile(r"^([A-ZÀ-Ý][\w-]+):\s")

#: The most words of the part of her answer she names as what would settle her doubt ("the old system running alongside").
WANTED_WORDS = 6

#: Kinds of answer a question asks for, each with what a customer line holds when it gives one: a place ("where…?"),
#: a person ("who…?"), a number ("how many…?", "how old…?").
_ANSWER_KINDS = {
    "place": (re.compile(r"\bwhere(?:'s|\s)"),
              re.compile(r"\b(?:at|in|near|on|from) (?:the |my |our |a |an |his |her )?(?:home|house|garden|hall|restaurant|hotel|"
                         r"shop|store|office|plant|yard|warehouse|clinic|church|venue|farm|school|bakery|pharmacy|site)\b|"
                         + replies.NAME.pattern)),
    "person": (re.compile(r"\bwho(?:'s|\s)"),
               re.compile(replies.NAME.pattern + r"|(?i:\b(?:son|daughter|wife|husband|sister|brother|mother|father|mum|"
                          r"dad|nephew|niece|uncle|aunt|manager|boss|team|staff|driver|owner|partner|family|nobody|no one|"
                          r"myself|everyone)\b)")),
    "number": (re.compile(r"\bhow (?:many|much|old|long|often|big|far)\b"),
               re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                          r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|half|few|several|couple|"
                          r"once|twice|every|daily|weekly|monthly|percent|none|all)\b", re.IGNORECASE)),
}

#: Where a turn turns from playing back to proposing ("…so it's about not losing appointments. So what I'd do: the
#: other three clinics don't change…"): what follows is the trainee's offer, not something the customer said.
_OWN_PROPOSAL = re.compile(
    r"\b(?:what i(?:'d| would| will|'ll) (?:do|suggest|propose|recommend)|here'?s (?:what i(?:'d| would)? ?(?:do|suggest|propose)|"
    r"my (?:idea|suggestion|proposal|plan|offer))|my (?:idea|suggestion|proposal|plan) (?:is|would be)|"
    r"i(?:'d| would) (?:like to )?(?:suggest|propose|recommend)|(?:let me|may i|can i) (?:suggest|propose|make a suggestion)|"
    r"(?:one|an) idea\b|what if (?:we|i)\b|how about (?:we|i)\b)", re.IGNORECASE)


def _without_unmarked_question(text: str) -> str:
    """A turn without the question it ends on when that was typed without its mark ("…to help get there, which steps eat
    the most time, is it pulling data from the plants, reconciling, or something else": sixtieth round, chat voice)."""
    if "?" in text or "？" in text:
        return text
    sentences = re.split(r"(?<=[.!])\s+", text.strip())
    return " ".join(sentences[:-1]) if _asks(sentences[-1].lower().rstrip(" .!") + "?") else text


def ends_on_unmarked_question(text: str) -> bool:
    """Whether a typed turn ends on a question typed without its mark ("…makes a lot of sense. at ur level tho what's
    the big goal, like what result would tell u this was worth it")."""
    return _without_unmarked_question(text) != text


def claims(text: str) -> str:
    """The sentences of a turn that state something: a question asks ("Where do the empty slots come
    from: no-shows, late cancellations?") and claims nothing the customer said, nor does the trainee's own
    proposal after a playback ("…So what I'd do: …")."""
    text = text or ""
    own = _OWN_PROPOSAL.search(text)
    if own is not None and own.start() > 0:
        text = text[:own.start()]
    sentences = re.split(r"(?<=[.?!])\s+", text.strip())
    stated = " ".join(s for s in sentences if not _asks(s.lower()))
    asked = question_part(text)  # "So shelves by Saturday - what kind of wall is it, brick or concrete?"
    if asked.endswith(("?", "？")) and _ASKING.match(asked.lower()) and asked in stated:
        stated = stated.replace(asked, "")
    return stated


#: A condition put first ("Suppose I could have the reports ready in time, would we keep talking?"): what it
#: supposes is offered, not asked.
_CONDITION = re.compile(r"^\W*(?:(?:and|so|then|ok|okay|well),? )?(?:suppose|supposing|if|imagine|say|assuming|provided|"
                        r"what if|let's say|lets say|were|had|should|in case)\b")


#: A question after a comma that runs on through more commas to its question mark: an inverted verb and its subject
#: ("…, is there something else important for the decision, like budget…?"), not a clause that describes ("…, which
#: is safe and usually helps her sleep").
_ASKS_AFTER_COMMA = re.compile(
    r"^(?:(?:and|but|so|or),? )?(?:(?:what|where|when|why|how)(?: \w+)? )?(?:is|are|was|were|do|does|did|can|could|would|"
    r"will|shall|should|have|has|may|might) (?:there|you|u|we|i|it|they|he|she|that|this)\b[^?]*\?\s*$")


#: A joining word before a question word inside a sentence ("…and how many…", "…tho what's…").
_JOINED_WH = re.compile(r"\s(?:and|but|so|then|though|tho|now|also|like)\s+(?=(?:what|how|where|when|why|who|which)(?:'s|'re|\s+(?:"
                        r"is|are|was|were|do|does|did|can|could|would|will|should|has|have|many|much|long|often|kind|sort|"
                        r"type|time|day|exactly|else|happened))\b)")


def _asks(sentence: str) -> bool:
    """Whether a sentence asks: a question word or an inverted verb first, or after a lead-in ending in a comma
    ("Beyond the deliveries themselves, could you explain what you would expect?", "And from your side, is there
    something else important for the decision, like budget…?")."""
    if _ASKING.match(sentence):
        return True
    if not sentence.rstrip().endswith("?") or _CONDITION.match(sentence):
        return False
    parts = re.split(r",\s+", sentence)
    if any(_ASKING.match(part) or _ASKS_AFTER_COMMA.match(", ".join(parts[k:])) for k, part in enumerate(parts) if k):
        return True
    # a question word after a joining word, typed without the comma ("ok and how many go missing?", "at your level tho
    # what's the big goal?": sixty-first round)
    joined = _JOINED_WH.search(sentence)
    return joined is not None and bool(_ASKING.match(sentence[joined.end():]))


def turn_level(analysis) -> str | None:
    """The need level a turn targets, or None when it names none."""
    need = analysis.need
    return need.label if need.evidence else None


def turn_tags(analysis) -> frozenset[str]:
    """Moves, question technique and form of a free-text turn (what temperaments react to)."""
    tags = set(analysis.moves)
    q = analysis.question
    if q is not None and q.is_question:
        tags.add(q.label)
        tags.add(q.form)
    return frozenset(tags)


#: A typed line this similar to an option's text counts as choosing that option ...
CLOSE_MATCH = 0.8
#: ... and from this similarity on, it does if it also has the option's technique.
FAIR_MATCH = 0.5
#: Free-text turns in a row that do nothing for an open objection before the customer
#: names what would help (and, at twice as many, gives up).
STUCK_HINT = 2
#: An open question "about the doubt" tests an objection like a counter-question does.
#: Content words a favour offered where she needs nothing names, to be one ("check your battery, updates and photos").
FAVOUR_WORDS = 3
#: A question about what went wrong before ("what happened with your last carrier?", "has something gone wrong with one
#: before?", "what changed that made the post not good enough?"): it brings out a bad experience still unsaid (not "how
#: have things been with us, before this went wrong?").
_PAST_FAILURE = re.compile(
    r"\b(?:what happened (?:with|to) (?:the|your|ur) (?:last|previous|old|former|other)|what happened (?:the )?last time|"
    r"what (?:went|has gone|had gone) wrong|(?:something|anything)\b[^.?!]{0,15}\b(?:went|gone) wrong|let (?:you|u|her|him|them) down|"
    r"had (?:any )?(?:trouble|problems?|issues?|a bad (?:time|experience))|bad (?:time|experience)s?|"
    r"(?:any )?experiences? with (?:these|those|them|one|it|the|a|an)|how did (?:that|it) go for|what changed)\b",
    re.IGNORECASE)
#: A yes/no question about what holds her back ("is there anything that would hold you back from switching?"): asks for
#: her doubt, however it is tagged (not "so your concern is the price, right?", a summary of one she said).
_HOLDS_BACK = re.compile(r"\b(?:hold\w* (?:you|u) back|stop\w* (?:you|u) from|(?:anything|something) (?:that )?(?:would |might |could |still )?"
                         r"(?:worr|concern|bother|make[s]? you (?:hesitat|unsure|doubt))\w*)", re.IGNORECASE)
#: (not "so that we make sure they hold", "I'm sure": no doubt asked about)
_ABOUT_DOUBT = re.compile(
    r"\b(?:(?<!no )worr\w*|concern\w*|doubt\w*|hesitat\w*|hold\w* (?:you|her|him|them) back|stop\w* you|"
    r"(?<!make )(?<!makes )(?<!making )(?<!for )(?<!i'm )(?<!i am )sure|unsure|convinc\w*|reassur\w*|think (?:it )?over|missing|bother\w*|put (?:you|her|him|them) off|"
    r"reservations?|uneasy|behind (?:it|that|this)|real (?:reason|issue|problem|question)|afraid|fear\w*|"
    r"risk\w*|nervous|objection|what would (?:it take|help|you need|need to happen)|"
    r"(?:would|could|might) (?:change (?:that|this|it|your mind|things)|make (?:a|the|any) difference))",
    re.IGNORECASE)
#: A yes/no question that asks what would change her mind ("Is there anything that would change that?"):
#: it tests an objection as an open question about the doubt does.
_CHANGES_MIND = re.compile(r"\b(?:anything|something|what) (?:\w+ ){0,3}(?:would|could|might) (?:change (?:that|this|it|your mind|things)|"
                           r"make (?:a|the|any) difference)", re.IGNORECASE)
#: A question about what it would take ("what would you need to see…?", "what would it take…?"): a hypothetical.
_WHAT_WOULD = re.compile(r"\bwhat (?:would|could|might)\b", re.IGNORECASE)
#: A question put for a yes or a no ("are u thinking of growing…?", "so do you…?").
_YES_NO_ASKED = re.compile(r"^\W*(?:(?:and|so|ok|okay|um|well|then)\b\W*)*(?:are|is|do|does|did|would|will|can|could|have|has|was|"
                           r"were)\s+(?:you|u|they|it|that|this|he|she|we|your|ur)\b")
#: A yes/no question whether there is anything ("is anything big coming up…?", "is there something else…?").
_ANYTHING_ASKED = re.compile(r"\b(?:is|are|was|will|has|have)\s+(?:there\s+)?(?:anything|something)\b", re.IGNORECASE)
#: Words of what lies ahead ("coming up", "soon", "next month"): the need that says when is the one asked about.
_AHEAD = re.compile(r"\b(?:coming up|coming|soon|ahead|upcoming|next (?:week|month|year|few)|plans?|planned|future)\b",
                    re.IGNORECASE)
#: Her needs said back after "Got it:" (the sentence it opens), a summary the rubric does not frame as one.
_GOT_IT = re.compile(r"^\W*(?:(?:ok(?:ay)?|right|great|good)\W+)?got it\s*[:,-]\s*([^.?!]+)", re.IGNORECASE)
#: Words of a need she has told that such a sentence must hold.
GOT_IT_WORDS = 2
#: A trainee asking what a summary got wrong ("sorry, which part did i get wrong", "What did I miss?").
_WHICH_PART = re.compile(r"\b(?:which|what) (?:part|bit|point)\b|\bwhat did i (?:get wrong|miss|misunderstand)\b|"
                         r"\bwhere did i go wrong\b|\bwhat (?:have|did) i (?:got|get) wrong\b", re.IGNORECASE)
#: A question for what it would take ("what would u need to see from us to feel sure about starting"): the condition.
_ASKS_CONDITION = re.compile(r"\bwhat (?:would|could|might|do|does) (?:you|u|it|we) (?:need|take|want)\b|"
                             r"\bwhat would (?:help|make (?:you|u))\b", re.IGNORECASE)
#: Words that offer proof (what a suspicious or hesitant customer needs before an objection resolves).
_EVIDENCE = re.compile(
    r"\b(?:show you|prove|proof|evidence|figures|data|numbers|reference\w*|case stud\w*|trial|pilot|"
    r"test (?:it|run)|try it|demo\w*|sample\w*|guarantee\w*|in writing|contract|customers? (?:like you|who)|"
    r"call (?:one of )?our customers|visit|reports?|(?:call|phone|ring|speak (?:to|with)|talk (?:to|with)) (?:them|one of them) directly)",
    re.IGNORECASE)
#: Objections only an offer or proof answers; a summary that shows she was heard can ease the others (no time,
#: "I'll think it over").
_ANSWERED_BY_AN_OFFER = frozenset({"no_need", "too_expensive", "no_money", "bad_experience"})
_RESOLVE_BLOCKERS = frozenset({"pressure", "argument", "discount", "leading", "rudeness", "upsell"})
#: Moves no customer takes as going ahead with what she has just agreed to.
_OFFENDING = frozenset({"rudeness", "argument", "pressure", "leading", "upsell", "discount", "pitch"})
#: Moves that propose something concrete (a next step, a trial, an offer shaped to the need).
_PROPOSALS = frozenset({"closing", "commitment", "transformation", "evidence_offer"})

#: "time" meaning an occasion in a customer's fact ("The last time I called your office…"): not a word the fact is
#: about, so "When is a good time for you?" does not ask for it again (sixtieth round, the bakery's mixer story).
_OCCASION = re.compile(r"\b((?:last|first|next|every|each|that|this|one|some) )time\b", re.IGNORECASE)


def _without_occasion(fact: str) -> str:
    """A fact without the word "time" where it names an occasion."""
    return _OCCASION.sub(r"\1", fact)


#: A question that asks when ("when do you need the shelves up by?", "is there a deadline?", "how soon…?"), not a "when"
#: that sets the scene ("when a delivery went late, what did that cost you?").
_ASKS_WHEN = re.compile(r"\b(?:when(?:'s| is| are| was| do| does| did| will| would| can| could| should| must| have| has)\b|"
                        r"what time|what day|which day|how soon|by when|how long (?:until|till|before)|deadline|date)\b",
                        re.IGNORECASE)
#: A fact that says when: a day, a month, a date or a time from now ("on Saturday", "from next month", "in three
#: weeks", "by January"); not "the last time" or "for two weeks".
_NAMES_WHEN = re.compile(r"\b(?:" + "|".join(DAY_NAMES) + r"|january|february|march|april|may|june|july|"
                         r"august|september|october|november|december|tomorrow|tonight|today|christmas|easter|"
                         r"(?:next|this) (?:week|month|year|season|spring|summer|autumn|winter)|"
                         r"in (?:\w+ )?(?:days|weeks|months|years)|by (?:then|noon|the end)|\d{1,2}(?::\d\d)? ?(?:am|pm)|"
                         r"(?:by|at|before|after|until|between) (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                         r"twelve|noon|midnight))\b",
                         re.IGNORECASE)
#: A goodbye ("See you Saturday", "take care", "have a good day", "good luck with the baking").
_FAREWELL = re.compile(r"\b(?:see you (?:on |then\b|soon\b|next\b|tomorrow\b|at\b)|see you (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                       r"good ?bye\b|bye\b|take care\b|have a (?:good|great|nice|lovely) (?:day|one|weekend|evening|trip)\b|"
                       r"good luck with\b|enjoy (?:the|your)\b)", re.IGNORECASE)
#: A filler tag ending a line ("…take care, yeah?", "…bye then, ok?").
_TAG_AFTER = re.compile(r"[,\s]\s*(?:yeah|yes|ok|okay|right|alright|all right|eh)\W*$", re.IGNORECASE)
#: Leaving with a next contact ("I'll leave my card and call you before the renewal").
_PARTING = re.compile(
    r"\b(?:(?:leave|left|leaving) (?:you )?(?:my|our) (?:card|number|details|contact)|(?:get|got|getting) in touch (?:nearer|closer|when|once|in)\b|(?:call|ring|phone|check in with|get back to|come back to|contact|visit) "
    r"(?:you|her|him) (?:again |back )?(?:before|in|when|at|next|closer to|once|after)|check back|"
    # "let's keep in touch" (not "how do you and your son keep in touch?")
    r"(?:(?:let's|lets|let us|we'll|we will|i'll|i will|we can|happy to|glad to) |(?<![\w,] )(?<!\w))(?:keep|stay) in touch|"
    r"no pressure|if anything changes|(?:just |feel free to |you can )(?:come|pop|drop) (?:by|back|in)\b|when (?:the|your) (?:licence|license|contract|renewal|daughter)|"
    r"(?:i'll|i will|let me) (?:leave|drop) (?:you )?(?:my|a) (?:card|number)|here's my (?:card|number)|"
    # "when the day comes that your phone does give up, come and find me", "Goodbye!"
    r"come (?:and )?(?:find|see) me|when the day comes|whenever you(?:'re| are) ready|(?:good)?bye(?: for now)?(?=[.!]|$)|"
    # "if it ever stops working, come back or have him call me … take care"
    r"take care(?=[.!]|\s*$)|come back (?:at )?(?:any ?time|any day|whenever|if|when)|(?:have|get) (?:him|her|them|your \w+) (?:to )?(?:call|ring) me|"
    # "…you are welcome to come back at any time, and your son may call me too"
    r"(?:he|she|they|your \w+) (?:may|can|could) (?:always |also )?(?:call|ring|phone) me|welcome (?:back|to (?:come back|call|ring|drop in|pop in))|"
    # "when Mariana takes over, I'd be glad to come by and meet her"
    r"(?:i'll|i will|i'd|i would|i can|i could|happy to|glad to|let me|we'll|we could|i might) (?:\w+ ){0,3}"
    r"(?:come|drop|pop|stop) (?:by|in|round|back)|(?:i'll|i will|we'll|feel free to|do) get in touch)\b",
    re.IGNORECASE)


#: A question word that asks, anywhere in a question ("…, when the licence runs out in 2 years who would decide…"), not
#: one inside what it says ("…so she can see what options exist").
_ASKS_WH_WORD = re.compile(r"\b(?:who|what|which|how|where|why)(?:'s|s)? (?:would|will|do|does|did|is|are|was|were|can|could|"
                           r"should|might|has|have)\b", re.IGNORECASE)


def _parts(text: str) -> bool:
    """Whether a turn takes its leave (`_PARTING`), not in a question that asks what or who ("when the licence runs out
    in 2 years who would decide whats next for the shop": sixtieth round, chat voice) rather than proposes ("would it
    be all right if I left my card…, so that when she takes over and starts thinking about what the shop needs…?")."""
    asked = question_part(text)
    rest = text.replace(asked, " ") if asked else text
    return bool(_PARTING.search(rest) or _PARTING.search(asked) and (proposes(asked) or not _ASKS_WH_WORD.search(asked)))


#: The trainee telling her she needs nothing new ("I don't think you need to try anything", "you don't need a new one").
_NEEDS_NOTHING = re.compile(r"\b(?:you (?:really |honestly )?(?:don't|do not|dont|won't|wont) need|(?:don't|do not|dont) think you "
                            r"(?:really )?need) (?:to (?:\w+ )?)?"
                            r"(?:anything|an? new(?:er)?|new(?:er)?|another|to change|to switch|us)\b"  # ("need new phone")
                            # "keep ur phone, it suits u", "no need to upgrade" (fifty-seventh round, chat voice)
                            r"|\b(?:keep|stick with|hang on to|hold on to) (?:your|ur) (?:own |old |current |present )?"
                            # (not "we keep your old system running in parallel" through a pilot: sixty-first round)
                            r"(?:phone|one|model|system|supplier|setup)\b(?!\s+(?:running|in parallel|alongside|as (?:a )?(?:backup|"
                            r"fallback)|while|until|during|for now|for the (?:pilot|trial|switch)))"
                            r"|\b(?:no|don't|do not|dont) need to (?:buy|change|replace|upgrade|switch)\b"
                            r"|\bno new (?:phone|one|model|system|till|\w+ (?:needed|required))\b|\b(?:on|with) (?:your|ur) own (?:phone|one)\b",
                            re.IGNORECASE)
#: (trust, patience) a summary of things the customer never said costs.
WRONG_PLAYBACK = (-8, -4)


def match_option_text(options: tuple[Option, ...], text: str, tags: frozenset[str],
                      likeness: Callable[[str, str], float] = similarity) -> tuple[Option, float] | None:
    """The option a typed line says (nearly) word for word, with its similarity.

    At `CLOSE_MATCH` or more the line is that option; from `FAIR_MATCH` it is when it
    also carries the option's technique (for a question option: is a question of the
    same form) and no move the option lacks. `likeness` compares two lines (the words of
    the options' language).
    """
    best, best_sim = None, 0.0
    for option in options:
        sim = likeness(text, option.say)
        if sim >= CLOSE_MATCH:
            pass
        elif sim >= FAIR_MATCH:
            if (tags & DEFINING_MOVES) - option.tags or (option.tags & _RESOLVE_BLOCKERS) - tags:
                continue  # (either does something the other does not: an argument, a push)
            form = option.form or ("closed" if option.technique == "confirming" else "open")
            # a question option: a question of the same form ("at the moment" shared by an open
            # question and "How many trucks do you run at the moment?" is no match, whatever the technique)
            same = form in tags if option.technique in TECHNIQUES else option.technique in tags
            if not same or (form == "closed" and "what_else" not in tags
                            and asks_fact(text) != asks_fact(option.say)):
                continue  # ("Who is it for?" is not "Is it for walls?": a fact asked for is no yes or no)
        else:
            continue
        if sim > best_sim:
            best, best_sim = option, sim
    return (best, best_sim) if best is not None else None


def match_option(options: tuple[Option, ...], analysis,
                 words_of: Callable[[str], frozenset[str]] = content_words) -> Option | None:
    """The option a free-text turn says in other words, if one matches closely.

    A question matches a question option on the same need level and form (its
    technique breaks ties); a statement matches an option whose technique is one of
    the turn's moves. The first option wins a tie. `words_of` gives a line's content
    words (in the options' language).
    """
    q = analysis.question if analysis.question is not None and analysis.question.is_question else None
    level = turn_level(analysis)
    moves = set(analysis.moves)
    text = getattr(analysis, "text", "") or ""
    words = words_of(text)
    asked = question_part(text)
    # a closed question after a long statement is matched on its own words ("…a honey-based children's syrup for
    # bedtime…; is there anything in the next few days, such as travel, …?" does not ask "Has she had cough syrup before?")
    # (a summary's "Would that be a fair summary?" is matched with the summary)
    own = len(text.split()) - len(asked.split()) >= LONG_PREAMBLE_WORDS and (not checks_summary(asked) or proposes(text))
    asked_words = words_of(asked) if own else words
    if asks_for_decision(analysis):
        moves.add("commitment")
    # (a plan put to her for her view - "My proposal: fixed delivery before eleven… What you think?" - asks no open
    # question about her needs: fifty-eighth round, "It does not. Your van arrives any time…")
    proposal = proposes(text)
    best, best_score = None, 0
    for option in options:
        if (moves & DEFINING_MOVES) - option.tags:
            continue  # the turn does something this option does not
        if (option.tags & _RESOLVE_BLOCKERS) - moves:
            continue  # nor does it argue or push as the option does ("…your pricing rather than your people?")
        score = 0
        if option.technique in TECHNIQUES:
            if q is None or level != option.level:
                continue
            form = option.form or ("closed" if option.technique == "confirming" else "open")
            if proposal and (form == "open" or not proposes(option.say)):
                continue  # (nor is "…a pilot on consignment… would that be the kind of thing that works for you?" the
                # scripted "Have you worked with solar brands before?": sixty-first round, "Three.")
            if not overlap(asked_words if form == "closed" else words, words_of(option.say)):
                continue  # same shape, other topic: "How much does a stop cost?" is not "Which model is it?"
            if form != q.form or (form == "closed" and q.label != option.technique):
                continue
            if form == "closed" and asks_fact(text) != asks_fact(option.say):
                continue  # "How many pallets a week?" asks for a number, "Do you ship pallets?" for a yes
            if form == "closed" and bool(offers_choice(text)) != bool(offers_choice(option.say)):
                continue  # "concrete or wood?" asks her to pick what is true; "Which of our drills caught your eye?" does not
            score = 2 + (q.label == option.technique)
        elif option.technique in moves and set(option.moves) <= moves:
            if option.technique == "pitch" and q is not None and q.form == "open":
                continue  # "…our cheapest rate, promise. Tell me about what you send?" asks before it sells
            said = words_of(option.say)
            long_step = option.technique == "commitment" and len(said) >= LONG_OPTION_WORDS
            if overlap(words, said) < (OPTION_SHARED_WORDS if long_step else 1):
                continue  # honey and saline drops are not "half a spoon of the adult syrup won't hurt her"; a technician
                # this afternoon is not "a technician within 48 hours"; "shall we book the mapping session… for u and ur
                # team" is not "Shall I send over our standard contract for your legal team to review?" (sixty-first round)
            score = 2 + (level == option.level)
        if score > best_score:
            best, best_score = option, score
    if best is not None and best.technique not in TECHNIQUES and any(
            o is not best and overlap(words, words_of(o.say)) > overlap(words, words_of(best.say))
            + (0 if o.technique == best.technique else OTHER_PURPOSE_WORDS) for o in options):
        # a close that is more like another close of the node, one it does not fully say ("…a pilot…, could we book a
        # call to pick which month?" is not "Shall I send over our standard contract?" for sharing "team"): no match,
        # the customer answers the line itself (fifty-seventh round, a spoken voice); so is one that says clearly more of
        # an option of another kind ("…consignment… twenty shops around Kisumu… after thirty days…" is not "Our standard
        # terms are thirty days, but I can ask my manager": sixtieth round)
        return None
    return best


#: Content words a scripted next step of this many or more ...
LONG_OPTION_WORDS = 5
#: ... shares with a typed turn for the turn to be that option in other words.
OPTION_SHARED_WORDS = 2


@dataclass
class Response:
    """What the customer says back, and whether that ends the conversation."""

    lines: list[str] = field(default_factory=list)
    outcome: str | None = None
    engaged: bool = False
    heard: int = HEARD
    """Trust an engaged answer earns (less for a vague question that happened to hit)."""
    patience: int = 0
    """Extra patience change (e.g. a question asked twice, a conversation going round in circles)."""
    on_track: bool = False
    """The customer says the trainee got it right (a fair summary heard): no turn to walk out on."""
    accepts: bool = False
    """She takes up what the trainee answered an objection with ("Now that's useful. That I'd pay for.")."""
    addressed: bool = False
    """The turn took up the open objection's concern (an offer of what she asked for, a question about it),
    though something is still missing: no turn that goes round in circles."""


class FreeTextReader:
    """Answers free text from a scenario's content for one customer model."""

    def __init__(self, model: CustomerModel, rng: random.Random):
        self.model = model
        #: Content words of everything this customer has said so far (the session keeps it up to date).
        self.heard: frozenset[str] = frozenset()
        #: Words this customer said are absent ("no fever"), unless a later line of theirs used them again.
        self.denied: frozenset[str] = frozenset()
        self.empty_prompts = 0
        """Content-free prompts in a row ("tell me more", "go on, what else", "why?")."""
        self.said: frozenset[str] = frozenset()
        """The words of the whole conversation so far (`replies.said_words`), set before each typed turn is answered."""
        self.yes_to: str | None = None
        """The need she has just said a bare "Yes." about, untold (set for the next turn only)."""
        self.yes_before: str | None = None
        """`yes_to` as it stood before the turn being answered (what "What is it?" may ask about)."""
        self.offered: frozenset[str] = frozenset()
        """The words of the trainee's lines so far: the particulars of an offer she restates must be among them."""
        self.recent: tuple[str, ...] = ()  # the customer's last few lines (a stock line is not said twice running)
        #: Whether this customer is best left without a sale (a goal ending that is not `won`).
        self._parting_is_goal = any(t.goal and t.end != "won" for t in model.scenario.turns.values())
        self.scenario = model.scenario
        self.rng = rng
        self.temperament = model.temperament.id
        self.stuck = 0
        """Free-text turns in a row that did nothing for the open objection."""
        self.what_else_run = 0
        """Typed turns in a row that asked "what else?" (the third in a row finds nothing more)."""
        self.evidence_asked = 0
        """How many times she has asked to see proof before believing an answer to her objection."""
        self.took_offer = False
        """Whether her last answer settled her objection by the trainee's offer ("Now that's useful. That I'd pay for.")."""
        self.forestalled: set[str] = set()
        """Objections settled by an offer before she said them ("Rent our hammer drill for the day" - "Now that's useful.")."""
        self.answered_but_level: set[str] = set()
        """Objections whose answer she took but for a need still untold ("Maybe. But for me it comes down to one thing. My
        regulars matter."): once that need is told, the trainee's next proposal settles it."""
        self._need_words = {n.id: content_words([*map(_without_occasion, n.facts), n.surface, *n.keywords])
                            for n in self.scenario.needs}
        self._objection_words = {o.id: self._resolution_words(o) for o in self.scenario.objections}
        self._speakers = _speakers(self.scenario)

    def _brought_out(self, objection_id: str) -> str:
        """An objection still unsaid put on the table: what she says of it."""
        self.model.raise_objection(objection_id)
        return replies.pick(self.rng, self.scenario.objection(objection_id).says)

    def _just_said(self, *lines: str) -> bool:
        """Whether her last line held one of these (she does not say the same sentence twice running)."""
        return any(line in said for line in lines for said in self.recent[-1:])

    def _line(self, situation: str, fact: str = "") -> str:
        return replies.line(self.rng, situation, self.temperament, fact, avoid=self.recent)

    def _resolution_words(self, objection: Objection) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """(explicit keywords, words of the concern and its scripted answers, words of the objection itself)."""
        answers = [o.say for t in self.scenario.turns.values() for o in t.options if o.resolves == objection.id]
        explicit = content_words(objection.resolves_with)
        said = content_words(objection.says)
        concern = content_words([*answers, *objection.resolved_reply, *objection.test_reply]) | explicit
        return explicit, concern, said

    def respond(self, analysis) -> Response:
        """The customer's answer to a judgeable free-text turn (state already charged)."""
        took_offer, self.took_offer = self.took_offer, False
        self.yes_before, self.yes_to = self.yes_to, None
        text = getattr(analysis, "text", "") or ""
        moves = set(analysis.moves)
        asks = analysis.question is not None and analysis.question.is_question
        # (or the trainee just gets on with it: "Great. Here, two spoons before bed, dosage is on the box.")
        wraps_up = not asks and not moves & {"pitch", "upsell", "discount", "hypothesis", "what_else"}
        if (took_offer and not self._parting_is_goal and not self.model.open_objections()
                and (moves & {"closing", "commitment"} or proposes(text) or wraps_up) and not moves & _OFFENDING
                and self._ready_but_for_a_need()):
            return self._agreed()  # "That I'd pay for." - "Great. Fitter or rental, which one?"
        response = self._answer(analysis, text)
        # (an offer put as a test is one too: "so if you didnt have to buy one at all - we hire the sds out for the day…
        # would that sort it for you")
        self.took_offer = response.accepts and response.outcome is None and (
            offers(text) or bool(moves & TESTS) and response.addressed)
        self.what_else_run = self.what_else_run + 1 if "what_else" in moves else 0
        return response

    def _answer(self, analysis, text: str) -> Response:
        """The answer, with what the turn did for the open objection counted (`stuck`)."""
        empty = _is_empty_prompt(text, analysis)
        self.empty_prompts = self.empty_prompts + 1 if empty else 0
        if self.empty_prompts >= 2:  # "tell me more", then "go on, what else": she waits for a real question
            return Response([self._line("vague_prompt")], patience=-2)
        open_objections = self.model.open_objections()
        if not open_objections:
            self.stuck = 0
            return self._respond(analysis, open_objections)
        before = (dict(self.model.objections), sum(self.model.facts.values()))
        response = self._respond(analysis, open_objections)
        if sum(self.model.facts.values()) > before[1]:
            self._brush_off_dropped()
        progressed = (response.outcome is not None or response.addressed or response.on_track
                      or (dict(self.model.objections), sum(self.model.facts.values())) != before
                      # (a customer who needs nothing is not waiting to be won over: no going round in circles)
                      or self._needs_nothing(open_objections[0]))
        self.stuck = 0 if progressed else self.stuck + 1
        if self.stuck >= STUCK_HINT:
            return self._stuck(self.model.open_objections()[0] if self.model.open_objections() else open_objections[0])
        return response

    def _brush_off_dropped(self) -> None:
        """A brush-off that hides nothing ("It's fine. I'm busy") no longer stands once she tells a real need in answer
        to the trainee: it was a way of saying no to a stranger, and is not said again at the close (one that hides a
        real objection still wants testing to bring it out)."""
        for objection_id in self.model.open_objections():
            objection = self.scenario.objection(objection_id)
            if (not objection.genuine and not objection.hides and objection.when == "opening"
                    and self.model.objections[objection_id] == "open"):
                self.model.objections[objection_id] = "exposed"

    def _stuck(self, objection_id: str) -> Response:
        """The conversation goes round in circles on an objection: name what would help, then give up."""
        objection = self.scenario.objection(objection_id)
        if self.stuck >= 2 * STUCK_HINT:
            return Response([self._line("stuck_leave")], outcome="open", patience=-5)
        if self.model.objections[objection_id] == "open":
            line = self._line("stuck_untested")
        else:
            explicit = list(dict.fromkeys(objection.resolves_with))
            if explicit:
                line = self._line("stuck_keywords", self._wanted(objection, explicit))
            else:
                line = self._line("stuck_tested", replies.without_yes_or_no(replies.pick(self.rng, objection.test_reply)))
        if self.stuck > STUCK_HINT:
            line = replies.sentences((self._line("stuck_again"), line))
        return Response([line], patience=-5)

    def _respond(self, analysis, open_objections: list[str]) -> Response:
        moves = set(analysis.moves)
        q = analysis.question if analysis.question is not None and analysis.question.is_question else None
        text = getattr(analysis, "text", "") or ""
        if q is not None and _FAREWELL.search(question_part(text)) and _TAG_AFTER.search(question_part(text)):
            q = None  # "…goodbye, and take care, yeah?" asks nothing (not met with "Not especially.": fifty-ninth round)

        if q is not None and _WHICH_PART.search(text) and self._just_put_right():
            # "sorry, which part did i get wrong" after "No, that's not what I told you.": what she did say, not "I'm
            # not sure, to be honest." (sixty-first round, chat voice)
            told = self._latest_fact()
            if told:
                return Response([self._line("what_i_said", told)])
        misplayed = "paraphrase" in moves and self.model.any_uncovered() and self.misplays(text)
        empty_summary = "paraphrase" in moves and self.says_nothing_back(text)  # ("So that matters most, is that right?")
        if ("paraphrase" in moves and self.model.any_uncovered() and not misplayed and not empty_summary
                and not moves & {"leading", "pressure", "upsell", "rudeness", "argument"}):
            self.model.checkpoints["need"] = True  # a fair summary is heard, whatever else the turn asks (not a push)
        elif self._says_needs_back(text) and not moves & {"leading", "pressure", "upsell", "rudeness", "argument"}:
            # "Got it: family needs sleep and she must be okay to fly Friday. I give you…": her needs said back before
            # the offer (sixty-first round: the sale it made was lost when an earlier answer changed)
            self.model.checkpoints["need"] = True
        parting = self._parting_is_goal and _parts(text) and not moves & {"closing", "pressure", "discount", "upsell"}
        if parting and (proposes(text) or q is None and "pitch" not in moves and open_objections
                        and self._needs_nothing(open_objections[0])):
            # a polite exit with a next contact proposed, where that is the best ending ("…I'd be glad to come
            # by when your daughter takes over. Would that be alright?"), whatever is still on the table; or one that
            # leaves her be where she needs nothing ("…so I won't try to sell you anything. I'll leave my card." is no
            # answer to weigh: fifty-seventh round)
            return self._part()
        # a summary that ends in a question of its own ("…: where do the empty slots come from?", "…- brick or
        # concrete?") gets that answered
        asks_own = q is not None and (q.form == "open" or "what_else" in moves or q.label != "confirming"
                                      or asks_fact(text) or offers_choice(text) or bool(_HOLDS_BACK.search(question_part(text))))
        # (a made-up summary ending "What else?" is put right first: she adds nothing to what she never said)
        # (an offer or a hypothesis test is no summary to put right: "so an idea: one small box on sale or return… if it
        # sold, would u be willing to give it a try")
        if (open_objections or "what_else" in moves) and misplayed and (not asks_own or "what_else" in moves) \
                and not proposes(text) and not offers(text) and not moves & {"closing", "commitment", "hypothesis"}:
            return self._corrected()  # a summary of what she never said settles no objection: she puts it right
        if (empty_summary and not asks_own and self.model.any_uncovered()
                and not proposes(text) and not offers(text) and not moves & {"closing", "commitment", "hypothesis"}):
            return Response([self._line("summary_empty")], heard=0)  # which part?
        colleague = self._colleague_asked_for(text) if q is not None or proposes(text) else None
        if colleague is not None and not moves & (_OFFENDING | {"closing", "pressure", "pitch", "upsell"}):
            # a question to a colleague at the table, or a request to hear from one ("could i hear from marisol too",
            # "May I now meet your operations manager?"): that person speaks, not a decision asked for (sixty-first round)
            if not self.model.fully_uncovered(colleague):
                return self._reveal(colleague, count=1)
            if q is not None:  # (one who has told all: the question is answered as any other, not as a decision asked)
                return self._question(analysis, q, moves)
        if open_objections and self._favour_offered(open_objections[0], text, moves):
            return Response([self._line("empathy")], on_track=True)  # "Want me to set up the Sunday call on your phone?"
        if open_objections:
            handled = self._objection_turn(open_objections[0], text, moves, q)
            if handled is not None:
                return handled
        if parting and "pitch" not in moves:
            return self._part()
        if (q is None and self._parting_is_goal and _FAREWELL.search(text) and self.model.any_uncovered()
                and not moves & (_OFFENDING | {"closing", "pressure", "discount", "upsell", "pitch"})):
            return self._part()  # a goodbye that sells nothing, once she has told what she came for: the right end
        if (q is None and not self._parting_is_goal and _FAREWELL.search(text) and self.model.checkpoints["approve"]
                and not moves & _OFFENDING and self._ready_but_for_a_need()):
            # a goodbye once the step is agreed ("Saturday after ten." - "See you Saturday, good luck with the baking
            # today."): that is the sale, not "Mm-hm." and a conversation left open (fifty-seventh round)
            return self._agreed()
        # (a step taken that ends on an open question of her own - "…I've booked him. How is this affecting your
        # business right now?" - gets the question answered)
        asks_open = q is not None and q.form == "open" and "closing" not in moves and not proposes(text)
        if moves & {"commitment", "closing"} and not ("paraphrase" in moves and "closing" not in moves) and not asks_open:
            return self._close(moves, text)
        # a proposal in the trainee's own words ("…so a failure is one hour. Would that help?", "Can we fix
        # Wednesday?") gets a decision, or what still stands in its way, once she has told something
        # (where leaving is the right end, "I don't think you need a new one. Would it help if I showed you the video
        # call once more?" sells nothing: no decision to ask for)
        proposal = (proposes(text) and self.model.any_uncovered()  # typed ones need no question mark ("…sound ok")
                    and not (self._parting_is_goal and _NEEDS_NOTHING.search(text)))
        if proposal and not moves & {"hypothesis", "discount", "rudeness", "argument", "pressure", "leading", "upsell"}:
            return self._close(moves, text)
        # (a hypothetical that asks her to picture it - "what would it look like for you if we got the relationship
        # right?" - is a question to answer, not a trial close to say yes to)
        if "hypothesis" in moves and not (q is not None and q.form == "open" and _PICTURE_ASKED.search(question_part(text))):
            return self._trial_close()
        if "discount" in moves:
            price_open = any(self.scenario.objection(o).pattern in {"too_expensive", "no_money"}
                             for o in open_objections)
            return Response([self._line("discount_on_price" if price_open else "discount_early")])
        if "rudeness" in moves:
            return Response([self._line("rudeness")], heard=0)
        if "argument" in moves:
            return Response([self._line("argument")])
        if "pressure" in moves:
            return Response([self._line("pressure")])
        if "leading" in moves:  # "You'll want the top model, won't you?", "So you need our Premium plan – right?"
            return Response([self._line("leading")], heard=0)
        if "upsell" in moves:
            return Response([self._line("upsell")], heard=0)
        if "paraphrase" in moves and not asks_own:
            if not self.model.any_uncovered():
                return Response([self._line("paraphrase_early")])
            if misplayed:
                return self._corrected()
            if not self._asks_new(text):
                self.model.checkpoints["need"] = True
                return Response([self._line("paraphrased")], on_track=True)
        if "pitch" in moves and q is None:
            return self._pitch()
        if q is not None:
            return self._question(analysis, q, moves)
        if "empathy" in moves or "apology" in moves:
            return Response([self._line("empathy")])
        if "evidence_offer" in moves:
            return Response([self._line("evidence")])
        if "pitch" in moves:
            return self._pitch()
        return Response([self._line("neutral")])

    def _says_needs_back(self, text: str) -> bool:
        """Whether a turn opens with "Got it:" and her needs said back (words of a need she has told, nothing she never
        said), a summary the rubric does not frame as one."""
        got_it = _GOT_IT.match(text)
        if got_it is None or not self.model.any_uncovered() or self.misplays(got_it.group(1)):
            return False
        scores = self._need_scores(got_it.group(1))
        return any(score >= GOT_IT_WORDS and self.model.uncovered(need_id) for need_id, score in scores.items())

    def _just_put_right(self) -> bool:
        """Whether her last line put a summary of the trainee's right ("No, that's not what I told you.")."""
        return bool(self.recent) and self.recent[-1] in replies.variants("playback_wrong", self.temperament)

    def _latest_fact(self) -> str:
        """The fact she told last (in her most recent line that told one), or ""."""
        facts = [f for n in self.scenario.needs for f in n.facts[:self.model.facts.get(n.id, 0)]]
        for line in reversed(self.recent):
            found = [f for f in facts if f in line]
            if found:
                return found[-1]
        return ""

    def _corrected(self) -> Response:
        """A summary of what she never said: she puts it right, and it costs trust."""
        self.model.adjust(trust=WRONG_PLAYBACK[0], patience=WRONG_PLAYBACK[1])
        return Response([self._line("playback_wrong")], heard=0)

    # -- objections ---------------------------------------------------------------
    def _objection_turn(self, objection_id: str, text: str, moves: set[str], q) -> Response | None:
        """A turn while an objection is on the table: a test, an answer to it, or None (neither)."""
        objection = self.scenario.objection(objection_id)
        status = self.model.objections[objection_id]
        words = content_words(text)
        if (q is not None and not moves & (TESTS - {"counter_question"}) and not proposes(text)
                and self._followed_hint(text) is not None):
            return None  # "ok tell me more about next year…" after "Hm. For me it comes down to one thing. I'm thinking about
            # next year.": the hint taken up is answered, not the doubt said again (sixty-first round, chat voice)
        about = bool(q is not None and (q.form == "open" and (
            _ABOUT_DOUBT.search(text) or overlap(words, self._objection_words[objection_id][2])) or _CHANGES_MIND.search(text)
            # "is it mainly the timing of the money, or do you doubt it is worth the cost?": a choice about the doubt
            or offers_choice(text) and bool(_ABOUT_DOUBT.search(question_part(text))))
            # "…is there anything still holding u back i can answer now": a yes/no question about the doubt tests it too
            or _HOLDS_BACK.search(question_part(text)))
        is_test = bool(moves & TESTS) or about
        if status == "open" and moves & TESTS and self._forestalled(objection_id, moves, text):
            # a test that already holds the answer she would take ("…we rent this hammer drill out for the day for way
            # less…, would that work for you?"): she takes the answer, not "If it cost what twelve holes are worth…"
            response = self._resolve(objection_id, moves, text)
            response.addressed = True
            return self._buys_if_ready(response) if proposes(text) else response
        if status == "open" and is_test:
            response = self._test(objection_id, yes_or_no=q is None or q.form == "closed" and not offers_choice(text),
                                  hypothetical=bool(moves & {"hypothesis", "counter_question"} or proposes(text)
                                                    or _CHANGES_MIND.search(text) or _WHAT_WOULD.search(text)))
            if not moves & TESTS:
                self._answers_too(response, text, q)  # an open question that tests the objection and asks about a need
            return response
        if (status != "open" and q is not None and q.form == "open" and not moves & (TESTS | _PROPOSALS)
                and not proposes(text) and words & self._objection_words[objection_id][0] and objection.test_reply
                and not self._just_said(*objection.test_reply)):
            # (not when she has just said it: the question is about something else - "so if u only paid once stock
            # sells u would try one region. tell me about ur shops there…")
            # "Sixty days - you mean after delivery, or after the shops sell it?": she says what she meant (to an open
            # question without a bare "No.": "could you tell me what time window you had been given?")
            return Response([replies.without_yes_or_no(replies.pick(self.rng, objection.test_reply))], addressed=True)
        # ("keep ur phone, it suits u. if it ever stops working…, come back" answers no doubt: it lets her keep it)
        if not _NEEDS_NOTHING.search(text) and self._addresses(objection, words, moves, text if q is not None else ""):
            asks = q is not None and not proposes(text)
            if (objection.genuine and asks and q.form == "open" and "what_else" not in moves
                    and _ASKS_CONDITION.search(question_part(text))):
                # "…what would u need to see from us to feel sure about starting": what it would take, not "That I can
                # manage." to an offer nobody made (sixty-first round, chat voice)
                condition = replies.without_yes_or_no(replies.pick(self.rng, objection.test_reply))
                if not self._just_said(condition):
                    return Response([condition], addressed=True)
            if not objection.genuine and asks and not offers(text):
                # a brush-off's words played back before a question of the trainee's own ("…that is what Kisumu shops
                # ask. And the brands before, why did their lamps stay on the shelf?"): the question is answered, not
                # "Yes, well. We'll see." (sixty-first round, non-native voice)
                return None
            if self._summary_would_settle(objection, moves, text):
                return None  # her own words played back and a question: no price, need or past failure is answered yet
            response = self._resolve(objection_id, moves, text)
            response.addressed = True
            if moves & {"closing", "commitment"} or proposes(text):
                self._buys_if_ready(response)  # "Want me to book it?" - "Now that's useful. That I'd pay for."
            elif response.accepts:
                # "…so fuel is where the money goes and the CO2 comes from. how do u keep track of fuel per truck now":
                # "All right." and the answer (fifty-seventh round, chat voice)
                self._answers_too(response, text, q)
            return response
        # (the doubt asked about, not named in a remark first: "…so of course he worry. Is there anything difficult…?")
        if status != "open" and "what_else" not in moves and not offers(text) and _ABOUT_DOUBT.search(question_part(text)) and overlap(words, self._objection_words[objection_id][2]
                                                                      | content_words(objection.test_reply)) \
                and not self._asks_untold_need(question_part(text)):
            concern = replies.pick(self.rng, objection.test_reply)  # tested already: she repeats the real concern
            return Response([self._line("already_told", concern)], patience=-2)
        return None

    def _answers_too(self, response: Response, text: str, q) -> None:
        """An open question in a turn that also did something for her objection: she answers it as well, with what she
        has not told yet of the need its words are about."""
        if q is not None and q.form == "open":
            need, how = self.target_need(text, None)
            if need is not None and how == "words" and not self.model.fully_uncovered(need):
                response.lines.extend(self.model.reveal(need, 1))

    def _needs_nothing(self, objection_id: str) -> bool:
        """Whether an objection is a genuine "I don't need anything" where leaving is the right end: nothing the
        trainee has to win her over from."""
        objection = self.scenario.objection(objection_id)
        return self._parting_is_goal and objection.genuine and objection.pattern == "no_need"

    def _favour_offered(self, objection_id: str, text: str, moves: set[str]) -> bool:
        """Whether, where she genuinely needs nothing, a turn offers help that sells nothing ("Want me to put a video
        shortcut on your phone and try one call together?"): no decision to push."""
        if not self._needs_nothing(objection_id):
            return False
        proposal = bool(moves & {"closing", "commitment"}) or proposes(text)
        words = content_words(text)
        selling = content_words(" ".join(self.scenario.objection(objection_id).resolves_with) + " new buy price")
        sells = bool(words & selling) and not _NEEDS_NOTHING.search(text)  # ("you don't need a new one")
        # help with something she told ("the Sunday video call"), not a bare "Shall we go ahead?"
        helps = any(words & self._need_words[n.id] for n in self.scenario.needs if self.model.uncovered(n.id))
        # (or a concrete favour of the seller's own: "I can check your phone now for free: battery, updates, photos")
        favour = offers(text) and len(content_words(claims(text)) - selling) >= FAVOUR_WORDS
        return proposal and (helps or favour) and not moves & (_OFFENDING | TESTS) and not sells

    def _addresses(self, objection: Objection, words: frozenset[str], moves: set[str], text: str = "") -> bool:
        """Whether a reply answers the objection: a move it lists, the words of its real concern in what
        the turn states or proposes (a question that proposes nothing offers no answer), or a proposal
        that meets the need the customer named when nudging ("I'd like to try it once")."""
        asks_only = bool(text) and not proposes(text)
        if moves & _RESOLVE_BLOCKERS - set(objection.resolved_by):
            return False
        if _NEEDS_NOTHING.search(text):
            return False  # "I don't think you need to try anything" offers no trial, whatever words it shares
        if moves & set(objection.resolved_by):
            return True
        nudged = self._nudged_need(objection)
        if moves & _PROPOSALS and nudged is not None and words & (self._need_words[nudged.id]
                                                                 | self._objection_words[objection.id][0]):
            return True  # (a proposal that names it: a bare "Shall we go ahead?" meets no need: sixtieth round's games)
        if objection.id in self.answered_but_level and not self._lacks_level(objection) and (
                moves & _PROPOSALS or proposes(text)):
            return True  # the answer she took, put again now that what mattered to her is told
        explicit, concern, said = self._objection_words[objection.id]
        if asks_only:  # the words that answer her are in what the turn says or offers, not in what it only asks:
            words = content_words(claims(text))  # "…all set then. Anything else I can help with today?" offers no "today"
        shared = words & concern
        return (2 * len(words & explicit) + len(shared) >= 2) and bool(shared - said)

    def _summary_would_settle(self, objection: Objection, moves: set[str], text: str) -> bool:
        """Whether a summary that only asks (no offer, no proposal) would be taken as the answer to an objection
        that only an offer or proof answers ("…is there anything else?" - "Very well. That is a fair offer.");
        an untold need it still lacks she may say to it as before (proof it does not give she does not ask for)."""
        if ("paraphrase" not in moves or moves & (_PROPOSALS | set(objection.resolved_by)) or proposes(text)
                or objection.pattern not in _ANSWERED_BY_AN_OFFER or not objection.genuine):
            return False
        return not self._lacks_level(objection)

    def _lacks_evidence(self, moves: set[str], text: str) -> bool:
        """Whether a customer who wants proof before she believes an answer got none in this turn."""
        return self.model.temperament.needs_evidence and "evidence_offer" not in moves and not _EVIDENCE.search(text)

    def _lacks_level(self, objection: Objection) -> bool:
        """Whether the need level an objection rests on is still untold."""
        return objection.needs_level is not None and not self.model.level_uncovered(objection.needs_level)

    def _test(self, objection_id: str, yes_or_no: bool = True, hypothetical: bool = True) -> Response:
        """The objection put to the test: she says what lies behind it (to an open question or a choice, without a
        bare yes or no; to a question that puts no hypothetical, without the answer to one)."""
        objection = self.scenario.objection(objection_id)
        said = replies.pick(self.rng, objection.test_reply)
        said = said if hypothetical else replies.without_conditional_answer(said)
        lines = [said if yes_or_no else replies.without_yes_or_no(said)]
        if objection.genuine:
            self.model.objections[objection_id] = "tested"
        else:
            self.model.objections[objection_id] = "exposed"
            if objection.hides:
                self.model.raise_objection(objection.hides)
        return Response(lines, engaged=True)

    def _resolve(self, objection_id: str, moves: set[str], text: str = "") -> Response:
        objection = self.scenario.objection(objection_id)
        if not objection.genuine:
            return Response([self._line("brush_off_answered")])
        # (proof given with an answer she took but for an untold need counts when the answer is put again; her own worry
        # played back offers nothing to prove: "…you don't want two million stuck in stock. Is that it, yeah?" is not
        # met with "That may be so, but can you show me?", fifty-seventh round)
        played_back = ("paraphrase" in moves and checks_summary(question_part(text)) and not moves & _PROPOSALS
                       and not proposes(text) and not offers(text))
        evidence_missing = (self._lacks_evidence(moves, text) and objection_id not in self.answered_but_level
                            and not played_back)
        level_missing = self._lacks_level(objection)
        if evidence_missing:
            self.evidence_asked += 1
            return Response([self._line("evidence_wanted" if self.evidence_asked == 1 else "evidence_wanted_again")])
        nudged = self._nudged_need(objection, text)
        if level_missing and nudged is not None and (moves & _PROPOSALS or overlap(content_words(text), self._need_words[nudged.id])):
            self.model.reveal(nudged)  # the trainee took up what she said matters: that need is met
            level_missing = False
        if level_missing:
            if (moves & _PROPOSALS or proposes(text) or offers(text)) and not self._needs_nothing(objection_id):
                self.answered_but_level.add(objection_id)  # an offer she took but for the need (not a question)
            need = next((n for n in self.scenario.needs if n.level == objection.needs_level), None)
            asked = question_part(text) if "?" in (text or "") else ""
            if need is not None and asked and overlap(content_words(asked), self._need_words[need.id]):
                # the answer ends on a question about the very need it lacks ("…is there anything in the next few days,
                # such as travel, that I should plan for?"): she tells it, not "Maybe. But…" and its hint
                # (sixty-first round, formal voice)
                return self._reveal(need, count=1)
            if need is not None and need.surface:
                self.model.hinted.add(need.id)
                return Response([self._line("not_here_nudge", need.surface)])
            return Response([self._line("not_convinced")])
        self.model.objections[objection_id] = "resolved"
        self.model.checkpoints["approve"] = True
        # the scripted answer restates what the scenario's own reply offered; of it she says only what was said here
        # (the trainee's: not "a text when he's on the way, your direct number and a call at five" to a trainee who
        # offered none of them, because she had asked for a call herself: sixty-first round)
        said = replies.only_what_was_said(replies.pick(self.rng, objection.resolved_reply), self.offered)
        if objection_id in self.forestalled:
            # settled before she ever said it: nothing of the doubt itself ("That is worth your rate." where no rate was
            # named; fifty-ninth round, spoken voice)
            unsaid = content_words(" ".join((*objection.says, *objection.test_reply))) - self.said
            said = replies.without_sentences_about(said, unsaid)
            return Response([said or self._line("trial_yes")], engaged=True, accepts=True)
        return Response([said or self._line("confirmed")], engaged=True, accepts=True)

    def _wanted(self, objection: Objection, keywords: list[str]) -> str:
        """What would settle an objection, in words a customer says: the phrase of the scenario's own answers
        that holds its first two keywords ("sixty days", "a free trial"), else the first keyword alone."""
        answers = [o.say for turn in self.scenario.turns.values() for o in turn.options if o.resolves == objection.id]
        if len(keywords) > 1:
            first, second = (re.escape(k.lower()) for k in keywords[:2])
            near = re.compile(rf"\b(?:{first}|{second})\b(?:\W+\w+){{0,2}}?\W+(?:{first}|{second})\b", re.IGNORECASE)
            for text in [*answers, *objection.resolved_reply]:
                found = near.search(text)
                if found:
                    return found.group(0)
        # (else the short part of her own answer that holds it: "the old system running alongside", not "something
        # about alongside": sixty-first round)
        first = re.compile(rf"\b{re.escape(keywords[0].lower())}\b", re.IGNORECASE)
        for text in [*objection.resolved_reply, *answers]:
            part = next((p.strip() for p in re.split(r"[,.;:!?]", text) if first.search(p)), "")
            if part and len(part.split()) <= WANTED_WORDS:
                return part[:1].lower() + part[1:] if not part.startswith("I ") else part
        return keywords[0]

    def _nudged_need(self, objection: Objection, text: str = ""):
        """The need at the objection's level that the customer has already named as the main thing, or whose own words
        for it an offer in the turn meets ("…then we try it together here… Would you like that?" for "I'd like to try it
        once": she does not ask for the trial she was just offered, three times running in blind_typed25), if any."""
        if objection.needs_level is None:
            return None
        offered = content_words(text) if text and (offers(text) or proposes(text)) else frozenset()
        return next((n for n in self.scenario.needs if n.level == objection.needs_level and not self.model.uncovered(n.id)
                     and (n.id in self.model.hinted or offered & content_words(n.surface))), None)

    def _close(self, moves: set[str], text: str = "") -> Response:
        # (one the script raises in the middle is still hers when a typed proposal comes first: "my idea: tracked
        # shipping…, how does that sound" is met with "maybe I don't need a courier at all" - fifty-eighth round)
        waiting = self.model.waiting_objection(("pitch", "close", "script"))
        if waiting is not None and self._forestalled(waiting, moves, text):
            # the offer already answers what she would have held against it ("Rent our hammer drill for the day…" is
            # not met with "That much for a drill I'll use twice?"): she takes it (fifty-seventh round, spoken voice)
            self.forestalled.add(waiting)
            return self._buys_if_ready(self._resolve(waiting, moves, text))  # (settled before it was ever said)
        if waiting is not None:
            return Response([self._brought_out(waiting)])
        open_objections = self.model.open_objections()
        if open_objections:
            said = replies.pick(self.rng, self.scenario.objection(open_objections[0]).says)
            self.model.adjust(trust=-3)
            return Response([self._line("objection_again", said)])
        if not self.model.any_uncovered():
            self.model.pitched_early += 1
            return Response([self._line("no_need_seen")])
        missing = self.model.not_ready_because()
        if missing and self.forestalled and self._ready_but_for_a_need():
            return self._agreed()  # the offer she said she would pay for, put again, as for an objection answered
        if missing:  # the customer's way of saying what is still missing
            return Response([self._line(_NOT_YET.get(missing, "think_it_over"))])
        return self._agreed()

    def _buys_if_ready(self, response: Response) -> Response:
        """A proposal whose answer to her objection she has just taken: the sale, when nothing else stands in its way."""
        if (response.accepts and not self._parting_is_goal and not self.model.open_objections()
                and self._ready_but_for_a_need()):
            response.outcome = self._agreed().outcome
        return response

    def _forestalled(self, objection_id: str, moves: set[str], text: str) -> bool:
        """Whether a proposal already holds the answer to an objection she has not said yet, an answer she would take
        (a genuine one, with the proof and the need it waits for already there)."""
        objection = self.scenario.objection(objection_id)
        words = content_words(text)
        explicit = self._objection_words[objection_id][0]  # (it names the scenario's own answer: "rent", "tasting")
        return (bool(words & explicit) and objection.genuine and not self._lacks_evidence(moves, text)
                and not self._lacks_level(objection) and self._addresses(objection, words, moves, text))

    def _ready_but_for_a_need(self) -> bool:
        """Whether she is ready to say yes to an offer she has taken up: ready, or short only of a need
        still untold when at least half of them are heard."""
        missing = self.model.not_ready_because()
        needs = self.scenario.needs
        heard = sum(1 for n in needs if self.model.uncovered(n.id))
        return missing == "" or (missing == "needs" and 2 * heard >= len(needs))

    def _agreed(self) -> Response:
        """The sale she has said yes to is done (the session says the ending's line)."""
        self.model.checkpoints.update(know=True, approve=True, need=True, intent=True)
        return Response([], outcome="won")

    def _part(self) -> Response:
        """Leaving a customer with no real need politely, with a next contact: the right end here."""
        goal = next(t for t in self.scenario.turns.values() if t.goal)
        return Response([], outcome=goal.end, accepts=True)  # the session says the goal ending's line

    def _trial_close(self) -> Response:
        """A hypothesis with no objection on the table: it brings the next objection out."""
        waiting = self.model.waiting_objection(("pitch", "close"))
        if waiting is not None:
            return Response([self._brought_out(waiting)], engaged=True)
        if not self.model.any_uncovered():
            return Response([self._line("no_need_seen")])
        self.model.checkpoints["approve"] = True
        return Response([self._line("trial_yes")], on_track=True)

    def _pitch(self) -> Response:
        if not self.model.any_uncovered():
            self.model.pitched_early += 1
            self.model.adjust(trust=-4, patience=-12)
            return Response([self._line("pitch_early")])
        self.model.checkpoints["know"] = True
        if self.model.checkpoints["need"]:
            self.model.checkpoints["approve"] = True
        lines = [self._line("pitch_ok")]
        waiting = self.model.waiting_objection(("pitch",))
        if waiting is not None:
            lines.append(self._brought_out(waiting))
        return Response(lines)

    # -- questions ----------------------------------------------------------------
    def _question(self, analysis, q, moves: set[str]) -> Response:
        level = turn_level(analysis)
        model = self.model
        text = getattr(analysis, "text", "") or ""
        hinted = self._followed_hint(text)
        if hinted is not None:  # she named it as the main thing and the trainee took it up: she tells it
            return self._reveal(hinted, count=1 if q.form == "closed" else None)
        past = self._past_failure_question(text)
        if past is not None:
            return past
        # ("besides the quality of the linen, …; what time would the clean linen need to arrive?" asks a time, not
        # what else: the question she answers asks for more only in its own words)
        asked = question_part(text)  # what she answers: the question the turn ends on
        # (however it is put: "…namely what your customers ask for?", "what kind of wall - and how heavy…?")
        more = moves & {"what_else", "advice_request"} or q.label == "additional" and bool(_ASKS_MORE.search(asked))
        if q.form == "closed" and not more:
            fact = asks_fact(text) or offers_choice(text) or asks_wh(asked)
            doubt = self._doubt_question(asked) if _HOLDS_BACK.search(asked) else None
            if doubt is not None:  # "is there anything that would hold you back from switching?": she says it
                return doubt
            named = None if fact else self._next_fact_asked(asked)
            if named is not None:
                # a yes/no question about the very thing she would tell next ("Has anyone shown your bakers how to set
                # the decks?" - "Nobody showed my bakers the steam setting."), not a bare "Yes." that her next line
                # contradicts (fifty-ninth round, spoken voice)
                return self._reveal(named, count=1)
            checks = self._told_about(asked)  # "Is someone taking over the shop from you?"
            if not fact and checks:
                model.checkpoints["need"] = True  # as `_closed` does for a need already told
                return Response([self._line("one_word_yes" if model.temperament.one_word_closed else "confirmed")], on_track=True)
            need, how = self.target_need(asked if fact else text, level)
            need = self._says_when(asked, need) if fact and how != "words" else need
            if how == "level":  # ("…without the steam setting…, have u had any trouble with burning or uneven bakes")
                need = self._named_instead(asked, need) or need
            if fact and need is not None:  # "When do they need to be up?" gets the fact, no more
                if not model.fully_uncovered(need):
                    revealed = self._reveal(need, count=1)
                    return self._sidestepped(revealed, asked) if how == "level" else revealed
                other = self._untold_asked(asked)  # ("…, or you have more work coming soon?": the new order, not the
                if other is not None:              # deck she has just told again: fifty-ninth round)
                    return self._reveal(other, count=1)
                told = self._told_fact(need, asked)
                if self._just_said(told) and model.next_hidden() is not None:
                    return self._vague()  # (she has just said it: not the same sentence twice running)
                return self._said_again(told, "fact_again", asked)  # said plainly, no "as I said"
            if fact and need is None:  # "Who is the monitor for?" is no yes-or-no question: she tells something
                return self._sidestepped(self._vague(), asked)
            if need is not None and how == "words" and not model.uncovered(need.id) and need.surface:
                if need.id in model.hinted:  # ("Your van comes whenever it likes." once, not three times running)
                    return self._reveal(need, count=1)
                model.hinted.add(need.id)  # a yes/no question about a need she has not told: she hints at it
                return Response([self._line("hinted", need.surface)])
            if level is None:
                level = need.level if need is not None else None
            if _ANYTHING_ASKED.search(asked) and model.next_hidden() is not None:
                # "is anything big coming up for the bakery soon…?" - "Yes.": the next "What is it?" asks about that
                ahead = next((n for n in self.scenario.needs if not model.uncovered(n.id) and self._untold_says_when(n)),
                             None) if _AHEAD.search(asked) else None
                self.yes_to = (ahead or self._untold_asked(asked) or model.next_hidden()).id
            return self._closed(level, checks)
        if more:
            need = model.next_hidden() if self.what_else_run < WHAT_ELSE_RUN else None
            if need is None:  # "Anything else?" when all is told (or asked every turn): nothing more, not a "no"
                return Response([self._line("nothing_else")], on_track="paraphrase" in moves)
            return self._reveal(need)
        need, how = self.target_need(text, level)
        asked_about = self._named_instead(asked, need)
        need = asked_about or need
        if need is not None and not model.fully_uncovered(need):
            doubt = self._doubt_question(asked) if how == "level" and asked_about is None else None
            if doubt is not None:  # "Could you tell me a little about what makes you nervous about them?" asks her doubt,
                return doubt       # whatever level the remark before it seemed to be about (sixtieth round, formal)
            revealed = self._reveal(need, extra=self.model.temperament.volunteers)
            return self._sidestepped(revealed, asked) if how == "level" and asked_about is None and asks_fact(text) else revealed
        doubt = self._doubt_question(text)
        if doubt is not None:
            return doubt
        if need is not None:  # asked about a need already told in full: a new question gets what is still untold,
            # the untold need the question's own words are about first (not the one the playback before it named: "…you
            # had to apologise to the bride's mother; may I ask what weddings and guests like her mean for the hotel?")
            other = self._untold_asked(asked) or model.next_hidden()
            if other is not None:
                response = self._reveal(other, count=1)
                response.heard = 1
                return response
            # (what it asks, not the playback before it: "Four years and only invoices… how often would you want to hear
            # from me, and about what?")
            return self._said_again(self._told_fact(need, asked), "mentioned", asked)
        if level is not None:
            other = next((n for n in self.scenario.needs if not model.uncovered(n.id) and n.surface), None)
            if other is not None:
                return Response([self._line("not_here_nudge", other.surface)])
            return Response([self._line("not_here")])
        if not content_words(text):
            # "Tell me more about that?": the customer goes deeper on the last topic
            for need in reversed(self.scenario.needs):
                if model.uncovered(need.id) and not model.fully_uncovered(need):
                    return self._reveal(need, count=1)
        return self._vague()

    def _colleague_asked_for(self, text: str):
        """The need that introduces a colleague of the customer's, if untold, else the colleague's first need with untold
        facts (else their last need), when a turn addresses the colleague ("Marisol, what eats up most of your time?",
        "Good morning, Andrés;") or asks to hear from them by name or role ("could i hear from marisol too", "May I now
        meet your operations manager?"); None if it does neither."""
        said = fold_accents(text.lower())
        found = []  # (where in the turn, name, needs): the one addressed or asked for last is the one who answers
        for name, (role, needs) in self._speakers.items():
            who = rf"(?:{re.escape(name)}|{role})" if role else re.escape(name)
            spots = [*re.finditer(rf"(?:^|[.?!;,:]\s*)(?:(?:hi|hello|good morning|good afternoon|thanks|thank you|thx)\s*,?\s*)?"
                                  rf"{re.escape(name)}\s*[,;:!]|,\s*{re.escape(name)}\s*\?", said),
                     *re.finditer(rf"\b(?:talk|speak|hear|meet|ask|chat|sit down|see|grab|min(?:ute)?s?)\b[^.?!]{{0,30}}\b{who}\b"
                                  rf"(?!'s)", said)]
            if spots:
                found.append((max(m.end() for m in spots), name, needs))
        if not found:
            return None
        _, name, needs = max(found, key=lambda f: f[0])
        # (one the customer has not introduced yet she introduces first: "Andrés runs operations, and Marisol runs the
        # front desk in Usaquén.")
        # (a fact that names them as someone's, "with Marisol's team", introduces nobody)
        introduces = next((n for n in self.scenario.needs if n not in needs and not self.model.uncovered(n.id)
                           and any(re.search(rf"\b{re.escape(name)}\b(?!')", fold_accents(f.lower())) for f in n.facts)),
                          None)
        return introduces or next((n for n in needs if not self.model.fully_uncovered(n)), needs[-1])

    def _sidestepped(self, response: Response, question: str) -> Response:
        """An answer to a question asking for a place, a person or a number she has none for ("where will the lunch be
        held?"), when what she tells holds none and shares no word with the question: she says she cannot tell first,
        then what is on her mind (players read a bare change of subject as not listening: sixty-first round)."""
        told = " ".join(response.lines)
        facts = (f for n in self.scenario.needs for f in n.facts)
        wanted = next((kind for kind, (asks, says) in _ANSWER_KINDS.items() if asks.search(question.lower())), None)
        if (wanted is not None and any(f in told for f in facts) and not _ANSWER_KINDS[wanted][1].search(told)
                and not alike_words(content_words(question) - _GENERIC_WORDS, content_words(told))):
            response.lines.insert(0, self._line("sidestep"))
        return response

    def _named_instead(self, question: str, need):
        """The untold need the question a turn ends on names in its own words (at least `NAMED_NEED_WORDS`, more than of
        the need read for the whole turn; words of time left out), or None: "…we should have trained them, I'm sorry. …
        is there anything big on the calendar coming up?" asks about the new order, not the training (sixtieth round);
        "in two years, who will decide what comes next?" names no school rush."""
        if need is not None and need.id in self.model.hinted:
            return None  # (nor over the need she hinted was the main thing, at the level the question is about)
        other = self._untold_asked(question, ignoring=_GENERIC_WORDS, besides=need)
        scores = self._need_scores(question, ignoring=_GENERIC_WORDS)
        if other is None or scores[other.id] < NAMED_NEED_WORDS:
            return None
        return other if need is None or scores[other.id] > scores[need.id] else None

    def _says_when(self, question: str, need):
        """For a question that asks when and names no need in its words, the untold need with a fact that says when
        ("when do you need the shelves up by?" - "My daughter moves back home on Saturday…"), unless the need read from
        its level has one (sixtieth round: the drill customer told the shop's bad service instead)."""
        if not _ASKS_WHEN.search(question) or need is not None and self._untold_says_when(need):
            return need
        return next((n for n in self.scenario.needs if self._untold_says_when(n)), need)

    def _untold_says_when(self, need) -> bool:
        """Whether the fact of a need she would tell next says when."""
        told = self.model.facts.get(need.id, 0)
        return told < len(need.facts) and bool(_NAMES_WHEN.search(need.facts[told]))

    def _said_again(self, told: str, situation: str, question: str) -> Response:
        """A fact she has told, said again to a question about it; the nearest one to a question about something else,
        if it is in her last few lines, is not said again: she has no more to tell (the haulier answered four questions
        with "That contract is half my turnover": fifty-eighth round)."""
        if any(told in said for said in self.recent) and not overlap(content_words(question), content_words(told)):
            # (a yes/no question about what she has just told is a yes: "are u thinking of growing, like more contracts
            # or hiring…" after the second van and two more plumbers, not "I couldn't really tell you": sixty-first round)
            return Response([self._line("closed_yes" if _YES_NO_ASKED.match(question.lower()) else "told_all")])
        return Response([self._line(situation, told)])

    def _next_fact_asked(self, question: str):
        """The need whose next untold fact a question names (two of its words, one not heard yet, alike in their first
        four letters: "shown" and "showed"), or None."""
        words = content_words(question)
        for need in self.scenario.needs:
            shown = self.model.facts.get(need.id, 0)
            if shown < len(need.facts):
                shared = alike_words(words, content_words(need.facts[shown]))
                if len(shared) >= NAMED_FACT_WORDS and shared - self.heard:
                    return need
        return None

    def _need_scores(self, text: str, ignoring: frozenset[str] = frozenset()) -> dict[str, int]:
        """How many words a text shares with each need (its facts, surface line and keywords), by need id; the words
        `ignoring` left out."""
        words = content_words(text) - ignoring
        return {n.id: overlap(words, self._need_words[n.id]) for n in self.scenario.needs}

    def _untold_asked(self, question: str, ignoring: frozenset[str] = frozenset(), besides=None):
        """The untold need (other than `besides`) sharing the most words with a question (None if none shares any)."""
        scores = self._need_scores(question, ignoring)
        untold = [n for n in self.scenario.needs
                  if not self.model.fully_uncovered(n) and n is not besides and scores[n.id] > 0]
        return max(untold, key=lambda n: scores[n.id], default=None)

    def _vague(self) -> Response:
        """A question that names nothing of hers: one fact still untold, and little credit for it."""
        need = self.model.next_hidden()
        if need is None:
            return Response([self._line("neutral")])
        response = self._reveal(need, count=1)
        response.heard = 1
        return response

    def _told_fact(self, need, question: str) -> str:
        """The fact of a told need that a question asks about (most words in common; the last told on a tie)."""
        words = content_words(question)
        told = list(need.facts[:self.model.facts.get(need.id, 0)]) or list(need.facts)
        return max(reversed(told), key=lambda f: overlap(words, content_words(f)))

    def _asks_new(self, text: str) -> bool:
        """Whether a summary ends on a yes/no question of its own rather than a check of the summary: not "Is that
        right?" but "…does the call go smoothly on your phone now?", mostly in words she has not used."""
        asked = question_part(text)
        if not put_as_question(asked) or checks_summary(asked) or checks_summary(AFTER_PAUSE.split(asked)[-1]):
            return False  # (also "…don't tell you if that's affordable... is that kind of it, or?")
        if _PAST_FAILURE.search(asked):
            return True  # "…, yeah? Have you had any experience with these before… or someone you know?"
        words = _topic_words(asked)
        return len(words) >= 2 and 2 * len(words & self.heard) < len(words)

    def _told_about(self, text: str) -> bool:
        """Whether a yes/no question checks something the customer has already told (two of its words)."""
        words = _topic_words(text)
        return any(len(words & self._need_words[n.id] & self.heard) >= 2
                   for n in self.scenario.needs if self.model.uncovered(n.id))

    def _followed_hint(self, text: str):
        """A need the customer hinted at ("In a few years it won't be my decision") that a question takes
        up in her words ("Won't be your decision - who'll be deciding then?") or its own ("Your van comes whenever it
        likes." - "what time would work for your housekeeping team?"), or None."""
        words = {w for w in content_words(text) if len(w) >= 4}
        scores = self._need_scores(text)
        best = max(scores.values(), default=0)

        def takes_up(need) -> bool:  # (its own words only for a hint she put in words, and the need it is most about)
            return bool(words & content_words(need.surface) or content_words(need.surface) <= self.heard
                        and scores[need.id] == best and words & content_words(need.keywords))
        if self.yes_before is not None and not self.model.uncovered(self.yes_before) and not any(
                v for k, v in scores.items() if k != self.yes_before):
            # "Okay. What is it, and, um, when does it start?" right after her "Yes." to "is anything big coming up?"
            # (sixty-first round, spoken voice: it got the mixer story)
            return self.scenario.need(self.yes_before)
        return next((n for n in self.scenario.needs if n.id in self.model.hinted and not self.model.uncovered(n.id)
                     and takes_up(n)), None)

    def wrong_playback(self, text: str, heard: frozenset[str], typed: bool = True) -> str | None:
        """The id of a need a summary claims that this customer has not told (None if it plays back what was said).

        A summary that uses words of an untold need that the customer never used puts words in
        their mouth ("So the real job is shelves by Saturday" before Saturday came up); one such word
        in a typed summary otherwise made of the customer's words is the trainee's own wording (an
        option's words are the scenario's: any is a claim). Questions in the turn claim nothing.
        """
        words = content_words(claims(text)) - (_COMPLAINT_WORDS if typed else frozenset())
        grounded = typed and len(words & heard) >= GROUNDED_WORDS
        # (a long summary of what she said may word one point its own way with two words of a need still untold:
        # "someone who owns it and doesn't vanish after go-live" for "a consultant who stays until the first close")
        allowed = 2 if typed and len(words & heard) >= SUMMED_UP_WORDS else 1
        for need in self.scenario.needs:
            if self.model.uncovered(need.id) or need.id in self.model.hinted:
                continue  # (one she hinted at is hers too: "u want to try it once urself" after "I'd like to try it once")
            claimed = {w for w in (words & self._need_words[need.id]) - heard if len(w) >= 4}
            if len(claimed) > allowed or claimed and not grounded:
                return need.id
        return None

    def misplays(self, text: str) -> bool:
        """Whether a typed summary plays back what this customer did not say: an untold need, none of their
        words, details made up among things she did say, or something she said she does not have. Read as written out
        ("thats important… u feel safe" is "that's important… you feel safe": nothing made up)."""
        text = normalise(text).lower
        return (self.wrong_playback(_without_unmarked_question(text), self.heard) is not None or self.unheard(text) or self.made_up(text)
                or contradicts(text, self.denied, claims))

    def made_up(self, text: str) -> bool:
        """Whether a summary ("Let me check I've got it: …") makes up details among what she said."""
        return made_up(text, self.heard, content_words, _SUMMARY_WORDS, claims)

    def says_nothing_back(self, text: str) -> bool:
        """Whether a summary names nothing of hers ("So if I understood you, that matters most. Is that right?", "So you
        need the best option, is that right?"): too few words of its own to be `unheard` (and put right), none of them
        hers. A check with nothing in it checks nothing (fifty-seventh round, generic scripts that won the courier)."""
        own = _topic_words(text)
        return len(own) < UNHEARD_WORDS and not own & self.heard

    def unheard(self, text: str) -> bool:
        """Whether a typed summary plays back none of the customer's words ("So the card machine is down
        and you're losing sales" to a customer who spoke of a dead line and a technician who never came); the question
        it ends on claims nothing, though typed without its mark ("so this is personal for u too. to help get there, which
        steps eat the most time…")."""
        own = _topic_words(_without_unmarked_question(text))
        return len(own) >= UNHEARD_WORDS and not own & self.heard

    def _past_failure_question(self, text: str) -> Response | None:
        """A question about what went wrong before brings out a bad experience she has not told yet (the parcels lost at
        Christmas), as an objection on the table: one the script keeps back (`when: script`); one that comes out at the
        pitch or the close (the last carrier's broken promise) still waits for it (brought out at the first question,
        the doubt then met every later question as if it answered it: fifty-ninth round, tried and not kept)."""
        if not _PAST_FAILURE.search(text):
            return None
        waiting = next((o.id for o in self.scenario.objections if o.pattern == "bad_experience"
                        and self.model.objections[o.id] == "hidden" and o.when == "script"), None)
        if waiting is None:
            return None
        return Response([self._brought_out(waiting)], engaged=True)

    def _doubt_question(self, text: str) -> Response | None:
        """A question about what worries the customer brings out an objection still unspoken."""
        if not _ABOUT_DOUBT.search(text):
            return None
        waiting = self.model.waiting_objection(("pitch", "close", "script"))
        if waiting is None:
            return None
        return Response([self._brought_out(waiting)], engaged=True)

    def _asks_untold_need(self, question: str) -> bool:
        """Whether a question's own words are about a need she has not told in full ("what do u think ur son is worried
        about": the son who worries, not her doubt said again)."""
        need, how = self.target_need(question, None)
        return need is not None and how == "words" and not self.model.fully_uncovered(need)

    def target_need(self, text: str, level: str | None):
        """The hidden need a question is about, and how it was found ("level" or "words").

        The need at the level the question targets (its words break a tie) unless another
        need shares clearly more words with it; else the need sharing the most words with
        it (facts, surface line, keywords); untold needs win ties. (None, "") if neither.
        """
        model = self.model
        scores = self._need_scores(text)

        def key(n):
            return (scores[n.id], not model.fully_uncovered(n))

        by_words = max(self.scenario.needs, key=key, default=None)
        if level is not None:
            at_level = [n for n in self.scenario.needs if n.level == level]
            untold = [n for n in at_level if not model.fully_uncovered(n)]
            if untold:
                pick = max(untold, key=key)
                if by_words is None or scores[by_words.id] < scores[pick.id] + 2:
                    return pick, "level"
        if by_words is not None and scores[by_words.id] > 0:
            return by_words, "words"
        if level is not None:
            at_level = [n for n in self.scenario.needs if n.level == level]
            if at_level:
                return at_level[0], "level"
        return None, ""

    def _closed(self, level: str | None, checks: bool = True) -> Response:
        """A yes or no about a need level: yes where she has told a need at it ("Yes, exactly" when the
        question plays her words back, `checks`), a hint where she has one untold, else no."""
        model = self.model
        one_word = model.temperament.one_word_closed
        at_level = [n for n in self.scenario.needs if level is not None and n.level == level]
        if any(model.uncovered(n.id) for n in at_level):
            model.checkpoints["need"] = True
            return Response([self._line("one_word_yes" if one_word else "confirmed" if checks else "closed_yes")],
                            on_track=True)
        if at_level:
            need = at_level[0]
            if need.id in model.hinted and need.surface:  # asked again after her hint: she tells it, not the hint twice
                return self._reveal(need, count=1)
            model.hinted.add(need.id)
            if one_word or not need.surface:
                self.yes_to = need.id  # ("Yes." to "is anything big coming up?": "What is it?" asks about that)
                return Response([self._line("one_word_yes" if one_word else "closed_yes")])
            return Response([self._line("hinted", need.surface)])
        return Response([self._line("one_word_no" if one_word else "closed_no")])

    def _reveal(self, need, count: int | None = None, extra: bool = False) -> Response:
        model = self.model
        facts = model.reveal(need, count or model.temperament.facts_per_open)
        if extra:
            other = next((n for n in self.scenario.needs
                          if n.id != need.id and not model.uncovered(n.id)), None)
            if other is not None:
                facts += model.reveal(other, 1)
        return Response([replies.sentences(facts)], engaged=True)
