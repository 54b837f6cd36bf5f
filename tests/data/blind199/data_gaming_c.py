"""Gaming pairs, part C (b199): farming and rural supply, US Midwest / Australia / Kenya. Hand-written."""
from common import c, gpair, t

PAIRS = []

# 21. putdown_question -- Bendigo livestock equipment, late sheep yards
_open = c("Hi, it's Marg Henderson. I ordered portable sheep yards six weeks ago, you said they'd be here before shearing. Shearers are coming Monday and I've got nothing. I'm pretty cranky, I won't lie.", None)
PAIRS.append(gpair(
    "b199g_bendigo_sheepyards", "livestock handling equipment supplier, Bendigo VIC", "putdown_question",
    "A sheep farmer near Bendigo rings the equipment supplier: portable yards promised before shearing haven't arrived and the shearers come Monday.",
    good=[
        _open,
        t("Marg, I'm sorry, that's a real problem with shearers booked. Let me pull up the order... I've got it. The yards came in from the factory late, they're sitting in our Ballarat yard now. Have you got any other way to yard the sheep Monday if they don't arrive?"),
        c("I could borrow the neighbour's, but he's shearing himself this week. I need mine.", None),
        t("Understood. Our truck goes up to Bendigo on Thursday. I'll get your yards on it, delivered to your place Friday afternoon, with someone to help you set them up. Does Friday afternoon work?"),
        c("Friday's fine, as long as it actually happens this time. I've had promises from you lot before.", "bad_experience"),
        t("Fair enough. I'll ring you Thursday once it's loaded and send you the driver's number. And we'll take the delivery charge off for the delay."),
        c("Alright. Thursday then. Thanks for sorting it.", None),
        t("I'll be in touch Thursday afternoon. Good luck with the shearing."),
    ],
    gaming=[
        _open,
        t("Okay, let's take a breath. Why are you getting so worked up over a few panels, what's actually happened?"),
        c("What's happened is you promised them before shearing, and shearing is Monday!", None),
        t("Right. And did you actually read the delivery estimate on your invoice, or did you just assume?"),
        c("It says four to six weeks. It's been six weeks. I'm not assuming anything.", None),
        t("Sure. But honestly, don't you think it's a bit much to organise shearing around a delivery that hadn't arrived yet? What would you like me to do, magic them there?"),
        c("I'd like you to tell me when they'll be here. You know what, cancel the order, I'll get yards from the stock agent.", None),
        t("You can, but is cancelling really the sensible thing this late? There's a restocking fee. Did you read that bit?"),
        c("Put me through to your manager.", None),
    ],
))

# 22. not_my_department_or_read_the_terms -- Nyeri coffee cooperative
_open = c("Good morning. I delivered my cherry in November, over four hundred kilos, and the payment is not yet in my account. Also I want to ask about fertiliser on credit for the long rains.", None)
PAIRS.append(gpair(
    "b199g_nyeri_coffeecoop", "coffee farmers' cooperative society office, Nyeri", "not_my_department_or_read_the_terms",
    "A coffee farmer near Nyeri visits her cooperative's office: her November cherry payment hasn't come and she wants fertiliser on credit.",
    good=[
        _open,
        t("Good morning. Let me help with both. Can I have your member number, so I check the November delivery?"),
        c("It is 2217. Wanjiru Maina.", None),
        t("Thank you. I see four hundred and eighteen kilos delivered in November. The payment from the miller came last week and the society is paying out by Friday. Your name is on the list, so you should see it by Friday afternoon. For the fertiliser, members can take up to three bags on credit, recovered from the next payment. How many bags do you need?"),
        c("I wanted four. Last year they gave me credit but they deducted too much interest, I did not like it.", "bad_experience"),
        t("I understand. This year the committee removed the interest, there's only a handling charge of fifty shillings a bag. The limit is three bags on credit; a fourth you would pay cash, three thousand five hundred."),
        c("Then I take the three on credit. The fourth, I will decide after the payment comes.", "think_it_over"),
        t("Good. Sign here for the three, and collect them from the store on Monday. If the payment isn't there by Friday, come back and ask for me, Joseph."),
        c("Thank you, Joseph.", None),
    ],
    gaming=[
        _open,
        t("Good morning mama, you are welcome. Your satisfaction is very important to us. But payments are not my department, you need to see the accounts office."),
        c("The accounts office sent me here. They said the front office handles member questions.", None),
        t("I understand your frustration. But the payment schedule is decided by the board, I didn't make the rules. It is in the by-laws, you can read them on the notice board."),
        c("I am not asking about rules. I am asking when my money is coming. I have children in school.", None),
        t("I hear you. Is there anything else I can help you with today?"),
        c("Yes, the fertiliser on credit. Last year they charged me too much interest, so before I take it again I want to know the terms.", "bad_experience"),
        t("Fertiliser credit is with the field officer, he comes on Thursdays. The terms are on the credit form, please read them carefully before you sign."),
        c("Every week I come here and nobody helps me. I am going to the chairman.", None),
    ],
))

# 23. social_proof_or_deadline_pressure -- South Dakota feed dealer, high-mag mineral
_open = c("Yeah, this is Lyle. Lost two cows to grass tetany last spring. Vet said I ought to look at a high-mag mineral before we turn out. What do you have?", None)
PAIRS.append(gpair(
    "b199g_southdakota_himag", "feed and mineral dealer, Mitchell SD", "social_proof_or_deadline_pressure",
    "A rancher near Mitchell, South Dakota calls the feed dealer about a high-magnesium mineral after losing cows to grass tetany.",
    good=[
        _open,
        t("Sorry about the cows, Lyle, those are hard losses. How many head are you running, and when do you usually turn out?"),
        c("About a hundred and forty cows. Turnout's usually early May, onto brome.", None),
        t("A hundred and forty head onto lush brome in early May, that's the classic tetany setup. I'd start a high-mag mineral about three weeks before turnout and keep it going through the first six weeks of grass. Are they on free-choice mineral now, and do they eat it well?"),
        c("Free-choice, loose, in tubs. They eat it okay. Problem is the high-mag stuff tastes bad, I tried some once and they wouldn't touch it.", "bad_experience"),
        t("That's true of some. Ours has molasses in it and most herds take it fine, but I can't promise yours will. I'd buy two bags first, put them out a month early and watch the intake. If they eat it, then order the rest."),
        c("How much is a bag?", None),
        t("Thirty-four for a fifty-pound bag. For your herd you'd go through about twenty bags over the risk period. Start with two and see."),
        c("Alright. Two bags, I'll pick them up Saturday.", None),
    ],
    gaming=[
        _open,
        t("Great call, Lyle. Let me tell you, every rancher in Davison County is on our HiMag program this year. Your neighbors, the Schroeders, the Millers, all of them."),
        c("I don't care what the Millers do. Will my cows eat it? Last time I bought high-mag they wouldn't touch it.", "bad_experience"),
        t("I hear you, and that's why our whole relationship is built on trust. Ninety-five percent of herds eat it no problem, you'll be fine. But I can only hold the pallet price until Friday. After that it jumps six bucks a bag."),
        c("I need maybe twenty bags over the spring. I'm not buying a pallet.", "no_need"),
        t("A pallet's forty bags, and with the price going up it pays for itself. Everybody's stocking up before the deadline. I've only got three pallets left."),
        c("Forty bags at thirty-four is way more than I'd spend on mineral. I'll look around.", "too_expensive"),
        t("Totally get it. Just know once these are gone, they're gone. Shall I hold one for you until Friday noon?"),
        c("No. I'll call you if I want something.", "brush_off"),
    ],
))

# 24. keyword_stuffed -- Narrabri grain trader, forward contract
_open = c("G'day. I'm thinking about forward selling some wheat before harvest. Crop looks alright, but I'm nervous about committing tonnes I might not grow. How does it work with you blokes?", None)
PAIRS.append(gpair(
    "b199g_narrabri_forwardwheat", "grain trader, Narrabri NSW", "keyword_stuffed",
    "A dryland grower near Narrabri rings a grain trader about forward-selling part of his wheat before harvest.",
    good=[
        _open,
        t("G'day. Good thing to ask first. Roughly how many hectares of wheat have you got in, and what might it yield if the season finishes okay, and if it doesn't?"),
        c("About eighteen hundred hectares. If we get a finish, maybe two and a half tonne. If it turns dry, one and a half or less.", None),
        t("So somewhere between about twenty-seven hundred and forty-five hundred tonnes, depending on the finish. Most growers in your spot only sell what they're confident of, often a quarter to a third of the low number, so maybe seven to nine hundred tonnes. If you contract tonnes and can't deliver, you buy back the shortfall at the market price, and that can hurt."),
        c("Yeah, that's what got me in 2019. Sold forward, didn't grow it, cost me a packet to wash out.", "bad_experience"),
        t("That's exactly the risk. There's also a contract with a production clause: a bit lower price, but you only have to deliver what you grow, up to the contracted tonnes. Today it's about twelve dollars under the straight forward price for APW1 into Narrabri."),
        c("Twelve bucks under is a fair bit. Let me think about which way, and I'll talk to my accountant.", "think_it_over"),
        t("Sure. I'll email both prices and the contract terms today, with the washout clause marked so your accountant can see it. Prices move daily, so ring me when you're ready and I'll give you the live number."),
        c("Good, thanks.", None),
    ],
    gaming=[
        _open,
        t("G'day, thanks so much for reaching out. I really value our relationship and I want to understand your needs and your goals for this season. How are you feeling about your marketing journey?"),
        c("Nervous, like I said. I don't want to sell tonnes I don't grow.", None),
        t("Absolutely, and I hear that. Your success is our success. What I'm understanding is that you need a partnership that supports your experience as a grower. We're all about creating value and meeting your needs."),
        c("Righto. So how does the contract work if I don't grow the tonnes?", None),
        t("Great question, really insightful. Our contracts are designed around your needs and your success. We understand how you feel, and we're committed to a great experience for every grower."),
        c("That's not an answer, mate. Last time I forward sold with a trader I got stung on the washout, and I'm not keen to do it blind again.", "bad_experience"),
        t("I really feel you there, and thank you for sharing. Understanding your experience helps us deliver success. Is there anything else you need to feel satisfied today?"),
        c("I'll leave it for now. Send me the terms and I'll read them myself.", "brush_off"),
    ],
))

# 25. rude -- Missouri baler repair
_open = c("Hi, my round baler's not wrapping net right, it tears or it won't catch. I've got two hundred acres of hay down and rain coming Thursday. Can y'all look at it today?", None)
PAIRS.append(gpair(
    "b199g_missouri_balernet", "farm equipment dealer service shop, Springfield MO", "rude",
    "A hay farmer near Springfield, Missouri brings his round baler to the dealer's shop: the net wrap keeps tearing and his hay is down.",
    good=[
        _open,
        t("Rain Thursday with hay down, let's move. Is it tearing right at the start of the wrap, or catching and breaking partway? And how old's the net roll?"),
        c("It catches, wraps maybe half a turn, then tears. New roll, a cheaper brand than I usually get.", None),
        t("Half a turn and it tears, on a new cheaper roll. It could be the net, some budget brands stretch differently, or the brake tension could be off. Danny can check the brake right now, it's a twenty-minute job if that's it. I'd also try a roll of the brand you normally use."),
        c("The good net's eighty bucks more a roll. I switched because of the price.", "too_expensive"),
        t("That's fair. Let's adjust the brake with your roll first. If it still tears, I'll let you run one bale on a roll of the good stuff right here, so you know if it's the net before you spend anything."),
        c("That works. How long?", None),
        t("Danny can start in ten minutes. Grab a coffee, you'll be out of here within the hour if it's the brake."),
        c("Good. Appreciate it.", None),
    ],
    gaming=[
        _open,
        t("Today? You and every other guy with hay down. Sure. What's it doing?"),
        c("It catches, wraps half a turn, then tears. New roll.", None),
        t("Let me guess, you bought the cheap net. Yeah, that's your problem right there. You get what you pay for, buddy."),
        c("It might be, but can somebody check the brake? It's been sticking.", None),
        t("We're backed up till Monday. You want it today, adjust it yourself, the manual's online. You can read a manual, right?"),
        c("Monday's no good, my hay'll be ruined by then. I'll take it to the Kubota place.", "no_time"),
        t("Go ahead. Anything else?"),
        c("No. That's it.", None),
    ],
))

# 26. ignored_customer -- Roma stock trailer
_open = c("Hi there, Kylie from out Mount Abundance way. We're after a stock crate, gooseneck probably. Thing is we tow with a 70 Series single cab, so I need to know what we can legally pull.", None)
PAIRS.append(gpair(
    "b199g_roma_stockcrate", "trailer and stock crate dealer, Roma QLD", "ignored_customer",
    "A station manager near Roma rings a trailer dealer about a gooseneck stock crate and what her single-cab ute can legally tow.",
    good=[
        _open,
        t("Hi Kylie, good question to start with. The 70 Series is rated for three and a half tonne braked, and with a gooseneck it also depends on the hitch and rear axle load. What are you carting, and about how many head a load?"),
        c("Weaners mostly, to the saleyards at Roma. Maybe twelve to fifteen head a load.", None),
        t("Twelve to fifteen weaners is around three tonne of cattle, plus the crate itself. That's over what the ute can legally pull. A smaller crate for about eight weaners keeps you under three and a half tonne all up. For fifteen a trip you'd need a bigger truck."),
        c("Eight a load means twice the trips. That's a lot of hours on the road. And there's no budget for a truck.", "no_money"),
        t("Understood. So it's more trips with the ute, or a carrier for the big loads. Plenty of places do both: a small crate for odd lots and a carrier on sale day. Want me to price the eight-head crate, and give you the number of a carrier in Roma who does weaner loads?"),
        c("Yeah, do both. I'll run it past the owner next week.", "think_it_over"),
        t("Done. I'll email the quote and the carrier's details this afternoon."),
    ],
    gaming=[
        _open,
        t("Hi Kylie! Great to hear from you. Tell me, what's your main concern with the new crate?"),
        c("That it's legal behind the single cab. We tow with a 70 Series.", None),
        t("Love it. So our best seller is the eighteen-head triple-axle gooseneck, brand new, fifty-four thousand. Beautiful thing."),
        c("Eighteen head? Is that even legal behind a 70 Series? That's what I asked.", None),
        t("Great question. How many head do you usually cart?"),
        c("Twelve to fifteen weaners. But what can the ute pull? Nobody's answering that.", None),
        t("Perfect, then the eighteen-head's right for you, plenty of room. Can I take a deposit to hold it?"),
        c("A crate I mightn't even be allowed to tow? No thanks. I'll ring the dealer in Toowoomba.", "no_need"),
    ],
))

# 27. repeated_questions -- Nanyuki electric fencing against elephants
_open = c("Good morning. Elephants are coming into my wheat at night and breaking the fence. I have tried thorn bushes and the old wire. I need an electric fence that can keep them out.", None)
PAIRS.append(gpair(
    "b199g_nanyuki_elephantfence", "fencing supplier, Nanyuki, Laikipia", "repeated_questions",
    "A wheat and sheep farmer near Nanyuki visits a fencing supplier because elephants keep breaking into her wheat at night.",
    good=[
        _open,
        t("Good morning. Elephants are hard, but electric fences do work when they're built right. How long is the boundary where they come through, and is there power there, or will it be solar?"),
        c("The side near the forest is about one and a half kilometres. No power, we would need solar.", None),
        t("One and a half kilometres, solar. For elephants we use high wires, usually with an offset outrigger, and a strong energiser. Is the wheat the only thing on that side, or do the sheep graze there too?"),
        c("Only wheat on that side. The sheep are near the house. But my neighbour put up an electric fence and the elephants just pushed down the posts.", "bad_experience"),
        t("That happens when the posts are weak or the fence isn't live all night. Elephants test a fence; if it bites every time, they learn. Steel posts, and the energiser checked every week. For one and a half kilometres the materials are about three hundred and eighty thousand shillings, plus installation."),
        c("Three hundred and eighty thousand. I don't have that this season, the wheat price was bad.", "no_money"),
        t("I understand. Two things: the conservancy sometimes shares the cost on forest boundaries, I can give you their contact. Or build the worst five hundred metres first, where they come through most, and extend later."),
        c("The five hundred metres first, that I can consider. Write me the cost for that.", None),
        t("I'll write it now, it's about one hundred and thirty thousand for materials. Take it to the conservancy office as well."),
        c("Thank you. I will go there this week.", None),
    ],
    gaming=[
        _open,
        t("Good morning! Tell me about your fencing needs."),
        c("Elephants break my fence at night. The side near the forest, one and a half kilometres. No power, so solar.", None),
        t("Okay. So, what problem are you trying to solve with the fence?"),
        c("The elephants. As I said.", None),
        t("Right, and how long is the fence line you're thinking about?"),
        c("One and a half kilometres. I told you.", None),
        t("Great. And what animal are we trying to keep out, exactly?"),
        c("Elephants! My neighbour bought an electric fence and the elephants still came through. I am starting to think this is a waste of money.", "bad_experience"),
        t("I hear you. Just so I fully understand, will you be using power from the grid, or solar?"),
        c("I said solar. I don't have time for this today, I will come back another day.", "no_time"),
    ],
))

# 28. wrong_paraphrase -- Kansas grain elevator, delayed-price contract
_open = c("Hi, this is Marty Regier. Bins at home are full and I've got about twenty thousand bushels of wheat still to haul. I don't want to sell at this price. Somebody said you do a delayed-price contract?", None)
PAIRS.append(gpair(
    "b199g_kansas_delayedprice", "grain elevator, Salina KS", "wrong_paraphrase",
    "A wheat farmer near Salina, Kansas calls the elevator about a delayed-price contract because his own storage is full.",
    good=[
        _open,
        t("Hi Marty, we do. So about twenty thousand bushels, no room at home, and you don't want to sell at today's price. Is the plan to hold it a few months and price it later?"),
        c("Yeah, hopefully before spring. I think wheat's low right now.", None),
        t("With a delayed-price contract you deliver now, title passes to us, and you price it any day before the deadline, March 31 on this one. There's a service charge of four cents a bushel a month. And to be straight with you: since title passes, if an elevator ever went under you'd be an unsecured creditor. Most folks are fine with that, but you should know."),
        c("Four cents a month, so by March that's what, twenty cents? That eats into it pretty good.", "too_expensive"),
        t("Right, about twenty cents by the end of March. So wheat would need to gain more than that to beat selling now. The other route is sell now and buy a call option, if you're comfortable with that. Want me to send both side by side?"),
        c("Send them. I'll go over it with my marketing guy at the bank.", "think_it_over"),
        t("I'll email them this afternoon. You can start hauling in whenever you're ready, either way."),
    ],
    gaming=[
        _open,
        t("Hi Marty! So what I'm hearing is you want to sell your wheat today and lock in the price. Is that right?"),
        c("No. I don't want to sell at this price. I want to put it with you and price it later.", None),
        t("Got it. So to play it back, you're looking to buy more bin space from us long-term, maybe a storage agreement for the next few years?"),
        c("I didn't say years. Just till spring. Twenty thousand bushels.", None),
        t("Perfect, so you're telling me you want our hedge-to-arrive on next year's crop too, to manage risk. Love that."),
        c("I never said a word about next year. You're not listening. How much does the delayed-price cost a month?", None),
        t("So what you're saying is cost isn't really a concern as long as you get a good price. Great. I'll set up the paperwork."),
        c("Don't set up anything. I'll drive over and talk to somebody in person.", None),
    ],
))

# 29. pitch_to_upset -- Gippsland vet clinic, working dog died
_open = c("Yeah, it's Ron Baxter. About Bluey, the kelpie. He, um, he didn't make it. I got your bill this morning and I just, I want to know what happened. I thought the antivenom would fix him.", None)
PAIRS.append(gpair(
    "b199g_gippsland_kelpie", "mixed-practice vet clinic, Leongatha VIC", "pitch_to_upset",
    "A dairy farmer near Leongatha rings the vet clinic the day after his working dog died from a snakebite despite treatment.",
    good=[
        _open,
        t("Ron, I'm really sorry about Bluey. I know he was a big part of the farm. Would it help if I went through what happened overnight first, and then we talk about the bill?"),
        c("Yeah. Yeah, please.", None),
        t("He came in about two hours after the bite, from what you told us. Dr Anand gave him the antivenom straight away, and he picked up at first. Around three in the morning his kidneys started to fail, which can happen with brown snake bites even with treatment. She tried fluids, but he passed at about five. She was with him."),
        c("Two hours. I was out on the back paddock. I should've found him sooner.", None),
        t("You got him here as fast as you could. Some dogs bitten by browns don't make it even when they arrive in minutes. About the bill, it's eighteen hundred. If that's hard right now, we can spread it over a few months, no interest."),
        c("It's a lot. We're not exactly flush with milk prices how they are. Spreading it would help.", "no_money"),
        t("Let's do that. I'll set it up over four months and email you the details today. And Dr Anand said she's happy to ring you herself if you have more questions."),
        c("Thanks. I'd like that. Tell her thanks for staying with him.", None),
    ],
    gaming=[
        _open,
        t("Oh Ron, I'm so sorry, I completely understand how you feel. Losing a dog is so hard. While I've got you, have you thought about our Working Dog Wellness plan for your next dog? It includes snake-avoidance training and discounted vaccinations."),
        c("My next dog? He died yesterday.", None),
        t("I hear you, and that's exactly why I'm mentioning it, so this never happens again. And for the bill, what I'm hearing is you want value, so if you sign up for the plan today we can take ten percent off Bluey's bill."),
        c("I don't want a plan. I want to know why he died after the antivenom.", "no_need"),
        t("Totally. Those details are with the vet. But the plan's only forty a month and covers everything. A lot of farmers in the district have it on all their dogs."),
        c("Forty a month, on top of eighteen hundred? You're joking. I'll come in and talk to the vet myself.", "too_expensive"),
    ],
))

# 30. blame -- Thika pump shop, seized petrol pump
_open = c("Hello. This pump I bought here two months ago has stopped. It makes a knocking sound and then it stops. I have tomatoes in the field, they need water every two days.", None)
PAIRS.append(gpair(
    "b199g_thika_waterpump", "water pump and irrigation shop, Thika", "blame",
    "A horticulture farmer near Thika returns to the pump shop: the petrol water pump she bought two months ago has seized, and her tomatoes need water.",
    good=[
        _open,
        t("Hello. Sorry, with tomatoes you can't wait. Knocking then stopping can be the engine oil. When did you last check or change the oil, and how many hours does it run each time?"),
        c("About four hours every two days. Oil, I put when I bought it. Nobody told me to change it.", None),
        t("That's on us, we should have told you. The first oil change is after twenty hours, then every fifty. At your use it was due after about a month. The dipstick shows it very low and black. The engine may be damaged, or it may be fine with fresh oil."),
        c("If the engine is spoiled I cannot buy another pump. I used all my money for seedlings.", "no_money"),
        t("It's under six months warranty, and since nobody explained the oil, I won't argue about the warranty. I've changed the oil now and it runs, but there is still a small knock. Take our loan pump today so your tomatoes get water, and our mechanic opens yours tomorrow."),
        c("Thank you. When will I get mine back?", None),
        t("By Friday. I'll call you Thursday evening with what the mechanic found. Here is a card with the oil schedule."),
        c("Okay. Friday.", None),
    ],
    gaming=[
        _open,
        t("Okay, let me understand your experience. Did you put oil in it?"),
        c("Yes, when I bought it.", None),
        t("Only when you bought it? Two months ago? Then you have spoiled it yourself. Everyone knows a pump needs its oil changed."),
        c("Nobody told me. The salesman only said put petrol.", None),
        t("The manual says it clearly on page four. Did you read the manual? It's not our job to teach customers how to use a pump."),
        c("The manual is in very small letters. Anyway, it is under warranty, no?", None),
        t("Warranty doesn't cover misuse, and not changing oil is misuse. So what I'm hearing is you want us to pay for your mistake."),
        c("I am asking you to help me. My tomatoes will dry. I will report this shop.", None),
    ],
))
