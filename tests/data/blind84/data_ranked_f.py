"""Ranked pairs f01-f10 (same turns except one fault in worse and the customer's reaction), blind84."""
from common import c, rpair, t

PAIRS = []

# f01 car rental return, Casablanca - fault: doubts the customer's honesty
_o = c("Bonsoir. I bring back the Dacia. There is a scratch on the back door, but it was there when I took it, I have the photo from the parking, look.", None)
_t1 = t("Bonsoir, and thank you for bringing it back on time. Let me see the photo... what time was it taken?")
_c1 = c("Tuesday, 10:14, here, the date is on it. Before I left the airport parking.", None)
_t3 = t("Send me the photo on WhatsApp and I attach it to the file; then the 1,500 deposit is released in full. It shows on your card in five to seven days.")
_c3 = c("Okay, five to seven days. Where do I leave the key?", None)
_t4 = t("Here with me. Bon retour, and safe flight to Lyon.")
PAIRS.append(rpair(
    "b84r_f01_casablanca_car_return",
    "Car rental return desk, Casablanca airport, Morocco. A Moroccan living in France returns a car with a scratch he photographed before driving off. Fault in worse: the agent doubts his honesty.",
    [_o, _t1, _c1,
     t("Yes, same scratch, same place on the door. It isn't on the check-out sheet, so my colleague missed it — I'm noting that it was there before your rental."),
     c("Good. I was afraid you would take it from the deposit.", None),
     _t3, _c3, _t4],
    [_o, _t1, _c1,
     t("Hmm. Photos can be taken any time, you know, and the check-out sheet shows no scratch. How do I know this didn't happen yesterday in the medina? People try this every week."),
     c("You think I'm lying? The time is on the photo! I rent from you every summer, three years now.", None),
     _t3, _c3, _t4]))

# f02 pharmacy, Amman - fault: an unasked lecture
_o = c("Good evening. I need the syrup for fever, for my son, he's two and a half. Since yesterday 38.5, he's tired, he lies on the sofa with the tablet watching cartoons all day.", None)
_t1 = t("Good evening. Poor thing. How much does he weigh, roughly? The dose goes by weight, not age.")
_c1 = c("Thirteen kilos, I think. Last month at the clinic it was 13.", None)
_t3 = t("Small sips often — water, juice, whatever he takes. If the fever goes over 39.5, if his nappy stays dry for eight hours, or it lasts past three days, take him to the doctor. The syrup is 2.40 dinars.")
_c3 = c("Okay. Thank you.", None)
PAIRS.append(rpair(
    "b84r_f02_amman_pharmacy_fever_syrup",
    "Pharmacy, Amman, Jordan. A mother buys fever syrup for a sick toddler. Fault in worse: an unasked lecture about screen time.",
    [_o, _t1, _c1,
     t("Then 6 ml of this paracetamol syrup, every six hours if he needs it, not more than four times a day. Use the syringe in the box, not a kitchen spoon. Is he drinking?"),
     c("A little juice, not much water. Eating, almost nothing.", None),
     _t3, _c3],
    [_o, _t1, _c1,
     t("Then 6 ml every six hours. But honestly — a tablet all day at two and a half? No screens under three, the doctors say. It's bad for speech and for sleep, and then parents come here asking for melatonin. You should really take it away from him."),
     c("He has fever, what should I do, read him poetry? I just need the syrup.", None),
     _t3, _c3]))

# f03 olive mill (lagar), Alentejo - fault: a vague next step
_o = c("Bom dia. I have a restaurant in Evora, Alentejo food. I use maybe 50 litres of oil a month, now from the supermarket, and customers ask if it's local. Do you sell to restaurants?", None)
_t1 = t("Bom dia. Yes, we supply a few restaurants around Evora. Is it for cooking, for the table, or both? Often that's two different oils.")
_c1 = c("Both. For frying the migas and the cooking, something cheaper. For the table, on the bread, something with a name we can say.", None)
_t2 = t("Then two: our Galega blend in 5-litre cans for the kitchen, 6.20 a litre, and the single-estate Cobrancosa in 500 ml bottles with our label for the table, 4.80 a bottle.")
_c2 = c("6.20 against the 5 I pay now, for 40 litres that's almost 50 euro more a month. I don't know.", "too_expensive")
PAIRS.append(rpair(
    "b84r_f03_evora_olive_oil_restaurant",
    "Olive mill selling to restaurants, Alentejo, Portugal. A restaurant owner wants local oil for kitchen and table. Fault in worse: a vague next step.",
    [_o, _t1, _c1, _t2, _c2,
     t("It is more. Taste first — the Galega is mild, good for frying; if your cook can't tell the difference in the migas, keep your kitchen oil and take only the table one. I can come Thursday at eleven, before lunch service, twenty minutes, with both."),
     c("Thursday at eleven is good, my cook is there. Bring the bottles.", None)],
    [_o, _t1, _c1, _t2, _c2,
     t("It is more, but taste is everything. Someone from the team will be in touch to organise a tasting at some point, and we'll let you know."),
     c("At some point... okay. If I remember, I call you.", "brush_off")]))

# f04 umrah agency, Zarqa (Jordan) - fault: over-promises
_o = c("Hi. Me and my husband want umrah in the mid-year school break, end of January, with the kids, two and five. How fast is the visa, and can we have a room with the view of the Kaaba? My mother-in-law says it's a must.", None)
_t1 = t("Hi, welcome. End of January with small kids is a good choice, the weather is mild. Kaaba-view rooms exist, but they're in the clock-tower hotels and expensive for a family. Roughly what's your budget for the four of you?")
_c1 = c("Maybe 2,500 dinars all together. Is that enough for the view?", None)
_t3 = t("There are family rooms, two big beds and a cot on request. I'll send you the hotel with photos on WhatsApp, and the price for five nights.")
_c3 = c("Send it. I show my husband tonight.", "think_it_over")
PAIRS.append(rpair(
    "b84r_f04_zarqa_umrah_family",
    "Umrah travel agency, Zarqa, Jordan. A young mother asks about umrah in the school break with small children, a fast visa and a Kaaba-view room. Fault in worse: over-promises.",
    [_o, _t1, _c1,
     t("Honestly, not for a view room in the break — those start around 900 a night. 2,500 gets you five nights in a good hotel 400 metres away, flights and visas. The visa usually takes three to five working days; I'd apply two weeks ahead, because in the break it can be slower."),
     c("No view then. My mother-in-law will be disappointed, but okay. And for the kids, are there family rooms?", None),
     _t3, _c3],
    [_o, _t1, _c1,
     t("Don't worry, leave it to me — I'll get you a Kaaba view within your budget, guaranteed, and the visa comes in 24 hours, always. Book your flights for any day you like."),
     c("Really? A view for 2,500? My friend said it's impossible... but okay, if you say so. And for the kids, are there family rooms?", None),
     _t3, _c3]))

# f05 marble quarry and workshop, Estremoz - fault: drops the price before asking anything
_o = c("Boa tarde. I'm an architect, I have a client in Lisbon who wants Estremoz marble for a kitchen island, 3 metres by 1.2. What can you offer?", None)
_t2 = t("Then Rosa Aurora, honed not polished — the patina looks natural on honed. One slab, cut, edged and fitted, around 2,900. I'd recommend your client comes to choose the slab; the veining varies a lot.")
_c2 = c("They're in Lisbon, it's two hours each way. Can't you send photos?", "no_time")
_t3 = t("I'll send photos and a video of three slabs this week, with their numbers. But for the centre of the kitchen I'd still say come — most clients find the one they love in ten minutes.")
_c3 = c("Send the photos first, I see with them.", "think_it_over")
PAIRS.append(rpair(
    "b84r_f05_estremoz_marble_island",
    "Marble workshop, Estremoz, Portugal. An architect asks for Estremoz marble for a client's kitchen island. Fault in worse: a discount offered before anything is asked.",
    [_o,
     t("Boa tarde. At that size we cut it from one slab, so there's no joint. Do they cook a lot? Marble marks with lemon and wine; some clients love the patina, others hate it."),
     c("A couple, they cook a lot, yes. They know it marks — they saw it in Italy and like the old look.", None),
     _t2, _c2, _t3, _c3],
    [_o,
     t("Boa tarde. For you I can already do 15% off the list price, and free delivery to Lisbon — we like working with architects."),
     c("Fifteen percent off what? I haven't told you anything yet. They cook a lot, and they like the old look, they know it marks.", None),
     _t2, _c2, _t3, _c3]))

# f06 private hospital, Sidon - fault: unexplained jargon
_o = c("Good evening. My father has the angiography tomorrow morning. The doctor explained, but he was quick, and my father is scared. Can you tell us what happens?", None)
_t1 = t("Good evening. Of course. Is he here with you? I'll explain to you both, take your time with questions.")
_c1 = c("Yes, he's here. He asks: will he be asleep?", None)
_t3 = t("If a vessel is narrow, the doctor can often open it straight away with a small balloon and a stent — a tiny mesh tube — in the same session. He'll tell you first, and your father can say no. Either way he sleeps here tomorrow night and goes home the day after.")
_c3 = c("Thank you. He says he'll try to sleep now.", None)
PAIRS.append(rpair(
    "b84r_f06_sidon_angiography",
    "Cardiology ward of a private hospital, Sidon, Lebanon. A son asks a nurse to explain tomorrow's angiography to his frightened father. Fault in worse: unexplained jargon.",
    [_o, _t1, _c1,
     t("No, he'll be awake but relaxed — we give him something to calm him. The doctor numbs a small spot on the wrist, slides a thin tube into the artery and sends a dye so the heart's vessels show on the screen. Maybe a warm flush for a few seconds. About thirty minutes."),
     c("Okay, the wrist. He says that's better than he thought. And if they find something?", None),
     _t3, _c3],
    [_o, _t1, _c1,
     t("No, it's conscious sedation. Radial access with a 6 French sheath, then selective coronary angiography with contrast, and if there's a significant stenosis, PCI with a DES in the same session."),
     c("Sorry... he didn't understand anything, and me neither. Sheath? Stenosis? He's more scared now. What if they find something?", None),
     _t3, _c3]))

# f07 wedding caterer (traiteur), Tangier - fault: argues with the customer
_o = c("Salam. We're planning my son's wedding in June, 300 guests, in a hall in Tangier. I'm calling traiteurs. I was at a wedding you did last year, the Bennani family, and honestly the pastilla came cold.", "bad_experience")
_t2 = t("I know Salle Andalous, the kitchen is behind the stage, good access. For 300, the classic menu — pastilla, mechoui, tajine, fruit, the sweets — is 320 dirham a head. What budget per guest did you have in mind?")
_c2 = c("We said 280, maybe 300 maximum. And my wife wants the mechoui, no compromise.", "no_money")
_t3 = t("Then keep the mechoui and make the pastilla chicken instead of seafood — that brings it to 295. Come for a tasting Saturday with your wife, and taste the pastilla hot yourself.")
_c3 = c("Saturday, inshallah. I bring her.", None)
PAIRS.append(rpair(
    "b84r_f07_tangier_wedding_caterer",
    "Wedding caterer, Tangier, Morocco. A father planning his son's wedding says the caterer's food was cold at a wedding he attended. Fault in worse: the caterer argues with him.",
    [_o,
     t("Salam, thank you for telling me straight. The Bennani wedding, at the Malabata hall? That night the kitchen was on the far side and the pastillas waited too long. Since then we bring warming ovens to every venue. Which hall are you looking at?"),
     c("Ah, okay, at least you know. We're looking at Salle Andalous, near Boukhalef.", None),
     _t2, _c2, _t3, _c3],
    [_o,
     t("Cold? No, that's impossible, our pastilla is never cold. Maybe you were at a far table, or you came late to the dinner. Everybody else was very happy."),
     c("I was at the table next to the bride. I know what I ate. Anyway — we're looking at Salle Andalous, near Boukhalef.", "bad_experience"),
     _t2, _c2, _t3, _c3]))

# f08 telecom shop, Salalah - fault: closes before checking the thing works
_o = c("Salam alaikum. I want the home internet, the 5G router, for my farm in Taqah, outside Salalah. My children come for the khareef and they want internet.", None)
_t1 = t("Wa alaikum assalam. For the khareef, good idea. How many people, and what for — videos, school, work?")
_c1 = c("Maybe eight people in the summer. Videos, games, my son works online sometimes.", None)
_t2 = t("Then the 5G home plan, unlimited, 25 rial a month. Twelve months' contract and the router is free, or no contract: the router is 45 once and you pay only the months you use.")
_c2 = c("No contract. I only need July and August.", None)
PAIRS.append(rpair(
    "b84r_f08_salalah_farm_router",
    "Mobile operator shop, Salalah, Oman. A farmer wants a 5G home router for his farmhouse for the summer season. Fault in worse: the sale is closed before checking coverage at the farm.",
    [_o, _t1, _c1, _t2, _c2,
     t("Before you pay — where exactly is the farm? Let me check the map... 5G reaches the town, but behind the hills toward Wadi Darbat it's 4G only. If that's you, the 4G router is 30 and is fine for eight people."),
     c("The farm is on the Darbat road, yes, after the hill. Good you checked. The 4G then.", None)],
    [_o, _t1, _c1, _t2, _c2,
     t("Perfect, let's get you set up now — 45 for the router plus the first month, 70 rial. Card or cash?"),
     c("Cash... wait, does the 5G reach the farm? It's on the Darbat road, behind the hill. My cousin bought one and it didn't work there.", "bad_experience")]))

# f09 e-bike shop, Naples - fault: recommends before asking
_o = c("Buongiorno. I'm thinking about an electric bike. The car in Naples, the parking, the traffic, I'm exhausted. But I know nothing about them.", None)
_t2 = t("For the climb back to Vomero you want a mid-motor — it works through the gears, so it pulls up steep streets without overheating. This one with the Bosch motor, 2,390. A front motor would struggle on Via Tasso.")
_c2 = c("2,390! That's a lot. I was thinking around 1,500.", "too_expensive")
_t3 = t("I understand. Put it next to your parking and fuel — most people here spend 150 a month. Take it up Via Tasso for a test ride, with your work bag, and see if it's worth it to you.")
_c3 = c("Today I can't, I must pick up my daughter. Saturday morning?", "no_time")
_t4 = t("Saturday from nine. Come in the shoes you'd wear to work.")
PAIRS.append(rpair(
    "b84r_f09_naples_ebike",
    "Electric bike shop, Naples, Italy. A commuter tired of driving asks about e-bikes; her ride home is a steep climb. Fault in worse: a bike is recommended before anything is asked.",
    [_o,
     t("Buongiorno. Happy to help. Where would you ride — from where to where, and how steep? In Naples that changes everything."),
     c("From Vomero down to the office at Piazza Municipio, and back up in the evening. The way back up is the problem, it's very steep.", None),
     _t2, _c2, _t3, _c3, _t4],
    [_o,
     t("Buongiorno. Take this one, the city model with the front motor, 1,290 — our bestseller, light and cheap."),
     c("Hm, okay, but I live in Vomero and work at Piazza Municipio. Going back up in the evening is very steep. Is that one okay for that?", None),
     _t2, _c2, _t3, _c3, _t4]))

# f10 English language school, Valletta - fault: talks about themselves
_o = c("Hello. I am from Tripoli, Libya, I am an engineer. I need IELTS 6.5 for a master's in Manchester, the deadline is in three months. My last test I got 5.5, the writing was 5.", None)
_t1 = t("Hello, welcome. From 5.5 to 6.5 in three months is doable if we focus. The writing at 5 — do you know what pulled it down: structure, grammar, running out of time?")
_c1 = c("The comments say coherence. And I didn't finish task 2, I ran out of time.", None)
_t3 = t("Then the intensive alone is 1,980, inside the scholarship, and you add the writing clinic for the last four weeks only, 220. Do the placement test today, it's free.")
_c3 = c("Okay, the placement test. Now?", None)
_t4 = t("Now, room 4. Forty minutes.")
PAIRS.append(rpair(
    "b84r_f10_valletta_ielts_course",
    "English language school, Valletta, Malta. A Libyan engineer needs a higher IELTS score for a UK master's within three months. Fault in worse: the adviser talks about herself.",
    [_o, _t1, _c1,
     t("That's good news, actually — time and structure are the fastest things to fix. Our IELTS intensive is 20 hours a week, and I'd add the writing clinic: two essays a week corrected one-to-one. Twelve weeks, 2,640 euro with the clinic."),
     c("2,640 is more than I planned. My scholarship pays only 2,000 for the language.", "no_money"),
     _t3, _c3, _t4],
    [_o, _t1, _c1,
     t("Ah, I know exactly. When I did my teacher training in London I had a student just like you, and I did the IELTS myself for my residency in Canada — 8.5, by the way. Writing was always my strong side, I won a prize at university. Anyway, our IELTS intensive is 20 hours a week with a writing clinic. Twelve weeks, 2,640 euro with the clinic."),
     c("Good for you. But it's my test, not yours. And 2,640 is more than I planned — my scholarship pays only 2,000 for the language.", "no_money"),
     _t3, _c3, _t4]))
