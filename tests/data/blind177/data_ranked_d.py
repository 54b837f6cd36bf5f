"""b177 ranked pairs d01-d10: two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

o = c("Hi, sorry, I'm in 214. The room's... not really what I expected. Any chance of changing it?", None)
PAIRS.append(rpair("b177r_d01_belfast_hotel_room_change",
 "Hotel front desk, Belfast: a guest staying a week wants to change rooms.",
 [o, t("Of course, let's sort it. What's not working about it?"),
 c("It looks straight onto a wall, it's dark. I'm here a week and working from the room most days.", None),
 t("A week of working in a dark room is grim. Is it mainly daylight you need, or a proper desk too?"),
 c("Both, really. My company only covers the standard rate, mind.", "no_money"),
 t("No need to pay more. 409 is a standard room with windows on two sides and a full desk, free from 2pm. Shall I move your bags then?"),
 c("That sounds perfect. Yes please.", None)],
 [o, t("Of course. I can offer an upgrade to an executive room on the top floor for £35 a night more."),
 c("Hm. My company only covers the standard rate, mind.", "no_money"),
 t("Understood. Let me see the standard rooms. 409 is free from 2pm, a corner room. Would you like that?"),
 c("Is it brighter? Mine looks at a wall.", None),
 t("Yes, windows on two sides. I'll move you at two."),
 c("Okay, thanks.", None)]))

o = c("I need to move my Frankfurt flight on Thursday to something earlier. Quickly please, I'm between meetings.", None)
PAIRS.append(rpair("b177r_d02_uk_airline_phone_flight_change",
 "Airline phone line, UK: a business traveller in a hurry changes a flight.",
 [o, t("Will do. What time do you need to be in Frankfurt by?"),
 c("Client dinner at seven, city centre. Current flight lands at five-forty, too tight.", None),
 t("The 11:20 lands 14:05, plenty of margin. Your fare allows changes for £65 plus the difference, today £40. Book it?"),
 c("£105 to move a flight. Ridiculous, but fine, the dinner's worth more.", "too_expensive"),
 t("Done: 11:20, seat 4A as before. Confirmation's in your inbox."),
 c("Good. Thanks.", None)],
 [o, t("Will do. There's the 11:20 and the 14:40. Which would you like?"),
 c("When does the 14:40 land?", None),
 t("17:25 local. It's a £65 change fee plus £40 fare difference for either."),
 c("I've a dinner at seven, that's cutting it fine. Give me the 11:20. £105 is steep, mind.", "too_expensive"),
 t("Done, 11:20, confirmation by email."),
 c("Thanks.", None)]))

o = c("Do I actually need your damage waiver? The website made it sound like I'd be crazy not to.", None)
PAIRS.append(rpair("b177r_d03_boston_car_rental_waiver",
 "Car rental counter, Boston Logan: a renter asks whether to buy the damage waiver.",
 [o, t("Depends what you already have. Are you paying with a card that includes rental cover, and do you have your own auto policy?"),
 c("I've a Chase card, I think it covers something. And my own car insurance, yes.", None),
 t("Many cards cover damage to the rental if you decline ours, but not liability, and some exclude SUVs. Your own policy likely covers liability. Worth a quick call to Chase before you sign."),
 c("Honestly I don't want to spend half an hour on hold right now.", "no_time"),
 t("Fair. The number on the back of the card usually answers fast. If they say no, our waiver is $29 a day and I'll add it then."),
 c("Okay, I'll try them now. Hold on.", None)],
 [o, t("It's optional. It's $29 a day and covers any damage to the car with no deductible."),
 c("That's almost as much as the car. My card might cover it, I'm not sure.", "too_expensive"),
 t("A lot of cards do cover rentals. You'd have to check with them. Do you want to decline it?"),
 c("I guess. If I'm wrong, what happens?", None),
 t("You'd be liable for damage up to the car's value. Sign here if you're declining."),
 c("Hm. Fine, decline.", None)]))

o = c("Hi, I'm organising a day out in Dublin for our team in October, about 25 people. What have you got?", None)
PAIRS.append(rpair("b177r_d04_dublin_tour_operator_team_day",
 "Tour operator, Dublin (phone): an HR manager plans a team day.",
 [o, t("Plenty. What's the day for: a thank-you, a team that's new to each other, something else?"),
 c("Honestly, two teams merged in the summer and they don't really talk. The boss wants them mixing.", None),
 t("Then I'd skip the bus tour, people sit with who they know. A walking treasure hunt in mixed teams of five, then lunch at long tables, works better. It's €68 a head."),
 c("That's over what I was told to spend, which was about fifty.", "no_money"),
 t("With a pub buffet instead of lunch it's €52. I'll send both versions so your boss can pick."),
 c("Great, send them. I'll need sign-off anyway.", "think_it_over")],
 [o, t("Plenty. Our most popular is the hop-on bus tour with lunch in Temple Bar, €55 a head, or the Guinness Storehouse at €60."),
 c("Hm, okay. The idea is to get two teams talking, they merged in the summer.", None),
 t("Both are great for groups. The bus tour's very sociable. Shall I send the details?"),
 c("Sure, just email them. It'll need sign-off from my boss first.", "think_it_over"),
 t("No problem, I'll email them today."),
 c("Thanks.", None)]))

o = c("I'm seventy-eight and I'm going to see my daughter in Perth for two months. I had a stent put in last year. Will anyone even cover me?", None)
PAIRS.append(rpair("b177r_d05_uk_travel_insurance_older_traveller",
 "Travel insurance sales, UK (phone): an older traveller with a heart stent.",
 [o, t("Very likely, yes. Can I ask a few questions about the stent, so the quote's right and the cover holds if you claim?"),
 c("Go on. The bank's insurance turned me down, they were very short with me.", "bad_experience"),
 t("I'm sorry. I need the date it was fitted, any chest pain since, and your medication. It's quick."),
 c("March last year. No pain since. Aspirin and a statin.", None),
 t("Declared, it's £412 for two months and the heart is fully covered. Undeclared, a claim could be refused, so you've done right. I'll post the screening summary so you can check it."),
 c("That's a lot of money, but it is Australia. Let me talk to my son tonight.", "think_it_over")],
 [o, t("Yes, we cover any age. Our Senior Long Stay policy would suit you, it's £412 for two months in Australia."),
 c("And the stent? The bank's insurance turned me down flat.", "bad_experience"),
 t("You'll need to declare it in the medical screening online. It might change the price."),
 c("Oh. I'm not great with computers.", None),
 t("I can send you the link, or your family could help. It takes about fifteen minutes."),
 c("I'll get my son to look at it, thank you.", "think_it_over")]))

o = c("Hiya, we're looking for somewhere in the Lakes for May half term. Two adults, a toddler and a baby. Budget's about £900.", None)
PAIRS.append(rpair("b177r_d06_lake_district_holiday_let_family",
 "Holiday let agency, Lake District (phone): parents of a toddler and a baby.",
 [o, t("Lovely. With little ones, what matters most: no stairs, a safe garden, the cot and highchair provided?"),
 c("Safe garden, definitely, he's a runner. And a cot, ours is huge to travel with.", None),
 t("Then Fell End in Grasmere: walled garden, gate latch up high, cot, highchair and stair gate provided. £870 for the week."),
 c("Oh, that sounds ideal. Is it near a road?", None),
 t("It's on a lane, but the garden's fully walled. I'll send photos of the gate and garden before you decide."),
 c("Please. I'll look tonight when they're in bed.", "think_it_over")],
 [o, t("Lovely. We've Fell End in Grasmere at £870, or Beck Cottage in Ambleside at £920. Both are family friendly."),
 c("£920's over what we said. Does Fell End have a garden? My son's a runner.", "too_expensive"),
 t("Yes, there's an enclosed garden. Cots are available on request."),
 c("Okay. Just send me the details and I'll have a look.", "brush_off"),
 t("Of course. I'll email them and hold it until Friday."),
 c("Thanks.", None)]))

o = c("Hi, my annual season from Brighton runs out next week. Do I just renew it?", None)
PAIRS.append(rpair("b177r_d07_brighton_rail_season_ticket",
 "Station ticket office, Brighton: a hybrid worker's annual season ticket is ending.",
 [o, t("You can, but first: how many days a week do you go up to London now?"),
 c("Two, sometimes three since we went hybrid. The annual's over five grand.", None),
 t("Then look at the Flexi Season: eight days in 28. At two days a week it's roughly a third cheaper than the annual; at three it's about even. Which is more usual?"),
 c("Two, most weeks. Three at month end.", None),
 t("Then Flexi, plus an off-peak return on the odd third day. I'll print the comparison so you can check it against your diary."),
 c("My train's in four minutes, can you email it? I'll look on the way.", "no_time")],
 [o, t("Sure. Same route and class as last year? It's £5,232 now."),
 c("Oof. That's gone up again. It's a lot for two or three days a week.", "too_expensive"),
 t("There's also the Flexi Season, eight days in 28. Might suit you."),
 c("How much is that?", None),
 t("About £480 for each 28 days. Annual or flexi?"),
 c("I'll have to work it out. I'll come back.", "think_it_over")]))

o = c("Um, hello. Could I take one of the cruise brochures?", None)
PAIRS.append(rpair("b177r_d08_cork_travel_agent_first_cruise",
 "High street travel agent, Cork: a shy widower picks up a cruise brochure.",
 [o, t("Of course, help yourself. Is it a cruise you're thinking about, or just a browse?"),
 c("Just browsing really. My friend says I should try one, but I'd be going on my own.", "brush_off"),
 t("That's a normal thing to wonder about. What's the part you're least sure of?"),
 c("Meals, mostly. Sitting alone in a big restaurant every night. I'm not much of a mixer.", None),
 t("Some ships have a solo table you can join or not, night by night. A four-night Norway sailing lets you try it without a fortnight; inside cabin €690, no single supplement. Take the page with you?"),
 c("Four nights sounds less frightening. I'll read it at home, thank you.", "think_it_over")],
 [o, t("Of course, help yourself. You'll love cruising! Our fourteen-night Mediterranean is very popular."),
 c("Fourteen nights? That must cost a fortune, and I'd be on my own.", "too_expensive"),
 t("There are shorter ones, four nights to Norway, €690 inside, no single supplement."),
 c("That's better. What about meals, on my own?", None),
 t("There's a solo travellers' table. It's all in the brochure."),
 c("Alright. I'll have a read.", "think_it_over")]))

o = c("I want to book parking at Bristol Airport for ten days in April. What's the cheapest?", None)
PAIRS.append(rpair("b177r_d09_bristol_airport_parking_stick",
 "Airport parking, Bristol (phone): a caller asks for the cheapest option.",
 [o, t("Silver Zone, £89, a bus ride from the terminal. Before you book: will you be carrying much, or are steps an issue for anyone?"),
 c("Well, I use a stick since my knee op. And a big case, I'm visiting my sister in Spain.", None),
 t("Then the bus is hard work, there's a step and you'd lift the case. Gold Zone is a flat five-minute walk, £129, free to cancel."),
 c("£40 more... I'm not made of money, love.", "no_money"),
 t("Fair. Or keep Silver and book free assistance with your airline: someone meets you at the bus stop with a buggy."),
 c("Oh, I didn't know that. Silver then, and I'll ring the airline.", None)],
 [o, t("Silver Zone, £89 for ten days. There's a shuttle bus every fifteen minutes."),
 c("Is it far? I've a stick since my knee op.", None),
 t("It's a short bus ride. Gold Zone is walking distance, but it's £129."),
 c("That's too much. I'll manage with the bus.", "too_expensive"),
 t("No problem, I'll book Silver. Confirmation will come by email."),
 c("Thank you.", None)]))

o = c("Hey, I'm team mom for a U12 hockey team, we've a tournament in Nashville in February and need maybe 15 rooms.", None)
PAIRS.append(rpair("b177r_d10_nashville_hotel_hockey_team",
 "Hotel group sales, Nashville (phone): a parent books rooms for a youth hockey team.",
 [o, t("Happy to help. Does each family pay its own room, and does everyone need to be at one hotel or is that just nice?"),
 c("Each family pays. Same hotel matters, the coach does curfew checks. Last year half booked elsewhere and it was chaos.", None),
 t("Then a block with a booking link works: 15 rooms at $149 with breakfast, and you're not on the hook for unbooked ones. The rink is 12 minutes. Would a shuttle help?"),
 c("A shuttle would be amazing but we can't stretch much. These families already pay a fortune in fees.", "no_money"),
 t("It's free for groups over ten rooms. I'll send the link and a note you can forward to the parents."),
 c("Oh wow, that's great. Send it over!", None)],
 [o, t("Happy to help. Our group rate is $149 with breakfast for 15 rooms or more. I can send you a contract."),
 c("Do I have to pay for rooms if families don't book? Some might not.", None),
 t("With a courtesy block, no. Unbooked rooms are released 21 days before."),
 c("Okay, good. Send the details, I'll forward them to the parents.", None),
 t("Sure, I'll email the contract and booking link today."),
 c("Thanks!", None)]))
