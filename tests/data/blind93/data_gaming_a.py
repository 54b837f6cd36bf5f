"""Gaming pairs a01-a10 of blind93 (kinds 1-5), written by hand."""
from common import c, gpair, t

PAIRS = []

# 1 monologue -- Toledo credit union
o = c("Hi, um. This is kind of embarrassing. I, uh -- my buddy said y'all do like, small loans? Instead of the payday place on Reynolds Road? I'm short about four hundred till the fifteenth.", None)
PAIRS.append(gpair(
    "b93g_toledo_payday_alternative", "credit union small-dollar loan, Toledo OH", "monologue",
    "A night-shift warehouse worker, embarrassed, asks a Toledo credit union about borrowing $400 till payday instead of using a payday lender.",
    good=[o,
        t("Nothing embarrassing about it, honestly, it's half of what I do all day. Yes, we've got a small-dollar loan for members. Before I go through it -- what's the four hundred for, and what does your pay look like between now and the fifteenth?"),
        c("Rent's short. Landlord's already, y'know, texting me. I work nights at the distribution center out by the turnpike, paid every two weeks, but I missed three shifts with my back.", None),
        t("So rent's short because your back cost you three shifts, you're paid every two weeks, and the landlord's pressing. Have you used a payday lender before, or would this be the first time borrowing like this?"),
        c("Once. Last year. I borrowed three hundred and paid back way more, it kept rollin' over. If this is the same kinda deal I'd rather just, I dunno, beg the landlord.", "bad_experience"),
        t("That rollover trap is exactly what this is built to avoid. It's a fixed loan: $400, six payments lined up with your paydays, about $72 each, rate capped, total cost around thirty dollars. It can't roll over. Would $72 a payday work with rent and everything else?"),
        c("Seventy-two... yeah. Yeah, I think so. If I get my shifts back. Back's better, I'm on again Monday.", None),
        t("Good. I'd set the payment to come out the day after payday so it's not on your mind at 3 a.m. Want to do the application now? Ten minutes, money in your account tomorrow morning. And there's a free budgeting session if you ever want it -- only if you want it."),
        c("Tomorrow's okay. I'll text the landlord. Yeah, let's do it.", None),
    ],
    gaming=[o,
        t("Great question, and I really appreciate you reaching out, your financial success is our priority. So let me tell you about our whole family of lending solutions: the Quick Cash loan, the Credit Builder, share-secured loans, and our Visa Platinum with zero percent for six months, which honestly a lot of members find is a better experience because it's there whenever they need it..."),
        c("Oh. Okay, I just -- I really just need the four hundred for --", None),
        t("Absolutely, I hear you. So the card, limits start at five hundred, and we'd also open you a Holiday Club savings, ten dollars a week, automatic, which builds your relationship with us for a car loan down the road. Are you driving right now? Our auto rates are the best in Lucas County, I'll grab you a brochure..."),
        c("I got a car. It's fine. It's the rent, my landlord --", None),
        t("Totally understand, rent's stressful. Which is why the Platinum is great, some landlords take cards, and there's rewards. And what I'd love is to book you with our member advisor Tuesday for a full financial wellness review, forty-five minutes, covers retirement, insurance, everything..."),
        c("Tuesday I'm sleepin', I work nights. Look, can I just get the small loan or not?", "no_time"),
        t("For sure, for sure. But I'd be doing you a disservice not to lead with the card, it's more flexible. So -- did I understand you correctly that you'd like to start with the card application? It's just a soft pull. Mostly."),
        c("No. You didn't. Forget it, man. I'll go to the place on Reynolds.", None),
    ]))

# 2 monologue -- Sunderland broadband and TV
o = c("Hiya, aye, I'm ringin' cos me bill's gone up. It was thirty-eight pound and now it's sixty-one. Sixty-one! Nobody told us.", None)
PAIRS.append(gpair(
    "b93g_sunderland_tv_bill_rise", "broadband and TV provider, Sunderland", "monologue",
    "A Sunderland care worker rings her broadband and TV provider after her bill jumped from 38 to 61 pounds when her deal ended.",
    good=[o,
        t("That's a big jump, and I'm sorry it wasn't made clear. I've got your account up: the deal ended on the 3rd and it's gone to the standard price. Before I look at options -- who's in the house and what do you actually use?"),
        c("Just me and our Kyle, he's fifteen, on that Xbox all hours. I watch me soaps and the football, that's it. I divvn't need them movie channels, I've never once put them on.", None),
        t("So it's you and a fifteen-year-old gamer, the internet has to stay solid for him, you watch soaps and the football, and the movies are wasted. Is the football a paid sports channel, or just what's on the free channels?"),
        c("Just the Sunderland games when they're on the telly, and Match of the Day. I'm not payin' for sport, pet, I've not got it.", "no_money"),
        t("Fair enough, no sport then. Same broadband speed, so Kyle won't notice, plus basic TV with the free channels and catch-up, comes to 34 pound a month on an 18-month deal. Less than you paid before. The catch is the 18 months -- leaving early costs."),
        c("Eighteen month... I suppose. What if I move? I'm on the list for a council flat nearer me mam's.", None),
        t("If you move within our area, and nearly all of Sunderland is, we move it with you, no fee. I'll put that in the email so you've got it in writing. Shall I set it up from today so your next bill is the 34?"),
        c("Aye, go on then. Ta, pet.", None),
    ],
    gaming=[o,
        t("Oh I completely understand, and can I just say thank you for being a loyal customer, your experience really matters to us. So I'm going to tell you about our brand new Ultimate bundle, which is honestly amazing: full fibre 900, every movie channel, Sports Complete, the kids' pack, a second box for the bedroom, so all the family can..."),
        c("I divvn't want --", None),
        t("...so all the family can watch what they like, when they like, and it's only 79 pound, just over two pound a day, less than a coffee. And I'll throw in the wifi discs for the Xbox, gamers love them. So what's your main goal for your home entertainment this year?"),
        c("Me main goal's payin' less than sixty-one pound. Not seventy-nine.", "too_expensive"),
        t("Totally, and I hear what you're saying about value. That's why Ultimate is the best value per channel on the market, like 20p a channel. Loads of customers in Sunderland are on it. Or there's Essentials at 66, which still has the movies and..."),
        c("I've never once watched the movies. Are you listenin' to us at all?", "no_need"),
        t("Absolutely I'm listening, your satisfaction is my number one priority. So with Essentials you'd also get the kids' pack, the music channels, the..."),
        c("Just put us through to cancellations. I'm not sittin' here for this.", None),
    ]))

# 3 closing_as_open_question -- Gary used cars
o = c("Hey. I'm just lookin' right now. My Malibu got towed and the transmission's gone, so. I need somethin' but I ain't tryna get took.", "brush_off")
PAIRS.append(gpair(
    "b93g_gary_used_car", "used car lot, Gary IN", "closing_as_open_question",
    "A mother who works early shifts in a hospital laundry in Gary walks onto a used-car lot after her car's transmission failed; she has about $2,200 saved.",
    good=[o,
        t("Take your time, nobody's rushing you. Sorry about the Malibu. Can I ask what you need the car to do -- what's a normal day's driving look like?"),
        c("Work at the hospital, the laundry, six in the mornin'. Then daycare pickup for my son. And my mama's in Merrillville, I take her to dialysis Tuesdays.", None),
        t("So early starts, a car seat in the back, and Merrillville every Tuesday -- reliability beats everything. What were you thinking budget-wise, and would it be cash or financing?"),
        c("I got like twenty-two hundred saved. My sister say don't do no buy-here-pay-here 'cause she got burned, the interest was crazy and they put a tracker on it.", "bad_experience"),
        t("Your sister's not wrong. We don't do in-house financing with trackers. With twenty-two hundred down you could look around five to six thousand and finance the rest -- get pre-approved at your own credit union first so you know the rate before you fall for anything. There's a 2014 Corolla, 98 thousand miles, $5,900, with service records. Want to drive it?"),
        c("My cousin do cars. Can he look at it first?", None),
        t("Absolutely. Bring him Saturday, or take it over to him on a test drive if he's close. No deposit to hold it till Saturday noon -- after that I can't promise it's here, but I won't play games with you."),
        c("Okay. Saturday. I'ma go by the credit union Friday. Thank you for real.", None),
    ],
    gaming=[o,
        t("Absolutely, take your time! So tell me, what brings you in today -- and what would it take to get you driving home in something today?"),
        c("Today? I -- my car just got towed. I'm just tryna see what's out there.", "brush_off"),
        t("I hear you, and I respect that. So what I'm hearing is you need transportation fast. Walk with me -- this Equinox here, how do you see yourself using it on your daily commute?"),
        c("It's nice but it say eleven thousand on the window. I got twenty-two hundred.", "no_money"),
        t("Great, that's a great starting point. So if I get you into this Equinox at a payment you're comfortable with, how would you like to handle the down payment today -- debit or cash?"),
        c("Whoa. I ain't said I want it. My sister got burned at one of these places, she's payin' like twenty-six percent.", "bad_experience"),
        t("Totally understand, thanks for sharing that. So help me understand -- what's the one thing standing between you and signing today? Is it the payment, or something I can fix right now?"),
        c("The one thing is I need to talk to my sister and my cousin before I sign anything.", "think_it_over"),
        t("Of course. And when your cousin says it's good, where would you like to put your signature, here or at my desk? Kidding. But what would make you comfortable enough to leave a deposit today?"),
        c("Nah. I'm good. Have a nice day.", "brush_off"),
    ]))

# 4 closing_as_open_question -- Dundee gym
o = c("Hiya, just wonderin' about your prices? I'm on back shifts at Ninewells so I'd only be in at odd times, like.", None)
PAIRS.append(gpair(
    "b93g_dundee_gym_join", "gym front desk, Dundee", "closing_as_open_question",
    "A Dundee hospital nurse on back shifts asks at a gym desk about membership; her knees need her to lose weight and she was trapped in a contract before.",
    good=[o,
        t("Aye, no bother. What sort of times, and what are you hoping to get out of coming in?"),
        c("Late mornings after I've slept, eleven till one. Physio says lose a bit for my knees, ken. I'm no' a gym person really.", None),
        t("Late mornings, easy on the knees, not a gym person -- most folk in at eleven aren't either. Have you been a member anywhere before?"),
        c("The one on the Kingsway. Year contract, couldnae get out when my shifts changed. Paid eight month I never went.", "bad_experience"),
        t("That's rotten, and a fair worry. Honestly, for you I'd skip the 12-month. Off-peak is £19, weekdays before four, no contract, a month's notice to stop. That fits your hours."),
        c("Nineteen I could do. Does the pool count? The physio said swimming.", None),
        t("Pool's included. Want a free session first -- Thursday at eleven -- and see if you like it before you pay anything?"),
        c("Thursday's fine. Aye, that's better than signin' today.", None),
    ],
    gaming=[o,
        t("Brilliant, thanks for coming in! So -- what would your ideal fitness journey look like if we started it today?"),
        c("Erm... I dunno. My knees, I need to lose a bit. I'm on back shifts so odd times.", None),
        t("Love that. So what would it take for you to commit to your health today, with our 12-month Premium at £29?"),
        c("A year? I got stuck in a year contract at the Kingsway place and paid for months I couldnae use.", "bad_experience"),
        t("I totally hear you, and that's why we're different. So how would you prefer to pay the joining fee today -- card or contactless?"),
        c("I didnae say I was joining. I'd want to think aboot it. Is there no' a monthly one?", "think_it_over"),
        t("There is, but most members find Premium gives the best experience. So which start date works for you, Monday or Wednesday?"),
        c("Neither. I'm on shift both. I'll maybe come back.", "no_time"),
        t("Sure! Just before you go -- what's stopping you starting today, if I knock off the joining fee?"),
        c("What's stoppin' me is you, hen. Cheerio.", None),
    ]))

# 5 pitch_as_paraphrase -- Hull pet insurance
o = c("Yeah, hiya. I'm after a quote for me dog. Staffie, rescue, we think she's about six. Just had a nine hundred quid vet bill cos she ate a sock, so.", None)
PAIRS.append(gpair(
    "b93g_hull_pet_insurance", "pet insurer phone line, Hull", "pitch_as_paraphrase",
    "A Hull dock worker rings for a quote on his six-year-old rescue Staffie after a 900 pound bill for a swallowed sock.",
    good=[o,
        t("Ouch, nine hundred for a sock. Is she alright now?"),
        c("She's fine, daft thing. But I can't do that again, I do shifts on the docks, I've not got nine hundred lyin' round.", None),
        t("So what you want is not to be caught out by a bill like that again. Has she been seen for anything else -- skin, joints, anything ongoing?"),
        c("Her skin gets itchy in summer. Vet gave her tablets last year.", None),
        t("Then to be straight: the skin would be excluded as pre-existing on any new policy, ours too. For her you've two real choices: accident and illness up to £2,000 a year at about £18 a month, or lifetime cover at about £31. Which matters more, a low monthly or long-term things like arthritis later?"),
        c("Thirty-one's a lot. Eighteen I can do. Is two grand enough though?", "too_expensive"),
        t("For one-offs like the sock, yes. For a long-term condition it'd run short. If eighteen's your limit I'd take it and review when money's easier. I'll email the wording with the skin exclusion marked so there's no surprises."),
        c("Go on, email it. I'll sort it tonight after me tea.", None),
    ],
    gaming=[o,
        t("Thanks for calling, sorry about the sock! So what I'm hearing is you want total peace of mind, so what you need is our Platinum Lifetime at £44 a month, is that right?"),
        c("Forty-four? No, I said I've not got nine hundred. I've not got forty-four a month neither.", "no_money"),
        t("I understand. So reflecting back, what's important to you is the best cover for her, which is why Platinum with the dental add-on makes sense, yeah?"),
        c("Dental? Nobody said owt about teeth. Does it even cover her skin? She gets itchy.", None),
        t("Great question. So just to check I've understood, you'd like the Skin and Allergy Extra on top, £6, so £50 -- that's what you're saying?"),
        c("No! That's not what I'm sayin' at all. Is her skin covered or not?", None),
        t("So what you're telling me is you want the most comprehensive option for your family, which is Platinum Plus. Shall I pop that through?"),
        c("I'm tellin' you I want a cheap one. I'll go on a comparison site. Ta-ra.", "too_expensive"),
    ]))

# 6 pitch_as_paraphrase -- Dayton car insurance claim
o = c("Hi, yeah, so I -- I hit a deer. Well, the deer hit me. On 75 this morning comin' off third shift. Front end's smashed, I'm okay, but I don't know what to do.", None)
PAIRS.append(gpair(
    "b93g_dayton_deer_claim", "car insurer claims line, Dayton OH", "pitch_as_paraphrase",
    "A Dayton factory worker coming off third shift hit a deer on I-75 and calls her insurer to start a claim; she has no rental cover.",
    good=[o,
        t("I'm glad you're okay, that's the main thing. Are you somewhere safe now, and can the car be driven?"),
        c("I'm home. It drove home but the headlight's gone and the hood won't close right. I don't wanna drive it to work like that.", None),
        t("Good call. A deer is under your comprehensive, so it's not an at-fault accident and won't count against your rate like a collision. Deductible's $500. Did a deputy come out?"),
        c("Yeah, I got a report number. Five hundred though, man. I don't have five hundred right now.", "no_money"),
        t("You don't pay it to us -- the shop takes it off the repair bill, and plenty of Dayton shops let you pay it in parts. One thing I won't dress up: you don't have rental coverage on this policy."),
        c("Crap. How am I supposed to get to work? I'm on nights at the plant in Moraine.", None),
        t("Our partner rental is $25 a day with our discount, and if the shop gets it in quick that's maybe four days. I'll book the adjuster for tomorrow morning and call you by 2 p.m. with the estimate either way. Does that work?"),
        c("Yeah. Tomorrow, two. Okay. Thank you, seriously.", None),
    ],
    gaming=[o,
        t("I'm so glad you're okay, thank you for sharing that. So what I'm hearing is you never want to be stuck like this again, so what you need is our Total Protect upgrade with rental and roadside, right?"),
        c("Um. I need to know if the deer's covered. That's what I'm askin'.", None),
        t("Absolutely. So reflecting back: your priority is coverage, and what would really serve you is higher liability limits and gap cover, $23 more a month -- does that sound right?"),
        c("No? I'm askin' about today. The car's smashed. I can't do twenty-three more a month.", "no_money"),
        t("I hear you, budget matters. So what you're saying is you want the best value, which is our bundle -- add renters insurance and save 8 percent. Shall I add that?"),
        c("I didn't say any of that. Is somebody comin' to look at my car or not?", None),
        t("Of course, I'll transfer you to claims. Just to confirm my understanding, you'd like the Total Protect quote emailed as well?"),
        c("No. Just claims. Please.", "no_need"),
    ]))

# 7 upsell_as_loop_closing -- Stoke exhaust
o = c("Ay up duck. Me exhaust's blowin', sounds like a tractor. Can yer 'ave a look? Not made of money mind, it's nearly Christmas.", None)
PAIRS.append(gpair(
    "b93g_stoke_exhaust_blowing", "tyre and exhaust garage, Stoke-on-Trent", "upsell_as_loop_closing",
    "A Stoke warehouse packer in his late fifties brings in his Astra with a blowing exhaust just before Christmas.",
    good=[o,
        t("Course. When did it start, and anything else -- smell in the car, warning lights?"),
        c("Last week, after that pothole on Leek Road. No lights. Bit of a smell when I'm stood at the lights.", None),
        t("Had a look: back box has split at the joint, likely that pothole. The smell's fumes, so don't leave it. Back box fitted is £95. Middle section's fine. Front tyres are at 3mm, legal, no need today."),
        c("Ninety-five. Hmm. Could it wait till after payday? That's the twentieth.", "no_money"),
        t("With fumes I'd not leave it three weeks in winter with the windows shut. We can take half today and half on the twentieth, we do that for regulars. Would that help?"),
        c("Aye, that'd help. Go on then. How long?", None),
        t("Forty minutes. Brew's in the waiting room, and I'll show you the old box so you can see the split yourself."),
        c("Ta, duck. I'll 'ave a brew.", None),
    ],
    gaming=[o,
        t("No problem, thanks for choosing us! So tell me about the noise, what are you experiencing?"),
        c("Sounds like a tractor. Since the pothole on Leek Road.", None),
        t("Brilliant. Back box is £95 fitted. And just to close the loop -- what else can I take care of today? Four new tyres with alignment, £280, it's winter."),
        c("Tyres? Are they bad?", None),
        t("They're legal, but I like to make sure we've covered everything. Anything else we can add -- full service, air-con regas, wipers? I want all your needs met."),
        c("I said I'm not made of money. Just the exhaust.", "no_money"),
        t("Totally hear you. So, back box and -- what else can I pop on the job sheet while it's up? Brake fluid flush is only £45."),
        c("No. Just the exhaust. An' I want to see the old one when yer done.", "no_need"),
        t("Of course. Last thing before you go through -- anything else at all? Our Winter Check pack is --"),
        c("One more 'anything else', duck, and I'm takin' it down the road.", None),
    ]))

# 8 upsell_as_loop_closing -- Macon daycare
o = c("Yes ma'am, good mornin'. I'm callin' about a spot for my little girl, she's three. Y'all open early? I gotta be at the plant by six.", None)
PAIRS.append(gpair(
    "b93g_macon_daycare_place", "childcare center, Macon GA", "upsell_as_loop_closing",
    "A single dad who works at a Macon poultry plant calls a daycare about a full-time place for his three-year-old; he is waiting on a state childcare subsidy.",
    good=[o,
        t("Good morning! We open at 5:45 -- would that get you there in time, or is it too tight?"),
        c("Plant's off Highway 49, that's fifteen, twenty minutes. Cuttin' it real close. I been late twice already.", None),
        t("Then honestly, 5:45 may not be enough, and we can't open earlier. Which days do you need, and how are you paying -- some families use the CAPS subsidy?"),
        c("Monday to Friday. I applied for CAPS, waitin' to hear. Right now I can't pay full price, it's just me.", "no_money"),
        t("Weekdays, about 5:30, and money's tight till CAPS comes. We take CAPS; full-time is $165 a week and it'd cover most of that. Is six a fixed start, or could it be later?"),
        c("I could ask my supervisor. Some fellas on my line start at six-thirty.", None),
        t("Worth asking. Come visit Thursday at four with her. I'll hold a spot two weeks, no fee, while you sort CAPS and the shift. And I'll text you a home provider who opens at five, just in case."),
        c("Thursday at four. Yes ma'am. Appreciate you.", None),
    ],
    gaming=[o,
        t("Good morning, and thank you for thinking of us for your little one's journey! We open at 5:45. So what brings you to us today?"),
        c("Like I said, a spot. I gotta be at the plant by six. Is that enough time you reckon?", None),
        t("We'll make it work. Enrollment's $165 a week. And just to close the loop on your needs -- would you like Meals Plus? Organic, $25 a week."),
        c("I'll pack her lunch. I can't pay full price right now, I applied for CAPS.", "no_money"),
        t("Totally understand. And what else can I add for you today -- Little Linguists Spanish at $15 a week, or the Peace of Mind camera app at $9 a month?"),
        c("A camera app. I just need somebody to watch her.", "no_need"),
        t("Of course. So to make sure we've covered everything -- shall I add the $40 photo package? Parents love it. Anything else I can add?"),
        c("Ma'am, I'ma have to think on it. I'll call y'all back.", "think_it_over"),
    ]))

# 9 leading_tag_questions -- Shreveport overdraft fees
o = c("Hey, yes. Um, I got three overdraft fees on one day. Hundred and five dollars. My check was late from my job, it ain't my fault. I'm tryin' to get 'em took off.", None)
PAIRS.append(gpair(
    "b93g_shreveport_overdraft_fees", "bank phone line, Shreveport LA", "leading_tag_questions",
    "A Shreveport hospital cafeteria cook calls her bank about three $35 overdraft fees caused by a late paycheck.",
    good=[o,
        t("I'm sorry, that's a rough day. I see three fees on the 9th and your deposit landed on the 10th. Do you know why it was late?"),
        c("Hospital switched payroll companies, everybody's was late. I just don't wanna be negative, I got a light bill due.", None),
        t("So a payroll switch you had no say in caused all three, and the light bill's coming. I can refund two right now, $70. The third needs my supervisor -- with a letter from HR it'll very likely go through."),
        c("Why can't you just do all three though?", None),
        t("Fair question. I'm allowed two; I won't promise the third and have it fall through. Would a free low-balance text help, so a late check doesn't catch you again?"),
        c("Yeah. I don't never look at the app.", None),
        t("Done, alert at $50, and the $70 is back now. Drop the HR letter at the Youree Drive branch or upload it, and you'll hear within three business days."),
        c("Okay. Thank you, baby, you helped me out.", None),
    ],
    gaming=[o,
        t("Oh no, I'm so sorry. You'd want those fees gone quick, wouldn't you? And you'd want to make sure it never happens again, right?"),
        c("Well, yeah. Can you take 'em off?", None),
        t("Absolutely. And since you clearly want protection, you'll want our Overdraft Shield, won't you? Just $12 a month, linked to a savings account."),
        c("I ain't got a savings account. I ain't got twelve dollars a month neither, that's why I'm overdrawn.", "no_money"),
        t("I hear you. But you'd agree it makes sense to open savings, wouldn't you? Only $25 to start. Most smart customers do, don't they?"),
        c("I guess... but what about my fees? Hundred and five dollars, ma'am.", None),
        t("Right, I'll look. But you wouldn't want to go unprotected with a light bill due, would you? Shall I set up the Shield?"),
        c("No. My last bank sold me some protection plan and charged me every month anyhow. Just the fees, please.", "bad_experience"),
    ]))

# 10 leading_tag_questions -- Motherwell sports channels
o = c("Aye hullo, I'm wantin' tae get the fitba' on. Just the Scottish, like. Motherwell games. Whit's that gonnae cost us?", None)
PAIRS.append(gpair(
    "b93g_motherwell_football_tv", "TV provider phone line, Motherwell", "leading_tag_questions",
    "A Motherwell bus driver, newly divorced and on a budget, asks his TV provider about adding Scottish football.",
    good=[o,
        t("Happy to sort that. Is it on the telly you'd watch, and which days mostly?"),
        c("Telly. I'm on early shifts on the buses, so Saturdays. An' I've a wee budget, I'm just oot a divorce.", None),
        t("Sorry to hear that. The Scottish games are in the Sports pack, £22 a month, rolling, no contract. But it only shows the picked games, maybe a dozen Motherwell ones a season. I don't want you thinking it's all of them."),
        c("A dozen games? For twenty-two a month? That's steep for whit it is.", "too_expensive"),
        t("It is, if it's only Motherwell. Some fans take the pack in the months with the big games and cancel after, and use the club's own pass for the rest. Want it just this month, for Celtic at Fir Park on the 14th?"),
        c("Aye, that's no' bad. Just the month. I'll see how I go.", None),
        t("Done -- one month, £22, stops unless you keep it. I'll text you the end date."),
        c("Cheers pal.", None),
    ],
    gaming=[o,
        t("Great to hear from you! You'll want the full Sports Ultimate then, won't you, so you never miss a thing?"),
        c("Naw, just the Scottish. Motherwell.", None),
        t("Of course. But you'll want the English games too, surely -- that's the real football, isn't it? And you'd want HD, wouldn't you?"),
        c("I'm no' bothered aboot the English. I'm on a budget, I'm just oot a divorce, pal.", "no_money"),
        t("Sorry to hear that. Then you'll definitely want something to enjoy at home, won't you? Ultimate's only £46 on 18 months. That's a good deal, isn't it?"),
        c("Forty-six? For eighteen month? Naw, it's no' a good deal for me.", "too_expensive"),
        t("I understand. But you wouldn't want to miss the derby, would you? And your happiness matters, doesn't it? So shall we go for it?"),
        c("I'll phone back when I've had a think. Bye.", "think_it_over"),
    ]))
