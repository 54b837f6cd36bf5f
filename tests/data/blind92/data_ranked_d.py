"""Ranked pairs d01-d10 of blind92 (written by hand): two decent conversations, `better` is better."""
from common import c, t, rpair

PAIRS = []

# d01 Amman, kitchen floor tiles
o = c("Hello, I saw this tile on Instagram, white and glossy, for the kitchen floor. Do you have it? I have the photo.", None)
PAIRS.append(rpair(
    "b92r_d01_amman_kitchen_tiles",
    "Tile showroom in Amman: a mother of three boys wants a polished white floor tile she saw online for an open kitchen.",
    [o,
     t("Hello, let me see... a 60 by 60 polished porcelain, we have one very close. Before I bring it: floor or walls? In the photo it's a floor."),
     c("The floor. The kitchen is open to the living room, I want it bright.", None),
     t("Bright makes sense. One honest thing: polished white on a kitchen floor gets slippery with a drop of oil or water and shows every footprint. Do you cook a lot, children at home?"),
     c("Every day, and I have three boys. Hmm, I didn't think about that.", None),
     t("Then see this one: white with a satin finish, nearly as bright in the room, but it grips and hides marks. Polished is 14 a metre, satin 15. Take both samples, put a drop of oil on each and walk on them in socks."),
     c("Good idea. I'll take both, my husband will want to see anyway.", "think_it_over"),
     t("Of course. My card, with both codes. We have 90 metres of each in stock if you decide this week.")],
    [o,
     t("Hello, let me see... a 60 by 60 polished porcelain. We have one very close, the Bianco Lux, 14 dinars a metre."),
     c("Nice. It's for the kitchen floor, open to the living room. I want it bright.", None),
     t("It will be very bright, it reflects the light beautifully. How many metres, kitchen and living room together?"),
     c("About 45. Is 14 the final price?", None),
     t("For 45 metres I can do 13.5. It's in stock, delivery in two days."),
     c("Okay, let me ask my husband and I'll call you.", "think_it_over"),
     t("Sure, here's my card with the code.")]))

# d02 Muscat, phone lines for a new dental clinic
o = c("Hi, we're opening a dental clinic in Al Khuwair next month. We need phone lines. What do you have?", None)
PAIRS.append(rpair(
    "b92r_d02_muscat_clinic_lines",
    "Telecom business desk, Muscat: the office manager of a new dental clinic asks about phone lines.",
    [o,
     t("Congratulations on the clinic. How do your patients usually reach you, calls or WhatsApp? And how many people will answer?"),
     c("Two receptionists. Patients here mostly WhatsApp, but the older ones call. The doctors need mobiles too.", None),
     t("So one main number patients remember, answered by both receptionists and working on WhatsApp Business, plus mobiles for the doctors. Right? How many doctors?"),
     c("Yes. Three doctors, but they have their own mobiles, I don't think they want new SIMs.", "no_need"),
     t("Then skip them for now. A fixed number with two lines in a group, so if one receptionist is busy it rings the other, 18 rials a month, and the same number on WhatsApp Business on the reception tablet. When do you open? We'd install a week before."),
     c("The 15th. 18 is fine, but I'll show the owner first.", "think_it_over"),
     t("I'll put it on one page for him. The main number is the one to fix before you print the cards; doctors' lines can be added any time.")],
    [o,
     t("Congratulations! For clinics we have the Business Office pack: two fixed lines and three mobile SIMs, 45 rials a month."),
     c("Two receptionists, yes, and three doctors. What about WhatsApp? Our patients use it a lot.", None),
     t("You can download WhatsApp Business on any phone, it's free. The fixed lines have caller ID and voicemail."),
     c("Okay. 45, I must check with the owner.", "think_it_over"),
     t("No problem. I'll email the pack details. Installation is three working days after signing."),
     c("Fine, thanks.", None)]))

# d03 Casablanca, private lab check-up
o = c("Bonjour, I want a full check-up. Everything. How much is the complete package?", None)
PAIRS.append(rpair(
    "b92r_d03_casablanca_lab_checkup",
    "Private lab in Casablanca: a 52-year-old man asks for 'everything' after his brother's heart attack.",
    [o,
     t("Bonjour monsieur. We can do that. May I ask what made you decide now? It helps me see which tests really matter for you."),
     c("My brother had a heart attack last month. He's 55, I'm 52. Honestly, I'm scared.", None),
     t("I'm sorry, I hope he's recovering. Then the heart is the priority: cholesterol with LDL and HDL, fasting sugar, HbA1c, kidney, and an ECG at the cardiology clinic next door. 780 dirhams. The complete package is 1,900, but half of it, allergies, vitamins, hormones, tells you nothing about your heart."),
     c("So 780 is enough? I thought more tests is safer.", None),
     t("For this worry, yes. And take the results to a cardiologist, with your brother's history. If he wants more, you come back for those. Come fasting, 10 hours, any morning from 7."),
     c("Wakha. Tomorrow morning then. Merci beaucoup.", None)],
    [o,
     t("Bonjour. The complete package is 1,900 dirhams: blood count, cholesterol, sugar, liver, kidney, thyroid, vitamins, hormones, allergies. Very complete."),
     c("1,900... that's a lot. It's because my brother had a heart attack, I want to be sure.", "too_expensive"),
     t("I understand. Cholesterol and sugar are in it, they're important for the heart. There's also the standard package at 950, without allergies and hormones."),
     c("Okay, the 950 then. Do I need to fast?", None),
     t("Yes, 10 hours. Come any morning from 7. Results in two days."),
     c("Fine, merci.", None)]))

# d04 Tunis, Deglet Nour dates to a London buyer
o = c("Hello, I'm Yusuf, I buy for six grocery shops in East London. Your price for Deglet Nour on the branch, 1 kilo boxes, for Ramadan?", None)
PAIRS.append(rpair(
    "b92r_d04_tunis_dates_london",
    "Date exporter in Tunis: a London grocery buyer with a mixed clientele asks for a Ramadan price.",
    [o,
     t("Hello Yusuf, happy to quote. Roughly how many boxes, and who buys them, mostly North African families or a mixed crowd? It changes what I'd offer."),
     c("Mixed. Algerians and Tunisians know Deglet Nour; my Bangladeshi customers buy the cheaper Iranian dates. Maybe 4,000 boxes.", None),
     t("Then split it: 2,500 premium branch boxes for those who know it, and 1,500 pitted Deglet Nour in 500 g to compete with the Iranian on price. Branch is 3.10 euros a box FOB Rades, pitted 500 g 1.65. What did you pay last year?"),
     c("3.40 for branch from another exporter, but half the boxes had crushed dates. So price isn't everything for me now.", "bad_experience"),
     t("That's why our branch goes in a rigid carton with a plastic tray; it costs us more, but it travels. Ramadan is early March, so shipping by 25 January reaches Felixstowe in time. I'll courier 5 boxes of each so you can check the packing yourself."),
     c("Yes, send them. If the packing is good, we talk.", None)],
    [o,
     t("Hello Yusuf. Our Deglet Nour branch, 1 kilo boxes, is 3.10 euros FOB Rades. Minimum is one 20-foot container, about 4,200 boxes."),
     c("3.10 is better than last year. But last year half the boxes came crushed, I'm careful now.", "bad_experience"),
     t("Our packing is very good, we export to France and Germany without problems. Shipping to Felixstowe is about 10 days."),
     c("Okay. Send me a proforma for one container.", None),
     t("Today. We need 30 percent deposit to start packing."),
     c("Fine.", None)]))

# d05 Irbid, driving lessons for a widowed mother (son speaks first)
o = c("Good evening. I'm here for my mother, she wants to learn to drive. She's 55. She's a bit shy to ask herself.", None)
PAIRS.append(rpair(
    "b92r_d05_irbid_driving_mother",
    "Driving school in Irbid: a son brings his recently widowed 55-year-old mother, who has never driven.",
    [o,
     t("Good evening, welcome to you both. Madam, nice to meet you. May I ask you directly: what made you want to drive now?"),
     c("Since my husband died, God rest him, I need my son for everything, the market, the doctor. I want to go alone.", None),
     t("Allah yerhamo. That's a very good reason. Have you ever driven, madam, even in an empty street?"),
     c("Never. I sat next to my husband forty years. I know the roads, not the car.", None),
     t("Knowing the roads is half of it. I'd suggest a lady instructor, Miss Dana, an automatic, starting in the quiet streets near the university in the morning. 20 lessons, 300 dinars, paid 100 a month."),
     c("Morning is good. 300 is okay, my son... no, I pay it myself, from my pension.", None),
     t("Then one lesson first, Sunday at nine. If you feel at ease with Miss Dana, we continue.")],
    [o,
     t("Good evening. She's very welcome, we have many ladies her age. The package is 20 lessons, 300 dinars, automatic or manual."),
     c("Automatic, I think. She's nervous. Do you have a lady instructor?", None),
     t("Yes, Miss Dana. Lessons are one hour, mornings or afternoons."),
     c("Mornings. Can she pay monthly?", None),
     t("Yes, 100 a month for three months. Shall we book the first lesson Sunday at nine?"),
     c("Yes, okay. Sunday.", None)]))

# d06 Alexandria, buying an AC
o = c("Salam, how much is the 2.25 horse AC, cold only? For the living room.", None)
PAIRS.append(rpair(
    "b92r_d06_alexandria_ac_purchase",
    "Appliance showroom in Alexandria: a man asks the price of a 2.25 HP cold-only AC for a west-facing living room.",
    [o,
     t("Wa alaikum salam. The Sharp 2.25 cold-only is 38,500, the inverter 46,000. Before you choose: how big is the room and which way does it face? Sometimes 2.25 is too much or too little."),
     c("About 30 metres, west, the afternoon sun hits hard. And the electricity bill is killing me already.", None),
     t("West-facing 30 metres, 2.25 is right. Since the bill worries you: eight hours a day in summer, the inverter uses about 30 percent less, roughly 300 pounds a month at the new tariffs. The extra 7,500 comes back in about three summers."),
     c("Three summers, hmm. But I don't have 46,000 now.", "no_money"),
     t("There's 12 months with the bank, no interest, about 3,850 a month for the inverter. Or take the cold-only if cash is tight; it's a good unit, it just costs more to run. Both with installation."),
     c("Let me see with the instalments. I'll bring my ID tomorrow.", None)],
    [o,
     t("Wa alaikum salam. The Sharp 2.25 cold-only is 38,500 with installation. Very good unit, five years on the compressor."),
     c("Okay. Is it enough for 30 metres? The room faces west.", None),
     t("Yes, 2.25 is fine for 30 metres. There's also the inverter at 46,000 if you want to save on electricity."),
     c("46,000 I can't now. The 38,500, can I pay in instalments?", "no_money"),
     t("Yes, 12 months with the bank, about 3,200 a month. Bring your ID and a utility bill."),
     c("Okay, tomorrow then.", None)]))

# d07 Beirut, rooftop wedding venue
o = c("Hi, we're looking for a venue for our wedding, end of August, a rooftop maybe, about 150 people. What are your packages?", None)
PAIRS.append(rpair(
    "b92r_d07_beirut_rooftop_wedding",
    "Event venue in Beirut: a bride with many guests flying in from Canada and a fixed budget asks for packages.",
    [o,
     t("Hi, congratulations! Before packages, tell me about the wedding you picture: big party, dinner, dancing? And are many guests coming from abroad?"),
     c("Half of them, my fiance's family is in Montreal. Something relaxed, good food, dancing, not a huge zaffe show.", None),
     t("Relaxed, good food, dancing, and many people flying in. Late August the rooftop is lovely but hot until nine, would you start after sunset? And is the date fixed or does it depend on flights?"),
     c("After sunset is fine. The date depends on their flights, the 23rd or the 30th. We said 12,000 dollars maximum, everything.", None),
     t("For 150 at 12,000 all in: the rooftop with open buffet, DJ and simple decoration is 75 a person, 11,250. No zaffe saves about 1,500. I'll hold both the 23rd and the 30th for ten days without deposit, so you can check flights with his family."),
     c("That's really kind. Yes, please hold both.", None)],
    [o,
     t("Hi, congratulations! Three packages: Silver at 65 dollars a person, Gold at 85 with zaffe and open bar, Platinum at 110 with everything."),
     c("150 people. We don't want a big zaffe. 12,000 maximum.", None),
     t("Then Silver fits, 9,750 for 150, with buffet, DJ and decoration. The rooftop is free on the 23rd and 30th of August."),
     c("Okay. We need to check with my fiance's family, they fly from Montreal.", "think_it_over"),
     t("Sure. A 30 percent deposit confirms the date. Let me know soon, August fills up."),
     c("Okay, we'll let you know.", "brush_off")]))

# d08 Salalah, school transport for two daughters
o = c("Good morning. I need school transport for my two daughters, from Al Dahariz. They go to different schools, that's the problem.", None)
PAIRS.append(rpair(
    "b92r_d08_salalah_school_transport",
    "School transport company in Salalah: a mother needs one service for two daughters at two schools with different hours.",
    [o,
     t("Good morning. Two schools is common, we can work with that. Which schools, and what time does each start and finish?"),
     c("The older, 14, at the Indian school, 7:15 to 1:30. The small one, 8, at a private school in Al Saada, 7:30 to 12:45.", None),
     t("So two routes. The morning Dahariz bus does the Indian school first, then Al Saada; the little one rides about 35 minutes. She finishes earlier, so a different bus after school. Is someone home at one?"),
     c("My mother-in-law, yes. And the small one is a bit scared of big buses, the older kids are noisy.", None),
     t("Then our primary-only minibus for her: only little ones, with a lady supervisor. 45 rials a month for the older, 40 for the small. She can try a week first."),
     c("A week's try is good. 85 total is okay.", None)],
    [o,
     t("Good morning. Yes, we cover Al Dahariz, 45 rials a month per child, 90 for two. Which schools?"),
     c("The Indian school, and a private school in Al Saada. Different times.", None),
     t("We have buses to both. Pick-up in Dahariz around 6:40, and in the afternoon each one after her school finishes."),
     c("The small one is a bit scared of big buses. Is there a supervisor?", None),
     t("Yes, every bus has one. Don't worry, children get used to it quickly."),
     c("90... the school's own bus is 80 for both. But it comes at 6:15. Okay, I'll register them.", "too_expensive")]))

# d09 Fes, Ramadan umrah for elderly parents (son pays)
o = c("Salam, I want to book umrah for my parents, the last ten days of Ramadan. They're 78 and 74. I pay, whatever it costs.", None)
PAIRS.append(rpair(
    "b92r_d09_fes_ramadan_umrah",
    "Umrah agency in Fes: a son books the last ten days of Ramadan for his parents aged 78 and 74; his father uses a cane.",
    [o,
     t("Salam, may Allah accept from them. The last ten days are special, and also the most crowded of the year. How are your parents in health, and how do they walk?"),
     c("My father walks with a cane. My mother is okay, she gets tired. They insist on Ramadan, it's their dream.", None),
     t("Then let's make the dream possible, not painful. Entering the Haram can take an hour then. I'd want a hotel within 500 metres, wheelchairs booked for tawaf and sa'i, and someone travelling with them. You, or a sister or brother?"),
     c("I can't go, work. My sister maybe. Honestly, I didn't think of all this.", None),
     t("With your sister it changes everything. The near hotel in the last ten days is 52,000 a person, wheelchairs included. Please ask their doctor for a letter; heat and fasting at 78 are not small. If he hesitates, early Shawwal is much calmer and 30 percent cheaper."),
     c("Let me talk to my sister and the doctor first. Can you hold places?", "think_it_over"),
     t("Three places for one week, no deposit. I'll send the details on WhatsApp tonight.")],
    [o,
     t("Salam, may Allah accept from them. For the last ten days we have the premium package: hotel 300 metres from the Haram, 52,000 per person, flights via Casablanca."),
     c("Good. My father walks with a cane, is the hotel far?", None),
     t("Only 300 metres, very close. We can book a wheelchair for the tawaf too, 800 dirhams."),
     c("Okay, book a wheelchair for him. When do I pay?", None),
     t("A deposit of 20,000 this week, the rest by mid-Shaaban. Bring their passports."),
     c("Okay, I'll bring them Monday.", None)]))

# d10 Sfax, cooker on instalments for a home baker
o = c("Bonjour, je voudrais une cuisiniere with oven, on facilities. Four burners, nothing fancy.", None)
PAIRS.append(rpair(
    "b92r_d10_sfax_cooker_baker",
    "Appliance shop in Sfax selling on instalments: a woman asks for a plain four-burner cooker; she bakes pastries to order.",
    [o,
     t("Bonjour madame. What do you cook most in the oven, daily meals or baking? The oven is where cookers really differ."),
     c("Baking, a lot. I make gateaux for weddings from home, baklawa, kaak warka, on order.", None),
     t("Then the oven is your work tool. For pastry you want a fan oven with a real thermostat; cheap ones swing 20 degrees and burn the bottoms. This Candy 90 cm has a fan and takes two trays: 1,650 dinars, or 12 months at 150. The basic 60 cm is 890, one tray, no fan."),
     c("1,650 is a lot... but two trays, I'd do the orders in half the time. Hmm.", "too_expensive"),
     t("It only pays if orders are steady. How many in a normal month?"),
     c("In the wedding season, summer, maybe 15. In winter 4 or 5.", None),
     t("Then two or three orders a month cover 150. Or 18 months at 105, so winter isn't tight. Bring your CIN and a pay slip or your patente.")],
    [o,
     t("Bonjour madame. Four burners with oven: this 60 cm Candy is 890 dinars, or 12 months at 82. Gas or electric oven?"),
     c("Gas is cheaper, no? Gas. I bake a lot, gateaux on order.", None),
     t("Gas is cheaper to run, yes. This one has a gas oven with a grill. Very reliable."),
     c("82 a month is okay. Does it have the fan?", None),
     t("No, the fan models are 1,650. This one is fine for home baking."),
     c("Okay, the 890 one. What papers do I need?", None)]))
