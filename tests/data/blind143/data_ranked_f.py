"""Ranked pairs f01-f10: same turns except one fault in worse and the customer's reaction. Written by hand for blind143."""
from common import c, rpair, t

P = []
# f01 argues with the customer
o = c("hey does your coverage work at ohope beach. got a bach there", None)
t1 = t("Let me check. Harbour end or main beach, and is it mostly calls or data you need?")
c1 = c("harbour end. mostly calls, no internet at the bach. my neighbours with you and reckons its patchy", None)
t2 = t("The map shows 4G at the harbour end, but weaker indoors near the hill.")
c2 = c("so it might be dodgy inside", None)
P.append(rpair("b143r_f01_ohope_mobile_coverage", "A bach owner asks about mobile coverage before switching.",
  [o, t1, c1, t2, c2, t("It might, your neighbour's probably right. Our 30-day switch-back means you can try it there and leave free if it's no good."),
   c("ok thats fair. ill try it over easter", None)],
  [o, t1, c1, t2, c2, t("Honestly your neighbour's wrong, it's full 4G. People blame the network when it's their phone."),
   c("hes a lineman, he knows signal. nah ill stay where i am", "no_need")]))

# f02 doubts the customer's honesty
o = c("You've charged me $95 for fuel but I filled it up before I dropped it off.", None)
t1 = t("Let's check. Which depot did you return it to, and when?")
c1 = c("Hobart airport, Sunday about 7am.", None)
t2 = t("The return sheet says three-quarters. Was it after hours, in the key drop?")
c2 = c("Yeah, nobody was there. I filled up at the servo on the airport road.", None)
P.append(rpair("b143r_f02_hobart_fuel_charge", "A hire-car customer disputes a refuelling charge.",
  [o, t1, c1, t2, c2, t("Then the sheet may be wrong, after-hours checks sometimes are. Send me the fuel receipt and if the time fits, I'll refund the $95."),
   c("Yep, got it here, sending now.", None)],
  [o, t1, c1, t2, c2, t("Lots of people say they filled up. Are you sure you didn't only put half a tank in? Send the receipt and we'll see."),
   c("Wow. I'm not lying to you. Sending it, and that's the last time I hire from you.", "bad_experience")]))

# f03 drops the price before asking anything
o = c("howdy, how much is that 9 foot log in the window", None)
t2 = t("The point's a good spot for it. It's heavy: easy to paddle and catch waves, not great for turning.")
c2 = c("yeah nah, i want something that turns a bit. anything lighter", "no_need")
t3 = t("There's a 9'0 epoxy over here, lighter and looser. Take it out Saturday if you like.")
c3 = c("sweet, ill do that", None)
P.append(rpair("b143r_f03_raglan_longboard", "A surfer asks the price of a longboard in the window.",
  [o, t("$1,150, shaped here in Raglan. Is it for you? What are you riding at the moment?"),
   c("yeah for me. my old 8 foot snapped at the point last week", None), t2, c2, t3, c3],
  [o, t("$1,150, but I can do it for $950 today, no worries."),
   c("huh, straight off? ok. my old 8 foot snapped at the point last week", None), t2, c2, t3, c3]))

# f04 an unasked lecture
o = c("hi, our internet keeps lagging at night, the kids are gaming and i cant stream", None)
t1 = t("Sorry about that. What plan are you on, and how many devices at night?")
c1 = c("the 50 one i think. 2 kids gaming, me and my partner on netflix, phones", None)
t2 = t("So four or five streams at once in the evening. The 50 plan struggles with that.")
c2 = c("yeah makes sense. what would fix it", None)
P.append(rpair("b143r_f04_hamilton_nbn_lag", "A parent's home internet lags in the evenings.",
  [o, t1, c1, t2, c2, t("The 100 plan is $15 more a month and handles that. Or free: set the consoles to download overnight, updates hog the line."),
   c("ill try the overnight thing first, then maybe the 100", "think_it_over")],
  [o, t1, c1, t2, c2, t("Honestly a lot of parents cap gaming at an hour on school nights, better for the kids anyway. Then the 100 plan at $15 more would be plenty."),
   c("didnt ask for parenting tips mate. ill stick with the 50", "no_need")]))

# f05 a vague next step
o = c("Hi, hot water's been out since yesterday at 22 Kent St. Cold showers with a baby isn't great.", None)
t1 = t("That's awful with a baby, sorry. Is it gas or electric, and is there a light on the unit?")
c1 = c("Electric. No lights at all. I checked the switch at the board.", None)
t2 = t("Thanks for checking. Sounds like the element or thermostat, a plumber's job.")
c2 = c("Okay. When can someone come?", None)
P.append(rpair("b143r_f05_newcastle_rental_hot_water", "A tenant with a baby reports no hot water.",
  [o, t1, c1, t2, c2, t("I've rung our plumber, he can come today between 2 and 4. I'll text you his name, and if he's not there by 4:15, ring me on this number."),
   c("Today? Brilliant. I'll be home.", None)],
  [o, t1, c1, t2, c2, t("I'll pass it on to the owner and the plumber, and we'll let you know."),
   c("When though? I've got a baby here.", None)]))

# f06 over-promises
o = c("Hey mate, water's leaking from under the hot water cylinder. Can you fix it?", None)
t1 = t("Can do. How old's the cylinder, and is it a drip or a steady flow?")
c1 = c("About 15 years. Steady drip, there's a puddle in the cupboard.", None)
t2 = t("At 15 years, if it's the tank itself it'll need replacing. If it's the valve, it's a quick fix.")
c2 = c("Can you come today? We've got guests tomorrow.", None)
P.append(rpair("b143r_f06_dunedin_cylinder_leak", "A homeowner calls a plumber about a leaking cylinder.",
  [o, t1, c1, t2, c2, t("I can come at 3 and tell you which it is. A valve I can fix today. A new cylinder can take two days to get, so I won't promise tomorrow till I've seen it."),
   c("Fair enough. 3 it is.", None)],
  [o, t1, c1, t2, c2, t("No worries, I'll have it sorted by tonight, guaranteed, whatever it is."),
   c("Guaranteed? Even a new cylinder? Last bloke said that and took a week.", "bad_experience")]))

# f07 closes before checking the thing works
o = c("Need roof racks for my Mazda 3 to carry a kayak.", None)
t1 = t("Sure. Which year, hatch or sedan?")
c1 = c("2016 hatch.", None)
t2 = t("Then it's this kit, $389 with fitting clips. Kayak cradles are $149 if you want them.")
c2 = c("Just the bars, I've got foam blocks.", "no_need")
P.append(rpair("b143r_f07_geelong_roof_racks", "A customer buys roof racks for a kayak.",
  [o, t1, c1, t2, c2, t("Sure. Before you pay, let's fit them on your car out front, five minutes, so you know the clips fit and how they tighten."),
   c("Good idea, I'm parked right there.", None)],
  [o, t1, c1, t2, c2, t("Easy. $389, tap your card there and you're good to go."),
   c("Oh. Um, ok. Hope they fit, I guess. Are they hard to put on?", None)]))

# f08 recommends before asking
o = c("Hi, I want to start saving. What account should I get?", None)
t2 = t("Then a bonus saver suits: 4.8% if you add something each month and don't withdraw, and you can get at it any time.")
c2 = c("Oh nice. Any fees?", None)
t3 = t("No fees. I can open it now, takes five minutes.")
c3 = c("Let's do it.", None)
P.append(rpair("b143r_f08_palmerston_north_savings", "A young customer asks which savings account to open.",
  [o, t("Good on you. What are you saving for, and when might you need the money?"),
   c("A trip to Japan in about 8 months. I can put away $300 a fortnight.", None), t2, c2, t3, c3],
  [o, t("Our 12-month term deposit is 5.1%, best rate we've got. I'd go with that."),
   c("12 months? The trip to Japan's in 8 months. I put away $300 a fortnight.", "no_need"), t2, c2, t3, c3]))

# f09 unexplained jargon
o = c("got a letter saying i can get a free fibre upgrade. is it worth it", None)
t1 = t("Good question. How's your internet now, and what do you use it for?")
c1 = c("slow in the arvo. i work from home 3 days, video calls", None)
t3 = t("Sometimes a small trench, or they use the existing pipe. They show you first and tidy up after.")
c3 = c("ok. can they do saturdays, weekdays im back to back on calls", "no_time")
t4 = t("Some Saturdays, yes. I'll request one and text you the options.")
P.append(rpair("b143r_f09_sunbury_fibre_upgrade", "A home worker asks whether a free fibre upgrade is worth it.",
  [o, t1, c1, t("Right now the last stretch of your line is old copper from the street, which slows it. The upgrade runs fibre right to the house, free, and it's steadier for calls."),
   c("oh ok. does it mean digging up the garden", None), t3, c3, t4],
  [o, t1, c1, t("You're FTTN now, so the upgrade takes you to FTTP with a new NTD, then you can go 250 or more."),
   c("no idea what any of that means. does it mean digging up the garden", None), t3, c3, t4]))

# f10 talks about themselves
o = c("Doing the Tongariro Crossing Saturday. Do I need anything special?", None)
t1 = t("What have you got, and have you done a big day walk before?")
c1 = c("Sneakers and a hoodie. Done a few day walks in the Waitakeres.", None)
t3 = t("These trail shoes are $169, grippy and light. Or hire boots for the day, $25.")
c3 = c("$169 for one walk is a lot. I'll hire.", "too_expensive")
t4 = t("Good call. Bring them back Sunday.")
P.append(rpair("b143r_f10_taupo_tongariro_gear", "A day-walker asks what gear the Tongariro Crossing needs.",
  [o, t1, c1, t("It's 19k and gets windy and cold up top, even in summer. Main things: a proper rain jacket, a warm layer, and shoes that grip on loose scoria."),
   c("Right. I've got a good raincoat at home. Shoes are the problem.", None), t3, c3, t4],
  [o, t1, c1, t("Oh I've done it six times, mate. First time I went up in jeans, nearly froze, my mate lent me his beanie, epic day though, the Emerald Lakes, honestly..."),
   c("Ha, cool. So what do I need? I've got a good raincoat. Shoes are the problem.", None), t3, c3, t4]))

PAIRS = P
