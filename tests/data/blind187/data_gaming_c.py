"""Gaming pairs, part c (kinds 6-15): private healthcare in the UK, the US, Canada and South Africa. Hand-written."""
from common import c, gpair, t

PAIRS = []

# 6. putdown_question ---------------------------------------------------------
o = c("Ja, morning. My back's been bad three weeks, from lifting bags of cement. My wife booked this. I'll be honest, the last physio I saw just rubbed me for half an hour and took my money.", None)
PAIRS.append(gpair(
    "b187g_za_randburg_physio_builder_back", "physiotherapy practice, Randburg, Johannesburg (first consultation)", "putdown_question",
    "A self-employed builder in his forties with three weeks of low back pain arrives sceptical because a previous physio only massaged him.",
    good=[
        o,
        t("Morning, thanks for being straight with me. If all you got was a massage, I understand why you're sceptical. What would make today worth your while?"),
        c("Knowing what's wrong. And being back on site. I'm self-employed, if I don't work I don't get paid.", None),
        t("Fair. Where exactly is the pain? Does it go down either leg, any numbness, any trouble with your bladder?"),
        c("Right side, low down. Sometimes down the back of the leg to the knee. No numbness. Bladder's fine.", None),
        t("Good, none of the warning signs. It sounds like an irritated disc or joint, but let me examine you first, ten minutes. Then I'll tell you what I think and what you can do yourself at home, so you're not paying me for things you can do alone."),
        c("Okay. How many sessions, though? I can't come twice a week, I'm on site in Midrand from six.", "no_time"),
        t("Most people with this need three to five visits over a month, plus exercises every day. We open at 6:30 on Tuesdays and Fridays, so you could come before site. Let's see what the exam shows first."),
        c("Six-thirty I can do. Let's see then.", None),
    ],
    gaming=[
        o,
        t("Morning. Well, if you're lifting cement bags at your age, what did you expect would happen?"),
        c("It's my job. Thirty years. Never had a problem.", None),
        t("Okay. And when the last physio treated you, did you actually do the exercises, or did you just expect the massage to fix it?"),
        c("He never gave me any exercises. That's the point.", None),
        t("Right. Are you sure it's that bad, or is it more that you don't want to rest? A lot of guys like you exaggerate a bit."),
        c("Exaggerate? I can't put my own socks on in the morning.", None),
        t("Okay, no need to get defensive. So what exactly are you hoping I can do that the last guy couldn't?"),
        c("Nothing, it seems. I'm going. My wife can have her deposit back.", None),
    ],
))

# 7. not_my_department_or_read_the_terms --------------------------------------
o = c("hi my son had a filling on the 3rd and the estimate said our part would be 60 dollars. now the portal says 210. can someone explain", None)
PAIRS.append(gpair(
    "b187g_us_portland_dental_billing_chat", "dental group billing office, Portland, Oregon (patient portal chat)", "not_my_department_or_read_the_terms",
    "A mother types into the portal because her son's filling was billed at $210 when the estimate said $60.",
    good=[
        o,
        t("Hi! Sorry, a jump like that is confusing. I can look into it. Can you confirm your son's name and date of birth?"),
        c("Eli Navarro 05/11/2015", None),
        t("Thanks. The estimate assumed your plan pays 80% for the filling. Your insurer paid less because Eli had a tooth-colored filling on a back tooth, and your plan only pays the silver-filling rate there. Did anyone mention that at the appointment?"),
        c("no. nobody said anything about silver or tooth colored. i would have been fine with silver tbh", None),
        t("Then you should have been told and asked. I'm sending this to the office manager to adjust the balance back to the $60 estimate, since the choice wasn't offered to you. I'll reply here within two business days. Meanwhile the $210 is on hold; you don't need to pay it."),
        c("ok. and if they say no", None),
        t("Then I'll send you the itemized claim and help you appeal to the insurer. But I expect the adjustment, because that's our policy when an estimate missed something."),
        c("ok thank you. 2 days", None),
    ],
    gaming=[
        o,
        t("Hi there! I understand how frustrating billing can be. How can I make your experience better today?"),
        c("by explaining why its 210 and not 60", None),
        t("Great question! Estimates are done by the front office, not billing, so I can't speak to how they got $60."),
        c("ok but youre billing. the 210 is a bill", None),
        t("Understood. The difference is what your insurance didn't pay. For coverage questions you'll need to contact your insurance carrier directly, that's their department."),
        c("i called them. they said to call you", None),
        t("I'm sorry about that. Per the financial policy you signed at check-in, estimates are not guarantees and the patient is responsible for any balance. It's in section 4. Is there anything else I can help with?"),
        c("nobody told me anything about a tooth colored filling. im not paying 150 extra for something nobody asked me about. ill dispute it with my card", None),
    ],
))

# 8. social_proof_or_deadline_pressure ----------------------------------------
o = c("Bonjour, hello. I did the test last week with the audiologist. She said it is a mild loss. I want to ask some questions, because I am not sure I need the appareils, the aids, already.", None)
PAIRS.append(gpair(
    "b187g_ca_ottawa_hearing_mild_loss", "hearing clinic, Ottawa (in store)", "social_proof_or_deadline_pressure",
    "A French-speaking woman of 68 whose test showed mild hearing loss comes back with questions; she is unsure she needs aids yet.",
    good=[
        o,
        t("Bonjour, of course, and we can speak French if you prefer. Mild loss is a good moment to ask questions. What made you come for the test in the first place?"),
        c("English is okay, it is good practice. My daughter says I ask 'quoi?' all the time. But me, I don't feel a problem. Maybe only at the restaurant.", None),
        t("So your daughter notices it more than you do, and the restaurant is where you feel it yourself. With mild loss some people wait, some wear aids only for restaurants and meetings. There's no medical urgency. What worries you about aids?"),
        c("The price, and also my neighbour, she has some, she says they are uncomfortable, she never wear them.", "bad_experience"),
        t("That's very common when they aren't fitted well. You could try a pair free for thirty days, and if they don't help, you bring them back and pay nothing. Or we retest you in a year and see. Both are reasonable."),
        c("Thirty days free, hmm. I want to speak with my daughter first.", "think_it_over"),
        t("Bien sûr. I'll write down the trial conditions so she can read them. Call me when you're ready, or not: the retest in a year is fine too."),
        c("Merci, you are very honest. I will call.", None),
    ],
    gaming=[
        o,
        t("Bonjour! Great question. So, most of our clients with mild loss, honestly about nine out of ten, go ahead with aids right away, because they don't want to miss out."),
        c("Nine out of ten? But I don't feel a big problem. Only at the restaurant.", "no_need"),
        t("That's what everyone says at first! I bet half the people on your street have aids by now. And this week only we have two-for-one on the premium model, $3,200 instead of $6,400."),
        c("$3,200 is still very much for me. I am retired.", "no_money"),
        t("I understand. But the promotion ends Saturday, and then it goes back to full price. Most of our clients say their only regret is waiting."),
        c("My neighbour has some. She never wear them, she says they are uncomfortable.", "bad_experience"),
        t("That's because she didn't get our model. Can I put a pair on hold for you today? I can only hold the promotion price until five o'clock."),
        c("No. I will speak with my daughter. If the price is gone, it is gone.", "think_it_over"),
    ],
))

# 9. keyword_stuffed ----------------------------------------------------------
o = c("Hiya, quick one, I've got the kids in the car. We're going to Kenya in four weeks, me, my husband and three kids, seven, ten and thirteen. What jabs do we need? And please tell me it's not hundreds each.", None)
PAIRS.append(gpair(
    "b187g_uk_leicester_pharmacy_travel_jabs", "high-street pharmacy travel clinic, Leicester (counter)", "keyword_stuffed",
    "A busy mother of three, with the children waiting in the car, asks which vaccinations the family needs for Kenya in four weeks and worries about cost.",
    good=[
        o,
        t("I'll be quick. Where in Kenya, and is it cities, safari or the coast?"),
        c("Nairobi to see my husband's family, then a few days in Mombasa. Hotel at the coast.", None),
        t("Thanks. For that, the usual ones are typhoid and hepatitis A, plus malaria tablets for the coast. Yellow fever depends on your route. Are the kids' routine jabs up to date, and has anyone had travel jabs before?"),
        c("Routine ones, yes. My husband's Kenyan, he's had everything. Me and the kids, nothing.", None),
        t("So four of you. Here, typhoid and hep A are about £85 a person, and malaria tablets about £40 each for your trip. But typhoid and hep A are usually free from your GP on the NHS, so ring them first, that could save you about £340. Four weeks is enough if you book this week."),
        c("Free at the GP? Nobody told me that. Getting a GP appointment's a nightmare, though. Can you do the malaria ones?", None),
        t("Yes, I can do the malaria tablets here after a short consultation for each of you, and I'll give you a printed list of what to ask the GP for. Shall I book the malaria consult for Saturday morning, all four together?"),
        c("Saturday, yes, first thing. Thanks, love.", None),
    ],
    gaming=[
        o,
        t("Of course! First of all, I really want to understand your needs and your family's travel experience, so we can build a successful relationship around your health journey. How do you feel about the trip?"),
        c("Excited, and late. What jabs do we need? The kids are in the car.", None),
        t("Absolutely, I hear you and I understand your time is valuable. Our approach is all about understanding each traveller's unique needs, so the vaccination experience feels supportive and successful for the whole family."),
        c("Right, but which ones? And how much?", None),
        t("Great question. Every family's needs are different, and I feel it's so important that you feel understood. What matters most to you in your travel health experience?"),
        c("Not spending hundreds each, like I said. Look, I haven't got time for this, the kids are in the car.", "no_time"),
        t("Totally understand. I really value our relationship and I want your experience to be a success. Can I take your details so our travel health team can reach out and understand your needs more fully?"),
        c("No thanks. I'll sort it myself.", "brush_off"),
    ],
))

# 10. rude --------------------------------------------------------------------
o = c("Hi, sorry, I've got flu, I think. Fever since Sunday. My boss wants a sick note. Can I see the doctor today? I'm not on medical aid, how much is it cash?", None)
PAIRS.append(gpair(
    "b187g_za_bellville_gp_sick_note", "private GP practice, Bellville, Cape Town (reception)", "rude",
    "A young man with flu and no medical aid asks at reception whether he can see a doctor today for a sick note, and what it costs in cash.",
    good=[
        o,
        t("Shame, you sound awful. A cash consultation is R520, and the sick note is included. The doctor has a gap at 11:40 if you can stay. Any difficulty breathing or chest pain?"),
        c("No chest pain. Just body aches and the fever. R520, ai. I was hoping more like three hundred.", "too_expensive"),
        t("I understand. The day hospital is free, but the queue is usually most of the day. Some pharmacy clinics can give a nurse's sick note for about R250, but only for up to two days. How many days has your boss asked for?"),
        c("He wants me off the whole week. I don't want to give everyone at work this thing.", None),
        t("Then a doctor's note is the one you need, a nurse's note won't cover a week. Shall I put you in at 11:40? You can wait in your car if you feel cold, I'll phone you when it's time."),
        c("Ja, okay, 11:40. I'll wait in the car. Thanks, hey.", None),
        t("Pleasure. Here's a mask for while you're inside, and drink some water."),
    ],
    gaming=[
        o,
        t("Do you have an appointment? No? Then it's walk-in, R520, and you'll wait. Sit there."),
        c("Okay. Sorry, how long do you think? I feel really dizzy.", None),
        t("How must I know? We're full. Everyone's got flu. You're not special."),
        c("I just asked. And R520 is a lot, is there anything cheaper?", "too_expensive"),
        t("There's the day hospital, if you want to sit there all day. Up to you, hey. I've got other people to help."),
        c("Wow. Okay. I'll go to the pharmacy clinic then.", None),
        t("Fine. Next!"),
    ],
))

# 11. ignored_customer --------------------------------------------------------
o = c("Hello? Yes. I'm calling about help for my husband, Frank. He has Alzheimer's. I'm, I'm eighty-one myself and I'm just so tired. He gets up at night and tries to go out the front door.", None)
PAIRS.append(gpair(
    "b187g_us_sarasota_home_care_dementia", "home health agency, Sarasota, Florida (phone)", "ignored_customer",
    "An exhausted 81-year-old woman calls about help with her husband, who has Alzheimer's and wanders at night.",
    good=[
        o,
        t("Thank you for calling, and I'm sorry, that sounds exhausting. Are you looking after Frank on your own?"),
        c("My son's in Atlanta. He calls every day but, you know. It's me. I don't sleep. Last week Frank got to the end of the driveway at three in the morning.", None),
        t("That's frightening. So nights are the big worry, and you're not sleeping. We have overnight aides who stay awake while you sleep. It's $28 an hour, so a ten-hour night is $280. Does Frank have long-term care insurance, or is he a veteran?"),
        c("Two hundred eighty a night? Oh my. He was in the Navy, but we only have Social Security and a little pension. We can't do that every night.", "no_money"),
        t("Most families don't do every night. Two nights a week would let you catch up on sleep. And because Frank served, he might qualify for the VA's Aid and Attendance benefit, which helps pay for exactly this. Would it help if I sent the information to your son too, so he can do the paperwork?"),
        c("Oh, would you? His name is David. Yes. And two nights, maybe. Let me talk to David.", "think_it_over"),
        t("Of course. I'll email David today. Meanwhile, a simple door alarm, about twenty dollars at the hardware store, would wake you if Frank opens the door. Shall I call you Thursday?"),
        c("Thursday, yes. Thank you, dear. You've been kind.", None),
    ],
    gaming=[
        o,
        t("Thank you for calling! Can you tell me a little about Frank's needs?"),
        c("He wanders. At night. And I can't sleep. I'm eighty-one.", None),
        t("Wonderful. We offer daytime companion care, four-hour minimum, for activities, outings and light housekeeping. Would weekdays work?"),
        c("Daytime's all right, he naps. It's the nights. He got out the door at three a.m.", None),
        t("I see. And how did you hear about us?"),
        c("My son found you. Do you have anyone at night?", None),
        t("Great! So let's get Frank set up with companion care Monday to Friday, nine to one. That's $112 a day."),
        c("Daytime isn't the problem. I don't need someone to take him on outings.", "no_need"),
        t("Absolutely. And is there anything else I can help with today?"),
        c("I've told you three times, it's the nights. Never mind. I'll have David call.", None),
    ],
))

# 12. repeated_questions ------------------------------------------------------
o = c("Hi, our dentist said my daughter needs to see an orthodontist, her top teeth stick out. She's eleven. I've got the referral. I need something after school, I'm juggling three kids.", None)
PAIRS.append(gpair(
    "b187g_ca_mississauga_ortho_consult", "orthodontic practice, Mississauga, Ontario (phone)", "repeated_questions",
    "A busy father calls to book his 11-year-old daughter an orthodontic consultation recommended by the family dentist; he needs an after-school slot.",
    good=[
        o,
        t("Hi, thanks for calling. After school works, we have 4:15 and 4:45 slots. Did the dentist say it's urgent, or just time to get it checked?"),
        c("Just time to check. She said the earlier the better with the jaw still growing or whatever.", None),
        t("That's right, eleven is a good age to look. The consult is free, about forty-five minutes, X-rays included. The next 4:15 is Wednesday the 9th, or there's 4:45 on Monday the 14th."),
        c("The 9th. How much are braces, roughly, just so I'm not shocked? We've got insurance through my wife's work.", None),
        t("It depends on what she needs, usually $5,500 to $7,500 for full treatment, spread over about two years. Many plans have a lifetime orthodontic maximum, often $2,000 or $2,500. Bring the insurance card and we'll check at the consult."),
        c("Yikes. Okay. Honestly, we'll see what they say, and maybe get a second opinion too.", "think_it_over"),
        t("That's sensible, and you'll get a written plan to take away. Wednesday the 9th at 4:15. What's your daughter's name?"),
        c("Priya Sharma. Thanks.", None),
    ],
    gaming=[
        o,
        t("Hi! Absolutely. So tell me, what brings your daughter in to see us?"),
        c("Her top teeth stick out, the dentist referred her.", None),
        t("Okay. And what are your main concerns about her smile?"),
        c("The, the teeth sticking out. Like I said. Can I get a time after school?", None),
        t("Sure. Just so I understand her needs, how would you describe what's going on with her teeth?"),
        c("They stick out! Look, I'm in the car outside the school right now. After school, any day.", None),
        t("Got it. And what made you decide now was the time to see an orthodontist?"),
        c("The dentist told me to! I'll call back when I've got more time. Or call another office.", "no_time"),
        t("No problem! Before you go, what are you hoping to achieve from the consultation?"),
        c("Bye.", None),
    ],
))

# 13. wrong_paraphrase --------------------------------------------------------
o = c("Hiya, my shoulder's been stiff and sore for about three months. I can't reach the top shelf or do my hair. The GP thinks it might be a frozen shoulder. Does physio actually help with that?", None)
PAIRS.append(gpair(
    "b187g_uk_glasgow_physio_frozen_shoulder", "private physiotherapy clinic, Glasgow (phone)", "wrong_paraphrase",
    "A self-employed hairdresser in her fifties rings about three months of shoulder stiffness her GP thinks is a frozen shoulder.",
    good=[
        o,
        t("It can, though I'll be honest, a frozen shoulder often takes a long time whatever you do. Physio helps keep the movement and ease the pain. Is it worse at night?"),
        c("Terrible at night. I can't lie on that side. I'm a hairdresser, so it's my livelihood, I've cut my hours already.", None),
        t("So it's the nights, and your work, since you've already cut your hours. Our physio would assess you first, sixty pounds, then follow-ups at forty-five. Some people also do well with a steroid injection early on, which we can discuss with your GP. Do you have health insurance through work?"),
        c("Self-employed, so no. Forty-five a go every week, that adds up when I'm already earning less.", "no_money"),
        t("It does. At this stage most people need a session every two or three weeks, not weekly, plus exercises at home. So maybe four or five sessions over three months. Would that be manageable?"),
        c("That's more like it. Can I come on a Monday? The salon's shut Mondays.", None),
        t("Monday at ten with Fiona? I'll text you the address and what to wear."),
        c("Perfect, Monday at ten.", None),
    ],
    gaming=[
        o,
        t("Absolutely. So if I'm hearing you right, you hurt the shoulder at the gym and want a quick fix before a holiday, is that right?"),
        c("No, I never said the gym. It just came on. I'm a hairdresser.", None),
        t("Got it. So what you're saying is the pain started at work and you're looking at an insurance claim, yes?"),
        c("I didn't say anything about a claim. I'm self-employed. I just want to know if physio helps a frozen shoulder.", None),
        t("Okay, so to play that back: you've had physio before, it didn't help, and you'd like to try our sports massage package instead. Did I capture that?"),
        c("No! I've never had physio. Are you even listening?", None),
        t("Sorry. So you're keen to get started with the ten-session block at four hundred pounds. Shall I book the first one?"),
        c("Four hundred pounds? No. I'll ring somewhere else.", "too_expensive"),
    ],
))

# 14. pitch_to_upset ----------------------------------------------------------
o = c("Hello, I'm sorry, I'm... I had a mammogram last week and they called me back for more pictures, and now it's five days and nobody's phoned. I'm going out of my mind.", None)
PAIRS.append(gpair(
    "b187g_za_rosebank_mammogram_results", "private radiology practice, Rosebank, Johannesburg (phone)", "pitch_to_upset",
    "A woman rings in tears: she was recalled for more mammogram images and has waited five days for results.",
    good=[
        o,
        t("I'm so sorry, five days of not knowing is awful. Let me find out right now. Can I have your name and ID number?"),
        c("Nomvula Dlamini, 7408120345083. My mother had breast cancer. I just keep thinking about it.", None),
        t("Thank you, Nomvula. That makes the waiting even harder. Your images were reported yesterday and the report went to your gynae, Dr Venter. I'm not allowed to read it to you, but I can phone her rooms now and ask her to call you today. Is this the best number?"),
        c("Yes, this number. Please. I can't wait over the weekend.", None),
        t("I'll phone them the moment we hang up and tell them you're waiting and very anxious. I'll call you back within an hour to confirm they have it, even if it's only to say they're on it."),
        c("Thank you. Thank you. I'll keep my phone next to me.", None),
        t("One hour. And if you want someone to talk to before then, the CANSA helpline is free, I'll text you the number."),
    ],
    gaming=[
        o,
        t("Oh no, I completely understand how stressful that must be. How are you feeling right now?"),
        c("Scared. My mother had breast cancer. I just want my results.", None),
        t("I hear you. Let me check, it says the report's gone to your doctor. While I have you, did you know we offer a full-body wellness MRI? Lots of women in your situation find it gives real peace of mind. It's R9,500."),
        c("I don't want another scan. I want to know what this one says.", "no_need"),
        t("Totally understand. It's a big decision. We also have a breast health membership at R399 a month that gets you priority results, so next time you won't have to wait like this."),
        c("Are you selling me something right now? I'm crying on the phone.", None),
        t("I'm so sorry, I just want to make sure your needs are met. Shall I email you the brochure for later?"),
        c("No. Just tell me who has my report.", "no_need"),
    ],
))

# 15. blame -------------------------------------------------------------------
o = c("Hi, I picked these up two weeks ago and they're giving me headaches. I can't see my computer screen properly, I'm leaning in all day. Something's not right.", None)
PAIRS.append(gpair(
    "b187g_uk_cardiff_optician_headaches", "optician chain branch, Cardiff (in store)", "blame",
    "A man returns two weeks after collecting new glasses: they give him headaches and he cannot see his computer screen.",
    good=[
        o,
        t("Sorry to hear that, two weeks of headaches is miserable. Let's find out why. Is it the screen specifically, or reading and distance too?"),
        c("Distance is fine, driving's fine. It's the screen. And the old ones were fine for that.", None),
        t("That helps. Let me check the lenses against your prescription. Right, the prescription's correct, but these are single-vision distance lenses. Your previous pair were varifocals, which is why the screen was clear. Did anyone ask you about computer use at the test?"),
        c("Not that I remember. I said I wanted the same as before. I'm not paying for another pair.", None),
        t("You won't. That's on us. We'll remake them as varifocals, or make a separate screen pair, at no cost, whichever suits how you work. The optometrist has a gap at three if you'd like to check which is better."),
        c("Varifocals, like before. I can't come back at three, I'm back at work.", "no_time"),
        t("No need, we have your old lens details on file. I'll order varifocals today, ready in about a week, and text you when they're in."),
        c("Right. Cheers.", None),
    ],
    gaming=[
        o,
        t("I'm sorry to hear that. Can I ask, have you been wearing them full time, like we told you to?"),
        c("Yes. All day. Headaches by lunchtime.", None),
        t("Okay. And at the eye test, did you tell the optometrist how much you use a computer? Because if you didn't mention it, we can't be expected to know."),
        c("I said I wanted the same as before. I had varifocals before.", None),
        t("Right, but you signed off the order for single vision, so really that was your choice. And sitting that close to a screen will give anyone headaches."),
        c("I'm sitting close because I can't see it!", None),
        t("I hear you. We can do a new pair of varifocals at 30% off as a goodwill gesture. That's £189. How does that sound?"),
        c("A hundred and eighty-nine quid to fix your mistake? No chance. Get me the manager.", None),
    ],
))
