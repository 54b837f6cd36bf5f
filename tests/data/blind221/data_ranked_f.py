"""Ranked pairs f01-f10 of blind221 (hand-written): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 Cape Town airport transfer overcharge. Fault: argues with the customer.
_o = c("Hi, I used your transfer from the airport to Sea Point on Tuesday. The quote was R450 and the driver made me pay R620. He said it was the traffic.", None)
_t1 = t("Thanks for letting us know. Can you give me the booking reference and roughly what time you landed?")
_c1 = c("CT-7712. Landed at five, so yes, it was rush hour, but I was quoted a fixed price.", None)
_t2b = t("You're right, a pre-booked transfer is a fixed price; traffic doesn't change it. The driver shouldn't have asked for more.")
_c2b = c("Thank you. I was starting to think I'd misread the booking.", None)
_t2w = t("Well, to be fair, at five the N2 is a parking lot and our drivers lose money sitting in it. R620 is honestly reasonable for that time of day.")
_c2w = c("Reasonable? I was quoted R450. Are you really arguing with me about your own quote?", None)
_t3 = t("I'll refund the R170 difference to your card today; it should show in three to five days. I'm also sending the trip to our operations manager.")
_c3 = c("Okay. I've got the return to the airport with you on Saturday. Honestly I'm half tempted to cancel it.", "bad_experience")
_t4 = t("I understand. Saturday is booked at the fixed R450 and I've added a note to the driver that nothing extra is to be collected. If you'd still rather cancel, it's free up to 24 hours before.")
PAIRS.append(rpair(
    "b221r_f01_capetown_transfer_overcharge",
    "A customer calls a Cape Town airport transfer company because the driver charged R170 more than the fixed quote.",
    better=[_o, _t1, _c1, _t2b, _c2b, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2w, _c2w, _t3, _c3, _t4],
))

# f02 Ahmedabad private bus left early. Fault: doubts the customer's honesty.
_o = c("Sir, my bus to Udaipur was 10:30 pm yesterday. I reached Paldi at 10:20, bus was already gone. Conductor's phone was switched off.", None)
_t1 = t("Sorry to hear that. Can you give me the ticket number? I'll check the depot log.")
_c1 = c("GJ-33419. Two seats, 1,100 total. Me and my mother.", None)
_t2b = t("Thank you. I can see the bus was logged leaving Paldi at 10:14, sixteen minutes early. That is our fault.")
_c2b = c("See! We were standing there with luggage and my mother is 68.", None)
_t2w = t("Hmm. Sir, many passengers say the bus left early when actually they came late. Are you sure you reached at 10:20?")
_c2w = c("You think I am lying? I have the auto receipt with the time printed on it. My mother is 68, we were standing there with luggage.", None)
_t3 = t("The 1,100 will be refunded to your UPI in two days. Do you still need to go to Udaipur? There is an 11:45 pm tonight from our Geeta Mandir office with two seats.")
_c3 = c("11:45 is too late for my mother, she gets tired. Not tonight.", "no_time")
_t4 = t("Then tomorrow's 7 am day bus, same two seats, no charge, and the refund still comes. She can rest at home tonight.")
PAIRS.append(rpair(
    "b221r_f02_ahmedabad_bus_left_early",
    "A man complains at an Ahmedabad private bus office that his overnight bus to Udaipur left before its departure time.",
    better=[_o, _t1, _c1, _t2b, _c2b, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2w, _c2w, _t3, _c3, _t4],
))

# f03 Nelson bike hire for the Great Taste Trail. Fault: drops the price before asking anything.
_o = c("Hi, we're looking at hiring bikes for the Great Taste Trail tomorrow. Two of us.", None)
_t1b = t("Great. Which part of the trail are you thinking of, and do you want e-bikes or regular ones?")
_c1b = c("Not the whole thing. Maybe Nelson out to Mapua and get the little ferry back? Regular bikes, we're fairly fit.", None)
_t1w = t("Great! Look, I'll do you a deal straight away: normally it's 65 a day each, I can do 50 for you two.")
_c1w = c("Oh. Um, thanks, but we haven't even said what we want yet. We were going to ride Nelson to Mapua on regular bikes and get the little ferry back. We're fairly fit.", None)
_t2 = t("Nelson to Mapua is about 33 kilometres and mostly flat. The ferry at Mapua only takes you across to Rabbit Island, though; from there it's still about 25 kilometres back to town. Would you want us to collect you at Mapua instead?")
_c2 = c("How much is the pick-up?", None)
_t3 = t("It's 40 for both of you with the bikes.")
_c3 = c("Nah, we'll ride back. If it's flat, we can do that ourselves.", "no_need")
_t4 = t("Fair enough. Leave by nine and you'll be back well before dark. I'll mark the cafés and the ferry times on your map.")
PAIRS.append(rpair(
    "b221r_f03_nelson_great_taste_trail",
    "A couple asks a Nelson bike hire shop about bikes for a day on the Great Taste Trail.",
    better=[_o, _t1b, _c1b, _t2, _c2, _t3, _c3, _t4],
    worse=[_o, _t1w, _c1w, _t2, _c2, _t3, _c3, _t4],
))

# f04 New York passport renewal. Fault: an unasked lecture.
_o = c("Hi, I need to renew my passport. It expires in August, and I'm going to Mexico in June.", None)
_t1 = t("Okay. Is it an adult passport, issued when you were 16 or older, and is it undamaged? Then you can most likely renew online.")
_c1 = c("Yeah, got it in 2015. It's fine, just old.", None)
_t2b = t("Then routine online renewal takes about six to eight weeks, which gets you there before June if you do it in the next week or two.")
_c2b = c("Oh, easy. Can you do it for me, or do I do it myself?", None)
_t2w = t("Then you can renew online. Honestly, though, you should really have started this months ago. People leave passports to the last minute all the time and then panic. Every traveller should set a phone reminder a year before expiry, it's basic travel hygiene.")
_c2w = c("Okay, I didn't come in for a lecture. It's March, I've got three months. Can you do it for me, or do I do it myself?", None)
_t3 = t("You can do it yourself; you'd only pay the government fee of 130. We charge 89 to prepare and check it, which mostly helps if your name or photo has changed.")
_c3 = c("Nothing's changed. I think I'll just do it myself, then.", "no_need")
_t4 = t("That makes sense. Use a fresh photo with no glasses, that's the most common reason they get sent back. Here's the link.")
PAIRS.append(rpair(
    "b221r_f04_newyork_passport_renewal",
    "A traveller asks a Manhattan passport agency about renewing a passport before a trip to Mexico.",
    better=[_o, _t1, _c1, _t2b, _c2b, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2w, _c2w, _t3, _c3, _t4],
))

# f05 Hyderabad family moving to Dallas. Fault: a vague next step.
_o = c("Hello, we are relocating to Dallas in October, my husband's H-1B is approved. We need movers for our 2BHK. What is the process?", None)
_t1 = t("Congratulations. Are you taking everything from the flat, or selling the furniture and shipping the rest?")
_c1 = c("Selling most furniture. Taking kitchen things, books, the children's toys, my mother's brass lamps. Maybe 30 boxes.", None)
_t2 = t("Then it's a part-load by sea, about 6 cubic metres. Hyderabad to Dallas takes 10 to 12 weeks, via Nhava Sheva and Houston. Roughly 2.2 to 2.6 lakh including US customs and delivery to your door.")
_c2 = c("That's more than I thought. My cousin paid 1.5 lakh for her move to New Jersey.", "too_expensive")
_t3b = t("New Jersey is next to the port, so the US delivery is cheap; Dallas is inland, that's most of the difference. A survey will firm up the volume and it may come down. I can come this Saturday at 11, and you'll have a fixed written quote by Monday evening, valid for 30 days.")
_c3b = c("Saturday 11 is fine. Come.", None)
_t3w = t("New Jersey is next to the port, so the US delivery is cheap; Dallas is inland, that's most of the difference. A survey will firm up the volume and it may come down. We'll be in touch soon about the next steps and let you know.")
_c3w = c("Soon when? We are leaving in October, I need to plan. I think I will also ask one or two other movers.", "think_it_over")
PAIRS.append(rpair(
    "b221r_f05_hyderabad_move_to_dallas",
    "A woman in Hyderabad asks an international movers' office about shipping household goods to Dallas.",
    better=[_o, _t1, _c1, _t2, _c2, _t3b, _c3b],
    worse=[_o, _t1, _c1, _t2, _c2, _t3w, _c3w],
))

# f06 Johannesburg UK visa for a brother's wedding. Fault: over-promises.
_o = c("Hi, I need a UK visitor visa for my brother's wedding in London on the 20th of next month. Am I too late?", None)
_t1 = t("Let's see. Have you had a UK visa before, and are you employed here?")
_c1 = c("Never had one. I'm a nurse at Bara, permanent post, eleven years.", None)
_t2 = t("A permanent post helps a lot. You'll need three months' payslips, bank statements, a letter from the hospital approving your leave, and your brother's invitation with proof of his status in the UK.")
_c2 = c("I can get all that this week. But will it come in time? I've already bought the flight.", None)
_t3b = t("Standard processing is about three weeks after your biometrics, which is tight. There's a priority service, about R9,000 extra, that usually decides in five working days, but nobody can guarantee the outcome or the exact date.")
_c3b = c("R9,000 extra. Eish. Let me see if my brother can help with that, I don't have it right now.", "no_money")
_t3w = t("Don't worry, with us you'll definitely have it in time. We know people at the visa centre, and we've never had one refused.")
_c3w = c("Really? That's a relief. Although my colleague used an agent last year and was still refused.", "bad_experience")
_t4 = t("Book your biometrics slot tonight, send me the documents by Thursday, and I'll check every page before you go in.")
PAIRS.append(rpair(
    "b221r_f06_johannesburg_uk_visa_wedding",
    "A nurse in Johannesburg asks a visa agency whether she can still get a UK visitor visa for her brother's wedding in five weeks.",
    better=[_o, _t1, _c1, _t2, _c2, _t3b, _c3b, _t4],
    worse=[_o, _t1, _c1, _t2, _c2, _t3w, _c3w, _t4],
))

# f07 Wellington ferry, campervan with a bike rack. Fault: closes before checking the booking fits the vehicle.
_o = c("Kia ora, I want to get our campervan across to Picton on the 3rd. Just me and my partner.", None)
_t1 = t("Kia ora. What sort of campervan is it, and is anything fixed on the back or the roof?")
_c1 = c("Toyota Hiace hi-top. There's a rack on the back with two bikes.", None)
_t2 = t("The 9 am on the 3rd has room. Anything over 2.1 metres high goes in the over-height category, so with the hi-top it's 289 for the van and the two of you, rather than 229 for a car.")
_c2 = c("Sixty bucks more because the roof's taller? Bit rich. But fine, the 9 am.", "too_expensive")
_t3b = t("Thanks. One thing before I confirm: with the bikes on the rack, what's the total length? Over 6 metres is a longer category, and if the ticket doesn't match, check-in can put you to the back of the queue.")
_c3b = c("Oh, good point, they stick out a fair bit. Hang on, I'll measure... 5.9 with the bikes. Phew.", None)
_t3w = t("Perfect, you're confirmed on the 9 am on the 3rd, 289, over-height. Have a great trip!")
_c3w = c("Wait, the bikes stick out the back a fair way. Is that going to be a problem at check-in?", None)
PAIRS.append(rpair(
    "b221r_f07_wellington_ferry_campervan",
    "A woman phones a Cook Strait ferry line to book a hi-top campervan with a bike rack on the 9 am sailing.",
    better=[_o, _t1, _c1, _t2, _c2, _t3b, _c3b],
    worse=[_o, _t1, _c1, _t2, _c2, _t3w, _c3w],
))

# f08 Udaipur one-day tour for a couple from Chennai. Fault: recommends before asking.
_o = c("Hello, we are in Udaipur only one day, tomorrow. Can you arrange something for us?", None)
_t1b = t("Of course. What do you enjoy most: palaces and history, markets and food, or the lakes and relaxing? And how are you with walking in the heat?")
_c1b = c("My husband likes history, I like shopping, honestly. Walking is fine, we are from Chennai, we know heat.", None)
_t1w = t("Yes! Take our full-day tour: City Palace, Jagdish temple, Saheliyon ki Bari, Sajjangarh at sunset. 4,500 for two, very popular.")
_c1w = c("Um, that's a lot of palaces. My husband likes history, but I was hoping for some shopping also. Walking is fine, we are from Chennai.", None)
_t2 = t("Then half and half: City Palace early, before the crowds, lunch by the lake, and the afternoon in Hathi Pol and Bada Bazaar for textiles and silver, with the driver waiting. A boat on Lake Pichola at sunset.")
_c2 = c("That sounds perfect. How much?", None)
_t3 = t("Car, driver and a guide for the palace is 3,200. Entry tickets and the boat are extra, about 1,400 for two.")
_c3 = c("Can we skip the guide? We'll read the boards, my husband reads everything anyway.", "no_need")
_t4 = t("Sure, then the car and driver is 2,400. Pick-up at your hotel at 8:30?")
PAIRS.append(rpair(
    "b221r_f08_udaipur_one_day_tour",
    "A couple from Chennai with one day in Udaipur ask a local tour operator to arrange the day.",
    better=[_o, _t1b, _c1b, _t2, _c2, _t3, _c3, _t4],
    worse=[_o, _t1w, _c1w, _t2, _c2, _t3, _c3, _t4],
))

# f09 Chicago to Seattle sleeper train for an older couple. Fault: unexplained jargon.
_o = c("Hello. My wife and I want to take the train from Chicago to Seattle in May. We've never done a long train trip. What do we book?", None)
_t1 = t("Lovely trip, two nights on board. Would you like a private room to sleep in, or are you happy sleeping in your seats?")
_c1 = c("Oh, a room, definitely. My back won't take two nights in a seat.", None)
_t2b = t("Then there are two kinds of room. The small one has two seats that fold into bunks, one up and one down. The larger one has its own toilet and shower and a wider bed. Meals in the dining car come with both.")
_c2b = c("Which would you suggest? We're both in our seventies, and the top bunk worries me.", None)
_t2w = t("Then you're looking at a roomette or a bedroom on the Builder, both in the sleeper consist with traditional dining included. Roomette's on a bilevel Superliner, so the upper berth's a ladder, and the bedroom's en suite.")
_c2w = c("I'm sorry, I didn't follow a word of that. Roomette? Consist? We're both in our seventies, I just want to know which room.", None)
_t3 = t("For two people in their seventies I'd suggest the larger room: the lower bed is wider, and nobody has to climb down from a top bunk at night to reach a toilet down the corridor. In May it's about 1,900 for the two of you, against about 1,100 for the small one, meals included.")
_c3 = c("That's quite a difference. Let me talk it over with my wife tonight.", "think_it_over")
_t4 = t("Of course. I'll email you both options with photos of each room, so you can look at them together.")
PAIRS.append(rpair(
    "b221r_f09_chicago_seattle_sleeper",
    "A man in his seventies asks a Chicago rail ticket office which sleeper room to book for himself and his wife to Seattle.",
    better=[_o, _t1, _c1, _t2b, _c2b, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2w, _c2w, _t3, _c3, _t4],
))

# f10 Knysna honeymoon couple. Fault: talks about themselves instead of the customer.
_o = c("Hi! We're on our honeymoon, we've got two days in Knysna and no plan at all. What should we do?", None)
_t1 = t("Congratulations! Are you more into being active, hiking or kayaking, or taking it easy, food and views?")
_c1 = c("A bit of both. He wants something adventurous, I want at least one really good sunset.", None)
_t2b = t("Then day one, a kayak up the Knysna River in the morning and the Heads at sunset. Day two, the Featherbed Nature Reserve: a ferry across, a walk along the cliffs, and lunch there.")
_c2b = c("That sounds amazing. How much for all of it?", None)
_t2w = t("Ah, a honeymoon! My wife and I did ours here twelve years ago. We kayaked up the river and I fell in right at the start, she still tells everyone. Then the Heads at sunset, where I proposed to her all over again, ha. Best trip of my life.")
_c2w = c("Ha, okay, that's sweet. But what would you suggest for us? And how much would it all be?", None)
_t3 = t("A guided kayak is R650 each, Featherbed with lunch is R1,100 each, and the Heads are free. About R3,500 for the two of you.")
_c3 = c("Hm. R3,500 is more than we set aside for these two days. The wedding cleaned us out a bit.", "no_money")
_t4 = t("Then hire kayaks yourselves instead of the guided trip, R350 each; the river is calm and easy. That brings it under R3,000, and you still get both days.")
PAIRS.append(rpair(
    "b221r_f10_knysna_honeymoon_plan",
    "A honeymoon couple with two days in Knysna ask a tour booking office what to do.",
    better=[_o, _t1, _c1, _t2b, _c2b, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2w, _c2w, _t3, _c3, _t4],
))
