"""blind103 ranked pairs f01-f10: both sides share every turn (same Python objects) except one trainee
turn with a single fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer ------------------------------------------------------------------
c0 = c("Hoi. My gears jump since a week, on the third and fourth. I think it's the cable, it's old. Can you change it today?", None)
t1 = t("Hoi. Could be the cable, yes. Let me put it on the stand and look for a minute.")
c2 = c("Okay. I need it for tomorrow, I ride to Haren every day.", None)
b3 = t("Looking at it, the cable is stretched, so you're partly right. But the chain is also worn, over the limit on my gauge, and a worn chain jumps exactly like this. "
       "I'd do both, otherwise a new cable alone won't solve it.")
b4 = c("Ah, the chain too. How much is it together?", None)
w3 = t("No, it's not the cable, people always blame the cable. It's the chain, it's over the limit on my gauge, that's what jumps. "
       "The cable is only a bit stretched, I'll change it too while I'm at it.")
w4 = c("Okay, okay, you're the expert. I just said what I thought, the cable is twelve years old. How much is it together?", None)
t5 = t("Chain and cable, 42 euro with the work. It's ready this afternoon at four.")
c6 = c("Four is fine. I come after class.", None)
t7 = t("Good, see you then.")
PAIRS.append(rpair(
    "b103r_f01_groningen_bikeshop_jumpinggears",
    "Bike shop, Groningen, Netherlands: a student's gears jump and he suspects the cable. Fault in worse: the mechanic argues with him instead of building on what he said.",
    better=[c0, t1, c2, b3, b4, t5, c6, t7],
    worse=[c0, t1, c2, w3, w4, t5, c6, t7],
))

# f02 drops the price before asking anything -----------------------------------------------------
c0 = c("Hello, we got your quote for the stainless pump for our fish plant. 4,800 euro. We have not decided yet.", None)
b1 = t("Thanks for getting back. Before we talk about price, what's still open for you, is it the price, or something about the pump itself?")
b2 = c("Mostly the price, honestly. A German supplier offered 4,100. But I'm not sure it's the same pump.", "too_expensive")
w1 = t("Thanks for getting back. I can take 10 percent off straight away, so 4,320. Would that help?")
w2 = c("Oh. Well, cheaper is always good. A German supplier offered 4,100, so we are closer now. But I'm not sure it's the same pump.", "too_expensive")
t3 = t("Let's compare properly. Can you send me their model number? For fish water the important things are the seal type and whether it's 316 steel, not 304. Salt eats 304.")
c4 = c("I will check. Yes, I think theirs says 304.", None)
t5 = t("Then it's not the same pump. With salt water, 304 starts to corrode within a year or two. Compare on the same steel, and if theirs is 316 too, call me and we talk about the price.")
c6 = c("Fair. I send you their sheet tomorrow.", None)
PAIRS.append(rpair(
    "b103r_f02_vaasa_pumps_fishplantquote",
    "Industrial pump distributor, Vaasa, Finland: a fish-processing plant hesitates over a quote. Fault in worse: 10 percent off before asking what the hesitation is.",
    better=[c0, b1, b2, t3, c4, t5, c6],
    worse=[c0, w1, w2, t3, c4, t5, c6],
))

# f03 unexplained jargon ---------------------------------------------------------------------------
c0 = c("Hello, I am the office manager at Krämer Ingenieure. We hire three new engineers in January and need CAD licences for them. I'm not technical, my boss just said 'organise licences'.", None)
t1 = t("No problem, I'll keep it simple. How many engineers use the software now, and do they all work at the same time, or some part-time?")
c2 = c("Now eight. Two are part-time, and one is often at customers and doesn't use it then.", None)
b3 = t("Then you may not need three new licences. There are two kinds: one licence per person, or shared licences that anyone in the office can use, "
       "as long as no more people use it at the same moment than you have licences. With part-timers, shared often saves money.")
b4 = c("Shared, I understand. So maybe we buy only one or two more?", None)
w3 = t("Then you might switch from named-user to concurrent. We'd set up a floating licence server with FlexNet and users check out seats, "
       "or you stay named-user with SAML SSO. Depends on your peak concurrency.")
w4 = c("Sorry, I did not understand one word. Floating, concurrent... Can you say it simple?", None)
t5 = t("Let's measure it: I send you a small tool that counts how many people use the software at the same time, over two weeks. Then we know if you need one, two or three.")
c6 = c("Good, that I can explain to my boss. Send it to me.", None)
t7 = t("I'll send it today, with a short instruction for whoever does your IT.")
PAIRS.append(rpair(
    "b103r_f03_stuttgart_cadsoftware_licences",
    "CAD software reseller (B2B), Stuttgart, Germany: a non-technical office manager must organise licences for new hires. Fault in worse: licensing jargon left unexplained.",
    better=[c0, t1, c2, b3, b4, t5, c6, t7],
    worse=[c0, t1, c2, w3, w4, t5, c6, t7],
))

# f04 doubts the customer's honesty -------------------------------------------------------------------
c0 = c("Good morning. Yesterday I bought vitamin D here, but it is capsules, and I need drops for my baby. The box is closed, I didn't open. Can I change it?", None)
b1 = t("Good morning. Let me see... yes, the seal is untouched, so we can exchange it, no problem. How old is the baby?")
b2 = c("Four months. The doctor said 400 units every day.", None)
w1 = t("Good morning. Hmm. Are you really sure it wasn't opened? People say that a lot, and then we find the box was opened and closed again.")
w2 = c("I said it is closed. Look at it yourself, I am not a liar. The baby is four months, the doctor said 400 units every day.", None)
t3 = t("These drops are 400 units in one drop, so it's easy: one drop on the breast or on a spoon, once a day. They cost 4 złoty more than the capsules.")
c4 = c("Okay, no problem, I pay the difference.", None)
t5 = t("Here you are. Keep it in the fridge after opening.")
c6 = c("Thank you.", None)
PAIRS.append(rpair(
    "b103r_f04_szczecin_pharmacy_vitamindexchange",
    "Pharmacy, Szczecin, Poland: a mother exchanges unopened vitamin D capsules for baby drops. Fault in worse: the pharmacist doubts her word about the sealed box.",
    better=[c0, b1, b2, t3, c4, t5, c6],
    worse=[c0, w1, w2, t3, c4, t5, c6],
))

# f05 vague next step ---------------------------------------------------------------------------------
c0 = c("Boa tarde. I ordered a dining table here six weeks ago, oak, extendable. You said four weeks. Nobody called me. My family comes for Christmas lunch, 14 persons.", None)
t1 = t("Boa tarde. I'm sorry nobody called you, that's our fault. Let me look... the table is at the factory in Paços de Ferreira, it was delayed because the oak for the extension leaves came late.")
c2 = c("So when? I need to know, otherwise I must rent tables or something.", None)
b3 = t("I just called the factory: it leaves on the 15th and we deliver on the 18th or 19th. I'll call you on the 16th to fix the day and hour. If anything changes, you hear it from me the same day.")
b4 = c("The 18th is fine, Christmas is the 25th. But please really call me on the 16th.", None)
w3 = t("I'll check with the factory and we'll let you know as soon as we have news. It should be before Christmas, normally.")
w4 = c("Normally? Last time 'we let you know' meant nobody called for two weeks. I need a date.", None)
t5 = t("Here is my direct number, ask for Rita. And if there is any problem, I lend you the showroom table for the lunch.")
c6 = c("The showroom table? That's kind. Okay, I wait for your call.", None)
PAIRS.append(rpair(
    "b103r_f05_aveiro_furniture_latetable",
    "Furniture store, Aveiro, Portugal: a dining table is two weeks late before a family Christmas lunch. Fault in worse: a vague 'we'll let you know' instead of a date and a call.",
    better=[c0, t1, c2, b3, b4, t5, c6],
    worse=[c0, t1, c2, w3, w4, t5, c6],
))

# f06 over-promises -------------------------------------------------------------------------------------
c0 = c("Hi, we have four physiotherapy clinics around Linköping. We want online booking for patients, but it must connect to our journal system, Journalia. "
       "The bookings must appear there. Is this possible?", None)
t1 = t("Hi. Good question to start with. How do you book today, and what happens when booking and journal don't match?")
c2 = c("Phone and reception. If the booking is not in the journal, the physio doesn't see the patient is coming. It's happened, the patient waits, nobody knows.", None)
b3 = t("Then the connection is the whole point. Honestly: we've connected to Journalia at one other clinic. It works one way, bookings go in, but cancellations still need a click by hand. "
       "I want our technician to check your version before I promise a date.")
b4 = c("One click for cancellations is acceptable. When can the technician check?", None)
w3 = t("No problem at all, we connect to Journalia with full two-way sync, everything automatic. We can have you live in all four clinics within a week.")
w4 = c("One week, all four? That sounds very good. When can we start?", None)
t5 = t("I'll book a call with our technician and your IT on Thursday, and then I send you a plan.")
c6 = c("Thursday works. I tell our IT.", None)
PAIRS.append(rpair(
    "b103r_f06_linkoping_bookingsoftware_journal",
    "Online booking software (B2B SaaS), Linköping, Sweden: a physiotherapy chain needs bookings to reach its patient journal. Fault in worse: promises full sync in a week without checking.",
    better=[c0, t1, c2, b3, b4, t5, c6],
    worse=[c0, t1, c2, w3, w4, t5, c6],
))

# f07 unasked lecture --------------------------------------------------------------------------------------
c0 = c("Hello, I need a meeting room for tomorrow morning, 12 people, 9 to 13. I know it's short notice. Do you have something?", None)
t1 = t("Hello. Let me look... yes, the Weser room is free. It has a screen and a flipchart. Do you need coffee and something to eat?")
c2 = c("Coffee and water, and maybe some fruit. We are a small association, the budget is small.", None)
b3 = t("Then the room for the half day is 240, and coffee, water and a fruit bowl for 12 is 96. I leave out the pastries to keep it down.")
b4 = c("336 together, okay. That is fine.", None)
w3 = t("The half-day room is 240, coffee, water and fruit for 12 is 96. But you know, for next time, it really pays to book two weeks ahead. "
       "Last-minute is always more stressful, and good planning is half of every successful meeting.")
w4 = c("Yes, I know how to plan, thank you. Our venue cancelled yesterday, that's why. So 336 together?", None)
t5 = t("336, yes. I send the confirmation to your email now, and the room is open from 8:30 so you can set up.")
c6 = c("Perfect. See you tomorrow.", None)
PAIRS.append(rpair(
    "b103r_f07_bremen_hotel_meetingroom",
    "Hotel, Bremen, Germany: a small association books a meeting room at a day's notice on a small budget. Fault in worse: an unasked lecture about planning ahead.",
    better=[c0, t1, c2, b3, b4, t5, c6],
    worse=[c0, t1, c2, w3, w4, t5, c6],
))

# f08 recommends before asking ------------------------------------------------------------------------------
c0 = c("Dzień dobry. I want to buy a road bike. I'm doing my first triathlon in August, the short one, here in Gdynia.", None)
b1 = t("Dzień dobry, congratulations! Before I show anything: what do you ride now, and what's your budget, more or less?")
b2 = c("Now a city bike. Budget maybe 4,000 złoty. I don't know if I continue after this triathlon, honestly.", None)
w1 = t("Dzień dobry, congratulations! Then you want this one, a carbon triathlon bike with aero bars, 11,900. It's what the fast people ride.")
w2 = c("11,900? No, no. I ride a city bike now. My budget is maybe 4,000, and I don't know if I continue after this triathlon.", "no_money")
t3 = t("Then an aluminium road bike is the smart choice, around 3,500, and it's good for normal riding too if you stop the triathlons. Let's measure you so we get the right size.")
c4 = c("Okay, that sounds better for me. I am 1.68.", None)
t5 = t("Then probably the 52 frame. Take it out on the street for ten minutes, and we adjust the saddle after.")
c6 = c("Good. Let's try.", None)
PAIRS.append(rpair(
    "b103r_f08_gdynia_bikeshop_firsttriathlon",
    "Bike shop, Gdynia, Poland: a beginner wants a road bike for her first sprint triathlon. Fault in worse: recommends an expensive race bike before asking anything.",
    better=[c0, b1, b2, t3, c4, t5, c6],
    worse=[c0, w1, w2, t3, c4, t5, c6],
))

# f09 closes before checking it works ------------------------------------------------------------------------
c0 = c("Hei. We need new temperature sensors for the drying kilns at our sawmill, 12 pieces. The old ones are from the 90s, they drift and we get wrong readings.", None)
t1 = t("Hei. Drifting sensors in a kiln can cost you a lot of wood. What temperatures and humidity are we talking about inside?")
c2 = c("Up to 90 degrees, and very humid, steam. The old ones rusted at the connectors.", None)
t3 = t("Then this stainless PT100 with a sealed connector is the one I'd use, IP68. 145 euro each.")
c4 = c("145, okay, that's in the budget.", None)
b5 = t("Before you order: what does your control system expect from the sensor? If the old ones send a 4-20 milliamp signal, these need a small converter each, 40 euro. "
       "I don't want you to install 12 and get no reading.")
b6 = c("Good question, I don't know. I ask our electrician and send you a photo of the label on the old sensor.", None)
w5 = t("Great, then let's get the order in today, 12 pieces, and you'll have them on Friday. I'll send the confirmation now.")
w6 = c("Good. Friday is fine, our electrician can install them on Saturday.", None)
t7 = t("I'll email you today. Call me if anything is unclear.")
PAIRS.append(rpair(
    "b103r_f09_kuopio_sensors_sawmillkilns",
    "Industrial sensors distributor, Kuopio, Finland: a sawmill replaces 12 kiln temperature sensors. Fault in worse: closes the order without checking the signal matches the control system.",
    better=[c0, t1, c2, t3, c4, b5, b6, t7],
    worse=[c0, t1, c2, t3, c4, w5, w6, t7],
))

# f10 talks about themselves ---------------------------------------------------------------------------------
c0 = c("Goedemiddag. We need a small kitchen table, for two people, sometimes four. Our kitchen is really small, 2.5 by 3 metres.", None)
t1 = t("Goedemiddag. Small kitchen, two, sometimes four. Where would it stand, against a wall or in the middle?")
c2 = c("Against the wall, under the window. There's a radiator below.", None)
b3 = t("Then a drop-leaf table works: 60 cm deep against the wall for two, and you lift the leaf when guests come. With the radiator, solid wood can crack from the heat, "
       "so this one in oak veneer is safer. 279.")
b4 = c("Folding, that's clever. The veneer doesn't look cheap?", None)
w3 = t("Oh, a drop-leaf table, I have one myself! My wife and I bought it when we lived in Amsterdam, a tiny place above a bakery, we had our first child there, "
       "you wouldn't believe how small. We still use it, now with three kids. This one is similar, oak veneer, 279.")
w4 = c("Ha, okay. Nice. I'm only looking today, really. Is the veneer okay next to a radiator?", "brush_off")
t5 = t("Come and feel it, it's hard to tell from solid oak. And veneer handles radiator heat better than solid wood, it won't crack.")
c6 = c("Hmm, nice. I want to show my husband a photo first.", "think_it_over")
t7 = t("Of course. Take the measures too, I write them on the card for you.")
PAIRS.append(rpair(
    "b103r_f10_nijmegen_furniture_kitchentable",
    "Furniture shop, Nijmegen, Netherlands: a woman needs a table for a tiny kitchen with a radiator under the window. Fault in worse: the seller talks about his own family instead of her kitchen.",
    better=[c0, t1, c2, b3, b4, t5, c6, t7],
    worse=[c0, t1, c2, w3, w4, t5, c6, t7],
))
