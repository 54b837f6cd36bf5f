"""Gaming pairs c: ignored_customer, repeated_questions, wrong_paraphrase, pitch_to_upset, blame."""
from common import c, gpair, t

P = "b150g_"
PAIRS = []

o = c("Hiya, my meter's on emergency credit and the app won't take my top-up. I've got the baby here.", None)
PAIRS.append(gpair(P + "merthyr_prepay", "energy supplier, phone (Merthyr Tydfil)", "ignored_customer",
    "A young mother on a prepayment smart meter cannot top up; credit almost gone.",
    [o, t("Okay, let's get you sorted fast. How much emergency credit is showing?"),
     c("One eighty. It's said payment failed since last night.", None),
     t("Right, one eighty and the app failing. I'm adding ten pounds of support credit from here now, it'll show in about ten minutes."),
     c("Will I have to pay that back all at once? I've nothing till Friday.", None),
     t("No, it comes back in small bits off your next top-ups. I've reported the app; if it fails again, top up at the shop."),
     c("Oh thank God. Thanks, bach.", None)],
    [o, t("I'm so sorry to hear that. Can I ask, how long have you been with us?"),
     c("Four years. Please, it's on one eighty and I need to warm his bottle.", None),
     t("Great, thank you. And how do you feel about our smart tariffs? Have you heard about our fixed deal?"),
     c("I don't want a new tariff! The app won't take my money!", "no_need"),
     t("Understood. So, to understand your needs better, how many people live in the house?"),
     c("Are you even listening? I'm going to lose the power.", None),
     t("I hear you. I'll pass on the app feedback. Anything else I can help with today?"),
     c("Unbelievable.", None)]))

o = c("Hello, it's Morag at the shop in Stornoway. Will my order make Thursday's boat? I've a big weekend.", None)
PAIRS.append(gpair(P + "stornoway_wholesale", "cash-and-carry wholesaler delivering to the islands, phone (Lewis)", "ignored_customer",
    "An island shopkeeper needs stock before a gala; the wholesaler missed the ferry last time.",
    [o, t("Hi Morag. Your two pallets were picked this morning. What's on at the weekend?"),
     c("Gala day. If the soft drinks come Friday I'm stuck. Last time you missed the boat and I lost a fortune.", "bad_experience"),
     t("So the drinks must be there before Friday, and we let you down last time. I'll put your pallets on Wednesday's Ullapool run to give a day spare. Can you take them Wednesday?"),
     c("Wednesday's fine, my nephew can unload. Is there extra for that?", None),
     t("No extra. I'll text you the tracking once it's on the lorry."),
     c("Great. Thanks.", None)],
    [o, t("Thanks Morag! I'd love to understand your needs, what's on this weekend?"),
     c("Gala day. I need the soft drinks before Friday. Last time you missed the boat.", "bad_experience"),
     t("Brilliant, a gala! While you're on, we've thirty per cent off crisps by the pallet."),
     c("I don't need crisps. Will my drinks make Thursday's boat?", "no_need"),
     t("Great question. Have you thought about our standing order scheme? Saves you phoning every week."),
     c("I don't want a scheme, I want my drinks. I'll phone the depot myself.", "no_need")]))

o = c("Hello. My dad died this morning in the hospital in Aberystwyth. I don't know what I'm supposed to do.", None)
PAIRS.append(gpair(P + "lampeter_funeral", "funeral director, phone (Lampeter)", "repeated_questions",
    "A son rings the morning his father died; he already knows his father's wish.",
    [o, t("I'm so sorry. You don't need to do everything today. Has the hospital said when the medical certificate will be ready?"),
     c("Tomorrow, they said. Then I register it, is it?", None),
     t("Yes, at the register office, within five days in Wales. We can bring your dad into our care today. Did he ever say what he wanted?"),
     c("Burial, with Mam in the chapel yard at Llanddewi. But money... I don't know what it all costs.", None),
     t("Burial with your mam at Llanddewi. I'll bring a full written price list, nothing hidden. Could we meet at your house tomorrow, say eleven? No decisions until you've seen it."),
     c("Eleven is fine. Diolch.", None)],
    [o, t("I'm so sorry for your loss. To understand your needs, what would your dad have wanted?"),
     c("Burial, with Mam, at Llanddewi chapel yard.", None),
     t("Thank you. And how do you envision the farewell, what kind of send-off feels right?"),
     c("Burial. Like I said. With Mam.", None),
     t("Of course. Just so I understand, was he more of a traditional burial person, or had he talked about cremation?"),
     c("I've told you twice now. I'll ring someone else.", None)]))

o = c("Card machine keeps dropping connection. Cafe. Lunch rush in an hour.", None)
PAIRS.append(gpair(P + "stirling_cardterminal", "card payments provider, support line (Stirling)", "repeated_questions",
    "A terse cafe owner's card terminal keeps losing connection before lunch.",
    [o, t("Quick then. Is it on wifi or its SIM?"),
     c("Wifi. Router's in the back, machine's at the till, fifteen metres maybe.", None),
     t("That's likely it. Switch it to SIM: Settings, Network, Mobile. It's in your plan. Try a test payment?"),
     c("Done. Went through.", None),
     t("Good. I can post a free wifi booster as well if you want one."),
     c("Leave it. If it drops again I'll ring.", "no_need")],
    [o, t("Sure. Tell me about how you use the terminal?"),
     c("Takes cards. Drops connection. Wifi.", None),
     t("Got it. And what does a typical day look like with the terminal?"),
     c("Like I said. It drops. I've fifty minutes, I can't do this now.", "no_time"),
     t("Understood. So could you walk me through how the terminal fits into your day-to-day?"),
     c("No. Cash only today, and I'm phoning your competitor.", None)]))

o = c("Now then, the Massey needs its 500-hour service, and the hydraulics are a bit slow lifting.", None)
PAIRS.append(gpair(P + "anglesey_tractorservice", "farm machinery dealer, workshop phone (Anglesey)", "wrong_paraphrase",
    "A farmer books a routine service and mentions slow hydraulics before silage.",
    [o, t("Right. Slow all the time, or only once it's warm?"),
     c("Once it's warm, after an hour or so. It's a 5613, 2017.", None),
     t("So the 500-hour on a 2017 5613, and the linkage slows when warm. Could be filter or oil; we'll check both. Collect Monday, back Wednesday?"),
     c("Wednesday's cutting it fine, I'm silaging Thursday. And what's it costing?", None),
     t("The service is 640. If it's the pump, I'll ring before touching it. I'll try for Tuesday night, given the silage."),
     c("Tidy. Monday then.", None)],
    [o, t("Great. So what I'm hearing is the Massey's tired and you're thinking of trading it in?"),
     c("I never said that. It's a 2017. It wants a service.", None),
     t("Sure, so if I understand correctly, the hydraulics have failed and you need a new pump, that's about three thousand."),
     c("Failed? It's a bit slow when warm. Three grand? I'm not paying that.", "too_expensive"),
     t("Understood. So you're saying money's tight this year and you'd want a new tractor on finance?"),
     c("I said no such thing. Just book the service.", "no_need")]))

o = c("Hi, I've chipped a tooth. It's no sore but it looks awful. Can I get in? Am I still NHS?", None)
PAIRS.append(gpair(P + "leith_dentist", "dental practice reception, phone (Leith, Edinburgh)", "wrong_paraphrase",
    "A nervous patient with a chipped tooth asks about an NHS appointment.",
    [o, t("Let me check... yes, still registered NHS. Is it sharp at all, catching your tongue?"),
     c("A wee bit. I'm feart of dentists, to be honest. The last one drilled before the numbing worked.", "bad_experience"),
     t("That sounds horrible, I'm sorry. So sharp, not sore, and nervous after that. Dr Baird is gentle and stops whenever you raise a hand. Friday at nine?"),
     c("Friday's my work. Any chance of a late one?", "no_time"),
     t("Monday at 5:40. Shall I book it?"),
     c("Aye, go on.", None)],
    [o, t("So what I'm hearing is you'd like to go private for cosmetic bonding?"),
     c("No, I asked if I'm NHS. I just want it looked at.", "no_need"),
     t("Got it. So you're saying it's quite painful and you'd like whitening while you're in?"),
     c("It's no painful. I never said whitening.", None),
     t("Perfect, so if I understand you, you're happy to book the 180 cosmetic consultation, is that right?"),
     c("A hundred and eighty? Naw. I'll phone back.", "too_expensive")]))

o = c("I'm sorry, I'm all over the place. My husband passed on Sunday. I don't know where to start.", None)
PAIRS.append(gpair(P + "dumfries_widow", "funeral director, front office (Dumfries)", "pitch_to_upset",
    "A newly widowed woman comes in to begin arrangements.",
    [o, t("Please don't apologise. I'm very sorry about your husband. We'll take it one step at a time. Is anyone with you today?"),
     c("My daughter's coming up from Carlisle tomorrow. He wanted something simple. He hated fuss.", None),
     t("Then simple is what we'll plan. Would it help to meet tomorrow when your daughter's here, so you're not deciding alone?"),
     c("Yes. I'm worried about the cost, we've not much put by.", None),
     t("I'll bring a written price for a simple service, and details of the funeral payment you might get help from. Two o'clock?"),
     c("Two's fine. You've been kind.", None)],
    [o, t("I'm so sorry for your loss. To make his farewell a success, can I walk you through our Heritage package? Solid oak, horse-drawn hearse, memorial bench."),
     c("He wanted something simple. He hated fuss.", "no_need"),
     t("Absolutely, and many families wish afterwards they'd done more. Heritage is only 7,900 and we can spread it."),
     c("I can't think about that now. We've not that kind of money.", "no_money"),
     t("I understand. What about the Remembrance add-on, keepsake jewellery from the ashes? Very popular."),
     c("I need to go. My daughter will deal with you.", None)]))

o = c("My phone's been nicked on Queen Street twenty minutes ago. I need the SIM blocked now, please!", None)
PAIRS.append(gpair(P + "cardiff_stolenphone", "mobile network, phone helpline (Cardiff)", "pitch_to_upset",
    "A distressed customer wants her stolen phone's SIM blocked.",
    [o, t("Right, let's block it straight away. Date of birth and the last three digits of your account?"),
     c("Twelfth of March eighty-eight. 417.", None),
     t("Done: SIM blocked and the handset barred on every network. Have you reported it to the police? Insurers want the crime number."),
     c("Not yet. Have I got insurance with you? I can't remember.", None),
     t("You haven't, I'm afraid. I can send a free replacement SIM on your number today, to home or a store."),
     c("Queen Street store. Cheers, that's a relief.", None)],
    [o, t("Oh no, that's awful! While I do that, have you thought about upgrading? Our new handset with Theft Cover is only 59 a month."),
     c("I don't want a new contract, I want the SIM blocked!", "no_need"),
     t("Totally, it's blocking. And with Theft Cover this would never cost you again. Shall I add it so you're protected today?"),
     c("Fifty-nine quid a month? I'm already a phone down. No.", "too_expensive"),
     t("I hear you. The older model's 39, in store by four."),
     c("Is it blocked or not? Just tell me that.", None)]))

o = c("Hello. That little screen you sent with the smart meter has gone blank. I haven't touched it.", None)
PAIRS.append(gpair(P + "llanelli_inhomedisplay", "energy supplier, phone (Llanelli)", "blame",
    "An older customer's in-home display has gone blank.",
    [o, t("Thanks for ringing. Is it plugged in, and does the socket work with a lamp?"),
     c("It's plugged in. My son tried a lamp, that works. I don't trust these gadgets, mind.", None),
     t("Fair enough. It's likely lost its link to the meter, that happens after power cuts. Could you hold the button on the back for ten seconds while I stay on?"),
     c("Hang on now... it's come on! Look at that.", None),
     t("Lovely. If it goes blank again, ring and I'll post a new one free."),
     c("Diolch, love. I thought I'd broken it.", None)],
    [o, t("Okay. And what exactly did you do to it before it went blank?"),
     c("Nothing. It sits on the windowsill.", None),
     t("The windowsill? Well, that's the sun, isn't it. The booklet says keep it out of direct light."),
     c("Nobody told me that. It's been there a year.", None),
     t("It's in the booklet. As the damage is your side, a replacement is 35. Did I understand correctly that you'd like one?"),
     c("Thirty-five pound for your gadget? I never wanted the blessed thing.", "too_expensive")]))

o = c("your system double booked my room again, 2 couples turned up last night. this is the 2nd time", None)
PAIRS.append(gpair(P + "skye_doublebooking", "booking software for guesthouses, web chat (Isle of Skye)", "blame",
    "A guesthouse owner's booking software double-booked a room for the second time.",
    [o, t("I'm really sorry, that's horrible with guests at the door. Which channels did the two bookings come from?"),
     c("one direct on my site, one from the big booking site. both room 3", None),
     t("Thanks. I can see the sync failed at 14:02 for twenty minutes; that's our fault. I'm refunding this month and adding a text alert if the sync stops."),
     c("ok. still not sure im staying with you after this, ill see how the month goes", "think_it_over"),
     t("That's fair. I'll check in next Friday to see it's holding."),
     c("ok thanks", None)],
    [o, t("sorry to hear! did you maybe leave the channel manager open in another tab? that causes conflicts"),
     c("no. i dont even know what that means", None),
     t("ok so sounds like the settings werent set up right at your end. did you read the onboarding guide?"),
     c("i paid you to set it up. your guy did it", None),
     t("understood! to meet your needs, premium has manual overrides for users who struggle with the basics, its 25 more a month"),
     c("pay more to fix your mistake? no thanks. cancelling", "too_expensive")]))
