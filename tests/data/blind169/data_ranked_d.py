from common import c, rpair, t

P = "b169r_"
PAIRS = []

o = c("What's your cheapest soybean. Don't need nothin fancy.", None)
PAIRS.append(rpair(P + "d01_ndakota_seed_dealer_soybeans",
 "A North Dakota grower asks a seed dealer for the cheapest soybean. Better asks about problem fields first.",
 [o, t("I've got a few. Before I pick one, any trouble fields? White mold, yellow beans, that kind of thing?"),
  c("Low ground by the slough goes yellow every June. Rest is fine.", None),
  t("Yellow on low ground in June is usually iron chlorosis, and the cheap one is weak on that. A tolerant bean for that field only is four dollars a unit more; the cheap one everywhere else."),
  c("Four bucks more a unit. Hm. That adds up.", "too_expensive"),
  t("The slough field is what, eighty? About forty units, so a hundred sixty extra. Three bushels pays it back."),
  c("That makes sense. Put me down for both.", None)],
 [o, t("Cheapest is our 0-3 at thirty-eight a unit. Good bean, lots of guys run it."),
  c("How's it on low ground. Goes yellow by the slough.", None),
  t("About average on that. It'll do all right. How many units?"),
  c("Hundred eighty, I guess.", None),
  t("Hundred eighty at thirty-eight. I'll have it ready in April."),
  c("Fine.", None)]))

o = c("Got milo comin in. Should I store it with you or just sell it.", None)
PAIRS.append(rpair(P + "d02_kansas_elevator_store_or_sell",
 "A Kansas sorghum grower asks whether to store or sell at harvest. Better learns his cash needs before advising.",
 [o, t("Depends on a couple things. Do you need money this fall, and do you have bins at home?"),
  c("Need some. Land payment's December. No bins, sold em when Dad quit.", None),
  t("Then maybe split it. Sell enough at harvest for the land payment, store the rest here. Carry to March is about thirty cents, storage four cents a month, so maybe fifteen cents ahead if it holds. It doesn't always."),
  c("Huh. Never thought of splittin it. Let me run it by my wife, she does the books.", "think_it_over"),
  t("Good. Here's the numbers written down. Call when the first loads come and we'll set the split."),
  c("Okay.", None)],
 [o, t("Storage is four cents a month. Carry to March is about thirty cents, so storing has paid most years."),
  c("I got a land payment in December.", None),
  t("Then you could sell some. Up to you. Most guys store about half."),
  c("Let me think on it.", "think_it_over"),
  t("Sure. Call me when you know."),
  c("Okay.", None)]))

o = c("Doc gave me a new inhaler. You said it's a hundred ten dollars? I can't do that.", "no_money")
PAIRS.append(rpair(P + "d03_oklahoma_pharmacy_inhaler_cost",
 "A feedlot worker balks at an inhaler price. Better finds out what it is for and opens a cheaper route with the doctor.",
 [o, t("That's a lot. Let me see what we can do. Is this replacing one you had, or new?"),
  c("New. Old one's the albuterol. Doc says I use that too much. Dust at the feedlot.", None),
  t("So a daily one, so you need the rescue less. A coupon brings this to thirty-five, and a generic of a similar one is twenty if Dr. Patel okays the switch."),
  c("Twenty I can do. Thirty-five is still a stretch. And I don't want to pester her.", "no_money"),
  t("It's no pestering, I fax her, she answers by afternoon. Meanwhile the coupon price today, so you're not without."),
  c("All right. Thirty-five today.", None)],
 [o, t("I know, it's a pricey one. It's brand only, that's why."),
  c("Well, I can't do a hundred ten.", "no_money"),
  t("There's a maker's coupon, brings it to thirty-five. Want me to run that?"),
  c("Yeah, do that.", None),
  t("Done. Thirty-five. Twice a day, rinse your mouth after."),
  c("Okay.", None)]))

o = c("Letter says I can lock in propane for the winter. Should I?", None)
PAIRS.append(rpair(P + "d04_iowa_propane_price_lock",
 "An Iowa customer asks about a winter price contract. Better sizes the lock to his real use.",
 [o, t("Might be. How many gallons did you use last winter, and is anything besides the house on that tank?"),
  c("Around nine hundred. We dried some corn one fall. Sold the dryer since.", None),
  t("Then the house is more like eight hundred. I'd lock about six-fifty at two-oh-nine and leave the rest at market, so a warm winter doesn't leave you paying for gas you don't burn."),
  c("Last year I locked and the price dropped below it. Felt like a sucker.", "bad_experience"),
  t("That's the risk, and why I wouldn't lock it all. Think on it, the offer's open till September thirtieth."),
  c("I'll call ya.", "think_it_over")],
 [o, t("Lots of folks do. Contract's two-oh-nine a gallon through April. Lock your usual nine hundred?"),
  c("Last year I locked and the price dropped below it. Felt like a sucker.", "bad_experience"),
  t("It happens. Most years it's come out ahead, though. Nobody knows what winter will do."),
  c("Hm. Nine hundred's more than I'll use. Sold the dryer.", None),
  t("Then say eight hundred. Open till September thirtieth."),
  c("Just mail me the form. I'll call ya.", "brush_off")]))

o = c("I'm looking for a used pickup. Something that'll haul hay. My husband usually does this but he's laid up.", None)
PAIRS.append(rpair(P + "d05_nebraska_pickup_dealer_hay_truck",
 "A ranch wife shops for a hay truck while her husband is hurt. Better asks about the load and offers a trial at home.",
 [o, t("Sorry he's laid up. Tell me about the hay: small squares in the bed, or big rounds on a trailer?"),
  c("Rounds. Six on a gooseneck. From the river place to the yard, ten miles.", None),
  t("Six rounds on a gooseneck is real weight; you want a three-quarter ton with a gooseneck hitch. A half-ton would be working too hard."),
  c("He said half-ton was fine. But he's not the one driving it now.", None),
  t("I've a 2016 three-quarter, hitch already in, one-ten on it, twenty-nine thousand. Take it home, hook your trailer, bring it back if it's wrong."),
  c("I'd like him to see it first. Could I take it tonight?", "think_it_over"),
  t("Yes. Keys are yours till tomorrow noon.")],
 [o, t("Sure. I've got a nice 2018 half-ton, low miles, thirty-one thousand. Great truck."),
  c("Will it pull a gooseneck with six round bales?", None),
  t("It's rated for it, yes, tow package. Want to drive it?"),
  c("Okay. I'd like him to see it first, though.", "think_it_over"),
  t("No problem. Bring him in when he's up and around."),
  c("All right.", None)]))

o = c("Dad says I need my own crop insurance now I'm renting the Olson eighty. I don't really know you.", None)
PAIRS.append(rpair(P + "d06_iowa_crop_insurance_young_farmer",
 "A young farmer who trusts only people he knows buys his first policy. Better brings in the father and lets him decide at home.",
 [o, t("That's fair, you don't. I've written your dad's policy eleven years. Would it help to sit down with him here too?"),
  c("Maybe. He's pretty busy. I'd like to get it right though.", None),
  t("Then simple first. Corn or beans on the Olson eighty, and any yield history on it?"),
  c("Corn. No history. Olson didn't keep records.", None),
  t("Then county average for now; it builds as you go. Seventy-five percent is about eighteen an acre. Closing is March fifteenth. Take this home to your dad, and come by with him any morning."),
  c("I'll show him tonight. Probably come in with him next week.", "think_it_over"),
  t("Good. Coffee's on at seven.")],
 [o, t("Sure. Your dad's been with us eleven years. Corn or beans on the Olson eighty?"),
  c("Corn. No history. Olson didn't keep records.", None),
  t("Then county average. Seventy-five percent, about eighteen an acre. I can write it up now, you just sign here."),
  c("I'd like to show Dad first.", "think_it_over"),
  t("Sure, just remember March fifteenth is the deadline. Don't wait too long."),
  c("Okay. I'll bring it back.", None)]))

o = c("Combine's feeder chain broke again. Third time this fall. Thinkin maybe it's time to trade.", None)
PAIRS.append(rpair(P + "d07_sdakota_dealer_combine_repair_or_trade",
 "A farmer wonders about trading a combine after repeat chain failures. Better diagnoses before selling.",
 [o, t("Could be. Before you decide, how many hours, and what else has it needed this year?"),
  c("Forty-one hundred separator. Chain, a rotor bearing, that's about it.", None),
  t("Not a lot for that machine. Three chains in a season usually means worn sprockets chewing them. Sprockets and chain run about twenty-two hundred; a trade is a hundred forty difference at least."),
  c("Twenty-two hundred. And it'd quit breakin?", None),
  t("If the sprockets are it, yes. Bring it in after harvest, I'll show you the teeth before we do anything. If they look fine, we talk trade."),
  c("Fair enough. After beans.", None)],
 [o, t("Could be. It's got some hours. We've a couple of low-hour trades on the lot, and rates are decent right now."),
  c("What'd that run me.", None),
  t("Around a hundred forty thousand difference, depending. Or keep fixing the chain, about four hundred each time."),
  c("Hundred forty. That's a lot of money.", "too_expensive"),
  t("It is. Think about it, and I'll keep you posted on what comes in."),
  c("Yeah. After beans.", "think_it_over")]))

o = c("My wife says I gotta get a checkup. So. When's the doctor got an opening.", None)
PAIRS.append(rpair(P + "d08_nebraska_clinic_checkup_dizzy",
 "A farmer books a checkup under protest. Better asks why and hears about dizzy spells on the combine.",
 [o, t("We'll find one. Is it a regular checkup, or is something bothering you that she's noticed?"),
  c("Nothin much. Got a little dizzy on the combine last week. Twice. She saw me sit down in the yard.", None),
  t("Dizzy twice, and you had to sit down. I don't want that waiting till after harvest. Dr. Lang has tomorrow at seven-thirty, before you'd be in the field."),
  c("Tomorrow. I'm in the middle of beans.", "no_time"),
  t("Seven-thirty, out by eight-fifteen. Or the nurse can call you today and decide with you if it can wait."),
  c("Seven-thirty. Fine. She'll make me anyhow.", None)],
 [o, t("Sure. For a routine physical, Dr. Lang's next opening is November sixth at ten."),
  c("November. That's after harvest anyhow.", None),
  t("Great. Anything we should know before the visit?"),
  c("Got a little dizzy on the combine last week. Probably the heat.", None),
  t("I'll put that in the note for the doctor. If it happens again, call us. November sixth at ten."),
  c("All right.", None)]))

o = c("Want to borrow twenty thousand for a tractor. '84 John Deere 4450. Buyin it off the neighbor.", None)
PAIRS.append(rpair(P + "d09_kansas_bank_old_tractor_loan",
 "A farmer asks for a loan on an old tractor. Better is honest that the bank won't lend on it and finds another way.",
 [o, t("Okay. Is this adding a tractor, or replacing one?"),
  c("Replace the 4020. It's done. Rod knocked.", None),
  t("Honest answer: we don't lend against a tractor that old, the board won't count it as collateral. It can still work: put it on your operating line and pay it at harvest, or FSA has a small loan."),
  c("FSA's a lot of paper. My brother went that way, took him three months.", "bad_experience"),
  t("It can be slow. The line's quicker, you've twenty-eight thousand room on it. Paid at harvest, interest is about eight hundred."),
  c("That works. Let me tell the neighbor.", None)],
 [o, t("Sure, I'll put in an equipment loan application. What year, '84?"),
  c("Yeah. Replacing the 4020.", None),
  t("Might be tough with a tractor that old, but I'll send it up and see."),
  c("How long's that take.", None),
  t("A week, maybe two. I'll try to push it. Call me Thursday if you haven't heard."),
  c("Neighbor wants an answer by Friday. Guess we'll see.", None)]))

o = c("My phone bill's gone up to eighty-some dollars. I'm on a fixed income. Is there something cheaper?", "no_money")
PAIRS.append(rpair(P + "d10_oklahoma_telco_widow_bill",
 "A widow on a fixed income asks a rural phone company for a cheaper bill. Better finds out what she uses.",
 [o, t("Let's look. What do you use: the home phone, the internet, TV?"),
  c("Home phone. Internet was for my husband's markets. I don't use it. Grandkids do when they visit.", None),
  t("So mostly the phone. Phone alone is twenty-eight; the slowest internet for the grandkids adds twenty. Either way well under eighty."),
  c("Twenty-eight. But the phone has to work if I fall. My son put in that button thing.", None),
  t("The alert button runs on the phone line, so keeping the phone covers it. I'll drop the internet, and call your son if you like, so he knows."),
  c("Call him. He worries.", None)],
 [o, t("Sure. Our bundle's on promotion: phone, internet and streaming for sixty-nine, for twelve months."),
  c("Sixty-nine's still a lot for a phone I mostly just answer. What happens after twelve months?", "too_expensive"),
  t("It goes back to eighty-four, but you can call and ask again."),
  c("I'd rather not have to remember. Just mail me the paper on it.", "brush_off"),
  t("Of course. I'll mail it today."),
  c("Thank you.", None)]))
