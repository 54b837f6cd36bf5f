"""blind181 ranked pairs f01-f10: both sides share every turn except one fault in worse and the customer's reaction."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer
o = c("You put a new battery in this last month and it's worse than the old one. Dead by two in the afternoon.", None)
a = t("Sorry about that. Has anything changed since, a software update or a new app?")
b = c("It updated last week, I think. Nothing else.", None)
x = t("That's useful. An update can cause a few days of heavy drain, but a month on it shouldn't. I'll run a battery health test now, five minutes.")
y = c("Go on then.", None)
xw = t("Honestly, it won't be the battery, ours are all tested. It's the update. People always blame the battery.")
yw = c("I'm not 'people', and I know what my phone did before. Test it or refund it.", None)
z = t("The test shows 71% health, which is faulty for a month-old part. I'll swap it under warranty, about thirty minutes.")
w = c("Thirty minutes? I've a bus to catch. Can I come back at five?", "no_time")
PAIRS.append(rpair("b181r_f01_coventry_battery", "Phone repair shop in Coventry (UK): a month-old replacement battery drains fast. Worse argues with the customer.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))

# f02 doubts the customer's honesty
o = c("My phone stopped charging out of nowhere. It's a year old and I need it for work. How fast can you fix it?", None)
a = t("Let's see. Port first... there's lint in it, and the liquid indicator is red. Has it been anywhere damp, bathroom, rain, beach bag?")
b = c("Not that I know of. I've never dropped it in water.", None)
x = t("Okay. Humidity can trip those too, so it proves nothing; it only means the warranty won't cover it. Cleaning the port is free, so let's start there.")
y = c("Yeah, please try that.", None)
xw = t("The indicator doesn't lie, though. You're sure nobody dropped it in the pool or the tub? Kids, maybe?")
yw = c("I just told you, no. I don't have kids. Do you want to fix it or not?", None)
z = t("Cleaning it now... there. It's charging. If it stops again, bring it back and we'll check the port board, that'd be $59.")
w = c("Fifty-nine if it happens again, okay. Thanks.", None)
PAIRS.append(rpair("b181r_f02_tampa_chargingport", "Phone repair counter in Tampa (US): a phone stops charging and the liquid indicator is red. Worse doubts the customer's word.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))

# f03 drops the price before asking anything
o = c("Good afternoon. We have 15 computers in our CA office in Sector 17. What is the cost of your annual maintenance contract?", None)
a = t("Good afternoon. Are these desktops or laptops, and who looks after them at present?")
b = c("All desktops, five years old. One local boy comes when we call, but sometimes he takes two days.", None)
x = t("So fifteen older desktops, and slow response is the pain, worst in filing season. Ours is ₹1,200 a PC a month with same-day visits. Can I check the machines free before a firm quote?")
y = c("Eighteen thousand a month is more than we pay the boy, but same-day matters in July. Come and check.", None)
xw = t("For you, a special rate: ₹800 per PC instead of ₹1,200, if you sign this week.")
yw = c("Discount already, before you have even seen the office? Let me first compare two, three vendors.", "think_it_over")
z = t("I'll come Thursday at 11, check all fifteen, and send a written quote with response times in it.")
w = c("Thursday 11 is okay. Ask for Mrs. Kapoor.", None)
PAIRS.append(rpair("b181r_f03_chandigarh_amc", "IT maintenance vendor on the phone to a CA office in Chandigarh (India). Worse cuts the price before understanding the need.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))

# f04 an unasked lecture
o = c("Hello, this laptop keeps showing a big red warning that I've got a virus and to ring Microsoft. I haven't rung. My grandson said bring it here.", None)
a = t("Your grandson's right, and well done for not ringing. Does it appear when you're on the internet?")
b = c("Yes, on the internet. It beeps as well. Frightened the life out of me.", None)
x = t("That's a fake pop-up from a website, not a real virus. It can't hurt you if you close it.")
y = c("Oh, thank goodness. Can you stop it coming back?", None)
xw = t("Right, you really must be careful. Scams are everywhere: don't click links, use a different password for everything, never use public wifi. Do you use the same password everywhere?")
yw = c("I didn't come here for a telling-off, young man. Can you fix it or not?", None)
z = t("I'll reset the browser and run a scan to be sure. It's £40, about half an hour.")
w = c("Forty pounds? Hmm. Let me ring my grandson first, he might know how to do it.", "think_it_over")
v = t("Of course. Ring him from here if you like. Until then, just close the page when it pops up.")
PAIRS.append(rpair("b181r_f04_norwich_popup", "Computer shop counter in Norwich (UK): a pensioner with a fake virus warning. Worse gives an unasked lecture.",
                   [o, a, b, x, y, z, w, v], [o, a, b, xw, yw, z, w, v]))

# f05 a vague next step
o = c("So what's the verdict? I need this laptop for classes, finals start in two weeks.", None)
a = t("The charging circuit on the motherboard is burned out. A replacement board is $240 with labor. Your files are safe, the drive's fine.")
b = c("Okay, $240 hurts, but a new laptop's worse. How long?", None)
x = t("The board usually arrives Tuesday. I'll text you when it lands and fit it the same day. If it's not here by Thursday, I'll call you Thursday morning with options.")
y = c("Tuesday, okay. That I can plan around.", None)
xw = t("We'll have to order the board. We'll let you know when it comes in.")
yw = c("Like, roughly when, though? I literally have finals.", None)
z = t("Meanwhile I'll copy your files to a USB stick now, no charge, so you can work on the library PCs.")
w = c("Thanks, that helps a lot.", None)
PAIRS.append(rpair("b181r_f05_detroit_motherboard", "Laptop repair counter in Detroit (US): a student's laptop needs a new board before finals. Worse gives a vague next step.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))

# f06 over-promises
o = c("My phone fell in the backwater on our houseboat trip. It won't switch on. All the photos are inside, my parents' anniversary trip.", None)
a = t("Sorry, that's hard. When did it fall, and have you tried charging it?")
b = c("Two days back. My cousin said keep it in rice, so it's in rice. Not charged.", None)
x = t("Good that you didn't charge it. Rice won't really help, but no harm. Backwater corrodes the board fast, so I can't promise. We'll open and clean it today and try to run it long enough to copy the photos.")
y = c("Okay. At least you are honest.", None)
xw = t("Don't worry at all, hundred percent we'll get every photo back by tomorrow. We do this daily.")
yw = c("Really, every photo? Then I'll tell my parents it's fine.", None)
z = t("Inspection is ₹700. If the board needs more work, I'll call you with the cost before doing anything.")
w = c("Seven hundred is more than the shop near my house, but okay, do it.", "too_expensive")
PAIRS.append(rpair("b181r_f06_kochi_waterphone", "Phone repair shop in Kochi (India): a phone dropped in backwater holds family photos. Worse over-promises recovery.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))

# f07 closes before checking the thing works
o = c("Thanks for coming. It's printing everything with a grey smear down the side, and we've got court bundles going out tomorrow.", None)
a = t("Let me look. Can you print me one of the smeared pages so I can see where it sits?")
b = c("Here. Same place every page, left edge.", None)
x = t("Same spot every page points to the drum unit. I've swapped it. Before I write anything up, let's print a real bundle and check it together.")
y = c("Good idea. Here's one of tomorrow's bundles.", None)
xw = t("That's the drum, swapped. You're sorted. Just sign here for the call-out and parts, £185.")
yw = c("Hang on, you haven't printed a thing. I'm not signing till I see a clean page.", None)
z = t("Printing now... first page is clean edge to edge. Let's check the last few as well.")
w = c("All clean. Brilliant. Where do I sign?", None)
PAIRS.append(rpair("b181r_f07_southampton_smear", "Printer engineer on a site visit to a solicitors' office in Southampton (UK). Worse closes before testing the repair.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))

# f08 recommends before asking
o = c("Hi, I need a new router. Where are they?", None)
a = t("Aisle nine, I'll walk you. Is the old one broken, or is something about the Wi-Fi bugging you?")
b = c("Wi-Fi doesn't reach my upstairs office. I work from home.", None)
x = t("So the upstairs office is the dead spot. Where's the router now? Sometimes moving it or adding one mesh point is cheaper than a new router.")
y = c("In the basement by the cable box. Moving it's not really an option.", None)
xw = t("Grab this one, the Nighthawk, $299. Best we sell, it'll blast through any wall.")
yw = c("Three hundred? I was hoping for like a hundred. My old one's only two years old.", "too_expensive")
z = t("Then a two-pack mesh is the way, $149: one unit at the router, one by the stairs. If it doesn't reach your office, return it within 15 days.")
w = c("That I can do. Two-pack it is.", None)
PAIRS.append(rpair("b181r_f08_raleigh_router", "Electronics store in Raleigh (US): a home worker asks for a router. Worse recommends before asking.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))

# f09 unexplained jargon
o = c("Beta, my phone says storage full. I can't take photo of my grandson. Do I need new phone?", None)
a = t("No, not necessarily, aunty. Can I see? Which apps do you use most?")
b = c("WhatsApp only. Everyone sends good morning pictures, videos, so many.", None)
x = t("That's it. WhatsApp keeps every picture and video people send, and they fill the phone. I can delete the forwarded good morning ones and keep your family photos. Shall I?")
y = c("Yes, but don't delete my grandson's photos!", None)
xw = t("Your internal storage is full of WhatsApp media cache. I'll clear the cache, offload to cloud and turn off media auto-download in data settings.")
yw = c("Beta, I didn't understand anything. Will my photos go?", None)
z = t("Your grandson's photos I'll first copy to Google Photos, so they're safe even if you change the phone. No charge for this.")
w = c("Okay beta, do it. God bless you.", None)
PAIRS.append(rpair("b181r_f09_indore_storage", "Mobile shop in Indore (India): an elderly woman's phone storage is full. Worse uses unexplained jargon.",
                   [o, a, b, x, y, z, w], [o, a, b, xw, yw, z, w]))

# f10 talks about themselves
o = c("Hiya. My PC keeps crashing mid-game, black screen then restart. Built it myself in March.", None)
a = t("Annoying. Which games, and does it happen straight away or after a while?")
b = c("Anything heavy. After about twenty minutes. Desktop stuff's fine.", None)
x = t("Twenty minutes under load, then a hard restart. That often points at power or heat. Which power supply and graphics card have you got?")
y = c("A 550 watt one that came with the case, and a 3070.", None)
xw = t("Ha, been there. My first rig crashed for months, I'd plugged the fans in wrong. My current build's water-cooled though, never crashes.")
yw = c("Cool. Um, I'm on my lunch break, so can we talk about mine?", "no_time")
z = t("Let's put it on our bench for a two-hour stress test. It's £35.")
w = c("Thirty-five quid just to test it? Bit steep. Could be the PSU anyway, it came free with the case.", "too_expensive")
v = t("Could well be. If it is, the £35 comes off a new power supply. Bring it in Saturday?")
PAIRS.append(rpair("b181r_f10_brighton_crashes", "Gaming PC builder's shop in Brighton (UK): a self-built PC crashes under load. Worse talks about himself.",
                   [o, a, b, x, y, z, w, v], [o, a, b, xw, yw, z, w, v]))
