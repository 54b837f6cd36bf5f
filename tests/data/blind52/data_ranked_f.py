"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written, blind, set blind52."""
from common import t, c, rpair

PAIRS = []

# f01 - fault: argues with the customer. Late sofa, São Paulo
o = c("Olá. I ordered a sofa six weeks ago, you said four weeks. Nobody tells me anything. I have guests on Saturday.", None)
t1 = t("I'm sorry, let me look at your order right now. Can you give me the order number?")
c2 = c("78214. In the name of Beatriz Lima.", None)
t3 = t("Thank you, Beatriz. The sofa reached our warehouse yesterday. The delay was at the factory, a fabric shortage, and you should have been told. I apologise for that.")
c4 = c("Yesterday? So you can bring it before Saturday?", None)
t5b = t("Yes. Delivery slots for your area are Thursday or Friday, 8 to 14. Which is better for you?")
c6b = c("Friday I work. Thursday, my sister can be home.", None)
t5w = t("Yes. Although, to be fair, the four weeks are working days, so it's really only about ten days late, not two weeks. Slots are Thursday or Friday, 8 to 14.")
c6w = c("Working days? Nobody said that, and I don't care how you count, nobody called me. Thursday, my sister can be home.", None)
t7 = t("Thursday 8 to 14 is booked; the driver calls thirty minutes before. I'm also adding a 10% credit for the delay.")
PAIRS.append(rpair(
    "b52r_f01_sao_paulo_sofa_delivery",
    "A customer whose sofa is two weeks late phones the furniture store; guests arrive Saturday.",
    [o, t1, c2, t3, c4, t5b, c6b, t7],
    [o, t1, c2, t3, c4, t5w, c6w, t7],
))

# f02 - fault: doubts the customer's honesty. Windshield chip, Tulsa
o = c("Hi, returning the Malibu. Just so you know, a rock hit the windshield on I-44 yesterday, there's a little chip on the passenger side.", None)
t1 = t("Thanks for telling me up front. Let's have a look together. Did you take our damage waiver when you rented?")
c2 = c("No, I declined it, my own insurance covers rentals. I have the card here.", None)
t3 = t("Okay. The chip is about the size of a dime, so it's a repair, not a new windshield. Our vendor charges 80 dollars for that.")
c4 = c("80, huh. A glass shop back home did mine for 50.", "too_expensive")
t5b = t("Could be; ours goes through the dealer's vendor, so I can't go lower. You can pay it here or put it through your insurance, your choice. I'll write it up with photos either way.")
c6b = c("My deductible's 500, so I'll just pay it. Can you email the receipt?", None)
t5w = t("Could be. Before I write it up, are you sure it was a rock on the highway? A lot of people say that when it really happened in a parking lot.")
c6w = c("Excuse me? I told you before you even looked. If you're going to call me a liar, put it through my insurance and let them deal with you.", None)
PAIRS.append(rpair(
    "b52r_f02_tulsa_car_rental_return",
    "A renter returning a car in Tulsa volunteers that a rock chipped the windshield on the highway.",
    [o, t1, c2, t3, c4, t5b, c6b],
    [o, t1, c2, t3, c4, t5w, c6w],
))

# f03 - fault: drops the price before asking anything. Web hosting, Budapest
o = c("Hello, I run a small guesthouse in Budapest. Our website is very slow, a friend recommended you. What does hosting cost?", None)
t1 = t("Hi! Our business plan is 6,900 forints a month, with daily backups and a free SSL certificate.")
c2 = c("Hm. Now I pay 2,500 at my current company. That's almost three times.", "too_expensive")
t3b = t("That's a big difference, fair to ask. What does the 2,500 include there, do you know?")
c4b = c("Shared server, no backups I think. And the site is slow, so maybe I get what I pay for.", None)
t3w = t("I understand. I can give you 40% off the first year, so 4,140 a month. Would that work?")
c4w = c("Still more than now. And I don't even know if it would be faster.", "too_expensive")
t5 = t("Let's check that first. What does your site run on, and when is it slow?")
c6 = c("WordPress, with a booking plugin. Worst in the evenings, guests write that the booking page freezes.", None)
t7 = t("Then it may be the shared server, or the plugin. I'll run a free speed test tonight and tell you honestly which; if it's the plugin, moving won't help you.")
PAIRS.append(rpair(
    "b52r_f03_budapest_web_hosting",
    "A guesthouse owner with a slow booking website compares a hosting offer with her much cheaper current host.",
    [o, t1, c2, t3b, c4b, t5, c6, t7],
    [o, t1, c2, t3w, c4w, t5, c6, t7],
))

# f04 - fault: an unasked lecture. Phone screen repair, Nassau (typed-style speech)
o = c("hi can you fix this screen. dropped it at the beach. how long does it take", None)
t1 = t("Yes, we can. Let me see. Is the touch still working, or only the glass cracked?")
c2 = c("touch works mostly. bottom corner doesnt respond", None)
t3 = t("Then the display needs replacing, not just the glass. For this model it's 165 with an original-quality screen, about two hours.")
c4 = c("two hours is ok, i can get lunch. 165 hmm ok", None)
t5b = t("Great. Is there a passcode I need for testing after, or will you unlock it when you're back?")
c6b = c("ill unlock it when i come back", None)
t5w = t("Great. Honestly, people take phones to the beach with no case, and sand and salt get into everything. You should really buy a proper case and keep it away from the water, it's just common sense.")
c6w = c("ok i didnt ask for a lecture. just fix it", None)
t7 = t("Sure. Here's your ticket, ready by 1:30. I'll test the touch in every corner before you pick it up.")
PAIRS.append(rpair(
    "b52r_f04_nassau_phone_screen_repair",
    "A tourist in Nassau brings in a phone with a cracked screen after dropping it at the beach.",
    [o, t1, c2, t3, c4, t5b, c6b, t7],
    [o, t1, c2, t3, c4, t5w, c6w, t7],
))

# f05 - fault: a vague next step. First export shipment, Panama
o = c("Buenas. I export specialty coffee from Boquete. I have two pallets for a roaster in Hamburg, first time shipping to Europe. How does it work?", None)
t1 = t("Congratulations on the first European order. Two pallets is less than a container, so it would go consolidated with other cargo. When does the roaster need it?")
c2 = c("By end of March. And the coffee is green, it must stay dry. Last year a friend shipped to the US with a forwarder and his sacks arrived wet, the whole lot was ruined.", "bad_experience")
t3 = t("That's a real risk on a long voyage. We'd use moisture-barrier liners inside the sacks and load the pallets away from the container doors. It's about six weeks door to door, so leaving by mid-February.")
c4 = c("Okay. And the price, more or less? My margin on this order is small.", None)
t5b = t("Roughly 1,400 to 1,800 dollars to Hamburg port, depending on the sailing. I'll email an exact quote with two sailings by Thursday noon, and call you Friday at ten to go through the export papers together.")
c6b = c("Thursday is good. Friday ten, yes.", None)
t5w = t("Roughly 1,400 to 1,800 dollars to Hamburg port, depending on the sailing. Let me check with the team and we'll get back to you with something.")
c6w = c("Okay... when, more or less? I have to tell the roaster this week.", None)
PAIRS.append(rpair(
    "b52r_f05_panama_coffee_freight",
    "A small coffee exporter asks a freight forwarder how to ship two pallets of green coffee to Germany for the first time.",
    [o, t1, c2, t3, c4, t5b, c6b],
    [o, t1, c2, t3, c4, t5w, c6w],
))

# f06 - fault: over-promises. Kitchen renovation, Belgrade
o = c("Dobar dan. We want to redo the kitchen, new cabinets, tiles, everything. Our slava is on the 19th of December and we'll have thirty people. Can you finish before?", None)
t1 = t("Dobar dan. Let me see what's involved first. How big is the kitchen, and do you want custom cabinets or ready-made?")
c2 = c("About ten square metres. Custom, the room has a strange corner. My wife wants white, with a wooden top.", None)
t3 = t("Ten square metres, custom cabinets, an awkward corner. That's about 4,500 euros with tiles and installation, give or take, once I've measured.")
c4 = c("The price is about what we thought. So, the 19th?", None)
t5b = t("Honestly, custom cabinets take four to five weeks from the carpenter, so before the 19th is very tight. What I can promise: tiles, plumbing and electrics done by the 10th, and a temporary worktop so you can cook. Cabinets right after the holiday.")
c6b = c("Hmm, a kitchen half done at slava... my wife won't like it. Let me talk to her.", "think_it_over")
t5w = t("No problem, everything finished by the 15th, guaranteed. I've done this many times.")
c6w = c("Really? The others said custom cabinets take at least a month. Good, then we go with you.", None)
t7 = t("I'll come Monday at nine to measure, and you'll have the written offer with dates on Tuesday.")
PAIRS.append(rpair(
    "b52r_f06_belgrade_kitchen_renovation",
    "A homeowner wants a full custom kitchen renovation finished before a family feast in about five weeks.",
    [o, t1, c2, t3, c4, t5b, c6b, t7],
    [o, t1, c2, t3, c4, t5w, c6w, t7],
))

# f07 - fault: closes before checking the thing works. Card terminal, Dushanbe
o = c("Salom. I have small grocery shop in Dushanbe, Sino district. Customers ask to pay by card. What do I need?", None)
t1 = t("Salom. You need a card terminal. Which cards do your customers mostly have, Korti Milli, or Visa and Mastercard too?")
c2 = c("Mostly Korti Milli, some Visa from people who work in Russia. And I have no internet cable in the shop, only my phone.", None)
t3 = t("Then you need a terminal with its own SIM card that works on mobile data. Ours reads Korti Milli and Visa. It's 150 somoni for the terminal and 1.5% per payment.")
c4 = c("1.5%, my margin on bread is very small. But okay, customers want it.", None)
t5b = t("Before you sign anything, let me bring a terminal to your shop tomorrow morning and try a real payment there. Some shops have weak signal, and I don't want you paying for a terminal that can't connect.")
c6b = c("Morning is bad, I go to the bazaar for stock. After two o'clock. And yes, my shop is half under the ground, good that you check.", "no_time")
t5w = t("Great. Sign here and here, and I'll activate it today. You can take cards this afternoon.")
c6w = c("Today? Okay... but my shop is half under the ground, phone signal is bad there. It will work?", None)
PAIRS.append(rpair(
    "b52r_f07_dushanbe_card_terminal",
    "A grocery owner with no wired internet wants to accept cards; the shop is partly below street level.",
    [o, t1, c2, t3, c4, t5b, c6b],
    [o, t1, c2, t3, c4, t5w, c6w],
))

# f08 - fault: recommends before asking. Commuter bike, Medellín
o = c("Hola, I want to buy a bike. I'm tired of the metro being so full.", None)
t1b = t("Makes sense. Where would you ride, from where to where, and are there hills? In Medellín there usually are.")
c2b = c("From Belén to El Poblado, twelve kilometres maybe. And yes, the way back is uphill. I'm not very fit, to be honest.", None)
t1w = t("Then you want this one, the carbon road bike, light and fast, 4.2 million pesos. It's our best seller.")
c2w = c("4.2 million? No, no. I just need to get to work, Belén to El Poblado, twelve kilometres, and the way back is uphill. I'm not very fit.", "too_expensive")
t3 = t("Twelve kilometres with an uphill ride home. Two good options: a hybrid with low gears, 1.6 million, or an e-bike, 3.9 million, which makes the hill easy. Where would you keep it at home?")
c4 = c("Inside the flat, fourth floor, no elevator. So not heavy, please.", None)
t5 = t("Then the e-bike is hard work, it's 23 kilos. The hybrid is 12, and with its small front gear you'll manage the hill after a couple of weeks. Want to try it on the street outside?")
c6 = c("Yes, let me try. But I'll compare with the shop in Laureles before I buy.", "think_it_over")
PAIRS.append(rpair(
    "b52r_f08_medellin_bike_shop",
    "A commuter fed up with the crowded metro wants a bike for a hilly 12 km ride and has no lift at home.",
    [o, t1b, c2b, t3, c4, t5, c6],
    [o, t1w, c2w, t3, c4, t5, c6],
))

# f09 - fault: unexplained jargon. Smelly well water, small-town Kentucky
o = c("Hi. Our well water started smelling like rotten eggs, mostly the hot water. Is it safe to drink? I've got a baby.", None)
t1 = t("Good that you called. That smell is usually hydrogen sulfide, a gas. It's unpleasant, and at the levels that cause a smell it's rarely a health risk, but with a baby I'd test for bacteria too. Is the smell in the cold water as well?")
c2 = c("Barely. Mostly hot. It started after we had the water heater replaced in May.", None)
t3b = t("That's a strong clue. When it's mostly the hot water, it's often the new heater's rod, a metal rod inside that protects the tank from rust, reacting with harmless bacteria in the water. A different kind of rod usually fixes it, about 60 dollars.")
c4b = c("Oh. So not the well itself? That's a relief.", None)
t3w = t("That's a strong clue. Probably SRB reacting with a magnesium anode, producing H2S. We'd swap in an aluminum-zinc anode, maybe shock-chlorinate, and run a TDS and coliform panel.")
c4w = c("I'm sorry, I didn't understand any of that. Is it the well or not?", None)
t5 = t("Most likely not the well, but we'll confirm. The bacteria test is 35 dollars; I can drop off a bottle today and you'd have results in two days. Until then, use bottled water for the baby's formula, just to be safe.")
c6 = c("Okay. I'm at work till five though, nobody's home to take it.", None)
t7 = t("No problem, I'll leave the bottle and instructions on the porch and call you when the results are in.")
PAIRS.append(rpair(
    "b52r_f09_kentucky_well_water",
    "A parent with a baby calls a water-treatment company because the well water, mostly the hot, smells of rotten eggs.",
    [o, t1, c2, t3b, c4b, t5, c6, t7],
    [o, t1, c2, t3w, c4w, t5, c6, t7],
))

# f10 - fault: talks about themselves instead of the customer. Wedding photographer, Rincón
o = c("hi! we're getting married in rincón on june 14, small beach thing, like 40 people. are you free that day and what do you charge", None)
t1 = t("Hi, congratulations! June 14 is open. My packages start at 1,800 for four hours. What are you picturing for the day?")
c2 = c("super relaxed. ceremony at sunset, then food truck tacos. honestly we're not big on posed photos, we both hate being in front of a camera lol", None)
t3b = t("Lots of couples feel that, and it's easy to work with: I mostly shoot things as they happen, plus ten minutes of the two of you walking on the beach at golden hour, no stiff poses. What matters most to you to have photos of?")
c4b = c("my grandma. she's flying in from chicago and she's 91. i want real photos with her", None)
t3w = t("Totally. I've shot over 300 weddings, I was featured in a bridal magazine in San Juan last year, and I've done destination weddings in Tulum and Cartagena. My style is editorial; I trained with some of the best photographers in Miami.")
c4w = c("cool... but um, did you hear the part about us hating posing? also my grandma's coming, she's 91, i want real photos with her", None)
t5 = t("We'll make sure of that: a few quiet minutes with her before the ceremony while she's fresh, and candids through the evening. Four hours covers it, 1,800.")
c6 = c("1,800 is more than we budgeted tbh. someone in aguadilla quoted 1,200", "too_expensive")
t7 = t("Fair, and it's worth comparing portfolios. A three-hour package is 1,400 if that helps. I'll hold the 14th for a week while you decide.")
PAIRS.append(rpair(
    "b52r_f10_rincon_wedding_photographer",
    "A bride planning a small sunset beach wedding asks a photographer about the date and price; the couple hate posing.",
    [o, t1, c2, t3b, c4b, t5, c6, t7],
    [o, t1, c2, t3w, c4w, t5, c6, t7],
))
