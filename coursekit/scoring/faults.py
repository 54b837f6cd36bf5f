"""Faults of service that cost points without capping: a promise nobody can keep, advice nobody asked for,
talk about oneself or one's colleagues, a next step with no day that leaves the customer asking when, a fix
declared done that nobody tried, and words the customer could not follow (read by the rubric from the reply).

Each is read per sentence of a trainee turn through the turn's reader (English here; Spanish and Chinese in
their dialogue lexicons, under the same pattern keys), so a hedge in the same sentence ("I can't promise a
hundred percent") or a request for advice in the customer's line before ("What would you do?") takes it back.
The rubric (`dialogue.py`) takes `FAULT_COST` points off for each turn with a fault, for at most
`FAULT_TURNS` turns, and names the first in the summary.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from .exchange import Turn

#: The faults in the order the summary names them ("marked_down", a reply like the ones coaches marked down, and
#: "took_badly", a reply whose customer answered like customers answered a fault, are read by likeness in
#: `marked_down.py` and `took_badly.py`, not here).
FAULT_KINDS: tuple[str, ...] = ("overpromise", "unasked_advice", "about_self", "no_date", "no_check", "lost_them",
                                "marked_down", "took_badly")

_FOR_A_TIME = r"for (?:\d+|a|an|one|two|three|five|six|ten|twelve|life) ?(?:years?|months?|weeks?|days?)?"

#: A promise of an outcome nobody at the counter controls: "I guarantee he'll get in", "we guarantee your visa",
#: "…by ten-thirty, guaranteed", "a hundred percent sure", "you have my word", "it'll definitely be there",
#: "It won't be, don't worry", "we've never met a stain we couldn't get out", "our students always pass", "you'll never
#: pay for power again".
#: (A guarantee of our own work for a time - "we guarantee the repair for a year" - is a warranty, no promise.)
OVERPROMISE = re.compile(
    r"(?<!\bif )\b(?:i|we) (?:can |will |personally |absolutely )?guarantee,? (?:you|that|it|he|she|they|your|this|the|"
    r"an? (?:[a-z]\b|pass|grade|result|place|job|approval|visa|loan|mortgage|profit|return|win|sale))\b"
    r"(?![^.!?]*\b(?:" + _FOR_A_TIME + r"|warrant\w*|workmanship|labou?r|parts)\b)|"
    r"(?:,|—|–| -|\b(?:hundred|100) ?(?:%|percent|per cent)) ?guaranteed\b|\bguaranteed(?=[.!?]|\s*$)|"
    # forty-sixth round (blind158 read): "I guarantee panels on your roof in two weeks, tops."
    r"(?<!\bif )\b(?:i|we) (?:can |will |personally |absolutely )?guarantee,? [a-z]+s (?:on|in|by|before|within|will|are)\b"
    r"(?![^.!?]*\b(?:" + _FOR_A_TIME + r"|warrant\w*|workmanship|labou?r|parts)\b)|"
    # thirtieth round (blind80 read): "With us it's guaranteed: three days at the border maximum"
    r"\b(?:it's|it is|that's|that is) guaranteed[:,—–-]? (?![^.!?]*\b(?:" + _FOR_A_TIME + r"|warrant\w*|workmanship|labou?r|parts)\b)|"
    r", (?:a |one )?(?:hundred|100) ?(?:%|percent|per cent)(?=[.!?]|\s*$)|"
    r"\b(?:a |one )?(?:hundred|100) ?(?:%|percent|per cent)[,.!]? (?:sure|certain|guaranteed|by|on time|"
    r"(?:it|he|she|they|you|(?:your|the) [\w-]+)(?:'ll| will))\b|"
    # "we never lose data", "we never fail"
    r"\bwe (?:never|don't ever|do not ever) (?:lose|fail|miss|break|damage|get (?:it|them) wrong)\b|\bwe(?:'re| are) never (?:late|wrong|delayed)\b|"
    r"\byou have my word\b|\bi give you my word\b|"
    r"\bi promise(?: you)?,? (?:that )?(?:it|he|she|they|your|the|you)\b|"
    r"\b(?:it|he|she|they)(?:'ll| will) definitely (?:be|get|arrive|come|pass|work|go)\b|"
    # "we'll definitely get your photos back, we always do"
    r"\bwe(?:'ll| will) definitely (?:get|fix|save|recover|sort|have|bring|make)\b|"
    # a date nobody has checked, waved through: "we'll have it to you before the 20th, easy, don't worry about it"
    r"\bwe(?:'ll| will) (?:have|get) (?:it|them|that|this|everything|yours?) (?:to you |there |ready |done |back |[a-z]+ed )?"
    r"(?:before|by|in time for) [^.!?]{1,30}?,? (?:easy|easily|no (?:problem|worries|sweat)|don't worry|for sure|no question)\b|"
    r"\b(?:it|he|she|they) won't(?: be)?,? (?:honestly|don't worry|trust me|i promise)\b|\bdefinitely not,? (?:it|he|she|they)(?:'ll| will)\b|"
    r"\bwe(?:'ve| have) never (?:met|had|seen|found) (?:a|an|one) [\w -]{1,25} (?:we|that we) (?:couldn't|could not|can't)\b|"
    r"\b(?:always|never fails to) (?:gets? there|arrives? on time|gets? in)\b|"
    r"\b(?:students|clients|customers|applicants|patients) always (?:do|pass|get in|get approved|get better)\b|"
    # "you'll basically never pay for power again", "you'll never have to worry about it again"
    r"\byou(?:'ll| will) (?:basically |literally |honestly |probably |just )?never (?:have to |need to )?(?:pay|worry|have|see|need|get|wait|lose)\b[^.!?]{0,50}\bagain\b|"
    r"\b(?:is|are) a (?:dead )?certainty\b|\bsuccess rate [\w ]{0,20}is (?:100|a hundred) ?(?:%|percent|per cent)")
#: The same sentence says what cannot be promised ("I can't promise a hundred percent", "nobody can guarantee").
HEDGED = re.compile(
    r"\b(?:can't|cannot|can not|couldn't|won't|don't want to|wouldn't|never|not going to|not able to) (?:\w+ ){0,2}(?:promise|guarantee)|"
    r"\bno ?(?:one|body)(?: honest)? can (?:promise|guarantee)|\bno guarantee|\b(?:not|isn't|aren't|never) guaranteed|"
    r"\bnothing(?:'s| is) (?:ever )?guaranteed|\bnot (?:a )?(?:hundred|100) ?(?:%|percent|per cent)|\bwithout (?:a )?guarantee")
#: Advice about the customer's own choices, flagged as the speaker's opinion ("Honestly, what you should do is
#: reconcile every week", "If I can give you some advice, though: …", "Personally, I'd never buy…").
UNASKED_ADVICE = re.compile(
    r"\bif i (?:can|could|may) (?:give|offer) you (?:some|a (?:bit|piece|word) of|one) (?:advice|tip)\b|\ba (?:word|piece) of advice\b|"
    r"\b(?:honestly|frankly|to be honest|personally|between you and me|you know)\b,?(?: though)?,? [^.!?]{0,40}?(?<!\bto )(?<!\bfor )(?<!\bwith )"
    r"\b(?:what )?you (?:really )?(?:should|ought to|must)\b(?!'ve| (?:have|be able|receive|see|hear)\b|"
    r" get (?:a|an|the|your|it) (?:text|email|e-mail|letter|call|message|confirmation|refund|reply|sms|notification|update)\b)|"
    r"\bwhat you should really do is\b|"
    # thirty-sixth round (blind108 read): a lesson drawn for the customer's kind - "This is why it's important to read everything
    # the council sends. A lot of young people ignore their post… Budgeting's a life skill."
    r"\b(?:this|that) is (?:exactly )?why it(?:'s| is) (?:so )?important to\b|\b(?:budgeting|saving|planning)(?:'s| is) a life skill\b|"
    r"\b(?:a lot of|lots of|most|many|so many) (?:young people|students|youngsters|kids these days)\b[^.!?]{0,30}"
    r"\b(?:ignore|end up|waste|don't bother|never bother)\b|"
    # a lecture on how the customer lives: "You really need to cut his food by a third", "you really should think about
    # stopping" (not "what you really need is…", a playback)
    r"(?<!\bwhat )(?<!\bdo )\byou really (?:need to|have to|ought to|must|should) (?!(?:have|be able|receive|see|hear)\b)|\bpersonally,? i(?:'d| would) (?:never|not|steer clear|stay away)\b|"
    r"\b(?:honestly|frankly|to be honest|personally|you know)\b,?[^.!?]{0,50}?\byou(?:'d| would) be (?:much |far |a lot )?(?:better off|happier)\b|"
    # health and safety told in passing: "Just so you know, at their age sauna is something to be careful with",
    # "Just so you know, most back injuries on sites come from lifting with your back"
    r"\bjust so you know,? (?:at (?:your|their|his|her|that) age|most (?:\w+ ){0,3}(?:injuries|accidents|people|problems|cases))\b|"
    # "Before we do that, can I just say, it's worth thinking about how you heat the place."
    r"\b(?:can|may) i just say,? (?:it's|it is|it'd be|it would be) worth (?:thinking|looking|considering)\b|"
    # the speaker's standing lecture: "Before we go on, I always tell solo travellers: get proper boots…"
    r"\bi always tell (?:(?:my|our|all|any|every|the) )?(?:[\w-]+ )?(?:travell?ers|customers|clients|patients|people|everyone|everybody|"
    r"first-timers|beginners|parents|owners|buyers|guests|women|men|ladies|students)\b[^.?!]{0,6}[:,-]|"
    r"\b(?:it's|it is) (?:really )?worth (?:thinking|having a think) about how you\b|"
    # the customer's choice second-guessed: "Though honestly, at that age tres leches can be quite heavy - a lot of families go
    # for a light sponge instead."
    r"\b(?:though|but),? (?:honestly|frankly|to be honest)\b,?[^.!?]{0,80}\b(?:a lot of|lots of|many|most) (?:families|people|customers|"
    r"parents|couples|clients|guests) (?:go for|choose|prefer|pick|opt for)\b|"
    # thirty-ninth round (blind131 read): "…and never write soap on the label; so many small sellers make this mistake."
    r"\b(?:so many|many|most|a lot of|lots of) (?:[\w-]+ ){0,2}(?:sellers|customers|people|clients|owners|drivers|parents|students|"
    r"shops|businesses|beginners|buyers|users|patients|guests|families|couples|homeowners|tenants|landlords|farmers|learners) "
    r"(?:make|do) (?:this|that|the same) (?:mistake|error)\b|"
    # fortieth round (blind136 read): "For the future, always pack spare clothes in your hand luggage; most of this could
    # have been avoided."
    r"\b(?:for the future|in (?:the )?future|next time),? (?:always|never|make sure (?:you|to)|remember to)\b[^.!?]{0,80}"
    r"\b(?:could|would) have been avoided\b|\b(?:for the future|in (?:the )?future|next time),? always (?:pack|keep|carry|bring|check|take)\b")
#: The customer answers a trainee line by saying they know already ("Yeah, I know how to lift, cheers, been doing it
#: twenty years.", "i know my parents lol"): what came before it was a lecture nobody asked for.
KNOWS_ALREADY = re.compile(
    r"^\W*(?:(?:yeah|yes|uh|um|ok|okay|right|well|look)\W+)*i know (?:how to|what i'm doing|my (?:parents|mum|mom|dad|body|dog|"
    r"cat|kids|children|car|job|trade|business|own))\b|"
    # thirty-ninth round (blind131 read): "My packing is fine, four years I'm doing this."
    r"\b(?:\w+|\d+) years (?:now )?i(?:'m| am|'ve been| have been) doing (?:this|it)\b|"
    # "I've been walking for sixty years and I'm not going to any bars, dear."
    r"(?:^|[.!?] )\W*(?:(?:yeah|yes|uh|um|ok|okay|right|well|look)\W+)*i(?:'ve| have) been (?:walking|hiking|driving|sailing|cooking|farming|fishing|"
    r"riding|cycling|running|swimming|skiing|diving|gardening|baking|climbing|lifting|building|doing (?:this|it|that)) (?:for )?(?:\w+|\d+) (?:years|decades)\b|"
    # only the question they asked (thirtieth round, blind82 read): "Um, okay. … I only wanted to know if we could."
    r"\bi (?:only|just) wanted to (?:know|ask|check) (?:if|whether)\b")
#: The customer's line asks for advice ("Should I…?", "What would you do?"): advice given then was asked for.
ASKED_ADVICE = re.compile(
    r"\bshould i\b|\bwhat (?:would|should|do) you (?:suggest|recommend|advise|do)\b|\bwould you recommend\b|\bany (?:tips|advice|ideas)\b|"
    r"\bwhat can i do\b|\bhow (?:do|can|should) i (?:avoid|stop|prevent|keep)\b|\badvice\b|\bwhich (?:one )?(?:is|would be) (?:best|better)\b")
#: Talk about oneself or one's colleagues instead of the customer: "I know exactly how it is - when my own father
#: died…", "our warehouse team are hopeless", "she's new and she keeps forgetting", "it's the IT department again".
ABOUT_SELF = re.compile(
    r"\bi know exactly how (?:you feel|it is|it feels|you're feeling|hard)\b|\bi know exactly what (?:that's|that is|it's|it is) like\b|"
    # twenty-fifth round (blind48): "That's actually how I got into this job, I did hotel reception myself for six years"
    r"\b(?:that's|that is) (?:actually |really |just )?how i (?:got into|started in|ended up in) (?:this|the) (?:job|work|trade|business|line of work)\b|"
    # twenty-ninth round (blind76 read): "I grew up out near Junee myself… That's why I got into security. Fourteen years
    # now, I've seen it all."
    r"\bi grew up (?:[\w-]+ ){0,5}myself\b|\b(?:that's|that is) (?:actually |really |partly )?why i (?:got into|went into|started in|ended up in)\b|"
    r"\bi(?:'ve| have) seen it all\b|"
    r"\bwhen my (?:own )?(?:father|mother|dad|mum|mom|husband|wife|son|daughter|brother|sister|grandmother|grandfather|grandma|"
    r"granny|grandad|nan|partner|dog|cat|uncle|aunt) (?:died|passed|was ill|was sick|had)\b|"
    r"\b(?:team|department|people|guys|staff|colleagues|office|warehouse|drivers|techs|technicians|engineers|lot|they) (?:are|is) "
    r"(?:completely |totally |just |so )?(?:hopeless|useless|clueless|a joke)\b|"
    r"\b(?:she|he)(?:'s| is) new and (?:she|he) (?:keeps|always|never)\b|\b(?:it's|this is) (?:the|our) [\w-]+(?: [\w-]+)? (?:department|team) again\b|"
    r"\bthey never (?:fix|listen|tell|answer)\b|\bmy own (?:mother|father|mum|mom|dad|parents|wife|husband|son|daughter|family|dog|cat|kids|children|baby|[a-z]+ (?:dog|cat))\b|"
    r"\bi know (?:that|this|it) (?:one )?so well\b|"
    # a story of one's own: "at my own wedding we had one just like that", "when I started I was also worried"
    r"\b(?:at|in|for) my own (?:wedding|funeral|house|home|flat|garden|shop|business|farm|kitchen)\b|"
    r"\bwhen i (?:first )?started(?: out)?,? i was (?:also |just as |the same|too |myself )|"
    # thirty-ninth round (blind131 read): "I was exactly like you. … now I've coached over 2,000 students."
    r"\bi was (?:exactly|just) like you\b|\bi(?:'ve| have) (?:personally )?(?:coached|trained|taught|mentored) (?:over |more than |nearly )?[\d,]+ "
    r"(?:students|clients|people|learners|candidates)\b|"
    r"\bi was (?:also|just as|exactly as) (?:worried|scared|nervous|unsure|sceptical|skeptical) (?:as you |like you )?(?:about|when)\b|"
    r"\b(?:it|that|this) (?:really )?changed my life\b|"
    # fifteenth round (blind35): "Honestly, I know how it is. When I moved from Kaduna to Abuja I paid two years upfront…"
    r"\bi know (?:just )?how (?:it is|it feels|you feel|that feels)\b|"
    r"\bmy (?:own )?(?:very )?first (?:season|year|winter|summer|week|job|trip|month|marathon|car|house|flat)\b[^.!?]{0,40}\bi\b|"
    r"\bwhen i (?:first )?(?:moved|was your age|was young|was a student|got married|bought my (?:own |first )*(?:house|home|flat|car)|"
    r"had my (?:first )?(?:baby|child|son|daughter|kids))\b[^.!?]{0,80}\b(?:i|me|my)\b|"
    # eighteenth round: "the first time I crossed the pass I was nineteen, in my uncle's truck"
    r"\b(?:the first time|when) i (?:[\w-]+ ){0,4}i was (?:only |just )?(?:\d+|\w+teen|eleven|twelve|twenty|thirty|young|a kid|a boy|a girl|a student)\b|"
    r"\bwhen i was (?:a kid|a boy|a girl|little|small|\d+|\w+teen|eleven|twelve)\b[^.!?]{0,80}\b(?:i|me|my)\b|"
    # twenty-seventh round (blind62): a career told instead of listening - "I've been doing this twenty-two years -
    # started at the Mount Nelson, then had my own restaurant…", "I've catered for two ministers"
    r"\bi(?:'ve| have) been doing (?:this|it) (?:for )?(?:over |nearly |almost )?(?:[\w-]+ )?(?:\d+|[\w-]+) years\b[^.!?]{0,30}[-–—,;:]|"
    r"\b(?:then )?(?:i )?had my own (?:restaurant|shop|business|salon|studio|company|practice|bakery|cafe|garage|firm)\b|"
    r"\bi(?:'ve| have) (?:catered|cooked|built|designed|worked|played|sung|done (?:the )?\w+) for (?:two|three|several|many|some|a few) "
    r"(?:ministers|celebrities|famous|presidents|royals|stars|players)\b|"
    # twenty-eighth round (blind68, blind70 read): one's own pets, moves and record told instead of listening - "Oh,
    # rabbits! I have two myself, Lotte and Mia", "I know exactly how that feels - I moved down from Jersey in 2009",
    # "I've done over two thousand loans since, top producer at my last branch"
    r"\bi know exactly how (?:that|this) (?:feels|is)\b|\bi(?:'ve got| have| had) (?:one|two|three|four|a couple|a few|several)"
    r"(?: of (?:them|those))? (?:myself|of my own)\b|\bi moved (?:down |up |over |out |here )?from [\w -]{1,30} in (?:19|20)\d\d\b|"
    r"\btop (?:producer|seller|salesman|saleswoman|salesperson|performer|agent|broker) (?:at|in|of|for) (?:my|our|the)\b|"
    r"\bi(?:'ve| have) (?:done|sold|closed|written|arranged|handled|fitted|installed|placed) (?:over |more than |nearly |almost |about )?"
    r"(?:[\d,]+|a thousand|(?:two|three|four|five|ten|a few) (?:hundred|thousand)) [\w-]+ (?:since|in my|over my)\b|"
    # thirty-sixth round (blind107 read): a family story of one's own, with when it happened - "My daughter's was at St. Lucy's
    # last spring, eighty people, my mother-in-law insisted on cooking…", "We still laugh about it."
    r"\bmy (?:own )?(?:daughter|son|kids?|wife|husband|mother|father|mum|mom|dad|sister|brother|mother-in-law|father-in-law|"
    r"grandson|granddaughter|niece|nephew|cousin|family)(?:'s)? (?:[\w-]+ ){0,2}(?:was|were|had|did|insisted|went|got|used to)\b"
    r"[^.!?]{0,80}\b(?:last (?:year|spring|summer|autumn|fall|winter|month|week)|years ago|back then)\b|\bwe still laugh about it\b|"
    # thirty-seventh round (blind118 read): one's own trip told, with its year - "I went in 2019, the heat nearly killed me"
    r"\b(?:i|we) went (?:there |out there |over there |over )?(?:in|back in) (?:19|20)\d\d\b[^.!?]{0,60}\b(?:me|my|i|we|us|our)\b|"
    # forty-eighth round (blind166 read): "I started bowling at six, my dad ran this place. I rolled a 279 in the city
    # tournament in '09…"
    r"\bi started [a-z]+ing (?:at|when i was) (?:\d+|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|a kid|a boy|a girl|school)\b|"
    r"\bmy (?:dad|father|mum|mom|mother|grandfather|grandpa|granddad|grandma|family|parents|uncle) (?:ran|owned|started|built|opened) "
    r"(?:this|the) (?:place|shop|business|store|alley|garage|restaurant|club|farm|yard|bar)\b")
#: A customer asking when, after a next step with no day ("Soon meaning when?", "And when will that be?").
ASKS_WHEN = re.compile(r"\bwhen\b[^.!?]*\?|\bsoon (?:meaning|means|is) (?:when|what)|\bhow (?:long|soon)\b[^.!?]*\?|\bwhat time\b|"
                       r"\bwhich day\b|\bany (?:idea|news) (?:of|on) when\b")

#: A fix declared done: "that should fix it", "Done, it should work now.", "Great, then it's fixed", "You should be
#: right to go." (not a booking: "You're all set for Tuesday").
DECLARES_FIXED = re.compile(
    r"\b(?:that|this) should (?:fix (?:it|that|things|the problem)|do it|do the trick|be it|sort it(?: out)?)\b|"
    r"\b(?:it|that|this|everything)(?: all)? should (?:\w+ )?(?:work|be (?:working|fine|ok|okay|good|back|fixed|right))"
    r"(?: again| fine| normally)?(?:,? now\b|(?=\s*(?:[.!;]|$)))|"
    # said as news, not "I'll ring you to make sure it's fixed", "until it's fixed"
    r"(?:^\W*|[,;:!]\s*|\b(?:then|so|now|ok|okay|great|good|right|there)\b,?\s+)(?:it's|it is) (?:all )?fixed\b|"
    r"\byou should be (?:all )?(?:set|good to go|right to go)\b|"
    # (blind104 read) the job declared done and billed at once: "All done. That's $245 all up - card or account?"
    r"(?:^\W*|[.!;]\s+)(?:(?:ok|okay|right|there|and|so|yep)\W+)?(?:all done|job(?:'s| is) done|(?:that's|thats|that is) (?:all )?done)"
    r"(?=\s*[.!,;-]|\s*$)")
#: Asking the customer to try the fix while still with them: "Can you print a test page now and tell me if it comes
#: out?", "Does it show your accounts?", "Please type it in while I'm on the line", "What do you see?"
ASKS_TO_TEST = re.compile(
    r"\btest (?:page|print|email|e-mail|mail|call|sale|purchase|transaction|payment|message|scan|booking|order)\b|"
    r"\btell me (?:if|whether|what)\b|\bwhile i(?:'m| am) (?:still )?(?:on the (?:line|phone|call|chat)|here|with you)\b|"
    r"\b(?:does|did|is) (?:it|that|the [\w-]+) (?:now )?(?:work|working|show|print|come (?:out|through)|connect|go through|arrive|load|"
    r"start|respond|sync)\b[^.!?]*\?|\b(?:try|test) it (?:now|again|for me|out)\b|\bwhat (?:do you see|does it (?:say|show))\b|"
    # "Can you do a quick walk test?", "run a test cycle for me", "put the panel in test mode"
    r"\b(?:do|run|try) a (?:quick |short |little )?(?:[\w-]+ )?test\b|\btest (?:mode|cycle|run)\b")
#: The customer saying it works ("yes it printed!!", "Approved.", "It's working now", "the lights are back"; not a
#: device restarted: "okay, it's back").
WORKS_NOW = re.compile(
    r"\b(?:it|that|everything)(?:'s| is) (?:working|fine now)\b|\b(?:it )?works now\b|(?<!if )\bit works\b|"
    r"\b(?:printed|approved|arrived|came out|went through|(?:lights|power|pictures?|sound|signal) (?:are|is|'s) back)\b")

#: Something the customer uses not working ("it says comms error", "declining every card", "not syncing", "doesnt
#: send to email anymore", "does not let me in"): a conversation about a fix.
MALFUNCTION = re.compile(
    r"\b(?:gone|went|goes|going|go) off (?:\w+ ){0,3}(?:in a row|every (?:night|day|morning|hour)|again|twice|for no reason|"
    r"by itself|on its own|at night|in the night)\b|"
    r"\b(?:error|offline|declin(?:es|ed|ing)|reject(?:s|ed|ing)?|not (?:syncing|working|sending|printing|connecting|loading|"
    r"charging|responding)|(?:doesn'?t|does not|don'?t|do not|won'?t|will not|can'?t|cannot|isn'?t|is not) (?:\w+ )?(?:send|print|"
    r"work|connect|sync|load|charge|let (?:me|us) in|log in|respond|turn on|start)|no (?:signal|connection|internet|sound|picture|"
    r"power)|stopped (?:working|sending|printing|syncing)|keeps? (?:declining|dropping|crashing|failing|freezing|running|leaking|dripping|tripping|beeping|flashing)|"
    r"(?:nobody|no one|none of us) (?:\w+ ){0,3}can (?:send|print|log in|connect|get in|pay))\b")

#: Pattern keys a reader holds for this module (`readers.Reader.patterns`).
PATTERNS = {"overpromise": OVERPROMISE, "promise_hedged": HEDGED, "unasked_advice": UNASKED_ADVICE, "knows_already": KNOWS_ALREADY,
            "asked_advice": ASKED_ADVICE, "about_self": ABOUT_SELF, "asks_when": ASKS_WHEN,
            "declares_fixed": DECLARES_FIXED, "asks_to_test": ASKS_TO_TEST, "works_now": WORKS_NOW, "malfunction": MALFUNCTION}


def _sentence_says(turn: "Turn", key: str, unless: str = "") -> bool:
    r, lower = turn.reader, turn.said_lower
    if not r.says(key, lower):  # (the whole turn first: most turns have none of these, and need no splitting)
        return False
    return any(r.says(key, s) and not (unless and r.says(unless, s)) for s in r.sentences(lower))


def overpromises(turn: "Turn") -> bool:
    """Whether a trainee turn promises an outcome nobody at the counter controls, in a sentence that does not hedge it."""
    return turn.judgeable and _sentence_says(turn, "overpromise", unless="promise_hedged")


def asks_to_test(turn: "Turn") -> bool:
    """Whether a trainee turn asks the customer to try the fix while still with them."""
    return turn.judgeable and turn.reader.says("asks_to_test", turn.said_lower)


def reports_malfunction(turn: "Turn") -> bool:
    """Whether a customer turn says something they use is not working (a conversation about a fix)."""
    return turn.judgeable and turn.reader.says("malfunction", turn.said_lower)


def fault_of(turn: "Turn", vague: Callable[["Turn"], bool], fix_checked: bool = True) -> str:
    """The fault a trainee turn makes ("" for none); `vague(turn)`: it promises a next step without a day;
    `fix_checked`: the conversation is about no fix, or a trainee turn from just before this one on asked the
    customer to try it."""
    if not turn.judgeable:
        return ""
    if overpromises(turn):
        return "overpromise"
    reply = turn.reply
    lectured = _sentence_says(turn, "unasked_advice") or _knew_already(reply)
    if lectured and not advice_asked(turn):
        return "unasked_advice"
    if _sentence_says(turn, "about_self"):
        return "about_self"
    if reply is not None and reply.judgeable and reply.reader.says("asks_when", reply.said_lower) and vague(turn):
        return "no_date"  # the customer had to ask when
    if not fix_checked and _sentence_says(turn, "declares_fixed") and not _works_now(turn.after) and not _works_now(reply):
        return "no_check"  # "It should work now." - and nobody tried it
    return ""


#: The words each named fault reads, whatever excused them (a hedge, a request for advice, a day, a test).
_NAMED_WORDS: tuple[str, ...] = ("overpromise", "unasked_advice", "about_self", "vague_promise", "declares_fixed")


def says_a_named_fault(turn: "Turn") -> bool:
    """Whether a trainee turn has the words of a named fault, excused or not: the rule has judged it, in its context."""
    return turn.judgeable and any(turn.reader.says(key, turn.said_lower) for key in _NAMED_WORDS)


def advice_asked(turn: "Turn") -> bool:
    """Whether the customer's line before the turn asked for advice ("What would you do in my place?")."""
    return turn.after is not None and turn.after.reader.says("asked_advice", turn.after.said_lower)


def _knew_already(reply: "Turn | None") -> bool:
    """Whether the customer's reply says they knew it already ("Yeah, I know how to lift, cheers…")."""
    return reply is not None and reply.judgeable and reply.reader.says("knows_already", reply.said_lower)


def _works_now(turn: "Turn | None") -> bool:
    return turn is not None and turn.judgeable and turn.reader.says("works_now", turn.said_lower)
