"""Ranked pairs f01-f10 (b233): both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t

PAIRS = []

# f01 Leeds: library smartphone class for over-sixties. Fault: argues with the customer.
o = c("Hello, I did the first smartphone class on Monday, the free one for over-sixties. I'm not sure I'll come back. It went too fast for me.", "bad_experience")
t1 = t("Thank you for telling us, and I'm sorry it felt like that. Which part lost you?")
c2 = c("The settings bit. She was swiping on her own phone and I couldn't see, and then everyone was on to the next thing.", None)
t5 = t("For next Monday, we can put the tutor's screen up on the big TV, and you can sit with Daniel, one of our volunteers, who'll go at your pace. Would that make it worth trying once more?")
c6 = c("A volunteer next to me would help. Alright, I'll give it one more Monday.", None)
t7 = t("Lovely. Ten o'clock, same room. I'll tell Daniel to save you a seat.")
PAIRS.append(rpair(
    "b233r_f01_leeds_library_smartphone_class",
    "An older learner rings the library after a free smartphone class went too fast for her.",
    [o, t1, c2,
     t("That makes sense. A little phone screen at the front is hard to follow, and that's down to how we ran it, not to you."),
     c("Well, that's kind of you. I did feel a bit daft.", None),
     t5, c6, t7],
    [o, t1, c2,
     t("Hmm, I don't think it was too fast, honestly. The tutor's done it for years and nobody else said anything. Maybe you just need more practice at home."),
     c("I did practise. All Tuesday afternoon. I'm telling you it was too fast for me.", None),
     t5, c6, t7],
))

# f02 Nairobi: NGO evening graphic design course, student price. Fault: doubts the customer's honesty.
o = c("Hi, I want to join the evening graphic design course. The website says there's a student price. I'm a student at Kenyatta University.", None)
t1 = t("Welcome! Yes, students pay 12,000 instead of 18,000 for the eight weeks. Are you doing design at KU, or something else?")
c2 = c("Economics, third year. Design is for my side hustle, I make posters for churches and small shops.", None)
t5 = t("Thank you. If you send a photo of the ID to this number, I'll reserve your place in the Tuesday and Thursday group starting on the 4th.")
c6 = c("Okay, I'll send it now. But 12,000 at once is hard for me. Can I pay half now and half in week four?", "no_money")
t7 = t("Yes, half to reserve and half by week four is fine. I'll send the paybill details with your confirmation.")
PAIRS.append(rpair(
    "b233r_f02_nairobi_design_course_student_price",
    "A university student asks for the student price on an NGO's evening graphic design course.",
    [o, t1, c2,
     t("Nice, the course will help straight away then, we do poster layout in week three. For the student price we just need to see your student ID or this semester's fee statement."),
     c("Okay, I have my ID on my phone.", None),
     t5, c6, t7],
    [o, t1, c2,
     t("Hmm. Third-year economics doing posters... a lot of people say they're students to get the discount. Are you sure you're actually registered this semester?"),
     c("Why would I lie? I'm registered, I have my ID right here on my phone. That is insulting.", None),
     t5, c6, t7],
))

# f03 Boston: museum corporate membership for an architecture firm. Fault: drops the price before asking anything.
o = c("Hi, I run a small architecture firm, twelve people, and someone suggested your corporate membership as a staff perk. What does it involve?", None)
t3 = t("The Associate level covers free entry for every employee plus a guest, and one private after-hours tour a year for up to twenty-five people, which a lot of firms use as a team evening.")
c4 = c("The tour is nice. We do a lot of work on old buildings, that would go down well. I'll need to run it by my partners.", "think_it_over")
t5 = t("Of course. I'll email a one-page summary of the Associate level and the tour, so your partners have the details in front of them.")
c6 = c("Great, thanks.", None)
t7 = t("And if you'd like to see the after-hours tour before deciding, you're welcome to join the next one on the 14th as our guest.")
PAIRS.append(rpair(
    "b233r_f03_boston_museum_corporate_membership",
    "The owner of a twelve-person architecture firm asks about a museum's corporate membership as a staff perk.",
    [o,
     t("Happy to explain. Before I go through the levels, what would you like it to do for your team: free visits, events, somewhere to bring clients?"),
     c("Mostly a perk, honestly. People ask about that kind of thing in interviews. And maybe a team evening once a year.", None),
     t3, c4, t5, c6, t7],
    [o,
     t("Sure! And I can tell you right away, for a firm your size I can knock twenty percent off the Associate level, so it'd be twenty-four hundred instead of three thousand."),
     c("Uh, okay. I haven't even said what we'd use it for. Why the discount already?", None),
     t3, c4, t5, c6, t7],
))

# f04 Mombasa: community clinic baby vaccine days. Fault: an unasked lecture.
o = c("Habari. I want to know which day you do the baby vaccines. My baby is six weeks.", None)
t1 = t("Nzuri, and congratulations! We do the baby vaccines on Mondays and Thursdays, eight to twelve. Do you have the child health booklet from the hospital where she was born?")
c2 = c("Yes, I have the booklet. She was born at Coast General.", None)
t5 = t("Then come on Thursday, by nine if you can, the queue is shortest then. If she has a fever that morning, call us first and we'll tell you whether to bring her.")
c6 = c("Okay. Thursday. Asante.", None)
t7 = t("Karibu. See you on Thursday.")
PAIRS.append(rpair(
    "b233r_f04_mombasa_clinic_baby_vaccines",
    "A mother asks a community clinic which days it gives baby vaccines.",
    [o, t1, c2,
     t("Good, bring it with you, the nurse will record the six-week vaccines in it. They are free."),
     c("Good. Monday I am at the market, so it will be Thursday.", None),
     t5, c6, t7],
    [o, t1, c2,
     t("Good. And while you're here, you must wash your hands every time before feeding, and it's exclusive breastfeeding for six months, no water, no porridge, and sleep her on her back. Many mothers don't know these things."),
     c("Eh, this is my third child, I know these things. I only asked about the day. Monday I am at the market.", None),
     t5, c6, t7],
))

# f05 Glasgow: homelessness charity volunteer application. Fault: a vague next step.
o = c("Hiya, I applied online to volunteer on the soup run about three weeks ago and I've not heard anything back. Just checking it's not got lost.", None)
t1 = t("Hiya, thanks for chasing, and sorry for the silence. Let me find you. What name did you apply under?")
c2 = c("Aileen McBride. I said Thursday nights.", None)
t3 = t("Found you, Aileen. Your application's fine, it's just waiting on a reference. We emailed your first referee but haven't heard back.")
c4 = c("Oh, that'll be my old boss, he's hopeless with emails. Can I give you someone else? My pal from the church runs the youth club.", None)
t7 = t("Thanks, Aileen, and thanks for wanting to help.")
PAIRS.append(rpair(
    "b233r_f05_glasgow_soup_run_volunteer",
    "A would-be volunteer chases her application to help on a homelessness charity's soup run.",
    [o, t1, c2, t3, c4,
     t("Yes, that's fine. Send me her name and email today and I'll contact her tomorrow. Once the reference is in, you'll get a place at the induction on the 9th, two hours on a Tuesday evening, and you can start on the Thursday run the week after."),
     c("Brilliant, the 9th works. I'll send it tonight.", None),
     t7],
    [o, t1, c2, t3, c4,
     t("Yes, that's fine, send her details through and we'll be in touch when we can. These things take a while, so we'll let you know."),
     c("Right... when, roughly? I've been waiting three weeks already.", None),
     t7],
))

# f06 Eldoret: holiday athletics training camp. Fault: over-promises.
o = c("Hello, my daughter runs the 1500 metres for her school. She is sixteen. I heard about your holiday training camp and I want to know if it is good for her.", None)
t1 = t("Hello, and congratulations to her! What are her times, and what is she hoping to get from the camp?")
c2 = c("She ran 4:38 at the county games. She dreams of a scholarship in America, like some girls from here.", None)
t3 = t("4:38 at sixteen is good. The camp is three weeks in December: two sessions a day, coaching, nutrition talks, and a race at the end that some college scouts come to watch. It's 25,000 shillings including meals and accommodation.")
c4 = c("25,000 is a lot for us. If I pay, will it help her get the scholarship?", "no_money")
t7 = t("We also have a few bursaries for families who can't manage the full fee. I'll send you the form, and you can call me when you've decided.")
PAIRS.append(rpair(
    "b233r_f06_eldoret_athletics_camp",
    "A mother asks whether a holiday athletics camp will help her sixteen-year-old runner win a US scholarship.",
    [o, t1, c2, t3, c4,
     t("Honestly, nobody can promise a scholarship. What the camp can do is improve her training and get her times seen. Three girls from last year's camp got offers, out of about sixty. Her school results matter too, the American colleges look at grades."),
     c("Okay, you are honest. Her grades are good. Let me talk to her father about the money.", "think_it_over"),
     t7],
    [o, t1, c2, t3, c4,
     t("Definitely. With her times, after our camp she will get a scholarship, I can guarantee it. All our girls get offers."),
     c("All of them? Last year a man took money from parents here promising America, and nothing happened. I don't trust guarantees.", "bad_experience"),
     t7],
))

# f07 Portland: library e-books on a new tablet. Fault: closes before checking the thing works.
o = c("Hi, dear. My son gave me a tablet for my birthday and he says the library has free e-books. I'd like to try it, but I'm not very good with these things.", None)
t1 = t("Happy birthday! Yes, it's free with your library card. Do you have your card with you, and the tablet?")
c2 = c("Both, right here. It's one of those Kindle Fire ones, I think.", None)
t5 = t("Let me show you step by step, and we'll borrow one together so you can see how it works. Is there an author you like?")
c6 = c("Louise Penny. I've read them all in paper, but the print's getting small for me.", None)
t7 = t("Then you'll like this: you can make the letters as big as you want. Let's find her newest one.")
PAIRS.append(rpair(
    "b233r_f07_portland_library_ebooks_tablet",
    "An older patron with a new tablet asks the library desk how to borrow free e-books.",
    [o, t1, c2,
     t("Let's check the library app works on it first, Fire tablets sometimes need it from a different store. May I? ... Yes, there it is, and it's installing. Now we log in with your card number."),
     c("Oh, look at that, it's there. That wasn't so bad.", None),
     t5, c6, t7],
    [o, t1, c2,
     t("Great! I've signed you up for the e-book service and put you on the holds list for the three books on the bestseller shelf, so they'll come straight to the app."),
     c("But I don't see any app. Where do the books go? There's nothing on here.", None),
     t5, c6, t7],
))

# f08 Brighton: swimming club adult lessons. Fault: recommends before asking.
o = c("Hi, I'm forty-five and I've never really learned to swim properly. I'm embarrassed to even ask, but do you do anything for adults?", None)
t1 = t("Please don't be embarrassed, lots of adults ask, and yes, we do.")
c2 = c("Oh good. I'm... well, I can sort of doggy paddle. I hate putting my face in.", None)
t5 = t("We've got a beginners' group that fits: six adults, in the small teaching pool on Sunday mornings before it opens to the public, so nobody watching. Ten weeks, forty-five pounds, and most people swim a length by the end.")
c6 = c("Sunday before opening, that sounds doable. Can I come and have a look first?", "think_it_over")
t7 = t("Of course. Come this Sunday at half eight, watch from the side and meet Lou, the teacher.")
PAIRS.append(rpair(
    "b233r_f08_brighton_adult_swimming",
    "A forty-five-year-old who cannot really swim asks a community swimming club about adult lessons.",
    [o, t1, c2,
     t("That's a really common starting point. Is there anything else about the water that worries you, the deep end, people around? And what would you like to be able to do by, say, the summer?"),
     c("People watching, honestly. And I'd love to swim a length with my kids on holiday in August.", None),
     t5, c6, t7],
    [o, t1, c2,
     t("Then you want our Adult Improvers squad on Tuesday nights, lanes of front crawl drills, brilliant for fitness. Forty-five pounds a term."),
     c("Drills? In lanes? I can't put my face in the water, I'd drown in front of everyone.", "no_need"),
     t5, c6, t7],
))

# f09 Norwich: hospice monthly gift by phone. Fault: unexplained jargon.
o = c("Hello, I'd like to start giving five pounds a month to the hospice. My neighbour said you can do it over the phone.", None)
t1 = t("Hello, thank you so much, that's really kind. Yes, I can set it up now. Can I take your name and address?")
c2 = c("Mrs Joan Barker, 4 Elm Close, Wymondham.", None)
t5 = t("Then I'll set up five pounds a month from the first, and a letter confirming everything will come within the week. You can change or stop it any time with a phone call.")
c6 = c("Lovely. Thank you, dear.", None)
t7 = t("Thank you, Mrs Barker, it means a lot to the nurses.")
PAIRS.append(rpair(
    "b233r_f09_norwich_hospice_monthly_gift",
    "An elderly woman rings a hospice to start a five-pound monthly gift.",
    [o, t1, c2,
     t("Thank you, Mrs Barker. One question: do you pay income tax, for example on a pension? If you do, the government adds 25p to every pound you give, at no cost to you. It's called Gift Aid, you just say yes and we do the rest."),
     c("Oh, I pay tax on my teacher's pension, yes. Twenty-five pence extra, that's lovely, yes please.", None),
     t5, c6, t7],
    [o, t1, c2,
     t("Thank you, Mrs Barker. Are you a UK taxpayer? If so I'll need a GAD on file so we can claim GA on your DD, subject to the four-year rule and HMRC reconciliation."),
     c("Sorry, dear, I didn't follow a word of that. A GAD? I don't want to sign anything complicated.", None),
     t5, c6, t7],
))

# f10 Dallas: animal shelter foster programme. Fault: talks about themselves instead of the customer.
o = c("Hey, I'm thinking about fostering a dog, but I live in an apartment and work from home. I don't know if that's allowed or if I'd even be any good at it.", None)
t1 = t("Thanks for reaching out! Apartments are fine for a lot of our dogs. Does your building have pet rules, like a weight limit?")
c2 = c("Under forty pounds, and I have to tell the manager. And I've never had a dog of my own, just my parents' dog growing up.", None)
t5 = t("Then a small or senior dog would likely suit you. Fostering costs you nothing, we cover food and vet care. The next step is a one-hour orientation: there's one Saturday at ten or Wednesday at six.")
c6 = c("I don't know yet. Let me talk to my building manager first, then I'll pick one.", "think_it_over")
t7 = t("That makes sense. I'll email you our letter for building managers, which explains how fostering works, plus the two orientation dates.")
PAIRS.append(rpair(
    "b233r_f10_dallas_shelter_dog_fostering",
    "A first-time dog fosterer who lives in an apartment and works from home asks an animal shelter about fostering.",
    [o, t1, c2,
     t("Under forty pounds rules out some of our big guys, but we have lots of small and medium dogs, and some seniors who just want a couch. Working from home is actually great for foster dogs, they settle faster with someone around. What's your day like, could you fit in three walks?"),
     c("Yeah, I walk at lunch anyway. Morning and evening too, sure.", None),
     t5, c6, t7],
    [o, t1, c2,
     t("Oh, I love that! I started fostering in an apartment too. My first was a pit mix named Waylon, he ate my couch, and I've had eleven fosters since and adopted two of them, Biscuit and Moose, Moose is on my lock screen, look..."),
     c("Ha, cute. So... is fostering something I could actually do with a forty-pound limit?", None),
     t5, c6, t7],
))
