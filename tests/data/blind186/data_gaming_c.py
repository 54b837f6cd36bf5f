"""Gaming pairs, file c (b186). Hand-written. Utilities and home energy, UK / Ireland / US."""
from common import c, gpair, t

PAIRS = []

# 6. putdown_question (second) -----------------------------------------------
open_c1 = c("Hi, er... I've got a letter saying you're gonna fit a prepayment meter. I'm behind, I know I'm behind. I just... I didn't know who to ring.", None)
PAIRS.append(gpair(
    "b186g_nottingham_arrears", "energy supplier, collections line, Nottingham", "putdown_question",
    "A young man in arrears after losing his job rings about a warning letter; he has just started night shifts.",
    good=[
        open_c1,
        t("I'm glad you rang, honestly, this is the right call to make. Nothing's happening today. Can I ask how much the letter says you owe?"),
        c("Six hundred and something. It got away from me after I lost my job in the summer.", None),
        t("Thanks for telling me. Are you working now, or looking?"),
        c("Started at a warehouse three weeks ago, nights. Money's coming in, just not much.", None),
        t("Okay, that helps. What could you realistically pay towards the arrears each month, on top of what you use? I don't want to set something you'll break in two months."),
        c("Twenty? Maybe twenty-five. I can't do the fifty the letter says, no way.", "no_money"),
        t("Let's do twenty, then, and look again in six months. I'll stop the prepayment process while you're on the plan. There's also a hardship fund, I'll email you the form, it might clear part of the debt."),
        c("Seriously? Right. Yeah. Email it, I'll do it tonight.", None),
    ],
    gaming=[
        open_c1,
        t("Okay, I'm here to help. Just so I understand, how did you let it get to six hundred without calling us once?"),
        c("I lost my job in the summer. I wasn't opening the post, to be honest.", None),
        t("I hear you. And is there a reason you couldn't have set up a payment plan back then, like most people would?"),
        c("I dunno. I was struggling. I've got a new job now, nights at a warehouse.", None),
        t("That's great news. So, with respect, what do you think is a fair amount? Surely more than the bare minimum, given how long it's been?"),
        c("I can do twenty a month. Twenty-five tops. The letter says fifty and I can't do fifty.", "no_money"),
        t("Do you understand that twenty a month would take over two years? Are you sure you're budgeting properly? Have you looked at things like phone contracts or takeaways?"),
        c("Don't talk to me like I'm a kid. I'll go to Citizens Advice.", None),
    ],
))

# 7. not_my_department_or_read_the_terms (second) ----------------------------
open_c2 = c("Hi, we put in solar panels in May, the installer sent off all the forms, and we've still got nothing for the export on any bill. It's September.", None)
PAIRS.append(gpair(
    "b186g_dundalk_solarexport", "electricity supplier, phone, County Louth", "not_my_department_or_read_the_terms",
    "A household with new panels has had no export payments four months on; the grid registration may be missing.",
    good=[
        open_c2,
        t("That's a long wait, I'm sorry. Let me check. Have you a smart meter, and did you get a letter from ESB Networks confirming the export registration?"),
        c("Smart meter, yes, since last year. The letter, I don't know, my husband would have it.", None),
        t("No problem. I can see the meter's export-capable, but we haven't received any export readings, which usually means the registration didn't go through with ESB Networks. That's their system, but I won't just bounce you. I'll raise it with them from here."),
        c("Will we lose the money from May till now?", None),
        t("No. Once it's registered, the export readings go back to when the meter started recording them, and it'll show as a credit on your next bill. I'll email you the reference for the ESB query and check it again in ten days."),
        c("Grand. I'd half a mind to move supplier over this, to be honest, my sister's with another crowd and she's getting paid.", "think_it_over"),
        t("That's fair, and you're free to, but the ESB registration would need sorting either way, so I'd give us the ten days. If it's not fixed by then, I'll tell you straight."),
        c("Ten days. Fair enough.", None),
    ],
    gaming=[
        open_c2,
        t("Thanks for reaching out and I totally understand your frustration. Export registration is handled by ESB Networks, so that's not really our department."),
        c("But you're our supplier. You're the ones who'd be paying us.", None),
        t("Absolutely, I hear you. But we can only pay once ESB sends the readings. If you check clause 9.3 of our terms, it explains the whole export process."),
        c("I don't want to read clause 9.3. I want to know have you got the readings or not.", None),
        t("I understand. I can't see the ESB side, it's a different system. Did the installer submit the form? That's their responsibility, not ours."),
        c("He says he did. So who do I ring?", None),
        t("ESB Networks, their number's on their website. Is there anything else I can help you with today?"),
        c("Forget it. I'll move over to my sister's crowd.", None),
    ],
))

# 8. social_proof_or_deadline_pressure (second) ------------------------------
open_c3 = c("Good afternoon. I got a text that my broadband contract ends next month. I want to know what happens, because I don't want to be paying more for nothing.", None)
PAIRS.append(gpair(
    "b186g_peckham_fibreupgrade", "broadband provider, phone, south London", "social_proof_or_deadline_pressure",
    "A barber with a flat above his shop asks what happens when his broadband contract ends; evenings are slow.",
    good=[
        open_c3,
        t("Good afternoon, sure. When the contract ends the price goes to our standard rate unless you pick a new deal, so for you that'd be from £32 to £41. Before we look at options, how's the service been? Any problems?"),
        c("It is okay mostly. The shop is downstairs, I am a barber, the card machine and the music use it. Upstairs my children do homework. In the evening it is slow.", None),
        t("Slow in the evenings with a few of you on it, that makes sense on your current copper line. Full fibre is now available on your street. It'd be £36 a month, about ten times faster, on an eighteen-month contract."),
        c("Thirty-six is more than I pay now. And eighteen months is long.", "too_expensive"),
        t("It's £4 more than now, but £5 less than if you did nothing. If you'd rather not commit to eighteen months, there's a one-month rolling option at £39. You don't need to decide today. Your contract ends on the 14th, so anything before then works."),
        c("Let me talk to my wife, she does the shop accounts. I will call back next week.", "think_it_over"),
        t("Of course. I'll text you a summary of both options with the prices so you can show her, and I'll put a note on the account so whoever you speak to can see it."),
        c("Thank you, that is helpful.", None),
    ],
    gaming=[
        open_c3,
        t("Great question, and thank you for being such a loyal customer! How's your experience with us been?"),
        c("Okay mostly. Evenings are slow, my children do homework upstairs and the shop is downstairs.", None),
        t("I hear you. Good news, full fibre has landed on your street, and honestly nearly everyone on your road has already upgraded. You're one of the last few."),
        c("How much?", None),
        t("£36 a month, but that price is only available until midnight tonight. After that it goes up to £44 and there's nothing I can do."),
        c("Tonight? My wife does the accounts, she is not back until late.", "think_it_over"),
        t("I understand, but your neighbours didn't want to miss out, and I'd hate for you to be the only one on the slow line. Can I just lock it in now and she can look at it later?"),
        c("No. I was rushed into a phone contract like this before and I regretted it for two years. I will not sign tonight.", "bad_experience"),
    ],
))

# 9. keyword_stuffed (second) ------------------------------------------------
open_c4 = c("Hi. I'm renting a flat in Aberdeen with those storage heaters and my bill's huge, and the flat's still freezing by the evening. My landlord says talk to the supplier.", None)
PAIRS.append(gpair(
    "b186g_aberdeen_storageheaters", "electricity supplier, phone, Aberdeen", "keyword_stuffed",
    "A tenant with old storage heaters pays a lot and is still cold by evening; she does not know how the heaters work.",
    good=[
        open_c4,
        t("Oh, that combination's miserable, paying a lot and still cold. Can I check a couple of things? Does your meter show two readings, like a day rate and a night rate?"),
        c("Yes, two. Low and normal, or something.", None),
        t("Good, so you're on a two-rate tariff, which is right for storage heaters. Next: the heaters usually have two dials, input and output. Do you know how yours are set?"),
        c("No idea. I just turn them up when I'm cold.", None),
        t("That's really common, and it's what costs the money. Turning things up in the day, or hitting the boost button, uses day-rate power. If you set the input high, which charges overnight, and keep the output low until about four, the heat lasts into the evening. I can email you a one-page guide with pictures."),
        c("Okay. But honestly the heaters are ancient. I think they're just rubbish.", None),
        t("They might be. If they're over about twenty years old they leak heat all day. That's your landlord's side, so I can send you a letter setting out what we found, and there's a Scottish grant landlords can apply to for new heaters."),
        c("He won't spend a penny. But send it, I'll try.", None),
    ],
    gaming=[
        open_c4,
        t("Thank you for sharing that with me. I really want to understand your needs and how you feel about your energy experience today."),
        c("I feel cold. And skint.", None),
        t("I completely understand how you feel, and I appreciate your openness. Our relationship with you matters, and your comfort and success at home is our priority."),
        c("Okay... so what do I do about the heaters?", None),
        t("Great question. What I'm hearing is that your needs are about warmth and value, and I feel that's so important. We're on this journey together and I want your experience to be positive."),
        c("You keep saying that. Look, I'm on my lunch, can you just email me something?", "brush_off"),
        t("I understand, and that's a valid feeling. To make sure your needs are fully met, would you be open to our Warm Home Plus tariff, which many customers feel really improves their experience?"),
        c("Is it cheaper?", None),
        t("It's a premium tariff, so it's a little more, but customers really feel the value in the relationship."),
        c("More? I can barely pay the one I've got. No thanks.", "no_money"),
    ],
))

# 10. rude (second) ----------------------------------------------------------
open_c5 = c("Hello, good morning. I am moving to a new apartment on Friday in South Philly and I need to turn on the electricity in my name. It is my first time doing this in America.", None)
PAIRS.append(gpair(
    "b186g_philadelphia_newservice", "electric utility, start-service line, Philadelphia", "rude",
    "A recent arrival with no US credit history sets up electricity for a new apartment and is asked for a deposit.",
    good=[
        open_c5,
        t("Good morning, and welcome. I'm happy to walk you through it. Can I get the new address first?"),
        c("It is 1420 South Ninth Street, apartment 2B.", None),
        t("Thanks, got it. To open the account we usually check credit, and if there's no US credit history yet we may ask for a deposit. Do you have a Social Security number?"),
        c("I have, but only since four months. No credit card yet. How much is the deposit?", None),
        t("For an apartment that size it would be around $180. There are two ways to make it easier, though. A letter from your US employer can sometimes get it waived, or the deposit can be split over your first three bills."),
        c("One hundred eighty now is hard. The rent deposit already took everything.", "no_money"),
        t("Understood, then let's split it, sixty dollars on each of your first three bills. And if you email me an employer letter this week, I'll ask for the deposit to be waived and refunded. Power will be on in your name Friday morning."),
        c("Okay, this is good. Thank you for being patient with me.", None),
    ],
    gaming=[
        open_c5,
        t("Yep. Address?"),
        c("It is 1420 South Ninth Street, apartment 2B.", None),
        t("Social?"),
        c("Sorry, what is social?", None),
        t("Social Security number. Everybody knows that one. Do you have one or not?"),
        c("Yes, I have, since four months. No credit card yet.", None),
        t("Right, no credit, so that's a $180 deposit, due before we turn anything on. Great experience, I know."),
        c("One hundred eighty now is very hard. Is there another way? The rent deposit already took everything.", "no_money"),
        t("Look, ma'am, I've got thirty people on hold. Pay it or don't, your call. Anything else?"),
        c("You are very rude. I will ask my landlord to help me.", None),
    ],
))

# 11. ignored_customer (second) ----------------------------------------------
open_c6 = c("Hi, the boiler's after cutting out and it won't come back on. I've a three-week-old baby in the house and it's freezing.", None)
PAIRS.append(gpair(
    "b186g_limerick_oilboiler", "heating service company, phone, Limerick", "ignored_customer",
    "A mother on maternity leave with a newborn rings because the oil boiler has locked out in cold weather.",
    good=[
        open_c6,
        t("Oh no, with a newborn that's urgent. Is it oil or gas, and is there any light showing on it?"),
        c("Oil. There's a red light on the button on the side.", None),
        t("That's the lockout reset. Before anything else, have you oil in the tank? Sometimes the gauge sticks."),
        c("The delivery came last week, it's full.", None),
        t("Okay, then don't press the reset more than once, pressing it again and again can flood it. I'm putting you down as a priority because of the baby, I can have someone out before six this evening. The call-out is ninety-five euro, which covers the first half hour."),
        c("Ninety-five. Jesus. Money's tight with me on maternity leave.", "no_money"),
        t("I understand. If it's the nozzle or the photocell, it's usually done inside that half hour, so it shouldn't be more. If it's worse, he'll tell you the price before he touches anything. Meanwhile, if you've an electric heater, keep the baby's room warm with that."),
        c("Okay. Before six. We're at 14 Ashgrove, Castletroy.", None),
    ],
    gaming=[
        open_c6,
        t("Oh, I'm sorry to hear that. Can you tell me how old the boiler is?"),
        c("About fifteen years, I think. But I've a newborn here and it's freezing.", None),
        t("Fifteen years, okay, so you'd really be looking at a replacement. Our new condensing models are forty percent more efficient. What's most important to you in a new boiler?"),
        c("I don't want a new boiler, I want heat today. There's a red light flashing on it.", "no_need"),
        t("Great, thanks for that. So the new boilers come with a ten-year warranty and a free smart thermostat, and we've finance from fifty-nine euro a month. Would you like a quote?"),
        c("Fifty-nine a month? We can't even... look, can someone come out today or not?", "no_money"),
        t("Absolutely. I'll get a surveyor to ring you about the replacement within five working days. Is there anything else I can help with?"),
        c("Five days? I've a baby. I'm ringing someone else.", None),
    ],
))

# 12. repeated_questions (second) --------------------------------------------
open_c7 = c("no water since 7 this morning. kitchen and bathroom both. is there something going on in e17", None)
PAIRS.append(gpair(
    "b186g_walthamstow_nowater", "water company, web chat, east London", "repeated_questions",
    "A customer's water has been off since morning; a burst main nearby; a 91-year-old grandmother lives with her.",
    good=[
        open_c7,
        t("Hi, sorry about that. Let me check E17 for you. What's your full postcode?"),
        c("e17 4rt", None),
        t("Thanks. There's a burst main on Hoe Street affecting about 300 homes, yours included. Crews are on it and the estimate is water back by 4pm, though it may be cloudy at first. Is there anyone at home who needs water urgently, like someone unwell or a baby?"),
        c("my nan lives with us shes 91. shes fine but she needs her tablets and her tea lol", None),
        t("Then I'll add her to our priority list, and a bottled water delivery will come to you in the next two hours. When it's back on, run the cold kitchen tap for a few minutes until it's clear."),
        c("ok thanks. will we get money back for this", None),
        t("If it's off for more than 12 hours you get automatic compensation of £40 on your account. I'll message you here if the 4pm estimate changes."),
        c("sound thanks", None),
    ],
    gaming=[
        open_c7,
        t("Hi! I'm sorry to hear that. Can you tell me what's happening with your water?"),
        c("theres no water. since 7. kitchen and bathroom", None),
        t("Thanks for sharing. So just to understand, is there any water coming out of your taps at all?"),
        c("no. none. like i said", None),
        t("Okay. And when you say no water, do you mean low pressure or completely off?"),
        c("completely off. is there a burst or not", None),
        t("I hear you. Could you confirm whether the issue affects all the taps in your home?"),
        c("KITCHEN AND BATHROOM. all of them. my nan is 91 and needs her tablets", None),
        t("Thank you. And just so I understand your experience fully, roughly when did you first notice the water wasn't coming out?"),
        c("im done. ill ask on the street whatsapp", None),
    ],
))

# 13. wrong_paraphrase (second) ----------------------------------------------
open_c8 = c("Morning. Our combi's fifteen years old, it's been repaired twice this year and the engineer said it's not worth fixing again. I want a price for a new one, same kind.", None)
PAIRS.append(gpair(
    "b186g_sheffield_combiswap", "heating installer, showroom, Sheffield", "wrong_paraphrase",
    "A mother of two teenagers wants a like-for-like combi boiler; two showers run at once in the mornings; no loft space.",
    good=[
        open_c8,
        t("Morning. Sounds like it's had its day. How big's the house, and how many bathrooms? That decides how powerful the new combi needs to be."),
        c("Three-bed semi, one bathroom and an en-suite shower. There's four of us, two teenagers who live in the shower.", None),
        t("Two showers at once is the question, then, a combi can struggle with both. Does that happen much?"),
        c("Mornings, yeah. Right now one of them goes cold and there's a row.", None),
        t("Then I'd go for a bigger combi, around thirty-five kilowatts, which copes much better. About £2,600 fitted with a ten-year warranty. A system boiler with a cylinder would do it perfectly, but you'd lose a cupboard and it's about a thousand more."),
        c("We'll stick with a combi, we haven't the room. The other place quoted two thousand, mind.", "too_expensive"),
        t("Worth comparing like for like. Ask them what size boiler and how long the warranty is. If it's a thirty with a five-year warranty, that's the difference. I'll put ours in writing so you can set them side by side."),
        c("Fair. Send it over and I'll look at it tonight with my husband.", "think_it_over"),
    ],
    gaming=[
        open_c8,
        t("Morning! Tell me about your home and how you use hot water."),
        c("Three-bed semi, four of us. Two showers, the teenagers are always in them.", None),
        t("So what I'm hearing is you're keen to go green and ready to move off gas, did I understand that correctly?"),
        c("No, we're not after anything green. I want the same kind of boiler. A combi.", "no_need"),
        t("Got it. So to play back: you've got lots of space, you'd like a big hot water cylinder in the loft, and budget isn't the main concern. Is that right?"),
        c("I never said any of that. The loft's boarded for storage. And budget matters a lot.", None),
        t("Perfect, thanks for confirming. So you're looking at our Hybrid Eco package, heat pump plus cylinder, from £11,900 after the grant. Shall I book the survey?"),
        c("Eleven grand? I've a quote for two thousand for a combi. I'll go with them.", "too_expensive"),
    ],
))

# 14. pitch_to_upset (second) ------------------------------------------------
open_c9 = c("Y'all cut my power off this morning and I paid that bill two weeks ago. I've got the confirmation number right here. My freezer's thawing and my mom uses a CPAP.", None)
PAIRS.append(gpair(
    "b186g_fortworth_wrongdisconnect", "electricity retailer, phone, Texas", "pitch_to_upset",
    "A customer's power was cut in error although she had paid; her mother uses a CPAP machine at night.",
    good=[
        open_c9,
        t("I'm so sorry. Let's get it back on right now. Can you read me the confirmation number?"),
        c("It's 88412-KT. Paid on the third, online.", None),
        t("I see it. The payment came in but was put on an old closed account number. That's our mistake, not yours. I'm sending an urgent reconnect now, usually within four hours, and I've marked it medical priority because of your mom's CPAP."),
        c("Four hours. My mom needs that thing tonight, and there's two hundred dollars of meat in that freezer.", None),
        t("You should have power well before tonight, and I'll call you at two to confirm the crew's been. For the freezer, because the disconnection was our mistake, you can claim for spoiled food. I'll email the form. Keep receipts or photos of what you throw out."),
        c("Okay. That's... okay. I was ready to switch companies, I'm not gonna lie.", "bad_experience"),
        t("I understand, and you'd have every right. I've also put a note on the account so this can't happen again. I'll call you at two."),
        c("Alright. Two o'clock.", None),
    ],
    gaming=[
        open_c9,
        t("I'm so sorry about your experience. I really hear how frustrating this is. Can I ask, are you currently on autopay?"),
        c("No, I pay online myself. I PAID it. Can you turn it back on?", None),
        t("Absolutely, I'll look into it. While I do, have you heard of AutoPay Plus? You'd never have to worry about this again, and you get a two-dollar monthly credit."),
        c("I don't need autopay, I need my lights on. My mom's CPAP runs off that power.", "no_need"),
        t("I completely understand. And speaking of peace of mind, with medical equipment at home a lot of families add our Whole Home Surge Guard for $9.95 a month, it protects the CPAP when the power comes back."),
        c("Are you kidding me? My freezer's thawing and you're selling me insurance?", None),
        t("I hear you. So can I sign you up for AutoPay Plus and Surge Guard together, and then I'll submit the reconnect?"),
        c("No. Get me your supervisor. Now.", None),
    ],
))

# 15. blame (second) ---------------------------------------------------------
open_c10 = c("Hi, yeah, ye installed the fibre on Tuesday and the speed at the router is flying but upstairs I get nothing. I work from the back bedroom.", None)
PAIRS.append(gpair(
    "b186g_waterford_wifiupstairs", "broadband provider, phone, Waterford", "blame",
    "A renter who works from an upstairs bedroom gets no wifi there after a fibre install left the router in the front hall.",
    good=[
        open_c10,
        t("Ah, that's annoying when you work up there. Where did the engineer put the router, downstairs where the line comes in?"),
        c("In the hall, right by the front door. He said that's where the cable comes in.", None),
        t("That's usual, but old walls and a staircase block a lot. A couple of options: move the fibre point, which is an engineer visit, or a mesh unit upstairs that links to the router. For working, a cable up to the bedroom is the most reliable of the lot."),
        c("I'm renting, I can't be drilling holes. And I can't be taking another morning off for an engineer either. How much is the mesh yoke?", "no_time"),
        t("It's five euro a month on the bill, and I can post one out for a free thirty-day try. You'd plug it in on the landing, halfway between, and it should give you full signal in the back bedroom."),
        c("Another fiver a month. The bill's already more than what they told me in the shop.", "too_expensive"),
        t("Let me check that too. The shop price was forty-five for the first year and I can see fifty-two on your bill, which looks like the install fee being spread. I'll correct that and take the seven euro off, so with the mesh you'd still be under what you were quoted."),
        c("Right, go on then, send the mesh. Thanks.", None),
    ],
    gaming=[
        open_c10,
        t("Thanks for getting in touch, I really want to understand. Where did you put the router?"),
        c("I didn't put it anywhere, the engineer put it in the hall by the front door.", None),
        t("Okay, so honestly, the problem is your house is an old build with thick walls, which isn't something we can control. Did you tell the engineer you'd be working upstairs?"),
        c("He didn't ask. He was in and out in twenty minutes.", None),
        t("It's really the customer's responsibility to flag that at install. Also, are you on an older laptop? Older devices often can't pick up the signal properly."),
        c("It's a work laptop, a year old. It works grand in the office.", None),
        t("Okay, well, I'd suggest moving your desk downstairs near the router. Or there's a mesh unit for five euro a month. Anything else?"),
        c("Move my desk into the hall. Brilliant. I'll ring back and get someone with sense.", None),
    ],
))
