"""Ranked pairs: d01-d10 two decent sides, one clearly better; f01-f10 identical but for one fault in `worse`."""
from common import t, c, o, ranked

PAIRS = []

# ---------------------------------------------------------------- d01-d10

# d01 digs into the doubt -- commercial cleaning, Inverness
PAIRS.append(ranked(
    "b33r_d01_inverness_dental_cleaning",
    "Practice manager of a dental practice in Inverness, Scotland, phones a commercial cleaning firm about its quote. "
    "She has used the same small cleaners for eight years. Spoken, B2B.",
    o("Hello, it's Fiona from Crown Dental on Academy Street. You sent us a quote for the cleaning. I'll be honest, I'm not sure about switching. We've had the same cleaners eight years."),
    [
        t("Thanks for calling back, Fiona. Eight years is a long time — what made you look around at all?"),
        c("Well. Our inspection flagged the surgeries. Dust on the high surfaces, the extraction vents. But they're lovely people, Margaret and her daughter. I feel awful even talking to you.", None),
        t("That's a hard spot — you like them, but the inspection lands on you. Is the doubt more about letting them down, or about whether we'd actually do the clinical areas better?"),
        c("Both, honestly. And a bigger firm, you'd send whoever's on the rota. At least I know Margaret.", None),
        t("That's fair. Here's a thought: we do a one-off deep clean of the four surgeries before your re-inspection — high surfaces, vents, signed checklist — and you keep Margaret on for the day-to-day. Then you see our work before deciding anything bigger."),
        c("Oh. I hadn't thought of that. That might actually work. What would it cost?", None),
        t("About three hundred and twenty, on a Saturday so there are no patients. I'll email the checklist today so you can see exactly what's covered."),
    ],
    [
        t("Thanks for calling back, Fiona. I understand, switching is a big step. I can tell you we're fully insured, all staff are PVG checked, and we follow the national cleaning specification for dental settings."),
        c("Right. That's good to know. The inspection did flag the surgeries — high surfaces, the vents.", None),
        t("That's exactly what our clinical cleaning covers. Our teams are trained in infection control, and we leave a signed log after every visit, which inspectors like to see."),
        c("It's just — they're lovely people, the ones we have. I'd feel awful.", None),
        t("I understand. Lots of practices feel that way at first. Our contract has a one-month notice period, so you're never locked in."),
        c("Look, just pop the paperwork in an email and I'll have a look when I can.", "brush_off"),
        t("Of course. I'll send over our accreditation documents and references today so you have them to hand."),
    ],
))

# d02 notices the real purpose -- remittance, Quezon City (typed)
PAIRS.append(ranked(
    "b33r_d02_qc_remittance_tuition",
    "A mother messages her bank's chat in Quezon City, Philippines, asking for the cheapest way to send 120,000 pesos "
    "to her daughter in Sydney. Typed chat.",
    o("hi good pm. whats ur cheapest way to send money to australia? sending to my daughter in sydney, around 120k pesos"),
    [
        t("Good pm po! Cheapest is our standard bank-to-bank transfer, fee ₱250, arrives in 3–5 banking days. Before you choose — when does she need it by?"),
        c("her tuition deadline is friday. she said if late there is penalty and she cant enrol", None),
        t("Ah, then the cheapest one is risky — 3 to 5 banking days may land after Friday. Our express transfer is ₱650 and arrives same day if sent before 2pm. Is the extra ₱400 okay, given the deadline?"),
        c("hmm mahal pero ok, better than penalty. can i pay directly to her uni instead?", None),
        t("Yes, and that's even better if the uni accepts it — it goes straight to tuition with her student ID as reference. Does she have the invoice with the uni's bank details?"),
        c("yes she sent me a screenshot of the invoice", None),
        t("Perfect. Bring a printout of the invoice and a valid ID to any branch before 2pm and ask for 'express to institution'. Message me here if the teller asks for anything else."),
    ],
    [
        t("Good pm po! Cheapest is our standard bank-to-bank transfer, fee ₱250, arrives in 3–5 banking days. Exchange rate today is ₱37.90 per AUD."),
        c("ok. how do i send it", None),
        t("You can do it in our app under 'International Transfer', or at any branch. You'll need her full name, BSB, account number and bank name."),
        c("ok i have those. is 250 the only fee?", None),
        t("Her receiving bank may charge a small fee too, usually AUD 10–15, so it's good to add a little extra to cover that."),
        c("ok thank u, ill send it tmrw", None),
        t("You're welcome po! Have a great day 😊"),
    ],
))

# d03 adapts to a grieving customer -- credit union, rural Newfoundland
PAIRS.append(ranked(
    "b33r_d03_newfoundland_widow_accounts",
    "Mrs Pardy, 78, comes into her credit union branch in a Newfoundland outport town three weeks after her husband "
    "died. Grieving, unsure why she's there; spoken.",
    o("Hello, my dear. My Walter passed three weeks ago, and my son said I have to come in about his accounts. I don't really know what I'm here to do."),
    [
        t("I'm very sorry about Walter, Mrs Pardy. There's no rush at all today. Would you like a cup of tea before we start?"),
        c("That would be nice, thank you. Walter always did the banking. Forty-nine years.", None),
        t("Forty-nine years. Then let's just do one small thing today and leave the rest for another day. Is there anything you need to pay soon that's worrying you?"),
        c("The oil bill's due, and the house insurance. I don't know if I can pay them with his card anymore.", None),
        t("His card's stopped, but your joint chequing account is still yours, and there's enough in it for both. I can set those two to come out of it today so you don't have to think about them. Would that be alright?"),
        c("Oh, yes. That's a weight off. What about all the rest of it, the papers?", None),
        t("The rest can wait. Could you come back next Thursday with your son? I'll write down exactly what to bring, and it'll be me you see."),
    ],
    [
        t("I'm very sorry for your loss, Mrs Pardy. I can help with that. To settle the estate we'll need the death certificate, a copy of the will, and the executor's ID. Is your son the executor?"),
        c("I... I don't know. I think it might be me. Walter always did the banking.", None),
        t("That's fine. If you're the executor, bring your own ID as well. Then we'll close his individual accounts, move the joint account into your name, cancel his credit card and deal with the RRSP, which names you as beneficiary."),
        c("That's an awful lot. I don't have any of that with me today.", None),
        t("No problem, you can bring it all next time. I'll give you a checklist. Any automatic payments on his card will need to be moved, too."),
        c("The oil bill's on his card, I think. Oh dear.", None),
        t("We can move that when you come back with the documents. Here's the checklist and my card."),
    ],
))

# d04 adapts to a hurried customer -- equipment hire, Trinidad
PAIRS.append(ranked(
    "b33r_d04_chaguanas_generator_hire",
    "A building contractor phones a tool-hire yard in central Trinidad: the power is off on his street and he is "
    "pouring concrete at one o'clock. Hurried; spoken.",
    o("Yes, morning, I need a generator today, today-today. We pouring concrete in Chaguanas at one o'clock and T&TEC just cut the power on the whole street."),
    [
        t("Got you. What you need to run — mixer, vibrators, lights?"),
        c("Two poker vibrators and a small pump. That's it.", None),
        t("Then a 10 kVA diesel does it. I have one in the yard now. Four hundred a day; delivery by eleven is one-fifty."),
        c("Deliver. But four hundred? Last time I rent by Ramjit it was three.", "too_expensive"),
        t("If Ramjit has one and he's closer, go by him. If not, I'll hold this one for you till ten-thirty. Address and a name for the driver?"),
        c("Lot 14, Cunupia Road, by the KFC. Ask for Ravi. Hold it, I ain't have time to go running around.", None),
        t("Holding it. Driver calls you at quarter to eleven. Pay him on delivery, cash or card."),
    ],
    [
        t("Good morning, sir, sorry to hear about the power. Let me ask a few things so we get you the right size. What kind of project is it, residential or commercial, and what equipment will you run — do you have the wattages or model numbers?"),
        c("Residential, two-storey house. Two poker vibrators and a pump. I don't know the watts, boss, I'm on the site, and I need it for one o'clock.", None),
        t("No problem. Is it just for today, or the week? Our weekly rate works out cheaper, and we offer fuel packages too."),
        c("Today. Just today. How much?", None),
        t("A 10 kVA is four hundred a day, delivery one-fifty. I'll need your ID, a deposit and the rental agreement filled — can you come by the office, or shall I email it?"),
        c("Boss, I ain't have time to go by no office and fill forms, I have men standing up here waiting. Email it, I'll see.", "no_time"),
    ],
))

# d05 adapts to an expert -- network hardware distributor, Penang (typed)
PAIRS.append(ranked(
    "b33r_d05_penang_poe_switches",
    "A network engineer at an electronics factory in Bayan Lepas, Penang, Malaysia, messages a distributor's sales chat. "
    "Expert, terse; typed, B2B.",
    o("hi, need 4 x 48-port PoE+ switches for a factory floor expansion in bayan lepas. 10G SFP+ uplinks, L3 lite is fine. mixed aruba/cisco shop. what do you have in stock this week"),
    [
        t("Hi! In stock this week: Aruba CX 6100 48G Class4 PoE 4SFP+ (JL675A), 370W budget, qty 6. Cisco C1300-48FP-4X is 3–4 weeks out. What's on each switch — APs, cameras, anything heavier?"),
        c("mostly AP-635s and some axis cameras. ~25 devices per switch, a few PTZ", None),
        t("PTZs could push you past 370W. Also the 6100 is static routing only, no OSPF, if that matters for 'L3 lite'. The 6200F with 740W is in stock but it's about 40% more."),
        c("40% more and procurement will kill me. static is fine. how many PTZs before 370 is a problem", "too_expensive"),
        t("Rough: AP-635 ~16W loaded, fixed Axis domes 7–13W, PTZ up to 60W. About 20 APs is ~320W before any PTZ — so max one PTZ per switch, or put them on a midspan. Quote for 4 x JL675A plus SFP+ DACs?"),
        c("yes 4 x jl675a, 8 x 1m dac. send to procurement@penangprecision.my, PO to follow", None),
        t("Within the hour. Holding 4 units till Friday."),
    ],
    [
        t("Hi! Great question. PoE+ (802.3at) delivers up to 30W per port, so you can power access points and cameras over the network cable. SFP+ ports let you uplink over fibre at 10Gbps."),
        c("yes i know what poe+ is lol. whats in stock", None),
        t("Sorry! We have the Aruba CX 6100 48-port PoE+ with 4 SFP+ in stock, qty 6 — a great switch for growing businesses. Layer 3 means it can route between VLANs, useful for separating cameras from office traffic."),
        c("ok. whats the poe budget, im running APs and some PTZs", None),
        t("It's 370W. The PoE budget is the total power the switch can give all connected devices combined, so add up the power of each device to check."),
        c("...right. ok send quote for 4 x jl675a and 8 x 1m dac to procurement@penangprecision.my", None),
        t("Sure, I'll send it shortly. Let me know if you'd like a call to go through VLAN setup."),
    ],
))

# d06 offers a low-risk step -- payroll bureau, Islay (typed)
PAIRS.append(ranked(
    "b33r_d06_islay_payroll_bureau",
    "The co-owner of a small whisky distillery on Islay, Scotland, writes to a payroll bureau's enquiry chat. Their "
    "bookkeeper is retiring; he is wary of long contracts. Typed, full sentences; B2B.",
    o("Hello. We're a small distillery on Islay, 14 staff, some seasonal. Our bookkeeper who does payroll retires in March. Three payroll firms have quoted and all want a 12-month contract. I'm wary."),
    [
        t("Thanks for getting in touch. Wary of what, mainly — being locked in if it goes wrong, or something else?"),
        c("Being locked in. Our pay is fiddly: seasonal tour guides on hourly rates, warehouse on shifts, two on salary. Years ago we outsourced and they got the seasonal rates wrong two months running. I had angry staff at the door.", "bad_experience"),
        t("That's the worst kind of mistake, because it's people's wages. How about this: we run February's payroll in parallel with your bookkeeper. She pays as normal, we produce our version, you compare line by line. No charge. If it doesn't match, you walk away."),
        c("That's more like it. And after that, a year's contract?", None),
        t("No — month to month after that, thirty days' notice. £6.50 a payslip, so about £91 a month for 14 people."),
        c("Fine. I'll need to run it past my brother, he's the other director, but I think he'll like the trial run.", "think_it_over"),
        t("Of course. If you both agree, send January's payroll report and the seasonal rate sheet by 20 February, and we'll have the parallel run back to you before pay day on the 28th."),
    ],
    [
        t("Thanks for getting in touch. I understand — a 12-month term is standard in payroll because the setup takes time, but ours comes with a service guarantee."),
        c("Our pay is fiddly: seasonal tour guides on hourly rates, warehouse on shifts, two on salary. Years ago we outsourced and they got the seasonal rates wrong two months running.", "bad_experience"),
        t("I'm sorry to hear that. We have a lot of experience with seasonal staff in hospitality and tourism, and every payroll is checked by a second person before it goes out."),
        c("And if it goes wrong anyway?", None),
        t("Our service level agreement means we correct any error within one working day at no cost, and if we miss our standards three months running you can leave early. £6.50 a payslip, so about £91 a month for 14 people."),
        c("Hmm. I'll run it past my brother, he's the other director.", "think_it_over"),
        t("Of course. I'll send the contract and the SLA today so you both have them."),
    ],
))

# d07 diagnoses before recommending -- heating engineer, Donegal
PAIRS.append(ranked(
    "b33r_d07_donegal_boiler_pressure",
    "An older woman in rural Donegal, Ireland, rings a local plumbing and heating firm asking for a price on a new "
    "boiler after it stopped again. Cold and fed up; spoken.",
    o("Hello, is that the plumber? I want a price on a new boiler. Mine's gone again, no heat this morning, and I'm sick of it."),
    [
        t("Hello, yes, Declan here. Sorry you're cold this morning. Before I price anything — what's it doing? Any lights, any noise?"),
        c("There's a wee red light flashing and the pressure needle's down near the bottom. Third time this winter.", None),
        t("Pressure near zero. The other times, did anyone top it up?"),
        c("My son-in-law did, with the little tap underneath. Then it goes again in a few weeks.", None),
        t("Then it's losing water somewhere — a weeping valve or the pressure relief valve, likely. That's usually a couple of hundred to fix, not four thousand for a new boiler. I'd rather look first. Could I call out this afternoon?"),
        c("A couple of hundred would suit me a lot better. But it's eighteen years old — would I not be better just replacing it?", None),
        t("Maybe in a year or two, and I'll tell you straight when I see it. I'll be with you about three — Carrickfin Road, is it?"),
    ],
    [
        t("Hello, yes, Declan here. Sorry you're cold. A new boiler — what have you at the minute, oil or gas?"),
        c("Oil. It's eighteen years old. There's a wee red light flashing.", None),
        t("Eighteen years, aye, that's about its life. A new condensing oil boiler fitted would be about four thousand two hundred."),
        c("Four thousand. God. That's more than I had in mind.", "too_expensive"),
        t("I know. It'd save you on oil, mind — maybe fifteen percent a year over an old one. I could fit it the week after next."),
        c("Let me talk to my daughter and I'll ring you back.", "think_it_over"),
        t("No bother. Meantime, if the pressure's low, get someone to top it up and that'll keep you going."),
    ],
))

# d08 digs into the doubt -- dive school, Koh Tao
PAIRS.append(ranked(
    "b33r_d08_kohtao_dive_nerves",
    "A British traveller booked on an Open Water course on Koh Tao, Thailand, comes to the dive shop the evening "
    "before to ask for her deposit back. Anxious; spoken.",
    o("Hi. I signed up for the Open Water course starting tomorrow but, um, I'm not sure I'm actually going to do it. Can I get my deposit back?"),
    [
        t("You can, yes — it's refundable until tonight. Can I ask what's making you unsure? Sometimes it's something we can sort, sometimes it's just not the right time."),
        c("I had a panic in a pool once. Years ago, a snorkel thing. Water got in my mask and I just... couldn't breathe properly.", "bad_experience"),
        t("That sounds horrible. So it's the water in the mask that frightens you?"),
        c("Yeah. Everyone says diving's easy, but that's literally one of the things you do on the course, isn't it? Flood your mask.", None),
        t("It is, yes. We'd do it in the pool, standing up, head just under, instructor right in front of you, only when you say so. If you like, do just tomorrow's pool session and decide after. If it's not for you, we refund the rest."),
        c("Just the pool first? I could do that.", None),
        t("I'll put you with Pim, she's very calm. Eight o'clock at the pool — tell her what you told me."),
    ],
    [
        t("You can, yes — it's refundable until tonight. But before you cancel: diving is really safe. Statistically it's safer than driving."),
        c("I had a panic in a pool once. Water got in my mask and I couldn't breathe properly.", "bad_experience"),
        t("That's really common, and the course teaches you exactly how to handle it. Our instructors are all PADI certified and we've taught thousands of nervous people."),
        c("Yeah. Everyone keeps saying it's easy.", None),
        t("It really is. By day two most people love it. And it's four students per instructor, so you're never on your own."),
        c("I'll sleep on it and let you know.", "think_it_over"),
        t("Sure. Just tell us before eight tonight if you want the deposit back."),
    ],
))

# d09 notices the real purpose -- electronics shop, Bridgetown
PAIRS.append(ranked(
    "b33r_d09_bridgetown_phone_for_mother",
    "A man in his fifties comes into an electronics shop in Bridgetown, Barbados, asking for the cheapest smartphone "
    "for his elderly mother. Spoken.",
    o("Afternoon. I want the cheapest smartphone you have. It's for my mother."),
    [
        t("Afternoon. We've a few. What will your mother mostly use it for?"),
        c("Honestly? So she can call me. She's eighty-three, lives alone in St. Lucy, and she fell last month. Lay on the floor an hour before the neighbour found her.", None),
        t("I'm sorry, that must have frightened you both. Does she use a smartphone now, or would a touchscreen be new to her?"),
        c("She's got an old flip phone with buttons. Can't see the small writing on it, though.", None),
        t("Then I'd steer you away from the cheapest smartphone. There's a big-button phone with an SOS button on the back — one press and it rings you, then two other numbers, and texts you. It's $189; the cheapest smartphone is $159."),
        c("Thirty dollars more for a phone with buttons?", "too_expensive"),
        t("I know. The smartphone would make calls fine, but if she's on the floor she'd have to unlock it and find you. This is one press. If she doesn't get on with it, bring it back within fourteen days. I can put your numbers in now."),
    ],
    [
        t("Afternoon. The cheapest we have is the Samsung A05, $159. Big screen, good battery, does WhatsApp and video calls."),
        c("And it's easy to use? She's eighty-three.", None),
        t("We can set it to easy mode — bigger icons, bigger text. And I'll put your number on the home screen as a shortcut."),
        c("That would be good. She can't see the small writing on her old flip phone.", None),
        t("Easy mode will help a lot with that. Would you like a case and a screen protector? Older folk do tend to drop them."),
        c("Just a case, then.", None),
        t("Sure. That's $159 plus $15 for the case. I'll set up easy mode and your number before you go."),
    ],
))

# d10 diagnoses before recommending -- propane dealer, rural Maine
PAIRS.append(ranked(
    "b33r_d10_maine_propane_prebuy",
    "A retired man in rural Maine calls his propane dealer wanting the cheapest fixed price for winter after a "
    "heavy year. Penny-pinching, gruff; spoken.",
    o("Yeah, hi. Heard you got a fixed price on propane for the winter. I went through a lot last year and I want the cheapest thing you got, period."),
    [
        t("Sure. Pre-buy is $2.89 a gallon, locked in. Before you pick a number of gallons — how much did you go through last winter?"),
        c("Near enough twelve hundred gallons. Small house, too. Seems crazy to me.", None),
        t("That is high for a small house. What's on propane — furnace, water heater, stove?"),
        c("Furnace and water heater. Furnace is old. Kicks on and off all night.", None),
        t("On and off all night can burn a lot of gas. Twelve hundred at $2.89 is about $3,470 up front. Before you lock that in, I'd have our tech look at the furnace — forty-nine dollars, and if it's a dirty burner or a bad thermostat you might need a lot less."),
        c("Forty-nine bucks just to look? I was hopin' to save money, not spend it.", "too_expensive"),
        t("Fair. If he finds nothing, I'll take the forty-nine off your pre-buy. And I'd pre-buy nine hundred for now — you can top up later if you need it."),
    ],
    [
        t("Sure. Pre-buy is $2.89 a gallon, locked in, or there's a budget plan that spreads it over ten months at $2.99."),
        c("Pre-buy. Cheapest.", None),
        t("How many gallons did you use last year?"),
        c("Near enough twelve hundred. Small house, too.", None),
        t("Okay, twelve hundred at $2.89 comes to $3,468. We'd need payment by September fifteenth, check or card."),
        c("That's a lotta money all at once. Can I do half now?", "no_money"),
        t("For the pre-buy it's all up front, I'm afraid. If that's tough, the budget plan at $2.99 is ten payments of about $359."),
    ],
))

# ---------------------------------------------------------------- f01-f10 (identical but one fault)

# f01 argues with the customer -- kitchen fitter, Limerick
_open = o("Hi, it's Niamh Byrne — you measured up our kitchen in Castletroy last week. I've the quote here and, look, I'm not sure about the quartz worktop.")
_a = [
    t("Hi Niamh, thanks for coming back to me. What's bothering you about the quartz?"),
    c("It's nearly three grand of the quote on its own. And with three small lads, I'm not sure I want to spend that on a counter.", "too_expensive"),
]
_z = [
    t("I'll drop three laminate samples out Thursday evening, around six, and re-do the quote with laminate as an option so you can see both side by side."),
    c("Grand. Thursday's fine.", None),
]
PAIRS.append(ranked(
    "b33r_f01_limerick_worktop",
    "A mother of three young children in Limerick, Ireland, phones the kitchen fitter who quoted her about the quartz "
    "worktop. Spoken.",
    _open,
    _a + [
        t("That's fair enough — it's a big chunk of the money. A good laminate would bring that part down to about eight hundred, and you could replace it in ten years without losing sleep."),
        c("Yeah, I'd like to see some, so.", None),
    ] + _z,
    _a + [
        t("Honestly, I'd disagree with you there. Quartz is far tougher, and laminate with kids is a false economy — you'll be ripping it out in five years."),
        c("I'm not asking for a lecture. I said I don't want to spend three grand on a counter.", "too_expensive"),
    ] + _z,
))

# f02 doubts the customer's honesty -- department store returns, Kuching
_open = o("Hi, I bought this rice cooker here on Saturday. First time I use it, the bottom of the rice burnt black and the top is still hard. I have the receipt.")
_a = [
    t("Sorry about that, Auntie. Let me see — yes, Saturday, the 1.8 litre. Did the light change from 'cook' to 'warm' by itself?"),
    c("It went to warm after maybe fifteen minutes only. Too fast. Rice half raw on top.", None),
]
_z = [
    t("Okay, I'll exchange it for a new one, same model. Let me plug it in here and run it with water for ten minutes, so you can see it switch properly before you go."),
    c("Okay, good. Thank you.", None),
]
PAIRS.append(ranked(
    "b33r_f02_kuching_rice_cooker_return",
    "An older woman returns a rice cooker to a department store in Kuching, Sarawak, Malaysia, three days after buying "
    "it. Spoken Malaysian English.",
    _open,
    _a + [
        t("That sounds like the thermostat is faulty. Within seven days we can exchange it straight away. Do you want the same model, or your money back?"),
        c("Same model is okay, I like the size. I just want one that works.", None),
    ] + _z,
    _a + [
        t("Are you sure you put enough water? Sometimes customers use a different cup and then say the machine is faulty."),
        c("I've been cooking rice for forty years, adik. I used the cup that came in the box. I just want one that works.", None),
    ] + _z,
))

# f03 haggles at once -- event caterer, San Juan
_open = o("Hola, I got your quote for my dad's seventieth — eighty people, the buffet. It's a bit more than I expected, to be honest.")
_z = [
    t("If we keep the lechón and swap the two meat trays for arroz con gandules and pasteles, that takes about seven hundred off, and nobody leaves hungry."),
    c("Papi would be happy with that. Is one lechón enough for eighty, though?", None),
    t("One whole one feeds about ninety. I'll send the new quote by tomorrow noon, and it holds for two weeks."),
    c("Perfect, gracias.", None),
]
PAIRS.append(ranked(
    "b33r_f03_sanjuan_birthday_catering",
    "Marisol phones a caterer in San Juan, Puerto Rico, about the quote for her father's seventieth birthday party. "
    "Spoken.",
    _open,
    [
        t("Thanks for coming back to me, Marisol. What were you hoping to spend, and is there anything on the menu that matters less to you?"),
        c("I'd budgeted around three thousand and it came to thirty-eight hundred. Honestly, the lechón is the one thing Papi would care about. The rest is just food.", "too_expensive"),
    ] + _z,
    [
        t("Thanks for coming back to me, Marisol. I can take fifteen percent off right away — that brings it to about thirty-two thirty."),
        c("Oh. Just like that? Then why wasn't that the price to begin with? I'd budgeted three thousand anyway.", "too_expensive"),
    ] + _z,
))

# f04 gives unasked advice -- optician, Aberystwyth
_open = o("Hello, I've come to pick up my new glasses. Gwen Morris.")
_a = [
    t("Hello, Mrs Morris, here they are. Pop them on — can you read the clock on the far wall?"),
    c("Oh, that's much clearer. Lovely. The left arm's a bit tight behind my ear, mind.", None),
]
_z = [
    t("If they rub or give you a headache in the first week, pop back in and I'll adjust them, no charge."),
    c("I will. Diolch, bach.", None),
]
PAIRS.append(ranked(
    "b33r_f04_aberystwyth_glasses_pickup",
    "Gwen, 72, collects new varifocals from a high-street optician in Aberystwyth, Wales. Spoken.",
    _open,
    _a + [
        t("Let me warm the arm and ease it out a touch... there. How's that?"),
        c("Much better, that is.", None),
    ] + _z,
    _a + [
        t("Let me warm the arm and ease it out a touch... there. And Mrs Morris, I see from your notes you smoke — you really should think about stopping, it's very bad for macular degeneration."),
        c("I didn't come in for a lecture, thank you. Fifty years I've smoked. Is the arm done?", None),
    ] + _z,
))

# f05 gives no date for the fix -- outboard engine repair, El Nido (typed)
_open = o("hi sir, our boat engine yamaha 40hp wont start since yesterday, we have island hopping tours booked this week. can u fix?")
_a = [
    t("Hi! Sorry to hear that. Does it crank but not start, or nothing at all? And where is the boat now?"),
    c("it cranks but dont start. we changed spark plugs already. boat is at caalan beach. tours booked fri sat sun, 12 guests each day", None),
]
PAIRS.append(ranked(
    "b33r_f05_elnido_outboard_repair",
    "A small island-hopping tour operator in El Nido, Palawan, Philippines, messages a marine engine repair shop. "
    "Typed chat; English as a second language.",
    _open,
    _a + [
        t("Sounds like fuel — carburetor or fuel pump. Our mechanic Jun can be at Caalan beach Wednesday 8am. If it's the carb he cleans it same day; if it's the pump, the part comes on Thursday's van from Puerto Princesa. Either way running by Thursday night."),
        c("ok wednesday 8am, i will be there. what if the part is late?", None),
        t("Then I'll tell you by Wednesday noon, so you still have time to move Friday's guests. I'll message you Wednesday 7am when Jun leaves."),
        c("ok salamat!", None),
    ],
    _a + [
        t("Sounds like fuel — carburetor or fuel pump. Our mechanic will go to you as soon as he's available. We'll be in touch."),
        c("when po? i have guests on friday, i need to know if i cancel or not", None),
        t("He has many jobs this week po, we will message you once he's free."),
        c("ok po. i will ask another mechanic also just in case", None),
    ],
))

# f06 promises what cannot be guaranteed -- long-distance movers, Manitoba to BC
_open = o("Hi, we're moving from Dauphin, Manitoba to Vancouver at the end of November. Three-bedroom house. My husband starts his new job on December second, so timing's kind of everything.")
_a = [
    t("Congratulations on the move. Is it the whole house, or are you leaving things behind?"),
    c("Whole house, minus the deep freeze. And my grandmother's piano, that's coming no matter what.", None),
    t("The piano we crate separately, about four hundred extra. If we load on November twenty-sixth, normal transit through the mountains is five to seven days."),
    c("Five to seven? Can you make sure it's there by the first? I don't want to be sleeping on the floor with two kids.", None),
]
_z = [
    t("I'll email you the contract today, and our dispatcher will call a week before to confirm the crew."),
]
PAIRS.append(ranked(
    "b33r_f06_dauphin_vancouver_move",
    "A mother of two in Dauphin, Manitoba, Canada, phones a long-distance moving company about a late-November move "
    "across the Rockies. Spoken.",
    _open,
    _a + [
        t("I can't honestly guarantee it — late November, the Rogers Pass and the Coquihalla close for snow sometimes, and the truck has to wait. What I can do is load on the twenty-fourth instead, for two days' margin, and if we're late we pay a hotel for up to three nights."),
        c("Okay. That's honest, at least. Let's load on the twenty-fourth, then.", None),
    ] + _z,
    _a + [
        t("Don't you worry, I guarantee it'll be there by the first. Our drivers do that run every week, never missed a date."),
        c("Oh, great. That's a relief. Let's book the twenty-sixth, then.", None),
    ] + _z,
))

# f07 does not check the fix worked -- POS support, Dingle (typed)
_open = o("card machine wont connect to the till since this morning, says terminal offline. bar opens at 12 and its a bank holiday, we'll be rammed")
_a = [
    t("Hi, sorry about that on a bank holiday! Let's get it going. Is the card terminal on wifi or plugged in with a cable?"),
    c("wifi. we got a new router from eir yesterday if that matters", None),
    t("That's almost certainly it — the terminal is still looking for the old wifi. On the terminal go Settings > Network > Wi-Fi, pick the new network and enter the password from the sticker on the new router."),
    c("ok done, it says connected", None),
]
PAIRS.append(ranked(
    "b33r_f07_dingle_pos_terminal",
    "The manager of a pub in Dingle, Co. Kerry, Ireland, uses the till supplier's support chat an hour before opening "
    "on a bank holiday. Typed chat.",
    _open,
    _a + [
        t("Great. Now on the till, ring through a €1 test sale, tap a card on the terminal, then refund it — just so we know the two are talking."),
        c("ok... went through, approved. refunded it too. brilliant", None),
        t("Perfect, you're set for the rush. If the router ever changes again, it's the same steps. Good luck today!"),
    ],
    _a + [
        t("Great, that should do it. You're all set for the rush!"),
        c("ok thanks", None),
        t("If the router ever changes again, it's the same steps. Good luck today!"),
    ],
))

# f08 recommends before asking -- garden centre, rural Tennessee
_open = o("Hey there. We just bought a place outside Cookeville and the neighbor's yard looks right onto our back porch. I want some kind of hedge or something along the fence.")
_z = [
    t("Five-gallon ones are thirty-four each. Spaced five feet apart, sixty feet is twelve or thirteen trees."),
    c("Thirty-four apiece? That's over four hundred dollars for some trees. That's more than I figured.", "too_expensive"),
    t("It adds up. Three-gallons are twenty-two and they'd catch up in a year or so. Bring a photo of the fence line when you come back and I'll check there's no low wet spot before you buy."),
]
PAIRS.append(ranked(
    "b33r_f08_cookeville_privacy_hedge",
    "A new homeowner near Cookeville, Tennessee, USA, asks at a garden centre about a privacy hedge. Spoken.",
    _open,
    [
        t("Congrats on the new place. How long a stretch is it, is it sun or shade back there, and do you get deer?"),
        c("Bout sixty feet. Full sun, clay soil like everything round here. And deer come through every evening.", None),
        t("Then I'd go with Green Giant arborvitae — deer mostly leave them be, they handle clay, and they grow about three feet a year."),
        c("Sounds about right. What do they run?", None),
    ] + _z,
    [
        t("Congrats on the new place. You want Leyland cypress — fastest privacy tree there is, three, four feet a year. Got a good price on them right now."),
        c("Uh, okay. It's sixty feet, full sun, clay soil. And deer come through every evening — does that matter?", None),
        t("Well, deer do browse Leylands some, and they can struggle in heavy clay, to be fair. Green Giant arborvitae'd be better for you — deer mostly leave them be, handle clay, three feet a year."),
        c("Glad I said something, then. What do they run?", None),
    ] + _z,
))

# f09 unexplained jargon -- heat pump survey, Fort William
_open = o("Hello, come in out the rain. You'll be the man about the heat pump. I'm Morag. I'll be honest, I don't know the first thing about them, my son said I should get one.")
_a = [
    t("Thanks, Morag, I'm Callum. What's heating the house now?"),
    c("Oil boiler, fourteen years old. And it's a cold house, the back bedroom especially.", None),
]
_z = [
    t("The back bedroom's the one that needs the bigger radiator, and more insulation in the loft above it would help too. I'll send you a written quote by Friday, and I'm happy to go over it on the phone with your son as well."),
    c("That would be good. He's the one who understands these things.", None),
]
PAIRS.append(ranked(
    "b33r_f09_fortwilliam_heat_pump",
    "Morag, 74, has a surveyor round to her house near Fort William, Scotland, about replacing her oil boiler with a "
    "heat pump. Spoken; the fault is in the surveyor's summary after looking round.",
    _open,
    _a + [
        t("Right, I've had a look round. Your house would suit a heat pump, but two radiators would need to be bigger: a heat pump sends the water round warm rather than hot, so it needs more radiator to give the same heat. There's a government grant of seven and a half thousand that covers most of the pump itself."),
        c("Warm rather than hot, I see. And the back bedroom?", None),
    ] + _z,
    _a + [
        t("Right, I've had a look round. Your property's a good candidate. With a SCOP of about 3.5 at a 45-degree flow temp, you'd need to upsize two emitters. It'd be an MCS install, so you'd qualify for the BUS."),
        c("Sorry, son, you've lost me. Is that a yes? And what about the back bedroom?", None),
    ] + _z,
))

# f10 makes it about themselves, no clear next step -- coffee roaster, Yogyakarta
_open = o("Halo, Mas. I open a small café near UGM next month. I need supplier for coffee beans, maybe five kilo a week to start. My friend say your roastery is good.")
_a = [
    t("Halo, thanks for coming. Five kilo a week, okay. What will you sell most — espresso with milk, manual brew, es kopi susu?"),
    c("Mostly es kopi susu for students, must be cheap. And some V60 for the coffee people.", None),
    t("Then a house blend for the milk drinks — Gayo Arabica with some Temanggung robusta, strong enough for the palm sugar — and one single origin for V60. House blend wholesale is 180 thousand a kilo."),
    c("180? For students I need cheaper. Other roastery offer me 150.", "too_expensive"),
]
PAIRS.append(ranked(
    "b33r_f10_yogyakarta_coffee_wholesale",
    "A young owner about to open a student café in Yogyakarta, Indonesia, visits a coffee roastery to find a bean "
    "supplier. Spoken; English as a second language on both sides. B2B.",
    _open,
    _a + [
        t("Their 150 probably has more robusta — for es kopi susu that can be fine. We can do a blend at 160 with more Temanggung. But taste first: come Thursday at ten, I'll make both blends with milk and gula aren, like your customers will drink it. Bring your barista."),
        c("Thursday ten, okay. I will bring Dewi, my barista.", None),
    ],
    _a + [
        t("Their 150 probably has more robusta — for es kopi susu that can be fine. We can do a blend at 160 with more Temanggung. You know, when I started I was also worried about price. I went to Gayo myself, three weeks with the farmers — that's when I understood why good coffee costs more. Anyway, come by anytime."),
        c("Oh, okay. Maybe I come sometime.", None),
    ],
))
