"""Gaming pairs c01-c10 of blind221 (hand-written). Travel and transport: India, South Africa, New Zealand, US."""
from common import c, gpair, t

PAIRS = []

# c01 putdown_question: Auckland, airport shuttle company, customer whose shuttle came 40 minutes late
_o = c("Hi, I booked your shuttle for 5:15 yesterday morning to the airport. It turned up at five to six. I had to grab a taxi and I nearly missed my flight to Sydney.", None)
PAIRS.append(gpair(
    "b221g_auckland_shuttle_late", "shared airport shuttle company, Auckland (phone)", "putdown_question",
    "A customer phones after her pre-booked airport shuttle arrived forty minutes late; she paid for a taxi and nearly missed her flight.",
    good=[
        _o,
        t("I'm really sorry, that's exactly the stress you book a shuttle to avoid. Can I grab your booking number so I can see what happened on our side?"),
        c("It's AK-20931. I was standing outside with my bags in the dark for half an hour.", None),
        t("I've got it. The driver was held up at an earlier pick-up in Howick and nobody called you, and that part's on us. What did the taxi cost you?"),
        c("Eighty-five dollars. I've got the receipt.", None),
        t("If you email the receipt to me, I'll refund the taxi and your 32 dollar shuttle fare, back on your card within five working days. I'll send you my email address by text now."),
        c("Okay, thanks. I'm meant to fly again in two weeks though, and honestly I'm not sure I want to risk you lot again.", "bad_experience"),
        t("That's fair after yesterday. If you do book, I'll put you as the first pick-up on the run, so there's nobody before you to hold the driver up, and you'll get a call when he leaves the depot. Up to you."),
        c("Mm. Let me think about it. Refund first.", "think_it_over"),
        t("Of course. Refund first. The text's on its way."),
        c("Okay. Thanks for sorting it.", None),
    ],
    gaming=[
        _o,
        t("Okay, let's not get too worked up about it. What time did you actually book for, realistically?"),
        c("5:15. It's on the confirmation. I'm not worked up, I'm telling you what happened.", None),
        t("Sure. And are you certain you were at the right pick-up point, not round the back of the building like some people?"),
        c("I was at my front door. It's a house.", None),
        t("Okay. And did you maybe not see the driver's text? Most customers find our texts really clear, so I'm just trying to understand your experience."),
        c("There was no text. Are you actually suggesting this is my fault?", None),
        t("Not at all! How about I offer you ten percent off your next shuttle, so we can rebuild the relationship?"),
        c("I don't want a next shuttle. I want my eighty-five dollars back.", "no_need"),
    ],
))

# c02 not_my_department_or_read_the_terms: Hyderabad, private sleeper bus operator, AC failed overnight
_o = c("I came on your sleeper bus from Bangalore last night. AC stopped working at 1 am, windows don't open, my wife was sweating the whole night. This is not acceptable.", None)
PAIRS.append(gpair(
    "b221g_hyderabad_sleeper_bus_ac", "private bus operator's office, Lakdikapul, Hyderabad", "not_my_department_or_read_the_terms",
    "A passenger complains that the AC failed on an overnight sleeper bus from Bengaluru; he booked through an app and has a return booked with the same operator.",
    good=[
        _o,
        t("I'm sorry, sir, a sealed AC bus with no AC is awful, especially in May. Can you give me the PNR or your phone number? I'll check the driver's log."),
        c("9849... it's on this screenshot. Booked on the app, 2,400 for two.", None),
        t("Yes, the driver reported the compressor failure at Kurnool and the bus was not swapped. That should not have happened. Under our policy an AC failure gets 40 percent back, which is 960, but since it was for most of the journey I'm raising it with my manager for the full fare."),
        c("Why should I accept 40 percent? We paid for AC.", None),
        t("You're right to ask. I can't approve the full amount myself, but my manager, Mr. Reddy, decides by tomorrow evening. I'll put the 960 through now so you have that either way, and call you by 7 pm tomorrow about the rest."),
        c("Fine. And I have a return on Sunday with you. After this I don't want to go back in your bus.", "bad_experience"),
        t("Understood. I'll cancel the Sunday booking with no cancellation fee, so 100 percent of that comes back too. Here is a reference for both: HYD-5581."),
        c("Okay. At least you are doing something. Call me tomorrow.", None),
    ],
    gaming=[
        _o,
        t("I'm so sorry for your experience, sir, I completely understand your frustration. Unfortunately AC maintenance is handled by our vendor, not by this office."),
        c("Then who is handling? I'm standing in your office.", None),
        t("Great question. Since you booked through the app, refunds are the app's department. Their terms and conditions explain everything, you can read them under My Bookings."),
        c("The app says to contact the operator. You are the operator.", None),
        t("I hear you, sir. Per our policy it's 40 percent for AC failure, it's in the terms on the back of the ticket. I didn't make the rules."),
        c("Then cancel my Sunday return. I'm not travelling in your bus again.", "bad_experience"),
        t("Cancellations are also through the app, sir, that's not really something I handle here. Anything else I can help you with today?"),
        c("Give me your manager's number. Now.", None),
    ],
))

# c03 social_proof_or_deadline_pressure: Las Vegas, Grand Canyon day-tour desk, family of four
_o = c("Hey, we want to take the kids to see the Grand Canyon while we're in Vegas. They're eight and eleven. What've you got?", None)
PAIRS.append(gpair(
    "b221g_lasvegas_grand_canyon_family", "tour desk in a Las Vegas Strip hotel", "social_proof_or_deadline_pressure",
    "A father asks about Grand Canyon day tours for his family of four; they have a show booked one evening and a set holiday budget.",
    good=[
        _o,
        t("Great age for it. There are two main options. The West Rim is closer, about a ten-hour day, and has the glass Skywalk. The South Rim is the classic view, but it's a 14-hour day. How do the kids do on long bus rides?"),
        c("Eleven's fine. The eight-year-old gets antsy after about two hours.", None),
        t("Then West Rim, for sure. It's about two and a half hours each way with a stop at the Hoover Dam. Do you have any evenings already booked?"),
        c("Yeah, we've got a show Thursday at seven. So not Thursday, or we need to be back by like five-thirty.", None),
        t("The West Rim tour gets back at about six, so Wednesday or Friday is safer. It's 139 each for the bus and rim access, or 289 with the Skywalk."),
        c("Two eighty-nine times four, that's over eleven hundred bucks. That's a lot for a glass floor.", "too_expensive"),
        t("Honestly, the view from the Eagle Point and Guano Point trails is the same canyon, and the kids can stand right on the edge with a railing. Plenty of families skip the Skywalk. Then it's 556 for the four of you."),
        c("Yeah, let's do that. Wednesday.", None),
        t("Wednesday, 7 am pick-up at the main lobby. Bring water and hats, it's hot out there even in spring."),
        c("Thanks, appreciate it.", None),
    ],
    gaming=[
        _o,
        t("Awesome! So honestly, every family staying at this hotel this week has done our helicopter landing tour. The kids absolutely love it."),
        c("Helicopter? How much is that?", None),
        t("649 per person, and it's the experience of a lifetime. I've only got four seats left on Wednesday at that price, and the promo ends in ten minutes."),
        c("Whoa. That's like 2,600 for the four of us. We don't have that kind of money for one day.", "no_money"),
        t("I hear you. Just so you know, the family who booked before you said the exact same thing and then thanked me afterwards. You don't want to be the only family on the Strip who didn't really see the canyon, right?"),
        c("We need to look at our budget first. I'll talk to my wife.", "think_it_over"),
        t("Totally. I can only hold the seats until the timer runs out though, and then it goes back to 749. How are you feeling about it?"),
        c("Feeling like I'm being rushed. We'll book something later.", "brush_off"),
    ],
))

# c04 keyword_stuffed: Johannesburg, safari operator, Nigerian business traveller with one free weekend
_o = c("Good day. I am in Sandton for a mining conference, it ends Friday midday, and my flight to Lagos is Monday morning. Can I do a safari in between? I want to see lions.", None)
PAIRS.append(gpair(
    "b221g_johannesburg_weekend_safari", "safari tour operator, Sandton, Johannesburg", "keyword_stuffed",
    "A Nigerian business traveller has from Friday afternoon to Sunday night free after a conference and wants a short safari to see lions.",
    good=[
        _o,
        t("Good day, sir. Yes, two nights is enough for a proper safari. Kruger is about five hours' drive, Pilanesberg is about two and a half. Both have lions. How important is it to be back in Sandton by Sunday evening?"),
        c("Very. Monday flight is 9 am. I don't want to spend half my weekend on the road.", None),
        t("Then I'd suggest Pilanesberg. You'd leave Friday at 2, be at the lodge for the sunset drive, do two game drives Saturday and one Sunday morning, and be back by 3 pm Sunday. It's also malaria-free, so no tablets needed."),
        c("My colleague said Kruger is the real thing. Is Pilanesberg not just a small park?", None),
        t("It is smaller, and Kruger is bigger and wilder. But with five hours each way you'd get one drive fewer, and you'd need malaria tablets started before you go. For lions in two nights, Pilanesberg gives you the better odds per hour."),
        c("Okay, I see. What is the cost?", None),
        t("Two nights at a lodge inside the park, all meals, four game drives and the transfer, R14,800."),
        c("Hmm, that is more than I planned. My company is not paying for this part.", "too_expensive"),
        t("There's a tented camp at R9,900 with the same drives, simpler rooms. Shall I send you both so you can choose tonight?"),
        c("Yes, please send both. I will decide tonight.", "think_it_over"),
    ],
    gaming=[
        _o,
        t("Good day, sir! We truly understand that a safari is about more than animals. It's about connection, about creating a meaningful experience that fits your needs."),
        c("Okay. But which park, and can I be back by Sunday?", None),
        t("Great question. Our focus is on understanding what success looks like for your journey. We feel every guest's relationship with nature is unique, and we're passionate about delivering that feeling."),
        c("Sir, I have a flight Monday 9 am. Is it possible or not?", None),
        t("Absolutely, I hear your need for flexibility and I understand how important your time is. Our team is committed to making your experience successful from start to finish."),
        c("I have asked the same question three times. How much is it?", None),
        t("I really appreciate your openness. Can I ask, how satisfied are you with your safari journey so far?"),
        c("There is no journey. I will ask the concierge at my hotel.", "brush_off"),
    ],
))

# c05 rude: Rotorua, intercity coach ticket office, shy Korean backpacker
_o = c("Excuse me... I want to go to Taupo, and then Wellington. Maybe I buy the pass? I am not sure how it works.", None)
PAIRS.append(gpair(
    "b221g_rotorua_coach_pass", "intercity coach ticket office, Rotorua i-SITE, New Zealand", "rude",
    "A shy Korean backpacker with limited English asks whether to buy a coach pass or single tickets for Rotorua to Taupo to Wellington.",
    good=[
        _o,
        t("No problem, I'll explain. Are you only going to Taupo and Wellington, or are you travelling more after that, like the South Island?"),
        c("After Wellington I fly to Christchurch. My friend meets me there, she has car.", None),
        t("Okay. Then a pass probably isn't worth it. The pass is 299 for 15 hours of travel. Your two trips, Rotorua to Taupo and Taupo to Wellington, are about 7 hours altogether. Single tickets would be about 85 dollars."),
        c("Ah, 299 is a lot for me. I am working holiday, I have not so much money.", "no_money"),
        t("Then single tickets are better for you. How many days do you want in Taupo?"),
        c("Two days. I want to see Huka Falls.", None),
        t("Good choice. So Rotorua to Taupo tomorrow at 10:15, 24 dollars, and Taupo to Wellington on Friday at 8:40, 61 dollars. I'll write the times on your receipt."),
        c("Thank you so much. You explain very kindly.", None),
    ],
    gaming=[
        _o,
        t("Hi. How can I make your experience better today? It's all on the website, you know. The pass, the single tickets, all of it."),
        c("Sorry. I looked, but my English is not so good. Pass is better, or ticket?", None),
        t("Depends where you're going, doesn't it? I can't read minds. There's a queue behind you."),
        c("Taupo, then Wellington. Then I fly.", None),
        t("Then obviously you don't need a pass. It's not rocket science. Tickets are on the machine over there."),
        c("The machine is... I don't understand it. Can you help me, please?", None),
        t("I've got eight people waiting. Anything else, or are we done?"),
        c("Okay. Sorry. I will ask the hostel.", None),
    ],
))

# c06 ignored_customer: Kochi, houseboat booking agent, older couple from Pune
_o = c("Namaskar. We want to do the houseboat in Alleppey, my wife and me. But she cannot swim, and she is bit nervous about the water.", None)
PAIRS.append(gpair(
    "b221g_kochi_alleppey_houseboat", "houseboat booking agent, Fort Kochi, Kerala", "ignored_customer",
    "A retired couple from Pune want a backwater houseboat trip; the wife cannot swim and is nervous, and they eat Jain vegetarian food.",
    good=[
        _o,
        t("Namaskar, sir. That's a common worry, and it's good you mention it. All our boats carry life jackets for every guest, and the backwaters are calm, no waves. Would madam feel better with a day cruise first, rather than sleeping on the boat?"),
        c("Maybe, yes. She was saying overnight might be too much. Also, we are Jain, no onion, no garlic, no root vegetables.", None),
        t("Noted, I'll tell the cook directly, and he will cook Jain meals separately, not just take the fish out. The day cruise is 11 am to 5 pm with lunch on board, 5,500 for the two of you. Overnight is 12,000."),
        c("Day cruise is enough. 12,000 for one night on a boat is too much, honestly.", "too_expensive"),
        t("Then day cruise it is. I'll ask for the single-deck boat, it sits lower in the water and feels steadier. The boatman will show madam the life jacket before you start."),
        c("That is thoughtful. Our son booked our hotel, let me ask him which day is free before we confirm.", "think_it_over"),
        t("Of course. Call or WhatsApp me by tomorrow evening, and I'll hold Thursday or Friday for you until then."),
        c("Very good. Thank you.", None),
    ],
    gaming=[
        _o,
        t("Namaskar, sir! Houseboat is the best experience in Kerala. Any dietary requirements I should know about?"),
        c("Yes, we are Jain. No onion, garlic. And like I said, my wife is worried because she cannot swim.", None),
        t("Wonderful. Our chef's Kerala fish curry and karimeen fry are famous, guests write about them in reviews. I'll book you the two-night deluxe, 24,000, best value."),
        c("We don't eat fish. And two nights? She is nervous even about one.", "no_need"),
        t("Sure, sir. Deluxe boat has a sundeck on the upper level, very beautiful for photos at sunset. Upper deck is where you'll spend most of the time."),
        c("Upper deck? She won't go up there. Are there life jackets, at least?", None),
        t("Everything is taken care of, sir. So two nights deluxe with seafood menu, shall I confirm?"),
        c("No. You have not listened to one thing. We will ask at the hotel.", None),
    ],
))

# c07 repeated_questions: Boston, passport expediting agency, father getting a first passport for his daughter
_o = c("Hi, I need to get a passport for my daughter. First one. We're going to Ireland in five weeks.", None)
PAIRS.append(gpair(
    "b221g_boston_child_passport", "passport expediting agency, downtown Boston", "repeated_questions",
    "A divorced father needs a first passport for his seven-year-old daughter in five weeks; her mother lives in Texas.",
    good=[
        _o,
        t("Sure. How old is she, and will both parents be able to come in person when you apply? For children under 16 that's normally required."),
        c("She's seven. Her mom's in Texas, we're divorced. That's kind of why I'm here, I didn't know how that works.", None),
        t("Then her mom signs a form called DS-3053, a statement of consent, in front of a notary in Texas, and mails or scans it to you with a copy of her ID. You bring that, your daughter, her birth certificate and photos. Does her mom know about the trip?"),
        c("Yeah, she's fine with it. She'd sign it.", None),
        t("Good. Five weeks is enough if you pay the government's expedite fee; standard wouldn't make it. You can apply at a post office that takes passport appointments, it doesn't have to be us. Our fee is 199 and it mostly helps if you're short on time."),
        c("So I could just go to the post office and save the 199?", "too_expensive"),
        t("Yes. Book an appointment early, some near here are booked two weeks out. Here's a checklist with everything, including the consent form."),
        c("That's really helpful. I'll try the post office first.", "no_need"),
        t("Good luck. If the date gets tight, call us and we'll take it from there."),
        c("Will do. Thanks.", None),
    ],
    gaming=[
        _o,
        t("Great! So who is the passport for?"),
        c("My daughter. Like I said.", None),
        t("Got it. And is the applicant an adult or a minor?"),
        c("She's seven. Her mom lives in Texas, so I don't know how the signing works.", None),
        t("Perfect. And just so I understand your needs, how old is the applicant?"),
        c("Seven. I just said. What about her mom being in Texas?", None),
        t("Okay! And will both parents be present at the appointment?"),
        c("Her mom is in Texas! Look, I've got to pick her up from school in twenty minutes.", "no_time"),
        t("Totally understand. Just one more, so we can find the right solution: is this a first passport or a renewal?"),
        c("Forget it. Email me whatever you've got.", "brush_off"),
    ],
))

# c08 wrong_paraphrase: Sandton, corporate travel agency, owner of a small engineering firm
_o = c("Hi. I run a small engineering consultancy, twelve people. Three of us fly Joburg to Cape Town most weeks and the bookings are chaos. I'm wondering if an agency makes sense.", None)
PAIRS.append(gpair(
    "b221g_sandton_corporate_travel", "corporate travel management agency, Sandton, Johannesburg", "wrong_paraphrase",
    "The owner of a twelve-person engineering firm asks whether a travel agency would help with three staff flying Johannesburg to Cape Town most weeks.",
    good=[
        _o,
        t("It might, or it might not. When you say chaos, what does that look like in a normal week?"),
        c("Site meetings move all the time. The guys book on their own cards, then change flights, pay change fees, and I get a mess of receipts at month-end.", None),
        t("So the two problems are last-minute changes costing money, and the admin of putting it all together. About how many changes a month?"),
        c("Maybe eight, ten. We used an agency a few years ago and they charged a fee every time we changed anything, so we stopped.", "bad_experience"),
        t("That's a real risk with agencies. We charge R350 per booking, and changes to that booking are free, including out of hours. We'd also book flexible fares only where the meeting is likely to move, and send one monthly invoice split by project."),
        c("R350 a booking is steep. The airline app is free.", "too_expensive"),
        t("It is, if nothing changes. With eight to ten changes a month at R400 to R800 each in airline fees, you'd likely come out ahead, but I'd rather you test it. Put one person through us for a month and compare."),
        c("Okay, that's reasonable. Let's do a month with Sipho and see.", None),
        t("I'll send a one-page agreement with a month's trial and no lock-in, and I'll call Sipho to get his profile set up."),
        c("Good. Thanks.", None),
    ],
    gaming=[
        _o,
        t("Absolutely. So what I'm hearing is you want to move your whole team onto our corporate travel platform, with international travel mainly to London. Is that right?"),
        c("No. Three people, Joburg to Cape Town. Domestic.", None),
        t("Thanks for clarifying! So if I understand you correctly, you've said budget isn't really an issue, it's more about premium comfort for your executives."),
        c("I never said that. Budget is very much an issue. The problem is changes and receipts.", None),
        t("Got it. So playing it back, you're unhappy with your current agency and want to switch to our Platinum account, R4,500 a month. Did I capture that correctly?"),
        c("We don't have an agency. And we definitely don't need a Platinum anything.", "no_need"),
        t("Perfect. So just to confirm, you'd like me to set up the Platinum trial for the whole team?"),
        c("Look, I'll think about whether an agency makes sense at all. Send me something if you like.", "brush_off"),
    ],
))

# c09 pitch_to_upset: Picton, ferry terminal desk, mother stranded by a weather cancellation
_o = c("The two o'clock's been cancelled and I've got two kids and a flight out of Wellington at eight tomorrow morning. What am I supposed to do? Nobody here is telling us anything!", None)
PAIRS.append(gpair(
    "b221g_picton_ferry_weather_cancellation", "ferry terminal check-in desk, Picton, New Zealand", "pitch_to_upset",
    "An angry, worried mother with two children is stranded in Picton by a weather cancellation and has an early flight from Wellington the next morning.",
    good=[
        _o,
        t("I'm sorry, it's been chaos this afternoon and you should have been told sooner. Let's get you to that flight. Are you travelling with a car, or on foot?"),
        c("On foot. Just us and three bags. My son's four, he's exhausted.", None),
        t("Okay. The next sailing that's likely to go is 6 am, but it arrives at 9:30, so that misses your flight. The forecast for tonight is still bad. The small planes from Picton airport to Wellington are flying, 25 minutes, last one at 6:40 tonight."),
        c("How much is that? I can't just magic money out of nowhere.", "no_money"),
        t("Because we cancelled, we'll refund your ferry fare in full, and we're covering the flight fare for passengers with onward flights tomorrow morning. I can book your three seats from this desk now. It's a small plane; is anyone nervous flying?"),
        c("No, they'll think it's exciting. Okay. Yes. Do it.", None),
        t("Done, 6:40 tonight, check in by 6:10. Our courtesy van leaves for the airport at 5:45 from the door on the left. Here's the refund reference for the ferry."),
        c("Thank you. Sorry I shouted.", None),
        t("You didn't, and it's been a rubbish day. Safe flight."),
        c("Thanks. Right, kids, we're going on a little plane.", None),
    ],
    gaming=[
        _o,
        t("I completely hear you, and we're so sorry about the weather. While you're here, have you heard about our Premium Lounge for tomorrow's sailings? Only 65 dollars, with snacks for the kids."),
        c("I don't need a lounge! I need to be in Wellington for a flight at eight!", None),
        t("Absolutely, I understand. And so this never happens again, our Flexi fares let you change for free. Can I upgrade your booking to Flexi for the next sailing?"),
        c("I haven't got money for upgrades. You cancelled the boat, not me.", "no_money"),
        t("Totally. A lot of families in your situation also book a cabin on the 6 am, so the kids can sleep. It's 95 dollars. Shall I add that?"),
        c("The 6 am gets in at half nine. My flight's at eight. Are you even listening?", None),
        t("I hear you. What else can I help with today to make your experience better?"),
        c("Get me someone who can actually help me. Now.", None),
    ],
))

# c10 blame: Delhi, visa agency, father who missed a US visa interview because the agency sent the wrong date
_o = c("Beta, your office sent me SMS that my visa interview was on the 18th. I went to the embassy on 18th, they said my appointment was on 16th. Now what? My son's graduation is in Dallas next month.", None)
PAIRS.append(gpair(
    "b221g_delhi_us_visa_missed_interview", "visa and travel agency, Karol Bagh, Delhi", "blame",
    "A retired father missed his US visa interview because the agency's SMS gave the wrong date; his son graduates in Dallas in five weeks.",
    good=[
        _o,
        t("Uncle, I'm very sorry. Let me check your file. Can you show me the SMS?"),
        c("Here. See, it clearly says 18th, 9:30.", None),
        t("Yes, it says 18th, and the embassy confirmation in our system says 16th. The mistake is ours; someone typed it wrong. I'm sorry you had that trip for nothing."),
        c("I took an auto from Rohini, waited two hours in the sun. At my age.", None),
        t("That's not right, and I'll refund our service fee. The good news is a missed interview can be rescheduled once without paying the visa fee again. I'll look for the earliest date now, and because of the graduation we can also request an emergency appointment with the admission letter."),
        c("My son sent the graduation letter on email. I can forward it.", None),
        t("Please forward it to me. I'll book the first normal date I can find today, and file the emergency request tonight. I'll call you tomorrow by noon with whatever I've got, and this time I'll read the date out to you on the phone."),
        c("Okay, beta. You call me tomorrow. Don't forget.", None),
    ],
    gaming=[
        _o,
        t("Uncle, I understand your concern. But the confirmation page also goes to your email. Did you not check it yourself?"),
        c("I don't check email so much. That is why I paid your office to handle it!", None),
        t("I hear you. But it's written on our form also, 'applicant must verify all dates', and you signed it, no?"),
        c("You are saying it is my fault? Your SMS said 18th!", None),
        t("I'm just trying to understand your situation. Maybe the number you gave us was wrong, and someone else's SMS came to you?"),
        c("The SMS has my name on it! I went there in the hot sun, two hours.", None),
        t("Okay, uncle. Rescheduling will be another 4,000 service fee, plus our priority appointment package for 6,500 if you want it faster. Anything else I can help you with?"),
        c("I'm not paying you even one rupee more. My son will sort this out from America.", "no_need"),
    ],
))
