"""Gaming pairs, part a (kinds 1-10): private healthcare in the UK, the US, Canada and South Africa. Hand-written."""
from common import c, gpair, t

PAIRS = []

# 1. monologue ---------------------------------------------------------------
o = c("Morning. Er, my wife sent me in, if I'm honest. She says I have the telly up too loud. I think she mumbles.", None)
PAIRS.append(gpair(
    "b187g_uk_leeds_hearing_check", "independent hearing aid centre, Leeds (walk-in)", "monologue",
    "A man in his seventies walks in because his wife says the television is too loud; he is not sure he needs anything.",
    good=[
        o,
        t("Morning, come in. Well, you're here, so let's see whether she's got a point. When do you notice it yourself, if at all?"),
        c("Pubs, mostly. Restaurants. Everyone talking at once and I just nod along. At home I'm fine, apart from her.", None),
        t("Busy rooms, then, and the telly, and you end up nodding along. Has anyone checked your hearing before?"),
        c("Had a test at the GP about ten years back. They said a bit of loss, come back if it gets worse. Never went back. And my brother-in-law's got a pair sat in a drawer, cost him two grand, never wears them.", "bad_experience"),
        t("That's common, sadly. Aids that don't suit end up in a drawer. Nothing gets sold today. The test takes about forty minutes and it's free; you'd see your own results on the screen, and if it's mild I'll tell you so. Does that sound fair?"),
        c("Forty minutes. I've got the car on a meter outside, mind.", "no_time"),
        t("Then don't risk a ticket. I've got Thursday at ten or Friday at two, and you're welcome to bring your wife so she hears the results too."),
        c("Friday at two. And aye, I'll bring her, she'll want to hear it from you and not from me.", None),
        t("Friday at two it is. I'll write it on a card with our number in case anything changes."),
    ],
    gaming=[
        o,
        t("Morning! What brings you in? Actually, let me tell you, you've come to the right place. Hearing loss is so common at your age, and the experience with modern aids is nothing like what people imagine. We've got the new rechargeable range, Bluetooth straight to the telly and your phone, practically invisible, four-year warranty."),
        c("Right, I only came in because...", None),
        t("And what I always say is, your wife's experience matters too, doesn't it? The relationship side. The top model has an app that adjusts itself in restaurants, and there's nought percent finance over thirty-six months, so it's about forty-odd a month. Most gentlemen your age go for both ears, because one ear is never enough."),
        c("I haven't even had a test, lad. My brother-in-law paid two grand for a pair that live in a drawer.", "bad_experience"),
        t("Oh, the test, of course, we'll do that, it's a formality really. What I'm hearing is you want something discreet, and these are very discreet. We can test and fit a trial pair the same afternoon, and honestly, once you've heard birdsong again you won't want to give them back. Shall I grab the brochure?"),
        c("I never said discreet. I said she mumbles. Look, I'll have a think and come back another day.", "think_it_over"),
        t("Of course! Just before you go, is there anything else I can help with today? We do wax removal as well, and batteries, and..."),
        c("I've heard plenty, thanks. Ta-ra.", None),
    ],
))

# 2. closing_as_open_question -------------------------------------------------
o = c("Hi, yes, I was in last week, Dr. Patel pulled my back tooth and someone gave me a quote for an implant, forty-two hundred dollars? I just wanted to, um, talk it through.", None)
PAIRS.append(gpair(
    "b187g_us_columbus_dental_implant", "family dental practice, Columbus, Ohio (phone)", "closing_as_open_question",
    "A woman in her fifties calls after a molar extraction; she was handed an implant quote and wants to understand her options and her insurance.",
    good=[
        o,
        t("Of course, thanks for calling. I've got your chart up. What would be most useful to go over, the procedure itself or the cost side?"),
        c("Both, honestly. Mostly the cost. My insurance is through my husband's work and I have no idea what it covers.", None),
        t("That's fair, forty-two hundred is a lot to take on without knowing. Implants are often only partly covered, sometimes not at all. If you give me the plan name and member ID, I can send a pre-estimate so you'd see the real figure in writing before deciding anything."),
        c("It's Delta something, I'd have to find the card. Do I have to decide soon? Dr. Patel said something about the bone.", None),
        t("He'd want something done within a few months so the bone doesn't shrink, but not this week. And there are options besides an implant: a bridge, a partial, or leaving the gap, all cheaper. Would it help if he went over all of them with you at a short consult, no charge?"),
        c("Yeah, I think so. I'd want my husband there though, he handles the insurance stuff.", "think_it_over"),
        t("Makes sense. Are evenings any good? We have Tuesday at five-thirty. If you text me a photo of the card, I'll get the pre-estimate going so you have numbers by then."),
        c("Tuesday at five-thirty works. I'll text it tonight.", None),
        t("Perfect. You'll get a confirmation text with my direct number. Thanks, Mrs. Romero."),
    ],
    gaming=[
        o,
        t("Absolutely, I'm so glad you called. Can I ask, what's most important to you about getting your smile back?"),
        c("Well, I mean, chewing, I guess. But forty-two hundred, that's what I'm calling about. I don't know if insurance covers any of it.", None),
        t("I hear you. So let me ask: what would it take for you to get this scheduled today?"),
        c("Today? I haven't even talked to my husband.", "think_it_over"),
        t("Totally understand. And once you've talked to him, would mornings or afternoons work better for the surgery appointment?"),
        c("I don't... I'm not booking surgery yet. I wanted to know what my insurance pays.", None),
        t("Great question. And how would you like to handle the deposit, card over the phone or our financing plan? The financing is really popular."),
        c("We can't just find forty-two hundred dollars, okay? Not without knowing what's covered. I'll call back.", "no_money"),
        t("Of course! Before you go, how satisfied have you been with your experience with us today?"),
        c("Not very. Bye.", None),
    ],
))

# 3. pitch_as_paraphrase ------------------------------------------------------
o = c("hi there, my right knee has been sore on the outside from about 10k into long runs. half marathon in 6 weeks. can someone look at it", None)
PAIRS.append(gpair(
    "b187g_ca_toronto_physio_runner_knee", "physiotherapy clinic, Toronto (patient portal chat)", "pitch_as_paraphrase",
    "A recreational runner types into the clinic's portal chat about outer knee pain six weeks before a half marathon.",
    good=[
        o,
        t("Hi, sorry to hear that, six weeks out is a frustrating time for it. Does it come on at the same distance each time, and does it settle once you stop?"),
        c("pretty much always around 10k. gone by the next day. no swelling or anything", None),
        t("Thanks. Outer knee pain at a set distance that settles by the next day often points to the IT band or hip strength, but a physio would need to assess it properly. Have you changed shoes, distance or terrain lately?"),
        c("upped my mileage fast tbh. and new shoes in march. my work benefits cover like $500 of physio a year if that matters", None),
        t("It does, thanks. A first assessment is $110 and follow-ups $85, so $500 covers the assessment and a few follow-ups if you need them, though many runners with this only need two or three. Would you like an assessment this week so there's time before race day?"),
        c("yes but i work 8 to 6 downtown, weekdays are tough", "no_time"),
        t("We have Tuesday and Thursday at 7am, or Saturday at 9:30. Bring your running shoes and shorts, the physio will probably watch you on the treadmill."),
        c("saturday 9:30 please", None),
        t("Booked for Saturday 9:30 with Anjali. You'll get an email with the intake form, and we can direct-bill your benefits if you bring the card."),
    ],
    gaming=[
        o,
        t("Hi! Thanks for reaching out. Tell me more about what's going on?"),
        c("outer knee, sore after about 10k. race in 6 weeks", None),
        t("So what I'm hearing is you need our 12-session Run Ready package with custom orthotics for $1,150, is that right?"),
        c("uh no? i said my knee hurts after 10k. i dont know what i need thats why im asking", None),
        t("Totally. So if I understand you correctly, you need a solution that gets you to race day, which is exactly Run Ready plus our gait analysis add-on. Did I capture that correctly?"),
        c("my benefits only cover 500 a year. 1150 is way past that", "no_money"),
        t("So what you're saying is you'd like to spread the cost, and we do have a payment plan for that, is that right?"),
        c("no thats not what im saying. ill just see the physio at my gym", "no_need"),
    ],
))

# 4. upsell_as_loop_closing ---------------------------------------------------
o = c("Hello sisi, my boy is four, he's been coughing three nights now, none of us are sleeping. What can I give him?", None)
PAIRS.append(gpair(
    "b187g_za_soweto_pharmacy_child_cough", "community pharmacy, Soweto, Johannesburg (counter)", "upsell_as_loop_closing",
    "A mother asks at the counter for something for her four-year-old's night cough, which has kept the family awake for three nights.",
    good=[
        o,
        t("Shame, three nights is hard on everyone. Is it a dry tickly cough or is he bringing up mucus? Any fever?"),
        c("Dry, mostly at night. No fever, I checked. He's eating fine, playing in the day.", None),
        t("That's good to hear, eating and playing is a good sign. Does he have asthma or allergies, or is he on any other medicine?"),
        c("No, nothing. His sister had the same last month and it went by itself after a week.", None),
        t("Then it's likely the same virus going round. For a four-year-old at night I'd suggest this honey-based children's syrup, R68, and saline drops for his nose, because the drip at night makes the cough worse. If he gets a fever, struggles to breathe, or it's still going after ten days, take him to the clinic. Is anything I've said not clear?"),
        c("The syrup and the drops... money is tight this month, must I take both?", "no_money"),
        t("If you have to pick one, take the syrup. You can make salt water drops at home, I'll write down how: boiled water, cooled, and a little salt."),
        c("Eish, thank you. Just the syrup then.", None),
    ],
    gaming=[
        o,
        t("Hello mama, sorry to hear that. Tell me, what kind of cough is it?"),
        c("Dry, at night. No fever. I just want him to sleep.", None),
        t("Got it, dry at night. This syrup will help. Now, just to close the loop, what else can I add for you today? We have a vitamin C immune booster for kids on special."),
        c("No, just for the cough.", "no_need"),
        t("Perfect. And so nothing's missed, is there anything else the family needs? A humidifier makes a big difference, R450, and the probiotic drops are very popular with moms."),
        c("R450? No. I only came with a hundred and fifty rand.", "no_money"),
        t("Understood. Last thing, so I've covered everything for you, should I add the children's multivitamin? It's R89 with the syrup today."),
        c("Sisi, just ring up the syrup please. I must go fetch the other one from school.", "no_time"),
    ],
))

# 5. leading_tag_questions ----------------------------------------------------
o = c("The optometrist says I need something for reading and for distance now. I've only ever had readers from the chemist. What are my choices, dear?", None)
PAIRS.append(gpair(
    "b187g_uk_bristol_optician_varifocals", "independent opticians, Bristol (shop floor)", "leading_tag_questions",
    "A retired woman comes out of her eye test needing correction for both reading and distance and asks what her choices are.",
    good=[
        o,
        t("There are a few ways to do it. Before I show you anything, what do you spend your days doing? Reading, driving, sewing, computer?"),
        c("Oh, reading mostly, crosswords, and I drive to my sister's in Weston on Sundays. I don't use a computer much, just the tablet.", None),
        t("So close work for crosswords and the tablet, and distance for the Sunday drive. You could have two separate pairs, or varifocals, which do both in one lens. Varifocals take a week or two to get used to, and some people never get on with them. Have you worn anything like that?"),
        c("No. My friend Maureen tried them and she said the stairs went all wobbly. She went back to two pairs.", "bad_experience"),
        t("That's honest feedback, and it does happen. Two pairs is perfectly sensible: a distance pair you keep in the car and readers for home. That's about £150 for both with basic lenses. Varifocals start at £229 and come with a ninety-day guarantee, so if they don't suit, we swap them for two pairs."),
        c("Hmm. The two pairs sounds simpler. But let me think about it, I don't like to rush.", "think_it_over"),
        t("Of course. I'll write both options down with prices and pop your prescription in the envelope. It's valid for two years."),
        c("That's very kind. I'll come back after I've spoken to my sister.", "think_it_over"),
    ],
    gaming=[
        o,
        t("Lovely. So tell me, how do you feel about your vision at the moment? You'll want the very best for your eyes at this stage, won't you?"),
        c("Well, I want something that works. I'm on a pension, mind.", None),
        t("Of course. Varifocals are the obvious answer, aren't they? One pair, no fiddling."),
        c("My friend tried them and hated them. Said the stairs went wobbly.", "bad_experience"),
        t("Everyone's different, though. You wouldn't want to be swapping pairs all day, would you? And you'll want the premium digital lenses with thinning and anti-glare, won't you? It's only sensible for driving."),
        c("How much is all that?", None),
        t("£489, but that's with our best coating. Your eyes are worth it, aren't they?"),
        c("Four hundred and eighty-nine! No, dear. That's more than my gas bill for the winter. I'll take my prescription, thank you.", "too_expensive"),
        t("I understand. So you're happy to go ahead with the standard varifocals instead, aren't you?"),
        c("I'm not happy to go ahead with anything. The prescription, please.", "no_need"),
    ],
))

# 6. putdown_question ---------------------------------------------------------
o = c("Yeah, I got a letter saying you denied my MRI. Eighteen hundred bucks. The imaging place told me it was approved. So what's going on?", None)
PAIRS.append(gpair(
    "b187g_us_dallas_insurance_mri_denied", "health insurance member services, Dallas, Texas (phone)", "putdown_question",
    "A member calls, angry that his lower-back MRI claim was denied for lack of prior authorization after the imaging center told him it was approved.",
    good=[
        o,
        t("I'm sorry, that's a nasty letter to open. Let's figure it out. Can I get your member ID and the date of the MRI?"),
        c("ID's W as in water, 4471-220-09. MRI was March twelfth, my lower back.", None),
        t("Thank you. I see the claim. The denial says no prior authorization on file. You said the imaging center told you it was approved. Do you remember who told you, or did you get anything in writing?"),
        c("The front desk girl. She said, you're all set, the doctor's office handled it. Nothing in writing. I've paid premiums twelve years and this is the first time I've needed anything.", None),
        t("Understood. Sometimes the doctor's office submits it and it gets stuck, or goes to the wrong place. I'll check whether your doctor's office sent a request, and if they did, I can open a retro review. If not, you can appeal, and I'll mail you the form today. While it's under review you don't have to pay the bill. Does that work?"),
        c("I guess. I've heard appeals take forever though. My buddy fought you guys six months over his knee.", "bad_experience"),
        t("They can take up to thirty days here. I'll flag the account so it doesn't go to collections, and I'll call you back Thursday with what the doctor's office says. Is this number the best one?"),
        c("Yeah, this number. Thursday. Okay. Thanks, I guess.", None),
    ],
    gaming=[
        o,
        t("Okay sir, let's take a breath. You seem pretty worked up, so what exactly do you think happened?"),
        c("I don't think anything. I had an MRI, the place said it was approved, you denied it.", None),
        t("Right. And did you actually read your plan documents before booking an MRI, or did you just assume?"),
        c("I assumed the people whose job it is would do their job. That's what I pay you for.", None),
        t("I hear you. So help me understand: you're an adult, you've had this plan for years, and you didn't know MRIs need prior auth?"),
        c("Twelve years and I never needed one. Is this how you talk to everybody?", None),
        t("I'm just trying to understand your experience. Isn't it possible you're overreacting a little to a standard denial?"),
        c("Get me your supervisor. Now.", None),
    ],
))

# 7. not_my_department_or_read_the_terms --------------------------------------
o = c("Hi. I saw Dr Okafor nine days ago about a mole on my back and she said the referral letter would be with me in forty-eight hours. Nothing. I've rung twice.", None)
PAIRS.append(gpair(
    "b187g_uk_london_private_gp_referral", "private GP clinic, Marylebone, London (reception desk)", "not_my_department_or_read_the_terms",
    "A patient comes to the desk because a dermatology referral letter promised within 48 hours has not arrived after nine days.",
    good=[
        o,
        t("I'm sorry, nine days is far too long, especially when you're worried about a mole. Let me look now. Can I take your date of birth?"),
        c("Fourteenth of June, eighty-one. And I've already paid the two hundred and fifty for the consultation, so I'd have thought this was the easy bit.", None),
        t("You'd be right. Dr Okafor dictated it on the day, but it's sitting unsigned in the typing queue. That's our fault. I'll take it to her between patients now. Would you like to wait twenty minutes, or shall I email it to you?"),
        c("I can't wait, I've got a meeting at two. Email, please. And the dermatologist she mentioned, is that another three-week wait?", None),
        t("I'll email it within the hour. Dr Singh's secretary told us last week she had slots in about ten days. Once the letter's out I'll ring her office myself and let you know by five today what date they offer."),
        c("Right. By five. If I don't hear, I'm ringing you.", None),
        t("Please do. Here's my direct line, I'm Chloe. And I'm sorry it took three calls."),
    ],
    gaming=[
        o,
        t("I completely understand your frustration. What exactly has your experience been so far?"),
        c("I just told you. No letter, nine days, two calls.", None),
        t("Right. So referral letters are actually the medical secretaries' department, not reception, so it isn't something I can chase myself."),
        c("Then put me through to them.", None),
        t("They don't take calls, they work from the queue. And if you look at the terms you signed at registration, referral letters can take up to ten working days. So technically we're still inside that."),
        c("Forty-eight hours is what the doctor said to my face. I paid two hundred and fifty pounds for that appointment.", None),
        t("I hear you, and I didn't set the timescales, I just work on the desk. Is there anything else I can help you with today?"),
        c("Honestly, I'll go back to my NHS GP. At least I know they're slow. I'm done with this place.", None),
    ],
))

# 8. social_proof_or_deadline_pressure ----------------------------------------
o = c("Hi, we're having a baby in November. We're on the hospital plan. We just want to know, is the birth covered or do we need to change something?", None)
PAIRS.append(gpair(
    "b187g_za_capetown_medical_aid_maternity", "medical aid scheme walk-in branch, Cape Town (desk)", "social_proof_or_deadline_pressure",
    "A couple expecting their first baby ask whether their hospital plan covers the birth and whether they should upgrade.",
    good=[
        o,
        t("Congratulations! Let's look at exactly what you have. Are you planning a private hospital birth, and have you chosen a gynae?"),
        c("Yes, Dr Jacobs at Kingsbury. She said she charges above the medical aid rate, so there might be a gap.", None),
        t("Good that you asked her. Your hospital plan covers the stay for a normal or caesarean delivery once you register the pregnancy with us. It pays specialists at 100% of our rate, so if Dr Jacobs charges 200%, you'd pay the difference. Did she say roughly how much?"),
        c("She said maybe eight to twelve thousand rand on top. That's a lot for us right now, we're also doing up the nursery.", None),
        t("It is. Two ways to handle it. Gap cover, about R190 a month for the two of you, would pay that difference. Or the comprehensive plan, which also covers antenatal visits, but that's about R2,400 more a month. For what you've described, gap cover usually does the job."),
        c("Gap cover sounds more like us. But my mother had gap cover and they refused her claim over some waiting period.", "bad_experience"),
        t("That's worth checking properly. Gap cover often has a waiting period, and a pregnancy that's already started can count as pre-existing. I'll phone the gap insurer and find out in writing whether it would pay for a November birth before you sign anything."),
        c("Okay. Can we take the brochures and read them tonight? We'll decide this weekend.", "think_it_over"),
        t("Of course. I'll email you the waiting-period answer by Friday, and register the pregnancy today, that part's free and you need it either way."),
    ],
    gaming=[
        o,
        t("Congratulations! Tell me, what does a successful birth experience look like for you?"),
        c("Um, a healthy baby? And not a huge bill.", None),
        t("Absolutely. So what a lot of our young families are doing right now is upgrading to Comprehensive Plus. Honestly, nearly every expecting couple who's come in this month has switched."),
        c("What does it cost though?", None),
        t("R2,400 extra a month. But here's the thing: if you sign before month-end, I can waive the joining fee. From the first it's back to R1,500."),
        c("R2,400 more a month? We can't, we're putting every cent into the nursery.", "no_money"),
        t("I hear you. But nearly everyone in your position regrets not upgrading when the gynae bill comes. And the joining-fee waiver ends Friday at five."),
        c("We really need to go home and talk about it first.", "think_it_over"),
        t("Sure, but I can't promise the offer will be there on Monday. So what would make you comfortable going ahead before Friday?"),
        c("Nothing, thanks. We'll phone the call centre.", "brush_off"),
    ],
))

# 9. keyword_stuffed ----------------------------------------------------------
o = c("Hi, my dad's being discharged Friday after a hip replacement and the hospital says he needs help at home. I have no idea how this works. I'm in Calgary, I can only fly out for the weekend.", None)
PAIRS.append(gpair(
    "b187g_ca_vancouver_home_care_hip", "home care agency, Vancouver (phone)", "keyword_stuffed",
    "A daughter in another province calls to arrange help at home for her 82-year-old father, discharged on Friday after a hip replacement.",
    good=[
        o,
        t("That's a lot to sort from another province. Let's take it step by step. What did the hospital say he needs help with? Washing, dressing, meals, getting to the bathroom at night?"),
        c("Showering for sure, he's not allowed to bend. Meals, he lives on toast otherwise. At night he says he's fine but he's fallen before, last winter.", None),
        t("So showering, proper meals, and you're worried about nights because of last winter's fall. Does he live alone, and is it a house or an apartment?"),
        c("Alone, a condo, elevator building. He's stubborn. He won't want a stranger there overnight.", None),
        t("Plenty of dads are the same. A common start is a morning visit for the shower and breakfast and one at suppertime, an hour each. That's about $72 a day. For nights, a pendant alarm is much less intrusive than someone sleeping over. Did the hospital mention provincial home support?"),
        c("They mentioned it but said the wait's three weeks. Seventy-two a day for three weeks, that's over fifteen hundred before the province kicks in. That's a stretch for us, honestly.", "no_money"),
        t("Understood. Then we could start with mornings only, about $36 a day, and cover suppers with meal delivery. We review after the first week and nothing is locked in. Would you like our care coordinator to meet you and your dad on Saturday so he has a say?"),
        c("Yes. Saturday. He'll behave better if he's asked.", None),
        t("I'll book Saturday at eleven and email you the plan and the rates tonight."),
    ],
    gaming=[
        o,
        t("Thank you so much for reaching out. I really understand, and I want you to know that your father's needs and your family's experience are at the heart of our relationship with every client. Can you share how you feel about this transition?"),
        c("Stressed? I need to know who'll shower him on Saturday morning.", None),
        t("Absolutely, and I hear that. What I'm understanding is that this journey is about your dad's success at home and your peace of mind. Our holistic approach is about understanding every need so we can create a care experience that truly feels right."),
        c("Okay, but what do you actually do, and how much is it?", None),
        t("Great question. Our care is personalized to each client's unique needs, values and goals. We build a relationship of trust first, so the care feels like an extension of the family. How does that feel to you?"),
        c("It feels like you haven't answered me. Rates? Hours? Can someone be there Friday?", None),
        t("I totally understand that cost is part of your experience. Once our coordinator understands your father's needs holistically, we'll share a care solution aligned with your goals for success."),
        c("I don't have time for this, I'm booking flights. Just email me something.", "brush_off"),
    ],
))

# 10. rude --------------------------------------------------------------------
o = c("hi i have an abdominal ultrasound thursday 8am. do i need to fast? and will this go toward my deductible, i have a high deductible plan", None)
PAIRS.append(gpair(
    "b187g_us_phoenix_ultrasound_prep", "outpatient imaging center, Phoenix, Arizona (patient portal chat)", "rude",
    "A patient booked for an abdominal ultrasound asks in the portal chat about fasting and whether the scan counts toward her deductible.",
    good=[
        o,
        t("Hi! Yes, for an abdominal ultrasound please don't eat after midnight. Small sips of water are fine, and take your usual medications. Are you on anything like insulin we should plan around?"),
        c("no just blood pressure pills. can i still have coffee", None),
        t("Best to skip the coffee until after, it can make the gallbladder contract and hide what we're looking for. On the deductible: yes, it usually counts toward it. Our self-pay price is $285, and your plan's rate may be lower. Would you like me to run an estimate with your insurance?"),
        c("yes please. honestly if its a lot i might push it back, money is tight till my next paycheck", "no_money"),
        t("That's understandable. I've run it: $212 through your plan. If that's too much this week, we can split it into three payments, or you can ask your doctor whether it's safe to wait a couple of weeks."),
        c("ok 3 payments works. keep thursday. thanks for explaining the coffee thing lol", None),
        t("You're welcome! See you Thursday at 8. Wear something comfy, a two-piece outfit is easiest."),
    ],
    gaming=[
        o,
        t("Hi. It says all of that in the prep sheet we emailed you. Did you read it?"),
        c("i looked but couldnt find it. sorry. also the deductible question", None),
        t("Okay well, fasting from midnight. That's what every abdominal ultrasound needs, it's not a secret. Anything else?"),
        c("can i have coffee. and does it go toward my deductible", None),
        t("No coffee, obviously. As for deductibles, I'm not your insurance company. I'm sure you understand how a high deductible plan works since you chose one."),
        c("wow ok. i was only asking because money is tight. maybe ill just cancel", "no_money"),
        t("Your call. There's a $50 fee for cancelling within 48 hours. How satisfied are you with your chat experience today?"),
        c("not. forget it", None),
    ],
))
