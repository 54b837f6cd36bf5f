"""Gaming pairs c01-c10 of blind93 (kinds 11-15), written by hand."""
from common import c, gpair, t

PAIRS = []

# 21 ignored_customer -- Wigan broadband for carer
o = c("Hiya, I'm movin' back in wi' me mam to look after her, she's had a stroke. I just need broadband put in at hers. Nowt else. It's in Pemberton.", None)
PAIRS.append(gpair(
    "b93g_wigan_carer_broadband", "broadband provider phone line, Wigan", "ignored_customer",
    "A Wigan woman moving in to care for her mother after a stroke needs broadband only, for work calls, and worries about her mother's pendant alarm.",
    good=[o,
        t("Sorry to hear about your mam, that's a lot to take on. Broadband only, no problem. What will you use it for -- working from there, video calls?"),
        c("I do admin for a haulage firm, so Teams calls. And she's got one of them pendant alarms, does that need the phone line?", None),
        t("Good thing to ask. Some older alarms use the landline, and landlines are moving to digital, so we need to check hers. Who provides it?"),
        c("Aye, it's the council's.", None),
        t("Then I'll put it on the engineer's notes to test the alarm before leaving, and give you the council's number to confirm. For Teams, 150 meg is plenty: £28 a month on 24 months."),
        c("Twenty-four month's a long time. I don't know how long I'll be there, I'd want to think about that.", "think_it_over"),
        t("Fair. There's a 12-month at £32, and if you go back to your own place we can move it with you. Would that suit better?"),
        c("Twelve month. Aye. And check that alarm, please, that's the main thing.", None),
        t("It's on the job: test the pendant alarm before leaving. Install is Tuesday, eight till one; I'll text you now."),
        c("Ta. That's one thing off the list.", None),
    ],
    gaming=[o,
        t("Absolutely! So tell me, what matters most to you in your home entertainment?"),
        c("Just broadband. For work, Teams calls. An' me mam's pendant alarm, I need that to keep workin'.", None),
        t("Great, thanks for sharing. So our best-seller is the TV and broadband bundle with the sports pack, £59 a month. How does that sound?"),
        c("I said just broadband. We don't watch sport. What about the alarm?", "no_need"),
        t("Love that. And how many people in the household use streaming services?"),
        c("Two. Me and me mam. She can barely hold the remote since the stroke. The alarm -- does it need the phone line?", None),
        t("Okay, perfect. So I'll pop you down for the bundle plus the landline package with evening calls. Any questions?"),
        c("Three times I've asked about that alarm. Forget it. I'll ring someone who listens.", None),
    ]))

# 22 ignored_customer -- Mobile AL teen's first car
o = c("Hi. My son just got his license, he's sixteen, he's gonna be workin' at the grocery after school. We need somethin' cheap and safe. Like, really safe.", None)
PAIRS.append(gpair(
    "b93g_mobile_teen_first_car", "used car dealer, Mobile AL", "ignored_customer",
    "A mother in Mobile, Alabama shops for a cheap, safe first car for her sixteen-year-old son, who wants a truck.",
    good=[o,
        t("Congrats to him! Safe and cheap, got it. What's the budget, and how far is work and school?"),
        c("Four thousand max. It's like ten minutes. Insurance already quoted me two hundred a month to add him.", None),
        t("Then insurance matters a lot. Small sedans are usually much cheaper to insure for a teen than trucks. There's a 2011 Civic, 124,000 miles, $3,800, and a 2013 Forte at $4,400. The Civic rated better in crash tests for its year."),
        c("The Forte's over, though. And he wants a truck. All his friends got trucks.", "too_expensive"),
        t("Trucks cost more to insure and fuel, and older ones have weaker side protection. I'd go Civic. Before deciding, get an insurance quote on its VIN -- I'll write it down -- so you know the real monthly."),
        c("That's smart. Can he drive it?", None),
        t("Sure, with you in the car. And take it to your mechanic if you want. No deposit to hold it till Saturday."),
        c("Okay. Let's take it round the block. Jaylen, come on.", None),
    ],
    gaming=[o,
        t("Congratulations! So what's most important to you in a vehicle?"),
        c("Safe. And cheap to insure. They want two hundred a month already to add him.", None),
        t("Love it. Let me show you this 2016 F-150, lifted, great sound system, the kids go crazy for it. $14,900."),
        c("Fourteen thousand? I said four. And a lifted truck ain't safe for a sixteen-year-old.", "too_expensive"),
        t("Totally hear you. And what's your budget range?"),
        c("...Four thousand. I just said. Four thousand.", None),
        t("Perfect. We can finance the F-150, around $350 a month. Insurance'll be fine, I'm sure. What color does he like?"),
        c("Come on, Jaylen. We're leavin'.", None),
    ]))

# 23 repeated_questions -- Kilmarnock credit union loan
o = c("Hiya. Washin' machine's packed in and I've two weans, so. Do yous do wee loans? I've used the doorstep fella before and I'm no' doin' that again.", "bad_experience")
PAIRS.append(gpair(
    "b93g_kilmarnock_cu_loan", "credit union branch, Kilmarnock", "repeated_questions",
    "A Kilmarnock hotel kitchen porter with two children needs about 300 pounds for a washing machine and wants to avoid doorstep lenders.",
    good=[o,
        t("Aye, we do. With two weans that's a nightmare. How much are you thinking, and are you a member already?"),
        c("About three hundred. I'm no' a member. I'm a kitchen porter at the hotel, paid weekly.", None),
        t("You'd join first, £1 and proof of address, and save a wee bit each week. The loan would be £300 over six months, about £13 a week from your wages. Would weekly suit, since you're paid weekly?"),
        c("Weekly's better, aye. Thirteen a week I can do. How long does it take, though? The washin's pilin' up.", None),
        t("Honestly, about a week for a new member -- payslips and ID to check. If that's too slow, the charity shop on the High Street has reconditioned machines for about £120, which would mean borrowing less."),
        c("A week... launderette it is then. What do I bring?", None),
        t("Two payslips, photo ID, a bill with your address. Come Wednesday after ten and I'll do membership and loan together."),
        c("Wednesday. Sound. Cheers for no' lookin' at me like I'm a skiver.", None),
    ],
    gaming=[o,
        t("Absolutely, thanks for reaching out. So, what brings you to us today?"),
        c("The washin' machine. I need about three hundred for a new one.", None),
        t("Great. And can you tell me a bit about what you're looking to achieve financially?"),
        c("A washin' machine. Three hundred quid.", None),
        t("Brilliant. And how much were you hoping to borrow, roughly?"),
        c("Three hundred. Are you writin' any of this down?", None),
        t("I am! So just so I understand your situation -- what's the reason for the loan?"),
        c("Pal, I've told you three times. I've a shift at four, I cannae sit here all day.", "no_time"),
    ]))

# 24 repeated_questions -- Terre Haute first car insurance
o = c("Hi, um, I need a quote for car insurance? I'm buyin' a car Saturday, a 2015 Civic, off my uncle. I've never had my own policy, I was on my mom's.", None)
PAIRS.append(gpair(
    "b93g_terrehaute_first_policy", "car insurance agency, Terre Haute IN", "repeated_questions",
    "A 24-year-old nursing-home aide in Terre Haute, on break at work, calls for her first car insurance quote before buying her uncle's Civic.",
    good=[o,
        t("Happy to help, and being on your mom's policy counts for something. How old are you, and any tickets or accidents?"),
        c("Twenty-four. One speedin' ticket, like two years ago. Fifteen over on 41.", None),
        t("And the driving -- commuting? How far?"),
        c("I'm a CNA at a nursing home, fifteen minutes. Some overnights. I was hopin' to keep it under a hundred a month.", None),
        t("So a 2015 Civic, a short commute, one old ticket, aiming under $100. Full coverage comes to $128; liability only is $64 but won't pay for your own car if you cause a crash."),
        c("A hundred twenty-eight is a lot. Any way to get it down?", "too_expensive"),
        t("A few honest ones: a $1,000 deductible brings full coverage to $104; our safe-driver app can take 10% off after 90 days; or liability plus comprehensive is about $82 -- theft and hail, not a crash you cause."),
        c("Hmm. I need to think which. Can you email me all three?", "think_it_over"),
        t("Three quotes by email in five minutes, good for 30 days. It has to be active before you drive home Saturday, so call by Friday and it takes ten minutes."),
        c("Okay, cool. Thank you.", None),
    ],
    gaming=[o,
        t("Absolutely! So tell me about your insurance needs today."),
        c("Um, I'm buyin' a 2015 Civic Saturday and I need a policy. I was on my mom's.", None),
        t("Great. And what kind of vehicle are you looking to insure?"),
        c("A 2015 Civic. Honda.", None),
        t("Perfect. And have you ever been insured before, or is this your first time?"),
        c("I was on my mom's. I just said that. And one speedin' ticket.", None),
        t("Got it. So just to understand your situation -- what vehicle will you be driving, and is this your first policy?"),
        c("Oh my god. A Civic. Forget it, I'll just do one online.", None),
    ]))

# 25 wrong_paraphrase -- Grimsby after-school club
o = c("Hiya, I'm after a place in the after-school club for our Maisie, she's seven, she's at Welholme. I finish at the fish place at half five, three days a week.", None)
PAIRS.append(gpair(
    "b93g_grimsby_afterschool_club", "after-school club, Grimsby", "wrong_paraphrase",
    "A Grimsby fish-processing worker, newly separated, asks about after-school club three days a week for his nervous seven-year-old.",
    good=[o,
        t("Hiya. Which three days, and could you get to us by six?"),
        c("Monday, Tuesday, Thursday. It's ten minutes, so ten to six, six at worst.", None),
        t("Monday, Tuesday, Thursday, pickup near six. We run till six and collect from Welholme ourselves. It's £12 a session. Anything Maisie needs -- allergies, worries?"),
        c("She's nervous wi' big groups. Her mam used to pick her up. We've split up, so it's new for her.", None),
        t("Thanks for telling me. Leanne can meet her at the gate each time, and she can do a taster afternoon first. You can also claim tax-free childcare, which takes a fifth off the fees."),
        c("Didn't know that. Is there a waitin' list though? Me mate said it's full.", None),
        t("Thursday's full till after Easter, honestly. Monday and Tuesday are free now. I'll put her on the Thursday list and give you a childminder on Welholme Road who does pick-ups."),
        c("Right. Two days now and the list for Thursday. I'll ring the childminder. Ta.", None),
    ],
    gaming=[o,
        t("Hiya! So what I'm hearing is you need full-time wraparound care for Maisie, breakfast club and after-school, five days a week. Did I understand correctly?"),
        c("No, just after-school. Three days. Monday, Tuesday, Thursday.", None),
        t("Perfect. So to play that back, you're flexible on days, pickup could be as late as seven, and you want holiday club in summer too, is that right?"),
        c("No. I said I'll be there by six. And I never said owt about summer.", None),
        t("Great, thanks for confirming. So you'd like Maisie in our Explorers group with the older kids, as she's confident and loves big groups, yeah?"),
        c("She's the opposite. She's nervous. Me and her mam have just split. Have you heard owt I've said?", None),
        t("Absolutely. So what I'm hearing is money's no object and you'd like the five-day bundle at £55 a week. Shall I book it?"),
        c("Money's very much an object, pal. I can't do fifty-five a week. I'll find a childminder.", "no_money"),
    ]))

# 26 wrong_paraphrase -- Huntington WV gym pool
o = c("Afternoon. Doc says I gotta start movin', on account of my hip. Said water's good for it. Y'all got a pool? I ain't never been in a gym in my life.", None)
PAIRS.append(gpair(
    "b93g_huntington_gym_pool", "fitness center, Huntington WV", "wrong_paraphrase",
    "A retired coal miner in Huntington with a bad hip asks a gym about the pool because his doctor told him to exercise in water.",
    good=[o,
        t("We do, a warm-water pool. How's the hip right now -- getting around okay?"),
        c("Slow. Worked underground thirty years, everything hurts. Stairs is the worst.", None),
        t("So a sore hip, stairs are hardest, and your doc wants water. Our Aqua Easy class fits -- slow, mostly older folks, and the pool has a ramp and a chair lift, no stairs. Tuesdays and Thursdays at ten."),
        c("Ramp, good. What's it cost? I'm on my pension and black lung benefits, I ain't rich.", None),
        t("Seniors is $29 a month. But check first -- many Medicare Advantage plans cover a gym membership for free. Do you know which plan you have?"),
        c("No idea. My daughter does all that.", None),
        t("Bring the card Thursday. You can try a class free either way, and I'll check the plan at the desk. If it's not covered, you decide then."),
        c("Free try, alright. Thursday at ten. I'll get her to drive me.", None),
    ],
    gaming=[o,
        t("Absolutely! So what I'm hearing is you want to get back in shape and build muscle, so our Strength Max program would be perfect -- did I get that right?"),
        c("No, sir. It's my hip. Doctor said water.", None),
        t("Got it. So to reflect back, you're after a full lifestyle change with personal training three times a week, and you're comfortable with some intensity?"),
        c("Intensity? I can't hardly get up the stairs. I said the pool.", None),
        t("Perfect, so you're ready to push yourself, love that. And you mentioned budget isn't a concern, so the Platinum at $79 with unlimited PT makes sense, right?"),
        c("I never said nothin' about budget. I'm on a pension. Seventy-nine's way too much for a swim.", "too_expensive"),
        t("Totally. So what I'm hearing is you're ready to commit today. Shall I get the paperwork?"),
        c("Son, you ain't heard one word. I'll go to the Y.", None),
    ]))

# 27 pitch_to_upset -- Stoke funeral director, first call
o = c("Hello. Sorry. My mum died last night, at the Royal Stoke. The nurse said to ring a funeral director. I don't... I don't know what I'm supposed to do.", None)
PAIRS.append(gpair(
    "b93g_stoke_funeral_first_call", "funeral director, Stoke-on-Trent", "pitch_to_upset",
    "A Stoke woman working part-time rings a funeral director the morning after her mother died in hospital; there is little money.",
    good=[o,
        t("I'm so sorry about your mum. You don't need to know anything -- that's what we're here for. Can I take your name, and your mum's?"),
        c("I'm Karen. Mum's Jean Bradbury. She were eighty-one.", None),
        t("Thank you, Karen. Nothing has to be decided today. We'll bring Jean into our care from the hospital when they're ready, usually tomorrow. Is there anyone with you?"),
        c("Me brother's comin' from Hull. Mum wanted cremation, I know that much. But we've not much money, she had no savings, I'm part-time.", None),
        t("Then let's keep it simple and honest. A simple cremation with a short service is about £2,900 with us, and if you're on certain benefits the government's Funeral Expenses Payment can help. I'll send the form. No choices needed now."),
        c("Thank you. I can't think straight.", None),
        t("Of course. Would it help if I came to you on Thursday, with your brother there, and we go through it one thing at a time?"),
        c("Yes. Thursday. Thank you, duck.", None),
    ],
    gaming=[o,
        t("I'm so sorry for your loss, and I really want to understand your needs at this difficult time. So, what kind of send-off would make your mum proud?"),
        c("I don't know. She wanted cremation, I think. We've not much money.", None),
        t("Absolutely. A lot of families in your position find our Heritage package gives real peace of mind: solid oak, two limousines, horse-drawn hearse, £7,800, and you can pay monthly."),
        c("Horses? She'd not want that. I can't even... I can't think about this.", "no_need"),
        t("I hear you. And while we're talking, have you thought about your own plan? Planning ahead means your family never goes through what you're going through. Our prepaid plan starts at --"),
        c("My mum died last night. Last night.", None),
        t("Totally understand. I'll pop the floral upgrades brochure in the post too. How satisfied are you with the call so far?"),
        c("I'm ringin' somebody else.", None),
    ]))

# 28 pitch_to_upset -- Greenock card fraud
o = c("Hello, I need help. There's six hundred and forty pound gone oot my account. I never spent it. That was my rent money. I'm shakin' here.", None)
PAIRS.append(gpair(
    "b93g_greenock_card_fraud", "bank phone line, Greenock", "pitch_to_upset",
    "A Greenock bakery worker rings her bank in a panic after 640 pounds of rent money was taken by card fraud overnight.",
    good=[o,
        t("I'm sorry -- let's stop it right now. Your card's frozen as we speak, done. Which payments don't you recognise?"),
        c("Three to some online shop, this mornin' at four. I was sleepin'. I'm in the bakery at five.", None),
        t("Three payments at four a.m., £640, none yours. I've marked them as fraud. There's no sign you did anything wrong, so you'll get it back; we aim for two working days."),
        c("Two days? The rent comes oot on Friday. The housin' association'll charge me.", None),
        t("I'll put a temporary credit on today so Friday's covered. New card in three to five days; till then you can take cash at the branch with ID. If you're charged anything for the rent, send us the letter."),
        c("Right. Okay. I'm still shakin', but thank you.", None),
        t("Take a breath -- you did everything right by calling. You'll get a text confirming the credit within the hour."),
        c("Aye. Thanks, hen.", None),
    ],
    gaming=[o,
        t("Oh no, I really understand how upsetting this experience is. Have you considered our Premier account? It comes with fraud protection and a concierge service, just £15 a month."),
        c("What? I need my money back. That was my rent.", None),
        t("Absolutely, and what I'm hearing is that security matters to you, which is exactly why Premier's so popular. It also has travel and phone insurance."),
        c("I've no' been on holiday in six year. I cannae pay fifteen a month for anything. Is my card stopped?", "no_money"),
        t("Great question. While we're here, you'd also benefit from identity monitoring, £7.99 a month, very reassuring for customers in your situation. Shall I add that?"),
        c("No! I don't want any of it! Stop my card!", "no_need"),
        t("Of course, I'll pass you to fraud. Before I do, anything else I can help with today -- mortgages, savings?"),
        c("I'm goin' tae the branch. Unbelievable.", None),
    ]))

# 29 blame -- Doncaster tyre wobble
o = c("Now then. You fitted two new tyres on me van last Tuesday, and since then there's a wobble through the wheel at fifty. Weren't there before.", None)
PAIRS.append(gpair(
    "b93g_doncaster_tyre_wobble", "tyre garage, Doncaster", "blame",
    "A Doncaster night delivery driver returns to a tyre garage because his van has a wobble since they fitted two new tyres.",
    good=[o,
        t("Sorry about that. Wobble from fifty -- through the steering wheel, or more in the seat?"),
        c("Steerin' wheel. Shakes like owt between fifty and sixty. I'm on motorways all night.", None),
        t("That points to the fronts. Let me put them on the balancer... Front left's out, a weight's come off. That's likely on us, it wasn't stuck properly. I'll rebalance both now, no charge."),
        c("Right. How long? I'm on at ten tonight.", None),
        t("Fifteen minutes. Then take it down the bypass; any wobble left, bring it straight back and I'll check the tracking, free, as it's our job."),
        c("Fair enough. Appreciate you not arguin'.", None),
    ],
    gaming=[o,
        t("Okay, I hear you, thanks for coming back. Talk me through it -- have you hit any kerbs since Tuesday? Because nine times out of ten it's the driver."),
        c("No. I've not hit owt. It started the minute I drove off.", None),
        t("So what I'm hearing is it's wobbled since you left. Did you check the pressures yourself after? Because if you've run them low, that's on you."),
        c("They were your pressures, you set 'em. I'm a delivery driver, I've not time to be pumpin' tyres every day.", None),
        t("I get that. But motorways all night in a loaded van will knock the balance out. That's wear from your driving. Rebalance is £20 a wheel."),
        c("Twenty quid a wheel to fix your job? I'm not payin' that.", "too_expensive"),
        t("Well, we can't take responsibility for how people drive. Is there anything else I can help you with today?"),
        c("Aye. The manager's name, cos I'm puttin' it in writin'.", None),
    ]))

# 30 blame -- Evansville double charge, chat
o = c("hey so the gas station on lloyd expressway charged my card twice for 40 and now im overdrawn and got a 35 fee. i only pumped once", None)
PAIRS.append(gpair(
    "b93g_evansville_double_charge", "bank live chat, Evansville IN", "blame",
    "A 19-year-old warehouse worker in Evansville types to his bank's chat about a double gas-pump charge that overdrew his account.",
    good=[o,
        t("Hi, sorry about that. I see two $40 charges from the same station at 6:12 pm yesterday. The second looks like a pump hold that didn't drop. Did you pay at the pump?"),
        c("yea at the pump. it said declined first so i swiped again", None),
        t("That explains it: the first swipe showed declined but still put a hold on. Common pump glitch, not something you did wrong. I can release the hold now and refund the $35 fee."),
        c("wait fr? ok yes pls", None),
        t("Done. Balance is back to $22. Want a free text alert when it drops under $50, so you'd spot a hold like that fast?"),
        c("nah im good i check the app like every day. ty tho", "no_need"),
    ],
    gaming=[o,
        t("Hi! Thanks for reaching out. Just to understand your experience -- did you check your balance before you went for gas?"),
        c("i had like 62 in there. thats enough for 40", None),
        t("Okay. So what I'm hearing is you swiped twice. When a card's declined you really shouldn't swipe again -- that's how double charges happen."),
        c("it said declined!! what was i supposed to do, not get gas", None),
        t("I understand your frustration. But keeping a buffer is the customer's responsibility, per the account agreement. The fee was triggered by your balance."),
        c("my balance was fine till the pump took it twice. thats not on me", None),
        t("I hear you. The hold drops in 3 to 5 business days. The fee stands since it came from your transactions. Anything else?"),
        c("ya close my account. im going to the credit union", None),
    ]))
