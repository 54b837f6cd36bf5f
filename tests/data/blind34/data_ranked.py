"""Ranked pairs. d01-d10: both sides decent, `better` clearly better. f01-f10: identical except one
fault in `worse` (the faulty trainee line(s) and the customer's reaction). Written by hand."""
from common import c, t

RANKED = []

# ---------------------------------------------------------------- d01 digs into a doubt
o = c("Hi, yeah, I've been thinking about switching my super to your ethical option, but my brother-in-law reckons ethical funds always do worse. Is that true?", None)
RANKED.append(dict(
    id="b34r_d01_melbourne_super",
    situation="Superannuation fund member line, Melbourne, Australia. A 46-year-old casual hospitality worker asks whether the ethical option returns less; behind it is a fear of retiring with too little, and she has accounts scattered from old jobs.",
    better=[o,
            t("It's a fair thing to wonder. Before I throw numbers at you, what's got you thinking about switching now? Is it mostly where the money's invested, or something else too?"),
            c("Bit of both. I'm forty-six, I work in hospitality, casual, and I've only got about ninety grand. I'm scared I'll end up with nothing. If the ethical one makes less, I can't really afford that.", None),
            t("So the real worry is having enough to retire on, and you don't want your values to cost you. Over the last ten years our ethical option has done about the same as balanced, ahead some years, behind others, though past returns don't promise anything. Can I ask: is all your super with us, or is some scattered from old jobs?"),
            c("Oh god, probably scattered. I've worked at like eight cafes.", None),
            t("That might matter more than ethical versus balanced. Each old account can be charging fees. In myGov the ATO shows all of them, and you can roll them into one. Want to do that together now, then look at the ethical option with the full picture?"),
            c("Yeah, let's do that. I didn't even know that was a thing.", None),
            ],
    worse=[o,
           t("Good question. Over the past ten years our ethical option returned 7.9 percent a year on average and balanced 8.1, so the difference is small. Past returns aren't a guarantee, of course."),
           c("Okay. So it is slightly worse, though?", None),
           t("Very slightly over that period, and in some years it was ahead. Fees are the same. It really comes down to your values: if you care where the money goes, the difference is small."),
           c("Right. I just worry about having enough, you know. I'm forty-six and I've only got about ninety grand.", None),
           t("I understand. Switching is easy: under 'Investment options' online, about five minutes, no cost, and you can switch back later."),
           c("Okay. I'll have a look tonight, maybe.", "think_it_over"),
           ],
))

# ---------------------------------------------------------------- d02 notices the real purpose
o = c("Excuse me. I want a camera with a very strong zoom. The strongest you have. Price is not so important.", None)
RANKED.append(dict(
    id="b34r_d02_kyoto_camera",
    situation="Camera shop, Kyoto, Japan. An elderly man asks for the strongest zoom; what he really wants is to see his granddaughter's face at the school sports day, and his wrist is weak after an operation.",
    better=[o,
            t("Certainly. May I ask what you'd like to photograph? A strong zoom is good for some things and heavy for others."),
            c("My granddaughter. She runs in the relay at the undokai, the school sports day, next month. Last year I sat far away and on my phone she was only a small dot.", None),
            t("Ah, the undokai. So you want to see her face clearly from the seats, while she runs. May I ask, are heavy things all right for your hands? Some big zoom cameras weigh more than a kilo."),
            c("My wrist is not so strong. I had an operation.", None),
            t("Then I would not give you the strongest one; that's 1.1 kilos and needs a tripod. This one zooms 40 times, weighs half, and has a sports mode that takes many pictures quickly, so one will be sharp even when she runs. It's 62,000 yen."),
            c("Sixty-two thousand... My son says new phones also zoom well. Maybe a phone is enough?", "no_need"),
            t("Maybe it is. Let's test: from the door, zoom your phone and this camera on the sign across the street, side by side. If the phone is good enough, keep your money."),
            ],
    worse=[o,
           t("Certainly. Our strongest is this one, 125 times optical zoom; you can photograph craters on the moon with it. It's 148,000 yen."),
           c("125 times! Very strong. Is it difficult to use?", None),
           t("It has an automatic mode, so you just point and press. For full zoom a tripod is recommended, because it weighs 1.1 kilos and the picture shakes a lot at that distance."),
           c("Tripod... I wanted to use it at my granddaughter's sports day, from the seats.", None),
           t("A monopod might be easier there; we have a light one for 6,800 yen. I'd also recommend a fast memory card."),
           c("Hm. Heavy, and many things to buy. Let me think at home.", "think_it_over"),
           t("Of course. Here is the brochure with all the specifications."),
           ],
))

# ---------------------------------------------------------------- d03 adapts to a hurried customer
o = c("hi!! booked on the 13:00 busan-fukuoka fast ferry, booking JB4471. my KTX is delayed, ill get to the terminal 12:35. checkin closes 12:30 right?? what do i do", None)
RANKED.append(dict(
    id="b34r_d03_busan_ferry",
    situation="International ferry operator, booking chat, Busan, South Korea. A traveller on a delayed train types from her seat; she will reach the terminal five minutes after check-in closes.",
    better=[o,
            t("Hi! Go straight to counter 3, 2nd floor, passport ready. I've marked your booking as a late arrival; they'll hold check-in for you until 12:40. Don't stop to buy anything."),
            c("omg ok thank you. do i need to print anything", None),
            t("No. Passport + booking number on your phone. The terminal fee, 1,300 won, is paid at the counter, cash or card."),
            c("ok. and if the train is even later?", None),
            t("Message here with the new time. If you miss it, the 15:30 has seats and I'll move you free, since the delay is the train's. Screenshot the delay notice in the Korail app just in case."),
            c("got it. running. thx", None),
            ],
    worse=[o,
           t("Hello, thank you for contacting us, and I'm sorry to hear about your train. For international sailings, check-in closes 30 minutes before departure in line with immigration procedures, so for the 13:00 departure check-in closes at 12:30."),
           c("yes i know that. so can i still make it or not. im on the train now", None),
           t("I understand. To look into your booking, could you please confirm your full name as it appears on your passport, your date of birth and the email used for the booking?"),
           c("jamie oneill, 14 may 1993, jamie.oneill93@gmail.com. please hurry", None),
           t("Thank you, Jamie. I've added a late-arrival note. Please go to counter 3 on the 2nd floor on arrival. Staff can hold check-in for a short time when public transport is delayed, up to 10 minutes. If you miss the sailing, a transfer to a later sailing may be possible depending on availability and fare conditions; the counter team can advise. Please also note the terminal usage fee of 1,300 won is payable at check-in."),
           c("ok. running. thanks", None),
           ],
))

# ---------------------------------------------------------------- d04 adapts to a grieving customer
o = c("Hello. Um. My husband died last night. At home. The doctor's been. She said I should... ring someone. I'm sorry, I don't really know what I'm meant to do.", None)
RANKED.append(dict(
    id="b34r_d04_dunedin_funeral",
    situation="Funeral home, first call, Dunedin, New Zealand. A widow rings the morning after her husband died at home; her daughter is still driving down from Timaru.",
    better=[o,
            t("I'm so sorry. You don't need to know what to do, that's what we're here for, and there's nothing you have to decide this morning. Can I ask your name, and your husband's?"),
            c("I'm Helen. He's, he was Peter. Peter Marsh. Forty-nine years we were married.", None),
            t("Helen, forty-nine years. I'm very sorry. Is there someone with you at the moment?"),
            c("My daughter's driving down from Timaru, she'll be here by lunch. Peter's still in our room. I don't know if I want him to go yet.", None),
            t("That's completely all right. He can stay at home as long as you'd like; some families keep him there a day or more. When you're ready, even this afternoon once your daughter's with you, one of us can come to the house, take Peter into our care, and sit down with you both. No rush on any of it."),
            c("This afternoon, when Sarah's here. Would three be all right?", None),
            t("Three o'clock is fine. It'll be me, Mere. If you need anything before then, or want to change the time, ring this number and ask for me."),
            ],
    worse=[o,
           t("I'm very sorry for your loss. We can help you with everything. First we'll arrange to collect your husband; we can have someone there within two hours. Can I take your address?"),
           c("Oh. Within two hours? I... my daughter's not here yet. She's driving from Timaru.", None),
           t("Of course, we can wait until she arrives. While I have you, it helps to know whether your husband wanted burial or cremation, and whether you'd like a service at a church or in our chapel. Our packages start at around 7,500 dollars."),
           c("I don't... we never talked about it. I can't think about money right now.", "think_it_over"),
           t("That's completely understandable, there's no need to decide now, we'll go through it when we meet. Shall we say two o'clock for the collection? I'll bring the paperwork."),
           c("Three, maybe. When Sarah's here. Yes.", None),
           t("Three o'clock. I'll see you then."),
           ],
))

# ---------------------------------------------------------------- d05 adapts to an expert
o = c("Hi, Liisa Virtanen, I run the biobank at the research centre here in Espoo. We need to replace two minus-eighty freezers. I've got the spec list; I mainly want to know about your cascade versus Stirling models and what your pull-down and recovery times really are, not the brochure numbers.", None)
RANKED.append(dict(
    id="b34r_d05_espoo_freezer",
    situation="Laboratory equipment supplier, Espoo, Finland. A biobank manager who knows the technology wants real performance data for two ultra-low freezers; her real constraint turns out to be heat in a small room.",
    better=[o,
            t("Hi Liisa. Understood, real numbers. In independent testing our Stirling unit, fully loaded, recovers to minus seventy after a thirty-second door opening in about twenty-eight minutes; the cascade in about thirty-five. What's your access pattern, lots of short openings or batch retrievals?"),
            c("Batch, mostly, two or three times a day, a couple of minutes each. The bigger issue is the room: it's small, the current two dump a lot of heat and the air con can barely cope in summer.", None),
            t("Then heat output may matter more to you than recovery. The Stirling gives off about 450 watts at steady state against roughly 800 for our cascade, and it's quieter. For alarms, do you need a building-management link, or do you use a separate monitoring platform?"),
            c("Separate cloud system, a dry contact is enough. And the Stirling is quite a bit more, isn't it?", "too_expensive"),
            t("About 2,800 euros more per unit. Against that, energy use is roughly half, and in your room I'd count the air-con load too. I can send the third-party test report and an energy comparison for your set-up, and if it's useful, lend you a unit for two weeks so you can log the room with it in place."),
            c("The report and the loan, yes. I'd want my own loggers on it.", None),
            t("Of course. Report today, and I'll check loan availability for the first half of next month."),
            ],
    worse=[o,
           t("Hi Liisa, thanks. So, both types reach minus eighty. A cascade system uses two compressors with two refrigerants, one cooling the other, while a Stirling uses a free-piston engine with helium as the working gas. The Stirling has fewer moving parts and is more energy-efficient."),
           c("Yes, I know how they work. I'm asking about real recovery times.", None),
           t("Of course. After a thirty-second door opening, fully loaded, about twenty-eight minutes for the Stirling and thirty-five for the cascade, per the third-party test. Both come with dry-contact alarms and a USB data logger."),
           c("Okay. And the Stirling costs more?", None),
           t("About 2,800 euros more per unit, but it uses roughly half the energy, so it pays back over its life. I can send the test report and a quote for both."),
           c("Send the report. I'll compare with the other two suppliers.", "think_it_over"),
           t("Will do, today."),
           ],
))

# ---------------------------------------------------------------- d06 offers a low-risk step
o = c("buenas. i have 12 trucks, soy and grain to the port in villeta and some to brazil. a friend told me about your GPS. but honestly we installed another gps in 2021 and it was a disaster, devices failing, drivers angry. why would yours be different?", None)
RANKED.append(dict(
    id="b34r_d06_asuncion_fleet",
    situation="Fleet GPS tracking provider, sales chat, Asuncion, Paraguay. The owner of a 12-truck grain haulier was burned by a previous tracking system and a 24-month contract.",
    better=[o,
            t("Buenas, thanks for being direct. What went wrong exactly with the 2021 system: the hardware, the signal on your routes, or the drivers not accepting it?"),
            c("all of it lol. devices lost signal in the chaco and at the border, and the drivers thought i was spying. two of them disconnected the devices", None),
            t("So coverage on remote routes, and the drivers' trust. On coverage: ours stores positions with no signal and sends them later, so you don't lose the route, but I can't promise live tracking in the middle of the Chaco. On the drivers: many owners present it as theft and breakdown help, and show them the app. Would it help to test before deciding anything?"),
            c("maybe. but i wont sign 12 trucks for a year again. last time i signed 24 months and was stuck", "bad_experience"),
            t("No need to. Let's put it in 2 trucks for 30 days, free: one on the Villeta run, one to Brazil. If it doesn't work on your routes, we take the devices out and you pay nothing. You choose the 2 drivers, ideally one who's sceptical."),
            c("haha ok, i know exactly who. can you install saturday?", None),
            t("Saturday 8:00 at your yard, about an hour per truck. I'll bring a one-page explanation in Spanish and Guarani for the drivers."),
            ],
    worse=[o,
           t("Buenas, I understand, many clients had problems with older systems. Ours uses 4G with 2G fallback, stores positions offline when there's no coverage, and the devices have a 3-year warranty."),
           c("the other one also said offline storage. and the drivers disconnected it", "bad_experience"),
           t("Ours has a tamper alert, so if a driver disconnects the device you get a notification immediately. For 12 trucks I can offer 12 months at 95,000 guaranies per truck per month, installation included."),
           c("hmm. 12 months is long for me after last time. let me see", "think_it_over"),
           t("Understood. I'll email you the proposal and the tamper-alert details so you can review it."),
           c("ok", None),
           ],
))

# ---------------------------------------------------------------- d07 diagnoses before recommending
o = c("Malo e lelei. My roof is leaking, in the kitchen and one bedroom, every time it rains hard. I think I need a whole new roof. How much for a new one? The house is maybe a hundred square metres.", None)
RANKED.append(dict(
    id="b34r_d07_nukualofa_roof",
    situation="Roofing contractor, Nuku'alofa, Tonga. A homeowner assumes she needs a new roof; the iron is only a few years old and the leaks are at the flashing points.",
    better=[o,
            t("Malo e lelei. A new roof might be the answer, but often it isn't. Before I give you a price for the whole thing, how old is the iron, and does it look rusty from the ground?"),
            c("It went on in 2018, after Cyclone Gita took the old one. It looks fine, still silver.", None),
            t("Then the sheets are probably fine; iron that age in good condition shouldn't leak by itself. Where exactly does the water come in: near the walls, the middle, around a pipe?"),
            c("The kitchen is by the flue for the stove. The bedroom, in the corner next to the water tank.", None),
            t("Those are both places where the flashing or the screws usually fail, not the sheets. Strong winds loosen roofing screws over the years. I'd rather look than guess: I can be up there Thursday morning, it takes an hour and the look is free. If it's flashing and screws, it's more like eight hundred to twelve hundred pa'anga than fifteen thousand for a new roof."),
            c("Oh. That is a big difference. Thursday, yes. Do I need to be home?", None),
            t("Someone should be there so I can see the ceiling from inside. I'll come at eight, before the heat."),
            ],
    worse=[o,
           t("Malo e lelei. For about a hundred square metres, new corrugated iron, new screws and new ridge capping, it's usually around fourteen to sixteen thousand pa'anga, depending on the framing. We'd need to check the purlins."),
           c("Fifteen thousand... that is a lot for us. My husband works in Auckland, he sends money, but.", "no_money"),
           t("I understand. We can do it in two stages, the kitchen side first and the bedroom side a few months later, to spread the cost. We'd still come and measure first."),
           c("Two stages, maybe. When could you measure?", None),
           t("I can come Thursday morning, around eight. Measuring is free."),
           c("Okay, Thursday.", None),
           ],
))

# ---------------------------------------------------------------- d08 digs into a doubt
o = c("Hi, um, we're looking at barnehage for our son Mateo, he's fourteen months. We're from Chile, we moved here in the summer. I read that babies sleep outside in the winter here, even at minus something. Is that true? Here too?", None)
RANKED.append(dict(
    id="b34r_d08_bergen_childcare",
    situation="Private kindergarten (barnehage), Bergen, Norway. A Chilean father asks whether toddlers nap outdoors in winter; behind the question are his wife's fear of illness and a son who already sleeps badly.",
    better=[o,
            t("Yes, it's true here as well. Most of our little ones nap outside in prams, unless it's colder than minus ten or very wet and windy. But I can hear it's a bit of a worry. What worries you most about it?"),
            c("Honestly? In Santiago if a baby sleeps outside in winter, the neighbours call the police, haha. My wife thinks he will get sick all the time. And he doesn't sleep well even inside, he wakes a lot.", None),
            t("So partly, is he safe and warm, and partly, he's a light sleeper and you're afraid it gets worse. That's a very normal worry for parents who didn't grow up with it. The staff check the prams every ten minutes, the children wear wool under a snowsuit in a sleeping bag, and there's a monitor. Many children sleep longer outside, but not all; some simply don't, and then they sleep inside. It's not a rule."),
            c("Oh, he can sleep inside if it doesn't work?", None),
            t("Of course. And during the settling-in days you or your wife stay here with him, so you can watch a nap outside before deciding anything. Would it help if your wife came to see one, around eleven?"),
            c("Yes, I think she needs to see it. Maybe Thursday?", None),
            t("Thursday at eleven is good. I'll show you both where he'd sleep and what he'd wear."),
            ],
    worse=[o,
           t("Yes, it's true here as well. Most of our little ones nap outside in prams, unless it's colder than minus ten or very wet and windy. Research from Norway and Finland suggests children often sleep longer outdoors."),
           c("Okay. But is it safe? He is so small.", None),
           t("Very safe. The staff check the prams every ten minutes, the children wear wool under a snowsuit in a sleeping bag, and there's a monitor. We've done this for twenty years without problems."),
           c("My wife is very worried he will get sick all the time.", None),
           t("That's a common concern, but fresh air doesn't make children sick; viruses do, and they spread more indoors. Honestly, most parents stop worrying after the first few weeks."),
           c("Okay. I will talk to her. Thank you.", "think_it_over"),
           t("You're welcome. Let me know if you'd like to apply; we have two places from January."),
           ],
))

# ---------------------------------------------------------------- d09 notices the real purpose
o = c("oi, boa tarde. looking to rent a 3 bedroom apartment in vila madalena or pinheiros, up to R$ 7.000. moving in march. what do you have?", None)
RANKED.append(dict(
    id="b34r_d09_saopaulo_rental",
    situation="Residential letting agency, chat, Sao Paulo, Brazil. A tenant asks for a three-bedroom flat; the third room is for her 78-year-old mother, who uses a walker after hip surgery.",
    better=[o,
            t("Boa tarde! Happy to help, we have a few in that range. Quick question so I don't send you the wrong ones: who'll be living there, and what's the third room for?"),
            c("me, my husband, and my mother is coming from recife to live with us. she is 78 and uses a walker since her hip surgery", None),
            t("Thank you, that changes what I'd show you. For your mother the building needs a lift down to the garage and no steps at the entrance; lots of older buildings in Vila Madalena have a few steps up to the lobby. And a shower, not a tub. Does she need to be near a hospital or her physio?"),
            c("yes!! physio 3x a week. honestly i didnt even think about the steps. most of the ones i liked online are in those old buildings on the hill", None),
            t("Vila Madalena is very hilly; the Pinheiros side near Rua dos Pinheiros is flatter for her walks. Two fit: a ground-floor unit in a house-style condo with the third bedroom en suite (R$ 6.800), and an 8th floor with lift and step-free entrance, 10 minutes from Hospital das Clinicas (R$ 6.500). Visit both on Saturday?"),
            c("saturday morning yes. can my mom come? i want her opinion", None),
            t("Of course. I'll check both entrances myself beforehand so she doesn't get stuck anywhere. 10:00 at the first one, I'll send the addresses."),
            ],
    worse=[o,
           t("Boa tarde! We have a few in that range. Rua Harmonia, 3 bed, 2 bath, 95 m2, R$ 6.900; Rua Fradique Coutinho, 3 bed, 105 m2, R$ 7.000 including condo fee; and Rua Wisard, 3 bed, recently renovated, R$ 6.500 + condo."),
           c("the harmonia one looks nice. is it a new building?", None),
           t("It's from 1985, renovated in 2021. 4th floor, very bright, one parking space. Condo fee is R$ 980, IPTU R$ 210."),
           c("ok thats more than i thought with the fees. and my mother is moving in with us so it needs to work for her too", "too_expensive"),
           t("Understood. The Rua Wisard one has lower fees, R$ 650 condo. All three have 3 bedrooms, so there's a room for her. Would you like to visit on Saturday?"),
           c("ok maybe saturday. send me the addresses", None),
           t("Sending now. See you Saturday!"),
           ],
))

# ---------------------------------------------------------------- d10 adapts to an elderly, careful customer
o = c("Buenos dias, senorita. My glasses, I cannot read the newspaper with them anymore. El Comercio, the letters are very small. My daughter says I need new ones. But these glasses are good, I have them twelve years.", None)
RANKED.append(dict(
    id="b34r_d10_quito_optician",
    situation="Optician, Quito, Ecuador. An 81-year-old pensioner can no longer read the newspaper; his distance vision is fine and money is tight.",
    better=[o,
            t("Buenos dias. Please sit down, take your time. Twelve years, they've served you well. When did the newspaper start to be hard, suddenly or slowly?"),
            c("Slowly, slowly. This year is worse. Far is okay, I see the television fine. Only the newspaper, and the boxes of the medicines.", None),
            t("So far is fine, the television, but near is harder, the newspaper and the medicine boxes. That's very common, and it may be that only the reading part needs a stronger lens. At your age it's also worth checking the eyes are healthy. May I do a short test? Fifteen minutes, and the test costs nothing."),
            c("Fifteen minutes is okay. But I don't want to spend a lot. I am retired, the pension is small.", "no_money"),
            t("Understood. Your frame is still good, so we could put new lenses in it and you don't pay for a frame. And if it's only for reading, simple reading glasses might be enough, and they're much cheaper. The test first, then I write the options and prices in big letters, and you decide, here or at home with your daughter."),
            c("Good, good. My daughter will be happy I came.", None),
            t("Come, the test room is just here. Mind the little step."),
            ],
    worse=[o,
           t("Buenos dias. After twelve years your daughter is probably right. Please sit here. We'll do an eye test, and then I'd suggest progressive lenses, near and far in one pair. That's the best solution at your age."),
           c("Progressive? What is that? These are fine for the television.", None),
           t("Progressive lenses have distance at the top and reading at the bottom, with a smooth change between, so you don't need to change glasses. Ours with anti-glare start at 280 dollars, and frames from 60."),
           c("Three hundred forty dollars? Senorita, I am retired. The pension is small.", "no_money"),
           t("I understand. We have a plan in three payments without interest. Shall we do the eye test first and then decide?"),
           c("Okay. The test, yes. Then I talk to my daughter.", "think_it_over"),
           t("Of course. Come this way."),
           ],
))

# ================================================================ f-pairs: one fault each
# f01 argues with the customer -- bicycle shop, Copenhagen
s0 = c("Hej. My cargo bike, the Bullitt there, the front brake has started squealing terribly, and it doesn't stop as well as before. I take my two kids to school in it every morning, so I'm a bit nervous.", None)
s1 = t("Hej. With kids on board, fair enough. How long have you had it, and roughly how much do you ride?")
s2 = c("Eight months. Every day, about twelve kilometres, and it's mostly downhill from our place in Valby to the school. I think the pads are worn out.", None)
s5 = t("Sintered pads for the front are 280 kroner fitted. I'd go sintered for your hill with that load, they last longer. I can do it now, about twenty minutes.")
s6 = c("Hm, I've seen pads online for half that.", "too_expensive")
s7 = t("You have, and you're welcome to fit your own. Fitted here includes truing the disc and a test ride, and with the kids on board I'd want that checked. Your call; I can start now if you like.")
RANKED.append(dict(
    id="b34r_f01_copenhagen_bike",
    situation="Bicycle shop, Copenhagen, Denmark. A parent who rides two children downhill daily says the cargo bike's front pads are worn. Fault in worse: the mechanic argues with the customer's own diagnosis and her braking before looking.",
    better=[s0, s1, s2,
            t("That could well be it; downhill every day with a full load wears pads faster than people expect. Let me look... Yes, you're right: the front pads are down to about a millimetre and they've glazed, that's the squeal. The disc itself is fine."),
            c("Good that I caught it, then. How much are new pads?", None),
            s5, s6, s7],
    worse=[s0, s1, s2,
           t("No, I doubt it's the pads. Eight months is far too early. Squealing on a Bullitt is almost always how people brake, dragging it all the way down the hill. Let me look... Okay, the front pads are down to about a millimetre and they've glazed, that's the squeal. The disc itself is fine."),
           c("So it was the pads. And I don't drag it all the way down, I'm not an idiot. How much are new pads?", None),
           s5, s6, s7],
))

# f02 doubts the customer's honesty -- supermarket, Montevideo
s0 = c("Buenas tardes. I bought this dulce de leche yesterday, and when I opened it this morning, look, it has mould on top. The date is March next year. I don't have the receipt, I threw it away, but I paid with my card.", None)
s3 = t("Thank you, there it is, 212 pesos yesterday. I can put the money back on your card or give you a new jar, whichever you prefer. And I'll keep this one for our quality team, so they check the batch.")
s4 = c("A new jar, but another brand, please. I don't trust this one now.", None)
s5 = t("Of course. The others are on aisle four; if it costs a bit more, don't worry, I'll cover the difference.")
s6 = c("Thank you. That's kind.", None)
s7 = t("Thank you for bringing it back. If it's a bad batch, you've saved someone else the surprise.")
RANKED.append(dict(
    id="b34r_f02_montevideo_refund",
    situation="Supermarket customer service desk, Montevideo, Uruguay. A shopper returns a mouldy jar without a receipt but with the card payment on her phone. Fault in worse: the clerk suggests she may not have bought it there and may have left it out of the fridge.",
    better=[s0,
            t("Buenas tardes, senora. Uy, yes, that's not right, I'm sorry. No problem about the receipt; may I see the payment on your phone, just to find the purchase?"),
            c("Here, in the bank app: yesterday, Supermercado El Prado, 212 pesos.", None),
            s3, s4, s5, s6, s7],
    worse=[s0,
           t("Buenas tardes. Hm. Without a receipt, how do I know it was bought here? And mould like that usually means a jar was left open out of the fridge for a few days."),
           c("Excuse me? I opened it this morning, I'm not lying to you. Here, in the bank app: yesterday, Supermercado El Prado, 212 pesos.", None),
           s3, s4, s5, s6, s7],
))

# f03 haggles on price at once -- office furniture, Yokohama
s0 = c("Hello, this is Kobayashi from Arata Sekkei, the architecture office. I received your quotation for twelve standing desks. Honestly, 1.9 million yen is higher than I expected. Another company quoted 1.4.", None)
s3 = t("Then it isn't the same desk. Ours are 160 centimetres with a dual motor; I chose that because at the showroom you mentioned space for large-format plans. Do your architects actually spread A1 drawings on their desks, or work mostly on screens?")
s4 = c("Mostly screens, two monitors each. Drawings go on the big table in the meeting room.", None)
s5 = t("Then 140 centimetres with a single motor does the job. That brings it to about 1.45 million, assembled and with cable trays. I'd rather you pay for what you'll use.")
s6 = c("1.45 assembled, that's close enough. But I need to show it to the director first. Can you send a revised quote?", "think_it_over")
s7 = t("I'll send it this afternoon. And the showroom has a 140 you can both try before deciding, if the director wants.")
RANKED.append(dict(
    id="b34r_f03_yokohama_desks",
    situation="Office furniture supplier, B2B phone call, Yokohama, Japan. An office manager says the quote for twelve sit-stand desks is higher than a competitor's. Fault in worse: the salesperson cuts the price at once, before finding out what the other quote includes.",
    better=[s0,
            t("Thank you for calling, Kobayashi-san. I'd like to understand the comparison properly. Do you know what the other quotation includes: desk size, single or dual motor, delivery and assembly?"),
            c("Let me see... their desks are 120 centimetres wide, single motor. Delivery included, assembly not.", None),
            s3, s4, s5, s6, s7],
    worse=[s0,
           t("Thank you for calling, Kobayashi-san. I understand. I can take fifteen percent off straight away, so 1.6 million, and I'll ask my manager whether we can go lower."),
           c("Oh. Fifteen percent, just like that? Then I wonder what the first price was based on. Let me see what's in theirs... their desks are 120 centimetres wide, single motor. Delivery included, assembly not.", None),
           s3, s4, s5, s6, s7],
))

# f04 gives unasked advice -- hair salon, Florianopolis
s0 = c("Oi, querida! I just need a trim, like two fingers off the ends. My cousin's getting married on Saturday at Jurere, on the beach! And my hair's a mess from the sun.", None)
s1 = t("Oi! A beach wedding, how lovely. Let me see... the ends are a bit dry, yes. How are you planning to wear it on the day, down or up?")
s2 = c("Down, I think. Or half up with flowers, my aunt's bringing flowers for all the cousins.", None)
s5 = t("A hydration is 90 reais and would help the dryness for the photos. If you'd rather not, the trim alone will already make a difference.")
s6 = c("Ninety... ai, I already spent a fortune on the dress. Just the trim today.", "no_money")
s7 = t("Just the trim, then. Come, let's wash, and I'll show you how to pin the half-up so it holds in the wind.")
RANKED.append(dict(
    id="b34r_f04_floripa_salon",
    situation="Hair salon, Florianopolis, Brazil. A chatty customer wants only a trim before a beach wedding. Fault in worse: the stylist gives advice nobody asked for about a shorter cut, her age and her shampoo.",
    better=[s0, s1, s2,
            t("Half up with flowers will look beautiful. Then I keep the length, take the two fingers off to clean the ends, and keep a few layers round the face so the half-up sits nicely. Okay?"),
            c("Perfect. And should I do a hydration too? The girl at the pharmacy said I should.", None),
            s5, s6, s7],
    worse=[s0, s1, s2,
           t("Half up will be nice. But honestly, you should think about going much shorter, like a bob; long hair at your age with this sun damage just looks tired. And you really need to stop using supermarket shampoo."),
           c("Oh. Um. I didn't ask for a bob, I like it long. And you don't know what shampoo I use. Just the two fingers, please. And... should I do a hydration too? The girl at the pharmacy said I should.", None),
           s5, s6, s7],
))

# f05 gives no date for the fix -- municipal water utility, Parnu
s0 = c("tere. since monday the tap water in our house is brown and smells like metal. riia mnt 112. we have a 6 month baby, we are buying bottled water. is it safe??", None)
s1 = t("Tere, thank you for reporting, and I'm sorry, that's worrying with a baby. Brown water is usually iron and sediment stirred up in the pipes. Until we've checked, please don't use it for the baby's bottles or for drinking; it's fine for the toilet. Is it the cold water, the hot, or both?")
s2 = c("both. the neighbours at 110 say the same", None)
s3 = t("That helps. If the neighbours have it too, it's most likely in our street pipe, not your house. There was pipe work on Riia mnt last week, which can cause this.")
s4 = c("so what happens now. we cant buy water forever, its 10 euro every few days", None)
s7 = t("I'll send you an SMS myself when the lab result is in, and if it isn't clear, the crew flushes again.")
RANKED.append(dict(
    id="b34r_f05_parnu_water",
    situation="Municipal water utility, customer chat, Parnu, Estonia. A family with a six-month-old has had brown tap water for days after street works. Fault in worse: the agent promises a crew 'as soon as possible' and 'we'll be in touch', with no date, time or interim water point.",
    better=[s0, s1, s2, s3, s4,
            t("Our crew flushes the pipe on your part of Riia mnt on Thursday between 9 and 13 and takes a sample; the lab result comes by SMS on Friday. Until then there's a free water point at the corner of Riia and Papiniidu, the blue tank, from tomorrow 8:00."),
            c("ok thursday. thank you. will you tell us when it is safe?", None),
            s7],
    worse=[s0, s1, s2, s3, s4,
           t("We'll send a crew to look at it as soon as possible, and we'll be in touch once we know more. Until then please use bottled water for drinking."),
           c("as soon as possible means what? tomorrow? next week? we have a baby, i need to plan", None),
           s7],
))

# f06 promises what cannot be guaranteed -- study-abroad visa agency, Daegu
s0 = c("Hello. My son Jun-ho is sixteen. We want him to study in New Zealand, in Christchurch, from the July term. The school accepted him already. Now is the student visa. I am very worried about the time.", None)
s1 = t("Congratulations to Jun-ho, getting the offer is the big step. May I ask what worries you most about the timing?")
s2 = c("His father must take leave from work to fly with him in early July, and the leave must be decided this month. If the visa is late, everything is broken.", None)
s3 = t("I understand, the flights and the leave depend on it. Which documents do you already have: passport, offer of place, proof of funds, accommodation?")
s4 = c("Passport, offer, yes. The bank letter we have. The homestay the school arranges. Your fee for the application is 1.2 million won, yes? It is a lot. My friend did it herself.", "too_expensive")
s7 = t("Monday is fine. Bring the original and a copy; I'll check everything that day and tell you if anything is missing.")
RANKED.append(dict(
    id="b34r_f06_daegu_visa",
    situation="Study-abroad and student-visa agency, Daegu, South Korea. A mother needs her son's New Zealand student visa in time for the father's leave and the July term. Fault in worse: the agent guarantees approval before July, which only the immigration authority can decide.",
    better=[s0, s1, s2, s3, s4,
            t("It is, and many families do it themselves; the form isn't secret. What we add is checking everything before it goes in, so it isn't sent back. About timing, I can't promise a date, Immigration New Zealand decides, but student visas from Korea are usually taking four to six weeks. If we submit by the 20th, early July is realistic, and I'd book flights that can be changed."),
            c("Changeable flights, okay. Then we submit by the 20th. I bring the bank letter on Monday.", None),
            s7],
    worse=[s0, s1, s2, s3, s4,
           t("It is, and many families do it themselves; the form isn't secret. What we add is checking everything before it goes in, so it isn't sent back. And don't worry about timing: if we submit by the 20th, I guarantee the visa is approved before July. We've never had one late. You can book the flights now."),
           c("Guaranteed? That is a big relief. Then his father books the leave today. I bring the bank letter on Monday.", None),
           s7],
))

# f07 does not check that the fix worked -- home alarm monitoring, Canberra
s0 = c("hi our alarm has gone off 3 nights in a row around 3am. zone 4 hallway. nobody there, the dog sleeps in the laundry with the door shut. the neighbours are not impressed and neither am i", None)
s1 = t("Hi, sorry, three nights of 3am sirens is rough for you and the street. Zone 4 is the hallway motion sensor. Is there anything new near it, a heater, a fan, a curtain by a vent? Canberra nights have been cold, and heaters often set these off.")
s2 = c("oh. we put a little oil heater in the hallway last week bc its freezing", None)
s3 = t("That's very likely it: the sensor sees heat moving, and an oil heater cycling on and off looks like a person. Move it out of the sensor's view and that usually solves it. If it doesn't, a technician can come and reposition the sensor; that's a $120 call-out.")
s4 = c("$120 just to move a sensor? hopefully the heater thing works then. ok moved it to the lounge", "too_expensive")
s7 = t("If it goes off tonight anyway, ring the 24-hour line on the sticker and quote ref 44812; they can silence zone 4 remotely straight away.")
RANKED.append(dict(
    id="b34r_f07_canberra_alarm",
    situation="Home security alarm monitoring, support chat, Canberra, Australia. A new hallway heater is setting off the motion sensor at 3 a.m. Fault in worse: the agent assumes moving the heater fixed it, with no walk test and no follow-up on the sensor log.",
    better=[s0, s1, s2, s3, s4,
            t("Great. Can you do a quick walk test? Put the panel in test mode (menu 5, then 1), walk down the hallway and it should beep once; then leave the hallway empty for two minutes. Tomorrow morning I'll check the zone 4 log and message you either way."),
            c("walk test beeped once, then quiet. good. talk tomorrow", None),
            s7],
    worse=[s0, s1, s2, s3, s4,
           t("Great, that should sort it out. Is there anything else I can help with today?"),
           c("no thats it. hope youre right, if it goes off again at 3am im ripping it off the wall lol", None),
           s7],
))

# f08 recommends before asking -- outdoor gear shop, Bariloche
s0 = c("Hola, good afternoon. I need hiking boots. I'm going up to Refugio Frey on Thursday with some friends, two days. I've only got running shoes.", None)
s3 = t("Okay. Frey is a good trail, but the last part is rocky and steep, and with an ankle you're careful with I'd go for a mid-cut boot: light, with ankle support, not stiff like a mountaineering boot. Thursday is soon, so you want something comfortable from day one. Try these two, the Salomon and the Montagne.")
s4 = c("The Salomon feels great. How much?", None)
s5 = t("Two hundred and ten thousand. The Montagne is a hundred and forty.")
s6 = c("Two hundred and ten for two days of walking... my friend said I could just rent some.", "too_expensive")
s7 = t("Your friend's right, we rent too, forty thousand for the weekend. If you'll keep hiking here, buying makes sense; if it's just Frey, rent. Try the rental pair as well and walk up and down the ramp there.")
RANKED.append(dict(
    id="b34r_f08_bariloche_boots",
    situation="Outdoor and trekking shop, Bariloche, Argentina. A runner with a recently sprained ankle needs boots for a two-day hut trek. Fault in worse: the clerk recommends expensive mountaineering boots before asking anything.",
    better=[s0,
            t("Buenas tardes. Frey is beautiful. A couple of questions so I don't sell you the wrong thing: have you hiked much before, and any trouble with your ankles or feet?"),
            c("Not much, honestly. I run. I sprained my left ankle last year playing football; it's fine now, but I'm a bit careful.", None),
            s3, s4, s5, s6, s7],
    worse=[s0,
           t("Buenas tardes. For Frey you want these: full leather, Vibram sole, stiff, waterproof. They're what the mountain guides wear. Four hundred and twenty thousand."),
           c("Whoa. They look very heavy. I'm not a mountaineer, it's two days, and I've never really hiked. I sprained my left ankle last year playing football, though; it's fine now, but I'm a bit careful.", None),
           s3, s4, s5, s6, s7],
))

# f09 unexplained jargon -- card payment terminals, Port Vila
s0 = c("Halo, good morning. I run a small guesthouse near Mele Bay, six bungalows. More and more tourists want to pay by card, and I keep losing bookings because I only take cash and bank transfer. What do I need?", None)
s1 = t("Good morning. That's a common story now that so many visitors don't carry cash. How do guests pay at the moment, when they arrive or in advance?")
s2 = c("Mostly when they arrive. Some send a deposit by transfer, but the foreigners find it hard. Australians mostly, and New Zealanders.", None)
s5 = t("You'd likely come out ahead. The machine is 4,500 vatu a month to rent, no contract, so you can send it back in the quiet season if you like.")
s6 = c("No contract, good. Can someone show my daughter how it works? She does the reception.", None)
s7 = t("Yes. I'll come out Tuesday at ten, set it up with her and do a test payment with my own card, so you both see the money arrive.")
RANKED.append(dict(
    id="b34r_f09_portvila_payments",
    situation="Card payment terminal provider, B2B, Port Vila, Vanuatu. A guesthouse owner losing bookings to cash-only payment asks what she needs. Fault in worse: the rep answers in unexplained industry jargon (POS, CNP, MDR, T+2, PCI SAQ).",
    better=[s0, s1, s2,
            t("Then a small card machine at reception, plus a payment link you can email for deposits, covers both. On each card payment we keep a fee of 2.5 percent, and the money reaches your bank account two working days later."),
            c("Two point five percent. On a 12,000 vatu night that's three hundred vatu... a bit much, but I lose more when they cancel.", "too_expensive"),
            s5, s6, s7],
    worse=[s0, s1, s2,
           t("Then I'd set you up with a portable POS terminal plus pay-by-link for your CNP transactions. MDR is 2.5 percent blended, settlement is T+2, and you'll need to complete the PCI SAQ-A before go-live."),
           c("Sorry, MDR? T plus two? I don't know those words. Is the 2.5 percent the fee? On a 12,000 vatu night that's three hundred vatu... a bit much, but I lose more when they cancel.", "too_expensive"),
           s5, s6, s7],
))

# f10 makes it about themselves -- ski rental, Niseko
s0 = c("hi, we rented skis from your hirafu shop yesterday (booking NS-2290). my daughter (9) is crying that her boots hurt, she says they squeeze her toes. can we swap? were on the mountain till 3", None)
s1 = t("Hi, sorry she's sore, that ruins a ski day fast. Yes, swapping is free. Is it her toes squashed at the front, or pain on top of the foot?")
s2 = c("toes at the front. she says her feet feel pinched and cold", None)
s5 = t("Very common! Two pairs squash the toes and actually make feet colder, because the blood can't get through. One thin pair tomorrow, and come in at 3:30 anyway; we'll do a shell check and give her the next size up if her toes still touch.")
s6 = c("3:30 is tight, we have a dinner booking at 5 and she needs a bath lol", "no_time")
s7 = t("It takes ten minutes, promise. Just bring her and the boots, ask for Yuki at the counter; I'll put a note on your booking.")
RANKED.append(dict(
    id="b34r_f10_niseko_skihire",
    situation="Ski and snowboard rental shop, chat, Niseko, Japan. An Australian parent's nine-year-old has painful rental boots. Fault in worse: the agent turns the conversation to his own toenail story before getting back to her daughter.",
    better=[s0, s1, s2,
            t("That sounds like boots half a size too small, or thick socks doubled up. Is she wearing one thin ski sock, or two pairs?"),
            c("two pairs lol. i thought warmer = better", None),
            s5, s6, s7],
    worse=[s0, s1, s2,
           t("Oh, I totally get it. My first season here I skied a whole week in boots a size too small because I was too proud to swap, lol. Lost two toenails! Worst week of my life, my mates still tease me about it. Anyway, could be size or socks. Is she wearing one thin ski sock, or two pairs?"),
           c("um ok. ouch. two pairs lol. i thought warmer = better", None),
           s5, s6, s7],
))
