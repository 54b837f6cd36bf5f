"""Ranked pairs d01-d10 of blind93: two decent conversations, `better` is better. Written by hand."""
from common import c, rpair, t

PAIRS = []

# d01 Dundee credit union -- better asks for the quote and hears the council tax worry
o = c("Hiya. I'm wantin' tae borrow six hunner pound for my car, the clutch is away. I'm on nights at a care home in Lochee so I need the car, the buses dinnae run at that time.", None)
PAIRS.append(rpair(
    "b93r_d01_dundee_clutch_loan",
    "A Dundee care-home night worker asks her credit union for a 600 pound loan for a clutch; she is also behind on council tax.",
    better=[o,
        t("That makes sense -- no buses at that hour. Have you got a quote from the garage for the clutch?"),
        c("Aye, five hunner and forty. I just rounded it up. Tae be honest there's a council tax letter as well, I'm a bit behind.", None),
        t("Thanks for telling me, it helps. How far behind, and what does the letter say?"),
        c("Two months. It says I've lost the right tae pay monthly, they want eleven hunner. I just cannae.", None),
        t("Ring the council this week and ask to go back on instalments -- they often agree if you call quickly, and I'll write down what to say. I'd not borrow for that on top. For the clutch, £540 over 12 months is about £50 a month. Does that fit alongside the council tax?"),
        c("Fifty... aye. Better than the six hunner. Can I think on it overnight? I'm on shift the night.", "think_it_over"),
        t("Of course. Bring the garage quote tomorrow and it can be in your account the same day."),
    ],
    worse=[o,
        t("Of course. What's your monthly income after tax, and your main outgoings?"),
        c("About fourteen hunner. Rent's four-fifty, then the usual. There's a council tax letter as well but that's a different thing.", None),
        t("Okay. £600 over 12 months is about £55 a month, which looks affordable on those figures. Would you like to go ahead?"),
        c("Can I think on it overnight? I'm on shift the night.", "think_it_over"),
        t("No problem. Bring your payslip tomorrow and it can be in your account the same day."),
        c("Aye, fine. Thanks.", None),
    ]))

# d02 Toledo used car -- better finds out who drives and why 4WD
o = c("Hey, how ya doin'. I need somethin' under eight grand. My Impala's got like two hundred thousand on it and it's burnin' oil.", None)
PAIRS.append(rpair(
    "b93r_d02_toledo_used_car",
    "A Toledo night-shift plant worker with a forty-mile round trip wants a used car under $8,000; his partner wants four-wheel drive.",
    better=[o,
        t("Doing good. Two hundred thousand -- it's earned its rest. What do you mostly use it for?"),
        c("Work. I'm at a plant in Perrysburg, nights, forty miles round trip. My old lady wants four-wheel drive for the winters but I dunno.", None),
        t("Forty miles a day costs gas every day, and four-wheel drive helps on maybe ten snow days. Good winter tires on a sedan handle most of it. Would she be driving it too?"),
        c("Sometimes. She's nervous in snow. That's kinda why.", None),
        t("Then it's her comfort too. A 2015 Camry at $7,400, 34 mpg, or a 2013 RAV4 all-wheel at $7,900, about 26 mpg -- roughly $45 more a month in gas on your drive. Want to take both out so she can feel the difference?"),
        c("Yeah, lemme bring her Saturday. I ain't decidin' that without her.", "think_it_over"),
        t("Smart. Both washed and ready at ten Saturday, with the history report for each."),
    ],
    worse=[o,
        t("Doing good! Under eight grand we've got a few. You got a trade-in?"),
        c("The Impala, if it's worth anything. It's burnin' oil.", None),
        t("Maybe $500 for it. I've got a 2015 Camry at $7,400, great on gas, and a 2013 RAV4 at $7,900 with all-wheel drive. Both clean history."),
        c("My old lady wants four-wheel drive, but I'm drivin' forty miles a day.", None),
        t("The RAV4's real popular for that. Want to take it out now?"),
        c("Nah, I'm just lookin' today. I'll maybe bring her Saturday.", "brush_off"),
        t("Sounds good, I'll have both ready Saturday morning."),
    ]))

# d03 Stoke pet insurance for an old cat -- better explores the fear and offers a savings alternative
o = c("Hello duck, I want to insure me cat. Tibbles. She's thirteen. Me neighbour's dog cost her two thousand at the vet's and it frightened me.", None)
PAIRS.append(rpair(
    "b93r_d03_stoke_old_cat_cover",
    "A pensioner in Stoke wants insurance for her thirteen-year-old cat, who has tired kidneys, after a neighbour's big vet bill scared her.",
    better=[o,
        t("That would frighten anyone. Thirteen's a good age for a cat. How's she keeping -- any vet visits lately?"),
        c("She's had her kidneys checked. Vet said they're a bit tired. She's on a special food.", None),
        t("I'll be honest so you hear it now: the kidneys would be excluded as already known, and at thirteen there's a 20% co-pay. Senior cover is £26 a month, accidents and new illnesses up to £2,000. Is it mainly a big sudden bill that worries you?"),
        c("It is. I'm on me pension. Twenty-six pound is a lot when the kidneys aren't even in it.", "too_expensive"),
        t("Fair point. Some owners of older cats put that £26 into a savings pot instead, and it covers anything, kidneys too. Or accident-only is £9. I don't want you paying for something that doesn't fit."),
        c("Accident only... Let me have a think, duck. I'll ring you back.", "think_it_over"),
        t("Course. I'll post both quotes and the savings idea written down, so you've got it in front of you."),
    ],
    worse=[o,
        t("We can help. What's her date of birth, and any medical conditions?"),
        c("Thirteen in May. She's had her kidneys checked, they're a bit tired.", None),
        t("Senior cat cover is £26 a month, up to £2,000, with a 20% co-pay at her age. Pre-existing conditions like the kidneys are excluded."),
        c("Twenty-six pound, and not the kidneys. That's a lot for me on me pension.", "too_expensive"),
        t("There's accident-only at £9 too. Shall I send both quotes?"),
        c("Aye, send 'em. I'll have a think.", "think_it_over"),
    ]))

# d04 Macon funeral home -- better learns who the father was before talking price
o = c("Yes sir. My daddy passed Sunday. Hospice called y'all already I think. I'm the oldest so... it's on me, I guess. I don't know nothin' about this.", None)
PAIRS.append(rpair(
    "b93r_d04_macon_funeral_arrangement",
    "The eldest son of a Macon church deacon arranges his father's funeral with little money between three brothers.",
    better=[o,
        t("I'm sorry about your daddy. He's here with us and he's being cared for. Before any paperwork -- can you tell me a little about him?"),
        c("Deacon at Mt. Zion thirty years. Drove a truck for the county. He'd want church, the choir. He didn't leave no insurance though, and we ain't got much.", None),
        t("Then church with the choir matters. A full service with viewing is about $7,900 with us; graveside only is $5,200. Would you and your brothers be splitting it?"),
        c("We was gonna try. My youngest brother's laid off though. Eight thousand, I don't see it.", "no_money"),
        t("Another way families do it: cremation, then a memorial at Mt. Zion with the choir, about $3,400 with us. He'd still have his church, and many churches take up a love offering. Could I meet all three of you tomorrow?"),
        c("Yes sir. Let me call my brothers, I can't decide this by myself.", "think_it_over"),
        t("Six o'clock tomorrow, here or at your house. Nothing gets signed tonight."),
    ],
    worse=[o,
        t("I'm sorry for your loss. He's with us. Let me walk you through our packages: traditional with viewing, $7,900; graveside, $5,200; direct cremation, $1,900."),
        c("Daddy was a deacon thirty years. He'd want church. But eight thousand, I don't see it. We ain't got much.", "no_money"),
        t("Cremation with a memorial at your church is about $3,400. Your church would provide the venue."),
        c("I'll have to talk to my brothers. I can't decide by myself.", "think_it_over"),
        t("Of course. Call me when you're ready and we'll set a date."),
        c("Okay. Thank you.", None),
    ]))

# d05 Hull broadband -- better diagnoses wifi before selling speed
o = c("Hiya, I'm ringin' cos our internet's rubbish. Our lass works from home upstairs and it keeps cuttin' out on her calls. I'm on nights so I'm asleep when it's happenin'.", None)
PAIRS.append(rpair(
    "b93r_d05_hull_wifi_dropouts",
    "A Hull night worker rings because his partner's work calls drop upstairs; the line speed is fine and the router is in a cabinet.",
    better=[o,
        t("Sorry, that's a pain when it's her job. Is it bad everywhere, or mainly upstairs?"),
        c("Fine in the front room. It's the back bedroom upstairs she has bother.", None),
        t("Your line's getting the full 74 meg, so the connection to the house is fine. Sounds like the wifi isn't reaching that room. Where's the router?"),
        c("Under the telly, behind the cabinet door. Right mess of wires.", None),
        t("That cabinet blocks a lot. First, free: put it on top, in the open. If that's not enough, a mesh disc upstairs is £5 a month, same package. A faster package wouldn't fix it -- the speed's already getting to the house."),
        c("Oh right, I was gonna ask for the faster one. I'll move it tonight and see. If not, I'll ring for the disc.", None),
        t("I'll note it on the account, and text you in three days to see how she's getting on."),
    ],
    worse=[o,
        t("Sorry about that. Your line's getting 74 meg. We could move you to 500 meg full fibre for £8 more a month, that'll help her calls."),
        c("Eight quid more. Hmm. Will it fix it upstairs?", None),
        t("It gives a lot more speed; most people notice a big difference. I can add a mesh disc too, £5 a month."),
        c("Both's thirteen quid more. That's a lot on top of what I pay.", "too_expensive"),
        t("Understood. Just the upgrade then? I can book it for Monday."),
        c("Go on then, just the upgrade.", None),
    ]))

# d06 Gary daycare for twins -- better maps the shift rotation
o = c("Hi. I need daycare for my twins, they're one. I work rotatin' shifts at the steel mill, so it's never the same hours. Is that gonna be a problem?", None)
PAIRS.append(rpair(
    "b93r_d06_gary_twins_daycare",
    "A Gary steelworker on a two-week rotation needs daycare for one-year-old twins; her mother covers the afternoon weeks.",
    better=[o,
        t("It might not be. How does the rotation go -- a set pattern, like days one week, afternoons the next?"),
        c("Two weeks days, seven to three. Then two weeks afternoons, three to eleven.", None),
        t("And who has them on the afternoon weeks -- would you need us then too?"),
        c("My mom has 'em afternoon weeks. She can't do days, she works at the school.", None),
        t("Then our flex contract fits: you book only your two day-weeks each month, we open at 6:30, and you pay for those weeks only, with a sibling discount. About half of full-time. Does the mill post the schedule ahead?"),
        c("A month out. It's still a lot with two though, I gotta look at it.", "too_expensive"),
        t("Fair. I'll write up the monthly total with the discount so you can compare. And ask the mill's HR about a dependent care account -- many have one, it's pre-tax."),
    ],
    worse=[o,
        t("We're open 6:30 to 6, Monday to Friday. Full-time infants are $280 per child a week, with 10% off the second twin."),
        c("But I'm only days half the time. The other weeks my mom has 'em.", None),
        t("We have part-time too, three days a week at $190 each."),
        c("Three days don't work, I'm five days on day weeks.", None),
        t("Understood. I'll email our rate sheet and you can see what works."),
        c("Yeah, just email it. I gotta go get 'em from my mom's.", "brush_off"),
    ]))

# d07 Motherwell council, no heating -- better checks the prepayment meter first
o = c("Hiya, ma boiler's stopped. Nae heatin', nae hot water. It's Baltic in here. I've a wee one and ma maw's stayin' wi' us, she's eighty.", None)
PAIRS.append(rpair(
    "b93r_d07_motherwell_no_heating",
    "A Motherwell council tenant with a toddler and her eighty-year-old mother reports no heating; the prepayment gas meter has run out.",
    better=[o,
        t("With a wee one and your maw there, that's urgent. Is the boiler showing a light or an error code?"),
        c("There's a red light flashin'. Says F28 or somethin'.", None),
        t("F28 usually means it's not getting gas. Before I send anyone: is your gas meter on credit? In this cold a lot of prepayment meters run out."),
        c("Oh... I didnae check. Hang on. Aye, it's at zero. I'm mortified.", None),
        t("Don't be, it happens to loads of folk, and it means nothing's broken. Top up, then hold reset on the boiler for five seconds. If you can't top up, Citizens Advice can give an emergency fuel voucher same day -- here's the number."),
        c("I've a tenner till Friday, but aye, I'll ring them. Sorry for wastin' yer time, son.", None),
        t("Not wasted at all. If it won't go after the top-up, ring back and I'll have an emergency engineer there within four hours."),
    ],
    worse=[o,
        t("That's a priority with a child and an elderly person. I'll book an emergency engineer within four hours. Will someone be in?"),
        c("Aye, we're in. We're no' goin' anywhere in this.", None),
        t("Booked, between twelve and four. The engineer will call half an hour before."),
        c("Four hours wi' the wean in this cold... I'll just need tae wait.", None),
        t("I'm sorry, that's the fastest slot. Layers and blankets till then."),
        c("Aye, fine.", None),
    ]))

# d08 Shreveport uninsured driver claim -- better covers her neck, her history, and a dated next step
o = c("Hey, yes ma'am. Somebody rear-ended me at the light on Youree Drive yesterday and come to find out he ain't got insurance. I'm so mad I can't see straight.", None)
PAIRS.append(rpair(
    "b93r_d08_shreveport_uninsured_driver",
    "A Shreveport casino worker was rear-ended by an uninsured driver and calls her insurer; a past claim took two months.",
    better=[o,
        t("I'd be mad too. Are you hurt, and was anyone else in the car?"),
        c("Neck's a little stiff. My daughter was in the back, she's fine. Bumper's hangin' off.", None),
        t("Please get the neck checked, even if it feels minor. Good news: you have uninsured motorist cover, so we pay for the car and medical even though he has none. Your deductible there is $250, not the $1,000 collision one."),
        c("Two-fifty, okay. But I had a claim with y'all before, took two months to get my car back.", "bad_experience"),
        t("I'm sorry about that. I can't speed up a shop's backlog, but you can choose any shop you like, and I'll book the adjuster for Thursday."),
        c("Thursday I'm workin' a double at the casino. Can they come Friday mornin'?", "no_time"),
        t("Friday at nine, booked. I'll call you Friday afternoon with the estimate and where things stand."),
    ],
    worse=[o,
        t("I'm sorry that happened. Was anyone hurt?"),
        c("Neck's a little stiff. My daughter's fine. Bumper's hangin' off.", None),
        t("Okay. I've opened a claim under your uninsured motorist coverage. An adjuster will be in touch in the next few days."),
        c("Few days? Last claim I had with y'all took two months to get my car back.", "bad_experience"),
        t("I understand. Your deductible on this coverage is $250. Do you have the police report number?"),
        c("Yeah. I'll text it. Okay.", None),
    ]))

# d09 Sunderland gym, 16-year-old on chat -- better asks the goal and adapts
o = c("hiya how much is it to join im 16", None)
PAIRS.append(rpair(
    "b93r_d09_sunderland_teen_gym",
    "A sixteen-year-old in Sunderland asks a leisure centre's chat about joining the gym to get stronger for an academy football trial.",
    better=[o,
        t("hiya! 16-17s is £15 a month, but what are you wanting to do? gym, classes, swimming?"),
        c("gym mainly. want to get stronger for football, im trying out for the academy u18s in summer", None),
        t("nice one. under 18s need a free induction first so a coach shows you the weights safely, then gym till 7pm. and our coach does a strength session for young players saturdays at 10, included"),
        c("7pm tho? i train at the club till 7 tues and thurs. and tbh my mam said shes not paying 15 a month", "no_money"),
        t("fair enough. theres a 10 visit pass for £25, no monthly fee, so you could do saturdays and weekends only"),
        c("10 visit pass sounds better. can i book the induction", None),
        t("yep, saturday 9am before the strength session? bring trainers and water, and a parent signs the form, ill email it"),
    ],
    worse=[o,
        t("hiya! 16-17s is £15 a month. you need a free induction first, then you can use the gym till 7pm"),
        c("7pm tho? i train at the club till 7 tues and thurs. and tbh my mam said shes not paying 15 a month", "no_money"),
        t("we also do a 10 visit pass for £25. would that suit?"),
        c("maybe. ill see", "brush_off"),
        t("no worries, message us if you want to book the induction"),
        c("ok", None),
    ]))

# d10 Dayton repeat overdrafts -- better finds the timing pattern
o = c("Hi. Uh, this is the third month I've been overdrawn. I keep gettin' these fees and it's like -- I'm not irresponsible, I just... I don't know what's happening.", None)
PAIRS.append(rpair(
    "b93r_d10_dayton_repeat_overdraft",
    "A Dayton hospital food-service worker has been overdrawn three months running and is embarrassed; rent leaves before some paydays.",
    better=[o,
        t("Thanks for calling about it -- let's work it out, no judgement. I see it goes negative around the 1st each time. When do you get paid?"),
        c("Every other Friday. I work food service at the hospital. Rent's due the first and it just comes out.", None),
        t("That's the pattern: some months payday lands after the 1st, so rent pulls before your pay's in. It's timing, not what you earn. Could your landlord take rent on the 5th instead?"),
        c("He's pretty cool, I could ask. But I ain't got time to call all these companies, I'm doin' doubles this week.", "no_time"),
        t("Then just the rent, it's the big one. I've refunded this month's $35, and set a free alert the day before any bill over $200 comes out."),
        c("Okay... yeah. That makes sense. I'll text him tonight.", None),
        t("Good. If he says yes, call me and I'll check next month lines up."),
    ],
    worse=[o,
        t("I'm sorry about that. I see three overdraft fees in three months. I can refund this month's $35 as a courtesy."),
        c("Okay, thanks. But it's gonna happen again, I don't get it.", None),
        t("Our overdraft protection links to savings to cover you. Do you have a savings account?"),
        c("I got like forty dollars in savings. That ain't gonna cover rent.", "no_need"),
        t("Understood. I'd keep an eye on your balance in the app. The refund will show tomorrow."),
        c("Alright. Thanks, I guess.", None),
    ]))
