"""Gaming pairs, file a (kinds 1-10), blind84."""
from common import c, gpair, t

PAIRS = []

# 1. monologue - olive-oil press, Puglia
_o = c("Pronto, good morning. I am calling for the pressing. I have maybe eight quintals, Coratina, we start picking Monday. Last year at the other mill my olives stayed three days in the crates waiting, and the oil came out, eh, not so good.", None)
PAIRS.append(gpair(
    "b84g_bitonto_olive_press", "olive-oil press (frantoio), Bitonto, Puglia", "monologue",
    "A small grower phones the local mill to book pressing for about eight quintals of olives next week; last year his olives waited days at another mill and the oil suffered.",
    [_o,
     t("Good morning. Eight quintals of Coratina, fine, we can do that. When you say three days in the crates — you want them pressed the same day you pick, or next morning is okay?"),
     c("Same day if possible. Picking finishes around two, three o'clock. My son brings them with the Ape.", None),
     t("Then the afternoon is best for you. From four to eight we do small lots milled separately, so you get your own oil back, not mixed with anybody's. It's a bit more per quintal than the shared run. Do you want it separate?"),
     c("How much more? Because at the cooperative the shared one is cheaper, this I know.", "too_expensive"),
     t("Separate is fourteen euro a quintal, shared is eleven. On eight quintals that's twenty-four euro difference. If it's only for the house and you don't mind mixing, shared is fine, honestly. What's the oil for?"),
     c("For the family, and I sell some bottles to a restaurant in Molfetta. The chef tastes everything, he is very picky.", None),
     t("Then I'd keep it separate — he'll notice if it's mixed with olives that sat around. So: Monday, you come around three, four, separate milling, oil ready by seven. Bring your own tins or we sell the five-litre ones. Name and a mobile?"),
     c("Nicola De Palma, 347 218 5590. I bring my tins. And if Monday it rains and we don't pick?", None),
     t("Call me before ten and I move you to Tuesday, no problem. This week is still quiet; from the twentieth it gets crazy, so earlier is better for you anyway."),
     c("Va bene. Monday then.", None)],
    [_o,
     t("Good morning, thank you for calling Frantoio San Michele. So what I'm hearing is you want quality, and quality is our whole story: two-phase decanter, cold extraction under twenty-seven degrees, nitrogen storage, bottling, labels with your name, even the DOP paperwork. Let me tell you how the day works."),
     c("Yes, but I only need to know if—", None),
     t("Of course, and that's exactly the point. You bring the olives, we wash, we take the leaves off, forty minutes of malaxation, then separation. And then the premium package, which I recommend for every serious grower: filtering and bottling in dark glass, 3.90 a bottle. With Coratina you'd be crazy not to. How does that sound for your experience?"),
     c("I don't want bottles. I have my tins. I want to know if Monday afternoon—", "no_need"),
     t("Monday, Tuesday, we'll find something, don't worry. But think about the tourists in Polignano, they pay twenty euro for a nice label. Our designer did the labels for two masserie. So what matters most to you, the design or the filtering?"),
     c("Neither. Listen, can you press eight quintals on Monday, same day, yes or no?", "no_need"),
     t("We'll do our very best, demand is very high this year because of our reputation. I'll send you the brochure on WhatsApp and you'll see everything. Anything else I can help you with today?"),
     c("No. I call the mill in Ruvo.", None)]))

# 2. closing_as_open_question - wedding hall, Amman, son interpreting
_o = c("Good evening. My mother is asking about the hall for my sister's wedding. She says July, maybe 350 people. She prefers I translate, her English is not so much.", None)
PAIRS.append(gpair(
    "b84g_amman_wedding_hall", "hotel wedding halls, Amman, Jordan", "closing_as_open_question",
    "A mother planning her daughter's wedding visits a hotel in Amman with her son, who translates; she wants a July Thursday for about 350 guests and is comparing venues.",
    [_o,
     t("Ahlan, welcome, please sit. Thank you for translating. Before I talk prices — which dates in July, and is it men and women together or separate halls?"),
     c("She says the second or the third Thursday. And separate. The women's side is the big one, maybe 250, the men 100.", None),
     t("Okay. The Jasmine takes 280 seated and the Orchid next to it 120, with its own entrance — that's how most families do it here. The 11th, both are free. The 18th I only have the Orchid. Has she seen other places already?"),
     c("Yes, two. She says the one in Abdoun was nice, but the dinner was 38 dinar for the person, very high. She asks what is yours.", None),
     t("Buffet starts at 29 a person; with the mansaf station it's 33. Soft drinks and the kosha are included, the zaffeh you can bring your own. What matters most to her — the food, the hall, the price?"),
     c("She says the food, because the groom's family is from Salt, they will judge the mansaf. And parking, my uncles are old.", None),
     t("Fair — people from Salt know their mansaf. Then a tasting first: her and one or two aunts, free, any weekday evening. Parking, we have valet and a drop-off right at the Jasmine door. I can hold the 11th for seven days with no deposit while she decides."),
     c("She says thank you, but first she talks with my father and with the groom's family. The tasting, maybe Tuesday.", "think_it_over"),
     t("Of course. Tuesday at seven, then. I'll hold the 11th until next Monday and send you the menu with prices on WhatsApp tonight, so your father can see it."),
     c("Good. She says you are very kind.", None)],
    [_o,
     t("Ahlan wa sahlan, and congratulations to the bride! Let me ask an open question: what would make this the perfect night for your mother?"),
     c("She says good food, and a place not far, for the old people.", None),
     t("Beautiful. And what would it take for her to feel comfortable booking the Jasmine Hall tonight, so the date is safe?"),
     c("Tonight? No, she says we see other places still, and my father decides.", "think_it_over"),
     t("Completely understand. Just so I plan it right — would she prefer to secure it with the 500-dinar deposit by card or in cash?"),
     c("She is not paying anything today. She wants only the price of the dinner.", "think_it_over"),
     t("Of course, it depends on the package. Which one feels right for your family — the Gold at 33 or the Royal at 41, with the flower entrance?"),
     c("She says she doesn't know the packages, you didn't tell us what is inside.", None),
     t("I'll show you everything. And once she's happy with what's inside, how would she like us to send the contract — to you or to your father?"),
     c("Maybe no contract. Thank you, we will go.", None)]))

# 3. pitch_as_paraphrase - mobile money, Casablanca, typed chat
_o = c("salam. i have hanout in derb sultan, people ask me can they pay with the phone. how it works for me", None)
PAIRS.append(gpair(
    "b84g_casablanca_mobile_money", "mobile-money merchant accounts, Casablanca, Morocco", "pitch_as_paraphrase",
    "The owner of a small grocery in Derb Sultan writes to a mobile-money provider's chat asking how to accept phone payments from a few customers a day.",
    [_o,
     t("Salam! Yes, you can receive payments on a merchant wallet. Two quick questions so I tell you the right thing: roughly how many customers a day would pay by phone, and do you already have a personal wallet with us?"),
     c("maybe 10 15 a day for now, young people mostly. i have personal wallet yes since 2 years for sending to my brother in agadir", None),
     t("Good, then it's easy. The merchant account is free to open, you get a QR sticker for the counter, the customer scans and pays, you see it straight away. For your size the fee is 0.5% per payment, nothing monthly."),
     c("0.5 is ok. my problem is cash. i need cash for the wholesaler every morning, he dont take wallet", None),
     t("Makes sense. You can cash out free at any of our agents up to 5,000 dirham a day, or send it to your bank account same day. There's an agent two streets from you on Rue Mohamed Smiha. Would you cash out daily or weekly?"),
     c("daily probably. ok what i need to bring", None),
     t("Your CIN, the patente or registration paper of the shop, and your phone. You come to the agency or I send someone to the shop tomorrow afternoon to open it and stick the QR. What's easier for you?"),
     c("tomorrow after asr ok, send him", None),
     t("Done — Youssef comes tomorrow after asr, he'll call before. And if after a month the phone payments are still very few, you close the merchant account, it costs nothing.")],
    [_o,
     t("Salam and welcome! So what I'm hearing is you want to grow your business with digital payments — so what you need is our Merchant Pro pack, with the payment terminal and the 99 dirham monthly plan, is that right?"),
     c("no terminal. only people pay with the phone", "no_need"),
     t("Totally, I understand you. So if I reformulate: you want your customers to pay easily, which means the Pro pack plus the card terminal so the tourists can pay too, correct?"),
     c("no tourists in derb sultan brother. its a hanout", "no_need"),
     t("Got it. So basically what matters to you is a simple solution that also gives you credit for your stock — that's our Merchant Credit option, 2,000 dirham limit. Is that what you're looking for?"),
     c("i didnt say credit. how much is the monthly thing", None),
     t("99 a month, but you said you want to grow, so it pays for itself. Did I understand your need correctly?"),
     c("99 every month for 15 customers a day. no thats too much for me", "too_expensive"),
     t("I hear you. So what you're saying is you'd like to start with the Pro pack for three months and see, right?"),
     c("no. forget it", "no_need")]))

# 4. upsell_as_loop_closing - car rental desk, Faro airport
_o = c("Good afternoon. I have a reservation, the name is Van Leeuwen. A small car for fourteen days. I would like to go quickly please, my wife is waiting outside with the suitcases.", None)
PAIRS.append(gpair(
    "b84g_faro_car_rental", "airport car rental desk, Faro, Portugal", "upsell_as_loop_closing",
    "A formal, retired Dutch man collects a pre-booked small car for two weeks in the Algarve; he bought excess cover through the booking website and wants to leave quickly.",
    [_o,
     t("Good afternoon, Mr Van Leeuwen. Yes, I have it — a Fiat 500 or similar, fourteen days, back here on the 22nd. Can I see your licence and the card for the deposit?"),
     c("Here. The booking was with full insurance, I think. I took it on the website.", None),
     t("You took cover through the booking site, yes — that's separate from us. If anything happens we charge the damage to your card first and you claim it back from them, that's why the deposit is 1,200. Or our zero-excess at 14 a day and no deposit. Entirely your choice."),
     c("Fourteen a day, that is almost two hundred euro. No, I keep the deposit. The card has enough.", "too_expensive"),
     t("Fine, no problem. Then two things so there's no surprise at the end: it's full, bring it back full. And tolls on the A22 are electronic only — the transponder is 1.85 a day, capped at 20, otherwise you pay at the post office, which is a pain. Will you use the motorway?"),
     c("Yes, we go to Lagos and one day to Seville. So the transponder, yes.", None),
     t("Added. Seville is fine, no cross-border fee, the papers are in the glovebox. Bay 14, silver car. Take photos of any scratches before you drive off and send them to the number on the key tag."),
     c("Very good. Thank you, that was clear.", None)],
    [_o,
     t("Welcome to Faro, Mr Van Leeuwen! A Fiat 500 for fourteen days. Just to close the loop — what else can I add to make your holiday experience perfect? Most couples add our Premium Protection."),
     c("Nothing, thank you. I have the insurance from the website.", "no_need"),
     t("Perfect, understood. And to make sure everything is covered, shall I add the GPS as well, 9.90 a day? What else would make the trip smoother for you?"),
     c("I have my phone. Just the keys, please.", "no_need"),
     t("Of course. Last thing so nothing is missing: an upgrade to the Peugeot 2008? More space for the suitcases, only 18 more a day. Anything else on your list — child seat, second driver?"),
     c("No children. My wife does not drive. How much longer, please? She is standing in the sun.", None),
     t("Almost done! So, to confirm I've understood everything you need: full protection at 29 a day, the transponder and the upgrade — what else can I add before I print?"),
     c("I did not ask for any of this. Only the car I booked. Please print only that.", "no_need"),
     t("Of course, of course. Is there anything else at all I can do for you today?"),
     c("Yes. Give me the keys.", None)]))

# 5. leading_tag_questions - marble supplier, Thessaloniki
_o = c("Kalimera. I need marble for six bathrooms, floors and the wall behind the basin. Apartment block in Kalamaria. The client doesn't want to spend crazy money.", None)
PAIRS.append(gpair(
    "b84g_thessaloniki_marble", "marble yard and supplier, Thessaloniki, Greece", "leading_tag_questions",
    "A terse building contractor needs stone for six bathrooms in a renovated block of student flats; the owner has a tight budget and the tiler starts in two weeks.",
    [_o,
     t("Kalimera. Six bathrooms — roughly how many square metres all together? And is it for renting out, or are the owners living there?"),
     c("About 40 floor, 15 wall. Rentals. Student flats, near the university.", None),
     t("Students — then you want something that doesn't show every drop of shampoo and isn't slippery when wet. I'd look at Kavala grey or a honed Drama white, not polished Thassos. Thassos is beautiful, but it's three times the price and it stains if they're careless."),
     c("What's the difference, roughly.", None),
     t("Drama white honed, 2 cm, about 42 a metre. Kavala grey 38. Thassos starts at 120. For 55 metres that's around 2,100 against 6,600, before cutting."),
     c("Grey is fine. The client will want to see a sample. And I need it on site by the 18th, the tiler starts the 20th.", None),
     t("Take two grey samples now. We have 70 metres from the same block in stock, so the colour matches. If he says yes by Friday I cut and deliver by the 16th. Want me to hold the 55 metres till Friday?"),
     c("Hold it. I call you Friday morning.", None)],
    [_o,
     t("Kalimera! Six bathrooms, wonderful project. You'll want the Thassos for something like this, won't you? It's the best white in the world."),
     c("It's student flats. For students, Thassos is crazy money.", "too_expensive"),
     t("Of course, but quality pays back, doesn't it? Students move out, the marble stays. You wouldn't want the owner calling you in two years about cheap stone, would you?"),
     c("It's not my money. He said under three thousand for all the stone, finished.", "no_money"),
     t("Sure. But you'd agree polished sells better than honed, right? And you'd rather have one supplier for everything, wouldn't you — the basins, the skirting, the thresholds?"),
     c("Polished floor for students? They'll break their heads. Do you have grey or not.", "no_need"),
     t("We have grey, but honestly you don't really want grey, do you? It looks like a hospital. Let me show you the Thassos offcuts, you'll love them, won't you?"),
     c("I'll go to Kavala direct. Thanks.", None)]))

# 6. putdown_question - pharmacy, Tunis
_o = c("Sorry, excuse me... I have a question, a bit private. I have red spots on my arms since two days. I started new tablets last week, from the doctor.", None)
PAIRS.append(gpair(
    "b84g_tunis_pharmacy_rash", "neighbourhood pharmacy, Lafayette, Tunis, Tunisia", "putdown_question",
    "A shy young man quietly asks the pharmacist about an itchy rash that appeared a few days after he started a course of tablets; he is embarrassed and short of money.",
    [_o,
     t("No problem, come to this side, it's quieter. Do you have the box or the prescription with you? And the spots — do they itch? Anything else: fever, lips or eyes swelling, trouble breathing?"),
     c("Here, the box. They itch a little. No, nothing with the breathing. My face is normal.", None),
     t("Okay, it's amoxicillin. A rash after some days on this one happens, often it's not dangerous, but the doctor must know, because if it's an allergy you should never take it again. Can you call the doctor who prescribed it today?"),
     c("The doctor is in Ariana. But the consultation is fifty dinars again, I don't have this now.", "no_money"),
     t("You don't need a new consultation for this. Call his cabinet and tell the secretary 'rash after amoxicillin, day six' — most doctors answer by phone. Until then, don't take the next tablet. For the itching there's a simple antihistamine, six dinars. And if your lips or throat swell, go straight to the emergency at Charles Nicolle."),
     c("Okay. I call him now. The antihistamine, I take it.", None),
     t("Good. One in the evening, it makes you a bit sleepy. If he changes the antibiotic, come back and we'll have the other one ready for you."),
     c("Thank you. Really.", None)],
    [_o,
     t("Okay, calm down, it's not the end of the world. Why are you whispering — what exactly do you think you have?"),
     c("I don't know, that's why I ask... red spots. I started tablets.", None),
     t("Did you actually read the leaflet before swallowing them, or did you take them like sweets? What does it say?"),
     c("I read... some. It's in French, small letters.", None),
     t("So you didn't. And you scratched them, I suppose? Young people always scratch, no? Show me — is this really what you're worried about?"),
     c("Yes. It itches. It is dangerous or not?", None),
     t("Everything is dangerous if you panic, isn't it? Take this cream, fourteen dinars, and stop reading the internet. Anything else you wanted to ask?"),
     c("Fourteen dinars for a cream... I don't know. Maybe I just ask the doctor.", "too_expensive"),
     t("As you like. How satisfied are you with our advice today?"),
     c("...I go.", None)]))

# 7. not_my_department_or_read_the_terms - private hospital billing, Beirut
_o = c("Good morning, sir. I apologise for calling again. My father, Mr Elias Haddad, was discharged on Monday. The bill has an MRI for 420 dollars which the insurance company says was pre-approved. Could you kindly help me understand it?", None)
PAIRS.append(gpair(
    "b84g_beirut_hospital_billing", "private hospital billing office, Beirut, Lebanon", "not_my_department_or_read_the_terms",
    "A formal, polite woman calls the hospital billing office because her father's bill charges him for an MRI that his insurer says it approved; she already paid to get his discharge papers.",
    [_o,
     t("Good morning, Madame, no need to apologise. Let me open his file — Elias Haddad, admitted on the 3rd? Yes, the MRI on the 4th, 420 dollars, marked patient share. Do you have the approval number from the insurer by any chance?"),
     c("Yes, GL-77815. They sent it to me by WhatsApp on the 4th, in the morning.", None),
     t("Thank you. I see what happened: the approval reached us at 11, the MRI was done at 9:30, so the system billed it as private. That's a timing problem on our side, not yours. I'll pass the approval to our insurance desk so they bill the company. Did you already pay the 420?"),
     c("Yes, I paid, because they would not give me his discharge papers otherwise. I was not happy, I must say.", None),
     t("I understand, and I'm sorry it went that way. Once the insurer confirms — usually three to five working days — we refund you the same way you paid. I'll also email you an itemised bill today. Which email should I use?"),
     c("nada.haddad@outlook.com. And if it takes more than a week, whom do I call?", None),
     t("Me directly — Karim, extension 2214, I'm here until four. I'm also putting your mobile on the file so the insurance desk calls you when it's done."),
     c("Thank you, Karim. You have been very kind.", None)],
    [_o,
     t("Good morning, Madame, thank you for reaching out, your experience matters to us. How can I help you understand the bill?"),
     c("The MRI. The insurance says it was approved. Why is it on my father's bill?", None),
     t("I understand your frustration. Unfortunately approvals are handled by the insurance desk, that's not billing, I only see the amounts. Did you read the admission agreement your father signed? Article 7 covers pre-approvals."),
     c("He was in pain, he signed what they gave him. I am asking you because you sent the bill.", None),
     t("I completely hear you. But as I said, I don't make the rules, the system calculates it. You can contact your insurer, they should explain their side."),
     c("The insurer told me to call you. Everyone sends me to someone else.", None),
     t("I totally understand how you feel. Is there anything else I can help you with today?"),
     c("You did not help me with anything. I would like to speak with your manager, please.", None)]))

# 8. social_proof_or_deadline_pressure - umrah travel agency, Cairo
_o = c("Peace be upon you. Listen, my son, I tell you the story so you understand. In 2019 we went with another company, they said five minutes from the Haram — it was twenty-five minutes walking, uphill, and my wife's knees... she cried the second day. This time I want Ramadan, the last ten days, me and her.", None)
PAIRS.append(gpair(
    "b84g_heliopolis_umrah", "umrah travel agency, Heliopolis, Cairo, Egypt", "social_proof_or_deadline_pressure",
    "A talkative retired man wants an umrah package for himself and his wife in the last ten days of Ramadan; his wife has bad knees and a previous agency lied about hotel distance.",
    [_o,
     t("And upon you peace. I'm sorry that happened — uphill with bad knees is hard. So distance comes first. Does your wife walk with a stick, or would she need a wheelchair inside the Haram for the tawaf?"),
     c("A stick. For the tawaf, in Ramadan with the crowds, maybe the wheelchair, yes. Her sister said they rent them there.", None),
     t("They do, at the gate, or we book a pusher in advance, which I'd do for the last ten days. For the hotel I have two within 150 metres of the King Abdulaziz gate, flat road. The catch is price: last ten days, about 78,000 pounds a person with flights. A hotel at 600 metres is around 52,000."),
     c("78... that's heavy, my son. Our pension is not big. My son in Dubai maybe helps.", "no_money"),
     t("Take your time. Two honest things: prices for the last ten days climb as the planes fill, so don't leave it for months. And if the budget doesn't reach, the first twenty days of Ramadan in the same close hotel are about twenty percent less. I'll write both options down for your son."),
     c("The first twenty days... I didn't think of this. Write both, I call him tonight.", None),
     t("Here — both options, with the hotel names, so he can see the photos and check the distance on the map himself. I'm Amr, my number is at the bottom."),
     c("God bless you, Amr. I call you tomorrow.", None)],
    [_o,
     t("And upon you peace, Hajj. I understand completely — your experience is our priority. Let me tell you, this season forty families from Heliopolis alone have booked with us. Everyone goes with us now."),
     c("Good, good, but my wife's knees — the hotel must be close, that is the important thing.", None),
     t("Of course. Our Royal package, 150 metres, 78,000. But I'll be honest with you, I have only three rooms left for the last ten days, and the price goes up on Thursday."),
     c("78,000 is a lot, my son. I must speak to my son in Dubai first, he helps with these things.", "think_it_over"),
     t("I understand, but what would your son say if the rooms are gone? The Abdel Fattah family, on your street, booked yesterday in ten minutes. Shall I put a 10,000 deposit so you don't lose it?"),
     c("I don't know this family. And I don't pay before my son sees it.", "think_it_over"),
     t("Hajj, all of Cairo is booking now. Tomorrow I may have to tell you it's full, and then it's on you. So, can I hold it with the deposit?"),
     c("Then let it be full. Last time also they rushed me, and you saw what happened.", "bad_experience")]))

# 9. keyword_stuffed - bank branch, Valletta
_o = c("Hello. I work in a restaurant in St Julian's since two weeks. My boss needs a Maltese IBAN to pay me. Is possible to open an account? I don't have yet the residence card, only the paper that I applied.", None)
PAIRS.append(gpair(
    "b84g_valletta_bank_account", "retail bank branch, Valletta, Malta", "keyword_stuffed",
    "An Italian cook newly arrived in Malta needs a basic bank account so his employer can pay his salary at the end of the month; his residence card is still pending.",
    [_o,
     t("Hi, yes, let's see. Do you have your passport or Italian ID with you, and the employment contract?"),
     c("The carta d'identita, yes. The contract I have on the phone, a PDF.", None),
     t("That works, you can email it to me. The residence card isn't needed for a basic account — the receipt of your Identita application and a Maltese address are enough. Where are you living, is there a rental contract or a bill in your name?"),
     c("I live in a flat with two colleagues, the contract is with the landlord in the name of my friend. Not mine.", None),
     t("Then a short letter from your friend saying you live there, with a copy of his ID, is fine — very common. The basic account is free, the card arrives in about ten days, but the IBAN you get today, so your boss can pay you on the 30th."),
     c("Today, the IBAN? Perfect. But the letter, my friend works until night.", None),
     t("No problem — we open it today and you have fourteen days to bring the letter. If it doesn't come, the account is only frozen until it does, nothing is lost. Can you email me the contract now? The address is on my card."),
     c("Yes, I send now. Grazie, very quick.", None)],
    [_o,
     t("Welcome! Thank you for sharing that. Here our relationship with customers starts with understanding your needs and your journey. How do you feel about your banking experience in Malta so far?"),
     c("I have no experience, I have no account. I need an IBAN for my salary.", None),
     t("I really understand, and I feel your need. Success for us is a long-term relationship where you feel valued. What does financial success look like for you?"),
     c("Success is my boss pays me on the 30th. Can I open today without the residence card?", None),
     t("Great question, and I appreciate you sharing it. Your needs are important to us, and we want to understand your whole situation so your experience is tailored. Can you tell me more about what you feel you need?"),
     c("I told you already. Account. Salary. No residence card. Yes or no?", None),
     t("I hear you, and I understand your frustration. Our onboarding experience is designed around your success. I'll note your needs and a colleague will reach out to continue the relationship."),
     c("So not today. Okay, I try another bank.", None)]))

# 10. rude - air-conditioning service, Muscat
_o = c("Hello, good afternoon. Your team serviced my AC units in April. Now the one in my daughter's room gives only warm air since yesterday. It's 46 degrees outside. Can someone come today?", None)
PAIRS.append(gpair(
    "b84g_muscat_ac_repair", "air-conditioning service company, Al Khuwair, Muscat, Oman", "rude",
    "A resident phones the AC company that serviced his units two months ago because the split unit in his young daughter's bedroom blows warm air in the June heat.",
    [_o,
     t("Good afternoon. Sorry to hear that, in June that's no fun. Let me pull up your account — Al Khuwair, villa 23? Yes, April 14th, four units. The bedroom one: is the fan blowing but the air warm, and is the outside unit humming or silent?"),
     c("The fan runs, yes. Outside... I think silent. I didn't check, I'm at the office.", None),
     t("Sounds like the compressor isn't starting — often a capacitor, sometimes gas. Since we serviced it in April it's under our 90-day warranty, so the visit is free; if it's the capacitor, the part is 12 rial. Earliest today is 5 to 7 pm. Will someone be home?"),
     c("My wife is home. 5 to 7 is okay. And if it's the gas, how much?", None),
     t("If it's a leak, we find it and fix it first, then refill — usually 25 to 35 rial. The technician tells your wife the price before he touches anything. Meanwhile, a fan in the room and keep her door closed."),
     c("Okay. Send him. Thank you.", None)],
    [_o,
     t("Yeah. Everybody's AC is warm in June, sir. You know how many calls I have today? Address."),
     c("Al Khuwair, villa 23. You serviced it in April, so I thought—", None),
     t("Servicing doesn't mean it never breaks. Did you maybe put it on fan mode? People do that all the time."),
     c("I'm not stupid. It's on cool, 22. It worked until yesterday.", None),
     t("Okay, okay. Earliest is Thursday. Visit fee 15 rial."),
     c("Thursday? My daughter is six, she can't sleep in this heat. And why a visit fee, you serviced it two months ago.", None),
     t("Warranty is for parts, not visits, it's on your invoice. You want Thursday or not? I have other customers waiting."),
     c("Forget it. I'll call somebody else.", None)]))
