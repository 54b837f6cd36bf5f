from common import c, rpair, t

PAIRS = []

# f01: worse argues with the parent
o = c("Hi, quick word? Leo's napping two hours here, then he's awake until ten at night. It's wrecking our evenings.", None)
t1 = t("Of course, thanks for raising it. How long has this been going on?")
c1 = c("About three weeks, since he moved to the preschool room. At weekends he doesn't nap at all and he's fine.", None)
t3 = t("Okay, a forty-minute cap then. I'll put it in his care plan today, and the room lead will tell you at pickup how it went. Review next Friday?")
c3 = c("Friday's fine.", None)
PAIRS.append(rpair(
    "b126r_f01_brighton_nursery_naps", "A mother at a Brighton nursery says long naps keep her three-year-old up at night.",
    [o, t1, c1,
     t("So since the room change: long naps here, none at weekends, bedtime slipping to ten. We could cap his nap at forty minutes, or give him quiet rest with books. Which first?"),
     c("Let's try the forty minutes for a week.", None), t3, c3],
    [o, t1, c1,
     t("Honestly, most three-year-olds still need a proper nap, and the room routine is two hours. I'd be careful; he may just be overtired in the evenings."),
     c("He's not overtired, he's wide awake. I see him every night. Can you just cut it to forty minutes?", None), t3, c3]))

# f02: worse doubts the parent's honesty
o = c("Hi, my son's tutor cancelled Tuesday last minute, and the text said we'd get a make-up session. I'd like to book it.", None)
t1 = t("Sure, let me pull up his account. What's his name?")
c1 = c("Ethan Brooks, geometry with Mr. Patel, Tuesdays at five.", None)
t3 = t("Mr. Patel has Thursday at 5 or Saturday at 10 for the make-up. Which is better for Ethan?")
c3 = c("Saturday at ten.", None)
PAIRS.append(rpair(
    "b126r_f02_philadelphia_tutoring_makeup", "A parent at a Philadelphia tutoring center books a promised make-up session.",
    [o, t1, c1,
     t("Got it. I'm sorry about Tuesday; I'll add the make-up to his account now."),
     c("Great, thanks.", None), t3, c3],
    [o, t1, c1,
     t("Hmm, I don't see a cancellation logged. Are you sure it was cancelled? Parents sometimes mix up the weeks."),
     c("I'm sure. I have the text right here. Do you want me to read it to you?", None), t3, c3]))

# f03: worse drops the price before asking anything
o = c("Hello, I'm asking for my younger brother, class 12 commerce, he needs accounts tuition. What's your fee?", None)
t2 = t("Our board batch does partnership and cash flow in November and December, Monday, Wednesday, Friday 5 to 7. He can attend two classes free first.")
c2 = c("Two free classes is good, I'll send him Monday. The fee I'll decide after, with our father.", "think_it_over")
t3 = t("I'll WhatsApp the timings and teacher's name. If he's not comfortable after two classes, just tell me.")
PAIRS.append(rpair(
    "b126r_f03_indore_accounts_tuition", "An elder sister asks an Indore coaching centre about accounts tuition for her brother.",
    [o,
     t("It's 18,000 for the year, in three instalments. Which part of accounts troubles him, and is it boards or CA Foundation?"),
     c("Partnership accounts and cash flow. Boards first, CA Foundation later maybe.", None), t2, c2, t3],
    [o,
     t("It's 18,000, but for you I'll do 14,000 if you join this week. Which part of accounts troubles him?"),
     c("Discount already, before you know anything? Okay... partnership and cash flow. Boards first.", None), t2, c2, t3]))

# f04: worse gives an unasked lecture
o = c("Hi, I'd like to book lessons. I'm seventeen, just got my provisional. I've driven a bit on my uncle's farm.", None)
t1 = t("Brilliant. How much have you driven, and was any of it on roads?")
c1 = c("Just farm lanes, tractor and his old Corsa. Gears are fine, roads not at all.", None)
t3 = t("Lessons are £32 an hour, or ten for £300. Ciaran has Saturday at 11. Does that suit?")
c3 = c("Saturday's grand. Three hundred up front is a bit much for me, I'll pay as I go.", "too_expensive")
PAIRS.append(rpair(
    "b126r_f04_belfast_learner_farm", "A 17-year-old in Belfast with some farm driving books lessons.",
    [o, t1, c1,
     t("So the controls are fine, traffic is new. We'd skip the car park and start on quiet roads."),
     c("Sounds good.", None), t3, c3],
    [o, t1, c1,
     t("Just so you know, farm driving builds bad habits, and lads your age are the most likely to crash in year one. Speed kills, and teenagers think they're invincible. We'd start on quiet roads."),
     c("Right... I didn't ask for a safety talk, but okay.", None), t3, c3]))

# f05: worse leaves a vague next step
o = c("Hi, we're a 90-person credit union in Portland. Two phishing clicks last quarter, and our examiner wants documented awareness training.", None)
t1 = t("Was it the same kind of email both times, and what did the people who clicked say?")
c1 = c("Fake invoices both times. They said they were rushing at month-end. Budget's about eight grand for the year.", None)
t2 = t("So invoice phishing at busy times, and records the examiner accepts. A 45-minute live session for all, then monthly simulated phishing with a report for the examiner, about six thousand.")
c2 = c("That sounds like what we need. Our CEO has to sign off, though.", "think_it_over")
PAIRS.append(rpair(
    "b126r_f05_portland_phishing_training", "A Portland credit union's operations lead asks about security awareness training before an exam.",
    [o, t1, c1, t2, c2,
     t("Makes sense. One-page proposal with a sample examiner report by Thursday, and can I book 20 minutes with you and the CEO next Tuesday?"),
     c("Tuesday at ten works.", None)],
    [o, t1, c1, t2, c2,
     t("Sure, no problem. We'll be in touch with something at some point, and you can let us know."),
     c("Okay... when, roughly? The exam's in six weeks.", None)]))

# f06: worse over-promises
o = c("Hello, I'm a software tester, I've got an offer in Montreal, they want intermediate French. I start in five months.", None)
t1 = t("Congratulations! Have you studied French before?")
c1 = c("Only class 8 in school, I remember bonjour and numbers. I can study evenings and weekends.", None)
t3 = t("Evening batch is Monday to Thursday, 7 to 9, plus a Saturday conversation club. A1 starts on the 2nd, 9,000 rupees.")
c3 = c("Okay. I'll register for the 2nd.", None)
PAIRS.append(rpair(
    "b126r_f06_mysuru_french_montreal", "A tester in Mysuru needs French for a job in Montreal in five months.",
    [o, t1, c1,
     t("Then a solid A2 in five months is realistic at about eight hours a week; B1 usually takes longer. Worth asking your employer what level they actually check."),
     c("Okay, that's honest. I'll ask HR what they test.", None), t3, c3],
    [o, t1, c1,
     t("No problem at all. With our intensive course you'll be fully fluent in five months, guaranteed. Students go from zero to B2 all the time."),
     c("Fully fluent in five months? That sounds too good, honestly.", None), t3, c3]))

# f07: worse closes before checking the app works on their devices
o = c("Hi, literacy coordinator for a Minneapolis district. We're looking at your reading app for grades 3 to 5, about 1,400 students, all on Chromebooks.", None)
t1 = t("What do you want it to do that you're not getting now?")
c1 = c("Leveled practice for our intervention kids, and a quick way for teachers to see who's falling behind.", None)
t2 = t("That's what it's built around. The district license for 1,400 students is $18,200 a year.")
c2 = c("That's within what we set aside. I'd want teachers on board before I commit, though.", "think_it_over")
PAIRS.append(rpair(
    "b126r_f07_minneapolis_reading_app", "A district literacy coordinator evaluates a reading app for grades 3-5.",
    [o, t1, c1, t2, c2,
     t("Then before any paperwork, a free four-week pilot in two classrooms, on your Chromebooks and behind your content filter, and those teachers tell you if the dashboard helps."),
     c("A pilot first, yes. Our IT filter blocks half of what we try.", None)],
    [o, t1, c1, t2, c2,
     t("Perfect, let's get the license signed this week so you can roll out after spring break. I'll send the contract today."),
     c("Hold on, we haven't checked it even runs on our Chromebooks. Our IT filter blocks half of what we try.", "think_it_over")]))

# f08: worse recommends before asking
o = c("Hi, I head HR at a 150-person e-commerce startup in Gurugram. Our first-time team leads are struggling. Exploring options.", None)
t2 = t("So they avoid hard conversations and underperformance goes unhandled. A focused workshop on feedback and performance conversations, practised on real cases, fits better than broad leadership content. How many leads?")
c2 = c("Eighteen. They can't be away more than a day, it's sale season.", "no_time")
t3 = t("One full day, then two 60-minute follow-up clinics a month later. Outline and price by Friday.")
c3 = c("Okay, send it across.", None)
PAIRS.append(rpair(
    "b126r_f08_gurugram_team_leads", "An HR head at a Gurugram startup looks for training for first-time team leads.",
    [o,
     t("What does struggling look like day to day? What are you or their teams noticing?"),
     c("They avoid difficult conversations. Poor performers stay, good people quit. They were promoted as top performers, not for people skills.", None),
     t2, c2, t3, c3],
    [o,
     t("Our flagship Leadership Excellence programme is perfect: three days offsite on vision, strategy and executive presence. What are you noticing day to day?"),
     c("Vision and strategy isn't really it. They avoid difficult conversations. Poor performers stay, good people quit.", "no_need"),
     t2, c2, t3, c3]))

# f09: worse uses unexplained jargon
o = c("Hi, calling for my son, Year 13, he's got an offer for Mechanical Engineering. I didn't go to uni, so what happens next?", None)
t1 = t("Happy to help. What does his offer say, roughly?")
c1 = c("AAB, and something about... contextual? And he has to pick a firm and an insurance.", None)
t3 = t("He has until early June to choose. I'll email you a short guide, and you're welcome to call back with him on the line.")
c3 = c("Thank you. I'll sit down with him tonight.", None)
PAIRS.append(rpair(
    "b126r_f09_coventry_offer_explained", "A parent calls a Coventry university to understand his son's offer.",
    [o, t1, c1,
     t("AAB are the A-level grades he needs. Contextual means we've considered his school or area, so ABB may be accepted. Firm is his first choice; insurance his backup, ideally with lower grades."),
     c("Ah, right. That makes sense now.", None), t3, c3],
    [o, t1, c1,
     t("So with the contextual flag he's eligible for the CO, a grade drop, and he replies by the UCAS deadline once all decisions are in. If he firms us, make sure the insurance has a lower tariff."),
     c("Sorry, I didn't follow most of that. What's a CO? And tariff?", None), t3, c3]))

# f10: worse talks about themselves
o = c("Hi, we're moving to Nashville in January, looking for daycare for our twins, they'll be two. One has a speech delay.", None)
t1 = t("Welcome! Tell me a little about them.")
c1 = c("Ava's chatty, Noah's quieter, he's in speech therapy weekly. We want them in one room, but Noah needs a bit more one-on-one.", None)
t3 = t("Here's the list of speech therapists who already visit the center, so you can line one up before January. Want to see the twos room?")
c3 = c("Yes, please. We've two more places to see before we decide, though.", "think_it_over")
PAIRS.append(rpair(
    "b126r_f10_nashville_twins_daycare", "Parents relocating to Nashville tour a daycare for their two-year-old twins.",
    [o, t1, c1,
     t("Same room, and more one-on-one for Noah. Our twos room is 1 to 6, and therapists can work with children here. Could his new therapist visit?"),
     c("Oh, that would be great. We need a new one in Nashville anyway.", None), t3, c3],
    [o, t1, c1,
     t("Oh, I totally get it, I have twins myself! Mine are eight now; the twos were wild, my son bit everyone. I actually started this center because of them."),
     c("Ha, okay. Sorry, but can Noah get speech support here?", None), t3, c3]))
