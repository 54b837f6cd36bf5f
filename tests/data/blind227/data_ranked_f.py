"""Ranked pairs f01-f10 (b227): both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t

PAIRS = []

# f01: dairy shed supplies, Morrinsville, Waikato NZ - fault: argues with the customer
o = c("Morning. Need a set of liners for a twenty-a-side herringbone. And I'll say it now, the last lot split at about fifteen hundred milkings, not the twenty-five hundred on the box.", "bad_experience")
t1 = t("Morning. Twenty-a-side, so forty liners. Which ones were they - the round-bore?")
c1 = c("Yeah, the round ones. Same as we've always had.", None)
t3 = t("There are silicone liners that stand up better to strong washes - dearer, about eleven hundred for forty against seven hundred, but rated to ten thousand milkings. Or stick with the round-bore and look at the wash. Which would you rather?")
c3 = c("Eleven hundred's a bit rich for me. I'll take the round ones again and check the wash first.", "too_expensive")
t4 = t("Sounds good. Forty round-bore, and if they split early again, bring one in and we'll send it back to the maker.")
PAIRS.append(rpair(
    "b227r_f01_morrinsville_milkliners",
    "A dairy farmer buying milking liners says the last set split far too early; the cause may be a new acid wash.",
    better=[o, t1, c1,
            t("Fifteen hundred's well short. Heat and wash chemicals can age them early - is your hot wash running hotter than it used to, or have you changed detergent?"),
            c("Now you say it, we did switch to a new acid wash in spring. Didn't think of that.", None),
            t3, c3, t4],
    worse=[o, t1, c1,
           t("Nah, that can't be right. Those are rated for twenty-five hundred and we don't get complaints about them. You must have miscounted."),
           c("I didn't miscount, mate, I keep a tally on the board in the shed. Don't tell me what I saw.", None),
           t3, c3, t4],
))

# f02: orchard equipment, Shepparton, Victoria - fault: doubts the customer's honesty
o = c("Hi. This electric pruner I bought in June has stopped holding charge. It dies after about an hour now, used to do a full day. I've got the receipt.", None)
t1 = t("Thanks for bringing it in. Which model, and how do you charge it?")
c1 = c("The forty-volt one. Every night, on the charger it came with.", None)
t3 = t("The test takes about ten minutes. If the battery's failed, I can swap it from stock today so you're not waiting on the maker.")
c3 = c("Good, because we're halfway through pruning the pears and I can't lose a week.", None)
t4 = t("Understood. Give me ten minutes and I'll come and find you.")
PAIRS.append(rpair(
    "b227r_f02_shepparton_pruner",
    "A pear grower returns a battery pruner that no longer holds charge after four months; he has the receipt and charges it correctly.",
    better=[o, t1, c1,
            t("Every night on the original charger is exactly right. The battery's covered for two years, so this sounds like a warranty job. I'll put it on our analyser to confirm."),
            c("Good. Go ahead.", None),
            t3, c3, t4],
    worse=[o, t1, c1,
           t("Hmm. These batteries don't usually go that quick. Has it been dropped, or left out in the rain? People always say they haven't, but we see it a lot."),
           c("I haven't dropped it. I've been pruning thirty years, I look after my gear. Test it if you don't believe me.", None),
           t3, c3, t4],
))

# f03: small farm equipment dealer, Lafayette, Indiana - fault: drops the price before asking anything
o = c("Hi, we're starting a small market garden, about an acre, and we've been looking at those two-wheel tractors. This one here, what's it run?", None)
t1 = t("That's the mid-size. With the tiller it's about forty-two hundred.")
c1 = c("Oof. That's more than we were hoping to spend in year one. Our neighbor's plowing the ground for us this fall, so it's mostly for bed prep after that.", "too_expensive")
t3 = t("For an acre of beds, the smaller model with a twenty-inch tiller is plenty - lighter to turn at the end of a row, and about twenty-nine hundred. The big one earns its keep breaking sod, and you've got the plowing covered.")
c3 = c("That's more like what we had in mind. Can we try turning it around out back?", None)
t4 = t("Sure, I'll fuel it up. Meet me round at the side lot.")
PAIRS.append(rpair(
    "b227r_f03_lafayette_walkbehind",
    "A couple starting a one-acre market garden ask about a two-wheel tractor that is more than they hoped to spend; a neighbour will plough the ground.",
    better=[o, t1, c1,
            t("Makes sense. Is it just the two of you doing the work? These are heavy to turn at the end of a bed."),
            c("Just us two. My husband's had back surgery, so lighter is better, honestly.", None),
            t3, c3, t4],
    worse=[o, t1, c1,
           t("Tell you what, I can knock fifteen percent off that right now if you take it today."),
           c("Fifteen percent, just like that? Makes me wonder what it's really worth. We weren't planning on buying today anyway.", "think_it_over"),
           t3, c3, t4],
))

# f04: rural merchandise, Roma, Queensland - fault: an unasked lecture
o = c("G'day. Need a couple of helmets for the station hands. They're on the quads checking waters. What've you got?", None)
t1 = t("G'day. There's the ag-specific ones - lighter, vented, made for low-speed farm work - or standard motorbike helmets. How long are they usually out on the bikes at a stretch?")
c1 = c("Half the day, easy. And it's forty degrees out there in summer, so the last lot never wore them.", None)
t3 = t("Want to try one on? They adjust with a dial at the back, so one size fits most of the crew.")
c3 = c("Yeah, give us a look. If it's comfy I'll take two, maybe three.", None)
PAIRS.append(rpair(
    "b227r_f04_roma_quadhelmets",
    "A station manager buys helmets for quad-riding station hands who would not wear the last, hot ones.",
    better=[o, t1, c1,
            t("That's the usual reason they stay on the hook. The ag ones are about half the weight and vented, so they actually get worn in the heat. Around a hundred and ten each."),
            c("A hundred and ten. Righto, that's fair if they'll actually put them on.", None),
            t3, c3],
    worse=[o, t1, c1,
           t("Well, you know quads are one of the biggest killers on Australian farms, right? Rollovers mostly. Honestly, stations need to take it far more seriously, it's a culture problem out there. The ag ones are a hundred and ten each."),
           c("Mate, I know. That's why I'm standing here buying helmets. I didn't come in for a sermon.", None),
           t3, c3],
))

# f05: field tile drainage contractor, Champaign, Illinois - fault: a vague next step
o = c("Hi, I've got a wet spot in the middle of my north forty that wasn't there before. Water standing for days after a rain. I think a tile line's broken.", None)
t1 = t("Sounds like it. Do you have a tile map, or know roughly where the main runs?")
c1 = c("My dad drew one in the eighties, it's in the shop somewhere. Main runs north-south, I'm pretty sure.", None)
t2 = t("Good, that helps. Usually it's a blowout - the tile's collapsed and soil's washed in, often with a little sinkhole on top. We'd dig it up, replace the bad section and run a camera down the line. Ballpark, twelve to eighteen hundred.")
c2 = c("That's about what I figured. When can you get to it? I need it fixed before I plant.", None)
PAIRS.append(rpair(
    "b227r_f05_champaign_tilerepair",
    "A corn and soybean farmer has a new wet spot from a likely broken drainage tile and needs it fixed before planting.",
    better=[o, t1, c1, t2, c2,
            t("I can have Mike out Tuesday the fourteenth, first thing, weather permitting. Find that map and leave it on the seat of your truck, and he'll call you Monday afternoon to confirm."),
            c("Tuesday works. I'll dig the map out tonight.", None)],
    worse=[o, t1, c1, t2, c2,
           t("We're pretty busy right now, but we'll get you on the list and let you know when we can get out there."),
           c("Right. Well, just give me a call when you know something. I'll be asking around in the meantime.", "brush_off")],
))

# f06: frost protection supplier, Cromwell, Central Otago NZ - fault: over-promises
o = c("Hi. We lost about a third of our cherries to frost in October. Looking at frost fans, but they're not cheap, so I want to know what they'll actually do.", None)
t1 = t("That's a big loss. How many hectares, and is the block on a slope or on the flat?")
c1 = c("Four hectares, mostly flat, bit of a dip at the bottom end where it was worst.", None)
t3 = t("A fan's about eighty-five thousand installed. I'd like to come out first with a temperature logger and measure that dip on a frosty night, so we site it right.")
c3 = c("Eighty-five grand. After losing a third of the crop, we honestly haven't got that right now. But come and measure, it can't hurt.", "no_money")
t4 = t("I'll bring the logger out Thursday and leave it for two weeks. Some banks do frost-protection loans, too - I'll send you the details.")
PAIRS.append(rpair(
    "b227r_f06_cromwell_frostfan",
    "A cherry grower who lost a third of the crop to frost asks what a frost fan will really do on a mostly flat four-hectare block.",
    better=[o, t1, c1,
            t("On the flat, a fan pulls down warmer air from above and usually gains you one to three degrees on a still, clear night. That covers most radiation frosts, but not a windy polar blast. One fan covers around four to five hectares, so you'd be on the edge with one."),
            c("One to three degrees. October got to about minus two, so that might have saved most of it.", None),
            t3, c3, t4],
    worse=[o, t1, c1,
           t("Put a fan in and you'll never lose a crop to frost again, I can guarantee that. One fan covers the whole four hectares, dip and all."),
           c("Never? The bloke next door has fans and he still lost some. Sounds too good to be true.", "bad_experience"),
           t3, c3, t4],
))

# f07: precision-ag dealer, Fond du Lac, Wisconsin - fault: closes before checking the thing fits
o = c("Hey. I want to add auto-steer to my tractor for planting. Neighbor's got one and loves it. What's it cost?", None)
t1 = t("Hey. We've got an aftermarket kit that goes on most tractors - a display, a receiver and an electric motor on the steering wheel. What tractor is it going on?")
c1 = c("A 1998 John Deere 7810. Runs great, I'm not getting rid of it.", None)
t3 = t("Once I've seen the steering column I'll know which adapter it needs and give you a firm price - it'll be around nine thousand four hundred with the first year of RTK correction.")
c3 = c("Nine-four. That's a chunk of change to put on a tractor that old.", "too_expensive")
t4 = t("It is. The kit moves to your next tractor, though, so it's not tied to the 7810. I'll call tomorrow to set up a time to look at it.")
PAIRS.append(rpair(
    "b227r_f07_fonddulac_autosteer",
    "A farmer wants an aftermarket auto-steer kit for a 1998 tractor he intends to keep; the steering column needs checking for the right adapter.",
    better=[o, t1, c1,
            t("A 7810's a good candidate - the steering-wheel type doesn't need hydraulic valves. Before I write anything up, I want to check the steering column on yours; some have a tilt setup that takes a different adapter. Can I come look at it this week?"),
            c("Sure, it's in the machine shed. Any day but Wednesday.", None),
            t3, c3, t4],
    worse=[o, t1, c1,
           t("Great, the kit's nine thousand four hundred with the RTK subscription. Let's get the order in today so it's here before planting - can I take a deposit?"),
           c("Whoa, hang on. You haven't even asked if it fits my tractor. I'm not putting money down till somebody's looked at it.", "think_it_over"),
           t3, c3, t4],
))

# f08: outdoor power equipment, Deloraine, Tasmania - fault: recommends before asking
o = c("Hi there. I need a chainsaw. We've just moved onto a bush block near Deloraine and there's a fair bit of fallen timber.", None)
t2 = t("Then a lighter saw with a fourteen or sixteen-inch bar will handle thirty-centimetre logs easily, and it's much safer to learn on. This one's about four-fifty. You'll want chaps, a helmet with visor and earmuffs, and gloves as well - another three hundred or so.")
c2 = c("Three hundred for the gear as well? Is all that really necessary?", "too_expensive")
t3 = t("Honestly, the chaps especially - they jam the chain if it touches your leg. If the budget's tight, get the saw and chaps now and the rest later. We run a half-day chainsaw course once a month too.")
c3 = c("Okay, saw and chaps then. When's the next course?", None)
PAIRS.append(rpair(
    "b227r_f08_deloraine_chainsaw",
    "A new bush-block owner with little chainsaw experience needs a saw for branches and logs up to about 30 cm.",
    better=[o,
            t("Welcome to Deloraine. What sort of timber - mostly branches and small stuff, or big fallen trunks? And have you used a chainsaw much?"),
            c("Mostly branches, some logs maybe thirty centimetres thick. And no, I've used one twice, my brother-in-law's.", None),
            t2, c2, t3, c3],
    worse=[o,
           t("You'll want this one - sixty cc, twenty-inch bar, it's what the contractors use. Nine hundred and fifty."),
           c("Um... that looks pretty serious for me. I've only used a chainsaw twice. It's mostly branches and a few logs, thirty centimetres maybe.", "no_need"),
           t2, c2, t3, c3],
))

# f09: water well and pump service, Grand Island, Nebraska - fault: unexplained jargon
o = c("Hi, the well pump at my mom's old farmhouse quit. I'm handling her place now and I really don't know anything about wells. The man who used to do it retired.", None)
t1 = t("Sorry to hear it. We can help. Do you know how deep the well is, or is there a paper from when it was drilled?")
c1 = c("There's a tag on the pipe in the basement... it says 180 feet. And there's a tank next to it.", None)
t3 = t("The service call is ninety-five dollars. If it's the switch, it's fixed the same day; if the pump's gone, pulling and replacing it runs fourteen to eighteen hundred, and I'd call you before doing anything.")
c3 = c("Okay. I'm only up there on weekends though, I live in Omaha. Could you do a Saturday?", None)
t4 = t("We do Saturdays. I can put you down for nine this Saturday, and if you leave a key with a neighbor you don't even need to be there.")
PAIRS.append(rpair(
    "b227r_f09_grandisland_wellpump",
    "A woman looking after her late mother's farmhouse has a dead well pump and knows nothing about wells; she lives two hours away.",
    better=[o, t1, c1,
            t("Perfect, that tells us a lot. At 180 feet the pump sits down inside the well, so it takes a truck with a hoist to pull it. First we'd test whether it's the pump itself or just the pressure switch by that tank - the switch is a sixty-dollar part and fails more often than the pump."),
            c("Oh, it would be nice if it's the cheap thing. How much to come out and check?", None),
            t3, c3, t4],
    worse=[o, t1, c1,
           t("Okay, so at 180 you're probably looking at a one-horse sub, ten GPM, and we'll check the pitless, the switch cut-in and cut-out, and the tank pre-charge. Could be a bad cap or the impeller's shot."),
           c("I'm sorry, I didn't follow any of that. Is it going to be expensive?", None),
           t3, c3, t4],
))

# f10: livestock handling equipment, Mount Barker, South Australia - fault: talks about himself
o = c("Hello. We've got about twenty head of Angus on our block at Mount Barker and we need something to hold them for the vet. We've been doing it in a race with a gate and it's getting dangerous.", None)
t1 = t("Good on you for sorting it before someone gets hurt. What does the vet usually need to do - preg testing, vaccinations, feet?")
c1 = c("Vaccinations, the odd bit of preg testing, and we had one with a foot abscess last winter that took three of us to hold.", None)
t3 = t("For twenty head, a manual headbail with a vet gate bolted onto the end of your race does the lot - the vet can get in behind for preg testing. About two thousand eight hundred, and we can deliver Friday. Can you send me a photo of the race so I can check the width?")
c3 = c("Twenty-eight hundred. That's more than we'd budgeted for, but it beats someone getting hurt. I'll send the photo tonight.", "no_money")
t4 = t("Good. I'll confirm once I've seen it.")
PAIRS.append(rpair(
    "b227r_f10_mountbarker_headbail",
    "A semi-retired couple with twenty Angus on a hobby block need a safe way to restrain cattle for the vet.",
    better=[o, t1, c1,
            t("That foot one's exactly when people get hurt. Is the race you've got now solid enough to bolt something to the end of - timber or steel?"),
            c("It's steel, the previous owners put it in. Should be alright.", None),
            t3, c3, t4],
    worse=[o, t1, c1,
           t("Oh, I know all about that. I run a hundred and fifty Herefords out at Strathalbyn myself, and when I started I had exactly the same thing - my brother-in-law broke his wrist. Built my own crush in the end, took me a whole summer, then I went hydraulic a couple of years ago, best thing I ever did."),
           c("Right. Well, I haven't got all day, my husband's waiting in the ute. What would work for us?", "no_time"),
           t3, c3, t4],
))
