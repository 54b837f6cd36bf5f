"""b157 gaming pairs A (kinds 1-5), hand-written."""
from common import c, gpair, t

P = []

o = c("hi need a room for 4 pax near raffles place from 1st of next month. can or not", None)
P.append(gpair("b157g_rafflesplace_serviced_office", "serviced office, Raffles Place SG (web chat)", "monologue",
    "Founder wants a 4-seat room next month.",
    [o, t("Can. Before I send options, how long do you need it, and will all 4 be in every day?"),
     c("6 months first. 2 of them are sales, out most days. budget around 5k", None),
     t("Noted: 6 months, 4 people but usually 2 in, about 5k. A 4-seat room is 5,400. A 2-seat room plus 4 hot-desk passes is 4,300. Which sounds closer?"),
     c("the 2 seat one ok but my boss wants a door that closes for client calls", None),
     t("The 2-seat room has a door, and you get 2 free meeting-room hours a day. View it tomorrow 12:30? 15 minutes."),
     c("ok 12:30 confirm. send me the address", None)],
    [o, t("Great question! Let me share our experience. We're Asia's most loved workspace community: 40 centres, barista coffee, nap pods, wellness room, Thursday socials. Members say it transforms their success. Our Executive Suite, rooftop..."),
     c("ok but 4 pax can or not", None),
     t("Absolutely, which is why I recommend Enterprise membership: global access in Hong Kong, Tokyo, Sydney, concierge, mail handling, virtual address, our app. Our tiers: Flex, Core, Core Plus, Enterprise..."),
     c("we dont travel. just need 4 seats from next month. how much", None),
     t("I hear you! Enterprise is 7,900, but think of the relationships you'll build. Last week we had a sake tasting, next week a founder talk on fundraising, and..."),
     c("7.9k for 4 seats?? too much lah. never mind", "too_expensive")]))

o = c("Hello ah, my bedroom aircon dripping water onto the bed. Can send someone this week?", None)
P.append(gpair("b157g_tampines_aircon_drip", "aircon servicing, Tampines SG (phone)", "monologue",
    "Aircon drips a month after the firm's own wash.",
    [o, t("Can, sorry about the bed. Is water dripping from the front of the unit or from the pipe side? And when was it last serviced?"),
     c("From the front. Your company did chemical wash in March, 180 dollars, then one month later drip again.", "bad_experience"),
     t("That's not right after a month. Front dripping after a wash is usually a blocked drain pipe. Since it's within three months of our job, the check is free. Thursday morning or afternoon?"),
     c("Thursday afternoon can. If it's the pipe, how much to fix?", None),
     t("Clearing the drain is 40, but if it's from our March job we waive it. The tech tells you before doing anything."),
     c("Ok noted. Thursday, I'm home after 2.", None)],
    [o, t("Thank you for reaching out! Let me share our Cool Care annual plan: four general services, one chemical wash, priority booking, 10% off parts, free gas top-up, all for 388. Most households with three units find it..."),
     c("Er, I only have one problem. Water dripping on the bed.", None),
     t("Yes, and that's exactly what Cool Care prevents! And if your units are over eight years old, our new inverter range saves up to 40% on electric, trade-in, free installation..."),
     c("The unit is two years old. And your people did chemical wash in March, still dripping.", "bad_experience"),
     t("Then Cool Care is perfect for you, the next wash is included! I'll add the inverter brochure too. To sign you up I just need your..."),
     c("Aiya, I just need someone to come. Forget it, I call another company.", None)]))

o = c("Good afternoon. I'm considering moving my custody account here from my current bank. I'd like to understand what the transfer involves.", None)
P.append(gpair("b157g_central_private_bank_transfer", "private banking, Central HK (meeting)", "closing_as_open_question",
    "Prospect asks how a custody transfer works; joint account.",
    [o, t("Good afternoon, Mr Leung. Happy to walk you through it. May I ask what's prompting the move, and roughly what the account holds?"),
     c("HK equities and some US treasuries, about 30 million. Since my RM left, I waited nine days for a simple FX confirmation.", None),
     t("So the holdings are simple and the issue is response time. The transfer is in-specie, nothing is sold, three to four weeks. I'd be your named contact. What turnaround would you expect on routine requests?"),
     c("Same day. But the account is joint with my wife, she should hear this herself before we decide.", "think_it_over"),
     t("Of course. A short meeting with both of you next week? I'll bring the checklist and our service commitments in writing; nothing to sign."),
     c("Thursday morning works. Please send the checklist beforehand.", None)],
    [o, t("Good afternoon, Mr Leung. What would it take for you to move your portfolio to us today?"),
     c("Today? I haven't decided anything. I want to understand the process first.", "think_it_over"),
     t("Of course, I completely understand. And once you do, how would you like to fund the account, in-specie or cash?"),
     c("As I said, I haven't decided. And it's a joint account with my wife.", "think_it_over"),
     t("That makes perfect sense. So which day this week suits you both to come in and sign the opening documents?"),
     c("You're not listening. Just email me the transfer process.", "brush_off")]))

o = c("Hi, my trial pass ends today. I wanted to ask about the off-peak membership.", None)
P.append(gpair("b157g_bugis_gym_offpeak", "gym membership, Bugis SG (front desk)", "closing_as_open_question",
    "Shift worker ends a trial, asks about off-peak.",
    [o, t("Sure. What times do you usually train, and what did you use most this week?"),
     c("Weekdays around 2pm, I work shifts. Only weights, never took a class.", None),
     t("Then off-peak fits: weekdays 10 to 5, weekends after 3. 118 a month on 12 months, or 138 no contract."),
     c("Hmm, 118 is a bit steep. The ActiveSG gym near my place is like 2.50 an entry.", "too_expensive"),
     t("Fair, for weights alone ActiveSG is good value. Here you'd pay for a quiet floor at 2pm and four squat racks. If that's not worth it, a 10-visit pass is 150, no term."),
     c("The 10 visits is more my style. Can buy now?", None)],
    [o, t("Great! What would make today the day you commit to your fitness journey?"),
     c("Er, I just want to know about off-peak first.", None),
     t("Of course! Off-peak is 118 a month. Would you prefer to start Monday or on the first?"),
     c("118 is quite a lot. The ActiveSG near me is 2.50 per entry.", "too_expensive"),
     t("I totally hear you. So what's the one thing stopping you from joining right now, and would you like to pay by card or GIRO?"),
     c("Think I'll stick to ActiveSG, thanks.", "no_need")]))

o = c("Hi, we move from Taikoo Shing to a smaller flat in Sai Ying Pun on the 28th. Some furniture won't fit. Can you quote?", None)
P.append(gpair("b157g_taikoo_removals_storage", "removals and storage, Hong Kong (phone)", "pitch_as_paraphrase",
    "Downsizing family needs move plus storage.",
    [o, t("Sure. How many bedrooms now, and what won't fit, big pieces or boxes?"),
     c("3-bedroom to 2. A sofa, a bed frame, maybe 15 boxes of my son's. He's back from the UK next summer.", None),
     t("So the move on the 28th, and a sofa, bed frame and about 15 boxes waiting a year for your son. Lift at both ends?"),
     c("Taikoo yes. Sai Ying Pun is walk-up, 3rd floor. Problem?", None),
     t("No, it adds two movers. Roughly 6,200 for the move, and a 30 sq ft unit is 580 a month. A 10-minute video survey tonight would firm it up."),
     c("Video 8pm ok. But 580 a month for a year adds up, let me ask my son if he really wants the sofa.", "think_it_over")],
    [o, t("Congratulations on the new home! So what I'm hearing is you need our Premium Full-Pack move with 12 months' climate storage, 9,800 all in, is that right?"),
     c("No, I didn't say full-pack. We pack our own boxes.", None),
     t("Got it, so what you're really after is peace of mind, which is our Premium package with 200k insurance cover. Did I understand you correctly?"),
     c("Not really. It's a sofa, a bed and some boxes. Why I need 200k insurance?", "no_need"),
     t("I understand. So to summarise: a stress-free experience, meaning Premium plus climate storage at 780 a month, yes?"),
     c("Aiya. Last time your movers chipped my dining table and took 3 months to pay. I'll get other quotes.", "bad_experience")]))

o = c("Hi, I chipped my front tooth last night biting a chicken bone. Can see someone today?", None)
P.append(gpair("b157g_orchard_dental_chip", "dental clinic, Orchard SG (phone)", "pitch_as_paraphrase",
    "Small chipped front tooth, presentation on Friday.",
    [o, t("Oh no. Is it painful or sensitive to cold? And is it a small corner or a big piece?"),
     c("Not painful, just sharp on my tongue. Small corner. But I have a client presentation Friday, it looks bad.", None),
     t("So a small corner, no pain, fixed before Friday. Dr Lim has 5:40 today. A corner is usually repaired with tooth-coloured filling, about 150 to 250; she'll confirm after looking."),
     c("5:40 can. Does my company insurance cover?", None),
     t("Depends on your plan. Bring your card or e-card, we'll check with the insurer before treatment."),
     c("Ok noted, see you 5:40.", None)],
    [o, t("Oh dear! So what you're telling me is you're ready to invest in your smile, and our Smile Makeover with six veneers at 7,200 would be ideal, is that right?"),
     c("Huh? No. It's one small chip.", "no_need"),
     t("Of course. So what I'm hearing is you want a long-lasting result, which is really an e.max veneer at 1,400 a tooth, did I get that right?"),
     c("1,400 for a chip?? I just need it smooth before Friday.", "too_expensive"),
     t("I understand your need. To play back: a veneer here plus whitening so the colours match, 1,900 total. Shall I book the consultation?"),
     c("You keep adding things. Never mind, I'll try the clinic downstairs.", None)]))

o = c("my phone kena stolen on the mrt yesterday. need new sim same number", None)
P.append(gpair("b157g_jurongeast_telco_sim", "mobile operator shop, Jurong East SG (counter)", "upsell_as_loop_closing",
    "Customer whose phone was stolen needs a replacement SIM only.",
    [o, t("Sorry to hear that. Replacement SIM is 10 dollars. Police report done? And want me to bar the old SIM first?"),
     c("police report done already. ya bar it pls. using my old phone for now", None),
     t("Barred. New SIM active, same number. Does your old phone take nano SIM?"),
     c("yes fits. ok working", None),
     t("Good. One thing to close off: if you had banking apps on the stolen phone, call the bank to log that device out. Anything else about the line?"),
     c("oh ya good point. no thats all thanks", None)],
    [o, t("So sorry! Replacement SIM is 10 dollars. And to close the loop, what else can I add for you today? New phones are 0% instalment."),
     c("no need new phone. my old one still can use", "no_need"),
     t("Noted! To make sure we've covered everything: device protection for the old phone, 12.90 a month, so this never happens again?"),
     c("bro the phone was stolen, i just lost 1.4k. no money for extras now", "no_money"),
     t("Totally understand. Anything else I can help with, like our 200GB plan at only 10 more a month?"),
     c("just the sim can", "no_need")]))

o = c("Hi, I saw the doctor already. Just need to pay and collect the MC. Quite rush, got a call at 3.", None)
P.append(gpair("b157g_toapayoh_gp_counter", "GP clinic, Toa Payoh SG (counter)", "upsell_as_loop_closing",
    "Patient with flu paying and collecting an MC in a hurry.",
    [o, t("Sure. Consultation and medicine 68. MC is for today and tomorrow. Need a copy emailed?"),
     c("Yes please, email to me, I forward to HR.", None),
     t("Done. Yellow packet is Panadol, every six hours for fever. The antihistamine makes you sleepy, take it at night. Any questions on the medicine?"),
     c("If fever still there on Saturday?", None),
     t("Come back or see any GP; if breathless, go A&E. Anything else before your call?"),
     c("No, that's it. Thanks.", None)],
    [o, t("Sure! 68 today. And before you go, what else can we add for you? Our flu jab is 35, very popular this season."),
     c("I already got the flu, no point now right?", "no_need"),
     t("Good point! To close the loop, anything else? Executive Health Screening is 50% off this month, only 298."),
     c("Not now, I'm rushing. Can I just get the MC?", "no_time"),
     t("Of course! Last thing, would you like our vitamin C immune pack, 42, so you recover faster? Anything else at all?"),
     c("No. Just the MC and the receipt.", "no_need")]))

o = c("hi my bedroom aircon spoilt, compressor gone. want to replace just that one, can quote?", None)
P.append(gpair("b157g_sengkang_aircon_replace", "aircon sales and install, Sengkang SG (WhatsApp)", "leading_tag_questions",
    "HDB owner wants to replace one bedroom unit after renovating; tight budget.",
    [o, t("Can. Is it a system unit shared with the living room, or a single split? And how big is the room?"),
     c("system 2, living room one still ok. bedroom maybe 10 sqm. only on at night", None),
     t("Got it. A new fan coil on an old system often doesn't pair well with the old compressor. How old is the living room unit?"),
     c("like 9 years. but dont want to change both, just renovated, budget quite tight", "no_money"),
     t("Understood. Then a 9,000 BTU single split for the bedroom only, about 780 installed. Living room stays till it dies. Free piping check Saturday?"),
     c("ok saturday morning can", None)],
    [o, t("Can! You'll want our System 4 inverter package then, won't you? Better to change everything at once, right?"),
     c("no lah, just the bedroom one", "no_need"),
     t("I understand. But you'd agree a 5-tick unit saves money long term, wouldn't you? Smart owners go 5 ticks, don't they?"),
     c("5 tick is how much", None),
     t("Only 2,480 for the bedroom. You wouldn't want to sleep badly to save a few hundred, would you?"),
     c("2.4k?? just renovated, no budget for that", "no_money")]))

o = c("I've just sold my flat and have about 1.2 million in the account. My nephew says I should invest it. I'm 64 and I don't like risk.", None)
P.append(gpair("b157g_tanglin_wealth_retiree", "wealth management, Tanglin SG (branch meeting)", "leading_tag_questions",
    "Risk-averse retiree with flat-sale proceeds.",
    [o, t("Thank you for saying that up front. Before any product: what is the money for? Living costs, a new home, family?"),
     c("I'm renting now. I need about 4,000 a month on top of my CPF payout. And some for my niece's university.", None),
     t("So steady 4,000 a month, low risk, and a pot for your niece. A ladder of fixed deposits and Savings Bonds has no market risk. Shall I show it next to a conservative bond fund?"),
     c("Yes, but no fancy things. My friend lost money in structured notes in 2008.", "bad_experience"),
     t("Understood, no structured products. I'll bring both, with the fund's worst year shown. Tuesday at 10?"),
     c("Tuesday ok.", None)],
    [o, t("Congratulations! You'll want your money working for you, won't you? You wouldn't want inflation eating it, would you?"),
     c("I suppose... but I don't like risk.", None),
     t("Of course, and that's why our Accumulator Note with 8% coupon is ideal, isn't it? Mostly capital-protected, safe enough, wouldn't you say?"),
     c("Accumulator? My friend lost a lot in those in 2008. No, thank you.", "bad_experience"),
     t("Times have changed though, haven't they? You wouldn't want to miss out like your friend, would you?"),
     c("I'll keep it in fixed deposit and talk to my nephew first.", "think_it_over")]))

PAIRS = P
