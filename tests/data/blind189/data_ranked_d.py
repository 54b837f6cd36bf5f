"""Ranked pairs d01-d10 of blind189, written by hand: two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# d01 ------------------------------------------------------------------------
o = c("Hi, we're a law firm in Center City. We need a courier account for court filings and deliveries to clients.", None)
PAIRS.append(rpair(
    "b189r_d01_us_courier_law_firm",
    "Office manager at a twelve-lawyer firm in Philadelphia calls a courier about a same-day account.",
    [o,
     t("Sure. Which are most of them, filings at the courthouse or documents to clients?"),
     c("Mostly filings. Some have to be stamped by four-thirty or we miss the deadline.", None),
     t("So the hard line is the four-thirty stamp. How often are they last-minute, like a call at three for a filing that day?"),
     c("All the time, honestly. Lawyers. And our old courier said 'same day' but meant end of day.", "bad_experience"),
     t("Then you need a one-hour rush, not just same-day. Ours is a flat fee inside Center City, and the driver texts a photo of the stamped cover page. Want to try it on your next few filings before opening a full account?"),
     c("A photo of the stamp would be great. Yeah, let's try it.", None),
     t("I'll send the rush rates and the booking link within the hour.")],
    [o,
     t("Sure. We do same-day across Philadelphia. Standard same-day is twenty-two dollars, rush is thirty-eight."),
     c("Okay. Some of ours have to be stamped by four-thirty.", None),
     t("No problem, rush covers that. I can set up the account today if you give me a billing contact."),
     c("Our old courier said 'same day' and it meant end of day. How do I know you'll make it?", "bad_experience"),
     t("Our rush is a one-hour service, and our drivers know the courthouse well. Most of our law firms are very happy."),
     c("Okay. Send me the account forms and I'll look them over.", "think_it_over"),
     t("Will do, I'll email them today.")],
))

# d02 ------------------------------------------------------------------------
o = c("Hi, can you give me your pallet hire prices? We're a brewery in Faversham.", None)
PAIRS.append(rpair(
    "b189r_d02_uk_pallet_hire_brewery",
    "Operations manager at a brewery in Kent asks a pallet hire company for prices; many of their pallets vanish at pubs.",
    [o,
     t("Happy to. So I quote the right thing, where do your pallets end up: pubs, wholesalers, supermarkets?"),
     c("Mostly pubs, direct. Honestly, loads never come back. Landlords use them for bonfires or whatever.", None),
     t("So the real cost is losses at pubs. I should be straight: hire pools collect from depots, not single pubs, so on pub drops you'd still lose them, and you'd be charged for our pallets. How much goes through wholesalers?"),
     c("About a third. Hm, I hadn't thought about being charged for losses.", None),
     t("Then hire probably makes sense for the wholesaler third, and for pubs you might do better with cheap one-way pallets. I'll price the wholesaler part and be honest about the rest."),
     c("That's more useful than a price list, to be fair. Go on then.", None),
     t("I'll send it by Friday, with the numbers for both.")],
    [o,
     t("Of course. Standard hire's about forty pence a day per pallet, plus a transfer fee when they go to a customer."),
     c("Okay. Lots of ours go to pubs and never come back.", None),
     t("With hire, pallets are tracked, so you'll have a record of where they've gone. It's far more organised than buying."),
     c("Forty pence a day for every one sat at a pub sounds like it'd add up.", "too_expensive"),
     t("It can, but for most breweries it works out cheaper than buying new over time. I'll send the full price list and a contract to look over."),
     c("Alright. I'll go through it with the MD.", "think_it_over")],
))

# d03 ------------------------------------------------------------------------
o = c("Hey, so we're a small SaaS company in Denver, and our customers in Asia are getting replies twelve hours late. We're thinking about overnight support from Manila.", None)
PAIRS.append(rpair(
    "b189r_d03_ph_overnight_support_saas",
    "Founder of a ten-person US software startup calls a Manila outsourcing firm about overnight customer support.",
    [o,
     t("That makes sense, your night is our day. What kind of tickets come in from Asia, mostly how-to questions or actual bugs?"),
     c("Like seventy percent how-to, the rest bugs that need engineers. And, uh, money is tight, we just closed a small seed round.", "no_money"),
     t("Understood. Then I wouldn't start with a full team. One trained agent could handle the how-to tickets and log bugs for your engineers to pick up in the morning. How many tickets a night?"),
     c("Thirty, forty?", None),
     t("One agent handles that comfortably. A one-month pilot would be around eighteen hundred dollars. If reply times and ratings don't improve, you walk away. Want me to write that up?"),
     c("A pilot works. I'll loop in my cofounder.", "think_it_over")],
    [o,
     t("Great, we do a lot of overnight support for US software companies. Most start with a team of three to cover the full night."),
     c("Three people? We're pretty small, we just closed a seed round.", "no_money"),
     t("Totally understand. Three gives you cover for breaks and sick days, so there's never a gap. We can do it for about fifty-two hundred a month."),
     c("Hm. A lot of the tickets are just how-to stuff, honestly.", None),
     t("Our agents are great with how-to tickets, and they escalate bugs. I'll send you a proposal for the three-seat team."),
     c("Sure, I'll look at it with my cofounder.", "think_it_over")],
))

# d04 ------------------------------------------------------------------------
o = c("Hi, our copier died yesterday. I need something fast, the front desk is printing on a little inkjet.", None)
PAIRS.append(rpair(
    "b189r_d04_us_copier_dental_office",
    "Office manager of a two-dentist practice in Tampa, Florida asks a copier dealer for a replacement machine.",
    [o,
     t("Ouch, okay. What does the front desk print mostly, and do you scan much?"),
     c("Forms, insurance stuff, and we scan every ID and insurance card. Maybe a thousand pages a month printing.", None),
     t("A thousand pages is light. Honestly, you don't need a copier lease. A good business laser multifunction, about five hundred dollars to buy, handles that and scans cards fine. A lease would cost you more over three years."),
     c("Really? The guy before you wanted to put me in a four-year lease.", None),
     t("For a thousand pages, I'd be overselling you. I can have one there tomorrow and set up scan-to-folder for your practice software. If you grow, call me then."),
     c("Tomorrow would be amazing. Yes, please.", None),
     t("I'll email the model and price in ten minutes, and book the install as soon as you okay it.")],
    [o,
     t("Sorry to hear that. We have a great mid-range multifunction on a thirty-six-month lease, about a hundred and ten a month with service."),
     c("A hundred and ten a month? We print maybe a thousand pages.", "too_expensive"),
     t("That's fine, you'll have room to grow, and service is included, so you never pay for repairs. It scans IDs really well too."),
     c("I need something by tomorrow if possible.", None),
     t("I can have it there Thursday. Shall I send the lease paperwork?"),
     c("Send it. I'll run it past Dr. Alvarez.", "think_it_over")],
))

# d05 ------------------------------------------------------------------------
o = c("Hi, we need a new cleaning contractor. We're a co-working space, about a hundred members.", None)
PAIRS.append(rpair(
    "b189r_d05_uk_cleaning_coworking",
    "Community manager of a co-working space in Brighton wants a cleaning quote; members come and go at all hours.",
    [o,
     t("Hi. Co-working's a bit different from a normal office. When's the building quiet, if ever?"),
     c("Never, ha. Some members are in till midnight, and the early birds arrive at six.", None),
     t("So there's no empty window. Would a daytime cleaner who works around people suit you, with a deep clean on Sunday when it's quietest?"),
     c("Daytime's interesting. Members moan about the kitchen and toilets by lunchtime.", None),
     t("Then a daytime cleaner on the kitchen and toilets, eleven till three, plus the Sunday deep clean. Could I come Thursday to see the space and time how long the toilets take?"),
     c("Thursday morning's rubbish for me, we've got an event on. Friday?", "no_time"),
     t("Friday at ten, then. I'll bring a quote for both setups the week after.")],
    [o,
     t("Great. We do lots of offices. Our standard evening clean is five nights a week, two hours a night."),
     c("Evenings are tricky. People are here till midnight sometimes.", None),
     t("No problem, our cleaners are quiet and work around people. Most clients barely notice them."),
     c("The kitchen and toilets are what members complain about.", None),
     t("We'll make those a focus. I'll send a quote for the five-night clean and come for a visit next week."),
     c("Okay. Not Thursday though, we've got an event.", "no_time"),
     t("No worries, I'll email to find a day.")],
))

# d06 ------------------------------------------------------------------------
o = c("Good morning. I want to ask... storage. For furniture. Before shipping.", None)
PAIRS.append(rpair(
    "b189r_d06_ph_warehouse_furniture_maker",
    "Owner of a small furniture workshop in Mandaue, Cebu, a quiet man with limited English, asks a warehouse about storing finished pieces before export.",
    [o,
     t("Good morning sir, welcome. No rush. Is this furniture for one shipment, or many?"),
     c("One container. Every two month. The buyer take long time to send the container.", None),
     t("Okay. So one container every two months, and the pieces wait for the buyer's container. How many pieces, more or less? Or I can come see them at your shop, if that's easier."),
     c("Yes, better you come see. Is many chairs, tables. Some very big.", None),
     t("I'll visit Wednesday morning, if okay. I'll measure, and give you the space and price in writing, simple."),
     c("Wednesday okay. Price... I am small business only.", "no_money"),
     t("Understood. I'll show you the cheapest option too: shared floor space, no long contract.")],
    [o,
     t("Good morning! Sure. Our rate is 450 pesos per pallet position per month, minimum six months. For furniture we can also do floor storage."),
     c("Pallet... position?", None),
     t("It's one space for one pallet on the rack, sir. How many pallets do you have?"),
     c("Not pallet. Chairs, tables. One container every two month.", None),
     t("Okay, then floor storage, it's per square metre. I'll email you our rate card and you can estimate from there."),
     c("Okay. I will ask my son to read.", None)],
))

# d07 ------------------------------------------------------------------------
o = c("Hey, so my CFO says we're spending way too much on supplies and I need to cut it by like a third.", None)
PAIRS.append(rpair(
    "b189r_d07_us_office_supplies_cost_cut",
    "Office manager of a startup in Austin, Texas calls her office-supplies rep because the CFO wants supply spend cut.",
    [o,
     t("Got it. Before I suggest anything, can I pull your last three months and we look together? Okay, I'm looking: snacks and coffee are sixty percent of it."),
     c("Oh wow. Yeah, that's the kitchen. People eat a lot.", None),
     t("Paper and toner are actually small. On the kitchen side, you're not using case pricing, and five items are pricey single-serve packs. Switching those alone is maybe twenty percent."),
     c("That helps. But people will revolt if the good snacks disappear.", None),
     t("Then keep the favorites and switch the ones nobody would notice. I'll send a list with each swap and its saving, and you pick. Does Friday work?"),
     c("Friday works. That's something I can actually show the CFO.", None)],
    [o,
     t("Sure, we can help. Our house-brand paper and toner are about twenty-five percent cheaper than name brands."),
     c("Okay. Is paper a big part of it, though?", None),
     t("It adds up. And we've got a budget coffee that saves a bit too. I can switch everything to house brand today."),
     c("I don't know if the team will like switching everything. Can I see a list first?", "think_it_over"),
     t("Of course. I'll email a list of house-brand swaps and the savings."),
     c("Okay, thanks.", None)],
))

# d08 ------------------------------------------------------------------------
o = c("Hiya. We've a shop in New York wanting two hundred sets of knives. We've never exported to the States before.", None)
PAIRS.append(rpair(
    "b189r_d08_uk_forwarder_cutlery_export",
    "Owner of a small cutlery maker in Sheffield asks a freight forwarder about sending her first trade order to a shop in New York.",
    [o,
     t("Congratulations. Knives need a bit of care going into the US. Has the shop said who handles customs their end?"),
     c("No idea. They just said 'ship it over'.", None),
     t("Then that's the first thing to settle, because someone has to be the importer and pay the duty. Ask them if they want it delivered duty paid. And to be honest, I don't know the current duty rate on cutlery offhand, so I'll check before I quote."),
     c("That's fair. How long does it take?", None),
     t("By air about a week door to door. Sea's cheaper but five or six weeks. Does the shop have a deadline?"),
     c("Christmas window display. So air, then. Though air sounds pricey.", "too_expensive"),
     t("Two hundred boxed sets is probably one or two cartons, so air may be less than you think. I'll quote both, with the duty, by Wednesday.")],
    [o,
     t("Lovely. We ship to the US all the time. Air's about a week, sea's five or six weeks."),
     c("Right. They want it for a Christmas display.", None),
     t("Then air's your best bet. I'll quote air freight for two hundred sets."),
     c("Do I need to do anything about customs?", None),
     t("We handle the export side, and the US side's usually straightforward. Duty's normally small."),
     c("Okay. Air sounds pricey, though.", "too_expensive"),
     t("It's a small shipment, so it won't be too bad. I'll send the quote today.")],
))

# d09 ------------------------------------------------------------------------
o = c("Hello, this is the third time this month our printer breaks. It's tax season, April 15 deadline. I'm really losing patience.", None)
PAIRS.append(rpair(
    "b189r_d09_ph_printer_repeat_fault_accounting",
    "Office manager of an accounting firm in Makati calls about their leased printer breaking again during tax season.",
    [o,
     t("I'm sorry, three times in April is the worst timing. Can I check what the technicians did each time?"),
     c("Go ahead. They keep changing the same part, then it breaks again.", None),
     t("I see it. The fuser was replaced twice. If the same part keeps failing, the real problem may be elsewhere, so I'd rather not send a third fuser. Can I put a loaner in your office today while we take yours to the shop?"),
     c("A loaner? Will it connect to our system? We can't lose a day setting it up.", "no_time"),
     t("The technician sets it up with your same network settings, about thirty minutes. He'll bring it by two, and we'll check your printer properly without you waiting on it."),
     c("Okay. Two o'clock. Please, no more surprises.", None)],
    [o,
     t("I'm sorry to hear that. Let me book a technician for you. The earliest is tomorrow morning."),
     c("They keep changing the same part and it breaks again.", None),
     t("I see the fuser was replaced. I'll note that for the technician so he checks it properly this time."),
     c("Tomorrow morning is a problem. We're printing returns all day today.", "no_time"),
     t("I understand. I'll mark it urgent and see if anyone frees up this afternoon, and call you if so."),
     c("Okay. Please call.", None)],
))

# d10 ------------------------------------------------------------------------
o = c("Hello, namaste. I import spices, whole and ground, and my garage is full. I need warehouse space.", None)
PAIRS.append(rpair(
    "b189r_d10_us_warehouse_spice_importer",
    "Owner of a spice importer in Edison, New Jersey visits a warehouse to ask about storage; his business peaks before Diwali.",
    [o,
     t("Welcome. Is it full all year, or are there times it's worse?"),
     c("August to November is crazy, because of Diwali and then Thanksgiving. Rest of the year, okay-okay.", None),
     t("So a four-month peak. Spices need cool and dry, away from anything that picks up smell. Do your buyers ask for food-safety paperwork?"),
     c("Yes, the Indian grocery chains ask. My last warehouse failed an inspection, and I lost a customer because of that.", "bad_experience"),
     t("Then you should see our food-grade area and our last audit report before anything else. For a four-month peak we can do a short-term agreement, no annual minimum. Want to walk through now?"),
     c("Yes, let's see. Then I will decide.", None),
     t("Good. I'll print the audit summary for you to take home.")],
    [o,
     t("Welcome. We have a food-grade area. Our annual agreement is fourteen dollars per pallet per month."),
     c("Annual? My busy time is only August to November.", "no_need"),
     t("The annual gives you the best rate, and the space is guaranteed when you need it."),
     c("Okay. My last warehouse failed an inspection, so I want to be careful.", "bad_experience"),
     t("Understood. We're fully certified. I can email you the agreement and our certificate."),
     c("Send it. I will compare with one more place.", "think_it_over")],
))
