"""Ranked pairs f01-f10: the sides share turns except ONE fault in `worse`. Written by hand."""
from common import t, c, rpair

PAIRS = []

# f01 argues with the customer - phone repair kiosk, Hobart, Australia (spoken, consumer)
o = c("Hi, my phone screen's gone all green lines down one side. I didn't drop it, I swear, it just started doing it on Tuesday.", None)
a1 = t("Righto, let's have a look. Green lines down the side... what model is it, and how old?")
b1 = c("It's a Galaxy S22, about eighteen months. Bought it from JB.", None)
s5 = t("Worth asking them. It's past the twelve months, but Samsung have been replacing S22 screens with this fault for free. If they say no, come back and we'll do it same day.")
PAIRS.append(rpair(
    "f01_phonerepair_hobart",
    "A woman brings her phone to a repair kiosk in a Hobart shopping centre because green lines appeared on the screen; she says she never dropped it.",
    [o, a1, b1,
     t("Okay. Green lines without a drop do happen on this model, it's a known fault with the display panel. Screen replacement is $289, about two hours."),
     c("Right. Is that something Samsung should cover, if it's a known thing?", None),
     s5,
     c("Good tip. I'll ring them first. Cheers.", None)],
    [o, a1, b1,
     t("Mate, these don't just go green by themselves. There'll have been a knock somewhere, a drop in the bag or something. Screen replacement is $289, about two hours."),
     c("I'm telling you I didn't drop it. Why would I make that up? And if it's the phone, shouldn't Samsung cover it?", None),
     s5,
     c("Right. I'll ring them. And if they say no I'll probably go somewhere else, to be honest.", None)]))

# f02 doubts the customer's honesty - tourist bus company, Pokhara, Nepal (typed, consumer)
o = c("hello, i booked kathmandu to pokhara bus for 14 march on your website, payment was taken 2 times from my esewa, 2 x 1800 rs. only 1 ticket came. pls refund the extra", None)
a1 = t("Namaste, sorry for the trouble. Can you share the booking number and the eSewa transaction IDs of both payments?")
b1 = c("booking PKR-55123. transaction ids 7781290 and 7781302, both 14 march 9:12am", None)
s5 = t("It takes 3 to 5 working days to show in eSewa. I'll send you the refund reference by SMS now.")
PAIRS.append(rpair(
    "f02_busrefund_pokhara",
    "A traveller writes to a tourist bus company in Pokhara because her e-wallet was charged twice for one ticket.",
    [o, a1, b1,
     t("Thank you. I see both transactions on our side, the second one came through when the page timed out. I've requested the refund of 1,800 to your eSewa."),
     c("ok thank you. how long it takes?", None),
     s5,
     c("ok got the sms. dhanyabad 🙏", None)],
    [o, a1, b1,
     t("We get a lot of people claiming double payment who actually bought two tickets. Are you sure you didn't book for someone else also? I can see both transactions, but I have to be careful. I've requested the refund of 1,800 to your eSewa."),
     c("why would i lie for 1800 rupees?? i travel alone. anyway how long it takes", None),
     s5,
     c("ok got it. next time i book with another company", None)]))

# f03 haggles on price at once - office furniture supplier, Wroclaw, Poland (spoken, B2B)
o = c("Dzień dobry. We're moving to a new office in Wrocław in May, thirty-five people. I'm looking at your height-adjustable desks. I want to understand first: how noisy is the motor, and do they wobble when they're high?", None)
a1 = t("Dzień dobry. Good questions, those are the two things people regret later. Are your people mostly developers on calls, or a mix?")
b1 = c("Mostly developers. Many calls with clients, headsets. Some of them stand half the day.", None)
PAIRS.append(rpair(
    "f03_desks_wroclaw",
    "An office manager for a software company moving offices asks a furniture supplier about noise and stability of sit-stand desks for 35 staff.",
    [o, a1, b1,
     t("Then the dual-motor frame is the one for you. It's around 45 decibels, quieter than a normal conversation, and with the cross-bar it doesn't wobble at standing height, even with two monitors. You can try one in our showroom on Legnicka."),
     c("Okay, that's useful. How much are they, for thirty-five?", None),
     t("List price is 2,190 złoty each; for thirty-five we'd quote properly after you've tried it. Shall I book you a slot in the showroom this week?"),
     c("Yes, Thursday afternoon.", None)],
    [o, a1, b1,
     t("Then the dual-motor frame is the one for you. And look, for thirty-five desks I can already give you fifteen percent off, maybe twenty if you sign this month."),
     c("I didn't ask about a discount yet. I asked about the noise and the wobble.", None),
     t("It's around 45 decibels, and with the cross-bar it doesn't wobble at standing height. Shall I book you a slot in the showroom this week?"),
     c("Thursday afternoon. But I'll compare with other suppliers too, I don't buy desks because of a discount.", "think_it_over")]))

# f04 unasked advice / lecture - electronics shop, Islamabad, Pakistan (spoken, consumer)
o = c("Salaam. I need a tablet for my son, he's seven. Just for school videos and some cartoons. Nothing too expensive, his cousin broke the last one.", None)
a1 = t("Walaikum salaam. For seven years, this Samsung Tab A9 is good, 8-inch, and I'll put a rubber kids' case on it, it survives falls. Thirty-four thousand with the case.")
b1 = c("Thirty-four is okay. Does it have the kids' control thing, for the time limit?", None)
s5 = t("I can set up Family Link for you now, ten minutes, and then you set the hours from your own phone.")
PAIRS.append(rpair(
    "f04_tablet_islamabad",
    "A father in an Islamabad electronics market buys a tablet for his seven-year-old son for school videos.",
    [o, a1, b1,
     t("Yes, Google Family Link, it's free. You choose the hours, the apps, everything."),
     c("Good. My wife will be happy, she worries about this.", None),
     s5,
     c("Yes, please do it. I'll wait.", None)],
    [o, a1, b1,
     t("Yes, Family Link. But honestly sir, seven is too young for a tablet. Kids these days get addicted, their eyes get weak, they don't play outside. In our time we played cricket in the street. You should think about it before giving him this."),
     c("I didn't ask your opinion on how I raise my son. It's for school, his teacher sends the videos.", None),
     s5,
     c("No need. Just pack it, I'll do it myself at home.", "no_need")]))

# f05 no date for the fix - internet provider chat, Cali, Colombia (typed, consumer running a small online shop)
o = c("buenas, no internet since yesterday 6pm in barrio San Fernando. router has red light. i sell on instagram and need to answer clients, this is killing me", None)
a1 = t("Buenas tardes, sorry about that. I checked your line: there's a damaged fibre cable in your sector, about 300 customers affected. It's not your router.")
b1 = c("ok at least its not me. when is it fixed?", None)
s5 = t("Meanwhile, if you have mobile data you can share it from your phone for WhatsApp and Instagram; for messages that usually works fine.")
PAIRS.append(rpair(
    "f05_outage_cali",
    "A woman who sells clothes through Instagram writes to her internet provider after a day without connection.",
    [o, a1, b1,
     t("The crew is working on it now and the estimate is today before 8pm. If it isn't back by then I'll write to you here, and the days without service are credited on your bill."),
     c("ok 8pm. thanks for the clear answer", None),
     s5,
     c("yes ill do that. gracias", None)],
    [o, a1, b1,
     t("The technical team is working on it and it will be fixed as soon as possible. The days without service are credited on your bill."),
     c("as soon as possible means what? today? tomorrow? i need to know if i go to a café to work", None),
     s5,
     c("ok but you still didnt tell me when. ill go to the café i guess", None)]))

# f06 promises what can't be guaranteed - visa assistance travel agency, Kolkata, India (spoken, consumer, retired couple)
o = c("Namaskar. My wife and I want to visit our daughter in Manchester in August, for the birth of our grandchild. We're retired. Can you do the UK visa for us? We've never been abroad.", None)
a1 = t("Namaskar, and congratulations! Yes, we handle the visitor visa: the forms, the appointment at the visa centre here in Kolkata, and checking your documents. Our fee is 6,000 per person, plus the visa fee.")
b1 = c("That's fine. What documents are needed? Everybody is telling me something different.", None)
s5 = t("Apply by early June, to be safe. Bring everything on Monday and we'll go through it together.")
PAIRS.append(rpair(
    "f06_visa_kolkata",
    "A retired man in Kolkata asks a travel agency to handle UK visitor visas for him and his wife, who have never travelled abroad.",
    [o, a1, b1,
     t("Passports, six months of bank statements, your pension papers, and an invitation letter from your daughter with her visa and address. The decision is the embassy's, not ours, but with good documents and your daughter there, it's a straightforward case. Usually about three weeks."),
     c("Three weeks. So we should apply by June, latest.", None),
     s5,
     c("Monday morning. Thank you, beta.", None)],
    [o, a1, b1,
     t("Passports, six months of bank statements, your pension papers, and an invitation letter from your daughter. Don't worry at all, with us your visa is one hundred percent guaranteed, we've never had a rejection. Three weeks, done."),
     c("Guaranteed? Oh, that's a big relief. Then we'll book the flight tickets now itself, prices are going up.", None),
     s5,
     c("Monday morning. I'll tell my daughter the tickets are booked!", None)]))

# f07 doesn't check the fix worked - IT support for small businesses, Kaunas, Lithuania (typed, B2B)
o = c("hi its Jurgita from Balt Apskaita. the scanner on the big printer stopped sending scans to email since monday. we have end of quarter and everyone needs scans 😩", None)
a1 = t("Hi Jurgita, I'm connected to the printer remotely now. The email password stored on the printer expired on Monday, when the mail server made everyone change passwords.")
b1 = c("ah yes we all changed passwords monday. so the printer has the old one?", None)
PAIRS.append(rpair(
    "f07_scanner_kaunas",
    "An office worker at a small accounting firm contacts their outsourced IT support because the office printer has stopped sending scans by email at quarter end.",
    [o, a1, b1,
     t("Exactly. I've put in the new app password and saved it. Can you scan one page to yourself now and tell me if it arrives?"),
     c("ok trying... yes! arrived 👍", None),
     t("Great. I've also set a reminder on our side to update it before the next password change in 90 days, so this doesn't happen again."),
     c("super, thanks!", None)],
    [o, a1, b1,
     t("Exactly. I've put in the new app password and saved it, so it should work now. I'm closing the ticket."),
     c("wait, i just tried, still says 'send error' 😕 we have 20 documents waiting", None),
     t("Sorry, let me look again now."),
     c("ok pls fast", None)]))

# f08 recommends before asking - wine shop, Buenos Aires, Argentina (spoken, consumer)
o = c("Hola, buenas. I need a bottle for a gift, my boss is retiring on Friday. Something nice, not crazy money, maybe up to thirty thousand pesos.", None)
s3 = t("Then a Torrontés from Cafayate, high altitude, very aromatic. This one is twenty-four thousand, and it comes in a wooden box if you want, two thousand more.")
s4 = c("The box, yes, it's a gift. Perfect.", None)
s5 = t("I'll wrap it. Do you want a card with it?")
s6 = c("Yes, please. 'Good luck, Don Alberto.'", None)
PAIRS.append(rpair(
    "f08_wine_buenosaires",
    "A man in a Palermo wine shop wants a bottle as a retirement gift for his boss, with a budget in mind.",
    [o,
     t("Lindo. Do you know what he likes to drink? Red, white, bubbles?"),
     c("Ah, good question. Actually he doesn't drink red, I remember now, he always has white at the company dinners. Torrontés, I think.", None),
     s3, s4, s5, s6],
    [o,
     t("For a retirement, a Malbec from the Uco Valley never fails. This one, Gran Reserva, twenty-eight thousand. Everybody loves it."),
     c("Hm, looks nice, but now I think... he doesn't drink red, no. At company dinners he always has white. Torrontés, I think.", "no_need"),
     s3, s4, s5, s6]))

# f09 unexplained jargon - electricity supplier call centre, Ostrava, Czechia (spoken, consumer, elderly)
o = c("Good day, I got a letter from you that my price changes from January. I am pensioner, I don't understand it. Will I pay more?", None)
a1 = t("Good day, let me look. Your customer number, please, it's at the top of the letter.")
b1 = c("Yes... 4401 882 910.", None)
s5 = t("There's a fixed price for two years that would keep it at today's level. Shall I send you that offer by post, so you can read it calmly at home?")
PAIRS.append(rpair(
    "f09_energy_ostrava",
    "An elderly woman in Ostrava calls her electricity supplier about a letter announcing a price change she does not understand.",
    [o, a1, b1,
     t("Thank you. From January the price of electricity goes up by about eight percent. For you that's roughly sixty crowns more a month: your monthly advance goes from 780 to about 840."),
     c("Sixty crowns. Okay, that I understand. Can I do something to pay less?", None),
     s5,
     c("Yes, by post, please. My son comes on Sunday, we read it together.", None)],
    [o, a1, b1,
     t("Thank you. From January your tariff changes: the D02d distribution rate stays, but your commodity price per MWh rises to 3,850 without VAT, and your advances are recalculated according to the new spot-indexed product."),
     c("I'm sorry, I don't understand anything. Megawatt what? Will I pay more or not?", None),
     s5,
     c("Send me something by post, I'll see. I'm too tired for this now.", "brush_off")]))

# f10 talks about themselves instead of the next step - car insurer claims line, Odesa, Ukraine (spoken, consumer, first accident)
o = c("Hello, my car was hit in the parking near Privoz this morning. The other driver left a note with his phone, thank God. What do I do now? It's my first accident.", None)
a1 = t("Good that you have his number. Are you okay, and is the car drivable?")
b1 = c("I'm fine, I wasn't in it. The back bumper is broken and one light. I can drive, I think.", None)
PAIRS.append(rpair(
    "f10_claim_odesa",
    "A young driver phones her car insurer after her parked car was hit near Odesa's central market; it is her first accident.",
    [o, a1, b1,
     t("Then the next step: call the other driver and ask for his insurance policy number, and take photos of the damage from all sides. Send them to me and we register the claim today; an assessor calls you within two working days."),
     c("Okay, photos and his policy number. I can send them this afternoon.", None),
     t("One more thing: don't repair anything before the assessor sees the car, or the claim gets complicated."),
     c("Understood. Thank you, you explained it very clearly.", None)],
    [o, a1, b1,
     t("Ah, Privoz parking, I know it too well! My own car got scratched there last year, in front of the fish hall, and the guy just drove away, no note, nothing. I spent two months with the police over it. You're lucky, believe me."),
     c("I'm sorry for you. But... what do I do now? I have to go to work soon.", None),
     t("Right, sorry. Call him for his policy number, take photos of the damage, send them to me and we'll register the claim."),
     c("Okay. Photos and the number. Thank you.", None)]))
