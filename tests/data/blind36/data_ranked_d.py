"""Ranked pairs d01-d10: both sides decent, `better` clearly better. Written by hand."""
from common import c, rpair, t

PAIRS = []

# d01 -- car dealership, Mississauga (Canada), consumer, spoken: digs into the doubt
O = c("Hi. I've been looking at the electric crossover online. I like it, but I keep reading it loses half its range in winter, and I drive up to see my mom in Barrie every weekend. So I'm... not sure.", None)
PAIRS.append(rpair(
    "b36r_d01_evdealer_mississauga",
    "A woman at a car dealership in Mississauga, Ontario, is interested in an electric crossover but worries about winter range for her weekly drive to her mother in Barrie.",
    [O,
     t("That's a real concern, and range does drop in winter, usually twenty to thirty percent rather than half, but it depends. How far is the round trip to your mom's, and could you charge at her place?"),
     c("About two hundred and twenty K round trip. She's in a condo, so, no, probably not.", None),
     t("Okay. The long-range version is rated four-sixty; at minus fifteen with the heat on, figure around three-twenty. So you'd do the round trip on one charge with room to spare, as long as you leave home full. Do you have a driveway for a home charger?"),
     c("I do. But what about minus thirty, like that week last January?", None),
     t("Then you'd be nearer two-sixty: still enough, but tighter, and there's a fast charger in Barrie if you want a buffer. Honestly, the best test is to take one overnight this weekend and drive it to your mom's yourself. We'll have it charged full before you go."),
     c("Overnight? Oh, that would actually settle it. Yes, let's do that.", None)],
    [O,
     t("That's a common question. Range does drop in the cold, but the long-range model is rated at four hundred and sixty kilometres, which is plenty for most drivers."),
     c("Plenty for most drivers, sure. But Barrie in January?", None),
     t("You'd be fine. There are more fast chargers along the 400 every year, and plenty of our customers up that way love theirs. Would you like to take one around the block?"),
     c("Maybe. I think I'll read a few more owner reviews first.", "think_it_over"),
     t("Of course. Here's my card, give me a call whenever you're ready.")]))

# d02 -- office coffee machines, Dublin (Ireland), B2B, typed: notices the real purpose
O = c("hi, looking for a bean to cup machine for our office in the docklands, ~60 staff but usually only 25 in on a given day. what do you have and roughly cost?", None)
PAIRS.append(rpair(
    "b36r_d02_officecoffee_dublin",
    "The office manager of a Dublin software company asks a coffee-machine supplier's web chat about a bean-to-cup machine for an office that is often half empty.",
    [O,
     t("Hi! For 25-60 people a day our mid-size bean-to-cup would handle it: \u20ac95/month lease incl. service, beans about \u20ac0.18 a cup. Out of curiosity, is it replacing something, or new? The '25 of 60' makes me wonder if you're trying to get people in more."),
     c("lol yes exactly. CEO wants 3 days a week in office from september and people are grumbling. coffee is part of the 'make the office nicer' plan", None),
     t("Makes sense. Then plan for the Tue-Thu peaks: if 50 turn up on a Wednesday, the mid-size machine will have a queue at 9am. Two options: the bigger machine (\u20ac140/mo), or the mid one plus a barista morning once a week (\u20ac180 a visit), which people tend to actually come in for. Want both with a free trial month?"),
     c("the barista thing is a nice idea actually. send both pls, ill have to run it by the CEO", "think_it_over"),
     t("Will do. You'll have both in your inbox within the hour, with the trial terms, laid out so you can forward it straight to him.")],
    [O,
     t("Hi! For 25-60 people a day our mid-size bean-to-cup would handle it: \u20ac95/month lease incl. service, beans about \u20ac0.18 a cup. We also have a larger model at \u20ac140/mo."),
     c("ok. whats the difference", None),
     t("The larger one has a bigger bean hopper and two grinders, and does about 200 cups a day vs 120. For 25 people the mid-size is more than enough."),
     c("ok cool. just send me the info on the mid one and ill have a look", "brush_off"),
     t("Sent! Let me know if you have any questions.")]))

# d03 -- hearing aid clinic, Cardiff (UK), consumer, spoken, elderly: adapts to the person
O = c("Afternoon. Right, I've had the test, and the girl says I need hearing aids in both ears. My wife says I've got the telly up too loud. But I'll tell you now, my fingers aren't what they were, I can't be doing with those tiny batteries.", None)
PAIRS.append(rpair(
    "b36r_d03_hearingclinic_cardiff",
    "A 79-year-old man with arthritic fingers is told after a hearing test at a private clinic in Cardiff that he needs two hearing aids.",
    [O,
     t("That's really useful to know, Mr Hughes, thank you. Then I wouldn't give you the tiny in-the-ear ones at all. There's a behind-the-ear model that's rechargeable, no batteries: you drop them in a little dock at night, like your glasses on the bedside table. Here, have a feel. Easy enough to pick up?"),
     c("Oh, that's a decent size. Aye, I can hold that. What's that going to cost me, mind?", None),
     t("That pair is \u00a31,890, with three years of aftercare and adjustments, and you can take them home for thirty days and bring them back if they're no good."),
     c("Good grief. I'm on the state pension, I haven't got that lying about.", "no_money"),
     t("Understood. There's interest-free over twelve months, about \u00a3158 a month. And in fairness, the NHS fits rechargeable behind-the-ear aids too, free, though the wait in Cardiff is a few months. I'll write both down in big print so you and your wife can decide."),
     c("Well, you're honest, I'll give you that. Write it down for me, would you, love.", None)],
    [O,
     t("The test was very clear, so that's good. Our most popular model is this one: almost invisible, sits right in the ear canal, very discreet. The batteries last about a week."),
     c("That's tiny, that. I'd lose it down the side of the chair. It's not for me.", "no_need"),
     t("There's a little magnet tool that helps with the batteries, and most people get the hang of it within a week. It's \u00a31,650 the pair, with three years of aftercare."),
     c("Hmm. I'll have to have a think about it. Talk to the wife.", "think_it_over"),
     t("Of course. I'll give you a leaflet to take home.")]))

# d04 -- CRM software, Amman (Jordan), B2B, spoken: low-risk next step
O = c("Hello, I'm Rania Haddad, sales director at Petra Medical Supplies. We have twenty reps visiting hospitals and pharmacies. We tried a CRM in 2021 and honestly it was a disaster, nobody used it, everything went back to WhatsApp and Excel. So I'm interested, but careful.", None)
PAIRS.append(rpair(
    "b36r_d04_crm_amman",
    "The sales director of a medical supplies distributor in Amman talks to a CRM vendor after a failed CRM rollout a few years ago.",
    [O,
     t("That's very common, and it's good you're careful. Can I ask why the reps stopped using it? Too many fields, not working on the phone, or nobody looking at the data?"),
     c("All of it. Mostly the phone. They're in the car between hospitals, they won't open a laptop.", None),
     t("Then judge us on the mobile app. My suggestion: don't roll it out to twenty. Pick three reps, one who loves technology, one who hates it, one in between, and run six weeks, free. Five fields only, and logging a visit should take under a minute on the phone. If the sceptic is still using it in week six, you'll know."),
     c("The sceptic is Omar. He will never use it, wallah.", None),
     t("Then Omar is the best test. If it doesn't work for him, you've lost nothing but six weeks."),
     c("OK. Let's try with three. Send me what you need to set it up.", None)],
    [O,
     t("I understand. Our platform is much easier than most, and we have a strong onboarding programme: two days of training for all your reps, and a dedicated success manager for the first three months."),
     c("Two days of training for twenty reps... that's two days nobody visits customers. We can't stop for that.", "no_time"),
     t("We can split it into four half-days if that's easier. The annual licence for twenty users is 9,600 dinars, and we can start next month."),
     c("Last time they also promised a success manager, and after one month he disappeared. I need to think about it.", "bad_experience"),
     t("Of course. I'll send the proposal today, with references from two distributors in Amman.")]))

# d05 -- laptop repair shop, Newark (US), consumer, typed: diagnoses before recommending
O = c("hey my laptop got super slow, takes like 5 min to boot and chrome freezes. its a 2019 hp. do i need a new one or can u guys upgrade it? dont wanna spend a ton", None)
PAIRS.append(rpair(
    "b36r_d05_laptoprepair_newark",
    "A young customer messages a small laptop repair shop in Newark, New Jersey, about a slow five-year-old laptop; she does not want to spend much.",
    [O,
     t("Hey! Often it's fixable. Quick questions: does it make a clicking or whirring sound? And roughly how full is the storage?"),
     c("it does kinda click sometimes lol. storage is like 90% full i think", None),
     t("The clicking plus a 5-minute boot makes me think it's an old spinning hard drive, maybe starting to fail. If so, swapping it for an SSD is usually the biggest speed-up, around $120 with the drive and copying your files. But bring it in first for a free 15-min diagnostic, so you don't pay for the wrong fix."),
     c("ok but 120 is a lot rn, rent just went out. free diagnostic for sure tho", "no_money"),
     t("Totally fine. The diagnostic is free, and if it is the drive you can do the swap whenever you're ready. Meanwhile back up anything important to the cloud, in case that drive is on its way out."),
     c("ok will do. coming after 6", None)],
    [O,
     t("Hey! A RAM upgrade usually helps a lot with slowness. Going from 8 to 16GB is $85 installed. Want to book it in?"),
     c("idk if thats the problem tho. it also clicks sometimes", None),
     t("The clicking is probably just the fan. The RAM will definitely help with Chrome, and we can do it same day."),
     c("hmm ok maybe. lemme think about it", "think_it_over"),
     t("Sure, we're open till 7!")]))

# d06 -- Umrah travel agency, Riyadh (Saudi Arabia), consumer, typed (WhatsApp), non-native: notices the real purpose
O = c("Salam alaikum, I want price for Umrah package from Riyadh, 3 nights Makkah, for me and my mother. She is visiting from Egypt, she is 74. Next month after the 15th", None)
PAIRS.append(rpair(
    "b36r_d06_umrahtravel_riyadh",
    "An Egyptian engineer working in Riyadh asks a travel agency on WhatsApp for an Umrah package for himself and his 74-year-old mother, who is visiting.",
    [O,
     t("Wa alaikum assalam. May Allah accept it from you both. Before I give the price: how is your mother with walking? In Makkah the hotel distance makes a big difference for older people."),
     c("She walks slow, with a stick. Long distance she cannot, she gets tired fast", None),
     t("Then I recommend a hotel by the clock tower, 2-3 minutes to the Haram gate, so she can rest in the room between prayers. And I'll book a wheelchair with a pusher for tawaf and sa'i. With flights from Riyadh it's 4,200 SAR for both. There is a cheaper one at 2,900, but that hotel is 15 minutes' walk plus a shuttle, and for her I don't advise it."),
     c("4200 is more than I planned. But you are right, the shuttle is difficult for her. Can I pay half now and half later?", "too_expensive"),
     t("Yes: 50% to confirm, the rest one week before travel. I'll send the booking form now, and I'll write the wheelchair request on it.")],
    [O,
     t("Wa alaikum assalam. We have two packages from Riyadh for 3 nights: Economy 2,900 SAR for two, hotel 15 minutes' walk with a shuttle; Premium 4,200 SAR, hotel near the Haram. Both include flights."),
     c("ok, economy is good i think. my mother is 74, the shuttle is easy?", None),
     t("Yes, the shuttle runs every 30 minutes, 24 hours. Many families use it."),
     c("ok. send me details for economy please", None),
     t("Sent! Let me know which dates to book.")]))

# d07 -- commercial van leasing, Bristol (UK), B2B, spoken, penny-pinching: digs into the doubt
O = c("Alright. I've got three vans, all getting on a bit, and I'm thinking about leasing instead of buying used like I always have. But I've heard the excess mileage charges stitch you up. So tell me straight.", None)
PAIRS.append(rpair(
    "b36r_d07_vanleasing_bristol",
    "A plumber who runs three ageing vans asks a van-leasing broker in Bristol whether leasing makes sense, worried about excess-mileage charges.",
    [O,
     t("Straight answer: they can, if the contract's set up wrong. What do your vans actually do a year? Rough mileage each."),
     c("Mine does about eighteen thousand. The lads' two, more like twenty-five, they cover out to Weston and Bath.", None),
     t("Right. Most quotes online are on ten thousand a year, and at twenty-five you'd pay eight pence a mile over: twelve hundred quid a van a year. That's where people get stitched up. I'd quote at your real mileage from the start, dearer a month but no nasty bill at the end. Shall I put it side by side with what the old ones cost you now, repairs, MOT failures, the lot?"),
     c("Go on. Though I'm flat out till the twentieth, I can't be sitting in an office going through figures.", "no_time"),
     t("You don't have to. Text me roughly what the three cost you last year, repairs, MOTs, tyres, and I'll do the sums and ring you. If buying used still comes out cheaper, I'll tell you."),
     c("Aye, that I can do. The Transit alone cost me two grand last year.", None)],
    [O,
     t("They're not as bad as people say. Our standard contract is ten thousand miles a year, eight pence a mile over. Monthly on a new medium van is from two-nine-nine plus VAT."),
     c("Ten thousand? My lads do more than double that.", None),
     t("You can go up to twenty or thirty thousand, it just changes the price. I'll send over a quote for three vans at twenty-five thousand."),
     c("Aye, send it. Mind, last car I leased they hit me with six hundred quid for scuffs at the end, so I'll be reading the small print.", "bad_experience"),
     t("Fair enough. You'll have it by this afternoon.")]))

# d08 -- mattress store, Halifax (Canada), consumer, spoken: diagnoses and adapts
O = c("Hi there. I need a new mattress, my back's been killing me in the mornings, and, uh, I'll be honest, I don't know the first thing about them, and there's like forty in here.", None)
PAIRS.append(rpair(
    "b36r_d08_mattress_halifax",
    "A man with morning back pain walks into a mattress store in Halifax, Nova Scotia, overwhelmed by the choice.",
    [O,
     t("Yeah, it's a lot. Let's narrow it down fast. How do you mostly sleep, back, side or stomach? And is the pain worst in the morning, then eases up?"),
     c("Side, mostly. And yeah, it's worst when I get up, gone by lunch.", None),
     t("That often means the mattress is too firm at the shoulder or sagging at the hip, so your spine's not straight. Side sleepers usually do better on medium. Lie on your side on these three for a couple of minutes each and I'll check your spine's level. Does anyone share the bed?"),
     c("My wife. She runs hot, always kicking the covers off.", None),
     t("Then of the three, the hybrid breathes best. It's $1,599, and there's a 100-night trial: if your back isn't better in a month, you swap it."),
     c("Oof. That's more than I wanted to drop, with the furnace going last month.", "no_money"),
     t("Then try the medium foam one as well: same trial, $999, and it sleeps cooler than most foams. Lie on both and see.")],
    [O,
     t("Sure! For back pain most people go firm. Our orthopaedic firm model is really popular, and it's on sale at $1,299 this week."),
     c("Firm, eh? I always heard that.", None),
     t("Yeah, it's great support. Lie down on it and see what you think."),
     c("Feels... pretty hard, honestly. My shoulder's kind of digging in.", None),
     t("That's normal at first, it softens up after a few weeks. We have a medium too if you'd like, same price."),
     c("I'll think about it and come back with my wife.", "think_it_over")]))

# d09 -- textile mill, Bursa (Turkey), B2B, typed: adapts the offer to a small buyer
O = c("Hi, we're a small womenswear label in London. Love your printed viscose range in the catalogue. Issue is your MOQ says 3000m per design and we'd need about 800m for a first drop. Any flexibility?", None)
PAIRS.append(rpair(
    "b36r_d09_textilemill_bursa",
    "A small London fashion label writes to a Bursa textile mill's sales chat: they like the fabrics but need far less than the minimum order.",
    [O,
     t("Hello, thank you for your interest. For custom prints 3000m is needed because of the screen cost. But we have a stock service: 40 designs already printed, minimum 300m per design. Can I ask, do you want your own design, or could one of our prints work for the first collection?"),
     c("ideally own design eventually but for the first drop stock could work if it's not something every brand has", None),
     t("Understood. Stock prints we sell to many brands, so I will choose the ones we sold least in the UK. Another option: digital print of your own design from 500m, 4.10 EUR/m instead of 2.60 for screen. I will send swatch cards of both by DHL, free, so you can feel the hand."),
     c("4.10 hurts a bit tbh. but 500m of our own print is tempting, yes pls send swatches", "too_expensive"),
     t("I'll send them to your studio tomorrow and write the tracking number here. When you have them, we can talk about the price for a repeat order.")],
    [O,
     t("Hello, thank you for your interest. For custom prints the MOQ is 3000m because of the screen cost. As a first order we can maybe do 2000m with an 8% surcharge."),
     c("2000 is still more than double what we need tbh", "no_need"),
     t("I understand. Unfortunately below 2000m is not possible for screen printing. Maybe in future, when your brand grows."),
     c("ok, we'll keep you in mind then. thanks", "brush_off"),
     t("Thank you, all the best.")]))

# d10 -- dental clinic, Alexandria (Egypt), consumer, spoken, anxious after a bad experience: adapts
O = c("Good evening, doctor. Sorry, I know you are the receptionist. I have pain in the lower tooth, on the left, three days now. But I'm telling you honestly, I am very scared of dentists. Last time, in another clinic, they pulled a tooth and the anaesthesia didn't work. I was screaming.", None)
PAIRS.append(rpair(
    "b36r_d10_dentalclinic_alexandria",
    "A frightened man with three days of toothache phones a dental clinic in Alexandria; a previous extraction elsewhere was done without working anaesthesia.",
    [O,
     t("Thank you for telling me, this helps us a lot. Dr. Nadia is very patient with nervous patients: she tests the numbness before she starts, and she stops any time you raise your hand. Is the pain all the time, or when you drink something hot or cold?"),
     c("With hot tea, very bad. And at night it wakes me.", None),
     t("That sounds like the nerve, so she'll want an X-ray first. The first visit is only the examination and X-ray, 300 pounds, no drilling, nothing. You meet her, see the room, and then decide about treatment."),
     c("Only examination... Last time also they told me 'only a small thing', and then they pulled the tooth.", "bad_experience"),
     t("I understand why you don't trust that. This time nothing happens without your yes: if she recommends treatment, she explains it, gives you the price, and you go home and decide. You can bring someone with you too. I have tomorrow at five."),
     c("OK... tomorrow at five. Before I change my mind.", None),
     t("Perfect. I'm writing on your file that you're nervous, so she knows before you sit down. And take paracetamol tonight if the pain wakes you.")],
    [O,
     t("Don't worry, our clinic is very modern, you won't feel anything. Dr. Nadia is excellent. From what you say you probably need a root canal; it's 2,500 pounds for a molar."),
     c("Root canal... and 2,500, this is a lot of money for one tooth.", "too_expensive"),
     t("With modern anaesthesia it's not painful, and we have instalments. Shall I book you for the root canal next week?"),
     c("Last time they also said I won't feel anything. I will think and call you.", "bad_experience"),
     t("OK, no problem. Here is our number.")]))
