"""Gaming pairs, part A (10 pairs). Written by hand; labels chosen line by line."""
from common import c, gpair, t

PAIRS = []

# 1 ------------------------------------------------------------------ monologue, Lagos, spoken
o = c("Good afternoon. Please, I want to ask about inverter. Light has been off in our street since "
      "Sunday and my mummy's insulin is inside the fridge. I'm worried it will spoil.", None)
PAIRS.append(gpair(
    "b40g_lagos_inverter", "home inverter and solar shop, Ikeja, Lagos (Nigeria)", "monologue",
    "An anxious woman walks into an inverter shop after days without grid power; her elderly "
    "mother's insulin is in the fridge. Spoken, in person.",
    [o,
     t("Good afternoon, ma. Sorry o, that's stressful when medicine is involved. Before I suggest "
       "anything: is it only the fridge you need to keep running, or other things too, fans, TV?"),
     c("Mainly the fridge. Maybe one fan at night for her, she's old. The TV we can manage without.", None),
     t("Okay. And the fridge, is it a big standing one or a small table-top one?"),
     c("Small one. Thermocool, the small one.", None),
     t("Then you don't need a big system. A 1.5 kVA inverter with two batteries will carry that fridge "
       "and a standing fan through the night. Installed, it's around 650,000 naira."),
     c("Ehn, I don't have 650 now o. Salary never even enter this month.", "no_money"),
     t("I understand. For the insulin alone there's a cheaper way: a rechargeable medical cooler box, "
       "85,000. It handles the urgent problem today, and when money allows we do the inverter. I'll "
       "write the exact size on paper for you so nobody sells you the wrong thing later."),
     c("The cooler box, it will really keep it cold? For how long?", None),
     t("Up to about two days once fully charged, if you don't keep opening it. I'll add a small "
       "thermometer free; if it shows above 8 degrees, call me on this number."),
     c("Okay, let me take the cooler box now. Thank you, my brother.", None)],
    [o,
     t("Good afternoon ma, you are welcome! So, inverters, let me tell you everything. We carry "
       "Luminous, Felicity, Su-Kam and our own brand, and honestly our customers' experience with "
       "Felicity has been excellent. Now there are two kinds of batteries, tubular and lithium. Tubular "
       "is old technology, you must top up the water; lithium you don't, it lasts eight, ten years and "
       "charges faster from solar. And solar is the future, ma. One man in Lekki, he now runs two ACs..."),
     c("Okay, but the fridge...", None),
     t("Yes, yes, the fridge is nothing, any system will carry it. What matters is your need for total "
       "energy independence. Our 5 kVA package: inverter, eight panels, four lithium batteries, "
       "installation, two years warranty, and you can monitor your power on your phone from anywhere "
       "in the world. Families are doing it because the relationship with NEPA is finished. Imagine "
       "that kind of freedom, ehn?"),
     c("How much is that one?", None),
     t("4.2 million, but ma, think of the value. Petrol is now how much per litre? You recover it in "
       "three years, four maximum. There's financing with our partner bank, thirty percent down, the "
       "rest over twelve months. And our maintenance plan is small money, we come every quarter to "
       "clean the panels because of harmattan dust, it can cut output by twenty percent..."),
     c("4.2 million? No, I can't. I just want something for the insulin.", "no_money"),
     t("I hear you! That's exactly why the financing exists, so every family can enjoy the experience. "
       "Let me bring the form; fill it and the bank will call you. Anything else I can do for you?"),
     c("No. Let me go and find ice somewhere.", None)]))

# 2 ------------------------------------------------ closing_as_open_question, Almaty, typed, B2B
o = c("hello. we have cafe in almaty, 80 seats. looking at your hood type dishwasher HT-500. question: "
      "almaty water is very hard, what happens with heater after 1 year? our old machine died from scale", None)
PAIRS.append(gpair(
    "b40g_almaty_dishwasher", "commercial kitchen equipment supplier, Almaty (Kazakhstan), B2B",
    "closing_as_open_question",
    "A cafe owner who lost his last dishwasher to limescale asks in the supplier's web chat how a "
    "hood-type machine copes with hard water. Typed chat.",
    [o,
     t("Hello! Fair question, Almaty water is one of the hardest we deal with. How did the old one "
       "fail, heater element or pump? And did it have a water softener in front of it?"),
     c("heater burned after 14 months. no softener, previous owner didnt install. we descaled with "
       "vinegar sometimes lol", None),
     t("That fits. Honestly, without a softener the HT-500 would go the same way. It has a descaling "
       "cycle but with your water that doesn't replace a softener. I'd quote it with a 12-litre resin "
       "softener, about 180,000 tenge extra, salt around 5,000 a month at your volume. With that, "
       "heaters normally last 5+ years."),
     c("hm. 180 extra. total becomes expensive. chinese one on kaspi is half price", "too_expensive"),
     t("It is cheaper, no argument. The difference is service: our engineer is in Almaty and parts are "
       "in stock, so a breakdown means days, not a month waiting for shipping. If you like, I'll send "
       "both quotes side by side, with and without softener, plus our service terms, so you can compare "
       "properly."),
     c("ok send. how long delivery if we order", None),
     t("It's in stock: delivery and installation within 5 working days. I'll email the quote within the "
       "hour, which address?"),
     c("aibek.cafe@mail.kz. thanks", None)],
    [o,
     t("Hello! Great question! Before we get into details, which day this week works best for our team "
       "to deliver and install your HT-500?"),
     c("i didnt decide to buy yet. im asking about heater and scale", None),
     t("Of course! And which payment option suits your business better, full transfer or the 3-month "
       "Kaspi installment?"),
     c("you not answering. what about scale problem", None),
     t("The HT-500 has a smart descaling cycle, so no worries there! How soon would you like to start "
       "enjoying a faster dishwashing experience, this week or next?"),
     c("forget it. i will ask supplier who answers questions", None),
     t("Totally understand! What would it take for you to place the order with us today?"),
     c("an answer. bye", None)]))

# 3 ------------------------------------------------------ pitch_as_paraphrase, Beirut, spoken
o = c("Bonjour, ya ibni. My daughter is in Canada, in Montreal, and she says, Baba, buy a phone with "
      "WhatsApp so I can see you. But my eyes, you know... and my hands, they shake a little.", None)
PAIRS.append(gpair(
    "b40g_beirut_phone", "mobile phone shop, Hamra, Beirut (Lebanon)", "pitch_as_paraphrase",
    "An elderly retired man wants his first smartphone so his daughter abroad can video-call him; "
    "poor eyesight, shaky hands, pension worth little. Spoken, in the shop.",
    [o,
     t("Bonjour ammo, ahla w sahla. She's right, it's nice to see her face. Tell me, have you used one "
       "of these touch phones before, or is this the first?"),
     c("I had the Nokia, the small one, fifteen years. This touching screen... I don't know.", None),
     t("Okay. Then we want a big screen, and I'll set it up simple: big letters, only three or four "
       "icons on the front, and her as one button for a video call. Something like this Samsung A15, "
       "145 dollars. Can you read this? Try."),
     c("Ah yes, this I can read. Hundred forty-five... I'm retired, ya ibni, the pension in lira is "
       "nothing now. I can't do that.", "no_money"),
     t("I understand, wallah. There's the A05, 95 dollars, same size of screen. The camera is weaker, "
       "but for video calls with your daughter it's fine; the difference is mostly for photos."),
     c("Photos I don't need. The ninety-five one. And you put the WhatsApp for me?", None),
     t("Of course. I'll install it, put her as the big button, and we'll call her from here now so you "
       "see it works before you leave. Do you have her number?"),
     c("Yes, yes, it's written in my wallet. Allah yekhallik.", None)],
    [o,
     t("Bonjour! So what I'm hearing is that staying connected with family abroad really matters to "
       "you, and you need the best camera and the best screen, which is exactly the iPhone 15 Pro. Did "
       "I get that right?"),
     c("No, no, I just want to call her. Something simple.", None),
     t("Absolutely, so if I understand you, you need calling to be effortless, and that's why the "
       "iPhone 15 Pro with FaceTime is perfect, because your daughter in Canada surely has an iPhone "
       "too. Am I hearing you correctly?"),
     c("How much is this one?", None),
     t("1,150 dollars, but what I'm hearing is that your relationship with your daughter is priceless, "
       "right? So really what you need is the best experience for those calls. We do twelve-month "
       "installments."),
     c("Twelve hundred dollars? Ya ibni, that's my pension for a year. No, no, I can't pay this.", "no_money"),
     t("I completely understand. So to sum up your needs: a premium device with a long life, which "
       "actually saves money. Shall I reserve one for you?"),
     c("No, merci. It's too much phone for an old man. I'll look somewhere else.", "no_need")]))

# 4 ------------------------------------------------- upsell_as_loop_closing, Houston, spoken
o = c("Hey there. My front brakes been squealin' like a stuck pig for about a week. I just need pads, "
      "nothin' fancy, I'm on a tight budget this month.", None)
PAIRS.append(gpair(
    "b40g_houston_brakes", "independent auto repair shop, Houston, Texas (US South)",
    "upsell_as_loop_closing",
    "A budget-conscious driver brings in a car with squealing front brakes and asks for pads only. "
    "Spoken, at the service counter.",
    [o,
     t("Alright, let's get it up on the lift and look before I quote you anything. Twenty minutes, "
       "tops. There's coffee inside if you want to wait."),
     c("Coffee's free? Well alright then.", None),
     t("So, good news and a heads-up. Pads are worn to the indicator, that's your squeal. Rotors are "
       "still in spec, so we don't need to touch 'em. Front pads, parts and labor, $189."),
     c("Hundred eighty-nine. Shoot. Place on Westheimer said one forty.", "too_expensive"),
     t("Could be. Ask 'em if that includes labor and the hardware clips, a lot of those quotes are pads "
       "only. Ours has twelve months on parts and labor. If they're really one-forty all in, honestly, "
       "go for it; your rotors are fine, it's a simple job."),
     c("Nah, I don't feel like drivin' across town. Go ahead and do it.", None),
     t("Will do. One thing, no charge: your right rear tire's at 24 PSI, I'll top it up to 35 while "
       "it's in."),
     c("Appreciate that. Y'all are alright.", None)],
    [o,
     t("Absolutely, we'll take great care of you. Leave me the keys and we'll get those pads on."),
     c("Sounds good. How long?", None),
     t("About an hour... Alright sir, all done, pads are on and the squeal's gone. Did we meet all your "
       "needs today? Just to close the loop before I close your ticket: would you like to add our "
       "Platinum Care package, full synthetic oil, cabin filter, wipers and a tire rotation? Only $149 "
       "today."),
     c("No sir, I told you, tight budget. Just the pads.", "no_money"),
     t("Totally hear you. And was your experience with us everything you hoped for? Just so I've "
       "covered everything, a lot of folks add our lifetime brake protection plan, $79, and never pay "
       "for pads again."),
     c("Never pay again? What's the catch?", None),
     t("You'd just do your oil changes with us every 5,000 miles. So, anything else I can do for you, "
       "the plan or the Platinum package?"),
     c("No, I'm good. Just ring me up for the pads.", "no_need")]))

# 5 --------------------------------------------- leading_tag_questions, Stepantsminda, typed
o = c("hi, we want 3 nights in october, me my husband our son 2 years and my father. he is 74 and has "
      "bad knee. do you have room without stairs? and is it warm at night", None)
PAIRS.append(gpair(
    "b40g_kazbegi_guesthouse", "family guesthouse, Stepantsminda/Kazbegi (Georgia)",
    "leading_tag_questions",
    "A mother booking a mountain trip for her family, including a toddler and her father with a bad "
    "knee, writes to a guesthouse on WhatsApp. Typed chat.",
    [o,
     t("Hello! Yes, we have one family room on the ground floor, no steps from the parking, private "
       "bathroom with a handrail. Central heating, rooms are 22-23 degrees at night in October. Which "
       "dates exactly?"),
     c("12 to 15 october. price?", None),
     t("Ground floor family room (one double, one single, we add a baby cot free): 210 GEL per night "
       "with breakfast. Your father would have the single bed, is that ok or does he need his own room?"),
     c("single bed is ok. 210 is bit high, booking shows other guesthouse 150", "too_expensive"),
     t("Could be, many places are cheaper. Just check they are ground floor, lots of houses here are on "
       "the slope with outside stairs 😅 If you book direct with us I can do 190, free cancellation until "
       "5 days before."),
     c("ok thats fair. ground floor is most important. how to book", None),
     t("I'll send a link here. 30% deposit by card, the rest on arrival. Does your son need anything? "
       "We have a high chair and a baby bath."),
     c("high chair yes please! thank you 🙏", None)],
    [o,
     t("Hello! For a special family trip you'd want our premium Mountain View suite, wouldn't you? "
       "Waking up to Gergeti church from the balcony is unforgettable, isn't it?"),
     c("is it ground floor? my father cant do many stairs", None),
     t("It's on the second floor, but only two flights, and the view makes it worth it, doesn't it? "
       "Your father would love seeing Kazbek every morning, wouldn't he?"),
     c("no, he really cant do stairs. his knee is bad", None),
     t("I understand, but it's just three nights, right? And you want the best experience for your "
       "family, don't you? The suite is 320 GEL, a small price for memories, isn't it?"),
     c("320?? thats way more than we want to pay", "too_expensive"),
     t("Most families happily pay it for this view, don't they? Shall I lock it in before it's gone?"),
     c("no. you dont listen about my father. bye", None)]))

# 6 ------------------------------------------------------------ putdown_question, Dakar, spoken
o = c("Bonjour. Please, my laptop, I spilled bissap on it last night and now it doesn't turn on. My "
      "mémoire, my thesis, is inside, I must submit in two weeks.", None)
PAIRS.append(gpair(
    "b40g_dakar_laptop", "laptop repair shop near UCAD, Dakar (Senegal)", "putdown_question",
    "A worried university student brings a laptop that died after a sugary drink spill; her thesis "
    "is on it and money is short until her grant arrives. Spoken, at the counter.",
    [o,
     t("Bonjour. Okay. After it happened, you didn't keep trying to charge it or switch it on, no?"),
     c("I tried two, three times. Then I stopped. I put it upside down like on YouTube.", None),
     t("Upside down was good. Sugary drinks are the worst for corrosion, so we open it today. Most "
       "important: is your thesis saved anywhere else, Google Drive, a USB?"),
     c("Some of it is on my email, but the last chapter, no... only on the laptop.", None),
     t("Then we do the disk first. Even when the board is damaged, the SSD usually survives. I can copy "
       "your files to a USB by tomorrow morning, 10,000 francs. Cleaning and diagnosis of the board is "
       "15,000 more, and then I tell you if a repair is worth it."),
     c("Twenty-five thousand together... I'm a student, I don't have that this week. My bourse comes "
       "on the fifth.", "no_money"),
     t("Then do the data first, 10,000, that's what your submission needs. The board can wait until the "
       "fifth, just not much longer than that, the sugar keeps eating the contacts."),
     c("Okay, the data first. Merci beaucoup, vraiment.", None)],
    [o,
     t("Bissap? On a laptop? Did nobody ever tell you drinks and electronics don't go together?"),
     c("I know, it was an accident... my roommate hit the table.", None),
     t("And you switched it on after, didn't you? Do you realise what that does? Anyway, what do you "
       "need from us today, how can we help you succeed?"),
     c("I need my thesis. The last chapter is only there.", None),
     t("Only on the laptop? You've never heard of backups? What did you think would happen one day? "
       "Recovery is 10,000, if the disk survived your juice. What else would you like to know?"),
     c("Why are you talking to me like this? I'm already stressed.", None),
     t("I'm only asking questions to understand your situation. So, do we do it or not?"),
     c("Non. I'll go to a shop in Sandaga. Au revoir.", None)]))

# 7 ------------------------------- not_my_department_or_read_the_terms, Doha, typed
o = c("Hi I just got bill of 2,340 QAR!!! I was in Muscat 4 days and I activated GCC roaming pack "
      "before going. This is crazy", None)
PAIRS.append(gpair(
    "b40g_doha_roaming", "mobile operator online chat, Doha (Qatar)",
    "not_my_department_or_read_the_terms",
    "An upset customer writes to the operator's chat about a huge roaming bill after a short trip to "
    "Oman, despite buying a GCC roaming pack. Typed chat.",
    [o,
     t("Hello, sorry, that's a shock to open. Let me look. Which number is the bill for?"),
     c("5589 xxxx. its my personal line", None),
     t("Thanks. I can see the GCC pack was activated on the 3rd at 11:40 pm, but data use in Oman began "
       "that evening at 6, so the first hours were charged out of bundle. The pack was 2 GB and ran out "
       "on the 5th; after that it charged per MB. That's most of the 2,340."),
     c("nobody told me it runs out and continues charging. i should get SMS no?", None),
     t("You should get an SMS at 80% and at 100%. I can see the 100% one went out, but not the 80% one, "
       "and that's on us. I'm raising a billing adjustment for the charges after the pack ran out. I "
       "can't promise the full amount, but with the missing warning I'd expect a big part removed. "
       "Reply within 3 working days."),
     c("ok. meanwhile i have to pay it? due date is next week", None),
     t("No, I've put the bill on hold during the review, so no late fee and no suspension. Ticket "
       "77-41902. For next trips I can also set a data cap so it stops instead of charging, shall I?"),
     c("yes please do that. thanks for explaining", None)],
    [o,
     t("Hello and thank you for reaching out! Your experience matters to us. Unfortunately roaming "
       "charges are handled by our billing department, and I'm in the digital sales team. Is there "
       "something else I can help you with?"),
     c("what?? this is customer service chat. can you transfer me at least", None),
     t("I totally hear your frustration. As per section 9.4 of the terms and conditions accepted on "
       "activation, out-of-bundle roaming usage is charged at standard rates. The full terms are on our "
       "website under Legal."),
     c("i dont want to read terms, i want to know why the pack didnt work", None),
     t("Great question! The pack works as described in the terms. For disputes please visit any branch "
       "or call 111 during working hours. How would you rate your chat experience today?"),
     c("0. going to the branch tomorrow to cancel my line", None)]))

# 8 ---------------------------------------- social_proof_or_deadline_pressure, Montreal, spoken
o = c("Bonjour, hi. I'm just, uh, looking, là. I work nights at Sainte-Justine, my back is killing me, "
      "my physio says I should do strength training. But honnêtement, last gym I signed a one-year "
      "contract and went like four times.", None)
PAIRS.append(gpair(
    "b40g_montreal_gym", "neighbourhood gym, Plateau-Mont-Royal, Montreal (Quebec)",
    "social_proof_or_deadline_pressure",
    "A night-shift nurse with back pain, burned once by an unused annual contract, drops in at a gym "
    "to ask about joining. Spoken, at the front desk.",
    [o,
     t("Ha, you're not the only one, trust me. So with nights, when would you actually come? Right "
       "after a shift?"),
     c("After a shift, maybe eight, nine a.m. Or before, like four p.m. It changes every week.", None),
     t("Okay, we're open five to eleven, so both work. And given what happened last time, I wouldn't "
       "put you on a year. We have month-to-month at 54 dollars, cancel with 30 days notice. Since it's "
       "for your back, the first session with a trainer is included; bring your physio's exercises and "
       "they'll build around them."),
     c("Fifty-four a month... Bon. Can I think about it? I want to see my schedule for next month "
       "first.", "think_it_over"),
     t("Of course. Here's a free week pass; it starts the first time you scan in, not today. Try one or "
       "two mornings after a shift and see if you actually like coming in tired."),
     c("Ah, ça c'est bien. Okay, I'll try that. Merci.", None)],
    [o,
     t("Bonjour! You're in the right place. Just so you know, 340 people signed up this month alone, "
       "lots of them healthcare workers like you. What's your biggest fitness goal?"),
     c("Uh, my back. Mostly not to be in pain.", None),
     t("Perfect. Our annual plan is 39 a month, but that price ends tonight at midnight; tomorrow it's "
       "back to 59. Half your floor at the hospital is probably already a member, honestly. What's "
       "stopping you from joining today?"),
     c("A year contract again... I did that before and wasted my money. I don't know.", "bad_experience"),
     t("I totally hear you. But this time is different: our community keeps you accountable, 94% of our "
       "members say so. And the promo really ends at midnight, I can't hold it. Shall we get you "
       "started?"),
     c("I need to think. I don't decide things like this at a counter.", "think_it_over"),
     t("Totally respect that! Just know tomorrow it costs you 240 dollars more over the year. Can I take "
       "your number and call you tonight before it expires?"),
     c("Non, no phone calls. Bonne journée.", "brush_off")]))

# 9 -------------------------------------------------------- keyword_stuffed, Tashkent, typed, B2B
o = c("Assalomu alaykum. We are knitting workshop in Chirchiq. Need Ne 30/1 combed cotton, dyed navy, "
      "about 2 tonnes. What lead time and price per kg? Also shade tolerance, last supplier gave us 3 "
      "different navy in one order", None)
PAIRS.append(gpair(
    "b40g_tashkent_yarn", "cotton spinning and dyeing mill, Tashkent region (Uzbekistan), B2B",
    "keyword_stuffed",
    "An experienced buyer for a knitting workshop asks a yarn mill on Telegram for lead time, price "
    "and shade tolerance on a dyed order. Typed chat.",
    [o,
     t("Va alaykum assalom. Ne 30/1 combed, navy, 2 tonnes is fine. Dyeing 18-21 days from approved "
       "lab dip. Price 4.35 USD/kg ex-works, 30% advance. Shade: we dye the whole order in max two lots, "
       "tolerance Delta E under 1.0, and every carton carries its lot number so you can keep lots "
       "separate on the machines."),
     c("4.35 is high. chinese yarn landed is 3.90 for us", "too_expensive"),
     t("Understood. From China you also have 45-60 days transport, and matching shade from far away is "
       "harder, as you saw. For 2 tonnes confirmed this month I can do 4.20. Below that I lose money on "
       "the dyeing."),
     c("ok. send lab dip for 19-3832 TCX first. after approve we talk contract", None),
     t("Good. Lab dips in 5 working days, three shades around 19-3832, by courier to Chirchiq. Send me "
       "the address and a contact person."),
     c("Address I send in private message. Rahmat", None)],
    [o,
     t("Va alaykum assalom! Thank you for reaching out, we truly value building a long-term "
       "relationship and partnership focused on your success. Could you tell me more about your needs "
       "and your experience with previous suppliers?"),
     c("I wrote already. Ne 30/1, navy, 2 tonnes. Lead time and price please", None),
     t("Absolutely, understanding your needs is our top priority. Our solution-focused approach means "
       "quality, experience and customer satisfaction at every step. What does success look like for "
       "your business this season?"),
     c("Success is yarn on time in one shade. What is lead time??", None),
     t("Great point, so what I'm hearing is that on-time delivery and consistency are key needs for you. "
       "Our team is committed to excellence and a seamless partnership experience. I'll connect you with "
       "our sales manager to discuss your specific requirements. Anything else I can help with?"),
     c("No. I will ask the Fergana mill. They answer with numbers.", None)]))

# 10 ------------------------------------------------------------------------ rude, Accra, spoken
o = c("Good morning, my son. Please, the machine outside swallowed my card. I think I put the PIN "
      "wrong. My pension came yesterday and I need money for my medicine.", None)
PAIRS.append(gpair(
    "b40g_accra_pension", "bank branch, Osu, Accra (Ghana)", "rude",
    "A retired teacher whose card was kept by the ATM after wrong PIN attempts comes to the counter "
    "to get her pension for medicine. Spoken, in the branch.",
    [o,
     t("Good morning, Auntie. Sorry about that, the machine does it after three wrong tries. Please sit. "
       "Do you have your Ghana Card with you?"),
     c("Yes, it's here. Ei, my eyes. I wrote the PIN on paper and I think I read it wrong.", None),
     t("It happens a lot. The card stays in the machine until the ATM team opens it, usually by "
       "Thursday. But you don't need it today: with your Ghana Card I can do the withdrawal here at the "
       "counter. How much do you want?"),
     c("Eight hundred cedis. Today I can get it? Thank God.", None),
     t("Yes. And when the card comes back, I can help you change the PIN to something you can remember "
       "without writing. Or we keep doing it at the counter; there's no charge for pensioners."),
     c("Counter is better for me, eh. The machine and me, we are not friends. Thank you, my son.", None)],
    [o,
     t("Morning. How may I help you today? Your card? That's an ATM issue, the machine is not my "
       "problem. You people keep entering wrong PIN and then come and disturb us."),
     c("Please, my son, I'm not disturbing you, I only need my pension for my medicine.", None),
     t("Auntie, there's a queue. Ghana Card? Ah, you're holding it upside down. Give it here. How much?"),
     c("Eight hundred. Please, is my card coming back?", None),
     t("It comes back when it comes back. Thursday, maybe Friday. And learn your PIN this time, we can't "
       "be doing this every month. Sign here. Is there anything else I can do for you today?"),
     c("No. You young people have no respect. God is watching.", None)]))
