"""Ranked pairs d01-d10 (b233): two decent conversations; `better` is better in a way a sales coach would agree with."""
from common import c, rpair, t

PAIRS = []

# d01 Nairobi: NGO selling financial-literacy training to a boda boda SACCO
_open = c("Good afternoon. I am the chairman of Umoja Boda Boda SACCO in Kawangware. Our board wants some financial training for members. I saw your organisation does this. What do you have?", None)
PAIRS.append(rpair(
    "b233r_d01_nairobi_sacco_financial_training",
    "The chairman of a motorbike-taxi savings co-operative asks a training NGO what financial courses it offers.",
    [
        _open,
        t("Good afternoon, Chairman. Before I tell you what we have, what made the board decide on training now? Is something happening with the members?"),
        c("Honestly, loan repayment. About a third of members are behind on their bike loans. When the rains come there is no business, they don't pay, and then the penalties pile up.", None),
        t("So the real problem is repaying when income drops in the rainy season. Then general budgeting won't be enough. We have a module on irregular income, putting aside in the good weeks for the bad ones, and we can help the SACCO design a rainy-season savings product. Two sessions for up to forty members, 60,000 shillings. Would the board want to fix the product side too, or only train members?"),
        c("Both. But 60,000, the board will ask questions. Last year a consultant took our money for a workshop with slides and nothing changed.", "bad_experience"),
        t("That's a fair worry. Then start small: one pilot session with fifteen members who are behind, 20,000, and we follow their repayments for three months. If nothing changes, you don't do the rest. I can bring a one-page proposal to your next board meeting."),
        c("The pilot I can sell to the board. Our meeting is on the 3rd. Come at four.", None),
        t("The 3rd at four. I'll bring the proposal and how we'll measure the repayments."),
    ],
    [
        _open,
        t("Good afternoon, Chairman. We have a very good financial literacy programme for SACCOs: budgeting, saving, loan management and mobile money safety. Four sessions, up to forty members, 90,000 shillings, with certificates."),
        c("Loan management is good. Our members are behind on repayment, especially in the rainy season.", None),
        t("Then the loan management session will help them a lot. Many SACCOs have seen improvements after the full four sessions. I can send you the brochure and the budget."),
        c("90,000, the board will ask questions. Last year a consultant took our money for a workshop and nothing changed.", "bad_experience"),
        t("I understand. Our trainers are experienced and the sessions are practical, not just slides. I can give you the contacts of two SACCOs we trained so the board can call them."),
        c("Okay, send the brochure and the contacts. I will table it at the meeting on the 3rd.", "think_it_over"),
        t("I'll email them today. Please call me after the meeting."),
    ],
))

# d02 Chicago: nonprofit fitness centre member wants to cancel
_open = c("Hi, I'd like to cancel my membership, please. I've been a member about four years.", "no_need")
PAIRS.append(rpair(
    "b233r_d02_chicago_fitness_center_cancel",
    "A four-year member of a nonprofit community fitness center calls to cancel before knee surgery.",
    [
        _open,
        t("I can help with that. Four years, thank you for being with us. Do you mind if I ask what's changed? Sometimes there's an option that fits better, but if you just want to cancel, I'll do it."),
        c("I'm having knee surgery next month and I'll be out three, four months. No point paying for nothing.", "no_need"),
        t("That makes sense. Instead of cancelling, you could put a medical hold on it: no payments for up to six months, and you keep your 2021 rate, which is about twelve dollars a month less than new members pay. And our aquatic therapy classes are included, physical therapists often suggest pool work after knee surgery. Might be worth asking your surgeon about."),
        c("Huh. I didn't know about the hold. The pool thing I'd have to ask my PT, I don't want to mess up the knee.", "think_it_over"),
        t("Definitely ask first. I'll start the hold on the first of next month; we just need a doctor's note within thirty days, one line with the surgery date. When you're cleared, call or come in and we restart it."),
        c("Okay, let's do the hold. I'll get the note from the surgeon's office.", None),
        t("Done. You'll get an email confirming the hold and when the note is due. Good luck with the surgery."),
    ],
    [
        _open,
        t("I can help with that. Four years, thank you for being with us. Can I get your member number?"),
        c("It's 40112. I'm having knee surgery next month, so there's no point paying.", "no_need"),
        t("Sorry to hear about the surgery. I've processed the cancellation, effective the end of this billing cycle, so you won't be charged next month. You can keep using the facility until the 30th."),
        c("Great. And if I want to come back after?", None),
        t("You're welcome back any time. You'd rejoin at the current rate, and we often waive the joining fee in January."),
        c("Okay, good to know. Thanks.", None),
        t("Take care, and good luck with the knee."),
    ],
))

# d03 Manchester: monthly donor asks where her money goes
_open = c("Hi there. I give ten pound a month to you, and I read something in the paper about charity bosses' salaries. I want to know how much of my tenner actually gets to the kids.", None)
PAIRS.append(rpair(
    "b233r_d03_manchester_donor_overheads_question",
    "A monthly donor to an overseas children's charity rings after reading about charity salaries.",
    [
        _open,
        t("That's a completely fair question. Can I ask what you read, so I answer the right thing? Was it about us, or charities in general?"),
        c("In general. Some chief exec on two hundred grand. I'm a dinner lady, I'm not made of money, and I want it going to the kids, not to somebody's salary.", None),
        t("Understood. Our last accounts say 84p in every pound goes on the programmes, 11p on raising the next pound and 5p on running costs. Our chief exec was paid 118,000 last year, it's in the accounts on our website. And if you'd rather all your tenner went to one thing, you can restrict it to the school meals project in Malawi, and we'll send you a report on it every six months."),
        c("Hm. Restricting it, I like that. But I'm going to read those accounts first before I decide anything.", "think_it_over"),
        t("Please do. I'll email you the link to the accounts and the last school meals report, and I'll make a note not to ring you about it. If you want to restrict it, just reply or ring and it's done the same day."),
        c("Fair enough. Thanks for not fobbing me off.", None),
        t("Thank you for asking. It's your money, you should know where it goes."),
    ],
    [
        _open,
        t("That's a fair question. I can tell you that 84p in every pound goes directly on our programmes, which is well above average for a charity our size."),
        c("And the other 16p? Some chief exec on two hundred grand, I read.", None),
        t("The rest covers fundraising and running costs. Our chief exec is paid a lot less than that, and all senior salaries are published in our annual accounts on the website."),
        c("I'm a dinner lady. I want it going to the kids, not salaries. I might just give to the school down the road instead.", "no_need"),
        t("I completely understand, and we'd be sorry to lose you. Your ten pounds really does make a difference, it's a month of school meals for a child."),
        c("Right. I'll have a look at the accounts, then.", "think_it_over"),
        t("Thank you. If you have any other questions, just give us a ring."),
    ],
))

# d04 Kisumu: community clinic diabetes support group, shy older man
_open = c("Good morning. The nurse told me to come and ask about the sugar group.", None)
PAIRS.append(rpair(
    "b233r_d04_kisumu_clinic_diabetes_group",
    "A quiet older man, newly diagnosed with diabetes, is sent by the nurse to ask about the clinic's support group.",
    [
        _open,
        t("Good morning, Mzee, you're welcome. Please sit. The sugar group is for people living with diabetes, they meet here every Wednesday morning. Can I ask how long you've had the sugar problem?"),
        c("They told me in March.", None),
        t("Since March. That's not long, and there's a lot to learn. How has it been, managing the tablets and the food?"),
        c("The tablets, okay. The food... my wife cooks, I eat. I don't know what is allowed. And a group, I am not a person of talking in front of people.", None),
        t("Nobody has to talk. Many people only listen the first few times. The group is led by Mama Akinyi, she speaks Dholuo and English, and once a month there's a cooking session where members bring their wife or daughter. It's 200 shillings a month, with your monthly sugar test included. Would you like to come on Wednesday with your wife and just listen?"),
        c("With my wife, yes. 200 is okay. Wednesday, what time?", None),
        t("Nine o'clock, in the room behind the pharmacy. I'll tell Mama Akinyi to expect you both."),
    ],
    [
        _open,
        t("Good morning, Mzee, you're welcome. The sugar group is for people living with diabetes. It meets every Wednesday at nine. Members get a monthly sugar test, health talks, and a cooking session once a month. Membership is 200 shillings a month."),
        c("Okay. 200.", None),
        t("Many members say it has helped them control their sugar and understand their food. Would you like to register today?"),
        c("Let me first see. I am not a person of talking in front of people.", "think_it_over"),
        t("That's alright, you don't have to talk, you can just listen. I'll register you and you can start on Wednesday."),
        c("Okay. Wednesday.", None),
        t("Here's your card. See you on Wednesday at nine."),
    ],
))

# d05 Atlanta: literacy nonprofit recruiting a volunteer tutor
_open = c("Hi! I saw your booth at the farmers market about volunteer reading tutors. I'm interested, but I work full time and I've got two teenagers, so I'm kind of nervous about the commitment.", None)
PAIRS.append(rpair(
    "b233r_d05_atlanta_literacy_volunteer",
    "A busy working parent is interested in volunteering as a reading tutor but worried about the time.",
    [
        _open,
        t("Thanks for stopping by! It's fair to be nervous, so let's be honest about the time. What does a normal week look like for you, when are you actually free?"),
        c("Tuesday evenings, usually. Weekends are chaos with the kids' games. Maybe one Saturday a month.", None),
        t("Okay. Our one-on-one adult tutoring asks for ninety minutes a week for six months, and it works best when people don't miss, because the learner counts on you. We do have Tuesday evening learners at the East Point library. There's also Saturday Reading Buddies with kids, once a month, no long commitment. Which sounds more doable?"),
        c("Six months of every Tuesday... I'd love to, but with work I can't promise that right now.", "no_time"),
        t("Then don't promise it yet. Start with Reading Buddies next month, see how you like tutoring, and if Tuesdays stay free, the adult tutor training runs again in the spring. Better to start small than to drop a learner halfway."),
        c("That I can do. Sign me up for a Saturday.", None),
        t("Great. I'll email you the dates and the twenty-minute online orientation. The background check is free, we cover it."),
    ],
    [
        _open,
        t("Thanks for stopping by! We'd love to have you. Our tutors meet an adult learner once a week for ninety minutes at a library near them. There's a six-hour training first, then we match you."),
        c("Tuesday evenings I could do, usually. Weekends are chaos.", None),
        t("Perfect, we have learners on Tuesday evenings at East Point. The training is two Saturdays next month."),
        c("Two Saturdays? That's hard, my kids have games.", "no_time"),
        t("We also run it online on weekday evenings, you could do that instead. Shall I put you down for the next group?"),
        c("Um, okay, yeah, let's try it.", None),
        t("Great! I'll email you the details and the background check form."),
    ],
))

# d06 Bristol: adult education bookkeeping course for a home baker
_open = c("Hello, I'm ringing about the bookkeeping course in your brochure, the Level 3 one. Is there still space for September?", None)
PAIRS.append(rpair(
    "b233r_d06_bristol_bookkeeping_course",
    "A home baker rings an adult education centre to book a long bookkeeping qualification.",
    [
        _open,
        t("Let me check... yes, there's space. Before I book you, can I ask what you're hoping to use it for? Level 3 is quite a commitment, so I'd like to be sure it's the right one."),
        c("I run a small cake business from home, and my accountant charges me a fortune to sort my receipts every year. I thought if I learned bookkeeping I could do it myself.", None),
        t("That helps. Level 3 is aimed at people who want to work as bookkeepers: thirty weeks, 680 pounds, a lot of payroll and VAT for other businesses. For your own sole-trader books, our eight-week Bookkeeping for Your Small Business evening course covers records, software and self-assessment, and it's 145. Does your business pay VAT, or have staff?"),
        c("No, just me, and I'm nowhere near the VAT threshold. Oh, so I'd be paying for a lot I don't need.", None),
        t("Probably, yes. If you do the short course and love it, you can go on to Level 3 later. The next short course starts on the 12th of September, Wednesday evenings."),
        c("Wednesdays I do deliveries till seven. What time does it start?", None),
        t("Half seven, so you'd just make it. Shall I book you on, or email you the details first?"),
    ],
    [
        _open,
        t("Let me check... yes, there's space in the September group, Tuesday and Thursday evenings for thirty weeks. The fee is 680 pounds, and you can pay in three instalments."),
        c("Oh, that's more than I thought. I run a small cake business, I just want to do my own books instead of paying my accountant.", "too_expensive"),
        t("It's a big course, but you come out with a recognised qualification, and the instalments make it easier. You'd be able to do your own books and a lot more."),
        c("Three instalments of what, two-twenty-odd? I'd need to think about it, with the business being quiet in winter.", "think_it_over"),
        t("Two hundred and twenty-seven, yes. We also have a shorter small-business course if you'd prefer, 145 for eight weeks. I can send you details of both."),
        c("Send both, I'll have a look.", None),
        t("Will do, I'll email them this afternoon."),
    ],
))

# d07 Nakuru: rugby club membership for a newcomer
_open = c("Hi, I've just moved to Nakuru for work, from Nairobi. A colleague said the rugby club is the place to meet people. How does membership work?", None)
PAIRS.append(rpair(
    "b233r_d07_nakuru_rugby_club_newcomer",
    "A professional who has just moved to town asks about joining the rugby club to meet people.",
    [
        _open,
        t("Welcome to Nakuru! Are you looking to play, or more the social side: watching matches, the bar, meeting people?"),
        c("Ha, my playing days are over, I did my ACL at university. Mostly to meet people. Maybe I could help out with something.", None),
        t("Then the playing membership at 12,000 would be wasted on you. The social membership is 5,000 a year: clubhouse, members' bar prices and Saturday match days. And the juniors' programme always needs volunteers on Sunday mornings, team managers, first aid, transport. It's a quick way to get to know everyone. Would that interest you?"),
        c("Sunday mornings, maybe not every week, I travel a lot for work.", "no_time"),
        t("No problem, the junior coordinator runs a rota, even once a month helps. Come to Saturday's match against Kisumu, I'll introduce you to her and a few members, and you can join at the bar afterwards if you like the place."),
        c("Saturday works. What time's kickoff?", None),
        t("Three o'clock. Ask for me at the gate, Kamau."),
    ],
    [
        _open,
        t("Welcome to Nakuru! Membership is 12,000 a year. It covers training, matches, the clubhouse and members' prices at the bar. We train Tuesday and Thursday evenings."),
        c("Ah, I don't really play any more, I did my ACL at university. I want to meet people.", "no_need"),
        t("We also have a social membership for 5,000, without the training. Lots of our members are social members."),
        c("That sounds more like it. Five thousand is fine.", None),
        t("Great. You can pay at the clubhouse on any match day, the next one is Saturday at three."),
        c("Okay, I'll come on Saturday.", None),
        t("See you then."),
    ],
))

# d08 Edinburgh: walking club for a recently retired widower
_open = c("Hello. My daughter's been on at me to join something since I retired. Your walking group came up. I'm sixty-eight, I've not done much walking, mind.", None)
PAIRS.append(rpair(
    "b233r_d08_edinburgh_walking_club",
    "A recently retired man, pushed by his daughter, rings a community walking club.",
    [
        _open,
        t("Hello, and good on your daughter. What sort of walking have you done, and is there anything that makes it harder, knees, breathing, that kind of thing?"),
        c("Dog walks round the park, half an hour. Knees are alright. I get a bit puffed on hills.", None),
        t("Then the Tuesday Strollers would suit you: about four miles, flat, along the Water of Leith, with a cafe stop halfway. The Saturday group does the Pentlands, hills and eight or ten miles, best left for later. Is it mostly the walking you're after, or the company as well?"),
        c("Company, to be honest. Since my wife died the house is awful quiet.", None),
        t("I'm sorry about your wife. The Tuesday lot are friendly, a few widowers among them, and most stay on for lunch after. You can come twice free before deciding on the fifteen-pound membership. Shall I tell the leader, Moira, to look out for you next Tuesday?"),
        c("Aye, go on then. Where do I meet them?", None),
        t("Ten o'clock at the Stockbridge end of the Colonnades. Moira wears a red jacket. Bring a waterproof, it's Edinburgh."),
    ],
    [
        _open,
        t("Hello! You're very welcome. We have walks every Tuesday and Saturday. Membership is fifteen pounds a year, which covers insurance, and you can come on two walks free first."),
        c("Which one would be better for a beginner?", None),
        t("Tuesday's shorter and flat, about four miles. Saturdays are in the Pentlands, eight to ten miles with hills."),
        c("Tuesday, then. I get puffed on hills.", None),
        t("Tuesday's perfect. We meet at ten at the Stockbridge end of the Colonnades. Bring a waterproof."),
        c("Right. I'll maybe see you Tuesday, then.", "think_it_over"),
        t("Great, see you there."),
    ],
))

# d09 Cardiff: thank-you call to a regular food bank donor
_open = c("Hello? Who's this?", None)
PAIRS.append(rpair(
    "b233r_d09_cardiff_food_bank_thank_you_call",
    "A food bank calls a three-year monthly donor to thank him; he has just retired.",
    [
        _open,
        t("Hello, is that Mr Pritchard? It's Ffion from the Valleys Food Bank. You've given to us every month for three years and I'm ringing just to say thank you, no ask. Is now an okay time for two minutes?"),
        c("Oh, that's nice. Yes, go on. I've just retired, actually, so I've got more time than I know what to do with.", None),
        t("Congratulations on retiring! Your gifts helped stock the Merthyr hub, which fed about four hundred families last winter. How's retirement treating you so far?"),
        c("Early days. Money's tighter on the pension, to be fair. I was wondering if I'd have to stop the direct debit.", "no_money"),
        t("Please don't worry about that. If you need to lower it or stop, that's completely fine, you've done a lot already. And if it's time you've got now rather than money, the Merthyr hub is always after volunteers on weekday mornings. Only if it appeals."),
        c("Now that's an idea. I'd rather give my time. Can I bring the direct debit down to five instead of ten?", None),
        t("Of course. I'll change it to five from next month, and I'll ask Dai, the hub coordinator, to ring you about volunteering. Thank you, Mr Pritchard."),
    ],
    [
        _open,
        t("Hello, is that Mr Pritchard? It's Ffion from the Valleys Food Bank. You've given to us every month for three years and I'm ringing to say thank you."),
        c("Oh, that's nice. Yes, I've just retired, actually.", None),
        t("Congratulations! Your gifts helped stock the Merthyr hub, which fed about four hundred families last winter. Demand's up thirty percent this year, so we're asking a few loyal supporters if they could go from ten to twelve pounds a month. Would that be possible?"),
        c("Oh. I don't think so, love, I'm on my pension now. I was wondering whether to keep the ten going at all.", "no_money"),
        t("I completely understand, and thank you for being honest. Ten pounds a month is wonderful, and you can change it any time."),
        c("Right. I'll see how it goes.", "think_it_over"),
        t("Thank you so much, Mr Pritchard. Enjoy your retirement."),
    ],
))

# d10 Mombasa: community library children's reading club
_open = c("Hello, I want to register my son for the reading club. He is eight. His teacher says he is behind in reading.", None)
PAIRS.append(rpair(
    "b233r_d10_mombasa_library_reading_club",
    "A mother wants to register her eight-year-old, who is behind in English reading, at the community library's reading club.",
    [
        _open,
        t("You're welcome. Before we register him, tell me a bit more: is it reading in English, Kiswahili or both, and what does the teacher say he finds hard?"),
        c("English. At home we speak Kiswahili and Digo. The teacher says he knows the words when you say them, but when he reads them he guesses.", None),
        t("That's very common for children with two or three languages at home, and it's good news: he understands, he just needs to link the sounds to the letters. Our regular club is story time and borrowing, which won't fix that. On Saturdays we have a small phonics group for ages seven to nine, eight children with a trained teacher, 300 shillings a month. Is Saturday possible for him?"),
        c("Saturday mornings he goes to madrasa until eleven.", "no_time"),
        t("The phonics group is half eleven to one, so he could come straight after. If you bring him this Saturday, the teacher will listen to him read for ten minutes, free, and tell you honestly whether the group is right for him."),
        c("Okay, this Saturday. I will bring him after madrasa.", None),
        t("Good. Ask for Teacher Halima, and bring his school reader if you can."),
    ],
    [
        _open,
        t("You're welcome. The reading club meets on Saturdays at half eleven. The children read stories together and borrow two books a week. It's 300 shillings a month."),
        c("He is behind in English reading. Will the club help him?", None),
        t("Yes, reading more books will help him a lot, and the volunteers read with the children."),
        c("Good, because Saturday morning he has madrasa until eleven, so half eleven is fine.", None),
        t("Then it fits well. Shall I register him now?"),
        c("Yes, register him. Juma Said.", None),
        t("Done. Bring him on Saturday and he can choose his first two books."),
    ],
))
