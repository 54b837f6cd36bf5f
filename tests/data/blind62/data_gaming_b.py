"""Gaming pairs, part B (kinds 11-15, then 1-5). Written by hand for blind62."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer - bike courier company, Berlin (Germany)
_open = c("Hello, we are an architecture office in Kreuzberg. We need sometimes courier for plans and models to clients. How does it work with you?", None)
PAIRS.append(gpair(
    "b62g_berlin_courier_models", "Bike courier company, Berlin (Germany)", "ignored_customer",
    "An architecture office sends plans a few times a week and now and then a fragile one-metre model; a courier broke one last year.",
    good=[
        _open,
        t("Hi, thanks for getting in touch. What do you send most often, and how often - daily or now and then?"),
        c("Plans, two or three times a week. But the models are the problem. They are foam and balsa, quite fragile, sometimes one metre long.", None),
        t("So plans a few times a week, and now and then a fragile model up to a metre. Has a model been damaged in transport before?"),
        c("Yes, last year with another service, the corner was broken, we had to rebuild in one night before the presentation. Since then we drive them ourself.", "bad_experience"),
        t("That sounds like a terrible night. Honestly, a bike is not the right thing for a one-metre model. For those we have a cargo van with a padded shelf, booked an hour ahead. For plans a bike is fastest, inside the Ring usually 45 minutes. Would you try the van with the next model and see how it's handled?"),
        c("Maybe. How much is the van?", None),
        t("Inside Berlin, 39 euros flat. Plans by bike are 9 to 14 depending on distance. With a business account you get one invoice a month."),
        c("Okay. Next week we have a model to Potsdam, Thursday. Can you do Potsdam?", None),
        t("Yes, Potsdam by van is 59. I'll open the account and pencil in Thursday - tell me the pickup time and I'll make sure the driver knows it's a model."),
        c("Thursday 2 o'clock pickup. Good.", None),
    ],
    gaming=[
        _open,
        t("Great to hear from you! Can you tell me about the kind of deliveries you have?"),
        c("Plans, two, three times a week. And models, they are fragile, foam and balsa, sometimes one metre.", None),
        t("Perfect. So our standard bike courier is 9 to 14 euros, 45 minutes inside the Ring. And how do you feel about your current delivery experience?"),
        c("Bad. Last year another courier broke a model corner, we rebuild in one night. So the model is my question, can a bike carry one metre?", "bad_experience"),
        t("Thanks for sharing that. All our riders carry a 60-litre messenger bag, so no issue. Shall I set you up with the bike subscription, 20 rides a month for 220?"),
        c("A bag? The model does not go in a bag. And we don't need 20 rides, I said two or three a week.", "no_need"),
        t("Understood, I appreciate that. What's most important to you in a courier partner?"),
        c("That it doesn't break! I said it already. I think we continue to drive them ourselves.", "no_need"),
        t("No problem, I'll send you the subscription info. Anything else I can help with?"),
        c("Send it by email, we will look at it some time.", "brush_off"),
    ],
))

# 12 repeated_questions - tea importer, Rotterdam (Netherlands)
_open = c("Hi! I run a small cafe in Utrecht and I want to stop using tea bags and go loose leaf. Do you sell to small places like mine?", None)
PAIRS.append(gpair(
    "b62g_rotterdam_tea_cafe", "Tea importer, Rotterdam (Netherlands)", "repeated_questions",
    "A cafe owner selling about 40 cups of tea a day wants to switch from bags to loose leaf; her staff are students.",
    good=[
        _open,
        t("We do, plenty of small cafes. What do you sell most of now, and roughly how many cups of tea a day?"),
        c("Maybe 40 cups a day? Mostly fresh mint, which we do ourselves, then English breakfast, green, chai, and rooibos for the kids and pregnant ladies. Coffee is still the big thing.", None),
        t("So about 40 cups, the mint you do yourselves, and four you'd buy: a breakfast black, a green, a chai and a rooibos. That's maybe 3 kilos a month across the four, and our minimum is 1 kilo per tea, so it fits. Do your staff brew in pots or in cups?"),
        c("Cups, with those filter things. And honestly the staff are students, it needs to be idiot-proof.", None),
        t("Then I'd pick blends that forgive over-steeping - a breakfast with Assam and Kenya rather than a delicate Darjeeling, and a Chinese green rather than a sencha, which goes bitter fast. They run 24 to 38 euros a kilo. I can send 100-gram samples of each, free, so your staff can try them."),
        c("Samples is nice. But my supplier for the bags is very cheap, like 4 cents a cup.", "too_expensive"),
        t("Fair. Loose leaf comes to about 8 to 11 cents a cup. Many cafes charge 50 cents more for a loose-leaf pot and sell more tea, but you'd have to see if that's true for your customers."),
        c("Hmm. Okay, send the samples, I will test it with the regulars for a week.", None),
        t("Will do - four samples with a brewing card for the staff. I'll ring you the Friday after next to hear what the regulars said."),
    ],
    gaming=[
        _open,
        t("Absolutely! Tell me, what kind of teas are you currently serving?"),
        c("Mostly fresh mint we make ourself, then English breakfast, green, chai, rooibos. About 40 cups a day.", None),
        t("Lovely. And what are your customers drinking at the moment, tea-wise?"),
        c("Like I said. Mint, breakfast, green, chai, rooibos.", None),
        t("Great, thanks. So to really understand your needs - which teas would you say are on your menu right now?"),
        c("The same ones? Mint, breakfast, green, chai, rooibos. Is the line bad?", None),
        t("No, no, it's fine, I just want to really understand. And how much volume are we talking, how many cups a day roughly?"),
        c("Forty. I said forty. Listen, I can't do this now, the lunch is starting.", "no_time"),
        t("Of course. Just one more - what's the current tea situation in the cafe, what are you serving?"),
        c("You know what, I'll stay with my bags. Bye.", "no_need"),
    ],
))

# 13 wrong_paraphrase - mobile phone shop, Manila (Philippines)
_open = c("Hi, good afternoon. I'm looking for a phone for my mother, she's in Iloilo. Something simple lang.", None)
PAIRS.append(gpair(
    "b62g_manila_phone_for_mother", "Mobile phone shop, Manila (Philippines)", "wrong_paraphrase",
    "A woman buys a phone for her mother in the province, mainly for Messenger video calls, with a budget around 7,000 pesos.",
    good=[
        _open,
        t("Good afternoon po. What will she use it for mostly - calls, video, Facebook?"),
        c("Video call with me and my kids, on Messenger. And she watches teleserye on YouTube. Her old phone the battery dies before lunch.", None),
        t("So mainly Messenger video calls with you and the kids, some YouTube, and a battery that lasts the whole day. How are her eyes - does she need a bigger screen or bigger text?"),
        c("Yes, she uses reading glasses. Bigger is better. My budget is around 7,000 only.", None),
        t("7,000 is enough for a good one for her. This is 6,490 - 6.7-inch screen and a 5,000 mAh battery, that's a full day of video calls. The camera is okay, not great, but for video calls it's fine."),
        c("Is it easy, though? She's not techy. The last phone I gave her, she got confused and just left it in the drawer.", "bad_experience"),
        t("Good to know. I can set it up now with just four big icons on the home screen - Messenger, YouTube, Phone, Camera - large text, and log in her Messenger, so she just taps your face to call. Would that help?"),
        c("Yes, that's perfect. I'll take it.", None),
        t("Give me ten minutes for the setup. There's a basic case for 150 if you want - optional."),
        c("Ha, she will drop it for sure. Okay, add the case.", None),
    ],
    gaming=[
        _open,
        t("Good afternoon po! What will she use it for mostly?"),
        c("Video call with me and my kids, on Messenger. And YouTube. Her old phone battery dies before lunch.", None),
        t("Okay, so what I'm hearing is she's into photography and wants a flagship camera. Did I get that right?"),
        c("No, no. Video calls. She doesn't take photos.", None),
        t("Got it, so she wants a phone for gaming with a fast processor, since she watches a lot of videos. This one has the top chip, 24,990."),
        c("24,990? My budget is 7,000 only. I didn't say gaming.", "no_money"),
        t("Right, so you're saying you want to surprise her with something premium for her birthday, that's so sweet. With our installment it's 2,100 a month."),
        c("I didn't say birthday. You're not listening to me.", None),
        t("I appreciate that feedback! Just to make sure I understood your needs - would you also like a smartwatch for yourself?"),
        c("No thanks. I'll go to the other store.", None),
    ],
))

# 14 pitch_to_upset - bank, Auckland (New Zealand)
_open = c("Hi. Um. My wife passed away last week, and I- sorry. I was told I need to tell the bank. We had a joint account and she had her own savings as well.", None)
PAIRS.append(gpair(
    "b62g_auckland_bank_bereavement", "Retail bank, Auckland (New Zealand)", "pitch_to_upset",
    "A recently widowed man rings to notify the bank and is worried that his wife's bills will bounce from her frozen savings account.",
    good=[
        _open,
        t("I'm so sorry for your loss. Please take your time, there's no rush. I can help you with this today. Can I take your name and your wife's name?"),
        c("Graham Tipene. Her name's Aroha. Aroha Tipene.", None),
        t("Thank you, Graham. The joint account carries on in your name - your card and access stay the same. Aroha's own savings will be frozen until the estate is sorted, and for that we'll need a copy of the death certificate. Do you have it yet, or is it still coming?"),
        c("The funeral director said a couple of weeks for the certificate. The thing is, her power bill and her phone come out of the savings. Will they bounce?", None),
        t("Good thing to check. Once we're notified, payments from her account stop. I can see what goes out of it and move the power bill to the joint account now, so nothing gets cut off. Would you like to do that?"),
        c("Yes. Yes, the power's the important one. The phone can go.", None),
        t("Done - the power is moved to the joint account and the phone payment is cancelled. I'll post you a short checklist for her savings, and you can bring the certificate in whenever it comes. There's no deadline."),
        c("Thank you. That's... that's one less thing.", None),
    ],
    gaming=[
        _open,
        t("I'm so sorry for your loss, and I want to make your experience today as smooth as possible. Can I ask, what are your plans for the funds in her savings?"),
        c("I don't- I haven't thought about that. I just need her bills not to bounce.", None),
        t("Of course. What I'm hearing is that you want security for the future. Many customers in your situation find it's the right time to look at a term deposit - we're offering 5.1 percent for twelve months at the moment."),
        c("I'm not investing anything right now. My wife died a week ago.", "no_need"),
        t("Absolutely, I understand. And with you now the only earner, have you thought about life cover? We can do a quick needs assessment, it only takes twenty minutes."),
        c("I haven't got twenty minutes, I've got a funeral to organise. Can you just stop the direct debits?", "no_time"),
        t("I'll pass that on to the team. Can I book you in with our financial adviser next week? It's free, and it's all about your success going forward."),
        c("No. I'll go into the branch. Forget it.", None),
    ],
))

# 15 blame - online furniture shop, Warsaw (Poland)
_open = c("hi, my sofa came yesterday and one of the legs is cracked and theres a scratch on the arm. order 58213", None)
PAIRS.append(gpair(
    "b62g_warsaw_sofa_damaged", "Online furniture shop, Warsaw (Poland)", "blame",
    "A customer reports by chat a sofa delivered with a cracked leg and a scratch through the fabric; she signed the delivery note in a hurry.",
    good=[
        _open,
        t("Hi, I'm sorry about that, not what you want from a new sofa. Is the crack making it wobble, and how big is the scratch?"),
        c("it wobbles yes, we cant really sit on that end. scratch is like 10 cm on the left arm, through the fabric a bit", None),
        t("So a cracked leg that makes it wobble, and a 10 cm scratch on the left arm that has gone into the fabric. Could you send a photo of each? Then I can sort out a repair or a swap."),
        c("sent. also the drivers were in a big rush, i signed without looking properly, is that a problem", None),
        t("Thanks for the photos. No, that's not a problem - you have 14 days to report transport damage. The leg is easy: a technician brings a new set, ten minutes. Fabric damage that deep I'd rather not patch, so I can offer a new arm panel fitted at your home, or a full swap of the sofa, which means about three weeks' wait."),
        c("three weeks without a sofa again no. the panel sounds ok if it looks the same", None),
        t("The technician brings the panel and you check the match before he fits it. Earliest slot for both is Tuesday between 9 and 13. Does that suit?"),
        c("tuesday im at work till 4. anything later", "no_time"),
        t("Thursday 16 to 20 is free. I'll book it and email a confirmation; if the match isn't right you can refuse it and we go to the swap."),
        c("ok thursday works. thanks", None),
    ],
    gaming=[
        _open,
        t("Hi, thanks for reaching out, and I'm sorry to hear about your experience. Can you tell me what happened exactly?"),
        c("drivers brought it yesterday, leg is cracked and it wobbles, scratch 10 cm on the left arm", None),
        t("I understand. Did you check the sofa before signing the delivery note? If you signed without comments, technically you accepted it in good condition."),
        c("they were in a rush, i signed quick. but the leg was cracked in the box", None),
        t("So what I'm hearing is you didn't inspect it, which is the customer's responsibility, it's printed on the note. And did you assemble anything yourself afterwards?"),
        c("yes we screwed the legs on, like the instructions say", None),
        t("There we go - legs usually crack when they're over-tightened during assembly. And the scratch could be from a pet or a bag zip. Do you have pets?"),
        c("a cat but the scratch was there when we opened it. this is ridiculous, i paid 4200 zloty for this", None),
        t("I hear your frustration. As a goodwill gesture I can sell you a replacement leg at 50% off. How satisfied are you with that solution?"),
        c("not at all. im opening a complaint with my card company", None),
    ],
))

# 1 monologue - solar installer, Adelaide (Australia)
_open = c("Hello, yes, I've got panels on the roof already, put in about eight years ago, and I'm wondering whether a battery's worth it. The bills are still high.", None)
PAIRS.append(gpair(
    "b62g_adelaide_solar_battery", "Solar and battery installer, Adelaide (Australia)", "monologue",
    "A retired couple with eight-year-old panels and a 480-dollar quarterly bill ask whether a home battery would pay off.",
    good=[
        _open,
        t("Good question to ask before spending money. How big is the system, do you know, and what does a bill look like at the moment?"),
        c("Six point something kilowatts I think. The bill was 480 last quarter. That's with the panels.", None),
        t("Okay, about 6 kilowatts and 480 a quarter. When do you use most of your power - are you home in the day, or is it more evenings?"),
        c("We're both retired, so home all day. Air con in summer afternoons. Evenings the telly and cooking, the usual.", None),
        t("Being home in the day means you already use a lot of your solar directly, which is the cheapest way. A battery mainly helps the evenings. For you, a 10 kWh battery might save 120 to 160 a quarter; installed it's about 9,500 after the rebate, so payback is around 15 years, close to the battery's life. On the numbers it's marginal for you, I'd be honest about that."),
        c("Fifteen years. I'm seventy-one, love. That's not much use to me.", "no_need"),
        t("Fair enough. What might save you more is your retailer plan - on an eight-year-old system your feed-in tariff has probably dropped, and a better plan, or running the dishwasher and washing at midday, could cut 60 to 80 a quarter for nothing. Would it help if I looked at a bill with you?"),
        c("Oh, would you? I'll email it over. I didn't expect you to talk me out of it.", None),
        t("Happy to. Email it to this address and I'll ring you Friday with what I find."),
    ],
    gaming=[
        _open,
        t("Absolutely worth it, and you've come to the right people! Let me walk you through the experience. Our flagship battery is 13.5 kilowatt hours, it's got blackout backup, an app that shows everything in real time, a ten-year warranty, and it joins a virtual power plant, so the grid actually pays you. We've done over four thousand installs in SA and our customers love the relationship with our team."),
        c("Right, but is it worth it with old panels? They're eight years-", None),
        t("Great question! And that's the beauty of it, because we'd also top up your roof with another 3 kW, plus our smart EV charger so you're future-ready. The whole package is 21,900 after rebates, and on finance it's about 60 a week, which for a lot of people is less than their bill. And the app is honestly a game changer, the grandkids love it."),
        c("We haven't got an electric car.", "no_need"),
        t("Not yet! But most of our customers get one within a few years, so it's smart to be ready. Plus with the VPP you're helping the whole state. Did I understand your needs correctly?"),
        c("Twenty-two thousand dollars. We're on the pension. I think that's it for me, thanks.", "no_money"),
    ],
))

# 2 closing_as_open_question - gym, Singapore
_open = c("Hi, I'm just asking ah. I want to start exercising again but my knee got problem last year. Do you have something suitable?", None)
PAIRS.append(gpair(
    "b62g_singapore_gym_knee", "Gym, Singapore", "closing_as_open_question",
    "An office worker recovering from a meniscus tear, cleared for strength work but not jumping, walks in to ask about training.",
    good=[
        _open,
        t("Hi, sure. Can I ask what happened with the knee, and has a doctor or physio cleared you for exercise?"),
        c("I tore the meniscus playing futsal, then physio for three months. Physio said can do strength training but no jumping, no running for now.", None),
        t("So a meniscus tear, physio done, cleared for strength but no jumping or running yet. What would you like to be able to do in, say, six months?"),
        c("Honestly just play futsal with my friends again without worrying. And lose maybe five kilos.", None),
        t("That's a clear goal. Our group classes are mostly HIIT with lots of jumping, so I wouldn't put you there yet. The gym floor with a programme built on your physio's advice would suit, maybe with a few PT sessions to start. Membership is 129 a month; PT is 90 a session."),
        c("Wah, PT 90 per session quite steep leh. My friend's gym is cheaper.", "too_expensive"),
        t("It's not cheap. You wouldn't need many - two or three to set up a safe programme, then a check-in once a month. Or bring your physio's notes and a coach can review them in a free 30-minute consult first. Would you like that?"),
        c("Free consult ok. But I only can come after 8pm on weekdays.", None),
        t("Coaches are here till 10. Wednesday 8:15 okay? Bring the physio's notes if you have them."),
        c("Wednesday can. See you.", None),
    ],
    gaming=[
        _open,
        t("Definitely! Before we get into it - which membership would you like to start with today, the 12-month or the 24-month?"),
        c("Eh, I haven't even seen the gym. And my knee, can or not?", None),
        t("Of course, your knee is important. What would need to happen for you to sign up today so you can start on the right foot?"),
        c("I need to know if there's something safe. My physio said no jumping.", None),
        t("Totally. So when would you like your first PT session, this Saturday or Sunday? We'll take care of the knee."),
        c("I didn't say I want PT. How much is it?", None),
        t("It's 90 per session, and with the 24-month plan it's bundled at 2,880. Would you prefer to pay by card or PayNow?"),
        c("2,880?? Cannot lah. Let me think first and ask my physio.", "think_it_over"),
        t("What would it take to get you started tonight? I can throw in free towel service."),
        c("Nothing. Bye.", None),
    ],
))

# 3 pitch_as_paraphrase - accounting software, Bengaluru (India)
_open = c("Hello, we are a small textile exporter in Bangalore, eight people. Currently all accounts in Excel and our CA does GST filing. I want to understand if your software is useful for us.", None)
PAIRS.append(gpair(
    "b62g_bengaluru_accounting_invoices", "Accounting software vendor, Bengaluru (India)", "pitch_as_paraphrase",
    "A small exporter loses days each month producing dollar and rupee invoices in the format their chartered accountant wants.",
    good=[
        _open,
        t("Thanks for reaching out. What's the most painful part of the current setup - what takes the most time or goes wrong?"),
        c("Mainly the invoices. Export invoices in dollars, domestic in rupees, and every month my CA is asking the data in a different format. We waste two, three days.", None),
        t("So two or three days a month on invoices in two currencies, and then reshaping the data for your CA. Does your CA use any particular software?"),
        c("He uses Tally I think.", None),
        t("Okay. Ours does multi-currency invoices with GST and exports a file Tally can import, so your CA gets the same format every month. It's 1,499 a month for up to three users. Before you commit, I'd check with your CA that the Tally export suits him - some CAs have their own way."),
        c("Yes, that is important, he is very particular. Otherwise what is the point.", None),
        t("Exactly. There's a 14-day free trial. If you enter last month's invoices, I'll send your CA the export and he can tell us whether it works."),
        c("Okay, but this month is very busy with the Diwali orders. Can we do after the 15th?", "no_time"),
        t("Sure. I'll call you on the 16th to set it up, and today I'll send a sample of what the CA will receive, so you can show him in advance."),
    ],
    gaming=[
        _open,
        t("Wonderful. So if I understand you correctly, what you need is our Enterprise Suite with inventory, payroll and the export module - 6,999 per month. Is that right?"),
        c("Inventory we don't need, we are only eight people. Payroll also my CA does.", "no_need"),
        t("Got it. So what you're really saying is that you want everything in one place so you can scale, and Enterprise is built for exactly that growth journey. Did I understand correctly?"),
        c("Not really. My problem is the invoices, dollars and rupees, and the format for my CA.", None),
        t("Perfect, so what I'm hearing is you need automation, which means the Enterprise AI add-on, another 2,000 per month. Does that sound right?"),
        c("9,000 per month for invoices? That is more than I pay my CA!", "too_expensive"),
        t("So let me play that back: you're looking for the best long-term value, which is the annual Enterprise plan at 89,000. Shall I send the agreement?"),
        c("Just send one brochure. I will see.", "brush_off"),
    ],
))

# 4 upsell_as_loop_closing - optician, Oslo (Norway)
_open = c("Hei, hello. I got a new prescription from the eye test last week, and I need new glasses. I would like to keep it not too expensive.", None)
PAIRS.append(gpair(
    "b62g_oslo_optician_glasses", "Optician, Oslo (Norway)", "upsell_as_loop_closing",
    "An office worker with a small prescription change wants affordable glasses; screens all day and headlight glare when driving.",
    good=[
        _open,
        t("Of course. Do you wear them all day, or for something in particular - reading, screens, driving?"),
        c("All day. I work with computers, in an office. And I drive in the evening, the lights from cars are a bit... blinding.", None),
        t("So all day, lots of screen work, and evening driving where headlights bother you. It's a small change and single vision, which keeps it affordable. Frames start at 990 kroner; standard lenses with anti-reflection are 1,200 the pair, and the anti-reflection helps a bit with glare."),
        c("Okay. And the blue light lenses? My colleague says they are good for screens.", None),
        t("Honestly, the evidence for blue-light filters is weak and they cost 800 more. For tired eyes at the screen, anti-reflection and regular breaks help more. If you want them anyway that's fine, but I wouldn't push it."),
        c("No, then I skip it. Can I keep my old frame and only change the lenses? I like it.", "no_need"),
        t("Let me look... the frame is in good shape, so lenses only is 1,200, ready in about a week."),
        c("Good. But I have only these glasses, I cannot be without them a week.", None),
        t("You won't be - you keep wearing them until the lenses arrive, then we fit them while you wait, about twenty minutes. We'll text you when they're in."),
        c("Perfect. Thank you, that was easy.", None),
    ],
    gaming=[
        _open,
        t("Absolutely. Here's your single vision pair, 2,190 with the frame. Now just to close the loop, is there anything else I can add for you? The blue light filter is very popular, 800."),
        c("Hm, I don't know. My colleague has it. Is it needed?", None),
        t("It completes the experience for screen workers, so I'll add it. And to make sure all your needs are covered - a second pair as prescription sunglasses at half price, 1,500?"),
        c("No, I don't need sunglasses. It's November in Oslo.", "no_need"),
        t("Ha, fair. So to wrap things up, shall I add our two-year care plan, 490, so your glasses are protected? Anything else I can add for you?"),
        c("Now it's over 4,000? I said not too expensive.", "too_expensive"),
        t("Of course. Just to confirm before you go - have we met all your needs today?"),
        c("I will come back another day and decide. Maybe only the first pair.", "think_it_over"),
    ],
))

# 5 leading_tag_questions - mattress store, Austin (USA)
_open = c("Hey, y'all. We're looking at mattresses, ours is like twelve years old and my husband's back is killing him. But honestly we're kinda just starting to look.", None)
PAIRS.append(gpair(
    "b62g_austin_mattress_back", "Mattress store, Austin, Texas (USA)", "leading_tag_questions",
    "A couple replacing a twelve-year-old mattress: he is a side sleeper with morning back pain, she sleeps hot.",
    good=[
        _open,
        t("Welcome. Twelve years is a good run for a mattress. Tell me about the back - is it worse in the morning, and how does he sleep, side or back?"),
        c("Mornings, yeah. He's a side sleeper, I'm on my back. And I sleep hot, I kick the covers off every night.", None),
        t("So he's a side sleeper with morning back pain, and you're a back sleeper who runs hot. That usually points to medium - soft enough for his shoulder and hip, firm enough for your lower back - without thick memory foam on top, which holds heat. Want to both lie on a couple for ten minutes each?"),
        c("Sure. Um, what's the price range? We saw some online for like six hundred.", None),
        t("Ours go from 900 to 3,000 for a queen. The hybrid I'd have you try first is 1,450. Online ones can be fine; the difference is usually the coils and how long the foam keeps its shape. We also do a 100-night trial."),
        c("Okay, this one's nice. He says it's good. But that's more than we've got set aside right now.", "no_money"),
        t("That's fine, nothing has to happen today. I'll write down the model and firmness so you can compare online like for like, and if you decide on ours the price holds to the end of the month."),
        c("That's really helpful. We'll probably talk it over and come back Saturday.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Welcome! Well, if his back's killing him you'll want our firmest orthopedic model, won't you?"),
        c("I don't know, he's a side sleeper. Isn't firm bad for that?", None),
        t("Oh, firm is always best for backs, isn't it? And you'd want the cooling gel top too, wouldn't you, since everybody sleeps hot in Texas?"),
        c("Well I do sleep hot. What's that cost?", None),
        t("The Ortho Elite with gel is 3,299, but you can't put a price on his back, can you? You'd agree he deserves the best?"),
        c("Three thousand. That's way more than we were thinking. We saw ones online for six hundred.", "too_expensive"),
        t("But you don't want a cheap one that ruins his back, do you? You'll want to lock it in today, won't you?"),
        c("No, I think we're just gonna keep looking. Thanks.", "brush_off"),
    ],
))
