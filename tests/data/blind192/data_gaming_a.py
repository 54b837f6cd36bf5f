"""Gaming pairs, part a (b192): telecom and pay TV, UK / US / India / Pakistan. Written by hand."""
from common import c, gpair, t

# a01 monologue ---------------------------------------------------------------
o1 = c("Hiya, my contract's up next month and I got a text saying my bill's going up. What are my options?", None)
a01 = gpair(
    "b192g_leeds_contract_end", "mobile network shop counter, Leeds, UK", "monologue",
    "A district nurse whose phone contract ends next month wants a cheaper option and to keep her handset.",
    good=[
        o1,
        t("Good thinking, coming in before it rolls over. Before I throw options at you, how do you actually use the phone day to day? Calls, data, that sort of thing?"),
        c("Mostly WhatsApp and maps for work. I'm a district nurse, so I'm driving round all day. Not many calls.", None),
        t("So maps in the car all day, and WhatsApp. Do you know roughly how much data you get through? It'll be in the app if not."),
        c("Er... it says about eight gig last month. And I'm happy with this phone, it's only two years old.", None),
        t("Right, so you keep the handset and use about eight gig. Then SIM-only makes sense, you stop paying for a phone you already own. There's 15 gig at £12 on a 12-month term, or a rolling monthly at £14 you can leave any time. Which sounds more like you?"),
        c("Twelve quid is less than half what I pay now. Is the signal alright round Otley though? That's half my patch.", None),
        t("Fair question. Let me put your postcode in the checker... good 4G round Otley, a couple of weak spots up towards the moor. If you want to test it first, the rolling one lets you walk away after a month."),
        c("Go on then, I'll do the monthly and see how it goes.", None),
    ],
    gaming=[
        o1,
        t("Great question, and thanks for coming in! What we're seeing is loads of customers in your position, and honestly the best experience is Unlimited Max with the new Galaxy. Two-day battery, 200 megapixel camera, six months of Disney Plus, and there's a trade-in offer this week which is amazing."),
        c("I don't really want a new ph-", "no_need"),
        t("And I hear you, but let me just finish, because this is the bit people love. Unlimited Max means you never think about data again, roaming in fifty countries, only £52 a month, less than two coffees a day. Plus loyalty perks every year. What matters most to you in a phone?"),
        c("Fifty-two? I'm on thirty-eight now, that's what I'm trying to get away from.", "too_expensive"),
        t("Totally, and I say this to everyone, you can't put a price on peace of mind. And the night mode on that camera, unreal. Insurance is £9, covers cracks, which you'd want out and about. Does that sound like the kind of experience you're after?"),
        c("I only wanted to know if there's a cheaper SIM thing. I'll look online.", "brush_off"),
        t("Online's great too, but you won't get the trade-in there and the offer ends Sunday. Shall I grab the Galaxy from the back so you can have a feel of it?"),
        c("No, you're alright. Ta.", "brush_off"),
    ],
)

# a02 closing_as_open_question -------------------------------------------------
o2 = c("Hi, yeah, we're moving into a house on West Oak Drive next week and I need internet. Is fiber available there?", None)
a02 = gpair(
    "b192g_phoenix_fiber_install", "fiber internet provider call centre, Phoenix, US", "closing_as_open_question",
    "A mother of two teenagers moving house asks whether fiber is available; her husband works from home.",
    good=[
        o2,
        t("Congrats on the move. Let me check the address... yes, West Oak is fiber-ready. Before I suggest a speed, who's going to use it and for what?"),
        c("Me, my husband and two teenagers. He works from home, video calls all day. The kids game. I just stream stuff.", None),
        t("Okay, video calls during the day, gaming and streaming in the evening, four of you. Anything about your current provider you want to avoid this time?"),
        c("The upload was awful. His calls froze every afternoon. And they hit us with a ninety-nine dollar install fee nobody mentioned.", None),
        t("Got it, decent upload and no surprise fees. Our 500 plan is 500 up as well as down, which should fix his calls. It's $65 a month, install is free right now, no contract. There's a gig plan at $85, but honestly I don't think four people need it."),
        c("Sixty-five is about what we pay now. Hm. What days do you have for install?", None),
        t("Earliest is Thursday the 12th, eight to twelve or one to five. Does either fit around the move?"),
        c("We get the keys Wednesday, so Thursday morning works.", None),
        t("Booked, Thursday eight to twelve. You'll get a text the night before with the tech's name, and if his calls still freeze in the first month, call us and we'll send someone out at no charge."),
    ],
    gaming=[
        o2,
        t("Congrats on the move! I can check that. And just so I understand your needs, what would it take for us to get you started on our gig plan today?"),
        c("Uh, I don't even know what your plans are yet.", None),
        t("Great point! The gig plan is $85, our most popular. So how would you like to pay for that, card or bank account?"),
        c("Wait, eighty-five a month? We pay sixty now and I thought that was steep.", "too_expensive"),
        t("I hear you. So what's stopping you from going ahead today if I waive the install fee?"),
        c("I need to talk to my husband first. He's the one who works from home.", "think_it_over"),
        t("Totally understand. So once he says yes, which install date works better for you, Thursday or Friday?"),
        c("You're not listening. I asked if fiber's even available. I'll call back and get someone else.", None),
    ],
)

# a03 pitch_as_paraphrase -----------------------------------------------------
o3 = c("hi my recharge expires tomorrow, which plan is good for me", None)
a03 = gpair(
    "b192g_pune_prepaid_recharge", "mobile operator web chat, Pune, India", "pitch_as_paraphrase",
    "A college student on a tight budget keeps running out of daily data before evening.",
    good=[
        o3,
        t("Hi! Happy to help you pick. How do you mostly use your number? Data, calls, and do you travel outside Maharashtra?"),
        c("im a student, lot of youtube and classes on zoom. calls only to home in nagpur. data finishes by evening usually", None),
        t("Okay, so online classes plus YouTube, and the daily data runs out by evening. Which plan are you on right now?"),
        c("the 1.5gb per day one, 299 for 28 days. cant spend too much, its pocket money only", None),
        t("Understood, budget is tight and 1.5 GB a day isn't lasting. Two choices: the 2 GB a day plan at 349 for 28 days, or stay on 299 and buy a 49 rupee 6 GB add-on only on long class days. Is your hostel WiFi any use?"),
        c("wifi is there but very slow. 349 is ok i think, only 50 more", None),
        t("Then the 2 GB plan should cover you without top-ups. If you still run out in the first week, message here and we'll look again. Shall I send the payment link?"),
        c("yes send", None),
    ],
    gaming=[
        o3,
        t("Hi! Thanks for reaching out, I'd love to understand your needs. How do you use your phone?"),
        c("student. youtube and zoom classes. data finishes by evening", None),
        t("So what I'm hearing is you need our Max 599 plan with 3 GB per day, OTT apps and unlimited 5G, is that right?"),
        c("no i said data finishes. 599 is double what i pay now", "too_expensive"),
        t("Totally understand. So to play it back, you want the best value, which is the 84-day pack at 1499 since it's cheaper per day, correct?"),
        c("1499 in one go? i dont have that kind of money, its pocket money", "no_money"),
        t("Got it! So what you're really saying is you want a plan that grows with you, which is the 599 with Netflix mobile, yes?"),
        c("forget it. ill recharge from paytm", "brush_off"),
    ],
)

# a04 upsell_as_loop_closing --------------------------------------------------
o4 = c("Hiya. Lost my phone on the train last night. I need a new SIM with my same number, I've an old phone at home I can use.", None)
a04 = gpair(
    "b192g_glasgow_sim_swap", "mobile network shop counter, Glasgow, UK", "upsell_as_loop_closing",
    "A man who lost his phone on the train wants a replacement SIM on his old number for a spare handset.",
    good=[
        o4,
        t("Ah no, sorry to hear that. We'll get your number back today. Have you already reported it, so nobody can run up charges?"),
        c("Aye, I phoned last night and they barred it. The lassie said to come in for a new SIM.", None),
        t("Good, so the old SIM's barred and you want the number on a new one for your spare. What's the spare phone? I want to give you the right size of SIM."),
        c("An old iPhone 8, I think. Still works fine.", None),
        t("That takes a nano SIM. I need a bit of ID, then about ten minutes to go live. And if your bank sends codes to this number, those will start coming through again once it's live."),
        c("Oh good, that was worrying me. Here's my licence.", None),
        t("All done. Is there anything else about the lost phone you're unsure of, like blocking the handset itself?"),
        c("Naw, the police have the IMEI. That's me sorted, cheers.", None),
    ],
    gaming=[
        o4,
        t("Ah no, sorry to hear that! We'll get you sorted. Has it been reported?"),
        c("Aye, they barred it last night.", None),
        t("Brilliant. So, just to close the loop, what else can I add for you today? Because after losing a phone, you'll want our insurance going forward, it's £11 a month."),
        c("I just want the SIM. I'm using an old phone for now.", "no_need"),
        t("Totally. And is there anything else that would make your experience better, like upgrading that old phone? The iPhone 15 is £45 a month."),
        c("Can't stretch to that, pal. I'm still paying off the one I lost.", "no_money"),
        t("Understood. Before you go, just to wrap up, what else would help you feel protected? A case and screen protector for the old one is only £25."),
        c("No. Just the SIM, please. I've to be at work for two.", "no_need"),
        t("Of course! Activating now. Anything else I can add before you go?"),
        c("No.", "no_need"),
    ],
)

# a05 leading_tag_questions ---------------------------------------------------
o5 = c("Assalam o alaikum. My father wants the cricket channels for PSL, and we also need internet at home. What do you have?", None)
a05 = gpair(
    "b192g_lahore_tv_bundle", "broadband and TV franchise counter, Lahore, Pakistan", "leading_tag_questions",
    "A young man asks about a TV and internet bundle for his father's cricket and his and his sister's online classes.",
    good=[
        o5,
        t("Walaikum assalam. Happy to help. Who watches TV at home, and what else do you use the internet for besides streaming?"),
        c("Mostly my father, cricket and news. My sister and I have online classes. And there is load shedding, so it must work on the UPS.", None),
        t("So cricket and news for your father, classes for you two, and it has to keep running in load shedding. Is your TV a smart TV or an ordinary one?"),
        c("Ordinary LED, about five years old.", None),
        t("Then the set-top box is the way to go. 20 Mbps fibre with the sports pack is Rs 4,200 a month; box and router use very little power, so a small UPS keeps both on. Without the sports pack it's Rs 3,300."),
        c("4,200 is a bit much. Is the sports pack only for PSL season or can we remove it later?", "too_expensive"),
        t("You can switch it off any month from the app, so take it for February and March only and drop back to 3,300 after."),
        c("Achha, that makes sense. Let me check with Abbu tonight and come back tomorrow.", "think_it_over"),
        t("Of course. I'll write both prices on this card with my number, and by tomorrow I'll know the installation dates for your block."),
    ],
    gaming=[
        o5,
        t("Walaikum assalam! Great choice coming to us. You'll want the full Premium bundle with all the sports channels, won't you?"),
        c("Maybe. My father mainly watches PSL and the news.", None),
        t("And the family will want 50 Mbps, obviously, since everyone is online these days, isn't it?"),
        c("We only need it for online classes, me and my sister. What is the price?", None),
        t("Rs 7,500, which is the best value, don't you think? You wouldn't want your father missing a match because of a cheap package, would you?"),
        c("7,500? That is more than our electricity bill. We cannot pay that every month.", "no_money"),
        t("But you'd agree quality matters for the family, right? And you'll want the 4K box too for the big matches, won't you?"),
        c("Our TV is not even 4K. I will ask my father and see.", "think_it_over"),
    ],
)

# a06 putdown_question --------------------------------------------------------
o6 = c("Yes, hi. I just got my bill and there's three hundred forty dollars of roaming from Cancún. I was there five days. What is this?", None)
a06 = gpair(
    "b192g_atlanta_roaming_bill", "mobile carrier call centre, Atlanta, US", "putdown_question",
    "A customer back from five days in Mexico finds $340 of roaming charges on her bill.",
    good=[
        o6,
        t("That's a nasty surprise, I'm sorry. Let me pull up the account... I see the charges. Before you left, did you add a travel pass or change any settings?"),
        c("I didn't add anything. I thought Mexico was included. It was with my last carrier.", None),
        t("Okay, so you expected Mexico to be included like before. On your plan it isn't, so each day you used data was billed by the megabyte. Was it mostly data, or calls too?"),
        c("Mostly maps and posting pictures. A couple calls to the hotel.", None),
        t("That matches what I see. Here's what I can do: re-rate those five days as if you'd had our ten-dollar day pass, so fifty dollars, and credit the other two-ninety on this bill. Do you travel there often?"),
        c("Every year for my mom's birthday. But I'm not paying more every month for one week a year.", "too_expensive"),
        t("That makes sense. Then just switch on the day pass before you fly, it's one toggle in the app. I'll text you the steps and the credit reference now."),
        c("Okay. Thank you, that's a big relief.", None),
    ],
    gaming=[
        o6,
        t("I can see that. Did you not read the roaming text we sent when you landed, or did you just ignore it like most people?"),
        c("I got a text, I thought it was a welcome message. I thought Mexico was included.", None),
        t("Okay. And what made you think that, exactly, when it's clearly not on your plan? I just want to understand your experience."),
        c("Because my old carrier included it! Can you take the charges off or not?", None),
        t("I hear your frustration. So how much data were you using, honestly? Three-forty is a lot. Were you streaming movies down there or what?"),
        c("I was using maps and sending my mom pictures. I'm not a teenager.", None),
        t("Sure. And you're certain nobody else had your phone? What I can do is move you to Global Plus at ninety-five a month so this never happens again. How does that sound for your travel experience?"),
        c("Ninety-five a month? No. Get me a supervisor.", "too_expensive"),
    ],
)

# a07 not_my_department_or_read_the_terms -------------------------------------
o7 = c("Hello, I am shifting to Hyderabad for work next month. I want to close my broadband. Someone told there is a cancellation charge?", None)
a07 = gpair(
    "b192g_chennai_cancel_fee", "broadband provider call centre, Chennai, India", "not_my_department_or_read_the_terms",
    "A customer relocating for a new job wants to close her broadband and asks about the early exit charge.",
    good=[
        o7,
        t("Congratulations on the new job. Let me see... you're on a 12-month plan with four months left, so yes, there is a charge. Before we close it, shall I check if we serve your new area? Then you could shift the connection instead."),
        c("Oh, I didn't know that was possible. It's in Gachibowli, near the tech park.", None),
        t("Gachibowli is covered. You'd keep the same plan, no cancellation charge, only a one-time shifting fee of 500 rupees. Would that work, or were you planning another provider there?"),
        c("The company flat might already have Wi-Fi. Then I don't need this at all.", "no_need"),
        t("That's fair. Check with your company first. If the flat has Wi-Fi, the cancellation charge is 1,800 rupees, and I'll send that figure to your email so it's in writing."),
        c("That's helpful. I will ask HR this week and call back.", "think_it_over"),
        t("Sounds good. I've noted it under reference CH-4471, so whoever picks up will see the whole thing and you won't have to explain again."),
    ],
    gaming=[
        o7,
        t("Thank you for sharing that, I really value our relationship. Cancellation charges are handled by the retention team, that's not my department."),
        c("Okay, can you transfer me? Or just tell me the amount?", None),
        t("I understand your need. The amount is in the terms and conditions you agreed to, section 9. Have you had a chance to read them?"),
        c("I signed that one year back. I don't remember section 9. Can you please just tell me how much?", None),
        t("I completely hear you. But I didn't make the rules, I'm only in billing. Is there anything else I can help you with today?"),
        c("Yes, the thing I asked! Last time also I was on hold forty minutes for a router problem.", None),
        t("I'm sorry you feel that way. For a better experience you can read the FAQ on our website or raise a ticket in the app. How satisfied are you with today's call?"),
        c("Not at all. Goodbye.", None),
    ],
)

# a08 social_proof_or_deadline_pressure --------------------------------------
o8 = c("Hello, I had a leaflet through the door saying full fibre's on our road now. I'm with another provider, just wondering what it'd mean for me.", None)
a08 = gpair(
    "b192g_cardiff_full_fibre", "broadband provider sales line, Cardiff, UK", "social_proof_or_deadline_pressure",
    "A retired man rings about full fibre arriving on his street; his current contract runs until March.",
    good=[
        o8,
        t("Thanks for ringing. Happy to explain. What do you use the broadband for now, and is there anything about it that annoys you?"),
        c("It's me and the wife, we're retired. Bit of iPlayer, video calls with the grandkids in Canada. Fine mostly, just drops some evenings.", None),
        t("So mostly TV and video calls, and the odd evening dropout. Do you know when your current contract ends?"),
        c("March, I think. We pay about thirty-two pounds.", None),
        t("Then there's no rush. Our 150 package would be £27, and full fibre shouldn't drop in the evenings the way copper can. But switching before March means paying your provider's exit fee, so I'd wait. Shall I ring you in February?"),
        c("That's decent of you. Yes, ring me in February, we'll go from there.", None),
        t("Will do. I'll note the address and check install dates for your road then as well. Anything else you'd like to know?"),
        c("No, that's grand. Thank you.", None),
    ],
    gaming=[
        o8,
        t("Great to hear from you! Loads of your neighbours have already switched, we've done nine houses on your road this month. What are you looking for from your broadband experience?"),
        c("Just something that doesn't drop in the evening. Our contract runs till March, mind.", None),
        t("I hear you. Thing is, this £22 offer ends at five o'clock today, after that it's £35. Wouldn't it make sense to lock it in now?"),
        c("I'd have to pay the other lot to leave early. We're pensioners, we can't be throwing money about.", "no_money"),
        t("Totally understand. But once the whole street's on fibre, install slots go fast, and the engineers won't be back this way till next year. How does locking in today sound?"),
        c("I'm not deciding anything today. I'll talk to my wife.", "think_it_over"),
        t("Of course. Just so you know, Mrs Hughes at number 14 said the same and rang back an hour later. Shall I hold it till five for you?"),
        c("No, thank you. Goodbye.", "brush_off"),
    ],
)

# a09 keyword_stuffed ---------------------------------------------------------
o9 = c("hello i run a pharmacy in gulshan, need 3 mobile numbers for staff on one bill. what is the process", None)
a09 = gpair(
    "b192g_karachi_business_lines", "mobile operator business chat, Karachi, Pakistan", "keyword_stuffed",
    "A pharmacy owner wants three staff numbers on one business bill.",
    good=[
        o9,
        t("Hello! I can help with that. Are these new numbers, or do your staff have numbers already that you want to move onto a business account?"),
        c("new numbers. staff use own phones now and customers call their personal numbers, not good", None),
        t("Makes sense, you want business numbers separate from personal ones. What will the staff mostly do on them, calls to customers, WhatsApp orders, something else?"),
        c("mostly whatsapp orders and calls to distributors. maybe 10gb each is enough", None),
        t("Then Business Starter fits: 3 SIMs, 10 GB and 1000 minutes each, one bill, Rs 1,450 per SIM a month. You'll need your NTN or shop registration and your CNIC. Do you have those?"),
        c("ntn yes. 1450 x 3 is bit high, other network told me 1200", "too_expensive"),
        t("Fair point. I can't match 1,200 on that bundle, but with 6 GB instead it's Rs 1,150 each. Since it's mostly WhatsApp orders, 6 GB is likely enough, and you can move up any month. Want to try that?"),
        c("ok 6gb then. can someone come to the shop for biometric, i cant leave the counter", None),
        t("Yes, our field agent can visit. Would tomorrow between 11 and 1 suit?"),
        c("after 2 is better, morning is rush time", "no_time"),
    ],
    gaming=[
        o9,
        t("Hello and thank you for choosing us, we truly value your business and our relationship. I understand your needs and I want to make your experience a success. Can you share more about your needs?"),
        c("i said, 3 numbers for staff on one bill. what documents you need", None),
        t("Absolutely, I understand. Your success is our success, and I feel we can build a strong relationship going forward. What does success look like for your pharmacy?"),
        c("success is i get 3 sims. how much per month", None),
        t("Great question. I hear that cost matters to you and I understand how you feel. Our solutions are built around your needs for a seamless experience. Shall I have a relationship manager call you?"),
        c("no time for calls, i am at the counter all day. just tell in chat", "no_time"),
        t("I completely understand and I feel your frustration. Your experience matters to us. Is there anything else I can help you with today?"),
        c("you did not help with anything. will go to franchise", None),
    ],
)

# a10 rude --------------------------------------------------------------------
o10 = c("Hi there. My cable bill went from eighty-nine to a hundred forty-two dollars this month and nobody told me why.", None)
a10 = gpair(
    "b192g_columbus_cable_promo", "cable TV provider store, Columbus, Ohio, US", "rude",
    "A long-standing older customer's cable bill jumped after a promotional price ended.",
    good=[
        o10,
        t("That's a big jump, I'd want to know why too. Can I see the bill or your account number? I'll go through it with you."),
        c("Here. I've been with you folks eleven years.", None),
        t("Thanks. Okay, I see it. Your two-year promotional price ended last month, and the box rental went up four dollars. What do you actually watch most? I might be able to trim it without losing anything you use."),
        c("Local news, the Guardians, and my wife likes the cooking channel. That's about it.", None),
        t("So news, baseball and cooking. The sports package is most of your cost, but the Guardians are on the regional network, which is in basic-plus. Basic-plus with the cooking channel comes to ninety-six. You'd lose ESPN and the movie channels."),
        c("We never watch those anyway. But ninety-six is still more than we were paying.", "too_expensive"),
        t("It is, by seven dollars. After eleven years I can add a loyalty credit of ten a month for twelve months, so eighty-six the first year. And to be straight with you, after that it goes back to ninety-six."),
        c("I appreciate you telling me that. Let's do it.", None),
    ],
    gaming=[
        o10,
        t("Promos end, sir. It's on the paperwork. What did you think would happen?"),
        c("Well, I didn't think it'd go up fifty dollars. Can you look at it?", None),
        t("Fine. Account number. ...Yep, promo ended. So what do you actually need from me today, a new bill or what?"),
        c("I'd like to pay less. We only watch the news, baseball and the cooking channel.", None),
        t("Okay, so you want everything for nothing, got it. Basic-plus is ninety-six. Take it or leave it, there's a line behind you."),
        c("Ninety-six is still more than before. Isn't there something for long-time customers?", "too_expensive"),
        t("If you read your mail you'd know loyalty offers are online. Anything else I can help you with today?"),
        c("I'll try the other company. Eleven years and this is how you talk to people.", None),
    ],
)

PAIRS = [a01, a02, a03, a04, a05, a06, a07, a08, a09, a10]
