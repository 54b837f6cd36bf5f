"""Gaming pairs, part C (blind86)."""
from common import c, gpair, t

PAIRS = []

# 21 putdown_question - opticians, varifocals, Aberystwyth
open_ = c("Good morning. I've had these varifocals a fortnight and I'm afraid I'm not getting on with them at all. I went down the library stairs like a drunk.", None)
PAIRS.append(gpair(
    "b86g_aberystwyth_varifocals", "high-street opticians, Aberystwyth, Wales", "putdown_question",
    "A retired teacher returns two weeks after her first varifocals: unsteady on stairs, and she has to tip her head back to read.",
    [open_,
     t("Oh dear, that's not what we want. Sit down a minute. When is it worst? Looking down, like stairs and kerbs, or reading as well?"),
     c("Stairs mostly. And reading, I have to tip my head right back to find the spot. I did tell your colleague I'd never had them before.", None),
     t("So stairs, and tipping your head back to read. That pair of things usually means the reading part sits a bit low for you, so you're looking through the wrong bit going downstairs as well. Let me check the centres... yes, about two millimetres low. That's on us, not you."),
     c("Well. I'm glad it's not me being daft. Mind you, people say they never get used to them. My sister gave hers up.", "bad_experience"),
     t("Some people do struggle, that's true, but two millimetres makes a real difference. I'll have the lenses remade at the right height, no charge. On stairs meanwhile, tip your chin down a little and look through the top. If you're still not right two weeks after the new ones, we'll swap you to separate distance and reading glasses and refund the difference."),
     c("That seems fair. How long for the new ones?", None),
     t("About eight working days. I'll ring you, and I'll check them on you myself before you take them away."),
     c("Thank you. And thank you for not telling me it's my age.", None)],
    [open_,
     t("Oh dear. Let's work through it. Have you actually been wearing them all day, or popping them on and off? Because that's usually the problem, isn't it?"),
     c("All day, as I was told.", None),
     t("Okay. And on the stairs, are you maybe looking through the reading part? Lots of people don't quite get where to look. Did anyone show you how to use them?"),
     c("Your colleague showed me. I taught for forty years, I can follow instructions.", None),
     t("Of course! I'm just trying to understand your experience. Is it possible you're expecting a bit much in the first fortnight? Most people are fine after a month. Are you sure you're giving them a proper chance?"),
     c("I'm sure they're not right. My sister gave hers up for the same thing.", "bad_experience"),
     t("Well, everyone's different. So what would you like me to do, given they're made exactly to the prescription?"),
     c("I'd like somebody to measure them properly. I'll come back when the manager's in.", None)],
))

# 22 not_my_department_or_read_the_terms - council boiler repair, near Barnsley
open_ = c("Hello, I'm ringing about my boiler. It's been off since Saturday. No heating, no hot water. My husband's got COPD and it's freezing in here.", None)
PAIRS.append(gpair(
    "b86g_barnsley_boiler_repair", "council housing repairs line, village near Barnsley, South Yorkshire", "not_my_department_or_read_the_terms",
    "A tenant caring for her husband with COPD has had no heating for three days while a boiler part is on order.",
    [open_,
     t("I'm sorry, three days with no heating isn't right, especially with your husband poorly. Let me get your address up. Has anyone been out since Saturday?"),
     c("A lad came Sunday, said it's a part and it'd be ordered. Nobody's said owt since.", None),
     t("I can see that visit. Part ordered Sunday, no delivery date. I'll chase the supplier myself today. Meanwhile, with a vulnerable person in the house you're entitled to temporary heaters. I can have two oil-filled ones with you this evening. Is someone in after four?"),
     c("I'm always in, I can't leave him. Will they cost a lot to run, though? We're on a prepayment meter and it's tight.", "no_money"),
     t("Fair question. About twenty pence an hour each on low. When it's a repair delay on our side you can claim the electric back, I'll send the form with the heaters. Keep your top-up receipts."),
     c("Right. And if the part doesn't come?", None),
     t("Then I ring you tomorrow by twelve either way, and if there's no date by Thursday it goes to the contracts manager. Your reference is in the text I'm sending now."),
     c("Thank you, love. I was dreading ringing.", None)],
    [open_,
     t("I'm sorry to hear about your experience. I can see a job's been raised. Unfortunately parts are handled by our contractor, so that's not really our department."),
     c("So who do I ring?", None),
     t("Well, the contractor doesn't take calls from tenants. That's their rule, not mine. I can only log that you've rung."),
     c("My husband's got COPD. Can we not have heaters or something?", None),
     t("Heaters come under the vulnerable tenants policy, which is a different team, and you'd need to be on their register. Section nine of your tenancy handbook explains the criteria. Have you read that?"),
     c("I can't go hunting for a handbook, I'm looking after him. Just tell me.", None),
     t("I completely understand. Is there anything else I can help with today? And on a scale of one to ten, how would you rate this call?"),
     c("One. I'm ringing my councillor.", None)],
))

# 23 social_proof_or_deadline_pressure - ERP cloud migration, Linz
open_ = c("Good afternoon. Katharina Leitner, finance, Kunststoff Traun. We had your letter about the move to cloud. I need facts for our board in April, not a brochure.", None)
PAIRS.append(gpair(
    "b86g_linz_erp_cloud", "ERP software vendor (B2B), plastics manufacturer near Linz, Austria", "social_proof_or_deadline_pressure",
    "A finance director must brief her board on a forced move from on-premise ERP to cloud; her licence is paid to 2026 and a past migration overran.",
    [open_,
     t("Good afternoon, Ms Leitner. Facts it is. What does the board have to decide: whether to move at all, or when and at what cost?"),
     c("Whether and when. Our licence is paid until 2026 and I will not pay twice. And our last migration, with another vendor, took eight months longer than promised.", "bad_experience"),
     t("So no paying twice while the licence runs to 2026, and a plan you can believe after the last one overran by eight months. On the first: you don't have to move before 2026, your version is supported until then, and if you move early we credit the unused licence months. No double payment either way."),
     c("And the second? How long would it really take?", None),
     t("For your size, two plants, honestly six to nine months. The risk is usually custom reports, and you have about forty. I'd suggest a two-day assessment first, fixed price, four thousand two hundred, and your board gets a plan with a range, not a promise."),
     c("Four thousand for an assessment I would have to justify. Send me a scope and I will see.", "think_it_over"),
     t("I'll send a one-page scope this week with the credit rules in writing, so the board has both. If it helps, I can join the April meeting by video for questions."),
     c("Perhaps. The scope first.", None)],
    [open_,
     t("Good afternoon! Great timing, actually. Over eighty percent of our Austrian customers have already moved, including two of your competitors in Upper Austria. What would you like to know?"),
     c("When we must move, and what it costs. Our licence is paid until 2026.", None),
     t("Of course. The thing is, this year's migration slots are nearly gone, we've had a rush since the letter. Sign before the end of the month and you get the launch price, twenty percent off for three years. After that it's list price."),
     c("Our last migration with another vendor ran eight months late. I will not rush this for a discount.", "bad_experience"),
     t("Totally understand your experience. That's exactly why the early movers are so happy, they got the best consultants. Your neighbours in Steyr signed last week. I'd hate for you to be the last in the region on the old version."),
     c("I have a board. I do not decide in a month.", "think_it_over"),
     t("Of course, but I can only hold the slot until Friday. Shall I send the order form so the board can sign quickly?"),
     c("Send facts. If another order form comes, it goes in the spam folder.", "brush_off")],
))

# 24 keyword_stuffed - pet insurance chat, Amersfoort
open_ = c("hello, we adopted a cat from the shelter, 6 years. vet says heart murmur. can we insure him or not, i want a straight answer", None)
PAIRS.append(gpair(
    "b86g_amersfoort_cat_insurance", "pet insurer web chat, customer in Amersfoort, Netherlands (in English)", "keyword_stuffed",
    "A man who has adopted a six-year-old indoor cat with a heart murmur asks in chat whether the cat can be insured.",
    [open_,
     t("Hi! Straight answer: yes, you can insure him, but the heart murmur would be excluded, because the vet found it before the policy starts. Everything else would be covered. Has the vet said if it needs treatment, or just watching?"),
     c("just watching for now. check every 6 months. is the check covered", None),
     t("Those check-ups wouldn't be, no, because they're about the excluded condition. Accidents and other illnesses would be. Is he an indoor cat or does he go out?"),
     c("indoor. he doesnt go out", None),
     t("Then the basic plan is enough: 14.50 a month, 250 euro excess. The premium plan adds little for an indoor cat. If you like, I'll send you the exact exclusion wording first, so you know what you're buying."),
     c("ok send it. i read it with my wife tonight", "think_it_over"),
     t("Sent to your email. If anything's unclear, reply in this chat, it stays open for a week.")],
    [open_,
     t("Hi there! Thank you so much for reaching out, and congratulations on your new family member! We really understand how important your pet's wellbeing is, and we're here to support you on your journey. Can you tell me more about your needs?"),
     c("i told you. cat 6 years, heart murmur. can we insure or not", None),
     t("Absolutely, I hear you, and I really understand how you feel. Our goal is a relationship where you feel confident and supported at every step. Every pet's health journey is unique, and our tailored solutions are built around your needs."),
     c("so yes or no", None),
     t("Great question! Pre-existing conditions are a really important part of the experience, and our team is committed to making sure you understand your options. How would you feel about exploring our Complete Care plan?"),
     c("how much is it. and is the heart covered", None),
     t("I understand cost matters to you, and we believe in transparency. Complete Care is 29 euro a month and gives peace of mind at every stage. Is there anything else I can help you with today?"),
     c("you didnt answer about the heart. 29 is a lot for that. forget it", "too_expensive")],
))

# 25 rude - garden centre, dead tree, Kilkenny
open_ = c("Hello. I bought this acer here in April, a hundred and ten euro, and as you can see it's dead. I've kept the receipt. I'd like to know what can be done.", None)
PAIRS.append(gpair(
    "b86g_kilkenny_dead_acer", "garden centre, outside Kilkenny, Ireland", "rude",
    "A customer, polite but firm, brings back a Japanese maple that died within two months, with the receipt.",
    [open_,
     t("Oh, that's a sad sight. Thanks for bringing the receipt. Before anything, where did you plant it? In the ground or a pot, and sun or shade?"),
     c("In a big pot on the patio. It gets the afternoon sun. I watered it every day.", None),
     t("Every day, in a pot, in afternoon sun. Looking at the roots... yes, it's been sitting wet, and then the hot week in June scorched it. That's not a fault in the tree, but nobody told you acers hate wet feet and afternoon sun, and we should have. Trees have a one-year guarantee here, so I'll replace it or refund you, your choice."),
     c("I'd try again, but I don't want to lose another hundred and ten euro on one.", "bad_experience"),
     t("Fair enough. If you try again, take one of the green ones, they stand the sun better, and put gravel in the bottom of the pot. Water when the top inch is dry, not daily. And if you can, move it round to the east side."),
     c("Right. The green one, then. Thank you. I thought I'd get an argument.", None),
     t("No argument. I'll get one of the lads to carry it out to the car for you.")],
    [open_,
     t("Right. Well, they don't die on their own. What did you do to it?"),
     c("I watered it every day. It was in a pot on the patio.", None),
     t("Every day? Yeah, there's your problem. You drowned it. We can't be replacing plants because people don't look up how to mind them."),
     c("Nobody here told me how to mind it. I have a receipt, and your sign says there's a guarantee.", None),
     t("The guarantee's for trees that are faulty, not ones that are drowned. Did you read the label? It says well-drained."),
     c("Could you not at least give me a voucher? I spend a fair bit here.", None),
     t("Look, I've a queue. If you want another one, they're over there, same price."),
     c("I won't be buying another one here, I'll tell you that. Is the owner in?", None)],
))

# 26 ignored_customer - piano removal, Lucerne
open_ = c("Good morning. I need to move a piano. An upright Bechstein, from my flat in Lucerne to my daughter's house above Engelberg. I must warn you, the last part of the road is very narrow and steep.", None)
PAIRS.append(gpair(
    "b86g_lucerne_piano_move", "removal firm, Lucerne, Switzerland (call in English)", "ignored_customer",
    "A retired music teacher needs her late mother's upright piano moved from a third-floor flat to a house on a steep mountain road.",
    [open_,
     t("Good morning. Thanks for the warning, that's exactly what I need to know. How narrow, roughly? Could a small van get up? And at your flat, is the piano on the ground floor or are there stairs?"),
     c("Third floor. There is a lift but I think it is too small for the piano. Up to Engelberg, my daughter's neighbour uses a small tractor. A normal van, I don't know.", None),
     t("Then I'd like to look at both ends before I give you a price. Your stairs will need three men and a stair-climber, and the last part of the road may need our small truck, or a transfer onto the neighbour's trailer if he's willing. That changes the price a lot, so I'd rather not guess."),
     c("It is an old piano, my mother's. I worry about it more than about the money.", None),
     t("Understood, and that's why I want to see it. We wrap it fully and keep it upright, never on its back. It'll need tuning after a move like that anyway, with the change in altitude. The survey is free. Could I come Tuesday or Wednesday?"),
     c("Wednesday afternoon. And I will ask my daughter about the neighbour.", None)],
    [open_,
     t("Good morning! Happy to help. Can you tell me a little about the piano, and the access at both ends?"),
     c("An upright Bechstein, third floor, the lift is too small. And the road to the house is very narrow and steep, only a small tractor goes up easily.", None),
     t("Wonderful. For an upright we normally send a standard removal truck and two men, very routine. That comes to nine hundred and fifty francs, fixed."),
     c("A standard truck will not go up that road. I told you.", None),
     t("Noted, thank you. And do you have any concerns about the piano itself?"),
     c("Yes. It was my mother's. I am very worried it gets damaged.", None),
     t("Perfect. So that's the standard truck, two men, Wednesday. Don't worry, we move pianos every week. Shall I book it?"),
     c("No. You have not heard about the road or the stairs. I will ask another company. Send me your insurance conditions, maybe.", "brush_off")],
))

# 27 repeated_questions - payroll bureau, dental practice, Bruges
open_ = c("Hi, I have about ten minutes between patients. I run a dental practice, seven staff. Our payroll provider has made mistakes three months in a row and I'm looking to change.", None)
PAIRS.append(gpair(
    "b86g_bruges_dental_payroll", "accountancy firm payroll bureau, dental practice in Bruges, Belgium (in English)", "repeated_questions",
    "A dentist with seven staff wants to leave a payroll provider after three errors, including a payslip sent to the wrong person.",
    [open_,
     t("Then let's use the ten minutes well. What kind of mistakes, the same one each time or different?"),
     c("Different. Once a hygienist's overtime was missing, once the holiday pay was wrong, last month a payslip went to the wrong person. That last one I cannot accept.", None),
     t("Overtime missed, holiday pay wrong, and a payslip to the wrong person, which is really a data breach. So accuracy matters, but the privacy one is the deal-breaker. How do you send them hours now, and what's your notice period with them?"),
     c("I email a spreadsheet. Notice is three months. I have to go, a patient is in the chair.", "no_time"),
     t("Go. Short version: hours would come through a secure portal, not email, and each payslip goes only to that person's own login. I'll email you a one-page proposal and our fee for seven staff tonight, and you call back when it suits. Evenings are fine."),
     c("Evenings are good. After seven.", None),
     t("I'll send it by six. Good luck with the patient.")],
    [open_,
     t("Sure, happy to help. So what's not working for you with your current provider?"),
     c("Mistakes. Missing overtime, wrong holiday pay, and a payslip sent to the wrong person.", None),
     t("I see. And what would you say your main pain points with payroll are at the moment?"),
     c("The mistakes. I just said. The payslip to the wrong person is the worst.", None),
     t("Got it. And if you could change one thing about your payroll experience, what would it be?"),
     c("No mistakes. Honestly, I have a patient waiting.", "no_time"),
     t("Of course, just one more. What are the biggest challenges you face with your current provider?"),
     c("Send me something by email. I have to go.", "brush_off")],
))

# 28 wrong_paraphrase - business broadband, pub near Whitby
open_ = c("Now then. I've a pub up the coast from Whitby. Saturday nights the card machines keep losing connection and I've folk walking off without paying while we faff about. That's the problem. Nowt else.", None)
PAIRS.append(gpair(
    "b86g_whitby_pub_broadband", "business broadband provider, pub near Whitby, North Yorkshire", "wrong_paraphrase",
    "A pub landlord's Wi-Fi card machines drop out on busy nights; customers share the same Wi-Fi.",
    [open_,
     t("That's a costly problem. Are the card machines on the Wi-Fi, or plugged into the router with a cable?"),
     c("Wi-Fi. And the customers use the same Wi-Fi, the password's on the blackboard.", None),
     t("Right, so on a busy Saturday your card machines are fighting forty phones for the same Wi-Fi. That's very likely it, not the line. Simplest fix is the card machines on their own network, or on a cable if the bar's near the router. Is it?"),
     c("Router's behind the bar, aye. Five foot away.", None),
     t("Then a cable to the base, or a separate staff network with its own password. Either's twenty minutes and nowt extra on your bill. I can talk you through the staff network now, or send an engineer Tuesday for thirty-five quid if you'd rather not fiddle."),
     c("I'd rather not fiddle. Tuesday mornings I'm at the cash and carry, mind.", "no_time"),
     t("Tuesday afternoon, then, between one and four. And take the password off the blackboard till it's done."),
     c("Ha. Fair enough.", None)],
    [open_,
     t("Right, so what I'm hearing is your customers are complaining about the Wi-Fi speed, is that right?"),
     c("No. The card machines. The customers can stream what they like for all I care.", None),
     t("Got it, so to play that back: you want faster guest Wi-Fi so people stay longer and spend more. Our Hospitality Hub does exactly that, with a branded login page."),
     c("I never said that. Card machines. Saturday nights.", None),
     t("Absolutely. So you're saying you'd also like the card machines upgraded, which we can do with our new terminals on a thirty-six month lease. Have I understood you correctly?"),
     c("No, lad, you have not. I've got machines. Thirty-six months of owt, I'm not signing.", "no_need"),
     t("I understand. So what you're saying is you'd like to think about the lease and we'll talk next week?"),
     c("I'm saying I'll ring someone else.", None)],
))

# 29 pitch_to_upset - housing association, ceiling collapse, Perth
open_ = c("Hello, my kitchen ceiling's come down. There's water everywhere, it's coming from upstairs. I've got the baby here and I don't know what to do. Sorry.", None)
PAIRS.append(gpair(
    "b86g_perth_ceiling_leak", "housing association repairs line, Perth, Scotland", "pitch_to_upset",
    "A distressed young mother rings after a burst pipe upstairs brings down her kitchen ceiling and soaks her baby's things.",
    [open_,
     t("You're doing the right thing ringing. First, are you and the baby safe, away from the kitchen? And is water still coming through?"),
     c("We're in the living room. It's still dripping, less now. Upstairs isn't answering the door.", None),
     t("Okay. Do you know where your stopcock is? Usually under the sink. Even if it's their pipe, turning yours off won't hurt. And don't touch the kitchen light switches. I'm sending an emergency plumber and an electrician now, within two hours, and someone to get into the flat upstairs."),
     c("The switch is wet, aye. I turned the stopcock off. The baby's pram and all her things were in there, it's all soaked.", None),
     t("Well done with the stopcock. The pram and things: take photos and don't throw anything away. If it was the upstairs pipe, their insurance or ours may cover it, and I'm logging that today. Is there somewhere you can stay tonight if the electrics have to stay off?"),
     c("My mum's in Scone. I could go there.", None),
     t("Then go once the plumber's made it safe. I'll text you the job number now and ring you at six to tell you where things are.")],
    [open_,
     t("Oh no, I'm so sorry, that sounds really stressful. How are you feeling?"),
     c("Scared. It's still dripping. The baby's things are all soaked.", None),
     t("I completely understand. I'll log the repair. And just so you know, this is exactly why we recommend our tenant contents insurance. It's only three pounds forty a week and it would cover the pram and everything. Can I tell you a bit more?"),
     c("I don't... I just need someone to come. Please.", None),
     t("Absolutely. Someone will be out within five working days. While I have you, shall I sign you up to the contents cover today? It starts straight away for anything from now on."),
     c("Five days? Water's coming through the ceiling. I don't want insurance, I want a plumber.", "no_need"),
     t("I hear you. Is there anything else I can help you with today?"),
     c("I'm ringing the emergency number on the fridge. Bye.", None)],
))

# 30 blame - care home, missing hearing aids, near Llandudno
open_ = c("Hello. I've just seen Mam and she can't hear a word. Her hearing aids have been gone a week, apparently, and nobody thought to tell me. I'm not happy.", None)
PAIRS.append(gpair(
    "b86g_llandudno_hearing_aids", "residential care home, near Llandudno, North Wales", "blame",
    "A son in his seventies finds his mother's hearing aids have been missing for a week without anyone telling him.",
    [open_,
     t("I understand why, and I'm sorry you found out like that. Let me check her notes. Yes, it's written on the fourth that they weren't there in the morning. That should have come to you and it didn't. Were they the NHS ones from Glan Clwyd?"),
     c("The NHS ones, yes. She's had them two years. The last home lost her glasses too, that's partly why we moved her.", None),
     t("Then this is twice, and I can see why you're cross. Today I'll ring audiology for replacements, they usually post them within a fortnight, and I'll have the team search her room and the laundry properly, they often turn up in pockets. From now on her aids go in a labelled pot on the nurses' trolley at night."),
     c("A fortnight without hearing, though. She'll just sit there.", None),
     t("You're right, that's too long. We have a personal amplifier, the headphone kind, she can use meanwhile for talking and the telly. I'll set it up today. And I'll ring you Friday with what audiology said, whether they've turned up or not."),
     c("All right. Friday. Thank you.", None)],
    [open_,
     t("I'm sorry you're frustrated. Let's look at what happened. To be fair, your mam does take them out herself quite a lot, doesn't she?"),
     c("Sometimes, if they whistle. That's what staff are for.", None),
     t("I understand. It's just that we have forty residents, and families do need to make sure things are labelled. Were they labelled when she came in?"),
     c("I don't know. They're NHS hearing aids, they all look the same.", None),
     t("Right, so that may be where it went wrong. And we did mention at her review she needs a case. So what I'm hearing is you're worried about her experience, which we share."),
     c("Nobody mentioned a case to me. And nobody told me they were missing.", None),
     t("It does go in the monthly newsletter. Have you signed up to the family app? Updates go on there."),
     c("I'm seventy-one, I don't do apps. I want a person to ring me. I'll be speaking to the manager.", None)],
))
