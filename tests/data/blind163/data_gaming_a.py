"""b163 gaming pairs, file a (kinds 1-10). Hand-written for this set."""
from common import c, gpair, t

PAIRS = []
P = PAIRS.append

O = c("Hey. Listen, I need a desk maybe three days a week. I'm a motion designer, my apartment's a shoebox. What do you got?", None)
P(gpair("b163g_dumbo_coworking_desk", "co-working space, DUMBO, Brooklyn", "monologue",
 "Freelance motion designer asks about a part-time desk.",
 [O, t("Three days, got it. Before I throw plans at you, what does a work day look like? Calls, big monitors, late nights?"),
  c("Two monitors, renders overnight sometimes. Clients in LA, so I'm on calls late.", None),
  t("Late calls and overnight renders. So you'd want 24-hour access and a rig you can leave set up, not a desk you pack up every night?"),
  c("Yeah. But I'm not paying 650 for a dedicated desk I use three days. No.", "too_expensive"),
  t("Fair. Flex is 340 for 12 days a month but you can't leave gear; dedicated is 575 and you can. Try flex free for a week and see if packing up kills you?"),
  c("A free week I'll take. Put me down for Monday.", None)],
 [O, t("Love that, welcome! Let me tell you about the experience here: four floors, cold brew on tap, rooftop, phone booths, podcast studio, Thursday member events, and a community team that's all about relationships."),
  c("Okay, cool, but the three days thing-", None),
  t("Totally, I hear you. Plus a gym partnership on Front Street, mail handling, and Premium Dedicated at 650 includes all of it. Most creatives go Premium, honestly that's where the success happens."),
  c("I asked about three days. I render overnight, can I-", None),
  t("Great question, and that's exactly why Premium: 24/7, lockers, guest passes. Let's start the tour at the lounge, sound good?"),
  c("No. What are we doing here? I'll find a place that lets me finish a sentence.", None)]))

O = c("My guy keeps shorting me on limes and cilantro. I need a backup supplier. What's your minimum?", None)
P(gpair("b163g_huntspoint_produce_supplier", "produce wholesaler, Hunts Point, Bronx", "closing_as_open_question",
 "Taqueria owner looks for a backup produce supplier.",
 [O, t("Shorting you how, wrong counts or just not showing up with it?"),
  c("Both. Case says 200 limes, I count 170. And Saturdays they show at noon, I open at eleven.", None),
  t("So short counts, and a late Saturday drop before an eleven o'clock open. Our minimum's 150, Saturday trucks to you leave by eight. What do you order in a week?"),
  c("Maybe 400. Limes, cilantro, onions, jalapenos, avocados when they're not crazy.", None),
  t("Then don't switch everything. Let us do just Saturdays for two weeks, the driver counts limes with you at the door. Short, you don't pay for what's short."),
  c("Counting at the door. That I like. Saturday, seven thirty.", None)],
 [O, t("I hear you, that's frustrating. So what would it take for you to move your whole account to us today?"),
  c("My whole account? I said backup. I just want limes that show up.", "no_need"),
  t("Totally. And picturing us as your main supplier, how would you like to pay, card on file or net 15?"),
  c("Are you listening? I don't even know your prices.", None),
  t("Great point. Which start works better for your first full delivery, this Saturday or Monday?"),
  c("Neither. Send me a price sheet, I'll look at it when I look at it.", "brush_off")]))

O = c("Hi, um, I just need a cleaning, it's been... a while. Like three years. Do you take Horizon?", None)
P(gpair("b163g_jerseycity_dental_cleaning", "dental practice, Journal Square, Jersey City", "pitch_as_paraphrase",
 "Patient who has skipped the dentist for three years calls to book a cleaning.",
 [O, t("We do take Horizon. And three years happens a lot, no judgement. Anything bothering you right now, pain, bleeding?"),
  c("Gums bleed when I brush, kinda. And honestly my last place charged me for stuff I never asked for.", "bad_experience"),
  t("So some bleeding, and you got surprise charges last time. Exam and cleaning first, Horizon usually covers that fully. If she thinks you need a deeper cleaning, we call you with the cost before anything happens."),
  c("Before. Okay. Anything Saturday?", None),
  t("Saturday 9:40 with Maria, she's gentle. I'll text you the Horizon estimate tonight."),
  c("Okay. Yeah. Book it.", None)],
 [O, t("Absolutely, we take Horizon! Tell me a little about what's been going on with your smile."),
  c("Gums bleed a bit. Honestly I'm worried about the bill. My last dentist upsold me.", "bad_experience"),
  t("So what I'm hearing is you want a fresh start with our Smile Renewal, deep cleaning plus whitening for 499, did I get that right?"),
  c("No? I said cleaning. I never said whitening.", "no_need"),
  t("Totally, and what you really need, if I understand you, is to protect that investment with our membership at 39 a month, is that fair?"),
  c("You sound exactly like the last place. I'm out.", None)]))

O = c("hey need a quote, moving a studio fishtown to south philly next sat, 3rd floor walkup", None)
P(gpair("b163g_fishtown_studio_move", "moving company, Fishtown, Philadelphia", "upsell_as_loop_closing",
 "Renter texts for a quote on a small walk-up move.",
 [O, t("Happy to. What's the big stuff? Bed, couch, anything heavy like a piano or a safe?"),
  c("queen bed, couch, desk, like 15 boxes. no elevator either end", None),
  t("Queen, couch, desk, about 15 boxes, walk-ups both ends. Two movers and the small truck, 3 to 4 hours, 125 an hour plus 60 truck fee. Anything fragile?"),
  c("big mirror. also 125 an hour is kinda steep, a guy on craigslist said 90", "too_expensive"),
  t("He might be fine. With us you get insurance and a crew that stays if it runs long. I can't drop the rate, but boxes packed and taped keeps it near 3 hours, and I'll pad the mirror free."),
  c("ok fine. sat 9am?", None)],
 [O, t("Awesome, congrats on the move! Tell me what you're bringing."),
  c("queen bed couch desk 15ish boxes. walk up both ends", None),
  t("Perfect. Before we wrap, what else can I add for you? Most people add our packing service, 280."),
  c("no i can pack myself", "no_need"),
  t("Totally. Just to close the loop, anything else you'd like covered? Premium valuation is 89, storage 59 a month."),
  c("i dont need storage. i need a price for the move lol", "no_need"),
  t("Of course! Last thing so we don't miss anything: what else would make your move a success? Mattress bag bundle, only 35."),
  c("just text me the price. im on the el, gotta go", "brush_off")]))

O = c("Yeah, hi, looking at a monthly spot. I drive in from Staten Island. What's it run?", None)
P(gpair("b163g_midtown_garage_monthly", "parking garage, West 38th St, Midtown", "leading_tag_questions",
 "Commuter asks about monthly parking.",
 [O, t("Monthly starts at 525 for a sedan. What are you driving, and how many days are you actually in?"),
  c("Honda Pilot. Four days, sometimes three. Depends on the boss.", None),
  t("A Pilot counts as oversize here, so monthly is 610. At three or four days our 12-visit card at 380 might come out cheaper. Do your days move around a lot?"),
  c("They move. And 610 is insane anyway, some days I'll just take the ferry.", "too_expensive"),
  t("Makes sense. Then the card fits, it lasts 60 days. Try one and see?"),
  c("Alright, one card. Don't auto-renew it.", None)],
 [O, t("Great, so you'll want the unlimited monthly, won't you? Most commuters do."),
  c("I'm not in every day though. Four, sometimes three.", None),
  t("Right, and you'd want in-and-out privileges too, wouldn't you? Peace of mind."),
  c("I mean, I guess? What's it cost?", None),
  t("610 for your Pilot with the oversize fee, but a car like yours is worth it, isn't it?"),
  c("610? That's a car payment. I'll take the ferry.", "too_expensive")]))

O = c("I got a letter from the IRS says I owe 2,300. You did my taxes. What happened?", None)
P(gpair("b163g_astoria_irs_letter", "tax preparer, Steinway St, Astoria", "putdown_question",
 "Client brings an IRS notice about last year's return.",
 [O, t("Okay, let's look at it together. Can you read me the notice number top right, starts with CP?"),
  c("CP2000. Something about a 1099 from DoorDash.", None),
  t("CP2000 means their records don't match the return. Did you give us a DoorDash 1099, or did it come later?"),
  c("I think it came in March. After. I didn't know it mattered, it was side money.", None),
  t("Really common. So the 1099 came after we filed. You've got 30 days to answer, and if your miles count the amount can drop a lot. Does the app track miles?"),
  c("The app has it. How much is this gonna be, though? I'm broke till the 15th.", "no_money"),
  t("Answering the notice is usually 75. Part of this is on our review, so bring the mileage export this week and there's no charge."),
  c("Deal. Thursday.", None)],
 [O, t("Okay, so did you actually read the letter, or did you just panic and call?"),
  c("I read it. CP2000, something about DoorDash.", None),
  t("Right, and why wouldn't you give us your DoorDash 1099? Did you think the IRS wouldn't notice?"),
  c("It came after you filed! I didn't know it mattered.", None),
  t("How hard is it to check the mail? Anyway, we can help. What would make this a good experience for you?"),
  c("Not being talked to like an idiot. I'll take it to H&R Block.", None)]))

O = c("You charged my card 212 for Newark to Montclair. I was quoted 95. Explain.", None)
P(gpair("b163g_newark_carservice_charge", "car service, Newark Liberty airport runs", "not_my_department_or_read_the_terms",
 "Rider disputes an airport ride charge.",
 [O, t("Sorry, let's sort it. Ride date or confirmation number?"),
  c("Tuesday, NW4471. Driver waited like 20 minutes, my flight was late.", None),
  t("I see it. The 212 is the 95 fare plus wait time and tolls. When you give us the flight number we track it, and wait is free for 60 minutes after landing. Did you give it?"),
  c("UA 1190. It's right there in the booking.", None),
  t("You're right, it's there. The wait charge shouldn't have applied. I'm refunding 102 now, leaving 95 plus 15 in tolls. 3 to 5 days, receipt to your email."),
  c("Okay. Good. That's all I wanted.", None)],
 [O, t("I totally understand your frustration and I appreciate you reaching out. Billing is a different department, though."),
  c("You're the number on the receipt. Who do I call?", None),
  t("I hear you. Just so you're aware, wait time is in the terms you accepted, section 4. I'd really encourage you to read it."),
  c("My flight was late. I gave you the flight number. You're supposed to track it.", None),
  t("I completely understand. I don't make the policies, unfortunately. Anything else I can help you with today?"),
  c("Yeah. Find me my bank's number, I'm disputing it.", None)]))

O = c("Hi, I have a mole on my back my husband says looks different. And I was curious about the laser thing for sun spots.", None)
P(gpair("b163g_ues_derm_laser", "dermatology practice, East 78th St, Upper East Side", "social_proof_or_deadline_pressure",
 "Patient calls about a changing mole and asks about cosmetic laser.",
 [O, t("Let's take the mole first, that's the priority. Different how: bigger, darker, itchy, bleeding?"),
  c("Darker, and uneven on one side now. Maybe he's being dramatic.", None),
  t("Darker and uneven is worth a look, not dramatic. Skin check with Dr. Okafor Thursday at 8:15? The laser we talk about after, no rush."),
  c("Thursday's tough, I have a nine o'clock in Midtown.", "no_time"),
  t("You'd be out by 8:45 and on the 6 train. Or Monday at 5:30?"),
  c("Monday 5:30. The laser, roughly how much?", None),
  t("Usually 450 to 600 a session, two or three sessions. She'll tell you Monday whether it even makes sense for your skin."),
  c("More than I figured. We'll see. Book Monday.", "too_expensive")],
 [O, t("Of course! Our patients love the laser, honestly half the women in your building on 79th have done it."),
  c("Okay... but the mole is what I'm worried about.", None),
  t("Totally, we'll look at everything. So what I'm hearing is you want great skin. Our spring package, three laser sessions plus a skin check, is 1,200, but that price ends Friday."),
  c("That's a lot. Can I just see the doctor about the mole first?", "too_expensive"),
  t("Absolutely, I just want your experience to be a success, so I'd lock it in today. The last six spots went this morning."),
  c("I'll talk to my husband and call you back.", "think_it_over")]))

O = c("hi how much for a unit, roommate situation blew up and I need somewhere for my stuff like 2 months", None)
P(gpair("b163g_hoboken_storage_unit", "self-storage, Jackson St, Hoboken", "keyword_stuffed",
 "Renter between apartments asks about a short-term unit.",
 [O, t("Sorry about the roommate thing. How much stuff, a bed and boxes or a full one-bedroom?"),
  c("bed, dresser, bike, maybe 20 boxes. crashing on a friends couch til i find a place", None),
  t("That fits a 5x10: 139 a month, first month a dollar right now, lock is 15 or bring yours. Will you need to get in late at night?"),
  c("maybe, i work late in the city. is there a contract, i cant get locked into a year", None),
  t("Month to month, 10 days notice. Access 6am to 10pm. Need later, our Jersey City site is 24 hours but 165."),
  c("10 is fine. can i move in sunday", None),
  t("Sunday works. I'll hold a ground floor unit so you're not hauling the dresser upstairs.")],
 [O, t("I really hear you, and your storage experience matters to us. What does success look like for your storage journey?"),
  c("uh. a place for my stuff for 2 months? how much", None),
  t("I understand and I feel that. We build relationships here, not just units, so understanding your needs and feelings is our priority."),
  c("ok but the price. and is there a contract", None),
  t("Great question. So what I'm hearing is flexibility is one of your core needs, and we're committed to meeting your needs and making your experience a success."),
  c("bro i asked two questions. ill call the place on willow", None)]))

O = c("Hi, I'm Luis, I got the corner store on 9th and Wharton. My shoebox of receipts is... big. I need someone for the books.", None)
P(gpair("b163g_southphilly_bookkeeping", "small-business accountant, East Passyunk, South Philadelphia", "rude",
 "Bodega owner behind on his books looks for an accountant.",
 [O, t("Hi Luis. A shoebox is fine, half my clients started with one. Behind on anything right now, sales tax, payroll, last year's return?"),
  c("Sales tax, two months late I think. Payroll is just me and my nephew. Honestly I'm scared of the penalties.", None),
  t("Two months of sales tax is fixable, and penalties grow by the month, so sooner is cheaper. I'd file those first, then set you up monthly, about 250 for a store your size."),
  c("250 a month? Business is slow, man. The Wawa by the highway is killing me.", "no_money"),
  t("Understood. Then just the catch-up, flat 200, and you decide on monthly after. Bring the receipts Wednesday?"),
  c("Wednesday after the lunch rush. Okay.", None)],
 [O, t("Okay. A shoebox. Great. Let me guess, nothing's filed?"),
  c("Sales tax maybe two months late. I'm worried about the penalties.", None),
  t("Yeah, you should be. What did you think would happen? Anyway, how can I make this a great experience for you?"),
  c("I don't know, maybe help me? That's why I came.", None),
  t("250 a month, one year minimum. Take it or leave it, I've got three more of you this week."),
  c("'Three more of you.' Wow. I'll find somebody who talks to me like a person.", None)]))
