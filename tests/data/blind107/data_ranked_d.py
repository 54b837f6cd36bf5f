"""Ranked pairs d01-d10 (b107): two decent conversations, `better` is better. Hand-written."""
from common import c, rpair, t

PAIRS = []

# d01 moving company, Bay Ridge -> Staten Island
o = c("Hi, I need a quote to move a two-bedroom from Bay Ridge to Staten Island, Great Kills, sometime in June.", None)
PAIRS.append(rpair(
    "b107r_d01_bayridge_moving_estimate",
    "A couple with a toddler asks a Brooklyn moving company for a quote for a two-bedroom move to Staten Island in June.",
    [o,
     t("Sure. So the number's accurate: what floor are you on, any elevator, and what's the new place, a house?"),
     c("Third floor walk-up now. The new place is a house, two steps in. Oh, and there's a crib and a treadmill.", None),
     t("The treadmill matters, some fold, some don't. Do you know the model, or can you send a photo? And is your June date fixed, like a lease ending, or flexible?"),
     c("Lease ends June 30. But my wife's due in August, so honestly we want it done early, not at the end.", None),
     t("Then I'd go mid-June on a weekday, it's cheaper and you're not boxed in by the 30th. If you do a ten-minute video walkthrough, I can give you a fixed price instead of hourly, so no surprises."),
     c("A fixed price would be great. Can we do the video tonight? Like eight?", None),
     t("Eight works. I'll text you the link, and have the treadmill and the big closet open when we call.")],
    [o,
     t("Sure. For a two-bedroom we usually send three movers, it's 165 an hour with a three-hour minimum, plus travel time. Most two-bedrooms take five to seven hours."),
     c("So like a thousand, twelve hundred? Okay. There's a crib and a treadmill, is that extra?", None),
     t("No extra charge, it's all by the hour. The treadmill we'd disassemble if we need to. What date are you looking at?"),
     c("Lease ends June 30, but we want it done earlier. My wife's due in August.", None),
     t("Congratulations! I have Saturday the 14th at 185 an hour, or Tuesday the 17th at the regular 165."),
     c("Okay, let me check with my wife which day works and I'll call you back.", "think_it_over")]))

# d02 orthodontist, Passaic NJ
o = c("Hola, hi, my son's dentist says he needs braces, he's twelve. I want to know how much, because I heard is like five thousand dollars.", None)
PAIRS.append(rpair(
    "b107r_d02_passaic_dental_braces",
    "Ana, a mother whose first language is Spanish, calls an orthodontic office in Passaic about braces for her twelve-year-old son.",
    [o,
     t("Hi! Prices depend a lot on what he needs and what coverage he has. Did the dentist say why, like crowded teeth or the bite?"),
     c("She said his bite is wrong, the top teeth are too much in front. He also gets teased at school, he doesn't smile in pictures.", None),
     t("I'm sorry he's dealing with that. Does he have insurance, NJ FamilyCare or through work?"),
     c("FamilyCare. But they told my friend it doesn't pay for braces.", None),
     t("It often does when the bite problem is serious enough, and an overjet like that sometimes qualifies. The only way to know is a free consultation; the doctor takes photos and we send them to FamilyCare. If they say no, private price is about 5,200, with a monthly plan."),
     c("Free? Okay. Can he come after school? He finishes at three.", None),
     t("Yes, Thursday at 3:45. Bring his FamilyCare card, and if he's nervous he's welcome to ask the doctor anything.")],
    [o,
     t("Hi! Braces here usually run 4,800 to 6,000 depending on the case, and we have payment plans starting around 150 a month with 500 down."),
     c("150 a month is hard for us. He has FamilyCare, does that help?", "no_money"),
     t("FamilyCare sometimes covers braces if it's medically necessary. The doctor would check at the consultation, which is free."),
     c("Okay. Can he come after school? He finishes at three.", None),
     t("We have Thursday at 3:45. Bring his insurance card."),
     c("Okay, Thursday. Thank you.", None)]))

# d03 insurance broker, Philadelphia, painting contractor
o = c("Hello. I am painter, I have small company, me and two guys. A general contractor in Manayunk wants I send him insurance certificate before Monday. What I need?", None)
PAIRS.append(rpair(
    "b107r_d03_philly_insurance_contractor",
    "Andriy, a Ukrainian-born painting contractor, asks a Philadelphia broker for general liability coverage a general contractor has asked for.",
    [o,
     t("I can help. Do you have the contractor's requirements in writing? They usually list the amount and ask to be named as additional insured."),
     c("Yes, email says one million, two million aggregate, and workers comp. Additional insured, yes, I saw this.", None),
     t("Okay. Workers comp is important: with two employees, Pennsylvania requires it anyway. Are the two guys on payroll, or do you pay them as 1099?"),
     c("1099. Is cheaper. Everybody does this.", None),
     t("Many do, but if they work only for you under your direction, insurers and the state may treat them as employees, and then a claim gets denied. I'd rather quote it correctly. Roughly what's your yearly payroll for the three of you?"),
     c("Maybe 140,000. But if comp is very expensive, I cannot take this job, margin is small.", "too_expensive"),
     t("Let me get real numbers before you decide. I'll quote liability and comp with two carriers tomorrow, and if it's too much for this job, at least you'll know. Can you send me the contractor's email?")],
    [o,
     t("Sure, sounds like general liability. The standard is one million per claim, two million aggregate. For a painting company your size that's usually 1,800 to 2,500 a year."),
     c("Okay. The email says also additional insured and workers comp.", None),
     t("Additional insured we add to the certificate, no problem. Workers comp is a separate policy. Do you have employees?"),
     c("Two guys, 1099. So I don't need comp, right?", "no_need"),
     t("Some contractors still require it. I can quote a minimum policy for you as owner. That usually covers the requirement."),
     c("Okay. How fast can I have certificate?", None),
     t("Once you pay the first installment, same day. I'll email the application now.")]))

# d04 IT support, Quincy MA
o = c("Hi, this is Linda at Chen Tax Services in Quincy. Our computers have been really slow for a few months. My boss is wondering if we need new ones. We have four.", None)
PAIRS.append(rpair(
    "b107r_d04_quincy_it_slowpcs",
    "Linda, office manager at a four-person tax office, calls an IT company about slow computers; her boss wonders about buying new ones.",
    [o,
     t("Maybe, maybe not. When you say slow: is it starting up, opening files from the shared drive, or everything?"),
     c("Starting up is like ten minutes. And opening client files from the server takes forever. Browsing is okay.", None),
     t("That's useful, those are two different problems. Slow startup is often too many programs or an old hard drive. Slow file opening is more often the network or the server. Did anything change a few months ago?"),
     c("Hmm, we changed internet providers in the summer, and they gave us a new router.", None),
     t("That's a good lead. Let me connect to one computer and the server for an hour and check before anyone buys anything. It's our hourly rate, 120, and you'll get a short report with what to fix and what it costs."),
     c("An hour is fine, but not this week, we're buried in quarterly filings. And my boss will ask why not just buy new ones.", "no_time"),
     t("Next Monday morning then. And a fair question for him: new computers won't fix a slow network. If the report says they're worn out, I'll say so.")],
    [o,
     t("How old are they, roughly?"),
     c("Maybe five or six years. They take like ten minutes to start. And opening client files from the server takes forever.", None),
     t("At five or six years, most likely they have old spinning hard drives. Swapping in an SSD is about 180 per computer installed and makes a huge difference. New computers would be around 900 each."),
     c("SSDs sound better than new computers. 720 total, I think my boss will say okay. Will it also fix the server files?", None),
     t("It'll help the computers a lot. If the server is still slow after, we can look at that separately."),
     c("Okay, let me ask him and email you.", "think_it_over")]))

# d05 gym, Baltimore (Highlandtown)
o = c("Hi, um, my sister's wedding is in September and I'm a bridesmaid, and I want to lose some weight before. I've never really been a gym person.", None)
PAIRS.append(rpair(
    "b107r_d05_highlandtown_gym_wedding",
    "Rosa, a home health aide in Baltimore, visits a neighborhood gym wanting to lose weight before her sister's wedding in four months.",
    [o,
     t("Four months is a good amount of time. Can I ask what your week looks like, when could you actually come in?"),
     c("I work twelve-hour shifts, three days, so the other days, mornings. But I tried a gym before and I quit in like three weeks, I got bored on the treadmill.", "bad_experience"),
     t("That's really common. What kind of moving do you like, even outside a gym? Dancing, walking, anything?"),
     c("Dancing, yes. Bachata, salsa. At parties I dance all night.", None),
     t("Then our Zumba and dance cardio classes might keep you coming more than a treadmill. Tuesday, Thursday, Saturday mornings. Basic membership is 30 a month with classes. A trainer I'd only suggest later if you want it."),
     c("30 is okay. Can I try a class first?", None),
     t("Of course, come Thursday at nine, free. If you like it, we sign up after, no fee.")],
    [o,
     t("Great goal! Our basic membership is 30 a month, and for weight loss a lot of people add a trainer, four sessions a month is 160."),
     c("160 more is a lot for me. I'm a home health aide.", "too_expensive"),
     t("Totally understandable. The basic has full access, cardio machines and all classes. You could start with that."),
     c("Okay. I tried a gym before and I quit in three weeks, I got bored.", "bad_experience"),
     t("Classes help with that, we have Zumba, spin and dance cardio, a lot of members like them more than the machines."),
     c("Zumba sounds fun. Okay, I'll sign up for the basic.", None),
     t("Great, I'll set it up. The class schedule's on the app.")]))

# d06 apartment rental, Bensonhurst
o = c("Hi, I call about the three-bedroom on 86th Street. We are family of five, me, my wife, two kids and my mother. Is still available?", None)
PAIRS.append(rpair(
    "b107r_d06_bensonhurst_landlord_threebed",
    "Mr. Wu calls a Bensonhurst landlord's office about a three-bedroom for his family of five, including his elderly mother.",
    [o,
     t("Yes, it is. Before you come, a couple of things so you don't waste a trip. Your mother, can she do stairs? It's the third floor, no elevator."),
     c("Third floor... she has bad knees. She is seventy-eight. Hmm.", None),
     t("I wanted to tell you up front. We have another three-bedroom coming open on the first floor, next block, July 1st, a bit smaller kitchen, same price, 3,100. What else matters, schools?"),
     c("Yes, my kids go to PS 186. We need to stay close. July is okay, our lease ends June 30.", None),
     t("The first-floor one is about four blocks from PS 186. I can show both this Saturday so you can compare."),
     c("3,100 is a little high, we hoped under 3,000. But we look.", "too_expensive"),
     t("I understand. I can't promise a lower rent, but I can ask the owner about a two-year lease at a lower price. See you Saturday at eleven?")],
    [o,
     t("Yes! It's a great unit, third floor, renovated kitchen, three real bedrooms, laundry in the basement. 3,100 a month, heat included."),
     c("3,100, a little high. We hoped under 3,000.", "too_expensive"),
     t("It's in line with the area for a renovated three-bedroom, and heat included saves a lot in winter."),
     c("Okay. Is near PS 186? My kids go there.", None),
     t("About six blocks. Do you want to see it Saturday?"),
     c("Yes. My mother has bad knees, but I want to see.", None),
     t("Saturday at eleven then. Bring ID and pay stubs if you want to apply.")]))

# d07 electrician, Montclair NJ, EV charger
o = c("Hi, we just bought an electric car, and the dealer said we should get a level 2 charger installed. Can you do that and what does it cost?", None)
PAIRS.append(rpair(
    "b107r_d07_montclair_electric_evcharger",
    "A Montclair homeowner asks an electrician about installing a Level 2 charger for a new electric car.",
    [o,
     t("We can. Cost swings a lot with the house. How far is the garage or driveway from your electrical panel, and do you know the panel size?"),
     c("Panel's in the basement, garage is attached, maybe 30 feet. Panel, no idea, the house is from the fifties.", None),
     t("A 1950s house might have a 100-amp panel, which might not have room for a charger plus the rest of the house. How much do you drive a day?"),
     c("My wife drives to Newark, maybe 25 miles round trip. I work from home.", None),
     t("Honestly, 25 miles a day, a regular outlet on a dedicated circuit might cover it overnight, that's a few hundred dollars. Level 2 is nicer but could mean a panel upgrade, 3,000 plus. I'd come look at the panel first; the visit's 95 and goes toward any work."),
     c("Huh, the dealer didn't mention that. Okay, come look, but this week I'm slammed. Next week?", "no_time"),
     t("Next Tuesday morning works. I'll also tell you which option gets the PSE&G rebate and about the permit, you'll need one either way.")],
    [o,
     t("Sure. A standard Level 2 install, 40-amp circuit, up to 30 feet from the panel, is about 1,200 plus the charger, plus a permit fee around 150."),
     c("The garage is about 30 feet from the panel, so okay. The house is from the fifties, does that matter?", None),
     t("Could. If the panel's full or too small we'd need to look at an upgrade, which is more. We'd check when we come out."),
     c("How much more, roughly? That's the part I'm worried about.", None),
     t("A panel upgrade usually runs 3,000 to 4,000. Most houses don't need it, but older ones sometimes do."),
     c("Okay. Book me for a visit, I guess we'll see.", None),
     t("Thursday morning, then. The visit is 95.")]))

# d08 coffee supplier to a bodega, the Bronx
o = c("Yo, I'm calling 'cause my coffee guy raised the price again, like third time this year. I got a bodega on Tremont. What you charge?", None)
PAIRS.append(rpair(
    "b107r_d08_tremont_bodega_coffee",
    "Héctor, who owns a bodega on Tremont Avenue, calls a wholesale coffee supplier after his current supplier raised prices again.",
    [o,
     t("I'll give you prices, but first let me understand what you're buying. How many pounds a week, and what kind, regular blend, espresso for café con leche?"),
     c("Like 20 pounds regular, and 5 espresso. Customers want it strong. I'm paying like 7.90 a pound now.", None),
     t("Okay. Is it only the price, or anything else about your guy? Deliveries, the machine?"),
     c("Price mostly. But also he comes when he wants. Monday, Wednesday, I never know.", None),
     t("Our regular blend is 7.40 and the espresso 9.20. Delivery is every Tuesday before 7, set day. And before you switch anything, I'll drop off five pounds free so your customers can taste it. If they complain, you don't switch."),
     c("Free, okay. Last company I tried, coffee was weak, customers was mad. So yeah, test first.", "bad_experience"),
     t("Exactly why. Drop-off Tuesday, I'll come back Friday to hear what your regulars said.")],
    [o,
     t("Our house blend is 7.40 a pound wholesale, espresso roast 9.20, and we deliver free over 15 pounds a week. How much you using?"),
     c("Like 20 regular and 5 espresso. I'm paying 7.90 now.", None),
     t("So you'd save around ten bucks a week on the regular. We also lend you a brewer free if you buy from us."),
     c("I got a brewer. The thing is my guy comes whenever he wants.", None),
     t("We deliver on a set day, Tuesdays. Want to start next week?"),
     c("I don't know, last company I tried was weak coffee, customers got mad. Let me think about it.", "think_it_over"),
     t("No problem, I'll text you our price list. Call me when you're ready.")]))

# d09 internet provider, Ironbound Newark, restaurant
o = c("Hi, I have a restaurant on Ferry Street, Portuguese food. The card machine keeps losing connection on Friday nights, when is full. My nephew says I need faster internet. How much is the faster one?", None)
PAIRS.append(rpair(
    "b107r_d09_ironbound_telecom_pos",
    "Fernanda, who runs a Portuguese restaurant in the Ironbound, calls her internet provider's business line because card payments fail on busy nights.",
    [o,
     t("I can tell you, but first let's make sure faster is what fixes it. Is the card machine on Wi-Fi or plugged in with a cable? And where is it compared to the router?"),
     c("Wi-Fi. Router is in the office in the back, card machine is at the front, by the door.", None),
     t("And on Friday nights, do customers use your Wi-Fi too?"),
     c("Yes, the password is on the menu. Maybe fifty people on Friday.", None),
     t("Then it's probably not speed, it's fifty phones sharing the same Wi-Fi, and the card machine far from the router. Two cheaper fixes: a separate guest network for customers, and a cable or a small access point for the card machine. I can send a tech to set it up, 89 one-time."),
     c("89, not a new plan every month? Good. My nephew will be surprised.", None),
     t("If it still drops after that, then we talk about speed. I'll book the tech for Wednesday at three, before dinner service, and text you the confirmation.")],
    [o,
     t("Sure. You're on the 100 megabit business plan. The 500 plan is 30 more a month, 119, and that'll give you a lot more room on busy nights."),
     c("30 more every month, hmm. Restaurant margins are small, you know.", "too_expensive"),
     t("I understand. It would help with lots of devices connected at once. Do customers use your Wi-Fi?"),
     c("Yes, fifty people on Friday. Password is on the menu.", None),
     t("That's a lot of load. You might also consider a separate guest network, we can set that up with the upgrade."),
     c("Okay. Let me try the 500 for one month and see.", None),
     t("Done, it'll be active tomorrow. If it doesn't help, call us.")]))

# d10 credit union, Northeast Philadelphia
o = c("Good morning. I have some savings, 30,000, in checking account, is doing nothing. My daughter says open CD. What is best rate you have?", None)
PAIRS.append(rpair(
    "b107r_d10_northeastphilly_bank_cd",
    "Lyudmila, a retired Russian-speaking engineer in Northeast Philadelphia, asks her credit union about putting savings into a certificate of deposit.",
    [o,
     t("Good morning. Our best rate right now is the 12-month certificate. Before you lock money away, can I ask, is any of the 30,000 money you might need this year?"),
     c("Maybe. I want to go to Israel to see my sister in spring. And the car is old.", None),
     t("Then I wouldn't lock all of it. If you need it early there's a penalty, three months of interest. One common way: keep some in a money market you can reach any time, and split the rest into CDs that end at different times."),
     c("This is more complicated. How much in each?", None),
     t("For example: 8,000 stays reachable for the trip and the car, 11,000 in a 6-month CD and 11,000 in a 12-month. Every six months something is free if you need it. I'll write it down with the rates."),
     c("Write please. I show my daughter and come back Friday.", "think_it_over"),
     t("Of course. The rates are good through the end of the month, so there's no rush this week.")],
    [o,
     t("Good morning! Our 12-month certificate is at 4.25 percent right now, that's our best. On 30,000 that's about 1,275 in a year."),
     c("Is good. But if I need money before, what happens?", None),
     t("There's an early withdrawal penalty of three months' interest, about 320 on the whole amount."),
     c("Hmm. I want to go to Israel in the spring. And my car is old.", None),
     t("You could put 25,000 in the certificate and keep 5,000 in savings for that."),
     c("Okay, maybe. I ask my daughter first.", "think_it_over"),
     t("Of course. The rate is good through the end of the month.")]))
