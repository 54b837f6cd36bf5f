"""Gaming pairs b01-b10 of blind197 (hand-written)."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer
_open = c("Hi, I'm enquiring about the Python course. I'm a manual tester, six years, I want to move into automation.", None)
PAIRS.append(gpair(
    "b197g_hyderabad_python_for_testers", "coding institute, Hyderabad", "ignored_customer",
    "Manual QA tester with a small child wants to move into test automation before her role is cut.",
    [
        _open,
        t("Good move. What's pushing it now, your current company or looking outside?"),
        c("My company is reducing manual testers. I want to be safe. But I have a small kid, so weekdays after work is not possible.", None),
        t("So the worry is your role shrinking, and it has to fit around your child. Would weekends work?"),
        c("Sunday only. Saturday my husband works. And honestly I'm scared I'll fall behind, I haven't studied since college.", None),
        t("That's a common worry. Our Python for Testers batch is Sundays, ten to one, for sixteen weeks, and every class is recorded. There's a mentor you can WhatsApp if you're stuck in the week. The fee is 28,000, payable in three parts."),
        c("28,000 is okay if it actually gets me to automation. My friend did one course, she learned Python but nothing about Selenium, so it was useless for her job.", "bad_experience"),
        t("Fair point. This one is Python with Selenium and pytest from week five, and the final project is automating a real test suite. I can share the week-by-week syllabus for you to compare with your friend's. Would a free demo class this Sunday help?"),
        c("Yes, send the syllabus, and I'll come on Sunday.", None),
    ],
    [
        _open,
        t("Great! Tell me a bit about what you're looking for."),
        c("Automation, because my company is cutting manual testers. But I have a small kid, so only Sunday is possible for me.", None),
        t("Lovely. Our flagship Full Stack Python batch runs Monday to Friday, 7 to 9 pm. What do you think?"),
        c("I just said, weekdays not possible. Sunday only.", "no_time"),
        t("Sure, sure. And what's your current experience level?"),
        c("Six years manual testing, I told you. I'm worried I'll fall behind, I haven't studied in a long time.", None),
        t("No worries. The course is fast-paced, we cover Django, Flask, React and deployment in twelve weeks. Fee is 45,000. How does that sound for your goals?"),
        c("I don't need Django and React, I need testing. This is not the course for me.", "no_need"),
        t("Got it. Anything else I can help you with today?"),
        c("No, thank you.", None),
    ],
))

# 12 repeated_questions
_open = c("Alright. I need three of my lads on an IOSH Managing Safely course. Main contractor says no ticket, no site, from next month.", None)
PAIRS.append(gpair(
    "b197g_birmingham_iosh_site_supervisors", "health and safety training centre, Birmingham", "repeated_questions",
    "Owner of a small building firm needs three supervisors certified within four weeks to stay on a site.",
    [
        _open,
        t("Understood, that's a hard deadline. When exactly do they need to be certified by?"),
        c("The first. So about four weeks.", None),
        t("Right. Can they all be off at the same time, or do you need them staggered so the site keeps moving?"),
        c("Can't lose all three at once, no chance. Two one week, one the next, maybe.", None),
        t("We run it as three classroom days, Tuesday to Thursday, in Digbeth. There's one next week and one the week after, so two on the first and one on the second works. It's 475 each, and the certificate usually comes within ten days of the exam."),
        c("475 a head, that's near fifteen hundred. The place in Walsall was 420.", "too_expensive"),
        t("They might well be cheaper. What I'd check is whether theirs finishes in time. Ours gives you the result the same day and the certificate within ten days, so they'd be covered by the first. If Walsall gets them there in time, go with them, honestly."),
        c("Nah, Walsall's not till the end of the month, I rang them. Book me the two and the one.", None),
        t("Done. I'll email the joining details and the invoice today. Send me the lads' names when you can."),
    ],
    [
        _open,
        t("Thanks for calling. What's your main need today?"),
        c("Three of my lads need IOSH Managing Safely by the first of next month or they're off site.", None),
        t("Okay. And just so I understand, what's driving the need for the training?"),
        c("The main contractor. I just said. No ticket, no site.", None),
        t("Got it. So what's the key challenge you're trying to solve with this?"),
        c("Getting three blokes a bit of paper in four weeks. That's the whole challenge, mate.", None),
        t("Sure. And in your own words, what would success look like from the training?"),
        c("Are you reading off a card? I'll ring Walsall. I've not got all day for this.", None),
    ],
))

# 13 wrong_paraphrase
_open = c("Hello, I'm calling from a restaurant group. We need to get some staff certified in first aid, can you help?", None)
PAIRS.append(gpair(
    "b197g_singapore_restaurant_first_aid", "workplace first aid training provider, Singapore", "wrong_paraphrase",
    "Admin manager of a five-outlet restaurant group wants one first-aider per outlet per shift after a kitchen burn.",
    [
        _open,
        t("Yes, we can. How many staff, and what's prompting it, a requirement or an incident?"),
        c("We have five outlets. One of our cooks burned his arm badly last month and nobody knew what to do. So my boss says one trained person per outlet, per shift.", None),
        t("I'm sorry to hear that, I hope he's recovering. So one first-aider per outlet per shift. How many people is that, and do your shifts overlap?"),
        c("Two shifts each, so ten people. They cannot all come the same day, the kitchens will close.", None),
        t("Then a standard first aid course with CPR and AED, one day each, run on two separate days so each outlet sends one person per day. We can also come to your central kitchen if there's a room. It's 140 per person, and funding may bring that down."),
        c("On-site is good. The price, I need to check with finance how much we can claim first.", "think_it_over"),
        t("Sure. I'll send a quote with and without the funding, plus our two free on-site dates next month. Would you like burns covered in extra detail, given what happened?"),
        c("Yes, definitely. Thank you.", None),
    ],
    [
        _open,
        t("Absolutely. Tell me about your situation."),
        c("We have five outlets. One cook burned his arm last month, nobody knew what to do. Boss wants one trained person per outlet per shift.", None),
        t("So what I'm hearing is you want all your staff, about fifty people, trained as certified first aid instructors so you can run it in-house. Is that right?"),
        c("No, no. Not instructors. Just one per shift. Ten people.", None),
        t("Got it, so ten instructors, plus your managers on the Advanced Occupational First Aid, which is three days. Did I understand you correctly?"),
        c("No! Basic first aid. Three days they cannot leave the kitchen. Cannot.", "no_time"),
        t("Understood. So just to play it back, you're looking for our Corporate Safety Package with annual refreshers and an AED unit rental for each outlet. Great, I'll send that over."),
        c("I never said AED rental. Don't send anything, I will call another provider.", "no_need"),
    ],
))

# 14 pitch_to_upset
_open = c("Hi. I'm enrolled in your Level II prep. My father passed away two weeks ago. I can't... I can't study right now. I want to know if I can pause the course.", None)
PAIRS.append(gpair(
    "b197g_mumbai_cfa_bereavement_pause", "CFA exam prep provider, Mumbai", "pitch_to_upset",
    "Grieving CFA Level II candidate asks to pause his prep course after his father's death.",
    [
        _open,
        t("I'm very sorry about your father. Please take your time. Yes, we can pause it. Can I ask what dates you have in mind?"),
        c("I don't know. My exam is in May. I don't think I can sit it. I haven't opened the books since.", None),
        t("That's completely understandable. We can freeze your access from today for up to six months, so you don't lose anything you've paid for. For the exam itself, the CFA Institute has its own process for bereavement. Have you looked at that?"),
        c("No. I didn't know there was one. I thought I'd just lose the fee.", None),
        t("You may not. It's handled by them, not us, but I can email you the link to their page and the documents they usually ask for. Would that help?"),
        c("Yes. Please.", None),
        t("I'll send it now and freeze your account today. When you're ready, just reply to the email and we'll restart you on a plan that fits the new date. No rush at all."),
        c("Thank you. That's a weight off.", None),
    ],
    [
        _open,
        t("I'm so sorry for your loss. Thank you for sharing that with me. Can I ask, how are you feeling about your goals for Level II?"),
        c("I don't know. I haven't opened the books. I just want to pause.", None),
        t("I completely understand. Actually, a lot of candidates in difficult times find our Intensive Mentorship really helps, it gives structure when life feels chaotic. It's one-to-one with a charterholder, 35,000 extra."),
        c("I'm not looking for more classes. My father just died.", "no_need"),
        t("Of course. What I'm hearing is you need support, and that's exactly what mentorship is. We also have a May Pass Guarantee bundle, and if you upgrade before the 30th you get a free retake course."),
        c("Are you serious? I asked about a pause.", None),
        t("I understand. Pausing is possible, but there's an admin fee of 2,500, whereas the upgrade includes flexible dates. Which would you prefer?"),
        c("I'll email your support team. Goodbye.", None),
    ],
))

# 15 blame
_open = c("Hello, I'm locked out of the learning portal. I reset my password this morning and now it says my account is suspended. My unit four assignment is due Friday.", None)
PAIRS.append(gpair(
    "b197g_edinburgh_diploma_portal_lockout", "online care leadership diploma provider, Edinburgh", "blame",
    "Care home manager studying an online diploma is locked out of the portal two days before a deadline.",
    [
        _open,
        t("That's stressful with Friday coming. Can I take your learner number and check what's happened?"),
        c("It's 40218. I've not done anything odd, I just clicked the reset link.", None),
        t("Thanks, Fiona. I can see it: the reset was requested three times in a few minutes, and the system locks after three for security. The email doesn't say that, which is on us. I'm unlocking it now. Can you try logging in?"),
        c("Right... I'm in. Oh thank goodness. But I've lost a day now.", None),
        t("You have. I'll email your assessor and ask for a 48-hour extension on unit four, explaining the lockout was a system issue. Would that help?"),
        c("That would help a lot, aye. I've got double shifts Wednesday and Thursday.", None),
        t("I'll do it now and copy you in. If it ever locks again, phone this number rather than resetting, and I'll sort it."),
        c("Brilliant. Thank you.", None),
    ],
    [
        _open,
        t("Oh no, sorry to hear that. Let's understand what happened. What exactly did you do?"),
        c("I clicked the reset link. That's it. Learner number 40218.", None),
        t("I see. It looks like you requested the reset three times, so the account locked itself. That's what happens when users click too many times. Did you read the email properly?"),
        c("The first email didn't arrive! That's why I clicked again.", None),
        t("Right, it probably went to your spam. We do say in the welcome pack to add our address to your contacts. So what I'm hearing is the email setup on your side caused this."),
        c("My side? I've got an assignment due Friday and I'm locked out of your system.", None),
        t("I understand your frustration. The unlock goes through IT and takes up to 48 hours. Late submissions are the learner's responsibility, I'm afraid. Anything else I can help with?"),
        c("You've helped with nothing. I want to speak to someone senior.", None),
    ],
))

# 1 monologue
_open = c("Hello, sir, I want to join spoken English class. I have interviews coming, BPO and one private bank.", None)
PAIRS.append(gpair(
    "b197g_kolkata_spoken_english_interviews", "spoken English institute, Kolkata", "monologue",
    "Commerce graduate who understands English but freezes when speaking has a bank interview on the 20th.",
    [
        _open,
        t("Good, we can help. When are the interviews, and when you speak English now, where does it go wrong?"),
        c("Bank interview is on 20th. BPO not fixed. I understand everything, I can write also, but when I speak I get nervous and I think in Bengali first.", None),
        t("So understanding and writing are fine; the trouble is speaking under pressure, translating in your head. Have you done a mock interview before?"),
        c("No, sir. Never.", None),
        t("Then I'd start there. We have a four-week interview English batch, evenings six to half past seven, with two mock interviews recorded on video so you can watch yourself. The fee is 3,500. With the bank on the 20th, we'd do your first mock in week one."),
        c("3,500... my father is paying, I will need to ask him. Is there any installment?", "think_it_over"),
        t("Yes, two parts of 1,750. Or come to the free demo class tomorrow with your father if you like, and he can see what we do."),
        c("Okay sir, tomorrow six o'clock, I will come.", None),
    ],
    [
        _open,
        t("Very good, very good. Let me tell you, we are Kolkata's number one spoken English institute, twenty-two years of experience, eleven branches. Our method is different, we focus on confidence, personality development, body language, grooming, group discussion, everything. Our students are placed in TCS, Wipro, HDFC, Genpact."),
        c("Okay, sir. Actually my problem is—", None),
        t("Yes, everybody has a problem in the beginning, that is normal. We have a six-month Diamond course, three classes a week, plus personality development and computer basics free. Fee is 18,000, but today with the offer it is 14,500. And you get our book and a certificate."),
        c("Six months? My bank interview is on 20th, sir.", "no_time"),
        t("Interview is no issue, you will learn interview skills also, in month four. So, what do you feel about joining the Diamond course? Any questions?"),
        c("14,500 I cannot pay, sir. I was thinking one month only.", "no_money"),
        t("Okay, I will give you the brochure, you take it home, discuss with family. You understand the value, no?"),
        c("Yes, sir. I will see.", "brush_off"),
    ],
))

# 2 closing_as_open_question
_open = c("Hi, I'm a project manager at a bank here, looking at PMP prep. Need the 35 contact hours mainly.", None)
PAIRS.append(gpair(
    "b197g_singapore_pmp_bootcamp", "professional exam prep centre, Singapore", "closing_as_open_question",
    "Indian project manager at a Singapore bank wants PMP prep; his bank may reimburse only after he passes.",
    [
        _open,
        t("Sure. Have you got your PMI application ready, or are you starting from scratch on that too?"),
        c("From scratch. My experience is fine, eight years, but I haven't applied. My manager said the bank might reimburse if I pass.", None),
        t("So you need the 35 hours and help with the application, and the bank pays back only after you pass, so you'd pay upfront. When are you hoping to sit it?"),
        c("Before year end. After that I'm on a big migration project, no time at all.", None),
        t("Then our four-day weekend bootcamp in October would fit: 35 hours, application review included, 1,650. Or the self-paced online version at 690 if you'd rather study in the evenings."),
        c("The bootcamp sounds better, but 1,650 upfront... let me check the bank's policy first, whether they cover classroom or only online.", "think_it_over"),
        t("Good idea, some banks cap it. I'll email both options with the breakdown so you can send it to HR. Want me to pencil in an October seat meanwhile? No charge to hold it."),
        c("Yes, pencil it. I'll revert by next week.", None),
    ],
    [
        _open,
        t("Great. What would make today the day you commit to your PMP success?"),
        c("Ha. Not today, I need to know the options first. And my bank might reimburse.", "think_it_over"),
        t("Totally understand. Which would you prefer, the October bootcamp or the November one?"),
        c("I don't know yet, I need to check the bank's policy. I haven't even applied to PMI.", "think_it_over"),
        t("We help with the application. So, would you like to put the deposit on your card or PayNow?"),
        c("You haven't told me the price.", None),
        t("It's 1,650, and the deposit is just 300. What's holding you back from locking in your seat today?"),
        c("You are. I'll come back once I've checked with HR.", "think_it_over"),
    ],
))

# 3 pitch_as_paraphrase
_open = c("Hello, I coordinate volunteers at a food bank in Leicester. We need a way to get everyone through safeguarding and food hygiene and keep a record.", None)
PAIRS.append(gpair(
    "b197g_leicester_foodbank_volunteer_training", "e-learning platform for charities, UK", "pitch_as_paraphrase",
    "Volunteer coordinator at a food bank needs proof of safeguarding and hygiene training for sixty volunteers, many retired.",
    [
        _open,
        t("Happy to help. How do you do it now, and who needs to see the records?"),
        c("A spreadsheet and a lot of chasing. Our funder wants proof everyone's done safeguarding, and the council inspector asks about hygiene. Sixty volunteers, lots of them retired, not very techy.", None),
        t("So it's proof for the funder and the inspector, and it has to be simple for the volunteers. Do most of them have smartphones or email?"),
        c("Most, yes. A dozen or so don't, they'd need to do it on the laptop in the office.", None),
        t("That works. Our charity plan takes up to 75 users, has both courses ready-made, and a completion report you can export for the funder. It's free for registered charities under 100 users. The only cost would be accredited Level 2 hygiene certificates, 8 pounds each, if you want them."),
        c("Free? There's always a catch. We used a free platform once and they started charging after six months.", "bad_experience"),
        t("Understandable. The free charity tier is written into our terms while you're under 100 users, and I'll send you the clause. If that ever changed, you can export everything and leave. Want to try it with five volunteers first?"),
        c("Okay, five first. Let me pick the most patient ones.", None),
    ],
    [
        _open,
        t("Thanks for calling. What's the biggest challenge you're facing?"),
        c("Chasing sixty volunteers with a spreadsheet. The funder wants proof of safeguarding. And we've no money to speak of.", None),
        t("So what you need is our Professional plan with custom branding and gamification, at 4 pounds per user a month, is that right?"),
        c("Gamification? They're mostly retired. I need a tick box for the funder.", "no_need"),
        t("Absolutely, so what I'm hearing is you need advanced reporting and compliance dashboards, which is Professional Plus at 6 per user. Did I capture that correctly?"),
        c("Six pounds times sixty, every month? That's our tea and biscuits budget for the year. We can't.", "no_money"),
        t("I understand. So to summarise, you want the best for your volunteers, and that's Professional Plus with the charity discount at 5.40. Shall I send the agreement?"),
        c("No. I'll stick with the spreadsheet.", "no_need"),
    ],
))

# 4 upsell_as_loop_closing
_open = c("hi want to buy the aws solutions architect associate course. company reimburses upto 15k", None)
PAIRS.append(gpair(
    "b197g_noida_aws_certification_chat", "online IT certification course, sales chat, Noida", "upsell_as_loop_closing",
    "Cloud support engineer typing in a sales chat wants one certification course within his employer's reimbursement limit.",
    [
        _open,
        t("Sure. Have you done any AWS certification yet, or is this your first?"),
        c("first one. im in support, use ec2 and s3 daily but networking stuff like vpc im weak", None),
        t("So hands-on you're fine and VPC networking is the gap. The course is 11,999 and includes a separate VPC lab set. The exam voucher is bought from AWS, roughly 12,000 at current rates. Does your company cover the exam too?"),
        c("not sure. i think only training. exam fee i might have to pay myself", None),
        t("Worth asking before you book the exam, many companies cover it once you pass. For now the course alone is within the 15,000. Shall I put the invoice in your company's name for the reimbursement?"),
        c("yes company name. vertex infosolutions sector 62 noida", None),
        t("Done. You'll get access in ten minutes. Start with the VPC module since that's your weak spot; the practice tests are at the end. Anything I didn't answer?"),
        c("no all clear thanks", None),
    ],
    [
        _open,
        t("Excellent choice. To make sure we close the loop on everything you need, shall I add the practice test pack for 2,499?"),
        c("practice tests not included in the course", None),
        t("Some are, but the pack has more. What else can I add for you today? The Developer Associate course, so you're fully covered?"),
        c("dont need developer. im in support. weak area is vpc networking", "no_need"),
        t("Got it, then the Advanced Networking Specialty course would really round it off, 9,999. So that's Architect plus Networking plus the practice pack?"),
        c("thats way over 15k. company wont pay that, i would have to pay myself", "no_money"),
        t("Makes sense. Anything else I can add to complete your learning experience before I process the order? Lifetime access is just 1,500 more."),
        c("just the associate course. nothing else pls", "no_need"),
    ],
))

# 5 leading_tag_questions
_open = c("Hi. My job at the council's just been advertised as Welsh-essential for the next grade, so I need to get some Welsh. Where do I start?", None)
PAIRS.append(gpair(
    "b197g_cardiff_welsh_for_work", "Welsh for adults centre, Cardiff", "leading_tag_questions",
    "Council planning officer with young children needs courtesy-level Welsh for a promotion.",
    [
        _open,
        t("Good timing, we get a lot of council staff. Do you know what level the job description asks for?"),
        c("It says 'level 2, courtesy'. I think that means I can answer the phone and say hello, not much more?", None),
        t("Pretty much: greetings, simple phrases, understanding basic requests. Have you any Welsh at all, from school perhaps?"),
        c("Bits from school, thirty years ago. Bore da, diolch, that's it.", None),
        t("That's a start. For courtesy level the Mynediad entry course would get you there, two hours a week, online or at the Cathays centre. Councils often fund it for staff. When does the post close?"),
        c("Not till spring. And yes, HR mentioned something about a free scheme, I'll find out.", None),
        t("Do. If they fund it, you'd start in September. Meanwhile there's a free ten-hour taster online you can do in your own time."),
        c("Perfect, I'll do the taster and chase HR.", None),
    ],
    [
        _open,
        t("Great. You'll want to go for fluency, won't you? It's so much better for your career."),
        c("Fluency? The job just says level 2 courtesy. I think that's basic phrases.", None),
        t("Sure, but you don't want to stop at basics, do you? The Intensive Year is the one most people pick, isn't it?"),
        c("I don't know what most people pick. How many hours is intensive?", None),
        t("Nine hours a week, two evenings and a Saturday. You can manage that, can't you, if you really want the promotion?"),
        c("Nine hours a week? I've got two little ones, no chance.", "no_time"),
        t("I understand. But you wouldn't want someone else getting that grade, would you? It's 420 for the year, very reasonable, isn't it?"),
        c("Look, I'll talk to HR about what they fund and get back to you.", "think_it_over"),
        t("Of course. But you'll book with us, won't you?"),
        c("We'll see, mate.", "brush_off"),
    ],
))
