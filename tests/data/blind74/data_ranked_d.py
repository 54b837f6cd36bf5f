"""Ranked pairs d01-d10: two decent conversations, `better` is better. Written by hand for blind74."""
from common import c, rpair, t

PAIRS = []

# d01 greenhouse heating, Kumluca (Antalya), Turkey
o = c("Hello. I have 8 donum tomato greenhouse near Kumluca. Last January the frost killed 30 percent of plants. I want heating system.", None)
PAIRS.append(rpair(
    "b74r_d01_kumluca_greenhouse_heating",
    "A tomato grower asks a greenhouse equipment dealer for heating after a frost loss. Better finds out the frost was three nights and sizes the answer to that.",
    [o,
     t("Hello. Sorry about the loss, 30% is a hard season. How cold did it get inside, and for how many nights?"),
     c("Outside minus 3, inside maybe minus 1. Three nights only. Rest of winter is fine, 6, 7 degrees at night.", None),
     t("So the danger is a few frost nights, not the whole winter. What do you use now on cold nights?"),
     c("Nothing. My neighbour bought gas heaters from some company last year, two broke in the first month and nobody came to repair. So I am careful with heaters.", "bad_experience"),
     t("Fair to be careful. For three frost nights a full hot-water system, about 1.2 million lira, is more than you need. A thermal screen plus four hot-air heaters on frost thermostats is around 380,000 and keeps you above +2. Their service is in Antalya, not abroad. I'd first hang two temperature loggers this winter, free, so we size it on real numbers."),
     c("380,000 is still big money for me, but less than losing 30 percent again.", None),
     t("That's the comparison to make. I'll bring the loggers Monday and leave both options on paper, with the heater brand and the service phone number.")],
    [o,
     t("Hello. Sorry to hear. How big are the greenhouses exactly, and what type?"),
     c("8 donum, tomato, two blocks, plastic tunnel type.", None),
     t("For 8 donum of tomatoes I'd recommend hot-water pipe heating with a gas boiler, it's the standard. Around 1.2 million lira installed, and it holds any temperature you want."),
     c("1.2 million? This is more than I earn in a good year.", "no_money"),
     t("I understand. There's 24-month financing through the bank, the system lasts twenty years, and you can plant earlier and sell in December when prices are high."),
     c("Maybe. Send me the quote by email, I look at it after the harvest.", "brush_off"),
     t("Of course. I'll email the quote and the financing table today.")]))

# d02 stairlift, Brno, Czech Republic
o = c("Good afternoon, I would like a price for a stairlift. Our house has straight stairs, 14 steps. My husband had a stroke in May.", None)
PAIRS.append(rpair(
    "b74r_d02_brno_stairlift",
    "A pensioner asks for a stairlift price after her husband's stroke. Better asks about his condition first, fits the seat to his weak side and finds a cheaper, reversible route.",
    [o,
     t("Good afternoon, I'm sorry about your husband. Before a price, how is he moving now? Can he sit and stand on his own, and which side is weaker?"),
     c("His left side is weak. He stands with a frame, slowly. The physio says it will improve a bit, maybe.", None),
     t("Then the seat should turn at the top so he gets off on his strong right side; a powered swivel helps if he can't twist. Is only the bedroom upstairs, or the bathroom too?"),
     c("Bedroom and the only bathroom. Our son says put a bed in the living room, but my husband refuses, he says he is not an invalid.", None),
     t("Understood. New with powered swivel is 118,000 crowns. Since his recovery is uncertain, there's a reconditioned one at 72,000 with two years' warranty, or rental at 2,900 a month. Did the hospital mention the Labour Office contribution? It can cover a large part."),
     c("Nobody told me. 118,000 we cannot do, we are both pensioners.", "no_money"),
     t("Then ask the Labour Office first; I'll give you the form and write the technical part. Meanwhile I can install a rental within a week so he sleeps upstairs now, and if the contribution comes, the rent paid is deducted from buying.")],
    [o,
     t("Good afternoon, I'm sorry to hear that. Straight stairs are the simplest. Do you know the length, or may we come and measure?"),
     c("Please measure. 14 steps, wall on both sides.", None),
     t("Good. A new straight lift with swivel seat and folding rail is 118,000 crowns, installed in two weeks, five years' warranty. We can measure on Thursday."),
     c("118,000 is a lot of money for us, we are both pensioners.", "no_money"),
     t("I understand. We offer twelve instalments without interest, about 9,800 a month. Many customers choose that."),
     c("Hmm. Thursday is possible, but I must talk to my son about the money first.", "think_it_over"),
     t("Of course. We'll come Thursday at 10 to measure, free, and you decide after.")]))

# d03 payroll software, Bratislava, Slovakia
o = c("hello, we need payroll software. 28 people, 3 bakeries. now our accountant does it in excel", None)
PAIRS.append(rpair(
    "b74r_d03_bratislava_payroll_software",
    "A family bakery owner asks about payroll software by chat. Better finds the real reason (the accountant retires, night supplements go wrong) and proposes a side-by-side trial while she is still there.",
    [o,
     t("Hello! What makes you look now, if the accountant has been doing it in Excel?"),
     c("she retires in july. and last 2 months she made mistakes with night shift bonuses, bakers complained", None),
     t("So two problems: nobody to run payroll after July, and night supplements going wrong. Who would run it after her?"),
     c("my daughter, she does the orders now. good with computers, not with laws. i am afraid she makes mistakes and we get a fine from inspectorate", None),
     t("An honest worry. The software calculates night and weekend supplements by law and updates when the law changes, but it won't replace knowing payroll. 2.50 per employee, 70 euro a month. I'd have your daughter and your accountant run June's payroll in it together, side by side with Excel. The trial month is free."),
     c("70 is ok. but june is crazy for us, graduations, wedding cakes, nobody has an evening", "no_time"),
     t("Then May's payroll, in early June, one evening with our trainer. If both results match, your daughter has her proof; if not, we find out why while your accountant is still there.")],
    [o,
     t("Hello! We have many bakeries as clients. Our payroll handles shifts, supplements and sick leave, and sends reports to Social Insurance automatically."),
     c("and night shifts? this is the problem now, mistakes with night bonuses", None),
     t("Yes, night and weekend supplements are automatic. 2.50 per employee, so 70 euro a month. Setup is free and there's a 30-day trial."),
     c("ok. but who will do it? my accountant retires in july", None),
     t("Anyone in the office can learn it, it's very intuitive. We have video tutorials and a hotline."),
     c("hmm. i will think. maybe we need a new accountant, not software", "think_it_over"),
     t("Understood. I'll send the trial link so you can decide after trying it.")]))

# d04 cattle fencing, Red Deer County, Alberta
o = c("Need a price on fencing. About two miles. Barbed wire.", None)
PAIRS.append(rpair(
    "b74r_d04_red_deer_cattle_fencing",
    "A rancher asks a farm supply for a fencing price. Better asks why the old fence failed (elk) and proposes a mixed fence after walking the line.",
    [o,
     t("Sure. What's it for, perimeter or cross-fencing, and what happened to the old one?"),
     c("Perimeter on a quarter we bought. Old fence is down in a dozen places. Elk come through every winter and take it out.", None),
     t("Then elk are the real problem; barbed just gets torn down again. Who's building it, you or a crew?"),
     c("Me and my boy. Last time we hired a crew, cost a fortune and half the posts were crooked.", None),
     t("Two options. Four-strand barbed on wood posts, about 11,500 in material. Or high-tensile smooth wire with drop-down sections where the elk cross, about 14,000; the elk push through, it springs back, and your boy resets it in ten minutes."),
     c("Fourteen grand. Hm. That's a chunk more for wire that don't even have barbs.", "too_expensive"),
     t("It is more upfront. The question is how often you rebuild barbed in ten years. I can walk the line with you and mark where the elk cross; maybe only half a mile needs high-tensile and the rest barbed. That'd land near 12,200.")],
    [o,
     t("Sure. Two miles of four-strand barbed on wood posts, line posts at 16 feet, about 11,500 in material. When do you want it delivered?"),
     c("Well, hang on. Elk go through the old one every winter. Will barbed hold them?", None),
     t("Elk are tough on any fence. I'd put posts at 12 feet and go to heavier 12-gauge wire, that brings it to about 13,000. It'll hold better."),
     c("Thirteen. Hm. For barbed wire that's a lot.", "too_expensive"),
     t("Understood. 5% off a full load, so about 12,350, and free delivery to your yard in the county."),
     c("Alright. Let me see what the co-op in Innisfail wants first.", "think_it_over")]))

# d05 wedding banquet hall, Gyumri, Armenia
o = c("Hello, good day. My son marries in September, we want your hall. Maybe 200 guests, maybe 250, you know how it is with Armenian families, everybody comes.", None)
PAIRS.append(rpair(
    "b74r_d05_gyumri_banquet_hall",
    "The groom's mother asks a banquet hall about a September wedding. Better finds the uncertain number (relatives from abroad) and who decides (the mother-in-law), and plans around both.",
    [o,
     t("Congratulations! 250 is our absolute maximum, and at 250 the dance floor gets small. How many will come from abroad? That's usually where the number moves."),
     c("Ah, good question. My brother's family from Los Angeles, maybe 40 people, they decide at the last minute. Always last minute!", None),
     t("Then let's plan 210 firm and keep room for 40 more. The menu is 14,000 dram per person with drinks. What matters most to your family, food, music, dancing?"),
     c("The food! My mother-in-law looks at every plate. But 14,000 times 250, oy, we are not oligarchs.", "no_money"),
     t("I understand. We take the final number one week before, so you pay only for guests who come. If you bring your own brandy, as many families do, it's 11,500. Would you like to taste the menu with your mother-in-law, since she's the judge?"),
     c("Ha! Yes, if she approves, everybody approves. Next Sunday we can come.", None),
     t("Sunday at two. I'll hold the 14th of September until then, no deposit.")],
    [o,
     t("Congratulations! We have the 14th and the 21st of September free. The hall holds up to 250. The menu is 14,000 dram per person with drinks."),
     c("14,000 times 250, oy, this is too much, we are not oligarchs.", "no_money"),
     t("I understand. There's a lighter menu at 12,000, fewer hot dishes, still with drinks and the cake."),
     c("Fewer hot dishes? My mother-in-law will never forgive me. No, not this one.", "no_need"),
     t("Then the full menu. To hold the date we take a 20% deposit, and the final number one month before."),
     c("One month before? My brother's family decides at the last minute. I will talk to my husband.", "think_it_over"),
     t("Of course. I'll hold the 14th until Friday.")]))

# d06 apple cold storage, Soroca, Moldova
o = c("Hello, I have apple orchard 30 hectares near Soroca. Every year in October I must sell fast and the price is very low. I want cold storage.", None)
PAIRS.append(rpair(
    "b74r_d06_soroca_apple_cold_storage",
    "An orchard owner asks a refrigeration contractor about building cold storage. Better learns the goal (sell in February), and suggests renting space for a season before a big build.",
    [o,
     t("Hello. Which varieties, and about how many tonnes a year?"),
     c("Golden, Idared, some Gala. 700 tonnes in a good year, last year 450 because of hail.", None),
     t("And until when would you hold them, and who buys?"),
     c("Before, we sold to Russia. Now Romania and supermarkets in Chisinau. In February the price is double, but I have nowhere to keep.", None),
     t("So the goal is selling in February. A 500-tonne controlled-atmosphere store is around 600,000 euro; the AIPA subsidy may return half, but the application takes a year. Have you tried renting space in an existing store for one season, to see if February really pays for you?"),
     c("Rent, I did not think. But honestly 600,000, even with half back, I do not have this money.", "no_money"),
     t("Then renting is the honest first step. A store in Drochia rents at about 40 euro a tonne for the season. If it pays, we design your own with the subsidy next year. I can call them tomorrow about 200 tonnes of space.")],
    [o,
     t("Hello. For 30 hectares I'd suggest a 500-tonne store with controlled atmosphere, four chambers. About 600,000 euro installed."),
     c("600,000. This is very big money for me.", "no_money"),
     t("I understand. AIPA pays up to 50% for cold storage and we help with the application. Apples in February sell for double, so it pays back in about five years."),
     c("Five years. Hmm. And the application, how long?", None),
     t("Usually about a year. We can start the paperwork now and build next summer."),
     c("A year. I need to think, and talk with my bank.", "think_it_over"),
     t("Of course. I'll email the project outline and the subsidy rules.")]))

# d07 ice fishing house rental, Lake of the Woods, Minnesota
o = c("Hey, I'm looking to book a sleeper fish house for a weekend in February. Me, my dad and my two boys.", None)
PAIRS.append(rpair(
    "b74r_d07_baudette_ice_fishing_house",
    "A father books an ice fishing house for three generations. Better asks about the boys and the grandfather's knees and picks the house and transport to fit.",
    [o,
     t("Sounds like a great trip. How old are the boys, and has everybody done this before?"),
     c("Boys are 9 and 12, first time. My dad's 78, fished here his whole life, but his knees are shot, he can't walk far on ice anymore.", None),
     t("Then I'd put you in a house about a mile out where the track shuttle drives you to the door, no walking, and it has a flush toilet, which your dad will like at night. Walleye mostly, or just the boys catching something?"),
     c("Honestly, the boys catching anything. They get bored quick. Ha, so do I.", None),
     t("Then the mile-out houses are good: shallower, lots of perch and some walleye, so the rods move. 325 a night for four, bait and shuttle included."),
     c("325 a night, huh. The place across the bay advertised 250.", "too_expensive"),
     t("Good houses, but you walk about half a mile from the access with your gear; with your dad's knees I'd count that. And if the ice isn't safe for the track the week before, we call you and move the dates or refund in full.")],
    [o,
     t("Sure! Sleeper houses for four: six holes, heater, bunks. What dates?"),
     c("The 14th and 15th. My dad's 78, his knees aren't great.", None),
     t("No problem, we'll get you set. 325 a night, bait included."),
     c("325 a night, huh. The place across the bay is 250.", "too_expensive"),
     t("Ours are newer, with flush toilets and better heaters, and our shuttle drives you out. Fish are biting well this year, walleye and perch."),
     c("Okay. Let me check with my dad, I'll call you back tonight.", "think_it_over"),
     t("Sounds good, I'll hold the 14th for you till tomorrow.")]))

# d08 driving school, Sofia, Bulgaria
o = c("Hello, I want driving lessons. I am 41, I failed the exam two times in another school. I am a very nervous driver.", None)
PAIRS.append(rpair(
    "b74r_d08_sofia_driving_school",
    "A nervous adult learner who failed twice asks a driving school about lessons. Better finds where and why she fails and offers one assessment lesson instead of a package.",
    [o,
     t("Hello, thank you for telling me, it's more common than you think. Which part went wrong, the polygon or the city drive?"),
     c("City. Both times. At the big roundabout at Orlov Most I panic, I stop in the middle. The examiner took the wheel.", None),
     t("So it's not the basic skills, it's big roundabouts under pressure. What did your last school do about it?"),
     c("Nothing. The instructor shouted. After that I did not drive for one year. Honestly I am afraid here is the same.", "bad_experience"),
     t("A fair fear. Our instructor Desislava works mostly with nervous drivers and doesn't shout, and you can ask for someone else any time. I'd start with one assessment lesson, 45 leva, quiet streets first, roundabouts on Sunday morning when traffic is light. After it she tells you honestly how many lessons you need, maybe 8, maybe 15."),
     c("One lesson first is good. Not a big package. Saturday?", None),
     t("Saturday at 9, from the school on Vitosha. If it doesn't feel right, you pay only the 45.")],
    [o,
     t("Hello. Don't worry, our pass rate is 87%. For people who already did a course we have a refresher package, 15 lessons, 675 leva."),
     c("675 is a lot. I already paid the other school 1,200.", "too_expensive"),
     t("I understand. We can split it in three payments. And our instructors are very experienced, they'll prepare you for the city route."),
     c("The other school also said experienced. The instructor shouted at me the whole time.", "bad_experience"),
     t("Ours are very professional. You can start Saturday at 9."),
     c("Okay, I will try. But not 15 lessons at once, first I want to see.", "think_it_over")]))

# d09 hotel linen service, Jurmala, Latvia
o = c("Dear colleague, we are reviewing our linen service for the summer season. Our hotel has 42 rooms and a spa. Could you send a proposal?", None)
PAIRS.append(rpair(
    "b74r_d09_jurmala_hotel_laundry",
    "A seaside hotel manager asks an industrial laundry for a proposal. Better asks what went wrong with the current supplier and builds the offer around on-time July delivery.",
    [o,
     t("Dear Ms Ozola, thank you. Before I send figures, may I ask what prompted the review, the price or something in the present service?"),
     c("Candidly, both, but chiefly reliability. Last July our supplier twice delivered late and guests waited for rooms at three o'clock. That cannot happen again.", None),
     t("Understood: on-time delivery in high season matters more than the price per kilo. How much linen at peak, and do you own it or rent?"),
     c("We own it. Perhaps 600 kilograms a day in July, half of it spa towels and robes, which wear out very fast.", None),
     t("Then I'd propose two deliveries a day in July, by 11:00 and 16:00, with a penalty clause if we're late. 1.15 euro per kg flat linen, 1.40 towels. We could start with the spa towels alone in May, so you judge us before the peak."),
     c("The towel price is rather higher than we pay now. I shall have to present this to the owner.", "think_it_over"),
     t("Of course. I'll send a one-page proposal with the penalty clause and the May trial, so the owner sees both the price and what protects you.")],
    [o,
     t("Dear Ms Ozola, thank you for your enquiry. Our prices are 1.15 euro per kg for flat linen and 1.40 for towels, with daily delivery in season."),
     c("Thank you. What are your delivery times? Last July our supplier was late twice.", None),
     t("We deliver daily between 8 and 14, depending on the route. We serve 30 hotels on the coast with a very good record."),
     c("Between 8 and 14 is rather a wide window for us. Our check-in is at 15:00.", None),
     t("I understand. We'll try to schedule you early on the route. I'll send our standard contract today."),
     c("Very well. I shall compare it with the other offers and revert.", "think_it_over"),
     t("Thank you, I look forward to hearing from you.")]))

# d10 ASL interpreting agency, Chicago
o = c("Hi. We hired a Deaf forklift operator, starts Monday. Need an ASL interpreter for orientation. What does it cost", None)
PAIRS.append(rpair(
    "b74r_d10_chicago_asl_interpreting",
    "A warehouse HR manager books an interpreter for a Deaf employee's first day. Better asks what the day contains, explains why safety training needs two interpreters, and asks what the employee prefers.",
    [o,
     t("Hi, glad to help. How long is orientation and what's in it? Safety and forklift training need different prep than HR paperwork."),
     c("8 to 3. paperwork in the morning, safety video and forklift walk-through after lunch. on the floor its loud", None),
     t("A full day with technical safety content usually needs two interpreters switching every 20-30 minutes, or accuracy drops. 95 an hour each, about 1,330 for the day. Have you asked him what he prefers, ASL, or also captions?"),
     c("1,330 for one day is more than we budgeted, honestly. we figured one person. havent asked him", "no_money"),
     t("Then one interpreter for the morning paperwork and two for the afternoon, where mistakes are dangerous: about 1,000. And do ask him; some Deaf employees have an interpreter they prefer, and we can book them. Can you send the safety video ahead?"),
     c("ok that split works. ill ask him tomorrow. safety video i can send tonight", None),
     t("Great. Once I have his preference by Thursday, I'll confirm names for Monday.")],
    [o,
     t("Hi! Our ASL interpreters are 95 an hour, two-hour minimum. For a full day, 8 to 3, that's 665. We can confirm Monday."),
     c("ok. its safety training too, forklift stuff. is that an issue", None),
     t("No issue, our interpreters are certified and experienced in industrial settings. Any materials you can send beforehand help."),
     c("sure. 665 is more than we budgeted but fine i guess", "no_money"),
     t("Great. I'll send the booking confirmation and invoice details today."),
     c("thanks", None),
     t("You're welcome, good luck Monday!")]))
