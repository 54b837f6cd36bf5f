"""Ranked pairs f01-f10 of blind104: both sides share every turn (same variables) except one
trainee turn carrying a single fault in `worse`, and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 Hobart car hire, face to face. Fault: doubts the customer's honesty.
o = c("Hi, returning the Mazda. Just so you know, there's a scratch on the rear bumper - someone must've backed into it in a car park in Launceston while we were at lunch.", None)
a1 = t("Thanks for telling me up front. Was anyone hurt, and did you get any details of the other vehicle?")
b1 = c("No, nobody was in it. We came out of the cafe and it was just there. The owner said a white ute had been parked behind us. I took photos.", None)
a2_good = t("Photos and a witness make this straightforward. You took basic cover, so the excess applies - up to $3,500, but a bumper scratch is usually $400 to $700, and you pay the actual repair up to that.")
b2_good = c("Okay. Seven hundred would hurt, but I get it. What do you need from me?", None)
a2_bad = t("Hmm. A lot of people tell us it was someone else in a car park. You're sure you didn't clip a pole yourself? Photos don't show who did it. Anyway, basic cover, so the excess applies - up to $3,500, though a bumper's usually $400 to $700.")
b2_bad = c("Excuse me? I'm the one who told you about it. I could've just dropped the keys and left.", None)
a3 = t("I'll need a short incident form and the photos emailed through. The cafe owner's name would help too.")
b3 = c("Fine. Her name's Deb, at the cafe on the Tamar. I'll email the photos now.", None)
a4 = t("Thanks. You'll get the repair quote within five working days, and the charge won't be more than that quote. If the ute's ever traced, we refund you.")
PAIRS.append(rpair(
    "b104r_f01_hobart_bumper_scratch",
    "Face to face at a Hobart car hire return desk. A customer volunteers that the car was scratched in a car park while she was away from it.",
    [o, a1, b1, a2_good, b2_good, a3, b3, a4],
    [o, a1, b1, a2_bad, b2_bad, a3, b3, a4]))

# f02 Wellington dental, phone. Fault: unexplained jargon.
o = c("Hi, um, I had a check-up last week and the dentist said I need some work, and I got this treatment plan email but I don't really understand it. It's like, nine hundred dollars?", None)
a1 = t("Sure, I can go through it with you. Can I get your name and date of birth?")
b1 = c("Lily Chen, fourteenth of March, '96.", None)
a2_good = t("Thanks, Lily. It's two things. One is a filling on a lower right back tooth, where decay has started between two teeth - $380. The other replaces an old filling on the upper left that's cracked; it's bigger, so $520.")
b2_good = c("Oh, okay, that makes sense. Do I have to do both at once, though? Money's a bit tight this month.", "no_money")
a2_bad = t("Thanks, Lily. So it's an MOD composite on 46 with interproximal caries, $380, and replacement of a failing amalgam on 26 - a large DO, possibly with cusp coverage - $520.")
b2_bad = c("Sorry - MOD? Cusp what? I don't know what any of that means. Is it bad?", None)
a3 = t("Neither is urgent today, but the lower right one has decay, so I'd do that first, within a month or so. The other can wait a couple of months, and we can book them separately.")
b3 = c("Okay. Can I do the first one on a Saturday?", None)
a4 = t("Saturday the 21st at 9:30 with Dr Ahmed. I'll text you the day before.")
PAIRS.append(rpair(
    "b104r_f02_wellington_treatment_plan",
    "Phone call to a Wellington dental practice. A patient asks what her emailed treatment plan means.",
    [o, a1, b1, a2_good, b2_good, a3, b3, a4],
    [o, a1, b1, a2_bad, b2_bad, a3, b3, a4]))

# f03 Brisbane electrician, phone. Fault: over-promises on the arrival time after a storm.
o = c("Hi, uh, yeah, half our house has got no power - the, um, the kitchen and the lounge. The other half's fine. I've flicked the switches in the box and nothing. I'm in Wynnum.", None)
a1 = t("Okay, let's make sure you're safe first. Any burning smell, scorch marks, or anything hot near the switchboard or power points?")
b1 = c("No, nothing like that. It just went off about an hour ago, in the storm.", None)
a2_good = t("Good. After a storm it's sometimes the network's side, not yours - are your neighbours' lights on? If it's just you, our earliest is 2pm; with all the storm jobs I can't promise sooner.")
b2_good = c("Two's fine. Hang on - next door's lights are on. So it's us.", None)
a2_bad = t("Good. Don't worry, we'll have someone there within the hour, guaranteed, and it'll be fixed today - it'll just be a breaker.")
b2_bad = c("Within the hour? Great - I'll tell my boss I'll be in by lunch, then.", None)
a3 = t("The call-out is $140, including the first half hour. Keep the fridge shut and leave those switches off until the electrician's there.")
b3 = c("Will do. How much if it's something bigger?", None)
a4 = t("He'll tell you the cost before doing anything beyond the first half hour.")
PAIRS.append(rpair(
    "b104r_f03_brisbane_storm_outage",
    "Phone call to a Brisbane electrical contractor on a stormy morning. Half a house has lost power.",
    [o, a1, b1, a2_good, b2_good, a3, b3, a4],
    [o, a1, b1, a2_bad, b2_bad, a3, b3, a4]))

# f04 Christchurch physio, face to face. Fault: an unasked lecture about weight and lifestyle.
o = c("Hi, so my lower back's been sore since I moved house two weeks ago. Lifting boxes, I think. It's getting a bit better but it's still stiff in the mornings.", None)
a1 = t("Moving house is a classic. Since it happened lifting, we can lodge an ACC claim today, so it's a $25 part-charge. Any pain going down the legs, or numbness?")
b1 = c("No, nothing down the legs. Just across the low back. It's worse sitting at my desk.", None)
a2_good = t("That's a good sign. We'll check how you move, but it sounds like a muscle strain - most settle in four to six weeks. I'd see you two or three times and give you exercises you can do at your desk.")
b2_good = c("Two or three visits is fine. That's less than I expected.", None)
a2_bad = t("That's a good sign. I have to say, though, you really should do something about your weight and fitness - back pain's so often a lifestyle thing. Walk every day, cut the sugar, get a standing desk.")
b2_bad = c("Um. Okay. I did just carry forty boxes up a flight of stairs, but... okay.", None)
a3 = t("Let's have a look at how you bend, and then we'll find times that suit you.")
b3 = c("Sure. Lunchtimes are easiest - I work in the city and mornings are chaos.", None)
a4 = t("We've got 12:15 on Tuesdays and Thursdays. I'll lodge the ACC claim while you change.")
PAIRS.append(rpair(
    "b104r_f04_christchurch_back_strain",
    "Face to face at a Christchurch physiotherapy clinic. A patient with a back strain from moving house.",
    [o, a1, b1, a2_good, b2_good, a3, b3, a4],
    [o, a1, b1, a2_bad, b2_bad, a3, b3, a4]))

# f05 Adelaide council, phone. Fault: a vague next step on an urgent hazard.
o = c("Hi, yeah, there's a big branch hanging off one of the council trees on our street - the verge tree out the front of number 22? It's, like, cracked, and kids walk under it to school.", None)
a1 = t("Thanks for calling that in. Is it over the footpath or the road, and roughly how big is the branch?")
b1 = c("Over the footpath. It's thick - like, my leg thick. It cracked in the wind last night.", None)
a2_good = t("That's a safety risk, so I'm logging it as urgent. An arborist crew will be there before 3pm today to remove it or tape off the path. Your reference is 58812, and I'll text you when it's done.")
b2_good = c("Before three, great - that's before school pick-up.", None)
a2_bad = t("Okay, I've logged it with the trees team. We'll let you know.")
b2_bad = c("Let me know when, though? Kids walk under it at three.", None)
a3 = t("Anything else on the street we should know about?")
b3 = c("No, just that. Oh - the footpath's cracked by the bus stop, but that's been forever.", None)
a4 = t("I'll log that separately as non-urgent. Thanks for calling it in.")
PAIRS.append(rpair(
    "b104r_f05_adelaide_verge_tree",
    "Phone call to a council in suburban Adelaide. A resident reports a cracked branch over a footpath children use.",
    [o, a1, b1, a2_good, b2_good, a3, b3, a4],
    [o, a1, b1, a2_bad, b2_bad, a3, b3, a4]))

# f06 Perth energy retailer, phone. Fault: argues with the customer about her own meter.
o = c("Hi, I've got a bill here that says the meter reading's 48,211, but I just went out and looked and the meter says 46,950. So it's, um, twelve hundred units more than what's on the meter.", None)
a1 = t("Thanks for checking it yourself - that's really useful. Can I get the account number?")
b1 = c("It's 7700 3321 9. The address is 14 Marri Way, Joondalup.", None)
a2_good = t("Thanks. I see it - the bill used an estimated read because the reader couldn't get access in March, so your figure's probably right and the estimate's too high.")
b2_good = c("Oh. So will the bill come down?", None)
a2_bad = t("Thanks. Look, the reading on the bill is what the system has, and our readings are very accurate. Are you sure you read the right meter? Lots of people read the wrong row of digits.")
b2_bad = c("I'm standing in front of it. It's the only meter. It says 46,950.", None)
a3 = t("If you text a photo of the meter to the number I'm sending now, I'll reissue the bill on the actual reading. It should drop by about $380, and the due date moves out fourteen days.")
b3 = c("Okay, sending it now. Can someone actually read it next time? The side gate's unlocked.", None)
a4 = t("I'll note on the account that the side gate's open. Your next read is in June.")
PAIRS.append(rpair(
    "b104r_f06_perth_meter_reading",
    "Phone call to a Perth electricity retailer. A customer whose bill reading is higher than her meter.",
    [o, a1, b1, a2_good, b2_good, a3, b3, a4],
    [o, a1, b1, a2_bad, b2_bad, a3, b3, a4]))

# f07 Auckland solar, face to face. Fault: recommends a system before asking anything.
o = c("Hi. We're building a new house in Hobsonville and the builder said we should think about solar now rather than later. I don't really know where to start.", None)
a1_good = t("Good timing - it's cheaper to plan in during the build. A few questions first: how many of you, is anyone home in the day, and any plans for an EV or heat pump hot water?")
b1_good = c("Two of us and a baby on the way. I'll be home on parental leave next year. We've got a hybrid, thinking full electric in a few years.", None)
a1_bad = t("Good timing. For a new build I'd go with our 8 kW system and a 10 kWh battery - about $24,000. That's what most new builds in Hobsonville are doing.")
b1_bad = c("Twenty-four thousand? That's way more than we've got left in the build budget.", "no_money")
a2 = t("Okay. Roof direction matters most - do you know which way the main roof faces on the plans?")
b2 = c("North and west, I think. There's a big flat bit over the garage.", None)
a3 = t("That's good for solar. Having the builder run conduit and fit a bigger switchboard now is about $600 and saves a lot later. You could start with 5 kW of panels - about $9,000 - and add a battery when you go electric. Bring the plans and I'll quote properly.")
b3 = c("That sounds more like it. I'll bring the plans in next week.", None)
PAIRS.append(rpair(
    "b104r_f07_auckland_new_build_solar",
    "Face to face at an Auckland solar retailer. A couple building a new house ask where to start with solar.",
    [o, a1_good, b1_good, a2, b2, a3, b3],
    [o, a1_bad, b1_bad, a2, b2, a3, b3]))

# f08 Hobart health fund, phone. Fault: talks about themselves instead of the customer.
o = c("Hi, um, I'm calling because I'm about to turn thirty-one and someone at work said I'll get a loading if I don't get hospital cover? I don't really get what that means.", None)
a1 = t("Good on you for checking. If you don't hold hospital cover by the July after you turn 31, you pay 2% extra for every year you're late, whenever you do take it out. When's your birthday?")
b1 = c("October. So I've got until next July?", None)
a2_good = t("Exactly - until the first of July after your birthday. Do you use anything now, like physio or dental, or is it mainly to avoid the loading?")
b2_good = c("Mainly the loading, honestly. I'm healthy. I'd just want the cheapest thing that counts.", None)
a2_bad = t("Exactly. I actually left it really late myself - I was thirty and a half and panicking. Ended up on a mid hospital plan, which I love. My partner reckons I'm obsessed with insurance now, ha.")
b2_bad = c("Ha, okay. Um... so what would I need, though? I'd just want the cheapest thing that counts.", None)
a3 = t("The cheapest that counts is Basic hospital, about $24 a week with a $750 excess. It avoids the loading, and the tax surcharge if you ever earn over about $97,000.")
b3 = c("Twenty-four a week for something I'll probably never use. That's a lot for nothing.", "too_expensive")
a4 = t("That's fair - it's a cost to dodge a bigger one later. I'll email the basic options with the loading worked out for you, so you can see both.")
PAIRS.append(rpair(
    "b104r_f08_hobart_lifetime_loading",
    "Phone call to a Hobart health fund. A 30-year-old asks what the Lifetime Health Cover loading means for her.",
    [o, a1, b1, a2_good, b2_good, a3, b3, a4],
    [o, a1, b1, a2_bad, b2_bad, a3, b3, a4]))

# f09 Wellington plumber, face to face at home. Fault: asks for payment before testing the repair.
o = c("Oh good, you're here. It's the toilet in the main bathroom - it keeps running after you flush, and sometimes it won't stop unless you jiggle the handle.", None)
a1 = t("I'll have a look. How old is the cistern, do you know?")
b1 = c("It came with the house, so maybe fifteen years? We've been jiggling it for months.", None)
a2 = t("Right - the inlet valve's worn and the flush washer's perished. I'll replace both; parts are about $65 on top of labour. Happy for me to go ahead?")
b2 = c("Go for it. As long as it's not a whole new toilet.", None)
a3_good = t("Done. Let's test it - I'll flush a few times and watch it refill and shut off. Yep, stops at the right level, no trickle into the bowl. Have a go yourself.")
b3_good = c("Oh, that's so much quieter. What do I owe you?", None)
a3_bad = t("All done. That's $245 all up - card or account? I'll get going, I've got another job in Petone.")
b3_bad = c("Hang on, can we flush it first? The last guy said it was fixed and it wasn't.", "bad_experience")
a4 = t("It's $245 all up, parts and labour. If it runs on again within three months, we come back free.")
PAIRS.append(rpair(
    "b104r_f09_wellington_running_toilet",
    "Face to face in a Wellington home. A plumber repairs a toilet cistern that keeps running.",
    [o, a1, b1, a2, b2, a3_good, b3_good, a4],
    [o, a1, b1, a2, b2, a3_bad, b3_bad, a4]))

# f10 Brisbane physio, face to face at reception. Fault: drops the price before asking anything.
o = c("Hi, I'm just asking - how much is it to see a physio here? My neck's been bad since I started a new job, lots of screen time.", None)
a1_good = t("Initial appointment is $105 for 45 minutes, follow-ups $85. Do you have extras cover? And is it stiffness, or headaches as well?")
b1_good = c("I've got extras, yeah, through the new job. It's mostly stiffness, and a headache by Friday.", None)
a1_bad = t("It's usually $105 for the first visit, but I can do it for $80 for you today - and $70 follow-ups if you book a pack of five.")
b1_bad = c("Oh - uh, okay. Why's it cheaper? I've got extras anyway. It's mostly stiffness, and a headache by Friday.", None)
a2 = t("With extras you'll likely get a chunk back on the spot. Stiffness that builds over the week with screen time is really common - the physio will check your neck and your desk set-up. Most people need two to four visits.")
b2 = c("Two to four's fine. Can I come before work? I start at 8:30 in the city.", None)
a3 = t("We open at 7 - there's 7:15 tomorrow or Friday.")
b3 = c("Tomorrow's - no, I've got an early meeting. Friday 7:15.", "no_time")
a4 = t("Friday 7:15 with Hannah. Bring your fund card.")
PAIRS.append(rpair(
    "b104r_f10_brisbane_neck_pain",
    "Face to face at a Brisbane physiotherapy reception. Someone with neck pain from a new desk job asks the price.",
    [o, a1_good, b1_good, a2, b2, a3, b3, a4],
    [o, a1_bad, b1_bad, a2, b2, a3, b3, a4]))
