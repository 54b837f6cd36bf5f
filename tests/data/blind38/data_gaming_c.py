"""Gaming pairs 21-30, written by hand."""
from common import t, c, gpair

PAIRS = []

# 21 ignored_customer - furniture store, Riga, Latvia (spoken, consumer, tall man with back pain)
o = c("Labdien. I need a chair for working at home. I sit eight, nine hours, and my lower back is killing me. I'm also tall, one ninety-four. The last chair I bought online, the seat was too short for my legs.", None)
PAIRS.append(gpair(
    "ignored_chair_riga", "furniture store, Riga, Latvia", "ignored_customer",
    "A very tall man who works from home all day comes in looking for an office chair because of lower back pain.",
    [o,
     t("Labdien. At your height the seat depth and the backrest height matter most. Try this one: the seat slides forward and the lumbar support moves up and down. Sit, and I'll adjust it to you."),
     c("Okay... (sits) oh. Yes, the back is better here. And the seat is long enough.", None),
     t("Feet flat on the floor. Is there a gap behind your knees, about three fingers? Good. How high is your desk at home, do you know?"),
     c("Normal desk, from IKEA. Seventy-something, I think.", None),
     t("At 1.94 that desk is probably too low for you, which also hurts the back. The chair is 389 euro. Before spending that, measure the desk tonight; if it's under 75, raisers for twenty euro may help as much as the chair does."),
     c("389... I paid 120 for the online one and it was rubbish after a year. So maybe cheap is not the way.", None),
     t("This one has ten years on the mechanism. And you can take it home and bring it back within 30 days if your back doesn't feel better."),
     c("Thirty days, okay. I'll measure the desk and come Saturday with the car.", None)],
    [o,
     t("Labdien! Welcome. What kind of style are you looking for, something modern, Scandinavian?"),
     c("Style doesn't matter. My back hurts, and I'm tall, 1.94. I need a long seat.", None),
     t("Wonderful. This one is our bestseller, it comes in six colours, the sage green is very popular this season. What's your experience with colours in your home office?"),
     c("I don't care about green. Does it fit a tall person?", None),
     t("It's a beautiful piece, designed in Denmark. Did I understand you correctly that you'd like something that matches your interior? We also have a matching footrest."),
     c("No. Last time I bought a chair for the looks, online, and it broke in one year. I'm not doing that again.", "bad_experience"),
     t("I understand completely. Anything else you're looking for? Our sofa department is just upstairs."),
     c("No. Paldies.", None)]))

# 22 ignored_customer - broadband provider chat, Perth, Australia (typed, consumer, remote worker)
o = c("hi, my nbn drops out every arvo around 3-4pm, like 5-10 mins each time. i work from home doing calls with clients in singapore and its making me look really unprofessional. ive already restarted the modem heaps", None)
PAIRS.append(gpair(
    "ignored_nbn_perth", "home broadband provider chat, Perth, Australia", "ignored_customer",
    "A remote worker in an outer Perth suburb writes to her internet provider because her connection drops every afternoon during client calls.",
    [o,
     t("Hi, sorry, that's a rough one when you're on client calls. Same time every day is a useful clue. Are you on fixed wireless or fibre to the node? I can look it up from your address if you're not sure."),
     c("fixed wireless i think? were in baldivis", None),
     t("Yep, fixed wireless at your address. I can see your service log: 14 dropouts in the last week, all between 2:50 and 4:30pm. That's not your modem, it looks like congestion or the antenna signal."),
     c("ok good to know its not me lol. so what now", None),
     t("I'm raising a fault with NBN today; they usually send a tech within 5 business days to check the antenna. Meanwhile I can add a 4G backup that switches over by itself when it drops, free while the fault is open."),
     c("free is good. how long to set up? i have a big call thurs", None),
     t("We'll courier the modem with the SIM tomorrow, it's plug-in, so you'll have it before Thursday. I'll text you the NBN appointment once they book it."),
     c("perfect, thanks heaps", None)],
    [o,
     t("Hi there! Thanks for reaching out 😊 Have you tried restarting your modem? Turning it off for 30 seconds usually fixes most issues."),
     c("yes like i said ive restarted it heaps. it happens every day same time", None),
     t("Great! Let's check your speed. Can you run a speed test at speedtest.net and send me a screenshot?"),
     c("cant right now, im jumping on a client call in 10 min. and the speed is fine when it works", "no_time"),
     t("I understand how frustrating that can be! Did you know we have a new Superfast 1000 plan? Perfect for working from home. Would you like to upgrade?"),
     c("no, a faster plan wont stop it dropping out lol", "no_need"),
     t("No worries! Please restart your modem and if the issue continues, feel free to reach out again. Anything else I can help with today? 😊"),
     c("wow. ok. ill just switch providers", None)]))

# 23 repeated_questions - private hospital radiology desk, Chennai, India (spoken, consumer, anxious daughter)
o = c("Hello madam, my father needs an MRI brain urgently, Dr. Subramanian from Kauvery referred. He fell yesterday and since morning his speech is little slurred. When is the earliest slot?", None)
PAIRS.append(gpair(
    "repeat_mri_chennai", "private hospital radiology desk, Chennai, India", "repeated_questions",
    "A frightened daughter comes to a hospital's scan desk asking for an urgent MRI for her father, who fell yesterday and now slurs his speech.",
    [o,
     t("If his speech is slurring since this morning, please don't wait for an MRI slot, ma'am. That needs the emergency department today. Is he with you now?"),
     c("He's in the car outside with my husband. The doctor only said get MRI.", None),
     t("Please bring him straight to our emergency entrance, the left gate. I'm calling the emergency desk now to tell them a fall patient with slurred speech is coming. They can scan him within the hour if the doctor there decides."),
     c("Will it be very costly? We don't have insurance.", None),
     t("Emergency assessment is 1,500 rupees; a scan would be extra, around eight to ten thousand. Please don't let that stop you now, billing will talk with you after he's seen. Go, I'll meet you at the gate."),
     c("Okay, okay, I'm going. Thank you, madam.", None)],
    [o,
     t("Good morning ma'am, thank you for choosing us. May I have the patient name please?"),
     c("Ramaswamy. R-A-M-A... Ramaswamy, seventy-two years. He fell yesterday, his speech is slurred since morning.", None),
     t("Okay. And which doctor has referred?"),
     c("Dr. Subramanian, Kauvery. I told you already.", None),
     t("Okay ma'am. And what is the scan you need?"),
     c("MRI brain! Please, it's urgent, his speech is not okay.", None),
     t("Understood ma'am. Just to confirm I understood your need correctly: patient name is? And the referring doctor?"),
     c("Are you even listening? I'm taking him to Apollo emergency.", None)]))

# 24 repeated_questions - folding carton printer, Poznan, Poland (spoken phone, B2B, hurried buyer)
o = c("Good morning, Agnieszka Nowak from Kosmetyki Lawenda. We need a quote for printed folding boxes, twenty thousand pieces, for a face cream, 50 ml jar. I have twelve minutes before a production meeting, so let's be quick.", None)
PAIRS.append(gpair(
    "repeat_cartons_poznan", "folding carton printer, Poznań, Poland", "repeated_questions",
    "A cosmetics company's purchasing manager rings a packaging printer for a quick quote on printed boxes just before a meeting.",
    [o,
     t("Sure. Jar dimensions, and do you have the artwork or do you need our studio?"),
     c("Jar is 62 by 62 by 48 millimetres. Artwork is ready, PDF, four colours plus one gold foil.", None),
     t("Good. Board: standard 350 GC1, or something thicker?"),
     c("Standard is fine.", None),
     t("Then roughly 0.58 złoty a box, eleven thousand six hundred net, plus a one-off 900 for the foil die. Delivery four weeks from artwork approval. Formal quote within the hour."),
     c("Four weeks doesn't work, our launch is in three. Can you do three?", "no_time"),
     t("Three weeks I can do if the artwork is approved by Friday; nothing extra if we get it this week."),
     c("Friday is okay. Send the quote to my email, I'll sign it today.", None)],
    [o,
     t("Good morning, Mrs Nowak! Great to hear from you. What kind of product are the boxes for?"),
     c("A face cream. Fifty ml jar. As I said.", None),
     t("Perfect. And how many boxes would you need?"),
     c("Twenty thousand. I said that too.", None),
     t("Great. Before I forget, could you tell me a bit about what the boxes will contain? I want to really understand your needs."),
     c("The cream! Listen, I have a meeting in eight minutes, I don't have time for this. Send me a form by email.", "no_time"),
     t("Of course. Just one more question so I get it right: what quantity did you say?"),
     c("Goodbye.", None)]))

# 25 wrong_paraphrase - tour operator chat, Cusco, Peru (typed, consumer, family with elderly mother)
o = c("hola! planning machu picchu in july with my family, 6 ppl. my mom is 74 and has knee problems + we worry about altitude. what do u recommend? we're from lima", None)
PAIRS.append(gpair(
    "wrongpara_tour_cusco", "tour operator, Cusco, Peru", "wrong_paraphrase",
    "A woman from Lima plans a family trip to Machu Picchu and asks a Cusco tour operator what suits her 74-year-old mother with bad knees.",
    [o,
     t("hola! great that you're bringing her 🙂 For your mom I'd start in the Sacred Valley, not Cusco city: it's 2,800m, lower than Cusco (3,400), so easier for the altitude. Then train from Ollantaytambo to Aguas Calientes and the bus up to the site, no hiking."),
     c("oh good, so she doesnt have to climb?", None),
     t("The bus leaves you at the entrance, but there are still stairs inside, so I'd book Circuit 2, the gentlest route; she can rest at the upper terrace while you do the rest. 2 days/1 night is $385 pp with train, bus, entry, hotel and guide."),
     c("hmm $385 x 6 is a lot, is there something cheaper? 😅", "too_expensive"),
     t("Yes, the Expedition train instead of Vistadome brings it to $320 pp. Same times, smaller windows. I wouldn't cut the hotel night, doing it all in one day is hard on her knees."),
     c("ok that makes sense. let me talk to my siblings and ill write u back tmrw", "think_it_over"),
     t("sure! July books up, so if you want I can hold the train seats 48h for free."),
     c("yes pls hold them. gracias!!", None)],
    [o,
     t("hola! so what I'm hearing is you're a group of 6 looking for an adventure trek, correct? The classic 4-day Inca Trail is our most popular experience!!"),
     c("no no, my mom is 74 and has bad knees. she cant trek", None),
     t("got it! so if I understand correctly, you want a shorter hike, so the 1-day Short Inca Trail is perfect, only 12km 🥾"),
     c("12km?? she can barely do the stairs at home. did u read my message", None),
     t("absolutely! so to summarise, you're looking for a luxury experience, I recommend the Hiram Bingham train at $550 pp. did I understand your needs correctly?"),
     c("no. thats $3300 for us, we dont have that kind of money", "no_money"),
     t("totally understand! is there anything else I can help you with? 😊"),
     c("forget it, ill find another agency", None)]))

# 26 wrong_paraphrase - commercial laundry for hotels, Cluj-Napoca, Romania (spoken, B2B, hotel manager)
o = c("Bună ziua. I manage the Casa Verde boutique hotel, twenty-two rooms. We've been with you since March. The towels are coming back grey, and some smell damp. Two guests mentioned it in reviews this month.", None)
PAIRS.append(gpair(
    "wrongpara_laundry_cluj", "commercial laundry for hotels, Cluj-Napoca, Romania", "wrong_paraphrase",
    "The manager of a small boutique hotel calls her laundry contractor because towels come back grey and damp-smelling and guests have noticed.",
    [o,
     t("Bună ziua, doamna Pop. That's serious, I'm sorry; reviews are the last thing you need. Grey and damp are usually two different problems. The damp smell: do the bags sit somewhere before you open them?"),
     c("No, we open them right away. They come at eleven, we unpack by noon.", None),
     t("Then they're leaving us not fully dry, that's on our side. The grey is probably our wash temperature for white cotton. I'll have our production manager check your batches this week, and we'll replace the worst towels at our cost."),
     c("Replace is good. But honestly, our previous laundry also promised to fix things and nothing changed. That's why we came to you.", "bad_experience"),
     t("Understood, so let's make it something you can check. For the next four deliveries, you set aside any towel you'd reject, and I come by on Friday afternoons to look at them with you. If it's not fixed in a month, you can leave without the notice period."),
     c("Okay. Friday afternoons, after three. That I accept.", None)],
    [o,
     t("Bună ziua! So if I understand correctly, you need more frequent pickups, because twenty-two rooms make more linen than you expected, right?"),
     c("No, the frequency is fine. The quality is the problem. Grey towels.", None),
     t("Got it, so what you're saying is you want to move up to our premium linen rental, so you don't own the towels anymore. That's a great choice for boutique hotels."),
     c("I didn't say that. We bought these towels last year, we don't need rental.", "no_need"),
     t("Perfect, so to summarise your needs: you're happy with the service and want to extend the contract for two years with a loyalty discount. Have I got your needs right?"),
     c("Not at all. You're not listening to one word.", None),
     t("Wonderful. I'll send the new contract over. Is there anything more I can do for you?"),
     c("No. Send me nothing. I'll call your director.", None)]))

# 27 pitch_to_upset - telecom provider call centre, Wellington, New Zealand (spoken, consumer, grieving daughter)
o = c("Hi... um, sorry. My dad passed away two weeks ago and I need to, um, close his phone and internet account. I've got the death certificate. I don't really know how this works.", None)
PAIRS.append(gpair(
    "upset_bereavement_wellington", "telecom provider call centre, Wellington, New Zealand", "pitch_to_upset",
    "A grieving woman rings her late father's phone and internet provider to close his accounts.",
    [o,
     t("I'm really sorry about your dad. You don't need to know how it works, I'll take you through it. Are you the executor, or family helping out?"),
     c("I'm the executor. My brother's overseas, so it's... it's just me doing all of it.", None),
     t("Okay. I'll need the death certificate emailed to our bereavement team; I'll give you the address. Once it's in, we close both services from the date he died and refund anything paid after that. No cancellation fees."),
     c("Oh. Okay, good. Um, his mobile number, can we keep it? Mum rings it sometimes to hear his voicemail.", None),
     t("We can. I can move the number onto your name or your mum's, on prepay, so the voicemail stays and there's no monthly bill. Would that be better?"),
     c("Yeah. Yeah, that'd mean a lot to Mum. Thank you.", None),
     t("I'll note it on the account so nobody closes it by mistake. Here's the email address and your reference number. Take your time."),
     c("Thanks. Sorry, I'm a bit of a mess.", None)],
    [o,
     t("I'm so sorry for your loss. While I've got you, I can see you're not a customer with us yourself. Since your dad's broadband is already set up at the house, would you like to take it over in your name? We've got a great fibre deal, first three months half price."),
     c("Um, no. No, I don't live there. I just need to close it.", "no_need"),
     t("Totally understand. So what I'm hearing is this is a time of transition for the family. A lot of people in your situation find our family plan really useful, it keeps everyone connected. Four mobiles for $120 a month."),
     c("I can't think about that right now. I just need to close his account.", "brush_off"),
     t("Of course. Just so your experience is complete: before I process the closure, there's a $95 early termination fee on the broadband contract, unless you transfer it to yourself, then it's waived. Would you like to do that?"),
     c("Are you serious? He died. I'll ring back and talk to someone else.", None)]))

# 28 pitch_to_upset - parcel courier chat, Santiago, Chile (typed, consumer, upset)
o = c("hello. my package arrived today totally broken. it was a ceramic vase for my grandmother's 90th birthday, handmade in Pomaire. the box was crushed on one side. tracking CL48820913. what do i do now 😡", None)
PAIRS.append(gpair(
    "upset_courier_santiago", "parcel courier chat, Santiago, Chile", "pitch_to_upset",
    "An angry customer writes to a courier because a handmade vase meant for her grandmother's 90th birthday arrived smashed.",
    [o,
     t("Hola, I'm really sorry, especially for a 90th birthday gift. I've got CL48820913. Can you send me photos of the box and the vase before you throw anything away?"),
     c("sending. the box looks like someone sat on it", None),
     t("Thank you, received. That's clear damage in transit; you don't need to prove anything else. The declared value was $45.000 and I'm opening the claim now. The refund reaches your card within 7 working days."),
     c("ok. the money is fine but i cant get another vase before saturday, the party is saturday 😞", None),
     t("I understand. If the shop in Pomaire can make or send another, we'll pick it up Thursday at no cost and deliver Friday, with fragile handling. Want me to arrange that?"),
     c("yes ill call them now and tell you. thank you, really", None)],
    [o,
     t("Hi! So sorry to hear about your experience 😔 Did you know that with our Envío Protegido insurance, just $2.990 more, this would be covered 100%? I can add it to all your future shipments!"),
     c("what? im telling you it arrived broken. i dont want insurance, i want a solution", "no_need"),
     t("Totally understand your need for a solution! For future peace of mind we also have Premium delivery with special handling, only $6.500 extra. Shall I activate it for your account? 📦"),
     c("no. no more offers. you already crushed a box of mine last year and now this, why would i pay you extra", "bad_experience"),
     t("I understand! For this shipment, unfortunately without insurance, compensation is limited according to our terms. Can I help you with anything else? 😊"),
     c("unbelievable. im posting this on instagram", None)]))

# 29 blame - laptop repair shop, Brno, Czechia (spoken, consumer, stressed student)
o = c("Hi, I picked up my laptop here on Monday, you fixed the hinge. Since yesterday it doesn't charge at all. It was charging fine before. I have my thesis on it and the deadline is Friday.", None)
PAIRS.append(gpair(
    "blame_laptop_brno", "laptop repair shop, Brno, Czechia", "blame",
    "A university student returns to a repair shop because her laptop stopped charging days after they repaired its hinge; her thesis is due Friday.",
    [o,
     t("Okay, that's bad timing with Friday. Let's look now. It could be connected to the repair, the charging cable runs right next to the hinge. Let me open it."),
     c("How long will it take? I really can't leave it here for days.", None),
     t("Ten minutes to check. (after a while) Yes, the cable to the charging port got pinched when we closed it up. That's our mistake. I'll replace the cable now, no charge, about forty minutes."),
     c("Forty minutes is okay, I'll wait. And my data is fine?", None),
     t("We don't touch the disk. But honestly, before Friday put the thesis on a USB stick or in the cloud as well. I can plug it in here while it charges so you can copy it."),
     c("Yes, please. I didn't think of that.", None),
     t("(later) It's charging, 34 percent. Unplug it and plug it back in once, so we both see it works."),
     c("Works. Děkuju, you saved my Friday.", None)],
    [o,
     t("Hi. Did you drop it, maybe? Or charge it with some cheap charger? Most charging problems come from users."),
     c("No, I use the original charger. It was fine until you fixed the hinge.", None),
     t("The hinge has nothing to do with charging. So what's your experience with the laptop since Monday, did you carry it in a backpack without a sleeve?"),
     c("Yes, in a backpack, like everyone. It's a laptop.", None),
     t("There you go. Pressure in the bag damages the port. That's not covered by our repair warranty. A diagnostic is 600 crowns."),
     c("Six hundred? I just paid you two thousand. I'm a student, I don't have money for another repair.", "no_money"),
     t("I understand. Did I understand you correctly that you don't want the diagnostic? Anything else I can do for you today?"),
     c("I'll go to the Czech Trade Inspection then.", None)]))

# 30 blame - rice and dry goods wholesaler, Karachi, Pakistan (spoken phone, B2B, caterer under pressure)
o = c("Hello, Zubair bhai? Salman from Karachi Darbar Caterers. Your delivery came this morning, twenty bags of rice, but it's sella, not super kernel basmati. I have a wedding of six hundred people tonight. I need the right rice by two o'clock.", None)
PAIRS.append(gpair(
    "blame_rice_karachi", "rice and dry goods wholesaler, Karachi, Pakistan", "blame",
    "A caterer rings his rice wholesaler because the wrong rice was delivered on the morning of a 600-guest wedding.",
    [o,
     t("Salman bhai, let me check the order right now... Yes, your order says super kernel basmati, twenty bags. Our loader picked the wrong stack. That's our mistake."),
     c("Okay, but I need it by two, the cooks start the biryani at three.", None),
     t("I have super kernel in the Jodia Bazaar godown. I'm sending the Suzuki now with twenty bags, an hour and a half with traffic. Keep the sella bags aside, my driver will take them back."),
     c("Theek hai. Send me the driver's number, my manager will wait at the back gate.", None),
     t("Sending on WhatsApp. I'll call you at one when he's near. And no transport charge on this one."),
     c("Shukriya, Zubair bhai. You saved my wedding.", None)],
    [o,
     t("Salman bhai, salaam. Your manager must have written the wrong item, we deliver what's on the order."),
     c("No, I sent the order myself on WhatsApp. Super kernel. I have the message.", None),
     t("Sometimes customers write basmati but mean sella, it happens. Your people also weren't at the gate on time last week, so our driver had to rush. These things happen from your side also."),
     c("What does last week have to do with this? I need the right rice by two.", None),
     t("Okay, we can arrange a new delivery, but it'll be tomorrow, and you pay the transport again since the error is in the order. Just so I understand your need correctly, you want it tomorrow morning?"),
     c("Tomorrow the wedding is finished! Forget it, I'll buy from Jodia Bazaar myself.", None)]))
