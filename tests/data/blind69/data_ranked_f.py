"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Written by hand for blind69."""
from common import c, rpair, t

PAIRS = []

# f01 - argues with the customer (broadband, Adelaide)
o = c("Hi, I want to cancel my internet. It's been dropping out every evening for a month and I'm over it.", None)
t1 = t("I'm sorry, a month of evening drop-outs is a long time. Before anything, can I look at what the line's doing? What time does it go, and for how long?")
c2 = c("Around 7 till 10, every couple of nights, a few minutes at a time. Kids' homework, my shows, all of it.", None)
t5 = t("I'll book a technician to the pit for Thursday between 8 and 12, and I'll ring you Friday evening to see if the nights are better.")
c6 = c("Thursday morning's fine. But if it's not fixed by the weekend, I'm gone.", None)
PAIRS.append(rpair(
    "b69r_f01_adelaide_dropouts",
    "Broadband provider, Adelaide (Australia): a customer rings to cancel over evening drop-outs. Fault in worse: the trainee argues that it must be the customer's WiFi.",
    [o, t1, c2,
     t("Thanks. I can see the line resyncing most evenings, so it's a fault, not you. Cancelling is your right and there'd be no fee, since we haven't fixed it. Or I get a technician out this week. Which would you prefer?"),
     c("If someone actually turns up this week, I'll give it one more go.", None),
     t5, c6],
    [o, t1, c2,
     t("Honestly, I don't think it's the line. Our network's been stable in your area, and evening drops are nearly always people's WiFi. Cancelling won't fix your router."),
     c("It's not the WiFi, the laptop on a cable drops too. Are you saying I'm making it up?", None),
     t5, c6],
))

# f02 - doubts the customer's honesty (card dispute, Kuwait City)
o = c("Hello, there are three payments on my credit card to an online shop in Turkey, 240 dinars together. I never bought anything from them.", None)
t1 = t("I'm sorry, let's deal with it now. I'm blocking the card so nothing else goes through. Is the physical card still with you?")
c2 = c("Yes, in my wallet. I used it yesterday at the Avenues, that's all.", None)
t5 = t("I'm raising the dispute for all three now. There's a short form I'm emailing you to sign, and a new card will be at your branch in three days.")
c6 = c("Okay, I'll sign it tonight. This is the second time in two years, honestly I'm tired of it.", "bad_experience")
t7 = t("Understood. I'll also switch on purchase alerts for online payments on the new card, so you'd see anything like this within seconds.")
PAIRS.append(rpair(
    "b69r_f02_kuwait_dispute",
    "Bank card services, Kuwait City (Kuwait): a customer reports three online payments she didn't make. Fault in worse: the trainee suggests her children may have made them.",
    [o, t1, c2,
     t("Thank you. The three payments were online, within ten minutes, around 2am, which fits a stolen card number rather than the card itself. You'll get a temporary credit within 5 working days while we look into it."),
     c("Good. Do I need to do anything?", None),
     t5, c6, t7],
    [o, t1, c2,
     t("Thank you. Before I raise anything, are you sure nobody in the family used it? Children often buy games online and parents find out later. We get a lot of claims like that."),
     c("My children are 4 and 6. I am telling you I didn't buy it. Are you calling me a liar?", None),
     t5, c6, t7],
))

# f03 - drops the price before asking anything (accounting software, Davao)
o = c("hello po, im owner of a small hardware store in davao, my bookkeeper is leaving next month. looking at ur accounting software, is it easy to use", None)
t3 = t("For daily sales you connect your POS or type the total each evening, and the monthly BIR forms fill themselves from that. Most owners spend about 15 minutes a day. Want to try it free for 14 days with a week of your real sales?")
c4 = c("ok free trial can. but honestly my niece says excel is enough for a small store", "no_need")
t5 = t("Excel can track sales; the difference is the BIR forms, and the penalties if they're late. Try both for a week and see which eats less of your evening.")
c6 = c("ok fair. send me the link", None)
PAIRS.append(rpair(
    "b69r_f03_davao_accounting",
    "Accounting software for small businesses, Davao City (Philippines): a store owner losing her bookkeeper asks if the software is easy. Fault in worse: a discount offered before anything is asked.",
    [o,
     t("Hello po! It's made for small shops, so fairly easy. What does your bookkeeper do now that you'll have to cover: sales, inventory, BIR filing?"),
     c("mostly daily sales and the bir forms every month. inventory i do myself in notebook", None),
     t3, c4, t5, c6],
    [o,
     t("Hello po! Very easy. And for you I can give 30% off the first year, so only 1,050 a month instead of 1,500. Shall I set it up?"),
     c("huh, i didnt even ask the price yet. i just want to know if i can do it without a bookkeeper", None),
     t3, c4, t5, c6],
))

# f04 - an unasked lecture (diabetes follow-up booking, Muscat)
o = c("Hi, I need to book a follow-up with Dr Salim for my HbA1c result. The lab said it's 8.1.", None)
t1 = t("Of course. Do you want the earliest appointment, or a particular day?")
c2 = c("Earliest please, but after 4, I work in Ruwi till 3:30.", None)
t5 = t("Yes, follow-ups are covered with the usual 5 rial co-pay. Please bring the lab report and your current medicines.")
c6 = c("Okay. Last time I waited an hour after my time, I hope not again.", "bad_experience")
t7 = t("Afternoon clinics run closer to time. If he's running more than 20 minutes late, we'll message you before you leave work.")
PAIRS.append(rpair(
    "b69r_f04_muscat_followup",
    "Private clinic reception, Muscat (Oman): a patient books a diabetes follow-up. Fault in worse: the receptionist gives an unasked diet lecture.",
    [o, t1, c2,
     t("Dr Salim has Tuesday at 4:30 or Thursday at 5. Which suits you?"),
     c("Tuesday 4:30. Is it covered by my insurance?", None),
     t5, c6, t7],
    [o, t1, c2,
     t("Dr Salim has Tuesday at 4:30 or Thursday at 5. Honestly, with 8.1 you really need to cut the rice and the sweets, dates especially, and walk every evening. People think tablets alone fix it, but diet is everything."),
     c("I know, thank you, my doctor will tell me. Tuesday 4:30. Is it covered by my insurance?", None),
     t5, c6, t7],
))

# f05 - a vague next step (trucking to port, Pune)
o = c("Hello, we're an auto components maker in Chakan. We need two full truckloads a week to Chennai port for export. Our current transporter keeps missing vessel cut-offs. Can you give a rate?", None)
t1 = t("Yes. A missed cut-off costs you more than the freight, so let me understand the timing first. When is the cargo ready, and when is the cut-off usually?")
c2 = c("Ready Monday and Thursday evening. Cut-off is usually Thursday and Sunday noon at Chennai.", None)
t3 = t("That's about 1,200 km in under 72 hours, fine with two-driver trucks. Two-driver is 78,000 per load, more than single-driver, but you don't miss a vessel. What are you paying now?")
c4 = c("62,000. 16 more a trip is a lot, our margins are thin.", "too_expensive")
PAIRS.append(rpair(
    "b69r_f05_pune_trucking",
    "Road freight company, Pune (India): an exporter needs trucks that make port cut-offs. Fault in worse: the next step is left vague.",
    [o, t1, c2, t3, c4,
     t("Fair. One missed vessel usually means a week's storage and an angry buyer. Try it four weeks: I'll send the contract today by 5, the first truck is at your dock Monday 6pm, and you track cut-offs met."),
     c("Okay, Monday 6pm. Send it to our purchase manager, Mr Kulkarni.", None)],
    [o, t1, c2, t3, c4,
     t("Fair. One missed vessel usually means a week's storage and an angry buyer. Let us discuss internally and we'll get back to you with something in due course."),
     c("In due course? Our next shipment is Monday. I need a date, not maybe.", None)],
))

# f06 - over-promises (home battery, Townsville)
o = c("G'day, thinking about a battery for our solar. Mainly want to know, will it get our power bill to zero?", None)
t1 = t("Good question to ask up front. What's the bill now, and do you know how much you use at night?")
c2 = c("About 600 a quarter. Nights it's the bedroom air con, and the pool pump's on a timer at night for off-peak.", None)
t5 = t("The 10 kWh installed is about 11,500 after the rebate. I'd want to see your last four bills to check the numbers before you commit to anything.")
c6 = c("Eleven and a half... I'll dig out the bills, but I'll need a chat with my wife about that sort of money.", "think_it_over")
PAIRS.append(rpair(
    "b69r_f06_townsville_battery",
    "Solar and battery installer, Townsville (Australia): a homeowner asks if a battery will zero his bill. Fault in worse: the trainee promises zero bills.",
    [o, t1, c2,
     t("Honest answer: it'll cut it a lot, but probably not to zero. A 10 kWh battery covers the bedroom air con most nights; the pool pump at night would drain it. Move the pump to midday on solar and you might get near 150 a quarter, plus the supply charge you always pay."),
     c("150 a quarter's still a decent drop. What's the damage?", None),
     t5, c6],
    [o, t1, c2,
     t("Absolutely, zero bills. With a 10 kWh battery you'll never pay for power again, the pool, the air con, everything. Some customers even get money back."),
     c("Never pay again? The supply charge alone is a hundred a quarter. Sounds too good, mate.", None),
     t5, c6],
))

# f07 - closes before checking the thing works (ute to tow a boat, Tauranga)
o = c("Hi, I'm after a ute that can tow our boat. It's a 6 metre trailer boat, and we launch at Pilot Bay most weekends.", None)
t1 = t("Nice. Do you know roughly how heavy it is on the trailer, all up with fuel?")
c2 = c("About 2.2 tonnes, I think. Our Highlander struggles up the ramp with it.", None)
t3 = t("Then you want a 3.5-tonne braked towing rating, for margin. This Ranger diesel is rated 3.5: 2021, 68,000 k's, 46,990.")
c4 = c("46 is more than I wanted to spend. I had about 40 in mind.", "no_money")
PAIRS.append(rpair(
    "b69r_f07_tauranga_ute",
    "Car dealership, Tauranga (New Zealand): a customer needs a ute to tow his boat up a ramp. Fault in worse: the trainee pushes to sign before the ute has towed the boat.",
    [o, t1, c2, t3, c4,
     t("Understood. Before we talk money, let's see it does the job: bring the boat Saturday, hook it up, and take it up the Pilot Bay ramp. If it's right, we talk numbers then."),
     c("Good idea, the ramp's the real test. Saturday morning then.", None)],
    [o, t1, c2, t3, c4,
     t("Understood. It's a good buy at that money, so let's do the paperwork today before someone else grabs it. Shall I get the forms?"),
     c("Today? I haven't even hooked the boat up to it. I'm not signing till I've seen it get up that ramp.", "think_it_over")],
))

# f08 - unexplained jargon (cloud backup for a law office, Lisbon)
o = c("Olá, hello. I have a small law office, 6 people. Our files are on one computer in the office, and my nephew says we need backup. I am not technical at all.", None)
t1 = t("Happy to help, no technical knowledge needed from you. What would hurt most if that computer died tomorrow?")
c2 = c("The client files, the contracts. Some are many years old. The emails are on Gmail, I think that is fine.", None)
t5 = t("It's 45 euros a month for your office, and we set it up in one afternoon. Once a month we also check we can actually bring a file back, so you know it works.")
c6 = c("45 a month... my nephew says he can do it with a USB disk for free.", "too_expensive")
t7 = t("He could, and it's better than nothing. The difference: if the office floods or is burgled, the disk goes too, and someone has to remember every night. Would a free month help you decide?")
PAIRS.append(rpair(
    "b69r_f08_lisbon_backup",
    "IT services firm, Lisbon (Portugal): a non-technical lawyer needs backup for client files. Fault in worse: the trainee explains it in unexplained jargon.",
    [o, t1, c2,
     t("Then the thing to protect is the folder of client files. We copy it every night to secure servers in Europe, locked so only your office can read it, and keep 90 days of old versions, so if a file is deleted or a virus scrambles it, you go back to last Tuesday."),
     c("Okay, that I understand. How much?", None),
     t5, c6, t7],
    [o, t1, c2,
     t("Then we'd set up incremental, immutable backups to an EU-region S3-compatible bucket, AES-256 at rest, 90-day retention, RPO of 24 hours, and we can add Workspace SaaS backup later."),
     c("Sorry, I understood nothing. Immutable? RPO? Can you say it like you would to my mother?", None),
     t5, c6, t7],
))

# f09 - talks about themselves (wedding planner, Lucknow)
o = c("Namaste, my daughter's wedding is in February, around 400 guests. We have the venue, a lawn in Gomti Nagar, but I need someone to manage decor, food coordination, everything. My husband thinks we can do it ourselves but I'm already so tired.", None)
t1 = t("Namaste, and congratulations. It sounds like you're carrying most of it. What's taking the most out of you right now?")
c2 = c("Chasing vendors. The caterer doesn't pick up, the decorator changes the price every time. And my daughter is in Bangalore, so everything falls on me.", None)
t5 = t("For 400 guests, full coordination is 1.5 lakh, and we work with the vendors you've already booked. I'd suggest we meet with you and your husband, so he can see what we'd take off your plate.")
c6 = c("1.5 lakh... my husband will say that money can go to the jewellery. Let me talk to him first.", "think_it_over")
PAIRS.append(rpair(
    "b69r_f09_lucknow_planner",
    "Wedding planner, Lucknow (India): an exhausted mother of the bride asks for help. Fault in worse: the planner talks about her own story instead of the customer's.",
    [o, t1, c2,
     t("So you need one person to chase the vendors and hold them to their quotes, and to keep your daughter in the loop from Bangalore, so you can be the mother at the wedding, not the manager. We'd take every vendor call and send you both a weekly update on one WhatsApp group."),
     c("Yes, exactly that. What would it cost?", None),
     t5, c6],
    [o, t1, c2,
     t("I completely understand. I did my own sister's wedding for 600 guests and honestly it was the toughest thing I've ever done; we were up till 4am the night before and my decorator ran off with the advance. That's why I started this company, and now we've done over 200 weddings, some very big families in Hazratganj."),
     c("Achha... but what would you actually do for us? I am asking about my daughter's wedding.", None),
     t5, c6],
))

# f10 - recommends before asking (maths tuition, Kota Kinabalu)
o = c("hi, my son form 4, his add maths very weak, failed the last test. u have tuition?", None)
t3 = t("Fair enough. What does his teacher say he's stuck on, and does he ask questions in class?")
c4 = c("teacher says functions and quadratic, he lost from start of year. he shy, never ask", None)
t5 = t("Then a small group of four, once a week, going back to functions, would suit a shy student better than a big class. It's RM160 a month, and the first class is a free trial so he can see if he's comfortable.")
c6 = c("ok the free one first. he got football tues and thurs, other days ok", None)
t7 = t("Then Wednesday at 5. I'll ask the teacher to start from functions.")
PAIRS.append(rpair(
    "b69r_f10_kotakinabalu_tuition",
    "Tuition centre, Kota Kinabalu (Sabah, Malaysia): a parent asks about add maths tuition. Fault in worse: an intensive package recommended before anything is asked.",
    [o,
     t("Hi! Yes we do, sorry about the test. Before I suggest anything, is it only add maths, and has he been struggling long or just this test?"),
     c("only add maths. since start of year i think, he go quiet when i ask", None),
     t3, c4, t5, c6, t7],
    [o,
     t("Hi! Yes, for form 4 add maths I'd recommend our Intensive SPM Package, 3 classes a week plus weekend revision, RM380 a month. Shall I register him?"),
     c("3 class a week?? he got football also. i dont even know yet what he need, he only fail one test", "no_need"),
     t3, c4, t5, c6, t7],
))
