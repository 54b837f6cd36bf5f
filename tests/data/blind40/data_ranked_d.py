"""Ranked pairs d01-d10: both sides decent, `better` clearly better. Written by hand."""
from common import c, rpair, t

PAIRS = []

# d01 -- digs into the doubt, low-risk first delivery. Port Harcourt, spoken, B2B
o = c("Hello, good day. I'm the facility manager at Garden City Suites, GRA. We use about 30,000 litres of "
      "diesel a month for our generators and I'm looking for a new supplier. Your price, and how fast you "
      "deliver?", None)
PAIRS.append(rpair(
    "b40r_d01_portharcourt_diesel",
    "A hotel's facility manager in Port Harcourt (Nigeria) phones a diesel supplier about monthly "
    "deliveries for the hotel generators. Spoken, by phone, B2B.",
    [o,
     t("Good day, sir. For 30,000 a month we'd do three deliveries of 10,000 litres, each within 24 hours "
       "of your order, at 1,180 naira per litre delivered this week. May I ask why you're changing "
       "supplier? It tells me what I must get right."),
     c("Our last supplier sold us adulterated diesel. Two generators had injector problems, almost four "
       "million on repairs. So honestly, I don't trust any of you people now.", "bad_experience"),
     t("That's a bad one, and with the illegal refining in Rivers it happens. So: every truck comes with "
       "the depot's lab certificate, and your engineer draws a sample at the tank before we offload and "
       "tests density and flash point on the spot. If it fails, we don't offload and you pay nothing. And "
       "we start with one delivery, not a contract."),
     c("One delivery first, and we test before offloading. Okay, that one I can work with.", None),
     t("Good. Shall I schedule 10,000 litres for Thursday morning? I'll send the depot certificate the "
       "evening before so your engineer can study it."),
     c("Thursday is fine. I'll text you my email.", None)],
    [o,
     t("Good day, sir. We can do 30,000 a month in three lots of 10,000, within 24 hours of order. This "
       "week's price is 1,180 per litre delivered. We're licensed by the regulator and our product is high "
       "quality."),
     c("Everybody says high quality. My last supplier sold us bad diesel, two generators damaged. How do I "
       "know yours is different?", "bad_experience"),
     t("I understand, sir. We've been in business eleven years, many hotels buy from us, you can ask "
       "around. Our diesel comes straight from the depot. Can I send you our contract for the 30,000 "
       "monthly?"),
     c("Send the contract, let me study it. I'll get back to you.", "think_it_over"),
     t("No problem, I'll email it today and call you on Monday to follow up."),
     c("Okay. Monday.", None)]))

# d02 -- notices the real purpose (orientation to science stream) and adapts. Yaoundé, typed
o = c("Bonsoir. I want maths tutoring for my daughter, she is in 3e, BEPC in june. her marks are falling "
      "since the new teacher. how much is it and which days", None)
PAIRS.append(rpair(
    "b40r_d02_yaounde_tutoring",
    "A mother in Yaoundé (Cameroon) writes to a tutoring centre on WhatsApp about maths lessons for her "
    "daughter before a national exam. Typed chat.",
    [o,
     t("Bonsoir Madame, thank you for writing. Before days and price: what is she aiming for after the "
       "BEPC? Seconde C, A, or she doesn't know yet? It changes how we work with her."),
     c("she wants seconde C, she wants to be doctor. but with 7/20 in maths the school will not put her "
       "in C", None),
     t("I see, so it's really about the orientation in June, not only passing. Then we focus on what "
       "weighs most for the C decision: functions, geometry, equations. Two sessions a week, 1h30, 25,000 "
       "FCFA a month. Which days is she free?"),
     c("that is the problem. school till 17h, saturday morning she has catechism. she is tired, no time in "
       "the week", "no_time"),
     t("Okay. Then Saturday 15h-16h30 at the centre, plus one short online session from home on Wednesday "
       "at 19h, 45 minutes, no travel. If Wednesday is too much we move it to Sunday. The first session is "
       "free so she can see if she likes the tutor."),
     c("ok that can work. she will come saturday. merci beaucoup", None)],
    [o,
     t("Bonsoir Madame. Maths tutoring for 3e: Tuesday and Thursday 17h30-19h, or Saturday 9h-12h. 25,000 "
       "FCFA a month, groups of 6 students max."),
     c("tuesday thursday she finish school 17h, she cannot reach. and saturday morning is catechism. no "
       "time for these", "no_time"),
     t("I understand. Then maybe individual lessons at home, the tutor comes to you, 40,000 FCFA a month "
       "and you choose the hours."),
     c("40,000 is too much for us", "too_expensive"),
     t("I'm sorry, that's the price for home lessons. Group lessons are cheaper; if a slot becomes "
       "possible later, just write to me."),
     c("ok i will see. merci", "think_it_over")]))

# d03 -- adapts to the person (backpacker, small budget). Bukhara, spoken
o = c("Hello, hello. Oh, these are beautiful. But I am only looking, eh? I travel with a small backpack, I "
      "cannot carry anything big.", None)
PAIRS.append(rpair(
    "b40r_d03_bukhara_carpet",
    "A backpacking tourist wanders into a carpet and textile shop in Bukhara (Uzbekistan). Spoken, in the "
    "shop.",
    [o,
     t("Welcome, welcome, looking is free. Tea? Where are you going after Bukhara?"),
     c("Khiva, then home to Kraków. Twelve days with only this backpack!", None),
     t("Then a big carpet is not for you, you're right. But look at this: a small silk suzani, embroidered "
       "by hand in Gijduvan, a village near here. It folds to the size of a book, 400 grams. People hang it "
       "or put it on a table. This one is 60 dollars."),
     c("Oh, this is lovely. Sixty... hmm. I have maybe forty for souvenirs in all.", "no_money"),
     t("Then this smaller one, cotton with silk thread, same village, 35 dollars. I'll write on a card who "
       "made it: her name is Nodira, she's seventy."),
     c("With the name of the lady? Oh, that I like. Yes, this one.", None)],
    [o,
     t("Welcome! Looking is free, please. Our carpets are hand-knotted silk and wool from Bukhara and Khiva "
       "workshops. This one, two by three metres, took eight months to make."),
     c("It's beautiful, but really, I cannot carry that.", "no_need"),
     t("No problem, we ship worldwide with DHL, ten days to Europe. For this size, 1,400 dollars plus 120 "
       "shipping."),
     c("No, no. Thank you, I'm just looking, really.", "brush_off"),
     t("Of course. Take my card; if you change your mind we can ship any time."),
     c("Thank you. Goodbye.", None)]))

# d04 -- diagnoses the cause, low-risk trial. Karaganda region, spoken, B2B
o = c("Good afternoon. So, we have 1,200 underground workers. Current boots, the miners complain: heavy, wet "
      "inside after shift, and we had two foot injuries in winter. Your company says you have better. Tell "
      "me.", None)
PAIRS.append(rpair(
    "b40r_d04_karaganda_boots",
    "The safety manager of a coal mine near Karaganda (Kazakhstan) meets a work-boot supplier's rep at "
    "the mine office. Spoken, B2B.",
    [o,
     t("Good afternoon, and thanks for the time. Before I show models: the wet inside, is it water coming in from the "
       "floor, or sweat because the boot doesn't breathe? The answer decides which boot."),
     c("Both, I think. In Shakhtinsk section there's water on the floor, ankle deep sometimes. In other "
       "sections it's sweat.", None),
     t("Then you need two boots, not one: a rubber-PU boot for the wet sections, a leather boot with "
       "membrane for the dry ones, both with composite toe caps, 30% lighter than steel. And I don't want "
       "you buying 1,200 pairs on my word: 40 pairs free, 20 of each, one brigade per section for a month. "
       "Your miners decide."),
     c("Free for a month? Hm. But even if they like them, purchasing goes through tender. I can't just "
       "order.", "think_it_over"),
     t("Understood, that's fine. The trial gives you data for the tender specification: weight, injuries, "
       "complaints. I'll prepare a short report form for the brigade leaders."),
     c("Okay. Send forty pairs, sizes I give you by Friday.", None)],
    [o,
     t("Good afternoon. Our flagship, the Arctic Pro: composite toe, waterproof membrane, anti-slip sole "
       "for wet surfaces, 1.4 kilos. For 1,200 pairs we give 12% off, 38,500 tenge per pair."),
     c("Membrane boots we tried two years ago from another supplier. After three months the membrane tore "
       "and they were wet inside again.", "bad_experience"),
     t("Our membrane is a different technology, tested to 5,000 flex cycles, and there's a six-month "
       "warranty on it. I can send you the certificates."),
     c("Send certificates. But purchasing goes through tender, I can't decide alone.", "think_it_over"),
     t("Of course. I'll send the certificates and our offer so you can include it in the tender."),
     c("Good. Thank you.", None)]))

# d05 -- diagnoses before recommending (element, not a new heater). Sumgait, typed
o = c("salam. my boiler 80 liter ariston 7 years old, water not hot anymore only warm. i think need new one. "
      "what you recommend and price", None)
PAIRS.append(rpair(
    "b40r_d05_sumgait_waterheater",
    "A man in Sumgait (Azerbaijan) writes to a plumbing and appliance shop's chat about his electric "
    "water heater giving only lukewarm water. Typed chat.",
    [o,
     t("Salam! Before buying new: does it heat slowly, or not at all? Any noise? At 7 years it's often just "
       "the heating element covered in scale, our water is hard. An element is 45 AZN plus 30 for the "
       "master, much cheaper than a new boiler."),
     c("it heats but very slow, and little noise like boiling inside. the tank doesnt leak", None),
     t("That noise is scale, classic. If the tank doesn't leak, change the element and the magnesium anode "
       "(15 AZN) and clean the tank, about 90 AZN with work. A new 80L is 320-450. Our master can come "
       "tomorrow after 17:00."),
     c("tomorrow after 5 ok. but if master opens and says tank is bad, i pay for nothing?", None),
     t("If the tank turns out corroded, you pay only the 20 AZN visit and he gives you options for a new "
       "one, no obligation. Your address?"),
     c("8th microdistrict, building 12, flat 34. ok", None)],
    [o,
     t("Salam! At 7 years it's time for a new one. I recommend the Ariston Velis 80L, flat design, two "
       "heating elements, heats fast: 420 AZN, installation 40."),
     c("420? thats much. is there cheaper", "too_expensive"),
     t("Yes, Thermex 80L round, 310 AZN, also good quality, five-year warranty on the tank."),
     c("ok. let me ask my wife which one and i write you", "think_it_over"),
     t("Of course, write any time. Delivery in Sumgait is free."),
     c("ok thanks", None)]))

# d06 -- diagnoses (leak) instead of a second refill. Dammam, typed
o = c("salam, my split AC in bedroom not cooling good. 46 degrees outside and room is 31 at night. other "
      "company refilled gas 2 months ago for 250 riyal and now same problem", None)
PAIRS.append(rpair(
    "b40r_d06_dammam_ac",
    "A tenant in Dammam (Saudi Arabia) messages an air-conditioning service company about a bedroom split "
    "unit that cools poorly in midsummer. Typed chat.",
    [o,
     t("Wa alaikum salam. If gas was refilled 2 months ago and it's weak again, there's most likely a leak, "
       "so refilling again would waste your money. Quick questions: is the outdoor fan turning? Any ice on "
       "the copper pipes outside?"),
     c("fan is turning. pipes i check... yes there is some ice on the thin pipe", None),
     t("Ice on the thin pipe plus weak cooling after a refill means low gas from a leak. Our technician "
       "does a nitrogen leak test first, fixes the leak, then charges the gas. Leak repair 180-300 depending "
       "on what he finds, gas 200. He can come today at 6 pm."),
     c("ok today 6. but if he finds nothing?", None),
     t("Then you pay only the 80 riyal visit, and he checks the other causes, fan motor and capacitor. Send "
       "your location pin please."),
     c("sending location. thanks", None)],
    [o,
     t("Wa alaikum salam. Sounds like the gas is low. Refill is 250 riyal, our technician can come today."),
     c("again refill? the other company refilled and it leaked again in 2 months. i dont want to pay again "
       "for nothing", "bad_experience"),
     t("I understand. Our technician checks the pressure and refills properly, and we give one month "
       "guarantee on the gas."),
     c("one month only? ok... let me think, i will message later", "think_it_over"),
     t("Okay, we're available until 11 pm."),
     c("ok", None)]))

# d07 -- notices the real purpose (boat out for the season), check first. Sohar, spoken
o = c("Salam alaikum. My Yamaha 40, the outboard, it's losing power when I go fast, and smoke. I think the "
      "carburettor. You have carburettor for it? How much?", None)
PAIRS.append(rpair(
    "b40r_d07_sohar_outboard",
    "A fisherman in Sohar (Oman) comes to a marine engine shop asking for a carburettor for his outboard "
    "motor. Spoken, at the shop, small business.",
    [o,
     t("Wa alaikum assalam. Carburettor for the 40 we order from Dubai, five days. But before we order: is "
       "there a rush? When do you need the boat?"),
     c("Saturday. The kanaad season is now, every day on land I lose money. The other boats are out "
       "already.", None),
     t("Then let's not guess. Bring the engine this afternoon; very often it's a blocked fuel filter or "
       "dirty jets from old petrol, half an hour to clean. If it really is the carburettor, I have a 40 hp "
       "rental, 12 rial a day, so you fish Saturday while the part comes."),
     c("Rental, hmm. Twelve a day... a week, that's eighty rial. That's a lot.", "too_expensive"),
     t("Only if it's the carburettor. Bring it at four, we check first, then you decide. The check is free "
       "if you buy the parts with us."),
     c("Okay, four o'clock. My son brings it with the pickup.", None)],
    [o,
     t("Wa alaikum assalam. Yes, we can order the carburettor for the Yamaha 40 from Dubai, 95 rial, it "
       "arrives in five days. 50% deposit."),
     c("Five days? No, I need the boat Saturday. Kanaad season, I can't wait five days.", "no_time"),
     t("Sorry, that's the fastest from the agent. Maybe try the other shop in the souq, sometimes they "
       "have used parts."),
     c("Okay, I'll go and ask there.", None),
     t("If you don't find it, come back and we order."),
     c("Inshallah.", None)]))

# d08 -- adapts to the person (elderly grandmother, stairs). Sidon, spoken
o = c("Bonjour. This is my teta, she's 81. Her glasses are old, she can't read the Quran anymore, and the "
      "TV she says is blurry. We need new glasses. She doesn't speak much English, I'll translate.", None)
PAIRS.append(rpair(
    "b40r_d08_saida_optician",
    "A young woman brings her 81-year-old grandmother to an optician in Saida/Sidon (Lebanon) for new "
    "glasses and translates for her. Spoken, in the shop.",
    [o,
     t("Bonjour, ahla w sahla ya Teta, we'll go slowly, don't worry. Tell me about her day: where does she "
       "read, and does she walk around much, stairs?"),
     c("She reads at home, near the window. Every day she goes to her sister's, three floors down, and the "
       "stairs there are dark.", None),
     t("Then I wouldn't give her progressive lenses, even if they're the 'modern' choice: you look down "
       "through the reading part, and on dark stairs the steps can seem to move. For her, two pairs, one "
       "for reading, one for distance and walking. Ask her if she minds changing glasses."),
     c("She says her doctor gave her progressives ten years ago and she fell, so she's happy you said "
       "that. Two pairs is fine.", None),
     t("Then two pairs. I'll do the test now, sitting, slowly. Both pairs with good lenses, 180 dollars. "
       "And I'll put a little cord on the reading pair so she doesn't lose them."),
     c("She says God bless your hands. And she wants a red cord.", None)],
    [o,
     t("Bonjour, welcome! At her age the best is progressive lenses, one pair for reading and distance, so "
       "she never has to change glasses. Let me do the eye test. Can she sit here?"),
     c("Progressive... she had those ten years ago and she fell on the stairs. She says no, not again.",
       "bad_experience"),
     t("Modern progressives are much better than ten years ago, wider reading zone, and most people adapt "
       "in two weeks. I can give her a softer design."),
     c("I don't know. I think I need to ask my mother first, she handles teta's money.", "think_it_over"),
     t("Of course. Let's do the test today at least, it's free, and you decide later."),
     c("Okay, the test at least.", None)]))

# d09 -- low-risk next step (soft-check pre-qualification) for an anxious first borrower. Birmingham, spoken
o = c("Hey, uh, hi. So I'm lookin' to get a loan for a used truck, it's for work, I just got on with an HVAC "
      "company and I gotta have my own truck. The dealership already turned me down, so... honestly I don't "
      "even know if I should be here.", None)
PAIRS.append(rpair(
    "b40r_d09_birmingham_truckloan",
    "A 22-year-old, just hired by an HVAC company and already turned down by a dealership, walks into a "
    "credit union in Birmingham, Alabama (US South) about a used-truck loan. Spoken, in the branch.",
    [o,
     t("Glad you came in. Dealerships turn down a lot of folks we can approve; they use different lenders. "
       "What did they tell you, was it your score or not enough history?"),
     c("Said not enough credit history. I'm twenty-two, never had a credit card. I got a job letter though, "
       "starts at nineteen an hour.", None),
     t("That job letter helps a lot here. First I'd do a pre-qualification: it's a soft check, it doesn't "
       "touch your score, ten minutes, and you'll know your amount before you shop. What's the truck?"),
     c("Fourteen-five, a 2015 Tacoma. I got two thousand saved for down.", None),
     t("That's a reasonable ask with two thousand down. Let's run the soft check now. If it comes out tight, "
       "we can talk about a credit-builder card too, but the truck comes first."),
     c("Okay. Yeah. Let's do it, I guess. Ten minutes, right?", None)],
    [o,
     t("Welcome. We do auto loans on used vehicles up to ten years old, rates from 6.9% with good credit. "
       "You'd fill out the full application, we pull your credit, and you get a decision in 24 to 48 "
       "hours."),
     c("Pull my credit... the dealership already did that. I don't want another hit on my score and "
       "another no.", "bad_experience"),
     t("I understand. Any lender has to check credit for a loan, though. You could bring a co-signer; that "
       "improves your chances a lot."),
     c("My mama might co-sign... I gotta talk to her first.", "think_it_over"),
     t("Sure. Here's the application and our rate sheet. Come back with her whenever you're ready."),
     c("Alright. Thanks.", None)]))

# d10 -- digs into the doubt behind a brush-off (succession), peer visit. Sherbrooke area, spoken, B2B
o = c("Oui, allô? Ferme Boisvert.", None)
PAIRS.append(rpair(
    "b40r_d10_sherbrooke_robot",
    "A milking-robot sales rep phones a 60-cow dairy farmer near Sherbrooke (Quebec) who left his details "
    "at an agricultural fair. Spoken, by phone, B2B.",
    [o,
     t("Bonjour Monsieur Boisvert, Julie Tremblay from Lactech in Sherbrooke. You filled in a card at the "
       "Cookshire expo about milking robots. Is this a bad moment?"),
     c("Ah, oui, the robots. Écoute, I'm in the barn, just send me a brochure, okay?", "brush_off"),
     t("I will. One question so I send the right thing: when you filled the card, was it more about labour, "
       "finding workers, or about your own back and the hours?"),
     c("Bon... honnêtement, it's my son. Twenty-six, he doesn't know if he takes over. He says he won't milk "
       "at five every morning for thirty years like me. But sixty cows, a robot, that's for the big farms, "
       "non?", "no_need"),
     t("Lots of people think so, but one robot handles 55 to 65 cows, so you're right at the size for one "
       "unit. Why not go with your son to the Fortier farm in Coaticook, 62 cows, robot for two years. He "
       "can ask them himself how their days changed, no salesperson in the room."),
     c("With my son... ça, c'est une bonne idée. He listens more to other farmers than to me. Call me "
       "tonight after eight, we find a date.", None)],
    [o,
     t("Bonjour Monsieur Boisvert, Julie Tremblay from Lactech in Sherbrooke. You filled in a card at the "
       "Cookshire expo. I wanted to tell you about our new VMS 300, 15% faster milking, and a provincial "
       "grant covering up to 30%."),
     c("Ah oui. Écoute, I'm in the barn right now. Send me a brochure.", "brush_off"),
     t("Of course. I'll mail the brochure and the grant information today. Can I call you next week to "
       "discuss?"),
     c("Bon, next week, we'll see. Sixty cows, I'm not sure a robot is for us anyway.", "no_need"),
     t("I understand. The brochure has case studies of farms of all sizes. I'll call you Tuesday."),
     c("Okay. Salut.", None)]))
