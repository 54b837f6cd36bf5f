"""Ranked pairs d01-d10 (b186): two decent conversations, `better` deeper. Hand-written."""
from common import c, rpair, t

PAIRS = []

# d01 -------------------------------------------------------------------------
o = c("Hello, I run the farm shop out at Hethel. We've a big south-facing barn roof and everyone says we should be putting solar on it. What would it cost us?", None)
PAIRS.append(rpair(
    "b186r_d01_norfolk_farmshopsolar",
    "A farm shop owner in Norfolk rings a commercial solar installer about panels on the barn roof. Better sizes the system to the shop's daytime use and offers a no-upfront option; worse prices the biggest system the roof takes.",
    better=[
        o,
        t("It sounds like a good roof for it. Before I price anything, when does the shop use most of its power? Cold rooms, tills, a café?"),
        c("Two cold rooms and the chiller cabinets, running all day. We've a coffee machine too. We shut at five, but the cold rooms run all night.", None),
        t("So a big steady daytime load, which is ideal, most of what the panels make would be used on site instead of sold cheap. What's the yearly electricity bill, roughly?"),
        c("About fourteen thousand. It was eight before prices went mad. I can't see us finding fifty grand up front, mind.", "no_money"),
        t("You wouldn't need to. I'd size it to your daytime use, around thirty kilowatts, which is about twenty-four thousand and pays back in four or five years at your rates. There's also a power purchase option, nothing up front, where you buy the panels' power for less than the grid charges. I'll come and look at the roof structure and your half-hourly data and give you both on paper."),
        c("Right, that's more like it. Come Tuesday, after the lunch rush.", None),
    ],
    worse=[
        o,
        t("It sounds like a good roof for it. A barn that size would take about eighty kilowatts, which we'd normally price at around fifty-five thousand, and the export tariff pays you for what you don't use."),
        c("Fifty-five thousand? I can't see us finding that up front, to be honest.", "no_money"),
        t("Understandable. There's finance over seven years, and commercial systems usually pay back in six to eight. Do you know your yearly bill?"),
        c("About fourteen thousand. It was eight before prices went mad.", None),
        t("Then it would make a big dent. I can book a survey to check the roof and firm up the numbers. Would next week suit?"),
        c("Maybe. Send me something in writing first and I'll have a look.", "brush_off"),
    ],
))

# d02 -------------------------------------------------------------------------
o = c("Hi, I think it's time to replace our furnace. It's about twenty years old, the gas bill was brutal last month, and the upstairs bedrooms never get warm.", None)
PAIRS.append(rpair(
    "b186r_d02_minneapolis_furnace",
    "A homeowner calls an HVAC company asking for a new furnace. Better separates the two problems and diagnoses before quoting; worse quotes a good replacement straight away.",
    better=[
        o,
        t("Okay, those might be two different problems, so let me ask a couple of things. The cold bedrooms upstairs, has that always been the case, or is it new?"),
        c("Always, honestly. Since we bought the place eight years ago.", None),
        t("That points more to the ducts or the insulation up there than the furnace, and a new furnace might not fix those rooms at all. Has the furnace been serviced lately? Any error codes, or does it start and stop a lot?"),
        c("Not serviced in, uh, three years maybe? It runs. It's loud when it kicks on.", None),
        t("Here's what I'd suggest: a tune-up and inspection, $129, where the tech also checks the duct run upstairs and measures the airflow. If the furnace is on its way out, he'll tell you and we'll quote; if it's the ducts, you'd have been replacing a furnace for nothing. I've got Wednesday morning or Friday afternoon."),
        c("Makes sense, I'd hate to drop six grand and still have cold bedrooms. Weekdays are tough though, I'm on the road all week. Anything Saturday?", "no_time"),
        t("I can do Saturday at nine. I'll text you the tech's name the night before."),
    ],
    worse=[
        o,
        t("Twenty years is a good run for a furnace. We'd usually recommend a ninety-six percent two-stage model, which would cut your gas use a fair bit compared to an old eighty percent unit."),
        c("How much are we talking?", None),
        t("Installed, between five and a half and seven thousand depending on the model, and there's a utility rebate of about four hundred. A two-stage also runs more gently, which can even out temperatures."),
        c("That's a lot. Would it fix the upstairs, though?", "too_expensive"),
        t("It should help. A two-stage runs longer at low speed, so the air moves more evenly. I can have a comfort advisor come out, measure up and give you a firm quote."),
        c("Okay, let's do that. Saturday if you've got it.", None),
    ],
))

# d03 -------------------------------------------------------------------------
o = c("hi looking to switch to ye from my current supplier, whats your cheapest plan", None)
PAIRS.append(rpair(
    "b186r_d03_dublin_evtariff",
    "A customer on web chat asks an Irish electricity supplier for its cheapest plan. Better asks how they use power, finds the new EV and explains the trade-off; worse gives the cheapest flat rate and mentions the night plan only when asked.",
    better=[
        o,
        t("Hi! Happy to help. The cheapest depends on when you use electricity. Have you an electric car or storage heaters, or is it mostly ordinary daytime use?"),
        c("just got an ev actually. charge it at home most nights", None),
        t("Then a night-rate smart tariff would almost certainly beat our standard one, 9c overnight against 34c in the day. Do you have a smart meter yet? You'd need one for it."),
        c("yeah esb put one in last year i think. green screen", None),
        t("Perfect. If you charge between 2 and 5am, you'd likely save a few hundred a year compared to our cheapest flat plan. One catch: the day rate's a bit higher, so it suits you if the car is most of your use. Want me to send both prices so you can check them against your last bill?"),
        c("ya send both, ill check against my bill tonight", "think_it_over"),
    ],
    worse=[
        o,
        t("Hi! Our cheapest plan is Simple Saver at 31c per unit with a standing charge of 65c a day, and there's a €50 welcome credit."),
        c("ok thats a bit lower than mine i think", None),
        t("Great! It's a 12-month contract with no exit fee after that. Would you like to switch today? It takes about five minutes."),
        c("maybe. is there anything for evs, just got one", None),
        t("We do have a night saver tariff as well if you charge overnight. I can send you the details of both."),
        c("ok send both, ill look tonight", "think_it_over"),
    ],
))

# d04 -------------------------------------------------------------------------
o = c("I've got a two-up two-down I let out in Armley, the EPC's an E, and my agent says I'll need a C in a few years. What's it going to cost me?", None)
PAIRS.append(rpair(
    "b186r_d04_leeds_landlordepc",
    "A small landlord asks an energy-improvement firm what it will cost to lift a terrace from EPC E to C. Better reads the EPC with him, finds the old back-boiler and suggests a cheap assessment first; worse gives a wide general range and quotes the biggest job.",
    better=[
        o,
        t("It depends a lot on what's pulling it down. Have you got the EPC report to hand? There's a recommendations page near the end."),
        c("I've got it here somewhere. It says... solid wall insulation, floor insulation, solar water heating, and low-energy lighting.", None),
        t("And what's the heating, a combi, storage heaters?"),
        c("Old back-boiler behind the gas fire. Tenant says it's fine.", None),
        t("That back-boiler is probably the biggest single thing. Swapping it for a modern combi, plus a loft top-up and LEDs, often takes a house like yours from E to C without touching the walls, maybe four to five thousand. Solid wall insulation is ten-plus and a lot of upheaval with a tenant in. I'd get an assessor to model it first, about ninety quid, and they'll tell you which mix gets you to C before you spend anything."),
        c("Ninety quid's fine. Can you recommend one?", None),
        t("I'll send you two local ones who don't work for us, so you get a straight answer."),
    ],
    worse=[
        o,
        t("From E to C usually needs a few things: insulation, an efficient boiler, maybe double glazing, sometimes solar. Budget anything from five to fifteen thousand."),
        c("Fifteen grand on a house that brings in six-fifty a month? Doesn't add up.", "too_expensive"),
        t("It's a lot, I know. There's a cap being talked about, around ten thousand, so you might not have to do all of it. Have you got the EPC recommendations?"),
        c("Yeah, it says solid wall insulation, floor insulation, solar water, and lighting.", None),
        t("Solid wall insulation is usually the big one for older terraces. I can send you a quote for external wall insulation and the lighting."),
        c("Go on then, I'll go through it with the agent.", "think_it_over"),
    ],
))

# d05 -------------------------------------------------------------------------
o = c("Hi, my summer water bill was over three hundred bucks and a neighbor mentioned you give rebates for smart irrigation controllers. How does that work?", None)
PAIRS.append(rpair(
    "b186r_d05_portland_irrigation",
    "A homeowner asks his water utility about the smart irrigation controller rebate. Better finds out how the sprinklers are run and offers a free check first; worse explains the rebate clearly and stops there.",
    better=[
        o,
        t("We do, up to $150 toward a WaterSense controller. Before you buy one, can I ask how your sprinklers are set up now? Timer, manual, how often they run?"),
        c("Old timer in the garage. Runs every morning, twenty minutes a zone, four zones.", None),
        t("Every day at twenty minutes a zone is likely more than the lawn needs, especially spring and fall. Did it run through the rainy weeks in June too?"),
        c("Probably. I never touch it, honestly. My wife set it up when we moved in.", None),
        t("A smart controller would fix that by itself, because it skips watering when it rains. We also do a free irrigation check, someone looks for broken heads and leaks. If you book that first, they'll tell you whether the controller alone is enough, and the rebate form's on our site once you have the receipt."),
        c("Free check, sure. Do they come out on weekends?", None),
    ],
    worse=[
        o,
        t("We do, up to $150 toward a WaterSense-labeled controller. You buy one from any store, install it, and send us the receipt and a photo within ninety days."),
        c("Okay. Which one should I get?", None),
        t("Any WaterSense model qualifies. Popular ones run about $150 to $250, so the rebate covers most of it. They adjust to the weather, so you use less water."),
        c("Two-fifty minus one-fifty. Still a hundred bucks I wasn't planning on.", "too_expensive"),
        t("True, but most customers make that back in a summer or two. I can email you the rebate form now."),
        c("Yeah, just email it. I'll look at it sometime.", "brush_off"),
    ],
))

# d06 -------------------------------------------------------------------------
o = c("Hello, I run a B&B near Conwy, six rooms, and the guests keep moaning about the Wi-Fi in their reviews. I want faster broadband.", None)
PAIRS.append(rpair(
    "b186r_d06_conwy_bandbwifi",
    "A B&B owner asks for faster broadband after bad reviews. Better finds the complaints come from an annexe across the yard and proposes a site visit; worse sells a faster line with a booster.",
    better=[
        o,
        t("Reviews hurt, I know. Where do the complaints come from? Is it slow everywhere, or in certain rooms?"),
        c("Mostly the two rooms in the annexe across the yard. In the house it's alright.", None),
        t("Then it may not be the broadband speed at all, it sounds like the signal isn't reaching the annexe. Do you know what speed you get at the router now?"),
        c("The man from the last company said about sixty. I've no idea what that means, love.", None),
        t("Sixty is enough for six rooms streaming in the evening, so I'd rather not sell you a faster line that doesn't fix the annexe. A wireless link across the yard, or a cable if there's a duct, would likely sort it. I can send an engineer to look, forty pounds, taken off if you go ahead."),
        c("Forty's fair. Can he come before Easter? We're full from the Thursday.", None),
    ],
    worse=[
        o,
        t("We can definitely help. Our fastest business fibre is 900 megabits, plenty for six rooms, at £55 a month."),
        c("Fifty-five? I pay thirty-eight now.", "too_expensive"),
        t("There's a 500 megabit option at £45, which would still be a big step up. Guests do notice faster speeds, especially with streaming."),
        c("The main moaning's from the annexe, mind, across the yard.", None),
        t("The new router is more powerful, so that should help. I can also add a wifi booster for the annexe at £5 a month."),
        c("Not now, love, I've guests arriving at four. I'll ring you back some other time.", "no_time"),
    ],
))

# d07 -------------------------------------------------------------------------
o = c("Hello, yes, I got the letter about the smart meter. My mother-in-law says no, they will put us on prepay without asking. Is it true?", "bad_experience")
PAIRS.append(rpair(
    "b186r_d07_slough_smartmeterworry",
    "A customer is wary of booking a smart meter because of family stories about forced prepayment. Better takes the worry seriously, checks how they pay and puts a no-prepay note in writing; worse calls it a myth and books a slot.",
    better=[
        o,
        t("That's a fair worry, it did happen to some people a couple of years ago, so I understand why she'd say it. Can I ask, do you pay by direct debit at the moment?"),
        c("Yes, direct debit, every month, never missed. My father-in-law had a problem with some other company, they put a key meter, it was a big fight.", "bad_experience"),
        t("I'm sorry he went through that. For you, a smart meter doesn't change how you pay. We can only move you to prepay with your agreement, or through a court process if there were big debts, and there aren't. I can put a note on the account that you don't consent to prepay."),
        c("You can put that in writing?", None),
        t("Yes, I'll email it today so you can show her. If you'd still rather wait, that's fine, the letter isn't a deadline."),
        c("Okay. Send it first. If she is happy, we will book.", "think_it_over"),
    ],
    worse=[
        o,
        t("No, no, don't worry, that's just a myth going round. The smart meter sends the readings by itself, so no more estimated bills."),
        c("She is very sure. Her husband had a problem with some other company, they put a key meter.", "bad_experience"),
        t("That must have been a different situation. Smart meters are completely safe and fitting is free. We have a slot on Tuesday the 12th, morning or afternoon?"),
        c("I will ask her first, then I call you.", "think_it_over"),
        t("No problem, the number's on the letter."),
    ],
))

# d08 -------------------------------------------------------------------------
o = c("Howzit. We moved here from Cape Town two years ago and this house is freezing. Would a heat pump cost a lot to run? I'm trying to work out if it's worth it.", None)
PAIRS.append(rpair(
    "b186r_d08_ballincollig_heatpumpcost",
    "A South African family in a cold 1990s semi near Cork ask about heat pump running costs. Better asks about the house, finds no wall insulation and honestly says to insulate first; worse gives accurate general figures and offers the paid assessment.",
    better=[
        o,
        t("Fair question, and the honest answer is it depends on the house. What kind of house is it, and what heats it now?"),
        c("A 1990s semi in Ballincollig. Gas boiler. The gas was like two and a half thousand last year, and we still wear jerseys inside.", None),
        t("Two and a half thousand and still cold suggests the heat's leaking out. Do you know if the cavity walls were ever filled, or what the BER rating is?"),
        c("It's a D1, I think. Nobody's done anything to the walls that I know of.", None),
        t("Then I'd honestly do the walls and attic first. Cavity fill is cheap, there's a grant, and it could cut that gas bill by a quarter on its own. A heat pump in a D1 house would run hot and cost more than it should. Once the insulation's done, it'd likely cost the same or less than gas to run, and you'd be warm."),
        c("So not a heat pump now, hey. Okay, who does the walls?", None),
    ],
    worse=[
        o,
        t("A heat pump is about three to four times more efficient than a gas boiler, so running costs are usually similar to gas or lower, depending on your tariff."),
        c("Okay, and what does one cost to put in?", None),
        t("For a typical semi, around fourteen thousand, less a €6,500 grant. You'd need a technical assessment first to confirm the house is suitable."),
        c("Seven and a half after the grant. Eish, that's a lot of money for us right now.", "no_money"),
        t("It's a big spend. We can do the technical assessment and see what comes back. It's €250."),
        c("Let me talk to my wife and get back to you.", "think_it_over"),
    ],
))

# d09 -------------------------------------------------------------------------
o = c("Hi, I want to get rid of my gas stove. My kid has asthma and I read about it. I'm looking at the induction ranges.", None)
PAIRS.append(rpair(
    "b186r_d09_somerville_induction",
    "A parent in an old Massachusetts house wants to swap a gas stove for induction. Better checks the electrical panel before any model and shortlists ranges that avoid an upgrade; worse sells a popular model and leaves the wiring for later.",
    better=[
        o,
        t("Good reason. Before we pick one, do you know what size electrical panel the house has? Induction ranges need a forty or fifty amp circuit, and older houses sometimes don't have room."),
        c("No idea. The house is from the 1920s. The panel's in the basement, it's grey.", None),
        t("Worth checking, because if it's a hundred-amp panel that's already full, you could be looking at an upgrade, which can run a couple thousand. Some induction ranges run on a smaller thirty-amp circuit, which might avoid that. Could you send me a photo of the panel label and the breakers?"),
        c("I'll snap it tonight. I really don't want a panel upgrade, we just paid for a new roof.", "no_money"),
        t("Understood. Then I'll shortlist two thirty-amp models that would likely work with what you have, and we'll confirm with the photo. You won't buy anything until we know it'll plug in."),
        c("Perfect. Here's my email.", None),
    ],
    worse=[
        o,
        t("Great choice. This Bosch is really popular, fast boil, easy to clean, and it's $1,899 this month."),
        c("It looks nice. Does it just plug in like the gas one?", None),
        t("It needs a 240-volt circuit, usually forty amps. An electrician can run that for a few hundred dollars, typically. And there's a Mass Save rebate of up to $500."),
        c("Okay. Our house is from the 1920s, I don't know what's in there.", None),
        t("Most homes can handle it. If you order today we'll schedule delivery for two weeks out, which gives you time to get the electrician in."),
        c("Let me get the electrician to look first, then I'll come back.", "think_it_over"),
    ],
))

# d10 -------------------------------------------------------------------------
o = c("Hiya, my gas bill for the chippy's gone from eight hunner to nearly two grand a month and naebody told me anything.", None)
PAIRS.append(rpair(
    "b186r_d10_paisley_chippygas",
    "A chip shop owner's gas bill has more than doubled after his fixed contract ran out. Better explains why, checks what has changed at the shop, and fixes the renewal-notice problem; worse explains and offers a new fix.",
    better=[
        o,
        t("That's a massive jump, let me find out why before anything else. I can see your fixed contract ended in August and you moved onto out-of-contract rates, which are much higher. Did a renewal letter reach you?"),
        c("Might have. Post goes to the shop and it's chaos in there. I'm no one for paperwork.", None),
        t("Understood. The good news is you can fix again straight away. Before I quote, are your hours and fryers the same as last year, or has anything changed?"),
        c("Same. Three fryers, six days. Well, we shut Mondays now, that's new since the summer.", None),
        t("That helps, shutting Mondays knocks a bit off. A one-year fix would be about 1,050 a month at your usage. I'll also set the renewal reminders to come by text to you, not post, so this doesn't happen again. I'll email the contract so you can read it before agreeing."),
        c("Aye, text's better. Email it and I'll sign it tonight.", None),
    ],
    worse=[
        o,
        t("Sorry to hear that. Your fixed contract ended in August and you've been on out-of-contract rates since. We can put you on a new fixed deal today."),
        c("How much is that going to be?", None),
        t("A one-year fix for your usage would be about 1,100 a month. Two years would be a bit lower, about 1,060."),
        c("That's still more than I was paying. Eleven hunner's a lot for a wee chippy.", "too_expensive"),
        t("Prices have gone up across the market, so it's in line with what you'll see elsewhere. Shall I send the one-year contract over?"),
        c("Aye, send it. I'll check with my accountant.", "think_it_over"),
    ],
))
