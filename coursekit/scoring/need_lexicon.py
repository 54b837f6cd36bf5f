"""Cues for the five need levels (brief section 1), lowest to highest.

Each cue is (regex on lower-case text, weight). Weights: 2-3 = the phrase on its own
names the level; 1 = a typical word of the level; 0.5 = a weak hint. The lists are
written from the brief's definitions (what the customer wants at each level), not fitted
to particular examples.
"""
from __future__ import annotations

# Reusable fragments
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a|an|a few|a couple of)"
_WE = r"(?:we|i|our team|my team|the team|the business|the company|the firm|our company|our business|my business|the clinic|the practice|the hotel|the shop|the store|the restaurant|the school|the hospital|head office)"

#: Words before "experience" that make it the source of a view ("from your experience, where do the ten days go?"),
#: not the experience level nor the course's word for it (the need cues and the rubric's framework words alike).
AS_A_VIEW = r"(?<!from your )(?<!in your )(?<!from my )(?<!in my )(?<!from our )(?<!in our )"

NEED_CUES: dict[str, list[tuple[str, float]]] = {
    "product": [
        # price and value for money
        (r"prices?|priced|pricing", 1.0),
        (r"how much (?:is|are|does|do|would|will|for)", 1.5),
        (r"(?:cost|costs) (?:of|for)|what(?:'s| is| does)? (?:the )?(?:it |that )?cost", 1.0),
        (r"cheap(?:er|est)?|expensive|affordable|inexpensive|bargain|overpriced", 1.0),
        (r"value for (?:the )?money|good value|best value|fair price|best price|price tag|per unit|unit price|price list|per (?:kilo|litre|liter|box|case|pack|licen[cs]e|seat|month|user)", 1.5),
        # quality and durability
        (r"quality|well[- ]made|durable|durability|sturdy|robust|hard[- ]wearing|build quality|long[- ]lasting|last (?:for )?(?:years|long)|how long (?:does|will) (?:it|they|the \w+) last|break easily|fall apart|wear out", 1.5),
        (r"materials?|made (?:of|from)|stainless|leather|cotton|plastic|steel|wood(?:en)?|fabric|ingredients?|organic|gluten[- ]free|vegan|recipe|shelf life|fresh(?:ness)?|flavou?rs?|allergens?", 1.0),
        # function and performance
        (r"features?|functions?|functionality|specs?|specifications?|technical data|performance|perform|performs", 1.5),
        (r"how (?:fast|quick|efficient|reliable) (?:is|are|does|do|can) (?:it|the|this|that|they|your|these|those|yours)|speed|fast(?:er|est)?|powerful|power|horsepower|wattage|watts?|torque|capacity|throughput|resolution|accuracy|accurate|precision|precise", 1.0),
        (r"how (?:loud|quiet|heavy|big|large|small|wide|tall|strong|accurate|efficient|warm|cold|bright)|noise|noisy|quiet(?:er)?|loud", 1.0),
        (r"battery(?: life)?|charge|charging|runtime|storage|memory|screen|display|sensor|engine|motor|blade|lens|processor|bandwidth|range|mileage|fuel consumption|energy rating|energy[- ]efficient|consumption|emissions", 1.0),
        (r"size|sizes|dimensions?|weight|weighs|heavy|lightweight|colou?rs?|finish|models?|versions?|range of|variants?|options?|sizes? do you|in stock|stock", 0.7),
        (r"compatible|compatibility|integrate with|works? with (?:our|my|the) (?:existing|current)|fits? (?:in|into|through|under|on) (?:our|my|the)|(?:will|does|would) (?:it|they) fit|waterproof|water[- ]resistant|dishwasher[- ]safe|certified (?:for|to)|rated for|handle (?:heavy|large|high)|crush(?:es)? ice|cut through|pages? per minute|per minute|per hour|per second|per charge", 1.5),
        (r"(?:does|do|can|will|would|is|are) (?:it|they|this|that|this model|the machine|the product|the unit|the system|the software|the app) (?:\w+ )?(?:work|run|handle|print|cut|cook|hold|store|support|process|fit|take|make|need|use|come|keep|last|stay|read|scan|cope|wash|clean|heat|cool)", 0.7),
        (r"how long (?:do|does|will|would|can) (?:the|these|those|your|it|they|this|that)(?: \w+){0,2} (?:last|keep|stay fresh|run|hold)", 2.0),
        (r"(?:strong|bright|big|warm|quiet|fast|powerful|tough|thick|thin|fine|soft|flexible|sharp|light|cold|hot|large|small|long|wide|accurate|durable|sturdy) enough|[a-z]+[- ]proof|keep (?:a |it |them |the \w+ )?(?:steady|constant|cold|hot|warm|cool|fresh|dry)|can (?:it |they |the \w+ |this |yours )?(?:handle|take|hold|carry|lift|pick up) (?:\w+ ){0,2}(?:kilos|kg|tonnes|tons|litres|liters|people|users|orders|loads|pallets|hair|weight)|hold (?:\w+ ){0,2}(?:kilos|kg|litres|liters)|fit (?:through|in|into|under|inside) (?:a|the|our|my)|(?:is|are|can|does|do|will|would) yours|yours (?:is|are) (?:better|softer|stronger|faster|lighter|cheaper|bigger)|cope with|stand up to|withstand|hold up (?:to|under)|(?:softer|harder|stronger|lighter|quieter|faster|warmer|thicker|sharper|brighter) than", 1.2),
        (r"(?:the|this|that|your) (?:product|machine|model|unit|device|equipment|software|app|tool|item|drill|printer|blender|oven|truck|van|system|mattress|tyres?|paint|coffee|wine|range)(?: itself)?", 0.4),
        (r"what (?:does|can) (?:it|this|the \w+) do|what's (?:it|this) (?:made|for)|which (?:one|model) is (?:better|best)|better than|compared (?:to|with) (?:the )?(?:other|their)|difference between|the best (?:one|model|product|quality)", 1.0),
        (r"discount|special offer|deal|on sale|promotion(?:al)? price|money off|free gift", 0.8),
    ],
    "service": [
        (r"deliver(?:y|ies|ed|ing|s)?|ship(?:ping|ped|ment|ments|s)?|dispatch(?:ed)?|courier|lead[- ]times?|turnaround|in transit|arrive[sd]?|arrival|on time|late(?:ly)? (?:delivery|deliveries|again)|tracking", 1.5),
        (r"install(?:ation|ations|ed|ing|er|ers|s)?|set(?:ting)? (?:it |them |this |that |everything |things |the \w+ |our \w+ |us )?up|setup|set-up|configur(?:e|ed|ing|ation)|commission(?:ing)?|fitted|fitting it|hook(?:ed)? (?:it |them )?up|mount(?:ed|ing)?", 1.5),
        (r"train(?:ing|ed)?|teach|tutorials?|manuals?|instructions?|show (?:me|us|my \w+|our \w+|the \w+|them) how|learn (?:how )?to use|walk (?:me|us|them) through (?:the|how)|onboard(?:ing)?|(?:one|two|three|half|\d+)[- ]day (?:course|workshop)|course for (?:new |our |the )?(?:staff|employees|operators|team|engineers|drivers|nurses)", 1.5),
        (r"repair(?:s|ed|ing)?|fix(?:ed|es|ing)?|mend|broken|breaks? down|breakdowns?|goes wrong|went wrong|faults?|faulty|defects?|defective|malfunction|out of order|stopped working|doesn't work|isn't working|not working", 1.3),
        (r"maintenance|maintain(?:ed)?|servic(?:e|ed|ing) (?:contract|plan|visit|level|agreement|schedule|the)|after[- ]sales?(?: service)?|service level|slas?|uptime|downtime|spare parts?|replacement(?: parts?)?|replace (?:it|them|the)|recall", 1.5),
        (r"(?:up|installed|fitted|ready|done|finished|delivered|in place|taken down|down) by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the \d+|\d+|nine|ten|noon|the weekend|next week)|(?:picked up|collected|returned) (?:daily|weekly|every)|be (?:on site|on the floor|there|around|on hand) (?:with us )?(?:for|during|after|when)|keep (?:it|them|the \w+|everything) (?:updated|up to date|running|maintained|serviced)|updat(?:e|es|ed|ing) (?:it|the|our)|software updates?|(?:bits|items|parts|things|lines) missing|missing (?:items|bits|parts|lines|boxes)|(?:short|incomplete|wrong|split) (?:deliveries|orders|shipments)|turn(?:ing|s|ed)? up (?:late|damaged|broken|with|without|short)|support|help ?desk|hotline|call cent(?:re|er)|customer service|service desk|ticket|tickets|technical (?:help|support|questions?)|tech support|back[- ]?up(?: plan)?", 1.3),
        (r"technicians?|engineers?|fitters?|mechanics?|installers?|crew|call[- ]?outs?|(?:come|came|comes|coming) (?:out|round|over|back)|on[- ]site|site visits?|visit (?:us|the site)|send (?:someone|somebody|a \w+)", 1.2),
        (r"wait(?:ed|ing)? (?:\w+ ){0,3}(?:days|weeks|hours|months) (?:for|to get)|(?:a |the |spare |replacement )?(?:part|parts) (?:to arrive|took|came)|response times?|respond(?:ed|s)?|react(?:ion)? time|how (?:quickly|soon)|how (?:fast|long) (?:can|will|would|do|does) (?:you|your (?:team|engineers?|technicians?|drivers?|people|support))|how long (?:until|before|to (?:deliver|fix|repair|install|get))|same[- ]day|next[- ]day|within " + _NUM + r" (?:hours?|days?|weeks?|minutes?)|24/7|24 hours|around the clock|out of hours|weekends?|at short notice|urgent(?:ly)?|asap", 1.0),
        (r"returns?|returned|refunds?|refunded|exchanges?|exchanged|take (?:it|them) back|send (?:it|them) back|money back|warrant(?:y|ies)|guarantee(?:d|s)?", 1.3),
        (r"implementation(?: plan)?|implement(?:ing)?|roll[- ]?out|go[- ]live|migrat(?:e|ion|ing)|transition|cut[- ]?over|project plan|handover|hand-over", 1.5),
        (r"invoic(?:e|es|ing)|billing|paperwork|order(?:ing)? process|place (?:an |the )?orders?|reorder|re-order|stock(?:ed)? up|restock(?:ing)?|replenish(?:ment)?|availability|supply|suppl(?:ied|ying)|deliveries", 0.8),
        (r"problems? (?:are |get |is )?(?:solved|sorted|fixed|handled|dealt with)|solve (?:problems|issues) (?:quickly|fast)|quick(?:ly)? (?:help|answer|response|fix)|answer(?:s|ed)? (?:our|my) (?:calls?|emails?|questions)|(?:call|email|ring) (?:back|us back)|got back to|kept waiting|waiting (?:for|on)|chase|chasing|follow[- ]up", 1.0),
        (r"if (?:it|something|anything|the \w+) (?:breaks|goes wrong|fails|stops)|when (?:it|something|the \w+) (?:breaks|goes wrong|fails|stops)|who do (?:i|we) call|who (?:do|should) (?:i|we) (?:contact|ring|phone)|"
         # support in the customer's words ("say you get stuck mid-job, how would you want us to back you up")
         r"\bif (?:you|we|i|they) (?:get|are|were|got) stuck|\bget stuck (?:mid|half|part)|\bback (?:you|them|me|us) up\b|"
         r"who (?:would|will|could|can) you (?:call|ring|contact|phone|ask)\b", 2.0),
    ],
    "experience": [
        (r"try (?:it|them|one|this|that|the \w+|before|out|first|on)|tried (?:it|them) on|try[- ]?out|trial(?:s| period| run)?|free trial|test[- ]drive|test (?:it|them) (?:out|first|ourselves|for)|pilot(?:s| project| phase| scheme)?|proof of concept|a sample|samples?|tasting|taste (?:it|them|the)|demo(?:nstration)?s?|see (?:it|them) (?:in action|working|running|for (?:my|our)sel(?:f|ves))|hands[- ]on|get a feel|feel for (?:it|how)|borrow|loan (?:unit|model)|on approval|sample (?:size|pack)", 2.0),
        (r"before (?:we|i) (?:buy|commit|sign|decide|order|roll|pay|spend|go ahead)|before committing|before buying|before signing", 1.5),
        (r"(?:take|took) part|(?:be|get|being|getting) involved in (?:the )?(?:planning|design|choosing|choice|testing|development|layout|shaping|tasting|trial|pilot)|involve (?:us|me|our \w+)|have a say|our input|my input|(?:sit|sat) in on|co-?(?:design|create)|help (?:design|shape|plan)|shape (?:the|it)|planning (?:sessions?|meetings?|stage|process)|design (?:workshops?|sessions?|meetings?|process|stage|phase)|workshops?|mock[- ]?ups?|prototypes?|be part of|be consulted|consult(?:ed)? us|our ideas|(?:my|our) own (?:design|version|say)|customi[sz]e|personali[sz]e|tailor(?:ed)?", 1.5),
        (r"from the moment (?:they|we|you|i|guests|customers|clients|patients)|feel (?:looked after|at ease|welcome|relaxed|special)|a joy|work(?:ed|ing)? on (?:it |this |that |the \w+ )?together|kept on hold|on hold for|(?:no way|not the way) to treat|welcom(?:e|ed|ing)|atmosphere|ambien(?:ce|t)|pleasant|a pleasure|pleasure to|enjoy(?:able|ed|ing|s)?|lovely|delightful|memorable|remember(?:ed)? (?:the|it|how|that)|felt (?:like|so|very|really|special|welcome|rushed|ignored)|made (?:us|me) feel|feel (?:special|welcome|at home|valued as a guest)|friendly|rude|unfriendly|smile|smiled|greet(?:ed|ing)?|the whole (?:visit|experience|evening|day|process)|" +
         AS_A_VIEW + r"experiences?", 1.5),
        (r"the way (?:your|you|the) (?:\w+ )?(?:staff|team|people|waiter|waiters|driver|drivers|receptionist|rep|agent|shop)|your (?:showroom|shop|store|website|app|checkout|packaging|reception|lobby|restaurant|dining room)|showroom|unboxing|packaging|presentation|look and feel|the visit|our visit|the meal|the evening|the tour|a tour|on hold|phone call|the call|booking process|checkout|easy to (?:order|book|use|find|navigate)|hassle[- ]free|seamless|smooth|stressful|frustrating (?:process|visit|call)|every (?:time|touchpoint|call|visit)|touchpoints?", 1.0),
        (r"comfortable|comfort|feel(?:s)? (?:good|nice|right|cheap)|how it feels|look(?:s)? (?:good|great|nice)|style|stylish|elegant|beautiful|design(?:ed)? (?:that|to look)|fun", 0.6),
        (r"see (?:it|them|the \w+) (?:first|in person|for myself|myself)|visit (?:your|the) (?:factory|plant|site|showroom|kitchen|farm|store)|come (?:in|by) and (?:see|try|look)|look (?:around|round)|walk ?through|open day|event", 1.0),
    ],
    "relationship": [
        (r"trust(?:ed|s|ing|worthy)?|distrust|rely on (?:you|them|him|her|someone)|count on (?:you|them|someone)|depend on (?:you|someone)|honest(?:y)?|integrity|keeps? (?:your|their|his|her) (?:word|promises?)|(?:your|their|his|her) word|straight with (?:us|me)|reliable partner", 1.8),
        (r"(?:for|over) (?:the last |the past )?(?:years|decades|a long time|ages|\d+ years|(?:two|three|four|five|six|ten|twenty) years)|years (?:now|together)|known (?:you|him|her|them|your \w+|each other)|(?:we've|we have|i've|i have) (?:always|been) (?:bought|worked|dealt|used|ordered|buying|working|dealing|with)|long[- ](?:term|standing|time)|loyal(?:ty)?|stick with|stay(?:ing|ed)? with|old friend|regular customer|familiar", 1.8),
        (r"partners?|partnership|relationships?|on (?:our|my) side|in it together|work together|working together|together for|rapport|(?:a|the) connection", 1.5),
        (r"respect(?:ed|s|ful)?|recogni(?:s|z)(?:e|ed|es|ing|ation)|appreciat(?:e|ed|es|ion) (?:us|our|me|my)|feel (?:valued|appreciated|important)|valued|value (?:us|our (?:business|custom|loyalty))|take (?:us|me) seriously|taken seriously|(?:treat|treated|treats) (?:us|me) (?:like|as|well|badly|fairly)|just a number|another number|face|reputation|credibility|credible", 1.5),
        (r"(?:help|helped|helps|support|supported|stand|stood|be there|was there|were there|there) (?:for )?(?:us|me)? ?(?:out )?(?:when|in|through) (?:things|times|we|i|it|trouble|a crisis|difficult|hard|tough|bad)|in (?:times of )?trouble|when (?:things|it) (?:go|goes|get|gets) (?:wrong|tough|difficult)|stand by (?:us|me)|stood by (?:us|me)|there for (?:us|me)|bail(?:ed)? (?:us|me) out|go the extra mile|went the extra mile|(?:do|did) (?:us|me) a favou?r|favou?rs?", 1.8),
        (r"after (?:the )?(?:contract|deal|sale|order|paperwork) is (?:signed|done|closed)|after (?:we|i) (?:sign|signed|buy|bought|pay|paid)|once (?:we|i) (?:sign|signed|buy|bought|pay|paid)|still (?:be )?(?:there|around|answer|pick up|care|call|visit)|pick up the phone|disappear(?:s|ed)?|(?:forget|forgot|forgets) (?:about )?(?:us|me)|forgotten|ignored? us|(?:same|one) (?:person|contact|rep|account manager|point of contact)|your (?:rep|account manager|salesman|salesperson)|our (?:rep|account manager|contact)|(?:a|one) (?:named|dedicated|personal) (?:contact|person|account manager|rep)|personal(?:ly)?|in person|face[- ]to[- ]face|know(?:s)? (?:us|me|our business|our name|my name|who we are)|remember(?:s|ed)? (?:us|me|our|my)", 1.5),
        (r"priority (?:for|to) (?:us|me|my|our)|gives? (?:us|me|my \w+|our \w+) priority|look(?:s|ed)? after (?:us|me|my|our)|drop(?:s|ped)? by|pop(?:s|ped)? in|news from the (?:trade|market|industry)|trade news|(?:used to|would always) (?:call|visit|ring|drop)|connect (?:us|me) (?:with|to)|introduc(?:e|ed|tion|tions) (?:us|me)?|introductions?|contacts?|network(?:ing)?|other (?:customers|clients|hospitals|schools|firms|companies|hotels|shops|restaurants|users|businesses|pharmacies|retailers)|peers?|share (?:information|ideas|insights?|knowledge|news|what you|market|contacts)|keep (?:us|me) (?:informed|posted|updated|in the loop)|in the loop|inside (?:information|knowledge)|tip(?:s)? (?:us|me) off|heads[- ]up|market (?:news|information|insight|intelligence)|referrals?|recommend(?:ed)? (?:us|me) to|word of mouth|someone (?:i|we) (?:know|trust)|somebody (?:i|we) (?:know|trust)|people (?:i|we) (?:know|trust)|friend(?:ly)? face|friends?", 1.5),
        # how the customer came to you: word of mouth and referrals ("How did you hear about us?")
        (r"how did you (?:hear|find out|learn|come to know) (?:about|of) (?:us|me|the shop|our \w+)|who (?:recommended|referred|sent) you\b|word of mouth|recommended (?:us|me) to you", 2.0),
        (r"who (?:would|will) (?:we|i) (?:deal|work) with|who (?:our|my) (?:contact|rep)|meet (?:your|the) (?:\w+ )?(?:boss|director|owner|manager|team|ceo|founder|md)|invite(?:d)? (?:us|me)|lunch|dinner|coffee with|visit (?:us|me) (?:regularly|more often)|check in (?:on|with) (?:us|me)|stay in touch|keep in touch|hear from (?:you|them)", 1.2),
    ],
    "success": [
        # asking why something matters reaches for the goal behind it
        (r"why (?:does |is )?(?:this|that|it) (?:matters?|(?:so )?important)|why (?:this|that|it) matters|what(?:'s| is) (?:behind|driving) (?:this|that|it|the)|"
         r"(?:the )?reasons? behind (?:it|this|that)|what do you hope (?:\w+ ){0,4}(?:will|would|to|can|could) (?:help|achieve|change|make|give)", 2.5),
        (r"goals?|targets?|objectives?|aims?|ambitions?|mission|vision|strategy|strategic|priorit(?:y|ies)|kpis?|okrs?|milestones?|what (?:we|i)(?:'re| are) (?:really )?(?:after|trying to (?:do|achieve|reach|get))|what (?:we|i) (?:really )?(?:need|want) is|what matters (?:most )?(?:to|for) (?:us|me|you|the business|your business)|what(?:'s| is) (?:most |really )?important (?:to|for) (?:you|your business|the business)|(?:the|our|my) real (?:problem|goal|issue|aim|challenge|need)|bigger picture|big picture|long run|in the end", 1.8),
        (r"grow(?:th|ing|n)?|expand(?:ing|ed|sion)?|scale (?:up|the|our)|scal(?:e|ing) up|open(?:ing)? (?:a |another |our |the |two |three |more |new )+(?:stores?|branch(?:es)?|sites?|plants?|restaurants?|shops?|clinics?|locations?|offices?|outlets?|warehouses?)|launch(?:ing|ed)?|new markets?|enter (?:the|a|new)|start exporting|export markets", 1.5),
        (r"lose (?:the|our|a|that|this|their) (?:\w+ )?(?:contract|client|customer|licen[cs]e|account|franchise|listing)|revenue|turnover|sales (?:up|growth|figures|numbers|targets?|by)|profit(?:s|able|ability)?|margins?|bottom line|(?:return on investment|roi)|earnings|cash ?flow|break[- ]even|pay(?:s)? for itself|payback|make (?:more )?money|save (?:us )?money|savings?|budget (?:target|goal)s?|funding round|investors?|shareholders?|valuation", 1.5),
        (r"market share|compet(?:e|ing|itive|itiveness)(?! quote)|(?:beat|outperform|overtake|ahead of) (?:the |our )?(?:competition|competitors|rivals)|stand out|win(?:ning)? (?:back )?(?:the |more |new |our )?(?:customers|clients|business|tenders?|contracts?|market|bids?|accounts?|award|guests|patients|students|members)|lost (?:customers|clients|business|market|sales|guests)|footfall|retention|churn|repeat (?:customers|business|visits)|customer satisfaction (?:scores?|ratings?)|(?:our|their) (?:customers|clients|guests|patients|shoppers|members|students|users|readers|tenants|passengers) (?:want|need|expect|are|keep|come|leave|love|complain)", 1.5),
        (r"(?:cut|cutting|reduce|reducing|lower|lowering|bring down|halve|halving|trim|slash)(?: our| the| total| overall| operating| running| energy| fuel| labou?r| staff| waste| stock| inventory)*(?: costs?| bills?| spend(?:ing)?| waste| overheads?| emissions| turnover| absence| errors| downtime| returns| complaints| churn| error rates?| accidents| wait(?:ing)? times?)(?: by \S+)?", 0.8),
        (r"(?:by|of) \d+ ?(?:%|percent|per ?cent)|\d+ ?(?:%|percent|per ?cent) (?:more|less|fewer|higher|lower|increase|reduction|growth|cut)|(?:double|doubling|triple|halve|increase|grow|boost|raise) (?:our|the|sales|revenue|turnover|output|capacity|productivity|profits?|margins?|numbers|bookings|footfall|membership|market share)|improve (?:our|the) (?:results|margins|numbers|efficiency|productivity|output|scores?)|productivity|efficiency gains|sustainability|carbon|net[- ]zero|emissions target", 1.2),
        (r"(?:to|so (?:that )?(?:we|i) can|in order to|which (?:will|would) (?:let|help) (?:us|me)) (?:hit|meet|reach|achieve|beat|exceed) (?:our|the|my|a|this|that|their|every|all)? ?(?:\w+ )?(?:targets?|goals?|numbers|deadlines?|quotas?|budgets?|kpis?|objectives?|expectations|demand|standards?)|(?:to|so (?:that )?(?:we|i) can|in order to) (?:prove|win|grow|compete|survive|pass|expand|double|increase|reduce|cut|keep (?:our|the) (?:customers|clients|contract|licen[cs]e|rating|business))|hit (?:our|the|my) (?:targets?|numbers|goals?|budget)|meet (?:our|the|my) (?:targets?|goals?|deadline|quota)|prove (?:to|that|it)|show (?:the board|head office|my boss|management|results|that)|the board|head office|headquarters|management wants|my boss (?:wants|expects|needs)|our owners?|the owner wants", 1.5),
        (r"pass (?:the |our |an )?(?:audit|inspection|certification|accreditation)|audits?|inspections?|certification|accreditation|complian(?:ce|t)|regulat(?:ions?|ors?|ory)|stay (?:open|in business|afloat|competitive)|survive (?:the|this|in|as)|survival|keep (?:the|our) (?:doors|business) open|reputation (?:as|for)|award|rating|star rating|ofsted|michelin|promotion|my career|my job depends|bonus", 1.3),
        # the word itself names the level ("what would success look like?", "was it a success?")
        (r"success(?:es|ful|fully)?|succeed(?:s|ed|ing)?|unsuccessful|what (?:would|does|will|did) (?:success|a good (?:year|result|outcome)|good) look like|how (?:will|would|do|did|can) (?:you|we|i|they|your \w+) (?:know|tell|measure|judge|see) (?:if |whether |that )?(?:it|this|that|the \w+|it's|this is|that is)? ?(?:(?:was|is|has been|would be|will be) )?(?:a )?(?:success|worked|working|paid off|paying off)", 2.5),
        (r"achieve(?:ment|ments|d)?|results?|outcomes?|impact|difference (?:to|for) (?:our|the) (?:business|customers)|where (?:do )?you (?:want|see|hope) (?:to be|the business|yourself|your)|in (?:five|three|two|\d+) years|next (?:year|quarter|season)|this (?:year|quarter)|long[- ]term plans?|future|plans? for|trying to (?:achieve|solve|fix|reach|build|do)|keeps? you (?:up|awake) at night|the problem (?:you|we)(?:'re| are) (?:trying to )?solv|why (?:is )?(?:that|this) (?:important|matter)|what (?:would|will) (?:that|this|it) (?:mean|do) for (?:you|your|the)", 1.3),
    ],
}

# Questions about what the purchase is for in the customer's own life or work (success):
# "What would you like to be able to do again?", "How is it affecting your work?".
NEED_CUES["success"].append(
    (r"(?:like|want|hope|love|need|wish) to be able to|where (?:would|do|will) you (?:like|want|hope|expect) (?:the|your|to|it|them|things)|(?:be )?able to (?:\w+ ){0,3}again|get back to (?:normal|full|work|my|our)|"
     r"affect(?:s|ed|ing)? (?:your|the|our|my) (?:work|business|day|days|life|team|sales|family|plans|customers|staff|income|shifts|trade|season|year|clients|patients|guests)|"
     r"what (?:would|will|does|did) (?:that|it|this) (?:mean|change|do) (?:for|to) (?:you|your|the business|your business|the team)|"
     r"what (?:are|were) you (?:hoping|aiming|trying|looking) (?:for|to) (?:achieve|get|reach|change|do)|what (?:are|were) you hoping\b|"
     # the trigger behind the purchase: "What's got you thinking about buying?", "What made you start looking?", "Why now?"
     r"what(?:'s| has) got you (?:thinking|looking)|what made you (?:start )?(?:look|think|decide|want)|\bwhy now\b|"
     r"what (?:would|does|will) (?:a )?(?:good|great|successful|ideal) (?:result|outcome|year|season|term|first year) look like|what would you (?:like|love|want) to (?:achieve|change|get out|get back|be able)|"
     r"(?:the )?bigger picture|what would change (?:for you|if|when)|what difference would|how would (?:that|it|this) change|"
     r"what(?:'s| is) (?:it|this|that) (?:costing|cost) you|what (?:is|was) (?:that|it) costing|"
     # what a supplier should help the customer reach: "What should a good partner help you to reach?"
     r"\bhelp(?:s|ed)? (?:you|your (?:\w+ )?(?:business|company|shop|team|firm)) (?:to )?(?:reach|achieve|get to|hit|grow)\b|"
     r"(?:bigger|real|whole|main|actual) (?:job|project|plan|picture|reason|purpose)|what(?:'s| is| are) (?:it|this|that|they|the \w+) (?:all )?for\b|"
     r"(?:have|has|need|needs) to be (?:finished|done|ready|up|in place|working|sorted|open|running) by|"
     r"when (?:does|do|will|must) (?:it|this|that|they|everything|it all|the \w+)(?: all)? (?:have|need) to be (?:finished|done|ready|up|in place|working)", 1.5))


# Broader, softer vocabulary of each level (weight 0.6-1.2), written from the brief's definitions.
SOFT_NEED_CUES: dict[str, list[tuple[str, float]]] = {
    "product": [
        (r"does (?:it|the \w+|this|that) (?:have|come|do|work|include|support|export|import|print|connect|fit|run)|is (?:it|the \w+|this|that) (?:made|suitable|safe|strong|big|small|easy to clean|compatible|available in)|(?:double|single)[- ]sided|colour|weigh|weighs|lighter|heavier|thinner|thicker|washes|wash|survive (?:a|\d+)|export to|comfortable enough|enough (?:power|space|room|capacity)|spec|model|brand|product|products", 0.8),
    ],
    "service": [
        (r"take (?:it |them |back |the \w+ back)|take back|collect(?:s|ed|ion)?|pick[- ]?up|servic(?:e|ed|ing)|serviced|invoices?|purchase orders?|packing|packed|damaged (?:in transit|on arrival)?|arriv(?:e|ing|ed) (?:damaged|broken|late)|move (?:our|the|all) (?:data|servers|equipment|stock|office)|moving|organise the move|commissioned|(?:training|refresher|induction|safety|first[- ]aid|online|onboarding|certification|operator|user|staff|one-day|two-day|half-day|\d+-day|short) courses?|courses? (?:for|on|in) (?:your|our|the|my|staff|new|using|how)|refresher|remote(?:ly)?|fit (?:the|our|them|it)|fitting|help (?:us )?(?:move|install|set|configure|migrate)|someone (?:to|who|has to) (?:come|help|fix|install|show)|on call|back-?up|turnaround|process (?:when|for|of)|what happens (?:if|when)|who (?:handles|deals with)|handle (?:the )?(?:paperwork|claims|returns|disposal)|disposal|calibrat\w+|inspect(?:ed|ion)? (?:the|our) (?:equipment|machines)|waiting (?:list|time)|wait (?:for|three|two|a week)|slot|window", 1.0),
    ],
    "experience": [
        (r"test (?:the|our|a|some|it|them)|testing|trial|try|tried|tasting|taste|see (?:the \w+|it|them|how) (?:running|working|made|being made|in use|in action)|see how (?:it|the|they|\w+ is)|watch (?:it|them|how)|demonstrat(?:e|ion)|demo|join (?:the|a|in)|input|review (?:the )?(?:design|mock|draft|plans?|layout)|design review|our own (?:ideas|input|say|design)|polite|warm welcome|cold welcome|rude|impression|felt|pleasure|lovely|enjoy|visit (?:your|the)|tour|look (?:round|around)|portal|website|app\b|online shop|the process|made (?:it|buying|ordering|booking) (?:easy|nice|simple|hard)", 1.0),
    ],
    "relationship": [
        (r"helped (?:us|me)|help(?:ed)? (?:us|me) out|kept (?:us|me) (?:informed|posted|updated)|keep (?:us|me) (?:informed|posted|updated)|visited|visit (?:us|me)|come and see (?:us|me)|check[- ]ins?|check in|care (?:about|for) (?:us|me)|cares|thank(?:ed|s)? (?:us|me) for|thanked|(?:people|firms|companies|suppliers|someone|somebody) (?:we|i|she|he|they) know|know (?:personally|us|me)|knows (?:us|me|our)|personally|history|generations|for ages|since (?:we|i) (?:started|opened)|stranger|new (?:face|person|rep|contact)|local (?:firms?|suppliers?|people|businesses?)|(?:hear|heard|know|learn) about (?:new|what)|before (?:they|it) reach|first to know|what other (?:\w+ )?(?:are|is) doing|(?:what|how) (?:others|other \w+) (?:are|do)|(?:other|fellow) (?:florists|shops|restaurants|pharmacies|hotels|farmers|retailers|bakers|builders)|on our side|our side|never forget|(?:we'll|we will|i'll) (?:never forget|remember)|fairly|fair(?:ly)? treated|treat (?:us|me)|looked after (?:us|me)|look after (?:us|me)|send (?:you|them) more (?:work|business)|more work|recommend(?:ed)? (?:you|them)|lied|lie to|straight with|open with|good to (?:us|me)|thanked|gratitude|goodwill", 1.2),
    ],
    "success": [
        (r"customers? (?:will|would|are going to|keep|might) (?:leave|go|walk)|leave us|(?:our|the) biggest (?:customer|client|account)|(?:become|be) the (?:biggest|best|first|leading|number one|go-to)|top (?:ten|five|three|\d+)|rankings?|ratings?|reviews?|stars?|(?:more|fewer|less) (?:customers|patients|guests|families|students|members|visitors|shoppers|orders|bookings|complaints|accidents|errors|waste|time on)|get more|bring (?:in|back) more|(?:pass|passing) (?:their|the|our) (?:exams?|tests?|inspection|audit)|exams?|certified|certification|accredited|supply (?:the )?(?:big|major|large) |so (?:that )?(?:we|i) can|in order to|which (?:would|will) (?:let|help)|spend (?:less|more) time (?:on|with)|free (?:up|us)|focus on|second (?:restaurant|shop|store|site|branch|location)|(?:a|another) (?:new )?(?:restaurant|shop|store|site|branch|location|outlet) (?:within|by|next|this)|within (?:two|three|five|\d+) years|by (?:the end of )?(?:next )?(?:year|spring|summer|autumn|winter|20\d\d)|worth the money|pays for itself|make money|makes money|profitable|turn a profit|the whole point|ultimately|at the end of the day|what (?:really )?matters (?:is|most)|keep (?:the|our) (?:business|doors|shop|clinic) (?:going|open)|our future|get faster|faster than|beat|win|winning|grow|growing|expand", 1.0),
    ],
}


# The point after a denial or a concession (thirty-first round): "It's not the quality of the
# tyres, they're good. It's that I need them fitted at our depot", "the discount is nice but what i value is that you
# tell me the truth", "Installation is not my concern… My concern is…". The need sits in what follows the turn; the
# level is read from it alone (`need.the_point`).
#: Where the customer turns to their point: "but", "it's that", "what I (really) want/need/value is", "my concern is",
#: "the (real) problem is", "it's (more) about".
POINT_TURNS = (r"\b(?:but|however|though|it'?s that|it is that|"
               r"what (?:i|we) (?:really |actually )?(?:want|need|value|care about|mind|miss)(?: to know| from you)? is|"
               r"(?:my|our) (?:real |main |actual )?(?:concern|problem|worry|issue|question) is|"
               r"the (?:real |main |actual )?(?:problem|issue|point|thing) is|it'?s (?:more |really )?(?:about|the))\b")
#: What comes before the turn must deny or concede something ("not", "isn't", "fine", "…looks nice", "happy with"; not
#: "good question").
POINT_CONCEDED = (r"\b(?:not|n't|isn'?t|wasn'?t|aren'?t|don'?t|doesn'?t|no problem|happy with|fine|"
                  r"(?:'s|’s|is|are|was|were|looks?|seems?|sounds?|tastes?|works?) (?:really |very |pretty |quite |all |perfectly |more than )?"
                  r"(?:fine|nice|good|great|ok|okay|friendly|lovely|excellent))\b")
#: The point needs this many words to be read on its own.
POINT_MIN_WORDS = 3
