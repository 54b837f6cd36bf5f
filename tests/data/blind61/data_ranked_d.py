"""Ranked pairs d01-d10 (blind61, prefix b61): two decent conversations with the same customer;
`better` is better in a way a sales coach would agree with, `worse` is competent but shallower."""
from common import c, rpair, t

PAIRS = []

# d01 coffee roaster -> new cafe
o = c("Hi, I run a little cafe on the harbour, opened in March. We've been using supermarket beans and customers are... let's say not raving. What would it cost to switch to yours?", None)
PAIRS.append(rpair(
    "b61r_d01_coffeeroaster_harbourcafe",
    "A new cafe owner rings a small coffee roaster about wholesale beans; the real problem may be an old grinder and untrained weekend staff rather than the beans.",
    better=[o,
            t("Happy to give you prices, they depend a bit on volume. Can I ask first what machine you've got and who's making the coffee? 'Not raving' can be the beans, but it's often the grinder or how it's dialled in."),
            c("A two-group machine, second-hand. The grinder came with it. It's mostly me, and two students at weekends. About eight kilos a week, I think.", None),
            t("Eight kilos is a good size. If the grinder's old, fresh beans will help but it might still taste flat. Our house blend is 19.50 a kilo at that volume. I'd like to come in one morning, check the grinder burrs and show your students how to dial in. If it's the grinder, I'll tell you before you spend anything on beans."),
            c("19.50, hm, the supermarket stuff is like eleven. That's quite a jump.", "too_expensive"),
            t("It is, about 68 more a week. At a double shot a cup, that's around 14p a cup. If it lets you sell a few more cups, or charge 20p more, it pays for itself. But let's taste first. Tuesday before you open?"),
            c("Tuesday at seven. Bring some of the blend and we'll see what the students make of it.", None),
            ],
    worse=[o,
           t("Sure. Our house blend is 19.50 a kilo, the single origins are 24 to 28. How many kilos a week do you use?"),
           c("About eight. But 19.50, the supermarket stuff is like eleven. That's quite a jump.", "too_expensive"),
           t("I understand. Ours is freshly roasted, usually within a week of delivery, which makes a big difference to the taste. Customers do notice."),
           c("I suppose. The machine's second-hand and the grinder's older than me, does that matter?", None),
           t("Fresh beans will still be a big step up. I'll send you a free kilo of the house blend to try, and if you like it we can set up a weekly delivery."),
           c("Okay, send it over. We'll see.", None),
           ]))

# d02 driving school
o = c("Hiya. I'm thirty-four and I've failed my test twice. I was thinking about one of those intensive one-week courses to just get it done.", None)
PAIRS.append(rpair(
    "b61r_d02_drivingschool_twofails",
    "An adult learner who has failed twice asks a driving school for an intensive course; the second fail was nerves after a small bump in her mum's car.",
    better=[o,
            t("Two fails is more common than people think. Before we talk courses, what happened on the tests? What did the examiner mark you down for?"),
            c("First time, roundabouts. Second time I just froze. I'd had a little bump in my mum's car the week before and I was a wreck.", None),
            t("That makes sense. So the driving might mostly be there, and it's nerves, especially since that bump. An intensive week suits some people, but if nerves are the problem, a packed week with a test on the Friday can make them worse. I'd suggest a two-hour assessment lesson first, then we decide together: intensive, or weekly lessons with a test in about six weeks."),
            c("I'd kind of hoped to get it over with. How do the two compare on cost?", None),
            t("Six two-hour lessons are about 420, the intensive week is 850 with the test fee, so weekly is actually less if your driving's close. The assessment is 70 and tells us which way to go."),
            c("Oh, I thought intensive was cheaper. Okay, let's do the assessment. Saturday?", None),
            ],
    worse=[o,
           t("Sure, we do intensive courses. It's 850 for a week, about 30 hours, with the test booked for the Friday. Have you had lessons recently?"),
           c("Not for a year. I failed on roundabouts, and then I froze the second time.", None),
           t("No problem, the intensive week covers roundabouts in detail, and by the end you'll be very comfortable with them. Lots of people who've failed before pass with us."),
           c("850's a lot though. Is it worth it?", "too_expensive"),
           t("You get it all done in one go, and you're not paying for months of lessons. I've got a week free starting the 14th."),
           c("Let me check with work if I can take the week off and I'll ring you back.", "think_it_over"),
           ]))

# d03 greenhouse supplier
o = c("I'm after a greenhouse for the allotment. Eight by six, something like that. What have you got?", None)
PAIRS.append(rpair(
    "b61r_d03_gardencentre_allotmentgreenhouse",
    "A retired allotment holder asks a garden-buildings supplier for an 8x6 greenhouse; the plot is on an exposed hill and the allotment rules ban glass.",
    better=[o,
            t("We've a few at that size. Allotments can be tricky, so two things first: does your committee have rules on size or glass, and how exposed is your plot?"),
            c("Glass isn't allowed, has to be polycarbonate, kids and footballs. And it's on a hill, gets a right battering in winter. My neighbour's blew over last year.", None),
            t("Then the cheapest one on its own isn't for you: it's light aluminium and needs a proper base. This heavy-duty one is polycarbonate, 8 by 6, with a steel base frame and ground anchors, 649. The 399 one is fine in a sheltered garden, but on a windy hill I've seen them end up in the next plot."),
            c("649's more than I'd budgeted. I was thinking four hundred.", "too_expensive"),
            t("Fair enough. You could have the 399 one with our anchor kit for 45 and a concrete-block base you build yourself. It'll hold, it's just more work for you, and it saves you two hundred. Which suits you?"),
            c("I'm handy enough. The cheap one with the anchor kit, and I'll do the base.", None),
            ],
    worse=[o,
           t("Eight by six: we've a polycarbonate one at 399, a glass one at 499, and a heavy-duty polycarbonate at 649. The 399 is our best seller."),
           c("Has to be polycarbonate, allotment rules. The 399 one then?", None),
           t("Good choice. It goes up in about a day with two people. Do you want it delivered?"),
           c("Yes please. Is it sturdy? It's a bit windy up there.", None),
           t("It's fine for most gardens. We do sell an anchor kit for 45 if you're worried."),
           c("Go on, add that. Delivery Thursday?", None),
           ]))

# d04 scaffolding hire (B2B)
o = c("Need scaffold on a terrace house, front elevation, for a re-roof. Three weeks. Can you do Monday? The last lot let me down twice.", None)
PAIRS.append(rpair(
    "b61r_d04_scaffoldhire_terracereroof",
    "A small builder asks a scaffolding firm for a Monday start on a terrace house whose front goes straight onto the pavement, which needs a council licence.",
    better=[o,
            t("Let's see if Monday works. Does the front go straight onto the pavement? If it does we need a council licence, and that's five working days, which decides whether Monday's possible."),
            c("Yes, straight onto the pavement. Didn't think of the licence. The last lot didn't either, that's half of why it went wrong.", None),
            t("Then honestly, Monday isn't realistic for a legal job. If I apply today, the earliest is the Tuesday after. I'd rather tell you now than promise Monday and let you down. Could you start on the back or inside first?"),
            c("Tuesday means I lose two days. The client's on my back already.", "no_time"),
            t("Understood. I'll put the licence in today as urgent, and if the council comes back early we'll be up the next morning. Three weeks with the licence is 1,150, and you'll have the erector's own number, so you're not chasing the office."),
            c("Alright. Put the licence in. Send me that in writing and I'll confirm tonight.", None),
            ],
    worse=[o,
           t("Monday's fine, we've got a crew free. Front elevation, two lifts, three weeks is 980. Can I take the address?"),
           c("14 Clarence Terrace. It goes straight onto the pavement.", None),
           t("Then we'll need a licence from the council, that's 170 on top. We'll apply for it today."),
           c("Will that hold up Monday?", None),
           t("It can take a few days, but it's usually fine. We'll aim for Monday and ring you if anything changes."),
           c("Right. Book it. Don't let me down.", None),
           ]))

# d05 language school
o = c("Good afternoon. I am a nurse, I need IELTS 7 in every part for the registration. I got 7.5 in speaking but 6.5 in writing. I want a course.", None)
PAIRS.append(rpair(
    "b61r_d05_languageschool_ieltswriting",
    "A nurse from the Philippines who works night shifts needs to lift only her IELTS writing score from 6.5 to 7 for professional registration.",
    better=[o,
            t("Good afternoon. So it's only the writing below 7, and the rest is done. Do you know which task lost marks, the graph description or the essay?"),
            c("I think the essay. I ran out of time, I did not finish the conclusion. Also I work night shifts, so evening class is hard for me.", None),
            t("Then a general IELTS course would waste your time, you don't need the speaking or listening again. I'd suggest six one-to-one writing sessions online, at times that fit your shifts, mostly on planning the essay so you finish in 40 minutes. 35 each, so 210. Could you send one practice essay first, so the teacher sees where you are?"),
            c("210 is okay for me. But I want to know, is it sure I get 7 after?", None),
            t("I can't promise a score, nobody honestly can. What I can say is that an unfinished essay limits the mark, so finishing on time often lifts it. After three sessions the teacher will tell you honestly if you're ready to book the test."),
            c("Okay, I understand. I send the essay tonight.", None),
            ],
    worse=[o,
           t("Good afternoon. Our IELTS intensive is four weeks, evenings, Monday to Thursday, 380. It covers all four skills with a mock test every Friday."),
           c("Evenings are difficult, I work night shift. And my speaking is already 7.5.", "no_time"),
           t("We also have a Saturday course, eight weeks, same price. The writing part is very strong, our teachers are former examiners."),
           c("Saturday I can do sometimes. But 380 is more than I want to pay when I only need the writing.", "too_expensive"),
           t("I understand. We can do one-to-one writing lessons instead, 35 each. Most students need about ten."),
           c("Okay. I think about it and send email.", "think_it_over"),
           ]))

# d06 mattress shop
o = c("Hi, we need a new mattress. My husband's got a bad back and the physio said a firm one. So, your firmest one, I suppose.", None)
PAIRS.append(rpair(
    "b61r_d06_bedshop_backpain",
    "A woman in a bed shop wants 'the firmest mattress' for her husband's back; she sleeps on her side and overheats on their memory-foam mattress.",
    better=[o,
            t("Sorry to hear about his back. Firm suits some backs but not all. How do you both sleep, side, back, front? And is there anything about the old mattress you don't like?"),
            c("He's on his back. I'm a side sleeper, and I get really hot, our old memory foam one is like sleeping on a radiator.", None),
            t("So he needs support for his lower back, you need some give at the shoulder and hip, and neither of you wants memory-foam heat. A very firm one would probably hurt your shoulders. I'd try a medium-firm pocket-sprung one, which stays cooler, or a zip-and-link pair that's firmer on his side. Lie on both for five minutes, in your usual positions."),
            c("Oh, I didn't know you could have different sides. How much is that one?", None),
            t("The zip-and-link king is 1,090, the medium-firm one is 760. Both have a 100-night trial, so if his back's worse after a month, we swap it."),
            c("Let's try lying on them. He's parking the car, he'll be in in a minute.", None),
            ],
    worse=[o,
           t("Sure. Our firmest is the Ortho Support, 820 in a king. Pocket sprung with a firm top, very popular with people with bad backs."),
           c("Does it get hot? Our old one's memory foam and it's like a radiator.", None),
           t("It's cooler than memory foam, yes, it has a breathable cover. And there's a 100-night trial if it doesn't suit."),
           c("Okay. I'm a side sleeper though, is firm going to be okay for me?", None),
           t("Most people get used to it in a couple of weeks. If not, you've got the trial."),
           c("Hmm. I'm not sure. I'll wait for my husband and we'll have a think.", "think_it_over"),
           ]))

# d07 accountant for a freelancer (email/chat)
o = c("hi, first year freelancing (video editing), need someone to do my tax return. how much do you charge", None)
PAIRS.append(rpair(
    "b61r_d07_accountant_freelanceeditor",
    "A first-year freelance video editor messages a small accountancy practice for a tax-return price; records are messy and a friend has told him to go limited.",
    better=[o,
            t("Hi, congrats on the first year. The fee depends on how much sorting there is. Roughly what did you earn, how many clients, and how are the records kept, spreadsheet, app, shoebox?"),
            c("about 38k, maybe 10 clients. records are... a folder of pdf invoices and a lot of receipts in my email lol. my mate says i should be a limited company", None),
            t("Very normal for year one. For that, a sole-trader return is 320, including us sorting the receipts from your email. On going limited: at 38k it can save some tax, but company accounts cost more like 900 a year, plus admin. I'd do this year as a sole trader and look again once we see the numbers. Does that sound reasonable?"),
            c("ok makes sense. whats the difference between your 320 and the online ones for 150", None),
            t("Those usually assume you hand over tidy figures and do the sorting yourself. If you put the receipts into a spreadsheet yourself, ours comes down to 220. Your call. The deadline's 31 January, so ideally we'd have everything by early December."),
            c("ok ill do the spreadsheet and send it over before december", None),
            ],
    worse=[o,
           t("Hi! A sole-trader tax return is 320 with us, including a call to go through it. When can you send your records?"),
           c("320 is a bit more than i hoped, i saw online ones for 150", "too_expensive"),
           t("Ours includes checking all your expenses so you don't pay more tax than you need to. Online ones often miss things."),
           c("fair. my mate says i should go limited tho. should i", None),
           t("It can save tax, it depends on your income. We can talk about it once we've done the return."),
           c("ok. ill send stuff next week", None),
           ]))

# d08 aquarium shop
o = c("Hi, my daughter's turning seven and she wants a goldfish. Can I get a bowl and a fish today? Her party's Saturday.", None)
PAIRS.append(rpair(
    "b61r_d08_aquariumshop_goldfishbowl",
    "A father wants a goldfish and a bowl for his daughter's seventh birthday on Saturday; a bowl is poor for a goldfish and a new tank needs time to settle.",
    better=[o,
            t("Lovely present. Can I be honest about the bowl? Goldfish make a lot of waste and grow big, and in a bowl they usually get ill within weeks, a sad start for a seven-year-old. Where would it go, and how much space is there?"),
            c("On the shelf in her room. Not much space. I didn't know that about bowls, I had one as a kid and it died pretty quick, actually.", None),
            t("That's usually why. For a small shelf, a 30-litre tank with a filter suits a betta or a few small fish, colourful, and kids love them. A new tank needs about two weeks to settle before fish go in. So on Saturday she could unwrap the tank, set it up with you, and choose her fish in two weeks."),
            c("Hmm. She's really set on a goldfish. And how much is the tank?", None),
            t("The starter kit is 69 with filter, heater and light. If it has to be goldfish, they need at least 80 litres, which won't fit on a shelf. Choosing the fish herself in two weeks often becomes part of the fun."),
            c("Okay, that's actually a nice idea. I'll take the kit. I'll sell her on the betta.", None),
            ],
    worse=[o,
           t("Sure, bowls are over here. The 10-litre is 15, and goldfish are 3.50 each. You'll want food and a water conditioner too."),
           c("Great. Anything I need to know?", None),
           t("Change a third of the water every few days and don't overfeed. Some people go for a small tank with a filter instead, it's easier to keep clean. That's 69."),
           c("69, for a kid's goldfish? The bowl's fine.", "too_expensive"),
           t("No problem. Bowl, one goldfish, food and conditioner comes to 24."),
           c("Perfect, thanks.", None),
           ]))

# d09 forklift leasing (B2B)
o = c("We've got two old diesel forklifts and I need quotes to replace them. Lease, probably, three years.", None)
PAIRS.append(rpair(
    "b61r_d09_forkliftlease_coldstore",
    "A warehouse manager asks for like-for-like lease quotes on two diesel forklifts; a new contract means half the work will be inside a cold store on two shifts.",
    better=[o,
            t("Sure. What's made you replace them now, are they worn out, or is something new coming up?"),
            c("Both. We've won a contract with a frozen food firm, so half the work will be inside the cold store. Diesel's not allowed in there.", None),
            t("That changes the spec a lot. A cold store means electric, with cold-store rated batteries and protection for the driver. How many hours a day would they run, one shift or two?"),
            c("Two shifts, six in the morning to ten at night. Do batteries last that?", None),
            t("Standard lead-acid won't without a battery swap. Lithium-ion with top-up charging in breaks will. Lithium is about 410 a month per truck on three years, against 330 for lead-acid plus spare batteries and a changing station. I'd suggest we bring one lithium truck for a week's trial in your cold store before you commit."),
            c("410 each is over what I told the MD. I'll have to take it to him before anything.", "think_it_over"),
            ],
    worse=[o,
           t("Sure. Like-for-like, our 2.5 tonne diesel is 290 a month on three years, or electric at 360. Which did you have in mind?"),
           c("Half the work's going to be in a cold store now, so electric I suppose.", None),
           t("Electric it is then. 360 a month, three-year lease, servicing included."),
           c("Will the battery do two shifts? We run six till ten.", None),
           t("It should do most of it. You can top it up at lunchtime. I'll send you the quote."),
           c("Okay, send it over and I'll show the MD.", "think_it_over"),
           ]))

# d10 hotel meeting rooms
o = c("Hi, I'm looking to book a meeting room for an away day, 25 people, sometime in October. Could you send me your day delegate rates?", None)
PAIRS.append(rpair(
    "b61r_d10_hotelevents_teamawayday",
    "An HR coordinator asks a country hotel for day-delegate rates; the away day is for a team that has just been through redundancies, and money is tight.",
    better=[o,
            t("Happy to. Can I ask a little about the day, so I recommend the right room? What's it for, and is there a particular feel you're after?"),
            c("It's a bit delicate. The team's just been through redundancies, and the manager wants a day to regroup. Nothing corporate and shiny. And the budget's tight, for obvious reasons.", None),
            t("That helps, thank you. I wouldn't put you in our main conference suite then. The garden room is smaller, has daylight, opens onto the lawn and feels less like an office. The day rate there is 52 a head with lunch, or 44 with a lighter sandwich lunch."),
            c("44 sounds better. Could we come and see it first? I don't want to book somewhere that feels wrong.", None),
            t("Of course, any afternoon this week. I'll hold two October dates for seven days, no charge, so you don't lose them while you look."),
            c("Thursday afternoon, then. Hold the 10th and the 17th, please.", None),
            ],
    worse=[o,
           t("Of course. Our day delegate rate is 52 a person, including room hire, projector, two coffee breaks and a buffet lunch. For 25 that's 1,300. What date were you thinking of?"),
           c("Maybe the 10th or the 17th. 1,300 is more than we've got, honestly.", "no_money"),
           t("There's a sandwich-lunch option at 44 a head, so 1,100. Both dates are free in the Conference Suite."),
           c("Okay. Is the conference suite quite formal?", None),
           t("It's our biggest room, very professional, full AV. Most companies love it. I'll send you the details."),
           c("Okay, just send the details over, I'll have a look.", "brush_off"),
           ]))
