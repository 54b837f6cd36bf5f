"""Ranked pairs d01-d10 (b227): two decent conversations, `better` better in a way a sales coach would agree with."""
from common import c, rpair, t

PAIRS = []

# d01: animal-health counter, Tamworth NSW - checks the problem before selling
_open = c("Morning. Cattle are rubbing themselves raw on the fence posts. Reckon it's lice. Need a pour-on for about eighty head.", None)
PAIRS.append(rpair(
    "b227r_d01_tamworth_licepouron",
    "A cattle producer at a rural store in Tamworth, NSW, asks for a lice pour-on for eighty weaners without having checked for lice.",
    better=[
        _open,
        t("Morning. Rubbing on the posts - is it mostly neck and tailhead, or all over? Have you had a look in the hair?"),
        c("Neck and shoulders mostly. Haven't had a proper look, to be honest. It's winter, so I figured lice.", None),
        t("Winter, neck and shoulders - sounds like lice, yeah. Worth parting the hair on a couple in the crush, though: some pour-ons only do biting lice, some do both kinds, and if there's none at all you'd be wasting money. What sort of weights are they?"),
        c("Weaners, two-fifty kilos or so. Look, I'll check a couple tomorrow, but I'm not driving an hour back in here for it, I want to take something home today.", "no_time"),
        t("Makes sense. Then take the one that covers biting and sucking lice - the two-and-a-half litre does eighty at that weight. Check a couple when they go through, and if there's no lice, bring it back unopened and I'll refund it."),
        c("Fair enough. That's a good deal. I'll do that.", None),
    ],
    worse=[
        _open,
        t("Morning. Yep, this time of year it's usually lice. What sort of weights are they?"),
        c("Weaners mostly, two-fifty kilos or so.", None),
        t("Then this two-and-a-half litre pour-on does eighty head at that weight. It's a hundred and ninety-five. Along the backline, and do the whole mob at once so they don't reinfect each other."),
        c("Hundred and ninety-five. Bit steep, but righto, I'll take it.", "too_expensive"),
        t("No worries. Anything else today?"),
        c("No, that's it.", None),
    ],
))

# d02: water supplies store, Masterton, Wairarapa NZ - diagnoses before recommending
_open = c("Kia ora. Our troughs on the top paddocks keep running dry in the afternoons. I'm thinking the pump's not big enough any more. What have you got that's bigger?", None)
PAIRS.append(rpair(
    "b227r_d02_masterton_stockwater",
    "A sheep farmer in the Wairarapa wants a bigger pump because hilltop troughs run dry on hot afternoons since he added a hundred ewes.",
    better=[
        _open,
        t("Kia ora. Running dry in the afternoons - every day, or mainly hot days when the stock are drinking hard?"),
        c("Hot days, mainly. We've put on another hundred ewes since last summer. The pump fills the header tank fine overnight.", None),
        t("So the tank fills overnight, and on hot afternoons the extra ewes drain the troughs faster than the line refills them. That might not be the pump - it could be tank size or the pipe up to the top paddocks. What size is the header tank, and what pipe runs up there?"),
        c("Tank's five thousand litres. Pipe's twenty-five mil, I think. Mind you, the bloke at the field day said bigger pump.", None),
        t("A hundred extra ewes on a hot day can drink close to that between them. A second tank up top, or thirty-two mil pipe on that run, would probably sort it for less than a new pump. I'll price both, and a pump too if you still want it, so you can compare."),
        c("Hmm. I'll have to see what the pipe run costs. Send me the prices and I'll have a think.", "think_it_over"),
    ],
    worse=[
        _open,
        t("Kia ora. Sure. What pump are you running now?"),
        c("Davey, single phase, about ten years old. It fills the header tank fine overnight, it's just the afternoons.", None),
        t("Right. This one pushes about forty percent more and runs on the same power supply. It's two thousand one hundred, and we can have someone install it next week."),
        c("That's a fair chunk. Does it come with a warranty?", None),
        t("Three years. And if there's any trouble, ring us and we'll sort it."),
        c("Okay. I'll think about it and let you know.", "think_it_over"),
    ],
))

# d03: ag lender, Sioux Center, Iowa - digs into the real reason for a bigger credit line
_open = c("Hi, I wanted to talk about bumping up my operating line. Input costs went through the roof this year and I'm already up against the limit.", None)
PAIRS.append(rpair(
    "b227r_d03_siouxcenter_operatingline",
    "A row-crop farmer asks his farm lender for a larger operating line; the squeeze comes from prepaying fertilizer in the fall.",
    better=[
        _open,
        t("Sure, let's look. When did you start running up against it - a steady climb, or all at once?"),
        c("Mostly in the fall, when I prepaid fertilizer for spring. The discount's good if you pay early, so I paid the whole thing.", None),
        t("So the squeeze comes from the prepay, and it clears once you sell grain over the winter?"),
        c("Yeah, pretty much. By February I'm back down. I just don't want to get caught again next fall.", None),
        t("Then a bigger line all year could cost you more than you need. Another way is a seasonal note just for the prepay, September to March - you pay interest only while it's out. I'd check the prepay discount beats the interest, it usually does. Want me to run both side by side with your numbers?"),
        c("Yeah, that sounds smarter. Can we meet next week? I'm hauling beans till Friday.", None),
    ],
    worse=[
        _open,
        t("Sure. How much are you thinking?"),
        c("Another hundred thousand would do it, I think. It's mostly the fall fertilizer prepay that pushes it.", None),
        t("Okay. With your history that should be fine. I'll need updated financials and your balance sheet, and it goes to committee next Tuesday. The rate stays the same as your current line."),
        c("Is there another fee for the increase?", None),
        t("A small documentation fee, about two-fifty. I'll email you the list of what I need."),
        c("Alright. I can't get to paperwork till harvest's done though, so it'll be a few weeks.", "no_time"),
    ],
))

# d04: ag drone and spray equipment dealer, Griffith NSW - honest about limits, low-risk step
_open = c("Hey. I'm after a spray drone. Dad reckons I'm dreaming, but I've seen a few round Griffith now. What've you got?", None)
PAIRS.append(rpair(
    "b227r_d04_griffith_spraydrone",
    "A young rice grower wants a spray drone for wet corners the boom spray cannot reach; his father is sceptical.",
    better=[
        _open,
        t("Hey. There's a few about now, yeah. What would you want it spraying - whole paddocks, or the bits the boom can't get to?"),
        c("Mostly the wet corners of the rice bays and round the channels. The boom gets bogged there every year.", None),
        t("That's where drones shine. For whole paddocks they're slow, about fifteen hectares an hour, so it won't replace the boom. You'd also need a CASA licence and a chemical ticket to spray with one - about four days of courses. Have you looked into that?"),
        c("Not really. Four days, in the middle of the season? No chance.", "no_time"),
        t("Most people do it over winter. In the meantime there are contractors who'll do your corners for about thirty a hectare, so you and your dad can see if it's worth it before spending forty grand. I'll give you a couple of names round Griffith and book you in for a demo in June."),
        c("Yeah, that'd convince Dad more than me talking. Do that.", None),
    ],
    worse=[
        _open,
        t("Hey! This is our most popular model - forty-litre tank, does about fifteen hectares an hour, comes with two batteries and the charger. It's forty-two thousand."),
        c("Forty-two. Dad's going to have a fit.", "too_expensive"),
        t("It pays for itself in the wet spots where the boom bogs. You'll need a CASA licence to run it, there's a course. I can send you the finance options to look at together."),
        c("Okay, send them. I'll show him.", "think_it_over"),
        t("Will do. Ring me if he's got questions."),
        c("Cheers.", None),
    ],
))

# d05: rural insurer renewals line, Winton, Southland NZ - reviews the cover instead of a token discount
_open = c("Yeah gidday. My farm insurance renewal's come through and it's gone up nearly thirty percent. That's a lot of money for nothing changing.", "too_expensive")
PAIRS.append(rpair(
    "b227r_d05_winton_renewal",
    "A long-standing sheep and beef client rings about a 30% jump in his farm insurance renewal.",
    better=[
        _open,
        t("Gidday. Thirty percent is a big jump, I can see why you're ringing. Can I pull it up and go through what's driving it with you?"),
        c("Go on. It's under Bryce McLeod, Winton.", None),
        t("Got it. About half is rebuild values going up with building costs, the rest is the regional rate after last year's floods. Looking at your sheds though, the old hay barn is still insured at full replacement. Is it still standing and in use?"),
        c("Barely. We don't use it for hay any more, it's just junk in there.", None),
        t("Then we could put it on indemnity value or take it off entirely - that saves around nine hundred. Raising your excess from one thousand to two and a half takes another six hundred off. I'd leave the woolshed and the house exactly as they are, though."),
        c("Right. That's more like it. Send me the new figures and I'll talk to the wife tonight.", "think_it_over"),
    ],
    worse=[
        _open,
        t("Gidday. Yeah, a lot of renewals have gone up this year - building costs, and the floods last year. Can I get your name?"),
        c("Bryce McLeod, Winton. I've been with you fifteen years.", None),
        t("Thanks Bryce. You're a long-standing client, so I can apply a five percent loyalty discount. That brings it down to about a twenty-three percent increase."),
        c("Still a lot. I might get a quote from someone else.", "too_expensive"),
        t("That's your call, of course. I'll email the revised renewal today; it's valid till the end of the month."),
        c("Righto.", None),
    ],
))

# d06: feed store, Sedalia, Missouri - finds the real cause (teeth) before selling feed
_open = c("Hi there. My old gelding's been dropping weight since fall, you can see his ribs now. I want to put him on something richer. What do you recommend?", None)
PAIRS.append(rpair(
    "b227r_d06_sedalia_seniorhorse",
    "A horse owner wants a richer feed for a 26-year-old gelding losing weight; he is dropping wads of chewed hay, a sign of dental trouble.",
    better=[
        _open,
        t("Sorry to hear that. How old is he, and is he eating his hay okay - or leaving little clumps of chewed hay around?"),
        c("He's twenty-six. Now that you mention it, there are these little wads of hay by the feeder. I thought he was just being picky.", None),
        t("Those wads usually mean his teeth aren't grinding right, so the hay goes in but he can't use it. A richer feed won't fix that on its own. I'd have the vet or an equine dentist look at his teeth first. Has he had them floated lately?"),
        c("Not in a couple of years. Money's been tight and the vet's not cheap.", "no_money"),
        t("Understood. A float runs about a hundred and twenty to a hundred and fifty around here. Meanwhile, a senior feed soaked into a mash helps because he doesn't have to chew much - twenty-six dollars a bag, about ten days for him. Soaked hay cubes are cheaper if you want to stretch it."),
        c("Okay. One bag of the senior, and I'll call the vet this week. I had no idea about the wads.", None),
    ],
    worse=[
        _open,
        t("For an older horse losing weight, a senior feed is a good choice - higher in fat and fiber and easy to digest. How old is he?"),
        c("Twenty-six. He's eating his hay, mostly.", None),
        t("Then this senior feed is the one. Start with a couple of pounds a day and work up over a week or so. A bag is twenty-six dollars."),
        c("Okay. Twenty-six a bag adds up, but he's worth it.", None),
        t("He is. Give it a month and you should see him filling out. If not, call your vet."),
        c("Will do. Thanks.", None),
    ],
))

# d07: grain marketing desk, Esperance, Western Australia - asks about cash flow and risk before advising
_open = c("G'day. Harvest's nearly done and I've got about eight hundred tonne of barley. Should I go the pool this year or just sell cash? My neighbour swears by the pool.", None)
PAIRS.append(rpair(
    "b227r_d07_esperance_barleypool",
    "A grain grower asks a grain marketer whether to put his barley in a pool or sell for cash; he has a large machinery payment due in February.",
    better=[
        _open,
        t("G'day. There's no right answer for everyone, so a couple of questions first. When do you need money in - any big bill due soon after harvest?"),
        c("Machinery payment in February, about a hundred and twenty grand. Plus the usual bills.", None),
        t("So some of it has to be cash by February. The pool pays in instalments through the year, often around sixty percent up front. How would you feel if the cash price went up in March after you'd sold?"),
        c("I'd be spewing, to be honest. But I'd be more spewing if I held it and it dropped.", None),
        t("Then a split makes sense: sell enough for cash now to cover February with some margin, say three hundred tonne, and pool or store the rest. I can't tell you where prices are going - nobody honestly can - but that way you're not betting the lot on one side."),
        c("Yeah, that's sensible. Let me run the numbers past my accountant before I lock anything in.", "think_it_over"),
    ],
    worse=[
        _open,
        t("G'day. The pool's been pretty good the last few years, it averaged a bit above the harvest cash price. No guarantee, mind."),
        c("That's what the neighbour said. I've got a machinery payment in February though.", None),
        t("The pool pays an advance up front, usually around sixty percent, so that should cover it. I'd lean towards the pool for most of it this year."),
        c("Hmm, okay. I'll think about it.", "think_it_over"),
        t("No worries. Pool deliveries close on the thirty-first of January."),
        c("Righto, thanks.", None),
    ],
))

# d08: fencing supplies yard, Feilding, Manawatu NZ - finds that delivery, not price, is the real issue
_open = c("Morning. I'm doing a fair bit of fencing round Feilding and I buy all my posts and wire off you. I want to talk about a better deal.", None)
PAIRS.append(rpair(
    "b227r_d08_feilding_fencingcontractor",
    "A fencing contractor who buys all his materials from one yard asks for a better deal; his real cost is waiting on late deliveries.",
    better=[
        _open,
        t("Morning, good to see you. Happy to talk. What's prompting it - someone quoting you cheaper, or something else getting in the way?"),
        c("Bit of both. Honestly it's more the deliveries. Last two jobs I sat round two days waiting on strainers from you lot. I'm losing money standing there.", "bad_experience"),
        t("That's costly, and that's on us. How many jobs have you got lined up for the next couple of months?"),
        c("Six, maybe seven. Mostly dairy conversions, about two k's of fence each.", None),
        t("Then here's what I can do: give me the job list and start dates, and we'll pre-order the strainers and posts and hold them in the yard for you, on site the day before each start. On price, at that volume I can do eight percent off posts and wire. Would holding stock fix the waiting?"),
        c("If it actually works, yeah. I'll send you the list tonight.", None),
    ],
    worse=[
        _open,
        t("Morning. Sure, you've been a good customer. What sort of deal are you after?"),
        c("Better price on posts and wire, mainly. A yard in Palmy's a bit cheaper. And deliveries have been slow lately, it's a pain.", "too_expensive"),
        t("I'll check with the manager, but I reckon we can do eight percent off posts and wire on your volume. I'll have a word with the yard about deliveries too."),
        c("Eight percent's alright. Sort the deliveries out and we're good.", None),
        t("Will do. I'll confirm the price by email tomorrow."),
        c("Cheers.", None),
    ],
))

# d09: farm generator dealer, Chillicothe, Missouri - sizes from real loads before quoting
_open = c("Need a standby generator for the hog barn. Power was out six hours in that ice storm and I about lost the whole finishing barn. Never again.", None)
PAIRS.append(rpair(
    "b227r_d09_chillicothe_barngenerator",
    "A Missouri hog farmer with 1,200 finishing pigs wants a standby generator after an ice-storm outage; he is curt and not an electrician.",
    better=[
        _open,
        t("Six hours with no fans in a finishing barn - that's frightening. How many head, and what's running in there - fans, heaters, feed lines?"),
        c("Twelve hundred head. Tunnel fans, curtains, the feed system. Heaters are propane.", None),
        t("The fans are the big load, especially starting up. Do you know how many and what horsepower? I'd rather size it from real numbers than guess."),
        c("Eight fans, one horse each I think. Don't know about the panel. Just tell me what to buy, I'm not an electrician.", None),
        t("Fair enough. From that you're likely looking at forty to fifty kilowatts with an automatic transfer switch, so it kicks on with nobody there - roughly thirty to thirty-eight thousand installed. I'll send our electrician to read the panel before we quote firm, no charge, so you don't pay for too big or end up with too small."),
        c("Thirty-eight. Ouch. Still cheaper than losing the barn. Send him out.", "too_expensive"),
    ],
    worse=[
        _open,
        t("Smart move. For a hog barn most folks go with a forty-five kilowatt unit and an automatic transfer switch. Starts by itself when the power drops."),
        c("How much?", None),
        t("Around thirty-five thousand installed, depending on wiring. We can have it in within a month."),
        c("That's a lot of money. Is forty-five even enough for twelve hundred head?", "too_expensive"),
        t("It covers most barns that size. Our electrician will confirm when he installs it."),
        c("Alright. Put me on the list.", None),
    ],
))

# d10: orchard supplies and agronomy, Atherton Tablelands, Queensland - adapts to an overwhelmed new grower
_open = c("Hello. We bought an avocado farm near Atherton three months back, about six hundred trees. Some trees are losing leaves and looking very thin on top. The previous owner told me something about root rot. I am actually an engineer, I don't know much farming.", None)
PAIRS.append(rpair(
    "b227r_d10_atherton_avocadorootrot",
    "A new orchard owner, an Indian-born engineer, has thin avocado trees in a wet low block; he is overwhelmed by advice.",
    better=[
        _open,
        t("Welcome to the Tablelands. Six hundred trees is a lot to take on in three months. What do the thin trees look like - small pale leaves? And are they in one part of the orchard or scattered?"),
        c("Mostly in the lower part, near the creek. Leaves are small and yellowish. The soil there stays wet long after rain.", None),
        t("That fits root rot - phytophthora loves wet, low spots. The usual treatment is phosphorous acid, injected into the trunk or sprayed. But I won't load you up with everything at once. Let's start with the lower block only: the trunk injection is simple, I can show you, and we look at drainage later."),
        c("That would be good, honestly. Every person is telling me ten things and I am getting confused.", None),
        t("One thing at a time, then. The lower block is about a hundred and twenty trees - a twenty-litre drum, about two hundred and ten dollars, plus injectors. I can come out Saturday morning, do the first ten trees with you at no charge, and write the steps down."),
        c("Saturday is fine. Thank you so much, really.", None),
    ],
    worse=[
        _open,
        t("Sounds like phytophthora root rot, very common up here. Treatment is phosphorous acid - inject the trunks or spray, injection's more reliable. You'll also want to look at drainage in the wet areas, mulch, and gypsum for the soil."),
        c("Okay... injection, drainage, mulch, gypsum. Sorry, this is a lot.", None),
        t("No worries. For six hundred trees you'd need about four twenty-litre drums plus injectors, around nine hundred dollars. I'll put a printout in with it."),
        c("Nine hundred. Okay, I suppose I have to. I will take it.", None),
        t("Good. Any questions, just call."),
        c("Okay. Thank you.", None),
    ],
))
