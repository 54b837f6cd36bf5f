"""Gaming pairs, part c: ignored_customer, repeated_questions, wrong_paraphrase, pitch_to_upset,
blame (two each). Written by hand."""
from common import c, gpair, t

PAIRS = []

# 21. ignored_customer - consumer, Quito, spoken, elderly
PAIRS.append(gpair(
    "b41g_quito_hearing", "hearing-aid clinic (Quito)", "ignored_customer",
    "An 80-year-old retired teacher in Quito comes back to a hearing-aid clinic because her new aids whistle whenever "
    "she puts on her glasses or talks on the phone.",
    c("Buenos días, mijo. These new hearing aids... they whistle. When I put on my glasses, whistle. When I talk on the "
      "telephone with my son, whistle. I paid a lot of money, and now I prefer the old ones.", None),
    [
        t("Buenos días, señora. I'm sorry, that must be very annoying. Can you show me? Put the glasses on for me."),
        c("Look. There. You hear it? Eeeee.", None),
        t("Yes, I hear it. The arm of the glasses pushes the aid a little out of the ear and the sound leaks out. I can "
          "change the tip to a closed one, a bit bigger, and turn the high tones down a little. About ten minutes. Is "
          "that alright?"),
        c("Ten minutes is fine. I have all the time in the world, I'm retired, ja.", None),
        t("...There. Put the glasses on again, and I'll call your phone from mine. Answer the way you always do."),
        c("Nothing. No whistle. And on the phone also nothing. Ay, qué bueno.", None),
        t("Good. Wear them like this for a week. If it starts again, come back, no charge."),
    ],
    [
        t("Buenos días, señora! Welcome back. How are you enjoying your new hearing experience? These are our best "
          "model, with Bluetooth and the app."),
        c("I told you, they whistle. With the glasses.", None),
        t("Wonderful. And have you tried the app? You can change the programmes, restaurant, music, outdoor. Many of our "
          "clients love the music programme."),
        c("I don't have music. I have the whistle. Are you listening to me?", None),
        t("Of course! Your satisfaction is very important to us. Also, this month we have a special on the recharging "
          "station, so you don't have to change batteries every week. Would you like the charger?"),
        c("No, I don't want a charger. I want them not to whistle.", "no_need"),
        t("Perfect! I'll note that you're happy with the model. Is there anything more I can do for you today?"),
        c("I'll come back when the doctora is here. Adiós.", None),
    ],
))

# 22. ignored_customer - B2B, Edinburgh, typed
PAIRS.append(gpair(
    "b41g_edinburgh_linen", "linen hire and laundry (Edinburgh)", "ignored_customer",
    "The operations manager of a boutique hotel in Edinburgh's New Town messages the linen-hire company: during the "
    "Festival, deliveries keep arriving short and after check-in has started.",
    c("Morning. Mhairi at the Heriot Row Townhouse. Third time this fortnight the linen delivery's come short (we order "
      "60 sets, got 48 yesterday) and after 2pm, when check-in is 3. During Festival we're full every night. Need this "
      "fixed, not an apology.", None),
    [
        t("Morning Mhairi. Understood. I've checked yesterday: your van left the depot at 12:50, and the loaders picked "
          "48 because the order had been split over two sheets. Both are our errors."),
        c("ok. so what changes?", None),
        t("From tomorrow: your order goes on one sheet with a 60-set count at loading, and you're first drop on the "
          "Leith route, so at your door by 10:30 at the latest. Until the Festival ends I'll also add 8 spare sets to "
          "each delivery, no charge, so a short count never leaves a room unmade."),
        c("good, that's practical. and yesterday's missing 12?", None),
        t("On a van now, with you by 11. And I'll message you at 10:45 tomorrow to check the first drop arrived full and "
          "on time."),
        c("fine. thanks", None),
    ],
    [
        t("Good morning Mhairi! Thanks so much for reaching out, we love partnering with the Heriot Row Townhouse 😊 "
          "Have you seen our new eco-linen range? 100% organic cotton, it's been a huge hit with boutique hotels this "
          "Festival."),
        c("I'm not asking about a range. Deliveries are short and late.", None),
        t("Totally! And with the eco range your guests get a premium sleep experience, which is great for reviews. Shall "
          "I send some samples over?"),
        c("send a PDF if you must. what I need is 60 sets here before 2pm", "brush_off"),
        t("I'll pass your feedback on to the team! We're also running a customer satisfaction survey this month, would "
          "you have 5 minutes to fill it in?"),
        c("you haven't read a word I wrote. I'll ring your MD.", None),
    ],
))

# 23. repeated_questions - B2B, Port Moresby / highlands (PNG), spoken
PAIRS.append(gpair(
    "b41g_moresby_vsat", "satellite internet provider (Port Moresby)", "repeated_questions",
    "The camp administrator of a mineral-exploration camp near Kainantu in the PNG highlands rings a satellite-internet "
    "provider in Port Moresby: forty extra drillers arrive in two weeks for six weeks and the link won't cope.",
    c("Morning, it's Pius, camp admin at the Kainantu exploration camp. We've got your satellite service, the 10 meg "
      "plan. Drilling crew's coming up in two weeks, forty extra people for six weeks, and the line will die. I need "
      "more bandwidth for that period only.", None),
    [
        t("Morning Pius. Got your account up. Forty extra for six weeks, okay. What will they mostly use it for, work "
          "data, or personal stuff like video calls home?"),
        c("Both. The geologists send core photos and logs every night, big files. And the boys, you know, WhatsApp "
          "calls to family, Facebook.", None),
        t("Then two things: move to the 30 meg plan for two months, and set up a separate network for personal use with "
          "a cap, so the drilling data always goes first. No new hardware, your dish handles it."),
        c("How much extra? I have to get approval from Perth.", None),
        t("The 30 meg is 4,800 kina a month, against 2,100 now, and no penalty for going back down after."),
        c("Four thousand eight hundred a month. Perth will choke on that, mate.", "too_expensive"),
        t("Understood. The cheaper route is 20 meg at 3,600 with a tighter cap on personal use: the data still gets "
          "through, the video calls will be slower. I'll put both options on one page for Perth, with start and end "
          "dates, so they can choose."),
        c("Yeah, give them both, they like choosing. If they sign tomorrow, can it be live in time?", None),
        t("Yes, it's a remote switch, same day. I'll call you Thursday to see where the approval's at."),
    ],
    [
        t("Morning Pius! Thanks for calling. So, to start, can you tell me how many people are at the camp?"),
        c("Right now thirty, and forty more coming for six weeks. So seventy.", None),
        t("Great. And what's the purpose of the extra bandwidth, what are you looking to achieve?"),
        c("Like I said, the drilling crew. Forty extra people, six weeks.", None),
        t("Perfect, that's really helpful. And just so I fully understand your needs, how many users will be on the "
          "network during the campaign?"),
        c("Seventy. I've told you twice.", None),
        t("Understood! And roughly how long will the extra people be on site?"),
        c("Six weeks. Six. Same as I said at the start.", None),
        t("Great. What I'd suggest is a forty-five-minute discovery call next week with our solutions team, to really "
          "understand your needs. How does Tuesday look?"),
        c("Tuesday the crew lands. I haven't got forty-five minutes for a call, I need it sorted now.", "no_time"),
    ],
))

# 24. repeated_questions - consumer, Athens (Peristeri), typed, anxious
PAIRS.append(gpair(
    "b41g_athens_bill", "electricity supplier (Athens)", "repeated_questions",
    "A young mother in Peristeri, Athens, messages her electricity supplier in a panic: the latest bill is nearly "
    "three times the usual and she can't pay it.",
    c("kalimera. my electricity bill came 287 euros!! usually its 90-100. i have a baby, i cant pay this. is it a "
      "mistake?? account 7730192", None),
    [
        t("Kalimera, I understand the worry, let's look. I have your account. This bill is based on an estimated "
          "reading, not a real one; the last actual reading was in June. Can you send me a photo of your meter now?"),
        c("ok one min... sent. the number is 48213", None),
        t("Thank you. With 48213 your real use is about 310 kWh less than the estimate. I'm cancelling the 287 bill and "
          "re-issuing it with the real reading: it comes to 104,60 €. The new bill will be in your email tomorrow."),
        c("oh thank god 😭 104 is ok. but why did this happen", None),
        t("The meter reader couldn't get access in September, so the system estimated high. If you send a meter photo "
          "through the app on the 1st of each month, it won't estimate again. And if 104 is hard in one go, you can "
          "split it into two payments."),
        c("no need to split, 104 i can pay. thank you so much, really", "no_need"),
    ],
    [
        t("Kalimera! Thank you for contacting us 😊 Can you please give me your account number?"),
        c("7730192, i wrote it above", None),
        t("Thank you! And what is the amount on the bill you're asking about?"),
        c("287. like i wrote. is it a mistake or not??", None),
        t("I understand your concern. To help me understand your needs: what's the account number again, so I can "
          "verify?"),
        c("7730192!!! are you a bot??", None),
        t("I'm a real person 😊 And what is your usual bill amount, roughly?"),
        c("90-100. i already wrote everything. forget it ill go to the office tomorrow with the baby", None),
    ],
))

# 25. wrong_paraphrase - B2B, Izmir, typed
PAIRS.append(gpair(
    "b41g_izmir_freight", "freight forwarder (Izmir)", "wrong_paraphrase",
    "The export manager of a towel manufacturer asks an Izmir freight forwarder for a quote for one 40-foot high-cube "
    "container from Aliağa port to Valencia, which must arrive before the buyer's trade fair.",
    c("Hello, Burak from Pamukkale Tekstil. We need quote for 1x40HC towels, Izmir (Aliağa) to Valencia, FOB Izmir. "
      "Cargo ready 3 March. Must arrive Valencia before 25 March latest, buyer has trade fair. Pls advise transit and "
      "price.", None),
    [
        t("Hello Burak. Direct services Aliağa–Valencia take 6–8 days. With gate-in on 3 March, the first sailing is 6 "
          "March, arriving around 13 March, so about 12 days of buffer. Rate FOB Aliağa to Valencia port: USD 1,950 "
          "all-in ocean, valid to 15 March."),
        c("ok good. direct or transhipment? last year with other forwarder we transhipped in Piraeus and lost 10 days, "
          "honestly I dont trust transhipment quotes anymore", "bad_experience"),
        t("That one is direct, no transhipment. I'll put the vessel name and the carrier's schedule link in the quote so "
          "you can check it yourself. As a safety net there's also a 9 March sailing, arriving by the 17th."),
        c("good. send in writing pls, with free days at destination", None),
        t("Within the hour: vessel, schedule, 14 free days at Valencia, and the backup sailing."),
        c("thanks Emre bey 👍", None),
    ],
    [
        t("Hello Burak, thanks for your enquiry! Just to make sure I understand your needs: you have an LCL shipment of "
          "textiles from Istanbul to Valencia, and timing is flexible. Did I capture that correctly?"),
        c("no. FULL container 40HC. from Izmir Aliağa. and timing is NOT flexible, before 25 March", None),
        t("Got it, thank you for clarifying! So what I'm hearing is a 40ft standard from Izmir to Barcelona, arriving by "
          "the end of March. Is that accurate?"),
        c("Valencia. not Barcelona. 40 HIGH CUBE. before 25. are you reading my message?", None),
        t("Apologies! So to summarise your needs: 40HC, Izmir to Valencia, and the trade fair is the key milestone, so "
          "you'd like door delivery to the fair venue in early April. Correct?"),
        c("no!! to the port, before 25 March. forget it, we ask our usual forwarder", None),
    ],
))

# 26. wrong_paraphrase - consumer, Swansea, spoken, chatty
PAIRS.append(gpair(
    "b41g_swansea_dress", "dress alterations shop (Swansea)", "wrong_paraphrase",
    "A bride-to-be in Swansea brings her mother's 1987 wedding dress to an alterations shop: she wants the puffed "
    "sleeves off and the waist taken in, but the lace, made by her grandmother, must stay.",
    c("Hiya! Right, so this is my mam's wedding dress from 1987, and I'm getting married in June, in Mumbles, and I "
      "want to wear it, but, like, look at the sleeves. Massive. I want them off, and it taken in a bit at the waist, "
      "but the lace has to stay, the lace is the whole point, my nan made it.", None),
    [
        t("Oh, that lace is beautiful. Your nan made it? Right, so: sleeves off, waist in, lace untouched. Can you pop "
          "it on so I can see how much?"),
        c("Yeah, hang on... There. It's a bit baggy here, and here.", None),
        t("About two inches at the waist. The sleeves: the lace runs into the shoulder seam, so when I take them off "
          "I'd finish the shoulder with a narrow strap made from the lace inside the sleeve, so it matches. None of "
          "your nan's lace gets thrown away, it just moves."),
        c("Oh my God, that's perfect. How much are we talking, though? Because, like, the venue's eaten everything.",
          None),
        t("Around one-eighty for the lot, with two fittings. If that's tight, the strap work is the bigger part; the "
          "waist on its own is sixty."),
        c("No, no, one-eighty, I'll find it. Mam'll cry. When can we do the first fitting?", None),
        t("Three weeks Saturday, so there's time for a second one in May."),
    ],
    [
        t("Congratulations! So if I've understood you correctly, you'd like to modernise the dress completely, sleeves "
          "off and the lace replaced with something cleaner and more contemporary. Is that what you're after?"),
        c("No! The lace stays. My nan made it.", None),
        t("Lovely, thanks for clarifying. So what I'm hearing is you want to keep the sleeves because they're "
          "sentimental, and just take the waist in. Have I got that right?"),
        c("No, the sleeves go. Sleeves off, lace stays. It's not that complicated, is it?", None),
        t("Got it! So just to confirm your needs: a full remodel into a two-piece, keeping the skirt. That's about four "
          "hundred and fifty."),
        c("A two-piece?! I never said... No. I'll take it to the place on Walter Road, thanks.", None),
    ],
))

# 27. pitch_to_upset - consumer, Valencia, spoken, grieving
PAIRS.append(gpair(
    "b41g_valencia_vet", "veterinary clinic (Valencia)", "pitch_to_upset",
    "Two days after his old dog was put to sleep, a man comes back to his vet clinic in Valencia to collect the ashes "
    "and pay what he still owes.",
    c("Hola... I'm here for Toby's ashes. Toby Martínez. The dog, the, um... on Tuesday. And to pay, I think I still owe "
      "something.", None),
    [
        t("Hola, señor Martínez. I'm so sorry about Toby. He was a lovely old boy, I remember him from his check-ups. "
          "Take a seat, I'll bring him."),
        c("Thank you. Fourteen years, you know. The flat is very quiet now.", None),
        t("I can imagine. Here he is. We also made a paw print in clay, if you'd like it, no charge. Many people want it "
          "later, even if not now."),
        c("Yes... yes, I want it. How much is the bill?", None),
        t("Sixty-five euros left, for the cremation. There's no hurry at all, you can pay today or another day."),
        c("No, today, I want to close it. Thank you for being kind with him on Tuesday.", None),
        t("Of course. If you ever want to talk about him, we're here."),
    ],
    [
        t("Hola! I'm so sorry for your loss, I know this is a difficult experience. Here are Toby's ashes. While you're "
          "here, I wanted to mention our Puppy Start package, it's really popular with owners who've just lost a pet: "
          "vaccinations, microchip and six months of food."),
        c("A puppy? It was Tuesday. I... no. I'm not ready for that.", "no_need"),
        t("Of course, I totally understand. Just so you know, the package is twenty percent off this month, and a lot of "
          "our clients say a new dog really helps with the grieving process. Can I put the brochure in your bag?"),
        c("Please, just the bill.", "brush_off"),
        t("Sixty-five euros. And would you like to see our memorial range? Engraved urns, and a photo frame with Toby's "
          "name for eighty-nine euros, much nicer than the cardboard box."),
        c("I don't want an urn. I want to pay and go home.", "no_need"),
    ],
))

# 28. pitch_to_upset - consumer, Shiraz (Iran), typed, upset
PAIRS.append(gpair(
    "b41g_shiraz_flight", "online travel agency (Shiraz)", "pitch_to_upset",
    "A mother travelling with two small children finds out at Shiraz airport that her evening flight home to Mashhad "
    "is cancelled, and messages the online travel agency she booked with.",
    c("salam. my flight shiraz to mashhad tonight is CANCELLED. i found out AT the airport. i have 2 small kids with "
      "me. what now? booking ref KH7731", None),
    [
        t("Salam, I'm very sorry, I see it: the airline only sent the cancellation 40 minutes ago. Let me find you "
          "seats. There's a flight tomorrow 07:40 with 3 seats left, or tonight via Tehran arriving 02:30."),
        c("via tehran at 2:30 with kids no. tomorrow morning ok. but where do we sleep?", None),
        t("I've held the 07:40 seats for you, no extra charge. For a cancellation the airline must cover a hotel, I'm "
          "requesting it now. If they don't confirm in 30 minutes I'll book one near the airport myself and we claim it "
          "from them, you won't pay."),
        c("ok merci. please hurry the kids are tired 😞", None),
        t("Done: hotel near the airport, free shuttle from Gate 2 every 30 min. The voucher and new tickets are in the "
          "app now. I'll message you at 6am to confirm the flight is on time."),
        c("merci, khoda kheyret bede 🙏", None),
    ],
    [
        t("Salam! I'm so sorry to hear that, I understand this is frustrating. Did you know that with our Gold "
          "Traveller membership you'd have been notified 2 hours earlier and had priority rebooking? It's only 490,000 "
          "toman a year 😊"),
        c("i dont want a membership. i want a flight. kids are crying here", "no_need"),
        t("I hear you! What I'd suggest is our Flex Plus upgrade on your new ticket, which lets you change for free next "
          "time. Shall I add it for all 3 passengers?"),
        c("how much is that even, and do i have a flight or not??", None),
        t("Flex Plus is 180,000 per passenger, a real bargain. And for tonight we have partner hotels from 2.4 million "
          "toman with the member discount, shall I book one?"),
        c("2.4 million?? thats crazy expensive, and the airline should pay for it anyway. just give me the flight",
          "too_expensive"),
        t("Totally get it! Is there anything else I can help with, like travel insurance for the trip?"),
        c("you are useless. i'll go to the airline desk", None),
    ],
))

# 29. blame - B2B, Kihei (Maui, Hawaii), spoken
PAIRS.append(gpair(
    "b41g_maui_van", "vehicle rental company (Maui)", "blame",
    "The owner of a small snorkel-tour company in Kīhei calls the rental firm whose 12-seat van never turned up for a "
    "6 a.m. airport pickup of his tour group.",
    c("Yeah, hi, this is Keoni from Kīhei Reef Tours. We had a twelve-seat van booked for six this morning, to pick up "
      "a group at Kahului. It never showed. I had ten guests standing at the curb, I ended up sending two Ubers at my "
      "own cost. What happened?", None),
    [
        t("Keoni, I'm sorry, that's a rough start to your day. Let me pull it up... I see the booking. The van was "
          "assigned, but the driver called in sick at 5:15 and nobody called you. That's our failure."),
        c("Yeah, it is. Those Ubers were a hundred and forty bucks.", None),
        t("Send me the receipts and we'll refund them, and today's van charge is cancelled. Do you still need a van this "
          "afternoon to take the group back?"),
        c("Four-thirty, from Mākena Landing back to the hotels in Wailea.", None),
        t("I've got a van and a confirmed driver for four-thirty; I'll text you his name and number by noon. And I'm "
          "putting a note on your account: if anything changes on a booking, you get a phone call before five a.m."),
        c("Alright. Appreciate it. We've got a lot of bookings with you this summer, so it better not happen again.",
          None),
        t("Understood. I'll call you after the pickup today to check it went smoothly."),
    ],
    [
        t("Hi Keoni, thanks for calling, and I appreciate you sharing your experience. Let me check... Okay, so it looks "
          "like the booking didn't have a confirmed flight number, so our system didn't prioritise it. Going forward "
          "we'd really recommend adding flight details."),
        c("I put the flight number in. Hawaiian 127. It's right there on the confirmation email.", None),
        t("I hear you. The thing is, the booking was made on the online portal, and portal bookings need to be "
          "reconfirmed by phone twenty-four hours ahead. It's in the booking terms, so unfortunately the van was "
          "released."),
        c("Nobody ever told us that. We've booked through that portal fifty times.", None),
        t("I understand your frustration, and our relationship is important to us. So moving forward, the best solution "
          "for your success is our Priority Partner plan, two hundred a month, which guarantees the van."),
        c("Two hundred a month to get what I already paid for? Nah. No way.", "no_need"),
    ],
))

# 30. blame - consumer, Naples (Vomero), typed
PAIRS.append(gpair(
    "b41g_naples_washer", "appliance retailer (Naples)", "blame",
    "A father of three in Naples' Vomero district messages the appliance retailer: his new washing machine was "
    "delivered dented, the door won't close, and the delivery crew left within two minutes.",
    c("buonasera. washing machine delivered today, order 55120. the side is dented and the door doesnt close, so it "
      "doesn't start. the delivery guys left in 2 minutes, i didnt check. i have 3 kids, i need washing machine 😩",
      None),
    [
        t("Buonasera, sorry about this. Could you send me two photos, the dent and the door?"),
        c("sent", None),
        t("Thanks. The door hinge is bent, that's transport damage, nothing you did. You have 14 days to report it and "
          "you're well within that. I can send a replacement: the earliest delivery to Vomero is Thursday, and they take "
          "the damaged one away at the same time."),
        c("thursday... 4 days without washing with 3 kids 🙈 nothing faster?", None),
        t("I've checked the Naples warehouse: Wednesday afternoon 14–18 is possible if someone's home. And this time "
          "the crew will unpack it and run a test with you before they leave."),
        c("wednesday perfect, my wife is home. grazie", None),
        t("Booked. You'll get an SMS on Tuesday evening with a two-hour slot. If it doesn't come, write here."),
    ],
    [
        t("Buonasera! Thanks for reaching out, I understand your experience is frustrating. Unfortunately our terms say "
          "customers must inspect goods at delivery and note any damage on the delivery slip. Did you sign without "
          "checking?"),
        c("they left in 2 minutes, they didn't give me time!!", None),
        t("I hear you. But by signing, you confirmed it arrived in perfect condition. Also, door problems are often "
          "caused by the customer not removing the transit bolts. Did you remove them before trying to close the door?"),
        c("the door is BENT. look at the photo. the bolts are at the back, nothing to do with the door", None),
        t("Understood! I can open a case, but since the damage may have happened after delivery, I can't guarantee a "
          "replacement. Is there anything else I can assist you with this evening?"),
        c("so it's my fault now? incredible. i'll post this everywhere and go to the consumer association", None),
    ],
))
