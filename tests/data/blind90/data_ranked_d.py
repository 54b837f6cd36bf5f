"""Ranked pairs d01-d10 of blind90 (written by hand): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# d01 Tashkent, freight forwarder - better asks why they are switching
_o = c("Good day. We produce cotton t-shirts in Tashkent and send to a wholesaler in Almaty, about two trucks a month. We are looking for a new forwarder. Can you give me your price?", None)
PAIRS.append(rpair(
    "b90r_d01_tashkent_forwarder",
    "A Tashkent garment maker asks a forwarder for a price on two trucks a month to Almaty. Better asks why they are leaving their current forwarder and finds the damp and the silence at the border; worse quotes well but never learns what went wrong.",
    [_o,
     t("Good day. Yes, you'll have a price today. Before that - what made you look for a new forwarder? It tells me what I must get right for you."),
     c("Honestly the price of the current one is okay. The problem: last month a truck stood four days at the border and nobody told us, the client in Almaty cancelled part of the order. And boxes came damp, 40 boxes we had to rewash.", None),
     t("So two things: nobody warned you about a four-day delay, and moisture got into the boxes. Were those trucks tented or closed box bodies?"),
     c("Tent, I think. The cheap ones.", None),
     t("Then I'd quote closed box trucks with stretch-wrapped pallets - that stops the damp - about 1,950 dollars a truck against roughly 1,700 for a tent. Our dispatcher sends a status twice a day, and calls you within an hour if the border queue passes six hours. Would a trial on next month's first truck make sense before any contract?"),
     c("1,950 is 250 more each truck... but 40 boxes rewashed cost more. One truck for trial, yes. I must tell my partner.", "think_it_over"),
     t("Of course. I'll send the quote with both truck types side by side so your partner sees the difference, and call you Thursday.")],
    [_o,
     t("Good day. Of course. How many trucks a month, and what's the weight and volume per truck?"),
     c("About two trucks, 82 cubic metres, around 9 tons each. T-shirts in boxes.", None),
     t("Thank you. Tashkent to Almaty, tent truck, customs clearance included: 1,700 dollars a truck, transit usually two to three days. With a yearly contract there's 3% off."),
     c("The current one is about the same price. So why change? Only, last month a truck stood four days at the border and nobody told us.", "no_need"),
     t("Border queues happen to everyone, unfortunately. We have a tracking page where you see the truck's position. I can send you the contract and the tracking details."),
     c("Okay, send. I will compare and tell you.", "think_it_over"),
     t("I'll email it today. Thank you for considering us.")]))

# d02 Yerevan, dental clinic - better asks about health before recommending
_o = c("Hello. I lost a tooth at the back, lower left, two months ago. My son says go for implant, but I am 71, I don't know. What is the cheapest?", None)
PAIRS.append(rpair(
    "b90r_d02_yerevan_missingtooth",
    "A 71-year-old asks a Yerevan dentist for the cheapest way to replace a lost molar. Better asks what bothers him and about his health, learns he is diabetic, and adapts the advice; worse recommends an implant first and answers objections competently.",
    [_o,
     t("Hello. There are three ways - implant, bridge or a removable plate - and the cheapest isn't always the best for the person. What bothers you most since you lost it?"),
     c("Chewing meat, I chew only on the right now. And I have diabetes, type two, the pills. My neighbour had an implant and it fell out after one year.", "bad_experience"),
     t("Thank you, the diabetes matters a lot. If sugar is well controlled, implants usually heal fine; if not, they fail more often - maybe that was your neighbour. Do you know your last three-month sugar test, the HbA1c?"),
     c("Last month the doctor said 7.8. She said not bad, not good.", None),
     t("Then I'd be careful with an implant for now. A bridge on the two neighbouring teeth is about 180,000 dram, two visits, and doesn't depend on bone healing - but those two teeth get ground down. An implant is about 350,000 and becomes the better choice if your sugar gets under 7. Shall we take an X-ray today to see if the neighbours can hold a bridge?"),
     c("X-ray yes. 180 is a lot also, but better than 350. I will ask my son, he pays part.", "think_it_over"),
     t("Good. The X-ray is 5,000; afterwards I'll write both options with prices on one paper so you and your son can decide calmly.")],
    [_o,
     t("Hello. The best solution today is an implant: it doesn't touch the neighbouring teeth and lasts many years. Here it's 350,000 dram including the crown."),
     c("350,000... it is a lot. And I am 71.", "too_expensive"),
     t("Age isn't a problem for implants if your general health is good. There's also a bridge for about 180,000, but it means grinding two healthy teeth. And we do payments in three parts."),
     c("My neighbour had implant and it fell out.", "bad_experience"),
     t("That's rare, about 3 to 5% of cases, and our surgeon has fifteen years of experience. I suggest an X-ray today for 5,000 and a consultation with him."),
     c("Okay, the X-ray. Then I decide.", None)]))

# d03 Tbilisi, mobile operator business lines - better adapts to a terse owner's real use
_o = c("We are tour company. 12 guides. Need business SIM cards. Price?", None)
PAIRS.append(rpair(
    "b90r_d03_tbilisi_guidesims",
    "The terse owner of a Tbilisi tour company wants business SIMs for 12 guides. Better asks where they work and how, is honest about mountain coverage, handles the seasonal objection and proposes a small test; worse quotes a standard contract and answers coverage with a slogan.",
    [_o,
     t("Sure. Where do the guides work - only Tbilisi, or mountains too? And do they need much internet, or mainly calls?"),
     c("Kazbegi, Svaneti, Kakheti. Sometimes Armenia day trips. Calls, WhatsApp photos. Now they use own phones, I pay each 30 lari, nothing controlled.", None),
     t("So mountain coverage, Armenia roaming, and control of the cost. Honestly: above Mestia no operator covers everything; we're good along the main road. Business line, 5 GB, unlimited local calls, 19 lari each; Armenia 3 lari only on days used. For 12, 228 a month."),
     c("228 all year? Winter I have 4 guides working, not 12.", "no_need"),
     t("Then lines can be paused November to April for 2 lari a month each. Would you test 3 SIMs on your mountain routes this month before deciding the rest?"),
     c("3 for test, okay. If Svaneti is bad, we stop.", None),
     t("Fair. Three active today, no term for the test. Tell me which guide goes to Svaneti first and I'll check the tower map for that route.")],
    [_o,
     t("Sure. Our business tariff is 19 lari per line: 5 GB, unlimited local calls. For 12 lines, 228 lari a month on a one-year contract."),
     c("One year? Winter I have 4 guides, not 12.", "no_need"),
     t("You can reduce lines after the first year, or start with 6 now and add later. There's also 10% off on two-year contracts."),
     c("Coverage in mountains - Kazbegi, Svaneti - is good?", None),
     t("Our network covers 98% of Georgia's population, including the main tourist areas. I'll send you the coverage map and the contract."),
     c("Okay. Send email. I will see.", "brush_off")]))

# d04 Chisinau, vineyard sprayer - better asks about rows and slope before recommending
_o = c("Buna ziua. I have 14 hectares of vineyard near Orhei. My old sprayer is leaking everywhere. I need a new one before June.", None)
PAIRS.append(rpair(
    "b90r_d04_chisinau_vineyardsprayer",
    "A vine grower near Orhei needs a new sprayer before June. Better asks row width, slope and who sprays before sizing it and offers a cheaper fit; worse leads with the best seller and only adjusts when pushed.",
    [_o,
     t("Buna ziua. Before June is possible. So I don't sell you the wrong size: what's the row width, and is the land flat or on a slope?"),
     c("Rows 2.2 metres. Slope yes, some parts quite steep. The tractor is an MTZ 82, old but strong.", None),
     t("With 2.2 m rows the sprayer should stay under about 1.4 m wide, and on a steep slope a trailed tank over 1,000 litres gets dangerous when full. For 14 hectares I'd look at the 1,000-litre axial sprayer with a low centre of gravity, 68,000 lei, not the 1,500 - that's our best seller but it's for flat land. Do you spray alone?"),
     c("Alone, yes, my son is in Italy. 68,000 is more than I hoped, I hoped around 50.", "too_expensive"),
     t("There's an 800-litre version at 52,000. On 14 hectares that's one more refill per spraying, maybe forty minutes more. If money matters more than time, it's a fair choice. Want to see both hitched to an MTZ in our yard on Saturday?"),
     c("Saturday yes. Then I decide.", None)],
    [_o,
     t("Buna ziua. For 14 hectares the most popular model is our 1,500-litre trailed axial sprayer, 79,000 lei. Many vineyards around Orhei use it."),
     c("79,000 is much. And it is big, my rows are narrow, 2.2.", "too_expensive"),
     t("It's 1.45 m wide, so it fits 2.2 m rows, though tight. There's also a 1,000-litre at 68,000 and an 800 at 52,000."),
     c("The land is also on a slope. My tractor is MTZ 82.", None),
     t("The MTZ 82 pulls all three. I'd suggest the 1,000 as a compromise, and we can deliver before June. Shall I reserve one?"),
     c("Let me think a few days, I call you.", "think_it_over")]))

# d05 Almaty, private school - better finds the real reason for a mid-year move
_o = c("Hello, we want to know if there is a place in grade 5 in the middle of the year. Our daughter is in a good school now, but we think to change.", None)
PAIRS.append(rpair(
    "b90r_d05_almaty_midyearmove",
    "A mother asks an Almaty private school about a mid-year place in grade 5. Better asks why they want to move, learns the girl is being excluded by classmates, and is honest about what the school can and cannot promise; worse presents the school well but never learns the reason.",
    [_o,
     t("Hello. There's one place in grade 5, yes. Changing mid-year is a big step - may I ask what's making you think about it?"),
     c("It's... some girls in her class made a group chat and she is not in it, and they laugh at her. In the mornings she doesn't want to go, she has stomach aches.", None),
     t("I'm sorry, that's hard for her. So the main thing is that she feels safe, before anything about lessons. May I tell you honestly how we handle this, and also what we can't promise?"),
     c("Yes, please. Because every school says 'we have no bullying'.", None),
     t("We have conflicts too - every school does. What we do: a psychologist meets each new pupil weekly for the first month, and teachers must report any group exclusion. What I can't promise is that a new class will be friends at once. The fee is 290,000 tenge a month. Could she come for a trial day, to see the class and meet the psychologist first?"),
     c("290 is a lot for us, honestly, we stretch. But if she is happy... A trial day, yes. My husband will come too.", "no_money"),
     t("Let's set the trial day for Tuesday. Afterwards we'll talk about the fee - there's a mid-year adjustment I can explain then.")],
    [_o,
     t("Hello. Yes, there's one place in grade 5. The fee is 290,000 tenge a month including meals and after-school clubs. Classes are up to 18, English every day."),
     c("290 is a lot for us. What is the English level?", "too_expensive"),
     t("By grade 5 pupils are around A2 to B1; we use Cambridge materials. We also have a psychologist and a friendly atmosphere, and many families move mid-year without problems."),
     c("And if she has problems with other children?", None),
     t("Our teachers pay attention to that, and the psychologist is available. Would you like to come for a tour and a trial day?"),
     c("Maybe. I will talk with my husband first.", "think_it_over")]))

# d06 Baku, car dealer - better is honest about hybrid service outside Baku
_o = c("Hello. I am thinking about a hybrid. Petrol goes up, and my cousin says a hybrid saves half. But I don't know much about them.", None)
PAIRS.append(rpair(
    "b90r_d06_baku_hybrid",
    "A Baku driver considering a hybrid. Better asks how he drives, finds the monthly trip to Lankaran and is honest that hybrid repairs can't be done there; worse gives accurate figures but glosses over service outside Baku.",
    [_o,
     t("Hello. It can save a lot - it depends how you drive. Mostly Baku traffic, or long trips?"),
     c("Baku traffic every day, one hour each way. And every month to my parents in Lankaran, 270 km.", None),
     t("City traffic is where a hybrid saves most - probably 35 to 45% for you; on the highway much less. One honest point: the hybrid system needs trained technicians. We have them in Baku; in Lankaran, if something in the hybrid part fails, there's no specialist. Is that a worry?"),
     c("A little. My old car broke once near Masalli, a local mechanic fixed it in one hour. With hybrid this is not possible?", None),
     t("For normal things - tyres, brakes, oil - any good mechanic. For the battery or the electronics, we'd tow it to Baku; roadside assistance covers that free for three years. The hybrid is 58,000 manat, the petrol version 49,000; at your mileage the difference comes back in about five years."),
     c("Nine thousand more is serious money. But I keep cars ten years. I want to drive both first.", "too_expensive"),
     t("Then a test drive on a weekday evening, in real traffic, so you feel the difference where it matters. Tuesday or Wednesday?")],
    [_o,
     t("Hello. Yes, hybrids are very economical, up to 50% in the city. Our hybrid sedan is 58,000 manat, the petrol one 49,000."),
     c("9,000 more is serious money.", "too_expensive"),
     t("It pays back through fuel, usually in four to six years. Plus an eight-year warranty on the hybrid battery, and lower emissions."),
     c("And service? I go to Lankaran often, to my parents.", None),
     t("Service is every 15,000 km at our Baku centre; the cost is similar to petrol. Shall I book a test drive?"),
     c("Yes, test drive. Then I see.", None)]))

# d07 Lviv, pharmacy - better asks about other medicines before the painkiller
_o = c("Good evening, I need something strong for the back. Since Saturday I can't bend. Something that really works, not these vitamins.", None)
PAIRS.append(rpair(
    "b90r_d07_lviv_backpain",
    "A man in a Lviv pharmacy wants a strong painkiller for back pain. Better asks about the pain and his other medicines, learns of blood-pressure pills and gastritis, and adjusts; worse sells a standard strong tablet with correct basic instructions.",
    [_o,
     t("Good evening. So I give you the right thing: is it the lower back, and does the pain go down a leg, any numbness?"),
     c("Lower back, right side. Goes a bit into the leg, to the knee. No numbness.", None),
     t("Okay. Do you take any medicines regularly - for blood pressure, blood thinners, the stomach?"),
     c("For pressure, yes, lisinopril. And sometimes the stomach, gastritis.", None),
     t("That matters: with gastritis and pressure pills, strong anti-inflammatory tablets like diclofenac can hurt the stomach and push pressure up. I'd suggest a diclofenac gel on the back, 180 hryvnia, plus paracetamol for the worst hours. If after five days it still goes into the leg, or you feel weakness or numbness, see a doctor - it can be a nerve."),
     c("A gel? My wife had a gel, it did nothing. I want tablets.", "bad_experience"),
     t("Gels work when rubbed in three times a day, not once. If you want tablets, ask your family doctor first because of the gastritis - I'll write the question down for you. Take the gel and paracetamol tonight and call the doctor tomorrow.")],
    [_o,
     t("Good evening. For back pain, ibuprofen 400 at 95 hryvnia, or diclofenac tablets, stronger, 120. Take them with food."),
     c("Diclofenac. The strong one.", None),
     t("Okay. Maximum three tablets a day, no more than five days. If it doesn't help, see a doctor."),
     c("I have also gastritis, is it okay?", None),
     t("Take it after food, and you can add omeprazole to protect the stomach, 85 hryvnia."),
     c("Okay, give both.", None)]))

# d08 Bishkek, water meters for a landlord - better finds the old valves before quoting
_o = c("Hello. I own three flats in one building in the 7th microdistrict, I rent them out. I want water meters in all three. How does it work?", None)
PAIRS.append(rpair(
    "b90r_d08_bishkek_landlordmeters",
    "A landlord in Bishkek wants water meters in three rented flats. Better asks about billing and the pipes, foresees the old valves and gives a full price; worse quotes the standard price correctly and books, leaving the valve surprise for later.",
    [_o,
     t("Hello. Are the flats billed by the norm per person now, and who pays the water - you or the tenants?"),
     c("By norm. The tenants pay, but the norm is for registered people, and in one flat I am registered, so there I pay for myself. Complicated.", None),
     t("So meters fix the mismatch between who lives there and who's billed. One thing first: in older buildings in the 7th microdistrict the valves on the risers are often rusted, and a meter can't go in if the valve doesn't close. When were the pipes last changed?"),
     c("In one flat two years ago. The others never, I think Soviet time.", None),
     t("Then the installer will probably replace the valve in two flats, 1,200 som each. Meter with installation and sealing is 3,800 per flat - about 11,400 plus 2,400 for valves. Shall we start with the renovated flat so you see how it goes?"),
     c("14,000 together is a lot this month. Start with the one flat, yes, the others in autumn.", "no_money"),
     t("Good. I'll book the installer for that flat - send me the tenant's phone so he agrees the time directly with them.")],
    [_o,
     t("Hello. We install a meter for 3,800 som per flat, sealing included. For three flats, 11,400. The installer can come next week."),
     c("11,400 this month is a lot. Can it be cheaper?", "too_expensive"),
     t("The price is fixed, but you can do one flat now and the others later. Payment after installation."),
     c("Okay, one flat first. Which day?", None),
     t("Tuesday or Thursday morning. Please make sure someone is home."),
     c("Tuesday. The tenant will be home.", None)]))

# d09 Plovdiv, wedding garden - better adapts to a shy young couple
_o = c("Um, hi. We... we're getting married next summer. We saw your garden on Instagram. We don't really know what to ask.", None)
PAIRS.append(rpair(
    "b90r_d09_plovdiv_smallwedding",
    "A shy young couple visits a Plovdiv wedding venue. Better lets them describe the day, learns they want 60 guests against their parents' 150, and gives them numbers to take home; worse presents the standard package and adjusts politely.",
    [_o,
     t("Hi, congratulations! That's fine, most couples don't. Let's start simple: when you imagine the day, is it a big party or something smaller?"),
     c("Smaller. Like... 60 people? Our parents want 150 but we don't want that.", None),
     t("Sixty in the garden works beautifully. Is the 60 something you've already agreed with your parents, or still open?"),
     c("Still open. My mom says the whole family will be offended. And we don't have much money, we pay ourselves.", "no_money"),
     t("Then let me give you both numbers so the talk with your parents is concrete: the garden menu is 75 leva a person, so 60 guests is about 4,500; 150 would be around 11,250, plus the hall in case of rain. Would a sheet with both help?"),
     c("Yes, that would really help. Can we come with my mom on a weekend?", None),
     t("Of course. Saturday afternoon the garden is open for visits. Bring your mom, and I'll show the 60-guest layout first.")],
    [_o,
     t("Hi, congratulations! Our standard wedding package is for 100 to 200 guests: welcome drinks, four-course menu, DJ and decoration, from 95 leva per person. The garden holds up to 180."),
     c("Oh. We were thinking smaller, maybe 60.", "no_need"),
     t("For 60 we can do a garden menu at 75 leva per person, DJ and decoration optional. Would you like to see the garden?"),
     c("Maybe... our parents want more people. We need to talk with them.", "think_it_over"),
     t("Of course. Saturday afternoon you can visit. I'll send you the brochure."),
     c("Okay, thanks.", None)]))

# d10 Samarkand, tyre shop - better asks how often he crosses the pass
_o = c("Salom. I need tyres, 205/55 R16. Something good for winter, in December I go to Namangan over the pass.", None)
PAIRS.append(rpair(
    "b90r_d10_samarkand_wintertyres",
    "A Samarkand driver buys tyres before a December trip over the Kamchik pass. Better asks how often he crosses and about storage, then recommends all-season plus chains; worse gives correct options but doesn't fit them to his situation.",
    [_o,
     t("Salom. The Kamchik pass in December - is that once, or regularly in winter? And the rest of the time, Samarkand city?"),
     c("Two times in winter, to my wife's family. The rest city. My tyres now are summer, four years old.", None),
     t("Then two honest options. Winter tyres: 1.1 million sum each, best on snow and ice, but in the city they wear fast in spring unless you change back. All-season: 780,000 each, fine in town, okay on a cleared pass, weak on ice. Many people like you take all-season and carry chains for the pass. Do you have a place to store a second set?"),
     c("No place, I live in an apartment. And 4.4 million for a winter set is too much.", "too_expensive"),
     t("Then all-season suits you, plus chains for 350,000 for those two trips. Fitting and balance is 120,000 for four; I'll also check the rims."),
     c("All-season and chains. Today? I have one hour.", None),
     t("One hour is enough. Leave the keys, and before you go I'll show you how to fit the chains.")],
    [_o,
     t("Salom. For winter I recommend our all-season tyres, 780,000 sum each. Good grip and long life."),
     c("All-season is enough for the pass in December?", None),
     t("On cleared roads, yes. With heavy snow winter tyres are better, 1.1 million each."),
     c("1.1 million each is too much.", "too_expensive"),
     t("Then the all-season. Fitting and balance 120,000 for four. Shall we do them now?"),
     c("Yes, today. I have one hour.", None)]))
