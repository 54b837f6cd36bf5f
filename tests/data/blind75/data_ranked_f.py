"""blind75 ranked pairs f01-f10: both sides share every turn (same variables) except one fault in
`worse` and the customer's reaction to it."""
from common import c, rpair, t

# f01 Hue: argues with the customer
A0 = c("My internet is very slow in the evening. I pay for 100 megabit but the children cannot do online class. Two weeks now.", None)
A1 = t("I'm sorry, online class is important. What times is it slowest, and is it Wi-Fi or cable?")
A2 = c("7 to 9 in the evening. Wi-Fi. The children use two laptops in the back room.", None)
A3b = t("Thank you. I'm testing the line now: it shows 95 megabit at the router, so the line is good. The back room may be too far from the router; distance can cut Wi-Fi speed a lot. A Wi-Fi extender is 450,000 dong, or a technician can move the router for free.")
A3w = t("I'm testing the line now: it shows 95 megabit at the router, so it is not slow. Our network is fine, nobody else in your street complained. It must be your laptops.")
A4b = c("Free is better. I don't want to buy another machine.", "no_need")
A4w = c("The laptops are new. I am telling you it is slow in the evening. Send someone to look.", None)
A5 = t("A technician can come Thursday morning between 8 and 11. He'll test the Wi-Fi in the back room and move the router if that helps, no charge.")
A6 = c("Thursday morning I am at work. Can he come after 5?", "no_time")
A7 = t("After 5 is fine. I'll book Thursday 5 to 7 and text you his name on Wednesday evening.")

# f02 Edinburgh: doubts the customer's honesty
B0 = c("Hi, I have booking with you, Edinburgh to Jakarta on Friday. I lost my passport, I think on the train from Glasgow. The embassy in London says new passport takes one week. Can I move the flight to the week after?", None)
B1 = t("I'm sorry, that's a horrible thing to happen before a trip. Let's look. What's your booking reference?")
B2 = c("EDJ7741. I also reported to British Transport Police, I have the number.", None)
B3b = t("Thank you, the police number will help with the embassy too. Your ticket allows one change for 75 pounds plus any fare difference. Shall I look at the week after?")
B3w = t("Thank you. Can I ask, are you sure it's lost, and not that you'd just like a later flight? We do see lost passports used to avoid change fees. I'd need the police report before anything.")
B4b = c("Yes please, the week after is safest. I'm a student, I hope the difference is small.", None)
B4w = c("Why would I lie? I just told you I have the police number. This is so stressful already.", None)
B5 = t("Monday the 24th has a seat. The fare is 40 more, plus the 75 change fee, 115 in total. I'll hold it until noon tomorrow so you can check with the embassy first.")
B6 = c("115 is a lot for me right now. Can it be less?", "no_money")
B7 = t("If you email us the police report, the change fee is waived for lost documents, so it's only the 40.")

# f03 Petaling Jaya: drops the price before asking anything
C0 = c("Hello, I'm office manager at a women's rights NGO in Petaling Jaya. Our printer lease ends next month and the company wants to raise the price. I'm looking at other options.", None)
C1b = t("Thanks for thinking of us. What do you print mostly, and roughly how many pages a month?")
C1w = t("Thanks for thinking of us. Whatever they charge, we'll beat it, I can give you 20 percent off our standard lease straight away. What do you print mostly, and how many pages a month?")
C2b = c("About 3,000 pages a month, mostly black and white. Colour only for the annual report and some posters.", None)
C2w = c("Twenty percent off what? You don't know what we pay yet. Anyway, about 3,000 pages, mostly black and white, colour only for the annual report and posters.", None)
C3 = t("Then a black-and-white A4 machine is enough, and the colour jobs are cheaper sent to a print shop once a year. Our mono lease is 180 ringgit a month with toner and service. What do you pay now?")
C4 = c("260, for a big colour machine. Honestly we never needed the colour one, the last manager chose it.", None)
C5 = t("Then the mono machine saves you about 80 a month. I'll bring one to try for a week so your staff can test the scanning too.")
C6 = c("Ok, but the board has to approve any new contract. They meet on the 15th.", "think_it_over")

# f04 Apia: an unasked lecture
E0 = c("Talofa. I got my first job at the fish market and I want to open a savings account. My aunty said you have one for young people?", None)
E1 = t("Talofa, and congratulations on the job! Yes, the Youth Saver is for 16 to 25, no fees. How do you get paid, cash or into an account?")
E2 = c("Cash every Friday. 320 tala a week. I give some to my family for church and food, and the rest I want to save for a motorbike.", None)
E3b = t("A motorbike is a good goal. You can deposit cash any Friday here or at the agent in Salelologa, and I can set a goal in the app so you see how close you are. Would you like that?")
E3w = t("Can I say something? Young people often waste money on motorbikes, and giving so much to church leaves you nothing. You should save for a house first. Anyway, you can deposit cash any Friday here or at the agent in Salelologa, and I can set a goal in the app. Would you like that?")
E4b = c("Yes please. The app I can use on my phone.", None)
E4w = c("Giving to my family is my choice. I just want the account, please.", None)
E5 = t("Of course. I just need your ID and a first deposit, 10 tala is enough.")
E6 = c("I only have 20 today, it's the end of the week. Is 10 really enough?", None)
E7 = t("10 is enough. Your account is open, here's your card and the receipt for your first deposit.")

# f05 Swansea: a vague next step
F0 = c("Hi, I'm facilities manager at a hospice in Swansea. Our linen supplier is closing at the end of the month. I need someone quickly, 30 beds, daily changes.", None)
F1 = t("That's short notice, and we can help. Roughly how many sheets, pillowcases and towels a week, and do you need uniforms?")
F2 = c("About 600 items a week, no uniforms. Two deliveries a week would do. We're a charity so price matters, but I can't have nurses without sheets.", None)
F3 = t("Two deliveries is fine, Tuesday and Friday on our Gower route. For 600 items it's about 410 pounds a week, with no setup charge the first month.")
F4 = c("410's more than we pay now, 360. Though I know that won't last with them closing.", "too_expensive")
F5b = t("Understood. The gap is mostly the infection-control wash for isolation rooms, standard for hospices. I'll email the line-by-line breakdown and a draft agreement by three tomorrow, and ring you Thursday at ten to go through it, so you can decide before Friday.")
F5w = t("Understood. The gap is mostly the infection-control wash for isolation rooms, standard for hospices. Leave it with me, I'll get something over to you and we'll let you know.")
F6b = c("Thursday at ten is good. I need to decide by Friday, the trustees meet then.", None)
F6w = c("Let me know when, though? I need to decide by Friday, the trustees meet then.", None)
F7 = t("If you go ahead, the first delivery could be Tuesday the 2nd, so there's no gap when your old supplier closes.")

# f06 Pangalengan: over-promises
G0 = c("Halo, I'm workshop head at a tea estate near Pangalengan. Our delivery truck, Hino 300, clutch master cylinder is broken. The tea must go to the factory every day. How fast can you get the part?", None)
G1 = t("Halo, Pak. Let me check stock. What year is the truck, and do you have the chassis number?")
G2 = c("2017. Chassis number I send by WhatsApp now.", None)
G3 = t("Got it, thank you. We don't have it in Bandung; the Jakarta warehouse has two.")
G4 = c("Jakarta, hmm. Last time a part from Jakarta took one week and we paid extra to rent a truck.", "bad_experience")
G5b = t("I understand. From Jakarta it usually takes two days, so Thursday. I can't promise Thursday if the toll road is jammed, but I'll send you the courier tracking so you can see where it is. It's 1.35 million rupiah.")
G5w = t("Don't worry, I'll have it to you tomorrow morning, guaranteed, no problem at all. It's 1.35 million rupiah.")
G6b = c("Thursday. Ok, we use the small pickup until then, two trips a day. Please send the tracking.", None)
G6w = c("Tomorrow morning? Really? Ok, then I don't arrange the pickup. I tell the factory we come tomorrow as normal.", None)
G7 = t("I'll send the invoice by WhatsApp now; the part goes out as soon as it's paid.")

# f07 'Eua: closes before checking the thing works
H0 = c("Malo e lelei. I'm principal of a primary school on 'Eua. We want 30 tablets for the reading programme. The reading app must work without internet, our connection is very bad.", None)
H1 = t("Malo e lelei. Which reading app is it, and does the Ministry provide it?")
H2 = c("The Ministry's Tongan and English reader app. They say it works offline, but I have never seen it.", None)
H3 = t("Then that's the first thing to be sure of. These tablets are 520 pa'anga each, 30 would be 15,600, with cases and a charging cabinet.")
H4 = c("The Ministry grant is 15,000. So we are a little short.", "no_money")
H5b = t("I can include the charging cabinet at no cost, which brings it to 14,900. But before you order, I'll install the reader on one tablet, switch off the Wi-Fi, and you take it to 'Eua for a week to check it works in class.")
H5w = t("I can include the charging cabinet at no cost, which brings it to 14,900. Shall I process the order today so they arrive before term starts? I'm sure the app works offline.")
H6b = c("Yes, that is wise. I bring it back on the ferry next Friday.", None)
H6w = c("You're sure? Ok, I suppose. Send the invoice to the Ministry.", None)
H7 = t("I'll put the 14,900 in writing for the Ministry today.")

# f08 Fort William: recommends before asking
K0 = c("Hi, we're on holiday from Leeds, the car's making a horrible grinding noise from the front when I brake, and we're meant to drive home tomorrow. Can you look at it?", None)
K1b = t("Sorry, not what you want on holiday. Is it grinding every time you brake, or only sometimes, and has a warning light come on?")
K1w = t("Sounds like new pads and discs all round, about 480. We can do it this afternoon. Is it grinding every time you brake, and has a warning light come on?")
K2b = c("Every time, for the last fifty miles or so. No light.", None)
K2w = c("Four hundred and eighty? You haven't even looked at it. It's every time, last fifty miles, no light.", "too_expensive")
K3 = t("Grinding every time usually means a pad worn to the metal. Bring it round the back and I'll take the front wheel off and have a look, ten minutes.")
K4 = c("Okay. We're meant to be on the Jacobite train at two, is that alright?", None)
K5 = t("Plenty of time. Right, it's the front left pad worn through, and the disc's scored but within limits. Pads only, 95 fitted, done by twelve.")
K6 = c("Oh, thank God. Do it.", None)
K7 = t("Will do. We'll ring you at twelve.")

# f09 Khon Kaen: unexplained jargon
L0 = c("Hello. I am head of the lab at a community hospital in Khon Kaen province. We still write lab results by hand and the doctors wait. The province gave budget for a lab computer system. I am not IT person.", None)
L1 = t("Thank you for telling me, I'll keep it simple. What takes most time now, writing the results or getting them to the doctors?")
L2 = c("Getting to the doctors. Results go on paper to the ward, sometimes lost. And the machines print on small paper, we copy by hand.", None)
L3b = t("So two things would help: the lab machines send results straight into the computer, so nobody copies by hand, and doctors see them on the ward screen as soon as you approve them. Your blood and urine machines can both connect with a small cable and a box.")
L3w = t("So you need bidirectional HL7 interfacing with your analysers via middleware, ASTM over RS-232 for the legacy units, and LIS-HIS integration with your HOSxP instance so results post to the EMR on validation.")
L4b = c("That is exactly what we need. How much, and how long to set up?", None)
L4w = c("Sorry... I don't understand most of that. The doctors will see the result on the ward, yes?", None)
L5 = t("Yes, when you approve a result, the doctor sees it on the ward. The system is 480,000 baht with setup, and about six weeks including training.")
L6 = c("Budget is 500,000, so ok. But six weeks, and we must keep working. We cannot stop the lab even one day.", None)
L7 = t("You won't need to stop. We run paper and computer side by side for two weeks and switch over on a quiet weekend.")

# f10 Llandudno: talks about themselves
M0 = c("Hello dear. My daughter booked me in. She says I have the telly too loud. I don't think I need hearing aids, to be honest, I hear fine in the house.", "no_need")
M1 = t("Thanks for coming in. Where do you notice it most, if anywhere, the telly, or when people talk in a group?")
M2 = c("Well, at chapel I can't hear the minister anymore. And at the cafe with my friends on a Tuesday I just nod along. But that's noisy places, isn't it.", None)
M3b = t("Noisy places are often where people notice it first, and missing the minister and your Tuesday friends is a real loss. A test would tell us whether it's your hearing or just the rooms. It takes twenty minutes and it's free. Shall we do it now?")
M3w = t("Oh, I know exactly what you mean. My own mother was the same, refused aids for years, I had to drag her in. I've been doing this twenty-two years, fitted thousands of people. Anyway, a test takes twenty minutes and it's free. Shall we do it now?")
M4b = c("Go on then, since I'm here.", None)
M4w = c("I'm not your mother, dear. But go on, since I'm here.", None)
M5 = t("Right, all done. There's a mild loss in the higher sounds, both ears, which is voices in noisy rooms. Aids would help at chapel and the cafe. The NHS provides them free through audiology, or private ones start at 1,200 pounds a pair.")
M6 = c("Twelve hundred pounds! I'm on my pension. The free ones will do me.", "no_money")
M7 = t("The NHS ones are very good. I'll write to your GP today for the referral, and give you a copy for your daughter.")

PAIRS = [
    rpair("b75r_f01_hue_evening_speed",
          "An internet customer in Hue reports slow evening speeds. Worse argues that the network is fine and blames her laptops.",
          better=[A0, A1, A2, A3b, A4b, A5, A6, A7], worse=[A0, A1, A2, A3w, A4w, A5, A6, A7]),
    rpair("b75r_f02_edinburgh_lost_passport_flight",
          "An Indonesian student who lost her passport asks a travel agent to move her flight home. Worse doubts she really lost it.",
          better=[B0, B1, B2, B3b, B4b, B5, B6, B7], worse=[B0, B1, B2, B3w, B4w, B5, B6, B7]),
    rpair("b75r_f03_petalingjaya_ngo_printer",
          "An NGO office manager whose printer lease is ending looks for options. Worse offers a discount before knowing anything about her needs or current price.",
          better=[C0, C1b, C2b, C3, C4, C5, C6], worse=[C0, C1w, C2w, C3, C4, C5, C6]),
    rpair("b75r_f04_apia_youth_savings",
          "A young fish-market worker opens his first savings account. Worse lectures him, unasked, on how to spend his money.",
          better=[E0, E1, E2, E3b, E4b, E5, E6, E7], worse=[E0, E1, E2, E3w, E4w, E5, E6, E7]),
    rpair("b75r_f05_swansea_hospice_linen",
          "A hospice must replace its linen supplier within weeks. Worse ends with a vague next step.",
          better=[F0, F1, F2, F3, F4, F5b, F6b, F7], worse=[F0, F1, F2, F3, F4, F5w, F6w, F7]),
    rpair("b75r_f06_pangalengan_truck_clutch",
          "A tea estate needs a clutch part for its only delivery truck. Worse guarantees next-morning delivery it cannot control.",
          better=[G0, G1, G2, G3, G4, G5b, G6b, G7], worse=[G0, G1, G2, G3, G4, G5w, G6w, G7]),
    rpair("b75r_f07_eua_school_tablets",
          "A Tongan island school buys tablets for an offline reading app. Worse closes the order before checking the app works offline.",
          better=[H0, H1, H2, H3, H4, H5b, H6b, H7], worse=[H0, H1, H2, H3, H4, H5w, H6w, H7]),
    rpair("b75r_f08_fortwilliam_holiday_brakes",
          "A family on holiday has grinding brakes the day before driving home. Worse recommends and prices a big job before asking or looking.",
          better=[K0, K1b, K2b, K3, K4, K5, K6, K7], worse=[K0, K1w, K2w, K3, K4, K5, K6, K7]),
    rpair("b75r_f09_khonkaen_lab_system",
          "A hospital lab head, not an IT person, buys a lab results system. Worse answers in unexplained jargon.",
          better=[L0, L1, L2, L3b, L4b, L5, L6, L7], worse=[L0, L1, L2, L3w, L4w, L5, L6, L7]),
    rpair("b75r_f10_llandudno_hearing_test",
          "An older woman sent by her daughter doubts she needs hearing aids. Worse talks about the audiologist's own mother and career.",
          better=[M0, M1, M2, M3b, M4b, M5, M6, M7], worse=[M0, M1, M2, M3w, M4w, M5, M6, M7]),
]
