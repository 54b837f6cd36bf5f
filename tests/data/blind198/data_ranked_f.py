"""Ranked pairs f01-f10 of blind198 (hand-written): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 fault: argues with the customer (ocean-view room that isn't), Miami Beach
o = c("Hi, we booked an ocean view, and our window looks at a parking garage. You can see a strip of blue if you lean out. That's not an ocean view.", None)
a1 = t("I'm sorry, that's disappointing on a beach holiday. Which room are you in, and how long are you staying?")
a2 = c("Room 418. Four more nights. We paid sixty extra a night for the view.", None)
g1 = t("Then you didn't get what you paid for. From the ninth floor up, the rooms on that side look right over the garage to the beach.")
g2 = c("So it's a height thing. That makes sense.", None)
w1 = t("Well, technically it is classed as ocean view, because part of the ocean is visible from the window. That's how the category's defined in the booking terms.")
w2 = c("Technically? I'm not hanging out of a window for four days to see the sea. Don't tell me what I can see.", None)
e1 = t("I have a ninth-floor room with a full view, 912, free from two o'clock. I can move you then, and I'll refund the view supplement for last night.")
e2 = c("Okay. Two o'clock's fine. Thank you.", None)
PAIRS.append(rpair(
    id="b198r_f01_miamibeach_oceanview",
    situation="A guest at a Miami Beach hotel, Florida, complains that the paid-for ocean-view room faces a parking garage. Fault in worse: the clerk argues about the room category.",
    better=[o, a1, a2, g1, g2, e1, e2],
    worse=[o, a1, a2, w1, w2, e1, e2],
))

# f02 fault: doubts the customer's honesty (gate closed early), Miami airport
o = c("I was at gate D14 at 10:20 and they'd already shut the door. The boarding pass says boarding closes at 10:25. Now the app wants two hundred dollars to change my flight.", None)
a1 = t("Let me look at the flight record. Can I see your boarding pass?")
a2 = c("Here. And I have a photo of the gate screen with the time on it, if that helps.", None)
g1 = t("It does, thank you. If the door shut before 10:25, that's our mistake, not yours. Let me check the gate log.")
g2 = c("Please. I've got a meeting in Kingston tomorrow morning.", None)
w1 = t("Hmm. People tell us they were at the gate on time quite a lot. Are you sure it wasn't 10:30? A photo could have been taken any time.")
w2 = c("The time is on the photo. I'm not making it up. Check your own record.", None)
e1 = t("The gate log shows the door closed at 10:18, seven minutes early, so there's no change fee. I've put you on the 1:45 to Kingston, seat 12C.")
e2 = c("Good. Thank you.", None)
PAIRS.append(rpair(
    id="b198r_f02_miami_gateclosed",
    situation="At an airline desk at Miami International Airport, a passenger bound for Kingston, Jamaica, says the gate closed before the printed time. Fault in worse: the agent doubts her honesty.",
    better=[o, a1, a2, g1, g2, e1, e2],
    worse=[o, a1, a2, w1, w2, e1, e2],
))

# f03 fault: drops the price before asking anything (team offsite), London
o = c("Hello, I'm looking at rooms for a team offsite in March, about fifteen people, two nights. Could you tell me what you'd charge?", None)
g1 = t("Happy to. So I can give you the right price, which dates, and will you need a meeting room as well as bedrooms?")
g2 = c("The 18th and 19th. And yes, a room for fifteen on both days, with lunch.", None)
w1 = t("For fifteen rooms I can do twenty percent off straight away, so a hundred and fifty-nine a night instead of a hundred and ninety-nine. And I can probably go lower.")
w2 = c("Oh, already? Well, if you can go lower, I'll certainly take it. It's the 18th and 19th, and we need a meeting room with lunch as well.", None)
e1 = t("For those dates I can give you the Thames Room with lunch and coffee breaks. I'll send a full quote for the bedrooms and the meeting space today.")
e2 = c("That'd be great. My boss will want to compare it with one other hotel, so it may take a week.", "think_it_over")
e3 = t("Of course. I'll hold the rooms and the Thames Room for ten days, so there's no rush.")
e4 = c("Perfect, thank you.", None)
PAIRS.append(rpair(
    id="b198r_f03_southbank_offsite",
    situation="An office manager phones a hotel on London's South Bank for a two-night team offsite. Fault in worse: the sales manager cuts the price before asking a single question.",
    better=[o, g1, g2, e1, e2, e3, e4],
    worse=[o, w1, w2, e1, e2, e3, e4],
))

# f04 fault: an unasked lecture (fuel on return), Los Angeles
o = c("Hi, returning the Corolla. I know the tank's not full, I ran out of time, there was traffic on the 405. What's the charge?", None)
a1 = t("Let me check the gauge. It's about three-quarters, so you're a quarter tank short.")
a2 = c("Okay. How much is that going to be? My flight's in an hour and a half.", None)
g1 = t("Our refuel rate is nine forty-nine a gallon, so about thirty-five dollars for the quarter tank.")
g2 = c("Ouch. Fine, it is what it is.", None)
w1 = t("Our refuel rate is nine forty-nine a gallon, so about thirty-five dollars. Honestly, it's always worth building in an extra half hour for the 405, and there's a gas station two blocks back on Sepulveda that most people use. The policy's on page two of your agreement too, so it's good to read that before you drive off next time.")
w2 = c("I didn't ask for a lesson, man. I know about the 405. Just charge me.", None)
e1 = t("Charged to the card on file, thirty-five sixty. The shuttle to Terminal 4 leaves from that curb every ten minutes.")
e2 = c("Great. Thanks.", None)
PAIRS.append(rpair(
    id="b198r_f04_lax_fuelreturn",
    situation="A hurried business traveller returns a rental car at Los Angeles International Airport, California, with the tank a quarter short. Fault in worse: an unasked lecture.",
    better=[o, a1, a2, g1, g2, e1, e2],
    worse=[o, a1, a2, w1, w2, e1, e2],
))

# f05 fault: a vague next step (cancelled tour refund), Bristol travel agent
o = c("Hi, I booked the Barbados island tour with you for my parents, and the tour company's cancelled it. They fly out on Saturday. What happens now?", None)
a1 = t("I'm sorry, that's a pain so close to departure. Would your parents like a refund, or a replacement tour?")
a2 = c("Dad wants a refund, honestly. Mum wouldn't mind something else if there's not much walking, but last time an agent booked us a replacement it was a disaster.", "bad_experience")
a3 = t("Fair enough. Then let's do the refund, and I'll send your mum one gentle option she can book herself on the island if she fancies it.")
a4 = c("That sounds sensible.", None)
g1 = t("The refund of a hundred and eighty pounds goes back to your card. I'll submit it today and email you the confirmation by five; it should show within seven working days. If it doesn't, ring me on my direct line, 0117 496 0321.")
g2 = c("Lovely, thank you. I'll tell Dad.", None)
w1 = t("Great, so I'll get the refund process started, and we'll let you know when we hear something.")
w2 = c("When will that be, though? He's going to ring me every day asking.", None)
PAIRS.append(rpair(
    id="b198r_f05_bristol_tourrefund",
    situation="A daughter calls a travel agency in Bristol, England, after the island tour she booked for her parents in Barbados is cancelled. Fault in worse: a vague next step.",
    better=[o, a1, a2, a3, a4, g1, g2],
    worse=[o, a1, a2, a3, a4, w1, w2],
))

# f06 fault: over-promises (tight embarkation-day flight), Fort Lauderdale cruise
o = c("Hi, our flight lands in Fort Lauderdale at 1:30 on the day the ship sails. Boarding closes at three. Are we going to make it?", None)
a1 = t("It's tight. Is it a direct flight, and do you have checked bags?")
a2 = c("Direct from Chicago, two checked bags. It was the cheapest flight, we didn't really think about it.", None)
a3 = t("Thanks. And is it just the two of you, and would anyone need help getting through the terminal?")
a4 = c("Just the two of us. We're fine walking.", None)
g1 = t("If the flight's on time, the port's twenty minutes away, so you'd probably make it. But if it's late, the ship can't wait, and you'd have to fly to the first port at your own cost. I'd strongly suggest flying in the day before.")
g2 = c("Another night in a hotel, though. That's two hundred bucks we hadn't planned for.", "no_money")
w1 = t("Don't worry at all, you'll make it. The ship always waits for passengers who are on their way, and I'll put a note on your booking.")
w2 = c("Oh, great, that's a relief. So we don't need to change anything?", None)
PAIRS.append(rpair(
    id="b198r_f06_fortlauderdale_embarkation",
    situation="A couple booked on a Caribbean cruise from Fort Lauderdale, Florida, phone the cruise line about a flight landing ninety minutes before boarding closes. Fault in worse: the agent over-promises.",
    better=[o, a1, a2, a3, a4, g1, g2],
    worse=[o, a1, a2, a3, a4, w1, w2],
))

# f07 fault: closes before checking it works (step-free access), New Orleans
o = c("Hi, I'm booking my grandmother's ninetieth. Fifteen people, next Sunday lunch. Your courtyard room looked beautiful online.", None)
a1 = t("Happy ninetieth to her! The courtyard room seats eighteen, and next Sunday lunch is open. Who's coming, mostly family?")
a2 = c("Family, kids, the lot. Grandma's the star. She's in a wheelchair now, mind.", None)
g1 = t("Then let me check one thing before we go any further. The courtyard room is two steps down from the street. We have a portable ramp for it, and I'll confirm with the manager that it fits, and measure the doorway. Do you know how wide her chair is?")
g2 = c("I'll measure it tonight. Good that you asked, the last place had a step nobody told us about.", None)
w1 = t("Perfect, let's lock it in then. I just need a two-hundred-dollar deposit on a card, and you're all booked for Sunday at one.")
w2 = c("Wait, is it step-free? Grandma can't do stairs at all. I need to know that before I pay anything.", None)
e1 = t("I'll call you tomorrow morning once I've checked the ramp and the doorway with the manager.")
e2 = c("Okay. Will you hold the date for me until then?", None)
e3 = t("It's held until Tuesday, and there's no deposit until you're happy the room works for her.")
PAIRS.append(rpair(
    id="b198r_f07_neworleans_ninetieth",
    situation="A granddaughter phones a restaurant in the French Quarter, New Orleans, to book a private courtyard room for a wheelchair user's ninetieth. Fault in worse: the host closes before checking the room works for her.",
    better=[o, a1, a2, g1, g2, e1, e2, e3],
    worse=[o, a1, a2, w1, w2, e1, e2, e3],
))

# f08 fault: recommends before asking (free day), Montego Bay excursion desk
o = c("Morning! We've got one free day on Wednesday and we want to do something. What would you suggest?", None)
g1 = t("Happy to help. Who's going, and what do you enjoy: beach, adventure, food, history?")
g2 = c("Me, my husband and our teenage boys. The boys are bored of beaches. And I get carsick on long drives.", None)
w1 = t("The Blue Mountains coffee tour is our best seller. It's a full day, with the drive up through the hills and a tasting at the top. A hundred and forty each.")
w2 = c("Hm. A full day on a bus up the mountains? I get carsick, and my teenage boys would be bored stiff by coffee.", "no_need")
e1 = t("Then the river tubing on the Great River is forty minutes from here, and the road's flat. The boys will love it. It's seventy-five each, lunch included.")
e2 = c("That sounds more like it. Seventy-five each for four of us is still a lot, though. Let me check with my husband.", "think_it_over")
e3 = t("Of course. I'll keep four places for you until tomorrow evening; just ring the desk on extension 5.")
e4 = c("Extension 5. Great, thanks.", None)
PAIRS.append(rpair(
    id="b198r_f08_montegobay_freeday",
    situation="A mother on a family holiday asks the excursion desk at a hotel in Montego Bay, Jamaica, what to do on a free day. Fault in worse: the clerk recommends before asking anything.",
    better=[o, g1, g2, e1, e2, e3, e4],
    worse=[o, w1, w2, e1, e2, e3, e4],
))

# f09 fault: unexplained jargon (group contract), Nashville
o = c("Hi, I'm the coordinator for our church choir's trip to Nashville in October. We'll need about ten rooms for two nights.", None)
a1 = t("Wonderful. I can do a group rate of one seventy-nine a night for ten rooms on those dates. Are the choir members sharing, or is it one each?")
a2 = c("Mostly couples sharing, a few singles. Some of our older folks are on fixed incomes, so I can't have any surprise costs.", None)
g1 = t("Understood, so let me explain the one cost that can surprise people. When you sign, you're promising to fill at least eight of the ten rooms. If fewer than eight get booked, the church pays for the empty ones. Names are due thirty days before you arrive; after that, unbooked rooms come back to us.")
g2 = c("So two empty rooms are fine, but a third would cost us. Got it.", None)
w1 = t("Sure. The block has an eighty percent attrition clause, cut-off is thirty days out with the rooming list due at cut-off, the resort fee's exclusive, and it's non-comp at ten rooms.")
w2 = c("I'm sorry, I don't know what half of that means. Attrition? Non-comp? I run a choir, I'm not a travel agent.", None)
e1 = t("I'll email the contract today, and I'm happy to go through it with you on the phone on Thursday before you sign.")
e2 = c("Thursday works. I'll have to show it to our pastor before we commit anyway.", "think_it_over")
PAIRS.append(rpair(
    id="b198r_f09_nashville_choirblock",
    situation="A volunteer choir coordinator phones a hotel's group sales in Nashville, Tennessee, about ten rooms; some members are on fixed incomes. Fault in worse: unexplained jargon.",
    better=[o, a1, a2, g1, g2, e1, e2],
    worse=[o, a1, a2, w1, w2, e1, e2],
))

# f10 fault: talks about himself (volcano hike), St Kitts
o = c("Hi, we're thinking of hiking the volcano tomorrow. Is it doable for people who aren't super fit?", None)
a1 = t("It's a tough one, about five hours up and back, steep and muddy near the top. How much hiking have you done, and is anyone worried about their knees or heights?")
a2 = c("We walk a lot at home, but nothing like mountains. My husband had knee surgery last year.", None)
g1 = t("Then the full summit might be hard on his knee, especially coming down in the mud. There's a shorter rainforest trail to a viewpoint on the crater rim, about two and a half hours, with a guide who goes at your pace.")
g2 = c("That sounds much more our speed. He'd pretend he's fine and regret it.", None)
w1 = t("Oh, I did the summit last month, actually. I do it every year; I was up in three hours this time, my best ever. I'm training for a trail race in Dominica in June, so I'm up there most weekends. Anyway, there's a shorter trail to the crater rim, about two and a half hours.")
w2 = c("Good for you. So would the shorter one be okay for his knee?", None)
e1 = t("The short trail is fine for most knees, as long as he takes the way down slowly. Our guide leads it at eight, sixty-five each including transport. Would you like me to book you in?")
e2 = c("Let's say yes to the short one. Sixty-five's fine.", None)
PAIRS.append(rpair(
    id="b198r_f10_stkitts_volcanohike",
    situation="A couple at a hotel front desk in Basseterre, St Kitts, ask whether they can manage the volcano hike; the husband had knee surgery. Fault in worse: the clerk talks about himself.",
    better=[o, a1, a2, g1, g2, e1, e2],
    worse=[o, a1, a2, w1, w2, e1, e2],
))
