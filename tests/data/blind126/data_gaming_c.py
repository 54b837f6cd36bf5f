from common import c, gpair, t

PAIRS = []

o = c("Namaste. My son is in class 10, half-yearly maths he got 52. Boards are in March. I am very tense.", None)
PAIRS.append(gpair(
    "b126g_lucknow_class10_maths", "Tuition centre, Lucknow", "putdown_question",
    "A mother's class 10 son scored 52% in maths four months before boards.",
    [o,
     t("Namaste ji. Four months is enough if we find where the marks went. Did you bring his answer sheet?"),
     c("Yes, here. Teacher says silly mistakes. He says he knows everything but in exam he forgets.", None),
     t("Most marks went in trigonometry and skipped steps. At home, does he write full answers, or mostly read solutions?"),
     c("Mostly reads. School till 2, then cricket coaching. Evening only.", None),
     t("Our 6 to 7:30 batch does timed writing daily. Let him attend three days free, then we both see if it helps."),
     c("Three days okay. But last year's tuition took full year fee and changed teacher three times. I won't pay all at once again.", "bad_experience"),
     t("Fair. You can pay monthly, and the same teacher stays with him till boards.")],
    [o,
     t("Namaste. 52 is quite low, ji. Does he actually study at home, or is it mostly phone?"),
     c("He studies. He says he knows, but in exam he forgets.", None),
     t("They all say that. What is he doing in the evenings that's more important than boards?"),
     c("Cricket coaching. He enjoys it, it's good for him.", None),
     t("Cricket before boards? What do you think will matter more in ten years, honestly?"),
     c("I came for help, not for a lecture on my son. We will manage.", None)]))

o = c("Hi, my son got a lottery spot for second grade, thank God, but he has an IEP, speech therapy twice a week, and I need to know about the bus.", None)
PAIRS.append(gpair(
    "b126g_atlanta_charter_iep_bus", "Charter school enrollment office, Atlanta", "not_my_department_or_read_the_terms",
    "A mother asks about the bus and her son's IEP.",
    [o,
     t("Congratulations! Let's sort both. Where do you live, for the bus?"),
     c("Southwest, near Cascade. I work at seven so I can't drive him.", None),
     t("There's a Cascade stop around 7:05; I'll confirm it stays on the fall route. Ms. Reyes, our special ed coordinator, reviews IEPs before school and sets therapy times. Shall I set up a call with her?"),
     c("Yes, please. After five? I can't talk at work.", None),
     t("I'll ask for Thursday 5:30 and text you. Could you email me his current IEP before then?"),
     c("I'll send it tonight.", None)],
    [o,
     t("Congratulations, what a great experience for your family! Transportation is a contractor, so that's not really my department."),
     c("Okay, can I get their number? I work at seven, I really need the bus.", None),
     t("I understand your need. The transportation policy is in the Family Handbook, page 14, please read that first."),
     c("I did. It doesn't say if there's a stop near Cascade. And his speech therapy?", None),
     t("IEPs go through special ed, I'm enrollment. I didn't make the rules. Anything else I can help with?"),
     c("You haven't helped with anything. Who do I talk to?", None),
     t("Email the general inbox and someone will get back to you. Thanks for choosing us!")]))

o = c("Hello, good afternoon. My son Lucas is 14, English intermediate. I want summer course but he is very shy, I am worry if he will be okay alone.", None)
PAIRS.append(gpair(
    "b126g_oxford_summer_english", "Summer English school, Oxford", "social_proof_or_deadline_pressure",
    "A Brazilian mother asks about a course for her shy son.",
    [o,
     t("Shy at 14 is very normal. Has he been away from home without you before?"),
     c("One week with school, at the beach. After two days he was fine. He like football and video games.", None),
     t("So he settles in a couple of days and loves football. Would a homestay with another boy suit him, or our residence?"),
     c("Homestay with another boy. But my friend's daughter went to England and the family gave her almost no food.", "bad_experience"),
     t("A real worry. Our families are inspected every year, students fill a food check in week one, and we move them same day if needed. Could Lucas join a 15-minute call next week and ask his own questions?"),
     c("Yes, he will like that. Thursday is possible?", None)],
    [o,
     t("Don't worry at all! Over 500 Brazilian students came last summer, all of them loved it."),
     c("Good, but Lucas is very shy. Will he have someone with him?", None),
     t("Honestly, all the families from São Paulo book July, it's the one everyone picks. And the early price ends Friday, then it's £400 more."),
     c("Friday? I need to speak with my husband, and with Lucas.", "think_it_over"),
     t("I understand, but parents who waited last year lost their place. Six homestays left. Shall I reserve one with the deposit now?"),
     c("I don't like to decide like this. I will look other schools also.", "think_it_over"),
     t("Of course! Just remember, everyone who waits regrets it."),
     c("Okay. Send me information by email, please.", "brush_off")]))

o = c("Hi, Ravi from L&D at Nexora. Clients complain our freshers' status emails are confusing. About 120 freshers this year.", None)
PAIRS.append(gpair(
    "b126g_hyderabad_email_skills", "Corporate soft-skills trainer, Hyderabad", "keyword_stuffed",
    "An L&D manager wants help with freshers' emails.",
    [o,
     t("Thanks, Ravi. Could you share a few of the emails, names removed? They'd tell me more than anything."),
     c("I can share five. The status is buried in long stories, some too casual with US clients. Last vendor did two days of workshop and nothing changed.", "bad_experience"),
     t("So buried status and tone, and a workshop that didn't stick. Are they on bench or billable?"),
     c("Half and half. Billable ones, two hours a week max. Budget per head around 2,000.", None),
     t("Then one 90-minute session on a status template, and three weekly practice emails we review, so it sticks. I'll fix your five emails free by Friday so you can judge first."),
     c("Okay, that works. Friday is good.", None)],
    [o,
     t("Hi Ravi! I really understand your need. For us it's all about relationships and successful learner experiences."),
     c("Sure. Specifically, status is buried, and tone's too casual with US clients.", None),
     t("Absolutely, I hear you. Communication is a journey, and our approach is about needs, empathy and a growth mindset for success."),
     c("Okay, but what would a session actually look like? Two hours a week max.", None),
     t("Great question. We co-create a learner-centric experience that understands each fresher's feelings and unlocks success. How satisfied are you so far?"),
     c("Honestly, not very. Just email me something, I'll have a look.", "brush_off"),
     t("Wonderful, I'll send our Success Journey deck!")]))

o = c("Hi, um, sorry, this is a bit embarrassing. I'm forty-two and I've never driven. I'm quite nervous. Do you teach people like me?", None)
PAIRS.append(gpair(
    "b126g_liverpool_nervous_learner", "Driving school, Liverpool", "rude",
    "A nervous 42-year-old woman who has never driven phones a driving school.",
    [o,
     t("Not embarrassing at all, we teach plenty of people your age. What makes you nervous, traffic or being in charge of the car?"),
     c("Both. My ex always drove. I panic on busy roads even as a passenger.", None),
     t("Then we'd start on quiet industrial estates on a Sunday morning. Would an instructor used to nervous drivers help? Denise is very patient."),
     c("A woman would be better. How much is it?", None),
     t("£36 an hour, or £170 for five. Many start with one two-hour lesson. Denise has Sunday at 9."),
     c("Bit steep on one wage, but... okay. Sunday at nine, before I chicken out.", "too_expensive")],
    [o,
     t("Yep, we teach anyone with a provisional. What's the issue?"),
     c("I just get panicky. My ex always drove, I've never really...", None),
     t("Well, you'll need to get over that, there's no quiet roads in Liverpool. £36 an hour. Want one or not?"),
     c("I was hoping to start somewhere quiet, maybe with a woman instructor?", None),
     t("We've got who we've got, love. He won't bite. Honestly, forty-two's a bit late to be this nervous."),
     c("Wow. Okay. Forget it.", None)]))

o = c("Hey. Before anything else, Jonah has a severe peanut allergy. EpiPen, the whole deal. That's kind of the first question.", None)
PAIRS.append(gpair(
    "b126g_denver_montessori_allergy", "Montessori preschool, Denver", "ignored_customer",
    "A father touring a preschool with his three-year-old, who has a severe peanut allergy.",
    [o,
     t("Right first question. We're nut-free, staff renew epinephrine training yearly. What does his plan say, and has he reacted before?"),
     c("Once, at two, hives and throat swelling. His plan says EpiPen first, then 911.", None),
     t("EpiPen first, then 911. We keep two pens in class and one in the outdoor bag, and I'd want your allergist's plan on file. Want to see the kitchen?"),
     c("Yeah. And birthdays, when parents bring cupcakes?", None),
     t("Only labelled packaged treats, checked by the teacher, and Jonah can keep his own safe treat box. Would that work?"),
     c("That works. Okay, what's the enrollment process?", None)],
    [o,
     t("Welcome! Tell me about Jonah, what are you looking for in a school?"),
     c("Safety. The peanut allergy is the big one. He's reacted once already.", None),
     t("Great. Our Montessori approach is child-led, with practical-life work like food prep, and we bake every Friday."),
     c("Bake with what? Are the classrooms nut-free?", None),
     t("The kids love baking day. Tuition's $1,680 a month, and there's a Primary spot for September. Any questions about our philosophy?"),
     c("I asked twice about nuts. Who gives the EpiPen if he reacts?", None),
     t("All our teachers are amazing. Want to fill in the application today?"),
     c("No. Come on, Jonah, we're going.", None)]))

o = c("hi my son class 8 cbse maths weak in algebra. live classes or recorded", None)
PAIRS.append(gpair(
    "b126g_kochi_online_maths", "Online maths tutoring app, Kochi", "repeated_questions",
    "A mother chats with an online tutoring app about her son's algebra.",
    [o,
     t("Hi! We have both. Does he learn better with a teacher asking him questions, or at his own pace?"),
     c("he gets bored in videos. also shy to ask doubts in big class", None),
     t("Then a live group of 6, where the tutor calls on each child, may suit. 5 pm or 7 pm?"),
     c("7 pm. what is the cost", None),
     t("1,800 a month, 3 classes a week, algebra first. 2 free classes, no card needed."),
     c("ok. but 1800 is bit much, other app is 1200", "too_expensive"),
     t("Fair. Compare after the two free classes; if ours isn't worth the extra 600, no hard feelings. Tuesday 7 pm?")],
    [o,
     t("Hi! Great question. So what are your learning goals for your son?"),
     c("algebra. he is weak in algebra", None),
     t("Got it! And which areas would you say he struggles with most?"),
     c("algebra i said", None),
     t("Sure! And how would you describe his learning style?"),
     c("he gets bored in videos. i asked live or recorded", None),
     t("Perfect! To understand your needs better, which subject do you want help with?"),
     c("forget it", None)]))

o = c("Hello, I'm a nurse, thirty-eight, thinking about the public health MSc. Part-time, I'd keep working. Is that even realistic?", None)
PAIRS.append(gpair(
    "b126g_nottingham_parttime_msc", "University postgraduate admissions, Nottingham", "wrong_paraphrase",
    "A working nurse asks about a part-time public health MSc.",
    [o,
     t("Many of our part-time students work in the NHS. What's your shift pattern like?"),
     c("Three twelve-hour shifts, rotating. Honestly not sure I've got the time. My trust might pay half the fees.", "no_time"),
     t("Part-time teaching is one day a fortnight, Wednesdays, with recordings. Could you get Wednesdays off with notice?"),
     c("Probably. My ward manager's quite flexible.", None),
     t("Good. I'll email next year's timetable and the form trusts use for part-funding. A call with the course lead, who's a nurse too?"),
     c("Yes, that'd really help, thanks.", None)],
    [o,
     t("So what I'm hearing is you want to leave nursing for an academic career. Is that right?"),
     c("No, no. I want to keep nursing. Part-time.", None),
     t("Right, so you want to fast-track into management, and the one-year full-time route is quickest. Did I get that right?"),
     c("I can't do full-time, I work three twelve-hour shifts a week.", "no_time"),
     t("Understood, so fees aren't a concern since your trust is covering it, correct? Let's get your application in today."),
     c("My trust MIGHT pay half. I said might. I'll ring back when someone's listening.", None)]))

o = c("Hi. My husband, Daniel Ortiz, was in your online MBA. He passed away three weeks ago. And there's still a tuition charge coming out.", None)
PAIRS.append(gpair(
    "b126g_phoenix_online_mba_bereavement", "Online university student services, Phoenix", "pitch_to_upset",
    "A widow calls to stop tuition charges for her late husband's MBA.",
    [o,
     t("I'm so sorry for your loss, Mrs. Ortiz. I'll take care of this. Could you confirm his date of birth?"),
     c("March 3rd, 1979. I don't know his student number, he handled all this.", None),
     t("That's fine, I've found him. I'm stopping all future charges now and submitting a refund for this month. We'll need the death certificate, but no rush."),
     c("I can email it. How long does the refund take?", None),
     t("Usually 7 to 10 business days. I'll email you a confirmation with my direct line, so you never have to explain this again."),
     c("Thank you. That's... really kind.", None)],
    [o,
     t("I'm so sorry for your loss, I truly understand how difficult this experience is. I'll look into it."),
     c("Thank you. I just need the charges to stop.", None),
     t("Absolutely. While I have you, spouses can transfer remaining credits. Many find continuing a loved one's journey meaningful."),
     c("I'm not doing an MBA. I need the charges stopped.", "no_need"),
     t("Totally. We also have a 30% Legacy Scholarship for family, only this term. Shall I send the info?"),
     c("My husband just died. Please just stop the payments.", None),
     t("Of course. Per policy charges stop at term end. Anything else I can help with today?")]))

o = c("Excuse me, there's a bite mark on Vihaan's arm. Nobody called me or said anything. What happened?", None)
PAIRS.append(gpair(
    "b126g_ahmedabad_daycare_bite", "Daycare centre, Ahmedabad", "blame",
    "At pickup, a father finds an unreported bite mark on his two-year-old.",
    [o,
     t("I'm sorry, you should have heard it from us, not found it. Let me check with his teacher right now."),
     c("Okay. It's quite deep. Did someone put anything on it?", None),
     t("Another toddler bit him around 3 in the sand area. They cleaned it and iced it, but nobody logged it or called you. That's our failure. Shall our nurse look before you go?"),
     c("Yes. And I want to know how you'll stop it happening again.", None),
     t("Fair. We'll shadow that child in group play, and the centre head will call you by 11 tomorrow with what's changed."),
     c("Okay. Thank you for being straight.", None)],
    [o,
     t("I understand your concern. Can you tell me how you feel? Did you send him with a toy from home today?"),
     c("His small car, yes. What does that have to do with a bite?", None),
     t("Toys from home cause fights, it's in the parent handbook. Toddlers bite to protect things, so that's likely it."),
     c("So it's my fault he got bitten? And nobody called me.", None),
     t("Not fault, but we ask parents to follow the guidelines. He's been grabby lately, has anything changed at home?"),
     c("I'm taking this to the owner.", None)]))
