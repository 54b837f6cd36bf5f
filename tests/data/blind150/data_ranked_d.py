"""Ranked pairs d01-d10: two decent conversations; better goes deeper in a way a coach would agree with."""
from common import c, rpair, t

P = "b150r_"
PAIRS = []

o = c("I'd like to open a savings account for my grandson. He's six.", None)
PAIRS.append(rpair(P + "d01_dunfermline_junioraccount",
    "Building society counter, Dunfermline: a grandfather opens savings for his grandson. Better asks what the money is for and finds he wants it kept from the boy's father.",
    [o, t("Lovely. What's the money for, something he gets at eighteen, or a pot the family dips into as he grows?"),
     c("For when he's older. University maybe. I don't want his father getting at it, to be honest.", None),
     t("So long-term and out of reach. A Junior ISA is locked till eighteen and tax-free; the children's saver lets a parent withdraw. Which fits?"),
     c("The locked one. Can I open it myself?", None),
     t("Honestly, a parent has to open a Junior ISA. Once it's open, you can pay in whenever you like."),
     c("Ach. His dad's no very organised. I'll drag him in Saturday.", None),
     t("Bring his ID and the boy's birth certificate; it takes twenty minutes.")],
    [o, t("Of course. Our children's saver pays 3.5 per cent, instant access, no minimum. I just need his birth certificate and your ID."),
     c("Instant access? Who can take money out of it?", None),
     t("The parent or guardian named on it."),
     c("Hmm. I'd rather his father couldnae get at it.", "no_need"),
     t("Understood. There's a Junior ISA too, but a parent has to open that. Here's a leaflet."),
     c("Right. I'll take it and have a think.", "think_it_over")]))

o = c("Hi, I've just taken over the Drovers in Brecon and I need a food supplier. What do you do?", None)
PAIRS.append(rpair(P + "d02_brecon_pubfood",
    "Catering wholesaler, phone: a new pub landlord wants a supplier. Better asks about menu, covers and storage and shapes deliveries to them; worse lists the range and sends a price list.",
    [o, t("Congratulations! What will the food look like, and roughly how many covers a week?"),
     c("Classics, Sunday roasts the big thing. Maybe 300 covers. But the kitchen's tiny, no freezer space.", None),
     t("So roasts, about 300 covers, little storage. Three small drops a week would suit you better than one big one, and the Saturday drop means fresh meat for Sunday."),
     c("That was my headache at the last place. Minimum order?", None),
     t("150 a drop. I'll price your roast list and send it tomorrow, with a trial fortnight, no contract."),
     c("Sounds good. I'm seeing two others, mind.", "think_it_over"),
     t("Fair. I'll put our delivery times on it so you can compare those too.")],
    [o, t("Congratulations! We do fresh meat, veg, dry goods, frozen and cleaning. Brecon three times a week. I'll email our price list."),
     c("Great. Do you do small drops? Tiny kitchen.", None),
     t("Yes, minimum 150 a drop, you pick the days."),
     c("Okay. Anything good for roasts?", None),
     t("All the meats, and a Yorkshire pudding line chefs like. It's all on the list."),
     c("Grand, just email it over and I'll look when I get a minute.", "brush_off")]))

o = c("I'm looking for a used telehandler, under twenty grand if I can.", None)
PAIRS.append(rpair(P + "d03_turriff_telehandler",
    "Farm machinery dealer, Aberdeenshire: a young farmer wants a cheap telehandler. Better asks about lifting height and repairs, is honest about what 20k buys, invites a test with a bale.",
    [o, t("Can do. What's it lifting mostly, bales, feed, muck? And how high?"),
     c("Round bales into the shed, four high. And mucking out the cattle court.", None),
     t("Four high needs about seven metres. Under twenty grand that means older, high hours. Can you do some of your own repairs?"),
     c("Aye, my dad fixes most things. But the last one we bought at a sale, the boom was shot.", "bad_experience"),
     t("Then we check the boom wear properly. I've a 2013, 7,800 hours, at 18,500. Come with your dad and try it with a bale."),
     c("Aye. Saturday?", None),
     t("Saturday at ten.")],
    [o, t("Sure. I've a 2013 with 7,800 hours at 18,500, and a 2016 at 26,000, much tidier."),
     c("Twenty-six is way over. Does the 2013 reach four bales high?", "too_expensive"),
     t("Should do, it's a seven-metre machine. Hours are high but it's been serviced."),
     c("The last one we bought, the boom was shot.", "bad_experience"),
     t("This one's fine, it's been checked over. Want to come and see it?"),
     c("Aye, maybe Saturday.", None)]))

o = c("We saw on the news there's a grant for these heat pumps. We're on oil. Are we allowed one?", None)
PAIRS.append(rpair(P + "d04_caernarfon_heatpump",
    "Energy company, phone: a retired couple in an 1890s stone cottage ask about a heat pump grant. Better asks about the house and is honest it may not suit; worse explains the grant and books a survey.",
    [o, t("You might be. Tell me about the house, how old, and is it well insulated?"),
     c("Stone cottage, 1890s. Cold in winter, to be honest. Oil's cost us a fortune this year.", None),
     t("Heat pumps work best in a well-insulated house. In an old stone cottage you may need insulation and bigger radiators first, or it'll feel colder. A free survey would tell you what it really takes, before the grant."),
     c("I don't know. Our friend had one put in and says the house is never warm.", "bad_experience"),
     t("That happens when a house isn't ready for one. If yours isn't, the surveyor will say so. It takes an hour."),
     c("Go on then. A Tuesday if you can.", None)],
    [o, t("Yes, the grant's 7,500 off, and you'd be off oil. Shall I book a survey?"),
     c("What about the radiators? It's an old stone cottage.", None),
     t("The surveyor looks at all that. Some houses need bigger radiators."),
     c("Our friend had one put in and says the house is never warm.", "bad_experience"),
     t("They're very efficient once set up right. The survey's free, no obligation."),
     c("Maybe. Not before May though, we're away at our son's till then.", "no_time")]))

o = c("Hi, I'm organising my sister's wedding on Barra in October. About forty guests need to get over from Oban.", None)
PAIRS.append(rpair(P + "d05_barra_weddingferry",
    "Ferry bookings, phone: a wedding party to Barra in October. Better raises weather cancellations before booking and finds a plan that fits the budget; worse books Saturday and mentions the risk only when asked.",
    [o, t("Lovely! Which date, and are folk foot passengers or bringing cars?"),
     c("Saturday the 12th. Mostly foot, maybe eight cars. It's a small do, on a budget.", None),
     t("October sailings get cancelled in bad weather. Most wedding parties go over Thursday to keep a spare day. Could your guests?"),
     c("That's an extra two nights for everyone. Folk cannae stretch to that.", "no_money"),
     t("Understood. Then at least sail Friday, not Saturday morning. Group rate, and free changes if the weather moves things. Shall I hold forty foot and eight cars on Friday?"),
     c("Friday works. Hold it, and I'll check with the bride.", "think_it_over")],
    [o, t("Lovely! Which date and how many cars?"),
     c("Saturday the 12th. Forty people, maybe eight cars.", None),
     t("The Saturday 07:40 from Oban has space, and there's a group rate. Shall I hold it?"),
     c("Yes please. Is it ever cancelled?", None),
     t("Sometimes in October, in bad weather. We'd rebook you on the next sailing."),
     c("The next sailing... after the wedding? I'll need to think about that.", "think_it_over")]))

o = c("They tell me my phone line's changing to digital. I'm eighty-four. I only want my phone to work, no internet.", None)
PAIRS.append(rpair(P + "d06_bala_digitalswitch",
    "Telephone provider, phone: an 84-year-old in Bala worries about the digital landline switch. Better asks what is plugged into the line and finds her fall alarm; worse explains the hub.",
    [o, t("That's all right, we'll keep it simple. Is anything else plugged into the phone line, a care alarm or a pendant?"),
     c("Yes, my pendant. For if I fall. My daughter set it up.", None),
     t("That's important, some alarms need testing after the switch. So phone only, no internet, and an engineer to test the pendant on the day. When could your daughter be there?"),
     c("Wednesdays she's off. What's all this going to cost me?", None),
     t("Nothing extra, your bill stays the same. I'll post the date in Welsh and English."),
     c("Diolch yn fawr. That's a weight off.", None)],
    [o, t("No problem. We'll move you to Digital Voice, no internet needed, same price. It's automatic."),
     c("And I don't need to do anything?", None),
     t("Just plug the phone into the new hub when it comes. Instructions are in the box."),
     c("I'm not good with boxes of wires. Can someone come?", None),
     t("An engineer visit is 45, or family could help."),
     c("Forty-five pound? Well. My daughter will do it, I suppose.", "too_expensive")]))

o = c("We're a wee practice, five staff. Thinking about changing payroll software. What do you charge?", None)
PAIRS.append(rpair(P + "d07_inverness_payroll",
    "Payroll software, phone: a small accountancy asks the price. Better finds the real pain (year-end and unreachable support) before the price and offers a trial on real clients.",
    [o, t("I'll give you the price, it depends on payslips. First, what's making you look, cost or something not working?"),
     c("Year-end, honestly. Last April took us three weekends. And the support line's in another timezone.", None),
     t("So year-end and support you can reach. Ours files year-end in bulk and support's in Glasgow, eight till six. For about sixty client payrolls it's 89 a month. Try it on three of your real clients before April?"),
     c("Eighty-nine's more than we pay now.", "too_expensive"),
     t("It probably is. It's worth it only if it saves those weekends. Thirty days free; if it doesn't, don't switch."),
     c("Fair enough. Set up the trial.", None)],
    [o, t("It's 89 a month for up to 100 payrolls, with auto-enrolment, RTI, bulk year-end and a client portal."),
     c("That's more than we pay now.", "too_expensive"),
     t("It's a fuller package. Support's UK-based, eight till six."),
     c("Our current support's awful, to be fair. Can we try it?", None),
     t("Yes, thirty-day free trial. I'll send the link."),
     c("Aye, send the link. We'll get to it sometime.", "brush_off")]))

o = c("Bore da. My knee's been playing up for months. GP list is a year. How much are you?", None)
PAIRS.append(rpair(P + "d08_swansea_physio",
    "Private physiotherapy clinic, phone: a retired man with a bad knee asks the price. Better learns his goal (a wedding in June) and promises no more sessions than needed.",
    [o, t("First session's 55, then 45. What's the knee stopping you doing?"),
     c("Walking the dog on the beach. And I'm to walk my daughter down the aisle in June.", None),
     t("So the beach, and June. We'd assess it and give you exercises for home; most people need three to five sessions, and I won't book more than you need."),
     c("Five sessions, that's over two hundred. I'm retired.", "no_money"),
     t("Understood. Book the assessment first; we'll tell you honestly if it's a physio job or if you should push the GP for a scan."),
     c("That's fair. Thursday morning?", None)],
    [o, t("First session's 55, then 45. We've Thursday at ten."),
     c("How many will I need?", None),
     t("Usually six, we'll see after the assessment."),
     c("Six? That's near three hundred. I'm retired.", "no_money"),
     t("Some need fewer. Let's see after Thursday."),
     c("Go on. Thursday.", None)]))

o = c("Hello, I need things taken from the garage. My husband passed in the spring and it's full of his things.", None)
PAIRS.append(rpair(P + "d09_falkirk_bulkuplift",
    "Council bulky waste line: a 76-year-old widow clearing her late husband's garage. Better asks what is there, removes the need to lift, and suggests a Men's Shed for the tools; worse follows the rules and fixes problems only when raised.",
    [o, t("I'm sorry for your loss. We can help. Roughly what's in there?"),
     c("A workbench, an old fridge, tins of paint, boxes of tools. I cannae lift any of it.", None),
     t("The crew will carry it out, you won't lift a thing. Paint's a separate pickup, I'll book both. The Men's Shed might want the tools; would you like their number first?"),
     c("Oh, he'd have liked that. How much is it?", None),
     t("Thirty for up to six items, half price over 65. Thursday the 14th?"),
     c("That's fine. Thank you, hen.", None)],
    [o, t("Sorry to hear that. Bulk uplift is 30 for up to six items. What items?"),
     c("A workbench, an old fridge, tins of paint, boxes of tools.", None),
     t("Paint isn't collected, take it to the recycling centre. Items go outside your property on the day."),
     c("I cannae carry a workbench out, son. I'm seventy-six.", None),
     t("Right, there's assisted collection, the crew will take it from the garage. Thursday the 14th?"),
     c("Aye. And the paint?", None),
     t("I'll ask the hazardous waste team to phone you.")]))

o = c("Hi, sorry to bother you. Our room's above the bar and we barely slept. We've two more nights.", None)
PAIRS.append(rpair(P + "d10_portree_roomnoise",
    "Hotel reception, Portree: guests kept awake. Better asks what the noise was and fixes both causes, offers to show the room; worse moves them efficiently.",
    [o, t("No bother, I'm sorry. Was it the music, or folk outside at closing?"),
     c("Music till one, then the bottles going in the bin at half one. We've a long drive to the ferry Friday.", None),
     t("So late music and the bottle bin, and a drive Friday. I've a quiet room at the back, and I'll ask the bar to empty bottles in the morning. Want to see the room first?"),
     c("Yes please. Is it more money? We're on a budget.", None),
     t("Same price, and I'll take last night off your bill."),
     c("That's really kind. Thank you.", None)],
    [o, t("I'm so sorry. I can move you to a room at the back."),
     c("Thanks. Will it be quiet?", None),
     t("Much quieter, it's over the garden."),
     c("Is it more money? We're on a budget.", None),
     t("No, same price."),
     c("Okay, great, thanks.", None)]))
