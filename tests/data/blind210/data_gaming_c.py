"""Gaming pairs, file c (hand-written for blind210). Kinds 6-15, once each."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question -- Lekki, Lagos: calls dropping at the office
_open = c("Good morning. For two weeks now every call I make from my office drops after a minute or two. I'm an estate agent, my clients think I'm hanging up on them. I'm tired.", None)
PAIRS.append(gpair(
    "b210g_ng_lekki_dropped_calls",
    "Mobile network customer service centre, Lekki, Lagos (Nigeria)",
    "putdown_question",
    "An estate agent's calls keep dropping inside her office on Admiralty Way; at home they are fine. A nearby mast has a logged fault.",
    good=[
        _open,
        t("Good morning ma, I'm sorry, that's embarrassing with clients. Let me help. Where is the office exactly, and is it only inside or outside too?"),
        c("Admiralty Way, second floor. Outside on the road it's a bit better. At home in Ajah it's fine.", None),
        t("So it's that location, and worse indoors. Let me check the site near Admiralty Way... yes, a mast on that cluster has had a logged fault since the 3rd, engineers are scheduled. I'm sorry nobody texted you. While they fix it, does your office have wifi?"),
        c("We have wifi, yes. Why?", None),
        t("Your phone supports wifi calling. If I switch it on for your line, your normal calls go over the office wifi with the same number, no app, until the mast is fixed. Shall I do that now?"),
        c("If it works, do it. Is there any charge for it?", None),
        t("No charge at all. It's on now. Make a test call to my desk phone... good, clear. I'll text you when the mast is fixed, and if the drops continue after that, come back and ask for me, Tobi."),
        c("It's clear now. Thank you, Tobi.", None),
    ],
    gaming=[
        _open,
        t("Ma, calm down first. Are you sure it's the network and not your phone? When last did you update that thing?"),
        c("My phone is not the problem. At home in Ajah it works fine. It's only the office on Admiralty Way.", None),
        t("Okay. And are you sure you're not just standing in a corner with thick walls? Have you tried moving to the window like everybody does?"),
        c("I should move to the window for every client call? That's your solution?", None),
        t("I'm only asking questions to understand your needs, ma. Is it possible you're expecting too much from a mobile phone indoors?"),
        c("Expecting too much? I pay you every month. My colleague already left your network over this same thing, maybe I should follow her.", "bad_experience"),
        t("That's your decision, ma. So what exactly do you want me to do for you today?"),
        c("Nothing. I'll sort it out myself.", None),
    ],
))

# 7 not_my_department_or_read_the_terms -- Peckham, London: café number port failed
_open = c("Hi, I switched my café's phone line to you last week, and now when people ring our old number they get 'this number is not recognised'. We take all our catering orders over the phone.", None)
PAIRS.append(gpair(
    "b210g_uk_london_cafe_port",
    "Business phone provider customer service line, caller in Peckham, London (UK)",
    "not_my_department_or_read_the_terms",
    "A café owner moved her business line to a new provider; the number transfer failed and her eleven-year-old number no longer rings.",
    good=[
        _open,
        t("That's really serious for a café, I'm sorry. Let me look at the order straight away. Can I have the café name or the account number?"),
        c("Bean There, on Rye Lane. The account's under Funmi Adeyemi.", None),
        t("Thanks, Funmi. I can see what happened: the number transfer was requested, but your old provider rejected it because the postcode on our request didn't match theirs, and then your old line was ceased anyway. That mistake was on our side, not yours."),
        c("So is my number gone? We've had it eleven years, it's on our vans and our menus.", None),
        t("It's not gone. Ceased numbers are held for a while, and I can put in an emergency restore with the correct postcode today. Restores usually take one to three working days. Meanwhile I'll divert the new line to your mobile and put a credit for the lost week on your bill."),
        c("One to three days is still a lot of lost orders. Honestly, I'm tempted to go back to my old provider.", "think_it_over"),
        t("I understand, and you can, though going back would also need a restore and would likely take longer. Here's what I'll do: mark it urgent, call you tomorrow at eleven with an update, and give you a direct case reference so you never wait in the queue. If it isn't back by Thursday, I'll escalate to the porting manager myself."),
        c("Okay. Tomorrow at eleven. Don't forget me.", None),
    ],
    gaming=[
        _open,
        t("Hi, thank you for reaching out, I really understand how important your business experience is. Can I ask how I can help today?"),
        c("I just told you. My café number doesn't work since I switched to you. We take catering orders on it.", None),
        t("I hear you. Unfortunately number porting is handled by the porting team, it's not something my department deals with. They work by email only."),
        c("Email? I need my phone back today. Can't you put me through to them?", None),
        t("I'm afraid there's no transfer to that team. And just to make you aware, the terms you accepted say porting can take up to ten working days and we aren't liable for loss of business. I didn't write the rules, unfortunately."),
        c("Ten days. I had exactly this with my broadband switch two years ago, different company, same rubbish. I should have known better.", "bad_experience"),
        t("I completely understand your feelings. Is there anything else I can help you with today?"),
        c("No. Just give me that email address.", None),
    ],
))

# 8 social_proof_or_deadline_pressure -- Quezon City mall booth, night-shift call-centre agent
_open = c("Hi, just asking. How much is your fibre? I'm renting, I don't know if my landlord will allow it.", None)
PAIRS.append(gpair(
    "b210g_ph_qc_mall_fibre_booth",
    "Fibre broadband sales booth in a mall, Quezon City (Philippines)",
    "social_proof_or_deadline_pressure",
    "A call-centre agent on night shift asks at a mall booth about fibre; her employer allows work from home only on a stable wired connection, and she rents.",
    good=[
        _open,
        t("Hi! Happy to explain. Before prices, what would you use it for: streaming, work from home, gaming?"),
        c("I work in a call centre, night shift. Sometimes they let us work from home, but you need a stable connection, they test it. Right now I use my phone's data.", None),
        t("So it has to be stable enough to pass your company's work-from-home test. Do you know the minimum they ask for?"),
        c("They said 25 Mbps, wired, and it can't drop. Honestly my budget is small, I'm saving for my sister's tuition.", None),
        t("Then our 100 Mbps plan at 1,299 would clear that test easily. About your landlord: the install needs one small hole through a wall or window frame for the cable, so you do need their okay. Would a one-page letter explaining what's involved help you ask them?"),
        c("Yes, that would help. But 1,299 every month is a lot for me. I have to compute first.", "think_it_over"),
        t("Of course. Here's the letter and the price sheet. It's worth asking HR whether your company gives a work-from-home allowance; many do. And if the line fails your company's test in the first month, you can cancel with no fee."),
        c("Oh, I didn't know about the allowance. I'll ask HR tonight.", None),
    ],
    gaming=[
        _open,
        t("Hi! Great that you asked, lots of people are asking today. So tell me, what's your internet experience like now?"),
        c("I'm only asking for now, I'm on my break. I use my phone data. I'm a call-centre agent, sometimes we can work from home if the connection is stable.", "brush_off"),
        t("Perfect. You know, practically everyone from your area has already applied this week, we've had so many BPO agents sign up just today. Your whole team is probably on us already."),
        c("I don't know about them. My landlord might not even allow the drilling.", None),
        t("Don't worry about that. The thing is, this promo ends tonight when the mall closes: free installation plus two months half price. After tonight installation is 2,500. You don't want to miss that, right?"),
        c("Tonight? I can't decide like that. I need to ask my landlord and compute my budget.", "think_it_over"),
        t("I understand, but there are only three slots left for your area this month. If you give me your ID now, I'll reserve one and you can sort out your landlord after."),
        c("My friend signed up at a booth like this and got stuck in a two-year lock-in she couldn't cancel. No thank you.", "bad_experience"),
    ],
))

# 9 keyword_stuffed -- Gateshead print shop, copper switch-off with franking machine and alarm
_open = c("Now then. Got a letter about the digital switchover. I've two lines at the print shop, one for the phones and one the franking machine and the burglar alarm use. What do I have to do?", None)
PAIRS.append(gpair(
    "b210g_uk_gateshead_digital_switch",
    "Business landline provider support line, caller in Gateshead (UK)",
    "keyword_stuffed",
    "A print-shop owner must move two copper lines to digital before the switch-off; one carries an old franking machine and an alarm.",
    good=[
        _open,
        t("Good on you for asking early. Let's work out what's on each line. The phone line first: how many handsets, and do you need to keep the number?"),
        c("Two handsets, and aye, I need the number, it's been ours since 1998. Customers have it on every invoice.", None),
        t("The number comes with you, no change there. The second line is the tricky one. Who does your alarm monitoring, and does the franking machine dial out over the phone line or connect over the internet?"),
        c("Alarm's with a local firm, Tyneside Security. Franking machine I've no idea, it's about ten years old.", None),
        t("A ten-year-old franking machine most likely dials out, and those often won't work on a digital line. The usual fix is an update from the franking company or a newer machine on their lease. And the alarm firm needs to tell us whether their panel works on digital or whether they'd fit a 4G unit."),
        c("Bloody hell, this is turning into a job. I've no time for it before Christmas, it's our busiest month.", "no_time"),
        t("Fair enough. Your switch date isn't until April, so nothing needs doing this month. I'll email you a short checklist: the franking model to send me, and the one question to ask the alarm firm. In January we move the phone line, and the second line goes last once those two are sorted. Does that work?"),
        c("January's better. Send the list, I'll get the lad to look at the franking machine.", None),
    ],
    gaming=[
        _open,
        t("Thank you so much for reaching out, and I really want to understand your needs and your feelings about this journey. Your experience is at the heart of our relationship."),
        c("Right. So what happens to the franking machine and the alarm?", None),
        t("That's a really valuable question, and I feel your concern. What I'm hearing is that you need a successful transition, and I understand how much that matters to your business success."),
        c("Aye, I know what I need. I'm asking what I have to do.", None),
        t("Absolutely, and I truly understand. Our digital solutions are designed to empower your experience and build a lasting relationship. How do you feel about moving forward on that journey together?"),
        c("I feel like I've wasted ten minutes. And I've no time for any of this before Christmas.", "no_time"),
        t("I completely understand and I value your honesty. I'll make sure someone who understands your needs reaches out to support your success. Is there anything else I can help you feel good about today?"),
        c("No. Just have somebody ring me who knows what a franking machine is.", None),
    ],
))

# 10 rude -- Abuja, roaming charges after a workshop in Accra
_open = c("Good afternoon. I travelled to Accra for three days and I bought your roaming bundle before I left, ₦10,000. Now I'm seeing ₦85,000 deducted. How?", None)
PAIRS.append(gpair(
    "b210g_ng_abuja_roaming_accra",
    "Mobile network customer experience centre, Abuja (Nigeria)",
    "rude",
    "A civil servant bought a roaming bundle for a three-day trip to Ghana but was charged at standard rates because her phone joined a non-partner network.",
    good=[
        _open,
        t("Good afternoon ma, I'm sorry, that's a big difference. Let me check what happened. Could I have the line number and the dates you travelled?"),
        c("This is the line, 0806... Monday to Wednesday last week.", None),
        t("Thank you. The bundle was bought on Sunday, but the network your phone joined in Accra on Monday isn't a partner on that bundle, so usage was charged at standard rates. Did your phone pick the network by itself?"),
        c("I don't know, I didn't touch anything. Nobody told me I had to choose a network.", None),
        t("You're right, the activation text should have said that clearly and it didn't. I'll raise a dispute to re-rate the usage against your bundle, which should bring it back close to the ₦10,000 you paid. The review takes up to five working days."),
        c("Five days? That's my airtime for my business calls. I need it before then.", None),
        t("I understand. I can put ₦20,000 temporary credit on the line today, adjusted when the review finishes. And I'll set the partner network on your phone now so the next trip is right. Shall I?"),
        c("Yes, do that. Thank you. At least somebody explained it.", None),
    ],
    gaming=[
        _open,
        t("Ma, everybody comes in here saying the same thing. Did you even select the partner network? No? Then that's where your money went."),
        c("Nobody told me to select any network. I bought the bundle, I expected it to work.", None),
        t("It's in the text message. People don't read. What do you want me to do about it now?"),
        c("I want the charges checked. Eighty-five thousand for three days, that's madness.", None),
        t("Madam, I'm not the one who travelled. You can fill the complaint form, it takes two weeks, maybe more. Next!"),
        c("Two weeks? I'm not leaving this desk until someone senior attends to me.", None),
        t("Suit yourself, the supervisor is on lunch. You can wait over there."),
        c("I'll wait. And when I'm done, I'm moving all four of my family's lines off your network.", None),
    ],
))

# 11 ignored_customer -- Lapu-Lapu City, fibre drops during night shift
_open = c("Hello, I'm calling because my fiber keeps disconnecting around 2 to 4 am. I work from home on night shift and I got marked absent twice already.", None)
PAIRS.append(gpair(
    "b210g_ph_lapulapu_night_drops",
    "Fibre broadband provider hotline, caller in Lapu-Lapu City, Cebu (Philippines)",
    "ignored_customer",
    "A night-shift agent working from home loses her fibre connection between 2 and 4am; the modem's LOS light blinks red during the drops.",
    good=[
        _open,
        t("Good morning ma'am, I'm sorry, that puts your job at risk. Let me look at your line. When it drops, does the whole connection go down, with a light on the modem changing, or does it just get very slow?"),
        c("It goes down totally. The LOS light blinks red, then after ten minutes it comes back.", None),
        t("Thank you, that's a big clue. A red LOS light means the signal on the fibre itself is lost, so it's not your wifi or your devices. Our logs show the same drops around 2am on several nights, which usually means a fault in the line or a loose connector outside. I'll book a technician to check the line and the box on your street. What time of day suits you, given your shift?"),
        c("After 3pm please. I sleep from 9 in the morning until 3.", None),
        t("Understood. I have tomorrow 3 to 6pm, and I'll note on your account that you work nights so nobody rings you in the morning. If you're marked absent again before then, I can send you a report of the outage times from our logs to show your employer. Would that help?"),
        c("Yes, that would really help, my manager asked for proof.", None),
        t("I'll email it within the hour, and the technician's details will come by text tomorrow at noon. Your reference is LL-30962."),
    ],
    gaming=[
        _open,
        t("Good morning ma'am! Thanks for calling. May I ask how you use your internet at home?"),
        c("For work. Night shift, work from home. That's why the drops at 2am are a big problem.", None),
        t("Got it. And how many people in your household use the internet?"),
        c("Me and my two kids, but they're asleep at 2am. It's only me at that time.", None),
        t("Great. Let's do some troubleshooting. Can you restart your modem and check if your wifi is working now?"),
        c("It's working now, it's daytime. It only drops from 2 to 4 am, I told you. The red light blinks.", None),
        t("Okay, since your connection is working now, it looks like the issue is resolved. I'd also recommend our upgrade to 300 Mbps so your kids can stream better. Would you like that?"),
        c("My kids are not the problem! I don't need more speed, I need it to stop dropping.", "no_need"),
        t("Understood, ma'am. I'll close this ticket since the line tests fine. Thank you for calling!"),
        c("Don't close it! Hello? Hello?", None),
    ],
))

# 12 repeated_questions -- Swansea plumbing firm, four vans onto one business account
_open = c("Alright. I run a plumbing firm in Swansea, four vans. Phones are all on different personal contracts and it's a mess claiming them back. Can you put us all on one business account?", None)
PAIRS.append(gpair(
    "b210g_uk_swansea_plumber_fleet",
    "Business mobile sales line, caller in Swansea (UK)",
    "repeated_questions",
    "A plumbing firm owner wants his four engineers' phones on one business account; one engineer burns through data on his breaks.",
    good=[
        _open,
        t("We can, yes. To get the plans right: what do the lads use their phones for on the job, mainly calls, or data too?"),
        c("Calls to customers, the job app for invoices and photos, maps. One of them, Dai, streams the football on his breaks and blows his data every month.", None),
        t("So calls, the job app, maps, and one heavy user. Roughly how much data do the other three get through?"),
        c("No idea really. They moan when they run out, that's all I know. I don't want to be paying for unlimited for everyone.", None),
        t("Fair. A shared data pool suits that: one bundle across all four phones, say 60 gig, with a cap you set per phone so Dai can't eat everyone else's share. About £58 a month for all four lines with unlimited calls. How does that compare with what you pay now?"),
        c("It's about what we pay now, give or take. But three of the lads are still in contract on their own phones for a few months.", None),
        t("No problem. We can open the account now and move each one across as his contract ends, keeping their numbers. I'll send you a sheet to fill in with each end date, and put a reminder on the account for each."),
        c("Sounds sensible. Send it over, I'll do it tonight.", None),
    ],
    gaming=[
        _open,
        t("Absolutely, we can help. What do the lads use their phones for on the job?"),
        c("Calls, the job app for invoices and photos, maps. One of them streams the football and blows his data.", None),
        t("Okay, and what would you say is the main use of the phones day to day?"),
        c("Like I said, calls and the job app.", None),
        t("Got you. And on a typical day, what are the engineers doing on their phones mostly?"),
        c("Same answer, mate. Calls, app, maps.", None),
        t("Perfect. So in terms of how the team uses their mobiles, what's the biggest thing?"),
        c("Look, I've got a boiler to get to in Sketty. Email me something and I'll have a look.", "brush_off"),
    ],
))

# 13 wrong_paraphrase -- Surulere, Lagos: tailor selling on Instagram wants internet for the shop
_open = c("Good morning. I'm a tailor in Surulere, I sell my designs on Instagram and WhatsApp. Daily data is finishing my money. Is there something for the shop?", None)
PAIRS.append(gpair(
    "b210g_ng_surulere_tailor_router",
    "Telecom provider retail outlet, Surulere, Lagos (Nigeria)",
    "wrong_paraphrase",
    "A fashion designer with two apprentices sells online and spends heavily on daily data; power cuts are frequent in her area.",
    good=[
        _open,
        t("Good morning ma. Yes, let's see what fits. How do you use it mostly: posting photos and videos, live sessions, or chatting with customers?"),
        c("Posting videos of the clothes, reels like that, and answering customers on WhatsApp. Sometimes I go live on Saturday to show new styles.", None),
        t("Videos and Saturday lives need a good upload. Roughly how much do you spend on daily data in a month?"),
        c("Maybe ₦15,000, ₦20,000 when I do plenty lives. And light is not steady in this area, so anything that needs power is a problem for me.", None),
        t("That's important. A 4G router with a built-in battery keeps running about six hours through an outage. Unlimited night plus 40GB daytime is ₦12,500 a month, and the router is ₦25,000 once. You'd save each month and get better uploads for the lives. Does that match what you're looking for?"),
        c("Twenty-five thousand at once is heavy for me now. Can I pay it small small?", "no_money"),
        t("Yes, the router can be split over three months with the plan, so about ₦20,800 for the first three months, then ₦12,500. Before you decide, I'd like to test the signal in your shop with a demo router so you see the upload yourself. Can I come on Friday?"),
        c("Friday is fine. Come after two, I have fittings in the morning.", None),
    ],
    gaming=[
        _open,
        t("Good morning ma! So what I'm hearing is you want a fibre line for your house so the family can stream movies, is that right?"),
        c("No, for my shop. For my business, Instagram and WhatsApp.", None),
        t("Okay, so you're saying you want our enterprise fibre for a big team, with a static IP, correct?"),
        c("Big team? It's me and two apprentices. I don't even know what static IP is.", "no_need"),
        t("Perfect, so just to confirm, you're comfortable with ₦85,000 a month because you want the best for your brand, did I get that right?"),
        c("I never said that. Eighty-five thousand is more than my shop rent.", "no_money"),
        t("Alright, so what I'm hearing is you'd like to book the installation this week so you're ready for the festive season, yes?"),
        c("You are not listening to anything I'm saying. Let me go.", None),
    ],
))

# 14 pitch_to_upset -- Tacloban City, typhoon: phone lost in the flood
_open = c("Good morning. Our house was flooded. My phone was washed away. I need my number back, my children in Manila can't reach me, and the aid money comes through my e-wallet.", None)
PAIRS.append(gpair(
    "b210g_ph_tacloban_typhoon_sim",
    "Mobile network temporary service booth after a typhoon, Tacloban City (Philippines)",
    "pitch_to_upset",
    "A market vendor staying at an evacuation centre lost her phone in a flood; she needs her number back to reach her children and receive aid.",
    good=[
        _open,
        t("Good morning ma'am. I'm so sorry. Are you and your family safe? Please sit down. We can replace your SIM here today. Do you have any ID with you?"),
        c("We're safe, we're at the evacuation center. My ID also got wet. Here, this is the barangay certificate they gave us.", None),
        t("That's fine, we're accepting the barangay certificate for replacements this week. What's your mobile number? I'll issue a new SIM with the same number, free of charge."),
        c("0927... I know it by heart. But I don't have a phone to put it in.", None),
        t("We have loaner basic phones for families at the evacuation center. I'll lend you one with the new SIM in it, no charge, so you can call your children today. For the e-wallet, once the SIM is active in about an hour, the login code will come to your number. Would you like to call your children from here first?"),
        c("Yes... yes, please. Thank you.", None),
        t("Here, use this phone. Take your time. I'll prepare the SIM while you talk."),
    ],
    gaming=[
        _open,
        t("Good morning ma'am! So sorry to hear that. Actually this is a good chance to upgrade: we have a typhoon-ready promo, a waterproof phone for only 7,999, and you get your number back on it. Would you like to see it?"),
        c("I don't have money for a new phone. We lost everything in the house.", "no_money"),
        t("I totally understand. That's why we have zero-percent installment, 12 months, only 667 a month. And a postpaid plan keeps you connected during emergencies, peace of mind for your children."),
        c("Please. I only need my SIM. My children don't know if I'm alive.", "no_need"),
        t("Of course ma'am. The replacement SIM is 50 pesos, but if you take the plan today, it's free. Which would you prefer?"),
        c("Just the SIM. Here's fifty. Please hurry.", "no_need"),
        t("Sure. And while it activates, may I ask how satisfied you are with our service today?"),
    ],
))

# 15 blame -- Sheffield, engineer missed the install and marked her 'not at home'
_open = c("I took a whole day off work yesterday for your engineer and nobody came. Now your app says 'missed appointment, customer not at home'. I sat in the front window from eight till six.", None)
PAIRS.append(gpair(
    "b210g_uk_sheffield_missed_install",
    "Broadband provider customer service line, caller in Sheffield (UK)",
    "blame",
    "A nurse lost a day's pay waiting for a broadband installation; the engineer could not get into her block and marked her as not at home.",
    good=[
        _open,
        t("I'm really sorry. Losing a day's pay and then being told you weren't in is awful. Let me check the engineer's notes. Can you confirm your address?"),
        c("14 Abbeydale Court, flat 3. It's a block, there's a buzzer.", None),
        t("Thank you. The notes say the engineer went to number 14 but couldn't get into the block and marked it as not at home. The flat number and buzzer never made it onto the access notes, which is our error in taking the order, not yours."),
        c("So he stood outside and didn't even ring me? My number's on the order.", None),
        t("He should have rung you, and I'll feed that back. I've added 'Flat 3, use buzzer, call on arrival' to the access notes. The earliest I can offer is Saturday morning, so you don't lose another shift, and I'm applying our £30 missed-appointment compensation to your account. Does Saturday work?"),
        c("Saturday morning I can do. I'm on nights from Sunday.", None),
        t("Saturday, eight till one, booked. You'll get a text the evening before, and the engineer will call you when he reaches the block."),
    ],
    gaming=[
        _open,
        t("I'm sorry to hear that. The engineer's notes say you weren't home, so can I ask, were you maybe out for a bit, or not listening for the door?"),
        c("I was at the window all day! I didn't even nip to the shop.", None),
        t("Okay. And did you put your flat number on the order? If customers don't give full access details, engineers can't get in. That's in the booking confirmation."),
        c("I filled in what your website asked. It didn't ask about a buzzer.", None),
        t("I hear you, but it's really up to the customer to make sure the engineer can access the property. So you'll need to rebook online. The next slot is Wednesday."),
        c("Wednesday I'm on shift. I can't keep losing days for your mistakes.", "no_time"),
        t("That's the first available, I'm afraid. And if this one's missed too, there's a £50 missed-appointment charge."),
        c("Are you joking? Cancel the whole order. My sister had the same carry-on with you lot last year.", "bad_experience"),
    ],
))
