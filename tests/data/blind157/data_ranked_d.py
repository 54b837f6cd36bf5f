"""b157 ranked pairs d01-d10 (two decent conversations; better is better), hand-written."""
from common import c, rpair, t

P = []

o = c("Hi, we're in a 6-seat room on level 12 and getting crowded. Anything bigger?", None)
P.append(rpair("b157r_d01_raffles_serviced_office_growth", "Serviced office tenant outgrowing a room; hiring depends on funding.",
    [o, t("We do. Crowded now, or because you're hiring? How many people do you expect in six months?"),
     c("7 now, two more joining in May, maybe 4 more if our funding closes. Not sure yet.", None),
     t("So 9 for sure by May, maybe 13 later. Rather than jump to a 14-seat: a 10-seat on level 15, with an option on the room next door. 9,800 a month."),
     c("9,800 is a jump from 6,200. And the funding really is uncertain.", "no_money"),
     t("Fair. The option costs nothing until you use it, and the 10-seat can start on 6 months so you're not locked in. See both rooms Thursday?"),
     c("Thursday after 4 ok.", None)],
    [o, t("We do. Our 12-seat suite on level 15 just opened, 11,400 a month, window and its own pantry."),
     c("Hmm, big jump from 6,200. We're 7 now, maybe more later.", "too_expensive"),
     t("Understood, there's also a 10-seat at 9,800. Both come with meeting room credits. Like to view them?"),
     c("Ok, Thursday after 4.", None),
     t("Great, Thursday 4:30. I'll send the floor plans."),
     c("Thanks.", None)]))

o = c("Morning. I'd like to put 5 million into Tencent before the results next week.", None)
P.append(rpair("b157r_d02_central_private_bank_concentration", "Private client wants a large single-stock buy before results.",
    [o, t("Morning, Mr Ho. I can place that. Before I do: how much of your book is already in HK tech? 5 million is about a fifth of your portfolio."),
     c("Some Alibaba and Meituan, maybe 6 million together. My friend says Tencent will beat.", None),
     t("With this, tech would be near half your holdings, one sector, just before results. If results disappoint, those three tend to fall together. 2 million now and decide the rest after results?"),
     c("Hmm. I don't want to miss the move, but half in tech is too much, you're right.", None),
     t("Then 2 million at market now, and I'll call you the morning after results about the rest."),
     c("Ok, do 2 million.", None)],
    [o, t("Morning, Mr Ho. Certainly. At market or with a limit?"),
     c("Market is fine.", None),
     t("Done, 5 million at market. Just to note, results can move the price either way."),
     c("Yes, I know.", None),
     t("I'll send the contract note. Anything else today?")]))

o = c("Hi, I'm getting married in three weeks. Can I do whitening before that?", None)
P.append(rpair("b157r_d03_tiongbahru_dental_whitening", "Bride-to-be wants whitening; has front fillings.",
    [o, t("Congratulations! Yes, there's time. Any fillings or crowns on the front teeth, and are your teeth sensitive to cold?"),
     c("Two fillings at the front, from when I was a teenager. Bit sensitive sometimes.", None),
     t("That matters: fillings don't whiten, so they may look darker after. The dentist can check if they'd need replacing. An assessment first, 60, before paying for whitening?"),
     c("Nobody told me that. Whitening 650 plus new fillings... getting expensive.", "too_expensive"),
     t("Could be. Fillings are about 120 each, and only if they'd show. The assessment tells you before you spend. Thursday 7pm?"),
     c("Thursday cannot, we have the banquet tasting. Monday got?", "no_time"),
     t("Monday 7pm, booked. Bring a photo of the shade you'd like.")],
    [o, t("Congratulations! Three weeks is enough. In-chair whitening is 650, one visit of about 90 minutes."),
     c("650, ok. Will it hurt?", None),
     t("Some feel sensitivity for a day or two; we give you a gel for that. Thursday 7pm?"),
     c("Ok, Thursday 7pm.", None),
     t("Booked. Avoid coffee and curry for 48 hours after so the colour holds."),
     c("Noted, thanks!", None)]))

o = c("My bedroom aircon not cold anymore, blowing but warm-ish. Should I just buy a new one? How much?", None)
P.append(rpair("b157r_d04_yishun_aircon_not_cold", "Owner assumes a new aircon is needed.",
    [o, t("Maybe, but let's check first. How old is it, when was it last serviced, and does the outdoor unit start when you switch on?"),
     c("About 5 years. Serviced... honestly never. Outdoor fan spins I think.", None),
     t("Five years and never serviced: very often it's a blocked coil or low gas, not a dead unit. A chemical wash plus gas check is 280. If the compressor is gone, the tech tells you and we talk about replacing."),
     c("Last time another company charged me 200 for chemical wash and it was warm again in two months.", "bad_experience"),
     t("That happens when gas is low and they only wash. We check the pressure first and show you the reading; you decide. Saturday 10am?"),
     c("Ok Saturday 10.", None)],
    [o, t("A new 1.5hp inverter is about 4,800 installed. Or for 350 we can chemical wash and top up gas first."),
     c("Hmm, which one you think?", None),
     t("Depends. How old is it?"),
     c("5 years.", None),
     t("Then try the wash first, 350. Saturday 10am?"),
     c("Ok Saturday.", None)]))

o = c("Hi, I want to cancel my membership. I haven't come in two months.", "no_need")
P.append(rpair("b157r_d05_wanchai_gym_cancel", "Member cancelling after an office move.",
    [o, t("Sure, I can help. Can I ask what changed, so I process the right thing?"),
     c("My office moved to Kowloon Bay. Coming here after work is too far, I get home at 9.", None),
     t("Makes sense. Two options: cancel with one month notice, or move to our Kowloon Bay club at the same price, 5 minutes from MegaBox. No pressure either way."),
     c("Oh, didn't know you had one there. But honestly not sure I'll go even if it's near.", "think_it_over"),
     t("Fair. Switch and take the first month frozen free; go a few times. If it's not working, cancel then with the same notice."),
     c("Ok, let me try Kowloon Bay for a month.", None)],
    [o, t("Sure, I can help. Can I offer you 20% off for three months to stay?"),
     c("No thanks, not about price. I just can't get here.", "no_need"),
     t("Understood. Cancellation is one month notice, so the last payment is on the 15th. I'll email confirmation."),
     c("Ok fine.", None),
     t("Done. You're welcome back anytime."),
     c("Thanks.", None)]))

o = c("Hi, we're relocating to London for two years. Need to put our stuff in storage. How much?", None)
P.append(rpair("b157r_d06_ubi_storage_relocation", "Family storing a flat's contents for two years abroad.",
    [o, t("Happy to quote. What are you storing, roughly, and anything sensitive, like a piano, art, wooden furniture or papers?"),
     c("Whole 4-room flat. Teak dining set, my husband's guitars, boxes of photo albums.", None),
     t("Teak, guitars and photos won't like two years of Singapore humidity. Those go in climate control, the rest standard: about 100 sq ft at 4.20 and 50 at 2.60."),
     c("So about 550 a month? Two years is over 13k. Hmm.", "too_expensive"),
     t("It adds up. If you sell or give away big things you won't miss, it drops. I can walk through with you and say honestly what's worth storing. Saturday?"),
     c("Ok Saturday morning, my husband will be home.", None)],
    [o, t("Sure. A 4-room flat needs about 150 sq ft. Standard storage is 2.60 per sq ft, so around 390 a month."),
     c("Ok, reasonable. You do the packing too?", None),
     t("Yes, packing and moving in is 1,800 one-off. We can survey to confirm the size."),
     c("Ok, Saturday morning?", None),
     t("Saturday 10am. I'll send the quote after."),
     c("Thanks.", None)]))

o = c("Doctor, I need antibiotics. Sore throat three days, and I fly to Shanghai Monday for a big pitch.", None)
P.append(rpair("b157r_d07_raffles_place_gp_antibiotics", "Patient asks for antibiotics before a business trip.",
    [o, t("Let's see if they'd help. Any fever? Is it scratchy with a runny nose, or white spots and pain swallowing?"),
     c("No fever. Runny nose, bit of cough, throat scratchy. My last GP always gave antibiotics.", None),
     t("That sounds viral, so antibiotics won't speed it up and can upset your stomach before a flight. What you need is a clear voice Monday: lozenges, saline spray and resting your voice will do more."),
     c("Hmm. If it gets worse in Shanghai I'm stuck there.", None),
     t("Fair. If you get fever, spots on the tonsils or pain swallowing, message us; the doctor can review by video and prescribe before you fly."),
     c("Ok, that I can live with.", None),
     t("Good. Rest the voice this weekend, and safe flight.")],
    [o, t("Let me look. Throat is a bit red, no spots. This is viral, antibiotics won't help."),
     c("My last GP always gave me antibiotics.", None),
     t("They don't work on viruses, I'm afraid. I'll give you lozenges and cough syrup. Rest and fluids."),
     c("Ok. Hope I'm fine by Monday.", None),
     t("You should be. Come back if it gets worse."),
     c("Ok.", None)]))

o = c("Hi, we're an online shop, about 800 parcels a month. Our courier raised rates again. What can you offer?", None)
P.append(rpair("b157r_d08_kallang_courier_rates", "E-commerce seller shopping for courier rates; returns are the real cost.",
    [o, t("Thanks. What's a typical parcel, size and weight, and where does it hurt most: base rate, surcharges or returns?"),
     c("Mostly clothes under 1kg. Returns are killing us, like 15% come back, full rate each.", None),
     t("So 800 a month under 1kg, and about 120 returns at full rate. Our base is 3.90; returns through our lockers are 2.20."),
     c("Our current guy is 3.60 base though. Cheaper than you.", "too_expensive"),
     t("True, and on outbound alone we'd cost you about 240 a month more. But keep outbound with them, send only returns through us, and you save about 170 a month. Try that for a month, no contract?"),
     c("Returns-only trial ok. Send the agreement.", None)],
    [o, t("Sure. For 500 to 1,000 parcels a month: under 1kg 3.90, 1-3kg 5.20. Returns 2.20 through lockers."),
     c("Our current guy is 3.60 base.", "too_expensive"),
     t("I can do 3.70 on a 12-month contract at that volume."),
     c("Let me compare and get back to you.", "think_it_over"),
     t("Sure, I'll email the rate card today."),
     c("Ok thanks.", None)]))

o = c("Just need the price of a basic health check for my mother, she's 72. No sales talk please, I'm between meetings.", None)
P.append(rpair("b157r_d09_central_clinic_senior_check", "Busy son books a check for his mother; wants it short.",
    [o, t("Basic senior check is 1,380: bloods, ECG, urine, doctor review. One question: any heart or kidney issues? That decides if basic covers her."),
     c("High blood pressure, on medication. That's all.", None),
     t("Then basic covers it. She must fast 8 hours, so a morning slot. Earliest Tuesday 8:30, Central."),
     c("Tuesday fine. Can someone go with her? I can't make it.", None),
     t("Yes, a nurse will walk her through. I'll text you the confirmation and fasting instructions."),
     c("Good. Thanks.", None)],
    [o, t("Of course. Three packages: Basic 1,380, Comprehensive 2,980 with ultrasound, Premium 4,600 with a stress test. Many families choose Comprehensive for parents over 70."),
     c("I said no sales talk. Just the basic.", "no_need"),
     t("Sorry. Basic then. Any chronic conditions I should note?"),
     c("High blood pressure.", None),
     t("Noted. Earliest Tuesday 8:30, fasting from midnight. I'll text you the details."),
     c("Fine.", None)]))

o = c("i want a mobile plan for my dad, he's 80. cheapest one", None)
P.append(rpair("b157r_d10_northpoint_mobile_plan_dad", "Daughter buys a plan for her father who video-calls family abroad.",
    [o, t("sure. does he mostly make calls, or also whatsapp and video with family"),
     c("whatsapp video with my sister in vancouver every night. otherwise calls", None),
     t("then the cheapest 2GB would run out in a week on video. does he have wifi at home"),
     c("yes wifi. he only video calls from home", None),
     t("then 2GB at 48 a month is enough, as long as the phone is set to use wifi. bring the phone and I set it up for him"),
     c("ok I bring him saturday", None),
     t("see you saturday. if he brings the phone charged, it takes 15 minutes")],
    [o, t("cheapest is 48 a month, 2GB, unlimited local calls"),
     c("ok. 2GB is enough?", None),
     t("for calls and some whatsapp yes. if he video calls a lot, 10GB is 98"),
     c("hmm 98 too much for an old man", "too_expensive"),
     t("ok the 48 one then. bring his ID and we set it up"),
     c("ok saturday", None)]))

PAIRS = P
