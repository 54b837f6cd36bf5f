"""Ranked pairs f01-f10 (hand-written): both sides share every turn except one real fault in `worse` and the
customer's reaction to it. Shared turns are the same Python variables."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- f01 fault: argues with the customer
f01_open = c("Hi, I keep getting letters about a smart meter. I don't want one. Can you stop them? And while I'm on, I want to check I'm on the best tariff.", None)
f01_t1 = t("I can do both. Can I ask what's put you off smart meters? Sometimes it's something we can fix, sometimes it's just not for you, and either's fine.")
f01_c1 = c("My brother had one fitted and it went dumb after a month, he was back on estimated bills anyway. Waste of time.", "bad_experience")
f01_t2_good = t("That did happen with some of the older meters, especially after a change of supplier. It's your choice, and I'll mark the account so the install letters stop. You'd just need to send a reading each month so your bills stay accurate.")
f01_c2_good = c("That's fine, I do that anyway, on the app.", None)
f01_t2_bad = t("That's not really right, though. The new ones hardly ever go dumb, your brother probably had a first-generation one or fiddled with it. Honestly, you'd be wrong to turn one down over that.")
f01_c2_bad = c("I'm not going to argue with you about my brother's meter. I don't want one. Just stop the letters.", "no_need")
f01_t3 = t("I've marked the account, no more install letters. On the tariff: you're on the standard variable. There's a twelve-month fix about three percent cheaper at today's prices, with a thirty-pound exit fee per fuel.")
f01_c3 = c("Three percent isn't worth tying myself in for. I'll stay as I am.", "no_need")
f01_t4 = t("Fair enough. I'll send a letter confirming the note about the meter, and we'll let you know by email when new fixed deals come out, so you can compare then.")
PAIRS.append(rpair(
    "b214r_f01_southampton_smartletters",
    "A man in Southampton rings his energy supplier to stop repeated smart meter letters and to check his tariff; his brother's smart meter stopped working after a month.",
    better=[f01_open, f01_t1, f01_c1, f01_t2_good, f01_c2_good, f01_t3, f01_c3, f01_t4],
    worse=[f01_open, f01_t1, f01_c1, f01_t2_bad, f01_c2_bad, f01_t3, f01_c3, f01_t4],
))

# ---------------------------------------------------------------- f02 fault: doubts the customer's honesty
f02_open = c("Hi, I was literally out of state for the whole of March on a travel nursing contract, and my March electric bill is higher than February. How?", None)
f02_t1 = t("That's odd, let's look. Was anyone staying at the house, and did you leave the heating on while you were away?")
f02_c1 = c("Nobody. I set the thermostat to fifty-five so the pipes wouldn't freeze. Everything else unplugged.", None)
f02_t2_good = t("Thanks. Looking at the bill, March was an estimated read, because the meter reader couldn't get to the meter. The estimate was based on last March, when you were home. So it's likely the number that's wrong, not your usage.")
f02_c2_good = c("Oh! The side gate's locked, that's probably why. So what happens now?", None)
f02_t2_bad = t("Hmm, are you sure nobody was there? Usually when people tell us that, a roommate or a neighbor was using the place. The meter doesn't lie.")
f02_c2_bad = c("Excuse me? I live alone. I was in Denver. I don't appreciate being called a liar.", None)
f02_t3 = t("If you can send me a photo of the meter today, I'll replace the estimate with a real read and reissue the bill, and any difference gets credited. I'll also add a note about the gate so the reader calls ahead next time.")
f02_c3 = c("I can do that tonight when I get home. I'm on shift till seven.", None)
f02_t4 = t("Perfect. Just reply to the email I'm sending now with the photo, and the corrected bill will follow within five business days.")
PAIRS.append(rpair(
    "b214r_f02_baltimore_awaybill",
    "A travel nurse in Baltimore calls her utility because the bill for a month she spent out of state is higher than the month before.",
    better=[f02_open, f02_t1, f02_c1, f02_t2_good, f02_c2_good, f02_t3, f02_c3, f02_t4],
    worse=[f02_open, f02_t1, f02_c1, f02_t2_bad, f02_c2_bad, f02_t3, f02_c3, f02_t4],
))

# ---------------------------------------------------------------- f03 fault: drops the price before asking anything
f03_open = c("Hi, I saw your advert. I run a B&B in Muizenberg, four rooms. I've already had a quote from another company for a backup system, but I wanted a second opinion.", None)
f03_t1_good = t("Good idea to get a second opinion. What did they quote, and what does the system need to keep running for your guests?")
f03_c1_good = c("They said 8kVA, two batteries, ninety-two thousand. I need the lights, Wi-Fi, the breakfast kitchen and the gate motor. The geysers are gas.", None)
f03_t1_bad = t("Whatever they quoted, I'll beat it by fifteen percent. We're running a special this month.")
f03_c1_bad = c("Okay... but you don't know what they quoted, or what I need. It was 8kVA, two batteries, ninety-two thousand. I need the lights, Wi-Fi, the breakfast kitchen and the gate motor. The geysers are gas.", None)
f03_t2 = t("With gas geysers and those loads, 8kVA sounds bigger than you need. The breakfast kitchen is the question: what's electric in there? Toaster, kettle, coffee machine, the stove?")
f03_c2 = c("Kettle, toaster, coffee machine. Stove's gas. But the coffee machine is a big one, a proper espresso machine.", None)
f03_t3 = t("That's the biggest load, about three kilowatts while it heats up. A 5kVA with two batteries would handle it as long as the kettle and toaster aren't on at the same moment, and it comes in around sixty-eight thousand. I'd want to see your DB board before I put that in writing.")
f03_c3 = c("Sixty-eight is better. But I'm not rushing, the last installer I used, for the gate motor, was a cowboy.", "bad_experience")
f03_t4 = t("Understood. I'll send you references from two guesthouses we did nearby, and come and look at the board on a day that suits you. No deposit until you've seen the written quote.")
PAIRS.append(rpair(
    "b214r_f03_muizenberg_bnbbackup",
    "The owner of a four-room B&B in Muizenberg, Cape Town phones a solar and battery company for a second opinion on a backup power quote from a competitor.",
    better=[f03_open, f03_t1_good, f03_c1_good, f03_t2, f03_c2, f03_t3, f03_c3, f03_t4],
    worse=[f03_open, f03_t1_bad, f03_c1_bad, f03_t2, f03_c2, f03_t3, f03_c3, f03_t4],
))

# ---------------------------------------------------------------- f04 fault: an unasked lecture
f04_open = c("Hiya, I'm on my emergency credit, there's about three pound left, and I don't get paid till Friday. Is there any way to get a bit more?", None)
f04_t1 = t("Yes, there are options. Who's at home with you, and does anyone rely on electricity for health reasons?")
f04_c1 = c("Me and my two bairns. The little one's three. No medical stuff.", None)
f04_t2_good = t("Thanks. With a child under five in the house, I can add fifteen pounds of extra credit to the meter today, and you'd pay it back in small amounts from your next top-ups. Would that see you through to Friday?")
f04_c2_good = c("Aye, that'd do it. How much comes off each time?", None)
f04_t2_bad = t("Okay. Before I do anything, can I just say, a lot of people end up here because they don't budget for top-ups. If you put a bit aside every week and topped up little and often, you wouldn't be on emergency credit. Have you tried a budgeting app? Anyway, with a child under five, I can add fifteen pounds of extra credit today, paid back from your next top-ups.")
f04_c2_bad = c("I do budget, thanks. The boiler went last month and I had to pay for that. How much comes off each time?", None)
f04_t3 = t("A quarter of each top-up goes to repaying it until it's cleared, so if you put twenty on on Friday, five goes to the credit. I'd also like to add you to our Priority Services Register because of your three-year-old, so you'd get help quicker in future.")
f04_c3 = c("Alright. I don't want to be signed up for loads of stuff though, I get enough post.", "no_need")
f04_t4 = t("It's just a note on the account, no post at all. The fifteen pounds should show on the meter within half an hour; press A to check, and ring back if it doesn't.")
PAIRS.append(rpair(
    "b214r_f04_newcastle_emergencycredit",
    "A young mum in Newcastle on a prepayment electricity meter calls because she is down to her last emergency credit and payday is three days away.",
    better=[f04_open, f04_t1, f04_c1, f04_t2_good, f04_c2_good, f04_t3, f04_c3, f04_t4],
    worse=[f04_open, f04_t1, f04_c1, f04_t2_bad, f04_c2_bad, f04_t3, f04_c3, f04_t4],
))

# ---------------------------------------------------------------- f05 fault: a vague next step
f05_open = c("Hey, y'all put panels on my roof six weeks ago and they're still not turned on. I'm paying the loan already and not getting a dime back. What's going on?", None)
f05_t1 = t("That's frustrating, paying for something that's just sitting there. Let me look up where you are. Do you know if the city inspection was done?")
f05_c1 = c("Yeah, the inspector came, like, three weeks ago. Said it passed.", None)
f05_t2 = t("I see it passed. The holdup is the utility's permission to operate: we submitted on the 4th, and they asked for an updated wiring diagram, which our design team should have sent back already.")
f05_c2 = c("Should have? So it's sitting on somebody's desk? I'm not paying another month for nothing.", None)
f05_t3_good = t("It looks that way, and I'm sorry. I've just flagged it to our design lead, Marcus, to resubmit today. I'll call you Thursday by noon with the utility's confirmation, and if approval runs past the end of the month, we'll cover that month's loan payment.")
f05_c3_good = c("Thursday noon. Okay. I'll hold you to that.", None)
f05_t3_bad = t("I'm sorry about that. I'll pass it on to the design team, and we'll let you know once we hear back from the utility.")
f05_c3_bad = c("When? That's what somebody told me two weeks ago. I want a date, or I'm calling the loan company.", None)
PAIRS.append(rpair(
    "b214r_f05_austin_solarpto",
    "A homeowner in Austin, Texas calls his solar installer because the panels fitted six weeks ago still are not switched on while he is already paying the loan.",
    better=[f05_open, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_good, f05_c3_good],
    worse=[f05_open, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_bad, f05_c3_bad],
))

# ---------------------------------------------------------------- f06 fault: over-promises
f06_open = c("Morning. We're thinking of solar with a battery. Mainly we want to stop living around the load-shedding schedule, and the bill's getting silly, about three thousand a month.", None)
f06_t1 = t("Morning. What must keep running during outages, and what uses the most power in the house: geyser, pool pump, aircon?")
f06_c1 = c("The geyser's the big one, and the pool pump. During outages, the fridge, TV, Wi-Fi and lights. My wife works from home.", None)
f06_t2 = t("Thanks. A 5kW inverter, a 10kWh battery and ten panels would carry the fridge, Wi-Fi, TV and lights through stage six, and if the geyser and pool pump are moved to run in the day on solar, the bill comes down a lot.")
f06_c2 = c("How much would it come down? And how much is all this?", None)
f06_t3_good = t("Realistically, from three thousand to somewhere around a thousand to twelve hundred, depending on the weather and how strictly you shift the geyser, and winter is weaker. The system's about a hundred and forty thousand installed.")
f06_c3_good = c("A hundred and forty. That's a big number for maybe eighteen hundred a month saving.", "too_expensive")
f06_t3_bad = t("Honestly? Your bill goes to zero, and you'll never think about load-shedding again, even at stage eight. The system's about a hundred and forty thousand installed.")
f06_c3_bad = c("Zero? My brother-in-law was told exactly that and he still pays twelve hundred a month. That's a lot of money for a promise like that.", "bad_experience")
f06_t4 = t("I understand. There are smaller ways in, too: start with the inverter and battery, and add panels next year. I'll send both options with the expected saving month by month, so you can compare them properly.")
PAIRS.append(rpair(
    "b214r_f06_centurion_solarbill",
    "A couple in Centurion, Pretoria ask a solar installer about panels and a battery; they want to stop planning around load-shedding and cut a R3,000 monthly bill.",
    better=[f06_open, f06_t1, f06_c1, f06_t2, f06_c2, f06_t3_good, f06_c3_good, f06_t4],
    worse=[f06_open, f06_t1, f06_c1, f06_t2, f06_c2, f06_t3_bad, f06_c3_bad, f06_t4],
))

# ---------------------------------------------------------------- f07 fault: closes before checking the thing works
f07_open = c("Hi, I've had solar for five years and I want to add a battery for when the hurricanes knock the power out. Can you do that?", None)
f07_t1 = t("We can, usually. What inverter do you have? It's the box on the wall near the meter, there'll be a brand on it, or your original paperwork will say.")
f07_c1 = c("Hold on... it's a SolarEdge, I think. The company that put it in went out of business two years ago.", None)
f07_t2_good = t("Thanks. Some of the older models pair with a battery directly and some need a second inverter, which changes the price a lot. Could you text me a photo of the label on the side with the model number? I'll check before I quote anything.")
f07_c2_good = c("Sure, I'll send it now. I don't want to pay for something that doesn't work with what I've got.", None)
f07_t2_bad = t("Great, SolarEdge is fine. The battery package is eleven thousand nine hundred after the tax credit. I can get you on the install calendar for next month if we sign today, and we'll sort out the details on the day.")
f07_c2_bad = c("Don't you need to check the model first? My neighbor's battery sat dead for three months because it didn't work with his inverter.", "bad_experience")
f07_t3 = t("Our crew can also check whether your panel warranty still stands now the installer's closed; usually the manufacturer's warranty does. Are there any big loads you'd want during an outage, like a well pump or medical equipment?")
f07_c3 = c("Just the fridge, the sump pump and a couple of lights. And I'd like to keep it under twelve thousand.", None)
f07_t4 = t("That's a modest load, good. You'll have a written quote within two days, with those three circuits on the backup panel.")
PAIRS.append(rpair(
    "b214r_f07_raleigh_batteryretrofit",
    "A homeowner in Raleigh, North Carolina with a five-year-old solar system asks a battery installer about adding a battery for hurricane outages; the original installer has gone out of business.",
    better=[f07_open, f07_t1, f07_c1, f07_t2_good, f07_c2_good, f07_t3, f07_c3, f07_t4],
    worse=[f07_open, f07_t1, f07_c1, f07_t2_bad, f07_c2_bad, f07_t3, f07_c3, f07_t4],
))

# ---------------------------------------------------------------- f08 fault: recommends before asking
f08_open = c("Hello, I've got a one-bed flat in a Victorian conversion in Brighton, EPC is E. I keep hearing the rules for landlords might change. What should I be doing?", None)
f08_t1_good = t("Good to look at it early. Before I suggest anything, what's on the EPC's recommendations page, and how is the flat heated now?")
f08_c1_good = c("It's got electric storage heaters, old ones. The EPC says loft insulation, but the loft belongs to the top flat. And it's solid walls.", None)
f08_t1_bad = t("Right, what you need is an air-source heat pump and external wall insulation, that'll take you straight to a C. How's the flat heated at the moment?")
f08_c1_bad = c("External wall insulation on a Victorian conversion? I don't own the walls, it's leasehold. It's got old electric storage heaters, and the loft belongs to the top flat.", None)
f08_t2 = t("That narrows it. For a leasehold flat with storage heaters, the usual route is modern high heat retention storage heaters, which the EPC rates well, plus a dual-rate meter if you haven't got one. Do you know if there's an Economy 7 meter?")
f08_c2 = c("I think so, the tenant mentioned a cheap night rate. How much would the heaters be?", None)
f08_t3 = t("For a one-bed, three heaters and a jacket on the hot water cylinder, roughly two and a half to three and a half thousand fitted. That often moves a flat like yours from E to D, sometimes C. I'd get a fresh EPC assessment first to see the exact gap.")
f08_c3 = c("Three grand is more than I hoped. The rent barely covers the mortgage as it is.", "no_money")
f08_t4 = t("Understood. Let's do the assessment first, it's about eighty pounds, and it'll tell us whether two heaters would be enough. I can book an assessor for next week at a time the tenant's in.")
PAIRS.append(rpair(
    "b214r_f08_brighton_landlordepc",
    "A landlord with a leasehold one-bed flat in a Victorian conversion in Brighton, rated EPC E, asks an energy efficiency consultancy what she should do ahead of possible new rules for rentals.",
    better=[f08_open, f08_t1_good, f08_c1_good, f08_t2, f08_c2, f08_t3, f08_c3, f08_t4],
    worse=[f08_open, f08_t1_bad, f08_c1_bad, f08_t2, f08_c2, f08_t3, f08_c3, f08_t4],
))

# ---------------------------------------------------------------- f09 fault: unexplained jargon
f09_open = c("Hello, my meter is not taking tokens since last week. I got a letter about some update, but I don't understand it. My family is sitting in the dark.", None)
f09_t1 = t("I'm sorry, let's get your lights back on. Can you read me the meter number, and tell me what the screen says when you enter a token?")
f09_c1 = c("Meter number 37192004558. It says... 'Error 30', I think.", None)
f09_t2_good = t("Thank you. Your meter needs a once-off update, that's what the letter was about. Before it takes new tokens, you type in two special codes, like unlocking a phone. Each code is twenty numbers. I'll SMS both to you: type the first, press enter, then the second, press enter. After that your normal token will work.")
f09_c2_good = c("Okay, I see the SMS. Two codes, then my normal token.", None)
f09_t2_bad = t("Yes, that's because of the TID rollover. Your meter needs a KCT, so you'll load two key change tokens because the SGC and the TI are updating. I'll SMS them, enter KCT one, then KCT two, then your credit token.")
f09_c2_bad = c("Sorry, I don't understand any of those letters. What must I do? Two tokens, then what?", None)
f09_t3 = t("The SMS has just gone. Type the first number, press the blue key, wait for it to say accept, then the second one, then your normal token. Can you try now while I stay on the line?")
f09_c3 = c("Wait... it says accept... second one... accept. Now my token... the lights are on!", None)
f09_t4 = t("Wonderful. If anyone else in your street has the same problem, they can phone us too, the update has to be done on all the older meters.")
PAIRS.append(rpair(
    "b214r_f09_soweto_metertokenupdate",
    "A man in Soweto phones the prepaid electricity helpline because his meter has rejected tokens since a meter update letter he did not understand; his family is without power.",
    better=[f09_open, f09_t1, f09_c1, f09_t2_good, f09_c2_good, f09_t3, f09_c3, f09_t4],
    worse=[f09_open, f09_t1, f09_c1, f09_t2_bad, f09_c2_bad, f09_t3, f09_c3, f09_t4],
))

# ---------------------------------------------------------------- f10 fault: talks about themselves
f10_open = c("Thanks for coming by. So you see, twenty-four washers, fourteen dryers. Gas and water together are killing me. The margin on a load is like nothing now.", None)
f10_t1 = t("Thanks for having me. Which hurts more right now, the gas for the dryers or the water? And how old are the machines?")
f10_c1 = c("Gas, for sure. Dryers are from 2009. Washers I replaced half in 2019, the top-loaders are the old half.", None)
f10_t2_good = t("So the dryers are the big one, and they're fifteen years old. Our program pays a rebate on high-efficiency dryers with moisture sensors, which stop when the clothes are dry instead of running the full time. Do customers complain that clothes come out over-dried, or more that they need two cycles?")
f10_c2_good = c("Two cycles, all the time. People think my dryers are weak.", None)
f10_t2_bad = t("Dryers are tricky. You know, my family actually had a laundromat in Pilsen when I was a kid, I basically grew up folding towels. My dad always said the dryers were the heart of the business, he'd have loved the moisture-sensor machines we rebate now. Do your customers complain about the dryers?")
f10_c2_bad = c("Uh, that's nice. Yes, two cycles, all the time, people think my dryers are weak. Can we talk about my place? The evening rush starts soon.", None)
f10_t3 = t("Needing two cycles often means lint built up in the exhaust ducts, not only old dryers, so a duct clean might be a cheap first step. For replacements, the rebate covers up to forty percent of the cost on qualifying models.")
f10_c3 = c("Forty percent still leaves me sixty percent of a lot of money. I can't replace fourteen dryers this year.", "no_money")
f10_t4 = t("You wouldn't have to. Let's do a free walk-through next week with a duct check and a gas reading on the dryers alone, then you could replace the worst four first and see the difference on the bill.")
PAIRS.append(rpair(
    "b214r_f10_chicago_laundromat",
    "The owner of a laundromat in Chicago meets a rep from the gas utility's small business efficiency program; gas for her fifteen-year-old dryers is eating her margins.",
    better=[f10_open, f10_t1, f10_c1, f10_t2_good, f10_c2_good, f10_t3, f10_c3, f10_t4],
    worse=[f10_open, f10_t1, f10_c1, f10_t2_bad, f10_c2_bad, f10_t3, f10_c3, f10_t4],
))
