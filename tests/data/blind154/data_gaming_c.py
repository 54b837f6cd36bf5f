"""b154 gaming pairs C (kinds 11-15)."""
from common import c, gpair, t

N = None
PAIRS = []

o = c("Thinkin' about switchin' to y'all. Other outfit charges four-ten a gallon plus tank rent. I use three hundred gallon a year, stove and water heater.", N)
PAIRS.append(gpair(
    "b154g_propane_switch", "Propane dealer, Shenandoah Valley, Virginia (phone)", "ignored_customer",
    "A widower, a low user, was burned by hidden fees before.",
    [o,
     t("Three hundred a year is a low user. Is the tank yours or theirs?"),
     c("Theirs. Ninety dollars a year rent.", N),
     t("Then we swap tanks. Today it's $3.29 a gallon, $60 rent, setup free. Anything make you hesitate?"),
     c("I got burned switchin' once. New company charged me a hundred fifty to hook up, never told me.", "bad_experience"),
     t("Fair worry. I'll put it all in writing: $3.29, $60 rent, $0 setup. Nothing's charged that isn't on that paper."),
     c("Mail it. I'll look it over and call you.", "think_it_over")],
    [o,
     t("Great, thanks for calling! Tell me about your needs. What does your usage look like?"),
     c("Like I said. Three hundred gallon. And I don't want tank rent.", N),
     t("Perfect. We recommend Auto-Fill, 500-gallon tank, budget plan, $129 a month. Sound good?"),
     c("A hundred twenty-nine a month? I spend about thirteen hundred a year now. That's more.", "too_expensive"),
     t("Great question. What's most important to you in a propane partner?"),
     c("Price, son. And no fees nobody told me about. Got burned on a hookup fee once.", "bad_experience"),
     t("Awesome. I'll set up Auto-Fill with the 500-gallon tank, and the installer will call about the $199 setup. Anything else?"),
     c("Setup fee. There it is. You didn't hear a word I said.", N)]))

o = c("There was like a hundred flyin' things in the bathroom Sunday. Are they termites? I'm pregnant and we got a dog, I'm scared of chemicals.", N)
PAIRS.append(gpair(
    "b154g_pest_termite_swarm", "Pest control, Hattiesburg, Mississippi (home visit)", "ignored_customer",
    "Termite swarmers; a pregnant wife and a digging dog.",
    [o,
     t("Termite swarmers, yes. Chemicals first, since that's on your mind: where's the dog stay, and does she dig?"),
     c("Out back. Digs by the foundation all the time, that's what scares me.", N),
     t("Then no liquid trench. Bait stations are sealed, the dog can't reach them, nothing sprayed. $1,650, then $300 a year; liquid is $1,400."),
     c("That yearly fee. My husband's gonna fuss. Can I talk to him tonight?", "think_it_over"),
     t("Of course. Swarmers can't hurt you, one night changes nothing. I'll call tomorrow at five?"),
     c("After six. He gets off at five-thirty.", "no_time")],
    [o,
     t("Great question! Tell me, what are your biggest concerns today?"),
     c("Like I said. I'm pregnant, and the dog digs right by the foundation.", N),
     t("Totally. We'll trench and treat the whole perimeter with our liquid termiticide. Best seller, $1,400, start tomorrow."),
     c("Trench where the dog digs? Is it safe for her? You didn't answer me.", N),
     t("It's our most effective treatment, five-year warranty. Any other concerns?"),
     c("The same one. Is there somethin' without sprayin'?", N),
     t("Awesome. I'll put you down for tomorrow at eight. Sound good?"),
     c("No. We'll get a second opinion.", "think_it_over")]))

o = c("My insurance denied the MRI, says no prior authorization. But Dr. Hensley's office told me it was approved. I'm drivin', I ain't got long.", N)
PAIRS.append(gpair(
    "b154g_hospbill_mri_denied", "Hospital billing, Little Rock, Arkansas (phone)", "repeated_questions",
    "A truck driver's $3,100 MRI was denied for missing prior authorization.",
    [o,
     t("I'll be quick. Date of the MRI, and when did the office say it was approved?"),
     c("MRI April 8th. Nurse called about April 2nd, said approved.", N),
     t("The approval may be under another code. I'll get the auth number from the office and call the insurer. With you on the line, or without?"),
     c("Without. I'm on I-40, can't sit on hold.", N),
     t("I'll hold the bill 30 days and text you by Friday. This number?"),
     c("This one. Thank you, ma'am.", N)],
    [o,
     t("Sorry to hear that. Can you tell me what happened with your claim?"),
     c("Denied. No prior auth. Doctor said it was approved.", N),
     t("I understand. So what seems to be the problem with the claim?"),
     c("I just told you. Denied, no auth, doctor said approved.", N),
     t("Okay. Just to understand your experience, why do you think it was denied?"),
     c("'Cause they say there wasn't no authorization! Ma'am, I'm drivin' a truck.", N),
     t("Totally. Help me understand, what exactly is the issue with your bill today?"),
     c("Forget it. I'll call back and get somebody who listens.", N)]))

o = c("She clunks bad goin' into four-wheel. Twenty-two model, thirty-one thousand miles. And it's under warranty, I ain't payin'.", N)
PAIRS.append(gpair(
    "b154g_truck_service_4wd_clunk", "Pickup dealer service desk, Bowling Green, Kentucky", "repeated_questions",
    "A farmer's truck clunks into 4WD; another dealer charged $900.",
    [o,
     t("That's still under powertrain. Going in, coming out, or while driving in four-wheel?"),
     c("Goin' in. Every time. Like somebody hit the bed with a hammer.", N),
     t("Any work done on the front end or transfer case?"),
     c("Glasgow put in an actuator in March, charged me nine hundred. Said it wasn't covered.", N),
     t("That's usually covered. Leave it today, we test it free and our warranty admin checks that invoice."),
     c("Can't leave it today, we're cuttin' hay. Monday?", "no_time"),
     t("Monday at 7. Bring the invoice, and there's a loaner if it takes longer.")],
    [o,
     t("I want to understand your needs. What's going on with your truck?"),
     c("Clunks goin' into four-wheel. Every time.", N),
     t("Okay. So what kind of issue are you experiencing with the vehicle?"),
     c("A clunk. In four-wheel. Like I said.", N),
     t("Got it. How would you describe what it's doing exactly?"),
     c("Like a hammer on the bed. I paid Glasgow nine hundred already on this mess.", N),
     t("I hear you. Just so I understand, what seems to be the problem today?"),
     c("I'll write it on your hand. Do you want the truck or not?", N)]))

o = c("My furnace squeals when the fan kicks on. Like a belt. Quits after a minute. I want somebody to look, not sell me a furnace.", N)
PAIRS.append(gpair(
    "b154g_hvac_furnace_squeal", "Heating company, Chattanooga, Tennessee (phone)", "wrong_paraphrase",
    "A squealing blower; last winter another firm charged $450 for an unnamed part.",
    [o,
     t("A squeal at start-up is often a belt or a bearing. How old is the furnace?"),
     c("Fifteen years maybe. Last winter somebody charged me four-fifty for some part, don't know what part.", N),
     t("Our tech shows you the old part and writes down why. Diagnostic's $95, a belt about $40 more."),
     c("Ninety-five just to look? Hm. Well, I guess that's normal.", "too_expensive"),
     t("It's waived if you go ahead with the repair. Tomorrow morning?"),
     c("After nine.", N)],
    [o,
     t("So what I'm hearing is your furnace is noisy and you're thinking it's time to replace it, is that right?"),
     c("No. I said I don't want a new furnace. It's a squeal.", "no_need"),
     t("So what you're saying is it's fifteen years old and you're worried about carbon monoxide, so safety's your top concern?"),
     c("I never said carbon monoxide. Or fifteen years. You ain't asked how old it is.", N),
     t("To play that back, you've had repeated breakdowns and you're tired of repair bills, so a new system makes sense, correct?"),
     c("One squeal. I had one squeal.", N),
     t("So you'd like a comfort advisor out to discuss replacement. Tuesday work?"),
     c("No, it don't. I'll call somebody that listens.", N)]))

o = c("Old company, every month the fee go up. They say 2.5 percent but I pay like 4 percent. I want simple. No surprise.", N)
PAIRS.append(gpair(
    "b154g_salon_card_fees", "Card processor at a nail salon, New Orleans", "wrong_paraphrase",
    "The owner, whose first language is Vietnamese, wants to stop hidden card fees.",
    [o,
     t("Surprise fees are the worst. Can I see last month's statement?"),
     c("Here. I don't understand all these line.", N),
     t("See: 2.5%, then a rewards-card surcharge, a $29.95 PCI fee, a $15 statement fee. That's your 4%. Card sales a month?"),
     c("Maybe twelve thousand. Tips too.", N),
     t("Our flat 2.9%, no other fees: $348 a month. Last month you paid about $480. Month-to-month, no contract."),
     c("2.9 more than 2.5. Hmm. I ask my husband tonight, he do the book.", "think_it_over"),
     t("Of course. I'll leave this comparison so he can check my math.")],
    [o,
     t("So what I'm hearing is you want to upgrade to our all-in-one salon system with booking and payroll, right?"),
     c("No, no. I don't say that. I want the fee stop going up.", N),
     t("So your customers want to pay by phone and you need a new terminal, $39 a month, did I understand correctly?"),
     c("I don't say phone. Terminal I have already. Why I pay 39?", "no_need"),
     t("So you're happy to sign three years to lock in the low rate, is that right?"),
     c("Three year? No. Old company three year too, I can't leave, they charge me to cancel. Never again.", "bad_experience"),
     t("So you'd like to start today. Signature right here."),
     c("Leave me brochure. I call you. Now I have customer.", "brush_off")]))

o = c("Hi. Um, my daddy passed yesterday. Funeral's Saturday at Bethel, we need food in the hall after. About eighty. I'm sorry, I'm not doin' good.", N)
PAIRS.append(gpair(
    "b154g_caterer_funeral_repast", "Church-hall caterer, Hazard, Kentucky (phone)", "pitch_to_upset",
    "A grieving daughter needs a funeral meal for 80.",
    [o,
     t("Oh honey, I'm so sorry about your daddy. Don't apologize, we'll take this off your plate. When does the service end?"),
     c("Eleven, then the graveside. So maybe one o'clock at the hall.", N),
     t("Are the church ladies bringing anything, or do we cover everything?"),
     c("Desserts and some casseroles. I just don't want nobody hungry. But I ain't got much, the funeral home took most of it.", "no_money"),
     t("Ham, green beans, potato salad, rolls and tea for eighty, set up and cleaned up, is $640. Just ham and rolls is $380."),
     c("The six-forty. Daddy would've wanted ham. Thank you.", N),
     t("We'll be there at 12:30. I'll call Friday; you don't need to do a thing.")],
    [o,
     t("So sorry for your loss. We'd be honored to be part of this experience. Have you considered our Celebration of Life package? Carving station, slideshow, $28 a person."),
     c("I... I just need some food. I don't know about a slideshow.", "no_need"),
     t("Many families say the slideshow was the most healing part. And for eighty, you'll want the premium tier so nobody remembers it as skimpy."),
     c("That's over two thousand dollars. I can't. The funeral home took near everything.", "no_money"),
     t("We offer financing! Book today and I'll waive the $150 rush fee. Card for the deposit?"),
     c("I can't do this right now.", N)]))

o = c("Three days without power on Pine Log Road! Deer meat thawin', my mama's eighty-four and cold. When are y'all comin'?", N)
PAIRS.append(gpair(
    "b154g_coop_ice_outage", "Rural electric co-op, north Georgia (phone)", "pitch_to_upset",
    "An angry member on day three of an ice-storm outage.",
    [o,
     t("Sir, three days in this cold is awful. First, is your mama warm right now? Somewhere safe?"),
     c("Wood stove's goin'. She's all right, just miserable.", N),
     t("A tree's on your tap line; the crew's scheduled tomorrow, likely afternoon. I can't promise an hour, but you're on the list."),
     c("Tomorrow. My meat won't last that long.", N),
     t("If it's still cold, pack it in coolers with ice on the porch. The church in Jasper has heat and hot food for your mama."),
     c("Alright. I'll get the coolers. Just get 'em out here.", N)],
    [o,
     t("I understand your frustration and value your membership. Outages like this are why members join our whole-home generator program, $79 a month."),
     c("A generator? I'm askin' when my power's comin' back.", "no_need"),
     t("And you'd never go through this again. Installation's free this month, and a generator would've saved that deer meat."),
     c("I ain't got seventy-nine a month to throw at y'all. I'm payin' for power I ain't gettin'!", "no_money"),
     t("We also have surge protection, $6.95 a month. Outages fry electronics. Add that?"),
     c("Put me through to a supervisor. Now.", N)]))

o = c("Y'all retipped this ring three weeks ago, two-twenty. Now the side stone's gone.", N)
PAIRS.append(gpair(
    "b154g_jewelry_lost_stone", "Jewelry store, Memphis, Tennessee", "blame",
    "A side stone fell out three weeks after the store retipped the prongs.",
    [o,
     t("Oh no, I'm sorry. Let me look under the scope. When did you last see the stone?"),
     c("Saturday I was cleanin' it. Sunday at church it was gone.", N),
     t("This side prong wasn't retipped. We should've caught that. New stone and retip, no charge."),
     c("Well, I appreciate that. How long? Anniversary's in two weeks.", N),
     t("Back to you by the 14th; I'll call if the match runs long."),
     c("Thank you for not makin' me fight about it.", N)],
    [o,
     t("I'm sorry for your experience. How have you been wearing it? Cleaning, gardening?"),
     c("I wear it like a ring. Every day.", N),
     t("That's likely the issue. Chemicals weaken prongs. Did you read the care card we gave you?"),
     c("You didn't give me no card. And you retipped it! That's what I paid for.", N),
     t("We retipped the center, what you asked for. Maybe you should've asked for all of them. A new stone's $185."),
     c("On top of the two-twenty? No ma'am, I ain't payin' y'all again.", "bad_experience"),
     t("We can't be responsible for how a ring is worn."),
     c("Then the Better Business Bureau can. Give me the ring.", N)]))

o = c("I got charged a hundred five in overdraft fees. My check's supposed to hit Friday, it hit Monday.", N)
PAIRS.append(gpair(
    "b154g_bank_overdraft_fees", "Community bank, Natchez, Mississippi (counter)", "blame",
    "A home health aide's pay posted late: three overdraft fees.",
    [o,
     t("A hundred five in a day is a lot. Is your pay direct deposit from the same employer every time?"),
     c("Every two weeks, Gulf Home Health. Always Friday. This time Monday.", N),
     t("It came Monday. No overdrafts in two years, so I refund two fees now and ask my manager about the third."),
     c("I'd appreciate all three. It wasn't my fault the check was late.", N),
     t("I'll ask. And free overdraft protection from savings would cover you next time. Link them?"),
     c("I only got about forty in savings. I don't know that it'd help.", "no_need"),
     t("Forty would've covered one charge. It's free and you can unlink anytime.")],
    [o,
     t("I understand your frustration. But when you spend money that isn't there yet, fees happen, right? What did you buy?"),
     c("Gas and groceries. I always get paid Friday.", N),
     t("The bank doesn't know that. It's on you to keep a cushion. Do you keep a register?"),
     c("Their bank was late, not me. I can't keep no cushion on what they pay home health aides.", N),
     t("If you'd signed up for overdraft protection, this wouldn't have happened. Did you read the agreement?"),
     c("That was eleven years ago. Y'all refundin' these or not?", N),
     t("The fees were charged correctly. Anything else I can help with today?"),
     c("Yes. Close my account.", N)]))
