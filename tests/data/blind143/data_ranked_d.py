"""Ranked pairs d01-d10: two decent conversations, better is better. Written by hand for blind143."""
from common import c, rpair, t

P = []
o = c("whats your cheapest van for 10 days from auckland", None)
P.append(rpair("b143r_d01_auckland_campervan_budget", "Two tall brothers ask for the cheapest van for a winter trip.",
  [o, t("The Kea 2 at $65 a day. Before you book, who's going and where, so I don't put you in the wrong one?"),
   c("me and my brother, both 6 foot 3. tongariro and taupo, in july", None),
   t("Honest heads-up then: the Kea's bed is 1.8m and it has no heater. At Tongariro in July that's a cold, cramped week."),
   c("ha. ok what else is there", None),
   t("The Tui 2 is $79 a day, 2m bed, diesel heater. $140 more over the 10 days."),
   c("yeah worth it. book the tui", None)],
  [o, t("The Kea 2 at $65 a day, so $650 plus insurance. Sleeps two, fridge, gas cooker, no shower."),
   c("sweet. any extras i need", None),
   t("Bedding pack's $40, and I'd suggest the excess reduction, $25 a day."),
   c("nah skip the excess. just bedding", "no_need"),
   t("Done. Pick-up 10am at the Mangere depot."),
   c("sweet as", None)]))

o = c("We're moving our electrical business into a new workshop in Dandenong. Need internet.", None)
P.append(rpair("b143r_d02_dandenong_business_internet", "A small electrical contractor needs internet at a new workshop.",
  [o, t("Congrats. What runs on it: just email, or EFTPOS, cloud quoting, phones?"),
   c("Quoting app, Xero, and the phones are VoIP. Five in the office.", None),
   t("Then the phones are the risk: if the line drops, nobody can ring you. Has that happened before?"),
   c("Yeah, at the old place we lost a whole morning of calls. Cost us jobs.", None),
   t("Then the business 100 plan, $109, with 4G backup for $15 that kicks in by itself. Want a free site check first?"),
   c("Backup's smart. Yeah, book the check.", None)],
  [o, t("Our business 100 plan is $109 a month, static IP, priority support. How many staff?"),
   c("Five in the office. Phones are VoIP.", None),
   t("100 handles that fine. I can have it live the day you move in."),
   c("What if it drops out? We lost a morning of calls at the old place.", None),
   t("We've got a 12-hour business fault fix. Shall I book it?"),
   c("12 hours is a lot. I'll run it past my business partner first.", "think_it_over")]))

o = c("Hi, want to book a surf lesson for my son, he's 14.", None)
P.append(rpair("b143r_d03_noosa_surf_lesson", "A parent books a first surf lesson for a shy teenager.",
  [o, t("Great age for it. Has he surfed before, and how's his swimming?"),
   c("Never surfed. Swims fine. He's pretty shy though, he'd hate a big group of strangers.", None),
   t("Then a group of ten might put him off. We do a small group, max 4, for $85, or a private for $120."),
   c("The private's a lot. Is the small one ok for shy kids?", "too_expensive"),
   t("Usually, yes, Tuesday's is all teens. Or a mate can join a private for $30 more, and you split it."),
   c("Oh, his mate would love that. Private with a friend then.", None)],
  [o, t("No worries. Group lessons daily at 9, two hours, $65, board and wetsuit included."),
   c("He's never surfed. Is the group ok for total beginners?", None),
   t("Yep, all beginners, up to ten per coach. Most are standing by the end."),
   c("Okay. He's a bit shy but he'll be right. Saturday?", None),
   t("Saturday 9am, booked. Sunscreen and a towel.")]))

o = c("Hi, I'd like to apply for the flat on Elizabeth St but I've just moved from the UK. No rental history here.", None)
P.append(rpair("b143r_d04_hobart_rental_application", "A new arrival without local rental history asks about applying for a flat.",
  [o, t("That's common, don't worry. Did you rent in the UK, and are you working here yet?"),
   c("Rented in Bristol for four years. I start at the hospital on Monday.", None),
   t("Good. Attach your Bristol landlord's reference and your job contract, they count. Honestly though, 30 people have applied, so no promises."),
   c("Ugh. Would offering rent up front help?", None),
   t("It can, but don't stretch yourself. A strong reference usually matters more. I'll flag yours to the owner with a note."),
   c("Thanks, that's really helpful.", None)],
  [o, t("No problem, just apply online through the portal. Upload ID and payslips."),
   c("I haven't got payslips yet, I start Monday.", None),
   t("Upload your contract instead. The owner decides, we've had a lot of interest."),
   c("Ok. Should I add my UK references?", None),
   t("Sure, any references help."),
   c("Alright. I'll do it tonight.", None)]))

o = c("Gidday, after a quote for a new deck, about 20 square metres out the back.", None)
P.append(rpair("b143r_d05_christchurch_deck_quote", "A homeowner wants a deck built before Christmas.",
  [o, t("Can do. What's it for mostly, barbecues, kids, a spa later? And when do you want to use it?"),
   c("Barbies, and we want it done for Christmas, family's coming.", None),
   t("Honest answer: I'm booked till mid-December, so Christmas is tight for me. If it has to be Christmas, I'll give you a mate's number."),
   c("Hmm. What would it cost roughly if we waited?", None),
   t("Kwila is about $600 a square, so around $12k. Pine about $8k. I'd measure this week so the price is real."),
   c("Bit more than we hoped. Come measure and we'll pick one.", "too_expensive")],
  [o, t("Sure. 20 square in kwila is around $12k, pine about $8k, steps included."),
   c("Right. We'd want it done by Christmas.", None),
   t("Should be doable. I'll measure Thursday and send a proper quote."),
   c("Great. $12k's steep though, we'll probably go pine.", "too_expensive"),
   t("Pine's a good option. See you Thursday.")]))

o = c("Hello dear, my grandson says I'm paying too much for my mobile. Can you help?", None)
P.append(rpair("b143r_d06_parramatta_mobile_senior", "An older customer wants a cheaper mobile plan.",
  [o, t("Of course. What do you use the phone for mostly: calls, texts, the internet?"),
   c("Calls. And the video thing with my granddaughter in Perth on Sundays. I don't do the internet.", None),
   t("The video call does use internet, about half a gig each Sunday. You're on $65 with 80GB. The $25 plan with 5GB would cover you."),
   c("Oh, that's much less. Will the video still work?", None),
   t("Yes, 5GB is plenty for four calls a month. Shall I switch it? Your number stays the same."),
   c("Yes please. Thank you for explaining it slowly.", None)],
  [o, t("Sure! You're on $65. Our $45 plan has 40GB, unlimited calls and texts, and 5G."),
   c("I don't know what 40GB means, dear.", None),
   t("It's your internet allowance. 40 is plenty for most people."),
   c("I'm on the pension. Is there anything cheaper?", "no_money"),
   t("There's a $25 plan with 5GB. That might suit if you don't use much internet."),
   c("I'll ask my grandson which one and ring back.", "think_it_over")]))

o = c("After a 4WD for the Gibb River Road in June, two weeks, from Broome.", None)
P.append(rpair("b143r_d07_broome_4wd_hire", "A traveller wants a 4WD for an outback gravel road.",
  [o, t("Great trip. Before I quote: our standard hire doesn't cover the Gibb. Have you driven corrugations before?"),
   c("Bit of gravel in Victoria. Not the Gibb. What do you mean not covered?", None),
   t("Our insurance excludes it, so damage out there is all yours. A local outfit here hires Gibb-approved Land Cruisers with recovery gear."),
   c("Huh. They'll be dearer though, won't they?", None),
   t("About $60 a day more, but two spares and a satphone included. For the Gibb, that's what you want."),
   c("Fair enough. Cheers for being straight with me.", None)],
  [o, t("Sure, the Prado is $180 a day, $2,520 for two weeks plus insurance."),
   c("Good. Any issues taking it on the Gibb?", None),
   t("Unsealed roads have some restrictions, it's in the terms. Most people are fine."),
   c("Ok. Does it come with two spares?", None),
   t("One spare. A second is $10 a day."),
   c("Right, I'll read the terms and get back to you.", "think_it_over")]))

o = c("Saw your farm software at Fieldays. How much is it?", None)
P.append(rpair("b143r_d08_waikato_farm_software", "A dairy farmer asks the price of herd software seen at a field day.",
  [o, t("Depends which bits. What's your operation, and what do you use for records now?"),
   c("Dairy, 400 cows. Notebook and a spreadsheet my daughter set up. Does the job mostly.", "no_need"),
   t("Fair, if it works it works. Where does it fall down?"),
   c("Mating records. We lose track at calving, and the vet wants a printout.", None),
   t("That's just the herd module, $49 a month. Try it free through this calving with your own data. If it doesn't save time, walk away."),
   c("A trial's fair. Go on.", None)],
  [o, t("Standard is $79 a month, herd, pasture and finance. Sign for a year and it's $69."),
   c("That's a fair bit. We just use a spreadsheet.", "too_expensive"),
   t("Lots of farmers switch from spreadsheets. It's all in one place, on your phone."),
   c("Mm. Send me a brochure and I'll have a look.", "brush_off"),
   t("Will do, I'll email it today with the annual discount.")]))

o = c("Looking at a fishing kayak. What's good?", None)
P.append(rpair("b143r_d09_mandurah_fishing_kayak", "An angler asks which fishing kayak to buy.",
  [o, t("Where will you fish: estuary, off the beach, or out past the reef?"),
   c("Mostly the estuary, odd calm day outside. I drive a little hatchback.", None),
   t("Then weight matters, you'll lift it onto the roof alone. The 3.4m sit-on-top is 24kg, stable in the estuary, fine on calm days."),
   c("What about the pedal one everyone's got?", None),
   t("It's great, but 38kg and $2,900. On a hatchback by yourself that's a struggle. Want to try lifting both onto the rack out front?"),
   c("Yeah, let's do that.", None)],
  [o, t("The pedal-drive Trident is our best seller, hands-free fishing, rod holders, $2,900."),
   c("Bit dear. What else?", "too_expensive"),
   t("The 3.4m paddle sit-on-top, $1,100, very stable, good for the estuary."),
   c("Estuary's mostly what I'd do. Is it heavy? I've got a little hatchback.", None),
   t("24kg, you'll manage. We sell roof racks too."),
   c("Okay. I'll think about which one.", "think_it_over")]))

o = c("Thinking of getting a battery with our solar. Bills are still high.", None)
P.append(rpair("b143r_d10_adelaide_home_battery", "A couple with solar asks about adding a home battery.",
  [o, t("Let's see if a battery's the answer. How big's the system, and when do you use most power?"),
   c("6.6kW panels. We're both at work all day, so evenings. Heater, cooking, telly.", None),
   t("So the panels export all day while you're out. Before a battery, putting the dishwasher, washing and hot water on daytime timers could cut a chunk."),
   c("Could it? The battery quote was 14 grand and we can't really afford that.", "no_money"),
   t("Payback on a battery here is often 10-plus years. Send me two bills and I'll show timers versus battery. No charge."),
   c("Yeah, I'll send them tonight.", None)],
  [o, t("Good timing, there's a rebate. A 10kWh battery is about $12,500 installed after rebate."),
   c("That's a lot. What would it save us?", None),
   t("Households like yours save around $1,000 a year, so about 12 years to pay back."),
   c("12 years. Honestly we can't stretch to 12 grand right now.", "no_money"),
   t("Understood. There's finance at $40 a week if that helps."),
   c("I'll talk to my husband about it.", "think_it_over")]))

PAIRS = P
