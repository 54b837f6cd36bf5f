"""blind144 ranked pairs f01-f10: same turns except one fault in worse and the customer's reaction."""
from common import c, rpair, t

P = PAIRS = []

O = c("Hi, we run two schools in Gujranwala, 900 students. Fees and attendance are on paper. Is your software for us?", None)
B1 = t("It might be. What takes your staff most time today, fees or attendance?")
W1 = t("Definitely. List price is 3 lakh a year, but for you I'll do 2 lakh straight away.")
C1 = c("Fees. Parents pay cash, clerks write receipts by hand, the defaulters list takes a week.", None)
X1 = c("Price falling already? I haven't said what we need. Anyway, fees: hand receipts, defaulters list takes a week.", None)
T2 = t("So hand receipts and a week for defaulters. Our fee module sends SMS reminders and receipts. Can your clerk try it on one class for two weeks?")
C2 = c("Two weeks is fine. Many parents here don't have smartphones, though.", None)
T3 = t("SMS works on any phone. I'll set up the trial Monday and visit on the 15th to see how it went.")
P.append(rpair("b144r_f01_gujranwala_school_software",
    "Worse drops the price before asking anything.",
    [O, B1, C1, T2, C2, T3], [O, W1, X1, T2, C2, T3]))

O = c("Internet very slow since last week. Video calls breaking, Netflix buffering.", None)
T1 = t("Sorry about that. Slow on all devices, or mostly on WiFi far from the router?")
C1 = c("All devices. Even the laptop right next to the router.", None)
B2 = t("Then likely the line, not your WiFi. I can see your line dropping a few times a day since last Tuesday.")
W2 = t("That can't be. Our network is perfect in your area, nobody else complained. It must be your devices.")
C2 = c("Last Tuesday, yes, road digging outside.", None)
X2 = c("All devices, I said. You think I'm making it up? Check the line, please.", None)
T3 = t("I'll send a technician to check the outside cable. Tomorrow 9 to 11 or 4 to 6?")
C3 = c("4 to 6. Mornings I'm at office.", None)
T4 = t("Done, 4 to 6 tomorrow. He'll call 30 minutes before.")
P.append(rpair("b144r_f02_bengaluru_slow_broadband",
    "Worse argues with the customer.",
    [O, T1, C1, B2, C2, T3, C3, T4], [O, T1, C1, W2, X2, T3, C3, T4]))

O = c("Bought this phone here 3 weeks back. Since yesterday it doesn't charge. Here's the receipt.", None)
T1 = t("Thanks. Not with any cable, or only the one in the box?")
C1 = c("Tried my brother's charger also. Nothing.", None)
B2 = t("Let me see the port. A pin inside is bent; that's a factory fault we've seen on this batch.")
W2 = t("Hmm. Sure it wasn't dropped or wet? People say since yesterday when it's been weeks.")
C2 = c("Oh. So it can be fixed?", None)
X2 = c("I'm not lying. It never fell. Open it and check.", None)
T3 = t("Under warranty it's a replacement, not a repair. New unit today; we move your data first, 30 minutes.")
C3 = c("30 minutes is fine, I'll wait.", None)
P.append(rpair("b144r_f03_dhaka_phone_charging",
    "Worse doubts the customer's honesty.",
    [O, T1, C1, B2, C2, T3, C3], [O, T1, C1, W2, X2, T3, C3]))

O = c("I want PlayStation 5 for my son's birthday. He's 14. Which version?", None)
T1 = t("Nice gift. Does he play online with friends, or single-player games?")
C1 = c("Online with friends, FIFA and that. Now he uses his cousin's.", None)
B2 = t("Then the disc edition, so you can buy used discs cheaper, plus 3 months online subscription for FIFA online.")
W2 = t("Honestly, 14 is a delicate age; gaming ruins studies and eyes, parents must set limits, I've seen many kids spoilt. Anyway, disc edition, plus online subscription for FIFA.")
C2 = c("How much total?", None)
X2 = c("I didn't ask for parenting advice, bhai. How much total?", None)
T3 = t("1.55 lakh the console, 6,500 for 3 months online. With discs he can resell games later.")
C3 = c("Hmm, 1.6 total. Let me check the online price and come back.", "think_it_over")
P.append(rpair("b144r_f04_karachi_console_gift",
    "Worse gives an unasked lecture.",
    [O, T1, C1, B2, C2, T3, C3], [O, T1, C1, W2, X2, T3, C3]))

O = c("Urgent shipment, 800 kg garments, Chennai to Hamburg. Buyer needs it by the 20th. Can you do air?", None)
T1 = t("Yes. Is it packed, and are the invoice and packing list ready?")
C1 = c("Packed by Friday. Accountant is preparing documents.", None)
T2 = t("Then a Monday flight via Dubai reaches Hamburg in 3 days. About 310 per kg, all-in to Hamburg airport.")
C2 = c("More than sea, obviously, but buyer will cancel otherwise. Okay.", None)
B3 = t("Firm quote by email by 5 pm today; I book Monday's flight when you confirm. Pickup Saturday 10 am from your factory.")
W3 = t("Okay, we'll check space with the airline and let you know.")
C3 = c("Good. Kindly send the quote, I'll confirm by evening.", None)
X3 = c("Let me know when? Buyer is waiting. I'll ask another forwarder also.", "think_it_over")
P.append(rpair("b144r_f05_tiruppur_air_freight",
    "Worse ends with a vague next step.",
    [O, T1, C1, T2, C2, B3, C3], [O, T1, C1, T2, C2, W3, X3]))

O = c("Acha, I failed bank PO mains twice, by 6 marks last time. I work in a call centre now. Is your weekend batch useful for me?", None)
T1 = t("Six marks is close. Which sections cost you marks in mains?")
C1 = c("Reasoning and descriptive English. Quant was okay.", None)
T2 = t("The weekend batch does reasoning puzzles every Saturday and essay checking every Sunday; about 40 essays marked before the exam.")
C2 = c("Exam is October. With my job, will it be enough time?", None)
B3 = t("It can be, if you add about 2 hours on weekdays. Nobody can promise selection, but your gap is small and specific.")
W3 = t("Don't worry, with our batch selection is 100 percent guaranteed this time. Our students always clear.")
C3 = c("That's honest. Fee is 18,000, na? In parts possible?", None)
X3 = c("Guaranteed? The last institute also said guaranteed, and I lost 25,000.", "bad_experience")
T4 = t("Fee is 18,000, payable in two parts. Come to a free demo Saturday 10 am and judge for yourself.")
P.append(rpair("b144r_f06_lucknow_bank_po_coaching",
    "Worse over-promises a guaranteed selection.",
    [O, T1, C1, T2, C2, B3, C3, T4], [O, T1, C1, T2, C2, W3, X3, T4]))

O = c("You're from the broadband company? Where does the router go? My work desk is upstairs, I need it most there.", None)
T1 = t("Yes. Let's put it on the landing between floors so both get signal. Okay to drill here?")
C1 = c("Go ahead. Small hole only please, landlord.", None)
T2 = t("Done. Connection is live, 200 Mbps on the router.")
C2 = c("Good. WiFi name and password?", None)
B3 = t("On this card. Before I go, take your laptop to the desk upstairs and run a speed test.")
W3 = t("On this card. Please sign the form and pay the 1,000 install fee on UPI, I'll close the ticket.")
C3 = c("Upstairs shows 140. Fine for me. Where do I sign?", None)
X3 = c("Paid. But you didn't even check upstairs... if it doesn't work there, then?", None)
T4 = t("Here. Any trouble, WhatsApp me directly, I'm in this area all week.")
P.append(rpair("b144r_f07_pune_broadband_install",
    "Worse closes before checking it works where the customer said she needs it.",
    [O, T1, C1, T2, C2, B3, C3, T4], [O, T1, C1, T2, C2, W3, X3, T4]))

O = c("My daughter got admission in NCA, architecture. She needs a laptop. What do you suggest?", None)
B1 = t("Congratulations to her! Did the university list the software, and will she carry it daily?")
W1 = t("Take this Core i7 with RTX graphics, 2.9 lakh, best in the shop, she'll never need another.")
C1 = c("AutoCAD, SketchUp, later 3D rendering. Yes, daily on the van.", None)
X1 = c("2.9 lakh? Budget is 2 lakh only. You didn't ask what she'll use: AutoCAD, SketchUp, rendering later. Daily on the van.", "no_money")
T2 = t("For AutoCAD and SketchUp, a Ryzen 7 with 16 GB and a mid graphics card is enough: 1.9 kg, 1.85 lakh. Heavy rendering can use the uni lab.")
C2 = c("1.9 kg is okay? She's small and the van is crowded.", None)
T3 = t("Light for this power. Bring her Saturday to lift it and try SketchUp here; no need to decide today.")
C3 = c("Saturday we'll come, inshallah.", None)
P.append(rpair("b144r_f08_lahore_architecture_laptop",
    "Worse recommends before asking.",
    [O, B1, C1, T2, C2, T3, C3], [O, W1, X1, T2, C2, T3, C3]))

O = c("Our website becomes very slow in sale time. Last Diwali it crashed only. What can be done?", None)
T1 = t("That costs you sales. How many visitors in sale days, and who hosts it now?")
C1 = c("Maybe 5,000 a day in Diwali, normally 300. A local company, 4,000 a year.", None)
B2 = t("So traffic jumps fifteen times for a few days and the cheap shared server can't take it. We'd move it to a server that adds capacity when visitors rise, with images on a faster network.")
W2 = t("Classic shared-hosting bottleneck. We'll migrate you to a VPS with horizontal autoscaling behind a load balancer, static assets on a CDN, Redis caching for TTFB.")
C2 = c("Makes sense. What will it cost?", None)
X2 = c("Sir, I sell sarees. I understood nothing. What will it cost?", None)
T3 = t("About 2,500 a month normally, maybe 6,000 in sale weeks. We test it with fake traffic before Diwali so you see it hold.")
C3 = c("Send proposal on email. I'll discuss with my brother, he handles accounts.", "think_it_over")
P.append(rpair("b144r_f09_varanasi_saree_website",
    "Worse uses unexplained jargon.",
    [O, T1, C1, B2, C2, T3, C3], [O, T1, C1, W2, X2, T3, C3]))

O = c("Hi, moving from Patna with my wife and parents next month. Need a 3BHK on rent near Whitefield, office is in ITPL.", None)
T1 = t("Welcome in advance! Do your parents need a lift, and anything nearby like a hospital or temple?")
C1 = c("Papa has knee problem, lift is must. Hospital close by would be good.", None)
B2 = t("Noted. What rent range are you thinking?")
W2 = t("My parents are also old, I shifted them from Mysore, so hard, I did everything alone, and my own flat is in Whitefield only, very nice. So, budget?")
C2 = c("Around 40,000. Deposit above 3 months is difficult for us.", None)
X2 = c("Acha... okay. Around 40,000. Deposit above 3 months is difficult.", None)
T3 = t("Two fit: near Vydehi hospital with lift, 38,000, 3 months deposit; a gated one at 42,000. Video tour this weekend, so family in Patna can see?")
C3 = c("Sunday evening video tour, all of us will watch together.", None)
P.append(rpair("b144r_f10_bengaluru_rental_flat",
    "Worse talks about himself instead of the customer.",
    [O, T1, C1, B2, C2, T3, C3], [O, T1, C1, W2, X2, T3, C3]))
