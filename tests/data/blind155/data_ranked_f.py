from common import c, rpair, t

# f01: argues with the customer
o = c("Your broadband's rubbish. I'm paying for a hundred meg and the speed test says twelve in the evening.", None)
a = t("Twelve in the evening against a hundred paid is a big gap. Are you testing on wifi, or plugged into the router?")
b = c("Wifi, from the back bedroom. The router's in the hall, sure where else would it be.", None)
xg = t("The back bedroom on wifi could be most of it. Could you plug a laptop into the router tonight and test again? That tells us if it's the line or the wifi.")
xb = t("Well, it's not rubbish. The line's fine on my screen, and wifi through walls is slower, that's physics. Plug a laptop into the router tonight and test again.")
yg = c("I can do that. I'll test after eight.", None)
yb = c("Physics, is it? I'm paying for a hundred meg, not a lecture. Fine, I'll plug it in after eight.", None)
d = t("If it's fast plugged in, a mesh point for the back room fixes it; if it's slow, I'll send an engineer. I'll ring you at half eight for the number.")
e = c("Half eight's no good, I'm collecting the young one from camogie. Make it nine.", "no_time")
F01 = rpair("b155r_f01_limerick_broadband_speed", "Broadband provider, phone, Limerick: a customer complains about evening speeds.",
    [o, a, b, xg, yg, d, e], [o, a, b, xb, yb, d, e])

# f02: doubts the customer's honesty
o = c("Hi, I bought these boots here three weeks ago and the sole is coming away already. I have the receipt.", None)
a = t("Sorry about that. Let me have a look. What kind of wear have they been getting?")
b = c("Walking to work and back, twenty minutes each way. Nothing mad.", None)
xg = t("That's normal wear; a sole shouldn't go in three weeks. That's a fault, not you.")
xb = t("Hmm. Are you sure that's all? Soles don't go unless they've been on a building site or soaked. Be honest with me.")
yg = c("Would a new pair not do the same thing, though?", "bad_experience")
yb = c("I am being honest. I work in an office. Do you think I'd lie to you over a pair of boots?", None)
d = t("I'll give you a full refund, or swap them for the stitched-sole pair, which holds up better. Your choice.")
e = c("The refund, please. I'll think about the stitched ones.", "think_it_over")
F02 = rpair("b155r_f02_galway_shoeshop_boots", "Shoe shop, counter, Galway: a customer returns boots with a failing sole.",
    [o, a, b, xg, yg, d, e], [o, a, b, xb, yb, d, e])

# f03: drops the price before asking anything
o = c("Hi, just ringing to ask about your prices for a small wedding, maybe fifty people, next spring.", None)
xg = t("Lovely. Do you have a day of the week in mind, and is it the meal and the evening both?")
xb = t("Lovely. Look, I'll knock fifteen percent off straight away, no questions, so about six thousand.")
yg = c("A Friday, maybe. Meal and a bit of a dance, nothing mad.", None)
yb = c("Fifteen off already? Makes me wonder what the real price is. Just email me something, sure.", "brush_off")
d = t("The price mostly depends on the day and the menu. I'll email our spring menus with every cost in writing, and you're welcome to see the room any evening.")
e = c("Send it on, and we'll look at it together at home.", "think_it_over")
g = t("It'll be with you within the hour.")
F03 = rpair("b155r_f03_westport_wedding_smallprice", "Hotel wedding venue, phone, Co. Mayo: a couple asks about prices for fifty guests.",
    [o, xg, yg, d, e, g], [o, xb, yb, d, e, g])

# f04: an unasked lecture
o = c("I want to take three thousand out of my savings. We're putting a deposit on a car.", None)
a = t("No problem. Is that cash, or a transfer to the garage?")
b = c("Transfer to the garage, if you can. It's the one out the Derry road in Strabane.", None)
xg = t("I can. I'll need the garage's bank details from their invoice. Have you got it?")
xb = t("I can. Though a lot of members regret dipping into savings, and cars lose value the minute you drive off. Have you the garage's bank details?")
yg = c("It's on my phone, here.", None)
yb = c("I didn't ask for a lecture, love. It's our money. The details are on my phone.", None)
d = t("That's it done. It'll reach them within the hour. Here's your receipt.")
e = c("Great, thanks.", None)
F04 = rpair("b155r_f04_strabane_creditunion_withdrawal", "Credit union counter, Co. Tyrone: a member withdraws savings for a car deposit.",
    [o, a, b, xg, yg, d, e], [o, a, b, xb, yb, d, e])

# f05: vague next step
o = c("I left the Corolla in for a trade-in valuation on Monday. Any word?", None)
a = t("Let me check. Yes, the appraiser's seen it. He noted the scratch on the rear door.")
b = c("That was the wife in the supermarket car park. Don't tell her I said that. Would it go against the Yaris out front? Newry offered nine for it.", None)
xg = t("It would. He's at eight thousand two hundred. The manager signs off at four today, and I'll ring you by half four with the final figure in writing.")
xb = t("It would. He's looking at around eight, give or take. We'll let you know once it's all signed off.")
yg = c("Half four. If it's near Newry's nine, we'll talk.", "think_it_over")
g = t("Understood. You'll have our figure well before Newry's Friday deadline.")
yb = c("Let me know when, though? Newry's offer is only good till Friday and I'm not waiting on a maybe.", None)
F05 = rpair("b155r_f05_dundalk_cardealer_tradein", "Car dealer, phone, Co. Louth: a customer chases a trade-in valuation.",
    [o, a, b, xg, yg, g], [o, a, b, xb, yb, g])

# f06: over-promises
o = c("We're moving to a farmhouse near Dingle on the first. I work from home, so I'm desperate for broadband from day one.", None)
a = t("Let's see what we can do. Is there a phone line to the house, and has it had broadband before?")
b = c("There's a line. The old owner had something, but he was ninety, so I doubt he was streaming much.", None)
xg = t("Then there's copper there. Fibre isn't in that area yet, so it'd be up to 20 meg, and connection usually takes ten working days. A 4G router could cover you from day one. Would that work?")
xb = t("No problem at all. I'll guarantee you full fibre, live the day you move in. You won't notice the difference from the city.")
yg = c("Ten days is annoying, but the 4G thing would cover me. Yes.", None)
yb = c("Full fibre on the first? Brilliant, that's a weight off. I'll book my clients in for the second, so.", None)
d = t("I'll send the order confirmation to your email now, with the engineer's details.")
e = c("Perfect, thanks a million.", None)
F06 = rpair("b155r_f06_dingle_broadband_rural", "Broadband provider, phone, Co. Kerry: a home worker moving to a rural farmhouse.",
    [o, a, b, xg, yg, d, e], [o, a, b, xb, yb, d, e])

# f07: closes before checking the thing works
o = c("My da needs a mobility scooter. He's eighty-two, stubborn as a goat, and refuses a wheelchair.", None)
a = t("Stubborn's good, it keeps them going. Where will he use it mostly: round the town, or does it need to go in a car?")
b = c("Both. I'd drive him to Mass and the shops, so it'd go in the boot of my Qashqai.", None)
xg = t("Then the folding Zip 4 is the one. Before you pay, bring the Qashqai round and we'll lift it into the boot together to be sure it fits.")
xb = t("Then the folding Zip 4 is the one. Nine hundred and fifty. Will I put it through on the card now?")
yg = c("Good idea, I'm not carting something back up the road. Saturday?", None)
yb = c("Go on then. Hang on, will it even fit in the boot? I never measured.", None)
d = t("Bring the car Saturday morning and we'll check; if it doesn't fit, we'll look at the smaller one.")
e = c("Saturday. And I'll bring Da, he'll want to test-drive it. God help the shop.", None)
F07 = rpair("b155r_f07_portadown_mobility_scooter", "Mobility shop, counter, Co. Armagh: a son buys a scooter for his father.",
    [o, a, b, xg, yg, d, e], [o, a, b, xb, yb, d, e])

# f08: unexplained jargon
o = c("Hi, we're first-time buyers, not a clue what we're doing. Where do we even start?", None)
a = t("Welcome, plenty start there. Have you a rough idea of your joint income and what you've saved?")
b = c("About ninety thousand between us, and twenty-eight saved. Mostly my partner's, I'm hopeless.", None)
xg = t("Then banks would usually lend up to four times income, about 360,000, and you need a 10% deposit. The first step is a letter from a bank saying roughly what they'll lend; it takes a week or two.")
xb = t("Grand. So at 4x LTI and 90% LTV you're in AIP territory; get that first, and the HTB goes against the deposit.")
yg = c("A letter from the bank first. That makes sense, we can do that.", None)
yb = c("Sorry, that was all letters. LT-what? I'm more lost now.", None)
d = t("I'll send you a simple checklist of what the banks want, payslips and statements, and we can go through it on a call Thursday.")
e = c("Thursday's no good, we're both on lates. Could it be the weekend?", "no_time")
g = t("Saturday at ten, then. I'll send the checklist tonight.")
F08 = rpair("b155r_f08_dublin_mortgage_firsttime", "Mortgage broker, web call, Dublin: first-time buyers ask where to begin.",
    [o, a, b, xg, yg, d, e, g], [o, a, b, xb, yb, d, e, g])

# f09: talks about themselves instead of the customer
o = c("I need a new mattress. My back's in bits. I'm a postman, so I can't be lying on rubbish.", None)
a = t("Sorry to hear that. How long's the back been bad, and is it worse in the mornings?")
b = c("About a year. Mornings are the worst, then it loosens up on the round.", None)
xg = t("Worse in the morning and easing as you move, so a mattress that's too soft is a usual suspect. How old is yours, and do you sleep on your back or side?")
xb = t("Ah, I know that feeling. My back went in 2019 lifting the telly, I was off six weeks, tried physio, the lot. Nightmare. How old's your mattress?")
yg = c("Side, mostly. And it's twelve years old, with a dip like a hammock.", None)
yb = c("Em, sorry to hear. Mine's twelve years old, with a dip like a hammock.", None)
d = t("Twelve years with a dip is done. Lie on the medium-firm ones for ten minutes each; there's a hundred-night trial, so you can bring it back.")
e = c("A hundred nights? Go on. But the wife says four hundred max, so don't be showing me the fancy ones.", "no_money")
F09 = rpair("b155r_f09_waterford_bedshop_mattress", "Bed shop, showroom, Waterford: a postman with back pain needs a mattress.",
    [o, a, b, xg, yg, d, e], [o, a, b, xb, yb, d, e])

# f10: recommends before asking
o = c("Hi, I want to add sport to my TV package. My son's home from Australia for the summer.", None)
xg = t("Lovely. What does he follow? The packs are split by sport, so it depends.")
xb = t("Lovely. The Ultimate Sports pack is the one, every channel, thirty-five a month.")
yg = c("GAA mostly, and a bit of golf. He says he's missed the hurling.", None)
yb = c("Thirty-five? He only watches the GAA and a bit of golf.", "too_expensive")
d = t("For GAA and golf, the Field Sports pack has both at eighteen a month, and you can cancel after three months when he goes back.")
e = c("Eighteen and cancel when he goes. That's more like it. Add it.", None)
g = t("Done. It's live within the hour, so he'll have the hurling for Sunday.")
F10 = rpair("b155r_f10_kilkenny_tvbundle_sport", "TV provider, phone, Kilkenny: a parent adds sport for a visiting son.",
    [o, xg, yg, d, e, g], [o, xb, yb, d, e, g])

PAIRS = [F01, F02, F03, F04, F05, F06, F07, F08, F09, F10]
