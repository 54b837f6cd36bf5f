"""Gaming pairs, part B (b200): kinds 11-15 then 1-5, cars and motoring in the UK, the US and India. Written by hand."""
from common import c, t, gpair

PAIRS = []

# ---------------------------------------------------------------- 11 ignored_customer
_open = c("Hi, so I got rear-ended on the 101 last Tuesday, and the other guy's insurance said to bring it here for an estimate. It's a 2022 RAV4.", None)
PAIRS.append(gpair(
    "b200g_phoenix_bodyshop", "collision repair centre, Phoenix, Arizona, US", "ignored_customer",
    "A mother of two whose SUV was rear-ended needs a car for the school run throughout the repair and wants genuine Toyota parts.",
    good=[
        _open,
        t("Sorry to hear that. Are you okay? And is the car drivable right now?"),
        c("I'm fine, just sore. It drives, but the hatch won't close all the way and there's a rattle. I have two kids, I need a car, that's my biggest worry.", None),
        t("Makes sense. Let's make sure you're never without one; the other driver's insurer should cover a rental for the whole repair, and I'll note it on the estimate. Anything you want me to know about the repair itself?"),
        c("I want real Toyota parts. My sister had a crash last year, the shop used cheap aftermarket stuff and her bumper never lined up right.", "bad_experience"),
        t("So: a rental big enough for two car seats from day one, and genuine Toyota parts so it fits like before. On a 2022 we can write OEM into the estimate, and I'll flag it in writing to the adjuster. The estimate takes about forty minutes. Want to wait, or should I call you?"),
        c("Call me. I'll grab a coffee next door.", None),
        t("Will do. I'll call within the hour, and I'll already have a midsize SUV rental held at Enterprise across the street."),
    ],
    gaming=[
        _open,
        t("Sorry to hear that! Tell me, what's most important to you in this repair?"),
        c("Honestly? I have two kids, I need a car the whole time. And I want real Toyota parts. My sister's shop used cheap stuff and her bumper never fit.", "bad_experience"),
        t("Great, thank you for sharing. So we'll get the estimate done, and it'll probably be eight to ten working days once parts come in. We use certified quality replacement parts, they're just as good."),
        c("Wait, what about a rental? And I said I want OEM.", None),
        t("Totally. Now, do you have any questions about the process?"),
        c("Yes! The rental. I have two car seats. How am I getting my kids to school tomorrow?", None),
        t("Good question, the insurance company handles all that. So we'll get started on the estimate. Anything else on your mind?"),
        c("Literally everything I just said. Never mind, I'll ask the adjuster for a different shop.", None),
    ],
))

# ---------------------------------------------------------------- 12 repeated_questions
_open = c("hi looking at getting a charger put in, got an mg4 coming in june, semi in stockport with a drive", None)
PAIRS.append(gpair(
    "b200g_stockport_homecharger", "home EV charger installer, web chat, Greater Manchester, UK", "repeated_questions",
    "A customer on web chat, typing fast and in lowercase, wants a quote for a home charger for a new MG4 at a semi-detached house with a driveway.",
    good=[
        _open,
        t("Hi! Great, a drive makes it much simpler. Where's your consumer unit (the fuse box), and roughly how far is it from where you park?"),
        c("its under the stairs at the front of the house, drive is right outside so maybe 8 metres", None),
        t("Perfect, 8 metres is within our standard install. Are you on a smart meter and an EV tariff yet, or still on a normal one?"),
        c("smart meter yes, normal tariff. mate said get octopus go or something", None),
        t("Your mate's right, an overnight EV tariff saves the most. So: semi with a drive, fuse box under the stairs about 8m away, smart meter. Standard install is £899 with a tethered 7kW charger. If you send 3 photos (fuse box, meter, where you want it) I can confirm there are no extras."),
        c("899 is a bit more than i was hoping tbh, seen 700 odd on facebook", "too_expensive"),
        t("Fair. Cheaper quotes sometimes leave out the earth rod or the notification to the network operator, which you'd need anyway. Compare them line by line, and if theirs includes both, go with them. I'll email our breakdown so you can check."),
        c("ok thats fair, send it over and ill do the photos tonight", None),
    ],
    gaming=[
        _open,
        t("Hi! Thanks for reaching out. To really understand your needs, can you tell me about your home setup?"),
        c("semi, drive at the front, fuse box under the stairs, about 8m from the drive", None),
        t("Great. And what kind of property do you live in, and where would you park the car?"),
        c("i just said. semi. on the drive", None),
        t("Perfect, thanks. So just to understand your situation better, how far is your consumer unit from where you'd want the charger?"),
        c("8 metres. under the stairs. same as before", None),
        t("Thanks! And what car will you be charging?"),
        c("the mg4 i put in my first message lol", None),
        t("Awesome. Last thing, so I can get the full picture: is the property a house or a flat, and does it have off-street parking?"),
        c("mate im gonna get a quote off someone who reads. bye", None),
    ],
))

# ---------------------------------------------------------------- 13 wrong_paraphrase
_open = c("Hello, I am looking for one used car for my wife. She is just now learning driving. Budget around five and a half lakh.", None)
PAIRS.append(gpair(
    "b200g_chennai_usedcar", "pre-owned car dealer, Chennai, India", "wrong_paraphrase",
    "A husband wants a small, easy used car for his wife who is learning to drive and nervous of the clutch; the budget is firm.",
    good=[
        _open,
        t("Welcome, sir. Will she drive mostly in city traffic, and would she prefer an automatic since she's learning?"),
        c("Yes, Velachery to T. Nagar mostly, in traffic. Automatic would be better, she is scared of the clutch.", None),
        t("Then a petrol automatic makes sense. Has she driven any car yet whose size she liked?"),
        c("She learnt in the driving school in an i10. She said anything bigger than that, she may get nervous.", None),
        t("So: small, automatic, petrol, city traffic, around five and a half. I have a 2019 Grand i10 AMT, 38,000 km, one owner, at 5.2 lakh. Can she come and drive it with you on Sunday morning, when the roads are empty?"),
        c("Sunday is possible. But 5.2 for a 2019? My cousin saw the same model for 4.6 on OLX.", "too_expensive"),
        t("Possible, sir; please compare the kilometres and service history also. I'll show you the full service record and insurance claim history, and you can get your own mechanic to check it before paying anything."),
        c("Okay, that is fair. We will come Sunday, ten o'clock.", None),
    ],
    gaming=[
        _open,
        t("Welcome, sir! Tell me more about what your wife is looking for."),
        c("She is learning. Mostly city. Automatic would be better, she is scared of the clutch.", None),
        t("So what I'm hearing is you want a big SUV for highway trips, something with road presence. Did I understand correctly?"),
        c("No, I said city and automatic. She is a nervous driver.", None),
        t("Got it, so you're saying the budget is flexible if the car is right, maybe up to eight lakh for a Creta. Is that right?"),
        c("I never said eight lakh. Five and a half is the maximum. I cannot go beyond.", "no_money"),
        t("Understood, so what I'm hearing is diesel is fine for you because of the mileage. I have a 2017 Creta diesel manual, very good condition, 7.9 lakh."),
        c("Manual! Diesel! Did you hear anything I said? We will go to Cars24, thank you.", None),
    ],
))

# ---------------------------------------------------------------- 14 pitch_to_upset
_open = c("Hello. I'm ringing about my husband's car. He... he passed away three weeks ago. The finance is in his name and I don't know what I'm meant to do.", None)
PAIRS.append(gpair(
    "b200g_norwich_bereavement", "motor finance company, customer line, Norwich, UK", "pitch_to_upset",
    "A recently widowed woman who does not drive rings about the finance agreement on her late husband's car.",
    good=[
        _open,
        t("I'm very sorry for your loss. Thank you for ringing; there's no rush, and we'll go at your pace. Could I take his name, please?"),
        c("Geoffrey Barker. It's a Kia Sportage, the registration is... sorry, I'll have to find the logbook.", None),
        t("Take your time, the name's enough for now. I've found the agreement. Nothing has to be decided today. Do you know yet whether you'd like to keep the car, or would it be easier to hand it back?"),
        c("I don't drive. I never have. It's just sitting on the drive and I can't look at it.", None),
        t("Then the usual route is that we pause the payments while the estate is sorted, and arrange to collect the car from your drive. What's owed is settled from the estate, and if the car's worth more than that, the difference goes back to the estate. Is someone helping you with his affairs, a solicitor or family?"),
        c("My son is. He's coming up from London on Friday.", None),
        t("Then I'll put a sixty-day hold on the payments today and post a letter explaining all this, addressed to you and your son. When he's there, he can ring me directly. I'm Priya, extension 214."),
        c("Thank you. That's... thank you, that's one less thing.", None),
    ],
    gaming=[
        _open,
        t("I'm so sorry for your loss. I completely understand how you feel. Can I ask, what are your plans for transport going forward?"),
        c("I don't drive. I don't know. I just need to know what happens to the finance.", None),
        t("Of course. What I can say is that a lot of our bereaved customers find a fresh start really helps, and we've a lovely small-car offer at the moment, the Picanto, very easy to learn in."),
        c("I'm seventy-four. I'm not learning to drive. I just want the car gone.", "no_need"),
        t("Understood. Well, the agreement would need settling, but we could roll the balance into a new agreement in your name, which keeps everything simple. Shall I send you the figures?"),
        c("I'm going to put the phone down now. My son will ring you.", None),
        t("Of course, totally understand. Before you go, how satisfied have you been with the service today?"),
        c("Goodbye.", None),
    ],
))

# ---------------------------------------------------------------- 15 blame
_open = c("Hey, you guys put a new muffler on my Impala last Thursday and now there's a rattle underneath every time I go over a bump. It wasn't there before.", None)
PAIRS.append(gpair(
    "b200g_chicago_exhaust", "muffler and brake shop, Chicago, Illinois, US", "blame",
    "A customer comes back a week after a muffler replacement because of a new rattle over bumps.",
    good=[
        _open,
        t("That's not right, sorry. Is the rattle at idle too, or only over bumps? And is it toward the back or under the middle?"),
        c("Only over bumps. Back, I think. Kinda metallic, like a tin can.", None),
        t("That sounds like a hanger or a heat shield touching the new pipe. We'll put it on the lift now; if it's our work, it's covered. Can you wait twenty minutes?"),
        c("I can wait, but I gotta be at work by one. And look, I paid four hundred bucks for this already.", None),
        t("You won't pay for anything to do with the install. You'll be out well before one."),
        c("Okay. So what was it?", None),
        t("The rear hanger wasn't fully seated, so the pipe was knocking the heat shield. It's tightened and I put in a new rubber isolator, no charge. If you hear anything else, come straight back."),
        c("Quiet as anything now. Thanks, man.", None),
    ],
    gaming=[
        _open,
        t("Sorry to hear that. Help me understand, how have you been driving on it since Thursday?"),
        c("Normal. To work and back. Why?", None),
        t("Because Chicago roads this time of year, you've probably been hitting potholes pretty hard. A lot of customers don't slow down enough, and that knocks an exhaust loose."),
        c("I drive the same roads I did last month. It didn't rattle before you touched it.", None),
        t("I hear you, but our install was done to spec. If you went with the cheaper muffler instead of the one we recommended, that's really on you."),
        c("You recommended that one! It's on my receipt.", None),
        t("Well, did you maybe go over a curb? What I'm hearing is the car's been under some stress. We can look at it, it's a hundred-twenty diagnostic fee."),
        c("I'm not paying you to fix your own mistake. I'm calling the Better Business Bureau.", None),
    ],
))

# ---------------------------------------------------------------- 1 monologue
_open = c("Hi, I've booked an Exter at your showroom and the sales guy said to talk to you about the loan. I already have a pre-approved offer from my bank at 9.1%, so I'm just comparing.", None)
PAIRS.append(gpair(
    "b200g_mumbai_carloan", "dealership finance desk, Mumbai, India", "monologue",
    "A young software engineer buying her first car already has a bank loan offer and plans to prepay a big part with her March bonus.",
    good=[
        _open,
        t("Hi, thanks for coming over. Since you already have a bank offer, let's compare like for like. What loan amount and tenure does your bank letter show?"),
        c("Six lakh, five years. EMI around 12,500. Processing fee they said 0.5%.", None),
        t("Okay. Our tie-up rate for you would be 8.85%, with a flat processing fee of 4,999. Over five years that's about 12,400 EMI. Is the EMI the main thing for you, or total cost, or something else, like prepayment?"),
        c("Prepayment, actually. I'll get a bonus in March and I want to pay a big chunk off.", None),
        t("Good that you said that. Our lender charges 3% on part-prepayment in the first year; many bank loans on floating rates charge nothing. So if you're prepaying in March, your bank may come out cheaper even at 9.1%. Check their prepayment clause and compare the totals."),
        c("Oh. I didn't think about that at all. Let me check with my bank and come back.", "think_it_over"),
        t("Sure. Here's a printout of our numbers with the prepayment charge written in, so you can put them side by side. Either way, your car booking stays as it is."),
    ],
    gaming=[
        _open,
        t("Hi! Great choice on the Exter, it's a fantastic experience. So let me tell you how our finance works, because honestly it's the best in Mumbai. Tie-ups with eight banks, approval in thirty minutes, doorstep documentation, and our rate starts at 8.85%, lower than your bank. Plus we bundle insurance, extended warranty and a ceramic coating into the EMI, so you don't even feel it."),
        c("Okay, but what about—", None),
        t("And what I really want you to understand is that your bank doesn't know cars. We do. With us it's one point of contact, one relationship, everything handled. EMI comes to just 13,900 with the bundle. Most first-time buyers like you go for the seven-year tenure, it keeps the EMI really comfortable."),
        c("Seven years? I wanted to prepay in March—", None),
        t("Prepay, no prepay, honestly don't worry about that now, we'll handle everything when it comes. The important thing is getting you into your car on time, right? So, any questions?"),
        c("I need to check all this with my bank before I sign anything.", "think_it_over"),
        t("Sure, sure. But remember, our approval is thirty minutes, your bank will take a week. I'll keep the file ready. Anything else?"),
        c("No. I'll call you.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- 2 closing_as_open_question
_open = c("Good afternoon. I am interested in the Yaris hybrid, the blue one outside. I work night shifts at the hospital, so I need something reliable.", None)
PAIRS.append(gpair(
    "b200g_birmingham_yarispcp", "Toyota dealership, Birmingham, UK", "closing_as_open_question",
    "A night-shift nurse whose old car keeps failing to start wants a reliable hybrid; a colleague got caught out by a big final payment on a PCP deal.",
    good=[
        _open,
        t("Good afternoon. Reliable for nights, that makes sense. How far is your drive to the hospital, and what are you driving now?"),
        c("About twelve miles each way. I have an old Micra, 2009. It failed to start twice last month, at seven in the evening when I'm about to leave for a shift!", None),
        t("That's stressful. Have you thought about how you'd like to pay: cash, a loan, or one of the finance plans?"),
        c("My colleague got PCP and at the end she had to pay a big lump sum or give the car back. I don't want to be trapped like her.", "bad_experience"),
        t("That's the balloon payment, and you're right to ask. With PCP you don't have to pay it, you can hand the car back. But if you want to own it with no lump sum at the end, hire purchase spreads the full price over the term, with higher monthly payments. Can I show you both on paper for the same car so you can compare?"),
        c("Yes, please. I want to see it written down.", None),
        t("Here: PCP is £219 a month with £7,400 at the end; HP is £329 a month and the car's yours. Take it home and look at it after you've slept. If you'd like a test drive, I can do one on your day off."),
        c("Thursday I'm off. I'll come at eleven.", None),
    ],
    gaming=[
        _open,
        t("Great choice! What would it take for you to drive that blue Yaris home today?"),
        c("Today? I came off a night shift this morning. I'm not deciding anything today.", "no_time"),
        t("Totally understand. So when you picture yourself driving it, how would you prefer to pay, PCP or HP?"),
        c("My colleague did PCP and got trapped with a big payment at the end. I don't know.", "bad_experience"),
        t("I hear you. So what monthly figure would you need to see to feel confident saying yes this afternoon?"),
        c("I need to think about it. Can you just give me a brochure?", "think_it_over"),
        t("Of course. And if I could get it down to £199 a month, what would stop you putting a deposit down right now?"),
        c("The fact that I'm tired and you're not listening. Bye.", None),
    ],
))

# ---------------------------------------------------------------- 3 pitch_as_paraphrase
_open = c("Hey, I need new tires on my Outback before ski season. The tread's getting pretty thin. Not sure if I need dedicated snows or not.", None)
PAIRS.append(gpair(
    "b200g_denver_snowtires", "tire shop, Denver, Colorado, US", "pitch_as_paraphrase",
    "A city commuter who drives up I-70 to the ski areas a couple of times a month needs tires and has no garage to store a second set.",
    good=[
        _open,
        t("Good timing. How often are you heading up to the mountains, and is it mostly town driving otherwise?"),
        c("Maybe once or twice a month to Keystone. Otherwise just commuting in Denver, like fifteen miles a day.", None),
        t("Do you have somewhere to store a second set of tires over the summer? That changes the math."),
        c("Not really, I'm in an apartment. No garage.", None),
        t("So: mostly city, a couple of I-70 trips a month, nowhere to store a spare set. That points to an all-weather tire with the three-peak snowflake rather than dedicated snows. It meets the traction law on I-70 and stays on all year. The Nokian ones are about eight-sixty installed for four. Want me to check stock in your size?"),
        c("Eight-sixty's more than I figured. I was thinking like six hundred.", "too_expensive"),
        t("The cheaper all-seasons are around six-twenty, but they don't carry the snowflake, so on a traction-law day you could be turned around. If money's tight I'd rather you had those than bald ones, but for Keystone I'd go all-weather."),
        c("Nah, that makes sense. Let's do the Nokians. Got anything Saturday?", None),
    ],
    gaming=[
        _open,
        t("Hey! Tell me about how you drive."),
        c("Couple trips a month to Keystone. Otherwise city. No garage, I'm in an apartment.", None),
        t("So what you need is a full set of Blizzak winters plus a second set of all-seasons on alloy wheels, with our seasonal storage plan, right?"),
        c("No, I don't have anywhere to put a second set. That's what I just said.", "no_need"),
        t("Right, so what I'm hearing is storage is a concern, which is exactly why you need our storage plan, a hundred-forty a season. Is that fair?"),
        c("I'm not paying to store tires I don't even want.", "no_need"),
        t("Totally. So you're looking for maximum safety on I-70, which means the full winter package at two thousand one-ninety. Did I get that right?"),
        c("Two grand? That's way more than I want to spend on tires. I'll try Discount Tire.", "too_expensive"),
    ],
))

# ---------------------------------------------------------------- 4 upsell_as_loop_closing
_open = c("Seltos, 20,000 km service. Booked for 10 am. I want it back by 4.", None)
PAIRS.append(gpair(
    "b200g_hyderabad_periodicservice", "authorised car service centre, Hyderabad, India", "upsell_as_loop_closing",
    "A terse retired army officer drops off his SUV for a scheduled service and wants nothing extra done without his say-so.",
    good=[
        _open,
        t("Good morning, sir. Yes, 20,000 km periodic service, we can finish by 3:30. Any issue you've noticed while driving: noise, pulling, a warning light?"),
        c("Slight squeal from the front brakes in the morning. Goes away after some time.", None),
        t("Noted. That's often dust or moisture on the pads; we'll clean and measure them. If the pads need replacing, I will call you with the price before touching anything."),
        c("Fine. But nothing without calling me. Last time another centre added alignment and balancing and billed me without asking.", "bad_experience"),
        t("Understood, nothing extra without your approval. The estimate for the standard service is 6,850. Anything else you want us to look at?"),
        c("No. That's all.", None),
        t("Then that's the job. I'll call you at 3:30 with the pad measurement, and the car will be waiting at the wash bay."),
    ],
    gaming=[
        _open,
        t("Good morning, sir! Absolutely. Before I close the job card, what else can we add for you today? Engine decarbonising is at a special price this week."),
        c("No. Just the service.", "no_need"),
        t("Noted, sir. And to make sure we've covered all your needs, shall I add interior dry-cleaning and AC disinfection? Monsoon is coming."),
        c("I said just the service. Last time a centre added things and billed me without asking.", "bad_experience"),
        t("Of course, sir. Just to close the loop, anything else? Teflon coating, underbody anti-rust, nitrogen? Many customers like the full package, only 4,500 extra."),
        c("No. None of it. Will I get it back by 4 or not?", "no_need"),
        t("Yes sir, by 4. And is there anything else at all I can add for you?"),
        c("Give me the job card. I will write 'ONLY PERIODIC SERVICE' on it myself.", None),
    ],
))

# ---------------------------------------------------------------- 5 leading_tag_questions
_open = c("Good morning o. My wife and I are expecting our third child, so the Corolla is not going to take three car seats. We are looking for something bigger.", None)
PAIRS.append(gpair(
    "b200g_lewisham_familycar", "new car dealership, south-east London, UK", "leading_tag_questions",
    "A Nigerian-British father expecting a third child needs room for three car seats, plus a seat for his mother when she visits from Lagos.",
    good=[
        _open,
        t("Congratulations to you both! Three car seats in a row is the real test. How old are the other two, and do you need seven seats or would a wide five do?"),
        c("Four and two. Seven would be good, because my mother comes from Lagos every summer and stays three months.", None),
        t("So day to day it's three car seats across, and in summer you need one more adult seat. Is it mostly London driving, or longer runs too?"),
        c("Mostly school run in Lewisham, church on Sunday. But we drive to my brother in Manchester maybe four times a year. I'm worried about ULEZ also.", None),
        t("Anything we sell here is ULEZ compliant, so that one's easy. Two that take three seats across the middle are the Kodiaq and the Peugeot 5008. The Kodiaq's third row is tight for an adult; the 5008's is kinder to your mum, and it's about two thousand less. Could you bring your car seats on Saturday so we fit them in both?"),
        c("Saturday is good. My wife will want to see them, she is the one who decides, honestly.", "think_it_over"),
        t("Then bring her, definitely. I'll have both cars out front at ten and you can try the seats yourselves."),
    ],
    gaming=[
        _open,
        t("Congratulations! You'll want the Kodiaq vRS, won't you? Top of the range for a growing family."),
        c("I don't know. What is the price?", None),
        t("Forty-eight thousand. But for your family's safety, price isn't really the question, is it?"),
        c("It is the question for me. We have a baby coming. That is a lot of money.", "no_money"),
        t("Of course. But you'd want the panoramic roof for the kids, wouldn't you? And the seventh seat's a must, isn't it?"),
        c("The seventh seat, yes, for my mother. The roof, I don't care about.", "no_need"),
        t("Sure, but you'd agree a family like yours deserves the best, wouldn't you? So the vRS makes sense, doesn't it?"),
        c("Let me discuss with my wife. We will look at the Peugeot also.", "think_it_over"),
    ],
))
