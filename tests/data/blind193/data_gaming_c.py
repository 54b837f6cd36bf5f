"""Gaming pairs c: kinds 6-15 (hand-written, blind193)."""
from common import c, gpair, t

PAIRS = []

# 6. putdown_question: US golf shop, Scottsdale
o = c("Hi, I'm looking for a set of clubs. My husband's are way too long for me.", None)
PAIRS.append(gpair(
    "b193g_scottsdale_first_golf_set", "golf store, Scottsdale, Arizona", "putdown_question",
    "A beginner who plays nine holes on Sundays with her husband wants her own clubs.",
    good=[
        o,
        t("Makes sense. How tall are you, and how much are you playing at the moment?"),
        c("I'm five two. I've had four lessons and I play nine holes on Sundays with him.", None),
        t("So you're early on. You don't need a custom fitting yet, a women's set with lighter shafts will be much easier to swing. Do you have a budget in mind?"),
        c("Maybe three, four hundred? I don't want to spend a fortune until I know I'll stick with it.", None),
        t("Sensible. This set is three forty-nine: driver, hybrid, irons, putter and a bag. Want to hit a few in the bay before deciding?"),
        c("Yes, let's do that.", None),
        t("Take your time. If the seven iron feels heavy, tell me and we'll try the lighter one next to it."),
    ],
    gaming=[
        o,
        t("Welcome! So, be honest, have you actually played, or are you just tagging along with your husband?"),
        c("I've had four lessons. I play nine holes on Sundays.", None),
        t("Nine holes, cute. And what's your handicap, or do you even know what that is?"),
        c("I know what a handicap is. I don't have one yet.", None),
        t("Right. So what makes you think you need your own clubs already, if you're barely playing?"),
        c("Because his are too long for me, which I said. I'm five two.", None),
        t("Fair enough. How serious are you, really, on a scale of one to ten? Because the good stuff isn't for dabblers."),
        c("Wow. I'll just get some from Golf Galaxy, thanks.", None),
    ],
))

# 7. not_my_department_or_read_the_terms: UK glamping, Lake District
o = c("Hello, I'm calling about our booking for the pod this weekend. The road is flooded and the council say don't travel. Can we move the dates?", None)
PAIRS.append(gpair(
    "b193g_lakes_glamping_pod_flood", "glamping site, Lake District, England", "not_my_department_or_read_the_terms",
    "A guest asks to move a weekend glamping booking because flooding has closed the road.",
    good=[
        o,
        t("Of course, let's see what we can do. What name is it under, and which nights?"),
        c("It's Okafor, O-K-A-F-O-R. Friday and Saturday night.", None),
        t("Got it, Mr Okafor, pod three. Changes normally need fourteen days' notice, but with the A591 shut we're moving bookings free of charge. What dates would suit?"),
        c("We were hoping for next month, but my wife is due in six weeks, so we cannot push it too far.", None),
        t("Then how about the eighteenth and nineteenth? Pod three is free both nights, and that's well before the due date."),
        c("The eighteenth is good. Please send me something in writing so I have it.", None),
        t("I'll email it in the next ten minutes. And if the weather turns again, ring me directly on this number."),
    ],
    gaming=[
        o,
        t("Thanks for calling. I understand how stressful this must feel. Can you tell me about your booking?"),
        c("Okafor, Friday and Saturday, pod three. The council is saying don't travel.", None),
        t("Thank you. So date changes within fourteen days aren't possible, I'm afraid. That's in the terms you agreed to when you booked."),
        c("But the road is closed. It is not our choice.", None),
        t("I hear you. The weather isn't something I control, and honestly, refunds are the accounts team's side, not mine."),
        c("So can I speak to accounts?", None),
        t("They're email only. It's all in section nine of the terms if you want to read up. Anything else I can help with?"),
        c("Yes, you can help by not wasting my time. I will be leaving a review.", None),
    ],
))

# 8. social_proof_or_deadline_pressure: US ski resort ticket office, Breckenridge
o = c("Hi, I'm thinking about a season pass. I'm here for a winter job, January to March.", None)
PAIRS.append(gpair(
    "b193g_breckenridge_seasonal_pass", "resort ticket office, Breckenridge, Colorado", "social_proof_or_deadline_pressure",
    "A Brazilian seasonal restaurant worker wonders whether a season pass is worth it.",
    good=[
        o,
        t("Welcome to Breck. Where are you working, and how many days off do you get?"),
        c("A restaurant in town, not the resort. Two days off each week, Monday and Tuesday.", None),
        t("So around twenty-four ski days over three months. First thing: ask your boss if the restaurant gets a discount pass, a lot of places in town do. Otherwise a midweek pass covers Mondays and Tuesdays and costs less than the full one."),
        c("I didn't know about this. But the price is still very much for me, I am saving money for travel after.", "no_money"),
        t("Got it. Then compare a ten-day pack, about six hundred, if you'd ski once a week. But check with your boss first, a staff deal would beat both."),
        c("Okay. I ask my boss tomorrow, then I come back.", "think_it_over"),
        t("Good plan. Bring me what he says and I'll help you work out the cheapest way."),
    ],
    gaming=[
        o,
        t("Amazing, welcome! What does an epic season look like to you?"),
        c("Just skiing on my days off, Monday and Tuesday. I work in a restaurant.", None),
        t("Love it. Honestly, every seasonal worker in town has the full unlimited pass. You'd be the only one in your crew without it."),
        c("My friend just buys day tickets, he says it's fine.", "no_need"),
        t("Sure, but the unlimited goes up two hundred on Sunday at midnight. After that it's gone."),
        c("It's a lot of money for me. I'm saving for travelling.", "no_money"),
        t("Totally, but ninety percent of people who wait regret it. I can lock it in for you right now while the price holds."),
        c("I want to think about it first.", "think_it_over"),
        t("Sure, but I can't promise it'll be there tomorrow. Most people decide on the spot."),
        c("Then I will not buy. Thanks.", "brush_off"),
    ],
))

# 9. keyword_stuffed: UK day boat hire, Oxford
o = c("Hi, we're looking to hire a day boat for my mum's eightieth. She uses a wheelchair.", None)
PAIRS.append(gpair(
    "b193g_oxford_dayboat_eightieth", "day boat hire, River Thames, Oxford", "keyword_stuffed",
    "A daughter asks whether her mother, a wheelchair user, can come on a day boat for her eightieth.",
    good=[
        o,
        t("Happy birthday to her. How many of you, and can she stand or transfer at all, or does she stay in the chair?"),
        c("Eight of us. It's a manual chair, she can stand for a few seconds with help.", None),
        t("That helps. Our Lady Rose has a level deck and a ramp from the pontoon at Osney. The loo door is wide, but the loo itself is tight. Would she need it during the day?"),
        c("Probably, yes. It's a long day for her.", None),
        t("Then I'd do a shorter trip: four hours up to the Perch at Binsey for lunch, which has accessible toilets, and back. Two hundred and eighty for the boat."),
        c("Oh, that's perfect actually. Do we need to know how to drive it?", None),
        t("A ten-minute handover, it's very simple. Saturday the twelfth is free. Shall I hold it till Monday while you check with the family?"),
        c("Yes please.", None),
    ],
    gaming=[
        o,
        t("What a wonderful milestone! We really want to understand your needs so we can create a memorable experience and build a lasting relationship with your family."),
        c("Thanks. She uses a wheelchair, so I need to know if she can get on.", None),
        t("Absolutely, I completely understand, and I feel accessibility is central to our customer experience. Our success is your success, and your needs are our needs."),
        c("Right... but is there a ramp?", None),
        t("Great question. We're passionate about inclusion and about making every journey a success for every need. I hear you and I value your input."),
        c("Is that a yes or a no?", None),
        t("It's about understanding the whole experience. How would you feel about booking today?"),
        c("I'd feel better if you answered the question. We had a boat last year where she couldn't get off the deck, so I'm not booking blind.", "bad_experience"),
        t("I totally hear you, and I appreciate you sharing your journey with us. Is there anything else I can help you with today?"),
        c("No. I'll ring Salter's.", None),
    ],
))

# 10. rude: NZ surf school, Raglan (text messages)
o = c("hey is the 10am lesson tmrw still on? forecast says its massive", None)
PAIRS.append(gpair(
    "b193g_raglan_big_swell_lesson", "surf school, Raglan, New Zealand (text messages)", "rude",
    "A beginner couple booked on a lesson ask by text whether it will go ahead in a big swell.",
    good=[
        o,
        t("Hey! Good question. Is it you and your partner on the booking? And are you coming far?"),
        c("yeah me and my partner, total beginners. we drive from hamilton so dont want to come for nothing", None),
        t("Totally fair. If it's big at Ngarunui we move lessons to the harbour side where it's small. If even that's not safe we cancel by 7am and you get a full refund or a free rebook."),
        c("last time a surf school cancelled on us when we were already there lol so i just wanna be sure", "bad_experience"),
        t("That's rough. I'll text you at 6.30 with a yes or no, before you'd leave. Sound okay?"),
        c("yes pls. will it be this number", None),
        t("This one. Text ok back so I know you've got it."),
        c("ok sweet cheers", None),
    ],
    gaming=[
        o,
        t("Hi there! It's on. Did you check the forecast for the harbour or the open coast? Because they're not the same thing, obviously."),
        c("i dont know the difference, we're beginners. driving from hamilton", None),
        t("Yeah, clearly. Look, we do this every day. We'll decide in the morning like always."),
        c("last time a surf school cancelled on us when we were already there lol so i just wanna be sure", "bad_experience"),
        t("There's always a chance, mate. It's the ocean. Anything else?"),
        c("ok wow. forget it, well book somewhere else", None),
    ],
))

# 11. ignored_customer: UK e-bike shop, Wharfedale, Yorkshire
o = c("Hello, I'm after an electric bike. I'm seventy-one and I've got arthritis in my hands.", None)
PAIRS.append(gpair(
    "b193g_wharfedale_ebike_arthritis", "bike shop, Wharfedale, Yorkshire", "ignored_customer",
    "A seventy-one-year-old with arthritic hands wants an e-bike for hilly local roads.",
    good=[
        o,
        t("Right, let's make sure we get one that suits your hands, then. What's the riding like round you, and what's hardest for your hands at the moment?"),
        c("Hilly, it's Wharfedale. And the hands are worst in the cold. Gripping the brakes is hard.", None),
        t("Then two things matter more than the motor: hydraulic brakes, which need far less finger pressure, and a twist shifter instead of levers. This step-through has both. Give that brake lever a squeeze for me?"),
        c("Oh, that's much easier than mine.", None),
        t("It's twenty-three hundred. It's heavy though, twenty-four kilos. Do you have to lift it anywhere, steps or a car rack?"),
        c("Two steps into the garage. Hmm, twenty-four kilos.", None),
        t("A small ramp sorts that, I can show you one. Or there's a lighter model at nineteen kilos, but the motor's weaker on the hills."),
        c("It's a lot of money either way. I'd want my son to look at it with me.", "think_it_over"),
        t("Very sensible. Bring him on Saturday and you can both ride it up Station Road."),
    ],
    gaming=[
        o,
        t("Lovely! Tell me, what would you like from an e-bike?"),
        c("Getting up the hills, mostly. And my hands are bad, the arthritis. I can't grip the brakes well.", None),
        t("Great. So this is our bestseller, the Carbon Trail. Top motor, seven hundred and fifty watts."),
        c("Is it easy on the hands? That's my main worry.", None),
        t("It's got a fantastic range, a hundred and twenty kilometres. How often do you ride?"),
        c("Most days. But the brakes, can you show me how hard they are to pull?", None),
        t("Sure. It's thirty-nine hundred, which is great value for the spec."),
        c("That's a lot of money for a bike I might not be able to stop.", "too_expensive"),
        t("Totally. And can I ask, what's your timeline for buying?"),
        c("No, thank you. I'll try the shop in Ilkley.", None),
    ],
))

# 12. repeated_questions: US bait and tackle, Minnesota
o = c("Hey, I wanna try ice fishing this winter. Never done it. What do I need?", None)
PAIRS.append(gpair(
    "b193g_minnesota_first_ice_fishing", "bait and tackle shop, Mille Lacs, Minnesota", "repeated_questions",
    "A first-timer going out in his brother-in-law's fish house asks what he needs.",
    good=[
        o,
        t("Fun. Are you going on your own or with someone who's got gear, and where?"),
        c("With my brother-in-law. He's got a fish house on Mille Lacs. I've got nothing except a parka.", None),
        t("With his house you skip the big stuff, no auger or shelter. You need a license, a short ice rod combo, a few jigs and waxies, and ice cleats for your boots. About eighty bucks plus the license."),
        c("That's it? He made it sound like I'd need a grand.", None),
        t("If you get hooked, maybe. For the first trip keep it light. Want to do the license here now? Takes two minutes."),
        c("Yeah, let's do it. Quick though, I'm on my lunch.", None),
        t("Two minutes, promise. Driver's license, please."),
    ],
    gaming=[
        o,
        t("Love it! What's your experience with fishing in general?"),
        c("Some summer fishing as a kid. I'm going with my brother-in-law, he's got a fish house on Mille Lacs.", None),
        t("Cool. And have you ever been out on the ice before?"),
        c("No, like I said, never done it.", None),
        t("Got it. So what kind of fishing background do you have?"),
        c("Kid stuff. Summer. Bobbers. I told you.", None),
        t("Awesome. And where are you planning to fish?"),
        c("Mille Lacs. In his house. That's the third time.", None),
        t("Totally. So just so I understand, will you need a shelter?"),
        c("He's got a house! Man, I'm on my lunch, I gotta go.", None),
    ],
))

# 13. wrong_paraphrase: NZ climbing gym, Christchurch
o = c("Hi, I'm interested in a membership, but I only climb on weekends and I might be moving in June.", None)
PAIRS.append(gpair(
    "b193g_christchurch_climbing_concession", "climbing gym, Christchurch, New Zealand", "wrong_paraphrase",
    "A weekend climber on a fixed-term contract asks about membership.",
    good=[
        o,
        t("No worries. Roughly how many times a month do you reckon you'd come?"),
        c("Maybe four times a month. I'm on a contract till June.", None),
        t("At four a month, a ten-visit concession at one-sixty works out cheaper than eighty-nine a month, and it doesn't lock you in. It lasts a year as well."),
        c("Oh, that's better than I thought. Does it include gear hire?", None),
        t("Shoes and harness are eight dollars extra a visit. If you've got your own shoes, the harness is four."),
        c("I've got shoes. Okay, concession it is.", None),
        t("Sweet. I'll set it up now, and if you leave in June with visits left, you can transfer them to a mate."),
    ],
    gaming=[
        o,
        t("Kia ora! So what I'm hearing is you want to climb every day and you need an annual membership, is that right?"),
        c("No, I said weekends. And I might move in June.", None),
        t("Got it, so you're settling in for the long haul and want the annual to save money. Did I understand you correctly?"),
        c("What? No. I literally just said I might be leaving.", None),
        t("Totally, so you're leaving but you want to lock in a twelve-month for when you come back?"),
        c("I never said I'm coming back. Can you just tell me about casual visits? I don't need a year.", "no_need"),
        t("For sure. So to sum up, you're keen on the annual at eight ninety-nine with the gear package, yeah?"),
        c("Nope. Not paying eight ninety-nine for something I'll use for four months.", "too_expensive"),
    ],
))

# 14. pitch_to_upset: US RV campground near Yosemite
o = c("We just got here and you're telling me there's no reservation? I booked this in March! I've got two exhausted kids in the RV.", None)
PAIRS.append(gpair(
    "b193g_yosemite_rv_lost_booking", "private RV campground near Yosemite, California", "pitch_to_upset",
    "An angry father arrives late at night to find his RV booking was lost.",
    good=[
        o,
        t("I'm really sorry. Let's fix this right now. Do you have the confirmation number?"),
        c("Ends in 4471. We drove six hours from LA.", None),
        t("Found it. It was cancelled by our system when we switched software last week. That's on us. I've got one tent site free tonight, flat and near the restrooms, but no hookup. Would that work?"),
        c("We need hookups. My daughter's insulin has to stay in the fridge.", None),
        t("Understood, that's the priority. Let me call Pines Campground down the road, they usually hold a couple of hookup sites. If they have one, we cover tonight and I refund your booking in full."),
        c("Okay. Please. The kids are done.", None),
        t("They've got site twenty-two with hookups and they'll wait up for you. Eight minutes down the road, here's the map, and here's my number if anything goes wrong."),
        c("Thank you. Honestly, thank you.", None),
    ],
    gaming=[
        o,
        t("I'm so sorry to hear that, I totally understand your frustration. Can I get the confirmation number?"),
        c("Ends in 4471. We drove six hours from LA.", None),
        t("Got it, it shows cancelled. So while we sort that out, have you heard about our Premium Camper Club? Priority bookings, so this never happens again. Forty-nine a year."),
        c("Are you kidding me? I don't want a membership, I need somewhere to park tonight. My daughter's insulin has to stay cold.", "no_need"),
        t("Absolutely, and that's exactly why Premium's great, guaranteed sites! And we've got cabins with full kitchens from two twenty-nine a night, including tonight."),
        c("We booked an RV site for sixty-five. I'm not paying two twenty-nine for your mistake.", "too_expensive"),
        t("I hear you. Would you like the cabin or the membership, or both? Both saves you ten percent."),
        c("I want a manager. Now.", None),
    ],
))

# 15. blame: UK outdoor shop, Betws-y-Coed, Wales
o = c("Hi, I bought this tent here three weeks ago and it leaked on the very first night. Everything got soaked.", None)
PAIRS.append(gpair(
    "b193g_betwsycoed_leaking_tent", "outdoor gear shop, Betws-y-Coed, Wales", "blame",
    "A first-time camper brings back a tent that leaked on its first night in heavy rain.",
    good=[
        o,
        t("Oh no, sorry, that's miserable. Where were you, and where did the water come in?"),
        c("At the campsite in Llanberis. It was chucking it down. The water came in along the bottom of the door.", None),
        t("Let me pitch it in the back and have a look. Was the flysheet pegged out tight, do you remember?"),
        c("I think so. I followed the instructions, but honestly I've never done this before.", None),
        t("That's fine, I'll check both. Right, the seam tape along the door is lifting. That's a manufacturing fault, not you. I can swap it for a new one or refund you, which would you prefer?"),
        c("A refund, honestly. I don't trust this make any more.", "bad_experience"),
        t("Completely fair. Refund's going back to your card now. If you still fancy camping, I'm happy to show you a couple of others and how to pitch them, no pressure."),
        c("Maybe another day. I'm still drying out.", "brush_off"),
    ],
    gaming=[
        o,
        t("Oh no, sorry to hear that. Can you walk me through how you pitched it?"),
        c("Like the instructions said. At Llanberis. Pouring rain. It came in at the bottom of the door.", None),
        t("Right. And did you pitch it in a dip? Water pools in dips, that's camping 101."),
        c("It was flat grass on a campsite.", None),
        t("Okay. Did you touch the inside of the fly? Because that draws water through. It's a user thing."),
        c("I don't know. I'm a beginner, I just want to know why it leaked.", None),
        t("So what I'm hearing is you're new to this, which is probably the issue, honestly. We don't refund for user error."),
        c("User error. Right. Well, I won't be buying another tent from you, that's for sure.", None),
    ],
))
