"""Gaming pairs C (b71): second examples of kinds 6-15."""
from common import c, gpair, t

PAIRS = []

# 6b. putdown_question
o = c("hi, wifi in our office dropped again. third time this month. 20 people cant push builds. our contract says "
      "4 hour response", None)
PAIRS.append(gpair(
    "b71g_pangyo_studio_wifi", "IT helpdesk contract provider, Pangyo, Seongnam (South Korea)", "putdown_question",
    "The office manager of a small game studio reports, by chat, the third network outage in a month.",
    [o,
     t("Hi, sorry, three outages in a month during working hours is too many. I'm opening a priority ticket now. "
       "Is it the whole office or one area, and when did it start?"),
     c("whole office. started around 2pm. router light is orange", None),
     t("Thanks. Orange on that model usually means it lost the provider's line, not your network. Could someone "
       "hold the reset button for ten seconds? Meanwhile I'll check for an outage in Pangyo."),
     c("ok restarted. still orange. honestly annoying, last month your guy came and said it was fixed", None),
     t("Understood, and if that visit missed the cause, that's on us. The provider confirms a line fault in your "
       "building since 1:50, estimate 4pm. We keep a 5G backup router for contract clients; a technician can "
       "bring it within the hour. Want that?"),
     c("yes please. and after, i want to know why it keeps happening", None),
     t("Agreed. Once it's stable I'll pull the logs of all three drops and send a short report by Friday: the "
       "cause, what we changed, and whether a second line is worth it."),
     c("ok. thanks", None)],
    [o,
     t("Hi! Thanks for reaching out. Before we escalate, just the basics: did anyone actually turn the router "
       "off and on, or did everyone just wait for it to come back?"),
     c("of course we restarted it. its orange", None),
     t("Okay, great. And are you sure it isn't one of your developers downloading something huge again? That's "
       "usually what's going on with studios, right?"),
     c("no. whole office is down. not slow. down", None),
     t("Got it. So what exactly makes you think it's on our side and not your own setup? Your team moved the "
       "router last month, didn't they?"),
     c("we didnt move anything. your technician installed it there", None),
     t("Noted. Would it help if I sent you our guide to office network basics? Most issues we see are avoidable "
       "with good user habits."),
     c("we pay you for support not guides. i will write to your account manager and check our contract", None)]))

# 7b. not_my_department_or_read_the_terms
o = c("Bonjour. I received an annual settlement of 1,860 euros. Last year it was 310. Nobody read my meter, it "
      "says 'estimated'. I have a photo of the meter from this morning.", None)
PAIRS.append(gpair(
    "b71g_brussels_estimated_bill", "Energy supplier customer service, Brussels (Belgium)",
    "not_my_department_or_read_the_terms",
    "A household customer disputes a huge estimated annual settlement and has a photo of the real meter.",
    [o,
     t("Bonjour. That's a huge jump, and if it was estimated, a real reading should settle it. Could you read "
       "me the numbers on the photo?"),
     c("Day meter 48 215, night 21 904. Taken today at eight.", None),
     t("Thank you. The estimate assumed 52 900 on the day meter, far too high. I'm entering your reading now and "
       "requesting a corrected settlement, usually ten working days. Meanwhile the 1,860 is suspended."),
     c("Ten days. And the direct debit, it will not take the money on the 20th?", None),
     t("Good question: I'm stopping the debit for this invoice now, you'll see a note on your account. Could you "
       "email the photo to the address I'll send you, so it's in the file?"),
     c("Yes. But I must say, this is the second time the estimate is wrong. Maybe I change supplier.",
       "bad_experience"),
     t("That's understandable. To stop it happening again, you can enter a reading yourself each December in "
       "your online account; then we never estimate. I'll put the link in the confirmation."),
     c("OK. I'll do that.", None)],
    [o,
     t("Bonjour, thank you for calling, and I'm sorry to hear about your experience. Unfortunately meter "
       "readings aren't handled by us, that's the grid operator's department."),
     c("But the bill is from you. You sent it.", None),
     t("I completely hear you. Estimates are explained in article 7.3 of our general conditions, which you "
       "accepted when you signed up. Have you had a chance to read the terms?"),
     c("I don't need the terms. I need a correct bill. I have the photo here.", None),
     t("I understand how frustrating that is. The process is that you contact the grid operator, they validate "
       "the index, and billing recalculates. I didn't design the process, I'm afraid."),
     c("And meanwhile you take 1,860 on the 20th? I cannot have that leave my account.", "no_money"),
     t("The direct debit is automatic, that's a different team. Is there anything else I can help with today?"),
     c("This is the second time. I will find another supplier.", "bad_experience")]))

# 8b. social_proof_or_deadline_pressure
o = c("Hello, I am asking about the summer English program for my son. He is in second year of middle school. He "
      "is quite shy, so I am not sure a big class is good for him.", None)
PAIRS.append(gpair(
    "b71g_seoul_summer_english", "English academy, Seoul (South Korea)", "social_proof_or_deadline_pressure",
    "A mother asks whether a summer English camp suits her shy thirteen-year-old.",
    [o,
     t("Hello, thank you for asking. Shy students are common here. What is his English like now, and what would "
       "you like him to get from the summer?"),
     c("His grammar is good, school tests are fine. But he does not speak. When the teacher asks, he freezes.",
       None),
     t("So the knowledge is there, and the goal is speaking with confidence. Camp classes have eight students, "
       "and there is a group of four for quieter students. Would he try one lesson first, to see it?"),
     c("Maybe. He doesn't like new places. And the camp is expensive; my husband thinks the academy near our home "
       "is enough.", "too_expensive"),
     t("That's fair, the local academy may be enough for grammar. If speaking is the goal, the difference here is "
       "small groups and speaking only. The trial is free, 50 minutes; if he doesn't like it, nothing is lost. "
       "Would a Saturday morning be easier for him?"),
     c("Saturday is possible. I will ask him tonight and call you.", "think_it_over"),
     t("Of course. I'll text you the two Saturday times and the teacher's name, so he knows who he'll meet.")],
    [o,
     t("Hello, welcome! What a great decision to think about summer early. Honestly, most families in Daechi "
       "have already registered; the camp is 80% full."),
     c("Oh. But he is shy. I am not sure a big class is right for him.", None),
     t("I understand. Actually shy students do best here, every parent says so. Twelve students from his school "
       "joined last year. Don't you want him to keep up with his classmates?"),
     c("Of course. But the price is a lot for us. My husband thinks the academy near our home is enough.",
       "too_expensive"),
     t("Many parents said the same, then came back when the places were gone. The early-bird price of 1.9 "
       "million won ends this Sunday; after that it's 2.3 million."),
     c("I need to talk to my husband first. And to my son.", "think_it_over"),
     t("Of course. I can hold a place until 6 pm today with a 200,000 won deposit. Only three places left at his "
       "level."),
     c("I will not pay a deposit today. Thank you, I will contact you if we decide.", "brush_off")]))

# 9b. keyword_stuffed
o = c("Good morning. I am eighty-one and I would like to arrange my own funeral in advance, so my children don't "
      "have to. Nothing fancy. What do I need to do?", None)
PAIRS.append(gpair(
    "b71g_aarhus_funeral_preplan", "Funeral home, Aarhus (Denmark)", "keyword_stuffed",
    "An elderly widower wants to settle his own simple funeral in advance.",
    [o,
     t("Good morning. That's a thoughtful thing to do. Let's start with what you'd like: burial or cremation, "
       "and a church or somewhere else?"),
     c("Cremation. A short ceremony in the chapel at Vestre cemetery. No speech longer than five minutes.", None),
     t("Cremation, the chapel at Vestre, short speeches, noted. Do you want to pay now, or only have your wishes "
       "written down so your children know?"),
     c("What is the difference? I do not want to pay for something that goes bankrupt.", None),
     t("Fair question. Writing down your wishes is free; we keep a copy and your children get one. Money paid in "
       "advance goes to a separate trust account, not to us, so it's safe if we close. A cremation with the "
       "chapel is around 28,000 kroner today."),
     c("Twenty-eight thousand. Then I'll only write down my wishes. The money is in my account, the children can "
       "use it.", "no_need"),
     t("A perfectly good choice. Could we meet for half an hour to write them down properly, with music and who "
       "should be told? Your daughter is welcome too."),
     c("Next week. Not Monday, I have the physiotherapist.", None),
     t("Tuesday at ten, then. I'll bring the form and we'll fill it in together.")],
    [o,
     t("Good morning, and thank you for trusting us. We believe a funeral honours a whole life experience, and "
       "our relationship with you is built on understanding your needs and your feelings."),
     c("Yes. Cremation, the chapel at Vestre, short. What do I need to do?", None),
     t("I truly hear you. What I understand is that simplicity and dignity are core needs for you. How do you "
       "feel about the legacy you want to create for your family?"),
     c("Legacy? I want them not to have to organise anything. That is the whole thing.", None),
     t("Absolutely, and that's such a meaningful need. Our approach is all about partnership and a seamless "
       "experience, so your family feels supported at every step of their journey."),
     c("Young man, I asked what I need to do. Is there a form?", None),
     t("I appreciate your directness, it really helps our relationship. Our Legacy Care plan is built around "
       "exactly those feelings. How satisfied are you with your current planning?"),
     c("I have no planning, that is why I came. I will come back when someone else is working.", None)]))

# 10b. rude
o = c("hi, im a freelance illustrator in vienna, started last year. a client asked for my UID number and i dont "
      "have one. do i need it? i earn maybe 28k a year", None)
PAIRS.append(gpair(
    "b71g_vienna_freelancer_vat", "Tax accountancy, Vienna (Austria)", "rude",
    "A first-year freelance illustrator asks by email chat whether she needs a VAT number.",
    [o,
     t("Hi, good question, and a common one in the first year. At about 28,000 you're probably under the "
       "small-business threshold, so you may not need to charge VAT. Are your clients in Austria or abroad?"),
     c("mostly austria, one in germany, a publisher", None),
     t("The German client is probably why they ask: for cross-border services they usually need your UID "
       "number, even if you don't charge Austrian VAT. You can apply for one and stay a small business."),
     c("ok. can i do that myself or do i need you for it", None),
     t("You can do it yourself in FinanzOnline, it's a short form. Or we do it for a fixed 90 euros and check "
       "your first year's invoices at the same time."),
     c("90 is a bit much for a form tbh. ill try myself first", "too_expensive"),
     t("Fair enough. I'll send the link and a two-line note on what to fill in. If anything's unclear, write "
       "back."),
     c("thanks thats really helpful", None)],
    [o,
     t("Well, a UID isn't a mystery, it's on the tax office website. Did you not look?"),
     c("i did look, its confusing. thats why im asking", None),
     t("Right. 28k. So you're under the threshold, obviously. Why does your client even want it?"),
     c("no idea, they are in germany. a publisher", None),
     t("Germany. There you go, cross-border. Honestly, this is basic stuff to sort out before invoicing "
       "abroad."),
     c("ok sorry. so what do i do. can you do it for me", None),
     t("We can, 90 euros, though it's a five-minute form. Your call, I've got actual tax returns waiting."),
     c("90 euros for a five minute form, no thanks", "too_expensive"),
     t("Suit yourself. The link is on the website. Read it first next time."),
     c("wow. ok. bye", None)]))

# 11b. ignored_customer
o = c("Hi there. I'm looking for two weeks of respite care for my dad in March. I'm having an operation and I'm "
      "his main carer. He's eighty-six.", None)
PAIRS.append(gpair(
    "b71g_galway_respite_care", "Nursing home, Galway (Ireland)", "ignored_customer",
    "A son who cares for his diabetic father needs a two-week respite place while he has surgery.",
    [o,
     t("Hi, thanks for calling, and I hope the operation goes well. Tell me a bit about your dad: what help "
       "does he need day to day?"),
     c("He's mostly independent, but he's diabetic, insulin twice a day, and lately he gets up at night "
       "confused. That's my big worry.", None),
     t("So insulin twice a day and some night-time confusion, and the nights worry you most. We have nurses on "
       "every night, and a quiet sensor mat by the bed tells staff when he's up. Which dates exactly?"),
     c("The 10th to the 24th. Is there a room? And what does it cost, is any of it covered?", None),
     t("There's a ground-floor room from the 9th. It's 1,450 a week; respite can sometimes get support through "
       "the HSE, I'll give you the contact. Would you like to visit with him first? It helps people settle."),
     c("He'll hate it, he hates anything new. He had a bad stay in a home after his hip, two years ago.",
       "bad_experience"),
     t("That's worth knowing. What went wrong that time?"),
     c("Nobody knew him. His tea was cold, nobody sat with him. Small things.", None),
     t("Then let's get the small things down before he comes: how he takes his tea, what he watches, who he "
       "likes to talk about. Could you both come on Saturday afternoon for a cup of tea?"),
     c("Saturday's good. I'll have to talk him round, mind.", None)],
    [o,
     t("Hi there, thanks for calling. So tell me, what does a successful stay look like for your dad?"),
     c("That he's safe. He's on insulin twice a day, and lately he gets up at night confused. That's my big "
       "worry.", None),
     t("Lovely. Our residents love the activities programme: music on Tuesdays, art on Thursdays, and a garden "
       "with raised beds."),
     c("That's nice, but what about at night? Is there someone on?", None),
     t("Great question. We have a very experienced team. So, the dates you're looking at?"),
     c("10th to the 24th of March. And his insulin, who does that?", None),
     t("Perfect, I'll pencil him in. It's 1,450 a week, and we take one week's deposit to confirm."),
     c("I haven't even seen the place. He had a bad stay in a home after his hip, I'm not booking blind.",
       "bad_experience"),
     t("Totally understand. Any other questions before I take the deposit?"),
     c("I asked you two and you didn't answer either. I'll ring somewhere else.", None)]))

# 12b. repeated_questions
o = c("Hello, I'm a teacher at Hvitfeldtska. I'm organising a trip to Berlin for 24 pupils and 3 teachers in late "
      "April, five days. We'd prefer the train if possible.", None)
PAIRS.append(gpair(
    "b71g_gothenburg_school_trip", "Group travel agency, Gothenburg (Sweden)", "repeated_questions",
    "A secondary-school teacher plans a five-day class trip to Berlin by train on a fixed budget.",
    [o,
     t("Hello, a nice project. Train works via Copenhagen and Hamburg, about twelve hours. Is the long day all "
       "right, or would the school accept a flight one way?"),
     c("Train is a school decision, for climate reasons. Twelve hours is fine, they can do homework.", None),
     t("Then train both ways. For 27 people, a hostel with rooms of four to six, breakfast, near transport. Is "
       "there a budget per pupil?"),
     c("Parents pay, maximum 5,500 kronor each, everything included. Some families can't pay more.", None),
     t("Tight but possible in late April if we book group fares now: I estimate 5,200 with hostel, transport "
       "pass and one museum. Any visits you already have in mind?"),
     c("The Wall memorial, the Reichstag dome, one free day. But we had a bad trip with an agency before, the "
       "hostel was awful.", "bad_experience"),
     t("I'm sorry. I'll send the hostel's name and recent reviews before you decide, and you can cancel free "
       "until the deposit date. Shall I hold the train seats for 48 hours while you check?"),
     c("Yes, please. I'll go through it with the principal tomorrow.", "think_it_over")],
    [o,
     t("Hello, fantastic! So tell me, where are you hoping to go, and with how many people?"),
     c("Berlin. 24 pupils, three teachers. Late April, five days.", None),
     t("Great. And how many travellers would that be in total, roughly?"),
     c("Twenty-seven. As I said.", None),
     t("Perfect. And would you consider flying? It's much quicker."),
     c("No. Train, for climate reasons. It's the school's decision.", "no_need"),
     t("Understood. And in terms of transport, what's your preference for getting there?"),
     c("Train. I just said that.", None),
     t("Of course. And just so I capture everything: how many pupils, and when were you thinking of "
       "travelling?"),
     c("I don't have time for this, I have a class in five minutes. Put something in writing.", "no_time")]))

# 13b. wrong_paraphrase
o = c("Good morning. This is Sato, quality section, Tokai Hydraulics. Lot 2411-B of your O-rings: we found leaks "
      "in 14 of 300 valves in the pressure test. I would like to know the cause.", None)
PAIRS.append(gpair(
    "b71g_nagoya_oring_leaks", "Industrial seal manufacturer, Nagoya (Japan)", "wrong_paraphrase",
    "A quality engineer at a hydraulics maker reports a failing lot of O-rings and wants the root cause.",
    [o,
     t("Good morning, Sato-san. Thank you for the lot number and figures; fourteen of 300 is serious. Were the "
       "leaks at room temperature, or in a hot test?"),
     c("Room temperature, 25 MPa. The previous lot, 2410-A, had zero failures in the same test.", None),
     t("Same test, earlier lot fine, new lot failing: that points to the material or dimensions of 2411-B. Could "
       "you send five failed O-rings and five unused ones from the lot?"),
     c("Yes, tomorrow. Also we need replacement parts soon. The line stops in ten days.", None),
     t("Understood. Within four days I'll ship 2,000 pieces from lot 2412, tested in our lab before they leave. "
       "The lab will give you a first report on your samples in a week, and a full 8D report after."),
     c("Please include hardness and cross-section data. And frankly, if the cause is your material, our manager "
       "wants a second supplier.", "bad_experience"),
     t("That's understandable. Let's get the data first; if it's ours, the 8D report will say so plainly, with "
       "the corrective action.")],
    [o,
     t("Good morning, Sato-san, thank you for reaching out. Could you tell me more about your experience with lot "
       "2411-B?"),
     c("Fourteen leaks of 300, pressure test at 25 MPa. The previous lot had zero. We need the cause.", None),
     t("So what I'm hearing is that your test pressure has gone up and the standard O-ring no longer suits your "
       "application. Did I understand correctly?"),
     c("No. The pressure is the same as always. 25 MPa.", None),
     t("Understood. So what you're saying is your assembly team may have used the wrong lubricant, and you'd "
       "like guidance on installation?"),
     c("I did not say that. Assembly is the same. Only the lot is different.", None),
     t("Of course. So to play it back: you're satisfied with our quality overall and would like a quote for our "
       "high-pressure HNBR grade as an upgrade?"),
     c("Please do not summarise what I did not say. Send me the name of your quality manager.", None),
     t("Certainly. And shall I attach the HNBR quote to the email?"),
     c("Not necessary. Our line stops in ten days; meanwhile we will ask another supplier.", "no_need")]))

# 14b. pitch_to_upset
o = c("I got my IELTS results this morning. 6.5 in writing, again. I needed 7 for the nursing board. I did your "
      "whole twelve-week course and I've nothing to show for it.", None)
PAIRS.append(gpair(
    "b71g_cork_ielts_retake", "English language school, Cork (Ireland)", "pitch_to_upset",
    "An overseas nurse who needs IELTS 7 for registration is angry after missing it again in writing.",
    [o,
     t("I'm really sorry. I know how much rides on that 7 for your registration. Would you tell me the full "
       "scores first?"),
     c("Listening 8, reading 7.5, speaking 7, writing 6.5. Same as last time. I paid 1,400 euros for this "
       "course.", None),
     t("So everything is 7 or above except writing, and writing hasn't moved in twelve weeks. The course didn't "
       "fix what you needed. Did you get marked feedback on your essays during it?"),
     c("Twice. The teacher was off sick three weeks, and the substitute only did speaking.", None),
     t("That shouldn't have happened, and I'll raise it with the director today. I'd like to offer free "
       "one-to-one writing sessions, essays marked within 48 hours, until your next test. Would that help?"),
     c("Maybe. But I don't know if I trust you now. I need to think.", "bad_experience"),
     t("That's fair. Take the day. I'll put the offer in writing, and the director will ring you tomorrow about "
       "the weeks with the substitute."),
     c("Okay. Tomorrow.", None)],
    [o,
     t("Oh no, I'm so sorry, that's a tough experience. The good news is you're so close! Our IELTS Intensive "
       "Plus is designed for exactly this: eight weeks, 990 euros."),
     c("Are you serious? I just did twelve weeks with you.", "bad_experience"),
     t("I completely understand your frustration. Lots of students need a second course to get over the line. "
       "And there's an early-bird price this week: 850."),
     c("I paid 1,400 already. I'm not paying you another 850 for the same thing.", "too_expensive"),
     t("I hear you. What about our writing masterclass add-on instead? Only 290, and it's our most popular."),
     c("Half the course the teacher wasn't even there. I want to talk to the director.", None)]))

# 15b. blame
o = c("Good morning. Our NAS failed yesterday. When we tried to restore, the latest backup was three weeks old. "
      "This is under our managed backup contract with you. We lost three weeks of client files.", None)
PAIRS.append(gpair(
    "b71g_yokohama_backup_failure", "Managed IT services, Yokohama (Japan)", "blame",
    "A small accounting office finds its managed backup silently stopped three weeks before a storage failure.",
    [o,
     t("Good morning. I'm very sorry; that's serious, especially for an accounting office. Let me check what our "
       "monitoring recorded. One moment, please?"),
     c("Yes.", None),
     t("The backup job began failing on the 2nd. Alerts went to your former office manager's address, and our "
       "technician should have caught the failures in the weekly check and didn't. That's our mistake."),
     c("So nobody saw it for three weeks. What can be done now for the files?", None),
     t("Two things. A recovery lab has a fair chance of reading the failed disks; we'll arrange it and cover the "
       "cost. And some files may be on laptops or in email; our technician can help collect them tomorrow "
       "morning."),
     c("Tomorrow morning is difficult, we have a client meeting until eleven. Afternoon is possible.", "no_time"),
     t("One o'clock, then. I'll also fix the alert address, add a daily check on our side, and send you a "
       "written report of what happened by Friday."),
     c("Thank you. Please also tell me how this will be reflected in the monthly fee.", None)],
    [o,
     t("Good morning, thank you for contacting us, I understand how stressful this must be. Let me look. Right: "
       "our system sent backup failure alerts from the 2nd. Did nobody in your office read them?"),
     c("We received nothing. Which address did you send them to?", None),
     t("To the contact on file, your former office manager. Keeping contact details up to date is the "
       "customer's responsibility, as our onboarding guide explains."),
     c("We informed your company when she left, by email in spring.", None),
     t("I don't see that on our side, I'm afraid. Also, your NAS is six years old; we recommended replacing it "
       "last year and your office decided not to."),
     c("You recommended it in one line on an invoice. Nobody said the backup depended on it.", None),
     t("I understand. So to avoid this in future, the best step is our Premium Backup plan with cloud copies, "
       "18,000 yen a month more."),
     c("We already pay for managed backup. I will not pay extra for what we should have had.", "too_expensive"),
     t("I hear you. Unfortunately, without the upgrade we can't guarantee this won't happen again."),
     c("Then I will discuss with my director whether we continue the contract at all.", "think_it_over")]))
