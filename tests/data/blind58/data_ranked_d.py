"""Ranked pairs d01-d10: two decent conversations, `better` better in a way a coach would agree with."""
from common import c, rpair, t

PAIRS = []

# d01 funeral plan, Inverness, Scotland
o = c("Afternoon. I saw your advert in the paper about funeral plans. I'm seventy-four, my wife passed two years ago, and I don't want the kids having to sort it all like I did.", None)
PAIRS.append(rpair(
    "b58r_d01_inverness_funeral_plan",
    "Funeral director, Inverness, Scotland: a widower asks about a prepaid funeral plan. Better finds out what was hard last time (no wishes known, cost shock) and notes that writing wishes down is free; worse reads out the three plans.",
    [o,
     t("Afternoon. I'm sorry about your wife. It sounds like sorting hers fell on you. What was hardest about it, so we can make sure it doesn't land on your children the same way?"),
     c("Not knowing what she wanted, mostly. We'd never talked about it. And the cost was a shock, near five thousand, and I'd to wait on the bank.", None),
     t("So two things: clear wishes, and the money being there when it's needed. A plan covers both, but I'll say this too: writing your wishes down and telling the kids costs nothing, and that on its own helps a lot. Do you know what you'd want?"),
     c("Cremation, nothing fancy. A wee service at the crematorium, and I'd want the piper, same as Morag had.", None),
     t("A simple cremation, a short service and a piper. Our plan for that is 4,150, paid at once or over up to five years. Over five years it's about 76 a month, but that costs a bit more in total. Would you like to talk it over with the children first?"),
     c("Aye, I'll show my daughter. She's the sensible one. Can you post me the details?", "think_it_over"),
     ],
    [o,
     t("Afternoon, and I'm sorry for your loss. We have three plans: Simple at 3,400, Traditional at 4,150 and Premier at 5,600. Most people go for the Traditional. Have you any preference?"),
     c("I don't want anything fancy. Cremation.", None),
     t("Then the Traditional covers the cremation, a service, the hearse and one limousine. You can pay at once or monthly over up to five years."),
     c("What about a piper? My wife had one.", None),
     t("That's an add-on, 250. I'll put it in the quote. Shall I post it out?"),
     c("Aye, post it. I'll have a look with my daughter.", "think_it_over"),
     ]))

# d02 coworking, Mile End, Montreal
o = c("Hi! We're four people, we've been working out of my apartment for a year and it's getting a bit much. Looking for a private office, maybe?", None)
PAIRS.append(rpair(
    "b58r_d02_montreal_coworking_team",
    "Coworking space, Montreal, Quebec: a four-person startup wants a private office. Better learns the real pain is simultaneous calls, offers a cheaper option and a free trial week to test it; worse quotes the office, then desks, and invites a visit.",
    [o,
     t("Congrats on outgrowing the apartment! Before we talk offices, what isn't working there, specifically? Noise, space, meeting clients?"),
     c("Calls, mostly. We're all on calls with customers all day, and four people talking in one room is chaos. Also my partner would like his living room back.", None),
     t("So it's really about taking calls without talking over each other. A private office for four is 2,400 a month. But since the problem is calls, there's another option: four dedicated desks in the quiet zone, 1,500 total, plus the phone booths, which are free and bookable. How often are you all on calls at once?"),
     c("Like, constantly, between 10 and 2. The booths might all be taken. And 2,400 is steep for us, we're pre-revenue-ish.", "no_money"),
     t("Then let's test instead of guess. Take a free week on the desks, use the booths at your peak hours, and see if you get one when you need it. If not, we talk about the office, maybe on a three-month term instead of twelve."),
     c("A free week? Yeah, let's do that. Next Monday?", None),
     ],
    [o,
     t("Welcome! Our private offices for four are 2,400 a month, all-inclusive: internet, coffee, meeting room credits, mail handling. Twelve-month term."),
     c("2,400 is steep for us, we're pre-revenue-ish. Do you have anything smaller?", "no_money"),
     t("Dedicated desks are 375 each, so 1,500 for four. You'd be in the open area, but there are phone booths you can book."),
     c("We're on calls a lot. Would that work?", None),
     t("Lots of teams make it work. The booths are free and you book them in the app. Want to come and see the space?"),
     c("Honestly this week is nuts, we have a demo day Thursday. Maybe in a couple of weeks?", "no_time"),
     ]))

# d03 school uniform supplier, Kozhikode, Kerala
o = c("Good morning. I am the administrator at St. Joseph's school, Kozhikode. We have 1,100 students. Our uniform supplier is closing. We need a new supplier from June.", None)
PAIRS.append(rpair(
    "b58r_d03_kozhikode_school_uniforms",
    "School uniform supplier, Kozhikode, Kerala: a school administrator needs a new supplier. Better asks what parents complained about (queues, sizes running out) and shapes the offer around it; worse quotes prices and a deadline.",
    [o,
     t("Good morning. Thank you for considering us. Before prices, may I ask what worked and what didn't with the old supplier? I'd like to know what the parents complained about."),
     c("Quality was okay. Main complaint was parents had to go to their shop in town and stand in line, and sizes ran out in the first week of June.", None),
     t("So it's the queue and availability more than the cloth. We could do two things: a stall at the school for the first two weeks with stock in every size, and online orders with delivery. How many new admissions do you get each June?"),
     c("About 180 new, plus old students who outgrow. But the management wants the price for parents not above last year, 1,450 for a set.", None),
     t("I'll quote at 1,450 and bring the fabric so you can compare it with the old one. If we can't meet the quality at that price, I'll tell you honestly. Could I bring samples next week and measure a few classes, so we get the size ratios right?"),
     c("Next Wednesday. Bring samples, I will call the PTA president also.", None),
     ],
    [o,
     t("Good morning. We supply nine schools in Malabar. Our shirt and trouser set is 1,520, shirt and skirt 1,480. We can also embroider the logo."),
     c("The management wants the price not above last year, 1,450.", "too_expensive"),
     t("For 1,100 students I can bring it to 1,450. We'd need the order by end of March."),
     c("And stock? With the old supplier, sizes ran out in the first week.", "bad_experience"),
     t("We keep ten percent extra stock in every size. I can send you a formal quotation."),
     c("Send it, I will put it to the management.", "think_it_over"),
     ]))

# d04 courier returns, Poznan, Poland
o = c("Dzień dobry. We run an online shoe shop, about 400 orders a week. Returns are killing us, like 30 percent, and the returns process with our current courier is a mess.", None)
PAIRS.append(rpair(
    "b58r_d04_poznan_shoe_returns",
    "Courier company, Poznań, Poland: a shoe e-shop's returns are chaotic. Better finds that the real cost is staff matching unlabelled parcels and slow refunds, and offers to do the math on their numbers; worse describes the service and sends an offer.",
    [o,
     t("Dzień dobry. Thirty percent is normal for shoes, sadly. When you say the process is a mess, what happens? Customers struggling to send back, or you not knowing what's coming?"),
     c("Both, but mostly us. Parcels arrive with no order number and we spend hours matching them to refunds. Customers get angry because the refund takes two weeks.", None),
     t("So the real cost is your staff matching parcels and slow refunds, not the postage. Our return labels are created from your shop, so every return carries the order number in the barcode, and you get a notice the moment it's dropped at a parcel locker. You could even refund on drop-off. Which shop platform do you use?"),
     c("Shoper. How much per return? We pay 11 złoty now.", None),
     t("11.50 for locker returns, integration included. Fifty groszy more, but if it saves your staff ten hours a week it's cheaper. Could you share a month of return numbers? I'll show you the math on your own figures."),
     c("Okay, I'll send last month's. I still need to check with my partner.", "think_it_over"),
     ],
    [o,
     t("Dzień dobry. We have a returns service: the customer prints a label or uses a QR code at a parcel locker. 11.50 per return, and we integrate with most shop platforms."),
     c("We pay 11 now.", "too_expensive"),
     t("Ours puts the order number in the barcode, so you can match returns automatically. And there's full tracking."),
     c("Okay, that would help. Matching is a big problem for us.", None),
     t("I'll send you an offer and the integration guide."),
     c("Okay, just email it, I'm between two meetings.", "brush_off"),
     ]))

# d05 cloud hosting migration, Accra, Ghana
o = c("Hi, I'm the CTO at a payments startup in Accra. We're on a big US cloud and our bill is 11,000 dollars a month. The board wants it cut. I'm looking at you as an option.", None)
PAIRS.append(rpair(
    "b58r_d05_accra_fintech_cloud",
    "Cloud hosting provider, Accra, Ghana: a fintech CTO must cut an 11,000-dollar cloud bill. Better asks where the money goes, surfaces data residency as the real reason to move, and offers an honest comparison including staying put; worse leads with a 30-40% saving claim.",
    [o,
     t("Thanks for considering us. Before I pitch anything, where is the 11,000 going? Compute, databases, data transfer? Sometimes the saving is in the current setup, not in moving."),
     c("Honestly I'm not 100% sure. We grew fast. I know egress is big, we send a lot of reports to partner banks.", None),
     t("That's common. Two things matter for a payments company: the Bank of Ghana rules on where data lives, and latency to your partners. Do you need primary data stored in-country?"),
     c("Yes, the regulator wants it in Ghana. That's part of why I'm looking, we're running a workaround now.", None),
     t("Then that's a real reason to move, not only cost. We have a Tier III site in Accra. Suggestion: give us read access to your billing export, and in a week we'll show you what you'd pay with us and what you could cut where you are. If staying is cheaper, I'll say so."),
     c("That's fair. Migration scares me though, we had a bad one two years ago, three hours of payments down.", "bad_experience"),
     ],
    [o,
     t("Thanks for reaching out. We typically save customers 30 to 40 percent against the US hyperscalers, and we have a data centre in Accra, so latency is very low."),
     c("30 percent would be nice. But migration scares me, we had a bad one two years ago, three hours of payments down.", "bad_experience"),
     t("Our migration team handles it, with a plan and a rollback. Most migrations finish in four to six weeks."),
     c("Do you meet the Bank of Ghana data residency rules?", None),
     t("Yes, the Accra site is fully compliant. If you share your architecture, I can send a pricing proposal based on your current setup."),
     c("Okay, I'll have my team send something.", None),
     ]))

# d06 car rental, Hobart, Tasmania
o = c("Hi, we're flying into Hobart in January, family of five, three kids, twelve, nine and four. We want to do the east coast and Cradle Mountain, about ten days. What car should we get?", None)
PAIRS.append(rpair(
    "b58r_d06_hobart_family_car_rental",
    "Car rental, Hobart airport, Tasmania: a family of five plans a ten-day trip. Better asks about luggage and the booster before recommending and explains the trade-off in money; worse recommends first and leaves the customer unsure.",
    [o,
     t("Sounds like a great trip. Two things will decide it: how much luggage you're bringing, and whether the four-year-old still needs a seat."),
     c("A lot, honestly. Two big suitcases, a couple of duffels, and yes, she's in a booster.", None),
     t("Five people, two big cases plus bags, and a booster. A seven-seat SUV with the back row folded takes the luggage easily. A five-seater would be a squeeze with three kids across the back and a booster. Are you planning any gravel roads?"),
     c("Maybe up to the Freycinet lookout. What's the price difference? We're trying not to blow the budget on the car.", None),
     t("Freycinet's sealed, either car is fine. The seven-seater is about 135 a day in January, the five-seater 105, so 300 more over ten days. With three kids and that luggage, I'd still take the seven-seater. A booster from us is 9 a day, or bring your own."),
     c("We'll bring our own booster then. Book the seven-seater.", None),
     ],
    [o,
     t("For five people with luggage I'd recommend our seven-seat SUV, 135 a day in January. Child seats and boosters are 9 a day."),
     c("That's a lot over ten days. Is there something cheaper?", "too_expensive"),
     t("A five-seat SUV is 105 a day. It'd be tighter with three kids in the back."),
     c("How tight? We've got a lot of luggage.", None),
     t("The boot is about 500 litres, so it depends on your bags. The seven-seater has more room with the back row folded."),
     c("Hmm. I'll check with my husband and book online.", "think_it_over"),
     ]))

# d07 business English, Santiago, Chile
o = c("Hola, good afternoon. My company is sending me to a negotiation in Houston in April, and my English is... okay, but in meetings I freeze. I want classes.", None)
PAIRS.append(rpair(
    "b58r_d07_santiago_business_english",
    "Language school, Santiago, Chile: a manager freezes in English meetings. Better pins down that the problem is answering fast and disagreeing, and designs role-played sessions on his real negotiation; worse offers the standard course, then one-to-one.",
    [o,
     t("Good afternoon. Freezing in meetings is very common, even with good English. What happens exactly? Is it understanding them, or finding your words when it's your turn?"),
     c("Understanding is okay. When I have to answer fast, or disagree, I go blank. In Spanish I'm, how do you say, a very good negotiator.", None),
     t("So it's speed, and disagreeing politely under pressure, not vocabulary. A general course won't help much. I'd suggest one-to-one sessions where we rehearse your actual negotiation: you bring the topics, the teacher plays the Houston side. How much time do you have each week?"),
     c("Two hours maybe, I travel a lot. The company pays, but there's a limit, about 800,000 pesos.", None),
     t("Then ten one-hour sessions, twice a week until April, comes to 750,000, and they can be online when you travel. Start with a trial session: if the teacher's style doesn't suit you, we change teacher."),
     c("Perfect. Can we start next week?", None),
     ],
    [o,
     t("Good afternoon. We have a Business English course, level B2, Monday and Wednesday evenings, twelve weeks, 690,000 pesos. It covers meetings, presentations and negotiation."),
     c("Evenings are difficult, I travel a lot.", "no_time"),
     t("We also have one-to-one online classes at times you choose, same content. 800,000 for ten sessions."),
     c("That's exactly the company limit. Does it cover negotiation?", None),
     t("Yes, there's a negotiation module with the language for proposals, counter-offers and closing."),
     c("Okay, send me the information and I'll ask HR.", "think_it_over"),
     ]))

# d08 termites, Dallas, Texas
o = c("Hey there. I just found these little wings all over my windowsill, like hundreds. I googled it and I'm kinda freaking out it's termites. House is from 1978.", None)
PAIRS.append(rpair(
    "b58r_d08_dallas_termite_swarmers",
    "Pest control, Dallas, Texas: a homeowner finds swarmer wings. Better calms, asks where and what, refuses to guess before an inspection and asks what failed last time; worse names termites and the treatment over the phone.",
    [o,
     t("Okay, don't panic yet, that's a good catch. Wings on the sill can be termites or flying ants, they look alike. Did you keep any? And which part of the house, near any wood or a bathroom?"),
     c("I vacuumed most of them, sorry. It was the back bedroom, by the bathroom wall. There's a crack in the slab out back too.", None),
     t("No problem. A bathroom wall and a slab crack do fit subterranean termites, but I don't want to guess. The inspection is free and takes about an hour, with a moisture meter and a look for mud tubes. If it is termites, treatment for a house your size usually runs 1,200 to 2,500, depending on the method."),
     c("Oof. That's a lot. And the company we had years back did a treatment and they came back anyway.", "bad_experience"),
     t("That's worth knowing. Do you remember if it was a liquid barrier or bait stations? Either way, I'll have the inspector look at what failed before recommending anything, and any treatment comes with a renewable warranty in writing."),
     c("I think bait stations. Okay, can someone come Friday?", None),
     ],
    [o,
     t("Sounds like termites, unfortunately. Swarmers in spring are the classic sign. We'd recommend a liquid treatment around the foundation, usually 1,200 to 2,500."),
     c("Oof. The company we had years back did a treatment and they came back anyway.", "bad_experience"),
     t("Our liquid treatment is very effective and comes with a renewable warranty. An inspector comes out first to confirm and measure."),
     c("Okay. How soon can you come?", None),
     t("We've got Friday at nine. The inspection's free."),
     c("Nine on Friday's no good, I'm on shift at the hospital all day. Might have to be next week.", "no_time"),
     ]))

# d09 children's optician, Hanoi, Vietnam (typed chat)
o = c("chao, my son is 9, teacher says he cannot see the board. he squints at tv. i want to know about glasses for children", None)
PAIRS.append(rpair(
    "b58r_d09_hanoi_child_myopia",
    "Optician, Hanoi, Vietnam: a mother asks about glasses for her short-sighted son. Better explains the eye-drop test children need, picks up the screen time and is honest about when special lenses are worth it; worse lists frame prices and offers blue-light lenses.",
    [o,
     t("chao chi, thanks for messaging. before glasses he needs a proper eye test. for children we use drops to relax the eye, otherwise the number can be wrong. has he had an eye test before?"),
     c("no never. but he plays ipad very much, maybe 3 hour a day", None),
     t("that's useful to know. in kids, lots of screen and little time outdoors can make short sight get worse faster. after the test, if he needs glasses, we'll also talk about slowing it down: more time outside, and there are special lenses, but they're not for every child. the test with drops is 300,000 dong"),
     c("the special lens is it expensive. my neighbor paid very much", None),
     t("around 4 million for the pair, normal kids glasses are about 900,000. we only suggest the special ones if his number is high or rising fast, so let's see the test first. saturday morning is good for kids, the drops make the eyes blurry for a few hours"),
     c("ok saturday 9h. thank you", None),
     ],
    [o,
     t("chao chi! we have many children frames, flexible and strong, from 500,000. lenses from 400,000. he needs an eye test first, 150,000"),
     c("ok. he plays ipad 3 hour a day, is that a problem", None),
     t("yes, too much screen is not good for eyes, try to reduce it. we also have blue light lenses for +300,000"),
     c("hmm i dont think so. my neighbor said blue light lens does not help", "no_need"),
     t("it's optional. you can come any day for the test"),
     c("ok maybe saturday", "brush_off"),
     ]))

# d10 wedding venue (riad), Fes, Morocco
o = c("Bonjour, we are planning our wedding in Fès next May, around 120 guests, half from France and half family from Fès. We saw your riad on Instagram.", None)
PAIRS.append(rpair(
    "b58r_d10_fes_riad_wedding",
    "Wedding riad, Fès, Morocco: a French-Moroccan couple must satisfy two families. Better asks about the mix of traditions first and proposes a way to hold both (and the wine question) before quoting; worse quotes packages and offers wine in the drinks package.",
    [o,
     t("Bonjour, and congratulations. With half the guests from France and half from Fès, the two families may expect different things. Is it a traditional Moroccan wedding, a French-style one, or a mix?"),
     c("A mix, and honestly that's the problem. My mother wants the full night, the negafa, the amaria, everything. His parents expect a dinner and dancing that ends at one.", None),
     t("That's very common, and it can work. Some couples do it in two parts: the French-style dinner first, then the traditional part from midnight, so anyone who wants to leave early can. The riad seats 120 in the courtyard. Is alcohol a question for the families?"),
     c("Yes, a bit sensitive. Some wine for his side, but my family wouldn't want it on the tables.", None),
     t("We can serve wine only at a separate bar on the terrace, away from the courtyard. For 120 guests the full evening, with dinner, negafa and a band, is around 210,000 dirhams. I'd also suggest a video call with both your mothers, it helps more than emails."),
     c("That's a bit more than we planned, but the video call, yes. Let me talk to him and I'll write next week.", "think_it_over"),
     ],
    [o,
     t("Bonjour, congratulations! Our riad seats 120 in the courtyard. The full evening package with dinner, music and decoration starts at 190,000 dirhams, and the traditional extras, negafa and amaria, are 20,000 more."),
     c("We want both, traditional and French, and that's a bit difficult with the families.", None),
     t("Many couples do that. We can arrange a DJ for the second part of the night and a traditional orchestra."),
     c("And alcohol? His family will expect wine.", None),
     t("We can serve wine, it's in the premium drinks package."),
     c("Hmm. My family wouldn't like it on the tables. Let me talk to my fiancé.", "think_it_over"),
     ]))
