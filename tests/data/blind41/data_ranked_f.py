"""Ranked pairs f01-f10: the two sides share their turns (the same variables) except ONE fault in `worse`,
in the spec's order. The customer's next line reacts to the fault where a real customer would. Written by hand."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer - consumer, Limassol (Cyprus), spoken
o = c("Good morning. Room 412. I did not sleep at all, the music from the beach club was until three o'clock. The "
      "bass, boom, boom, in the bed. I want another room, please, on the other side.", None)
good1 = t("Good morning. I'm sorry, that sounds like an awful night; on Fridays the club is loud on that side. Let me "
          "see what's free on the mountain side.")
bad1 = t("Good morning. Actually, our rooms are soundproofed, and the club has to stop at one by law. Are you sure it "
         "wasn't a party at another hotel?")
good1c = c("Thank you. I have a conference at ten, I can't do another night like this.", None)
bad1c = c("I'm telling you, it was until three, I heard every song. Why would I invent it? I have a conference at ten, I "
          "can't do another night like this.", None)
room = t("I have 218 on the mountain side, the same type of room. Housekeeping can move your luggage while you're at "
         "the conference, and the key will be ready at twelve.")
good2c = c("Perfect. That's all I wanted.", None)
bad2c = c("Fine. Move me. But please don't tell me what I heard.", None)
table = t("And may I book you a table on the rooftop tonight, on the house, for the trouble?")
table_c = c("Thank you, but tonight I have dinner with the conference people. Maybe another time.", "no_time")
PAIRS.append(rpair(
    "b41r_f01_limassol_room",
    "At 8 a.m. a guest at a Limassol seafront hotel comes to reception after a night kept awake by the beach club's "
    "music and asks for a room on the other side.",
    o, [good1, good1c, room, good2c, table, table_c], [bad1, bad1c, room, bad2c, table, table_c]))

# f02 doubts the customer's honesty - consumer, Tabriz (Iran), typed
o = c("salam, order 99812, tracking says delivered yesterday 16:20 but I didn't receive anything. I was home all day "
      "and nobody rang", None)
ask = t("Salam, sorry about this. I see the courier marked it delivered at 16:20, with no signature. Is there a guard or "
        "concierge in your building?")
ask_c = c("yes there is a guard downstairs, but he always calls me when a package comes", None)
good = t("Sometimes couriers leave it with the guard or a neighbour and it gets forgotten. Could you ask him and your "
         "neighbours? Meanwhile I'm opening a trace with the courier.")
bad = t("To be honest, we do get customers who say they didn't receive things when they did. Are you sure nobody in "
        "your family took it in?")
good_c = c("ok I'll ask him, one minute... he doesn't have it. neighbour also no", None)
bad_c = c("excuse me? I live alone. are you calling me a liar? I already asked the guard, he doesn't have it", None)
trace = t("I've opened a trace with the courier; they have 48 hours to find it. If they can't, we send a new pair or "
          "refund you, whichever you prefer.")
good_end = c("ok if not found send a new one pls. thanks", None)
bad_end = c("refund. i won't order here again after being talked to like that", None)
PAIRS.append(rpair(
    "b41r_f02_tabriz_parcel",
    "A customer in Tabriz messages an online electronics shop: the tracking says her headphones were delivered "
    "yesterday afternoon, but she was at home and received nothing.",
    o, [ask, ask_c, good, good_c, trace, good_end], [ask, ask_c, bad, bad_c, trace, bad_end]))

# f03 haggles on price at once - B2B, Sigsig / Cuenca (Ecuador), spoken, non-native
o = c("Buenos días. I'm calling from the Asociación de Tejedoras in Sígsig, the toquilla straw hats. We have a new "
      "buyer in Osaka, they want samples, six hats. I never sent anything to Japan. How does it work?", None)
good = t("Buenos días. Happy to explain. For six hats, how will you pack them, a box each or nested together? And do "
         "they need to arrive by a certain date?")
bad = t("Buenos días. For Japan it's normally ninety-five dollars, but for you I can do seventy, or even sixty-five if "
        "you send with us regularly. What do you say, sixty-five?")
good_c = c("Nested, in one box. The buyer wants them before the 20th, for a presentation.", None)
bad_c = c("Eh... I don't know yet if sixty-five is cheap or expensive, I asked how it works. They are nested, in one "
          "box, and they must arrive before the 20th.", None)
how = t("Six hats nested in a rigid box, about forty by forty by twenty-five, go as samples with a commercial invoice "
        "marked 'no commercial value', so the buyer pays no import duty. Door to door to Osaka is five to seven working "
        "days.")
how_c = c("Five to seven days, good, so if I send this week it arrives in time. What papers do I need?", None)
papers = t("Only that invoice, and the buyer's address and phone number; I'll email you a template. You can bring the "
           "box to our office on Avenida Solano, or we collect in Sígsig on Thursdays.")
papers_c = c("Thursday collection is better, the road to Cuenca takes me two hours. I send you the address today.", None)
PAIRS.append(rpair(
    "b41r_f03_cuenca_samples",
    "The coordinator of a straw-hat weavers' cooperative near Cuenca calls a courier company: a new buyer in Osaka "
    "wants six sample hats, and she has never shipped to Japan.",
    o, [good, good_c, how, how_c, papers, papers_c], [bad, bad_c, how, how_c, papers, papers_c]))

# f04 unasked advice / lecture - consumer, Liverpool, spoken, elderly
o = c("Hello, love. I've got the new card you sent, and I've put twenty pound on it at the shop, but the meter won't "
      "take it. It just says 'card error'. It's freezing in here.", None)
card = t("Hello. Let's get that sorted for you. Is the new card the blue one, with a number ending 8203 on the back?")
card_c = c("Hang on, where's me glasses... yeah, 8203. Blue.", None)
good = t("Right. A new card has to be paired with the meter first. Put the card in, take it out when it beeps, then put "
         "it back in and hold the red A button for five seconds.")
bad = t("Right. Before we do that, can I just say, it's worth thinking about how you heat the place. A lot of older "
        "customers keep the heating on all day when they'd be better off heating one room and wearing an extra layer, "
        "it'd save you a fortune. Anyway, put the card in, take it out when it beeps, then back in and hold the red A "
        "button for five seconds.")
good_c = c("Right... beep... and holding... it says 'credit accepted'! Twenty pound.", None)
bad_c = c("I only put the heating on when I'm cold, son, I'm not soft in the head. Right... beep... holding... 'credit "
          "accepted'.", None)
smart = t("That's it, you're topped up. While I've got you, we could swap that meter for a smart one, so you can top up "
          "by phone without going to the shop. The fitting's free. Would that help?")
smart_c = c("Ooh, not right now, love. Let me get warm first, eh.", "brush_off")
PAIRS.append(rpair(
    "b41r_f04_liverpool_meter",
    "A pensioner in Liverpool phones his energy supplier on a cold evening: the new prepayment card won't top up his "
    "gas meter, which shows 'card error'.",
    o, [card, card_c, good, good_c, smart, smart_c], [card, card_c, bad, bad_c, smart, smart_c]))

# f05 no date for the fix - consumer, Aberystwyth (Wales), spoken, student
o = c("Hi, I'm calling from 14 Trefechan Road, the student house. Our boiler's stopped doing hot water since "
      "yesterday, there's a red light flashing and the pressure gauge thing says zero. There's five of us and no "
      "showers.", None)
leak = t("Sorry to hear that. Zero pressure usually means the system needs topping up, or there's a leak. Can you see "
         "any water under the boiler or round the radiators?")
leak_c = c("No, nothing wet that I can see. I looked under it with my phone torch.", None)
good = t("Good. I'm sending our Gas Safe engineer, Dafydd. He can come tomorrow, Thursday, between eight and twelve. "
         "Someone needs to be in to let him in.")
bad = t("Good. I'm logging it with our Gas Safe engineer, and he'll be in touch to arrange a time to come out.")
good_c = c("Tomorrow morning, yeah, I'll be in, I've got nothing till two.", None)
bad_c = c("Okay, but when, roughly? Like, this week? There's five of us with no hot water.", None)
shower = t("In the meantime, the electric shower in the downstairs bathroom isn't on the boiler, so that one still "
           "works.")
good_end = c("Oh, I didn't even know that one worked. Nice one, cheers.", None)
bad_end = c("Okay... I'll tell the others. Would still be good to know when he's coming, though.", None)
PAIRS.append(rpair(
    "b41r_f05_aberystwyth_boiler",
    "A student in a shared house in Aberystwyth rings the letting agency's maintenance line: the boiler has stopped "
    "giving hot water, with a flashing red light and zero pressure.",
    o, [leak, leak_c, good, good_c, shower, good_end], [leak, leak_c, bad, bad_c, shower, bad_end]))

# f06 promises what can't be guaranteed - consumer, Funchal (Madeira, Portugal), typed
o = c("hi!! my phone fell in the sea at praia formosa 😭 its off and wont turn on. i have all the holiday photos on it "
      "and nothing backed up. can you fix it?", None)
first = t("Hi, sorry! First: don't try to charge it or switch it on, and no rice, it doesn't help. Which model is it?")
first_c = c("iphone 12. ok i wont touch it. can you save the photos??", None)
good = t("Salt water is the worst case, so I can't promise. What we do: open it today, clean the board in an ultrasonic "
         "bath, and try to get it running long enough to copy the photos off. When it comes in the same day it works "
         "maybe 6 times out of 10.")
bad = t("Don't worry, we'll definitely get your photos back, we always do. We open it today, clean the board in an "
        "ultrasonic bath and copy everything off.")
good_c = c("6 out of 10... ok better than nothing. how much?", None)
bad_c = c("omg thank you so much!!! you're a lifesaver. how much?", None)
price = t("Diagnosis and cleaning is €60. If the photos are recovered, the data recovery is another €90. After that we "
          "can also set up automatic cloud backup for you, €15. Can you bring it before 6pm? We're on Rua do Carmo.")
price_c = c("backup maybe later lol, first the photos. on my way, 20 min 🙏", "brush_off")
PAIRS.append(rpair(
    "b41r_f06_funchal_phone",
    "A tourist in Funchal messages a phone-repair shop: her phone fell into the sea at Praia Formosa, won't switch on, "
    "and holds all her unsaved holiday photos.",
    o, [first, first_c, good, good_c, price, price_c], [first, first_c, bad, bad_c, price, price_c]))

# f07 doesn't check the fix worked - consumer, Granada, spoken, elderly
o = c("Hello, good evening. My television says 'no signal', since the storm yesterday. I want to watch the news, and "
      "my programme at ten. My grandson set it up, I don't understand the cables.", None)
back = t("Good evening, señora. Don't worry, we'll do it together. On the back of the small black box there's a thick "
         "round cable that screws on. Can you see it?")
back_c = c("Wait, I bring the lamp... yes, a round one. It's a little bit loose.", None)
tight = t("That's probably it. Turn it to the right, gently, until it's tight. Then press the red button on the remote "
          "to restart the box.")
tight_c = c("There. Tight. And the red button... now the box is doing the little lights.", None)
good = t("It takes about a minute. Let's wait together... Now press 1 on the remote. Do you see the news channel?")
good_c = c("Yes! There's the presenter. Ay, thank God.", None)
good_end = t("Good. If it happens again after a storm, check that cable first. Enjoy your programme at ten.")
bad = t("Perfect, that should fix it, it takes about a minute to come back. Is there anything else I can help you "
        "with?")
bad_c = c("Oh... no, thank you. The screen is still black, but you say one minute... okay. Goodbye.", None)
bad_end = t("Goodbye, have a nice evening.")
PAIRS.append(rpair(
    "b41r_f07_granada_tvbox",
    "An elderly woman in Granada phones her TV provider in the evening: since yesterday's storm the set-top box shows "
    "'no signal', and her grandson, who set it up, isn't there.",
    o, [back, back_c, tight, tight_c, good, good_c, good_end], [back, back_c, tight, tight_c, bad, bad_c, bad_end]))

# f08 recommends before asking - B2B, Luxor West Bank (Egypt), spoken, non-native
o = c("Good morning. I have a small hotel in Luxor, on the West Bank, fourteen rooms. This summer four air "
      "conditioners died, in forty-seven degrees, the guests were very angry. I want to change them before next "
      "summer. What do you have?", None)
good = t("Good morning. Before I recommend anything: how big are the rooms, roughly, are the old units split or "
         "window units, and is your electricity stable? On the West Bank the voltage drops kill a lot of compressors.")
bad = t("Good morning. For Luxor I recommend the 18,000 BTU inverter split, thirty-eight thousand pounds each, the "
        "strongest for the heat. For fourteen rooms we give you a good price.")
good_c = c("Most rooms are about twenty metres, some small ones twelve. The old ones are split, Chinese, twelve years "
           "old. The electricity, yes, the voltage goes down a lot in the evenings.", None)
bad_c = c("Eighteen thousand BTU for every room? Some rooms are small, twelve metres. And the electricity here goes "
          "down a lot in the evenings, I think that's what killed the old ones.", None)
plan = t("Then for the twenty-metre rooms a 12,000 BTU inverter is enough, and 9,000 for the small ones. Inverters cope "
         "better with voltage drops, but I'd add a voltage protector on each unit, twelve hundred pounds; it saves the "
         "compressor. I'll come on Saturday to see the rooms and the electrical board, then you get an exact price. No "
         "charge for the visit.")
plan_c = c("Saturday is bad, the Nile cruise groups arrive and I'm alone at reception. Sunday morning is possible?",
           "no_time")
sunday = t("Sunday at ten, then. I bring the catalogue with me, inshallah.")
PAIRS.append(rpair(
    "b41r_f08_luxor_aircon",
    "The owner of a fourteen-room family hotel on Luxor's West Bank calls an air-conditioning supplier after four old "
    "units failed during the summer heat.",
    o, [good, good_c, plan, plan_c, sunday], [bad, bad_c, plan, plan_c, sunday]))

# f09 unexplained jargon - consumer, Palermo, spoken, first-time buyers
o = c("Buongiorno. We found a flat, in Noce, a hundred and sixty thousand. We have thirty-two thousand saved. We want "
      "to know if the bank gives us the mortgage, and how much we pay every month.", None)
income = t("Buongiorno, and congratulations on finding it. What are your incomes, roughly, and are your jobs "
           "permanent?")
income_c = c("I'm a nurse at the Civico, permanent contract. My husband is an electrician, self-employed, he earns about "
             "the same. Together maybe three thousand two hundred net.", None)
good = t("Good. You'd borrow a hundred and twenty-eight thousand, that's eighty percent of the price, the most we "
         "usually lend. Over twenty-five years at a fixed rate, the payment is about six hundred and thirty-five euros "
         "a month. Fixed means it never changes, even if rates go up.")
bad = t("Good. So that's an LTV of eighty percent, within our max. On a twenty-five-year fixed, TAN three point four, "
        "TAEG around three point seven with the CPI and the perizia, the rata comes to about six-thirty-five. And your "
        "DTI is fine.")
good_c = c("Six hundred and thirty-five, we pay more than that in rent now. Okay. What do you need from us?", None)
bad_c = c("Sorry... TAN, TAEG, DTI? I understood six hundred and thirty-five. The rest, what is it? Is there something "
          "more we have to pay?", None)
docs = t("From you: your last two pay slips, your husband's last two tax returns, and the preliminary contract for the "
         "flat. Then we send a surveyor to value the flat, which costs three hundred euros.")
good_end = c("Okay, we bring everything next week.", None)
bad_end = c("Okay... we bring the papers next week. But I still don't know what TAEG is.", None)
PAIRS.append(rpair(
    "b41r_f09_palermo_mortgage",
    "A young couple in Palermo meet a bank adviser about their first mortgage, for a flat in the Noce district.",
    o, [income, income_c, good, good_c, docs, good_end], [income, income_c, bad, bad_c, docs, bad_end]))

# f10 talks about themselves instead of the next step - consumer, Vava'u (Tonga), typed
o = c("hi! i want to book a whale swim in august, 2 people. my partner is a strong swimmer but im not great 😬 is that "
      "ok?", None)
reassure = t("Mālō e lelei! Yes, lots of our guests aren't strong swimmers. Everyone gets a wetsuit (it floats you) and "
             "you can hold the float line the whole time. A guide is in the water with you.")
reassure_c = c("oh thats reassuring. which days do u have in august?", None)
dates = t("We have space on 6, 9, 13 and 20 August, boats leave 8am from Neiafu harbour. Which suits you?")
self_talk = t("August is the best month! I've been guiding 11 years and last August a mother and calf stayed with us for "
              "40 minutes, honestly the best moment of my life, I cried into my mask 😂 I moved here from Auckland for "
              "the whales and never looked back.")
good_c = c("13th pls! how much is it and do we pay now?", None)
book = t("13th for 2, booked: TOP 450 each, 20% deposit now by card link, the rest on the day. Sending the link here.")
good_end = c("perfect, send it 👍", None)
bad_c = c("haha amazing 😄 but which days are free? we need to book our flights", None)
bad_end = c("ok... the 13th maybe. i'll check a couple of other operators in neiafu too and come back to you",
            "think_it_over")
PAIRS.append(rpair(
    "b41r_f10_vavau_whales",
    "A traveller messages a whale-swim operator in Vavaʻu, Tonga, to book a swim for two in August and asks whether a "
    "weak swimmer can join.",
    o, [reassure, reassure_c, dates, good_c, book, good_end], [reassure, reassure_c, self_talk, bad_c, dates, bad_end]))
