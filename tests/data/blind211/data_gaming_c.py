"""Gaming pairs, file c (written by hand for blind211)."""
from common import c, gpair, t

# ---------------------------------------------------------------- 6 putdown_question
O1 = c("Hi, I applied for a loan for a second truck two weeks ago and today I got an email saying declined. No "
       "reason. I've been banking with you eleven years.", None)
P1 = gpair(
    "b211g_edmonton_truck_loan", "small-business lending line, Edmonton, Alberta, Canada", "putdown_question",
    "An owner-operator trucker whose equipment loan was declined calls to find out why; he has a new hauling "
    "contract and was off work last year after back surgery.",
    good=[
        O1,
        t("I'm sorry, that's frustrating, especially with no explanation after eleven years. Let me pull up the "
          "application. Can you tell me a bit about what the second truck is for?"),
        c("I have a contract hauling for a grocery distributor, Edmonton to Fort McMurray. They want two trucks "
          "from April. Right now I do it alone with one.", None),
        t("So you've got a signed contract that needs a second truck from April. Looking at the file, the "
          "decline was on cash flow. The application only had last year's tax return, and last year shows about "
          "three months with no income. Is that right?"),
        c("Yeah, I had surgery on my back. Three months no income. But this year is full.", None),
        t("That explains it: the system saw one weak year and no contract. If you send the distributor contract "
          "and your last six months of statements, I can ask the credit team to review it manually. I can't "
          "promise a yes, but it's a very different picture."),
        c("Six months statements, the contract. How long does it take? April is six weeks away.", None),
        t("A manual review usually takes ten business days, and if it's a yes the dealer can have funds within a "
          "week after. Tight, but doable. I'll flag it as time-sensitive."),
        c("Okay. Honestly, after last time, when you guys lost my papers for the first truck, I was ready to walk "
          "over to the credit union.", "bad_experience"),
        t("I'm sorry about that. This time I'll email you as each document arrives, so you know nothing's gone "
          "missing. Send them to this address tonight if you can."),
        c("Tonight, after my run. Thanks.", None),
    ],
    gaming=[
        O1,
        t("Okay, let's take a look. Before we go on, did you actually read the lending requirements before "
          "applying, or did you just fill it in on your phone?"),
        c("I read them. I've done this before, my first truck was financed with you.", None),
        t("Right. And do you understand what a debt service ratio is? Because yours is pretty far off."),
        c("I had back surgery last year, I was off the road three months. This year is full, I have a "
          "contract.", None),
        t("So what I'm hearing is last year was a bad year. You can see why we'd be nervous, can't you? Did you "
          "really expect the system to approve that?"),
        c("I expected somebody to look at the contract. You guys lost my papers last time too.",
          "bad_experience"),
        t("I'm sure that's frustrating. Is there anything else you'd like to add, or is that everything?"),
        c("That's everything. I'll take it to the credit union.", None),
    ],
)

# ---------------------------------------------------------------- 7 not_my_department_or_read_the_terms
O2 = c("Middag. I got a letter today that my claim for the roof is rejected. Wear and tear, it says. The storm "
       "took half my tiles off in June! Everybody in the street had damage.", None)
P2 = gpair(
    "b211g_capetown_roof_claim", "home insurance claims line, Cape Town, South Africa",
    "not_my_department_or_read_the_terms",
    "A retired homeowner in the northern suburbs phones after his storm-damage claim was rejected as wear and "
    "tear.",
    good=[
        O2,
        t("Middag, and I'm sorry, that's a hard letter to get after a storm. Let me open the claim, I have the "
          "assessor's report here. Can you tell me what happened that night, and what you found afterwards?"),
        c("Wind like I've never seen. In the morning there were tiles in the garden and water in the ceiling of "
          "the back bedroom. My neighbour also lost tiles and his claim was paid.", None),
        t("So tiles came off that night, water got into the back bedroom, and your neighbour's similar claim was "
          "paid. The assessor's note says the mortar on the ridge was cracked before the storm, that's why it says "
          "wear and tear. Had any work been done on the roof before?"),
        c("The roof is from 1988. Nobody ever told me it needed anything. I've paid premiums for twenty years.",
          None),
        t("I hear you. Here's what I can do. The storm is on record, and the assessor may have judged the whole "
          "roof when only part of it was old. I can log a formal dispute and ask for a second assessor, you're "
          "entitled to one. Photos from that morning, or a roofer's report saying it's storm damage, would help a "
          "lot."),
        c("I have photos on my phone. But honestly, I don't trust another one of your assessors.",
          "bad_experience"),
        t("That's fair. You can get your own roofer's report and we have to consider it. And if the dispute "
          "fails, you can go to the Ombudsman for Short-term Insurance, it's free. I'll email you the dispute form "
          "and the Ombud's details today."),
        c("Okay. Send it. I'll get my own roofer out.", None),
    ],
    gaming=[
        O2,
        t("I'm sorry to hear that, and I totally understand your frustration. Unfortunately the assessors make "
          "that decision, not me. I'm in customer service."),
        c("Then put me through to the assessor.", None),
        t("They don't take calls directly, I'm afraid. What I'd suggest is reading section twelve of your policy "
          "wording, the exclusions. Wear and tear and lack of maintenance are clearly listed there."),
        c("I've paid premiums for twenty years. Twenty years, and now I must go read section twelve?", None),
        t("I hear you, and I didn't write the policy. Those are the terms you agreed to when you signed up. Is "
          "there anything else you need help with today?"),
        c("Ja. Cancel my policy. I'll go to a company that pays.", None),
        t("I understand. Cancellations are handled by the retention department, I can give you their number. It's "
          "all in the welcome pack as well."),
        c("Unbelievable.", None),
    ],
)

# ---------------------------------------------------------------- 8 social_proof_or_deadline_pressure
O3 = c("hey so my coworkers keep talking about rrsp season and i feel like i should be doing something but idk "
       "what. im 26 and have like 8k in savings", None)
P3 = gpair(
    "b211g_toronto_rrsp_season", "bank online chat, Toronto, Ontario, Canada", "social_proof_or_deadline_pressure",
    "A 26-year-old dental office worker asks in chat whether she should put her savings into an RRSP before the "
    "deadline; the money is really her emergency fund.",
    good=[
        O3,
        t("Hi! Good question to be asking at 26. Before RRSP or anything else, can I ask what the 8k is for? An "
          "emergency fund, a goal like a car or a condo, or just sitting there?"),
        c("mostly emergency i guess. i rent. maybe want to buy a condo in like 5 years but thats a dream with "
          "toronto prices lol", None),
        t("So it's your emergency cushion, and a condo in about five years is a maybe. Roughly what's your income? "
          "It matters because the RRSP refund is worth more the higher your tax bracket."),
        c("about 58k. i work in a dental office", None),
        t("At 58k an RRSP does give a refund, but for a first home in five years the FHSA, the first home savings "
          "account, usually beats it: you get the deduction now and tax-free withdrawal for the home. I'd also keep "
          "about three months of expenses as an emergency fund you can reach. How much do you spend a month, "
          "roughly?"),
        c("rent is 1900 so like 3k all in. so i guess the 8k is mostly my emergency fund lol. i dont really have "
          "extra to put anywhere", "no_money"),
        t("That's a really honest read of it. Then there's no rush this month. If you can put even 100 or 200 a "
          "month into an FHSA from your pay, that's a good start, and unused room carries forward. Want me to send "
          "you a one-page comparison of FHSA and RRSP?"),
        c("ya send it. ill look at it on the weekend", None),
        t("Sent. And there's no deadline crunch on the FHSA, it runs on the calendar year. Message me here once "
          "you've read it."),
        c("cool thanks, way less stressful than my coworkers made it sound", None),
    ],
    gaming=[
        O3,
        t("Hi! Great timing, the RRSP deadline is this Monday, so you've only got a few days. Honestly, nearly all "
          "our clients your age are maxing out this week. What's your biggest financial goal?"),
        c("idk, maybe a condo someday. but the 8k is kind of my emergency fund", None),
        t("Love it. So putting the 8k in an RRSP today gets you a refund of around two and a half thousand, and "
          "your coworkers are clearly already on it. You don't want to be the one who missed the deadline, "
          "right?"),
        c("if i put it all in i have nothing for emergencies tho. my car broke down last year and that was 2k",
          "no_money"),
        t("I hear you, but after Monday this year's window closes and you'd be leaving money on the table. Our "
          "Growth RRSP fund had a great year, most people your age are in it. Shall I move the 8k across now?"),
        c("idk man. i want to ask my dad, he does his own investing", "think_it_over"),
        t("Totally, but I'd hate for you to miss out, the system gets slammed on Monday. I can hold your spot "
          "until end of day today if you want."),
        c("nah its fine. ill figure it out", "brush_off"),
    ],
)

# ---------------------------------------------------------------- 9 keyword_stuffed
O4 = c("Hello, my business account fees went from about four hundred to nine hundred rand last month. I want "
       "someone to explain to me what I'm paying for.", None)
P4 = gpair(
    "b211g_polokwane_business_fees", "business banking phone line, Polokwane, South Africa", "keyword_stuffed",
    "A building contractor whose monthly bank fees more than doubled wants to know why; he pays many site workers "
    "in cash.",
    good=[
        O4,
        t("Sure, let's go through it line by line. I'm opening last month's statement. Did anything change in how "
          "you used the account last month? More payments, more cash?"),
        c("We started a new site in Seshego, so I paid more workers. Cash, mostly, they don't all have bank "
          "accounts. I drew cash maybe fifteen times.", None),
        t("That's it, I think. Here: fifteen cash withdrawals at about twenty-two rand each plus a percentage, and "
          "eleven cash deposits from your clients at the branch, charged per thousand. Cash handling is about four "
          "hundred of the increase. Do your workers have cellphones?"),
        c("All of them, ja. Why?", None),
        t("Because instead of drawing cash you can send money to their phone number, and they withdraw it at any "
          "of our ATMs with a PIN, no bank account needed. It's about ten rand a payment, much cheaper than the "
          "cash. And your clients could pay you by EFT instead of depositing cash at the branch."),
        c("My old bank had a thing like that and the money got stuck for two days. The guys were very angry with "
          "me.", "bad_experience"),
        t("That would make anyone careful. Ours is usually instant, but I'd test it on two or three workers next "
          "Friday while you still pay the rest in cash. If it works, move the others over."),
        c("Okay, we can test with three guys. But I'm on site all week, I can't come in to set it up.", "no_time"),
        t("No need to come in, you can set it up on the business app. I'll send you a short guide, and if it "
          "doesn't work, call me directly."),
        c("Send it on WhatsApp. Thanks.", None),
    ],
    gaming=[
        O4,
        t("Thank you for reaching out, and I really want to understand your experience here. Fees are such an "
          "important part of our relationship, and your success as a business owner is our number one "
          "priority."),
        c("Okay. So why did they double?", None),
        t("That's a great question, and I hear that you feel the fees don't reflect the value of our "
          "relationship. What I'm understanding is that your need is to feel confident and empowered in your "
          "banking experience. Is that fair?"),
        c("My need is to know why I paid five hundred rand more. Can you look at the statement?", None),
        t("Absolutely. I can see various transactional charges in line with your pricing option, which supports "
          "your business journey. How do you feel about your overall experience with us?"),
        c("I feel like you're wasting my time. I'm on site, I can't do this.", None),
        t("I completely understand, and I value your feedback. I'll note that you'd like a pricing review, and a "
          "relationship manager will reach out to discuss how we can better support your needs and your "
          "success."),
        c("When?", None),
        t("They'll be in touch as soon as possible. Is there anything else I can help with today?"),
        c("No. Just forget it.", None),
    ],
)

# ---------------------------------------------------------------- 10 rude
O5 = c("Hello. They closed the branch in the town and now I'm told to do everything on the online. I'm "
       "seventy-four and I can't get the thing to let me in. It keeps asking for a code.", None)
P5 = gpair(
    "b211g_athlone_app_login", "phone banking, Athlone, Ireland", "rude",
    "A 74-year-old man whose local branch closed cannot get past the one-time code when logging in to the "
    "banking app.",
    good=[
        O5,
        t("Hello, and I'm sorry about the branch, a lot of people are in the same boat. We'll get you in. Are you "
          "on a computer or on a mobile phone?"),
        c("The phone. My granddaughter put the app on it before she went back. It says enter the code we sent you, "
          "and I don't know where it sent it.", None),
        t("The code comes as a text message, separate from the app. Could you look at your messages, the little "
          "speech-bubble picture, and see if there's one from us in the last few minutes?"),
        c("Hold on... the glasses... yes, there's one here. Six numbers.", None),
        t("That's the one. Go back to the app and type those six numbers in. Take your time, it gives you ten "
          "minutes."),
        c("I'm in. Well. It's showing my pension. Thank God.", None),
        t("Great. And if it ever gets too much, you can still do most things by phone with us, and the post "
          "office in the town does cash and lodgements for our customers. Would it help if I posted you a short "
          "printed guide?"),
        c("It would. I don't like the computer, but I'll try it. Post it on.", None),
    ],
    gaming=[
        O5,
        t("Right. It's a code. We text it to you. Have you checked your texts?"),
        c("I don't know where the texts are on this phone. My granddaughter set it up.", None),
        t("It's the messages app, it's on every phone. Look, I've a queue of people here. Can you not get your "
          "granddaughter to do it for you?"),
        c("She's in Australia. That's why I'm ringing you.", None),
        t("Well, I can't come over and press the buttons for you, can I? You'll get the hang of it, everyone else "
          "has. Anything else I can help with today?"),
        c("No. I'll drive to Mullingar and queue at the branch there.", None),
    ],
)

# ---------------------------------------------------------------- 11 ignored_customer
O6 = c("Hi, I'm a self-employed hairdresser, I rent a chair in a salon in Moncton. My friend broke her wrist last "
       "year and had no income for two months. It scared me. What can I get?", None)
P6 = gpair(
    "b211g_moncton_disability_cover", "insurance advisor's office, Moncton, New Brunswick, Canada",
    "ignored_customer",
    "A self-employed hairdresser with a mortgage and chair rent wants protection in case she cannot work.",
    good=[
        O6,
        t("That's a really good thing to think about when you're self-employed. If you couldn't work for a couple "
          "of months starting tomorrow, which bills would be the hardest to cover?"),
        c("The mortgage, fourteen hundred a month. And the chair rent at the salon, I still have to pay that even "
          "if I'm off. My partner works, but his pay doesn't cover everything.", None),
        t("So the mortgage and the chair rent are the ones that would hurt, around twenty-two hundred a month, and "
          "your partner can't carry it alone. What you're describing is disability insurance, which pays a monthly "
          "amount if you can't work, rather than life insurance. Do you have anything already, through a "
          "professional association maybe?"),
        c("No, nothing. I looked once online but the prices were crazy, like two hundred a month.",
          "too_expensive"),
        t("It can be pricey when you're self-employed. One way to bring it down is a longer waiting period: if you "
          "could live on savings for the first ninety days, the premium drops a lot compared to thirty. How long "
          "could your savings carry you?"),
        c("Maybe two months. Not three.", None),
        t("Then sixty days might be the balance. I'll get quotes for twenty-two hundred a month with a sixty and a "
          "ninety-day wait, so you can see the difference in dollars. I can have them by Thursday."),
        c("Okay, but I'm booked solid Thursday and Friday, I can't talk till Sunday.", "no_time"),
        t("Sunday's fine. I'll email them Thursday so you can look when you get a minute, and I'll call Sunday "
          "afternoon, if that suits."),
        c("Sunday after lunch. Perfect.", None),
    ],
    gaming=[
        O6,
        t("Great that you're thinking about protection! Tell me, do you have kids?"),
        c("No kids. It's me and my partner. I'm worried about the mortgage if I get hurt and can't work.", None),
        t("Okay, and how old are you?"),
        c("Thirty-four. Like I said, it's about if I can't work. My friend was off two months with a broken "
          "wrist.", None),
        t("Perfect. So I'd recommend our whole life policy, two hundred and fifty thousand, it builds cash value "
          "and leaves a legacy. It's a hundred and sixty a month. How does that sound?"),
        c("A legacy for who? I said I'm worried about not being able to work. I'm not planning on dying.",
          "no_need"),
        t("Great, and what other goals do you have for your money?"),
        c("Paying my mortgage. That's it. I think I'll look somewhere else.", None),
    ],
)

# ---------------------------------------------------------------- 12 repeated_questions
O7 = c("Good morning. I was retrenched at the end of last month and my bond payment is due on the first. I don't "
       "want to fall behind. What can I do?", None)
P7 = gpair(
    "b211g_eastlondon_bond_relief", "home loan collections line, East London, South Africa", "repeated_questions",
    "A recently retrenched technician phones his bank before missing a home loan payment; his wife, also on the "
    "bond, still works.",
    good=[
        O7,
        t("Good morning. I'm sorry about the retrenchment, and it's good you called before a payment is missed, "
          "that gives us more options. Did you get a severance package, and is there any income coming in now?"),
        c("I got three months' severance, and my wife still works, she's a teacher. But it's not enough for the "
          "bond and everything else.", None),
        t("So severance for about three months plus your wife's salary, but together it falls short of the bond "
          "and your other costs. How much is the instalment, and what could you realistically pay for a few "
          "months?"),
        c("The bond is eleven thousand four hundred. We could maybe do six thousand for a while.", None),
        t("Okay. There are two options. A temporary reduced payment, six thousand for up to six months, with the "
          "shortfall added to the loan afterwards. Or we extend the term so the instalment drops permanently, but "
          "you pay more interest over time. Which sounds closer to what you need?"),
        c("The temporary one. I'm applying for jobs, I'm an electrical technician, I hope something comes soon. "
          "But I must discuss it with my wife, she's on the bond too.", "think_it_over"),
        t("Of course, you both need to sign. I'll email the application for the reduced payment, with a space for "
          "your retrenchment letter. If it's back by the twenty-fifth, it'll be in place before the first."),
        c("I'll send it tonight. Thank you, I was dreading this call.", None),
    ],
    gaming=[
        O7,
        t("Good morning, sorry to hear that. To help you, can you tell me about your current income "
          "situation?"),
        c("I got three months' severance, and my wife works as a teacher. It's not enough for the bond.", None),
        t("Okay. And what's coming into the household each month at the moment?"),
        c("I just told you. Severance, and my wife's salary. About twenty-two thousand together.", None),
        t("Thank you. And just so I have the full picture, what would you say your monthly earnings are right "
          "now?"),
        c("Twenty-two. Why do you keep asking the same thing? My bond is eleven four, can you help me or not?",
          None),
        t("Absolutely. Last question on this: how would you describe your financial position in terms of "
          "income?"),
        c("I'm not doing this. Give me someone in the arrears department.", None),
    ],
)

# ---------------------------------------------------------------- 13 wrong_paraphrase
O8 = c("Hi. My car insurance renewal came in at nine hundred and sixty, it was seven hundred last year. I've had "
       "no claims. I need to know why, and whether it can come down.", None)
P8 = gpair(
    "b211g_donegal_car_renewal", "car insurance phone line, Letterkenny, Donegal, Ireland", "wrong_paraphrase",
    "A home care worker who now drives between clients asks why her car insurance renewal rose so much.",
    good=[
        O8,
        t("Hi, thanks for ringing. That's a big jump with no claims, I'll look into it. Before I do, has anything "
          "changed in how you use the car this year?"),
        c("Well, I started as a home care worker in September, so I'm driving to clients all over Inishowen. Five "
          "or six calls a day.", None),
        t("So since September you've been driving between clients for work, five or six calls a day. That's the "
          "reason, I'd say: the policy was updated to business use, which costs more, but it's the right cover. "
          "Without it, if you'd an accident between clients, the claim might not be paid. Does the care company "
          "give you a mileage allowance?"),
        c("They do, forty cent a kilometre. But nine sixty is still a lot out of my wages.", "too_expensive"),
        t("It is. A couple of things could bring it down. A higher excess, five hundred instead of three, saves "
          "about seventy. And your husband is a named driver, but if he has his own car and never drives yours, "
          "taking him off saves about forty. Would either of those suit?"),
        c("Take Seán off, he never drives it. I'll leave the excess, I couldn't find five hundred if something "
          "happened.", "no_money"),
        t("Done, that brings it to nine twenty. I'll email the new schedule. It's worth asking the care company "
          "whether they contribute towards business-use insurance, some do."),
        c("I'll ask my manager. Thanks for explaining it properly.", None),
    ],
    gaming=[
        O8,
        t("Hi, thanks for ringing. So what I'm hearing is you mostly use the car for the shopping and the school "
          "run, and you just want the cheapest price, is that right?"),
        c("No, I drive for work now. I'm a home care worker since September.", None),
        t("Right, so if I understand you, the car's mostly for getting to and from the one workplace, so "
          "commuting. And you'd be happy to drop the extras to get the price down. Did I get that right?"),
        c("Not one workplace. Five or six clients' houses a day. I never said anything about extras.", None),
        t("Perfect, so just to play it back: commuting only, basic cover, and you'd like to remove the business "
          "use you don't need. That gets you to seven forty. Shall I make the change?"),
        c("I do need it if I'm driving between clients, don't I? I'm not changing anything till I speak to someone "
          "who's listening.", None),
        t("Totally understand. So you'd like a callback from a colleague to discuss removing the business use, "
          "correct?"),
        c("No! Keep the business use. I'll ring back and get someone else.", None),
    ],
)

# ---------------------------------------------------------------- 14 pitch_to_upset
O9 = c("Hi, um, someone broke into our house last night while we were at my mom's. They took the laptops, my "
       "wedding ring... my kids' rooms are a mess. The police just left. I don't know what I'm supposed to do.",
       None)
P9 = gpair(
    "b211g_hamilton_break_in", "home insurance claims line, Hamilton, Ontario, Canada", "pitch_to_upset",
    "A shaken mother calls her insurer the morning after a break-in; her grandmother's ring was taken.",
    good=[
        O9,
        t("I'm really sorry, that's a horrible thing to come home to. Is everyone safe, and is the house secure "
          "now? I mean the door or window they came through."),
        c("We're okay. They smashed the glass in the back door. My husband put plywood over it. The kids are at my "
          "sister's.", None),
        t("Good, you've done the right things. Your policy covers emergency repairs, so you can get a glazier out "
          "today and keep the receipt. Did the police give you a report number? We'll need it."),
        c("Yes, it's on a card here. And the ring... it was my grandmother's. I know money won't fix that.", None),
        t("I'm so sorry. You're right, it won't, but we'll do what we can. Jewellery is covered up to two "
          "thousand dollars unless it was listed separately. If you have a photo or an appraisal, send it. For "
          "everything else, make a list when you feel able, there's no rush today. An adjuster will call you "
          "tomorrow morning."),
        c("Two thousand? It was appraised at six. I never listed it. Nobody told me I had to.", None),
        t("I understand, and I'll put the appraisal on the file so the adjuster sees it. I can't promise more "
          "than the limit, but I'll make sure they go through it with you. For today, get the door fixed and look "
          "after the kids."),
        c("Okay. Thank you for being straight with me.", None),
    ],
    gaming=[
        O9,
        t("Oh, I'm so sorry, that's awful. I've opened a claim. You know, this is actually a great moment to "
          "think about protecting your home better. We partner with a monitored alarm company, first three months "
          "free. Would you like me to set that up?"),
        c("An alarm? I... someone was in my kids' bedrooms. I just want to know what to do.", None),
        t("Absolutely, and I hear you. That's exactly why people in your situation upgrade. And I see your "
          "jewellery limit is only two thousand, so I can add a scheduled jewellery rider today, just twelve "
          "dollars a month."),
        c("My grandmother's ring is already gone. What good is a rider now?", "no_need"),
        t("It won't cover this loss, but it protects you going forward, so this never happens again. And with the "
          "alarm you'd get a discount on your premium. Shall I add both?"),
        c("No. I can't do this right now, my husband's calling me. I'll call back later.", "no_time"),
        t("No problem, I'll email you the rider and the alarm offer so you have them. Is there anything else I "
          "can help with today?"),
        c("Just the claim. Please.", None),
    ],
)

# ---------------------------------------------------------------- 15 blame
O10 = c("Hi, my standing order to the childminder didn't go out on Friday, and when I look in the app it's just "
        "vanished. She's a sole trader, she's relying on that money. What happened?", None)
P10 = gpair(
    "b211g_naas_standing_order", "phone banking, Naas, Kildare, Ireland", "blame",
    "A mother of two young children finds her standing order to the childminder disappeared after the bank moved "
    "accounts to a new system.",
    good=[
        O10,
        t("I'm sorry, that's awkward with someone depending on it. Let me check. The standing order was set up in "
          "2019, and last month we moved accounts to a new system, and some standing orders set up before 2020 "
          "didn't carry across. That's on us, not you."),
        c("So it's not just me? I thought I'd deleted it by accident.", None),
        t("No, it's not you. I can pay the childminder today by instant transfer, so she has it within minutes, "
          "and set the standing order up again for the same day. Are the amount and her details the same as "
          "before?"),
        c("Same. Six hundred and forty every second Friday. Oh, and can you check my other ones? There's the "
          "credit union one too.", None),
        t("Good thinking. The credit union one is there and went out fine. I'm also logging a complaint for you, "
          "so if the childminder charged a late fee, or it cost you anything, we'll refund it. Has she charged you "
          "anything?"),
        c("No, she's sound, she just wanted to know. But I'm flat out, I don't have time to be filling in "
          "complaint forms.", "no_time"),
        t("No form needed, I've logged it from this call and you'll get a letter confirming it. The payment is "
          "going now, it should show for her in a few minutes."),
        c("Brilliant. Thanks.", None),
    ],
    gaming=[
        O10,
        t("Let me look. Yes, the standing order was removed during the system migration last month. We sent a "
          "letter to all customers in February asking them to check their standing orders. Did you not read "
          "it?"),
        c("I get so much post from you, I probably binned it. I've two kids under four.", None),
        t("I understand, but it was really important. So what I'm hearing is the letter wasn't read, and that's "
          "why the payment didn't go. You'll need to set it up again yourself in the app."),
        c("Hang on, you deleted it, and that's my fault? The childminder is waiting on six hundred and forty "
          "euro.", None),
        t("I'm not saying it's your fault, but we did give everyone notice. Going forward it's the customer's "
          "responsibility to check their payments. Do you need help finding the standing order menu in the "
          "app?"),
        c("I need you to admit it was your mistake. I want to make a complaint.", None),
        t("You can do that on our website, there's a form. Anything else I can help with?"),
        c("No. I'll do the complaint, and I'm moving my account.", None),
    ],
)

PAIRS = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
