"""Gaming pairs, part C (kinds 6-15). Written by hand for blind63."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question - computer repair shop, Warsaw (Poland); non-native English
o = c("Good day. My laptop is very slow since two weeks, I think maybe it is virus. I need it for work, I am accountant.", None)
PAIRS.append(gpair(
    "b63g_warsaw_laptoprepair_slow", "computer repair shop, Warsaw (Poland)", "putdown_question",
    "A self-employed accountant's five-year-old laptop became slow after a Windows update, in tax season.",
    [o,
     t("Good day. Let's find out. Is it slow all the time, or when you open particular programs? And did anything change two weeks ago - an update, new software, a drop?"),
     c("Starting is very slow, five minutes, and Excel with big files, it freeze. And yes, Windows made a big update, after that it started.", None),
     t("That's a useful clue. It could be the update, or an old hard disk that's struggling - they often show it just like this. How old is the laptop?"),
     c("Five years. My son says buy new, but it worked okay until now.", None),
     t("Then I'd run a diagnostic first - 60 zloty, about thirty minutes, deducted if we repair. If it's the disk, swapping in an SSD usually makes a five-year-old laptop faster than when it was new, around 350 with the work."),
     c("And my clients files, they are safe? Last year other shop lost all my photos when they repair.", "bad_experience"),
     t("A fair worry. We clone the whole disk before touching anything, and you get the old disk back in a bag, so your files exist in two places. Can you leave it now, or do you need it today?"),
     c("Today I need it until five, I have deadline. I bring it tomorrow morning.", "no_time"),
     t("Tomorrow morning is fine, we open at 9. Copy anything urgent onto a USB stick tonight, just in case."),
     ],
    [o,
     t("Good day. Let me guess - you've been opening email attachments, haven't you? What exactly did you download?"),
     c("No, I don't download anything. It is slow after the Windows update.", None),
     t("Right. And you've been putting up with it for two weeks? What made you wait so long with a work computer?"),
     c("I was busy, it is tax season. I am not a computer person.", None),
     t("Clearly. Five years old, is it? Did nobody tell you laptops aren't forever? So what's your budget for a proper one?"),
     c("I don't want new laptop. I want you to check this one.", "no_need"),
     t("Sure, if you want to throw good money after bad. Diagnostic is 60. You do know what a diagnostic is?"),
     c("I know you are rude. I go to other shop.", None),
     ]))

# 7 not_my_department_or_read_the_terms - housing association repairs line, London (UK)
o = c("Hi, I'm a tenant at Marlowe House, flat 23. There's water coming through my bathroom ceiling from the flat above and now there's black mould on the wall. I reported it three weeks ago and nobody came.", None)
PAIRS.append(gpair(
    "b63g_london_housing_leakmould", "housing association tenant services, London (UK)", "not_my_department_or_read_the_terms",
    "A social-housing tenant whose child has asthma chases a leak and mould reported three weeks earlier.",
    [o,
     t("I'm sorry - three weeks with a leak and mould isn't okay. Let me find the first report. Can you confirm your name?"),
     c("Adaeze Okafor.", None),
     t("Thank you, Ms Okafor. I can see the job from the 2nd - it was logged as non-urgent, which it shouldn't have been with water coming in. Is it still coming through now, and is it near any lights or sockets?"),
     c("It drips when they shower upstairs. There's a light in the ceiling, yeah. I've stopped using it. My son has asthma, that's what scares me with the mould.", None),
     t("Then I'm raising it as an emergency: someone will come within 24 hours to stop the leak and make the light safe, and I'm booking a separate mould inspection. I'm putting your son's asthma on the file so it's prioritised. What time suits tomorrow?"),
     c("After two please. I work until two and I've already lost a day's pay waiting for them.", None),
     t("After two it is. The emergency team will ring when they're on the way. I'm also sending you a complaint reference for the missed visit, because you may be owed compensation for that day. Here's my direct line if nobody's there by six."),
     c("Okay. Thank you for actually doing something.", None),
     ],
    [o,
     t("Hi, thank you for calling, I really do understand how frustrating that must feel. I can see the job, but I'm in the lettings team, so repairs isn't really my department."),
     c("I called the repairs number. It put me through to you.", None),
     t("I appreciate that. Unfortunately the leak's coming from the flat above, so technically it's that tenant's responsibility to report it - section 7 of your tenancy agreement. Have you spoken to your neighbour?"),
     c("He's never in. And the mould's on my wall, and my son has asthma.", None),
     t("I completely hear your concern. Mould is usually condensation, and the tenant handbook has a page on ventilation you might find helpful. I didn't write the policy, I'm afraid. Is there anything else I can help with?"),
     c("It's not condensation, it's a leak! Put me through to someone who can fix it or I'm going to the ombudsman.", None),
     t("Totally understand. I'll pass a note to repairs, and they'll be in touch when they can."),
     c("That's what they said three weeks ago.", None),
     ]))

# 8 social_proof_or_deadline_pressure - rooftop solar, Guadalajara (Mexico); non-native English
o = c("Hello, I see your ad for solar panels. My electricity bill is very high in summer, like 3000 pesos. Is solar good for me?", None)
PAIRS.append(gpair(
    "b63g_guadalajara_solar_highbill", "rooftop solar installer, Guadalajara (Mexico)", "social_proof_or_deadline_pressure",
    "A homeowner with a high summer electricity bill who may move in a few years asks whether solar is worth it.",
    [o,
     t("Hello! It could be, let's check. Is that 3,000 every two months? And is it air conditioning, or something else that uses a lot?"),
     c("Yes every two months. Two air conditioners, and the pool pump.", None),
     t("Okay. Once you pass the subsidised limit, CFE charges the high DAC tariff, and that's exactly where solar pays back fastest. Do you own the house, and is the roof flat concrete?"),
     c("We own it. Flat roof, yes. But we are thinking maybe to move in three, four years.", None),
     t("That matters. A system for you would be around 8 panels, about 95,000 pesos installed, paying back in roughly four years - so if you move in three, you might not get all your money back, though it can add to the sale value. I'd rather you know that now."),
     c("95,000 is a lot of money for us right now, honestly.", "no_money"),
     t("Understood. There's a smaller 5-panel system, around 60,000, that covers the summer peak, or financing over 18 months. Or you wait, and if you decide to stay longer it makes more sense then. Shall I send numbers for both sizes so you can talk it over at home?"),
     c("Yes please, I have to talk with my wife, she controls the money, ha.", "think_it_over"),
     t("Very wise. I'll send it by WhatsApp today. If you send me a photo of your last two bills, the figures will be exact."),
     c("Okay I send now.", None),
     ],
    [o,
     t("Hello! Great question, and you're in good company - in Colonia Providencia, eleven houses installed with us this month alone. Your neighbours are already saving. What's holding you back?"),
     c("Nothing is holding, I am only asking for now. Maybe just send me some information.", "brush_off"),
     t("Totally understand. But the government incentive ends on the 30th, and after that prices go up 20%. Everyone on your street is locking it in now. Can I book the installer for next week?"),
     c("Which incentive? I never hear about this. And how much it cost?", None),
     t("95,000, but only until the 30th. I have just two installation slots left this month, and a family from your street called this morning for one of them. Shall I hold the other for you?"),
     c("95,000 is too much money for us now.", "no_money"),
     t("I get it. But your neighbours found a way, and they'll be saving while you keep paying CFE. I can't promise this price tomorrow. What would your wife say if you missed it?"),
     c("She would say don't buy from someone who pushes. Goodbye.", None),
     ]))

# 9 keyword_stuffed - language school, Tokyo (Japan); non-native English
o = c("Hello. I want to study English for my work. I am engineer, sometimes meeting with American company. I can read but speaking is difficult.", None)
PAIRS.append(gpair(
    "b63g_tokyo_languageschool_meetings", "English language school, Tokyo (Japan)", "keyword_stuffed",
    "A busy engineer who struggles to follow and speak up in weekly online meetings with a US partner enquires about lessons.",
    [o,
     t("Hello, thank you for coming. Can you tell me about the meetings - online or in person, how often, and what is hardest for you?"),
     c("Online, every week. When they speak fast, I cannot follow, and I cannot say my opinion in time. Then meeting is finished.", None),
     t("So following fast speech, and speaking up quickly. How much time can you study each week?"),
     c("I am very busy. Maybe two hours in week. Evening only, after eight.", None),
     t("Then I'd suggest one-to-one online lessons, two 50-minute lessons a week at 8:30pm, focused on meeting English - practice with recordings of fast speakers, and role-play giving your opinion. It's 22,000 yen a month."),
     c("Hmm. Group lesson is cheaper, no? My company pays only half.", "too_expensive"),
     t("Yes, group is 12,000. But groups are mostly general conversation, and you'd speak maybe ten minutes a lesson. For your meetings, one-to-one is more useful, and with your company's half you'd pay 11,000. Would you like one free lesson first?"),
     c("Free lesson, yes. Thursday evening is possible?", None),
     t("Thursday at 8:30pm. Please bring one email or agenda from a real meeting, and we'll use that."),
     ],
    [o,
     t("Hello, and welcome! I really want to understand your needs and your English learning journey. How do you feel about your English experience so far?"),
     c("I feel... difficult. Speaking is difficult in meeting.", None),
     t("I hear you, and I understand that feeling. Here we believe every learner's success starts with a relationship built on understanding, so we really focus on your experience and your needs."),
     c("Yes. What lesson is good for my meeting?", None),
     t("Great question. What we really want is for you to feel supported, feel understood, and feel successful. Our learner-centred experience is designed around your needs, so success feels natural."),
     c("Sorry, I don't understand. How much is the lesson, and what time?", None),
     t("Absolutely, and I understand your need to understand. Our counsellor will design a tailored experience for your success journey. Shall I book your needs-analysis session?"),
     c("I think I will look at other school. Thank you.", None),
     ]))

# 10 rude - hotel front desk, Istanbul (Turkey)
o = c("Hi, I'm in room 214. I barely slept last night, the street noise was unbelievable until 3am. Is there anything you can do?", None)
PAIRS.append(gpair(
    "b63g_istanbul_hotel_noisyroom", "city hotel, Istanbul (Turkey)", "rude",
    "A business traveller in a street-facing room asks to move after a sleepless night; four nights left.",
    [o,
     t("I'm sorry, that's a rough start. 214 faces the main street, it's our loudest side. How many more nights are you with us?"),
     c("Four more. I'm here for work, meetings every day, I really need to sleep.", None),
     t("Understood. Let me look... tonight the only quiet rooms left are courtyard suites, 40 euros a night more. From tomorrow I have a standard courtyard room at your current rate."),
     c("Forty more a night for a problem I didn't cause? That doesn't seem right.", "too_expensive"),
     t("That's fair. I'll move you into the suite tonight at no extra charge, and tomorrow into the standard courtyard room for the rest of your stay. Would that work?"),
     c("Oh - yes, that works. Do I have to pack everything myself?", None),
     t("No, leave it. If you're out by ten, housekeeping will move your things and your new key will be at reception when you're back."),
     c("Great, thank you, that's really kind.", None),
     ],
    [o,
     t("It's Istanbul. It's a city. What did you expect, birdsong?"),
     c("I expected to be able to sleep. I have meetings every day.", None),
     t("Everyone has meetings. Street-facing rooms are cheaper for a reason - you booked the lowest rate. Did you read the description?"),
     c("My company booked it. Can I change rooms or not?", None),
     t("Courtyard suite, 40 euros more a night. Take it or leave it. How else can I make your stay a great experience?"),
     c("Forty extra a night just to sleep? No thank you.", "too_expensive"),
     t("Suit yourself. The shop across the road sells earplugs."),
     c("Unbelievable. I'll be speaking to your manager in the morning.", None),
     ]))

# 11 ignored_customer - used car dealer, Accra (Ghana)
o = c("Good afternoon. I want to buy a car for Bolt driving. Something that is cheap on fuel and the spare parts are easy to get.", None)
PAIRS.append(gpair(
    "b63g_accra_usedcars_ridehail", "used car dealer, Accra (Ghana)", "ignored_customer",
    "A would-be ride-hailing driver, part-financing with a loan, wants an economical car with cheap parts.",
    [o,
     t("Good afternoon. Good that you know what you want. How much will you drive a day, and what's your budget?"),
     c("Maybe 200 kilometres a day. Budget is about 90,000 cedis. I am taking a loan for some part.", None),
     t("Bolt also has age rules for cars - do you know the year limit they gave you?"),
     c("They said 2012 and newer.", None),
     t("Then this 2014 Corolla at 88,000 fits: 1.8 engine, parts in every shop at Abossey Okai, about 14 km a litre. There's also a 2015 Elantra at 82,000, slightly better on fuel, but Hyundai parts cost more here."),
     c("Hyundai - my brother had one for taxi, every month something is spoiling. I don't want that wahala.", "bad_experience"),
     t("Then the Corolla. Before you decide, bring your own mechanic to check it here, and we'll drive it on the Spintex road so you can hear the gearbox. Can you come tomorrow?"),
     c("Tomorrow I cannot, I am at work until late every day this week. Saturday morning I will bring my mechanic.", "no_time"),
     t("Saturday at nine. I'll keep the car aside until then."),
     ],
    [o,
     t("Good afternoon! Tell me, what's most important to you in a car?"),
     c("Fuel economy and spare parts easy to find. It is for Bolt.", None),
     t("Great. And what's your budget?"),
     c("About 90,000. Part of it is a loan.", None),
     t("Lovely. So I'd show you this 2013 Hyundai Santa Fe - seven seats, leather, very comfortable, 115,000."),
     c("This one is a 2.4, it will drink fuel. And it is over my money, I said 90.", "no_money"),
     t("It's a beautiful car though, your passengers will love it. We can do a payment plan. Shall we start the paperwork?"),
     c("Hyundai parts are expensive here, my brother's one was always spoiling. Did you hear anything I said?", "bad_experience"),
     t("Ha, every car has its issues. What other questions can I answer for you?"),
     c("None. I'm going.", None),
     ]))

# 12 repeated_questions - office caterer, Amsterdam (Netherlands)
o = c("Hi, I'm organising a lunch for our team day on the 18th, around 60 people, at our office in Amsterdam Noord. Do you do that kind of thing?", None)
PAIRS.append(gpair(
    "b63g_amsterdam_catering_teamday", "event caterer, Amsterdam (Netherlands)", "repeated_questions",
    "An office manager orders a warm lunch for 60 after last year's caterer arrived late with cold food.",
    [o,
     t("Hi, yes, office lunches are a lot of what we do. What are you picturing - sandwiches and salads, or something warm?"),
     c("Something nicer than sandwiches. Last year we had a caterer and the food came cold and late, it was embarrassing.", "bad_experience"),
     t("That's a good reason to be careful. For warm food we bring everything in heated boxes and one of our staff stays to serve, so it's hot when it's eaten. Any dietary needs in the team?"),
     c("About ten vegetarians, two vegan, one gluten-free. Budget is around 25 euros a head.", None),
     t("Then I'd suggest our walking buffet: two warm mains, one of them vegan, a couple of salads, bread with a gluten-free option, and dessert. It's 23.50 a head, plus 85 for the server for three hours. Is there somewhere to set up, and a lift?"),
     c("There's a lift and a big kitchen. Sounds good, but I have to check with my manager before I confirm.", "think_it_over"),
     t("Of course. I'll send a written quote with the menu today and hold the 18th for you until Monday. We'd arrive at 11:45 for a 12:30 lunch."),
     c("Perfect, thanks.", None),
     ],
    [o,
     t("Hi, great! Could you tell me more about the event?"),
     c("Team day, 60 people, lunch. Warmer than sandwiches. Last year the caterer came late and the food was cold, so I'm nervous about it.", "bad_experience"),
     t("Lovely. And roughly how many guests are you expecting?"),
     c("Sixty. Like I said.", None),
     t("Great, sixty. And what sort of food did you have in mind for the lunch?"),
     c("Warm. Nicer than sandwiches. About ten vegetarians, two vegan, one gluten-free.", None),
     t("Perfect. And are there any dietary requirements I should know about?"),
     c("I just told you. Ten veggie, two vegan, one gluten-free. Are you writing this down?", None),
     t("Yes, absolutely. So just to make sure we get it right, what's the headcount and what style of food would you like?"),
     c("You know what, I'll ask another caterer. I don't have time for this.", None),
     ]))

# 13 wrong_paraphrase - mortgage broker, Toronto (Canada)
o = c("Hi, we're first-time buyers, we've got an offer accepted on a condo in Etobicoke and our bank's rate seems high. My friend said to try a broker.", None)
PAIRS.append(gpair(
    "b63g_toronto_mortgagebroker_condo", "mortgage broker, Toronto (Canada)", "wrong_paraphrase",
    "First-time buyers on a tight budget want a fixed rate they can rely on, and a better one than their bank offered.",
    [o,
     t("Congratulations on the offer. Happy to look. What rate and term did the bank give you, and when's the closing?"),
     c("4.9, five-year fixed. Closing's in six weeks.", None),
     t("Six weeks is fine. Was fixed your choice, or what the bank suggested?"),
     c("Our choice. We're, um, we're on a tight budget, we need to know exactly what we pay each month. We can't do surprises.", None),
     t("So certainty matters more than chasing the lowest rate. I can likely get a five-year fixed around 4.6 with a monoline lender - on 480,000 that's about 80 dollars a month less. Monolines also tend to have lower penalties if you ever break the mortgage."),
     c("That sounds good, but my sister went through a broker and got stuck with a lender that was a nightmare to deal with.", "bad_experience"),
     t("That's a fair worry. I'll show you every lender I looked at, with their penalty terms and reviews side by side, and you choose - and if your bank matches the rate, stay with them. Could you send your pay stubs and the purchase agreement?"),
     c("We can. I want to talk it over with my partner tonight, but yes, probably.", "think_it_over"),
     t("Sure. I'll send a document checklist now; if I have them by tomorrow, the comparison will be ready Friday."),
     ],
    [o,
     t("Congrats on the offer! Tell me where you're at."),
     c("Bank offered 4.9, five-year fixed. We chose fixed, we're on a tight budget and can't handle surprises.", None),
     t("So what I'm hearing is you're comfortable with some risk and you'd like to save with a variable rate. Is that right?"),
     c("No, the opposite. We want fixed. We can't handle surprises.", None),
     t("Absolutely. So if I understand correctly, you're planning to sell in a couple of years, so a short two-year term gives you flexibility. Did I capture that?"),
     c("We never said anything about selling. We just bought it.", None),
     t("Perfect, so I'm hearing you're open to borrowing more to renovate - I can get you approved up to 560 with a line of credit. Shall I start the application?"),
     c("We don't want more debt. I think we'll just stay with our bank.", "no_need"),
     ]))

# 14 pitch_to_upset - car rental desk, Reykjavik (Iceland); angry customer
o = c("Your car died on me on Route 1 this morning. Two hours on the roadside in the rain, we missed our glacier tour, and my kids were freezing. I'm furious.", None)
PAIRS.append(gpair(
    "b63g_reykjavik_carrental_breakdown", "car rental branch, Reykjavik (Iceland)", "pitch_to_upset",
    "A furious parent returns after the rental car broke down, stranding the family and costing them a paid tour.",
    [o,
     t("I'm really sorry - that's an awful morning, especially with the kids. Is everyone okay and warm now?"),
     c("We're fine now, the tow driver brought us back. But the tour was 60,000 kronur and it's gone.", None),
     t("Understood. First, a replacement car now, a newer model, no charge. Second, the breakdown was our car, so I'm refunding today's rental. For the tour, give me the booking and I'll call the operator myself - they often rebook after breakdowns. If they won't, send me the receipt and it goes to my manager for compensation."),
     c("Rebooking tomorrow would work actually. We fly Friday.", None),
     t("Let me call them while you're here... they can take you tomorrow at 10. I'm also noting on your file that you're not to be charged for the tow."),
     c("Okay. Thank you. That's - okay, that helps a lot.", None),
     ],
    [o,
     t("I completely understand how you feel, and I'm sorry for your experience. What would make this right for you today?"),
     c("A car that works, and someone paying for the tour we missed.", None),
     t("Absolutely. And this is actually the perfect example of why I'd recommend our Platinum Cover - roadside help in under 45 minutes instead of two hours. Only 4,900 a day. Shall I add it to your new car?"),
     c("You want me to pay more after your car broke down? No.", "no_need"),
     t("I hear you, and your peace of mind is our priority. Platinum also includes gravel protection, which really matters on Route 1. Most families with kids take it."),
     c("I don't care what most families do. What about my tour?", None),
     t("For the tour you'd need to contact the operator directly. So, Platinum on the replacement?"),
     c("No. Get me your manager.", None),
     ]))

# 15 blame - web hosting, Sao Paulo (Brazil); non-native English
o = c("Hi, my bakery website is down since this morning, it shows error 503. We take orders for cakes online, today is Saturday, is our biggest day!", None)
PAIRS.append(gpair(
    "b63g_saopaulo_hosting_bakerysite", "web hosting company, Sao Paulo (Brazil)", "blame",
    "A baker's order website went down on a Saturday after her nephew installed a heavy photo plugin.",
    [o,
     t("Hi, I'm sorry, Saturday is the worst day for this. I'm checking now - can you give me the domain?"),
     c("docesdamaria.com.br", None),
     t("Thanks. I see it: the server hit its memory limit around 7am and stopped answering. Did anything change yesterday - a new plugin, a promotion, lots of visitors?"),
     c("My nephew installed a plugin for the photos of cakes, yesterday night. I don't know which.", None),
     t("That's most likely it, a heavy image plugin. I'll switch it off and restart... the site is back. Can you check the order form on your phone?"),
     c("Yes! It works. Ai, thank God.", None),
     t("Great. Your plan has quite little memory; to use that photo plugin you'd need the next plan, 39 reais more a month. But no need to decide now - a lighter plugin could also work."),
     c("For now no, money is tight. Maybe after Easter.", "no_money"),
     t("Makes sense. I'll email your nephew two lighter photo plugins that work on your plan, and I'm setting an alert so if memory gets high again we warn you before the site goes down."),
     ],
    [o,
     t("Hi! I understand how stressful this is. Let's look... yes, your site ran out of memory. Did you install something you shouldn't have?"),
     c("My nephew installed a plugin for cake photos last night.", None),
     t("Right, so that's the problem, you broke it yourselves. Our terms say we don't support third-party plugins. You should really test things before installing on a live site."),
     c("I am a baker, not computer person. Can you just make it work? I have orders today.", None),
     t("I hear you. But honestly, if you choose the cheapest plan and then install heavy plugins, this is what happens. Have you thought about upgrading?"),
     c("I cannot pay more now. Please just turn it on.", "no_money"),
     t("You'll need to remove the plugin yourself from the admin panel, it's in our help centre. Is there anything else?"),
     c("I will ask my nephew. Very bad service.", None),
     ]))
