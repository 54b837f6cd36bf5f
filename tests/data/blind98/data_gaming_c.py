"""Gaming pairs c: kinds 11-15, two each."""
from common import c, gpair, t

PAIRS = []

# 21. ignored_customer: roofing sheets, Kano
o = c("Salam alaikum. I want roofing sheets for a 3-bedroom bungalow in Kumbotso. Please advise me, long span aluminium or the normal zinc?", None)
PAIRS.append(gpair(
    "b98g_kano_roofing", "building materials dealer, Kano", "ignored_customer",
    "A man building a bungalow on open, windy land asks which roofing sheets to buy.",
    [o,
     t("Wa alaikum salam. Happy to advise. What roof area did your builder estimate, and is the house exposed to strong wind?"),
     c("Builder says about 180 square metres. Yes, it's open land, the wind is strong in dry season. My father's zinc roof rusted in 6 years.", None),
     t("So 180 square metres, open and windy, and you've seen zinc rust fast. Long span aluminium won't rust; in your case I'd lean that way, with extra fixings at the edges for the wind. Zinc is about half the price."),
     c("The aluminium, the total will be how much? Money is not plenty.", None),
     t("For 180 square metres, roughly ₦2.6 to 2.9 million depending on the profile. Good zinc, 0.4 gauge and painted, about ₦1.4 million, and it will last far longer than your father's."),
     c("I have about 2 million. Let me check with my brother if he can add.", "think_it_over"),
     t("Okay. I'll write both quotes from the builder's measurements. Prices move weekly, so call before you come and I'll confirm."),
     c("Okay, thank you.", None)],
    [o,
     t("Wa alaikum salam, you're welcome. Tell me, what's most important to you in a roof?"),
     c("The wind, it's open land. And the zinc on my father's house rusted in 6 years.", None),
     t("Very good. So zinc it is, our zinc is the best. How many bundles?"),
     c("But I said it rusted. I'm asking about aluminium.", None),
     t("Okay. What is your budget?"),
     c("About 2 million. I don't want rust and I'm worried about the wind.", None),
     t("Perfect. I'll give you 30 bundles of 0.3 zinc, ₦1.1 million, you save money. Any other concerns?"),
     c("0.3 is thin. Did you hear anything I said? I'll ask the aluminium people at Sharada.", None)]))

# 22. ignored_customer: private clinic, Musanze
o = c("Good morning. My daughter is 4, she has fever since yesterday and she is not eating. Can a doctor see her today?", None)
PAIRS.append(gpair(
    "b98g_musanze_clinic", "private clinic reception, Musanze", "ignored_customer",
    "A mother brings a feverish four-year-old to a private clinic; she has health insurance for public centres only.",
    [o,
     t("Good morning. Yes, a doctor can see her this morning. Is she drinking, and has she had fits, a rash, or very fast breathing?"),
     c("She drinks a little. No fits. But she is very hot, and I am worried it is malaria, her brother had it last month.", None),
     t("Thank you, that's important. We'll do a malaria rapid test first. Do you have Mutuelle de santé, or will you pay cash?"),
     c("Mutuelle, but I think it is only for the health centre, not private clinic. How much will it be? I have 10,000 with me.", None),
     t("You're right, Mutuelle isn't accepted here. Consultation is 5,000 francs and the malaria test 2,000, so 7,000. The health centre at Muhoza takes Mutuelle and tests for malaria too, if you prefer. But the doctor here is free now."),
     c("I will stay, she is too hot to walk more. Let's do it.", None),
     t("Okay. While you wait, the nurse will give her paracetamol and check her temperature."),
     c("Thank you very much.", None)],
    [o,
     t("Good morning. How can we help your daughter today?"),
     c("She's 4, fever since yesterday, not eating. Her brother had malaria last month.", None),
     t("I understand. Do you have insurance?"),
     c("Mutuelle. But I think you don't take it. How much will it cost? I have only 10,000.", None),
     t("We have a full paediatric package: consultation, full blood count, typhoid, malaria test and urine test, 22,000 francs."),
     c("I said I have 10,000. I only want the malaria test. She is very hot.", "no_money"),
     t("Great. Any other questions before we start the package?"),
     c("You are not listening. I will take her to the health centre.", None)]))

# 23. repeated_questions: broiler chicks, agro-dealer, Kitwe (typed)
o = c("Hi, do you have day old chicks? I want to start broilers at my plot in Riverside.", None)
PAIRS.append(gpair(
    "b98g_kitwe_chicks", "agro-dealer, Kitwe (WhatsApp)", "repeated_questions",
    "A first-time poultry farmer messages an agro-dealer about broiler chicks.",
    [o,
     t("Hi, yes. Broilers, K20 a chick, next batch arrives Friday. How many are you planning, and is the house ready with heat and drinkers?"),
     c("100 to start. Small brick house, no brooder yet. Loadshedding is bad, and my friend lost half his chicks in the June cold so I'm scared small.", "bad_experience"),
     t("That's a real risk, and it's usually heat at night. With loadshedding, a charcoal brooder is safer than bulbs only. For 100 birds you'll need about 6 bags of starter and grower over 6 weeks, around K650 a bag."),
     c("That feed is the big money. Total for everything?", None),
     t("Chicks K2,000, feed roughly K3,900 over the cycle, charcoal brooder K350, drinkers and feeders K400. About K6,650. You don't buy all the feed at once: starter now, grower in week 3."),
     c("Ok. I'll take 100 chicks and 2 bags starter Friday. The rest later.", None),
     t("Reserved. Come by 9 on Friday, chicks travel best in the cool morning. Light the brooder an hour before they arrive."),
     c("Sure, thanks.", None)],
    [o,
     t("Hi! Great to hear from you. What are you hoping to achieve with your poultry project?"),
     c("100 broilers to start, small brick house, no brooder yet. Loadshedding is bad.", None),
     t("Okay. And how many birds are you thinking of?"),
     c("100. I said.", None),
     t("Sure. So what's your plan in terms of numbers, to help me understand your needs?"),
     c("100 chicks. Can you tell me about a brooder for loadshedding?", None),
     t("Absolutely. Before that, what kind of house do you have for them?"),
     c("A brick house. I wrote it already. Please just give me the price of chicks and feed.", None),
     t("Of course. And just to understand your goals better, how big is the project you're planning?"),
     c("Forget it. I'll ask the Chingola supplier, at least they answer.", None)]))

# 24. repeated_questions: slow home internet, Cape Coast (chat)
o = c("Hello, my home internet has been very slow for two weeks. I pay for 20 Mbps but the speed test shows 3. Do I need to upgrade?", None)
PAIRS.append(gpair(
    "b98g_capecoast_internet", "home internet provider support, Cape Coast (chat)", "repeated_questions",
    "A customer chats with his ISP about getting 3 Mbps on a 20 Mbps plan since a storm.",
    [o,
     t("Hello, sorry about that. You shouldn't need to upgrade; 3 on a 20 plan means something is wrong. Is it slow on every device, and did you test near the router?"),
     c("All devices. I tested near the router, even with the cable on my laptop, 3 Mbps.", None),
     t("Even on cable, so it isn't the Wi-Fi. Did anything change two weeks ago: a power surge, new equipment, rain?"),
     c("There was a storm and light went off for a day. After that it's been slow.", None),
     t("That fits: storms can damage the line or the fibre box. The line test shows high signal loss on your line, so it's our side. A technician visit is free. Tomorrow between 10 and 2?"),
     c("Tomorrow I'm at work till 4. Can it be Saturday?", "no_time"),
     t("Saturday, 9 to 12, booked. And since you haven't had what you pay for, I'll credit two weeks on your next bill."),
     c("Oh, thank you. That's fair.", None)],
    [o,
     t("Hello! I'm sorry to hear about your experience. Can you tell me what the problem is?"),
     c("I pay for 20 but I get 3. For two weeks. Even on cable.", None),
     t("I see. So how is the speed you're getting?"),
     c("3 Mbps. I just said.", None),
     t("Okay, and just to understand better, how would you describe your internet performance currently?"),
     c("Slow. 3 out of 20. Since the storm two weeks ago.", None),
     t("Thank you. And how long has this been happening?"),
     c("Two weeks! Are you reading what I write?", None),
     t("Yes, sorry. Last question: is it slow all the time? If so, upgrading to 50 Mbps could help."),
     c("I'm not paying more for a fault on your side. I don't need an upgrade, I need what I'm paying for.", "no_need")]))

# 25. wrong_paraphrase: women's group loan, Nakuru
o = c("Good morning. I am the secretary of a women's group in Bahati, 15 members. We want to know if you finance greenhouses for groups.", None)
PAIRS.append(gpair(
    "b98g_nakuru_grouploan", "microfinance group lending, Nakuru", "wrong_paraphrase",
    "The secretary of a women's savings group asks about a group loan for greenhouses.",
    [o,
     t("Good morning. Yes, we have group loans for farm equipment. How long has the group existed, and does it save regularly?"),
     c("Four years. We save 500 each per month, about 300,000 in the account now. We want two greenhouses for tomatoes.", None),
     t("Steady saving helps a lot. Who will run the greenhouses, and who will buy the tomatoes?"),
     c("The whole group, we have a rota. We sell to traders from Nakuru market. But some members are afraid, the last lender took our chairlady's cows when we were late.", "bad_experience"),
     t("That fear is worth settling first. So: 15 members, 300,000 saved, two greenhouses, sales to Nakuru traders, and worry about what happens if you're late. Our security is the group savings and members guaranteeing each other; we don't seize personal property. Two greenhouses with drip are about 700,000 each."),
     c("That is much more than we imagined. We need to sit as a group.", "think_it_over"),
     t("Please do. I can come to your next meeting to explain repayment and answer the members' fears directly. When do you meet?"),
     c("Saturday, 2 o'clock, at the church hall.", None)],
    [o,
     t("Good morning! What are the needs of your group?"),
     c("15 members in Bahati, four years, 300,000 saved. We want two greenhouses for tomatoes.", None),
     t("So what I'm hearing is the group wants individual loans for each member to start businesses, did I understand you correctly?"),
     c("No. One loan for the group, for two greenhouses.", None),
     t("Got it, so you're saying you'd like a big loan of about 3 million to buy land and build greenhouses, right?"),
     c("We have land already. And some members fear loans, the last lender took our chairlady's cows.", "bad_experience"),
     t("I understand: so you're comfortable using cows as security, that's great, it makes approval faster. Shall I start the forms?"),
     c("I said the opposite. We will look for another lender.", None)]))

# 26. wrong_paraphrase: blood pressure drug, pharmacy, Owerri
o = c("Good evening pharm. I want to refill my BP drug, lisinopril 10mg. But the one I bought last month gave me a dry cough. Is it the brand?", None)
PAIRS.append(gpair(
    "b98g_owerri_pharmacy", "community pharmacy, Owerri", "wrong_paraphrase",
    "A man on lisinopril asks a pharmacist whether his dry cough is caused by the brand.",
    [o,
     t("Good evening. The cough can come from lisinopril itself, any brand; it's a known side effect. How long have you had it, and does it disturb your sleep?"),
     c("Since I started it, about 5 weeks. Night is the worst. My wife is complaining.", None),
     t("That sounds like the drug, not the brand. Please don't just stop it. Can you see the doctor who prescribed it this week? There are BP drugs that don't cause cough, but the doctor has to switch you."),
     c("Dr. Okafor at FMC. The queue there is one full day, I can't be going there every time.", "no_time"),
     t("I understand. I'll give you one week of lisinopril so you're not without it, and write a note for Dr. Okafor about the cough. Try calling the clinic line first; a switch may not need a full visit."),
     c("Okay, one week then. How much?", None),
     t("₦1,800. And if your lips or face ever swell, go to emergency straight away. That's rare but serious."),
     c("Okay. Thank you pharm.", None)],
    [o,
     t("Good evening! Tell me about your experience with the drug."),
     c("Dry cough for 5 weeks, since I started lisinopril 10mg. Worse at night.", None),
     t("So what I'm hearing is the cheap brand isn't controlling your BP, and you want the original one, is that right?"),
     c("No, the BP is fine. It's the cough.", None),
     t("I understand, so you're saying you'd like cough syrup too, with the original lisinopril at ₦6,500. Did I get that right?"),
     c("6,500? I paid 1,800 last month. And I didn't ask for syrup.", "too_expensive"),
     t("Okay, so just to confirm, you're happy to take both and see how it goes?"),
     c("I didn't say that. Let me ask my doctor first.", "think_it_over")]))

# 27. pitch_to_upset: widow claiming mobile money balance, Gulu
o = c("Good afternoon. My husband passed away two weeks ago. He had money on his mobile money line, and I don't know how to get it for the children.", None)
PAIRS.append(gpair(
    "b98g_gulu_bereavement", "telecom service centre, Gulu", "pitch_to_upset",
    "A recently widowed woman asks how to claim her late husband's mobile money balance.",
    [o,
     t("I'm very sorry for your loss. Take your time; we can help with that. Do you have his SIM card, and a death certificate or a letter from the LC?"),
     c("I have the SIM. The LC letter I have. The death certificate, the hospital said it will take time.", None),
     t("The LC letter is enough to start. We also need your ID and a letter from the family or the administrator saying you are the one to receive. Do you know roughly how much is on the line?"),
     c("He said maybe 1.2 million. It was for the children's school fees.", None),
     t("Okay. I'll fill the claim form with you now so you don't come twice. It goes to Kampala and usually takes two to four weeks. Here's my number; I'll call you when it moves."),
     c("Four weeks... the school wants fees before that.", None),
     t("Would a letter help, stating that a claim is pending, with the reference, for the head teacher? Many schools will wait with that."),
     c("Yes, please. Thank you, my daughter.", None)],
    [o,
     t("I'm sorry for your loss. How can we make your experience better today?"),
     c("I want to get the money on my husband's line for the children. I have the SIM and the LC letter.", None),
     t("I understand. While you're here, this is a good moment to think about protecting your family. Our Family Cover is just 5,000 a month and pays 2 million if anything happens to you."),
     c("I just buried my husband. I came for his money.", None),
     t("Exactly, and that's why it's so important. And since his line will be closed, let me register you for a new smartphone bundle so the children can study online."),
     c("I don't have money for any of that. I don't even have the school fees.", "no_money"),
     t("We have an instalment plan. Shall I sign you up for both?"),
     c("No. I don't want them. Just tell me about the claim or I'll go.", "no_need")]))

# 28. pitch_to_upset: double-booked wedding hall, Tamale
o = c("I paid a deposit of GH₵ 3,000 for your hall for my brother's wedding reception on Saturday. Today you call me that another family has the hall. What kind of thing is this?", None)
PAIRS.append(gpair(
    "b98g_tamale_hall", "event hall, Tamale", "pitch_to_upset",
    "An angry customer learns the hall she paid for has been double-booked three days before a wedding.",
    [o,
     t("I'm very sorry. That should never happen, and it's our fault. Let me look at the booking now. Do you have the receipt?"),
     c("Here. Receipt 0418, paid in August. The invitation cards are printed with your hall name, 300 people.", None),
     t("I see it, you booked first. The other booking was entered by mistake. I've spoken to the manager: you keep the main hall, and we move the other family, not you."),
     c("Are you sure? Because I can't have 300 people standing outside on Saturday.", None),
     t("I understand. You'll have the manager's confirmation in writing today, signed, with my number. I'll also be here Friday evening to open for your decorators."),
     c("Okay. I'm still annoyed, but if it is in writing, fine.", None)],
    [o,
     t("I'm so sorry for the inconvenience. I understand how frustrating this is. The good news is our new VIP hall is available on Saturday!"),
     c("I don't want a new hall. I booked the main hall in August. I have the receipt.", None),
     t("I hear you. The VIP hall is actually a better experience: air conditioned, bigger stage. It's only GH₵ 2,500 more."),
     c("You people double-book me and now you want to sell me another hall?", None),
     t("Also, since it's a wedding, we have a decor and sound promo, 15 percent off if you book today. What else can we add to make the day special?"),
     c("I want my hall or my money back. Call your manager.", None),
     t("The manager is not around, but I can offer a free cake stand with the VIP upgrade."),
     c("I'm going to the manager's house myself.", None)]))

# 29. blame: solar battery failure, Mwanza
o = c("Habari. The solar battery you sold me 8 months ago doesn't hold charge anymore. At night the lights go off by 9. It has two years warranty.", None)
PAIRS.append(gpair(
    "b98g_mwanza_battery", "solar shop, Mwanza", "blame",
    "A customer returns with a solar battery that fails after eight months.",
    [o,
     t("Pole, that's frustrating. Do you have the receipt, and what do you run at night: lights only, or TV and fridge?"),
     c("Receipt here. Lights, TV, and I added a small fridge in March.", None),
     t("A fridge all night is a big load for a 100Ah battery, and nobody warned you when you bought, that's on us. Let me test it to see if it's a defect or just worn."),
     c("If it's worn, what then? I can't buy another battery now.", "no_money"),
     t("The test shows one weak cell, a defect at 8 months, so it's covered: we replace it free. A second battery would help the fridge, but not needed now; switch the fridge off after 10 pm and the new one will last."),
     c("Okay, replace it. The second battery I'll think about later.", "think_it_over"),
     t("The replacement comes Thursday. I'll bring it and check your wiring at the house."),
     c("Asante sana.", None)],
    [o,
     t("Habari. I understand your experience. What did you do to it?"),
     c("Nothing. Lights, TV, and a small fridge I added in March.", None),
     t("So you added a fridge without asking us? That's why. You overloaded the battery; that's misuse, not warranty."),
     c("Nobody told me that when I bought it. Your man said it can carry a fridge.", None),
     t("I'm sure nobody said that. Customers always forget the instructions. Did you read the manual?"),
     c("The manual is in Chinese. So what now?", None),
     t("Now you need a new 200Ah battery, TSh 950,000. Next time follow the instructions."),
     c("I will not pay again for a battery that failed. I'm taking my receipt to the Fair Competition Commission.", None)]))

# 30. blame: wrong clutch plate, Benin City
o = c("Oga, the clutch plate you sold me on Monday does not fit my Bajaj. My mechanic said it is for another model. I want to change it.", None)
PAIRS.append(gpair(
    "b98g_benincity_clutch", "motorbike spare parts shop, Benin City", "blame",
    "A commercial rider returns a clutch plate that does not fit his bike.",
    [o,
     t("Sorry about that. Let me see the plate and your receipt. Which Bajaj is it, Boxer 150 or 100?"),
     c("Boxer 150. This is the receipt. I told your boy 150 but maybe he wrote 100.", None),
     t("You're right, the receipt says Boxer 100. Our mistake, not yours. Here's the 150 plate. It costs ₦2,000 more, but I'll absorb that since we wrote it wrong."),
     c("Thank you. But my mechanic charged me ₦1,500 to open the engine for nothing.", None),
     t("That's fair to raise. I'll give you the ₦1,500 back. Ask your mechanic to check it fits before he closes, and call me if anything is wrong."),
     c("Okay. Thank you oga, I appreciate.", None)],
    [o,
     t("Welcome. What's the problem with your experience?"),
     c("The clutch plate doesn't fit my Boxer 150. Your boy gave me for 100.", None),
     t("Did you tell him 150 or you just said Boxer? Because customers don't know their own bikes."),
     c("I told him 150. I know my bike. See the receipt.", None),
     t("The receipt says 100, so you must have said 100. And why didn't your mechanic check before opening the engine?"),
     c("So it's my fault now? I paid the mechanic 1,500 for nothing.", None),
     t("That's between you and your mechanic. You can buy the 150 plate, it's ₦2,000 more. Anything else?"),
     c("I'm not paying again for your mistake. Give me my money back or I'll report you to the association.", None)]))
