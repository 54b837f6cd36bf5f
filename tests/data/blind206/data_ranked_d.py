"""Ranked pairs d01-d10 (written by hand): two decent conversations with the same customer; `better` is better."""
from common import c, t, rpair

PAIRS = []

# d01 - flat roof, Exeter: better diagnoses before recommending and gives options
_open = c("Morning. The flat roof on our garage extension is leaking again. I've patched it twice myself with that black paint stuff.", None)
PAIRS.append(rpair(
    "b206r_d01_exeter_flat_roof",
    "A homeowner in Exeter with a leaking felt flat roof on a garage extension rings a roofer.",
    better=[
        _open,
        t("Morning. Patching it twice tells me it's been going on a while. What's the roof covered in, felt? And do you know roughly how old it is?"),
        c("Felt, I think. It was on when we bought the house twelve years ago. Water sits in a puddle in the middle after rain.", None),
        t("A puddle in the middle usually means the deck underneath has sagged, so patches don't hold because the water sits on them. Before I say repair or replace, is the ceiling inside stained in one spot or all over?"),
        c("Just one spot, by the light. Look, I'm not made of money. If it's a new roof, I'd rather patch it again and get through the winter.", "no_money"),
        t("That's a fair plan for a few months, and you should know the options. If the deck's sound, a repair round the puddle might be 300 to 400 and buy you a year or two. If the boards are soft, a new rubber roof on that size is 1,800 to 2,200 and lasts twenty-plus years. I'd need to walk on it to tell you which. Could I pop round Friday?"),
        c("Go on then, Friday. At least I'll know where I stand.", None),
    ],
    worse=[
        _open,
        t("Morning. Sounds like it's had its day. How big is the garage roof, roughly?"),
        c("About three by five metres. It was on when we bought the house twelve years ago.", None),
        t("OK. For that size we'd strip it and put a new EPDM rubber roof on, new boards if needed, about 2,000. It comes with a twenty-year guarantee."),
        c("Two grand. I'm not made of money. I was hoping to patch it again and get through the winter.", "no_money"),
        t("Understood. Patching tends to fail on felt that age, but it's your call. I can send you a written quote for the new roof and you can think about it."),
        c("Yeah, send it over, I'll have a look.", "brush_off"),
    ],
))

# d02 - kitchen for a student let, Limerick: better adapts to what a landlord needs
_open = c("Hi. I'm a landlord, I've a three-bed house in Castletroy that students rent. The kitchen's wrecked. I need something that'll survive them.", None)
PAIRS.append(rpair(
    "b206r_d02_limerick_rental_kitchen",
    "A landlord letting to students wants a replacement kitchen that will stand up to heavy use.",
    better=[
        _open,
        t("Hi. Students are hard on kitchens, so durability is the main thing. What tends to get damaged, doors, worktops, appliances?"),
        c("Worktops mostly, burns and cuts. And the hinges, the doors get slammed off them. I've had to replace the hob twice.", None),
        t("So tough worktops, strong hinges and a hob that survives. I'd suggest compact laminate worktops, they handle heat far better than standard, heavy-duty hinges, and a ceramic hob instead of gas. When is the house empty?"),
        c("From the end of May to the start of September. But I can't spend a fortune, the rent only covers so much.", "no_money"),
        t("Understood. Tell me the number you're working to and I'll show you where I'd spend and where I'd save: plain doors and handles are fine, the worktop is where the money should go. We'd fit in June, about a week's work."),
        c("About eight grand. Send me a price on that basis and I'll think it over.", "think_it_over"),
    ],
    worse=[
        _open,
        t("Hi. We do a lot of rentals. Our most popular range for landlords is the Carlton, white gloss, a very clean look. Do you know the size of the room?"),
        c("About four by three. The worktops get burned and the doors get slammed off the hinges. I've replaced the hob twice.", None),
        t("Right. The Carlton with a laminate worktop and a gas hob would be around nine thousand fitted. We could do it in June."),
        c("Nine's over what I wanted. And white gloss won't last five minutes with that lot.", "too_expensive"),
        t("Fair enough. We do a cheaper range, the Ashby, around seven and a half. I'll send you both prices."),
        c("Grand. I'll think it over.", "think_it_over"),
    ],
))

# d03 - retaining wall, Auckland: better finds the risk and the consent issue, and is honest about the cost
_open = c("Hi, the timber retaining wall at the back of our section is leaning out. It's about a metre and a half high. After all the rain this year I'm nervous.", None)
PAIRS.append(rpair(
    "b206r_d03_auckland_retaining_wall",
    "A homeowner in Auckland is worried about a leaning timber retaining wall below a neighbour's garage.",
    better=[
        _open,
        t("Hi, good that you're keeping an eye on it. How far is it leaning, and has it moved recently? And what's above it, a driveway, a house, a fence?"),
        c("Maybe ten centimetres at the top. I reckon it's got worse since February. The neighbour's garage is just above it.", None),
        t("With a garage above it, a replacement will need consent and an engineer's design. I'd also want to know about drainage, because most of these fail from water pressure behind them. Do you see water coming through the timber after rain?"),
        c("Yeah, it weeps through the boards. Honestly I just want someone to give me a number. The last builder who looked wouldn't say anything.", None),
        t("Fair enough. Roughly, an engineered pole wall that size with drainage runs 1,200 to 1,600 a metre, so for twelve metres, 15 to 20 thousand including the engineer. And because it holds up the neighbour's garage, talk to them, they may share the cost."),
        c("Twenty grand. Oof. Right, I'll talk to the neighbour before I do anything.", "think_it_over"),
    ],
    worse=[
        _open,
        t("Hi. Leaning timber walls, yeah, they don't last forever. How long is it?"),
        c("About twelve metres. Maybe ten centimetres out at the top. The neighbour's garage is just above.", None),
        t("Right. We'd pull it out and put in a new pole wall with proper drainage. For twelve metres it'll be around 18 to 20 thousand. We'll need consent."),
        c("Twenty grand. Oof. That's a lot for a wall.", "too_expensive"),
        t("It is a fair bit, but it's the going rate. I can get a quote to you this week with the consent costs in."),
        c("OK, send it through and I'll look at it.", "brush_off"),
    ],
))

# d04 - old fuse box, Belfast: better diagnoses first and offers a low-risk first step
_open = c("Hi there, our home buyer's survey said the fuse box is old and needs upgrading. We've just moved in. Is that urgent?", None)
PAIRS.append(rpair(
    "b206r_d04_belfast_fuse_box",
    "New owners of a house in Belfast ask an electrician about an old fuse box flagged in their survey.",
    better=[
        _open,
        t("Hi, congratulations on the move. It depends what's there. Can you describe it, is it a box with pull-out fuses, or switches?"),
        c("Brown plastic box with the old fuses you pull out, the ones with wire in them. There's a metal thing beside it with a big switch.", None),
        t("Rewirable fuses, so no RCD protection, which is what protects you from shocks. It's not an emergency if nothing's tripping or smelling hot, but I'd not leave it long. Have you noticed anything like flickering lights or warm sockets?"),
        c("No, nothing like that. We've a toddler, though. And we're stretched after the move, I didn't want another big bill straight away.", "no_money"),
        t("Understood. The sensible first step is a test of the whole installation, about 150, because a new board can't go on if there are faults on the circuits. Then you'll know if it's 500 for a board or more. Meanwhile, plug-in RCD adaptors on the kettle and heater sockets are a cheap stopgap."),
        c("That makes sense. Let's do the test first. Next week?", None),
    ],
    worse=[
        _open,
        t("Hi, congratulations. If the survey flagged it, it's likely the old rewirable fuses. We'd replace it with a new consumer unit with RCD protection."),
        c("What would that cost? We're stretched after the move, I didn't want another big bill straight away.", "no_money"),
        t("A new board is usually 500 to 650, and we test the circuits on the day. It's worth doing, especially if you've got young ones."),
        c("Right. And if the test finds problems?", None),
        t("Then we'd price those separately. I can book you in for the end of the month."),
        c("Let me talk to my husband and I'll come back to you.", "think_it_over"),
    ],
))

# d05 - mould in a rented flat, Edinburgh: better rules out the wrong cure and is honest about what is needed
_open = c("Hi. I rent out a flat in Leith and the tenant's complaining about mould in the bedroom. I want it sorted properly before it becomes a whole thing.", None)
PAIRS.append(rpair(
    "b206r_d05_edinburgh_leith_mould",
    "A landlord wants mould in a tenement flat dealt with after a tenant complains.",
    better=[
        _open,
        t("Hi, sensible to get on it early. Has the tenant said where the mould is: outside walls, round the windows, behind furniture?"),
        c("Round the window and the top corner of the outside wall. She dries washing on a clothes horse in there, there's no drier.", None),
        t("That pattern, with washing drying indoors, points strongly to condensation rather than water coming in. Is there a working extractor in the bathroom and kitchen, and do the windows have trickle vents?"),
        c("Bathroom fan works, the kitchen one's broken. Windows are old sashes, no vents. I had a firm inject a damp course in my last flat and it made no difference at all.", "bad_experience"),
        t("Then I wouldn't inject anything here. I'd fix the kitchen extractor, add a humidity-controlled fan or a small dehumidifier in the bedroom, and treat the mould with a fungicidal wash. I'd take moisture readings first to rule out a leak behind that corner, about 90. Shall I check it?"),
        c("Yes, that's more like it. I'll let the tenant know and send you her number.", None),
    ],
    worse=[
        _open,
        t("Hi, happy to help. Mould in tenement flats is usually condensation. Where's it showing?"),
        c("Round the window and the top corner of the outside wall. She dries washing in there.", None),
        t("That'll be condensation. The best fix is a positive input ventilation unit in the hall, it pushes in fresh air and stops it. About 1,200 fitted."),
        c("1,200? I had a firm inject a damp course in my last flat for more than that and it made no difference.", "bad_experience"),
        t("This is different, it's ventilation, not a damp course. It works well in tenements. I can send you some information on it."),
        c("Send it over, I'll have a look.", "brush_off"),
    ],
))

# d06 - hot water heat pump, Tauranga: better checks usage and is honest that it may not pay back
_open = c("Kia ora, our hot water cylinder's twenty years old and the power bill's huge. Is one of those heat pump hot water systems worth it?", None)
PAIRS.append(rpair(
    "b206r_d06_tauranga_heat_pump_water",
    "A couple in Tauranga ask a plumber whether a heat pump water heater is worth buying.",
    better=[
        _open,
        t("Kia ora. It can be, it depends on your household. How many of you are there, and how much hot water do you use, long showers, baths, a dishwasher?"),
        c("Just the two of us now, the kids have left. Short showers. And we're away in the caravan a fair bit over summer.", None),
        t("That changes things. A heat pump saves maybe two-thirds of the water-heating power, but for two careful people who are away a lot, that might be 300 or 400 a year, and they cost 5,500 to 7,000 installed. It could take fifteen years to pay back. Is the old cylinder leaking or playing up?"),
        c("No, it works fine. I just saw an ad and thought we were wasting money.", None),
        t("Then I'd leave it for now. Check the thermostat isn't set too high and the pipes near the cylinder are lagged. When it does give up, that's the time to look at a heat pump, and I'd happily price one then."),
        c("Cheers, that's honest. We'll leave it till it packs in.", "no_need"),
    ],
    worse=[
        _open,
        t("Kia ora. Yeah, they're great, they cut water heating costs by up to seventy percent. A good one's about 6,000 installed."),
        c("Six grand's a fair chunk. It's just the two of us now, and we're away a lot over summer.", "too_expensive"),
        t("It'll still save you money over time, and you're replacing a twenty-year-old cylinder anyway. I can send you a quote for a 270-litre system."),
        c("Our cylinder's working fine, though. I'm not sure we need to replace it yet.", "no_need"),
        t("Fair enough, it's your call. I'll pop a quote in the email and you can come back when you're ready."),
        c("OK, thanks.", None),
    ],
))

# d07 - road noise, Dublin: better finds the kind of noise and suggests the right glass for one room first
_open = c("Hi, we live on the Navan Road and the traffic noise in the front bedroom is unbearable. Would new windows help?", None)
PAIRS.append(rpair(
    "b206r_d07_dublin_road_noise",
    "A homeowner on a busy Dublin road asks a window firm whether new windows would cut traffic noise.",
    better=[
        _open,
        t("Hi. They can help a lot, if the noise is coming through the glass. What are the windows now, older double glazing or single?"),
        c("Double glazing from about 2000. The worst is the buses and lorries at five in the morning. My husband's a light sleeper, he's wrecked.", None),
        t("Low rumble from buses and lorries is the hardest to stop. Triple glazing isn't actually the best answer for that; acoustic laminated glass with panes of different thickness does better. Is it only the front bedroom, or the whole front of the house?"),
        c("The bedroom mostly. The rest we can live with for now.", None),
        t("Then I'd do that one window first with acoustic glass and good seals, about 1,100, and you'll hear the difference. If it works for you, the rest can follow. Also, if there's a trickle vent on it, it lets a lot of noise in, so we'd fit an acoustic one."),
        c("That sounds sensible. Can someone come and measure?", None),
    ],
    worse=[
        _open,
        t("Hi. Yes, triple glazing makes a big difference on a busy road. How many windows at the front?"),
        c("Four, plus the door. The worst is the front bedroom, with the buses at five in the morning.", None),
        t("Right. Triple glazing for the four windows would be around 5,200. It's the quietest option we have."),
        c("That's a lot. We can't afford all that this year.", "no_money"),
        t("Understood. We could do the bedroom on its own with triple glazing for about 1,400. Would that help?"),
        c("Maybe. Let me talk to my husband.", "think_it_over"),
    ],
))

# d08 - scaffold for a chimney, Bath: better spots the pavement licence and the shared stack before pricing
_open = c("Hi, my roofer says he needs scaffold on the front of our terrace to fix the chimney and told me to ring you. I've no idea what's involved.", None)
PAIRS.append(rpair(
    "b206r_d08_bath_chimney_scaffold",
    "A homeowner in a Bath terrace is sent by a roofer to arrange scaffolding for chimney work.",
    better=[
        _open,
        t("Hi, happy to walk you through it. Does the front of the house go straight onto the pavement, or is there a front garden?"),
        c("Straight onto the pavement. It's a narrow street, cars park right outside.", None),
        t("Then we need a council licence to put scaffold on the pavement, which takes about ten working days, and we apply for it. Is the chimney just yours, or shared with next door?"),
        c("Shared, I think, it's in the middle. I haven't said anything to the neighbours yet. The roofer wants to start in a week.", None),
        t("A week's too tight with the licence, so I'd warn your roofer now. Do have a word with next door too: the scaffold will cover part of their front, and with a shared stack they may share the cost. Scaffold plus licence for a chimney is usually 900 to 1,200 for up to four weeks."),
        c("Hmm, that's more than the roofer said. I'll talk to next door and get back to you.", "think_it_over"),
    ],
    worse=[
        _open,
        t("Hi, no problem. For a chimney on a terrace, we'd do a front scaffold up to the roof with a chimney lift. How tall is the house?"),
        c("Three storeys. It goes straight onto the pavement, and cars park outside.", None),
        t("OK, we'll sort the council pavement licence. The price would be around 1,100 for four weeks. We can be up in about two weeks."),
        c("Two weeks? The roofer wanted to start next week. And 1,100 is more than he told me.", "too_expensive"),
        t("The licence takes time, I'm afraid, and that's our standard price for a chimney scaffold that height. I'll email you a quote."),
        c("Fine, email it.", "brush_off"),
    ],
))

# d09 - rats under the house, Hamilton: better finds the cause and protects the dog
_open = c("Hi, we've got rats under the house, I can hear them at night and the dog's going nuts at the floor vents. We're in Hamilton East.", None)
PAIRS.append(rpair(
    "b206r_d09_hamilton_rats_underfloor",
    "A family with a dog and backyard chickens has rats under the house.",
    better=[
        _open,
        t("Hi, sounds unpleasant. A few questions so we don't make things worse: have you got chooks, a compost bin or fruit trees near the house? And does the dog get out near the vents?"),
        c("Yeah, chooks out the back and a feijoa tree. The dog's out there most of the day.", None),
        t("The chook feed's probably what's drawing them. With the dog around we'd use locked bait stations under the house, not in the yard, and I'd suggest a treadle feeder for the chooks. Is there a gap in the base boards where they're getting under?"),
        c("There's a broken vent on the south side. What's this going to cost? We had someone last year who put bait down and never came back.", "bad_experience"),
        t("That's the trouble with one-off baiting. Ours is 195: first visit, two follow-ups over six weeks, and I'll mesh over that vent on the first visit. If they're still active at six weeks, we keep coming till they're not."),
        c("OK, that sounds better than last time. Next week?", None),
    ],
    worse=[
        _open,
        t("Hi. Rats under houses are common in Hamilton this time of year. We'd put bait stations round the perimeter and under the house."),
        c("We've got a dog, is that safe? She's out there most of the day.", None),
        t("Yes, the stations are tamper-resistant. It's 160 for the install and one follow-up."),
        c("We had someone last year who put bait down and never came back. Didn't work.", "bad_experience"),
        t("Ours includes a follow-up, so we'll check it's working. Shall I book you in for next week?"),
        c("Yeah, alright. We'll give it a go.", None),
    ],
))

# d10 - fire doors in an HMO, Leicester: better works from the council's written requirement and the tenants' needs
_open = c("Hello, the council inspected my HMO and says I need fire doors on all the bedrooms. Five of them. How much would that be?", None)
PAIRS.append(rpair(
    "b206r_d10_leicester_hmo_fire_doors",
    "A landlord of a shared house needs fire doors fitted after a council inspection.",
    better=[
        _open,
        t("Hello, happy to price it. Did the council give you a written schedule, saying exactly what's required, like self-closers and intumescent strips?"),
        c("There's a letter with a list. It mentions FD30 doors with closers. I've got three months to do it.", None),
        t("Good, three months is plenty. Sometimes solid existing doors can be upgraded instead of replaced, but only if the council agrees in writing. Are the current doors solid timber, or the hollow lightweight type?"),
        c("Hollow, cheap ones. And there's tenants in every room, I can't have it dragging on for weeks.", None),
        t("Then new certified doorsets are the right call. We'd do one room a day, so no one's without a door overnight. Five FD30 doors with closers, strips and signs, fitted, is about 2,400 to 2,900. I'd measure first and give you the certificates for the council."),
        c("That's more than I hoped, but it has to be done. Can you measure next week?", "too_expensive"),
    ],
    worse=[
        _open,
        t("Hello. Five FD30 fire doors with closers, we do lots of those. About 3,000 fitted."),
        c("Three grand? That's more than I hoped. Can't I just put closers on what's there?", "too_expensive"),
        t("Not usually, the council want certified fire doors. We'd fit them over a couple of days."),
        c("I've got tenants in all the rooms. They can't be without doors.", None),
        t("We'll work round them. I can send you a quote and book you in for next month."),
        c("OK. Send the quote.", None),
    ],
))
