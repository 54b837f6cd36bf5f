"""Ranked pairs f01-f10 (written by hand): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 -- fault: argues with the customer (golf pro shop, Calgary)
o = c("Hi, you regripped my irons last week and they feel really fat. Like I'm holding a broom handle.", None)
t1 = t("Sorry about that. Let's have a look. Did you ask for standard size or midsize?")
c1 = c("Standard, same as before. I've got small hands, my wife's gloves fit me.", None)
t2_good = t("Let me measure one... you're right, these are midsize. They went on from the wrong order, that's our mistake.")
c2_good = c("Ah, well, that explains it. Can you swap them?", None)
t2_bad = t("Hmm, they look right to me. Honestly, new grips always feel thicker at first because your old ones were worn thin. You'll get used to them in a round or two.")
c2_bad = c("I've played for thirty years, I know what a midsize grip feels like. Can you just measure them?", None)
t3 = t("Right, I'll put standard grips on all eight, no charge. They'll be ready tomorrow at noon.")
c3 = c("Tomorrow's no good, I'm flat out at work all day and I'm playing first thing Saturday.", "no_time")
t4 = t("Then I'll do them now. Grab a coffee in the clubhouse and they'll be done within the hour.")
PAIRS.append(rpair(
    "b235r_f01_calgary_regrip",
    "Golf pro shop, Calgary, Alberta. A golfer with small hands says his newly regripped irons feel too thick. Worse argues with him before checking.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f02 -- fault: doubts the customer's honesty (bike shop, Toronto)
o = c("Hi, I bought this helmet Saturday and the buckle snapped the first time I did it up. Can I swap it?", None)
t1 = t("Oh, that shouldn't happen. Do you have the receipt, or was it on a card?")
c1 = c("On my debit card. I've got the box too, but I threw out the bag.", None)
t2_good = t("The box is plenty. The clip's cracked right through at the hinge, that's a faulty part.")
c2_good = c("Yeah, I figured. It just went snap.", None)
t2_bad = t("Hmm. Are you sure it wasn't dropped? We get a fair few people bringing helmets back after a crash, and we're not supposed to take those.")
c2_bad = c("I haven't even ridden in it. Why would I lie about a forty-dollar helmet?", None)
t3 = t("I'll swap it for the same model in a medium. Do you want to try it on first, so we can check the fit with the straps adjusted?")
c3 = c("I haven't got time to try it on, I'm on my lunch break. Just give me the medium.", "no_time")
t4 = t("No problem, here you go. If it doesn't sit right, bring it back any time this month and we'll adjust it.")
PAIRS.append(rpair(
    "b235r_f02_toronto_helmetbuckle",
    "Bike shop, Toronto, Ontario. A commuter returns a helmet whose buckle broke on first use. Worse suggests she might be lying about a crash.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f03 -- fault: drops the price before asking anything (boat dealer, Hamilton NZ)
o = c("Gidday, I'm looking at that blue five-metre runabout on the trailer out front. What's the story with it?", None)
t1_good = t("She's a good one. Before I go through her, what are you after in a boat? Fishing, skiing, the family?")
c1_good = c("Bit of fishing off Raglan, and the kids want to go biscuiting. Budget's about twenty-five.", None)
t1_bad = t("She's priced at twenty-four five, but I could do twenty-two for you today, easy.")
c1_bad = c("Whoa, you've dropped two and a half grand already? I'm only having a look, mate.", "brush_off")
t2 = t("Here's the honest rundown. She's a 2012 with a hundred-and-fifteen four-stroke, four hundred hours, serviced here every year. The hull's had one repair on the keel strip, which I'll show you.")
c2 = c("A keel repair, eh. I bought a boat once with a 'minor repair' and it leaked like a sieve.", "bad_experience")
t3 = t("Fair enough. Bring a mate who knows boats or get her surveyed, and we'll put her in at the ramp so you can see for yourself. Saturday morning?")
c3 = c("Saturday works. I'll bring my brother-in-law, he builds boats.", None)
PAIRS.append(rpair(
    "b235r_f03_hamilton_usedrunabout",
    "Boat dealer, Hamilton, New Zealand. A father asks about a used runabout on the lot. Worse opens with a discount before asking what he needs.",
    better=[o, t1_good, c1_good, t2, c2, t3, c3],
    worse=[o, t1_bad, c1_bad, t2, c2, t3, c3],
))

# f04 -- fault: an unasked lecture (tackle shop, Soldotna Alaska)
o = c("Hi, I need a few of those Russian River flies and a new can of bear spray, mine expired.", None)
t1 = t("Sure thing. For the Russian, are you going after the reds this week?")
c1 = c("Yeah, the second run's supposed to start Monday. I go every year.", None)
t2_good = t("Then these in orange and a couple in green, they've been working at the confluence. Bear spray's right here.")
c2_good = c("Perfect, that's what I used last year.", None)
t2_bad = t("Then these in orange and green. And listen, with the bear spray, keep it on your chest, not in your pack, stand your ground, don't run, spray when they're about thirty feet out, and clean your fish at the station, never on the bank. People get careless, you know?")
c2_bad = c("I've been fishing the Russian for thirty years, hon. I know about bears.", None)
t3 = t("Bear spray's forty-nine ninety-nine and the flies are three-fifty each. The new breathable waders just came in too, if yours are getting old.")
c3 = c("Mine are fine, thanks. Just the spray and four flies.", "no_need")
PAIRS.append(rpair(
    "b235r_f04_soldotna_bearspray",
    "Tackle shop, Soldotna, Alaska. A local angler of thirty years buys flies and bear spray for the sockeye run. Worse gives her an unasked lecture on bear safety.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f05 -- fault: a vague next step (rigging shop, Vancouver)
o = c("Hello, my insurer says my rigging's too old, fifteen years, and they won't renew unless I replace it. Can you do it?", None)
t1 = t("We can. What's the boat, and is the mast up or down right now?")
c1 = c("Thirty-two-foot sloop, mast is up, she's in the water at False Creek. My renewal is the end of next month.", None)
t2 = t("Okay. We'd come and measure first, then make up the new wire and swap it over, usually a day with the mast up. For a thirty-two footer it's roughly forty-five to fifty-five hundred; if your turnbuckles are in good shape we reuse them, and that brings it toward the lower end.")
c2 = c("Fifty-five hundred. Gosh. I was hoping it'd be more like three. And how soon could you do it? I'm worried about the timing with the insurance.", "too_expensive")
t3_good = t("Our rigger can measure Thursday at ten, it takes about an hour. You'll have a written quote by Friday, and if you approve it by Monday the work's done by the twentieth, a week before your renewal. I'll text you a confirmation for Thursday now.")
c3_good = c("Thursday at ten's fine. Thank you.", None)
t3_bad = t("We'll get someone out to measure at some point and let you know about dates after that.")
c3_bad = c("At some point? My renewal's the end of next month. I think I'll ring round the other riggers.", "think_it_over")
PAIRS.append(rpair(
    "b235r_f05_vancouver_rigging",
    "Rigging shop, Granville Island, Vancouver. A sailor must replace fifteen-year-old standing rigging before an insurance renewal. Worse ends with a vague next step.",
    better=[o, t1, c1, t2, c2, t3_good, c3_good],
    worse=[o, t1, c1, t2, c2, t3_bad, c3_bad],
))

# f06 -- fault: over-promises (outboard repair, Kenora Ontario)
o = c("Hey, my lower unit's making a grinding noise and I've got a bass tournament Saturday. Any chance you can look at it this week?", None)
t1 = t("Let's see what we can do. What's the motor, and when did the noise start?")
c1 = c("A one-fifty, six years old. Started Sunday, grinding when I shift into forward. I've already paid the four-hundred entry fee, so.", None)
t2_good = t("Grinding on the shift is often the clutch dog or the gears, and sometimes it's just low gear oil. I can drain the oil today and look; if it's full of metal it's a rebuild, and parts can take a week, so I can't promise Saturday. If it's just the oil, you'll be fine. I'll know by four this afternoon.")
c2_good = c("Fair enough. Better to know today. I'll leave it with you.", None)
t2_bad = t("No problem at all, we'll have it ready for you by Friday, guaranteed. Whatever it is, we'll sort it.")
c2_bad = c("Guaranteed? Great. The last shop told me that and kept it three weeks, so I'll hold you to it.", "bad_experience")
t3 = t("Drop it at the back bay and leave me your number.")
c3 = c("It's on the trailer outside. I'm at work till six, so call me, I can't just pop in.", None)
PAIRS.append(rpair(
    "b235r_f06_kenora_lowerunit",
    "Outboard repair shop, Kenora, Ontario. A tournament bass angler's lower unit grinds four days before an event. Worse guarantees Friday before knowing what is wrong.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f07 -- fault: closes before checking the thing works (outdoor shop, Wanaka NZ)
o = c("Hi, I need a roof rack to carry two kayaks on my car. It's a 2015 Mazda 3 hatch.", None)
t1 = t("Sure. Does the car have rails on the roof, or is it a bare roof?")
c1 = c("Bare roof. And I'd like to keep it under five hundred if I can, the kayaks were secondhand.", None)
t2 = t("That's doable. For a bare roof you need feet that clamp into the door frames, the bars, and two kayak cradles. Bars and feet are three-twenty, the cradles are one-forty for the pair, so four-sixty.")
c2 = c("Okay, that's under. Does it definitely fit a Mazda 3? I'd hate to get home and find it's wrong.", None)
t3_good = t("Good question. The fit chart says yes for the 2015 hatch, but let's be sure. If you bring the car round to the bay door, I'll clamp one foot on and check it sits flat before you pay.")
c3_good = c("Oh, good, it's parked right outside.", None)
t3_bad = t("Yeah, should be fine. That's four-sixty then, eftpos or credit?")
c3_bad = c("Should be? I'd rather not pay till I know. I'll hold off and check the website at home.", "think_it_over")
PAIRS.append(rpair(
    "b235r_f07_wanaka_roofrack",
    "Outdoor and paddling shop, Wanaka, New Zealand. A woman needs a roof rack for two kayaks on a bare-roofed hatchback. Worse takes payment without checking the fit.",
    better=[o, t1, c1, t2, c2, t3_good, c3_good],
    worse=[o, t1, c1, t2, c2, t3_bad, c3_bad],
))

# f08 -- fault: recommends before asking (surf shop, Santa Cruz California)
o = c("Hey, I need a wetsuit. Mine ripped at the knee.", None)
t1_good = t("Bummer. What are you mostly doing in it, surfing? Where, and are you in the water year-round?")
c1_good = c("Surfing, yeah. Mostly the Lane and Pleasure Point, all year. I run cold, honestly, my lips are blue by December.", None)
t1_bad = t("Right on. You want the 4/3 chest-zip here, top of the line, four-twenty. Everybody's wearing it this winter.")
c1_bad = c("Four-twenty? Dude, I just need something warm for winter. My old one lasted me like eight years.", "too_expensive")
t2 = t("For winter here, a 4/3 is right. The mid-range one is two-ninety and nearly as warm; a hood and booties often do more for the cold than a pricier suit.")
c2 = c("Two-ninety I can live with. Can I try it on? Got a medium-tall?", None)
t3 = t("Yep, changing room's in the back. Squat down in it and check there's no gap at the lower back.")
c3 = c("Fits good. I'll take it. Skip the hood for now though, my old one's fine.", "no_need")
PAIRS.append(rpair(
    "b235r_f08_santacruz_wetsuit",
    "Surf shop, Santa Cruz, California. A year-round surfer who feels the cold needs a new wetsuit. Worse recommends the top suit before asking anything.",
    better=[o, t1_good, c1_good, t2, c2, t3, c3],
    worse=[o, t1_bad, c1_bad, t2, c2, t3, c3],
))

# f09 -- fault: unexplained jargon (bike shop, North Vancouver)
o = c("Hi, I want to upgrade the wheels on my mountain bike, they're pretty beat. Can you just sell me a set?", None)
t1 = t("Sure. Is it the green one outside? Mind if I have a look at the frame and the back wheel?")
c1 = c("Yeah, the green one. It's a 2016. I'm not looking to spend a ton, maybe four hundred.", None)
t2_good = t("The back wheel's held in by a thick bolt-through axle, and it's the older width, a little narrower than most new bikes, so we need wheels made for that width. The gear cluster fits the standard type of hub, which is the cheaper one. Good news: that keeps you in your budget.")
c2_good = c("Okay, that makes sense. So what's in the four-hundred range?", None)
t2_bad = t("Right, so you're 142 by 12 thru-axle, non-Boost, HG freehub, six-bolt rotors. Do you want to stay 27.5 or go 29, and hooked or hookless?")
c2_bad = c("Uh... I have no idea what any of that means. Maybe I'll just look online.", "brush_off")
t3 = t("There's an alloy set at three seventy-nine that fits your bike as it is. Moving your disc rotors and cassette across is forty labour, or free if you do it yourself, and I'll show you how.")
c3 = c("I'll do it myself then. Deal.", None)
PAIRS.append(rpair(
    "b235r_f09_northvan_mtbwheels",
    "Bike shop, North Vancouver, British Columbia. A rider wants replacement wheels for a 2016 mountain bike on a four-hundred-dollar budget. Worse answers in unexplained jargon.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f10 -- fault: talks about themselves (backcountry ski shop, Revelstoke BC)
o = c("Hi, I'm getting into backcountry skiing this winter and my course says I need a transceiver, shovel and probe. What do you recommend?", None)
t1 = t("Good on you for doing the course first. Which course, and who will you be touring with?")
c1 = c("AST 1 in January. I'll mostly go with my partner, he's been touring for years, but his gear's ancient.", None)
t2_good = t("Then what matters most is a transceiver that's easy for you to use under stress. This three-antenna one has the simplest display we carry. And since your partner's is old, it's worth checking his too; the old single-antenna units are much harder to search with. For the shovel and probe, go aluminium, not plastic.")
c2_good = c("Huh, I hadn't thought about his. What does it all cost?", None)
t2_bad = t("Ah, I remember my first season. I was touring up at Rogers Pass with a buddy and got caught in a little slide, just up to my waist, scared me half to death. That's when I switched to a three-antenna. I run it with a two-forty probe, and I do like sixty days a season now.")
c2_bad = c("Wow. Okay. Um, so which one should I get? And what does it all cost?", None)
t3 = t("The three-antenna transceiver, an aluminium shovel and a two-forty probe come to six-ninety as a package.")
c3 = c("Six-ninety. Oof. On top of the course fee, that's more than I've got right now. Can I rent for the course and buy later?", "no_money")
t4 = t("Yes. Course rental is forty for the weekend, and if you buy within a month we take the rental off the price.")
PAIRS.append(rpair(
    "b235r_f10_revelstoke_avygear",
    "Backcountry ski shop, Revelstoke, British Columbia. A beginner needs avalanche gear for a first course. Worse tells his own slide story instead of asking about her.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))
