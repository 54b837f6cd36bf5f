from common import c, gpair, t

PAIRS = []

o = c("Hello, I'm calling about the JEE batches. My son is in eleventh, he plays cricket also, so weekdays are... difficult.", None)
PAIRS.append(gpair(
    "b126g_pune_jee_coaching", "JEE coaching institute, Pune", "monologue",
    "A Pune mother asks about JEE batches for her son, a state-level cricketer.",
    [o,
     t("Namaste. Cricket and JEE together is a lot. Which days is he training?"),
     c("Tuesday, Thursday, Saturday evening, matches some Sundays. Boards also next year, I'm worried he'll burn out.", None),
     t("So three evenings gone, some Sundays, and burnout worries you more than marks. Which subject is weakest?"),
     c("Physics. Others are okay-ish.", None),
     t("Sundays would clash. Our Mon-Wed evening physics module is recorded too. Could he try one free class this Wednesday?"),
     c("Wednesday should work. But fees I must discuss with his father first.", "think_it_over"),
     t("Of course. I'll WhatsApp the fee sheet and demo slot, and call Thursday after you've both seen it.")],
    [o,
     t("Namaste ma'am! Our flagship Two-Year Integrated Programme, 312 selections last year, classes 4 to 8 pm daily, weekly tests, parent app, ex-IIT faculty. Cricket can wait, JEE is one shot."),
     c("Sir, 4 to 8 daily he cannot, he has practice, I told—", "no_time"),
     t("Totally understand! School tie-up so attendance is flexible, tablet with recordings, scholarship test Sunday, 40% off for toppers. What else would you like to know?"),
     c("Is there anything only on weekends?", None),
     t("Weekend batches exist, but results come from the Integrated one. Plus All-India mocks, a mentor per twenty students. Shall I book Sunday's test?"),
     c("Sunday he has a match. I said that also. Never mind, thank you.", None)]))

o = c("hiya how much is the 1 week intensive? need my licence before september for a job", None)
PAIRS.append(gpair(
    "b126g_manchester_driving_intensive", "Driving school, Manchester", "closing_as_open_question",
    "A 19-year-old needs a licence for a job and asks about an intensive course.",
    [o,
     t("Hi! Have you driven before, and passed your theory yet?"),
     c("passed theory in may. had like 6 lessons with my dads mate but nothing since", None),
     t("I'd rather not guess. A 2-hour assessment first, and the instructor tells you honestly if 20 or 30 hours fits?"),
     c("how much is that tho. moneys tight till i start the job", "no_money"),
     t("£45, and it comes off the course if you book after. If you're not ready, you've spent £45, not £900."),
     c("ok thats fair. can i do thursday", None),
     t("Thursday 10 or 2 are free. Which suits? I'll text pickup details.")],
    [o,
     t("Hi! Before price, what would it take for you to book your intensive today?"),
     c("erm i just want to know the price first", None),
     t("Totally get it! 30 hours with test is £1,150. So how would you like to pay, card or finance?"),
     c("thats loads for a week. and ive only had like 6 lessons dunno if i need 30 hrs", "too_expensive"),
     t("I hear you. Which start date works best, the 14th or the 21st, so we secure your test?"),
     c("neither yet?? ill have a think", "think_it_over"),
     t("Of course! What would need to happen for you to say yes by tonight?"),
     c("nothing. bye", None)]))

o = c("Hi, um, my daughter's in fourth grade and she's, uh, crying over fractions homework. Does she need tutoring or what?", None)
PAIRS.append(gpair(
    "b126g_austin_math_tutoring", "Math tutoring center, Austin TX", "pitch_as_paraphrase",
    "A father's fourth-grader cries over fractions homework.",
    [o,
     t("That sounds stressful for you both. When she gets stuck, what does it look like?"),
     c("She gets it in class, she says, then at home she freezes. Her teacher says her tests are fine, mostly.", None),
     t("So tests are okay but homework at home is where she freezes. Has anything changed this year?"),
     c("Well, new teacher, and I work late now, so she does it alone till seven. Huh.", None),
     t("Could be. She may not need a program. A free 30-minute check with a tutor will tell us; if her skills are solid, I'll say so. Saturday?"),
     c("Yeah, Saturday. Thanks for not just selling me something.", None)],
    [o,
     t("Thanks for coming in! What's been going on?"),
     c("She gets it in class, then freezes at home. Teacher says tests are mostly fine.", None),
     t("So what I'm hearing is she needs our Math Mastery plan, two sessions a week at $289 a month, is that right?"),
     c("I... didn't say that. Her tests are fine. It's the homework.", None),
     t("Right, so what you need is homework support, which is Math Mastery Plus at $349. Did I understand you correctly?"),
     c("No. That's more than my car payment, for homework? I wanted to know if she even needs it.", "too_expensive"),
     t("So you want a lower commitment, our Starter plan at $199. Shall I sign her up?"),
     c("No thanks. I'll talk to her teacher.", "no_need")]))

o = c("Hi, I'm here to finish registering Maya, three days a week, on the funded hours.", None)
PAIRS.append(gpair(
    "b126g_hackney_nursery_registration", "Day nursery, Hackney, London", "upsell_as_loop_closing",
    "A mother registers her two-year-old on funded hours.",
    [o,
     t("Lovely. Which days, and what times does your work need?"),
     c("Monday, Tuesday, Thursday, eight till four. I'm home Wednesdays and Fridays.", None),
     t("Funded hours cover about five a day; the rest and lunch are charged. Anything we should know about Maya?"),
     c("She naps after lunch, she's got a bunny she can't live without. And she's dairy-free?", None),
     t("Fine, our cook does dairy-free daily, and bunny's welcome. Two short settling sessions first; I'll email those dates and the invoice today.")],
    [o,
     t("Welcome! What else can I add to make Maya's experience complete? Most parents add Wednesdays."),
     c("No, I'm home Wednesdays. Just the three days.", "no_need"),
     t("Absolutely. Just to close the loop, anything else I can add? French and Forest School are only £18 a session."),
     c("She's two. I don't think she needs French.", "no_need"),
     t("Totally hear you. Anything else I can do for you, like the 7am breakfast slot or our nappy bundle?"),
     c("Honestly, the funded hours were the whole point. I can't stretch to extras.", "no_money"),
     t("Of course! So three days plus the nappy bundle. Anything else on top?"),
     c("No nappy bundle. Three days. That's it.", "no_need")]))

o = c("Hi, Kavya from HR, Swiftline Logistics. We want data training for about forty ops supervisors. Just exploring.", None)
PAIRS.append(gpair(
    "b126g_bengaluru_data_training", "Corporate training provider, Bengaluru", "leading_tag_questions",
    "An HR manager at a logistics firm wants data training for 40 supervisors.",
    [o,
     t("Thanks, Kavya. What made this come up now?"),
     c("We built dashboards and the supervisors just... don't open them. They phone the warehouse instead.", None),
     t("Do you know why? Skill, trust in the data, or habit?"),
     c("Mix. Many are Kannada or Tamil first, the English dashboard scares them. Budget is about four lakh.", None),
     t("Then a generic course won't fix it. Pilot a half-day with ten supervisors, Kannada and English, on your own dashboards?"),
     c("Pilot sounds sensible. I'll have to run it past my ops head first.", "think_it_over"),
     t("Of course. I'll send a one-page outline you can forward, and call Monday.")],
    [o,
     t("Thanks, Kavya! Data skills are so important for success today, aren't they?"),
     c("Sure. Problem is the supervisors don't use the dashboards.", None),
     t("Right, and you'll want our 5-day Data Analytics Certification for all forty, won't you?"),
     c("Five days? They're on the floor, they can't be away that long.", "no_time"),
     t("But a certificate really motivates people, doesn't it? And eight lakh is fair for forty, wouldn't you agree?"),
     c("That's double what we have. And half struggle with English, a certificate won't fix that.", "no_money"),
     t("Still, you'd want the best for your team, wouldn't you? Shall I send the contract?"),
     c("Just send a brochure, I'll see.", "brush_off")]))

o = c("Hi. I got a 1050 on a practice SAT, and I kind of need like a 1250 for the scholarship at UIC. Is that even possible?", None)
PAIRS.append(gpair(
    "b126g_chicago_sat_prep", "SAT prep center, Chicago", "putdown_question",
    "A junior scored 1050 and needs 1250 for a scholarship.",
    [o,
     t("Possible for a lot of students, depending where the points went. Do you have the breakdown?"),
     c("Reading 580, math 470. Math is... not my thing. And I work at my aunt's restaurant after school.", None),
     t("So math is where the 200 points are, and afternoons are taken. How many hours a week could you honestly give?"),
     c("Maybe four? My mom says we can't do the big package, like two thousand dollars.", "no_money"),
     t("Then skip the full course. Math-only Sunday group, $340 for eight weeks. Free diagnostic this Sunday to check math is the gap?"),
     c("Yeah. That I can do.", None)],
    [o,
     t("A 1050. What happened, did you actually prepare at all?"),
     c("I did some practice. Math is hard for me. I work after school.", None),
     t("And how do you see yourself getting 1250 working every evening? What's your priority, really?"),
     c("Wow. I need the job. That's kind of why I need the scholarship.", None),
     t("I hear you. What makes you think you can skip our full course and still jump 200 points?"),
     c("I never said skip anything. I said we can't pay two thousand. Forget it.", "no_money")]))

o = c("Hi, um, I got BBC, and my Nursing offer was BBB. What happens now? Am I still in?", None)
PAIRS.append(gpair(
    "b126g_leeds_clearing_nursing", "University admissions line, Leeds", "not_my_department_or_read_the_terms",
    "On results day a student missed her Nursing offer by one grade.",
    [o,
     t("Today's stressful. Can I take your UCAS ID so I check rather than guess?"),
     c("It's, um, 145 302 8817. My mum's here too, she's panicking more than me.", None),
     t("Thanks. You're still under review; that's common one grade short. Which subject was the C?"),
     c("Chemistry. Do I need to ring someone else?", None),
     t("No, I'll pass it to the Nursing tutor now, noting the C is Chemistry. Can they call you before four?"),
     c("Yes, please. Okay. I can breathe a bit.", None)],
    [o,
     t("I completely understand how you feel. Offer decisions aren't my department, that's the academic team."),
     c("Okay... so who do I call?", None),
     t("Great question! It's all in the Applicant Terms on our website, section 6. Did you read them when you accepted?"),
     c("I probably skimmed them. I just want to know if I'm in.", None),
     t("I understand your need for clarity. Track will update when they decide; I don't make the rules. Anything else?"),
     c("So I just wait? Should I go into Clearing somewhere else?", None),
     t("Clearing's a separate hotline, not us. Did I answer your question today?")]))

o = c("Sir, I want to improve my English speaking. Grammar I know, but in calls I get nervous and stuck.", None)
PAIRS.append(gpair(
    "b126g_delhi_spoken_english", "Spoken English institute, Delhi", "social_proof_or_deadline_pressure",
    "An accounts executive wants confidence on client calls.",
    [o,
     t("Thanks for coming. What happens in the calls when you get stuck?"),
     c("Australians talk fast, I understand late, then I make the answer in Hindi in my head first.", None),
     t("So speed is the problem, not grammar. Is there a deadline?"),
     c("Maybe three months. Office till 7. Last year one institute took 9,000 and only taught grammar, full waste.", "bad_experience"),
     t("Then grammar would waste your money again. Our 8 pm batch is role-play calls, Australian audio, 7,500. Sit in free tomorrow?"),
     c("Tomorrow 8 pm, okay. I'll come.", None)],
    [o,
     t("Very good, sir, confidence is everything. What is your goal?"),
     c("Client calls. Australians, they speak fast and I get nervous.", None),
     t("Perfect. 200 people from Gurugram offices joined last month alone. Everyone in accounts is doing this course now."),
     c("Okay, but what exactly is the course? Timings?", None),
     t("Timings we'll adjust. But the 40% discount ends 6 pm today, then it's 14,000. Shall I make the receipt?"),
     c("Today itself? I came only to ask. I want to see one class first.", "think_it_over"),
     t("Sir, only three seats left. Your colleagues didn't wait, why should you?"),
     c("Then let them fill. I am going.", None)]))

o = c("Hi, quick question. Our son's seven, just assessed as dyslexic. What would you actually do for him here?", None)
PAIRS.append(gpair(
    "b126g_bristol_prep_dyslexia", "Independent primary school, Bristol", "keyword_stuffed",
    "At an open morning a father asks about dyslexia support.",
    [o,
     t("Good question to start with. What did the assessment recommend?"),
     c("Multisensory phonics, extra time, no reading aloud in class. His school's kind but it's thirty to a class.", None),
     t("Ours are eighteen. A specialist comes two days a week; one-to-one is extra, £35 a session. Better you hear that now."),
     c("Thirty-five on top of fees. Honestly, that would stretch us.", "no_money"),
     t("Not every child needs one-to-one; group phonics is included. Send the report and our SENCo will say honestly which he'd need."),
     c("That's fair. I'll email it tonight.", None)],
    [o,
     t("Great question. Every child's journey here is about understanding unique needs and trust so they feel successful."),
     c("Sure, but practically, what happens for a dyslexic kid?", None),
     t("Absolutely. I hear you need to feel confident. Our holistic learning experience understands each child's feelings and supports success at every level."),
     c("Is there a specialist teacher or not? His last school promised support and it never came.", "bad_experience"),
     t("So what I'm hearing is you want a successful partnership. We're a needs-led community where every learner feels understood."),
     c("I've heard that at three schools now. I'll ask the head myself.", None),
     t("Wonderful! Anything else I can help you feel good about today?")]))

o = c("Hi, I'm due in November and back at work in March, can I get on the infant waitlist? Is it too late?", None)
PAIRS.append(gpair(
    "b126g_hoboken_daycare_waitlist", "Daycare center, Hoboken NJ", "rude",
    "A pregnant mother asks about the infant-room waitlist.",
    [o,
     t("Congratulations! Not too late. Which days and hours would you need?"),
     c("Full-time. I commute to Manhattan, so drop-off like 7:15. Too early?", None),
     t("We open at 7, so that's fine. Full-time infant care is $2,450 a month; the $100 deposit comes off month one."),
     c("Oof. That's more than our rent. I know, it's Hoboken, but still.", "too_expensive"),
     t("It's a lot. Some parents use a dependent care FSA from work. Would a tour help? Tuesdays and Thursdays, 5:30."),
     c("Thursday, and my husband will come too.", None)],
    [o,
     t("Yeah, you and everyone else. What do you need, the waitlist?"),
     c("Um, yes. Full-time from March, drop-off 7:15 because I commute.", None),
     t("We open at seven, it's on the website. It's $2,450 a month, and honestly you should've called months ago."),
     c("I only found out in April... is there any chance?", None),
     t("Chance, sure. Look, I've got kids here. Do you want the deposit form or not?"),
     c("I'd rather see the place first, my husband wants to see it too.", "think_it_over"),
     t("Tours are Thursdays. Don't be late, we don't wait around."),
     c("No. I think we'll look somewhere else.", None)]))
