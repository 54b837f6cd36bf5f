"""Ranked pairs f01-f10 of blind197 (hand-written): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer
c0 = c("Hello, I am an accountant, eight years in a mid-size company. I want to learn SAP FICO. What is your course like?", None)
t1 = t("Good to hear from you. What's making you look at SAP now, a change in your company or a job outside?")
c2 = c("Our company is moving to SAP S/4HANA next year. I want to be the person who knows it, not the one who gets replaced.", None)
t3 = t("That makes sense. Our FICO course is twelve weekends, with a practice system you can log in to from home. Do you plan to sit the SAP certification exam as well?")
c4 = c("My friend works at Deloitte, he says certification is not needed, only hands-on matters.", None)
t5_good = t("He has a point, especially for an internal role like yours. Your company will care more that you can run month-end in their system. We can do the course without the exam, and you decide about certification later.")
t5_bad = t("Your friend is wrong, honestly. Without certification nobody takes you seriously in SAP. I've been in this field ten years, I know better.")
c6_good = c("Good, that is what I thought. Without exam, what is the fee?", None)
c6_bad = c("He is a senior manager at Deloitte, I think he knows. Let me ask around and come back.", "think_it_over")
PAIRS.append(rpair(
    "b197r_f01_hyderabad_sap_fico_accountant",
    "Accountant in Hyderabad wants SAP FICO skills before his company moves to SAP; a friend told him certification isn't needed.",
    [c0, t1, c2, t3, c4, t5_good, c6_good],
    [c0, t1, c2, t3, c4, t5_bad, c6_bad],
))

# f02 doubts the customer's honesty
c0 = c("Good afternoon. I paid 299 pounds for your online PRINCE2 Foundation course two weeks ago and I have not received any login. I want my money back, please.", None)
t1 = t("I'm sorry about that. Can I take the email you used and the date of payment?")
c2 = c("It's olu.adeyemi at outlook. Payment was on the 4th, by debit card.", None)
t3 = t("Thank you. I can see the payment. The welcome email went to an outlook dot co dot uk address, not dot com.")
c4 = c("Ah. That is not my address. Mine is dot com. I checked my spam and everything.", None)
t5_good = t("That explains it, a typo at checkout. I can correct the address and resend the login now, or refund you in full if you'd rather not go ahead. Which would you prefer?")
t5_bad = t("Are you sure you didn't get it? Quite a few people say that after they've already started the course. I can check whether anyone's logged in.")
c6_good = c("Resend it. I still want to do the course, I only wanted access.", None)
c6_bad = c("Excuse me? I am telling you I never got it. Just refund me. I don't want to do any course with you now.", None)
PAIRS.append(rpair(
    "b197r_f02_london_prince2_missing_login",
    "Nigerian-born project coordinator in London paid for an online PRINCE2 course but never received the login.",
    [c0, t1, c2, t3, c4, t5_good, c6_good],
    [c0, t1, c2, t3, c4, t5_bad, c6_bad],
))

# f03 drops the price before asking anything
c0 = c("Hi, I'm from HR at an engineering firm. I'm looking for a business writing workshop for our engineers. About fifteen of them.", None)
t1_good = t("Sure. What's happening with their writing that made you look into this?")
t1_bad = t("Sure. Our business writing workshop is normally 450 a head, but for fifteen I can do it at 350 straight away.")
c2_good = c("Their reports to clients are too technical and too long. Clients have complained they can't find the recommendation.", None)
c2_bad = c("Oh, okay... I haven't even said what the problem is yet. Their reports to clients are too long, clients can't find the recommendation.", None)
t3 = t("So clients are getting lost in long technical reports. Do you have one or two examples we could use in the workshop, with names removed?")
c4 = c("Yes, I can get two from the project managers.", None)
t5 = t("Then we'd build a one-day workshop around those: recommendation first, cutting length, writing for non-engineers. I'll send you an outline with the price for fifteen.")
c6 = c("Okay, send it. I'll need my director to approve.", "think_it_over")
t7 = t("Of course. I'll keep the outline to one page so it's easy for your director to read.")
PAIRS.append(rpair(
    "b197r_f03_singapore_engineers_report_writing",
    "HR executive at a Singapore engineering firm wants a writing workshop because clients can't find the point of reports.",
    [c0, t1_good, c2_good, t3, c4, t5, c6, t7],
    [c0, t1_bad, c2_bad, t3, c4, t5, c6, t7],
))

# f04 an unasked lecture
c0 = c("Hi. I'm planning to take the GMAT in about four months. I want some coaching, mainly for verbal. Quant I'm okay.", None)
t1 = t("Four months is a reasonable window. Have you taken a practice test yet?")
c2 = c("One official mock. 605. Quant was good, verbal was the weak part, critical reasoning especially.", None)
t3_good = t("That's a useful starting point. So it's critical reasoning pulling you down. Are you working at the moment?")
t3_bad = t("Okay. Honestly, the mistake most people make is treating the GMAT as just an exam. It's really about the whole MBA journey: your story, your essays, why you want an MBA at all, which schools fit. Most applicants start far too late. Anyway, are you working at the moment?")
c4_good = c("Yes, at a consulting firm in Salt Lake. Long hours, so weekends mostly.", None)
c4_bad = c("I know all that, I've already shortlisted my schools. I asked about verbal. Yes, I'm working, consulting firm in Salt Lake. Weekends mostly.", None)
t5 = t("Then our weekend verbal-only batch would fit, Saturday mornings, critical reasoning in the first four weeks. It's 18,000. You can sit in on one class first.")
c6 = c("18,000 for verbal only is more than I expected. The online platforms are like 8,000.", "too_expensive")
t7 = t("They're cheaper, and some are good. What you get here is a teacher going through your own mistakes each week. Try the free class on Saturday and compare.")
PAIRS.append(rpair(
    "b197r_f04_kolkata_gmat_verbal",
    "Consultant in Kolkata four months from the GMAT wants coaching only for verbal.",
    [c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    [c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f05 a vague next step
c0 = c("Hello, I manage a GP practice in Govan. My reception team are getting a lot of abuse from patients on the phones, and a couple are close to quitting. Do you do training for that?", None)
t1 = t("We do. I'm sorry they're going through that. What kind of calls are the worst?")
c2 = c("Appointments, mostly. Eight o'clock rush, no appointments left by five past, and they get sworn at. One girl was in tears last week.", None)
t3 = t("So it's the morning rush when there's nothing to offer, and they're taking the anger personally. How many on the team, and when could they meet?")
c4 = c("Six. We could do a Wednesday afternoon, we close for training then anyway.", None)
t5_good = t("Good. I'll send you a draft half-day session by Friday, calming the eight o'clock calls and looking after themselves afterwards, and I'll ring you Monday at ten to pick a Wednesday.")
t5_bad = t("Good. Leave it with me and someone will be in touch about it at some point.")
c6_good = c("Friday and Monday, great. I'll tell the team something's happening.", None)
c6_bad = c("At some point? They're struggling now. I might look at the health board's course instead.", "think_it_over")
PAIRS.append(rpair(
    "b197r_f05_glasgow_gp_reception_training",
    "Practice manager of a Glasgow GP surgery wants training for receptionists abused on the morning phone rush.",
    [c0, t1, c2, t3, c4, t5_good, c6_good],
    [c0, t1, c2, t3, c4, t5_bad, c6_bad],
))

# f06 over-promises
c0 = c("Hello ji, I need 7 each band in IELTS for Canada PR. Last time I got 6 overall, writing 5.5.", None)
t1 = t("Thanks. When is your next test, and have you studied with anyone before?")
c2 = c("I want to give in March. Before I studied from YouTube only.", None)
t3 = t("So about three months, and writing is the biggest gap, 5.5 to 7. Can you practise every day, or only weekends?")
c4 = c("Every day one hour after office, I can do.", None)
t5_good = t("That's good. I'll be honest, 5.5 to 7 in writing in three months is possible but not certain, some students need two attempts. Our writing batch gives you four marked essays a week, and we'll do a full mock in week six so you know if March is realistic.")
t5_bad = t("Don't worry at all, with our batch 7 each is guaranteed in three months. Our students always get it first time.")
c6_good = c("Okay, at least you tell me honestly. The mock in week six is a good idea.", None)
c6_bad = c("Guaranteed? My cousin's institute said the same thing and he got 6.5. I don't believe these guarantees.", "bad_experience")
PAIRS.append(rpair(
    "b197r_f06_delhi_ielts_canada_pr",
    "Office worker in Delhi needs IELTS 7 in every band for Canadian PR; writing is at 5.5.",
    [c0, t1, c2, t3, c4, t5_good, c6_good],
    [c0, t1, c2, t3, c4, t5_bad, c6_bad],
))

# f07 closes before checking the thing works
c0 = c("Hi, I'm the IT manager at a private education centre. Before we buy your LMS, I need to know it works with our Microsoft 365 logins. Our adult learners won't cope with another password.", None)
t1 = t("Makes sense. Are your learners on Microsoft 365 accounts you manage, or their own personal accounts?")
c2 = c("Ours. Every learner gets a centre account. About 1,200 active.", None)
t3 = t("Then single sign-on with your Microsoft accounts is supported on all our plans. There's a setup step on your side, registering our app in your tenant.")
c4 = c("Fine in theory. Our last LMS vendor said the same and it broke every time Microsoft changed something.", "bad_experience")
t5_good = t("That's a fair worry. Let's test it before you commit: I'll set up a trial site today, you register it in your tenant, and log in with five real learner accounts this week. If it doesn't work smoothly, you don't buy.")
t5_bad = t("I understand. Shall I send the contract over today so we can get you set up before term starts? It's 1,200 licences at the education rate.")
c6_good = c("That's what I wanted to hear. Send me the trial details.", None)
c6_bad = c("Not before I've seen it work with our own accounts. I'm not signing anything on a promise.", "think_it_over")
PAIRS.append(rpair(
    "b197r_f07_singapore_lms_single_sign_on",
    "IT manager at a Singapore adult education centre must know an LMS works with Microsoft 365 logins before buying.",
    [c0, t1, c2, t3, c4, t5_good, c6_good],
    [c0, t1, c2, t3, c4, t5_bad, c6_bad],
))

# f08 recommends before asking
c0 = c("Alright mate, I've got a start on a site next week but they want me to have a CSCS card. What do I need to do?", None)
t1_good = t("Depends which card they're asking for. Do you know if it's the green labourer card, or something else?")
t1_bad = t("You'll want our site supervisor safety course, five days, that's the one most people go for. It's 495.")
c2_good = c("Green one, labourer. I've never had one before.", None)
c2_bad = c("Five days? I start next week, I'm just labouring. The gaffer said the green card.", "no_time")
t3 = t("For the green card you need the Level 1 Award in Health and Safety, which is one day, and then the touchscreen test. We've got the course on Saturday.")
c4 = c("Saturday's good. How much all in?", None)
t5 = t("It's 135 for the course, the test is 22.50, and the card itself is 36. I can book the test for Monday morning at our centre.")
c6 = c("Right, book me in for both.", None)
t7 = t("Done. Bring photo ID on Saturday, and you'll get the card details by email after the test.")
PAIRS.append(rpair(
    "b197r_f08_nottingham_cscs_green_card",
    "Labourer in Nottingham needs a CSCS card to start on a building site next week.",
    [c0, t1_good, c2_good, t3, c4, t5, c6, t7],
    [c0, t1_bad, c2_bad, t3, c4, t5, c6, t7],
))

# f09 unexplained jargon
c0 = c("Namaste. I work in school administration, twenty years now. For the next post they want a management qualification. I saw your online PG diploma. Is it suitable for someone my age?", None)
t1 = t("Namaste. Very much so, many of our learners are in their forties. Is the new post asking for a specific qualification, or any management diploma?")
c2 = c("The notice says 'PG diploma or MBA from a recognised university'. That is all.", None)
t3_good = t("Then you'll want to be sure it's approved by the UGC for online study. That's the national body that decides which online courses count. Ours is, and I'll send you the approval letter to show your management.")
t3_bad = t("Then it needs UGC-DEB entitlement under the ODL and OL regulations, with NAAC A-plus and NIRF ranking. Ours ticks all of those, and it's 40 credits under CBCS.")
c4_good = c("Good, that is exactly what they will ask. How many hours per week?", None)
c4_bad = c("Sorry, I did not understand any of that. Is it accepted or not?", None)
t5 = t("In short, yes, it's recognised for jobs that ask for a recognised university. It takes about eight hours a week, mostly recorded lectures you can watch at night, and the exams are online.")
c6 = c("Eight hours I can manage. What is the fee?", None)
t7 = t("It's 1.2 lakh for the two years, in four instalments. I'll send the brochure and the approval letter on WhatsApp.")
PAIRS.append(rpair(
    "b197r_f09_lucknow_online_pg_diploma",
    "School administrator in Lucknow in her forties needs a recognised management qualification for promotion.",
    [c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    [c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f10 talks about themselves instead of the customer
c0 = c("Hi. I'm a scientist at a small biotech. Next month I have to present our results to investors. I'm quite nervous, English is my second language.", None)
t1 = t("That's a big moment. What part worries you most: the talk itself, the questions, or the English?")
c2 = c("The questions. The slides I can practise. But when investors interrupt, I freeze and I lose my words.", None)
t3_good = t("So it's the interruptions that throw you. Could you tell me about the last time it happened? What did they ask?")
t3_bad = t("I know exactly that feeling. When I started, I froze in front of four hundred people at a conference in Berlin, completely blank. It took me years of coaching and big talks to get where I am. Actually, I'm giving a keynote in Amsterdam next week.")
c4_good = c("A board member asked about our cash runway in the middle of the science slide. I knew the answer but I couldn't switch.", None)
c4_bad = c("Okay... that's nice for you. For me it's investors interrupting in the middle of my slides.", None)
t5 = t("Then I'd focus our sessions on handling interruptions: a short holding phrase, answering in two sentences, and getting back to your slide. Three one-hour sessions with mock investor questions. It's 360 pounds.")
c6 = c("Three sessions before the pitch... that works. My company might pay, I'll ask the CEO.", "think_it_over")
t7 = t("Good. I'll send a short description you can forward to him, and hold two slots next week.")
PAIRS.append(rpair(
    "b197r_f10_cambridge_investor_pitch_coaching",
    "Non-native English scientist at a Cambridge biotech wants help with investor questions before a pitch.",
    [c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    [c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))
