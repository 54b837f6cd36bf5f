"""Ranked pairs f01-f10 of blind93: both sides share every turn except one fault in `worse`
and the customer's reaction to it. Written by hand."""
from common import c, rpair, t

PAIRS = []

# f01 Middlesbrough pet insurance -- fault: argues with the customer
o = c("Hiya, I want to insure me new puppy, a cockapoo. But I'll be honest, me last insurer for me old dog was a nightmare, they wriggled out of every claim.", "bad_experience")
t1 = t("Congratulations on the puppy. How old is she, and has she had her first vet check?")
c1 = c("Ten weeks. Vet says she's healthy. She's called Pickle -- no, me daughter's renamed her. Poppy.", None)
gt = t("And the last insurer -- what happened with the claims? I want to make sure you don't end up in the same spot.")
gc = c("They said his ear infections were pre-existin' cos he'd had one as a pup. Every ear claim after that, refused.", None)
bt = t("To be fair, insurers don't really wriggle out of claims, there's always a reason in the policy. People just don't read it.")
bc = c("Don't tell me what happened, I was there. They refused every ear claim cos he'd had one as a pup. I'm not goin' through that again.", "bad_experience")
t3 = t("That's why I'd suggest lifetime cover starting now, while Poppy has nothing on her record: anything she develops later stays covered each year as long as you renew. £19 a month, up to £5,000 a year.")
c3 = c("Nineteen's a bit more than I wanted. Can I think about it?", "think_it_over")
t4 = t("Of course. I'll email the wording with the pre-existing section marked, so you can check it against what happened last time.")
PAIRS.append(rpair(
    "b93r_f01_middlesbrough_puppy_cover",
    "A Middlesbrough dog owner burned by a previous insurer asks about cover for a ten-week-old cockapoo.",
    better=[o, t1, c1, gt, gc, t3, c3, t4],
    worse=[o, t1, c1, bt, bc, t3, c3, t4],
))

# f02 Akron car break-in -- fault: doubts the customer's honesty
o = c("Hi, my car got broken into last night in the lot at work, at the hospital. They took my laptop and smashed the window. I'm on nights, I just found it at seven.", None)
t1 = t("I'm sorry -- finding that after a night shift is awful. Are you okay? Did you report it to the police?")
c1 = c("I'm fine, just tired. Yeah, Akron PD gave me a report number over the phone.", None)
gt = t("Good. The window's under your comprehensive, $250 deductible. The laptop is different: things stolen from a car usually go on renters or homeowners, not auto. Do you have renters?")
gc = c("Yeah, through y'all actually. So it's two deductibles? Ugh.", None)
bt = t("Okay. And just so I'm clear -- was the laptop actually in the car, or are you adding it now? We see a lot of that. The window's comprehensive, $250. The laptop would go on renters, if you have it.")
bc = c("Are you serious? I just did a twelve-hour shift and you're callin' me a liar? Yes, I have renters. With y'all.", None)
t3 = t("Your renters deductible is $500. Roughly what was the laptop worth? If it's under that, it isn't worth claiming on that side.")
c3 = c("Like four hundred. So no, forget the laptop. Just the window.", "no_need")
t4 = t("Just the window, then. A glass company can come to your house after two this afternoon, so you can sleep first; I'll text you the time within the hour.")
PAIRS.append(rpair(
    "b93r_f02_akron_car_breakin",
    "An Akron hospital night worker reports a car break-in and a stolen laptop to her insurer at the end of her shift.",
    better=[o, t1, c1, gt, gc, t3, c3, t4],
    worse=[o, t1, c1, bt, bc, t3, c3, t4],
))

# f03 Wigan gym -- fault: drops the price before asking anything
o = c("Hiya. Just lookin' really. Me and me husband are thinkin' about joinin' somewhere, he's had a heart scare. What's your prices?", "brush_off")
gt = t("Sorry to hear about his heart scare -- is he alright now? Prices depend on what you'd use, so what has the doctor suggested?")
gc = c("He's alright. They want him doin' gentle stuff. Walkin', the bike. He's a lorry driver, he sits all day.", None)
bt = t("I can do you both for £40 a month instead of £52 if you join this week -- special rate. What's he wantin' to do?")
bc = c("Oh. I wasn't askin' for money off, love, I don't even know if it's right for him yet. They want him doin' gentle stuff. Walkin', the bike. He's a lorry driver.", "think_it_over")
t2 = t("Then our cardiac rehab class would suit him -- a specially trained instructor, Tuesday and Thursday afternoons. Could he get here in the afternoons?")
c2 = c("He's on earlies, finishes at two. So aye, Tuesdays he could.", None)
t3 = t("Come in together Tuesday at three and try a class free, then decide on membership. If he's got a GP referral letter, bring it so we can set his level.")
c3 = c("He's got a letter. Tuesday at three. I'll have to drag him though.", None)
PAIRS.append(rpair(
    "b93r_f03_wigan_gym_heart_scare",
    "A Wigan woman asks a gym about joining with her husband, a lorry driver recovering from a heart scare.",
    better=[o, gt, gc, t2, c2, t3, c3],
    worse=[o, bt, bc, t2, c2, t3, c3],
))

# f04 Gadsden overdraft fee -- fault: an unasked lecture
o = c("Hey. I got overdrawn by eleven dollars and y'all charged me thirty-five. Eleven dollars. I work two jobs, I ain't got thirty-five to give away.", None)
t1 = t("That's a rough fee for eleven dollars. I see it -- a $34 grocery charge Tuesday when the balance was $23. Has this happened before?")
c1 = c("First time in like a year. My check from my second job came a day late.", None)
gt = t("Then I can refund it as a one-time courtesy -- done, $35 back today.")
gc = c("Oh. Okay. Thank you. I thought I was gonna have to fight.", None)
bt = t("I can refund it as a one-time courtesy -- done. But honestly, you should keep a buffer, a hundred dollars minimum. Budgeting apps, the 50-30-20 rule, envelopes -- it's basic stuff and it'd stop this.")
bc = c("I know how to budget, thanks. I work two jobs. My check was late.", None)
t3 = t("One more option: turn off overdraft on card purchases, so the card declines instead of charging a fee. You can switch it back in the app. Want it off?")
c3 = c("Yeah, I'd rather it decline than pay thirty-five. Do it.", None)
PAIRS.append(rpair(
    "b93r_f04_gadsden_overdraft_fee",
    "A Gadsden, Alabama woman working two jobs calls about a $35 fee for going $11 overdrawn when a paycheck was late.",
    better=[o, t1, c1, gt, gc, t3, c3],
    worse=[o, t1, c1, bt, bc, t3, c3],
))

# f05 Dundee council leak -- fault: a vague next step
o = c("Aye, hullo. Ma kitchen ceilin' is drippin'. It's comin' fae the flat above, I think. Brown stain, gettin' bigger. I'm on nights at the distribution centre, I'm tryin' tae sleep the day.", None)
t1 = t("Sorry, that's the last thing you need. Is it dripping now, and is it near any lights or sockets?")
c1 = c("Steady drip. No' near the light, it's by the back door. I've a basin under it.", None)
t2 = t("Keep the basin there and keep clear of the switch if it spreads. Have you managed to speak to your neighbour upstairs?")
c2 = c("Knocked twice. Naebody in. She's away tae her daughter's, I think.", None)
gt = t("Then it's an emergency: a plumber will be with you by two this afternoon, with access to upstairs, to stop the leak, and they'll text thirty minutes before. The ceiling repair I'll book once it's dried -- I'll call you Friday to set the date.")
gc = c("By two. Right. I'll stay up till then. Thanks.", None)
bt = t("Right, I'll pass it on to the team and someone will be in touch. We'll let you know about the ceiling.")
bc = c("In touch when? It's drippin' now. I've had 'someone will be in touch' fae yous before and naebody came.", "bad_experience")
PAIRS.append(rpair(
    "b93r_f05_dundee_ceiling_leak",
    "A Dundee council tenant on night shifts reports water coming through the kitchen ceiling from the empty flat above.",
    better=[o, t1, c1, t2, c2, gt, gc],
    worse=[o, t1, c1, t2, c2, bt, bc],
))

# f06 Flint used car -- fault: over-promises
o = c("Hi, I'm lookin' at the Malibu out front, the silver one. I need somethin' to get to work, I'm at the plant, nights. What can you tell me about it?", None)
t1 = t("Sure. It's a 2016, 88,000 miles, $9,200, one owner with service records. What are you driving now, and how far's the commute?")
c1 = c("Old Focus, transmission's slippin'. It's like twenty-five minutes. I can't afford another car that breaks, I'm still payin' off the Focus repairs.", None)
gt = t("Then know this: it has a 30-day powertrain warranty from us, and after that you're on your own unless you buy an extended one. I'd want your mechanic to check it -- at 88,000 the water pump's worth a look on this engine.")
gc = c("Thirty days. Okay. At least you're straight with me. Can my guy look at it Thursday?", None)
bt = t("This one won't give you any trouble, I promise. Malibus at this mileage run forever -- nothing but oil changes for years.")
bc = c("Forever, huh. That's what the last lot said about the Focus. Can my guy look at it Thursday anyway?", "bad_experience")
t3 = t("Absolutely, bring him Thursday, or take it to his shop. I'll hold it with no deposit till Thursday at six.")
c3 = c("Okay. Thursday after my shift, around four.", None)
PAIRS.append(rpair(
    "b93r_f06_flint_used_malibu",
    "A Flint night-shift plant worker, still paying for his old car's repairs, asks about a used Malibu on the lot.",
    better=[o, t1, c1, gt, gc, t3, c3],
    worse=[o, t1, c1, bt, bc, t3, c3],
))

# f07 Sunderland streaming TV for a pensioner -- fault: closes before checking it works
o = c("Hiya pet, me daughter says I can get the telly through the internet now and it's cheaper. I'm seventy-two, I don't know owt about it. Is it right?", None)
t1 = t("It's right for a lot of people, and it can be cheaper. What do you watch mostly, and what telly have you got?")
c1 = c("Coronation Street, the quiz shows, the racin'. The telly's one of them big flat ones, our Gary got it us maybe ten year ago.", None)
gt = t("Our streaming pack is £12 a month and has all of those. But a ten-year-old telly might not run the app, so before anything's signed let's check: can you or Gary read me the model number off the sticker on the back?")
gc = c("Hang on... it says LG 42 summat, I can't read the rest. I'll get our Gary to look proper tonight.", None)
bt = t("Lovely. Our streaming pack is £12 a month and has all of those. I'll set it up now and you'll be watching by Friday. Shall I take the card details?")
bc = c("Friday? Will it work on my telly though? It's ten year old. I'd rather our Gary looked first.", "think_it_over")
t3 = t("If the telly can't run the app, a small streaming stick plugs into the back and we'd send one free. Let's sign nothing till Gary's checked the model tonight; I'll ring you tomorrow at eleven.")
c3 = c("Aye, that's better. Eleven tomorrow. Ta, pet.", None)
PAIRS.append(rpair(
    "b93r_f07_sunderland_streaming_tv",
    "A 72-year-old Sunderland woman asks about moving her TV to a cheaper streaming pack; her television is ten years old.",
    better=[o, t1, c1, gt, gc, t3, c3],
    worse=[o, t1, c1, bt, bc, t3, c3],
))

# f08 Paisley childcare for shift worker -- fault: recommends before asking
o = c("Hello, I'm lookin' for childcare for ma daughter, she's four, starts primary in August. I work in the supermarket at Braehead, shifts.", None)
gt = t("Hello! What do your shifts look like, and which days would you need us?")
gc = c("It changes. Some weeks it's six till two, some weeks two till ten. The rota comes oot a fortnight ahead.", None)
bt = t("For a four-year-old our full-time place is what most parents go for, 8 till 6, Monday to Friday, £220 a week. Shall I put her down for that?")
bc = c("Full-time? I dinnae need that, and £220 a week, I'd be workin' tae pay you. It changes, some weeks six till two, some weeks two till ten.", "too_expensive")
t2 = t("With shifts like that a nursery alone won't cover it -- we close at six, so late weeks wouldn't work. A registered childminder can do evenings, and her funded hours can be used with one. Does family help on late weeks?")
c2 = c("Her gran does some nights. No' every night though, she's no' well.", None)
t3 = t("Then maybe funded hours with us on early weeks, and a childminder for late weeks when gran can't. I'll send the council's list of childminders near Braehead who take funded hours. Would you like to visit us Monday?")
c3 = c("I'll need tae see how the money works oot first. Send me the list and I'll get back tae you.", "think_it_over")
PAIRS.append(rpair(
    "b93r_f08_paisley_shift_childcare",
    "A Paisley supermarket worker on alternating early and late shifts looks for childcare for her four-year-old.",
    better=[o, gt, gc, t2, c2, t3, c3],
    worse=[o, bt, bc, t2, c2, t3, c3],
))

# f09 Kokomo credit union consolidation -- fault: unexplained jargon
o = c("Hi. Um, I wanna consolidate? I got two credit cards and one of them payday things. I'm payin' everybody and nothin's goin' down.", None)
t1 = t("That's a tiring place to be, and it's good you're looking at it. Roughly what's on each?")
c1 = c("Card one's like twenty-two hundred, card two's nine hundred, the payday's four hundred. I drive a forklift at the warehouse, take home about twenty-six hundred a month.", None)
gt = t("So about $3,500 in all. We could lend that as one loan at 11 percent a year -- against maybe 25 to 30 on the cards and far more on the payday. Over three years it's about $115 a month, one payment instead of three.")
gc = c("A hundred fifteen. That's less than I pay now, by a lot. Okay.", None)
bt = t("So about $3,500. We'd do an unsecured consolidation at 11 percent APR, 36-month term, subject to DTI under 40 and no recent derogs. Amortized, that's about $115.")
bc = c("Um... I don't know what half of that means. Derogs? Is a hundred fifteen a month, or what?", None)
t3 = t("A month, yes. One honest thing: if the cards stay open it's easy to fill them up again. Would you be okay closing at least one?")
c3 = c("Close 'em? I dunno. I kinda need one for emergencies. Let me think on that part.", "think_it_over")
t4 = t("Fair. Lots of people keep one with a low limit for emergencies and close the other. Bring your pay stubs and statements Thursday and we'll go through it together.")
PAIRS.append(rpair(
    "b93r_f09_kokomo_debt_consolidation",
    "A Kokomo forklift driver juggling two credit cards and a payday loan asks his credit union about consolidating.",
    better=[o, t1, c1, gt, gc, t3, c3, t4],
    worse=[o, t1, c1, bt, bc, t3, c3, t4],
))

# f10 Grimsby funeral director -- fault: talks about himself
o = c("Hello. Me dad's passed. At home, this mornin'. The doctor's been. I don't... what do we do now?", None)
t1 = t("I'm very sorry. You've done the right thing ringing. Is anyone with you at the moment?")
c1 = c("Me sister's here. Mum's in a state. Dad were a trawlerman, forty year. He'd want to go out proper, but he'd hate a fuss, if that makes sense.", None)
gt = t("It makes complete sense -- proper, but no fuss. We can come to the house in about an hour to bring your dad into our care, quietly. Would that be alright with your mum?")
gc = c("Aye. An hour's fine. She'll want to sit with him a bit first.", None)
bt = t("It does. My grandad was a trawlerman too, and when he went we did the lot -- the boats in the dock sounding their horns, I still get goosebumps. It's why I've done this job twelve years. Anyway, we can come in about an hour.")
bc = c("Right. That's... nice for you. An hour's fine. She'll want to sit with him a bit first.", None)
t3 = t("Of course. Take as long as she needs and ring when she's ready -- we'll come then, not before. Nothing else needs deciding today.")
c3 = c("Thank you. I'll ring you back in a bit.", None)
PAIRS.append(rpair(
    "b93r_f10_grimsby_death_at_home",
    "A Grimsby man rings a funeral director the morning his father, a retired trawlerman, died at home.",
    better=[o, t1, c1, gt, gc, t3, c3],
    worse=[o, t1, c1, bt, bc, t3, c3],
))
