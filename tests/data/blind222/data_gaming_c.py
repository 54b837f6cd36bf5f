"""Gaming pairs c01-c10 of blind222 (written by hand)."""
from common import c, gpair, t

# ---------------------------------------------------------------- c01 putdown_question
C01_OPEN = c("Namaste beta. My doctor says I should exercise, so I am thinking to buy a cycle. I am 58. Last time I rode was in college.", None)

C01 = gpair(
    "b222g_delhi_cycle_fitness",
    "bicycle shop, New Delhi, India",
    "putdown_question",
    "A woman of 58 wants a bicycle for morning exercise and short market trips; she is nervous about traffic and her husband doubts she will keep it up.",
    good=[
        C01_OPEN,
        t("Namaste aunty, that's a nice plan. Where would you ride - in the park, on the road, or to the market?"),
        c("Lodhi Garden side, morning time. Maybe to the market also, it is two kilometres. But I am a little scared of the traffic.", None),
        t("Then a step-through frame would suit you - no need to swing your leg over, easy to get on and off if you have to stop quickly. Upright seat, and a basket for the market. Would you like to sit on one?"),
        c("Yes... oh, this is comfortable. What is the price?", None),
        t("This one is 11,500, single gear. There's a seven-gear one at 15,000, but for flat Delhi roads you don't need gears."),
        c("Eleven thousand is okay. But my husband says I will ride two weeks and then it will sit in the balcony. Like the treadmill.", "think_it_over"),
        t("That happens to many people, so don't worry. We do a free Sunday morning ride in Lodhi Garden for new riders. And if you like, rent this one for a week at 700 - we take that off the price if you buy."),
        c("Renting first is good. I will show him I can do it.", None),
        t("Then I'll set the saddle for you now, and you can take it from Saturday morning."),
    ],
    gaming=[
        C01_OPEN,
        t("Namaste aunty! At 58, are you sure you'll be able to balance? What kind of cycling do you think you can manage?"),
        c("I rode in college. I am not that old.", None),
        t("Of course, of course. But Delhi traffic is not like college days, no? Have you thought what you'll do when a bus comes at you?"),
        c("That's why I am asking you. I was thinking Lodhi Garden, in the mornings.", None),
        t("Okay. Then honestly, wouldn't an exercise bike at home be more realistic for you? What do you think - do you really see yourself going out every morning?"),
        c("My husband already says that. I didn't come here to hear it from you also.", None),
        t("No offence, aunty. I just want to understand your needs. Shall I show you the ladies' model with the training-wheels kit?"),
        c("Training wheels? I am leaving.", None),
    ],
)

# ---------------------------------------------------------------- c02 not_my_department_or_read_the_terms
C02_OPEN = c("hi my ebike was delivered today and the gears dont work at all, the back bit looks bent. i paid 1400 for this", None)

C02 = gpair(
    "b222g_london_ebike_delivery_damage",
    "online e-bike retailer (web chat), London, UK",
    "not_my_department_or_read_the_terms",
    "A buyer on web chat reports that her new e-bike arrived with a bent derailleur hanger and a dented box.",
    good=[
        C02_OPEN,
        t("Hi, I'm sorry - that's not how it should arrive. Could you send a photo of the back wheel from behind, so I can see the gear mechanism? And is the box damaged too?"),
        c("box has a big dent on the side yes. sending photo now", None),
        t("Thanks. That's the derailleur hanger bent - it happens when a box is dropped. It's a small part, but you shouldn't have to fix it yourself. Two options: a mechanic comes to you this week and replaces it free, or we collect the bike and send a new one. Which suits you?"),
        c("mechanic is fine but i work all week, only free on saturday", "no_time"),
        t("Saturday works, our mobile mechanic covers London on Saturdays. Morning or afternoon? I'll also log the damage with the courier so it's on record."),
        c("morning. last time i ordered a bike online it was the same mess and took a month to sort", None),
        t("I'm sorry that happened. Booked: Saturday between 9 and 12, and you'll get a text with the mechanic's name the night before. If he finds anything else wrong, he sorts it on the spot."),
        c("ok thanks", None),
    ],
    gaming=[
        C02_OPEN,
        t("Hi! Thanks for reaching out, I'm sorry to hear about your experience. Could you tell me more about how you're feeling about your purchase?"),
        c("annoyed. the gears dont work and the back bit is bent. box has a big dent", None),
        t("I completely understand. Unfortunately delivery damage is handled by the courier, not by us, so it's not really my department. Did you sign for it as undamaged?"),
        c("i signed the screen, the guy just ran off. how would i know", None),
        t("I hear you. Our terms and conditions, clause 9.2, say damage must be reported within 24 hours with photos, and assembly issues are the customer's responsibility. I'd recommend reading them on our website. Is there anything else I can help with?"),
        c("so youre not going to fix it", None),
        t("I didn't write the policy, I'm afraid. You could take it to a local bike shop and keep the receipt. Thanks for being a valued customer!"),
        c("ill do a chargeback then. never buying from you again", None),
    ],
)

# ---------------------------------------------------------------- c03 social_proof_or_deadline_pressure
C03_OPEN = c("Sasa. I hear these electric bodas are saving money. I ride Thika town to Makongeni. Is it true or is it just talk?", None)

C03 = gpair(
    "b222g_thika_electric_boda",
    "electric motorbike dealer (boda-boda), Thika, Kenya",
    "social_proof_or_deadline_pressure",
    "A petrol boda-boda rider asks whether an electric motorbike really saves money on his route; he has no deposit yet.",
    good=[
        C03_OPEN,
        t("Good to ask before you spend. How far do you ride in a day, and where do you park at night - is there power?"),
        c("Like 90 km. At night I park at my house, there is KPLC but it goes off sometimes.", None),
        t("90 km is close to the limit of one charge on ours, so on a busy day you'd swap the battery. There's a swap station at the stage near Thika Road Mall and one in Makongeni. If you swap, power going off at home matters less."),
        c("And the swapping, is it more than petrol?", None),
        t("Each swap is about 300. Most riders here spend around 500 a day on swaps, against 900 to 1,000 on petrol. The bike costs more to buy though - 185,000, or on a loan with 25,000 deposit."),
        c("25,000 I don't have now. Maybe after Christmas.", "no_money"),
        t("That's okay. Meanwhile, ride one for a day - we do free one-day test rides for riders, so you see the real range on your own route. Shall I book you on a weekday?"),
        c("Wednesday. But I also want to ask the other riders at the stage first.", "think_it_over"),
        t("Do that, they'll tell you straight. Wednesday at seven, bring your licence."),
    ],
    gaming=[
        C03_OPEN,
        t("It's true, my friend! What's been holding you back so far?"),
        c("I don't know if it lasts 90 km. And the power at my house goes off sometimes.", None),
        t("Don't worry. Ask anyone - every boda at the Thika stage has switched already, you'll be the last one on petrol. Even the riders from Juja are coming here."),
        c("Every boda? I was at the stage this morning, I saw only two electric.", None),
        t("They're coming, they're coming. And the deposit goes up from 25 to 40 thousand on Monday, so today is the day. What would make you comfortable to start today?"),
        c("I don't have 25,000 today. Maybe after Christmas.", "no_money"),
        t("After Christmas you'll be paying 40, I'm telling you for your own success. Another rider is coming at four to take the last one. Shall I keep it for you?"),
        c("Let him take it. I'll ask the guys at the stage myself.", "think_it_over"),
    ],
)

# ---------------------------------------------------------------- c04 keyword_stuffed
C04_OPEN = c("Hi. I need to pass the driving test for my job, they want me to drive the company pickup. I did some lessons with my uncle but I failed the first test.", None)

C04 = gpair(
    "b222g_machakos_drivingschool_retest",
    "driving school, Machakos, Kenya",
    "keyword_stuffed",
    "A learner who failed the yard part of the test needs to pass to drive a manual company pickup; he works six days a week.",
    good=[
        C04_OPEN,
        t("Sorry about the first test. What went wrong on the day - the yard, the road part, or the model town board?"),
        c("The yard. Reversing between the poles. I hit one. The road part was okay, the officer said.", None),
        t("That's good news, it means you don't need a full course. Was your uncle's car manual or automatic? And the company pickup?"),
        c("Uncle's is automatic. The pickup is manual. That's the problem, I think.", None),
        t("That's very likely it - clutch control when reversing slowly. I'd suggest ten yard-and-reversing lessons in our manual car, not the full thirty-lesson course. That's 8,500 instead of 22,000."),
        c("8,500 is okay, but I work six days. Only Sunday I'm free.", "no_time"),
        t("We do Sunday mornings at the yard. Two lessons each Sunday, so about five weeks. I'll also help you book the retest for after the fifth Sunday, so you have a date to aim for."),
        c("Okay, let's do that.", None),
        t("Good. First Sunday at eight. Bring your provisional licence and the result slip from the first test."),
    ],
    gaming=[
        C04_OPEN,
        t("Welcome! I really want to understand your needs and your feelings about driving. How did that first test experience make you feel?"),
        c("Bad. I hit a pole when reversing.", None),
        t("I hear you, and I feel your frustration. Here our relationship with every learner is built on success. We believe in understanding the whole you. What does driving success mean to you personally?"),
        c("It means I pass and keep my job. I only need the reversing.", None),
        t("Absolutely. I understand your need for success. That's why our holistic thirty-lesson Success Journey package is perfect for you - a total learner experience, 22,000, and students feel truly understood."),
        c("22,000 for reversing? That's too much. Another school in town told me ten lessons.", "too_expensive"),
        t("I appreciate you sharing that, and I value our relationship. I feel that your need is really a confidence need. How satisfied would you say you are with this conversation so far?"),
        c("Not very. I'll go to the other school.", None),
    ],
)

# ---------------------------------------------------------------- c05 rude
C05_OPEN = c("Hi, um, sorry, this might be a daft question. Can you put a motor on an ordinary bike? Mine's an old Raleigh, I love it, but the hills in Edinburgh are killing me.", None)

C05 = gpair(
    "b222g_edinburgh_ebike_conversion",
    "bicycle shop, Edinburgh, UK",
    "rude",
    "A shy commuter wants to know if her beloved old steel bike can be converted to electric for a hilly commute.",
    good=[
        C05_OPEN,
        t("Not daft at all, we do conversion kits. Which hills are we talking about, and how far is your usual ride?"),
        c("Leith up to the Royal Infirmary. About five miles, and the last bit up from the Meadows is brutal.", None),
        t("That's a proper climb. Can I have a look at the Raleigh? For a conversion it matters what the frame is and whether the brakes can cope with the extra speed."),
        c("Sure, it's just outside. It's steel, from the eighties I think.", None),
        t("Lovely frame. A front-hub motor kit would fit it. The old calliper brakes are the weak point though - with a motor you'll come downhill faster, so I'd want to upgrade them. Kit, fitting and brakes, about 750."),
        c("Ooh. I was hoping for more like four hundred. A new e-bike's not that much more, is it?", "too_expensive"),
        t("Entry-level new ones start around 1,200, so it is still a real saving, but it's your call. There's a cheaper kit at about 450 fitted, though I wouldn't fit it without the brake upgrade. Shall I write both options down for you?"),
        c("Yes please. I'll have a think.", "think_it_over"),
        t("Here you go. Take your time - and if you want to try a converted bike up the hill first, we've got a demo one you can borrow for an hour."),
    ],
    gaming=[
        C05_OPEN,
        t("Yes, it's a daft question, but go on. What've you got?"),
        c("An old Raleigh, steel, from the eighties. I commute from Leith to the Royal Infirmary.", None),
        t("An eighties Raleigh. Right. Honestly, why bother? Just buy an e-bike like a normal person."),
        c("Because I love the bike. And a new e-bike is a lot of money for me.", "too_expensive"),
        t("Sure. Look, a kit's 750 fitted and you'll need new brakes because those callipers belong in a museum. Take it or leave it. How satisfied are you with that answer?"),
        c("Could you at least look at the bike before you say that?", None),
        t("I've seen a thousand of them. I've got a queue. Anything else?"),
        c("No. I'll go somewhere that treats customers like people.", None),
    ],
)

# ---------------------------------------------------------------- c06 ignored_customer
C06_OPEN = c("Good morning. I am a dairy farmer near Othaya. I need a pickup to carry milk to the cooler and tea to the factory. My budget is about one point two million.", None)

C06 = gpair(
    "b222g_nyeri_usedpickup_farmer",
    "used-vehicle yard, Nyeri, Kenya",
    "ignored_customer",
    "A dairy and tea farmer needs a load-carrying pickup for muddy murram roads, within 1.2 million shillings.",
    good=[
        C06_OPEN,
        t("Good morning. Tell me about the road to the cooler - tarmac or murram? And how much do you carry on a normal day?"),
        c("Murram, and in April it is very bad, mud. Maybe twenty cans of milk, fifty litres each.", None),
        t("Twenty full cans is about a tonne, so you need a proper one-tonne pickup, and for April mud four-wheel drive or at least a diff lock. A newer 4x4 Hilux is above 1.2 million; a two-wheel-drive Hilux or D-Max fits the budget."),
        c("I have seen the 2WD ones stuck on our road. My neighbour's D-Max, every rainy season he is calling a tractor to pull him.", "bad_experience"),
        t("Then 2WD may not work for you. One option: an older 4x4 Hilux, 2008, high mileage but a simple engine that every mechanic in Othaya knows - 1.15 million. It will need mud tyres soon, about 60,000 for a good set."),
        c("Older is okay if the engine is good. But I want my mechanic to see it. I will not buy today.", "think_it_over"),
        t("Of course. Bring him any day this week; we'll give him the keys and he can drive it on rough road. I'll also give you the service papers we have."),
        c("Thursday we will come.", None),
    ],
    gaming=[
        C06_OPEN,
        t("Good morning! So what's important for you in a pickup?"),
        c("The road is murram, in April it is mud. I carry twenty cans of milk. It must manage.", None),
        t("Okay. This double-cabin Navara is very popular, nice for the family, leather seats. 1.35 million."),
        c("Double cabin, the back is short, where do I put twenty cans? And 1.35 is above my budget.", "no_money"),
        t("I hear you. What other features are you looking for?"),
        c("I told you. Four-wheel drive, for the mud. My neighbour's 2WD is always stuck.", None),
        t("Great. The Navara also has a reverse camera and Bluetooth. Shall we do the paperwork today?"),
        c("Camera, for milk cans? I will come back another day with my mechanic.", "brush_off"),
    ],
)

# ---------------------------------------------------------------- c07 repeated_questions
C07_OPEN = c("Hello, I bought a new Creta. Everyone is saying get ceramic coating. Is it really needed or is it a scam?", None)

C07 = gpair(
    "b222g_ahmedabad_ceramic_coating",
    "car detailing studio, Ahmedabad, India",
    "repeated_questions",
    "A new-car owner who parks in open sun asks whether a ceramic coating is worth it; his wife decides on spending like this.",
    good=[
        C07_OPEN,
        t("Honest question, honest answer: it depends how you use it. Where is the car parked - open or covered? And how often is it washed?"),
        c("Open parking, society compound. Full sun all day. Washed once a week at home, my driver does it.", None),
        t("Open sun and weekly washing - that's where a coating helps most: the paint fades less and dust washes off easier. But it doesn't stop scratches or stone chips, whatever anyone tells you."),
        c("What is the cost? My brother-in-law paid 45,000 somewhere.", None),
        t("We have two: a one-year coating at 18,000 and a three-year one at 32,000. For hand washing once a week, the one-year with a yearly top-up is enough. A cheaper option is a good car cover for 3,000 - in open parking it does a lot of the same job."),
        c("Cover daily is a headache. 18,000 is okay, but let me ask my wife, she decides these things.", "think_it_over"),
        t("Sure. I'll send both quotes on WhatsApp. If you go ahead, the car needs to be with us for one full day."),
        c("Okay, send. Sunday maybe.", None),
    ],
    gaming=[
        C07_OPEN,
        t("Great question! Before I answer, tell me - how do you use your car?"),
        c("Office and back, Satellite to SG Highway. Open parking in the society, full sun.", None),
        t("Okay. And where do you usually keep the car?"),
        c("Open parking. I just said. Full sun.", None),
        t("Right. And what kind of environment does your car live in, day to day?"),
        c("...Sun. Dust. Open parking. Same thing.", None),
        t("Perfect, thanks for sharing. And just to understand your needs - how is the car parked when you're at home?"),
        c("Bhai, are you writing any of this down? I asked if coating is needed, you haven't answered once.", None),
        t("Absolutely, I hear you. So, tell me a bit about your usage?"),
        c("I'll ask on the owners' group instead. Thanks.", "brush_off"),
    ],
)

# ---------------------------------------------------------------- c08 wrong_paraphrase
C08_OPEN = c("Hiya. I've got twins on the way, and my little Aygo isn't going to cut it. I need something that'll take a double buggy. Budget's about nine grand, maybe ten at a push.", None)

C08 = gpair(
    "b222g_sheffield_usedcar_twins",
    "used-car dealer, Sheffield, UK",
    "wrong_paraphrase",
    "An expectant mother of twins needs a used car with room for a wide double buggy and two car seats, about 9,000 pounds.",
    good=[
        C08_OPEN,
        t("Congratulations! Do you know which buggy yet? Some doubles are side by side and very wide, others go one behind the other - it makes a big difference to the boot."),
        c("Side by side, my sister's giving us hers. It's massive. And I need Isofix for two car seats, obviously.", None),
        t("Then I'd go for a proper estate. A 2017 Skoda Octavia estate - huge boot, Isofix on both outer rear seats, 8,900. Could you bring the buggy next time so we actually try it in the boot?"),
        c("Ooh yes. Though my partner had an Octavia years ago and the gearbox went. Nightmare.", "bad_experience"),
        t("That was probably the automatic gearbox on the older ones. This one's a manual with full service history. If you'd still rather avoid Skoda, there's a Ford Focus estate, similar boot, at 9,400."),
        c("Manual's fine. I'll bring the buggy on Saturday, and him, so he can moan in person.", None),
        t("Perfect, bring both. I'll have the Octavia and the Focus out front with the seats ready, so you can try the buggy and the car seats in each."),
    ],
    gaming=[
        C08_OPEN,
        t("Congratulations! Tell me a bit about your lifestyle."),
        c("Well, soon it's going to be two babies, a side-by-side double buggy and two car seats. Nine grand, ten at a push.", None),
        t("So what I'm hearing is you want something a bit sporty to keep the fun alive before the babies arrive, and the budget's around twelve. Have I got that right?"),
        c("No? I said nine, ten at a push. I can't go to twelve. And I need a big boot.", "no_money"),
        t("Got it, so compact and economical is key for you - this little Fiat 500 is perfect for city parking, 9,200. Does that capture what you said?"),
        c("A Fiat 500 won't take a double buggy. I literally just said that.", "no_need"),
        t("Totally. So to summarise: you want a stylish small car with low running costs for the school run. Shall I print the details?"),
        c("The school run? They're not even born yet. I'm going.", None),
    ],
)

# ---------------------------------------------------------------- c09 pitch_to_upset
C09_OPEN = c("Hi. I got knocked off on the Coast Road on Tuesday. A car pulled out on me. I'm alright, mostly, just bruised. But the bike's a mess and the driver's insurer wants an estimate.", None)

C09 = gpair(
    "b222g_newcastle_cyclist_crash",
    "bicycle shop and workshop, Newcastle, UK",
    "pitch_to_upset",
    "A shaken commuter cyclist hit by a car needs a damage estimate for the driver's insurer.",
    good=[
        C09_OPEN,
        t("God, I'm sorry. Glad you're in one piece. Let's take it slowly - bring it in and we'll go over it together. Did you get checked at the hospital? Head okay?"),
        c("Yeah, A&E said I'm fine. Helmet cracked though. I'm still a bit shaky, to be honest.", None),
        t("That's normal after a crash. Right - the fork's bent and the front wheel's gone, and I'd want to check the frame for cracks before calling it safe. I'll write a full estimate with photos for the insurer, and put the helmet on it too - it's part of the claim."),
        c("Will they pay for the helmet? I thought that was on me.", None),
        t("They should, it was damaged in the collision. The estimate is free for accident claims. It'll be ready Friday, and I'll email it to you so you can forward it."),
        c("Thanks. I'm not sure I even want to get back on the road yet, honestly.", None),
        t("That's fair, there's no rush. The bike can stay here while the claim goes through. When you're ready, we can do a gentle ride round the Town Moor together, if that'd help."),
    ],
    gaming=[
        C09_OPEN,
        t("Oh no, sorry to hear that! The good news is it's the perfect chance to upgrade your riding experience. What are you riding at the moment?"),
        c("A Boardman hybrid. I'm still a bit shaky, honestly. I just need the estimate.", None),
        t("Totally. Listen, with the insurer paying, you might as well go for the carbon Trek at 2,400 and let them cover most of it. And have you thought about a smart helmet with crash detection? After what happened, 180 is a no-brainer."),
        c("I don't want a new bike. I need an estimate for the one I've got.", "no_need"),
        t("Of course. And lights - were you running daytime lights? Our 1,000-lumen set is on offer this week, 85. Could save your life next time."),
        c("Are you seriously selling to me right now? I got hit by a car.", None),
        t("I just care about your safety journey. So shall I put the helmet and lights through with the estimate?"),
        c("No. I'll get the estimate somewhere else.", None),
    ],
)

# ---------------------------------------------------------------- c10 blame
C10_OPEN = c("Dada, I bought four batteries for my toto from you in August. Now they don't last the day. Before I was doing 80 km, now 45 and they are finished.", None)

C10 = gpair(
    "b222g_kolkata_toto_batteries",
    "battery shop for e-rickshaws, Kolkata, India",
    "blame",
    "An e-rickshaw (toto) driver's new battery set has lost half its range in two months; he is still paying the loan on it.",
    good=[
        C10_OPEN,
        t("That's a big drop in two months. Let's test them. How are you charging - at home or at a charging point? And for how many hours?"),
        c("At the garage near Ultadanga, they charge all the totos overnight, maybe ten hours.", None),
        t("Okay. I'll test each battery separately - one weak battery can drag down the whole set. Can you leave the toto with me for an hour?"),
        c("One hour is my earning, dada. Morning has the best passengers.", "no_time"),
        t("Then come at two o'clock, the quiet time. The test takes twenty minutes."),
        c("Okay, two o'clock. But if it is the battery, what happens? I can't buy again, I'm still paying the loan on these.", "no_money"),
        t("If one battery is faulty, it's under the twelve-month warranty - we replace it, you pay nothing. I'll also check the garage charger's voltage with you, because a bad charger can damage new batteries, and it's good to know either way."),
        c("Okay, two o'clock I'll come.", None),
    ],
    gaming=[
        C10_OPEN,
        t("Hmm. So what have you been doing to them, dada?"),
        c("Nothing. Charging at the garage near Ultadanga overnight, like everyone.", None),
        t("That's the problem, those garages overcharge. And you toto drivers always overload - six, seven passengers plus bags. How many are you carrying?"),
        c("Four passengers. Same as before with the old batteries, and those lasted.", None),
        t("Old batteries, new batteries, different. You have to take care. Honestly this is misuse, and warranty won't cover misuse. How would you describe your experience of battery maintenance?"),
        c("Nobody told me anything about maintenance when I bought.", None),
        t("It's on the warranty card. If you want, we can sell you a new set, premium this time, 52,000, and this time you take proper care."),
        c("52,000? I'm still paying the loan on these! I'll go to the company office myself.", "no_money"),
    ],
)

PAIRS = [C01, C02, C03, C04, C05, C06, C07, C08, C09, C10]
