"""Ranked pairs d01-d10 of blind105 (hand-written): two decent conversations, `better` is deeper."""
from common import c, rpair, t

PAIRS = []

# d01 -- wholesale ghee, Leicester
o = c("Hi, I run Spice Junction on Narborough Road. I'm paying sixty-eight a tin for pure ghee at the moment. What's your price?", None)
PAIRS.append(rpair(
    "b105r_d01_leicester_wholesale_ghee",
    "A restaurant owner phones a Leicester cash and carry to compare the price of 15-kilo tins of pure ghee.",
    [o,
     t("Hi, thanks for ringing. Ours is sixty-four for the 15-kilo tin of pure. Before you switch for four quid, though, what are you using it for mostly, cooking or finishing dishes?"),
     c("Everything. Curries, rice, parathas, frying the onions. We go through six tins a week.", None),
     t("Six tins is a lot of pure ghee for frying onions. Plenty of kitchens keep pure for the tadka and parathas, where customers taste it, and use a ghee blend or oil for the base. That could cut your ghee bill by half, more than any discount I can give. Has your chef got strong views on that?"),
     c("My dad's the chef. He's old school, he won't touch anything but pure, I'm telling you now.", "no_need"),
     t("Then he should decide, not me. I'll put one tin of blend in free with your first order so he can do a side-by-side on the onions. If he hates it, you've still got pure at sixty-four."),
     c("All right, that's fair. Put me down for four pure and the sample.", None),
     ],
    [o,
     t("Hi, thanks for ringing. Ours is sixty-four for the 15-kilo tin, and if you take ten tins a month I can do sixty-two."),
     c("We go through six a week, so ten a month is nothing.", None),
     t("Great, then at your volume I can do sixty-one fifty on a standing order of twenty-four a month, delivered Tuesdays."),
     c("Sixty-one fifty... let me see what my current guy says when I tell him.", "think_it_over"),
     t("No problem. I'll email the quote now, it's good for two weeks."),
     c("Okay, cheers.", None),
     ]))

# d02 -- accountant, incorporation, Brampton
o = c("Sat sri akal. Everyone at the truck stop says I should incorporate, save tax. I'm sole proprietor now. Should I do it?", None)
PAIRS.append(rpair(
    "b105r_d02_brampton_accountant_incorporate",
    "An owner-operator truck driver asks a Brampton accountant whether he should incorporate because other drivers told him to.",
    [o,
     t("Sat sri akal. Maybe. It depends less on what they're saving and more on your numbers. Roughly what's your profit after fuel and truck payments, and how much of it do you actually take home to live on?"),
     c("Profit about 140 thousand. We live on maybe 80, mortgage, kids. The rest sits in the bank.", None),
     t("So about 60 thousand a year you don't need personally. That's where a corporation helps: money left inside is taxed at the small-business rate, around 12 percent, not your personal rate. Are you planning a second truck in the next year or two?"),
     c("Yes, my son gets his AZ licence next year. Second truck then.", None),
     t("Then it likely makes sense, because that 60k can fund the truck. Set-up is about 1,500, and the yearly corporate return about 2,500, more than you pay me now. I'd want to check your truck loan and insurance can move into the corporation before we start. Can you bring the loan papers next week?"),
     c("Extra 2,500 a year... okay, if the saving is bigger. But next week I'm on a Vancouver run, back the 20th. Not before that.", "no_time"),
     t("Then the 21st or any day after, whatever suits you. Nothing is lost by waiting two weeks, the saving starts from the year we incorporate."),
     ],
    [o,
     t("Sat sri akal. Incorporating has a lot of advantages: a lower corporate tax rate, limited liability, and it looks more professional to the big carriers. It does cost more in accounting each year."),
     c("How much more?", None),
     t("Set-up about 1,500, then the yearly return about 2,500. For most owner-operators making good money it's worth it."),
     c("I make about 140 profit. Is that good money?", None),
     t("That's definitely in the range where it pays. Shall I book you in for the incorporation package? We can have it done within a month."),
     c("Let me talk to my wife first, she's the one who'll do the bookkeeping.", "think_it_over"),
     t("Of course. I'll email you the package details, call when you're ready."),
     ]))

# d03 -- travel agent chat, Jackson Heights, Queens
o = c("namaste, looking for jfk to kathmandu for dashain, early october. student budget, cheapest possible pls", None)
PAIRS.append(rpair(
    "b105r_d03_queens_travel_kathmandu",
    "A Nepali student messages a Jackson Heights travel agency for the cheapest ticket home for Dashain.",
    [o,
     t("namaste! dashain is peak so prices jump. how fixed are your dates and how long can you stay? sometimes leaving a few days earlier saves $300+"),
     c("classes till oct 3. need to be back by oct 27 for midterms. cant miss that", None),
     t("ok so oct 3 to oct 27, and the return is the date that really cant move. cheapest now is $1,180 via delhi with a 14 hr layover, but non-changeable. $1,290 via doha gets you 1 free date change. with midterms, a free change might be worth the $110 if flights get messed up. your call"),
     c("hmm 110 extra hurts but 14 hrs in delhi is rough too. does the delhi one need transit visa", None),
     t("no transit visa if you stay airside in delhi, but check with the embassy to be safe, rules change. i can hold the doha fare till tomorrow 6pm, free"),
     c("ok hold doha. ill ask my dad if he can cover the extra", "think_it_over"),
     ],
    [o,
     t("namaste! cheapest i have for early oct is $1,180 jfk-delhi-kathmandu on air india"),
     c("ok. dates oct 3 to oct 27", None),
     t("yes available oct 3 - oct 27, $1,180. 14 hr layover in delhi going, non refundable and non changeable. want me to book?"),
     c("14 hours... is there anything better", None),
     t("qatar via doha $1,290, shorter layover. both are good options"),
     c("ill think about it, let me check google flights too", "think_it_over"),
     ]))

# d04 -- phone repair, iPad register, Houston
o = c("Hi, the iPad we use for the register at our restaurant fell off the counter. Screen's cracked, touch is jumping around. Can you fix it? It's a 9th gen.", None)
PAIRS.append(rpair(
    "b105r_d04_houston_phone_ipadpos",
    "A restaurant owner brings the cracked iPad that runs her till to a phone and tablet repair shop on Harwin Drive, two hours before lunch.",
    [o,
     t("Yes, we fix those a lot. How are you taking orders right now without it? Is it your only register?"),
     c("The only one. My husband's writing orders on paper and taking cards on his phone. Lunch rush is in two hours.", None),
     t("Then speed is what matters. I have the digitizer in stock: 90 minutes, $129. And if you can't spare it before lunch, I've got a used iPad I can lend you today; you log into your POS app on it and bring it back when yours is done."),
     c("You'd lend it? Honestly that would save us. Will our app work on it?", None),
     t("It should, if it's Square or Toast you just sign in. Let's test it here before you go so you're not stuck at lunch. Can you log in now?"),
     c("It's Square. Let me try... okay, it's working.", None),
     t("Great. Leave yours with me, I'll call you by 2 when it's ready."),
     ],
    [o,
     t("Yes, we fix those. The 9th gen digitizer is $129."),
     c("How long?", None),
     t("About 90 minutes once I start, but I've got two ahead of you, so realistically tomorrow morning."),
     c("Tomorrow? That's our register, we have lunch and dinner today.", "no_time"),
     t("I understand. I'll put you first thing tomorrow at 10 and text you when it's done."),
     c("Okay, I guess. We'll manage on paper.", None),
     ]))

# d05 -- driving school, nervous beginner, Bradford
o = c("Hello, I want to learn to drive. I'm forty-five, I've never driven. My husband did all the driving but he's not well now. I'm very nervous.", None)
PAIRS.append(rpair(
    "b105r_d05_bradford_driving_nervous",
    "A 45-year-old woman who has never driven phones a Bradford driving school because her husband can no longer drive.",
    [o,
     t("Thank you for ringing, and lots of people start at your age, honestly. Can I ask what worries you most: the traffic, the car itself, or someone watching you?"),
     c("All of it. But mostly busy roads, like Manningham Lane. And... it would be easier with a lady teacher.", None),
     t("We have two female instructors, Nasreen and Claire, and Nasreen speaks Urdu and Punjabi if that helps. For nervous beginners I'd suggest an automatic, there's no clutch to think about, and we'd start on the quiet roads by the park, not Manningham Lane, until you're ready."),
     c("Automatic, but then I can only drive automatic?", None),
     t("Yes, an automatic licence covers automatics only. Most new cars are automatic now, but if your husband's car is manual you might change it later. Would you like to try one hour with Nasreen before deciding anything? It's £38."),
     c("One hour is okay. Not too early, I drop my daughter at school.", None),
     t("Then Wednesday at 10. She'll pick you up from home."),
     ],
    [o,
     t("Thank you for ringing. Don't worry, all our instructors are very patient. Our beginners' block is 10 hours for £320 in a manual, which gives you the most options later."),
     c("Manual... I'm worried about the gears. And the busy roads.", None),
     t("Everyone worries at first, you get used to it. We start off slowly. Shall I book your first lesson?"),
     c("Ten hours is a lot of money in one go for us right now.", "no_money"),
     t("You can also pay per lesson, £34 each. Shall I put you down for Wednesday at 10?"),
     c("Okay, Wednesday. Is it a lady teacher?", None),
     t("It'll be whoever's free that day, but they're all lovely."),
     ]))

# d06 -- money transfer, Edison NJ
o = c("Kem cho. I send money to my parents in Anand every month, 500 dollars. I'm using my bank, it takes three days and they charge 45. What do you have?", None)
PAIRS.append(rpair(
    "b105r_d06_edison_remit_monthly",
    "A Gujarati IT worker who sends $500 a month to his parents asks an Edison money transfer shop what it offers compared with his bank.",
    [o,
     t("Majama. Forty-five on 500 is a lot. Before I quote, how do your parents use the money there, do they go to the bank, or use UPI on the phone?"),
     c("Papa uses Google Pay now, very modern. Mummy only cash.", None),
     t("Then sending straight to Papa's bank account works; it's instant with us, and he can draw cash for Mummy. The fee is $2.99, and our rate today is about 30 paise better than a typical bank's. Do you send on the same date every month?"),
     c("First of the month, after salary.", None),
     t("Then you could schedule it in our app for the 1st so you don't have to come in. Or come in the first time so we verify the account, then decide. Shall we do this month's here now?"),
     c("Let's do this month here. The app I'll decide later, I'm not so comfortable with apps for money.", "think_it_over"),
     ],
    [o,
     t("Majama. We're much better than the bank. Fee is $2.99, usually instant to any Indian bank account, and our rate is better too, today 84.10."),
     c("Okay. Instant is good. Papa has his account with Bank of Baroda.", None),
     t("Perfect, Bank of Baroda is no problem. We also have an app, so you can send from home."),
     c("Last time I tried an app, Remitly, the money got held a week for verification. I don't trust apps now.", "bad_experience"),
     t("We have the counter here too, so you can always come in. Shall I set you up now?"),
     c("Let's do one time and see.", None),
     ]))

# d07 -- pharmacy blister packs, Surrey BC
o = c("Hi, my mom's on like eight different pills now and she keeps mixing them up. Someone said you can do those weekly packs?", None)
PAIRS.append(rpair(
    "b105r_d07_surrey_pharmacy_blisterpack",
    "A working daughter asks a family pharmacy in Surrey about weekly blister packs for her Punjabi-speaking mother, who takes eight medicines.",
    [o,
     t("We can, yes, a weekly blister pack, each slot is a day and a time. Before setting it up, who gives her the pills right now, does she manage herself or does someone help?"),
     c("She does it herself, I'm at work. She doesn't read English, only Punjabi and a bit of Hindi.", None),
     t("That matters. The packs are labelled in English, but the slots go morning, noon, evening, bed, with sun and moon pictures. My colleague can write her a chart in Punjabi too. Does she take anything only when needed, like a puffer or pain pills?"),
     c("Tylenol sometimes for her knees. And the puffer.", None),
     t("Those stay out of the pack, so she doesn't take them every day by mistake. The packs are $6 a week, and PharmaCare sometimes helps with that. I'd check with her doctor that the list is current first. Could you bring her in Saturday so I can go through it with her myself?"),
     c("Saturday morning works. Six a week is fine, cheaper than me driving over every day.", None),
     ],
    [o,
     t("Yes, we do weekly blister packs. Each slot is a day and a time, morning, noon, evening, bed. It's $6 a week and we deliver."),
     c("She doesn't read English, only Punjabi. Will she understand it?", None),
     t("The slots are really simple, most seniors manage fine. We'll put all eight in."),
     c("Even her Tylenol? She only takes that sometimes.", None),
     t("Good point, we'll leave that one out. I'll call her doctor, and the first pack can be ready Friday."),
     c("Six a week plus the pills... I'll have to see, money's a bit tight with her rent.", "no_money"),
     t("Delivery's free at least. Let me know and I'll start it."),
     ]))

# d08 -- wedding hall on a budget, Birmingham
o = c("Hi, we're looking for a hall for our reception, about 250 guests, June next year, and we've got around twelve thousand for venue and food together.", None)
PAIRS.append(rpair(
    "b105r_d08_birmingham_hall_budget",
    "An engaged couple with a fixed budget enquire at a family-run banqueting hall in Small Heath about a June reception.",
    [o,
     t("Thanks for being upfront about the budget, it helps. Is 250 firm, or is that the top end if everyone comes?"),
     c("Top end. Her side is big, but some of them are in Pakistan, they might not make it.", None),
     t("So realistically 200 to 250. I'll be honest, our main hall seats 220 comfortably at round tables; 250 means long tables, which some families don't like. And a June Saturday with food for 250 is about fourteen and a half here, so above your twelve."),
     c("Fourteen and a half, no. We really can't go over twelve.", "no_money"),
     t("Understood. Two ways to stay in budget: a Friday evening in June, about ten and a half for 220, or a Saturday in March or November at around eleven. Would either work for your families?"),
     c("Friday might work, most of them would come after Jummah anyway. Can you send both options?", None),
     t("I'll email both today with exactly what's included, and hold the first Friday in June for a week."),
     ],
    [o,
     t("Lovely. Our main hall is perfect for receptions. A June Saturday with our standard menu comes to about fourteen and a half for 250."),
     c("That's over what we've got. Is there any flexibility?", "no_money"),
     t("I could take off the chair covers and the stage decor, that brings it to about thirteen and a half."),
     c("Still over. We'll have to think about it and look around.", "think_it_over"),
     t("Of course, I'll send the brochure. June books up fast, so let me know soon."),
     c("Will do, thanks.", None),
     ]))

# d09 -- Umrah package, Leicester
o = c("Assalamu alaikum, I want to send my parents for Umrah, maybe in the Easter holidays. They're in their seventies. What packages do you have?", None)
PAIRS.append(rpair(
    "b105r_d09_leicester_travel_umrah",
    "A son asks a Leicester travel agent about an Umrah package for his parents in their seventies.",
    [o,
     t("Walaikum salam, mashallah. Before packages, how are they on their feet? Can they walk fifteen minutes, or would they need a wheelchair for tawaf?"),
     c("Dad's fine. Mum has a bad hip, she can walk a bit but not the whole tawaf.", None),
     t("Then the hotel distance matters more than the stars: right by the Haram she can rest between prayers. I'd also book a wheelchair pusher for tawaf and sa'i. Easter is very busy and dearer too. Could they go in late February instead?"),
     c("February is cold here but fine there, yes. Dad's retired, they can go any time.", None),
     t("Then late February, 10 nights, hotels within 100 metres in Makkah and close in Madinah, flights from Birmingham, wheelchair service: about £2,450 each. At Easter it would be nearer £3,100."),
     c("It's still a lot, but her hip matters more. Let me check with my brother, we're splitting it.", "think_it_over"),
     t("Of course. I'll email the full breakdown and photos showing how close the hotel is."),
     ],
    [o,
     t("Walaikum salam. Our Easter package is 10 nights, 4-star hotels in Makkah and Madinah, flights from Manchester, visa and transport. £2,900 each."),
     c("Manchester is a drive for them. And my mum has a bad hip.", None),
     t("We can do Birmingham for £80 more each. The standard hotels are about ten minutes' walk from the Haram; closer ones are £450 more each at Easter. Shall I reserve Birmingham with the closer hotel, £3,430 each?"),
     c("That's getting expensive. I'll talk to my brother first.", "too_expensive"),
     t("Of course. I can hold it until Friday. Shall I email you the details?"),
     c("Just email it, I'll have a look when I get a chance.", "brush_off"),
     ]))

# d10 -- frozen food distributor, Brampton
o = c("My customers keep asking for frozen parathas, the aloo and methi ones. I don't stock them yet. What's your minimum order?", None)
PAIRS.append(rpair(
    "b105r_d10_brampton_wholesale_parathas",
    "A small grocery owner in Brampton calls a frozen-food distributor about stocking frozen parathas for the first time.",
    [o,
     t("Minimum is five cases, any mix. How much freezer space have you got free, roughly?"),
     c("One chest freezer, half of it is ice cream. I can clear maybe a third.", None),
     t("A third of a chest freezer takes about four cases. Who's asking for them, families or students?"),
     c("Mostly students from Sheridan, and the aunties who don't want to make them at home.", None),
     t("Students buy plain and aloo on price; aunties go for methi and malabar. I'd start with two cases aloo, one plain, one methi, four cases, and I'll waive the five-case minimum this first time. See what moves in two weeks. You'd buy at 3.20 a pack; most stores sell at 4.99."),
     c("Okay, do that. If the students don't buy, I'm not reordering, I'm telling you now.", None),
     t("Fair enough. Thursday's delivery, and I'll call you in two weeks to see what sold."),
     ],
    [o,
     t("Minimum's five cases. We've got a launch deal too: buy ten cases, get one free, any flavours."),
     c("Ten cases? I have one chest freezer and half of it is ice cream.", "no_need"),
     t("Fair, then five cases, one of each: aloo, gobi, methi, plain, malabar."),
     c("Fine. What do they sell for?", None),
     t("You buy at 3.20 a pack, most stores sell at 4.99. Thursday delivery okay?"),
     c("Thursday is okay.", None),
     ]))
