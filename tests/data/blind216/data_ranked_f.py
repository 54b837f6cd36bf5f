"""Ranked pairs f01-f10 (written by hand for blind216): both sides share every turn except one fault in
`worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- f01 argues with the customer
_o = c("Hi, this is Dana at Ruiz and Cole, we use you for court runs to the county courthouse. Twice last week your driver got there after the filing window closed. I need this not to happen again.", None)
_t1 = t("I'm sorry, Dana, a missed filing window is serious. Which days were those, and what time were the pickups booked for?")
_c1 = c("Tuesday and Thursday, both booked for 3:15, and the clerk's window closes at four. On Thursday he showed up at 3:50.", None)
_t2_good = t("That's far too tight, 3:50 for a four o'clock window with parking and security. I'll check the driver logs for both days so I can see where the time went.")
_c2_good = c("Okay. I just need to know it won't keep happening.", None)
_t2_bad = t("Hmm, I'm looking at the GPS, and on Tuesday he was at your building at 3:17. So honestly, I don't think our driver was late on Tuesday. Are you sure the packet was ready?")
_c2_bad = c("The packet was on the front desk at three. I don't need an argument, I need the filings in on time.", None)
_t3 = t("For court runs, I'll move your standing pickup to 2:45 and mark them priority, so the driver goes straight to the courthouse with no other stops. No extra charge for the first month.")
_c3 = c("2:45 is fine. But if it happens again we'll have to look at another courier, the partners are already asking.", "bad_experience")
_t4 = t("Understood. I'll email you both days' driver logs by tomorrow, and call you after the next two runs to check they were on time.")

PAIRS.append(rpair(
    "b216r_f01_sacramento_court_courier",
    "A legal assistant at a small Sacramento law firm complains that the courier missed two court filing windows.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

# ---------------------------------------------------------------- f02 doubts the customer's honesty
_o = c("Hi, I'm the treasurer at the Launceston rowing club. We've got one of your drink machines in the clubhouse. One of our juniors put a ten dollar note in on Saturday and got nothing, no drink, no change.", None)
_t1 = t("Sorry about that, that's annoying for a kid. Do you know roughly what time on Saturday, and which machine, if there's more than one?")
_c1 = c("Only the one machine. About nine in the morning, after training. Her mum rang me about it.", None)
_t2_good = t("Thanks. The machine logs every note, so I'll check what it recorded around nine, but either way we'll refund the ten dollars. Would you like it left with you at the club, or paid to her mum?")
_c2_good = c("Leave it at the club, I'll pass it on. While I've got you, the note reader's been fussy for a while.", None)
_t2_bad = t("Okay. Just so you know, we get a lot of these claims from kids, and often the note wasn't actually taken. Are you sure she put it in, and didn't spend it at the canteen?")
_c2_bad = c("She's thirteen and her mum watched her do it. And the note reader's been fussy for weeks, so I'd look at your machine before you look at the kids.", None)
_t3 = t("I'll have the technician check the note reader at Thursday's restock and swap it if it's playing up, and I'll leave the ten dollars in an envelope with your bar manager.")
_c3 = c("Thursday's fine. The bar's open from four.", None)

PAIRS.append(rpair(
    "b216r_f02_launceston_vending_refund",
    "A sports club treasurer calls the vending operator because a junior member lost a note in the clubhouse machine.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3],
))

# ---------------------------------------------------------------- f03 drops the price before asking anything
_o = c("Hi, I run a two-truck moving company in Moncton, and I'm looking at leasing a cube van for the summer rush. What kind of rates do you have?", None)
_t1_good = t("Happy to go through them. Before I quote, how big are the moves you do, and how many months would you need it?")
_c1_good = c("Mostly apartments and small houses. June to September, so four months. It's our busy time, we turn jobs away.", None)
_t1_bad = t("Good news, I can knock 15 percent off our cube van rate for you right away, so about 1,700 a month instead of 2,000. How big are the moves you do, and how many months?")
_c1_bad = c("Fifteen off before you even know what I need? Makes me wonder what the real price is. Anyway, apartments and small houses, June to September.", None)
_t2 = t("For that, a 16-foot cube with a ramp will do most jobs. A four-month seasonal lease is 1,700 a month, with insurance and roadside assistance included.")
_c2 = c("Seventeen hundred. Hmm. I'd want to check it against the rental place on Main Street before I sign anything.", "think_it_over")
_t3 = t("Makes sense. I'll email the quote with the van specs today, and I can hold the van for you until Friday.")
_c3 = c("Friday's good. I'll call you Thursday.", None)

PAIRS.append(rpair(
    "b216r_f03_moncton_cube_van_lease",
    "The owner of a small moving company asks about a seasonal cube van lease.",
    better=[_o, _t1_good, _c1_good, _t2, _c2, _t3, _c3],
    worse=[_o, _t1_bad, _c1_bad, _t2, _c2, _t3, _c3],
))

# ---------------------------------------------------------------- f04 an unasked lecture
_o = c("Hi, I manage a real estate office in Wollongong, about twelve staff. Our cleaner's moving to Brisbane. We just need someone two nights a week, nothing fancy.", None)
_t1 = t("No worries. What does your current cleaner do on those two nights, so we can match it?")
_c1 = c("Vacuum, empty the bins, wipe the kitchen, clean the toilet. The desks people do themselves, they don't like anyone touching their stuff.", None)
_t2_good = t("Got it: vacuum, bins, kitchen and toilet, and desks left alone. Which two nights suit?")
_c2_good = c("Tuesday and Friday, after six.", None)
_t2_bad = t("Got it. Just so you know, though, desks are one of the dirtiest surfaces in any office. There's more bacteria on the average keyboard than on a toilet seat, and in flu season that goes through a whole team. Really, every office should have desks disinfected at least weekly. Which two nights suit?")
_c2_bad = c("Right. Well, they still don't want anyone touching their desks. Tuesday and Friday, after six.", "no_need")
_t3 = t("Tuesday and Friday after six, vacuum, bins, kitchen and toilet: that's 95 a visit, so about 820 a month.")
_c3 = c("That's a bit more than we pay now, but she's been undercharging us for years. Fine, send me the agreement.", None)
_t4 = t("Will do. I'll send it today, and we can start the week after she finishes.")

PAIRS.append(rpair(
    "b216r_f04_wollongong_office_cleaning",
    "A real estate office manager needs a replacement cleaner for two nights a week.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

# ---------------------------------------------------------------- f05 a vague next step
_o = c("Hey, I've got a roofing company in Pittsburgh and I need a hundred yard signs, the corrugated ones with the wire stakes. We put them up at jobs.", None)
_t1 = t("Sure thing. Do you have the artwork already, and when do you need them?")
_c1 = c("Got the logo. Just need the logo, the phone number and 'Another roof by Steel City Roofing'. Need them by the first, we've got six jobs starting.", None)
_t2 = t("A hundred 18 by 24 signs, printed one side, with stakes, is 640. I'd do a proof with your logo, phone number and that line for you to approve.")
_c2 = c("Six-forty, yeah, that's about what I paid last time. Go ahead.", None)
_t3_good = t("Great. I'll email the proof by three today. If you approve it by noon tomorrow, they'll be ready for pickup Thursday the 28th, and I'll text you when they're boxed.")
_c3_good = c("Thursday's perfect. I'll keep an eye out for the email.", None)
_t3_bad = t("Great. We'll get the proof together and let you know when they're ready.")
_c3_bad = c("Let me know when? I need them by the first, man. When am I getting the proof?", None)

PAIRS.append(rpair(
    "b216r_f05_pittsburgh_yard_signs",
    "A roofing contractor orders yard signs from a print shop for a run of new jobs.",
    better=[_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good],
    worse=[_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad],
))

# ---------------------------------------------------------------- f06 over-promises
_o = c("G'day, I shape surfboards up in Noosa. Got a shop in Perth that wants twelve boards a month, and a fella in Darwin wants a few. What's the go with freight?", None)
_t1 = t("Good on you. Are the boards boxed, and how fast do they need to get there?")
_c1 = c("Bubble wrapped, in cardboard board boxes. Speed's not huge, but I've had boards dinged before with another mob, and that kills the margin.", "bad_experience")
_t2_good = t("To Perth it's road freight, five to seven business days, and Darwin about six. Boards go as fragile, hand-loaded, never on the conveyor. I can't promise a board will never get dinged, nobody honestly can, but fragile handling cuts it right down, and each board's insured up to 1,500.")
_c2_good = c("Five to seven's fine. Good to know about the insurance.", None)
_t2_bad = t("No stress, we guarantee three days anywhere in Australia, and our boys treat every board like it's their own. You'll never get a ding with us, I can promise you that.")
_c2_bad = c("Three days to Darwin by road? Come on. Nobody can promise no dings.", None)
_t3 = t("Twelve boards a month to Perth would be about 48 a board, and Darwin about 62. I'll email you the rates and the insurance terms.")
_c3 = c("Righto. Send it through, and I'll do the next Perth lot with you and see how they turn up.", None)

PAIRS.append(rpair(
    "b216r_f06_sunshine_coast_surfboard_freight",
    "A surfboard shaper on the Sunshine Coast asks a freight company about regular shipments to Perth and Darwin.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3],
))

# ---------------------------------------------------------------- f07 closes before checking the thing works
_o = c("Hi, I run a small logging outfit out of Thunder Bay, six trucks and a couple of skidders. Insurance company says we'd get a discount if we had GPS tracking. How does it work?", None)
_t1 = t("A unit goes in each truck and reports its location every couple of minutes over the cell network, and you see them all on a map. Where do the trucks run, mostly?")
_c1 = c("Haul roads north of Armstrong, mostly. Cell coverage up there is patchy at best. Half the time my phone's useless.", None)
_t2_good = t("Then I'd want to check that before you sign anything. Our standard units store the data when there's no signal and send it once they're back in range, which is fine for the insurer's reports, but you won't see the trucks live up there. Can I send one unit for a week so you can see what the insurer would actually get?")
_c2_good = c("A week's trial sounds sensible. Put it in the truck that goes furthest north.", None)
_t2_bad = t("That's fine, the units work pretty much anywhere. It's 32 a truck a month, so 192 for the six. Shall I set up the account today so you get the discount from this month?")
_c2_bad = c("Anywhere? My phone doesn't work up there. I'd want to see it work before I sign anything.", "think_it_over")
_t3 = t("Fair. I'll ship a unit this week for your northern truck, and call you next Friday to go through what it recorded and what the insurer will see.")
_c3 = c("Good. Send it to the yard on Golf Links Road.", None)

PAIRS.append(rpair(
    "b216r_f07_thunder_bay_logging_tracking",
    "A logging contractor asks about GPS tracking that his insurer wants, for trucks that run beyond cell coverage.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3],
))

# ---------------------------------------------------------------- f08 recommends before asking
_o = c("Hi there, I'm the office manager at an insurance agency in Raleigh, nine people. We're moving offices next month and I'd like to set up a proper break room this time. What do y'all offer?", None)
_t1_good = t("Congrats on the move. What do people drink now, and roughly how many cups a day?")
_c1_good = c("Funny you ask. Most of them are tea drinkers, hot and iced. Maybe three coffee people. And clients, a few a day.", None)
_t1_bad = t("Congrats on the move. For nine people, our bean-to-cup espresso machine is the one I'd go with: lattes, cappuccinos, about 150 a month. What do people drink now?")
_c1_bad = c("Espresso? Most of them drink tea, hot and iced. Maybe three coffee people, and a few clients a day. I don't need a fancy machine.", "no_need")
_t2 = t("Then I'd set you up with a hot water dispenser for the tea, an iced tea brewer, and a simple single-cup brewer for the three coffee drinkers and the clients. That's about 70 a month plus supplies.")
_c2 = c("That sounds about right. Can y'all install it the week of the move? It's the 14th.", None)
_t3 = t("Yes. I'll book the install for the 15th, the day after you move in, so you're not tripping over the movers, and I'll send the quote today.")
_c3 = c("Perfect. Thank you!", None)

PAIRS.append(rpair(
    "b216r_f08_raleigh_breakroom_coffee",
    "An insurance agency's office manager plans a break room for a new office and calls an office coffee supplier.",
    better=[_o, _t1_good, _c1_good, _t2, _c2, _t3, _c3],
    worse=[_o, _t1_bad, _c1_bad, _t2, _c2, _t3, _c3],
))

# ---------------------------------------------------------------- f09 unexplained jargon
_o = c("Hi, I make soy candles in Bendigo and sell them online. I'm doing about eighty orders a day now and I'm drowning. Someone said I should look at a 3PL?", None)
_t1 = t("That's a lot of orders to pack by hand. A 3PL stores your stock and packs and sends each order for you. How do orders come in now, through a website shop?")
_c1 = c("Yeah, a Shopify shop. And I've got about forty different scents and sizes.", None)
_t2_good = t("Good, our system connects to Shopify, so when someone orders, it comes straight to us and we pack it without you touching it. Before we start, you'd send us your stock with a list of what's in each box, so we can count it in.")
_c2_good = c("Okay, that sounds simple enough. What does it cost?", None)
_t2_bad = t("Great, so we'd do an API integration with our WMS, you'd send ASNs for every inbound, we'd slot your forty SKUs into pick faces with min-max replen, and outbound goes through our carrier-agnostic manifesting.")
_c2_bad = c("Sorry, I didn't understand most of that. What's an ASN? I just make candles. And what does it cost?", None)
_t3 = t("Roughly, storage is 25 a pallet a week, and each order is about 3.50 to pick and pack, plus postage. At eighty orders a day that's around 6,000 a month before postage.")
_c3 = c("Six grand. Hmm. I'll need to sit down and see if that adds up against doing it myself.", "think_it_over")
_t4 = t("Sure. I'll email you a breakdown so you can set it against the hours you spend packing, and I'm happy to go through it on a call next week.")

PAIRS.append(rpair(
    "b216r_f09_bendigo_candles_3pl",
    "A candle maker overwhelmed by online orders asks a third-party logistics warehouse how it works.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

# ---------------------------------------------------------------- f10 talks about themselves
_o = c("Hello, I have a sweet shop on Scott Road in Surrey. Our sign is old, the lights are half broken, people say they can't see us at night. I want to change it.", None)
_t1 = t("Sorry to hear that. How big is the current sign, and is it a lightbox, or separate letters?")
_c1 = c("It's a lightbox, long, maybe four meters. Fifteen years old. The landlord says for any new sign, I have to send him the drawing first.", None)
_t2_good = t("Good to know about the landlord. We can keep the existing box and just put new LED lighting and a new face in it. That usually doesn't need a new city permit, because the size doesn't change, and it's much cheaper than new letters.")
_c2_good = c("That's good. How much, roughly?", None)
_t2_bad = t("Oh, Scott Road, I know it well. I actually started out in signs on Scott Road twenty years ago, at my uncle's shop. I've done hundreds of signs since then, even the big one at the mall in Guildford. Anyway, we can keep the box and put new LED lighting and a new face in it.")
_c2_bad = c("Okay... So how much, roughly?", None)
_t3 = t("For a four-meter box with new LED and a new printed face, about 2,800 installed. I'd come and measure and take photos, then send you and the landlord the drawing.")
_c3 = c("2,800. Hmm, it's more than I wanted. I need to ask my brother, he's my partner in the shop.", "think_it_over")
_t4 = t("Of course. I'll measure at no charge on Monday morning, so you and your brother have the drawing and an exact price to look at together.")

PAIRS.append(rpair(
    "b216r_f10_surrey_sweet_shop_sign",
    "The owner of a South Asian sweet shop wants to replace a worn-out lightbox sign.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))
