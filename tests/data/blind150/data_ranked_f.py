"""Ranked pairs f01-f10: both sides share every turn except one fault in worse and the customer's reaction to it."""
from common import c, rpair, t

P = "b150r_"
PAIRS = []

# f01 argues with the customer
o = c("Hello, my fixed rate ends in May and the new payment's up two hundred a month. I'm not happy.", None)
a = t("That's a big jump, I understand. Is it the fix ending and going onto our standard rate?")
b = c("Aye, the letter says 7.9 per cent. My neighbour says go to a broker.", "think_it_over")
e = t("It'll be in your inbox today, and the offer's held thirty days.")
f = c("Right. Thanks.", None)
PAIRS.append(rpair(P + "f01_cardiff_remortgage",
    "Building society, phone: a borrower's fix is ending. Fault in worse: argues with the customer about seeing a broker.",
    [o, a, b, t("A broker's worth a look, and you should compare. We can offer a two-year fix at 4.6, no fee, which cuts the rise to about sixty. I'll send it in writing for the broker."),
     c("Sixty's still a lot, but better. Send it and I'll compare.", "think_it_over"), e, f],
    [o, a, b, t("Honestly, brokers charge fees and don't know our products, you'd be daft to bother. Our two-year fix at 4.6, no fee, cuts the rise to about sixty."),
     c("I'm not daft, thanks. I'll make my own mind up. Send it and I'll see a broker anyway.", "think_it_over"), e, f]))

# f02 doubts the customer's honesty
o = c("Hello, I've lost my return ticket to Stornoway. I booked online but my phone's dead.", None)
a = t("No problem, I can look you up. What name and postcode?")
b = c("Ian MacLeod, HS2 9QT. Paid with a Visa ending 5531.", None)
e = t("Here's your boarding card for the 14:00, boarding from 13:30.")
f = c("Aye, grand. I'll get a coffee.", None)
PAIRS.append(rpair(P + "f02_ullapool_lostticket",
    "Ferry terminal ticket desk, Ullapool: a passenger lost his e-ticket. Fault in worse: doubts the customer's honesty after he has given the details.",
    [o, a, b, t("Found it, foot passenger on today's 14:00. That's all I need."),
     c("Brilliant. Thank you.", None), e, f],
    [o, a, b, t("Hmm, there's an Ian MacLeod, but there's plenty of those. How do I know this is actually yours?"),
     c("Because I just told you my card and postcode! Do you want my passport as well?", None), e, f]))

# f03 drops the price before asking anything
o = c("Hi, I run a wee cafe in Pitlochry. Thinking of changing coffee supplier. What've you got?", None)
a = t("Then our Perthshire roast might suit, roasted twenty miles away. I'll drop off a kilo free to try on your own machine.")
b = c("A free kilo, aye. I'd need to see what my partner thinks, mind.", "think_it_over")
e = t("Of course. I'll drop it Thursday and ring the week after to hear what you both thought.")
f = c("Sounds good.", None)
PAIRS.append(rpair(P + "f03_pitlochry_coffee",
    "Coffee roaster, phone: a cafe owner asks about changing supplier. Fault in worse: offers a discount before asking anything.",
    [o, t("Happy to help. What are you using now, and what's making you think of changing?"),
     c("A big brand. It's fine, but the tourists keep asking for something local. Price matters, it's a small place.", None), a, b, e, f],
    [o, t("Tell you what, I'll knock fifteen per cent off our house blend for a year. Can't say fairer."),
     c("Em, you don't know what I use yet. Cheap's not really it, the tourists want something local.", None), a, b, e, f]))

# f04 unasked lecture
o = c("Hiya, I want to book the smart meter. I'm fed up reading it on my knees in the cupboard.", None)
a = t("Fair enough! Is the meter inside, or in a box outside?")
b = c("Under the stairs. I work days, so it'd have to be a Saturday.", None)
e = t("Booked. You'll get a text the day before with the engineer's name.")
f = c("Lush, ta.", None)
PAIRS.append(rpair(P + "f04_rhyl_smartinstall",
    "Energy supplier, phone: a customer books a smart meter install. Fault in worse: an unasked lecture about the planet and people's habits.",
    [o, a, b, t("Saturday the 21st, eight till twelve. It takes about two hours, power off for half an hour."),
     c("The 21st's perfect.", None), e, f],
    [o, a, b, t("Saturday the 21st, eight till twelve. And really you should be doing this for the planet anyway; the grid needs flexibility, and folk who won't change their habits are the problem."),
     c("I only wanted to stop kneeling in the cupboard, love. But fine, the 21st.", None), e, f]))

# f05 vague next step
o = c("Hose has burst on the baler, we're mid-silage with thirty acres down. Can someone come out?", None)
a = t("Right, let's get you going. Which baler, and which hose?")
b = c("Kuhn, 2019. The one to the tailgate ram. I've the old hose here.", None)
g = t("Send me a photo of the fittings and I'll make one up here, saves a wait.")
h = c("Sent. How long? Rain's due tomorrow afternoon.", None)
PAIRS.append(rpair(P + "f05_pembrokeshire_hose",
    "Farm machinery dealer, phone: a burst hydraulic hose mid-silage. Fault in worse: a vague next step with no time.",
    [o, a, b, g, h, t("Made by eleven, and the van's with you by one. I'll text when it leaves."),
     c("Tidy. I'll be in the top field.", None)],
    [o, a, b, g, h, t("We'll get it made up and someone will be in touch when it's ready."),
     c("In touch when? I've rain coming, I need a time.", None)]))

# f06 over-promises
o = c("Our internet's awful, the kids can't do homework. The neighbours got fibre. Can we?", None)
a = t("Let me check. What's the postcode?")
b = c("LD3 8RT. We're at the end of the lane though, half a mile past the Joneses.", None)
e = t("Shall I send the 4G box out this week?")
f = c("Go on. Let's try it.", None)
PAIRS.append(rpair(P + "f06_powys_broadband",
    "Broadband provider, phone: a rural family wants fibre. Fault in worse: promises fibre by Christmas, which nobody can guarantee.",
    [o, a, b, t("Fibre reaches the Joneses but not your end yet; the plan says next spring, but I can't promise. Our 4G home box would give you about thirty meg, with thirty days to return it if it doesn't work in your house."),
     c("Thirty days to try is fine. We got stung before by a satellite thing.", "bad_experience"), e, f],
    [o, a, b, t("Fibre's coming to your lane by Christmas, 900 meg, I guarantee it. Meanwhile our 4G home box will fly out there."),
     c("Guarantee? The last lot said that too, and we got stung with a satellite thing.", "bad_experience"), e, f]))

# f07 closes before checking the thing works
o = c("Hi, I'm business manager at a primary in Dundee. We want an app for parent messages and dinner money.", None)
a = t("Great. What holds your pupil records, and how do you take dinner money now?")
b = c("The council's records system. Dinner money's cash in envelopes, it's a nightmare.", None)
g = t("So getting rid of the envelopes is the main thing, and it has to talk to the council system.")
h = c("Exactly. Budget's tight this year, mind.", None)
PAIRS.append(rpair(P + "f07_dundee_schoolapp",
    "School software, phone: a primary wants a parent app. Fault in worse: asks to sign before checking the link with the council's system works.",
    [o, a, b, g, h, t("Before you commit, let's check the link works. I'll run a free test with your class lists next week, then we talk price."),
     c("That's sensible. Next week's no good though, it's inspection week. The week after?", "no_time")],
    [o, a, b, g, h, t("Brilliant, let's get you signed today at the schools rate, 600 a year. I'll send the contract now."),
     c("Hang on, does it even work with the council system? I'm not signing until I know.", "think_it_over")]))

# f08 recommends before asking
o = c("My old phone's packed in. I need a new one. Nothing fancy.", None)
a = t("Then a mid-range one with a big screen would do. This one's 179, and I can move your contacts and video app over now.")
b = c("A hundred and seventy-nine... the old one cost me fifty.", "too_expensive")
e = t("There's a 99 one that does video calls fine, smaller screen. Want to hold both?")
f = c("Aye, let me see the big one.", None)
PAIRS.append(rpair(P + "f08_inverness_phoneshop",
    "Phone shop counter, Inverness: an older man needs a simple phone. Fault in worse: recommends a flagship before asking what he uses it for.",
    [o, t("Right. What do you use it for mostly, calls, texts, photos of the grandweans?"),
     c("Calls and texts. And video calls with my daughter in Canada, she set that up.", None), a, b, e, f],
    [o, t("The Galaxy S24's the one to go for, best camera we sell."),
     c("I don't need a fancy camera, son. Calls, texts, and video calls to my daughter in Canada.", "no_need"), a, b, e, f]))

# f09 unexplained jargon
o = c("Hello, my smart meter's stopped sending readings. I'm getting estimated bills again.", None)
a = t("Thanks for telling us. When did you last get a bill on real readings?")
b = c("About March. I'm seventy, I switched to you in the winter and I'm regretting it.", "bad_experience")
e = t("Meanwhile, send a photo of the meter numbers each month and your bills will be right.")
f = c("I can do that. My grandson will help.", None)
PAIRS.append(rpair(P + "f09_stirling_meterreadings",
    "Energy supplier, phone: an older switcher's smart meter stopped sending. Fault in worse: unexplained jargon.",
    [o, a, b, t("Your meter stopped talking to us when you switched; some older ones can't link to a new supplier. We'll try an update from here, and if that fails an engineer swaps it, free."),
     c("Right. So it's not broken, it just doesn't talk to you. That makes sense.", None), e, f],
    [o, a, b, t("It's a SMETS1 not enrolled on the DCC, so it's in dumb mode. We'll try a migration, failing that a comms hub and IHD swap."),
     c("I haven't a clue what that means, son. Is it broken or not?", None), e, f]))

# f10 talks about themselves
o = c("Hi, we've one day on Arran. We want a good walk, but my husband's knee is dodgy.", None)
a = t("How long can you walk, and is it going up or coming down that bothers the knee?")
b = c("Coming down. Three hours maybe. No car, we came over as foot passengers.", None)
e = t("The bus leaves the pier at 10:15. I'll mark the route on a map for you.")
f = c("Lovely, thanks.", None)
PAIRS.append(rpair(P + "f10_arran_walk",
    "Tourist information counter, Brodick: a couple want a knee-friendly walk without a car. Fault in worse: talks about their own hill running.",
    [o, a, b, t("Then skip Goatfell, the way down is hard on knees. The coast path from Lochranza is mostly flat, about three hours, and the bus goes there."),
     c("Flat and a bus, perfect.", None), e, f],
    [o, a, b, t("Oh, I did Goatfell last week in an hour forty, my personal best! I run it most Sundays. The coast path from Lochranza's flat though, three hours, bus goes there."),
     c("Good for you. Flat sounds more like us.", None), e, f]))
