"""Ranked pairs f01-f10 (b228): both sides share every turn (the same variables) except one fault in `worse`
and the customer's reaction to it. Written by hand."""
from common import c, rpair, t

# f01: argues with the customer
f01_o = c("Hiya. I've had these new hearing aids three weeks now. At home they're lovely. But in a restaurant they're useless, it's like sitting inside a tin full of cutlery.", None)
f01_t1 = t("Thanks for coming back in, three weeks is exactly when we want to hear this. Where were you, and what was it like? The whole room loud, or certain sounds?")
f01_c1 = c("Our anniversary, a busy place in Cathays. Every plate and every laugh was right in my ear, and I couldn't hear my husband across the table. I took them out in the end.", None)
f01_t2_good = t("That sounds miserable, and on your anniversary too. Those sudden clattery sounds are something I can turn down, and I can add a restaurant setting that focuses on the person in front of you.")
f01_c2_good = c("Oh, that would help. I'd honestly started to wonder if I'd wasted my money.", None)
f01_t2_bad = t("I wouldn't say they're useless, to be fair. These are top of the range and the noise reduction is excellent. Most people find restaurants fine with them.")
f01_c2_bad = c("Well, I'm not most people. I was there and they were useless. I'm starting to think I've wasted my money on the things.", "bad_experience")
f01_t3 = t("Let's set up the restaurant program now, it takes about fifteen minutes, and I'll show you the button to switch to it. Then try it somewhere noisy and come back on Friday so I can fine-tune it.")
f01_c3 = c("Friday's my grandson's sports day. Could we do Monday?", "no_time")
f01_t4 = t("Monday at ten, then. And if it's still no good after that, we'll look at other options within your trial.")

# f02: doubts the customer's honesty
f02_o = c("Hi. My mother was supposed to move into your assisted living on the first. She passed away on the twenty-sixth, before she ever moved in. We paid a twenty-five hundred dollar community fee, and I'd like to know about getting it back.", None)
f02_t1 = t("I'm very sorry about your mother. Let me pull up her file. Can you tell me what you were told about the fee when you paid it?")
f02_c1 = c("The admissions lady, Karen, told me on the tour it was fully refundable if Mom didn't move in. I remember because that's what made me comfortable paying it.", None)
f02_t2_good = t("Thank you. I can see the fee and the move-in date. I'll check with Karen today, and if that's what she told you, we'll honor it.")
f02_c2_good = c("Thank you. I really didn't want to have to fight about this on top of everything.", None)
f02_t2_bad = t("Hmm. Are you sure that's what she said? The agreement says the community fee is non-refundable, and families sometimes remember these conversations differently, especially at a stressful time.")
f02_c2_bad = c("I'm sure. I'm grieving, I'm not confused. Whatever you decide, I want it in writing, and I'll talk to a lawyer if I have to.", None)
f02_t3 = t("I'll speak to Karen and our executive director today and call you back by Thursday with an answer, and then put it in writing.")
f02_c3 = c("Thursday. And I want a phone call, not just an email.", None)
f02_t4 = t("A call first, then an email confirming it. You have my direct line.")

# f03: drops the price before asking anything
f03_o = c("Hi, how much is a stairlift for a straight staircase? It's for my dad, he's seventy-nine, he lives in Waterkloof.", None)
f03_t1_good = t("Hi. For a straight staircase, new lifts start at around sixty-five thousand rand installed. Can I ask a bit about your dad and the stairs, so I can tell you which one would actually suit him?")
f03_c1_good = c("Ja, okay. He's got a bad knee, but otherwise he's strong. There's fifteen steps, and a door right at the bottom.", None)
f03_t1_bad = t("Hi. Look, normally it's sixty-five thousand, but I can do you twenty percent off right now, that's fifty-two thousand, if you book this week.")
f03_c1_bad = c("Twenty percent off already? I only just asked. Now I'll have to get other quotes to know what the real price is. Anyway, he's got a bad knee. There's fifteen steps and a door right at the bottom.", "think_it_over")
f03_t2 = t("A door at the bottom matters, the rail mustn't block it, so we'd use a hinged rail that folds up out of the doorway. And a swivel seat, so he gets off facing the landing and not twisting his knee. I'd need to measure; it's free and takes half an hour.")
f03_c2 = c("He's at bowls Tuesdays and Thursdays. Any other day.", None)
f03_t3 = t("Wednesday at ten? I'll bring a written quote on the day.")
f03_c3 = c("Wednesday's fine. I'll be there too, he doesn't like people in the house without me.", None)

# f04: an unasked lecture
f04_o = c("Hello, I look after my mum full-time, she's got dementia. I've finally booked a week away in May, first break in three years, and I need someone to cover while I'm gone.", None)
f04_t1 = t("Good for you, three years is a long stretch. Can you tell me what a day with your mum looks like, so we match the cover to it?")
f04_c1 = c("She needs help washing and dressing, all her meals, and someone there at night because she wanders. She's calm if the telly's on and there's a cup of tea going.", None)
f04_t2_good = t("So help with personal care, all her meals, and someone awake overnight because of the wandering. For a full week that's live-in respite with a waking night, about one thousand six hundred pounds for the seven days.")
f04_c2_good = c("That's about what I'd budgeted. Alright.", None)
f04_t2_bad = t("So help with personal care, all her meals, and someone awake overnight. Can I just say, though, as someone who sees this every day: you can't keep going on your own. Carers burn out, and you should be looking at permanent care, not a week off. Anyway, live-in respite with a waking night is about one thousand six hundred pounds for the seven days.")
f04_c2_bad = c("I didn't ring for advice about my life, thanks, I rang for a week's cover. The price is about what I'd budgeted.", None)
f04_t3 = t("Could our care manager visit before May, so she meets your mum and the carer can learn her routine while you're still there?")
f04_c3 = c("Not before the twentieth, I've got her hospital appointments. After that, any afternoon.", "no_time")
f04_t4 = t("I'll book the twenty-second at two and send you the carer's profile beforehand.")

# f05: a vague next step
f05_o = c("Hi, it's Tom Hewitt, I'm executor for my mum's estate. We've had an offer on her house, and the buyers want to know when we'll have probate. My brother's pushing me to accept today.", None)
f05_t1 = t("Hello Tom. Good news about the offer, though I'm sorry it's happening at such a sad time. Where are we with the valuations? Have the bank and the pension come back?")
f05_c1 = c("All except the building society. They said ten days. That was two weeks ago.", None)
f05_t2 = t("Right. The building society figure is the last piece before we can send the inheritance tax forms and apply. Once we apply, probate is taking around twelve to sixteen weeks at the moment. You can accept the offer, but the buyers need to know completion can't happen until probate is granted.")
f05_c2 = c("Sixteen weeks. The buyers might walk. I'll have to talk to my brother before we say yes to them.", "think_it_over")
f05_t3_good = t("That's sensible. I'll chase the building society myself today, and by Friday I'll email you a letter you can pass to the buyers' solicitor explaining the timescale. I'll ring you on Monday at ten to see where you've got to with your brother.")
f05_c3_good = c("That's helpful, thanks. Monday at ten.", None)
f05_t3_bad = t("That's sensible. We'll chase things up at this end and be in touch once we know more.")
f05_c3_bad = c("In touch when, though? The buyers want an answer this week.", None)

PAIRS = [
    rpair(
        "b228r_f01_cardiff_hearing_restaurant",
        "A woman at a hearing clinic in Cardiff (UK) says her new aids are useless in restaurants. Worse argues that they are not useless; everything else is shared.",
        better=[f01_o, f01_t1, f01_c1, f01_t2_good, f01_c2_good, f01_t3, f01_c3, f01_t4],
        worse=[f01_o, f01_t1, f01_c1, f01_t2_bad, f01_c2_bad, f01_t3, f01_c3, f01_t4],
    ),
    rpair(
        "b228r_f02_baltimore_assisted_living_refund",
        "A bereaved daughter asks an assisted-living community in Baltimore, Maryland (US) to refund the fee paid for her mother, who died before moving in. Worse suggests she may be misremembering what she was told.",
        better=[f02_o, f02_t1, f02_c1, f02_t2_good, f02_c2_good, f02_t3, f02_c3, f02_t4],
        worse=[f02_o, f02_t1, f02_c1, f02_t2_bad, f02_c2_bad, f02_t3, f02_c3, f02_t4],
    ),
    rpair(
        "b228r_f03_pretoria_stairlift_price",
        "A daughter in Pretoria (South Africa) asks the price of a stairlift for her father. Worse offers a discount before asking anything, which makes her doubt the price.",
        better=[f03_o, f03_t1_good, f03_c1_good, f03_t2, f03_c2, f03_t3, f03_c3],
        worse=[f03_o, f03_t1_bad, f03_c1_bad, f03_t2, f03_c2, f03_t3, f03_c3],
    ),
    rpair(
        "b228r_f04_norwich_respite_week",
        "A son who cares full-time for his mother with dementia books a week's respite cover in Norwich (UK). Worse gives him an unasked lecture about carer burnout and permanent care.",
        better=[f04_o, f04_t1, f04_c1, f04_t2_good, f04_c2_good, f04_t3, f04_c3, f04_t4],
        worse=[f04_o, f04_t1, f04_c1, f04_t2_bad, f04_c2_bad, f04_t3, f04_c3, f04_t4],
    ),
    rpair(
        "b228r_f05_bath_probate_house_sale",
        "An executor in Bath (UK) with an offer on his late mother's house asks his solicitor about probate timing. Worse ends with a vague 'we'll be in touch' instead of a dated next step.",
        better=[f05_o, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_good, f05_c3_good],
        worse=[f05_o, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_bad, f05_c3_bad],
    ),
]

# f06: over-promises
f06_o = c("Hi, my father has Alzheimer's, he's in Durban North. The last agency sent a different lady almost every day and he was terrified, he thought strangers were breaking in. I need to know it won't be like that.", "bad_experience")
f06_t1 = t("That sounds frightening, for him and for you. How many days a week does he need someone, and at what times?")
f06_c1 = c("Weekdays, eight till two, while I'm at work. Weekends my husband and I manage.", None)
f06_t2_good = t("I'll be honest: I can't promise one person every single day, because carers get sick and take leave. What I can do is a small team of two, always the same two, who both get to know him, and if either is off we phone you the night before so he isn't surprised.")
f06_c2_good = c("Two I can live with. As long as he knows their faces.", None)
f06_t2_bad = t("I can guarantee it won't happen. You'll have one carer, the same lady every single day, she'll never be late and never off sick, we make sure of that.")
f06_c2_bad = c("Never off sick? Well, if you say so. That's exactly what the last lot told us.", "bad_experience")
f06_t3 = t("We'd start with a week where I come along on the first visits, so I can see how he takes to the carer. Dementia care is R320 an hour.")
f06_c3 = c("R320 an hour is more than the last agency charged. Let me see how it adds up for a month.", "too_expensive")
f06_t4 = t("I'll send you the monthly total today so you can look at it properly.")

# f07: closes before checking the thing works
f07_o = c("Hi. I've been thinking about one of those folding scooters. My daughter's over in Kissimmee and I'd like to take the grandkids to the parks, but my knees can't do those distances anymore.", None)
f07_t1 = t("That sounds like a great reason. How would you get it in and out of the car? Would someone help you lift it, or would you be on your own?")
f07_c1 = c("Oh, I'm only looking today, I'm not buying anything yet. But on my own, mostly. I'm seventy-four but I'm pretty strong. I drive a Corolla.", "brush_off")
f07_t2 = t("Then this one's worth a look: it folds in one piece, the heaviest part is forty-one pounds, and the range is about twelve miles. It's nineteen ninety-five.")
f07_c2 = c("Oh, I like that one. It's a bit more than I meant to spend, but the grandkids are worth it.", None)
f07_t3_good = t("Before you decide anything, let's wheel it out to your car and check it fits in the trunk, and that you can lift it in yourself. No point buying it if it doesn't.")
f07_c3_good = c("Good idea. I'm parked right out front.", None)
f07_t3_bad = t("Great choice! Let's get you rung up, then. Card or cash?")
f07_c3_bad = c("Wait, shouldn't we see if it even fits in my trunk first? And whether I can lift it?", None)

# f08: recommends before asking
f08_o = c("Hi there. I'm calling about your place in Asheville. My wife has Parkinson's, and I'm having my hip replaced in March, and I don't know what we're going to do.", None)
f08_t1_good = t("That's a lot to juggle. Tell me what you're picturing: something short-term while you recover, or a longer move for both of you?")
f08_c1_good = c("Short-term. I do everything for her, so when I'm laid up for six weeks she'll need somewhere. We're not moving, we love our house.", None)
f08_t1_bad = t("I'm sorry to hear that. You'd both be perfect for our two-bedroom cottages. There's one available now with a mountain view, and assisted living right next door for when she needs it.")
f08_c1_bad = c("We're not moving, we love our house. I'm talking about six weeks while I'm laid up. She needs somewhere while I can't look after her.", "no_need")
f08_t2 = t("Then what you need is a respite stay. We can take her in assisted living for a minimum of two weeks and up to eight, and you could visit every day once you're driving again. It's two hundred and forty a day, care included.")
f08_c2 = c("That's ten thousand dollars for six weeks. We don't have that lying around, honestly.", "no_money")
f08_t3 = t("Medicare generally doesn't pay for respite like this, but long-term care insurance might, or the VA if either of you served. Can I send you the details and set up a visit so she can see the room before March?")
f08_c3 = c("Yes, she'll want to see it. Next week, any day but Wednesday, that's her neurologist.", None)

# f09: unexplained jargon
f09_o = c("Good day. My wife and I are both seventy-three. We want a will so that if I die first, she can stay in the house for the rest of her life, but after that it must go to our children. My son from my first marriage must get his share too.", None)
f09_t1 = t("Good day. That's a very common wish, and it's good to sort it out now. Is the house in both your names, and are you married in community of property?")
f09_c1 = c("In community of property, yes. Forty years. The house is paid off.", None)
f09_t2_good = t("Then half the house is already your wife's. For your half, we can give her the right to live in it and use it for the rest of her life, while the ownership goes to all three children, your son included. She can't sell it without them, but nobody can put her out. Does that match what you want?")
f09_c2_good = c("Yes, exactly that. She stays, and my son isn't left out.", None)
f09_t2_bad = t("Then we'd do a joint will with massing, leaving a usufruct over your half share to the survivor and the bare dominium to the three children, with a fideicommissum as a fallback. Does that match what you want?")
f09_c2_bad = c("I'm sorry, I didn't understand one word of that. Usu-what? I must first ask my daughter, she's the clever one.", "think_it_over")
f09_t3 = t("I'll write it all out on one page for you to take home. The fee for both wills is R2,400, and we keep the originals in our safe free of charge. Could you both come back on Monday to sign?")
f09_c3 = c("Not Monday, Monday is my dialysis. Tuesday we can come.", "no_time")

# f10: talks about themselves instead of the customer
f10_o = c("I'm calling about my son, Caleb. He was twenty-four. Motorcycle accident Friday night. The coroner said we can call a funeral home now. I don't know what I'm supposed to ask.", None)
f10_t1 = t("I am so sorry. There's nothing you're supposed to ask; I'll guide you through it. Can I ask who's with you right now?")
f10_c1 = c("My husband. Caleb's dad and I are divorced, but he'll want a say. They weren't speaking when he died. That's the part I can't stand.", None)
f10_t2_good = t("That's so much to carry. We can plan this so both of you have a say; families in your situation often meet with us together, or one after the other if that's easier. What do you think Caleb would have wanted?")
f10_c2_good = c("He'd want his bike there. And music, loud music. Not a church, he hated church.", None)
f10_t2_bad = t("I understand more than you know. When my brother died in a car wreck, my parents hadn't talked in years, and I had to plan the whole thing myself at nineteen. Hardest thing I've ever done, honestly, I still think about it every day. Anyway, what do you think Caleb would have wanted?")
f10_c2_bad = c("Okay. I'm sorry about your brother. Can we talk about Caleb? He'd want his bike there. And loud music. Not a church, he hated church.", None)
f10_t3 = t("We can do that. We have a hall that isn't religious, and the bike can stand at the front. Would tomorrow at eleven work for you and his dad to come in, together or one after the other?")
f10_c3 = c("Tomorrow's too soon for his dad, he's driving in from Memphis. Could it be Wednesday?", "no_time")
f10_t4 = t("Wednesday at eleven. I'll text you the address and a short list of what to bring, like a photo and any clothes you'd like him dressed in.")

PAIRS += [
    rpair(
        "b228r_f06_durbannorth_homecare_same_carer",
        "A daughter in Durban North (South Africa), burned by an agency that sent a different carer daily to her father with Alzheimer's, asks for consistency. Worse over-promises one carer who is never late or sick.",
        better=[f06_o, f06_t1, f06_c1, f06_t2_good, f06_c2_good, f06_t3, f06_c3, f06_t4],
        worse=[f06_o, f06_t1, f06_c1, f06_t2_bad, f06_c2_bad, f06_t3, f06_c3, f06_t4],
    ),
    rpair(
        "b228r_f07_orlando_folding_scooter",
        "A 74-year-old woman at a mobility store near Orlando, Florida (US) likes a folding scooter she will have to lift into her Corolla alone. Worse tries to ring up the sale before checking it fits in her trunk and she can lift it.",
        better=[f07_o, f07_t1, f07_c1, f07_t2, f07_c2, f07_t3_good, f07_c3_good],
        worse=[f07_o, f07_t1, f07_c1, f07_t2, f07_c2, f07_t3_bad, f07_c3_bad],
    ),
    rpair(
        "b228r_f08_asheville_respite_parkinsons",
        "A man whose wife has Parkinson's calls a retirement community in Asheville, North Carolina (US) because he is having a hip replaced. Worse recommends a cottage before asking what he needs (a six-week respite stay).",
        better=[f08_o, f08_t1_good, f08_c1_good, f08_t2, f08_c2, f08_t3, f08_c3],
        worse=[f08_o, f08_t1_bad, f08_c1_bad, f08_t2, f08_c2, f08_t3, f08_c3],
    ),
    rpair(
        "b228r_f09_randburg_will_usufruct",
        "A couple of 73 in Randburg, Johannesburg (South Africa) want the survivor to keep the house and all children, including a son from a first marriage, to inherit later. Worse explains it in unexplained legal jargon.",
        better=[f09_o, f09_t1, f09_c1, f09_t2_good, f09_c2_good, f09_t3, f09_c3],
        worse=[f09_o, f09_t1, f09_c1, f09_t2_bad, f09_c2_bad, f09_t3, f09_c3],
    ),
    rpair(
        "b228r_f10_nashville_funeral_son",
        "A mother in Nashville, Tennessee (US) calls a funeral home the weekend her 24-year-old son died in a motorcycle accident; his father, estranged from him, will want a say. Worse talks about the trainee's own brother's death.",
        better=[f10_o, f10_t1, f10_c1, f10_t2_good, f10_c2_good, f10_t3, f10_c3, f10_t4],
        worse=[f10_o, f10_t1, f10_c1, f10_t2_bad, f10_c2_bad, f10_t3, f10_c3, f10_t4],
    ),
]
