"""Gaming pairs c01-c10 of blind197 (hand-written)."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question
_open = c("Hello, I did your IELTS course, I sit the test last week. I got 6.5 overall, writing 6.0. I need 7 for nursing in UK. Your advert say 'band 7 achievable'.", None)
PAIRS.append(gpair(
    "b197g_singapore_ielts_nurse_writing", "IELTS preparation school, Singapore", "putdown_question",
    "Vietnamese nurse working in Singapore missed the band she needs for UK registration after taking the school's course.",
    [
        _open,
        t("I'm sorry, that's disappointing when you've put in the work. Which parts came close, and where did you lose marks?"),
        c("Listening 7.5, reading 7, speaking 6.5, writing 6. Writing is always problem. In class the teacher only give one feedback per week.", None),
        t("So you're near on three skills, writing is holding you back, and you felt you didn't get enough feedback on it. When is your next test date?"),
        c("I want to book in two months. But I already pay 900 for your course, I don't want to pay again for same thing.", "bad_experience"),
        t("That's fair. Past students can join the writing clinic free for eight weeks: two essays a week marked with band scores and comments. It's not the full course, just writing. Would that fit what you need?"),
        c("Free? Yes, that is what I need. It is evening?", None),
        t("Tuesday and Thursday evenings, or you can submit online and get feedback within 48 hours. I'll add you today and pass your comment about feedback to the head teacher."),
        c("Thank you. Online is better, I do night shift sometimes.", None),
    ],
    [
        _open,
        t("Okay. And did you actually do all the homework essays, or were some skipped?"),
        c("I did almost all. Teacher only give one feedback per week.", None),
        t("Right. Many students get band 7 with the same feedback, so what do you think was different in your case?"),
        c("I don't know. That is why I call you.", None),
        t("Sure. Can I ask, is it possible your grammar foundation just wasn't strong enough for band 7 to begin with?"),
        c("My grammar? I am nurse for eight years, I write reports every day.", None),
        t("I hear you. So what I'm hearing is you want to try again. Would you like to re-enrol? Returning students get ten percent off."),
        c("I paid 900 already. I will not pay you again.", "bad_experience"),
    ],
))

# 7 not_my_department_or_read_the_terms
_open = c("Hi, I finished the UX bootcamp in March. It's been six months, no job. Your site says job guarantee or your money back. How do I claim it?", None)
PAIRS.append(gpair(
    "b197g_london_bootcamp_job_guarantee", "UX design bootcamp, London", "not_my_department_or_read_the_terms",
    "Bootcamp graduate with no job after six months asks how to claim the advertised money-back guarantee.",
    [
        _open,
        t("Thanks for getting in touch. I'll help you with that. Can I check a couple of the guarantee conditions with you? Have you been logging your applications in the careers portal?"),
        c("Yeah, a hundred and twelve applications. Four interviews. Nothing.", None),
        t("That's a lot of effort. The guarantee needs at least 100 logged applications and attendance at the careers coaching sessions. How many of those did you make?"),
        c("Most. I missed two in May because my mum was in hospital.", None),
        t("I'm sorry to hear that. Two missed for a reason like that is usually accepted if it's noted. I can open the claim today and attach a note about May. The refunds team decides within fifteen working days. Shall I do that now?"),
        c("Yes please. I need that money, I've been living off savings.", None),
        t("Done, your claim reference is JG-2291. I'll also book you with a careers coach this week to look at why the interviews didn't turn into offers, whatever happens with the claim. Does Wednesday work?"),
        c("Wednesday's fine. Cheers for actually helping.", None),
    ],
    [
        _open,
        t("I'm sorry to hear about your experience, and I want to understand. How has the job search been for you?"),
        c("Rubbish. 112 applications, four interviews, nothing. So I want the refund.", None),
        t("I hear you. Refunds aren't my department, I'm in learner success. Have you read the guarantee terms in full?"),
        c("I've read them. I've done the applications. Who do I talk to?", None),
        t("That'd be the refunds team, but they only take claims through the form. The terms say the guarantee excludes anyone who missed coaching sessions. Did you miss any?"),
        c("Two. My mum was in hospital.", None),
        t("Ah. I'm afraid I didn't write the terms, it's all in clause 9. Is there anything else I can help you with today?"),
        c("Unbelievable. I'm going to Trustpilot and then to a solicitor.", None),
    ],
))

# 8 social_proof_or_deadline_pressure
_open = c("Namaste. I have a saree shop in Navrangpura. My daughter says I should do Instagram marketing. You have some course?", None)
PAIRS.append(gpair(
    "b197g_ahmedabad_instagram_for_shopkeepers", "digital marketing institute, Ahmedabad", "social_proof_or_deadline_pressure",
    "Saree shop owner must run her shop's Instagram herself once her daughter leaves for Canada.",
    [
        _open,
        t("Yes, we do. What's happening with Instagram for your shop right now?"),
        c("We have a page, 800 followers, my daughter posts sometimes. But no customers are coming from it. And she is going to Canada next month, so I have to do it myself.", None),
        t("So the page exists but isn't bringing customers, and from next month it's on you. How comfortable are you with your phone, taking photos, making reels?"),
        c("Photos okay. Reels I have never made. This hashtag business also I don't understand.", None),
        t("Then the full digital marketing diploma would be too much, it has SEO, Google Ads, lots you don't need. We have a six-week Instagram for shop owners batch, Tuesday and Friday afternoons, two to half past three, when shops are quiet. 6,000 rupees."),
        c("Afternoon is good. 6,000... for Instagram only? My nephew says he can teach me free.", "too_expensive"),
        t("He might! If he has the time, start with him. What our course adds is weekly practice on your own shop's page with feedback, and a group of other shop owners. You can attend one class free this Friday and judge."),
        c("Okay, Friday I will come and see.", None),
    ],
    [
        _open,
        t("Namaste! Great choice. What are your goals for your business?"),
        c("More customers from Instagram. My daughter is going to Canada, so I have to do it myself.", None),
        t("Wonderful. Actually, almost every shop on CG Road has done our course, your competitors are already doing it. Our Digital Marketing Master Diploma is what they took."),
        c("What is in the diploma?", None),
        t("Everything: SEO, Google Ads, Facebook, Instagram, email, analytics. 38,000, but the festive offer at 29,999 ends tonight at nine."),
        c("29,999! I came for Instagram only, this is too much for what I need.", "too_expensive"),
        t("I understand. But Navratri is coming, and if you don't start now your competitors will get all the customers. Only four seats are left."),
        c("I will talk with my husband. If the seats go, they go.", "think_it_over"),
        t("Of course, but after nine tonight I can't give you this price. What should I tell my manager?"),
        c("Tell him I said no.", "no_need"),
    ],
))

# 9 keyword_stuffed
_open = c("Morning. We're a levy payer, about 300 staff, and we've got a pot of levy money sitting there unspent. I want to use it for our team leaders. What can you do?", None)
PAIRS.append(gpair(
    "b197g_sheffield_team_leader_apprenticeship", "apprenticeship training provider, Sheffield", "keyword_stuffed",
    "Operations director of a steel fabricator wants levy-funded training for team leaders promoted off the shop floor.",
    [
        _open,
        t("Morning. How many team leaders, and what's the problem you'd want the training to fix?"),
        c("Eighteen. Most were promoted off the shop floor because they're good welders. Now they can't handle people. Sickness is up, two grievances last quarter.", None),
        t("So good technicians who've never been taught to manage people, and it's showing in sickness and grievances. The Level 3 Team Leader apprenticeship fits that. It's levy-funded, about thirteen months, roughly a day a month of workshops plus projects at work. Could you release them a day a month?"),
        c("A day a month each? On our rotas that's a killer. I can't lose six at once.", "no_time"),
        t("Then we'd split them into three groups of six on different weeks, and run the workshops in your own training room, so no travel. Would that make it workable?"),
        c("On site would help a lot, yeah. Last provider we had sent a tutor who didn't turn up half the time, mind.", "bad_experience"),
        t("That's worth pinning down. We'd put attendance and tutor visits in the contract, and you'd get a monthly report. Can I come and see the site next week and meet two of the team leaders before we agree anything?"),
        c("Tuesday. Come for ten.", None),
    ],
    [
        _open,
        t("Morning! Thanks for reaching out. We're passionate about building lasting relationships and understanding every client's unique needs. What does success look like for your people?"),
        c("Success is my team leaders not causing grievances. Eighteen of them, ex-welders, can't manage people.", None),
        t("I really hear you, and I truly understand how that feels. Our approach is needs-led, experience-focused and success-driven, so we partner with you on the journey. How do you feel about that?"),
        c("I don't feel anything about it. What's the course, how long, and does the levy cover it?", None),
        t("Great question. It's all about understanding the learner experience and creating meaningful success outcomes through a relationship-based model that meets your organisational needs."),
        c("That's not an answer. Do you do the Level 3 or not?", None),
        t("Absolutely, I understand your need for clarity and I value our relationship. Let me get our solutions team to reach out. Is there anything else I can do to enhance your experience today?"),
        c("Send something in writing. I'm not promising anything.", "brush_off"),
    ],
))

# 10 rude
_open = c("Hello ma'am, I am a staff nurse. I want to go to Germany for nursing job. Agency told me I need B1 German. How long it will take?", None)
PAIRS.append(gpair(
    "b197g_jaipur_german_for_nurses", "German language institute, Jaipur", "rude",
    "Staff nurse on rotating shifts needs German B1 from zero for a job in Germany by next June.",
    [
        _open,
        t("It depends where you're starting. Have you learned any German before?"),
        c("Nothing. Only 'danke' from YouTube.", None),
        t("Alright, from zero. Most working adults take about eight to ten months to reach B1 if they study regularly. Are you working full time in the hospital now?"),
        c("Yes, rotating shifts. And the agency wants me to join by next year June.", None),
        t("June is tight but possible if you study most days. With rotating shifts our online batch may suit you better than the classroom: every class is recorded, and you can switch between the morning and evening batch in the same week. A1 to B1 is 42,000, paid level by level."),
        c("42,000 is a lot, ma'am. My salary is 28,000 only.", "no_money"),
        t("I understand. You'd pay only for A1 first, 12,000, and see if it's working. Also ask your agency, some of them pay back the course fees after you join in Germany. Shall I check next week's A1 batch timings for you?"),
        c("Yes, please. And I'll ask agency about the refund.", None),
    ],
    [
        _open,
        t("How long? That depends on you, doesn't it? What level are you now?"),
        c("Zero, ma'am. Only danke.", None),
        t("Zero. Okay. So what I'm hearing is you want B1 from zero, while working. Realistically, most nurses like you drop out by A2."),
        c("I will work hard, ma'am. What is the fee?", None),
        t("42,000. It's on the notice board behind you. Anything else?"),
        c("It's a lot for me. My salary is 28,000.", "no_money"),
        t("Well, Germany isn't cheap either. If you can't afford the course, you probably can't afford the move. Next, please."),
        c("Okay. I'll go somewhere else.", None),
    ],
))

# 11 ignored_customer
_open = c("Hi, I manage a finance team of six at a logistics company. I want some Excel training for them. Monthly closing takes us five days, too long.", None)
PAIRS.append(gpair(
    "b197g_singapore_finance_team_excel", "corporate IT skills trainer, Singapore", "ignored_customer",
    "Finance manager of a logistics SME wants Excel training that cuts manual work in the monthly close.",
    [
        _open,
        t("Five days is long. Where does most of that time go?"),
        c("Copying data from the warehouse system and the bank statements into one workbook, then cleaning it. All manual.", None),
        t("So the bulk is pulling and cleaning data from two sources. That's what Power Query is good for. Which Excel version are you on?"),
        c("2016, I think. IT doesn't upgrade much.", None),
        t("2016 has it, it's just called Get and Transform there. We could do two half-day sessions built around your own closing files, with an NDA and anonymised copies. 2,800 for the team, and the enterprise credit may cover some of it."),
        c("Half days is good, full day I cannot release them. But using our files, I must check with my CFO on the data side.", "think_it_over"),
        t("Of course. I'll send our NDA and a sample outline so he can see exactly what data we'd touch. Shall I hold two afternoons in the second week of next month?"),
        c("Hold it. I'll confirm by Friday.", None),
    ],
    [
        _open,
        t("Thanks for reaching out! What are your team's biggest pain points?"),
        c("Monthly closing takes five days. Mostly copying data from the warehouse system and bank statements and cleaning it.", None),
        t("Got it. We have a great Advanced Excel course, two full days, covering VBA, macros, dashboards and charts. How does that sound?"),
        c("Two full days is difficult, I cannot release six people during closing.", "no_time"),
        t("Understood. Which version of Excel are you on?"),
        c("2016. Half days would be much better.", None),
        t("Perfect. So that's the two-day Advanced course, 3,600 for six. Shall I send the registration link?"),
        c("Did you hear anything I said? Forget it.", None),
    ],
))

# 12 repeated_questions
_open = c("Hello, I am a nurse, I took OET last month. Listening, reading, speaking all B, writing C plus. I need B in writing only.", None)
PAIRS.append(gpair(
    "b197g_kochi_oet_writing", "OET coaching centre, Kochi", "repeated_questions",
    "Nurse who passed three OET sub-tests needs a B in writing only, six weeks before her next date.",
    [
        _open,
        t("Close, then. Do you have the writing feedback, or just the grade?"),
        c("Only grade. I think my letter is too long, I always write everything from the case notes.", None),
        t("That's very common. OET rewards picking only what the receiving nurse needs. Are you planning to resit everything, or just writing?"),
        c("Just writing if possible. Full exam fee again is too much, I already paid once.", None),
        t("Then what you need is writing practice with marking, not the full course. Our writing-only package is ten letters marked against B criteria plus two one-to-one feedback calls, 7,500. When is your next date?"),
        c("Six weeks. 7,500 is okay. But the last centre I went, the teacher marked my letters after two weeks, no use.", "bad_experience"),
        t("That's a real problem with six weeks to go. We return letters in 48 hours, and if we're late that letter's free. Want to send one letter today as a trial before paying?"),
        c("Yes, I will send tonight.", None),
    ],
    [
        _open,
        t("Thank you for calling! Can you tell me about your OET journey so far?"),
        c("Listening, reading, speaking all B, writing C plus. I need B in writing only.", None),
        t("I see. And which sub-tests are you finding challenging?"),
        c("Writing. Only writing. I said.", None),
        t("Right. So where do you feel you need the most support?"),
        c("Writing! I think my letters are too long.", None),
        t("Okay, got it. And in your own words, what are your areas for improvement in OET?"),
        c("Madam, I am asking for writing classes. If you don't have, tell me, I'll ask another centre.", None),
        t("We have everything! Our full OET course, all four sub-tests, is 22,000. Anything else?"),
        c("I don't need all four. Leave it.", "no_need"),
    ],
))

# 13 wrong_paraphrase
_open = c("Hi, I'm thinking about going back to work. I did bookkeeping years ago before the kids, and I've seen the AAT courses. Where would I fit?", None)
PAIRS.append(gpair(
    "b197g_belfast_aat_returner", "accountancy training college, Belfast", "wrong_paraphrase",
    "Mother returning to work after ten years, with past bookkeeping experience, asks where she fits in AAT.",
    [
        _open,
        t("Welcome. How long ago was the bookkeeping, and what did it involve?"),
        c("About ten years. Sales and purchase ledgers, bank recs, VAT returns on Sage for a builders' merchant.", None),
        t("That's solid. Ledgers, bank recs and VAT, so Level 2 may be partly revision for you, though the software and Making Tax Digital have changed things. What hours could you study?"),
        c("School hours, half nine to half two. Money's tight-ish, so I'd want to start small.", None),
        t("Starting small makes sense. You could do Level 2 on its own, daytime class on Wednesdays at our Titanic Quarter centre, 550 for the year. And there's sometimes funding for adult returners, you may be able to get a free place."),
        c("Free would be amazing. How do I find out?", None),
        t("I can check your eligibility with a few questions now, it takes five minutes. If you're not eligible, you could still pay in three instalments."),
        c("Go on then.", None),
    ],
    [
        _open,
        t("Lovely. Tell me about your background."),
        c("Bookkeeping about ten years ago. Ledgers, bank recs, VAT on Sage for a builders' merchant.", None),
        t("Great, so what I'm hearing is you're new to accounting and want to start right from the basics with our Level 1 Foundation. Is that right?"),
        c("No, I've done ledgers and VAT. I'm not a beginner.", None),
        t("Got it, so you're aiming to become a fully qualified accountant, so you'd want the full Level 2 to 4 package, full-time. Did I understand that correctly?"),
        c("No, I said school hours. I can't do full-time, I've the kids to collect.", "no_time"),
        t("Perfect, so to play that back: the full AAT package, evening classes, 2,600 for the lot. I'll pop that in an email."),
        c("That's not what I said at all. And 2,600, no way, I haven't got that.", "no_money"),
    ],
))

# 14 pitch_to_upset
_open = c("I was retrenched on Monday. Today I try to log in to the leadership course my company paid for, and the access is gone. Half-finished. Nobody told me anything.", None)
PAIRS.append(gpair(
    "b197g_singapore_retrenched_course_access", "online leadership course provider, Singapore", "pitch_to_upset",
    "Angry learner, just retrenched, has lost access to a half-finished course his former employer paid for.",
    [
        _open,
        t("I'm sorry, that's a rough week, and losing the course on top of it isn't fair. Let me look at what happened to your access. Can I have your email?"),
        c("rajan.k at Gmail. The company one is also gone.", None),
        t("Thank you. Your company's account removes people when HR deactivates them, that's why it went. You'd completed five of eight modules. I can't restore it on their licence, but I can move your progress to a personal account so nothing is lost."),
        c("And then I must pay for the last three? I just lost my job.", "no_money"),
        t("Understood. Two options. I can ask your former HR if they'll let you finish on their licence, some companies agree for leavers. Or your SkillsFuture mid-career credit could cover the remaining modules. Which should I try first?"),
        c("Ask HR first. If they say no, then SkillsFuture.", None),
        t("I'll email them today and copy you, and I'll keep your progress saved either way. I'll call you on Thursday with their answer."),
        c("Okay. Thank you for explaining properly.", None),
    ],
    [
        _open,
        t("Oh, I'm so sorry to hear that. How are you feeling?"),
        c("How am I feeling? Angry. I've lost my job and now the course too.", None),
        t("I completely understand. Actually, this can be a great opportunity. Our Career Transition Premium package includes executive coaching, a LinkedIn makeover and our full leadership suite, 4,800."),
        c("I don't want a package. I want the course I was halfway through.", "no_need"),
        t("What I'm hearing is you want to move forward, and Premium is the fastest way. And retrenched professionals get fifteen percent off, this month only."),
        c("I have no salary now. How can I pay 4,800?", "no_money"),
        t("You can use SkillsFuture credit for part of it and the rest in instalments. Shall I send you the sign-up link?"),
        c("You haven't even told me what happened to my access. Forget it.", None),
    ],
))

# 15 blame
_open = c("Hi, this is Neha from Brightpath Logistics. We've been charged twice for our annual subscription, 3.6 lakh each time. My finance head is not happy.", None)
PAIRS.append(gpair(
    "b197g_gurgaon_lms_double_charge", "HR learning platform vendor, Gurgaon", "blame",
    "HR manager of a client company has been charged twice for the annual learning-platform subscription.",
    [
        _open,
        t("I'm sorry, that's a big amount to have taken twice. Let me pull up your account. Can you share the invoice numbers or the dates of the two charges?"),
        c("Both on the 3rd of this month, two minutes apart. Invoice 7781 and 7782.", None),
        t("I see both. The renewal ran automatically, and the retry ran again because the bank's confirmation came late. That's a fault on our side. I'm raising the refund for 7782 now."),
        c("How long will the refund take? Finance wants it back before quarter close.", None),
        t("Card refunds usually take five to seven working days, so it should land before the 30th. I'll also send a credit note today that your finance team can book straight away."),
        c("Okay, the credit note will help. Last year also there was some billing confusion with you people, I hope this doesn't keep happening.", None),
        t("Understood. I've switched off the automatic retry on your account, and I'll call you on the 10th to confirm the money has landed."),
        c("Good. Thanks for sorting it.", None),
    ],
    [
        _open,
        t("Thanks for reaching out, Neha. Let's understand what happened. Did someone on your side click renew manually, by any chance?"),
        c("No. Nobody touched it. It was auto-renew.", None),
        t("I see. Well, it looks like your card was set up for auto-retry, which is a setting on your side. So what I'm hearing is the configuration on your account caused the double charge."),
        c("We never set any retry. We just pay the invoice.", None),
        t("Sure. Your finance team may have submitted the payment twice, this happens a lot with clients who have several approvers."),
        c("Our finance team didn't do anything. You charged us twice. I want the refund.", None),
        t("I understand your frustration. Refunds take 30 to 45 days as per the agreement your company signed. Was there anything else?"),
        c("Yes. Put me through to your manager.", None),
    ],
))
