"""Ranked pairs f01-f10 (b107): the sides share every turn except one fault in `worse` and the customer's
reaction to it. Hand-written."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer -- property manager, Hoboken
o = c("Hi, it's Jenny in 5A. The dryer on the right in the basement takes the money from the card but doesn't get hot. I lost like eight dollars this week.", None)
t1 = t("Sorry about that, Jenny. The one by the window? Does it spin at least?")
c1 = c("Yeah, by the window. It spins, but after an hour everything's still wet. I had to hang stuff all over my apartment.", None)
t2b = t("Spinning with no heat usually means the heating part failed, that's not something you did. Thanks for telling us before more people lose money.")
c2b = c("No problem. I just don't want to lose more on it.", None)
t2w = t("Hm, that dryer's fine, I ran a load in it Monday myself. Those machines are slow, you just have to run it twice.")
c2w = c("Twice is sixteen dollars. It's not heating, I felt the clothes, they're cold.", None)
t3 = t("I'll put an out-of-order sign on it this afternoon and call the laundry company to come out this week. And I'll credit the eight dollars to your laundry card, what's the number on the back?")
c3 = c("It's 40-2215.", None)
t4 = t("Got it, credited by tonight. I'll text you when the dryer's fixed.")
PAIRS.append(rpair(
    "b107r_f01_hoboken_landlord_dryer",
    "A tenant tells her building's property manager that a basement dryer takes payment but does not heat. The fault in worse: the manager argues with her.",
    [o, t1, c1, t2b, c2b, t3, c3, t4],
    [o, t1, c1, t2w, c2w, t3, c3, t4]))

# f02 doubts the customer's honesty -- insurance broker, Jersey City
o = c("Hi, um, my e-bike got stolen from the bike room in my building on Friday. I have renters insurance through you. Does it cover this?", None)
t1 = t("I'm sorry, that's a rough one. Your policy covers theft from a locked common area, so it should. Did you file a police report?")
c1 = c("Yeah, Saturday morning. I have the report number. The lock was cut, the super found it on the floor.", None)
t2b = t("Good, the cut lock helps. Do you still have the receipt or a bank statement for the bike? The insurer will ask for proof of what you paid.")
c2b = c("I have the receipt in my email, it was 1,900. Do I pay anything?", None)
t2w = t("Okay. Just so you know, we see a lot of e-bike claims where the bike wasn't really locked. Are you sure you locked it? And did you actually pay 1,900 for it, or is that the new price?")
c2w = c("Excuse me? Yes I'm sure, the super found the cut lock. I have the receipt, 1,900, it's in my email. Do I pay anything?", None)
t3 = t("Your deductible is 500, so you'd get around 1,400 back. Forward me the receipt and the police report number and I'll open the claim today.")
c3 = c("Hm, 500 is a lot to lose. Is it even worth filing? Will my rate go up?", "think_it_over")
t4 = t("One claim this size usually raises renters premiums a little, maybe 20 to 40 a year. It's your call; I'd still file for 1,400.")
c4 = c("Okay, yeah, file it. I'll send everything tonight.", None)
PAIRS.append(rpair(
    "b107r_f02_jerseycity_insurance_ebike",
    "A renter calls her broker about a stolen e-bike. The fault in worse: the broker questions whether she is telling the truth.",
    [o, t1, c1, t2b, c2b, t3, c3, t4],
    [o, t1, c1, t2w, c2w, t3, c3, t4]))

# f03 drops the price before asking anything -- moving company, Boston
o = c("hi, how much for a studio from Dorchester to Quincy? another company quoted me 500", None)
t1b = t("Let's see if we can do better, but I need a couple of details first: what floor are you on, is there an elevator, and is there anything big or heavy?")
c1b = c("2nd floor, no elevator. bed, dresser, a small couch, a keyboard, like 15 boxes", None)
t1w = t("We can beat that! 399 flat, and if you book today I'll make it 350.")
c1w = c("oh ok, cheap. but you dont even know what I have lol. 2nd floor no elevator, bed, dresser, small couch, keyboard, like 15 boxes", None)
t2 = t("Okay, that's two movers and a small truck, about three hours. Do you have a date?")
c2 = c("the 15th, its a saturday. I need to be out by noon", None)
t3 = t("The 15th, 8am start, done before noon. I'll email the written estimate within the hour, and the price on it is what you pay, no surprises at the door.")
c3 = c("ok great, send it", None)
PAIRS.append(rpair(
    "b107r_f03_dorchester_moving_studio",
    "A renter in Dorchester asks a Boston mover for a studio price, mentioning a competing quote. The fault in worse: the trainee cuts the price before asking a single question.",
    [o, t1b, c1b, t2, c2, t3, c3],
    [o, t1w, c1w, t2, c2, t3, c3]))

# f04 unasked lecture -- dental office, Astoria
o = c("Hi, this is Carmen Ortiz, I have a cleaning Thursday at four but I need to move it. My work schedule changed. Sorry.", None)
t1 = t("No problem, Carmen. What days and times work better now?")
c1 = c("Mornings are better now, before ten. Any day but Monday.", None)
t2b = t("I have Wednesday the 12th at eight thirty, or Friday the 14th at nine.")
c2b = c("Wednesday at eight thirty is good.", None)
t2w = t("I have Wednesday the 12th at eight thirty. And just so you know, it's been fourteen months since your last cleaning, and that's how gum disease starts. People don't realize it's linked to heart problems. You really shouldn't push these back.")
c2w = c("Okay... I didn't push it for fun, my job changed. Wednesday at eight thirty is good.", None)
t3 = t("You're set for Wednesday the 12th at 8:30. You'll get a text reminder the day before.")
c3 = c("Perfect. Oh, is the copay still 25?", None)
t4 = t("Still 25 with your plan. See you Wednesday.")
PAIRS.append(rpair(
    "b107r_f04_astoria_dental_reschedule",
    "A patient calls a dental office in Astoria to move a cleaning. The fault in worse: an unasked lecture on gum disease.",
    [o, t1, c1, t2b, c2b, t3, c3, t4],
    [o, t1, c1, t2w, c2w, t3, c3, t4]))

# f05 vague next step -- IT support, Baltimore nonprofit
o = c("Hi, I'm the office manager at a small nonprofit in Mount Vernon. Our backup is, honestly, one external drive that someone takes home on Fridays. Our board says we need something real.", None)
t1 = t("Your board's right to ask. How much data are we talking about, and where does it live now: a server, shared drive, everyone's laptops?")
c1 = c("Mostly on one old desktop we use as a shared drive, maybe 600 gigs. Plus everyone's email, which is Microsoft 365.", None)
t2 = t("Then you need two things: a cloud backup of that desktop with versions, so if ransomware hits you can go back a week, and a backup of the 365 mailboxes, which Microsoft doesn't really do for you. For nine people it's usually 60 to 90 a month total.")
c2 = c("That's doable, I think. But the board has to approve anything over 50 a month, and they meet on the 20th.", "think_it_over")
t3b = t("Then I'll send you a one-page quote with two options by Wednesday noon, written for the board, not for IT people. I'll call you Thursday at ten to answer questions before you send it to them.")
c3b = c("Wednesday noon, Thursday at ten. Great, that gives me time before the 20th.", None)
t3w = t("Okay, sounds good. We'll put something together and get back to you.")
c3w = c("Um, okay. When, roughly? The board meets on the 20th.", None)
PAIRS.append(rpair(
    "b107r_f05_baltimore_it_backup",
    "A nonprofit office manager asks an IT provider about real backups before a board meeting. The fault in worse: a vague next step.",
    [o, t1, c1, t2, c2, t3b, c3b],
    [o, t1, c1, t2, c2, t3w, c3w]))

# f06 over-promises -- electrician, South Philadelphia
o = c("Hey, I'm redoing a rowhouse on Federal Street, and the inspector says I need to upgrade the service to 200 amps before the kitchen can pass. How fast can you do it?", None)
t1 = t("We do those all the time. Is the meter inside or outside, and is the service overhead from the pole or underground?")
c1 = c("Meter's in the basement, wires come in overhead from the back alley.", None)
t2 = t("Okay, so the meter probably has to move outside too, PECO requires that on upgrades now. Our part, panel and meter base, is two days of work, about 4,800 with the permit.")
c2 = c("4,800, ugh, I budgeted like four. Whatever, it has to pass.", "too_expensive")
t3b = t("Understood. On timing, I'll be straight: our two days is easy, but PECO has to disconnect and reconnect, and right now that's taking them three to five weeks. I'll file the paperwork with them tomorrow so the clock starts.")
c3b = c("Five weeks? Man. My cabinet guy wanted to start next month. Okay, file it tomorrow.", None)
t3w = t("No problem, we'll have you done and powered up by next Friday, guaranteed. Don't worry about PECO, we'll handle it.")
c3w = c("Next Friday? Perfect, I'll tell my cabinet guy he can start the Monday after.", None)
t4 = t("I'll email you the contract tonight.")
PAIRS.append(rpair(
    "b107r_f06_southphilly_electric_service",
    "A contractor renovating a South Philadelphia rowhouse needs a 200-amp service upgrade. The fault in worse: the electrician promises a date that depends on the utility.",
    [o, t1, c1, t2, c2, t3b, c3b, t4],
    [o, t1, c1, t2, c2, t3w, c3w, t4]))

# f07 closes before checking the thing works -- business phone, Flushing restaurant
o = c("Hello, I have a restaurant in Flushing, dumplings. My phone bill is 140 a month for two lines. My friend says internet phone is cheaper. Is true?", None)
t1 = t("Usually, yes. What do the two lines do, one for orders and one for the office?")
c1 = c("One for takeout orders, one my wife uses for suppliers. We keep the same numbers, customers know the number for twenty years.", None)
t2 = t("You keep both numbers, we transfer them. Two lines with us would be 50 a month, and the order line can ring two phones at once in the kitchen.")
c2 = c("50? Okay, this is much better. Last company I switched, the internet was bad and the phone cut off. I worry a little.", "bad_experience")
t3b = t("Fair worry. Before you sign anything, does anything else use those phone lines, like a fax, an old card machine or the alarm? Those don't always work on internet phone.")
c3b = c("Ah, yes, the alarm company calls through the phone line. I didn't think about this.", None)
t3w = t("It'll be fine. Let's get you signed up today and we'll move your numbers by Monday.")
c3w = c("Okay, Monday. Oh wait, the alarm company calls through the phone line. Is problem?", None)
t4 = t("Good that we caught it. I'll call your alarm company to check it works with the new line, and we only move your numbers once it does. I'll call you back Wednesday.")
PAIRS.append(rpair(
    "b107r_f07_flushing_telecom_voip",
    "The owner of a dumpling restaurant in Flushing asks about moving his two phone lines to internet phone. The fault in worse: the trainee closes before checking what else runs on the lines.",
    [o, t1, c1, t2, c2, t3b, c3b, t4],
    [o, t1, c1, t2, c2, t3w, c3w, t4]))

# f08 recommends before asking -- gym, Cambridge MA
o = c("Hi! I just moved to Cambridge, I'm thinking of joining. What membership do you recommend?", None)
t1b = t("Welcome! Depends what you'd use. What are you hoping to do here?")
c1b = c("Mostly swim, I swam in college in São Paulo. Maybe weights sometimes.", None)
t1w = t("Our All-Club is the one I'd recommend, 95 a month, all five locations, classes, pool, sauna, everything.")
c1w = c("95 is a lot, hm. I mostly want to swim, I swam in college in São Paulo. Maybe weights sometimes.", "too_expensive")
t2 = t("Then the Pool and Gym plan fits you, 59 a month. Lap lanes open 5:30 to 9 in the morning, and the weight room's included.")
c2 = c("Morning lanes are perfect, before work. Are the lanes crowded?", None)
t3 = t("Before seven it's usually one or two per lane. Want a free pass to try it tomorrow morning?")
c3 = c("Yes, tomorrow at six. Obrigada!", None)
PAIRS.append(rpair(
    "b107r_f08_cambridge_gym_pool",
    "A Brazilian newcomer to Cambridge asks a gym what membership to buy. The fault in worse: the trainee recommends before asking anything.",
    [o, t1b, c1b, t2, c2, t3, c3],
    [o, t1w, c1w, t2, c2, t3, c3]))

# f09 unexplained jargon -- insurance broker, Yonkers
o = c("Hi, I got a letter from my home insurance, it says they're not renewing and you found me a new policy? I don't understand what changed. My husband handled this stuff, he passed last year.", None)
t1 = t("I'm sorry about your husband, Mrs. Petrova. I'll go slowly. Your old company stopped writing homes in parts of New York, it's not about anything you did.")
c1 = c("Okay. So the new one, is it the same?", None)
t2b = t("Almost. Two differences. First, if the roof gets damaged, they pay what the old roof is worth, not the cost of a new one, because it's 22 years old. Second, for wind damage, you pay the first 2 percent of the house's value yourself, about 9,000, instead of 1,000.")
c2b = c("9,000 myself? This I cannot pay. And the price?", "no_money")
t2w = t("Sure. The new carrier wrote it as an HO-3 with ACV on the roof and a 2 percent wind-hail deductible, since it's admitted-market but close to E&S pricing given the roof age.")
c2w = c("I'm sorry, I don't understand any of this. Is it bad? And the price?", None)
t3 = t("It's 2,900 a year, up from 2,300. If the wind deductible worries you, I can ask for a flat 2,500 instead; it costs more, about 180 a year.")
c3 = c("More money again. I need to ask my son, he helps me with bills now.", "think_it_over")
t4 = t("Of course. I'll email you both a one-page summary in plain words, and I can join a call with your son any evening this week.")
PAIRS.append(rpair(
    "b107r_f09_yonkers_insurance_renewal",
    "A widow in Yonkers asks her broker why her home insurance changed after a non-renewal. The fault in worse: unexplained insurance jargon.",
    [o, t1, c1, t2b, c2b, t3, c3, t4],
    [o, t1, c1, t2w, c2w, t3, c3, t4]))

# f10 talks about themselves -- deli catering, Newark North Ward
o = c("Hi, I want to order food for my son's baptism, the Sunday after next, at my house. You do trays, right?", None)
t1 = t("We do. Congratulations! How many people, and is it lunch or more like snacks after church?")
c1 = c("Lunch, like forty people, family mostly. My mother is making the arroz con gandules, so I need the rest.", None)
t2b = t("Okay, so the rice is covered. For forty, most families do pernil or chicken, a salad, and a sandwich tray for the kids. Anyone who doesn't eat meat?")
c2b = c("My sister-in-law is vegetarian. And my budget is like 500, is that enough?", None)
t2w = t("Oh, a baptism, that's beautiful. My daughter's was at St. Lucy's last spring, eighty people, my mother-in-law insisted on cooking everything herself, it was crazy, she was up until three in the morning. We still laugh about it.")
c2w = c("Ha, okay. Um... so for mine, what do you suggest? My sister-in-law is vegetarian. And my budget is like 500, is that enough?", None)
t3 = t("500 works: a half pan of pernil, a half pan of chicken, a big salad, a veggie tray with pasta for your sister-in-law, and a kids' sandwich tray. That's about 470 with pickup, 30 more for delivery.")
c3 = c("Pickup is fine, my husband can come. I'll confirm with him tonight which time.", None)
t4 = t("Great. I'll write it up under your name and hold the Sunday; just call me by Wednesday with the pickup time.")
PAIRS.append(rpair(
    "b107r_f10_newark_deli_baptism",
    "A mother in Newark's North Ward orders catering for her son's baptism lunch. The fault in worse: the trainee talks about their own family instead of her order.",
    [o, t1, c1, t2b, c2b, t3, c3, t4],
    [o, t1, c1, t2w, c2w, t3, c3, t4]))
