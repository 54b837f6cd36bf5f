"""Ranked pairs f01-f10: the two sides are identical except ONE fault in `worse`
(the faulty trainee line and the customer's reaction to it). Shared turns are written once
and used in both sides so that they are character-for-character the same."""
from common import c, rpair, t

PAIRS = []

# f01 -- argues with the customer. Guatemala, car rental return, spoken.
_o = c("Hi, we're bringing back the Yaris. Keys are in it. We fly out of Guatemala City at four, so we're in a bit of a hurry.", None)
_t1 = t("Thanks! I'll do the walk-around quickly. ... Fuel full, good. There's a scratch on the rear bumper, left side, about ten centimetres.")
_c2 = c("That was there when we picked it up. I'm pretty sure.", None)
_t5 = t("Fuel's full and the mileage is fine, so your deposit is released today; it shows on the card in three to five days. Want me to book you the airport shuttle? It's 35 dollars a person, and there's one leaving in twenty minutes.")
_c6 = c("35 each? We'll get an Uber, it's cheaper.", "too_expensive")
_t7 = t("Fair enough, Uber works fine from here. Wait at the corner by the fountain, it's easier for them to stop. The receipt's in your email. Buen viaje!")
PAIRS.append(rpair(
    "b35r_f01_carrental_antigua",
    "Tourists return a rental car in Antigua Guatemala in a hurry to reach the airport; the clerk finds a scratch the customer says was already there. Identical except that in worse the clerk first argues that the scratch looks recent before checking the pick-up photos.",
    _o,
    [_t1, _c2,
     t("Could be, let me check the pick-up photos on the tablet. ... Yes, here it is, marked on the check-out sheet. Nothing to pay."),
     c("Oh good. Phew.", None),
     _t5, _c6, _t7],
    [_t1, _c2,
     t("I don't think so, sir. Our team checks every car carefully before it goes out, and that looks fresh to me. ... Let me see the photos. Hm. Okay, it's on the check-out sheet. Nothing to pay."),
     c("I told you it was there. No need to argue with me about it.", None),
     _t5, _c6, _t7],
))

# f02 -- doubts the customer's honesty. Benin, online fashion retailer, typed.
_o = c("bonjour, my order CT-5521 says delivered yesterday but i never got anything. i was home all day in Fidjrossè", None)
_t1 = t("Bonjour, sorry about that, let me look. ... The rider marked it delivered at 16:12 yesterday. Could someone else at the house have taken it in, a neighbour or the gardien?")
_c2 = c("i asked the gardien and my neighbour. nobody got it.", None)
_t5 = t("Yes. It goes out by express today, you'll have it Friday between 10h and 14h, and the rider will call you before he comes so it's handed to you in person.")
_c6 = c("ok, friday. i will be home.", None)
_t7 = t("Perfect. I'll send you the tracking link tonight. Sorry again for the trouble.")
PAIRS.append(rpair(
    "b35r_f02_fashion_cotonou",
    "A regular customer of an online fashion shop in Cotonou writes that a parcel marked delivered never arrived. Identical except that in worse the agent implies she may be lying before agreeing to resend.",
    _o,
    [_t1, _c2,
     t("Thank you for checking both. Then something went wrong on our side. I'll open an inquiry with the courier, and I'm sending you a new parcel today, same items and sizes, so you're not waiting for the investigation."),
     c("oh merci. will it come before sunday? the dress is for a baptism", None),
     _t5, _c6, _t7],
    [_t1, _c2,
     t("Hmm, the GPS shows the rider at your gate and he took a photo. Are you sure nobody at home took it in? We do get customers who say not delivered and then... well. I'll open an inquiry and send a new parcel anyway."),
     c("i said nobody took it. i dont like being treated like a thief, i order here for 2 years. will the new one at least come before sunday? the dress is for a baptism", None),
     _t5, _c6, _t7],
))

# f03 -- haggles on price at once. Poland, web design agency, typed.
_o = c("Hi, Marta from Piekarnia Babcia Zosia. Got your quote, 14,500 zł for the site with online pre-orders. Honestly it's more than I expected.", None)
_t3 = t("Pre-orders for the rush are the expensive part: payment, pick-up slots per shop, and a daily list for the bakers. Roughly how many pre-orders do you get in Easter week?")
_c4 = c("Maybe 300 across both shops. The rest of the year, 20 a week.", None)
_t5 = t("Then here's an option: a simple site now without online payment. Customers order, pick a slot and pay in the shop. That brings it to about 9,800. If Easter goes well, we add card payment later for around 3,000. Would that work?")
_c6 = c("That's more like it. Can it be ready before Easter? That's 9 weeks.", None)
_t7 = t("Yes, if you send the product list and photos by the end of next week. I'll send a revised quote today with the two stages split out.")
PAIRS.append(rpair(
    "b35r_f03_webdesign_krakow",
    "The owner of a two-shop bakery in Kraków replies to a web agency's quote for a site with online pre-orders, saying it is more than she expected. Identical except that in worse the agent immediately offers a discount and a free extra instead of first asking what she expected and compared it with.",
    _o,
    [t("Thanks for saying so straight away, Marta. What were you expecting, and what did you compare it with? It helps me see whether we over-scoped something."),
     c("My cousin's friend does websites for 4,000. But he doesn't do the pre-ordering, and pre-orders are what I need, for Easter and Christmas. People phone, we write it on paper, and we lose orders.", "too_expensive"),
     _t3, _c4, _t5, _c6, _t7],
    [t("Understood! I can do 12,000 if you sign this week, and throw in a logo refresh for free."),
     c("Oh. That was fast, so what was the 14,500 for? Anyway, what I need is the pre-orders, for Easter and Christmas. People phone, we write it on paper, and we lose orders.", None),
     _t3, _c4, _t5, _c6, _t7],
))

# f04 -- gives unasked advice. Sri Lanka, optician, spoken.
_o = c("Good morning. I have the prescription from the eye doctor at Karapitiya. Reading glasses. I want something light, the old ones hurt my nose.", None)
_t1 = t("Good morning, madam. Let me see... plus 2 for both eyes. Light frames, yes. Where did the old ones hurt, on the top of the nose or the sides?")
_c2 = c("Here, on the sides, they leave red marks. And I wear them all day, I'm a bookkeeper at a hotel.", None)
_t5 = t("That one is 14,500 with the lenses. With the anti-glare coating for the screen, 17,800.")
_c6 = c("Hmm, 17,800. My sister got hers in Colombo for less.", "too_expensive")
_t7 = t("Could be. The anti-glare is optional; without it, 14,500. If the screen tires your eyes by evening, it's worth it, if not, skip it. You can decide when you collect them on Thursday.")
PAIRS.append(rpair(
    "b35r_f04_optician_galle",
    "A hotel bookkeeper in Galle brings a reading-glasses prescription to an optician and asks for light frames because her old ones hurt. Identical except that in worse the optician lectures her, unasked, about screen time, diet and her age.",
    _o,
    [_t1, _c2,
     t("All day with the computer and papers, then I'd go for a titanium frame with soft silicone pads, much lighter. These three are all under 15 grams. Would you like to try them?"),
     c("This one is nice. Very light. How much?", None),
     _t5, _c6, _t7],
    [_t1, _c2,
     t("All day on the computer? You know, you should really cut down your screen time, do the 20-20-20 exercise, and eat more carrots and green leaves. At your age the eyes weaken fast if you don't take care. Anyway, titanium frames with silicone pads are lighter, these three are under 15 grams. Try?"),
     c("I didn't ask about my diet, thank you. The screen is my job. ... This one is nice. Very light. How much?", None),
     _t5, _c6, _t7],
))

# f05 -- gives no date for the fix. Mexico, water utility, spoken phone.
_o = c("Buenas tardes, I'm calling about a leak in the street, in front of number 27, Calle 14 Sur, Colonia Azcárate. Water's been running for two days, it's making a hole in the asphalt.", None)
_t1 = t("Buenas tardes, thank you for reporting it. Is the water coming out of the road, or from the meter box by your house?")
_c2 = c("From the street, almost the middle of the road. Clean water, a lot of it.", None)
_t5 = t("Probably for two or three hours in your block. The crew knocks on doors before they close the valve.")
_c6 = c("Okay. And the hole, somebody could drive into it.", None)
_t7 = t("I'm marking it as a road hazard on the report so it gets coned off first. Thank you for calling it in.")
PAIRS.append(rpair(
    "b35r_f05_waterutility_puebla",
    "A resident of Puebla phones the water utility about a main leaking into the street for two days. Identical except that in worse the agent gives no date for the repair, only that the crew will come when it can.",
    _o,
    [_t1, _c2,
     t("Then it's the main, that's ours. I've registered it as report PB-11873. The leak crew for your zone has it for Thursday morning, between 8 and 12. If they haven't arrived by noon on Thursday, call with that number and ask for the supervisor."),
     c("Thursday. Okay, that's clear. Will our water be cut while they fix it?", None),
     _t5, _c6, _t7],
    [_t1, _c2,
     t("Then it's the main, that's ours. I've registered it as report PB-11873. It's been passed to the leak crew, and they'll attend to it as fast as they can, depending on their workload. We'll let you know."),
     c("As fast as they can? That could be a month. Don't you have a day at least? And will our water be cut while they fix it?", None),
     _t5, _c6, _t7],
))

# f06 -- promises what cannot be guaranteed. Cameroon, express courier, spoken.
_o = c("Bonjour. I need to send samples of Penja pepper to Paris. Two kilos, in vacuum bags. The buyer must have them before Friday, there's a trade fair on Saturday.", None)
_t1 = t("Bonjour. Today is Monday, so three working days. Are the bags labelled with the contents, and do you have the phytosanitary certificate?")
_c2 = c("The certificate I have, from the ministry. Labels yes: white Penja pepper, sample with no commercial value.", None)
_t3 = t("Good, that's what French customs look at first. With our express service it leaves tonight via Brussels, and normal delivery in Paris is Thursday. It's 58,000 francs for two kilos.")
_c4 = c("Okay, it's for the buyer, the price is what it is. But you're sure it arrives before Friday?", None)
_t7 = t("Thank you. The tracking number is on your receipt, you can follow it from tonight.")
PAIRS.append(rpair(
    "b35r_f06_courier_douala",
    "A small pepper exporter in Douala sends food samples by express courier to a buyer in Paris who needs them before a trade fair. Identical except that in worse the clerk guarantees Thursday delivery and says customs never hold their parcels.",
    _o,
    [_t1, _c2, _t3, _c4,
     t("Thursday is normal, and most parcels make it. But I won't promise: food samples can be held by French customs for a check, sometimes a day. What I can do: give me the buyer's number, and if it's held, I call you both the same hour so he can go to customs at the airport with the papers."),
     c("At least you're honest. Okay, I send it. Here's his number.", None),
     _t7],
    [_t1, _c2, _t3, _c4,
     t("Madame, one hundred percent. Customs never stop our parcels, we have a special arrangement with them. Thursday morning it's on his desk, I guarantee it personally."),
     c("Personally! Okay then, I send it. If it's not there, I'm coming to find you. Here's the buyer's number.", None),
     _t7],
))

# f07 -- does not check that the fix worked. Romania, city hall IT helpdesk, typed.
_o = c("hi, civil registry office here, ground floor. since this morning i cant print anything to the big xerox printer. there are people waiting for their certificates", None)
_t1 = t("Hi, on it. What's the computer name? It's on the sticker on the front, starts with PRIM-.")
_c2 = c("PRIM-SC-07", None)
_t3 = t("Thanks. I'm connected remotely now. Last night's Windows update removed the printer driver on some PCs. I'm reinstalling it, about two minutes, please don't switch the computer off.")
_c4 = c("ok. hurry please, the queue is long", None)
_t7 = t("Two other offices had the same problem this morning, so if a colleague has it, tell them to call the helpdesk on 1500.")
PAIRS.append(rpair(
    "b35r_f07_cityhall_iasi",
    "A clerk at the civil registry desk of a city hall in Iași messages the internal IT helpdesk: after an overnight update she cannot print certificates and a queue is building. Identical except that in worse the technician closes the ticket without asking her to print a test page.",
    _o,
    [_t1, _c2, _t3, _c4,
     t("Done. The Xerox is back in your printer list and set as default. Could you print one certificate now and tell me if it comes out?"),
     c("it printed! ok thank you", None),
     _t7],
    [_t1, _c2, _t3, _c4,
     t("Done. The Xerox is back in your printer list and set as default. I'm closing the ticket now."),
     c("ok thanks, i will try it", None),
     _t7],
))

# f08 -- recommends before asking. Nicaragua, paint shop, spoken.
_o = c("Buenas. I want to paint my daughter's room. What paint do you recommend?", None)
_t3 = t("That black spot is probably mould from the damp. If you paint over it, it comes back within a month. First it needs cleaning with a bleach solution and an anti-mould sealer, then paint. How big is the room?")
_c4 = c("Three by three and a half. Normal ceiling.", None)
_t5 = t("Then one gallon of anti-mould interior paint does two coats, 980 córdobas, plus a quarter of sealer for the corner, 320. You don't need the premium one for a bedroom.")
_c6 = c("Oh good, that's less than I thought. And the colour, she wants lilac.", None)
_t7 = t("We mix it here in ten minutes. Bring her along, or pick from the colour card.")
PAIRS.append(rpair(
    "b35r_f08_paint_managua",
    "A father in Managua asks a paint shop what paint to use for his daughter's bedroom, which has a damp corner. Identical except that in worse the assistant recommends a premium paint before asking anything about the walls.",
    _o,
    [t("Buenas, happy to help. How are the walls now: new plaster, old paint, any damp patches or black spots?"),
     c("Old paint, and yes, there's a black spot in one corner, near the window. That side gets the rain.", None),
     _t3, _c4, _t5, _c6, _t7],
    [t("For bedrooms the best is our Premium Satin Washable, 1,450 córdobas a gallon, very good coverage. Two gallons will do it."),
     c("Two gallons at 1,450? That's almost three thousand... And there's a black spot in one corner, near the window, will that cover it? That side gets the rain.", "too_expensive"),
     _t3, _c4, _t5, _c6, _t7],
))

# f09 -- unexplained jargon. Nepal, bank home loan, spoken.
_o = c("Namaste. My wife and I, we are both teachers, we want to buy a small flat in Imadol. 85 lakh. We have saved 25. Can the bank give the rest?", None)
_t1 = t("Namaste, and congratulations on finding a place. So a loan of 60 lakh. How much do you both take home each month, together?")
_c2 = c("Together about 1 lakh 20 thousand. Hers is a government school, mine is private.", None)
_t5 = t("It can go up, or down. If rates rise by one percent, the payment goes up by about 3,800. If you want less risk, a smaller loan helps: put in 30 lakh and borrow 55, and it's around 55,000 a month.")
_c6 = c("55,000. My brother might lend us 5 lakh. We'll talk with him this week.", "think_it_over")
_t7 = t("That's wise. When you're ready, bring salary certificates for the last six months and a copy of the flat's land ownership papers, and I'll run the exact numbers with you.")
PAIRS.append(rpair(
    "b35r_f09_homeloan_kathmandu",
    "A couple of schoolteachers ask a bank officer in Kathmandu whether they can borrow 60 lakh for a small flat. Identical except that in worse the officer explains the loan in banking shorthand (EMI, DTI cap, LTV, base rate plus premium) without saying what it means.",
    _o,
    [_t1, _c2,
     t("Thank you. For 60 lakh over 20 years, at today's rate of about 10.5 percent, the monthly payment would be around 60,000. The bank usually allows up to half your income for loan payments, so you're right at the limit. And the rate can change every three months, because it follows the bank's own base rate."),
     c("60,000 a month... that's half our salary. And it can go up?", None),
     _t5, _c6, _t7],
    [_t1, _c2,
     t("Thank you. For 60 lakh over 20 years at base rate plus 2.5 premium, your EMI comes to around 60,000. With the DTI cap at 50 percent and LTV at 70 you're borderline, and it's floating, repriced quarterly against the base rate."),
     c("Sorry, DTI, LTV? I teach Nepali, not economics. Can you say it simply? Can it go up?", None),
     _t5, _c6, _t7],
))

# f10 -- makes it about themselves and leaves no clear next step. Nigeria, letting agent, typed.
_o = c("Good evening. I'm Dr Ifeoma Eze, moving to Abuja from Enugu, starting at the National Hospital in 6 weeks. Looking for a 2-bed in Garki or Wuse, budget around 4.5m per year. Is that realistic?", None)
_t1 = t("Good evening Dr Eze, congratulations on the new post. 4.5m for a 2-bed is tight in Wuse 2, more realistic in Garki Area 11 or Wuse Zone 4. How close do you need to be, are you on night calls?")
_c2 = c("Yes, nights and weekends on call. I'd like to be within 15 minutes.", None)
_t3 = t("Then Garki Area 11 is good. One year or two years upfront? Many landlords here ask for two.")
_c4 = c("Two years is impossible for me right now. One year, with the agency fee on top.", "no_money")
_t7 = t("I'll send you what I have tonight. Any questions, ask me here anytime.")
PAIRS.append(rpair(
    "b35r_f10_letting_abuja",
    "A doctor relocating from Enugu to Abuja messages a letting agent about a two-bedroom flat near the National Hospital on a one-year lease. Identical except that in worse the agent talks about his own move to Abuja instead of naming the options and the next step (videos tonight, a live walk-through on Saturday).",
    _o,
    [_t1, _c2, _t3, _c4,
     t("Understood, one year it is. I have three one-year options between 4 and 4.8m in Area 11. Videos of all three tonight, and my colleague can do a live video walk-through with you on Saturday at 11 for any you like."),
     c("Saturday at 11 works. Thank you, this is very helpful.", None),
     _t7],
    [_t1, _c2, _t3, _c4,
     t("Understood. Honestly, I know how it is. When I moved from Kaduna to Abuja I paid two years upfront and it nearly finished me, I squatted with my cousin in Kubwa for four months first, and that traffic... Abuja is tough for newcomers! But you'll get used to it."),
     c("Okay... so do you have anything for one year in my budget? What happens next?", None),
     _t7],
))
