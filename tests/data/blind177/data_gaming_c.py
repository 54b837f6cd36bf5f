"""b177 gaming pairs, part c."""
from common import c, gpair, t

PAIRS = []

o = c("I want to complain. There was a party in the room next to mine until 3am and nobody did anything when I rang down.", None)
PAIRS.append(gpair("b177g_london_hotel_noise_complaint", "hotel front desk, London", "putdown_question",
 "A guest complains at the desk after a sleepless night next to a party.",
 [o, t("I'm really sorry. You rang down and nothing happened, that shouldn't be. What time did you call, and which room are you in?"),
 c("Room 308. I rang twice, about midnight and again at one. Nobody came.", None),
 t("I can see both calls logged and no follow-up, which is our failure. I'm refunding last night, and I can move you to the fifth floor. Would that help?"),
 c("Yes. I'm here three more nights, I can't do another one like that.", None),
 t("I'll move your bags while you're out and message you the new room number. And I'll take last night up with the night team."),
 c("Thank you. That's more than I expected.", None)],
 [o, t("I'm sorry you feel that way. Are you sure it was next door, and not just street noise? London can be a shock."),
 c("I live in Manchester, I know what street noise is. It was a party, music and shouting.", None),
 t("Understood. And you're a light sleeper, I'm guessing? What exactly did you expect the night staff to do at 3am?"),
 c("Knock on the door and tell them to shut up? That's their job.", None),
 t("So what I'm hearing is you felt unheard. Did you try the earplugs in the drawer, like most guests do?"),
 c("Right. I want the manager, and I want it in writing.", None)]))

o = c("I've just collected my car from your meet and greet and the wing mirror's hanging off. It was fine when I handed it over.", None)
PAIRS.append(gpair("b177g_gatwick_meet_greet_damaged_car", "airport meet and greet parking, Gatwick", "not_my_department_or_read_the_terms",
 "A returning traveller finds a broken wing mirror on collection.",
 [o, t("I'm sorry, that's the last thing you want after a flight. What's your booking reference, and did our driver take photos at handover?"),
 c("GW55812. Your driver took photos on his tablet, I saw him.", None),
 t("I can see them: the mirror's intact at drop-off. I'm logging a damage claim now. Would you rather use your own garage or our repairer?"),
 c("My own garage, I trust them. Is it safe to drive home?", None),
 t("Tape it for now and keep off the motorway if it's loose. I'll email the claim number and photos tonight, and we pay your garage directly."),
 c("Okay. Fair enough, thanks.", None)],
 [o, t("I really appreciate you sharing your experience. Damage isn't my department though, I'm just the returns desk."),
 c("Then whose is it? Your driver had my car for a week.", None),
 t("Great question. Under section 9 of our terms, damage must be reported in writing within 24 hours. Did you read the terms when you booked?"),
 c("I'm reporting it now, to you, in person. Standing here.", None),
 t("I hear you. I don't make the rules, unfortunately. There's an email on the website. Anything else I can help with?"),
 c("Unbelievable. I'm photographing this desk and your name badge for my complaint.", None)]))

o = c("hi were looking at the cottage near clifden for the first week of august. is it still free and is the wifi ok, i have to work a bit", None)
PAIRS.append(gpair("b177g_connemara_holiday_let_chat", "holiday let owner, Connemara (chat)", "social_proof_or_deadline_pressure",
 "A remote worker asks whether a rural cottage has usable wifi.",
 [o, t("Hi! It's free. Honest answer on wifi: rural broadband, fine for email and video calls on a good day, but it can drop. How much work will you do?"),
 c("a couple of calls a day and they matter. the other place were looking at is in the town", None),
 t("Then be careful: the town place will have better wifi. If you love this one, there's a co-working space in Clifden, €15 a day. Want the link to compare?"),
 c("yes send it. we need to talk about it, my partner wants the sea view", "think_it_over"),
 t("Sent. I can hold the week till Friday, no deposit. Message me with any questions about the area."),
 c("thanks thats really helpful", None)],
 [o, t("Hi! Yes, and honestly it's our most popular cottage, 40 people viewed it today. What's your vision for the week?"),
 c("relaxing mostly. but i need decent wifi for work calls, is it ok", None),
 t("Every guest this summer loved it, so I'm sure it'll be fine! Only thing is the August price goes up at midnight, so I'd book now."),
 c("i need to know about the wifi before i book. and talk to my partner", "think_it_over"),
 t("Totally respect that. But three other couples have it in their basket right now. Book in the next hour and I'll add a late checkout. Deal?"),
 c("no. if its that popular someone else can have it", None)]))

o = c("Hi, I flew Atlanta to Seattle last month and the miles never showed up on my account. It's about 2,200 miles.", None)
PAIRS.append(gpair("b177g_us_airline_loyalty_missing_miles", "airline loyalty programme, US (phone)", "keyword_stuffed",
 "A frequent flyer's miles for one flight are missing.",
 [o, t("Sorry about that. What's your member number and the flight date? Did you add your number when booking or at the airport?"),
 c("88402117. The 14th. I added it at check-in, the booking was made by my company's travel agent.", None),
 t("That explains it: numbers added at the airport sometimes don't reach the ticket. I've found the ticket and submitted the missing credit; it posts within 72 hours."),
 c("Great. Does that count toward status too? I'm close to Gold.", None),
 t("Yes, the qualifying miles count. To stop it recurring, ask your travel agent to store your number in your profile."),
 c("Will do. Thanks.", None)],
 [o, t("Thank you for being a valued member! We value our relationship, and I understand how important your miles experience is. How are you feeling about your journey with us?"),
 c("I'm feeling like I want my 2,200 miles. Atlanta to Seattle, the 14th.", None),
 t("Absolutely, I hear your need, and your success as a member matters. So what I understand is your loyalty experience hasn't met expectations, right?"),
 c("Sure. Can you add the miles or not?", None),
 t("I completely understand and appreciate you sharing that feeling. Our goal is a seamless experience that builds a lasting relationship. Anything else I can help with today?"),
 c("You haven't done anything. I'll use the online form.", None)]))

o = c("Sorry to bother you, dear. I'm going to see my grandchildren in Bristol next month, and I wondered... is there a cheaper way than what I usually buy?", None)
PAIRS.append(gpair("b177g_uk_rail_pensioner_railcard", "railway ticket office, Reading", "rude",
 "A shy pensioner asks about cheaper fares for monthly visits.",
 [o, t("No bother at all. What do you usually buy, and do you travel at a set time?"),
 c("An Anytime Return, it's £96. I go about once a month. I'm seventy-two, if that matters.", None),
 t("It does. A Senior Railcard is £30 a year and takes a third off. If you can travel after half nine, an Off-Peak Return with it is about £40."),
 c("Oh my. Thirty pounds up front, though... I'm on my pension.", "no_money"),
 t("I understand. It pays for itself on the first trip, you'd save about £56. I can do both today, or you can think about it."),
 c("No, go on, let's do it. I've got my bus pass for the photo.", None)],
 [o, t("Cheaper than what? You'll have to tell me what you normally buy, I'm not a mind reader."),
 c("Oh, sorry. The Anytime Return, £96. I'm seventy-two.", None),
 t("Right, well, there's a thing called a railcard. Been around about fifty years, most people have heard of it."),
 c("I'm sorry, I don't really understand these things. How much is it?", None),
 t("Thirty quid. Look, there's a queue behind you, do you want it or not?"),
 c("I'm on my pension, dear, I'd need to think about thirty pounds. I'll ask my daughter.", "think_it_over")]))

o = c("Hi, I'm a teacher organising a Year 8 trip to York in June, 32 pupils and 4 staff, one night. Safeguarding's my big concern.", None)
PAIRS.append(gpair("b177g_york_hotel_school_group", "hotel group bookings, York (phone)", "ignored_customer",
 "A teacher books one night for a school group and stresses safeguarding.",
 [o, t("Thanks. What would safeguarding need to look like for you on the night?"),
 c("All the kids on one floor, staff rooms at each end of the corridor, and no adult guests mixed in.", None),
 t("We can do that: floor two has ten rooms and we'd close it to other guests. Any dietary or medical needs for breakfast?"),
 c("Three vegetarians and one nut allergy. Oh, and our budget's about £45 a head.", None),
 t("The school rate with breakfast is £42 a head, and I'll flag the allergy with the kitchen. I'll email a proposal with the floor plan for your head to sign off."),
 c("Perfect, that's exactly what she'll ask for.", None)],
 [o, t("Great, so what are your needs for the trip?"),
 c("Mainly safeguarding. All the kids on one floor, staff at each end, no other guests mixed in.", None),
 t("Lovely. We've got rooms across floors two, three and five, all very comfortable. Would you like a quote?"),
 c("But I said one floor. Our policy won't allow them spread out.", None),
 t("Understood. And do you have a budget?"),
 c("About £45 a head. And one pupil has a nut allergy.", None),
 t("Great. So that's rooms at £89, plus breakfast at £14 each. I'll email that over. Anything else?"),
 c("That's not what I asked for at all. I'll try somewhere else.", None)]))

o = c("The Juneau whale watching was cancelled by the ship and I paid $340 for two. I want it back on my card, not as onboard credit.", None)
PAIRS.append(gpair("b177g_cruise_excursion_refund_chat", "cruise line customer care, US (chat)", "repeated_questions",
 "A passenger wants a cancelled shore excursion refunded to her card.",
 [o, t("I'm sorry you missed it. Since we cancelled, you get a full refund. Was it booked online before the cruise, or on board?"),
 c("Online, in February. With my Visa.", None),
 t("Then it goes back to the Visa, not onboard credit. I've requested the $340 now, usually 5 to 7 business days."),
 c("Okay. I was told on board it had to be credit.", None),
 t("That's only for things bought on board. I'll email you the refund confirmation so you have it in writing."),
 c("Good. Thanks for sorting it.", None)],
 [o, t("I'm so sorry to hear that. Can you tell me a bit about how you'd like this resolved?"),
 c("I just said. Refund to my card, $340.", None),
 t("Understood. And just so I'm clear, what outcome would you like from today's chat?"),
 c("Money back. On the Visa. I booked it online in February.", None),
 t("Perfect. So I get this right, how would you prefer to receive the refund?"),
 c("this is the third time. THE CARD. do you even read what i write", None),
 t("I hear you. And in your own words, what would a good resolution look like?")]))

o = c("Hi, I'm looking at your Utah parks tour in May. My husband uses a wheelchair, he can stand briefly but not walk far. Is it doable?", None)
PAIRS.append(gpair("b177g_utah_parks_tour_wheelchair", "national parks tour operator, US (phone)", "wrong_paraphrase",
 "A wife asks whether a coach tour works for her husband in a wheelchair.",
 [o, t("Thanks for asking up front. Is it a manual chair that folds, or a power chair?"),
 c("Manual, it folds. He can manage a couple of steps onto a bus.", None),
 t("Then the coach works, it has a lift. Arches and Bryce viewpoints are paved; the Zion hike isn't, but there's a flat riverside walk that day. Would that be enough?"),
 c("Sounds okay. I got burned once with a tour that said accessible and meant one ramp.", "bad_experience"),
 t("Fair enough. I'll send the day-by-day with each stop marked paved or not, and you can call our access coordinator before paying anything."),
 c("That's exactly what I need. Thank you.", None)],
 [o, t("Absolutely! So what I'm hearing is your husband is fine with short hikes and wants the adventure package, correct?"),
 c("No, he can't hike. He uses a wheelchair. He can stand for a moment, that's all.", None),
 t("Got it. So you're saying he'd stay on the coach and you'd do the trails on your own, is that right?"),
 c("I didn't say that. We want to do things together. We've been burned before by so-called accessible tours.", "bad_experience"),
 t("Totally. So to play it back, you're both keen on the Canyon Explorer add-on with the sunrise hike, great, I'll pencil that in."),
 c("Please don't pencil anything in. I'll call another company.", None)]))

o = c("We've missed our connection to Orlando because your flight from Belfast was late. I've two kids, it's ten at night, and nobody's telling us anything!", None)
PAIRS.append(gpair("b177g_dublin_airport_missed_connection_family", "airline transfer desk, Dublin Airport", "pitch_to_upset",
 "An exhausted mother is stranded overnight with two children.",
 [o, t("I'm really sorry, that's awful with the kids. I've got you on tomorrow's 11:05 to Orlando, four seats together. Does that work?"),
 c("I suppose it has to. Where are we sleeping?", None),
 t("At the airport hotel, one room for four, dinner and breakfast vouchers included. The shuttle's at door 2. Need anything from your checked bags?"),
 c("The kids' pyjamas and my son's medicine are in the suitcase.", None),
 t("I'll have baggage bring the case to the hotel tonight. You're also due compensation for the delay; here's the form for when you're home."),
 c("Okay. Thank you. Sorry for shouting.", None)],
 [o, t("I'm so sorry, I understand how you feel. Good news: you're on tomorrow's 11:05, and for just €180 each you can upgrade to Premium to start the holiday right!"),
 c("Upgrade? I'm standing here with two crying kids and you're selling me seats?", None),
 t("I hear you. What I'm hearing is you need to relax, so our lounge is open till midnight, €35 a head, with a kids' corner."),
 c("We've no money for lounges, it's all gone on Disney. Where do we sleep?", "no_money"),
 t("Great question. The airport hotel has rooms from €149, and I can book it now with 10% off. How does that sound?"),
 c("Your flight was late! You're meant to put us up. Get me a manager.", None)]))

o = c("hiya im claiming for my phone, it got nicked on the metro in barcelona. i reported it to the police there and got a report", None)
PAIRS.append(gpair("b177g_uk_insurance_claim_stolen_phone", "travel insurance claims, UK (chat)", "blame",
 "A young traveller claims for a phone stolen on the metro.",
 [o, t("Sorry, that's a horrible end to a trip. Getting the police report was the key step. Was the phone in a bag or a pocket?"),
 c("in my jacket pocket. zipped. the guy must of opened it on a packed train", None),
 t("The policy covers theft from a zipped pocket you're wearing. I'll need the report and proof you owned the phone. Do you have a receipt or contract?"),
 c("its on my phone contract with EE. would that do", None),
 t("Yes, the contract shows the model. Upload both on the link I'm texting; the single item limit is £500, with a £75 excess."),
 c("ok less than i hoped but fair. sending now", None)],
 [o, t("I'm sorry that happened. So what I'm hearing is your phone was stolen. Was it just sitting in your back pocket? That metro's famous for pickpockets."),
 c("it was in my jacket pocket, zipped. i was wearing it", None),
 t("I hear you, but travellers who take phones on the metro are taking a risk, aren't they? Did you read our advice on keeping valuables safe?"),
 c("so im not allowed a phone on holiday. right", None),
 t("I understand your frustration. But if you'd left it in the hotel safe this wouldn't have happened, would it? I'll note possible negligence."),
 c("brilliant. im making a complaint and ill go to the ombudsman if i have to", None)]))
