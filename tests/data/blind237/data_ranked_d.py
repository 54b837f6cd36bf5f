"""Ranked pairs d01-d10 (written by hand for blind237): two decent conversations, the better one better."""
from common import c, rpair, t

PAIRS = []

# d01: first-year gig driver with 1099s
_open = c("Hi, I started driving for Uber and DoorDash in May, full time now. I got these 1099 forms and I'm scared I'll owe a lot. How much do you charge to do it?", None)
PAIRS.append(rpair(
    "b237r_d01_us_philadelphia_gig_driver_1099",
    "A Ghanaian-born rideshare and delivery driver in Philadelphia asks a tax preparer for a price on his first self-employed return. Better asks about mileage records and estimated payments before quoting, and plans ahead for this year; worse quotes and books competently but never touches the fear of the bill or the coming year.",
    [
        _open,
        t("We can help. The fee depends on a couple of things, so let me ask first: did you keep track of your miles, in the app or in a log?"),
        c("The Uber app shows online miles, I think. DoorDash, I don't know. I never wrote anything down.", None),
        t("That's okay, we can usually rebuild it from the apps' annual summaries and your phone's location history. Mileage is likely your biggest deduction, often thousands of dollars. Did you make any estimated tax payments during the year?"),
        c("Estimated? No. Nobody takes tax out, that's why I'm scared. Man, I hope this doesn't eat my whole savings.", None),
        t("Then two things: we rebuild the mileage so your bill is as low as it honestly can be, and I set you up with quarterly payments for this year so it doesn't pile up again. The return is $240. Bring both apps' tax summaries and your phone on Thursday and we'll pull the mileage together."),
        c("Thursday evening I'm driving, but morning is fine. Okay, let's do it.", None),
    ],
    [
        _open,
        t("For a 1099 return with a Schedule C we charge $240. Bring your 1099s, your ID and any receipts for expenses."),
        c("Receipts, I don't really have. Is that a problem?", None),
        t("It's fine, bring what you have, and we'll use the standard mileage rate for whatever miles you can show. Do you have a mileage log?"),
        c("No log. The app shows some miles, I think.", None),
        t("Okay, bring the app summary. We have Thursday at ten open."),
        c("Thursday's bad, that's my busiest day on the apps. You have Sunday?", "no_time"),
        t("We're open Sunday from noon to four. Come at one, and bring the app summary."),
    ],
))

# d02: a Kenyan nurse shopping around for a migration agent
_open = c("Good afternoon. I'm a registered nurse in Nairobi, nine years' experience. I want to migrate to Australia with my family. I have seen many agents online. What do you offer?", None)
PAIRS.append(rpair(
    "b237r_d02_au_perth_nurse_skilled_visa",
    "A Kenyan nurse enquires with a Perth migration agent. Better first checks whether she even needs an agent, is honest that nobody can promise a visa, and offers a small paid assessment; worse describes the full service and fee accurately and offers instalments, without checking fit or saying what she could do herself.",
    [
        _open,
        t("Good afternoon. Before I talk about what we offer, I'd like to know whether it's realistic for you, because not everyone needs an agent. How old are you, and have you started the nursing skills assessment yet?"),
        c("I am thirty-six. The assessment, no. I have IELTS, 7 in each band, done last year.", None),
        t("That's a strong start. At thirty-six you still get age points, though fewer than a few years ago. The skills assessment is usually the slowest part, so I'd start it first, and you can do that yourself. And to be honest, the points needed change, so I can't promise an invitation. What I'd suggest is a one-hour points assessment for A$200: we work out your points and tell you whether to go ahead now, wait, or look at a state nomination."),
        c("Other agents promised me a visa in six months for six thousand dollars. You are not promising?", None),
        t("No registered agent can promise a visa, and if someone does, please be careful with them. What I can promise is an honest calculation and a plan."),
        c("That actually makes me trust you more. Let me book the hour, after I discuss the timing with my husband.", "think_it_over"),
        t("Of course. I'll email the booking link and a short list of documents to have ready."),
    ],
    [
        _open,
        t("Good afternoon. We offer a full migration service: skills assessment support, points test, expression of interest and visa lodgement. Our fee is A$4,800, paid in stages. Have you done your English test?"),
        c("Yes, IELTS, 7 in each band, last year. I'm thirty-six.", None),
        t("Great scores. At thirty-six you still get some age points, and with nine years' experience you'd be competitive. We can start on the skills assessment paperwork straight away."),
        c("A$4,800 is a lot for us. Is there a way to start smaller?", "no_money"),
        t("We can split it into three instalments; the first is A$1,600 and covers the skills assessment. Shall I send you the agreement?"),
        c("Send it, I'll read it with my husband.", "think_it_over"),
    ],
))

# d03: a learner who failed the K53 yard test twice
_open = c("Hi. I've failed my K53 twice now, both times in the yard. I'm starting to think I'm just not a driver. Do you do lessons for people like me?", None)
PAIRS.append(rpair(
    "b237r_d03_za_gqeberha_k53_yard_retest",
    "A young woman in Gqeberha who has failed the yard part of her driving test twice rings a driving school. Better asks what went wrong each time and builds a short plan around the two faults and her nerves; worse is friendly and flexible on payment but sells the standard six-lesson pack without finding out what she needs.",
    [
        _open,
        t("You're definitely not the first, and the yard is where most people fail. What exactly went wrong each time?"),
        c("First time I touched the pole in the alley docking. Second time I rolled back on the incline start, and after that I was shaking so much I did everything wrong.", None),
        t("So the first was technique, and the second started with the rollback and then nerves took over. Both are very fixable. I'd suggest two yard-only lessons at the practice yard in Sidwell, on docking and incline starts, then a mock test under exam conditions so your nerves have had a rehearsal. R320 a lesson, so R960 for the three."),
        c("Only three? The last school sold me a package of ten.", None),
        t("If after the mock test you're not ready, we add one more. There's no point paying for road lessons when your road driving is fine. When is your next test booked?"),
        c("The 14th. Okay, can we start this week?", None),
        t("Tuesday and Thursday at five, and the mock test on Saturday morning."),
    ],
    [
        _open,
        t("Of course, lots of people fail a couple of times. Our Pass Pack is six lessons covering the yard and the road, R1,800, and we lend you the car for the test."),
        c("Six lessons... It's mostly the yard I struggle with. Alley docking and the incline.", None),
        t("No problem, we'll spend extra time on the yard in the first lessons and do the road later. Lots of practice builds confidence."),
        c("Can I pay it in two parts? Month-end is still far.", None),
        t("Yes, half now and half before the test. When is your test?"),
        c("The 14th.", None),
        t("Then let's start on Tuesday at five."),
    ],
))

# d04: copper theft at a small townhome build
_open = c("Hey, Rick Alvarez, I'm a small GC, we're building four townhomes off Federal in Denver. We've had copper wire and a generator stolen, twice in three weeks. I need a night guard, what's that run?", None)
PAIRS.append(rpair(
    "b237r_d04_us_denver_construction_site_theft",
    "A small builder asks a security company for a night-guard price after two thefts. Better asks how the site is secured and how long the risk lasts, then recommends a cheaper camera tower with a guard as fallback; worse prices the guard he asked for and trims hours when he balks, without looking at the site problem.",
    [
        _open,
        t("Copper thieves, ugh. I can price a night guard, but let me ask a couple of things first, because it might not be the best fit. Is the site fenced, and where is the stuff kept overnight?"),
        c("Temporary fence, yeah. Copper's in a conex box, they cut the lock. The generator was just chained to a pole.", None),
        t("And how long until the buildings are closed up with doors that lock?"),
        c("About two months. After that I can lock stuff inside.", None),
        t("Then for those two months I'd look at a mobile camera tower with live monitoring, plus a proper shrouded lock on the conex. The tower calls police and a patrol if anyone's inside the fence. That's about $1,400 a month, against roughly $10,000 for a guard every night. If it hasn't stopped in the first two weeks, we switch to a guard and I waive the tower fee for those weeks."),
        c("Huh. I figured you'd push a guard. Send me both numbers in writing and I'll probably go with the tower.", None),
    ],
    [
        _open,
        t("Sorry to hear that. A licensed unarmed night guard from six to six runs $28 an hour, so about $10,000 a month for seven nights."),
        c("Ten grand a month. Oof. That's most of my margin on one unit.", "too_expensive"),
        t("I get it. We could do a ten-to-six shift instead, when most thefts happen. That's about $6,700 a month."),
        c("Still a lot, but I need something. Write it up.", None),
        t("Will do. I'll email it today and we can start Monday."),
        c("Okay, Monday.", None),
    ],
))

# d05: a plumber's company behind with the ATO
_open = c("G'day, Dave here, plumber in Toowoomba. I'm about thirty-eight grand behind with the ATO, mostly GST I didn't put aside. They've sent a letter about a director penalty or something. My missus found your ad.", None)
PAIRS.append(rpair(
    "b237r_d05_au_toowoomba_ato_business_debt",
    "A plumber calls a business debt adviser about an ATO debt and a letter he doesn't understand. Better asks first about the company structure and the letter's date, spots the deadline, and sends him to a free helpline before selling anything; worse offers a sound fixed-fee payment-plan service but leaves the letter for later.",
    [
        _open,
        t("G'day Dave. First thing, and it matters a lot: do you trade as a Pty Ltd company or as a sole trader? And what date is on that letter?"),
        c("Company, Dave's Plumbing Pty Ltd. The letter's dated the 3rd of this month, I think. Why, is that bad?", None),
        t("It's serious, not hopeless. A director penalty notice usually gives you 21 days to act, or the company's debt can become your personal debt, so you've got about a week. Are your BAS lodgements up to date, even if they're unpaid?"),
        c("Lodged, yeah, just not paid. Look, I can't afford some big consultant's fee on top of all this.", "no_money"),
        t("Fair enough. Then ring the Small Business Debt Helpline today, 1800 413 828. It's free, and they'll help you work through your options before the deadline. If it turns out you need an accountant to put a proposal to the ATO, I'll quote you a fixed fee, but try the free line first."),
        c("Free, eh? Righto, I'll ring them this arvo. Cheers for not just taking my money.", None),
    ],
    [
        _open,
        t("G'day Dave. We deal with ATO debt all the time. We can negotiate a payment plan with the ATO for you, usually over 12 to 24 months. Our fee is $1,200, fixed."),
        c("Twelve hundred, mate? For a phone call to the ATO?", "too_expensive"),
        t("It's more than a phone call: we prepare your cash flow, put the proposal together and handle the back-and-forth with them. Most clients find it takes the stress off. Have you got all your BAS lodged?"),
        c("Yeah, lodged, just not paid. There's that letter too, about director penalties or something.", None),
        t("We'll go through the letter when you come in. Can you make Thursday?"),
        c("Thursday... Look, I'm flat out on a job. Just email me something and I'll have a look tonight.", "brush_off"),
    ],
))

# d06: sworn translations for a spousal visa application
_open = c("Bonjour, hello. I come from Congo, I am in Johannesburg two years. I am applying for a visa with my wife, they need translation of my documents from French. How much per page, please?", None)
PAIRS.append(rpair(
    "b237r_d06_za_johannesburg_sworn_translation",
    "A Congolese man in Johannesburg asks a sworn-translation office for a price per page. Better asks which visa and which documents are required and catches that his police clearance is probably too old before he pays to translate it; worse quotes and discounts efficiently, misses it, and he leaves with only a price.",
    [
        _open,
        t("Bonjour. We do sworn translations from French. Before I quote, which visa is it, and do you have the list of documents VFS gave you? Sometimes people pay to translate things they don't need."),
        c("It is the spousal visa. I have the paper, yes. They say birth certificate, marriage certificate, and police clearance from Congo.", None),
        t("So three documents, and all three need translating. The birth and marriage certificates are one page each; how long is the police clearance?"),
        c("One page also. But the police clearance, I got it last year. It is still good?", None),
        t("Good question. VFS usually wants a police clearance no older than six months, so check that on your list before paying to translate an old one. If it's too old, get the new one first and we'll translate all three together. It's R450 a page for a sworn translation, so R1,350 for the three."),
        c("Eh, R1,350. Okay, but I must wait for the new clearance from Kinshasa, my brother will help me.", None),
        t("That's the right order. Bring the birth and marriage certificates now if you like, and they'll be ready when the clearance arrives."),
    ],
    [
        _open,
        t("Bonjour! Sworn translation from French is R450 a page. How many pages do you have?"),
        c("Birth certificate, marriage certificate, police clearance. One page each, I think.", None),
        t("So three pages, R1,350. We can have them ready in three working days. You can drop the originals at our office in Braamfontein."),
        c("R1,350, it's a bit much. Is there a discount?", "too_expensive"),
        t("For three pages or more we can do R420 a page, so R1,260."),
        c("Okay, thank you. Today I'm only asking prices, I will see.", "brush_off"),
    ],
))

# d07: a restaurant owner's first hire with a work permit card
_open = c("Hi, Tony Russo, I own a pizzeria in Little Havana. I'm hiring a cook from Haiti, he's got one of those work permit cards. My buddy got fined for paperwork last year, so I want to do it right. What do you guys charge?", None)
PAIRS.append(rpair(
    "b237r_d07_us_miami_i9_work_permit_hire",
    "A pizzeria owner asks an immigration-compliance consultancy what it charges to handle a new hire with an employment authorization card. Better finds out he already does I-9s, explains the one new step, and offers a small one-off check; worse is accurate but leads with an audit package and settles for a mid-priced service.",
    [
        _open,
        t("Smart to ask before, not after. Is this your first employee with a work permit, and do you already do I-9 forms for your other staff?"),
        c("I got six guys, I did I-9s for all of them, yeah. Just never with one of these work permit cards.", None),
        t("Then honestly, you know most of this already. His work permit card, the EAD, is a List A document, so it's all he needs to show. You look at the original within three business days of his start, write the card number and expiry date in Section 2, and put a reminder in your calendar to reverify before it expires. That last part is where most employers get fined."),
        c("That's it? I thought you'd tell me I need some big package.", None),
        t("Not for one hire. If you'd like peace of mind, I can look over his completed I-9 and your other six once, for $150. If they're clean, you're done."),
        c("One fifty's fair. Let me start him Monday and I'll send you the forms.", None),
    ],
    [
        _open,
        t("Great that you're being proactive. We offer an I-9 Compliance Package: we audit all your existing I-9s, train you on the process, and handle the new hire's paperwork. It's $900."),
        c("Nine hundred? I got one new guy.", "too_expensive"),
        t("I understand. The audit is where we usually find problems, though, and fines can run into the thousands per form. For the new hire alone we can do it for $250, and we'll set up a reminder for when his card expires."),
        c("Okay, two-fifty for the new guy. The audit, I'll think about it.", "think_it_over"),
        t("Sounds good. Send me his start date and I'll book a time."),
    ],
))

# d08: original mortgage documents that must reach the bank before settlement
_open = c("Hi, I need to send some signed documents for my house settlement. The bank needs the originals. Can you pick them up today?", None)
PAIRS.append(rpair(
    "b237r_d08_au_canberra_settlement_documents",
    "A first-home buyer in Canberra books a courier for signed mortgage documents. Better asks about the deadline and checks the witnessing before collection, the commonest reason banks reject documents; worse books the right service at the right price and reassures her, but does not look at the thing most likely to delay her settlement.",
    [
        _open,
        t("Yes, we can. When does the bank need them in hand, and where are they going?"),
        c("Their settlements office in Parramatta. The conveyancer said by Thursday noon or settlement could be pushed back. It's our first house, I'm a bit stressed.", None),
        t("Understood. Overnight tracked would normally arrive Wednesday, which gives you a day's buffer. Before we collect: has every page that needs a witness been witnessed? That's the most common reason banks send documents back."),
        c("Oh. My husband signed, I signed, but the witness... I'm not sure. I'll check.", None),
        t("Check now if you can, and if anything's missing, a JP at the library can witness for free. Our driver can collect at four, so there's time. Overnight tracked to Parramatta is $38, and you'll get the tracking number by text."),
        c("Four doesn't work, I'm not home till five. And I'll check the witness bits on my lunch break. Thank you, I wouldn't have thought of that.", "no_time"),
        t("Then we'll collect at half five; that still makes tonight's overnight run. I'll text you the driver's name when he's on his way."),
    ],
    [
        _open,
        t("Yes, we can collect today. Where are they going?"),
        c("The bank's settlements office in Parramatta. They need them by Thursday noon.", None),
        t("Overnight tracked will get there tomorrow, well before Thursday. It's $38. What time suits for pickup?"),
        c("Four o'clock? It's our first house, I'm a bit stressed.", None),
        t("Four's fine, and don't worry, you'll get tracking by text so you can follow it all the way."),
        c("Okay, thanks.", None),
    ],
))

# d09: a retiree's first SARS verification letter
_open = c("Good morning. I am retired, I do my own tax on eFiling every year. Now SARS sent me a letter, it says 'verification', they want documents. Am I in trouble? I've never had this before.", None)
PAIRS.append(rpair(
    "b237r_d09_za_pietermaritzburg_sars_verification",
    "A retired man who files his own return phones a tax practitioner, frightened by a SARS verification letter. Better calms him, asks what the letter wants and by when, and shows him he can probably answer it himself; worse offers a sound full-handling service and warns about the deadline, but never learns what the letter asks for.",
    [
        _open,
        t("Good morning. A verification letter is very common and usually isn't trouble; it means SARS wants proof of something you claimed. What does it ask for, and is there a date on it?"),
        c("It says supporting documents for medical expenses. I claimed my wife's hearing aids and the medical aid shortfall. Date, let me see... within 21 business days.", None),
        t("Good, so it's only the medical expenses. Do you still have the invoice for the hearing aids and your medical aid tax certificate?"),
        c("The certificate, yes. The hearing aid invoice is somewhere. How much do you charge for this? I'm on a pension.", "no_money"),
        t("You may not need me at all. If you find the invoice, you upload both documents on eFiling yourself; it takes ten minutes. If you can't find it, the audiologist can print a copy. And if you get stuck uploading, bring your laptop in and I'll do it with you for R350."),
        c("Ah, that's a relief. I'll phone the audiologist today.", None),
    ],
    [
        _open,
        t("Good morning. Don't worry, we handle SARS verifications all the time. Send us the letter and your documents and we'll respond to SARS on your behalf. Our fee for a verification is R1,200."),
        c("R1,200? That's a lot for one letter.", "too_expensive"),
        t("I understand. It covers reviewing what you claimed, making sure the documents match, and following up until SARS finalises. It takes the worry off you."),
        c("Hmm. Let me first see what documents I have, then I'll decide.", "think_it_over"),
        t("Of course. Just remember the letter has a deadline, so don't leave it too long."),
    ],
))

# d10: a frightened 16-year-old who needs six hours with a driving school
_open = c("Hi, I'm calling for my son, he's sixteen. We know he needs the six hours with a driving school for his permit. But honestly, he's terrified. He nearly hit a mailbox with his dad in a parking lot and now he won't even sit in the driver's seat.", None)
PAIRS.append(rpair(
    "b237r_d10_us_edison_teen_permit_nerves",
    "A mother in New Jersey calls a driving school for the required six hours of lessons for her anxious son. Better asks what he is afraid of and shapes the first lesson and the instructor around it, with a low-risk way to stop; worse is friendly and reassuring, sells the standard package and discounts it, without learning anything about the boy.",
    [
        _open,
        t("Thanks for telling me that, it changes how I'd plan it. Do you know what he's most worried about? Hurting someone, being yelled at, the car itself?"),
        c("I think being yelled at. His dad... got loud. And he's a perfectionist, he hates getting things wrong in front of people.", None),
        t("That's really common. Then I'd pair him with Marcus, our calmest instructor, and the first hour would be in the empty lot at the community college: no traffic, nobody watching. Our cars have a brake on the instructor's side too, which a lot of nervous kids find reassuring. Would he talk to Marcus on the phone first, just five minutes?"),
        c("Maybe, yeah, if it's not a big deal. What do the six hours cost?", None),
        t("$420 for the six, and you can pay lesson by lesson. If after the first hour he wants to stop, you only pay for that hour."),
        c("Okay, that's doable. I'll ask him tonight and text you.", "think_it_over"),
    ],
    [
        _open,
        t("Lots of kids are nervous at first, don't worry, our instructors are very patient. The six-hour package is $420, three two-hour lessons, and we pick him up from home or school."),
        c("He's really scared, though. He won't even sit in the driver's seat right now.", None),
        t("We see that all the time. Once he's with a professional it usually clicks by the second lesson. We have Saturday morning slots available."),
        c("Four-twenty is more than I expected, to be honest. My neighbor paid less somewhere in Woodbridge.", "too_expensive"),
        t("We're in the middle of the range, and all our cars have dual brakes. I can do $395 if you book all three today."),
        c("Let me talk to him first and I'll call you back.", "think_it_over"),
    ],
))
