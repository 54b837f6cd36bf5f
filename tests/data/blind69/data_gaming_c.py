"""Gaming pairs, kinds 11-15 (ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame). Written by hand for blind69."""
from common import c, gpair, t

PAIRS = []

# 21 ignored_customer - SME business account, Abu Dhabi
o = c("Hi, I'm starting a small catering company in Mussafah, we just got the trade licence. I need a business account, but I heard opening one takes months here.", None)
PAIRS.append(gpair(
    "b69g_abudhabi_sme", "Bank SME branch, Abu Dhabi (UAE)", "ignored_customer",
    "A new catering company owner wants a business account; his co-owner is abroad.",
    [o,
     t("Congratulations on the licence. It can take a while, mostly because of documents, so let's see where you stand. Mainland or free zone licence, and are you the only shareholder?"),
     c("Mainland. Me and my cousin, 50-50. He's in Cairo now though, he comes back in April.", None),
     t("That's the main thing to plan around: both shareholders need to be verified, and April could slow you down. He can do a video KYC from Cairo with his passport, usually about a week. How soon do you need the account working?"),
     c("Quickly, a hotel will pay our first invoice next month. And the minimum balance, I heard fifty thousand? We don't have that sitting anywhere.", "no_money"),
     t("Our starter account has no minimum for the first year, then 25,000 average or a 150 monthly fee if you're under. Better you know now. If I email the document list today and book your cousin's video call this week, you could have it before the invoice."),
     c("Okay, that sounds workable. Send me the list.", None),
     t("Sending it now. I'll call you Thursday to check what's still missing.")],
    [o,
     t("Congratulations! Tell me about the business and what you need from a banking partner."),
     c("Catering, mainland licence. Me and my cousin 50-50, but he's in Cairo until April.", None),
     t("Wonderful. For the account, both shareholders need to come to the branch with original passports and Emirates IDs. What's your expected monthly turnover?"),
     c("Maybe 80,000 at the start. But my cousin can't come, he's in Cairo, I said. Is there another way?", None),
     t("Great, 80,000 is a good start. Our Business Plus account needs a 50,000 average balance. What else do you need from us?"),
     c("Fifty thousand we don't have, we're just starting. And a hotel pays our first invoice next month, I need the account fast.", "no_money"),
     t("Understood. So the next step is a branch appointment for both shareholders. How about next Tuesday at 10?"),
     c("He is in Cairo! I've told you twice. I'll try another bank.", None)],
))

# 22 ignored_customer - wedding photography, Kochi
o = c("hi chetta, my sisters wedding is on 14 jan at a church in fort kochi then reception at a hotel on marine drive. we want photo and video but my father is very particular the church ceremony should not be disturbed, like last wedding in our family the photographer walked right up to the altar and the priest got angry. budget is around 1.5 lakh. is that possible", None)
PAIRS.append(gpair(
    "b69g_kochi_photo", "Wedding photography studio, Kochi (Kerala, India)", "ignored_customer",
    "A bride's sister enquires about photo and video for a church wedding with a strict father.",
    [o,
     t("Hi! Thanks for all the detail, it helps a lot. So church in Fort Kochi, reception on Marine Drive, 14 Jan, about 1.5 lakh, and your father wants the ceremony left undisturbed. Which church is it? Some have rules about the altar."),
     c("st francis. i think they have rules but i dont know what", None),
     t("We've shot there. During Mass, photos only from the back and the side aisle. We use a long lens, stay put, no flash. Would your father be fine with fewer close-ups of the vows in return?"),
     c("yes he will be happy actually. 1.5 is our max tho, my brother got another quote of 2 lakh for the same", None),
     t("1.5 covers two photographers and one video person for church and reception, an edited film and 400 photos. Drones aren't allowed at the church anyway, so we leave that out. Shall I send a sample from another St Francis wedding so your father can see the angles?"),
     c("pls send, i will show him tonight and tell u tomorrow", "think_it_over"),
     t("Sending now. Ask me anything he wants to know.")],
    [o,
     t("Hi! Congratulations to your sister! Tell me about your dream for the wedding."),
     c("mainly church should not be disturbed. last time photographer went near altar and priest got angry. father is very particular", None),
     t("Totally understood. Our signature style is candid and up close, we love getting right into the moment, the rings, the tears, everything. And our drone team does the most beautiful entry shots."),
     c("no no, up close in church is the problem. and drone? is it allowed at church", None),
     t("Great! For the package, our Royal Collection is 2.4 lakh with drone, same-day edit and a pre-wedding shoot in Munnar. What's your timeline for booking?"),
     c("i said budget 1.5. and father will be angry if anyone goes near altar. did u read my msg", "no_money"),
     t("Absolutely, we'll capture everything beautifully. Shall I block 14 Jan for the Royal Collection? January dates go fast."),
     c("no. we will find someone who listens", None)],
))

# 23 repeated_questions - business internet, Sydney
o = c("Hi. I run a physio clinic in Parramatta, three rooms. Our internet's on a home plan and it's too slow for the booking system and the card machines. Need a business plan.", None)
PAIRS.append(gpair(
    "b69g_sydney_nbn", "Business telco sales line, Parramatta, Sydney (Australia)", "repeated_questions",
    "A clinic owner's home internet plan can't cope with bookings, card terminals and telehealth.",
    [o,
     t("Sure. How many devices are online at once, and what's running: cloud bookings, card terminals, any video?"),
     c("Three PCs, two EFTPOS, reception phone's VoIP. Telehealth video in room three sometimes.", None),
     t("So video and the VoIP phone will suffer first on a home plan. What speed are you on, and what happens when it struggles?"),
     c("50. When telehealth's on, the phone crackles and EFTPOS times out. Patient standing there holding their card. Embarrassing.", None),
     t("That's more than speed; you need something that keeps payments up. 100 down, 40 up suits three rooms, and the business plan has a 4G backup so EFTPOS works if the line drops. It's 129 a month. What are you paying now?"),
     c("90. That's a fair jump for a three-room clinic.", "too_expensive"),
     t("It is. If telehealth is rare, the 50 business plan with backup is 99 and fixes the EFTPOS side; video may still struggle. Or try the 100 for a month and drop to 50 if you can't tell the difference, no fee to change."),
     c("Yeah, okay, that's reasonable. Do the trial.", None)],
    [o,
     t("Great to hear from you! Tell me, what does your internet use look like day to day?"),
     c("Three PCs, two EFTPOS, VoIP phone, sometimes telehealth video.", None),
     t("Got it. And on a typical day, what's connected and how are you using it?"),
     c("Like I said. Three PCs, EFTPOS, phone, video sometimes.", None),
     t("Perfect. So I really understand your needs, what kind of activities is your team doing online?"),
     c("Mate, same answer. Bookings, card payments, telehealth. It drops when the video's on.", None),
     t("Thanks. And how would you describe the way your clinic uses the internet overall?"),
     c("I've told you three times. I've got patients waiting, I haven't got time for this.", "no_time"),
     t("No worries! Before you go, what would you say your main internet needs are?"),
     c("Unbelievable.", None)],
))

# 24 repeated_questions - removals for a widow downsizing, Christchurch
o = c("Hello dear, I'm moving from our family home in Cashmere into a unit in Riccarton. My husband passed last year and the house is just too big now. There's a piano, and a lot of things I'm giving to my kids in Timaru and Dunedin. I don't really know how you work all this out.", None)
PAIRS.append(gpair(
    "b69g_christchurch_movers", "Removals company, Christchurch (New Zealand)", "repeated_questions",
    "A recently widowed woman downsizing needs things moved to three different places.",
    [o,
     t("Hello, thank you for explaining, and I'm sorry about your husband. We'll take it a step at a time. So there are three lots: the unit in Riccarton, things to Timaru, and things to Dunedin. Is that right?"),
     c("Yes, exactly. The piano goes to my daughter in Timaru, it was my mother's. My neighbour's movers scratched her sideboard terribly last year, so I do worry about it.", "bad_experience"),
     t("That's a fair worry. We blanket-wrap and strap a piano, two people with a piano trolley, and it's insured for the trip. Is the Riccarton unit ground floor, with room for a truck?"),
     c("Ground floor, there's a driveway. The Dunedin lot is only a few boxes and a chest of drawers. Is that going to cost a fortune on its own?", None),
     t("Not on its own. The Dunedin boxes can go on our weekly shared truck south, around 250, and the piano can ride the same truck as far as Timaru. Could I come and see everything this week, so you get a real price rather than a guess?"),
     c("That would be lovely, but my son wants to be here, he handles the money. He's only free Saturdays.", None),
     t("Saturday at ten, then. I'll write it up as three separate prices so you and your son can see each part."),
     c("Thank you, dear, that's very kind.", None)],
    [o,
     t("Hello! I'm sorry for your loss. Let's work out what you need. Can you tell me what's moving?"),
     c("Well, most of the furniture to the unit in Riccarton, the piano to my daughter in Timaru, and a few boxes to Dunedin.", None),
     t("Lovely. And where are the items going, roughly?"),
     c("Um, as I said, dear, Riccarton, Timaru and Dunedin.", None),
     t("Great. So what sort of items are we talking about moving?"),
     c("Furniture, the piano, boxes... I'm on the pension now, dear, I can't spend a fortune on all this.", "no_money"),
     t("Understood. And just so I get the picture, what are the destinations for your things?"),
     c("I've said it twice now. I think I'll wait and have my son ring you on Saturday.", "think_it_over"),
     t("Of course! When he calls, can he tell us what needs moving and where?")],
))

# 25 wrong_paraphrase - restaurant POS and stock, Kathmandu
o = c("Namaste. I have two momo restaurants, Thamel and Jhamsikhel. Problem is my staff give free food to friends, and stock is missing. I want some system to control kitchen stock. Not too complicated, my staff is not very computer.", None)
PAIRS.append(gpair(
    "b69g_kathmandu_pos", "Restaurant POS software vendor, Kathmandu (Nepal)", "wrong_paraphrase",
    "A two-outlet restaurant owner wants a simple way to stop kitchen stock going missing.",
    [o,
     t("Namaste. So stock is disappearing, and you think some of it is free food for friends. Which items go missing most, and how do you check stock now?"),
     c("Buff meat and cheese mostly. I check with notebook every Sunday, but numbers never match. I cannot be in both places.", None),
     t("So you want to see from anywhere whether what's sold matches what's used, meat and cheese above all, without extra work for staff. The simplest way: every order goes through a counter tablet, and each plate of momo takes its meat weight off stock. Staff only tap the dish. Is there WiFi at both counters?"),
     c("Yes WiFi is there. But my friend bought POS from one Indian company, very complicated, staff refused to use it.", "bad_experience"),
     t("That happens when there are too many screens. Ours has one screen for staff, with pictures of the dishes. Try it in Jhamsikhel only for a month, and compare the meat numbers with your notebook. If staff won't use it, you stop."),
     c("One month trial, how much?", None),
     t("The trial month is free; after that 3,500 rupees per outlet a month, tablet included. You'd get a stock report on your phone every night."),
     c("Okay, we try Jhamsikhel first.", None)],
    [o,
     t("Namaste! Thanks for reaching out. Tell me more about your challenges."),
     c("Staff give free food to friends, stock is missing, buff and cheese. I check notebook on Sunday.", None),
     t("So what I'm hearing is you want to open a third outlet and need a full ERP to manage growth across branches, is that right?"),
     c("No, no third outlet. Just stop the stock missing.", None),
     t("Got it, so if I understand correctly, your staff are quite tech-savvy and you'd like an advanced dashboard with loyalty points and online ordering built in."),
     c("I said my staff is not computer people. My friend bought complicated POS, staff refused. Same problem I don't want.", "bad_experience"),
     t("Absolutely. So to play it back: you're happy to invest in the full suite, 12,000 rupees per outlet a month, because growth matters most to you. Did I get that right?"),
     c("You did not get anything right. 12,000 is too much for two small momo shops.", "too_expensive"),
     t("I appreciate that. So you'd like to think about the premium tier and start next month, correct?"),
     c("No. Just email me a brochure. Bye.", "brush_off")],
))

# 26 wrong_paraphrase - maternity package, private hospital, Amman
o = c("Hello, I'm 24 weeks pregnant with my second baby. My first was a caesarean at another hospital and it was a bad experience, the doctor rushed everything. This time I want to try a normal delivery if it's safe. Do you have a package?", "bad_experience")
PAIRS.append(gpair(
    "b69g_amman_maternity", "Private hospital maternity desk, Amman (Jordan)", "wrong_paraphrase",
    "A pregnant woman after a rushed first caesarean asks about trying a vaginal birth this time.",
    [o,
     t("Congratulations, and thank you for telling me about the first birth. A normal birth after a caesarean is possible for many women, but it needs planning with a doctor. How long ago was the caesarean, and do you know why it was done?"),
     c("Three years ago. They said the baby was not coming down, but they never explained much.", None),
     t("That's useful for the doctor. Two of our obstetricians support this and take time to explain. The package depends on how the birth goes: normal delivery 1,400 dinars, caesarean 2,100. Does your insurance cover maternity?"),
     c("Insurance covers only 1,000. My husband is worried about the cost, to be honest.", "no_money"),
     t("Understandable. The first step is just a consultation, 40 dinars, and you're not committed to anything after it. Could you ask your old hospital for the operation report, and we book Dr Hana next week, with your husband if he'd like?"),
     c("Yes, he wants to come. Wednesday is his day off.", None),
     t("Wednesday at 4 with Dr Hana, then. I'll send the address and the list of papers.")],
    [o,
     t("Congratulations! We'd love to be part of your journey. Tell me what matters most to you."),
     c("I want to try a normal delivery if it's safe. The first time the doctor rushed everything.", None),
     t("So what I'm hearing is you'd like a planned caesarean again, but in a calmer setting, with our VIP suite. Is that right?"),
     c("No, I said normal delivery. I don't want another operation if I can avoid it.", "no_need"),
     t("Absolutely. So if I understand you, comfort and privacy are what matter, which makes the VIP Suite Maternity package at 3,200 dinars the right fit, correct?"),
     c("I never said VIP. My insurance covers 1,000, that is far more than we can pay.", "no_money"),
     t("I understand. So to confirm, you're happy with the VIP package and your husband will handle the payment, yes? Shall I reserve it for your due date?"),
     c("No. I will speak with my husband and maybe ask another hospital.", "think_it_over")],
))

# 27 pitch_to_upset - bereavement, bank branch, Penang
o = c("Hello... sorry. My father passed away two weeks ago. He had accounts with you, and I'm, um, I'm the executor. I don't know what I'm supposed to do. The funeral home needs to be paid and his account is frozen.", None)
PAIRS.append(gpair(
    "b69g_penang_bereavement", "Bank branch, George Town, Penang (Malaysia)", "pitch_to_upset",
    "A grieving daughter, executor of her father's estate, needs to pay the funeral home from his frozen account.",
    [o,
     t("I'm very sorry about your father. Take your time, we'll go through it together. You're the executor named in his will, is that right?"),
     c("Yes. My brother is in Perth, so it's me doing everything.", None),
     t("That's a lot on one person. For the funeral bill, the bank can pay the funeral home directly from his account even while it's frozen, if you bring the invoice, the death certificate and your IC. Do you have the death certificate yet?"),
     c("Yes, I got it last week. The funeral home wants 9,800 ringgit by Friday.", None),
     t("Then if you come in tomorrow or Thursday with those three things, we'll pay it directly. The rest, his savings and fixed deposit, needs probate, and I'll give you a one-page list so you don't have to remember it all. Would a morning be easier?"),
     c("Thursday morning. I'm sorry, I'm just very tired.", None),
     t("No need to apologise. Thursday at 10, ask for me, Mei Ling. I'll have everything ready.")],
    [o,
     t("I'm so sorry for your loss. Losing a parent is one of life's hardest experiences. Can I ask, are you the executor?"),
     c("Yes. My brother is in Perth, so it's me. The funeral home needs to be paid.", None),
     t("I understand. It's moments like this that remind us to plan ahead. Have you thought about your own family's protection? Our Legacy Life plan means your children never face this uncertainty."),
     c("Sorry? I just... I need to pay the funeral home. His account is frozen.", None),
     t("Of course. And once the estate's settled you'll have funds to manage, so our wealth team can help you invest the inheritance; fixed deposit rates are excellent right now. Shall I book you with them?"),
     c("I don't want to talk about investments. My father is two weeks gone.", "no_need"),
     t("Completely understand, I'll just pop the brochure in with your papers. For the account, you'll need probate first, which can take a few months. Anything else I can help with?"),
     c("A few months? They want payment by Friday. Never mind, I'll ask my cousin to lend it.", None)],
))

# 28 pitch_to_upset - double-booked wedding hall, Chennai
o = c("This is Raghavan. I booked your hall for my daughter's wedding on the 22nd, paid one lakh advance in March. Now your manager calls saying there is a double booking?! Invitations are printed! 600 guests! What nonsense is this?", None)
PAIRS.append(gpair(
    "b69g_chennai_hall", "Wedding hall, T. Nagar, Chennai (India)", "pitch_to_upset",
    "An angry father hears his daughter's wedding hall may be double-booked.",
    [o,
     t("Mr Raghavan, I'm very sorry, this is our mistake, and I know how serious it is with invitations out. Let me tell you what happened and what I've done. Is that alright?"),
     c("Tell me.", None),
     t("A second booking for the 22nd was entered in April from our other branch's system. Yours came first, with the advance paid, so the hall is yours on the 22nd. The owner confirmed it this morning, and we're moving the other party."),
     c("Then why did your manager call and frighten my wife? She is crying from morning.", None),
     t("He shouldn't have called before it was settled, I'm sorry. I'll send a written confirmation of the 22nd, signed by the owner, within the hour. Is anything else about the day worrying you now, catering, parking?"),
     c("Parking. Last time we came there was no space. And I want it in writing, not WhatsApp only.", None),
     t("Understood. The signed letter goes by courier today, with a PDF now. For parking, I'll book the school ground next door for that evening at our cost."),
     c("Alright. I will wait for the letter.", None)],
    [o,
     t("Mr Raghavan, I completely understand how you feel. First, congratulations on your daughter's wedding! Have you seen our Platinum Decor package? It turns the hall into a palace."),
     c("What decor? I am asking whether I have a hall at all on the 22nd!", None),
     t("Absolutely, I hear you. The booking situation is being looked into. Meanwhile, many families in your position upgrade to our rooftop banquet, it's exclusive and avoids any clash. Only 1.8 lakh extra."),
     c("I paid one lakh already. I am not paying 1.8 more for your mistake. Ridiculous.", "too_expensive"),
     t("I understand your feelings. What if we add the wedding photography package at 20 percent off? That way the day is even more special."),
     c("You are not listening. I want the manager, and my advance back if the hall is not mine.", None),
     t("Of course, sir. The manager is on leave till Monday. Shall I note your interest in the rooftop upgrade meanwhile?"),
     c("I will come there myself this evening.", None)],
))

# 29 blame - roaming bill shock, Cebu
o = c("hi my bill this month is 14,800!! normally 999 only. i went to japan for 5 days but i turned off data roaming naman. pls explain", None)
PAIRS.append(gpair(
    "b69g_cebu_roaming", "Mobile network chat support, Cebu City (Philippines)", "blame",
    "A postpaid customer gets a huge roaming bill after a short trip to Japan.",
    [o,
     t("Hi, sorry for the shock, that's a huge jump. Let me check the breakdown. Can you give me the mobile number or account number?"),
     c("0917 number, under Maricel Santos", None),
     t("Thank you, Maricel. Most of it is 4.2GB of roaming data on the 12th, in Osaka. You're right that roaming was off on the phone, but on our side the roaming add-on was still active, so some apps may have connected through a partner network. Did you get an SMS when you landed?"),
     c("yes one sms but it only said welcome to japan, nothing about charges", None),
     t("Then our message wasn't clear enough, and that's on us. I can cap it at the daily rate, 599 a day for five days, so 2,995 instead of 13,800, and block roaming on your line until you ask to open it. Would that work?"),
     c("still 3k for data i didnt know i used... but ok its way better. i cant pay the 14k anyway", None),
     t("Understood. The adjusted bill shows within 24 hours, and I'll email the day-by-day breakdown."),
     c("ok thank u", None)],
    [o,
     t("Hi! I'm sorry for your experience. Let me look. Yes, 4.2GB of roaming data in Osaka on the 12th. Can I ask, did you check your settings before you travelled?"),
     c("yes!! data roaming was OFF. i checked at the airport", None),
     t("I hear you, but the system doesn't lie. If it's there, it was used. Maybe you switched it on for Maps and forgot? A lot of travellers do."),
     c("i did not. i used hotel wifi only. i got sms welcome to japan, nothing about charges", None),
     t("The rates are on our website, so it's really the subscriber's responsibility to check before flying. Did you look at the roaming page?"),
     c("so its my fault?? im subscriber 8 years. i cant pay 14k for this", None),
     t("I understand your feelings. I can offer an instalment plan over 6 months. And next time, our Travel Pass at 599 a day would have avoided all this. Shall I add it for future trips?"),
     c("no need. ill file a complaint with NTC", "no_need")],
))

# 30 blame - online certificate exam locked, Nairobi
o = c("Good evening. I paid for the project management certificate in January and completed all modules, but the final exam will not open. It says access expired. My employer needs it by end of this month.", None)
PAIRS.append(gpair(
    "b69g_nairobi_course", "Online professional training provider, learner support for Nairobi (Kenya)", "blame",
    "A working learner finished all modules but is locked out of the final exam before an employer deadline.",
    [o,
     t("Good evening, and sorry, that's stressful with a deadline. Let me look at your account. What email did you register with?"),
     c("wanjiku.m at gmail. I finished module 8 last week.", None),
     t("I can see all 8 modules complete, well done. Access runs 90 days from enrolment, which ended on the 14th, but the exam should stay open for anyone who finished the modules. That's a setting on our side, not something you did. I'm reopening it for 30 days now."),
     c("Thank you. But I'm afraid if it cuts during the exam, I lose my attempt. Last year another platform cut me in the middle of a test.", "bad_experience"),
     t("Fair worry. If the exam drops, your answers are saved and you can resume within 24 hours; if it fails on our side, you get a free new attempt. Could you try opening it now while I'm here?"),
     c("It opens now. I will take it on Saturday, during the week I work late.", None),
     t("Saturday's fine, the 30 days cover it. I'll also email you a letter for your employer confirming the modules and the exam date."),
     c("That is very helpful. Thank you.", None)],
    [o,
     t("Good evening! I'm sorry to hear about your experience. Can I check, when did you enrol?"),
     c("In January. I completed all modules, the last one last week.", None),
     t("Right, so the access window is 90 days, which is clearly stated at checkout. It expired on the 14th. If you'd planned your study, you'd have finished in time."),
     c("I work full time and I have two children. I did finish the modules. Nobody told me the exam also expires.", None),
     t("It's in the welcome email, which I'm guessing you didn't read. I can extend access for 49 dollars. Or upgrade to Premium at 120, a full year, which might suit your pace better."),
     c("49 dollars for something I already paid? That is not fair, I paid 300 already.", "too_expensive"),
     t("I understand your frustration, but we can't be responsible for students who fall behind. How would you like to proceed?"),
     c("I will ask my employer to speak to your company. Maybe they choose another provider next year.", None)],
))
