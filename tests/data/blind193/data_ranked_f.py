"""Ranked pairs f01-f10: same turns except one fault in worse and the reaction to it (hand-written, blind193)."""
from common import c, rpair, t

PAIRS = []

# f01: argues with the customer. UK bike shop, Leicester: saddle pain
o = c("Hi, I bought a road bike here last month and the saddle's killing me. After twenty minutes I'm in agony.", None)
t1 = t("Sorry to hear that. Where does it hurt, and how long are your rides usually?")
c1 = c("Sort of, um, right at the front, it goes numb. I'm doing an hour or so, three times a week.", None)
t2_good = t("Numbness at the front usually means too much pressure in the wrong place, often a saddle tilted nose-up or one too narrow for your sit bones.")
c2_good = c("That would make sense, yeah.", None)
t2_bad = t("Honestly, that saddle's one of the best on the market, the pros ride it. It's probably just that you're not used to riding yet.")
c2_bad = c("I've been riding for years. I'm telling you, it goes numb.", None)
t3 = t("Let me check the tilt and measure your sit bones on this pad. If it's the width, we'll swap the saddle for one that fits, no charge within sixty days.")
c3 = c("Okay. Sixty days, good to know.", None)
PAIRS.append(rpair(
    "b193r_f01_leicester_saddle_numbness",
    "Bike shop, Leicester: a customer returns with saddle numbness; in worse the trainee argues that the saddle is fine.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f02: doubts the customer's honesty. US ski rental, Park City: lost pole
o = c("Hey, so, embarrassing, I lost one of the rental poles. It came off on the lift and fell into the trees.", None)
t1 = t("Happens more than you'd think. What's your rental number, and did you see roughly where it landed?")
c1 = c("Ticket's 2214. Somewhere past tower six, it's deep powder down there.", None)
t2_good = t("Thanks. Patrol sweeps under the lifts at the end of the day, so there's a decent chance it turns up.")
c2_good = c("Oh good. Do I need to pay for it?", None)
t2_bad = t("Past tower six, sure. You sure you didn't just leave it outside the lodge at lunch? We get a lot of that.")
c2_bad = c("I'm not lying to you, man. I watched it fall. Do I need to pay for it or what?", None)
t3 = t("If patrol doesn't find it by tomorrow, it's a twenty-five dollar charge, and I'll refund that if it turns up later. Here's a spare for this afternoon.")
c3 = c("Twenty-five bucks for a pole? Ugh. Okay, fair enough.", "too_expensive")
PAIRS.append(rpair(
    "b193r_f02_parkcity_lost_ski_pole",
    "Ski rental, Park City, Utah: a customer reports a pole dropped from the lift; in worse the trainee doubts the story.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f03: drops the price before asking anything. NZ surf shop, Mount Maunganui
o = c("Hi, I'm looking at that blue mini-mal in the window. Can you tell me about it?", None)
t1_good = t("Sure. It's a seven-six, nice and stable, good in small waves. What are you riding at the moment, and where do you mostly surf?")
c1_good = c("A foamie. I surf the Mount mostly, and I'm just starting to catch green waves.", None)
t1_bad = t("Sure, it's a seven-six. And look, I can do twenty percent off that one today, six-forty instead of eight hundred.")
c1_bad = c("Oh. Okay. I just wanted to know if it'd suit me. I'm on a foamie at the Mount, just starting to catch green waves.", None)
t2 = t("Then it's a good next step: stable enough for small days, but it turns more than a foamie. Want to take our demo one out this weekend?")
c2 = c("Yeah, I'd rather try it first. Not sure I'm ready to drop that much yet.", "think_it_over")
t3 = t("Fair. The demo's twenty bucks for the day, and that comes off if you buy.")
c3 = c("Saturday I'm working, eh. Could I do Sunday?", "no_time")
PAIRS.append(rpair(
    "b193r_f03_mountmaunganui_minimal",
    "Surf shop, Mount Maunganui: a learner asks about a board; in worse the trainee offers a discount before asking anything.",
    better=[o, t1_good, c1_good, t2, c2, t3, c3],
    worse=[o, t1_bad, c1_bad, t2, c2, t3, c3],
))

# f04: an unasked lecture. UK running shop, Cardiff
o = c("Hiya, I need new trainers. These have done the Cardiff half twice.", None)
t1 = t("They've earned a rest! Are you training for anything now, and how have these been for you?")
c1 = c("Just parkrun and the odd 10k. I liked these, honestly, I'd just get the same again.", None)
t2_good = t("Makes sense. If they've worked for you, stick with them. Let's check the current version fits the same.")
c2_good = c("Yeah, go on.", None)
t2_bad = t("Good plan. Though you really should replace them every five hundred miles, and with just parkrun you ought to add strength work, and most injuries come from upping your mileage too fast, so...")
c2_bad = c("Right. I didn't really ask, but okay.", None)
t3 = t("The newer version's a touch narrower in the toe. Try a six and a half in both and jog to the door and back.")
c3 = c("The six and a half's spot on. Ninety-five, though? I paid seventy for these online.", "too_expensive")
t4 = t("Online's often last year's version. We've still got the old colourway in your size at seventy-five, if you're not fussed about colour.")
PAIRS.append(rpair(
    "b193r_f04_cardiff_same_trainers_again",
    "Running shop, Cardiff: a parkrunner wants the same shoes again; in worse the trainee gives an unasked training lecture.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f05: a vague next step. US boat rental, Miami
o = c("Hi, I booked the center console for Saturday, but the forecast says thunderstorms all day. What happens?", None)
t1 = t("Good question, let me pull it up. Is that the nine a.m. half-day under Bianchi?")
c1 = c("Yes, that's me. It's my dad's birthday, we've got twelve people coming, so I really need to know.", None)
t2_good = t("Okay. Our captain makes the weather call at six on Friday evening. I'll text you by quarter past six either way, and if we cancel you choose a full refund or a new date.")
c2_good = c("By six-fifteen Friday. Perfect, I can plan around that.", None)
t2_bad = t("Okay. We'll keep an eye on the weather and let you know.")
c2_bad = c("Let me know when, though? I've got twelve people to tell.", None)
t3 = t("And if you'd rather move it now to be safe, Sunday morning is still open.")
c3 = c("No, Saturday's the actual birthday. We'll keep Saturday.", "no_need")
PAIRS.append(rpair(
    "b193r_f05_miami_boat_storm_forecast",
    "Boat rental, Miami: a customer asks what happens if storms hit a birthday charter; in worse the next step is vague.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f06: over-promises. UK golf shop, Birmingham: regrip before a competition
o = c("Morning. I need my irons regripped, and I've got a competition on Saturday.", None)
t1 = t("No problem. Which grips are you after, and is it the whole set?")
c1 = c("Same as these, the midsize ones. Irons plus the wedges, so nine clubs.", None)
t2_good = t("Midsize we've got in stock. The tape needs a day to set properly, so if you leave them today you can pick them up Thursday afternoon. That gives you Friday to hit a few balls with them.")
c2_good = c("Thursday's fine.", None)
t2_bad = t("No bother, I'll have them done in an hour and you can play with them straight away this afternoon, guaranteed.")
c2_bad = c("An hour? Great. I thought the glue needed a day.", None)
t3 = t("It's eleven pounds a club including fitting, so ninety-nine for the nine.")
c3 = c("Bit steep, that. But they're worn through, so go on.", "too_expensive")
PAIRS.append(rpair(
    "b193r_f06_birmingham_golf_regrip",
    "Golf shop, Birmingham: a club golfer wants a regrip before Saturday; in worse the trainee promises an impossible one-hour turnaround.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f07: closes before checking the thing works. US outdoor store, Seattle: first climbing shoes
o = c("Hi! I need climbing shoes. I've been renting at the gym for two months and I'm ready to buy.", None)
t1 = t("Nice. Are you mostly bouldering or on ropes, and how do the rentals feel?")
c1 = c("Mostly bouldering. The rentals are a ten and they're kinda sloppy.", None)
t2 = t("Then I'd start with a flat, comfy shoe, not an aggressive one. Try this one in a nine and a half.")
c2 = c("Ooh. Snug.", None)
t3_good = t("Snug is right, but let's check it's not too much. Stand on the edge of our little wall for a minute. Any toe pain, or just pressure?")
c3_good = c("Just pressure. Feels good, actually.", None)
t3_bad = t("Snug is perfect. Great, I'll ring those up for you.")
c3_bad = c("Oh, um, shouldn't I try them on the wall first? My toes are kind of screaming.", None)
t4 = t("Let's try the ten in the same model as well, so you can compare the two before you decide.")
PAIRS.append(rpair(
    "b193r_f07_seattle_first_climbing_shoes",
    "Outdoor store, Seattle: a gym climber buys first shoes; in worse the trainee rings them up before checking the fit on the wall.",
    better=[o, t1, c1, t2, c2, t3_good, c3_good, t4],
    worse=[o, t1, c1, t2, c2, t3_bad, c3_bad, t4],
))

# f08: recommends before asking. NZ outdoor shop, Dunedin: tramping pack
o = c("Kia ora, I need a pack for tramping.", None)
t1_good = t("Sweet. What sort of trips: day walks, overnighters in huts, or longer with a tent?")
c1_good = c("Overnighters in DOC huts mostly, maybe the Kepler next summer. I'm quite small, so big packs always feel awful.", None)
t1_bad = t("Sweet. This sixty-five litre is our best seller, heaps of room, fits everything.")
c1_bad = c("Sixty-five seems huge for me. It's mostly overnighters in DOC huts, maybe the Kepler next summer. I'm quite small and big packs always feel awful.", "no_need")
t2 = t("For huts you don't carry a tent, so forty to fifty litres is plenty. This forty-five comes in a short back length. Let me measure your back and load it with some weight.")
c2 = c("Oh, that fits way better.", None)
t3 = t("It's two-eighty. If you'd like something cheaper, last year's model is two-ten and fits the same.")
c3 = c("I'll go last year's then. Same fit for seventy less, eh.", None)
PAIRS.append(rpair(
    "b193r_f08_dunedin_tramping_pack",
    "Outdoor shop, Dunedin: a small tramper needs a pack; in worse the trainee recommends a big pack before asking anything.",
    better=[o, t1_good, c1_good, t2, c2, t3, c3],
    worse=[o, t1_bad, c1_bad, t2, c2, t3, c3],
))

# f09: unexplained jargon. UK tackle shop, Essex: first carp set-up
o = c("Hello, I want to start carp fishing. My mate goes to a lake near Chelmsford and says I should come along.", None)
t1 = t("Good shout, a mate who knows the water is the best start. Day sessions, or is he doing overnighters?")
c1 = c("Days for now. I've got about two hundred quid to get kitted out.", None)
t2_good = t("Two hundred's enough for a simple set-up: two rods, two reels, a landing net, an unhooking mat, and a few ready-tied rigs. The mat's a must, most lakes insist on one to protect the fish.")
c2_good = c("Ready-tied, good. I'd have no idea how to tie them.", None)
t2_bad = t("Two hundred's enough. You'll want a pair of ten-foot two-and-three-quarter TCs, big pits with baitrunners, twelve-pound mono, some lead-clip set-ups with a hair and a size eight wide gape, and a mat.")
c2_bad = c("Sorry, you've lost me. TC? Baitrunner? I just want something that works.", None)
t3 = t("No problem. Let me put it together on the counter and show you each bit, and your mate can check it over before Saturday.")
c3 = c("Perfect. How close to two hundred are we?", None)
t4 = t("One eighty-five, and I'll throw in a bag of boilies for the first trip.")
PAIRS.append(rpair(
    "b193r_f09_essex_first_carp_kit",
    "Tackle shop, Essex: a beginner kits out for carp fishing; in worse the trainee's advice is unexplained jargon.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f10: talks about themselves. US fly shop, Bozeman: float trip for visitors
o = c("Hi, my wife and I are visiting from Atlanta and want to do a guided float trip on the Madison. Is tomorrow possible?", None)
t1 = t("Could be. Have you both fly fished before?")
c1 = c("I have, a little. She's never picked up a rod. She's willing, but a full day on a charter boat in Florida kind of put her off.", "bad_experience")
t2_good = t("Then a half-day is a gentler start for her than a full day, and I'd pair you with a guide who's good with beginners. Mornings are best in this heat.")
c2_good = c("Half-day in the morning sounds perfect.", None)
t2_bad = t("Nice. You know, the Madison's my river, I've guided it twelve years. Last week I had a twenty-two inch brown on a hopper, biggest of my season, took ten minutes to land. Best day I've had.")
c2_bad = c("Cool. So... is there anything for tomorrow? She's a total beginner.", None)
t3 = t("Jake has a half-day open tomorrow at seven, and he's great with first-timers. It's five seventy-five for the boat, two people, flies and lunch included.")
c3 = c("Ooh. That's more than we'd budgeted for, honestly.", "no_money")
t4 = t("Understood. The shop also runs a two-hour casting lesson on the pond for one-twenty, a cheaper way to see if she enjoys it first.")
PAIRS.append(rpair(
    "b193r_f10_bozeman_madison_float",
    "Fly shop, Bozeman, Montana: visitors ask about a guided float; in worse the trainee talks about his own fishing.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))
