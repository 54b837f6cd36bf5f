"""Gaming pairs, file b (written by hand)."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- b1 ignored_customer
OPEN = c("Salaam. We are shifting to G-11 next month. I need internet for the new house. What packages you have?", None)
PAIRS.append(gpair(
    "b225g_islamabad_family_fibre", "broadband franchise shop, Blue Area, Islamabad, Pakistan", "ignored_customer",
    "A father of three asks for a home internet package before moving house, worried about what his children see online.",
    good=[
        OPEN,
        t("Walaikum salaam, and congratulations on the new house. Who will be using the internet there, and for what mostly?"),
        c("Me and my wife, we watch dramas on YouTube. Three children, the youngest is eight. Honestly I am worried what they are seeing online.", None),
        t("So mostly streaming, and you want some control over what the children can open. How many devices roughly, and does anyone work from home?"),
        c("Maybe six phones and one tablet. Nobody works from home. I don't want to pay for speed we will not use, my budget is around four thousand a month.", None),
        t("Then the 20 Mbps fibre plan at 3,499 is enough for six phones streaming. Its router has a parental app - you can set a bedtime cut-off for the children's phones and block categories of sites. Let me show you the app on my phone."),
        c("Show me. But last time with the other company, installation took three weeks, we were sitting without internet.", "bad_experience"),
        t("I won't promise you three days, because it depends on whether fibre is already in your street. Let me check your address... your block has fibre, so normally five to seven working days. I'd book the survey for the week before you move, so it's running when you arrive."),
        c("Okay, that's good. Book it.", None),
    ],
    gaming=[
        OPEN,
        t("Walaikum salaam, congratulations! Tell me about your family's internet needs?"),
        c("Me and my wife watch dramas. Three children, the youngest is eight. I'm worried about what they see online.", None),
        t("Great. So for a family like yours the 100 Mbps Gamer Max is the best experience - ultra low latency, no limits. 7,999 a month."),
        c("Gamer? My children are small, they don't need gaming. And I said, I am worried what they open. Is there some control?", "no_need"),
        t("Absolutely, I hear you. And with 100 Mbps everyone can stream in 4K at the same time. Do you have any other concerns?"),
        c("Yes, the price. My budget is four thousand, not eight.", "no_money"),
        t("Understood. The Gamer Max also comes with one free month of our sports channel. Shall I book the installation?"),
        c("You are not hearing anything I say. Give me the brochure, I'll read it at home.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- b2 repeated_questions
OPEN = c("Hi, I'm looking for one of those doorbells with a camera, for my mum. She's 80 and people keep knocking selling stuff. I work nights at the care home so I can't be there.", None)
PAIRS.append(gpair(
    "b225g_cardiff_mum_doorbell", "home tech store, Cardiff, UK", "repeated_questions",
    "A Filipino care worker wants a video doorbell for her elderly mother who lives alone.",
    good=[
        OPEN,
        t("That sounds worrying for you both. Does she live in a house or a flat, and is there Wi-Fi there?"),
        c("Ground floor flat. Wi-Fi yes, I put it in for her tablet. She's not great with apps though, she just uses Facebook to see the grandkids back in Cebu.", None),
        t("So the idea is that you can see who's at her door from your phone, even at work, and she doesn't have to do anything. Is that right, or do you want her to answer it too?"),
        c("Exactly, me. She should just not open the door. Maybe she could see on a little screen who it is?", None),
        t("Then a doorbell with a small indoor screen works well: she sees the face before opening, and you get the alert and can talk through it from your phone. This one's £89 with the screen. Saving recordings needs a £3.50 monthly plan, but live view works without it."),
        c("Can I do without the monthly thing? I'm already paying for way too many things every month.", "no_money"),
        t("Yes, you can. Without it you still get live alerts and can talk to whoever's there, you just can't replay it later. You can add the plan any time if something happens. Have you got a photo of her door frame, so I can check it fits?"),
        c("Somewhere... here, that's it.", None),
        t("That frame's fine. I'd go with the £89 one and skip the plan for now. Shall I hold it till Saturday so you can bring your mum's Wi-Fi details for the set-up?"),
    ],
    gaming=[
        OPEN,
        t("Great, thanks for reaching out! So, what's your budget for this?"),
        c("Not sure, under a hundred maybe? She's in a ground floor flat with Wi-Fi.", None),
        t("Okay. And roughly what were you looking to spend?"),
        c("I just said. Under a hundred. It's for my mum, she's 80.", None),
        t("Sure. And is your mum living in a house or a flat?"),
        c("A flat. Ground floor. I said that as well.", None),
        t("Got it. So, in terms of price range, what kind of investment are you comfortable with?"),
        c("Are you actually listening? Under a hundred pounds.", None),
        t("Perfect, thanks for clarifying. And just so I fully understand your needs - is the doorbell for a house, or...?"),
        c("I haven't got time for this, my shift starts in an hour. I'll just order one online.", "no_time"),
    ],
))

# ---------------------------------------------------------------- b3 wrong_paraphrase
OPEN = c("Good evening. I have a pharmacy in Dokki, one branch only. I want a computer system for selling, because I'm losing track of expiry dates, medicines expire on the shelf.", None)
PAIRS.append(gpair(
    "b225g_giza_pharmacy_pos", "POS reseller office, Dokki, Giza, Egypt", "wrong_paraphrase",
    "A pharmacist in his sixties wants a system mainly to stop stock expiring unseen.",
    good=[
        OPEN,
        t("Good evening. Expired stock is real money lost. How do you keep track of it today?"),
        c("A notebook, and my assistant checks the shelves once a month. Sometimes he forgets. Last month I threw maybe eight thousand pounds of medicine.", None),
        t("So one branch, a notebook, and the real problem is expiry - you want to be warned before things expire. Do you also want barcode scanning at the counter, or mainly the stock side?"),
        c("Both would be nice. But I am not young, I am not very good with computers, I'm afraid it will be complicated.", None),
        t("That's fair. The expiry alerts are the first screen when you open it, a list sorted by date, nothing to search for. The hard part is entering all your stock at the start, and we do that with your assistant over two days. It's 12,000 pounds for the year, scanner included."),
        c("12 thousand... I need to think. And I want to ask my son, he is an engineer.", "think_it_over"),
        t("Of course. Would it help if I came on a quiet morning and showed you and your son on your own counter? No commitment, about half an hour."),
        c("Yes. Friday morning is quiet. Come at eleven.", None),
    ],
    gaming=[
        OPEN,
        t("Good evening! So if I understand you correctly, you have several branches and you want to link them all together in one system. Is that right?"),
        c("No, one branch only. The problem is expiry dates, medicines expire on the shelf.", None),
        t("Got it, so what I'm hearing is you want to start home delivery and you need an app for customers to order from. Did I get that right?"),
        c("Delivery? I never said delivery. I have a notebook for the expiry and it doesn't work.", None),
        t("Perfect, so just to play it back: you're frustrated with your current software provider and you want to switch. Our Pharma Cloud Plus is ideal for switching."),
        c("I have no software. A notebook! Are you listening to me?", None),
        t("Absolutely. So you're ready to go with the multi-branch package with the delivery module, 30,000 a year. Shall I send you the contract?"),
        c("30 thousand for things I don't need. No, thank you.", "no_need"),
    ],
))

# ---------------------------------------------------------------- b4 pitch_to_upset
OPEN = c("Hi. This was my Papa's laptop. He passed away last month. It won't turn on anymore and all our family pictures are inside. Please, can you save them?", None)
PAIRS.append(gpair(
    "b225g_pampanga_late_father_laptop", "computer repair shop, San Fernando, Pampanga, Philippines", "pitch_to_upset",
    "A grieving daughter brings in her late father's dead laptop to rescue the family photos.",
    good=[
        OPEN,
        t("I'm very sorry about your father. We'll do our best to get the pictures back. Usually the photos are still safe inside even when a laptop won't turn on. Do you know what happened - did it fall, or get wet?"),
        c("No... it just stopped. It was on the table in his room. Sorry, it's hard to talk about.", None),
        t("Take your time, there's no hurry at all. I'll open it, take the drive out and copy everything onto a flash drive for you. I won't wipe or repair anything without asking you first. Is that okay?"),
        c("How much will that be? We spent so much on the hospital already...", "no_money"),
        t("Copying the pictures is 500 pesos. If the drive itself turns out damaged, I'll tell you before doing anything more. You won't pay for anything you didn't say yes to."),
        c("Okay. Thank you. When can I come back?", None),
        t("Tomorrow after three. I'll text you first once I can see the folders, so you know before you make the trip."),
    ],
    gaming=[
        OPEN,
        t("I'm so sorry for your loss, I really understand how you feel. While we're at it, what are your plans for a new laptop? This one is quite old."),
        c("I don't want a new laptop. I just want Papa's pictures.", "no_need"),
        t("Of course, and that's exactly why you need our cloud storage plan, 2 terabytes for 399 a month, so you never lose pictures again. Shall I set it up for you today?"),
        c("Please... can you just check if the pictures are still there?", None),
        t("We can. And how would you feel about a new family laptop with the pictures already transferred? There's a promo on the Acer this week, 29,990."),
        c("We just paid for the hospital and the funeral. I can't think about buying anything now.", "no_money"),
        t("I totally understand. The promo is zero interest over twelve months, so it's really affordable. Anything else I can help with?"),
        c("No. I'll find someone else to help me.", None),
    ],
))

# ---------------------------------------------------------------- b5 blame
OPEN = c("Hello, the solar inverter you people installed in March is showing some error, F07, and the battery dies by midnight now. In this heat we need the fans.", None)
PAIRS.append(gpair(
    "b225g_multan_inverter_fault", "solar installer helpline, Multan, Pakistan", "blame",
    "A family's hybrid inverter shows a battery fault after they added an air conditioner for an elderly father.",
    good=[
        OPEN,
        t("That's very bad timing with this heat. F07 on that inverter is usually a battery warning. Has anything changed in the house since March - new appliances, maybe an AC?"),
        c("We added one inverter AC in May, in my father's room. He is old, he cannot sleep in this heat.", None),
        t("That's important. That AC can draw about as much as everything else in the house together, so the battery empties much faster. And has the battery ever run all the way down to zero?"),
        c("Maybe, yes, some nights. Nobody told us that matters. The salesman said this system can run anything.", None),
        t("Then that's on us, he should have asked about an AC. Draining to zero again and again wears the battery, so I'll have the inverter cut the AC at 30 percent and keep the fans going. A technician can set that tomorrow, free. To run the AC all night you'd need a second battery, around 160,000 rupees."),
        c("160,000 we cannot do right now. Maybe after Eid.", "no_money"),
        t("That's fine. With the cut-off the fans will run all night and the AC until about one. The technician comes at ten tomorrow, I'll send you his number now."),
        c("Okay, ten is fine. Thank you for being straight with us.", None),
    ],
    gaming=[
        OPEN,
        t("I see. So what exactly have you done to the system since we installed it? Because F07 normally means the customer has misused the battery."),
        c("Misused? We only added one AC for my father's room, he is old.", None),
        t("Well, there you go. You overloaded it. You can't really expect a home system to run an AC. Did anyone in the house read the manual?"),
        c("Your salesman said this system can run anything. We asked him.", None),
        t("I'm not sure he said that, customers often hear what they want to hear. The battery damage is from your usage, so it isn't covered. How else can I help you today?"),
        c("So it is our fault? We paid four lakh to your company. I will tell the whole mohalla not to buy from you.", None),
        t("That's your choice. If you want, we can sell you a second battery at 160,000 - as long as you use it properly this time."),
        c("We will not buy one more thing from you. Once was enough.", "bad_experience"),
    ],
))

# ---------------------------------------------------------------- b6 monologue
OPEN = c("Good morning. The shop next to mine was broken into on Thursday night. They came through the roof. I want an alarm, what do you have?", None)
PAIRS.append(gpair(
    "b225g_mansoura_shop_alarm", "security equipment shop, Mansoura, Egypt", "monologue",
    "A clothes shop owner wants an alarm after thieves broke into the neighbouring shop through the roof.",
    good=[
        OPEN,
        t("Good morning. I'm sorry, that must be worrying. Before I show you anything, tell me about your shop - how big is it, and where could someone get in?"),
        c("It's one room, maybe five by eight metres. The front is a metal shutter. There's a small window in the bathroom at the back, and the roof is the same as my neighbour's.", None),
        t("So three ways in: the shutter, the back window and the roof. If the alarm goes off at night, who would hear it? Do you live close by?"),
        c("I live twenty minutes away. There is a bawab for the building, but he sleeps.", None),
        t("Then a siren alone isn't enough, you'd want it to call your phone as well. A kit with a shutter sensor, a window sensor, one motion sensor covering the ceiling, a siren and a SIM that rings you is about 9,500 pounds installed."),
        c("Hmm. My brother put an alarm in his shop last year, it kept ringing for nothing, the neighbours complained, in the end he disconnected it.", "bad_experience"),
        t("That's usually cheap motion sensors going off for cats or heat. This one ignores small animals, and for the first week we leave it in silent mode - it only calls your phone, no siren - so you can see whether it gives false alarms before it goes loud."),
        c("That's good. Let me see the kit.", None),
        t("Here it is. And before we fix anything, I'll come and look at the roof, because that decides where the motion sensor goes."),
    ],
    gaming=[
        OPEN,
        t("Good morning! I'm so glad you came to us, security is all about peace of mind. Let me walk you through SafeHome Pro: twelve sensors, smoke detectors, flood sensor, two sirens, 4G and Wi-Fi backup, app control, voice commands and a smart lock for your door. Honestly the best experience on the market."),
        c("It's a shop, one room only...", "no_need"),
        t("Perfect, it works for any size! The app lets you arm it from anywhere, see the history, add family members, and our control room monitors it for just 450 a month, so somebody is always watching for you. One-day installation and a two-year warranty too. What questions do you have?"),
        c("How much is it?", None),
        t("Only 28,000 for the full kit, and if you sign today I give you the second siren free. You can also add CCTV later, our four-camera kit connects to the same app, very popular. So, what do you think?"),
        c("28 thousand for one small shop? This is crazy.", "too_expensive"),
        t("It's an investment in your peace of mind! And remember, with monitoring you never have to worry. Shall I write the order?"),
        c("Give me your card, I will call you. Thank you.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- b7 closing_as_open_question
OPEN = c("Hello po, I'm a first year nursing student, I need a laptop for school. My budget is around 20,000 only. Do you have something?", None)
PAIRS.append(gpair(
    "b225g_baguio_student_laptop", "computer shop on Session Road, Baguio, Philippines", "closing_as_open_question",
    "A nursing student with a fixed budget looks for a light laptop for papers and online classes.",
    good=[
        OPEN,
        t("Hi! 20,000 can work. What will you mostly use it for - writing papers, online classes, anything heavier?"),
        c("Papers, PowerPoint, Zoom classes. Sometimes Netflix, hehe. And I carry it up and down the hills every day, so not heavy please.", None),
        t("So light, good battery, enough for Office and Zoom. I have a refurbished ThinkPad at 18,500 - 1.3 kilos, about eight hours battery, SSD, 90-day shop warranty. Or a new one at 21,000 that's heavier. Want to hold both?"),
        c("Refurbished... my classmate bought a refurbished one online, it broke after two months.", "bad_experience"),
        t("Fair to worry. The difference is you can test ours here first - open Zoom, type, look at the battery health report - and if anything fails within 90 days you bring it back here, not to some online seller."),
        c("Okay, I'll try it. But I need to ask my mom first, she's the one paying.", "think_it_over"),
        t("Sure. I can hold the ThinkPad for you until Saturday. If you like, take photos of the specs and the warranty card to send her."),
    ],
    gaming=[
        OPEN,
        t("Hi! Love it. Tell me, what would your dream laptop experience look like?"),
        c("Light, okay battery, for papers and Zoom. Budget 20,000 only.", None),
        t("Awesome. So when you picture yourself acing your classes, would you rather take the silver one or the black one home today?"),
        c("Um, which one is within 20,000?", None),
        t("Great question! The silver is 27,500 - but what would it take for you to walk out with it today?"),
        c("That's over my budget po. I really can't.", "no_money"),
        t("I hear you. And if we split it into three payments, would you pay the first one by cash or GCash?"),
        c("I need to ask my mom first, she's the one paying.", "think_it_over"),
        t("Of course! So when you call her, what time today should I expect you back to pick it up?"),
        c("I'm not sure I'm coming back. Thanks po.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- b8 pitch_as_paraphrase
OPEN = c("Alright. I've got a takeaway on Leeds Road. Everyone orders on the apps but they take thirty percent. My nephew says build our own website. What's involved?", None)
PAIRS.append(gpair(
    "b225g_bradford_takeaway_website", "website builder sales call, Bradford, UK", "pitch_as_paraphrase",
    "A takeaway owner wants to know whether his own ordering website would cut the commission he pays delivery apps.",
    good=[
        OPEN,
        t("Good question. How many orders a week come through the apps now, and how many by phone?"),
        c("About 200 on the apps, maybe 80 by phone. Friday and Saturday mad busy, rest of the week quiet.", None),
        t("So the apps bring you 200 orders and take a big bite of each. Your own site won't replace them overnight, new people find you on the apps. What it can do is move your regulars over. How many of those 200 are people who order every week?"),
        c("Honestly, loads are regulars. Same names every Friday.", None),
        t("Then a simple ordering site, plus a card in every app bag saying 'order direct, 10% off', is worth trying. Our ordering plan is £39 a month, no commission. Give it three months - if fewer than twenty orders a week move over, it's not paying off and you cancel."),
        c("39 a month's fine. But I've got no time to sit building websites, I'm in the kitchen till 2am.", "no_time"),
        t("You won't have to. Send me a photo of your menu and your logo, and we'll have a draft for you to check on your phone within a week."),
        c("Deal. I'll WhatsApp you the menu tonight.", None),
    ],
    gaming=[
        OPEN,
        t("Absolutely, love that. So just to check I've understood - what you're looking for is our Enterprise Restaurant Suite with the branded app, loyalty scheme and driver module at £249 a month, is that right?"),
        c("No mate, I just want a website so I'm not paying thirty percent.", None),
        t("Got you, so what you're saying is commission is killing you, which means you need the full Suite so you can replace the apps completely. Did I get that right?"),
        c("I didn't say replace them. I still need the apps, that's where the new customers come from.", None),
        t("Right, so what I'm hearing is that growth matters to you - and the Suite's marketing add-on at £60 a month is built for exactly that. Fair summary?"),
        c("That's three hundred quid a month. That's more than I'd save. Not for me.", "too_expensive"),
        t("So if I play it back, price is the only thing between you and the Suite - shall we look at an annual plan to bring it down?"),
        c("No. Just email me something and I'll have a look.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- b9 upsell_as_loop_closing
OPEN = c("Hello, I want a printer for the house. The kids' school sends the worksheets on WhatsApp now and I have to print them every week. Something simple please.", None)
PAIRS.append(gpair(
    "b225g_maadi_mother_printer", "electronics store, Maadi, Cairo, Egypt", "upsell_as_loop_closing",
    "A mother of two buys a home printer for the school worksheets that now come by WhatsApp.",
    good=[
        OPEN,
        t("Hello. How many pages a week roughly, and is it colour or mostly black?"),
        c("Maybe thirty pages a week, for two kids. Mostly black, sometimes coloured pictures for projects.", None),
        t("At thirty pages a week, cartridges would cost you a lot over a year. An ink-tank printer costs more at the start, 6,200 pounds, but one bottle of black prints thousands of pages for about 250. It scans too, and prints from your phone, so straight from WhatsApp."),
        c("6,200... the cartridge one over there is 2,500. That's a big difference.", "too_expensive"),
        t("It is. At thirty pages a week the cartridge one would need new cartridges about every six weeks, around 900 each time, so by the end of the school year you'd have paid more. But if you'd rather keep the first payment low, it works fine too - your choice."),
        c("No, you're right, the tank one. Can you connect it to my phone?", None),
        t("Yes, give me your phone and I'll connect it now and print a test page from WhatsApp so you see it working. Anything else you needed today?"),
        c("No, that's all, thank you.", None),
    ],
    gaming=[
        OPEN,
        t("Hello! Great choice coming to us. Let's make sure all your printing needs are covered - what else can I add for you today besides the printer?"),
        c("Nothing, just a simple printer. For school worksheets, thirty pages a week maybe.", None),
        t("Perfect, the ink tank at 6,200. And to close the loop - shall I add a spare set of ink bottles so you're never caught out?"),
        c("It comes with ink, no? Then no need for now.", "no_need"),
        t("It does. Before we wrap up, is there anything else I can add? A ream of paper, a USB cable, our two-year extended warranty at 900?"),
        c("Okay, the paper only.", None),
        t("Great. And to make sure nothing's missing - a laminator for the school projects? Very popular with mums. Or the photo paper pack?"),
        c("Honestly this is getting expensive, I came for a printer. Just the printer and the paper.", "too_expensive"),
        t("Of course. Last thing, to close everything properly: shall I add the home setup service for 300, or anything else?"),
        c("No. I will set it up myself. Please just give me the bill.", "no_need"),
    ],
))

# ---------------------------------------------------------------- b10 leading_tag_questions
OPEN = c("Assalam-o-alaikum. My old Nokia finally died. My daughter says get a smartphone so you can do WhatsApp with the grandchildren. I am not good with these things.", None)
PAIRS.append(gpair(
    "b225g_hyderabad_teacher_phone", "mobile phone shop, Hyderabad, Sindh, Pakistan", "leading_tag_questions",
    "A retired schoolteacher with weak eyesight buys his first smartphone.",
    good=[
        OPEN,
        t("Walaikum salaam, sir. We'll keep it simple. Apart from WhatsApp, what else would you use it for - calls, news, photos?"),
        c("Calls, WhatsApp, maybe a Quran app. My eyes are weak, I need big letters. And I don't want to spend much, I am a retired teacher.", None),
        t("Then you don't need an expensive one. This one is 27,000: big screen, and I can set the letters very large and put only your apps on the front. The battery lasts a full day."),
        c("27 is still more than I was thinking. I had fifteen, twenty in mind.", "no_money"),
        t("There is one at 18,500. The screen is a little smaller and the camera is weaker, but for calls and WhatsApp it's fine. Let me set large letters on both, then you hold them and read a message - your eyes should decide."),
        c("This one, the cheaper one, I can read it fine.", None),
        t("Good. I'll put WhatsApp, the Quran app and the phone on the front page, and save your daughter's number. If anything confuses you, bring it back and I'll show you again, free."),
    ],
    gaming=[
        OPEN,
        t("Walaikum salaam, sir! You'll want the latest model so it lasts, won't you?"),
        c("I only want WhatsApp and big letters. I am retired.", None),
        t("Of course, but the grandchildren will send videos, so you'd want the best camera and screen, wouldn't you?"),
        c("Maybe... I don't know.", None),
        t("This Samsung at 85,000 - beautiful, isn't it? You deserve something nice after all those years of teaching, don't you?"),
        c("85 thousand? My pension is not that much, son.", "no_money"),
        t("But you wouldn't want a cheap one that hangs all the time, would you? Instalments make it easy, don't they?"),
        c("I'll come back with my daughter. She understands these things better.", "think_it_over"),
    ],
))
