"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse`
and the customer's reaction to it. Written by hand for this set."""
from common import t, c, rpair

PAIRS = []

# f01 --- fault: argues with the customer -------------------------------------
c0 = c("Hej, my back hurts in the mornings, and I think it's the mattress. It's twelve years old.", None)
t1 = t("Twelve years is a good run for a mattress. Do you sleep on your side, back or stomach, and where does it hurt: lower back, shoulders?")
c2 = c("Side, mostly. Lower back and, um, my hip. And my husband is heavier, there's a dip on his side.", None)
t3_good = t("The dip could explain your hip, you roll towards the middle. For side sleepers a medium-firm with a softer top usually helps the hip, and a split core stops his side from pulling yours down. Lie on these two for ten minutes each.")
c4_good = c("Okay. This one, yes... my hip feels different. Nicer.", None)
t3_bad = t("I'd push back on that: at twelve years the mattress usually isn't the cause, it's more often how people sleep. But lie on these two for ten minutes each; for side sleepers a medium-firm with a softer top and a split core usually helps.")
c4_bad = c("Hm. I've slept like this for thirty years and it only started last winter, so. ...This one is nicer on the hip, anyway.", None)
t5 = t("That's the medium-firm with the split core. It's 11,900 kronor for the 180, and you have 100 nights to return it if the pain doesn't get better.")
c6 = c("Twelve thousand. I'd want my husband to lie on it too before we decide.", "think_it_over")
t7 = t("Bring him on Saturday; I'll keep this model set aside for you both.")
PAIRS.append(rpair(
    "b47r_f01_malmo_mattress",
    "Bed shop, Malmö (Sweden): a woman with morning back pain thinks her old mattress is to blame.",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f02 --- fault: doubts the customer's honesty --------------------------------
c0 = c("Hello, the touch on my phone screen stopped working. I bought it from you four months ago, it has warranty, yes?", None)
t1 = t("Hello. Yes, twelve months' warranty. Did anything happen to it, a fall, water?")
c2 = c("No, nothing. It just stopped yesterday, lying on the table.", None)
t3_good = t("Okay, that happens with some screens. Let me run the diagnostics and check the water indicator, two minutes.")
c4_good = c("Sure, I'll wait.", None)
t3_bad = t("Hm, screens don't usually die lying on a table. Are you sure nobody dropped it? People often say 'nothing happened' and then we find water inside.")
c4_bad = c("I'm sure. Why would I lie to you? Check it yourself.", None)
t5 = t("The touch layer isn't responding, no cracks, and the water indicator is white, so it's a warranty repair. It takes three to five days; I can lend you a phone until then.")
c6 = c("Five days is long, I drive a taxi, I need Bolt. The phone you lend has apps?", None)
t7 = t("Yes, it's a normal Android, you log in to Bolt and WhatsApp. I'll call you the day yours is ready.")
PAIRS.append(rpair(
    "b47r_f02_kutaisi_phonerepair",
    "Phone shop and repair counter, Kutaisi (Georgia): a taxi driver brings back a four-month-old phone with a dead touchscreen.",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f03 --- fault: drops the price before asking anything -----------------------
c0 = c("Morning. You have brake pads for Haojue? For my okada.", None)
t1_good = t("Morning. Yes, we have them, 45,000 a set. Front or back, and is it disc or drum on yours?")
c2_good = c("Front, disc. It's squeaking and not stopping well.", None)
t1_bad = t("Morning. Yes! Normally 45,000, but for you I'll make it 35,000, best price in Bo.")
c2_bad = c("Okay... you didn't even ask which one. Front, disc. It's squeaking and not stopping well.", None)
t3 = t("Squeaking and weak braking can be the pads or the disc itself. Can I look at the disc before you buy anything? If the disc is scored, new pads won't stop you properly.")
c4 = c("The bike is outside. Look quick, please.", None)
t5 = t("Let's see first. ...The disc is fine, only the pads are finished, metal on metal. I can fit them now, 10,000 for the fitting, or you fit them yourself.")
c6 = c("Fit them. I have to be on the road by noon.", None)
t7 = t("Twenty minutes. Pay at the counter when it's done, and test the brake on the road before you carry passengers.")
PAIRS.append(rpair(
    "b47r_f03_bo_motoparts",
    "Motorbike spare-parts shop, Bo (Sierra Leone): a motorbike-taxi rider asks for brake pads.",
    better=[c0, t1_good, c2_good, t3, c4, t5, c6, t7],
    worse=[c0, t1_bad, c2_bad, t3, c4, t5, c6, t7],
))

# f04 --- fault: an unasked lecture -------------------------------------------
c0 = c("hi we want to book a spa weekend for my parents anniversary, 40 years. they are 68 and 70", None)
t1 = t("Congratulations to them! Do they like the pools and saunas, or more quiet things like massage and good food?")
c2 = c("dad loves sauna, mom has blood pressure, she cant do hot sauna. they like eating well lol", None)
t3_good = t("Then the two-night package with dinner both nights. There's a warm pool and a 45-degree infrared room your mum can use, and your dad gets the smoke sauna on Saturday. Would they like a couples massage too?")
c4_good = c("massage yes maybe. how much is all together with massage", None)
t3_bad = t("Just so you know, at their age sauna is something to be careful with. Heat and blood pressure are a serious combination; doctors say over 65 you should keep it to ten minutes, drink a lot and no alcohol before. Anyway: the two-night package with dinner both nights, a warm pool and an infrared room, and the smoke sauna on Saturday. Would they like a couples massage too?")
c4_bad = c("uh ok, i know my parents lol, dad has done sauna for 70 years. how much is all together with massage", None)
t5 = t("Two nights with dinners is 420 for the two of them, and the couples massage 110. So 530 in total.")
c6 = c("530 is a bit over what we wanted, me and my sister are sharing it. without massage is fine", "too_expensive")
t7 = t("Then 420 without. I'll put a card from you both in their room. Which dates?")
PAIRS.append(rpair(
    "b47r_f04_parnu_spa",
    "Spa hotel web chat, Pärnu (Estonia): a daughter books an anniversary weekend for her parents.",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f05 --- fault: a vague next step --------------------------------------------
c0 = c("Salam. We have a small hotel in Ganja, 14 rooms. The Wi-Fi upstairs is terrible, guests write about it in the reviews.", None)
t1 = t("Salam. Is the internet line itself slow, or is it the signal upstairs? Do guests complain in the lobby too?")
c2 = c("The lobby is fine. Second floor, the rooms at the end, almost nothing.", None)
t3 = t("Then the line is okay and it's coverage. Two or three cabled access points on the second floor would fix it, about 900 manat with installation. I'd want to measure first, though; the walls in the old buildings here can be thick.")
c4 = c("900 is okay, if it really works upstairs.", None)
t5_good = t("Cabled points don't just repeat a weak signal the way plug-in extenders do. I'll come on Thursday at 11 to measure and send the final quote on Friday. And if after installation the end rooms don't get 20 megabits, we come back for free.")
c6_good = c("Thursday at 11 is good. I'll be here.", None)
t5_bad = t("Cabled points don't just repeat a weak signal the way plug-in extenders do. Okay, our team will be in touch to arrange something soon.")
c6_bad = c("Soon when? The season starts in two weeks. ...Okay, I'll wait, I suppose.", None)
PAIRS.append(rpair(
    "b47r_f05_ganja_hotelwifi",
    "Business internet provider, Ganja (Azerbaijan): a hotel owner asks about fixing weak Wi-Fi on the upper floor.",
    better=[c0, t1, c2, t3, c4, t5_good, c6_good],
    worse=[c0, t1, c2, t3, c4, t5_bad, c6_bad],
))

# f06 --- fault: over-promises ------------------------------------------------
c0 = c("Hi, we want to redo our kitchen, the old one is from the eighties. We have a baby coming in May, so it must be done before that.", None)
t1 = t("Congratulations! Is it just cabinets and worktop, or also moving plumbing and electrics?")
c2 = c("We'd like the sink moved to the window. And a new floor.", None)
t3 = t("Moving the sink means a plumber and probably opening the floor, so it's a bigger job. What budget do you have in mind?")
c4 = c("Maybe 150,000 kroner. Our neighbour paid 200 and said it went over.", None)
t5_good = t("150 is realistic if the plumbing is straightforward; I'd want to see under the floor first. On timing: if we order cabinets by mid-February, delivery is five to six weeks and fitting two, so end of April is possible but tight. If the floor surprises us it could slip, so I'd plan a temporary kitchen just in case.")
c6_good = c("Tight but honest. Okay, come and have a look this week.", None)
t5_bad = t("No problem at all. We'll have it done well before May and within 150, guaranteed, sink move included. We've never gone over budget.")
c6_bad = c("Guaranteed, without seeing the floor? Hmm. My neighbour's builder said exactly that. I think we'll get another quote first.", "think_it_over")
PAIRS.append(rpair(
    "b47r_f06_aalborg_kitchen",
    "Kitchen renovation firm, Aalborg (Denmark): expecting parents want a new kitchen before the baby arrives.",
    better=[c0, t1, c2, t3, c4, t5_good, c6_good],
    worse=[c0, t1, c2, t3, c4, t5_bad, c6_bad],
))

# f07 --- fault: closes before checking the thing works -----------------------
c0 = c("Hello. We have three shops, building materials, in Karaganda. Stock is in Excel and we never know what's where.", None)
t1 = t("Hello. Do you use a cash-register program already, and do you want stock to update automatically from sales?")
c2 = c("Two shops have registers with 1C. The third has an old register, only paper receipts.", None)
t3 = t("Our system syncs with 1C, so two shops are straightforward; the third would need a tablet with a scanner instead of the old register. The licence for three shops is 45,000 tenge a month, plus about 180,000 once for the tablet.")
c4 = c("45 a month is more than I expected. Our accountant says Excel is free.", "too_expensive")
t5_good = t("Excel is free; the lost stock isn't. But don't pay on my word: we connect one shop's 1C for two weeks, free, and you check whether the counts match the shelves. Then you decide.")
c6_good = c("Two weeks free, that I can try. The Maikuduk shop, then.", None)
t5_bad = t("I understand. So let's sign today for all three shops and the tablet, and our technicians will sort out the 1C connection during installation. Shall I send the contract?")
c6_bad = c("Sign before we know it works with our 1C? No, I need to think, and talk to my partner.", "think_it_over")
PAIRS.append(rpair(
    "b47r_f07_karaganda_inventory",
    "Inventory-software reseller, Karaganda (Kazakhstan): the owner of three building-materials shops asks about stock software.",
    better=[c0, t1, c2, t3, c4, t5_good, c6_good],
    worse=[c0, t1, c2, t3, c4, t5_bad, c6_bad],
))

# f08 --- fault: recommends before asking -------------------------------------
c0 = c("Hello, I want a new phone. My old one is too slow.", None)
t1_good = t("Hello. What do you use it for most: WhatsApp, photos, mobile money, games? And what budget do you have in mind?")
c2_good = c("WhatsApp, MoMo, and photos of my goods for customers, I sell fabric. Budget maybe 2,000 cedis.", None)
t1_bad = t("Hello! Take this one, the Samsung A55, 5,800 cedis, the best camera in the shop. You'll love it.")
c2_bad = c("5,800? No, that's too much for me. I only need WhatsApp, MoMo and photos of my goods for customers, I sell fabric. Maybe 2,000.", "too_expensive")
t3 = t("For product photos the camera matters most. Around 2,000 there's the Tecno Camon at 1,950: good camera in daylight, big battery. Do you take the photos in the shop or outside?")
c4 = c("In the shop. The light is not so good there.", None)
t5 = t("Then look at this sample photo taken indoors: okay, a bit soft. With a small LED light, 80 cedis, your photos would look better than with any phone in your budget.")
c6 = c("Let me see... yes, okay, I'll take the Tecno. The light, maybe next time.", "no_need")
t7 = t("No problem. I'll move your WhatsApp and contacts over from the old one now.")
PAIRS.append(rpair(
    "b47r_f08_takoradi_phone",
    "Mobile phone shop, Takoradi (Ghana): a fabric seller wants to replace her slow phone.",
    better=[c0, t1_good, c2_good, t3, c4, t5, c6, t7],
    worse=[c0, t1_bad, c2_bad, t3, c4, t5, c6, t7],
))

# f09 --- fault: unexplained jargon -------------------------------------------
c0 = c("Hi. We want to buy our first flat in Klaipėda, around 120,000. My partner and I both work. Honestly, we don't know where to start.", None)
t1 = t("Congratulations on the step. Roughly what do you both earn per month, net, and do you have savings for the down payment?")
c2 = c("Together about 2,800 net. We saved 18,000.", None)
t3_good = t("Then you're in a good place. The bank needs at least 15% of the price from you, that's 18,000, so you just make it; notary and fees are extra, about 1,500. Over 30 years the monthly payment would be around 520 euros, and the rule is it can't be more than 40% of your income, so that's fine.")
c4_good = c("520 a month, that's less than our rent now. But the extra fees, we don't have another 1,500 right now.", "no_money")
t3_bad = t("Then you're fine on DSTI, well under 40%, and with 15% down your LTV is 85, which is the max. Over 30 years at 6M Euribor plus margin you'd be around 520. Notary and fees on top.")
c4_bad = c("Sorry, DS-what? LTV? I got lost. 520 a month I understood, that's less than our rent. But the fees on top, we don't have more money right now.", "no_money")
t5 = t("Then save for two or three more months before signing, or ask about the state support for young families, you may qualify. I'll send you a checklist of documents.")
c6 = c("We're 31 and 33, is that young enough?", None)
t7 = t("Yes, up to 36. Come in together next week and I'll do the exact calculation with both your payslips.")
PAIRS.append(rpair(
    "b47r_f09_klaipeda_mortgage",
    "Bank mortgage adviser, Klaipėda (Lithuania): a young couple asks where to start with their first home loan.",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f10 --- fault: talks about themselves ---------------------------------------
c0 = c("Assalomu alaykum. My wedding is in September, I'm looking for a photographer. We want natural photos, not the posed ones with the doves.", None)
t1 = t("Congratulations! Natural, I understand. Tell me about the day: how many guests, and which moments matter most to you?")
c2 = c("Around 400 guests, it's a normal Uzbek wedding. For me the morning with my family, the nahor osh, and my grandmother. She's 92.", None)
t3_good = t("Then I'd start early at the morning osh and stay close to your family before the crowd comes, that's where the natural photos are. With 400 guests I'd bring a second photographer for the hall, so the family moments don't get lost.")
c4_good = c("Yes, exactly. My grandmother, I want many photos with her.", None)
t3_bad = t("I love it. You know, I've shot more than 300 weddings; I started in 2012 with my father's camera, I won second place in a competition in Dubai last year, and the Hyatt uses my photos in its brochure. Natural is my signature style.")
c4_bad = c("Okay... that's nice. But what about my grandmother, the morning osh?", None)
t5 = t("The morning with your family and your grandmother, then the hall with a second photographer. The full day with two photographers is 9 million sum.")
c6 = c("9 million is a lot. My cousin paid 5 for her photographer.", "too_expensive")
t7 = t("Hers may have been one photographer for the evening only. I can do just the morning and the ceremony for 5.5; you'd have your grandmother, and we skip the hall.")
PAIRS.append(rpair(
    "b47r_f10_tashkent_wedding",
    "Wedding photographer, Tashkent (Uzbekistan): a bride-to-be looks for a photographer for a large family wedding.",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))
