"""Gaming pairs, file b (hand-written). Theme: energy and utilities in the UK, the US and South Africa."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- b1 ignored_customer
b1_open = c("hi got your flyer about community solar. i rent tho, can i even do this", None)
PAIRS.append(gpair(
    "b214g_newark_communitysolar",
    "US community solar subscription company, website chat (Newark, New Jersey)",
    "ignored_customer",
    "A renter in Newark, New Jersey opens the web chat of a community solar company after getting a flyer; she moves often for work and worries about a credit check.",
    good=[
        b1_open,
        t("Hi! Yes, renters can join, that's really the point of community solar: nothing goes on your roof, you just get credits on your utility bill. Can I ask how long you expect to stay at your current place?"),
        c("idk maybe a year. i move a lot for work", None),
        t("Thanks, that matters. There's no cancellation fee, and if you move within the same utility area the subscription moves with you. If you move further away, you cancel with 90 days notice. Anything else you're worried about?"),
        c("yeah do you run a credit check. my credit is not great rn", None),
        t("No credit check on this plan. Being straight with you, the saving is about 10 percent of the supply part of your bill, so on a hundred dollar bill maybe six to eight dollars a month. Not huge, but nothing to pay to join. Want to see the contract before you decide?"),
        c("ok 7 bucks isnt much but free is free. send me the contract ill read it tonight", "think_it_over"),
        t("Sending it to the email on this chat now. Nothing is active until you sign, and I'll check in on Friday in case anything in it is unclear."),
    ],
    gaming=[
        b1_open,
        t("Hi! Great question, thanks for reaching out. Tell me a little about what you're looking for in your energy experience?"),
        c("i just want to know if i can do it as a renter. and i move a lot, like maybe in a year", None),
        t("Awesome. Our 20-year agreement locks in guaranteed savings for the long term. What's most important to you when it comes to savings?"),
        c("20 years?? i literally just said i might move in a year", None),
        t("Totally hear you! Next question: roughly what's your monthly electric bill?"),
        c("like 100. does this need a credit check, my credit isnt great", None),
        t("Perfect, at 100 a month you'd be a great fit. I just need your social security number and your utility account number to get you enrolled. What's the best email?"),
        c("nope. you didnt answer one thing i asked. bye", None),
    ],
))

# ---------------------------------------------------------------- b2 repeated_questions
b2_open = c("Hi, yeah, we're on the old rateable value charges and a mate said I should get a meter. But there's five of us, so I'm not convinced.", None)
PAIRS.append(gpair(
    "b214g_norwich_watermeter",
    "UK regional water company, phone line (Norwich)",
    "repeated_questions",
    "A dad of three in Norwich phones his water company about moving from rateable-value charges to a free water meter; with five in the house he doubts it would save anything.",
    good=[
        b2_open,
        t("Fair question, a meter doesn't save everyone money. What do you pay now on the rateable value, and how does the house use water: showers or baths, washing machine most days?"),
        c("It's about six hundred and forty a year. Showers mostly, the kids are in and out. Washing machine's on every day, basically.", None),
        t("Okay. For five people with a daily wash, our calculator puts you around five hundred and ninety on a meter, so a small saving, not a big one. The good bit is you get up to two years to switch back if it comes out worse."),
        c("Switch back? So if we end up paying more we just go back to the old bill?", None),
        t("Yes, any time within two years of it going in. And the fitting's free. If you like, I'll book a survey to see where the meter can go, and you can still cancel before it's fitted."),
        c("Go on then, book it. Weekends any good? I'm at work all week.", None),
        t("We do Saturday mornings. I've got the 14th, eight till twelve, and you'll get a text the day before."),
    ],
    gaming=[
        b2_open,
        t("Absolutely, happy to help. So, tell me, how many people live in your household?"),
        c("Five. Like I said. Me, the wife and three kids.", None),
        t("Great, thanks. And just so I understand your needs, how many occupants are there at the property?"),
        c("Five. Are you reading off a script?", None),
        t("Sorry about that. And what do you currently pay for your water?"),
        c("Six hundred and forty a year, roughly. So would a meter save us anything or not?", None),
        t("That's a great question. So I can get the full picture, roughly how many people are using water in your home each day?"),
        c("Mate, I've told you three times. I haven't got time for this, I'm on my lunch break.", "no_time"),
        t("Totally understand. Just to confirm, would you say there are more than four residents?"),
        c("I'll ring back another day.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- b3 wrong_paraphrase
b3_open = c("Good day. I have a guesthouse, six rooms, and in winter during load-shedding the guests get cold showers. I'm looking at solar geysers.", None)
PAIRS.append(gpair(
    "b214g_bloemfontein_solargeyser",
    "Solar water heating supplier (Bloemfontein, South Africa)",
    "wrong_paraphrase",
    "The owner of a six-room guesthouse in Bloemfontein asks a solar water heater supplier about replacing electric geysers; her real worry is guests getting cold morning showers during winter load-shedding.",
    good=[
        b3_open,
        t("Good day. Cold showers are the quickest way to a bad review, I understand. How are the rooms plumbed now: one geyser per room, or a central one?"),
        c("Three geysers, two hundred litres each, each one feeds two rooms. They're electric, twelve years old.", None),
        t("Okay. And when do your guests mostly shower? Early, before they drive on?"),
        c("Yes, most are travellers, they shower at six, half past six, and they're gone by eight. In winter it's still dark and cold then.", None),
        t("That's the tricky part: a solar geyser heats during the day, so the morning shower uses water heated the afternoon before. A well-insulated tank holds it fine overnight, but on cloudy days you'd still want the element as backup, on a timer outside the load-shedding hours. Would you do all three, or start with one?"),
        c("I was thinking all three, but the money... I got a quote from another company for ninety thousand and nearly fell off my chair.", "too_expensive"),
        t("Converting your existing geysers with panels is usually cheaper than new tanks, because yours may still have some life in them. I'd need to check the tanks and the roof angle. If it still comes to more than you want, doing the busiest pair of rooms first is an option."),
        c("Okay. Can you come Tuesday morning? Before the new guests come in at two.", None),
    ],
    gaming=[
        b3_open,
        t("Good day! So if I understand correctly, you want to take the whole guesthouse completely off-grid, is that right?"),
        c("No, no. Just the hot water. The showers.", None),
        t("Got it. So what I'm hearing is that your electricity bill is the main problem and you want it down to zero?"),
        c("I didn't say anything about the bill. The problem is cold showers in the morning when the power is off.", None),
        t("Perfect, thank you for clarifying. So you're saying you've got nine rooms and you'd like new three-hundred-litre tanks in each?"),
        c("Six rooms. Three geysers. Are you listening to me at all?", None),
        t("Absolutely. So to play it back: you're happy with the price range we discussed and you want to go ahead this month?"),
        c("We never discussed a price. Last year a company like yours put in a heat pump that never worked properly, I'm not going through that again.", "bad_experience"),
    ],
))

# ---------------------------------------------------------------- b4 pitch_to_upset
b4_open = c("Hello. My husband passed away three weeks ago and the account's in his name. I don't know what I'm meant to do with it.", None)
PAIRS.append(gpair(
    "b214g_sheffield_bereavement",
    "UK energy supplier, phone line (Sheffield)",
    "pitch_to_upset",
    "A widow in Sheffield rings her energy supplier three weeks after her husband's death to move the account, which was in his name.",
    good=[
        b4_open,
        t("I'm so sorry for your loss. You don't need to do much at all, and we can go at whatever pace suits you. Are you still living at the property?"),
        c("Yes. It's just me now. Sorry. It's the first time I've said it out loud to someone on the phone.", None),
        t("Please don't apologise, take all the time you need. I can move the account into your name today, same tariff, same direct debit, so nothing changes. We'll need a copy of the death certificate at some point, but within the next couple of months is fine. Is anything worrying you about the bills themselves?"),
        c("Just that his pension's stopped, so I'm not sure what I'll have coming in. I can't take on anything new right now.", None),
        t("Understood, nothing new. I'll put a note on the account so that if you ever fall behind you go straight to our specialist team, and I'll send you the number for our bereavement support line, just so you have it. Would you like the confirmation by letter or by email?"),
        c("A letter, please. Thank you for being so kind.", None),
        t("A letter it is, it'll be with you in a few days. Take care of yourself."),
    ],
    gaming=[
        b4_open,
        t("I'm so sorry for your loss, and thank you for sharing that with me. While I've got you, this is actually a great moment to review the account. Have you thought about our new Smart Saver fix?"),
        c("I... no. I just need it out of his name.", None),
        t("Totally understand. What I'd suggest is we close his account and open a fresh one for you on Smart Saver, which comes with a free smart meter and a year of boiler cover. It's a lovely way to start fresh."),
        c("I don't want to start fresh. I want him back. I can't think about tariffs right now.", "no_time"),
        t("Of course, and I hear you. Lots of customers in your situation find it helps to have one less thing to worry about. The fix is only there until Friday, though, so shall I set it up while we're on the phone?"),
        c("Just put it in my name. Please. Nothing else.", "no_need"),
        t("I understand. And just so you know, we also offer life cover through our partner, so your family's protected going forward. Shall I ask them to give you a ring?"),
        c("I'm going to put the phone down now.", None),
    ],
))

# ---------------------------------------------------------------- b5 blame
b5_open = c("Yeah hi, I got a water bill for six hundred twelve dollars. Normally it's like ninety. We found the toilet upstairs was running, I fixed the flapper.", None)
PAIRS.append(gpair(
    "b214g_columbus_toiletleak",
    "US city water utility, customer service line (Columbus, Ohio)",
    "blame",
    "A homeowner in Columbus calls the city water utility about a $612 quarterly bill after finding and fixing a running toilet; he wants to know about a leak adjustment.",
    good=[
        b5_open,
        t("Oof, that's a painful one, and a running toilet is exactly the kind of thing that does it, they can waste thousands of gallons without a sound you'd notice. When did you find it and fix it?"),
        c("Like two weeks ago? My daughter said it kept hissing. I put a new flapper in the same night.", None),
        t("Good that you caught it. The city has a once-a-year leak adjustment: once the leak's repaired, the extra water is billed at a reduced rate. We usually need the receipt for the part and a follow-up meter read showing usage is back to normal. Do you still have the receipt?"),
        c("Probably in the hardware store bag. It was like eight bucks, I didn't think I'd need it.", None),
        t("That eight-dollar receipt could save you a few hundred. I'll schedule a meter read for next week, and once it's in, we apply the adjustment. Meanwhile I'm putting a hold on this bill so there's no late fee."),
        c("Awesome. Do I have to be home for the meter read?", None),
        t("No, the meter's outside. You'll see the adjusted bill within two cycles; if not, call and give reference WL-3390."),
    ],
    gaming=[
        b5_open,
        t("Okay, so just so I understand your experience: you had a toilet running for how long without noticing?"),
        c("I don't know, a few weeks maybe. It's a toilet, it's not like I sit there listening to it.", None),
        t("Right. Well, with respect, checking your fixtures is the homeowner's responsibility. Most people would notice a running toilet."),
        c("Okay, but I fixed it. Is there anything you guys do for leaks?", None),
        t("There's an adjustment, but honestly it's meant for things people couldn't have known about, like a pipe underground. A toilet you can hear is kind of on you."),
        c("My daughter heard it. I work nights. I'm asking for help, not a lecture.", None),
        t("I get it. I'm just saying, if you'd checked your usage online every month you'd have caught it. Did you sign up for the usage alerts when we offered them?"),
        c("Whatever. I'll pay it in installments if I have to, and I'll tell the city council how you talk to people.", None),
    ],
))

# ---------------------------------------------------------------- b6 monologue
b6_open = c("Hi, thanks for coming out. I want to know, generator or batteries? My main worry is the fridges, I lost a whole delivery of fish last month.", None)
PAIRS.append(gpair(
    "b214g_kalkbay_restaurantbackup",
    "Backup power supplier, site visit to a restaurant (Kalk Bay, Cape Town, South Africa)",
    "monologue",
    "The owner of a small seafood restaurant in Kalk Bay asks a backup power supplier whether to buy a diesel generator or batteries; above all she wants her cold storage safe during load-shedding.",
    good=[
        b6_open,
        t("Losing a fish delivery hurts. Before I say generator or battery, can I see the kitchen? How many fridges and freezers, and what else has to keep going when the power drops: card machines, lights, the extractor?"),
        c("Two upright fridges, one chest freezer, and the cold room is the big one. Card machines, yes. The stoves are gas, thank God.", None),
        t("Gas stoves make life a lot easier. The cold room: do you know its size, or is there a plate on the compressor?"),
        c("About two by two metres. The plate's behind there, I'll show you. Also, Saturday nights we're full and the neighbours already complain about noise.", None),
        t("Noted, so noise matters. That compressor has a big start-up surge. A battery system that handles it plus the fridges for four hours would be around a hundred and ten thousand rand. A quiet diesel generator with a changeover switch, around forty-five thousand plus diesel, and with your neighbours I'd put it in an acoustic box at the back."),
        c("A hundred and ten is more than I've got right now. Forty-five I could maybe finance.", "no_money"),
        t("Then there's a middle way: a small battery for the card machines and lights so service never stops, and the generator only for cold storage. A closed cold room holds temperature for a couple of hours, so the generator would only run on the long stages."),
        c("I like that. But I'm not deciding today, my partner's in Joburg till Friday.", "think_it_over"),
        t("No problem. I'll write up all three options with costs and diesel estimates and email you both by tomorrow. Can I phone on Monday?"),
        c("Monday's good, after the lunch service.", None),
    ],
    gaming=[
        b6_open,
        t("Great question, and I love that you're thinking about your business continuity experience. Let me tell you what we do. We're the biggest backup supplier on the peninsula, fifteen years, over two thousand installs, and our lithium systems are the best on the market. Generators are old technology: noisy, diesel's crazy, they break. What you want is our 15kVA Restaurant Pro, three batteries, monitoring on your phone, and we throw in the compliance certificate."),
        c("Okay, but my cold room...", None),
        t("Exactly, the cold room, it'll run the cold room, the fridges, the lights, the extractor, everything, like load-shedding doesn't exist. And the app shows your savings in real time. Restaurants love it, we did a big place in Hout Bay last year. It's a hundred and thirty-five thousand, but on our rent-to-own it's from four thousand a month."),
        c("Eish, that's a lot. And I had a terrible time with a rent-to-own deal on the coffee machine, never again.", "bad_experience"),
        t("I hear you, but this is totally different, our contracts are very flexible and we're very relationship-focused. Plus you save on diesel, you save on spoiled stock, and the bank likes it because it adds value to the property. I'll just need your company registration and three months' bank statements to start the application. Anything else I can help with?"),
        c("You didn't even look at my kitchen. Leave me a brochure, I'll call if I'm interested.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- b7 closing_as_open_question
b7_open = c("Hello, I have new electric car, the lease started last week, and my colleague says I should change to EV tariff. Is it true it's cheaper?", None)
PAIRS.append(gpair(
    "b214g_birmingham_evtariff",
    "UK energy supplier, phone line (Birmingham)",
    "closing_as_open_question",
    "A nurse in Birmingham, who speaks English as a second language and has just leased an electric car, asks her supplier whether an EV tariff would save her money; she often charges free at work.",
    good=[
        b7_open,
        t("Congratulations on the car. It can be a lot cheaper, but it depends how you charge. Do you have a charger at home, and roughly how far do you drive in a week?"),
        c("Yes, they fitted charger on Tuesday. I drive to hospital, maybe two hundred miles a week. Sometimes I charge at work, it's free for staff.", None),
        t("Free charging at work changes things. How often would you charge at home, and could you plug in overnight?"),
        c("Maybe two nights in a week at home. I work some nights also, so then I charge in the day.", None),
        t("Okay. The EV tariff has a very cheap rate between midnight and five, but the daytime rate is higher than you pay now. If you charge at home twice a week and sometimes in the day, the saving might be small, maybe eight or ten pounds a month, and in some months you could pay more. I can run your last three months of smart readings through both tariffs so you see the real number."),
        c("Yes, please do that. I don't want to change and then it's worse.", None),
        t("I'll email the comparison tonight. Nothing changes unless you reply to switch. Is the email on your account the best one?"),
        c("Yes, that one. Thank you, very clear.", None),
    ],
    gaming=[
        b7_open,
        t("Absolutely true! So, when would you like your new EV tariff to start, from Monday or from the first of the month?"),
        c("I don't know yet. First I want to know how much I save.", None),
        t("Great. And once you see how much you save, what would stop you switching today?"),
        c("I charge mostly at work, free for staff. Maybe I don't need it.", "no_need"),
        t("I hear you. So picture it: you've switched and you're charging for pennies at night, how would that feel? Shall I use the card on your account for the setup?"),
        c("Setup? There is a fee? Nobody said about a fee.", None),
        t("Only twenty-five pounds, and most people tell me it pays back in the first month. Which suits you better, paying it now or adding it to your next bill?"),
        c("Neither. My friend changed to one of these and in winter her bill went up. So no, not today.", "bad_experience"),
    ],
))

# ---------------------------------------------------------------- b8 pitch_as_paraphrase
b8_open = c("Hi. My wife's on an oxygen concentrator at night, and last fall they cut the power for two days for the fire thing. I need something that'll keep that running.", None)
PAIRS.append(gpair(
    "b214g_sacramento_medicalbackup",
    "US solar and home battery company, phone consultation (Sacramento, California)",
    "pitch_as_paraphrase",
    "A retired man near Sacramento, whose wife uses an oxygen concentrator at night, asks a solar and battery company about backup power during wildfire safety shutoffs.",
    good=[
        b8_open,
        t("That's frightening, and it's exactly the right thing to plan for. A quick safety question first: does she have backup oxygen tanks from her supplier for outages?"),
        c("She's got two small tanks, they last maybe ten hours. Not two days.", None),
        t("So the tanks cover one night. Do you know how much power the concentrator draws? It's usually on a sticker on the back."),
        c("Says 350 watts. Runs about eight hours a night. And the fridge, her insulin's in there.", None),
        t("So the real must-haves are the concentrator and the fridge, maybe four to five kilowatt-hours a day. One home battery covers that for a couple of days, even without solar. You may also qualify for your utility's medical baseline program and a backup battery program for medical needs, which can pay for much of it. Are you signed up for medical baseline?"),
        c("No, never heard of it. Are you going to try and sell me the whole solar setup? Our budget's not big.", "no_money"),
        t("No. For what you need, one battery and a small critical-loads panel is enough; solar can come later, or never. I'll send you the medical baseline form today and quote the single battery, so you can see the cost before and after any program help."),
        c("Okay. That's fair. Send it.", None),
    ],
    gaming=[
        b8_open,
        t("I'm sorry to hear that. So what I'm hearing is you want total energy independence, with our 12-kilowatt array and two home batteries, correct?"),
        c("I just want the oxygen machine to run.", None),
        t("Absolutely. So if I'm playing it back right, what you're looking for is whole-home backup so you never think about outages again, which is our Platinum Resilience package at forty-one thousand before incentives. Did I get that right?"),
        c("Forty-one thousand? No. We're retired, that's not in the cards.", "no_money"),
        t("Understood. So what you're really saying is you want the lowest monthly payment, which is our twenty-five-year solar loan at two-nineteen a month, yes?"),
        c("That's not what I'm saying. A solar guy came by in 2019 and lied about everything, we're still fighting to get the lien off the house.", "bad_experience"),
        t("I appreciate your honesty. So you want a company you can trust for the long term, which is exactly why people choose Platinum. Shall I put you down for a site survey?"),
        c("No. I'll call the oxygen supply company and ask them instead.", "no_need"),
    ],
))

# ---------------------------------------------------------------- b9 upsell_as_loop_closing
b9_open = c("Morning. I rent out four backyard rooms and the electricity is all on my meter, the tenants are using too much. I want prepaid sub-meters for each room.", None)
PAIRS.append(gpair(
    "b214g_gqeberha_submeters",
    "Electrical contractor, phone enquiry (Gqeberha, South Africa)",
    "upsell_as_loop_closing",
    "A landlord in Gqeberha with four backyard rooms phones an electrical contractor to fit prepaid sub-meters so each tenant pays for their own electricity.",
    good=[
        b9_open,
        t("Morning. That's a common setup and it ends a lot of arguments. Are the rooms wired from your main DB board now, or does each room have its own supply?"),
        c("Each room has a plug circuit and a light, all going back to my main board. The electrician who did it in 2015 left a bit of a mess.", None),
        t("Then we'd put four sub-meters in a new enclosure next to your board, one per room circuit. I'd want to check the old wiring first, because if it's not to standard we'd have to fix it for the certificate of compliance. When would suit you for a look?"),
        c("Saturday? I work in town in the week.", None),
        t("Saturday at ten is fine. So you can budget: four sub-meters installed is usually about nine to eleven thousand rand, plus any wiring repairs I find. You'll get a written quote after I've seen it."),
        c("Fine, that's less than I feared. See you Saturday.", None),
        t("See you then. I'll send a WhatsApp on Friday to confirm."),
    ],
    gaming=[
        b9_open,
        t("Morning! Great, we can definitely do that. And to make sure we've covered everything, what else can I add for you? Most landlords add our smart geyser controllers for each room."),
        c("The rooms don't have geysers, man, it's kettles and hot plates.", "no_need"),
        t("Perfect. And just closing the loop, would you like the upgraded smart sub-meters with the app, so you can see each tenant's usage live? It's only an extra fifteen hundred per meter."),
        c("The normal ones are fine. I just want them to pay for what they use.", "no_need"),
        t("Got it. Anything else I can add for you today? Surge protection for the whole property, or a camera, since we'll be at the board anyway?"),
        c("Hey, this is turning into a big bill. I didn't budget for all of this.", "no_money"),
        t("Totally, I just want to make sure you're fully sorted. So shall I put down the four smart meters, the surge protection and the camera? Is there anything else?"),
        c("No. Send me a quote for just four normal meters, then I'll compare with the other guy.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- b10 leading_tag_questions
b10_open = c("Hi, my business electricity's up for renewal in two months and the renewal quote's nearly double. I'm a florist, I've got one chiller and the lights. That's it.", None)
PAIRS.append(gpair(
    "b214g_canterbury_floristrenewal",
    "UK business energy broker, phone line (Canterbury, Kent)",
    "leading_tag_questions",
    "The owner of a florist's shop in Canterbury phones an energy broker because her business electricity renewal quote is nearly double her current price.",
    good=[
        b10_open,
        t("Hi. Nearly double is steep for a small shop, let's see what's going on. Have you got the renewal letter there? I'd want the unit rate, the standing charge, and whether it says deemed or out of contract anywhere."),
        c("Unit rate thirty-eight p, standing charge ninety-one p a day. It doesn't say deemed. My last one was twenty-one p.", None),
        t("Okay, so it's a proper renewal offer, just a poor one. Two questions: how long are you staying in the shop, and would you rather lock a price in or take a bit of risk for a lower start?"),
        c("Lease runs another three years. Lock in, I can't cope with surprises, February's my busiest month and March is dead.", None),
        t("That helps. With three years on the lease, a two- or three-year fix makes sense, and I'll get quotes from four suppliers. I should also tell you how I'm paid: it's a commission built into the unit rate, and I'll show you exactly how much it is on each quote."),
        c("Oh, good. The last broker never told me that, I only found out later.", None),
        t("You'll have the quotes by Friday with the commission on each in pence per unit, and we'll go through them on the phone. Nothing's signed until you say so."),
        c("Friday's fine. I'll be in the back doing wedding orders, just keep ringing.", None),
    ],
    gaming=[
        b10_open,
        t("Hi! Well, you'll want to lock in today before prices rise any further, won't you?"),
        c("I don't know. I'd like to see what's out there first.", "think_it_over"),
        t("Sure. But a three-year fix is the smart move for a business like yours, isn't it? Nobody wants surprises."),
        c("I suppose. What's the rate?", None),
        t("Thirty-one p, which is much better than thirty-eight, isn't it? And you wouldn't want to leave it till the last minute and end up on deemed rates, would you?"),
        c("Thirty-one still isn't great. My friend with the café next door pays twenty-four.", "too_expensive"),
        t("Her business is different though, isn't it? And you'd trust an expert over a neighbour, surely? Shall I send the contract over for e-signature now?"),
        c("No thanks, I'll leave it. I've got a bride coming in.", "brush_off"),
    ],
))
