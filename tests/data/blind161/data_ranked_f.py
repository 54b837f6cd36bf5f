from common import c, rpair, t

R = "b161r_"
o = c("Hello. We plan December peak now. I tell you directly: last December your trucks were often late and our shops had empty shelves.", None)
t1 = t("Thank you for saying it directly. Which routes were late, and by how much?")
c1 = c("Mostly to the shops in Bavaria. Half a day, sometimes one day.", None)
t2 = t("Half a day to a day in December is serious. We were short of drivers on those routes. This year I can reserve fixed trucks for Bavaria from 1 December if you give volumes by end of October.")
w2 = t("I have to disagree a bit, our punctuality last December was 96 percent overall, so not really often. This year I can reserve fixed trucks for Bavaria from 1 December if you give volumes by end of October.")
c2 = c("Fixed trucks is good. Volumes by October, possible.", None)
x2 = c("96 percent is not what our shops saw. I don't discuss statistics. We ask also other carriers.", "think_it_over")
t3 = t("I'll send the fixed-truck proposal with weekly capacity in writing this week.")
c3 = c("Okay, send it.", None)
F1 = rpair(R + "f01_freight_december_peak",
 "A German retailer's logistics buyer plans peak season after a late December.",
 [o, t1, c1, t2, c2, t3, c3], [o, t1, c1, w2, x2, t3, c3])

o = c("Good morning. The new lease car came yesterday for our colleague. There is a scratch on the rear door. It was there already when the driver brought it.", None)
t1 = t("Thanks for telling us quickly. Is it on the delivery protocol?")
c1 = c("He signed, but it was 18:00, dark, he did not see. We saw it this morning. I have photos.", None)
t2 = t("That happens with evening deliveries. Send the photos with time stamp and the protocol, I note it on the car file today so it's never charged at return.")
w2 = t("Honestly, we hear that a lot. How can we be sure it wasn't made this morning? Send the photos with time stamp and the protocol, and we'll see if we note it.")
c2 = c("Good, photos come now. Can the repair be on a Friday?", None)
x2 = c("You think we lie? The car is one day old. Photos come now, but I am not happy.", None)
t3 = t("I'll arrange a partner garage near you and send a date, a Friday if possible.")
c3 = c("Okay.", None)
F2 = rpair(R + "f02_carlease_delivery_scratch",
 "A Dutch fleet contact reports a scratch present at delivery.",
 [o, t1, c1, t2, c2, t3, c3], [o, t1, c1, w2, x2, t3, c3])

o = c("Hi. We have online shop on WooCommerce, furniture, Poznan. Our developer went to another company. We look for maintenance. What is your price?", None)
t1 = t("Depends on what the shop needs. How often are plugins updated now, and did anything break lately?")
w1 = t("Standard is 1,200 zloty a month, but for you 20 percent off straight away, 960. How often are plugins updated now, and did anything break lately?")
c1 = c("Nobody updated since March. Last week the payment plugin had an error one day.", None)
x1 = c("Nobody updated since March, payment plugin broke last week. But why discount already? Is the normal price not real?", None)
t2 = t("Those two first: a full backup, then all updates, then daily checks of the checkout. I'll put a monthly plan with 4 hours in writing.")
c2 = c("Okay. Send the offer. When can you update?", None)
t3 = t("Sunday night, when you have fewest orders.")
c3 = c("Sunday is good.", None)
F3 = rpair(R + "f03_itservice_shop_maintenance",
 "A Polish web shop needs a new maintenance partner.",
 [o, t1, c1, t2, c2, t3, c3], [o, w1, x1, t2, c2, t3, c3])

o = c("Hej. I need to order cleaning products again for our three hotels. Same as last time, but the bathroom cleaner, staff says it smells too strong.", None)
t1 = t("Same order, change the bathroom cleaner. Only the smell, or does it clean less well too?")
c1 = c("Cleaning is fine. Only the smell, some girls get a headache.", None)
t2 = t("Then the unscented version of the same cleaner, same price and dosing. I'll add one bottle for them to try and swap the rest if they like it.")
w2 = t("Then the unscented version. But honestly, headaches usually come from overdosing, many hotels use twice the amount. Staff should follow the dosing chart and ventilate. I'll add one bottle to try.")
c2 = c("Perfect, they will be happy.", None)
x2 = c("My staff knows how to clean, thank you. I did not ask for a training.", None)
t3 = t("It goes Thursday as usual; confirmation by email today.")
c3 = c("Okay, thanks.", None)
F4 = rpair(R + "f04_hotel_cleaning_supplies",
 "A Swedish hotel group reorders cleaning products.",
 [o, t1, c1, t2, c2, t3, c3], [o, t1, c1, w2, x2, t3, c3])

o = c("Good morning. We build bottling machines in Parma. Customers ask for a spare parts kit with each machine. Can you make a kit with your valves and sensors?", None)
t1 = t("Yes. Which models, and how many kits a year?")
c1 = c("Two models, about 60 a year. Customers say kits are expensive, so the price must be good.", None)
t2 = t("Sixty a year lets us stock them packed. Which parts fail most at your customers?")
c2 = c("Solenoid valves, level sensors. Seals also.", None)
t3 = t("Then valves, level sensors and seals. Prices for both models with delivery times by Thursday, and one sample kit for your service team.")
w3 = t("Then valves, level sensors and seals. I'll talk to our team and we'll let you know about prices and the rest.")
c3 = c("Thursday is good.", None)
x3 = c("When? I have a customer meeting in two weeks. The last supplier also said 'we let you know' and nothing came.", "bad_experience")
F5 = rpair(R + "f05_spareparts_machine_kit",
 "An Italian machine builder wants spare kits.",
 [o, t1, c1, t2, c2, t3, c3], [o, t1, c1, t2, c2, w3, x3])

o = c("Good afternoon. We want to start with your shipping software for our webshop. How fast can we go live? Black Friday is in six weeks.", None)
t1 = t("Which shop system and carriers?")
c1 = c("Shopify, PostNL and DHL. 300 parcels a day, Black Friday maybe 1,000.", None)
t2 = t("That's our standard. Realistically two weeks setup and printer tests, then two weeks normal running before Black Friday. Tight but doable if we start Monday; I wouldn't start later.")
w2 = t("That's our standard. Live in two days, no problem, and 1,000 parcels is nothing for us. Black Friday will be totally smooth, I promise.")
c2 = c("Honest answer. Monday is possible.", None)
x2 = c("Two days? Our last provider also promised fast and we lost a week of shipping. I don't believe this.", "bad_experience")
t3 = t("I'll send the onboarding plan with dates today so you can check them.")
c3 = c("Good. Send it.", None)
F6 = rpair(R + "f06_saas_shipping_go_live",
 "A Dutch web shop wants shipping software live before Black Friday.",
 [o, t1, c1, t2, c2, t3, c3], [o, t1, c1, w2, x2, t3, c3])

o = c("Hello, since this morning nobody in our Munich office can connect to the VPN. Twelve people work from home today. It is urgent.", None)
t1 = t("Understood. What do they see, a certificate message or a timeout?")
c1 = c("It says 'certificate expired'.", None)
t2 = t("The server certificate expired at midnight. I've renewed it. Everyone restarts the VPN client once.")
c2 = c("Restart, okay.", None)
t3 = t("Can one person try now while I stay on the line? I keep the ticket open until this afternoon.")
w3 = t("That's fixed, so I'll close the ticket. Anything else I can help with today?")
c3 = c("Anna tries... it works. Thank you!", None)
x3 = c("Wait, you did not check. Anna tries... she has still an error. Don't close it.", None)
F7 = rpair(R + "f07_itservice_vpn_certificate",
 "A German office cannot reach the VPN.",
 [o, t1, c1, t2, c2, t3, c3], [o, t1, c1, t2, c2, w3, x3])

o = c("Good morning. We have two hotels in Wroclaw with restaurants, and our cash register system is very old. We need something new.", None)
t1 = t("What does the old system not do that you need, or is it only age?")
w1 = t("For hotels I always recommend our Gastro Pro with kitchen display and tablet ordering, our best seller. What does the old system not do that you need?")
c1 = c("Restaurant bills do not go to the room bill. Reception types everything again.", None)
x1 = c("Tablets we don't need, our waiters are old school. The problem: restaurant bills do not go to the room bill. Reception types everything again.", "no_need")
t2 = t("So the need is restaurant bills to the room automatically. Which hotel system at reception?")
c2 = c("Protel, for 10 years.", None)
t3 = t("Then the Protel link is key. I'll show only systems with a certified Protel interface, with a demo of a room charge.")
c3 = c("Good, this is what we need. But the demo not this month, we are full with weddings.", "no_time")
F8 = rpair(R + "f08_hotel_restaurant_pos",
 "A Polish hotel group replaces restaurant tills.",
 [o, t1, c1, t2, c2, t3, c3], [o, w1, x1, t2, c2, t3, c3])

o = c("Buongiorno. Small winery in Piedmont. A restaurant group in Stockholm wants 20 cases a month. We never exported outside Italy. How does it work?", None)
t1 = t("Congratulations. Did you agree who pays transport and who handles the Swedish alcohol tax?")
c1 = c("No. They only said 'we want your wine'.", None)
t2 = t("Agree that first. Easiest for you: they pay transport and tax from the moment the wine leaves you, they know the Swedish rules. You prepare pallet and papers, we collect.")
w2 = t("Then agree FCA your cellar, they must be a registered consignee so it moves under duty suspension with an e-AD in EMCS. We collect and groupage to Stockholm.")
c2 = c("This sounds simple. What papers?", None)
x2 = c("Scusi, I understood almost nothing. FCA? e-AD? We are a family winery.", None)
t3 = t("I'll send a one-page checklist, each step and who does it, and can join a call with the restaurant group.")
c3 = c("A call with them is good. But not this week, we are in the cellar with the bottling.", "no_time")
F9 = rpair(R + "f09_freight_wine_export",
 "An Italian winery ships to Sweden for the first time.",
 [o, t1, c1, t2, c2, t3, c3], [o, t1, c1, w2, x2, t3, c3])

o = c("Hello, first time at Anuga in Koln, organic snacks from the Netherlands. Budget for a 20 square metre stand. What can you do?", None)
t1 = t("What's the goal for your first Anuga: supermarket buyers, distributors, awareness?")
c1 = c("German supermarket buyers. We want a listing in one big chain.", None)
t2 = t("Then buyers must taste and talk quietly: a tasting counter at the aisle, a small closed meeting corner at the back. Meetings booked with chains yet?")
w2 = t("You're in good hands: 25 years at Anuga, stands for three big food brands last year, a design award in 2022, and I've done over 300 stands myself. Meetings booked with chains yet?")
c2 = c("Two, we try more. Budget 25,000, it must be enough.", None)
x2 = c("Nice for you. But I asked what you do for us. Two meetings. Budget 25,000.", None)
t3 = t("25,000 works for 20 m2 with counter and meeting corner. Two sketches by Friday.")
c3 = c("Okay, Friday.", None)
F10 = rpair(R + "f10_tradefair_snack_stand",
 "A Dutch snack brand's first Anuga stand.",
 [o, t1, c1, t2, c2, t3, c3], [o, t1, c1, w2, x2, t3, c3])

PAIRS = [F1, F2, F3, F4, F5, F6, F7, F8, F9, F10]
