"""Ranked pairs f01-f10 (written by hand): both sides share every turn except one fault in `worse`
(and the customer's reaction to it)."""
from common import c, rpair, t

# f01: argues with the customer
f01_o = c("Hi, I'm calling about my daughter's reading tutor. Maisie's seven, she's been doing the phonics sessions with Miss Clarke for six weeks and she says they're boring, she's doing the same sounds she did in Year 1.", None)
f01_t1 = t("Thanks for calling. Six weeks of the same sounds would bore most seven-year-olds. Do you know which sounds they've been working on?")
f01_c1 = c("The 'ai' and 'ee' ones, the digraphs I think they're called. She knows them. Her teacher at school says her decoding's fine, it's reading longer books she struggles with.", None)
f01_t2_better = t("That's really useful, thank you. If her decoding is secure, she should be moving on to fluency and comprehension, reading longer books aloud and talking about them. I'll speak to Miss Clarke today and ask her to do a quick check of the sounds and then move on.")
f01_c2_better = c("Good. I just don't want to pay for her to go over stuff she already knows.", None)
f01_t2_worse = t("I'd push back a bit there. Phonics is the evidence-based method, and going over the sounds again is exactly how children get secure. Bored isn't necessarily a bad thing.")
f01_c2_worse = c("I'm not against phonics. I'm telling you her teacher says she already knows them. I'm paying thirty pounds a week for her to be bored.", "too_expensive")
f01_t3 = t("Would it help if Miss Clarke rang you after Thursday's session to tell you what she's changing, and you see whether Maisie's happier by the end of next week?")
f01_c3 = c("Yes, that'd be good. If it's still the same after that, I'll probably stop.", None)
f01_t4 = t("That's fair. I'll make sure she calls you on Thursday evening.")

# f02: doubts the customer's honesty
f02_o = c("Hello. I enrolled for the digital marketing short course and paid 18,000. I withdrew on the third day because I got a job with day shifts. The website says full refund within seven days. It has been three weeks and nothing.", None)
f02_t1 = t("Hello, sorry for the wait. Let me look. Could you give me your name and the email you registered with?")
f02_c1 = c("Achieng Otieno. I used my Gmail, the same one I registered with. I sent the withdrawal on the 3rd.", None)
f02_t2_better = t("Thank you. I can see your enrolment and your email from the 3rd, so you're well within the seven days. The refund request was never passed to finance, and that's on us.")
f02_c2_better = c("Okay. So when will I get it?", None)
f02_t2_worse = t("I can see the enrolment, but I'm not seeing a withdrawal email. Are you sure you actually sent it? We get a lot of students saying they withdrew when they didn't.")
f02_c2_worse = c("So I am lying now? I have the sent email right here, with your auto-reply saying received. I can forward it this minute.", None)
f02_t3 = t("I'm raising the refund to finance now, to your M-Pesa number. It takes five working days, so by next Friday. I'll email you the reference so you can quote it if anything goes wrong.")
f02_c3 = c("Okay. If it's not there by Friday I'm coming to the office.", None)
f02_t4 = t("That's fair. Here's my direct extension, 214, so you don't have to queue.")

# f03: drops the price before asking anything
f03_o = c("Hi, I'm the CTO at a fintech startup in Koramangala. I'm looking at your applied machine learning course for maybe twelve of our engineers. Can you tell me about it?", None)
f03_t1_better = t("Sure. Before I go through it, what do you want the engineers to be able to do afterwards? That decides which parts of the course matter for you.")
f03_c1_better = c("We're building fraud detection. Right now one data scientist does all the modelling and the backend guys can't even read her code. I want them to understand enough to deploy and monitor her models.", None)
f03_t1_worse = t("Sure. It's normally 45,000 per person, but for a group of twelve I can do it at 32,000 each. That's a very good rate, honestly.")
f03_c1_worse = c("Okay... I haven't asked about price yet. We're building fraud detection. One data scientist does all the modelling and the backend guys can't read her code. I want them to understand enough to deploy and monitor her models.", None)
f03_t2 = t("Then the full course is more than you need, half of it is model building. The three-day MLOps module, deploying, monitoring and drift, would fit your backend team better, and your data scientist could join on the last day to walk them through her own pipeline.")
f03_c2 = c("That sounds closer. What does the module cost?", None)
f03_t3 = t("For twelve people, 2.6 lakh for the three days, in person at your office. I can send a day-by-day outline today so you can check it against her stack.")
f03_c3 = c("Send it. I'll go over it with her and get back to you next week.", "think_it_over")

# f04: an unasked lecture
f04_o = c("Hi, my daughter's a senior, she's applying to about ten colleges and she's totally stuck on her Common App essay. Early action deadline is November 1st. Do you do essay coaching?", None)
f04_t1 = t("We do. When you say stuck, is she stuck on what to write about, or has she got a draft she doesn't like?")
f04_c1 = c("She's got like three drafts, all about her soccer injury, and she hates all of them. I've been helping, but honestly we're just fighting about it now.", None)
f04_t2_better = t("That's really common, and it's a good reason to bring in someone outside the family. Three drafts on the same topic often means the topic isn't quite right, so the first session would be about finding what she actually wants to say.")
f04_c2_better = c("Yeah, that's... exactly it. She'd listen to someone who isn't me.", None)
f04_t2_worse = t("Can I say something? A lot of parents get too involved in the essay, and admissions officers can tell when a parent's voice is in there. It has to be her story, not yours. Parents really should step back at this stage.")
f04_c2_worse = c("Okay, I didn't call for a lecture. I'm trying to get her help, that's why I'm calling you.", None)
f04_t3 = t("We do a package of three one-hour sessions over two weeks, $450, which gets most students from stuck to a finished draft before a November deadline. She could start this week.")
f04_c3 = c("$450 is more than I figured, but if it ends the fighting it's probably worth it. Can she do Thursday evening?", "too_expensive")
f04_t4 = t("Thursday at seven works. I'll send her a short questionnaire first so the coach isn't starting cold.")

# f05: a vague next step
f05_o = c("Morning. We're a small engineering firm in Stourton, fourteen staff. We want to take on our first apprentice, maintenance technician, Level 3. I've no idea how any of it works.", None)
f05_t1 = t("Morning. Happy to walk you through it. Has anyone in particular caught your eye, or are you starting from scratch with recruitment?")
f05_c1 = c("My lad's mate, actually, he's eighteen, just finished college, keen as mustard. But I'm worried about the cost. We're not a big outfit and money's tight this year.", "no_money")
f05_t2 = t("For a firm your size the government pays 95 percent of the training, so your share is about £1,350 over the whole programme, and there's no levy to pay. You pay his wages, at least the apprentice minimum, though most pay more. He'd be at college with us one day a week.")
f05_c2 = c("One day a week off the floor I can live with. And his wages I'd be paying anyway if I took someone on.", None)
f05_t3_better = t("Then the next step is a forty-minute visit to your site, so I can see the kit he'd be working on and check the standard fits. I can come Tuesday at ten or Thursday at two. Which is better?")
f05_c3_better = c("Thursday at two. I'll have him come in too.", None)
f05_t3_worse = t("Great. Leave it with me, I'll have a chat with the team and we'll let you know the next steps in due course.")
f05_c3_worse = c("Right. In due course meaning what, next week? He's had an offer from a garage, I can't sit on this long.", None)
f05_t4 = t("I'll also email you a one-page summary of the funding and what you'd be signing, so you've got it in writing.")

# f06: over-promises
f06_o = c("Hello, my son is in Intermediate first year, BiPC. He wants to do MBBS. His Class 10 was 9.2 GPA. We are thinking of your long-term NEET coaching. What are his chances?", None)
f06_t1 = t("Hello. Good that you're starting in first year. How is he doing in Intermediate so far, and which of physics, chemistry and biology is he most comfortable with?")
f06_c1 = c("Biology and chemistry he is strong. Physics he is scared of, numericals he cannot do. In the unit test he got 40 percent in physics.", None)
f06_t2_better = t("That's very common, and two years is enough time to fix physics if he works steadily. I won't give you a number for his chances, nobody honestly can. What I can say is that our weekly tests will show by December whether physics is improving, and we'll tell you plainly either way.")
f06_c2_better = c("Okay. I like that you are not making big promises. The other institute said confirmed seat.", None)
f06_t2_worse = t("Don't worry at all. With our long-term programme he will definitely get a government MBBS seat. Our physics faculty will make him score 150 plus in physics, that I can guarantee you.")
f06_c2_worse = c("Definitely? My nephew was told the same thing at another institute, and he did not even qualify. Hmm.", "bad_experience")
f06_t3 = t("The long-term programme is 1.65 lakh per year, and an extra Sunday batch for physics numericals is included. You can pay in three instalments.")
f06_c3 = c("1.65 is a big amount for us. Let me speak with his mother, and we will visit on Saturday.", "think_it_over")
f06_t4 = t("Please do. Bring his unit test papers, and he can sit in a physics class on Saturday to see how it's taught.")

# f07: closes before checking the thing works
f07_o = c("Hello, my neighbour said her daughter is using your online maths lessons. My son is in Grade 6. How does it work?", None)
f07_t1 = t("Hello. It's live lessons in our app, four evenings a week, groups of eight, with a teacher who marks the homework in the app. Which device would your son use?")
f07_c1 = c("We have an old Samsung tablet, my husband's from some years back. And we use Safaricom bundles, there is no Wi-Fi in the house.", None)
f07_t2_better = t("Then before you pay anything, let's check it works. Can you install the app on the tablet and join the free demo class tonight at seven? It'll show whether the tablet copes, and how much data one lesson uses, usually around 300 MB.")
f07_c2_better = c("Okay, I will install it and he will try the demo tonight.", None)
f07_t2_worse = t("Perfect, that should be fine. The fee is 2,500 a month. If you pay now by M-Pesa I'll activate his account straight away and he can start tonight.")
f07_c2_worse = c("Okay, I am sending now... done. I just hope it works on that old tablet.", None)
f07_t3 = t("His group is Monday to Thursday at six, with Mr Mwangi. If anything goes wrong with the app, call this number and our tech person will help.")
f07_c3 = c("Okay, thank you.", None)

# f08: recommends before asking
f08_o = c("Hi, we're looking at private middle schools for our son, he's going into sixth. He has dyslexia, diagnosed in second grade. His public school has been okay, but the classes are getting bigger.", None)
f08_t1_better = t("Thanks for calling. Tell me a bit about how he's doing now. What support does he get, and what's working or not working for him?")
f08_c1_better = c("He has an IEP, pull-out reading twice a week. His reading's improved a lot, honestly. It's more that he's anxious in big classes and he won't ask for help.", None)
f08_t1_worse = t("Thanks for calling. For dyslexia I'd recommend our Learning Support Program straight away: daily one-on-one Orton-Gillingham sessions, an extra $8,000 a year on top of tuition.")
f08_c1_worse = c("Oh. Um, his reading's actually improved a lot. It's more that he's anxious in big classes and won't ask for help. I'm not sure he needs daily one-on-one.", "no_need")
f08_t2 = t("Our sixth grade classes are capped at fourteen, and every student meets an advisor weekly, which often helps kids who don't like asking in front of others. Would it be useful for him to shadow for a day and see how it feels?")
f08_c2 = c("Yes, I think he'd like that. Can we do it before spring break?", None)
f08_t3 = t("Yes. I'll send you three shadow dates, and our learning specialist can look over his IEP beforehand at no cost.")

# f09: unexplained jargon
f09_o = c("Hello, my daughter's starting uni in September and, honestly, I don't understand the student loan at all. Will she be paying it back forever? Will it go on her credit file?", None)
f09_t1 = t("Hello. It's a common worry, and it's simpler than it looks. Is she applying for the tuition fee loan only, or for help with living costs as well?")
f09_c1 = c("Both, I think. We can't help her much with rent, I'm on my own with two kids.", None)
f09_t2_better = t("Then she'd get a loan for the fees, paid straight to the university, plus a loan for living costs, and because your household income is lower she'd get more of that one. She only starts repaying once she earns over £25,000 a year, and then it's 9 percent of what she earns above that. After 40 years anything left is wiped.")
f09_c2_better = c("So if she earns under twenty-five thousand, she pays nothing at all? And the credit file?", None)
f09_t2_worse = t("Okay, so on a Plan 5 she'd get the TFL and the maintenance loan, means-tested on your household residual income. Repayment's 9 percent over threshold, interest is RPI-linked, and it's written off after 40 years.")
f09_c2_worse = c("Sorry, you've lost me. Plan 5? Residual what? I just want to know if she'll be paying forever.", None)
f09_t3 = t("She pays nothing while she earns under £25,000, and it doesn't show on her credit file like a normal debt, though a mortgage lender may ask about her monthly repayments. I'll email you the link where you put in your income to see her exact amount.")
f09_c3 = c("Oh, that's a relief. Yes, send me that, please.", None)

# f10: talks about himself instead of the customer
f10_o = c("Sasa. I ride boda boda in town but I don't have a licence, and the police are arresting people every week now. I want to do the motorbike licence quick quick.", None)
f10_t1 = t("Sasa. Good that you're sorting it before they catch you. How long have you been riding, and is the bike your own?")
f10_c1 = c("Two years riding. The bike is my uncle's, I pay him every day.", None)
f10_t2_better = t("Then you already ride, so for you it's mostly theory, the Highway Code, and the test itself. The category A course is two weeks, 7,500, and we can do your theory classes at 7 am so you still work the rest of the day.")
f10_c2_better = c("7 am is good. But 7,500 at once is hard for me, I earn daily.", "no_money")
f10_t2_worse = t("Two years, ah, you're a baby! I've been riding since 1998. I was the first instructor in Eldoret to train boda riders, maybe five thousand people now, even some traffic police. When I started there were no licences at all. Anyway, the course is 7,500.")
f10_c2_worse = c("Okay... but 7,500 at once is hard for me, I earn daily.", "no_money")
f10_t3 = t("You can pay 2,500 a week over three weeks. And we give you a letter showing you're enrolled, in case the police stop you before the test.")
f10_c3 = c("That letter will help a lot. I will come on Monday.", None)

PAIRS = [
    rpair(
        "b215r_f01_sheffield_phonics_tutor",
        "A mother in Sheffield says her seven-year-old finds her phonics tutoring boring because it repeats sounds she knows. Fault in worse: the trainee argues with the parent about phonics instead of taking in what the school teacher said.",
        better=[f01_o, f01_t1, f01_c1, f01_t2_better, f01_c2_better, f01_t3, f01_c3, f01_t4],
        worse=[f01_o, f01_t1, f01_c1, f01_t2_worse, f01_c2_worse, f01_t3, f01_c3, f01_t4],
    ),
    rpair(
        "b215r_f02_nairobi_course_refund",
        "A student in Nairobi chases a refund three weeks after withdrawing from a short course within the refund window. Fault in worse: the trainee doubts she ever sent the withdrawal email.",
        better=[f02_o, f02_t1, f02_c1, f02_t2_better, f02_c2_better, f02_t3, f02_c3, f02_t4],
        worse=[f02_o, f02_t1, f02_c1, f02_t2_worse, f02_c2_worse, f02_t3, f02_c3, f02_t4],
    ),
    rpair(
        "b215r_f03_bengaluru_ml_training",
        "A fintech CTO in Bengaluru asks about a machine learning course for twelve engineers. Fault in worse: the trainee offers a discount on the full course before asking a single question.",
        better=[f03_o, f03_t1_better, f03_c1_better, f03_t2, f03_c2, f03_t3, f03_c3],
        worse=[f03_o, f03_t1_worse, f03_c1_worse, f03_t2, f03_c2, f03_t3, f03_c3],
    ),
    rpair(
        "b215r_f04_denver_essay_coaching",
        "A parent in Denver whose senior daughter is stuck on her college essay asks about coaching. Fault in worse: an unasked lecture about parents being over-involved in essays.",
        better=[f04_o, f04_t1, f04_c1, f04_t2_better, f04_c2_better, f04_t3, f04_c3, f04_t4],
        worse=[f04_o, f04_t1, f04_c1, f04_t2_worse, f04_c2_worse, f04_t3, f04_c3, f04_t4],
    ),
    rpair(
        "b215r_f05_leeds_first_apprentice",
        "A 14-person engineering firm in Leeds wants its first Level 3 apprentice. Fault in worse: the next step is a vague 'we'll let you know in due course' instead of a dated site visit.",
        better=[f05_o, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_better, f05_c3_better, f05_t4],
        worse=[f05_o, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_worse, f05_c3_worse, f05_t4],
    ),
    rpair(
        "b215r_f06_hyderabad_neet_coaching",
        "A father in Hyderabad asks about long-term NEET coaching for a son who is weak in physics. Fault in worse: the trainee guarantees a government MBBS seat and a physics score.",
        better=[f06_o, f06_t1, f06_c1, f06_t2_better, f06_c2_better, f06_t3, f06_c3, f06_t4],
        worse=[f06_o, f06_t1, f06_c1, f06_t2_worse, f06_c2_worse, f06_t3, f06_c3, f06_t4],
    ),
    rpair(
        "b215r_f07_mombasa_online_maths",
        "A mother in Mombasa asks about online maths lessons for her Grade 6 son, who would use an old tablet on mobile data. Fault in worse: the trainee takes payment before checking the app works on that tablet.",
        better=[f07_o, f07_t1, f07_c1, f07_t2_better, f07_c2_better, f07_t3, f07_c3],
        worse=[f07_o, f07_t1, f07_c1, f07_t2_worse, f07_c2_worse, f07_t3, f07_c3],
    ),
    rpair(
        "b215r_f08_atlanta_dyslexia_school",
        "Parents in Atlanta look at private middle schools for a son with dyslexia. Fault in worse: the trainee recommends an $8,000 one-to-one programme before asking how the boy is doing.",
        better=[f08_o, f08_t1_better, f08_c1_better, f08_t2, f08_c2, f08_t3],
        worse=[f08_o, f08_t1_worse, f08_c1_worse, f08_t2, f08_c2, f08_t3],
    ),
    rpair(
        "b215r_f09_bristol_student_loan",
        "A single mother in Bristol doesn't understand how her daughter's student loan works. Fault in worse: the trainee explains it in unexplained jargon (Plan 5, TFL, residual income, RPI).",
        better=[f09_o, f09_t1, f09_c1, f09_t2_better, f09_c2_better, f09_t3, f09_c3],
        worse=[f09_o, f09_t1, f09_c1, f09_t2_worse, f09_c2_worse, f09_t3, f09_c3],
    ),
    rpair(
        "b215r_f10_eldoret_boda_licence",
        "An unlicensed boda boda rider in Eldoret wants a motorcycle licence fast. Fault in worse: the instructor talks about his own career instead of the rider's situation.",
        better=[f10_o, f10_t1, f10_c1, f10_t2_better, f10_c2_better, f10_t3, f10_c3],
        worse=[f10_o, f10_t1, f10_c1, f10_t2_worse, f10_c2_worse, f10_t3, f10_c3],
    ),
]
