from common import c, rpair, t

P = "b133r_"
PAIRS = []

# f01: argues with the customer
o = c("Hi, the bathroom tap's been dripping for weeks and now the toilet keeps running. And the water bill's gone up.", None)
t1 = t("Let's sort both. Two taps or a mixer, and is the toilet running all the time or just refilling now and then?")
c1 = c("Two old taps, the hot one drips. The toilet hisses all the time.", None)
t3 = t("We can come tomorrow between 1 and 3 and sort both. Will someone be home?")
c3 = c("Tomorrow's no good, I'm at work. Thursday?", "no_time")
t4 = t("Thursday, 8 to 10. I'll text when I'm leaving.")
PAIRS.append(rpair(P + "f01_hobart_plumber_drip",
  "Plumber, Hobart TAS: tap and toilet leaks. Fault in worse: argues with the customer about the bill.",
  [o, t1, c1, t("A toilet running all the time can waste a lot of water, so that's likely your bill. It's usually the inlet valve, and the drip a washer. Small jobs: $95 call-out covers the first half hour."),
   c("Oh, that makes sense then. Half an hour for both?", None), t3, c3, t4],
  [o, t1, c1, t("I doubt the toilet's behind your bill, to be honest. Rates went up in July, that's usually what people notice. Inlet valve and a washer, $95 call-out."),
   c("No, it's the toilet. It runs all night, I can hear it. I know what I'm using.", None), t3, c3, t4]))

# f02: doubts the customer's honesty
o = c("Hi, we're bringing the van back two days early. The fridge died on day three and we've been throwing food out. We'd like something back.", None)
t1 = t("Sorry, that's a pain on holiday. Did it stop on gas and power both? And did you ring the helpline?")
c1 = c("Both. We rang on Tuesday, they said reset it, we did, nothing.", None)
t3 = t("I'll have our mechanic check it now, ten minutes. If it's faulty, we refund the two unused days plus $50 a day for the days without a fridge, on your card within five working days.")
c3 = c("Okay. Fine.", None)
PAIRS.append(rpair(P + "f02_christchurch_campervan_fridge",
  "Camper-van hire, Christchurch NZ: early return over a broken fridge. Fault in worse: doubts the customer's honesty.",
  [o, t1, c1, t("Thanks. I can see the helpline note from Tuesday, so that's on record."),
   c("Okay. We can't wait long though, our flight's at four.", "no_time"), t3, c3],
  [o, t1, c1, t("Hmm. We get a lot of people saying the fridge broke when they just want money back. Sure it wasn't switched off?"),
   c("Excuse me? We rang your helpline on Tuesday. Check your own notes.", None), t3, c3]))

# f03: drops the price before asking anything
o = c("Hi, I'm thinking about joining. What's the membership cost?", None)
t2 = t("We run spin and yoga early and late, which suits shift workers: a 5:30am and an 8pm most days.")
c2 = c("That would work. The council gym only has daytime classes.", None)
t3 = t("Want a free week first to see if the timetable fits your roster?")
c3 = c("Yeah, let's do that.", None)
PAIRS.append(rpair(P + "f03_perth_gym_price",
  "Gym, Perth WA: walk-in asks the price. Fault in worse: discounts before asking anything.",
  [o, t("Sure. It's $22 a week for everything, or $17 for classes only. What would you mostly use?"),
   c("Mostly classes, spin and yoga. I work shifts at the hospital.", None), t2, c2, t3, c3],
  [o, t("Normally $22 a week, but I'll knock it down to $15 if you sign today. What would you mostly use?"),
   c("Oh, um, I haven't decided to join yet. Mostly spin and yoga. I work shifts at the hospital.", "think_it_over"), t2, c2, t3, c3]))

# f04: an unasked lecture
o = c("Hi, I'm here for Biscuit's vaccination. Just the annual one.", None)
t1 = t("Lovely, let's pop him on the scales. 7.2 kilos, up from 6.5 last year. Anything changed at home?")
c1 = c("My partner's been feeding him as well as me, I think. He's always begging.", None)
t3 = t("Vaccine's done. Here's a sheet with his daily amount, and we can weigh him free in two months.")
c3 = c("Thanks. I'll see how we go before booking anything.", "think_it_over")
PAIRS.append(rpair(P + "f04_marrickville_vet_weight",
  "Vet clinic, Marrickville NSW: annual vaccine for an overweight cat. Fault in worse: an unasked lecture.",
  [o, t1, c1, t("Really common with two people feeding. Would a measured daily amount help, say a cup and a note on the fridge you can both see?"),
   c("Yes, actually. That'd stop the arguments.", None), t3, c3],
  [o, t1, c1, t("Cats his size are at real risk of diabetes and arthritis, and overfeeding is honestly a kind of neglect. Treats should be under 10% of calories, and free-feeding is the worst thing you can do. You need to take this seriously."),
   c("Wow. Okay. I only came in for the vaccine.", None), t3, c3]))

# f05: a vague next step
o = c("G'day, we got a quote from you lot for 10 kW and a battery. Couple of questions before we go ahead.", None)
t1 = t("Sure, fire away.")
c1 = c("The battery's the big cost, eleven grand. Would we be better off without it for now?", None)
t2 = t("For your place, probably, yes. You're home in the day so the panels cover most of it, and the battery saves about $900 a year, a long payback. The inverter's battery-ready, so you can add one later.")
c2 = c("Okay, panels only then. With the wet season coming, when could you install?", None)
PAIRS.append(rpair(P + "f05_darwin_solar_nextstep",
  "Solar installer, Darwin NT: customer decides to drop the battery. Fault in worse: a vague next step.",
  [o, t1, c1, t2, c2, t("A crew's free on the 18th. I'll email the revised quote without the battery today; sign it by Friday and the 18th is yours. I'll ring Thursday morning in case you've questions."),
   c("Great. Thursday's fine.", None)],
  [o, t1, c1, t2, c2, t("We'll sort out a date once the wet season settles. Someone from the office will get back to you with the new quote."),
   c("When, though? Last time it took your office three weeks to send anything.", "bad_experience")]))

# f06: over-promises
o = c("Hi, I'm paying about $320 a month in winter for a three-bedroom in Papatoetoe. Can you do better?", None)
t1 = t("Let's see. What's the unit rate and daily charge on your bill?")
c1 = c("31 cents a unit, and $2.10 a day.", None)
t3 = t("I'll email a comparison with your own numbers so you can check it. There's no exit fee with us, and I'll check whether your current one has one.")
c3 = c("Send it. I want to talk to my wife before I switch anything.", "think_it_over")
PAIRS.append(rpair(P + "f06_auckland_energy_saving",
  "Energy retailer, Auckland NZ: householder shopping around. Fault in worse: over-promises the saving.",
  [o, t1, c1, t("Our standard plan's 28 cents and $1.95 a day. On your winter use that's roughly $25 to $30 a month less, maybe $250 a year. Heating is where the rest goes."),
   c("Okay, that's realistic. Might be worth doing.", None), t3, c3],
  [o, t1, c1, t("Our standard plan's 28 cents and $1.95 a day. Honestly, most people who switch to us halve their bill; you'd be looking at about $160 a month."),
   c("Half? How, if the rates are only a few cents lower?", None), t3, c3]))

# f07: closes before checking the thing works
o = c("Hi, we've just bought a place out past Marong and I need internet. I work from home three days a week.", None)
t1 = t("What do you do online for work, and what's the address?")
c1 = c("Teams calls all day. 12 Ironbark Lane. I had satellite at the old place and it was hopeless.", "bad_experience")
t3 = t("If the tech can't get a good signal on the day, you're not charged and the order's cancelled, no fees.")
c3 = c("Alright. As long as I'm not stuck paying for something that doesn't work.", None)
PAIRS.append(rpair(P + "f07_marong_internet_signup",
  "Internet provider, rural Victoria near Bendigo. Fault in worse: signs the customer up before checking coverage.",
  [o, t1, c1, t("Let me check the address first... 12 Ironbark Lane shows fixed wireless, which handles Teams fine. I'd still want the tech to confirm signal before you pay. The 50 Mbps plan is $85 a month."),
   c("That's good. And if the signal's bad?", None), t3, c3],
  [o, t1, c1, t("Great, our 100 Mbps plan is $95 a month, perfect for Teams. I've signed you up, the installer comes next week."),
   c("Hang on, you haven't even checked what's available out there. What if it's satellite again?", None), t3, c3]))

# f08: recommends before asking
o = c("Hi, I'm looking for a wetsuit for winter here. Just moved down from Auckland.", None)
t2 = t("A 3/2 won't cut it here in July, the water gets to about 9 degrees. For surfing most days, a 5/4 with a hood, or a 4/3 with a separate hood and boots, about $520 all up.")
c2 = c("Hmm. Can I try both on?", None)
t3 = t("Of course, change rooms are out the back. Take your time.")
c3 = c("Cheers. I might come back with my flatmate, he surfs too.", "think_it_over")
PAIRS.append(rpair(P + "f08_dunedin_surf_winterwetsuit",
  "Surf shop, St Clair, Dunedin NZ. Fault in worse: recommends a product before asking anything.",
  [o, t("Welcome to the cold! What's it for, surfing, swimming, diving? And how often?"),
   c("Surfing at St Clair, as often as I can. I've got a 3/2 from up north.", None), t2, c2, t3, c3],
  [o, t("You'll want this 5/4 hooded, $720, best in the shop."),
   c("Oh. Um, it's for surfing St Clair, as often as I can. I've got a 3/2 from up north. Seven-twenty's a lot.", "too_expensive"), t2, c2, t3, c3]))

# f09: unexplained jargon
o = c("Hi, the power keeps tripping in the kitchen whenever I use the kettle and the toaster together.", None)
t1 = t("Annoying. Is it the whole house going off or just the kitchen, and does the kettle alone do it?")
c1 = c("Just the kitchen. The kettle alone's fine.", None)
t3 = t("It's safe, the switch is doing its job. Until it's fixed, just don't run both at once. We could come Tuesday.")
c3 = c("Tuesday's bad, I'm on nights. Any chance of Friday?", "no_time")
t4 = t("Friday at 9 works.")
PAIRS.append(rpair(P + "f09_palmerston_sparky_tripping",
  "Electrician, Palmerston North NZ: kitchen power trips. Fault in worse: unexplained jargon.",
  [o, t1, c1, t("Then it's likely too much on one circuit: kettle plus toaster draw more than that wiring's allowed, so the safety switch cuts it. We'd run a separate circuit for the bench, about $450, half a day."),
   c("Oh, right. So it's not dangerous, just too much on one line?", None), t3, c3, t4],
  [o, t1, c1, t("Sounds like you're exceeding the MCB rating on a 16-amp radial, or nuisance tripping on the RCBO. We'd run a dedicated 20-amp circuit off a spare way, about $450."),
   c("Sorry, I didn't follow any of that. Is it dangerous?", None), t3, c3, t4]))

# f10: talks about themselves
o = c("Hi, I want to do an intro dive on the reef but honestly I'm a bit scared of deep water.", None)
t1 = t("Thanks for telling me, lots of people feel that. What's the scary part: the depth, breathing through the regulator, or not seeing the bottom?")
c1 = c("Not being able to get up quickly, I think. I panicked snorkelling once in Bali.", "bad_experience")
t3 = t("You'd go up with your instructor, slowly, and that's it, no pressure. The trip's $289 with one intro dive.")
c3 = c("That's a fair bit for something I might bail on.", "too_expensive")
t4 = t("If you don't get in the water, we refund the dive part, $120. Want to look at Thursday's boat?")
PAIRS.append(rpair(P + "f10_cairns_dive_intro",
  "Dive shop, Cairns QLD: a nervous first-timer. Fault in worse: the instructor talks about himself.",
  [o, t1, c1, t("That makes sense. You start in the shallows holding a rope, your instructor stays within arm's reach the whole time, and you can signal to go up any time. Most people stay above 6 metres."),
   c("Arm's reach the whole time? Okay, that helps. What if I do panic?", None), t3, c3, t4],
  [o, t1, c1, t("Ha, I get it, I panicked my first time too, Ningaloo, 2009. Since then I've done over 3,000 dives, I'm a master instructor, Palau, the Red Sea, Socorro with the mantas. Best thing I've ever done."),
   c("Um, good for you. But what happens if I panic?", None), t3, c3, t4]))
