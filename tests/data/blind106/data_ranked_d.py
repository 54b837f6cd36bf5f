"""Ranked pairs d01-d10 (b106): two decent conversations with the same customer; `better` is the
one an experienced coach would prefer (digs deeper, diagnoses first, adapts, is honest about limits)."""
from common import c, rpair, t

PAIRS = []

# d01 - wireless store, Saskatoon (spoken): senior wants a cheaper plan
o = c("Hi. My phone bill is too high. Eighty-some dollars every month. I want something cheaper.", None)
PAIRS.append(rpair(
    "b106r_d01_saskatoon_cheaper_plan",
    "An older woman at a wireless store in Saskatoon wants her monthly bill lowered. Better reads the bill and finds the real cost (overseas calls); worse downgrades the plan and saves ten dollars.",
    [o,
     t("Sure, let's look. Do you have a recent bill with you? I'd like to see where the eighty is coming from before I change anything."),
     c("Here. I don't use the internet on it much. I call my sister, that's about it.", None),
     t("Your plan itself is forty-five. The other thirty-eight is long distance. Is your sister outside Canada?"),
     c("She's in Manila. I call her Sundays, an hour, sometimes more.", None),
     t("Then a cheaper plan alone won't fix it - the Manila calls are the big part. The thirty-five plan is enough for your data, and a ten-dollar add-on gives you a thousand international minutes, Philippines included. Forty-five a month instead of eighty-three."),
     c("Forty-five. And I can still talk to her Sundays as long as I want?", None),
     t("Up to about sixteen hours a month, yes. I'll write it down, and bring me your next bill so we can check it together.")],
    [o,
     t("Sure. What plan are you on now?"),
     c("I don't know the name. The forty-five one, I think. I don't use the internet much.", None),
     t("Then the thirty-five dollar plan fits you well - unlimited Canada-wide calling and two gigs of data. That saves you ten a month."),
     c("Ten dollars? The bill is eighty-three, though.", None),
     t("The rest might be extras or long distance - those show up on top of any plan. I can switch you today, and you'll see the new price on the next bill. Would you like device protection added while we're at it? It's seven a month."),
     c("No, the phone is fine. I want to pay less, not more. Just do the thirty-five.", "no_need")]))

# d02 - HVAC contractor, Ottawa (spoken, phone): heat pump and rebate
o = c("Hi, I'm calling about heat pumps. My neighbour got one with the government rebate and I want to know what it'd cost for my place.", None)
PAIRS.append(rpair(
    "b106r_d02_ottawa_heatpump_rebate",
    "A homeowner phones an Ottawa HVAC contractor for a heat pump price. Better asks why, learns about oil bills and a drafty 1960s house, and suggests the energy audit first; worse gives a sound ballpark quote straight away.",
    [o,
     t("Happy to help. Before I throw numbers at you - what are you heating with now, and what's making you look? Lower bills, air conditioning, something else?"),
     c("Oil furnace. It's old, 1998, and oil's just brutal, we spent like thirty-two hundred last winter. And no AC at all.", None),
     t("So high oil bills and no AC - that's where a heat pump pays back best. Is the house drafty? And most rebate programs want an energy audit before the install - did your neighbour mention that?"),
     c("It's a sixties bungalow, so... probably drafty. I didn't know about an audit.", None),
     t("Then I'd do the audit first, about six hundred and partly paid back by the rebate. It'll show whether the attic needs insulation first - a smaller heat pump in a sealed house costs less than a big one in a leaky one. Ballpark, fourteen to eighteen thousand before rebates, but I'd rather price it after the audit."),
     c("Fourteen to eighteen. That's more than I thought, even with a rebate. Can you send me the audit people's info?", "too_expensive"),
     t("I'll send the two auditors we work with and a one-page on the rebate steps. Call me once you have the report and we'll size it properly.")],
    [o,
     t("Sure. What's the square footage, and what do you heat with now?"),
     c("About eleven hundred square feet, bungalow, oil furnace.", None),
     t("For that size, a two-ton cold-climate ducted heat pump, keeping the oil furnace as backup, would be around sixteen thousand installed. The rebate can take off up to five thousand."),
     c("Sixteen, minus five. That's still eleven. Let me think about it.", "think_it_over"),
     t("Of course. I'll email the quote and the rebate link. We still have install dates in April if you go ahead."),
     c("Okay, send it over.", None)]))

# d03 - cottage rental, Prince Edward County (typed, B2B retreat)
o = c("hi looking to book a place in the county for a team retreat, 12 people, 2 nights in may. do you do that", None)
PAIRS.append(rpair(
    "b106r_d03_princeedwardcounty_team_retreat",
    "An office manager messages a Prince Edward County rental agency about a team retreat. Better asks what the team will do and how they arrive, and is honest that the farmhouse wifi is weak; worse sells the nicest farmhouse.",
    [o,
     t("hi yes we do a few of those. what will the team be doing, mostly work sessions or more downtime, wineries etc"),
     c("mix. 2 half days of planning, rest is team stuff. some of us will need to jump on client calls too", None),
     t("ok thats important. the big farmhouse sleeps 12 and has a great dining room, but honestly the wifi there is rural, fine for email, shaky for video. the barn loft in wellington has fibre and a meeting room and sleeps 12. how is everyone getting there"),
     c("most from toronto on the train to belleville probably. budget is around 6k for lodging", None),
     t("then wellington works better, its 25 min from belleville station and we can book a shuttle. its 5400 for 2 nights in may. want me to hold it while you check dates with the team"),
     c("yes hold it pls. ill confirm dates with the team next week", "think_it_over")],
    [o,
     t("hi yes! our big farmhouse near picton sleeps 12, has a hot tub, firepit and a huge dining room. 5200 for 2 nights in may"),
     c("sounds nice. we need to do some work sessions too, and a few calls", None),
     t("the dining table seats 14 so it works for meetings, and theres wifi throughout. want me to check may dates"),
     c("ok check the 14-16 pls. i have to run it by my boss", "think_it_over"),
     t("14-16 is open, ill hold it 3 days for you"),
     c("great thanks", None)]))

# d04 - fisheries supplier, Digby (spoken)
o = c("Morning. I need six coils of the three-eighths sinking rope, same as last year.", None)
PAIRS.append(rpair(
    "b106r_d04_digby_trap_rope",
    "A lobster fisher at a Digby supply store orders his usual rope. Better asks how last year's held up, finds chafing on rocky ground and splits the order; worse fills the order and mentions the tougher rope only in passing.",
    [o,
     t("Sure, I've got that in. How'd last year's hold up for you?"),
     c("Ah, not great, to be honest. Lost maybe fifteen traps off the ledge by Brier Island. Rope wore right through on the rocks.", None),
     t("That's a lot of gear. The sinking rope's fine on mud, but it chafes on the ledge. There's a heavier poly-steel blend that lasts about twice as long on rock, about thirty percent more a coil. How many of your strings fish the ledge?"),
     c("Two, maybe. The rest are on mud. Thirty percent more, though, hm.", "too_expensive"),
     t("Then I'd do four coils of the regular and two of the heavy, not six heavy. Try it on the ledge this season and see."),
     c("Yeah, that makes sense. What's that come to?", None),
     t("Four at 185 and two at 240 - 1,220 plus tax. I'll put it on your account.")],
    [o,
     t("Sure, got plenty. Six coils at 185, 1,110 plus tax. Want it loaded now?"),
     c("Yeah. Lost a bunch of traps on the rocks last year, rope wore right through.", None),
     t("That happens on the ledge. We do have a heavier blend if you want to try it - 240 a coil."),
     c("Two-forty? Nah, the regular's fine.", "too_expensive"),
     t("No problem. Six regular, on your account."),
     c("Good. I'll send my boy down with the truck.", None)]))

# d05 - bank branch, Halifax (spoken, newcomer)
o = c("Hello, good morning. I am new in Canada, two weeks. I need open bank account, please. My cousin say this bank is good.", None)
PAIRS.append(rpair(
    "b106r_d05_halifax_newcomer_account",
    "A newly arrived nurse with limited English opens an account at a Halifax branch. Better slows down, asks about her work and money she sends home, and explains credit history plainly; worse is efficient but fast and full of package terms.",
    [o,
     t("Welcome to Halifax! Yes, we can do that today. I'll go slowly - stop me any time. Are you here for work or for study?"),
     c("For work. I am nurse, but now I work in care home until my license. I have work permit.", None),
     t("Thank you. So the care home pays you every two weeks, into an account - we call that direct deposit. Do you also send money to family at home?"),
     c("Yes, to my mother, in Kerala. Every month. My cousin use Western Union, is very expensive.", None),
     t("The newcomer account is free for one year, and sending to India from our app costs less - I'll show you. One more thing: in Canada you need a credit history to rent or buy a car later. A small credit card, five hundred limit, helps build it. Do you want that too, or only the account today?"),
     c("Only account today. Card, I think later, when I understand better.", "think_it_over"),
     t("That's a good plan. I'll give you a paper about credit history to read at home. Do you have your passport and work permit with you?")],
    [o,
     t("Welcome! Yes, no problem. Do you have your passport and your work or study permit?"),
     c("Yes, work permit. Here.", None),
     t("Great. I'll set you up with our newcomer chequing package - no monthly fee for twelve months, unlimited transactions, and a free safety deposit box. We can also add a secured credit card to start your credit history."),
     c("Credit history? Sorry - I don't understand this.", None),
     t("It's a record of how you pay back credit, for renting or a car loan later. We can do the card another time. For the account, would you like overdraft protection? It's four dollars a month."),
     c("No, no. I don't need this. Only the account, please.", "no_need")]))

# d06 - pharmacy, Regina (typed, ask-a-pharmacist chat)
o = c("hi whats the best sleeping pill i can buy without prescription. cant sleep for 2 weeks", None)
PAIRS.append(rpair(
    "b106r_d06_regina_sleep_aid",
    "A 71-year-old woman messages a Regina pharmacy's ask-a-pharmacist chat for a sleeping pill. Better asks about the pattern, the cause and her age before suggesting anything; worse gives safe, standard advice on two products.",
    [o,
     t("hi, sorry to hear, 2 weeks of bad sleep is rough. so i dont suggest the wrong thing: is it falling asleep or waking in the night, and did something change 2 weeks ago"),
     c("waking up at 3 and cant get back. my husband went in the hospital 2 weeks ago, hes ok now but i worry", None),
     t("im sorry, thats a lot. worry-waking like that is really common. do you take other meds, and any glaucoma or bladder issues. some sleep aids arent safe with those"),
     c("metoprolol for blood pressure. thats it. im 71", None),
     t("thanks. at 71 id avoid the night-time pills with diphenhydramine, they can cause confusion and falls next day. melatonin 1 mg is safer but helps less for 3am waking. getting up for 20 min instead of lying there helps more. if its still bad in 2 weeks, see your doctor. want me to set aside a small bottle"),
     c("ok set it aside. i thought youd just tell me a pill lol", None),
     t("ill have it at the counter with a sheet of sleep tips. and i hope your husband keeps doing well")],
    [o,
     t("hi, for short term use the common ones are diphenhydramine (the night-time pills) or melatonin. do you take any other medications"),
     c("metoprolol for blood pressure", None),
     t("ok, both are fine with metoprolol. melatonin is gentler, 1-3 mg 30 min before bed. diphenhydramine works stronger but can make you groggy next day. dont use either more than 2 weeks without seeing your doctor"),
     c("ill try the melatonin. which brand", None),
     t("our store brand 3 mg is 8.99, same as the big names. ill put one at the counter for you"),
     c("ok thx", None)]))

# d07 - hardware store, Montreal (spoken, bilingual)
o = c("Hi, I need paint for my basement walls, the concrete ones. Something white that covers good.", None)
PAIRS.append(rpair(
    "b106r_d07_montreal_basement_paint",
    "A bilingual homeowner in a Montreal hardware store wants paint for bare basement concrete. Better asks about moisture, spots efflorescence and a wet corner before recommending; worse sells the right product but skips the diagnosis.",
    [o,
     t("Sure. Before I pick one - are the walls bare or painted before? And do you ever see damp spots or a white powder on them?"),
     c("Bare. And yes, there's a white powder, like salt, at the bottom. In April it's a bit wet in one corner.", None),
     t("That white stuff is moisture coming through the concrete. Paint over it and it bubbles and peels, even the good paint. Try this first: tape a square of plastic on the wet corner for two days - water under it means it's coming from outside."),
     c("Two days? I wanted to paint this weekend, my in-laws come for Christmas.", "no_time"),
     t("Then do the dry walls this weekend: brush off the powder, wash with this cleaner, and use the masonry waterproofing paint, 64 the gallon. Leave the wet corner till we know where the water's from, or it'll peel by spring."),
     c("Okay. The good paint for the dry walls, and I leave the corner. How many gallons, for a small room?", None),
     t("Give me the wall lengths and height and I'll work it out - usually two gallons for a small room.")],
    [o,
     t("For concrete you want a masonry waterproofing paint - this one, 64 dollars a gallon. It seals and it's bright white."),
     c("Sixty-four? The regular paint is like thirty.", "too_expensive"),
     t("Regular paint won't hold well on concrete and it doesn't handle moisture. Basements get damp. This one's made for it."),
     c("Okay, okay. There's a white powder on the bottom part, is it a problem?", None),
     t("Brush it off and wash with this cleaner first, let it dry, then paint. Two gallons should do a small room."),
     c("Okay, two gallons and the cleaner.", None)]))

# d08 - commercial snow clearing, Winnipeg (spoken, B2B)
o = c("Good morning. I manage a condo complex in St. Vital, forty-two units, and our contract's up. The board wants three quotes for snow clearing.", None)
PAIRS.append(rpair(
    "b106r_d08_winnipeg_condo_snow",
    "A condo property manager calls a Winnipeg snow contractor for a tender quote. Better asks why they are re-tendering and builds the quote around the slip-and-fall claim and walkways; worse gives a clear seasonal price.",
    [o,
     t("Happy to quote. Can I ask why the board's going to tender - price, or something about how it's been going?"),
     c("Honestly, both. Last winter they came late a lot, and a resident slipped by the mailboxes in February. There's a claim now.", None),
     t("That's a tough one. So it's response time, and being able to show what was done and when. We log every visit with GPS and photos, so if there's a claim you have a record. What's the board's trigger - plow the lot at five centimetres?"),
     c("Five for the lot, but the walks and the mailboxes, they want done at any snowfall. Ice too.", None),
     t("Then I'd price those separately: the lot at five centimetres, and walks, steps and mailboxes every event with a sand-salt mix that won't eat your concrete. I'd like to walk the site with you first - Thursday morning work?"),
     c("Thursday morning. I'll warn you, the board will go cheap if they can.", None),
     t("Fair enough. I'll show the walks and the logging as their own line so the board sees exactly what it's paying for.")],
    [o,
     t("Sure. How big is the lot, roughly, and do you want salt included?"),
     c("I don't know the square metres - around sixty stalls. Yes, salt, and the walkways.", None),
     t("For sixty stalls plus walks, a seasonal contract runs around eighteen-five, unlimited pushes over five centimetres, salt included. We do a lot of condos in St. Vital."),
     c("Eighteen and a half. The current guy is fifteen, and the board is very cost-focused.", "too_expensive"),
     t("We're a bit higher, but our crews show up. I'll email the quote today so you have it for the board."),
     c("Fine. Send it to the management email.", None)]))

# d09 - farm equipment dealer, Lethbridge (spoken)
o = c("My neighbour's got the auto-steer on his sprayer and won't shut up about it. What's it cost to put on my tractor?", None)
PAIRS.append(rpair(
    "b106r_d09_lethbridge_autosteer",
    "A dryland farmer asks a Lethbridge dealer about GPS auto-steer. Better asks what he wants from it, is honest that input savings alone will not pay it back fast at his size, and offers a seasonal rental; worse quotes the kit and finance.",
    [o,
     t("Depends a lot on what you'd use it for. What tractor, and what are you pulling mostly - seeding, spraying, both?"),
     c("A 2012 Deere. Seeding mostly, I hire out the spraying. About twelve hundred acres.", None),
     t("On seeding, you get less overlap and less fatigue. At twelve hundred acres that's maybe four to six percent on seed and fertilizer. What bugs you most now - the overlap, or the long days in the seat?"),
     c("The long days, to be honest. My back's shot by the end of May. The overlap I can live with.", None),
     t("Then the honest answer: a full kit is about sixteen thousand, and the input savings alone won't pay that back fast at your size. The comfort is real, though. We rent a kit for seeding season, eighteen hundred for six weeks, and it goes toward buying if you keep it."),
     c("Eighteen hundred to try it. That I can do. Does it go on my tractor easy?", None),
     t("Two hours' install. I'll book it in for the last week of April.")],
    [o,
     t("For most tractors, a full auto-steer kit with display and receiver is about sixteen thousand installed. What tractor is it?"),
     c("2012 Deere. About twelve hundred acres, mostly seeding.", None),
     t("That one's easy to set up. Most guys see five to ten percent less overlap, which adds up on seed and fertilizer. We can finance it over three years too."),
     c("Sixteen grand is a lot for twelve hundred acres. Not sure it pencils out.", "too_expensive"),
     t("That's fair. I'll send you the spec sheet and a finance quote, and you can go over it with your accountant."),
     c("Yeah, send it. I'll look at it sometime after seeding.", "brush_off")]))

# d10 - business internet, Gatineau (typed, B2B)
o = c("hi need business internet for our office in gatineau, 8 ppl, accounting firm. whats the fastest you have", None)
PAIRS.append(rpair(
    "b106r_d10_gatineau_office_internet",
    "A partner at a small accounting firm asks a provider's business chat for its fastest plan. Better finds that uptime and upload matter more than speed and prices the backup separately; worse sells the gigabit plan with a term discount.",
    [o,
     t("hi! i can tell you the fastest, but for 8 people speed usually isnt the problem. what do you mostly do online, cloud software, big uploads, video calls with clients"),
     c("all cloud, our accounting software is online and clients send scans all day. in tax season if internet goes down we lose money", None),
     t("then id focus on uptime and upload more than top speed. the 500 symmetrical plan gives 500 up and down, thats what makes scans fast. and a 4g backup box switches over in seconds if the line drops. 150 plus 30 for the backup, per month"),
     c("180 a month is more than we pay now, we pay 110", "too_expensive"),
     t("fair. the backup is the part to decide on. what does one day down in april cost you. if its more than a year of 30s its worth it, if not take the 500 plan alone at 150"),
     c("a day down in april would kill us. ok both, but i have to ask my partner first", "think_it_over"),
     t("sure, ill send a quote with both lines separate so you can decide together")],
    [o,
     t("hi! fastest is our 1 gig business plan, 175/mo, static ip included. great for 8 people"),
     c("ok. we use online accounting software and get scans from clients all day, will that be ok", None),
     t("definitely, 1 gig is plenty for that. install takes about 10 business days"),
     c("10 days ok. 175 is more than we pay now though", "too_expensive"),
     t("i can do 155 for 12 months if you sign a 3 year term"),
     c("ill talk to my partner and get back to you", "think_it_over")]))
