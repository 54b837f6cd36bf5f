"""Reflections: statements that mirror what the customer means or feels ("So it's the downtime
that hurts", "You're worried the drivers won't use it", "Fresh produce is non-negotiable in
your kitchen").

Motivational interviewing counts a reflection as a way of confirming understanding, like a
paraphrase that ends in "is that right?". Advice ("You should…", "Try…"), information about
us or the product ("Delivery takes three days", "Our plan includes…") and small talk are
not reflections. With the customer's line before it, a statement that takes up their words
(and is none of those) reflects it; without it, the statement must be about the customer
("you", "your…") or say how much something weighs on them.

Spoken turns are read sentence by sentence: what the speaker plays back comes before any advice or
information of their own ("So the hydraulics are failing. We can install over a weekend." reflects,
then proposes); a turn that opens by telling, or tells more than it played back without a summary
("so…", "it sounds like…"), does not reflect. Words inside a reflective frame ("you feel you could
go ahead") are the customer's, not advice; a statement said with a rising voice ("And you're not
feeling so good about that?") is still a reflection.
"""
from __future__ import annotations

import re

from .prefixes import boundaries_factored
from .question import question_form
from .text import Text, sentences
from .words import content_words


def _not_after(word: str, *before: str) -> str:
    """`word` said right after none of `before`: `(?<!b)word` for each, written `word(?<!b word)`, the same test once
    the word is matched; a way that opens with the word's letter, not a lookbehind, is skipped at once where the
    text has another (Python's regex engine tests a way's first letter before it)."""
    return word + "".join(f"(?<!{b}{word})" for b in before)


#: Advice: telling the customer what to do (an imperative first word, "you should", "I'd suggest").
_ADVICE = re.compile(
    r"^(?:(?:so|then|ok|okay|well),? )?(?:try|set|send|get|put|use|call|ring|check|ask|keep|book|switch|go|let(?! me (?:make sure|summari[sz]e|see if i|check (?:that|if) i|just check|get this|recap))|take|make|start|stop|"
    r"consider|order|apply|have|pair|print|turn|move|talk|speak|write|install|replace|add|cut|give|look|think about|"
    # a step to follow ("Type your email address here.", "Click print.", "Pop it in the tray.")
    r"type|enter|click|tap|press|hit|open|select|scroll|swipe|fill|sign|scan|plug|unplug|insert|pop|drop|bring|pull|push|show|log|reset|restart|"
    # care to take ("Dry it out and take photos before you move anything.", "Wipe it down and leave it to air.")
    r"dry|wipe|clean|rinse|soak|wash|unscrew|tighten|loosen|photograph|"
    r"don't|do|avoid|remember|always|never|just(?! to\b))\b"
    r"|\b(?:" + _not_after("you", r"\w so ", r"\bso that ", r"\bthat ") + r" (?:can|may) (?:always |also |just |then )?(?:check|find|see|call|ring|visit|go|use|try|ask|download|log|pop|come|get|book|order|pay|return|bring|email|text|track|follow|read|look|sign|claim|apply|reset|cancel|switch|pick|submit|fill|send|hand|drop|upload|collect|leave|choose|expect|keep|start|stop|change|add)|\bif (?:it|anything|something|the \w+) (?:ever )?(?:plays up|breaks|goes wrong|stops working|fails|acts up)\b[^.?!]{0,20}\byou (?:just |can just |only )?(?:bring|take|call|ring|come|send|pop|drop|return)\b|you (?:really )?should|"
    + _not_after("you", r"\bthat ", r"\bif ", r"\w so ", r"\bfeel ", r"\bfelt ", r"\bwish ", r"\bwhether ") + r" could|you might (?:want|try|put|consider|look)|you ought|you'd better|you'd be better off|"
    r"you(?:'ll| will) (?:want|need) to|you (?:really |absolutely |definitely |seriously )?(?:need to|have to|must)|i'd (?:suggest|recommend|advise|get|go|switch|start|put|try|use|wait)|"
    r"i (?:suggest|recommend|advise)|my (?:advice|suggestion|tip|recommendation)|why (?:not|don't you)|it(?:'d| would) be (?:worth|best|wise|smart|better)|"
    r"it(?:'s| is) (?:worth|best|wise|a good idea)|(?:the )?best (?:thing|way|option) (?:is|would be) to|make sure (?:you|to)|have you (?:tried|thought|considered))\b"
    # a recommendation: "Green Giant arborvitae'd be better for you", "the smaller one would be ideal for you"
    r"|\b(?:would|'d|will|'ll) (?:be|work) (?:much |far |a lot )?(?:better|best|ideal|perfect|great) for you\b"
    r"|\b(?:is|'s) (?:the )?(?:right|best|better|ideal|perfect|safer|smarter) (?:choice|option|one|fit|pick|bet) for you\b"
    # what to do in a case, said after it: "If you ever get it more than twice a week, mention it to your doctor."
    r"|^if\b[^,;]{3,80}, (?:please |just )?(?:mention|tell|see|ask|call|ring|come|bring|book|check|talk|speak|go|get|take|try|stop|use|let|give|send|pop)\b")
#: Information about us, our product, prices or process.
_INFORMATION = re.compile(boundaries_factored(
    r"^(?:(?:so|then|and then|ok|okay|good|great|right|well),? (?:then,? )?)?(?:i|i'm|i've|i'll)\b|^(?:well,? )?(?:here(?:'s| is| are)|we|our|i|i'm|i've|i'll|us|the (?:price|cost|fee|plan|package|model|warranty|delivery|installation|contract|policy|software|system|service|app|unit|machine|device|product|offer|trial|subscription|team|engineer|store|shop|branch|office)s?)\b"
    r"|\b(?:it|they|this|that) (?:comes|come|costs?|includes?|takes?|runs?|has(?! to\b)|have(?! to\b)|works|ships|arrives?|lasts?|covers?|is available|are available|can be|will be)\b"
    # how the thing handles or what it takes: "It drives like a big van", "it sleeps four", "it weighs 2 tonnes"
    r"|\b(?:it|they|this|that|this one|that one) (?:drives|drive|handles|handle|rides|ride) like\b|\b(?:it|they|this one) (?:sleeps|sleep|seats|seat|weighs|weigh) (?:\d|one|two|three|four|five|six|seven|eight)"
    r"|\b\d+(?:[.,]\d+)?[ -]?(?:%|percent|euros?|dollars?|pounds?|days?|hours?|weeks?|months?|years?|minutes?|gb|mb|kg|litres?)\b"
    # a share said in words: "The farm grant covers sixty percent up to a limit."
    r"|\b(?:ten|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|seventy|seventy-five|eighty|ninety|a hundred) (?:percent|per cent)\b"
    # what the system shows about the customer's account or equipment ("your NMI has been reassigned to…", "the
    # signal isn't reaching your modem"): a diagnosis told, not the customer's meaning played back
    r"|\byour (?:[\w-]+ ){1,2}(?:has|have|had) been (?:\w+ed|set|put|sent|reset|moved|switched|changed|upgraded|charged|billed|paid)\b"
    r"|\b(?:isn't|is not|wasn't|was not|aren't|are not) (?:reaching|getting to|connecting to|coming through to|registering on) your\b"
    # a reference given and help offered ("Your report number is 88213. If you have any other questions, reply here.")
    r"|\byour (?:report|reference|ticket|order|case|booking|claim|tracking|confirmation) (?:number|no\.?|id|code) is\b"
    # the dates on the customer's account: "Yes, your current deal ends on the 14th."
    r"|\byour (?:current |existing |present )?(?:deal|contract|plan|tariff|policy|lease|subscription|warranty|cover) (?:ends|expires|runs out|renews|is up) (?:on|in|at)\b"
    r"|\bif you have any (?:other |more |further )?(?:questions|problems|issues)\b"
    r"|\b(?:we|our|us)\b|\bi(?:'ll| will| can| could|'m going to| am going to|'ve got|'d like to)\b"
    # a price told: "For a hundred and forty head you're looking at about thirty-two thousand installed"
    r"|\byou(?:'re| are| would be|'d be) looking at (?:about |around |roughly |maybe )?(?:[$£€]?\d|a (?:hundred|thousand)|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    # who will do what next: "the driver will call you 30 minutes before"
    r"|\b(?:the|your) (?:driver|courier|technician|engineer|fitter|installer|nurse|doctor|rider|agent|adviser|advisor)(?:'ll| will) "
    r"(?:call|text|ring|come|arrive|bring|be|send|email|meet)\b"))
#: Small talk, thanks, greetings, agreement tokens.
_OTHER = re.compile(
    r"^(?:hi|hello|hey|good (?:morning|afternoon|evening)|thanks?|thank you|nice|great|lovely|sure|of course|no problem|"
    r"ok(?:ay)?|right|fine|perfect|welcome|i (?:hear|get) (?:you|ya|it)\s*[.!]*$|i (?:totally |completely )?(?:understand|see)\s*[.!]*$|(?:it's |that's )?(?:your|ur) (?:call|choice|decision|funeral|loss)\b|you(?:'re| are) (?:very |most )?welcome|my pleasure|no worries|fair enough|congratulations|bye|goodbye|have a|enjoy|cheers|sorry|"
    r"happy (?:birthday|anniversary|holidays|new year|christmas|eid|diwali|easter|travels)|merry|safe travels|good luck|all the best|best wishes|"
    # a job declared done, not the customer played back: "You're all set for the rush!", "That should do it.", "Good,
    # you're all set!" (fiftieth round, blind190 read)
    r"(?:(?:good|great|brilliant|lovely|perfect|right|done|there you go|there),? )?you(?:'re| are) (?:all )?(?:set|sorted|good to go|ready to go)\b|that(?:'s| should| will|'ll)? (?:do it|do the trick|be it)\b|"
    # a thing handed over: "Here you go, all done.", "There you are."
    r"(?:here|there) you (?:go|are)\b|"
    # deference, not a playback: "Nobody knows these shoppers like you."
    r"(?:nobody|no one|no-one) knows\b|you know (?:this|these|your|the) [^.?!]{0,40}(?:better than|best)\b)")
#: Words that say how much something weighs on the customer.
_WEIGHT = re.compile(
    r"\b(?:matters?|important|essential|non-negotiable|key|priority|worr\w*|concern\w*|fear\w*|afraid|pressure|stress\w*|"
    r"struggl\w*|hard|difficult|tough|painful|frustrat\w*|annoy\w*|tired|fed up|stuck|risk\w*|stings?|hurts?|costing|"
    r"eating into|juggl\w*|challenge|big deal|top of|can't|cannot|don't|doesn't|isn't|aren't|won't|no room|let you down|"
    r"rather|prefer|value|want|need|wish|hope|really|real|more than|counts?|drives?|makes or breaks|on you|for you|to you)\b")
#: Telling the customer what will follow or what they can do ("You'll get the swelling down",
#: "You can ask your case manager"), or what holds for people in general ("Some people find…",
#: "It's linked with…"), or the speaker's own view ("I know what has worked for others"): information.
_GENERAL = re.compile(boundaries_factored(
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
    r"|\bi (?:wanted to|would (?:check|want|recommend|suggest)|believe|look forward|was going to tell|have heard|'ve heard|'ve seen|want you to know|can (?:give|send|show|get|refer|offer))\b"
    # what holds in general, said without "you" ("Toothache usually doesn't go away by itself"), and a worry called
    # common ("Eight years is really common", "that's very normal"): information and reassurance, not a playback
    r"|^(?![^.?!]*\byou)[^.?!]*\b(?:usually|normally|generally|typically|almost always|rarely)\b"
    # (forty-ninth round, blind176 read) a rule about people like them, with its average: "learners who don't practise
    # between lessons need about twenty more hours to pass on average"
    r"|^(?![^.?!]*\byou)[^.?!]*\b[a-z]{3,}s who (?:don't|do not|never|skip|miss|stop|fail)\b|\bon average\b"
    # a cause named for what the customer saw ("Spinning with no heat usually means the heating part failed, that's not
    # something you did"): the speaker's diagnosis, whatever "you" comes after it
    r"|\b(?:usually|normally|generally|typically|almost always|most likely|probably) (?:means|comes from|is caused by|points to|is down to)\b"
    r"|\b(?:is|are|'s) (?:really |very |quite |so |pretty |completely |totally )?(?:common|normal|usual)\b(?! (?:for|in|with) (?:you|your)\b)"
    # what holds for people in general, what is known, what things are called
    r"|\b(?:(?:a lot of|lots of|many|most|some|other) (?:folks|people)(?! (?:around|close to|near|in) (?:you|your)\b| you\b)|people (?:(?:who|that)(?! you\b)|i (?:have )?(?:work|worked|see|saw|know|meet|met))|for (?:instance|example))\b"
    r"|\b(?:research|studies|guidelines?|experts?|doctors) (?:shows?|says?|suggests?|found|recommends?|tells?)\b|\bwhat (?:we know|we've found|we see|tends to happen|happens (?:is|when))\b"
    r"|\b(?:what we call|(?:is|are) called|is known as|the (?:good|bad) news|the (?:downside|upside)|side effects?)\b"
    r"|^(?:usually|typically|generally|in general|normally|most of the time)\b|\bthere(?:'s| is| are) also\b"
    # what the speaker did, hopes or thinks the customer should do; what they will need; why the speaker asked
    r"|\b(?:that's|this is|which is|it's) (?:sort of |kind of |partly |just )?why (?:i|we)\b|\bi hope you\b(?! (?:know|feel|understand))"
    r"|\bi think (?:just|maybe you|you (?:should|need|could|might|can)|it(?:'d| would| might| could))\b|\bjust (?:tell|call|ask|try|take|say|give|keep)\b"
    r"|\byou(?:'re| are) going to (?:need|have|want|see|notice|find)\b|\bi(?:'m| am) (?:just |really )?(?:happy|glad) to\b"
    r"|\b(?:certainly|definitely|also) (?:would|will|could|can) (?:help|make a (?:big )?difference)\b|\b(?:will|would|could|can|might|may) (?:cost|involve|require)\b"
    r"|\b(?:is|are|will be|would be|could be|can be|is going to be) (?:really |very |so |also |quite )?(?:helpful|useful|beneficial)\b"
    r"|\b(?:that's|that is|it's|it is|is) something (?:that )?you (?:can|could|might)\b"
    # feedback of a form, a test or a record
    r"|\byou(?:'ve| have)? (?:indicated|reported|scored)\b|\b(?:on|from|in) (?:the|your|this) (?:form|questionnaire|screening|survey|results?|chart|records?)\b"
    # twenty-eighth round (blind68 read): what others do and what the customer will be spared - "Most farmers who switch
    # don't go back.", "It is, but you don't have to remember every two weeks."
    r"|\b(?:most|many|some|lots of|plenty of|a lot of) (?:other |of (?:our|my) )?[a-z]+s (?:who|that) (?!you\b)"
    r"|\byou (?:don't|do not|won't|will not|wouldn't|would not) (?:have|need) to\b"))
#: Words with "you" that do not speak of the customer ("you know", "thank you", "see you").
_YOU_FILLER = re.compile(r"\byou know\b(?! (?:that|what|how|it|this|the|your|you|she|he|they|where|why|when)\b)|\bthank you\b|\bsee you\b|\bif you will\b|\bmind you\b|\bbless you\b|\byou see\b")
#: "You" of anyone: in a condition ("if you drink, your liver…") or with what is possible or due ("you can", "you should").
_GENERIC_YOU = re.compile(
    r"\b(?:if|whenever|unless|as long as|the more|the less|once) you\b[^,.;]*"
    r"|\byou (?:can|could|may|might|should|need to|have to|got to|ought to)\b")
_YOU = re.compile(r"\b(?:you|your|you're|you've|you'd|you'll|yours|yourself)\b")
#: Feelings and weights named on their own, which reflect without a "you" ("Discouraged.", "It's pretty exhausting work.").
_FEELING = re.compile(
    r"\b(?:discourag\w*|frustrat\w*|overwhelm\w*|scar(?:y|ed|es)|exhaust\w*|uncomfortable|worr\w*|stress\w*|upset\w*|hurt\w*|lonely|"
    r"tired|stuck|important|hard|tough|difficult|annoy\w*|embarrass\w*|unfair|torn|afraid|fear\w*|angry|sad|guilt\w*|ashamed|"
    r"nervous|anxious|confus\w*|reject\w*|alone|helpless|hopeless|excit\w*|proud|reliev\w*|shock\w*|painful|struggl\w*|"
    r"essential|non-negotiable|priority|big deal|fun|pressure|concern\w*|long time|dilemma|mixed)\b")
#: Marks of a reflection: the speaker plays back what the customer feels, wants, said or is going through.
_STRONG = re.compile(
    r"\b(?:sounds? (?:like|as though|as if|to me)|it seems|seems (?:like|as though|as if|that|to be)|"
    r"you(?:'re| are)? (?:\w+ )?(?:feel\w*|felt|wonder\w*|worr\w*|sensing)|part of you|(?:i'm|i am) hearing|i hear(?! (?:you|ya|ye)\s*(?:[.!,;]|$))|i get (?:the|that)|"
    r"on the one hand|on the other hand|you(?:'re| are) (?:saying|not sure)|you (?:said|mentioned|told me)|what you(?:'re| are) saying|"
    r"you(?:'ve| have) been|for you|to you|you (?:want|wanna|don't want|really want|need|don't need|wish|hope|like|love|hate|can't|don't|didn't|wouldn't|couldn't|"
    r"think|thought|believe|know|knew|find|found|feel|felt|see|saw|miss|enjoy|value|care)\b)")
#: A statement led by "so" sums up what the customer said ("So the appointments and time.").
_SO_LED = re.compile(r"^so\b[,.]?(?: (?:yeah|yes|okay|ok|um|uh|right)\b[,.]?)*(?=\s+\w)")
#: A frame that plays back what the customer feels, thinks or said: what follows it in its sentence
#: is theirs, so advice or information words there ("you feel you could go ahead") are not the speaker's.
_FRAME = re.compile(
    r"\b(?:(?:it|that|this) (?:sounds|seems) (?:a lot |a bit |kind of |sort of )?(?:like|as though|as if)(?! it(?:'d| would| could| might)\b)|sounds like you|it seems (?:to me )?(?:that|like)|"
    r"you(?: (?:don't|do not|didn't|really|still|kind of|sort of|probably|also|just|already|almost|might|may))* (?:feel|felt|think|thought|believe|said|say|mentioned|told me|realize|wish|worry)|"
    r"you(?:'re| are)(?: \w+){0,3}? (?:feeling|saying|thinking|wondering|worried|concerned|not sure|unsure)|"
    r"(?:what )?i(?:'m| am| have| 've)(?: been)? hearing|i (?:can )?hear (?:you|that)|part of you|"
    r"i (?:guess|imagine|bet|wonder|sense|understand|know)(?: that)?(?= (?:you|your|it's|that's|there's|what|how|part)\b)|i can (?:see|tell|imagine|understand) (?:that|how|why|what|you|it's|this is)|"
    r"(?:let me|just to|i want to|i'd like to) (?:make sure|summari[sz]e|recap|check (?:that|if|whether) i|see if i|get (?:this|that) (?:straight|right))|"
    r"i(?:'m| am) trying to understand|if i(?:'m| am)? (?:hearing|understanding|understand|heard|got))")
#: A reason of the speaker's own given for what they sell ("I hear you, that's why the monthly plan's great"): an argument.
_THATS_WHY = re.compile(r"\b(?:that's|that is|which is) (?:exactly |precisely )?(?:why|the reason)\b(?! (?:you|you're|you've|your)\b)")
#: The speaker's own voice again after a reflective frame ("…you're ready for an upgrade, and we have an offer"; "…that's why").
_OWN = re.compile(r"\b(?:i|we|our)\b(?!'m not sure| guess| think you)|" + _THATS_WHY.pattern)
#: A question word or an inversion: a question, not a reflection said with a rising voice.
_ASKS = re.compile(r"\b(?:what|how|why|when|where|which|who|whether)\b|\b(?:can|could|would|will|do|does|did|is|are|was|were|have|has|shall|should|may|might) (?:i|you|we|he|she|they|it|there|that|this)\b")
#: What a spoken sentence opens with before its point ("Okay.", "Yeah, and", "-", "Um").
_LEAD = re.compile(r"^(?:[-\u2013\u2014\s]+|(?:okay|ok|all right|alright|right|yeah|yes|yep|hmm|huh|mhm|mm|uh|um|oh|gosh|gotcha|sure|and|but|now|actually)\b[,.!]?\s*)+")
#: Words quoted in someone's voice ("I'd give that a go") say nothing about who is telling what.
_QUOTED = re.compile(r'"[^"]*"?')
#: Marks of information or advice that mean little alone: several together, with no mark of a reflection, make a statement information.
_SOFT_INFO = tuple(re.compile(c) for c in (
    r"^well\b", r"\bif\b", r"\b(?:can|could)\b", r"\bwe\b", r"\bi think\b", r"\b(?:will|'ll|going to)\b",
    r"\b(?:they|them|their)\b", r"\b(?:should|need to|have to|has to)\b", r"\b(?:may|might)\b",
    r"\b(?:people|folks|someone|somebody|anyone|anybody|everyone|everybody|others)\b",
    r"\b(?:there's|there is|there are|there was|there were)\b", r"\d", r"\b(?:usually|often|typically|generally|normally|most|many)\b",
    r"\b(?:because|'cause)\b", r"\b(?:me|myself|my)\b(?! (?:goodness|god|gosh)\b)", r"\bi(?:'m| am| was| have|'ve| had| would|'d)\b", r"\b(?:help|helps|helpful)\b"))
#: A sentence about the customer ("You've been…", "So your…").
_CUSTOMER_FIRST = re.compile(r"^(?:so,? |and |but )?(?:you|you're|you've|you'd|your|yourself)\b")
#: How many of them make a statement information (one more with a sentence about the customer).
SOFT_INFO_LIMIT = 2
#: Shortest statement that can reflect anything (but a feeling named alone: "Discouraged.").
MIN_WORDS = 3


def _parts(text: str) -> list[str]:
    """The sentences of a lowercase text without their spoken openings and quoted words."""
    text = _QUOTED.sub(" ", text)
    return [p for p in (_LEAD.sub("", s.strip()) for s in (sentences(text) or [text])) if p]


def _tells_part(p: str) -> bool:
    """Whether one sentence gives advice or information (in the speaker's own voice: before any reflective frame)."""
    frame = _FRAME.search(p)
    if frame:
        own = _OWN.search(p, frame.end())
        p = p[:frame.start()] + (" " + p[own.start():] if own else "")
    return bool(_ADVICE.search(p) or _INFORMATION.search(p) or _GENERAL.search(p) or _THATS_WHY.search(p))


def tells(sentence: str) -> bool:
    """Whether a (lowercase) sentence, or any sentence of a longer text, gives advice or information
    rather than reflecting the customer."""
    return any(_tells_part(p) for p in _parts(sentence))


#: A request for one detail said as a bare noun phrase ("And your date of birth?", "Your postcode?"): it asks, it
#: plays nothing back; unless some word in it says something of the customer ("And your husband's not keen?").
_DETAIL_ASKED = re.compile(r"^(?:and |so |but |also |plus |then )?(?:your|the) (?!(?:[\w-]+ ){0,4}(?:is|are|was|were|be|been|not|never|no|feels?|felt|seems?|"
                           r"sounds?|matters?|needs?|wants?|worr\w*|has|have|had|does|do|did|can|could|will|would|should|still|too|enough|"
                           r"made|got|said|told|took|gave|went|came|left|lost|broke|paid|bought|sent|found|kept|put|let|thought|"
                           r"it|them|that|this|him|her|me|you|us|there|again|already|yet|yourself|"
                           r"\w+(?:ed|ing))\b)(?:[\w-]+ ){0,4}[\w-]+\s*\?+$")


def rising(sentence: str) -> bool:
    """Whether a (lowercase) sentence is a reflection said as a question: no question word or
    inversion, and about how things feel or weigh for the customer ("And that feels about right to you?")."""
    s = sentence.strip()
    return (s.endswith("?") and question_form(s).reason == "declarative" and not _ASKS.search(s) and not _DETAIL_ASKED.match(s)
            and bool(_FRAME.search(s) or _FEELING.search(s) or _CUSTOMER_FIRST.match(s) or _SO_LED.match(s)))


def informs(parts: list[str]) -> bool:
    """Whether a statement carries several marks of information or advice ("if", "can", "we",
    "I think", "they", "people", "there are"…) and none of a reflection ("it sounds like", "you feel"):
    one more when a sentence of it is about the customer ("You're beginning to think about what effect they may have")."""
    body = " ".join(parts)
    if _STRONG.search(body):
        return False
    limit = SOFT_INFO_LIMIT + any(_CUSTOMER_FIRST.match(p) and not _GENERIC_YOU.match(p) for p in parts)
    return sum(bool(c.search(body)) for c in _SOFT_INFO) >= limit


def _plays_back(part: str) -> bool:
    """Whether a sentence plainly plays the customer back: a summary led by "so", a reflective frame
    ("it sounds like", "you feel"), the customer as its subject ("You're…") or a feeling named."""
    return bool(_SO_LED.match(part) or _FRAME.search(part) or _FEELING.search(part)
                or _CUSTOMER_FIRST.match(part) and not _GENERIC_YOU.match(part))


def framed(text: str) -> bool:
    """Whether a (lowercase) turn plays the customer back in so many words: a sentence led by "so" or with a
    reflective frame ("it sounds like", "you're worried", "you said")."""
    return any(_SO_LED.match(p) or _FRAME.search(p) or _STRONG.search(p) for p in _parts(text))


def mostly_tells(text: str) -> bool:
    """Whether most statements of a (lowercase) turn, from the first that gives advice or information
    on, are the speaker's own ("So there has been a lot of research… The guidelines say…")."""
    parts = [p for p in _parts(text) if not p.endswith("?") and not _OTHER.match(p)]
    told = next((i for i, p in enumerate(parts) if _tells_part(p)), len(parts))
    return told < len(parts) and len(parts) - told > told


def _about_customer(body: str) -> bool:
    """Whether a statement speaks of the customer: a "you" that is not anyone's or a filler."""
    return bool(_YOU.search(_GENERIC_YOU.sub(" ", _YOU_FILLER.sub(" ", body))))


def _asks(sentence: str) -> bool:
    """Whether a sentence is a question, typed ones without their question mark included ("when do you need it by")."""
    if sentence.endswith("?"):
        return True
    form = question_form(sentence)
    return form.is_question and form.reason != "declarative"


def _pleasantry(part: str) -> bool:
    """A greeting, thanks or deference, also after a spoken "so, um," ("Right, so, um, thanks Jan.")."""
    return bool(_OTHER.match(part) or _OTHER.match(_FILLER_LEAD.sub("", part)))


#: A spoken lead-in before what is said: "so, um, ", "so, like, ".
_FILLER_LEAD = re.compile(r"^(?:(?:so|um|uh|er|like|well|yeah)\b[,.]?\s*)+")


def reflects(t: Text, before: str = "") -> bool:
    """Whether a normalised statement reflects the customer (given their line `before`, when known)."""
    if not t.judgeable:
        return False
    said = _parts(t.lower)
    first = (said or [""])[0]
    if _asks(first) and not rising(first):
        return False
    parts = [p for p in said if (not _asks(p) or rising(p)) and not _pleasantry(p)]
    if not parts:
        return False
    told = next((i for i, p in enumerate(parts) if _tells_part(p)), len(parts))
    lead, rest = parts[:told], parts[told:]  # what the speaker plays back before any advice or information of their own
    summed = any(_SO_LED.match(p) or _FRAME.search(p) for p in lead)
    if not lead or informs(lead) or rest and not summed and (len(rest) > len(lead) or not any(_plays_back(p) for p in lead)):
        return False
    parts = lead
    body = " ".join(parts)
    if len(t.words) < MIN_WORDS and not _FEELING.search(body):
        return False
    if before:
        said = content_words(before)
        mine = content_words(body)
        if said & mine or any(len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a)) for a in said for b in mine):
            return True
    return _about_customer(body) or bool(_WEIGHT.search(body) or _FEELING.search(body) or _SO_LED.match(body))
