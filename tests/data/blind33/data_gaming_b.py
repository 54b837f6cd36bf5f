"""Gaming pairs, second instance of each kind (written by hand, one scene each)."""
from common import t, c, o, gaming

PAIRS = []

# 1 monologue -- dairy activity collars, rural Wisconsin
PAIRS.append(gaming(
    "b33g_wisconsin_cow_collars", "Dairy herd-monitoring systems dealer, Marathon County, Wisconsin, USA", "monologue",
    "Dale, who milks 140 cows with his son, stops at the dealer's booth at a county farm show. Sceptical, "
    "thirty years of heat detection by eye; spoken, B2B.",
    o("Yeah, I stopped by 'cause my son keeps on about these cow collars. Tell you the truth, I'm not sold. Hundred and forty head, and I've been spotting heats by eye for thirty years."),
    [
        t("Thirty years by eye — you probably know your cows better than any collar will. What's got your son keen on it?"),
        c("Well, he's doing most of the early milking now, and he's, uh, he's missing heats. Conception rate's slipped. And he'd like a Saturday off once in a while, which, fair enough.", None),
        t("How far has it slipped, roughly?"),
        c("From about forty percent down to thirty-two, thirty-three this last year. Vet's noticed.", None),
        t("That's a real drop. When you say you're not sold — what's behind that?"),
        c("Neighbour put a system in. Tags kept coming off and the software needed a computer whiz. He went back to tail chalk inside a year.", "bad_experience"),
        t("Some of the early ones were like that, I won't pretend otherwise. If the collars stayed on and your son could check alerts on his phone, would that cover most of it, or is there more?"),
        c("That'd be most of it. Rest is, I ain't signing nothing till me and him sit down with the numbers together.", "think_it_over"),
        t("Makes sense. What I can do is put collars on twenty of your cows for sixty days, no charge, and your son runs it next to what you see by eye. Then you've got your own numbers. I'd come set it up with him — is there a morning after milking that works?"),
        c("Tuesday, 'round nine. Bring coffee.", None),
    ],
    [
        t("Oh, your son's right on the money. The CowSense 3 does heat detection, rumination, eating time and panting, all on a fifteen-minute resolution. Accuracy on heats is over ninety percent in independent trials. Plugs into DairyComp, into your parlour software, you name it."),
        c("Well, my neighbour had one of these and the tags kept—", None),
        t("You're thinking of ear tags — totally different technology. Ours is a neck collar, IP67 rated, battery life seven years. And the health alerts, that's the big one — we pick up ketosis and displaced abomasums two, three days before you'd see it. We've got over four hundred herds in Wisconsin on it now."),
        c("Uh-huh. Does my son need to be a computer guy to run it? 'Cause neither of us—", None),
        t("It's all on the app, really intuitive. There's a dashboard, heat list, health list, group reports, breeding windows — it even tells you the optimal insemination time. And with the new version we've added the calving alert module and heat stress monitoring."),
        c("What's something like that run for a herd our size?", None),
        t("For a hundred and forty head you're looking at about thirty-two thousand installed, with the base station and antenna. Financing is available, and there's a cost-share program through some co-ops—"),
        c("Thirty-two grand. Yeah. I gotta get back for evening milking. You got a pamphlet or something I can take?", "brush_off"),
    ],
))

# 2 closing_as_open_question -- commercial refrigeration, Kingston
PAIRS.append(gaming(
    "b33g_kingston_reach_in_fridge", "Commercial kitchen equipment supplier, Kingston, Jamaica", "closing_as_open_question",
    "Miss Paulette runs a cook shop in Half Way Tree; her reach-in fridge is icing up at the back and not holding "
    "temperature. Business is slow because of road works. Spoken, Jamaican English.",
    o("Morning. Mi cousin seh unnu sell the big commercial fridge dem. Mine at the shop giving trouble — ice building up at the back and the chicken not keeping cold like before."),
    [
        t("Morning, Miss. That ice at the back, how long has that been going on?"),
        c("From about a month now. Every Sunday mi haffi turn it off and chip out the ice.", None),
        t("What make is the fridge, and how old? And has anybody serviced it?"),
        c("Is a True, two-door. Mi buy it second-hand maybe six years ago. Nobody ever service it, to be honest.", None),
        t("Ice at the back of a True, often that's the defrost timer or the door gasket, not the whole fridge. Could be a few thousand dollars to fix rather than a new one. Have you noticed the door seal torn anywhere?"),
        c("The bottom of the left door does look mash up, now you mention it. But mi nah have money fi new fridge right now, business slow since the road works start.", "no_money"),
        t("Then let's not talk new fridge. Our technician can come and check it — it's four thousand for the visit, and that comes off the repair if you go ahead. If it's the gasket, he can change it same day."),
        c("Four thousand. Alright. Him can come before mi open? Mi open at eleven.", None),
        t("He starts at eight — Thursday at eight-thirty at the shop? His name is Desmond, he'll call this number when he's outside. Till then keep the chicken on the bottom shelf, away from the ice, it'll hold better."),
        c("Thursday good. Shop 6, Constant Spring Road, just past the plaza.", None),
    ],
    [
        t("Morning! Yes, we have the new True and Turbo Air in stock. Which one yuh taking home today, the two-door or the three-door?"),
        c("Mi nuh know yet. Mi just want to know what wrong with mine. Ice building up at the back.", None),
        t("Those old ones just give up, Miss. When would yuh like us to deliver — Tuesday or Friday?"),
        c("Hold on. How much the new one cost?", None),
        t("The two-door is two hundred and eighty-five thousand. How would yuh like to split the payment — deposit today and the rest on delivery, or our three-month plan?"),
        c("Two hundred and eighty-five thousand? For a fridge? Mine might just need fixing, man.", "too_expensive"),
        t("I hear yuh. So what's stopping yuh from putting down the deposit today, so we can lock in the price?"),
        c("Business slow since the road works. Mi cyaan find that kind of money now.", "no_money"),
        t("No problem. Shall I put yuh down for the Friday delivery and yuh bring the deposit Thursday?"),
        c("Mi haffi talk to mi husband first. Mi will call yuh.", "think_it_over"),
    ],
))

# 3 pitch_as_paraphrase -- bookkeeping software, Saskatchewan (typed chat)
PAIRS.append(gaming(
    "b33g_sask_trucking_books", "Small-business accounting software company (sales chat), customer near Swift Current, Saskatchewan, Canada", "pitch_as_paraphrase",
    "Brenda keeps the books for her husband's three-truck grain-hauling outfit near Swift Current, Saskatchewan. "
    "She writes in on the company's sales chat. Typed, B2B.",
    o("hi, i do the books for my husbands trucking business, 3 trucks hauling grain. right now its all excel and a shoebox of fuel receipts. does your software do IFTA fuel tax or not"),
    [
        t("Hi Brenda! Straight answer: not on its own. It doesn't calculate IFTA by jurisdiction — you'd need a separate IFTA tool or your ELD's mileage report. Can I ask what part of the books is giving you the most grief?"),
        c("honestly excel is fine for us most of the year. its the quarterly IFTA thats the nightmare. matching fuel receipts to what state or province they filled up in", "no_need"),
        t("That makes sense. Do your trucks have ELDs, and do they run into the US or mostly stay in Canada?"),
        c("yes ELDs, motive. they go to montana and north dakota in harvest, otherwise sask and alberta", None),
        t("Then honestly the cheapest fix might be Motive's own IFTA report — it already knows the miles by jurisdiction. You'd just need the fuel receipts sorted by where you bought them. If you want, I can send you a short guide on how other trucking customers do it. Our software would only really help if you want to get off Excel for everything else."),
        c("huh ok. i didnt know motive did that. my accountant said to look at software tho", None),
        t("Worth asking him what he wants to get off you at year end — if it's just tidier books, Excel might still be fine. If he wants bank feeds and receipts scanned in, then we'd be a fit, and there's a 30-day free trial. Want me to email the IFTA guide and the trial link, and you can decide after you talk to him?"),
        c("yes pls. brenda@prairiegrainhaul.ca", None),
        t("Sent both. No one will chase you — if you have questions, this chat is open weekdays till 6 central."),
    ],
    [
        t("Hi Brenda! So what you're saying is you need our Business Pro tier with the Fleet add-on at $89 a month, right?"),
        c("i didnt say that. i asked if it does IFTA", None),
        t("Totally! So basically you're looking to replace Excel completely with our all-in-one platform, correct?"),
        c("no, excel is fine for us most of the year. its just the IFTA every quarter", "no_need"),
        t("Got it — so what I'm hearing is you want automated receipt capture with unlimited users so the drivers can snap their own fuel receipts, which is in our Pro tier. Sound right?"),
        c("its my husband and 2 guys. none of them is snapping anything lol. and 89 a month is more than our phone bill", "too_expensive"),
        t("So to recap, you'd want to start on the annual plan to save 15%, bringing it to $76 a month — does that capture it?"),
        c("no. but does it do IFTA or not??", None),
    ],
))

# 4 upsell_as_loop_closing -- wedding florist, Galway
PAIRS.append(gaming(
    "b33g_galway_wedding_flowers", "Florist, Galway city, Ireland", "upsell_as_loop_closing",
    "Siobhán, whose daughter Aoife is marrying in September, comes in to order wedding flowers on a tight budget "
    "after the venue ate most of the money. Anxious, chatty; spoken.",
    o("Hello, hi — my daughter's getting married in September and I'm, em, I'm in charge of flowers, God help me. I don't know where to start."),
    [
        t("Congratulations! You've come to the right place. What's Aoife — sorry, what's your daughter like, what sort of flowers does she love?"),
        c("Aoife, yes! She loves wildflowers, nothing too stiff. She said she doesn't want it looking like a hotel lobby.", None),
        t("Ha, I like her already. Where's the wedding, and what do you need flowers for — the bouquets, the tables?"),
        c("The ceremony's in a small church in Oughterard and the meal's in the hotel. Bride and three bridesmaids, and then the tables, there's twelve. But I'll be honest, the venue took most of the money. We were thinking of doing the tables ourselves from my sister's garden.", "no_need"),
        t("That's a lovely idea, and September's a great month for it — sweet pea's going over but you'll have cosmos, dahlias, lots of greenery. So from us, the bride's bouquet and three bridesmaids', in a loose wildflower style. Is that the bit you'd like us to do?"),
        c("Yes. That's it, I think. What would that come to?", None),
        t("Roughly three hundred and forty for the four. If you want, I can give you some jam jars and a bit of advice on cutting the garden flowers the day before so they last — no charge."),
        c("Oh, you're very good. Can I bring Aoife in to see some pictures before I pay anything?", "think_it_over"),
        t("Of course. Saturday mornings are quiet here — come in with her and we'll look through some photos. No deposit till she's happy."),
    ],
    [
        t("Congratulations! We'll start with the bride's bouquet — lovely. And what else can I pop on the order for you — buttonholes for the groom and groomsmen?"),
        c("Oh, I hadn't thought of buttonholes. How many would that be? Aoife just said she wanted wildflowers, nothing stiff.", None),
        t("Usually six, groom, best man, fathers and ushers. Great, six buttonholes. And is there anything else we should add — a floral arch for the church door? They're gorgeous in photos."),
        c("God, no, we couldn't stretch to an arch. The venue took most of the money.", "no_money"),
        t("Understood. Before I total it up, anything else you'd like — pew ends for the church? Most of our brides do the pew ends."),
        c("We're doing the tables ourselves from my sister's garden, so I really only wanted the bouquets.", "no_need"),
        t("Perfect. And just to finish off, anything else — corsages for the mothers? You'd be one of them yourself!"),
        c("Look, I'll need to go through all this with Aoife before we add another thing.", "think_it_over"),
    ],
))

# 5 leading_tag_questions -- hearing clinic, Cardiff
PAIRS.append(gaming(
    "b33g_cardiff_hearing_aids", "Private hearing clinic, Cardiff, Wales", "leading_tag_questions",
    "Gwilym, 79, has come because his wife says the telly is too loud. Slightly embarrassed, elderly; spoken.",
    o("Bore da. My wife booked this, not me. She says I have the telly up too loud. I say the actors mumble these days."),
    [
        t("Bore da, Mr Hughes. Ha — they do mumble, some of them. Apart from the telly, where do you notice it, if at all?"),
        c("Chapel, maybe. The minister's quite soft. And the grandchildren — little ones, high voices, I miss half of it and just nod.", None),
        t("That's a common one — the higher voices go first. Is it the grandchildren that bothers you most, or the chapel?"),
        c("The grandchildren. I don't want to be the old man in the corner who says 'pardon' all the time.", None),
        t("Right. Let's do the hearing test first, then we'll know what we're dealing with. Some people don't need aids at all."),
        c("Before you go on, my brother-in-law had a pair. Whistled all the time, he put them in a drawer. Three thousand pounds in a drawer.", "bad_experience"),
        t("That does happen, usually when they're not fitted and adjusted properly afterwards. If you did need them, you'd have a thirty-day trial and we'd see you at two weeks to adjust them. If they whistle or you don't get on with them, they come back. Would that help?"),
        c("Thirty days. Well. Let's do this test first, then.", None),
        t("Right you are. It's about twenty minutes, just beeps and a few words. Come through."),
    ],
    [
        t("Bore da! You'll want the invisible ones, won't you? Nobody wants to look like they're wearing a hearing aid, do they?"),
        c("I haven't even had the test yet. My wife booked this.", None),
        t("Oh, of course. But missing things with the grandchildren is no fun, is it? You wouldn't want that to go on, would you?"),
        c("Well, no. But my brother-in-law had a pair and they whistled till he put them in a drawer.", "bad_experience"),
        t("Those would have been old technology, wouldn't they? The rechargeable Bluetooth ones are the obvious choice nowadays, aren't they?"),
        c("I wouldn't know, would I. What are they, price-wise?", None),
        t("Three thousand four hundred the pair. You can't put a price on hearing your grandchildren, can you?"),
        c("Duw, that's a lot of money. I'll talk it over with Megan, I think.", "think_it_over"),
    ],
))

# 6 putdown_question -- online banking help, Panama (typed chat)
PAIRS.append(gaming(
    "b33g_panama_bank_lockout", "Retail bank online-banking help chat, Panama City, Panama", "putdown_question",
    "A small shop owner is locked out of the bank app after an update on payday. Typed chat, hurried, Spanish and "
    "English mixed.",
    o("buenas, i am locked out of the app after the update, it says usuario bloqueado. i need to pay my employees today!!"),
    [
        t("Buenas tardes, sorry for the stress on payday. I can help you now. For security, please confirm your full name and the last 4 digits of your cédula."),
        c("Ana Lucía Batista, 8-742-xxxx 1183", None),
        t("Gracias, Sra. Batista. I see the user was blocked after 3 failed logins at 10:42 this morning. After the update, the app sometimes saved an old password. I'm unblocking it now and sending a temporary code to your phone ending 45."),
        c("ok got the code", None),
        t("Please open the app, enter the code and make a new password. Tell me when you see the home screen."),
        c("ok im in!! gracias. the planilla is there", None),
        t("Excellent. Can you check you can see the 'Pagar planilla' button and the amount — sometimes after a block it asks for the token again."),
        c("yes it asked for token and its working. done, paid 8 people", None),
        t("Perfect. One suggestion for another day: you could add a second authorised user, so if this happens again someone else can pay. Only if you want."),
        c("no tengo tiempo para eso ahora, maybe next month", "no_time"),
    ],
    [
        t("Buenas. Did you perhaps type the password wrong several times? 🙂 That's what blocks the user."),
        c("maybe the app saved the old password after the update. i dont know. i need to pay the employees today", None),
        t("Are you sure you downloaded the update from the official store and not from a link in a message?"),
        c("yes from play store. what kind of question is that", None),
        t("Just checking. You do know the password is case sensitive, right? Many customers forget the capital letter."),
        c("yes i know. can you unblock it or not", None),
        t("For blocked users you need to visit a branch with your cédula. You did read the security notice we sent last month, no?"),
        c("i cant go to a branch today, im alone in the shop until 7. i dont have time for this", "no_time"),
    ],
))

# 7 not_my_department_or_read_the_terms -- postgraduate admissions, Edinburgh (typed)
PAIRS.append(gaming(
    "b33g_edinburgh_ielts_offer", "University postgraduate admissions enquiries, Edinburgh, Scotland", "not_my_department_or_read_the_terms",
    "Putri, an applicant from Surabaya, Indonesia, has a conditional MSc offer but is half a band short in IELTS "
    "writing; she must accept by Friday. Typed enquiry chat; English as a second language.",
    o("hello, my name is Putri from Surabaya. my offer letter for MSc Public Health says IELTS 6.5 with no band below 6.0, but my writing is 5.5. deadline to accept is friday. is there anything I can do?"),
    [
        t("Hi Putri, thanks for getting in touch early. Yes, there are options. Can I check — is your offer conditional on other things too, or just the English?"),
        c("only the english. and I have LPDP scholarship but they need unconditional offer before they release the funding", None),
        t("Thanks, that's important. Three routes usually: resit IELTS before the 31 July deadline; take our pre-sessional English course in summer, which replaces the IELTS condition; or, for some programmes, the School accepts a writing score of 5.5 if you do the in-sessional support. Let me check which applies to Public Health."),
        c("ok thank you. but pre-sessional is 10 weeks and 4000 pound, LPDP doesnt pay that I think. I cant pay that myself", "no_money"),
        t("Understood — I won't push that one, then. I've checked: Public Health doesn't take the 5.5 exception, sorry. So a resit is your best route. Is there a test date in Surabaya before mid-July?"),
        c("yes there is 29 june. results in 2 weeks. but my acceptance deadline is friday", None),
        t("You can accept on Friday — accepting doesn't need the condition met yet. I'll put a note on your file that you're resitting on 29 June. And I'll email the scholarships team to ask whether LPDP can accept a conditional offer with a resit date; they deal with LPDP a lot."),
        c("that would help me so much. when will I hear?", None),
        t("I'll email you by Wednesday with their answer, even if it's 'still waiting'. Good luck with the writing!"),
    ],
    [
        t("Hi Putri. Offer conditions are set by the School of Health, not Admissions. You'd need to contact them directly."),
        c("I already emailed the school, they told me to contact admissions", None),
        t("As stated in section 3 of the offer terms, all conditions must be met by 31 July. We can't change the conditions."),
        c("I'm not asking to change it. I'm asking what I can do. is there a course or something?", None),
        t("Information about English language requirements and pre-sessional courses is on our website under 'English language requirements'."),
        c("I read it but it is confusing. pre-sessional is 4000 pound, my scholarship doesnt cover it, I cant afford that", "no_money"),
        t("Scholarship queries go to the Scholarships and Student Funding team. I'm not able to advise on funding."),
        c("and what about friday deadline? if I accept can I still resit?", None),
        t("Please refer to your offer letter and the Terms and Conditions for Applicants, which are linked in your applicant portal."),
        c("ok. I will ask my agent instead", None),
    ],
))

# 8 social_proof_or_deadline_pressure -- health insurance, Jakarta
PAIRS.append(gaming(
    "b33g_jakarta_health_insurance", "Private health insurance agency, South Jakarta, Indonesia", "social_proof_or_deadline_pressure",
    "Dimas, 29, an office worker whose wife is five months pregnant, visits an insurance agent because he is worried "
    "about hospital costs. Anxious; spoken, both speak English as a second language.",
    o("Hello, Mbak. My wife is pregnant, five months. I worry about the hospital cost, especially if she need caesar. We only have BPJS. I want to know about private insurance."),
    [
        t("Congratulations, Pak Dimas. Good that you think about it early. Can I ask what you worry about most — the cost of the delivery itself, or something else?"),
        c("The delivery, yes, and if the baby need NICU. My cousin's baby was in NICU two weeks, they paid almost eighty million.", None),
        t("That is a real fear. I have to be honest with you first: almost every private policy, ours too, has a waiting period for maternity, usually twelve months. Because your wife is already pregnant, this delivery will not be covered by a new policy."),
        c("Oh. So it doesn't even cover my wife's delivery? Then for now BPJS is enough for us, no?", "no_need"),
        t("For this delivery, BPJS is what you have, and it does cover caesar and NICU if the referral is followed. Do you know which hospital your wife is registered with under BPJS?"),
        c("RSUD Pasar Minggu. But I hear the NICU is full sometimes.", None),
        t("That can happen. Something useful: ask the obstetrician now which hospital they refer to if NICU is full, so you're not searching at night. For the baby, a policy can start after birth with no waiting for illness. We can talk about that after your baby arrives, if you want — no need to decide now."),
        c("Okay. Thank you, Mbak, honestly. I thought you would just sell me something.", None),
        t("There is nothing to buy right now, Pak. Save my number, and message me after the baby is born."),
    ],
    [
        t("Congratulations, Pak! You know, most young fathers in your office building already took our Family Plus plan. You're making a smart move."),
        c("Does it cover my wife's delivery? She is five months already.", None),
        t("Family Plus covers maternity, NICU, everything. And this week only, no medical check-up needed. From the first of next month, the premium goes up eight percent."),
        c("But she's already pregnant. Is that covered?", None),
        t("The details are in the policy. What I can say is, three of my clients this month signed before the increase, and they are very happy."),
        c("How much per month?", None),
        t("Only one million two hundred per month for the family. If you sign today I can still give you the old rate."),
        c("One million two hundred? My salary is not so big. It's too much for me.", "too_expensive"),
        t("Many people say that, but after, they say it's the best decision. The offer really ends Friday."),
        c("I need to ask my wife first. I cannot decide today.", "think_it_over"),
    ],
))

# 9 keyword_stuffed -- funeral home, small-town Ontario
PAIRS.append(gaming(
    "b33g_ontario_funeral_home", "Family funeral home, Grey County, Ontario, Canada", "keyword_stuffed",
    "Karen's father died last night in hospital in Owen Sound. She phones the local funeral home the next morning. "
    "Grieving, tired; spoken.",
    o("Hi. My dad passed away last night, at the hospital in Owen Sound. I, um — I've never done this before. I don't really know what I'm supposed to do."),
    [
        t("I'm so sorry, Karen. You don't need to know anything — that's our job. Can I ask your dad's name?"),
        c("Ray. Raymond Dobson. He was eighty-four.", None),
        t("Thank you. The first thing is we'll bring Ray into our care from the hospital — I can arrange that this morning, you don't need to be there. Is that alright?"),
        c("Yes. Yes, please. Thank you.", None),
        t("Did your dad ever say what he'd want? Some people have it written down, some just mention it."),
        c("He said no fuss. Cremation. He hated funerals, he said they were a waste of money. And honestly, the package on your website is like eight thousand, and Dad didn't leave much.", "no_money"),
        t("Then we'd honour that. A simple cremation with no service here is about twenty-six hundred. Lots of families then have a get-together somewhere Ray liked — the Legion, a church hall — on their own time."),
        c("The Legion. He was there every Friday.", None),
        t("That sounds just right. Could you and anyone else in the family come in tomorrow, say ten? We'll go through the paperwork slowly, nothing's decided until you're ready."),
        c("My brother's driving up from London tonight. Tomorrow at ten, yes.", None),
    ],
    [
        t("I'm sorry for your loss. At Maple Grove we take a holistic approach: we look at your product needs, your service needs and your experience needs, to build a relationship that supports your success in honouring your father."),
        c("I... okay. I just need to know what happens next. He's at the hospital.", None),
        t("Absolutely. We'd love to explore, with open questions, what a meaningful experience would look like for you and your family at every level."),
        c("He wanted cremation. No fuss. Can you go get him from the hospital?", None),
        t("That's a great insight into his needs. Our Legacy Celebration package covers the full journey, from first call to lasting relationship, with a focus on family success."),
        c("I saw that on the website. It's eight thousand dollars. We can't do that, Dad didn't leave much.", "no_money"),
        t("I hear you, and I want to play that back: value is a key need for you. Our team can co-create a tailored experience that meets your needs at the product, service and relationship level."),
        c("I'm sorry, I can't do this right now. Can you just email me something?", "brush_off"),
    ],
))

# 10 rude -- tourist shuttle, Antigua Guatemala (typed WhatsApp)
PAIRS.append(gaming(
    "b33g_antigua_atitlan_shuttle", "Tourist shuttle company, Antigua Guatemala", "rude",
    "A backpacker messages the shuttle office on WhatsApp about a morning shuttle to Lake Atitlán with a friend "
    "who has a surfboard. Typed chat.",
    o("hola! is there a shuttle to lake atitlan tmrw morning? can u pick up from a hostel near la merced? also my friend has a big surfboard lol is that ok"),
    [
        t("Hola! Yes, tomorrow we have 8am and 2pm to Panajachel. We pick up from hostels in the centre, La Merced is fine. Where are you going at the lake — Pana, or San Pedro?"),
        c("san pedro! we heard its the chill one", None),
        t("Then you take our shuttle to Pana and the lancha (boat) across, about 25 min. Price is Q150 each to Pana, the boat is about Q25 paid at the dock. The surfboard goes on the roof, Q30 extra. Is it longer than 2 metres?"),
        c("its like 2.1m i think. and 150?? a guy on the street said 100", "too_expensive"),
        t("Could be a chicken-bus combo or a shared van that stops a lot — those are cheaper, and fine if you're not in a hurry. Ours is direct, about 3 hours, with the board tied down safe. Up to you, no problem either way."),
        c("ok direct sounds better w the board. 8am pls. 2 people", None),
        t("Great. Send me both names and the hostel name, and I'll confirm. Be outside at 7:45, the driver is Walter, white van with our logo. You can pay him cash."),
        c("Jess Park and Tomás Riera, Hostal Casa Verde. thx!!", None),
        t("Booked ✅ Buen viaje!"),
    ],
    [
        t("yes. 8am. 150"),
        c("ok cool! can u pick up near la merced? and my friend has a surfboard", None),
        t("pickup at the office only. 5a avenida. surfboard no"),
        c("oh. why no surfboard? we need to get it to san pedro", None),
        t("no space. read the website"),
        c("hmm ok. 150 seems high tho, a guy on the street said 100", "too_expensive"),
        t("then go with the guy on the street. or take chicken bus, cheaper"),
        c("wow ok. we'll find someone else then", None),
    ],
))

# 11 ignored_customer -- prepayment electricity, Glasgow (typed chat)
PAIRS.append(gaming(
    "b33g_glasgow_prepay_meter", "Electricity and gas supplier (customer chat), Glasgow, Scotland", "ignored_customer",
    "A young mother in Govan topped up her prepayment electricity meter with £20, but it is already back on "
    "emergency credit. It is January and the flat is cold. Typed chat, stressed.",
    o("my prepayment meter took the £20 i put on this morning but its already saying emergency credit again. got a baby in the house and its freezing. whats going on"),
    [
        t("Hi, I'm really sorry, that's a horrible situation with a baby in a cold flat. Let's sort it now. Can you give me your meter serial number or your postcode and first line of address?"),
        c("g51 its 22 langlands road flat 2/1", None),
        t("Thanks. I can see the £20 arrived at 8:14. The meter is set to take £12 a week towards an old debt from the previous tenant's account, and it took this week's all at once. That's our mistake — that debt shouldn't be on your meter at all."),
        c("thats not even my debt?? ive been topping up for weeks and its been going", None),
        t("It shouldn't be, and I'm sorry. I've just removed the debt recovery and I'm putting £30 emergency credit on now as a goodwill credit, not to be paid back. Can you press A then the blue button on the meter and tell me what it shows?"),
        c("ok it says credit £30.00", None),
        t("Great, the heating should be on now. I'm also adding you to our priority services register because of the baby, so you'd get extra support if there's ever an outage. I'll raise a refund for the money the meter took for that old debt — you'll get a letter within 10 working days. Anything else worrying you about the account?"),
        c("no thats it. thank you so much honestly i was in tears", None),
    ],
    [
        t("Hi there! 😊 Thanks for getting in touch. Did you know you could save up to £120 a year by switching to our Fixed Saver tariff?"),
        c("no i need the meter sorted. the £20 i put on has gone and its on emergency credit", None),
        t("Great question! You can top up your meter online, in the app, or at any PayPoint store."),
        c("i DID top up. £20 this morning. its gone. got a baby here and its freezing", None),
        t("I'm glad to help! Our app also shows your usage by day so you can keep track of your energy spending 📱"),
        c("are you a bot?? i need a person", None),
        t("I'm here to help! Is there anything else I can help you with today?"),
        c("yes the thing i asked. the money on my meter", None),
    ],
))

# 12 repeated_questions -- freight forwarding, Hai Phong
PAIRS.append(gaming(
    "b33g_haiphong_freight_quote", "Freight forwarder, Hai Phong, Vietnam", "repeated_questions",
    "Mr Hoang, export manager of a furniture factory, phones a forwarder for a sea freight quote to Rotterdam. "
    "Expert, brisk; spoken, English as a second language on both sides. B2B.",
    o("Good morning. I need rate for two forty-foot high cube, Hai Phong to Rotterdam, cargo ready on the fifteenth. Wooden furniture, FOB. Can you quote today?"),
    [
        t("Good morning, Mr Hoang. Yes, today. Two 40HC, Hai Phong to Rotterdam, ready the fifteenth, FOB. The wood — is it solid wood that needs fumigation, or plywood and MDF?"),
        c("Mostly rubberwood, solid. Fumigation yes, we use the same company every time.", None),
        t("Okay, then we just need their certificate two days before cut-off. Do you need direct service, or transhipment in Singapore is okay?"),
        c("Transhipment okay if transit under 35 days. Buyer is not in a rush this time.", None),
        t("Then I can offer CMA via Singapore, about 32 days. 2,450 US dollars per container, including THC Hai Phong, bill of lading and seal. I'll send it by email in one hour with the schedule."),
        c("2,450? Maersk direct quote me 2,150 last week.", "too_expensive"),
        t("That's possible. Can you check if their 2,150 includes the THC at Hai Phong? That's about 220 per container. If it doesn't, we are close. If it does, honestly theirs is better, and I'll tell you so."),
        c("I will check with my assistant. Send me yours in writing, I compare this afternoon.", None),
        t("One hour, you'll have it, with every charge on a separate line so you can compare easily."),
    ],
    [
        t("Good morning. How many containers is it?"),
        c("Two. Forty-foot high cube. Hai Phong to Rotterdam.", None),
        t("Okay. And from which port are you loading?"),
        c("Hai Phong. I just said. To Rotterdam.", None),
        t("Yes, okay. When is the cargo ready?"),
        c("Fifteenth. I said also. It is wooden furniture, FOB.", None),
        t("And the container size, is it 20 foot or 40?"),
        c("Forty high cube. Two. Please, I am busy, can you quote or not?", None),
        t("Yes. What is the commodity?"),
        c("Furniture! Just send me something by email, I will compare later.", "brush_off"),
    ],
))

# 13 wrong_paraphrase -- tutoring centre, Quezon City (typed chat)
PAIRS.append(gaming(
    "b33g_qc_math_tutoring", "Online tutoring centre, Quezon City, Philippines", "wrong_paraphrase",
    "A working mother messages the tutoring centre's Facebook page about maths help for her Grade 8 son. "
    "Typed chat, Taglish.",
    o("hello po, inquiring for math tutor for my son grade 8. hes failing algebra this quarter. online only pls, tues and thurs after 5pm kasi i work"),
    [
        t("Hi po! Thanks for messaging. So your son is in Grade 8, struggling in algebra this quarter, and you need online sessions Tuesday and Thursday after 5. Is he struggling with all of algebra or a specific part?"),
        c("mostly word problems and the equations w fractions. his teacher said he doesnt show his solution", None),
        t("That's very common in Grade 8. Does he like math usually, or is he the type who gets frustrated and gives up?"),
        c("he gives up fast. hes more into drawing. and to be honest we tried a tutor last yr, he just copied the answers from her. sayang ang pera", "bad_experience"),
        t("Naku, sorry to hear that. Our tutors are asked not to give answers — he'll solve while she watches on screen. We can start with one trial session, 1 hour, ₱350, and you sit in for the last 10 minutes to see if it's different."),
        c("ok trial first. but if we continue how much per month? we're a bit tight now", None),
        t("2 sessions a week is ₱2,600 a month. If that's tight, once a week plus worksheets is ₱1,400. You can decide after the trial, no payment ahead."),
        c("ok lets do trial this thursday 5:30", None),
        t("Booked po! Thursday 5:30, tutor is Teacher Joy. I'll send the Zoom link Thursday morning. What's your son's name?"),
        c("Miguel. thank u po!", None),
    ],
    [
        t("Hi po! So your daughter is in Grade 6 and needs English tutoring on weekends, tama po?"),
        c("no po, my son. grade 8, math, algebra. tues and thurs after 5pm", None),
        t("Sorry po! So your son is Grade 8, geometry, and you prefer face-to-face at our Cubao branch, right?"),
        c("algebra po. and ONLINE only, i said", None),
        t("Noted po! So he's good at math but just needs advanced enrichment for a competition?"),
        c("hes FAILING po. thats why i need help. we tried a tutor last year and he just copied answers, sayang ang pera", "bad_experience"),
        t("Got it po! So he did well with his tutor last year and you want the same style, yes?"),
        c("nevermind po. ill ask other centers", None),
    ],
))

# 14 pitch_to_upset -- mobile network, Dublin (typed chat)
PAIRS.append(gaming(
    "b33g_dublin_roaming_bill", "Mobile network operator (customer chat), Dublin, Ireland", "pitch_to_upset",
    "Ciarán got a €287 bill after five days in Boston, though he believes he turned data roaming off. "
    "Angry, typed chat.",
    o("just got my bill. 287 euro?? i was in boston 5 days and i turned off data roaming. this is a joke"),
    [
        t("Hi Ciarán, that's a nasty surprise, and I'd be annoyed too. Let me look at exactly what was charged before anything else."),
        c("go on", None),
        t("Okay — almost all of it is 1.3GB of data on the first day, between 14:02 and 15:40 Irish time. Could that have been on the plane or just after landing, before you switched roaming off?"),
        c("...yeah maybe. i turned it off in the taxi. but 1.3gb in an hour and a half??", None),
        t("It's possible if photos were backing up or an app updated when you landed. But we should have sent you a text when you hit €60 of roaming — I can see that text never went out. That's on us."),
        c("so what happens now", None),
        t("Because the warning failed, I'm taking the bill back down to the €60 cap — that's a credit of €227 on this bill. I'll also switch on a hard stop at €60 for any future roaming, so it can't happen again. Is that ok?"),
        c("ok. yeah thats fair. thanks", None),
        t("Done. You'll see the credit on the bill in the app by tomorrow morning. If it's not there, reply to this chat and I'll chase it."),
    ],
    [
        t("Hi Ciarán! Sorry about that. To avoid this in future, our Travel Pass Unlimited is just €12 a day — shall I add it for your next trip?"),
        c("i dont want a travel pass. i want this bill fixed. 287 euro for 5 days", "no_need"),
        t("Totally get it! Another option is our Red Max plan, which includes 10GB in the US every month. It's €45 a month, great value if you travel."),
        c("i go to the US once every 3 years. are you even listening", "no_need"),
        t("Of course! Looking at the bill, the charges were for 1.3GB on day one. With Red Max that would have been included!"),
        c("i turned off roaming. why didnt i get a text warning me??", None),
        t("Our terms say roaming charges apply until roaming is disabled. I could add Red Max now at a 20% discount for 6 months if that helps?"),
        c("no. how do i make a complaint", None),
    ],
))

# 15 blame -- web hosting, Chiang Mai (typed chat)
PAIRS.append(gaming(
    "b33g_chiangmai_hosting_down", "Web hosting company (support chat), serving a web agency in Chiang Mai, Thailand", "blame",
    "Nok, a developer at a small Chiang Mai web agency, finds three client sites down the morning after the host's "
    "server migration. Expert, irritated; typed chat, B2B.",
    o("3 of our client sites down since your migration last night. all on the same account. 500 errors. php logs show 'call to undefined function mysql_connect' on one and the others just white screen"),
    [
        t("Hi Nok, sorry — that's us. The migration moved your account to the new server, and it came up on PHP 8.2 instead of the 7.4 you had. Let me confirm that's what I'm seeing on your account."),
        c("yes thats it. one site is old legacy code, client wont pay to upgrade it. i know its old, not the point", None),
        t("Understood, not the point at all. I've set the three sites back to PHP 7.4 per-directory just now. Can you reload them and tell me what you see?"),
        c("2 are up. the legacy one still white screen", None),
        t("Checking... the legacy one also needs the mysql extension, which wasn't installed on the new box for 7.4. Installing now, give me 3 minutes."),
        c("ok", None),
        t("Done. Please try the legacy site again."),
        c("up. ok good. what about the 9 hours downtime tho, 1 of them is an online shop", None),
        t("Fair. I'll apply a month's hosting credit on the account today, and I've logged that migrations must match the PHP version — that was the failure. If the shop client wants a short incident note, I can write one you can forward. And whenever suits, we can set up a free staging copy so you can test the legacy site on newer PHP safely."),
        c("yes pls send the note to nok@lannaweb.co. staging maybe later, we're slammed with a launch this month. thanks for fixing fast", "no_time"),
    ],
    [
        t("Hi! mysql_connect was removed in PHP 7. Your site code is very outdated, that's why it's failing."),
        c("it worked fine until your migration last night. you changed the php version", None),
        t("Our announcement email two weeks ago said to check your sites were compatible with PHP 8. Did you test them?"),
        c("the email said migration, it didnt say you would change php version. i have it here", None),
        t("It's the customer's responsibility to keep applications up to date. Also, did you have backups? You should always have your own backup before a migration."),
        c("backups have nothing to do with this. its a config change on your side. can you set 7.4 or not", None),
        t("I can set 7.4 but it's end of life. We recommend you upgrade the code. Our dev partner can quote for it."),
        c("no thanks, the client wont pay for an upgrade, we've talked about it for a year. just set 7.4", "no_money"),
        t("Done. In future please make sure your sites are compatible before migrations."),
        c("unbelievable. ill be moving our 40 sites somewhere else", None),
    ],
))
