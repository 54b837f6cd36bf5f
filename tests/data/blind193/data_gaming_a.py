"""Gaming pairs a: kinds 1-10 (hand-written, blind193)."""
from common import c, gpair, t

PAIRS = []

# 1. monologue: US bike shop, Portland
o = c("Hi, um, I'm thinking about getting a bike to commute to work? I haven't ridden in, like, ten years.", None)
PAIRS.append(gpair(
    "b193g_portland_commuter_bike", "bike shop, Portland, Oregon", "monologue",
    "A nurse who has not ridden for ten years wants a bike for her commute to the hospital.",
    good=[
        o,
        t("Welcome back to bikes, then. How far is the commute, and what's the route like? Roads, bike paths, hills?"),
        c("About six miles each way. Mostly the Springwater trail, then there's this nasty hill at the end up to the hospital.", None),
        t("Six miles with a climb to finish. Will you ride in your work clothes or change when you get there?"),
        c("I change into scrubs there. But I'd have to carry my stuff. I was thinking, budget-wise, five, six hundred tops.", None),
        t("Okay: six miles, a climb at the end, a bag to carry, and around five to six hundred. Before I pull anything down, how tall are you, and is there somewhere safe to lock it at work?"),
        c("Five six. There's a bike cage in the parking garage.", None),
        t("Good. This hybrid is $549 with the rack, and the low gears will get you up that hill sitting down. Want to ride it round the block and try the ramp out back?"),
        c("I mean, I'm kind of just looking today. But sure, I'll ride it round the block.", "brush_off"),
        t("Great. And if you'd rather not commit today, we rent this same model for a weekend at forty bucks, and that comes off the price if you buy."),
    ],
    gaming=[
        o,
        t("Love that! Great question. So what's your experience with bikes? Actually, let me tell you, commuting is the best decision you'll ever make. We're a Trek dealer, free tune-ups for a year, and our most popular commuter right now is the Vector 7 e-bike. Pedal assist, hydraulic discs, built-in lights, sixty-mile range."),
        c("Oh, I wasn't really thinking elec-", None),
        t("I hear you, totally normal, everyone thinks that until they ride one. Bosch battery, which is the gold standard, lifetime frame warranty, and zero percent finance over eighteen months, so like sixty bucks a month. And you'll never show up sweaty. How does that sound for your needs?"),
        c("That's... okay, how much is it altogether?", None),
        t("Twenty-four ninety-nine, but think of it as a car replacement. Gas, parking, insurance, it pays for itself. Plus we throw in a lock, fenders and a fitting. Our customers love the whole experience. Did I understand your needs correctly?"),
        c("I mean, I said I haven't ridden in ten years. That's way more than I have for this.", "no_money"),
        t("Totally get it. But picture it, any hill, zero effort. We also do commuter packs, panniers, a rain kit and a service plan, which honestly I'd recommend for anyone new."),
        c("I think I'm gonna look around a bit first.", "think_it_over"),
    ],
))

# 2. closing_as_open_question: UK golf club, Surrey
o = c("Afternoon. I played here as a guest last week and thought I'd ask about joining.", None)
PAIRS.append(gpair(
    "b193g_surrey_golf_membership", "golf club, Surrey, England", "closing_as_open_question",
    "A retired man who played as a guest asks about membership; he is a member at another club.",
    good=[
        o,
        t("Glad you enjoyed it. How often do you reckon you'd play, and is it mostly weekdays or weekends?"),
        c("Weekdays. I'm retired. I'm at Fairmile at the moment, pay about eleven hundred, but the course is shut half the winter, it's so waterlogged.", None),
        t("So you'd mostly play midweek, and winter's the sore point. Our five-day membership is twelve hundred and forty."),
        c("Hmm. That's more than Fairmile for fewer days, isn't it.", "too_expensive"),
        t("It is on paper. But you mentioned Fairmile closes for weeks at a time. We're on sand and we've not shut since 2019, so per round it may come out lower. Don't take my word for it: we offer three winter rounds at member rate so you can see for yourself."),
        c("That's fair. I'd have to talk to my wife, mind. She does the accounts.", "think_it_over"),
        t("Of course. I'll email the fees and the trial details tonight. Would a round next Tuesday suit, so you've seen it in the wet before you decide?"),
        c("Tuesday's fine, yes.", None),
    ],
    gaming=[
        o,
        t("Wonderful! What was it about your round that made you feel at home here?"),
        c("Oh, the greens were superb. I'm mostly a weekday player, retired. I'm at Fairmile at present.", None),
        t("Lovely. So what would it take for you to fill in the form today?"),
        c("Well, I'd want to know the fees first.", None),
        t("Of course. Full seven-day is eighteen hundred and fifty. How would you like to spread that, monthly direct debit or annually?"),
        c("Eighteen fifty? I only play weekdays. I've no need for weekends.", "no_need"),
        t("Sure, there's a five-day as well. Which start date works best for you, the first or the fifteenth?"),
        c("I haven't said I'm joining. I'd want to talk it over with my wife.", "think_it_over"),
        t("Absolutely. What would your wife need to hear from me today for you both to say yes?"),
        c("Goodness me. I think I'll leave it there, thank you.", None),
    ],
))

# 3. pitch_as_paraphrase: NZ ski hire, Queenstown
o = c("G'day, we need skis for the four of us tomorrow. Kids have never skied before.", None)
PAIRS.append(gpair(
    "b193g_queenstown_family_ski_hire", "ski hire shop, Queenstown, New Zealand", "pitch_as_paraphrase",
    "An Australian family on holiday hires gear for two first-timer kids and two rusty adults.",
    good=[
        o,
        t("No worries. How old are the kids, are they booked into lessons, and how many days are you after?"),
        c("Seven and ten. They've got the morning ski school at the Remarkables. Me and the wife skied years ago, bit rusty. Three days.", None),
        t("So three days, two first-timers in lessons, and two of you getting back into it. Kids' packages for them, and for you two I'd go standard recreational skis, not the performance ones. Softer skis are kinder when you're rusty."),
        c("We were hoping to skip helmets, the kids have their bike helmets with them.", "no_need"),
        t("I'd honestly not use bike helmets on the snow, they're not made for that kind of fall, and the ski school wants proper ones for under-twelves anyway. For you two it's your call."),
        c("Fair enough, helmets for the kids then. What's that all come to?", None),
        t("Six hundred and twelve for the four of you, three days, kids' helmets in. If you come in tonight for boots you'll skip the morning queue."),
        c("Tonight's hard, the kids'll be wrecked after the drive. Can we do it all in the morning?", "no_time"),
        t("Sure. Come at half seven, before the rush, and I'll have the lot set aside under your name."),
    ],
    gaming=[
        o,
        t("Exciting! So tell me, what does a great day on the mountain look like for you?"),
        c("Honestly? Kids not crying. They're seven and ten, first time. They're booked into lessons.", None),
        t("So what I'm hearing is you want the Family Premium Pack with performance skis for the adults and the GoPro add-on to capture the memories, is that right?"),
        c("Uh, no, I never said anything about GoPros. We're pretty basic skiers.", "no_need"),
        t("Totally, so basically what you need is Premium, because basic skiers progress faster on better gear. That's what you're after, yeah?"),
        c("What's the difference in price?", None),
        t("Premium's three-forty per adult for three days, standard's two-ten. So what you're saying is quality matters to you, which is why Premium's the right fit. Did I get that right?"),
        c("No mate, I'm saying I want the cheap ones. Three-forty a head is a rip-off for people stuck on the beginner slope.", "too_expensive"),
        t("I hear you. So the key need is value, and that's Premium, because you won't need to upgrade mid-week. Shall I put you down?"),
        c("Just standard, thanks. I'll sort the kids' gear at the mountain.", "no_need"),
    ],
))

# 4. upsell_as_loop_closing: UK fishing tackle, Norfolk
o = c("Morning. My grandson's staying with us over half term and he wants to try fishing. I know absolutely nothing about it.", None)
PAIRS.append(gpair(
    "b193g_norfolk_grandson_tackle", "fishing tackle shop, Wroxham, Norfolk", "upsell_as_loop_closing",
    "A grandfather buys a first fishing set-up for his eleven-year-old grandson for a week on the river.",
    good=[
        o,
        t("That's a lovely thing to do. How old is he, and where would he be fishing?"),
        c("He's eleven. We've a bit of the Bure at the bottom of the garden.", None),
        t("Perfect. Under thirteens don't need a rod licence, so that's one less thing. For the Bure I'd go with a simple float rod combo, a few hooks and floats, and a tub of maggots. Have you got a landing net at home?"),
        c("There's an old one in the shed from when my son was a boy. Probably rotten by now.", None),
        t("Bring it in if you like and I'll tell you if it'll do. The combo's thirty-four ninety-nine, maggots are three pounds. That's all he needs for the week."),
        c("Is that it? I thought you'd try to sell me half the shop.", None),
        t("Not for a first go. If he's hooked, come back and we'll talk next steps. Shall I show you how to tie a hook on, so you can help him?"),
        c("Yes please, that'd be a godsend.", None),
    ],
    gaming=[
        o,
        t("Lovely! So what's your vision for the week? What does success look like?"),
        c("Success? I suppose him catching something and not falling in.", None),
        t("Brilliant. So a rod, and what else can I add for you to make sure that happens? A proper seat box?"),
        c("He's eleven, he can sit on the bank.", "no_need"),
        t("Fair enough. Anything else you need to complete the set-up? We've got waders, a bait fridge, bite alarms?"),
        c("I don't know what half of those are, and I'm not made of money, love.", "no_money"),
        t("No problem. Just to close the loop, did we cover everything? The rod licence, the carryall, polarised glasses?"),
        c("Does an eleven-year-old even need a licence?", None),
        t("Let's add it to be safe. And anything else to round off the experience, maybe a bivvy?"),
        c("A bivvy? It's the bottom of my garden. Just the rod for now, I'll have a think about the rest.", "think_it_over"),
    ],
))

# 5. leading_tag_questions: US running store, Boston
o = c("Hi. So my shins are killing me, and I'm doing a half marathon in October. My first one.", None)
PAIRS.append(gpair(
    "b193g_boston_first_half_shoes", "running store, Boston, Massachusetts", "leading_tag_questions",
    "A new runner with sore shins and old shoes is training for her first half marathon.",
    good=[
        o,
        t("Congrats on signing up. How old are the shoes you're running in, and how many miles a week are you doing?"),
        c("They're, um, two years old? I run maybe fifteen miles a week. Mostly on sidewalks.", None),
        t("Two years at fifteen a week is a lot of miles on them. Can I watch you on the treadmill for a minute? New shoes won't cure shin pain on their own, but worn ones make it worse."),
        c("Sure. I'd like to stay under one-thirty if I can.", None),
        t("You land pretty hard on your heel and roll in a little. Here are three between one-twenty and one-forty with more cushion. Jog in each and tell me which one your shins hate least."),
        c("These feel really good. The blue ones.", None),
        t("Great choice. One honest thing: if your shins still hurt after two weeks in new shoes, see a physio. It might be how fast you've ramped up your mileage, not the shoes."),
        c("Good to know. I'll take the blue ones.", None),
    ],
    gaming=[
        o,
        t("Ooh, first half, love it! What's your running experience been like so far?"),
        c("Mostly fine, apart from the shins. I do about fifteen miles a week. My shoes are like two years old.", None),
        t("You'll want a proper carbon-plated racer for race day, won't you?"),
        c("I... don't know? I don't need anything fancy, I'm just trying to finish.", "no_need"),
        t("But finishing strong matters to you, doesn't it? And you wouldn't want to risk an injury in a cheap shoe, would you?"),
        c("Well, no. But I've got maybe one-thirty to spend, that's it.", "no_money"),
        t("Right, but your shins are worth more than that, aren't they? The Alphafly's two eighty-five and it's what the pros wear, isn't it?"),
        c("That's twice what I've got. I'm not a pro.", "no_money"),
        t("You'd regret not getting it though, wouldn't you? Shall I grab you a nine?"),
        c("No. I'll try the other store on Boylston.", None),
    ],
))

# 6. putdown_question: NZ holiday park, Coromandel
o = c("Hi, we're on site fourteen. The group next to us had music going till two in the morning. My kids didn't sleep.", None)
PAIRS.append(gpair(
    "b193g_coromandel_holiday_park_noise", "holiday park, Coromandel, New Zealand", "putdown_question",
    "A camping parent complains at reception about noisy neighbours on the next site.",
    good=[
        o,
        t("I'm sorry, that's not on. Which site was it, and did you get a chance to speak to them?"),
        c("Site fifteen, the big group with the two utes. We went over at midnight and they told us to get stuffed.", None),
        t("Right. Quiet time here is from ten. Did you know there's a night manager you can ring?"),
        c("No, nobody told us that. We've got three more nights and I'm not doing that again.", None),
        t("Fair enough. Two things, then. I'll go and see site fifteen myself this morning with the park rules. And I can move you to site forty by the bush track, our quietest corner, at no charge. Here's the night manager's number too."),
        c("Would we have to take the whole tent down?", None),
        t("No, our groundsman can shift it with the trailer after lunch, you'd just take your valuables out."),
        c("Okay. Sort out fifteen first and we'll see if we even need to move.", "think_it_over"),
    ],
    gaming=[
        o,
        t("Oh no. Walk me through it. Are you sure it was that loud, or are you maybe a light sleeper?"),
        c("It was two in the morning! The whole row could hear it.", None),
        t("Right, right. And what did you actually do about it at the time, or did you just lie there?"),
        c("We went over and they swore at us. Is that what you do here, nothing?", None),
        t("I hear your frustration. Can I ask, is this your first time camping? Because holiday parks in summer get a bit lively, you know?"),
        c("We've camped every summer for fifteen years. Don't patronise me.", None),
        t("Sure. So what would a good outcome look like for you, realistically?"),
        c("Realistically I'd like to talk to the manager.", None),
    ],
))

# 7. not_my_department_or_read_the_terms: US boat hire, Lake Tahoe
o = c("Hi. I rented a pontoon from you on Saturday and you kept my five hundred dollar deposit for a scratch that was already there.", None)
PAIRS.append(gpair(
    "b193g_tahoe_pontoon_deposit", "boat rental, South Lake Tahoe, California", "not_my_department_or_read_the_terms",
    "A renter disputes a withheld damage deposit and says the scratch was there before.",
    good=[
        o,
        t("Okay, let's look into it. What name is the booking under, and do you have any photos from before you left the dock?"),
        c("Ramirez. And yes, I took photos at the dock, they're timestamped.", None),
        t("That helps a lot. Could you email them to me? I'll pull up our check-out photos and put them side by side."),
        c("Sure, sending now.", None),
        t("Okay, I see it. Your 9:02 photo shows the scrape on the port side, same spot. I can't release deposits myself, but I'm sending this to the fleet manager now with both sets of photos. She decides by tomorrow noon and I'll call you either way."),
        c("I fly home at nine tomorrow, though. I can't come back in for this.", "no_time"),
        t("You won't need to. If it's approved it goes straight back on your card, and I'll call you either way. I'm Dana, my direct line's on this card."),
        c("Okay. Thanks, Dana.", None),
    ],
    gaming=[
        o,
        t("I totally understand how frustrating that must feel. Can you walk me through what happened?"),
        c("There was already a scratch on the side. I have timestamped photos from before we left.", None),
        t("Thanks for sharing that. Unfortunately deposits are handled by the fleet team. It's not really my department."),
        c("So who do I talk to? Are they here?", None),
        t("They're off-site. But section seven of the rental agreement you signed covers damage. Did you read that part?"),
        c("Nobody reads that. I'm telling you the scratch was there and I can prove it.", None),
        t("I hear you, and I appreciate your feedback. I just didn't write the policy. Is there anything else I can help with today?"),
        c("Yeah, you can give me your manager's name, because I'm disputing this with my card company.", None),
    ],
))

# 8. social_proof_or_deadline_pressure: UK climbing wall, Sheffield
o = c("Hiya, my daughter's nine and she's been begging me to let her climb. Do you do anything for kids?", None)
PAIRS.append(gpair(
    "b193g_sheffield_kids_climbing_club", "climbing centre, Sheffield, England", "social_proof_or_deadline_pressure",
    "A working mum asks about climbing sessions for her nine-year-old before Christmas.",
    good=[
        o,
        t("We do. Has she climbed before, and which days could you get her here?"),
        c("She came to a birthday party here in March and hasn't shut up about it since. Weekdays are tricky, I work till six.", None),
        t("Then Saturday Kids' Club is probably the one. Half nine to eleven, staff-led, ropes and bouldering. It's seventy-two pounds for a six-week block, or she can do a one-off taster for fourteen to see if the buzz lasts."),
        c("Seventy-two's a bit much right now, to be honest, with Christmas coming.", "no_money"),
        t("Totally fair. Start with the taster then. If she loves it, the January block starts on the eleventh and you can pay weekly at thirteen pounds a session."),
        c("Oh, that's better. Can you put her down for the taster this Saturday?", None),
        t("Done. Bring trainers and water, we've got harnesses and shoes. I'll text you the form to sign."),
    ],
    gaming=[
        o,
        t("Amazing! What does success look like for her climbing journey?"),
        c("Er, having fun? She did a party here and loved it.", None),
        t("Love that. So our Saturday Kids' Club is seventy-two pounds for six weeks. Honestly, every kid in her year at Hunters Bar is already in it. She'd be the only one not."),
        c("Really? Well, money's a bit tight before Christmas.", "no_money"),
        t("I hear you. The thing is, there are only two spaces left and they'll be gone tonight. I can hold one till five o'clock, no longer."),
        c("I'd want to ask her dad first.", "think_it_over"),
        t("Totally, but most parents just book it and tell the other half after. Nobody's ever regretted it. Shall I take a card now?"),
        c("No. If it's gone, it's gone.", "brush_off"),
    ],
))

# 9. keyword_stuffed: US surf school, San Diego (web chat)
o = c("hi do you do private surf lessons for adults? ive never surfed and im kinda nervous in the water", None)
PAIRS.append(gpair(
    "b193g_sandiego_nervous_surf_chat", "surf school, Pacific Beach, San Diego (web chat)", "keyword_stuffed",
    "A nervous adult who swims poorly asks in the web chat about a first surf lesson.",
    good=[
        o,
        t("We do! Being nervous is really common. Can I ask what worries you most: the waves, the depth, something else?"),
        c("i cant swim that well tbh. like i can doggy paddle", None),
        t("Thanks for telling me, that matters. Lessons start in waist-deep water on soft boards, you're on a leash and the wetsuit floats. Our instructors do ask that you can swim a little. An early-morning private lesson, when it's flattest, would be my pick for you."),
        c("how much is private", None),
        t("$110 for an hour, board and wetsuit included. Group is $75, but with nerves I'd go private."),
        c("hmm ok let me ask my gf if she wants to come too, then we could split it", "think_it_over"),
        t("Good idea. A semi-private for two is $170 total, so $85 each. Want me to hold Saturday at 8am for 24 hours while you ask her?"),
        c("yes pls", None),
    ],
    gaming=[
        o,
        t("Thanks for reaching out! I really understand your needs and feel your nervousness, and our goal is to build a relationship where your surf experience is a success. What does success mean to you?"),
        c("um i guess standing up? but like i said im nervous, i cant swim great", None),
        t("I hear you and I totally understand how you feel. At our school we're passionate about the customer experience and meeting every need on your journey. Does that resonate?"),
        c("sure but is it safe if i cant swim", None),
        t("Great question, and I appreciate you sharing. Safety is part of our holistic experience, and we're committed to your success and understanding your needs at every step. Would you like to book?"),
        c("you didnt answer tho. whats the actual answer", None),
        t("Totally understand! Our experienced team values the relationship and will meet you where you are. How satisfied are you with this conversation so far?"),
        c("not very lol. ill find another school", None),
    ],
))

# 10. rude: UK bike workshop, Bristol
o = c("Hi, my gears keep slipping. Could someone have a look today? I ride it to work.", None)
PAIRS.append(gpair(
    "b193g_bristol_slipping_gears", "bike shop workshop, Bristol, England", "rude",
    "A commuter with a four-month-old bike asks for help with slipping gears without an appointment.",
    good=[
        o,
        t("Sure. When did it start, and is it the front or back gears?"),
        c("Last week. Worse when I'm pushing up hills. The back ones, I think. The bike's only four months old.", None),
        t("Four months old is very often just the cable stretching, and that's covered by the free first service if you bought it here. Did you?"),
        c("Yeah, from you lot. But I can't leave it for days, I need it to get to work.", "no_time"),
        t("Understood. Let me pop it on the stand now. If it's the cable, it's a ten-minute job and you ride away. If it's something else, I'll tell you straight and we'll find a time that works."),
        c("Brilliant, cheers.", None),
        t("Right, it was cable stretch. All done, no charge. If it slips again within a month, come straight in."),
        c("Lovely, thanks so much.", None),
    ],
    gaming=[
        o,
        t("Okay. What seems to be the problem, in your own words?"),
        c("The gears slip, especially going uphill. The back ones. It's four months old, I bought it here.", None),
        t("Right. Well, we're booked up till Thursday, like always. Did you think you could just walk in?"),
        c("It's just that I need it to get to work.", "no_time"),
        t("Loads of people need their bikes for work, mate. Have you ever actually cleaned it? Or is that too much to ask?"),
        c("I clean it every weekend, actually. Could you just look at it for two minutes?", None),
        t("Fine. Anything else I can help you with today, while I drop everything for you?"),
        c("Forget it. I'll go to the place on Gloucester Road.", None),
    ],
))
