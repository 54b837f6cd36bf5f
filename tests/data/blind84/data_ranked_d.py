"""Ranked pairs d01-d10 (two decent conversations; better is deeper), blind84."""
from common import c, rpair, t

PAIRS = []

# d01 umrah agency, Rabat - son translating for his father
_o = c("Good morning. I'm asking for my father, he's 76, he wants to do umrah in January. He speaks only Darija, so I'll translate. He asks what you have.", None)
PAIRS.append(rpair(
    "b84r_d01_rabat_umrah_father",
    "Umrah travel agency, Rabat, Morocco. A son translates for his elderly father, who is diabetic and wants to go in January with a neighbour while the son stays home.",
    [_o,
     t("Good morning, and may God accept it from him. January is a good month, not too hot. Before the packages — how is his walking? Any medicines he has to carry, like insulin? And will someone from the family go with him?"),
     c("He says he walks fine, slowly. Yes, diabetic, insulin twice a day, and he's afraid of the crowd in the tawaf. I can't take leave in January — he goes with the group, with his neighbour Si Ahmed, also old.", None),
     t("Then what matters is a hotel close by so he can rest between prayers, a fridge in the room for the insulin, and a leader used to older pilgrims. I'd put them both with Hajj Mustapha's group — he does the tawaf after Fajr, when it's quieter. Hotel at 300 metres, rooms with fridges, 24,500 each with the flight from Rabat-Sale. I'll add a letter for the insulin at the airport."),
     c("He says it's more than his cousin paid, 21,000. He asks, is the difference worth it?", "too_expensive"),
     t("His cousin's hotel was probably the one at 900 metres. Five times a day at 76, those extra 600 metres are the difference. If his legs are strong, the 21,000 works with taxis — but for him I'd pick the close one."),
     c("He says okay, the close one, and he thanks you. We bring the passports Saturday.", None)],
    [_o,
     t("Good morning, and may God accept it from him. For January we have three: Economy 19,800, hotel at one kilometre; Comfort 21,000, 900 metres; Premium 24,500, 300 metres. All with the flight from Rabat-Sale and the visa."),
     c("He asks which one people take the most.", None),
     t("Most families take the Comfort — good value, breakfast included, and a very experienced group leader. Is he going alone or with family?"),
     c("With the group, with his neighbour, also old. I can't take leave in January.", None),
     t("No problem, our group leaders look after everyone. Then I'd say the Comfort, 21,000 each. The hotel is clean and there's a shuttle at prayer times."),
     c("He says okay, the Comfort, like his cousin. We bring the passports Saturday.", None)]))

# d02 pharmacy, Lisbon
_o = c("Boa tarde. I need something strong for a cold. Blocked nose, headache, and I have a presentation tomorrow at nine.", None)
PAIRS.append(rpair(
    "b84r_d02_lisbon_pharmacy_cold",
    "Pharmacy, Lisbon, Portugal. A hoarse office worker wants the strongest cold remedy before a presentation; he takes blood-pressure medication, which only one side finds out.",
    [_o,
     t("Boa tarde. Let's get you through tomorrow. Do you take any regular medicines — blood pressure, heart, thyroid?"),
     c("Blood pressure, yes, a small one, amlodipine. Why?", None),
     t("Because the strong decongestant tablets can push blood pressure up; with amlodipine I'd rather you skip them. For the nose, a spray tonight and tomorrow morning — fast and it stays in the nose. For the headache, paracetamol."),
     c("A spray... the last one I used two weeks and then I couldn't breathe without it. I don't like sprays.", "bad_experience"),
     t("That's why I say three days at most — the rebound comes with long use. Tonight and tomorrow morning, saline wash the rest of the time. Spray 6.50, paracetamol 2.90."),
     c("Okay, three days. And for sleeping tonight?", None),
     t("Hot shower before bed, head a bit raised, saline. If you still have fever on Thursday or pain above the eyes, see your doctor.")],
    [_o,
     t("Boa tarde. For blocked nose and headache, this is the strongest: tablets with paracetamol and a decongestant, 7.90. One every six hours. It can make you a bit nervy, so not too late at night."),
     c("Okay. Will it work by tomorrow morning?", None),
     t("Usually the nose opens an hour after the first one. Drink a lot of water, and a saline wash if you can."),
     c("I have a presentation at nine. I can't be sleepy.", None),
     t("This one doesn't make you sleepy, the opposite. If the fever lasts more than three days, see your doctor."),
     c("Okay, I take it.", None)]))

# d03 wedding venue, Broummana (Lebanon) - a bargaining groom
_o = c("Marhaba. Listen, I saw your place in Broummana on Instagram. We're thinking August, 200 people. What's your best price? Be nice with me, I'm getting married, not buying a car.", None)
PAIRS.append(rpair(
    "b84r_d03_broummana_wedding_venue",
    "Mountain wedding venue, Broummana, Lebanon. A groom who likes to bargain asks for the best price; half the guests fly in from abroad.",
    [_o,
     t("Marhaba, and mabrouk! I'll be nice, promise. Before the price — who's coming? Mostly family from here, or people flying in?"),
     c("Half from Montreal and Sydney, my fiancee's family. That's why August, everybody comes in summer.", None),
     t("Then two things. August Saturdays are 65 a head, Sundays 52 — for people on holiday a Sunday is no problem. And guests who don't know Lebanon will remember it if the power cuts mid-dance: we have two generators with automatic switch-over, AC included. Ask that everywhere you go."),
     c("Sunday... my mother will say Sunday is not a wedding day. But 13 dollars times 200, that's 2,600. Hmm. I need to talk to her.", "think_it_over"),
     t("Fair. I'll hold one Saturday and one Sunday till next Friday, no deposit. Bring your mother this Sunday evening — there's a wedding on, she can see the hall full."),
     c("That's smart, she'll see it's full of people. Okay, Sunday we come at eight.", None),
     t("Eight o'clock, ask for Rami. I'll send you both prices in writing tonight.")],
    [_o,
     t("Marhaba, and mabrouk! For August Saturdays the package is 65 a head: open bar, mezze, main course, DJ included."),
     c("65! The place in Jounieh said 58. Come on, give me something.", "too_expensive"),
     t("Our view is better, honestly. But for you, with 200 people, I can do 60, and the cake is on us."),
     c("60 with the cake... that's better. My fiancee's family is from Montreal, they'll love the view.", None),
     t("They will. I can hold the date till Friday; after that I need a 2,000 deposit."),
     c("Okay, hold it. I talk to my mother and come back.", "think_it_over")]))

# d04 marble supplier, Muscat (B2B)
_o = c("Good morning. I'm building a villa in Al Mouj for a client, I need marble around the swimming pool, about 120 metres. The client saw black marble at a hotel in Dubai and he wants the same. What do you have?", None)
PAIRS.append(rpair(
    "b84r_d04_muscat_pool_marble",
    "Marble and stone supplier, Muscat, Oman. A builder wants polished black marble around a villa pool because his client saw it in a hotel.",
    [_o,
     t("Good morning. We have Nero Marquina and an Indian black. Before I quote — the hotel in Dubai, was it inside in the lobby or outside by the pool? And will the family walk on it barefoot?"),
     c("Outside, around the pool, I think. Barefoot yes, there are children.", None),
     t("Then I have to be honest, because it will come back to you: black stone in the Muscat sun in July goes over 60 degrees, kids can't stand on it, and wet polished marble is slippery. For pool decks here we use light travertine or flamed white. If he loves black, put a honed black band at the pool edge and light stone where people walk."),
     c("He won't like it. He is a stubborn man, and he is the one paying.", None),
     t("Then let the sun argue for me: leave a black and a light tile on site at noon for an hour, and ask him to put his hand on them. Travertine is 14 rial a metre, the black 22."),
     c("That's a good idea, the sun test. Give me the samples, I show him Thursday.", None),
     t("Here. And if he still wants black, I'll supply it honed with anti-slip treatment — polished I won't sell for a pool.")],
    [_o,
     t("Good morning. Black marble, yes: Nero Marquina from Spain, 22 rial a metre, and an Indian black at 16. For 120 metres the Indian is good value."),
     c("What's the difference?", None),
     t("The Spanish has the white veins, more elegant, and it's denser; the Indian is more uniform. Outside I'd seal either one every year, and go honed rather than polished so it's less slippery."),
     c("Honed, okay. The client wants the Spanish. Can you deliver in three weeks?", None),
     t("Yes, it's in stock. 120 metres of Nero Marquina honed, 2,640 rial plus delivery. I'll send the quote today."),
     c("Send it, I confirm with him.", "think_it_over")]))

# d05 mobile money and card acceptance, Nabeul (typed chat)
_o = c("salam, i have a ceramics shop in nabeul near the market. customers ask me card card card and i lose sales. i want the payment by phone thing, the qr", None)
PAIRS.append(rpair(
    "b84r_d05_nabeul_ceramics_payments",
    "Payments provider chat, Nabeul, Tunisia. A ceramics seller asks for a phone-payment QR code because customers keep asking to pay by card; most of them are foreign tourists.",
    [_o,
     t("Salam! Happy to help. One question before I set it up: the customers asking for card — Tunisians, or tourists from outside?"),
     c("mostly tourists. germans, french, the buses from hammamet tuesday and friday", None),
     t("Then honestly the QR won't solve it: it only works for people who have our wallet with a Tunisian number. Tourists pay with Visa and Mastercard, so you need a small card reader. We rent those: 25 dinars a month plus 1.8% a payment."),
     c("25 a month, in winter there is no tourists, i pay for nothing", "too_expensive"),
     t("Fair — you can pause it from November to March, no fee during the pause. And the QR for Tunisian customers is free, so I can set up both."),
     c("pause in winter ok thats good. both then. when", None),
     t("The reader comes with Monday's delivery and I activate the QR today. Send me a photo of your patente for the signature, or bring it to our Nabeul agency.")],
    [_o,
     t("Salam! Great, the merchant QR is perfect for shops. Free to open, the customer scans and pays from the wallet, you pay 0.5% per payment, and the money arrives instantly."),
     c("ok and the tourists can use it too", None),
     t("Anyone with the wallet app can pay — it's very popular now, more people have it every month. You get a sticker for the counter and a small stand."),
     c("ok good. what do i need", None),
     t("Your CIN, the patente and your phone number. I activate it today and the sticker comes by post in three days."),
     c("ok send it. shukran", None)]))

# d06 car rental, Chania (Crete)
_o = c("Bonjour, good morning. We would like a car for five days, to see the island a little. My wife and I, we are not so young, and I have not driven much since I retired.", None)
PAIRS.append(rpair(
    "b84r_d06_chania_car_rental_retirees",
    "Car rental office, Chania, Crete, Greece. A formal retired French couple want a car for five days; he is out of practice and they want to visit a mountain village and Balos.",
    [_o,
     t("Bonjour, welcome. Five days, no problem. At home do you drive automatic or manual? And where would you like to go — the west beaches, the mountains?"),
     c("At home a manual, an old Peugeot. We would like Balos, and Theriso, the village of my wife's grandmother — she has a photo.", None),
     t("Lovely. Two honest tips, then. The road to Theriso is beautiful but narrow, through a gorge, lots of bends — a small automatic makes it much easier. And Balos ends in 8 km of dirt track the insurance doesn't cover; most people take the boat from Kissamos."),
     c("The automatic is more expensive, no? We are retired, we watch the budget.", "too_expensive"),
     t("Eight euro a day more, 40 for the five days. For Theriso I think it's worth it, but a small manual is fine if you prefer. And I can bring the car to your hotel and collect it there, free, so you don't drive in Chania town."),
     c("Ah, that is kind. Yes, the automatic, and to the hotel. Thursday morning?", None),
     t("Thursday at nine at your hotel. I'll leave a paper map in the car with Theriso marked, and the boat times for Balos.")],
    [_o,
     t("Bonjour, welcome. For five days: a Fiat Panda at 32 a day with full insurance, or a Peugeot 208 at 38. Both manual; automatic is 8 more."),
     c("The Panda is fine. We want to see Balos, and Theriso.", None),
     t("Good choices. The road to Balos ends in a dirt track the insurance doesn't cover, so drive slowly, or take the boat from Kissamos. Theriso is a nice drive through the gorge."),
     c("Okay. We take the Panda. Can you bring it to the hotel?", None),
     t("Yes, delivery to the hotel is free. Thursday at nine?"),
     c("Thursday at nine. Merci.", None)]))

# d07 private hospital, Erbil
_o = c("Good afternoon. My mother has pain in her knee for two years. A doctor in Duhok said she needs a knee replacement. I want to know your price for the operation, and how long she stays.", None)
PAIRS.append(rpair(
    "b84r_d07_erbil_knee_surgery",
    "Private hospital patient office, Erbil, Iraqi Kurdistan. A man asks the price of a knee replacement for his mother; the family is still collecting the money.",
    [_o,
     t("Good afternoon. Two years of pain, I'm sorry. I'll give you the price, but first — did the doctor in Duhok do an x-ray or MRI? And has she tried physiotherapy or injections?"),
     c("An x-ray, yes, I have it on the phone. Physiotherapy no, there is nothing good near our village.", None),
     t("The total knee package is 6,800 dollars, five nights, implant included. But honestly I'd start with Dr Shvan, our orthopaedic surgeon: 40 dollars, he examines her and looks at the x-ray. Sometimes it's a replacement, sometimes injections and physio help for years."),
     c("6,800. We are collecting the money in the family, it takes time.", "no_money"),
     t("Then the consultation is even more useful — you'll know whether you need to collect it at all. If he says surgery, we have a plan in two payments. Can she come to Erbil next week? He sees patients Sunday and Tuesday."),
     c("Tuesday is possible, my brother drives her. Send me the address.", None),
     t("Location and appointment on WhatsApp now — Tuesday 10:30. Bring the x-ray, her list of medicines and any old reports.")],
    [_o,
     t("Good afternoon. Our knee replacement package is 6,800 dollars: implant, surgery, five nights in a private room and the first physiotherapy sessions."),
     c("6,800. We are collecting the money in the family, it takes time.", "no_money"),
     t("I understand. We have a payment plan: half before the operation, half within three months. She'd need a consultation with Dr Shvan first, 40 dollars, before we book."),
     c("Okay. When can she come?", None),
     t("Sunday or Tuesday. Bring the x-ray from Duhok."),
     c("Tuesday. My brother drives her.", None)]))

# d08 cold store, Marsaxlokk (B2B)
_o = c("Hello, I'm calling for the fishermen's cooperative in Marsaxlokk. We need cold storage, freezer space, for part of the catch. How much is a room with you per month?", None)
PAIRS.append(rpair(
    "b84r_d08_marsaxlokk_cold_storage",
    "Cold-storage warehouse, Malta. A fishermen's cooperative asks for the monthly price of a freezer room; their need is seasonal.",
    [_o,
     t("Hello. A room is 1,400 a month for about 20 pallets at minus 22. But before you take that — what are you freezing, and is it all year or in a season?"),
     c("Lampuki mostly. August to December — sometimes so much that the market price falls to nothing. The rest of the year, not much.", None),
     t("Then a room all year means paying for empty space eight months. We also rent by pallet: 65 a pallet a month, only the months you use. At the peak, how many pallets?"),
     c("October maybe 15, 18. August 5. But the committee will ask about blast freezing — the fish must freeze fast or it's mush.", None),
     t("Good point: we blast-freeze at minus 35 on intake, 40 a pallet. For your season that's around 4,500 in total, against 16,800 for a year's room. I'll put both on one page for the committee."),
     c("4,500 they'll like. Send it, the meeting is Friday.", "think_it_over"),
     t("By Thursday, then. And if they want, bring two of them to see the blast freezer, any morning after seven.")],
    [_o,
     t("Hello. A freezer room at minus 22, about 20 pallets, is 1,400 a month on a 12-month contract. Its own door, and key cards for your members."),
     c("1,400 every month... and if we don't fill it?", "too_expensive"),
     t("Most customers fill it over time. Electricity and monitoring are included, with an alarm if the temperature rises. We also blast-freeze, 40 a pallet."),
     c("Blast freezing is important for the fish. Okay. Send me the contract, I show the committee on Friday.", "think_it_over"),
     t("I'll email it today. Any questions, call me.")]))

# d09 fleet tyres, Dammam (B2B)
_o = c("Good morning. I manage 14 pickup trucks for a maintenance company in Dammam. We change tyres every 25,000 km, it's too often. I want a better tyre. What do you recommend?", None)
PAIRS.append(rpair(
    "b84r_d09_dammam_fleet_tyres",
    "Tyre and fleet service centre, Dammam, Saudi Arabia. A fleet manager asks for a longer-lasting tyre; the real cause of the wear is alignment.",
    [_o,
     t("Good morning. 25,000 is short, yes, even with the heat. Is the wear even across the tread, or more on one edge?"),
     c("Hmm, I think the front ones go on the inside edge. The drivers say the steering pulls a bit.", None),
     t("That's alignment, not the tyre. A better tyre on a misaligned truck dies the same way, just dearer. Alignment and a tie-rod check is 120 riyals a truck; fix that and the tyres you buy could give you 40,000."),
     c("I don't have time to take trucks off the road, they work six days.", "no_time"),
     t("We're open Friday from four — seven trucks a Friday, the fleet in two weeks. For the next set I'd quote an all-terrain with a higher heat rating, but after the alignment."),
     c("Friday works. Okay, seven trucks this Friday.", None)],
    [_o,
     t("Good morning. For pickups in this heat I'd recommend the Michelin LTX or the Bridgestone Dueler — usually 35,000 km or more. For 14 trucks I can do 15% off: 780 a tyre instead of 920."),
     c("780 times 56 tyres... that's a lot of money at once.", "no_money"),
     t("We can invoice in two batches, half the fleet this month, half next. Fitting and balancing free, and we check the alignment while they're here."),
     c("Okay, that's better. Send me the quote in two batches.", None),
     t("Today. Bring the first seven whenever it suits."),
     c("Friday afternoon, if you're open.", None)]))

# d10 hotel software, Nafplio - long-winded owner
_o = c("Yes, hello. So, we have a small hotel in Nafplio, 14 rooms, my father started it in 1987, and now I run it with my sister. We still use the big book at reception, my father refuses computers, but last summer we had, ah, three double bookings, one a German couple with a baby at midnight, terrible. So my sister said call you.", None)
PAIRS.append(rpair(
    "b84r_d10_nafplio_hotel_bookings",
    "Hotel software vendor, call with a family hotel in Nafplio, Greece. The owner wants to stop double bookings; her 78-year-old father keeps a paper book and will not use a computer.",
    [_o,
     t("Hello, and sorry about the midnight one, that's the worst. How do the bookings arrive — Booking.com, Expedia, your own website, phone?"),
     c("Booking.com most, maybe 60%. Then phone and email, regulars, Greeks from Athens. My father writes the phone ones in the book.", None),
     t("So the double bookings happen when a phone booking goes in the book but Booking.com still thinks the room is free. What you need first is a channel manager — one calendar that closes the room everywhere — 39 a month. A full hotel system is 120; you can add it later, if ever."),
     c("39 is okay. But my father, if he has to use a computer, he will not. He is 78.", None),
     t("He doesn't have to. Keep the book: your sister puts his phone bookings into the app in the evening, a minute each, or he rings her. Try it for a month — I'll connect it to Booking.com with you on a 45-minute call."),
     c("One month trial, okay. Thursday afternoon? In the morning there is breakfast and check-outs.", None),
     t("Thursday at four. I'll send the link; have your Booking.com login ready.")],
    [_o,
     t("Hello! Sounds like it's time to move from the book to a system. Our HotelDesk does it all: calendar, connection to Booking.com and Expedia, invoices, housekeeping lists, guest emails. 120 a month for 14 rooms."),
     c("120... for a small hotel, hmm. What is the part that stops the double bookings?", "too_expensive"),
     t("The channel connection — a room booked anywhere closes everywhere. And you'll save time on invoices and guest emails."),
     c("My father will not use a computer, he's 78.", None),
     t("It's very easy, two hours of training included. Most older staff learn it in a week."),
     c("Okay, send me the offer, I talk with my sister.", "think_it_over")]))
