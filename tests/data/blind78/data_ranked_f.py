"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction to it.
Written by hand for blind78."""
from common import c, rpair, t

PAIRS = []

# f01 -- Kobe, cloud inventory software, sake brewery. Fault: asks for the order too early.
c0 = c("Hello. We are a small sake brewery in Nada, Kobe. Our inventory is on paper and an old Excel. My father does not trust computers. I am looking at cloud systems, only looking.", "brush_off")
t1 = t("Thank you for getting in touch. What would you most like a system to fix: knowing what's in the warehouse, orders from shops, or the monthly alcohol tax report?")
c2 = c("The alcohol tax report. It takes my mother two days every month, with the paper ledgers.", None)
t3 = t("Two days every month is a lot. And your father, what worries him about computers?")
c4 = c("He worries that if the internet stops, we cannot ship. After the earthquake in 1995, paper was the only thing that worked.", None)
PAIRS.append(rpair(
    "b78r_f01_kobe_brewery_inventory",
    "The daughter of a family sake brewery in Kobe looks at cloud inventory software; her father distrusts computers.",
    [c0, t1, c2, t3, c4,
     t("That's a real concern. The system keeps working offline on the tablet and syncs later, and you can print the ledger every day if he wants paper too. Would it help if I came and showed him and your mother, with last month's figures?"),
     c("Yes... if he sees his own numbers, maybe. He likes printed paper.", None)],
    [c0, t1, c2, t3, c4,
     t("That's a real concern. The system keeps working offline on the tablet and syncs later, and you can print the ledger every day if he wants paper too. Shall I set up your account today, so your mother can use it for this month's report?"),
     c("Ah... today is a little soon. My father has not seen anything yet.", "think_it_over")],
))

# f02 -- Seoul (Gangnam), medical devices (intraoral scanner), dentist. Fault: promises a date without checking.
c0 = c("Hello, I'm Dr. Choi. I want to stop using impression material, my patients gag. We're looking at intraoral scanners. The other company said delivery takes three months.", None)
t1 = t("Hello, Dr. Choi. How many impressions a week, and which lab do you work with?")
c2 = c("About twenty. Our lab is in Seongsu, they accept digital files from most scanners, I think.", None)
t3 = t("I'll confirm directly with your lab that they take our files; that's the most important part. Is there a date you need it by?")
c4 = c("We open a second chair room on the first of next month. It would be ideal then. But 38 million won is a lot for a two-chair clinic.", "too_expensive")
_lease = "It is a large amount. Many clinics lease it over 36 months, about 1.15 million a month, which twenty impressions a week can cover in saved material and lab remakes. "
PAIRS.append(rpair(
    "b78r_f02_gangnam_dental_scanner",
    "A dentist in Seoul asks a dental equipment supplier about an intraoral scanner and a delivery date.",
    [c0, t1, c2, t3, c4,
     t(_lease + "On the date, let me check stock and the installer's calendar today and call you before six with a real date, rather than guess."),
     c("Good. Call me before six, then.", None)],
    [c0, t1, c2, t3, c4,
     t(_lease + "And don't worry about the date, we'll have it installed by the first, guaranteed."),
     c("Guaranteed? The other company said three months. Have you checked that already?", None)],
))

# f03 -- Hong Kong (Tai Koo), home renovation, family with a mother-in-law. Fault: the summary gets a detail wrong.
c0 = c("Hi, we bought a 500-square-foot flat in Tai Koo Shing. The kitchen and bathroom need redoing. We move in on 1 June, our current lease ends then.", None)
t1 = t("Congratulations. What's wrong with the kitchen and bathroom now, and who will live there?")
c2 = c("Both are from the eighties. It's me, my husband and my mother-in-law. She uses a walking stick, so the bathroom needs a shower, not a bath, and a rail.", None)
t3 = t("Thank you. Does the building management have rules on working hours or on moving pipes?")
c4 = c("Work only 9 to 6 on weekdays, no Saturdays. And the toilet can't move, management said.", None)
PAIRS.append(rpair(
    "b78r_f03_taikoo_flat_reno",
    "A woman in Hong Kong asks a renovation contractor about redoing the kitchen and bathroom of a newly bought flat.",
    [c0, t1, c2, t3, c4,
     t("So: kitchen and bathroom, a shower with a rail instead of the bath for your mother-in-law, work on weekdays 9 to 6 only, the toilet stays where it is, and you move in on 1 June. That's about seven weeks of work, so we'd start by early April. I'll send a quote with a schedule."),
     c("Yes, that's right. Early April is fine.", None)],
    [c0, t1, c2, t3, c4,
     t("So: kitchen and bathroom, a shower with a rail instead of the bath for your mother-in-law, work on weekdays and Saturdays 9 to 6, the toilet stays where it is, and you move in on 1 June. That's about six weeks of work, so we'd start mid-April. I'll send a quote with a schedule."),
     c("No Saturdays, I said that. Does that change the six weeks?", None)],
))

# f04 -- Cebu (Mactan), wedding videography. Fault: answers a question the customer did not ask.
c0 = c("hello po! our wedding is in mactan in october, beach resort. we already have a photographer, were looking for video only", None)
t1 = t("Hello, congratulations! Video only, noted. What do you want from the video: a short highlight film, the full ceremony, or both?")
c2 = c("highlight for social media and the full ceremony for my parents in canada, they cant fly home", None)
t3 = t("So your parents will watch the whole ceremony afterwards. Would they like to watch it live too? Resort wifi can be weak, so I'd test it first.")
c4 = c("live would be amazing. how much is the package with the full ceremony? we set aside around 40k for video", None)
PAIRS.append(rpair(
    "b78r_f04_mactan_wedding_video",
    "A bride messages a Cebu videographer about a beach wedding; her parents in Canada cannot attend.",
    [c0, t1, c2, t3, c4,
     t("Highlight film plus the full ceremony is 38,000. A livestream is 6,000 extra, and only if the resort's connection passes our test; I'll visit and test it before you pay for that part."),
     c("ok 38k fits. ill ask the resort when you can come test", None)],
    [c0, t1, c2, t3, c4,
     t("About the livestream: resort wifi usually can't handle it, so we bring our own 4G router with two SIM cards. That's how we did it at a resort in Lapu-Lapu last month and it worked well."),
     c("ok... but how much is it? the package with the full ceremony?", None)],
))

# f05 -- Amsterdam, bike shop, commuter whose bikes keep being stolen. Fault: skips the worry to talk about features.
c0 = c("Hi. I need a new bike. Mine got stolen, third one in two years. I'm so done with this city.", None)
t1 = t("Ugh, three in two years, that's awful. Where were they stolen from, at home, at the station?")
c2 = c("Twice at Centraal, once in front of my building. I had a decent chain lock.", None)
t3 = t("And what do you use it for, daily commute, groceries?")
c4 = c("Commute to Sloterdijk, eight kilometres, every day. Honestly I'm scared to buy anything nice. It'll just get nicked.", "bad_experience")
PAIRS.append(rpair(
    "b78r_f05_amsterdam_commuter_bike",
    "An Amsterdam commuter whose bike was stolen for the third time comes into a bike shop.",
    [c0, t1, c2, t3, c4,
     t("That makes sense, so I won't sell you a shiny bike. A plain second-hand commuter that doesn't look worth stealing, two locks with one to a fixed rack, and the guarded storage at Centraal, free for the first 24 hours. We have a few used ones from 250. Want to see them?"),
     c("A boring bike, yes. Show me.", None)],
    [c0, t1, c2, t3, c4,
     t("I get it. Have a look at this one though: seven gears, hub dynamo, hydraulic brakes, a really light aluminium frame, and only 899 this week."),
     c("It's nice. It's also exactly the kind of bike that gets stolen.", "bad_experience")],
))

# f06 -- Stavanger, IT support contract, non-technical office manager. Fault: unexplained jargon.
c0 = c("Hi, I manage the office at a small engineering consultancy, 20 people. Our IT guy left. I'm not technical at all. The boss wants to know what it costs to outsource it.", None)
t1 = t("Thanks. What did your IT guy take care of day to day?")
c2 = c("Laptops for new people, passwords, the printer, and he did something with backups every Friday. I don't know what exactly.", None)
t3 = t("Is there anything that worries you, now that he's gone?")
c4 = c("Honestly, the backups. If our project files disappeared we'd be in serious trouble with our clients.", None)
PAIRS.append(rpair(
    "b78r_f06_stavanger_it_outsourcing",
    "The office manager of a 20-person consultancy in Stavanger asks an IT firm what outsourcing support would cost.",
    [c0, t1, c2, t3, c4,
     t("Then that's the first thing we'd check: where your files are copied, how often, and whether they can actually be brought back. We'd test a restore in the first week and show you. A contract covering laptops, passwords, the printer and backups for 20 people is about 9,500 kroner a month."),
     c("Testing it and showing me, good. I'll take that to the boss.", "think_it_over")],
    [c0, t1, c2, t3, c4,
     t("Then first we'd check your RPO and RTO, see if you're 3-2-1 with immutable snapshots, and run a DR test in week one. Managed endpoints plus M365 tenant admin and BaaS for 20 seats is about 9,500 kroner a month."),
     c("Sorry, I didn't understand half of that. What do I tell my boss?", None)],
))

# f07 -- Helsinki, car leasing (delivery van), bakery owner. Fault: drops the price before asking anything more.
c0 = c("Hei. I run a bakery in Kallio. I need a van for deliveries to cafes. I'm looking at leasing.", None)
t1 = t("Hei. How many deliveries a day, and how far do you drive?")
c2 = c("Twelve cafes, all in Helsinki, out at five in the morning. Maybe 60 km a day.", None)
t3 = t("Do you load it yourself, and do you need cooling or just racks?")
c4 = c("Racks, and I lift the trays myself, so a low floor matters. The lease prices I've seen online are steep, honestly.", "too_expensive")
t7 = t("Forty trays fits the short electric van with a low floor, and 60 km a day is well within its range. I'll send the full offer for 48 months with service included.")
PAIRS.append(rpair(
    "b78r_f07_helsinki_bakery_van",
    "A bakery owner in Helsinki asks a leasing company about a delivery van.",
    [c0, t1, c2, t3, c4,
     t("Let me ask a bit more before I give you a price, so it's the right van and not just a cheap one. How many trays per run, and where do you stop at the cafes?"),
     c("Around forty trays. Street loading zones mostly, two minutes at each.", None),
     t7],
    [c0, t1, c2, t3, c4,
     t("I understand. I can take 15% off straight away: 640 a month instead of 750 for the electric one."),
     c("Oh, okay, thanks. But does it even take forty trays? That's what I need.", None),
     t7],
))

# f08 -- Taipei (Xinyi), office furniture, accounting firm's meeting room. Fault: an unasked lecture.
c0 = c("Hi, we need a table and chairs for a meeting room, 10 people. We are an accounting firm in Xinyi. The room is 5 by 4 metres.", None)
t1 = t("Hello. How is the room used: client meetings, internal, video calls?")
c2 = c("Clients mostly, sometimes video calls with our Tokyo office. The partners want it to look serious.", None)
t3 = t("For 5 by 4 with ten people, a 3.2-metre table leaves space to walk behind the chairs. Do you need power and cable ports in the table for laptops and the screen?")
c4 = c("Yes, in the middle. We bought a cheap table online before and the surface scratched in three months. The partners were not happy.", "bad_experience")
PAIRS.append(rpair(
    "b78r_f08_xinyi_meeting_room",
    "The office manager of a Taipei accounting firm asks a furniture supplier for a ten-person meeting room set.",
    [c0, t1, c2, t3, c4,
     t("Then a high-pressure laminate top, which doesn't scratch like veneer, with a cable box in the middle. With ten chairs it's about 128,000. I can bring surface samples so the partners can choose."),
     c("Samples would help. The partners meet on Thursday.", None)],
    [c0, t1, c2, t3, c4,
     t("That's the problem with buying furniture online. Honestly, people don't understand that furniture is an investment; a cheap table costs more in the end, and clients judge a firm by its meeting room. Anyway, a laminate top with a cable box, about 128,000 with ten chairs."),
     c("We know that already, that is why I am here. Can you bring samples?", None)],
))

# f09 -- Gothenburg, accounting firm, three IT consultants. Fault: a vague next step.
c0 = c("Hej. We're three IT consultants with an AB. Our accountant retires at the end of the year. We need someone for bookkeeping, VAT and the annual report. No rush, but not too slow either.", None)
t1 = t("Hej. What do you use for invoicing and bookkeeping today?")
c2 = c("Fortnox. The accountant has access. We invoice maybe eight clients a month.", None)
t3 = t("And what did you like or not like about how she worked?")
c4 = c("She was good but slow. We'd ask something and wait two weeks. And once we got a late fee from Skatteverket because she missed a deadline.", "bad_experience")
_commit = "Then two things I'd commit to: answers within two working days, and every deadline in a shared calendar you can see. For three consultants with eight invoices a month it's 3,200 kronor a month all-in. "
PAIRS.append(rpair(
    "b78r_f09_gothenburg_consultancy_books",
    "Three IT consultants in Gothenburg look for a new accountant before theirs retires.",
    [c0, t1, c2, t3, c4,
     t(_commit + "Next step: a written proposal by Friday, and in November we meet with your accountant to take over the Fortnox access. Do Friday and November suit you?"),
     c("Friday and November work. Send it.", None)],
    [c0, t1, c2, t3, c4,
     t(_commit + "We'll be in touch about next steps at some point."),
     c("At some point? After what I just told you about waiting? When exactly?", None)],
))

# f10 -- Davao, childcare (nursery), mother of a boy with possible speech delay. Fault: over-promises.
c0 = c("good afternoon, my son is 3, hes starting nursery in june. he doesnt talk much yet, only some words. the pedia said maybe speech delay, we are waiting for the assessment", None)
t1 = t("Good afternoon, thank you for telling me. What does he enjoy doing, and how does he let you know what he wants?")
c2 = c("he loves cars and blocks. he points, or pulls my hand. when hes frustrated he cries a lot", None)
t3 = t("That helps. Our classes are 12 children with 2 teachers, and we use picture cards with all the children. When is the assessment?")
c4 = c("next month at the hospital. honestly im worried the other kids will laugh at him. and my husband says maybe wait one more year before nursery", "think_it_over")
PAIRS.append(rpair(
    "b78r_f10_davao_nursery",
    "A mother in Davao asks a nursery school about her three-year-old who may have a speech delay.",
    [c0, t1, c2, t3, c4,
     t("Those are fair worries. Teachers step in when children tease, and two children in that class already use picture cards. We can't replace speech therapy, but we can follow whatever the assessment recommends. Would you and your husband like to sit in on a morning class with him next week, before deciding?"),
     c("yes, i think my husband will agree to see it first", None)],
    [c0, t1, c2, t3, c4,
     t("Don't worry at all. Once he's with other children he'll be talking in full sentences within a couple of months, I've seen it many times. And nobody will laugh at him, I promise."),
     c("really? the pedia said it can take long... i dont want to get my hopes up", None)],
))
