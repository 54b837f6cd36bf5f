"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's
reaction to it. Written by hand for blind74."""
from common import c, rpair, t

PAIRS = []

# f01 flour supplier, Izmir - fault: argues with the customer
o = c("Merhaba. Your last flour delivery, the T65, the dough is sticky and my bread comes out flat. Two days now.", None)
t1 = t("Merhaba, sorry to hear it. Same recipe, same water as before?")
c1 = c("Same. Twenty years same recipe. My master baker says the flour is weak.", None)
t3 = t("Let me check Monday's delivery... lot 2407-B, new harvest, and the lab shows 10.8 protein, a bit under our spec. I'll replace the remaining bags tomorrow with lot 2398 and credit the ones you used.")
c3 = c("Good. Tomorrow before six, the ovens start at six.", None)
t4 = t("Before six, the driver calls from the door. And our technologist will phone your master baker today about less water for the last bags.")
PAIRS.append(rpair(
    "b74r_f01_izmir_bakery_flour",
    "A bakery owner complains about a weak flour delivery. Worse argues that it must be the August humidity before checking the lot.",
    [o, t1, c1,
     t("Then the flour is the first suspect; a new harvest is sometimes weaker until it's blended. Are these the bags from Monday's delivery?"),
     c("Yes, Monday. Everything was fine until those bags.", None),
     t3, c3, t4],
    [o, t1, c1,
     t("I don't think it's the flour. Our T65 passes the lab every batch. It's probably the humidity, everybody's dough is softer in August."),
     c("Humidity? Twenty years I bake in Izmir, every August is humid. Don't teach me my job. Check the flour.", None),
     t3, c3, t4]))

# f02 tractor parts, Salina, Kansas - fault: doubts the customer's honesty
o = c("Hydraulic pump you sold me in March quit on me yesterday. Loader won't lift. That's still under warranty, right?", None)
t1 = t("Yes, parts have 12 months. Sorry it's down. What happened when it quit, any noise or leak?")
c1 = c("Started whining Monday, then yesterday nothing. No leak I could see. Checked the fluid, it was full.", None)
t3 = t("Bring the pump in and we'll bench-test it. If it's the pump, it's replaced free, and I'll have a loaner on the shelf for you tomorrow so you can feed.")
c3 = c("Loaner's good. I'll be in by eight. Can't afford to lose a day this time of year.", None)
PAIRS.append(rpair(
    "b74r_f02_salina_hydraulic_pump",
    "A farmer reports a failed hydraulic pump under warranty. Worse suggests he used the wrong fluid and is not being straight.",
    [o, t1, c1,
     t("Whining, then no lift, with full fluid often means the pump's internal seals went. That's a warranty case."),
     c("Figured. I need that loader for feeding, so sooner's better.", None),
     t3, c3],
    [o, t1, c1,
     t("Full, huh? Guys say that a lot and then we find cheap fluid in it. You sure you didn't top it up with something from the farm store?"),
     c("Same Hy-Gard for thirty years. You calling me a liar?", None),
     t3, c3]))

# f03 wedding photographer, Cluj-Napoca - fault: drops the price before asking anything
o = c("Hi! We're getting married on September 6th in Cluj, a small restaurant, about 60 guests. Are you free, and what do your packages look like?", None)
t1 = t("Hi, congratulations! I'm free on the 6th. Packages go from 900 euro for 6 hours to 1,600 for the full day with a second photographer.")
c1 = c("Oh okay. Hmm, that's a bit more than we thought, to be honest.", "too_expensive")
t3 = t("For 60 guests I'd suggest the 6-hour package: getting ready, ceremony, family portraits, the first hour of the party. 900, and I'll get a calm portrait with your grandparents early, before they're tired.")
c3 = c("That sounds right. Can I talk to Andrei tonight and tell you tomorrow?", "think_it_over")
t4 = t("Of course. I'll hold the 6th until tomorrow evening.")
PAIRS.append(rpair(
    "b74r_f03_cluj_wedding_photographer",
    "A bride asks a photographer about packages and finds them pricey. Worse cuts the full-day price at once instead of asking what she needs.",
    [o, t1, c1,
     t("Fair to say. What matters most to you in the photos? Some couples want every moment, some mainly the ceremony and family. That changes what you need."),
     c("Mostly the ceremony and family photos, my grandparents come from Bistrita and they're 90. The party, honestly, our friends film on phones.", None),
     t3, c3, t4],
    [o, t1, c1,
     t("No problem, I can do the full day for 1,100 instead of 1,600, just for you, if you book this week."),
     c("Oh. Um, okay, but then why was it 1,600? Now I don't know what the real price is. We mostly want the ceremony and my grandparents, they're 90.", None),
     t3, c3, t4]))

# f04 optician, Parnu, Estonia - fault: an unasked lecture
o = c("Tere. I broke my reading glasses, I just need simple ones for reading, nothing special. Today if possible.", None)
t1 = t("Tere. We can do that today. When were your eyes last tested?")
c1 = c("Two years maybe. The old ones were plus 2. Same is fine for me.", None)
t3 = t("Then a ten-minute check, this way... Your right eye is now plus 2.25, the left still plus 2. Ready-made plus 2 at 19 euro will do for reading; made for each eye is 49, ready tomorrow.")
c3 = c("19, today. I only read the newspaper, 49 is too much for that.", "too_expensive")
t4 = t("Sensible. Here they are, plus 2, and keep this note with your numbers for next time.")
PAIRS.append(rpair(
    "b74r_f04_parnu_reading_glasses",
    "A man wants cheap reading glasses the same day. Worse lectures him about eye care, screens and sunglasses before doing anything.",
    [o, t1, c1,
     t("Plus 2 from two years ago is usually still fine. I can do a free ten-minute check to be sure, since it can change after 55. Would you like that, or just ready-made?"),
     c("Quick check, okay, if it's only ten minutes. I have parking until three.", None),
     t3, c3, t4],
    [o, t1, c1,
     t("Two years is too long, you know. At your age you should test every year, eyes change, and with phone screens, blue light, dry eyes, people don't look after their eyes at all. And sunglasses on the beach, UV damage is serious."),
     c("I came for reading glasses, not a lecture. I have parking until three.", "no_time"),
     t3, c3, t4]))

# f05 roofing after hail, Lincoln, Nebraska - fault: a vague next step
o = c("Hi, we had that hail last week and now there's a water stain on my bedroom ceiling. Insurance guy's coming Friday. Can you look at the roof before that?", None)
t1 = t("Sure. Do you know how old the roof is, and is the stain growing or wet to the touch?")
c1 = c("About 18 years. The stain got bigger after Tuesday's rain. I've got a bucket up in the attic, kinda freaking out honestly.", None)
t2 = t("At 18 years with hail, the adjuster may well replace it, but let's stop the leak first. I can have it tarped tomorrow, 250, and I'll inspect with photos you can show the adjuster.")
c2 = c("Okay, tarp tomorrow's good. Will insurance cover the 250? And what happens after Friday, with the roof itself?", None)
PAIRS.append(rpair(
    "b74r_f05_lincoln_hail_roof",
    "A homeowner with a leak after hail asks a roofer to come before the adjuster. Worse ends with 'we'll be in touch' instead of a concrete next step.",
    [o, t1, c1, t2, c2,
     t("Tarping is usually covered as preventing further damage, keep the receipt. After Friday, send me the adjuster's estimate; within two days you get a written bid matching it line by line and a start date. We're about three weeks out now."),
     c("Okay, good. That's clear.", None)],
    [o, t1, c1, t2, c2,
     t("Tarping's usually covered, keep the receipt. After Friday, we'll be in touch and figure it out from there."),
     c("In touch when? Three roofers knocked on my door this week. I'll probably go with whoever gives me an actual plan.", "think_it_over")]))

# f06 furniture store, Poznan - fault: over-promises the delivery date
o = c("Dzien dobry. I want this grey corner sofa, the Oslo. My in-laws come in ten days and we have nothing to sit on, we just moved.", None)
t1 = t("Congratulations on the move. This exact grey, with the corner on the left like the one here?")
c1 = c("Yes, this grey, left corner. The living room is small, I measured, 2.6 metres on the wall.", None)
t2 = t("The Oslo left corner is 2.45, so it fits with a little space. It's 4,290 zloty.")
c2 = c("Price is fine, we saved for it. But the delivery must be before the 20th, this is the important thing.", None)
PAIRS.append(rpair(
    "b74r_f06_poznan_corner_sofa",
    "A customer needs a sofa within ten days. Worse promises the date without checking stock; better checks and offers real alternatives.",
    [o, t1, c1, t2, c2,
     t("Let me check the warehouse... This grey isn't in stock; the factory says three to four weeks, so I can't promise the 20th. The same sofa in dark grey is in stock for the 16th, or we lend you a floor model until yours arrives."),
     c("Dark grey... show me the fabric. Hmm, nicer than I thought. I will ask my husband, he waits in the car.", "think_it_over")],
    [o, t1, c1, t2, c2,
     t("No problem, we'll have it to you before the 20th, easy, don't worry about it."),
     c("Great, then I pay now. Thank you!", None)]))

# f07 veterinary clinic software, Klaipeda - fault: closes before checking the thing works
o = c("Hello. We are a small veterinary clinic in Klaipeda, three vets. Our old program is from 2009 and the company closed. We need a new one.", None)
t1 = t("Hello. What do you use the old program for most, and what must the new one do?")
c1 = c("Appointments, patient cards, invoices. And very important, our blood analyser sends results straight into the card. Without this we copy by hand, and make mistakes.", None)
t2 = t("Our system does appointments, records, invoicing and SMS reminders. 89 euro per vet a month, 267 for you.")
c2 = c("Price is okay for us. The old one was almost the same.", None)
PAIRS.append(rpair(
    "b74r_f07_klaipeda_vet_software",
    "A vet clinic manager needs software that takes results from their blood analyser. Worse goes for the contract before checking the analyser link works.",
    [o, t1, c1, t2, c2,
     t("Before you decide, let's make sure the analyser link works with your exact model. Which analyser is it? I'll set up a test connection on a trial account this week so you see a real result land in a patient card."),
     c("IDEXX ProCyte. Yes, test first please, we were burned before by promises.", "bad_experience")],
    [o, t1, c1, t2, c2,
     t("Great, then shall I send the contract today? We can migrate your data next week."),
     c("Wait, and the analyser? You did not say if it works with ours. I will not sign before I see this.", "think_it_over")]))

# f08 paint store, Saskatoon - fault: recommends before asking
o = c("Hi, I need paint for my basement. Walls are concrete, kinda grey and ugly.", None)
t2 = t("White chalky stuff on concrete is efflorescence, moisture coming through. Regular wall paint peels there. For that wall you want a masonry waterproofer, 62 a gallon; for the dry walls basic latex at 45 is plenty. How big is the space?")
c2 = c("Like 30 by 25. Only the one wall gets the white stuff.", None)
t3 = t("Then one gallon of waterproofer for that wall and three of latex, about 200 all in. Brush the powder off and let it dry a couple of days first.")
c3 = c("Okay, that's doable. Let's do it.", None)
PAIRS.append(rpair(
    "b74r_f08_saskatoon_basement_paint",
    "A homeowner wants paint for a concrete basement. Worse pitches the premium paint before asking about damp.",
    [o,
     t("Sure. Is the basement dry, or do you ever get damp spots or white chalky stuff on the walls?"),
     c("Actually yeah, one wall gets white chalky stuff in spring. Is that bad?", None),
     t2, c2, t3, c3],
    [o,
     t("Our best seller for basements is the premium eggshell, 89 a gallon, great coverage, scrubbable. How many gallons?"),
     c("89 a gallon? For a basement? Uh, that's steep. And one wall gets white chalky stuff in spring, would it even stick?", "too_expensive"),
     t2, c2, t3, c3]))

# f09 bookkeeping, Baku - fault: unexplained jargon
o = c("Hello, I opened a cafe in Baku in March. Turnover is growing and my friend says I must do something about VAT. I don't understand anything about it.", None)
t1 = t("Congratulations on the cafe. Roughly what's your turnover since March, and is your cash register connected to the tax service?")
c1 = c("Around 150,000 manat since March. Yes, the register is connected. Is this a problem?", None)
t3 = t("Most cafes do a bit of both: raise menu prices a little and reclaim the VAT paid on coffee, milk and equipment. We can do your monthly VAT filing for 150 manat a month; I'd start in July so August is no surprise.")
c3 = c("150 a month is okay if I don't have to touch it. July, fine.", None)
PAIRS.append(rpair(
    "b74r_f09_baku_cafe_vat",
    "A new cafe owner asks a bookkeeper about VAT. Worse answers in tax jargon the owner cannot follow.",
    [o, t1, c1,
     t("Not a problem, but you're near the limit. Once sales in any 12 months pass 200,000 manat, you must register, add 18% VAT to your sales and pay it to the state each month, minus the VAT you paid suppliers. At your pace that's around August."),
     c("Ah. So from August my prices go up 18%, or I lose 18%? This is a lot.", None),
     t3, c3],
    [o, t1, c1,
     t("You're approaching the threshold, so you'll need to register, file monthly returns with input-output offset, you lose simplified-regime eligibility, and watch the reverse charge on imports."),
     c("Sorry, I understood nothing. Input what? Maybe I just ask my cousin, he is accountant.", "brush_off"),
     t3, c3]))

# f10 kayak tours, Lake Sevan, Armenia - fault: talks about himself
o = c("Hi, we are a family from Yerevan, two kids, 8 and 11. We want to try kayaking on Sevan on Saturday. Is it safe for kids?", None)
t1 = t("Hi! Yes, from age 8 kids paddle with us in double kayaks with an adult. Can the kids swim, and has anyone paddled before?")
c1 = c("The older one swims well, the small one a little. Nobody paddled ever. My wife is a bit afraid of water, to be honest.", None)
t3 = t("The morning tour is 12,000 dram per adult and 7,000 per child, 38,000 for four, jackets and guide included. We start 9:30 and we're off the water before the wind.")
c3 = c("38,000 for two hours on a lake, hmm, that is a lot. Maybe only me and the older one go.", "too_expensive")
t4 = t("That works too, 19,000 for two. If your wife and the little one change their minds on the beach, there's room in the boats.")
PAIRS.append(rpair(
    "b74r_f10_sevan_kayak_tour",
    "A father asks whether a kayak tour is safe for his children. Worse answers with the guide's own paddling stories.",
    [o, t1, c1,
     t("Then the two-hour morning tour along the shore by the monastery: calm water before noon, everyone in life jackets. Your wife can paddle with the older one while you take the small one, or stay on the beach, no pressure."),
     c("Morning is good. How much is it? The forecast says wind after lunch on Saturday.", None),
     t3, c3, t4],
    [o, t1, c1,
     t("Ah, I was scared of water too! I started in 2012 after I came back from Moscow, paddled all around Sevan, 200 kilometres in four days, then the Dilijan rivers, I even trained in Georgia on the Rioni..."),
     c("Okay, nice, but we only want two hours with kids. How much is it? The forecast says wind after lunch on Saturday.", None),
     t3, c3, t4]))
