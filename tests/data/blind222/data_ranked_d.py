"""Ranked pairs d01-d10 of blind222 (two decent conversations; `better` is better). Written by hand."""
from common import c, rpair, t

# ---------------------------------------------------------------- d01
D01_OPEN = c("Niaje. I need two tyres for my Axio, the cheapest you have. The front ones are finished.", None)

D01 = rpair(
    "b222r_d01_nairobi_tyres_ridehail",
    "Tyre shop, Nairobi, Kenya. A ride-hailing driver asks for the cheapest pair of front tyres. Better asks how the car is used, explains cost per kilometre honestly and still respects his cash limit; worse quotes and discounts correctly but never learns he drives 5,000 km a month.",
    better=[
        D01_OPEN,
        t("Sawa. Before I pick - what do you use the car for, and roughly how many kilometres a month?"),
        c("Uber. Maybe five thousand a month. Lots of JKIA runs at night.", None),
        t("Five thousand a month, and Mombasa Road fast at night - the cheapest ones will be finished in about four months, and they're poor in the wet. The mid-range ones are 1,500 more each but last about twice as long, so per kilometre they're cheaper for you."),
        c("1,500 more each... that's 3,000 I don't have this week.", "no_money"),
        t("Understood. Then take the budget pair now so you're safe to work, and when they wear out, come back for the mid-range. I'll write today's tread depth on your receipt so you can see how fast they go."),
        c("Okay, that's fair. Put the cheap ones.", None),
        t("Forty minutes with balancing. I'll check the rear pressures while it's on the jack."),
    ],
    worse=[
        D01_OPEN,
        t("Sawa. For the Axio, 185/70 R14, the cheapest are 5,200 each, fitted and balanced."),
        c("Is that the best price? Someone in Industrial Area told me 4,800.", "too_expensive"),
        t("Ours includes balancing and new valves. I can do 5,000 each if you take two."),
        c("Okay, 5,000. Do it.", None),
        t("Forty minutes. There's a bench inside if you want to wait."),
        c("Do you also check alignment? It pulls a bit to the left.", None),
        t("Alignment is 1,000 extra. We can do it after the tyres if you want."),
    ],
)

# ---------------------------------------------------------------- d02
D02_OPEN = c("Hello... I want to learn driving. Actually I tried once with my husband and it ended in a fight. I'm very nervous in traffic.", None)

D02 = rpair(
    "b222r_d02_pune_drivingschool_nervous",
    "Driving school, Pune, India. A nervous adult learner asks about lessons. Better finds out what exactly frightens her and shapes the first lessons and times around it, offering a no-commitment trial; worse explains the standard course clearly but treats her nerves with a reassurance line.",
    better=[
        D02_OPEN,
        t("That's very common, honestly - learning from family is hard. What makes you most nervous: the car itself, or the other vehicles around you?"),
        c("Other vehicles. Two-wheelers coming from everywhere. And I panic if someone honks.", None),
        t("Then we won't start on the road. The first three sessions are on the empty ground at Baner, just you and the car, until the controls feel natural. We can also give you a lady instructor if you'd be more comfortable. The full course is 21 sessions, 6,500."),
        c("6,500 is fine. But my timings are difficult, I have my daughter's school pickup at one.", "no_time"),
        t("We have 7 a.m. slots - the roads are quiet then, which also helps with nerves. Shall I put you down for a trial session tomorrow at seven? If you don't like it, you don't continue."),
        c("Yes. A trial is good.", None),
        t("Done. Your instructor is Sunita, she'll call you tonight to confirm."),
    ],
    worse=[
        D02_OPEN,
        t("Don't worry madam, our instructors are very patient. The course is 21 sessions, 30 minutes each, 6,500. Our cars are dual control, so it's fully safe."),
        c("Okay. But my timings are difficult, I have my daughter's school pickup at one.", "no_time"),
        t("We have slots from 7 a.m. to 8 p.m., you can choose. Morning or evening?"),
        c("Morning maybe. Let me discuss with my husband and tell you.", "think_it_over"),
        t("Sure madam, here is our card. Call any time."),
    ],
)

# ---------------------------------------------------------------- d03
D03_OPEN = c("Hi, I'm selling my Golf next week, I want it looking mint. What's your best valet?", None)

D03 = rpair(
    "b222r_d03_manchester_valet_tradein",
    "Car valeting and detailing, Manchester, UK. A customer selling his car asks for the top valet. Better asks how he is selling, learns it is a dealer trade-in and steers him to the cheaper work that actually protects the price; worse sells the full detail politely with a small discount.",
    better=[
        D03_OPEN,
        t("Our top one's the full detail, 220. Before you book it - are you selling privately, or trading it in at a dealer?"),
        c("Trade-in at the Audi place in Stockport. They've offered me eight and a half, subject to inspection.", None),
        t("Then honestly, the dealer cares more about damage than shine - they'll valet it themselves anyway. What'll knock the price is that kerbed alloy and the stained back seat. A mini valet with seat shampoo is 75, and a mobile alloy repair is about 60 a wheel."),
        c("So not the full detail then? I thought that'd get me more for it.", None),
        t("For a private sale, with a buyer looking at it on your drive, the full detail can pay off. For a trade-in, I'd spend the money on the wheel and the seat. Your call - happy to do either."),
        c("No, that makes sense. Mini valet plus seats, and give me the alloy fella's number.", None),
        t("Thursday at nine? I'll put his number on your receipt."),
    ],
    worse=[
        D03_OPEN,
        t("That'll be the full detail - machine polish, interior deep clean, engine bay and wax. 220, takes the day."),
        c("Two twenty's a bit steep. Does it make that much difference?", "too_expensive"),
        t("Detailed cars sell quicker and for more, and most people selling go for it. I can do 200 if you book this week."),
        c("Go on then. Thursday?", None),
        t("Thursday at nine. Drop it off and we'll ring you when it's ready."),
        c("Will you do the alloys as well? One of them's kerbed.", None),
        t("We clean them, but kerb damage is a separate repair, we don't do that here. A mobile alloy place would sort it."),
    ],
)

# ---------------------------------------------------------------- d04
D04_OPEN = c("Hello. I want to buy a motorbike, but I will not ride it. I want to give it to a rider, he pays me daily. My cousin said it's good business.", None)

D04 = rpair(
    "b222r_d04_kisumu_boda_investor",
    "Motorbike dealer (boda-boda), Kisumu, Kenya. A woman wants to buy a bike to rent to a rider. Better uncovers her fear of the rider vanishing, works through who pays for service and how long payback takes, and lets her go away to calculate; worse quotes models, a cheaper option and a tracker correctly.",
    better=[
        D04_OPEN,
        t("Many people do that. Do you already have a rider in mind, and have you agreed a daily amount, or are you still planning?"),
        c("There is a young man from my church. We said 400 a day. But honestly, I fear he will disappear with the bike. It happened to my cousin.", "bad_experience"),
        t("That worry is real. Three things help: a GPS tracker, which we fit for 4,500; the logbook stays in your name; and a written agreement that says what happens if he misses payments. And in your plan, who pays for service and repairs?"),
        c("I didn't think about that. I thought him.", None),
        t("Most owners here pay service and tyres, and the rider pays fuel. Service is about 1,500 a month on a 125. At 400 a day, six days a week, you get your money back in about fifteen months if nothing goes wrong. I can print an agreement some owners use."),
        c("Fifteen months is long. Let me sit with my cousin and calculate again.", "think_it_over"),
        t("Good idea. Take the numbers and the agreement. The price stays the same when you come back."),
    ],
    worse=[
        D04_OPEN,
        t("Good business, yes. The Boxer 100 is the best for that - 138,000 cash, or 20,000 deposit and weekly payments. Strong and cheap on fuel."),
        c("138 is a lot. Is there a cheaper one?", "too_expensive"),
        t("The TVS Star is 125,000, also a good bike. We can fit a tracker for 4,500 if you want, for security."),
        c("Okay. Let me think about it and I will come back.", "think_it_over"),
        t("Sure, here are the prices written down. We're open till six every day."),
    ],
)

# ---------------------------------------------------------------- d05
D05_OPEN = c("Namaskar. I want to buy a scooty for my daughter, she is starting college in Gomti Nagar. She has just learned. I am very worried, honestly.", None)

D05 = rpair(
    "b222r_d05_lucknow_scooter_daughter",
    "Two-wheeler showroom, Lucknow, India. A mother buys a first scooter for her daughter. Better asks about the route and the daughter's height, recommends on safety grounds, is honest that more power is not needed, and finds a cheaper version within budget; worse lists features and offers EMI.",
    better=[
        D05_OPEN,
        t("Namaskar. That's natural. How far is the college from home, and which roads - the main Shaheed Path, or inside lanes?"),
        c("Six kilometres. Some part on Shaheed Path. She is small, five foot one.", None),
        t("Then I'd choose a light 110cc with a low seat and combined braking - both wheels brake together, which helps a new rider in a panic stop. I wouldn't take the sporty 125s, that's power she doesn't need. This one is 78,000 on road."),
        c("78 is more than we thought. Her father said 70 maximum.", "no_money"),
        t("There's last year's stock of the same scooter at 72,500 - same brakes, only older colours. And whatever you buy, get a proper ISI helmet, not the 300-rupee one. Our service centre also runs a free Sunday session for new riders."),
        c("Last year's model is fine. Can she come and sit on it before we pay?", None),
        t("Yes, bring her any evening. I'll keep it aside till Sunday."),
    ],
    worse=[
        D05_OPEN,
        t("Don't worry madam, this is our best-selling model for college girls - 110cc, light, LED lights, mobile charger. 78,000 on road."),
        c("78 is more than we thought. Her father said 70 maximum.", "no_money"),
        t("We have an exchange offer, and finance at a low EMI, around 2,800 a month. Many parents take that."),
        c("EMI we don't want. I will talk to her father.", "think_it_over"),
        t("Okay madam, here is the quote. The exchange offer runs till month end."),
    ],
)

# ---------------------------------------------------------------- d06
D06_OPEN = c("Hi there. My partner says I need winter tyres. We're in Glasgow, but I drive up to Aviemore most weekends in the winter for the skiing.", None)

D06 = rpair(
    "b222r_d06_glasgow_winter_tyres",
    "Tyre shop, Glasgow, UK. A weekend skier asks about winter tyres. Better asks about the roads and past trouble, lays out winter versus all-season honestly, and adapts when he says he won't come in twice a year; worse quotes winter tyres and storage accurately and lets him go away to think.",
    better=[
        D06_OPEN,
        t("Sounds like a good winter. Is it the A9 the whole way, and do you go up the ski road to Cairngorm as well?"),
        c("A9, aye, and up to the ski car park most Saturdays. Last February I slid into a snowbank on that road.", None),
        t("Right, then it's a real need, not just your partner fussing. Two options: a set of winter tyres you swap twice a year - about 480, plus 40 a swap with storage. Or all-season tyres that stay on all year - about 420, a wee bit less grip on ice, but no swapping."),
        c("I'm not wanting to come in twice a year, I've no time for that.", "no_time"),
        t("Then all-season makes sense for you. And for the ski road in heavy snow, carry snow socks - the fabric covers, about 70 quid. They'd have saved you in February."),
        c("Aye, go on - all-season and the socks. Next week okay?", None),
        t("Tuesday at eight, about an hour. I'll measure your old tyres too, in case they're worth selling on."),
    ],
    worse=[
        D06_OPEN,
        t("Good idea, winter tyres are much safer below seven degrees. A set of four for your car is 480 fitted, and we store your summer set for 40 a season."),
        c("Do I need all four, or would the front two do?", None),
        t("All four - if only the fronts grip, the back can step out on ice."),
        c("That's a fair bit. And I'd have to come in twice a year to swap them?", "too_expensive"),
        t("Yes, October and April. Most people find it's worth it, and we text you a reminder."),
        c("I'll have a think and chat to the other half.", "think_it_over"),
        t("No bother. I'll email you the quote."),
    ],
)

# ---------------------------------------------------------------- d07
D07_OPEN = c("Jambo. I run six tour vans from Nyali, mostly to Tsavo and back. Tourists keep complaining the vans are dusty inside. Can you do a regular wash for us?", None)

D07 = rpair(
    "b222r_d07_mombasa_fleet_wash",
    "Car wash (B2B fleet cleaning), Mombasa, Kenya. A tour operator wants his safari vans cleaned regularly. Better asks about the vans' hours first, proposes night washing at his yard, and reshapes the offer to his budget with a free trial; worse gives a fair fleet price and an early opening at extra cost.",
    better=[
        D07_OPEN,
        t("Jambo. Yes. When do the vans come back, and when do they leave again? That decides whether we can do them in time."),
        c("They come back around seven in the evening and leave at 5:30 in the morning. That's the problem, the other car washes are closed.", None),
        t("Then it makes more sense for us to come to your yard at night than for your drivers to bring them here. Inside properly - vacuum, vents, seats wiped - and outside a quick rinse, since the red dust is back after one trip anyway. 1,200 per van per night."),
        c("Six vans every night, that is a lot of money. My budget for this is maybe 150,000 a month.", "no_money"),
        t("That's fair - six vans nightly would be about 216,000. What if we do the full interior only on the vans that have tourists next morning, and a lighter wipe on the rest? On most nights, how many go out?"),
        c("Maybe four. Okay, send me that as a proposal, I'll show my partner.", "think_it_over"),
        t("I'll send it tomorrow with both options. And let's do one free trial night this week so you can see the result."),
    ],
    worse=[
        D07_OPEN,
        t("Jambo. Yes, we do fleet washing. Full wash inside and out is 1,200 per van, and ten percent off for fleets. Bring them any time between seven and seven."),
        c("The vans are out at that time. They leave at 5:30 and come back at seven in the evening.", None),
        t("We can open at 6:30 in the morning for you on weekdays, but that's 200 extra per van."),
        c("Hmm. Just send me your price list on WhatsApp, I'll call you.", "brush_off"),
        t("Sure, here's my number."),
    ],
)

# ---------------------------------------------------------------- d08
D08_OPEN = c("Hey, I want to put an aftermarket exhaust on my Himalayan. What options do you have?", None)

D08 = rpair(
    "b222r_d08_bengaluru_exhaust_himalayan",
    "Motorcycle workshop and accessories, Bengaluru, India. A rider wants a louder exhaust. Better asks what he wants from it, finds the real complaint is weak climbing with a pillion, is honest about fines and warranty, and fixes the actual cause cheaply; worse lists exhausts with honest caveats and offers fitting.",
    better=[
        D08_OPEN,
        t("Sure. What are you hoping to get from it - the sound, more power on the highway, or less weight?"),
        c("Honestly, mostly the sound. And I feel it struggles on the Nandi Hills climb with a pillion.", None),
        t("On the climb an exhaust alone won't change much. With a pillion, it's usually the gearing and the chain - and yours is quite slack. A loud exhaust can also get you fined and may hit the engine warranty. There are approved ones that sound deeper but stay legal, around 14,000."),
        c("14,000 for a pipe... hmm. The loud ones on Instagram are like 6,000.", "too_expensive"),
        t("True, and they are louder, but you'd risk the fine and the warranty. If it's the climb you care about, a chain adjustment and a rear sprocket with one more tooth is about 1,800 and helps more than any exhaust."),
        c("Okay, do the chain and sprocket first. Exhaust I'll decide later.", "think_it_over"),
        t("Ready by evening. Ride it up Nandi this weekend and tell me how it feels."),
    ],
    worse=[
        D08_OPEN,
        t("We have three: a slip-on for 6,500, a mid one for 9,000 and an approved one for 14,000. The slip-on is loudest."),
        c("Will any of them help with power? It struggles on the Nandi Hills climb with a pillion.", None),
        t("A little, maybe. The mid one gives a bit more at the top end."),
        c("The 6,500 one, is it legal?", None),
        t("It's not approved, so there's a risk of a fine, and a few customers have had warranty trouble. The 14,000 one is approved."),
        c("14,000 is too much for a pipe. Let me check prices online and come back.", "too_expensive"),
        t("Sure. If you buy online, we can fit it for 500."),
    ],
)

# ---------------------------------------------------------------- d09
D09_OPEN = c("Morning. My van battery's died again. That's the second one this year. I'm a plumber, I need it working, so just stick a new one in.", None)

D09 = rpair(
    "b222r_d09_leicester_van_battery",
    "Battery and auto-electrical shop, Leicester, UK. A plumber wants a third battery in a year. Better asks what the van powers, diagnoses the inverter drain, and offers the proper fix with a cheaper alternative while getting him working today; worse fits a sturdier battery quickly and correctly.",
    better=[
        D09_OPEN,
        t("Will do, but let me ask first, because two in a year isn't normal. What do you run off it - an inverter, tool chargers, a fridge?"),
        c("Inverter in the back. I charge my drill batteries and the press-fit tool off it while I'm driving between jobs.", None),
        t("That's likely it. The inverter pulls hard on the starting battery, and short drives between jobs don't put it back. A new battery will die the same way. The proper fix is a second leisure battery with a split-charge relay, so the tools run off that and the starter stays full."),
        c("How much is that all in? I'm not made of money.", "no_money"),
        t("Starter battery 130, leisure battery and relay fitted about 280, so 410. Or just the starter at 130 today and charge your tools off the mains at home - costs nothing, but it's a change of habit."),
        c("I can't be charging everything at home, I'm out at six. Let's do the lot, but can the second bit be Saturday?", None),
        t("Starter battery now so you can work today, and the split-charge Saturday morning. About two hours."),
    ],
    worse=[
        D09_OPEN,
        t("No problem. For the Transit it's the 096, 130 fitted, three-year warranty. Fifteen minutes."),
        c("Three-year warranty, and the last one didn't last one. Is there not a better battery?", "bad_experience"),
        t("There's an AGM one at 190 that handles heavy use better. It's what I'd put in a work van."),
        c("Go on, the AGM then.", None),
        t("Fitting it now. Keep the receipt for the warranty."),
        c("Anything I should be doing different?", None),
        t("Just try not to leave anything plugged in overnight. That usually does it."),
    ],
)

# ---------------------------------------------------------------- d10
D10_OPEN = c("Hello. My coach says I should do cycling while my Achilles heals. I am a runner, I train in Iten. I know nothing about bikes.", None)

D10 = rpair(
    "b222r_d10_eldoret_runner_bike",
    "Bicycle shop, Eldoret, Kenya. An injured runner needs a bike for six weeks of cross-training. Better asks how long and on what roads, picks a cheap used road bike, stresses a proper fit for the injury and offers a buy-back; worse moves from an unsuitable mountain bike to the right one only after the customer's price push.",
    better=[
        D10_OPEN,
        t("Pole for the injury. How long does the coach want you off running, and will you ride on the tarmac to Eldoret or on the murram paths?"),
        c("Maybe six weeks. Tarmac mostly, the Iten-Eldoret road. I want to keep my fitness for the marathon in April.", None),
        t("Six weeks on tarmac - then you don't need an expensive bike. A used road bike fits, we have a few from 25,000. The most important thing for your Achilles is the setup: wrong saddle height can make it worse. We'd fit it to you for free."),
        c("25,000 is okay. But after six weeks I go back to running, then the bike just sits.", "no_need"),
        t("Fair. Two options: we buy it back after six weeks for 18,000 if it's in good condition, or you rent one at 4,000 a week. Six weeks of rental is 24,000 - almost the same as buying."),
        c("Buy and sell back is better. Can you set it up today?", None),
        t("Yes. Bring your running shoes too, I want to see how your feet sit on the pedals. One hour."),
    ],
    worse=[
        D10_OPEN,
        t("Pole. We have good bikes. This mountain bike is strong for all the roads here, 32,000 new, with front suspension."),
        c("32,000 is a lot for six weeks. My Achilles should be healed by then.", "too_expensive"),
        t("We also have a used road bike for 25,000. Lighter, faster on tarmac."),
        c("That one sounds better. Let me bring my coach to see.", "think_it_over"),
        t("Okay, we open at eight tomorrow."),
    ],
)

PAIRS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
