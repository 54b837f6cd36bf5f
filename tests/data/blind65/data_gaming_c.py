"""Gaming pairs, part C: ignored_customer, repeated_questions, wrong_paraphrase, pitch_to_upset, blame (2 each).
Written by hand for blind65 (prefix b65)."""
from common import c, gpair, t

PAIRS = []

# 1 ignored_customer -- optician, Mumbai
o = c("Hi, I'm getting headaches after studying on my laptop, like every evening. My mom said get my eyes checked. I'm 19.", None)
PAIRS.append(gpair(
    "b65g_mumbai_optician_student", "optician, Mumbai, India", "ignored_customer",
    "A college student with evening headaches comes for an eye test; she plays badminton and has little money.",
    good=[o,
          t("Good that you came. Let's test your eyes first, and only then talk about glasses if you need them. How many hours a day are you on the laptop, and is it worse at night?"),
          c("Like six, seven hours, exams are coming. Worse at night, yes. And sometimes the board in class looks blurry.", None),
          t("Okay: long screen hours, worse at night, and the board blurry. That suggests a little short-sightedness plus eye strain. The test is 300 rupees and takes fifteen minutes. Shall we do it now?"),
          c("Okay. But if I need glasses, I don't have a big budget, I'm a student. And I play badminton, I don't want glasses falling off.", "no_money"),
          t("Your test shows minus 0.75 in both eyes, which is mild. Glasses will help with the board and the screen. Student frames with anti-glare lenses start at 1,800. At this power you can play badminton without them, or use a sports band. Shall I show you the 1,800 range?"),
          c("Yes, show those. Do I need the blue light coating thing? My friend said it's a scam.", None),
          t("Honestly the anti-glare does most of the work; the blue-light extra is optional and the evidence for it is weak, so I wouldn't push it. Also try 20-20-20: every 20 minutes, look 20 feet away for 20 seconds. Let's pick a frame."),
          c("Okay, cool, that's helpful.", None)],
    gaming=[o,
            t("Welcome! Tell me about your lifestyle and what you're looking for in your eyewear experience."),
            c("I'm a student, I'm on the laptop like seven hours a day, and I play badminton. My mom gave me 2,500 for this.", None),
            t("Lovely, thank you for sharing! Our new designer collection is very popular with young people, these Italian frames at 7,500 with premium blue-cut lenses. Very stylish."),
            c("That's a lot... I haven't even had my eyes tested yet. Are the headaches from my eyes?", "too_expensive"),
            t("Great question! How would you feel wearing these in college? Let's try the tortoiseshell, it suits your face."),
            c("I said I play badminton, will these fall off? And the price?", None),
            t("Totally understand. And do you prefer matte or glossy? I can do a 10% student discount if you book the lenses today."),
            c("I'll come back with my mom.", "think_it_over")]))

# 2 ignored_customer -- internet provider chat, Buenos Aires
o = c("hola hi, my internet cut every evening 8 to 11, i work from home with video calls with clients in usa. i have 100 mb plan. what can i do", None)
PAIRS.append(gpair(
    "b65g_buenosaires_internet_drops", "internet provider support chat, Buenos Aires, Argentina", "ignored_customer",
    "A home-based freelancer types in about evening connection drops that ruin client calls.",
    good=[o,
          t("Hola! Sorry, cuts during work calls are the worst. Does the whole connection drop, or is it only slow? And is your computer on wifi or cable?"),
          c("whole connection, the router lights go red. computer on wifi, router is in the living room, i work in the bedroom", None),
          t("Red lights on the router mean the line itself drops, not your wifi, so a bigger plan would not fix it. Two other customers in your building reported the same this week. I'm opening a technical ticket for the line; a technician can come Thursday between 9 and 13. Can someone be home?"),
          c("thursday morning i have a call with client 10 am, is impossible", "no_time"),
          t("Understood. Friday 14 to 18, or Saturday 9 to 13?"),
          c("saturday ok. but if technician dont fix it i cancel, last year the same thing and they come 3 times for nothing", "bad_experience"),
          t("That's fair. If Saturday's visit doesn't fix it, I'll escalate it to the network team myself, and I'm adding a credit for the days with cuts this month. I'm sending you the ticket number by SMS now so you can follow it."),
          c("ok gracias", None)],
    gaming=[o,
            t("Hola! Thanks for sharing. Tell me, how do you use the internet at home? Who lives with you?"),
            c("only me and my cat lol. i use for work, video calls with clients. the problem is the cuts every evening", None),
            t("Perfect. And do you watch a lot of TV or streaming?"),
            c("not really, i dont have time. please the cuts, the router goes red", None),
            t("Great! So I recommend our Hogar Total pack: 300 mb fiber + 120 TV channels + Disney+ for only 19,900 pesos a month, first 3 months at 50%. Shall I activate it?"),
            c("i said i dont watch tv. and speed is not the problem, the cut is the problem", "no_need"),
            t("I understand. With 300 mb your video calls will be perfect. We also have a special on a second mobile line. How satisfied are you with our service today, from 1 to 10?"),
            c("1. i will call the other company for real now", None)]))

# 3 repeated_questions -- car rental desk, Keflavik airport
o = c("Hi, we have a reservation under Delgado. We just landed, we're beat. Quick question: is the car we booked okay for driving to, uh, Landmannalaugar?", None)
PAIRS.append(gpair(
    "b65g_keflavik_car_rental", "airport car rental desk, Keflavík, Iceland", "repeated_questions",
    "A tired tourist couple collecting a booked compact car at 1 a.m. ask whether it can reach a highland area.",
    good=[o,
          t("Welcome to Iceland, Mr. Delgado. You've booked a compact two-wheel drive. Landmannalaugar is on F-roads, which by law need a 4x4, and the insurance is void on an F-road in a 2WD. Is Landmannalaugar a must, or one idea among others?"),
          c("It's kind of the main thing my wife wanted to see. How much more is a 4x4?", None),
          t("A Duster 4x4 is 6,900 krónur a day more, about 48,000 for your seven days, roughly 350 dollars. But how many days will you be in the highlands? If it's one, there are bus tours from Hella that go in, around 15,000 each."),
          c("Just one day, I think. 350 is a lot. Hmm, the bus could work actually, I'm not crazy about river crossings anyway.", "too_expensive"),
          t("Then I'd keep your compact, it's fine for the Ring Road and the south coast, and book the bus for the highland day. I'd still suggest gravel protection, 2,500 a day, because stones chip windscreens on the south coast. Want it, or skip it?"),
          c("We've got coverage through our credit card, I think. So, no.", "no_need"),
          t("That's fine, just check the card covers Iceland and gravel, some exclude it. I'll put the Hella bus link in your rental email. Keys, row C, spot 14."),
          c("Great, thanks, that was easy.", None)],
    gaming=[o,
            t("Welcome! So tell me, what kind of trip are you planning?"),
            c("Ring Road, seven days, and one day up to Landmannalaugar. That's the big one for my wife.", None),
            t("Wonderful. And where are you thinking of going while you're here?"),
            c("Like I said, Landmannalaugar, and the Ring Road. Is the car okay for that?", None),
            t("Got it. So just so I understand your journey: which parts of Iceland do you want to explore?"),
            c("...Landmannalaugar. Can I just get an answer on the car? It's like 1 a.m. for us.", None),
            t("Absolutely. And just so I have the full picture, will you be staying on the main roads, or going further off the beaten track?"),
            c("Off the... to Landmannalaugar. Which I've now said three times.", None),
            t("Absolutely, I hear you. And what's the most important experience you'd like to have on this trip?"),
            c("Seeing Landmannalaugar! Look, just give us the keys to what we booked. We'll figure it out ourselves.", None)]))

# 4 repeated_questions -- accountancy for freelancers, Berlin
o = c("Hallo, hi. I'm a freelance illustrator, I moved to Berlin last year from Valencia, and I have to do my first German tax return. I'm a bit lost, honestly.", None)
PAIRS.append(gpair(
    "b65g_berlin_freelance_tax", "accountancy practice for freelancers, Berlin, Germany", "repeated_questions",
    "A newly arrived freelance illustrator asks for help with her first German tax return.",
    good=[o,
          t("That's very common in the first year, the German system is a lot. A few questions to see what you need: roughly how much did you invoice last year, and did you register for the small business VAT exemption?"),
          c("Around 21,000 euro. And yes, I think so? I ticked something on the form from the tax office, I don't charge VAT on my invoices.", None),
          t("Okay, about 21,000 and no VAT on invoices, so probably the small business rule. The limit for last year was 22,000, so you're just under, but this year you might cross it. Are you expecting more work this year?"),
          c("Yes, I have a big book project, maybe 35,000 this year.", None),
          t("Is the publisher in Germany or abroad? It changes how VAT works on those invoices."),
          c("The publisher is in Barcelona. Is that a problem?", None),
          t("Not a problem, but it matters for VAT, so it's worth planning now, because going over means charging VAT from next year and maybe quarterly VAT returns. The return plus a one-hour session on what changes for you is 690 euro with us. To be fair, many freelancers at your income do the return themselves with software for about 40."),
          c("690 is a lot for me. I think I try the software first, and if I get stuck I call you.", "too_expensive"),
          t("That's a sensible plan. The software handles the return fine; where people get stuck is the VAT change. You could book just the one-hour planning session, 150 euro, before the book money comes in. I'll send you our checklist for the return either way."),
          c("The checklist yes please. And the session, okay, I book it now for March, before the book money.", None)],
    gaming=[o,
            t("Welcome! So tell me, what brings you to us today?"),
            c("My first German tax return. I'm freelance, about 21,000 last year, and I think I'm registered as small business.", None),
            t("Great. And what's your situation, in terms of work and income?"),
            c("I'm a freelance illustrator... 21,000 last year, like I said.", None),
            t("Perfect. And roughly what did you earn last year, would you say?"),
            c("Twenty-one thousand. This is the third time. Do you need me to write it down?", None),
            t("Sorry, I just want to fully understand your needs! And so I'm clear, are you employed or self-employed?"),
            c("I think I'll just use the tax software. It costs 40 euros and it doesn't ask me the same thing three times.", "no_need")]))

# 5 wrong_paraphrase -- kitchen fitter, Cape Town
o = c("Hi there. We want to redo the kitchen, well, not the whole thing. The cupboards are fine, it's the countertops that are falling apart, and we want a gas hob because of load-shedding.", None)
PAIRS.append(gpair(
    "b65g_capetown_kitchen_tops", "kitchen fitter, Cape Town, South Africa", "wrong_paraphrase",
    "A homeowner wants new worktops and a gas hob but to keep the existing cupboards.",
    good=[o,
          t("Makes sense, plenty of people are going gas for that reason. So the cupboards stay, new tops, and a gas hob. What's on the tops now, and how many metres roughly?"),
          c("Old laminate, swelling by the sink. Maybe five metres in an L. We were thinking granite but I don't know.", None),
          t("Laminate swelling at the sink is classic water damage. Granite is lovely but heavy; if your cupboards are older chipboard, I'd check they can carry it. Quartz or a good compact laminate are the other options. Do you have a budget in mind?"),
          c("About 40,000 rand for everything, including the hob. My husband thinks granite is out of reach.", None),
          t("Honestly, granite for five metres with the sink and hob cut-outs is about 32,000 fitted, and a gas hob installed with the compliance certificate around 9,000, so you'd be just over. Compact laminate is about 18,000 and leaves room. I can come measure, check the cupboards and give you both prices. Thursday?"),
          c("Thursday's bad, we've got school stuff. Next Monday after three?", "no_time"),
          t("Monday at half three. I'll bring samples of both so you can see them next to your cupboard doors."),
          c("Great, see you then.", None)],
    gaming=[o,
            t("Lovely! Tell me what you're looking for."),
            c("New countertops, the laminate is swelling by the sink. And a gas hob, because of load-shedding. The cupboards are fine.", None),
            t("So what I'm hearing is you're ready for a complete kitchen renovation: new cabinets, tops and appliances. Did I get that right?"),
            c("No, the cupboards stay. Just tops and the hob.", "no_need"),
            t("Got it, so you want to upgrade to a full induction setup with a backup inverter, which is what a lot of clients worried about load-shedding go for. Great choice."),
            c("Induction needs electricity, that's the whole problem with load-shedding. I said gas.", None),
            t("Absolutely. So to recap, you've got a flexible budget and you'd like premium granite throughout, splashback included. I'll quote that."),
            c("I never said flexible. We have 40,000 for everything and granite everywhere is way past that. We'll get someone else to quote.", "no_money")]))

# 6 wrong_paraphrase -- IT support for a dental practice, Chicago
o = c("Hi, I manage a dental office, two dentists, six computers. A practice down the street got hit by ransomware and I realized I have no idea if our backups even work.", None)
PAIRS.append(gpair(
    "b65g_chicago_dental_it_backup", "managed IT provider, Chicago, USA", "wrong_paraphrase",
    "A dental practice manager worries about backups after ransomware hit a nearby practice.",
    good=[o,
          t("That's exactly the right question. Do you know what's backing up now and where it goes? A drive in the office, the cloud, your practice software vendor?"),
          c("There's a little box in the closet that our old IT guy set up. He retired last year. The practice software is on one of the computers.", None),
          t("So a backup box nobody has checked since he retired, and the patient database on one machine. First thing is to test that a restore actually works. And a backup in the same closet would be encrypted by ransomware too, so you want a copy off-site. Has anyone changed passwords since he left?"),
          c("Um. No. I'm not sure I have them all.", None),
          t("That's common and fixable. I'd suggest a one-time assessment, 850 dollars: we test a restore, set up an off-site copy and reset admin access. Then you decide whether you want monthly support, which for six computers is about 540 a month."),
          c("The assessment I can probably do. Monthly, I'd have to get the dentists to agree, and they hate spending on IT.", "think_it_over"),
          t("Fair. Do the assessment first; I'll give you a one-page report in plain English for the dentists, with what's urgent and what can wait. Can we come Friday after closing so we don't disturb patients?"),
          c("Friday at 5:30 works.", None)],
    gaming=[o,
            t("Great to hear from you. So what I'm hearing is that you've been hit by ransomware and need emergency recovery. Is that right?"),
            c("No, we weren't hit. Another practice was. I just want to know if our backups work.", None),
            t("Understood, so what you're saying is you're unhappy with your current IT provider and want to switch to a full managed plan with us. Did I understand you correctly?"),
            c("We don't have a provider, our guy retired. I just want someone to check the backups.", None),
            t("Perfect, so to recap: you want our Platinum plan with 24/7 monitoring and the HIPAA compliance package, starting this month. I'll send the contract over."),
            c("That's not what I said. The dentists would never pay for that, they fight me over printer ink.", "no_money"),
            t("I hear you, so you're saying cost is no object when it comes to patient data. Let me book the onboarding."),
            c("Stop. Don't book anything. I'll find someone who listens.", None)]))

# 7 pitch_to_upset -- electricity supplier, Cardiff (bereavement)
o = c("Hello. Um. My husband passed away three weeks ago, and the electricity's in his name. I don't really know what I'm supposed to do.", None)
PAIRS.append(gpair(
    "b65g_cardiff_energy_bereavement", "electricity supplier call centre, Cardiff, Wales", "pitch_to_upset",
    "A recently widowed woman calls to move the electricity account into her name.",
    good=[o,
          t("I'm so sorry for your loss. Thank you for calling; there's no rush and I'll take you through it. Can I ask your name, and your husband's name on the account?"),
          c("Glenys Hughes. He was David. David Hughes. He did all of this, the bills, I never had to.", None),
          t("That's alright, a lot of people are in the same position. Do you know if the bill was paid from a joint account or from his own?"),
          c("His own, I think. At the Nationwide.", None),
          t("Thank you, Glenys. Then that direct debit will stop, and we'll set up a new way to pay with you later, no rush. I've found David's account. Nothing will be cut off, and I'm adding a note so no more letters go to him while we change it. To move it to your name I need your date of birth and a meter reading, whenever you're ready. Would you like to do that now, or shall I ring you back later in the week?"),
          c("Now's alright. I don't know where the meter is, though.", None),
          t("That's fine. It's usually in a cupboard by the front door or a box outside; if you can't find it, we'll use an estimate for now. I can also put you on our Priority Services Register, it's free, so if there's ever a power cut we contact you first. Would you like that?"),
          c("Yes. Yes, that'd be good. I live on my own now.", None),
          t("Done. I'll post a letter confirming it's in your name, with my direct number, so you don't have to explain it all again. Is anyone helping you with the other accounts?"),
          c("My son, he's coming Saturday. Thank you, love, you've been kind.", None)],
    gaming=[o,
            t("I'm so sorry for your loss, and I really understand how you feel. While I have you, this is actually a great opportunity to review the account and make sure you're on the best deal."),
            c("I... I just want it in my name. I don't know anything about deals.", "no_need"),
            t("Absolutely. Our Fix and Save 24 tariff would lock your price for two years, and with a smart meter you'd see exactly what you use, which is great now you're living alone. Shall I switch you today?"),
            c("I can't think about this now. He's only been gone three weeks.", "no_time"),
            t("Completely understand, and that's why fixing now takes one worry off your plate. There's also boiler cover at 14.99 a month; many customers find it gives peace of mind after a bereavement. Can I add that?"),
            c("Please, just tell me what I need to do about his name on the bill.", None),
            t("Of course. You'll need to send a copy of the death certificate to our bereavement team, it's all on the website. Anything else I can help with today?"),
            c("No. I'll get my son to ring.", None)]))

# 8 pitch_to_upset -- airline transfer desk, Istanbul airport
o = c("Excuse me, my flight from Frankfurt was late and I missed connection to Almaty. I have baby, two years, we are here already 5 hours. Nobody helps me.", None)
PAIRS.append(gpair(
    "b65g_istanbul_missed_connection", "airline transfer desk, Istanbul airport, Türkiye", "pitch_to_upset",
    "An exhausted mother with a toddler has missed her connection because the airline's first flight was late.",
    good=[o,
          t("I'm very sorry, five hours with a little one is too much. Let me help you now. Can I see your boarding passes and passport?"),
          c("Here. They said the next flight is tomorrow night. Where we sleep? She is tired, I have no more diapers.", None),
          t("Because the delay was our flight, you get a hotel, meals and transport. I'm booking the airport hotel now, with a cot, and here's a voucher for the pharmacy past gate F for essentials, diapers too. For the flight: tomorrow 19:40 direct, or 10:15 via Astana arriving 18:30. Shorter wait, or fewer changes?"),
          c("Via Astana, more change? No, with baby I don't want more airplanes. Tomorrow night direct.", None),
          t("Direct tomorrow at 19:40, booked, and I've asked for a bassinet seat. Your bag goes straight through. Hotel shuttle is at door 8 every 20 minutes. Is there anyone in Almaty you need to call?"),
          c("My husband. Yes, please, my phone is dead.", None),
          t("Use this phone, and there's a charging point behind the desk. This is our compensation form too; you may be entitled to compensation for the delay, and I've written your reference on it."),
          c("Thank you. Really, thank you.", None)],
    gaming=[o,
            t("I'm so sorry for your experience, I really understand your frustration. The good news is we have seats on tomorrow's 19:40. And for a more comfortable journey with your baby, I can upgrade you to Business for just 280 euros."),
            c("280? I don't have money for this. It is your flight that was late. Where we sleep tonight?", "no_money"),
            t("Absolutely, I hear you. For tonight, we have lounge day-rooms at 95 euros, very quiet for the baby. And if you join our Miles programme today, you get 10% off the lounge."),
            c("You are joking? I have no diapers, she is crying, and you sell me lounge?", None),
            t("I understand how you feel. Many parents find the lounge makes a big difference. Can I ask, is this your first time flying with us?"),
            c("Second time. And last time. Where is the hotel? You must give hotel, no?", None),
            t("Hotels are arranged downstairs, but I can offer you our baby kits from duty free, very popular. Anything else I can help with?"),
            c("I want your manager. Now.", None)]))

# 9 blame -- appliance shop repair line, Madrid
o = c("Hello, I buy a washing machine from you eight months ago, and now it leaks water on the floor every time. My downstairs neighbour already complained.", None)
PAIRS.append(gpair(
    "b65g_madrid_washer_leak", "appliance shop repair line, Madrid, Spain", "blame",
    "A customer's eight-month-old washing machine leaks on every wash.",
    good=[o,
          t("I'm sorry, a leak bothering the neighbour is stressful. At eight months it's under warranty. Where does the water come from, the front under the door, or the back?"),
          c("From the front, I think, under the door. There is a puddle after the program.", None),
          t("Under the door usually means the door seal or the drawer. Can you look at the rubber seal? Any damage, or something stuck in it, like a coin?"),
          c("I look... there is a little cut in the rubber at the bottom. Maybe from a bra wire? I don't know.", None),
          t("That's possible, and thank you for checking. A torn seal is a common repair, and the technician will look at it under warranty and tell you honestly. Until then, use short programs and put a towel down. A technician can come Wednesday morning or Friday afternoon."),
          c("Wednesday I work. Friday is okay. But if it's not in the warranty, how much? I just paid a lot for this machine.", "no_time"),
          t("If the seal isn't covered, part and labour is 85 euros, and the technician will tell you before doing anything. Friday between 15 and 19; you'll get an SMS an hour before."),
          c("Okay, perfect. Thank you.", None)],
    gaming=[o,
            t("I'm sorry to hear about your experience. Let me understand: are you overloading the machine? Most leaks come from people putting in too many clothes."),
            c("No, I put normal, half full. It leaks from the front, under the door.", None),
            t("Okay. And what detergent do you use, and how much? Because if you use too much, the foam comes out, and that's not covered by the warranty, it's misuse."),
            c("Normal detergent, one cap. There is a little cut in the rubber, I see it now.", None),
            t("Right, so something in your laundry cut it, an underwire or a coin. That's user damage, I'm afraid, so it's 85 for the repair plus 60 for the visit. Did you read the care guide? It says to check pockets."),
            c("145 euros for a machine of eight months? No, this is not fair.", "too_expensive"),
            t("I understand your feelings. But we can't be responsible for what people put in the machine. Would you like to book the paid visit?"),
            c("No. I will go to the consumer office.", None)]))

# 10 blame -- courier company, Lagos
o = c("Good afternoon. I sent a parcel to my customer in Abuja, the tracking says delivered since Tuesday, but she never received it. Now she's asking me for a refund.", None)
PAIRS.append(gpair(
    "b65g_lagos_courier_missing_parcel", "courier company customer line, Lagos, Nigeria", "blame",
    "An online fashion seller's parcel shows as delivered but the buyer never got it.",
    good=[o,
          t("Good afternoon, I'm sorry about this, especially with your customer waiting. Let me check. Can I have the waybill number?"),
          c("It's LG 4407 2291. Two dresses, value 68,000 naira.", None),
          t("Thank you. It was marked delivered Tuesday at 4:12 pm, but there's no signature and no photo, which our riders are supposed to take. So I can't confirm it reached her. I'm opening an investigation with the Abuja hub today. Did the address have her phone number?"),
          c("Yes, her number is on it. She said nobody called her.", None),
          t("Does she live in an estate or a building where someone else could have signed, a gateman or a neighbour?"),
          c("It's an estate with a gateman. She asked him already, he said nothing came.", None),
          t("Then the rider should have called. The hub will contact him and check his GPS for that stop; you'll get an answer within 72 hours. If it's not found, you're covered up to the declared value, 68,000. I'm sending the case number now."),
          c("72 hours is long o. My customer is already vexed, she might leave me a bad review.", None),
          t("I understand. I can send you a short message to forward to her, with the case number, so she sees it's being handled. And I'll call you myself on Friday before 12 with an update."),
          c("Okay, please do. Thank you.", None)],
    gaming=[o,
            t("Good afternoon, I'm sorry about your experience. Did you write the full address correctly? Many sellers put incomplete addresses and then blame us."),
            c("I wrote it well. Wuse 2, with the street and house number and her phone.", None),
            t("Okay. And could your customer have collected it and forgotten? Sometimes buyers claim non-delivery to get a refund. You should know your customers better."),
            c("Ah! She's a regular customer. Your system says delivered but there's no signature.", None),
            t("I hear you. Honestly, you should have bought our Premium Insurance, then you'd be covered. Standard parcels are at the sender's risk, it's in the terms. Did you choose standard?"),
            c("Nobody told me about any premium when I paid. So I just lose 68,000?", None),
            t("Unfortunately that's the risk of choosing the cheaper option. Next time take Premium, it's only 1,500 extra. Anything else I can help with?"),
            c("There won't be a next time. I'm going to another courier.", None)]))
