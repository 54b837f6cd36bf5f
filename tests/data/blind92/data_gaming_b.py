"""Gaming pairs b01-b10 of blind92 (written by hand)."""
from common import c, t, gpair

PAIRS = []

# 11 ignored_customer - Muscat, date exporter (B2B)
o = c("Good afternoon. I'm Farah, buyer for a supermarket group in Kuala Lumpur. We want a date supplier for Ramadan, about six containers. Our last supplier's Khalas arrived dry and hard.", None)
PAIRS.append(gpair(
    "b92g_muscat_dates_export", "Date packer and exporter, Muscat (OMR / MYR)", "ignored_customer",
    "A Malaysian supermarket buyer looks for six containers of dates for Ramadan after dry fruit from a previous supplier.",
    [o,
     t("Good afternoon, Farah, thank you for thinking of us. The dry Khalas, do you know if it was the transit or the fruit itself?"),
     c("We think the containers were not reefers, just dry boxes. 34 days with a transhipment in Colombo.", None),
     t("That would do it. We ship only in reefers at 0 to 5 degrees, and from Sohar there's a direct service to Port Klang, about 12 days. Which varieties and packs do your shoppers buy most?"),
     c("Khalas and Fard, in 500 gram and 1 kilo boxes. The 500 gram must be under 9 ringgit on the shelf or it doesn't move.", None),
     t("Under 9 ringgit retail means a landed cost near 5. Fard can reach that; Khalas in 500 g would be closer to 6. I'd put Fard in the 500 g promo line and Khalas in the 1 kg. I can courier samples this week with our halal certificate and the moisture report."),
     c("Interesting. Before any volume I must check with my category manager, but yes, send three boxes of each.", "think_it_over"),
     t("Three of each by DHL, arriving Thursday. I'll put FOB and CIF Port Klang prices in the same email so your manager sees everything at once."),
     c("Perfect. Thank you, Salim.", None)],
    [o,
     t("Good afternoon Farah! What are the most important things for you in a supplier?"),
     c("Freshness on arrival, the dates must not come dry. And the 500 gram price must let us sell under 9 ringgit.", None),
     t("Wonderful. We are proud of our premium Khalas in gold gift boxes, 1 kilo, with ribbon. Very popular in Dubai."),
     c("Gift boxes are too expensive for our shoppers. We sell to families, not for corporate gifts.", "too_expensive"),
     t("Great, thank you for sharing. And how do you usually ship?"),
     c("That is my question to you. Last time dry containers, 34 days via Colombo. Do you use reefers?", None),
     t("I hear you. So, the gold box is 42 rials a carton of 12, and we can do a custom ribbon in your colours for Ramadan."),
     c("You didn't answer about the reefers. And 42 rials a carton is impossible at our shelf price.", "too_expensive"),
     t("Excellent feedback. Anything else you'd like to share about your needs?"),
     c("I already shared everything. Email me your price list, I'll have a look.", "brush_off")]))

# 12 repeated_questions - Amman, dermatology clinic (daughter calls for father)
o = c("Hello, good morning. I'm calling for my father, his English is not good. He has a mole on his back that got bigger and darker. We want a dermatologist.", None)
PAIRS.append(gpair(
    "b92g_amman_clinic_mole", "Private dermatology clinic, Amman (JOD)", "repeated_questions",
    "A daughter books for her elderly father, whose mole has changed; a past insurance claim was refused at another clinic.",
    [o,
     t("Good morning, thank you for calling for him. A mole that changed should be seen soon, you're right to call. How long has it been changing, and does it bleed or itch?"),
     c("My mother noticed maybe two months ago. It itches sometimes. No blood.", None),
     t("Thank you. I'll put him with Dr. Lina Haddad, she checks moles with a dermatoscope. Is it insurance or private?"),
     c("Insurance from his retirement. But last time the claim was refused, the clinic was not in their network, we paid 60 dinars for nothing. Honestly I'm afraid to go private again.", "bad_experience"),
     t("That's frustrating. Which insurer? I'll check the network now, so you know before you come."),
     c("MedNet, I think. Yes, MedNet.", None),
     t("We're in the MedNet network, so the visit is covered except the 20 percent, about 5 dinars. If she removes it, we ask for pre-approval for you. Earliest is Tuesday at 11 or Wednesday at 5."),
     c("Wednesday at 5, so I can come with him after work and translate.", None),
     t("Wednesday at 5 with Dr. Lina. Bring his insurance card and ID. If it starts to bleed before then, call us and we fit him in sooner."),
     c("Thank you so much, really.", None)],
    [o,
     t("Good morning! Could you tell me what brings your father to us today?"),
     c("The mole. On his back. Bigger and darker in two months.", None),
     t("I see. And what would you say is the main reason he wants to see a dermatologist?"),
     c("...The mole. That changed. I just said it.", None),
     t("Of course. Just so I understand your needs, what's the concern that made you call today?"),
     c("Are you listening? A mole, bigger, darker, it itches. And I need to know about insurance, last time the claim was refused.", None),
     t("Thank you. And how would you describe the problem he is experiencing?"),
     c("Habibti, I told you three times. Is Dr. Lina in MedNet or not?", None),
     t("I understand. Before insurance, can you help me understand what is going on with his skin?"),
     c("Forget it. I'll call the hospital, at least they write it down the first time.", None)]))

# 13 wrong_paraphrase - Casablanca, floor tiles for a cafe
o = c("Salam, I have a cafe in Maarif. I want to change the floor inside, 60 square metres. I close two weeks in August, that's all the time I have.", None)
PAIRS.append(gpair(
    "b92g_casablanca_cafe_floor", "Tile and ceramics dealer, Casablanca (MAD)", "wrong_paraphrase",
    "A cafe owner in Maarif needs a durable, non-slip floor laid during a two-week August closure, on a tight budget.",
    [o,
     t("Salam. Two weeks in August, so the tiles must be in stock and the work quick. What's on the floor now, and what bothers you about it?"),
     c("Old granito, cracked everywhere. And when it rains, people come in with wet shoes and it's like ice.", None),
     t("So hard-wearing, not slippery when wet, ready for August. Break the granito out, or tile on top? On top saves about four days."),
     c("On top, if possible. My wife wants something light, but I'm afraid it shows the dirt.", None),
     t("On top works if the old floor is level; our man should check. A mid-grey or beige with a light pattern hides dirt better than white. This 60 by 60 porcelain, R10 anti-slip, is in stock at 145 the metre, about 9,500 for 66 metres with cuts."),
     c("9,500 just for tiles, plus the tiler... At Derb Omar they say 100 the metre.", "too_expensive"),
     t("You'll find 100 there; ask if it's porcelain or ceramic, and the slip rating. Ceramic chips under cafe chairs within a year. If it's tight, we have a 120 porcelain, fewer colours, same rating. Can our man check the level Tuesday? It's free."),
     c("Tuesday before eleven, the cafe is quiet then. Wakha.", None)],
    [o,
     t("Salam! Tell me about your project."),
     c("The cafe floor, 60 metres. Old granito, cracked, slippery when it rains. Only two weeks in August.", None),
     t("So what I'm hearing is you want to redo the whole cafe, floor and walls, with a premium marble look, and there's no time pressure. Correct?"),
     c("No... only the floor. And two weeks, that IS pressure.", None),
     t("Got it. So you're saying budget isn't the main issue, and you want the best Italian porcelain, 320 the metre."),
     c("I never said that. Budget is the main issue. 320 is crazy for a cafe floor.", "too_expensive"),
     t("Understood. So to play back: you'd like the terrace done too, with outdoor tiles, since customers sit there in summer."),
     c("I don't have a terrace! Are you thinking of another customer?", None),
     t("Ha, sorry. So just to confirm, you prefer white high gloss, to make the space feel bigger?"),
     c("Glossy, when I told you it's slippery? La, la. I'm going to Derb Omar.", None)]))

# 14 pitch_to_upset - Irbid, telecom (bereaved son)
o = c("Hello. My father passed away two weeks ago. He had three lines with you, for his carpentry workshop. I need to know what to do with them.", None)
PAIRS.append(gpair(
    "b92g_irbid_lines_bereaved", "Telecom branch, Irbid (JOD)", "pitch_to_upset",
    "A grieving son asks what to do with his late father's three phone lines; his mother wants the personal number kept.",
    [o,
     t("I'm very sorry for your loss, Allah yerhamo. I'll help you sort this out, there's no rush. Will the workshop carry on, or close?"),
     c("My brother will keep it, I think. But one line was my father's personal one. My mother doesn't want it cut, his voice is on the voicemail.", None),
     t("I understand, and we can keep that number as it is. So two lines move to your brother for the workshop, and your father's number stays. For the transfer we need the death certificate, your brother's ID and the inheritance document, or a temporary court letter."),
     c("The inheritance paper isn't ready, the court takes time. And this month's bill came, 38 dinars. Must we pay it now?", None),
     t("I'll put a 60-day hold on the bills: nothing gets cut, no late fees. When the papers are ready, your brother comes to the branch on Baghdad Street, twenty minutes."),
     c("Thank you. Can the personal line stay longer? My mother... she calls it.", None),
     t("I'll note it. When the 60 days end, call me directly and I'll move it to the basic rate, 2 dinars a month, so the voicemail stays. Here's my extension."),
     c("God bless you. Thank you.", None)],
    [o,
     t("I'm so sorry for your loss. How can we make this a positive experience for you today?"),
     c("Positive? I just need to know what to do with his three lines.", None),
     t("Of course. This is actually a great moment to think about the future. Did you know our Business Fiber Bundle joins all three lines with 500 megabit internet for the workshop, just 45 dinars?"),
     c("I'm not here to buy anything. My mother wants his personal number kept, his voice is on it.", "no_need"),
     t("I hear you. So what you need is continuity, and that's what our Family Plan is for: move his number into a bundle with your mother's line and save 20 percent."),
     c("Please. He died two weeks ago. I only want to stop the bill without cutting his number.", None),
     t("Understood. And since your brother takes the workshop, shall I book him with our business team this week? The promotion ends with the month."),
     c("You're selling to me at a time like this? Give me your supervisor.", None)]))

# 15 blame - Tunis, AC installation
o = c("Allo, bonjour. You installed a split AC in my flat in Ennasr last month. Now its water falls on my neighbour's balcony and he shouts at me every day.", None)
PAIRS.append(gpair(
    "b92g_tunis_ac_drain", "Air-conditioning installer, Tunis (TND)", "blame",
    "A woman in Ennasr whose newly installed AC drips onto the neighbour's balcony calls the installer.",
    [o,
     t("Bonjour madame, sorry, that's unpleasant with a neighbour. Let me find the job: Ennasr 2, 18,000 BTU, installed on the 4th?"),
     c("Yes, that's it. The water comes from a little pipe outside and drips straight down.", None),
     t("Then the drain hose wasn't routed properly; it should run down to a drain, not hang. That's our installation and it's under the one-year guarantee, no cost. Is it the pipe coming out of your wall, next to the outdoor unit?"),
     c("Yes, that one, next to the outdoor unit.", None),
     t("That's the condensate drain. The technician will extend it to your balcony drain. I have Thursday at 10 or Friday at 3."),
     c("Thursday I'm at work, I can't. Friday 3 is okay. Can you give me something to tell my neighbour? He is very angry.", "no_time"),
     t("Friday 3 then. Tell him it's booked for Friday. If he wants, he can call me and I'll confirm it's our job to fix."),
     c("Behi, that helps. Merci beaucoup.", None)],
    [o,
     t("Bonjour madame. May I ask what you have done with the unit since the installation?"),
     c("Done? Nothing. I turn it on, it cools, and the water falls on the neighbour.", None),
     t("I see. So what I'm hearing is you run it non-stop. Condensation is normal, madame. Maybe you set it too cold?"),
     c("I put 24 degrees. The problem is the pipe, it hangs outside and drips.", None),
     t("Did you check where the drain would go before choosing the position? The customer is supposed to say where the water goes."),
     c("Your technician chose the position! I asked him, he said no problem.", None),
     t("I understand how you feel. But the balcony drain is the owner's responsibility. To move the pipe is a new call-out, 60 dinars."),
     c("60 dinars for your mistake? I'm not paying anything. I'll call the consumer organisation.", None),
     t("That's your right. Is there anything else I can help you with?"),
     c("No.", None)]))

# 1 monologue - Alexandria, washing machine on instalments
o = c("Hello ya basha, I want a washing machine on instalments. I'm getting married next month, the flat in Sidi Bishr is almost ready.", None)
PAIRS.append(gpair(
    "b92g_alexandria_washer_groom", "Home appliance store with instalments, Alexandria (EGP)", "monologue",
    "A young groom with a modest salary wants only a washing machine on instalments for his new flat.",
    [o,
     t("Mabrouk, congratulations! Automatic or half-automatic? And how big is the space where it goes?"),
     c("Automatic, my fiancee insists, hehe. The space is small, in the kitchen by the door. Maybe 60 centimetres, I'll measure.", None),
     t("Please measure width and depth, and check there's a tap and a drain close. For two people 7 kilos is enough. With the wedding costs, what monthly amount is comfortable?"),
     c("Honestly, the wedding eats everything. 600, 700 pounds a month, maximum.", None),
     t("This Fresh 7 kilo is 16,800, about 780 a month over 24 months with 2,000 down. This Zanussi 7 kilo is 14,500, about 650 a month. Both fit 60 cm. You need your national ID and a salary letter."),
     c("780 is too much now, the Zanussi I can do. But let me measure and ask my fiancee, she'll kill me if I choose alone.", "think_it_over"),
     t("Very wise, hehe. Send me a photo of the space on WhatsApp tonight and I'll hold the Zanussi price until Saturday, no deposit."),
     c("Deal. Thank you, ya basha.", None)],
    [o,
     t("Mabrouk, mabrouk! Let me tell you everything, because a new home needs the full package. Washing machines, fridges, cookers, ACs, TVs, microwaves, and for grooms we have the Arees bundle: washer, fridge, cooker and a 43-inch TV on one contract, 60 months, one small payment a month and you think about nothing."),
     c("Eh, thank you, but only the washing machine for now. The fridge comes from her family.", "no_need"),
     t("Of course, I understand your need. But the bundle saves 8 percent, one paper, easy. The washer in it is the LG 9 kilo, direct drive, steam, wifi, you start it from your phone at work. Your wife will love you. Only 1,850 a month."),
     c("1,850? My salary is 9,000. For a washing machine I can do maybe 650, that's it.", "no_money"),
     t("I hear you, I hear you. So we remove the TV, 1,500, though honestly you'll want the TV for the football, hehe. Free delivery in Alexandria, five years on the motor, and pay the first instalment today and you get a free iron and kettle. Shall I print the contract? Just your ID."),
     c("Thank you, ya basha. I'll come back another day, inshallah.", "brush_off")]))

# 2 closing_as_open_question - Fes, wedding photographer (brother asks for sister)
o = c("Salam alikoum. I'm asking for my sister, she marries in September. She wants photo and video for the henna night and the big night. She's shy to come herself, haha.", None)
PAIRS.append(gpair(
    "b92g_fes_wedding_photo", "Wedding photo and video studio, Fes (MAD)", "closing_as_open_question",
    "A brother asks on behalf of his sister about photo and video for two wedding nights; their father has set a limit.",
    [o,
     t("Wa alikoum salam, mabrouk to your sister! What matters most to her: many photos, a film of the night, or an album for the family?"),
     c("She wants a short film for Instagram, and an album for my mother. My mother insists on a real album, not only the phone.", None),
     t("A short film and a printed album, two nights. Where are they, at home or in a hall, and about how many guests?"),
     c("Henna at home in the old medina, maybe 80 women. The big night in a salle on Route d'Imouzzer, 300 people.", None),
     t("The henna is all women, so we'd send our woman photographer, Salma; many families in the medina prefer that. Both nights with a 5-minute film and a 40-page album: 18,000 dirhams. The big night only: 11,000."),
     c("18,000, hmm. My father said 12,000 maximum for all the photos.", "no_money"),
     t("Then two honest options: the big night complete, 11,000, plus Salma for henna photos without film, 2,500, so 13,500. Or both nights with a 20-page album, 15,000. Show your sister and father and decide together. Shall I send them on WhatsApp?"),
     c("Yes, send. And a woman for the henna, that's very good, my mother will like it.", None)],
    [o,
     t("Wa alikoum salam! How exciting. Tell me, which of our packages speaks to your sister's dream, the Gold or the Diamond?"),
     c("I don't know your packages. She wants a film and an album. And the henna is at home, only women.", None),
     t("Perfect. When would you like to reserve the date, today or tomorrow? September books fast."),
     c("I can't reserve anything. I'm only asking, my father decides.", "think_it_over"),
     t("I completely understand. What would you need to hear from me to put the deposit down before you leave?"),
     c("The price, at least. And whether the photographer for the henna is a woman.", None),
     t("Diamond is 24,000: both nights, drone, film, two albums. Would you like to pay the deposit in cash or by card?"),
     c("24,000? My father said 12,000 maximum. That's double.", "no_money"),
     t("What would it take for your father to say yes to the Diamond this week?"),
     c("A miracle, and 12,000 dirhams we don't have. Salam.", "no_money")]))

# 3 pitch_as_paraphrase - Sfax, school transport
o = c("bonsoir, je cherche un transport scolaire for my daughter, 9 years, from route de Tunis km 4 to her school in Sakiet Ezzit. She gets sick in the car if the trip is long.", None)
PAIRS.append(gpair(
    "b92g_sfax_school_van", "School transport service, Sfax (TND)", "pitch_as_paraphrase",
    "A father in Sfax needs a short school run for a 9-year-old who gets car sick after about 20 minutes.",
    [o,
     t("Bonsoir monsieur. Car sickness on a school run is a real problem. How long can she ride before she feels bad?"),
     c("Maybe 20 minutes. After that she's pale, sometimes she vomits. Last year the old bus took 50 minutes, every day a drama.", None),
     t("50 is far too long for her. Km 4 to Sakiet Ezzit direct is about 15 minutes. Our van has 8 stops, so 25 to 30 if she's picked up first, about 12 if she's last. I can make her the last pickup in the morning and the first drop in the afternoon."),
     c("That would be perfect. How much is it?", None),
     t("110 dinars a month, ten months. The driver can keep her the front window seat. Is 110 okay for you?"),
     c("Ca va. It's more than the other company, 95, but if she's not sick, it's worth it.", None),
     t("Could she try one week first? If she's still sick, you stop and pay only the week."),
     c("Very good. From Monday?", None),
     t("Monday, 7:25 at your door. I'll send you the driver's number tonight.")],
    [o,
     t("Bonsoir! Tell me more about what you're looking for."),
     c("A short trip, that's the most important. She can't be in a car more than 20 minutes.", None),
     t("So what you need is our Confort Plus service, with the air-conditioned van and wifi, 160 dinars a month, is that right?"),
     c("No, I said nothing about wifi. I said short. How long is the trip?", None),
     t("So if I heard you well, you're looking for the premium experience, riding with a small group of six children in the Confort Plus. Did I capture that?"),
     c("You captured nothing. And 160 dinars is too much, the other company is 95.", "too_expensive"),
     t("I understand. So what you're saying is you want value, which is exactly why Confort Plus on the 12-month contract is the best choice for you, correct?"),
     c("Non. Send me the prices by SMS, I'll see.", "brush_off")]))

# 4 upsell_as_loop_closing - Amman, umrah booking
o = c("Good afternoon. I came last week about the 10-day umrah in January, for me and my mother. We decided on the economy package, 650 dinars each.", None)
PAIRS.append(gpair(
    "b92g_amman_umrah_booking", "Hajj and umrah travel office, Amman (JOD)", "upsell_as_loop_closing",
    "A woman returns to book the economy umrah for herself and her diabetic 70-year-old mother, having already decided.",
    [o,
     t("Good afternoon, welcome back. Two on the January 10-day economy. Before the forms, is there anything about your mother's health or walking I should know for the trip?"),
     c("She's 70, she walks okay but slowly. She has diabetes, she takes insulin.", None),
     t("Then the insulin travels in hand luggage with a doctor's letter, and keep snacks on the bus days. A wheelchair for the tawaf isn't included, 25 dinars for the stay. Only if you think she'll need it."),
     c("Hmm, she's proud, she'll refuse it. Let's not book it now, maybe we decide there.", "think_it_over"),
     t("You can arrange one at the Haram, a bit more, around 30. I'll note it. Now the passports: both need six months' validity after the trip. Do you have them?"),
     c("Yes, here. Mine is fine. My mother's expires in May.", None),
     t("You return 20 January, and May is only four months after. That's not enough, she must renew it before we apply for the visa."),
     c("Oh no. How long does that take?", None),
     t("Usually same day or two days with the express fee at civil status. Bring me a copy this week and I'll submit both visas together. I'll hold your two seats until next Thursday, no deposit.")],
    [o,
     t("Welcome back! Wonderful. Before we finish, what else can I add for you to make this journey complete? Many families upgrade to the 4-star hotel, only 180 dinars more each."),
     c("No, we decided economy. My mother and I agreed, it is enough for us.", "no_need"),
     t("Of course. And to close the loop, shall I add the Madinah extension, three more nights? It's the part pilgrims remember most."),
     c("We can't stay longer, I have only ten days of leave.", "no_time"),
     t("Totally understood. Is there anything else you need? Gold travel insurance, 40 dinars each, covers everything."),
     c("Isn't basic insurance in the price already? I thought so.", None),
     t("Basic is included. So anything else I can add? Zamzam delivery, 20 litres to your door in Amman, 35 dinars?"),
     c("Please, I'd like to finish. My mother is waiting in the car.", None),
     t("Of course! Just to wrap up, the VIP lounge at Queen Alia for both of you, 30 dinars? Anything else?"),
     c("No. Nothing else. The two economy seats, please, and the bill.", "no_need")]))

# 5 leading_tag_questions - Muscat, AC maintenance contract
o = c("Good morning. I have a villa in Al Khoudh with seven split units. I am thinking of a yearly maintenance contract. What do you offer?", None)
PAIRS.append(gpair(
    "b92g_muscat_ac_contract", "Air-conditioning maintenance company, Muscat (OMR)", "leading_tag_questions",
    "A retired teacher with seven AC units, who waited three days for a repair last June, asks about a yearly contract.",
    [o,
     t("Good morning. Seven units: how old are they, and what happened this last year that made you think of a contract?"),
     c("Most are six years old. Two broke in June and I waited three days for a technician, in 47 degrees. Never again.", None),
     t("Three days in June is terrible. So fast response in summer matters most. Our contract has two full services a year, March and September, and a call-out within 24 hours from May to September. For seven units, 140 rials a year; parts extra at 15 percent off."),
     c("140... my neighbour pays 90 to another company. But I don't know if they come fast.", "too_expensive"),
     t("Ask him how fast they came last summer, that's the real test. The difference is the 24-hour promise; if we miss it, we refund that month's share. Without the priority it's 95."),
     c("No, the priority is what I want. Can I pay in two parts?", None),
     t("Yes, 70 now and 70 in July. First our technician checks the seven units free, so we both know of worn parts before you sign. Thursday morning?"),
     c("Thursday morning I can't, I have physiotherapy for my knee. Saturday?", "no_time"),
     t("Saturday at 9:30 then. He'll call you when he leaves the workshop.")],
    [o,
     t("Good morning! You want your family comfortable all year, don't you?"),
     c("Of course. Mainly I want someone to come fast in summer. Last June I waited three days.", None),
     t("That's terrible. So you'll want our Platinum contract, won't you? It's the one everyone in Al Khoudh chooses."),
     c("What is in it? And the price?", None),
     t("Four services a year, priority, all parts included. 260 rials. That's nothing for seven units, is it?"),
     c("260 is a lot. My neighbour pays 90. Do I really need four services?", "too_expensive"),
     t("You wouldn't want your family in 47 degrees to save a little, would you? And parts included, that's peace of mind, isn't it?"),
     c("I'm a retired teacher. 260 is a big piece of my pension, I can't.", "no_money"),
     t("But you can see Platinum is right for a villa like yours, can't you? Shall I put you down for it?"),
     c("No. My son will compare a few companies for me.", "think_it_over")]))
