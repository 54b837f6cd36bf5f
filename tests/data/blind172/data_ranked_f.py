from common import c, rpair, t

P = []

# f01: unexplained jargon
o = c("I'm picking up my new hearing aids today. I'm nervous, I've never worn any.", None)
t1 = t("Nervous is normal. What would you most like to hear better with them?")
c1 = c("My grandson. He calls Sundays and I miss half of it.", None)
t3 = t("Let me pair them to your phone now... There. I'll call you from the desk; tell me how it sounds.")
c3 = c("Oh! Clear as a bell. My grandson will think I got younger.", None)
t4 = t("Try it Sunday, and come back in two weeks so we can fine-tune.")
P.append(rpair("b172r_f01_portcharlotte_hearing_pickup",
    "Hearing aid fitting, Port Charlotte FL: a nervous first-time wearer. Worse: unexplained jargon.",
    [o, t1, c1, t("Then let's have calls go straight from your phone into both ears. Is your phone with you?"),
     c("Here. My granddaughter set it up. I don't know how it works.", None), t3, c3, t4],
    [o, t1, c1, t("Then we'll pair over MFi with ASHA fallback, put a phone program on P2, and keep the telecoil as backup."),
     c("MF what? Honey, I don't know what any of that means. Is my phone alright?", None), t3, c3, t4]))

# f02: doubts the customer's honesty
o = c("I need an early refill on my pain pills. The bottle fell in the lake off the fishing pier. I know how that sounds.", None)
t1 = t("That's a rotten day. Which medicine, and when did you last fill it?")
c1 = c("Tramadol, filled the 2nd. Receipt's right here.", None)
t3 = t("I'll call Dr. Russo for his okay. The plan won't pay this early, so it's about 22 cash to get you to your normal date.")
c3 = c("Twenty-two on top of what I already paid. Well. Cheaper than a night with my back.", None)
t4 = t("I'll text you when he answers, usually within the hour.")
P.append(rpair("b172r_f02_ocala_pharmacy_earlyrefill",
    "Pharmacy counter, Ocala FL: a man of 77 lost his pain pills. Worse: doubts his honesty.",
    [o, t1, c1, t("Thanks. It's a controlled medicine, so there are a couple of steps. Do you have any left for tonight?"),
     c("Not one. They were all in the bottle.", None), t3, c3, t4],
    [o, t1, c1, t("The lake, huh? We hear a lot of stories. Sure it didn't end up somewhere else?"),
     c("I'm 77, not a drug dealer. My neighbor saw it go in. Call my doctor if you doubt me.", None), t3, c3, t4]))

# f03: over-promises
o = c("My doctors are all at Roper in Charleston. If I switch to your plan, are they covered?", None)
t1 = t("Let's check each one. Who are they?")
c1 = c("Dr. Nash, my regular, Dr. Oyelaran for my kidneys, and Dr. Webb for my eyes.", None)
t3 = t("Would you like the plan details mailed so you can compare with what you have?")
c3 = c("Mail them. I'll sit down with my daughter before I change a thing.", "think_it_over")
t4 = t("They go out today. This is my direct line for any question.")
P.append(rpair("b172r_f03_summerville_medicare_network",
    "Medicare Advantage by phone, Summerville SC: a woman checks her doctors. Worse: over-promises.",
    [o, t1, c1, t("Nash and Oyelaran are in network today; Webb isn't, so eye visits would cost more. Networks can change mid-year, so I'll show you how to check."),
     c("Two out of three. My friend lost her kidney doctor on one of these plans.", "bad_experience"), t3, c3, t4],
    [o, t1, c1, t("Don't worry, all your doctors will be covered, guaranteed, as long as you're with us."),
     c("Guaranteed? My friend lost her kidney doctor on one of these plans. Nobody can guarantee that.", "bad_experience"), t3, c3, t4]))

# f04: vague next step
o = c("We've been on your list for a two-bedroom since last year. Any news? We're 80 and 82, we can't wait forever.", None)
t1 = t("Thanks for checking in, Mr. and Mrs. Dunn. Has anything changed for you since you applied?")
c1 = c("Bob had a knee replaced. We'd like the ground floor now, if possible.", None)
t2 = t("Ground floor, noted. You're third for two-bedrooms, and ground-floor ones open less often, maybe six to nine months.")
c2 = c("Nine months. Hmm. Is a one-bedroom quicker? We've lived small before.", None)
t4 = t("I'll add the one-bedroom to your file today.")
P.append(rpair("b172r_f04_fountainhills_community_waitlist",
    "Retirement community by phone, Fountain Hills AZ: a couple on the waiting list. Worse: vague next step.",
    [o, t1, c1, t2, c2, t("Yes, ground-floor one-bedrooms open within about three months. I'll call you on the 15th of each month with your place, and when one opens you get 72 hours to see it."),
     c("The 15th. Good. Something we can plan around.", None), t4],
    [o, t1, c1, t2, c2, t("Possibly. We'll let you know when something comes up."),
     c("That's what we heard last year. We'll keep looking at the place in Mesa too.", "think_it_over"), t4]))

# f05: drops the price before asking anything
o = c("My roll-down on the lanai stopped halfway last storm. I want it fixed, not a new one sold to me.", None)
t2 = t("A hum with no movement is often a capacitor or a limit switch, not the motor. I can check it Thursday, 95 for the visit.")
c2 = c("Ninety-five just to look? The last outfit charged me that and did nothing.", "bad_experience")
t3 = t("Fair. If I fix it, the 95 goes toward the repair; if it can't be fixed, you get the reason in writing.")
c3 = c("Alright, Thursday. Before noon, I've got my card game.", None)
P.append(rpair("b172r_f05_palmbay_shutter_repair",
    "Shutter repair by phone, Palm Bay FL: a sharp retiree wants a repair. Worse: drops the price before asking.",
    [o, t("Fix first, got it. How old is it, and does the motor hum or stay silent when you hit the switch?"),
     c("Twelve years. It hums, then nothing.", None), t2, c2, t3, c3],
    [o, t("I can do 20% off a new motor right now, 30% if you replace the whole unit today."),
     c("Whoa. I haven't told you a thing yet. It's twelve years old and it hums. I said fix.", None), t2, c2, t3, c3]))

# f06: an unasked lecture
o = c("Hi, I want the Cozumel cruise in March with my sister. We are 74 and 76. Inside cabin, the cheap one.", None)
t1 = t("Wonderful. Which dates in March work for you both?")
c1 = c("After the 10th. My sister has the therapy for her hip until then.", None)
t3 = t("I'll request a medical fridge for the cabin, no charge. Shall I hold the 14th?")
c3 = c("Hold it. I pay when my pension comes on the first.", None)
t4 = t("Held until the 2nd. I'll text you the confirmation.")
P.append(rpair("b172r_f06_miami_cruise_sisters",
    "Cruise booking by phone, Miami FL: two sisters in their seventies. Worse: unasked lecture.",
    [o, t1, c1, t("The 14th has inside cabins at 389 each. Does either of you need anything on board, like a fridge for medicine?"),
     c("Yes! My sister's insulin. Good that you ask.", None), t3, c3, t4],
    [o, t1, c1, t("The 14th has inside cabins at 389 each. At your ages you really should think about your health first. Ships are full of germs and wet decks cause falls."),
     c("Ay, mijo, I didn't ask for a sermon. My sister needs a little fridge for insulin, that's all.", None), t3, c3, t4]))

# f07: closes before checking it works for her
o = c("I'd like that little blue cart in the window. My husband's knees can't do the walk to the clubhouse anymore.", None)
t1 = t("The blue one's a nice cart. Who'll be driving, you or him?")
c1 = c("Me. I've never driven one. And our garage is tight, the car's in there.", None)
t3 = t("It's 48 inches wide; you'd want about 60 inches clear. Here are the keys for a lap.")
c3 = c("Sixty. I'll measure tonight, and talk it over with Frank after I've driven it.", "think_it_over")
t4 = t("Take your time. I'll keep it off the floor until Saturday.")
P.append(rpair("b172r_f07_lakehavasu_cart_garage",
    "Golf cart dealer, Lake Havasu City AZ: a first-time driver buying for her husband's sake. Worse: closes before checking.",
    [o, t1, c1, t("Then let's take it round the lot first, and I'll give you its width to measure against the garage before anything's signed."),
     c("Good idea. I'd hate to scrape the car.", None), t3, c3, t4],
    [o, t1, c1, t("Great choice! Let's start the paperwork so we can deliver Thursday."),
     c("Hold on, I've never driven one and I don't know if it fits my garage.", "think_it_over"), t3, c3, t4]))

# f08: argues with the customer
o = c("My maintenance fee went from 900 to 1,400 in five years. I'm 79, on a pension. What are my options?", None)
t1 = t("That's a big jump on a pension. Do you still use your week?")
c1 = c("I want to keep going. It's the week my grandkids come to Daytona.", None)
t3 = t("You can pay monthly, about 117, no interest. And if you skip a year, bank the week instead of losing it.")
c3 = c("Monthly I can manage. Set that up.", None)
t4 = t("Done. The first one comes out on the 1st.")
P.append(rpair("b172r_f08_daytona_timeshare_fees",
    "Timeshare owner services by phone, Daytona Beach FL: a pensioner about rising fees. Worse: argues.",
    [o, t1, c1, t("You're right, it's gone up a lot, mostly roof and insurance after the storms. Since you want the week, there are ways to soften it."),
     c("Well, at least you don't pretend. What ways?", None), t3, c3, t4],
    [o, t1, c1, t("I wouldn't say it went up that much. Fourteen hundred is low for Daytona, and inflation hit everyone."),
     c("Five hundred dollars is a lot to me, dear. Don't tell me it isn't.", "too_expensive"), t3, c3, t4]))

# f09: recommends before asking
o = c("Son: My dad's 84, he isn't sleeping. Dad, tell her. Dad: Up at 3 every night, wide awake.", None)
t2 = t("Thanks. A water pill at night often wakes people for the bathroom, and many sleep aids raise fall risk at his age. I'd ask his doctor about moving the water pill to mornings first.")
c2 = c("Dad: That's true, I'm up to pee every time. Huh.", None)
t3 = t("Want me to call Dr. Foster's office now? It's a simple question for them.")
c3 = c("Son: Yes, please. We'll hold off on anything from the shelf.", None)
P.append(rpair("b172r_f09_rockhill_pharmacy_sleep",
    "Pharmacy counter, Rock Hill SC: a son and his father, 84, about sleep. Worse: recommends before asking.",
    [o, t("That's wearing on you both. Before I suggest anything, what does he take now, and when?"),
     c("Son: Blood pressure pill and a water pill at night, and a prostate pill. Dad: The last sleeping pill made me dizzy, I nearly fell.", "bad_experience"), t2, c2, t3, c3],
    [o, t("Try this PM sleep aid, it works for most people. Two at bedtime."),
     c("Son: He takes a water pill and a blood pressure pill at night, is that safe? Dad: The last sleeping pill made me dizzy, I nearly fell.", "bad_experience"), t2, c2, t3, c3]))

# f10: talks about themselves
o = c("I'm looking at walk-in tubs. Getting over the side of mine scares me now. I'm 81.", None)
t1 = t("Smart to sort it out before a fall. Do you mostly bathe or shower?")
c1 = c("I love a bath. Haven't had a proper soak in two years.", None)
t3 = t("The quick-drain model empties in about two minutes and has a heated seat. 8,900 installed.")
c3 = c("Eight thousand nine hundred. My Social Security won't stretch to that.", "no_money")
t4 = t("There's a smaller one at 6,200. I'll write both up for you to take home.")
P.append(rpair("b172r_f10_ocala_walkin_tub",
    "Bath showroom, Ocala FL: a woman of 81 afraid of her tub. Worse: talks about herself.",
    [o, t1, c1, t("Then a soaking tub with a door fits. Would sitting while it fills and drains bother you? Some take ten minutes each way."),
     c("Ten minutes sitting wet? I'd be cold. Is there a faster one?", None), t3, c3, t4],
    [o, t1, c1, t("Oh, I love a bath too! I put one in for my own mother in Gainesville. I soak every Sunday myself, Epsom salts and a podcast."),
     c("Good for you, dear. But I'm the one buying. Does it take long to drain? I'd get cold.", None), t3, c3, t4]))

PAIRS = P
