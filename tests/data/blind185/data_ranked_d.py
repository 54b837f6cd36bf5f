from common import c, rpair, t

PAIRS = []
add = PAIRS.append

o = c("I want to put in an offer on the flat on Mill Road. But you're the seller's agent, so I don't know how much to trust you.", None)
add(rpair("b185r_d01_cambridge_first_offer",
"UK estate agent, phone call: first-time buyer wants to offer, distrusts the seller's agent.",
[o, t("Fair enough, I do act for the seller. What I can give you is facts. Are you mortgage-agreed in principle, and chain-free?"),
 c("Yes, both. First-time buyer. I was thinking 230, it's up for 245.", None),
 t("Chain-free counts for a lot with this seller, they want a quick move, so I'll stress that with your 230. Check what the two similar flats in the block sold for on the Land Registry, so you don't have to take my word for anything."),
 c("Okay, that's useful. And if they say no?", None),
 t("Then I'll tell you exactly what they said, and you decide. No pressure from me to go up."),
 c("Alright. Put it in at 230.", None)],
[o, t("I understand. We have to pass on every offer, so you can trust us on that. What would you like to offer, and are you in a chain?"),
 c("230, no chain, mortgage in principle done.", None),
 t("Okay. Honestly, it's a bit low, the seller was hoping for nearer 245."),
 c("It's all I can stretch to, really.", "no_money"),
 t("Understood, I'll still put it forward and come back to you in a day or two."),
 c("Okay, thanks.", None)]))

o = c("We've been in this house 46 years. The kids say sell, but honestly, I don't know where we'd even go.", None)
add(rpair("b185r_d02_ohio_long_time_owners",
"US realtor at the kitchen table with mortgage-free owners leaving the family home.",
[o, t("Forty-six years is a lot to think about. Before we talk price, where would you want to be, if you could choose?"),
 c("Near our granddaughter in Raleigh, maybe. But we don't want to sell and then have nowhere to live.", None),
 t("That's the most common worry I hear. Since you own outright, one route is buying in Raleigh first with a short bridge loan. Would you want to look into that?"),
 c("A loan? At our age? We swore we'd never owe anyone again.", "no_need"),
 t("Completely fair. The other way: sell here with a rent-back, so you stay up to 60 days after closing while you find the Raleigh place. Buyers often accept that."),
 c("Oh, that we could live with.", None),
 t("Then let's talk price next week, with the kids there if you'd like.")],
[o, t("It's a big decision. Let me show you what homes like yours sold for. Three similar homes closed between 410 and 440 this year."),
 c("That's more than we thought. But where would we go?", None),
 t("Plenty of options. Many of my sellers downsize to a condo or move near family. I can refer you to an agent wherever you land."),
 c("I suppose. We don't want to be homeless in between.", None),
 t("We can time the closing to give you room. Shall I prepare a listing agreement at 425 for you to look over?"),
 c("Let us sleep on it.", "think_it_over")]))

o = c("Look, the place in Footscray has been empty three weeks. I need a tenant this week. Drop the rent, do whatever, I don't care.", None)
add(rpair("b185r_d03_footscray_vacant_rental",
"Australian property manager, phone call: landlord under mortgage pressure wants a tenant now.",
[o, t("Three weeks is stressful. What's driving this week, is it the mortgage or something else?"),
 c("Mortgage, yeah. Rates went up, I'm chewing through savings.", None),
 t("Understood. We've had twelve enquiries and four inspections, and all four mentioned the bedroom carpet. Price isn't the main complaint. A 20 a week drop plus a carpet clean would likely beat 60 off."),
 c("I don't have spare money for carpet.", "no_money"),
 t("A clean is about 250, less than five weeks of the bigger drop. If you'd rather not, I'll drop 20 only and re-list Friday. Either way I'll ring Monday with inspection numbers."),
 c("Fine. Do the clean and the 20.", None)],
[o, t("Understood. We can drop it 60 a week, that usually moves things quickly. Want me to update the listing today?"),
 c("Will that actually get someone in?", None),
 t("It should help. It's been quiet in your area. I'll refresh the photos too."),
 c("Sixty a week, that hurts. Let me think.", "think_it_over"),
 t("It does, but an empty week costs you 560. Ring me when you've decided."),
 c("Yeah, alright.", None)]))

o = c("Hi, I got your report and it's just... red everywhere. Roof, damp, electrics. Should I pull out? I've already paid for the survey and the solicitor.", None)
add(rpair("b185r_d04_derby_survey_panic",
"UK surveyor, phone call: first-time buyer panics over a Level 2 survey report.",
[o, t("I can hear that's scary. Red means get it looked at before you commit, not walk away. What are you planning for the house, any big work?"),
 c("Not really. Live in it, maybe a new kitchen in a few years. I've got about five grand spare after moving.", None),
 t("Then here's the honest order. The damp is a blocked gutter, cheap. The roof tiles are old but have years left. The electrics matter most: no RCD on the fuse board, likely 600 to 900. Get an electrician's quote and use it to ask for money off."),
 c("Won't the seller just say no?", None),
 t("They might. But a written quote is hard to argue with, and even if they refuse, it's within your five grand."),
 c("Okay. That's less terrifying.", None)],
[o, t("Don't worry, lots of older houses get red ratings. Section E is the roof, F the damp, G the electrics. I'd get specialist quotes for each."),
 c("All three? I've spent a fortune already, I can't keep paying people to look at it.", "no_money"),
 t("Tradespeople usually quote for free. The electrics are the most important one."),
 c("Right. So should I still buy it?", None),
 t("That's your decision, but most buyers go ahead once they have quotes."),
 c("Okay. I'll think about it.", "think_it_over")]))

o = c("Got the renewal letter. A 180 a month increase? I can find something cheaper across town.", "too_expensive")
add(rpair("b185r_d05_denver_lease_renewal",
"US apartment leasing office, front desk: tenant pushes back on a renewal increase.",
[o, t("That's a big jump, I get it. Before anything else, what would make staying worth it, or is it purely the number?"),
 c("Mostly the number. But I like being five minutes from work, and moving across town means a car payment.", None),
 t("So the commute matters, and a car would cost you more than the 180. I can't waive the increase, but on a 15-month lease the owner's approved 110 instead. Does that help?"),
 c("110 is still steep. Let me look at the other place this weekend first.", "think_it_over"),
 t("Do. I'll hold the 110 until the 20th, so you're not rushed."),
 c("Okay, that's fair.", None)],
[o, t("I understand. Area rents went up about 8 percent, so 180 is in line. We can do 150 on a 12-month lease."),
 c("Still too much. The place across town is 200 less than that.", "too_expensive"),
 t("They may not include water and parking like we do. Worth checking."),
 c("Hm, good point. I'll compare.", "think_it_over"),
 t("Sure. Let us know by the 20th."),
 c("Will do.", None)]))

o = c("quick question, if we sign the contract today do we still get a cooling off period", None)
add(rpair("b185r_d06_parramatta_cooling_off",
"Australian conveyancer, web chat: first-home buyers about to sign a private sale contract in NSW.",
[o, t("Yes, in NSW it's five business days for a private sale, not at auction. What's making you ask, is something not done yet?"),
 c("we havent done the building and pest, agent said do it in the cooling off", None),
 t("That can work, but if something bad shows up and you pull out, you lose 0.25 percent, about 1,800 on your price. Booking the inspection before signing keeps that money safe."),
 c("its like 550 and moneys tight. and he said theres another buyer", "no_money"),
 t("There may well be. Ask him for 48 hours to inspect first. If he won't, signing with cooling off is still okay, you just know the cost of walking away."),
 c("ok ill ask him. thanks heaps", None)],
[o, t("Yes, five business days in NSW, unless it's an auction. You'd lose 0.25 percent if you pull out."),
 c("ok and we can do building and pest in that time", None),
 t("Correct, lots of buyers do. Just book it quickly."),
 c("moneys a bit tight so we might skip it honestly", "no_money"),
 t("That's your call, but I'd recommend it. Send me the contract and I'll review it today."),
 c("ok will do", None)]))

o = c("Hello, I'm ringing for my mum. She's moving from a four-bed house into a one-bed flat in sheltered housing. I honestly don't know where to start.", None)
add(rpair("b185r_d07_york_sheltered_housing_move",
"UK removals and storage firm, phone call: son organising his mother's downsizing move.",
[o, t("That's a big change for her. Do you know roughly how much is going with her, and what happens to the rest?"),
 c("Not a clue. She wants to keep everything, and it won't fit. There's been tears.", None),
 t("That's really common. One of our team can visit, measure the new flat, and go room by room with your mum on what fits. It's free, and choosing is often easier when she can see it."),
 c("I'd have to ask her. She might hate a stranger doing that.", "think_it_over"),
 t("Of course, and you could be there too. The rest can go into storage or to a charity collection, whichever she prefers."),
 c("Okay, I'll ask her tonight and ring you back.", None),
 t("Thanks. I'll email our visit slots so you've got them to hand.")],
[o, t("No problem. For a four-bed we'd send a surveyor round to quote. Would Tuesday suit?"),
 c("Tuesday's no good, I'm working in Leeds all week. And she's not taking all of it.", "no_time"),
 t("Saturday morning, then. If it's only what fits a one-bed, the rest can go into storage at 25 a week per container."),
 c("Per week? That adds up if she can't decide.", "too_expensive"),
 t("It can. We'll quote it properly on Saturday."),
 c("Alright.", None)]))

o = c("We want to list at 675. The Hendersons next door got 660 and our place is nicer.", None)
add(rpair("b185r_d08_raleigh_list_price",
"US listing agent, living room: sellers set on a high list price.",
[o, t("It may well be nicer. What have you done to it since you bought?"),
 c("New roof two years ago, new HVAC. Kitchen's original though.", None),
 t("Roof and HVAC matter a lot to buyers. The Hendersons had a new kitchen and baths, and sold in spring. I'd suggest 649, just under where searches bracket at 650. If there are no showings in two weeks, that tells us something either way."),
 c("I don't know. Feels like leaving money on the table.", None),
 t("It's possible. At 649, if three buyers want it, they bid it up. At 675 it tends to sit, and then buyers ask why."),
 c("Let me talk to Dave tonight.", "think_it_over"),
 t("Of course. I'll email the Hendersons' listing beside yours so you can both compare.")],
[o, t("We can try 675. I'll be honest, it's ambitious, the Hendersons had an updated kitchen."),
 c("Our roof and HVAC are brand new, though.", None),
 t("Good point, I'll highlight those. If there are no offers in 30 days, we'd look at a reduction."),
 c("Thirty days is fine, we're not moving till summer.", None),
 t("Great. I'll draw up the listing agreement at 675."),
 c("Okay, send it over.", None)]))

o = c("I'm here about my deposit. You want 400 for cleaning and wear. I left that flat spotless, and you lot always side with the landlord.", None)
add(rpair("b185r_d09_nottingham_deposit_dispute",
"UK letting agent, office visit: former tenant disputes deposit deductions.",
[o, t("Thanks for coming in. I do act for the landlord, but your deposit's protected with the DPS, so if we can't agree, an independent adjudicator decides, free. Shall we look at the check-out report together first?"),
 c("Go on then.", None),
 t("Here. Cleaning 150, for the oven. Wear 250, for carpet marks by the window. Do you have photos from when you left?"),
 c("I've got the oven one. The carpet marks were the plant pot, been there since day one I reckon.", None),
 t("The check-in report does say minor marks by the window, so I'll recommend the landlord drops the carpet charge. I'll compare your oven photo with ours and email you his answer by Friday."),
 c("Fine. But if it's not fair I'm going to the DPS.", None),
 t("That's your right. I'll put the link in the email.")],
[o, t("I understand. The deductions come from the check-out report. If you disagree, you can use the DPS dispute service, it's free."),
 c("How long does that take?", None),
 t("Usually a few weeks. You upload your evidence and the landlord uploads his."),
 c("A few weeks? Can't you just sort it now?", None),
 t("I can pass your comments to the landlord if you put them in writing."),
 c("Fine. Just email me whatever form it is.", "brush_off")]))

o = c("Hi, I'm a casual nurse, two years in. I've saved 30k. Everyone says banks won't touch casuals. Is it even worth trying?", None)
add(rpair("b185r_d10_wollongong_casual_nurse_loan",
"Australian mortgage broker, phone call: first-home buyer on casual hours.",
[o, t("It's worth a conversation. Two years casual with one employer is often enough for some lenders. Same hospital the whole time?"),
 c("Same hospital, yeah. But my hours go up and down, like 28 to 40 a week.", None),
 t("Lenders usually average the last year, so ups and downs are okay. With 30k you may fit the government 5 percent deposit scheme and avoid mortgage insurance. I can't promise a lender till I see payslips."),
 c("I've been burned before. A broker took all my details and ghosted me.", "bad_experience"),
 t("That's rotten. Here's my promise: once you send payslips, I ring you within two business days with a yes, a no, or what's missing. In writing too."),
 c("Okay. I'll send them tonight.", None)],
[o, t("Yes, lenders do lend to casuals. With 30k you could borrow around 450 to 500k depending on income. I'll need your last three payslips and tax returns."),
 c("Two years of tax returns?", None),
 t("Yes, plus bank statements. Once I have everything I'll run it through a few lenders."),
 c("Last broker took all my stuff and I never heard back.", "bad_experience"),
 t("Sorry to hear that. We're pretty responsive. Send them through when you can."),
 c("Alright, I'll see.", "think_it_over")]))
