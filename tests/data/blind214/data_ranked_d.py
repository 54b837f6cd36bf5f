"""Ranked pairs d01-d10 (hand-written): two decent conversations, `better` better in a way a coach would agree with."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- d01
d01_open = c("Hi, I want to switch supplier. Whoever's cheapest, really. We're with one of the big ones and I'm fed up.", None)
PAIRS.append(rpair(
    "b214r_d01_york_switchcredit",
    "A woman in York calls an energy switching service asking for the cheapest supplier; underneath, she is annoyed that her direct debit went up while her account is in credit.",
    better=[
        d01_open,
        t("Happy to help with that. Before I run the comparison, what's made you fed up? Is it the price itself, or how they've been treating you?"),
        c("Bit of both. They put our direct debit up to two hundred and ten, but we're three hundred pounds in credit. It makes no sense.", None),
        t("That's a really common frustration. Worth knowing: you can ask them to refund the credit and lower the payment now, and if you do switch, the credit comes back to you anyway. Would you still want to leave if they sorted the direct debit?"),
        c("Probably, yeah. Though honestly, last time we switched, the new lot messed up our final bill for months.", "bad_experience"),
        t("That does happen, usually over the closing reading. If we switch, take a photo of both meters on switch day and send it to both suppliers, that stops most of it. On your actual usage there's a fix about a hundred and forty a year cheaper, with a supplier that scores well on billing complaints."),
        c("That's not loads, but okay. Can I get the credit refunded first and then switch?", None),
        t("Yes, do that first. I'll email you the comparison and the steps, and you can come back to me once the refund's in."),
    ],
    worse=[
        d01_open,
        t("Happy to help. Can you give me your postcode and your annual usage in kilowatt-hours? It's on your bill."),
        c("YO31. It says three thousand one hundred electric and eleven thousand gas.", None),
        t("Thanks. The cheapest I can see is a twelve-month fix with a smaller supplier, about a hundred and forty pounds a year less than you pay now. Exit fees are fifty pounds per fuel."),
        c("Okay. Though honestly, last time we switched, the new lot messed up our final bill for months.", "bad_experience"),
        t("That can happen, but this supplier's very good. The switch takes about five working days and your old supplier sends a final bill."),
        c("Right. Well, go on then, set it up.", None),
        t("Lovely, I'll email you the confirmation now."),
    ],
))

# ---------------------------------------------------------------- d02
d02_open = c("I want to zero out my electric bill. Just put as many panels as you can fit on the roof.", None)
PAIRS.append(rpair(
    "b214r_d02_tucson_solarsizing",
    "A homeowner in Tucson, Arizona asks a solar company for the biggest system that fits; she is about to buy an electric car and replace her gas water heater.",
    better=[
        d02_open,
        t("I can tell you how many fit, but more isn't always better here, because under the net billing rules the extra power you export earns less than what you buy. Can I ask about your usage now, and anything that's about to change?"),
        c("Bill's around one-sixty a month on average. We're getting an EV in the spring, and the gas water heater's dying, I was going to go electric.", None),
        t("Those two matter a lot. An EV could add around three hundred kilowatt-hours a month, a heat pump water heater maybe another hundred. Size for today only and you'd be short next year; fill the roof and you might overshoot. Would you charge the car in the day or at night?"),
        c("I work from home, so daytime mostly. But a bigger system costs more, right? I don't want to overspend on this.", "too_expensive"),
        t("Right, so the sweet spot is sizing for today plus the EV and the water heater, and charging while the sun's up. That's about nine kilowatts, not the thirteen that fit, and roughly eight thousand less. I'll model both so you can see the payback on each."),
        c("That makes sense. Send me both numbers.", None),
        t("You'll have them by Wednesday, with a line showing what changes if the EV purchase slips."),
    ],
    worse=[
        d02_open,
        t("Sure. Your roof fits about thirteen kilowatts. What's your average bill?"),
        c("Around one-sixty a month. We're getting an EV next year too.", None),
        t("Great, then thirteen kilowatts will cover that and the EV easily. It's about thirty-four thousand before the tax credit."),
        c("That's more than I expected. Is there a smaller option?", "too_expensive"),
        t("We could do ten kilowatts for about twenty-six, which would still cover most of it. I'll send both quotes."),
        c("Okay, send them over and I'll look at them this weekend.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d03
d03_open = c("Howzit. I work from home, and load-shedding keeps dropping me off client calls. I want an inverter. What do you recommend?", None)
PAIRS.append(rpair(
    "b214r_d03_randburg_homeoffice",
    "A freelance software developer in Randburg, Johannesburg asks an inverter installer for a backup system because load-shedding drops him off client calls.",
    better=[
        d03_open,
        t("Howzit. First question: when the power goes, does your fibre stay up, or does the internet in your area go down too?"),
        c("The router dies with the power. The fibre box on the wall, I don't know, I think it's also off.", None),
        t("If the fibre network itself goes down in outages, no inverter will save the call, you'd need mobile data as a backup. Next outage, try powering the fibre box from a power bank and see if the lights come on. And what must run for you: laptop, screens, router, lights?"),
        c("Laptop, one screen, router. Not the geyser or oven. My budget is tight, I only just started on my own.", "no_money"),
        t("Then you don't need a big system. A small 1kVA inverter with a lithium battery runs those for four hours, about eight thousand rand. Or a router UPS for about eight hundred, and your laptop battery does the rest. I'd start with the router UPS and test the fibre first."),
        c("Eight hundred is easy. Let me try that this week and I'll come back if I need more.", None),
        t("Good plan. I'll WhatsApp you the model, and if the fibre goes dark too, tell me and we'll look at a 4G backup router."),
    ],
    worse=[
        d03_open,
        t("Howzit. For a home office most people go for a 3kVA with one 5kWh battery. It runs your computer, router, lights, TV and fridge easily through stage six."),
        c("What does that cost?", None),
        t("About thirty-five thousand installed, including the certificate of compliance."),
        c("Eish, that's a lot. I only just started on my own, my budget is tight.", "no_money"),
        t("Then we could do a 1kVA with a smaller battery for around twelve thousand, enough for your laptop, screen and router."),
        c("Okay, that's more like it. Send me the quote.", None),
    ],
))

# ---------------------------------------------------------------- d04
d04_open = c("Good morning. I'd like a quote for an air-source heat pump, please. The oil boiler's on its last legs. It's an eighteenth-century stone cottage, listed.", None)
PAIRS.append(rpair(
    "b214r_d04_bath_stonecottage",
    "A retired architect with a listed eighteenth-century stone cottage near Bath asks a heat pump installer for a quote to replace her failing oil boiler.",
    better=[
        d04_open,
        t("Good morning. Stone cottages can work with heat pumps, but they're the trickiest kind of house, so may I ask a few things first? How warm is it in winter now, and which rooms are hardest to heat?"),
        c("The sitting room's cold, it's got a big stone floor and single-glazed sash windows. Upstairs is fine.", None),
        t("With a listed building you may not be allowed to double-glaze, but secondary glazing is usually permitted and would help a lot. How much oil do you get through in a year?"),
        c("Around two thousand litres. And I'm not ripping the house apart, I've had builders in for two years, never again.", "bad_experience"),
        t("Understood, I wouldn't suggest it. Honestly, with that sitting room a heat pump would need bigger radiators and a high flow temperature, so it could cost more to run than you'd hope. I'd do a proper heat loss survey first; if it shows too much work, a hybrid that keeps a small boiler for the coldest weeks may suit you better. Listed building consent for the outdoor unit is worth checking with the council too."),
        c("That's more honest than the last chap. How much is the survey?", None),
        t("A hundred and fifty, taken off any installation. I can come next Tuesday and bring the conservation officer's checklist with me."),
    ],
    worse=[
        d04_open,
        t("Good morning. Of course. How big is the cottage, and how much oil do you use?"),
        c("Three bedrooms. About two thousand litres a year.", None),
        t("Okay, that would need about a 12-kilowatt unit. With the grant, you'd be looking at around six thousand pounds after the seven and a half thousand."),
        c("And will it actually keep the sitting room warm? Stone floor, single glazing. And I've had builders in for two years, I'm not ripping the house apart again.", "bad_experience"),
        t("Heat pumps work in all sorts of homes these days. We'd size the radiators properly, and disruption is minimal, usually about a week."),
        c("Hmm. I'll need to think about it. Send me the quote.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d05
d05_open = c("Yeah, my duplex water bill doubled this quarter. I think my tenants are running a car wash or something. Can you tell me what they're using?", None)
PAIRS.append(rpair(
    "b214r_d05_spokane_duplexleak",
    "A landlord in Spokane, Washington calls the city water department because the bill for his rented duplex doubled; he suspects the tenants of overusing water.",
    better=[
        d05_open,
        t("I can see the reads, yes. Usage went from about nine thousand gallons to nineteen thousand, and it's steady day after day, no spikes. That pattern usually points to a leak running all the time, not somebody washing cars. Do you know if either side has a running toilet or a dripping outside tap?"),
        c("No idea. I don't really want to bother the tenants, they'll think I'm accusing them.", None),
        t("You don't need to go inside to start. Ask them to use no water for thirty minutes, then look at the low-flow indicator on the meter, the little triangle or star. If it's turning, something's leaking. Can you get to the meter?"),
        c("Yeah, it's by the sidewalk. I'm slammed all week though, I can't get out there till Saturday.", "no_time"),
        t("Saturday's fine. If it moves, check the toilets first with a few drops of food colouring in each tank. Once a leak is fixed you can apply for an adjustment on this bill, and I'm noting the account so no late fee hits while you check."),
        c("Okay, good. Glad I didn't go yelling at them.", None),
        t("Call back with what you find and we'll take it from there."),
    ],
    worse=[
        d05_open,
        t("I can see the reads. Usage went from about nine thousand gallons to nineteen thousand this quarter."),
        c("See, that's them. What can I do about it?", None),
        t("As the owner, the bill's in your name, so it's between you and the tenants. Some landlords add a water clause to the lease. If you think there's a leak, you can get a plumber to check."),
        c("A plumber's gonna charge me a hundred bucks just to show up.", "too_expensive"),
        t("Understood. You could check the meter yourself for movement when nothing's running. And if a leak gets fixed, there's an adjustment program."),
        c("Alright. I'll talk to the tenants first.", None),
        t("Sounds good. Anything else today?"),
    ],
))

# ---------------------------------------------------------------- d06
d06_open = c("Hello. I am phoning because the hundred rand electricity, it doesn't last like before. Before it was two weeks, now it finishes in one week. Somebody is stealing?", None)
PAIRS.append(rpair(
    "b214r_d06_umlazi_prepaidunits",
    "An elderly woman in Umlazi, Durban calls the municipal prepaid electricity line because the R100 of electricity she buys runs out twice as fast as before; she is not at ease with technical words.",
    better=[
        d06_open,
        t("Sawubona, Gogo. Let's look at it together, slowly. Are you buying the same hundred rand each time, or has something changed?"),
        c("Same hundred. Every time, at the Spar.", None),
        t("Thank you. The price went up in July, so a hundred rand gives a little less now, but only a little. Did anything new come into the house, like a heater or a new appliance?"),
        c("My grandson brought a heater for the winter. A small one, with the orange bars.", None),
        t("Ah, Gogo, those bar heaters look small but they eat electricity very fast, more than the fridge and the lights together. Nobody is stealing, it's the heater. Could it go on only in the evening, with a blanket in the day?"),
        c("Hayi, I feel the cold in my bones. And I can't buy more, the pension only stretches so far.", "no_money"),
        t("I hear you. Then let's see if you can get free basic electricity, fifty units every month for pensioners who register. I can take the details now on the phone and post the form so your grandson can bring it in. What's your meter number?"),
    ],
    worse=[
        d06_open,
        t("Good afternoon, ma'am. The tariff increased by about twelve percent on the first of July, which means fewer kilowatt-hours per rand. Your consumption has also increased, according to your vending history."),
        c("I don't know kilowatt. I just know it finishes quickly.", None),
        t("Your average daily consumption went from about five units to about ten. That's probably an appliance. Have you added any heating appliances?"),
        c("My grandson brought a heater. But I can't buy more electricity, the pension is small.", "no_money"),
        t("Then you can apply for free basic electricity if you register as indigent. You need to go to the municipal office with your ID and proof of income."),
        c("Okay. I will ask my grandson to take me.", None),
        t("Good. Anything else today?"),
    ],
))

# ---------------------------------------------------------------- d07
d07_open = c("Hello, your man came to the shop last week and left a card. He said you can give me cheaper electric. I'm listening, but I'm not signing anything long.", None)
PAIRS.append(rpair(
    "b214r_d07_leicester_takeaway",
    "The owner of a curry takeaway in Leicester phones an energy supplier's business team after a sales visit; he wants cheaper electricity but is wary of long contracts.",
    better=[
        d07_open,
        t("Thanks for calling, and that's fair enough. What's your current contract, and when does it end? That decides what you can do without penalties."),
        c("I'm with my supplier three years now. Contract ends in April, I think. I pay about seven hundred a month.", None),
        t("If it ends in April, you can usually arrange the next one now to start then, with no exit fee. What bothers you about long contracts, if I may ask?"),
        c("Last time I signed five years with a broker, then prices dropped and I was stuck. I paid thousands extra.", "bad_experience"),
        t("That's a real risk with long fixes. We do a twelve-month contract that you can leave without a fee in the last three months, so you're never stuck more than a year. Before I quote, could you send a photo of your latest bill? Then I compare on your real usage, including the evening hours when the fryers are on."),
        c("Yes, I'll WhatsApp it tonight after closing. Busy now, it's the lunch rush.", None),
        t("No rush at all. I'll send back a one-page comparison tomorrow and you decide. Nothing gets signed without you."),
    ],
    worse=[
        d07_open,
        t("Thanks for calling. I can offer you a three-year fixed contract at twenty-six pence, which is well below current market rates."),
        c("Three years? I just said, I'm not signing long.", "no_need"),
        t("I understand. There's also a one-year at twenty-nine pence. When does your current contract end?"),
        c("April, I think. Last time I signed five years with a broker and when prices dropped I was stuck.", "bad_experience"),
        t("Then the one-year would suit you. I can send the contract for e-signature today to start in April."),
        c("Just send me the price, I'll have a look when I have a minute.", "brush_off"),
        t("I'll email it now."),
    ],
))

# ---------------------------------------------------------------- d08
d08_open = c("Hi. I own a triple-decker in Worcester, I pay the heat for all three units, and the oil bill last winter was over eleven grand. Someone said I should look at heat pumps.", None)
PAIRS.append(rpair(
    "b214r_d08_worcester_tripledecker",
    "A landlord who owns a three-family house in Worcester, Massachusetts calls an energy efficiency program advisor about heat pumps; he pays the oil heat for all three units.",
    better=[
        d08_open,
        t("Eleven grand is a lot. Before we get to heat pumps, can I ask: is heat included in the rent for all three units, and would you want to keep it that way?"),
        c("Yeah, included, old leases. Honestly I'd love the tenants to pay their own heat, but I can't just change the leases midway.", None),
        t("That matters, because a separate heat pump per unit, each on the tenant's own electric meter, would let you move heat over to the tenants as leases renew. Has the building had an energy assessment? The program does a free one for one-to-four unit buildings, and insulation is mostly or fully covered."),
        c("No assessment. And look, a contractor told me heat pumps mean rewiring the whole building. I can't afford to gut it.", "no_money"),
        t("Usually it's not a full rewire; often each unit needs a new circuit and sometimes a panel upgrade. Let's start with the free assessment: it tells you what insulation to do first, and whether the electric service can take three systems. No commitment."),
        c("Free I can do. Set it up, but the tenants need a day's notice.", None),
        t("I'll book it and send you a notice you can hand to each tenant."),
    ],
    worse=[
        d08_open,
        t("Heat pumps are a great fit for triple-deckers. There are rebates of up to ten thousand per unit through the state program."),
        c("Ten grand a unit? That's decent. How much does the whole thing cost?", None),
        t("Usually fifteen to twenty-two thousand per unit before rebates, depending on the layout."),
        c("So still like thirty grand of my money. A contractor said I'd have to rewire the whole building. I can't afford to gut it.", "no_money"),
        t("It's not always a full rewire. I'd recommend getting quotes from two or three of our approved contractors."),
        c("Okay, I'll think about it. Send me the list.", "think_it_over"),
        t("Sure, emailing it now."),
    ],
))

# ---------------------------------------------------------------- d09
d09_open = c("Hi, our geyser burst yesterday and the insurance will pay for a new one. We're wondering, should we get solar or a heat pump instead of a normal one?", None)
PAIRS.append(rpair(
    "b214r_d09_eastlondon_geyserchoice",
    "A young couple in East London, Eastern Cape ask a plumbing and solar installer whether to replace their burst electric geyser with a solar geyser or a heat pump; insurance pays like-for-like.",
    better=[
        d09_open,
        t("Sorry about the burst, hopefully no ceiling damage. It's a good moment to ask. Does the insurance cover only a like-for-like electric geyser, or will they put that amount towards an upgrade?"),
        c("They said like-for-like, but we can top up the difference. Not loads though, we're saving for a wedding.", "no_money"),
        t("Congratulations! Then it's about how much you'd top up and how soon you'd earn it back. How many people shower, and when, mornings or evenings?"),
        c("Just us two. Mostly evening showers, and she works from home three days a week.", None),
        t("With two of you showering in the evening, a solar geyser heats during the day and is ready by then, so it suits you well. A heat pump saves a bit more on cloudy days but costs more and makes some noise. Honestly, for two people the saving is smaller than for a family, maybe three to four hundred rand a month, so a top-up of about twelve thousand pays back in roughly three years."),
        c("Three years is okay. Can we decide by tomorrow? The assessor comes Thursday.", None),
        t("Yes. I'll send a quote for the solar conversion with the insurance amount shown separately, so your assessor can see exactly what they're paying for."),
    ],
    worse=[
        d09_open,
        t("Sorry to hear that. Definitely go for a heat pump, it's the most efficient option, it can save up to seventy percent on water heating."),
        c("Okay. How much more is that than a normal geyser?", None),
        t("About eighteen thousand extra on top of what the insurance pays for like-for-like."),
        c("Hmm, that's a lot. We're saving for a wedding.", "no_money"),
        t("A solar geyser is cheaper, around twelve thousand extra, and still saves a lot. Both are good choices."),
        c("Okay, let us think and we'll let you know.", "think_it_over"),
        t("Sure, just let me know before the assessor comes."),
    ],
))

# ---------------------------------------------------------------- d10
d10_open = c("Hi, I want to take out boiler cover for my mum. She's eighty-four and lives on her own in Belfast.", None)
PAIRS.append(rpair(
    "b214r_d10_belfast_mumboiler",
    "A woman rings a boiler cover company to buy cover for her 84-year-old mother's gas boiler in Belfast; the boiler stopped working the day before.",
    better=[
        d10_open,
        t("Of course. Can I ask what's prompted it: is the boiler working fine at the moment, or has something happened?"),
        c("Well, it stopped yesterday. She's got the electric fire on. I thought if I get cover, you'll send someone.", None),
        t("Thanks for telling me, it's much better I know now. Cover doesn't include faults that exist before it starts, so it wouldn't help with this breakdown. What I can do is book a one-off repair today, and because she's eighty-four and without heating, she goes to the top of the list. Would that help?"),
        c("Oh. What does a one-off repair cost, then? I'm not made of money.", "no_money"),
        t("Call-out and the first hour is ninety-five pounds, parts extra, and the engineer quotes before doing any work. If you take cover once it's fixed, we credit the call-out against the first year. Someone could be there by four today."),
        c("Four's fine, she's always in. Let me think about the cover after.", "think_it_over"),
        t("That's sensible. I'll text you the engineer's name, and I'll ring you next week about cover once she's warm again."),
    ],
    worse=[
        d10_open,
        t("Of course. Our Essential Cover is fourteen pounds a month, boiler and controls, annual service included. What's the make and age of the boiler?"),
        c("Worcester, about ten years old I think. It stopped working yesterday actually, can you send someone today?", None),
        t("Ah, I'm afraid cover doesn't include pre-existing faults, so I couldn't send someone under the policy. You'd need to get a local engineer in."),
        c("Right. I don't know any. And I'm not made of money.", "no_money"),
        t("We do one-off repairs too, ninety-five pounds for the call-out. I can book that for tomorrow morning."),
        c("Tomorrow? She's eighty-four and she's got no heating. Fine, book it.", None),
        t("Booked for tomorrow between eight and twelve."),
    ],
))
