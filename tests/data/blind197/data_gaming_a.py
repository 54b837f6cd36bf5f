"""Gaming pairs a01-a10 of blind197 (hand-written)."""
from common import c, gpair, t

PAIRS = []

# 1 monologue
_open = c("Hello, I'm calling from Kulkarni Auto Components in Chakan. We were told you do sales training for field teams?", None)
PAIRS.append(gpair(
    "b197g_pune_field_sales_training", "corporate sales training provider, Pune", "monologue",
    "HR manager of an auto-parts maker asks about training for engineers who sell and keep giving discounts.",
    [
        _open,
        t("Yes, we do. Before I tell you about anything, can I ask what's made you look for training right now?"),
        c("Honestly our reps are good with the product, they're engineers mostly. But they're losing orders to a Chinese supplier on price and they just... give discounts.", None),
        t("So they know the parts well, but when a buyer pushes on price they go straight to a discount. How many reps are we talking about, and where are they based?"),
        c("Fourteen. Spread across Pune, Nashik, Aurangabad. Getting them all in one room is a headache, I'll tell you that.", None),
        t("Fourteen across three cities. Would two half-days in Pune work, or does it have to be something they do from the road?"),
        c("Half-days could work, maybe on a Saturday. But I'll be honest, last year we had a trainer from Mumbai, very slick, all role plays, and nothing changed after two weeks.", "bad_experience"),
        t("That's fair to raise. What would have to be different this time for you to call it worth it?"),
        c("Something with follow-up. Someone checking in on actual deals after.", None),
        t("Then I'd suggest a short call with our trainer Anil, who works with engineering sales teams. He can propose two half-days on price negotiation plus four weekly calls on live deals, and you decide after seeing the outline. Does Thursday suit you?"),
        c("Thursday afternoon is fine. Send me the invite.", None),
    ],
    [
        _open,
        t("Wonderful, thank you for calling! So let me tell you about our experience. We've trained over four hundred sales teams across Maharashtra. Our flagship programme is the Sales Success Accelerator, a three-day immersive experience with role plays, our own SPARK model, and a relationship-selling module that really transforms how reps meet customer needs."),
        c("Okay, but our issue is mostly—", None),
        t("Absolutely, and that's exactly what SPARK addresses. S is situation, P is pain, A is aspiration, R is relationship, K is keep in touch. Every rep gets a workbook, a certificate and lifetime access to our video library. And day three is a full outdoor team-building experience at our Lonavala venue."),
        c("Lonavala. All fourteen of them for three days? I can't pull them off the road for three days, it's month-end orders.", "no_time"),
        t("I hear you, many clients feel that at first. But what I'm hearing is you value your team's growth, and that's what it's all about. The investment is just 18,500 per participant, lunch and high tea included. So what are your thoughts?"),
        c("My thoughts are you haven't asked me one thing about our team. Send me the brochure, I'll see.", "brush_off"),
        t("Of course! I'll also include our case studies and the SPARK e-book. Anything else I can help you with today?"),
        c("No. Thanks.", None),
    ],
))

# 2 closing_as_open_question
_open = c("Hi, I see your advert for English courses. I work in care home and my manager says I need better English for to become senior carer.", None)
PAIRS.append(gpair(
    "b197g_leeds_english_for_carers", "adult English language school, Leeds", "closing_as_open_question",
    "Polish care worker on rotating shifts needs better written English to be promoted to senior carer.",
    [
        _open,
        t("Thanks for coming in. What parts of English does the senior role need most: talking to families, writing care notes, something else?"),
        c("Writing, mostly. Care plans, incident reports. Speaking is okay, I talk all day with residents. But writing I am slow and I make mistakes, my manager corrects everything.", None),
        t("So speaking's fine day to day, but notes and reports are slow and get corrected. What hours do you work?"),
        c("Shifts, is changing every week. Sometimes night. I cannot come same evening each week.", None),
        t("That makes a fixed class hard. We have a writing-for-work course that's mostly online, with a tutor marking your pieces, and an optional drop-in on Saturdays. It's 180 pounds for ten weeks. Would something like that fit round your shifts?"),
        c("Maybe. But 180 is a lot for me now, I send money home every month.", "no_money"),
        t("Understood. Two things worth checking: some care homes pay for this from their training budget, and if you've lived here three years you may get a free place at the college. Would you ask your manager about funding first? I can write a short note of what the course covers for her."),
        c("Yes, this is good idea. She likes paper, she will want to see it.", None),
        t("I'll print it now. And if the funding doesn't come through, come back and we'll look at a shorter option."),
    ],
    [
        _open,
        t("Welcome! Great question. What would it take for you to start with us this week?"),
        c("I don't know... first I want to know which course is right. I need writing, for care reports.", None),
        t("Perfect, so what I'm hearing is writing is your need. Our General English Intensive covers all of that. Which start date works better for you, Monday the 3rd or Monday the 10th?"),
        c("Intensive is every morning? I work shifts, sometimes night. I cannot come every morning.", "no_time"),
        t("Lots of our learners work shifts and they make it work. How would you like to pay the deposit today, card or bank transfer?"),
        c("How much is it?", None),
        t("It's 640 for the term, but with a 100 pound deposit today it's locked in. What's stopping you from securing your place right now?"),
        c("640 pounds. No, I must talk with my manager first, maybe the home pays something.", "think_it_over"),
        t("Of course. And when you speak to her, what's the one thing that would make you say yes today?"),
        c("I said, I must talk with her. Bye.", "think_it_over"),
    ],
))

# 3 pitch_as_paraphrase
_open = c("Hi, I'm looking at your data analytics course. I'm 44, in logistics ops, is it too late for me or not?", None)
PAIRS.append(gpair(
    "b197g_singapore_data_analytics_switch", "data analytics bootcamp, Singapore", "pitch_as_paraphrase",
    "Logistics operations supervisor spends evenings building reports by hand and wonders about a data course.",
    [
        _open,
        t("Not too late at all, we have a fair few learners in their forties. Can I ask what you're hoping the course will do for you, a new job or using data in the job you have?"),
        c("Aiyah, that one I also not sure. My company is putting in a new warehouse system, lots of dashboards. My boss keeps asking me for reports and I'm doing everything in Excel by hand until midnight.", None),
        t("So right now it's the reports eating your evenings, and you're not certain about a full career switch. How comfortable are you with Excel beyond the basics, pivot tables, lookups?"),
        c("Pivot table can. Lookups so-so. Coding never touch before.", None),
        t("Then the full-time bootcamp is more than you need right now. Our part-time Power BI and SQL course is twelve Saturday mornings and works straight on reporting. It's 3,200, and SkillsFuture credit can cover part of it. Does that sound closer?"),
        c("Closer, yes. My credit only got about 1,000 left, so the rest I pay myself. Let me check with my wife first.", "think_it_over"),
        t("Makes sense. If it helps, come to the free taster on Saturday, see the actual dashboards we build, and check your credit balance on the portal before deciding. Shall I put your name down?"),
        c("Okay, Saturday can. Put me down.", None),
    ],
    [
        _open,
        t("Great to have you! Can I ask, what does success look like for you in your career?"),
        c("Success... I just want to stop doing reports by hand until midnight. My company got a new warehouse system, boss wants dashboards.", None),
        t("Right, so what you need is a complete career reset, and our Full-Time Data Science Immersive at 11,900 is exactly that, is that right?"),
        c("Full-time? No lah, I have a job. I said I just want to do the reports faster.", "no_need"),
        t("Absolutely, I understand. So what I'm hearing is you want to future-proof yourself with AI and machine learning, which is the Immersive plus our AI Add-on, correct?"),
        c("I never say AI. You're not listening. 11,900 for what I need is crazy money.", "too_expensive"),
        t("Let me make sure I understand you correctly: you're looking for the best investment in yourself, and that's the Immersive on our instalment plan, 495 a month. Does that capture it?"),
        c("No, it doesn't capture anything. I'll ask the polytechnic, they got part-time.", "no_need"),
    ],
))

# 4 upsell_as_loop_closing
_open = c("Hiya, I'm ringing to enrol on the CIPD Level 5 in People Management. The September intake, online.", None)
PAIRS.append(gpair(
    "b197g_manchester_cipd_enrolment", "professional HR qualification provider, Manchester", "upsell_as_loop_closing",
    "HR advisor at a housing association, funded by her employer's levy, rings to enrol on an online course.",
    [
        _open,
        t("Lovely, happy to help with that. Before we do the forms, is your employer paying, or are you funding yourself?"),
        c("Work's paying, through the apprenticeship levy I think. My manager sorted that bit, I just need to get myself registered.", None),
        t("Great. Levy-funded goes through a slightly different route, so I'll need your employer's name and the contact who signed it off. Have you got those handy?"),
        c("Yeah, Northway Housing, and it's Priya Shah in L&D.", None),
        t("Thanks. One thing to check: the online route has live sessions on Tuesday evenings, six till eight. Does that work with your hours?"),
        c("Tuesdays are a bit iffy, I do a late at the office some weeks. Are they recorded?", None),
        t("They are, all of them, and you can catch up within the week. You'd just need to make at least half of them live for the group work. Is that doable?"),
        c("Half's fine. Go on then, let's get it done.", None),
        t("Brilliant. I'll email you the registration link and copy Priya so the levy side goes through. Anything you're unsure about before I send it?"),
        c("No, that's it. Cheers.", None),
    ],
    [
        _open,
        t("Fantastic, let's get you started on your success journey. So that's Level 5 online, September. What else can I add for you today to make it a complete experience?"),
        c("Erm, nothing, I just need the course. Work's paying through the levy.", None),
        t("Perfect. And just to close the loop, would you like our Assignment Success Pack? Model answers and a tutor review of each draft, 295 on top."),
        c("Does the levy cover that?", None),
        t("That one's self-funded, unfortunately. What else would round things off for you, the printed textbook bundle at 140 or the Exam Confidence coaching?"),
        c("I don't need textbooks, I thought it was all online. I'll pass on the extras, honestly.", "no_need"),
        t("Of course. And before we wrap up, is there anything else you need? Most of our learners also take the CIPD membership upgrade through us, only 49 a year extra."),
        c("I'm already a member, I've been a member three years. Can you just do the registration?", "no_need"),
        t("Absolutely. Anything else at all I can add for you?"),
        c("No! Just the course. Please.", "no_need"),
    ],
))

# 5 leading_tag_questions
_open = c("Hi, I'm the HR lead at a fintech, around 80 people. We need some kind of learning platform, mainly for onboarding and the POSH compliance training.", None)
PAIRS.append(gpair(
    "b197g_bengaluru_fintech_learning_platform", "HR learning platform vendor, Bengaluru", "leading_tag_questions",
    "HR lead of a growing fintech needs to prove POSH training completion to auditors and cut onboarding time.",
    [
        _open,
        t("Thanks. How are you handling onboarding and POSH training today?"),
        c("Onboarding is a Google Drive folder and me on a Zoom call every other Monday. POSH we did in person last year, but half the joiners since then haven't done it, and the auditors flagged it.", None),
        t("So the urgent bit is showing the auditors who has completed POSH, and onboarding is more of a drain on your time. How many new joiners a month, roughly?"),
        c("Six, seven. We're hiring a lot in engineering.", None),
        t("At that size our Starter plan is probably enough: course tracking, completion reports you can export for audit, and a ready POSH module in English and Kannada. It's 220 rupees per user a month. Before you decide, would it help to trial it for two weeks with your last twenty joiners?"),
        c("Trial is fine. Pricing I'll have to take to my CFO, he signs anything recurring.", "think_it_over"),
        t("Fair. I'll send a one-page comparison against the time you spend now, so you've something to show him. Shall we set the trial up for Monday?"),
        c("Monday works.", None),
    ],
    [
        _open,
        t("Wonderful. You'll want a platform that grows with you, won't you?"),
        c("I suppose. Right now it's mostly about POSH completion, the auditors flagged it.", None),
        t("Absolutely, compliance is huge. And you'd agree a fintech like yours deserves an enterprise-grade solution, wouldn't you?"),
        c("Enterprise-grade for 80 people? I'm not sure we need all that.", "no_need"),
        t("But you're scaling fast, aren't you? So the Enterprise plan with AI learning paths makes sense, doesn't it? It's 650 a user."),
        c("650 a user a month? That's way above anything we pay for a tool. Our Slack costs less.", "too_expensive"),
        t("Quality costs a little more, doesn't it? And you wouldn't want the auditors coming back, would you?"),
        c("Don't use the auditors on me. Send the pricing sheet, I'll compare it with two others.", "think_it_over"),
        t("Sure. You'll come back to us though, won't you?"),
        c("We'll see.", "brush_off"),
    ],
))

# 6 putdown_question
_open = c("Hi. I got my mock back for Financial Reporting. Thirty-one percent. I did every lecture, I don't get what's going wrong.", None)
PAIRS.append(gpair(
    "b197g_glasgow_acca_mock_result", "ACCA exam tuition provider, Glasgow", "putdown_question",
    "Working ACCA student who studies on the train failed a mock and wants to know what to do.",
    [
        _open,
        t("That's a hard result after putting the hours in, I'm sorry. Can you tell me where the marks went: the consolidation question, the theory, running out of time?"),
        c("Time, mostly. I didn't finish question three at all. And the group accounts one, I knew the method but I made a mess of the goodwill.", None),
        t("So two things: you ran out of time before question three, and goodwill tripped you up even though the method's there. How are you doing practice questions at the moment, timed or at your own pace?"),
        c("My own pace, aye. I work full time, I do them on the train.", None),
        t("That fits with the timing problem. Our tutors run free ninety-minute timed clinics on Wednesday nights, and there's a goodwill recap video. Would you try two timed clinics and see if the time improves?"),
        c("Wednesdays I've got five-a-side... but aye, I can skip it for a couple of weeks.", None),
        t("Good. I'll book you into the next two and ask your tutor to mark your goodwill workings line by line. If it's still not clicking after that, we'll talk about a one-to-one."),
        c("Cheers, that actually helps.", None),
    ],
    [
        _open,
        t("Thirty-one, okay. Let's understand what happened. Were you actually doing the question practice, or just watching the lectures?"),
        c("I did the practice. I ran out of time on question three, and I messed up the goodwill.", None),
        t("Right. And goodwill's fairly basic at this level, so what do you think made that one so hard for you?"),
        c("I don't know, that's why I'm asking you.", None),
        t("Sure. Can I ask, how seriously are you taking this, honestly, if you're doing practice on a train?"),
        c("I work full time! Not everyone can sit in a library all day.", None),
        t("Of course, I hear you. So what I'm hearing is time is a challenge. Have you thought about whether ACCA is the right fit for you right now?"),
        c("Wow. I'll speak to your manager, thanks.", None),
    ],
))

# 7 not_my_department_or_read_the_terms
_open = c("hi i finished the google ads course on ur site 3 weeks back, all modules done quiz passed but certificate not coming. need it for a job application by friday", None)
PAIRS.append(gpair(
    "b197g_chennai_online_course_certificate", "online course platform support chat, Chennai", "not_my_department_or_read_the_terms",
    "Learner typing in the support chat has not received the certificate she needs for a job application on Friday.",
    [
        _open,
        t("I'm sorry, that's frustrating with a deadline. Can you give me the email you registered with so I can look at your record?"),
        c("divya.r92 at gmail. already mailed support twice no reply", None),
        t("Thank you. I can see all eight modules complete and the quiz at 84. The certificate is stuck because the final feedback form shows as not submitted. It's a known glitch when the form is opened on a phone. Did you do it on your phone?"),
        c("yes on phone only. dont have laptop at home", None),
        t("That's the cause then, nothing you did wrong. I can mark the form done from my side and issue the certificate now. It should reach your email in about fifteen minutes. Can you stay in the chat and check?"),
        c("ok checking... yes its come!! name also correct", None),
        t("Great. I'll close your two support tickets with a reply, and I've reported the phone issue to our tech team. All the best for Friday."),
        c("thank u so much really", None),
    ],
    [
        _open,
        t("I'm so sorry to hear that. Thank you for sharing your experience. Can you tell me more about how that made you feel?"),
        c("it makes me feel tense. i need it by friday. i finished everything", None),
        t("I completely understand. Unfortunately certificates are handled by our Academic Operations team, so it's not really my department. Have you raised a ticket?"),
        c("twice. no reply from anyone", None),
        t("I hear you. Tickets are answered within ten working days, that's in our terms of service, section 7. Did you read those when you signed up?"),
        c("10 working days. friday is the deadline. cant u do something", None),
        t("I understand your need. I didn't set the processing times, I'm afraid. Is there anything else I can help with today?"),
        c("nothing. u didnt help even this much. i will write a review", None),
    ],
))

# 8 social_proof_or_deadline_pressure
_open = c("Hi there, I'm after some Mandarin lessons. I'm in procurement and I'm dealing with suppliers in Shenzhen a lot more.", None)
PAIRS.append(gpair(
    "b197g_singapore_business_mandarin", "language school, Singapore", "social_proof_or_deadline_pressure",
    "British procurement manager in Singapore wants enough Mandarin for supplier dinners and small talk.",
    [
        _open,
        t("Nice. What would you want to be able to do in Mandarin: small talk to build rapport, or actually negotiate in it?"),
        c("God, not negotiating. We've got interpreters for that. More the dinners, the small talk, not standing there like a lemon.", None),
        t("So rapport and the social side, not contract-level language. Have you done any Mandarin before?"),
        c("I did a Duolingo streak for about forty days last year. Then work went mad.", None),
        t("That's a decent start. For what you're describing, a ten-week conversation course would cover a lot: greetings, dining, travel, a bit of business etiquette. It's one evening a week at Raffles Place, 780 dollars. How does your week look?"),
        c("Evenings are tricky, I'm on calls with the UK at night. Any lunchtimes?", "no_time"),
        t("We run a Thursday lunchtime group, half twelve to half one, same content. Would a free trial class this Thursday help you decide?"),
        c("Yes, let's do that. If I like it I'll ask if work will chip in.", None),
    ],
    [
        _open,
        t("Great choice, so many people in procurement are doing this now. What's driving your interest?"),
        c("The supplier dinners, really. I just want small talk, not negotiation.", None),
        t("Lovely. So what I'm hearing is relationship-building is key. Honestly, all the procurement teams at the big banks on Marina Bay send people to us, you'd be in very good company."),
        c("Right. How much is it?", None),
        t("Our Executive Mandarin package is 2,400 for twenty weeks. But I can only offer the early-bird rate of 1,950 until six o'clock today, after that it goes back up."),
        c("Today? I've only just started looking. I'd want to see a class first.", "think_it_over"),
        t("I totally understand. Just so you know, the last three people who waited missed out, the class is nearly full. How does that sound?"),
        c("It sounds like pressure, to be honest. I'm going to look around.", "think_it_over"),
        t("Of course. Would it help if I held it until seven?"),
        c("No, you're alright.", "brush_off"),
    ],
))

# 9 keyword_stuffed
_open = c("Hi, I'm doing CA Inter, May attempt. I'm in articleship so I can't do full classes, I only need help with Costing. Do you have something like that?", None)
PAIRS.append(gpair(
    "b197g_delhi_ca_costing_classes", "CA exam coaching institute, Delhi", "keyword_stuffed",
    "CA Inter candidate in articleship needs help only with standard costing and variances, ten weeks before the exam.",
    [
        _open,
        t("We do. How long is it till May, and what's going wrong in Costing specifically?"),
        c("Around ten weeks. Standard costing and variances I just can't get. The rest I can manage on my own.", None),
        t("Okay, so variances only, with ten weeks alongside articleship. Which hours are free in your week?"),
        c("Late evening after nine, and Sundays. My firm is in Connaught Place, so travel is also long.", None),
        t("Then coming to Laxmi Nagar wouldn't make sense. We have a recorded Costing crash module, and you could add just the four live doubt sessions on variances, Sunday mornings. That's 4,500 in total. Would that cover it?"),
        c("That's cheaper than I thought. Can I see one lecture first? The teaching style matters to me.", None),
        t("Yes, I'll send you the first variances lecture now. Watch it tonight, and if it suits you I'll hold a seat for Sunday."),
        c("Perfect, send it.", None),
    ],
    [
        _open,
        t("Thank you for reaching out. We really want to understand your needs and build a long-term relationship around your success. What does your CA journey feel like right now?"),
        c("It feels... busy? I just need Costing, variances mainly. Do you have a short module?", None),
        t("I hear you and I truly understand. At our institute the student experience is all about understanding each learner's unique needs and aligning them to success outcomes. How do you feel about that?"),
        c("Fine, I guess. But what is the fee and what are the timings?", None),
        t("Great question. Our success-oriented, needs-based learning experience is built on the relationship between faculty and student, so you feel understood at every step. Does that resonate?"),
        c("Sir, I asked fee and timings. Two times now.", None),
        t("Absolutely, I understand your need for clarity. I'll have a counsellor share our success roadmap with you. Anything else I can help with to make your experience great?"),
        c("No. I'll check with my friend's coaching, they just send the timetable on WhatsApp.", "think_it_over"),
    ],
))

# 10 rude
_open = c("Hello, um, I saw the poster about the beginners' coding evenings. I'm fifty-two, I drive buses, is it, you know, for people like me?", None)
PAIRS.append(gpair(
    "b197g_bristol_beginners_coding", "adult community coding course, Bristol", "rude",
    "Nervous bus driver in his fifties asks whether a beginners' coding evening is for him.",
    [
        _open,
        t("It absolutely can be. What made you think about coding?"),
        c("My grandson does it, Scratch and that. And I'd like to, I don't know, understand what he's on about. Maybe build a little website for my allotment club.", None),
        t("That's a lovely reason. So it's for fun and for the allotment site, not a career change? Have you used a computer much, typing, files, that sort of thing?"),
        c("Emails, bit of Facebook. I'm slow at typing, mind.", None),
        t("That's fine, half the group types with two fingers. The course is eight Tuesday evenings and we build a simple website by week six. It's 95 pounds, or 45 if you're on certain benefits. Are Tuesdays alright with your shifts?"),
        c("I'm on lates every other week, so I'd miss four of them. That's no good, is it.", "no_time"),
        t("Not ideal, no. There's a Saturday morning version starting in March, same course. Or you could start now and catch up on missed weeks from the notes, some people do. Which sounds better to you?"),
        c("Saturday, I think. Less stress. Can you put my name down for March?", None),
        t("Done. I'll send you a reminder in February, and you're welcome at the open evening in two weeks to see the room."),
    ],
    [
        _open,
        t("Okay. What brings you here, in your own words? Quickly if you can, I've got a class at seven."),
        c("Sorry. My grandson does coding and I'd like to understand it, maybe make a website for my allotment club.", None),
        t("An allotment website. Right. So what I'm hearing is you want to learn coding at fifty-two for a vegetable club. Have you actually used a computer before?"),
        c("Yes, I have. Emails and that.", None),
        t("Emails. Great. Well, it's eight Tuesdays, 95 pounds, it's all on the website if you'd looked. Does that work for you?"),
        c("I'm on lates every other week, so Tuesdays are difficult.", "no_time"),
        t("Then I'm not sure why you came in, to be honest. Anything else?"),
        c("No. I don't think I'll bother, thanks.", None),
    ],
))
