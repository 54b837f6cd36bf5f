"""blind115 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 fault: doubts the customer's honesty
o = c("hi the phone i bought from you 5 days ago is not charging", None)
a1 = t("Hi, sorry about that. Have you tried a different cable and socket?")
b1 = c("yes tried 2 cables and my sisters charger. nothing", None)
g2 = t("Thanks for trying that. Then it's likely the charging port, and you're inside the 7-day return window.")
gr2 = c("ok so what do i do", None)
w2 = t("Hmm, are you sure it didn't fall or get wet? These phones are usually fine when they leave us.")
wr2 = c("it did not fall. why would i lie. i just want it to work", None)
a3 = t("You can return it for a replacement: drop it at any pickup station, or a rider collects it free. The new one ships the day we receive it.")
c3 = c("rider pls, i work till 6", None)
a4 = t("Booked for tomorrow 6:30pm. You'll get an SMS with his number.")
PAIRS.append(rpair(
    "b115r_f01_ke_phone_not_charging",
    "A buyer in Mombasa tells an online marketplace seller that the phone she bought 5 days ago won't charge.",
    [o, a1, b1, g2, gr2, a3, c3, a4], [o, a1, b1, w2, wr2, a3, c3, a4]))

# f02 fault: unexplained jargon
o = c("good day. i run a business centre, 4 computers. i need internet that wont fail. what do you have", None)
a1 = t("Good day sir. How many people use it at once, and what do they mostly do, printing, online registrations, videos?")
b1 = c("mostly jamb and waec registrations, email, printing. 4 at once, more on busy days", None)
g2 = t("For that, a 4G router with our 100GB monthly plan is enough. It shares the internet to all 4 computers, and you can put a second SIM from another network inside as backup if ours is slow.")
gr2 = c("ok. how much for the router and the plan", None)
w2 = t("You'll want the LTE-A Cat 6 CPE with dual-SIM failover and the 100GB bundle, QoS configurable. Throughput is fine for 4 concurrent sessions.")
wr2 = c("abeg i dont understand all that. cat what? just tell me if it will work for my shop", None)
a3 = t("It works for the 4 computers, and the backup SIM keeps you online when one network is down. Router is 45,000 once, the plan 15,000 a month.")
c3 = c("15k monthly i can manage. but 45k for router at once is hard for me now", "no_money")
a4 = t("You can pay 25,000 now and 20,000 next month. I can deliver Thursday and set it up with you.")
PAIRS.append(rpair(
    "b115r_f02_ng_business_centre_router",
    "A business-centre owner in Owerri asks a telco's sales chat for reliable internet for 4 computers.",
    [o, a1, b1, g2, gr2, a3, c3, a4], [o, a1, b1, w2, wr2, a3, c3, a4]))

# f03 fault: over-promises the delivery date
o = c("hi will this sofa bed fit a 24sqm condo? and can it come before the 20th, parents are visiting", None)
a1 = t("Hi! It's 190cm wide and opens to 200cm. Can you measure the wall where it goes, and your door width?")
b1 = c("wall is 2.3m. door 80cm", None)
a2 = t("It fits that wall, and the box goes through an 80cm door on its side. Please check the elevator depth too, the box is 2m long.")
b2 = c("ok ill ask the admin. the mall has a similar one 3k cheaper but i like this color. before the 20th possible?", "too_expensive")
g3 = t("Today is the 12th and Metro Manila delivery is usually 5-7 days, so the 17th-19th. I can't guarantee before the 20th, but if it isn't dispatched by the 15th I'll tell you and you can cancel free.")
gr3 = c("ok fair. go, ill pay via gcash", None)
w3 = t("Yes, 100% it arrives before the 20th, I guarantee it! We're very fast.")
wr3 = c("ok great, thats what i needed. ill pay via gcash", None)
a4 = t("Sending the GCash link now. You'll get tracking once it's dispatched.")
PAIRS.append(rpair(
    "b115r_f03_ph_condo_sofa_bed",
    "A young couple in Pasig asks an online furniture shop whether a sofa bed fits their condo and can arrive before the 20th.",
    [o, a1, b1, a2, b2, g3, gr3, a4], [o, a1, b1, a2, b2, w3, wr3, a4]))

# f04 fault: drops the price before asking anything
o = c("hi how much is membership", None)
g1 = t("Hi! Monthly is 89, or 69 a month on a 12-month plan. What are you hoping to do at the gym? It helps me point you to the right option.")
gr1 = c("doctor says my blood pressure high, need to exercise. never been to gym before", None)
w1 = t("Hi! It's 89 a month, but I can do 59 for you if you sign up today.")
wr1 = c("59? why so cheap suddenly, got catch or not. anyway doctor says bp high, need exercise. never been to gym", None)
a2 = t("Good reason to start. For a first-timer with high BP we'd begin with walking and light machines, and there's a free intro session with a trainer.")
b2 = c("ok. but honestly i joined a gym before, paid 1 year and went 3 times", "bad_experience")
a3 = t("That happens a lot. So no 12-month plan for now: do the free session, then monthly, stop anytime. We're open till 11pm if you finish late. This Saturday?")
c3 = c("saturday morning can", None)
PAIRS.append(rpair(
    "b115r_f04_sg_first_gym",
    "A 40-year-old in Bishan asks a neighbourhood gym about membership after his doctor told him to exercise.",
    [o, g1, gr1, a2, b2, a3, c3], [o, w1, wr1, a2, b2, a3, c3]))

# f05 fault: vague next step
o = c("my bike insurance expires friday. i want to renew but cheaper. i pay 6,500 now", None)
a1 = t("Sawa. Is it third-party only or comprehensive? And do you carry passengers?")
b1 = c("third party. yes passengers, its my work", None)
a2 = t("For a boda carrying passengers, third-party with passenger cover is 5,900 with us. The 3,500 private cover won't pay if a passenger is hurt, so I wouldn't take that.")
b2 = c("5,900 hmm, a guy at the stage sells for 4,000. but i need it before friday, police are everywhere", "too_expensive")
g3 = t("If his 4,000 has passenger cover, fine, but ask to see it on the certificate. With us: pay 5,900 to the paybill, send me the M-Pesa message, and I SMS the e-certificate within 2 hours.")
gr3 = c("ok let me check his paper first. if not i pay you tonight", "think_it_over")
w3 = t("Ours is the best cover. Ok, we'll process it and get back to you soon.")
wr3 = c("soon when? friday is the day after tomorrow", None)
PAIRS.append(rpair(
    "b115r_f05_ke_boda_insurance",
    "A boda rider in Kisii asks an insurance agent on WhatsApp to renew his cover, which expires on Friday.",
    [o, a1, b1, a2, b2, g3, gr3], [o, a1, b1, a2, b2, w3, wr3]))

# f06 fault: argues with the customer
o = c("good afternoon. you fixed my laptop last week for overheating. its hot again and shutting down", None)
a1 = t("Good afternoon ma, sorry it's back. When does it shut down, with many apps open or even when idle?")
b1 = c("when i use excel and zoom together. it was fine for 3 days after the repair", None)
g2 = t("That's useful. Fine for 3 days suggests the thermal paste didn't set well or the fan is weak. That's on our repair.")
gr2 = c("ok. so what happens now", None)
w2 = t("Ma, we cleaned it properly, I did it myself. It's probably how you use it, on the bed or your lap. It's not from our repair.")
wr2 = c("i use it on my desk. i paid 25k for this repair and now its my fault?", None)
a3 = t("We'll redo it free of charge. Drop it by 9am tomorrow and it's ready by 2pm; we'll test it with Excel and Zoom running before you collect.")
c3 = c("9am i cant, i have a meeting. i can bring it by 12", "no_time")
a4 = t("12 is fine, then it's ready by 5pm, same test before you collect.")
PAIRS.append(rpair(
    "b115r_f06_ng_laptop_overheat",
    "A banker in Abuja chats a laptop repair shop: the laptop they fixed last week overheats again.",
    [o, a1, b1, g2, gr2, a3, c3, a4], [o, a1, b1, w2, wr2, a3, c3, a4]))

# f07 fault: unasked lecture
o = c("hi can i loan 5000 to repair my tricycle. i have a credit score na in the app", None)
a1 = t("Hi! Yes, your limit shows 8,000. For 5,000: 3 months at 1,920 a month, or 6 months at 1,010. Roughly how much do you earn a week, so we pick an easy payment?")
b1 = c("around 3,000 a week after boundary. but if the tricycle is broken, zero", None)
g2 = t("Then fixing it fast matters most. 3 months at 1,920 is about 480 a week. Okay with your earnings?")
gr2 = c("yes kaya. 3 months", None)
w2 = t("Honestly sir, you should have an emergency fund for repairs. Experts say save 3-6 months of expenses so you don't need loans. Anyway, 3 months at 1,920 is about 480 a week. Okay?")
wr2 = c("easy to say po, i have 3 kids. yes kaya, 3 months", None)
a3 = t("Done, the 5,000 will be in your wallet in a few minutes. First payment is on the 15th next month; we'll remind you 3 days before.")
c3 = c("salamat po", None)
PAIRS.append(rpair(
    "b115r_f07_ph_tricycle_loan",
    "A tricycle driver in Bulacan chats an e-wallet's loan support about borrowing 5,000 to repair his engine.",
    [o, a1, b1, g2, gr2, a3, c3], [o, a1, b1, w2, wr2, a3, c3]))

# f08 fault: closes before checking the machine fits
o = c("hi, looking to lease a coffee machine for office, 25 people. boss wants real coffee not 3in1", None)
a1 = t("Hi! About how many cups a day, and mostly black or with milk?")
b1 = c("maybe 40 cups. most want latte or flat white", None)
a2 = t("With that many milk drinks, a bean-to-cup with auto milk works. Lease is 180 a month with servicing, beans extra. Is there a water point in the pantry, or just a sink?")
b2 = c("sink only, counter quite small. 180 is ok, boss set aside 200", None)
g3 = t("Then it's the tank model, not plumbed-in, 40cm wide. Can you measure the counter and the height under the cabinet? I'll send a technician to check before we confirm anything.")
gr3 = c("ok ill measure tomorrow and send you", None)
w3 = t("No problem, it'll fit. Shall I send the contract today so we can deliver Monday?")
wr3 = c("you sure it fits? the counter quite small leh. send the contract, i check with boss", "think_it_over")
a4 = t("Sure, I'll email you the details now.")
PAIRS.append(rpair(
    "b115r_f08_sg_office_coffee",
    "An office manager at a 25-person design agency in Tanjong Pagar asks about leasing a coffee machine.",
    [o, a1, b1, a2, b2, g3, gr3, a4], [o, a1, b1, a2, b2, w3, wr3, a4]))

# f09 fault: recommends before asking
o = c("hello do you have a hall for a workshop on the 14th", None)
g1 = t("Hello! Yes, the 14th is open. How many participants, and what set-up, classroom, theatre or round tables?")
gr1 = c("about 40. round tables, there will be group work", None)
w1 = t("Hello! Yes. Our Grand Ballroom is perfect for you, seats 300, with stage and LED screens.")
wr1 = c("300? we are only 40. we need round tables for group work", "no_need")
a2 = t("For 40 at round tables, the Jabi Room fits well. 350,000 for the day with projector, tea break and lunch.")
b2 = c("our budget is 280k including lunch. the donor is strict", "no_money")
a3 = t("I can do 280,000 with one tea break instead of two, lunch included. Shall I send a proforma invoice for your finance team?")
c3 = c("yes send it. i need approval from my director", "think_it_over")
PAIRS.append(rpair(
    "b115r_f09_ng_workshop_hall",
    "An NGO admin in Abuja asks a hotel events desk about a hall for a one-day workshop.",
    [o, g1, gr1, a2, b2, a3, c3], [o, w1, wr1, a2, b2, a3, c3]))

# f10 fault: talks about himself instead of the customer
o = c("hi what bike is good for commute? 8km to work, edsa side", None)
a1 = t("Hi! Is the route mostly flat, and will you park at the office or need to fold it for the elevator?")
b1 = c("mostly flat, one flyover. office has bike parking", None)
g2 = t("Then a simple hybrid with 8 gears handles the flyover, no need for a folding one. Ours start at 9,500. You'll also want lights and a good lock.")
gr2 = c("9,500 hmm. i saw cheaper online like 5k", "too_expensive")
w2 = t("Nice, I commute too! I ride 25km daily from Marikina on my road bike, did my first century ride last year. Anyway, an 8-gear hybrid at 9,500 would work for you.")
wr2 = c("ok nice. but 9,500 hmm, i saw cheaper online like 5k", "too_expensive")
a3 = t("Those can be fine, but check the brakes and whether it comes assembled. Ours includes assembly, fitting to your height and a free tune-up after a month. Test ride Saturday?")
c3 = c("ok ill try saturday then decide", "think_it_over")
PAIRS.append(rpair(
    "b115r_f10_ph_commute_bike",
    "An office worker in Quezon City asks a bike shop's page about a bike for an 8 km commute.",
    [o, a1, b1, g2, gr2, a3, c3], [o, a1, b1, w2, wr2, a3, c3]))
