"""Ranked pairs d01-d10: two decent conversations, `better` is better. Hand-written, blind, set blind52."""
from common import t, c, rpair

PAIRS = []

# d01 - office coffee machine lease, Warsaw
o = c("Dzień dobry, hello. We need a new coffee machine for the office, the old one broke. Forty people. Can you send me an offer?", None)
PAIRS.append(rpair(
    "b52r_d01_warsaw_office_coffee",
    "An office manager in Warsaw asks a coffee-machine leasing firm for an offer after the office capsule machine died.",
    [o,
     t("Hello, sure. Before I send anything: what happened with the old one, and what did people like or hate about it?"),
     c("It was a capsule machine. Capsules cost us like 1,500 złoty a month, and there was always a queue at nine. Then it just died.", None),
     t("So the capsules were expensive and the morning queue was a pain. For forty people a bean-to-cup machine with two spouts cuts the queue, and beans come to roughly a third of the capsule cost. The lease is 390 a month with service."),
     c("390 plus beans. My boss will ask why we don't just buy a cheap one in the shop again.", "too_expensive"),
     t("Fair question for him. A shop machine is built for maybe twenty cups a day; you'd do two hundred, so it wears out within a year, with no service. I'll put your capsule cost next to lease plus beans in the offer, so he compares monthly numbers."),
     c("Okay, that comparison he will like. Send it to me please, and maybe a two-week trial?", None),
     t("Yes, two weeks free, installed Monday or Tuesday, as you prefer. The offer comes today.")],
    [o,
     t("Hello, sure. For forty people I'd recommend our bean-to-cup model with two spouts. The lease is 390 a month including service."),
     c("390 plus the beans? My boss will ask why we don't just buy a cheap one in the shop.", "too_expensive"),
     t("A shop machine won't survive forty people, it isn't built for that volume, and you get no service. Ours is serviced every quarter."),
     c("Okay. He usually wants numbers, not only words.", None),
     t("Understood. I'll send the offer with the technical specs and lease terms today."),
     c("Fine, send it.", None),
     t("Will do. Have a good day.")],
))

# d02 - school group hotel booking, Oaxaca
o = c("Hi, I'm organizing a school trip to Oaxaca, 25 teenagers and 3 teachers, four nights in March. Do you have group rates?", None)
PAIRS.append(rpair(
    "b52r_d02_oaxaca_school_group_hotel",
    "A teacher asks a Oaxaca hotel about group rates for a school trip; supervision at night is her main worry.",
    [o,
     t("We do. Tell me a bit about the group: how old are the students, and what matters most to you as the teacher in charge?"),
     c("Fifteen, sixteen. Honestly, what keeps me up at night is them sneaking out. Last trip, in Puebla, two boys went to a bar at midnight.", None),
     t("That's a real worry. We can put the whole group on the second floor, one corridor, with teachers' rooms at both ends, and the night porter will tell you if anyone goes out after ten."),
     c("The corridor idea is perfect. What's the price? The parents pay, and some families really can't afford much.", None),
     t("Quadruple rooms with breakfast are 520 pesos per student per night; teachers' rooms are free with 25 paying. Quads keep it lowest for the families."),
     c("520... I need to present it to the parents' committee first.", "think_it_over"),
     t("Of course. I'll hold the corridor for two weeks with no deposit and send a one-page summary you can show the committee.")],
    [o,
     t("We do! For groups over twenty there's a 15% discount. Quadruple rooms with breakfast are 520 pesos per student per night, and teacher rooms are free."),
     c("Okay. They're fifteen, sixteen. Can you keep them together somehow?", None),
     t("Sure, we'll put the group on the same floor. Breakfast is from seven to ten."),
     c("Good. I need to present it to the parents' committee first.", "think_it_over"),
     t("No problem. I can hold the rooms for two weeks. I'll email the quote."),
     c("Thank you.", None)],
))

# d03 - hens stopped laying, feed store, rural Idaho
o = c("Hey. My hens quit laying about three weeks ago. Somebody said there's a supplement for that?", None)
PAIRS.append(rpair(
    "b52r_d03_idaho_feed_store",
    "A backyard-flock owner at a farm-and-feed store asks for a laying supplement; the hens are probably molting on low-protein scratch.",
    [o,
     t("There are a few, but let's see if you even need one. How many hens, how old, and what are they eating now?"),
     c("Twelve. About a year and a half. They get scratch grains mostly, and kitchen scraps. Feathers all over the coop lately too.", None),
     t("Feathers everywhere in fall at that age sounds like their first molt; they usually stop laying while they regrow feathers. Scratch is low in protein, and molting birds need more. A 20% protein feed would do more than a supplement."),
     c("Huh. The scratch is half the price, though. Layer feed at the co-op ran me 24 a bag.", "too_expensive"),
     t("This one's 21 for fifty pounds. Feed it, keep scratch as a treat, and they'll likely lay again in six to eight weeks as the days allow. If not, come back and we'll look at other causes."),
     c("Alright, I'll take a bag and see.", None)],
    [o,
     t("Sure, there's a laying supplement right here, calcium and vitamins, 14 dollars. Lots of people like it."),
     c("Does it work? They're about a year and a half, twelve of them. Feathers all over the coop too.", None),
     t("Could be molting, that's normal in fall. The supplement helps them get back on track. You could add layer feed too."),
     c("Layer feed at the co-op ran me 24 a bag. That's a lot for twelve chickens.", "too_expensive"),
     t("Ours is 21. Up to you, the supplement alone should help some."),
     c("I'll just take the supplement for now.", None)],
))

# d04 - CRM for a building-materials distributor, Astana
o = c("Good afternoon. I'm the sales director at a building materials distributor, 30 sales reps. We want a CRM. What can you offer?", None)
PAIRS.append(rpair(
    "b52r_d04_astana_crm_software",
    "A sales director in Astana shops for a CRM after a departing rep took key clients; the reps are older and on the road.",
    [o,
     t("Good afternoon. Happy to help. What's pushing you toward a CRM now, what goes wrong today?"),
     c("Reps keep clients in their heads and notebooks. One left in summer and took two big contractors to a competitor. We had no history.", None),
     t("So losing client history when a rep leaves is the real pain. Who would enter data every day, the reps themselves? How do they feel about that?"),
     c("They'll hate it. Most are on the road, older guys, phone and handshake. The last system, a 1C add-on, nobody used.", "bad_experience"),
     t("Then fit matters more than features: a mobile app where they log a call in two taps, and you see every client's history. I'd propose a six-week pilot with five reps, including your two most sceptical, before you commit to thirty licences."),
     c("The sceptical ones, good idea. If they use it, anybody will. Price for the pilot?", None),
     t("The pilot is free; after that 9,000 tenge per user a month. I'll come for the setup day myself. Which week suits you?")],
    [o,
     t("Good afternoon. We have a great fit for distributors: pipeline, tasks, quotes, a mobile app and reporting dashboards for you. 9,000 tenge per user a month."),
     c("Reps keep clients in their heads. One left in summer and took two big contractors with him. I want to stop that.", None),
     t("Our CRM keeps all client history centrally, so if a rep leaves, the data stays. You'll see every deal in the dashboard."),
     c("The last system, a 1C add-on, nobody used. My reps are on the road, older guys.", "bad_experience"),
     t("Our mobile app is very easy, and we do a two-hour training for all users. For thirty users that's 270,000 a month; I can offer 10% off an annual contract."),
     c("Send the offer, I'll discuss it with the general director.", "think_it_over")],
))

# d05 - scooter rental for cruise passengers, Willemstad
o = c("hey, how much for a scooter for the day? we're off the cruise ship till 5", None)
PAIRS.append(rpair(
    "b52r_d05_curacao_scooter_rental",
    "Two cruise passengers, never having ridden a scooter, want one to reach a far beach and be back at the ship on time.",
    [o,
     t("Hey! Day rate is 45 dollars. Where are you hoping to go, and have you ridden a scooter before?"),
     c("we wanted the beaches up west, like playa kenepa. ive never ridden one but how hard can it be lol", None),
     t("Kenepa is about an hour each way, with hills and some fast traffic on the main road. For a first ride with two of you, that's a lot. A small car is 65 for the day, with AC; a scooter is great for around town."),
     c("65 hmm. ok the car makes sense. but we have to be back at the ship by 4:30", None),
     t("Then leave Kenepa by 2:30 to be safe. I'll mark the route and a petrol stop on the map, and you drop the car right here by the pier."),
     c("perfect. car it is", None)],
    [o,
     t("Hey! 45 for the day, helmet included. I'll need a driver's licence and a credit card."),
     c("here. we want to go to the beaches up west, playa kenepa", None),
     t("Great choice. About an hour each way, the road's a bit busy, so take it easy. Here's a map."),
     c("cool. we have to be back at the ship by 4:30 tho", None),
     t("Leave Kenepa by 2:30 and you're fine. Have fun, and careful on the hills."),
     c("thanks!", None)],
))

# d06 - milking robot enquiry, near Cluj
o = c("Hello. I have 40 cows near Cluj. My son says we should buy a milking robot. How much is one?", None)
PAIRS.append(rpair(
    "b52r_d06_cluj_milking_equipment",
    "A Romanian dairy farmer with 40 cows asks an equipment dealer the price of a milking robot his son wants.",
    [o,
     t("Hello. A robot is around 150,000 euros installed, so it's a big step. What's behind your son's idea, what's hard about milking now?"),
     c("Twice a day, five in the morning, in the old parlour, two hours each time. My back is finished, and my son wants to have a life also.", None),
     t("So the real problem is labour: four hours a day, tied to the farm, and your back. A robot solves that, but with 40 cows the payback is long unless you grow. Are you planning to?"),
     c("Maybe to 50. And 150,000, honestly, we don't have that. Only with EU funds, maybe.", "no_money"),
     t("Then let's look at both: a robot with the EU rural grant, which can cover up to half, or a parlour upgrade with automatic cluster removers for about 35,000, which cuts milking time by a third. And I'd suggest you and your son visit a farm near Turda that runs a robot with 55 cows."),
     c("A visit is good. My son will be happy. When?", None),
     t("I'll call that farmer today and propose two dates this week.")],
    [o,
     t("Hello. A single-box robot handles up to 65 cows, about 150,000 euros installed. It milks around the clock, the cows go when they want, and you get data on every cow."),
     c("150,000 we don't have. Only with EU funds, maybe.", "no_money"),
     t("Many farmers use the EU rural grant, it can cover up to half. We help with the paperwork."),
     c("Okay. I have 40 cows. Is it worth it?", None),
     t("Robots pay back through labour savings and higher yields, usually in seven to ten years. I can prepare a calculation for your farm."),
     c("Yes, prepare it. I will show my son.", "think_it_over")],
))

# d07 - first heating-oil delivery, rural Maine
o = c("Hi, we just moved into a house in Rumford and it has an oil furnace. Never had one. Do I just call you when it's low?", None)
PAIRS.append(rpair(
    "b52r_d07_maine_heating_oil",
    "A new homeowner who has never had oil heat calls a local fuel dealer before winter; money is tight after the move.",
    [o,
     t("You can, but let's make it easier. Do you know how big the tank is? It's usually written on the side, in the basement; 275 is common."),
     c("Uh, I can check. It's... 275, yeah. The gauge says a quarter.", None),
     t("A quarter of 275 is roughly sixty gallons, which in November might last two weeks. I'd fill it this week. After that, you choose: automatic delivery, where we track the weather and come before you run low, or you call us."),
     c("Automatic sounds nice, but I don't want a surprise 800-dollar fill when we're this stretched after the move.", "no_money"),
     t("Fair. A house that size uses maybe 700 to 800 gallons a winter, around 2,800 at today's price. The budget plan spreads that over ten months, about 280 each, no surprise bills."),
     c("The budget plan, yes. Can you come Thursday?", None),
     t("Thursday works. We'll also leave a card on the tank, so you know who to call if the furnace stops.")],
    [o,
     t("You can call when it's low, sure. It's 3.69 a gallon today, minimum delivery 100 gallons."),
     c("Okay. The gauge says a quarter. Should I order now?", None),
     t("Yes, I'd fill it before it gets colder. What's the tank size?"),
     c("275, I think. How much would that be? We're kind of stretched after the move.", "no_money"),
     t("Around 200 gallons to fill, so about 740. We have automatic delivery and budget plans too, they're on our website."),
     c("Okay, just fill it then. Thursday?", None)],
))

# d08 - braces for a 12-year-old, Santiago de Chile
o = c("Hola, I'm calling because the dentist said my daughter needs braces. She's twelve. How much does it cost?", None)
PAIRS.append(rpair(
    "b52r_d08_santiago_orthodontist",
    "A single mother phones an orthodontic clinic about braces for her twelve-year-old, who is teased at school.",
    [o,
     t("Hola. It depends on what she needs, so the first step is a consultation. Did the dentist say what the problem was?"),
     c("Something about the bite, the top teeth too forward. She's very embarrassed about it, the kids at school tease her.", None),
     t("That's hard at twelve. Treatment for that usually takes 18 to 24 months, between 1.8 and 2.5 million pesos depending on the type. Clear aligners show less but cost more."),
     c("2.5 million... I'm on my own with her. I can't pay this at once.", "no_money"),
     t("Most families don't. We do monthly payments over the treatment with no interest, around 90,000 a month. The consultation is 25,000 with X-rays, so you know exactly what she needs before deciding. Would she like to come and ask her own questions?"),
     c("Yes, she has many questions. After school, maybe Wednesday?", None),
     t("Wednesday at 4:30. Tell her she can bring a list.")],
    [o,
     t("Hola. Braces are usually between 1.8 and 2.5 million pesos, for 18 to 24 months. The first step is a consultation with X-rays, 25,000."),
     c("2.5 million... I'm on my own with her. I can't pay this at once.", "no_money"),
     t("We have monthly payments over the treatment, no interest. The orthodontist will tell you what type she needs."),
     c("Okay. She's embarrassed, the kids at school tease her.", None),
     t("Poor thing. Many kids feel that way, braces are very common now. Shall I book the consultation? Wednesday at 4:30 is free."),
     c("Okay, Wednesday.", None)],
))

# d09 - café menus, print shop, Lviv
o = c("Hi, I need menus printed for my café. Thirty copies, A4, both sides. When can you do it?", None)
PAIRS.append(rpair(
    "b52r_d09_lviv_print_shop",
    "A café owner orders table menus; they get spilled on and the prices change every few months.",
    [o,
     t("We can do tomorrow. Quick question first: are they for tables inside, and how often do your prices change?"),
     c("Inside and on the terrace. Prices change... honestly, every three months, with inflation. The menus I printed last spring, now I cross out prices with a pen.", None),
     t("So they get coffee on them and the prices go out of date fast. I'd laminate the menus, 35 hryvnias each, and print prices on a separate insert you can reprint cheaply, about 8 each."),
     c("Lamination makes it 1,050 instead of 450. Hmm, it's more than I planned.", "too_expensive"),
     t("True. You could laminate only the ten for the terrace, where spills are worst, and keep paper inside. That's around 650. Decide after you see a sample."),
     c("Okay, show me a sample, then I decide.", None)],
    [o,
     t("We can do tomorrow. Thirty A4, double-sided, on 170-gram gloss is 450 hryvnias. Do you have the file ready?"),
     c("Yes, PDF. Will the paper survive coffee? It's for the tables, and the terrace.", None),
     t("Gloss resists a bit, but if you want, they can be laminated, 35 each."),
     c("That's 1,050 then. Too much. Just the paper.", "too_expensive"),
     t("Fine. Send the PDF and they'll be ready at noon tomorrow."),
     c("Sending now.", None)],
))

# d10 - car loan preapproval, credit union, small-town Arkansas
o = c("Hi, I'm wanting to get preapproved for a car loan. I found a 2021 Civic at a lot in Conway for 24,000.", None)
PAIRS.append(rpair(
    "b52r_d10_arkansas_credit_union_car_loan",
    "A newly qualified nurse with student loans asks her credit union for car-loan preapproval.",
    [o,
     t("Happy to help. Before the numbers, what monthly payment would feel comfortable with everything else you pay?"),
     c("I don't know, maybe 350? I'm a new nurse, I still have student loans, 280 a month.", None),
     t("350 is a sensible ceiling with those loans. Honestly, 24,000 at our 6.9% is about 405 a month even over six years, and around 5,400 in interest. Do you have a down payment or a trade-in?"),
     c("My old Corolla, maybe 4,000 for it. I wanted to keep it for my brother, though.", None),
     t("With 4,000 down you'd borrow 20,000: about 340 a month over six years, or 395 over five. Or a car around 20,000 gets you there without giving up the Corolla. Shall I run a preapproval up to 24,000, and you decide after talking to your brother?"),
     c("Yes, let's do that. I'll talk to him tonight.", None)],
    [o,
     t("Sure. For a 24,000 loan our rate is 6.9% right now. How long a term were you thinking?"),
     c("I don't know, whatever keeps the payment low. I'm a new nurse, I still have student loans.", None),
     t("72 months would be about 405 a month, 60 months about 475. Most people take the 72 for the lower payment."),
     c("405 is more than I can do right now, honestly. Maybe I should look at cheaper cars.", "no_money"),
     t("That's up to you. The preapproval is good for 60 days, so I can run it for 24,000 and you use less if you find something cheaper."),
     c("Okay, run it.", None)],
))
