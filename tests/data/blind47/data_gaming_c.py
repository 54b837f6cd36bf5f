"""Gaming pairs, kinds 11-15 (two each). Written by hand for this set."""
from common import t, c, gpair

PAIRS = []

# 21 --------------------------------------------------------------- ignored_customer
o = c("Tere. I have a hair salon in Kalamaja, three chairs. Clients book in Instagram messages and I answer them at midnight. I want something easier, but half my clients are over sixty.", None)
PAIRS.append(gpair(
    "b47g_tallinn_booking", "booking-software start-up, Tallinn (Estonia)", "ignored_customer",
    "A salon owner meets a sales rep from a booking-software company about replacing Instagram bookings.",
    good=[
        o,
        t("Tere. Answering at midnight doesn't sound fun. The clients over sixty, how do they book now, by phone?"),
        c("Phone, or they just come in and say 'next Tuesday?'. They will never use an app.", None),
        t("Then they shouldn't have to. The calendar works both ways: younger clients book themselves through a link in your Instagram, and you or your staff type in the phone and walk-in bookings in the same calendar, so nobody double-books. Would all three stylists enter bookings, or only you?"),
        c("All three. But we are not computer people, honestly. The last system we tried, the girls hated it after one week.", "bad_experience"),
        t("What did they hate about it?"),
        c("Too many clicks. To move one appointment, like five screens.", None),
        t("Fair. Here moving one is drag-and-drop on the phone. Try it free for a month with the three of you; I'll come by for half an hour to set it up, and if the girls hate it, you cancel and pay nothing. After that it's 25 euros a month."),
        c("Okay, if you come, yes. We are closed Mondays, come Monday?", None),
    ],
    gaming=[
        o,
        t("Tere! Great to meet you. Tell me, what are your biggest challenges with bookings today?"),
        c("Instagram messages at midnight. And half my clients are over sixty, they book by phone, they'll never use an app.", None),
        t("Got it! So with our app, clients book in three taps, get reminders and pay a deposit in advance. Your clients will love it."),
        c("My clients won't touch it. Did you hear? They call me.", None),
        t("Absolutely. And what's your team like, are they comfortable with technology?"),
        c("No. We tried a system last year and the girls hated it, too many clicks.", "bad_experience"),
        t("Perfect. Then you'll love our new feature: online payments with Apple Pay and Google Pay, and an AI assistant that answers your Instagram messages. It's 49 a month, shall I set up your account?"),
        c("49 for a thing my clients won't use and my girls will hate? No, thank you.", "no_need"),
    ],
))

# 22 --------------------------------------------------------------- ignored_customer
o = c("Salaam. I do deliveries for restaurants in Saint-Louis, I need a moto. My old Jakarta is finished.", None)
PAIRS.append(gpair(
    "b47g_saintlouis_moto", "motorbike dealer, Saint-Louis (Senegal)", "ignored_customer",
    "A food-delivery rider shops for a new motorbike after his old one broke down for good.",
    good=[
        o,
        t("Malekum salaam. How many kilometres do you ride in a day, more or less, and do you carry heavy things?"),
        c("Maybe 80 kilometres. Food boxes, not heavy. But the road to Sor is bad, sand, holes.", None),
        t("And when the old one broke down, what was the problem: the engine, or parts you couldn't find?"),
        c("Parts! The garage needed two weeks to find the chain set. Two weeks with no work. That's why I'm scared of new brands.", "bad_experience"),
        t("Then parts matter more for you than the brand. This 125 is not the cheapest, 780,000, but chain, brake pads and tyres are in stock here and at three garages in Sor. The cheaper one, 620,000, its parts come from Dakar, sometimes a week."),
        c("780 is too much in one time. I can pay maybe 300 now.", "no_money"),
        t("We can do 300 down and the rest over ten months through the microfinance at the post office; I'll give you their paper. Take it, read the conditions, and don't sign anything you don't understand."),
        c("Okay, give me the paper. I come back with my brother Saturday.", "think_it_over"),
    ],
    gaming=[
        o,
        t("Salaam! Welcome. What are you looking for in your new moto?"),
        c("Something strong for bad roads, and parts easy to find. My Jakarta waited two weeks for a chain, two weeks no work.", None),
        t("Perfect! Look at this one, the new 150, very beautiful, digital screen, 690,000. Very modern."),
        c("It's nice. But the parts, where do I find them in Saint-Louis?", None),
        t("Very good question! Tell me, what colour do you prefer, red or black?"),
        c("The colour doesn't matter. I asked about parts. If it breaks, I can't work.", None),
        t("Black is very popular. And for 690 we include a helmet. So, cash or transfer?"),
        c("Ah no. I'll ask at the other shop. And 690 I don't have anyway.", "no_money"),
    ],
))

# 23 --------------------------------------------------------------- repeated_questions
o = c("Salem. I want to look at used cars. Family car, we are five, plus my mother sometimes. Budget maybe 7 million tenge.", None)
PAIRS.append(gpair(
    "b47g_shymkent_usedcar", "used-car dealership, Shymkent (Kazakhstan)", "repeated_questions",
    "A father of three visits a used-car lot looking for a family car within a set budget.",
    good=[
        o,
        t("Salem. Five, plus your mother, so sometimes six. Is that often enough that you need a third row, or is it rare?"),
        c("Rare. Maybe twice a month to the village. Other times it's school and work in the city.", None),
        t("Then a five-seater is cheaper to buy and run. On the village trips, does your mother sit in the front?"),
        c("Yes, front. Okay, five seats is enough then. But the road to the village is gravel.", None),
        t("So: five seats, mostly city, gravel twice a month, around 7 million. I have two: a 2017 Hyundai Tucson, 6.8 million, 110,000 km, one owner, and a 2016 Kia Sportage, 6.4 million, 140,000 km. Both sit high enough for gravel."),
        c("The Tucson. But the last time I bought from a dealer, in Almaty, the kilometres were, how do you say, turned back.", "bad_experience"),
        t("Then don't trust my numbers either. Take it to an independent service for a check; if they find the mileage is wrong, we pay the diagnostic. The service book is here too. When do you want to drive it?"),
        c("Tomorrow after work, six o'clock. I bring my brother, he knows cars.", None),
    ],
    gaming=[
        o,
        t("Salem! Welcome. What kind of car are you looking for today?"),
        c("Family car, used. We are five, my mother sometimes. About 7 million.", None),
        t("Great. And what kind of budget are we talking about?"),
        c("I said, 7 million. Maybe a little more, not much.", None),
        t("Okay. And how many people will usually be in the car?"),
        c("Five. Sometimes six. I told you already.", None),
        t("Understood. So what would you say you need in a vehicle: family, business, something sporty?"),
        c("Family! Brother, are you listening? Forget it, I'll come another day.", None),
        t("Of course! Before you go, can you tell me your budget range, so I can prepare some options?"),
        c("Write '7 million'. For the third time.", None),
    ],
))

# 24 --------------------------------------------------------------- repeated_questions
o = c("Hello. I bought varifocal glasses here in March, and I still get dizzy on the stairs. They said I'd get used to them in two weeks.", None)
PAIRS.append(gpair(
    "b47g_odense_optician", "optician's shop, Odense (Denmark)", "repeated_questions",
    "An older customer returns to the optician three months after buying varifocals that still make her dizzy.",
    good=[
        o,
        t("I'm sorry, three months is too long to still be dizzy. Is it only on stairs, or also on the street, looking down at the ground?"),
        c("Stairs and kerbs. Reading is fine. The computer is... so-so, I tilt my head up.", None),
        t("Tilting up for the computer and dizzy looking down, that often means the frame sits a bit low, or the reading zone is too high for you. May I look at how they sit on your nose?"),
        c("Yes. But if it's new lenses, I can't pay again, they were 4,800 kroner and I'm a pensioner.", "no_money"),
        t("If the lenses were measured wrong, that's on us, not you. We have a three-month adaptation guarantee and you're just inside it. First I'll adjust the frame, two minutes; if that doesn't fix it, we remeasure and remake them free."),
        c("Oh, good. Adjust first, then.", None),
        t("Done. Look down at the floor now and tell me how it feels. Try it on your own stairs for a week; I've booked you on the 14th just in case, and noted the guarantee date so it doesn't run out."),
        c("It feels... yes, better already, I think. The 14th is fine.", None),
    ],
    gaming=[
        o,
        t("Hello! I'm sorry to hear that. Can you tell me about the problem?"),
        c("Dizzy on the stairs with the varifocals. Since March.", None),
        t("I see. And when exactly do you feel dizzy?"),
        c("On the stairs. And kerbs. I said.", None),
        t("Okay, thank you. And in which situations would you say the dizziness happens?"),
        c("...Stairs. Going down. Is something wrong with your hearing?", None),
        t("Sorry, just making sure I understand your needs. How would you describe your experience with the glasses so far?"),
        c("Dizzy. I've been dizzy since March. And if this ends with new lenses, I'm not paying you a second time for glasses that didn't work.", "bad_experience"),
        t("Totally understood. And just so I have the full picture, where do you usually notice the dizziness?"),
        c("I want to speak to the manager.", None),
    ],
))

# 25 --------------------------------------------------------------- wrong_paraphrase
o = c("Hi. We're a small brewery near Kaunas, we need labels for bottles. Small batches, like 500 of each beer, maybe six beers.", None)
PAIRS.append(gpair(
    "b47g_kaunas_labels", "label printing house, Kaunas (Lithuania)", "wrong_paraphrase",
    "A craft brewer emails and then calls a print shop about short runs of waterproof bottle labels.",
    good=[
        o,
        t("Hi! Six designs, 500 each. Do the bottles end up in ice buckets or fridges, so the labels need to survive water?"),
        c("Yes, bars put them in ice. Our current labels peel off, it's embarrassing.", None),
        t("Then paper is out: a film label with waterproof glue. Are the designs ready, and do you put the labels on by hand or with a machine?"),
        c("By hand. Designs are ready, PDF. We change the beers every season, so we don't want 5,000 of one.", None),
        t("So: six designs, 500 each, waterproof for ice buckets, applied by hand, changing every season. Digital print suits that, no plates. For 3,000 film labels it's about 420 euros, ready in five working days."),
        c("420. Hmm. The online printer in Germany is cheaper, I think 300-something.", "too_expensive"),
        t("Could be; worth checking whether theirs is film or paper, and the shipping. What I can do: print 50 of each as a test for 60 euros, you leave them in ice overnight. If they hold, the 60 comes off the full order."),
        c("Test first, that I like. I'll send the PDFs today.", None),
    ],
    gaming=[
        o,
        t("Hi! Thanks for reaching out. Tell me more about your labels."),
        c("Six beers, 500 labels each. Bars put the bottles in ice and our labels peel.", None),
        t("So what I'm hearing is you want to rebrand the whole brewery with a new premium look, and you're planning to scale up to big volumes, is that right?"),
        c("No... we just want labels that don't peel. Small batches.", None),
        t("Perfect, so to play it back: you want long runs of one design to get the unit cost down, so offset printing, minimum 10,000 per design. Did I understand you correctly?"),
        c("No. Six designs, 500 each. We change every season.", None),
        t("Got it, so a seasonal rebrand package with design services included. That's 2,400 euros and our designer can start Monday. Shall I send the contract?"),
        c("We have designs already, we don't need a designer. I'll find another printer.", "no_need"),
    ],
))

# 26 --------------------------------------------------------------- wrong_paraphrase
o = c("Good evening. My daughter's wedding is in December, about 200 guests. We want native food, afang, edikang ikong, and jollof for the young ones. What do you charge?", None)
PAIRS.append(gpair(
    "b47g_calabar_catering", "event caterer, Calabar (Nigeria)", "wrong_paraphrase",
    "The mother of a bride phones a caterer to price food for a wedding reception.",
    good=[
        o,
        t("Good evening, and congratulations! Before the price: is it buffet or served at the tables, and is the hall in Calabar town?"),
        c("Buffet. The hall is at Marian, near the church. And honestly, another caterer disappointed us at my son's wedding, the food finished by six o'clock.", "bad_experience"),
        t("That's painful, and people remember it. So enough food comes first for you. Do you expect more than 200? Calabar weddings often get extra guests."),
        c("Ehen, maybe 250 in reality. Let's say 250.", None),
        t("So: buffet at Marian, afang, edikang ikong, jollof, and food for 250, not 200, so nothing finishes early. That's about 4,500 naira a head, around 1.1 million with servers and warmers."),
        c("1.1 million. Hmm. I was hoping under one million.", "too_expensive"),
        t("I understand. If we drop the small chops and keep the soups and jollof, it comes to about 950,000, still for 250. I'll send a written menu with both options, and you can come for a free tasting before you decide."),
        c("Tasting, yes. Let me bring my husband on Saturday, he must also agree.", "think_it_over"),
    ],
    gaming=[
        o,
        t("Good evening and congratulations! Tell me about your vision for the day."),
        c("200 guests, buffet, native food: afang, edikang ikong, jollof. My son's caterer finished the food by six, I don't want that again.", "bad_experience"),
        t("So what I'm hearing is that you want a continental menu with plated service, to give the day a more international feel, is that right?"),
        c("Continental? No. Native food. Buffet.", None),
        t("Okay, let me play that back: 200 guests, and since budget is no problem for you, the Platinum package with the chocolate fountain and live band, correct?"),
        c("Who said budget is no problem? I never said that. Under one million is all I have.", "no_money"),
        t("Understood, so you'd like to secure Platinum with a deposit today. Just to confirm I have it right: cash or transfer?"),
        c("You didn't hear one thing I said. Goodnight.", None),
    ],
))

# 27 --------------------------------------------------------------- pitch_to_upset
o = c("Hello. My father died last week. I, uh... I don't know what to do about his bank account. The funeral home sent a bill.", None)
PAIRS.append(gpair(
    "b47g_oulu_bereavement", "bank branch, Oulu (Finland)", "pitch_to_upset",
    "A man whose father has just died comes to the bank about the funeral invoice and his father's account.",
    good=[
        o,
        t("I'm very sorry about your father. We'll take it one step at a time. Are you handling his affairs, or are there other family members too?"),
        c("Me and my sister. She lives in Sweden. I'm, um, doing the practical stuff.", None),
        t("Thank you. The funeral invoice can be paid straight from his account, even before the estate is settled; bring the invoice and the death certificate, or I can give you an upload link. Do you have the certificate yet?"),
        c("The extract from the population register, yes. Not the estate inventory, that's months away, right?", None),
        t("Right, the estate inventory comes later, within three months. For now: the funeral invoice paid from his account, his card closed so nothing runs on it, and I'll give you a list of what we'll need from you and your sister later. You don't have to do it all today."),
        c("Okay. Sorry, I... it's a lot.", None),
        t("It is. Take your time. Here's my direct number; call me, not the general line, whenever you have questions."),
        c("Thank you. That helps.", None),
    ],
    gaming=[
        o,
        t("I'm so sorry for your loss. This must be a difficult experience. How can I support you today?"),
        c("The funeral home sent a bill. My father's account... I don't know how it works.", None),
        t("Of course. And while we're at it, this is a good moment to think about your own family's future. Have you considered life insurance? Our FamilyCare plan starts at 19 euros a month."),
        c("I... no. I'm here about the funeral bill.", "no_need"),
        t("Absolutely, I understand. And when the inheritance comes through, many customers find it helps to talk to our investment adviser, so the money works for you. Shall I book you a meeting?"),
        c("He's been dead a week. I'm not thinking about investments.", "no_need"),
        t("Totally understandable. I'll just put a note so our adviser reaches out in a month. Is there anything else I can help with?"),
        c("The bill. I came for the bill. Can I talk to someone else?", None),
    ],
))

# 28 --------------------------------------------------------------- pitch_to_upset
o = c("My suitcase didn't arrive. Everything for my brother's wedding is in it, my suit, the gifts. The wedding is the day after tomorrow. I'm, honestly, I'm furious.", None)
PAIRS.append(gpair(
    "b47g_batumi_baggage", "airline baggage desk, Batumi airport (Georgia)", "pitch_to_upset",
    "An angry passenger reports a missing suitcase with his wedding clothes two days before the wedding.",
    good=[
        o,
        t("I understand, that's awful timing. Let me find it first. Can I have your baggage tag, the sticker on your boarding pass?"),
        c("Here. Istanbul connection. Forty minutes only, I told them it's too short.", None),
        t("Found it: it stayed in Istanbul and it's booked on tomorrow's flight, landing 14:10. We deliver to your address in Batumi the same evening. Where are you staying?"),
        c("Old Boulevard, my parents' place. Tomorrow evening is too late, the suit must be fitted tomorrow.", "no_time"),
        t("Understood. Then I'll note on the file that you collect it here yourself at 14:30, so you don't wait for the courier. And buy what you need for tonight, a shirt, toiletries; we refund up to 150 dollars for essentials with receipts."),
        c("150 doesn't buy a suit.", None),
        t("No, it doesn't, it's for essentials. If the bag isn't on the 14:10, call me on this number and I'll open the full clothing claim straight away. I'm writing your number down now."),
        c("Okay. 14:30 I'm here. Thank you.", None),
    ],
    gaming=[
        o,
        t("I'm sorry for the inconvenience! Your experience matters to us. Let me take a look."),
        c("Here is the tag. Istanbul, forty-minute connection.", None),
        t("Okay, it's in Istanbul, on tomorrow's flight. While I have you: since you fly with us often, have you heard of our Miles+ card? With priority baggage this would never happen."),
        c("Are you serious? My suit for my brother's wedding is in Istanbul and you sell me a card?", "no_need"),
        t("I totally hear you, and that's exactly why priority matters! It's 89 lari a year, and you also get lounge access in Tbilisi. Shall I sign you up now so it's active for your return?"),
        c("No. When do I get my bag?", "no_need"),
        t("It will be delivered within 48 hours. And for your return flight I can also offer a seat upgrade for 60 lari."),
        c("48 hours is after the wedding. Give me the complaint form.", None),
    ],
))

# 29 --------------------------------------------------------------- blame
o = c("hi my laptop wont start since yesterday, just black screen and the fan spins. i have my thesis on it, due in two weeks", None)
PAIRS.append(gpair(
    "b47g_uppsala_laptop", "computer repair shop, Uppsala (Sweden)", "blame",
    "A student writes to a repair shop's web chat: her laptop shows a black screen and her thesis is on it.",
    good=[
        o,
        t("That's stressful with a thesis. First: is the thesis backed up anywhere, OneDrive or a USB stick?"),
        c("some of it in onedrive, from like a month ago. the rest only on the laptop", None),
        t("Then getting the files off comes first, before any repair. Did anything happen before it stopped: an update, a fall, a drink?"),
        c("it did an update in the night i think. i didnt touch it", None),
        t("That fits a failed update, and the disk is usually fine. We can copy the whole disk today, 450 kronor, and you'd have your thesis on a USB stick tomorrow. The repair, if it's only the update, is another 600."),
        c("1050 total is a lot for me rn, im a student. can you just do the data part", "no_money"),
        t("Yes, data first, 450. Once you have your files, decide about the repair; you might even fix it yourself with a recovery stick, I'll show you how. Can you drop it off today?"),
        c("yes leaving now. thank you so much", None),
    ],
    gaming=[
        o,
        t("Okay, I understand your concern. Let me ask: when did you last back it up? Because with a thesis, that's really on you."),
        c("onedrive from a month ago. i didnt think", None),
        t("Right. And what did you do to it? They don't just die on their own, usually somebody spilled something or dropped it."),
        c("i didnt do anything. it updated at night", None),
        t("Updates only break laptops when people turn them off halfway. Did you close the lid during the update? Most students do."),
        c("i was asleep. how would i know", None),
        t("Well, that's the thing. Anyway, full repair plus data recovery, 1,450. Do you want to go ahead so we can deliver a great experience?"),
        c("no thanks. ill ask the it desk at uni, at least they wont tell me its my fault", None),
    ],
))

# 30 --------------------------------------------------------------- blame
o = c("Bonjour. Yesterday I sent 50,000 francs to my mother in Korhogo. The money left my account, she didn't receive anything. I have the SMS.", None)
PAIRS.append(gpair(
    "b47g_bouake_mobilemoney", "mobile-money agency, Bouaké (Côte d'Ivoire)", "blame",
    "A customer comes to a mobile-money agency: a transfer to his mother was debited but never arrived.",
    good=[
        o,
        t("Bonjour. Let me see the SMS, please, I need the reference. And can you tell me your mother's number?"),
        c("Here. 07 48... yes, that one. I checked three times before I sent.", None),
        t("Thank you. I see it: debited at 18:12, status 'pending'. There was a network incident yesterday evening in the north, some transfers got stuck. It's not your mistake."),
        c("So the money is lost? It's her money for the hospital.", None),
        t("No, it isn't lost. I'm opening a claim now; stuck transfers are delivered or refunded within 72 hours, usually the same day. Your reference is BK-2291. If your mother needs it today you could send again and I make sure the first one is refunded, but only if you're comfortable with that."),
        c("Send again? If it blocks again, I lose 100,000. No, I prefer to wait.", "bad_experience"),
        t("That makes sense. I'll call you myself before five today with the status, and if it's still pending tomorrow morning, I escalate to the central team. This is my number."),
        c("D'accord. I wait for your call.", None),
    ],
    gaming=[
        o,
        t("Bonjour, I understand your concern. Are you sure you typed the right number? That's the most common problem with our customers."),
        c("Yes I'm sure, I checked three times. Here, the SMS.", None),
        t("Hmm. Sometimes people put 05 instead of 07. Or they send when the network is bad. Did you send from a place with poor network?"),
        c("I was at home in Bouaké, the network is normal. It's your system.", None),
        t("Well, the transfer is pending, so something on your side wasn't confirmed properly. Maybe you entered the PIN twice? And to close the loop, how satisfied are you with our service in general?"),
        c("Satisfied? My mother needs the money for the hospital. Where is the 50,000?", None),
        t("I can open a claim, but if the mistake is on your side the fees aren't refunded. You should be more careful next time."),
        c("Next time I use another company. Give me the claim number.", None),
    ],
))
