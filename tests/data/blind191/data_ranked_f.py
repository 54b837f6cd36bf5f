"""Ranked pairs f01-f10 (shared turns, one real fault in `worse`), written by hand for blind191."""
from common import c, rpair, t

# f01 - fault: drops the price before asking anything
F01_O = c("Hi. I'm looking at this mower here. Five forty-nine, huh.", None)
F01_T4 = t("Then the self-propelled drive is what matters for you - it pulls itself up the hill, you just steer.")
F01_C5 = c("Self-propelled. That'd save my back. Does it bag?", None)
F01_T6 = t("It bags and mulches. Want to start it up out front and try it on the slope by the door?")
F01_C7 = c("Yeah, let's do that.", None)

# f02 - fault: argues with the customer's stated preference
F02_O = c("Hi, I need a snowblower. Electric, cordless. Our driveway's small.", None)
F02_T2 = t("Sure. How long is the driveway, and do you get heavy wet snow or mostly the light stuff?")
F02_C3 = c("Two cars long. We get the heavy stuff at the end when the plow goes by.", None)
F02_T6 = t("The cordless two-stage is eight ninety-nine with one battery. A second battery is two-forty.")
F02_C7 = c("Eight ninety-nine. Okay, one battery for now. I'll take it.", None)

# f03 - fault: doubts the customer's honesty
F03_O = c("Hi, this drill stopped working after a week. I've got the receipt.", None)
F03_T2 = t("Sorry about that. What happens when you pull the trigger - nothing at all, or does it try?")
F03_C3 = c("Nothing. Battery's charged, the light on it's green. Just dead.", None)
F03_T6 = t("I've tried one of our batteries in it and still nothing, so it's the tool. I can swap it for a new one or refund you, whichever you prefer.")
F03_C7 = c("Swap it. I've still got shelves to put up.", None)

# f04 - fault: an unasked lecture
F04_O = c("Hi, where are your slug pellets? They've eaten every one of my hostas.", None)
F04_T2 = t("Oh, they love hostas. Are there pets or kids using that garden?")
F04_C3 = c("Just our old lab, and he's into everything.", None)
F04_T6 = t("Here you go. If they're still chewing in two weeks, come back and we'll try copper tape around the worst ones.")
F04_C7 = c("Will do. Thanks.", None)

# f05 - fault: a vague next step
F05_O = c("Hey, I'm a tile setter. I need twelve boxes of that white hex mosaic for a job. You got it?", None)
F05_T2 = t("Which one - the two-inch matte or the one-inch glossy?")
F05_C3 = c("Two-inch matte. Twelve boxes.", None)
F05_T4 = t("We've got four here. The other eight would come from the distributor in Dallas.")
F05_C5 = c("I start the shower on the twenty-second. Can you get them by then?", None)

# f06 - fault: over-promises
F06_O = c("Hi, I need paint for my living room. Going from a dark red to a light grey. How many cans?", None)
F06_T2 = t("Big change. How big is the room, and is the red glossy or flat?")
F06_C3 = c("About twelve by sixteen, eight-foot ceilings. It's kind of eggshell.", None)
F06_T4 = t("That's about four hundred and fifty square feet of wall, less the window and the door.")
F06_C5 = c("So how many gallons, and do I need primer? I'd rather not spend my whole weekend on it.", None)

# f07 - fault: closes before checking the thing will work
F07_O = c("I like this undermount sink. The big single bowl. That's the one.", None)
F07_T2 = t("It's a great sink. Is this for a new kitchen, or replacing an existing sink?")
F07_C3 = c("Replacing. We're keeping the cabinets, just a new benchtop and sink.", None)
F07_T6 = t("No worries. I'll hold the sink under your name until you confirm the cabinet width, and I'll email you the cut-out template tonight.")

# f08 - fault: unexplained jargon
F08_O = c("We just moved to Mesa and the water's leaving white crust on everything. The shower head's clogged already.", None)
F08_T2 = t("That's the hard water here, it's some of the hardest around. Do you know if the house has a softener already, maybe in the garage?")
F08_C3 = c("There's a tank thing in the garage, but I don't think it's hooked up. The previous owners left it.", None)
F08_T6 = t("Let me get a tech out to look at what you've got. I have Thursday at ten or Friday at two - which is better?")
F08_C7 = c("Thursday at ten.", None)

# f09 - fault: talks about themselves instead of the customer
F09_O = c("Hi. My son has bad allergies and the doctor said the carpet might not be helping. I'm looking at what else we could put in the kids' rooms.", None)
F09_T2 = t("That's a good reason to change. How many rooms, and do you know what's under the carpet now?")
F09_C3 = c("Two bedrooms. Plywood subfloor, I think, it's a 2005 house.", None)
F09_T6 = t("Let me give you two vinyl plank samples to take home and a price for both rooms, so you can look at them in his room tonight.")
F09_C7 = c("That'd be great, thanks.", None)

# f10 - fault: recommends before asking
F10_O = c("G'day, I'm after a pressure washer.", None)
F10_T4 = t("For pavers and a driveway, an electric one around two thousand PSI with a surface cleaner attachment is plenty, and the surface cleaner stops you leaving stripes on the concrete. That combo's three-forty.")
F10_C5 = c("Surface cleaner, that's the round thing? Yeah, looks easier. Three-forty I can do.", None)
F10_T6 = t("That's the one. If the mould's stubborn, give it a spray of diluted paver cleaner first - you might already have some in the shed.")
F10_C7 = c("Reckon I have. Sweet, I'll take it.", None)

PAIRS = [
    rpair(
        "b191r_f01_boise_selfpropelledmower",
        "Outdoor power equipment store, Boise ID: a customer eyes a $549 mower. Fault in worse: the trainee drops the price before asking anything.",
        better=[
            F01_O,
            t("It's a good one. What are you mowing - how big is the yard, and is it flat?"),
            c("Quarter acre, bit of a slope out back. My old push mower's killing me on the hill.", None),
            F01_T4, F01_C5, F01_T6, F01_C7,
        ],
        worse=[
            F01_O,
            t("Tell you what, I can knock fifty off right now. Four ninety-nine."),
            c("Uh, okay. If fifty comes off that easy, what's it really worth? It's for a quarter acre with a slope out back. My old push mower's killing me on the hill.", "too_expensive"),
            F01_T4, F01_C5, F01_T6, F01_C7,
        ],
    ),
    rpair(
        "b191r_f02_winnipeg_cordlesssnowblower",
        "Hardware store, Winnipeg MB: a customer asks for a cordless snowblower for a small driveway. Fault in worse: the trainee argues with her stated preference.",
        better=[
            F02_O, F02_T2, F02_C3,
            t("The plow ridge is the hard part. A cordless two-stage handles it, it just drains the battery faster. For two cars one battery usually does it, and a second is handy for big storms."),
            c("One battery should be fine, it's not a big driveway. What's the price?", None),
            F02_T6, F02_C7,
        ],
        worse=[
            F02_O, F02_T2, F02_C3,
            t("Honestly, for a plow ridge you want gas. Trust me, cordless just isn't there yet, people who buy them regret it."),
            c("I had a gas one for ten years. Hated the pull cord, hated the fumes, hated storing gas in the garage. I'm not going back to that.", "bad_experience"),
            F02_T6, F02_C7,
        ],
    ),
    rpair(
        "b191r_f03_toowoomba_drillreturn",
        "Hardware store returns counter, Toowoomba QLD: a week-old cordless drill is dead. Fault in worse: the trainee doubts the customer's honesty.",
        better=[
            F03_O, F03_T2, F03_C3,
            t("Sounds like a faulty unit, nothing you've done. Give me a sec to check it with one of our batteries."),
            c("Sure, no rush.", None),
            F03_T6, F03_C7,
        ],
        worse=[
            F03_O, F03_T2, F03_C3,
            t("Right. Be honest with me - has it been dropped? We get a lot of people bringing back drills they've knocked around on site."),
            c("I'm not a tradie, mate. I've used it twice to hang a mirror. Are you calling me a liar?", None),
            F03_T6, F03_C7,
        ],
    ),
    rpair(
        "b191r_f04_victoria_slugpellets",
        "Garden centre, Victoria BC: a customer with an old dog wants slug pellets for her hostas. Fault in worse: an unasked lecture on native planting.",
        better=[
            F04_O, F04_T2, F04_C3,
            t("Then I'd go with the iron phosphate pellets - they're the ones rated safe around pets, unlike the old metaldehyde kind. Twenty-two dollars for this tub. Sprinkle them in the evening."),
            c("Safe for the dog, perfect. Evenings, got it.", None),
            F04_T6, F04_C7,
        ],
        worse=[
            F04_O, F04_T2, F04_C3,
            t("Then iron phosphate, twenty-two dollars. But honestly, you should rethink the hostas. They're not native, slugs are part of the ecosystem, and most people way overuse pellets. You'd be better off with native ferns and encouraging beetles and garter snakes. It's really about changing how you see your garden."),
            c("I didn't ask for a talk, I asked for slug pellets. I've had those hostas twenty years and I'm keeping them.", "no_need"),
            F04_T6, F04_C7,
        ],
    ),
    rpair(
        "b191r_f05_austin_hexmosaic",
        "Tile shop, Austin TX: a tile setter needs eight boxes special-ordered before a job starts. Fault in worse: a vague next step.",
        better=[
            F05_O, F05_T2, F05_C3, F05_T4, F05_C5,
            t("Dallas usually ships in three to five business days, so if I order today it's here Friday at the latest. I'll text you the tracking when it ships and call you the morning it lands. If it's not here by Friday noon, I'll bring the four we've got out to your job so you can start."),
            c("Friday works. Put it on my account.", None),
        ],
        worse=[
            F05_O, F05_T2, F05_C3, F05_T4, F05_C5,
            t("Should be fine. We'll let you know when it comes in."),
            c("Should be? I've heard 'we'll let you know' before and sat on my hands for two weeks. I need a date, or I'll call the place on Lamar.", "bad_experience"),
        ],
    ),
    rpair(
        "b191r_f06_saskatoon_redtogrey",
        "Paint counter, Saskatoon SK: a customer painting over dark red with light grey asks how much to buy. Fault in worse: an over-promise of one-coat coverage.",
        better=[
            F06_O, F06_T2, F06_C3, F06_T4, F06_C5,
            t("Going from dark red to light grey, I'll be honest - one coat won't do it. A coat of grey-tinted primer, then two coats of the colour. So a gallon of primer and two of paint, about a hundred and sixty. The primer dries in an hour, so you can get two coats on Saturday and the last one Sunday."),
            c("Primer too, huh. I was hoping to skip it. Fine, better than doing it three times.", None),
        ],
        worse=[
            F06_O, F06_T2, F06_C3, F06_T4, F06_C5,
            t("No primer needed. Our premium paint-and-primer covers anything in one coat, guaranteed. One gallon and you're done by lunch - sixty-eight dollars."),
            c("One coat over that red? My buddy tried a paint-and-primer over burgundy and it came out pink. Three coats later he was still swearing. I don't buy it.", "bad_experience"),
        ],
    ),
    rpair(
        "b191r_f07_newcastle_undermountsink",
        "Kitchen showroom, Newcastle NSW: a customer picks a large undermount sink for existing 1980s cabinets. Fault in worse: the trainee closes before checking it fits.",
        better=[
            F07_O, F07_T2, F07_C3,
            t("Then before we order, can you measure the inside width of the cupboard under the sink? This bowl needs a nine-hundred cabinet, and a lot of older kitchens have eight-hundred."),
            c("Oh, I hadn't thought of that. I'll measure tonight and text you.", None),
            F07_T6,
        ],
        worse=[
            F07_O, F07_T2, F07_C3,
            t("Lovely. It's eight-forty-nine. I'll put the order through now and it'll be here in two weeks."),
            c("Oh - hang on, shouldn't we check it fits the cupboard first? Our kitchen's from the eighties.", None),
            F07_T6,
        ],
    ),
    rpair(
        "b191r_f08_mesa_hardwater",
        "Water treatment counter, Mesa AZ: new arrivals have white crust everywhere and an unused softener in the garage. Fault in worse: unexplained jargon.",
        better=[
            F08_O, F08_T2, F08_C3,
            t("Then it may just need reconnecting and filling with salt. A softener pulls out the minerals that make that crust. Before you buy anything new, a tech can check whether that one still works - it's seventy-five dollars, and we knock it off if you end up buying a new one."),
            c("That sounds sensible. I'd hate to buy a new one if that one's fine.", None),
            F08_T6, F08_C7,
        ],
        worse=[
            F08_O, F08_T2, F08_C3,
            t("Could be a twin-tank with a demand-initiated regen valve. We'd test TDS and hardness in grains per gallon, check the resin bed, and if it's shot you'd want a 48K-grain unit, maybe with an RO system under the sink."),
            c("I'm sorry, I didn't follow a word of that. Is this going to cost a fortune? I just want the crust to stop.", None),
            F08_T6, F08_C7,
        ],
    ),
    rpair(
        "b191r_f09_saltlakecity_allergyfloor",
        "Flooring store, Salt Lake City UT: a parent replacing carpet in the kids' rooms because of her son's allergies. Fault in worse: the trainee talks about herself.",
        better=[
            F09_O, F09_T2, F09_C3,
            t("Then you can put pretty much anything down. For allergies, the point is a hard floor you can wet-mop - laminate or vinyl plank both work. Vinyl is quieter and a bit warmer for kids playing on the floor. Does he spend much time down there?"),
            c("Always. Lego everywhere. Vinyl sounds better, then.", None),
            F09_T6, F09_C7,
        ],
        worse=[
            F09_O, F09_T2, F09_C3,
            t("Oh, I totally get it - my daughter had terrible allergies when she was little. We tried everything, air purifiers, special pillows, we even swapped bedrooms around, and in the end my husband and I ripped all our carpet out over one long weekend, and I swear she was a different kid. I did laminate in my house. I love it."),
            c("Right. Um, that's nice. I've sort of got to pick my son up at three, so...", "no_time"),
            F09_T6, F09_C7,
        ],
    ),
    rpair(
        "b191r_f10_townsville_pressurewasher",
        "Hardware store, Townsville QLD: a customer wants a pressure washer. Fault in worse: the trainee recommends before asking what it's for.",
        better=[
            F10_O,
            t("No worries. What are you going to use it on - the car, the driveway, the house?"),
            c("Mostly the driveway and the pavers round the pool. Bit of mould on them.", None),
            F10_T4, F10_C5, F10_T6, F10_C7,
        ],
        worse=[
            F10_O,
            t("No worries. This petrol one's the beast, three thousand PSI, six-ninety-nine. Does everything."),
            c("Six-ninety-nine? Mate, I just want to clean the driveway and the pavers round the pool. I don't need a beast.", "no_need"),
            F10_T4, F10_C5, F10_T6, F10_C7,
        ],
    ),
]
