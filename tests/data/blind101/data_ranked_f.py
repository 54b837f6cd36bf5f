"""blind101 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, t, rpair

# f01 argues with the customer
A0 = c("Hello, there is a charge on my card, 86 dinars from an online shop. I never bought from them.", None)
A3 = t("Here are the details: the 3rd at 21:40, an in-app purchase inside 'Dragon Arena'.")
A4 = c("That's my son's game. Ok. Can I get the money back?", None)
A5 = t("I'll file a refund request with the store as an accidental purchase; for a first time it often works. And I'll turn on an SMS alert for every online payment.")
A6 = c("Yes, the alert please. And I talk to my son tonight.", None)

# f02 doubts the customer's honesty
B0 = c("Good morning. I bought this phone here eight days ago. The screen goes black sometimes, then comes back.", None)
B3 = t("The test shows a flicker fault in the display connector, a factory fault, not damage. Within 14 days you can have a new phone or a refund.")
B4 = c("New phone, same model. But I'm bit afraid the same happens again.", "bad_experience")
B5 = t("Understandable. If the new one shows any fault in the first month, bring it and I swap it again. I'll write that on your receipt.")
B6 = c("Ok, thank you. Write it please.", None)

# f03 drops the price before asking anything
C0 = c("Hello, we are a pharmaceutical company. We want to do a seminar for doctors in your hotel, in May.", None)
C3 = t("For 80 in theatre style the Atlas room works, with buffet lunch and two coffee breaks: 650 dirhams per person. Rooms at 1,100 a night.")
C4 = c("The day package is bit high. Last year in another hotel we paid 520.", "too_expensive")
C5 = t("Understood. With a plated lunch instead of buffet, and 20 rooms confirmed, I can do 580. Does your manager need a written proposal?")
C6 = c("Yes, she decides. Send it by tomorrow, please.", "think_it_over")

# f04 an unasked lecture
D0 = c("Good afternoon. I have a small printing shop in Ostim. I need a loan about 600,000 lira for a large-format machine. Customers ask every week for banners, I send them to a competitor.", None)
D3 = t("With that, a 36-month equipment loan fits; the machine itself is the guarantee. I need your last two years' tax returns and the supplier's quote.")
D4 = c("And the interest? Last year another bank gave me loan and changed the rate after six months.", "bad_experience")
D5 = t("This one is fixed for the full 36 months, written in the contract. I'll show you the total cost before you sign.")
D6 = c("Ok. I bring the papers Monday.", None)

# f05 a vague next step
E0 = c("Hi, we are an online abaya shop. Our courier loses about one parcel in fifty. I want to know if you do better, and your COD terms.", None)
E1 = t("One in fifty is a lot. How many parcels a month, and which cities?")
E2 = c("About 1,200. Half in Jeddah, the rest Riyadh and Dammam. Cash on delivery is 70 percent.", None)
E3 = t("Our loss rate last year was about one in 800, with photo proof at the door. COD money is transferred every 3 days. 12 riyals a parcel inside Jeddah, 18 to other cities.")
E4 = c("18 is more than we pay now, we pay 15.", "too_expensive")

# f06 over-promises
F0 = c("Hello, we are family from Kuwait, coming in July. Two adults, kids 12, 9 and 4. Halal, all-inclusive. My wife wants quiet and a ladies' beach, the kids want slides.", None)
F3 = t("A family room with connecting door, seven nights all-inclusive: 3,900 euros.")
F4 = c("3,900 is more than the Bodrum offers we saw.", "too_expensive")
F5 = t("Bodrum may have cheaper places; ours includes the kids' club and the ladies' beach. I can hold the room five days, free, while you compare.")
F6 = c("Ok, hold it. I talk with my wife tonight.", "think_it_over")

# f07 closes before checking the thing works
G0 = c("Hello, we are a dental clinic in Khalifa City. The Wi-Fi in the treatment rooms keeps dropping, the X-ray software loses connection.", None)
G1 = t("That's disruptive in the middle of treatment. How many rooms, and where is the router now?")
G2 = c("Five rooms. Router is in reception, at the front. Worst are rooms 4 and 5 at the back, and the X-ray room has lead walls.", None)
G3 = t("Lead walls block Wi-Fi almost completely. I'd put two access points at the back and a cable straight to the X-ray PC. Equipment and installation: 6,800 dirhams.")
G4 = c("6,800... The last company installed a booster for 2,000 and nothing changed.", "bad_experience")

# f08 recommends before asking
H0 = c("Good morning. I look for an apartment to rent in Agdal, for me and my wife. We just moved from Oujda for my new job.", None)
H3 = t("With an office in Hay Riad, Agdal is 15 minutes. I have a two-bedroom on a quiet side street near Avenue de France, 6,200, fourth floor; the second bedroom can be her office. Can you visit tomorrow at six?")
H4 = c("Tomorrow at six, ok. Deposit is how much? We just paid the move.", None)
H5 = t("Two months, but I'll ask the landlord for one now and one with the second rent; he has agreed before.")
H6 = c("That would help a lot. See you at six.", None)

# f09 unexplained jargon
I0 = c("Hello, my doctor asked blood tests for my mother. She is diabetic, 72, she doesn't walk well. Here is the paper. What I need to do?", None)
I3 = t("We can also send a nurse to take the sample at home, 150 pounds extra, since walking is hard for her.")
I4 = c("150 more... the tests are already 900.", "too_expensive")
I5 = t("Understood. If you bring her here, there's a wheelchair at the entrance and she goes first, no waiting.")
I6 = c("Then I bring her Saturday morning.", None)

# f10 talks about themselves instead of the customer
J0 = c("Assalamu alaikum. I'm opening a coffee shop in Al Nakheel. I need a fit-out company; the space is 90 metres, empty shell.", None)
J3 = t("60 days is tight but possible for 90 metres, if the design is fixed in the first two weeks. Roughly 2,800 riyals a metre with joinery, electrical and plumbing.")
J4 = c("So around 250,000? That is above what I planned, I thought 200.", "no_money")
J5 = t("We can keep the counter and seating in wood and use simpler finishes on walls and ceiling; that brings it near 215. I'll send a breakdown so you see where each riyal goes.")
J6 = c("Send it. I compare with one more company and decide next week.", "think_it_over")

PAIRS = [
    rpair("b101r_f01_manama_card_dispute",
          "Bank branch, Manama: a customer disputes an unknown online card charge.",
          better=[A0, t("Let's look together. The name on it is 'DGTL*MRKT'; that's often how app-store purchases show. Does anyone else use your phone, for a game or a subscription?"),
                  c("Only me... ah, wait. My son played a game on my phone last week.", None), A3, A4, A5, A6],
          worse=[A0, t("The name is 'DGTL*MRKT', an app-store charge, so it's not fraud. Someone on your phone bought it, that's all."),
                 c("I told you, I never bought from them! Why you say it's not fraud before you check?", None), A3, A4, A5, A6]),

    rpair("b101r_f02_sharjah_phone_return",
          "Telecom store, Sharjah: a customer returns a week-old phone whose screen blacks out.",
          better=[B0, t("Sorry about that. I'll run a screen test while you wait. When does it usually happen?"),
                  c("Mostly on video calls. Black for ten seconds, then it comes back.", None), B3, B4, B5, B6],
          worse=[B0, t("Are you sure you didn't drop it? Many people say it's a fault when it fell on the floor."),
                 c("I didn't drop it! Look, no scratch, the cover is on since first day. It goes black on video calls.", None), B3, B4, B5, B6]),

    rpair("b101r_f03_casablanca_medical_seminar",
          "Hotel events office, Casablanca: a pharma company plans a one-day seminar for doctors.",
          better=[C0, t("Welcome. Tell me about the seminar: how many doctors, one day or more, and what you need around it, rooms, lunch?"),
                  c("About 80 doctors, one day, with lunch. Maybe 20 rooms for the ones coming from Fes and Marrakech.", None), C3, C4, C5, C6],
          worse=[C0, t("Welcome! For you I can already do 20 percent off our meeting package. What do you need?"),
                 c("20 percent off what? I didn't tell you anything yet. We are 80 doctors, one day, lunch, maybe 20 rooms.", None), C3, C4, C5, C6]),

    rpair("b101r_f04_ankara_printer_loan",
          "SME banking, Ankara: a print-shop owner needs a loan for a large-format machine.",
          better=[D0, t("So you're losing orders every week. Any idea how much extra a month the machine would bring?"),
                  c("At least 80,000 a month. I have three customers waiting already.", None), D3, D4, D5, D6],
          worse=[D0, t("Before that, I have to say, many small businesses borrow too quickly. You should have built savings for this; a good business owner keeps six months of reserves."),
                 c("I didn't ask advice about savings. I have three customers waiting, at least 80,000 a month extra.", None), D3, D4, D5, D6]),

    rpair("b101r_f05_jeddah_courier_trial",
          "Courier company B2B sales, Jeddah: an online abaya shop unhappy with parcel losses.",
          better=[E0, E1, E2, E3, E4,
                  t("Fair. Let's test it: next week you give us 100 parcels, any cities; on the 15th I send you a report with delivery times, losses and COD transfers, to compare with your current courier."),
                  c("100 parcels, ok. I prepare them Sunday.", None)],
          worse=[E0, E1, E2, E3, E4,
                 t("Understood. Let me discuss it internally and we'll get back to you with something."),
                 c("Get back when? I need to decide this month.", None)]),

    rpair("b101r_f06_antalya_family_resort",
          "Beach resort reservations, Antalya: a Kuwaiti family asks about a July stay.",
          better=[F0, t("We have a ladies-only beach section, a family pool with slides for the older two and a toddler pool. Honestly, July is our busiest month; pools get crowded in the afternoon, the spa garden is usually the calm spot."),
                  c("Good, honest answer. Price for seven nights?", None), F3, F4, F5, F6],
          worse=[F0, t("Everything you want, guaranteed: quiet all day, no crowds at the pool, and I personally promise you a free sea-view upgrade."),
                 c("Guaranteed, in July? My friend went to Antalya last summer, the pool was like a market. Price for seven nights?", "bad_experience"), F3, F4, F5, F6]),

    rpair("b101r_f07_abudhabi_clinic_wifi",
          "IT/network installer, Abu Dhabi: a dental clinic's Wi-Fi fails in back rooms.",
          better=[G0, G1, G2, G3, G4,
                  t("Then let's prove it first: I bring one access point Saturday, test rooms 4 and 5 and the X-ray PC with your software open, and you only sign if it holds a full day."),
                  c("That is fair. Saturday morning, before patients.", None)],
          worse=[G0, G1, G2, G3, G4,
                 t("Ours is professional equipment, completely different. Shall I send the contract to sign today so we book the installation?"),
                 c("Sign today? I paid once for nothing. Test first, then we talk.", "bad_experience")]),

    rpair("b101r_f08_rabat_agdal_rental",
          "Letting agency, Rabat: a couple newly moved from Oujda look for a flat.",
          better=[H0, t("Welcome to Rabat. Where is your job, and what matters most: close to work, space, quiet, budget?"),
                  c("My office is in Hay Riad. My wife works from home, so she needs a quiet room. Budget around 6,000 a month.", None), H3, H4, H5, H6],
          worse=[H0, t("Welcome! I have a great one in Agdal, three bedrooms, new building, 9,500 a month, near the tramway and the cafes."),
                 c("9,500 is far too much for us. And you don't know where I work. Office is in Hay Riad, my wife works from home, budget around 6,000.", "no_money"), H3, H4, H5, H6]),

    rpair("b101r_f09_alexandria_lab_tests",
          "Medical laboratory reception, Alexandria: a son asks how to get his diabetic mother's blood tests done.",
          better=[I0, t("Thank you. It's the three-month sugar test, a kidney test and cholesterol. The sugar one needs no fasting, but cholesterol needs 10 hours without food, so morning before breakfast is best."),
                  c("Ok, I understand. She eats dinner and comes in the morning without breakfast.", None), I3, I4, I5, I6],
          worse=[I0, t("It's HbA1c, creatinine with eGFR, and a lipid profile. The lipid panel requires a 10-hour fast; HbA1c doesn't."),
                 c("Sorry, I didn't understand anything. She can eat or not?", None), I3, I4, I5, I6]),

    rpair("b101r_f10_riyadh_cafe_fitout",
          "Interior fit-out contractor, Riyadh: a first-time cafe owner with 60 rent-free days.",
          better=[J0, t("Wa alaikum assalam. What's the concept, and when do you want to open?"),
                  c("Specialty coffee, minimal, lots of wood. I want to open before Ramadan, the landlord gives only 60 days free rent.", None), J3, J4, J5, J6],
          worse=[J0, t("Wa alaikum assalam. You came to the right place: we've done 40 cafes, I personally designed the award-winning one on Tahlia street, and we have 120 workers."),
                 c("Ok, nice. But can you finish before Ramadan? Landlord gives only 60 days free rent. Specialty coffee, minimal, wood.", None), J3, J4, J5, J6]),
]
