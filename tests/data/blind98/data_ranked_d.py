"""Ranked pairs d01-d10: two decent conversations; `better` is the stronger one."""
from common import c, rpair, t

PAIRS = []

# d01 becoming a POS agent, Surulere, Lagos
o = c("Good morning. I run a small provision shop in Surulere. My customers keep asking for POS to withdraw cash. How do I become your agent?", None)
PAIRS.append(rpair(
    "b98r_d01_lagos_posagent",
    "A shop owner asks a fintech field officer how to become a POS cash-out agent.",
    [o,
     t("Good morning. Before the forms: how many people ask per day, and how much cash do you usually keep in the shop?"),
     c("Maybe 15 people a day. Cash, not much, like ₦100,000. I'm worried about thieves too.", None),
     t("Fifteen a day is decent. What limits agents is cash float: 15 people taking ₦10,000 each needs ₦150,000 at hand. On security, many agents set a daily cash limit and move the rest by transfer. The terminal is a ₦25,000 refundable caution; you earn about ₦100 to ₦200 per withdrawal."),
     c("₦25,000 caution... I'd rather not put that money down now. Can I start small?", "no_money"),
     t("Yes. Start with our app on your phone for transfers, no caution, and add the terminal when you see the demand. Shall I register you on the app now, with your BVN and a shop photo?"),
     c("Okay, let's do the app first.", None)],
    [o,
     t("Good morning! You'll need your BVN, NIN, a shop photo and a utility bill. The terminal is a ₦25,000 refundable caution."),
     c("Okay. How much can I make?", None),
     t("About ₦100 to ₦200 per withdrawal. Agents with good traffic make ₦150,000 a month. We also give you branding for the shop."),
     c("₦25,000 caution... I'd rather not put that money down now.", "no_money"),
     t("It's refundable, so you don't lose it, and it pays back quickly. Shall I start the registration?"),
     c("Let me think about it and call you.", "think_it_over")]))

# d02 drip irrigation for avocados, Thika
o = c("Habari yako. I have half an acre of Hass avocado, 2 years old. The dry season is killing me. How much is your drip kit?", None)
PAIRS.append(rpair(
    "b98r_d02_thika_drip",
    "A smallholder asks an agro-dealer about drip irrigation for young avocado trees.",
    [o,
     t("Nzuri. Before the price: what's your water source, and how far is it from the trees?"),
     c("I buy water from my neighbour's borehole into a 5,000 litre tank. It's about 50 metres away.", None),
     t("So you pay for every litre and storage is limited; drip helps most in exactly that case. How many trees, and is the land sloped?"),
     c("About 70 trees. A small slope down from the tank.", None),
     t("Good, the tank can feed by gravity, no pump needed. A gravity kit for 70 trees is about KSh 38,000 installed. I'd send someone first to check the levels, 1,000 shillings, deducted if you buy."),
     c("38,000 is heavy for me right now. But the visit, okay, let him come.", "no_money")],
    [o,
     t("Nzuri. The half-acre kit is KSh 45,000 with pump and filter. It saves water and labour."),
     c("45,000 is heavy for me right now.", "no_money"),
     t("There's a smaller kit for 30,000 without the pump; you'd need to lift the water yourself. Or pay half now, half in two months."),
     c("Hmm. I'll think about it.", "think_it_over"),
     t("Okay. Here's the brochure with both. Call me if you decide."),
     c("Sawa.", None)]))

# d03 diabetes test, private clinic, East Legon, Accra
o = c("Hello, my wife insists I do a sugar test. I'm very busy, how fast can it be done?", None)
PAIRS.append(rpair(
    "b98r_d03_accra_sugartest",
    "A busy man phones a private clinic about a blood sugar test his wife wants him to do.",
    [o,
     t("Fifteen minutes at the clinic. Is there a reason she's worried: family history, thirst, tiredness, anything like that?"),
     c("My father had diabetes. And lately I wake up to urinate two, three times at night. I thought it's just age.", None),
     t("Both are worth checking properly. A fasting sugar plus an HbA1c, GH₵ 180, gives a clear answer. The HbA1c doesn't need fasting, so if mornings are hard we can do it at lunch. Results the same day."),
     c("Lunch is better. I can't come fasting, I have site meetings at 7.", "no_time"),
     t("Then come at 12:30 tomorrow for the HbA1c and a random sugar. If either is high, the doctor calls you to plan the next step. Would that work?"),
     c("12:30, fine. I'll come.", None)],
    [o,
     t("We can do a fasting blood sugar in 15 minutes. Come in the morning before eating, any day from 7."),
     c("I can't come fasting, I have site meetings at 7.", "no_time"),
     t("Then come on Saturday morning, we open at 8. It's GH₵ 60."),
     c("Saturdays we work on site too. Maybe, I'll see.", "no_time"),
     t("Okay. Just walk in, no appointment needed."),
     c("Alright, thanks.", None)]))

# d04 school fees payment plan, Kampala
o = c("Good morning madam bursar. I have a balance of 850,000 for my two children this term. Business has been bad. Please can you help me with a plan?", None)
PAIRS.append(rpair(
    "b98r_d04_kampala_feesplan",
    "A parent asks a school bursar for a payment plan on an unpaid fees balance.",
    [o,
     t("Good morning. Thank you for coming before the deadline. What does your income look like in the next two months, so we make a plan you can actually keep?"),
     c("I sell second-hand clothes. Things improve in December because of Christmas. Now it's slow, I can pay maybe 150,000 a month.", None),
     t("Then 150,000 in October and November, and the remaining 550,000 by mid-December. The children stay in class meanwhile. I'll write it down and we both sign."),
     c("550 in December is a lot. But if Christmas is good I can manage.", None),
     t("If December looks bad, come to me before the date and we'll adjust. There's also a bursary fund for continuing students, deadline Friday. Here's the form."),
     c("Thank you, madam. I'll fill it.", None)],
    [o,
     t("Good morning. We can do a plan. The school policy is three equal instalments: about 283,000 at the end of each month, October to December."),
     c("283,000 a month is too much for me now. I can do 150,000.", "no_money"),
     t("I understand. I'll ask the head teacher if we can accept 150,000 for now. Come back Monday."),
     c("Monday I'm at the market, but I'll send my wife. Thank you madam.", None),
     t("That's fine, she can sign for you. Tell her to bring this term's receipts.")]))

# d05 business internet, accounting firm, Lusaka
o = c("Good afternoon. I run an accounting firm in Rhodes Park, 8 staff. Our internet is unreliable and we lose work during tax season. What do you offer?", None)
PAIRS.append(rpair(
    "b98r_d05_lusaka_officeinternet",
    "A small accounting firm asks an ISP's business sales team about reliable internet.",
    [o,
     t("Good afternoon. What does unreliable mean for you, off completely or slow? And what do you depend on it for: the ZRA portal, cloud accounting, calls?"),
     c("It goes off, sometimes half a day. We use the ZRA portal, Sage cloud and email. During loadshedding the router also dies.", None),
     t("Then there are two problems, the line and power; a new line won't help if the router has no power. I'd suggest fibre 50 Mbps at K2,400 a month, with 4G backup that switches over by itself, and a small UPS for the router, K1,200 once."),
     c("K2,400 is more than we pay now. Our current one is K1,500.", "too_expensive"),
     t("It is. Weigh it against a half day offline in tax season. Or start with a one-month trial of the 4G backup and UPS on your current line, and see how much downtime it saves before you switch anything."),
     c("That makes sense. Let's do the trial.", None)],
    [o,
     t("Good afternoon. For 8 staff I'd recommend our Business Fibre 50 Mbps, K2,400 a month, with a 99.5 percent uptime SLA."),
     c("K2,400 is more than we pay now. Our current one is K1,500.", "too_expensive"),
     t("We're a bit more expensive, but our network is more stable, with redundant routes. We can install within a week."),
     c("Let me discuss with my partner.", "think_it_over"),
     t("Sure. I'll email the proposal today."),
     c("Okay, thank you.", None)]))

# d06 boundary wall materials, Kigali
o = c("Hello. I want to build a wall around my plot in Kanombe. How many blocks do I need?", None)
PAIRS.append(rpair(
    "b98r_d06_kigali_wall",
    "A first-time builder asks a hardware shop how many blocks a boundary wall needs.",
    [o,
     t("Hello. How long is the wall all round, how high, and is the ground flat or sloped?"),
     c("The plot is 20 by 30 metres. 2 metres high maybe. It's a bit sloped on one side. I don't have a builder yet.", None),
     t("About 100 metres at 2 metres is roughly 1,250 blocks of 15 cm, plus foundation and pillars. The slope means a stepped foundation, which someone should measure on site. I can give a rough figure now, and our technician can check the site free so you don't over- or under-buy."),
     c("A rough number first, please. I have about 3 million.", None),
     t("Blocks about 940,000 francs, cement around 70 bags, 910,000, sand and bars maybe 600,000. About 2.5 million before labour, and labour may be 800,000 to a million."),
     c("So more than 3 million. Maybe I build the front side first.", "no_money")],
    [o,
     t("Hello. For a standard plot wall, most people take about 1,200 blocks, 750 francs each, 15 cm."),
     c("And cement?", None),
     t("About 60 bags at 13,000. So around 1.7 million for blocks and cement."),
     c("Okay. I have about 3 million.", None),
     t("That's enough for the materials. Pay here and we deliver this week."),
     c("Let me ask a builder first.", "think_it_over")]))

# d07 solar water pump, Morogoro
o = c("Good morning. I grow tomatoes and onions in Mkuyuni, two acres. I use a petrol pump from the river. Fuel is eating me. Is a solar pump good?", None)
PAIRS.append(rpair(
    "b98r_d07_morogoro_solarpump",
    "A vegetable farmer spending heavily on petrol asks about a solar water pump.",
    [o,
     t("It can be, depending on a few things. How far and how high is the field from the river, and how much do you pump now?"),
     c("About 80 metres, a bit uphill, maybe 6 metres up. I pump 4 hours every two days. Fuel about 60,000 a week.", None),
     t("That's fine for a surface solar pump. One thing: solar pumps best from 10 to 3. Do you water in the day, or do you have a tank?"),
     c("No tank. I water in the evening because of the sun.", None),
     t("Then a 5,000 litre tank on a stand lets you pump by day and water in the evening. Pump and panels about 2.8 million shillings, tank and stand 900,000. At 60,000 a week on fuel it pays back in about 15 months, and there's a 12-month payment plan."),
     c("That's a lot at once. Let me see the monthly plan and talk with my wife.", "think_it_over")],
    [o,
     t("Good morning. Yes, solar pumps are very good. Our 1.5 kW kit with two panels is 2.8 million shillings, no fuel, no service."),
     c("Will it push water to my farm? It's 80 metres from the river, a bit uphill.", None),
     t("Yes, it can push up to 30 metres high, so no problem. We install in two days."),
     c("2.8 million is a lot at once. Let me talk with my wife.", "think_it_over"),
     t("Sure. There's a payment plan over 12 months. I'll send you the details."),
     c("Okay, send.", None)]))

# d08 corporate end-of-year party, event hall, Wuse, Abuja (formal)
o = c("Good day. I'm the HR manager at a logistics company. We are planning an end-of-year party for about 200 staff in December. Kindly send your rates.", None)
PAIRS.append(rpair(
    "b98r_d08_abuja_corporatehall",
    "An HR manager asks an event hall for rates for a staff end-of-year party.",
    [o,
     t("Good day, thank you for considering us. So I send the right option: is it dinner with speeches and awards, or a party with music? And which dates?"),
     c("Both. Awards first, then party. Friday 13th or 20th December. Management wants it to end by 11 because staff travel after.", None),
     t("Awards then party, 200 guests, done by 11. The 13th is open; the 20th is taken. With stage, sound and screens for the awards slides, the main hall is ₦2.8 million; catering ₦12,000 a head, or bring your own."),
     c("The approved budget is ₦4.5 million all in. With catering that's over 5.", "no_money"),
     t("Two options: our buffet at ₦9,500 a head brings you to ₦4.7 million; or use our projector instead of screens and you're at ₦4.45 million. I'll send both, with the 13th on a 7-day hold."),
     c("Please send both. I will present to management.", "think_it_over")],
    [o,
     t("Good day, thank you. Our main hall for 200 is ₦2.8 million, catering ₦12,000 per head. We have dates in December."),
     c("The approved budget is ₦4.5 million all in. With catering that's over 5.", "no_money"),
     t("We could reduce the catering to ₦9,500 per head, which gives ₦4.7 million. That's the best we can do in December."),
     c("Okay. Please send it and I'll present to management.", "think_it_over"),
     t("I'll send it today."),
     c("Thank you.", None)]))

# d09 fleet tyres, Suame Magazine, Kumasi
o = c("Good morning. I manage a delivery company with 12 motorbikes. The tyres are wearing out too fast and punctures are costing us. Can we do a bulk deal?", None)
PAIRS.append(rpair(
    "b98r_d09_kumasi_fleettyres",
    "A delivery company manager asks a parts dealer for a bulk tyre deal.",
    [o,
     t("Good morning, yes. Which bikes, how often are you changing tyres now, and where do most punctures happen?"),
     c("Mostly Haojue 125. Rear tyres every 2 months, that's too fast. Punctures on the Suame roads, two or three a week.", None),
     t("Rear every two months is fast; usually it's low pressure or heavy loads. Do the riders check pressure, and how much do they carry?"),
     c("Pressure, I doubt it. They carry boxes, sometimes 40 kg.", None),
     t("Then heavy-duty rear tyres, GH₵ 320, with sealant tubes at 75, and a weekly pressure check should double the life. Fleet price 10 percent off, and I'll train your riders on pressure one morning free. Try 4 bikes first and compare in two months?"),
     c("4 bikes first is good. Send me the invoice.", None)],
    [o,
     t("Good morning. Yes, for 12 bikes we give 10 percent off. Which bikes?"),
     c("Mostly Haojue 125. Rear tyres every 2 months, and two or three punctures a week.", None),
     t("Then take our heavy-duty rear tyres, GH₵ 320 each, and sealant tubes at 75. With 10 percent off, for 12 bikes it's about GH₵ 4,266."),
     c("That's a lot to change all at once. Our budget is monthly.", "no_money"),
     t("We can split it over three months."),
     c("Okay, just email me something and we'll see.", "brush_off")]))

# d10 savings for a boda rider, Entebbe (spoken)
o = c("Hello. I ride boda. The bike is not mine, I pay the owner 15,000 a day. I want to save to buy my own. Can you help?", None)
PAIRS.append(rpair(
    "b98r_d10_entebbe_bodasavings",
    "A boda-boda rider asks a microfinance officer how to save for his own motorbike.",
    [o,
     t("Yes. How much do you make on a normal day after the owner and fuel, and is it cash or mobile money?"),
     c("Maybe 25,000 on a good day, 10,000 on a bad day. Mostly cash, some mobile money.", None),
     t("So it changes a lot; a fixed monthly amount would be hard. Our daily savings account takes any amount by mobile money, even 2,000, no deposit fees. Riders who save 5,000 a day reach the bike-loan deposit in about a year, and the loan repayment is close to what you pay the owner now."),
     c("But if I get sick and need the money, can I take it?", None),
     t("Yes, with a 1,000 withdrawal fee. We suggest keeping this account for the bike only. I can open it now with your national ID, no minimum."),
     c("Let me open it. Today I have 5,000 to start.", None)],
    [o,
     t("Yes. Our fixed savings account needs a minimum of 100,000 a month. After 12 months you qualify for our bike loan."),
     c("100,000 every month? Some days I make only 10,000.", "no_money"),
     t("You can also use our regular savings, no minimum, and deposit when you can."),
     c("Okay, let me think about it and come back.", "think_it_over"),
     t("Sure. Bring your national ID when you come."),
     c("Okay.", None)]))
