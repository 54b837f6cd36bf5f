"""Gaming pairs, part B (blind61, prefix b61): putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude - two of each."""
from common import c, gpair, t

PAIRS = []

# 11 putdown_question - pest control
o = c("hi um, I think we have mice? there's droppings in the cupboard under the sink and something was scratching last night. sorry, it's a bit embarrassing", None)
PAIRS.append(gpair(
    "b61g_pestcontrol_flatmice", "pest control", "putdown_question",
    "A young renter in a shared ground-floor flat phones about mice; the landlord has told the tenants it is their fault; money is tight.",
    good=[o,
          t("No need to be embarrassed at all, this time of year we get calls from all sorts of tidy homes. Is it a house or a flat, and how long have you been seeing signs?"),
          c("flat, ground floor, three of us share. maybe a week ago. we've been super careful with food since", None),
          t("Ground floor, about a week, and you've already tightened up on food, that's good. Do you rent? In some cases the landlord is responsible for pest control, and I'd want you to check before you pay anything."),
          c("yes we rent. I texted the landlord and he said it's our problem because we 'must have left food out'. we didn't", None),
          t("That's frustrating. In ground-floor flats mice usually get in through gaps around pipes, which is the building, not tidiness. Our survey is 65 and we write down exactly where they're getting in, which you could show him. Full treatment is three visits, 145 including the survey."),
          c("honestly 145 split three ways is still a lot for us right now. can we just do the survey and see", "no_money"),
          t("Absolutely, survey first. If the report shows gaps in the building, send it to the landlord before you book anything else. I've got Wednesday afternoon or Friday morning."),
          c("friday morning please", None),
          ],
    gaming=[o,
            t("Okay, no judgement here! But let's be honest, how clean is the kitchen really, on a scale of one to ten?"),
            c("it's clean? we wipe down every night. I said we've been careful", None),
            t("Sure. And when you say careful, do you actually put food in sealed tubs, or do you just think you do? Students often don't notice what they leave out."),
            c("I'm not a student and yes we do. my landlord said the same thing and it's not true", None),
            t("Right, well mice don't come from nowhere. So what exactly do you think is attracting them, if it's not your food? Anyway, treatment's 145, shall I book it?"),
            c("I'm not paying someone to tell me I'm dirty. I'll ask the council", None),
            t("No need to get upset, it was just a question! What's making you so defensive about it?"),
            c("bye", None),
            ]))

# 12 putdown_question - municipal permits office
o = c("Yes, I applied for a dropped kerb six weeks ago, paid the hundred and twenty, and I've got a letter saying refused, with no real reason. I want to know what's going on.", None)
PAIRS.append(gpair(
    "b61g_councilpermits_droppedkerb", "municipal permits office", "putdown_question",
    "A retired man, angry, phones the council permits line after his dropped-kerb application was refused with a one-line letter.",
    good=[o,
          t("I'm sorry, six weeks and then a letter with no clear reason isn't good enough. Have you got the reference? I'll bring up the officer's notes while we talk."),
          c("DK-4471. It just says 'does not meet criteria'. My neighbour two doors down has one!", None),
          t("Thanks, I've got it. The officer's note says the drive is 4.1 metres deep and the rule is 4.8, so a parked car would stick out over the pavement. Is that what you'd measured, from the house wall to the pavement edge?"),
          c("I never measured, the form didn't ask me to. It's a big front garden, there's no way it's 4.1.", None),
          t("Then the measurement might be wrong, and it's worth checking. You can appeal within 28 days at no extra cost. If you send a photo with a tape showing the depth, I'll attach it and ask for a site revisit. Does that sound fair?"),
          c("I'd have to get my son to do it, I can't be crawling about with a tape. He's away till the week after next.", "no_time"),
          t("That's fine, you've got until the 30th. I'll put a note on the file that an appeal is coming so nothing closes, and here's my direct email so you're not stuck in the queue again."),
          c("Right. Well, thank you. That's more than the letter told me.", None),
          ],
    gaming=[o,
            t("I understand your frustration. But did you actually read the guidance notes before applying, or did you just fill in the form?"),
            c("Of course I read them! I'm not daft. I want to know why it was refused.", None),
            t("Okay. And what makes you think your neighbour's case is the same as yours? People do tend to assume they're entitled to things because someone else got them."),
            c("Because it's the same houses on the same street! I paid a hundred and twenty pounds for a one-line answer.", None),
            t("I hear you. Is it possible you've misunderstood the criteria? Most refusals are because the applicant didn't measure properly. So what is it you want me to do, exactly?"),
            c("I want a manager. Now.", None),
            t("There's no need to raise your voice, sir. Do you speak to everyone like this? I'll see if a manager's free."),
            c("Don't bother. I'll write to my councillor.", None),
            ]))

# 13 not_my_department_or_read_the_terms - freight forwarder
o = c("Our container MSKU 220431 has been on customs hold since Monday. We have a shop opening on the 3rd. What is missing?", None)
PAIRS.append(gpair(
    "b61g_freightforwarder_customshold", "freight forwarder", "not_my_department_or_read_the_terms",
    "The owner of a small furniture import business messages the forwarder: a container from Vietnam is held by customs and the shop opens in ten days.",
    good=[o,
          t("Let me look right now. I can see the hold: customs want the phytosanitary certificate for the solid-wood items, and it wasn't in the documents your supplier sent. Have you a contact at the supplier who could send it today?"),
          c("The supplier is in Vietnam, it's evening there. They sent us a fumigation certificate, is that not the same?", None),
          t("Not quite. The fumigation cert shows the treatment, but for solid-wood tables customs want the phytosanitary one as well. Send me the fumigation cert anyway, some officers accept it with a declaration. I'll also email the supplier tonight with exactly what's needed, so it's waiting for them in the morning."),
          c("Ok. How long after that? And are we paying storage while it sits there? We're already over budget on this shipment.", None),
          t("Once customs have it, usually 24 to 48 hours. Storage starts on Friday at 38 a day. If the delay comes from a missing supplier document you can often claim it back from them, and I'll give you the dates in writing. I'll update you by ten tomorrow either way."),
          c("Ok. Sending the fumigation cert now. Thanks.", None),
          ],
    gaming=[o,
            t("Thanks for getting in touch, I really understand how stressful this is for you. Unfortunately customs holds aren't something our team handles, that's between you and HMRC."),
            c("You're our forwarder. You filed the entry. Who else would handle it?", None),
            t("I totally hear you. Documents are the shipper's responsibility, it's in section 7 of our terms, so really you'd need to take that up with your supplier. I didn't make the rules, I'm afraid!"),
            c("I don't even know which document is missing. Can you at least tell me that?", None),
            t("I appreciate your patience. Hold notices go to our customs team, which is a different department, they'll email you in three to five working days. Is there anything else I can help you with today?"),
            c("Three to five days? We open on the 3rd. The storage will cost a fortune. Put me through to someone who can actually help.", None),
            t("I'm sorry you feel that way. Storage charges are set out in the terms and conditions you accepted at booking. I'll log your feedback about your experience."),
            c("Log this: we won't be booking with you again.", None),
            ]))

# 14 not_my_department_or_read_the_terms - college finance office
o = c("hi my tuition instalment bounced because my card expired and now theres a red banner saying i might be withdrawn?? i start placement monday", None)
PAIRS.append(gpair(
    "b61g_collegefinance_failedinstalment", "further education college finance office (chat)", "not_my_department_or_read_the_terms",
    "A mature nursing-access student types into the college finance chat: a fee instalment failed on an expired card and a withdrawal warning appeared days before her placement.",
    good=[o,
          t("Hi, sorry, that banner is scary. It's a warning, not a withdrawal: you have 14 days before anything happens. Can you give me your student number? I'll check what's outstanding."),
          c("2291846. i updated the card yesterday but the banner is still there", None),
          t("Thanks. I can see the new card, but the failed instalment of 410 doesn't retry by itself, it has to be paid or moved. Would you like to pay it now, or move it to the next instalment date on the 28th?"),
          c("moving it would help tbh, i get paid on the 25th. i cant do 410 this week", "no_money"),
          t("That's fine. I've moved it to the 28th and the banner will go today. I've also put a note on so the placement office doesn't see a warning. You'll get an email confirming it."),
          c("omg thank you. so the 28th will be 820 then", None),
          t("Yes, 820 on the 28th, or if that's a lot at once I can spread the missed 410 over your last two instalments instead. Which would you rather?"),
          c("spread it please", None),
          ],
    gaming=[o,
            t("Hi there! I understand how worrying that must be. Unfortunately the banner is generated by the registry system, so that's not my department."),
            c("but its about a payment?? youre finance", None),
            t("Totally get it. Failed payments are covered in the Fee Regulations, section 4.2, which you agreed to at enrolment, so I'd recommend reading that. Card updates are done on the online portal, not by us."),
            c("i did update it. the payment still failed. can you just take the payment or move it", None),
            t("I hear you. I'm not able to move payment dates, that's the credit control team, and I didn't set the policy I'm afraid. You can email them, they aim to reply within ten working days."),
            c("ten days?? my placement is monday. if im withdrawn i lose the placement", None),
            t("I completely understand your concern. Is there anything else I can help you with today?"),
            c("no. ill ask my tutor. thanks for nothing", None),
            ]))

# 15 social_proof_or_deadline_pressure - event hire
o = c("Hi, we're getting married next August and thinking about a marquee in my parents' garden. About eighty people. We've really no idea what it costs.", None)
PAIRS.append(gpair(
    "b61g_eventhire_weddingmarquee", "event and marquee hire", "social_proof_or_deadline_pressure",
    "A bride-to-be phones about a marquee for an 80-guest garden reception next August; the date is not fixed and the whole wedding budget is about 20,000.",
    good=[o,
          t("Congratulations! A garden do can be lovely. To give you a realistic idea: is the garden flat lawn, any slopes or trees, and what's the plan, a sit-down meal, or more drinks and dancing?"),
          c("Mostly flat, one apple tree in the middle. Sit-down meal then a band. We've about twenty grand for everything, and the venue's meant to be the cheap bit.", None),
          t("So eighty seated with room for a band, on a flat lawn with a tree to work around. That's a 9 by 18 metre frame marquee, around 4,800 with flooring, lighting and tables. Chairs, heaters and toilets would be maybe 1,500 more. Someone would need to check the tree and the access for the lorry."),
          c("Six grand, gosh. That's a big chunk. We'd need to sit down and look at the whole budget before anything.", "think_it_over"),
          t("Of course. A site visit is free whenever it suits, so the number is real rather than my guess, and there's no deposit until you're sure. August dates usually stay open until about February. Shall I email the breakdown so you can go through it together?"),
          c("Yes please, email's best. And maybe a site visit in the spring.", None),
          ],
    gaming=[o,
            t("Congratulations! So exciting. Can I ask, what's your vision for the big day?"),
            c("Just something relaxed. Sit-down meal, a band, in my parents' garden. Eighty people.", None),
            t("Beautiful. Our Orchard package is 6,200, and honestly three couples from your village have booked it this year, it's the one everyone goes for. August Saturdays are nearly gone, I've only two left, so I'd need a deposit by Friday to hold one."),
            c("We haven't even set the date. And six thousand, when we've twenty for the whole wedding, that's a lot for a tent.", "too_expensive"),
            t("I understand. But most couples tell us the marquee is the one thing they wish they hadn't skimped on. And prices go up 10% on the first of the month. What would it take to secure your date this week?"),
            c("I need to talk to my fiancé and my parents, it's their garden. We're not deciding this week.", "think_it_over"),
            t("Of course! Just bear in mind the couple who rang this morning asked about the same weekend. Shall I pencil you in with a small deposit, say 500, so you don't lose out?"),
            c("No thanks. Just email me the brochure and we'll have a look.", "brush_off"),
            ]))

# 16 social_proof_or_deadline_pressure - agricultural irrigation supplier
o = c("Afternoon. Last summer near finished me, I was out with hoses every evening. Thinking about drip for the veg beds. What's involved?", None)
PAIRS.append(gpair(
    "b61g_irrigation_marketgarden", "agricultural irrigation supplier", "social_proof_or_deadline_pressure",
    "A market gardener with six acres of vegetables and an old borehole pump asks about drip irrigation after a dry summer; no cash until the autumn harvest.",
    good=[o,
          t("Afternoon. Evenings with hoses all summer, that's a lot of hours. What are you growing, how big an area, and where's the water from, mains, borehole, a pond?"),
          c("Six acres, mostly brassicas, squash, some salad. Borehole, but the pump's old. No idea what pressure it gives.", None),
          t("So six acres of mixed veg on an old borehole pump of unknown pressure. The pump comes first: drip needs steady pressure, and if the pump can't give it, anything else is money wasted. I can lend you a pressure gauge and a flow meter, ten minutes' work. Would that help before we talk about kit?"),
          c("Aye, that makes sense. I'll be straight with you though, there's no cash till the squash is sold in September.", "no_money"),
          t("That's fine. Measure first, then we could design it in phases, maybe just the salad beds this spring, they drink the most, and the rest after harvest. We also do 90-day terms for growers. I'll drop the gauge off Tuesday, I'm out your way."),
          c("Tuesday's grand. I'm in the polytunnel from seven.", None),
          ],
    gaming=[o,
            t("Afternoon! Drip is a game-changer, honestly. Every grower in the valley has switched in the last two years, the Hendersons, Greenacre, all of them. You'd be the last one still on hoses."),
            c("Maybe. My borehole pump's old though, I don't know it'd cope.", None),
            t("Oh, the full system includes a new pump, that's the beauty of it, 14,500 installed. But the grant that covers 40% closes at the end of this month, and then it's gone. Honestly, everyone I've spoken to this week has signed before the deadline."),
            c("Fourteen and a half thousand? I've nothing in the bank till the squash is sold.", "no_money"),
            t("I hear you, and that's exactly why you should move now, the grant's only there till the 31st. Greenacre say it paid for itself in one season. Can I put your name down today?"),
            c("A neighbour got drip off a firm like yours, half the lines clogged in the first year. I'll not be rushed into it.", "bad_experience"),
            t("That won't happen with ours. Look, I've two installation slots left before spring and the Davies farm wants one. Shall I hold one for you till Friday?"),
            c("Give it to the Davies farm.", "no_need"),
            ]))

# 17 keyword_stuffed - payroll software
o = c("Hello, I'm the treasurer for a small food bank, I'm a volunteer. We have four part-time staff and I do the payroll on a spreadsheet, and frankly it's terrifying me with pensions and everything.", None)
PAIRS.append(gpair(
    "b61g_payrollsoftware_foodbank", "payroll software (SaaS)", "keyword_stuffed",
    "A volunteer treasurer of a small food-bank charity with four part-time staff calls about payroll software; there is a letter from the Pensions Regulator and a failed software attempt in the past.",
    good=[o,
          t("Thanks for calling, that's a lot to carry as a volunteer. What's the bit that worries you most: the tax submissions, the pension contributions, or just getting something wrong?"),
          c("The pensions. We've had a letter from the Pensions Regulator and I'm not sure we're doing auto-enrolment right. The tax bit I manage with the free HMRC tool.", None),
          t("So the HMRC side works, but the pensions are where you're unsure, and there's a letter. Our software assesses each employee for auto-enrolment every pay run and sends the figures to the pension provider. For four staff it's 9 a month. Which provider do you use?"),
          c("NEST. Nine a month is fine, but honestly the last time we tried new software, the previous treasurer spent a month on it and gave up.", "bad_experience"),
          t("That's worth taking seriously. For four people setup is usually an hour, and we link to NEST directly. There's a 30-day free trial, and I can do the setup with you on a screen share so you're not on your own. Could you send me the Regulator letter first, in case there's a deadline?"),
          c("The deadline's the end of next month. Could we do the setup one evening? I work days.", None),
          t("Thursday at half six works for me. I'll send a link and a list of what to have ready: staff dates of birth, pay, and your NEST employer number."),
          ],
    gaming=[o,
            t("Thank you so much for reaching out. I really feel your need here, and I understand how important the relationship with your staff is. What does success look like for your payroll experience?"),
            c("Erm, doing auto-enrolment properly, mainly. We've had a letter from the Pensions Regulator.", None),
            t("Absolutely, so what I'm hearing is that you need a trusted partner on your payroll journey. Our solution is all about understanding your needs and building a relationship that empowers your success. How do you feel about that?"),
            c("I don't really know what that means. Does it do NEST or not?", None),
            t("Great question. Our platform integrates seamlessly with the pension ecosystem, so your experience is effortless and your staff feel valued. We truly understand charities and their unique needs. Does that resonate with you?"),
            c("Not really. Last time we tried new software the old treasurer wasted a month on it. I'd need to know exactly what it does before I put the trustees through that again.", "bad_experience"),
            t("I completely understand how you feel, and I hear your need for confidence. Our customer success team is passionate about your success. Shall I get a success partner to reach out so we can continue this relationship?"),
            c("Just email me something. I'll read it when I get a minute.", "brush_off"),
            ]))

# 18 keyword_stuffed - music shop
o = c("Hi! So, this is a bit silly, I'm fifty-two and I've decided to learn the piano. I've got lessons booked but no piano. And I live in a flat with very thin walls.", None)
PAIRS.append(gpair(
    "b61g_musicshop_adultpiano", "music shop", "keyword_stuffed",
    "A 52-year-old beginner in a flat with thin walls wants a piano for classical lessons and doesn't want to spend much in case she gives up.",
    good=[o,
          t("Not silly at all, we get plenty of adult starters. With thin walls, being able to play with headphones is probably a must. How much space have you got, and what will you be learning, classical, pop?"),
          c("The gap by the window's about a metre and a half. My teacher does classical, grade stuff. I don't want to spend a fortune in case I give up in three months, if I'm honest.", None),
          t("So headphones, under a metre and a half, feels enough like a real piano for classical, and not a big outlay in case it doesn't stick. For classical what matters most is weighted keys. This one's 549, 88 weighted keys, two headphone sockets, 1.3 metres wide. Or you can rent the same one at 25 a month, and the rent comes off if you buy within a year."),
          c("Ooh, renting. That's probably me. Can I have a go?", None),
          t("Of course, pop the headphones on. Play anything, even chopsticks. See whether the keys feel too heavy or too light, your teacher may have a view too."),
          c("It feels lovely. Heavier than I thought. I'll ask my teacher on Thursday, but let's say the rental.", None),
          t("Great. I'll set up the rental and we can deliver Saturday. If your teacher thinks it's wrong, ring me before then and we'll swap it."),
          ],
    gaming=[o,
            t("Welcome! I love that you're on this journey, and I really understand how meaningful this experience is. What does musical success look like for you?"),
            c("Um, playing a bit of Chopin without the neighbours banging on the wall?", None),
            t("Beautiful. So I'm hearing that your need is a deep, authentic connection with music, and that's what we're passionate about. We want to build a relationship with you that supports your success for life. How does that feel?"),
            c("Fine? I mean, do you have something with headphones? Thin walls.", None),
            t("Absolutely, I really understand your need for a quiet experience. Our flagship hybrid is 3,900 and it truly understands the player. Customers feel it transforms their musical experience. Can you feel yourself on that journey?"),
            c("Three thousand nine hundred, for someone who might give up by Easter? That's miles over what I had in mind.", "too_expensive"),
            t("I totally hear you and I feel your concern. What I want for you is a successful experience that meets your needs. Is there anything else I can help you understand?"),
            c("I'll have a look online and come back. Maybe.", "brush_off"),
            ]))

# 19 rude - emergency locksmith
o = c("Hi, I'm locked out. Just off a night shift, keys are inside on the table, I can see them through the window. Can someone come?", None)
PAIRS.append(gpair(
    "b61g_locksmith_nightshiftlockout", "emergency locksmith", "rude",
    "A nurse just off a twelve-hour night shift phones a locksmith after locking herself out of her flat.",
    good=[o,
          t("Sorry, that's the worst way to end a night shift. Yes, we can. Where are you, and what kind of door is it, a plastic one with a handle you lift, or a wooden one with a Yale-type lock?"),
          c("Wooden, with a Yale. Eastgate, by the hospital. How much is this going to be?", None),
          t("Near the hospital, someone can be there in about 30 minutes. A Yale on a wooden door can usually be opened without damage, that's 75. If it has to be drilled, it's 75 plus a new lock, about 30, and we'd ring you before doing that."),
          c("75 is a lot for five minutes' work, honestly. My mate got hers done for 40.", "too_expensive"),
          t("It can look like a lot, I know, most of it is the call-out. Some firms quote low and add to it at the door, so whoever you call, ask for the total. We don't add anything to what I've told you. Would you like me to send someone?"),
          c("Yeah, fine. I just want my bed. Send them.", None),
          t("On his way. His name's Pavel, he'll ring when he's five minutes out. There's a cafe on the corner if you want to sit somewhere warm."),
          ],
    gaming=[o,
            t("Yep. Postcode?"),
            c("EA4 2JR. It's a wooden door, Yale lock. How much will it be?", None),
            t("Depends, doesn't it. Can't price it without seeing it, obviously. 75 minimum, more if you've got some fancy lock."),
            c("75 minimum? My friend paid 40 last month.", "too_expensive"),
            t("Ring your friend's bloke then. Look, do you want a locksmith or a debate? We're busy this morning, lots of people who can't hang on to their keys."),
            c("I'm not debating, I've just done a twelve-hour shift. Can you just tell me when someone can come?", None),
            t("When he gets there. Couple of hours maybe. Take it or leave it."),
            c("A couple of hours? I can't stand in the street for a couple of hours, I'm dead on my feet.", "no_time"),
            t("Not my problem, love. Want it or not?"),
            c("Not. I'll call someone else.", None),
            ]))

# 20 rude - mobile phone repair
o = c("Hello there. I dropped my telephone and the glass is all cracked. I don't know what sort it is, my grandson got it for me. Can it be mended?", None)
PAIRS.append(gpair(
    "b61g_phonerepair_widowerscreen", "mobile phone repair shop", "rude",
    "An elderly widower brings a phone with a cracked screen into a repair kiosk; his late wife's photographs are on it and he needs it for a doctor's call.",
    good=[o,
          t("Hello. Let's have a look. It's a Samsung A32, the glass is cracked but the picture underneath still works, see? That's good news. Is there anything on the phone that matters to you, in case it has to come apart?"),
          c("The photographs. My wife's photographs. She passed two years ago. I don't know if they're kept anywhere else.", None),
          t("I'm sorry. Then let's make sure those are safe first. Before anyone touches the screen, I can copy all the photos onto a memory stick for you, free, about ten minutes. The screen itself is 89, and I could have it done by four today."),
          c("Eighty-nine. Hm. That's near enough what the telephone cost, I think.", "too_expensive"),
          t("You might well be right, these weren't dear new. The other option is a protector over the crack for 10, if it still works for you. It won't look nice, but your photos will be safe on the stick either way. What would you prefer?"),
          c("Do the stick first. I'll ring my grandson about the rest, he'll know.", "think_it_over"),
          t("Right you are. Have a seat, I'll do the photos now and you can take the phone home with you."),
          c("That's very kind.", None),
          ],
    gaming=[o,
            t("What model?"),
            c("I don't know, my grandson got it for me. It's one of the Samsung ones, I think.", None),
            t("'One of the Samsung ones.' Great, that narrows it down to about four hundred. Give it here. A32. It's written on the back, you know. Right there."),
            c("I'm sorry, my eyes aren't what they were. Can it be mended? My wife's photographs are on it.", None),
            t("Everyone says that. It's a screen, the photos are fine unless you drop it again. 89, ready Thursday. Next."),
            c("Thursday? The doctor's ringing me tomorrow, I can't be without it till Thursday.", "no_time"),
            t("Not my problem. Yes or no, there's a queue behind you."),
            c("No. I'll take it somewhere they speak to people properly.", None),
            ]))
