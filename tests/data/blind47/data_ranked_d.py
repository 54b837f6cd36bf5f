"""Ranked pairs d01-d10: two decent conversations, `better` is better. Written by hand for this set."""
from common import t, c, rpair

PAIRS = []

# d01 ------------------------------------------------------------------------
o = c("Hi, this is Sigrún from Hafbrún, we have two longliners out of Akureyri. We're looking at replacing our hook supplier, and a friend gave me your name.", None)
PAIRS.append(rpair(
    "b47r_d01_akureyri_hooks",
    "Fishing-gear wholesaler, Akureyri (Iceland): the office manager of a small longline company phones about changing hook supplier.",
    better=[
        o,
        t("Hi Sigrún, thanks for calling. What's making you look at a new supplier: price, quality, delivery?"),
        c("Well, mostly the hooks themselves. We lose a lot, they straighten on the bigger cod, and the crew complains.", None),
        t("How many per set, roughly, and which size are you using now?"),
        c("Size 13 EZ. Maybe three, four percent per set. It adds up, the hooks and the fish we lose with them.", None),
        t("With big cod at that rate I'd test our size 13 in the heavier wire before anything else. It's about 12% more per hook, but if it halves the straightening you come out ahead. I'll send 5,000 for one boat; run them two weeks next to your current ones and count."),
        c("Twelve percent more is not nothing, margins are thin this year. But a test, yes, that I can do.", "too_expensive"),
        t("Good. I'll ship them with the invoice on hold; if the count shows no difference, you send back what's left and pay nothing."),
    ],
    worse=[
        o,
        t("Hi Sigrún, great. What are you using now, and how many do you buy in a year?"),
        c("Size 13 EZ, around 200,000 hooks a year for both boats.", None),
        t("For that volume I can do our size 13 EZ at 8% below list, delivered to Akureyri within a week. Good quality, Norwegian steel."),
        c("Eight percent, okay. Our real problem is the bigger cod straighten them, though.", None),
        t("Then our heavy-wire version is better for you; that's list plus 12%, minus your 8%. I'll put both options in the quote."),
        c("Okay, send the quote, I'll show the owner.", "think_it_over"),
        t("Will do, you'll have it today."),
    ],
))

# d02 ------------------------------------------------------------------------
o = c("Assalomu alaykum. I have a sewing workshop in Namangan, 12 women. We want to buy new machines, maybe five.", None)
PAIRS.append(rpair(
    "b47r_d02_namangan_sewing",
    "Industrial sewing-machine dealer, Namangan (Uzbekistan): a workshop owner wants to buy several new machines.",
    better=[
        o,
        t("Va alaykum assalom. What do you sew mostly, and what's wrong with the machines you have now?"),
        c("Children's clothes, knit fabric. The old machines are cheap Chinese, they skip stitches on the knit and the girls fix it by hand.", None),
        t("Skipping on knit, is that on the straight-stitch machines or on the overlocks?"),
        c("Overlocks mostly. The straight ones are okay.", None),
        t("Then you may not need five new machines. Three good overlocks with differential feed, made for knit, would remove most of the hand fixing, about 6 million sum each. Can I come and watch one of the girls sew first? Sometimes it's just the needle type, and that costs nothing."),
        c("Come, yes. But honestly, our money now is for two machines, not three.", "no_money"),
        t("Then two, and we check the needles on the others. Thursday morning?"),
    ],
    worse=[
        o,
        t("Va alaykum assalom. For twelve operators, what budget do you have in mind?"),
        c("Maybe 30 million for five machines.", None),
        t("Good. For 30 million I can give you five Jack straight-stitch machines with servo motors: quiet, they save electricity, very reliable. 5.8 million each."),
        c("Our problem is more the knit, the overlocks skip.", None),
        t("Ah, then a mix: three straight-stitch and two overlocks with differential feed, about 30 in total. We deliver and install."),
        c("Okay. Let me talk with my husband, he handles the money.", "think_it_over"),
        t("Of course, I'll send you the offer on Telegram."),
    ],
))

# d03 ------------------------------------------------------------------------
o = c("Good morning. I want to ask about admission for my son, he's nine, in class four. At his current school he's not doing well.", None)
PAIRS.append(rpair(
    "b47r_d03_capecoast_school",
    "Private primary school admissions office, Cape Coast (Ghana): a parent asks about moving a struggling nine-year-old.",
    better=[
        o,
        t("Good morning, you're welcome. When you say not doing well, is it all subjects, or something in particular?"),
        c("Reading mostly. Maths he's okay. The teacher says he's lazy, but at home he tries, he just... the letters confuse him.", None),
        t("That's useful to know. Has anyone checked him, for his eyes or for something like dyslexia?"),
        c("No. Eye test, no. I never thought of that.", None),
        t("Honestly, I'd start there, even before changing schools; the eye clinic at the teaching hospital isn't expensive. We do have a reading-support teacher with small groups, but if it's his eyes, I won't promise we can fix it. Would you like him to spend a day with us, with a reading assessment, free?"),
        c("A free day is good. But people say the fees here are high, and I'm a teacher myself, the salary is not big.", "no_money"),
        t("Fees are 2,400 cedis a term, and teachers in the Ghana Education Service get 20% off. Let's do the day first, then talk money with the facts in front of us."),
    ],
    worse=[
        o,
        t("Good morning! We'd love to have him. Our classes are 25 maximum, we have an ICT lab, and reading support."),
        c("Reading support is good. Reading is his problem. His teacher says he's lazy.", None),
        t("Our reading-support teacher works with groups of five, twice a week. Many children improve within a term. Would you like to see the classrooms?"),
        c("Yes. And the fees?", None),
        t("2,400 cedis a term, plus 300 for books. The entrance test is on Saturdays."),
        c("It's a lot for me, I'm a teacher. Let me think.", "no_money"),
        t("Of course. Here's the form; bring him on a Saturday for the test when you're ready."),
    ],
))

# d04 ------------------------------------------------------------------------
o = c("Hi. One-man consultancy, oil and gas engineering. My accountant retired, I need a new one. Quick, please, I'm between meetings.", None)
PAIRS.append(rpair(
    "b47r_d04_stavanger_accounting",
    "Accounting firm, Stavanger (Norway): a busy engineer needs a new accountant for his one-person company.",
    better=[
        o,
        t("Got it, I'll keep it short. Three questions: do you invoice yourself, are you VAT-registered, and is there anything your old accountant did that you want done differently?"),
        c("Invoicing myself, in Fiken. VAT, yes. And he was slow, I paid late-filing penalties twice.", None),
        t("Then deadlines matter most. We work in your Fiken directly, so no handovers; we file VAT by the 5th each time, and you get a reminder a week before if receipts are missing. Fixed 2,900 a month including the annual accounts."),
        c("2,900 is more than I paid him.", "too_expensive"),
        t("Probably; he billed less and you paid the penalties instead. Send me last year's invoices and I'll tell you in writing whether we'd be cheaper all-in. If not, I'll say so."),
        c("Fair. I'll send them tonight.", None),
        t("Good. You'll have a one-page answer by Thursday."),
    ],
    worse=[
        o,
        t("Sure! We have three packages: Basic at 1,900, Standard at 2,900, Premium at 4,500. Most consultants take Standard: bookkeeping, VAT and the annual accounts."),
        c("What's the difference between Basic and Standard?", None),
        t("Basic is bookkeeping only; Standard adds the VAT returns and the annual accounts; Premium adds payroll and advisory."),
        c("Standard, probably. My old guy filed late twice. Penalties.", None),
        t("That won't happen with us, we have a strict deadline routine. Shall I send the engagement letter?"),
        c("Send it. I'll look tonight.", None),
        t("It'll be in your inbox in five minutes. Good luck with the meeting."),
    ],
))

# d05 ------------------------------------------------------------------------
o = c("Barev. I have a bakery in Gyumri, lavash and matnakash. In the morning we can't make enough, people wait. I think I need a bigger oven.", None)
PAIRS.append(rpair(
    "b47r_d05_gyumri_bakery",
    "Bakery-equipment supplier, Gyumri (Armenia): a baker who cannot keep up with the morning rush asks for a bigger oven.",
    better=[
        o,
        t("Barev. When people wait, is the oven full the whole time, or is it waiting for dough?"),
        c("Hmm. Good question. Sometimes the oven is empty, yes, because the dough is not ready. Proofing takes long, it's cold in winter in Gyumri.", None),
        t("Then a bigger oven might stand empty more often. A proofing cabinet with heat and humidity, 1.4 million dram, could get the dough ready 30 to 40 minutes sooner in winter. The four-deck oven is 6 million."),
        c("A proofing cabinet I never used. My cousin in Vanadzor bought some machine, it broke after a year and no service.", "bad_experience"),
        t("Fair worry. Ours is serviced from Yerevan, a technician within 48 hours, two years' warranty. If you like, I'll bring one on trial for two weeks in January, the coldest time, and you count the loaves."),
        c("Trial in January, yes. That is fair.", None),
        t("I'll write it down: delivery on the 8th of January, and I'll call you the day before."),
    ],
    worse=[
        o,
        t("Barev. How many loaves do you make now, and how many do you want to make?"),
        c("Now maybe 600 in the morning. I want 900.", None),
        t("For 900 you need the four-deck oven, 6.2 million dram. We install in three days."),
        c("6.2 is big money. My cousin's machine broke after a year, no service.", "bad_experience"),
        t("We give two years' warranty and service from Yerevan. And there's 12-month leasing, about 560,000 a month."),
        c("Not now, the morning bake starts at four and I'm half asleep. Leave the brochure.", "no_time"),
        t("Here's the brochure with the leasing terms. Call me when you decide."),
    ],
))

# d06 ------------------------------------------------------------------------
o = c("Good afternoon. Our cooperative is 80 cashew farmers around Ziguinchor. At harvest the buyers pay very low. We want to store and sell later. You rent warehouse space?", None)
PAIRS.append(rpair(
    "b47r_d06_ziguinchor_cashew",
    "Agricultural warehouse operator, Ziguinchor (Senegal): the president of a cashew cooperative asks about storage to sell later.",
    better=[
        o,
        t("Good afternoon. Yes. How many tonnes do you expect, and how long would you want to hold them?"),
        c("Maybe 120 tonnes. Until August, September, when the price goes up. Last year it went from 350 to 500 francs a kilo.", None),
        t("Can the cooperative pay the farmers at harvest while the nuts wait, or do the farmers need cash straight away?"),
        c("That's the problem. Farmers need money now, school fees, seeds. We have a small fund, not enough.", None),
        t("Then storage alone won't solve it. We work with a warehouse receipt: the nuts stay with us, and the bank in Ziguinchor accepts the receipt as a guarantee, so farmers get about 60% of the value at harvest as a loan. Storage is 4,000 francs a tonne a month. And honestly: humidity must be under 10% when they come in, or they spoil."),
        c("The bank loan, the interest is how much? Last time with a bank we were cheated on fees.", "bad_experience"),
        t("I don't set the bank's rate. I'll set up a meeting with their agricultural officer at our warehouse, so you can ask every fee question in front of us. Next Tuesday?"),
    ],
    worse=[
        o,
        t("Good afternoon. Yes, we have 2,000 tonnes of capacity: dry, guarded, fumigated. How many tonnes?"),
        c("Maybe 120. Until August or September.", None),
        t("Then it's 4,000 francs a tonne a month; for five months that's 2.4 million for 120 tonnes. Humidity under 10% when they come in."),
        c("2.4 million. We don't have it now. Farmers need cash at harvest.", "no_money"),
        t("You can pay the storage at the end, when you sell. That's our flexible option."),
        c("That helps. I will present it to the committee.", "think_it_over"),
        t("Good. I'll send you a draft contract for the committee."),
    ],
))

# d07 ------------------------------------------------------------------------
o = c("Hi, I'm a freelance illustrator, and working from home is making me a bit crazy. Just curious what you have.", None)
PAIRS.append(rpair(
    "b47r_d07_helsinki_coworking",
    "Coworking space, Helsinki (Finland): a freelancer drops in to ask about desks.",
    better=[
        o,
        t("Welcome! How many days a week do you think you'd actually come?"),
        c("Honestly, two, three? And I have video calls with clients in Japan, sometimes late.", None),
        t("Late calls, how late? The phone booths are open, but the building locks at ten in the evening."),
        c("Tokyo mornings, so like two or three am here. Hmm. Those I'd do at home.", None),
        t("Makes sense. Then the 10-day card suits you better than a fixed desk: 160 euros, valid two months, any hot desk and the booths. A fixed desk is 320 a month and you'd be paying for the days you're home."),
        c("160 still. I'm, um, freelance, some months are thin. I need to see how the month goes.", "think_it_over"),
        t("Take a free day pass this week, work here, see if the noise suits you. If it does, the card; if not, no harm done."),
    ],
    worse=[
        o,
        t("Welcome! We have hot desks at 220 a month, fixed desks at 320, and private rooms from 650. Coffee included, events on Fridays."),
        c("I'd come maybe two, three days a week.", None),
        t("Then a hot desk is perfect, 220 a month, come whenever you like."),
        c("Okay. I have late calls with Japan sometimes.", None),
        t("Members can book the phone booths for free. Want to sign up today? The first month is 10% off."),
        c("Hmm, okay. Just give me a leaflet, I'll have a look.", "brush_off"),
        t("Sure, here's a card with the offer, it's valid until the end of the month."),
    ],
))

# d08 ------------------------------------------------------------------------
o = c("Hello. My back hurts three months, the lower part. I work at the bazaar, carrying boxes. My friend said you do massage.", None)
PAIRS.append(rpair(
    "b47r_d08_osh_physio",
    "Physiotherapy clinic, Osh (Kyrgyzstan): a bazaar porter with three months of back pain asks about massage.",
    better=[
        o,
        t("Hello. Three months is long. Does the pain go down into your leg, or stay in the back? Any numbness?"),
        c("Sometimes down the left leg, to the knee. No numbness.", None),
        t("Has a doctor looked at it, any X-ray or scan?"),
        c("No doctor. The bazaar is every day except Monday.", None),
        t("Pain going into the leg, I want our doctor to check before any massage. The first consultation is 800 som, Monday is fine. If it's muscle, six sessions of exercise and manual therapy; if it's a disc, massage alone could make it worse."),
        c("800 only for talking? The massage man at the bazaar takes 300.", "too_expensive"),
        t("He's cheaper, true. The consultation decides what's safe for your back; if it's simple, I'll tell you so, and you can do the exercises at home. Monday at ten?"),
    ],
    worse=[
        o,
        t("Hello. Yes, we do therapeutic massage. For the lower back we recommend a course of ten sessions, 5,000 som, with heat therapy."),
        c("Ten sessions. I can only come on Monday.", "no_time"),
        t("Then ten Mondays. Does the pain go into your leg?"),
        c("Sometimes, to the knee.", None),
        t("Massage helps with that too, it relaxes the muscles. Our therapist is very experienced."),
        c("5,000 is a lot. The massage man at the bazaar takes 300.", "too_expensive"),
        t("The quality is different. You can pay for five sessions first, 2,600."),
    ],
))

# d09 ------------------------------------------------------------------------
o = c("Hi! We want to rent a camper for ten days in July and drive up the coast to Estonia. We've never done it before.", None)
PAIRS.append(rpair(
    "b47r_d09_liepaja_camper",
    "Camper-van rental, Liepāja (Latvia): a family planning their first camper trip asks about renting.",
    better=[
        o,
        t("Lovely route. Who's coming, just the two of you, kids? And has either of you driven anything bigger than a car?"),
        c("Two adults, two kids, 6 and 9. My husband drove a van once. I only have a normal licence.", None),
        t("A normal B licence is fine up to 3.5 tonnes, and all our four-berths are under that. I'd suggest the shorter 6-metre one: easier in Tallinn's old town and in small campsites, and the table turns into the kids' bed."),
        c("My sister rented a camper in Norway and the toilet broke on day two. It was awful.", "bad_experience"),
        t("Ugh, understandable. We check the toilet and the water before every rental, and there's a 24-hour phone; on the Baltic route we send a mechanic or swap the van within 24 hours. July is 145 a day."),
        c("145 times ten... that's more than I thought. Let me work it out with my husband.", "think_it_over"),
        t("Sure. I'll email the full price with insurance and a list of campsites, and keep your dates free until Friday."),
    ],
    worse=[
        o,
        t("Nice! For July I'd recommend our family model: 7.4 metres, two double beds, big fridge, shower. Very comfortable for a long trip."),
        c("We are two adults and two kids. Is it hard to drive? I only have a normal licence.", None),
        t("It's under 3.5 tonnes, so a B licence is okay. It drives like a big van, you get used to it."),
        c("My sister rented a camper in Norway and the toilet broke on day two.", "bad_experience"),
        t("We service every van before each rental. The family model is 175 a day in July."),
        c("175 a day, hmm. Let me talk to my husband.", "think_it_over"),
        t("Of course, I'll send you the offer by email."),
    ],
))

# d10 ------------------------------------------------------------------------
o = c("Good day. I run a barbing salon in Abeokuta, Kuto area. NEPA light is not reliable. I want to buy a generator, what do you have?", None)
PAIRS.append(rpair(
    "b47r_d10_abeokuta_power",
    "Generator and inverter dealer, Abeokuta (Nigeria): a barber wants a generator for his salon.",
    better=[
        o,
        t("Good day. What do you run in the shop: clippers, dryers, AC, fridge? And how many hours a day is the light off?"),
        c("Four clippers, two dryers, TV, fan. No AC. Light is off maybe eight hours a day.", None),
        t("The dryers are the heavy ones. And fuel, how much do you spend in a day now?"),
        c("Petrol is killing everybody. Before, my small gen was eating 3,000 naira a day, now it's double.", None),
        t("Then a 3.5 kVA petrol gen runs everything, about 380,000 naira, but fuel stays your big cost. Option two: a 3 kVA inverter with batteries for the clippers, TV and fan, 850,000, and you run the small gen only when the dryers are on. Your fuel would drop by more than half."),
        c("850? Ah. I don't have that kind of money now, oga.", "no_money"),
        t("Understood. Start with the gen now; the inverter can go on the same wiring later when you're ready. I'll write both quotes so you can compare."),
    ],
    worse=[
        o,
        t("Good day. We have Sumec, Elepaq, Firman. For a salon a 3.5 kVA is good, 380,000 naira."),
        c("Will it carry two dryers and four clippers?", None),
        t("Yes, 3.5 carries that, with the fan and TV. Key start, low noise."),
        c("And fuel? Petrol is too costly now.", None),
        t("About a litre and a half an hour at full load. It's economical for the size."),
        c("Okay. Let me check prices at Lafenwa market first.", "think_it_over"),
        t("No problem, our price is fair. Come back when you're ready."),
    ],
))
