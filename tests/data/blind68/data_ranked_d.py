"""Ranked pairs d01-d10: two decent conversations, `better` deeper. Written by hand for blind68."""
from common import c, rpair, t

PAIRS = []

# d01 plumbing, Kumasi
o = c("Hello, I'd like a price for redoing my bathroom. New tiles, shower, toilet, everything. The house is old, it was "
      "my grandfather's.", None)
PAIRS.append(rpair(
    "b68r_d01_kumasi_bathroom_refit", "A homeowner in Kumasi (Ghana) asks a plumbing and tiling firm to price a full "
    "bathroom refit.",
    [o,
     t("Hello. Happy to help. What's making you want to redo it now, is something broken, or more how it looks?"),
     c("Both, a bit. Tiles are cracking. And, um, my mother comes to live with us in March, she's eighty-two, and the bath "
       "is high, she can't step in.", None),
     t("That changes what I'd suggest. In an old house I'd also check the pipes under the floor before tiling; old "
       "galvanised pipe is often rusted, and it's cheaper to change now than after. Does your mother use a stick or a "
       "walker?"),
     c("A stick, for now. The budget, I should say, is around 40,000 cedis, not more.", None),
     t("Good to know early. A walk-in shower with no step, grab rails and a raised toilet fit in that; new pipes might add "
       "6,000, I won't know till I see them. Can I come Saturday to look and measure? Free, and the quote shows the pipes "
       "separately."),
     c("Saturday is okay. Come after ten.", None)],
    [o,
     t("Hello! A full refit, tiles, shower, toilet, basin, usually runs 35,000 to 50,000 depending on materials. How big is "
       "the bathroom?"),
     c("About two by three metres, I think. The budget is around 40,000, not more.", None),
     t("We can work within that. Our standard package: Spanish tiles, a glass shower enclosure with a tray, a modern "
       "toilet. I can show you photos of a job we did in Ahodwo."),
     c("Glass enclosure... okay. My mother will use it too, she's coming in March.", None),
     t("Lovely, we'll finish well before March. Can I come Saturday to measure and give an exact quote?"),
     c("Saturday is okay. Come after ten.", None)]))

# d02 coworking, Bratislava (typed chat)
o = c("hi, we're a 4 person team looking for an office from next month. what do you have", None)
PAIRS.append(rpair(
    "b68r_d02_bratislava_team_office", "A startup founder asks a coworking space in Bratislava (Slovakia) by chat about "
    "space for a team of four.",
    [o,
     t("Hi! Before I list options, will all four be in every day, or do you work partly from home?"),
     c("mostly tue-thu in office. rest remote. might hire 2 more by summer, not sure", None),
     t("Useful, thanks. Three days a week, a private office for four would stand empty 40% of the time. Options: a 6-person "
       "room at 1,450 EUR a month, room to grow, or 4 dedicated desks in the team zone at 920 with meeting room hours. Lots "
       "of calls together?"),
     c("calls yes, daily standup and client demos. 1450 is more than we planned tbh", "too_expensive"),
     t("Then desks plus meeting room hours fit better now, and if you hire, you can move to a room on a month's notice. Try "
       "the team zone free for a week, Tue-Thu, and see if the noise works for your calls?"),
     c("yes lets do that. next tue?", None)],
    [o,
     t("Hi! For 4 we have private offices from 1,200 EUR a month, all-inclusive: desks, internet, coffee, cleaning, 10 hours "
       "of meeting rooms. One is free from the 1st, third floor, with a window."),
     c("ok. anything cheaper? we're not in every day", "too_expensive"),
     t("Sure, dedicated desks in the open area are 230 each, so 920 for four. Meeting rooms are extra after 5 hours a "
       "month."),
     c("ok. can we see both", None),
     t("Of course. Tomorrow at 2 for a tour?"),
     c("tomorrow no, demos all afternoon. thursday morning?", "no_time")]))

# d03 pharmacy, Montego Bay
o = c("Good morning. I want to buy one of those blood pressure machines, the doctor said to check at home. Which one is "
      "the best one?", None)
PAIRS.append(rpair(
    "b68r_d03_montegobay_bp_monitor", "An older customer at a pharmacy in Montego Bay (Jamaica) wants to buy a home blood "
    "pressure monitor.",
    [o,
     t("Morning! The best one is the one you'll use properly, so: how often did the doctor say to check, and is it just "
       "for you?"),
     c("Morning and evening for two weeks, then bring the numbers. Just me. My fingers are not so good, the arthritis, so "
       "nothing with small buttons.", None),
     t("Thanks for saying. Then an upper-arm one with one big button that stores the readings, so you needn't write them "
       "down: this one, 6,800 dollars. Wrist ones are cheaper but easier to get wrong."),
     c("6,800, hmm. My neighbour got a wrist one for less than half that.", "too_expensive"),
     t("True, and they can be okay. With two weeks of readings going to your doctor, I'd want them right. Try this one here "
       "now, and I'll take your pressure on ours to compare. Then decide."),
     c("Alright, let me try it.", None)],
    [o,
     t("Morning! This is our best seller: upper-arm, stores 60 readings, irregular heartbeat detection, 6,800. Very "
       "accurate."),
     c("6,800, hmm. My neighbour got a wrist one for less than half that.", "too_expensive"),
     t("Wrist ones are cheaper, yes, but upper-arm is more accurate. This one has a two-year warranty too."),
     c("Okay. And it's easy to use? My fingers are not so good.", None),
     t("Very easy, one button. I'll show you how to put the cuff on."),
     c("Alright, I'll take it.", None)]))

# d04 freight, Lome
o = c("Bonjour. I import motorcycle spare parts from Guangzhou, my supplier says the goods are ready. I need you to "
      "bring them to Lome. How much?", None)
PAIRS.append(rpair(
    "b68r_d04_lome_moto_parts", "A spare-parts trader in Lome (Togo) asks a freight forwarder to bring goods from China.",
    [o,
     t("Bonjour. How much is it, cartons and weight, and did the supplier quote FOB, so he pays to the port in China?"),
     c("Twenty-two cartons, about 900 kilos. FOB, he says. Brake pads, chains, clutch plates.", None),
     t("FOB makes it simpler. Is anything urgent, are you out of something?"),
     c("Brake pads, yes, customers ask every day. The rest can wait. Last time an agent in Cotonou left my goods six weeks "
       "at the port, I lost clients.", None),
     t("Then split it: brake pads by air, maybe 150 kilos, five days, about 900 dollars; the rest by sea groupage, forty "
       "days, about 650. We clear customs here ourselves and I'll send you tracking at each stage, so nothing sits without "
       "you knowing."),
     c("Air is expensive, but for the brake pads, okay, I lose more if I wait. Send me the quote.", None)],
    [o,
     t("Bonjour. Sea groupage from Guangzhou to Lome is about 85 dollars per cubic metre plus port fees. How many cubic "
       "metres?"),
     c("Twenty-two cartons, about 900 kilos. I don't know the cubic metres.", None),
     t("Probably around 3 cubic metres, so about 650 dollars to Lome port, plus duty. Transit is about 40 days."),
     c("40 days... my brake pads are finished, customers ask every day.", None),
     t("We can do air too, around 6 dollars a kilo, about 5,400 for everything. Most clients choose sea for parts."),
     c("5,400, no. I'll do sea. Send me the quote.", "too_expensive")]))

# d05 print shop, Tirana
o = c("Pershendetje - hi. I have a restaurant in Blloku, I need new menus, the old ones are, eh, dirty, torn. Maybe "
      "forty menus?", None)
PAIRS.append(rpair(
    "b68r_d05_tirana_restaurant_menus", "A restaurant owner in Tirana (Albania) orders new menus from a print shop.",
    [o,
     t("Hi! Forty, sure. How often do your dishes or prices change?"),
     c("Prices, every few months now, everything gets more expensive. Dishes, in summer we change some.", None),
     t("Then I wouldn't print forty fixed menus you'll throw out in spring. Forty leather-look covers that last years, with "
       "printed inserts: when prices change, you reprint only the inserts, about 90 lek each."),
     c("Covers... how much all together?", None),
     t("Forty covers with the first inserts, 52,000 lek. Forty laminated menus are 28,000, but reprinted two or three times "
       "a year. Take a sample cover to the restaurant and see how it feels."),
     c("Hmm, 52 is a lot at once. Let me take the sample and show my partner.", "think_it_over")],
    [o,
     t("Hi! Forty menus, A4, double-sided, laminated: 28,000 lek. Waterproof, you just wipe them."),
     c("Laminated is good. The old ones were paper, they got dirty.", None),
     t("Exactly. Do you have the file, or do we design?"),
     c("I have the old file. But some prices are changed.", None),
     t("Send the file with the new prices and we'll have a proof tomorrow. Printing takes three days."),
     c("Okay, I'll send it tonight.", None)]))

# d06 city council, Gaborone
o = c("Dumela... um, hello. I want to sell, eh, vetkoek and tea near the bus rank. Someone told me I need a permit? I "
      "don't know how it works.", None)
PAIRS.append(rpair(
    "b68r_d06_gaborone_hawker_permit", "A first-time food seller asks at the city council counter in Gaborone (Botswana) "
    "how to get a street-trading permit.",
    [o,
     t("Dumela. Yes, a hawker's permit, and I'll help you through it. You'll sell food: will you cook at home, or at the "
       "spot?"),
     c("At home, early in the morning. Then I carry it.", None),
     t("For food there are two papers: the hawker's permit, 150 pula a year, and a health certificate, because the "
       "inspector checks where the food is made. That needs a visit to your kitchen. Is that okay for you?"),
     c("A visit to my house... hmm. And two fees. I'm just starting, I don't have much money.", "no_money"),
     t("The health certificate is free the first year under the small-business scheme, only the permit costs. And the bus "
       "rank has a waiting list, but the spot by the clinic on Nkrumah Road has space now. Here's a checklist of what to "
       "bring."),
     c("Oh, free, that's good. The clinic side is okay too. I'll bring the papers Monday.", None)],
    [o,
     t("Dumela. Yes, you need a hawker's permit. Here's the form: bring your ID and a passport photo. The fee is 150 pula a "
       "year."),
     c("150... okay, I can manage. How long does it take?", None),
     t("About three weeks. The bus rank has a waiting list, so it could be longer there."),
     c("Three weeks. Okay. And for food, anything else?", None),
     t("Food sellers also need a health certificate from the health department, in the other building. They'll tell you."),
     c("Okay. Thank you.", None)]))

# d07 vet, Bulawayo
o = c("Morning, doc - sorry, I know you're not the doc. I need tick stuff for my dogs, three of them, on the "
      "smallholding. The stuff from the co-op isn't working anymore.", None)
PAIRS.append(rpair(
    "b68r_d07_bulawayo_tick_control", "A smallholder at a vet clinic counter in Bulawayo (Zimbabwe) wants a better tick "
    "treatment for three dogs.",
    [o,
     t("Morning! Ha, no worries. What have you been using, and how do you put it on?"),
     c("A dip from the co-op. I mix it in a bucket and sponge them, every two weeks... well, when I remember.", None),
     t("Dips wash off in the rain and only work if they're regular. Before the product: are all three well? Any of them "
       "quiet, off food, pale gums?"),
     c("Now you ask, Bruno, the old one, he's been lazy this week. Not eating much. I thought it's the heat.", None),
     t("Please let the vet see Bruno today; ticks carry biliary, and it starts looking like laziness. For all three, a "
       "monthly chewable works better than a dip you might forget: about 38 US dollars a month for the three."),
     c("38 a month is a lot more than the dip. But Bruno, okay, I'll bring him this afternoon.", "too_expensive")],
    [o,
     t("Morning! Ticks are getting resistant to the older dips. A chewable works better: one a month, kills ticks in 12 "
       "hours. How big are the dogs?"),
     c("Two big ones, about 30 kilos, and a small one, about 10.", None),
     t("Then two large packs and one small: 38 US dollars a month for the three."),
     c("38 a month is a lot more than the dip.", "too_expensive"),
     t("It is, but you don't have to remember every two weeks. Most farmers who switch don't go back."),
     c("Okay, give me one month and I'll see.", None)]))

# d08 e-bike shop, Ljubljana
o = c("Hi, I'm thinking about an e-bike to get to work instead of the car - my office is in Vic and I live up in "
      "Rozna... no, Siska. I don't know anything about e-bikes.", None)
PAIRS.append(rpair(
    "b68r_d08_ljubljana_ebike_commute", "A commuter in Ljubljana (Slovenia) walks into a bike shop to ask about e-bikes.",
    [o,
     t("Hi! How far is the ride, any hills, and where would you keep the bike at home?"),
     c("About six kilometres, flat, a small hill by the office. Keeping it, that's the problem: fourth floor, no lift. My "
       "last bike was stolen from our courtyard.", None),
     t("Then weight matters more than power. This one is 17 kilos, among the lightest, and the battery comes out so you can "
       "charge it upstairs. It's 2,400. The 1,900 one is cheaper, but 26 kilos up four floors every day gets old fast."),
     c("2,400, hmm. That's more than I wanted to spend.", "too_expensive"),
     t("Then borrow it for the weekend: carry it up your stairs, ride to the office Monday. If it's not right, you've lost "
       "nothing. Friday afternoon?"),
     c("Friday, yes. That's a good idea.", None)],
    [o,
     t("Hi! There are two main types: hub motors, cheaper, and mid-drive, better on hills. For commuting I'd look at these "
       "three: 1,900, 2,400 and 3,100."),
     c("What's the difference between the 1,900 and the 2,400?", None),
     t("The 2,400 has a mid-drive motor, a bigger battery and it's lighter. The 1,900 is a hub motor, fine for flat rides."),
     c("2,400 is more than I wanted to spend.", "too_expensive"),
     t("Understandable. Take the 1,900 round the block and see how it feels?"),
     c("Okay, let's try it.", None)]))

# d09 travel insurance, Skopje
o = c("Hello, I need travel insurance for a visa, for Germany. My daughter is having a baby there, I go for three "
      "months. The embassy says I need insurance.", None)
PAIRS.append(rpair(
    "b68r_d09_skopje_visa_insurance", "A grandmother-to-be at an insurance office in Skopje (North Macedonia) needs "
    "travel insurance for a three-month visa.",
    [o,
     t("Congratulations on the grandchild! The visa needs at least 30,000 euros of cover. May I ask your age, and whether "
       "you take medicine for any condition?"),
     c("I'm sixty-six. I have diabetes, the tablets, and the pressure a little. Is that a problem?", None),
     t("Good that you said. The basic visa policy, 4,200 denars, satisfies the embassy but excludes anything linked to "
       "existing conditions; if your sugar caused a problem there, you'd pay. The extended one covers emergencies from "
       "chronic conditions, 7,800. Better you know now than in a German hospital."),
     c("7,800, that's nearly double. My pension is not big.", "no_money"),
     t("The basic one is enough for the visa. If you take it, bring three months of tablets and a letter from your doctor. "
       "It's your decision; I can print either today."),
     c("Let me ask my daughter, maybe she helps with the money. I come back tomorrow.", "think_it_over")],
    [o,
     t("Hello! Our Schengen visa policy meets all embassy requirements, 30,000 euros of cover. Three months is 4,200 "
       "denars. How old are you?"),
     c("Sixty-six.", None),
     t("Over sixty-five there's a small surcharge, so 4,900. I can print the certificate for the embassy today."),
     c("Okay. And if I get sick there, it covers everything?", None),
     t("Emergency treatment and hospital up to 30,000 euros, and transport home if needed."),
     c("Good. Print it, please.", None)]))

# d10 point-of-sale software, Dar es Salaam
o = c("Hi, I have a hardware shop in Kariakoo, I'm looking for a system for the till. My cousin has yours in his "
      "pharmacy.", None)
PAIRS.append(rpair(
    "b68r_d10_kariakoo_pos_system", "A hardware shop owner in Dar es Salaam (Tanzania) asks a point-of-sale software "
    "seller about a till system.",
    [o,
     t("Welcome, good to hear your cousin uses it. What made you start looking now, what isn't working today?"),
     c("Honestly? Stock goes missing. I count the cement and the paint, and the numbers don't match the book. I have three "
       "workers.", None),
     t("That's common. The system won't stop theft by itself, but with each worker on a login and every sale recorded, "
       "you'll see what goes and when. How many different items do you sell?"),
     c("Screws, pipes, paint, cement... maybe 800 things. Entering all that will take forever, I don't have time.",
       "no_time"),
     t("That's the hard part. We load items from your supplier lists; you check, not type. Stock package is 85,000 "
       "shillings a month. Before any contract, run it two weeks on cement and paint only, and see if the numbers make "
       "sense."),
     c("Two weeks with cement and paint, okay, that I can do.", None)],
    [o,
     t("Welcome! Our system does sales, stock, e-receipts and reports. For a shop the standard package is 60,000 shillings "
       "a month, or 85,000 with full stock management."),
     c("What's the difference?", None),
     t("Stock management tracks every item in and out and alerts you when things run low. Very useful for hardware."),
     c("Hmm. We have maybe 800 items. Entering all that will take forever, I don't have time.", "no_time"),
     t("Our team helps with setup. Shall I book an installation for next week?"),
     c("Hmm. Just send me the brochure, I'll call you.", "brush_off")]))
