"""Ranked pairs d01-d10 of blind221 (hand-written): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# d01 Pune: mother sending boxes after her son, who is starting a master's in Melbourne
_o = c("Hello, my son is going to Melbourne for his master's in July. I want to send three, four boxes after him. What is the charge?", None)
PAIRS.append(rpair(
    "b221r_d01_pune_student_boxes_melbourne",
    "A mother in Pune asks an international courier and relocation firm what it costs to send four boxes to her son in Melbourne.",
    better=[
        _o,
        t("Congratulations to him. What will be in the boxes, roughly? For Australia that matters a lot. And does he need any of it the day he lands?"),
        c("Books, winter clothes, his pressure cooker, and homemade masalas and pickle for the first months. He lands 10th July.", None),
        t("July is winter there, so the warm clothes should fly with him. The homemade food is the real risk: Australian biosecurity often holds or destroys homemade masala and pickle, and it can delay the whole box. Sealed shop packets with labels, declared on the form, usually go through."),
        c("Oh. Nobody told me that. My friend's box sat in customs one full month, maybe that was why. And the cost?", None),
        t("For four boxes of about 20 kilos, air courier is around 38,000, sea about 17,000 but six to eight weeks. If the clothes and the cooker go in an extra checked bag on his flight, about 6,000, the rest can go by sea."),
        c("That is much better than 38,000. Let me talk to his father tonight and I'll call you.", "think_it_over"),
        t("I'll WhatsApp the sea quote and Australia's list of allowed food now, so you have it when you talk."),
    ],
    worse=[
        _o,
        t("Happy to help. How many boxes exactly, and roughly how heavy?"),
        c("Four. Maybe 20 kilos each. Books, clothes, his cooker, some home food.", None),
        t("For four boxes of 20 kilos to Melbourne, air courier is around 38,000 and takes 7 to 10 days. Sea is about 17,000 but six to eight weeks. Please declare any food items on the form."),
        c("38,000 is a lot. Sea is cheaper, but eight weeks...", "too_expensive"),
        t("Sea is the popular choice for students. Most parents send by sea once the student has settled. I can book a pickup from your home in Kothrud this week."),
        c("Okay, let me discuss with his father and call you.", "think_it_over"),
        t("Sure, I'll send the quote on WhatsApp."),
    ],
))

# d02 Portland: two friends hiring touring bikes for the Oregon coast (shop chat)
_o = c("hey, looking to rent bikes for a 3 day ride down the oregon coast next month, me and my buddy. what do you have", None)
PAIRS.append(rpair(
    "b221r_d02_portland_coast_bike_hire",
    "Two friends ask a Portland bike hire shop, by website chat, about touring bikes for a three-day ride on the Oregon coast.",
    better=[
        _o,
        t("Nice trip. A couple of things first: where are you starting and finishing, and have you done any loaded touring before, with bags on the bike?"),
        c("start astoria, end somewhere around newport i guess. we ride a lot but never with bags. we were gonna carry everything in backpacks", None),
        t("I'd skip the backpacks; on 3 days of 60 miles they wreck your shoulders. Touring bikes with rear racks and two panniers each are 55 a day. Go north to south, summer winds blow from the north, it makes a big difference. How are you getting back from Newport?"),
        c("no idea honestly. maybe the bus", None),
        t("There's a coast bus, but it only takes two bikes and they're first come. We do a one-way return for 140 from Newport, you leave the bikes at a partner shop there. Or you ride a loop and come back to Astoria, which makes it a longer trip."),
        c("140 is kinda steep on top of the rental, but getting stuck with the bus would suck more. ok lets do one way", "too_expensive"),
        t("Good call. I'll reserve two touring bikes and the Newport drop for your dates. Send me your heights and I'll set the frames up before you pick them up."),
    ],
    worse=[
        _o,
        t("We've got touring bikes with racks and panniers at 55 a day, or hybrids at 40. What dates?"),
        c("the 14th to 16th. starting in astoria, probably ending in newport", None),
        t("Both sizes are available for those dates. Touring bikes are the better pick for the coast, they're more stable with weight on them. Panniers are included."),
        c("ok cool. how do we get back from newport though", None),
        t("Most people take the coast bus back, it has bike racks on the front."),
        c("ok sweet. book 2 touring bikes then", None),
        t("Done, two touring bikes, 14th to 16th. Pick up from 9 am at the shop."),
    ],
))

# d03 Stellenbosch: HR manager booking a year-end wine-country outing for a team
_o = c("Hi, I'm organising our year-end function. Eighteen people from the office, a day out in the winelands in early December. Can you do something like that?", None)
PAIRS.append(rpair(
    "b221r_d03_stellenbosch_team_outing",
    "An HR manager asks a Stellenbosch tour operator to organise a winelands day for eighteen colleagues, some of whom do not drink.",
    better=[
        _o,
        t("Definitely. What's the day for, mainly: a thank-you to the team, or to get people mixing? And is everyone going to want wine? It's quite common that a few don't drink."),
        c("It's a thank-you, it's been a brutal year. And yes, good point, three of our team are Muslim and one's pregnant. I don't want them sitting in a corner while everyone tastes.", None),
        t("Then I'd build it around food with wine as one part of it: a chocolate and cheese pairing at the first estate, where there are non-alcoholic options at the same table, a long lunch, then a wine tasting or a walk in the vineyards, people choose. One bus, driver waits, so nobody drives."),
        c("I love that. Budget's tight, though, finance gave me R1,200 a head, and I can't go over.", "no_money"),
        t("Then lunch is where we adjust: a set three-course at Jonkershoek rather than à la carte keeps it at R1,150 a head including the bus. I'll send two versions, one on budget and one with a little extra if finance can stretch."),
        c("Perfect. I'll need to show my MD before I sign anything.", "think_it_over"),
        t("Of course. You'll have both options by tomorrow morning, and I'll hold the 6th of December for a week."),
    ],
    worse=[
        _o,
        t("Definitely, we do lots of corporate days. Our most popular is three estates with a tasting at each, lunch at the second, and a luxury bus from your office."),
        c("Sounds nice. A few of our people don't drink, though.", None),
        t("No problem, the estates all have grape juice and water. For eighteen people it's R1,450 a head, including the bus and lunch."),
        c("That's over our budget. Finance gave me R1,200 a head.", "no_money"),
        t("For a group of eighteen I can do R1,250, and we can drop to two estates to make it R1,150."),
        c("Okay, two estates could work. I'll check with my MD first.", "think_it_over"),
        t("Great. I'll email a quote for the two-estate version today."),
    ],
))

# d04 Auckland: retired couple hiring a campervan for the first time
_o = c("Good morning. My wife and I are thinking of hiring a campervan for three weeks in February. We've never done it before, we're both in our late sixties.", None)
PAIRS.append(rpair(
    "b221r_d04_auckland_first_campervan",
    "A retired couple who have never driven a campervan ask an Auckland hire company for advice on a three-week hire.",
    better=[
        _o,
        t("Good morning, and welcome to it. Before we talk about vans, what are you each most unsure about? For first-timers it's usually the size, the toilet side of things, or where to park at night."),
        c("Honestly, all three. I drove a truck fifty years ago. My wife's worried about emptying the toilet, and about pulling into a field in the dark.", None),
        t("Those are very fair worries. I'd put you in a two-berth automatic, not the big one; it's the length of a large car and parks in a normal space. We do a 45-minute handover where you empty the tank yourselves with us watching, once, and then it's not a mystery. For nights, I'd book holiday parks with powered sites for the first week, not freedom camping."),
        c("That sounds much more manageable. Is the smaller one more expensive?", None),
        t("It's cheaper, 145 a night in February instead of 190. I'd also suggest your first night is only an hour away, at Orewa or Miranda, so you're not driving far on day one."),
        c("I like that. Can we come and look at one before we commit?", "think_it_over"),
        t("Absolutely. Come in on any weekday, and I'll have one open for you to sit in and try."),
    ],
    worse=[
        _o,
        t("Good morning! Three weeks in February is a great time. I'd suggest our four-berth; it gives you plenty of room to spread out, shower and toilet on board, and a proper bed that stays made up."),
        c("Is that a big one? I haven't driven anything large in a long time.", None),
        t("It's seven metres, but it's automatic and has a reversing camera, so it drives easily. We give everyone a handover before they leave."),
        c("Right. And the price?", None),
        t("190 a night in February, so about 4,000 for three weeks, with our standard insurance."),
        c("Hmm. Let us think about it and come back to you.", "think_it_over"),
        t("Of course. I'll email you the details."),
    ],
))

# d05 Chandigarh: travel agent, family wanting the Kalka-Shimla toy train with a grandmother
_o = c("We want to book the toy train from Kalka to Shimla for five people. Me, husband, two kids and my mother-in-law. Next Saturday.", None)
PAIRS.append(rpair(
    "b221r_d05_kalka_shimla_toy_train",
    "A mother asks a Chandigarh travel agent to book the Kalka-Shimla narrow-gauge train for her family, including her elderly mother-in-law.",
    better=[
        _o,
        t("Lovely trip. Is it the train ride itself you want to enjoy, or is it mainly the way to get to Shimla? I ask because the train takes five to six hours, and the road is about three and a half."),
        c("The kids want the train, they've seen videos of the tunnels. But my mother-in-law has back pain, six hours on a hard seat will be difficult for her.", None),
        t("Then two ideas. The Shivalik Deluxe has cushioned chair seats and leaves Kalka at 5:20 am, which is early, or the Himalayan Queen at 12:10 with simpler seats. Another option many families take: train one way for the kids, and a taxi for the other direction."),
        c("Taxi one way is good. Can mummy come in the taxi up and we take the train?", None),
        t("Yes. She can leave Chandigarh at 1 and reach Shimla about the same time as the train. Taxi is around 3,800. Four tickets on the Himalayan Queen, next Saturday, I can book now."),
        c("Do that. She will be very relieved.", None),
        t("Booking now. I'll send the taxi driver's number the day before."),
    ],
    worse=[
        _o,
        t("Sure. There are two good trains, the Shivalik Deluxe at 5:20 am and the Himalayan Queen at 12:10. Which do you prefer?"),
        c("5:20 is too early with kids. The 12:10. My mother-in-law has back pain though.", None),
        t("Himalayan Queen has chair car seats; I can give her a window seat. It's about five and a half hours, with a stop at Barog for tea."),
        c("Five and a half hours. Hm. Okay, she'll manage, I think.", None),
        t("Five tickets, Himalayan Queen, next Saturday. Shall I book?"),
        c("Yes, book.", None),
        t("Done. I'll send the tickets on email."),
    ],
))

# d06 Atlanta: executive assistant arranging airport transfers for nine board members
_o = c("Hi, this is Dana, I'm the EA at a logistics company in Midtown. We've got nine board members flying into Hartsfield on the 12th for a two-day meeting. I need transport for them.", None)
PAIRS.append(rpair(
    "b221r_d06_atlanta_board_transfers",
    "An executive assistant asks an Atlanta car service to move nine board members from the airport to Midtown; her CFO watches costs closely.",
    better=[
        _o,
        t("Happy to help. Do you have their arrival times yet? I'm trying to see whether they land spread out or in clusters, and whether any of them would be fine sharing a ride."),
        c("I have most of them. Four land between 2 and 3 pm, three in the evening, and two are coming in from London at 7 am. Some of them are, let's say, particular. The chairman won't share with anyone.", None),
        t("Got it. Then a private sedan for the chairman, whenever he lands; a Sprinter for the 2-to-3 group with the driver waiting for the last one through; and sedans for the rest. The London pair will be slow through customs, so their drivers will track the flight and wait inside with a sign."),
        c("What does that come to? Our last vendor quoted nine separate SUVs and the CFO nearly choked.", None),
        t("About 1,150 all in, instead of around 1,700 for nine SUVs. If anyone's flight moves, we adjust, and you get one invoice."),
        c("That's a lot more sensible. Can you put it in writing so I can get sign-off?", "think_it_over"),
        t("I'll send it this afternoon with each person's pickup on its own line, so you can check names and times."),
    ],
    worse=[
        _o,
        t("Absolutely. For board members I'd recommend a black SUV each, with meet-and-greet in baggage claim and flight tracking included."),
        c("Nine SUVs, hm. What's that run?", None),
        t("Around 1,700 for the nine arrivals, tip included."),
        c("That's steep. The CFO's going to balk.", "too_expensive"),
        t("For a group booking I can take 10 percent off, so about 1,530. And if a couple of them land close together, they could share."),
        c("Okay. Send me the quote and I'll try to get sign-off.", "think_it_over"),
        t("Will do. I'll need their flight numbers when you have them."),
    ],
))

# d07 Durban: visa agency, family of four applying for Schengen visas for Portugal and Spain
_o = c("Hi, we're a family of four, planning Portugal and Spain in the July school holidays. Can you help with the Schengen visas?", None)
PAIRS.append(rpair(
    "b221r_d07_durban_family_schengen",
    "A Durban parent asks a visa agency for help with Schengen visas for two adults and two children travelling to Portugal and Spain.",
    better=[
        _o,
        t("Yes. How many nights in each country? You apply to the embassy of the country where you spend the most nights, so that's the first thing to get right."),
        c("Ten nights in Portugal, five in Spain. Our flights land in Madrid, though.", None),
        t("Then it's Portugal, even though you land in Madrid. For the kids, besides passports, you'll need full birth certificates listing both parents, and a signed consent if one parent isn't travelling. Are you both going?"),
        c("Both of us, yes. We've got the unabridged certificates from when we went to Mauritius. Is there enough time? It's April already.", None),
        t("There is, but Portugal's appointments fill up from May, so I'd book a slot in the next three weeks. Our fee is R1,200 a person on top of the visa fee, and we check every document before the appointment."),
        c("R4,800 in fees before we've even paid for the visa. Hm. My colleague did hers herself.", "too_expensive"),
        t("Plenty of people do. If you'd like to, I'll give you our checklist and you book directly. If you'd rather not risk a slip with four applications, we'll do it. Either way, book this month."),
    ],
    worse=[
        _o,
        t("Yes, we do Schengen visas every day. You apply at the embassy of your main destination. We'll need passports, three months' bank statements, bookings and photos for everyone."),
        c("Okay. The kids have passports. Anything extra for them?", None),
        t("Their birth certificates as well. Our fee is R1,200 per person plus the visa fee."),
        c("R4,800 in fees before we've even paid for the visa. Hm. My colleague did hers herself.", "too_expensive"),
        t("We handle all the forms and the appointment, so it saves you a lot of time. Many families use us."),
        c("Let me talk to my husband and come back to you.", "think_it_over"),
        t("Of course. I'll email the document list."),
    ],
))

# d08 Paihia: boat tour booking desk, family whose kids want to swim with dolphins
_o = c("Hi! We've got one day in the Bay of Islands and the kids are desperate to swim with dolphins. They're six and nine.", None)
PAIRS.append(rpair(
    "b221r_d08_paihia_dolphin_cruise",
    "A parent at a Paihia wharf booking desk wants a dolphin swim for children aged six and nine.",
    better=[
        _o,
        t("Love it. Can I check a couple of things so they're not disappointed? Are both of them confident swimmers in deep water, and how are they on boats?"),
        c("The nine-year-old swims like a fish. The six-year-old's okay in a pool with floaties. Neither's been on a boat much.", None),
        t("Then here's the honest picture. On the dolphin swim, the crew only lets people in if the pod has no babies, and younger kids have to be strong swimmers, so your six-year-old would watch from the boat either way. The trip is four hours, 179 each, and we see dolphins most days but not every day."),
        c("Oh. Four hours and she can't even get in? That's a lot of money for her to watch.", "too_expensive"),
        t("It is. The Hole in the Rock cruise is two and a half hours, 115 each, and dolphins often come to the bow, which little ones love. If no dolphins are seen on either trip, you can come again free."),
        c("That sounds much better for her. Let's do the shorter one tomorrow morning.", None),
        t("The 9 am is the calmest. Four tickets, tomorrow, 9 am; be at the wharf by 8:40."),
    ],
    worse=[
        _o,
        t("Great! Our dolphin swim cruise is four hours and leaves at 8 am. We see dolphins most days, and there's a free second trip if we don't."),
        c("Amazing. Can the six-year-old swim with them too?", None),
        t("Swimming's at the skipper's discretion, it depends on the pod and conditions on the day. Kids are welcome on board. It's 179 per person."),
        c("That's a fair bit for four of us. But they'll love it.", None),
        t("It's our most popular trip. Shall I book four for tomorrow?"),
        c("Yes, go on then.", None),
        t("Done, four on the 8 am. Be at the wharf by 7:40, and bring towels."),
    ],
))

# d09 Bengaluru: adventure travel company, four office friends planning a Ladakh motorbike trip (chat)
_o = c("hi we are 4 friends from office, want to do ladakh bike trip in august, 10 days. your package is there na", None)
PAIRS.append(rpair(
    "b221r_d09_bengaluru_ladakh_bike_trip",
    "Four IT colleagues ask a Bengaluru adventure travel company in chat about a ten-day Ladakh motorbike trip.",
    better=[
        _o,
        t("Hi! Yes, we run it. Quick questions so we suggest the right route: how much have you all ridden, especially on bad roads? And has anyone been above 3,000 metres before?"),
        c("2 of us ride royal enfield daily, 2 only scooty. nobody has gone high altitude. one friend said his cousin got altitude sickness on this trip and came back on day 3, so we are bit scared", "bad_experience"),
        t("That happens when people ride up from Manali too fast. For first-timers we suggest flying into Leh, resting two full days, then a loop: Khardung La, Nubra, Pangong. Fewer very long days. The two scooty riders can ride pillion in the back-up jeep on the hardest days if they want."),
        c("ok this sounds safer. what is cost", None),
        t("48,000 per person for the Leh loop: bikes, fuel, stays, meals, mechanic and the jeep. Flights to Leh extra, book early, August fares go up fast."),
        c("ok good. we will discuss in our group and tell you by friday", "think_it_over"),
        t("Sure. I'll send the day-by-day plan and a note on altitude symptoms, so all four of you can read it."),
    ],
    worse=[
        _o,
        t("Hi! Yes, our 10-day Manali to Leh expedition is very popular in August. Royal Enfield Himalayan bikes, mechanic, back-up vehicle, all stays and meals."),
        c("ok nice. cost?", None),
        t("52,000 per person. Train or flight to Chandigarh is extra, pick-up from there."),
        c("hmm ok. one friend said his cousin got altitude sickness on this trip and came back", "bad_experience"),
        t("Our back-up vehicle carries oxygen and our leaders are trained, so you're in safe hands."),
        c("ok we will discuss in group and tell you", "think_it_over"),
        t("Sure, I'll send the brochure."),
    ],
))

# d10 San Francisco: intercity bus ticket window, grandmother going to a christening in Los Angeles
_o = c("Hello, dear. I need a bus ticket to Los Angeles. My granddaughter's christening is on the third.", None)
PAIRS.append(rpair(
    "b221r_d10_sanfrancisco_bus_to_la",
    "An elderly woman at a San Francisco bus station ticket window buys a ticket to Los Angeles for a family christening.",
    better=[
        _o,
        t("How lovely. When would you like to arrive, and do you mind travelling overnight, or would you rather go in the daytime?"),
        c("Oh, I don't sleep on buses. And I'm on a fixed income, so whatever's cheapest, really.", None),
        t("Then let me tell you both. The cheapest is the 11:45 pm at 39 dollars, but it's ten hours with a change in Bakersfield at about 3 in the morning. The 8 am express is 59, has one stop, and gets in at 3:30 in the afternoon."),
        c("Changing buses in the middle of the night, at my age? No thank you. Though twenty dollars more...", None),
        t("If you book the express for the first, two days before, it's 49. And you'll get on first with priority boarding, so you can have a front seat near the driver."),
        c("Forty-nine. That I can do. The first, then.", None),
        t("One ticket, the 1st, 8 am express, 49 dollars. Your bag goes underneath; I'll write the gate number on the ticket."),
    ],
    worse=[
        _o,
        t("Sure. What date are you travelling?"),
        c("The first, I suppose. Whatever's cheapest, I'm on a fixed income.", None),
        t("Cheapest is the 11:45 pm, 39 dollars. It arrives in LA at 9:50 the next morning."),
        c("Overnight? Well, I suppose that's fine if it's cheapest.", None),
        t("There's a connection in Bakersfield, it's well signposted. Just follow the driver."),
        c("All right, dear. One ticket.", None),
        t("That's 39 dollars. Your gate is printed on the ticket."),
    ],
))
