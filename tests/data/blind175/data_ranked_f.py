from common import c, t, rpair

# f01: drops the price before asking anything
a0 = c("Morning. Just browsing really. What's the story with the red estate?", "brush_off")
a1 = t("Morning. One owner, full history, 48,000 miles. What's got you looking at estates?")
a2 = c("Two kids and a Labrador. The hatchback's bursting at the seams.", None)
a3 = t("A Lab in the boot means load length matters. Want to drop the seats and see if a crate fits? I've a tape measure.")
a4 = c("Good idea, the crate's 90 long. Let's measure.", None)
a3w = t("I can knock 800 off the sticker today, if that helps.")
a4w = c("I haven't even asked the price. Why, what's wrong with it?", None)
a5 = t("Boot floor is 105 long with the seats up, and the cambelt was done last year; the invoice is in the folder.")
a6 = c("Right. I'll bring the wife and the dog at the weekend.", "think_it_over")

# f02: argues with the customer
b0 = c("You put new tires on Monday and now the car pulls to the left on the freeway.", None)
b1 = t("Thanks for bringing it back. Does it pull all the time, or only at speed?")
b2 = c("Mostly above 50. I have to hold the wheel right the whole time.", None)
b3 = t("That's tiring on a freeway. It could be alignment or a tire; we'll check both.")
b4 = c("Okay. I was worried you'd say it's my driving.", None)
b3w = t("New tires don't make a car pull. It must have pulled before and you didn't notice.")
b4w = c("It did not pull before. I drive this car every day, I'd know.", None)
b5 = t("We'll road test it with you, then swap the fronts side to side. If the pull moves, it's a tire; if not, alignment. No charge for the check.")
b6 = c("Fine. I can wait an hour.", None)

# f03: doubts the customer's honesty
e0 = c("Hi, a stone hit my windscreen on the M6 yesterday and now there's a crack about the length of my finger.", None)
e1 = t("Sorry to hear it. Is the crack in the driver's line of sight?")
e2 = c("Bit to the left of my view, low down.", None)
e3 = t("Then it's likely a replacement, not a repair, and that's under your glass cover with a 95 excess.")
e4 = c("Okay, 95's fine.", None)
e3w = t("Are you sure it happened yesterday? Lots of people claim old damage, so I have to ask.")
e4w = c("Yes, I'm sure. I'm not lying about a windscreen.", None)
e5 = t("We can send a technician to your home or work. Which suits, and when?")
e6 = c("Work, tomorrow afternoon if you can.", None)

# f04: an unasked lecture
g0 = c("hey bought my first ev from you last month. driving to my sisters in atlanta next week, 240 miles. worried about charging", None)
g1 = t("Good that you're planning ahead. Where are you starting from, and what range does the car show when full?")
g2 = c("charlotte. says about 250 when full but it drops fast on the highway", None)
g3 = t("That's normal; at 75 you can lose 20 to 25 percent. Plan on about 180 real miles between stops.")
g4 = c("ok so one stop maybe two", None)
g3w = t("Well, EVs are about changing your mindset. Lithium-ion chemistry hates the cold, drag rises with the square of speed, and honestly we should all drive slower, it's better for the planet.")
g4w = c("ok... didnt really need the physics lesson. how many stops", None)
g5 = t("I'd plan one stop near Greenville, about 25 minutes, and a backup past Anderson. Use the car's route planner; it warms the battery on the way in.")
g6 = c("great that helps a lot", None)

# f05: a vague next step
h0 = c("Hello, someone reversed into my rear bumper in a car park. My insurer said to call you.", None)
h1 = t("Sorry to hear it. Is it just the bumper, or lights and boot lid too?")
h2 = c("Just the bumper, cracked on the corner. The parking sensor beeps constantly.", None)
h3 = t("That usually means a new bumper and a sensor recalibration. The insurer needs photos first.")
h4 = c("I can send photos today. How soon can you fit me in? I need the car for work.", None)
h5 = t("Send them to this number. I'll get the insurer's approval and ring you Thursday with a date; the job itself is two days.")
h6 = c("Thursday, great. Thanks.", None)
h5w = t("Send us the photos and we'll be in touch at some point once things move along.")
h6w = c("At some point? I need it for work. Can't you give me any idea?", None)

# f06: over-promises
k0 = c("We need four cargo vans for a new delivery contract starting March 1. Can you get them by then?", None)
k1 = t("Let's see. What spec: roof height, shelving, any upfit?")
k2 = c("High roof, shelving on one side. It's a parcel contract, they're strict.", None)
k3 = t("High roof is in stock; shelving is fitted by a partner shop.")
k4 = c("So can you promise March 1?", None)
k5 = t("The vans, yes, four are on the lot. The upfitter needs two to three weeks, so ordering this week is tight but doable. I'll get their date in writing before you sign.")
k6 = c("Okay, get me that date and we'll sign Friday.", None)
k5w = t("Absolutely, guaranteed, all four fully fitted by March 1, no problem at all.")
k6w = c("Great, I'll tell the parcel company it's locked in then.", None)

# f07: closes before checking the thing works
m0 = c("Hiya, are you done? I've got the school run in ten minutes.", None)
m1 = t("Nearly. Charger's mounted and wired, isolator's on the wall outside.")
m2 = c("Brilliant. Does the app need setting up?", None)
m3 = t("Yes, I'll connect it to your wifi now, two minutes.")
m4 = c("Wifi code's on the router in the hall.", None)
m5 = t("Done. Before you sign, let's plug the car in and check it starts charging and shows in the app.")
m6 = c("Oh, good idea. Car's on the drive, go for it.", None)
m5w = t("Done. Can you sign here so I can close the job? You'll be late otherwise.")
m6w = c("Sure, where? Hang on, shouldn't we try it on the car first?", None)

# f08: recommends before asking
n0 = c("Hey, I'm looking at pickups. I do tile and flooring, just started my own business.", None)
n1 = t("Congrats on going out on your own. What do you haul day to day, and how far?")
n2 = c("Boxes of tile, a wet saw, sometimes pallets of thinset. Forty miles a day, mostly city.", None)
n1w = t("Congrats! You want the heavy-duty diesel then, that's what serious contractors run.")
n2w = c("Diesel? That's way more truck than I need. I haul tile, a wet saw, sometimes pallets of thinset, forty miles a day in the city.", "no_need")
n3 = t("A pallet of thinset can be 2,500 pounds, so payload matters more than towing. A half-ton with the max payload package does it, and it's cheaper on gas in town.")
n4 = c("That sounds right. What's that run?", None)
n5 = t("About 46 new, or a two-year-old one at 37. Want to see both and check the bed length for your saw?")
n6 = c("Yeah, the used one first. 46 is more than I want to borrow right now.", "no_money")

# f09: unexplained jargon
p0 = c("Hi, um, I'm 18 and just passed my test. The quotes online are crazy, like two thousand. Is that normal?", "too_expensive")
p1 = t("Sadly it's common at 18, but there are ways down. Which car would you insure?")
p2 = c("My mum's old Polo, it's a 1.2.", None)
p3 = t("Small engine helps. A black box, a little device that scores your driving, often cuts the price a lot. The catch can be a curfew, like no driving 11pm to 5am.")
p4 = c("Oh, I don't drive late anyway. That could work.", None)
p3w = t("Small engine helps. Go telematics, bump the voluntary XS, skip NCD protection, and check if they'll do named-driver rather than main.")
p4w = c("Sorry, I didn't understand any of that.", None)
p5 = t("Let me run a quote now on the Polo with you as the main driver, so you see a real figure.")
p6 = c("Okay, go on. If it's still over a grand I'll have to wait till I've saved.", "no_money")

# f10: talks about themselves instead of the customer
q0 = c("I'm after something small and easy to park. I've only been driving six months and I'm nervous on fast roads.", None)
q1 = t("Lots of people feel that. What sort of driving will you mostly do?")
q2 = c("Town mostly. But my new job's twenty miles away, half of it on the A1.", None)
q3 = t("So town, plus a daily stretch of A-road. A small car with a bit more power makes joining fast roads much less stressful.")
q4 = c("That's exactly what scares me, joining. More power would help.", None)
q3w = t("Oh, I was the same! My first car was a 1.0 and I nearly got flattened by a lorry on the M1. Then I got a hot hatch and never looked back, best car I ever had.")
q4w = c("Right... that doesn't really help me, though.", None)
q5 = t("Let's take the 1.2 turbo hatch out on the bypass so you can practise joining traffic with someone beside you.")
q6 = c("Okay, yes. But I can't today, I've got to be at work by two. Saturday?", "no_time")

PAIRS = [
 rpair("b175r_f01_ukusedcar_estate", "UK used-car forecourt: a browser with kids and a dog. Fault: drops the price before asking anything.",
  [a0, a1, a2, a3, a4, a5, a6], [a0, a1, a2, a3w, a4w, a5, a6]),
 rpair("b175r_f02_ustire_pull", "US tire shop: a car pulls after new tires. Fault: argues with the customer.",
  [b0, b1, b2, b3, b4, b5, b6], [b0, b1, b2, b3w, b4w, b5, b6]),
 rpair("b175r_f03_ukinsure_windscreen", "UK car insurance glass claim. Fault: doubts the customer's honesty.",
  [e0, e1, e2, e3, e4, e5, e6], [e0, e1, e2, e3w, e4w, e5, e6]),
 rpair("b175r_f04_usev_roadtrip", "US dealer EV aftercare chat: a first EV road trip. Fault: an unasked lecture.",
  [g0, g1, g2, g3, g4, g5, g6], [g0, g1, g2, g3w, g4w, g5, g6]),
 rpair("b175r_f05_ukbodyshop_bumper", "UK insurer-approved body shop: a cracked bumper. Fault: a vague next step.",
  [h0, h1, h2, h3, h4, h5, h6], [h0, h1, h2, h3, h4, h5w, h6w]),
 rpair("b175r_f06_usvans_deadline", "US commercial van dealer: four upfitted vans for a contract date. Fault: over-promises.",
  [k0, k1, k2, k3, k4, k5, k6], [k0, k1, k2, k3, k4, k5w, k6w]),
 rpair("b175r_f07_ukev_handover", "UK EV home charger install handover. Fault: closes before checking it works.",
  [m0, m1, m2, m3, m4, m5, m6], [m0, m1, m2, m3, m4, m5w, m6w]),
 rpair("b175r_f08_usdealer_pickup", "US franchised dealer: a new tiling contractor wants a pickup. Fault: recommends before asking.",
  [n0, n1, n2, n3, n4, n5, n6], [n0, n1w, n2w, n3, n4, n5, n6]),
 rpair("b175r_f09_ukinsure_newdriver", "UK car insurance quote line: an 18-year-old new driver. Fault: unexplained jargon.",
  [p0, p1, p2, p3, p4, p5, p6], [p0, p1, p2, p3w, p4w, p5, p6]),
 rpair("b175r_f10_ukdealer_nervousdriver", "UK used-car dealer: a nervous new driver. Fault: talks about themselves.",
  [q0, q1, q2, q3, q4, q5, q6], [q0, q1, q2, q3w, q4w, q5, q6]),
]
