"""Ranked pairs d01-d10 (blind134): two decent conversations, better digs deeper."""
from common import c, rpair, t

P = []

o = c("Hi, I've a flat in Hove I let out, the bathroom needs redoing between tenants. I've got two quotes, I'd like a third.", None)
P.append(rpair("b134r_d01_hove_rental_bathroom",
 "Plumber/bathroom fitter; landlord comparing refit quotes between tenancies.",
 [o, t("Sure. When does the flat empty, and when's the next tenant due in?"),
 c("Current one leaves the 1st, new one's lined up for the 15th. Two weeks, tops.", None),
 t("Then time's the real constraint. A refit takes us eight to ten working days, if the suite's ordered before we start. What are the others quoting, and on what timescale?"),
 c("One's 6,500 but can't start till the 8th. The other's 5,200 and vague about time.", None),
 t("I'd quote to start on the 2nd with everything pre-ordered, about 5,800, finish date in writing. If we overrun past the 14th, 100 a day off. Is a fixed date worth that to you?"),
 c("Honestly, yeah. Empty weeks cost me more than that. Send it over.", None)],
 [o, t("Sure. Full refit, suite, tiles, the lot?"),
 c("The lot. Nothing fancy, it's a rental. Tenant leaves the 1st.", None),
 t("Standard white suite, mid-range tiles, shower over the bath, usually around 5,800. Can I come and measure this week?"),
 c("One of the others was 5,200. Why would I pay you more?", "too_expensive"),
 t("Good materials, fully insured, two-year guarantee on our work. I can send references from other landlords."),
 c("Okay, send the quote and the references and I'll compare.", "think_it_over")]))

o = c("hi can you quote for 4 extra double sockets in the back bedroom, its becoming an office", None)
P.append(rpair("b134r_d02_cardiff_office_sockets",
 "Electrician, Cardiff; typed chat about extra sockets for a home office.",
 [o, t("Hi! What's going to be plugged in there? Laptop only, or monitors, printer, a heater?"),
 c("2 monitors, pc, printer, heater in winter. right now its all on 2 extension leads plugged into each other lol", None),
 t("Chained leads with a heater on them is the bit I'd sort first. Is the room on the upstairs ring with the other bedrooms?"),
 c("no idea. its upstairs", None),
 t("Then I'll test the load before adding four. It may be better as three on the ring plus one dedicated for the heater. Around 380 either way, confirmed before I start."),
 c("makes sense. when can you come", None),
 t("Thursday morning. Till then, keep the heater off those leads.")],
 [o, t("Hi! Four doubles, yes. Surface mounted, or chased into the wall?"),
 c("chased in if possible", None),
 t("Chased in is about 85 a socket plus making good, so around 360 for four. White or brushed steel?"),
 c("white. bit more than i thought but ok", "too_expensive"),
 t("Great. I can do Thursday morning and bring everything with me."),
 c("thursday works", None)]))

o = c("Hi, we've got huge icicles and ice along the edge of the roof, and a stain just appeared on the upstairs hallway ceiling. Do we need a new roof?", None)
P.append(rpair("b134r_d03_dartmouth_ice_dams",
 "Roofer, Dartmouth NS; homeowner with ice dams and a ceiling stain.",
 [o, t("Not necessarily, it sounds like ice damming. How old's the roof, and do you know what's in the attic for insulation?"),
 c("Roof's maybe eight years. Attic, no clue. It's a 1970s split-level.", None),
 t("An eight-year roof shouldn't need replacing. Ice dams usually mean heat escaping into the attic, melting snow that refreezes at the edge. Is the stain under the worst ice?"),
 c("Right under it, over the front door.", None),
 t("Then we steam the dam off now, 350, to stop the leak, and I check the attic, 150. The real fix might be insulation, not roofing, and I'd tell you that."),
 c("So you'd send me to an insulation guy instead of selling me a roof?", None),
 t("If that's what it is, yes, and I'll give you a name. No point replacing a good roof. Shall I book the steaming and attic check for tomorrow?")],
 [o, t("Sounds like ice damming. We can steam the ice off the eaves, 350, which stops the water getting in."),
 c("Okay. Another outfit steamed it two winters ago and it came right back. Will it this time?", "bad_experience"),
 t("It can, with more snow. Heat cables along the edge help, we install those for about 600."),
 c("Six hundred on top? Let me talk to my husband about the cables.", "think_it_over"),
 t("No problem. I'll book the steaming for tomorrow, and let me know about the cables."),
 c("Sounds good.", None)]))

o = c("Hi, I'm moving in with my partner and need to store everything from my condo. Probably your biggest unit, I guess.", None)
P.append(rpair("b134r_d04_edmonton_condo_storage",
 "Self-storage, Edmonton; customer assumes they need the biggest unit.",
 [o, t("We can do that. Before I book the biggest, what's going? The whole one-bed, bed and sofa included?"),
 c("Bed's not, we're using hers. Sofa, dresser, desk, twenty boxes, my bike.", None),
 t("Then a 10x10 takes that easily, 189 a month, versus 319 for the 10x20. How long do you think?"),
 c("Six months, maybe longer if I sell the condo. Money's going to be tight with two places.", None),
 t("Then month to month, no commitment, and you'll know what you're keeping once the condo's sorted. I'll hold a 10x10 near the door for Saturday."),
 c("That's way better than I expected. Saturday, yes.", None)],
 [o, t("Our biggest is a 10x20, 319 a month. It'll take a whole condo easily."),
 c("319. More than I hoped, but I guess I need the space.", "too_expensive"),
 t("It's drive-up, so you unload straight from the truck. Prepay six months and you get one free."),
 c("Month to month, I'm not sure how long. Saturday?", None),
 t("Saturday's great. I'll have it ready."),
 c("Thanks.", None)]))

o = c("Hiya, my boiler's fourteen years old, still going, and I'm wondering if your cover's worth it or if I'm throwing money away.", None)
P.append(rpair("b134r_d05_sheffield_old_boiler_cover",
 "Boiler-cover plan, Sheffield; customer asks if cover is worth it on an old boiler.",
 [o, t("Fair question. Has it broken down much, and is it serviced?"),
 c("Serviced every year. One repair two winters back, a fan, cost me about 200.", None),
 t("Then it's doing well. The plan's 18 a month, about 216 a year. One thing to know: over ten years, we don't replace a boiler that's beyond repair, and older parts can be hard to get."),
 c("So if it properly dies, I'm on my own anyway?", None),
 t("For a new boiler, yes. We'd cover repairs and the service. Some people put the 18 a month aside for a new boiler instead; it depends whether you'd rather have call-outs covered."),
 c("Hm. I'll think about it. Appreciate the honesty.", "think_it_over")],
 [o, t("Common question. The plan's 18 a month: parts, labour, call-outs and the annual service, unlimited claims."),
 c("Fourteen years old though. Is that a problem?", None),
 t("We cover any age if it passes the first inspection. Most customers find it's peace of mind in winter."),
 c("Eighteen a month's not nothing, though.", "too_expensive"),
 t("It's cheaper than one big repair. I can set it up now, or send you the details."),
 c("Send me the details.", "brush_off")]))

o = c("Hello, I'm moving from my house in Orleans to a seniors' apartment in March. I've been here forty years. I'm not sure how it all works.", None)
P.append(rpair("b134r_d06_ottawa_downsizing",
 "Removals, Ottawa; woman of 79 downsizing after forty years in one house.",
 [o, t("Forty years, that's a big move. We'll take it slowly. Is anyone helping you, family nearby?"),
 c("My son's in Toronto. He'll come for the weekend of the move, not before.", None),
 t("Okay. The apartment's smaller; do you know yet what's coming with you?"),
 c("Not really. That's the part I'm dreading. There's so much.", None),
 t("That's normal. Our move coordinator can help you decide room by room, using the new floor plan. It's 60 an hour, usually three or four hours. The move itself goes on the weekend your son's here."),
 c("That sounds like what I need. Could she come on a weekday afternoon?", None),
 t("Wednesday afternoon? I'll post a letter confirming it so you and your son both have it.")],
 [o, t("Congratulations on the move. What size is the house, and which floor is the apartment?"),
 c("Three bedrooms. The apartment's on the fourth floor, with an elevator.", None),
 t("Three-bed to apartment, we'd send three movers and a big truck, about 1,800. You'd book the elevator with the building."),
 c("That's a lot of money. And I still don't know what I'm taking.", "too_expensive"),
 t("That's fine, most people downsize a lot. Once you've decided, call us and we'll adjust the quote."),
 c("All right. I'll talk to my son and call you back.", "think_it_over")]))

o = c("hi i need a quote for damp proof injection, ground floor, 3 walls. how much per metre", None)
P.append(rpair("b134r_d07_swansea_damp_injection",
 "Damp-proofing firm, Swansea; typed chat asking for an injection price.",
 [o, t("Hi! Before I price it, what are you seeing? Tide marks low down, mould higher up, or both?"),
 c("tide marks about 60cm up, salts coming out, paint peeling. worse on the front wall", None),
 t("Is the ground outside the front wall higher than your floor inside, or is there a path against it?"),
 c("yes theres a path, its quite high actually", None),
 t("That may be the main cause: if the path's above the old damp course, injection alone won't fix it. Survey's 95 and I'll say if the path is the job. Injection's about 70 a metre if needed."),
 c("if its the path can you do that too", None),
 t("Not groundworks, but I'll recommend someone local. Survey Tuesday?")],
 [o, t("Hi! Injection's around 70 a metre, plus replastering at about 45 a square metre. Three walls in a terrace is usually 2,500 to 3,200 all in."),
 c("ok about what i thought. can you do next month", None),
 t("Yes. We'd survey first to confirm, 95, deducted if you go ahead. Fitting takes two to three days."),
 c("fine book the survey", None),
 t("Booked, Tuesday at ten. I'll text the day before.")]))

o = c("Hi, I live on Dufferin and the traffic noise at night is unbearable. I want triple-pane windows in the bedroom. What does that cost?", None)
P.append(rpair("b134r_d08_toronto_noise_windows",
 "Window fitter, Toronto; customer asks for triple glazing to stop traffic noise.",
 [o, t("We can do triple-pane. What's the noise mostly, trucks, streetcars, people outside?"),
 c("Trucks and buses, the low rumble. The windows are only five years old, and the company swore they'd be quiet.", "bad_experience"),
 t("Triple-pane is mainly for heat. For low rumble, laminated acoustic glass with mixed pane thicknesses does more. With five-year-old frames we may just change the glass."),
 c("Really? Would that be cheaper?", None),
 t("Probably by a third: two bedroom windows, about 1,600, versus 2,400 for new triple-pane. I'll bring samples and a decibel meter so you hear the difference."),
 c("Yes, let's do that. I want to hear it before I spend anything.", None)],
 [o, t("Triple-pane for a bedroom, usually two windows, about 2,400 installed. Great for noise and heat."),
 c("How much quieter, honestly? The last lot swore these would be quiet.", "bad_experience"),
 t("Noticeably. Most customers say it's night and day. We can do an in-home consult this week."),
 c("That's a fair bit of money. I'll do the consult, but I'm not promising anything.", "too_expensive"),
 t("Of course, no obligation. Thursday at six?"),
 c("Thursday works.", None)]))

o = c("Hey, no hot water since last night. Tank's like twelve years old. I guess I need a new one? I'm kind of broke right now, so.", "no_money")
P.append(rpair("b134r_d09_calgary_no_hot_water",
 "Plumber, Calgary; customer short of money with no hot water.",
 [o, t("Let's find out before you buy anything. Gas or electric, and any water around the bottom?"),
 c("Gas. It's dry. The little flame window's dark, I think.", None),
 t("A dark window is often the pilot or thermocouple, a 180 repair, not a 1,600 tank. If it's not leaking, it may have years left."),
 c("Seriously? That'd be amazing.", None),
 t("No promises till I see it. I can come at two. If it does need a tank, I'll give you options, including renting one if cash is the issue."),
 c("Two's perfect. Thanks, man.", None)],
 [o, t("At twelve years it's probably done. A new 40-gallon gas tank is about 1,600 installed, tomorrow."),
 c("1,600... yeah, that's rough right now.", "no_money"),
 t("We have financing, about 60 a month over three years. Or you could rent one from a utility."),
 c("Okay. Can you at least come look at it first?", None),
 t("Sure, a service call's 120, taken off if we replace it. I'll come at two."),
 c("Two's no good, I'm doing the school run. Any chance after four?", "no_time"),
 t("Half four, then. I'll text when I'm on my way.")]))

o = c("Afternoon. I've three rentals in Wrexham, all need EICRs in the next couple of months. What's your price?", None)
P.append(rpair("b134r_d10_wrexham_three_eicrs",
 "Electrician, Wrexham; landlord needs safety reports on three rentals.",
 [o, t("Afternoon. What sizes, and do you know the last results?"),
 c("Two two-bed terraces, one three-bed semi. Last ones satisfactory, one terrace had a C2 for no RCD, which I fixed.", None),
 t("Good. 150 a terrace, 180 the semi; all three in one week, 10 percent off, so 432. Are the tenants easy to reach?"),
 c("Two are. The semi, the tenant's awkward about access.", None),
 t("Then we start with the easy two, and I'll write to the semi tenant with proper notice and two dates to choose from, so you're not chasing him."),
 c("That's useful. I've had a nightmare with him before. Go on then.", None)],
 [o, t("Afternoon. 150 for a two-bed, 180 for a three-bed. How many bedrooms?"),
 c("Two two-beds and a three-bed.", None),
 t("480 for all three. Ring to book each one as it comes due."),
 c("Any discount for three?", None),
 t("I can do 450 if you book them together."),
 c("Fine. I'll sort dates with the tenants and let you know.", None)]))

PAIRS = P
