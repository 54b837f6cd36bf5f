"""Ranked pairs d01-d10 (two decent conversations; `better` is the stronger one), written by hand for blind94."""
from common import c, rpair, t

PAIRS = []

# d01 Nashik, tractor dealer: better checks how the tractor will be used before selling the size asked for
o = c("Namaskar. I want a 50 HP tractor. My neighbour took one last year and he is very happy.", None)
PAIRS.append(rpair(
    "b94r_d01_nashik_tractor",
    "A grape farmer near Nashik asks for the same 50 HP tractor his neighbour bought.",
    [o,
     t("Namaskar. Good that your neighbour is happy. What will you mostly use it for on your land?"),
     c("Six acres of grapes and two acres onion. Spraying mainly, and trolley for the crates.", None),
     t("In the vineyard, what's the width between your vine rows?"),
     c("About eight feet. Why?", None),
     t("A 50 HP is about six and a half feet wide at the wheels, so in eight-foot rows it will brush the vines and break shoots. Most grape farmers here use a 27 to 30 HP narrow-track tractor; it pulls the blower sprayer easily and costs about 3 lakh less. Come Thursday and I'll take one into a vineyard near Pimpalgaon so you can see it between the rows."),
     c("I didn't think of the width. Thursday okay, I'll bring my son. But will 30 HP pull a full trolley?", None),
     t("A 3-tonne trolley on flat roads, yes. If you often pull heavy loads uphill, tell me on Thursday and we'll look at that honestly.")],
    [o,
     t("Namaskar. Good choice, 50 HP is very popular. Will you use it for farm work and haulage both?"),
     c("Yes, spraying in my grapes and trolley for the crates.", None),
     t("Then the 50 HP with power steering is ideal, it handles sprayer and trolley both. On-road it's about 8.4 lakh; with the bank loan, 20 percent down and a seven-year EMI."),
     c("8.4 lakh. Bit high. Any discount?", "too_expensive"),
     t("I can give the drawbar and top link free, and the first two services are free anyway. Want a test drive today?"),
     c("Okay, let me drive it once. Then I'll discuss at home.", "think_it_over"),
     t("Sure, I'll bring it out front. Bring your 7/12 extract for the loan when you decide.")],
))

# d02 Dhaka, HSC coaching: better finds the real gap before selling the batch
o = c("Assalamualaikum. My daughter is in HSC first year. Her physics class test was very bad, 11 out of 30. I want to admit her to your physics batch.", None)
PAIRS.append(rpair(
    "b94r_d02_dhaka_hsc_coaching",
    "A mother wants physics coaching after her daughter's poor class test.",
    [o,
     t("Walaikumassalam. I understand the worry. Before admitting her, do you know what went wrong in the test? The numerical problems, or the theory?"),
     c("She says she understands in class, but in the exam she can't do the maths part. Vectors and all.", None),
     t("That's very common in first year; often it's the maths, not the physics. Our regular batch moves fast and may not fix that. We have a four-week vectors and calculus bridge class, Tuesday and Thursday evenings, 2,500 taka."),
     c("And the regular batch? I was ready to pay for that.", None),
     t("Regular is 4,000 a month. Honestly, if her gap is the maths, she may not need it after the bridge class. Can she sit a free 20-minute diagnostic test this Saturday? Then we'll know instead of guessing."),
     c("Yes, Saturday after college, around 3?", None),
     t("3 pm Saturday. I'll call you afterwards with what the test shows.")],
    [o,
     t("Walaikumassalam. Don't worry, many students struggle in first year. Our HSC physics batch covers the full syllabus with weekly tests."),
     c("How many students in a batch? She is shy to ask questions.", None),
     t("About 25. There's a doubt-clearing session every Friday where she can ask one-to-one. Fee is 4,000 taka a month, admission 1,000."),
     c("We are already paying for chemistry tuition. 4,000 more every month is difficult.", "no_money"),
     t("I understand. There's 10 percent off if you pay three months together, and she can attend two classes free first."),
     c("Okay, let her attend two classes first. Then we'll decide.", "think_it_over"),
     t("Sure. The batch is Sunday, Tuesday, Thursday at 5. I'll note her name.")],
))

# d03 Colombo, IT services: better uncovers that the real problem is WhatsApp orders, not a website
o = c("Hi, I run a bakery in Nugegoda, two outlets. My nephew says we need a website. How much do you charge?", None)
PAIRS.append(rpair(
    "b94r_d03_colombo_bakery_web",
    "A bakery owner asks for a website price because a relative suggested it.",
    [o,
     t("Hi. Happy to quote, but websites vary a lot, so first: what would you like the website to do for the bakery?"),
     c("Honestly, not sure. People ask for the cake menu on WhatsApp every day and my staff send photos one by one. It takes so much time.", None),
     t("So the real pain is cake enquiries on WhatsApp. Roughly how many a day, and do people pay in advance?"),
     c("Maybe 30 to 40 enquiries, 10 orders. Advance by bank transfer, we check the slips by hand.", None),
     t("Then a big website may not be step one. A WhatsApp Business catalogue with your cakes and prices, plus a simple order form with a payment link, would take away most of that work, around Rs. 45,000. A full site with ordering is about Rs. 250,000 and can come later if you want it."),
     c("45,000 sounds better. But my staff are not very good with technology.", None),
     t("We'll train two of your staff at the outlet, two sessions, and I'll check in after the first week. Shall I show you a demo with three of your cakes on Friday?")],
    [o,
     t("Hi! A basic website is Rs. 120,000, and with online ordering Rs. 250,000. Which are you thinking of?"),
     c("What's the difference really? I mainly want people to see our cakes.", None),
     t("The basic one has your menu, photos, location and a contact form. The ordering one lets customers pick a cake, a date and pay online. For a bakery, ordering usually pays off."),
     c("250,000 we can't do right now. Maybe the basic one.", "no_money"),
     t("Basic is a good start; we can add ordering later. Delivery in four weeks, and we'll take the photos at your outlet."),
     c("Okay. Send me the quotation, I'll discuss with my wife.", "think_it_over"),
     t("I'll email it today.")],
))

# d04 Lahore, rooftop solar: better asks about hours and priorities and is honest about battery limits
o = c("Salam. I want solar with batteries so my whole house runs during loadshedding, including the ACs. What would that cost?", None)
PAIRS.append(rpair(
    "b94r_d04_lahore_solar_battery",
    "A homeowner wants solar with batteries to run everything, ACs included, through power cuts.",
    [o,
     t("Walaikum salam. Before a number: how many ACs, and how many hours of loadshedding do you get in summer?"),
     c("Three ACs, 1.5 ton inverter. Loadshedding 4 to 6 hours, mostly afternoon, some at night.", None),
     t("Afternoon cuts, panels can mostly carry. Running three ACs on batteries through a night cut needs a very large battery bank, and batteries wear out in 6 to 8 years. At night, which room matters most?"),
     c("My mother's room. She is old, she can't sleep in the heat.", None),
     t("Then a 10 kW system with net metering for the day, and a battery sized for her AC, the fans and the fridge at night. Roughly 28 lakh instead of 50-plus for everything. I'd confirm after a survey of the roof and your bills."),
     c("Still a lot of money, honestly, but this makes more sense than the other company. When can you come?", "too_expensive"),
     t("Saturday morning. Keep your last six bills ready.")],
    [o,
     t("Walaikum salam. Yes, full backup is possible. How many ACs?"),
     c("Three, 1.5 ton inverter.", None),
     t("For three ACs round the clock you'd need about 15 kW of panels and a 40 kWh lithium battery bank. Roughly 55 lakh installed, with net metering."),
     c("55 lakh! That's more than my car.", "too_expensive"),
     t("It's a big investment, but electricity prices keep rising, and with net metering you sell the extra in the day. We can also do two phases: panels now, batteries next year."),
     c("Two phases, okay, that may work. Send me both prices.", None),
     t("I'll WhatsApp both today, and we can survey the roof this week.")],
))

# d05 Ahmedabad, textile mill: better checks the competitor's spec before touching the price
o = c("Hello Nirav bhai. For the cotton poplin, 40s by 40s, your rate is 78 a metre. Another mill is giving 72. Match it and the 30,000-metre order is yours.", "too_expensive")
PAIRS.append(rpair(
    "b94r_d05_ahmedabad_poplin",
    "A garment buyer asks a mill to match a competitor's lower rate.",
    [o,
     t("Thanks for being upfront, Sanjay bhai. Before price, is their quote the same construction? 40s by 40s, 133 by 72, same width and finish?"),
     c("I think so. 40s by 40s. The picks I didn't check, honestly.", None),
     t("Could you check? At 72 it's often 124 by 64, fewer threads, lighter and cheaper to make. If theirs is the same 133 by 72, I'll look at my price seriously."),
     c("Their sheet says 124 by 64. Hmm. But my buyer only gave me GSM, around 110.", None),
     t("Then the question is whether 124 by 64 meets your buyer's spec. If it does, take it, it's cheaper. If the buyer wants 133 by 72, compare us at the same spec. I'll send swatches of both today for your buyer."),
     c("Send both. If the buyer wants 133, I'll come back to you, but try to do 76.", "too_expensive"),
     t("If it's 133 by 72 for 30,000 metres, 76 with 60-day payment is possible. I'll confirm with my partner by evening.")],
    [o,
     t("Sanjay bhai, 72 is very low, our cost itself is near 74. Best I can do for 30,000 metres is 76."),
     c("76 is still four rupees more. On 30,000 metres that's 1.2 lakh.", "too_expensive"),
     t("I understand. But our quality is consistent, you've seen our last three orders, no complaints, and we deliver on time. That's worth something."),
     c("Quality I know. But my buyer is squeezing me. Can you do 74?", "too_expensive"),
     t("74 only if payment is 30 days instead of 60. Otherwise 76."),
     c("Let me think and tell you by tomorrow.", "think_it_over"),
     t("Okay, I'll hold the looms till tomorrow evening.")],
))

# d06 Kathmandu, broadband for a cafe: better diagnoses coverage before selling speed
o = c("Hi, I have a small cafe in Jhamsikhel. Customers complain that the wifi is slow. I have 50 Mbps. Should I upgrade to 200?", None)
PAIRS.append(rpair(
    "b94r_d06_kathmandu_cafe_wifi",
    "A cafe owner asks whether to upgrade her internet plan because guests complain.",
    [o,
     t("Hi. Maybe, but let's check first. How many people are on the wifi at busy times, and what are they doing, browsing or working on laptops?"),
     c("Around 20 to 25. Many are laptop people, some on video calls.", None),
     t("Video calls do use a lot. One more: is the router in the cafe itself, and where do the complaints come from?"),
     c("Your router, behind the counter. The back seating is where they complain most.", None),
     t("Then part of it is likely coverage, not speed; the kitchen wall may be blocking the signal. An access point at the back, Rs. 6,500 one-time, plus 100 Mbps, not 200, should do for 25 people. I can send someone to measure the signal before you decide."),
     c("That's less than I expected. Yes, send someone. Mornings before 10 are quiet.", None),
     t("Tomorrow 9 am. He'll test at the back tables and tell you exactly what's needed.")],
    [o,
     t("Hi! Yes, for a cafe 200 Mbps is much better. It's Rs. 3,500 a month, against your 1,800 now."),
     c("3,500 is almost double. Will it definitely fix it?", "too_expensive"),
     t("It will be a lot better. More people online need more speed. We also give a dual-band router free with the 200 plan."),
     c("Okay. But the back tables are the ones complaining most.", None),
     t("The dual-band router has a stronger signal, that should help the back too. I can upgrade you today."),
     c("Let me try it for one month and see.", None),
     t("Done. The upgrade starts tomorrow and the technician will change the router.")],
))

# d07 Chennai, diagnostic lab: better adapts to an elderly woman living alone
o = c("Hello? Is this the lab? My doctor said TSH test. I am 74, alone at home, my son is in Dubai. Can someone come to the house?", None)
PAIRS.append(rpair(
    "b94r_d07_chennai_home_collection",
    "An elderly woman living alone books a thyroid test at home.",
    [o,
     t("Yes, madam, this is the lab, and yes, we can come home. I'll go slowly. May I have your name and where you live?"),
     c("Kamala Subramanian. Mylapore, Ponnambalam Street, near the temple tank.", None),
     t("Thank you, Mrs. Kamala. For TSH you don't need to fast, so have your coffee first. What time in the morning is comfortable?"),
     c("After 8. Before that I do pooja. But I can't use these phone apps, my son usually does.", None),
     t("No app needed. Our Lakshmi will come at 8:30 tomorrow. She'll call you from the gate first and carry an ID card. It's 350 rupees, cash to her is fine. Shall I also send the report to your son on WhatsApp?"),
     c("Yes, to him also. And to my doctor, Dr. Raghavan.", None),
     t("I'll send it to both, and I'll call you myself tomorrow evening when it's ready and read the result to you.")],
    [o,
     t("Yes madam, home collection is available. Please share your address and a preferred time slot."),
     c("Mylapore, Ponnambalam Street. Morning, please.", None),
     t("Morning slots are 7 to 9 or 9 to 11. TSH is 350, home collection free. You can pay on the app or by UPI."),
     c("I don't know UPI. My son does all that. He is in Dubai.", None),
     t("No problem, you can pay cash to the technician. I'll book 9 to 11 tomorrow. The report will come as an SMS link."),
     c("SMS link? Okay, I'll ask my neighbour's daughter to open it.", None),
     t("Sure, madam. Thank you for calling.")],
))

# d08 Karachi, FMCG wholesale: better sizes the credit to the shop's turnover
o = c("Seth, I opened a general store in Korangi, three months now. I want to take goods on 30 days udhaar, around 3 lakh rupees of stock.", None)
PAIRS.append(rpair(
    "b94r_d08_karachi_wholesale_credit",
    "A new shopkeeper asks his wholesaler for a large line of credit.",
    [o,
     t("Mubarak on the new shop. Three months in, how is sale going, roughly how much a day?"),
     c("15 to 20 thousand a day, more on weekends. Rent is 45,000, one boy works with me.", None),
     t("So about five lakh a month. 3 lakh on 30 days is a big load for a new shop, for you and for me. Which items move fastest?"),
     c("Ghee, atta, sugar, soaps, biscuits. Cold drinks in summer.", None),
     t("Then let's start with 1.5 lakh of those fast items on 15 days. If the first two bills clear on time, I'll raise it to 3 lakh on 30 days. That way you don't get stuck with slow stock."),
     c("1.5 is less than I wanted, but okay, I understand. Send the list.", None),
     t("I'll WhatsApp the rate list today. Mark what you want, delivery next morning.")],
    [o,
     t("Mubarak on the new shop. For new customers, 30 days needs two references from existing customers and a post-dated cheque."),
     c("References I can give, my cousin buys from you. Cheque also okay.", None),
     t("Then 3 lakh on 30 days is fine. What items do you want?"),
     c("Ghee, atta, sugar, soaps, biscuits, some cosmetics.", None),
     t("I'll send the rate list. Cosmetics we have the full range, shampoos, creams; I'll add 40,000 of those, good margin."),
     c("Cosmetics slowly. Let me first see how they go.", "no_need"),
     t("Fine, I'll keep it to the basics. Delivery tomorrow.")],
))

# d09 Matara, microfinance: better checks seasonal income and is plain about the cost of the loan
o = c("Good morning, madam. I do tailoring from home in Matara. I want to buy an industrial sewing machine. My friend said your company gives loans without security.", None)
PAIRS.append(rpair(
    "b94r_d09_matara_microloan",
    "A home tailor asks for a loan to buy an industrial sewing machine.",
    [o,
     t("Good morning. Yes, we give group-guaranteed loans without collateral. First tell me about your tailoring: what do you sew, and what do you earn in a month?"),
     c("School uniforms and blouses. About 45,000 a month in the season, January and before Avurudu. Other months 20,000.", None),
     t("So income goes up and down a lot. An industrial machine is around Rs. 140,000. Our rate is 26 percent a year on the reducing balance; over 18 months that's about 9,500 a month, nearly half your income in slow months. Is that manageable?"),
     c("Half... that's hard. In the slow months I also pay my daughter's tuition.", "no_money"),
     t("Then two options: 80,000 for a good second-hand machine, about 5,400 a month, or take the loan in November so the first instalments fall in the busy season. I'd rather you don't struggle."),
     c("Second-hand is okay if it's in good condition. I'll ask my husband and come on Monday.", "think_it_over"),
     t("Come Monday with your NIC. I'll also give you the name of a machine dealer in Matara we trust.")],
    [o,
     t("Good morning. Yes, we give loans up to Rs. 200,000 for small businesses with a group guarantee. How much do you need?"),
     c("The machine is about 140,000.", None),
     t("That's fine. Over 18 months the instalment is about 9,500 a month. You join a group of five women and attend the weekly centre meeting."),
     c("9,500 every month... some months my income is low.", "no_money"),
     t("Many of our members manage it. The machine lets you take more orders, so income will go up. We can also do 24 months, then it's about 7,500."),
     c("Okay. Let me talk to my husband first.", "think_it_over"),
     t("Sure. Bring your NIC and two photos when you come.")],
))

# d10 Guwahati, wedding caterer: better finds what matters and who actually eats what
o = c("Nomoskar. My daughter's wedding is in January. About 500 guests. Our budget for food is only 3.5 lakh. Is it possible?", None)
PAIRS.append(rpair(
    "b94r_d10_guwahati_wedding_caterer",
    "A mother with a fixed food budget plans catering for a large wedding.",
    [o,
     t("Nomoskar. It's possible, but we'll choose carefully; it's about 700 a plate. What must the meal have, what would people notice if it's missing?"),
     c("Fish must be there, it's an Assamese wedding. Rohu or something. And pitha for the elders. The rest, whatever.", None),
     t("Fish and pitha first, then. At 700 we can do rice, dal, one veg, aloo pitika, rohu curry, chutney, curd and pitha. Are all 500 coming to the main meal, or some only to the evening?"),
     c("Actually about 150 only come in the evening for tea and snacks.", None),
     t("That changes things: 350 full plates at 700 and 150 snacks plates at 200 is about 2.75 lakh. That leaves room to add chicken to the main meal if you want, and still stay under 3.5."),
     c("Oh, that's much better. Let me talk to my husband about the chicken.", "think_it_over"),
     t("Of course. I'll put both menus with the numbers on one page so you can show him.")],
    [o,
     t("Nomoskar. 3.5 lakh for 500 is tight, about 700 a plate. Our standard package is 750: rice, dal, veg, chicken curry, papad and a sweet."),
     c("Chicken is fine, but fish must be there. It's an Assamese wedding.", None),
     t("Fish instead of chicken, same price, no problem. So 750 with fish, 3.75 lakh for 500."),
     c("That's 25,000 over our budget.", "no_money"),
     t("I can do 720 if you confirm with an advance this month, so 3.6 lakh. That's our best."),
     c("Still over, but close. Let me discuss at home.", "think_it_over"),
     t("Sure, call me by next week. January dates fill up fast.")],
))
