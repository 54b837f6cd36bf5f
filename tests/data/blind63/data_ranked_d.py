"""Ranked pairs d01-d10: two decent conversations, `better` better in a way a sales coach would agree with.
Written by hand for blind63."""
from common import c, rpair, t

PAIRS = []

# d01 - coffee roaster (wholesale), Cape Town (South Africa)
o = c("Hi, I'm opening a small cafe in Woodstock next month and I'm shopping around for a coffee supplier. What are your prices per kilo?", None)
PAIRS.append(rpair(
    "b63r_d01_capetown_roaster_newcafe",
    "A new cafe owner asks a wholesale roaster for per-kilo prices. Better: finds out the drink mix before recommending a blend, and answers a cheaper rival quote with a free dial-in on her own machine. Worse: pushes the bestseller and discounts straight away.",
    [o,
     t("Congrats on the cafe. Our house blends run from 280 to 360 rand a kilo. So I point you at the right one - who will your customers be, and will it be mostly milk drinks or black?"),
     c("Lots of office people, creatives. I'd say 80% flat whites and cappuccinos. I like a fruity coffee myself but I'm not sure it works in milk.", None),
     t("Honestly, it usually doesn't - light fruity roasts can taste sour through milk. For mostly milk drinks I'd go with our Salt River blend, chocolatey, holds up in milk, 310 a kilo, and keep a single origin on filter for the black-coffee people. What machine have you got?"),
     c("A second-hand two-group La Marzocco. Another roaster quoted me 260 a kilo though.", "too_expensive"),
     t("That's a real difference, and at your volume it adds up. Rather than argue about it, I'll bring a kilo of Salt River and dial it in on your machine with you, free. Taste it beside theirs and choose. When's the machine installed?"),
     c("Next Tuesday. Come Wednesday morning?", None),
     ],
    [o,
     t("Congrats on the cafe! Our house blends are 280 to 360 a kilo. Most cafes go for our Salt River blend at 310 - it's our bestseller, chocolatey and smooth."),
     c("Okay. Another roaster quoted me 260 a kilo though.", "too_expensive"),
     t("I understand. Our beans are roasted weekly and delivered within three days of roasting, and we include free barista training. For new cafes I can do 290 for the first three months."),
     c("Hmm, that's closer. I'd want to taste it first though.", "think_it_over"),
     t("Of course. I'll courier you a 250 gram sample of Salt River today, and you let me know."),
     c("Okay, thanks.", None),
     ]))

# d02 - insurance broker, Lagos (Nigeria)
o = c("Good afternoon. I have a fashion boutique in Lekki and my landlord says I must have insurance before I renew the lease. What do I need?", None)
PAIRS.append(rpair(
    "b63r_d02_lagos_insurance_boutique",
    "A boutique owner needs insurance for a lease renewal. Better: checks what the lease actually requires, then asks about stock and burglary risk and answers her friend's refused claim by showing conditions up front. Worse: leads with a bundled package, then falls back to the minimum without exploring her real risk.",
    [o,
     t("Good afternoon. Let's first see what the landlord requires - is it only fire cover for the building, or public liability as well? Do you have the letter?"),
     c("He said fire and 'third party'. I have the letter here. Honestly I want only the minimum, business is slow this year.", None),
     t("Understood, we cover what the lease needs first: fire and third-party for a shop your size is about 85,000 naira a year. One question though - how much stock do you keep in the shop, and have there been break-ins on your street?"),
     c("About 12 million in stock. Two shops near me were burgled last year. But burglary cover - my friend paid for it and they refused her claim.", "bad_experience"),
     t("That usually happens when the policy requires burglar bars or a night guard and the shop didn't have them. I'll show you the exact conditions before you pay, so you know whether you'd be covered. Stock cover would add about 110,000. Shall I put both quotes side by side?"),
     c("Yes, send both. I will decide by Friday.", "think_it_over"),
     ],
    [o,
     t("Good afternoon. For a boutique, our SME Shield package covers fire, burglary, stock and third-party liability together - about 195,000 naira a year. Most of our retail clients take it."),
     c("Ah, 195,000 I cannot do this year, business is slow. I only need what the landlord wants.", "no_money"),
     t("No problem. The landlord's requirement is usually fire and third-party, and that alone is about 85,000. I can send you that quote today."),
     c("Okay, send it.", None),
     t("Done. If you change your mind about stock cover, just call me."),
     c("Okay, thank you.", None),
     ]))

# d03 - personal training, Kuala Lumpur (Malaysia)
o = c("Hi, I want to sign up for personal training. I'm climbing Kinabalu with my company in four months and I'm really not fit.", None)
PAIRS.append(rpair(
    "b63r_d03_kualalumpur_pt_kinabalu",
    "A desk worker with an old knee reconstruction wants to train for a mountain climb. Better: asks about injuries before any package, builds the plan around the knee, suggests a physio check and offers a cheaper format. Worse: sells the standard programme first and treats the knee as a footnote.",
    [o,
     t("Great goal. Before we talk packages - any injuries or health issues I should know about? And what exercise do you do now?"),
     c("My left knee, I had ligament surgery three years ago. Now nothing, just walking to the LRT.", None),
     t("Thanks, that changes the plan. The Kinabalu descent is hard on knees, so the first weeks would be strengthening around the knee, then stairs and walks with a weighted pack. Has your physio cleared you for loaded exercise?"),
     c("I haven't seen the physio for two years. Is that really needed? It's extra money...", "no_money"),
     t("I'd really recommend one check-up - one session, about 150 ringgit, and it tells us how hard we can push. Then two sessions a week with me for 12 weeks is 2,160. If budget's tight, one session a week plus a home plan I write for you is 1,200."),
     c("One session plus home plan sounds better for me. I'll book the physio first.", None),
     ],
    [o,
     t("Great goal! Our 12-week Summit Ready programme is two sessions a week - stairs, pack training, endurance. It's 2,160 ringgit. Have you done any training before?"),
     c("Not really. And I had knee surgery three years ago.", None),
     t("Okay, we'll be careful and modify the exercises for the knee, lots of our clients have old injuries. Shall we start next Monday?"),
     c("2,160 is quite a lot for me. Is there something cheaper?", "too_expensive"),
     t("We can do one session a week for 1,080, with homework for the other days."),
     c("Okay, maybe that. Let me check my salary date and come back.", "think_it_over"),
     ]))

# d04 - farm equipment dealer, Iowa (USA)
o = c("Morning. My old 4440's been giving me fits, shifting hard, and I'm wondering what a newer used tractor would run me.", None)
PAIRS.append(rpair(
    "b63r_d04_iowa_tractordealer_4440",
    "A farmer with a hard-shifting old tractor asks about used replacements. Better: diagnoses the symptom first and suggests a cheap pressure check before a big purchase, with a replacement as plan B. Worse: shows tractors on the lot and only gets to the fault later.",
    [o,
     t("Morning. Happy to show you some. First, what's it doing exactly - hard to shift in every gear, or just the Power Shift? And how many hours on it?"),
     c("Just the Power Shift, mostly when it's cold. About 11,000 hours. It's been a good tractor, my dad bought it new.", None),
     t("Cold hard-shifting on a 4440 is often a pressure problem - sometimes a filter and a valve, a few hundred bucks - not always the transmission. Before you spend 60 or 70 thousand on a used one, would you let our shop check the pressure? It's 150 for the call-out."),
     c("Huh. I kinda figured it was done for. My neighbor's needed a full rebuild, cost him twelve grand.", None),
     t("Could be that too, and if it is you'll get a rebuild quote and I'll line up a couple of used tractors to compare. But let's know first. Planting's in six weeks - can we come out Thursday?"),
     c("Thursday's fine. I'll leave it in the shed overnight so it's cold.", None),
     ],
    [o,
     t("Morning! We've got a couple of good ones on the lot - a 2012 8235R with 5,800 hours at 118,000, and a 2008 7930 with 7,200 hours at 79,000. What horsepower do you need?"),
     c("Around what I've got, 130, 140. That's a lot of money though, I was hoping for under 60.", "too_expensive"),
     t("Understood. There's a 2004 7420 with 9,000 hours coming in next week at 52,000. Or we could look at fixing the 4440 - what's it doing?"),
     c("Shifting hard in Power Shift when it's cold.", None),
     t("Could be the transmission. Our shop can take a look. Want me to send you photos of the 7420 when it comes in, too?"),
     c("Yeah, do both I guess. I'll talk to my wife about the money.", "think_it_over"),
     ]))

# d05 - community pharmacy, Birmingham (UK)
o = c("Hiya, can I get something for a cough? Something strong, it's keeping me up.", None)
PAIRS.append(rpair(
    "b63r_d05_birmingham_pharmacy_cough",
    "A customer wants cough syrup. Better: asks about duration and other symptoms, spots a three-week cough with breathlessness, sells a safe remedy and offers an in-store check that fits the customer's lack of time. Worse: checks medicines but not how long, and gives a generic 'see your GP if it persists'.",
    [o,
     t("Course. Is it a dry tickly one or a chesty one with phlegm? And how long have you had it?"),
     c("Chesty. Bit over three weeks now. I had a cold and it never went.", None),
     t("Okay. Anything else with it - fever, short of breath, any blood when you cough? And are you on any other medicines?"),
     c("No blood. Bit breathless on the stairs maybe. I'm on amlodipine for blood pressure. Look, I've not got time to sit in a GP surgery, I just want a bottle of something.", "no_time"),
     t("Fair enough, here's something for tonight - this guaifenesin one loosens it, and it's fine with amlodipine. But three weeks plus breathless on the stairs is worth checking. You don't have to sit in a surgery: I can do a quick check here now, five minutes, and tell you if you need a phone appointment."),
     c("Go on then, five minutes.", None),
     ],
    [o,
     t("Course. Is it dry or chesty?"),
     c("Chesty. It's been going a while.", None),
     t("This guaifenesin syrup is good for chesty coughs, it loosens the phlegm. It's 5.49. Are you on any other medication?"),
     c("Amlodipine for my blood pressure.", None),
     t("That's fine with this one. 10ml four times a day, and if it's not better in a week, see your GP."),
     c("Ta. I've not got time for the GP anyway.", "no_time"),
     ]))

# d06 - real-estate CRM vendor, Manila (Philippines)
o = c("Hi, we're a real estate brokerage in Makati, 15 agents. We're looking at CRMs because leads are falling through the cracks. Can you give me a demo?", None)
PAIRS.append(rpair(
    "b63r_d06_manila_crm_brokerage",
    "A brokerage owner asks for a CRM demo. Better: finds where leads leak before demoing, tailors the demo to that, and answers a failed past rollout with a small measured pilot. Worse: gives a feature tour and a full-team proposal.",
    [o,
     t("Happy to. So I show you the right things - where do your leads come from now, and where do they fall through?"),
     c("Mostly Facebook and Lamudi. They go to the agents' personal Viber, and if the agent is busy, the lead just... dies. I don't even know how many we lose.", None),
     t("So the leak is between the listing site and the agent, and you can't see it. That's what I'll demo: Facebook and Lamudi leads landing in one inbox, auto-assigned, flagged if nobody replies in an hour. Will your agents actually use a new app? Some teams resist."),
     c("Ay, that's the problem. We tried a CRM two years ago, the agents hated it, nobody logged in.", "bad_experience"),
     t("Then let's not roll it out to all 15 at once. Start with three agents for a month - include one sceptic - and we'll measure reply times before and after. The pilot is free; after that it's 1,200 pesos per agent a month."),
     c("A pilot with three, okay. Let me choose the agents and I'll email you.", None),
     ],
    [o,
     t("Happy to! Let me share my screen. Here's the dashboard - pipeline view, property listings, automated follow-up emails, commission tracking, and a mobile app for agents. It integrates with Facebook and Lamudi too."),
     c("Looks nice. We tried a CRM two years ago though, the agents hated it.", "bad_experience"),
     t("I understand. Ours is much simpler, and we include two training sessions for your team. It's 1,200 pesos per agent a month, so 18,000 for 15 agents."),
     c("Hmm, 18,000 monthly is a big commitment for us. I need to discuss with my partners.", "think_it_over"),
     t("Of course. I'll send the proposal and a 14-day free trial link for all your agents."),
     c("Okay, send it.", None),
     ]))

# d07 - tool hire, Edinburgh (Scotland)
o = c("Hiya, how much is it to hire a floor sander for the weekend?", None)
PAIRS.append(rpair(
    "b63r_d07_edinburgh_toolhire_sander",
    "A DIYer asks for a floor sander price. Better: asks about the floor, explains the edger, offers a cheaper way round it, and warns about tenement noise and nails. Worse: quotes prices accurately and nothing more, and the customer drifts off.",
    [o,
     t("The drum sander's 65 for the weekend, plus sandpaper as you use it. What floor is it - old floorboards, or parquet?"),
     c("Old pine boards in a tenement flat, front room. Old varnish, and some black paint round the edges.", None),
     t("Then you'd want the edging sander too for the paint - the big one can't get within a few inches of the skirting. That's another 35."),
     c("A hundred plus paper? That's more than I'd planned for.", "too_expensive"),
     t("Understood. If the paint's only a thin strip, you could lift it with a heat gun and a scraper and skip the edger - slower, but saves the 35. Have you a heat gun? And with a tenement, the drum sander's loud - will the neighbours mind at the weekend?"),
     c("I've a heat gun, aye. The woman downstairs will mind, she complains about everything.", None),
     t("Worth a note through her door with the times. And punch down any nail heads first - they rip the paper, and that's where the cost creeps up. Send me a photo of the boards and I'll tell you how many sheets you'll need."),
     ],
    [o,
     t("The drum sander's 65 for the weekend plus sandpaper, and the edging sander's 35."),
     c("Okay. Just pop me the price list, I'll have a think.", "brush_off"),
     t("Sure, I'll email it. Paper's 4.50 a sheet for the drum and 2 for the edger. Most people use 10 to 15 sheets a room."),
     c("Right, cheers.", None),
     t("No problem. Give us a ring to book - weekends go fast."),
     c("Will do.", None),
     ]))

# d08 - tour operator, Hanoi (Vietnam)
o = c("Hello, we are a family of five visiting Hanoi next month, with my mother, she is 78. We would like a Ha Long Bay trip. What do you have?", None)
PAIRS.append(rpair(
    "b63r_d08_hanoi_tours_halong",
    "A family with an elderly mother who uses a stick wants a Ha Long Bay trip. Better: asks about mobility first and designs the trip around her. Worse: sells the popular cave-and-kayak day trip and suggests she wait on the boat.",
    [o,
     t("Hello, lovely. How is your mother with walking and steps? Some Ha Long tours have a cave with about a hundred steps and kayaking, others are slower."),
     c("She walks with a stick. Steps are hard. But she really wants to see the bay, it's her dream for many years.", None),
     t("Then I'd skip the cave tours. A smaller boat from Tuan Chau has a flat gangway and the day is mostly on deck, with lunch on board. The drive is about two and a half hours each way, which can tire her - would an overnight cruise suit her better, so it's not five hours in one day?"),
     c("Overnight would be easier for her, yes. How much is that?", None),
     t("On a smaller boat with a ground-floor cabin it's 210 US dollars a person, so 1,050 for five. The day cruise is 75 each. Overnight is easier for her, but the day trip works if she sits at the front of the bus and we stop halfway."),
     c("1,050 is more than we planned. Let me talk with my brothers, they are paying too.", "think_it_over"),
     t("Of course. I'll send both options with photos of the cabin and gangway, so your brothers can see why, and I'll hold a ground-floor cabin until Friday."),
     ],
    [o,
     t("Hello! Our most popular is the Ha Long day cruise - Sung Sot cave, kayaking, lunch on board - 75 dollars a person. We also have overnight cruises from 210."),
     c("My mother walks with a stick. Is the cave difficult?", None),
     t("The cave has about a hundred steps, but she can stay on the boat while the rest of you go. Many families do that."),
     c("Hmm, she would be alone on the boat... Okay. Let me talk with my brothers.", "think_it_over"),
     t("Of course. I'll email you the day cruise details. Would you like hotel pickup included?"),
     c("Yes, please.", None),
     ]))

# d09 - retail bank branch, Wroclaw (Poland)
o = c("Hi, I'd like to open a savings account. I'm saving for a deposit on a flat.", None)
PAIRS.append(rpair(
    "b63r_d09_wroclaw_bank_flatsavings",
    "A young customer saving for a flat asks for a savings account. Better: asks about timeline and money flows before choosing, and is honest about a rival's promotional rate. Worse: opens with the product that pays most, corrects course when told, and brushes off the rival rate.",
    [o,
     t("Sure. When are you hoping to buy, and roughly how much can you put aside each month?"),
     c("In two, maybe three years. About 1,500 zloty a month. My parents might help too, but I don't know when.", None),
     t("So regular monthly saving, a lump sum that could arrive anytime, and you'll need all of it at once when you find the flat. A fixed deposit would lock money you might need quickly, so I'd suggest the savings account at 5.1%, no lock-in, with a standing order on payday."),
     c("Okay. But I saw an online bank advertising 6%.", "too_expensive"),
     t("Worth reading their small print - 6% is often only for the first three months on new money, then it drops to around 3. If theirs is still better for you, take it. Either way the standing order on payday is what will really build the deposit."),
     c("I'll stay here, it's easier with my salary account. Payday is the 10th.", None),
     ],
    [o,
     t("Sure. Our best rate right now is the 12-month fixed deposit at 5.8%. If you put in a lump sum it earns more than the savings account."),
     c("I don't have a lump sum, I save about 1,500 a month.", None),
     t("Then the savings account at 5.1% is the one, with a standing order. I can set that up now."),
     c("Okay. But I saw an online bank with 6%.", "too_expensive"),
     t("Those are usually promotional rates. Ours is stable. Shall I go ahead?"),
     c("Yes, okay. Payday is the 10th.", None),
     ]))

# d10 - print shop, Cairo (Egypt)
o = c("Hello, I have a restaurant in Zamalek. I need new menus printed, maybe 50 copies. How much?", None)
PAIRS.append(rpair(
    "b63r_d10_cairo_printshop_menus",
    "A restaurant owner wants 50 printed menus while his prices keep rising. Better: asks how often prices change and proposes durable covers with cheap replaceable pages. Worse: quotes the job as asked and upsells quantity.",
    [o,
     t("Hello. It depends on size and paper. First - how often do your prices change? Many restaurants here are reprinting every few months now."),
     c("Every two, three months, with the prices going up. It is killing me, every time I print again.", None),
     t("Then printing 50 full menus each time isn't the way. Option one: a hard cover that lasts, with inside pages you replace - about 8 pounds a sheet, so a price change costs 400, not 3,000. Option two: a QR code on the table. Do your customers use QR?"),
     c("Some tourists yes, but my regulars are older, they want paper.", None),
     t("Then the covers with replaceable pages: 50 covers at 45 pounds, 2,250, plus the first pages. I'll make one sample first so you can see the leather finish."),
     c("2,250 all at once is hard for me this month. Can I pay half now, half next month?", "no_money"),
     t("Yes, half on order and half on delivery in three weeks. I'll bring the sample on Sunday."),
     ],
    [o,
     t("Hello. For an A4 folded menu on 300 gram glossy card, 50 copies is 3,000 pounds. Laminated adds 500, and they last longer."),
     c("3,000? Last time it was 2,000. And I change prices every few months.", "too_expensive"),
     t("Paper went up a lot this year, unfortunately. If you order 100, the price per copy drops - 4,800 for 100."),
     c("No, I don't need 100. Fifty is enough.", "no_need"),
     t("Okay, 50 laminated then? I can have them Thursday."),
     c("Let me check with another shop first.", "think_it_over"),
     ]))
