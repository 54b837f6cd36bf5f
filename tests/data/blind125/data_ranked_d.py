"""Ranked pairs d01-d10 (blind125): two decent conversations, better is deeper."""
from common import c, rpair, t

PAIRS = []

o = c("Hi, I'm looking for a first car for my daughter. She's seventeen, just passed. Budget's about six thousand.", None)
PAIRS.append(rpair("b125r_d01_reading_first_car_daughter",
    "Used car dealership, Reading UK. A parent shops for a 17-year-old's first car.",
    [o, t("Lovely. Has she had an insurance quote yet? At seventeen that's often more than the car."),
     c("We tried on my old Golf, it was over three thousand a year. That's partly why we're here.", None),
     t("Then the insurance group matters more than the price tag: small engine, group 1 to 5, and a black box policy can halve it. Does she get a say on looks?"),
     c("She wants something that isn't embarrassing, apparently.", None),
     t("Fair. There's a 1.0 hatch in group 2 at 5,800 and an older one at 4,900. I'll send both regs so you can get quotes before you come in."),
     c("That's sensible. We'll run the quotes this weekend.", None)],
    [o, t("Great. What kind of car does she like?"),
     c("She wants something that isn't embarrassing, apparently. Small, I'd think.", None),
     t("We've a nice 1.4 hatch, sporty trim, alloys, 5,900. Very popular with young drivers. Want to see it?"),
     c("It's pretty. Is it cheap to insure?", None),
     t("Should be fine, it's a small car. Bring her in Saturday for a test drive?"),
     c("Okay, we'll pop in Saturday.", None)]))

o = c("Hey, first winter here, I moved up from Texas. Do I need snow tires?", None)
PAIRS.append(rpair("b125r_d02_minneapolis_winter_tires",
    "Tire shop, Minneapolis US. A newcomer asks about winter tires.",
    [o, t("Welcome to the cold. How far do you drive, and do you have to go no matter the weather, like early shifts?"),
     c("I'm a nurse, 5 am starts, twenty minutes mostly highway. No choice but to go.", None),
     t("Then winters are worth it; untreated roads at 5 am are the worst. A set on steel wheels is about $900, and swaps are cheap after. Somewhere to store them?"),
     c("Nine hundred, ouch. I've got a garage though.", "too_expensive"),
     t("It's a chunk. Cheaper: all-weather tires, about $650, on all year. Not as good on ice, far better than your summer tires. Quote both to compare?"),
     c("Yeah, quote both. The all-weather sounds about right for me.", None)],
    [o, t("Yes, definitely, winters here are no joke. What size are your tires?"),
     c("Uh, it's on the door sticker I think. 225/60 R17?", None),
     t("Got it. Four winters on steel wheels, $900 installed. We can fit them Thursday."),
     c("Nine hundred, ouch. Anything cheaper?", "too_expensive"),
     t("There's a budget winter at $720, still very good. Thursday?"),
     c("Okay, let me think about it.", "think_it_over")]))

o = c("Good morning. You quoted me nine thousand rand for the 90,000 service. That's a lot. Is all of it necessary?", "too_expensive")
PAIRS.append(rpair("b125r_d03_eastlondon_major_service",
    "Dealership service desk, East London ZA. A customer questions a large service quote.",
    [o, t("Fair question, let's go through it. The timing belt is about half, R4,200. Do you know if it's ever been done?"),
     c("I bought it second-hand at 60,000. The papers don't say.", None),
     t("Then I'd do it; if it snaps, the engine's gone. Brake fluid and plugs are due too. The R850 'fuel system clean' and cabin filter can wait. That's about R7,900."),
     c("Okay, that I understand. But it's month-end. Can the belt wait till next month?", "no_money"),
     t("A few weeks of normal driving is a reasonable risk; don't go past 95,000. Small items today for R1,800 and the belt on the 3rd?"),
     c("Yes, let's do that.", None)],
    [o, t("I understand. It's the manufacturer's schedule, so everything is recommended at 90,000. The timing belt is the big one."),
     c("Okay. Is there no way to bring it down?", "too_expensive"),
     t("I can give you 10 percent off the labour, about R8,400 then. And it keeps your service history complete for resale."),
     c("Hmm. It's month-end, I'll have to see.", "no_money"),
     t("No problem, the quote is valid for 30 days. Just call when you're ready."),
     c("Okay, thanks.", None)]))

o = c("Morning. After a new ute. Mainly farm work, but I tow a two-horse float to shows most weekends.", None)
PAIRS.append(rpair("b125r_d04_toowoomba_ute_towing",
    "Ute dealership, Toowoomba AU. A farmer who tows a horse float wants a new ute.",
    [o, t("What does the float weigh loaded, roughly, with both horses in?"),
     c("Float's about twelve hundred empty. Horses, say eleven hundred. Plus tack.", None),
     t("So near 2,500 kilos. Most utes are rated 3,500, but payload drops once the float's on the ball. Who and what's in the ute when you tow?"),
     c("Me, the missus, a couple of saddles and a water tank in the tray.", None),
     t("That's where people go over. The V6 handles it with margin; the four-cylinder would be at its limit. It's six grand more, and I'd rather say so now."),
     c("Six grand's a lot. But I'd rather not be the bloke on the news. Let's drive it with the float hooked up.", "too_expensive")],
    [o, t("Good on you. Our four-cylinder's the best seller, 3,500 kilo towing, handles a float no worries."),
     c("Float's about twelve hundred empty, plus two horses.", None),
     t("Easy, well under 3,500. It's $54,990 drive-away. Want to take it for a spin?"),
     c("Yeah, righto. Missus will want a say on the colour, mind.", None),
     t("Bring her in, we'll have the demo ready Saturday."),
     c("Saturday it is.", None)]))

o = c("The salesman said you'd go over the extended warranty. Honestly, is it worth it?", None)
PAIRS.append(rpair("b125r_d05_charlotte_extended_warranty",
    "Dealership finance office, Charlotte US. A buyer asks if an extended warranty is worth it.",
    [o, t("Depends on you more than the car. How long do you usually keep a car, and how many miles a year?"),
     c("Probably eight years, fifteen thousand a year. Traded my last one at 120k.", None),
     t("So you'll be well past the factory powertrain cover. The seven-year plan is $2,100. Would you rather pay that now or keep it aside for repairs?"),
     c("Hmm. I had one on my old truck and they fought me on every claim.", "bad_experience"),
     t("That happens with third-party plans; this one's the manufacturer's, claims go through our desk. Self-insuring is fair too, and you can add it until 36,000 miles."),
     c("Oh, good to know. I'll skip it today and maybe add it later.", "think_it_over")],
    [o, t("Absolutely. Powertrain, electronics, AC, seven years or 100,000 miles. $2,100, or about $30 a month in your payment."),
     c("I had one on my old truck and they fought me on every claim.", "bad_experience"),
     t("I understand. This one's the manufacturer's, so claims are handled at our service desk. Lots of people find it gives peace of mind."),
     c("Okay. Thirty a month is still thirty a month though.", "too_expensive"),
     t("Totally fair. You can add it any time before 36,000 miles, no pressure today."),
     c("Then I'll pass for now.", "no_need")]))

o = c("Um, hi. Sorry. I'm thinking about a 125 to get to work? I don't really know anything.", None)
PAIRS.append(rpair("b125r_d06_oxford_125_learner",
    "Motorcycle dealership, Oxford UK. A shy beginner asks about a 125 for commuting.",
    [o, t("No need to be sorry, most people start there. Have you done your CBT yet, the one-day training?"),
     c("No. Is that... needed first?", None),
     t("It is. About 150 pounds, one day. Then helmet, jacket and gloves, maybe 400, plus the bike. Is that roughly what you had in mind?"),
     c("I had, like, two thousand in total. So... maybe not enough?", "no_money"),
     t("It can work: a used 125 around 1,300, the CBT and basic kit. Want a written list with costs and the CBT school we'd recommend? No need to decide anything now."),
     c("Yes please. That'd really help.", None)],
    [o, t("Great, you've come to the right place. This is our most popular 125, 2,299 new, really easy to ride."),
     c("Oh. I had about two thousand, in total.", "no_money"),
     t("We've used ones from 1,300 too. You'll need your CBT before you ride it away; we can recommend a school."),
     c("Okay. And the helmet and stuff?", None),
     t("We sell those too, I'll show you. Want to look at the used ones?"),
     c("Um, okay. Maybe I'll come back another day.", "brush_off")]))

o = c("Hi, I manage a wine farm. We need three bakkies for the crew. Buy or lease, I don't know. We want it simple.", None)
PAIRS.append(rpair("b125r_d07_stellenbosch_fleet_lease",
    "Fleet leasing company, Stellenbosch ZA. A farm manager asks about three bakkies.",
    [o, t("Simple makes sense at harvest. Are all three needed all year, or mainly January to April?"),
     c("Two all year, one mostly for harvest. The old ones spend half their life at the mechanic.", None),
     t("Then full-maintenance leases on two, plus a seasonal rental for the third, may beat buying three. Tyres and services in one monthly figure. Farm roads gravel?"),
     c("Gravel and steep. My boss will want numbers against buying, he is careful.", "think_it_over"),
     t("I'll put both on one page: two leases plus a four-month rental, against buying three, over four years with maintenance. By Friday?"),
     c("Friday is good.", None)],
    [o, t("Leasing is very popular now. Full-maintenance lease on three double cabs, R14,500 each a month, 48 months, tyres and services included."),
     c("Three all year? One is really only for harvest.", "no_need"),
     t("Okay, we can do two on lease. The third, maybe buy a used one?"),
     c("Maybe. My boss will want numbers against buying, he is careful.", "think_it_over"),
     t("Sure, I'll send the lease quote for two."),
     c("Okay, send it.", None)]))

o = c("G'day. The wife and I are heading round Australia with the caravan for a year. What roadside cover do we need?", None)
PAIRS.append(rpair("b125r_d08_cairns_caravan_cover",
    "Roadside assistance office, Cairns AU. A retired couple plans a year on the road with a caravan.",
    [o, t("Sounds like a great trip. Which way are you heading: any outback, like the Nullarbor or the Gibb River Road?"),
     c("The Nullarbor for sure. Gibb River maybe, if the van's up to it.", None),
     t("Then distance is the thing. Standard cover tows 20 km, useless out there. Touring tows car and van up to 500 km and pays for accommodation. $329 a year. Is the van covered now?"),
     c("No, only the car. That's more than we pay now, mind.", "too_expensive"),
     t("It is. One tow out of Eucla could cost a couple of thousand, though. Check your caravan insurance too: if it covers towing the van, our $199 level might do."),
     c("Good point. I'll ring the insurer and get back to you.", "think_it_over")],
    [o, t("For a year on the road you'll want our touring level: car and van, long-distance towing, accommodation. $329 a year."),
     c("That's more than we pay now, mind.", "too_expensive"),
     t("It's our most comprehensive, and very popular with caravanners. Peace of mind anywhere."),
     c("Does it cover the Gibb River Road?", None),
     t("I'd have to check the fine print on unsealed roads. I'll email it to you."),
     c("Righto. Our mate got stung by the fine print on one of these, so we'll read it closely.", "bad_experience")]))

o = c("My car's been in your shop for eight days. Nobody calls me back. I'm done being polite.", None)
PAIRS.append(rpair("b125r_d09_boston_repair_no_updates",
    "Dealership service desk, Boston US. An angry customer has had no updates on a repair.",
    [o, t("Eight days with no call isn't acceptable, I'm sorry. Give me two minutes; I'll walk back to the shop and find out where it actually is."),
     c("Fine. Two minutes.", None),
     t("It was waiting on a transmission module; it came this morning and the tech starts at one. If it tests fine, it's yours tomorrow by noon. How are you getting around?"),
     c("My sister's been driving me. I'm missing shifts.", None),
     t("I'll get you a loaner today at no charge, and I'll call you myself tomorrow at ten with the result, either way."),
     c("Okay. That's the first straight answer I've had.", None)],
    [o, t("I'm really sorry about that. Let me look it up... It says waiting on parts."),
     c("Waiting on what parts? For how long?", None),
     t("I don't have the detail here, but I'll get the service advisor to call you today, I promise."),
     c("That's what they said on Monday.", "bad_experience"),
     t("I understand. I'll mark it urgent and put a note on it myself. You'll hear today."),
     c("We'll see.", None)]))

o = c("Need an alternator for a 2011 Accord. Car keeps dying.", None)
PAIRS.append(rpair("b125r_d10_austin_alternator_or_battery",
    "Auto parts store, Austin US. A DIY customer asks for an alternator.",
    [o, t("Can do. Before you spend $180, has anyone tested the battery and charging? We do it free in the lot, five minutes."),
     c("I'm kind of in a hurry. Pretty sure it's the alternator, the battery's only two years old.", "no_time"),
     t("Fair enough. Dying how: won't start in the morning, or cuts out while you're driving?"),
     c("Won't start in the morning. Once it's jumped, it runs fine all day.", None),
     t("That sounds more like the battery or a drain. A bad alternator usually dies on the road. Let me test it quick; if I'm wrong, you've lost five minutes."),
     c("Alright, go on then.", None)],
    [o, t("Sure. 2.4 or the V6?"),
     c("2.4. Battery's only two years old, so it must be the alternator.", None),
     t("We've a reman at $179 with the core back, or new at $289."),
     c("Reman. Do I need anything else?", None),
     t("Maybe a belt if it's cracked, $24. And bring the old one back for your $40 core."),
     c("Just the alternator. Thanks.", "no_need")]))
