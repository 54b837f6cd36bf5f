"""Gaming pairs, part B (10 pairs). Written by hand; labels chosen line by line."""
from common import c, gpair, t

PAIRS = []

# 11 ------------------------------------------------------------- ignored_customer, Riyadh, spoken
o = c("Salam alaikum. This majlis sofa set, the grey one. I need it in my house before Thursday, we "
      "have family coming for Eid. And my apartment is fourth floor, no elevator, the building is old.", None)
PAIRS.append(gpair(
    "b40g_riyadh_sofa", "furniture showroom, Riyadh (Saudi Arabia)", "ignored_customer",
    "A man buying a sofa set needs it delivered before family arrive for Eid, to a fourth-floor flat "
    "with no lift. Spoken, in the showroom.",
    [o,
     t("Wa alaikum assalam. Before Thursday is possible if we confirm today. Which district are you in?"),
     c("Al-Naseem.", None),
     t("Al-Naseem is on our Wednesday route. Fourth floor without elevator, the team carries it up by "
       "hand; the set comes in five pieces and the longest is 2.2 metres. How wide is your staircase at "
       "the turns? If it's narrow the corner piece may not pass."),
     c("Wallah I don't know. Normal stairs. Not very wide.", None),
     t("Then measure the turn tonight or send me a photo on WhatsApp. If it won't fit, we swap the corner "
       "piece for two single seats, no extra charge. Carrying up is 100 riyals; assembly is 150 more if "
       "you want it."),
     c("Carrying okay. Assembly no need, my brothers will do it, it's only screwing the legs.", "no_need"),
     t("Fine, carrying only. Wednesday between four and eight pm, and I'll call you an hour before."),
     c("Wednesday is even better. I'll send the photo tonight.", None)],
    [o,
     t("Wa alaikum assalam, excellent choice! This grey is very popular. We also have it in beige and "
       "dark green, would you like to see the fabric samples?"),
     c("Grey is fine. Can you deliver before Thursday? And it's fourth floor, no elevator.", None),
     t("The fabric is Turkish velvet, very easy to clean, perfect with guests. There are matching cushions "
       "and a coffee table in the same line, let me show you."),
     c("Brother, I don't have time for cushions now. I asked about Thursday.", "no_time"),
     t("Of course. Our delivery team is very professional. The set is 7,800 riyals, and 9,200 with the "
       "coffee table. Which one would you like?"),
     c("And the stairs? Fourth floor?", None),
     t("Most customers take the set with the table, it looks complete. Shall I print the invoice?"),
     c("You answer nothing I ask. Forget it.", None)]))

# 12 ------------------------------------------------------ repeated_questions, Yerevan, typed
o = c("barev. internet not working since morning, router has red light on LOS. account 400317, address "
      "Komitas 23 apt 15. I have client call at 3 pm pls help fast", None)
PAIRS.append(gpair(
    "b40g_yerevan_internet", "home internet provider, support chat, Yerevan (Armenia)",
    "repeated_questions",
    "A freelance designer with a client video call in a few hours writes to the provider's chat: the "
    "fibre line is down. Typed chat.",
    [o,
     t("Barev dzez. Checked account 400317: a fibre cut was reported on Komitas this morning and your "
       "building is affected. The crew is on site, estimated fix by 5 pm. Meanwhile our partner "
       "coworking on Komitas, two minutes from you, gives 3 hours free with your account number."),
     c("i cant go anywhere, deadline, no time to pack everything and move now", "no_time"),
     t("Understood. Do you have one of our SIM cards? I can add 20 GB of free data so you can hotspot the "
       "call from home."),
     c("yes i have your sim. do it pls", None),
     t("Done: 20 GB for 3 days, SMS in a minute. I'll also write here as soon as the line is back."),
     c("got it, works. merci jan", None)],
    [o,
     t("Barev! Sorry to hear that. Can I have your account number please?"),
     c("400317. i wrote it above", None),
     t("Thank you. And the installation address?"),
     c("Komitas 23 apt 15. also above. pls the call is at 3", None),
     t("Thanks. Could you confirm your account number once more for verification?"),
     c("400317!!! are you reading what i write?", None),
     t("Sorry for the inconvenience. Please restart the router, wait 15 minutes, and tell me what colour "
       "the LOS light is. And what is your address please?"),
     c("restarted twice already, its red. i cant sit 15 min doing this, my call is in one hour. forget it",
       "no_time")]))

# 13 ---------------------------------------------- wrong_paraphrase, Abidjan, spoken (phone), B2B
o = c("Allô, bonjour, it's Pharmacie du Carrefour in Yopougon, Dr Koné. I want to order SRO, the oral "
      "rehydration salts, 300 sachets, and zinc tablets, 100 boxes. Rainy season is coming, every year "
      "the diarrhoea cases go up.", None)
PAIRS.append(gpair(
    "b40g_abidjan_pharmacy", "pharmaceutical wholesaler, Abidjan (Ivory Coast), B2B", "wrong_paraphrase",
    "A pharmacist phones her wholesaler to stock up before the rainy season; the last delivery was "
    "days late. Spoken, by phone.",
    [o,
     t("Bonjour Docteur. 300 sachets of SRO and 100 boxes of zinc 20 mg, I note. Children's dispersible "
       "zinc, or the adult one?"),
     c("Children, dispersible, yes. And please, the delivery. Last order you said 48 hours and it came "
       "after five days. I had mothers with sick children and nothing on the shelf.", "bad_experience"),
     t("I'm sorry, that was during the stock problem at the port, and we should have called you instead "
       "of leaving you waiting. This time both items are in our Koumassi warehouse, I checked while we "
       "talk. Confirm before noon and it goes on tomorrow morning's Yopougon truck; I'll call you when it "
       "leaves."),
     c("Tomorrow morning, sûr?", None),
     t("Sûr for the stock and the truck. The only risk is traffic on the bridge, so latest 2 pm. If it's "
       "not with you by then, call my direct line, 07 48 22 19 30."),
     c("Bon, d'accord. Confirm the order. Same price as last time?", None),
     t("Same price: SRO 150 francs the sachet, zinc 1,900 the box, total 235,000. I'm sending the "
       "proforma on WhatsApp now."),
     c("Okay, merci. I wait for your call tomorrow.", None)],
    [o,
     t("Bonjour Docteur! So if I understand you well, you want 30 boxes of SRO and zinc syrup for "
       "adults, correct?"),
     c("No, no. 300 sachets SRO. And zinc tablets for children, 100 boxes.", None),
     t("Ah okay, so what I'm hearing is 300 boxes of SRO, that's 3,000 sachets, and 100 sachets of zinc. "
       "Did I understand you correctly?"),
     c("Mon frère, listen well. Sachets, 300. Zinc, boxes, 100. For children.", None),
     t("Perfect, thank you for clarifying! So just to confirm your need: SRO for adults, urgent, and no "
       "rush on the zinc. Correct?"),
     c("Everything is urgent, the rains are coming! And last time you already delivered five days late. "
       "With you people I'm not sure anymore, I'll call Laborex.", "bad_experience")]))

# 14 --------------------------------------------- pitch_to_upset, New Orleans, spoken (phone)
o = c("Hi, yes, this is Denise Batiste. I ordered the standing spray for my mama's service, it's at "
      "eleven, at St. Augustine in Tremé. The church just called me, there's no flowers. It's ten-fifteen. "
      "I can't... I just can't do this today.", None)
PAIRS.append(gpair(
    "b40g_nola_florist", "florist, New Orleans, Louisiana (US South)", "pitch_to_upset",
    "A grieving daughter calls the florist 45 minutes before her mother's funeral: the standing spray "
    "never arrived at the church. Spoken, by phone.",
    [o,
     t("Ms. Batiste, I'm so sorry, about your mother and about this. Give me one minute, I'm pulling up "
       "your order right now."),
     c("Okay.", None),
     t("I see it. Our driver took it to St. Louis Cathedral; that's our mistake, your order had the right "
       "church. I just radioed him, he's turning around, he's fifteen minutes from Tremé. It'll be at St. "
       "Augustine by 10:45, before the family arrives."),
     c("Before a quarter to? You promise me?", None),
     t("He's on his way now. I'll call you at 10:40 to tell you exactly where he is. And there's no charge "
       "for the arrangement, we're refunding it in full today."),
     c("I don't care about the money right now, I just want Mama's flowers there.", None),
     t("They'll be there. I'm staying on this myself until they're standing by the casket."),
     c("Thank you. Thank you, baby. Okay.", None)],
    [o,
     t("Oh no, I'm so sorry for your loss, Ms. Batiste. I completely understand how you're feeling. Let "
       "me look... yes, looks like it went to the cathedral. We'll get that sorted."),
     c("Sorted when? The service is at eleven!", None),
     t("Absolutely, I'll have the driver check his route. And you know, in times like this a lot of "
       "families find comfort in our Remembrance Collection, a fresh arrangement at the graveside every "
       "month for a year. Would you like to hear about it?"),
     c("Are you serious right now? I need the flowers at the church in forty-five minutes.", None),
     t("I hear you, and I want your experience with us to be a positive one. To make it right, I could "
       "upgrade you to the premium casket spray for just $95 more; it would really honour your mother."),
     c("After today? I'm never ordering another flower from y'all. Just get the spray to the church.",
       "bad_experience")]))

# 15 ------------------------------------------------------------------------ blame, Baku, typed
o = c("salam. i ordered samsung 55 inch from you, delivered yesterday evening. opened box today morning, "
      "screen is cracked in corner, like spider web. i have photos", None)
PAIRS.append(gpair(
    "b40g_baku_tv", "online electronics store, chat support, Baku (Azerbaijan)", "blame",
    "A young man finds the TV he had delivered cracked when he unboxes it the next morning; the courier "
    "left in a hurry. Typed chat.",
    [o,
     t("Salam, sorry, that's a bad surprise. Please send the photos here, and the box too if you still "
       "have it."),
     c("sent 4 photos. box also. box has a hole in side", None),
     t("Thanks. The hole lines up with the crack, so it was damaged in transport. That's on us, not you. "
       "We'll replace it with a new unit. Next slot for your area is Saturday 10:00-14:00, and the courier "
       "takes the broken one at the same time."),
     c("saturday i work till 6, nobody at home. weekdays also i work", "no_time"),
     t("Understood. We can do Sunday 18:00-21:00, or you swap it yourself at our Nərimanov store any day "
       "until 21:00."),
     c("sunday evening ok. but please not the same courier, i saw him throw the box from the van",
       "bad_experience"),
     t("Noted, and I'm filing a complaint on that courier so it gets looked at. On Sunday the team will "
       "unbox it with you and switch it on before they leave, so you see the screen works."),
     c("ok good. sağ olun", None)],
    [o,
     t("Salam! Thank you for contacting us, your satisfaction is our priority. Did you check the TV when "
       "the courier delivered it?"),
     c("no he left fast, i just signed", None),
     t("I see. When you sign the delivery note you confirm the goods arrived in good condition. So I "
       "understand your frustration, but by signing, the responsibility passed to you."),
     c("how i can check screen inside closed box?? he didnt wait", None),
     t("Customers are expected to inspect before signing, it's written on the note. Also these cracks "
       "often happen when a TV is put on a soft surface or leaned against a wall. Did you lean it "
       "anywhere?"),
     c("no. it was in the box on the floor all night. so what now", None),
     t("We can send it to the service centre for assessment, but if the damage came from handling at "
       "home, the repair is paid. Was there anything more I can help with?"),
     c("i will write complaint to consumer protection. and on instagram", None)]))

# 16 ------------------------------------------------ monologue, Muscat, spoken (phone), B2B
o = c("Hello, this is Salma Al-Balushi, executive housekeeper at the Qurum Beach Hotel. You left a "
      "message about towels? I have maybe five minutes.", None)
PAIRS.append(gpair(
    "b40g_muscat_linen", "hotel linen supplier, Muscat (Oman), B2B", "monologue",
    "A hotel's executive housekeeper returns a linen supplier's sales call between meetings. Spoken, "
    "by phone.",
    [o,
     t("Thank you for calling back, Ms. Al-Balushi, I'll be quick. How are your current towels holding "
       "up? What's the biggest problem you see?"),
     c("Greying. After sixty, seventy washes the white goes grey and guests complain. And pool towels "
       "disappear, but that's another story.", None),
     t("Greying that early usually comes from hot washes with hard water. Ours are 600 gsm long-staple "
       "cotton and we test them to 150 washes. Is your laundry in-house or outsourced?"),
     c("In-house. But I tell you now, we signed with our current supplier until March. I can't change "
       "before that.", "no_time"),
     t("That's fine, March is a good time to start. My suggestion: I send twenty sample towels, your "
       "laundry washes them alongside the current ones, and by March you see for yourself whether they "
       "stay white. No commitment."),
     c("Samples, okay, that I can do. But buying is decided by the GM and purchasing, not only me.",
       "think_it_over"),
     t("Understood. The samples will come with a one-page sheet for your GM, price per piece and the wash "
       "test results. Shall I bring them to housekeeping on Sunday?"),
     c("Sunday morning is fine. Ask for me at the staff entrance.", None)],
    [o,
     t("Yes, Ms. Al-Balushi, thank you so much for calling! Let me tell you about us. Gulf Linen "
       "Solutions has been in hospitality textiles for 22 years, serving more than 140 hotels across "
       "Oman, the UAE and Bahrain. Our towels are 600 gsm combed long-staple cotton with double-stitched "
       "hems, and the range is complete: bath sheets, hand towels, face towels, bath mats, pool towels in "
       "five colours, waffle and terry bathrobes, bed linen in 250 and 300 thread count..."),
     c("Mm-hm. And the price?", None),
     t("I'm coming to that! Price depends on volume, but let me tell you why it's an investment. Our "
       "relationship with our mill in Faisalabad means we control quality from the fibre. And your "
       "guests' experience is what matters: a soft towel tells them the hotel cares. We embroider your "
       "logo, and our linen management programme tracks every piece with RFID, so no more missing pool "
       "towels, and you get a monthly dashboard report..."),
     c("Sorry, I have the morning meeting with the GM now. I can't do this today.", "no_time"),
     t("Of course, one more minute! Our seasonal offer, 15% off the first order, ends this month, and "
       "there's a bathrobe promotion too. When can we meet for a full one-hour presentation?"),
     c("Just email me something. I'll look when I can.", "brush_off")]))

# 17 --------------------------------------------- closing_as_open_question, Douala, spoken
o = c("Bonjour chief. I want ask for dis Haojue wey dey for front. I di drive bendskin but na another man "
      "yi moto, I di pay am every week. I want my own own. You di do small small payment?", None)
PAIRS.append(gpair(
    "b40g_douala_moto", "motorcycle dealer, Akwa, Douala (Cameroon)", "closing_as_open_question",
    "A moto-taxi rider who rents his bike by the week asks whether he can buy one in instalments. "
    "Spoken, Cameroonian Pidgin, at the dealer.",
    [o,
     t("Bonjour my brother. Yes, we do instalment. Tell me first, how much you di make for one day, after "
       "fuel?"),
     c("Good day na like 6,000, bad day 3,000. Sunday I no di work.", None),
     t("Okay. The Haojue na 650,000 cash. For instalment: 150,000 down, then 15,000 every week for ten "
       "months. The owner of the moto wey you di drive, how much you di give am for week?"),
     c("I di give am 20,000 every week. So... 15,000 and the moto go be my own? Ehh.", None),
     t("Yes, at the end the papers go be for your name. But the 150,000 down payment, you get am now?"),
     c("Down payment, I get only 90,000 for now.", "no_money"),
     t("We get another plan: 100,000 down, then 17,000 for week, same ten months. E fit you?"),
     c("E fit... but make I talk with my wife first, na she di keep the njangi money. I go come back "
       "Saturday.", "think_it_over"),
     t("No wahala. Take this paper, all the numbers dey there, the two plans, so she fit see everything. "
       "Saturday I dey here."),
     c("Thank you chief. Saturday I go come with am.", None)],
    [o,
     t("Bonjour! Fine choice, dis Haojue na strong moto. You want am for red or for black?"),
     c("I never decide yet. I want know how the small small payment di work.", None),
     t("No problem! You go collect am today, or tomorrow morning?"),
     c("Chief, I say I never decide. How much for week?", None),
     t("Na 15,000 for week, after down payment of 150,000. So, you go pay the down payment cash or by "
       "Orange Money?"),
     c("150,000? I no get that kind money now.", "no_money"),
     t("When you think say you fit bring am, this week or next week? Make I write your name for the list."),
     c("Make I go think am first. I go come back.", "think_it_over")]))

# 18 ---------------------------------------------- pitch_as_paraphrase, Tel Aviv, typed, B2B
o = c("hi. i have 2 bakeries, florentin and ramat gan. need a POS that doesnt die on friday morning. thats "
      "our crazy day, 600+ customers before shabbat. what do you have", None)
PAIRS.append(gpair(
    "b40g_telaviv_pos", "point-of-sale systems vendor, Tel Aviv (Israel), B2B", "pitch_as_paraphrase",
    "The sceptical owner of two bakeries, whose tills failed during the Friday rush, asks a POS vendor's "
    "web chat what they offer. Typed chat.",
    [o,
     t("Hi! Friday rush is the real test. What happens with the current system, does it freeze, or does "
       "the internet drop?"),
     c("internet drops and then the whole thing stops taking cards. last friday we lost like 2 hours of "
       "sales. the POS company before that was the same story, so sorry if im not excited", "bad_experience"),
     t("Fair enough. Ours has an offline mode: it keeps taking cards and cash with no internet and syncs "
       "later, and every till has a 4G backup. But don't take my word for it: we install one till in "
       "Florentin free for 30 days and you run it on a Friday next to your current one."),
     c("ok thats reasonable. what does it cost after", None),
     t("149 shekels per till per month, no setup fee, cancel any time. Two branches with two tills each "
       "is 596 a month."),
     c("b'seder. send someone to florentin next week, not friday obviously 😂", None),
     t("Ha, obviously. Tuesday or Wednesday before 8? Installing takes about an hour."),
     c("wednesday 7. ill be there with coffee", None)],
    [o,
     t("Hi! So what I'm hearing is that you need our Enterprise Cloud plan with AI demand forecasting, so "
       "you'll know exactly how many croissants to bake for Friday! Did I get that right?"),
     c("no. i need it to not crash. i dont need AI telling me about croissants", "no_need"),
     t("Totally, so if I understand correctly, reliability is your need, and that's why Enterprise "
       "includes our premium analytics dashboard, a loyalty app and AI forecasting, because reliable "
       "businesses are data-driven businesses. Sound right?"),
     c("what happens when the internet drops. thats my question", None),
     t("Great question! What I'm hearing is you want peace of mind, and Enterprise gives you that with "
       "24/7 priority support. It's 890 shekels per till per month. Shall I book you a demo?"),
     c("no thanks, just send me the pricing sheet, ill look at it sometime", "brush_off")]))

# 19 --------------------------------------------- upsell_as_loop_closing, Astana, spoken
o = c("Good evening, please... my son, four years, he has temperature 38.9 since evening. I need something "
      "for fever, for children. Quickly please, he is at home with my husband.", None)
PAIRS.append(gpair(
    "b40g_astana_pharmacy", "24-hour pharmacy, Astana (Kazakhstan)", "upsell_as_loop_closing",
    "An anxious mother rushes into a night pharmacy for fever medicine for her four-year-old. Spoken, "
    "at the counter, late evening.",
    [o,
     t("Good evening. How much does he weigh, roughly?"),
     c("Seventeen, eighteen kilos.", None),
     t("Then paracetamol syrup for children, this one, Panadol Baby: for his weight 8 ml, at least six "
       "hours apart, not more than four times a day. The syringe is in the box. It's 2,800 tenge."),
     c("2,800... is there something cheaper? The same thing?", "too_expensive"),
     t("Yes, the Kazakh-made paracetamol syrup, same medicine, 1,100. Same dose, 8 ml. And please: if "
       "he's above 39.5 and it doesn't come down after the syrup, or he's very sleepy or breathing hard, "
       "call 103 at once, don't wait for morning."),
     c("Okay, the cheaper one. 8 ml. Thank you, thank you.", None),
     t("I've written the dose on the box. Go, go, I hope he's better by morning."),
     c("Rakhmet.", None)],
    [o,
     t("Good evening! Here's Panadol Baby syrup, 2,800 tenge. The dosage is on the box."),
     c("On the box... okay. How many ml for four years?", None),
     t("It's by age, you'll see it there. Did I answer all your questions today? Just to close the loop, "
       "would you like our children's immunity bundle, vitamin D drops and elderberry syrup, 6,500 for "
       "everything? Very popular in flu season."),
     c("No, no, I don't need vitamins now. Only the fever.", "no_need"),
     t("Of course. And before you go, so your experience is complete: do you have our loyalty card? "
       "Registration takes two minutes and you get 5% back."),
     c("I have no time for cards, my son is sick! Just give me the syrup.", "no_time"),
     t("No problem at all! Anything else I can help you with tonight?"),
     c("No. Here, my card. Goodbye.", None)]))

# 20 --------------------------------------------- leading_tag_questions, Atlanta, spoken, B2B
o = c("Mornin'. I run Peachtree Lawn & Land, four crews, mostly residential in Decatur and Kirkwood. I'm "
      "lookin' at replacin' two zero-turns before the season really kicks in. What've you got?", None)
PAIRS.append(gpair(
    "b40g_atlanta_mower", "outdoor power equipment dealer, Atlanta, Georgia (US South), B2B",
    "leading_tag_questions",
    "The owner of a small landscaping company, burned before by slow dealer service, shops for two "
    "commercial zero-turn mowers. Spoken, at the dealership.",
    [o,
     t("Morning. Happy to help. What are your crews mowing mostly, small city lots with gates, or bigger "
       "open properties? That decides the deck size more than anything."),
     c("Mostly small lots. Lotta backyards with 48-inch gates, some hills.", None),
     t("Then I'd steer you to a 52-inch deck, not the 60 or the 72. Clears most gates with room to spare, "
       "and this model sits lower for the slopes. $11,400 apiece. What are you running now?"),
     c("Two Brand-X 60s. I'll be honest, I got burned by the dealer over in Marietta: blade spindle went "
       "out in June and they took three weeks to fix it. Three weeks in June, son.", "bad_experience"),
     t("That's the worst time for it. What we do different: spindles and belts are on our shelf, and if an "
       "in-season repair runs past 48 hours, we put a loaner in your trailer. I'll write that into the "
       "sales contract, not just say it."),
     c("In writing, huh. That matters. Let me run it by my partner though, he handles the money side.",
       "think_it_over"),
     t("Sure thing. Want to demo one on a real job first? I can bring one to a Kirkwood property Thursday."),
     c("Thursday works. I'll text you the address.", None)],
    [o,
     t("Mornin'! Well, a serious outfit like yours wants the 72-inch deck, doesn't it? More width, more "
       "yards a day, more money, right?"),
     c("Most of my yards got 48-inch gates.", None),
     t("Sure, but you'd rather finish the big jobs twice as fast, wouldn't you? And a pro like you would "
       "want the diesel engine too, isn't that right?"),
     c("Diesel's a whole lot of money for small lots.", "too_expensive"),
     t("It's $18,900 each, but you can't put a price on reliability, can you? You've had trouble with "
       "breakdowns before, haven't you?"),
     c("Yeah, with a dealer who took three weeks on a spindle. What's your service like?", None),
     t("Oh, top notch, you'll love it, won't you? So we're good to write up two 72s today, aren't we?"),
     c("No, we're not. I'll talk it over with my partner, maybe come back.", "think_it_over")]))
