"""Ranked pairs f01-f10 (the sides share every turn except one fault in `worse` and the customer's reaction),
written by hand for blind94."""
from common import c, rpair, t

PAIRS = []

# f01 Pune, two-wheeler service: worse argues with the customer
o = c("I bought the 125 from you in March. Company says 60 kmpl, I'm getting 42 in Pune traffic. Something is wrong with it.", None)
t1 = t("42 against the 60 on the brochure, I can see why you're annoyed. How do you usually ride it: how many km a day, lots of signals?")
c2 = c("Kothrud to Hinjewadi, 22 km each way, stop-start the whole way. Sometimes with my wife on the back.", None)
t5 = t("I'll have the mechanic check tyre pressure, the air filter and the idle setting now; about forty minutes. If it's still 42 after that, we'll do a fuel test with a measured litre.")
c6 = c("I'll wait. Forty minutes is fine, I have a call to take anyway.", None)
t7 = t("There's a seat and tea inside. I'll come and tell you what we find.")
PAIRS.append(rpair(
    "b94r_f01_pune_scooter_mileage",
    "A commuter complains his new motorcycle gives far less mileage than advertised.",
    [o, t1, c2,
     t("That route is heavy stop-start, and the 60 is tested at a steady speed without a pillion, so city numbers come out lower. Still, 42 is on the low side, so let's check the bike before we blame the traffic."),
     c("Okay, that makes sense. Can you check today?", None),
     t5, c6, t7],
    [o, t1, c2,
     t("Sir, 42 is normal, everyone gets that. The 60 is correct as per the test; if you get 42, it's the way you ride. In Pune nobody rides properly, too much acceleration and braking."),
     c("Now you're telling me I can't ride? I've been riding fifteen years. Just check the bike, please.", None),
     t5, c6, t7],
))

# f02 Rajshahi, microfinance: worse doubts the borrower's honesty
o = c("Assalamualaikum apa. I want a loan of 60,000 taka for my mango business. I buy from orchards in Chapainawabganj and sell in Rajshahi market.", None)
t1 = t("Walaikumassalam. Mango trading, good. How long have you been doing it, and how much do you earn in the season?")
c2 = c("Seven years. In the season, May to July, profit is about 35,000 a month. The rest of the year I sell vegetables, maybe 12,000.", None)
t5 = t("Please bring them, with your NID. Based on the 12,000 months, 60,000 over 12 months is about 5,800 a month; we can also make instalments bigger in the season and smaller after, if that suits.")
c6 = c("Smaller after the season is better. 5,800 in winter is difficult.", "no_money")
t7 = t("Then I'll work out a seasonal schedule before you come. Sunday or Monday?")
PAIRS.append(rpair(
    "b94r_f02_rajshahi_mango_loan",
    "A seasonal mango trader applies for a small business loan.",
    [o, t1, c2,
     t("So strong income for three months and much less the rest of the year. The instalments should fit the vegetable months, not the mango months. Do you keep any record, a khata or bKash statements?"),
     c("I have my khata book, and bKash statements from the wholesalers. I can bring them.", None),
     t5, c6, t7],
    [o, t1, c2,
     t("35,000 a month from mangoes? Everyone who sits here says big numbers. Honestly, how much do you really make? We'll find out anyway when we check."),
     c("Why would I lie? I have my khata book, and bKash statements from the wholesalers. I can bring them.", None),
     t5, c6, t7],
))

# f03 Visakhapatnam, IT AMC: worse drops the price before asking anything
o = c("Hi, we're a shipping agency near the port, about 25 computers. Our IT guy left. We're looking for an annual maintenance contract. What's your rate?", None)
t3 = t("Printers, internet and a virus scare, plus one file server. Then a contract with quarterly visits, remote support within two hours, antivirus on all machines and a nightly server backup fits. I'd like to see the office before giving a firm number.")
c4 = c("Can you come Wednesday? Monday and Tuesday are busy with vessel schedules.", None)
t5 = t("Wednesday 11 am. I'll bring a draft contract and the price after the walk-through.")
c6 = c("Okay. Our last vendor never came on time, so put the response time in writing.", "bad_experience")
t7 = t("It'll be in the contract: two hours remote, next working day on site, with a penalty if we miss it.")
PAIRS.append(rpair(
    "b94r_f03_vizag_it_amc",
    "A shipping agency that lost its IT person asks for an AMC rate.",
    [o,
     t("Happy to help. Rates depend on what you need, so a few questions first: are the 25 all desktops, any servers, and what broke most often last year?"),
     c("All desktops, one file server. Mostly printer issues, internet going down, and a virus scare last month.", None),
     t3, c4, t5, c6, t7],
    [o,
     t("For 25 systems our normal AMC is 1.8 lakh a year, but for you I can do 1.3 lakh straight away. What else would you like to know?"),
     c("You dropped 50,000 without knowing what we have? Then what is the real price? Anyway, all desktops, one file server. Printer issues, internet going down, a virus scare last month.", None),
     t3, c4, t5, c6, t7],
))

# f04 Kochi, pharmacy: worse gives an unasked lecture
o = c("Need something for a dry cough. It's been a week. Nothing serious, just irritating at night.", None)
t1 = t("A week of dry cough, worse at night. Any fever or breathlessness, or just the cough?")
c2 = c("No fever. Just a tickle in the throat. I'm a smoker, if that matters.", None)
t5 = t("The syrup is 128 and the lozenges 40. If the cough goes past two more weeks, or there's any blood, please see a doctor.")
c6 = c("168 total? Last time I took a local brand, it was cheaper.", "too_expensive")
t7 = t("There's a local one for 72, same medicine and strength. Take that if you prefer.")
PAIRS.append(rpair(
    "b94r_f04_kochi_cough_syrup",
    "A smoker buys something for a week-old dry cough.",
    [o, t1, c2,
     t("It matters a bit, smoke keeps the throat irritated. For tonight, a lozenge, and a plain dextromethorphan syrup at bedtime, 10 ml."),
     c("Okay. How much for the syrup?", None),
     t5, c6, t7],
    [o, t1, c2,
     t("Sir, honestly, you should stop smoking. Do you know what it does to your lungs? COPD, cancer, and a cough is the first sign. Think of your family. For tonight, a lozenge, and a dextromethorphan syrup at bedtime, 10 ml."),
     c("I came for cough syrup, not a class. How much for the syrup?", None),
     t5, c6, t7],
))

# f05 Faisalabad, spinning mill: worse gives a vague next step
o = c("Salam, this is Imran from Al-Noor Weaving. We want to try your 30s combed cotton yarn. If it runs well on our airjet looms, we'll need around 20 tonnes a month.", None)
t1 = t("Walaikum salam, Imran sahib. 20 tonnes a month would be a good start for both of us. What count variation do your looms tolerate? We run around 1.3 CV on 30s combed, and for a trial we'd give one tonne so you can run it on two looms for a week.")
c2 = c("Below 1.5 we need, so 1.3 is fine. Now we use a Lahore mill, but their deliveries are always late. What's the rate, and when can the tonne come?", None)
t7 = t("The test certificate will travel with the lot, and I'll call you the day it leaves the mill.")
c8 = c("Okay. 1,520 is a bit above the Lahore mill, but if it runs well we can talk.", "too_expensive")
PAIRS.append(rpair(
    "b94r_f05_faisalabad_yarn_trial",
    "A weaving unit asks a spinning mill for a trial lot of yarn.",
    [o, t1, c2,
     t("1,520 a kg ex-mill for the trial. The tonne goes out Thursday and reaches you Friday, and I'll come to your unit next Wednesday to look at loom efficiency with your weaving master."),
     c("Good. Thursday dispatch, Wednesday visit. Send the test certificate with the lot.", None),
     t7, c8],
    [o, t1, c2,
     t("1,520 a kg ex-mill. I'll check with dispatch and production, and we'll let you know about the trial."),
     c("Let me know when? I told you, the Lahore mill is always late. I need a date.", None),
     t7, c8],
))

# f06 Negombo, rooftop solar: worse over-promises
o = c("Hello, I'm thinking of solar for my house in Negombo, about 500 metres from the beach. The monthly bill is around Rs. 18,000. My main worry is the salt air; our gate rusts every two years.", None)
t3 = t("A fair worry that close to the sea. We'd use aluminium mounting, stainless steel bolts and panels rated for salt mist. For an Rs. 18,000 bill, a 5 kW system should cover most of it, about Rs. 1.6 million.")
c4 = c("1.6 million. And how long will the panels last here?", None)
t7 = t("Let me send our engineer on Saturday to look at the roof and the salt exposure. He'll give you a written estimate with what's covered and what isn't.")
c8 = c("Saturday is fine. I'll compare it with the other quote I have.", "think_it_over")
PAIRS.append(rpair(
    "b94r_f06_negombo_solar_salt",
    "A homeowner near the sea asks about solar and salt damage.",
    [o, t3, c4,
     t("Panels carry a 25-year performance warranty, but near the sea, honestly: expect to clean them every month or two, and the inverter will likely need replacing around year ten or twelve. We include a yearly check for five years."),
     c("At least you're being straight. The cleaning my gardener can do.", None),
     t7, c8],
    [o, t3, c4,
     t("Don't worry about anything, sir. With our system your bill will be zero from the first month, guaranteed, and the panels will last 30 years without any maintenance, salt air or not."),
     c("Zero, guaranteed, no maintenance, 500 metres from the sea? My brother-in-law was told the same and his inverter died in four years.", "bad_experience"),
     t7, c8],
))

# f07 Bhaktapur, broadband support: worse closes before checking it works
o = c("My internet is not working since morning. The router has a red light. I'm a teacher, I have an online class at 4.", None)
t1 = t("Sorry about that; with a class at 4 we'll move fast. Is the red light on the one marked LOS or PON?")
c2 = c("LOS, I think. It's blinking red.", None)
t3 = t("Blinking LOS means the fibre signal isn't reaching the router. Can you check whether the thin yellow cable at the back is bent or loose?")
c4 = c("Oh, it was half out. The cat must have pulled it. I pushed it in now.", None)
t7 = t("Good. I'll keep the complaint open till 5 pm. If the light goes red again before your class, call me on this number directly and I'll send a technician with a clip so the cable can't be pulled out.")
PAIRS.append(rpair(
    "b94r_f07_bhaktapur_fibre_down",
    "A teacher's fibre connection is down hours before her online class.",
    [o, t1, c2, t3, c4,
     t("Good. Give it a minute. What does the LOS light do now? And then open any website to check."),
     c("The red light is gone... and YouTube is opening. It's working.", None),
     t7],
    [o, t1, c2, t3, c4,
     t("That's it then, it'll work now. I'm closing the complaint. Anything else I can help with?"),
     c("Wait, don't close it yet, let me see if it actually comes... okay, now the red is gone. But you should have waited.", None),
     t7],
))

# f08 Mysuru, tuition centre: worse recommends before asking
o = c("Hello, I want to know about your Class 8 maths tuition for my son. His marks dropped this year.", None)
t3 = t("Then he needs someone who slows down and lets him ask without feeling shy. We have a small group of six for Class 8, school syllabus only, Monday, Wednesday and Friday at 5:30. Fee is 2,200 a month.")
c4 = c("Six is good. But Wednesday evenings he has cricket practice.", "no_time")
t5 = t("Then Monday, Friday and Saturday 10 am instead; the teacher runs a make-up class then. Would he try one week free first?")
c6 = c("Yes, one week trial. I'll bring him on Monday.", None)
t7 = t("Monday 5:30. Bring his last test paper so the teacher can see where he's losing marks.")
PAIRS.append(rpair(
    "b94r_f08_mysuru_maths_tuition",
    "A parent asks about maths tuition after her son's marks fell.",
    [o,
     t("Sure. Before I tell you about batches, what's happening? Dropped from what to what, and in which topics?"),
     c("From 85 to 58. Algebra mainly. He says the new teacher goes too fast, and he doesn't ask doubts in class.", None),
     t3, c4, t5, c6, t7],
    [o,
     t("Sure. Our Class 8 Achievers batch is the best option; it covers Olympiad level too, with weekly tests. Most parents prefer it."),
     c("Olympiad? He's struggling with normal algebra. From 85 he's come to 58. The new teacher goes too fast and he doesn't ask doubts.", None),
     t3, c4, t5, c6, t7],
))

# f09 Rawalpindi, diagnostic lab: worse uses unexplained jargon
o = c("My doctor gave me this slip for tests. I've been feeling tired and thirsty a lot. What do these tests mean, and what do I need to do before?", None)
t1 = t("Let me see the slip. Your doctor has asked for three tests. Have you eaten anything this morning?")
c2 = c("Only tea with sugar at seven.", None)
t5 = t("No tea tomorrow, not even without sugar. Only water. Come before 9 and we'll take one sample. Today's test we can do now.")
c6 = c("How much will all this cost? My husband has given me 3,000.", None)
t7 = t("All three come to 2,650, so it's within that. You can pay for all today, or pay tomorrow for the second part.")
PAIRS.append(rpair(
    "b94r_f09_rawalpindi_sugar_tests",
    "A tired, thirsty patient asks what her doctor's tests mean and how to prepare.",
    [o, t1, c2,
     t("Then one test today and two tomorrow. One shows your average sugar over the last three months; that can be done now. The other two check the fats in your blood and your sugar on an empty stomach; they need ten hours without food, water is fine. So come tomorrow before breakfast."),
     c("Okay, I understand. So tomorrow, no tea also?", None),
     t5, c6, t7],
    [o, t1, c2,
     t("Right. HbA1c we can do now, it's non-fasting. FBS and lipid profile need 10 to 12 hours NPO, so those are tomorrow; one venepuncture, both on the same draw."),
     c("Sorry, I didn't understand anything. NPO? Which one is now? So tomorrow, no tea also?", None),
     t5, c6, t7],
))

# f10 Khulna, snacks distributor: worse talks about himself
o = c("Dada, you're the new area man for the snacks company? The last man stopped coming for two months. My chips stock finished last week.", None)
t1 = t("Yes, I'm the new one for this area. Sorry you were left without stock. What sells best, and what ran out first?")
c2 = c("The 10-taka chips, tomato and masala, the school children buy. Also the 20-taka cracker packs.", None)
t5 = t("Four chips, two crackers today from the van. I'll come every second Tuesday, and here's my number if you run short before that.")
c6 = c("Okay. But if you also disappear like the last man, I'll switch to the other brand. Their man comes every week.", "bad_experience")
t7 = t("Fair. If I miss a Tuesday, call me and I'll bring it the same day on my bike.")
PAIRS.append(rpair(
    "b94r_f10_khulna_snacks_route",
    "A shopkeeper left without stock meets the snack company's new route salesman.",
    [o, t1, c2,
     t("So the 10-taka chips for the school crowd and the 20-taka crackers. How many boxes were you taking every two weeks before?"),
     c("Chips four boxes, crackers two. The school is right there.", None),
     t5, c6, t7],
    [o, t1, c2,
     t("Ah, the school crowd, I know them well. I studied at Khulna Zilla School myself, big chips eater. Before this I was five years with a biscuit company in Jessore, top salesman two years running. So how many boxes before?"),
     c("Dada, very good you were top salesman, but customers are waiting. Chips four boxes, crackers two.", None),
     t5, c6, t7],
))
