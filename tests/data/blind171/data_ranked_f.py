"""blind171 ranked pairs f01-f10: both sides share every turn except one fault in worse and the reaction to it."""
from common import c, rpair, t

# f01 argues with the customer
o = c("Stove smokes back into the room when I open the door. Put it in last fall.", None)
t1 = t("Does it do it all the time, or mostly when the fire's just lit?")
c1 = c("Just lit, or on mild days. Wood's two years split, so it's not that.", None)
gb = t("Two-year wood's fine, then. How tall's the chimney, and is it on an outside wall?")
cb = c("Outside wall. Just past the roof line.", None)
gw = t("Two years isn't always dry, though. I'd bet it's your wood before the chimney. How tall's the chimney, and "
 "is it on an outside wall?")
cw = c("It's dry. I've burned wood forty years. Outside wall, just past the roof line.", None)
t3 = t("A short chimney on a cold outside wall drafts poorly until it warms. An extension or a cap usually fixes it. "
 "Someone can measure, 85, Thursday?")
c3 = c("Thursday's no good. Monday.", "no_time")
t4 = t("Monday at nine, then.")
F01 = rpair("b171r_f01_ellsworth_woodstove",
 "Wood stove shop, Ellsworth ME (phone). Fault in worse: argues with the customer about his firewood.",
 [o, t1, c1, gb, cb, t3, c3, t4], [o, t1, c1, gw, cw, t3, c3, t4])

# f02 doubts the customer's honesty
o = c("Hi, my bike got stolen off my porch last night. I have renters insurance with you guys. What do I do?", None)
t1 = t("Sorry, that's a lousy morning. Did you file a police report?")
c1 = c("Yeah, this morning. I have the number.", None)
gb = t("Good. Do you have a receipt or photo of the bike, anything showing what it was?")
cb = c("Receipt's in my email. Eleven hundred, two years ago.", None)
gw = t("Okay. And you're sure it was locked? We see a lot of bikes that get, let's say, 'stolen.' Got a receipt?")
cw = c("Wow. Yes, it was locked. Receipt's in my email. Eleven hundred, two years ago.", None)
t3 = t("Your deductible's 500, so after depreciation the payout is around 600, maybe less. Still want to file?")
c3 = c("Six hundred won't buy much of a bike. But yeah, file it.", None)
t4 = t("Filed. Send the receipt and report to the claim email; an adjuster calls within three business days.")
F02 = rpair("b171r_f02_pawtucket_renters_claim",
 "Insurance agency, Pawtucket RI (phone). Fault in worse: hints the customer may be lying about the theft.",
 [o, t1, c1, gb, cb, t3, c3, t4], [o, t1, c1, gw, cw, t3, c3, t4])

# f03 drops the price before asking anything
o = c("Hi. My husband and I want lessons. Never skied. We're in our sixties, so, be gentle.", None)
gb = t("We'll be gentle. What made you want to try it this winter?")
cb = c("Grandkids. They ski, we sit in the lodge. We'd like to go out with them.", None)
gw = t("We'll be gentle. And I'll knock twenty percent off the package for you two, today only.")
cw = c("Oh. We haven't even said what we want yet.", None)
t2 = t("Most people start with cross-country; it's gentler on the knees and our beginner trails are flat. Any knee "
 "or hip trouble?")
c2 = c("My husband had a knee replaced in March.", None)
t3 = t("Then skip downhill for now. A private cross-country hour, slow pace, both of you. Saturday at ten?")
c3 = c("Saturdays the grandkids are here. Weekdays are better.", "no_time")
t4 = t("Tuesday at ten, then. Rentals are included; wear layers, not cotton.")
F03 = rpair("b171r_f03_jackson_ski_lessons",
 "Cross-country ski center, Jackson NH (counter). Fault in worse: offers a discount before asking anything.",
 [o, gb, cb, t2, c2, t3, c3, t4], [o, gw, cw, t2, c2, t3, c3, t4])

# f04 an unasked lecture
o = c("I'd like to get on the budget plan. Those January bills about did me in last year.", None)
t1 = t("We can do that. Are you already a customer? I can look up last winter's gallons.")
c1 = c("I am. Bouchard, on Maine Street.", None)
t2 = t("Found you: about 820 gallons. At today's price that's about 225 a month, September through July.")
c2 = c("Two twenty-five. More than I hoped. I'm on a fixed income.", "no_money")
gb = t("Understood. Two things lower it: a price cap for 20 cents a gallon, or a tune-up, which usually saves five "
 "percent. Want me to figure it both ways?")
cb = c("Just the tune-up. I'll pass on the cap.", "no_need")
gw = t("Honestly, the real answer is to get off oil. It's a dying fuel, heat pumps are three times as efficient, and "
 "with the climate you should think long term. Anyway, there's a cap or a tune-up.")
cw = c("I'm seventy-eight. I'm not putting in heat pumps. Just the tune-up.", "no_need")
t4 = t("Tune-up's booked for September, and I'll recompute the payment after it. First statement comes by mail.")
F04 = rpair("b171r_f04_brunswick_oil_budget",
 "Heating oil dealer, Brunswick ME (phone). Fault in worse: an unasked lecture about getting off oil.",
 [o, t1, c1, t2, c2, gb, cb, t4], [o, t1, c1, t2, c2, gw, cw, t4])

# f05 a vague next step
o = c("hey so im moving out of my dorm may 10 and going home to ohio for the summer. need to store stuff", None)
t1 = t("Got it. Roughly how much stuff, boxes plus any furniture?")
c1 = c("like 8 boxes a mini fridge and a bike", None)
t2 = t("That fits our small locker, 45 a month. Pickup at your dorm is 60 each way, or drop off in Allston.")
c2 = c("no car so pickup. my roommate needs it too. is 60 negotiable lol im broke", "no_money")
gb = t("If you and your roommate book the same slot, it's 30 each. I'm reserving May 10, 10 to noon; confirmation "
 "to both of you tonight, and a text the day before.")
cb = c("perfect ty", None)
gw = t("If you and your roommate book the same slot, it's 30 each. We'll be in touch closer to the date to sort out "
 "the details.")
cw = c("wait so is it booked or not. might look at other places", "think_it_over")
F05 = rpair("b171r_f05_boston_student_storage",
 "Moving and storage company, Boston MA (web chat). Fault in worse: a vague next step, nothing booked.",
 [o, t1, c1, t2, c2, gb, cb], [o, t1, c1, t2, c2, gw, cw])

# f06 over-promises
o = c("Need a new dodger for my Catalina 30. Frame's fine, canvas is shredded. Any chance by Memorial Day?", None)
t1 = t("Where's she sitting now, and when do you launch?")
c1 = c("On the hard in Westerly. Launching May 15th.", None)
gb = t("Honest answer: we're six weeks out, so Memorial Day is tight. If we pattern this week, early June is "
 "realistic. I'll call if a slot opens sooner.")
cb = c("Early June. Hoped for sooner, but okay.", None)
gw = t("No problem, we'll have it on by Memorial Day, guaranteed.")
cw = c("Great. I'll hold you to that.", None)
t3 = t("It's about 2,400 in Sunbrella, 500 deposit when we pattern.")
c3 = c("Twenty-four hundred. Ouch. My brother-in-law says he can sew one.", "too_expensive")
t4 = t("He might. Ours lasts ten years with a warranty on the stitching. Your call; the quote's good through April.")
F06 = rpair("b171r_f06_westerly_boat_canvas",
 "Marine canvas shop, Westerly RI (phone). Fault in worse: guarantees a date the shop's backlog cannot meet.",
 [o, t1, c1, gb, cb, t3, c3, t4], [o, t1, c1, gw, cw, t3, c3, t4])

# f07 closes before checking the thing works
o = c("I rent my condo to skiers. Guests keep saying the wifi's slow. What can you do?", None)
t1 = t("What's the address, and what speed are you paying for?")
c1 = c("Mountain Road, 14B. I pay for 100 but they say it crawls.", None)
t2 = t("If it crawls on 100, it may be the router, not the line. How old is it, and where's it sitting?")
c2 = c("The one you gave me in, I don't know, 2016. In a closet downstairs.", None)
gb = t("Let me test the line from here... 96 coming in, so the line's fine; it's the router. A new one is 8 a month; "
 "put it out of the closet, mid-condo.")
cb = c("Eight a month I can live with. Send it.", None)
gw = t("Then let's get you on our 500 plan at 75 a month; that'll solve it. I'm signing you up now.")
cw = c("Seventy-five? You haven't checked a thing. Just email me the info.", "brush_off")
F07 = rpair("b171r_f07_stowe_condo_wifi",
 "Internet provider, Stowe VT (phone). Fault in worse: sells a faster plan before testing the line.",
 [o, t1, c1, t2, c2, gb, cb], [o, t1, c1, t2, c2, gw, cw])

# f08 recommends before asking
o = c("I'm looking at e-bikes. I live up on the hill by the university and I'm sick of the bus.", None)
gb = t("That hill's steep. How far's the commute, and would you ride in winter?")
cb = c("Three miles. Not in snow, no. Maybe till December.", None)
gw = t("Then you want this one, the 4,200 mid-drive. Best bike we sell.")
cw = c("Forty-two hundred? I was thinking half that. It's three miles.", "too_expensive")
t2 = t("For three miles, spring to December, a hub-drive commuter does the hill fine, about 1,900 with fenders and "
 "lights. Where would you keep it?")
c2 = c("Back porch. No garage.", None)
t3 = t("Then get a removable battery you bring inside, and a cover. Want to ride one up the hill out back?")
c3 = c("Sure. But I'm not buying today. I want to look at a couple other shops.", "think_it_over")
t4 = t("Fair. Ride it, and take the spec sheet with you.")
F08 = rpair("b171r_f08_burlington_ebike",
 "Bike shop, Burlington VT (floor). Fault in worse: recommends the top bike before asking anything.",
 [o, gb, cb, t2, c2, t3, c3, t4], [o, gw, cw, t2, c2, t3, c3, t4])

# f09 unexplained jargon
o = c("I want to replace my windows, but someone said I need permission from the historic commission. True?", None)
t1 = t("In the historic district, yes, for anything seen from the street. Which windows?")
c1 = c("All of them. Twenty-two. The house is freezing.", None)
gb = t("Front ones go to the commission; back ones usually just need staff sign-off, quicker. They tend to approve "
 "restoring the old sashes with storm windows faster than new windows.")
cb = c("Okay. Restoring's cheaper than new, right?", None)
gw = t("Front elevation needs a COA from the HDC; rear's administrative unless you change the lite configuration or "
 "muntin profile. R&R with interior storms usually passes.")
cw = c("I'm sorry, I didn't understand a word of that.", None)
t3 = t("The application's on the city site. The next hearing is the 18th; you'd file three weeks before.")
c3 = c("Three weeks. I can't pull all that together by then, I work nights.", "no_time")
t4 = t("Then aim for next month's hearing. I can go over the form with you by phone any afternoon.")
F09 = rpair("b171r_f09_newport_historic_windows",
 "City planning office, Newport RI (phone). Fault in worse: unexplained permit jargon.",
 [o, t1, c1, gb, cb, t3, c3, t4], [o, t1, c1, gw, cw, t3, c3, t4])

# f10 talks about themselves
o = c("Feed bill's killing me. Sixty cows. Seeing if your mix is any cheaper than what I've got.", None)
t1 = t("What are you feeding now, and what are they giving?")
c1 = c("Co-op grain, 16 percent protein. Averaging sixty-five pounds.", None)
gb = t("Sixty-five is solid. Have you tested your hay this year? If it's better than you think, you may be "
 "overfeeding protein.")
cb = c("Haven't tested. Never saw the point.", None)
gw = t("Sixty-five. When I milked, we ran eighty cows in Tunbridge and averaged seventy-two. Had a nutritionist I "
 "swore by, and my dad always said feed the cow, not the tank. Anyway.")
cw = c("Good for you. I've got chores. What's your price?", "no_time")
t3 = t("Our 14 percent mix is 30 a ton under the co-op's 16. If your hay tests well, that's maybe 900 a month saved. "
 "The test is 25; I can pull a sample Tuesday.")
c3 = c("Twenty-five to test hay. We've always done fine without.", "no_need")
t4 = t("Fair enough. Then I'll bring a ton of the 14 to try on half the herd for three weeks. Watch the tank; if it "
 "drops, I take it back.")
F10 = rpair("b171r_f10_hartland_dairy_feed",
 "Feed dealer, Hartland VT (farm visit). Fault in worse: talks about his own farming days instead of the customer.",
 [o, t1, c1, gb, cb, t3, c3, t4], [o, t1, c1, gw, cw, t3, c3, t4])

PAIRS = [F01, F02, F03, F04, F05, F06, F07, F08, F09, F10]
