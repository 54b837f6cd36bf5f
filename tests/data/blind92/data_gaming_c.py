"""Gaming pairs c01-c10 of blind92 (written by hand)."""
from common import c, t, gpair

PAIRS = []

# 6 putdown_question - Casablanca, private clinic bill
o = c("Bonjour. I must talk about my son's bill. You told me 8,000 dirhams for the tonsils operation. Now the bill says 11,500. Expliquez-moi.", None)
PAIRS.append(gpair(
    "b92g_casablanca_clinic_bill", "Private clinic billing desk, Casablanca (MAD)", "putdown_question",
    "A mother disputes a tonsillectomy bill 3,500 dirhams above the quote; her son stayed an extra night.",
    [o,
     t("Bonjour madame. A difference of 3,500 is a shock, I understand. Let me open the file: Yassine, operated on Tuesday?"),
     c("Yes, Yassine. Nobody told me anything about extra costs.", None),
     t("The quote is 8,000 for surgery and one night. The bill adds a second night, 2,200, and medication, 1,300. The note says he had a fever on Wednesday and the doctor kept him. Did anyone explain that to you?"),
     c("The nurse said he stays one more night, yes. But nobody said 2,200! I would have asked.", None),
     t("You should have been told the cost first, that's our failing. The night was medically needed so I can't remove it, but I'll ask the director to waive the admin part, about 700, and give you the detailed list. CNSS or private insurance?"),
     c("CNSS. They pay back only part, I know.", None),
     t("With the itemised invoice CNSS should cover part of the second night too. I'll prepare it now and call you this afternoon with the director's answer."),
     c("Okay. Before four please, after that I work.", None)],
    [o,
     t("Bonjour madame. Before we start, did you actually read the quote you signed, or only the total?"),
     c("Of course I read it. 8,000. Now it is 11,500.", None),
     t("Okay. And do you understand the difference between a quote and a final bill, or should I explain it?"),
     c("Don't talk to me like a child. Why 3,500 more?", None),
     t("Calm down, madame, I'm trying to help. Are you always this upset about medical costs, or only today?"),
     c("My son had an operation, I slept in this hospital three nights, and nobody told me the extra night costs. Yes, I'm upset.", None),
     t("So what I'm hearing is that you didn't ask the nurse about costs. Isn't it normal to ask before staying an extra night?"),
     c("I'm finished with you. I want the director, now.", None)]))

# 7 not_my_department_or_read_the_terms - Beirut, hotel phone line outage
o = c("Hello, Rana from the Cedar Boutique Hotel in Hamra. Our reservations line is dead since seven this morning. Guests can't reach us. I need someone now.", None)
PAIRS.append(gpair(
    "b92g_beirut_hotel_phone_outage", "Business telephony provider, Beirut (USD)", "not_my_department_or_read_the_terms",
    "A boutique hotel's reservations number has been dead since morning; the manager calls the provider.",
    [o,
     t("Hello Rana, sorry, a dead reservations line is urgent for a hotel. Is it only reservations, or the main number and extensions too?"),
     c("Only reservations. Reception works. Reservations gives a busy tone to everyone.", None),
     t("That helps. A busy tone on one number usually means its route to your cloud switchboard dropped. Checking... yes, the trunk for that number disconnected at 6:52. I can't repair it from here, but I can forward the number to reception right now so guests get through. Okay?"),
     c("Yes, please, do it.", None),
     t("Done. Try calling it from your mobile."),
     c("...It rings at reception. Thank God. When will it be really fixed?", None),
     t("An engineer has ticket 44817. I'll call you by 1 pm with news, and tell you honestly if it's not fixed. I'm also asking for a credit for today on your invoice."),
     c("Good. I'll wait for your call.", None)],
    [o,
     t("Hello Rana! Thank you for reaching out. I hear how important this is for you. How can I help today?"),
     c("I just said it. Reservations line dead since seven. Fix it.", None),
     t("I understand your frustration. Unfortunately technical issues are the network team, I'm in customer care."),
     c("Then transfer me to them.", None),
     t("They don't take calls directly, I'm afraid. You can open a ticket on the portal. Have you checked your SLA? Business Basic has a 48-hour response time."),
     c("48 hours?! I'm a hotel. We lose bookings every hour.", None),
     t("I totally understand. But I didn't write the SLA, madame. For faster response you could upgrade to Business Premium."),
     c("Upgrade? This is the third time this year you've left us without lines. I'm not giving you one more dollar.", "bad_experience"),
     t("Sorry you feel that way. Is there anything else I can help with?"),
     c("You haven't helped with anything.", None)]))

# 8 social_proof_or_deadline_pressure - Irbid, chest freezer for Eid
o = c("Masa el kheir. I want a freezer, the chest type, before Eid el Adha, for the meat. Can I pay monthly?", None)
PAIRS.append(gpair(
    "b92g_irbid_freezer_eid", "Home appliance shop with instalments, Irbid (JOD)", "social_proof_or_deadline_pressure",
    "A father in Irbid wants a chest freezer on monthly payments to store the meat of one Eid sacrifice.",
    [o,
     t("Masa el nour. Yes, monthly is possible. How much meat will you keep, a whole sheep or part? That decides the size."),
     c("One sheep; a third we give away, the rest we keep. Maybe 15, 20 kilos. And the usual frozen things.", None),
     t("Then 200 litres is enough, a 300 would be half empty. Where will it stand? Some roofs get very hot in summer, that's hard on the motor."),
     c("In the storeroom under the stairs. It's cool there.", None),
     t("Good. This 200-litre Beko is 210 dinars cash, or 30 down and 19 a month for 10 months. Free delivery in Irbid in two days."),
     c("19 a month is okay. But my brother saw one on sale at 180 in another shop.", "too_expensive"),
     t("Possible. Check it's the same size and has a warranty in Jordan; ours has two years on the compressor. If you find the same model cheaper with warranty, tell me and I'll try to match. Eid is three weeks away, you have time."),
     c("Fair. I'll get the shop's name from my brother and come back tomorrow.", "think_it_over")],
    [o,
     t("Masa el nour! Great timing. What's driving your decision to buy now?"),
     c("Eid. For the sheep meat. About 20 kilos.", None),
     t("Perfect. Honestly, half of Irbid is buying the 400-litre this week, thirty sold since Saturday. Only four left."),
     c("400 is too big for us. 200 is enough.", "no_need"),
     t("I hear you. But families who took the 200 came back after Eid wanting bigger. And the instalment offer ends tonight at ten, tomorrow the monthly goes up."),
     c("Tonight? My wife decides where it goes, I must ask her.", "think_it_over"),
     t("So what I'm hearing is you're ready. Your neighbours in Hay al-Naseem all took it. You don't want to be the only house out of space, do you?"),
     c("How do you know my neighbours? Last year I bought a cooker here in a hurry like this and it broke after four months. Not again.", "bad_experience"),
     t("That was another model. The 400 is just 34 a month until ten o'clock."),
     c("Khalas. Goodbye.", None)]))

# 9 keyword_stuffed - Tunis, olive oil for corporate gifts (B2B)
o = c("Good morning, I run a small corporate gift company in Les Berges du Lac. I need 300 small bottles of extra virgin olive oil, 250 ml, with our client's logo, for the end of December.", None)
PAIRS.append(gpair(
    "b92g_tunis_olive_oil_gifts", "Olive oil producer and bottler, Tunis (TND)", "keyword_stuffed",
    "A small gift company needs 300 logo-labelled bottles of olive oil for a bank's year-end gifts, on a thin margin.",
    [o,
     t("Good morning. 300 with a logo by end of December is doable if we start the label soon. Who is the end client, and what can you pay per bottle, so I know which oil fits?"),
     c("A bank, for its best clients. Look, maybe just email me your price list, I'm asking three producers.", "brush_off"),
     t("I will. A list won't show the cost of a custom label, though, so tell me roughly what you can pay per bottle and I'll put the right oil in it."),
     c("Maybe 18 dinars a bottle with label. It must look premium, and my margin is small.", None),
     t("For 18 I can give you our early-harvest Chemlali, acidity under 0.3, dark glass, your label, at 16.500, so you keep a margin. The label design needs approval by 20 November."),
     c("Acidity 0.3, is that good? The bank people will ask.", None),
     t("Very good: extra virgin must be under 0.8. I'll put the lab certificate in the file for them. Our minimum for custom labels is 200, so 300 is fine."),
     c("And if the bank changes the quantity? They do that, sometimes late.", None),
     t("Until 10 November you change freely. After that we can add bottles with a plain label, not the logo. Shall I send a sample bottle and the label template today?"),
     c("Yes please, to the office.", None)],
    [o,
     t("Good morning! I really understand your needs, and I feel the success of your business is our success. Building a relationship with you is our priority."),
     c("Thank you. So: 300 bottles, 250 ml, logo, end of December. Possible?", None),
     t("Absolutely, I understand. Our experience is all about understanding what success means for your clients and making them feel valued."),
     c("Okay... what is the price per bottle, with the label?", None),
     t("Great question. Price is part of the overall experience. We believe in long-term relationships where needs are understood and success is shared."),
     c("I need a number. My client is a bank, my margin is small. And what's the acidity?", None),
     t("I hear you, and I feel your concern. Quality is at the heart of the experience we create, and we truly understand the needs of premium clients."),
     c("You say understand a lot but you told me no fact. Just email me a price list, I'll look at it.", "brush_off"),
     t("Of course! So to be sure I understood your needs correctly, is there anything else you'd like us to understand?"),
     c("No. Email. Thank you.", "brush_off")]))

# 10 rude - Alexandria, driving school
o = c("Good morning. I want to learn to drive. I'm 46, never drove, my husband always drove but now he works in Kuwait. Do you have a lady instructor?", None)
PAIRS.append(gpair(
    "b92g_alexandria_driving_lady", "Driving school, Alexandria (EGP)", "rude",
    "A 46-year-old woman whose husband works abroad wants driving lessons with a woman instructor; she is afraid of the traffic.",
    [o,
     t("Good morning, and good for you, many women start at your age. Yes, Mrs. Nagwa, twelve years teaching. Have you ever sat at the wheel, even once?"),
     c("Never. Honestly, I'm afraid of the traffic in Alexandria. The microbuses.", None),
     t("Everyone fears the microbuses, hehe. We start in quiet streets in Smouha early in the morning, and only go to the Corniche when you're comfortable. Which times suit you?"),
     c("Morning, after the kids go to school. 8 to 10.", None),
     t("That's the calmest time. The package is 16 one-hour lessons, automatic, 4,800 pounds, payable in two parts, and she prepares you for the traffic department test."),
     c("4,800 is okay. But if I need more lessons? Maybe I'm slow.", None),
     t("Extra lessons are 280, and Mrs. Nagwa tells you honestly when you're ready, not before. Start with one lesson this week and see how you feel?"),
     c("Yes. Wednesday?", None),
     t("Wednesday 8:30. She'll pick you up from home.")],
    [o,
     t("Morning. Lady instructor yes, but she's full, everybody wants her. You'll take Ahmed."),
     c("Oh. I would really prefer a lady. When is she free?", None),
     t("Maybe two months. Honestly madame, at 46 does it matter who teaches you? The car doesn't know."),
     c("It matters to me. And I'm a bit afraid of the traffic.", None),
     t("Afraid? Then why drive in Alexandria, take a taxi, hehe. Okay, okay. So what I'm hearing is you need many lessons. Package is 4,800, and you'll need extra, I'm sure."),
     c("How can you be sure? You don't know me.", None),
     t("I've seen a hundred ladies like you, they all need extra. So, you pay now, or you waste my time?"),
     c("I'll go where they speak to me with respect.", None)]))

# 11 ignored_customer - Salalah, building materials
o = c("Salam. I'm building an extension in Taqah, two rooms. I need 3,000 blocks, 8 inch, and cement. Delivery before the khareef, after that the road is mud.", None)
PAIRS.append(gpair(
    "b92g_salalah_blocks_taqah", "Building materials yard, Salalah (OMR)", "ignored_customer",
    "A small contractor needs blocks and cement delivered to Taqah before the monsoon; a past supplier's blocks broke in transit.",
    [o,
     t("Wa alaikum salam. Before khareef, so by mid-June. When exactly must the blocks be on site?"),
     c("The workers start 1 June. If the blocks come late, I pay them to sit.", None),
     t("So delivery by 30 May at the latest. 3,000 eight-inch at 260 baisa is 780 rials. How many bags of cement?"),
     c("Maybe 150. But my last supplier, half the blocks broke in the truck, I lost 200 rials. Why would yours be different?", "bad_experience"),
     t("Ours are tested, and we deliver on pallets with a crane truck, not thrown by hand, that's where most breaks happen. 150 bags at 2.2 is 330. Total 1,110, plus 35 to Taqah. We can deliver 28 May."),
     c("1,145. Hmm. Make it 1,100 with delivery and I buy from you again for the next house.", "too_expensive"),
     t("I can give free delivery, so 1,110. The blocks I can't lower. Anything that arrives broken, we replace free."),
     c("Okay, deal. 28 May, early morning.", None)],
    [o,
     t("Wa alaikum salam! What's most important to you in this order?"),
     c("Time. Blocks on site by end of May, before the rain. And not broken; my last supplier's broke in the truck.", None),
     t("Great. We have a wide range: 4, 6 and 8 inch, hollow and solid, and insulated blocks, very popular."),
     c("8 inch, 3,000. When can you deliver?", None),
     t("Noted. Have you thought about insulated blocks for the walls? They keep the house cool in summer."),
     c("My client didn't ask for that. I asked when you can deliver.", "no_need"),
     t("Of course. Our delivery schedule depends on the season. Anything else you'd like to share about the project?"),
     c("I shared everything. The date, the quantity, the broken blocks. You answered nothing.", None),
     t("I appreciate that. I'll have someone call you next week about the insulated blocks."),
     c("Next week I'll have blocks from someone else. Forget it.", None)]))

# 12 repeated_questions - Fes, tent and event rental
o = c("Salam, I need a caidal tent for my son's engagement, at our house in Fes, in the garden. About 120 guests, on the 14th.", None)
PAIRS.append(gpair(
    "b92g_fes_tent_engagement", "Event tent and furniture rental, Fes (MAD)", "repeated_questions",
    "A father books a traditional tent for his son's engagement in a garden with two orange trees and narrow access.",
    [o,
     t("Salam, mabrouk! Roughly how big is the garden? The tent size depends on it."),
     c("About 20 metres by 15. There are two orange trees in the middle, we can't cut them.", None),
     t("Then a 10 by 15 tent fits on one side, clear of the trees, and seats 120 at round tables. Do you want tables, chairs, carpets and lighting, or only the tent?"),
     c("Tent, carpets, tables and chairs. The lighting, my nephew does it.", None),
     t("Tent with carpets, 12 round tables, 120 chairs with covers: 9,500 dirhams, set up the day before, taken down the day after. Can a small truck reach the garden, or do we carry?"),
     c("The street is narrow, at the edge of the medina. You carry from the parking, maybe 100 metres.", None),
     t("Then two more workers, 600 more, so 10,100. I'd like to see the house before confirming, the trees and the path. Tomorrow afternoon?"),
     c("Tomorrow I'm in Meknes all day, for work. It's not possible.", "no_time"),
     t("Then the day after, after asr? Send me the location and I'll keep the 14th for you until I've seen the garden.")],
    [o,
     t("Salam, mabrouk! So, tell me about the event, what are you planning?"),
     c("The engagement. A tent in the garden, 120 guests, on the 14th.", None),
     t("Lovely. And how many people are you expecting?"),
     c("120. I said it.", None),
     t("Great. And what's the occasion, exactly?"),
     c("Engagement. My son. Are you writing this down?", None),
     t("Absolutely. Just so I get your needs right, roughly how many guests will come?"),
     c("Wallah, 120, the third time. And there are two trees in the garden, I need to know if a tent fits.", None),
     t("Thank you for clarifying. And is this a wedding, or another kind of celebration?"),
     c("I'm going to the other rental near Bab Ftouh. Bslama.", None)]))

# 13 wrong_paraphrase - Muscat, home blood test for elderly father
o = c("Hi, I'd like to book a home blood test for my father. He's 81, diabetic, lives in Al Seeb. His doctor wants HbA1c and kidney function.", None)
PAIRS.append(gpair(
    "b92g_muscat_lab_home_visit", "Private lab with home sample collection, Muscat (OMR)", "wrong_paraphrase",
    "A daughter books a fasting home blood test for her 81-year-old diabetic father in Al Seeb.",
    [o,
     t("Hello. A home visit is much easier at 81. Does the doctor's request say fasting for the kidney test?"),
     c("It says fasting 8 hours. He eats at 6 in the evening, so morning is best. But not too early, he prays fajr and sleeps again.", None),
     t("So morning, fasting, not too early: 8 or 8:30? And since he's fasting and diabetic, his morning tablets come after the sample, unless his doctor said otherwise."),
     c("8:30, good. He takes metformin in the morning, okay. Will a man or a woman come?", None),
     t("This week Seeb has Nasser, a male nurse. If your father prefers a woman, Fatma is free only on Thursday."),
     c("Nasser is fine for my father. How much, and when are the results?", None),
     t("Both tests with the home visit, 22 rials. Results by 6 pm the same day, to your WhatsApp and to his doctor if you give me the email."),
     c("Great. Sunday 8:30 please. I'll be there too.", None)],
    [o,
     t("Hello! So, if I understood well, you'd like a full check-up package for yourself and your father, correct?"),
     c("No, only my father. HbA1c and kidney function, what his doctor wrote.", None),
     t("Got it. So to play back: your father isn't diabetic, it's a routine check, and he prefers to come to our lab in Qurum?"),
     c("He IS diabetic. He's 81. I asked for a home visit, in Seeb.", None),
     t("Right, right. So what I'm hearing is he's fine with an early visit, 6 am, not fasting."),
     c("No. Fasting, and not at 6, he sleeps after fajr. Why do you keep changing what I say?", None),
     t("Sorry. So you'd like to add the vitamin and thyroid panel since he's elderly, 35 rials more, did I understand correctly?"),
     c("I said nothing about vitamins. We don't need that.", "no_need"),
     t("Okay. So we're booking the full package, Thursday 6 am at the Qurum branch. Great!"),
     c("No. Cancel it. I'll call another lab.", None)]))

# 14 pitch_to_upset - Amman, umrah group stranded
o = c("Hello?! My parents are stuck at Jeddah airport for six hours. The flight back to Amman was cancelled and nobody from your company answers them. My father is 75!", None)
PAIRS.append(gpair(
    "b92g_amman_umrah_stranded", "Umrah travel company, Amman (JOD)", "pitch_to_upset",
    "A daughter calls in distress: her elderly parents' return flight from Jeddah was cancelled and the agency is unreachable.",
    [o,
     t("I'm very sorry, this is serious and I'll stay on it with you. Your father's name and group number, please, and are they okay in health right now?"),
     c("Khaled Obeidat, group 12. My mother has blood pressure, she's tired and crying. They have no food, the cafes are far.", None),
     t("I see the group. I'm calling our Jeddah rep, Mr. Haitham, on the other line to send him to them. Does your father's phone work there?"),
     c("Yes, his Jordanian number, the roaming works.", None),
     t("Haitham is 20 minutes away. He brings food and water, and if the new flight is tomorrow, takes them to a hotel near the airport, at our cost. The airline moved the group to the 9 am flight; I'm confirming their seats now."),
     c("Tomorrow? My mother's medicine is enough only for tonight.", None),
     t("Then Haitham stops at a pharmacy on the way. Tell me the medicine's name and I'll send it to him. I'll call you at every step, in one hour at the latest."),
     c("Okay. Thank you. Please don't forget them.", None)],
    [o,
     t("I'm so sorry to hear that, I understand how stressful this experience is. Can I ask, how was the rest of their trip?"),
     c("What? Who cares about the trip! They're sitting on the floor at the airport!", None),
     t("Totally understood. For the future, you know, our VIP umrah package includes a flexible ticket and a dedicated rep at the airport. Only 300 dinars more."),
     c("The future? My mother has blood pressure and she's crying. Help them now!", None),
     t("Of course, I've logged it. And since they're already there, would they like two more nights in our partner hotel in Makkah? Special rate this week."),
     c("Are you serious? I don't want anything, I want them home.", "no_need"),
     t("I hear you. Customer service will contact the group rep within 24 to 48 hours. Anything else?"),
     c("24 hours?! I'm coming to your office now with my brother.", None)]))

# 15 blame - Beirut, washing machine error
o = c("Hi, I bought a washing machine from you in March, on instalments. It stopped. It shows error E-21 and doesn't drain. And I'm still paying for it!", None)
PAIRS.append(gpair(
    "b92g_beirut_washer_error", "Home appliance shop after-sales line, Beirut (USD)", "blame",
    "A customer still paying instalments has a washing machine that stopped with a drain error, full of water.",
    [o,
     t("Hi, sorry, a machine stopping after a few months while you're still paying is annoying. E-21 on this model is a drain error. Is there water inside the drum now?"),
     c("Yes, full of water with my clothes inside. I can't open the door.", None),
     t("At the bottom front there's a small filter behind a cover. With a towel and a low tray you can drain it; often it's a sock or a coin. Try while I'm on the line, or wait for the technician?"),
     c("I'll try... wait... okay, there was a hair clip and a lot of water. It's draining.", None),
     t("That's probably it. It's under warranty anyway, so if the error comes back after an empty rinse, the visit is free. Can you run the rinse now?"),
     c("The rinse is running, no error. But the power cuts here, can they damage it?", None),
     t("Switching between EDL and the generator can cause spikes. A plug-in voltage protector, about 15 dollars at any electrician, protects it. I'm noting your call on the file in case it happens again."),
     c("Thank you, really. You saved me a technician visit.", None)],
    [o,
     t("Hi. So tell me, what have you been putting in the machine?"),
     c("Clothes! What do you mean?", None),
     t("E-21 is usually customer misuse. Did you overload it, or use powder instead of liquid maybe?"),
     c("The same detergent as always. It worked for three months.", None),
     t("Then it's the power. You have a generator, right? Everyone in Beirut does. Generator power damages machines. Not covered, sir, you should have bought a stabiliser."),
     c("Nobody told me to buy a stabiliser when you sold it. And now it's full of water.", None),
     t("So what I'm hearing is that you didn't protect your machine. A visit for non-warranty damage is 40 dollars. Shall I book it?"),
     c("40 dollars when nobody has even looked at it? I pay you 60 a month for this machine. No.", None),
     t("That's the policy. Is there anything else I can help you with?"),
     c("I'm coming to the shop with the receipt.", None)]))
