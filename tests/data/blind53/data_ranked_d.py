"""Ranked pairs d01-d10: two decent conversations, `better` better in a way a coach would agree with.
Hand-written for blind53."""
from common import t, c, rpair

PAIRS = []

O1 = c("Good morning. My daughter made me come. She says I don't hear the television. I hear it fine, she just speaks quietly.", None)
PAIRS.append(rpair(
    "b53r_d01_coimbra_hearingaids",
    "Hearing-aid centre, Coimbra, Portugal. A reluctant retired man sent by his daughter. Better finds where he himself notices the problem, meets his friend's bad experience with a trial, and lets him decide after the test; worse tests and recommends a model straight away.",
    better=[
        O1,
        t("Good morning. Daughters do that. Where do you notice it yourself, if anywhere: at home, at the cafe, on the phone?"),
        c("At the cafe with my friends, yes, when it's full. I nod and I laugh. Maybe I miss the jokes.", None),
        t("Noisy rooms are the most common place. The test is free, twenty minutes, and afterwards you decide. Nothing to buy today."),
        c("My friend Alberto bought those things, four thousand euros, and they whistle. He keeps them in a drawer.", "bad_experience"),
        t("That happens when they aren't adjusted after fitting. If the test shows something, we'd start with thirty days' trial with adjustments, and you return them if they end up in a drawer."),
        c("Thirty days. Hm. Let's do the test, then I tell my daughter I was right.", None),
    ],
    worse=[
        O1,
        t("Good morning. Let's do a hearing test, it's free and takes twenty minutes."),
        c("Fine. But I hear well, you'll see.", "no_need"),
        t("You have a moderate loss in the high frequencies, both ears, which explains the television. I'd recommend our mid-range model, 2,400 for the pair."),
        c("2,400! My friend Alberto paid four thousand and keeps them in a drawer, they whistle.", "bad_experience"),
        t("Ours are newer, the whistling is much better controlled now. There's a thirty-day trial."),
        c("I will think about it, and talk to my daughter.", "think_it_over"),
    ],
))

O2 = c("Anh oi, my bike, the front brake makes noise, kiiit kiiit. Change the pads for me, quick, I deliver food.", None)
PAIRS.append(rpair(
    "b53r_d02_hochiminh_motorbikerepair",
    "Motorbike repair stall, Ho Chi Minh City, Vietnam. A food-delivery rider asks for new brake pads. Better asks and looks before replacing, finds the real fault (old fluid, mud on the disc) and saves him the pads; worse fits the pads asked for and only then meets the real problem.",
    better=[
        O2,
        t("OK. Does it squeak every time you brake, or only in the morning or in rain?"),
        c("Every time, more since the rain last week. And the handle feels a little soft.", None),
        t("Soft lever is more important than the noise. Let me look first. The pads still have half left; the noise is mud on the disc, and the soft feeling is old fluid with air in it."),
        c("So no pads? How much for the fluid?", None),
        t("Clean the disc and change the fluid, 120,000, twenty minutes. The pads can wait a month or two."),
        c("OK, do it. Twenty minutes is fine, I eat lunch.", None),
    ],
    worse=[
        O2,
        t("OK, front pads. Original ones 180,000, or cheaper ones 90,000."),
        c("The cheaper one. I don't have much money this week.", "no_money"),
        t("OK, done. Pads changed, and I cleaned the disc also."),
        c("Still a bit soft when I squeeze.", None),
        t("That's maybe the brake fluid. Changing it is 80,000 more, you want it now?"),
        c("Not today, I have orders waiting. Next week maybe.", "no_time"),
    ],
))

O3 = c("Mate, we've got eleven utes running out to the mine sites. Our current mechanic's booked out three weeks. What can you do?", None)
PAIRS.append(rpair(
    "b53r_d03_kalgoorlie_fleetservice",
    "Mechanical workshop, Kalgoorlie, Western Australia. A mining contractor's fleet manager looks for a new mechanic. Better asks what the real pain is (breakdown downtime, not service price) and offers a low-risk trial; worse quotes service prices and a vague promise.",
    better=[
        O3,
        t("Eleven's a good fleet. What hurts more, waiting for routine services, or a ute stuck when something breaks?"),
        c("Breakdowns. A ute off the road for a week means a crew can't get to site. Services we can plan.", None),
        t("Then repair turnaround matters more than service price. We keep common parts for Hiluxes and Rangers on the shelf and look at fleet breakdowns within 24 hours. What are yours?"),
        c("Mostly Hiluxes, three Rangers. What's this fleet account cost?", None),
        t("No fee, standard rates, and we'd want your servicing too so we know the vehicles. Try us with the next two services and one breakdown, then decide."),
        c("Fair enough. Have to run it past the ops manager, but I like that.", "think_it_over"),
    ],
    worse=[
        O3,
        t("We can fit you in. Services are 320 for a Hilux, 340 for a Ranger, and we can do two a day."),
        c("Price is about the same as the other mob. It's the breakdowns that kill us.", None),
        t("We do repairs too. Book it in and we'll get to it as quick as we can."),
        c("That's what they all say. Current bloke said the same thing.", "bad_experience"),
        t("Fair. We've got a good name in town. Want me to email our rates?"),
        c("Yeah, send them through, I'll have a look.", "brush_off"),
    ],
))

O4 = c("hi we are small cosmetics brand, need to ship 3 pallets to LA. what is your rate for sea freight", None)
PAIRS.append(rpair(
    "b53r_d04_incheon_freightforwarder",
    "Freight forwarder, Incheon, South Korea. A cosmetics start-up asks for a sea-freight rate to Los Angeles. Better asks for the deadline first, plans the sailing and flags the FDA listing that causes holds; worse quotes the rate and a reassuring but untested promise.",
    better=[
        O4,
        t("Hi! Happy to quote. Before the rate: when must the goods be in LA, is there a launch date behind it?"),
        c("pop-up store opens april 20. our last forwarder was 2 weeks late, we missed a trade show", None),
        t("Then the sailing date matters more than the rate. LCL is 4-5 weeks door to door, and cosmetics often get FDA holds. I'd book the March 8 sailing for buffer. Are your products listed with the FDA?"),
        c("not sure, i need to check with our regulatory person", None),
        t("Please do, it's the usual cause of holds. 3 pallets LCL door to door is about 1,900 dollars; I'll send it with a customs checklist."),
        c("1900 is more than the other forwarder, they said 1500", "too_expensive"),
        t("Compare what's included: ours has US customs and delivery. If theirs does too, send it over and I'll look honestly."),
    ],
    worse=[
        O4,
        t("Hi! 3 pallets LCL to LA is about 1,900 dollars door to door, transit around 30 days."),
        c("1900 is more than the other forwarder, they said 1500", "too_expensive"),
        t("Ours includes customs and US delivery, check if theirs does. We're also very reliable."),
        c("ok. we need it there before april 20", None),
        t("No problem, book by end of February and you'll be fine."),
        c("ok ill compare and come back to you", "think_it_over"),
    ],
))

O5 = c("Hi, we want to rent a boat for the day, no licence, to go to Symi. Four friends. Tomorrow?", None)
PAIRS.append(rpair(
    "b53r_d05_rhodes_boatrental",
    "Licence-free boat rental, Rhodes, Greece. Four students want to take a small boat to Symi the next day. Better is honest that the forecast wind makes Symi unsafe, asks about experience, and offers safe alternatives; worse rents the boat and lets them try with a vague warning.",
    better=[
        O5,
        t("Hi! Tomorrow the meltemi is forecast at 6 Beaufort from midday. In a small licence-free boat, Symi isn't safe in that, it's open water. Has any of you driven a boat before?"),
        c("One of us, a bit, on a lake. But we really wanted Symi, we leave on Friday.", None),
        t("I understand. Two honest options: a licence-free boat tomorrow for the sheltered east-coast bays, 120 euros. Or Symi with a skipper on a bigger boat, 480 for the four of you, and he decides if the sea allows."),
        c("480 is a lot. We're students.", "no_money"),
        t("Then the bays tomorrow. Thursday morning the wind drops; if you want to try Symi then, I'll call you Wednesday evening with the forecast."),
        c("Yes, that works. Bays tomorrow, and call us about Thursday.", None),
    ],
    worse=[
        O5,
        t("Hi! Yes, licence-free boat, 120 for the day, fuel extra. It gets windy tomorrow afternoon, so be back by two."),
        c("Can we make Symi and back by two?", None),
        t("It's possible if you leave at eight and don't stay long. Just be careful, it can get choppy."),
        c("Okay... my friend is a bit scared of waves actually. Let me check with the others.", "think_it_over"),
        t("Sure, let me know tonight and I'll reserve it."),
        c("Okay, we'll message you.", None),
    ],
))

O6 = c("Hello, my accountant says I must have software for the invoices now, electronic. What do you have? I am not good with computers.", None)
PAIRS.append(rpair(
    "b53r_d06_oran_invoicingsoftware",
    "Invoicing software reseller, Oran, Algeria. A hardware-shop owner, not at ease with computers, must start electronic invoicing. Better asks how he invoices now, sizes the basic version and offers a supported free month; worse lists three tiers and sends a download link.",
    better=[
        O6,
        t("Hello. We'll keep it simple. How do you make invoices now, by hand or on the computer, and how many a month?"),
        c("By hand, in the carnet. Maybe two hundred a month. My son helps on Saturdays with the computer.", None),
        t("Two hundred is small. The basic version does invoices and the export for your accountant, 2,500 dinars a month. Before you pay, I install it and we make ten invoices together."),
        c("My cousin bought a program and it was all in English, he never used it.", "bad_experience"),
        t("This one is in French and Arabic. One month free, and I come on Saturday when your son is there. If it's too complicated, you stop."),
        c("Saturday, good. My son is there at ten.", None),
    ],
    worse=[
        O6,
        t("Hello. We have three versions: basic 2,500 a month, pro 4,000 with stock management, premium 6,500 with everything. Most shops take the pro."),
        c("Stock management, I don't know. I only need the invoices, I think.", "no_need"),
        t("Then basic is fine. I can send you the download link and the user guide."),
        c("A guide... my cousin had a program like this, he never used it, too complicated.", "bad_experience"),
        t("It's quite easy. And we have a helpline if you need it."),
        c("OK, send me the link, I see with my son.", "think_it_over"),
    ],
))

O7 = c("Hi! I'd love to try diving but honestly I'm not a strong swimmer. Is that, like, a problem?", None)
PAIRS.append(rpair(
    "b53r_d07_bohol_diveschool",
    "Dive centre, Panglao, Bohol, Philippines. A nervous beginner asks whether weak swimming rules out a try dive. Better asks what exactly worries her, shapes a shallow private dive around it and lets her decide after the pool; worse reassures and books the standard group dive to twelve metres.",
    better=[
        O7,
        t("Fair question. Can you swim a couple of lengths of a pool, and are you okay putting your face in the water?"),
        c("I can swim, slowly. Face in the water is fine. It's deep water that freaks me out, when I can't see the bottom.", None),
        t("That's really common. We'd start standing in the pool, then a shallow reef at Alona, five or six metres, where you always see the bottom, with one instructor just for you."),
        c("Just me? How much is that?", None),
        t("Private is 4,500 pesos, a group of four is 3,500. With your worry I'd go private, but it's your call."),
        c("Hmm, 4,500 is a lot for one morning. Can I decide after the pool part?", "too_expensive"),
        t("Yes. The pool session is 1,000 and counts toward the dive if you carry on the same day."),
    ],
    worse=[
        O7,
        t("Not a problem at all! Lots of people dive who aren't great swimmers. Our try dive is 3,500, group of four, pool and then the reef."),
        c("Okay, cool. How deep does the reef go?", None),
        t("About twelve metres at the house reef, beautiful walls. You'll love it."),
        c("Twelve metres... I get a bit panicky when I can't see the bottom.", None),
        t("You'll be fine, the instructor stays close. Tomorrow at eight?"),
        c("Um, can I think about it tonight?", "think_it_over"),
    ],
))

O8 = c("Excuse me. I am 68. My knees are bad now. I want an electric bicycle for shopping, the supermarket is up a hill.", None)
PAIRS.append(rpair(
    "b53r_d08_nagoya_ebike",
    "Bicycle shop, Nagoya, Japan. A 68-year-old with bad knees wants an e-bike for shopping up a hill. Better asks about the trip, the loads and where the bike is kept, and has him try a step-through frame; worse shows the best-seller and answers objections with features.",
    better=[
        O8,
        t("Welcome. How far is the supermarket, and do you carry heavy things home, like rice?"),
        c("Two kilometres. Yes, rice, five kilos, and drinks. My wife's bicycle has a basket, but I cannot push it up the hill.", None),
        t("Then a low step-through frame for your knees, and a rear carrier for the rice. This one is low, you don't lift your leg, but it weighs 27 kilos. At home, is it kept at ground level, or up steps?"),
        c("Ground level, in the car park. Can I try it?", None),
        t("Please, ride to the corner and back. It's 128,000 yen, and one charge lasts about a week of your trips."),
        c("Oh, it is easy to get on. 128,000... I will come back with my wife on Sunday.", "think_it_over"),
    ],
    worse=[
        O8,
        t("Welcome. This model is the most popular, 115,000 yen, strong battery, 60 kilometres."),
        c("Hmm. It is a little high to get on, for my knees.", None),
        t("We also have the step-through version, 128,000. Very stable."),
        c("128,000 is quite expensive.", "too_expensive"),
        t("The quality is good, three years' warranty on the battery. Many older customers buy it."),
        c("I will think about it.", "think_it_over"),
    ],
))

O9 = c("Good evening, my daughter's wedding, 90 guests, next June. We saw your terrace on Instagram. Is it free on 14 June?", None)
PAIRS.append(rpair(
    "b53r_d09_matera_weddingvenue",
    "Cave-hotel wedding venue in the Sassi, Matera, Italy. The bride's mother enquires about a date. Better asks about the guests before prices, uncovers a 91-year-old grandmother and the forty steps, and offers a video walk-through; worse gives the date and menu prices and negotiates.",
    better=[
        O9,
        t("Good evening, and congratulations. The 14th is free. Before prices, tell me about the guests: anyone elderly or in a wheelchair? Our terrace is forty steps down in the Sassi."),
        c("Oh. My mother is 91, she walks with a stick. I didn't think of the steps.", None),
        t("Many families don't until they visit. A small electric car goes up the lane to a side entrance with only six steps, and our staff help. Would you like to walk it with her in mind?"),
        c("We live in Turin, I can't come before March.", "no_time"),
        t("Then I'll do a video call from the lane and the side entrance, whenever suits you, so you see exactly what she'd face. And I'll hold the 14th for two weeks."),
        c("That would be very kind. Thursday evening?", None),
    ],
    worse=[
        O9,
        t("Good evening, congratulations! Yes, the 14th is free. The terrace seats up to 100 for dinner, and the menu is 145 per person with wine."),
        c("145 per person, with 90 people... that's more than we planned.", "no_money"),
        t("There's a menu at 120 without the aperitivo. Many couples choose that."),
        c("Maybe. I will talk with my daughter and her fiance.", "think_it_over"),
        t("Of course, I'll send the brochure and hold the date for a week."),
        c("Thank you.", None),
    ],
))

O10 = c("hi i want to cancel my membership pls", None)
PAIRS.append(rpair(
    "b53r_d10_quezoncity_gym",
    "Gym chain chat, Quezon City, Philippines. A member asks to cancel. Better asks the reason without pressure, learns it's a possibly temporary night shift and offers a free pause; worse opens with a discount, then the 24-hour branch, then cancels.",
    better=[
        O10,
        t("Hi, sure, I can do that. Can I ask what's making you stop, so I set it up right? No fee either way."),
        c("ive been on night shift at the call center since last month, cant make it anymore. gym closes at 10", None),
        t("That makes sense. You can cancel, or pause free for up to three months if the shift is temporary. Our Ortigas branch is also open 24 hours on the same membership."),
        c("ortigas is far from me. pause might be good, the shift might change in march", None),
        t("Then I'll pause it until March 31. If the shift doesn't change, message me and I'll cancel with no charge."),
        c("ok thanks that works", None),
    ],
    worse=[
        O10,
        t("Hi, sorry to see you go! Can I offer you 20% off the next three months if you stay?"),
        c("no its not the price, i work nights now, cant go", "no_time"),
        t("I see. Our Ortigas branch is open 24 hours, you could use that one."),
        c("too far. just cancel pls", "no_need"),
        t("Done, your membership ends on the 30th. You're welcome back anytime."),
    ],
))
