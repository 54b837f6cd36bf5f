from common import c, rpair, t

PAIRS = []

o = c("Hi, I'm failing AP Chem, like a 58. My counselor said get a tutor. I don't really know what I need.", None)
PAIRS.append(rpair(
    "b126r_d01_miami_ap_chem", "A Miami high-school student failing AP Chemistry asks a tutoring service for help.",
    [o,
     t("Glad you reached out. When you lose points, is it the ideas, or when problems turn into numbers?"),
     c("Um... the numbers? I get what a mole is. Then there's a conversion and I panic.", None),
     t("So the chemistry makes sense; conversions and ratios are where it falls apart. How did algebra go for you?"),
     c("Not great, we had a sub most of Algebra 2. My parents can do maybe an hour a week, it's not cheap.", None),
     t("Then an hour a week on the math inside chemistry, units, ratios, rearranging, will likely move your grade faster than re-teaching the course. Bring your last test and we'll check that's right."),
     c("That makes sense. Thursday?", None)],
    [o,
     t("We can definitely help. Which unit are you on now?"),
     c("Stoichiometry, then gases. I get what a mole is, it's the problems.", None),
     t("Tough units for lots of students. Our AP Chem tutors go unit by unit with practice problems and prep for the May exam. Is an hour a week possible?"),
     c("An hour is what my parents can do. It's not cheap.", None),
     t("An hour a week, $65, with a chem specialist, starting with stoichiometry. Thursday?"),
     c("Thursday works.", None)]))

o = c("Hello, Neha from HR at a finance services firm in Noida. Our accounts team needs Advanced Excel training, around 25 people. What are your rates?", None)
PAIRS.append(rpair(
    "b126r_d02_noida_excel_training", "An HR manager asks a corporate trainer for Advanced Excel training for an accounts team.",
    [o,
     t("Happy to share rates. First, what's prompting it? A task the team struggles with?"),
     c("Month-end close takes five days. Our CFO thinks it's Excel skills. Lots of copy-paste from the ERP.", None),
     t("If it's manual copying from the ERP, Power Query, automating the import, may save more time than advanced formulas. Are all 25 doing the close?"),
     c("Actually, only about eight. The rest are AR and AP.", None),
     t("Then a two-day Power Query workshop for those eight on a masked copy of your month-end file, around 1.2 lakh. Could you send a sample so the trainer checks it fits?"),
     c("That's more targeted than I expected. Let me run it by the CFO and send the file.", "think_it_over")],
    [o,
     t("Hi Neha! Our two-day Advanced Excel covers pivots, XLOOKUP, macros and dashboards. For 25 on-site, 2.5 lakh."),
     c("The main issue is month-end close takes five days. Lots of copy-paste from the ERP.", None),
     t("Very common. Pivots and lookups speed that up, and the macros module covers automation. We'll use finance examples."),
     c("2.5 lakh is more than we planned. Any flexibility?", "too_expensive"),
     t("For 25 we can do 2.2 lakh, with a half-day follow-up. I'll send a proposal today."),
     c("Okay, send it. I'll discuss with the CFO.", "think_it_over")]))

o = c("Hiya. I've failed my test twice, both with another school. Thinking of switching to you. I just want to pass.", None)
PAIRS.append(rpair(
    "b126r_d03_sheffield_driving_retest", "A Sheffield learner who has failed the driving test twice asks a new school for help.",
    [o,
     t("That's frustrating, sorry. Have you got your test reports? What were the faults?"),
     c("First time, wrong lane on a roundabout. Second, a serious for not checking my mirror pulling out. Nervous both times.", None),
     t("So lane discipline, observation pulling away, and nerves. All fixable. Did your old instructor do mocks on the test routes?"),
     c("Not really, we drove round my area. Test's in five weeks, at Handsworth.", None),
     t("Then an assessment lesson, lessons on the Handsworth roundabouts, and two full mock tests under pressure. Probably 8 to 10 hours. Book the assessment this week?"),
     c("Yeah. That sounds like an actual plan.", None)],
    [o,
     t("Sorry to hear that. What do you think went wrong?"),
     c("Roundabouts the first time, then a mirror thing pulling out. I get really nervous.", None),
     t("Nerves are really common. Our instructors are calm and our pass rate is good. I'd recommend our 20-hour refresher, £640."),
     c("Twenty hours? My test's in five weeks, I can't fit that in.", "no_time"),
     t("It's doable, four hours a week, with a mock test at the end."),
     c("Okay. Go on then, book me in.", None)]))

o = c("Hi, I need daycare for my son, eighteen months. I work night shifts at a hospital, so my timings are strange.", None)
PAIRS.append(rpair(
    "b126r_d04_bangalore_nightshift_daycare", "A nurse on night shifts in Bengaluru looks for daycare for her toddler.",
    [o,
     t("Thanks for telling me upfront. What are your shifts, and who's with him now?"),
     c("Eight pm to eight am, four nights. My mother-in-law helps but she's going back to Kerala. I sleep nine to three.", None),
     t("So you need him cared for while you sleep, nine to three, four days, not full-day. Our half-day with lunch runs till 3:30, and we can pick him up if you're within 3 km."),
     c("Pickup would help so much. But honestly the full-day fee I saw online is beyond us.", "no_money"),
     t("Half-day is 9,500 a month, pickup 1,500 more. Come with him one afternoon after you wake, say 3:30, and see the room?"),
     c("Thursday after three. I thought no one would fit my timings.", None)],
    [o,
     t("We have flexible plans. Full-day is 8:30 to 6:30, and there's half-day. What timings were you thinking?"),
     c("I work eight pm to eight am, four nights. I sleep in the day, nine to three.", None),
     t("Then full-day gives most flexibility: drop him after shift, pick up when ready. It's 15,500 a month."),
     c("That's too much for us, honestly.", "no_money"),
     t("Half-day is 9,500, 8:30 to 1. You could try that. Would you like to visit?"),
     c("I sleep till three though. I'll visit some day.", "brush_off")]))

o = c("Hello. I am from Vietnam. I want learn English to pass citizenship test. My interview is in two month.", None)
PAIRS.append(rpair(
    "b126r_d05_san_diego_citizenship_esl", "A Vietnamese nail-salon worker in San Diego asks an ESL school about citizenship interview prep.",
    [o,
     t("Welcome, and congratulations. Have you studied the civics questions already?"),
     c("Yes, with my daughter. Questions I know. But officer talk fast, I don't understand. And writing sentence, I worry.", None),
     t("So civics is done; listening and writing are the worry. Honestly, our general course is twelve weeks, too long. The library runs a free citizenship class Saturdays. Ours is six weeks, $240, with mock interviews."),
     c("Free one, in library? Is it good?", None),
     t("Good for civics and writing. Ours has more mock interviews with different voices. Try the free one; if listening is still hard after two weeks, join ours."),
     c("Okay. Thank you, you are very honest.", None)],
    [o,
     t("Welcome! Our citizenship class is six weeks, twice a week, $240: civics, reading, writing and the interview."),
     c("Civics I know already, I study with my daughter. Listening is problem.", None),
     t("Then the interview practice will help you most. Teachers do role-plays every class."),
     c("$240 is a lot for me, I work nail salon part-time.", "no_money"),
     t("We have a plan: $120 now, $120 in three weeks. Classes start Monday."),
     c("Okay, I think I can do.", None)]))

o = c("Hi, calling from Chennai. I finished class 12 with 78% in CBSE. I want Computer Science in London. Do I need the foundation year?", None)
PAIRS.append(rpair(
    "b126r_d06_london_cs_foundation", "A student in Chennai asks a London university's international office about entry to Computer Science.",
    [o,
     t("Good question. 78% overall is borderline for us. What did you get in Maths and English?"),
     c("Maths 85, English 72. My parents worry, foundation is one more year of fees and rent.", None),
     t("With that Maths you may get direct entry if your IELTS is 6.5; otherwise foundation. I'd rather not guess. Email your marksheet for a free pre-assessment; it comes back in ten working days, before any application fee."),
     c("Oh, that's good. No fee for that?", None),
     t("No fee. And if it's foundation, I'll send the full cost so your parents can compare fairly."),
     c("Okay. I'll send it tonight.", None)],
    [o,
     t("With 78% you'd usually do our International Foundation Year. It's great preparation, and students progress straight to year one."),
     c("One more year of fees and London rent? My parents will say it's too costly.", "too_expensive"),
     t("I understand. Foundation is £19,500, with a £2,000 scholarship if you apply before March."),
     c("Can I get direct entry instead?", None),
     t("Possibly, with IELTS 6.5 and strong Maths. Apply to both and see which offer you get. The fee is £25."),
     c("Okay, I'll apply.", None)]))

o = c("Good afternoon. We move from Pune to Kolkata in October. Daughter is in class 6, ICSE. Mid-year admission is possible? Or just email me the forms.", "brush_off")
PAIRS.append(rpair(
    "b126r_d07_kolkata_midyear_transfer", "A father relocating from Pune asks a Kolkata ICSE school about mid-year admission.",
    [o,
     t("It's possible, we have a seat, and I'll email the forms. How is she feeling about the move?"),
     c("Not happy, leaving her friends. And she had Marathi as second language, here it'll be Bengali or Hindi.", None),
     t("So settling in, and switching language halfway. Has she done Hindi before? New mid-year students also get a buddy for the first month."),
     c("Till class 4, yes. That's a relief. Fees for the half year?", None),
     t("Tuition from October, admission fee 25,000. When you come to see flats, could she visit and meet her class teacher?"),
     c("We come on the 14th. Yes, let's do that.", None)],
    [o,
     t("Yes, there's a seat in class 6. You'll need the transfer certificate, report card and birth certificate. Admission fee 25,000, tuition from October."),
     c("Okay. She did Marathi as second language. Here?", None),
     t("Hindi or Bengali. Most new students take Hindi, and the teacher helps them catch up."),
     c("She did Hindi till class 4. Fine. She's not happy about moving, though.", None),
     t("That's normal, children adjust quickly. I'll email the forms."),
     c("Yes, please email.", None)]))

o = c("Hi, yeah, I need after-school care for my son, Marcus, he's nine. His old program, uh, asked us to leave. Behavior stuff.", None)
PAIRS.append(rpair(
    "b126r_d08_columbus_afterschool", "A single father in Columbus, Ohio, needs a new after-school program for his nine-year-old.",
    [o,
     t("Thanks for telling me straight. What were they seeing, and when?"),
     c("Around four, four-thirty he'd get restless, shove kids, mouth off. He's fine at school. The old place was homework then screens.", None),
     t("So late afternoon sitting still is where it went wrong. We do an hour outside or in the gym before homework. Does he play any sport?"),
     c("Basketball, loves it. Can't do league fees right now, though.", None),
     t("We run a free basketball club Tuesdays and Thursdays. Two-week trial, and I'll call you after week one to say how it's going?"),
     c("Yeah. That's fair. When can he start?", None)],
    [o,
     t("We'd be glad to have him. We run 3 to 6:30, homework help, snack and activities, $95 a week."),
     c("His old program said he got restless around four. He's fine at school.", None),
     t("We have a clear behavior policy with positive reinforcement, and gym time most days."),
     c("Gym helps, he loves basketball. $95 a week is steep on my own, though. Snack included?", "too_expensive"),
     t("Yes. He can start Monday once the forms are in."),
     c("Okay, I'll do it.", None)]))

o = c("Hi, HR at a call centre in Salford, about 200 staff. Stress absence is way up. Is Mental Health First Aid training the answer?", None)
PAIRS.append(rpair(
    "b126r_d09_salford_mhfa", "An HR manager at a Salford call centre asks a trainer about Mental Health First Aid courses.",
    [o,
     t("Honestly, it helps but it's rarely the whole answer. Do you know what's driving the absence?"),
     c("Exit interviews say targets, and the new call-monitoring system. People feel watched.", None),
     t("First aiders can spot people struggling and signpost, but they won't change targets. I'd train about 12, one per team, and take the absence data to leadership too. Would a short note on that help?"),
     c("It would. Leadership want a quick fix, to be honest. Budget's about five grand.", None),
     t("Twelve on the two-day course in-house is about £3,600. Quote and note by Wednesday, and I can join a call with your ops director."),
     c("Let's do that.", None)],
    [o,
     t("Definitely. MHFA is one of the best ways to support wellbeing. The two-day course qualifies staff as first aiders."),
     c("The absence is mostly targets and the new monitoring system, exit interviews say.", None),
     t("Common in call centres. Trained first aiders give people someone to talk to. For 200 staff, about 12."),
     c("Okay. Budget's about five grand.", None),
     t("Twelve in-house is £3,600, within budget. I'll send a quote today."),
     c("Great, thanks.", None)]))

o = c("Sat sri akal. I am staff nurse, an agency offers me a job in Germany. They say I need German B2. I know zero German.", None)
PAIRS.append(rpair(
    "b126r_d10_chandigarh_german_nurse", "A nurse in Chandigarh needs German to B2 for a job in Germany.",
    [o,
     t("Sat sri akal! Big opportunity. Did the agency give a deadline, and do they pay for the course?"),
     c("Start within a year. They pay 50% after I clear B1. I do rotating hospital shifts.", None),
     t("Honestly, zero to B2 usually takes ten to twelve months of steady study. Our online batches repeat morning and evening, so you switch with your shift. Would that work?"),
     c("Switching helps. But a year of fees before I get anything back...", "no_money"),
     t("You pay level by level, A1 is 12,000, never the whole year upfront. Try A1 and see if the pace suits. Next batch is the 5th."),
     c("Level by level is okay. I'll join A1.", None)],
    [o,
     t("Sat sri akal! Many Punjab nurses go to Germany. Our A1 to B2 package is 55,000 with exam prep."),
     c("I do rotating shifts. Is it possible?", None),
     t("Yes, morning and evening batches. Most nurses finish B2 in eight to ten months."),
     c("55,000 at once is hard for me. Agency pays half only after B1.", "no_money"),
     t("You can pay per level, A1 is 12,000. Start A1 on the 5th?"),
     c("Okay, A1 first.", None)]))
