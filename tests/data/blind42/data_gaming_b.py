"""Gaming pairs, part b: putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude (two of each). Written by hand."""
from common import c, t, gpair

PAIRS = []

# 11 ------------------------------------------------------------- putdown_question, Minnesota
o = c("Hey. I need tubeless set up on my gravel bike before Saturday, I'm racing the Heck of the North. Rims are tubeless-ready, I've got the tape and valves, I just need sealant and somebody with a compressor.", None)
PAIRS.append(gpair(
    "b42g_gravelbike_putdown", "independent bike shop, Duluth, Minnesota, USA", "putdown_question",
    "An experienced amateur racer brings his gravel bike to a Duluth shop two days before a race and asks for a straightforward tubeless setup. Spoken, at the counter.",
    o,
    [t("Sure thing. Let me look at the rims... yep, those'll seat fine. How wide are the tires you're running?"),
     c("Forty-fives, the Gravelkings. They're new.", None),
     t("Good. Normally I'd like to leave it overnight so I can check it holds pressure in the morning. Can you leave it till tomorrow?"),
     c("Can't, I'm driving up first thing. I need it back tonight.", "no_time"),
     t("Okay, then I'll do it now, I can do it in about forty minutes. I'll spin it, check it at six and top up the sealant before you pick it up. Bring a mini pump and a plug kit anyway."),
     c("Perfect. I'll grab a coffee and come back.", None),
     t("See you in forty. Good luck Saturday.")],
    [t("Sure. Have you actually run tubeless before? It's not the same as pumping up a tube, you know."),
     c("Six years. Road and gravel. I just don't own a compressor.", None),
     t("Right. And you're sure those rims are really tubeless-ready, or did you just read that somewhere? Honestly, for a race like that, shouldn't you be on proper carbon wheels instead of these?"),
     c("I'm not buying new wheels two days before a race, I don't have time for a wheel build. Can you do the setup or not?", "no_time"),
     t("I can, but I'd have to fit it in tomorrow afternoon. You do realise Saturday is race weekend for half of Duluth? What experience were you hoping for, walking in on a Thursday?"),
     c("Wow. Okay. I'll do it in my buddy's garage.", None),
     t("Suit yourself. Anything else I can help you with today?")],
))

# 12 ------------------------------------------------------------- putdown_question, Ethiopia (B2B, typed)
o = c("Good morning. I am Tesfaye, manager at a coffee cooperative near Jimma. We want a small sample roaster, 1 kg, so we can cup our own lots before the buyers come. What do you have and what is the price?", None)
PAIRS.append(gpair(
    "b42g_sampleroaster_putdown", "coffee processing equipment supplier, Addis Ababa, Ethiopia (B2B)", "putdown_question",
    "A coffee cooperative manager from the Jimma zone writes to an equipment importer in Addis asking about a small sample roaster. Typed chat (messaging app).",
    o,
    [t("Good morning Ato Tesfaye. For 1 kg we have two: a Turkish gas roaster at 380,000 birr and an electric one at 290,000. Is there stable power at the cooperative or do you run on generator sometimes?"),
     c("Power cuts 2, 3 times a week. We have gas cylinders.", None),
     t("Then the gas one is the right choice for you, the electric would stop in the middle of a roast. It comes with 1 day training at your site, we send a technician to Jimma."),
     c("380 is above what the union board approved. They gave 300,000 maximum.", "no_money"),
     t("Understood. We have one refurbished gas unit from a roastery in Bole, same model, 6 months warranty, 295,000. Or the board could approve the new one in two payments over two quarters. I can send photos of the refurbished one today."),
     c("Send photos please, I will show the board on Friday.", None),
     t("Sending now, with the serial and service history. I will hold it for you until Monday.")],
    [t("Good morning. Before prices, do you actually know what a roast profile is? Sample roasting is quite technical."),
     c("We have cupped for ten years with the union lab. We just want to do it ourselves now.", None),
     t("OK. But have you considered that a rural cooperative may not be ready for this level of equipment? Who will operate it, someone trained or just a farmer?"),
     c("Our quality officer has Q grader certificate. Please, just the price.", None),
     t("It's 380,000 birr for the gas model. Most cooperatives find that too much, are you sure you have budget for this kind of thing?"),
     c("We will compare with the supplier from Nairobi and decide.", "think_it_over"),
     t("Fine. Do you have any other questions about our customer experience?")],
))

# 13 ------------------------------------------------------------- not_my_department_or_read_the_terms, Réunion
o = c("Bonjour, excuse me, my suitcase is not arrived. I come from Paris, the flight of this morning. Everything is inside, the medicine of my father also.", None)
PAIRS.append(gpair(
    "b42g_lostbag_terms", "airline baggage service desk, Roland Garros airport, Réunion", "not_my_department_or_read_the_terms",
    "A woman flying home to Réunion from Paris to care for her sick father finds her suitcase missing at the carousel; his medication was inside. Spoken, at the baggage desk, French-accented English.",
    o,
    [t("Bonjour madame, I'm sorry. Let me open a file now. Your baggage tag, please, the little sticker on the boarding pass... Thank you. I can see it: it stayed in Paris, it's booked on tomorrow's flight, arriving 6:40 in the morning."),
     c("Tomorrow? But the medicine, he needs it tonight. It's for his heart.", None),
     t("Okay. Do you have the prescription, or the name of the medicine? The pharmacy here in the terminal is open until nine, and we reimburse essential purchases while the bag is delayed. Keep the receipt and I'll write the file number on it."),
     c("Yes, I have the photo of the prescription on my phone. But I live in Saint-Pierre, I cannot come back tomorrow, it's one hour and half.", None),
     t("You don't need to. We deliver the bag to your home tomorrow afternoon. Give me the address and a phone number, and the driver calls you before he comes."),
     c("Okay. 14 rue Archambaud, Saint-Pierre. Merci, really.", None),
     t("Here's your file number, RUN-44812. Go to the pharmacy first, it's just behind you on the left.")],
    [t("Bonjour. Missing baggage is handled by the ground handling agent, not by the airline desk. The procedure is in our conditions of carriage, article 9, on the website."),
     c("But where is the agent? There is nobody there.", None),
     t("They open at two. As stated in the terms, delayed baggage must be declared within 21 days, so you have time. Can I help with anything else?"),
     c("I told you, my father's medicine is inside! For his heart!", None),
     t("I understand your experience, madame. Medical items should be in the cabin bag according to the conditions, that is also written on the website. Reimbursement questions go through the online claim form."),
     c("This is incredible. I will wait for this agent, thank you for nothing.", None),
     t("You're welcome. Have a nice day in Réunion.")],
))

# 14 ------------------------------------------------------------- not_my_department_or_read_the_terms, Bosnia
o = c("Dobar dan. My husband died, three weeks ago. He had account here, the pension came to it. I don't know what I have to do now. My son is in Austria, I am alone with this.", None)
PAIRS.append(gpair(
    "b42g_widowaccount_terms", "retail bank branch, Sarajevo, Bosnia and Herzegovina", "not_my_department_or_read_the_terms",
    "An elderly widow comes into her Sarajevo bank branch alone to ask what happens to her late husband's account. Spoken, at the counter.",
    o,
    [t("I'm very sorry for your loss, gospođo. Please, sit here with me, we'll go through it slowly. Was the account only in his name, or did you have it together?"),
     c("Only his. I had the card, but... they told me it is blocked now.", None),
     t("Yes, the bank blocks it when we get the death notice. The money in it stays safe. To release it, the bank needs the court's inheritance decision, the rješenje. Do you know if your son has started that?"),
     c("He said he will, when he comes for Bajram. But the funeral, I still owe for the funeral, I cannot wait months.", None),
     t("That part can be faster. If you bring the funeral home's invoice, the bank can pay it directly from his account, before the inheritance is finished. I'll write down the list for you, and the list for your son, so he knows exactly what to send."),
     c("You can write it? My eyes are not so good now.", None),
     t("Of course, in big letters. And here is my name and direct number. When you have the invoice, call me and I'll book you a time so you don't wait in the queue.")],
    [t("Dobar dan. Deceased clients' accounts are not handled at the counter, that is the inheritance department at the head office on Zmaja od Bosne."),
     c("Head office... how do I go there? Can you not just tell me what papers?", None),
     t("Everything is in the general terms, section 14, deceased persons. You can read them on our website or take a brochure from the stand by the door."),
     c("I don't use the internet. I came here because this was his branch, forty years.", None),
     t("I understand that this is a difficult experience. The counter can only do transactions for the account holder. The inheritance department will meet your needs. Was there something more?"),
     c("No. Nothing else. I will wait for my son.", None),
     t("Alright. Next, please.")],
))

# 15 ------------------------------------------------------------- social_proof_or_deadline_pressure, Maldives (typed)
o = c("hey, me and my gf are thinking about a liveaboard in march, 7 nights. we're both only open water certified, got it last year in thailand. is that ok?", None)
PAIRS.append(gpair(
    "b42g_liveaboard_pressure", "liveaboard dive trip agency, Malé, Maldives", "social_proof_or_deadline_pressure",
    "A young couple, newly certified divers, ask a Maldives liveaboard agency by chat whether a seven-night trip suits them. Typed chat.",
    o,
    [t("Hi! Yes, it can be. How many dives have you each logged since certifying?"),
     c("like 8 each? all in koh tao", None),
     t("Then I'd steer you to the North & South Malé route, not the Deep South. Fewer strong-current channel dives, and the guides do a check dive on day one. Many boats also run the Advanced course on board if you want it. March on the Blue Horizon is $2,400 pp all in."),
     c("hmm that's more than we planned tbh, we were thinking ~1500 each", "too_expensive"),
     t("Fair. For that budget a guesthouse on Maafushi with a 10-dive package comes out around $1,300-1,500 pp for 7 nights, and you still see mantas and reef sharks. Happy to send both options so you can compare with your gf."),
     c("yes pls send both, we'll look this weekend", "think_it_over"),
     t("Sent to your email with the dates and what's included. No deposit needed to ask questions, just reply here.")],
    [t("Hi! Open water is fine 😊 Just so you know, the March Deep South trip has only 2 cabins left and 37 people are viewing it right now!"),
     c("oh wow ok. is deep south ok for beginners tho?", None),
     t("Our guests love it, 4.9 stars from 600+ divers, everyone says it's the experience of a lifetime! The early-bird price of $2,600 pp ends at midnight, after that it's $3,100."),
     c("thats a lot. i need to check with my gf first", "think_it_over"),
     t("Totally! But honestly most couples book on the spot because the cabins go so fast, yesterday a German couple took the last one for February. Want me to lock it in with a $500 deposit now so you don't miss out?"),
     c("nah we'll leave it. thanks", "brush_off"),
     t("No worries! Just remember the offer closes at midnight ⏰ Anything else I can help with?")],
))

# 16 ------------------------------------------------------------- social_proof_or_deadline_pressure, Manitoba
o = c("Well? You've been down there a good while. Is it the igniter again? It did this last winter too.", None)
PAIRS.append(gpair(
    "b42g_furnace_pressure", "home heating service company, Winnipeg, Manitoba, Canada", "social_proof_or_deadline_pressure",
    "A heating technician comes up from an elderly widower's basement in Winnipeg in January after finding a crack in a 25-year-old furnace. Spoken, in the kitchen.",
    o,
    [t("Not this time, Mr. Friesen. The heat exchanger's cracked, I'll show you on my phone. That's the part that keeps the exhaust out of your air, so I'm not comfortable leaving it running. I've turned it off and left two electric heaters from the van, you can keep those."),
     c("Cracked. Last fella who came to my neighbour said the same thing and sold her a furnace she didn't need, turned out.", "bad_experience"),
     t("That's a fair thing to worry about. Here's the photo, and here's the CO reading I took at the register. You're welcome to have another company look before you decide anything, I'll write down what I found so they can check it."),
     c("Hm. That's a crack alright. What's a new one run?", None),
     t("A mid-range high-efficiency unit is about fifty-eight hundred installed, and Efficiency Manitoba gives about a thousand back. I'll leave you a written quote. Do you want me to call your daughter with it, or will you?"),
     c("I'll phone her tonight. She'll want to see that picture.", None),
     t("I'll text it to you both. Keep the heaters on, and the CO alarm's got fresh batteries now.")],
    [t("Bad news, Mr. Friesen, the heat exchanger's cracked. But good timing actually, the manufacturer rebate ends this Friday, and I've done four on your street this month, the Klassens next door took the top model."),
     c("The Klassens? Well... I'd have to ask my daughter, she handles these things for me.", "think_it_over"),
     t("Of course. Just so you know, I've got one unit left in the warehouse at this price, after that it goes up eighteen percent in February. Ninety percent of my customers go with the Platinum, it's what everybody's installing this year."),
     c("How much is this Platinum?", None),
     t("Seventy-nine hundred installed, after Friday it's over nine thousand. Most seniors I do put it on the monthly plan."),
     c("That's an awful lot of money at once, for me. I'm on the pension.", "no_money"),
     t("That's why people don't wait. Want me to lock in the last unit before somebody else on the street takes it?")],
))

# 17 ------------------------------------------------------------- keyword_stuffed, Rwanda (B2B, typed)
o = c("Hi, we're a 9-person fintech team, need desks in Kigali from next month. Two questions: how much per desk, and is there power backup? Internet must be stable, we run payment servers.", None)
PAIRS.append(gpair(
    "b42g_coworking_keywords", "coworking space, Kigali, Rwanda (B2B)", "keyword_stuffed",
    "A fintech startup's operations lead messages a Kigali coworking space about moving a nine-person team in next month. Typed chat.",
    o,
    [t("Hi! Dedicated desk is 110,000 RWF per person a month, a private office for 10 is 950,000. We have a diesel generator that switches over in about 8 seconds and a UPS on every floor, so laptops and the router don't drop."),
     c("honestly after our last space i dont trust 'backup' claims, that place in kimihurura went dark every afternoon", "bad_experience"),
     t("Understandable. Two fibre lines, MTN and Liquid, with automatic failover. You can come in for a free day this week and test it yourselves, I can also share last quarter's uptime log."),
     c("ok the free day is good. thursday?", None),
     t("Thursday works. I'll book the meeting room for your team from 9 and send you the Wi-Fi details and the uptime log by email today."),
     c("great, see you thurs", None)],
    [t("Hi! Thanks for reaching out 😊 We're all about understanding your needs and building a long-term relationship. Our community-first experience helps teams like yours achieve success."),
     c("ok but price per desk and power backup?", None),
     t("Great question! Our value proposition is designed around your journey. What does success look like for your team this year? We believe in partnership, collaboration and meeting every need."),
     c("honestly after our last space i'm sceptical of this kind of answer. that place also promised 'seamless experience' and went dark every afternoon", "bad_experience"),
     t("I really hear your experience and I value you sharing it. We'd love to understand your needs more deeply in a discovery session with our community success manager. When works for you?"),
     c("no time for a discovery session, we move in 3 weeks. send the price list and i'll look", "brush_off"),
     t("Amazing! Is there anything else I can do to make your experience exceptional today? 🙌")],
))

# 18 ------------------------------------------------------------- keyword_stuffed, North Macedonia
o = c("Zdravo. I want to cancel my membership. I'm moving to Munich for work on the first of next month.", None)
PAIRS.append(gpair(
    "b42g_gymcancel_keywords", "fitness club chain, Skopje, North Macedonia", "keyword_stuffed",
    "A young engineer leaving North Macedonia for a job in Germany comes to the gym front desk in Skopje to cancel his annual membership. Spoken, at the desk.",
    o,
    [t("Zdravo. Congratulations on the job. Let me pull up your contract... It's annual, and it says one month's notice. So if we do it today, your last payment is next month's, and that's it."),
     c("One more month? I leave in ten days, I don't use it.", None),
     t("I know, that's the contract. What I can do is move your remaining time to your brother or a friend if you like, so the month isn't wasted. Or if you just want it done, sign here and it's cancelled today."),
     c("Hm, my brother maybe. He always takes my towel anyway.", None),
     t("Then bring him, or send me his ID photo, and I'll transfer it. Either way I'll email you the cancellation confirmation today."),
     c("Okay. I'll sign now and send his photo tonight. Fala.", None),
     t("Done. Srekjno in Munich.")],
    [t("Zdravo! I really hear that your fitness journey is important to you, and we value our relationship with every member. Can you tell me about your needs and what success looks like for you going forward?"),
     c("Success is cancelling. I'm moving to Germany.", None),
     t("That's an exciting new experience! So what I'm hearing is that flexibility is a key need for you. Many members in transition choose to freeze their membership, so their wellness journey continues when they come back. How does that sound?"),
     c("I don't want to freeze it. I am leaving the country, I don't need it.", "no_need"),
     t("Absolutely, I understand your needs. Our goal is your long-term success and satisfaction. Could you tell me more about what's driving the decision, so we can improve the member experience?"),
     c("I have a flight in ten days and no time to come back here. Can I sign something or not?", None),
     t("Great question! Our retention team will reach out to explore your needs. Is there anything else I can do for your wellness today?")],
))

# 19 ------------------------------------------------------------- rude, Tanzania
o = c("Hi, we need to talk about yesterday. The Land Cruiser broke down on the way to Ngorongoro, we sat on the road for four hours and never made it into the crater. That was the main reason we came.", None)
PAIRS.append(gpair(
    "b42g_safari_rude", "safari tour operator office, Arusha, Tanzania", "rude",
    "A British couple back in Arusha after their vehicle broke down complain to the safari company that they missed the Ngorongoro Crater, the highlight of their trip. Spoken, at the office.",
    o,
    [t("Pole sana, I've read the driver's report and I'm really sorry. Four hours on the road and no crater is not the safari you paid for."),
     c("No, it isn't. And nobody called us or sent another car.", None),
     t("You're right, we should have sent the backup vehicle from Karatu within the hour, and we didn't. I can do two things: tomorrow we drive you back to the crater, new vehicle, early start, no charge. Or I refund the crater day."),
     c("We fly to Zanzibar tomorrow at eleven. We can't do another day.", "no_time"),
     t("Then the refund. That day was $340 per person including the crater fee, so $680, back to your card within five working days. I'll also email you the written apology from our director today."),
     c("Okay. That's fair. It's still a shame, but thank you for not arguing about it.", None),
     t("Karibu. And I'm putting Joseph, our best guide, on your transfer to the airport tomorrow.")],
    [t("Yes, I heard. Vehicles break down. This is Africa, not London, the roads are rough. What do you expect us to do, carry the car?"),
     c("Excuse me? We expected a backup vehicle. We paid for the crater.", None),
     t("Look, I understand your experience, but the driver did his best. If you wanted a guarantee you should have booked one of the expensive companies."),
     c("We paid $2,800 each. That's not cheap.", None),
     t("Madam, everyone complains about the price after. You saw lions in Tarangire, no? So the safari was a success. What more do you want from me?"),
     c("I'm going to post a review about this. Come on, David, we're leaving.", None),
     t("Post what you want. Next.")],
))

# 20 ------------------------------------------------------------- rude, Wisconsin (B2B)
o = c("Yeah, it's Gary Schultz, Schultz Dairy out on County K. My feed was supposed to be here Tuesday. It's Thursday. I got 240 cows and maybe a day and a half of ration left.", None)
PAIRS.append(gpair(
    "b42g_dairyfeed_rude", "livestock feed mill and delivery, central Wisconsin, USA (B2B)", "rude",
    "A dairy farmer phones his feed mill because a scheduled delivery is two days late and his herd is close to running out. Spoken, phone.",
    o,
    [t("Gary, I'm sorry, that's on us. Our truck on your route blew a transmission Monday and we didn't call, and we should have. Let me see what I can get you today."),
     c("Today would be good. These cows don't wait.", None),
     t("I can get eight ton of your lactating mix off the Marshfield mill on a hotshot trailer, there by four this afternoon, and the rest on the regular truck tomorrow morning. No charge for the hotshot."),
     c("Alright. That'll carry me.", None),
     t("And so this doesn't happen again, we could put a level sensor on your bins, it texts us when you're at thirty percent."),
     c("Tried those with the old co-op. Never read right, they'd show full when the bin was empty.", "bad_experience"),
     t("Fair enough. Then I'll just put you on our call-ahead list: the driver calls you the day before every delivery, and if something slips you hear it from me, not from your empty bin.")],
    [t("Yeah, Gary, I know, you're the fourth guy today. We had a truck down. You're not our only customer, pal."),
     c("I've been buying from you eleven years. I'm not 'pal'. When am I getting feed?", None),
     t("When the truck's fixed. Maybe Monday. Look, I appreciate the relationship, but if you'd ordered a bit earlier you wouldn't be down to a day and a half, would you?"),
     c("I ordered on the usual schedule. Same as always. You're telling me Monday?", None),
     t("I'm telling you what I know. I can't make a truck appear. Anything else you need?"),
     c("Yeah. Cancel my standing order. I'm calling the co-op in Stratford.", None),
     t("Your call. Have a good one.")],
))
