"""b177 ranked pairs f01-f10: both sides share every turn but one fault in `worse` and the reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01: argues with the customer
o = c("Our flight back from Malaga was four hours late on Sunday. I've read we're owed compensation. How do I claim?", None)
a1 = t("Sorry about Sunday. Four hours on that route is usually £350 each, unless the cause was outside our control. Can I take the booking reference?")
b1 = c("KX7R2P. The pilot said it was a technical fault.", None)
a2 = t("Technical faults count as within our control, so you're both entitled. I can submit it with you now, it takes five minutes.")
b2 = c("Now's not great, I'm on my lunch. Could I do it tonight?", "no_time")
PAIRS.append(rpair("b177r_f01_uk_airline_delay_compensation",
 "Airline customer line, UK: a passenger asks how to claim for a four-hour delay.",
 [o, a1, b1, a2, b2,
  t("Of course. I'll text you the form link with your reference filled in; payment is within 14 days of submitting."),
  c("Perfect. Thanks for being straight about it.", None)],
 [o, a1, b1, a2, b2,
  t("Honestly, it's quicker to do it now. Most people who say they'll do it tonight never get round to it."),
  c("I'm not most people, and I said I'm on my lunch. Just send me the link.", None)]))

# f02: doubts the customer's honesty
o = c("Hi, I stayed with you last week and I've been charged twice for my room, $612 each time. I'd like one refunded.", None)
a1 = t("I'm sorry about that. Can I have the name on the booking and the last four digits of the card?")
b1 = c("Daniela Ruiz, card ending 4471. I can send the bank statement if that helps.", None)
a3 = t("I can see it: the checkout charge and a second from the night audit. That's our error. I've refunded $612; it takes 3 to 5 business days and I'll email the receipt.")
b3 = c("Okay. I'll watch for it.", None)
PAIRS.append(rpair("b177r_f02_new_york_hotel_double_charge",
 "Hotel billing line, New York: a guest reports a double charge.",
 [o, a1, b1, t("Thanks, Ms Ruiz. Let me look at your folio now."), c("Sure, take your time.", None), a3, b3],
 [o, a1, b1, t("Are you sure it isn't the pre-authorization hold? Guests often mistake that for a second charge."),
  c("It's posted twice, not a hold. I'm an accountant, I know the difference.", None), a3, b3]))

# f03: drops the price before asking anything
o = c("Hi, I'm looking at your three-day Skye tour from Edinburgh for the end of May. Just wanted to ask a few things.", None)
a2 = t("Fair enough. This one's a 16-seat minibus, so we stop where big coaches can't. Anything you're especially hoping to see?")
b2 = c("The Fairy Pools. And I'm a slow walker, a bit worried about keeping up.", None)
a3 = t("The guide paces walks to the group, and at the Fairy Pools you go as far as you like and turn back. Shall I hold a seat while you decide?")
b3 = c("Yes, hold one till the weekend. I want to check flights first.", "think_it_over")
PAIRS.append(rpair("b177r_f03_edinburgh_skye_tour_enquiry",
 "Small-group tour operator, Edinburgh (phone): a caller has questions about a Skye tour.",
 [o, t("Of course. What would you like to know?"),
  c("Is it a big group? I did one of those 50-seat coach things once and hated it.", "bad_experience"), a2, b2, a3, b3],
 [o, t("Of course. And before you ask, I can knock 15% off if you book today, so £289 instead of £340."),
  c("Oh. I hadn't asked about price yet... Is it a big group? I did a 50-seat coach thing once and hated it.", "bad_experience"), a2, b2, a3, b3]))

# f04: an unasked lecture
o = c("I've been refused boarding for Dubai because my passport's got five months left and they need six. What can I do?", None)
a1 = t("I'm sorry, that's a horrible moment at the desk. When do you need to be in Dubai?")
b1 = c("My brother's wedding is Saturday. It's Wednesday now. I can't believe this.", None)
a3 = t("Your fare allows a change for £150 plus any difference, and Friday evening has seats. I'll hold one for 24 hours at no cost while you sort the passport.")
b3 = c("£150 on top of a new passport. Brilliant. Hold it, I've no choice.", "too_expensive")
PAIRS.append(rpair("b177r_f04_heathrow_refused_boarding_passport",
 "Airline ticket desk, Heathrow: a passenger refused boarding over passport validity.",
 [o, a1, b1, t("Then there's still time. The Passport Office does a one-day service; appointments open online each morning. Get one tomorrow and you could fly Friday."),
  c("One day? Okay, I'll get on that tonight. What about my flight?", None), a3, b3],
 [o, a1, b1, t("Right. For next time, you really should check entry rules before you travel. Six months is the rule for most countries, it's all on the government website."),
  c("I know that NOW, thanks. I didn't ask for a lecture, I asked what I can do.", None), a3, b3]))

# f05: a vague next step
o = c("I sent in my claim for the lost suitcase three weeks ago and I've heard nothing. I'm not being funny, but I need that money.", None)
a1 = t("I'm sorry for the wait. Let me pull it up. Can I take your claim number?")
b1 = c("TR-20931. Everything was in it, I've had to buy the kids' school uniforms again.", None)
a2 = t("Thank you. It's with an assessor, who has asked the airline for the lost baggage report. That hasn't come back yet.")
b2 = c("I gave you a copy of that. It's attached to the claim.", None)
PAIRS.append(rpair("b177r_f05_uk_insurance_lost_luggage_chase",
 "Travel insurance claims, UK (phone): a mother chases a lost-luggage claim.",
 [o, a1, b1, a2, b2,
  t("You're right, it's attached. I'll send it to the assessor myself now and mark it urgent; you'll have a decision by Friday, and I'll ring you Friday afternoon either way."),
  c("Friday. Okay. I'll hold you to that.", None)],
 [o, a1, b1, a2, b2,
  t("Right. I'll pass that on and someone will be in touch when there's an update."),
  c("When? That's what they said last time. I'll put a complaint in.", None)]))

# f06: over-promises
o = c("I've booked a car from Edinburgh Airport next Friday. I can only drive automatics. Can you make sure I get one?", None)
a1 = t("Good that you called. Does the booking say automatic, or is it a standard category?")
b1 = c("Not sure. It just said Ford Focus or similar. It was the cheapest, to be honest.", None)
a2 = t("Then it's a manual category. The automatic group is £11 a day more. I can switch it now.")
b2 = c("Eleven a day... that's nearly sixty quid for the week. Is there nothing cheaper?", "too_expensive")
PAIRS.append(rpair("b177r_f06_edinburgh_car_hire_automatic",
 "Car hire reservations, Edinburgh (phone): a driver who can only drive automatics.",
 [o, a1, b1, a2, b2,
  t("That's the lowest automatic group, and only that category guarantees one; a note on a manual booking won't. Shall I switch it?"),
  c("Fine, switch it. I'd rather pay than be stuck.", None)],
 [o, a1, b1, a2, b2,
  t("Tell you what, leave it and I'll put a note on. They'll give you an automatic at the counter for free, guaranteed."),
  c("Brilliant, that's perfect. So I'm definitely getting one?", None)]))

# f07: closes before checking the thing works
o = c("Hi, I'd like to book a week in your multi-storey at Dublin Airport. We're off to Lanzarote on the 3rd.", None)
a1 = t("Lovely. The 3rd to the 10th? And what vehicle will you be parking?")
b1 = c("Yes, 3rd to the 10th. It's our campervan, a VW Crafter, we're driving up from Tralee.", None)
a3 = t("The multi-storey limit is 2.1 metres, so it won't fit. Our long-term car park takes high vehicles, €84 for the week, with a shuttle.")
b3 = c("Even cheaper. Go on, book that one.", None)
PAIRS.append(rpair("b177r_f07_dublin_airport_parking_campervan",
 "Airport car parks, Dublin (phone): a couple book parking for a campervan.",
 [o, a1, b1, t("One thing to check first: the multi-storey has a height limit. Do you know the Crafter's height?"),
  c("Oh, I'd say near 2.7 with the roof. I never thought of that.", None), a3, b3],
 [o, a1, b1, t("Perfect, that's €96 for the week in the multi-storey. Shall I take the card details and send the confirmation?"),
  c("Grand, yes. Oh wait, will the van even fit in there? It's a high top.", None), a3, b3]))

# f08: recommends before asking
o = c("Hi, I need to get from New York to DC for a conference next Tuesday. What's my best option?", None)
a2 = t("Then the 8:05 Northeast Regional gets in at 11:40, coach about $79 if you book today. The Acela saves 40 minutes for nearly twice that.")
b2 = c("Regional's fine. Can I change it if the conference moves? It did last year.", None)
a3 = t("On a Value fare, yes, for a small fee. I'll book the 8:05 and email you the ticket.")
b3 = c("Great, do it.", None)
PAIRS.append(rpair("b177r_f08_penn_station_rail_to_dc",
 "Rail ticket counter, New York Penn Station: a freelancer travels to a conference.",
 [o, t("Happy to help. When do you need to arrive, and is the company paying or are you?"),
  c("I'm paying myself, I'm a freelancer. I need to be there by 1pm.", None), a2, b2, a3, b3],
 [o, t("The Acela's your best option, it's the fastest. Business class is $289 one way."),
  c("$289? Whoa. I'm paying myself, I'm a freelancer. I just need to be there by 1pm.", "too_expensive"), a2, b2, a3, b3]))

# f09: unexplained jargon
o = c("Hi, we're booking our first cruise, the Med in September. The website has all these different prices for the same cabin, I'm lost.", None)
a1 = t("It is confusing. Do you want to choose your exact cabin, or are you happy to be given one in the category you pay for?")
b1 = c("Honestly we don't mind, as long as it's got a window. We're watching the money.", None)
a3 = t("A guaranteed cabin can be anywhere in the category, sometimes a noisier spot, sometimes an upgrade. And the deposit isn't refundable on that fare, that's the catch.")
b3 = c("Non-refundable deposit... hmm. Let me talk it over with my husband tonight.", "think_it_over")
PAIRS.append(rpair("b177r_f09_irish_cruise_agent_first_timer",
 "Cruise booking line, Ireland: a first-time cruiser is confused by fares.",
 [o, a1, b1, t("Then the cheaper guaranteed fare suits you: you pay for an oceanview and we assign the actual cabin nearer sailing. About €180 less, but you can't pick where it is."),
  c("That's grand. Could we end up beside the engines or something?", None), a3, b3],
 [o, a1, b1, t("Then go for the GTY fare, oceanview category, NRD applies. It's €180 less than the selected-cabin rate."),
  c("Sorry, GTY? NRD? I've no idea what any of that means.", None), a3, b3]))

# f10: talks about themselves
o = c("Hello there, I'm looking at your house outside Dingle for Easter week. Would it suit my dad? He's in his eighties.", None)
a1 = t("Lovely, thanks for calling. What does your dad need to be comfortable? Steps, bathroom, that kind of thing?")
b1 = c("He can't do stairs anymore, and he needs a grab rail in the shower. Otherwise he's grand, he loves the sea.", None)
a3 = t("It's €1,250 for Easter week, heating and linen included.")
b3 = c("Hm. That's a good bit more than the place in Ventry we looked at.", "too_expensive")
a4 = t("It is more. Ours has the ground-floor room and the rail, which most older houses don't. I can hold it till Monday while you check theirs for stairs.")
PAIRS.append(rpair("b177r_f10_dingle_holiday_home_elderly_father",
 "Holiday home owner, Dingle (phone): a daughter asks if the house suits her elderly father.",
 [o, a1, b1, t("There's a ground-floor bedroom with its own shower room, and we fitted a grab rail last year. The sea is a two-minute flat walk."),
  c("That sounds perfect. What's the price for the week?", None), a3, b3, a4],
 [o, a1, b1, t("There's a ground-floor bedroom with a shower and rail. My own father was the same, God rest him, we brought him to Dingle every Easter when I was a girl, he'd sit on the pier all day telling the fishermen stories."),
  c("Right... lovely. Sorry, can I stop you there? What's the price for the week?", None), a3, b3, a4]))
