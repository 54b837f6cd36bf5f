from common import c, rpair, t

PAIRS = []
add = PAIRS.append

# f01: argues with the customer
o = c("Hello, it's Mrs Okafor. About the viewings. I'd rather not have any on Sundays, if that's all right.", None)
t1 = t("Of course, thanks for telling me. Are there other times that don't suit?")
c1 = c("Weekday mornings are fine. Just not before ten, I'm slow in the mornings.", None)
t3 = t("I'll block Sundays in the diary. Two buyers are asking about this week, can I book Thursday at eleven?")
c3 = c("Thursday's no good, I've got the hospital. Friday?", "no_time")
add(rpair("b185r_f01_leicester_sunday_viewings",
"UK estate agent, phone call: older seller sets viewing times.",
[o, t1, c1, t("Weekdays after ten, and Saturdays, then. Saturday's our busiest day, so we won't miss many buyers."),
 c("Oh good. I was worried I'd be a nuisance.", None), t3, c3],
[o, t1, c1, t("I'd push back on that. Sunday's our best day, you're really hurting your sale by ruling it out. Most sellers wouldn't."),
 c("I've said no. It's my home, and it's my Sunday.", None), t3, c3]))

# f02: doubts the customer's honesty
o = c("Our boiler's been off since Monday. No heating, no hot water, and we've got a three-week-old.", None)
t1 = t("I'm sorry, that's awful with a baby. Is there an error code on the display?")
t3 = t("I'll push for today, and I'll drop two electric heaters round by four. The landlord covers the electricity.")
c3 = c("Okay. Heaters by four. Thank you.", None)
add(rpair("b185r_f02_hull_boiler_newborn",
"UK letting agent, phone call: tenant with a newborn and a broken boiler.",
[o, t1, c("F28, it says. I rang it in Monday morning.", None),
 t("Thanks. F28 is usually an ignition fault, so it needs an engineer. I'm booking the first slot tomorrow."),
 c("Tomorrow? It's freezing in here tonight.", None), t3, c3],
[o, t1, c("F28, it says. I rang it in Monday morning.", None),
 t("F28, an ignition fault, engineer first slot tomorrow. But our system says the first call was Wednesday. Are you sure it was Monday? People do misremember."),
 c("I'm not making it up, I spoke to Jess. Check your calls.", None), t3, c3]))

# f03: drops the price before asking anything
o = c("Hi, after a quote to move from Parramatta to Penrith, three-bed house, sometime in March.", None)
t2 = t("A three-bed with a big fridge is a full day with three movers. I'll send a written quote tonight. Which date in March?")
c2 = c("The 14th, it's a Saturday. Is that more?", None)
t3 = t("Saturdays are 10 percent more. A Friday would save you that.")
c3 = c("Friday the 13th? Hmm, I'll check with work and get back to you.", "think_it_over")
add(rpair("b185r_f03_parramatta_removal_quote",
"Australian removals firm, phone call: quote for a local house move.",
[o, t("Sure. Is everything coming, or are some things staying? Any heavy items, piano, pool table?"),
 c("Everything, plus a fridge-freezer the size of a car.", None), t2, c2, t3, c3],
[o, t("Sure. And I'll tell you now, I'll do 15 percent off our normal rate, whatever it is. Is everything coming?"),
 c("Uh, okay? Odd to discount before you know the job. Everything, plus a fridge-freezer the size of a car.", None), t2, c2, t3, c3]))

# f04: an unasked lecture
o = c("Hi! We're first-time buyers. We've got an FHA pre-approval for 310, is this one in range?", None)
t1 = t("Welcome! It's listed at 299, so yes. What's on your must-have list?")
c1 = c("Fenced yard for the dog, and a second bathroom would be nice.", None)
t3 = t("The half bath's through here. There's room for a shower if you wanted to add one later.")
c3 = c("Ooh. Okay, that could work.", None)
add(rpair("b185r_f04_tulsa_fha_open_house",
"US realtor, open house: first-time buyers with an FHA pre-approval.",
[o, t1, c1, t("There's a fenced yard out back, but one full bathroom plus a half bath off the laundry. Want to see if the half bath works?"),
 c("Yeah, let's look.", None), t3, c3],
[o, t1, c1, t("Yard's fenced. Can I say, though, FHA with 3.5 down is a mistake a lot of young people make. You'll pay mortgage insurance for years. You should really save 20 percent first."),
 c("We didn't ask about that. We've done the maths with our lender.", None), t3, c3]))

# f05: a vague next step
o = c("Hi, we're desperate to know, when can we exchange? Our buyer's getting twitchy.", None)
t1 = t("Understood. We're waiting on one thing: the seller's solicitor hasn't sent the management pack for the flat.")
c1 = c("How long does that usually take?", None)
t2 = t("It's been ten days. Some freeholders take three weeks.")
c2 = c("Three weeks? We could lose our buyer.", None)
add(rpair("b185r_f05_brighton_exchange_date",
"UK conveyancing solicitor, phone call: sellers in a chain chase exchange.",
[o, t1, c1, t2, c2, t("I'll chase them in writing today and ring you Thursday by five with an update, even if there's no news."),
 c("Thursday by five. Great, I'll tell our buyer.", None)],
[o, t1, c1, t2, c2, t("We'll chase it and let you know."),
 c("Let us know when? Our last solicitor said that and then nothing for a month.", "bad_experience")]))

# f06: over-promises
o = c("I've got a three-bed in Geelong coming vacant. Current tenant pays 520. What could I get?", None)
t1 = t("Depends on condition. When was it last updated?")
c1 = c("Painted inside last year, new dishwasher. Kitchen's dated.", None)
t3 = t("Our fee is 7.5 percent plus a week's rent to lease. I'll send the appraisal in writing today.")
c3 = c("7.5 is more than my current agent charges.", "too_expensive")
t4 = t("It is. The difference is we inspect every three months, they do six. Compare us side by side.")
add(rpair("b185r_f06_geelong_rent_appraisal",
"Australian property manager, phone call: landlord asks for a rental appraisal.",
[o, t1, c1, t("Similar ones near you lease at 540 to 570. I'd list at 560 and see the response in the first week."),
 c("560, okay. And your fee?", None), t3, c3, t4],
[o, t1, c1, t("Leave it with me. I'll guarantee you 650 a week and a signed tenant inside seven days."),
 c("650? Really? My mate's place is nicer and gets 560.", None), t3, c3, t4]))

# f07: closes before checking the thing works
o = c("Hello, I'm calling about the ground-floor flat on Park Road. My son uses a wheelchair, so it needs to be accessible.", None)
t1 = t("Thanks for saying. It's ground floor with a ramp at the front. What does he need inside?")
c1 = c("Doorways at least 80 centimetres, and a shower he can roll into.", None)
t3 = t("I'll measure the doors and the shower tray tomorrow and email you photos by noon.")
c3 = c("Thank you. Noon, then.", None)
add(rpair("b185r_f07_oxford_accessible_flat",
"UK letting agent, phone call: parent needs an accessible flat.",
[o, t1, c1, t("I don't know the door widths off the top of my head. I'll check before you commit to anything."),
 c("That would be brilliant, thank you.", None), t3, c3],
[o, t1, c1, t("Lovely, it should be fine. Shall I take the holding deposit now so nobody else gets it? It's one week's rent."),
 c("Should be? I'm not paying anything until I know he can get through the doors.", "think_it_over"), t3, c3]))

# f08: recommends before asking
o = c("Hi, I need a pre-purchase inspection. Settlement's in five weeks.", None)
t2 = t("For an apartment you mainly want the unit itself, plus a look at the strata report for building defects. That's our Unit inspection, 420.")
c2 = c("Can you read the strata report too? It's about 300 pages.", None)
t3 = t("Yes, that's 180 extra, and worth it for a 2010 building, a lot of that era had waterproofing problems.")
c3 = c("Okay, book both.", None)
add(rpair("b185r_f08_gold_coast_unit_inspection",
"Australian building inspector, phone call: buyer of an apartment.",
[o, t("Sure. What kind of property is it, and roughly how old?"),
 c("Apartment, third floor, built around 2010.", None), t2, c2, t3, c3],
[o, t("Sure. I'd recommend our Complete package: building, pest, pool and drone roof scan, 890. What kind of property is it?"),
 c("Third-floor apartment, 2010. There's no pool and the roof isn't mine.", "no_need"), t2, c2, t3, c3]))

# f09: unexplained jargon
o = c("Hi, I am student from Vietnam. I want to rent the studio near university. What I must do?", None)
t1 = t("Welcome! Happy to help. When do you want to move in, and how long are you staying?")
c1 = c("From September, one year. My course is one year.", None)
t3 = t("I'll email it all in writing with links, so you can read it slowly and show your family.")
c3 = c("Thank you, that helps me.", None)
add(rpair("b185r_f09_leeds_international_student",
"UK letting agent, office visit: international student renting for the first time.",
[o, t1, c1, t("Then a one-year contract fits. First we check you're allowed to rent in the UK: your visa gives you a code online, you send it to us. Then we check money. With no UK history we may ask for six months' rent in advance, or a person in the UK who promises to pay if you can't."),
 c("Six months in advance is a lot. I ask my parents first.", "think_it_over"), t3, c3],
[o, t1, c1, t("Great. We'll need your RTR share code, then referencing. It's an AST, deposit's in the TDS, and if you fail referencing you'll need a UK guarantor or RGI, or six months upfront."),
 c("Sorry, I don't understand. RTR? AST? What is these?", None), t3, c3]))

# f10: talks about themselves
o = c("My husband and I raised four kids in this house. He passed in the spring. I think it's time, but it's hard.", None)
t1 = t("I'm so sorry for your loss. There's no rush on my side. What's making you feel it's time?")
c1 = c("The upkeep, mostly. The gutters, the lawn. Jim did all that. And my daughter keeps saying move near her.", None)
t3 = t("There's no hurry. Would it help if I came back with your daughter, and we just talked through options, no paperwork?")
c3 = c("I'd like that. Saturdays are hard for her though, she works. Sunday afternoon?", "no_time")
add(rpair("b185r_f10_spokane_widow_selling",
"US realtor, first visit: recently widowed owner thinking of selling.",
[o, t1, c1, t("So the house has become the work Jim used to do, and it's a lot on your own. Where would you like to be, if you could choose?"),
 c("Somewhere small. Near her in Tacoma, maybe.", None), t3, c3],
[o, t1, c1, t("Oh, I totally get it. When my dad passed, my mom sold our house and I cried for weeks. Honestly that's why I got into real estate. Nineteen years now, top one percent in the county."),
 c("Oh. Well, I'm sorry about your dad.", None), t3, c3]))
