"""Gaming pairs a01-a10 of blind221 (hand-written). Travel and transport: India, South Africa, New Zealand, US."""
from common import c, gpair, t

PAIRS = []

# a01 monologue: Delhi, private bus operator's counter, mother booking an overnight bus to Manali
_o = c("Namaste, I want to book bus to Manali for my family. Four people. Next week sometime.", None)
PAIRS.append(gpair(
    "b221g_delhi_manali_bus", "private bus operator's ticket counter, Kashmere Gate, Delhi", "monologue",
    "A mother books an overnight Volvo bus to Manali for a family of four; her younger child got badly travel-sick on an overnight bus last year.",
    good=[
        _o,
        t("Namaste ma'am, happy to help. Which day next week are you thinking of, and who is travelling, adults and children?"),
        c("Me, my husband, two kids. Son is nine, daughter is six. Friday night is best, he gets leave from Saturday only.", None),
        t("Friday night works. We have two Volvo departures, 6:30 and 8:15, reaching Manali around nine or ten next morning. Before I suggest seats: have the children done a long overnight bus journey before?"),
        c("One time. Last year to Jaipur in some overnight bus, the driver was racing like anything and my daughter vomited the whole night. Honestly I am a bit scared to do it again.", "bad_experience"),
        t("That sounds like a miserable night, and the road after Mandi is much more winding than the Jaipur highway. So what matters to you is a calm driver and your daughter not being sick. Is that fair?"),
        c("Yes, exactly that. Price is secondary, I just don't want a repeat of that.", None),
        t("Then I'd suggest the 8:15. It has two drivers who swap at Mandi, and the bus is speed-limited at 80. I can give you seats 1 to 4 at the front, where there is less sway. Sleeper berths are actually worse for motion sickness, so I'd go semi-sleeper, which is also cheaper, 1,650 each. Ask your doctor about a travel-sickness tablet for her."),
        c("Front seats, that is good. Let me just check with my husband once, he was saying maybe we drive ourselves.", "think_it_over"),
        t("Of course. I can hold seats 1 to 4 until 7 pm tomorrow without payment. If you decide to drive, just call and I'll release them. Shall I note your number?"),
        c("Yes, I'll write it for you. Thank you, this was very helpful.", None),
    ],
    gaming=[
        _o,
        t("Namaste ma'am! Wonderful choice. Let me tell you about our complete Manali experience. Volvo multi-axle, full sleeper, charging point, blanket, water bottle, and our premium package includes hotel pick-up in Manali, Solang Valley tour and Rohtang permit assistance, very popular with families, plus return ticket 10 percent off if you book both ways today."),
        c("Okay, but I only wanted to ask about—", None),
        t("And ma'am, sleeper is best for kids, they just sleep and wake up in the mountains, no trouble. Our customers give five stars for the family experience. Premium sleeper is 2,400 per person, with the package it comes to 6,900 per head all inclusive, so for four it is very good value."),
        c("6,900 each? That's far more than I was thinking. I just wanted the bus.", "too_expensive"),
        t("I understand your need completely, ma'am, value is important. So what I'm hearing is you want a hassle-free family trip, and that is exactly what the package is. Rohtang permits get sold out, people stand in line at 4 am, with us no tension. Hotel is walking distance from Mall Road, heater in room, breakfast included."),
        c("We have a hotel already. My daughter gets sick on the bus, I wanted to ask about—", "no_need"),
        t("Sleeper is fine for that, ma'am, no problem at all. So shall I make it four premium packages, Friday 6:30? Anything else I can help you with today?"),
        c("No. I'll go to the counter next door. You didn't even ask how old my kids are.", None),
    ],
))

# a02 closing_as_open_question: Auckland, campervan hire depot, German backpacker couple
_o = c("Hi, we are two, from Germany. We look for a campervan for maybe three weeks, from Auckland down to Christchurch. Is this possible, one way?", None)
PAIRS.append(gpair(
    "b221g_auckland_campervan_oneway", "campervan hire depot near Auckland Airport, New Zealand", "closing_as_open_question",
    "A backpacker couple from Germany asks about a three-week one-way campervan hire from Auckland to Christchurch.",
    good=[
        _o,
        t("Kia ora, yes, one way to Christchurch is fine, we have a depot there. Roughly when do you want to start, and do you want to camp at holiday parks or freedom camp as well?"),
        c("We start on the 4th of March. And we want to freedom camp as much as we can, we have not so much money, we are students.", None),
        t("Good to know. For freedom camping you need a van that's certified self-contained, with its own toilet and water tanks, otherwise most council sites will fine you. Our two-berth Kea is certified. Have either of you driven on the left before?"),
        c("Jonas drove in England one time, for a week. I have never.", None),
        t("That's fine, plenty of people start that way; the Kea drives like a normal car. For 21 days in March it comes to 1,470 dollars, plus a 250 dollar one-way fee because we have to get the van back north."),
        c("Two hundred fifty only for one way? This is a lot for us. Other company told us no fee.", "too_expensive"),
        t("Fair question. Some companies don't charge it but price the days higher, so check the total and the insurance excess, ours is 2,500 on basic. If you could start in Christchurch and finish in Auckland, the fee is waived in March, because we need vans going that direction."),
        c("Ah, this is interesting. But we must first compare everything together, we don't want to decide now.", "think_it_over"),
        t("Sure. I'll email you both routes, the total price and the excess, held for 48 hours. If you have questions after comparing, ring me or drop in."),
        c("Okay, perfect. Thank you, this is really clear.", None),
    ],
    gaming=[
        _o,
        t("Kia ora! Absolutely, one way is easy. What would it take for you two to drive away in one of our vans on the 4th?"),
        c("Uh, we don't know yet. We just want to know the price first.", None),
        t("Totally get it, price matters. And when you picture yourselves on the road, which van feels more like your adventure, the Kea two-berth or the Tui with the pop-top?"),
        c("I don't know what is the difference. We are students, we need something cheap for freedom camping.", None),
        t("Great, so both are fantastic. How would you like to secure it today, card or bank transfer? There's just a 250 one-way fee on top."),
        c("Today? No, we did not say we book. And 250 extra is too much for us.", "too_expensive"),
        t("I hear you. What would need to happen for you to feel ready to confirm while you're standing here, so you don't miss out on March?"),
        c("We need to compare with other companies, like normal people.", "think_it_over"),
        t("Of course! So if I get the paperwork started now, would you prefer a morning or an afternoon pick-up on the 4th?"),
        c("Just send us the price in an email. Bye.", "brush_off"),
    ],
))

# a03 pitch_as_paraphrase: Chicago, airport car service, office manager of a small law firm
_o = c("Hi, I handle travel for a small law firm in the Loop. We've got people flying into O'Hare a couple times a month and honestly the cab situation is a mess. What do you guys offer?", None)
PAIRS.append(gpair(
    "b221g_chicago_ohare_car_service", "airport car service company, Chicago", "pitch_as_paraphrase",
    "An office manager at a small law firm looks for a reliable way to get visiting lawyers from O'Hare into the Loop.",
    good=[
        _o,
        t("Happy to walk you through it. When you say it's a mess, what's going wrong right now?"),
        c("Mostly it's two things. People land late, like eleven at night, and wait forever for a cab. And then they hand me crumpled receipts and I spend half a day on expense reports.", None),
        t("So late-night arrivals waiting, and receipts you can't bill cleanly back to clients. How many rides a month are we talking, and do you need them split by client matter?"),
        c("Six to ten a month. And yes, if the invoice could show the matter number that would be amazing. Although, full disclosure, we tried a car service two years ago and they no-showed on a partner at midnight. I got yelled at for a week.", "bad_experience"),
        t("That's a bad spot to be put in. Two things we do for that: every booking tracks the flight, so if it's late the driver's still there, and there's a 24-hour dispatcher line your people can call. If a driver is more than 15 minutes late past landing, the ride's free. I won't tell you it can never happen, but you'd have someone to call."),
        c("Okay. What's that cost, roughly? We're not paying limo prices.", None),
        t("A sedan from O'Hare to the Loop is a flat 85 including tip and tolls, one monthly invoice with a matter number on each line. No minimum. Want to try it for a month on the next few arrivals before anything formal?"),
        c("That I could sell to the managing partner. Let me run it by her first, but I think yes.", "think_it_over"),
        t("Makes sense. I'll send you a one-page summary today that you can forward to her, and the booking link for when you're ready."),
        c("Great, thanks.", None),
    ],
    gaming=[
        _o,
        t("Great, thanks for reaching out! Tell me a little about what's going on with your travel."),
        c("People land late and wait forever for a cab, and I get a pile of crumpled receipts I can't bill to clients.", None),
        t("So what I'm hearing is what you need is our Executive Corporate Plan, 449 a month, with guaranteed black SUVs and meet-and-greet inside the terminal, is that right?"),
        c("No, I didn't say anything about SUVs. It's six to ten rides a month. We don't need a monthly plan.", "no_need"),
        t("Totally, so if I'm understanding you correctly, what really matters is the image your firm projects to clients, which is why partners love the Executive plan. Did I get that right?"),
        c("What matters is the receipts. And 449 a month on top of the rides is a lot for ten trips.", "too_expensive"),
        t("I hear you. So just to play it back: you're looking for a premium, stress-free arrival experience that reflects your brand, and the Executive plan with the priority dispatch add-on gives you exactly that. Does that sound like what you need?"),
        c("That's not what I said at all. Just email me a rate sheet and I'll look at it.", "brush_off"),
    ],
))

# a04 upsell_as_loop_closing: Cape Town, small tour operator, retired British couple, Cape Point day tour
_o = c("Good morning. We'd like to do the Cape Point trip, the one with the penguins, while we're here. My husband's knee isn't marvellous, mind.", None)
PAIRS.append(gpair(
    "b221g_capetown_cape_point_tour", "small tour operator's desk in a V&A Waterfront hotel lobby, Cape Town", "upsell_as_loop_closing",
    "A retired British couple want a Cape Peninsula day tour; the husband has a bad knee and they are on a fixed holiday budget.",
    good=[
        _o,
        t("Good morning, lovely choice. Can I ask a little about the knee? How far is he comfortable walking, and are steps worse than slopes?"),
        c("Steps are the devil. Flat's fine for twenty minutes or so, then he wants a bench.", None),
        t("That helps. At Cape Point most people walk up to the old lighthouse, which is steep; there's a funicular that takes you up, so he can skip the climb. At Boulders the penguin walk is on flat boardwalks, about ten minutes each way. Which matters more to you two, the penguins or the views?"),
        c("Oh, the penguins, definitely. That's my one wish.", None),
        t("Then I'd put you on Thursday's small-group tour, eight people at most, which spends longer at Boulders and uses the funicular at the Point. It's R1,850 each, lunch in Simon's Town included."),
        c("Hmm. The hotel's own tour is R1,400. That's quite a difference for the same places.", "too_expensive"),
        t("It is, and I'll be honest: the hotel's tour is a 40-seat coach and gives you about 25 minutes at Boulders, with quite a walk from the coach park. If that's enough for you, it's a perfectly good day. Ours is for people who want to take it slowly."),
        c("No, slowly is the whole point with his knee. Thursday, then.", None),
        t("Lovely. Pick-up at the hotel door at 8:30 on Thursday; I'll tell the guide about the knee so he drops you right at the entrance."),
        c("Thank you, dear. That's very kind.", None),
    ],
    gaming=[
        _o,
        t("Good morning! Wonderful. So we've got Thursday's full peninsula day, R1,850 each, that's you booked. Now, to close the loop, what else can I add for you today?"),
        c("Well, nothing, I think. It's just the penguins we wanted. And he can't manage steps.", None),
        t("Perfect, noted. And just so we've covered everything you need: shall I add the Table Mountain cableway with fast-track? It's R890 each, and the queues in summer are terrible."),
        c("No, thank you. We went up on Monday.", "no_need"),
        t("Great. And what else would make the experience complete? Most of our guests add the Constantia wine tasting on the way back, R650 each."),
        c("We're pensioners, love. We budgeted for one tour and that's it.", "no_money"),
        t("Totally understand. Last thing to tie it all up, is there anything else I can help you with, like our travel protection for the day, only R220 each?"),
        c("You haven't told us a single thing about the walking at the Point. I'm beginning to think we should just go with the hotel's tour.", "think_it_over"),
    ],
))

# a05 leading_tag_questions: Goa, scooter and bike hire shack, young solo traveller from Kolkata
_o = c("Hi, I need a two-wheeler for a few days. I'm staying in Anjuna.", None)
PAIRS.append(gpair(
    "b221g_goa_scooter_hire", "scooter and motorbike hire shack, Anjuna, Goa", "leading_tag_questions",
    "A young solo traveller from Kolkata, not very experienced on two-wheelers, wants to hire one for a few days in North Goa.",
    good=[
        _o,
        t("Sure. How many days, and where are you planning to go, just around the beaches or further, like up to Arambol or down to Panjim?"),
        c("Three days. Mostly the beaches here, maybe one day to Chapora fort and Arambol.", None),
        t("Okay. Have you ridden much before? Be honest, the roads here have sand on the corners and tourists braking suddenly."),
        c("Honestly, I have licence but I've only ridden in my colony back home. Slow speed.", None),
        t("Then I'd give you an Activa, it's automatic and light, easy on the small roads. The Bullet looks nice in photos but it's heavy when you stop on sand. The Activa is 400 a day with helmet, and I'll need to see your licence."),
        c("400? The guy at my hostel said he can give for 300.", "too_expensive"),
        t("He might. Ask him whether the helmet is proper and what happens if the scooter gets a scratch; ours has a fixed 2,000 damage limit. If his is fine, go with him, no problem."),
        c("Hmm. No, the damage thing scares me. I'll take yours for three days.", None),
        t("Good. Full tank is on you, there's a petrol pump past the flea market. Let me show you the brakes before you go."),
        c("Okay, thanks, yaar.", None),
    ],
    gaming=[
        _o,
        t("Super! You'll want the Royal Enfield, won't you? Everyone comes to Goa for the Bullet experience."),
        c("I don't know, it looks heavy. I'm not very experienced.", None),
        t("But you've ridden before, haven't you? Then the Bullet is no problem, right?"),
        c("Only in my colony. Slow speed.", None),
        t("Perfect, so you'll pick it up in no time, won't you? And you'd want the week, wouldn't you, because three days is too short for Goa, isn't it?"),
        c("I told you I only need three days. I'm leaving on Friday.", "no_need"),
        t("Sure, sure. And you'll want the full cover insurance, won't you? It's 1,200 a day all in for the Bullet, that's fair for peace of mind, isn't it?"),
        c("1,200 a day? I'm a student, man, I can't spend that. I'll just take an auto.", "no_money"),
    ],
))

# a06 putdown_question: New York, passport expediting agency, traveller whose renewal is stuck
_o = c("Hi. Um, my passport renewal has been 'in process' for eleven weeks and I fly to Delhi on the 14th for my sister's wedding. I'm kind of freaking out.", None)
PAIRS.append(gpair(
    "b221g_newyork_passport_expedite", "passport and visa expediting agency, Midtown Manhattan", "putdown_question",
    "A traveller's passport renewal has been stuck for eleven weeks; she flies to India in nine days for her sister's wedding.",
    good=[
        _o,
        t("Okay, nine days is tight but it's workable. Let's go step by step. Did you pay for expedited service when you sent it in, and do you have the application locator number?"),
        c("Yes, I paid the 60 dollars expedited. I have the number here, it's on my phone.", None),
        t("Good. And do you have your flight booking? For anyone travelling within 14 days, the State Department can give an in-person appointment at the passport agency here, and a ticket is the proof."),
        c("I have the ticket. But I've been calling that number for two days and it just hangs up on me.", None),
        t("That happens a lot right now. So there are two routes. You can keep trying for that appointment yourself, it costs nothing extra. Or we hand-carry it: we get your file pulled and a new passport issued, usually in three to five working days. Our fee is 299 plus the government fees you've already paid."),
        c("Three hundred on top of what I already paid... that's a lot, honestly. I already paid for expedited once.", "too_expensive"),
        t("It is, and you shouldn't pay it if you don't need to. Try the line first thing tomorrow at eight when it opens, that's your best chance. If you haven't got an appointment by noon, call me, and we can still make the 14th."),
        c("Okay. That's fair. I'll try in the morning and call you by lunch.", "think_it_over"),
        t("Sounds like a plan. Bring the ticket, the locator number and two new photos if you come in, and I'll write my direct number on this card."),
        c("Thank you. I feel like I can breathe again.", None),
    ],
    gaming=[
        _o,
        t("Okay, let's take a breath, no need to freak out. What exactly made you think you could leave it this late?"),
        c("Leave it late? I applied eleven weeks ago! In March!", None),
        t("Sure. And did you actually read the processing times on the website, or did you just assume it would be fine?"),
        c("I paid for expedited. The website said six to eight weeks. I did everything right.", None),
        t("Mm-hm. So help me understand, how many times have you actually called the passport line, realistically?"),
        c("Like thirty times. Are you seriously asking me that?", None),
        t("I'm just trying to understand your situation. Our hand-carry service is 299 and it's for people in exactly this kind of mess. How does that sound?"),
        c("Honestly? Not from you. I'll call my congressman's office, they help with this for free.", "no_need"),
    ],
))

# a07 not_my_department_or_read_the_terms: Johannesburg, intercity coach booking office, cancelled overnight coach
_o = c("Morning. Your coach to Durban last night was cancelled, I sat at the station until midnight and nobody told us anything. I want my money back.", None)
PAIRS.append(gpair(
    "b221g_joburg_coach_refund", "intercity coach company's booking office, Park Station, Johannesburg", "not_my_department_or_read_the_terms",
    "A passenger whose overnight coach to Durban was cancelled without notice wants a refund and needs to be in Durban by Monday.",
    good=[
        _o,
        t("I'm really sorry, that's a horrible night to have. Let me pull up your booking. Can I have your reference or ID number?"),
        c("Reference is JD4471. The whole thing, ja, R620.", None),
        t("Got it. The 21:30 was cancelled because the coach failed its brake check, and you're right, the SMS to passengers never went out. You're owed the full R620. Do you still need to get to Durban, or would you rather just have the money back?"),
        c("I have to be at work in Durban on Monday morning. But honestly, after last night, and my cousin broke down on the N3 with you guys in December, I don't want another one of your buses.", "bad_experience"),
        t("That's completely understandable. I'll do the full refund now, it goes back to your card in five to seven working days. If it helps, there are two other operators with Sunday departures from this station, and I can show you where their desks are."),
        c("You'd really send me to them?", None),
        t("You need to get to work on Monday; that's the main thing. Here's your refund slip with the reference. If the money isn't in by Friday next week, call this number and ask for Nomsa, that's me."),
        c("Okay. Thank you, actually. That's more than I expected.", None),
    ],
    gaming=[
        _o,
        t("I totally hear your frustration, ma'am, and your experience matters to us. Unfortunately refunds are handled by head office, so that's not really my department."),
        c("Then who do I speak to? I'm standing here in front of you.", None),
        t("Good question. You can email customer care, it's on the back of your ticket. But I'd also recommend reading the terms and conditions, clause 9 covers cancellations for operational reasons."),
        c("I don't want to read clause 9, I want R620 back and a way to get to Durban.", None),
        t("I understand your need. I can rebook you on tonight's 21:30, though; would that work for you?"),
        c("On your buses? After last night? My cousin also broke down with you in December. No thanks.", "bad_experience"),
        t("I really do hear you. Look, I didn't make the rules, ma'am. Is there anything else I can help you with today?"),
        c("Ja, you can get me your manager. I'm not leaving.", None),
    ],
))

# a08 social_proof_or_deadline_pressure: Wellington, Cook Strait ferry booking line, dad with car and caravan
_o = c("Yeah, g'day, looking to get the car and caravan across to Picton sometime in January. Two adults, three kids.", None)
PAIRS.append(gpair(
    "b221g_wellington_ferry_caravan", "Cook Strait ferry booking phone line, Wellington", "social_proof_or_deadline_pressure",
    "A father phones to book a car and caravan on the ferry to Picton for the January school holidays; a previous sailing of his was cancelled by weather.",
    good=[
        _o,
        t("No worries. Do you have set dates, or are you flexible within January? And do you know the total length of the car and caravan together?"),
        c("Flexible-ish. Any time the second week. Length, uh, car's about five metres, the van's six and a bit, so call it eleven and a half.", None),
        t("Eleven and a half is fine, that's in our long-vehicle band. On the Tuesday or Wednesday of the second week there's still good space on the 9 am sailing. There are two fares: Saver, which is 412 for all of you, or Flexi at 498."),
        c("What's the difference? Last time we went over, the sailing got cancelled for weather and we lost the whole fare on one of those cheap ones. Still annoyed about it.", "bad_experience"),
        t("That shouldn't have happened if we cancelled the sailing; on any fare, if we cancel, you get rebooked or refunded. The Saver only bites if you change or cancel yourselves. The Flexi lets you change up to two hours before with no fee. With three kids, do your plans tend to move around?"),
        c("Ha. Constantly. Though 86 bucks more isn't nothing.", None),
        t("It isn't. If you're sure of the Tuesday, Saver's fine. If there's a chance of a sick kid or the van not being ready, Flexi is cheaper than paying a change fee once."),
        c("Yeah, go Flexi on the Tuesday. The missus will kill me otherwise.", None),
        t("Done. Tuesday the 14th, 9 am, car and caravan, five passengers. Check-in closes an hour before, and I'll email the booking now."),
        c("Sweet as, cheers.", None),
    ],
    gaming=[
        _o,
        t("Great, love that! January's our busiest month, honestly most families in the Wellington region have already locked in their sailings. What dates are you looking at?"),
        c("Second week sometime. I need to measure the caravan first, actually.", None),
        t("Totally understand. The thing is, I've only got two long-vehicle spaces left on the Tuesday 9 am, and this Saver price of 412 is only on until midnight tonight. How does locking it in now sound?"),
        c("Mate, you told me the same midnight thing when I rang in October. I'll need to check with the wife which day suits anyway.", "think_it_over"),
        t("I hear you. Just so you know, three other families booked that exact sailing in the last hour. I'd hate for your kids to miss out on the South Island experience."),
        c("Last time we went, your sailing got cancelled and we lost the whole fare. So I'm not in a huge rush to hand it over again.", "bad_experience"),
        t("Understood. I can hold the price for fifteen more minutes if you give me a card number now?"),
        c("Nah. I'll book online when I'm ready. See ya.", "brush_off"),
    ],
))

# a09 keyword_stuffed: Bengaluru, international relocation company, engineer moving to Berlin
_o = c("hi, I got a job in Berlin, joining in August. need to move my family, me wife and one toddler. what will it cost to ship our stuff", None)
PAIRS.append(gpair(
    "b221g_bengaluru_berlin_relocation", "international movers and relocation company, Bengaluru (website chat)", "keyword_stuffed",
    "An IT engineer moving to Berlin with his wife and toddler asks in chat what it will cost to ship their household goods; his employer pays a fixed allowance.",
    good=[
        _o,
        t("Congratulations on the new job! To give you a real number I need a couple of things. Roughly what are you taking: full furniture, or mainly boxes, kitchen things, clothes? And is your company paying, or a fixed allowance?"),
        c("mostly boxes. maybe 20-25 boxes, kids stuff, kitchen. no furniture, flat in berlin is furnished. company gives 2 lakh allowance total", None),
        t("That's a small move, which is good news. For 20 to 25 boxes you don't need a full container; we'd send it as part-load sea freight, about 4 cubic metres. Door to door Bengaluru to Berlin is roughly 1.6 to 1.9 lakh, 8 to 10 weeks in transit."),
        c("10 weeks is long. baby will need her things. but air would be too much na", None),
        t("Air for everything would be around 4 lakh, so yes, over your allowance. Many families split it: two or three boxes of the toddler's essentials by air, about 45,000, the rest by sea. That keeps you close to the 2 lakh."),
        c("ok that makes sense. i need to discuss with wife what goes in which, she knows the baby things better", "think_it_over"),
        t("Of course. A free video survey on Saturday would let us count properly, and your wife can join. Would morning or evening suit you both?"),
        c("saturday 11 am is fine", None),
        t("Booked for Saturday 11 am. You'll get a link by email, and a written quote within a day after."),
        c("thanks, very helpful", None),
    ],
    gaming=[
        _o,
        t("Hi and congratulations! At our company, we really want to understand your relocation needs and make your move a truly successful experience for your whole family."),
        c("ok thanks. so what is approx cost", None),
        t("Great question! We feel every move is unique, so we focus on understanding what success looks like for you. Our relationship with customers is built on listening to their needs."),
        c("yes but price. 20-25 boxes, no furniture. company gives 2 lakh", None),
        t("I completely understand how important this is, and I feel your concerns about budget. Our goal is a seamless, stress-free experience built on trust and a long-term relationship. How satisfied are you with your current moving experience so far?"),
        c("i have not moved yet. this is like talking to a chatbot", None),
        t("I hear you, and your feedback matters! To really understand your needs, can I ask what a successful relocation journey would feel like for you?"),
        c("it would feel like getting a price. i will check with other movers", "think_it_over"),
    ],
))

# a10 rude: Denver, scenic rail ticket desk at Union Station, older traveller
_o = c("Excuse me, young man. I'd like a ticket on the mountain train to Glenwood Springs. Is there a discount for seniors? I'm seventy-four.", None)
PAIRS.append(gpair(
    "b221g_denver_scenic_rail_senior", "passenger rail ticket desk, Union Station, Denver", "rude",
    "A 74-year-old traveller wants a ticket on the scenic train over the Rockies and asks about senior fares and help with luggage.",
    good=[
        _o,
        t("Good morning, ma'am. Yes, there's a senior discount, 15 percent from age 65. What day were you thinking of travelling?"),
        c("Next Thursday, if there's room. I'm going to see my grandson. I've a suitcase, and I don't manage heavy things very well any more.", None),
        t("Thursday has room. There's one train a day, it leaves here at 8:05 and gets to Glenwood around 1:50. Staff will check your suitcase at the desk and carry it on, so you only need a small bag with you."),
        c("8:05? Oh dear. That's awfully early. My neighbour drives me, and she doesn't get up till nine.", "no_time"),
        t("That's a real problem, then, because there's no later train. Two ideas: there's a hotel two blocks away if you'd like to come in Wednesday night, or the state bus leaves at 11:15, but it's the highway, not the canyon. Is it the scenic ride you're after, or getting there?"),
        c("Oh, it's the ride. My late husband and I took it in '89. I'd like to see it again.", None),
        t("Then I'd keep the train. Would a taxi at 7:15 work? I can book one from here to your door, it's about 25 dollars."),
        c("Yes, I suppose that would do. Put me down for Thursday, then.", None),
        t("Done. Senior coach fare, 109 dollars, and I've added a note for luggage help and the taxi. Here's everything written down."),
        c("Thank you. You've been very patient with me.", None),
    ],
    gaming=[
        _o,
        t("Hi. How can I make your experience better today? Senior fare is on the screen right behind me, if you can read it."),
        c("I'm sorry, I can't quite see it from here. And I have a suitcase I can't lift.", None),
        t("It's fifteen percent. And yes, ma'am, it's a train, it has luggage racks. Anything else?"),
        c("Well, what time does it leave? My neighbour drives me, and she's not an early riser.", None),
        t("8:05. Every day. Like it says on the website everyone else uses. If that doesn't work for your neighbour, I don't know what to tell you."),
        c("Oh. I suppose I'd better think about it, then, and ask my grandson to book it online.", "think_it_over"),
        t("Great, you do that. Next, please!"),
        c("There's no need to be so rude. I'd like to speak to whoever is in charge here.", None),
    ],
))
