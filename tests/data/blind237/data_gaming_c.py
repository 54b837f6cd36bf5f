"""Gaming pairs, file c (written by hand for blind237)."""
from common import c, gpair, t

PAIRS = []

# c1 putdown_question: a graduate visa with an English test that may be too old
_open = c("Hello, namaste. I finished my master's in IT at RMIT last month and my student visa ends in five weeks. I want to apply for the graduate visa but my friend said my IELTS is too old. I am little bit panicking.", None)
PAIRS.append(gpair(
    "b237g_au_melbourne_graduate_visa", "registered migration agent, Melbourne, Victoria", "putdown_question",
    "A Nepali graduate with five weeks left on his student visa rings a migration agent; his English test may be out of date and he works casual shifts.",
    [
        _open,
        t("Namaste, and congratulations on finishing. Five weeks is tight but workable, so let's go through it in order. When did you sit the IELTS, and what did you score?"),
        c("March, three years ago. I got 6.5 overall, no band less than 6.", None),
        t("Okay. The English test for this visa has to fall within a set window before you apply. I'll check the exact rule against your dates today, but I'd plan on booking a new test now. Have you started the health insurance and the AFP police check? Those take time too."),
        c("Police check, no. Insurance I have OSHC until my visa ends. The test, ah, it is almost four hundred dollars again, and I'm only working casual at a warehouse.", "no_money"),
        t("I know, and I'm sorry it's another cost. But if the test is out of date the visa can be refused, and the visa fee is far more than the test. The PTE usually gives results within a few days, which helps your timing. For my part, a full lodgement service is $1,100 plus the government fee, or you can lodge it yourself using my checklist."),
        c("I think I lodge myself, but I want somebody to check before I submit. Is that possible?", None),
        t("Yes. A pre-lodgement check is $250. Book the test this week, apply for the police check online today, and send me everything once you have your results. We'll aim to lodge at least a week before your visa ends."),
        c("Okay, I will do the police check tonight. Thank you, I'm panicking less now.", None),
        t("Good. Email me your IELTS result sheet and your visa grant letter tonight too, and I'll confirm the English test rule against your dates by tomorrow."),
    ],
    [
        _open,
        t("Okay. Can I ask why you left it until five weeks before your visa ends? Didn't your uni tell you about this?"),
        c("They told us, but I had final exams, and then I was working. I thought the IELTS is fine.", None),
        t("You thought. Right. Did you actually read the visa requirements, or did you just ask your friends?"),
        c("I read the website but it is confusing for me. That's why I am calling.", None),
        t("It's not that confusing, honestly. Anyway, what were you planning to do if it's refused? Our full lodgement service is $1,800, and given how late you've left it, I'd say you need it."),
        c("$1,800? I am working casual at a warehouse, I don't have this money.", "no_money"),
        t("Well, a refusal costs a lot more. Do you want to be sensible about it this time or not?"),
        c("I will ask at my university, maybe they can help students. Thank you.", "brush_off"),
    ],
))

# c2 not_my_department_or_read_the_terms: a creditor still phoning a client under debt review
_open = c("Goeie môre. Pieter van der Merwe here, I'm under debt review with you people since March. The furniture shop keeps phoning me, three times yesterday, and now the guy says they're going to summons me. I thought this was supposed to stop?", None)
PAIRS.append(gpair(
    "b237g_za_bloemfontein_debt_review_calls", "registered debt counsellor, Bloemfontein, Free State", "not_my_department_or_read_the_terms",
    "A client eight months into debt review phones his debt counsellor because one creditor is still calling him and threatening a summons.",
    [
        _open,
        t("Môre, Mr van der Merwe. You're right, that shouldn't be happening, and I'll help you sort it out. Can you give me your reference number so I can pull up your file?"),
        c("Reference is DR 2231. It's the furniture account, the one for the lounge suite.", None),
        t("Got it. I can see we sent them the notice in March, and your payments to them have gone through the payment distribution agency every month since April. Did the caller say anything about not receiving payments?"),
        c("He says they've got no record of debt review and the account is in arrears. I'm paying R5,800 a month into this thing, I'm not going to pay them extra on the side.", None),
        t("No, please don't pay them directly, that would upset the plan. Here's what I'll do today: email their legal department the notice again with proof of delivery and your payment history, and ask them to confirm in writing that the calls stop. If they carry on, we report it to the National Credit Regulator. If anyone phones you again, give them my direct number and your reference."),
        c("And the summons? Can they still do it?", None),
        t("While you're under debt review and paying according to the plan, they can't just take you to court on that account. I'll still get it from them in writing so you have it. You'll get a copy of my email tonight, and I'll phone you Friday with their answer."),
        c("Ja, okay. Dankie. I was starting to think this whole thing was a waste of money.", None),
        t("I understand why. You've done your part for eight months; our job is to make sure they respect that."),
    ],
    [
        _open,
        t("Goeie môre, Mr van der Merwe, and thanks for reaching out, your experience matters to us. What seems to be the problem?"),
        c("I just told you. The furniture shop phones me every day. They say they'll summons me.", None),
        t("I see. Unfortunately creditors' collection calls aren't something we control, that's between you and them. And I'm in admin, I don't handle creditor liaison."),
        c("Between me and them? I pay you people every month so that it's NOT between me and them.", None),
        t("I hear your frustration. If you look at your debt review agreement, clause 9 explains that creditors may still contact you. It's all in the document you signed."),
        c("So what am I paying you for? I'm thinking I should cancel this whole debt review and sort it out myself.", "no_need"),
        t("That's your right, but getting out of debt review is a court process with fees, and you'd need to speak to our legal department about that. I didn't make the rules. Is there anything else I can help you with today?"),
        c("Ja. Give me your supervisor. Now.", None),
    ],
))

# c3 social_proof_or_deadline_pressure: a nurse asks about an ITIN for her husband abroad
_open = c("Good evening. My name is Ngozi, I'm a nurse here in Silver Spring, I came last year. My husband is still in Lagos, he's joining me next year. Somebody at work told me I can save tax if I file with him, but he needs an ITIN? Please, what is that?", None)
PAIRS.append(gpair(
    "b237g_us_silverspring_itin_spouse", "tax preparer and ITIN acceptance agent, Silver Spring, Maryland", "social_proof_or_deadline_pressure",
    "A Nigerian nurse in her first US tax season asks whether to file jointly with her husband, who is still in Lagos and would need an ITIN.",
    [
        _open,
        t("Good evening, Ngozi, and welcome. An ITIN is a tax number for someone who can't get a Social Security number, like your husband right now. Before we talk about whether it's worth it, does your husband have income in Nigeria?"),
        c("Yes, he's a pharmacist in Lagos, he earns in naira. Not much in dollars, but he earns.", None),
        t("That matters. To file jointly you'd choose to treat him as a US resident for tax, and then his Nigerian salary goes on your US return too. Joint might still save you money, or it might not. The other option is married filing separately, which doesn't need his ITIN. I'd want to run both before you decide."),
        c("Ah. I did not know his salary enters. Okay. How long does the ITIN take? Tax day is April.", None),
        t("Usually seven to eleven weeks, and it's applied for together with the return, so we might file an extension, which is fine. The tricky part is his passport: I can't certify a passport I can't see, so he'd either mail the original or get a certified copy from the Nigerian Immigration Service."),
        c("Mail his passport? No, he needs it for his visa interview. My cousin's documents got lost in the post from Lagos once.", "bad_experience"),
        t("That's a real concern, and a good reason to look at the certified copy instead. Let's do this: bring your W-2 and a rough figure for his annual salary, and I'll compare joint and separate. My fee is $180 for the return, plus $75 for the ITIN form if you go joint. If separate comes out close, you won't need the ITIN at all."),
        c("That is fair. I work nights this week. Can I come Saturday afternoon?", None),
        t("Saturday at two works. I'll text you the list of what to bring."),
    ],
    [
        _open,
        t("Good evening, Ngozi! You've come to the right place, we do ITINs for half the Nigerian nurses in Montgomery County. What's your biggest goal this tax season?"),
        c("I just want to pay the correct tax. And if filing with my husband helps, okay.", None),
        t("It always helps, trust me, all our married clients file jointly. But ITINs are taking longer and longer, so you really need to start today. Our ITIN-plus-joint-return package is $450, and it goes up to $600 on February 1st."),
        c("Four-fifty... That's a lot for me now, I'm still paying off my exams and the move.", "no_money"),
        t("I hear you. But honestly, every day you wait is a risk. I've had three clients this week alone who waited and missed out. I can only hold this slot until eight tonight. Shall we lock it in?"),
        c("Is it okay if I talk to my husband first? It's his passport too.", "think_it_over"),
        t("Of course, but everyone who talks to their husband first ends up paying the higher price. What's stopping you from deciding now?"),
        c("You are stopping me. Goodnight.", None),
    ],
))

# c4 keyword_stuffed: a widow needs a power of attorney notarised for land in Greece
_open = c("Hello, yes, good morning. My name is Eleni Papadopoulos. I need a paper signed for Greece, for the land of my husband, God rest him, in Kalamata. The lawyer there says I need a notary and something called apostille. My son said to call you.", None)
PAIRS.append(gpair(
    "b237g_au_sydney_notary_greece_poa", "notary public, Sydney, New South Wales", "keyword_stuffed",
    "A 78-year-old Greek-Australian widow needs a power of attorney in Greek witnessed and apostilled so her nephew can sell land in Greece.",
    [
        _open,
        t("Good morning, Mrs Papadopoulos, and I'm sorry about your husband. I can help. What did the lawyer in Greece send you? Is it in Greek, in English, or both?"),
        c("Only in Greek. It's a power of attorney, for my nephew Giorgos to sell the land for me. I read Greek, yes, of course.", None),
        t("Good. When I witness your signature I have to be sure you understand what you're signing, and since it's only in Greek I may need a certified translation attached. One thing you should know: the Greek Consulate in Sydney can also prepare powers of attorney for Greece, and that's often cheaper than a notary plus an apostille. Has your lawyer said whether that would be accepted?"),
        c("The consulate? Nobody told me this. My son can ask the lawyer. But tell me, with you how much is it?", None),
        t("The notarial certificate is $220, the apostille from DFAT is about $100, and a certified translation, if it's needed, is usually $80 to $120 a page. So roughly $400 to $450 all up."),
        c("Four hundred fifty for one paper! Po po po. Maybe the consulate is cheaper, I will ask my son to find out first.", "too_expensive"),
        t("That's exactly what I'd do. If the consulate works for your lawyer, go with them. If not, or if it's too slow, call me back and I'll come to you so you don't have to travel. Shall I email your son what I've told you, so he has it in writing?"),
        c("Yes, please, his email is on the paper, I give it to you. You are very kind.", None),
    ],
    [
        _open,
        t("Good morning, Mrs Papadopoulos! Thank you for reaching out. Here at Harbour Notarial we are passionate about understanding your needs and creating a seamless experience. How do you feel about your document journey so far?"),
        c("My journey? I don't know. I have a paper from Greece, in Greek. For the land.", None),
        t("I really understand, and I hear that this is meaningful for you. Our relationship with our clients is built on trust, understanding and success. What would success look like for you today?"),
        c("Success is the paper is signed and goes to Greece. How much it costs?", None),
        t("Great question, and I want you to feel valued. Our fees reflect the premium experience and the understanding we bring to every need. We truly value the relationship."),
        c("I don't understand you, my dear. Is it expensive? I am a pensioner.", "no_money"),
        t("I completely understand how you feel, and your needs are our priority. Is there anything else you need today to feel understood?"),
        c("I will ask my son to call you. Goodbye.", "brush_off"),
    ],
))

# c5 rude: a tavern owner told by police to get weekend security
_open = c("Dumela. I'm Mrs Maponya, I have a tavern in Seshego. After a fight last month the police said I must have security on Friday and Saturday nights or they'll make trouble with my licence. I need to know what it costs.", None)
PAIRS.append(gpair(
    "b237g_za_polokwane_tavern_guards", "security guard company, Polokwane, Limpopo", "rude",
    "A tavern owner needs weekend guards after a fight outside her premises; the police have hinted her licence renewal depends on it.",
    [
        _open,
        t("Dumela, Mrs Maponya. We can help with that. Can I ask about the place first: how many people on a busy night, and what time do you close?"),
        c("Friday maybe eighty, ninety people, Saturday more, and month-end it's full. We close at two.", None),
        t("And the fight last month, was it inside or outside in the parking?"),
        c("Outside, by the cars. Two young men, one had a bottle. Inside, my barman handles things.", None),
        t("So the trouble is outside, on busy nights, until closing. I'd suggest two PSIRA-registered guards, one on the door and one in the parking, Friday and Saturday from eight to half past two. That's R4,200 a weekend, so about R16,800 a month."),
        c("Yoh, that's a lot. Sixteen thousand a month is more than my barman and the rent together.", "too_expensive"),
        t("I understand. Then let's start with one guard in the parking on ordinary weekends, R2,100 a weekend, and two guards on month-end. That comes to about R10,500. I'll also give you a letter on our letterhead for the police, showing the arrangement."),
        c("The letter is important, yes. Okay, let me look at my books this week and come back to you.", "think_it_over"),
        t("That's fine. I'll WhatsApp you the quote tonight and phone you on Thursday. If you decide yes, we can start this Friday."),
    ],
    [
        _open,
        t("Taverns. Okay. How many people do you squeeze in there?"),
        c("Friday eighty, ninety. Saturday more. The fight was outside, by the cars.", None),
        t("Ja, it's always outside by the cars. Two guards, Friday and Saturday, R16,800 a month. That's the price, we don't negotiate."),
        c("Sixteen thousand? Hau. That's more than my rent and my barman together.", "too_expensive"),
        t("Then maybe don't run a tavern, mama. Security isn't cheap and neither are funerals."),
        c("Hau! Why are you talking to me like that? I asked a simple question. I'll ask the other company in town. Goodbye.", None),
    ],
))

# c6 ignored_customer: a 68-year-old widow learning to drive for the first time
_open = c("Hello, dear. This might sound silly, but I'm sixty-eight and I've never driven. My husband always drove, and he died in June. I live out at Sorell and the bus is hopeless. Do you teach people my age?", None)
PAIRS.append(gpair(
    "b237g_au_hobart_first_licence_at_68", "driving school, Hobart, Tasmania", "ignored_customer",
    "A recently widowed pensioner who has never driven wants to learn so she can reach the shops and her doctor; she wears hearing aids and is nervous.",
    [
        _open,
        t("It doesn't sound silly at all, and I'm sorry about your husband. Yes, we teach people of every age; one of my learners last year was seventy-three. What would you most like to be able to do once you're driving?"),
        c("Just get to the shops in Sorell and to my doctor at Midway Point. Maybe into Hobart to see my daughter one day, but the bridge frightens me.", None),
        t("That's a clear goal: local trips first, the bridge later, if ever. Have you got your learner licence yet, or is that the first step?"),
        c("Not yet. I've got the booklet. I'll be honest, I wear hearing aids and I worry I won't hear what the instructor says with the engine going.", None),
        t("Thank you for telling me, that's easy to plan around. Our cars are quiet automatics, we'd agree a few simple hand signals before we start, and I'd pull over for anything longer. And we'd begin in the empty carpark at the showgrounds before going on any roads."),
        c("Oh, that's thoughtful. What would it cost, roughly? I'm on the pension now, it's not a lot.", "no_money"),
        t("Lessons are $80 an hour, with a pensioner rate of $70. I'd suggest one lesson a week rather than a block, so you never feel rushed and the cost is spread out. First comes the learner test, though. I can send you the practice questions online or in print."),
        c("Print, please. Computers and I don't get on.", None),
        t("I'll post them today. Once you've passed the learner test, ring me and we'll book your first lesson in the carpark."),
    ],
    [
        _open,
        t("Not silly at all! We love helping mature learners on their driving journey. What are your driving goals?"),
        c("Just the shops and the doctor. I should tell you, I wear hearing aids, and I'm worried I won't hear the instructor over the engine.", None),
        t("Lovely. Our most popular option for beginners is the 10-lesson Confidence Pack, and we do a lot of highway work early so you get used to speed. We'd have you over the Tasman Bridge by lesson three."),
        c("Oh, no, the bridge frightens me. And the hearing, dear, will the instructor speak up?", None),
        t("Absolutely, I hear you. The Confidence Pack is $750, paid upfront. Which days suit you?"),
        c("That's a lot at once for me, I'm on the pension. And you still haven't said about my hearing.", "no_money"),
        t("We do have Afterpay! Did you want to book in for Monday? Anything else I can help you with?"),
        c("No, thank you. I'll ask my daughter to find me somebody else.", None),
    ],
))

# c7 repeated_questions: a small software firm wants to hire a developer from Nairobi
_open = c("Hi, Aisha Patel, I co-run a small software company in Stellenbosch. We want to hire a senior developer from Nairobi. I've heard horror stories about work visas here. Where do we even start?", None)
PAIRS.append(gpair(
    "b237g_za_stellenbosch_critical_skills_hire", "immigration consultancy, Stellenbosch, Western Cape", "repeated_questions",
    "The co-founder of a 12-person software company wants to bring a Kenyan developer, already contracting for them remotely, to work in South Africa.",
    [
        _open,
        t("Hi Aisha. The horror stories are usually about paperwork and waiting, so let's see how to avoid both. What's the role exactly, and what qualifications does she have?"),
        c("Senior backend developer. Wanjiru has a BSc in computer science from the University of Nairobi and about eight years' experience. She's brilliant, she's been contracting for us remotely for a year.", None),
        t("Good. Software developer roles are on the critical skills list, which is the most straightforward route. She'll need her degree evaluated by SAQA, membership of the professional body for IT, and a police clearance from Kenya. When would you want her to start?"),
        c("Ideally in three months. Is that realistic?", None),
        t("Honestly, not guaranteed. The SAQA evaluation can take a couple of months, and then the visa goes through VFS in Nairobi and Home Affairs. I'd plan on four to six months, and I'd rather say that now. Meanwhile she can keep contracting remotely."),
        c("Six months. Hmm. What does your side cost?", None),
        t("R18,500 for the whole application, excluding SAQA and government fees. If you'd prefer, we can start with a paid one-hour assessment, R1,500, deducted if you go ahead, to confirm she qualifies before you commit."),
        c("Let me do the assessment first. My co-founder will want to see the full cost before we sign anything.", "think_it_over"),
        t("Perfect. I'll send you the booking link and a list of what to get from Wanjiru: her degree, transcripts and CV. Does Tuesday work?"),
    ],
    [
        _open,
        t("Hi Aisha! Great to connect. So tell me, what are your hiring goals?"),
        c("To hire Wanjiru, a senior backend developer from Nairobi. She's been contracting for us remotely for a year.", None),
        t("Wonderful. And what would you say you're looking to achieve with this hire?"),
        c("I just said. We want her here, full-time, in Stellenbosch. What visa does she need?", None),
        t("Absolutely, we'll get there. Just so I fully understand, what outcome are you hoping for from your international recruitment?"),
        c("The same outcome as thirty seconds ago. Do you have a fee, a process, anything?", None),
        t("Of course. And before we talk fees, what's your overall talent strategy, and how does this hire fit into it?"),
        c("I don't have time for this now, I've got a standup in two minutes. Email me something if you can manage it.", "no_time"),
    ],
))

# c8 wrong_paraphrase: a food truck owner paying two helpers in cash
_open = c("hi i have a taco truck on east cesar chavez, 2 people help me part time and i pay them cash. my accountant retired and somebody told me i could get in trouble for this so i want to do it right", None)
PAIRS.append(gpair(
    "b237g_us_austin_food_truck_payroll", "bookkeeping and payroll office, Austin, Texas", "wrong_paraphrase",
    "A food truck owner who pays two part-time helpers in cash messages a bookkeeping office to put things on a proper footing.",
    [
        _open,
        t("Hi! Good on you for sorting it out before it's a problem. A few questions: how many hours a week does each person work, and do you decide when and how they work, like set shifts on your truck?"),
        c("my nephew like 20 hrs, weekends and friday night. my friend lupe 12 hrs maybe. yes i make the schedule, its my truck", None),
        t("Then they're almost certainly employees, not contractors, because you set the schedule and they work in your business. That means payroll: withholding, a W-2 at year end, and Texas unemployment tax. Texas has no state income tax, so it's simpler than most states. Roughly what did you pay them in cash last year?"),
        c("maybe 18 thousand both together. am i in trouble for last year", None),
        t("Not necessarily. It's common, and it's better to fix it now. I'd want to see your records before saying anything about last year. Going forward, a simple payroll service for two people is about $60 a month, and I can set it up for you."),
        c("60 a month ok. but honestly i dont want to open old stuff with the irs, my cousin did that and they hit him with penalties for years", "bad_experience"),
        t("That's a fair fear. Nothing gets filed for last year without you agreeing to it. I'll look, and explain the options, including what happens if you leave it. Can you bring your bank statements and whatever notes you have on what you paid them?"),
        c("i have a notebook lol. ok. mondays the truck is closed", None),
        t("Monday at 11, then. Bring the notebook, it helps more than you'd think."),
    ],
    [
        _open,
        t("Hi! Thanks for reaching out. Tell me a bit about your team."),
        c("2 part time helpers. my nephew and my friend. i pay cash", None),
        t("Okay, so what I'm hearing is you've got five W-2 employees and you're looking for full-service payroll with benefits administration. Did I get that right?"),
        c("no. 2. part time. no benefits lol", None),
        t("Got it, so to play that back: you're expanding to a second truck and want us to handle hiring and onboarding too, correct? Our Growth plan is $349 a month."),
        c("where did you get a second truck from. i never said that. 349 is crazy for 2 people", "too_expensive"),
        t("Perfect, so you're worried about the IRS audit you mentioned, and you'd like our audit defense add-on. Is that a fair summary?"),
        c("i didnt mention any audit. forget it", None),
    ],
))

# c9 pitch_to_upset: a break-in during a funeral and a slow armed response
_open = c("I want to speak to someone about what happened on Saturday. We were in Mthatha burying my father, and while we were away they broke into my house in Beacon Bay. Your people took forty minutes to come. Forty minutes!", None)
PAIRS.append(gpair(
    "b237g_za_eastlondon_late_armed_response", "armed response and alarm monitoring company, East London, Eastern Cape", "pitch_to_upset",
    "A grieving client whose house was burgled during her father's funeral calls the armed response company that took forty minutes to arrive.",
    [
        _open,
        t("Mrs Sityana? I'm very sorry about your father, and then to come home to this. I have the incident in front of me: the alarm triggered at 11:02 and our vehicle arrived at 11:44. That's far outside what we promise, and I want to find out why. Is everyone safe, and what was taken?"),
        c("Nobody was home, thank God. They took the TV, my son's laptop, and my father's watch that I brought back from the funeral. That watch... you can't replace it.", None),
        t("I'm so sorry. The watch matters more than everything else, I understand. Have you opened a case with the police yet? I'll send you our incident report today, with the times, for the police and your insurer."),
        c("SAPS came on Sunday, I have a case number. The insurance wants a report from you, yes. But why did it take so long? I pay you every month.", None),
        t("You do, and you deserve a real answer. Our Beacon Bay vehicle was at another call in Nahoon and the backup was sent late. I'm escalating this to our operations manager today, and he'll call you by Wednesday with the full explanation. I'm also crediting this month's fee, and you don't have to sign anything for it."),
        c("A month's credit doesn't bring the watch back. I'm seriously thinking of cancelling with you.", "bad_experience"),
        t("I understand, and that's your right. I'd ask you to hear what the operations manager says first, and then decide. Either way, the report goes to you and your insurer today."),
        c("Fine. Wednesday. And I want that report tonight.", None),
        t("You'll have it by six tonight, by email and WhatsApp. And again, I'm sorry about your father."),
    ],
    [
        _open,
        t("I'm so sorry to hear that, Mrs Sityana, that must have been a terrible experience. Incidents like this really show why upgrading your protection matters. Can I ask what you currently have?"),
        c("What I have is your company, and your car took forty minutes. My father's watch is gone.", None),
        t("I completely understand. That's exactly why so many clients move to our Platinum Shield package after a break-in: CCTV with live monitoring, outdoor beams, and a panic button on your phone. It's only R450 more a month."),
        c("You want me to pay you more? You didn't come when I was paying you the first time.", "bad_experience"),
        t("I hear you, and that's why Platinum clients get priority dispatch. If you upgrade today, I'll waive the R2,500 installation fee. That offer is only for this week."),
        c("I buried my father on Saturday. I'm not buying anything. I want an explanation and a report for my insurance.", "no_need"),
        t("Absolutely, I can send the report. Just before you go, can I book a technician for a free security assessment? No obligation."),
        c("No. Put me through to your manager.", None),
    ],
))

# c10 blame: the tax agent's double claim leads to an ATO debt
_open = c("Hi, this is Wei Chen, from the café in Parap. I got a letter from the ATO saying my return was wrong and I owe three thousand four hundred dollars plus interest. You did my return. I'm not happy.", None)
PAIRS.append(gpair(
    "b237g_au_darwin_ato_amended_return", "tax agent, Darwin, Northern Territory", "blame",
    "A café owner rings his tax agent after an ATO amended assessment caused by a delivery van being claimed twice on the return the agent lodged.",
    [
        _open,
        t("Hi Wei, I'm sorry, that's a horrible letter to open. Let's find out exactly what happened. Can you read me what the letter says the adjustment is for?"),
        c("It says 'depreciation claimed twice, delivery van'. And something about a penalty, maybe.", None),
        t("Okay, I've got your return up. You're right: the van was written off in full and then depreciated again as well. That's our error, not yours. You gave us the right information."),
        c("So what happens now? I don't have three thousand dollars sitting around, the wet season is slow for the café.", None),
        t("Understood. The $3,400 of tax is money you'd have owed anyway once the double claim is taken out, but the interest and any penalty come from our mistake, so we'll pay those. I'll also ask the ATO for a payment plan so you can pay the tax over a few months, and there's no fee from us for any of this."),
        c("Okay. That's fair. But I'm thinking maybe next year I go to somebody else.", "bad_experience"),
        t("I understand, and it's your call. If you stay, I'll check your return personally before it goes in. Either way, I'll call the ATO this week and send you the payment plan details by Friday."),
        c("Friday. Okay. Thank you for not making excuses.", None),
    ],
    [
        _open,
        t("Hi Wei. Sorry to hear that. Can I ask, did you review the return before you signed the declaration? We always ask clients to check everything."),
        c("You showed me a screen for two minutes. I make coffee, I'm not an accountant. That's why I pay you.", None),
        t("I understand, but legally it's your return, and you signed it. The van was on your list twice, once as an asset and once in your expenses spreadsheet. So what I'm hearing is that the information you gave us had a duplicate."),
        c("I gave you the receipt one time. One. You put it in twice.", None),
        t("I hear you, and I want to make sure your experience with us is positive. We can prepare a payment plan application and a letter to the ATO for you, that's $330. What else can I help with?"),
        c("You want me to pay you to fix your mistake? I don't have money for this, the café is slow in the wet season.", "no_money"),
        t("Well, we can't do work for free when the source documents had issues. Maybe keep your records a bit tidier next time."),
        c("There will be no next time. I'm calling the Tax Practitioners Board.", None),
    ],
))
