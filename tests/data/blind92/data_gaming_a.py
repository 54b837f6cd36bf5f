"""Gaming pairs a01-a10 of blind92 (written by hand)."""
from common import c, t, gpair

PAIRS = []

# 1 monologue - Amman, tiles showroom
o = c("Good morning. I want to ask about tiles for a bathroom floor. It is for my mother's flat, she is old.", None)
PAIRS.append(gpair(
    "b92g_amman_bathroom_tiles", "Tile and building-materials showroom, Amman (JOD)", "monologue",
    "A son in Amman looks for bathroom floor tiles for his 78-year-old mother, who slipped last winter.",
    [o,
     t("Good morning, welcome. Tell me a little about the bathroom: how big is it, and is there anything about how your mother uses it that I should know?"),
     c("About four square metres. She is seventy-eight and she slipped last winter on the old tiles. Nothing broken, alhamdulillah, but she was scared.", None),
     t("Alhamdulillah she is fine. So slipping is the main worry. Is the floor wet most of the time? Does she shower standing, or sitting?"),
     c("She showers standing, but my sister wants to put a chair. And the water goes everywhere, the drain is slow.", None),
     t("Then I would look at anti-slip tiles rated R11, the surface grips even when it is wet. I have a Jordanian one and a Spanish one. What did you have in mind to spend on the floor?"),
     c("I was thinking around 120 dinars for the tiles only. Is that realistic?", None),
     t("Very. Four metres plus ten percent for cutting: the Jordanian R11 is 9 dinars a metre, about 40 in total. The Spanish is 22 a metre, about 97. Both grip the same; the Spanish is easier to clean. The slow drain is for your plumber, tiles won't fix it, but tell him before he lays the floor so the slope is right."),
     c("Ah, good point about the slope. Let me think between the two, and I must ask my sister, she is paying half.", "think_it_over"),
     t("Of course. Take a sample of each, wet them at home and stand on them, your mother too if she can. I'll write both prices on my card; they hold for two weeks. Can I call you Thursday?"),
     c("Yes, Thursday is fine. Thank you, you were very helpful.", None)],
    [o,
     t("Good morning and welcome! Let me tell you what we have, because I think you will love it. We are the biggest tile dealer in Amman: Italian, Spanish, Turkish, and our own Jordanian line. For bathrooms this season everyone takes the large-format polished porcelain, 60 by 120, looks like marble, very luxury. Your mother will feel she is in a five-star hotel. And we do matching wall tiles, mosaic borders, niche shelves, everything."),
     c("Polished? She already slipped on the old tiles, I don't want...", None),
     t("Yes, yes, and polished is so easy to clean, one wipe. So what I'm hearing is you want quality, and your mother deserves the best experience. The Italian Calacatta is 28 dinars a metre, and with the walls I give you a package: floor, walls, mosaic, grout, silicone, all from one place. Our installation teams are very professional and we deliver anywhere, Abdoun, Khalda, Jabal Al-Hussein."),
     c("28 a metre for a small bathroom? That is more than I planned for the whole job.", "too_expensive"),
     t("Believe me, for the quality it is nothing, it lasts thirty years. Did I understand you correctly that you want something that lasts? Then the Italian is the one. And have you thought about the vanity? Wall-hung with an LED mirror, and the new rainfall shower sets, heated towel rails, and for older people we also have..."),
     c("Excuse me. I only asked for something that is not slippery.", None),
     t("Of course, all our tiles are top quality. Let me show you the catalogue: page twelve is the full bathroom look, page thirteen the mosaics. Anything else I can help you with today?"),
     c("No, thank you. You did not listen to one word about my mother. I will go to another shop.", None)]))

# 2 closing_as_open_question - Muscat, business mobile lines
o = c("Hello, I have a small office in Ruwi, six people, and everybody uses his personal mobile for work. I want to see what you have for business lines.", None)
PAIRS.append(gpair(
    "b92g_muscat_business_lines", "Telecom shop, business lines, Muscat (OMR)", "closing_as_open_question",
    "The owner of a six-person freight-forwarding office in Ruwi wants company-owned lines instead of staff mobiles.",
    [o,
     t("Hello, thanks for coming in. Personal mobiles for work: what is making you want to change now?"),
     c("Two reasons. One guy left last month and took our clients' numbers with him, they still call him. And the bills, I pay allowances and I have no idea what is used.", None),
     t("That first one hurts. So you want the numbers to belong to the company, and to see the cost. Do your people call mostly inside Oman, or also the Gulf and India?"),
     c("Mostly Oman. Some calls to Dubai and Jebel Ali, and one of my staff calls Mumbai every day.", None),
     t("Then six business SIMs on one shared pool: one bill, you see each line's use, and the numbers stay with the company if anyone leaves. 3,000 local minutes and a GCC bundle is 42 rials a month for the six. For Mumbai, a 5 rial add-on on that one line only. How does that compare with what you pay now?"),
     c("Now I give each man 8 rials, so 48. It's similar. But my partner signs anything for more than one year.", "think_it_over"),
     t("Makes sense. The contract is twelve months, so it may be within what you can sign, but show him anyway. I'll email the breakdown line by line today, and if you like we port one number first as a trial. When can I call you back?"),
     c("Sunday after ten. Send the email, inshallah we do it.", None)],
    [o,
     t("Welcome! May I ask, what would make today a success for you?"),
     c("Well... I want to understand the options. The cost, and how the numbers stay with the company.", None),
     t("Excellent. So what I'm hearing is that you value control. Which package would you like to start with today, Business 60 or Business 90?"),
     c("I don't know yet. What is the difference? And my partner must agree to anything long.", "think_it_over"),
     t("Great question. The 90 has more of everything. What would it take for you to sign today, so your team has their new lines by tomorrow?"),
     c("It would take me understanding what I sign. How much for six lines?", None),
     t("The 90 is 11 rials a line, so 66 a month for 24 months. How would you prefer to pay, card or bank transfer?"),
     c("66? I pay 48 now in allowances. That is more, not less.", "too_expensive"),
     t("I understand how you feel. And when is the best time for our team to deliver the SIMs, Sunday or Monday?"),
     c("Neither. Just give me a brochure, please, I'll read it at the office.", "brush_off")]))

# 3 pitch_as_paraphrase - Casablanca, wedding caterer
o = c("Bonjour, je viens pour le mariage de ma fille, in July. We need a traiteur, around 250 guests, and maybe the negafa. On compare un peu.", None)
PAIRS.append(gpair(
    "b92g_casablanca_wedding_traiteur", "Wedding caterer and negafa service, Casablanca (MAD)", "pitch_as_paraphrase",
    "A mother planning her daughter's July wedding for 250 guests compares caterers; the budget is limited.",
    [o,
     t("Bonjour madame, mabrouk for your daughter! 250 guests in July. Do you already have the venue, or is that still open?"),
     c("The salle is booked, in Ain Sebaa. It has its own kitchen. What I need is the food, the service, and someone for the bride: the negafa, the amariya, the dresses.", None),
     t("Good, the kitchen helps. For the food, what matters most to you, the traditional menu, pastilla, mechoui, or something lighter? And are there guests who can't eat everything?"),
     c("Traditional, my husband's family insists on pastilla and mechoui. My mother is diabetic, and some cousins from France don't eat lamb. And honestly, we are not rich people.", None),
     t("So: traditional with pastilla and mechoui for the family, some plates for your mother, a chicken or fish choice for the cousins, and a cost you can carry. Did I get that right? What number were you hoping to stay under?"),
     c("Yes, exactly. We said maybe 90,000 dirhams for food and service. The other traiteur said 120,000, c'est trop pour nous.", None),
     t("90,000 for 250 is 360 a head. I can do the full traditional menu with service at 340 if the pastilla is one big dish per table instead of individual ones. The negafa is separate, from 15,000. I'd rather you taste before you decide. We have a tasting on Saturday at eleven, can you and your daughter come?"),
     c("Saturday morning, no, my daughter works until two.", "no_time"),
     t("Then four o'clock. I'll send the menu and the prices on WhatsApp tonight so you can compare calmly."),
     c("D'accord, merci. A samedi.", None)],
    [o,
     t("Bonjour madame, mabrouk! Tell me, what is your vision for the big day?"),
     c("We want it traditional, but not crazy. 250 people, pastilla, mechoui. And we are careful with money.", None),
     t("So what you need is our Prestige Royal formula, 520 dirhams per guest, with three negafa changes and the amariya entrance, is that right?"),
     c("No... I said careful with money. 520 times 250 is more than 130,000. We don't have that.", "no_money"),
     t("I hear you. So what you are telling me is that the day must be unforgettable for your daughter, and the Prestige Royal is what guarantees that, correct?"),
     c("That's not what I said. My mother is diabetic too, do you have something for her?", None),
     t("Absolutely. So if I understand well, you would like to add our Wellness dessert station, 4,000 dirhams, on top of the Prestige Royal. Did I understand correctly?"),
     c("Non, non. You put words in my mouth. I will think at home.", "think_it_over")]))

# 4 upsell_as_loop_closing - Irbid, private lab
o = c("Hi, my doctor wrote me these tests. CBC and vitamin D. How much please?", None)
PAIRS.append(gpair(
    "b92g_irbid_lab_student", "Private medical lab, Irbid (JOD)", "upsell_as_loop_closing",
    "A university student brings a doctor's request for two blood tests and has little money and a lecture soon.",
    [o,
     t("Hi, let me see the paper. CBC is 4 dinars and vitamin D is 15. Did you eat this morning?"),
     c("I had breakfast. Is that a problem? I have a lecture at twelve.", None),
     t("Not for these two, no fasting needed. The sample takes five minutes, results tomorrow after one. Do you have insurance or the university health card?"),
     c("The university card, but I think it doesn't cover private labs. 19 dinars is a lot for me, honestly.", "no_money"),
     t("I understand. With the student card we give 20 percent, so about 15. If that's still hard, the university clinic does the CBC free, and you do only vitamin D here. Which do you prefer?"),
     c("15 is okay. I'll do both here, it's easier. Can you send the results to my doctor?", None),
     t("Yes, to his WhatsApp or email, or you download them with this code. Anything unclear before we take the sample?"),
     c("No, it's clear. Thank you.", None)],
    [o,
     t("Hi, welcome! Before we start, how can we make your experience with us perfect today?"),
     c("Just the two tests, please. And quickly if possible.", None),
     t("Of course, CBC and vitamin D. Now, to close the loop on your health, what else can I add for you? Many students take our Full Body Check, 45 dinars, with thyroid, liver, kidneys and cholesterol."),
     c("No, only what the doctor wrote. I'm a student, I don't have 45 dinars.", "no_money"),
     t("Totally understood. So just to make sure we covered all your needs, shall I add B12 and iron? They go together with vitamin D, only 18 more."),
     c("The doctor didn't ask for them. I don't need them.", "no_need"),
     t("Perfect. And is there anything else we can do for you today? Our home-visit membership is 10 dinars a month, the nurse comes to you."),
     c("I don't have time for all this, my lecture starts in twenty minutes. Just the two tests.", "no_time"),
     t("Sure. So CBC, vitamin D, and I'll add the express result for 3 dinars so you get it tonight. Anything else?"),
     c("I said no extras. If the bill has more than the two tests I won't pay it.", "no_need")]))

# 5 leading_tag_questions - Tunis, driving school (typed chat)
o = c("salam, i want to know prices for the permis B. i am beginner, never drove before", None)
PAIRS.append(gpair(
    "b92g_tunis_driving_school", "Driving school (auto-ecole), Tunis (TND)", "leading_tag_questions",
    "A 19-year-old woman asks a Tunis driving school by chat about a first licence; her father's old car is manual.",
    [o,
     t("Salam! Welcome. Never driven before is completely normal here. What will you use the licence for, daily work or later?"),
     c("for my job in la marsa, the metro is bad. my father will give me his old clio, it is manual", None),
     t("Then learning on manual makes sense, it's the car you'll drive. How many hours a week could you do? That decides how fast you're ready."),
     c("maybe 3 hours a week, i work until 5. how much is all", None),
     t("The beginner package is 20 hours of driving plus the code course, 750 dinars. At 3 hours a week, about seven weeks to the exam. Extra hours are 30 each, and after ten hours I'll tell you honestly if you need them."),
     c("750 is a lot, my friend paid 600 in another auto-ecole", "too_expensive"),
     t("Could be. Some schools count the code apart or use 45-minute hours, ask her what was included. If you like, take one trial hour for 30 dinars first and see if the instructor suits you."),
     c("ok behi, a trial hour is good. saturday morning possible", None),
     t("Saturday 9 o'clock with Madame Rim, she is very calm with beginners. I send you the address by message.")],
    [o,
     t("Salam! You're looking for the best experience for your licence, aren't you?"),
     c("i guess. i just want to pass and not pay too much", None),
     t("Of course. And you'll want automatic, won't you? It's much easier, everybody prefers it now."),
     c("but the car at home is manual, my father clio", None),
     t("Sure, but you'd rather pass first time, wouldn't you? Our Intensive Pack is 1,100 dinars, 30 hours automatic. That's the smart choice, isn't it?"),
     c("1100?? no way, that is more than i earn in a month. i cant", "no_money"),
     t("I understand. But your safety is worth it, isn't it? You wouldn't want to fail and pay again, would you?"),
     c("you keep asking questions that are not questions. i will ask my father first", "think_it_over"),
     t("Of course, talk to him. But you'll come back to us, won't you? The pack won't stay at this price."),
     c("bye", None)]))

# 6 putdown_question - Salalah, AC service
o = c("Salam alaikum. My AC in the majlis is dripping water on the carpet and it makes a noise like a tractor. Can you send someone?", None)
PAIRS.append(gpair(
    "b92g_salalah_ac_dripping", "Air-conditioning service company, Salalah (OMR)", "putdown_question",
    "A homeowner in Salalah in May has a noisy split AC dripping on the majlis carpet, with guests coming tomorrow.",
    [o,
     t("Wa alaikum assalam. Sorry about the carpet. Is it a split on the wall or a window unit? And since when?"),
     c("Split, on the wall, Gree. Since three days. The water comes from the bottom of the indoor part.", None),
     t("Dripping from the indoor part is usually a blocked drain pipe or a very dirty filter, and the noise may be the fan. When was it last cleaned?"),
     c("Honestly, I don't remember. Maybe last year before Ramadan. My son told me to do it, I didn't listen.", None),
     t("It happens in every house. A full service, filters, coil, drain flush and a fan check, is 12 rials a unit. If the fan motor is damaged that is extra, and the technician tells you the price before touching it. For now, a towel under it, and keep it off if you can."),
     c("12 is fine. But can he come today? We have guests tomorrow night.", None),
     t("I have a technician free at 4 pm today around Al Saada. Is your villa near there?"),
     c("Yes, Al Saada North. 4 pm is good. Thank you.", None)],
    [o,
     t("Wa alaikum assalam. First question: are you sure it's actually dripping, and not just a bit of condensation you're worried about for nothing?"),
     c("It's a puddle on my carpet. It's dripping.", None),
     t("Okay, okay. And when did you last clean it, or did you just never think about it, like most customers?"),
     c("Last year, I think. Why are you talking to me like that?", None),
     t("I'm only trying to understand your situation, sir. Let me ask an open question: what did you expect, running it all day without a service?"),
     c("I expected to call a company and get help, not a lecture. How much, and when?", None),
     t("So what I'm hearing is you want it fast. Service is 12 rials. Do you really need it today, or is it just a bit of water?"),
     c("I have guests tomorrow. Yes, today. Honestly I'm thinking of calling another company.", None),
     t("That's your choice of course. Anything else you'd like to complain about before I book it?"),
     c("Don't book anything. I'll call someone else.", None)]))

# 7 not_my_department_or_read_the_terms - Sfax, olive oil exporter (B2B)
o = c("Bonjour, Karim from Epicerie du Sud in Lyon. Our pallet of olive oil came yesterday, but the bottles have no French on the labels. I can't shelve them like this.", None)
PAIRS.append(gpair(
    "b92g_sfax_olive_oil_labels", "Olive oil exporter, Sfax (EUR invoice)", "not_my_department_or_read_the_terms",
    "A grocer in Lyon received 240 bottles from a Sfax exporter without the French labels he ordered, three weeks before Ramadan.",
    [o,
     t("Bonjour Karim, sorry, that's a real problem for you. Your order was the 5-litre tins and the 750 ml bottles. Is it all of them or some?"),
     c("All 240 bottles. The tins are fine, they have French. The bottles have only Arabic and English.", None),
     t("I see it: the bottles came from a batch printed for our Gulf buyers. That's our mistake. What do you need most, the bottles sellable fast, or a replacement?"),
     c("Fast. Ramadan is in three weeks, my best month for oil. I can't wait for a new shipment by sea.", None),
     t("Then we courier French stickers with all the legal information, four days, and we pay for the work of sticking them, 100 euros off the invoice. Does that work, or do you prefer we take the bottles back?"),
     c("Stickers are okay if they look clean. But 100 euros for 240 bottles, it's a lot of work. Make it 150.", None),
     t("150 is fair, it's our error. I'll email the sticker proof within the hour so you approve it before we print, and I'm telling packing to flag every French order."),
     c("Okay, send me the proof. Merci.", None)],
    [o,
     t("Bonjour Karim! Thank you for reaching out, your satisfaction matters to us. What can I do to make your experience better?"),
     c("I told you: 240 bottles with no French labels. I can't sell them.", None),
     t("I understand how you feel. Labelling is handled by the packing department, though, not sales. I only take the orders."),
     c("You took my order. I wrote French labels in the email. Who do I talk to?", None),
     t("Let me ask you: did you read section 7 of our export terms? Labelling for the destination country is the importer's responsibility."),
     c("It was your mistake, not the law's. The tins came with French. Why not the bottles?", None),
     t("So what I'm hearing is that you're frustrated, and that's valid. But I didn't make the rules. You can write to quality, they usually answer within ten working days."),
     c("Ten working days, with Ramadan in three weeks? Last year it was dented tins, now this. After this order, I'm finished with you.", "bad_experience"),
     t("I'm sorry you feel that way. Is there anything else I can help you with today?"),
     c("No. Nothing.", None)]))

# 8 social_proof_or_deadline_pressure - Fes, umrah agency
o = c("Salam, I want information on umrah for me and my wife. After Ramadan, not in Ramadan, too crowded for her. She has a problem with the knees.", None)
PAIRS.append(gpair(
    "b92g_fes_umrah_knees", "Hajj and umrah travel agency, Fes (MAD)", "social_proof_or_deadline_pressure",
    "A man in his fifties in Fes asks about umrah after Ramadan for himself and his wife, whose knees are weak; their savings are limited.",
    [o,
     t("Wa alaikum salam, welcome. After Ramadan is wise for her knees, much calmer. How many days were you thinking, and have you been before?"),
     c("I went once, twenty years ago. She never went. Maybe 12, 15 days. That time the hotel was very far, I walked forty minutes every prayer.", None),
     t("That's exactly what to avoid this time; for your wife the distance matters more than the stars. Our 14-day Shawwal trip: 4 nights Madinah, 10 Makkah, hotels within 300 metres, flights from Fes via Casablanca, 29,500 dirhams each. Can she walk slowly, or would she need a wheelchair for the tawaf?"),
     c("She walks, but slowly. 29,500 each, that's 59,000. What we saved is about 45,000 for both.", "no_money"),
     t("Thank you for telling me. For 45,000 there is a 12-day trip with the hotel at 700 metres, 22,800 each, about ten slow minutes each way for her. Or the close hotel in a shared triple room, 25,000 each. I'd rather you choose knowing the walk. Wheelchair help in the Haram is also possible."),
     c("Let me talk with her tonight. She will choose the hotel, not me, haha.", "think_it_over"),
     t("Very wise. I'll write both on paper with the distances. Check her passport has six months left. The Shawwal prices are fixed until the end of the month."),
     c("Thank you, very clear. Inshallah I come back with her on Saturday.", None)],
    [o,
     t("Wa alaikum salam! A beautiful decision. May I ask, what does this journey mean to you?"),
     c("It's for my wife mostly, she never went. But her knees are weak, we need something easy.", None),
     t("I totally understand your needs. Honestly, everyone in Fes is taking our Golden Shawwal package this year. Forty families from your neighbourhood booked it last week."),
     c("Maybe. But how far is the hotel from the Haram? That is what matters for her.", None),
     t("Very close, don't worry. 31,000 per person, and I must tell you, there are only two rooms left. If the deposit isn't paid tonight, the group closes."),
     c("Tonight? No, I must speak with my wife first.", "think_it_over"),
     t("I understand. But your neighbour Si Abdellah already paid, and his wife has the same knees. And I heard the visas close next week for Moroccans."),
     c("You heard? Look, 62,000 is more than we have saved. I can't pay anything tonight.", "no_money"),
     t("So what I'm hearing is that you're ready but need a small push. What if you pay 5,000 now and the rest later?"),
     c("No. I'll think about it without someone pushing me. Goodbye.", "think_it_over")]))

# 9 keyword_stuffed - Alexandria, school transport
o = c("Good evening. I need a bus for my two children, from Smouha to their school in Roushdy. Last year's driver drove like crazy on the Corniche, so I am worried.", None)
PAIRS.append(gpair(
    "b92g_alexandria_school_bus", "School transport company, Alexandria (EGP)", "keyword_stuffed",
    "A mother in Smouha looks for a school bus for children aged 7 and 10 after a reckless driver last year.",
    [o,
     t("Good evening. I'm sorry about last year, that's frightening as a parent. How old are the children, and when does school start?"),
     c("Seven and ten. School starts 7:45. Last year the bus came at 6:15, the small one was sleeping on his feet.", None),
     t("6:15 is too early for a seven-year-old. Our Smouha route picks up between 6:50 and 7:05, depending on the street. For safety: every bus has GPS with a speed alert you can see on your phone, and a supervisor, Madam Hoda on that route, who stays until the children are inside the gate. 9,000 pounds a year, or three instalments."),
     c("9,000... last year was 7,000. Everything is more expensive, I know, but this is a big jump.", "too_expensive"),
     t("It is a jump, you're right. Fuel went up a lot, and the supervisor is in the price. The second child is 15 percent less, so both come to 16,650, not 18,000."),
     c("With the discount it's better. Can I see the bus and meet the supervisor before I pay?", None),
     t("Of course. The bus is at the school Thursday at 2. Come, meet Madam Hoda, and pay only if you're comfortable."),
     c("Thursday at 2 I'm still at work, until four. Can I come after?", "no_time"),
     t("The bus is back at the depot by five; come at 4:30 and Madam Hoda will wait for you."),
     c("4:30, good. Thank you.", None)],
    [o,
     t("Good evening, and thank you for sharing that. I really understand and feel your need for a safe and successful journey experience for your children."),
     c("Yes... so, what time does the bus come to Smouha?", None),
     t("Great question. Our relationship with families is built on understanding their needs and making every morning a success. We truly feel your experience matters."),
     c("Sorry, but what time? Last year it was 6:15, too early for my small one.", None),
     t("I hear you, and I understand how you feel. Our goal is a positive experience and a long relationship of trust that meets each family's unique needs."),
     c("And the driver? How do I know he won't race on the Corniche?", None),
     t("Safety is at the heart of our success. We understand your feelings deeply and value your experience. Is there anything else you need to feel understood today?"),
     c("I asked two simple questions and got no answer. How much is it, at least?", None),
     t("Our pricing reflects our commitment to your needs. I'd love to understand more about what success looks like for you."),
     c("Success is a bus on time and a driver who doesn't kill my kids. Khalas, I'll find another company.", None)]))

# 10 rude - Beirut, appliances on instalments
o = c("Marhaba. I want to ask about the fridges on instalments. Mine died, it was twenty years old. How does the instalment work?", None)
PAIRS.append(gpair(
    "b92g_beirut_fridge_instalments", "Home appliance shop with instalments, Beirut (USD)", "rude",
    "A pensioner in Beirut whose old fridge died asks how instalments work; he has a 5-ampere generator subscription.",
    [o,
     t("Marhaba, welcome. Twenty years is a good life for a fridge. Instalments are in fresh dollars, 6 or 12 months with a down payment. How many people at home?"),
     c("Me and my wife, my daughter comes on weekends with the kids. Not too big. And our generator subscription is 5 amperes only, is that a problem?", None),
     t("Good that you asked. With 5 amps, take an inverter fridge, it starts gently and uses less. This 400-litre LG runs on about 1 amp. 720 dollars cash, or 100 down and 55 a month for 12 months."),
     c("So I pay 40 dollars more just for the instalments? I don't like that.", "too_expensive"),
     t("Yes, 40 over the year. On 6 months it's 100 down and 107 a month, only 22 more. Which monthly amount is comfortable with your pension?"),
     c("My pension is small, ya3ne. 55 I can do, 107 no.", "no_money"),
     t("Then 12 months is safer for you. Delivery inside Beirut is free and we take the old fridge away. Bring your ID and a water or electricity bill."),
     c("Tayeb. I come tomorrow with the papers. You explained well, thank you.", None)],
    [o,
     t("Yeah, 6 or 12 months, it's on the paper on the wall. What do you want? Quickly, I have people waiting."),
     c("Sorry... a fridge, not too big. For me and my wife. And the generator is only 5 amperes.", None),
     t("5 amperes? Honestly, uncle, with 5 amps you should buy candles, not fridges. Ha. Fine, what's your budget?"),
     c("Don't laugh at me. Maybe 50, 60 dollars a month, I have a pension.", None),
     t("So what I'm hearing is you want a fridge for free. This LG is 55 a month for 12 months. Or the small Chinese one over there, 35, it makes noise."),
     c("Is the LG okay with the generator? I need to know before I sign.", None),
     t("It's a fridge, it cools, what else do you need to know. Did I answer your question? Good. You want it or not?"),
     c("With this way of talking, I'll buy from the shop down the street. Goodbye.", None)]))
