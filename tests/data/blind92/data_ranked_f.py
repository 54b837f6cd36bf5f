"""Ranked pairs f01-f10 of blind92 (written by hand): the sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, t, rpair

PAIRS = []

# f01 Muscat, AC service - fault: drops the price before asking anything
o = c("Hi, I want to know about your AC service. I have four split units in my flat in Bawshar.", None)
t1_b = t("Hi! Happy to help. Is this a regular cleaning, or is one of them giving you trouble?")
t1_w = t("Hi! Normally it's 12 rials a unit, but for you I'll do 9, so 36 for the four.")
c2_b = c("One drips a bit in the bedroom. The others just need cleaning, it's been over a year.", None)
c2_w = c("Nine? Okay... you didn't even ask what's wrong. One drips a bit in the bedroom, the others just need cleaning, it's been over a year.", None)
t3 = t("Dripping is usually a blocked drain line, and the full service flushes it, so it's covered. If it's a cracked tray, that's a part, and the technician shows you before replacing anything. Is the water damaging something?")
c4 = c("It drips on a wooden wardrobe. I put a bowl. How soon can you come?", None)
t5 = t("Then you're first in the morning, tomorrow 8:30. Four units take about three hours. Will someone be home?")
c6 = c("My wife is home. 8:30 is fine.", None)
PAIRS.append(rpair(
    "b92r_f01_muscat_ac_service",
    "AC service company in Muscat: a man with four split units, one dripping on a wardrobe, asks about a service.",
    [o, t1_b, c2_b, t3, c4, t5, c6],
    [o, t1_w, c2_w, t3, c4, t5, c6]))

# f02 Amman, dental clinic - fault: doubts the customer's honesty
o = c("Hello, I had a filling here two weeks ago and it fell out yesterday, while I was eating bread. Can the doctor fix it?", None)
t1 = t("Hello, sorry to hear that. Let me find your file... Dr. Samer, upper left molar, on the 3rd. Is it painful now, or sensitive to cold?")
c2 = c("Sensitive to cold, and a sharp edge cuts my tongue. No big pain.", None)
t3_b = t("It sounds like the filling came out whole and left the edge exposed. A filling shouldn't fall out after two weeks, so the redo is on us, no charge.")
t3_w = t("Hmm. Fillings don't fall out from bread. Are you sure you weren't chewing ice or nuts? If it was misuse, the redo is charged.")
c4_b = c("Oh, thank you, that's fair. I was afraid I'd pay again. When can he see me?", None)
c4_w = c("It was bread, I promise you. Soft bread. I don't like being called a liar. ...When can he see me?", None)
t5 = t("Dr. Samer has 4:30 today or 10 tomorrow. Until then, chew on the right side and avoid very cold drinks.")
c6 = c("4:30 today. Thanks.", None)
PAIRS.append(rpair(
    "b92r_f02_amman_dental_filling",
    "Dental clinic reception in Amman: a patient's two-week-old filling fell out.",
    [o, t1, c2, t3_b, c4_b, t5, c6],
    [o, t1, c2, t3_w, c4_w, t5, c6]))

# f03 Casablanca, building materials - fault: vague next step
o = c("Salam, a quote please: 8 tonnes of cement, 40 bags of lime and 12 cubic metres of sand, to a site in Bouskoura for Monday morning. The masons start at eight. The last 200 metres are a dirt track.", None)
t3 = t("Salam. A big truck manages a dirt track if it's dry. Cement, 160 bags at 78, is 12,480; lime 40 at 45, 1,800; sand 2,400. With delivery to Bouskoura, 17,180.")
c4 = c("17,000, hmm. The other depot said 16,500 with delivery.", "too_expensive")
t5 = t("Ask if theirs is CPJ 45 like ours; some quote the 35. I can take off the delivery, 500, so 16,680. That's my best.")
c6 = c("Close enough. Let's do it. How do we confirm Monday?", None)
t7_b = t("I'll send the proforma on WhatsApp in ten minutes; you transfer 30 percent today, and the truck leaves at 6:30 Monday. The driver, Hassan, calls you at 7 from the road. Here's his number.")
t7_w = t("We'll be in touch. Someone will call you to organise the delivery, don't worry.")
c8_b = c("Perfect, clear. I'll send the transfer after lunch.", None)
c8_w = c("Someone? When? The masons start Monday at eight, I can't have them waiting. Who do I call?", None)
PAIRS.append(rpair(
    "b92r_f03_casablanca_cement_delivery",
    "Building materials depot in Casablanca: a contractor orders cement, lime and sand for a Monday start.",
    [o, t3, c4, t5, c6, t7_b, c8_b],
    [o, t3, c4, t5, c6, t7_w, c8_w]))

# f04 Tunis, phone system - fault: unexplained jargon
o = c("Bonjour, I have a small accounting office, four people. Our phone system is old, the calls cut. I want something new but simple.", None)
t1 = t("Bonjour. Calls cutting with clients is annoying. Do people transfer calls to each other, or does each have a number?")
c2 = c("One main number, the secretary transfers. And sometimes I work from home, I want office calls there.", None)
t3_b = t("Then a switchboard on the internet suits you: no box in the office. The secretary transfers with one button, and an app on your mobile rings with office calls at home. It needs decent internet. What do you have now?")
t3_w = t("Then a hosted IP-PBX with SIP trunking, optional DIDs, a softphone client on your BYOD device, and we'd check your upload and jitter for the codec. What do you have now?")
c4_b = c("Fibre, 50 mega, I think. And the price?", None)
c4_w = c("Pardon, I understood nothing. Softphone, jitter? I'm an accountant. We have fibre, 50 mega I think. And the price?", None)
t5 = t("50 is plenty. 15 dinars a user a month, so 60 for four. Handsets 180 each, or your current ones if compatible. Month to month, no long contract.")
c6 = c("Month to month is good. Send me the offer, I'll look at it this weekend.", "think_it_over")
PAIRS.append(rpair(
    "b92r_f04_tunis_office_phones",
    "Business telephony provider in Tunis: a four-person accounting office wants a simple replacement for an old phone system.",
    [o, t1, c2, t3_b, c4_b, t5, c6],
    [o, t1, c2, t3_w, c4_w, t5, c6]))

# f05 Beirut, olive oil for a restaurant - fault: argues with the customer
o = c("Hi, I run a small restaurant in Mar Mikhael, I buy your 16-litre olive oil tins. The last two tasted bitter and peppery. My chef is not happy.", None)
t1 = t("Hi, thanks for telling me. Was it the usual Koura oil, or the new batch from the South?")
c2 = c("The label says Hasbaya, I think that's new. We use it raw, for hummus and salads.", None)
t3_b = t("Yes, Hasbaya is this season's early harvest; early oil is more bitter and peppery, a sign it's fresh, but for raw hummus your customers expect softer. I can swap the unopened tin for the milder Koura.")
t3_w = t("Bitter and peppery is what good olive oil tastes like, that's the polyphenols. Honestly, your chef should know that. The old oil was flat; this one is the real thing.")
c4_b = c("Ah, I didn't know it's because it's fresh. Okay, swap the second one, and Koura for the next orders.", None)
c4_w = c("My chef has cooked for twenty years, he knows oil. My customers complain, that's what counts. Swap it, and Koura from now on, or I find another supplier.", None)
t5 = t("I'll swap the unopened tin tomorrow for Koura and keep Koura on your regular order. Same price, 95 dollars a tin.")
c6 = c("Okay. Tomorrow before noon please, we open at one.", None)
PAIRS.append(rpair(
    "b92r_f05_beirut_olive_oil_restaurant",
    "Olive oil supplier in Beirut: a restaurant owner says the new tins taste too bitter for raw dishes.",
    [o, t1, c2, t3_b, c4_b, t5, c6],
    [o, t1, c2, t3_w, c4_w, t5, c6]))

# f06 Irbid, lab - fault: an unasked lecture
o = c("Good morning, I need a lipid profile. I'm fasting since last night. Quickly please, I'm going to work.", None)
t1 = t("Good morning. Fasting since what time exactly? We need at least 10 hours.")
c2 = c("Since 8 pm, so 12 hours. Only water.", None)
t3_b = t("Perfect. It's 8 dinars, results after 3 pm on the app. Please sit here.")
t3_w = t("Perfect. You know, most people ignore cholesterol until it's too late. Falafel every morning, shawarma, sugar in the tea, our food is a disaster for the heart. You should walk 30 minutes a day. It's 8 dinars, results after 3 pm on the app. Please sit here.")
c4_b = c("Thanks. Can my doctor see the results directly?", None)
c4_w = c("I came for a blood test, not advice. And I told you I'm in a hurry. Can my doctor see the results directly?", None)
t5 = t("Yes, give me his name or WhatsApp and we send them. Left arm or right?")
c6 = c("Left. Dr. Ziad Momani, here's his card.", None)
PAIRS.append(rpair(
    "b92r_f06_irbid_lab_lipids",
    "Private lab in Irbid: a fasting man in a hurry comes for a cholesterol test on his way to work.",
    [o, t1, c2, t3_b, c4_b, t5, c6],
    [o, t1, c2, t3_w, c4_w, t5, c6]))

# f07 Alexandria, wedding video - fault: over-promises
o = c("Hi, we marry on 12 October at a hotel in Stanley. We want photo and video. Most important, the video fast: my fiance's grandmother is in Canada and can't come.", None)
t1 = t("Congratulations! So the grandmother seeing it soon is the priority. How soon, the same night, or within a few days?")
c2 = c("Honestly, if she could watch live it would be a dream. If not, the next day.", None)
t3_b = t("Live is possible if the hotel's internet holds: a private stream from one camera. I must test the hotel wifi before promising; if it's weak, a 4G router as backup. The edited film takes two weeks, but a 3-minute highlight I can send the next evening.")
t3_w = t("Live, no problem at all, guaranteed, full HD, three cameras, and the complete edited film ready the next morning. We never had a problem.")
c4_b = c("The highlight the next evening is perfect. And test the live, please. How much for everything?", None)
c4_w = c("Really, the whole film the next morning? My cousin waited two months for his... Well, if you say so. How much for everything?", None)
t5 = t("Photos, video, live stream and quick edit: 28,000 pounds, half now to book the date, half on the day.")
c6 = c("28,000 is above what we planned, we said 22. Let me talk with my fiance tonight.", "think_it_over")
PAIRS.append(rpair(
    "b92r_f07_alexandria_wedding_video",
    "Wedding photo and video studio in Alexandria: a bride wants her fiance's grandmother in Canada to see the wedding quickly.",
    [o, t1, c2, t3_b, c4_b, t5, c6],
    [o, t1, c2, t3_w, c4_w, t5, c6]))

# f08 Salalah, driving school - fault: talks about himself
o = c("Hello, my son is 18, he wants to start driving lessons. He's at school until 2. What do you offer?", None)
t1 = t("Hello. Has he driven at all, in the desert or on a farm with family?")
c2 = c("A little, on the farm road in Taqah with his uncle. A manual pickup.", None)
t3_b = t("Then he already has a feel for the clutch, which helps; he may need fewer lessons than a beginner. We test him in the first lesson and tell you honestly how many.")
t3_w = t("Ah, I learned on a farm pickup too, in Mirbat, with my father, thirty years ago. There were no schools here then. I've taught twenty-two years now, more than two thousand drivers, police officers, even some from the royal guard.")
c4_b = c("Good. How many lessons usually, and how much?", None)
c4_w = c("Mashallah... But my son, how many lessons usually, and how much?", None)
t5 = t("Usually 20 to 30 for manual. 7 rials a lesson, afternoon slots from 3, so after school works.")
c6 = c("Fine. But he has exams this month, he can't start before the 20th.", "no_time")
PAIRS.append(rpair(
    "b92r_f08_salalah_driving_son",
    "Driving school in Salalah: a father asks about lessons for his 18-year-old son who has driven a little on a farm.",
    [o, t1, c2, t3_b, c4_b, t5, c6],
    [o, t1, c2, t3_w, c4_w, t5, c6]))

# f09 Fes, dishwasher on credit - fault: closes before checking it will work in the kitchen
o = c("Salam, I want a dishwasher. We are six at home, my wife is tired of washing. On credit, monthly.", None)
t1 = t("Salam. Six people, that's a lot of dishes; a full size, 14 place settings, is right. This Beko is 5,200 dirhams, or 12 months at 470.")
c2 = c("470 is okay for us. But Beko... my brother's Beko fridge died after one year.", "bad_experience")
t3 = t("Fridges and dishwashers are different lines, but I understand. This model is reliable, parts are easy to find in Fes, and it has two years warranty.")
c4 = c("Good, good. My wife will be happy.", None)
t5_b = t("Before we sign, the kitchen: is there a 60 cm space near the sink, with a tap and drain close? In many old medina houses the pipes are far and we need a plumber first.")
t5_w = t("Perfect, let's sign now. Your CIN please, and we deliver Thursday.")
c6_b = c("Hmm, good question. The space is there, the tap I'm not sure. I'll measure tonight and send you a photo.", None)
c6_w = c("Thursday, good... wait, it needs a tap next to it? I don't know if we have one near the sink. Now I'm not sure, let me check at home first.", "think_it_over")
PAIRS.append(rpair(
    "b92r_f09_fes_dishwasher_credit",
    "Appliance shop in Fes selling on credit: a man buys a dishwasher for a family of six living in an old house.",
    [o, t1, c2, t3, c4, t5_b, c6_b],
    [o, t1, c2, t3, c4, t5_w, c6_w]))

# f10 Sfax, umrah agency - fault: recommends before asking
o = c("Bonsoir, I want to do umrah this year, maybe in the spring.", None)
t1_b = t("Bonsoir, may Allah make it easy. Is it for you alone or with family, and have you done umrah before?")
t1_w = t("Bonsoir! I recommend our 15-day Premium in March: 5-star hotel facing the Haram, 9,800 dinars. It's our best.")
c2_b = c("With my wife. It's our first time. We're teachers, so it must be in the spring holidays.", None)
c2_w = c("9,800 each? We're two teachers, my wife and me, first time. That's far beyond us.", "no_money")
t3 = t("For a first umrah in the spring holidays, two weeks is right: 5 nights Madinah, 9 Makkah. Our standard package has a 4-star hotel about 400 metres from the Haram, flights from Tunis-Carthage, 5,900 dinars per person.")
c4 = c("5,900 each, almost 12,000. We saved 12,000, so it's tight but possible.", None)
t5 = t("Then keep a margin: there's also a hotel at 800 metres, 5,300 each, with a shuttle. I'll send both options and the spring dates to your WhatsApp.")
c6 = c("Send both. We'll decide this weekend.", "think_it_over")
PAIRS.append(rpair(
    "b92r_f10_sfax_umrah_teachers",
    "Umrah agency in Sfax: a teacher asks about umrah in the spring; he and his wife have limited savings.",
    [o, t1_b, c2_b, t3, c4, t5, c6],
    [o, t1_w, c2_w, t3, c4, t5, c6]))
