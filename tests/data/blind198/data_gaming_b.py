"""Gaming pairs b01-b10 of blind198 (hand-written). Theme: hotels and travel in the US, the UK and the Caribbean."""
from common import c, gpair, t

PAIRS = []

# b01 ignored_customer: airport hotel late at night, Gatwick
o = c("Hi... sorry, it's Patel, family room. We've got a toddler asleep on my shoulder and a flight at ten past six tomorrow. Is there a cot in the room?", None)
PAIRS.append(gpair(
    id="b198g_gatwick_familyroom",
    business="airport hotel reception, Gatwick, West Sussex",
    kind="ignored_customer",
    situation="A British-Indian family arrives at 11 p.m. on the way to a wedding in Goa; they need a cot, a very early shuttle and something to eat before breakfast opens.",
    good=[
        o,
        t("Hello, welcome, I'll be quick. Yes, I'll have a cot in the room before you get up there. What time do you need to leave for the airport in the morning?"),
        c("Check-in closes at ten past five, so... half four? Is there a shuttle that early?", None),
        t("The first shuttle's at four, then every twenty minutes, so 4:20 or 4:40 would do it. Breakfast doesn't open until six, though. Shall I leave a breakfast bag for you at reception? It's included in your rate."),
        c("Oh yes please. Something for the little one too, if possible, he gets grumpy when he's hungry.", None),
        t("I'll add a fruit pot and a yoghurt. You're in 118, ground floor, near the lift, so you won't carry him far. Would you like a wake-up call at four?"),
        c("We'll set alarms, but a call wouldn't hurt. Four o'clock, yes. Thank you so much.", None),
        t("Done. The lift's just on your left. Sleep well, and have a wonderful time at the wedding."),
        c("Thanks. Right, bed, before this one wakes up.", None),
    ],
    gaming=[
        o,
        t("Welcome to the hotel! Before I check you in, can I ask what brings you to Gatwick, and how is your trip going so far?"),
        c("My brother's wedding in Goa. We're exhausted. Is there a cot in the room, please?", None),
        t("How lovely! And what kind of experience are you hoping to have with us tonight?"),
        c("Just sleep. The cot, is there one? And we need a shuttle at half four.", None),
        t("Great. So tonight I can offer you an upgrade to our Executive floor with lounge access for thirty-five pounds. Would that interest you?"),
        c("No, thank you, we don't need that, we're leaving at half four. The cot?", "no_need"),
        t("Understood. Breakfast is served from six till ten in the restaurant, sixteen pounds for adults. Shall I add it?"),
        c("We'll be gone by six. I told you. Is anybody listening?", "no_need"),
        t("Of course. Is there anything else I can help you with this evening?"),
        c("The cot! For the third time!", None),
    ],
))

# b02 repeated_questions: private dining enquiry, Boston
o = c("Hi, this is Renee from Halvorsen Biotech, I'm the assistant to our CEO. I need a private room for a client dinner on the 22nd, eighteen people.", None)
PAIRS.append(gpair(
    id="b198g_boston_clientdinner",
    business="restaurant private dining, Seaport District, Boston, Massachusetts",
    kind="repeated_questions",
    situation="An executive assistant books a celebration dinner for a client who has just signed; the CEO will speak; two guests are vegan and one keeps kosher.",
    good=[
        o,
        t("Thanks, Renee. The 22nd is open in our Harbor Room, which seats twenty. What's the occasion for the client: celebrating a deal, or more of a get-to-know-you?"),
        c("They just signed with us. So a celebration, but it's still business. My CEO will want to give a short speech.", None),
        t("Then the Harbor Room works well, it has its own door and a microphone if he wants one. Any dietary needs I should plan for?"),
        c("Two vegans and one guest keeps kosher. That's been a nightmare with other restaurants.", "bad_experience"),
        t("Understood. Our chef can do a proper vegan menu for two without trouble. We're not a kosher kitchen, so honestly the safest thing is a sealed meal from a kosher caterer we work with, which we plate and serve alongside everyone else. Would your guest be comfortable with that?"),
        c("I'll have to ask him. It's their CFO, so I don't want to get it wrong.", "think_it_over"),
        t("Very sensible. I'll hold the Harbor Room for the 22nd until Monday and email you the menu and the caterer's details, so you can forward them to him."),
        c("Perfect. Thank you for being upfront about the kosher thing.", None),
    ],
    gaming=[
        o,
        t("Wonderful, Renee. So tell me, what kind of event are you planning?"),
        c("A client dinner, eighteen people, on the 22nd. Private room.", None),
        t("Great. And what's the purpose of the evening? What are you hoping to get out of it?"),
        c("Like I said, a client dinner. They signed a contract, we're celebrating.", None),
        t("Lovely. So what sort of occasion would you call it, just so I understand your goals?"),
        c("A celebration. With a client. I've said that. Can we talk about the menu? I have two vegans and a kosher guest.", None),
        t("Absolutely. And help me understand, how many guests did you say, and what's the event for again?"),
        c("Eighteen. Client. Celebration. You know what, I have three other places to call. Just send me something by email.", "brush_off"),
        t("Of course! And before you go, what would you say the main goal of the dinner is?"),
        c("Goodbye.", None),
    ],
))

# b03 wrong_paraphrase: guest services at an all-inclusive resort, St Lucia
o = c("Hi there. We booked the snorkel catamaran for Thursday through you guys, but, um, I can't actually swim, and I didn't want to say in front of my husband's friends. Is there anything else we could do instead?", None)
PAIRS.append(gpair(
    id="b198g_stlucia_honeymoon",
    business="guest services desk at an all-inclusive resort, Rodney Bay, St Lucia",
    kind="wrong_paraphrase",
    situation="A honeymooning bride quietly asks to swap a snorkelling trip because she cannot swim; she is happy on a boat as long as she doesn't have to go in the water.",
    good=[
        o,
        t("Of course, and thank you for telling me. We can swap it. Is it the water itself you'd rather avoid, or would a boat trip be alright as long as there's no swimming?"),
        c("A boat's fine if I don't have to get in. I just don't want to sit there while everyone jumps off.", None),
        t("That makes sense. So you're happy on a boat, you just don't want a trip built around snorkelling where you'd be left out. Two ideas: the Pitons land tour with the sulphur springs and the botanical garden, or the sunset sail, which is just sailing and dinner, nobody gets in the water."),
        c("The sunset sail sounds romantic. But we paid two-twenty for the catamaran. Is there a fee to change?", None),
        t("No fee. The sunset sail is two-forty for the two of you, so twenty more. It's Thursday evening too, so you keep the day free. Would you like me to swap it now?"),
        c("Let me just check with Marcus, he's at the pool. Can you hold it for an hour?", "think_it_over"),
        t("I'll hold two places until five. Just come back or call extension 12."),
    ],
    gaming=[
        o,
        t("Absolutely! Can you tell me a bit more about what you're looking for?"),
        c("I can't swim. I'd rather do something on land, or where I don't have to get in the water.", None),
        t("So what I'm hearing is that you want something more adventurous than the catamaran, like our zip-line and rainforest canopy tour. Did I get that right?"),
        c("No... I didn't say adventurous. I said I can't swim.", None),
        t("Got it, so you're saying you'd like to upgrade to the private catamaran, where the crew can give you a swimming lesson on board. That's three-ninety for two."),
        c("That's not what I said at all. And three-ninety? We're on a honeymoon budget.", "no_money"),
        t("So if I understand you correctly, budget's fine as long as it's special, and you'd like to go ahead with the private charter. Shall I book it?"),
        c("No. I'll keep the catamaran and just sit on the boat. Forget it.", "no_need"),
    ],
))

# b04 pitch_to_upset: airline ticket counter, Denver
o = c("Hi. I need to get to Billings today. My dad passed this morning. I... sorry. Is there anything this afternoon?", None)
PAIRS.append(gpair(
    id="b198g_denver_bereavement",
    business="airline ticket counter, Denver International Airport, Colorado",
    kind="pitch_to_upset",
    situation="A grieving woman needs a same-day one-way flight to Billings after her father's death; the funeral isn't planned yet.",
    good=[
        o,
        t("I'm so sorry about your father. Let's get you there. There's a 3:40 to Billings with seats. Are you travelling alone, and do you know when you'll come back?"),
        c("Just me. I don't know about coming back, the funeral isn't even planned yet.", None),
        t("Then a one-way now makes sense, and you can book the return when you know more. The one-way fare today is three eighty-nine. We don't have a bereavement discount any more, I'm sorry, but I can waive the change fee on any return you book with us."),
        c("Three eighty-nine... okay. It is what it is.", None),
        t("Seat 9A, by the window, it's a bit quieter up front. You've got about two hours; the chapel on the B concourse is quiet if you need somewhere to make calls. Do you have a bag to check?"),
        c("Just this carry-on. Thank you. Really.", None),
        t("I've also put a note on your booking, so whoever you speak to about the return will know the situation. Is anyone meeting you in Billings?"),
        c("My brother. He'll pick me up. I should call him.", None),
    ],
    gaming=[
        o,
        t("I'm sorry for your loss. How can I help make this journey as comfortable as possible for you today?"),
        c("Just get me to Billings. Today.", None),
        t("Absolutely. There's a 3:40. And since it'll be an emotional trip, have you thought about Premium Plus? It's only one eighty-nine more, and you'd get lounge access to relax beforehand."),
        c("No. I don't care where I sit.", "no_need"),
        t("Totally understand. And with everything going on, a lot of folks in your situation sign up for our credit card today. You'd get forty thousand miles, which basically covers your return. Want me to start the application?"),
        c("My father died this morning. I'm not applying for a credit card.", "no_need"),
        t("Of course, of course. Last thing: travel insurance, in case plans change with the funeral? It's just thirty-four dollars."),
        c("Just the ticket. Please. Just the ticket.", "no_need"),
    ],
))

# b05 blame: hotel reception, Glasgow city centre
o = c("Evening. Booking for Campbell, two nights, through one of the booking sites. I've got the confirmation on my phone here.", None)
PAIRS.append(gpair(
    id="b198g_glasgow_lostbooking",
    business="hotel reception, Glasgow city centre, Scotland",
    kind="blame",
    situation="A Scottish business traveller arrives to find the hotel has no record of a prepaid booking made through an online agency.",
    good=[
        o,
        t("Thanks, Mr Campbell. I'm not seeing it under Campbell. Can I see the confirmation? Sometimes it's under a different spelling or the card name."),
        c("Aye, here. It says this hotel, tonight and tomorrow.", None),
        t("That's definitely us and definitely tonight. It looks like the booking didn't come through from the agency, which happens now and then. The good news is we have rooms. I'll put you in a standard double now at the rate on your confirmation, so you're not out of pocket."),
        c("Right. And am I going to get charged twice? I've already paid them.", None),
        t("Fair question. You've prepaid the agency, so I'll mark this as nothing to pay here, and I'll email the agency tonight with your confirmation number so they can't charge you as a no-show. I'll copy you in so you've got a record."),
        c("Grand. That's all I wanted. Cheers.", None),
        t("You're in 507, the lift's behind you. Breakfast is from half six if you need an early start."),
        c("Half six, brilliant. I've a meeting at eight over in Finnieston.", None),
    ],
    gaming=[
        o,
        t("I'm sorry, there's nothing under Campbell. Did you book the right hotel? There's one with a similar name out in Paisley."),
        c("It says this address. Here, look.", None),
        t("Ah, I see. So what I'm hearing is you booked through a third party. That's really the issue, isn't it? If you'd booked direct, we'd have it."),
        c("I booked where I always book. I've got a confirmation. What are you going to do about it?", None),
        t("I understand your frustration. But I can only go on what's in our system, and your booking isn't in it. Did you check the dates when you booked? People often get the dates wrong."),
        c("The dates are right. Tonight and tomorrow. It's on the screen in front of you.", None),
        t("Okay. I can give you a room at tonight's rate, one forty-nine, and you'll need to sort out a refund with the site you used. How does that sound?"),
        c("I've already paid ninety-eight through them! I'm not paying twice for your mistake.", None),
    ],
))

# b06 monologue: cruise line reservations by phone, Southampton
o = c("Oh hello, yes, I'm ringing about the January sailing to the Caribbean from Southampton. My wife uses a mobility scooter and I want to know if that's going to be a problem.", None)
PAIRS.append(gpair(
    id="b198g_southampton_cruisecall",
    business="cruise line reservations call centre, Southampton, England",
    kind="monologue",
    situation="A retired man rings about a three-week Caribbean cruise; his wife uses a large scooter that doesn't fold, and they have about four thousand pounds in mind.",
    good=[
        o,
        t("Thank you for asking before booking, that's exactly the right time. It isn't a problem on that ship, but there are a few details. What size is the scooter, and does it fold?"),
        c("It's a fairly big one, doesn't fold. She can walk a few steps, but not far.", None),
        t("Then you'll want one of the accessible cabins, with wider doors and space to park and charge it. There are twelve on that ship, and I've three left for January. Have you got a budget in mind?"),
        c("We'd thought around four thousand for the two of us. Is that daft for three weeks?", None),
        t("Not daft. An accessible inside cabin is three thousand six hundred and ninety for two; the accessible balcony is four thousand nine hundred and eighty. One thing to know: in Barbados and Antigua the ship docks, so she can drive straight off, but in St Kitts and Grenada it uses small tender boats, and scooters can't always go on those."),
        c("Ah. That's disappointing. On our last cruise in the Med she was stuck on the ship at Santorini for the same reason.", "bad_experience"),
        t("That's a rotten day, and I'd hate for it to happen again. On this route it's two ports out of seven. I'll email you the itinerary with each port marked 'docked' or 'tender', so you can look at it together before deciding."),
        c("Yes, do that. We'll talk it over and ring you back next week.", "think_it_over"),
    ],
    gaming=[
        o,
        t("Oh, wonderful, the Caribbean Sunseeker, it's a gorgeous sailing, twenty-one nights, and what's so special about it is you get the crossing, which is pure relaxation, then seven islands, Barbados, Antigua, St Kitts, St Lucia, Grenada, Tortola, and Bermuda on the way home. The ship's just been refitted, there's a new spa, three speciality restaurants, and the theatre does West End shows. So what's the most important part of a holiday for you?"),
        c("Well, mostly the scooter, I...", None),
        t("Oh, absolutely, we're fully accessible, it's a modern ship, lifts everywhere, you'll love it. Now for cabins I'd really recommend a balcony for a crossing, you'll be at sea eight days, so you want your own outdoor space, and there's an offer on at the moment, free drinks if you book a balcony by Friday. That's five thousand four hundred for the two of you. Can I ask what your budget is?"),
        c("That's well over what we'd budgeted. We'd said about four thousand.", "no_money"),
        t("Lots of people say that, and then they see the value. Think about it, that's three weeks of food, entertainment and travel for under a hundred and thirty pounds a day each. You couldn't stay in a hotel in Bath for that. And the drinks offer alone is worth eight hundred pounds. Shall I put a hold on it?"),
        c("Can the scooter get off the ship at every island, though? That's what I rang about.", None),
        t("I'm sure it'll be fine, the crew are marvellous. Now, did you want to add travel insurance? Because at your age I'd really recommend our own policy, it covers pre-existing conditions, cancellation, the lot, and..."),
        c("Look, just pop a brochure in the post, would you. Goodbye.", "brush_off"),
    ],
))

# b07 closing_as_open_question: vacation club presentation, Aruba
o = c("Okay, we sat through the video. I'll be honest, I'm an accountant, so I'm going to want to see the numbers before anything.", None)
PAIRS.append(gpair(
    id="b198g_aruba_vacationclub",
    business="vacation club sales office at a beach resort, Palm Beach, Aruba",
    kind="closing_as_open_question",
    situation="A couple from New Jersey who come to Aruba every September on an off-season deal sit through a vacation-club presentation; he is an accountant and wants the figures.",
    good=[
        o,
        t("Good, I'd rather show you the numbers than the video. Let's start with you, though. How many weeks a year do you vacation, and how do you book now?"),
        c("Two weeks, usually. One here, we've come six years running, and one somewhere in the States. Mostly hotel points.", None),
        t("So Aruba every year is fixed, and the other week varies. Here's the honest math: a one-week ownership here is twenty-eight thousand, plus maintenance of about nineteen hundred a year, which rises. What do you pay for your Aruba week now?"),
        c("About thirty-two hundred, with the off-season deal we get. So what, nine years to break even? Before fee increases. That's not great.", "too_expensive"),
        t("That's about right, and with the increases it's closer to twelve. It works better for people who come in high season, when the hotel rate doubles. Since you come in September, it may not be worth it for you. There's also the resale market; owners here sell weeks for a fraction of our price."),
        c("You're allowed to tell me that?", None),
        t("I'd rather you hear it from me. Here's our fee history for the last ten years and my card. Take it home, and if you ever switch to high season, call me."),
        c("Appreciate it. That's more honest than I expected from this room.", None),
    ],
    gaming=[
        o,
        t("Love it, numbers people are my favourite. So let me ask you: what would it take for you to become an owner today?"),
        c("I'd need to see the maintenance fees for the last ten years, for a start.", None),
        t("Totally fair. And once you've seen them, which week would you like to own, September or high season?"),
        c("I haven't decided I want to own anything. We'd want to go home and think it through.", "think_it_over"),
        t("Of course. So if the numbers work, how would you like to handle the deposit, card or wire transfer?"),
        c("The numbers are twenty-eight grand plus nineteen hundred a year. We pay thirty-two hundred for our week now. They don't work.", "too_expensive"),
        t("I hear you. So what would need to change for you to feel comfortable signing before you leave the island? This price is only for today's guests."),
        c("Nothing. We're fine booking the way we do. Sign our voucher, please.", "no_need"),
        t("Before you go, which of you would like to be the primary owner on the paperwork?"),
        c("Neither of us. The voucher.", "no_need"),
    ],
))

# b08 pitch_as_paraphrase: online travel agency chat, trip to Antigua
o = c("hi so me and 3 friends want to do antigua in april for my friend jas 30th. budget is tight like 1500 each all in including flights from atlanta", None)
PAIRS.append(gpair(
    id="b198g_antigua_chatquote",
    business="online travel agency live chat, trip from Atlanta to Antigua",
    kind="pitch_as_paraphrase",
    situation="A young woman types in lowercase to plan a four-night birthday trip for four friends on a tight budget; one friend may drop out for money reasons.",
    good=[
        o,
        t("Hi! Happy early 30th to Jas. $1,500 each all-in from Atlanta is doable in April if we're careful. Are you thinking resort and beach, or more going out and exploring?"),
        c("mostly beach and one big night out for her birthday. we dont need fancy", None),
        t("Got it: beach, one big night, no frills. How many nights, and would you share rooms?"),
        c("4 nights. we can share 2 rooms thats fine. one of us might drop out tho shes got money stuff going on", None),
        t("Good to know. Flights from Atlanta in April are running about $620 round trip. A guesthouse near Dickenson Bay with two rooms comes to about $520 each for 4 nights, which leaves about $360 each for food and the birthday night. If someone drops out the rooms get pricier, so I'd pick a place with free cancellation up to 2 weeks out. Want me to send two options like that?"),
        c("yes pls. i need to check with the girls before we pay anything tho", "think_it_over"),
        t("Of course. I'll send both to this chat within the hour, and they're held free until Friday, so you can share the link with the group."),
        c("amazing thank u", None),
    ],
    gaming=[
        o,
        t("Hi! Sounds amazing. Tell me, what kind of trip are you dreaming of?"),
        c("beach mostly and a night out for jas birthday. nothing fancy", None),
        t("So what I'm hearing is you want a luxurious, unforgettable 30th, which is exactly our Sandy Shores all-inclusive package at $2,290 per person. Did I get that right?"),
        c("no lol. i said budget is 1500 each", "no_money"),
        t("Totally! So just to play that back, you want the best value, and the best value is really all-inclusive because drinks are covered, so Sandy Shores at $2,290 is what you're after, correct?"),
        c("thats way over. and we dont even drink that much, all inclusive is wasted on us", "too_expensive"),
        t("Got it, so what you need is the Sandy Shores Lite plan at $1,980 with a birthday cake included. Sound good?"),
        c("i think ill just look on expedia myself. thx", "brush_off"),
    ],
))

# b09 upsell_as_loop_closing: car rental counter, Dallas Love Field
o = c("Hi, Mendoza, one day, midsize. I'm late for a meeting in Fort Worth, so whatever's fastest, please.", None)
PAIRS.append(gpair(
    id="b198g_dallas_carrental",
    business="car rental counter, Dallas Love Field airport, Texas",
    kind="upsell_as_loop_closing",
    situation="A business traveller on a corporate account is in a hurry to reach a meeting in Fort Worth and needs the car for one day.",
    good=[
        o,
        t("Got you, Mr Mendoza. Midsize, back tomorrow by five. Do you have your own insurance, or do you want our coverage?"),
        c("Company covers it. Corporate account.", None),
        t("Perfect, your corporate code's on it. One thing that can save you time: the quick way to Fort Worth is a toll road, and without a tag you get billed by mail plus a fee. Our tag is eleven ninety-nine a day. Want it, or would you rather avoid tolls?"),
        c("What's the toll-free way cost me in time?", None),
        t("About fifteen minutes at this time of day, more at rush hour."),
        c("Then add the tag. I don't have fifteen minutes.", None),
        t("Done. Space B12, silver Camry, keys are in it. Bring it back to this lot, and drop the keys in the box if you're running late."),
        c("Great, thanks.", None),
    ],
    gaming=[
        o,
        t("Hi Mr Mendoza! So I have you in a midsize for one day. To close the loop, what else can I add to make your trip a success? Our Loss Damage Waiver?"),
        c("No, corporate covers it. I'm in a hurry.", "no_need"),
        t("Absolutely, and to make sure we've covered everything, can I add an upgrade to a full-size? It's only fifteen more, and you'd arrive in style for your meeting."),
        c("Midsize is fine. Please.", "no_need"),
        t("Understood. Anything else I can add for you? Prepaid fuel, so you don't have to fill up? It's just forty-two."),
        c("It's one day, I'll use a quarter of a tank. No.", "no_need"),
        t("Great. And last thing, just closing the loop: roadside assistance for six ninety-nine? Everyone's adding it this week."),
        c("I'm now twenty minutes late. Keys, or I walk to the next counter.", "no_time"),
    ],
))

# b10 leading_tag_questions: boutique hotel reservations by phone, Bath
o = c("Hello, I'm after a night for me and my wife next month, it's our tenth anniversary. I saw you do spa packages?", None)
PAIRS.append(gpair(
    id="b198g_bath_spabreak",
    business="boutique spa hotel reservations, Bath, Somerset",
    kind="leading_tag_questions",
    situation="A husband books an anniversary night; his wife has had a bad back since their baby was born, and he has about three hundred and fifty pounds to spend.",
    good=[
        o,
        t("We do, and happy tenth in advance. Tell me a bit about your wife. Is she a spa person, or is it more about getting away?"),
        c("Bit of both. She's had a bad back since the baby, so a massage would be lovely, but nothing too intense.", None),
        t("That's useful to know. Our therapists do a gentle postnatal massage that suits back trouble, and I'd flag it so they're ready. The Anniversary package is a night, dinner and two sixty-minute treatments for four hundred and twenty. Is that in the right area?"),
        c("Bit more than I'd hoped, if I'm honest. I was thinking three-fifty, maybe.", "no_money"),
        t("Then I'd suggest the room with breakfast, one sixty-minute massage for her, and dinner in the bar rather than the restaurant. That comes to three hundred and thirty-five. You'd lose your own treatment, but it's her back that needs it. Would that work?"),
        c("That's spot on, actually. Let me check it's the right weekend with her mum for babysitting, and I'll ring you back tomorrow.", "think_it_over"),
        t("I'll hold it until six tomorrow, no card needed, and I'll note 'gentle massage, back problem' so the spa knows."),
    ],
    gaming=[
        o,
        t("Lovely! You'll be wanting our Ultimate Indulgence package, won't you? It's our most popular one for anniversaries."),
        c("What's in it?", None),
        t("Suite, champagne, dinner, and a ninety-minute deep-tissue massage for you both. She deserves the best after ten years, doesn't she?"),
        c("Deep tissue? She's got a bad back, I'm not sure that's a good idea.", None),
        t("Oh, deep tissue's great for backs, isn't it? Everyone says so. And it's only six hundred and ninety, which isn't much for a tenth anniversary, is it?"),
        c("Six-ninety is quite a lot for one night, actually.", "too_expensive"),
        t("But you wouldn't want her thinking you'd gone cheap on your tenth, would you? Shall I take your card details, then?"),
        c("No. I'll see what the place on Milsom Street does first. Thanks.", "think_it_over"),
    ],
))
