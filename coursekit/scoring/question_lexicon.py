"""Cues for the seven question techniques (brief section 5) and the words that decide form."""
from __future__ import annotations

#: Wh-questions that ask for one short fact (a number, a time, a place, a name, a pick
#: among options): closed, like yes/no questions (seed 004's definition; MITI coding).
SHORT_FACT_RE = (
    r"^(?:how (?:many|much|long|often|old|far|soon|big|large|frequently|tall|wide|heavy|early|late|fast|quickly|big)\b"
    r"|when\b(?! (?:was|is|were|has been) (?:a|the|one|another) (?:time|moment|day|occasion)\b)|which\b|whose\b|whom\b|who(?:'s)?\b"
    r"|where\b(?! (?:do|would|could|can|will|should) (?:you|we) (?:see|want|like|hope|picture|imagine|expect|think|reckon|feel|go from here))"
    r"|what(?:'s| is| was| would be) (?:the|your) (?:longest|shortest|highest|lowest|earliest|latest|furthest|fewest|most (?:\w+ )?(?:times|hours|days|people|money)|least (?:\w+ )?(?:times|hours|days|people|money))\b"
    r"|what (?:time|times|date|dates|day|days|year|years|month|months|size|sizes|colou?rs?|model|brand|make|version|percentage|postcode|zip code|"
    r"email|phone number|number|name|day of the week)\b"
    r"|how did you (?:hear|find out|learn) (?:about|of) (?:us|our)|what (?:sort|kind) of (?:budget|price|figure|amount)|"
    r"what (?:does|did) (?:the|your) (?:\w+ )?(?:firm|business|company|shop|company) turn over|"
    r"what(?:'s| is| was| are) (?:your|the) (?:\w+ ){0,2}(?:name|number|address|email|postcode|budget|deadline|date|size|"
    r"price|total|reference|age|capacity|quantity|volume|headcount|turnover|salary|income|rent|reading|mileage|balance|"
    r"temperature|weight|height|limit|score|code|model|make|brand|colou?r|dates?|times?|no|ref|reg|id|dob|serial)\b(?! (?:like|about|mean)\b))"
)
#: A rating on a scale ("On a scale of 0 to 10, how ready are you?"): one number, closed.
SCALE_RE = r"\bscale (?:of|from) (?:\d+|zero|one)\b|\b(?:from )?(?:0|1|zero|one) to (?:5|10|five|ten)\b|\bon (?:that|the|this|a|your) (?:\w+ )?(?:scale|ruler)\b|\bwhat number\b"
#: "..., X or Y?": a question that offers a choice between given options (closed).
CHOICE_RE = r"[,:;-] (?:(?!\b(?:what|how|why)\b)[^,:;?]){1,50}\bor\b(?! (?:not|something|anything|what|so)\b)[^,:;?]{1,40}\?$"

WH_WORDS = frozenset(
    "what what's whats how how's hows why why's when when's where where's which who who's "
    "whom whose whatever".split()
)
AUX_WORDS = frozenset(
    "do does did is are was were am can could would will shall should may might must have has "
    "had don't doesn't didn't isn't aren't wasn't weren't can't cannot couldn't wouldn't won't "
    "shouldn't haven't hasn't hadn't mightn't mustn't shan't is's any anything anyone".split()
)
#: Asking leave to ask ("ask one quick question", "check a little thing"): the question, if one follows, comes after it.
ASK_A_QUESTION = r"(?:ask|check) (?:you )?(?:(?:one|a|another|two) )?(?:(?:quick|small|little|last|short) )?(?:thing|question)s?"
#: Imperatives and statements that invite the customer to talk (open, even without '?').
INVITATION_RE = (
    r"^(?:(?:please|kindly) )?(?:tell(?! (?:your|him|her|them|his|their|the|everyone|anyone|anybody|my)\b)|describe|explain|walk (?:me|us) through|talk (?:me|us) through|take (?:me|us) through|"
    # what is left of "May I ask you to describe how…" once its lead-in is set aside
    r"to (?:describe|explain|walk (?:me|us) through|talk (?:me|us) through|tell (?:me|us) (?:about|how|what|more))|"
    r"share|outline|elaborate|paint (?:me )?a picture|give (?:me|us) (?:a sense|an idea|an overview|a picture|an example|a feel|some background|a flavou?r)|"
    r"help (?:me|us) understand|say (?:a bit )?more|go on|keep going|let's talk about|talk about|"
    r"i'?d (?:like|love) to (?:hear|understand|know|learn)|i would (?:like|love) to (?:hear|understand|know|learn)|"
    r"i'?m (?:curious|interested) (?:about|to hear|to know|to learn|how|what|why)|i wonder (?:what|how|why|where|which|who)|"
    r"i'?m wondering (?:what|how|why|where|which|who)|i (?:was|am|were) wondering (?:what|how|why|where|which|who)|"
    r"i(?:'d| would) (?:be )?(?:curious|interested) to (?:hear|know|learn)|(?:i'?m )?(?:really )?(?:curious|interested) in (?:what|how|why|your)|"
    r"fill (?:me|us) in|i (?:don't|do not) know (?:what|how) you (?:think|feel))\b"
)
#: aux + you + invitation verb, e.g. "Could you walk me through ..." (open in function).
INDIRECT_OPEN_RE = (
    r"^(?:(?:can|could|would|will|do|might)(?: you)?(?: (?:please|possibly|maybe|just|kindly|perhaps))?"
    # ... politely put: "Would you be willing to tell me…", "Are you able to tell me what happened?"
    r"(?:(?: you)? be (?:willing|able|happy|prepared|so kind as|kind enough) to)?|are you (?:able|willing|happy|prepared) to)"
    r"(?: you)? (?:tell (?:me |us )?(?:a (?:little )?(?:bit )?|a little |little (?:bit )?|some(?:thing)? |more |again |briefly |exactly |"
    r"roughly |honestly |quickly |in your own words,? )*(?:about|how|what|why|when|where|which|who|more)|"
    r"describe|explain|walk (?:me|us) through|talk (?:me|us) through|take (?:me|us) through|"
    r"share (?:with (?:me|us) )?(?:how|what|why|your (?:thoughts|views?|experience|story|ideas))|outline|elaborate|paint (?:me )?a picture|"
    r"give (?:me|us) (?:a sense|an idea|an overview|a picture|an example|a feel|some background)|"
    r"help (?:me|us) understand|say (?:a bit )?more)\b"
    r"|^(?:would|do) you mind (?:telling|describing|explaining|walking|talking|sharing|giving|filling (?:me|us) in)\b"
    r"|^(?:can|could|would|will) you (?:please |just )?fill (?:me|us) in\b"
)
LEADING_MARKERS = (
    "can i ask you", "can i ask", "could i ask you", "could i ask", "may i ask you", "may i ask", "let me ask you",
    "let me ask", "i wanted to ask you", "i wanted to ask", "i want to ask you", "i want to ask", "i was going to ask you",
    "i was going to ask", "i'd like to ask you", "i'd like to ask", "i have a question", "one question", "a question",
    "my question is", "i'm curious", "just curious", "out of interest", "so yeah", "yeah",
    "so", "and", "but", "okay", "ok", "right", "well", "now", "then", "also", "great", "thanks",
    "thank you", "sure", "alright", "all right", "just", "quick question", "out of interest",
    "out of curiosity", "in your view", "in your opinion", "in your experience", "honestly",
    "first", "first of all", "finally", "lastly", "one more thing", "by the way", "oh", "hmm",
    "i see", "got it", "understood", "perfect", "good", "fine", "yes", "no", "sorry", "excuse me",
    "and so", "so then", "and then", "actually", "anyway", "look", "listen", "frankly",
    "roughly", "approximately", "briefly", "generally", "typically", "usually", "normally", "in general",
    "on average", "ballpark", "realistically", "ideally", "personally", "broadly", "overall",
    # "so may I ask simply what would need to change…?" (fifty-fifth round, a player's formal voice)
    "simply", "quickly", "very simply", "put simply", "plainly", "more simply",
)
SUBORDINATORS = (
    "if", "once", "since", "because", "as", "although", "though", "given", "now that", "before",
    "after", "while", "assuming", "suppose", "supposing", "thinking about", "looking at",
    "regarding", "about", "in terms of", "with", "for", "apart from", "besides", "beyond",
    "other than", "compared to", "compared with", "just to check", "just to be clear",
    "just to confirm", "just to clarify", "to clarify", "to make sure", "to be sure", "to be clear",
    "you mentioned", "you said", "earlier you said", "earlier you mentioned", "going back to",
    "when you say", "when you said", "where you say", "on", "at", "in", "over", "after that",
    "imagine", "say", "let's say", "let us say", "from what you said", "from what you've said",
)
TAG_RE = (
    r",? (?:correct|right|yes|no|ok|okay|true|is that right|is that correct|am i right|have i got that right|"
    r"did i get that right|isn't it|aren't they|aren't you|don't you|doesn't it|didn't you|wasn't it|"
    r"weren't they|won't you|won't it|can't you|isn't that so|haven't you|hasn't it|yeah|eh|agreed|fair|"
    r"did i (?:understand|hear|get) (?:you|that|this|it|everything)? ?(?:correctly|right)|have i understood (?:you |that |this |it )?(?:correctly|right)|"
    r"do i have (?:that|this|it) right|does that sound right|is that about right)\s*\?*$"
)

TECHNIQUE_CUES: dict[str, list[tuple[str, float]]] = {
    "identifying": [
        (r"(?:phone|mobile|cell|telephone|contact|direct|office|landline|fax|whatsapp|extension|account|customer|client|member(?:ship)?|policy|reference|ref|order|invoice|booking|vat|tax|registration|licen[cs]e|loyalty card|card|store|branch|site|employee|patient|vehicle|serial|ticket|case|claim|po|purchase order|"
         r"consignment|tracking|job|delivery|student|staff|passport|nhs|national insurance|ni|flat|apartment|unit|room|seat|table) (?:number|no|code|id|ids|reference|ref)s?", 3.0),
        # typed and spoken shorthand: "ur dob pls", "whats the reg on the car", "the serial off the plate"
        (r"\b(?:dob|d\.o\.b\.?)\b|\b(?:the )?reg(?: number| no\.?| plate)? (?:on|of|for) (?:the|your|ur) (?:car|van|vehicle|truck|bike)\b|"
         r"\bnumber plate\b|\bthe serial\b", 3.0),
        (r"e-?mail(?: address)?|postcode|post code|zip(?: code)?|(?:postal|street|home|delivery|billing|invoice|invoicing|office|site|shipping|mailing) address|address|contact details|details for|extension|your (?:reference|details|contact|number|email|address|initials)|(?:mr|mrs|ms|miss|dr)\.?(?= [a-z])|the number on (?:the|your)|as the contact|(?:best|right) person to (?:chat|talk|speak|write|send|call|ask)|who should (?:i|we) (?:put|ask for|address|send|contact)|which (?:store|shop|branch|site|department|office|team|practice|ward) do you (?:manage|run|work in|work at|look after)|where are you based|(?:what|which) (?:company|firm|business|organi[sz]ation) are you (?:calling|ringing|writing|emailing|phoning) (?:from|for)|calling from|your surname|surname|first name|licen[cs]e plate|number plate|registration|what name|direct line|which (?:site|address|door|entrance|building) should (?:the|our) \w+ (?:go|come|report)|(?:patient|staff|customer|client|member|user|employee) id\b|reference on (?:the|your)", 2.5),
        (r"phone|mobile|telephone", 1.0),
        (r"(?:your|the|his|her|their|a|full|first|last|sur|company|business|trading|store|shop|practice|firm|restaurant|hotel|contact|legal|account|maiden|user|display) ?names?|who am i (?:speaking|talking) (?:to|with)|who(?:'s| is) (?:calling|speaking|this)|spell (?:that|your|it|the)|how do you spell|date of birth|birthday|job title|(?:your|the) (?:role|position|title|department)|which (?:company|firm|branch|store|site|department|office|practice|team) (?:are you|is this|do you (?:work|represent))|(?:who|which company) (?:do )?you (?:work for|represent|are with)|where are you (?:calling|based|located) from|best (?:way|time|number|person|email|address) to (?:reach|contact|call|get hold of|email|write to)|reach you|get hold of you|contact you|who (?:is|would be|should be) (?:the )?(?:best|right|main) (?:person|contact)|who(?:'s| is) (?:the|your) (?:\w+ )?(?:contact|decision[- ]maker|buyer|account holder|owner|manager|director|lead|head|foreman|supervisor)|which (?:e-?mail|number|address|phone|name|contact)", 2.5),
    ],
    "additional": [
        (r"^(?:what|which|are there|is there|any|do you have any|have you got any|do you need any|would you like any) (?:any )?(?:other|further|additional)\b", 3.0),
        (r"^any (?:more |further |other )?questions|anything else|something else|what else|who else|where else|anything more|is there more|what more|any other|anyone else|anybody else|someone else|somebody else|(?:other|further|more|additional) (?:things|needs|requirements|concerns|questions|areas|points|issues|items|ideas|wishes|worries|changes|topics|products|services|sites|features|problems|support|branches|departments|equipment|help|rooms|stores|shops|people|plans|options)(?: (?:that|you|i|we|on|for))?|something more|have i not asked|haven't i asked", 3.0),
        (r"besides (?:that|this|the|your)|apart from (?:that|this|the|your)|in addition to|on top of (?:that|this|the)|as well as (?:that|this)\b|beyond (?:that|this|the)|aside from|other than (?:that|this|the)", 2.5),
        # something more offered or asked for on top of what is being done ("Do you need spare cartridges to go with that?",
        # "Would a case for the tablets be useful too?", "shall I book the follow-up as well?")
        (r"\b(?:need|want|like|add|include|book|get|take|useful|handy)\b[^?.!]{0,60}\b(?:too|as well|also|to go with (?:it|that|this|them)|while (?:we're|you're|i'm) at it)\W*$|\banything (?:you|we) (?:still )?(?:need|want)\b", 2.5),
        # something more put on top of the order: "Can I add travel insurance to the booking?", "need batteries w that?",
        # "Do you need a second SIM for the business line?"
        (r"^(?:can|could|shall|should) i (?:also )?(?:add|include|throw in|put in)\b|"
         r"^(?:do you |would you )?(?:need|want|like) [^?]{1,30} (?:w|with) (?:that|this|it|them|those)\W*$|"
         r"\b(?:need|want|like) (?:a |an )?(?:second|spare|extra|another|backup|back-up)\b", 2.5),
        (r"have i (?:missed|forgotten|overlooked|left out)|(?:anything|something) (?:i've|i have|we've|we have|we|i) (?:missed|not covered|haven't covered|forgotten|left out|overlooked)|what haven't (?:i|we) (?:asked|covered|discussed)|is that (?:everything|all)|does that cover (?:everything|it)|(?:have|did) (?:we|i) cover(?:ed)? (?:everything|it all|all)|covered everything|wish list|on your list|also (?:need|want|like|looking)", 2.0),
    ],
    "satisfaction": [
        (r"satisf(?:ied|action|actory|y)|dissatisfied|happy (?:with|about)|unhappy|pleased (?:with|about)|content with|delighted with|disappointed|how happy|how pleased|meet (?:your|all your) (?:expectations|needs|standards|requirements)|met your expectations|live up to|lived up to|up to (?:scratch|standard)|as (?:expected|promised)", 3.0),
        (r"how (?:was|were|did|has|have) (?:the|our|your|it|that|this|everything|things|last|yesterday's|today's)(?: \w+){0,4} (?:go|gone|been|work(?:ed|ing)?(?: out)?|turn(?:ed)? out|find|land|arrive)|how (?:was|were) (?:the|our|your|it|that|everything|things)(?:\s|\?|$)|how (?:are|is) (?:you|the team|your team|your staff|everyone|things) (?:finding|getting on|getting along|managing|coping)|how(?:'s| is| are) (?:the|your|our) (?:\w+ )?(?:working out|going|performing|running|holding up|treating you)|how did you (?:find|like|get on|feel about)|what did (?:you|your \w+|the \w+|they|he|she|people|guests|customers|staff) (?:think|make|say) (?:of|about)|what(?:'s| has) been the (?:reaction|feedback|response)|how do you like|how are you finding", 2.5),
        (r"did (?:the|our|my|your|it|that|this|everything|he|she|they|we|i)(?: \w+){0,3} (?:fix|solve|sort|help|work|arrive|meet|resolve|deliver|answer|handle|turn up|show up|do the job|go (?:well|smoothly|ok|okay|alright))|was (?:the|our|it|that|everything|he|she)(?: \w+){0,3} (?:ok|okay|alright|fine|good|helpful|useful|on time|what you (?:expected|wanted|needed)|to your liking)|were (?:you|they|the)(?: \w+){0,3} (?:happy|pleased|satisfied|helpful|on time|looked after)|any (?:problems|issues|complaints|trouble) (?:with|since|so far)|everything (?:ok|okay|alright|all right|fine|working|going well) (?:with|since|so far)|(?:is|are) (?:it|they|the \w+) still (?:working|running|ok|okay)|working (?:well|properly|ok|okay|out) (?:for you|so far)?", 2.5),
        # a yes/no follow-up on how something delivered turned out: "was the driver polite?", "did the repair stop
        # the dripping?", "has the boiler behaved itself since Tuesday?", "was the room quiet enough?"
        (r"\b(?:was|were) (?:the|your|our|it|that|he|she|they)(?: \w+){0,3} (?:polite|friendly|helpful|quiet|clean|tidy|comfortable|complete|careful|"
         r"respectful|quick|clear|warm|fresh|tasty|good for you|ok for you|okay for you|all right for you)\b|"
         r"\bdid (?:the|our|your|it|that|he|she|they)(?: \w+){0,3} (?:(?:stop|stopped) (?:the|it|that|them|her|his|your)|cure|clear up|get rid of)\b|"
         r"\b(?:has|have) (?:the|your|our|it|that|they)(?: \w+){0,2} (?:behaved|been (?:ok|okay|alright|all right|fine|working|behaving|reliable))(?: itself| themselves)? since\b", 2.5),
        (r"(?:is|are) (?:the|your|our) new (?:\w+ ){1,2}(?:doing|working|performing|running|behaving)|doing a (?:good|great|decent|proper) job|how did (?:\w+ ){1,2}(?:like|find|get on with|rate|enjoy)|(?:was|were) (?:our|the|your) (?:\w+ ){1,2}able to|sort (?:everything|it|things|them|the \w+) out|(?:results|outcome|difference) you (?:hoped|expected|wanted)|you hoped for|verdict|grade (?:us|our|the)|(?:how's|how is|how are) (?:the|your|our) (?:\w+ ){1,2}(?:behaving|doing|performing|holding up) since", 2.5),
        (r"(?:hold(?:ing|s)? up|make a difference|made (?:a difference|life easier|things easier|your life easier)|go the way|went the way|(?:come|arrive|arrived|came) on time|leave (?:the|your) (?:site|place|kitchen|office) (?:clean|tidy)|use us again|clear enough|(?:everything|all) you needed|the way you expected|what you (?:expected|hoped|wanted)|change about (?:our|the|how)|score (?:the|us|our)|would you use us|recommend us|complete when)", 2.5),
        (r"(?:what|how) (?:could|can|should|might) (?:we|i) (?:do better|improve|have done (?:better|differently)|do differently|make (?:it|this|things) better)|improve|do better|better next time|rate (?:us|the|our|your|it)|scale (?:of|from)|score (?:us|it)|recommend us|feedback|how (?:well|good) (?:did|was|were|has|have)|first (?:week|month|few weeks|days)|so far\?|since (?:we|the|our|it|then)", 2.0),
    ],
    "clarifying": [
        # a check of what was heard that is about a rule, a figure or a condition ("Just so I understand - the discount only
        # applies to orders over a hundred units?", "if I've got this right, no deliveries before seven?"): clarifying
        (r"(?:just so i(?: understand| follow|'m clear| have (?:it|this|that) right|'ve got (?:it|this|that|the \w+) right)|(?:let me )?make sure i (?:follow|understand|'ve got)|(?:if|so) i've got (?:this|that|it) right|i want to get (?:this|that|it) right|just to be sure|you said|"
         r"if i (?:follow|understand|understood|heard) (?:you|that|this|it)(?: right| correctly)?,|^so the (?:rule|limit|policy|requirement|condition|deadline) is)[^?]{0,80}?\b(?:\d[\d,.]*|only|unless|except|at least|at most|max|maximum|minimum|over|under|before|after|until|per|applies|apply|includes?|counts?|limit|excess|deadline|rule|policy)\b", 3.5),
        (r"when you (?:say|said|talk about|mention(?:ed)?)|what (?:do|did|does) (?:you|it|that|this) (?:\w+ )?mean|do you mean|did you mean|mean by|you mean|meaning|what exactly|exactly what|which (?:exactly|one do you mean|part exactly)|what specifically|specifically\?|exactly\?|precisely\?|could you clarify|can you clarify|clarify|to clarify|define|how do you define|what counts as|what is meant", 3.0),
        (r"(?<![a-z])'[a-z][^'?]{1,40}[a-z]'(?![a-z])|mean (?:for|in|to) (?:you|your|the)|did you say|just so i'?m clear|so i'?m clear|how do you mean|(?:is|was) (?:that|it) (?:the )?(?:\w+ ){0,3}(?:\w+ )or |(?:per|in|on|by) \w+ or (?:per|in|on|by) \w+", 2.5),
        (r"the (?:deadline|date|figure|number|total|limit|rule|budget|volume|price|quantity|amount|target) (?:is|was|would be)|(?:that|this) (?:means|would mean)|does (?:that|this) mean|is it (?:the|a) \w+ or (?:the|a)|or do you mean|or is it", 1.5),
    ],
    "descriptive": [
        (r"^(?:please )?(?:tell (?:me|us) (?:a (?:bit|little) |some(?:thing)? |more |again )*(?:about|how|what|why|when|where|which|who|more)|describe|explain|walk (?:me|us) through|talk (?:me|us) through|take (?:me|us) through|paint|share (?:with|how|what|your (?:thoughts|views?|experience|story|ideas))|outline|elaborate)|(?:tell|describe|explain) (?:me|us)? ?(?:about|how|what|why|more)|describe|walk (?:me|us) through|talk (?:me|us) through|take (?:me|us) through|paint (?:me )?a picture|give (?:me|us) (?:a sense|an idea|an overview|a picture|an example|a feel|some background)|help (?:me|us) understand|say (?:a bit )?more|i'?d (?:like|love) to (?:hear|understand|learn)|i'?m curious", 3.0),
        (r"how (?:do|does|did|would) (?:you|your \w+|the \w+|they|people|staff|customers|guests|patients) (?:usually |typically |normally |generally |really )?(?:see|feel|view|react|respond|imagine|picture|experience|cope|deal)|going through your (?:mind|head)|(?:your|the) (?:feeling|feelings|gut feeling|sense) (?:about|on)|how do you (?:see|feel|view|think|imagine|picture|envisage|envision|experience|rate|judge|describe)|how (?:would|do) you (?:describe|sum up|characteri[sz]e|explain)|what do you (?:think|feel|make of|reckon|believe)|(?:your|their) (?:view|views|thoughts|opinion|impression|feelings?|take|perspective|vision|sense|instinct|gut)|in your (?:view|opinion|experience)|how do you feel|how does (?:that|it|this) (?:feel|affect|impact)|how (?:is|are) (?:that|this|it) affecting|what(?:'s| is| was) (?:it|that) like|what(?:'s| has| have)(?: been)? your experience|what (?:would|does|might) (?:an? |the |your )?(?:ideal|perfect|dream|typical|good|normal) (?:\w+ ){0,3}look like|what (?:would|does|might) (?:an |the |your )?ideal|ideal (?:\w+ )?(?:look|be|world)|dream|what worries you|what concerns you|what frustrates|what excites|what would you like to (?:see|change)|how (?:do|would) you like to|what matters (?:most )?to you|what's important to you", 2.0),
        (r"how (?:are|is) things|how(?:'s| is) business|changing|change over|going forward|what(?:'s| is) (?:the|your) (?:story|background|biggest|main)|typical (?:day|week|shift|month)|a normal (?:day|week)|what happens (?:when|if|after|on)", 0.7),
    ],
    "inquiry": [
        (r"how (?:many|much|often|long|far|soon|big|large|old)|what (?:time|date|day|volume|volumes|quantity|quantities|size|sizes|model|type|types|kind|brand|system|systems|supplier|suppliers|budget|range|level|percentage|share|number|amount)|when (?:do|does|did|will|would|is|are|was|can|should)|where (?:do|does|did|is|are|will|would)|which (?:\w+ )?(?:do|does|did|is|are|will|would)|who (?:do|does|did|is|are|will|would|makes|decides|handles|uses|supplies)|what (?:do|does|did) you (?:currently )?(?:do|use|need|order|run|sell|buy|make|pay|spend|have)|what(?:'s| is| are) (?:the|your) (?:current|usual|typical|average|minimum|maximum)", 0.8),
    ],
    "confirming": [
        # playing back what the customer said, for a yes or no: a confirming question (closed),
        # as the course teaches it (pinning down what a word or figure means is clarifying)
        (r"(?:just )?to be (?:clear|sure)|just to (?:check|confirm|make sure|be sure|double[- ]check)|(?:let me|can i|may i) (?:check|confirm|make sure|double[- ]check)|make sure i (?:understand|understood|got|have|heard)|(?:did|do|have) i (?:understand|understood|get|got|hear|heard)(?: (?:that|this|you|it|everything))? (?:right|correctly|properly)|if i (?:understand|understood|heard|follow)|understand (?:you|that|this|it) (?:correctly|right)|(?:have|did) i got (?:that|this|it) right|am i right|is that (?:right|correct|what you mean|accurate|fair)|(?:correct|right)\?|are you saying|you(?:'re| are) saying|in other words|what i(?:'m| am) hearing|so what you(?:'re| are)", 3.0),
        (r"(?:just )?to recap|recap(?:ping)?|did i hear (?:you )?(?:right|correctly)", 2.5),
        (r"in short|in a nutshell|to sum up|basically", 2.0),
        # where someone went, a fact to confirm (not how a job turned out): "Did they stop at the warehouse on the way?"
        (r"\bdid (?:they|he|she|the (?:driver|courier|van|truck|engineer|fitter|rider|crew))(?: \w+){0,2} (?:stop|call|go|pass|drop|come|stay|wait|park) "
         r"(?:at|by|in|into|past|to|off|round|outside)\b", 1.5),
        (r"^(?:so|and so|ok so|okay so|right so),? (?:you|your|the|it|that|we|this)|^you (?:said|mentioned|told me)|you (?:said|mentioned|told me) (?:that|it|the|your|earlier)|earlier you", 1.5),
        (r"^(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|should)(?: you| they| we| it| the| your| this| that| there)\b", 0.4),
        (r"already|yet\?|yet$|currently|at the moment|right now|still|ever|any plans|are you (?:planning|looking|thinking)|would you (?:prefer|rather|like)|is (?:it|that) (?:a|the) (?:priority|must|problem|issue|requirement)|is (?:it|this|that) (?:important|urgent|essential|critical)|so (?:it's|it is|that's) (?:a|the) (?:\w+ )?(?:yes|no)|either|or (?:not|is it|do you)", 0.6),
    ],
}

#: Feedback fragments: what each technique does (brief section 5).
TECHNIQUE_WHAT = {
    "inquiry": "an inquiry question, which gets facts and details you don't know yet",
    "confirming": "a confirming question, which checks a fact, opinion or wish and gets to the root fast",
    "identifying": "an identifying question, which takes routine identity or contact details",
    "descriptive": "a descriptive question, which invites the customer to describe their situation, thoughts or opinions",
    "clarifying": "a clarifying question, which makes sure you understood a statement, rule or figure",
    "satisfaction": "a satisfaction question, which follows up on whether the customer was satisfied and what to improve",
    "additional": "an additional question, which asks what else the customer needs",
}
