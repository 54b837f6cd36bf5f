"""Cues for conversational moves in a turn (what the speaker does), and for an upset customer."""
from __future__ import annotations

#: The days of the week, as one regex alternation (shared by the move cues and the exchange patterns).
WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

#: "Calm down" said to the customer, not of something else ("it will calm down", "so the phones calm down"): the
#: words before it, shared by the argument and rudeness cues.
_TOLD_TO_CALM = r"(?<!doesn't )(?<!does not )(?<!don't )(?<!won't )(?<!didn't )(?<!it )(?<!they )(?<!things )(?<!to )(?<!will )(?<!it'll )(?<!they'll )(?<!should )(?<!music )(?<!party )(?<![a-z]s )"

_PRODUCTISH = r"(?:products?|tracking|machines?|models?|system|software|platform|solution|service|range|units?|devices?|package|plan|kit|vans?|printers?|ovens?|tools?|app|offer|version|line|brand|equipment|fleet|menu|technology|tech|engine|design|formula|recipe|coffee|wine|tyres?|programmes?|programs?|contracts?|upgrade|subscription|membership)"

#: A verb in the third person ("…pays for itself", "…handles"), not a small word that ends in s ("as", "this")
#: nor a verb of something going wrong.
_SELLS = (r"(?!(?:stops|breaks|fails|leaks|crashes|jams|dies|overheats|keeps|goes down|misses|as|is|was|has|this|thus|its|"
          r"plus|unless|always|perhaps|sometimes|yes|us|his|less|across|towards|besides|needs|sits|gets stuck|calls|arrives|texts|rings|phones|visits|knocks|waits|leaves|does|"
          r"goes|happens|seems|looks|means|matters|sounds|ends|expires|lapses|runs out|comes (?:anywhere|any ?time|late|whenever|at random|between)|"
          # a visit, not a claim: "our tech comes Wednesday"
          r"comes (?:(?:on |this |next )?(?:" + WEEKDAY + r")|out|round|over|back|first thing|today|tonight|tomorrow)|"
          # it does the job as well, no claim: "For the rent, a transfer from the app works too."
          r"works (?:too|as well|fine|ok|okay|just as well|just fine))\b)[a-z]{2,}s"
          # a plural noun, not a verb, when the clause ends on it ("'delicate' isn't one of our service codes, so…")
          r"(?!\s*(?:[,.;:!?]|$))")

MOVE_CUES: dict[str, list[tuple[str, float]]] = {
    "pitch": [
        # the seller's own figures and what the customer would get: "we run 140 trucks in the region and we're at
        # 98 percent on time", "With us you'd have a dedicated account manager"
        (r"\bwe (?:run|operate|own) (?:over |more than |about )?\d[\d,]* (?:trucks|vans|vehicles|stores|shops|branches|sites|depots|engineers|technicians|staff)\b|"
         r"\b(?:we're|we are) at \d+ ?(?:%|percent|per cent) on[- ]time\b|"
         r"\bwith us,? you(?:'d| would| will|'ll) (?:have|get|always have|never have)\b", 2.0),
        # the product told before any need: "So we do fleet software, like, GPS tracking, fuel reports…"
        (r"(?:^|(?<=[.!?,] ))(?:so,? |basically,? |well,? )?(?:um,? )?we (?:do|sell|offer|make|provide) (?:\w+ ){0,2}"
         r"(?:software|apps?|systems?|platforms?|packages?|solutions?|products?|tracking|insurance|courses?)\b(?=[^.?!]*,)", 1.5),
        (r"(?<!when )(?<!if )(?<!whenever )(?<!until )(?:our|this|my) (?:[\w-]+ ){0,2}" + _PRODUCTISH + r" (?:is|has(?! to\b| got to\b| been\b| had\b)|comes(?! (?:anywhere|any ?time|late|whenever|at random|between|too late|only (?:at|after|in)|today|tonight|tomorrow|(?:on |this |next )?(?:" + WEEKDAY + r")|out|round|over|back|first thing|by (?:email|post|monday|tuesday|wednesday|thursday|friday)))|offers|gives|includes|features|can|will|does|lets|runs|uses|saves|delivers|was designed|is designed|beats|outperforms|" + _SELLS + r")\b", 2.0),
        # "the" + product: only with a verb that sells ("The software includes…"); "the line is stable" reports a fact
        (r"(?<!when )(?<!if )(?<!whenever )(?<!until )the (?:[\w-]+ ){0,2}" + _PRODUCTISH + r" (?:has(?! to\b| got to\b| been\b| had\b)|comes(?! (?:anywhere|any ?time|late|whenever|at random|between|too late|only (?:at|after|in)|today|tonight|tomorrow|(?:on |this |next )?(?:" + WEEKDAY + r")|out|round|over|back|first thing|by (?:email|post|monday|tuesday|wednesday|thursday|friday)))|offers|gives|includes|features|lets|saves|delivers|was designed|is designed|beats|outperforms|" + _SELLS + r")\b", 2.0),
        (r"(?:it's|it is|they're|they are) (?:very |really |extremely |hugely |so )?(?:popular|reliable|efficient|powerful|affordable|durable|fast|easy to use|simple to use|the best)|you won't find (?:a |anything )?(?:better|cheaper)|(?:our|my|most|all|many|other) (?:customers|clients|users|buyers) (?:love|swear by|rave about|are (?:thrilled|delighted|happy) with)", 1.8),
        # ("…month-end as it runs today" or "how it runs now" is the customer's own, not our product)
        (r"(?<!\bas )(?<!\bhow )(?<!\bway )(?<!\bwhile )(?<!\bif )(?<!\bwhen )(?<!\bunless )(?<!\bonce )(?<!\bwhether )(?:it|they|this one|this model|that one) (?:ha(?:s|ve)(?! to\b| got to\b| been\b| had\b| (?:\w+ly )?(?:worked|served|lasted|survived|struggled|coped|behaved|performed|broken|failed|died|stopped|done|seen|run|taken|gone|given|held|paid|worn|earned)\b| (?:everything|all|what|all the \w+|the \w+) (?:i|we)(?:'ll)? need\b)|comes with|come with|features|includes|offers|boasts|is (?:the|our) (?:best|fastest|most|cheapest|leading|number one)|is rated|is built|is designed|was designed|will save|saves|runs|lasts|can handle|handles|delivers|does \d+)", 1.5),
        (r"let me (?:show|tell|walk|take) you (?:through )?(?:about |our |the |what |how |this|it)|i(?:'d| would) (?:like to|love to) (?:show|present|tell you about|introduce)|(?:have|take) a look at (?:our|this|the)|here(?:'s| is) (?:our|what (?:we|i) (?:offer|recommend|suggest))|here(?:'s| is| are) (?:the |a |an |our )?(?:spec|specs|specification|brochure|catalogue|catalog|price list|leaflet|datasheet|data sheet|demo|range)\b|(?:check|look at) (?:this|these|our)", 1.5),
        (r"features?|specs?|specification|benefits? (?:of|include)|comes with|built[- ]in|packed with|includes? (?:a |an |the |free |full )|warranty (?:is|of|included)|(?:\d+|two|three|five|ten)[- ]year warranty|horsepower|(?:\d+) (?:pages|litres|liters|kilos|kg|watts|gb|tb|mph|rpm|cycles)|only (?:costs?|€|£|\$)|(?:just|only) [£$€]?\d+|is priced at|retails at", 1.0),
        # Offer wording: a price or promotion announced is selling, whatever follows it.
        (r"(?:(?:our|these|those|this|that|the|all|all our|every)(?: [\w-]+){1,3} (?:is|are)|it's|it is|they're|they are|everything's|everything is)(?= (?:now |currently |all |still |only )?(?:(?:\d+|ten|five|fifteen|twenty|thirty|fifty) ?(?:%|percent|per cent) off|half price|on (?:special )?(?:offer|sale|special|promotion)|reduced|discounted|on special)\b)|(?:special|introductory|limited|exclusive|launch|seasonal|summer|winter|spring|christmas|january|weekly|monthly) (?:offer|deal|promotion|price)s?|(?:this|today's|this week's|this month's|our) (?:special |latest |best )?(?:offer|deal|promotion)s?(?: is| of| on| for)|on (?:special )?offer|on promotion|(?<!find you the )(?<!get you the )(?<!look for the )(?<!find the )(?<!search for the )best (?:price|prices|deal|deals|offer|offers|value|seller|sellers|buy)|(?<!the )(?<!your )(?<!my )(?<!this )(?<!that )(?<!our )(?<!an )(?<!a )(?<!accident )(?<!log )(?<!record )(?<!visitors )(?<!guest )(?:book|order|buy|sign up|call) (?:now|today)|only (?:until|till|up to|through)|(?:offer|deal|price|promotion|sale) (?:runs|lasts|ends|is on)", 1.5),
        (r"(?:my|our) (?:suggestion|recommendation|proposal) (?:is|would be|here is)|i(?:'d| would) (?:suggest|recommend|propose) (?:a|an|the|our|you|that|going|getting|taking)|(?<!what )you should (?:buy|get|take|go for|order|choose|try|upgrade)|(?:i|we) (?:recommend|suggest) (?:our|the|you (?:take|buy|get|go for|order))|(?:what )?you need is (?:our|the|a|this)|(?:this|that|it) is (?:exactly )?(?:what|the (?:one|thing)) you need|perfect (?:for you|fit|solution)|ideal (?:for you|solution)|(?:the|our) (?:perfect|ideal) (?:solution|choice|product|option)", 1.8),
        # A package described by what it includes: "our wedding package includes ...", "our plan comes with a, b and c".
        (r"our (?:[\w-]+ ){0,3}(?:packages?|plans?|models?|ranges?|bundles?|offers?|services?|deals?|menus?|kits?|subscriptions?|options?|products?|systems?|solutions?|tours?|courses?|memberships?|contracts?) (?:includes?|comes? with|gives? you|offers?|features?|covers?|contains?|provides?)\b|our\b[^.?!,]{1,60}?\b(?:includes?|including|comes? with|offers?|features?|gives? you|has|provides?)\b[^.?!,]{1,50}(?:,[^.?!,]{1,50})*,? and\b", 2.0),
    ],
    "pressure": [
        # "it would be good to decide soon", "best to sign this week"
        (r"\b(?:good|best|wise|better|smart|important) (?:to|that you) (?:decide|sign|order|commit|book|confirm)(?: \w+)? (?:soon|now|today|quickly|fast|this week)\b", 2.5),
        # hurrying the customer who asked for time: "January is close, you'll need it set up soon"
        (r"\byou(?:'ll| will|'d| would) need (?:it|this|that|one|them)(?: \w+){0,2} (?:soon|now|quickly|fast|straight away|right away)\b|"
         r"\byou(?:'ll| will) need to (?:decide|sign|order|start|act|move|commit)(?: \w+){0,2} (?:soon|now|quickly|fast)\b", 2.5),
        # asking for the signature in the shape of a question about timing or planning
        (r"(?:get|have) (?:the |this |your |a )?(?:purchase order|po|contract|deal|paperwork|order|agreement) signed|"
         r"signing with us|(?<!than )after you(?:'ve)? sign(?:ed)?|once you(?:'ve)? sign(?:ed)?|"
         r"before (?:the )?other (?:two|three|vendors|suppliers|firms|companies) (?:present|pitch|come in)", 3.0),
        (r"(?<!i'll )(?<!i will )(?<!let me )(?<!let us )(?<!let's )(?<!we'll )(?<!i can )(?<!\bi )(?<!\bill )(?<!made you )(?<!make you )(?<!did you )(?<!they )(?<!he )(?<!she )(?<!we )(?<!i'd )(?<!i would )(?<!the )(?<!your )(?<!my )(?<!this )(?<!that )(?<!our )(?<!an )(?<!a )(?<!people )(?<!customers )(?<!guests )(?<!clients )(?<!patients )(?<!do you )(?<!said )(?<!says )(?<!saying )(?<!told you to )(?<!accident )(?<!log )(?<!record )(?<!visitors )(?<!guest )(?<!happy to )(?<!glad to )(?<!able to )(?:sign|decide|(?<!debit )(?<!standing )(?<!purchase )(?<!work )(?<!postal )(?<!repeat )order|commit|buy|act|book)(?: it| up)? (?:now|today|right now|this week|immediately|straight away)\b|if you (?:sign|order|commit|decide|book)(?: it| up)? (?:this|by|before) (?:month|week|friday|monday|the end)|today only|this week only|(?:offer|price|deal|discount|promotion)(?:'s| is)? (?:only )?(?:valid|good|ends?|expires?|available|holds?|stands?) (?:until|till|today|tonight|this|on|at|for)(?!(?<=for) (?:a|one|two|three|four|six|\d+) (?:full )?(?:weeks?|months?)\b)(?! (?:the )?(?:month end|month's end|end of (?:the|this|next) month|next month)\b)|ends? (?:today|tonight|friday|tomorrow|this week)|last chance|(?:only|just) (?:\w+ )?(?:left|remaining) in stock|(?:only|just) (?:a few|two|three|one|\d+) (?:left|remaining|slots|spaces|units)|limited (?:time|offer|stock|availability|places)|while stocks? last|(?:before|or) (?:it's|it is) too late|don't miss (?:out|this|it|the (?:chance|offer|deal)|this (?:chance|offer|deal)|your chance)|you(?:'ll| will|'d| would) (?:regret|be (?:crazy|mad|foolish|silly))|(?:you'd|you would) be (?:crazy|mad|foolish|silly) (?:not|to)|(?<!what )(?<!how much )(?<!how many )(?<!if )(?<!when )(?<!whatever )(?<!anything )(?<!date )(?<!day )(?<!time )(?<!deadline )(?<!moment )(?<!soon do )(?<!quickly do )(?<!fast do )(?<!long do )(?<!when do )you (?:have|need|must|ought|really have|really need|really should) (?:to )?(?:decide|sign|act|commit|buy|order|move(?! (?:and|around|about|freely|easily|in it|in them|comfortably)\b))|(?<!you can )(?<!you could )(?<!made you )(?<!make you )(?<!did you )(?<!they )(?<!said )(?<!says )(?<!saying )(?<!told you to )(?<!the )(?<!an )(?<!your )(?<!my )(?<!our )(?<!their )(?:decide|sign|answer) (?:now|today|right now|immediately|on the spot)|need (?:an answer|a decision|your signature) (?:today|now|by|before)|(?:right )?now or never|(?<!no )(?<!in no )(?<!in a )(?<!in such a )hurry(?! at all)(?=,| up| before| now)|(?<!be )(?<!be very )(?<!be really )(?<!it )(?<!this )quick(?:ly)? before|everyone (?:else )?(?:is|has) (?:buying|signing|switching|ordering|already)|all your competitors (?:have|are|use)|(?:can't|cannot|won't) (?:hold|keep|guarantee) (?:this|the|that) (?:price|offer|deal|slot) (?:for long|beyond|after|past|much longer)|just sign(?! in\b| into\b| on\b| back in\b)|sign here(?![^.?!]{0,40}\b(?:refund|return|receipt|collection|delivery note|form)\b)|(?:what|why) (?:are you|is there) (?:waiting for|to think about)|what's (?:there|stopping you) to think about|(?<!rather than )(?<!instead of )(?<!asking you to )(?<!have to )(?<!need to )(?<!don't )(?<!dont )trust me|^come on\b|come on[,!.]|surely you|you(?:'re| are) (?:making a|going to make a) mistake|(?:price|prices) (?:go|goes|are going|is going) up|(?:going|go) up (?:next|on|from)", 2.5),
    ],
    "discount": [
        # the word alone, unless it is someone else's discounting the customer spoke of ("your engineers give
        # discounts", "so it is a discount problem")
        (r"(?<!they )(?<!their )(?<!engineers )(?<!reps )(?<!staff )(?<!team )(?<!(?<!we )(?<!i )(?<!can )give )(?<!giving )(?<!gave )discounts?(?! problem| issue| habit| culture| go(?:es)? down| come(?:s)? down| drops?| falls?| shrinks?| (?:you|they|we) (?:give|gave|have to give)| they| your (?:engineers|team|staff|reps|people|sales)| (?:\w+ )?(?:engineers|reps|staff|salespeople|people) (?:give|gave|offer)| (?:actually |really )?(?:stop|stopping|end|ending|go away|disappear))|discounted|(?:\d+|ten|five|fifteen|twenty) ?(?:%|percent|per cent) off|money off|(?:knock|shave) (?:\w+ ){0,3}off|take (?:\d+|ten|five|fifteen|twenty|a (?:bit|little|few \w+)|something|some) (?:\w+ ){0,2}off\b|(?:knock|shave) (?:\w+ ){0,3}down\b|\bdown to (?:\d+|five|ten|fifteen|twenty) ?(?:%|percent|per cent)|(?<!the )(?<!a )(?<!rather than )(?<!instead of )(?<!not )(?<!won't )(?<!wont )(?<!don't )(?<!dont )(?<!can't )(?<!cant )(?<!cannot )(?:drop|cut|lower|reduce|bring down|sharpen|adjust) (?:the |our |my |that |this )?(?:price|prices|quote|rate|fee|cost)|(?:give|offer|do|make|get|quote) (?:you |it )?(?:a |an |the )?(?:better|special|lower|reduced|best|cheaper|sharper|keener|good|discounted) (?:price|prices|rate|deal|offer|terms)|(?<!the )(?:special|reduced|discounted|lower) (?:price|rate|deal|offer)|(?:do|give|offer|take|knock) (?:you )?(?:\d+|five|ten|fifteen|twenty) ?(?:%|percent|per cent)|price (?:match|matching|reduction|cut)|(?<!rather than )(?<!instead of )(?<!not )(?<!won't )(?<!can't )(?<!cannot )(?<!not going to )match(?:ed|ing)? (?:their|that|the|your|any) (?:price|quote|offer)|(?:throw|chuck|add) (?:\w+ ){0,3}in (?:for free|free|at no)|(?:throw|chuck) in (?:\w+ ){1,3}(?:for free|free|at no)|(?:give|giving|gave|include|including|included|let you have) (?:you |it |them |that )?(?:\w+ ){0,3}(?:for free|free of charge|at no (?:extra )?(?:cost|charge))|(?:no|waive|waiving) (?:the )?(?:delivery|installation|setup|set-up) (?:charge|fee|cost)|(?:a |one |two |three )?(?:free|extra) (?:month|months|year|unit|units|case|cases|box)|buy one,? get one|half price|cheaper for you|(?:i|we) (?:can|could|'ll|will) (?:do|give|offer|make) (?:it|you|that) (?:\w+ ){0,3}(?:cheaper|less|for)|(?<!see if )(?<!see whether )(?<!check if )(?<!check whether )(?:i|we) (?:can|could) (?:do|go) (?:a bit |a little |slightly )?(?:lower|cheaper|better)|(?:i|we) (?:can|could|'ll|will) (?:do (?:it |you |them |that )?for (?:[€£$] ?)?\d+|(?:do|go (?:down )?to|let (?:it|you have it) go for) (?:it |you |them )?(?:[€£$] ?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)? ?(?:euros?|dollars?|pounds?|quid|bucks|%|percent|per cent)))|(?:what if|how about) (?:i|we) (?:knock|take|drop|cut|lower|reduce|give)|(?:i|we)(?:'ll| will| can| could) (?:match|beat) (?:it|that|their|the)", 2.5),
        # something given away to keep a customer who wants to leave: "a month free if you stay"
        (r"\b(?:free|on us|at no (?:extra )?(?:cost|charge)|off|discount)\b[^.?!]{0,25}\bif you (?:stay|don't (?:leave|cancel|switch|go))\b|"
         r"\bif you (?:stay|don't (?:leave|cancel|switch))\b[^.?!]{0,30}\b(?:free|on us|off|discount)\b", 2.5),
    ],
    "argument": [
        (r"not (?:really )?(?:something|anything|a thing) (?:our|my|the) (?:team|department|office|side|branch) (?:deals|handles|does|covers)|(?<!we would, )(?<!we do, )(?<!we will, )(?<!we'd, )(?:that's|it's|that is|it is) (?:all )?(?:in|written in|set out in) (?:the|our) (?:\w+ ){0,2}(?:policy|terms|contract|small print|rules)(?![^.!?]{0,15}\bbut (?:we|i|the (?:letter|email|notice|text)|it(?:'s| is| was) easy|that(?:'s| is) easy)\b)|(?<!c-)(?<!c )(?<!caesarean )(?<!cesarean )section \d+(?:\.\d+)?(?! (?:is|are|lists|has|shows|covers) (?:the|what|where|all|your)\b)|(?:may|might|will|could) result in a (?:fine|penalty|fixed penalty|charge)|i'm (?:just |only )?telling you what(?:'s| is) (?:on|in) (?:the|our) (?:system|screen|records?)|(?:the|our) system says|(?<!if )(?<!when )(?<!in case )(?<!oh no, )(?<!oh dear, )(?<!sorry, )(?<!, )(?<!reading )(?<!readings )(?<!number )(?<!result )(?<!figure )(?<!one )(?:you're|you are|that's|that is|it's|this is|this isn't|that isn't) (?:just |simply |completely |totally |absolutely )?(?:wrong|incorrect|not true|untrue|not right|nonsense|rubbish|not the case|impossible|not possible|ridiculous|unfair|exaggerat\w*)(?! when| for you| if you| especially| after| to (?:hear|have|deal))|(?:(?<=^)|(?<=[.!?,;:] )|(?<=[.!?,;:])|(?<=\bbut )|(?<=\bno )|(?<=\bwell )|(?<=\bsorry )|(?<=\bbecause )|(?<=\bthink )|(?<=\bhonestly )|(?<=\bactually )|(?<=\band )|(?<=\bso )|(?<=\bjust )|(?<=\bafraid )|(?<=\bsay )|(?<=\bsaid )|(?<=\bknow ))(?:that|it) (?:simply |just )?(?:isn't|is not|wasn't|was not) (?:true|right|the case|correct|so|our fault|my fault|my job|my problem|my department)|(?:not|isn't|wasn't) (?:my|our) (?:fault|job|problem|responsibility|department|concern|area)|(?<!not )(?<!n't )(?<!never )(?<!no )(?<!told it's )(?<!told it was )(?<!said it's )(?<!said it was )(?<!saying it's )(?<!say it's )(?<!claim it's )(?<!blame for )(?:your|the customer's|their) (?:fault|mistake)|(?:that's|that is|it's|it is|thats|its) (?:really |just |simply )?(?:your|the customer's|their) problem|you (?:should|must|need to|ought to) have(?! (?:a|an|the|your|some|any|one|two|three|full|free)\b)(?! been (?:told|informed|warned|called|contacted|notified|given|offered|asked|shown|updated|kept)| heard| (?:had|got|gotten|received)\b(?! (?:it|them) (?:checked|serviced|fixed|looked at|seen to|repaired)\b)|(?: [\w']+){1,4} from (?:us|me|our side)\b)|(?<!wonder )(?<!why )(?<!understand )(?<!see )(?<!know )(?<!if )you (?:didn't|did not|never) (?:read|follow|check|listen|call|pay)|you (?:don't|do not) (?:read|follow|listen)|you (?:obviously|clearly|probably) (?:didn't|did not|haven't|have not) (?:read|follow|check|use|understand|listen|install|set|plug|charge|clean|look)|you (?:obviously|clearly|probably) (?:don't|do not) (?:know|understand|realise|realize|get it|read)|you (?:obviously|clearly|probably) (?:misused|broke(?! down))|you (?:misunderstood|misread|broke(?! down)|misused|caused)|(?:must|might) have (?:misused|broken|dropped|installed it wrong|done something)|(?:i|we)(?:'d| would)? (?:have to |respectfully |strongly )?disagree(?! (?:with (?:him|her|them|the (?:other|last))|less))|no,? (?:actually|honestly|in fact)(?!,? (?:i'm|i am|we're|we are) not (?:asking|trying|selling|pushing|here to))|(?<!oh )(?<!oh, )no,? (?:that's not(?! on\b| good\b| ok\b| okay\b| acceptable\b| great\b| nice\b| (?:a|any) (?:problem|issue|worry)\b| your fault\b| a (?:silly|stupid) question\b)|you're|our product|it doesn't|it does|we never|we always)|but,? (?:actually|in fact),? (?:that's|you're|our|it|we)\b|but (?:that's not(?! (?:your|the customer's) (?:problem|fault|worry|concern|job)\b)|you're wrong|you're mistaken|our product|we never|we always)|(?:with (?:all due )?respect)|" + _TOLD_TO_CALM + r"(?:calm|settle) down|(?:there's|there is) no need to (?:shout|get angry|be rude|raise)|(?:don't|do not) (?:shout|raise your voice|take that tone|get angry)|that never happens|(?:it|that|this|they) (?:always|all ways) (?:goes|go|went|works?|worked|turns? out) (?:fine|well|smoothly|perfectly|ok|okay)\b|(?<!so )(?<!so that )(?<!sure )(?<!ensure )(?:it|that) (?:never|doesn't|does not|can't|cannot) (?:happen|break|fail)(?! again| a (?:second|third|fourth|another) time| twice| by itself| on its own| automatically)|our (?:product|products|machines?|system|service|drivers?|engineers?|team|staff) (?:never|doesn't|does not|don't|do not|can't|cannot|always) (?:break|fail|make mistakes|get it wrong|lose|miss|arrive late|do that)|nothing wrong with (?:our|the|it)|(?:every|most) other customers? (?:is|are|has|have|seem) (?:happy|fine|satisfied)|(?:everybody|everyone|all our (?:other )?customers) else (?:is|are|seems?) (?:happy|fine|satisfied|ok|okay)|everybody else (?:manages|copes)|no (?:one|body) else (?:has|complains|complained|had)|(?:it's|that's) (?:not|nothing) to do with (?:me|us)|(?<!n't )(?<!not )(?<!never )(?<!they )(?<!shops )(?<!customers )(?<!clients )(?<!people )(?<!who )(?<!he )(?<!she )(?<!others )(?<!everyone )(?<!boss )(?<!manager )(?<!here to )(?<!calling to )(?<!going to )(?<!trying to )(?<!want to )(?<!wanting to )(?<!not to )(?:blame|blaming) (?:the|your|you)|that's (?:just )?(?:how|the way) it is|(?:i|we) can't help (?:that|it)|policy is policy|(?:that's|that is|it's|it is) (?:just )?(?:company |our |the )?policy|company policy|^whatever\b|(?:^|\b(?:fine|okay|ok|yeah|sure|right|alright),? )whatever(?=[.!?]|$)|(?:do you want it|are you buying|yes) or not|take it or leave it|(?:read|check) the (?:contract|terms|small print|manual)|it(?:'s| is| was) (?:all )?in the (?:contract|terms|small print|(?:\w+ )?(?:guide|handbook|rules|regulations)(?=,? (?:page|section|part|under|point)))(?![^.!?]{0,15}\bbut (?:we|i|the (?:letter|email|notice|text)|it(?:'s| is| was) easy|that(?:'s| is) easy)\b)|(?:the|our) (?:\w+ )?(?:guide|handbook|rules|regulations|terms|policy) (?:also |clearly )?(?:says?|states?)(?= (?:that )?[^.!?]{0,40}\b(?:must|only|not|no|all|have to|can't|cannot|won't)\b)|(?:that's|that is|it's|it is) (?:a |an )?(?:different|another|separate|other) (?:office|department|team|section|desk|faculty)(?![^.!?]{0,40}\b(?:but|so|and) (?:i'll|i will|let me|i can))|(?<!when )(?<!since )(?<!after )(?<!before )(?<!once )you (?:agreed|signed)(?! up\b)|did you (?:order|fill in|fill out|use|read|enter|type|follow|pick|choose|select|give us) (?:[\w-]+ ){0,2}(?:right|correct|wrong|proper)\b|(?:usually|normally|always) gets? (?:it|things|orders) right", 2.5),
    ],
    "empathy": [
        (r"i (?:completely |totally |fully |really |do |can )?(?:understand|get|hear|appreciate)(?: that| why| how| what| you| your| it| the| this)?|i (?:can |do )?see(?=[,.!;:]|$| why| how| what you| that (?:you|it|this)| your (?:point|worry|concern)| where you)|i can (?:see(?! (?:the|your|a|an|if|whether|on|in)\b)|imagine|understand|tell(?! (?:you|him|her|them|the|if|whether)\b))|(?:that's|that is) (?:really |so |very |pretty )?(?:bad|awful|terrible|rough|horrible|not good) (?:with|for|when)\b|(?:that|it|this) (?:must|would|sounds|does sound|sound|seems|looks) (?:\w+ )?(?:frustrating|annoying|stressful|difficult|hard|awful|terrible|worrying|maddening|infuriating|disappointing|upsetting|tough|a pain|a nightmare|exhausting|worrying|like a)|(?:no |not )?wonder you(?:'re| are)|(?:you|you've|you have) every right|you(?:'re| are) (?:right|quite right|absolutely right) to|(?:that's|that is|it's|it is) (?:completely |totally |perfectly |entirely )?(?:understandable|fair|reasonable|a fair point|a good point|a valid (?:point|concern))|fair (?:point|enough|question|concern)|good (?:point|question)|makes (?:complete |total |perfect )?sense|(?:i'd|i would|anyone would) (?:feel|be) the same|in your (?:shoes|position)|i hear you|(?:thank you|thanks) for (?:telling|letting|being|raising|sharing|explaining|bearing|your patience)|i appreciate (?:you|that|your)|(?:sorry|sad) to hear|(?:how|what) (?:frustrating|annoying|stressful)|(?:that's|that is|it's|it is|what) (?:really |so |very |pretty |such )?(?:frustrating|annoying|stressful|worrying|upsetting|disappointing|a (?:tight|tough|difficult|horrible) (?:spot|position|situation)|a worry|a pain|rough|tough|awful|horrible|no fun|not fun|rubbish|a nightmare|not on|not ok(?:ay)?|not good enough)(?=[.,!;]|$| when| with| after| especially| for you| on top)|(?:that|it) (?:can't|cannot) have been (?:easy|fun|nice)|of course you(?:'re| are| want| need| would)|(?:i|we) want (?:to get this right|you to be happy|to help)|take your time", 2.0),
        # the feeling met in everyday words: "that's genuinely frightening", "that's the worst", "Oh no, since Tuesday?",
        # "completely understandable.", "I'd be done too.", "I'm so glad you're okay", "Nervous is normal.", "poor thing"
        (r"(?:that's|that is|it's|it is|that must be|that sounds|sounds|what) (?:really |so |very |pretty |genuinely |truly |just |absolutely |such )?"
         r"(?:frightening|scary|worrying|nerve-racking|nerve-wracking|distressing|heartbreaking|gutting|the worst|"
         r"(?:a |an )?(?:horrible|terrible|awful|rotten|nasty|stressful|scary|worrying|frightening|miserable|sad|hard|tough|difficult|long|lousy) "
         r"(?:thing|start|way|time|day|night|morning|week|shock|wait|few days|situation|position|spot))\b|"
         r"(?:^|(?<=[.!?] ))(?:completely |totally |perfectly |entirely |very )?understandable\b|"
         r"(?:^|(?<=[.!?,] ))(?:oh|ah|ay|aw|aww|ouch)[,!]? no\b(?! (?:problem|worries|need|rush|hurry)\b)|(?:^|(?<=[.!?] ))oh dear\b|"
         r"i(?:'d| would) (?:be|feel) (?:\w+ ){0,2}too\b|"
         r"i(?:'m| am) (?:so |really |very |just )?(?:glad|relieved) (?:you(?:'re| are) (?:ok|okay|safe|alright|all right|not hurt|fine)|nobody|no one|no-one|you (?:kept|called|rang|told|came|caught))|"
         r"(?:totally |completely |perfectly |very |quite )?(?:normal|natural|common|understandable) to (?:be|feel|get) (?:a (?:bit|little) )?(?:nervous|worried|scared|anxious|unsure|confused|nervy|upset|overwhelmed)\b|"
         r"(?:nervous|nerves|worry|worrying|being nervous|feeling nervous) (?:is|are) (?:totally |completely |perfectly |very |quite )?(?:normal|natural|common)\b|"
         r"\bpoor (?:you|thing|things|love|lad|girl|boy|pup|puppy|kitty|dog|cat|baby|man)\b|"
         # the feeling called shared: "lots of our patients feel that way", "many people feel exactly the same"
         r"\b(?:lots of|a lot of|many|most|plenty of|so many) (?:of )?(?:our |my )?(?:patients|people|customers|clients|guests|parents|folks) "
         r"(?:feel|felt|are|were|say|said) (?:\w+ )?(?:that way|the same|like that|like you|nervous|worried|scared|anxious)\b", 2.0),
    ],
    "paraphrase": [
        (r"so what you(?:'re| are) (?:saying|telling me|looking for|after)|what i(?:'m| am) hearing(?: is)?|if i(?:'ve| have)? (?:understand|understood|heard|follow|followed|got) (?:you |that |this |it )?(?:correctly|right|properly)?|(?:did|do|have) i (?:understand|understood|get|got|hear|heard)(?: that| this| you| it| everything)? (?:right|correctly|properly)|(?:let me|let me just|can i|can i just|may i|i'd like to|i want to|just to) (?:make sure|check(?![.!]|$| (?:on|with|in|into|the|our|for|what(?:'s| is)|whether (?:we|it|there|they)|if (?:we|it|there|they|he|she|the|your|our|that's in|that is in)|availability|stock)\b)|confirm|see if|summari[sz]e|recap|sum up|play (?:that|it|this) back|repeat)(?! (?:your|his|her|their|the|that|my)(?: [\w-]+'s)? (?:full |first |last |home |email |delivery |account |policy |order |booking |reference |phone |mobile |card )?(?:name|date of birth|dob|birthday|address|number|email|details|account|booking|order|postcode|post code|zip|id|identity|reference|policy|card|room)\b)|make sure i(?:'ve)? (?:understand|understood|got|have|heard)|in other words|to (?:sum|summari[sz]e|recap|check i've understood)|so,? (?:to |just to )?(?:recap|summari[sz]e|sum up)|(?:it|that) sounds like (?:you|your|the|what)|sounds like (?:you|your)|(?:^|(?<=[.?!;:] )|(?<=^okay )|(?<=^ok )|(?<=^right )|(?<=^and )|(?<=^i see, )|(?<=^okay, )|(?<=^ok, )|(?<=^right, )|(?<=^got it, )|(?<=^alright, )|(?<=^ah, )|(?<=^oh, )|(?<=^mm, )|(?<=^yeah, ))so,? (?:basically |really |essentially )?you(?!(?:'ll| will| should| can| could| must| might)\b)(?:'re|'ve|'d| are| have| would| had| were)?\b|(?:^|(?<=[.?!,;:] ))so,? (?:your|the) (?:main|real|biggest|key|top|first) (?:\w+ )?(?:is|are|was|concern|worry|priority|problem|issue|need|goal)|(?:^|(?<=[.?!,;:] ))so,? (?:it's|it is|it was|that's|this is) (?:the|a|about|really|mainly|mostly|more)|you(?:'re| are) saying|you said (?:that|it|the|your)|you mentioned (?:that|the|your)|is that (?:right|correct|a fair summary|fair|what you mean|accurate)|have i got (?:that|this|it) right|am i right|did i get (?:that|this|it) right|correct me if", 2.5),
    ],
    "hypothesis": [
        # the condition said as an inverted clause: "Were we priced exactly like Nordflow, would you be ready to sign?",
        # "Had the seals lasted the full year, would we be talking about price?", "Should the trial work, would you…?"
        (r"(?:^|(?<=[.?!:,;] ))(?:and |but |so )?(?:were|had|should) (?:we|i|you|it|they|the [\w-]+|our [\w-]+|this|that)\b[^.?!]{3,120}?, (?:would|could|will|might) (?:you|that|it|this|we)\b[^.?!]{0,80}\?", 3.0),
        # the condition in one sentence, the question in the next: "Imagine nothing was due until April. Would you…?"
        (r"(?:^|(?<=[.?!,] )|(?<=^so )|(?<=^and )|(?<=^then )|(?<=^okay )|(?<=^ok )|(?<=^right )|(?<=[.?!,] so ))(?:suppose|supposing|imagine|picture|let's say|say)\b[^?!]{3,240}?[.,—–-]+ (?:would|could|will|might|wouldn't|is|isn't) (?:you|that|it|this)\b[^.?!]{0,80}\?", 3.0),
        # (a condition that lists what the seller would do can run long: "if I were to take personal responsibility for
        # your account, with a guaranteed delivery by eleven, a quality check…, and a call from me…, would that…?")
        # (not a courtesy: "if I may repeat it to be sure I have it right, …, is that correct?" checks a summary, "if you
        # like, before you go, I can show you… - would you like that?" offers, "would it be okay if I left my card…, or would
        # you rather…?" asks leave; nor sympathy: "I imagine it is not easy to lose him", "I can imagine…" guesses, it
        # puts no hypothetical)
        (r"(?<!okay )(?<!ok )(?<!alright )(?<!all right )(?<!fine )(?<!mind )if\b(?! i (?:may|might)\b| you (?:don't|do not) mind\b| i (?:can )?just\b| you(?:'d)? (?:like|want|wish|prefer)\b)[^.?!]{3,260}?, (?:would|will|could|does|is) (?:it|that|this)\b[^.?!]{0,80}\?|(?<!okay )(?<!ok )(?<!alright )(?<!all right )(?<!fine )(?<!mind )if\b(?! you(?:'d)? (?:like|want|wish|prefer),)[^.?!]{3,200}? [—–-] (?:would|will|could|does|is) (?:it|that|this|the|your)\b[^.?!]{0,80}\?|(?<!okay )(?<!ok )(?<!alright )(?<!all right )(?<!fine )(?<!mind )if\b(?! you(?:'d)? (?:like|want|wish|prefer),)[^.?!]{3,120}?,? (?:would|will|could|does|is) (?:it|that|this) (?:still )?(?:be )?(?:worth|make|change|help|solve|work|enough|acceptable|do it|settle|answer|take care of|deal with|sort|cover|fix|address|put your mind|reassure|ease)|(?<!okay )(?<!ok )(?<!alright )(?<!all right )(?<!fine )(?<!mind )if (?:we|i|our|the|you(?!(?:'d)? (?:like|want|wish|prefer),)|it|they)\b[^.?!]{0,140}?,? (?:would|will|could|might) you\b|(?<!okay )(?<!ok )(?<!alright )(?<!all right )(?<!fine )(?<!mind )if\b(?! you(?:'d)? (?:like|want|wish|prefer),)[^.?!]{3,100}?, (?:would|will|could|does|is)\b[^.?!]{0,40}?\bstill\b|(?<!okay )(?<!ok )(?<!alright )(?<!all right )(?<!fine )(?<!mind )if\b(?! you(?:'d)? (?:like|want|wish|prefer),)[^.?!]{3,80}?, (?:\w+ ){0,3}(?:would|will|could) you\b|if (?:we|i) (?:could|can|were able to|managed to|did|were to|guarantee|promise|sort|solve|fix|show|prove|deliver|match|include|offer)\b[^.?!]{0,80}?,? (?:would|will|could|is|does|then)\b|(?<!\bi )(?<!\bcan )(?<!\bcould )(?<!\byou )(?<!\bu )(?:suppose|supposing|imagine|let's say|assuming|what if|hypothetically|in theory) (?:we|i|our|the|that|for a moment|this|you|it|there|those|these|they|your|a|an|some)\b[^.?!]{0,80}?(?:would|will|could|is|does|how)\b|(?:suppose|supposing|imagine|let's say|let us say|assuming|assume|what if|hypothetically|in theory)\b[^.?!]{3,100}?,? (?:\w+ ){0,2}(?:would|could|will|might|do|does) (?:you|that|it|this|your \w+)\b|(?:(?<=^)|(?<=[.?!] )|(?<=, ))say\b[^.?!]{3,100}?, (?:\w+ ){0,2}(?:would|could|will|might) (?:you|that|it|this)\b|would (?:you|that|it) (?:go ahead|buy|sign|order|be interested|be happy|move forward|proceed|be enough|change things|make a difference|work for you)\b[^.?!]{0,40}?\bif\b|(?:would|will) you (?:buy|sign|order|go ahead|proceed|commit|be ready) (?:if|provided|as long as|assuming)|(?:provided|as long as|on condition that) (?:we|i|our|the)\b[^.?!]{0,80}?(?:would|will) you", 3.0),
    ],
    "counter_question": [
        # probing what lies under an objection: "…or is there something else behind it?"
        (r"(?:is there |there's |is it )?(?:something|anything) else (?:behind|underneath|under|going on|holding you back|worrying you|on your mind|bothering you)", 3.0),
        # what the customer wants to think over or talk through: "is there anything in particular you want to talk
        # through with your sister?", "what is it you'd want to go over with your partner?"
        (r"\b(?:is there )?(?:anything|something) (?:in particular |specific |especially )?(?:you(?:'d| would)? (?:want|like|need) to|"
         r"that you(?:'d| would)? (?:want|like|need) to) (?:talk (?:through|over|about)|think (?:through|over|about)|go over|discuss|check|mull over)\b|"
         r"\bwhat(?: is it| exactly)? (?:would )?you(?:'d| would)?(?: two| both| all)? (?:want|like|need) to (?:talk (?:through|over)|think (?:through|over)|go over|discuss)\b|"
         r"\b(?:something|anything) (?:that's|that is|that) (?:still )?(?:not (?:quite )?)?(?:sitting right|sit right|bothering you|bugging you|worrying you|holding you back)\b", 3.0),
        # "Can I ask - is there one part that's still bugging you?"
        (r"\bis there (?:one|a|any|some) (?:part|thing|bit|point|aspect|detail|question)\b[^.?!]{0,30}\b(?:still )?"
         r"(?:bugging|worrying|bothering|troubling|holding you back|on your mind|unclear|missing|unanswered)\b", 3.0),
        # which reason lies under a refusal: "is it that there's no call for it here, or that you haven't met us yet?"
        # ("Is the problem the total amount, or that you pay before you see a result?", "Is it the money itself, or
        # paying for a tool that then sits in a cupboard?", "What are you putting side by side - the price, or a year's running?")
        (r"\b(?:is it (?:that|because|more that|mainly that|more the|the)|is the (?:real |main )?(?:problem|issue|worry|concern|sticking point)|"
         r"is your (?:main |real )?(?:worry|concern|hesitation))\b[^.?!]{3,80}?,? or (?:that|because|is it|more|the|you|something|what|\w+ing)\b[^.?!]{0,80}\?|"
         r"\bwhat are you (?:comparing|putting side by side|weighing|measuring)\b[^.?!]{0,60}\b(?:price|cost|costs|against|with)\b", 3.0),
        (r"what (?:would|should|could|must|will) (?:a|an|the|your|that|this|such a) (?:\w+ ){1,3}(?:need to|have to|look like|include|cover|offer|contain|do for you|be worth)|what would make (?:it|this|that|the \w+) (?:worth|right|work|acceptable|fair|possible)|what (?:kind|sort|type|level) of (?:[\w'-]+ ){1,3}(?:would|do you|are you)\b[^.?!]{0,40}?(?:satisfy|need|want|convince|expect|feel comfortable|reassure|give you)", 3.0),
        (r"what (?:would|will|might|could) (?:it take|need to happen|have to happen|make (?:it|this|that|you)|satisfy you|convince you|you need to see|you need (?:to|from)|you want to see|change your mind|help you decide|reassure you|put your mind at rest|good look like|be (?:enough|acceptable|a fair|a good|the right|fair|reasonable|ideal))|what (?:exactly |specifically |in particular |most )?(?:worries|concerns|bothers|troubles|put you off|puts you off|is holding you back|holds you back|is stopping you|stops you|makes you hesitate|gives you pause|would you (?:need|want|like) to (?:see|know|check))|what(?:'s| is) (?:still )?(?:worrying|bothering|concerning|troubling|nagging) you|what (?:still )?(?:worries|bothers|concerns|troubles) you|what(?:'s| is) (?:still )?(?:holding you back|stopping you|the (?:main |biggest |real )?(?:concern|worry|doubt|hesitation|sticking point|reservation|hold-up|obstacle|issue|problem))|which (?:part|bit|aspect|point|doubt|concern|question)(?: (?:exactly|specifically|in particular|most))? (?:worries|concerns|bothers|do you|would you|is|are|needs|remains|still)|(?:what|which) (?:doubts?|questions?|concerns?|worries|reservations?) (?:do you |remain|are|is|still|have you|would you)|what (?:would|do) you (?:consider|see as|call) (?:fair|reasonable|good value|acceptable|a good)|(?:what|which) (?!(?:price|prices|budget|figure|amount|discount|rate|fee|cost|days?|dates?|times?|slots?|weeks?|weekends?|months?|mornings?|afternoons?|evenings?|hours?|" + WEEKDAY + r"|january|february|march|april|may|june|july|august|september|october|november|december)\b)(?:[\w-]+ ){1,3}would (?:work|suit you|make sense|be acceptable|satisfy you|be enough|reassure you)(?: for you| to you)?|which (?:part|parts|bit|aspect|element)s? of (?:the |our |your )?[\w-]+ (?:would|do) you (?:need|want|like)|what (?:would|could) (?:we|i) do (?:differently|to (?:earn|win|regain|make|change))|what (?:is|was) it (?:about|that) (?:\w+ ){0,3}(?:worries|concerns|bothers|put|you)|(?:what|which) (?:after-sales|service|support|guarantee|terms|delivery|features?|results?|evidence|proof) (?:would|do you|are you)\b[^.?!]{0,30}?(?:satisfy|need|want|convince|expect|looking)|what (?:do|would) you need (?:to see|from (?:us|me)|in order)|how (?:would|could) (?:we|i) (?:earn|win|regain|prove|show)|what (?:would|could) (?:convince|reassure|persuade)|(?:what|which) (?:would|do) you (?:want|need) (?:us )?to (?:see|change|fix|prove|know)|what (?:are|were) you (?:comparing|hoping|expecting)", 3.0),
        (r"what (?:would|do) you (?:still )?need to know|what would (?:have to|need to) (?:be true|change|happen) for you|what (?:is it )?(?:exactly )?(?:is it )?(?:that )?you(?:'d| would) like to (?:think (?:over|about)|check|mull over)|which (?:points?|questions?|things?|parts?) (?:are|is) still (?:open|unclear|unanswered)|what(?:'s| is) still (?:open|unclear|missing|unanswered)", 3.0),
    ],
    "transformation": [
        (r"(?:that's|that is|this is|which is|it's|it is) (?:exactly|precisely|just|actually|really|the (?:very |main )?reason|one reason|the whole point) (?:why|the reason|what|the point)|(?:that's|that is|which is|this is) (?:exactly |precisely )?(?:the reason|why) (?:we|i(?! (?:got into|went into|started (?:in|out|this|my|working)|became|ended up|joined|moved|left|quit)\b)|you|our|people|customers|so many|many)|(?:that's|that is|which is) (?:exactly |precisely |actually )?(?:why|what) (?:we|our|this|it|you should|you'll|makes)|the (?:very )?reason (?:why )?(?:we|you|our|people|customers)|(?:because|since|as|precisely because|exactly because) you(?:'re| are|'ve| have| were| had) (?:so |very )?(?:busy|short of time|short on time|pressed|on a tight budget|watching|careful|worried|been let down|had a bad|burned|unhappy|happy with|already|small|growing|cautious)\b[^.?!]{0,80}?(?:this|it|our|we|that|you'll|you will|you'd|worth|makes|helps|saves|is why|is exactly)|(?:good|great|fair) (?:point|question)[,;—-]+ (?:and )?(?:that's|which is|it's) (?:exactly )?why|(?:that|this) (?:is|makes it|becomes) (?:a|the|our|your) (?:best |strongest |real |biggest )?(?:reason|argument|case|point in favour)|turns? (?:that|this|it) (?:into|around)|(?:that's|that is|it's|this is) (?:actually )?(?:a )?(?:good|great|strong) (?:reason|argument) (?:to|for)|(?:it|this|that) (?:actually )?(?:saves|pays for itself|frees up|gives you back)\b[^.?!]{0,40}?(?:time|money|hours|budget)|precisely because|exactly because|because your (?:time|budget|money|cash|team|staff|space|people) (?:is|are) (?:so )?(?:scarce|short|tight|limited|precious|stretched|busy)|(?:that|this|your) (?:[\w-]+ ){1,2}is (?:exactly |precisely |the reason )?why (?:we|our|i|you|it|this)|all the more reason|more reason to|(?:(?<=^)|(?<=[.?!;:] )|(?<=, ))(?:then|in that case|so)\b,? (?:why not |let's |just |simply )?(?:bring|come|take|try|join|invite|ask|let|have|book|visit|pop|drop|test|taste|use|start|see)\b[^.?!]{0,100}?,? so (?:that )?(?:you|she|he|they|both of you|you both|your [\w-]+|the [\w-]+)(?: can| could| will be able to|'ll be able to| get to)(?= (?:see|judge|check|taste|try|test|hear|feel|compare|decide|find out|make up|experience|watch|meet|ask)\b)", 3.0),
    ],
    "what_else": [
        (r"(?:apart from|besides|other than|aside from|as well as) (?:the|that|this|those|these|your)\b[^.?!]{0,40}?,? (?:what|which|is there|are there|anything)\b|anything else|something else|what else|anything more|is there more|what more|any other (?:\w+ )?(?:questions?|concerns?|needs?|things?|areas?|points?|issues?|requirements?|worries|ideas|wishes|thoughts|doubts|sites|topics)|anything (?:i've|i have|we've|we have|that i|that we) (?:missed|not covered|forgotten|overlooked|left out)|have i (?:missed|forgotten|overlooked|left out) (?:anything|something)|what haven't (?:i|we) (?:asked|covered|discussed|talked about)|is that (?:everything|all)(?: for (?:now|today))?|does that cover (?:everything|it|all)|anything (?:you'd|you would) (?:like|want) (?:to add|me to)|what (?:other|further) (?:\w+ )?(?:do|would|should|is|are|can)"
         # the same question in other words: "Is there something more?", "Anything missing?", "Did I leave anything out?"
         r"|(?:is there |there's )?(?:something|anything) (?:more|further|missing)(?= *(?:[?.!,]|$))|anything to add|"
         r"anything (?:further|more) (?:i|we) (?:should|need to|ought to) (?:know|cover|hear)|"
         r"(?:did|have) i (?:leave|left|miss|missed|forget|forgotten|overlook|overlooked) (?:anything|something)|"
         r"what (?:am i|have i|did i) (?:missing|missed|forgotten|forget|overlooked|left out|leave out)", 3.0),
    ],
    "apology": [
        (r"(?:i'm|i am|we're|we are|i'm so|i'm really|i am very|we're very|really|so|very|truly|terribly|deeply) (?:so |very |really |truly |terribly |deeply )?sorry|sorry (?:about|for|that|to hear)|(?:i|we) (?:do |sincerely |really )?apologi[sz]e|(?:my|our) (?:sincere |deepest |humble )?apologies|apologies (?:for|that)|(?:my|our) (?:mistakes?|faults?|errors?|bad)|(?:we|i) (?:got|had) (?:it|that|this) wrong|(?:we|i) (?:made|messed|slipped|dropped) (?:a mistake|an error|up|the ball)|(?:we|i) let you down|(?:that|this) (?:was|is|should never have|shouldn't have)(?: been)? (?:not (?:good enough|acceptable|ok)|unacceptable|our fault|my fault|happened)|(?:that|this) (?:isn't|is not|wasn't|was not) (?:good enough|acceptable|the service you deserve|what you should expect)|you deserved better|(?:i|we) (?:regret|take (?:full )?responsibility)|(?:that's|that is) on (?:us|me)", 2.5),
        # a plain "sorry" said for what happened: "Sorry, Siobhan.", "Olá, sorry, that's a horrible thing to wake up to."
        # (not "Sorry, what was the name?", "sorry to bother you" nor a "…, sorry. Next, please." that shows them out)
        (r"(?:^(?:[^\W\d_]+, )?|(?<=[.!?] ))sorry(?:[.!]|,? [a-z]+[.!]|,? (?=(?:that's|that is|this is|it's|it is|that was|that sounds|that must)\b)|"
         # "Sorry, three times is far too many." (a remark, not "Sorry, what was the name?")
         r", (?!to\b)(?=[^.?!]{3,}(?:[.!]|$)))", 2.5),
    ],
    "commitment": [
        (r"(?:i|we)(?:'ll| will| am going to|'m going to| are going to|'re going to| shall| can) (?:personally |myself |definitely |also |then |just |now |make sure (?:to )?|find out and |)?(?:call|ring|phone|email|e-mail|send|get back|come back|come round|come out|visit|book|arrange|organi[sz]e|sort|fix|replace|refund|check|chase|follow up|have|get|put|write|deliver|bring|confirm|look into|investigate|take care of|handle|escalate|speak to|talk to|update|keep you|mark|transfer|lodge|open|raise|log|flag|credit|reset|unblock|reissue|cancel|freeze|text|message|sms|run|stay|convert|process|dispense|prepare|install|repair|ship|set up|pencil|hold|reserve|keep)\b[^.?!]{0,60}?\b(?:within the hour|in (?:about |around |under )?(?:\d+|ten|five|fifteen|twenty|thirty|a few|a couple of) minutes|right away|straight away|by|before|within|tomorrow|today|tonight|this (?:afternoon|evening|morning|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:the )?weekend|next week|first thing|end of (?:the )?(?:day|week)|\d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)|noon|midday|in (?:an|one|two|\d+) (?:hours?|days?)|until|(?:the )?\d{1,2}(?:st|nd|rd|th)\b|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)|(?:i|we)(?:'ll| will) (?:personally|make sure|see to it|take (?:care|ownership|responsibility))|(?:i|we) (?:promise|guarantee|give you my word|commit to)|you have my (?:word|promise)|(?:be|arrive|get) (?:with|to) you (?:by|before|within) (?:\w+)|(?:i'm|we're|i am|we are) (?:now )?(?:sending|bringing|calling|booking|arranging|ordering|dispatching|couriering|refunding|crediting|reversing|processing|cancelling|replacing|resetting|reissuing|issuing|posting|emailing|texting|raising|logging|passing|putting)\b[^.?!]{0,60}?\b(?:now|today|tonight|tomorrow|right away|straight away|immediately|(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|(?:by|before) (?:tomorrow|end of (?:the )?(?:day|week)|monday|tuesday|wednesday|thursday|friday|noon|\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.?|p\.m\.?|o'clock))|within (?:\d+|an?|one|two|three|four|five|six|seven|ten|24|48) (?:hours?|(?:working |business )?days?)|give me (?:\d+|two|three|five|ten|a few|a couple of) (?:minutes|mins)\b|first thing (?:tomorrow|in the morning|monday)|(?:i|we)(?:'ll| will) keep you (?:posted|updated|informed)|(?:i|we)(?:'ll| will) (?:call|ring|email) you (?:back|personally|myself)", 2.5),
        # proposing a time for the next step ("Could I come on Monday?", "Does ten o'clock suit?")
        (r"(?:could|can|may|shall) (?:i|we) (?:come|pop|stop|drop|call|ring) (?:by |round |over |in |out |back )?(?:on |at |this |next |tomorrow|first)|"
         r"(?:does|would|will|is) (?:[\w']+ ){0,2}(?:\d{1,2}(?::\d\d)?|o'clock|am|pm|noon|time|day|date|" + WEEKDAY + r"|tomorrow|morning|afternoon|evening|week) "
         r"(?:suit|work|be convenient)(?: for)?(?: you)?\b|"
         r"(?:what|which) (?:time|day|date|morning|afternoon) (?:suits|works|would suit|would work|is best|is good|is convenient)", 2.5),
        # the trainee taking it on now: "it goes with the next driver, ETA 19:40", "Hi, sorry, I'm on it now."
        (r"\beta:? (?:is )?(?:about |around )?\d{1,2}[:.]\d\d\b|\bi(?:'m| am) on it(?: now| right now| straight away)?(?=[.,!;]|$)", 2.5),
    ],
    "advice_request": [
        (r"what (?:would|do) you (?:advise|recommend|suggest|do in my (?:place|shoes|position)|do if you were me)|(?:your|any) (?:advice|recommendation|suggestions?|guidance|expert(?:ise)?|expert view|professional (?:view|opinion))|(?:i'd|i would|we'd|we would) (?:value|love|welcome|appreciate) (?:your|an expert|a professional) (?:view|opinion|advice|input|take|thoughts|perspective)|you(?:'re| are) the expert|you know (?:this|it|your (?:\w+ )?(?:business|market|customers|trade|field|shop|kitchen|site|line)|more about|better than)|(?:how|what) would you (?:approach|handle|tackle|do|set up|change|improve|design|go about|suggest)|in your experience|from your experience|(?:can|could|may) i (?:ask|get|pick) (?:your|for your) (?:advice|opinion|view|brain|thoughts)|pick your brain|what(?:'s| is) your (?:take|advice|view|opinion|professional opinion|recommendation)|(?:help|teach) me understand (?:how|what|why) you|(?:what|how) (?:do|would) you think (?:we|i) should", 2.5),
    ],
    "evidence_offer": [
        (r"case stud(?:y|ies)|references?|reference (?:customers?|sites?|clients?)|testimonials?|reviews? from|(?:independent|third[- ]party|lab|laboratory) (?:tests?|testing|report|study|results?|certification)|(?:test|trial|pilot|audit) (?:results|data|report|figures|numbers)|(?:the|our|real) (?:figures|numbers|data|results|stats|statistics)(?: show| from| prove| for)|(?:i|we) (?:can|could|'ll|will) (?:show|send|share|give) you (?:the |some |our |a )?(?:figures|numbers|data|results|report|study|references?|proof|evidence|examples?|case|contact|list|test|certificate)|(?:speak|talk|chat) (?:to|with) (?:one of )?(?:our|other|existing|a few) (?:customers|clients|users)|(?:other|similar) (?:customers|clients|businesses|firms|shops|restaurants|pharmacies|hotels|schools|hospitals|companies) (?:like yours )?(?:have|saw|found|cut|saved|report|use|reduced|increased|who)|(?:customers|clients) like you|(?:we've|we have|i've|i have) helped (?:\w+ ){0,3}(?:customers|clients|firms|companies|businesses|shops|stores|bakeries|restaurants|hotels|pharmacies|schools|hospitals|farms|practices|teams|\w+s)|introduce you to (?:one of )?(?:our|the|a|an|some|other) (?:\w+ )?(?:customers?|clients?|owners?|users?|managers?)|(?<!want )(?<!wants )(?<!wanting )(?<!need )(?<!needs )(?<!needing )(?<!ask for )(?<!asking for )(?<!asked for )(?<!demand )(?<!without )(?<!no )(?:proof|evidence)|(?:certificate|certified|accredited|iso \d+|guarantee in writing|in writing)|(?:put|have) (?:it|that|this) in writing|(?:visit|see) (?:a|one of our) (?:customer|reference|client) site|(?:a )?(?:free )?(?:trial|pilot|demo|sample)(?: period| run| unit)? (?:so you can|to prove|to show|and see)|see (?:the results|it working|for yourself)", 2.0),
    ],
}

#: Customer upset: anger, frustration, complaints (brief section 6: difficult customers).
#: Three tiers, so a mild complaint does not count as an upset customer (see `moves.is_upset`):
#: a clearly angry word alone reaches the threshold (2.0); a complaint cue counts 1.0, so two
#: are needed (or one with an exclamation mark); plain words of fact ("wrong", "late",
#: "nobody") count 0.5 each and together never more than 1.0 (`moves._MILD_CAP`).
UPSET_CUES: list[tuple[str, float]] = [
    # clearly angry
    (r"ruined|ruin(?:ing)? (?:my|our|the)|spoil(?:ed|t) (?:my|our|the|it|everything)|unbelievable|(?:i|we) (?:can't|cannot) believe|are you (?:serious|joking|kidding)|how dare|how could you|outraged|outrageous|(?:you've|you have) (?:ruined|spoiled|messed|wrecked)|what a (?:mess|joke|shambles)|unacceptable|ridiculous|disgraceful|a disgrace|disgrace|appalling|shocking|incompetent|a joke|a shambles|fed up|sick (?:and tired )?of|had enough|furious|livid|angry|fuming|disgusted|horrendous|worst (?:service|experience|company|shop|firm|bank|hotel|ever)|(?:second|third|fourth|fifth) time|(?:third|fourth|fifth|how many) times?|(?:i|we) (?:want|(?:'d|would) like) (?:a refund|my money back|our money back|to (?:speak|talk) to (?:your|the|a) (?:manager|boss|supervisor))|(?:cancel|cancelling|terminate|terminating) (?:the|our|my) (?:contract|order|account)|(?:take|taking) (?:my|our) business elsewhere|never (?:again|buying|ordering|using)", 2.0),
    # complaint: two of these (or one and an exclamation mark) make an upset customer
    (r"(?:second|third|fourth|fifth) (?:day|night|week|morning)(?: in a row| running)?|(?:two|three|four) (?:days|nights|weeks|times) in a row|useless|hopeless|pathetic|a nightmare|a disaster|annoyed|frustrated|frustrating|upset|disappointed|let (?:me|us) down|let down|not happy|unhappy|terrible|awful|rubbish|again!|yet again|every (?:single )?time|(?:this|it) is the (?:\w+ )?(?:time|week)|(?:your|the) manager|(?:nobody|no one|no-one) (?:called|rang|came|answered|told|bothered|cares)|(?:you|your \w+) (?:people|lot) (?:never|always)|(?:you|they) promised|wasted (?:my|our|a) (?:time|money|day|week)|lost (?:us|me) (?:money|customers|a day|business)|not (?:good enough|acceptable)", 1.0),
    # the same failure again and again: "third week running"
    (r"(?:second|third|fourth|fifth) (?:day|night|week|morning|time|month) (?:in a row|running)|"
     r"(?:three|four|five|six) (?:days|nights|weeks|times|months) (?:in a row|running)", 2.0),
    # a complaint taken further: "I'll put this in writing to the regulator"
    (r"i(?:'ll| will| am going to|'m going to) (?:put (?:this|it) in writing|complain|report (?:this|you|it)|escalate|make a (?:formal )?complaint)|"
     r"(?:formal complaint|ombudsman|regulator|trading standards|consumer protection|inspectorate|my lawyer|(?<!need )(?<!needs )(?<!need to see )(?<!need to get )a lawyer)", 2.0),
    # a promise broken, waiting past it, a demand to just get it done, a loss about to happen
    (r"(?:was|were) promised|you (?:said|promised) (?:\w+ ){0,3}(?:days?|hours?|weeks?|by|on|today|yesterday)|"
     r"it(?:'s| has) been (?:a|one|two|three|four|five|over a|more than a|nearly a) (?:week|weeks|month|months|fortnight|days)|"
     r"^just (?:find|fix|get|send|sort|do|give|tell)|i(?:'ve| have) been waiting|"
     r"(?:i'll|i will|we'll|we will|i'm going to|we're going to) lose (?:my|our|the|a)", 1.0),
    # distress: shaken, scared, just had an accident
    (r"i(?:'m| am) (?:still |so |really |a bit )?(?:shaking|shaken|scared|frightened|terrified|panicking|in tears|in shock|in a state)(?! (?:that )?(?:it|they|he|she|someone|somebody|my|the|we|i) (?:gets?|will|might|could|would|is going|are going|won't))|"
     r"(?:can't|cannot) stop (?:shaking|crying)|freaking out|(?:i've|i have|we've|we have|i was|we were) (?:just )?(?:had|been in|in) (?:an|a car|a) (?:accident|crash)|"
     r"(?:someone|somebody|a (?:car|van|truck|lorry|bus)) (?:went|crashed|drove|ran) into (?:the back of )?(?:me|us|my|our)", 2.0),
    # not being heard, and anger said outright: "Are you listening to me?", "I'm just really angry, I said it twice"
    (r"are you (?:even )?listening|you(?:'re| are) not listening|(?:do|did) you (?:even )?hear me|i don't care about (?:the|your|that|it)|"
     r"i (?:said|told (?:him|her|them|you|the \w+)) (?:it |that )?(?:twice|three times|already|clearly)|"
     r"i(?:'m| am) (?:just |so |really |very )*(?:angry|furious|livid|fuming|upset|mad)\b", 2.0),
    # everyday words for being at the end of one's patience (twentieth round, the course's own list): "I'm so annoyed
    # right now", "not happy at all", "I'm at my wits' end", "I've had it with you lot", "im so done with this", "wtf",
    # "on hold for forty minutes", "sort it today or I'm cancelling", "three weeks and still nothing"
    (r"i(?:'m| am|m) (?:so|really|very|absolutely|completely|totally|extremely|pretty|beyond) (?:annoyed|frustrated|disappointed|fed up|unhappy)\b|"
     r"\bnot (?:happy|pleased|impressed) (?:at all|with (?:this|you|it|that)|about (?:this|it|that))\b|"
     r"\bat my wits'? end\b|\b(?:i've|i have|we've|we have) had it with\b|\b(?:i'm|i am|im) (?:so |just )?done with (?:this|you|it)\b|"
     r"(?:^|(?<=\W))(?:wtf|wth|ffs)\b|\b(?:i've been|i have been|i've|we've been|i was|we were|i'm|i am|been) (?:sat |sitting |waiting )?on hold (?:for )?(?:over |more than |nearly |almost |about )?(?:\d{2,}|twenty|thirty|forty|fifty|sixty|an hour|hours|ages)\b|"
     r"\bor (?:i'm|i am|i'll|i will|we're|we'll) (?:cancel(?:ling)?|leav(?:e|ing)|going elsewhere|taking my business)\b|"
     r"\b(?:weeks|months|days) (?:and|but) (?:still )?(?:nothing|no (?:reply|answer|refund|word|one))\b|\bnobody (?:ever )?calls? (?:me |us )?back\b", 2.0),
    # plain words of fact
    (r"wrong|late|broken|missing|damaged|again|never|mess|messed|no one|nobody|still (?:not|hasn't|haven't|isn't)|not working", 0.5),
]


#: A customer reporting a problem with what they were sold or served (a complaint or a service call).
PROBLEM_REPORT = (
    # (forty-seventh round, blind164 read) a warning light on, a fault that was not there before: "This morning the
    # engine light came on. It wasn't on before."
    r"\b(?:engine|warning|check engine|oil|battery|abs|brake|tyre|tire|service|airbag|red|orange|amber) lights? (?:has |have )?"
    r"(?:came|come|comes|went|gone|keeps? coming|is|are|was|stays?|stayed) on\b|\b(?:wasn't|was not|weren't|didn't|did not) "
    r"(?:\w+ing (?:that |this |it )?|do (?:that|this|it) |on |there |like (?:that|this) )?before\b|"
    r"\b(?:has|have|had)(?:n't| not)(?: \w+)? been (?:\w+ed|emptied|done|paid|sent|fixed|seen|answered)|"
    r"\b(?:hasn't|haven't|hadn't|didn't|never|still (?:hasn't|haven't|not)) (?:\w+ )?(?:arrived|come|turned up|shown up|worked|started|been)|"
    r"\b(?:doesn't|does not|don't|won't|isn't|is not|wasn't|can't|cannot|stopped) (?:\w+ )?(?:work|working|latch|start|turn on|switch on|respond|open|close|charge|connect|load|print)|"
    r"\b(?:broke|broken|leak(?:s|ing)?|dripping|drips|flooded|stain(?:ed)?|cracked|jammed|faulty|damaged|missing|declined|rejected|"
    r"overcharged|charged (?:me |us )?twice|(?:went|gone|come|came|taken) out twice|overdrawn|cut off|no (?:water|power|signal|network|internet|heating|hot water)|"
    r"(?:power|internet|network|water|heating|line|signal|phone|system|website|app)(?:'s| is| has| was)(?: been)? (?:off|down|out|dead)|"
    r"error (?:code|message)|keeps? (?:crashing|failing|dropping|tripping|freezing|jamming|breaking|leaking|cutting out|going (?:off|down))|"
    r"trips|jams|burst|blocked|lost pressure|smells off|(?:is|was|were|are) (?:cold|late|wrong|off))\b|"
    # an alarm or a breaker that goes off by itself: "the alarm has gone off 3 nights in a row around 3am"
    r"\b(?:gone|went|goes|going|go) off (?:\w+ ){0,3}(?:in a row|every (?:night|day|morning|hour)|again|twice|for no reason|"
    r"by itself|on its own|at night|in the night|at \d|around \d)|"
    # a service request or a complaint about an order, a bill, a booking or a promise
    r"\b(?:payments?|charges?|transactions?)\b[^.?!]{0,30}\b(?:i|we) (?:didn't|did not|never) (?:make|authori[sz]e)|"
    r"\b(?:says|shows|showing|tracking says) (?:it was |it's )?['\"]?delivered|\bnothing (?:came|arrived|come|comes|arrive|arrives|has come|has arrived)|\b(?:never|didn't) (?:got|get|received|receive)\b|"
    r"\b(?:wasn't|weren't|was not|isn't|not) ready\b|\b(?:run|ran) out of\b|"
    r"\b(?:bill|quote|invoice|charge|renewal|premium|rent|fees?|direct debit|subscription)\b[^.?!]{0,40}\b(?:double|doubled|twice|came to|went up|gone up|has risen|jumped|shot up)\b|"
    r"\b(?:on the phone you|you) (?:said|told (?:me|us)|promised)\b|\bi was told\b|\b(?:can't|cannot|couldn't) sleep\b|"
    r"\bgot a (?:parking )?(?:ticket|fine|penalty)\b|\ballergic\b|\b(?:got|was|been|is|are|were) cancell?ed\b|"
    r"\b(?:import|payment|transfer|update|upload|delivery|order|installation) (?:has )?failed\b|"
    r"\b(?:i|we)(?:'d| would)? (?:want|need|like) to (?:cancel|pause|freeze|complain)|\b(?:cancel|pause|freeze) (?:my|our) (?:membership|account|subscription|contract|order|booking)|"
    r"\b(?:is|are|was|were) (?:supposed|meant) to (?:cover|include|be|arrive|come)|\b(?:came|fell|come|falls) off\b|"
    r"\b(?:smashed|crushed|shattered|soaked|mou?ld|rotten|mouldy|moldy|stuck|lost|stolen|exception|duplicates?)\b|"
    r"\b(?:very|really|so|too) slow\b|\b(?:been |was |were |got )?missed (?:again|twice|two|three)\b|\bno (?:order|record|booking|reservation)\b|"
    r"\b(?:bill|charge|invoice|quote)\b[^.?!]{0,60}\b(?:normally|usually)\b|\b(?:money|payment)(?:'s| is| has)? (?:gone|missing|not arrived)|"
    r"\b(?:has|have)(?:n't| not) (?:got|received) (?:it|them|the)\b|\b(?:fender bender|accident|crash|collision)\b|"
    r"\b(?:export|sync|login|upload|download|backup|report|refund|transfer) (?:has |have )?(?:failed|not (?:come|arrived|gone through|been processed))|"
    r"\b(?:refund|money back|reimbursement)\b[^.?!]{0,40}\b(?:would|should|was|were) (?:be )?(?:processed|paid|sent|back)|"
    # a bill the customer did not expect: "I thought my bundle covered it", "got a bill for €187 roaming"
    r"\bi thought (?:my|the|our|it|this|that) (?:\w+ )?(?:covered|included|was covered|was included|would cover)|\bgot a bill for\b|"
    r"\bdelivery attempted\b|\bmissed (?:my |the |a )?delivery\b|\bnobody (?:was )?home\b|"
    # late, not working, more than usual, not what was ordered or asked for
    r"\b(?:an?|one|two|three|four|five|six|\d+|(?:a )?(?:few|couple of)) (?:hours?|days?|weeks?) late\b|\b(?:still |is |it's |are |they're )?not working\b|"
    r"\b(?:quit|died|gave up|packed (?:in|up)) on (?:me|us)\b|\bkeeps? (?:losing|dropping|going|turning|switching|cutting|beeping|flashing|asking)\b|"
    r"\b(?:more|higher) than (?:usual|normal|normally|last (?:month|quarter|year|time))\b|\b(?:i|we) (?:usually|normally) pay\b|\b(?:it's|it is|it was) (?:normally|usually) (?:about|around|only)\b|"
    r"\b(?:didn't|did not|never) (?:ask for|order|sign up for|subscribe to|agree to)\b|\b(?:short[- ]paid|underpaid|paid short|shortchanged)\b|"
    r"\b(?:gave|given) (?:me|us|her|him|my \w+) (?:a |an )?(?:rash|reaction|headache|food poisoning|the wrong)\b|"
    r"\b(?:you|they) charged (?:me|us)\b[^.?!]{0,40}\bfor\b|\b(?:i|we) ordered\b[^.?!]{0,50}\b(?:and|but) (?:got|received|only got|it's|it is|it came|they sent)\b|"
    r"\bonly works (?:if|when)\b|\b(?:not|isn't|wasn't|aren't) (?:on the list|in the bag|in the box|in the system)\b|\b(?:aren't|isn't|wasn't|weren't) even\b|"
    # dead, not come, nobody called, nobody can get in: "My combi oven is dead", "my bag did not come"
    r"\b(?:is|'s|are|was|went|gone) dead\b|\b(?:did not|does not|do not|has not|have not) (?:\w+ )?(?:arrive|arrived|come|turn up|turned up|show up|start|work)\b|"
    r"\bno (?:\w+ )?(?:has|have) (?:called|come|rung|phoned|replied|answered|turned up|shown up)\b|"
    r"\b(?:nobody|no one)(?: is| has|'s)? (?:calling|called|come|answering|answered|replied|rung|phoned|turned up|showed up|shown up)\b|"
    r"\b(?:nobody|no one|none of) (?:\w+ ){0,4}(?:can|could) (?:get|log|access|print|connect|send|receive|open|use)\b|"
    r"\b(?:can't|cannot|can not|couldn't|could not) (?:get (?:into|in|on|online|email|emails|through|connected)|log ?in|sign in|access|connect)\b|"
    # not what was ordered or delivered: "I ordered four-by-two and your driver's dropped three-by-two", "it came size 52"
    r"\b(?:i|we) (?:ordered|bought|paid for)\b[^?!]{0,100}\b(?:came|sent|delivered|dropped|brought|arrived|turned up)\b|"
    r"\b(?:your|the|my|our) (?:delivery|order|parcel|package|shipment) (?:came|arrived)\b[^.?!]{0,80}\bbut\b|"
    r"\b(?:charged|taken|deducted|debited|billed) (?:\w+ ){0,3}(?:2|two|3|three) times\b|\b(?:taken|deducted|debited|billed) twice\b|"
    r"\bcut (?:my|our|the) (?:power|electricity|water|gas|line|phone|internet|service) off\b|"
    # worse than it was: slow, gone orange, coming back grey, stopped sending, drops out, a noise, failed, blocking
    r"\b(?:super|extremely|painfully|incredibly) slow\b|(?:'s|\bit has|\bhas|\bhave|'ve|\bthey have) gone (?:all )?(?:orange|green|brassy|grey|gray|yellow|brown|black|blank|mouldy|moldy|soft|hard|flat)\b|"
    r"\bcoming (?:out|back) (?:grey|gray|yellow|stained|damp|wet|dirty|creased|torn)\b|\bstopped \w+ing\b|\b(?:drops|dropping|cuts|cutting) out\b|"
    r"\bmakes? (?:a |an |this |that |some )?(?:\w+ )?(?:noise|sound)\b|\bfailed (?:its |the |my |an? )?(?:inspection|mot|test|check)\b|"
    r"\b(?:clogg?ed|clogging|blocking)\b|\bnot getting (?:any )?(?:water|power|signal|heat)\b|\bwasn't (?:there|like (?:that|this)) (?:when|before)\b|"
    r"\b(?:music|noise|banging|drilling|partying)\b[^.?!]{0,40}\b(?:till|until|all night|every night|nights running)\b|"
    r"\b(?:under|short)-?filled\b|\bvisibly short\b|\bcame back (?:from (?:the )?\w+ )?(?:faulty|broken|damaged|short|wrong)\b|"
    r"\bcolou?rs? (?:have |has )?run\b|\b(?:squealing|squeaking|rattling|clunking|creaking|whistling)\b|"
    r"(?<!\bdo )(?<!\bdoes )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bif )\b(?:it|they|these|those) (?:\w+ )?(?:whistles?|squeaks?|squeals?|rattles?|wobbles?|pinch(?:es)?|leaks?|drips?|hurts?|rub|rubs|squeezes?)\b|"
    r"\b(?:doesn't|does not|don't|do not|won't|will not|couldn't|could not|didn't|did not) (?:\w+ )?(?:touch|fit|lock|hold|stay|drain|flush|heat|cool|spin|scan|ring|sync|boot)\b|"
    r"\b(?:finish(?:es|ing)?|runs? out|running out|drains?|draining|used up|goes|going) (?:\w+ )?too (?:fast|quick(?:ly)?|soon)\b|"
    # a pet or a person taken ill: a call for help, not a purchase to explore
    r"\b(?:ate|eaten|swallowed|chewed) (?:\w+ ){0,5}(?:chocolate|brownies?|grapes|raisins|xylitol|pills?|tablets?|buns?|bones?|socks?)\b|"
    r"\b(?:vomit(?:ed|ing)|threw up|throwing up|hasn't eaten|not eating|won't eat|doesn't want to eat|limping|bleeding|seizure|fainted|collapsed|slurred)\b"
)

# -- moves that game the look of good technique (issue: assessment that measures skill) -----------
_YOU_WILL = r"(?:you(?:'ll| will|'d| would)|surely you(?:'ll| will|'d| would)?|of course you(?:'ll| will|'d| would)?)"
MOVE_CUES.update({
    # Insults, put-downs and condescension (in English; other languages in INSULTS below).
    "rudeness": [
        (r"idiots?|(?<!not a )(?<!never a )(?<!no )(?<!not )(?<!himself )(?<!herself )(?<!themselves )(?<!myself )(?<!feel )(?<!feels )(?<!felt )(?<!feeling )(?<!look )(?<!looks )(?<!looking )(?<!seem )(?<!seeming )stupid|moron(?:ic|s)?|(?<!not )(?<!not so )(?<!not that )(?<!isn't )dumb|imbecile|clueless|useless customer|pathetic|get a grip|(?:^|(?<=[.!?,;:] )|(?<=\boh )|(?<=\bjust )|(?<=\bplease )|(?<=\bnow ))grow up\b|shut up|"
         r"stop (?:whining|whinging|moaning|complaining|crying|wasting my time)|(?:quit|enough) (?:whining|moaning|complaining)|"
         r"you(?:'re| are) (?:overreacting|being (?:silly|ridiculous|dramatic|difficult|unreasonable|hysterical|childish))|"
         r"(?<!not )(?<!n't )(?<!never )overreact(?:ing)?|don't be (?:silly|stupid|ridiculous|so dramatic|dramatic|daft|difficult|childish)|" +
         _TOLD_TO_CALM + r"(?:calm|settle|simmer) down|chill out|relax,|take a (?:deep )?breath,(?! (?:we'll|we will|i'll|i will|i'm here|you're safe|you are safe|one step|we can|no rush|there's no rush)\b)|what(?:'s| is) your problem|"
         r"(?:i|we) don't care|(?:not|none of) my (?:problem|business)|(?<!i )(?<!i'll )(?<!we )(?<!we'll )(?<!i will )(?<!we will )(?<!and )(?<!that )(?<!this )(?<!which )(?<!to )deal with it|tough luck|too bad|"
         r"are you (?:even )?listening|are you (?:deaf|thick|stupid)\b|did you (?:even )?(?:read|listen|look)|it(?:'s| is) not (?:rocket science|brain surgery)|even a child|"
         r"(?:i|we) (?:don't|do not) have all day|hurry up|(?<!you )(?<!to )make up your mind|(?:like|as) i (?:already )?(?:said|told you)|"
         r"(?:how )?many times do i have to|you people|whatever you say|if you say so|no offen[cs]e,? but|"
         r"(?:honestly|seriously),? (?:what|how) (?:did|do) you expect|what did you expect(?! by (?:now|then|this (?:point|stage)))|your own fault|"
         r"you (?:probably|must have|obviously|clearly) (?:installed|used|set|plugged|put|broke|dropped|did|mixed|misread|ordered)\b[^.?!]{0,40}?(?:wrong|incorrectly|badly|yourself)?", 3.0),
        # condescension and blame in passing: "Typical.", "or don't you know?", "…, love" (not closing a question: "does the heel feel
        # all right, love?" asks in care; fifty-second round, blind212 read), "did you even…"
        (r"^typical\b|or (?:don't|do not) you know|(?:did|have) you (?:actually|even) (?:checked|tried|read|looked|bothered)|"
         r"did you just (?:ring|call|panic|give up)|(?:people|customers|you lot|folks) (?:like you )?(?:never|always|don't)\b[^.?!]{0,40}?(?:and then|then) (?:they |you )?(?:panic|complain|moan|blame|ring|call)|"
         r"try not to (?:ring|call|bother|email|phone|chase)|(?:don't|do not) (?:ring|call|phone|bother) (?:us |me )?again|"
         r"(?<=, )(?:love|dear|sweetheart|darling|sweetie)\b(?! (?:that|it|this|these|those|the|your|how|what|to)\b)(?!\s*\?)|you get what you pay for|(?:do you want|are you) (?:\w+ ){1,3}or not|"
         r"(?:there's |there is )?no need to (?:panic|get upset|shout|be upset|worry so)|don't panic(?![^.?!]{0,80}\b(?:common|normal|usual|expected|fixable|easy to fix|happens a lot|(?:good|great) (?:catch|spot|thing)|well spotted|right to (?:call|ring|check|come|ask)|the right thing|glad you)\b)|"
         r"you(?:'re| are) (?:getting|being) (?:a bit |a little |very |too |so |rather )?(?:emotional|upset|worked up|hysterical|excited|aggressive|dramatic)|"
         r"are you sure you (?:gave|entered|typed|used|did|didn't|followed|read|put|sent|pressed|plugged|were|was|weren't|wasn't|locked|switched|turned|closed|checked)|"
         # (forty-ninth round, blind182 read) "Did you definitely put the new site on the order, or the old one?"
         r"did you definitely (?:put|tick|give|enter|select|choose|write|type|send|pay|check|use|read)\b|"
         r"sometimes people (?:miss|forget|mix up|misread|don't (?:hear|notice|read|check|see))\b|"
         r"let's not exaggerate|(?:don't|do not) exaggerate|(?:did|have) you (?:think|thought|considered?) (?:of|about) that|"
         r"(?<!what )(?<!which )(?<!how much )(?<!how often )(?<!how many )(?:do|did|have) you (?:actually|even|ever actually) (?:visit|call|ring|read|check|use|look|try|bother|come)|"
         r"(?:always|usually|all) blame|why (?:didn't|did not|don't|haven't) you (?:\w+ ){0,5}yourself|"
         r"what do you expect (?:us|me|them) to do|every little thing|(?:works|work|worked) very hard, you know|"
         r"(?:it's|it is|that's|that is) not exactly (?:complicated|difficult|hard|rocket science|brain surgery)|"
         r"every(?:one|body) knows (?:that|this)|why would you even|^you do know\b|(?<=[.?!] )you do know\b|"
         r"did you not (?:look|read|check|see|think|notice)|(?:didn't|did not) you (?:read|look|check|see|notice)|"
         # seventeenth round (blind36 read): "Did nobody tell you that…?" (not "…about the free service?"), "do you
         # actually know the difference…?", "Can you afford that, or were you hoping for something free?", "Most people
         # in your position haven't a clue."
         r"(?:did (?:nobody|no one|no-one)|didn't (?:anybody|anyone)) (?:tell|warn|explain to) you(?! about)|"
         # (not "what do you actually know about where it goes…?", a question about her figures: sixty-first round)
         r"(?<!what )(?<!how much )(?:do|did) you (?:actually|even|really even) (?:know|understand|realise|realize)\b|"
         r"(?:or )?(?:were|are) you (?:hoping|expecting|looking) (?:for|to get) (?:something |it )?(?:for )?(?:free|nothing)\b|"
         r"can you (?:even |actually |really )?afford (?:that|it|this|one)\b[^.?!]{0,12}(?:\?|,? or\b)|"
         r"(?:people|customers|folks) (?:like you|in your (?:position|situation|shoes)) (?:haven't|don't have|have no|never have) (?:a|any|the (?:first|faintest)) (?:clue|idea)|"
         # (blind38 read) "you're still doing invoices in Excel in 2024? How do you keep track of anything?", "Isn't that a
         # pretty expensive way to run a business?"
         r"(?:you're|you are|you) still (?:doing|using|running|writing|keeping|paying|on)\b[^.?!]{0,40}\bin (?:19|20)\d\d\?|"
         r"how do you (?:even |actually )?(?:keep track of|manage|cope with|find|organi[sz]e) anything\b|"
         r"isn't (?:that|it|this) (?:a |an )?(?:pretty |rather |very |really |quite |bit of an? |a bit )?(?:expensive|wasteful|inefficient|old-fashioned|outdated|silly|strange|odd|amateur|primitive) (?:way|thing|approach|habit)\b", 3.0),
    ],
    # Asking for the order or proposing a concrete next step ("Shall I pack it?",
    # "Would a four-week trial in March be a fair way to start?"): good at the right moment,
    # pressure before the customer has a need or has agreed (the rubric and simulator decide).
    "closing": [
        # a next step put as a polite question ("Would you be willing to let us fit our improved seal on one pump as a
        # trial, …?", "Would you be open to a four-week trial?") (fifty-fifth round, a player's formal voice)
        # (not after a condition: "if we found a way…, would you be willing to try…?" is a hypothesis test)
        (r"(?:^|(?<=[.?!;:] )|(?<=[.?!;:] so )|(?<=[.?!;:] then )|(?<=^so )|(?<=^then ))would you be (?:willing|open|happy|prepared|ready|agreeable) (?:to (?:let (?:us|me) (?:fit|install|try|run|"
         r"start|set|bring|send|come|put|do)|try|trial|start|go ahead|give (?:it|us|this|that) a (?:try|go)|book|have (?:us|our|me) "
         r"(?:come|visit|fit|install|start))|to (?:a|an|the|our) (?:\w+ )?(?:trial|pilot|visit|test|first step|demonstration|demo))\b", 2.5),
        # the same put as agreement to a step, and a step offered formally ("…; would you agree to start that trial, and
        # could we meet next week to set the date?", "May I propose that we place a first lot on consignment?") (fifty-sixth
        # round, blind_typed10 read)
        (r"(?:^|(?<=[.?!;:] )|(?<=[.?!;:] so )|(?<=[.?!;:] then )|(?<=^so )|(?<=^then ))would you agree to (?:start|try|begin|go ahead|"
         r"proceed|a|an|the|that|this|it|our|us|me|let)\b|(?:may|might|could|can) i (?:suggest|propose) (?:that )?(?:we|i)\b|"
         r"(?:could|can|shall|should) we (?:meet|sit down|get together)\b[^.?!]{0,40}\b(?:next|this|tomorrow|" + WEEKDAY + r")\b", 2.5),
        (r"(?:shall|should|can|could|may) (?:we|i) (?:go ahead|proceed|book|order|sign|put(?! (?:(?:my|the|this|that|a) (?:question|point)|it (?:another|differently|more simply|simply|this way|like this|plainly|in other words))\b)|pack|wrap|start|set|schedule|pencil|arrange|"
         r"invoice (?:you|the|it|them|that|those|all|\d)|raise (?:the|an|your) (?:invoice|order|po)|"
         r"get (?:it|that|this|you|things|the \w+) (?:started|ordered|booked|going|sorted|delivered|installed|signed)|"
         r"write (?:it|that|this|the order) up|ring (?:it|that) up|draw up|send (?:you )?(?:the|a) (?:contract|quote|order|agreement)|"
         r"take (?:your|the) order|put you down|book you|reserve|hold (?:one|it|a \w+) for you|open (?:the|your|an|a) (?:\w+ )?account|"
         r"sign you up|set you up|get you signed|get (?:one|it|that|this) for you|bag (?:it|that|them|this) up|pack (?:it|that|them|this)|wrap (?:it|that|them|this)|box (?:it|that|them) up|show (?:you|your \w+|it|how)|demo|come (?:round|over|by|out|and)|bring (?:a|one|it|the|some))"
         r"|(?:would you like|do you want|which would you like|shall (?:i|we) (?:go with|put you down for)) (?:the )?(?:[\w-]+ ){1,3}or (?:the )?(?:[\w-]+ )?(?:premium|deluxe|pro|gold|platinum|standard|basic|bigger|larger|metal|annual|monthly)\b"
         r"|(?:(?:would|do) you |(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<![a-z]s )(?<!\bher )(?<!\bhim )(?<!\bthem )(?<!\bmade you )(?<!\bmake you )(?<!\bmakes you ))(?:like|want) (?:me )?to (?:go ahead|order|buy|book|sign|proceed|start|take (?:it|one|them|the)|set (?:it|that|one) up|place|bag|pack|wrap|ring (?:it|that) up|put (?:it|that|one) aside|get (?:it|that|this) (?:set up|sorted|started|ordered|booked))"
         r"|which (?:day|date|weekend|week|time|slot|morning|afternoon|evening|saturday|month)s? (?:works?|would work|suits?|would suit|is best|is good|fits?)"
         r"|how would you like to (?:pay|structure|roll (?:it|this|that) out|start|proceed|set (?:it|this) up|phase)\b[^.?!]{0,80}\bor\b"
         r"|(?:can|could|would) you (?:come|pop|drop|bring|be there|meet|come in|come by)\b[^.?!]{0,60}\b(?:" + WEEKDAY + r"|tomorrow|next week)\b"
         r"|when (?:would|could|can|shall|should) (?:a|the|we|you|i)\b[^.?!]{0,40}\b(?:fit|work|suit|start|happen|come in|go ahead|sign|pay|order)\b"
         r"|do we have a deal|are you ready to|ready to (?:go ahead|order|buy|sign|proceed|start)|shall we (?:say|do|make it)"
         r"|will you (?:take|buy|order|sign) (?:it|one|them|the)|can i (?:put you down|book you|take your order|get your (?:signature|order|card))"
         r"|let'?s (?:go ahead|do it|sign(?! nothing\b| anything\b)|book (?:it|you|a)|get (?:it|you|that) (?:booked|ordered|signed|set up|installed|delivered|started)|get started|start with (?:a|an|one|two|the (?:trial|pilot|first|smaller|basic|standard))\b|set (?:up|a date|a time))"
         # offering to set the next step up ("Shall I find you a slot?", "Want me to put you down for Tuesday?")
         r"|shall i (?:find|get|book|put|send|arrange|set|pop|bring|call|ring|have|pencil|reserve|hold|order|check (?:availability|the diary))\b"
         r"|(?:do you )?want me to (?:book|put|get|send|arrange|set|find|order|reserve|hold|call|ring|pencil|sign|bring|come)\b(?! (?:911|999|112|an ambulance|a doctor|the police|a taxi|a cab|for help|someone to help)\b)"
         r"|how about (?:i|we) (?:come|pop|book|send|set|bring|call|ring|drop|start|arrange|meet)\b"
         r"|how (?:does|would) (?:a |an |the )?(?:start|trial|visit|demo|delivery|installation|pilot|fitting|first order|first delivery|test)\b[^.?!]{0,40}\b(?:sound|suit you|work for you)"
         r"|how (?:does|would) (?:" + WEEKDAY + r"|tomorrow|next week)\b[^.?!]{0,20}\b(?:sound|suit you|work for you)"
         r"|would it help if (?:we|i) (?:met|meet|came|come|called|call|sat down|went through|booked)\b"
         r"|let me (?:book|put you|get you|set (?:you|it|that) up|find you|arrange|reserve|pencil)\b"
         r"|^(?:so,? |ok(?:ay)?,? |right,? )?(?:" + WEEKDAY + r"|tomorrow)\b[^.?!]{0,12}\d[^.?!]{0,30}\?$"
         r"|go ahead with (?:it|the|this|that|our)|(?:would|could|might) (?:a|an|the|this|that|our) (?:[\w-]+ ){0,5}(?:be|make) (?:a )?(?:fair|good|sensible|reasonable|easy|simple|safe) (?:way|place|first step|next step|start|step)"
         r"|(?:may|can|could|shall) i (?:call in|come (?:by|back|in|round)|drop by|pop in|visit|stop by)\b[^.?!]{0,30}\b(?:next|on|this|tomorrow|" + WEEKDAY + r"|week)"
         r"|(?<!how )(?:does|would|will|could) (?:that|this|it|the \w+) (?:time |day |slot )?work (?:for you|for your|with your)"
         r"|(?<=[.,;:] )(?:works|suit you|ok with you|okay with you|good for you)\?$"
         r"|how about (?:we|i) (?:start|book|set|try|run|put|arrange|send|begin)|(?:could|can|shall|should) we (?:begin|start|kick off|try|run|set up)\b|(?:would|does|will|could) (?:next |this )?(?:" + WEEKDAY + r"|week|tomorrow|the \w+(?:st|nd|rd|th)|morning|afternoon|\d+(?::\d\d)? ?(?:am|pm)?)(?: \w+)? (?:work|suit you|be (?:ok|okay|convenient|possible|good))|(?:does|would) (?:that|this|a \w+) (?:sound like a plan|work for you as a (?:first|next) step)"
         r"|what would it take (?:for you )?to (?:sign|buy|order|commit|go ahead|say yes|do business|decide|switch)"
         r"|how (?:would|will|do) you (?:like|want|prefer) to pay|(?:would you like|do you want|would you prefer) to pay (?:in full|monthly|upfront|up front|now|by|with|in instalments|over|cash)|(?<!you can )(?<!you could )(?<!can also )spread (?:it|the cost|the payments?) over"
         r"|which (?:colou?r|size|model|finish|version|one) (?:would you like|do you want|shall i|should i|will you take)"
         r"|(?:by|with|pay (?:by|with)) (?:card|cash|transfer|cheque|invoice) or (?:card|cash|transfer|cheque|invoice|bank transfer)"
         r"|where (?:should|shall|do) (?:i|we) send the (?:contract|invoice|order|paperwork)|when (?:should|shall|can) we (?:deliver|install|start) (?:your|the) (?:new )?\w+", 2.5),
    ],
    # Selling more to the customer where a 'what else do you need?' belongs.
    "upsell": [
        # another product pushed beside the one asked about
        (r"have you (?:thought about|considered|heard (?:about|of)|seen) (?:our|adding|taking)|(?<!as if you had )(?<!as though you had )(?<!as if you were on )(?<!unclear about )(?<!questions about )(?<!question about )(?<!happy with )(?<!sure about )(?:our|the) (?!standard |basic |current |existing |same |right |wrong |best |cheapest |cheaper |smaller )(?:\w+ ){0,2}bundle\b(?!(?:'s| is| was| has been) (?:on|active|activated|working|loaded|added|there|showing|used up|finished|expired)\b)(?! (?:doesn't|does not|didn't|did not|won't|isn't|wasn't|is fine|is ok|is okay|was fine|you(?:'re| are)? (?:have|had|are on|were on|on)))|"
         r"(?:take|taking) it out together with|together with (?:the|your) (?:mortgage|loan|account|contract|order|policy)", 3.0),
        (r"what else can (?:i|we) (?:add|get|put|throw|sell|offer|interest|include|bundle|upgrade)|"
         r"(?:can|could|may) (?:i|we) interest you in|(?:are|would) you (?:be )?interested in (?:our|the|a|an) (?:new |latest |special )?[\w-]+ (?:bundle|package|plan|offer|deal|upgrade|card|insurance|warranty|subscription|membership|programme|program)|(?:would|do) you (?:like|want) to (?:join|sign up for|subscribe to|open|get|take out) (?:our|a|an|the) (?:[\w-]+ )?(?:loyalty|rewards?|membership|store card|newsletter|club|credit card|premium|insurance|protection|warranty)|(?:would|do) you (?:like|want) to (?:add|upgrade|include|go for the (?:bigger|premium|deluxe|pro|larger))|"
         r"(?:shall|should|can) (?:i|we) (?:add|include|throw in|upgrade you|bundle)(?![^.?!]{0,50}\b(?:free|at no (?:extra )?cost|no charge|free of charge|on us)\b)|add (?:a|an|the|some|our) (?:[\w-]+ ){0,3}to (?:your|the) (?:order|basket|cart|booking|plan)|"
         r"how about (?:adding|an extended|our extended|upgrading|the (?:premium|deluxe|pro|bigger))|upgrade (?:you )?to (?:our|the) (?:premium|deluxe|pro|gold|platinum|business|bigger|larger)|"
         # (not "please try it once while you are here": the check she came for, sixty-first round, blind_typed25's phone)
         r"(?<!\bto do )(?<!\bdoing )(?<!\bto see )(?<!\bto visit )(?<!\bto try )(?<!\btry it )(?<!\btry it once )"
         r"(?<!\btry it out )(?<!\btest it )(?<!\bcheck it )while you(?:'re| are) (?:here|at it)(?!,? (?:i'll|i will|we'll|we will|i can|we can) (?:start|do|fill|finish|process|sort|print|scan|check|copy|sign|file|stamp))|(?:extended|premium) (?:warranty|cover|protection)(?: plan)? (?:as well|too|with (?:that|it))|"
         r"(?:anything|something) else (?:i can|we can) (?:add|sell|get you|put)|make it a (?:bundle|package|combo)|"
         # "…and put you down for the business plan upgrade", "I'll switch you to the business plan today"
         r"(?:put|sign) you (?:down|up) for (?:the|an?|our) (?:[\w-]+ ){0,3}upgrade\b|"
         r"(?:put|sign) you (?:down |up )?(?:for|on|onto) (?:the|an?|our) (?:[\w-]+ )?(?:premium|extended|gold|platinum|service contract|maintenance contract|protection plan)\b|"
         r"(?:switch|move|upgrade) you (?:over )?to (?:the|our) (?:premium|business|pro|gold|platinum|bigger|larger|top|higher) (?:plan|package|tier|version|contract)\b", 2.5),
    ],
    # Questions that push for the answer the seller wants.
    "leading": [
        # ("…what you'd want to think over - is anything still not quite right for you?" asks, it does not lead:
        # a "right" or "yeah" is a tag only at the question mark)
        (r"(?<!\bwhat )(?<!\bhow )(?<!\bwhy )(?<!\bwhether )(?<!\bif )" + _YOU_WILL
         + r" (?:\w+ ){0,2}(?:want|need|love|like|agree|prefer|go for|choose|find|see|be happy|be glad)\b[^.?!]{0,80}?"
         # (not a summary checked: "…you would like to taste the food beforehand; is that right?": sixty-first round)
         r"(?:,? (?:won't|wouldn't|don't|isn't|aren't|surely)\b[^.?!]{0,12}|,? (?<!\bthat )(?<!\bthis )(?<!\bi )(?:right|yeah) ?)\?|"
         r"surely (?:you|that|this|it|we)\b|(?:don't|wouldn't) you (?:agree|say|think that)|you(?:'d| would) agree (?:that|it|this)|"
         r"isn't (?:it|that|this) (?:obvious|clear|great|better|worth it|a no-brainer|the best)|(?:it's|that's) a no-brainer|"
         r"you wouldn't want to (?:miss|lose|risk|be left)|who wouldn't want|wouldn't it be (?:great|nice|better|good|smart|wise)|"
         r"you do want (?:the best|to save|what's best|to be safe)|doesn't (?:that|this|it) sound (?:great|perfect|good|amazing|fantastic)|"
         r"you can see (?:how|that|why) (?:this|our|it|that)\b[^.?!]{0,40}(?:can't|don't|right)", 2.5),
        # A "paraphrase" that plays back our product or price rather than what the customer said.
        (r"so\b[^.?!]{0,30}?\byou(?:(?:'re| are)? (?:need|want|are looking for|looking for|after|would like|would prefer)|'d (?:like|prefer|want))\b[^.?!]{0,25}?\b(?:our|the) (?:[\w-]+ ){0,2}(?:plan|package|model|premium|pro|deluxe|gold|bundle|subscription|version|range|upgrade|add-on|tier|edition|tariff|deal|offer|product|policy|contract|account|card|membership|service)\b|"
         # …told as one more thing the customer said: "you want to double sales and you need our premium insurance"
         r"\b(?:and|also) you(?:(?:'re| are)? (?:need|want|are looking for|looking for|would like)|'d (?:like|want))\b[^.?!]{0,15}?\bour "
         r"(?:[\w-]+ ){0,2}(?:plan|package|model|premium|pro|deluxe|gold|bundle|subscription|version|range|upgrade|add-on|tier|"
         r"edition|tariff|deal|offer|product|policy|contract|account|membership|insurance|cover|warranty|system|software|platform)\b|"
         r"(?<!could )(?<!can )(?<!shall )(?<!should )(?<!to )(?<!, )(?<!and )(?:so )?we (?:both )?agree (?:that )?(?:the|our|this|it)\b(?![^.?!,]{0,40}\btogether\b)(?! (?:start|date|dates|day|time|plan|next step|details|terms|scope|trial|pilot|test|order)\b)|(?:is|would be|sounds like) (?:the )?(?:best|perfect|right|ideal) (?:fit|choice|option|solution) for you\b", 2.5),
    ],
})
# Reflections: statements that mirror the customer's meaning or feeling ("You're worried the
# drivers won't use it", "It sounds like the deadline matters more than the price"): a way of
# confirming understanding (motivational interviewing), read as the paraphrase move.
_FEEL = (r"(?:worried|concerned|frustrated|tired|fed up|unsure|not sure|hoping|looking for|keen|anxious|afraid|nervous|"
         r"unhappy|annoyed|disappointed|stuck|under pressure|struggling|losing|spending|feeling|thinking|wondering|torn|"
         r"caught|stretched|juggling|short of|running out|comfortable|uncomfortable|happy with|reluctant|wary|sceptical|skeptical|"
         r"careful|cautious|after|planning|trying|counting on|relying on|waiting|fighting|dealing with|in a hurry|busy)")
MOVE_CUES["paraphrase"].append(
    (r"^(?:so,? |and |okay,? |ok,? |right,? )?(?:you(?:'re| are) (?:really |quite |a bit |pretty |also |still )?" + _FEEL + r"|"
     r"you(?:'ve| have) (?:been|had (?:enough|it with)|got a lot)|you (?:feel|felt|fear|worry|miss|hate|dread|can't stand)|"
     r"you(?:'d| would) (?:rather|prefer|like to)|you don't (?:want|like|need|trust|have)|you (?:want|need) (?:(?!to\b)\w+|to (?:keep|make sure|avoid|stop|be sure|know|feel|see|get))|"
     r"you can't (?:afford|risk|have|keep|wait)|you(?:'re| are) not (?:sure|convinced|happy|keen|ready)|"
     r"for you,? (?:the|it's|it is|what)|what matters (?:most )?(?:to|for) you (?:is|are)|what you(?:'re| are) (?:after|looking for|worried about) is|"
     r"the (?:main|real|biggest|key) (?:thing|worry|concern|issue|problem|priority|question|point) (?:for you )?(?:is|seems|sounds)|"
     r"(?:it|that|this) (?:sounds|seems|feels) (?:like|as if|as though)|(?:sounds|seems|feels) like (?:you|your|the|it|that)|"
     r"i (?:hear|sense|get the (?:feeling|sense|impression)) (?:that|you(?!\s*(?:[.!,;]|$))|your)|(?:it|that) must (?:be|have been|feel))", 2.5))
# Claims that sell in any sentence shape, a question included ("What do you think of our
# award-winning model, the best on the market?"): counted as a pitch.
#: Cue labels read in questions too, and the move they count as (English here and every reader's lexicon alike).
PITCH_IN_ANY_SHAPE = {"pitch_claim": "pitch"}
MOVE_CUES["pitch_claim"] = [
    # a price per period announced ("89 euros a month") is an offer
        (r"(?:[€£$]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)? ?(?:euros?|dollars?|pounds?|usd|eur|gbp|rand|pesos?|rupees?|yuan|reais|francs?))(?: a| per| each) (?:month|year|week|user|seat|head|licen[cs]e)", 2.0),
        (r"(?:we|i) (?:offer|provide|sell|supply|make|stock|carry|deliver|have) (?:the |a |an |our )?(?:best|finest|leading|widest|fastest|cheapest|most|top|complete|full|great|new|latest|whole|wide|excellent|premium|unique|market|industry|state|\w+ range|range)(?![\w-]* (?:picture|story|details?|facts|context|view|understanding|information|info|history|figures|numbers|timeline|account|record)s?\b)|(?:market|industry|world)[- ]leading|market leader|number one|best[- ]selling|best on the market|state[- ]of[- ]the[- ]art|cutting[- ]edge|top of the range|award[- ]winning|unique|unbeatable|second to none|you(?:'ll| will) love|you won't (?:find|get) (?:better|anything)|best (?:value|deal|product|option|choice|quality) (?:on|in|for)|our (?:best|fastest|cheapest|strongest|lightest|most (?:advanced|powerful|reliable|popular))|the (?:best|fastest|cheapest|strongest|lightest|most (?:advanced|powerful|reliable|popular)) (?:[\w-]+ )?(?:on the market|in (?:the|its) (?:class|market|range|business|industry|country|town)|there is|available|you can (?:buy|get|find))", 2.0),
]
MOVE_CUES["paraphrase"].append(
    # "So the new crisps are slow, but impulse items sell at the till." : a summary in the customer's terms
    (r"^(?:(?:okay|ok|right|alright|i see|got it|yeah|mm|ah|oh|understood|thanks|thank you)[.,!]? )?(?:so|okay so|ok so|right so|so basically|so then|so to sum up|to sum up)[,:]? (?!(?:what|how|why|when|where|who|which|do|does|did|is|are|was|were|can|could|would|will|shall|should|have|has|tell|let me|let's|i|we|our|if|suppose|imagine|next step|here's|here is|the plan|my plan|sorry|glad|sad|pleased|nice|kind)\b)[^.?!]{20,}[.;:,]", 2.5))
MOVE_CUES["pressure_now"] = [
    # Asking for the commitment now, however politely ("What would it take for you to sign with us tonight?");
    # inside a hypothesis test ("If it cost the same, would you order it today?") it is a trial close, not pressure;
    # nor is a "today" of the next question's ("…once patients can book themselves, and what is happening today…?")
    (r"what would it take (?:for you |for us )?to (?:sign|buy|order|commit|close|go ahead|say yes|switch|become)|"
     # ... or asked against the clock ("What would it take for you to have new kit on the truck this week?", "What
     # would you need to see from me to say yes before we finish this chat?")
     r"what would (?:it take|you need to (?:see|hear|know)(?: from (?:me|us))?|(?:he|she|they) need to (?:see|hear)|have to be true)\b"
     r"[^.?!]{0,60}\b(?:today|tonight|right now|this (?:week|month)|before (?:we (?:finish|hang up|end)|you (?:go|leave)))"
     # (not what she would need to see done today to trust it: "what would you need to see from us, today, to feel like
     # this time it's actually gonna happen?" to a customer whose repair is due today)
     r"(?![^.?!]{0,12}\bto (?:feel|trust|believe|be (?:sure|confident|certain|reassured))\b)|"
     r"what(?:'s| is| would be) (?:stopping|holding) you (?:back )?from (?:signing|buying|ordering|committing|going ahead|moving forward|starting|switching|saying yes)|"
     r"what (?:would|will|needs to|would need to|has to) (?:need to )?happen for you to (?:sign|buy|order|commit|go ahead|move forward|switch|say yes)\b[^.?!]{0,40}\b(?:with us|today|this (?:week|month|quarter)|now)|"
     r"\b(?:sign off|sign|signature)\b[^.?!]{0,50}\b(?:contract|agreement|paperwork|order)\b[^.?!]{0,30}\b(?:by|before) (?:friday|monday|tuesday|wednesday|thursday|tomorrow|the end of)|"
     r"\b(?:so (?:that )?)?we can get the (?:contract|agreement|paperwork|order) (?:over|out|signed|sent)\b|"
     r"leave (?:here |the shop |the store )?(?:today|now|tonight) with|"
     r"\b(?<!you can )(?<!you could )(?<!the )(?<!your )(?<!whole )(?<!this )(?<!our )(?<!my )(?<!do you )(?<!do they )(?<!does he )(?<!does she )(?<!patients )(?<!customers )(?<!people )(?<!clients )(?<!guests )(?<!users )(?<!they )(?<!before you )(?<!before we )(?<!until you )(?<!i can )(?<!i could )(?<!i'll )(?<!ill )(?<!i will )(?<!we can )(?<!we could )(?<!we'll )(?<!we will )(?<!let me )(?<!let us )(?<!let's )(?<!i'd )(?<!happy to )(?<!won't )(?<!don't )(?<!not )(?<!never )(?<!apple )(?<!google )(?<!samsung )(?<!\bor )(?<!said )(?<!says )(?<!saying )(?<!told you to )(?:sign(?! nothing\b| anything\b)(?! (?:a|an|the|this|that|our|your) (?:[\w-]+ ){0,2}(?:report|form|receipt|note|statement|record|log|sheet)s?\b)|buy(?! what(?:ever)? you need)|order|commit|pay|put(?:ting)? down|go ahead(?! with (?:the|a|your) (?:check|test|look|repair|inspection|fitting|set-?up)\b)|decide|book|becoming a customer|switch(?! on\b| off\b| it (?:on|off)\b))\b(?:(?!\bif\b| - |no rush|no hurry|no pressure|nothing to|, and (?:what|how|which|who|why)\b)[^.?!]){0,40}\b(?<!from )(?:today|tonight|right now|this minute|on the spot|before you (?:go|leave))\b"
     # (a favour offered for tonight is no push: "may I book you a table on the rooftop tonight, on the house?")
     r"(?![^.?!]{0,30}\b(?:on the house|on us|free of charge|complimentary|no charge|at no (?:extra )?cost)\b)", 2.5)]
MOVE_CUES["pressure"].append(
    # Social proof and deadlines (brief section 7: no pressure; what others do is not a reason for this customer).
    (r"every(?:one|body) (?:else )?(?:in (?:your|the|this) (?:street|area|town|building|industry|sector|office|village|neighbou?rhood)|round here|around here|on your street|you know)? ?(?:has|have|is|are) (?:already )?(?:switched|bought|signed|ordered|moved|upgraded|got|getting|using|buying|switching)|"
     r"all (?:your|the) (?:neighbou?rs|competitors|colleagues|friends|rivals|peers) (?:have|are(?! (?:online|home|at home|in|out|awake|"
     r"asleep|streaming|watching|at work|on (?:it|the|their))\b)|use|already)|"
     # what others around the customer already do, as a reason: "Everyone on this street already sells them"
     r"(?:every(?:one|body)|all the (?:other )?(?:shops|stores|businesses|firms|companies|farms|practices|schools|people|families)|"
     r"most (?:of )?(?:your|the) (?:neighbou?rs|competitors|rivals|peers|colleagues)|(?:the|your) (?:neighbou?rs|competitors|rivals)) "
     r"(?:on|in|round|around|near|down|across|at) (?:this |your |the |here|there)[\w ]{0,20}?"
     r"(?:already (?:sells?|stocks?|uses?|has|have|buys?|switched|signed|ordered|upgraded|moved)|sells?|stocks?|switched|signed|ordered|upgraded)\b|"
     r"most (?:of )?(?:your|the) (?:neighbou?rs|competitors|rivals|peers|colleagues) (?:have|are|use|already)\b|"
     r"(?:thousands|millions|hundreds) of (?:people|customers|businesses|families) can't be wrong|selling like hot ?cakes|flying off the shelves|"
     r"(?:i|we) can only (?:hold|keep|reserve|offer|guarantee|do) (?:this|that|the|it)\b[^.?!]{0,30}?(?:until|till|for|today|tonight|this)|"
     r"(?:only|just) (?:until|till) (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|tonight|today|tomorrow|friday|the end|noon|midnight|close)"
     # (forty-ninth round, blind174 read) a plan in two halves is no deadline: "Radio edits only until ten, and after ten…"
     r"(?!\w*,? (?:and |then )?(?:after|from) )|"
     r"(?:price|offer|deal|rate|discount) (?:goes up|ends|expires|is gone|disappears) (?:tomorrow|tonight|at|on|next|after|by|soon|tomorrow)|"
     r"before (?:it's|they're|they are|it is) (?:all )?gone|(?<!over the )(?<!in the )(?<!for the )(?<!the past )(?<!your )(?<!my )(?<!his )(?<!her )(?<!their )(?<!our )(?<!using the )(?<!with the )(?<!about the )(?<!than the )(?<!from the )(?<!like the )(?<!made the )(?<!after the )(?<!before the )(?<!until the )(?<!till the )(?<!far is the )(?<!far's the )(?:last|final) (?:one|few|units?|chance|day)\b(?! from\b)(?! (?:\w+ )?(?:days?|weeks?|hours?|lessons?|sessions?) before\b)(?! (?:too|so|really|just|kept|never)\b)(?! (?:is |starts |goes |leaves |runs |finishes )?(?:at|from) \d| and a half| or (?:two|so))(?! of (?:the |each |every )?(?:month|quarter|year|week|term|season|period|cycle|close))(?! (?:became|was|were|broke|died|failed|we|you|i|they|had|did|got|ended|lasted|cost|\w+ed)\b)(?! (?:seasons?|years?|months?|weeks?|days|times|orders?|deliveries|visits?|jobs?|harvests?|quarters?|shifts?|invoices?|projects?|bills?|payments?|readings?|statements?|calls?|e?mails?|messages?|letters?|nights?|bookings?|tests?|results?|appointments?|sessions?|classes|lessons?|trips?)\b)|(?<!you )(?<!they )(?<!we )(?<!i )(?<!he )(?<!she )(?<!go, )(?<!go )don't (?:wait|delay|(?<!so don't )leave it|(?<=so don't )leave it(?= (?:too |so |that |this )?long\b|,? (?:these|they|it|prices?|offers?|stock|places?|dates?)\b))(?! (?:for|until|till) (?:the|your|his|her|their|an?) (?:appointment|visit|check-?up|call|results?|review|engineer|doctor|vet|nurse))", 2.5))
MOVE_CUES["argument"].append(
    # Blame, rules and passing the buck (brief section 6: never argue with the customer).
    (r"i (?:didn't|did not|don't) make the (?:rules|policy|policies)|rules are rules|(?:i|we) just work here|"
     r"(?:that's|that is|it's|it is|this is) not (?:my|our) (?:department|job|area|call|decision|remit|team)|"
     r"you(?:'ll| will) have to (?:call|ring|speak to|talk to|ask|contact|email|write to) (?:another|the other|someone else|a different|head office|customer services)|"
     # (not care for the customer's own decision: "Take it, read the conditions, and don't sign anything you don't understand.")
     r"(?:read|check|see) the (?:full |complete )?(?:terms|contract|small print|fine print|manual|instructions|faq|website|conditions|policy)"
     r"(?![^.?!]{0,40}\b(?:before (?:you sign|signing)|(?:don't|do not) sign))|"
     r"(?:if|when) (?:it's|it is|they're|they are|it was|they were) used (?:correctly|properly|right|as intended)|not a fault (?:with|of|in) (?:the|our|this)|"
     r"(?:your|the) (?:staff|people|team|employees|kids|son|daughter|husband|wife|partner) (?:are|were|is|was|keep) (?:\w+ing) (?:the |it |them )?(?:wrong|incorrectly|badly)|"
     r"(?:wrong|incorrect) paper|user[- ]error|(?<!\bas )(?<!\bnot )(?<!\bno )(?<!\bany )\bmisuse\b|if (?:your|you) (?:people |staff |team )?(?:had )?(?:read|followed) the|"
     r"it (?:says|said|is|was|'s) (?:clearly )?(?:so )?(?:in|on) the (?:terms|contract|manual|website|receipt|small print|fine print|conditions|(?:rental |hire )?agreement)|"
     r"user error|(?<!told )(?<!said )(?<!saying )(?<!say )(?<!claim )(?<!claimed )(?:that's|that is|it's|it is) (?:your|the customer's) (?:responsibility|problem|fault|own(?! [\w-]+ (?:figure|figures|number|numbers|target|targets|goal|goals|decision|call|choice|business|plant|shop|site|team|staff|customers?|name|money|time)\b))|(?:there's )?nothing (?:i|we) can do|"
     r"you should have (?:read|checked|asked|called|known|ordered)", 2.5))

#: Insults in the other languages the language gate recognises: a rude turn is never skipped
#: as "not English" (accents folded).
# -- offences said in plain, professional-sounding words (read on blind gaming dialogues 8-10) ---------
MOVE_CUES["rudeness"].append(
    # dismissing what the customer says as what everyone says, or as a try-on
    (r"every(?:one|body) says (?:they|that|so)|people say that a lot|we get a lot of (?:these|those|that)|"
     r"(?:she's|he's|they're|you're) (?:just )?trying it on|pulling a fast one|"
     # ("…call anytime if you want to check on it" and "Call your insurance agent first if you want" offer, they do not
     # dismiss: fiftieth round, blind188 read)
     r"(?<!a )(?<!the )(?:appeal|complain|fill (?:in|out) the form|try|(?:ring|call)(?! (?:any ?time|your|my|me|us)\b))\b[^.?!]{0,30}\bif you (?:really )?want(?! (?:me|us) to)(?: to)?\b|"
     r"(?:^|(?<=[.?!] ))next!|(?:it's|it is|that's|that is) not (?:that )?(?:complicated|hard|difficult)\b|"
     r"did you really expect|what did you expect(?! by (?:now|then|this (?:point|stage)))|"
     # condescension in a question (blind32): "did nobody explain to you that laptops need charging?", "did you think
     # it runs on air?", "do you even know how old it is?", "or do you just ignore it?", "Suit yourself.", "don't come
     # back complaining", "think you'll manage to remember the cable?"
     r"did (?:nobody|no one|no-one) (?:ever )?(?:explain to you that|teach you (?:that|how))\b|\b(?:think|thought|expect|expected) (?:it|they|this|that)(?: \w+){1,2} (?:on|by) (?:air|magic)\b|"
     r"\b(?:do|did) you even (?:know|have|understand|read|use|look|check|try)\b|\bor do you just (?:ignore|forget|leave|throw)\b|"
     r"(?:^|(?<=[.?!] ))suit yourself\b|don't come (?:back )?(?:\w+ ){0,3}(?:complaining|moaning|crying)\b|"
     r"\b(?:think|reckon) you(?:'ll| will| can) manage\b", 3.0))
MOVE_CUES["argument"].append(
    # blame and lectures: "If you'd uploaded the right token…", "That's a user thing", "Next time, apply earlier"
    (r"\bif you(?:'d| had) (?:uploaded|used|read|checked|followed|sent|filled|entered|booked|applied|called|paid|given)\b|"
     # "you're not our only customer", "you're the fourth one today"
     r"\byou(?:'re| are) not (?:our|my) only (?:customer|client|patient|guest)\b|"
     r"you(?:'ve| have) (?:sent|given|used|uploaded|entered|picked) (?:us )?the wrong|"
     r"(?:customers|people|users|you) (?:really )?(?:need|have) to (?:check|read|double-check|make sure)\b[^.?!]{0,40}\b(?:before|otherwise)|"
     r"next time,? (?:maybe |please |just |try to )?(?:apply|check|double-check|read|book|call|look|make sure|plan|order|remember|follow)\b|"
     r"user (?:thing|error|problem|issue|fault)|(?:errors?|problem|issue|fault) (?:is|are|was|were|comes?) (?:from|on|in|with) your (?:file|side|end|data|network|device|paper)|"
     r"you (?:confirmed|agreed|said) you(?:'d)? (?:read|understood|checked)|was always going to be (?:risky|a problem|tight)|"
     r"nine times out of ten (?:it's|it is)|(?:follow|read) the manual (?:this time|next time)|"
     r"(?:you|your \w+) (?:parked|ordered|booked|used|sent|paid|signed|left)\b[^.?!]{0,50}, didn't (?:you|they|she|he)\b|"
     r"(?:most|other) (?:guests|customers|people|clients|patients) (?:don't|never|do not) (?:even )?(?:notice|complain|mind|have (?:a|this) problem)|"
     # twenty-sixth round (blind58 read): "nobody else has complained"
     r"\b(?:nobody|no one|no-one) else(?: (?:has|have|had))? (?:ever )?(?:complained|had (?:a|this|that|any|the same) (?:problem|issue|trouble))\b|"
     r"are you sure (?:it's|it is|it was|that's|that it's|it isn't|it wasn't|that isn't|that wasn't)\b|don't you think (?:maybe |perhaps )?(?:\w+ ){0,3}(?:would|could|should) be (?:easier|better|simpler)|"
     r"(?:aren't|are not|isn't|is not) (?:really )?(?:our|my) (?:department|job|area|problem|responsibility)|"
     r"(?:handled|dealt with|done|run) by (?:our|the|a) (?:contractor|supplier|partner|third party|other (?:team|department))s?\b[^.?!]{0,20}\bnot (?:by )?(?:us|me)|"
     # eighteenth round: "claim status is handled by the claims team, not customer service. you can email them"
     r"(?:handled|dealt with|done|managed|processed) by (?:our|the) (?:[\w-]+ ){0,2}(?:team|department|dept|office)\b[^.?!]{0,20}\bnot (?:by )?"
     r"(?:customer service|customer care|this (?:desk|office|team|department|line)|the (?:front desk|branch|shop|store|counter|helpline))\b|"
     r"(?:handled|dealt with|done|managed|processed) by (?:our|the) (?:[\w-]+ ){0,2}(?:team|department|dept|office)\b[^.?!]{0,30}[.,;]? ?(?:so )?"
     r"you(?: can| could| will need to|'ll need to| need to| have to| should) (?:email|e-mail|call|ring|phone|contact|write to|message) them\b|"
     # the customer's word put right, or their try at the fix doubted: "Our routers don't really flash orange, it'll be
     # amber.", "a restart normally sorts it if it's done properly"
     r"\b(?:our|the|these|those) (?:[\w-]+ ){0,2}(?:don't|do not|doesn't|does not) (?:really |actually |usually |normally )?(?:flash|show|turn|go|say|beep|glow) [\w-]+,? "
     r"(?:it'll|it will|it's|it must|that'll|that will|that's|that must|you mean) (?:be )?|"
     r"\b(?:normally|usually|always) (?:sorts|fixes|solves|cures) (?:it|that|this|the problem)\b[^.?!]{0,10}\bif (?:it's|it is|it was|you|it gets) (?:done|do it|did it|do) (?:properly|right|correctly)\b|"
     r"i (?:didn't|did not) (?:set|write) the (?:rules|policy)|have you (?:even )?read the (?:\w+ )?(?:rules|terms|policy|manual|guidelines|instructions)|"
     r"(?:there's|there is) not much (?:i|we) can do|(?:tracking|the system|the screen|our records?) says?\b[^.?!]{0,30},? so (?:it|that|you)\b", 2.5))
MOVE_CUES["pressure"].append(
    # scarcity, deadlines and the herd: "only three seats left", "the early-bird price closes at midnight"
    (r"(?:only|just) (?:have |got )?(?:a few|one|two|three|four|five|\d+) (?:seats?|places?|spots?|rooms?|slots?|units?|tables?|tickets?) left|"
     r"(?:discount|offer|price|deal|early[- ]bird|promotion)\b[^.?!]{0,20}\b(?:closes|ends|expires|goes)\b[^.?!]{0,20}\b(?:tonight|midnight|today|tomorrow|at \d|friday|this week)|"
     r"(?:almost |nearly )?all the (?:other )?(?:parents|families|people|customers|clients|businesses|shops|firms)\b[^.?!]{0,40}\b(?:have|has) already|"
     r"(?:the ones|people|those|customers) who wait (?:always |usually )?(?:end up|miss|lose|regret)|"
     r"(?:can't|cannot|won't) (?:hold|keep|guarantee|reserve) (?:the|this|that|your|her|his) (?:seat|place|room|booking|spot|table|slot|unit)|"
     r"another (?:customer|buyer|parent|family|client|couple|company) (?:called|rang|asked|is interested|wants|enquired)|"
     r"(?:make )?today the day|say yes (?:today|now|tonight)", 2.5))
MOVE_CUES["pressure_now"].append(
    (r"what would it take (?:for you |for us )?to (?:stay|renew|upgrade|sign up|join|keep|extend)\b", 2.5))
MOVE_CUES["closing"].append(
    # the alternative close: "Which would you prefer, paying monthly or in one payment?"
    (r"(?:which|what) would you prefer,? (?:paying|to pay|monthly|annually|in one payment|by card|cash|card)\b[^.?!]{0,60}\bor\b", 2.5))
MOVE_CUES["pitch"].append(
    (r"(?:many|most|lots|a lot) of our (?:clients|customers|users|members|guests) (?:choose|prefer|love|go for|pick)|"
     r"with (?:the |our )?[\w-]+(?: card| plan| package| membership| account| tier| subscription)? you (?:also )?get\b", 2.0))
MOVE_CUES["upsell"].append(
    # ("Is there anything else I should fix while I have you?" asks what else is wrong: no upsell)
    (r"(?<!\bfix )(?<!\bsort )(?<!\bsort out )(?<!\bcheck )(?<!\blook at )(?<!\bhelp with )(?<!\bsolve )(?<!\bsort that )(?<!\bfix that )"
     r"while i have you|(?:are|would) you (?:also |perhaps )?(?:be )?interested in (?:our|the|a|an)\b[^.?!]{0,40}\b(?:add-on|upgrade|extra|plan|package|card|cover|protection|insurance|subscription)", 2.5))

INSULTS: tuple[str, ...] = (
    "idiota", "imbecil", "estupido", "estupida", "tonto", "tonta", "mierda", "callese", "callate", "pendejo", "gilipollas",
    "burro", "imbecile", "connard", "connasse", "cretin", "debile", "ta gueule", "taisez-vous", "dummkopf", "depp",
    "idiot", "blod", "halt die klappe", "halts maul", "scheisse", "stupido", "stupida", "cretino", "vaffanculo",
    "stai zitto", "merda", "otario", "burra", "cala a boca", "idioot", "sukkel", "hou je mond", "stom", "stommerik",
)


# -- cues seen on 2026-12-01 in blind12 and the blind typed paths (development sets from then on) --
#: More cues, (move, (pattern, weight)), added to MOVE_CUES below.
MORE_CUES: list[tuple[str, tuple[str, float]]] = [
    ("commitment", (
        # proposing to fix a time together: "Shall we find a date in the next few weeks when you both can come?"
        r"\b(?:shall|should|can|could) (?:we|i) (?:find|fix|set|pick|agree|choose|look for) (?:a|the) (?:date|time|day|slot)\b"
        , 2.5)),
    ("paraphrase", (
        # opening a playback: "Let me get this right: …", "Just so I'm clear, …"
        r"\blet me get (?:this|that|it|everything) (?:right|straight)\b|\bjust so i(?:'m| am) (?:clear|sure)\b|"
        r"\bto be sure i(?:'ve| have) (?:got|understood) (?:it|this|that|you)\b"
        , 2.5)),
    ("closing", (
        # proposing a first step: "why don't we try it with next month's parcels only", "how about we start with one site"
        # (and put in the past: "what if we ran a trial in march on some of ur pallets…", sixty-first round, blind_typed24's
        # freight, read as a stuffed discovery question)
        r"\b(?:why don't we|how about we|what if we) (?:just )?(?:try|tried|start|started|book|booked|set up|run|ran|test|tested|"
        r"pilot|piloted|begin|began|do a|did a|go with|went with|put|gave|give|install|installed|send|sent|bring|brought)\b"
        , 2.5)),
    ("upsell", (
    # a price for something more, dropped after "anything else?": "lounge access for just 45 pounds",
    # "An upgrade to Premium is 380", "the upgrade is the better option for you"
    r"\bfor (?:just|only) (?:an extra |a further |another )?(?:[€£$] ?)?\d+(?:[.,]\d+)?(?: ?(?:pounds|euros?|dollars|quid|bucks|more|extra))?\b|"
    r"\ban? upgrade (?:to|for) (?:\w+ ){0,2}(?:is|costs|would be|for)\b|\bthe upgrade is (?:the )?(?:better|best|smarter)|"
    r"\b(?:is|are) (?:highly |strongly |really )?recommended\b[^.?!]{0,40}\d|"
    r"\b(?:just|only) (?:an extra |another )?(?:[€£$] ?)?\d+(?:[.,]\d+)? ?(?:pounds|euros?|dollars|quid|bucks)?(?: (?:a|per) (?:month|year|week|night|day))? (?:more|extra)\b"
        , 2.5)),
    ("pitch", (
    # a product named as the answer to a need the trainee claims to play back
    r"\b(?:that's|that is|which is) (?:exactly |precisely |just )?what (?:our|the) (?:[\w+-]+ ){1,3}(?:does|offers|gives|is for|solves)\b|"
    r"\b(?:our|the) (?:[\w-]+ ){0,2}(?:plan|membership|package|tier|subscription) (?:includes|gives you|lets you|comes with)\b"
        , 2.5)),
    ("rudeness", (
    # the customer quizzed on what they should have done first: "Did you check our status page before
    # contacting support?", "or did you just click export…?", "Do you think any system would handle that?"
    r"\bdid you (?:even |actually |really )?(?:check|read|look at|try) (?:our|the) (?:status page|help (?:article|page|centre|center)|faq|manual|guide|instructions|website|terms)\b[^.?!]{0,40}\bbefore\b|"
    r"\bhave you (?:even |actually )?read (?:our|the) (?:[\w-]+ )?(?:help (?:article|page)|faq|manual|guide|instructions|terms|polic(?:y|ies)|conditions|rules|small print)|"
    # ("…or did you just sort of work around it?" asks what happened: no careless act is put to the customer)
    r"\bor did you just (?:click|guess|ignore|forget|skip|assume|wing|press|plug|throw|bin|leave|hope|panic|give up|not|break|"
    r"drop|use|turn|switch|install|buy|order|sign|tick|type|delete|pull|push|put|shove|chuck)\b|\bdo you (?:really )?think any (?:system|one|company|business|shop|bank|app|software|provider) (?:would|could|can)\b|"
    # questions that doubt or talk down: "What part of 'no brand names' was confusing for you?", "how often would you
    # say you actually brush - honestly?", "did you think it'd just go away on its own?", "What do you think a
    # professional seller would do?"
    r"\bwhat part of\b[^?]{0,60}\b(?:was|is|did you find) (?:so )?(?:confusing|unclear|hard|difficult|complicated)\b|"
    r"\bwould you say you actually\b|[-–—,] honestly\?|"
    # twenty-sixth round (blind58 read): "did someone actually read the docs…?", "…or do you prefer to keep learning the
    # hard way?"
    r"\bdid (?:someone|somebody|anyone|anybody|they|your (?:team|people|staff|developers?|guys)) (?:even|actually|really) (?:read|check|test|look at|try)\b|"
    r"\b(?:keep )?learn(?:ing)? (?:it |this |that )?the hard way\b|"
    r"\bdid you (?:really |honestly )?(?:think|expect|hope) (?:it|this|that|the [\w-]+)(?:'d| would| will|'ll) (?:just )?(?:go away|fix itself|sort itself|disappear|clear up)\b|"
    r"\bwhat (?:do you think )?(?:a|any) (?:professional|sensible|reasonable|normal|responsible|serious) (?:[\w-]+ ){0,2}would do\b|"
    # the fault put on the customer as a guess, or their word doubted, in the shape of a question: "Maybe you
    # ordered the shio?", "maybe your staff signed the note without counting?", "Are you sure you locked it properly?"
    r"(?:^|[.!?,;] )(?:then |well,? |so )?maybe (?:you|your(?: [\w-]+){1,2}) (?:just |simply )?(?:booked|came|ordered|understood|misunderstood|used|pressed|"
    r"forgot|misread|didn't|did not|signed|damaged|dropped|broke|'re using|are using|is just|isn't|is not|aren't|got|put|set|left|clicked|typed|entered)\b|"
    r"\bare you (?:sure|certain) (?:that )?you (?:\w+ )?(?:locked|turned|plugged|switched|did|checked|sent|paid|followed|read|entered|typed|closed|set)\b[^.?!]{0,25}\b(?:properly|correctly|at all|right)\b"
        , 2.5)),
    ("argument", (
    # the fault put on the customer as a statement: "Sometimes it depends on how much you've had to drink",
    # "We get a lot of claims where people forgot and then say it was locked"
    r"\bhow much you(?:'ve| have)? (?:had to drink|drank|were drinking)\b|"
    r"\b(?:people|customers|they) (?:often |sometimes |usually )?(?:forget|forgot)\b[^.?!]{0,40}\b(?:and then|then) (?:say|claim|tell)\b"
        , 2.5)),
    ("commitment", (
    # a next step already taken for the customer: "I've booked it for redelivery tomorrow", "Engineer's booked for 8 to 1"
    r"\b(?:i've|i have|we've|we have) (?:just |now |also |already )?(?:booked|arranged|reported|flagged|logged|raised|added|applied|credited|refunded|"
    r"ordered|scheduled|reset|unblocked|reissued|issued|escalated|lodged|opened a|put (?:a|in|through))\b|"
    r"\b(?:engineer|technician|driver|courier|appointment|visit|refund|credit|replacement|redelivery|callback|call-back)(?:'s| is| has been| was) "
    r"(?:now |already )?(?:booked|arranged|scheduled|on (?:its|his|her|their) way|processed|issued|sent|confirmed)\b"
    # (not the booking that failed: "I can see a technician was booked for yesterday and didn't arrive")
    r"(?![^.?!;]{0,40}\b(?:yesterday|last (?:week|time|month)|didn't|did not|never|but|and nobody|and no one)\b)"
        , 2.5)),
]
for _move, _cue in MORE_CUES:
    MOVE_CUES[_move].append(_cue)

MOVE_CUES["argument"].append(
    # waving away what the customer says they see, taste or feel ("Hmm, that looks medium-rare to me")
    (r"\b(?:that|it|this|they|these|those)(?: \w+)? (?:looks?|seems?|tastes?|feels?|sounds?) (?:\w+[- ]?){0,2}(?:fine|ok|okay|normal|right|correct|good|alright|all right|medium[- ]rare|done|cooked|clean|the same) to me\b", 3.0))
MOVE_CUES["commitment"].append(
    # a next step already arranged, with its time ("I've booked our engineer for tomorrow between eight and ten")
    (r"\b(?:i've|i have|we've|we have) (?:just |now |already )?(?:booked|arranged|scheduled|ordered|reserved|logged|raised|requested|rebooked|sent)\b[^.?!]{0,60}?\b"
     r"(?:tomorrow|today|tonight|this (?:afternoon|evening|morning|week)|(?:on |next )?(?:" + WEEKDAY + r")|next week|first thing|"
     r"\d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)|between (?:\w+ ){1,3}and)\b", 2.5))
MOVE_CUES["rudeness"].append(
    # condescension in passing, however polite: "You'd be surprised how often that gets missed",
    # "people do forget, don't they?", "Sounds obvious, but…", "like it says on the box",
    # "What would you say your understanding is of how circuits work?", "We're not really here to…"
    (r"\byou'?d be (?:surprised|amazed)\b|\b(?:people|folks|customers) do (?:forget|miss)\b|\b(?:forget|miss)\b[^.?!]{0,20}, don't they\b|\bsounds obvious,? but\b|"
     r"\blike it says (?:on|in) (?:the|your) (?:box|label|instructions|manual|leaflet|website|key ?card|card|booking|confirmation|ticket|sign|email|"
     r"terms|receipt|contract|letter)\b|\bwhat (?:would you say|do you think) your understanding (?:is )?of\b|"
     r"\bwhat do you (?:feel|think) you (?:might|could) have done differently\b|\byou(?:'ve| have) got one,? i (?:assume|presume|take it)\b|"
     # (…but "I'm not here to do the pitch, you've heard it all" disowns a sales talk: fifty-seventh round, spoken voice)
     r"\b(?:we're|we are|i'm|i am) not (?:really )?here to (?:do|fix|sort|teach|hold)\b"
     r"(?! (?:(?:the|a|any|another|my|our|some|your) )?(?:usual |big |whole |same |standard |sales |hard |long )*(?:pitch|sell|speech|presentation|demo)\b)", 3.0))
MOVE_CUES["argument"].append(
    # "not my department" and "read the terms" in polite clothes: "that sits with our fraud department, so it's not
    # something I can access from here", "the account terms say holds can take 48 hours", "I'd recommend the FAQ"
    (r"\b(?:that|it|this) sits with (?:our|the) \w+ (?:department|team)\b|\b(?:it's|it is|that's|that is) not something (?:i|we) can (?:access|do|see|change|help with)(?: from here)?\b|"
     r"\bthe (?:\w+ ){0,3}terms (?:say|state|allow|mean)\b|\b(?:i'd|i would) (?:also )?(?:recommend|suggest) (?:the|our) (?:faq|help (?:page|centre|center)|help section)\b|"
     r"\b(?:they'll|they will|it'll|it will) (?:loosen|settle|wear in|sort itself|go away) (?:up |down |out )?(?:as|once|when|after) you\b|"
     # the fault put out of our reach: "which is really outside the front desk's hands", "it's not in our hands"
     r"\b(?:it's|it is|that's|that is|which is|which was|was) (?:really |simply |just |all )?(?:out of|outside(?: of)?) (?:our|my|the [\w']+(?: [\w']+)?) hands\b|"
     r"\b(?:it's|it is|that's|that is) not (?:in|under) (?:our|my) (?:hands|control)\b|"
     # the customer's part in it suggested politely: "We'd always advise customers to unpack frozen items
     # immediately", "Those details are always worth a second look", "it may be that they were left out too long"
     r"\b(?:we'?d|we would|i'?d|i would) always (?:advise|recommend|tell|suggest) (?:our )?(?:customers|people|clients|everyone|guests|patients) to\b|"
     r"\balways worth (?:a )?(?:second look|double[- ]checking)\b|\bit may be that (?:they|you|it) (?:were|was) (?:left|put|not)\b", 3.0))
MOVE_CUES["pressure"].append(
    # urgency and scarcity without the usual words: "so I'd book in fast", "so you don't lose the slot",
    # "what's stopping you from going with our package today", "most people on your road have gone for…",
    # "the storm rate ends this month, after that it's up 15%"
    (r"\bso (?:i'd|i would|you'd|you should|you'll want to) (?:book|move|act|decide|get in|sign) (?:in )?(?:fast|quickly|soon|now)\b|"
     # (the offer is what she would lose, not her own season or customers: "…capacity for double volume so u dont lose the
     # season. did i miss anything" plays back her stakes, fifty-ninth round)
     r"\bso (?:that )?you don't (?:lose|miss) (?:out\b|it\b(?! (?:all|again)\b)|(?:the|your|this|that) (?:\w+ )?(?:slot|place|spot|deal|"
     r"offer|price|rate|discount|chance|booking|reservation|unit|opportunity|window|date|space|seat)s?\b)|"
     r"\bwhat(?:'s| is) stopping you (?:from )?(?:going with|taking|booking|getting|choosing|starting)\b|"
     r"\b(?:most|many|a lot of|half (?:of )?the) (?:people|customers|households|businesses|families|neighbours|homes) (?:on|in|round|around) (?:your|this|the) (?:road|street|area|estate|block|building|town|industry|sector)\b|"
     r"\b(?:rate|price|offer|deal|discount)s? (?:ends?|expires?|finish(?:es)?|goes up|runs out) (?:this|at the end of|on|by|after)\b", 2.5))
MOVE_CUES["closing"].append(
    # the alternative close: "Which works better for you - the standard package this Sunday, or the premium one?"
    (r"\bwhich (?:works|suits|would work|would suit) (?:better|best) for you\b[^.?!]{0,60}\b(?:package|plan|option|one|model|bundle|tier|version)\b[^.?!]{0,40}\bor\b|"
     r"\bhow would you feel about (?:us )?(?:getting|booking|starting|putting|sending|going ahead|signing|setting)\b", 2.5))
MOVE_CUES["pitch"].append(
    # buzzwords that sell the company, not the answer: "your experience is our number one priority",
    # "we value our relationship with you and want to partner with you on his health journey"
    (r"\b(?:your|the) (?:\w+ )?(?:experience|wellbeing|satisfaction|success|journey)\b[^.?!]{0,30}\b(?:is|are) our (?:number one|top|first|highest) priority\b|"
     r"\b(?:we|i) value (?:our|the|your) (?:relationship|partnership|business)\b|\bpartner with you on\b|\b(?:health|learning|wellness|customer|growth|digital) journey\b", 2.0))
MOVE_CUES["commitment"].append(
    # a visit offered with its time: "Dave can come Friday between 8 and 10", "We can be there tomorrow morning"
    (r"\b(?:i|we|he|she|they|someone|\w+) (?:can|could|will|'ll) (?:come|pop (?:in|round|over|by)|be (?:there|with you|round)|call round|visit|fit you in|see (?:you|her|him|them))\b[^.?!]{0,25}?\b"
     r"(?:today|tomorrow|tonight|this (?:afternoon|evening|morning|week)|(?:on )?(?:" + WEEKDAY + r")|"
     r"at \d{1,2}(?::\d\d)?|\d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)|between \d)", 2.5))
MOVE_CUES["argument"].append(
    # telling the customer their symptom cannot be real: "they can't be making you dizzy", "you just need to get used to them"
    (r"\b(?:it|they|that|this|these|those) (?:can't|cannot|couldn't|can not) (?:possibly )?(?:be )?(?:making|causing|giving|the (?:problem|cause|reason))\b|"
     r"\byou (?:just|simply|only) need to get used to\b", 3.0))

MOVE_CUES["closing"].append(
    # the alternative close in more shapes: a choice between ways to buy, pay, book or start that takes the
    # yes for granted ("How would you like to take care of it - no-interest or card today?", "Which dates shall
    # I lock in, the 12th or the 19th?", "How soon would you like him enjoying it - this week or next?",
    # "Which of our three plans are you already picturing?", "…the contract, who should it go to for signature?")
    (r"\bhow would you like to (?:pay|take care of (?:it|that|this)|settle (?:it|up|that)|spread (?:it|the cost|the payments?)|finance (?:it|that)|cover (?:it|that))\b[^.?!]{0,80}\bor\b|"
     r"\b(?:which|what) (?:day|date|time|week|slot|morning|afternoon|evening)s? (?:shall|should|can|could) (?:i|we) (?:lock in|book|pencil in|reserve|hold|secure|put you down for|tell (?:our|the) (?:\w+ ){0,2}to come|send (?:the|our) \w+)\b|"
     r"\bhow soon would you like (?:\w+ ){0,4}?(?:enjoying|using|to (?:have|start|get|enjoy|use|move)|started|installed|delivered|set up|on board)\b|"
     r"\bwhich (?:of (?:our|the|these|those) )?(?:\w+ ){0,2}(?:plans?|packages?|models?|options?|bundles?|tiers?|versions?) (?:are you|would you be|will you be) (?:already )?(?:picturing|going for|taking|leaning towards|choosing|signing up for|starting with)\b|"
     r"\b(?:shall|should|can) (?:i|we) (?:put you down|lock (?:it|you|that) in|book (?:you|it) in|reserve (?:it|them)|secure (?:it|the \w+)|hold (?:it|the \w+)) for\b[^.?!]{0,60}\bor\b|"
     r"\b(?:contract|agreement|paperwork|order form)\b[^.?!]{0,80}\bwho should (?:it|that|they|i send it)\b|\bwho should (?:sign|the contract go to|i send the contract)\b", 2.5))
MOVE_CUES["rudeness"].append(
    # blame asked as a question (argument cues are read in statements only): "What made you decide to wait a whole
    # day before calling?" (not a kind "What made you put it off?"), "What would you say
    # has stopped you looking after your teeth?", "Why would you be the first company to put zinc next to a
    # salted road?", "Did you actually say it was for outdoor use?"
    (r"\bwhat made you (?:decide to |choose to )?(?:wait|leave it|put it off|hold off) (?:a whole|so long|that long|this long|all this time|until)\b|"
     r"\b(?:what|who) (?:has|have|would you say has|'s|do you think has) stopped you (?:from )?(?:looking after|taking care of) your\b|"
     r"\bwhy would you (?:ever |even )?(?:be the (?:first|only)|put|leave|ignore|wait|expect)\b|"
     r"\b(?:did|didn't) you (?:actually|even|really) (?:say|tell|mention|check|read|ask|think to)\b", 3.0))
MOVE_CUES["closing"].append(
    # asking for the order so as to write it: "How many lamps do you want in the first order, so I can write it now?"
    (r"\bso (?:that )?(?:i|we) can (?:write|put|book|place|process|ring|key|send|set) (?:it|that|this|the order|you)\b"
     r"(?: (?:up|down|through|in))?(?: (?:now|today|straight away|right away|for you))?(?=[.?!]|$)", 2.5))
MOVE_CUES["closing"].append(
    # the close said as a plan: "Drill and bits to the till, two-minute demo, my number on the receipt. Let's go."
    # ("let's get that sorted" in a service call fixes a problem: no close)
    (r"\b(?:let's|lets|let us) (?:do it|do this|get (?:you|it|this|that) (?:set up|started|rung up|ordered|booked))\b|"
     r"(?:^|(?<=[.!] ))(?:ok(?:ay)?,? |right,? |great,? )?(?:let's|lets) go[.!]?$|\b(?:to|at) the (?:till|checkout|register)\b(?! office)", 2.5))
MOVE_CUES["pitch"].append(
    # what the product does, said plainly or in learner's English ("Our ERP automates consolidation", "Our system
    # show which driver use more fuel", "With our system you see all trucks on map", "It save 10 percent of fuel")
    (r"\b(?:our|my) (?:[\w-]+ ){0,2}(?:system|software|platform|app|product|solution|tool|erp|crm|service|machine|device|"
     r"model|package|plan|course|programme|program|module|lamps?|pumps?|seals?|drill)s? (?:automates?|shows?|saves?|cuts?|"
     r"reduces?|tracks?|gives you|helps? you|lets you|makes? (?:it|your|you)|handles?|pays? for itself|protects?|prevents?|"
     r"guarantees?|does it all|does everything)\b|"
     r"\bwith (?:our|my|this) (?:[\w-]+ ){0,2}(?:system|software|platform|app|product|solution|tool|service|package|plan)s?,? "
     r"you (?:can |will |'ll |also )?(?:see|get|save|track|know|have|cut|never)\b|"
     r"\b(?:we|i) (?:have|sell|offer|make) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:software|system|platform|app|solution)s? for\b|"
     r"\b(?:it|this|that|they) (?:save|saves|cut|cuts|reduce|reduces) (?:you )?(?:up to |about |around )?(?:\d+|ten|twenty|thirty)"
     r" ?(?:%|percent|per cent)|"
     r"\bour (?:customers|clients|users) (?:typically|usually|often|all|always) (?:get|see|save|cut|reduce|bring)\b|"
     r"\bwe have (?:over |more than |some )?\d[\d,]* (?:\w+ ){0,2}(?:using|customers|clients|users)\b", 2.0))
MOVE_CUES["leading"].append(
    # flattery as the reason to say yes: "A great businessman like you surely sees a good lamp", "Such a smart man
    # surely has no problem with our lamps", "You are so wise, sir"
    (r"\b(?:a|such a) (?:great|smart|clever|wise|successful|savvy|sharp|experienced) (?:[\w-]+ ){0,2}?(?:like you|as you)\b|"
     r"\bsuch a (?:smart|clever|wise|great|sharp|experienced) (?:[\w-]+ )?(?:surely|must|would|will|can|knows?)\b|"
     r"\bsurely (?:you|a (?:[\w-]+ ){1,2}like you) (?:can|will|would|see|sees|know|knows|agree|understand)\b|"
     r"\byou(?:'re| are) (?:so|very|such a) (?:wise|clever|smart|sharp|intelligent)\b", 2.5))
MOVE_CUES["closing"].append(
    # the yes taken as said: "So we're agreed: you'll take the package from Monday", "That's settled", "Welcome
    # aboard!" (the rubric reads it as pressure unless the customer had agreed)
    (r"\b(?:so )?(?:we're|we are) agreed\b|\b(?:that's|that is|it's) (?:settled|a deal|agreed)\b|"
     r"\byou(?:'ve| have) (?:already )?said yes\b|\bwelcome aboard\b|\bthanks? (?:you )?for your (?:business|order)\b|"
     r"\bsigned and sealed\b|\b(?:i've|i have) (?:already )?(?:booked|signed|put|pencilled) you (?:in|down|up)\b", 2.5))
MOVE_CUES["closing"].append(
    # asking for the sale in the plain words of a till or a handshake: "so I'll ring it up with the bits, ok?",
    # "I put it through now?", "I send you the contract today, you sign, we start. OK?", "So we have deal?",
    # "So we write the first Kisumu order ... - agreed?", "Shall we go to the consultation room and try it?",
    # "Would you like to take this one home today?", "so you want it?"
    (r"\bring (?:it|them|this|that|you|everything) up\b|"
     r"(?<!before )(?<!once )(?<!after )(?<!since )(?<!when )(?<!until )\b(?:i|we|shall i|should i|can i) (?:put|ring|process|book|write|key) (?:it|that|this|the order|them|you) (?:through|up|in|down)\b(?<!write it down)(?<!write that down)(?<!write them down)(?<!write this down)|"
     r"\b(?:i|we|shall i|should i|can i) write (?:it|that|this) down as (?:an?|the|your) order\b|"
     r"\b(?:i|we)(?:'ll| will)? send (?:you )?the (?:contract|agreement|paperwork|order form)\b[^.?!]{0,40}\byou sign\b|"
     r"\b(?:do |so |then )?we have (?:a )?deal\b|(?:^|[,;:.-] ?)(?:agreed|deal|do we have a deal)\?$|"
     r"\b(?:so |then )?(?:we|i) (?:write|place|put in|book|sign) (?:the|your|our|a) (?:first )?(?:order|contract|booking|agreement)\b|"
     # ("Shall we go through it together?" offers to help with the customer's list: fiftieth round, blind188 read)
     r"\bshall (?:we|i) (?:go(?! (?:through|over)\b[^.?!]{0,25}\btogether\b)|try|start|book|set|get|put|pop|head|take|do)\b|"
     r"\bwould you like to (?:take|have|buy|order|get) (?:this|that|it|one|them)(?: one)?\b|"
     r"^(?:so,? |ok(?:ay)?,? )?you (?:want|wanna|would like|'d like|will take|take) (?:it|them|this one|that one|one)\??$", 2.5))
MOVE_CUES["closing"].append(
    # taking up the time the customer offered: "Saturday after ten it is - the technician and I will be there."
    # (not a kind of ticket the customer asked for: "One way it is." - blind105 read)
    (r"^(?:ok(?:ay)?,? |great,? |perfect,? |fine,? |right,? )?(?!(?:one|two|round)[ -]way\b)(?:[\w']+ ){0,2}(?:monday|tuesday|wednesday|thursday|friday|"
     r"saturday|sunday|tomorrow|tonight|morning|afternoon|evening|weekend|noon|\d[\w:]*|one|two|three|four|five|six|seven|"
     r"eight|nine|ten|eleven|twelve)(?! minutes?\b| mins?\b| seconds?\b)(?: [\w']+){0,3}(?<!minutes)(?<!minute)(?<!mins) it is(?= -|[,.!]|$)", 2.5))
MOVE_CUES["commitment"].append(
    # "I'll text you my number now", "the technician and I will be there"
    (r"\b(?:i|we)(?:'ll| will) (?:text|send|call|ring|email|message) (?:you )?(?:my|our|the)\b[^.?!]{0,40}\b(?:now|right now)\b|"
     r"\b(?:and )?(?:i|we)(?:'ll| will) be there\b", 2.5))
MOVE_CUES["hypothesis"].append(
    # the test with its own subject: "if the cost weren't a problem until March, would getting help with the books be
    # something you'd want?"; in learner's English: "if the risk was smaller, ..., then it will be interesting for you?"
    (r"\bif\b[^.?!]{3,140}?, (?:would|will|could|might)\b(?! you\b)[^.?!]{0,100}\b(?:you|you'd|you'll|your)\b[^.?!]{0,60}\?|"
     r"\bif\b[^.?!]{3,140}?,? then (?:it|that|this|you) (?:will|would|is|could)\b[^.?!]{0,80}\?", 3.0))
MOVE_CUES["pitch_claim"].append(
    # a price per person, night or kilo, announced: "a three-course package at 45 per person"
    # (a bare number per day, hour or unit is a price only when put as one - "for 15 a day" -, not "so 200 a day for accra
    # is safe", the loaves a bakery must make: fifty-eighth round)
    (r"(?:(?:[€£$]\s?\d+(?:[.,]\d+)?|\b\d+(?:[.,]\d+)? ?(?:euros?|dollars?|pounds?|usd|eur|gbp|rand|pesos?|rupees?|yuan|reais|"
     r"francs?|soles|shillings)|\b(?:at|for|costs?|only|just|from) \d+(?:[.,]\d+)?)(?: a| per| each) "
     r"(?:person|head|guest|night|day|hour|cover|plate|kilo|kg|unit|truck|van|pallet)|"
     r"\b\d+(?:[.,]\d+)?(?: a| per| each) (?:person|head|guest|night|cover|plate))\b", 2.0))
MOVE_CUES["pitch"].append(
    # "We have a three-course golden anniversary package at 45 per person, with a sparkling wine toast included."
    (r"\b(?:we|i) (?:have|do|offer) (?:a|an|our|the) (?:[\w-]+ ){0,4}(?:package|plan|menu|deal|offer|bundle|option|set|range|"
     r"model|programme|program|course) (?:at|for|from|with|that|which)\b", 2.0))
MOVE_CUES["pitch"].append(
    # a claim for one's own product against the customer's worry: "Ours are clinically validated, so they're way more accurate."
    (r"\bours (?:are|is) (?:all )?(?:\w+ )?(?:validated|tested|proven|certified|approved|guaranteed|better|superior|the best)\b|"
     r"\b(?:way|much|far|a lot) (?:more|better) (?:accurate|reliable|precise|durable|efficient|robust)\b", 2.0))
MOVE_CUES["closing"].append(
    # "shall I ring those up for you?", "Then you'll take it?", "So, um, you'll take one today?"
    (r"\bring (?:those|these) up\b|"
     r"(?:^|(?<=[.!?] ))(?:so,? |then,? |ok(?:ay)?,? )?(?:um,? |like,? )*you(?:'ll| will) take (?:it|one|them|this one|that one)"
     r"(?: (?:today|now|then|home))?\?", 2.5))
MOVE_CUES["counter_question"].append(
    # "Can I ask, what is the part you need to talk more between you - the price, the risk with the data, or something other?"
    (r"\bwhat(?:'s| is) the (?:part|bit|thing|point|piece)\b[^.?!]{0,40}\b(?:talk|think|discuss|decide|check|worry|worried|bugging|holding)", 3.0))
MOVE_CUES["closing"].append(
    # "Thursday morning I come to the depot with the order form for Kisumu, and we sign it together."
    (r"\b(?:we|you) (?:can )?sign (?:it|the order|the contract|the form|the agreement)(?: together| then| there| on \w+)?(?=[.!?,]|$)|"
     r"\b(?:i|we)(?:'ll| will)? (?:come|bring|drop by|pop in|come by|come round)\b[^.?!]{0,40}\b(?:order form|contract|paperwork|agreement)\b", 2.5))
MOVE_CUES["leading"].append(
    # the product put in the customer's mouth as their need: "so you need our FleetPro software with live tracking - right?"
    (r"\b(?:so |and so |then )?you need (?:our (?:[\w-]+ ){0,3}(?:software|system|plan|package|product|model|app|service|"
     r"solution|subscription|membership|upgrade)|the (?:premium|pro|deluxe|top|gold|platinum|business|full|bigger) "
     r"(?:[\w-]+ ){0,2}(?:plan|package|model|version|option|tier))\b", 2.5))
MOVE_CUES["closing"].append(
    # "We start on Monday, okay?"
    (r"\bwe (?:start|begin|go live|kick off)\b[^.?!]{0,30}\b(?:on \w+day|monday|tuesday|wednesday|thursday|friday|next week|"
     r"tomorrow|next month)\b[^.?!]{0,12}\?", 2.5))
MOVE_CUES["closing"].append(
    # ringing up a sale the customer has agreed to: "done. tap here, safe flight", "pay at the till when you're ready"
    (r"\btap (?:here|your (?:card|phone)|to pay)\b|\b(?:you can )?pay (?:here|at the (?:till|counter|register|desk))\b", 2.5))
MOVE_CUES["closing"].append(
    # a proposal put to the customer: "Then shall we agree now to start the pilot on the first?", "so let's do the
    # test reading together now, and then you can take it home today. Sound good?"
    (r"\b(?:shall|should|can) we (?:agree|settle)\b(?! (?:on )?(?:what|how|why|where|which|who|first)\b)(?! (?:on )?the (?:problem|need|issue)\b)|"
     r"(?<!before i )(?<!before we )(?<!before you )(?<!once i )(?<!when i )\block (?:it|that|this) in\b|"
     r"\blet's (?:do|start|go with|book|get|set up|try|run|go ahead)\b(?! with (?:your|you|what|how|why|a (?:few|couple)|some|the basics|"
     r"questions?|understanding|the problem))[^?!]{0,120}?[.,]?\s*(?:sound good|sounds good|ok|okay|alright|all right|deal|yes)\s*\?", 2.5))
MOVE_CUES["closing"].append(
    # typed offers to complete the sale and presumptive wrap-ups: "so shall i drop the box off", "im putting you down
    # for one box", "so deal, ill bring the box in", "thats us done then"
    (r"\b(?:shall|should|can) i (?:drop|bring|leave|pop) (?:the|a|an|your|it|them|one|some|two|three)\b[^.?!]{0,30}?\b(?:off|in|round|over)\b|"
     r"\b(?:shall|should|can) i (?:put|book|sign|pencil) you (?:down|in|up)\b|\b(?:shall|should|can) i ring (?:it|that|them|those|this) up\b|"
     r"\b(?:i'm|i am) (?:putting|booking|signing|writing|pencilling|penciling) you (?:down|in|up)\b|\bthat's (?:us|you) (?:done|sorted|all set)\b|"
     r"(?:^|\bso,? )deal[,.!]? (?:then|i'll|we'll)\b", 2.5))
MOVE_CUES["pitch"].append(
    # the seller's own brand told before any question: "were a new plantain chip brand, really popular in london
    # already, 30 percent margin for you" (each alone is an introduction; two of them sell)
    (r"\b(?:we're|we are) (?:a|the) (?:new |leading |fast-growing |young |local |family )?(?:[\w-]+ ){0,2}(?:brand|company|supplier|firm|start-?up|maker|producer)\b|"
     r"\b(?:really|very|super) popular (?:in|with|at|across)\b|\b\d+ ?(?:percent|%) margin\b", 1.0))
MOVE_CUES["upsell"].append(
    # extras slipped in after "anything else?": "we also do warehousing, insurance and customs", "want to add the
    # Easter express lane?" (an add-on that meets the need the customer named is no upsell)
    (r"\bwe (?:also|even) (?:do|offer|sell|provide) [^.?!]{0,40},[^.?!]{0,40}\band\b|\b(?:want|like) to add (?:the|a|an|our)\b|"
     r"\b(?:should|shall|can) i (?:add|throw in|include) (?:the|a|an|our|that|those|some)\b"
     r"(?![^.?!]{0,50}\b(?:free|at no (?:extra )?cost|no charge|free of charge|on us)\b)", 2.5))
MOVE_CUES["commitment"].append(
    # the time first: "Tomorrow morning I'll check the zone 4 log and message you either way", "By Friday we'll have the part"
    (r"\b(?:tomorrow|today|tonight|this (?:afternoon|evening|morning|week)|(?:on |by |first thing )?(?:monday|tuesday|wednesday|thursday|"
     r"friday|saturday|sunday)|first thing|by (?:noon|midday|the end of (?:the day|today|the week)))(?: morning| afternoon| evening| night)?,? "
     r"(?:i|we)(?:'ll| will| am going to|'m going to) (?:personally |also |then |first )?(?:call|ring|phone|email|e-mail|send|check|chase|"
     r"text|message|confirm|come|visit|deliver|bring|update|have|get|fix|replace|refund|look)\b", 2.5))
MOVE_CUES["closing"].append(
    # a sale declared done before the customer said yes: "so we're all agreed, yeah?", "that's a yes then!",
    # "you're on board with us for spring", "that's all sorted then"
    (r"\b(?:so )?we're all agreed\b|\bthat's a yes,? then\b|\byou're on board\b|\bthat's (?:all )?sorted,? then\b", 2.5))
MOVE_CUES["leading"].append(
    # flattery as the reason to agree: "someone as sharp as you obviously already knows what you need, right?"
    (r"\bsomeone (?:as|so) (?:sharp|smart|clever|savvy|experienced|wise|successful|switched-on) (?:as you|like you)\b|"
     r"\b(?:a|the) (?:smart|savvy|clever|sharp) (?:business(?:wo)?man|owner|buyer|manager|customer) like you\b", 2.5))
MOVE_CUES["evidence_offer"].append(
    # proof from someone else who uses it: "last season's figures from a distributor in Eldoret - she's happy to
    # take your call", "I can put you in touch with a baker who runs two of them"
    (r"\b(?:last (?:season|year|month|quarter)'s|the|real) (?:sales )?(?:figures|numbers|results) (?:from|of) (?:a|an|one|another) \w+|"
     r"\b(?:happy|glad|willing) to (?:take|get) (?:your|a) (?:call|phone call)\b|\bhear it from (?:her|him|them|a customer|one of)\b|"
     r"\bput you in touch with (?:one of )?(?:our|a|an|another|other|some) (?:[\w-]+ ){0,2}(?:customers?|clients?|distributors?|"
     r"owners?|users?|bakers?|farmers?|shops?|retailers?|buyers?|dealers?)\b", 2.0))
MOVE_CUES["rudeness"].append(
    # a put-down of how the customer works, however politely framed: "frankly, not how a serious bakery should be
    # run", "with the greatest respect, most logistics managers just don't plan spring properly"
    (r"\bnot how (?:a|any) (?:serious|proper|professional|real|competent|well-run) [\w-]+ (?:should|would|ought to) be (?:run|managed|done)\b|"
     r"\bwith (?:the greatest|all due|all) respect,? [^.?!]{0,60}\b(?:just )?(?:don't|doesn't|can't|never) [^.?!]{0,30}\b(?:properly|right|correctly)\b", 2.5))
MOVE_CUES["commitment"].append(
    # a time proposed for the next step: "First step would be a tasting - would one evening next week work for you both?"
    (r"\b(?:would|does|could|will) (?:one|an|a|some|any) (?:evening|morning|afternoon|day|weekday|time|slot)\b[^.?!]{0,25}"
     r"\bwork (?:for|with) (?:you|the two of you|both of you)(?: both| all| two)?\s*(?:\?|$)|\b(?:the )?first step would be (?:a|an|to)\b|"
     # …or asked for: "Which evening next week suits you best?", "Which day next week works for you and your sister?"
     r"\b(?:which|what) (?:day|evening|morning|afternoon|time|date|slot|weekday)s?\b(?: [\w']+){0,3}? (?:suits|works|would suit|would work|"
     r"is (?:good|best|easiest)|would be (?:good|best|easiest))(?: best)?(?: for)? (?:you|the two of you|both of you)\b", 2.0))
MOVE_CUES["pitch"].append(
    # a model's features listed: "This one is clinically validated, stores ninety readings, has a large display and
    # detects an irregular heartbeat"
    (r"\b(?:this one|this model|that one|it|ours)(?:'s| is) (?:clinically |independently |fully |lab[- ])?(?:validated|certified|approved)\b|"
     r"\b(?:stores|holds|saves|remembers) (?:up to )?(?:\d+|[a-z]+ty|a hundred|hundreds of) (?:readings|photos|songs|hours|files|records|measurements)\b|"
     r"\bdetects (?:an? )?(?:irregular|abnormal)\b", 1.5))
MOVE_CUES["pressure"].append(
    # a time-limited offer: "and it's on offer this week", "they're on special until Friday"
    (r"\b(?:it's|it is|they're|they are|that's|that one's|this one's) on (?:offer|sale|special|promotion) "
     r"(?:this week|today|tonight)\b", 2.5))
MOVE_CUES["upsell"].append(
    # the dearer model or an extra pressed on top: "You'll want the premium model too", "I'll ring up the premium
    # model with the extended warranty"
    (r"\byou(?:'ll| will)(?: also)? (?:want|need) (?:the|a|our) (?:[\w-]+ ){0,3}(?:too|as well)\b|"
     r"\b(?:with|plus|and) (?:the|an|our) extended warranty\b", 2.5))
MOVE_CUES["closing"].append(
    # the payment asked for as if the sale were made: "Cash or card?", "…let's get you the premium one today"
    (r"\b(?:cash or card|card or cash)\b|\blet's get you (?:the|a|our) [\w -]{0,30}\b(?:today|now|right away)\b|"
     r"\bi(?:'ll| will) (?:ring|put) (?:it|that|them|the \w+(?: \w+)?) (?:up|through)\b", 2.5))
MOVE_CUES["argument"].append(
    # her bad experience waved away: "supermarket ones are cheap, ours are much more accurate, that won't happen with
    # this one"
    (r"\bthat (?:won't|will never|would never|can't|couldn't) happen (?:with|to) (?:this one|ours|our \w+|us)\b", 2.5))
MOVE_CUES["pressure"].append(
    # scarcity and the crowd, said in passing: "Just so you know the June dates go fast", "…and add the champagne
    # reception? Most families take it." ("I wouldn't leave it long" of a seized brake is advice, not pressure)
    (r"\b(?:dates|slots|places|spots|seats|tickets|rooms|tables|units) (?:go|are going|sell out|are selling) (?:fast|quickly|quick)\b|"
     r"\bmost (?:families|people|customers|couples|clients|shops|businesses) (?:take|go for|choose|add|get|pick) (?:it|that|this|them|one)\b", 2.5))
MOVE_CUES["upsell"].append(
    # an extra added to the order in passing: "Shall I put down eighty guests with the standard package, and add the
    # champagne reception?"
    (r"\band (?:i'll |we'll |shall i |should i )?add (?:the|a|an|our) (?:[\w-]+ ){0,2}(?:reception|package|upgrade|extras?|premium|"
     r"warranty|insurance|option|bundle|service plan)\b", 2.5))
MOVE_CUES["leading"].append(
    # our offer asked as the obvious answer: "Wouldn't our golden wedding package be the perfect way to make your
    # parents happy?"
    (r"\bwouldn't (?:our|this) [^.?!]{0,80}\bbe (?:the )?(?:perfect|ideal|best|right|obvious)\b", 2.5))
MOVE_CUES["argument"].append(
    # the fault put on what the customer did, and our own work defended: "the problem is the fuel you put in", "Our
    # mechanics did the service correctly", "that's usually what causes this" (of what the customer did), "That's not
    # something the service can cover"
    (r"\bthe (?:problem|issue|cause|fault) (?:is|was) (?:the|your) (?:[\w-]+ ){0,3}you (?:put|used|use|bought|chose|did|plugged|fed|gave)\b|"
     r"\bour (?:mechanics?|engineers?|technicians?|team|staff|installers?|drivers?|people|guys) (?:did|carried out|fitted|installed|delivered) "
     r"(?:the|it|everything|the job|the work|the service|the install\w*)(?: \w+)? (?:correctly|properly|right|by the book|perfectly|to standard)\b|"
     r"\byou(?:'ve| have)? been (?:using|buying|putting in|feeding it) (?:cheap|the wrong|low[- ]grade|poor)\b|"
     r"\b(?:that's|that is|it's|it is) not something (?:the|our|your) (?:service|warranty|guarantee|policy|cover|repair) (?:can |will |would )?covers?\b", 2.5))
MOVE_CUES["rudeness"].append(
    # the customer's careless act suggested through what "many customers" do: "Many customers forget that water gets
    # into the engine when they park outside"
    (r"\b(?:many|most|a lot of|lots of|some|plenty of) (?:customers|people|owners|users|clients|patients|guests) (?:forget (?:that|to)|don't realise that|"
     r"don't realize that|don't understand (?:that|how)|don't read|don't check|misuse|ignore)\b(?![^.?!]*\bso (?:i|we)(?:'ll|'ve| will| have)\b)", 3.0))
MOVE_CUES["closing"].append(
    # the alternative close on a day or a way to pay: "So which would you prefer for the surgery: Monday morning or
    # Wednesday afternoon?", "What would be the best week to start your treatment — this one or the next?", "Which
    # payment option works better for you — twelve instalments, or ten percent off?", "which day will you come in to sign?"
    (r"\b(?:which|what) (?:would you prefer|would be (?:the|a) (?:best|better|good) (?:day|week|date|time|month))\b[^.?!]{0,80}"
     r"\b(?:" + WEEKDAY + r"|morning|afternoon|evening|this (?:week|one|month)|"
     r"next (?:week|one|month)|tomorrow|today)\b[^.?!]{0,40}\bor\b|"
     r"\b(?:which|what) (?:payment|finance|financing|instal?ment) (?:option|plan|method)s? (?:works?|suits?|would (?:work|suit)|would you (?:prefer|like|choose))\b|"
     r"\b(?:will|would|can) you come (?:in|by|round|over) to (?:sign|pay|start|collect|book|order)\b", 2.5))
MOVE_CUES["rudeness"].append(
    # talking down to a customer who rebooks: "you do realise other patients are waiting for these slots, right?",
    # "Try to actually make this one."
    (r"\byou do reali[sz]e\b|\byou reali[sz]e (?:that )?(?:other|we|there|people|everyone)\b[^.?!]{0,60},? right\?|"
     r"\btry (?:to )?(?:actually|at least) (?:make|turn up|show up|come|read|listen|be)\b|"
     r"\b(?:actually|at least) (?:make|turn up for|show up (?:for|to)|come to) (?:this|it|the next) (?:one|time|appointment)\b", 3.0))
MOVE_CUES["argument"].append(
    # "not my department" in other words: "Medical questions are for the dentist when you come in — I'm reception."
    (r"\b(?:i'm|i am) (?:just |only )?(?:reception|the receptionist|the front desk|front desk|a cashier|just sales|only sales)(?=\s*[.!,;—-]|$)|"
     r"\b(?:those|these|such|medical|technical|billing|that kind of) (?:questions?|things?|matters?) (?:are|is) for (?:the|your) "
     r"(?:dentist|doctor|gp|manager|engineer|technician|bank|insurer|manufacturer|accountant|lawyer|pharmacist|vet)\b", 2.5))
MOVE_CUES["upsell"].append(
    # a dearer plan pressed while the customer asks for help: "Did you know our Pro plan includes automatic accountant
    # sharing…?", "would you like a link to try Pro free for 14 days?"
    (r"\bdid you know (?:that )?our (?:[\w-]+ ){0,2}(?:plan|package|tier|version|upgrade|subscription|membership|edition|bundle)\b|"
     r"\bwould you like (?:a link |me to send you a link |us )?to (?:try|upgrade to|switch to) (?:our |the )?(?:pro|premium|plus|business|"
     r"gold|platinum|[\w-]+ (?:plan|tier|package|edition))\b", 2.5))
MOVE_CUES["rudeness"].append(
    # the baker asked whether he does his own job right: "A lot of bakers forget in the autumn.", "are you sure you're
    # weighing the water…?", "Have you considered that maybe your levain is getting weaker?"
    (r"\b(?:many|most|a lot of|lots of|plenty of) (?:[\w-]+s) forget\b(?![^.?!]*\bso (?:i|we)(?:'ll|'ve| will| have)\b)|"
     r"\bare you sure (?:you're|you are) (?:\w+ing)\b|\bhave you considered (?:that )?(?:maybe |perhaps )?your (?:[\w-]+ ){1,3}(?:is|was|might|could|may|isn't|wasn't|has|had|needs?)\b", 3.0))
MOVE_CUES["argument"].append(
    # the fault put on how the customer treated it, and our own check held up against theirs: "More likely it's been
    # knocked since.", "it was working when it left here"; a worry waved away: "They won't, honestly."
    (r"\b(?:more likely|most likely|probably|i'd say|looks like|chances are)(?:,)? (?:it's|it has|it was|it's been|it has been|you've|you have|you) "
     r"(?:been )?(?:knocked|dropped|damaged|bumped|bent|got wet|been wet|mishandled|misused|sat on|stood on)\b|"
     r"\bit was (?:working|fine|perfect|ok|okay) when it left (?:here|us|the shop|the workshop|the factory)\b|"
     # the customer's own diagnosis contradicted with our check: "We tested it before we left and it was dry, a new
     # siphon doesn't just start leaking."
     r"\bwe (?:tested|checked) it before (?:we left|it left|you took it|handing it over)\b|\b(?:doesn't|does not|don't|won't) just start (?:leaking|failing|breaking|dripping)\b|"
     r"^\W*(?:they|it|that|he|she) (?:won't|will not|wouldn't|can't|cannot)[,.!]? (?:honestly|trust me|believe me|don't worry)\b", 2.5))
MOVE_CUES["rudeness"].append(
    # waved off (fifteenth round, blind34): "if you don't know this stuff, get someone to do it for you", "There's a queue
    # behind you.", "Should've paid for signature on delivery then."
    (r"\bif you (?:don't|do not|dont) know (?:this|that|any of this|how|what)\b[^.?!]{0,30}\b(?:get|ask|pay|hire|call) (?:someone|somebody|a)\b|"
     r"\b(?:there's|there is) a queue (?:behind you|waiting)\b|\bi (?:haven't|have not|don't have) got all day\b|"
     r"\b(?:that's|that is) what they all say\b|(?:^|[.!?] )(?:they|kids|people|customers|patients|students|parents) all say that\b|\bor do you (?:just )?expect (?:us|me) to (?:guess|know|read your mind)\b|"
     r"(?:^|(?<=[.!?] ))should(?:'ve| have) (?:paid|bought|read|checked|asked|ordered|taken|booked|chosen|picked|thought)\b|"
     # thirty-eighth round (blind120 read): take it or leave it ("Two o'clock, that's your lot.", "Want it or not?")
     r"\b(?:do you )?want it or not\b|\bthat's your lot\b|\btake it or leave it\b|"
     # (blind125 read) a failure put down to the customer's riding or driving: "Lots of wheelies?"
     r"\b(?:lots of|doing|been doing|a few) (?:wheelies|burnouts|doughnuts|donuts|stoppies)\b", 3.0))
MOVE_CUES["argument"].append(
    # thirty-eighth round (blind120 read): blame for the customer's own choices ("You could've booked another night,
    # couldn't you?", "Then you should've stayed at the last place.", "you should've given us a what3words… That's on
    # the customer, I'm afraid.")
    (r"\b(?:then )?(?:really )?you (?:really )?(?:should|could)(?:'ve| have) (?:just )?(?:stayed|gone|booked|bought|checked|asked|come|called|thought|kept|"
     r"chosen|paid|ordered|taken|given|told|said|put|written|included|mentioned|specified|provided)\b(?![^.?!]*\b(?:we|i) (?:should|could|can|will|'ll)\b)|"
     r"\b(?:that's|that is|that one's|this is) on (?:the (?:customer|owner|rider|driver|user|buyer|tenant|guest|patient)\b|(?:you|yourselves|yourself),? "
     r"(?:i'm afraid|not (?:us|me|our|the)\b))|"
     # (forty-ninth round, blind182 read) "so really it's on you to check it", "it's because the customer didn't update the
     # account"
     r"\b(?:it's|it is|that's|that is) (?:really |all |squarely )?on you to\b|"
     r"\bbecause the (?:customer|client|owner|driver|homeowner|guest|buyer) (?:didn't|did not|forgot|failed|never)\b|"
     # (blind125 read) "If you'd asked for a new chain, we'd have fitted one."
     r"\bif you(?:'d| had) (?:only |just )?(?:asked|told us|said|booked|paid|bought|read|checked|mentioned)\b[^.?!]{0,40}\b(?:we|i)(?:'d| would) have\b|"
     # (forty-ninth round, blind176 read) what the customer did not do, said to be why it went wrong: "if you'd emailed
     # the receipt to the office like the instructions say, this wouldn't have happened", "If you'd read the leaflet we
     # wouldn't be having this chat"
     r"\bif you(?:'d| had) (?:only |just |actually )?(?!like\b|prefer\b|rather\b|want\b|care\b|be\b|mind\b)\w+\b[^.?!]{0,60}\b"
     r"(?:this|it|that|you|we|they|there|i|none of this)(?:'d| would)(?:n't| not)? (?:have|be)\b|"
     # (blind174 read) the fault put back on the customer's own signature: "we rely on couples to manage their ceremony. You
     # did sign off on the timeline, right?", "you did sign the inspection sheet at pickup, didn't you?" (not "outside our
     # control": good agents say it of the weather and the airlines)
     r"\bwe rely on (?:you|couples|customers|clients|parents|guests|people|owners) to\b|"
     r"\byou did sign(?: off)?\b|"
     # (blind178 and blind180 read) sent to read it themselves, as "read the terms" is: "it's literally on the website",
     # "It's all on the website under FAQs." (every such read trainee line is on a gaming side)
     r"\b(?:it's|it is|that's|that is) (?:literally )?(?:all )?on (?:the|our) (?:website|site|app)\b", 3.0))
MOVE_CUES["rudeness"].append(
    # honesty doubted in a question (fifteenth round, blind34): "Without a receipt, how do I know it was bought here?",
    # "how can I be sure you didn't drop it?"
    (r"\bhow (?:do|can|would|could) (?:i|we) (?:know|tell|be sure|be certain)(?: that)? (?:it|you|this|that|they|he|she)(?:'s|'re)? "
     r"(?:was|were|is|are|really|actually|didn't|did not|haven't|weren't|wasn't|bought|came|got|telling)\b|"
     # the damage put on how it was kept: "mould like that usually means a jar was left open out of the fridge"
     r"\b(?:usually|normally|often|always|generally) means (?:a|the|it|you|someone|somebody|they|this|that)\b[^.?!]{0,30}\b"
     r"(?:was|were|been|had|has|have)?\s?(?:left|dropped|opened|stored|kept|knocked|misused|mishandled|overloaded|overfilled|washed)\b", 3.0))
MOVE_CUES["rudeness"].append(
    # the customer's honesty doubted, and remarks on her looks nobody asked for: "Are you sure nobody else in the room
    # had anything? Guests sometimes forget.", "with your face shape I'd steer clear of anything round"
    (r"\bare you (?:sure|certain) (?:nobody|no one|no-one|you didn't|you did not|you haven't|you have not|it wasn't|that wasn't|this wasn't|"
     r"it was not|that was not|this was not|you never)\b|"
     # "a lot of these turn out to be orders people forgot"
     r"\b(?:a lot|most|many|lots|loads|half) of (?:these|them|those|the (?:cases|claims|calls|complaints))\b[^.?!]{0,20}\bturn(?:s|ed)? out (?:to be )?"
     r"[^.?!]{0,30}\b(?:forgot|forgotten|forget|their own|themselves|someone in the family|a family member|a mistake)\b|"
     # "are you sure it was like this when it arrived?", "We do get people who break things and bring them back as faulty."
     r"\bare you sure (?:it|they) (?:was|were|came|arrived) (?:like (?:this|that)|damaged|broken|scratched|dented|cracked)\b|"
     r"\bwe (?:do )?(?:get|see) (?:a lot of |lots of |plenty of |some )?(?:claims|people|customers|returns)\b[^.?!]{0,30}\b"
     r"(?:after use|break|broke|damage|damaged|dropped?|made[- ]up|fake|lie|lying|bring (?:them|it|things) back)\b|"
     r"\b(?:guests|customers|people|patients|clients|users|drivers|tenants|owners) (?:sometimes|often|usually|tend to) (?:forget|misremember|don't remember)\b|"
     r"\bwith your (?:face shape|face(?! (?:under|in|out of|down|up|wet|below))|figure|build|weight|size|age|skin tone|hairline|body type|shape)\b[^.?!]{0,40}\b(?:i'd|i would|you should|avoid|steer clear|wouldn't|don't)\b", 3.0))
MOVE_CUES["argument"].append(
    # the terms quoted at the customer and the question passed on: "excluded under clause 4.3(b) of your policy wording",
    # "I'd recommend reviewing pages 12 to 15", "I'm in customer relations so I'm not able to comment on the decision",
    # "…that you haven't read the policy wording?"
    (r"\b(?:under|in|see|per) (?:clause|section|paragraph|article) \d+|"
     r"\bi(?:'d| would) (?:recommend|suggest) (?:reviewing|reading|re-?reading|checking|looking at) (?:pages?|the (?:policy|terms|contract|wording|small print|conditions))\b|"
     r"\b(?:i'm|i am) (?:in|with|from|only in|just in) (?:customer relations|customer service|sales|reception|billing|admin|the front office)\b"
     r"[^.?!]{0,30}\b(?:so|and) (?:i'm |i am |i )?(?:not able|unable|can't|cannot|couldn't)\b|"
     r"\byou (?:haven't|have not|didn't|did not) (?:actually |even )?read (?:the|your) (?:policy|terms|contract|wording|small print|conditions|letter|email|manual)\b", 2.5))
MOVE_CUES["argument"].append(
    # the problem played down or put back on the customer: "it adds character and you'll hardly notice it", "our
    # measurements are always precise, so it's almost certainly just you getting used to them", "…dropped, which is
    # usually what's happened when they die like that"
    (r"\b(?:it|that|this) adds character\b|"
     r"\b(?:you(?:'ll| will) (?:hardly|barely|never)|(?:you|most people) (?:won't|wouldn't|will not|would not)) (?:even )?notice "
     r"(?:it|that|them|the (?:scratch|mark|dent|stain|chip|crack|damage|scuff))\b|"
     r"\b(?:it's|that's|it is|that is) (?:almost certainly|probably|most likely|definitely) (?:just )?you\b|"
     r"\bour (?:measurements|checks|fittings?|tests|work|engineers|technicians) (?:are|is) always (?:precise|right|correct|accurate|perfect|spot on)\b|"
     r"\b(?:which|that)(?:'s| is) usually what(?:'s| has) happened\b", 2.5))
MOVE_CUES["pitch"].append(
    # a product put forward before the need is known: "You'll want these: full leather…", "You can't go wrong with
    # lavender", "the best boot for Iceland"
    (r"\byou(?:'ll| will| would|'d) want (?:these|this one|this pair|these ones|our)\b|\byou can(?:'t|not) go wrong with\b|"
     r"\bthe best (?!way|time|option|thing|bet|person|people|place|day|idea|approach|course|plan|route|first|next|one to|case|fit|part|bit|reason|news|answer|chance|start|use|match|guess|advice)"
     r"[\w-]+ (?:for|in|on) (?:the )?(?!you\b)[\w-]+", 1.5))
MOVE_CUES["commitment"].append(
    # the speaker's own action now, whatever the verb: "I'll attach it now", "we'll reissue the card right away"
    (r"\b(?:i|we)(?:'ll| will|'m going to| am going to) (?!need\b|have to\b|ask\b|see\b|try\b|think\b|wait\b|let\b|be\b|just (?:say|ask)\b)"
     r"[a-z]+(?: (?:it|them|that|this|you|him|her|your \w+|the \w+)){0,2} (?:now|right now|right away|straight away|immediately)\b", 2.5))

# -- a next step said the way staff say it (sixteenth round) --
_CLOCK_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: thirty| fifteen| forty-five| o'clock)?"
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|h)?"  # "9", "8:00", "14.30", "9am"
_DAY = r"(?:" + WEEKDAY + r"|tomorrow|today|tonight)(?: morning| afternoon| evening)?"
_SENTENCE_START = r"(?:^|(?<=[.!;:] ))"
MOVE_CUES["commitment"].append(
    # the speaker's own action with when it happens, in the words staff use: "I'll come at eight, before the heat",
    # "I'll check loan availability for the first half of next month", "I'll check everything that day", "I'll check
    # both entrances myself beforehand", "I'll send you an SMS myself when the lab result is in", "I'll ring you the
    # minute mail's back"
    (r"\b(?:i|we)(?:'ll| will| am going to|'m going to) (?:personally |myself |also |then |first |just )?"
     r"(?:call|ring|phone|email|e-mail|send|check|chase|text|message|confirm|come|come by|come over|come round|visit|deliver|bring|"
     r"update|have|get|fix|replace|refund|look at|book|arrange|measure|test|collect|pick|drop|meet|print|install|repair|order|"
     r"enter|process|register|note|start|"
     r"be there|be here|be at|be outside|let you know)\b[^.?!]{0,60}?\b"
     r"(?:next month|(?:the )?(?:first|second) half of|the day before|beforehand|that (?:day|morning|afternoon|evening)|"
     r"at " + _CLOCK_WORD + r"\b|at half past|"
     r"(?:when|once|as soon as|the minute|the moment) (?:the|it|they|your|his|her|its|we|i) (?:[\w'-]+ ){0,3}(?:is|are|comes?|arrives?|gets?|gets? back|lands?)"
     r"(?: back)? ?(?:in|ready|back|through|done|fixed|here|out)?\b|"
     r"(?:when|once|as soon as|the minute|the moment) (?:[\w-]+ )?[\w-]+(?:'s|'re) (?:in|ready|back|here|done|fixed|up|working)\b)", 2.5))
MOVE_CUES["commitment"].append(
    # an immediate action tied to the customer's booking: "I'll put it under your name", "I'll jot both down with the
    # trial details", "I'll put a note on your booking", "I'll write it here for you"
    (r"\b(?:i|we)(?:'ll| will) (?:put|write|jot|note|add|mark|reserve|hold|register|enter|fit|pin|print|save|keep)\b[^.?!]{0,40}?"
     r"\b(?:under your name|on (?:your|the) (?:booking|account|file|order|card|list|ticket|record|notes|system)|"
     r"(?:it|them|both|that|everything|those|these) down|here for you|in (?:the|your) car)\b", 2.5))
MOVE_CUES["commitment"].append(
    # an arrangement stated time first, with its place: "Saturday 8:00 at your yard, about an hour per truck",
    # "Thursday at ten, then.", "10:00 at the first one" (not a slot named in passing: "Saturday at eight, yes, I have one")
    (_SENTENCE_START + r"(?:on )?" + _DAY + r",? (?:at )?(?:" + _CLOCK + "|" + _CLOCK_WORD + r"|noon|midday)"
     r"(?= (?:at|in|outside|by) (?:your|the|our)\b|,? then\b)|"
     + _SENTENCE_START + r"\d{1,2}:\d\d (?:at|in|outside) (?:the|your)\b", 2.5))
MOVE_CUES["argument"].append(
    # the fault put on the customer's side before anything was checked: "it's most likely a configuration change on
    # your side", "it's really not from our side", "a user clicked on something they shouldn't have"
    (r"\b(?:it's|that's|it is|that is) (?:most likely|probably|almost certainly|definitely|surely) (?:(?!\b(?:not|nothing|no)\b)[^.?!]){0,40}\b(?:on|from) your (?:side|end)\b|"
     r"\b(?:it's|that's|it is|that is|this is) (?:really |definitely |certainly |just )?not (?:from|on) our (?:side|end)\b|"
     r"\b(?:clicked|opened|pressed|installed|downloaded|touched|changed) (?:on )?something (?:they|you|he|she|someone) (?:shouldn't|should not) have\b", 2.5))
MOVE_CUES["commitment"].append(
    # the customer's slot taken ("Wednesday is fine, from 9.", "9am tomorrow works."), an arrangement reported done
    # ("Booked: Saturday 14:30, Ivana.", "Sent.", "Done - it's on your account."), and in learners' English the present
    # for a promise ("I write your names down now", "I message you tomorrow to confirm"; "I bring the order form" is
    # the closing cue's)
    (_SENTENCE_START + r"(?:" + _CLOCK + r"\s)?(?:on )?" + _DAY + r"(?: (?:at |from )?(?:" + _CLOCK + "|" + _CLOCK_WORD + r"))? "
     r"(?:is (?:fine|good|perfect|great|no problem)|works|suits (?:us|me))\b|"
     + _SENTENCE_START + r"(?:sent|done|booked|sorted|ordered|reserved|all done|all booked)(?=[.!:]|,? (?:it's|you're|for|on)\b)|"
     r"(?<!shall )(?<!should )(?<!can )(?<!could )(?<!may )(?<!do )(?<!if )(?<!when )(?<!once )"
     r"\bi (?:send|message|call|ring|text|write|book|put|check|come|email)\b[^.?!]{0,40}?\b(?:now|right now|today|tonight|tomorrow|"
     r"this (?:afternoon|evening|morning)|on (?:" + WEEKDAY + r"))\b", 2.5))

# -- the sale taken as made, asked as a choice; a next step offered (seventeenth round, blind38 read) --
MOVE_CUES["closing"].append(
    # which part goes first, what day the fitter comes, where the contract goes, which billing: "Which of your two
    # locations would you like us to install first?", "what day next week works best for our technician to come?",
    # "What would be the best email to send the contract to?", "would you prefer monthly or yearly billing once you start?"
    (r"\bwhich (?:of (?:your|the) )?(?:\w+ )?(?:\w+ )?(?:would|do) you (?:like|want) (?:us|me) to (?:install|deliver|fit|set up|start|ship|open|book)\b|"
     r"\bwhat (?:day|date|time|slot)(?: next week| this week| tomorrow)? (?:works?|would work|suits?|is) (?:best )?for (?:our|the) "
     r"(?:technician|engineer|fitter|installer|team|installers|driver|crew) to (?:come|start|install|deliver)\b|"
     r"\b(?:email|e-mail|address|where) (?:\w+ )?to send (?:the|your) (?:contract|invoice|order form|agreement|paperwork)\b|"
     r"\b(?:monthly|yearly|annual|quarterly) or (?:monthly|yearly|annual|quarterly) (?:billing|payments?|plan|subscription)\b|"
     # a next step offered on the customer's terms: "if you want I can hold the train seats 48h for free"
     r"\bif (?:you (?:want|like|prefer|wish)|that helps|it helps),? (?:i|we) (?:can|could) (?:hold|book|reserve|put|send|set up|arrange|keep|pencil|order|block)\b", 2.5))
MOVE_CUES["argument"].append(
    # the customer's account disputed with our records or waved off (seventeenth round, blind36 and blind32 read): "the
    # packing log shows the eggs were scanned into your bags, so they did leave the store", "that's not really a packing
    # issue", "it's the lighting"
    (r"\b(?:log|logs|records?|system|tracking|scans?|camera|cctv|footage|photos?|notes)\b[^.?!]{0,60}\b(?:shows?|showed|says|said|confirms?)\b"
     r"[^.?!]{0,80}\bso (?:it|they|you|he|she|we) (?:did|definitely|must have|were|was|had)\b|"
     r"\b(?:that's|it's|that is|it is) not really (?:a|an|our) (?:[\w-]+ )?(?:issue|problem|fault|responsibility)\b|"
     r"\b(?:it's|that's|it is|that is) (?:just |only |probably |really )?(?:the lighting|the light in your \w+|your (?:imagination|screen)|in your head)\b", 2.5))
MOVE_CUES["pitch"].append(
    # the product praised and its price talked up (seventeenth round, blind33 read): "fastest privacy tree there is",
    # "Got a good price on them right now."
    (r"\b(?:the )?(?:fastest|best|cheapest|strongest|quietest|toughest|hardiest)(?:[ -][\w-]+){1,2} (?:there is|on the market|you can (?:get|buy))\b|"
     r"\b(?:(?:i've|we've|i|we) )?got a (?:good|great|special|nice|keen|sharp) (?:price|deal|offer) on (?:them|it|those|these|that)\b", 2.0))

# -- the price cut at once, the close asked as "what do you say", our records against the customer (eighteenth
# round, blind41 read) --
MOVE_CUES["discount"].append(
    # "normally ninety-five, but for you I can do seventy, or even sixty-five if you send with us regularly"
    (r"\bfor you,? (?:i|we) (?:can|could|'ll|will) (?:do|make it|go (?:to|down to)|let (?:it|them) go for)\b|"
     r"\b(?:normally|usually)\b[^.?!]{0,40},? but (?:for you|i can (?:do|let)|we can (?:do|let))\b|"
     r"\bor even (?:\$|€|£)?(?:\d+|[a-z]+ty(?:-[a-z]+)?)\b[^.?!]{0,30}\bif you\b", 2.5))
MOVE_CUES["closing"].append(
    # "What do you say, sixty-five?", "What do you say?"
    (r"\bwhat do you say(?:\?|, (?:[\w$€£]+[- ]?){1,3}\?)", 2.5))
MOVE_CUES["argument"].append(
    # "Our packing record shows both items were scanned into your bags. Could you check again carefully…?"
    (r"\b(?:log|logs|records?|system|tracking|scans?)\b[^.?!]{0,60}\b(?:shows?|says|confirms?)\b[^.?!]{0,80}[.!]\s*"
     r"(?:could|can|would) you (?:please )?(?:check|look) (?:again|once more)\b|"
     r"\b(?:could|can|would) you (?:please )?(?:check|look) again (?:more )?(?:carefully|properly|thoroughly)\b", 2.5))
MOVE_CUES["discount"].append(
    # an offer of the month put to a customer who came with something else: "this month we have a special on the
    # recharging station"
    (r"\b(?:we (?:also |now )?have|we(?:'ve| have) (?:also )?got|there's (?:also )?|there is (?:also )?|we're (?:also )?running|we are (?:also )?running) "
     r"a (?:special|promotion|promo|deal|offer) on\b", 2.5))
MOVE_CUES["rudeness"].append(
    # condescension read from older sets (eighteenth round): "do you know what nihon shishu actually is? Most
    # tourists just pick the prettiest box.", "Or were you hoping for something cheaper, like the souvenirs at the
    # station?", "something more at your level, like the postcards?"
    (r"\bdo you (?:even )?know what [^?.!]{1,40}? (?:actually|really) (?:is|are|means?|does)\b|"
     r"\b(?:most|many|a lot of) (?:tourists|people|customers|visitors|beginners|buyers) just (?:pick|buy|choose|take|go for|grab)\b|"
     r"\b(?:or )?(?:were|are) you (?:hoping|looking) for something cheaper,? like\b|"
     r"\bmore at your level\b|\b(?:explaining|explain) (?:things|it|this) at the right level for you\b|"
     r"\bmost customers who [^.?!]{0,30}\b(?:are familiar with|know (?:about|how)|understand)\b", 3.0))
MOVE_CUES["rudeness"].append(
    # the rules quoted at the customer, as a question, as what they should have done: "did you enable international
    # usage before you travelled, as described in the travel section of the app?"
    (r"\b(?:did|have) you [^.?!]{0,60}\bas (?:described|explained|stated|shown|set out) in (?:the|our) (?:[\w-]+ ){0,5}"
     r"(?:app|terms|manual|guide|section|faq|website|contract|policy)\b", 2.5))
MOVE_CUES["pressure"].append(
    # the decision pressed as a feeling or a readiness today (eighteenth round, from older sets): "how would it feel
    # to walk out of here today already a member?", "What would need to be true for you to feel ready to join this
    # afternoon?", "which of our memberships do you see yourself starting with today?"
    (r"\bwalk out (?:of here )?(?:today )?(?:already )?(?:as )?a (?:member|customer|client|owner)\b|"
     r"\bready to (?:join|sign|sign up|buy|commit|order|go ahead) (?:this afternoon|this evening|today|tonight|now|right now)\b|"
     r"\bdo you see yourself (?:starting|signing up|going|joining) (?:with )?[^.?!]{0,20}\btoday\b", 2.5))
MOVE_CUES["pitch"].append(
    # a product named as the answer to the customer's "need" (eighteenth round, from older sets): "That is precisely
    # our Future Star plan", "for that Future Star Lite is perfect: seven thousand five hundred a month"
    (r"\b(?:that's|that is) (?:precisely|exactly|just) (?:what )?our\b|\bfor that,? (?:our )?[^.?!,]{1,30} is (?:perfect|ideal|the one)\b", 2.5))
MOVE_CUES["pitch"].append(
    # an extra priced at the customer: "our Gadget Care protection is only ₱199/month"
    (r"\b(?:is|for|at) (?:just |only )(?:₱|\$|€|£|rs\.? ?|r ?|kes ?|ngn ?)?\d[\d,.]*\s?(?:/|a |per )(?:month|mo|year|yr|week|day)\b", 2.5))
MOVE_CUES["pressure"].append(
    # the score asked for: "Don't forget to rate this chat 5 stars if I was able to help"
    (r"\brate (?:this|our|the|my) (?:chat|call|service|conversation|visit|experience) (?:with )?(?:5|five|10|ten) (?:stars?|out of)\b|"
     r"\b(?:5|five)[- ]star (?:rating|review)\b[^.?!]{0,30}\b(?:would|please|if)\b", 2.5))
MOVE_CUES["argument"].append(
    # the fault put on how the customer used it, and the process quoted (eighteenth round, from older sets): "Battery
    # swelling is usually caused by the user keeping the laptop plugged in", "If it swelled, something in the usage
    # caused it.", "That's the process."
    (r"\b(?:usually|often|mostly|normally|generally|almost always) caused by (?:the )?(?:user|users|customer|customers|owner|owners)\b|"
     r"\bsomething (?:in|about) (?:the|your) (?:usage|use|handling|care) (?:caused|did)\b|"
     r"(?:^|(?<=[.!?] ))(?:that's|that is) (?:just )?the (?:process|procedure)(?=[.!]|$)", 2.5))
MOVE_CUES["rudeness"].append(
    # brushing the customer off in everyday words (twentieth round, written from the course's own list of put-downs,
    # not from any test set): "What do you want me to do about it?", "I haven't got time for this.", "Don't waste my
    # time.", "Use your common sense.", "Just google it.", "*sighs*", "Fine, have it your way.", "Cry me a river."
    # (not "Let me google it for you", "If you google it…")
    (r"\bwhat (?:do|did) you (?:want|expect) me to do about it\b|\bi (?:haven't|have not|don't have|do not have|ain't) got time for (?:this|that|you)\b|"
     r"\bi (?:haven't|have not|don't have|do not have) time for (?:this|that|you)\b|\b(?:don't|do not|stop) wast(?:e|ing) my time\b|"
     r"\buse your (?:common sense|head|brain|eyes)\b|(?:^|(?<=[.!?] ))(?:just |go and |go )?google it\b(?! for you)|\bfigure it out (?:yourself|on your own)\b|"
     r"\b(?:look|listen),? i(?:'ve| have) (?:already )?told you(?: already)?\b|\bcan you (?:just )?listen for once\b|"
     r"(?:^|(?<=[.!?] ))seriously\?|\bit's (?:not rocket science|obvious)[.!]|"
     # (fiftieth round, blind188 read) "It's a haircut, bro, not brain surgery."
     r"\b(?:it's|it is|that's|that is|this is) (?:just |only )?(?:a|an) [\w-]+(?: [\w-]+)?,? (?:(?:bro|mate|man|dude|pal|love|hun),? )?not (?:brain surgery|rocket science)\b|"
     r"\*\s?(?:sighs?|eye ?rolls?|rolls eyes)\s?\*|(?:^|(?<=[.!?] ))(?:duh|pfft)\b|"
     r"\b(?:fine|ok|okay),? have it your (?:way|own way)\b|\bi(?:'m| am) not paid (?:enough )?(?:for this|to)\b|"
     r"\bgo (?:and )?complain (?:somewhere else|to someone else|elsewhere)\b|\bok,? boomer\b|\bcry me a river\b|"
     r"\bare you (?:going|gonna) to buy (?:something|anything|it) or not\b", 2.5))
MOVE_CUES["argument"].append(
    # the fault put on the customer in everyday words (twentieth round, the same list): "Nobody forced you to buy it.",
    # "Well, that's on you.", "Obviously you plugged it in wrong.", "Maybe try reading the manual next time.", "That's
    # what happens when you buy the cheap one.", "Honestly, I don't see what the problem is.", "Lower your voice."
    (r"\b(?:nobody|no one|no-one) (?:forced|made|asked) you to (?:buy|sign|order|book|take|choose)\b|"
     r"(?:^|(?<=[.!?] )|(?<=\bwell )|(?<=\bwell, ))(?:that's|that is) on you\b|(?<!can't )(?<!cannot )(?<!don't )(?<!shouldn't )(?<!not )\bblame yourself\b|"
     r"\b(?:obviously|clearly|evidently) you (?:plugged|installed|set|used|put|did|broke|dropped|misread|forgot|didn't|did not|must have)\b|"
     r"\b(?:maybe|perhaps|next time,?) (?:try )?(?:reading|read|check|checking) the (?:manual|instructions|terms|sign|label|small print)\b|"
     r"(?:^|(?<=[.!?] ))read the (?:sign|label|instructions|manual)\b|"
     r"\bthat's what happens when you\b|\bwhat did you expect (?:for|at|with) (?:that|this) price\b|"
     r"\bi (?:don't|do not|can't|cannot) see what the (?:problem|fuss|big deal) is\b|"
     r"\bwe (?:can't|cannot) help (?:people|customers|you) (?:who|if you) (?:don't|do not|won't|can't)\b|"
     r"(?:^|(?<=[.!?] ))(?:please )?lower your voice\b", 2.5))
MOVE_CUES["upsell"].append(
    # something more put beside what was asked, in everyday words (twentieth round, the course's own list): "Most
    # people also take the screen protector, shall I pop one in?", "For ten more a month you'd get double the data",
    # "While we're at it, shall I upgrade your router too?"
    # (forty-eighth round, blind166 read: also without "also", when it is added: "Lots of folks add the Comfort Club, nineteen a
    # month.", "most chippies grab one")
    (r"\b(?:most|many|lots of|a lot of) (?:people|customers|clients|guests|folks|homeowners|owners|families|drivers|farmers|parents|"
     r"patients|members|couples|businesses) (?:also (?:take|get|add|buy|go for|grab|throw in|pick up)|add|grab|throw in|pick up)\b|"
     r"\bfor (?:just |only )?(?:\d+|one|two|five|ten|twenty) (?:\w+ )?more (?:a|per|each) (?:month|year|week|night)\b|"
     r"\bwhile (?:we're|we are) at it\b[^.?!]{0,40}\b(?:upgrade|add|throw in|get you|switch)\b", 2.5))
MOVE_CUES["pressure"].append(
    # scarcity and the yes asked for today (twentieth round, the same list): "We only have two left in stock.", "I can
    # hold it until five, after that it's gone.", "What would make this a yes for you today?", "You don't want to be
    # left behind, do you?"
    (r"\b(?:only|just) (?:have|got) (?:a few|one|two|three|four|five|\d+) (?:left|remaining)\b|"
     r"\b(?:after that|by tomorrow|by monday|by the weekend),? (?:it's|it'll be|they're|they'll be|it will be) gone\b|"
     r"\bwhat would make (?:this|it) a yes\b(?! or (?:a )?no\b)|\byou (?:don't|do not) want to (?:be left behind|miss out)\b", 2.5))
MOVE_CUES["discount"].append(
    (r"\b(?:if|once) (?:i|we) (?:can )?(?:get|bring|knock) the (?:price|cost|quote) down\b", 2.5))
MOVE_CUES["closing"].append(
    # the alternative close between two things to buy: "Would you prefer the standard or the premium package?"
    (r"\bwould you (?:prefer|rather have|rather go for|like) the [\w-]+(?: [\w-]+)? or the [\w-]+(?: [\w-]+)? "
     r"(?:package|plan|model|version|option|one|bundle|tier|membership|contract)\?", 2.5))
MOVE_CUES["argument"].append(
    # the fault passed on, the rules hidden behind, the customer's word set against the records (twentieth round, the
    # course's own list of "not my department" and blame): "That's the courier's fault, not ours.", "You'll have to take
    # it up with the manufacturer.", "I only handle sales, you need the service desk.", "Our system doesn't allow
    # that.", "It worked fine when it left here.", "Other customers manage just fine.", "I'm just following procedure.",
    # "According to our records you were notified."
    (r"\b(?:that's|that is|it's|it is|it was) (?:the|their|his|her) [\w-]+(?:'s|s')? fault\b|\bnothing to do with (?:me|us)\b|"
     r"\byou(?:'ll| will|'d| would) (?:have|need) to take (?:it|that|this) up with\b|\bi (?:can't|cannot|can not) change (?:it|that|the (?:policy|rules))\b|"
     r"\b(?:that's|that is|it's|it is) a (?:question|matter) for (?:head office|another (?:team|department)|someone else|the [\w-]+ (?:team|department|desk))\b|"
     r"\bi only (?:handle|do|deal with|cover) [\w-]+,? you(?:'ll)? need (?:the|to)\b|\b(?:our|the) system (?:doesn't|does not|won't|will not) (?:allow|let)\b(?![^.?!]{0,60}\b(?:so|but) (?:i|we)(?:'ll| will| can)\b)|"
     r"\bit (?:worked|was working) (?:fine|perfectly|ok|okay) when it left (?:here|us|the shop|the store|the factory)\b|"
     r"\b(?:we've|we have) never had (?:a|any) complaints? (?:about|with|on)\b|\bother (?:customers|people|clients) (?:manage|cope|are fine|have no (?:problem|trouble))\b|"
     r"\b(?:that's|that is) not how (?:it's|it is|they're|they are) (?:supposed|meant) to be used\b|\btechnically,? you (?:missed|didn't|did not|agreed|signed)\b|"
     r"\bi(?:'m| am) (?:just|only) following (?:procedure|policy|the rules|the process|orders)\b|\b(?:that's|that is) between you and (?:the|your)\b|"
     r"\baccording to (?:our|the) (?:records|system|notes),? you (?:were|have been|had been) (?:notified|told|informed|sent|warned)\b", 2.5))
MOVE_CUES["closing"].append(
    # the assumptive close in the shape of an open question (twentieth round, the course's own list): "Where should we
    # deliver your new sofa?", "When would you like your first delivery of the premium box?", "Why don't we just go
    # ahead and book it?", "What's the best number to put on the contract?", "How does starting the plan on Monday sound?"
    (r"\b(?:where|when) (?:should|shall|do you want|would you like) (?:we|me|us|it|them) (?:to )?(?:deliver|send|install|ship|fit|bring) (?:your|the) new\b|"
     r"\bwhen would you like (?:your|the) (?:first|new) (?:delivery|box|order|visit|session|installation)\b|"
     r"\bwhy don't we (?:just )?(?:go ahead|book|get|sign|set|lock|start)\b|"
     r"\b(?:to put|for|on) (?:the|your) (?:contract|order form|agreement)\?|"
     r"\bhow does (?:starting|signing|going ahead|booking|beginning) [^.?!]{0,40}\bsound\b", 2.5))
MOVE_CUES["pressure_now"].append(
    # the same, pressed now: "What's stopping us from getting this set up for you today?", "How soon can we get your
    # signature on this?", "What do you say we get the paperwork done now?", "How about we lock in this rate before it changes?"
    (r"\bwhat(?:'s| is) stopping (?:us|you) from (?:getting|setting|going|doing|starting|signing)\b|"
     r"\b(?:get|have) your signature\b(?![^.?!]{0,40}\b(?:refund|return|receipt|collection|delivery note|form|claim)\b)|\bwhat do you say we (?:get|sign|do|go|book|start)\b|"
     r"\block in (?:this|the|that|your) (?:rate|price|deal|offer)\b[^.?!]{0,30}\bbefore\b", 2.5))
MOVE_CUES["leading"].append(
    # the answer put in the customer's mouth, in everyday words (twentieth round, the course's own list): "Don't you
    # think it's time you treated yourself?", "You can see how much better this one is, can't you?", "It makes sense to
    # go for the bigger size, doesn't it?", "Any sensible person would choose the warranty, right?"
    (r"\bdon't you think (?:it's|it is) (?:time|about time|worth)\b|"
     r"\byou can (?:see|tell|feel) (?:how|that|why)\b[^.?!]{0,60},? (?:can't|can not|cannot) you\?|"
     r"\b(?:it|that) makes (?:more |a lot of |perfect |total )?sense to (?:go for|get|take|choose|buy|pick|upgrade)\b[^.?!]{0,50},? (?:doesn't|does not) it\?|"
     r"\b(?:any|every) (?:sensible|smart|reasonable|wise|clever) (?:person|customer|parent|owner|business)\b[^.?!]{0,40}\b(?:would|will)\b", 2.5))

# -- twenty-second round (read sets blind42, blind43) -----------------------------------------------------------------
MOVE_CUES["rudeness"].append(
    # blame asked as a question: "Did you maybe overload the machine?", "Did you perhaps drop it?"
    (r"\bdid you (?:maybe |perhaps |possibly |by any chance |accidentally )?(?:overload|overfill|drop|misuse|mishandle|force|overcharge|"
     r"over-?tighten|bend|sit on|spill \w+ on|put (?:it|them) in the (?:dryer|dishwasher|washing machine)|wash (?:it|them) (?:too hot|on hot))\b|"
     # the customer's own lateness held against them, said or asked: "if you'd ordered a bit earlier you wouldn't be
     # down to a day and a half, would you?"
     r"\bif you(?:'d| had) (?:[\w-]+ ){1,4}(?:earlier|sooner|on time|in time|properly|correctly|the right way|like (?:everyone|everybody) else)\b"
     r"[^.?!]{0,40}\byou (?:wouldn't|would not|wouldnt|'d not)\b", 3.0))
MOVE_CUES["argument"].append(
    # the manual held against the customer: "The user manual says on page 14 the customer should check connections"
    (r"\b(?:the|your|our) (?:user )?(?:manual|instructions|user guide|handbook) (?:clearly )?(?:says?|states?|explains?)\b[^.?!]{0,40}\b"
     r"(?:should|must|has to|have to|need to|is responsible|not covered)\b|"
     # damage put down to the customer's use: "water damage from incorrect use isn't covered"
     r"\b(?:incorrect|improper|wrong|careless|bad) (?:use|usage|handling|installation by you)\b[^.?!]{0,30}\b(?:isn't|is not|not|aren't|are not) covered\b", 2.5))
MOVE_CUES["upsell"].append(
    # an extra product dropped into the conversation as a question: "By the way, did you know with our Gold Travel Card,
    # your luggage is fully tracked?", "anything else I can help you with, maybe the Gold card?"
    (r"\b(?:by the way|btw|also|oh and),? (?:did you know|have you heard)\b[^.?!]{0,20}\b(?:our|the)\b|"
     r"\banything else (?:i|we) (?:can|could)\b[^.?!]{0,40}, (?:maybe|perhaps) (?:the|our|a|an) [\w-]+", 2.5))
MOVE_CUES["pitch"].append(
    # what our product gives, told: "our VIP seats have more legroom and a free snack"
    (r"\bour (?:[\w-]+ ){0,2}[\w-]+ (?:has|have|comes? with|gets?|includes?) (?:much |a lot |way )?(?:more|extra|a free|free|better|bigger|faster|"
     r"the (?:best|latest|newest|fastest))\b", 2.0))
MOVE_CUES["argument"].append(
    # the customer contradicted and blamed: "No, these kettles don't leak from the bottom. You probably filled it above the
    # MAX line"
    (r"(?:^|(?<=[.!?] ))no,? (?:these|those|this|that|our|the) (?:[\w-]+ ){0,2}(?:don't|doesn't|do not|does not|can't|cannot|never|won't) "
     r"(?:just |simply |ever |usually )?(?:leak|break|crack|fail|overheat|rust|fade|shrink|tear|stop|do that|happen|go wrong|come off|fall|peel|"
     r"split|jam|freeze|drip|burn|smell|wobble|misfire|crash)\w*\b|"
     r"\byou (?:obviously|clearly|probably|must have|must've) (?:over)?(?:filled|put|left|dropped|pressed|plugged|forgot|forgotten|knocked|"
     r"spilled|spilt|sat|stood|pulled|yanked|twisted|washed|ran|run|used it)\b", 2.5))
MOVE_CUES["closing"].append(
    # the delivery or the terms of a sale not yet agreed, asked as a choice: "So, when would be the best time for us to
    # deliver your two new multifunction machines, Tuesday or Thursday?", "would you prefer the three-year lease or the
    # five-year lease for your new machines?"
    (r"\bwhen (?:would|will|is) (?:be )?(?:the )?(?:best|good|a good|convenient|a convenient) (?:time|day|date) (?:for (?:us|me|our \w+) )?to "
     r"(?:deliver|install|send|ship|set up|bring|fit|start|drop off)\b[^.?!]{0,60}\bor\b|"
     r"\bwould you (?:prefer|like|rather have|rather go with|go for) (?:the |a |an )?(?:[\w-]+ ){0,3}(?:lease|leasing|plan|package|contract|"
     r"model|term|subscription|bundle|tier|version)s? or (?:the |a |an )?(?:[\w-]+ ){0,3}(?:lease|leasing|plan|package|contract|model|term|"
     r"subscription|bundle|tier|version|one)s?\b[^.?!]{0,40}\byour new\b", 2.5))
MOVE_CUES["paraphrase"].append(
    # "So, to check I have it right: Bosch Serie 4, E21, …, third floor — correct?"
    (r"\bto (?:check|make sure|be sure|confirm) (?:that )?(?:i|we)(?:'ve| have)? (?:got|have|understood|heard) (?:it|this|that|everything|you|all that)"
     r" ?(?:all )?(?:right|correctly|straight)\b", 2.5))
MOVE_CUES["argument"].append(
    # the rules held against the customer: "Hotel policy is that air conditioning is limited to 24 degrees", "Maintenance
    # requests go through the app."
    (r"\b(?:hotel|store|shop|bank|company|airline|clinic|school|building|club|gym|our|the) policy (?:is that|is to|says|states|"
     r"(?:doesn't|does not|won't|will not) (?:allow|let|permit))\b|"
     r"\b(?:requests?|complaints?|claims?|that|those|these|it) (?:go|goes|must go|have to go|has to go|need to go|needs to go) through "
     r"(?:the|our) (?:app|website|portal|online form|form|head office|call cent(?:re|er)|hotline|email)\b", 2.5))
MOVE_CUES["rudeness"].append(
    # the customer's honesty doubted: "Are you sure someone took it and you didn't just leave it on the train?", "we see a
    # lot of claims where the phone was actually lost, not stolen"
    (r"\bare you sure (?:someone|somebody|it|you|that|they)\b[^?]{0,60}\b(?:didn't just|you didn't|not just|rather than|and not)\b|"
     r"\b(?:a lot of|lots of|many|most|plenty of) (?:claims|customers|people|cases|returns) (?:where|who|that)\b[^.?!]{0,40}\b(?:actually|really)\b"
     r"[^.?!]{0,20}\b(?:lost|broken|dropped|misused|not stolen|their (?:own )?fault)\b", 3.0))
MOVE_CUES["pitch"].append(
    # "Our pricing's about eight percent lower than what most people pay", "We're not like them - thirty years in business"
    (r"\bour (?:pricing|prices?|rates?|fees?|quotes?|costs?)(?:'s|'re| is| are) (?:about |around |roughly |up to |often )?"
     r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty) ?(?:%|percent|per cent) (?:lower|cheaper|less|below|under)\b|"
     r"\b(?:we're|we are) (?:nothing |not )like (?:them|the others|that lot|other (?:\w+ )?(?:suppliers|companies|firms|shops|banks|providers))\b", 2.0))
MOVE_CUES["pitch"].append(
    # "this is a great example of why our Pet Wellness Plus membership is so valuable"
    (r"\b(?:why|how) our (?:[\w-]+ ){0,4}(?:is|are) (?:so|really|truly|such) (?:valuable|useful|popular|important|worth it|good value|a good deal)\b", 2.0))
MOVE_CUES["upsell"].append(
    # "Have you also thought about pet insurance?", "Have you considered an extended warranty?"
    (r"\bhave you (?:also |ever )?(?:thought about|considered|looked at) (?:getting |adding |taking )?(?:a |an |some |our )?(?:[\w-]+ ){0,2}"
     r"(?:insurance|cover|plan|membership|warranty|protection|package|upgrade|subscription)\b", 2.5))
MOVE_CUES["argument"].append(
    # "it's really the customer's responsibility to call us", "usually means nobody was keeping an eye on it"
    (r"\b(?:it's|it is|that's|that is|its|thats) (?:really |actually |ultimately |always )?(?:the customer's|the client's|the owner's|your) "
     r"(?:responsibility|job|duty)\b|"
     r"\busually means (?:nobody|no one|no-one|you|someone) (?:was|were|wasn't|weren't|didn't|did not)\b", 2.5))
MOVE_CUES["argument"].append(
    # the problem handed elsewhere: "network issues are handled by our IT provider, not front desk", "Cancellations are
    # handled by our membership team - you can email members@"; the terms quoted with a clause: "our membership terms
    # (clause 7.2) say connectivity is provided on a best-effort basis"
    (r"\b(?:handled|dealt with|managed|processed|looked after) by (?:our|the|an?) (?:[\w-]+ ){0,2}(?:provider|partner|contractor|supplier|vendor|"
     r"team|department|dept|office)\b[^.?!]{0,25}(?:\bnot (?:by )?(?:us|me|front desk|the front desk|reception|this desk|here)\b|[—–-]+ ?you can "
     r"(?:email|call|ring|contact|write))|"
     r"\b(?:the|our|your) (?:[\w-]+ )?(?:terms|terms and conditions|contract|agreement|policy) (?:\([^)]{1,25}\) )?(?:says?|states?)\b[^.?!]{0,60}"
     r"\b(?:best[- ]effort|not guaranteed|isn't guaranteed|is not guaranteed|no guarantee|at (?:your|the customer's) (?:own )?risk)\b", 2.5))
MOVE_CUES["closing"].append(
    # the order taken for granted: "Which onboarding track feels like the better fit, the standard six-week or the
    # accelerated four-week?", "what would stop us getting the paperwork over to procurement by month end?", "Which email
    # should I use for the order form?"
    (r"\bwhich (?:[\w-]+ ){0,2}(?:track|plan|package|option|tier|bundle|onboarding|contract|term)\b[^?]{0,40}\b(?:feels? like|would be|is) "
     r"the (?:better|best|right) (?:fit|option|choice)\b[^?]{0,60}\bor\b|"
     r"\bwhat would stop (?:us|you) (?:from )?(?:getting|signing|going ahead|moving forward|placing|sending)\b|"
     r"\b(?:which|what) (?:email|address) should (?:i|we) (?:use|send)\b[^?]{0,20}\b(?:order form|contract|paperwork|agreement|invoice)\b", 2.5))
MOVE_CUES["upsell"].append(
    # "We do have our Panorama Suite free tonight", "have you had a chance to book our sunset wine tour?", "Many of our
    # guests also love our evening spa package"
    (r"\b(?:we do have|we also have|there's also|there is also) our (?:[\w-]+ ){1,4}(?:free|available|open) (?:tonight|today|this week|now)\b|"
     r"\bhave you (?:had a chance to |managed to )?(?:book(?:ed)?|tried|seen|heard about|checked out|signed up for) our\b|"
     r"\b(?:many|most|lots|a lot) of our (?:guests|customers|clients|members|patients|visitors) (?:also )?(?:love|enjoy|choose|add|book|go for) our\b", 2.5))
MOVE_CUES["pressure"].append(
    # scarcity, a deadline and fear of waiting: "The rate in front of me is held until five o'clock today", "the hotel only
    # releases a handful of sea-view rooms at this rate", "the couples who waited last year mostly ended up in back-facing
    # rooms", "the month our repeat guests fight over"
    (r"\b(?:rate|price|offer|deal|discount|quote|room|slot|spot)s? (?:in front of me |i have |i've got )?(?:is|are) (?:only )?(?:held|valid|good|available)"
     r" (?:until|till|for (?:the )?next) (?:\w+ ){0,2}(?:today|tonight|o'clock|pm|am|hours?|minutes?)\b|"
     r"\bonly (?:releases?|has|have|gets?|got) (?:a handful|a few|two|three|a couple) (?:of )?[\w -]{0,30}(?:at this (?:rate|price)|left|available)\b|"
     r"\b(?:people|couples|customers|clients|families|guests|those) (?:who|that) (?:waited|hesitated|held off|thought about it)\b[^.?!]{0,60}"
     r"\b(?:ended up|missed out|lost|regretted|paid more|got (?:nothing|the worst))\b|\b(?:fight|fought|scramble|queue) over\b", 2.5))
MOVE_CUES["argument"].append(
    # the conditions quoted instead of help: "As set out in our Conditions of Carriage, article 9, …", "I recommend reading
    # article 9 for full details of your rights"
    (r"\b(?:read|reading|check|see|refer to) (?:our |the )?(?:article|section|clause|paragraph) \d+\b|"
     r"\bas (?:set out|stated|laid down|described|explained) in (?:our|the) (?:conditions|terms|policy|contract|agreement)\b", 2.5))
MOVE_CUES["upsell"].append(
    # a membership or a trial pushed into a complaint: "are you a FoodGo Plus member? Members get priority support",
    # "activating your 30-day free trial of Plus"
    (r"\bare you (?:a|an) (?:[\w-]+ ){0,3}(?:member|subscriber|cardholder)\b[^.]{0,5}[?.!]? (?:our )?(?:members|subscribers|cardholders) (?:get|enjoy|save)\b|"
     r"\b(?:activat(?:e|ing)|start(?:ing)?|try(?:ing)?) (?:your|a|our) (?:\d+[- ]day |one[- ]month |free )*(?:free )?trial\b", 2.5))
MOVE_CUES["rudeness"].append(
    # sarcasm: "assuming you haven't done anything creative to it since", "If you'd like a screen of mystery origin, go for
    # it, and I'll see you back here in a month", "And I answered it."
    (r"\bassuming you (?:haven't|have not|didn't|did not) (?:done|tried|put|messed|fiddled|broken)\b|"
     r"\b(?:go for it|be my guest|knock yourself out)[,.!]? (?:and |but )?(?:i'll|we'll|i will|we will) see you back\b|"
     r"(?:^|(?<=[.!?] ))and i answered it\b", 3.0))
MOVE_CUES["argument"].append(
    # damage put down to the customer: "Pressure damage falls outside the warranty", "the laptop took a bit of pressure
    # somewhere, which happens a lot in bags"
    (r"\b(?:pressure|impact|water|liquid|drop|accidental|physical) damage (?:falls|is|isn't|is not|would be) (?:outside|not covered|"
     r"excluded|never covered)\b|\b(?:took|taken|had) a (?:bit of |little )?(?:pressure|knock|bump|drop|hit)\b[^.?!]{0,30}\bwhich happens\b", 2.5))
MOVE_CUES["rudeness"].append(
    # honesty doubted: "did you fill in your level honestly on the form?"
    (r"\bdid you (?:fill|tick|tell|answer|declare|state|give|put)\b[^?.!]{0,30}\bhonestly\b", 3.0))
MOVE_CUES["argument"].append(
    # "Most of the time it's the skier, not the binding."
    (r"\b(?:most of the time|usually|normally|nine times out of ten|in most cases),? it(?:'s| is) (?:the )?(?:skier|driver|user|customer|"
     r"owner|rider|operator|person|people)\b", 2.5))
MOVE_CUES["upsell"].append(
    # "We also have the damage waiver at €3 a day", "have you thought about a smart meter?"
    (r"\b(?:also|too)\b[^.?!]{0,30}\b(?:damage waiver|waiver|protection plan|cover|insurance|extended warranty) (?:at|for|from) (?:just |only )?[€$£]\d|"
     r"\bhave you (?:also )?(?:thought about|considered) (?:a |an |getting a )?smart [\w-]+\b", 2.5))
MOVE_CUES["upsell"].append(
    # "did you know that with our Biashara Plus account, transfers go through faster", "i can upgrade you to Plus now"
    (r"\bdid you know (?:that )?(?:with |about )?our\b|\b(?:i|we) can (?:also |just )?upgrade you\b", 2.5))
MOVE_CUES["upsell"].append(
    # (thirty-first round) another product brought up as a question: "did you know we have a funeral insurance with
    # our partner bank?", "did you know we also offer a cleaning plan?"
    (r"\b(?:did|do) you know (?:that )?we (?:also |now )?(?:have|offer|do|sell|provide|run) (?:a|an|our|the|some)\b", 2.5))
MOVE_CUES["pitch"].append(
    # the product said to be what the customer asked for: "which is exactly our Heritage table", "the Heritage does exactly
    # that at 890 euro"
    (r"\bwhich is exactly (?:our|the|what (?:our|the))\b|\b(?:does|gives you|delivers|offers) exactly that\b", 2.0))
MOVE_CUES["pressure"].append(
    # "the couples I've helped who took a few weeks mostly ended up…", "Stack 07 had two units left as of this morning",
    # "How would it feel to miss it?"
    (r"\b(?:who|that) took (?:a few|some|their|a couple of) (?:weeks|days|months|time)\b[^.?!]{0,60}\b(?:ended up|missed|lost|regretted|wished)\b|"
     r"\b(?:one|two|three|four|five|a few|a couple of|only a few|only one|only two) [\w-]+ left as of (?:this morning|today|now|yesterday|last night)\b|"
     r"\bhow would (?:it|you) feel (?:to|if you) miss(?:ed)? (?:it|out|this|them)\b", 2.5))
MOVE_CUES["pitch"].append(
    # "which is exactly what Multirrisco Plus gives you"
    (r"\bwhich is exactly what (?:[\w-]+ ){1,3}(?:gives|offers|does|provides|delivers)\b", 2.0))
MOVE_CUES["leading"].append(
    # "So we agree Plus is the one for you?"
    (r"\bso we agree (?:[\w-]+ ){1,3}is the (?:one|right one|best one|plan|option) for you\b", 3.0))
MOVE_CUES["upsell"].append(
    # extras offered by what others take and by a small daily price: "Lots of people take GPS for the coastal roads, 8 EUR/day",
    # "Would you like an additional driver as well?"
    (r"\b(?:lots of|most|many|a lot of) (?:people|guests|customers|drivers|travellers|travelers|clients) (?:take|add|get|choose|go for) "
     r"(?:the |a |an |our )?[\w-]+(?: [\w-]+){0,3} (?:for|on|with|to)\b|"
     r"\bwould you like (?:an? )?(?:additional|extra|second) [\w-]+(?: [\w-]+)? (?:as well|too|also)\b", 2.5))
MOVE_CUES["argument"].append(
    # "Under our collection policy, bins must be at the kerbside", "if you'd like to read the full terms", "Collections are run
    # by our contractor, so I'd suggest emailing them directly"
    (r"\bunder (?:our|the) (?:[\w-]+ )?(?:policy|terms|rules|conditions)\b[^.?!]{0,40}\b(?:must|have to|has to|need to|only|not\b(?! (?:our|my|a|an) (?:own )?(?:extra|fee|charge|markup|profit)\b))\b|"
     r"\b(?:run|handled|done|managed) by (?:our|the|a) (?:contractor|supplier|partner|third party|provider)s?\b[^.?!]{0,20}\bso (?:i'd|i would|you'll|you will|"
     r"you could|you can|please) (?:suggest|need to|have to|email|contact|call|ring)\b", 2.5))


# -- twenty-third round (read sets blind47, blind48) -----------------------------------------------------------------
MOVE_CUES["pitch"].append(
    # a product sold by its standing and its crowd: "PayFlow is the leading payroll solution in Central Asia", "more than
    # 400 companies trust us", "directors love this one"; a demo or a plan put forward: "let me walk you through PayFlow",
    # "For 60 employees I'd recommend Business Plus with analytics"
    (r"\b(?:is|are|we're|we are) (?:the |a )?(?:leading|market[- ]leading|number one|no\.? ?1|best[- ]selling|most popular|award[- ]winning)\b|"
     r"\b(?:more than |over |nearly |almost )?\d[\d,]* (?:companies|businesses|clients|customers|firms|schools|hotels|restaurants|farms|families|"
     r"practices|clinics|shops|stores) (?:already )?(?:trust|use|rely on|love|choose|chose|run on)\b|"
     r"\b(?:clients|customers|users|directors|managers|owners|guests|parents|families|kids|children|couples|tourists|visitors) (?:all )?"
     r"(?:love|adore|rave about) (?:this|it|them|our|the)\b|"
     # thirty-eighth round (blind121 read): "Our bestseller is the full-day marlin trip"
     r"\bour (?:best[- ]?sellers?|most popular|top[- ]selling|biggest sellers?|flagship|signature) (?:[\w-]+ ){0,2}(?:is|are)\b|"
     r"\blet me (?:walk you through|give you a (?:quick )?(?:demo|tour)|demo)\b|"
     r"\blet me show you (?:the|our) (?:[\w-]+ ){0,2}(?:app|dashboard|features?|modules?|range|models?|plans?|products?|system|platform|packages?)\b|"
     r"\bfor (?:a |an )?(?:\d[\d,]*|one|two|three|four|five|six|ten|twenty) [\w-]+(?: [\w-]+)?,? (?:i'd|i would|we'd|we would) "
     r"(?:recommend|suggest|go for|go with)\b", 2.0))
MOVE_CUES["commitment"].append(
    # something sent in writing: "I'll email the full price with insurance", "I'll text you a list of ones we work with"
    (r"\bi(?:'ll| will) (?:email|e-mail|text|message|whatsapp|post|send) (?:you )?(?:over )?(?:the|a|our) (?:full |written |exact |final |short )?"
     r"(?:price|prices|quote|offer|proposal|estimate|details|address|list|menu|breakdown|figures|options|contract|form|number|link|summary)\b|"
     # what the trainee is doing about it now, and when the customer hears: "I'm assigning an adjuster now and marking it
     # urgent", "You'll get a call by 5 today", "I'm setting a reminder on this myself for 4:30"
     r"\bi(?:'m| am) (?:assigning|booking|sending|ordering|raising|logging|escalating|flagging|marking|arranging|scheduling|reserving) "
     r"(?:[\w-]+ ){0,3}?(?:now|right now|today|straight away|as we speak|this minute)\b|"
     r"\byou(?:'ll| will) (?:get|receive|have) (?:a|an|the|your) (?:call|phone call|text|email|visit|reply|answer|refund|replacement|"
     r"confirmation|engineer|technician|adjuster) (?:back )?(?:by|before|within|tomorrow|today|this (?:afternoon|evening|morning)|on (?:monday|tuesday|"
     r"wednesday|thursday|friday|saturday|sunday))\b|"
     r"\bi(?:'m| am) (?:setting|putting|making) (?:in )?(?:a |the )?(?:reminder|note|flag)\b[^.?!]{0,30}\b(?:for|at|by) \d", 2.0))
MOVE_CUES["what_else"].append(
    # "Anything missing from your list?", "Anything not on the order yet?"
    (r"\b(?:is there |there's )?(?:anything|something) (?:missing|left off|not yet|not) (?:from|on|off) (?:your|the|that) "
     r"(?:list|order|quote|sheet|note|docket)\b", 3.0))
MOVE_CUES["argument"].append(
    # the fault handed to the customer: "Next time you need to tick the box." ("that's on you" can be a bill: "electric
    # heaters, so that's on you")
    (r"\b(?:that's|that is|it's|it is) (?:all |really |entirely )?your lookout\b|"
     r"\bnext time,? (?:you (?:need|have|ought) to|you should|make sure (?:you|to)|remember to)\b", 2.5))
MOVE_CUES["rudeness"].append(
    # blame asked as a question: "But did you check the care label before bringing it in?"
    (r"\bdid you (?:even |actually )?(?:check|read|look at) the (?:care |wash(?:ing)? )?(?:label|instructions|tag)\b", 2.5))
MOVE_CUES["rudeness"].append(
    # a lecture on the customer's habits: "You know, keeping cash at home is a bad habit."
    (r"\b(?:is|are|'s|was) (?:a |such a |really a )?(?:bad|terrible|silly|foolish|lazy) habits?\b", 2.5))
MOVE_CUES["pitch"].append(
    # a monthly price put forward and a demo fetched (blind52): "Financing from 129 a month.", "from just 19 a week",
    # "Let me grab the demo pair so you hear the difference", "Now the exciting part: the new Sonara 9 is rechargeable…"
    (r"\b(?:financing|finance) (?:is )?(?:available )?from (?:just |only )?[$£€]?\d|"
     r"\b(?:plans?|prices?|packages?|payments?|leases?|memberships?) (?:start|starts|starting) (?:from|at) (?:just |only )?[$£€]?\d|"
     r"\bfrom (?:just |only )?[$£€]?\d[\d,.]* (?:a|per|/) ?(?:month|week|year|mo)\b|"
     r"\b(?:grab|get|fetch|bring out|show you) (?:the|a|our) demo(?: (?:pair|unit|model|version|kit|set))?\b|"
     r"\b(?:now )?(?:here's |for )?the (?:exciting|fun|best) part\b", 2.0))
MOVE_CUES["pitch"].append(
    # (with another selling word: "the new valve is fitted" alone tells a repair)
    (r"\bthe new [\w-]+(?: [\w-]+)? (?:is|has|comes with|offers|gives you)\b", 1.0))
MOVE_CUES["rudeness"].append(
    # blame said with a tag and others held up (blind52): "So the missed boat is really on your side, you see?", "most
    # guests read it"
    (r"\b(?:is|was|'s) (?:really |all |entirely |totally )?on your (?:side|end)\b|"
     r"\bmost (?:guests|customers|clients|people|members|parents|tenants) (?:read|manage|do|know|understand|see) (?:it|that|this)\b", 2.5))
MOVE_CUES["argument"].append(
    # the website's rule held up: "The website says to confirm by phone 24 hours before."
    (r"\b(?:the|our) (?:website|booking page|booking form|app|confirmation email|ticket|receipt) (?:clearly )?(?:says|states|explains) "
     r"(?:to|you (?:must|have to|need to|should)|that you (?:must|have to|need to|should))\b", 2.5))
MOVE_CUES["commitment"].append(
    # any step the trainee takes on by a time (blind52): "I'll file the waiver request today", "we'll order the part
    # tomorrow", "You'll get a letter in about two weeks"
    (r"\b(?:i|we)(?:'ll| will) (?!(?:see|think|try|hope|wait|be (?:honest|back|here|closed)|let you know when)\b)(?:[\w-]+ ){1,6}?"
     r"(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|first thing|by (?:monday|tuesday|wednesday|thursday|friday|saturday|"
     r"sunday|noon|tonight|tomorrow|the end of|\d))\b|"
     r"\byou(?:'ll| will) (?:get|receive|have) (?:a|an|the|your) (?:letter|card|confirmation|refund|credit|replacement|parcel|call|text|email) "
     r"(?:back |from (?:us|me) )?(?:in|within|by|on|before) (?:about |around |roughly )?(?:\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
     r"the|monday|tuesday|wednesday|"
     r"thursday|friday|tomorrow)", 2.0))
MOVE_CUES["upsell"].append(
    # selling an upgrade on the side (blind52): "While I have your account open, have you thought about upgrading your own
    # phone? You're eligible for the new model at zero down.", "I can add a tablet so you can video call the grandkids"
    (r"\bwhile i have (?:your|the) (?:account|file|details|card) (?:open|up|here)\b|\bhave you (?:thought about|considered) upgrading\b|"
     r"\byou(?:'re| are) (?:now )?eligible for (?:the|a|an) (?:new|upgrade|upgraded|free)\b|"
     r"\bi (?:can|could) (?:also )?add (?:a|an) (?:tablet|second line|extra line|watch|smartwatch|case|screen protector|warranty|insurance)\b", 2.5))
MOVE_CUES["pressure"].append(
    # "But if you upgrade today I can roll it into your new contract."
    (r"\bif you (?:upgrade|sign|order|buy|switch|book|join|renew) (?:today|now|this week|before (?:friday|the weekend|tonight))\b", 2.5))
MOVE_CUES["rudeness"].append(
    # "You should really buy a proper case and keep it away from the water, it's just common sense."
    (r"\b(?:it's|it is|that's|that is) (?:just |only |basic |simple )?common sense\b", 2.5))
MOVE_CUES["commitment"].append(
    # something the customer will have, said of the thing: "The offer comes today.", "Your confirmation goes out tonight."
    (r"\b(?:the|your) (?:offer|quote|proposal|contract|invoice|confirmation|letter|parcel|order|replacement|refund|documents?|paperwork) "
     r"(?:comes|will come|goes out|will go out|arrives|will arrive|will be (?:sent|with you|in your inbox)) "
     r"(?:to you )?(?:today|tonight|tomorrow|this (?:afternoon|evening|week)|by (?:monday|tuesday|wednesday|thursday|friday|noon|\d)|on (?:monday|tuesday|wednesday|thursday|friday))\b", 2.0))
MOVE_CUES["argument"].append(
    # twenty-seventh round (blind62 read): the customer's account doubted - "I doubt it's a slate, to be honest",
    # "people often say that, and then…", "Are you really sure it never fell?"
    (r"^(?:(?:no|hmm+|well|honestly),? )*i doubt (?:it's|it is|that's|that it's|it was) (?:the|a|an|your)\b|"
     r"\b(?:people|customers|everyone|everybody) (?:often|always|usually|all) say (?:that|this)\b", 2.5))
MOVE_CUES["rudeness"].append(
    # ... and asked outright (a question: put-downs count there, arguments do not): "Are you really sure it never fell?"
    (r"\bare you (?:really |absolutely |totally |quite )?sure (?:it|that|he|she|they|the \w+) (?:never|didn't|did not|wasn't|was not|hasn't|has not|"
     r"isn't|is not)\b", 2.5))
MOVE_CUES["pitch_claim"].append(
    # "Best boot we sell, 329.", "the finest we stock"
    (r"\b(?:the )?(?:best|finest|top|strongest|toughest|most popular) (?:[\w-]+ )?(?:we|i) (?:sell|stock|carry|make|have|do|offer)\b", 2.0))
MOVE_CUES["pressure"].append(
    # a discount tied to deciding now: "There's 10% off if you start this month.", "15% off if you sign this week"
    (r"\b(?:\d+|five|ten|fifteen|twenty|a few) ?(?:%|percent|per cent|pounds|euros|dollars)? off if you (?:sign|start|book|order|buy|commit|join|"
     r"decide|go ahead|switch)\b[^.?!]{0,20}\b(?:today|tonight|now|this (?:week|month|afternoon|morning|evening))\b", 2.5))
MOVE_CUES["argument"].append(
    # the non-apology that closes a complaint: "I'm sorry you feel that way."
    (r"\b(?:i'm|i am|we're|we are) sorry (?:that )?you feel (?:that way|like that|this way)\b", 2.5))
MOVE_CUES["rudeness"].append(
    # the customer's honesty doubted (blind64 read): "You're sure nothing like that happened? We do get people trying it on."
    (r"\byou(?:'re| are) sure nothing (?:like that |of the sort |of that sort )?happened\b|\b(?:people|customers|some people|folk) (?:are )?trying it on\b|"
     r"\bwe (?:do )?get (?:a lot of |plenty of |some )?(?:people|customers|folk) trying it on\b", 2.5))
MOVE_CUES["pitch_claim"].append(
    # the big one presumed and results promised (blind66 read): "For 40 hectares you want the big system…", "our clients
    # save 80, 90 percent"
    (r"(?<!that )\byou(?:'ll)? (?:want|need) the (?:big|bigger|biggest|top|premium|full|largest|deluxe)\b|"
     r"\b(?:our )?(?:clients|customers) (?:typically |usually |often |all )?save (?:up to |about |around |on average )?\d+", 2.0))
MOVE_CUES["argument"].append(
    # a worry filed as common and answered with "but": "I hear you, that's the most common worry, but the payback is so fast"
    (r"\b(?:that's|that is|it's|it is) (?:the most |a very |a really |a )?common (?:worry|concern|objection|fear|question)\b,? but\b", 2.5))

# -- twenty-eighth round (read sets blind68, blind70) ------------------------------------------------------------------
MOVE_CUES["rudeness"].append(
    # blame for how it was used, as a rule of thumb or a condition: "Most experienced campers do that with a new tent.",
    # "any tent can leak if it isn't set up right"
    (r"\b(?:most|all|any) (?:experienced|sensible|serious|regular|seasoned) [\w-]+s? (?:do|would do|know) (?:that|this)\b|"
     r"\bif (?:it|they|the [\w-]+)(?: [\w-]+)? (?:isn't|wasn't|aren't|weren't|is not|was not|are not|were not|hasn't been|haven't been) "
     r"(?:set up|installed|pitched|fitted|used|stored|maintained|charged|cleaned|assembled|mounted|plugged in|looked after) "
     r"(?:right|properly|correctly|the right way)\b", 2.5))
MOVE_CUES["pitch_claim"].append(
    # a product put into the customer's mouth in a playback: "you're a serious daily rider who's outgrown this bike and
    # wants something lighter…, like this Merida, 1,290", "reliability matters most, which is our Gold Service, 149"
    (r"\b(?:like|such as) (?:this|our|the) [A-Z]?[\w-]+(?: [\w-]+)?,? (?:at |for |only )?[$€£]?\d[\d,.]*\b|"
     r"\bwhich is (?:exactly )?(?:our|the) [\w-]+(?: [\w-]+)?,? (?:at |for |only )?[$€£]?\d[\d,.]*\b", 2.0))
MOVE_CUES["discount"].append(
    # a price promised before anything is known (blind73 read): "we'll beat whatever you paid her, and new clients get
    # the first month free"
    (r"\b(?:we|i)(?:'ll| will| can) (?:beat|match|undercut) (?:whatever|any|what) (?:price |quote )?(?:you(?:'re| are)? (?:paid|paying|pay)|"
     r"you(?:'ve| have) (?:been )?(?:paid|quoted)|they (?:charge|charged|quoted))|"
     r"\b(?:the )?first (?:month|week|lesson|session|visit|clean|class)(?:'s| is)? (?:free|on us|on the house)\b", 2.5))
MOVE_CUES["pitch_claim"].append(
    # the product named as the need before it was asked about (blind73 read): "Our Food Handler Level 2 course is what
    # you need: two full days…", "The premium plan is exactly what you need."
    (r"\b(?:our|the|this) [\w -]{1,40}? (?:is|are) (?:exactly |just )?(?:what|all) you need\b", 2.0))
MOVE_CUES["pressure_now"].append(
    # "let's get the order signed today" (blind73 read)
    (r"\blet'?s get (?:it|this|that|the (?:order|contract|agreement|paperwork|deal|form)) signed (?:today|now|right now|this week)\b", 2.5))

# -- twenty-ninth round (read sets blind74, blind76) -------------------------------------------------------------------
MOVE_CUES["rudeness"].append(
    # doubting how the customer did it, dressed as a question or a rule of thumb: "Are you sure you open the damper fully
    # before lighting? Many people forget.", "have you considered that the problem may be how the fire is built?",
    # "Could it be that you are simply more sensitive to smell than most?"
    (r"\bare you sure (?:you|that you|he|she|they) (?:(?:really|actually|properly|fully) )?(?:open|opened|close|closed|turn|turned|"
     r"plug|plugged|switch|switched|set|follow|followed|read|use|used|charge|charged|press|pressed|install|installed|"
     r"fit|fitted|clean|cleaned|store|stored|lock|locked|enter|entered|type|typed|fill|filled|tighten|tightened|water|watered)\b|"
     r"\b(?:many|most|a lot of|lots of) (?:people|customers|users|owners|clients|patients) forget(?=\s*[.!]|\s*$)|"
     r"\b(?:the )?problem (?:may|might|could) be (?:how|the way) (?:you|the [\w-]+ (?:is|was|are|were) (?:built|used|set|done|lit|made))\b|"
     r"\byou(?:'re| are) (?:(?:simply|just) more sensitive|(?:simply |just |perhaps |maybe )?(?:over-?sensitive|too sensitive))\b", 2.5))
MOVE_CUES["argument"].append(
    # our work defended before the fault is found: "Since our sweep was done properly, …"
    (r"\b(?:since|as|because) (?:our|the) (?:[\w-]+ ){1,2}(?:was|were) (?:done|carried out|installed|fitted|completed|serviced) "
     r"(?:properly|correctly|right|to standard|by the book)\b", 2.5))
MOVE_CUES["pressure"].append(
    # deadlines and the crowd in other words (blind76 read): "I can only give that price until Friday", "if you don't sign
    # this week you'll sit in the dark", "two other clients are looking at the last slot", "everyone in Langenhoven Park
    # has gone solar already"
    (r"\b(?:can|could) only (?:hold|give|offer|do|keep|guarantee) (?:you )?(?:that|this|the) (?:price|rate|deal|offer|discount) "
     r"(?:until|till|for|through)\b|"
     r"\bif you (?:don't|do not) (?:sign|book|order|commit|decide|buy|pay)(?: it| up| now)? (?:today|now|this week|by \w+)\b"
     r"(?![^.!?]*\b(?:that's (?:fine|ok|okay|alright)|no (?:problem|worries|rush|pressure)|(?:the )?(?:offer|price) (?:stands|holds))\b)|"
     r"\b(?:\w+ )?other (?:clients|customers|people|buyers|families|couples|companies) (?:are )?(?:looking at|interested in|after|"
     r"asking about|waiting for|wanting) (?:the|that|this) (?:last|final|only)\b|"
     r"\beveryone (?:in|on|around|near) [\w' -]{1,30}? (?:has|have) (?:already )?(?:gone|switched|moved|got|bought|signed|joined|"
     r"upgraded)\b", 2.5))
MOVE_CUES["rudeness"].append(
    # talking down (blind76 read): "Can you even authorise that?", "If she wants cheap she can go to the souq.", "And next
    # time, maybe watch what the cat eats."
    (r"\b(?:can|could|did|are|have) you even\b(?! (?:need|want|use|like)\b)|"
     r"\bif (?:you|she|he|they) wants? (?:it )?cheap,? (?:you|she|he|they) (?:can|could|should|might as well) go\b|"
     r"\bnext time,? (?:maybe|perhaps|just|try to) (?:watch|keep an eye on|be more careful|pay attention|look after)\b", 2.5))
MOVE_CUES["argument"].append(
    # the rules read out to a customer in trouble (blind74 read): "Autofill only works if customers keep access clear.",
    # "Those fees are standard when customers run out."
    (r"\bonly works? if (?:customers|people|users|owners|clients|the customer) (?:keep|remember|follow|check|read|do)\b|"
     r"\b(?:those|these|the|our) (?:fees|charges|costs) are (?:standard|normal|policy) (?:when|if) (?:customers|people|clients|users|owners)\b", 2.5))
MOVE_CUES["commitment"].append(
    # an offer to explain it to whoever decides (blind76 read): "I can explain it to him myself, ten minutes on the phone",
    # "I can walk your accountant through it"
    (r"\bi (?:can|could|will|'ll|'d be happy to) (?:explain|walk through|go through|present|run through) (?:it|this|that|the \w+) "
     r"(?:to|with) (?:him|her|them|your (?:\w+ )?(?:manager|boss|wife|husband|partner|son|daughter|accountant|board|director|owner|team))"
     r"(?: myself| directly| personally)?\b|"
     r"\bi (?:can|could|will|'ll|'d be happy to) (?:walk|take|talk) (?:him|her|them|your (?:\w+ )?(?:manager|boss|wife|husband|partner|son|"
     r"daughter|accountant|board|director|owner|team)) through (?:it|this|that|the \w+)\b", 2.0))


#: Scarcity said plainly ("fills up fast", "sells out quickly"): the pressure cue below, and what `moves` lets pass as advice
#: on a booking made elsewhere ("Have you booked the ferry? August fills fast.").
FILLS_FAST = r"(?:fills?|filling|books?|booking|sells?|selling) (?:up |out )?(?:fast|quickly|quick)\b"


# -- thirtieth round (read sets blind80, blind82) -------------------------------------------------------------------------
MOVE_CUES["pressure_now"].append(
    # the order asked for in other words (blind82 read): "what would it take to get your dad booked in with us for March?",
    # "how would you like to secure the room, deposit by card today or bank transfer?"
    (r"\bwhat would it take (?:for you |for us )?to get (?:you|him|her|them|your [\w-]+|the [\w-]+)(?: [\w-]+)? "
     r"(?:booked|signed|signed up|enrolled|registered|on board)\b|"
     r"\b(?:how|when) would you like to (?:secure|reserve|lock in|confirm) (?:the|your|a) [\w-]+\b[^.?!]{0,40}"
     r"\b(?:deposit|card|transfer|pay\w*)\b", 2.5))
MOVE_CUES["pressure"].append(
    # scarcity and haste said plainly (blind82, blind80 read): "March fills up fast.", "the sooner the better"
    # (not a quality the customer wants of a product: "a lamp that sells quickly" - fifty-sixth round, blind_typed10 read)
    # (nor her doubt that it would sell: "or that you doubt our lamps would sell quickly enough" - fifty-eighth round)
    (r"\b(?<!memory )(?<!storage )(?<!space )(?<!disk )(?<!tank )(?<!that )(?<!which )(?<!would )(?<!will )(?<!could )"
     r"(?<!might )(?<!won't )(?<!wouldn't )(?<!to )" + FILLS_FAST + r"(?! (?:on|at) (?:weekends|fridays)| enough\b)|"
     # (haste about the sale, not about the customer's health or safety: "get that tooth seen, the sooner the better")
     r"\b(?:contract|agreement|sign\w*|order\w*|deposit|pay\w*|buy\w*|purchas\w*|deal|price|invoice)\b[^.?!]{0,80}"
     r"(?<!as )(?<!is )\bthe sooner the better\b", 2.5))
MOVE_CUES["closing"].append(
    # a day to sign asked as a choice that takes the yes for granted (blind82 read): "When would be the best day for you
    # to come in and sign the admission forms, this week or next?"
    (r"\b(?:come in|pop in|drop by|call in) (?:and|to) sign (?:the|your)\b|"
     r"\bsign (?:the|your) (?:[\w-]+ ){0,2}(?:forms?|papers?|paperwork|contract|agreement)\b[^.?!]{0,30}\b(?:this week or next|today or tomorrow)\b", 2.5))
MOVE_CUES["argument"].append(
    # the fault put on the customer's side (blind82 read): "Maybe it ran too long…, which is on the operator's side.",
    # "I'm not saying fault, but we can't cover damage from how an engine is used.", "But the service was fine, the mechanic
    # signed the checklist." (blind80 read) "You can't blame seed for a missed canal turn."
    (r"\b(?:which|that|this)(?:'s| is| was) on (?:the )?(?:operator|user|owner|driver|customer|rider|farmer|tenant)'?s? "
     r"(?:side|end)\b(?! of)|\bi'?m not saying (?:it'?s |it was )?(?:your )?fault,? but\b|"
     r"\bwe (?:can't|cannot|don't|do not) cover (?:damage|wear|problems|faults) (?:from|caused by) (?:how|the way)\b|"
     r"^(?:i understand\. )?but (?:the|our) (?:service|work|repair|installation|job|fitting) was (?:fine|ok|okay|correct|done right|done properly)\b|"
     r"\byou can'?t (?:really )?blame (?!yoursel|him|her|them|anyone|anybody|no-?one)(?:the )?(?:[\w-]+ )?(?:for|on)\b", 2.5))
UPSET_CUES.append(
    # indignation at being sold to at the wrong moment (blind80 read): "My father just died and you are selling me insurance?"
    (r"\band (?:now )?you(?:'re| are) (?:selling|trying to sell|offering|pushing|pitching) (?:me|us)\b|"
     r"\band now you (?:sell|want to sell|try to sell|offer|push) (?:me|us)\b", 2.0))
MOVE_CUES["argument"].append(
    # the fault laid on the customer's care (blind80 read): "that's the sender's responsibility, it's on the waybill",
    # "But with insufficient packing, claims are usually rejected."
    # (thirty-second round, blind93 read: "keeping a buffer is the customer's responsibility")
    (r"\b(?:that's|that is|it's|it is|is|was) (?:the |your )?(?:sender|customer|cardholder|account holder|owner|buyer|user|client|"
     r"driver|operator|tenant)'?s? (?:own )?(?:responsibility|job|problem|lookout)\b|"
     r"\b(?:with|because of|due to|given|after) (?:the |your |such )?(?:insufficient|poor|improper|inadequate|careless) "
     r"(?:packing|packaging|maintenance|use|usage|care|handling|storage)\b", 2.5))

# -- thirty-second round, read from blind90-blind93 (dev sets) ------------------------------------------------------
MOVE_CUES["argument"].append(
    # the fault laid on what the customer did: "When a card's declined you really shouldn't swipe again -- that's how
    # double charges happen." (the customer's responsibility: with the blind80 cue above)
    (r"\byou (?:really )?(?:shouldn't|should not) [^.!?]{1,40}(?:--|—|-|,|;) ?(?:that's|that is) (?:how|why|what) ", 2.5))
UPSET_CUES.append(
    # indignation with no complaint word: "What? Who cares about the trip!", "it said declined!! what was i supposed to
    # do", "Help them now!", "I'm coming to your office now with my brother.", "thats not on me"
    (r"\bwho cares\b(?! (?:if|whether|about the (?:price|cost))\b)|"
     r"\bwhat (?:was|am|were) (?:i|we) (?:supposed|meant) to do\b|\bhelp (?:them|us|me|him|her) now\b|"
     r"\b(?:i'?m|im|i am|we'?re|we are) coming (?:down |over )?to your (?:office|shop|store|branch|showroom)\b|"
     r"\b(?:that's|thats|that is) not on (?:me|us)\b", 2.0))
# -- thirty-third round (the Spanish dev set's "¿Algo más? Que tengo gente esperando.", said in English) -----------------
MOVE_CUES["rudeness"].append(
    # the customer hurried along for the next one: "Anything else? I've got people waiting.", "Quick, I've got other customers."
    (r"\b(?:i'?ve|ive|i have|we'?ve|we have)(?: got)? (?:other |more )?(?:people|customers|clients|patients|callers|a queue|a line) "
     r"(?:waiting|behind you|to (?:serve|see|deal with))\b|^\W*(?:quick(?:ly)?|hurry),? (?:i'?ve|ive|i have) got (?:other|more) (?:people|customers)\b", 3.0))
MOVE_CUES["rudeness"].append(
    # (blind94-97 read) "The rates on the board behind you. You can read, right?", "Then go to Lodge Road, nuh. I don't
    # have all morning."
    (r"\byou can read,? (?:right|yes|no|can't you|innit|eh)\s*\?|\bi (?:don'?t|do not) have all (?:morning|day|afternoon|week)\b|"
     r"^\W*(?:then|well then|so) go to [\w' ]{1,25},? (?:then|nuh|lah|la|na|eh)\s*[.!]", 3.0))
MOVE_CUES["rudeness"].append(
    # (blind94-97 read) the customer's competence or honesty doubted, in a question (argument cues count in statements
    # only): "Are you sure the readings were taken correctly?", "Do you check your statement before paying?", "Did you
    # maybe pay twice…?", "Then maybe someone else in the household used the card?", "is it possible your buyer is being
    # over-strict and you're passing the pressure to us?", "surely your QC team knows…?"
    (r"\bare you sure (?:the|your|you|that) [^?]{0,40}\b(?:correctly|properly)\?|"
     r"\bdo you (?:even |actually )?(?:check|read|look at) (?:your|the) (?:statement|bill|account|email|manual|instructions)s? (?:before|first)\b|"
     r"\b(?:did you|could you have|maybe you) (?:maybe |perhaps |accidentally )?(?:pay|paid|order|ordered|book|booked|click|clicked|submit|submitted) (?:it )?twice\b|"
     r"\b(?:maybe|perhaps) (?:someone|somebody) else (?:in|at|from) (?:the|your) (?:household|family|house|home|office|team) (?:used|took|ordered|paid)\b|"
     r"\b(?:is it possible|could it be|maybe) (?:that )?your (?:buyer|customer|client|boss|manager|team) (?:is|are) (?:being )?(?:over-?strict|too strict|unreasonable|difficult|fussy)\b|"
     r"\bpassing the (?:pressure|blame|problem) (?:on )?to us\b|\bsurely (?:your|you) (?:[\w-]+ ){0,3}(?:knows?|understands?|reali[sz]es?)\b", 3.0))
MOVE_CUES["argument"].append(
    # (blind94-97 read) the rules not the trainee's: "I don't set the price", "I can only go by what's on your side"
    (r"\bi (?:don'?t|do not) set the (?:price|prices|rates|rules|policy|fees)\b|\bi can only go by what(?:'s| is) (?:on|in) (?:your|my|our|the) (?:side|system|screen|records?)\b", 2.5))
MOVE_CUES["closing"].append(
    # (thirty-fifth round, the Spanish dev set's next step written for English) a visit proposed as a question, with its day:
    # "Would you like to come and see it tomorrow?", "Do you want to pop in on Saturday for a test drive?"
    (r"\b(?:would you like|do you want|(?:would|do) you fancy|want|(?:would|could) you) to (?:come|pop|drop|stop|swing) (?:in|by|over|round|down|out|and|to)\b"
     r"[^.?!]{0,50}?\b(?:today|tonight|tomorrow|this (?:week|weekend|afternoon|evening)|next week|" + WEEKDAY + r"|"
     r"weekend|morning|afternoon)\b[^.?!]{0,30}\?", 2.5))
MOVE_CUES["commitment"].append(
    # (thirty-sixth round, blind107 read) a choice of two times put to the customer, with or without "which is better":
    # "Thursday at nine or Friday at two, which is better?", "Tuesday morning or Wednesday at 4?"
    (_SENTENCE_START + r"(?:(?:so|then|ok|okay|great|got it|right),? )?" + _DAY + r"(?: (?:at )?(?:" + _CLOCK + r"|" + _CLOCK_WORD + r"|noon))? or "
     + _DAY + r"(?: (?:at )?(?:" + _CLOCK + r"|" + _CLOCK_WORD + r"|noon))?(?:,? (?:which|what) (?:is|works|suits|would)\b[^.?!]{0,25})?\?", 2.5))
MOVE_CUES["argument"].append(
    # (thirty-sixth round, blind107 read) the fault put on the customer's kind: "moisture like that usually comes from tenants
    # not ventilating", "A lot of tenants flood their own bathroom"
    (r"\b(?:usually|often|normally|typically|always|mostly|mainly) (?:comes?|happens?|is caused|are caused) (?:from|by|because(?: of)?) "
     r"(?:the )?(?:tenants|customers|users|people|owners|clients|guests|patients|residents|drivers|homeowners|parents|kids)\b|"
     r"\b(?:a lot of|lots of|most|many|plenty of|half (?:of )?(?:the|our)) (?:tenants|customers|users|people|owners|clients|guests|patients|residents|drivers|homeowners) "
     r"(?:\w+ ){0,2}(?:flood|break|damage|block|clog|overload|scratch|crack|ruin|misuse|forget|drop|spill|lose)\w* (?:their own|it themselves|them themselves)\b", 2.5))
MOVE_CUES["rudeness"].append(
    # …and asked as a maybe (argument cues count in statements only): "did you maybe let the curtain hang out of the tub?"
    (r"\bdid you (?:maybe |perhaps |accidentally |by any chance )(?:let|drop|break|spill|knock|overload|misuse|block|clog|flood|"
     r"leave (?:it|the \w+) (?:open|on|running|outside|unplugged))\b", 2.5))
MOVE_CUES["argument"].append(
    # (thirty-seventh round, blind112 read) the product cleared and the customer's handling guessed at: "Stones don't just
    # fall out after two wears. Usually it got knocked or caught in a dupatta."
    (r"\b(?:[\w-]+s|they|it|that|these|those) (?:don't|do not|doesn't|does not|won't|will not) just (?:fall out|fall off|break|crack|snap|"
     r"stop working|come (?:loose|off|apart|undone)|leak|die|burn out|wear out)(?: (?:by|on) (?:itself|themselves|their own|its own))?\b|"
     r"\b(?:usually|normally|mostly|often|typically) (?:it|they|that|this|the [\w-]+) (?:got|gets|was|were|has been|have been) "
     r"(?:knocked|dropped|caught|banged|bumped|hit|wet|pulled|tugged|forced|sat on|stepped on|overloaded|misused)\b", 2.5))
MOVE_CUES["argument"].append(
    # (…and a loss the customer objects to put down to the rules: "That's the rule for premature closure, sir.")
    (r"(?:^|[.!?] )(?:(?:sorry|well|but|no),? )?(?:that's|that is|it's|it is) (?:just |simply )?(?:the|our|bank|company) (?:rule|rules)"
     r"(?: for [\w -]{1,30})?(?=[,.!;]|$| sir| madam| ma'am| i'm afraid)", 2.5))
MOVE_CUES["argument"].append(
    # (blind118, blind119 read) the customer told they are wrong after a lead-in, "Honestly, you're wrong about buttons.";
    # the product cleared as the cause and the customer's own things blamed, "Nah, a heat pump won't trip your power.
    # It'll be something else you've got plugged in."
    (r"(?:^|[.!?] )(?:(?:honestly|frankly|look|listen|well|no|nah|mate|sir|madam|trust me),? )+(?:you're|you are) "
     r"(?:just |simply |completely |totally |dead )?(?:wrong|mistaken)\b|"
     r"(?:^|[.!?] )(?:nah|no|nope),? (?:a|the|your|that|this|our) (?:[\w-]+ ){0,2}(?:won't|will not|can't|cannot|doesn't|does not|wouldn't|would not) "
     r"(?:trip|cause|make|break|affect|leak|damage|drain|do that)\b|"
     r"\bit(?:'ll| will| must| would)? be something (?:else )?(?:you(?:'ve| have)?|your \w+) (?:got|done|plugged|left|put|used|did)\b", 2.5))
MOVE_CUES["pitch"].append(
    # (blind119 read) our product as what people like the customer choose: "Many people in your situation choose our Legacy
    # Investment fund for the inheritance."
    (r"\b(?:many|most|lots of|a lot of|plenty of) (?:people|customers|clients|families|couples|parents|owners)(?: [\w']+){0,4} "
     r"(?:choose|go for|pick|opt for|love|buy|take|prefer|switch to) (?:our|the) [\w-]+", 2.5))
# -- thirty-eighth round (read sets blind124-126) --------------------------------------------------------------------
MOVE_CUES["closing"].append(
    # the form put forward as the next step: "Want to fill in the application today?", "Shall we get the enrolment form done?"
    (r"\b(?:want|would you like|do you want|shall we|ready|happy) to (?:fill in|fill out|complete|start|sign|submit|get) (?:the|an|your|our) "
     r"(?:[\w-]+ )?(?:application|form|paperwork|contract|enrol(?:l)?ment|registration)\b", 2.5))
MOVE_CUES["pitch"].append(
    # the offer sold on its record and its approach: "Our long-term batch had 412 selections last year", "Our Montessori
    # approach is child-led…"
    (r"\bour (?:[\w-]+ ){0,2}(?:batch|course|programme|program|school|academy|class|team|clinic|gym|salon) (?:had|has|got|gets) "
     r"(?:\d[\d,]*|over \d[\d,]*|hundreds of|thousands of) (?:selections|placements|toppers|passes|graduates|members|clients|students|happy)\b|"
     r"\bour (?:[\w-]+ )?(?:approach|philosophy|method|methodology|curriculum|system) is\b", 2.5))
MOVE_CUES["upsell"].append(
    # (blind125 read) the add-on put in the customer's mouth: "…reliability matters, which is why you want the extended
    # warranty and GAP, about $40 more a month, right?"
    (r"\bwhich is (?:why|what) you(?:'ll| will|'d| would)? (?:want|need|should (?:get|take|have)) (?:the|our|an?|this|that) [\w-]+|"
     r"\b(?:about|just|only) [$£€]?\d+ (?:more|extra) (?:a|per|each) (?:month|week|year)\b", 2.5))
# -- thirty-ninth round (read sets blind130, blind131) ---------------------------------------------------------------
MOVE_CUES["pitch"].append(
    # our offer called the ideal one, whatever comes between: "So our full-time morning program, Monday to Friday,
    # 75,000, is ideal."
    (r"\bour (?:[\w-]+ ){0,3}(?:program(?:me)?|plan|package|batch|course|bundle|model|policy|service|deal|option|range)\b[^.?!]{0,60}?"
     r"\b(?:is|would be|will be|'s) (?:ideal|perfect|just right|the best fit|exactly what you need)\b|"
     # what it is built for, told to a price objection: "It is, but it's built for business, with priority repair."
     r"\b(?:it'?s|it is|they'?re|they are|ours is|ours are) (?:built|designed|made|engineered) (?:for|with) (?:business(?:es)?|professionals|"
     r"heavy use|commercial use|(?:people|shops|cafes|cafés|firms|companies|businesses|families|homes) like yours)\b|"
     # the crowd of buyers as the answer to a worry: "Our fabric is good quality, many brands buy from us."
     r"\b(?:many|most|lots of|a lot of|plenty of|all the (?:big|top)|big|top|leading) (?:brands|companies|customers|clients|firms|hotels|"
     r"schools|businesses|mills|retailers|buyers|exporters) (?:already )?(?:buy|order|source|use|trust|work) (?:from |with )?us\b|"
     # (blind130 read) a product sold on what it earns: "Our fixed-term savings give a great return."
     r"\bour (?:[\w-]+ ){0,3}(?:give|gives|offer|offers|pay|pays) (?:you )?(?:a |an )?(?:great|good|excellent|brilliant|fantastic|top|"
     r"better|the best|really good) (?:return|rate|deal|interest)\b", 2.5))
MOVE_CUES["rudeness"].append(
    # the customer hurried off for the next one (as zh/blind20's "後面很多人在等"): "Look, I've got a customer waiting, so…",
    # "there's a queue behind you" (not "come back when you've decided" alone, which may be kind: "No rush, come back…")
    (r"\b(?:i'?ve|i have|we'?ve|we have) got (?:a |another |other |more )?(?:customers?|people|clients|patients) waiting\b|"
     r"\bthere(?:'s| is| are) (?:a queue|a line|people|customers|others) (?:behind you|waiting behind you)\b", 3.0))
#: A death just told ("We had Max put to sleep yesterday.", "He died yesterday.", "My mother passed away last week."): a
#: customer in grief, upset for the rubric (no pitch, calm first) though no problem with what they bought is reported;
#: not a death in the background ("He did a week somewhere after Mum died").
GRIEF_CUE = (r"(?<!after )(?<!since )(?<!when )(?<!before )(?<!until )\b(?:he|she|my (?:[\w-]+ )?\w+|our (?:[\w-]+ )?\w+|mum|mom|dad) "
             r"(?:just |only |recently )?(?:died|passed away|passed on|was put to sleep|was put down)\b(?! (?:on me|on us|again)\b)|"
             r"\b(?:had|have) (?:\w+ ){1,3}put to sleep\b")
# (blind124 read) exasperation in so many words: "Oh, for crying out loud. It's snowing sideways out there.", "Oh for God's
# sake", "Give me a break."
UPSET_CUES.append((r"\bfor (?:crying out loud|god'?s sake|goodness'? sake|heaven'?s sake|pete'?s sake|fuck'?s sake|christ'?s sake)\b|"
                   r"(?:^|[.!?] )(?:oh,? )?give me a break\b", 2.0))
# Fortieth round (blind134 read: trades and home services in England, Wales and Canada). The decision asked for as what
# must happen today, the plan the customer "sees themselves starting with", the direct debit's date offered as a choice,
# and "yes or no?"
MOVE_CUES["pressure"].append(
    (r"\bwhat (?:would|will|needs to|would need to|has to) (?:need to )?happen for you to [^.?!]{0,40}\b(?:today|tonight|right now)\b|"
     r"\b(?:feel |be )?ready to decide (?:today|tonight|now|right now|before you go)\b|"
     r"(?:^|(?<=[,.!?] ))(?:so,? )?(?:[\w-]+ ){0,3}(?:[\w-]+,? )?yes or no\s*\?", 2.5))
MOVE_CUES["closing"].append(
    (r"\b(?:which|what) (?:one|plan|option|package|tier|level|model|membership|policy)s? do you see yourself (?:starting|going|signing up) (?:with|for|on)\b|"
     r"\bhow would you like to set up (?:the|your) (?:direct debit|standing order|payments?|monthly payments?)\b[^.?!]{0,60}\bor\b|"
     # the balance asked for before the work is checked: "So that's the balance of 2,150. Card or bank transfer?"
     r"\b(?:card or (?:a )?(?:bank )?transfer|(?:bank )?transfer or card|card or cheque|cheque or card)\b", 2.5))
MOVE_CUES["rudeness"].append(
    # the customer talked down to: "Let me guess, stone house, and somebody's told you it's rising damp.", "you rang us
    # instead of reading one thing about stone houses", "What exactly do you want me to say?", "Anything else, or shall I
    # guess the rest too?", "Then she can open a window."
    (r"^\W*(?:(?:right|ok(?:ay)?|oh|ah)[.,!]? )?let me guess\b|\binstead of (?:reading|checking|looking (?:at|up)|googling) (?:one|a single|the) (?:thing|word|page)\b|"
     r"\bwhat (?:exactly )?do you want me to (?:say|do about it)\b|\bshall i guess (?:the rest|the others|that too)\b|"
     r"^\W*(?:then|well,?) (?:she|he|they|you) can (?:just )?(?:open a window|put up with it|live with it|wait)\b", 2.5))
MOVE_CUES["argument"].append(
    # the fault put on how the customer uses it: "…two high-draw appliances together, which, honestly, people shouldn't
    # do", "our work passed inspection, so if it trips, it's usage", "since it's not a fault on our side"
    (r"\bwhich,? (?:honestly,? |really,? )?(?:people|you|customers|folks) (?:really )?(?:shouldn't|should not|aren't supposed to) do\b|"
     r"\b(?:it's|it is|that's|that is) (?:just )?(?:usage|down to usage|how you(?:'re| are) using it)\b|\bnot a fault on our (?:side|end|part)\b|"
     # the customer's complaint about the last firm waved off: "I doubt he bodged it… it's not necessarily bad work. People
     # blame the last roofer too quickly."
     r"^\W*i doubt (?:he|she|they) (?:bodged|botched|messed up|did a bad job on) (?:it|that|the \w+)\b|"
     r"\bpeople (?:tend to |often |always )?blame (?:the|their) (?:last|previous|old) [\w-]+ too (?:quickly|fast|easily|soon)\b", 2.5))
# (blind136 read: travel and hospitality with tourists) the package sold at its price, the view called the best; the
# hire car's tyre put on the renter ("Tyres don't go flat on their own", "Once it leaves, the vehicle is your
# responsibility") and the question that already blames ("Okay, so what did you hit?")
MOVE_CUES["pitch"].append(
    (r"\b(?:package|bundle|upgrade|deal|offer)\b[^?!]{0,100}?\b(?:only|just) (?:[€£$]\s?)?\d+(?:[.,]\d+)? ?(?:euros?|dollars?|pounds?|bucks|quid|baht|reais)?\b|"
     r"\bthe (?:[\w-]+ )?(?:has|have|gives|offers) the best (?:[\w-]+ )?(?:views?|location|spot)\b", 2.5))
MOVE_CUES["argument"].append(
    (r"\b(?:the|this|that) (?:[\w-]+ ){0,2}(?:is|are) (?:your|the customer's|the renter's|the hirer's|the guest's) responsibility\b|"
     r"\b(?:tyres?|tires?|batteries|screens?|pipes?) (?:don't|do not|doesn't|does not) (?:go flat|die|crack|burst|break) (?:on (?:their|its) own|by (?:themselves|itself))\b", 2.5))
MOVE_CUES["rudeness"].append(
    (r"^\W*(?:(?:ok(?:ay)?|right|so)[,.]? )*so,? what did you (?:hit|do to (?:it|them)|drop (?:it|them)(?: on)?)\b", 2.5))
# Forty-first round (blind138 read: wholesale and logistics in Singapore, Malaysia and the Philippines; blind140 read:
# banking and insurance for older customers in the US Midwest and rural Canada). The customer's mistake asked as a
# question: "Did you maybe order the wrong code?", "Why didn't they check before signing?", "Did she try reading what the
# screen says before guessing three times?", "…or is she just guessing?", "Have you considered online banking may not be
# for her?"; and the fault put on how they did their part: "if receiving was done properly this wouldn't happen".
MOVE_CUES["rudeness"].append(
    (r"\bdid (?:you|she|he|they|your [\w-]+) (?:maybe |perhaps |accidentally |by any chance )?(?:order|pick|buy|book|select|choose|"
     r"enter|type|key in|give|send|use|scan) the wrong\b|"
     r"\bwhy (?:didn't|did not) (?:you|she|he|they|your [\w-]+) (?:check|read|look at|inspect|count|test|open) [^?]{0,40}\bbefore\b|"
     r"\bdid (?:you|she|he|they) (?:even )?(?:try|bother) (?:reading|checking|looking at|to read|to check|to look at) [^?]{0,40}\bbefore\b|"
     r"\bor (?:are you|is (?:she|he)|are they) (?:just )?guessing\s*\?|"
     r"\bhave you considered (?:that )?(?:[\w-]+ ){1,3}(?:may|might) not be for (?:you|her|him|them)\b", 2.5))
MOVE_CUES["argument"].append(
    (r"\bif (?:[\w-]+ ){0,3}(?:was|were|had been|is|are) (?:done|checked|handled|stored|installed|used|followed|read) "
     r"(?:properly|correctly|right|carefully)\b[^.?!]{0,30}\b(?:wouldn't|would not|won't|will not) (?:have )?happen(?:ed)?\b", 2.5))
MOVE_CUES["upsell"].append(
    # (blind140 read) more products added on in a sentence of their own: "And you can add a business credit line and premium
    # checking.", "Plus you can add our premium support" (not "You can add a second user later if you need one": no "and")
    (r"(?:^|(?<=[.!?] ))(?:and|plus|also),? you can (?:also )?add (?:a|an|our|the) [\w-]+(?: [\w-]+){0,2} (?:and|plus|or|for)\b", 2.5))
MOVE_CUES["pressure"].append(
    # (blind140 read) the crowd of customers "just like you": "Lots of our customers started small just like you and grew!"
    (r"\b(?:lots of|many|most|a lot of|plenty of|all) (?:of )?our (?:customers|clients|members|users|businesses|farmers|owners) "
     r"[^.?!]{0,30}\bjust like you\b", 2.5))
# Forty-second round (blind144 read: IT services, coaching, retail and telecom in India, Pakistan and Bangladesh). The
# customer hurried ("Be quick, lot of complaints today."), told to do without ("Then don't."), their complaint waved off
# ("Ten days is ten days, madam. Things happen.") and the manager refused them ("Manager is busy.").
MOVE_CUES["rudeness"].append(
    (r"(?:^|(?<=[,.!?] ))(?:(?:and|so|okay|ok|but),? )?(?:be quick|make it quick|(?:quickly tell|tell (?:me )?quickly)(?!,? (?:what|how|which|when|where|who|is|are|does|do|did|has|have)\b))\b(?! (?:to|and) (?:call|ring|let|tell) us\b)|"
     r"^\W*then (?:don't|do not)\s*[.!]|"
     r"^\W*(?:the |my |our )?manager(?: sahab| sir| madam)? is (?:busy|not available|not free)\b", 2.5))
MOVE_CUES["argument"].append(
    (r"(?:^|(?<=[,.!?] ))(?<!worries, )(?<!problem, )(?<!worry, )(?<!sorry, )(?:(?:see|look|well|madam|sir),? )?(?:things|these things|such things) happen(?:,? (?:madam|sir|ma'am|bhai|ji))?\s*[.!]|"
     r"\b(\w+ (?:days?|weeks?|months?)) (?:is|are) \1\b", 2.5))
# (blind142 read: trades, farm supplies and broadband in Ireland and Northern Ireland) the fault laid on the customer:
# "If you don't service a boiler, that's what happens.", "And you heard it banging all week and did nothing?" ("So really
# this is down to you" is left: "it's down to you" as often leaves the choice to the customer)
MOVE_CUES["argument"].append(
    (r"\bif you (?:don't|do not|didn't|did not|never) [^.?!]{1,40}, (?:that's|that is|this is) what happens\b|"
     r"\b(?:that's|that is|this is) what happens (?:when|if) you (?:don't|do not|didn't|did not|never|leave|ignore|skip)\b", 3.0))
MOVE_CUES["rudeness"].append(
    (r"\b(?:and )?you (?:heard|saw|noticed|knew|smelled|smelt|left) (?:it|that|this|them)\b[^.?!]{0,40}\band (?:did|said) nothing\b|"
     # (the customer's part blamed, mostly asked as a question: "If your house was clearly marked that wouldn't happen,
     # would it?", a put-down, as in the forty-first round)
     r"\bif your [\w' -]{1,30}? (?:was|were|had been) [\w' -]{1,25}? (?:that|this|it) (?:wouldn't|would not|won't|will not) (?:have )?happen(?:ed)?\b", 2.5))
# (blind142 read) the delivery's failure put on the customer: "farms without clear signs are the customer's
# responsibility", "you should've been there to sign"
MOVE_CUES["argument"].append(
    (r"\b(?:is|are|was|were) (?:entirely |solely |all |always )?(?:your|the customer's|the customers'|the client's|the buyer's|"
     r"the owner's|the farmer's|the tenant's) (?:own )?responsibility\b|"
     r"\byou should(?:'ve| have|ve) been (?:there|home|in|around|available) to\b", 3.0))
# Forty-third round (blind126 read: a NEET hostel in Chennai). A visit with its day put to the customer is a next step,
# as "Shall we book Monday?" is: "Come Saturday and eat in the mess yourself?", "Why don't you drop by on Thursday and try
# it?", "Pop in tomorrow morning and we'll fit it." (a day of the week, tomorrow or this/next week; "come back when you're
# ready" names none and stays no proposal)
_VISIT_WHEN = (r"(?:(?:on |this |next )?" + _DAY + r"|(?:this|next) (?:week|weekend)|(?:at|on) the weekend|"
               r"(?:one|any) (?:day|evening|morning|afternoon) this week)")
#: A later visit put to the customer, with its day (the closing cue below; `dialogue` reads a proposal that only asks
#: this as no push: it leaves the decision for then).
LATER_VISIT = (r"(?:^|(?<=[.!?;,] ))(?:(?:so|then|okay|ok|sir|madam|ma'am|please),? )*(?:why don't you |you (?:can|could) |(?:can|could|would) you |maybe |perhaps )?"
               r"(?:come(?: in| by| over| round| around| down| along| and see us| to (?:our|the) (?:\w+ )?(?:yard|shop|store|showroom|office|"
               r"branch|clinic|workshop|garage|site|farm|warehouse|depot|centre|center|studio|salon|school|campus))?|drop (?:in|by)|pop (?:in|by|round|over)|stop (?:by|in)|"
               r"swing by|visit(?: us)?|bring (?:him|her|them|it|the \w+|your \w+)(?: in| along| over)?) " + _VISIT_WHEN + r"\b")
MOVE_CUES["closing"].append((LATER_VISIT, 2.5))
# (blind142 read) a day put as the whole last question after the step is told: "A free survey checks the dish first.
# Tuesday?", "I can have the fitter out this week. How about Thursday at ten?" (a day echoed inside the talk, "Tuesday?
# And what happened then?", is not the last words)
#: (the words of that question, found by the cue only as the last words after a statement or opening "how about")
DAY_ASKED = (r"(?:(?:so|then|okay|ok),? )?(?:(?:how|what) about |say )?(?:this |next )?" + _DAY
             + r"(?: (?:at |around |from )?(?:" + _CLOCK + r"|" + _CLOCK_WORD + r"|noon))?\s?\?")
MOVE_CUES["closing"].append((r"(?:(?<=[.!] )|^(?=(?:how|what) about ))" + DAY_ASKED + r"\s*$", 2.5))
# (blind146 read: pharmacies, clinics and agents in Ghana, Nigeria, Kenya and Uganda) the customer's schooling or reading
# put down ("Did you not go to school?", "Can't you read?"), being made to repeat thrown back at them ("How many times
# will I repeat?") and the next customer called while this one is still asking ("I've said it, okay? Next person!")
MOVE_CUES["rudeness"].append(
    (r"\b(?:did|didn't|didnt) you (?:not )?(?:go to|attend|finish) school\b|\bcan(?:'t|not|t) you read\b|\bcan you not read\b|"
     r"\bhow many times (?:will|must|should|shall|do|have) i (?:to )?(?:repeat|say|tell|explain)\b|"
     r"(?:^|(?<=[.!?] ))next (?:person|customer|one|please)\s*!", 2.5))
# (blind148 read: clinics, aircon, condos and insurance in Singapore, Malaysia and the Philippines) the customer blamed for
# not coming sooner: "Why didn't you call earlier?", "why you never bring it in sooner?" (asked, a put-down: argument cues
# are read in statements only)
MOVE_CUES["rudeness"].append(
    (r"\bwhy (?:didn'?t|did not|don'?t|do not|never|you never|you didn'?t) (?:you )?(?:call|ring|come|book|tell|check|bring|report|phone|"
     r"message|email|text|ask|service|fix|change|renew|pay)\b[^.?!]{0,30}\b(?:earlier|sooner|before|first|on time|in time)\b", 2.5))
# (blind146 read) the trainee's own availability on a day, offered to the customer who must consult someone: "Here's my
# number; I'm in this market every Thursday and can show her the kit."
MOVE_CUES["commitment"].append(
    (r"\b(?:i|we)(?:'m| am|'re| are) (?:here|there|around|in (?:this|the) [\w-]+|at (?:this|the) [\w-]+) every "
     r"(?:day|morning|afternoon|evening|weekend|week|" + WEEKDAY + r")\b", 2.5))

# Forty-fourth round (blind150 read: energy, funerals, ferries, farm dealers and pubs in Scotland and Wales). The order asked
# for with its date ("So what would it take to get three local lines on your bar by next week?"), the first delivery taken
# for granted ("…how soon would you want the first delivery?"), the choice of package put as someone's ("which package do
# you think he'll go for, the eighteens or the mixed?") and the card asked for the deposit ("What's the best card for the
# deposit so I can lock in list price?")
MOVE_CUES["pressure_now"].append(
    (r"\bwhat would it take (?:for you |for us )?to get\b[^.?!]{1,60}\bby (?:next week|this week|the end of (?:the |this )?(?:week|month)|"
     r"today|tonight|tomorrow|(?:this |next )?(?:" + WEEKDAY + r"))\b", 2.5))
MOVE_CUES["closing"].append(
    (r"\bhow soon would you (?:want|like|need) (?:the|your) first (?:delivery|order|shipment|batch|drop|load|box|install\w*|visit)\b|"
     r"\bwhich (?:of (?:our|the|these|those) )?(?:\w+ )?(?:plans?|packages?|models?|options?|bundles?|tiers?|deals?) (?:do you think )?"
     r"(?:he|she|they|you)(?:'ll| will| would|'d) (?:go for|want|pick|choose|take|sign)\b|"
     r"\bwhich (?:of (?:our|the|these|those) )?(?:\w+ )?(?:plans?|packages?|bundles?|tiers?|deals?) do you want\b[^.?!]{0,40}\bor\b|"
     # (from "the": the same span as the pitch cue "the best …", which a closing of more weight then holds)
     r"\b(?:the )?(?:best|which|what) card (?:for|to take|to put|to use for) (?:the |your )?(?:deposit|payment|booking|order)\b", 2.5))
MOVE_CUES["pressure"].append(
    (r"\bso (?:that )?(?:i|we) can lock in (?:the |this |that |your |our )?(?:[\w-]+ )?(?:price|rate|deal|offer|discount)\b", 2.5))
# (blind150 read) tag questions that lead: the customer's wish put to them ("You'll be wanting a new pair, won't you?",
# "You'd rather pay a bit more and see properly, wouldn't you?"), our goods praised ("ours are better quality, aren't
# they?") and theirs run down ("Those are past it though, aren't they?"); a tag on their own words plays them back
MOVE_CUES["leading"].append(
    (_YOU_WILL + r" be (?:wanting|needing|after|looking for)\b[^.?!]{0,60}?,? (?:won't|wouldn't|don't) you\?|"
     r"\byou(?:'d| would) (?:much )?rather\b[^.?!]{0,80}?,? (?:wouldn't|won't|don't) you\?|"
     r"\b(?:ours|our (?:[\w-]+ ){0,2}[\w-]+|this one|these ones?|the new (?:[\w-]+ ){0,2}[\w-]+) (?:is|are|'s|'re|will be|would be) "
     r"(?:\w+ ){0,3}(?:better|best|nicer|cheaper|stronger|safer|quality|worth it)\b[^.?!]{0,40}?,? (?:isn't|aren't|won't|wouldn't) "
     r"(?:it|they|that|this|you)\?|"
     r"\b(?:(?:those|these|that|this|your)(?: old)?(?: [\w-]+)?|it|they|yours)(?:'re| are|'s| is) (?:\w+ )?(?:past it|worn out|on (?:its|their) last legs|"
     r"ancient|out of date|outdated|had it)\b[^.?!]{0,20}?,? (?:aren't|isn't) (?:they|it|that)\?", 2.5))
# (blind150 read) the sale made while the customer asks for something else: a package walked through, a finance rate,
# a payback and a trade-in ("can I walk you through our Heritage package?", "…finance at 1.9 per cent", "A new one pays
# back in two seasons, …trade-in on the old one"), an add-on put ("What about the Remembrance add-on…?") and the
# regret of others used to press ("many families wish afterwards they'd done more")
MOVE_CUES["pitch_claim"].append(  # (asked, it still sells: a pitch in any shape)
    (r"\b(?:can|could|may) i (?:quickly |just )?(?:walk|take|talk) you through (?:our|the) (?:[\w-]+ ){0,2}(?:package|plan|range|bundle|offer|"
     r"deal|programme|program|collection|system|model|upgrade|membership)\b", 2.5))
MOVE_CUES["pitch"].append(
    (r"\bfinanc(?:e|ing) (?:at|from) (?:just |only )?\d[\d.,]* ?(?:per ?cent|%)|"
     r"\b(?:it|that|a new one|this one|the new one|they) (?:pays?|will pay) (?:for )?(?:itself |themselves )?back in (?:\w+ ){1,2}(?:seasons?|years?|months?)\b|"
     r"\btrade-in on (?:the|your) old (?:one|\w+)\b", 2.5))
MOVE_CUES["upsell"].append(
    (r"\b(?:what|how) about (?:the|our|a|an) (?:[\w-]+ ){0,2}add-on\b", 2.5))
MOVE_CUES["pressure"].append(
    (r"\b(?:many|most|lots of|a lot of) (?:families|customers|people|couples|clients|owners|parents) (?:wish|regret)(?: it)? (?:afterwards|later|after)\b", 2.5))
# (blind150 read) blame put to the customer and the booklet thrown at them: "what exactly did you do to it before it
# went blank?", "It's in the booklet.", "As the damage is your side…";
# the sale asked for as a check of understanding: "Did I understand correctly that you'd like one?"
MOVE_CUES["rudeness"].append(
    # ("after it fell in, what did you do with it?" asks what happened: "exactly", or done "to" it, blames)
    (r"\bwhat exactly did you do (?:to|with) (?:it|them|the [\w-]+)\b|\bwhat did you do to (?:it|them|the [\w-]+)\b", 2.5))
MOVE_CUES["argument"].append(
    # ("the booklet says…" alone also advises: "The guide says the car park is behind the station")
    (r"\bit(?:'s| is|'s all| is all) in the (?:booklet|manual|leaflet|instructions|terms|small print|handbook)\b|"
     r"\b(?:damage|fault|problem) (?:is|was) (?:on )?your (?:side|end)\b", 2.5))
MOVE_CUES["closing"].append(
    (r"\b(?:did i understand|have i understood|am i right|do i understand)(?: (?:you )?correctly)? that you(?:'d| would) like (?:one|it|them|to (?:buy|order|go ahead|sign))\b", 3.0))

# Forty-fifth round (blind154 read: HVAC, trucks, co-ops, pawn shops, billing and caterers in the US South and
# Appalachia). The customer's account doubted and their driving, care or purchase blamed, in questions ("are you sure
# it's pulling, or is that the crown of the road?", "Some folks drive like a rodeo, so how's your driving been?", "Are
# those tires something cheap you bought somewhere?", "if you'd kept up with rotations, what do you think would've
# happened?"); the fault put on the weather ("A new system can't make a house muggy, it's just humid outside."); a money
# lesson nobody asked for ("you oughta put back twenty a week for emergencies")
#: Other customers held up to this one ("Some folks drive like a rodeo", "some people pay twice on purpose")
_OTHER_CUSTOMERS = r"\b(?:some|a lot of|many|most|certain) (?:folks|people|customers|clients|users|drivers|owners)"
MOVE_CUES["rudeness"].append(
    (r"\bare you sure (?:it's|it is|it was|that's|that is|you|they)\b[^.?!]{0,40}\bor (?:is|was|are|were) (?:that|it|this|they) (?:just |only |maybe )?"
     r"(?:the|your|you)\b|"
     + _OTHER_CUSTOMERS + r" (?:drive|treat|use|run|handle) (?:\w+ ){0,3}like\b|"
     r"\bhow(?:'s| is| has) your (?:driving|cooking|cleaning|maintenance|upkeep|care) been\b|"
     r"\b(?:something|some|one of those|a) cheap (?:\w+ )?(?:you|ya) (?:bought|got|picked up) (?:somewhere|online|off)\b|"
     r"\bif you(?:'d| had) (?:kept up with|looked after|maintained|serviced|cleaned|followed|read|done)\b[^.?!]{0,50}\bwhat do you think\b", 2.5))
MOVE_CUES["argument"].append(
    (r"\b(?:can't|cannot|doesn't|does not|won't|couldn't) (?:make|cause|do that to) (?:a |the |your )?[\w-]+(?: [\w-]+){0,2},? (?:it's|it is|that's|that is) "
     r"(?:just|only|all|probably) (?:the )?(?:humid|humidity|weather|heat|cold|damp|wind|rain|normal|you|your)\b", 2.5))
MOVE_CUES["rudeness"].append(
    (r"\b(?:you|ya) (?:oughta|ought to|should really|need to|gotta) (?:put back|put away|save|stop spending|budget|cut back)\b[^.?!]{0,60}\b"
     r"(?:emergenc\w+|rainy day|loans?|debts?|add up)\b", 2.5))
# (blind156 read) the customer cut short to finish the pitch: "One second madam, let me finish."
MOVE_CUES["rudeness"].append(
    (r"(?:^|[.!?] )(?:(?:one|a) (?:second|sec|moment|minute)|hold on|wait|just wait),? (?:(?:madam|sir|ma'am|mate|friend|boss),? )?let me finish\b", 2.5))
# (blind156 read) the customer's claim put next to cheats: "some people pay twice on purpose for cashback and then ask
# for a refund. Did you get cashback?"
MOVE_CUES["rudeness"].append(
    (_OTHER_CUSTOMERS + r" (?:\w+ ){1,5}on purpose\b", 2.5))

# Forty-sixth round (blind158 read: solar, pools, RVs, ski and bike rentals, HOAs and urgent care in the US Mountain West
# and Southwest; blind160 read: farm dealers, furnace and oil, rural internet, credit unions and marine supplies on the
# Canadian Prairies and in Atlantic Canada). A sale put to a grieving or upset customer as the moment for it ("This is
# actually a great time to think about the future.", "This could be a great time to look at Family Share")
MOVE_CUES["pitch"].append(
    (r"\b(?:this|now|it|today)(?:'s| is| could be| would be| might be| may be| is actually| is really) (?:actually |really )?(?:a|the) "
     r"(?:great|good|perfect|ideal|smart|best) (?:time|moment|opportunity) to (?:look at|think about|consider|upgrade|switch|add|review|"
     r"get|try|move to|lock in|bundle|protect|invest)\b", 2.5))
# the customer's upset or expectations mocked: "Okay, and what were you expecting, a daily update?" (not "…, a refund or a
# repair?": a choice), "Do you always get this upset over one delivery?"
MOVE_CUES["rudeness"].append(
    (r"\bwhat (?:were|was) (?:you|ya) expecting,? (?:a|an|some|the) (?![^?]*\bor\b)[^.?!]{1,40}\?|"
     r"\bdo you always (?:get|act|react|sound) (?:this|so|that|like this) (?:upset|worked up|angry|emotional|wound up|excited|dramatic)\b", 2.5))

# Forty-eighth round (blind166 read: tooling suppliers, marinas, snow and roofing contractors, credit unions, HVAC and
# supper clubs around the Great Lakes; blind168 read: phones, trainers, gaming, streaming, gyms and student banking for
# young customers). The fault put on the customer in passing ("…which usually means the homeowner blocked a vent", "we
# can't control what happens after we leave", "…the service call to find out what you did") or asked ("What did you change
# on the thermostat after our guys left?"); the customer talked down to ("Are you familiar with how condensation works,
# or should I explain it?", "how realistic is it to expect a boat to come out of a Lake Erie winter smelling like roses?")
MOVE_CUES["argument"].append(
    (r"\b(?:usually|normally|often|typically|generally|mostly) (?:means|is|comes from|happens when|because) (?:the |a )?(?:homeowner|"
     r"customer|owner|user|client|driver|tenant|operator|you|someone|somebody|people)(?:'s)? (?:blocked|skipped|forgot|didn't|did not|left|"
     r"dropped|misused|overloaded|overfilled|changed|touched|moved|broke|never)\b|"
     r"\b(?:we|i) (?:can't|cannot|can not) (?:control|be responsible for|answer for) what (?:happens|you do|people do|customers do|goes on)\b", 2.5))
MOVE_CUES["rudeness"].append(
    (r"\b(?:find out|figure out|see|work out) what you (?:did|changed|touched|broke|messed)\b|"
     r"\bwhat did you (?:do|change|touch|move|adjust|mess with)\b[^?]{0,40}\bafter (?:we|our (?:[\w-]+ )?(?:guys|team|techs?|technicians?|"
     r"engineers?|installers?|crew|people|fitters?|lads)) (?:left|finished|were done|went)\b|"
     r"\bor (?:should|shall|do you want me to|would you like me to|must) (?:i )?explain (?:it|that|this)(?: to you)?\s*\?|"
     r"\bhow realistic is it to expect\b|"
     # (blind168 read) "…two-factor has been there for two years. Why didn't you turn it on?" (all 9 such read trainee lines are
     # on the gaming side), "So it's our fault now."
     r"\bwhy (?:didn't|did not|didnt|hadn't|had not) you\b|\bso (?:it's|it is|its) (?:our|my) fault now\b", 2.5))
# (blind166 read) the customer told they are wrong, whatever comes before it ("Well, actually, you're wrong there.")
# ("you must be mistaken, our van is never late": the same, said as a guess; fifty-seventh round, the walk-through)
MOVE_CUES["argument"].append((r"\b(?:you're|you are|youre|you must be) (?:just |simply |completely |totally |absolutely |quite )?(?:wrong|mistaken)\b"
                              r"(?! (?:to (?:worry|feel|think|be)|if|for|when)\b)", 2.5))
# More put beside what was asked for: what is on special after "anything else?" ("…what else would make your experience
# perfect? The smart thermostat's on special."; what most customers add is the twentieth round's cue, widened)
MOVE_CUES["upsell"].append(
    (r"\b(?:anything|what) else\b[^?]*\?[^?]*\b(?:is|'s|are|'re|got (?:[\w-]+ ){1,3}) on (?:special|sale|offer|promo(?:tion)?)\b", 2.5))

# Second round of the forty-eighth session (blind170 read: shrimp and charter supplies, hurricane roofing, flood insurance
# and casinos on the Gulf Coast; blind172 read: hearing aids, Medicare plans, retirement communities, golf carts and
# timeshares for customers in their seventies and eighties). The yes asked for today in any words ("what would it take for
# you to have that porch feeling on the beach every year, starting today?"; the hundred-odd read trainee lines asking what it
# would take "today" or "this week" are all on gaming sides), a deposit asked for as a choice of card ("…the two-bedroom at
# 24,900 or the studio at 16,500, deposit on a card today?") and the deed taken as agreed ("How would your parents like the
# deed, both names or one?"); an older customer talked down to ("Bring the bottle, or should I guess?", "Clearly. Come back
# when you know the name.", "Name and date of birth. Quickly, there's a line.")
MOVE_CUES["pressure"].append(
    (r"\bwhat would it take\b[^?]{0,80}\b(?:today|right now|this week|this morning|starting today)\b|"
     # (what would "need to happen" asks the same when it names the step: not "…today for you to feel sure about us?")
     r"\bwhat would need to happen\b[^?]{0,40}\b(?:sign|say yes|go ahead|book|buy|put (?:down|in)|deposit|drive|start|join|go with|"
     r"move forward|get booked|get protected|commit)\w*\b[^?]{0,60}\b(?:today|right now|this week|this morning|tonight)\b|"
     r"\bdeposit\b[^.?!]{0,30}\b(?:on a card|by card|card or|today)\b[^.?!]{0,20}\?", 2.5))
MOVE_CUES["closing"].append((r"\bhow would (?:you|your \w+|they) like the (?:deed|title|contract)\b", 2.5))
MOVE_CUES["rudeness"].append(
    (r"\bor should i guess\b|(?:^|[.!?] )clearly[.!]|\bcome back when you(?:'ve| have)? (?:know|got|find|remember|figure)\b|"
     r"\bquickly,? there'?s a (?:line|queue)\b|"
     # (forty-ninth round, blind178 and blind180 read; all the read trainee lines with these are on gaming sides) the
     # customer hurried or put down: "Booking or not? I've got a line.", "I've got three lines ringing.", "If you're this
     # nervous, maybe Botox isn't for you.", "We're not a restaurant, ma'am, she gets it when she gets it."
     r"\b(?:booking|buying|ordering|signing up|joining) or (?:not|just (?:asking|looking|browsing))\b|"
     r"\bi(?:'ve| have)? got (?:a line|a queue|people waiting|customers waiting|(?:two|three|four|five|\d+) (?:lines|calls|phones) (?:ringing|waiting|going))\b|"
     r"\bif you(?:'re| are) (?:this|that|so) (?:nervous|worried|scared|anxious|fussy|picky|fragile|sensitive)\b|"
     r"\bwe(?:'re| are) not a (?:restaurant|charity|bank|hotel|babysitter|nursery|taxi)\b|\bgets? it when (?:she|he|it|they) gets? it\b", 2.5))

# Fiftieth round (blind186 read: energy suppliers, solar, heat pumps and broadband in the UK, Ireland and the US; blind188
# read: salons, barbers, tailors and cosmetics counters in the UK, the US, Nigeria and Singapore). The customer blamed for
# the fit ("Maybe you stood wrong when I was measuring…") and the seller's own work held beyond question ("…because my
# measurements are always correct"): both read trainee lines with these are on gaming sides.
MOVE_CUES["argument"].append(
    (r"\b(?:maybe|perhaps|probably|i think|i bet|you must have) you (?:\w+ed|stood|sat|held|put|wore|did|got|ran|set|took|left|made|read|wrote) "
     r"(?:it |them |the \w+ |in )?(?:wrong|incorrectly|badly|the wrong way)\b|"
     r"\b(?:my|our) (?:measurements?|work|figures|readings|records|calculations|numbers|fitters?|staff|team|technicians?|engineers?|drivers?|system) "
     r"(?:are|is) always (?:correct|right|accurate|spot on|perfect)\b", 2.5))
# Its second part (blind190 read: banks, credit unions and mobile money in the UK, Ireland, Kenya and Ghana; blind192
# read: mobile plans, fibre, pay TV and business lines in the UK, the US, India and Pakistan): the customer sent to the
# bill ("It's written on the bill, you can read it"), blamed outright ("Obviously it was you, it's your phone"), hurried
# ("Other customers are waiting") and asked what they want done in a huff ("What do you want me to do, cancel it?"); all
# the read trainee lines with these are on gaming sides.
MOVE_CUES["argument"].append(
    (r"\bit(?:'s| is| was) (?:all |clearly )?written (?:on|in) the (?:bill|invoice|receipt|statement|terms)\b|\bobviously (?:it was|that was) you\b", 2.5))
MOVE_CUES["rudeness"].append(
    (r"\bother (?:customers|people) are waiting\b|\b(?:i have|i've got|there are) (?:other )?(?:customers|people) waiting\b|"
     r"\bwhat do you want me to do, (?:cancel|refund|fix|change|replace|close) it\?", 2.5))
# Third part of the fiftieth round (blind194 read: home, motor, travel and pet insurance in the UK, South Africa and
# Australia): "…there's a backlog of thousands of cars, but that's not your problem." takes the customer's side; the
# argument cue "but that's not…" above now leaves "…not your problem/fault/worry".
# …and blind196 read (print shops, sign makers, packaging and local advertising in the UK, Australia and South Africa):
# the fear of being left out and the crowd already on the deal ("The J-Bay schools are all on the same deal, so you won't
# want to fall behind."; all fifteen read trainee lines with these are on gaming sides)
MOVE_CUES["pressure"].append(
    (r"\byou (?:won't|wouldn't|don't) want to (?:fall behind|miss out|be left behind|be the only one)\b|"
     r"\b(?:schools|shops|businesses|firms|companies|clubs|practices|restaurants|farms|families|neighbours) (?:round here |in the area |nearby )?"
     r"are all (?:on|signed up|switched|using|going)\b", 2.5))
# Tried as a rude trainee in the drill simulation (a line written for the try, in no set): "You are wasting my time, just
# buy it." read as a playback ("you are…"); it is rudeness and a push
MOVE_CUES["rudeness"].append((r"\byou(?:'re| are) wasting my time\b", 3.0))
MOVE_CUES["pressure"].append((r"(?:^|(?<=[,.;!?] )|(?<=[,.;!?]))just buy (?:it|one|them)\b", 2.5))
# Fifty-first round (blind202 read: council tax, housing repairs, licence counters, leisure centres, bins and GP lines in the
# UK, Ireland and Canada): put-downs in the shape of a question or a shrug ("Don't you think cancelling is a bit drastic?",
# "…isn't really the end of the world?", "Is there a reason you're being quite so aggressive about it?", "isn't 38 pounds a
# small price next to…?"; the five read trainee lines with these are all on gaming sides)
MOVE_CUES["rudeness"].append(
    (r"\b(?:why|is there a reason) (?:are )?you(?:'re| are)? being (?:so |quite so |this |that |a bit |rather )?"
     r"(?:aggressive|rude|difficult|hostile|emotional|dramatic|unreasonable|awkward|defensive|negative|touchy|sensitive)\b|"
     r"\b(?:isn't|is not|it's not|its not|it isn't|that's not|that isn't) (?:really |exactly |quite )?the end of the world\b|"
     r"\b(?:don't|do not|dont) you think [^.?!]{0,50}\b(?:a bit|rather|quite|a little|slightly|somewhat|bit) "
     r"(?:drastic|extreme|much|over the top|harsh|dramatic|excessive)\b|"
     r"\bisn't (?:\w+ ){0,4}a small price (?:next to|compared (?:to|with))\b", 3.0))
# …and sarcasm at the customer's expense ("Or did you just decide to show up and hope for the best?", "Of course you
# didn't.", "Is that clear enough for you, or should I write it down?", "Do you understand that's why we have rules?",
# "…isn't really my concern.", "Anything else? Because there's a line."; the seven read trainee lines with these are all on
# gaming sides)
MOVE_CUES["rudeness"].append(
    (r"\bis that clear enough(?: for you)?\b|\bor should i write it down\b|\bdo you understand (?:that's|that is) why\b|"
     r"(?:^|(?<=[.!?] ))of course you (?:didn't|did not|don't|haven't|weren't|wouldn't)\b|\b(?:just )?hope for the best\s*\?|"
     r"\b(?:isn't|is not) (?:really )?my (?:concern|problem)\b|\bbecause there's a (?:line|queue)\b", 3.0))
# Third part of the fifty-first round (blind208 read: gyms, yoga studios, trainers, spas, weight-loss and martial-arts clubs in
# Australia, Canada and the UK): the customer's account doubted or turned on them ("are you sure it's actually overcrowded,
# or did you just get there late…?", "have you asked yourself whether hot yoga is really the right practice for you…?",
# "What is it about you that finds it so hard?", "if you'd rather go somewhere cheaper, that's your call"; the eight read
# trainee lines with these are all on gaming sides)
MOVE_CUES["rudeness"].append(
    (r"\bare you sure (?:it's|it is|that's|that is|they're|they are) (?:actually|really)\b|\bhave you asked yourself (?:whether|if|why)\b|"
     r"\bwhat is it about you\b|\bif you'd rather go (?:somewhere|elsewhere)[^.?!]{0,30}that's your (?:call|choice|decision)\b", 3.0))
# (fifty-second round, blind214 read) disbelief at what was just said: "Five days with no heating? You're joking.", "You're
# having a laugh." (all twenty-seven read customer lines with it are on gaming sides; twenty-one were already read upset)
UPSET_CUES.append((r"(?:^|(?<=[.!?] ))(?:oh,? |what,? )?(?:you(?:'re| are| must be)|are you) (?:joking|kidding|having a laugh)\b"
                   # (not delight: "You're kidding! That's brilliant, thank you.")
                   r"(?!.{0,60}\b(?:great|brilliant|amazing|wonderful|fantastic|lovely|perfect|awesome|excellent|thanks|thank you)\b)", 2.0))
# (fifty-second round, blind214 and blind216 read) what others are said to add, as the way to sell more ("A lot of realtors
# also add our open-house A-frame", "Most growers also add our machinery cover"; all read lines not yet read as an upsell
# are on gaming sides)
MOVE_CUES["upsell"].append((r"\b(?:most|many|a lot of|lots of|plenty of) (?:[\w-]+ ){1,2}(?:also )?(?:add|grab|take) our\b", 2.5))
# …the customer's own doing doubted ("Have you actually put the key in the meter, like properly?") and hurried ("Slowly, I
# haven't got all night."), as "have you even checked…" and "I don't have all day"
MOVE_CUES["rudeness"].append((r"(?:^|(?<=[.!?] ))(?:(?:and|so|right|okay|ok|well),? )?(?:did|have) you (?:actually|even|really) (?:put|plugged|switched|"
                              r"turned|pressed|followed|charged|used)\b|\b(?:i|we) (?:haven't|have not|ain't) got all "
                              r"(?:day|night|morning|afternoon|evening)\b", 2.5))


# -- fifty-eighth round (blind_typed15 read) -------------------------------------------------------------------------------
MOVE_CUES["closing"].append(
    # a trial put forward as a question of what would help: "would it help if you could test us before the season, for
    # example with a pilot on part of your volume…?", "would it be fairer if… you judged us on a measured trial…?"
    (r"\bwould it (?:help|be (?:fairer|better|easier|simpler)|make (?:more )?sense) if\b[^.?!]{0,90}?"
     r"\b(?:trials?|pilots?|test run|try us|test us|samples?|demo)\b", 2.5))
MOVE_CUES["commitment"].append(
    # a next step put forward as a suggestion, fifty-ninth round (blind_typed18's erp, read as a stuffed question): "May I
    # suggest a next step: a half-day workshop with your team…; would that be useful to you?"
    (r"\b(?:may|can|could|might) i (?:suggest|propose)\b[^.?!]{0,12}?\b(?:a|the|our) (?:next step|first step|way forward|"
     r"(?:short |small |half-day |free |first )?(?:workshop|pilot|trial|meeting|visit|call|demo))\b", 2.5))
MOVE_CUES["counter_question"].append(
    # what would let the customer trust the seller, asked after "I don't know you well enough yet": "what would help u know
    # us better, talking to a factory we've trained or me coming to sit in on a few of ur quotes first" (fifty-ninth round)
    (r"\bwhat would (?:help|it take for) (?:you|u) (?:to )?(?:know|trust|believe|feel (?:sure|confident|comfortable|safe)|"
     r"get to know)\b", 3.0))
