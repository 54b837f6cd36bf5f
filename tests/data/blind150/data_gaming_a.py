"""Gaming pairs a: monologue, closing_as_open_question, pitch_as_paraphrase, upsell_as_loop_closing, leading_tag_questions."""
from common import c, gpair, t

P = "b150g_"
PAIRS = []

o = c("Hello, aye, I got a letter saying I've to get one of these smart meters. Do I have to?", None)
PAIRS.append(gpair(P + "fife_smartmeter", "energy supplier, phone (Fife)", "monologue",
    "A 78-year-old caller asks whether a smart meter is compulsory.",
    [o, t("You don't have to, no, it's your choice. Can I ask what made you phone, the letter or something about the meter?"),
     c("My neighbour got one and her bills went up. I'm seventy-eight, son, I'm no wanting any bother.", "bad_experience"),
     t("That's fair. So the worry is the bill going up like hers, and fuss in the house. Have I got that right?"),
     c("Aye. And I don't want strangers tramping through.", None),
     t("The meter doesn't change your price, it just sends readings. Do you get estimated bills just now?"),
     c("I read it myself every month. Done that for thirty year.", "no_need"),
     t("Then you'd not gain much. I'll note you're happy as you are and post a wee leaflet in case you change your mind. All right?")],
    [o, t("Great question, and I really want to understand your experience. So: real-time readings, no estimates, an in-home display, free install, and it builds a relationship of trust. The display even shows pennies per hour!"),
     c("Aye, but my neighbour's bills went up after-", "bad_experience"),
     t("Totally hear you, and that's why the new meters are brilliant, they stay smart if you switch, the engineer's in and out in two hours and we can do Tuesday or Thursday. Which suits?"),
     c("I havenae said I want one.", "no_need"),
     t("Of course, and what matters to you is saving money, so you'll see what the kettle costs, most customers cut usage the first month. I'll pop you in for Tuesday?"),
     c("Son, you're no listening. I'm putting the phone down.", None)]))

o = c("Morning. Need a belt for an old Welger round baler. Have you got one in?", None)
PAIRS.append(gpair(P + "carmarthen_balerbelt", "farm machinery dealer, parts counter (Carmarthenshire)", "monologue",
    "A farmer wants one spare belt before haymaking.",
    [o, t("Morning. Which model, and roughly what year? The belts differ."),
     c("RP200, ninety-eight or so. Good old thing. Hay's down Thursday, mind.", None),
     t("So you need it before Thursday. Let me look... one set left at the Llandeilo depot, here Wednesday morning. Does that work?"),
     c("Wednesday's tidy. What's it costing? Was one-eighty last time.", None),
     t("Two-ten now, I'm afraid, steel went up. There's a pattern belt at one-seventy but it won't last as long."),
     c("Two-ten, there's daylight robbery. Go on, the proper one, I'm not fitting it twice.", "too_expensive"),
     t("Fair enough. Ordered, and I'll ring you when it lands Wednesday.")],
    [o, t("Morning! Before belts, can I share something? The new Welger's got net wrap, auto-lube, and finance at 1.9 per cent. Farmers love the experience."),
     c("I only want a belt, bach.", "no_need"),
     t("Absolutely, but an old baler eats belts, so really it's how long you keep pouring money in. A new one pays back in two seasons, demo Wednesday, trade-in on the old one, the lot."),
     c("I haven't got forty grand lying about.", "no_money"),
     t("Nobody does, that's what finance is for, monthly it's hardly more than your phone. I'll do you a quote now and throw the belt in."),
     c("Just tell me if you've got the belt or not.", None)]))

o = c("Hiya, it's Sian at the Lamb in Tenby. Your rep said you do local cask ales now?", None)
PAIRS.append(gpair(P + "tenby_caskale", "drinks wholesaler for pubs, phone (Pembrokeshire)", "closing_as_open_question",
    "A landlady asks about local cask ale; winter trade is thin.",
    [o, t("We do, yes. What are you pouring now, and what's got you looking?"),
     c("Two handpumps, one's a national bitter. Summer lot want local, but in winter it's the regulars and it goes off.", None),
     t("So the worry is waste in the quiet months. We do nines as well as eighteens, they turn over faster. Would a nine in winter work?"),
     c("Could do. Last local one I tried off someone else was silly money though.", "too_expensive"),
     t("A nine of Tenby Gold is ninety-five, a bit more a pint than the eighteen. I can send one on approval with Tuesday's drop and you only reorder if it sells."),
     c("Go on then, one nine Tuesday. I'll see how it goes.", None)],
    [o, t("Great to hear from you, Sian! So what would it take to get three local lines on your bar by next week?"),
     c("Three? I've only got two pumps, and winter's dead here.", None),
     t("I hear you. And if I sorted a pump-clip bundle, how soon would you want the first delivery?"),
     c("I haven't said I want any yet. I need to see prices and ask Gareth.", "think_it_over"),
     t("Totally. And when you talk to Gareth, which package do you think he'll go for, the eighteens or the mixed?"),
     c("Neither, love, if you carry on. Just email me a price list.", "brush_off"),
     t("Lovely. What's the best card for the deposit so I can lock in list price?"),
     c("Bye now.", None)]))

o = c("hi looking at cottages on mull for august 2 adults and a dog is dog ok", None)
PAIRS.append(gpair(P + "mull_cottage", "holiday cottage agency, web chat (Isle of Mull)", "closing_as_open_question",
    "A chat visitor asks if a dog is allowed; dates, budget and ferry not settled.",
    [o, t("Hi! Yes, several take dogs. What dates, and what matters most, near Tobermory or somewhere quiet?"),
     c("quiet. 9th to 16th. budget tight tho we were going to do spain but the dog", None),
     t("Quiet, 9th to 16th, dog, keeping costs down. Glenaros bothy fits: 640 the week, fenced garden. Have you booked the ferry from Oban? August fills fast."),
     c("no didnt know you had to. can you hold it while i check ferries", None),
     t("I can hold it free for 48 hours, no card needed. I'll email the ferry link too."),
     c("perfect thanks", None)],
    [o, t("Hi! Dogs welcome at most. So what would make today the day you book your dream Mull escape?"),
     c("um i only asked about the dog. havent even looked at ferries", None),
     t("Totally get it! And when you find the perfect cottage, would you rather pay the deposit by card or transfer?"),
     c("i dont know the price yet lol. need to ask my partner", "think_it_over"),
     t("Of course! What time today could you both confirm so I can secure it before someone else grabs it?"),
     c("ok forget it, bit pushy", None)]))

o = c("Hello now. I've had a letter my fixed deal's ending. Twenty year I've been with you, I don't want chopping and changing.", None)
PAIRS.append(gpair(P + "swansea_tariffend", "energy supplier, phone (Swansea)", "pitch_as_paraphrase",
    "A pensioner whose fixed tariff ends wants certainty, not a switch.",
    [o, t("Twenty years, thank you. You don't have to move anywhere. What do you want from the next deal, lowest price, or knowing what you'll pay?"),
     c("Knowing, love. I'm on a pension. Last time I went variable it went sky high in the winter.", "bad_experience"),
     t("So certainty matters most after that winter. There's a twelve-month fix about nine pounds a month more than now, or the variable, cheaper today but it moves. Which way are you leaning?"),
     c("Nine pound more... that's a lot on my money.", "no_money"),
     t("It is. If you do nothing you go onto variable, no penalty, and can fix later. Shall I post both figures?"),
     c("Yes, send it. I'll go through it with my daughter.", "think_it_over")],
    [o, t("Twenty years, amazing relationship! So what I'm hearing is you want peace of mind, which is our Fix and Protect Plus with boiler cover at 142 a month, right?"),
     c("Boiler cover? I never said nothing about a boiler. I've a man for the boiler.", "no_need"),
     t("Absolutely. So if I understand you correctly, what you really need is the two-year fix with the smart thermostat bundle, yes?"),
     c("No. A hundred and forty-two is more than I pay now!", "too_expensive"),
     t("Got it, so you're saying value matters, which means the Plus bundle works out best per day. Shall I move you across?"),
     c("I'm not moving nowhere. Put me back on what I was on.", "no_need")]))

o = c("Hi, we're looking at buying our first flat. Just wanted to ask how a mortgage in principle works.", None)
PAIRS.append(gpair(P + "inverness_mortgage", "building society branch counter (Inverness)", "pitch_as_paraphrase",
    "A first-time buyer asks how an agreement in principle works.",
    [o, t("Happy to explain. It's a soft check showing roughly what we'd lend, it doesn't commit you. Have you found a flat, or still looking?"),
     c("Still looking. My partner's self-employed, two years' accounts, and I'm on a fixed contract. Does that matter?", None),
     t("It can. So two years of accounts for your partner and a fixed-term contract for you. How long's left on yours, roughly?"),
     c("Eighteen months. We've about twelve thousand deposit.", None),
     t("That's workable. Next step would be half an hour with our adviser, no fee. Thursday or Saturday morning?"),
     c("Saturday. But we're seeing the bank as well, we want to compare.", "think_it_over"),
     t("Sensible. Bring what the bank gives you and we'll go through it honestly.")],
    [o, t("Great question! So what you need is our Highland Starter 95 per cent at 5.4 with the protection bundle, is that right?"),
     c("Em, I was just asking how the in-principle thing works.", None),
     t("Of course. So what I'm hearing is you want to move fast, so the best fit is fast-track with the 999 arrangement fee, correct?"),
     c("I didn't say fast. A thousand pound fee? That's mad.", "too_expensive"),
     t("I hear you. So if I've understood, you want low monthlies, that's the fee added to the loan with life cover. Shall I start it?"),
     c("No thanks. Just give us a leaflet.", "brush_off")]))

o = c("Hiya, Dan from Crumbs on Whitchurch Road. Need to put my order in, bit pushed for time.", None)
PAIRS.append(gpair(P + "cardiff_cafeorder", "catering supplier, phone order (Cardiff)", "upsell_as_loop_closing",
    "A cafe owner phones in his weekly order in a hurry.",
    [o, t("No worries, Dan, I'll be quick. Same as last week, or changes?"),
     c("Same, but double the oat milk, everyone's on it. And you shorted me napkins last time.", None),
     t("Sorry about the napkins, I'll add the missing case free. So last week's order, oat milk up to twelve, plus napkins. Right?"),
     c("Spot on.", None),
     t("Thursday before eight as usual. Anything you're low on that I've missed?"),
     c("No, that's it. Cheers, butt.", None)],
    [o, t("Hi Dan! Same as last week? And what else can I add to make this week a success?"),
     c("Just the order, double oat milk. You shorted me napkins last time, mind.", None),
     t("Noted! And to close the loop on napkins, what else can I add, our branded compostable ones are only forty a case?"),
     c("I don't want branded ones, I want the ones I paid for.", "no_need"),
     t("Totally. Before I let you go, what else can I add, syrups, the new pastry range? Anything to round it off?"),
     c("Mate, I said I'm pushed. Just send what I ordered.", "no_time"),
     t("Of course! Last thing, what else would make your experience even better, maybe a machine service plan?"),
     c("No. Ta-ra.", "no_need")]))

o = c("Hello, I'm on the 13:00 to Port Askaig Friday with the van, but my mother's not well. Can I go on the early one?", None)
PAIRS.append(gpair(P + "kennacraig_ferrychange", "ferry ticket office counter (Kintyre, for Islay)", "upsell_as_loop_closing",
    "A worried islander changes a van booking to an earlier sailing.",
    [o, t("Sorry to hear about your mum. The 07:00 has room for a van. Is Friday still the day, or would Thursday suit?"),
     c("Friday, the early one. Is there a charge? Money's tight this month.", None),
     t("No charge for a change before the day. So same van, Friday 07:00 instead of 13:00. Check in by 06:30."),
     c("That's a weight off. Thanks.", None),
     t("I hope she's on the mend. Anything else on the booking?"),
     c("No, that's all.", None)],
    [o, t("Great question! Done, you're on the 07:00. Now, closing the loop: what else can I add, a cabin, priority boarding?"),
     c("It's two hours. I just need the van on.", "no_need"),
     t("Understood. Just so we've covered everything, what else can I add? The flexi return is only 38 extra."),
     c("I don't know when I'm coming back, my mother's ill. I can't be spending extra.", "no_money"),
     t("Totally hear that. To round off, anything else I can add? Breakfast voucher for the early one?"),
     c("No. Just the ticket.", "no_need")]))

o = c("Aye, I'm after a quad for the hill. The old one's done.", None)
PAIRS.append(gpair(P + "borders_quad", "farm machinery dealer, yard (Scottish Borders)", "leading_tag_questions",
    "A hill farmer replacing a worn-out quad bike; his wife wants a safer machine.",
    [o, t("Right. What's the work, gathering, towing, spraying? And how steep's the ground?"),
     c("Gathering, and a wee feed trailer. Steep in bits. The wife wants a side-by-side with a cage, but they're twice the money.", None),
     t("So steep ground, gathering, light towing, and safety's on her mind. A side-by-side is safer on the slopes but heavier on soft ground. Want to try both on your own hill?"),
     c("Maybe. I'll no pay side-by-side money though, I cannae justify it.", "too_expensive"),
     t("Fair. I'll bring a 450 quad and a used side-by-side out Friday, no obligation, and you can go through the figures with her."),
     c("Aye, Friday. We'll see.", None)],
    [o, t("Great! You'll be wanting the new 700 with power steering, won't you?"),
     c("I dinnae ken. It's just gathering and a wee trailer.", None),
     t("Sure, but on a hill you'd want the bigger engine, wouldn't you? And the winch too, surely?"),
     c("The 450 did me fifteen year. I don't need a winch.", "no_need"),
     t("Right, but you wouldn't skimp on something you sit on every day, would you? You'll take the extended warranty, won't you?"),
     c("That's twelve grand you're talking. I'll see the lad in Hawick.", "too_expensive")]))

o = c("Hello, I just need my glasses fixed, the arm's come off. I've had them years.", None)
PAIRS.append(gpair(P + "bangor_glasses", "opticians, shop counter (Bangor, Gwynedd)", "leading_tag_questions",
    "An older customer wants a broken arm on her glasses mended, nothing more.",
    [o, t("Let's see. The hinge screw's gone, I can fix that now, ten minutes. When did you last have your eyes tested?"),
     c("Three years? Four? They're fine. The last place sold me varifocals and I couldn't get on with them.", "bad_experience"),
     t("Varifocals don't suit everyone. I'll do the screw, no charge. The eye test is free for over-sixties in Wales if you want one, no need to buy anything."),
     c("Free, is it? Maybe after Christmas. Not today, my bus is at half past.", "no_time"),
     t("No rush. There you are, good as new."),
     c("Diolch, lovely.", None)],
    [o, t("Of course! Those are past it though, aren't they? You'll be wanting a new pair, won't you?"),
     c("No, I just want the arm back on.", "no_need"),
     t("Sure, but your eyes will have changed in four years, won't they? And varifocals would save you swapping, wouldn't they?"),
     c("I had varifocals off the last place. Dizzy on the stairs. Never again.", "bad_experience"),
     t("Ah, but ours are better quality, aren't they? You'd rather pay a bit more and see properly, wouldn't you?"),
     c("I'd rather you fixed my glasses. Can you or can't you?", None)]))
