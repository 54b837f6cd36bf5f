"""Ranked pairs d01-d10: both sides decent, `better` clearly better. Written by hand."""
from common import t, c, rpair

PAIRS = []

# d01 - office coffee machine leasing, Lviv, Ukraine (spoken, B2B). Better digs into the doubt.
o = c("Hi, I'm Iryna, office manager at Softbridge, we're about sixty people. We had a leased coffee machine before and, honestly, it was broken half the time. Now the team wants coffee again. What do you offer?", None)
PAIRS.append(rpair(
    "d01_coffee_lviv",
    "An IT company's office manager in Lviv calls a coffee machine leasing firm; their previously leased machine kept breaking down.",
    [o,
     t("Broken half the time is exactly what I'd want to avoid for you. What was going wrong with it, the machine itself or the service when it broke?"),
     c("Both. It was too small for sixty people, it overheated by eleven. And the technician came after four, five days.", None),
     t("Then it was undersized, that's the first thing. Sixty people drink maybe 120 cups a day; you need a machine rated for 200, like the Franke A600. On service: our technician is in Lviv, next working day, and if it's down more than 48 hours in a month, that month's lease is free. It's written in the contract."),
     c("It sounds good on paper. The other company also promised 'fast service', and you see.", "bad_experience"),
     t("Fair. Then try it before any contract: we put it in for two weeks free, you see how it copes with the eleven o'clock rush, and judge us on that."),
     c("Two weeks free, okay. That I can sell to my director.", None)],
    [o,
     t("We have a few options. For an office your size the Franke A600 is popular. Lease is 3,900 hryvnias a month including maintenance, beans billed separately."),
     c("And if it breaks? The last one broke all the time, I don't want this story again.", "bad_experience"),
     t("Our machines are very reliable, and service is included. Technicians respond in one to three working days."),
     c("One to three days. Okay... Send me the offer by email.", "brush_off"),
     t("Of course, I'll email it today."),
     c("Thanks.", None)]))

# d02 - hearing clinic, Sydney, Australia (spoken, consumer, elderly). Better adapts to the person.
o = c("G'day love. My daughter made me come. She says the telly's too loud. I reckon I hear fine, it's just people mumble these days.", None)
PAIRS.append(rpair(
    "d02_hearing_sydney",
    "A reluctant man in his eighties, sent by his daughter, arrives at a hearing clinic in western Sydney.",
    [o,
     t("(sitting down facing him) Good on her for getting you in, and you might be right, some people do mumble. Where is it hardest for you? At home, at the club, on the phone?"),
     c("The club, Fridays. Can't follow a word at the table with all the racket. I just nod along.", None),
     t("That's very common; noisy rooms are usually the first place it shows. Today's test is twenty minutes, free, and nobody will push you to buy anything. Then we'll know whether it's the mumbling or your ears."),
     c("Free, is it? Alright then. But I'm not wearing one of those big beige things behind my ears.", "no_need"),
     t("Fair enough. If you do need something, the newer ones sit in the ear, you'd barely see them. Let's test first and decide after, and your daughter can come in for the results if you like."),
     c("Yeah, get her in for that bit. She remembers things better than me.", None)],
    [o,
     t("Lots of people say that! Let's get you into the booth. We'll do pure tone audiometry and speech-in-noise testing, then discuss options. Our devices start from $2,400 a pair, with pensioner discounts."),
     c("Two thousand four hundred? I'm on the pension, love. I can't be paying that for the telly.", "no_money"),
     t("Understood. There's the government hearing program, which may cover a basic pair for pensioners. Let's do the test and then see."),
     c("Alright, do your test.", None),
     t("Great, follow me.")]))

# d03 - English language school chat, Bogota, Colombia (typed, consumer). Better notices the real purpose.
o = c("hola good afternoon, i want information about english courses. my level is intermediate i think. i have an interview with a canadian company in 6 weeks 😬", None)
PAIRS.append(rpair(
    "d03_english_bogota",
    "A mining engineer in Bogotá messages a language school about English courses; he mentions a job interview in six weeks.",
    [o,
     t("Hola! 6 weeks until the interview, that's the key thing. Is it for a specific role? And will it be by video?"),
     c("yes video, for a mining engineer role in Toronto. i read and write ok but speaking i freeze", None),
     t("Then I'd skip the general course for now. We have 1:1 interview prep: 12 sessions, 3 a week, with mock interviews using real questions for engineering roles, recorded so you can watch yourself. 1.450.000 COP."),
     c("hmm thats more than i planned, i saw group classes for 600 mil", "too_expensive"),
     t("Yes, the group course is cheaper, but it's 4 hrs a week for 4 months, it won't get you ready in 6 weeks. If budget is tight, 8 sessions for 980.000 still covers the mock interviews. Want a free 20 min level check today, so the teacher hears you first?"),
     c("ok yes the level check today, 7pm possible?", None)],
    [o,
     t("Hola! Great, we have intermediate courses starting every month. Our B1-B2 group is Tuesdays and Thursdays 6-8pm, 4 months, 600.000 COP per month."),
     c("4 months? my interview is in 6 weeks 😬 that doesnt work", "no_time"),
     t("The course covers all skills, speaking included, so it will definitely help for the interview too. We also have Saturday intensive groups if you want more hours."),
     c("mm ok i will think and write you later", "think_it_over"),
     t("Sure! Registration closes on the 25th 🙂")]))

# d04 - home loan desk of a bank, Mumbai, India (spoken, consumer, anxious first-time buyer). Better offers a low-risk next step.
o = c("Hi, we are looking at a 2BHK in Thane, around eighty-five lakhs. First time buying. Honestly we're scared of the EMI. Both of us are working, but my wife's job is contract.", None)
PAIRS.append(rpair(
    "d04_homeloan_mumbai",
    "A young couple buying their first flat visit a bank's home loan desk; the husband does the talking and worries about the monthly instalment.",
    [o,
     t("Very sensible to be careful. Can I ask your take-home salaries roughly, and how much you've saved for the down payment?"),
     c("I take home one lakh ten, she takes sixty-five. Saved around eighteen lakhs.", None),
     t("Okay. On a sixty-seven lakh loan over twenty years the EMI is about fifty-nine thousand. That's a third of your joint income, manageable, but given her contract I'd check it on your salary alone, and there it's over half. That's tight."),
     c("Yes, that's exactly what worries me. Maybe we should wait a year and see.", "think_it_over"),
     t("Waiting is a fair option. One thing you can do without committing: an in-principle approval. Free, no processing fee, valid six months. It tells you exactly what you'd get, then you look at flats knowing your number, or you wait."),
     c("Free and no commitment? Then okay, let's do that.", None)],
    [o,
     t("Congratulations on taking the step! For eighty-five lakhs we can finance up to eighty percent, sixty-eight lakhs. Our rate is 8.6 percent right now, one of the best."),
     c("And the EMI? We're worried, her job is contract.", None),
     t("For twenty years, around fifty-nine thousand. With both incomes you'll be eligible easily. Processing fee is 0.5 percent, we can start the application today."),
     c("Today? No, I think we need to talk at home first.", "think_it_over"),
     t("Sure, take the brochure, call me anytime."),
     c("Okay, thank you.", None)]))

# d05 - generator service company, Chattogram, Bangladesh (spoken, B2B). Better diagnoses before recommending.
o = c("Hello, I'm Rafiq, admin manager, Karnaphuli Knit Fabrics in Chittagong EPZ. Our 500 kVA generator trips almost every day around noon when the grid goes. Production stops ten, fifteen minutes. The owner is asking me to buy a bigger one.", None)
PAIRS.append(rpair(
    "d05_generator_chattogram",
    "A knitwear factory's admin manager calls a generator supplier because the factory's standby generator trips during power cuts and the owner wants a bigger one.",
    [o,
     t("Before we talk about a bigger set, let's see why it trips. When it trips, is it at the moment of changeover, or after it's been running a while?"),
     c("After... maybe twenty minutes running. Around the time the dyeing section starts the big motors after lunch.", None),
     t("That points to an overload at motor start, not necessarily size. Can I send an engineer to put a load logger on it for two days? If the peak is the dyeing motors starting together, staggering them or soft starters cost a few lakh taka, not a crore for a new generator."),
     c("This week is difficult, we have a buyer audit till Saturday. Can't have people around the genset then.", "no_time"),
     t("Then Sunday. The logger visit is 15,000 taka, and if you buy anything from us later it's deducted."),
     c("Okay, Sunday. I'll tell the owner not to order anything yet.", None)],
    [o,
     t("Yes, if it trips at noon, 500 kVA is too small for your load. I'd recommend our 750 kVA Cummins, we have one in stock in Chittagong, installation in two weeks."),
     c("How much is that?", None),
     t("One crore twenty lakh taka with installation and synchronisation panel. We can take your 500 in exchange, that brings it down by around thirty lakh."),
     c("Ninety lakh is a very big number. The owner won't approve that easily.", "too_expensive"),
     t("I can prepare a proposal with the specifications for the owner."),
     c("Yes, send it.", None)]))

# d06 - bicycle repair shop chat, Tartu, Estonia (typed, consumer, student). Better diagnoses before recommending.
o = c("tere! my bike makes creaking noise when I pedal hard, like uphill by the university. can you fix? how much? I'm student so hopefully not too much 🙏", None)
PAIRS.append(rpair(
    "d06_bike_tartu",
    "A student in Tartu messages a bike shop about a creaking noise when pedalling uphill and worries about the cost.",
    [o,
     t("Tere! Creaks are tricky, it can be pedals, bottom bracket, seatpost or even the saddle. Does it creak when you stand on the pedals, or only when you sit?"),
     c("hmm only when sitting actually. standing its quiet", None),
     t("Then it's probably the saddle or seatpost, not the drivetrain. Often that's just cleaning and grease, 10 eur, 15 min. Bring it in and we check it with you there before doing anything more expensive."),
     c("10 eur ok! can i come tomorrow after 4?", None),
     t("yes, tomorrow after 4 is fine, ask for Kristjan"),
     c("aitäh!", None)],
    [o,
     t("Tere! Creaking when pedalling hard is usually the bottom bracket. Replacing it is 45 eur with labour, and if the chain is worn we'd change that too, 25 eur."),
     c("70 eur?? thats a lot 😅", "too_expensive"),
     t("we check first of course, maybe the chain is ok. bring it in and we look"),
     c("ok maybe next week", "brush_off"),
     t("ok, we're open Mon-Sat 10-18 👍")]))

# d07 - used car lot, Monterrey, Mexico (spoken, consumer, sceptical). Better digs into the doubt.
o = c("Buenas. The white Jetta 2018, it says sixty-two thousand kilometres. Honestly, here in Monterrey everybody rolls back the odometer. Why should I believe yours?", None)
PAIRS.append(rpair(
    "d07_usedcar_monterrey",
    "A sceptical buyer at a used car lot in Monterrey asks why he should believe the mileage on a 2018 sedan.",
    [o,
     t("You're right to ask, it happens a lot. What would convince you? I can show you the service book with the dealer stamps, and the REPUVE check so you see it's not reported stolen."),
     c("Stamps can be fake too, güey. No offence.", None),
     t("None taken. Then take it to your own mechanic, one you trust, on us. He can read the kilometres stored in the engine computer, much harder to fake than the dashboard. If it doesn't match, you walk away."),
     c("My cousin has a taller in San Nicolás. He can check it Saturday?", None),
     t("Saturday works. I'll hold the car for you until Monday, no deposit."),
     c("Órale, deal. Saturday morning.", None)],
    [o,
     t("Totally understand, but our cars are all verified. This one comes with its service history and a three-month warranty on engine and transmission."),
     c("Everybody says verified. I bought a Tsuru from a lot in Apodaca, 'verified', and the engine died in two months.", "bad_experience"),
     t("Sorry to hear that. That's why we give the three-month warranty. And I can show you the service book."),
     c("Hmm. Let me think about it.", "think_it_over"),
     t("Of course, here's my card. Call me anytime.")]))

# d08 - family guesthouse, Galle, Sri Lanka (typed, consumer). Better notices the real purpose.
o = c("Hi, do you have 3 rooms free 20-22 Dec? It's for my family, my parents plus my brother's family. Parents' 40th anniversary is on the 21st 🙂", None)
PAIRS.append(rpair(
    "d08_guesthouse_galle",
    "A woman from Colombo messages a guesthouse in Galle to book three rooms for a family trip around her parents' wedding anniversary.",
    [o,
     t("Hi! Yes, 3 rooms free those dates. Congratulations to your parents, 40 years! Would you like something for the 21st? We can do a private dinner on the rooftop, ocean side, just your family."),
     c("oh that would be lovely! how much is the dinner?", None),
     t("Set menu 6,500 LKR per person, seafood or veg, half for the kids. We can add a small cake with their names. Rooms are 18,000 per night each with breakfast."),
     c("hmm rooms are a bit over what we planned. anything cheaper?", "too_expensive"),
     t("Two of them could be garden rooms at 14,000, quieter, no sea view. I'd keep the sea-view room for your parents."),
     c("perfect, lets do that and the dinner. pls book 🙏", None)],
    [o,
     t("Hi! Yes, 3 rooms available. Sea view rooms are 18,000 LKR per night with breakfast. Shall I book?"),
     c("hmm bit over our budget. anything cheaper?", "too_expensive"),
     t("Garden rooms are 14,000, no sea view."),
     c("ok pls book 2 garden 1 sea view", None),
     t("Done! Send 30% advance to confirm 👍")]))

# d09 - dental clinic, Timisoara, Romania (spoken, consumer, penny-pinching pensioner). Better offers a low-risk next step.
o = c("Good afternoon. Another clinic gave me an offer, 6,500 lei for an implant, lower molar. It's a lot of money for me. My friend went to Serbia and paid half. What does it cost here?", None)
PAIRS.append(rpair(
    "d09_dental_timisoara",
    "A retired man in Timișoara compares prices for a dental implant and mentions a friend who went abroad for cheaper treatment.",
    [o,
     t("Good afternoon. Ours comes to about 5,800 for implant and crown together, but honestly the price depends on whether you have enough bone there, and nobody can tell that without a CT scan. Has anyone done a scan yet?"),
     c("No, the other clinic only looked and gave me the paper.", None),
     t("Then I'd start there. CT and consultation is 250 lei, deducted if you do the treatment with us. You leave with the scan in your hand, so you can compare offers fairly, even with Serbia."),
     c("Hm. And if I don't have the money for the implant this year? My pension is small.", "no_money"),
     t("Then we talk about a bridge, around 3,000, or we split the implant: the screw now, the crown in four months when it's healed, so you pay in two parts anyway."),
     c("Two parts, that helps. Okay, book me the scan.", None)],
    [o,
     t("Good afternoon. Ours is 5,800 lei for implant and crown. We use Swiss implants; the ones in Serbia are often cheaper brands, lower quality."),
     c("Still, 5,800 I don't have now. Maybe next year.", "no_money"),
     t("We have a payment plan with a bank, twelve months, small interest."),
     c("A loan for a tooth? No, thank you. I'll think about it.", "think_it_over"),
     t("As you wish, our door is open.")]))

# d10 - veterinary clinic, Curitiba, Brazil (spoken phone, consumer, anxious). Better adapts to the person and triages.
o = c("Oi, good morning, my dog, Pipoca, she vomited two times this morning and she doesn't want to eat. She's eight. I'm very nervous, I'm alone with her, I don't know if it's serious.", None)
PAIRS.append(rpair(
    "d10_vet_curitiba",
    "A nervous young woman phones a veterinary clinic because her eight-year-old dog has vomited twice and will not eat.",
    [o,
     t("Okay, let's go step by step, you did right to call. Is she drinking water? And is her belly swollen or hard when you touch it gently?"),
     c("She drank a little. Belly is... normal, soft. She's lying on the sofa.", None),
     t("That's reassuring. Did she eat anything unusual yesterday? Bones, plants, something from the trash?"),
     c("Ai... yesterday my neighbour gave her churrasco bones. I didn't want to be rude.", None),
     t("That could be it. I'd like the doctor to see her today, she has 11:30. If before that she vomits again, her belly gets hard, or she can't stand, come straight in, don't wait. Can you bring her by Uber?"),
     c("Yes, Uber I can. But 11:30 I'm at work, I can't leave then. Later is possible?", "no_time"),
     t("There's 17:40 too. With bones I'd rather sooner, so ask your boss if you can, but either way, if anything gets worse, come straight in.")],
    [o,
     t("Vomiting twice can be many things. The best is for the vet to examine her. We have an appointment tomorrow at 9."),
     c("Tomorrow? But what if it's serious? I'm very nervous.", None),
     t("If you're worried, you can come to the emergency service; the urgent consultation is 280 reais."),
     c("280... that's expensive. Okay, I'll wait until tomorrow then, I think.", "too_expensive"),
     t("Okay, tomorrow at 9 then."),
     c("Okay. Tchau.", None)]))
