"""blind182 ranked pairs f01-f10: the sides share every turn except one fault in worse and the customer's reaction."""
from common import c, rpair, t

PAIRS = []


def add(pid, situation, head, better, worse, tail):
    PAIRS.append(rpair(pid, situation, head + better + tail, head + worse + tail))


# f01: argues with the customer
add("b182r_f01_merchant_lateboard", "Builders' merchant, Nottingham UK: plasterboard arrived four hours late and plasterers lost a morning.",
    [c("Plasterboard was meant to be here at 8. Came at 12. Plasterers lost a morning. I want to know why.", None),
     t("Sorry, that's a morning wasted. Let me look. Which site?"),
     c("Hucknall, the barn conversion. Under Trent Valley Builders.", None)],
    [t("The van was loaded late because your order got split across two routes. That's our planning, not you. I'm sorry."),
     c("Well, at least you're straight about it. Happened once before though.", "bad_experience")],
    [t("System says it left on time, so it must've been traffic. And honestly, 12 is still within the morning window."),
     c("Morning window? Your text said 8. Don't argue with me, I've got the text.", None)],
    [t("I'll put a fixed 8am slot on the account for your next drops, and today's delivery charge is off. Is Thursday's order still going?"),
     c("Yes, Thursday. 8 sharp.", None)])

# f02: doubts the customer's honesty
add("b182r_f02_skip_wrongsize", "Skip bin hire, Sydney Australia: a 4 cubic metre bin was dropped instead of the 6 paid for.",
    [c("You dropped a 4 cube. I paid for a 6. It's full already and the lads have half a house to go.", None),
     t("Sorry. What's the booking name?"),
     c("Nguyen, Marrickville. Paid 540 on the phone Monday.", None)],
    [t("I see the 6 on the booking. The yard sent the wrong bin. I'll swap it for a 6 today and the full one goes at no charge."),
     c("Good. Today when though?", None)],
    [t("Are you sure it's a 4? People often think that when it fills fast. Can you send a photo of the sticker?"),
     c("Fifteen years I've been doing this, mate. I know a 4 from a 6. Don't call me a liar.", None)],
    [t("I'm swapping it today. The driver's got a 6 on the truck and can be there by 2. I'll ring when he leaves."),
     c("2's fine. Cheers.", None)])

# f03: drops the price before asking anything
add("b182r_f03_plant_telehandler", "Plant hire, Kent UK: builder asks about a 14 metre telehandler for a month on a muddy new build.",
    [c("What's a telehandler for a month? 14 metre.", None),
     t("Can do, we've two in. Have you got your own operator?"),
     c("Yeah, ticketed lad. Just the machine.", None)],
    [t("What are you lifting, and what's the ground like?"),
     c("Blocks and trusses onto the first floor. New build, ground's a bog.", None)],
    [t("List is 2,400, but I'll knock it to 1,900 for you before we go any further."),
     c("1,900, fine, I'd have paid list. I just needed to know it'd cope with mud. New build, blocks and trusses.", None)],
    [t("On mud you want the four-wheel-drive one with rough terrain tyres. Quote and spec sheet to you tonight, delivery Monday."),
     c("Sound. Send it.", None)])

# f04: an unasked lecture
add("b182r_f04_ppe_hardhats", "PPE supplier, Perth Australia: groundworks foreman buys ten basic hard hats.",
    [c("Need ten hard hats, white, just the basic ones.", None),
     t("Sure. Vented or not, and chin straps?"),
     c("Vented. No straps, it's ground work.", None)],
    [t("Vented white, no strap, 12.50 each. Any sizing issues or is adjustable fine for everyone?"),
     c("Adjustable's fine.", None)],
    [t("Vented white, 12.50 each. Just so you know, hats should be swapped every two to three years, UV breaks them down, and most crews never log the dates. You really should keep a register."),
     c("Mate, I just wanted ten hats. I've got a safety officer for the lecture.", None)],
    [t("Righto. Ten for 125. Pick up today or delivered tomorrow?"),
     c("Delivered tomorrow, site account. Too flat out to come in.", None)])

# f05: a vague next step
add("b182r_f05_scaffold_inspection", "Scaffold hire, Limerick Ireland: inspection tag out of date, roofers due up next morning, a tie was moved.",
    [c("Scaffold on the Castletroy job, the tag's out of date. Roofers are going up tomorrow morning.", None),
     t("It needs inspecting before anyone goes up. Is it as we left it, nobody's moved ties or boards?"),
     c("One tie's out, the window fitters took it. Put back, I think.", None)],
    [t("Then our inspector needs to see it. He'll be on site at 7:30 tomorrow, before the roofers, and I'll text you his name tonight."),
     c("7:30's fine. Roofers start at 8.", None)],
    [t("No bother, we'll get someone out to you at some stage and let you know."),
     c("Some stage? They're going up at 8. I need a time.", None)],
    [t("If a tie was moved, nobody goes up till it's checked, so tell the roofers to wait for the new tag."),
     c("Yeah, I'll tell them. Don't leave me hanging.", None)])

# f06: over-promises
add("b182r_f06_roofing_windows", "Roofing supplier, Dublin Ireland: roofer needs four roof windows for a job starting Monday; two are not in stock.",
    [c("I need four roof windows, 78 by 118, for a job starting Monday. Have you got them?", None),
     t("Let me check. Centre pivot, with slate or tile flashings?"),
     c("Centre pivot, slate. Customer wants white painted inside.", None)],
    [t("Two are in stock. The other two come from the warehouse, usually three to five days, so I can't swear to Monday for those. Could the first two go in Monday?"),
     c("I suppose. I'd rather have all four though.", None)],
    [t("No problem, all four here Friday, guaranteed."),
     c("Guaranteed? Last lad who said that, I waited a fortnight. You sure?", "bad_experience")],
    [t("I'll ring the warehouse now and text you the date they give me within the hour."),
     c("Right. Within the hour.", None)])

# f07: closes before checking the thing works
add("b182r_f07_electrical_rcbo", "Electrical wholesaler, Melbourne Australia: electrician wants six RCBOs for an old switchboard.",
    [c("Need six RCBOs, 20 amp. For a board I'm upgrading.", None),
     t("Sure. Which make's the board?"),
     c("Old one, not sure. Got a photo... here.", None)],
    [t("That's an older range, the new ones won't clip on that rail. Want the matching ones, or are you changing the board?"),
     c("Ah. Just the RCBOs, not changing the board.", None)],
    [t("Great, six at 48, that's 288. I'll put them through now, card or account?"),
     c("Hold on, will they even fit that board? I'm not buying six to find out.", "think_it_over")],
    [t("The ones for that rail are 62 each, six in the back. I'll pull one so you can check it against the photo."),
     c("62 is steep. Go on, if they fit.", "too_expensive")])

# f08: recommends before asking
add("b182r_f08_insulation_batts", "Insulation supplier, Sydney Australia: renovator asks for ceiling batts with a certifier's rating and downlights.",
    [c("Hi, need ceiling batts for a reno in Parramatta. What do you recommend?", None)],
    [t("Depends. What's there now, what rating's the certifier asking for, and any downlights?"),
     c("Nothing, it's stripped. Certifier says R4.0. About twenty downlights.", None)],
    [t("Go the R6.0, best we do. About 1,800 for a house, most people love them."),
     c("You don't know my size. Certifier said R4.0. And there's twenty downlights.", None)],
    [t("R4.0 then, with covers or gaps at the downlights unless they're IC rated. For about 120 square metres that's around 1,100."),
     c("Near enough 120. 1,100's more than I've got set aside for it.", "no_money"),
     t("If the downlights are IC rated you skip the covers, about 150 less. Can you check the labels and text me?"),
     c("Will do tonight.", None)])

# f09: unexplained jargon
add("b182r_f09_plumbing_cylinder", "Plumbers' merchant, Glasgow UK: a joiner collects an unvented hot water cylinder for a customer's plumber.",
    [c("I'm a joiner, not a plumber. Customer wants me to pick up a hot water cylinder for his plumber. Old one's a copper tank in the cupboard.", None),
     t("No bother. Is the plumber fitting the same type, or changing it?"),
     c("He said unvented, whatever that is. 210 litre.", None)],
    [t("Unvented means it runs off mains pressure, no tank in the loft. The plumber needs a special ticket to fit one. Has he got it?"),
     c("No idea. I'll ask him.", None)],
    [t("Right, so G3 installer, D1 to a tundish, TMVs on the outlets, and check dynamic pressure's over 1.5 bar at 20 litres."),
     c("Pal, I'm a joiner. Didn't follow a word of that.", None)],
    [t("Easiest thing: I'll write on the order what the plumber needs to confirm, and get him to ring me. The 210 unvented is 890."),
     c("890. I'll get him to ring you before I pay for anything.", "think_it_over")])

# f10: talks about themselves instead of the customer
add("b182r_f10_timber_rafters", "Timber yard, Wexford Ireland: carpenter orders C24 roof timbers for Friday delivery down a narrow lane.",
    [c("I need roof timbers for an extension, 6 by 2, 4.8 lengths. Can ye deliver Friday?", None),
     t("We can. How many, and C24 or C16?"),
     c("Forty. C24, the engineer specced it.", None)],
    [t("Forty C24 at 4.8. Is it easy to get a lorry in, or a narrow lane?"),
     c("Narrow lane. There's a farmyard at the end he can drop in.", None)],
    [t("Ah, I did my own extension last year, C24 too. Took me months, the engineer was a nightmare, ended up doing the roof myself with my brother..."),
     c("Right. Fair play. Look, I'm up a ladder. Friday?", "no_time")],
    [t("Friday's fine. Forty C24 at 4.8, 620 on your account. Drop around 10?"),
     c("10's good. Account's under Doyle.", None)])
