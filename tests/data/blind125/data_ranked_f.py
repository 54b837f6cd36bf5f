"""Ranked pairs f01-f10 (blind125): shared turns, one fault in worse plus the customer's reaction."""
from common import c, rpair, t

PAIRS = []

# f01 fault: argues with the customer
o = c("Hi, my tyre pressure light keeps coming on, but I've checked them all and they're fine. Is the sensor broken?", None)
t1 = t("Could be. When did you check them, hot or cold, and what did they read?")
c1 = c("This morning at the petrol station, all 35, which is what the door says.", None)
t3 = t("We'll plug in the reader; it shows which sensor is dead. Ten minutes, no charge. A new sensor is about 45 pounds fitted.")
c3 = c("Fair enough. Hopefully it's only the one.", None)
t4 = t("Usually it is. We'll know in ten minutes, then you decide.")
PAIRS.append(rpair("b125r_f01_swansea_tpms_sensor",
    "Tyre shop, Swansea UK. The tyre pressure warning keeps coming on though the pressures are right.",
    [o, t1, c1, t("Okay, 35 is right. Sensor batteries often die after seven or eight years. How old is the car?"),
     c("2015, so about that, I suppose.", None), t3, c3, t4],
    [o, t1, c1, t("To be honest the sensors are almost never wrong. If it says one's low, one's low. Forecourt gauges are rubbish."),
     c("I checked all four, twice. I'm not making it up.", None), t3, c3, t4]))

# f02 fault: doubts the customer's honesty
o = c("I want to trade in my 2017 Camry. Sixty-two thousand miles, never been in an accident.", None)
t1 = t("Thanks. Any service records, and do you still owe anything on it?")
c1 = c("Records are in the glovebox. It's paid off.", None)
t3 = t("History's clean, and the appraiser has it at $16,800 on condition and mileage. Here's how we got there.")
c3 = c("I was hoping for eighteen. The websites all said more.", "too_expensive")
t4 = t("Online numbers are often retail. I can show you the three auction sales we compared against, then you decide.")
PAIRS.append(rpair("b125r_f02_lasvegas_tradein_appraisal",
    "Car dealership, Las Vegas US. A customer offers a trade-in and states its history.",
    [o, t1, c1, t("Great, that helps the value. I'll run the VIN history and have our appraiser look it over, about twenty minutes."),
     c("Sure, I'll grab a coffee.", None), t3, c3, t4],
    [o, t1, c1, t("We'll see about 'never in an accident', everybody says that. I'll run the history before I believe anything."),
     c("Wow. Run whatever you want, but I don't love being called a liar.", None), t3, c3, t4]))

# f03 fault: drops the price before asking anything
o = c("Morning. The car's out of its service plan now. Do you sell extensions, and what do they cost?", None)
t2 = t("At 20,000 a year that's three services, about R3,500 each now, and the plan locks the price against increases. It pays off if you keep the car three years.")
c2 = c("Hmm. Money is tight this year, but I hate surprise bills.", "no_money")
t3 = t("Then the monthly option may suit, about R250 a month. Shall I print both for you to take home?")
c3 = c("Yes, print them please. I'll look at it with my wife.", "think_it_over")
PAIRS.append(rpair("b125r_f03_pietermaritzburg_service_plan",
    "Dealership service desk, Pietermaritzburg ZA. A customer asks about extending a service plan.",
    [o, t("We do. How many kilometres a year do you drive, and how long will you keep the car?"),
     c("About 20,000 a year. Maybe three more years, till my son finishes school.", None), t2, c2, t3, c3],
    [o, t("We do, and I'll give you 15 percent off right now: R7,650 instead of R9,000 for three years."),
     c("Okay... I didn't ask for a discount yet. I do about 20,000 a year, if that matters.", None), t2, c2, t3, c3]))

# f04 fault: an unasked lecture
o = c("Hi, after a second-hand scooter for uni. Under three grand if possible.", None)
t1 = t("Sure. How far is uni, and any hills or highway on the way?")
c1 = c("About 8 k. Sandy Bay, so yeah, hills.", None)
t3 = t("This one's $2,600, 9,000 km, new tyres. The other's $2,900 with a top box.")
c3 = c("The $2,600 one. Could you do two-four? It's all I've got saved.", "no_money")
t4 = t("I can do $2,500 if you take it as it is. Want a test ride?")
PAIRS.append(rpair("b125r_f04_hobart_uni_scooter",
    "Motorbike and scooter dealer, Hobart AU. A student wants a cheap used scooter for uni.",
    [o, t1, c1, t("Hills mean a 125 rather than a 50, or you'll crawl up them. We've two 125s under three grand."),
     c("Cool. Can I see them?", None), t3, c3, t4],
    [o, t1, c1, t("Hills mean a 125. And look, before we go on: young riders are way over-represented in crash stats, so think hard about whether you're ready, and wear full gear, not shorts like most students."),
     c("Uh, I've ridden my dad's for two years. Can I just see the scooters?", None), t3, c3, t4]))

# f05 fault: a vague next step
o = c("My van's broken down on the A47, and I've got fresh flowers for a wedding at two!", None)
t1 = t("Right, let's get you moving. Are you safely off the road, and where exactly?")
c1 = c("Layby just past Dereham, westbound. Engine light came on and it lost power.", None)
t2 = t("A patrol can be with you in about 45 minutes. If he can't fix it there, we can tow you to the venue first, it's within our onward limit. Where is it?")
c2 = c("Swaffham. Can you not get someone quicker? Forty-five minutes is cutting it fine.", None)
PAIRS.append(rpair("b125r_f05_norwich_recovery_wedding_flowers",
    "Roadside recovery call centre, Norwich UK. A florist's van breaks down before a wedding delivery.",
    [o, t1, c1, t2, c2, t("I've flagged it time-critical; the patrol is finishing a job six miles away. He'll text his ETA within ten minutes, and I'll call you at 12:30 if he's not there."),
     c("Okay. 12:30. Thank you.", None)],
    [o, t1, c1, t2, c2, t("I'll put a note on it. We'll let you know when someone's on the way."),
     c("When, though? I need to know whether to ring the bride.", None)]))

# f06 fault: over-promises
o = c("We ordered the minivan in June. The baby's due in three weeks, and I need to know it'll be here.", None)
t1 = t("Congratulations! Let me pull up the order. Your build is scheduled, it's with the factory this week.")
c1 = c("So when does it actually get here?", None)
t3 = t("On delivery day we'll fit your car seat base too; it takes ten minutes.")
c3 = c("Nice. We've got the seat already, my sister found one on sale.", None)
PAIRS.append(rpair("b125r_f06_detroit_minivan_delivery",
    "Car dealership, Detroit US. Expectant parents chase a factory-ordered minivan.",
    [o, t1, c1, t("Usually two to four weeks after build, depending on rail. I can't promise three. If it's not here by the due date, I'll arrange a loaner minivan."),
     c("Okay, a loaner would be a relief. Thanks for being honest.", None), t3, c3],
    [o, t1, c1, t("Oh, it'll definitely be here in under two weeks, guaranteed. No problem at all."),
     c("Guaranteed? Great, I'll hold you to that.", None), t3, c3]))

# f07 fault: closes before checking the thing is needed / works
o = c("Battery for my Ténéré 700, it won't turn over.", None)
t1 = t("What year? And has it been sitting a while?")
c1 = c("2019. Sat three months while I was away working.", None)
t2 = t("Three months can flatten a good battery. This one fits, $149. But yours might only need a charge.")
c2 = c("A hundred and fifty for a bike battery? Mate.", "too_expensive")
PAIRS.append(rpair("b125r_f07_townsville_bike_battery",
    "Motorbike parts counter, Townsville AU. A rider whose bike sat for months wants a battery.",
    [o, t1, c1, t2, c2, t("Bring the old one in and we'll test it free. If it takes a charge, you're out ten bucks, not a hundred and fifty."),
     c("Legend. It's in the ute, back in five.", None)],
    [o, t1, c1, t2, c2, t("That's the going rate. Want me to ring it up?"),
     c("Yeah, fine, I guess. Whatever gets it going.", None)]))

# f08 fault: unexplained jargon
o = c("Hello. My bakkie makes a grinding noise when I change gears. I use it on the farm, I can't be without it long.", None)
t1 = t("Which gears, and is it when the engine is cold or all the time?")
c1 = c("Mostly second and third. Worse in the morning.", None)
t3 = t("A gearbox oil change is R850 and we can do it today. If it still grinds in a month, we look at a rebuild, about R14,000.")
c3 = c("Fourteen thousand is more than the bakkie is worth. Let's try the oil first.", "too_expensive")
t4 = t("Good plan. Leave it with us until four.")
PAIRS.append(rpair("b125r_f08_polokwane_bakkie_gearbox",
    "Independent gearbox workshop, Polokwane ZA. A farmer's bakkie grinds when changing gear.",
    [o, t1, c1, t("That sounds like the synchros: small rings inside the gearbox that match the speeds so gears slide in quietly. When they wear, you get that grind. Fresh oil sometimes helps for a while."),
     c("Ah, so the rings are tired. How much for the oil first?", None), t3, c3, t4],
    [o, t1, c1, t("Sounds like synchro wear, maybe the baulk rings. We'd check the fluid viscosity and the selector forks before a full rebuild."),
     c("Sorry, I don't know what that means. Is it bad? Must I buy a new gearbox?", None), t3, c3, t4]))

# f09 fault: recommends before asking
o = c("Hi there. I've a new job in Derry, so I'll be commuting from Belfast a couple of days a week. My old car won't be up to it.", None)
t2 = t("So up to 400 miles a week, mostly motorway. A diesel or a hybrid would suit, and a bigger engine is quieter at seventy. What budget are you working with?")
c2 = c("Around twelve thousand.", None)
t3 = t("There's a 2018 diesel hatch at 11,450 with full history, and a hybrid at 12,300 if you can stretch. Drive the diesel on the motorway loop?")
c3 = c("Aye, the diesel. I'd want to see the hybrid's fuel figures before I'd stretch, though.", "think_it_over")
PAIRS.append(rpair("b125r_f09_belfast_commuter_car",
    "Used car dealership, Belfast UK. A customer needs a car for a long new commute.",
    [o, t("That's a long run, about seventy miles each way. How many days exactly, and what are you driving now?"),
     c("Two days a week, sometimes three. An old 1.2 petrol hatch, it screams on the motorway.", None), t2, c2, t3, c3],
    [o, t("Then you want a diesel estate. We've a lovely 2020 one here at 16,995."),
     c("An estate? It's just me. I've an old 1.2 petrol hatch, it screams on the motorway. Two or three days a week.", "no_need"), t2, c2, t3, c3]))

# f10 fault: talks about themselves instead of the customer
o = c("I'm riding to Alaska in June on my V-Strom. Need tires that'll handle the gravel on the Dalton.", None)
t1 = t("That's a big trip. How much gravel versus pavement, and are you carrying luggage or a passenger?")
c1 = c("Maybe twenty percent gravel. Solo, but fully loaded, panniers and a tent.", None)
t3 = t("The 50/50 set is $310 fitted. I'd mount them about 500 miles before you leave so they're scrubbed in.")
c3 = c("Three-ten is more than I planned, but I'd rather not be stuck in the Yukon.", "too_expensive")
t4 = t("Book the fitting for late May, and I'll note the rear size you'll want to pick up on the way.")
PAIRS.append(rpair("b125r_f10_saltlake_adventure_tires",
    "Motorcycle tire shop, Salt Lake City US. A rider plans a long trip to Alaska.",
    [o, t1, c1, t("Loaded with 20 percent gravel, a 50/50 adventure tire is the balance; knobbies would be worn out before Fairbanks. Plan a rear change around 5,000 miles."),
     c("Good tip, I hadn't planned for a rear change.", None), t3, c3, t4],
    [o, t1, c1, t("Oh man, I did the Dalton in '19. Ran knobbies, camped at Coldfoot, saw a grizzly, best trip of my life. Dropped the bike twice in the mud, ha. Anyway. Tires."),
     c("Cool... so what would you put on my bike?", None), t3, c3, t4]))
