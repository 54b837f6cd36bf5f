from common import c, gpair, t

PAIRS = []

o = c("Hello madam, my daughter wants your NEET long-term batch. But hostel is first time for her, so I'm having some worries.", None)
PAIRS.append(gpair(
    "b126g_chennai_neet_hostel", "NEET coaching centre with hostel, Chennai", "ignored_customer",
    "A father asks about the residential batch; his daughter has never lived away.",
    [o,
     t("That's natural, sir. What worries you most?"),
     c("Safety. And food, she is pure veg, no onion-garlic. My nephew was in a Kota hostel, he fell sick from the food every month.", "bad_experience"),
     t("Understood. Girls' hostel is on campus, woman warden, CCTV. There's a Jain-style counter; I'll confirm it runs daily, not only some days."),
     c("And phone? Some places take it fully.", None),
     t("Phones are returned 8 to 9:30 pm daily, so she can call you. Come Saturday and eat in the mess yourself?"),
     c("Saturday I can come. Fees we will decide after seeing.", "think_it_over")],
    [o,
     t("Welcome, sir! Tell me, what are your main concerns?"),
     c("Safety. And food, she is pure veg, no onion-garlic. She gets homesick also.", None),
     t("Very good. Our long-term batch had 412 selections last year, weekly All-India mocks. Fee is 2.8 lakh with hostel."),
     c("2.8 is heavy for us, but okay. The food, madam, no onion-garlic is there?", "no_money"),
     t("Food is very good. Study is 6 am to 10 pm and phones are collected fully. Anything else?"),
     c("Fully collected? She cannot call us? I told you she gets homesick.", None),
     t("Students adjust in one week. Shall I block a seat with 25,000 advance?"),
     c("No. I'm not sending her where nobody listens.", None)]))

o = c("Hello. I want English course, evening. Boss say I can be manager, but I need better English for interview and reports.", None)
PAIRS.append(gpair(
    "b126g_glasgow_esol_evening", "English language school, Glasgow", "repeated_questions",
    "A Polish team leader needs English for a promotion.",
    [o,
     t("Hello, welcome. Good news about the promotion. When is the interview?"),
     c("In two month, June maybe. Speaking is okay, writing is bad. Emails, reports, I use Google Translate always.", None),
     t("So writing emails and reports is the main thing, before June. Which evenings can you come?"),
     c("Shifts. Tuesday and Thursday only.", None),
     t("First a free level test. Our Business Writing class is Tuesday and Thursday 6:30, £180 for eight weeks. Test Thursday at 6?"),
     c("Thursday 6 yes. £180 is much for me now. Is possible pay two times?", "no_money"),
     t("Yes, two payments of £90. See you Thursday.")],
    [o,
     t("Hello! Welcome. So tell me, what are your goals with English?"),
     c("Interview for manager, June. And writing reports, emails. Writing is bad.", None),
     t("Great. And what would you say you want to achieve with your English?"),
     c("I say already. Writing. Reports. For the job.", None),
     t("Of course. And just so I understand your needs, what's the main reason you're looking at a course?"),
     c("I say three times. You don't listen. I go to the college.", None)]))

o = c("Hi, so, we promoted six engineers to managers, and two of their teams have had people quit. Not sure it's a training problem yet.", None)
PAIRS.append(gpair(
    "b126g_seattle_new_manager_training", "Leadership training firm, Seattle", "wrong_paraphrase",
    "An HR manager seeks help for six new engineering managers.",
    [o,
     t("Fair to be unsure. What did the people who quit say on the way out?"),
     c("Two said their manager never did one-on-ones. One said feedback only came at review time, as a surprise.", None),
     t("So no regular one-on-ones and feedback saved for reviews. Do the managers have time for one-on-ones, or are they still coding?"),
     c("Still coding like eighty percent. Budget's around fifteen grand, and I'd need to justify it to the VP.", None),
     t("Then training alone won't fix it. Two half-days on one-on-ones and feedback, about $9,000, and a proposal that names the workload issue for your VP?"),
     c("Yeah, that'd actually help with the VP. Send it.", None)],
    [o,
     t("So what I'm hearing is your managers lack executive presence and you want a leadership transformation. Is that right?"),
     c("Not really. The people who left said there were no one-on-ones and feedback was a surprise.", None),
     t("Got it, so communication is broken company-wide and you need our 12-week Leadership Accelerator. Did I understand you correctly?"),
     c("No, it's six people. And I said I'm not sure it's training. They're coding eighty percent of the time.", None),
     t("Right, so budget isn't an issue if it fixes retention. The Accelerator is $42,000. Shall I send the contract?"),
     c("I never said that. Fifteen grand is the ceiling, full stop.", "no_money")]))

o = c("Hi, it's Priya, Arjun's mum. The 11+ results came... he didn't get in. He's been crying all morning and honestly so have I.", None)
PAIRS.append(gpair(
    "b126g_birmingham_11plus_results", "11+ tutoring centre, Birmingham", "pitch_to_upset",
    "A mother calls the morning her son failed the 11+.",
    [o,
     t("Oh, Priya, I'm so sorry. That's a hard morning for you both. How is Arjun right now?"),
     c("In his room. He keeps saying he let us down. I don't know what to say to him.", None),
     t("Would it help if his tutor, Mrs Hale, rang him later, just to say she's proud of him? No lessons, nothing like that."),
     c("That would mean a lot. Everyone keeps asking about appeals and I can't think about that.", None),
     t("Then no appeals today. In a week or two, if you want, I'll explain the options. I'll ask her to call at four. Okay?"),
     c("Four is fine. Thank you. Really.", None)],
    [o,
     t("Oh no, I'm so sorry, I really understand how you feel. The good news is, this isn't the end!"),
     c("He keeps saying he let us down. I don't know what to say to him.", None),
     t("I hear you. What he needs now is a win, and our 11+ Appeal Booster is made for this: six intensive sessions, £420."),
     c("I'm not ringing to buy anything. I just wanted you to know.", "no_need"),
     t("Totally. But appeals close in 20 days, so it's about securing his future. Lots of families also move on to our GCSE Head Start."),
     c("He's ten and he's crying. Please stop. Take us off your list.", None)]))

o = c("hi my 7am lesson today instructor never came. waited 40 min at the gate. this is second time", None)
PAIRS.append(gpair(
    "b126g_mumbai_driving_noshow", "Driving school, Mumbai", "blame",
    "A student's instructor missed her 7 am lesson.",
    [o,
     t("I'm really sorry, waiting 40 minutes at 7 am is not okay, and twice is worse. Can you share your booking ID?"),
     c("DS-20417. it was my last lesson before RTO test on saturday", None),
     t("It was confirmed, so this is our fault, his schedule wasn't updated. Priority is a lesson before Saturday, right?"),
     c("yes. tomorrow college till 2", None),
     t("Tomorrow 4 pm or Friday 7 am with another instructor, free, and today's lesson credited back. Which one?"),
     c("friday 7. but if this happens again im asking refund honestly", None),
     t("Fair. I'll confirm the instructor Thursday evening and give you my direct number.")],
    [o,
     t("Hi, sorry for the inconvenience! Can you share your booking ID so I can understand your experience?"),
     c("DS-20417. it was my last lesson before RTO test on saturday", None),
     t("I see it. Did you reconfirm 12 hours before? The app clearly asks, so the instructor may have thought you cancelled."),
     c("there was no such message. i got confirmation last week", None),
     t("It's in notifications, many students turn alerts off. And was it the main gate? Instructors use the side gate."),
     c("i waited where i always wait. so its my fault now?", None),
     t("Not fault exactly, just double-check next time. Anything else I can help with?"),
     c("yes a refund. im done with this school", "bad_experience")]))

o = c("Hi, my daughter is a junior, likes biology, and honestly I don't understand the US application system. I studied in India.", None)
PAIRS.append(gpair(
    "b126g_boston_admissions_consulting", "College admissions consultancy, Boston", "monologue",
    "An India-educated father asks about US college applications.",
    [o,
     t("A very common spot, and the system is confusing. What is she thinking herself, and what would you want help with?"),
     c("Pre-med maybe. Grades are good, 3.9. My worry is essays, these extracurriculars. In India it was only the entrance exam.", None),
     t("So a strong student, and the unfamiliar parts are essays and activities. Does she want help, or is it more your worry right now?"),
     c("Ha. Mine. She says she's fine. And your packages look expensive online.", "too_expensive"),
     t("Fair. She may need little. One 90-minute session with both of you, $250: her timeline, and the system explained. If that's enough, stop there."),
     c("That's reasonable. Let me ask her tonight.", "think_it_over"),
     t("Sure. I'll email two slots next week; reply with one if she's in.")],
    [o,
     t("Great question, you're in the right place! Admissions are holistic: grades, tests, essays, activities, recommendations. Our Ivy Path covers it all: 40 hours of coaching, essays, a summer research placement, interview prep. 80% of our students got into a top-30 school last year."),
     c("Okay, that's... a lot. She's thinking pre-med, and—", None),
     t("Pre-med, perfect, research is crucial, our partner labs are ideal. Most families start sophomore year, so she's behind. Ivy Path is $14,500, with a payment plan and a dedicated counselor."),
     c("Fourteen thousand? I only wanted to understand how it works.", "too_expensive"),
     t("Totally, and understanding is what the program gives you! Plus SAT strategy and parent webinars."),
     c("Sorry, I have to go. Just email me something.", "brush_off")]))

o = c("Hi, I gave IELTS once, overall 6 but writing 5.5. For Canada I need 6.5 in each. Can you help?", None)
PAIRS.append(gpair(
    "b126g_jaipur_ielts_writing", "IELTS coaching centre, Jaipur", "closing_as_open_question",
    "A graduate needs band 6.5 in writing for Canada.",
    [o,
     t("Likely, yes. Do you know what went wrong in writing, task 1 or task 2?"),
     c("Task 2, I ran out of time, wrote only 200 words. I did a crash course at another centre, they just gave PDFs.", "bad_experience"),
     t("So it may be timing in task 2, more than English. And PDFs won't fix timing. When's your next test?"),
     c("Not booked. Exam fee is 17,000, so I want to be ready first.", None),
     t("Sensible. Write one timed task 2 essay here today, free; a trainer tells you the likely band. Then decide on our writing batch."),
     c("Today? Okay, I have time now.", None)],
    [o,
     t("Welcome! Tell me, what would you need to see today to join our batch?"),
     c("I just want to understand where my writing goes wrong.", None),
     t("Absolutely. So which batch works better for you, morning or evening, so I can lock your seat?"),
     c("I haven't decided anything. What's the fee?", "think_it_over"),
     t("Full course is 14,500. How would you like to pay, UPI or card?"),
     c("Full course? I only need writing. Speaking and reading I already got 7.", "no_need"),
     t("I hear you. What's stopping you from starting with us this Monday?"),
     c("You are stopping me. I will think about it.", "think_it_over")]))

o = c("Morning. Both our first-aiders left last month, so we're not covered on nights. I need people trained, fairly quickly.", None)
PAIRS.append(gpair(
    "b126g_cardiff_first_aid_training", "Workplace first aid training provider, Cardiff", "pitch_as_paraphrase",
    "A warehouse manager needs new first-aiders.",
    [o,
     t("That's urgent then. How many shifts, and how many per shift?"),
     c("Days thirty-odd, nights about twenty. Nights is the gap. Mostly forklifts.", None),
     t("So both shifts need cover, nights first, in a forklift setting. Could two per shift do the three-day First Aid at Work?"),
     c("Three days off the floor for four people in peak season? That's a stretch.", "no_time"),
     t("Then two night staff do the three-day now, two day staff a one-day course till January, on-site Saturdays. Quote today?"),
     c("Saturdays would work. Send it.", None)],
    [o,
     t("Morning! Tell me a bit about your situation."),
     c("Nights about twenty people, mostly forklifts. That's where we've got nobody.", None),
     t("So what you need is our Safety Bundle: first aid, fire marshal and mental health first aid for ten staff, £3,900. Is that right?"),
     c("No, I need first aid, that's all. Maybe four people.", "no_need"),
     t("Got it, so what you're saying is four people plus fire marshal cover per shift, which the Bundle gives you. Shall I book that?"),
     c("Fire marshal? I never mentioned fire. I'll ring somebody else.", None)]))

o = c("Hey, I want to sign up my son for driver's ed. He's fifteen. Just the basic thing so he can get his learner permit.", None)
PAIRS.append(gpair(
    "b126g_houston_drivers_ed", "Driving school, Houston TX", "upsell_as_loop_closing",
    "A mother signs her 15-year-old up for driver's ed.",
    [o,
     t("Sure. Has he done any of the classroom part yet?"),
     c("Zero. And he plays football, so weekday afternoons are out till November.", None),
     t("Classroom hours can be online at his own pace, $120; in-car can wait till after season. Will he do it alone?"),
     c("Online's fine if I can see his progress. He'll procrastinate.", None),
     t("There's a parent login showing his hours. I'll send the sign-up link. Anything else you want to check before you pay?"),
     c("Nope, that's it. Thanks.", None)],
    [o,
     t("Awesome! So the $120 online course. What else can I add for him today? Most families add defensive driving."),
     c("No, just the basic for now.", "no_need"),
     t("Totally! Anything else I can do for you, like our 14-lesson in-car bundle at $650, before we wrap up?"),
     c("He plays football, afternoons are out. In-car can wait.", "no_time"),
     t("Of course. And to make sure we've covered everything, add the road-test car rental for $75 and the permit prep pack?"),
     c("This is adding up fast. I said basic.", "too_expensive"),
     t("Absolutely! So to close the loop, basic plus the prep pack, and anything else?"),
     c("Just the basic. Nothing else.", "no_need")]))

o = c("Hi there, my daughter's three in August, we'd use the funded hours. Could you just email me your prices?", "brush_off")
PAIRS.append(gpair(
    "b126g_edinburgh_nursery_funded", "Private nursery, Edinburgh", "leading_tag_questions",
    "A part-time working father asks about funded hours.",
    [o,
     t("Happy to. So I send the right ones: which days would you need, term-time or all year?"),
     c("Mondays to Wednesdays. Term-time is fine, my partner's a teacher.", None),
     t("Then term-time, three days, could be almost fully funded; just lunch and snacks charged. Is she used to being away from you?"),
     c("A bit, with her granny. She's shy at first. Is there outdoor stuff? She lives outside.", None),
     t("We're outside twice a day, rain or not. I'll email prices tonight. Would she like to visit for an hour?"),
     c("Yeah, she would. Is next Tuesday possible?", None)],
    [o,
     t("Sure! You'll want full-time all-year, won't you? Most working parents do."),
     c("Not really. I work Monday to Wednesday, and my partner's a teacher, so term-time's fine.", "no_need"),
     t("But all-year is better for continuity, isn't it? Kids settle better."),
     c("Is it? That's paying for weeks we don't need.", "no_need"),
     t("You'd agree the extra enrichment is worth it though, wouldn't you? She'll love French and yoga."),
     c("She's three. I mainly wanted to know about outdoor play.", None),
     t("Outdoor's great. So all-year makes sense, doesn't it?"),
     c("Let me talk to my partner first.", "think_it_over")]))
