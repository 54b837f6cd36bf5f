"""Ranked pairs f01-f10 of blind153 (hand-written): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

# f01 argues with the customer
a0 = c("Good morning. The blocks I buy from you last week, nuff of them crack when the truck drop them. Like twenty out of two hundred.", None)
a1 = t("Morning. Twenty in two hundred is too many. Did they crack coming off the truck, or did you find them cracked after?")
a2 = c("Right when the driver tip them off. He never use the pallet.", None)
a3g = t("Then that's on our delivery; tipping them off cracks blocks. I'm sorry about that.")
a4g = c("Alright. Mason start Monday, so I need them quick.", None)
a3b = t("Blocks don't crack from offloading, they're made to take it. Probably your ground was uneven or they got rain.")
a4b = c("Uneven? Is a concrete driveway, I watch him dump them. Last time the cement from you was lumpy too.", "bad_experience")
a5 = t("I'll have twenty replacements there Saturday morning, offloaded by hand. Can someone be home between 8 and 10?")
a6 = c("My wife home Saturday. Eight to ten fine.", None)
a7 = t("Done. I'll text you the driver's number Friday evening.")

# f02 doubts the customer's honesty
b0 = c("Hi, returning the Yaris. Before you say anything, that scratch on the back door was there when I picked it up.", None)
b1 = t("Thanks for pointing it out. Did you note it on the check-out sheet?")
b2 = c("I told the young man. He said it's small, fine. I don't know if he wrote it.", None)
b3g = t("That's okay, he often forgets to write them. The pickup photos will show it either way.")
b4g = c("Thanks. I just don't want it on my card.", None)
b3b = t("Hmm. People tell us that a lot, to be honest. You're sure it wasn't a car park in Bridgetown?")
b4b = c("Are you calling me a liar? Check your own photos.", None)
b5 = t("Here: photo 6 from pickup shows the same scratch. No charge. I'll add it to the car's file so the next renter isn't asked.")
b6 = c("Great. Can you email me the receipt?", None)
b7 = t("Sent to the address on your booking. Safe flight home.")

# f03 drops the price before asking anything
d0 = c("Good afternoon. I manage a dental clinic in Diego Martin. What does your business internet cost?", None)
d1g = t("Good afternoon. It depends on what the clinic runs on it. How many staff, and do you use cloud software for records or X-rays?")
d2g = c("Six staff. The X-rays go to a cloud system, and that is slow now.", None)
d1b = t("Good afternoon. Business 100 is TT$650 a month, but for you I can do 450 straight away.")
d2b = c("Four-fifty already? What's the catch? We have six staff and the X-rays go to the cloud, slow now.", None)
d3 = t("Cloud X-rays need good upload. Business 100 gives 40 up, enough for six staff. Shall we test the line in your building first?")
d4 = c("A test would be good. Our last provider promised speed and never delivered.", "bad_experience")
d5 = t("Wednesday at 8, before your patients. If it tests badly, we'll say so.")
d6 = c("Wednesday at 8 is fine.", None)

# f04 an unasked lecture
e0 = c("Hi. I let my house insurance lapse in June, money was tight. Now I want to put it back. Possible?", None)
e1 = t("Usually, yes. How long since it lapsed, and any damage to the house since then?")
e2 = c("Four months. No damage, thank God.", None)
e3g = t("Good. Then we reinstate after a quick inspection. The premium is J$96,000 a year, or J$8,400 a month, which may help with cash flow.")
e4g = c("Monthly would help. Still a lot, but I can manage it.", "too_expensive")
e3b = t("Good. You really shouldn't let it lapse in hurricane season, that was a big risk; insurance is the one bill you never skip. Anyway: inspection, then J$96,000 a year or J$8,400 a month.")
e4b = c("I know, I know. I didn't come for a lecture. Money was tight, I said.", None)
e5 = t("The inspector can come Tuesday or Friday next week. Which suits?")
e6 = c("Tuesday I'm at work till six. Friday.", None)
e7 = t("Friday, between 9 and 12. Cover starts the day he approves it.")

# f05 a vague next step
g0 = c("hi my parcel was supposed to reach my mobay address tuesday. tracking stuck at kingston hub since saturday", None)
g1 = t("Hi, sorry about that. Can you send the tracking number")
g2 = c("JM7710452. its my daughters school laptop", None)
g3 = t("Thanks. It was scanned at the Kingston hub Saturday but not loaded on the Montego Bay truck. It looks misrouted.")
g4 = c("so where is it now. she have exams next week", None)
g5g = t("I've asked the hub to find it today. I'll message you here by 3pm with where it is, and once found it goes on tomorrow's 6am truck to you.")
g6g = c("ok 3pm. i will watch for it", None)
g5b = t("I've escalated it to the hub. We'll let you know once we hear something.")
g6b = c("when though. i cant wait weeks, exams next week", None)

# f06 over-promises
h0 = c("Afternoon. My barrel leave Brooklyn on the 5th for Port of Spain, all the Christmas things in it. It will reach before Christmas?", None)
h1 = t("Let's see. What's in it, mostly food and clothes, or anything electronic?")
h2 = c("Food, clothes, toys, and a small TV for my mother.", None)
h3g = t("The ship usually lands around the 16th, then customs. With a TV they often open the barrel, three to five days more. Likely before Christmas, but not certain. The TV receipt in the papers helps most.")
h4g = c("Hmm. So maybe the 21st. Cutting it close, but okay.", None)
h3b = t("Don't worry, it will definitely be here by the 18th, guaranteed. We do this every year.")
h4b = c("Guaranteed? Good, I'll tell my mother to plan the lunch for the 20th then.", None)
h5 = t("Put the TV receipt in the document pouch and email us a copy. Express clearance is TT$350 if you want it.")
h6 = c("Three fifty more? I pay enough for the barrel already. I'll just send the receipt.", "too_expensive")
h7 = t("That's fine. I'll send you the tracking once it's loaded on the 5th.")

# f07 closes before checking the thing works
k0 = c("Morning. I bought the 10 GB data plan an hour ago and nothing loads. Money gone and no internet.", None)
k1 = t("Morning. The plan is active since 9:14. What does the phone show at the top, 4G, LTE, or nothing?")
k2 = c("It says LTE but WhatsApp just spinning.", None)
k3 = t("Then the APN setting may be wrong after the last update. I've sent a settings text: open it, tap install, then restart the phone.")
k4 = c("Okay, it restarting now.", None)
k5g = t("While it starts, send a WhatsApp to someone and tell me if it goes through.")
k6g = c("Yes! It gone through. The ticks blue already.", None)
k5b = t("Great, that should sort it. I'll close the ticket now. Anything else today?")
k6b = c("Wait, it still loading. Don't close nothing yet, I paid seventy dollars for this.", None)

# f08 recommends before asking
m0 = c("Hi, I need paint for the outside of my house.", None)
m1g = t("Sure. Is the wall concrete or wood, painted now or bare? And how much sun does it get?")
m2g = c("Concrete, painted before but old. West side, full sun most of the day.", None)
m1b = t("Take our Weathershield Elastomeric, the best we have, TT$650 a gallon.")
m2b = c("650 a gallon? Lord. I don't know if I need that kind. Is just old painted concrete, sunny side.", "too_expensive")
m3 = t("For old painted concrete in full sun, a good acrylic exterior is enough unless the walls have cracks. See any hairline cracks?")
m4 = c("A few small ones near the windows.", None)
m5 = t("Fill those with exterior filler and use the acrylic, TT$420 a gallon, about six gallons for an average house. Bring the wall measurements and I'll work it out.")
m6 = c("Six gallons... I'll measure on the weekend and come back.", "think_it_over")

# f09 unexplained jargon
n0 = c("Good afternoon. A pipe burst in my kitchen Saturday and the cupboards are ruined. What will the insurance pay?", None)
n1 = t("I'm sorry to hear that. Is the water stopped now, and is everyone okay?")
n2 = c("Plumber fixed it Sunday. We're fine, the kitchen is a mess.", None)
n3g = t("Good. The policy pays for the damage the water did, cupboards and floor, but not the pipe itself. You pay the first $1,000 of the claim; we pay the rest up to your limit.")
n4g = c("So the plumber is mine, the cupboards less a thousand are yours. Understood.", None)
n3b = t("Good. It's an escape-of-water peril, so resultant damage is covered subject to the excess, the pipe itself excluded as wear and tear, settled on an indemnity basis.")
n4b = c("Sorry, I didn't understand half of that. What will you actually pay?", None)
n5 = t("Send photos of the kitchen and the plumber's report, and an adjuster will visit this week.")
n6 = c("This week is bad, I'm at work every day till five. Next week?", "no_time")
n7 = t("He does evening visits. Monday at 5:30?")

# f10 talks about themselves
p0 = c("Hello, we're booked with you next week, but the news say a storm might form. I'm nervous. What happens if it hits?", None)
p1 = t("I understand the worry. What are your dates, and are you flying from Trinidad or abroad?")
p2 = c("The 14th to the 18th. Flying from Toronto with two children.", None)
p3g = t("Right now the forecast puts it well north of Tobago, but it's early. The house has storm shutters and a generator.")
p4g = c("Okay, that helps a little. But if it does come?", None)
p3b = t("Oh, I know the feeling. I was in Grenada for Ivan in 2004, didn't sleep three nights, the roof rattling. Tobago storms are rarely that bad, I think.")
p4b = c("That's... not making me feel better. What about our booking if it comes?", None)
p5 = t("With an official warning for Tobago, you get a free date change or a full refund, your choice. I'll message you each evening this week with the forecast.")
p6 = c("Thank you. We'll wait and decide on the weekend then.", "think_it_over")
p7 = t("That's sensible. Talk to you tomorrow evening.")

PAIRS = [
rpair("b153r_f01_oldharbour_blocks", "Block and hardware yard, Old Harbour, Jamaica (counter): cracked blocks after delivery.",
 [a0, a1, a2, a3g, a4g, a5, a6, a7], [a0, a1, a2, a3b, a4b, a5, a6, a7]),
rpair("b153r_f02_bridgetown_rentalreturn", "Car rental return, Bridgetown, Barbados: a customer flags an old scratch.",
 [b0, b1, b2, b3g, b4g, b5, b6, b7], [b0, b1, b2, b3b, b4b, b5, b6, b7]),
rpair("b153r_f03_diegomartin_clinicinternet", "Business broadband, Diego Martin, Trinidad (call): a dental clinic manager asks the price.",
 [d0, d1g, d2g, d3, d4, d5, d6], [d0, d1b, d2b, d3, d4, d5, d6]),
rpair("b153r_f04_kingston_lapsedpolicy", "Home insurance, Kingston, Jamaica (call): reinstating a lapsed policy.",
 [e0, e1, e2, e3g, e4g, e5, e6, e7], [e0, e1, e2, e3b, e4b, e5, e6, e7]),
rpair("b153r_f05_montegobay_lostparcel", "Courier, Montego Bay, Jamaica (chat): a parcel stuck at the Kingston hub.",
 [g0, g1, g2, g3, g4, g5g, g6g], [g0, g1, g2, g3, g4, g5b, g6b]),
rpair("b153r_f06_portofspain_christmasbarrel", "Barrel shipping agent, Port of Spain, Trinidad: will the Christmas barrel arrive in time.",
 [h0, h1, h2, h3g, h4g, h5, h6, h7], [h0, h1, h2, h3b, h4b, h5, h6, h7]),
rpair("b153r_f07_bridgetown_databundle", "Mobile provider, Bridgetown, Barbados (call): a data bundle that doesn't work.",
 [k0, k1, k2, k3, k4, k5g, k6g], [k0, k1, k2, k3, k4, k5b, k6b]),
rpair("b153r_f08_sangregrande_exteriorpaint", "Paint and hardware store, Sangre Grande, Trinidad: paint for the outside of a house.",
 [m0, m1g, m2g, m3, m4, m5, m6], [m0, m1b, m2b, m3, m4, m5, m6]),
rpair("b153r_f09_bridgetown_pipeclaim", "Home insurance claims line, Barbados: a burst pipe ruined the kitchen cupboards.",
 [n0, n1, n2, n3g, n4g, n5, n6, n7], [n0, n1, n2, n3b, n4b, n5, n6, n7]),
rpair("b153r_f10_tobago_stormworry", "Guesthouse, Tobago (call): a family booked from Toronto worries about a forming storm.",
 [p0, p1, p2, p3g, p4g, p5, p6, p7], [p0, p1, p2, p3b, p4b, p5, p6, p7]),
]
