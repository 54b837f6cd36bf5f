from common import c, rpair, t

# f01: argues with the customer
F1 = [c("Can I have a quick word? I feel Oscar's settling-in was rushed. Two sessions, then a full day, and he's cried every drop-off since.", None),
      t("Of course. Tell me what drop-off looks like at the moment."),
      c("He clings to my leg and screams and someone has to peel him off. It's killing me, honestly. I'm late for work most days.", None)]
F1b = [t("That sounds hard for you both, and you may be right that two sessions was too quick for him. What seems hardest for him?"),
       c("The moment I leave. If I hang around he's fine, but I can't stay, I've got work.", None)]
F1w = [t("Two sessions is our standard and most children settle fine with it. It wasn't rushed, Oscar's just finding it hard."),
       c("Well, it felt rushed to me. I'm starting to wonder if he's in the right place.", "think_it_over")]
F1e = [t("Let's try this: next week, shorter days with a lunchtime pickup, and his key person Amy meets you at the door and texts you a photo once he's calm."),
       c("Okay. I'll ask work about lunchtimes. Let's try it.", None)]

# f02: doubts the customer's honesty
F2 = [c("hi my heater has been broken for 2 weeks. ive reported it twice on the portal. its freezing", None),
      t("Sorry, two weeks without heat is not okay. What room are you in?"),
      c("block C room 14", None)]
F2b = [t("Thanks. I can't see your reports on my screen, so something's gone wrong with the portal. I'm logging it with maintenance now as urgent."),
       c("ok thanks. do they know when", None)]
F2w = [t("I can't see any reports on the system. Are you sure you actually submitted them? Students sometimes say they have."),
       c("yes im sure i have the confirmation emails. why would i lie about being cold", None)]
F2e = [t("Maintenance will come tomorrow before 12, and I'll bring you an oil heater from reception tonight."),
       c("ok. thanks", None)]

# f03: drops the price before asking anything
F3 = [c("Hi, I'm looking into drum lessons for my daughter, she's eleven. What do you charge?", None)]
F3b = [t("It's 30 pounds a half hour. Has she played before, and has she got a kit at home?"),
       c("She's done a term at school on their kit. We haven't got one, we're in a flat.", None)]
F3w = [t("Normally 30 a half hour, but I can do 24 if you book a term today. Has she played before, and has she got a kit at home?"),
       c("Oh. That's quite a drop, what's the catch? Anyway, she's done a term at school. No kit, we're in a flat.", None)]
F3e = [t("Lots of flat families use an electronic kit with headphones, and she can practise on ours here until you know she'll stick with it. First lesson Saturday?"),
       c("Saturday's good. Her dad might want to come and see.", None),
       t("Bring him along. I'll book her in for 11.")]

# f04: an unasked lecture
F4 = [c("Hi, it's Emma. Just so you know before Thursday, I haven't driven since my last lesson three weeks ago. Exams and stuff.", None),
      t("Thanks for telling me. How are you feeling about getting back in?"),
      c("Bit rusty probably. And my test's in five weeks, so I'm panicking a bit.", None)]
F4b = [t("Five weeks is enough. Thursday we'll warm up on quiet roads, then go back to roundabouts."),
       c("Okay, that sounds good.", None)]
F4w = [t("Well, learners who don't practise between lessons need about twenty more hours to pass on average, and rusty drivers cause a lot of accidents. Practice really matters."),
       c("Yeah, I know. I had exams. I was just telling you.", None)]
F4e = [t("Can you get any practice with your parents before the test?"),
       c("Mum says she'll take me out Sundays now exams are done. But I can't afford extra lessons this month.", "no_money"),
       t("No extras needed. Sundays with your mum plus our Thursdays should do it. See you Thursday at 4.")]

# f05: a vague next step
F5 = [c("Hi, I'm looking for a reading tutor for my son. He's ten, he has dyslexia, and his school isn't doing much.", None),
      t("Thanks. What does he find hardest right now, and has he had a formal assessment?"),
      c("Assessed in third grade. Long words, and he hates reading aloud. We tried an app, it was useless.", "bad_experience"),
      t("Apps don't adapt well to dyslexia. Two of our tutors are trained in Orton-Gillingham, a structured method for dyslexic readers. $65 a session, twice a week works best."),
      c("Twice a week is a lot with his therapy on Wednesdays. Could once work? Thursdays would be best.", "no_time")]
F5b = [t("Once works, it's just slower. I'll check Ms. Park's Thursday slots and call you by noon tomorrow with a time, and email her profile tonight."),
       c("Great, thank you.", None)]
F5w = [t("Once works, it's just slower. We'll look at the tutors' diaries and get back to you at some point."),
       c("Okay... any idea when? We've waited all term already.", None)]

# f06: over-promises
F6 = [c("Hello, Leila's in Year 5, the 11-plus is in September. Her mocks are around the pass mark. Can you help?", None),
      t("We can. Which parts of the mock are pulling her down?"),
      c("Non-verbal reasoning, and she runs out of time on comprehension.", None)]
F6b = [t("Both are very teachable. I can't promise a pass, nobody honestly can, but with weekly sessions most children in her position improve noticeably by September."),
       c("I appreciate you being straight with me.", None)]
F6w = [t("Don't worry, with us she'll definitely pass. Our students always get in."),
       c("Always? Her cousin's tutor promised exactly that and she didn't get in. I'm wary of promises like that.", "bad_experience")]
F6e = [t("The plan: weekly one-hour sessions, 50 pounds, on non-verbal reasoning and timed comprehension, with a timed mock every month so you see progress."),
       c("Fifty a week till September adds up. I need to talk to my husband.", "think_it_over"),
       t("Of course. I'll email the plan and the first mock date so you can go through it together.")]

# f07: closes before checking the thing works
F7 = [c("hi we homeschool 3 kids in rural montana and were looking at your math program. our internet is satellite and honestly not great", None),
      t("Thanks for saying so. What grades are the kids in, and what devices do they use?"),
      c("2nd 5th and 7th. they share one old chromebook. the $24 family plan is fine price wise but will it run on our stuff", None)]
F7b = [t("Let's check before you pay. There's a free 14-day trial: can the 7th grader try a lesson tonight at your busy time and tell me if videos stall?"),
       c("ok sure well try after dinner", None)]
F7w = [t("It should be fine. Shall I set you up on the annual plan now? $240 for the year, saves you $48."),
       c("i dont want to pay for a year and find out it doesnt load. let me try it first", "think_it_over")]
F7e = [t("Here's the trial link. If videos stall, switch on offline mode in settings and download lessons overnight."),
       c("got it thanks", None)]

# f08: recommends before asking
F8 = [c("Hi, I'm looking at summer camps for my twins, they're nine. A friend recommended you.", None)]
F8b = [t("Great, thanks for considering us. What are the twins into, and what hours do you need covered?"),
       c("One's sporty, the other loves art and hates sports. I work, so 8 to 5 ideally.", None)]
F8w = [t("Great! You'll love Sports Blast, our most popular camp, 9 to 3 with swimming every day."),
       c("Um, one of them hates sports. And 3 o'clock is no good, I work till five.", "no_need")]
F8e = [t("Our Explorer camp lets each child pick a track every morning, sports or art, with extended care till 5:30. $310 a week each, 10% off for siblings."),
       c("That's still over $550 a week for both. I'll have to look at our budget.", "no_money"),
       t("Understood. Lots of families book only the weeks they're stuck. I'll email the week-by-week dates."),
       c("That could work. Send them over.", None)]

# f09: unexplained jargon
F9 = [c("Hi, my son got his results and missed his offer by one grade. Nobody in our family's been to uni, I don't know what happens now.", None),
      t("Sorry to hear that, but it's often not the end. What was the offer, and what did he get?"),
      c("They wanted ABB, he got ABC.", None)]
F9b = [t("Universities sometimes still accept students who just miss. First, check UCAS Hub, the website he applied on; it shows if he's been accepted anyway. If not, there's Clearing, where courses with spare places take new students."),
       c("Right, so check the website, then this Clearing thing. Okay.", None)]
F9w = [t("Okay, check Hub for UF or CF. If it's not UF, he's in Clearing with a Clearing number, unless the insurance is CF. Adjustment won't apply."),
       c("Sorry, I didn't understand half of that. UF? Insurance?", None)]
F9e = [t("Shall I stay on the line while he logs in, so we look at it together?"),
       c("Yes please, he's here. I'll pass you over.", None)]

# f10: talks about themselves
F10 = [c("Hi, I'm thinking about your evening Spanish class. We're moving to Valencia next year and I've only got holiday Spanish.", None),
       t("That's exciting. What will you need Spanish for day to day?"),
       c("The bank, the doctor, the kids' school. My husband's job is in English, so it's on me really.", None)]
F10b = [t("So practical things, and you'll be the one doing them. Tuesday's class is general, but Thursday's is for people moving abroad and covers exactly those."),
        c("Thursday sounds right. How much is it?", None)]
F10w = [t("Oh, I lived in Valencia for two years! Best time of my life. Flat in Ruzafa, paella on the beach on Sundays, the Fallas. I still go back every year."),
        c("Lovely. Um, so which class would suit me? And how much is it?", None)]
F10e = [t("It's 180 pounds for ten weeks, and the first session is free."),
        c("180 is a bit steep. I'll see if the council does a cheaper one.", "too_expensive"),
        t("Fair enough. Come to the free Thursday session either way, and compare after.")]

PAIRS = [
rpair("b176r_f01_nursery_settling_rushed", "At nursery pickup a father says his son's settling-in was rushed. Worse argues with him.", F1 + F1b + F1e, F1 + F1w + F1e),
rpair("b176r_f02_halls_broken_heater", "A student in halls chats about a heater broken for two weeks. Worse doubts she reported it.", F2 + F2b + F2e, F2 + F2w + F2e),
rpair("b176r_f03_drum_lessons_price", "A parent asks a music school the price of drum lessons. Worse drops the price before asking anything.", F3 + F3b + F3e, F3 + F3w + F3e),
rpair("b176r_f04_driving_learner_rusty", "A learner warns her instructor she hasn't driven for three weeks. Worse lectures her.", F4 + F4b + F4e, F4 + F4w + F4e),
rpair("b176r_f05_dyslexia_reading_tutor", "A parent seeks a reading tutor for a dyslexic son. Worse ends with a vague next step.", F5 + F5b, F5 + F5w),
rpair("b176r_f06_eleven_plus_promise", "A mother asks about 11-plus tutoring. Worse promises a pass.", F6 + F6b + F6e, F6 + F6w + F6e),
rpair("b176r_f07_homeschool_math_satellite", "A homeschooling family on satellite internet asks about an online math program. Worse closes before checking it works.", F7 + F7b + F7e, F7 + F7w + F7e),
rpair("b176r_f08_summer_camp_twins", "A parent asks about summer camp for twins. Worse recommends before asking.", F8 + F8b + F8e, F8 + F8w + F8e),
rpair("b176r_f09_results_day_clearing", "A first-generation parent rings on results day. Worse answers in unexplained jargon.", F9 + F9b + F9e, F9 + F9w + F9e),
rpair("b176r_f10_spanish_class_moving", "An adult learner moving to Spain asks about evening classes. Worse talks about themselves.", F10 + F10b + F10e, F10 + F10w + F10e),
]
