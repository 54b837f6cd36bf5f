"""Gaming pairs, part B (b72): kinds 11-15, then the second pair of kinds 1-5."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer - dental clinic, Mexico City (Mexico)
o = c("Hi. I've had a throbbing pain in a back tooth for three days, lower left. And I should tell you up front, I'm terrified of dentists.", None)
PAIRS.append(gpair(
    "b72g_mexicocity_dentist_fearful_patient", "dental clinic, Mexico City", "ignored_customer",
    "A retired American living in Mexico City phones with toothache and a strong fear of dental treatment.",
    [o,
     t("Thank you for telling me, that really helps us. We'll take it slowly. Is the pain there all the time, or does it come with hot, cold, chewing?"),
     c("Cold, mostly, and it kind of lingers. Last night it woke me up.", None),
     t("Lingering after cold and waking you up usually means the nerve is irritated, so I'd like you seen today. What is it about the dentist that frightens you most, so we can plan around it?"),
     c("The needle. And not knowing what's happening. My last dentist back in Ohio just started drilling without a word.", "bad_experience"),
     t("Then here's how we'd do it: Dr. Ruiz explains every step before she does it, she uses numbing gel first so you barely feel the needle, and you raise your hand any time to stop. Today would only be an exam and an X-ray, 600 pesos. Nothing else without your okay."),
     c("Only an exam? Okay. That I can probably do.", None),
     t("We have 4:30 today. Would you like to bring someone with you?"),
     c("My wife will come. 4:30, yes.", None),
     ],
    [o,
     t("I'm sorry to hear that. Can you tell me what worries you most about it?"),
     c("The needle, honestly. I nearly passed out last time.", None),
     t("Okay. So we'll book you for a full cleaning, exam and X-rays, and we'll check those old fillings too. How does that sound?"),
     c("I... I just want the pain to stop. Can we only look at the one tooth?", "no_need"),
     t("Sure. And how do you feel about whitening? We have a promotion this month."),
     c("I don't care about whitening. Did you hear the part about the needle?", "no_need"),
     t("Absolutely. The first opening is Thursday at ten, with the hygienist first for the cleaning. Any questions?"),
     c("Thursday? It woke me up last night. I can't wait until Thursday.", None),
     t("Great, so Thursday at ten. Is there anything else I can help you with?"),
     c("Forget it. I'll find someone who listens.", None),
     ]))

# 12. repeated_questions - household removals, Dublin (Ireland)
o = c("Hiya, I need a quote to move my mam from a three-bed house in Drumcondra to a one-bed flat in Clontarf. She's 84. It has to be before the end of the month, the house is sold.", None)
PAIRS.append(gpair(
    "b72g_dublin_removals_mothers_downsize", "household removals firm, Dublin", "repeated_questions",
    "A daughter on her lunch break arranges her elderly mother's move from a family house to a small flat.",
    [o,
     t("Okay, we can help. Since she's going from three bedrooms to one, has she decided what's going with her and what isn't?"),
     c("Sort of. She's taking her bedroom, the good armchair, the dresser, and boxes of, like, photos and china. The rest we haven't a clue what to do with.", None),
     t("So a bedroom set, the armchair, a dresser, and china and photos in boxes, with a houseful left over. For the leftovers we can arrange a charity collection the same day, and clearance for anything they won't take. Is there a lift at the flat?"),
     c("There is, thank God. Second floor.", None),
     t("Good. That makes it a half-day job, small van and two men, roughly 480 euro, plus 60 if you want us to pack the china. Which days before the end of the month suit her best?"),
     c("Four-eighty... Another crowd quoted me three-fifty, but they didn't say anything about packing or the rest.", "too_expensive"),
     t("That's possible. Worth checking whether theirs includes insurance and the charity collection; ours does. I'd rather you compare like with like. I can do a free video walk-through with you this evening so the quote is firm, and you compare properly."),
     c("Yeah, go on, seven o'clock. I'll be at Mam's.", None),
     ],
    [o,
     t("Thanks for calling! So tell me, what are your moving needs?"),
     c("I just told you. Mam, three-bed house to a one-bed flat, before the end of the month.", None),
     t("Lovely. And what move date are you looking at?"),
     c("Before the end of the month. Any day. I said that.", None),
     t("Great. And how much stuff would you say she's moving?"),
     c("Not everything. A bedroom, an armchair, a dresser, some boxes. She's 84, she doesn't need the rest.", None),
     t("Okay, so just to get a sense of the size of the job, what would you say is the volume of items going?"),
     c("The same things I just listed! Look, I'm on my lunch break, I haven't time for this.", "no_time"),
     t("Totally understand. Last one: when were you hoping to move, roughly?"),
     c("Unbelievable. Just email me a quote, will you.", "brush_off"),
     ]))

# 13. wrong_paraphrase - letting agent, Berlin (Germany)
o = c("Hello, we're looking for a two-room flat. We have a dog, a small one, and we both work in Mitte.", None)
PAIRS.append(gpair(
    "b72g_berlin_lettingagent_flat_with_dog", "letting agency, Berlin", "wrong_paraphrase",
    "A couple with a small dog, who cycle to work, look for a two-room flat with a firm budget.",
    [o,
     t("Hello. A small dog, and you both work in Mitte. What's your budget, warm rent including heating?"),
     c("Up to 1,300 warm. Maybe 1,400 if it's really good.", None),
     t("Okay, 1,300, stretching to 1,400. How do you get to work, would you want to be near the S-Bahn, or do you cycle?"),
     c("We cycle, mostly. But I want a park close for the dog. Green, you know.", None),
     t("Cycling, and a park close by for the dog. I have one in Wedding near Humboldthain park, 1,290 warm, second floor, and the landlord allows small dogs in writing. The kitchen is older. Would you like to see it?"),
     c("Wedding... my friend lived there and had her bike stolen twice. I'm not sure.", "bad_experience"),
     t("That happens in most of Berlin, sadly. This building has a locked bike room in the courtyard, which helps. Why not come to the viewing Thursday at six, walk round the street, and judge for yourselves?"),
     c("Okay, Thursday at six. Can we bring the dog?", None),
     ],
    [o,
     t("Great! So if I understand correctly, you're looking for a three-room flat in Prenzlauer Berg and the budget is flexible. Correct?"),
     c("No, two rooms. And the budget is not so flexible. 1,300 warm.", None),
     t("Perfect, so what I'm hearing is that 1,300 cold is comfortable and you'd like to be near the U-Bahn for your commute. I have a lovely one at 1,550 cold."),
     c("Warm, I said warm. And we cycle. 1,550 cold is far too much for us.", "no_money"),
     t("Understood. So, to play it back, a pet-free building is important, and you'd prefer somewhere quiet, away from park noise. Did I get that right?"),
     c("We have a dog! We want a park! Did you write anything down?", None),
     t("I hear you. So you're saying the dog could stay with family for a while, which opens up a lot more flats. Shall I book a viewing for the Prenzlauer Berg one?"),
     c("No. We'll look on the portals ourselves, thanks.", "brush_off"),
     ]))

# 14. pitch_to_upset - mobile network store, Manila (Philippines)
o = c("Good morning. My husband passed away two weeks ago. I need to close his phone line, I think. I don't really know how this works.", None)
PAIRS.append(gpair(
    "b72g_manila_mobile_widow_line", "mobile network store, Manila", "pitch_to_upset",
    "A recently widowed woman comes to sort out her late husband's postpaid phone line.",
    [o,
     t("I'm very sorry for your loss, ma'am. We'll make this as simple as we can. Is the line under his name, and is it a monthly plan?"),
     c("Yes, postpaid, under his name, Romeo Santos. I have the death certificate here. Only... the family still sends messages to his number. I don't know if I want it gone yet.", "think_it_over"),
     t("That's very understandable, and you don't have to decide today. There are three choices: close it, transfer the number to your name so you keep it, or pause the billing for up to 90 days while you decide. Which feels right for now?"),
     c("Pause, I think. Will I have to pay what he owes?", None),
     t("There's 1,250 pesos from last month. With the death certificate we cancel the rest of his contract, so no penalty; only that last bill is due, and you can pay it any time in the next 60 days. Shall I scan the certificate and set the pause now?"),
     c("Yes, please. Thank you for being patient with me.", None),
     t("Of course. You'll get a text confirming the pause today. When you're ready to decide, come back to me here, or call and give this reference number."),
     c("Thank you. I will.", None),
     ],
    [o,
     t("I'm so sorry for your loss. So what I'm hearing is this is a time of big changes for you. Can I ask, how are you finding your own plan at the moment?"),
     c("My plan? It's fine. I just came about my husband's line.", "no_need"),
     t("Of course. It's just that a lot of widows find this is a good moment to consolidate. If we move his line into a family plan with yours, you'd get 50 gigs and a free tablet, 1,999 a month."),
     c("I don't need a tablet. I need to close his line. Or maybe not close it, I don't know.", "no_need"),
     t("I completely understand, grief is hard. And the tablet would be lovely for video calls with the grandchildren, wouldn't it? How does a two-year plan sound?"),
     c("Please. I only came to sort out his number. I can't think about two-year plans right now.", "no_time"),
     t("Absolutely. Just to be sure I've covered everything you need today, can I at least check whether you qualify for the upgrade?"),
     c("No. I'll come back with my son.", None),
     ]))

# 15. blame - small family hotel, Lisbon (Portugal)
o = c("Hi, good evening. We have a booking for two nights, under Okafor. We've just come from the airport.", None)
PAIRS.append(gpair(
    "b72g_lisbon_smallhotel_lost_booking", "small family-run hotel, Lisbon", "blame",
    "A couple arrive near midnight; their booking, made by email with the hotel, is not in the system.",
    [o,
     t("Good evening, welcome. Let me look... I'm not finding Okafor. Did you book through our website, by email, or on a booking site?"),
     c("By email, directly with you. I have the confirmation here, from a Marta, last month.", None),
     t("Thank you, may I see it? Yes, that's Marta, for tonight and tomorrow, a double with a balcony. It looks like it was never entered into our system. I'm sorry, that's our mistake, not yours."),
     c("Okay. So do you have a room? It's nearly midnight, we're exhausted.", None),
     t("The balcony double is taken, but I have a twin on the top floor free both nights. I'll charge it at the lower rate, and if the balcony room frees up tomorrow I'll move you at no extra cost. Would the twin be alright for tonight?"),
     c("A twin... fine, honestly, we just need to sleep. Breakfast is included, yes?", None),
     t("Yes, seven till half ten, and tomorrow's breakfast is on us. I'll leave a note for Marta to find out how this happened."),
     c("Thank you. That's decent of you.", None),
     ],
    [o,
     t("Good evening! Let me see... no, nothing under Okafor. Are you sure you booked with us and not another hotel on this street?"),
     c("Yes, I'm sure. I have the email from a Marta right here.", None),
     t("I see. Did you get the automatic confirmation code? Because if you didn't complete the booking on our website, I'm afraid it isn't really a booking."),
     c("We didn't use the website. We emailed, she replied, she confirmed it.", None),
     t("Right, so what I'm hearing is you arranged it informally by email. That's usually where things go wrong. Guests really need to reconfirm 48 hours before; it says so on our website."),
     c("So it's our fault? It's midnight. Do you have a room or not?", None),
     t("I have a twin, but it's the full walk-in rate, 140. Next time I'd really recommend booking through the website, so this doesn't happen to you."),
     c("We pay 140 for your mistake? That's far more than we agreed. Unbelievable.", "too_expensive"),
     t("I understand how you feel. Is there anything else I can help you with tonight?"),
     c("No. We'll find somewhere else.", None),
     ]))

# 16. monologue - phone repair and sales shop, Lagos (Nigeria)
o = c("Good afternoon. Please, my phone screen cracked yesterday, the touch is not working in this corner. How much to repair?", None)
PAIRS.append(gpair(
    "b72g_lagos_phoneshop_cracked_screen", "phone repair and sales shop, Lagos", "monologue",
    "A university student with little money wants a cracked screen repaired so she can use her school portal.",
    [o,
     t("Good afternoon. Let me see it. Which model is this, and did it fall or get pressed?"),
     c("It's the A14. It fell from my bag in the danfo. Only the top corner is not responding.", None),
     t("Okay, so a fall, and only the top corner isn't responding. Is anything else wrong, camera, charging?"),
     c("No, everything else is fine. I just need it to work, I use it for my school portal.", None),
     t("Then there are two options. An original screen is 38,000 naira with three months' warranty. A compatible screen is 22,000 with one month; the colours are a little duller but it works fine. Either takes about an hour."),
     c("Thirty-eight is too much for me now. And twenty-two... my friend did compatible and it stopped working after two weeks.", "bad_experience"),
     t("That happens with the cheap ones. Ours has the one month warranty, so if it fails we replace it free. And before you leave it, back up your photos; I'll show you how."),
     c("Okay, let's do the twenty-two. I'll wait.", None),
     ],
    [o,
     t("Good afternoon, welcome! Before we talk repairs, let me tell you about an experience that will change how you see your phone. The new A25: trade in your cracked one and get 30,000 off, 5G, fifty megapixel camera, and a battery that lasts two days. Customers love it."),
     c("Ehn... but I just want the screen...", None),
     t("I hear you, and that's smart thinking. But repairing an old phone is like putting new tyres on a rusty car. With the A25 you also get six months' free insurance, a case, a screen protector, and we can spread it over three months on our easy pay plan. Nobody leaves unhappy."),
     c("How much is it?", None),
     t("After trade-in, only 215,000, which is honestly nothing for what you get, and if you take it today I'll throw in earbuds. So, how does that sound for your needs?"),
     c("215? I'm a student. I can't even pay forty for the screen.", "no_money"),
     t("Understood, understood. Many students use the easy pay plan, just 72,000 a month. Anything else I can tell you about the A25?"),
     c("No, I don't want a new phone. I'll go to the repair man at Computer Village.", "no_need"),
     ]))

# 17. closing_as_open_question - letting agent rental inspection, Melbourne (Australia)
o = c("Hi, we're here for the two o'clock inspection? The townhouse in Brunswick.", None)
PAIRS.append(gpair(
    "b72g_melbourne_lettingagent_townhouse", "real estate letting agent, Melbourne", "closing_as_open_question",
    "An expecting couple whose lease is ending inspect a rental townhouse with steep stairs.",
    [o,
     t("Hi, welcome, come in. Have a wander first, and while you do, what's prompting the move?"),
     c("Our lease ends in six weeks and the owner's selling. And we're having a baby in May, so, yeah.", None),
     t("Congratulations! So you're on a deadline, with a baby due in May. What's on your must-have list?"),
     c("Second bedroom, some outdoor space, and close to the tram for my partner. Rent up to about 650 a week.", None),
     t("This one's 640, with a courtyard and the second bedroom, and the tram is a six-minute walk. The stairs are steep, though; worth checking them with a pram in mind. Take your time upstairs."),
     c("Yeah, the stairs are... a lot. I'd want to sleep on it, and we're seeing two more this weekend.", "think_it_over"),
     t("Very sensible. Applications close Monday at five. I can send you the application link now so it's ready if you decide, and let you know if a ground-floor place comes onto our books."),
     c("Yes please, both. Thanks for being straight about the stairs.", None),
     ],
    [o,
     t("Hi, welcome! Quick question before you look around: if you love it, how soon could you get your application in?"),
     c("Um, we'd want to see it first. And we've got two more to look at this weekend.", "think_it_over"),
     t("Of course. So as you walk through, what would need to be true for you to say yes today?"),
     c("Second bedroom, outdoor space, near the tram. We're having a baby in May.", None),
     t("Perfect, it's got all of that. So what's stopping you from applying right now?"),
     c("Those stairs, for one. With a pram? Not sure.", None),
     t("Lots of couples say that, then they love it. Would you rather I put your names down now, or send the application to your phone so you can submit it from the car?"),
     c("Neither, yet. We want to sleep on it.", "think_it_over"),
     t("Totally. And how would you like to handle the bond, pay it straight away or over two weeks?"),
     c("We haven't even applied! We're going.", None),
     ]))

# 18. pitch_as_paraphrase - dental clinic WhatsApp chat, Buenos Aires (Argentina)
o = c("hola, do you speak english? i chipped my front tooth on an olive pit lol. my sisters wedding is in 10 days", None)
PAIRS.append(gpair(
    "b72g_buenosaires_dentist_chipped_tooth", "dental clinic, WhatsApp chat, Buenos Aires", "pitch_as_paraphrase",
    "A visitor writing in chat wants a small chip on a front tooth fixed before her sister's wedding.",
    [o,
     t("Hi! Yes, English is fine. Ouch, sorry. Is it painful or sensitive to cold, or is it just how it looks?"),
     c("not painful. just a small corner missing, you see it when i smile", None),
     t("Okay, a small corner and no pain. That's usually fixed with composite bonding, about 40 minutes, same day. Could you send a photo of your smile so the dentist can confirm?"),
     c("sure [photo]. how much is that", None),
     t("Thanks! From the photo the dentist says bonding should do it. It's 45,000 pesos. She can see you Thursday at 11 or Friday at 17."),
     c("hmm thats more than i expected for a tiny bit. my friend said it was cheaper at her dentist", "too_expensive"),
     t("That's possible, prices vary. Ours includes colour matching to your other teeth and a free touch-up within 30 days if it chips. Compare if you like, just book soon, since you've got ten days."),
     c("ok fair enough. friday 17 pls", None),
     ],
    [o,
     t("Hi! So what you're telling me is you'd like a full smile makeover with porcelain veneers before the wedding, is that right?"),
     c("no?? just one tooth. a small corner", "no_need"),
     t("Got it, so what I'm hearing is you want your smile perfect in the photos, which means matching veneers on the six front teeth, 1,200,000 pesos. Did I understand correctly?"),
     c("1.2 million?? i cant afford that. i just want the chip fixed", "no_money"),
     t("Understood, so budget matters and you'd like to spread the cost, which is why our 12-month plan for the veneers is ideal. Shall I book the consultation?"),
     c("you are not reading what i write", None),
     t("Sorry! So you're saying you'd like whitening as well, to match? Is that right?"),
     c("no. ill ask somewhere else", "no_need"),
     ]))

# 19. upsell_as_loop_closing - post office counter, Osaka (Japan)
o = c("Hi, sorry, English okay? I need to send this box to Canada. It's gifts, mostly clothes and some tea.", None)
PAIRS.append(gpair(
    "b72g_osaka_postoffice_parcel_canada", "post office counter, Osaka", "upsell_as_loop_closing",
    "A Canadian visitor sends a box of inexpensive gifts home; one is for her mother's birthday in April.",
    [o,
     t("Yes, okay. Let me weigh it... 4.2 kilos. When does it need to arrive?"),
     c("No rush. I'm home in three weeks, it can get there after me.", None),
     t("Then surface mail is cheapest, about two months, 5,200 yen. SAL is two to three weeks, 8,900 yen. Airmail is one week, 12,400. Is anything fragile or valuable?"),
     c("The tea is in tins, it's fine. Nothing valuable. Two months is... hmm, the tea is for my mum's birthday in April.", None),
     t("It's February now, so surface might arrive early April, maybe too close. SAL would be safe for April. Your choice."),
     c("SAL then. 8,900, okay.", None),
     t("Please fill in this customs form, contents and value. I can help with it if you like."),
     c("Yes please, I can't read the Japanese part.", None),
     ],
    [o,
     t("Yes, okay! Sending to Canada. And what else can I add for you today? We have insurance, 500 yen for each 20,000 of value."),
     c("No, it's just clothes and tea. It's not worth much.", "no_need"),
     t("Understood. To make sure all your needs are covered, would you like express? Four days, 16,000 yen."),
     c("Four days? No, I'm not even home for three weeks.", "no_need"),
     t("Of course. And anything else before we finish? Our stamp and postcard gift set is very popular with visitors, 1,800."),
     c("No thanks. Can you just tell me the cheapest way?", "no_need"),
     t("The cheapest is surface, two months. So that's surface plus the insurance. Anything else I can add?"),
     c("I said no insurance. And two months might be too late for my mum's birthday. Can you just tell me the options?", None),
     ]))

# 20. leading_tag_questions - used-vehicle yard, Accra (Ghana)
o = c("Good morning. I sell tomatoes and peppers at Makola, I need a small van to carry my goods. Something that won't give me trouble.", None)
PAIRS.append(gpair(
    "b72g_accra_usedvan_market_trader", "used-vehicle yard, Accra", "leading_tag_questions",
    "A market trader needs a small, dependable van for daily runs from her farm to the market.",
    [o,
     t("Good morning, madam. How much do you carry on a normal day, and how far do you drive?"),
     c("About twenty crates. From my farm at Dodowa to Makola, every day except Sunday.", None),
     t("Twenty crates and a daily run on the Dodowa road, that's real weight and some rough road. Do you drive yourself, or do you have a driver?"),
     c("My nephew drives. He is careful.", None),
     t("Then I'd look at two. A Suzuki Carry at 65,000 cedis, though twenty crates would be its full limit every day, or this 2012 Nissan Urvan at 98,000, which handles the load better. Parts for both are easy to find at Abossey Okai."),
     c("98,000! That's too much for me. I budgeted seventy.", "no_money"),
     t("Then the Carry fits your budget. Let your nephew drive it loaded before you decide. Bring him Saturday and we'll do a test run with crates in the back."),
     c("Saturday is fine. I'll bring him.", None),
     ],
    [o,
     t("Good morning! You'll want something big and new-looking, won't you, for your business image?"),
     c("Image? No, I want something that carries tomatoes.", "no_need"),
     t("Of course. And you'd agree the Toyota Hiace is the most reliable van in Ghana, wouldn't you?"),
     c("Hiace is good, yes, but those ones cost too much for a small van.", "too_expensive"),
     t("But you wouldn't want to save a little now and pay for repairs later, would you? This 2016 is only 165,000, isn't that fair?"),
     c("165? My budget is seventy. I'm a trader, not a bank.", "no_money"),
     t("Budgets can stretch for a good reason, can't they? And you'd want the extended warranty too, wouldn't you?"),
     c("I think I'll go and show my brother's mechanic some other vans first.", "think_it_over"),
     t("You wouldn't want to lose this one, would you?"),
     c("If I lose it, I lose it. Good day.", None),
     ]))
