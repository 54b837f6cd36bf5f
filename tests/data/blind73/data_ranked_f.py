"""Ranked pairs f01-f10: both sides share every turn (same variables) except one fault in `worse` and the
customer's reaction to it. Hand-written for blind73."""
from common import c, rpair, t

PAIRS = []

# f01 — fault: argues with the customer
O = c("Moin. Jansen here, warehouse manager at Nordfrisch Hamburg. One of our forklifts hit a rack upright yesterday, it's bent a bit. Our annual inspection isn't due until October. Does someone need to look at it now?", None)
T1 = t("Moin, Mr. Jansen, good that you called. How bent is it: can you see it by eye from the aisle, and is the rack loaded?")
C1 = c("You can see it, yes, a few centimetres, at the bottom. It's full, three levels of pallets, drinks.", None)
T2 = t("With a visible bend and a full load, it needs looking at before October. The usual rule is to unload the bays on a clearly damaged upright until it's assessed.")
C2 = c("Unload three levels of drinks? We're in the middle of the Christmas peak. I was hoping it could wait.", "no_time")
T4 = t("I'll book the inspector for seven and email you the confirmation and what he needs on site.")
PAIRS.append(rpair(
    "b73r_f01_hamburg_rack_damage",
    "A warehouse manager in Hamburg asks a racking-inspection firm whether a bent upright can wait for the annual inspection; it is peak season.",
    better=[O, T1, C1, T2, C2,
            t("I understand, the timing is terrible. It's only the two bays either side of that upright, not the aisle. Our inspector can come tomorrow at seven, before your shift: if it's within tolerance you reload at once, if not he fits a repair kit the same day."),
            c("Only two bays, that's manageable. Seven tomorrow is good.", None),
            T4],
    worse=[O, T1, C1, T2, C2,
           t("With respect, I'd push back on that. Hoping it can wait is how racks come down, and then you'd have a far bigger Christmas problem. It's not really something to negotiate. Our inspector can come tomorrow at seven."),
           c("I didn't say I'd ignore it, I asked a question. Seven is fine, but I don't need a lecture about my own warehouse.", None),
           T4]))

# f02 — fault: doubts the customer's honesty
O = c("Hello, this is Amina from Jambo Guesthouse in Stone Town. The solar water heater you installed last March stopped heating. Guests are having cold showers. It should be under warranty, no?", None)
T1 = t("Hello Amina, sorry, cold showers are bad for reviews. Yes, it's a two-year warranty. What do you see: is the tank warm at all, any water leaking on the roof?")
C1 = c("The tank is cold. There is a little water under the panel, I think. And a crack in one of the glass tubes, my staff saw it.", None)
T3 = t("A technician can be there tomorrow at nine, and he'll bring replacement tubes so it's fixed in the same visit.")
C3 = c("Nine is okay. Please be on time, I have a full house this weekend.", None)
PAIRS.append(rpair(
    "b73r_f02_zanzibar_solar_heater",
    "A guesthouse owner in Stone Town calls the installer of her solar water heater, under warranty, after a glass tube cracked and the water went cold.",
    better=[O, T1, C1,
            t("A cracked tube would do it: water leaks and the system loses its heat. Tubes sometimes crack from stress in the mount. If it's the tube or the mount, it's covered."),
            c("Okay, good. When can someone come?", None),
            T3, C3],
    worse=[O, T1, C1,
           t("A cracked tube... that usually happens when something hits it. Are you sure nobody was up on the roof, or something fell on it? Warranty doesn't cover accidents, and we do get people trying."),
           c("Nobody goes on that roof. Are you saying I am lying? I called you for help.", None),
           T3, C3]))

# f03 — fault: drops the price before asking anything
O = c("Hola, good morning. I'm Valentina, office manager at Andes Ingeniería in Providencia. Our cleaner is retiring at the end of the month, she worked for us twelve years. I need a company to clean the office. What would it cost?", None)
T2 = t("So daily, four hours, plus a couple of things that aren't really cleaning. Plants our cleaners do happily; the coffee we'd agree. Does it matter that it's the same person every day?")
C2 = c("Yes, the engineers don't like strangers near the drawings. The same person if possible. What does it cost?", None)
T3 = t("With a fixed cleaner, four hours a day, it's 780,000 pesos a month plus IVA, materials included.")
C3 = c("Hmm, we paid her less, but she was employed by us directly. I have to ask the partners.", "think_it_over")
T4 = t("Of course. I'll send a written quote today with exactly what's included, and the cleaner we'd assign can come for a trial morning before the end of the month if the partners want.")
PAIRS.append(rpair(
    "b73r_f03_santiago_office_cleaning",
    "An office manager in Santiago de Chile needs a cleaning company to replace a long-serving cleaner who is retiring.",
    better=[O,
            t("Good morning, Valentina. Twelve years, she'll be missed. For a real price: how big is the office, and what did she do, daily cleaning, kitchen, bathrooms, windows?"),
            c("About 400 square metres, two bathrooms, a kitchen. Every day, 7 to 11. She also watered the plants and made the morning coffee.", None),
            T2, C2, T3, C3, T4],
    worse=[O,
           t("Good morning, Valentina! First, good news: we'll beat whatever you paid her, and new clients get the first month free. How big is the office, and what did she do?"),
           c("Free month, okay... but you don't know what she did yet. About 400 square metres, two bathrooms, a kitchen. Every day, 7 to 11. She also watered the plants and made the morning coffee.", None),
           T2, C2, T3, C3, T4]))

# f04 — fault: an unasked lecture
O = c("Good morning sir. I am Ramon Dizon, chairman of San Jose Rice Farmers Cooperative, Nueva Ecija. We got a grant approved for a combine harvester, 70 percent from the government. We need to choose the model.", None)
T1 = t("Good morning, Mr. Dizon, congratulations on the grant. How many hectares a season, what are the fields like at harvest, and does everyone harvest at once?")
C1 = c("Around 600 hectares, members' fields. In the wet season many are very soft, the old machines we rented got stuck. Harvest goes over about six weeks, and some fields are far, ten kilometres.", None)
T4 = t("I'll send the specification and quotation in the format the Department of Agriculture asks for, so it goes straight into your grant papers. Could your board see a demonstration on one of the soft fields next week?")
C4 = c("Yes, Thursday, at the Bautista field. The board will decide after they see it.", "think_it_over")
PAIRS.append(rpair(
    "b73r_f04_nuevaecija_combine_harvester",
    "The chairman of a rice cooperative in Nueva Ecija chooses a grant-funded combine harvester for soft wet-season fields.",
    better=[O, T1, C1,
            t("Soft fields mean tracks, not wheels, and six weeks helps: our mid-size track model does about 8 hectares a day, so one machine covers 600 hectares if it's scheduled well. 2.3 million pesos, your 30 percent about 690,000, plus 180,000 for a trailer to reach the far fields."),
            c("690,000 we have. The trailer was not in the grant... but maybe.", "no_money"),
            T4, C4],
    worse=[O, T1, C1,
           t("Soft fields mean tracks, not wheels. But first some advice: many cooperatives buy a machine with a grant and it's dead in two years because nobody is responsible. You should form a maintenance committee, keep a logbook and charge members a proper rate for a repair fund; most don't, that's why they fail. Anyway, our mid-size track model, 8 hectares a day, 2.3 million, your share about 690,000, plus a 180,000 trailer."),
           c("Sir, we have run this cooperative nineteen years, we have a rental fund already. I asked about the machine.", None),
           T4, C4]))

# f05 — fault: a vague next step
O = c("Bonjour. Youssef Alami, purchasing manager, Clinique Anfa. Our glove supplier delivered late twice this quarter, we nearly ran out in the operating theatres. I'm looking for a second supplier: sterile surgical gloves, mainly latex-free.", None)
T1 = t("Bonjour, Mr. Alami. Running short in theatre is serious. What volume do you use a month, and which sizes move most?")
C1 = c("About 9,000 pairs a month, mostly 7 and 7.5. The surgeons are very particular, they won't accept a glove they don't like.", None)
T2 = t("Then the surgeons try them before anything is signed. We'd send 50 pairs of each size from 6.5 to 8. We hold four weeks' stock in Casablanca, so delivery is 48 hours. For your volume, 4.20 dirhams a pair, delivered.")
C2 = c("The current one is 3.90. Thirty centimes a pair, that's 2,700 a month more.", "too_expensive")
PAIRS.append(rpair(
    "b73r_f05_casablanca_surgical_gloves",
    "A private clinic's purchasing manager in Casablanca looks for a second glove supplier after late deliveries; surgeons must approve any glove.",
    better=[O, T1, C1, T2, C2,
            t("It is more. What you'd pay for is 48-hour delivery and not running short in theatre. First let's see if the surgeons like it: samples go out Monday, I call the theatre head nurse on Thursday the 12th for feedback, and if they're happy I price a share of your volume, say a third."),
            c("Good. Thursday the 12th, call Sister Karima directly.", None)],
    worse=[O, T1, C1, T2, C2,
           t("It is more, but the delivery makes up for it. I'll get some samples over to you at some point, and we'll be in touch about the price once the surgeons have had a look."),
           c("At some point? 'At some point' is exactly what we hear from the current supplier.", None)]))

# f06 — fault: over-promises
O = c("Hi, I'm Carlos Ruiz, operations at Istmo Aduanas in Panama City. We do customs declarations for about 40 importers, all on spreadsheets, typing into the customs portal by hand. Does your software connect to the customs system directly?", None)
T1 = t("Hi Carlos. How many declarations a month, and where do the delays or mistakes happen now?")
C1 = c("Around 1,200 a month. The delay is retyping invoices into the portal. The mistakes are tariff codes; last month a wrong code cost a client a 3,000 dollar fine.", None)
T3 = t("Tariff suggestions come from what each client imported before, so they're strong for repeat products and weaker for new ones; your team still confirms every code.")
C3 = c("Okay. Can we see it with our own invoices?", None)
T4 = t("Yes. Send me twenty invoices from last month, and on Wednesday I'll show you the declarations the system produces, next to what your team filed.")
PAIRS.append(rpair(
    "b73r_f06_panama_customs_software",
    "The operations head of a customs brokerage in Panama City asks whether a software product connects directly to the national customs system.",
    better=[O, T1, C1,
            t("Retyping and tariff codes, then. Honest answer on the connection: we import invoices, suggest tariff codes, and export the declaration as a file the portal accepts for upload. A direct live link isn't there yet; we're in certification and I can't give you a date."),
            c("Uploading a file is still much better than typing. How good are the tariff suggestions?", None),
            T3, C3, T4],
    worse=[O, T1, C1,
           t("Retyping and tariff codes, then. Yes, we connect directly to the customs system, fully automatic, your team won't type a thing. We can have you live in a week, and no more tariff mistakes, guaranteed."),
           c("Live in a week, and guaranteed? That is very good. Fully automatic, no typing at all?", None),
           T3, C3, T4]))

# f07 — fault: closes before checking the thing works
O = c("Hello, it's Fiona Baird at Baird & Lennox, the accountants on George Street. Our old phone lines are being switched off next year and I need a new phone system. Twenty-five desks. Everyone tells me to look at internet phones.", None)
T1 = t("Hello Fiona. Twenty-five desks, fine. Is anything else on those old lines besides phones: an alarm, a lift phone, a card machine, a fax?")
C1 = c("The burglar alarm dials out on one, I think. We still have a fax for HMRC things, hardly used. Oh, and the door buzzer rings reception.", None)
T2 = t("Good that we found those. Phones: 25 handsets plus the app on mobiles, 14 pounds per user a month, you keep your numbers. The fax can become email-to-fax. The alarm and the door entry are the ones to be careful with.")
C2 = c("That price is fine. The partners want it done before the busy season in January, honestly.", None)
T4 = t("I'll email you a written summary today: phones, the fax change, and the questions for the alarm and door entry, so the partners see it all in one place.")
PAIRS.append(rpair(
    "b73r_f07_edinburgh_office_phones",
    "The practice manager of an accountancy firm in Edinburgh replaces analogue phone lines that also carry an alarm, a fax and a door buzzer.",
    better=[O, T1, C1, T2, C2,
            t("Then let's not sign until the alarm is sorted. Who is your alarm company? I'll ask whether your panel can signal over the internet or needs a 4G unit, and check the door-entry model. Once both are confirmed, I send the order and we install early December."),
            c("Lothian Security. I'll email you their contract number.", None),
            T4],
    worse=[O, T1, C1, T2, C2,
           t("Great, then let's get the order signed today and book installation for early December. Alarms and door entry usually sort themselves out on the day; the engineer will look when he's there."),
           c("Usually? If the alarm stops calling out, our insurance isn't valid. I'd rather know that before I sign anything.", "think_it_over"),
           T4]))

# f08 — fault: recommends before asking
O = c("Hello, I'm Khun Nattaya, I own two restaurants in Sukhumvit. Last month a customer got food poisoning and posted it online. I want food-safety training for my kitchen staff. What do you offer?", None)
T2 = t("So time and temperature, eighteen people over two kitchens. Would training on site work better, in Thai, in the quiet hours between lunch and dinner?")
C2 = c("Yes, 3 to 5 is quiet. Most of my cooks read Thai better than English. How much?", None)
T3 = t("Four afternoon sessions, two per branch, in Thai, plus a temperature-log routine your head chefs keep afterwards: 36,000 baht in total, certificates included.")
C3 = c("Okay, that is reasonable. Let me check dates with my head chefs.", None)
PAIRS.append(rpair(
    "b73r_f08_bangkok_food_safety",
    "A restaurant owner with two kitchens in Bangkok wants food-safety training after a customer fell ill and posted about it.",
    better=[O,
            t("Hello Khun Nattaya, I'm sorry, that's stressful for a restaurant. So I suggest the right thing: how many kitchen staff, and do you know what went wrong with that dish?"),
            c("Eighteen cooks and helpers in two kitchens. The health office thinks it was the chicken salad, left out too long at lunch.", None),
            T2, C2, T3, C3],
    worse=[O,
           t("Hello Khun Nattaya, I'm sorry. Our Food Handler Level 2 course is what you need: two full days, international certificate, taught in English at our Silom centre. Most restaurants send the whole kitchen."),
           c("Two full days at your centre? Both kitchens would close. I have eighteen cooks and helpers, and the health office thinks it was a chicken salad left out too long at lunch.", "no_time"),
           T2, C2, T3, C3]))

# f09 — fault: unexplained jargon
O = c("Kia ora, I'm Rachel, business manager at Te Awa Primary. The Wi-Fi in the classrooms is hopeless: when a whole class logs on to their Chromebooks it just stops. The principal wants it fixed before Term 3. I'm not technical at all, just so you know.", None)
T1 = t("Kia ora Rachel, that's fine, that's my job. Is it slow in every classroom or worse in some? And all day, or mainly when a class logs on?")
C1 = c("Worst in Rooms 7 to 12, the newer block. And yes, mainly when thirty kids log on at the start of a lesson.", None)
T2 = t("That pattern usually means too few wireless points for that block. I checked last year's network survey: Rooms 7 to 12 share one between them.")
C2 = c("One for six rooms? That sounds... not enough?", None)
T4 = t("I'll send you a one-page summary in plain words, with the price and the funding you might get, by Friday.")
PAIRS.append(rpair(
    "b73r_f09_auckland_school_wifi",
    "A primary school business manager in Auckland, not technical, needs classroom Wi-Fi fixed and must explain the spend to the board of trustees.",
    better=[O, T1, C1, T2, C2,
            t("Not enough, exactly. A wireless point is the small box on the ceiling the Chromebooks connect to, and one handles about one class well. So one in each of those six rooms: around 9,400 dollars with cabling, and part may be covered by the government's school network funding."),
            c("That I can explain to the trustees. Can you write it down like that?", None),
            T4],
    worse=[O, T1, C1, T2, C2,
           t("Exactly. I'd put in six Wi-Fi 6 APs on PoE, uplinked to a new 24-port managed switch with separate VLANs for students and staff, then redo the SSIDs and channel plan. About 9,400 with cabling, partly N4L-eligible."),
           c("Sorry, I didn't follow most of that, and I have to explain it to the trustees. What are the boxes, and why six?", None),
           T4]))

# f10 — fault: talks about himself instead of the customer
O = c("Good afternoon. I'm Nino Beridze, general manager of Hotel Mtkvari in Tbilisi. We want a van for the airport shuttle, eight passengers plus luggage. Our current one is eleven years old.", None)
T1 = t("Good afternoon, Ms. Beridze. How many airport runs a day, and what goes wrong with the old one?")
C1 = c("Six, seven runs, also at night, flights land here at 3 am. The old one breaks down; last month a guest waited an hour at the airport. Very bad for us.", None)
T3 = t("74,000 lari, five years' servicing included. We can take your old van in part exchange; at eleven years, probably around 9,000.")
C3 = c("74,000 is above what the owners gave me. They said 65,000.", "no_money")
T4 = t("With the part exchange you're at 65,000 exactly. I'll put it in writing for the owners, with the service package spelled out.")
PAIRS.append(rpair(
    "b73r_f10_tbilisi_hotel_shuttle_van",
    "A hotel general manager in Tbilisi buys an airport-shuttle van; night-time reliability matters most and the owners set the budget.",
    better=[O, T1, C1,
            t("So reliability at night is the main thing; a guest waiting an hour is exactly what you want to stop. The eight-seat diesel with the long luggage area fits, with 24-hour roadside assistance for five years and a service centre on the airport road."),
            c("Roadside assistance at night, that is important. What does it cost?", None),
            T3, C3, T4],
    worse=[O, T1, C1,
           t("Oh, I know that feeling! I drove airport shuttles myself for three years as a student, and our vans were terrible, once I waited two hours for a tow truck in the snow and my boss was furious... Anyway, the eight-seat diesel with the long luggage area fits, with 24-hour roadside assistance for five years and a service centre on the airport road."),
           c("I see. I don't have much time today. What does it cost?", None),
           T3, C3, T4]))
