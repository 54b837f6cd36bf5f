"""Gaming pairs, part B: putdown_question, not_my_department_or_read_the_terms, social_proof_or_deadline_pressure,
keyword_stuffed, rude (2 each). Written by hand for blind65 (prefix b65)."""
from common import c, gpair, t

PAIRS = []

# 1 putdown_question -- travel insurance helpline, Dublin
o = c("Hi, yeah, I'm, I'm on holiday in Lisbon and the airline's lost my suitcase, it's been three days, and I've got your travel policy. What do I, like, what am I supposed to do?", None)
PAIRS.append(gpair(
    "b65g_dublin_travel_insurance_bag", "travel insurance helpline, Dublin, Ireland", "putdown_question",
    "A policyholder abroad rings because the airline has lost her suitcase for three days.",
    good=[o,
          t("I'm sorry, three days without your bag is miserable. Let's sort out what you can do right now. Can I have your policy number, and did the airline give you a report at the airport, a form with a reference number?"),
          c("The number's TRV 88 1204. They gave me a form, yeah, with a reference, LIS something. I've had to buy clothes and a charger, I've spent like 200 euro already.", None),
          t("Thanks. Before the money side: are you somewhere safe to stay, and was there anything urgent in the bag, like medication?"),
          c("Yeah, I'm in a hotel, it's fine. No meds, thank God, just clothes and my straightener.", None),
          t("Good, that reference is the key thing. Your policy covers essentials for a delayed bag up to 300 euro once it's 12 hours late, so what you've bought should be covered. Keep every receipt and photograph each one today. Did you buy anything that isn't an essential? Better I tell you now than later."),
          c("Em, a dress for a dinner, 60 euro. Is that going to be a problem?", None),
          t("Honest answer: it may be queried, but put it in with a note that you had nothing to wear for the evening; reasonable replacement clothing is usually accepted. I'm emailing you the claim form now with a checklist: airline reference, receipts, boarding pass. You can send it all from your phone."),
          c("Okay. And if it never turns up?", None),
          t("Then after 21 days it's treated as lost and you claim for the contents, minus whatever the airline pays. I've noted today's call and the airline reference on your file, so if you ring again nobody starts from scratch. Anything else worrying you right now?"),
          c("No, that's actually a relief. Thanks.", None)],
    gaming=[o,
            t("Okay, I really want to understand what happened. First of all, did you not put a tracker in the case, like most travellers do nowadays?"),
            c("No? I didn't know I had to. I've got the airline's form with a reference number.", None),
            t("Great. And before we go on, did you actually read your policy before you travelled, or did you just tick the box?"),
            c("I... I ticked it, I suppose. Look, I've spent 200 euro on clothes already, can I get that back?", None),
            t("Let's look at that. What made you think the insurance would pay for a whole new wardrobe? I'm just trying to understand your expectations here."),
            c("It's not a wardrobe, it's underwear and a charger and one dress. Why are you talking to me like that?", None),
            t("I hear you, and I appreciate you sharing. So, to make sure I understand: is it fair to say you're a bit stressed and maybe overreacting to a normal delay? Most bags turn up."),
            c("Just email me the claim form. I'll do it myself.", None)]))

# 2 putdown_question -- women's fitness club, Dubai
o = c("Hello, I want to ask about membership. I never went to a gym before, I am little bit shy. Do you have time only for ladies?", None)
PAIRS.append(gpair(
    "b65g_dubai_gym_ladies_hours", "fitness club front desk, Dubai, UAE", "putdown_question",
    "A mother of three who has never been to a gym asks about ladies-only hours after a doctor's advice.",
    good=[o,
          t("Hello, welcome, lots of people start exactly where you are. Yes, we have a ladies-only studio upstairs, open all day, and ladies-only hours in the main gym from 10 to 1. What made you want to start now?"),
          c("My doctor said my sugar is high, I should walk and do some exercise. But I don't know the machines.", None),
          t("That's a good reason, and you don't need to know the machines. So: your doctor's advice about sugar, new to the gym, and you'd like to be with women. What time of day could you come?"),
          c("Morning after children go to school, maybe 9 to 11. But 450 dirham a month is a lot for me, my husband says walking in the park is free.", "too_expensive"),
          t("He's right that walking is free, and in winter the park is lovely. What we add is a trainer who shows you a safe start, and an air-conditioned studio in summer. We have a morning plan, 9 to 2, for 299, with two sessions with a female trainer included. Would you like to try one free class first, before deciding anything?"),
          c("Free class, yes, I can try. Thursday is okay?", None),
          t("Thursday 9:30, the gentle strength class upstairs, with Rania. Bring water and trainers, and tell her about your sugar so she can adjust. If you like it, we talk about the morning plan then."),
          c("Okay, thank you very much, I will come.", None)],
    gaming=[o,
            t("Welcome! So tell me, why are you shy? Is it because you're worried about how you look?"),
            c("No... I mean, maybe a little. My doctor said my sugar is high.", None),
            t("Okay. And how long were you ignoring your health before the doctor had to tell you?"),
            c("I have three children, I don't have time for me. Ladies time, you have it or not?", None),
            t("We do. But honestly, do you think ladies hours will fix it, or do you need real commitment? Our 12-month plan is 450 a month. What's stopping you from taking care of yourself properly?"),
            c("I cannot pay 450 every month. And I don't like how you speak to me.", "no_money"),
            t("I'm just asking the questions that help you succeed. So is it a money thing, or more of a motivation thing?"),
            c("I will go walking in the park. Goodbye.", "no_need")]))

# 3 not_my_department_or_read_the_terms -- hospital parking office, Leeds
o = c("Hi, I got a parking charge notice for seventy quid. My wife's having chemo here, the session ran two hours over, and the machine only let me pay for four hours.", None)
PAIRS.append(gpair(
    "b65g_leeds_hospital_parking", "hospital parking office, Leeds, England", "not_my_department_or_read_the_terms",
    "The husband of a chemotherapy patient brings in a parking penalty after a treatment session overran.",
    good=[o,
          t("I'm sorry, that's the last thing you need on a chemo day. Can I see the notice? And which unit is your wife treated on?"),
          c("Here. Oncology day unit, Bexley Wing. She's going every three weeks till March.", None),
          t("Thank you. Patients on regular cancer treatment, and one carer, can park free here with a concession permit. Has anyone on the unit mentioned it?"),
          c("No, nobody said a word. We've been paying eight pound every time since October.", None),
          t("That's not right, and I'm sorry. Here's what I'll do: cancel this charge now, which I can do for patients on treatment, and issue a concession permit for your car until the end of March. And if you bring proof of what you paid since October, I'll send in a refund request. Does that work?"),
          c("I've not kept all the tickets, mind. Some went in the bin.", None),
          t("Bank or card statements are fine, the dates will match her appointments. Here's the permit, it goes on the dashboard. I'll also email the unit manager so other families get told. Anything else about parking I can help with?"),
          c("No. Thank you, really. That's one less thing.", None)],
    gaming=[o,
            t("I'm sorry to hear that, and I really want to understand your experience today. Unfortunately the charge notices are issued by our contractor, so that's not really my department."),
            c("You're the parking office. It says so on the door. Who do I talk to, then?", None),
            t("Great question. There's an appeal process on the back of the notice. The terms and conditions are on the signs at every entrance too, so it's worth having a read of those. Did you see the signs?"),
            c("I was getting my wife out of the car into a wheelchair, I wasn't reading signs. She's on chemo.", None),
            t("I hear you, and I appreciate you sharing. Was she a patient or a visitor on the day? The tariffs are different, it's all in the terms on the trust website."),
            c("A patient. She's been coming every three weeks since October. Is there not something for cancer patients?", None),
            t("I completely understand how you feel. I didn't make the rules, I'm afraid, concessions are decided by the trust, not this office. Is there anything else I can help you with today?"),
            c("You've helped with nothing. I'll write to the patient advice service.", None)]))

# 4 not_my_department_or_read_the_terms -- student residence office, Lyon (typed chat)
o = c("bonjour hello sorry my french is bad. my heater in room 412 dont work since 5 days and its very cold. also i want to ask if i can stay in july august", None)
PAIRS.append(gpair(
    "b65g_lyon_student_housing", "student housing office chat, Lyon, France", "not_my_department_or_read_the_terms",
    "An international student in a residence has a broken radiator and asks about staying over the summer.",
    good=[o,
          t("Hello, no problem, we can do it in English. Five days without heating is too long, I'm sorry. Is the radiator cold all the time, or does the thermostat not respond? And did you report it already?"),
          c("radiator cold all the time. i write on the portal 2 times but nobody come", None),
          t("I see your two tickets, 14 and 17 January, neither assigned. I'm calling maintenance now and marking it urgent: a technician comes today before 6 pm, and if he can't fix it we lend you an electric heater tonight. Will you be in your room this afternoon?"),
          c("i have class 2 to 4 but after ok", None),
          t("I'll tell them after 4. Now July and August: summer stays are possible, 390 euros a month, same room unless it's booked for repairs. Why do you want to stay, an internship?"),
          c("yes stage in a lab. but 390 hmm my scholarship stop in june so i dont know", "no_money"),
          t("That matters. Labs must pay interns once the internship is over two months, which could cover it, so ask them. There's also a shared room at 290. I'll reserve your room for summer with no payment until 15 March, so you have time to check. Okay?"),
          c("ok yes thank you so much", None)],
    gaming=[o,
            t("Hello! Thank you for sharing your experience. For the heater, maintenance is a separate team, it's not my department, you need to use the portal."),
            c("i use portal 2 times already nobody come. its 12 degree in my room", None),
            t("I understand your frustration. The portal is the process, I didn't make the rules. Response time is up to 10 working days, it's in the residence terms you signed, article 8."),
            c("10 days?? ok and the summer, can i stay july august", None),
            t("Great question! Summer contracts are handled by the central office in Villeurbanne, so I can't help with that here. Everything is on the website under Conditions générales, please read them carefully. Anything else I can help with?"),
            c("forget it i will find other place for summer", None)]))

# 5 social_proof_or_deadline_pressure -- residential solar installer, Arizona
o = c("Yeah, hi, someone left a flyer on my door about solar. My electric bill was 380 dollars in August and I'm on a fixed income, so I figured I'd call.", None)
PAIRS.append(gpair(
    "b65g_arizona_home_solar", "residential solar installer, Mesa, Arizona, USA", "social_proof_or_deadline_pressure",
    "A retired homeowner calls after a door flyer because his summer electricity bills are high.",
    good=[o,
          t("Thanks for calling. 380 in August hurts, especially on a fixed income. Before I say anything about panels: do you own the house, and how old is the roof?"),
          c("Own it outright, paid it off in 2015. Roof, I had it redone maybe eight years ago.", None),
          t("That's a good start. What does the bill look like the rest of the year? Solar makes sense or not over the whole year, not just August."),
          c("Winter it's like ninety. Summers are brutal. Look, I'm not signing up for some 25-year lease, my neighbor did that and when he went to sell the house it was a mess.", "bad_experience"),
          t("That's a real problem with leases, and you don't have to lease. You can buy, with the 30% federal tax credit, or finance. Roughly, a system sized for you might be 14 to 17 thousand before the credit. If you send me 12 months of bills, I'll show you the payback with and without solar, no lease involved."),
          c("Fourteen grand. That's a lot of money for me.", "no_money"),
          t("It is, and it may not make sense for you; the numbers will tell. If the payback comes out longer than about ten years, I'd tell you to spend on shade screens and a thermostat instead. Would you rather email the bills, or should I come by and we look at them at your kitchen table?"),
          c("Come by. Tuesday's good, after ten.", None)],
    gaming=[o,
            t("Great to hear from you! So what I'm hearing is you want to take control of your energy. You'll be glad to know eleven of your neighbors on Saguaro Drive already went solar with us this month."),
            c("Huh. Well, my neighbor Phil did a lease and when he went to sell the house it was a nightmare.", "bad_experience"),
            t("I totally understand that concern, thanks for sharing. That was an old program, though. Honestly, everyone's going with our new one, and rates go up on the first, so I can only lock in today's price until Friday at five."),
            c("Friday? Whoa. I called to find out how this works, I don't even know what it would cost me yet.", None),
            t("I hear you, and that's exactly why so many retirees in Sun Lakes are switching, it's the smartest move on a fixed income. We only have three install slots left for the summer. Can I put your name on one?"),
            c("No, I need to talk it over with my daughter. She handles this stuff.", "think_it_over"),
            t("Of course. Just so you know, after Friday the incentive's gone and the next neighbor gets your slot. Do you want me to call her now?"),
            c("No. Don't call anybody. I'll get back to you if I'm interested.", "brush_off")]))

# 6 social_proof_or_deadline_pressure -- IELTS preparation academy, Seoul
o = c("Hi, um, I need IELTS 6.5 for university in Australia. My test is in ten weeks. I'm 5.5 now, I think?", None)
PAIRS.append(gpair(
    "b65g_seoul_ielts_academy", "English test preparation academy, Seoul, South Korea", "social_proof_or_deadline_pressure",
    "A 19-year-old walks in needing a higher IELTS score in ten weeks; her parents will pay.",
    good=[o,
          t("Ten weeks from 5.5 to 6.5 is possible but tight, so let's be precise. Was the 5.5 an official test or a practice one, and do you know the score for each part?"),
          c("Official, last month. Listening 6.5, reading 6, writing 5, speaking 5.5.", None),
          t("That's really useful. So listening and reading are nearly there, writing is pulling you down, then speaking. Does the university need 6.5 overall, or also a minimum in each part?"),
          c("Uh, overall 6.5, and no part less than 6. So writing is the problem.", None),
          t("Yes. Then our group course isn't the best fit, it spends a lot of time on listening and reading you don't need. I'd suggest a writing clinic, two one-to-one sessions a week with feedback on your essays, plus one speaking session. That's 640,000 won a month. Does that fit what you planned?"),
          c("Hmm, it's more expensive than the group class. My parents are paying, I have to ask them.", "think_it_over"),
          t("Of course. I'll write the plan and price down for them, and you can do a free writing diagnosis with our teacher this week so you and they can see what the feedback is like. Wednesday or Thursday evening?"),
          c("Thursday. Thank you, this is clear.", None)],
    gaming=[o,
            t("Great goal! You know, over 2,000 of our students got into Australian universities last year, and almost everyone from your school studies with us."),
            c("Oh, really? Um, my problem is mostly writing, I got 5.", None),
            t("Totally, I understand your needs. Our Intensive Group Course fixes all four skills, and the next class starts Monday. There are only two seats left and the early-bird price ends tonight at 9."),
            c("Tonight? I can't pay today, my parents pay, they are in Busan this week.", "think_it_over"),
            t("I understand. But students who wait usually miss their score. Your classmates already signed up, do you want to be the only one left behind? I can hold a seat if you pay 100,000 won now."),
            c("I don't even need the listening and reading part. I'll just do online writing practice.", "no_need"),
            t("So what I'm hearing is you want to succeed. Most successful students don't do it alone, you know. The offer really ends at 9."),
            c("Okay. I will think. Bye.", "brush_off")]))

# 7 keyword_stuffed -- payroll software, Singapore (B2B)
o = c("Hi, I'm the finance manager at a logistics company, 85 staff. We do payroll in Excel and CPF submissions by hand, and last month we made two mistakes. I'm looking at options.", None)
PAIRS.append(gpair(
    "b65g_singapore_payroll_software", "payroll software vendor, Singapore", "keyword_stuffed",
    "A finance manager at an 85-person logistics firm looks for payroll software after two payroll errors.",
    good=[o,
          t("Thanks. Two mistakes in a month is worth fixing. What were they, if you don't mind? Wrong amounts, a late submission?"),
          c("One driver's overtime was calculated wrong, and one CPF contribution was late because my colleague was on leave and nobody else knew the process.", None),
          t("So two things: overtime rules that are hard to get right by hand, and a process that lives in one person's head. How is overtime recorded today, timesheets, a time clock?"),
          c("Paper timesheets from the drivers, then we key them in. Honestly we tried another payroll app two years ago and the shift overtime never worked, so we went back to Excel.", "bad_experience"),
          t("That matters, thank you. Shift overtime is where a lot of systems fall down. Ours handles rotating shifts and files CPF directly, but don't take my word for it: send me three real driver timesheets from last month, names removed, and I'll run them in a demo with you watching, so you can compare with your Excel."),
          c("That would be useful. I can't commit to anything before our financial year review in April though.", "no_time"),
          t("That's fine, April is a sensible time to switch anyway, at the start of a quarter. Let's do the demo next week so you have facts for the review. Tuesday 3 pm or Wednesday 10 am?"),
          c("Wednesday 10. I'll bring our HR person.", None)],
    gaming=[o,
            t("Thank you so much for sharing. I really want to understand your needs and your pain points, because our relationship with you is about your success, not just software."),
            c("Okay. The main issues are overtime for the drivers and CPF being late.", None),
            t("I hear you, and I feel that. What I'm understanding is that your payroll experience isn't delivering the success your people need. Our platform is about empowering your team's journey and building a culture of trust and accuracy."),
            c("Sure, but does it do overtime for drivers on rotating shifts? That's the part Excel gets wrong.", None),
            t("Great question, and I really appreciate you sharing that experience. We're all about understanding what success looks like for you. Our customers feel supported, valued and heard, and that's the relationship we want to build with you."),
            c("That's not a yes. I'm looking at two other vendors; I'll compare and come back to you.", "think_it_over"),
            t("Absolutely, and I respect your journey. To make sure I understand your needs: how do you feel about your current payroll experience, on a scale of one to ten?"),
            c("Send me the spec sheet. I have another meeting.", "brush_off")]))

# 8 keyword_stuffed -- hotel events team, Lisbon
o = c("Olá, hi, I'm organising a two-day offsite for our team, about 40 people, in late May. I saw you have meeting rooms. What would that look like?", None)
PAIRS.append(gpair(
    "b65g_lisbon_hotel_offsite", "hotel events team, Lisbon, Portugal", "keyword_stuffed",
    "An HR coordinator from abroad asks about a two-day team offsite with breakout rooms and a dinner.",
    good=[o,
          t("Happy to help. Tell me a bit about the two days: mostly presentations all together, or workshops in smaller groups?"),
          c("Mornings all together, afternoons in four groups. And a dinner on the first night. About half the team is vegetarian, two are vegan.", None),
          t("So one main room for 40 in the mornings, four breakout rooms in the afternoons, and a dinner for 40 with a strong vegetarian menu. Which dates exactly, and will people stay at the hotel?"),
          c("The 27th and 28th. About 25 would stay, the rest are local. Our budget is around 18,000 euro for everything, including rooms.", None),
          t("That's workable. Rooms for 25 on the 26th and 27th, the day package for 40 with breakouts, and dinner on the terrace come to about 17,400 by my first estimate. Late May is busy, so I'll send a written proposal today and hold the space for seven days at no charge. Does that suit?"),
          c("Good. I can't confirm before my director signs it off though, she's travelling until next Thursday.", "think_it_over"),
          t("That's fine, I'll hold it until Friday next week so she has a day. I'll also put the vegetarian and vegan menus in the proposal so she can see them."),
          c("Perfect, thanks.", None)],
    gaming=[o,
            t("Thank you for reaching out! We really want to understand your needs and create a meaningful experience that aligns with your team's success and values."),
            c("Okay, great. So, 40 people, two days, end of May. Half are vegetarian.", None),
            t("Wonderful, I hear you. Food is such an important part of the experience, and we believe in building relationships through shared moments. Our events are about connection, engagement and making every guest feel valued and understood."),
            c("Yes, but... do you have four breakout rooms? And what does it cost, roughly? We have about 18,000.", None),
            t("I really appreciate you sharing your budget, transparency is key to our partnership. We tailor every experience to the unique needs of each client so that everyone leaves feeling inspired and successful."),
            c("I still don't know if you have the rooms. I'll check the other two hotels on my list.", "think_it_over"),
            t("Of course! So I understand you fully: how would you describe the feeling you want your team to leave with?"),
            c("Fed, ideally. Please just email me a price.", "brush_off")]))

# 9 rude -- school bus contractor, Ohio (weekend charter)
o = c("Hi, I coach a youth soccer team, under-12s, and we've got a tournament in Cincinnati on the 14th. I was wondering about hiring one of your buses for the day.", None)
PAIRS.append(gpair(
    "b65g_ohio_schoolbus_charter", "school bus contractor, Columbus, Ohio, USA", "rude",
    "A volunteer coach asks about chartering a bus for a team's away tournament.",
    good=[o,
          t("Sure, we do weekend charters. How many are travelling, kids and adults, and when do you need to be there?"),
          c("18 kids, maybe 6 parents. First game's at 9, so leave by like 6:30? We'd come back after the last game, could be 4, could be 7 if we make the final.", None),
          t("Got it, 24 people, leaving 6:30, return depends on how you do. That's a full-day charter with the driver staying on site. A 48-seat bus is 1,450 for up to 12 hours, then 95 an hour. Is that roughly what you had in mind?"),
          c("Ouch. Honestly, that's more than the parents can chip in. We were hoping for under a thousand.", "no_money"),
          t("Good to know. Two ways to bring it down: a 29-seat minibus fits your 24 and is 1,020 for the day, and if the club's a registered non-profit we take 10% off. Is it?"),
          c("Yeah, we're a 501(c)(3). So the minibus with the discount... that might work. I need to run it by the board though.", "think_it_over"),
          t("Makes sense. With the discount the minibus is 918. I'll email a quote valid for two weeks with the non-profit rate and the overtime rule written out, and pencil the minibus in for the 14th so nobody else takes it."),
          c("Great, thank you. I'll get back to you by Friday.", None),
          t("Sounds good. One more thing for the booking: will any of the kids have medication the driver should know about?"),
          c("One boy carries an EpiPen, but his mom's coming along anyway.", None)],
    gaming=[o,
            t("Yeah, the 14th's a Saturday, everybody wants that. How many?"),
            c("18 kids and maybe 6 parents. We'd leave at 6:30 and come back at 4 or 7, depending on if we make the final.", None),
            t("So you don't even know when you're coming back. Great. Full day, 48-seater, 1,450, overtime's 95 an hour. What's your experience with charters, have you actually booked one before?"),
            c("No, this is my first time. That's more than the parents can put in, to be honest. We were thinking under a thousand.", "no_money"),
            t("Well, buses don't run on good wishes. Under a thousand gets you a van from a rental place. Anything else I can help with?"),
            c("Do you have anything smaller? Or a discount for non-profits? We're a 501(c)(3).", None),
            t("Smaller, yeah, a minibus. Where are you even going, which fields?"),
            c("Sawyer Point, by the river. The tournament runs all day.", None),
            t("Look, I've got twenty other calls. It's on the website. If you want the bus, email the form and pay the deposit. Did I answer your questions?"),
            c("Not really. I'll try another company.", None)]))

# 10 rude -- plumbing supplies trade counter, Auckland
o = c("Hi, um, so I'm, I'm redoing my bathroom, well, the shower bit, and the guy at the other shop said I need a, a thermostatic mixer? But I don't really know what that is.", None)
PAIRS.append(gpair(
    "b65g_auckland_shower_mixer", "plumbing supplies counter, Auckland, New Zealand", "rude",
    "A renter choosing a shower mixer for a landlord-approved bathroom job asks what she needs.",
    good=[o,
          t("No worries, it sounds fancier than it is. It's a valve that keeps the shower at the temperature you set, even when someone flushes the loo. Is your hot water from a cylinder or gas, and do you know if it's mains pressure?"),
          c("It's a, it's an old cylinder in the hall cupboard. Low pressure, I think, the shower's pretty weak.", None),
          t("That's the key bit. A lot of thermostatic mixers need mains pressure and would make a weak shower even weaker. For low pressure you want one rated for it, like this one, works from 20 kPa. It's 389. Who's fitting it, you or a plumber?"),
          c("My landlord's plumber. Oh, um, it's a rental actually, and he said he'll pay up to 250 for the mixer. So 389 is, yeah, over.", "no_money"),
          t("Good to know. Then a simpler pressure-balancing mixer does most of the same job on low pressure; this one's 229 and it's fine with your cylinder. Want me to write down the model and the pressure rating so the plumber can check it before you buy?"),
          c("Yes please. Can I hold it, or do I have to buy it now?", None),
          t("I'll hold it under your name till Friday. Here's the spec sheet with the model circled; if the plumber's happy, ring us and we'll have it at the counter."),
          c("Awesome, thank you so much.", None)],
    gaming=[o,
            t("Yeah, it's a mixer that's thermostatic. Pretty self-explanatory. Did you want one or not?"),
            c("Um, I, I guess? I don't know if it works with my, my hot water thing. It's an old cylinder.", None),
            t("Right, so you don't know what you've got. Classic. Go home, look at the label and come back. Or just take this one, 389, everyone buys it."),
            c("It's, it's a rental, the landlord's only paying up to 250. Is there something cheaper?", "no_money"),
            t("Cheaper, sure, if you want a shower that goes cold every time someone flushes. Do you even know your pressure?"),
            c("I said, it's an old cylinder. It's, like, weak? The water kind of dribbles.", None),
            t("Then find out before you come in. Your call. How satisfied are you with the help today?"),
            c("Honestly? Not very. I'll ask somewhere else.", None)]))
