"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer
o = c("Hi, my bill is four eighty and it's usually one-fifty. And I was in Florida three weeks in January! The house was at sixteen degrees. Something's wrong.", None)
t1 = t("That's a big jump, let's find out why. Can I have the account number?")
c1 = c("It's 2091 5538 10.", None)
t3 = t("I'll put the bill on hold and book a manual meter read this week. You'll get a corrected bill within 10 days.")
c3 = c("Okay. Thank you.", None)
PAIRS.append(rpair(
    "b109r_f01_electric_estimated_bill",
    "Phone transcript. Electric utility, Thunder Bay, Ontario. A customer disputes a high winter bill after three weeks away.",
    [o, t1, c1,
     t("Thanks. The January reading was estimated because the meter didn't report, and with you away, the estimate is likely too high."),
     c("That makes sense. Nobody was in the house.", None), t3, c3],
    [o, t1, c1,
     t("Thanks. The January reading was estimated, but our estimates are very accurate, and January is always higher. Honestly, four eighty is normal for a house that size in winter."),
     c("It's not normal! I was gone, the heat was at sixteen. Don't tell me what's normal for my house.", None), t3, c3]))

# f02 doubts the customer's honesty
o = c("hi, im at my sisters in moncton and my suitcase got lost on the bus. my blood thinner was in it, apixaban. i have 1 pill left. can you help", None)
t1 = t("Hi, let's make sure you don't miss a dose. Is the prescription on file with us, and what's your date of birth?")
c1 = c("yes with you, 03/22/1958", None)
t3 = t("I can send 7 days to a pharmacy in Moncton today, about $24 without plan coverage, and sort the full refill with your plan after. Which pharmacy near your sister's?")
c3 = c("the one on main street by the hospital", None)
PAIRS.append(rpair(
    "b109r_f02_pharmacy_lost_medication",
    "Secure-message chat. Pharmacy in Fredericton, New Brunswick. A patient travelling in the province lost her blood thinner.",
    [o, t1, c1,
     t("Thanks, I see it, twice a day. Since it's lost, your plan may not cover an early refill, so part could be out of pocket."),
     c("ok how much out of pocket", None), t3, c3],
    [o, t1, c1,
     t("Thanks, I see it. We hear a lot of lost-medication stories, so I'll need a claim number from the bus company before I give you anything early."),
     c("a 'story'? im 67 and on a blood thinner, why would i make that up. the bus company said 5 days for a claim", None), t3, c3]))

# f03 drops the price before asking
o = c("Hi, um, I'm calling about the night guard the dentist recommended. Six-fifty. I'm just- I'm not sure about it.", None)
t2 = t("The dentist noted flattened back teeth and a cracked filling, which is what grinding does. A guard protects them, and a crown costs far more than a guard. Your insurance pays half of a guard.")
c2 = c("Okay, put that way. Let me check my insurance first and then I'll book.", "think_it_over")
t3 = t("Good idea. I'll send the pre-authorization today, so you'll know your exact share in a few days.")
PAIRS.append(rpair(
    "b109r_f03_dental_office_night_guard",
    "Phone transcript. Dental office, Calgary, Alberta. A patient hesitates over a recommended night guard.",
    [o,
     t("Sure, thanks for calling back about it. What part are you unsure about, the price, or whether you need it?"),
     c("Both, kind of. I don't even know if I grind. My wife says I do.", "no_need"), t2, c2, t3],
    [o,
     t("Sure. Tell you what, I can take fifteen percent off, so about five-fifty. Would that help?"),
     c("Uh, it's not just the price. I don't even know if I grind, my wife says I do. And now I wonder what the real price is.", "no_need"), t2, c2, t3]))

# f04 an unasked lecture
o = c("hey i missed my loan payment this month, my car broke down and i had to fix it to get to work. can i get the late fee waived or push the date", None)
t1 = t("Hi, sorry about the car. Let me look. Can you confirm your date of birth?")
c1 = c("11/30/1993", None)
t3 = t("Done: fee waived, and the due date moves to the 15th. This month's payment is due by the 15th too, with nothing reported late.")
c3 = c("ok great thanks", None)
PAIRS.append(rpair(
    "b109r_f04_loan_servicer_missed_payment",
    "Secure-message chat. US federal loan servicer; a borrower in Jackson, Mississippi, missed a payment after a car repair.",
    [o, t1, c1,
     t("Thanks. Your account was current before this, so I can waive the $12 late fee once, and move your due date from the 1st to the 15th if that fits payday better."),
     c("the 15th works better yes. i get paid the 10th", None), t3, c3],
    [o, t1, c1,
     t("Thanks. First, a quick word: most missed payments come from not having an emergency fund, experts say 3 to 6 months of expenses, and our site has a budgeting guide. Your account was current, so I can waive the $12 fee once and move your due date to the 15th."),
     c("i know what an emergency fund is, i just spent mine on the car. but yes the 15th works, i get paid the 10th", None), t3, c3]))

# f05 a vague next step
o = c("Yeah, hi, I got a bill for my CT scan, eight hundred dollars, and the insurance letter says 'no prior authorization'? My doctor's office said they got it.", None)
t1 = t("Let's sort this out. Can I get your date of birth and the date of the scan?")
c1 = c("May 2nd, 1971. Scan was April 18th.", None)
t2 = t("I see it. The authorization was approved for April 28th, the original date, and the scan was moved up, so insurance denied it on a date mismatch. That can be fixed.")
c2 = c("Okay. So what happens now? I'm not paying eight hundred for their paperwork mess.", None)
PAIRS.append(rpair(
    "b109r_f05_hospital_billing_prior_auth",
    "Phone transcript. Hospital billing office, Charlotte, North Carolina. A CT scan claim was denied for prior authorization.",
    [o, t1, c1, t2, c2,
     t("Today I'll ask your doctor's office to update the authorization to April 18th, then we resubmit. Your bill is on hold 45 days. I'll call you on the 28th with an update either way."),
     c("The 28th, okay. Thanks.", None)],
    [o, t1, c1, t2, c2,
     t("We'll look into it with the doctor's office and resubmit. We'll let you know."),
     c("Let me know when? Do I pay it meanwhile or not? Last time this happened with a hospital it went to collections.", "bad_experience")]))

# f06 over-promises
o = c("hi i renewed my drivers license online 5 days ago. i fly to mexico in 2 weeks and want to rent a car there. will the new card come in time", None)
t1 = t("Hi, let me check. Last 4 digits of your license number and your date of birth?")
c1 = c("4410, 7/19/1985", None)
t2 = t("Thanks. The renewal is approved and the card is in the print queue. You also got a paper interim license by email; it's valid here, but rental counters abroad may not accept paper.")
c2 = c("yeah thats my worry. how long for the card", None)
PAIRS.append(rpair(
    "b109r_f06_dmv_license_before_trip",
    "Secure-message chat. State motor-vehicle department, Fresno, California. A driver needs the renewed card before a trip abroad.",
    [o, t1, c1, t2, c2,
     t("Usually 2 to 4 weeks, so it may not make it. Your old card is valid until next month, so bring it with the paper interim; many rental desks accept that. An International Driving Permit from an auto club is a same-day backup."),
     c("oh right my old one is good till next month. ill bring both and get the permit just in case", None)],
    [o, t1, c1, t2, c2,
     t("Don't worry, you'll definitely have it within a week, they always come fast. You'll be fine."),
     c("definitely? your website says 2 to 4 weeks. im not risking it, ill get an international permit anyway", None)]))

# f07 closes before checking the thing works
o = c("Hi there, I'm calling about one of those alert buttons for my dad. He's eighty-four, alone on the farm since Mom passed, about thirty k outside Swift Current.", None)
t1 = t("Thanks for calling. Has he had a fall, or is this to be safe?")
c1 = c("He slipped in the barn in March and lay there an hour before the neighbour found him. He's fine, but it scared me.", None)
t2 = t("That would scare anyone. He'd wear the button in the barn and yard too; it calls our centre, who call him, then you or 911. It's $39 a month, or $49 with fall detection.")
c2 = c("Fall detection, yeah. He won't push a button if he's knocked out.", None)
PAIRS.append(rpair(
    "b109r_f07_seniors_medical_alert_farm",
    "Phone transcript. Seniors' medical alert service, Saskatchewan. A son arranges an alert pendant for his father on a rural farm.",
    [o, t1, c1, t2, c2,
     t("Agreed. Before we sign anything: the unit runs on cell signal, and farm coverage can be patchy. Can I check his land location on the coverage map? And does his cell phone work in the barn?"),
     c("Good question. His cell drops in the barn, actually. It's section 14, just off Highway 4.", None)],
    [o, t1, c1, t2, c2,
     t("Great, I'll set up fall detection at $49 and ship it tomorrow. Can I take a card for the first month?"),
     c("Hang on, before I pay anything, does it even work out there? His cell phone drops in the barn.", None)]))

# f08 recommends before asking
o = c("Hi, I'm calling about my father. He's, uh, he's not really coping on his own since his stroke last year. I don't know exactly what we need.", None)
t2 = t("It sounds like a few visits a week would cover it: cooking with him, a pill check, rides to appointments, and company. Two hours, three times a week, is about $270 a week. Would that fit?")
c2 = c("That sounds about right. But he's stubborn, I'd want to see if he takes to it before we commit. Could he try a couple of weeks?", "think_it_over")
t3 = t("Yes, no contract, cancel anytime. Our nurse can visit Thursday to plan it with him. Does that work?")
c3 = c("Thursday's fine, I'll be there.", None)
PAIRS.append(rpair(
    "b109r_f08_homecare_after_stroke",
    "Phone transcript. Home-care agency, Surrey, British Columbia. A son asks what help his father needs after a stroke.",
    [o,
     t("I'm sorry, that's a hard spot. Let's work out what would help. What does a normal day look like for him, and where does it go wrong?"),
     c("He gets around the house okay. It's cooking, his pills, and he forgets appointments. And he's lonely, my mom died two years ago.", None), t2, c2, t3, c3],
    [o,
     t("I'm sorry to hear that. For stroke survivors we usually recommend our live-in package, a caregiver in the home 24/7. It's $395 a day and gives the whole family peace of mind."),
     c("Three ninety-five a day? That's way beyond us. He gets around the house okay. It's cooking, his pills, appointments. And he's lonely since my mom died.", "no_money"), t2, c2, t3, c3]))

# f09 unexplained jargon
o = c("hi, the eye place quoted me 410 for glasses with progressives and anti-glare. what will i actually pay with my plan?", None)
t1 = t("Hi, happy to work it out. Is the eye place in our network? What's it called?")
c1 = c("vista optical on montgomery blvd", None)
t3 = t("To be exact: the $140 assumes frames at $150 or less; for each dollar over, you pay 80 cents. Want the breakdown sent so you can show the store?")
c3 = c("yes please", None)
PAIRS.append(rpair(
    "b109r_f09_vision_plan_progressives",
    "Secure-message chat. Vision plan member services; member in Albuquerque, New Mexico, asks her cost for progressive glasses.",
    [o, t1, c1,
     t("They're in network. The plan pays up to $150 for frames, and basic lenses after a $20 copay. Progressives add $75 and anti-glare $45 at member prices. With frames at $150 or less, you'd pay about $140."),
     c("ok so 140 if i stay under 150 on frames. better than i thought", None), t3, c3],
    [o, t1, c1,
     t("They're in-network. $20 materials copay, frame allowance $150 retail with 20% off overage, Tier 2 PAL at member price, AR Tier B per the lens option schedule, all subject to UCR. So roughly $140 OOP."),
     c("sorry what?? whats UCR and OOP. i just need a number and what it depends on", None), t3, c3]))

# f10 talks about themselves
o = c("hi, my mom has 9 different pills and shes been mixing them up. her doctor said to ask about blister packs? how does that work", None)
t1 = t("Hi, yes, we do them. Each dose goes in a sealed bubble marked by day and time, so she just pops the right one. Are all 9 filled with us?")
c1 = c("7 are. 2 are from the specialist, different pharmacy", None)
t3 = t("Then each day has three bubbles, and the lunch one can be printed large in red, or you could set her a phone alarm. Packs are $5 a week. Shall I start the transfer today?")
c3 = c("5 a week adds up on her pension but if it stops the mixups, yes start it", "no_money")
PAIRS.append(rpair(
    "b109r_f10_pharmacy_blister_packs",
    "Secure-message chat. Pharmacy in Grand Rapids, Michigan. A daughter asks about blister packs for her mother's medications.",
    [o, t1, c1,
     t("We can transfer those 2 so it's all in one weekly pack. Does she take them mostly morning and night, or more times a day?"),
     c("morning, lunch and bedtime. lunch is the one she forgets", None), t3, c3],
    [o, t1, c1,
     t("We can transfer those 2. Oh, I totally get it, my grandma was the same, twelve pills, evening ones at breakfast. We tried an organizer and she'd flip the lids and spill them everywhere. Blister packs honestly changed our lives."),
     c("ok... glad it worked for your grandma. so how does it work for my mom? morning, lunch and bedtime, and lunch is the one she forgets", None), t3, c3]))
