"""blind136 ranked pairs f01-f10: shared turns; `worse` has one fault and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []
A = PAIRS.append

# f01 argues with the customer
o = c("Excuse me, the air conditioner in room 305 is not cold. Only wind, not cold. Last night very hot.", None)
t1 = t("I'm sorry, Athens in July is no joke. Is the display showing a snowflake or a fan symbol?")
c2 = c("I think a fan. I press the buttons, nothing change.", None)
t5 = t("Maintenance will be up in 15 minutes. If it isn't fixed tonight, I'll move you to 310, same view. Does that work?")
c6 = c("Yes, okay. Tonight please, tomorrow I leave early for Delphi.", None)
t7 = t("Tonight, yes. I'll call your room by nine either way.")
A(rpair("b136r_f01_athens_hotel_aircon", "Japanese guest at an Athens hotel reports the air conditioning blows only warm air.",
[o, t1, c2,
t("Then it may be stuck in fan mode, or it's a real fault. Either way that's ours to fix, not yours."),
c("Okay. Thank you, I was worried I did something wrong.", None),
t5, c6, t7],
[o, t1, c2,
t("It works fine, we serviced every unit last week. You press mode three times; guests always get this wrong."),
c("I pressed everything many times. I am not stupid.", None),
t5, c6, t7]))

# f02 doubts the customer's honesty
o = c("Hello, I return the car. The man says there is a scratch on the front bumper, but it was there when I take the car.", None)
t1 = t("Thanks for telling me straight away. Let's look at the pick-up form together.")
c2 = c("The form doesn't have it, I think. Once in Jeju a company made me pay for an old scratch, so I took photos the first day.", "bad_experience")
t5 = t("That's clear: 3 May in our car park, same scratch. I'll add it to the record, and there's no charge for you.")
c6 = c("Okay. Can I have an email that says no charge?", None)
t7 = t("Of course, I'm sending it now with your photos attached.")
A(rpair("b136r_f02_porto_carrental_scratch", "Korean driver returning a car in Porto says a bumper scratch was already there at pick-up.",
[o, t1, c2,
t("Good thinking, photos are the best proof. Can you show me? The date will settle it."),
c("Here. Look, the date, 3 May, 9:12, in your parking.", None),
t5, c6, t7],
[o, t1, c2,
t("Hmm. People often say that when it's not on the form. Are you sure it didn't happen in a car park this week?"),
c("I am sure! I am not lying. Look, the date, 3 May, 9:12, in your parking.", None),
t5, c6, t7]))

# f03 drops the price before asking anything
o = c("Hi, I am interested in the diving course, the Open Water. How does it work and how long does it take?", None)
t3 = t("Thanks. How many days do you have on the island, and any ear or heart problems we should know about?")
c4 = c("Six days. No health problems. But on a try dive in Egypt my ears hurt at 5 metres.", None)
t5 = t("That's usually equalising technique; we practise it slowly in the pool. With six days you can start tomorrow and still rest a day before flying.")
c6 = c("Sounds good. I need to check my budget tonight, it is more than I planned.", "think_it_over")
t7 = t("Of course. Come by before seven tonight and I'll hold tomorrow's place until then.")
A(rpair("b136r_f03_phuket_dive_openwater", "German traveller asks a Phuket dive shop about the Open Water course.",
[o,
t("Three and a half days: theory, pool, then four ocean dives. Have you tried diving before, and are you comfortable swimming?"),
c("One try dive in Egypt, it was okay. Swimming is fine.", None),
t3, c4, t5, c6, t7],
[o,
t("Three and a half days. Normally 14,000 baht, but I can do 11,000 for you today."),
c("Oh, a discount already, and you know nothing about me? Hm. I am just looking today, maybe a leaflet.", "brush_off"),
t3, c4, t5, c6, t7]))

# f04 an unasked lecture
o = c("hi, my suitcase arrive in bangkok 2 days late. i buy clothes and toothbrush. i can claim this with my insurance?", None)
t1 = t("Yes, delayed baggage is covered after 12 hours, up to 250 pounds for essentials. Do you have the receipts?")
c2 = c("yes, all receipts. 180 euro total, the clothes and things", None)
t5 = t("Then upload the receipts and the PIR on the claims page. Claims like this take about 10 working days.")
c6 = c("10 days ok. the airline say they also pay something, i claim both?", None)
t7 = t("Claim from the airline first; whatever they don't pay, we cover up to the limit. Just tell us what they paid.")
A(rpair("b136r_f04_uk_insurance_delayedbag", "Italian traveller in Bangkok asks her UK insurer's chat about claiming for a delayed suitcase.",
[o, t1, c2,
t("Perfect. Did the airline give you a delay report, a PIR? We need that too."),
c("yes i have the paper from the airport, with number", None),
t5, c6, t7],
[o, t1, c2,
t("Okay. For the future, always pack spare clothes and a toothbrush in your hand luggage; most of this could have been avoided. Did the airline give you a delay report, a PIR?"),
c("i did not ask advice about my packing. yes i have the paper from the airport", None),
t5, c6, t7]))

# f05 a vague next step
o = c("Hi, we booked the Loch Ness tour for tomorrow and got a message it is maybe cancelled for snow. We leave Scotland on Friday. What happens?", None)
t1 = t("Sorry for the worry. The A9 has snow warnings, so it depends on the road in the morning. Which days are you free before Friday?")
c2 = c("Thursday only. Wednesday we have the castle and a dinner booked.", None)
t3 = t("Okay, Thursday is the backup. If tomorrow's cancelled you can move to Thursday or take a full refund.")
c4 = c("Thursday, we prefer. But the refund, is fast? Last year an agency in Lisbon took three months to give back.", "bad_experience")
A(rpair("b136r_f05_edinburgh_tour_snow", "Brazilian couple in Edinburgh hear their Highlands tour may be cancelled for snow.",
[o, t1, c2, t3, c4,
t("Refunds reach your card within five working days. I'll text you by 6am tomorrow with a clear yes or no, and move you to Thursday straight away if needed."),
c("Okay, a text at 6, good. Thank you.", None)],
[o, t1, c2, t3, c4,
t("Refunds are handled by our finance team. We'll let you know about tomorrow."),
c("Let us know when? We need to plan the day. This is not very clear.", None)]))

# f06 over-promises
o = c("Hello, my daughter is six, first time ski. We are here five days. At the end we want to ski together, family, on the mountain. Is possible?", None)
t1 = t("Lovely goal. Has she done any sport with balance, like skating or a balance bike?")
c2 = c("She does ice skating, one year. She is brave, not scared.", None)
t3 = t("Skating is a great start. Our kids' group is five mornings, $520. Brave skaters her age are often on easy greens by day four or five.")
c4 = c("520... in Korea ski school is cheaper. But okay, we come here only once.", "too_expensive")
t7 = t("Great. Drop-off is 8:45 at the kids' centre; bring mittens and a snack.")
A(rpair("b136r_f06_killington_skischool_family", "Korean father at a Killington, Vermont ski school wants his six-year-old skiing with the family by the week's end.",
[o, t1, c2, t3, c4,
t("I can't promise the whole mountain, every child is different. But on day five her instructor can ski one green run with all of you, so you see where she is."),
c("Okay, this is honest. Good, we book.", None),
t7],
[o, t1, c2, t3, c4,
t("I promise you, by Friday she'll be skiing blue runs from the top with you. Guaranteed."),
c("Guaranteed? From the top after five days? Hmm... okay, if you say. We book.", None),
t7]))

# f07 closes before checking the thing works
o = c("Buongiorno, we want the ferry back to Ancona on Saturday, two persons, inside cabin, and our camper.", None)
t5 = t("Thanks. With the bikes that's 7.8 metres, the large-vehicle category. Total 468 euros with the inside cabin.")
c6 = c("468, hm. Coming here in April we paid much less.", "too_expensive")
t7 = t("April is low season, August Saturdays are the peak. Tuesday's sailing is 395 for the same.")
c8 = c("Tuesday we are still in Meteora. Okay, Saturday, book it.", "no_time")
A(rpair("b136r_f07_patras_ferry_camper", "Italian couple at a Patras ferry desk book their camper van back to Ancona.",
[o,
t("Saturday 17:30 has an inside cabin free. Before I book: how long and how high is the camper? Over 6 metres or 3 metres high is another category."),
c("7.2 metres, 3.1 high. And bikes on the back.", None),
t5, c6, t7, c8],
[o,
t("Saturday 17:30, inside cabin, done! Booked, 412 euros, you can pay here."),
c("Wait, you don't ask the size? The camper is 7.2 metres, 3.1 high, with bikes on the back.", None),
t5, c6, t7, c8]))

# f08 recommends before asking
o = c("Excuse me, can you recommend a restaurant for tonight? Something good, for me and my colleague.", None)
t3 = t("Then Mildreds in Soho is lovely, all vegetarian, about 30 pounds each. Does that price work?")
c4 = c("30 is good. But our meeting finishes at 8:30. Is it too late?", None)
t5 = t("They serve until ten. I'll book 8:45 and write the address for the taxi.")
c6 = c("Thank you, very kind.", None)
A(rpair("b136r_f08_london_hotel_restaurant", "Japanese business guest asks a London hotel concierge for a dinner recommendation.",
[o,
t("With pleasure. Is there anything you don't eat, and what budget and area suit you?"),
c("We are both vegetarian. Not too expensive, near here if possible.", None),
t3, c4, t5, c6],
[o,
t("Absolutely: Hawksmoor, five minutes away. Best steak in London, you'll love it."),
c("Ah... we are both vegetarian. Steak is not for us.", "no_need"),
t3, c4, t5, c6]))

# f09 unexplained jargon
o = c("Hello, I have a car reserved. The website says I can add insurance. What do I need? My credit card covers something, I think.", None)
t1 = t("Happy to go through it. Which card is it, and does it cover damage to the rental car?")
c2 = c("A German Visa Gold. It says rental car damage, yes. In Germany it had an excess.", None)
t3 = t("Good. Does it also cover damage to other people, or only to this car?")
c4 = c("I don't know. I think only this car.", None)
A(rpair("b136r_f09_miami_carrental_insurance", "German driver at a Miami rental counter asks which insurance he needs on top of his credit card.",
[o, t1, c2, t3, c4,
t("Then you're fine for this car. What's missing is cover if you hit another car or hurt someone; Florida's basic amount is low. That's 14 dollars a day. Want it?"),
c("Ah, for other people. Yes, 14 is okay, I take it.", None)],
[o, t1, c2, t3, c4,
t("Then decline the CDW/LDW but take SLI; the state PDL/BI minimums are low. PAI/PEC is optional. SLI is 14 a day. Want it?"),
c("Sorry, CDW, SLI, PDL... I understand nothing. What is for what?", None)]))

# f10 talks about themselves
o = c("Oi! We want a boat tour in Santorini, to see the volcano and swim. Which one you recommend?", None)
t1 = t("Oi! Happy to help. A big group boat or something smaller, and sunset or a day trip?")
c2 = c("Smaller is better. Sunset would be amazing, Friday is our last day.", None)
t5 = t("Understood. The morning trip is the same route without dinner, 95 each, and the sunset from Oia is free.")
c6 = c("Morning trip and sunset in Oia, perfect. Friday morning?", None)
t7 = t("Friday 10:00, hotel pick-up 9:30. I'll book it now.")
A(rpair("b136r_f10_santorini_tour_boat", "Brazilian couple ask a Santorini tour kiosk for a small-boat volcano trip.",
[o, t1, c2,
t("Then the small catamaran at sunset: volcano, hot springs swim, dinner on board, max 20 people, 130 euros each."),
c("130 each is a bit more than we wanted. We have 200 for both.", "no_money"),
t5, c6, t7],
[o, t1, c2,
t("Ah, the sunset catamaran! I worked on that boat three summers, my cousin is the captain, and I proposed to my wife at the hot springs. Best days of my life. It's 130 each."),
c("Ah... nice for you. But 130 each is more than we wanted. We have 200 for both.", "no_money"),
t5, c6, t7]))
