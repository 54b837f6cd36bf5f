"""Gaming pairs, part B (hand-written)."""
from common import c, t

PAIRS = []

# 16 ----------------------------------------------------------------- social_proof_or_deadline_pressure
_o = c("Hello, love. Ron Pickering's my name. My wife passed two years ago and, well, the kids had a terrible time organising it all, so I thought I'd get my own sorted. Don't want them going through that again. I'm not in a hurry, mind. Touch wood.", None)
PAIRS.append(dict(
    id="b31g_funeralplan_ballarat",
    business="Funeral director (prepaid funeral plans), Ballarat (Victoria), Australia",
    kind="social_proof_or_deadline_pressure",
    situation="A 79-year-old widower comes in to ask about arranging his own funeral in advance so his children are spared the decisions. Spoken, in person.",
    good=[
        _o,
        t("Hello Ron. I'm sorry about your wife. It's a kind thing to do for the kids. What was hardest for them last time, do you know?"),
        c("Oh, the decisions. Burial or cremation, what music, which church. They had a few words with each other. And the cost came as a shock, nine thousand odd.", None),
        t("So there are two parts: writing down what you want, so nobody has to guess, and then whether to pay ahead. They can be separate. Have you got a view on the first part?"),
        c("Cremation. And I'd want to be with Margaret, her ashes are at the Old Cemetery. And 'The Wild Colonial Boy', ha. They'll hate that.", None),
        t("Ha, we'll write it down word for word. The wishes form is free and you can change it any time. Then the prepaid plan, if you want one, fixes today's price. A simple cremation service is around seven and a half thousand, and the money sits in a regulated fund, not with us."),
        c("Seven and a half. That's a fair bit to hand over. I'm on the pension.", "no_money"),
        t("It can be paid monthly over a few years, or you can just leave the wishes form with us and with the kids and put money aside yourself. Plenty of people do that. Nothing has to be decided today. Would you want one of the kids here when we go through the options properly?"),
        c("My daughter Kerry, yes. She'll want to read every word. Could we come in a week Tuesday?", None),
        t("A week Tuesday's fine. I'll post you the wishes form now so you can fill in the music and the rest at home."),
    ],
    gaming=[
        _o,
        t("Hello Ron! Lovely to hear from you. You're doing the right thing, most of our clients your age here in Ballarat have already got their plan in place."),
        c("Have they? Well. I'm not in a rush, like I said. Just want to know what's involved.", None),
        t("Of course. The thing is, prices go up every July, so anyone who signs before the thirtieth locks in this year's price. After that it's about eight percent more."),
        c("Eight percent. Hm. What does it cost now, then?", None),
        t("Seven and a half for the standard cremation. And honestly Ron, at seventy-nine none of us know what's round the corner, so the sooner the better for the family."),
        c("Well, that's a cheerful thought. I'd want my daughter to look it over first.", "think_it_over"),
        t("Totally understand. Though I've only got a couple of the fixed-price plans left at this rate, head office caps them. Three people from your church signed up this month."),
        c("From my church? Who? ... No, never mind. I'll wait for Kerry.", "think_it_over"),
        t("No problem at all. Just know that after the thirtieth I can't do anything about the price."),
        c("Then the price goes up. Kerry first. Goodbye, love.", "think_it_over"),
    ],
))

# 17 ----------------------------------------------------------------- keyword_stuffed
_o = c("boa tarde. i own 3 bakeries in curitiba, 28 employees. my accountant does the payroll in excel and we keep getting fines from eSocial for late submissions. does your system actually send eSocial automatically or do i still need him?", None)
PAIRS.append(dict(
    id="b31g_payroll_curitiba",
    business="Payroll and HR software (SaaS), Curitiba, Brazil",
    kind="keyword_stuffed",
    situation="The owner of three bakeries asks a payroll software vendor whether it files the government eSocial events automatically; she keeps getting fines. Typed web chat.",
    good=[
        _o,
        t("Boa tarde! Yes, it sends the eSocial events automatically once payroll is closed. Can I ask which events you were fined for? Admissions, payroll, or things like leave and dismissals?"),
        c("mostly admissions. we hire a lot of part-timers for christmas and easter and he registers them late", None),
        t("That makes sense. Admissions have to go in before the person starts work, and with seasonal hiring that's easy to miss. Who does the hiring, you or each store manager?"),
        c("each manager. they send him a whatsapp with the name and cpf and he does it when he can lol", None),
        t("So the gap is between the manager's WhatsApp and your accountant. In our system the manager fills in the admission on the phone and it goes to eSocial the same day. You'd keep your accountant for payroll, he'd just stop retyping. Would your managers be ok doing that on a phone?"),
        c("2 of them yes. dona celia at the batel store hates apps lol. and how much is it", None),
        t("For 28 employees it's R$ 389 a month. Dona Celia could keep sending her WhatsApp to the office and someone enters it there, still faster than now. Roughly how much were the fines this year?"),
        c("like 6k reais. ok so it pays for itself. but my accountant has to agree, he might think im replacing him", "think_it_over"),
        t("Fair. Want me to do a 30-minute call with him? I'll show him exactly what stays his job. Next week?"),
        c("yes. ill send his number. thursday afternoon", None),
    ],
    gaming=[
        _o,
        t("Boa tarde! Thank you for sharing. I'd love to understand your product needs, your service needs and your experience needs, so we can build a relationship that supports your success. What does success look like for your bakeries?"),
        c("success is not paying fines lol. does it send eSocial automatically yes or no", None),
        t("Great question! So what I'm hearing is that compliance is a key part of your success journey. Our platform is designed around the customer's whole experience, from onboarding to long-term partnership. How do you feel about your current experience?"),
        c("bad, thats why im here. can you answer the esocial question", None),
        t("Absolutely. Our solution addresses your product-level and service-level needs through automated integrations, and our customer success team nurtures the relationship over time. What else matters to you in a long-term partner?"),
        c("a straight answer matters. also the price", None),
        t("I hear you, and I want to acknowledge that. Price is part of the overall value experience, and our investment levels are tailored to each client's success goals. Could we schedule a discovery session to explore your needs on all five levels?"),
        c("no thanks, i dont have an hour for a discovery thing, i run 3 bakeries. ill ask another company", "no_time"),
        t("Totally understand! I appreciate your openness, and I'm here whenever you're ready to continue the journey."),
    ],
))

# 18 ----------------------------------------------------------------- keyword_stuffed
_o = c("Hi, hello. I'm looking at two nights in November for me and my mum. She's seventy-five and uses a wheelchair when we go out, at home she can walk a little with a frame. I love the photos of your place, but I'm worried about the tatami and the steps and the bath.", None)
PAIRS.append(dict(
    id="b31g_ryokan_kanazawa",
    business="Traditional inn (ryokan) with hot-spring bath, Kanazawa, Japan",
    kind="keyword_stuffed",
    situation="A woman from Taiwan phones a small ryokan before booking a trip with her 75-year-old mother, who uses a wheelchair outdoors. Spoken, both non-native English speakers.",
    good=[
        _o,
        t("Thank you for calling, and it's good you asked before booking. We have one room with a low western bed and no step at the entrance. The sitting area is still tatami, but the bed side is wooden floor. Can your mother manage one low step, about ten centimetres, with her frame?"),
        c("Ten centimetres, with help, yes. Higher, no. And the bath? She really wants to try an onsen, it's the reason we're coming.", None),
        t("The big shared bath has stairs, so that's difficult. But on the ground floor we have a private family bath with handrails and a shower chair. You can book it for fifty minutes, just the two of you. Would that be enough for her?"),
        c("Oh, that sounds perfect, actually. Is it real onsen water?", None),
        t("Yes, the same spring water. And dinner: usually we serve in the room, at a low table on the floor, but we can set a table and chairs. Does she have any food she doesn't eat?"),
        c("No raw fish, she won't eat it. Sorry to be difficult.", None),
        t("Not difficult at all, I've noted it. The room with the bed is 38,000 yen a night for two, with dinner and breakfast. Is it still the 14th and 15th of November?"),
        c("Hmm. 38,000... the business hotel by the station was 15,000 for both of us.", "too_expensive"),
        t("That's true, a business hotel is much cheaper. The difference is the family bath and dinner at a table. If the bath is the reason for the trip, I think it's worth it, but you decide. I can hold the 14th and 15th for three days while you think, and email you photos of the room entrance and the bath to show your mother."),
        c("No, book it. She'd never forgive me if we skipped the onsen.", None),
    ],
    gaming=[
        _o,
        t("Thank you for reaching out! At our ryokan we focus on the total guest experience: product, service, experience, relationship and success. We want your journey with us to be meaningful on every level."),
        c("Okay... thanks. But is there a room without steps? And can she use the bath?", None),
        t("Wonderful question. Accessibility is part of our holistic service experience. We believe every guest's needs are unique, and we partner with you to understand them deeply."),
        c("Right, so... is there a room without steps?", None),
        t("I really hear that your mother's experience is important to you, and that your relationship with her is at the heart of this trip. What would a successful stay look like for you both?"),
        c("A successful stay is her not falling on the stairs. Can you just describe the rooms?", None),
        t("Of course! Every room offers an authentic experience, and our team is committed to a long-term relationship with each guest. Shall I email you our experience guide?"),
        c("I think I'll look somewhere else. I need someone who can answer a simple question.", None),
    ],
))

# 19 ----------------------------------------------------------------- rude
_o = c("Hi, dzien dobry. My tyre, front left, it keeps losing air. Every two days I pump it. I drive for deliveries, I can't be without the car. Can you fix it today? Maybe it's a nail?", None)
PAIRS.append(dict(
    id="b31g_tyreshop_lodz",
    business="Tyre and puncture repair shop, Lodz, Poland",
    kind="rude",
    situation="A young delivery driver pulls in to a tyre shop with a slow puncture and a delivery slot at two o'clock. Spoken, Polish speaking English.",
    good=[
        _o,
        t("Dzien dobry. Let's see. If it's a nail in the tread we can usually plug it in half an hour. If it's in the sidewall, it has to be a new tyre. Can you drive it in now?"),
        c("It's outside. But I have a delivery at two o'clock. Is it quick?", None),
        t("It's quiet right now, so yes, we'll put it straight on the lift. Twenty minutes to find it."),
        c("Okay, thanks. Here are the keys.", None),
        t("Found it, a screw in the middle of the tread. Good place for it. We can repair that, sixty zloty. Your front tyres are quite worn too, about two millimetres left. Not dangerous today, but in winter you'll feel it."),
        c("I know, I know. But now I don't have money for tyres, maybe next month. Just the repair, please.", "no_money"),
        t("Sure, just the repair. I'll write the tread depth on the receipt so you remember. Fifteen minutes, you'll make your two o'clock."),
        c("Super. Thank you.", None),
    ],
    gaming=[
        _o,
        t("We're busy. Leave it, we'll look later."),
        c("Later when? I have a delivery at two. Please, it's maybe only a nail.", None),
        t("Everybody has a delivery. You see the queue? Three cars."),
        c("I can wait. Can you at least check if it's a nail? Five minutes?", None),
        t("Five minutes, he says. Fine. Drive it in. ... Screw. Your tyres are bald anyway, you should've changed them months ago. Four new, eight hundred."),
        c("I don't have eight hundred now. Just repair the screw, please.", "no_money"),
        t("Patching a bald tyre is a waste of my time. You want to drive on rubbish, go somewhere else."),
        c("Okay. I'll go to the place on Rokicinska then. Thanks for nothing.", None),
    ],
))

# 20 ----------------------------------------------------------------- rude
_o = c("Namaskara. This metformin the doctor wrote, it is costing me nearly four hundred every month. My friend said there is a cheaper one, same medicine. Is that true? I am retired, my pension is small.", None)
PAIRS.append(dict(
    id="b31g_pharmacy_hubballi",
    business="Neighbourhood pharmacy, Hubballi (Karnataka), India",
    kind="rude",
    situation="A retired man asks the pharmacist whether a cheaper generic exists for his diabetes tablets. Spoken, at the counter, Indian English.",
    good=[
        _o,
        t("Namaskara, uncle. Yes, it's true. Metformin comes as a generic from several companies, same medicine, same strength. Can I see the prescription?"),
        c("Here. Five hundred, twice daily. Doctor wrote only the brand name.", None),
        t("Five hundred twice a day, okay. This generic one is about ninety rupees a month, same salt. For metformin it's fine to substitute, but if you feel better checking, ask your doctor at the next visit. When is that?"),
        c("Next month. But ninety? My son says these cheap ones are no good. Last time he bought some cheap cough syrup, it did nothing.", "bad_experience"),
        t("Fair worry. This company supplies the government hospitals, same standard. Take one month of the generic and show the strip to your doctor. If he says go back to the brand, come back and I'll change it."),
        c("Okay, one month. And the blood pressure tablet, that also I can get cheaper?", None),
        t("Let me see... amlodipine, yes, also generic, about thirty rupees. I'll write both on a paper, old price and new price, so you can show your son."),
        c("Very good. Thank you, beta.", None),
    ],
    gaming=[
        _o,
        t("What is true? Generic? Yes, yes, there is. Show prescription."),
        c("Here. Doctor has written five hundred, twice daily.", None),
        t("Doctor wrote brand. I can't change just like that. You want cheap, go to Jan Aushadhi."),
        c("But my friend says you also keep the cheaper one. Can you show me?", None),
        t("Uncle, there is a queue. Either take this one or go. Four hundred is not so much for medicine."),
        c("For me it is a lot. I'm a pensioner, I cannot spend four hundred every month on one tablet.", "no_money"),
        t("Then ask your son to pay. Next!"),
        c("Such rudeness. I'll go to Jan Aushadhi then.", None),
    ],
))

# 21 ----------------------------------------------------------------- ignored_customer
_o = c("hola, i bought a ticket mendoza-cordoba for the 22nd. my mum got hospitalized in cordoba, i need to go tomorrow instead. can i change it without paying again? also i travel with my cat, is that allowed", None)
PAIRS.append(dict(
    id="b31g_intercitybus_mendoza",
    business="Long-distance bus company (online support), Mendoza, Argentina",
    kind="ignored_customer",
    situation="A passenger whose mother is in hospital needs to bring her trip forward and travel with her cat. Typed web chat, Spanish speaker writing English.",
    good=[
        _o,
        t("Hola, I'm sorry about your mum. Yes, you can change it. More than 24 hours before the original trip the change is free, you only pay the difference if tomorrow's fare is higher. Can you send me the ticket number?"),
        c("AR-558812. and the cat??", None),
        t("Cats are fine in a closed carrier, on your lap or at your feet, not in the hold. The pet fee is 4.000. Tomorrow we have 8:30 and 22:00. The 22:00 is semi-cama and cheaper."),
        c("whats the difference in price. and 4.000 for a cat in a box on my lap?? she weighs 3 kilos lol", "too_expensive"),
        t("I know, it's a flat fee and I can't waive it, sorry. 8:30 is 3.200 more than your ticket, 22:00 is 900 more, both plus the cat fee."),
        c("8:30 then. i need to get there before visiting hours end at 8pm", None),
        t("Then 8:30 makes sense, it arrives at 17:10, so you'll have time. Shall I change it to tomorrow 8:30 with the cat?"),
        c("yes pls", None),
        t("Done. The new ticket is in your email, show it on your phone at the platform. I hope your mum gets better soon."),
    ],
    gaming=[
        _o,
        t("Hola! 😊 Thanks for travelling with us! Did you know you can now buy tickets in our app and get 10% off?"),
        c("ok but can i change the date? i need to go tomorrow not the 22nd. my mum is in hospital", None),
        t("Great! Cordoba is a beautiful city 😍 Our cama suite service has fully reclining seats and dinner included."),
        c("i dont care about dinner. can i CHANGE the ticket. and is my cat allowed", None),
        t("We have departures to Cordoba every day at 8:30, 14:00 and 22:00! Which one would you like?"),
        c("i ALREADY HAVE a ticket. for the 22nd. i want to move it. do i have to pay again??", None),
        t("Tickets can be purchased on our website or at the terminal. Is there anything else I can help you with today? 😊"),
        c("the cat. is the cat allowed.", None),
        t("Have a wonderful trip! Remember to arrive 30 minutes before departure 🚌"),
        c("unbelievable. ill go to the terminal", None),
    ],
))

# 22 ----------------------------------------------------------------- ignored_customer
_o = c("hi. looking for a desk from september. i do game audio so i need quiet, and i have calls with clients in LA so sometimes i work until 1-2 at night. is the space open at night? and is there somewhere to do calls without bothering people", None)
PAIRS.append(dict(
    id="b31g_coworking_reykjavik",
    business="Coworking space, Reykjavik, Iceland",
    kind="ignored_customer",
    situation="A freelance game-audio designer asks a coworking space about night access, quiet and somewhere for calls. Typed chat, Icelander writing English.",
    good=[
        _o,
        t("Hi! Yes, fixed-desk members get a 24/7 key card. For calls there are two phone booths and one small meeting room. About quiet: the open area can get chatty in the daytime. Do you work on headphones, or do you need speakers?"),
        c("headphones mostly. but sometimes i need to check on speakers, maybe 1 hour a day", None),
        t("Then speakers at an open desk won't work. We have a small private room, 9 m2, not soundproof but with panels, and at night the building's basically empty. Would you want to see it?"),
        c("how much is that though. the fixed desk was 55.000 on the website, a room must be a lot more", None),
        t("The room is 118.000 a month."),
        c("118?? thats almost my rent lol. im freelance, i cant spend that on a room", "no_money"),
        t("Fair. Then skip the room. For one hour of speaker checks a day, a fixed desk plus the meeting room by the hour comes to about 70.000 all in, and in the evenings the meeting room is almost always free. Want to try it on a free day pass this week? Bring your headphones and a speaker."),
        c("ok thats smarter. thursday? can i come around 4pm and stay late to see what its like at night", None),
        t("Sure, I'll leave a key card with your name at reception."),
    ],
    gaming=[
        _o,
        t("Hi!! Welcome 🌋 We have a vibrant community of creatives, startups and remote workers! Our Friday bar is super popular 🍻"),
        c("ok cool. but is it open at night? i work until 1-2am with LA clients", None),
        t("Our fixed desk is 55.000 ISK a month and includes coffee, fast wifi and all community events!"),
        c("and at night?? also i need quiet, i do audio", None),
        t("We also have hot desks at 35.000 if you're only in part of the week! Lots of members love the flexibility."),
        c("you are not reading my messages are you", None),
        t("Haha we love a good chat here! 😄 Shall I book you a tour? Our community manager runs them every Tuesday at 11."),
        c("i asked 3 times about night access. never mind, ill try the other place by hlemmur", None),
    ],
))

# 23 ----------------------------------------------------------------- repeated_questions
_o = c("Hi, I'd like to book something soon. My back tooth, lower left, it hurts when I bite something hard, and with cold drinks. It started maybe two weeks ago. I have a big presentation on Monday and I don't want to be in pain.", None)
PAIRS.append(dict(
    id="b31g_dentalclinic_suzhou",
    business="Private dental clinic, Suzhou (Jiangsu), China",
    kind="repeated_questions",
    situation="A software engineer phones a private dental clinic for an appointment before an important Monday presentation. Spoken, both non-native English speakers.",
    good=[
        _o,
        t("Sorry to hear that. Pain on biting and with cold, we should see it soon. Is it a sharp pain that goes away quickly, or an ache that stays a while after?"),
        c("Sharp, then it goes. A few seconds.", None),
        t("That's usually a better sign: often a crack or an old filling, not an infection. Does that tooth have a filling?"),
        c("Yes, a big one. From long ago, in Hefei.", None),
        t("Then Dr. Lin should see it. She has tomorrow at 11:30 or Friday at 9. A check with X-ray is 380 yuan. If it needs a crown, that's a separate appointment and she'll tell you the price first."),
        c("A crown... my last crown cost a lot and it fell out after one year. I don't want that again.", "bad_experience"),
        t("Understandable. Dr. Lin will show you the X-ray and explain the options, sometimes a new filling is enough. Nothing is done unless you agree. Tomorrow or Friday?"),
        c("Tomorrow. Before Monday is better.", None),
        t("Tomorrow 11:30. Until then, chew on the right side and keep away from ice."),
    ],
    gaming=[
        _o,
        t("Sure. Which tooth is it?"),
        c("Lower left, at the back. Like I said.", None),
        t("Okay. And when did it start?"),
        c("Two weeks ago. It hurts with hard food and cold drinks.", None),
        t("Okay. Is it upper or lower?"),
        c("Lower. Left. Back.", None),
        t("Thank you. Is there a particular time it hurts, like eating or drinking?"),
        c("Hard food and cold. I said this already. Can I have an appointment before Monday or not?", None),
        t("Let me check... Before I book, can you tell me when the pain started?"),
        c("Two weeks. Forget it. I'll call the clinic in the industrial park.", None),
    ],
))

# 24 ----------------------------------------------------------------- repeated_questions
_o = c("hi there, bank feed for our ANZ business account stopped coming thru since tuesday. ive got GST due friday and 60 odd transactions missing. already tried disconnecting and reconnecting, no luck", None)
PAIRS.append(dict(
    id="b31g_acctsoftware_whanganui",
    business="Cloud accounting software support desk, customer in Whanganui, New Zealand",
    kind="repeated_questions",
    situation="A part-time bookkeeper for a plumbing firm contacts support because a bank feed stopped days before a GST return is due. Typed chat.",
    good=[
        _o,
        t("Hi, thanks for trying the reconnect already, that saves a step. Is it only the ANZ business account, or other accounts as well?"),
        c("just that one. the credit card feed is fine", None),
        t("Thanks. There's a known problem with some ANZ feeds since the bank's update on Monday. ANZ is fixing it on their side and we expect it by Thursday, but I can't promise that date. So for Friday I'd suggest downloading a CSV statement from ANZ internet banking and importing it. Have you done a statement import before?"),
        c("nah. and tbh id rather not, last time someone did a csv import here it duplicated everything and took me a whole day to clean up", "bad_experience"),
        t("That happens when the feed catches up on top of the import. To avoid it: import only Tuesday to today, and when the feed comes back it skips anything already there, the dates line up. I can stay on the chat while you do it. Want to give it a go?"),
        c("ok. if youre staying on. give me 5 mins to download it", None),
        t("No rush. When you've got it: the bank account, then Manage Account, then Import a Statement."),
        c("ok done, 63 lines imported. they look right", None),
        t("Great. Check the balance matches ANZ's closing balance for today. If it does, you're fine for GST. I'll email you when the feed fix is confirmed."),
        c("balance matches 👍 cheers", None),
    ],
    gaming=[
        _o,
        t("Hi! Sorry to hear that. Which bank is the feed from?"),
        c("ANZ. business acct. said that", None),
        t("Thanks! And when did it stop?"),
        c("tuesday. also said that", None),
        t("Okay. Have you tried disconnecting and reconnecting the feed?"),
        c("YES. first message. i have GST due friday", None),
        t("Thanks for confirming. Just so I have everything, which bank is the account with?"),
        c("are you a bot?? ANZ", None),
        t("I'm a real person 😊 Could you try disconnecting and reconnecting the feed and let me know if that helps?"),
        c("ill ring the phone line. this is a waste of my time", None),
    ],
))

# 25 ----------------------------------------------------------------- wrong_paraphrase
_o = c("Hi, um, we're moving at the end of next month, from Suseong-gu to Dalseo-gu. Two-bedroom apartment, seventh floor. We've got an upright piano, which is the scary part. And our building doesn't let movers use the elevator on weekends.", None)
PAIRS.append(dict(
    id="b31g_removals_daegu",
    business="Home removals company, Daegu, South Korea",
    kind="wrong_paraphrase",
    situation="A Canadian teacher couple phone a moving company about an apartment move across Daegu with an upright piano and an elevator ban on weekends. Spoken.",
    good=[
        _o,
        t("Okay. Seventh floor is fine for a ladder truck, we use one for most moves here anyway. Is it a weekday or a weekend move?"),
        c("That's the thing, we both teach, so a weekend is easier. But then no elevator.", None),
        t("With the ladder truck you don't need the elevator at all, everything goes out through the balcony window. The piano too, if the window's wide enough. Do you know roughly how wide it is?"),
        c("Uh, no idea. Big-ish? I can measure it tonight.", None),
        t("That'd help. And the new place, which floor, and can a truck park close?"),
        c("Third floor, and there's a parking lot right in front.", None),
        t("Good. So Suseong seventh floor to Dalseo third, weekend, ladder truck both ends, the piano. Do you want packing done, or will you pack yourselves?"),
        c("We'll pack ourselves. And honestly, we were going to ask friends with a van for most of it. Is a company even worth it, just for a piano?", "no_need"),
        t("Could be. Friends are fine for boxes, the piano is where it goes wrong. We do piano-only moves with the ladder truck, about 250,000 won, or the whole move around 900,000. Send me the window width and a few photos and I'll quote you both."),
        c("Oh, piano-only, I didn't know that was a thing. Yeah, I'll send them tonight.", None),
    ],
    gaming=[
        _o,
        t("Okay, so you're moving from Dalseo-gu to Suseong-gu, seventh floor, yes?"),
        c("Other way round. From Suseong to Dalseo.", None),
        t("Ah, sorry. So Suseong to Dalseo, and you have a grand piano."),
        c("No, an upright. A normal one.", None),
        t("Upright, okay. And your building lets us use the elevator at weekends, so a weekend move is fine."),
        c("No, it doesn't. That's what I said. Are you writing this down?", None),
        t("Yes, sorry. So no elevator, so a weekday move, seventh floor down to the third floor, with full packing service."),
        c("We didn't say weekday, we said the weekend is easier for us. And we never said packing. Honestly I'm worried the piano will end up in the wrong district.", None),
        t("Haha, don't worry. I'll send you a quote for a weekday move with full packing and the grand piano."),
        c("Please don't. We'll call another company.", None),
    ],
))

# 26 ----------------------------------------------------------------- wrong_paraphrase
_o = c("Hello. I have five hundred layer chickens, near Bahir Dar, on the Gondar road. Since I bought your feed last month, the eggs went down. Before, I collect maybe four hundred a day. Now, three hundred. I want to know what is happening.", None)
PAIRS.append(dict(
    id="b31g_poultryfeed_bahirdar",
    business="Poultry feed dealer, Bahir Dar, Ethiopia",
    kind="wrong_paraphrase",
    situation="A small poultry farmer comes to his feed dealer because egg numbers dropped by a quarter after the latest batch of layer mash. Spoken, Amharic speaker using English.",
    good=[
        _o,
        t("Hello. A hundred eggs less every day is a big loss, I understand why you came. Was it the same layer mash as before, or a different product?"),
        c("Same name, same bag. But this time the feed looks different. More dust, the colour is lighter.", None),
        t("Do you still have some of those bags? The batch number is printed at the bottom."),
        c("Two bags still. I can bring them.", None),
        t("Please do. And the eggs, are the shells normal or thin? Did anything else change, the water, the weather, new birds?"),
        c("Shells a bit thin, yes. Nothing else changed. Honestly, I am thinking to stop buying feed and mix my own, maize and soya. At least I know what is inside.", "no_need"),
        t("Some farmers do that well, and you might too. The hard part is calcium, and thin shells say calcium is what's missing. First let's find out what was wrong with this batch. Bring the bags tomorrow and I'll send a sample to the lab in town. Meanwhile take two bags from the new batch, free, so you don't lose more eggs this week."),
        c("And the eggs I lost already?", None),
        t("If the lab shows the batch was bad, I'll take it to the company with the lab paper and ask for compensation for you. I can't promise how much. The lab takes about a week."),
        c("Okay. Tomorrow morning I bring the bags.", None),
    ],
    gaming=[
        _o,
        t("Hello. So you have four hundred chickens on the Gondar road, and the eggs went from five hundred to three hundred?"),
        c("No. Five hundred chickens. Eggs were four hundred a day, now three hundred.", None),
        t("Okay, sorry. And you changed to our feed last month from another company."),
        c("No, I always buy your feed. Two years. Only this batch is different.", None),
        t("I see. So the broilers are eating less since the new feed."),
        c("They are layers. Not broilers. They eat the same. The eggs are less, and the shell is thin.", None),
        t("Right, right. So the eggs are too small, and you want a stronger feed, like our Layer Premium."),
        c("I did not say small. I said less eggs and thin shell. And Premium is more expensive, no? Why should I pay more because your feed is bad?", "too_expensive"),
        t("Okay, so you want a discount on the normal feed. I can give five percent."),
        c("I want to know what is wrong with the feed. You are not listening. I will go to the company office in town.", None),
    ],
))

# 27 ----------------------------------------------------------------- pitch_to_upset
_o = c("Right, I'm furious, so bear with me. You've charged my card twelve hundred dollars for a chip in the windscreen. That chip was there when we picked the car up. I pointed it out to the guy at the desk. He said 'yeah, no worries'. And now this.", None)
PAIRS.append(dict(
    id="b31g_carrental_queenstown",
    business="Car rental branch, Queenstown, New Zealand",
    kind="pitch_to_upset",
    situation="An Australian tourist comes back to the rental desk after finding a $1,200 windscreen charge for damage she says was there at pick-up. Spoken, angry.",
    good=[
        _o,
        t("I'm sorry. That's a horrible thing to find on your card, especially when you flagged it at pick-up. Let me look at it properly. Can I have the booking number?"),
        c("QTN-40317. Under Harris.", None),
        t("Thanks, Mrs Harris. I've got the pick-up photos here. There's nothing marked on the check sheet, but give me a second to zoom in on the front... there's a mark on the passenger side. Is that the one?"),
        c("Yes! That's it. That's exactly it. So why am I being charged?", None),
        t("Because whoever checked the car back in didn't compare it with the pick-up photos. That's on us, not you. I'm reversing the twelve hundred now. It can take three to five working days to show on your card, depending on your bank."),
        c("Three to five days. We fly home Thursday, and that's a lot of money to have sitting out there.", None),
        t("I know. I'll email you the reversal confirmation within the hour, with a reference number, so you've got proof if your bank asks. And I'm putting a note on the car so it doesn't happen to the next person."),
        c("Okay. Okay. Thank you. Sorry I came in swinging.", None),
        t("Don't apologise, I'd have done the same. Enjoy the rest of your trip."),
    ],
    gaming=[
        _o,
        t("Oh no, sorry to hear that! Honestly, that's exactly why we recommend our Zero Excess cover. With that, glass damage costs you nothing."),
        c("I don't need cover for a chip that was already there! I'm telling you it was there at pick-up.", "no_need"),
        t("Totally understand. For your next rental I can add Zero Excess at our loyalty rate, just twenty-nine a day, so this never happens again."),
        c("There won't be a next rental if you don't refund me. Can you look at the pick-up photos or not?", None),
        t("I can raise a damage review, that takes ten working days. In the meantime, while you're here, are you heading to Milford Sound? Our 4WD upgrade is great on that road, I can do it half price to make up for today."),
        c("Are you seriously trying to sell me an upgrade right now? We're returning the car. We fly home Thursday.", "no_need"),
        t("Of course! Just thought I'd mention it. I can also offer ten percent off your next booking as a goodwill gesture, if you book today."),
        c("I want my twelve hundred back. Not a voucher. What's your manager's name?", "no_need"),
    ],
))

# 28 ----------------------------------------------------------------- pitch_to_upset
_o = c("Ola, I need someone to explain something to me. Three nights, three nights in a row, the alarm in my pet shop goes off at three in the morning. Your patrol calls me, I get up, I drive there, nothing. Nobody. And today I get a message that I have to pay for the extra patrol visits?!", None)
PAIRS.append(dict(
    id="b31g_alarmmonitoring_campinas",
    business="Alarm monitoring and security patrol company, Campinas (Sao Paulo), Brazil",
    kind="pitch_to_upset",
    situation="The owner of a small pet shop phones her alarm company after three false alarms at 3 a.m. and a bill for the patrol visits. Spoken, upset, rendered in English.",
    good=[
        _o,
        t("Three nights in a row at three in the morning, I'm sorry, that's exhausting. And you shouldn't pay for false alarms. Let me look at what the system recorded. What's the shop name or the contract number?"),
        c("Pet Shop Amigo Fiel, in Taquaral. The contract number I don't know, the paper is at home.", None),
        t("Found it. All three alarms came from the same sensor, the motion sensor in the back room. Is there anything in that room that moves at night? Animals, a fan, a curtain?"),
        c("The back room... we keep the birds there now. Since last week. The canaries. Oh.", None),
        t("That would do it. Nobody told you the sensor would see them, so it's not on you. I'm cancelling the patrol charges now. A technician can swap that sensor for a pet-immune one, or move it so it can't see the cages, no charge for the visit. When could someone come?"),
        c("Tomorrow before nine, before I open.", None),
        t("Tomorrow at eight, then. And tonight, so you can sleep, I can switch off just that one sensor and keep the rest armed. Is that okay with you?"),
        c("Yes, please. Finally I can sleep.", None),
    ],
    gaming=[
        _o,
        t("Ola! Sorry to hear that. You know, these false alarms usually happen with the basic plan. Our Premium Plus plan has smart sensors with AI that eliminate false alarms, only 89 reais more a month."),
        c("More a month? I'm asking why I pay for visits because of your alarm that doesn't work!", None),
        t("I understand. And with Premium Plus the first three patrol visits each month are included, so you wouldn't have this charge."),
        c("I don't want Premium anything. I want the alarm to stop ringing at three in the morning and I want you to cancel the charge.", "no_need"),
        t("Of course. I can also offer you cameras, so you could see on your phone what's happening and not drive there. Sixty reais a month, first month free."),
        c("Cameras I have no money for. Business is slow. Can you cancel the charge, yes or no?", "no_money"),
        t("The charge is in the contract, visits after the second one in a month are billed. But if you upgrade today, I can ask my supervisor to waive it."),
        c("So I pay more so I don't pay. No. I want to cancel the contract.", "too_expensive"),
    ],
))

# 29 ----------------------------------------------------------------- blame
_o = c("Dobry den. Your technician was here last Tuesday, he changed the pump in my washing machine. Yesterday, water everywhere in the bathroom again. It went through to the neighbour downstairs. I paid two thousand six hundred crowns for that repair.", None)
PAIRS.append(dict(
    id="b31g_appliancerepair_olomouc",
    business="Washing machine and appliance repair, Olomouc, Czechia",
    kind="blame",
    situation="A retired woman phones the repair firm: a week after they replaced her washing machine pump it flooded the bathroom and the flat below. Spoken, Czech speaking English.",
    good=[
        _o,
        t("Dobry den. Oh no, and through to the neighbour too. I'm sorry. If it's leaking a week after we changed the pump, we'll come back and sort it out, no charge. Is it leaking now, or is the machine off?"),
        c("Off. I closed the water tap also. I am afraid to use it.", None),
        t("Good, that was exactly right. Where did the water seem to come from, the front, underneath, the back?"),
        c("Underneath, I think. Front left. Where he was working.", None),
        t("That sounds like a hose clamp on the new pump, it can work loose if it wasn't tight enough. I'll send Pavel, who did the repair, tomorrow morning. Is nine o'clock okay?"),
        c("Nine is okay. And the neighbour's ceiling? She has a stain now. She asks who will pay.", None),
        t("If the leak comes from our work, our insurance covers her ceiling. Pavel will take photos tomorrow, and I'll email you the claim form today. Could I have her name as well?"),
        c("Mrs Horakova. She will be happy. Thank you.", None),
    ],
    gaming=[
        _o,
        t("Dobry den. Well, we changed the pump, and the pump is new. If it leaks, it's probably something else. Did you overload it?"),
        c("Overload? I wash the same as always. Towels, sheets.", None),
        t("Sheets and towels together, that's heavy. And do you use a lot of powder? Too much powder makes foam and it comes out the front."),
        c("I use the same powder for twenty years. It never leaked before the pump broke.", None),
        t("Maybe you moved the machine when cleaning? If the hose moves, it leaks. That's not from the repair."),
        c("I didn't move anything. It leaks where your man was working. At the front, underneath.", None),
        t("We can come and look, but if it's not our fault, it's a new call-out, six hundred crowns."),
        c("Six hundred more? I paid two thousand six hundred already! No. I will not pay again for your own work.", None),
        t("That's the rule, madam. And the neighbour's ceiling is between you and her, that's not our business."),
        c("Then I will write to the consumer office. Goodbye.", None),
    ],
))

# 30 ----------------------------------------------------------------- blame
_o = c("hello. the radiators in our flat are cold since yesterday evening, its -25 outside and inside now 16 degrees. we have a 2 year old. flat B 14, Kaijonharjuntie 8. what can you do", None)
PAIRS.append(dict(
    id="b31g_rentalmanagement_oulu",
    business="Rental apartment management company (tenant service chat), Oulu, Finland",
    kind="blame",
    situation="A tenant with a toddler messages the property manager: the flat's radiators have been cold overnight in a -25 C freeze. Typed chat, Finn writing English.",
    good=[
        _o,
        t("Hello, sorry, 16 degrees with a small child is not ok. Are all the radiators cold, or only some? And do your neighbours have heat, do you know?"),
        c("all cold. the neighbour across the hall said hers are warm", None),
        t("Thanks, that helps. Then it's probably the valves or air in the pipes in your flat, not the building's heating. I'm sending the on-call maintenance today, the earliest slot is 14-16. Is someone home then?"),
        c("yes im home. but 14-16 is 5 hours away. the kid is already in two sweaters", None),
        t("I understand. In the meantime I can have an electric heater brought over from our office, someone can drop it off within an hour. Would that help?"),
        c("yes please that helps a lot", None),
        t("Done, the heater comes before 11. If maintenance can't fix it today, we'll book you a hotel for tonight at our cost. I'll message you when the technician is on the way."),
        c("ok. thank you, really", None),
    ],
    gaming=[
        _o,
        t("Hello. Have you closed the thermostats on the radiators? Tenants often turn them down and forget."),
        c("no. they are all on 5. all cold. the neighbour has heat", None),
        t("Did you bleed the radiators as it says in the tenant guide? That's the tenant's responsibility."),
        c("i dont know how. nobody told me. its -25, i have a 2 year old", None),
        t("It's in the guide you got when you moved in. Also, if the windows are open for airing for a long time, the radiators can't keep up."),
        c("the windows are closed!! can you send someone or not", None),
        t("We can send maintenance, but if the problem turns out to be caused by the tenant, the visit is charged, 95 euros."),
        c("95 euros for heating you are supposed to provide. this is unbelievable. i will call the city housing advice", None),
        t("You can of course. Maintenance can come tomorrow morning."),
        c("tomorrow?? we will freeze tonight", None),
    ],
))
