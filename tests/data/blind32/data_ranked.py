"""Ranked pairs of blind32, written by hand.

d01-d10: both sides decent; `better` is better in a way a coach would name.
f01-f10: the sides share every turn except one fault in `worse` (the faulty trainee line(s) and the customer's
reaction); shared turns are written once and reused so they are really identical.
"""
from common import c, first, rpair, t

PAIRS = []

# d01 digs into the doubt -----------------------------------------------------------------------
o = first("Hi — my husband wants us to do the diving course while we're in Aqaba. Is it safe? I'm, um, honestly "
          "not a strong swimmer.")
PAIRS.append(rpair(
    "b32r_d01_dive_aqaba",
    "A nervous holidaymaker asks an Aqaba dive centre whether diving is safe for a weak swimmer. Better asks what "
    "exactly frightens her (a childhood panic with water in her nose) and offers a one-hour try-dive standing in "
    "the pool; worse answers the surface question with safety facts and offers the three-day course.",
    o,
    [
        t("Hi! Fair question, lots of people ask it. When you picture yourself diving, which bit worries you — "
          "being deep, the breathing, something else?"),
        c("The mask. When I was a kid I got water up my nose in a pool and I just... panicked. I still can't put my "
          "face in the water without, like, holding my nose.", None),
        t("That's really useful to know, and it's very common. Clearing water from the mask is something we teach "
          "in the first hour, in shallow water where you can stand. The course doesn't need you to be a strong "
          "swimmer — but it does need you to be okay with your face underwater, so I wouldn't sign you up for the "
          "full course yet."),
        c("So what, I just watch my husband? Because he'll go either way.", None),
        t("No — do a try-dive first. One hour in our pool, you can stand the whole time, an instructor just for "
          "you. If you're comfortable, you join the course the next day and the hour counts towards it. If not, "
          "you've spent 35 dinars and you know."),
        c("One hour, standing... Okay. Yes. That I can do. Tomorrow morning?", None),
        t("Tomorrow at nine, with Dana — she's very patient. Your husband can start the course in the sea at the "
          "same time."),
    ],
    [
        t("Hi! Very safe, don't worry. All our instructors are PADI-certified, we've had no serious accidents in "
          "twelve years, and the sea here is calm with great visibility."),
        c("Okay, that's good to hear. But I really am not a strong swimmer.", None),
        t("That's fine — you only need to swim 200 metres, any stroke, no time limit, and float for ten minutes. "
          "Most people manage. The Open Water course is three days, 330 dinars, and you'd be with your husband the "
          "whole time."),
        c("Three days... I'm not sure. What if I panic with the mask on?", None),
        t("The instructors are trained for that, and mask skills are practised in the first session. Shall I put "
          "you both down from tomorrow?"),
        c("Let me talk to my husband about it first. I'll come back this afternoon.", "think_it_over"),
        t("Of course. We have places tomorrow, just come by before six."),
    ],
))

# d02 notices the real purpose ------------------------------------------------------------------
o = first("hello, need projector for saturday, 1 day. cheapest you have pls")
PAIRS.append(rpair(
    "b32r_d02_eventrental_karaganda",
    "A customer messages a Karaganda event-equipment rental shop for the cheapest projector. Better asks what it's "
    "for, learns it's an old-photo slideshow at a daytime birthday lunch in a hall with big windows, and warns the "
    "cheap one will be washed out; worse rents the cheapest projector efficiently and misses why it won't work.",
    o,
    [
        t("Hello! Cheapest is the Epson 2000 lumens, 8,000 tenge/day. Before you take it — what's it for, and where? "
          "Projectors are very sensitive to daylight, I don't want you to get something nobody can see on the day."),
        c("grandma 80th birthday, restaurant hall, daytime lunch. we made slideshow of old photos from her life, on laptop", None),
        t("Lovely. Daytime in a restaurant hall — does it have curtains, or big windows? And is there a screen or a "
          "plain white wall?"),
        c("big windows, no curtains i think. no screen. there is white wall but with pictures on it", None),
        t("Then the 2000 would look washed out. The 3500 lumens is 12,000/day, and I'd add a 2-metre screen for "
          "4,000 — 16,000 total, HDMI cable for your laptop included. Or ask the restaurant if they have a big TV — "
          "many halls do, and that would cost you nothing."),
        c("16 is more than i planned tbh. let me ask restaurant about tv first", "too_expensive"),
        t("Good idea. If they don't have one, message me by Thursday and I'll hold the 3500 and the screen — "
          "delivery to the restaurant and pick-up after are free at weekends."),
    ],
    [
        t("Hello! Cheapest is the Epson 2000 lumens, 8,000 tenge/day, HDMI cable included. Pick-up from "
          "Bukhar-Zhyrau 45 from 10:00."),
        c("ok good. can you do 6000? its only for grandma 80th birthday lunch, 3 hours", "too_expensive"),
        t("Sorry, 8,000 is already our minimum day price — but delivery is free at weekends, so on Saturday we bring "
          "it to you. What's the address and time?"),
        c("restaurant Nurtas, Ermekova 58, lunch at 13:00", None),
        t("Booked: Epson 2000, Saturday, delivered to Nurtas by 12:00, collected at 18:00. Payment on delivery, 8,000."),
        c("thank you!!", None),
        t("You're welcome — the driver will call you 30 minutes before. Happy birthday to your grandma!"),
    ],
))

# d03 adapts to a hurried customer --------------------------------------------------------------
o = first("Hi — I missed the two o'clock to Preko, I've got the car, my kids are in it, what's the next one I can get on?")
PAIRS.append(rpair(
    "b32r_d03_ferry_zadar",
    "A flustered parent who has just missed a car ferry from Zadar to Ugljan island comes to the ticket window with "
    "the car parked in the drop-off zone. Better matches her hurry with short questions and only what she needs; "
    "worse is correct and friendly but explains every option and rule while she waits.",
    o,
    [
        t("Next is 15:30, there's space for cars. Registration?"),
        c("ZG 4471-KM.", None),
        t("Two adults on the ticket?"),
        c("One adult, two kids, nine and twelve.", None),
        t("Your ticket's moved to 15:30, no charge — here. Lane 3, be there by ten past three."),
        c("Lane 3, ten past. Thank you!", None),
        t("Go — the queue builds fast."),
    ],
    [
        t("Hello! Don't worry, it happens a lot in summer. To Preko there are several options: the car ferry at "
          "15:30, then 17:00 and 18:45, and there's also the fast catamaran at 15:00, but that's passengers only, so "
          "with a car it wouldn't work. Do you have your original ticket?"),
        c("Yes, here, here. The 15:30, please.", None),
        t("Perfect. Let me see... your ticket was for two adults and a car — is that still right, or has anything changed?"),
        c("One adult, two kids. Please, I'm parked in the drop-off zone.", None),
        t("Of course. I can transfer it free as it's the same day — on a different day there'd be a 20% fee. Just "
          "printing it. Have you taken the Preko line before? The queue for the 15:30 starts in lane 3, and I'd be "
          "there by 15:10, especially in July."),
        c("Yes, lane 3, got it, thanks.", None),
        t("You're welcome, have a lovely time on Ugljan!"),
    ],
))

# d04 adapts to a grieving customer -------------------------------------------------------------
o = first("Good morning. I need a wreath. For my father. The funeral is on Thursday, at Novo groblje.")
PAIRS.append(rpair(
    "b32r_d04_florist_belgrade",
    "A grieving daughter walks into a Belgrade florist to order a wreath for her father's funeral. Better slows "
    "down, starts from her father's roses, handles the ribbon words gently and takes logistics off her hands; worse "
    "is polite and competent but runs her through a catalogue of shapes, sizes and budgets.",
    o,
    [
        t("Good morning. I'm sorry about your father. Sit down for a moment, if you like. Do you have anything in "
          "mind — flowers he loved, colours?"),
        c("He grew roses at the vikendica. White ones, and... one dark red one he was very proud of.", None),
        t("Then white roses with a few dark red among them. I'd keep it simple — it'll look like his garden. Would "
          "you like a ribbon with words on it?"),
        c("Yes. 'Tata, hvala za sve.' ... Sorry.", None),
        t("Take your time. 'Tata, hvala za sve' — I'll write it exactly like that. We can take it to the chapel at "
          "Novo groblje on Thursday morning, so you don't have to carry anything. What time is the service?"),
        c("Eleven. How much is it? I didn't even ask.", None),
        t("A wreath like that is 9,500 dinars, delivery included, and it'll be there by ten. Here's my card — if "
          "you want to change anything, call me any time before Wednesday evening."),
    ],
    [
        t("Good morning, my condolences. Here's our funeral catalogue — standing wreaths on page 3, round wreaths on "
          "page 5, sprays and hearts on page 8. Prices are on each. Do you have a budget in mind?"),
        c("I don't... I haven't thought about a budget. He grew roses. White ones.", None),
        t("White roses, an elegant choice. Round or standing? Standing is more visible in the chapel; round is more "
          "traditional. Sizes 60, 80 or 100 centimetres."),
        c("I don't know. Whatever is normal. Round.", None),
        t("80 is the most common: 11,200 dinars with white roses. And for the ribbon, what text? Most people write "
          "'Last greeting' and the name."),
        c("'Tata, hvala za sve.' Can you deliver it? I don't have a car.", None),
        t("Yes, delivery to Novo groblje is 1,200. I'll put down Thursday morning. Card or cash?"),
    ],
))

# d05 adapts to an expert ------------------------------------------------------------------------
o = first("Bonjour. I run the biochemistry lab at the Faculty of Sciences. We need a refrigerated benchtop "
          "centrifuge — swing-out rotor for 50-ml conicals and an angle rotor for microtubes at about 20,000 g. "
          "What can you offer?")
PAIRS.append(rpair(
    "b32r_d05_labequip_sfax",
    "A university lab head in Sfax phones a laboratory-equipment supplier with a precise specification for a "
    "refrigerated centrifuge. Better answers at her level, goes for the real issue (temperature drift, local "
    "service) and offers a demo with her own samples; worse explains basics she knows and answers in brochure terms.",
    o,
    [
        t("Bonjour Professor. For that pair, the Eppendorf 5910 Ri: the swing-bucket rotor takes 50-ml conicals "
          "with adapters, and the FA-24 angle rotor reaches 21,000 g with 1.5 and 2-ml tubes. Do you run plates too, "
          "or only tubes?"),
        c("Tubes only for now. Mostly protein prep — we pellet at 4 °C on long runs. Our old one drifts to 9 or 10 "
          "degrees after forty minutes.", None),
        t("That drift is the refrigeration not keeping up at high speed. The 5910 Ri holds 4 °C at full speed on the "
          "FA-24 — the curve is in the data sheet, I'll send it. It needs about 70 cm of bench width."),
        c("We have the space. But honestly, the last supplier's service was a disaster — the engineer came from "
          "Tunis once a year, if we were lucky.", "bad_experience"),
        t("Understood. Our certified engineer is based here in Sfax; the contract has one preventive visit a year "
          "and a 72-hour response. The Biotechnology Centre has had two of ours for three years if you want to ask "
          "them. And would a demo unit for a week, with your own samples, help before you write the tender specs?"),
        c("A week with my own samples, yes. That would convince my colleagues.", None),
        t("I'll check which week the demo unit is free and call you tomorrow with a date — usually within two weeks."),
    ],
    [
        t("Bonjour. Yes, we have several refrigerated centrifuges. A refrigerated model keeps samples cold while "
          "spinning, which matters for proteins and enzymes. Speed is shown in RPM, but the important figure is the "
          "g-force — we have models from 15,000 to 25,000 g."),
        c("Yes, I know. I asked specifically about a swing-out rotor for 50-ml conicals plus an angle rotor at about "
          "20,000 g.", None),
        t("Of course. The Eppendorf 5910 Ri can do both. It's very popular with universities — touchscreen, and "
          "programme memory for your protocols."),
        c("Does it hold 4 degrees at full speed on long runs? Ours drifts up. And the last supplier's service was a "
          "disaster, the engineer came from Tunis once a year.", "bad_experience"),
        t("It has excellent temperature control, one of the best on the market, and we offer a service contract "
          "with annual maintenance. I can send you the brochure."),
        c("Send me the full data sheet, please, with the temperature curve at maximum speed. That's what I need to see.", None),
        t("I'll email it today. Could I have your email address?"),
    ],
))

# d06 offers a low-risk step --------------------------------------------------------------------
o = first("Bonjour. I am mareyeuse here in Joal. Every morning I buy ice at the factory, sometimes there is no ice, "
          "the queue, everything. Someone tell me you sell machines for ice.")
PAIRS.append(rpair(
    "b32r_d06_icemachine_joal",
    "A fish trader in Joal-Fadiouth asks an ice-machine supplier about her own machine. She cannot find 4.5 "
    "million CFA and doubts the machine will cope with power cuts. Better offers a month's rental credited against a "
    "later purchase so she can test it; worse offers the purchase on a payment plan and leaves her to decide.",
    o,
    [
        t("Bonjour Madame. Yes, we do. How much ice do you use on a normal day, and what happens to your fish on the "
          "days the factory has none?"),
        c("Maybe twenty blocks, twenty-five kilos. The days without ice I sell fast, cheap, or the fish spoil. Last "
          "month I lost two pirogues of sardinella like this.", None),
        t("That's a big loss. A machine making around 500 kilos a day would cover you; to buy, it's 4.5 million CFA. "
          "But before anything — how is the electricity where you'd put it?"),
        c("The electricity? It's Senelec, Monsieur. It cuts. And 4.5 million, I don't have that in my hand.", "no_money"),
        t("Then I wouldn't ask you to buy now. We can rent you one for a month, 250,000, installed. You see how much "
          "ice it makes with the cuts at your place and how much you stop paying the factory. If you buy after, the "
          "month's rent comes off the price; if it doesn't cope with the cuts, you give it back and that's all. Our "
          "technician could come Tuesday to see where it goes and whether your line is strong enough."),
        c("Tuesday, okay. Come early — after eleven I'm at the beach for the pirogues.", None),
    ],
    [
        t("Bonjour Madame. Yes — we have flake ice machines from 300 to 1,000 kilos a day. How much ice do you use?"),
        c("Twenty blocks, twenty-five kilos, every day. Sometimes the factory has none and I lose fish.", None),
        t("Then the 500-kilo model is right for you: 4.5 million CFA installed, one-year warranty. There's also a "
          "payment plan — 30% at the start and the rest over twelve months."),
        c("Thirty percent is more than a million. I don't have it. And with Senelec cutting all the time, I'm not "
          "sure a machine even works.", "no_money"),
        t("The machine stores ice in an insulated bin, so short cuts are no problem. Many mareyeuses in Mbour have "
          "taken it on the plan. Here's my card with the prices — take your time."),
        c("I will talk to my husband and see.", "think_it_over"),
        t("Of course. Call me when you're ready."),
    ],
))

# d07 diagnoses before recommending -------------------------------------------------------------
o = first("Salam alaykum. There's a noise from the front right when I brake — like metal scraping. I think I "
          "need new brake pads. How much?")
PAIRS.append(rpair(
    "b32r_d07_garage_giza",
    "A driver in a hurry asks a Giza garage for new front brake pads because of a scraping noise. Better asks when "
    "it started, insists on ten minutes to look, and finds a stone behind the disc — no pads needed; worse fits the "
    "pads he asked for, finds the stone along the way and charges for the pads anyway.",
    o,
    [
        t("Wa alaykum salam. Maybe, maybe not — that scraping can be a few things. Did it start suddenly, or get "
          "worse slowly?"),
        c("Suddenly. Saturday, after I drove to my mother's in Saft El Laban, there's a dirt road there.", None),
        t("A dirt road — that's a clue. Sometimes a small stone gets stuck between the disc and the metal shield "
          "behind it. Let me put it on the lift and look. Ten minutes."),
        c("Ten minutes? I'm already late for work. Just change the pads if that's what it is.", "no_time"),
        t("If it's a stone, new pads won't stop it and you'd pay 850 for nothing. Ten minutes, I promise. ... There — "
          "a little stone wedged behind the disc. It's out. Your pads are at about 60%, good for another 10,000 km."),
        c("Really? So how much do I owe you?", None),
        t("Fifty pounds for the lift. Drive it, and if you hear anything again, come straight back."),
    ],
    [
        t("Wa alaykum salam. Front pads for your car: 650 parts, 200 labour, about forty minutes. Will you wait or "
          "come back?"),
        c("That's more than I expected, but fine, I'll wait.", "too_expensive"),
        t("Done — new pads on both sides, and while the wheel was off I cleaned out some dirt and a small stone from "
          "behind the disc. Should be quiet now."),
        c("A stone? So was it the pads or the stone?", None),
        t("Could have been either, honestly. The old pads had some life left, but new ones won't hurt. 850, please."),
        c("Hmm. Okay.", None),
        t("Thank you. If you hear anything again, come straight back."),
    ],
))

# d08 digs into the doubt -----------------------------------------------------------------------
o = first("Good day. We saw your demo at the education fair. Nice system. But honestly our teachers will not use "
          "it. Most of them are over 50 and not friends with computers.")
PAIRS.append(rpair(
    "b32r_d08_schoolsoftware_namangan",
    "The director of a private school in Namangan writes to a school-management software vendor: the teachers, "
    "mostly over fifty, won't use it. Better finds out what they do now and who really carries the load, then "
    "proposes a free month with two teachers; worse reassures about ease of use and training and sends a contract.",
    o,
    [
        t("Good day, and thank you for visiting the stand. That's an honest worry and I'd rather hear it now. What do "
          "the teachers do today for grades and attendance — paper journals?"),
        c("paper journals, and then the deputy director types everything into excel at the end of the quarter. 3 "
          "days work for her", None),
        t("So the real cost is your deputy director's three days, not the teachers' journals. If the teachers only "
          "had to mark attendance and grades on a phone — one screen, in Uzbek — would the older ones manage, or is "
          "even a phone a problem?"),
        c("phone they use, telegram all day lol. but they will say no time for this, they have 30 hours of lessons a week", "no_time"),
        t("That's the thing to test, then. Let's try two teachers for one month, free — one who likes technology and "
          "one who'll complain the most. If the complainer says it's quicker than paper, the others will listen to "
          "her more than to me."),
        c("ha, I know exactly who. ok but free really? and after", None),
        t("After, if you continue, it's 18,000 sum per student per year; if not, we delete the data and that's all. "
          "I can come Monday to set up the two teachers — 30 minutes each."),
    ],
    [
        t("Good day, thank you for your interest! Don't worry — the system is designed to be very easy, teachers "
          "learn it in an hour. We also have video tutorials in Uzbek and Russian and a support line."),
        c("videos they will not watch. they have no time, 30 hours of lessons a week", "no_time"),
        t("We also offer a one-day training at your school for all teachers, included in the first year. After the "
          "training, most schools find everyone is comfortable."),
        c("hmm. how much is it for 400 students", None),
        t("18,000 sum per student per year — 7.2 million for 400 students, training and support included. I can "
          "send you a contract."),
        c("thats a lot of money if nobody uses it. let me discuss with the founder", "think_it_over"),
        t("Of course! I'll email the contract and the brochure today. Feel free to contact me with any questions."),
    ],
))

# d09 notices the real purpose ------------------------------------------------------------------
o = first("Hi, I want a tablet for my father. Nothing expensive, something basic.")
PAIRS.append(rpair(
    "b32r_d09_electronics_tirana",
    "A man in a Tirana electronics store wants a cheap tablet for his 78-year-old father in Korça. Better learns it's "
    "for video calls with grandchildren in Italy, by a man with poor eyesight who has never used a touchscreen, and "
    "sets it up for that; worse sells the cheapest tablet correctly and leaves the set-up to them.",
    o,
    [
        t("Sure. What will he mostly use it for — and is he used to phones with screens?"),
        c("To talk to his grandchildren. My sister's kids are in Bologna. He's seventy-eight, in Korça, he has one "
          "of those old phones with buttons. Eyes not great, glasses thick like this. My mother is with him, but "
          "she's worse than him with technology.", None),
        t("So the whole point is video calls with the kids in Italy, for a man who's never used a touchscreen and "
          "struggles with small print. Then I'd take a 10-inch, not an 8 — bigger faces, bigger buttons. The Samsung A9+ is 21,000 lek. And we "
          "set it up before you leave: WhatsApp, big text, your sister's family as one picture on the home screen, "
          "nothing else. He touches the picture and it calls."),
        c("Twenty-one thousand is more than I wanted. There was one for fourteen in the window.", "too_expensive"),
        t("That one would work too; the screen's smaller and slower. I'd do the same set-up on it, free. But if he "
          "has to squint, he'll stop using it. Your call."),
        c("No, you're right. The big one. He needs to see their faces.", None),
    ],
    [
        t("Sure. Our most basic is the Lenovo Tab M8, 14,000 lek — eight inches, fine for browsing, YouTube, video calls."),
        c("Video calls, good, that's what it's for. He wants to talk to the grandchildren in Italy.", None),
        t("Perfect — front camera, works with WhatsApp and Viber, charger and one-year warranty included. Would you "
          "like a case? 1,500."),
        c("No case. Just the tablet.", "no_need"),
        t("No problem, 14,000 then. Here's the receipt. Set-up is easy, just follow the steps when you turn it on."),
        c("Okay, I'll figure it out with him at the weekend.", None),
        t("Great. If anything doesn't work, come back with the receipt."),
    ],
))

# d10 adapts to an elderly customer -------------------------------------------------------------
o = first("Good morning, my daughter. I am a retired teacher. My pension for this month, it has not come. I went "
          "to the bank two times.")
PAIRS.append(rpair(
    "b32r_d10_pension_tamale",
    "A retired teacher with poor eyesight comes to a pensions office counter in Tamale because his monthly pension "
    "hasn't arrived. Better goes at his pace, reassures him the money isn't lost, fixes the bank details on the spot "
    "and writes down the date and her name; worse is accurate but brisk and hands him a form to fill in.",
    o,
    [
        t("Good morning, Sir. Please sit. We'll find out together. Do you have your pension card or your number with you?"),
        c("Yes, here. The card. My eyes are not good for the small numbers.", None),
        t("I'll read it, no problem. ... I have you. Your money is not lost, Sir — it's here with us. It was paid on "
          "the 25th but came back, because your bank changed its name last year and the old account number doesn't "
          "work any more. Not your fault; it happened to many people. Do you have a bank book or any paper from the bank?"),
        c("This one. They gave it to me in January. I didn't know it was important. So my money is safe?", None),
        t("Safe. And that's the one we need. I'll update it now and write on this paper what I did. The money "
          "reaches your account within five working days — by next Friday. If it's not there by Friday, come back and ask for me, Abiba, "
          "at this window. I'm writing my name here."),
        c("Abiba. Friday. God bless you, my daughter.", None),
    ],
    [
        t("Good morning. Pension number?"),
        c("Here, the card. The numbers are small for me.", None),
        t("Okay... your payment was returned by the bank, account invalid. After the bank merger your account "
          "number changed. You need to update your bank details on form PB-3, attach a statement or letter showing "
          "the new account, and submit it here. Processing is five to seven working days."),
        c("A form? A bank statement... I have this book from the bank. Is this okay?", None),
        t("Yes, that's fine, we'll take a copy. Fill in sections A and C and sign at the bottom. You can bring it "
          "back today or tomorrow."),
        c("My eyes... Can my grandson fill it for me? He is in school until three.", None),
        t("Yes, anyone can fill it, you just sign. Next, please."),
    ],
))

# f01 argues with the customer ------------------------------------------------------------------
o = first("Hello, this is Gulnara Abenova. The sofa you delivered yesterday — I ordered the sand colour, beige. "
          "What came is grey. Not beige. Grey.")
shared_t4 = t("Then it's our mistake — graphite went out instead of sand. I'm sorry. We'll swap it: the sand one is "
              "in the warehouse, we can bring it and take this one away on Thursday between ten and two. Does that work?")
shared_c5 = c("Thursday I'm at work until one. Can it be after?", None)
shared_t6 = t("Thursday two to six is free too — I've booked it. The driver calls an hour before; they bring the sand "
              "one and take the graphite in the same trip. Nothing to pay.")
shared_c7 = c("Good. Thank you.", None)
PAIRS.append(rpair(
    "b32r_f01_sofa_shymkent",
    "A customer phones a Shymkent furniture store: the sofa delivered yesterday is grey, not the beige 'sand' she "
    "ordered. In worse the trainee argues that it's the lighting before the label settles it; otherwise the two "
    "conversations are the same.",
    o,
    [
        t("Hello, Gulnara. I'm sorry — let me pull up the order. ... It says 'Milano, three-seater, sand'. Could you "
          "send me a photo of the label under the seat cushion? It has the colour code."),
        c("One moment. ... Sent. It says 'Milano 3, graphite'.", None),
        shared_t4, shared_c5, shared_t6, shared_c7,
    ],
    [
        t("Hello, Gulnara. Let me pull up the order. ... It says 'Milano, three-seater, sand'. Honestly, sand often "
          "looks grey at home in cold light — we get calls about this a lot. I really think it's the same fabric; "
          "it's the lighting."),
        c("It's not the lighting, I have eyes. It's next to my beige curtains and it's grey. Look, I'm sending you "
          "the label from under the cushion — 'Milano 3, graphite'.", None),
        shared_t4, shared_c5, shared_t6, shared_c7,
    ],
))

# f02 doubts the customer's honesty -------------------------------------------------------------
o = first("Salam. I bought these yesterday — look at the date, it expired three days ago. My son drank one before "
          "I saw. He's fine, but really.")
shared_t2 = t("Salam. Oh — you're right, the 14th. That should never have been on the shelf, I'm sorry. Is your son "
              "okay, no stomach ache?")
shared_c3 = c("He's fine, hamdullah. Just a scare.", None)
shared_t6 = t("Done — 24 dirhams back on the card. And take a fresh pack, on us, for the trouble.")
PAIRS.append(rpair(
    "b32r_f02_supermarket_tangier",
    "A mother brings expired yoghurts back to a Tangier supermarket's customer desk. In worse the trainee asks "
    "whether she might have brought them from another shop or from home; otherwise the two are the same.",
    o,
    [
        shared_t2, shared_c3,
        t("Good. I'll refund the pack — 24 dirhams — and I'm asking the dairy section to check the whole shelf now. "
          "Do you have the receipt, or shall I do it on your loyalty card?"),
        c("On the card. I don't keep receipts.", None),
        shared_t6,
        c("That's kind. Thank you, really.", None),
    ],
    [
        shared_t2, shared_c3,
        t("Good. I'll refund the pack — 24 dirhams — and I'm asking the dairy section to check the whole shelf now. "
          "But do you have the receipt? We check the dates every morning, and sometimes people bring things from "
          "other shops, or from home."),
        c("From home? I'm not a thief. It has your store's sticker on it, look. And it's on my loyalty card, check it.", None),
        shared_t6,
        c("Fine. But don't talk to people like that.", None),
    ],
))

# f03 haggles on price at once -------------------------------------------------------------------
o = first("hello, i saw your IELTS course, 12 weeks 1200 lari. its a lot for me. i am nurse")
shared_t4 = t("Then you don't need 12 weeks of everything — your reading and listening are already there. We have "
              "a writing and speaking module: 6 weeks, 650 lari, two evenings a week.")
shared_c5 = c("shifts change every week, some weeks nights. i cant promise two evenings", "no_time")
shared_t6 = t("Then private lessons may suit you better — you book each one when you know your shifts. 10 lessons, "
              "600 lari. Want a free 20-minute writing check with the teacher first, so she tells you honestly how "
              "far you are from 7?")
shared_c7 = c("yes thats good. thursday morning possible?", None)
shared_t8 = t("Thursday 10:00 with Tamar, online. I'll send you the link tomorrow.")
PAIRS.append(rpair(
    "b32r_f03_english_kutaisi",
    "A nurse in Kutaisi writes to a language school that its 1,200-lari IELTS course is a lot for her. In worse the "
    "trainee answers the price remark with an immediate discount instead of first asking what she needs the exam "
    "for; otherwise the two are the same.",
    o,
    [
        t("Hello! I understand, it's a real amount. Can I ask what you need IELTS for, and which score? Sometimes "
          "people don't need the whole course."),
        c("for nursing registration in UK. i need 7 in every part. practice test: reading and listening 7, writing "
          "6, speaking 6.5", None),
        shared_t4, shared_c5, shared_t6, shared_c7, shared_t8,
    ],
    [
        t("Hello! I understand. For nurses we can do 15% off — 1,020 lari. And if you pay everything now, 20% off, 960."),
        c("960 still a lot for me. and i only need writing and speaking really, my reading and listening are already 7", "too_expensive"),
        shared_t4, shared_c5, shared_t6, shared_c7, shared_t8,
    ],
))

# f04 gives unasked advice ----------------------------------------------------------------------
o = first("bok! can i book a cut + root touch up for saturday? going to a wedding on sunday")
shared_t2 = t("Bok! Ooh, a wedding, nice 😊 Saturday we have 9:00 or 14:30 with Ivana. Same colour as last time, or "
              "something different for the wedding?")
shared_c3 = c("same colour. i did the roots myself last time with a box dye so maybe ivana will hate me lol", None)
shared_t6 = t("Last time was the cut only, 45. Roots alone are 20, so together it would be 65 — booked as one "
              "appointment it's 55. If you'd like to keep it lower, Ivana can do the roots and just a fringe trim for 35.")
shared_c7 = c("no full cut, its a wedding haha. 14:30 pls", None)
shared_t8 = t("Booked: Saturday 14:30, Ivana, cut and roots. If you like, bring a photo of the dress or how you'll wear "
              "your hair, so she can cut with that in mind.")
PAIRS.append(rpair(
    "b32r_f04_hairsalon_rijeka",
    "A client messages a Rijeka hair salon on Instagram to book a cut and root touch-up before a wedding and mentions "
    "she used a box dye. In worse the trainee lectures her about box dye; otherwise the two are the same.",
    o,
    [
        shared_t2, shared_c3,
        t("She's seen everything, don't worry 😄 She'll match it. Roots and cut together are 55 EUR, about 2 hours."),
        c("55? last time it was 45 😬", "too_expensive"),
        shared_t6, shared_c7, shared_t8,
    ],
    [
        shared_t2, shared_c3,
        t("She'll match it. But honestly, you should stop using box dye — it builds up, damages the ends and it's "
          "much harder for us to fix afterwards. Roots and cut together are 55 EUR, about 2 hours."),
        c("ok i didnt ask about the box dye but fine. 55? last time it was 45 😬", "too_expensive"),
        shared_t6, shared_c7, shared_t8,
    ],
))

# f05 gives no date for the fix ------------------------------------------------------------------
o = first("Hello, I'm calling from Tumanyan Street, near number 40. The rubbish hasn't been collected for eight "
          "days. The bins are overflowing, there are dogs everywhere, and it's starting to smell.")
shared_t2 = t("Hello. Eight days — I'm sorry, that's far too long. Let me check the route for Tumanyan Street. ... "
              "I see it: the truck for your district broke down last Monday, and your street was skipped twice.")
shared_c3 = c("Twice! And nobody told us anything.", None)
PAIRS.append(rpair(
    "b32r_f05_municipal_vanadzor",
    "A resident phones the municipal services line in Vanadzor because rubbish hasn't been collected in her street "
    "for eight days. In worse the trainee gives no time for the collection or for escalating; otherwise the two "
    "are the same.",
    o,
    [
        shared_t2, shared_c3,
        t("You're right, we should have. The truck is back from the garage. I've put Tumanyan Street first on "
          "tomorrow's round — before nine in the morning — and asked for an extra pick-up on Saturday for everything "
          "that's piled up."),
        c("Tomorrow before nine. I'll believe it when I see it.", None),
        t("Fair enough. Your complaint number is 4471. If the truck hasn't come by ten tomorrow, call this number with "
          "it and I'll take it straight to the head of sanitation. I'm Armen."),
        c("Armen, 4471, ten o'clock. Okay.", None),
    ],
    [
        shared_t2, shared_c3,
        t("You're right, we should have. The truck is back from the garage and the crews are working through the "
          "backlog. Your street is on the list, we'll get to it as quickly as we can."),
        c("On the list. When — tomorrow? Next week? Children walk past this every day.", None),
        t("I can't say exactly, it depends on the crews. Your complaint number is 4471. If nothing happens, call this "
          "number with it and I'll pass it on. I'm Armen."),
        c("If nothing happens by when? ... Fine. 4471.", None),
    ],
))

# f06 promises what cannot be guaranteed ---------------------------------------------------------
o = first("Good morning. My brother is getting married in Hamburg in six weeks. I need the visa. Can you make sure "
          "I get it in time?")
shared_t4 = t("That helps. For a family visit they'll want your brother's invitation, proof of your job here, six "
              "months of bank statements and the wedding invitation. Appointments are about two weeks out right now, "
              "and decisions take around 15 working days, so it's tight but possible if we file this week.")
shared_c5 = c("2,500 pounds just for paperwork? My cousin did his by himself.", "too_expensive")
shared_t6 = t("Plenty of people do it themselves, honestly. What we add is checking every page against the embassy's "
              "list and getting the appointment, which is the hard part right now. If your brother can send the "
              "invitation by Thursday, we book the next free slot.")
PAIRS.append(rpair(
    "b32r_f06_visa_cairo",
    "A man asks a Cairo visa-application service to make sure he gets a Schengen visa in time for his brother's "
    "wedding. In worse the trainee promises he will get it and on time — a decision only the embassy makes; "
    "otherwise the two are the same.",
    o,
    [
        t("Good morning, and congratulations to your brother. I'll be honest from the start: the decision is the "
          "embassy's, not ours — nobody can promise you the visa. What we can do is make your file as strong as "
          "possible and get the earliest appointment. Our fee is 2,500 pounds, plus the embassy's own fee. Have you "
          "travelled to Europe before?"),
        c("Once, Italy, 2019, for work. I came back on time.", None),
        shared_t4, shared_c5, shared_t6,
        c("I'll call him tonight. Thank you for being straight with me.", None),
    ],
    [
        t("Good morning, and congratulations to your brother. Don't worry — with us you'll get it. We've never had a "
          "client refused for a family visit, and you'll have it back in time for the wedding. Our fee is 2,500 "
          "pounds, plus the embassy's own fee. Have you travelled to Europe before?"),
        c("Never refused? My colleague was refused last year, and he used an agency too. Well — Italy once, 2019, "
          "for work. I came back on time.", None),
        shared_t4, shared_c5, shared_t6,
        c("I'll call him tonight.", None),
    ],
))

# f07 does not check the fix worked --------------------------------------------------------------
o = first("bonjour, the printer in the office doesnt print from Salma's computer. other 2 pcs ok. she has to send "
          "the invoices today")
shared_t2 = t("Bonjour! Let's fix it. What happens when Salma prints — an error, or nothing at all?")
shared_c3 = c("nothing. it goes in the queue and stays. says 'offline'", None)
shared_t6 = t("To stop it happening again, I'll give the printer a fixed address on the router tonight after 18:00, "
              "so it doesn't move when the router restarts. Nothing needed from you.")
PAIRS.append(rpair(
    "b32r_f07_ithelpdesk_sousse",
    "The office manager of a small accounting firm in Sousse writes to their IT support chat: one PC can't print, "
    "and invoices must go out today. In worse the trainee makes the fix but never has anyone print to check it "
    "worked; otherwise the two are the same.",
    o,
    [
        shared_t2, shared_c3,
        t("OK, I'm connected to her PC remotely. The printer's address changed when the router restarted at the "
          "weekend, and her PC still points to the old one. I've updated it. Can you ask her to print a test page and "
          "tell me if it comes out?"),
        c("she printed. it came out 👍 the invoices are printing now", None),
        shared_t6,
        c("perfect merci", None),
    ],
    [
        shared_t2, shared_c3,
        t("OK, I'm connected to her PC remotely. The printer's address changed when the router restarted at the "
          "weekend, and her PC still points to the old one. I've updated it, so it should work now."),
        c("ok, i will tell her when she comes back from lunch", None),
        shared_t6,
        c("ok merci. i hope it works, she really needs those invoices out today", None),
    ],
))

# f08 recommends before asking ------------------------------------------------------------------
o = first("Salamu alaikum. I need a generator for my shop. Light is not stable at all this month, my work is suffering.")
shared_t4 = t("The iron is the hungry one — the machines and fans are small. Running the iron and all three "
              "machines together you need about 3.5 kVA. This Firman 3.5 petrol is 480,000 naira. If you never iron "
              "while sewing, a 2.5 would do for 350,000 — but with tailoring, you will iron.")
shared_c5 = c("Ha, we iron all day. 480 is heavy, but the work can't stop. Does it drink petrol a lot?", "too_expensive")
shared_t6 = t("About a litre an hour at that load. Let me show you how to start it and check the oil, and we fill "
              "the oil for free before you take it.")
shared_c7 = c("Okay. Let's do it.", None)
PAIRS.append(rpair(
    "b32r_f08_generator_kano",
    "A tailor in Kano comes to a generator dealer because of unstable power. In worse the trainee recommends a large "
    "diesel generator before asking what the shop runs; otherwise the two are the same.",
    o,
    [
        t("Wa alaikum salam. Sorry about the light, it's been bad everywhere this month. What kind of shop is it, and "
          "what do you need running when the light goes?"),
        c("Tailoring. Three electric sewing machines, two fans, the lights, and an iron sometimes.", None),
        shared_t4, shared_c5, shared_t6, shared_c7,
    ],
    [
        t("Wa alaikum salam. Sorry about the light. For a shop, take this one — the Mikano 10 kVA diesel. Strongest "
          "we have, runs everything, very durable. 3.2 million."),
        c("Three million? I'm a tailor, not a bank. I have three sewing machines, two fans, the lights, and an iron "
          "sometimes.", "too_expensive"),
        shared_t4, shared_c5, shared_t6, shared_c7,
    ],
))

# f09 unexplained jargon ------------------------------------------------------------------------
o = first("Hi, I'm picking up my blood results, Rima Khoury. I saw on the app there's something in red and I've "
          "been worried all night.")
shared_c5_tail = "My mother has diabetes, that's why I got scared."
shared_t6 = t("That makes sense — and it's a good reason your doctor will want to talk it through. I'd book with him "
              "in the next couple of weeks and take this page. Shall I send the results to him directly?")
shared_c7 = c("Yes, please. Dr Saad, at the Nini hospital.", None)
shared_t8 = t("Sent to Dr Saad now. He'll have them before your appointment.")
PAIRS.append(rpair(
    "b32r_f09_medlab_tripoli",
    "An anxious patient collects blood results from a medical laboratory in Tripoli, Lebanon, with one value flagged "
    "red. In worse the trainee explains it in unexplained lab abbreviations; otherwise the two are the same.",
    o,
    [
        t("Hi Rima. Let's look at it together so you're not guessing. The red one is your HbA1c, 6.1 — that's your "
          "average blood sugar over the last three months. Normal is under 5.7, and diabetes starts at 6.5."),
        c("So I'm... diabetic?", None),
        t("No — 6.1 is between the two. Doctors call it pre-diabetes: the sugar is a bit higher than it should be, and "
          "it's the stage where food and exercise often bring it back down. Everything else on the page is normal, "
          "including your cholesterol and thyroid."),
        c("Okay. Okay. " + shared_c5_tail, None),
        shared_t6, shared_c7, shared_t8,
    ],
    [
        t("Hi Rima. The flagged one is your HbA1c, 6.1, above the reference interval. Normal is under 5.7 and the "
          "cut-off for DM is 6.5."),
        c("DM? Sorry, I don't understand any of this. Is it diabetes?", None),
        t("Not DM — 6.1 is in the IFG/IGT range, so prediabetic. Your lipid panel and TSH are WNL."),
        c("I don't know what half of those words mean. " + shared_c5_tail, None),
        shared_t6, shared_c7, shared_t8,
    ],
))

# f10 makes it about themselves -----------------------------------------------------------------
o = first("Bonjour, good afternoon. My daughter is getting married in December, and we'll do the reception in our "
          "courtyard. About 250 people. I need tents and chairs.")
shared_t2 = t("Bonjour Madame, and félicitations! A courtyard reception, lovely. How big is the courtyard, and is the "
              "ground sand or tiles?")
shared_c3 = c("It's big, maybe thirty metres by twenty. Sand, mostly, with a mango tree in the middle that we can't cut.", None)
shared_t6 = t("Of course. Our team can come on Saturday morning to measure the courtyard, and the same day you can see "
              "the tents at our depot by the Grand Marché. I'll confirm the price in writing after the measurements.")
shared_c7 = c("Saturday morning, yes. Ten o'clock.", None)
PAIRS.append(rpair(
    "b32r_f10_tentrental_bouake",
    "A mother in Bouaké phones an event tent and chair rental firm for her daughter's wedding reception in the family "
    "courtyard. In worse the trainee turns the mango tree into a long story about his own wedding; otherwise the two "
    "are the same.",
    o,
    [
        shared_t2, shared_c3,
        t("The mango tree we can work around: two tents instead of one, one each side, and the tree in the middle "
          "with lights in it. For 250 seated — two tents of 15 by 10, 250 chairs with covers, 25 round tables — about "
          "1,150,000 CFA for the day, set-up and removal included."),
        c("One million one hundred... It's a lot, but it's my only daughter. Can I see the tents first?", "too_expensive"),
        shared_t6, shared_c7,
    ],
    [
        shared_t2, shared_c3,
        t("A mango tree! You know, at my own wedding we had one just like that. My uncle wanted to cut it down, my "
          "wife's mother nearly called the whole thing off, and in the end we put the tent half under it — and the "
          "birds, Madame, the birds! My wife still talks about it. Ha. Anyway: two tents, one each side, 250 chairs "
          "with covers, 25 round tables — about 1,150,000 CFA for the day, set-up and removal included."),
        c("Ha... yes. Well. One million one hundred, it's a lot, but it's my only daughter. Can I see the tents first?", "too_expensive"),
        shared_t6, shared_c7,
    ],
))
