"""Gaming pairs, file a (hand-written). Theme: energy and utilities in the UK, the US and South Africa."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- a1 monologue
a1_open = c("Hello, yes, I've had a letter saying my fixed deal finishes on the 14th and I'll go onto something called the standard variable. I don't really know what that means for me.", None)
PAIRS.append(gpair(
    "b214g_bristol_fixedtariffend",
    "UK home energy supplier, phone line (Bristol)",
    "monologue",
    "A retired man in Bristol rings his energy supplier because his fixed tariff ends next month and a letter says he will move to the standard variable rate.",
    good=[
        a1_open,
        t("Thanks for ringing before it ends, that's the right time to look at it. Can I ask what matters most to you when it rolls over: keeping the monthly payment steady, the lowest price, or something else?"),
        c("Steady, mostly. I'm on my pension, I like knowing what's coming out. Last winter the direct debit jumped twice and that frightened me a bit.", None),
        t("So it's those jumps last winter you want to avoid, more than chasing the very cheapest rate. Roughly how much is the direct debit now, and is the house on gas and electric?"),
        c("Both, dual fuel. It's a hundred and eighteen a month. I think I've got a bit of credit on there.", None),
        t("You have, sixty-four pounds. There's a twelve-month fix that would put you at about a hundred and twelve, and the standard variable today is a touch cheaper, around a hundred and nine, but it can move every three months. Given what you said about last winter, which of those sits better with you?"),
        c("Hmm. The fix sounds nicer, but I'd want to go over it with my daughter first, she does all the comparing online.", "think_it_over"),
        t("That's sensible, and there's no rush, you've got until the 14th. Shall I email you both figures in writing, and ring you back on Thursday once you've spoken to her?"),
        c("Send it to me, I'll forward it on. Thursday afternoon's fine.", None),
    ],
    gaming=[
        a1_open,
        t("Great question, and I really want you to have the best experience with us today. So, the standard variable follows the price cap, which changes every quarter, so it can go up or down. But the good news is we've just launched Fix and Protect 24: two years of fixed unit rates, a free smart thermostat, and priority boiler breakdown cover worth a hundred and eighty pounds on its own, for only nine pounds a month extra. Customers your age absolutely love the peace of mind."),
        c("Right, well, I'm not sure I need a thermostat, I only...", "no_need"),
        t("And that's exactly why the bundle works, because the thermostat pays for itself, and with the boiler cover you'll never worry about a cold winter again. The exit fee is only seventy-five pounds per fuel, which is really low against the market. I'll also pop you onto paperless billing, which is better for the planet. How does that sound for your needs?"),
        c("Two years is a long time at my age, love. And I've already got boiler cover with another firm.", "no_need"),
        t("Absolutely, I hear you. We can match whatever they charge, and ours includes an annual service. So just to summarise: Fix and Protect 24, dual fuel, thermostat fitted within six weeks, paperless. Is there anything else I can help you with today?"),
        c("I haven't agreed to anything. I only wanted to know what the letter meant. I'll ring back when I've talked to my daughter.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- a2 closing_as_open_question
a2_open = c("Hi, um, my neighbor got panels last year and I'm just curious. Our bill in July was like four hundred bucks.", None)
PAIRS.append(gpair(
    "b214g_phoenix_rooftopsolar",
    "US residential solar installer, kiosk in a home-improvement store (Phoenix, Arizona)",
    "closing_as_open_question",
    "A homeowner in Phoenix stops at a solar company's kiosk after her summer electric bills reached about $400; she and her husband may move within a few years.",
    good=[
        a2_open,
        t("Four hundred in July would get anyone's attention. What made you stop today: are you seriously thinking about solar, or mostly trying to get that summer bill down any way you can?"),
        c("Honestly the bill. I don't even know if solar's right for us, we might move in like three years.", None),
        t("That's really useful to know. With a move possible in three years, how you'd pay for it matters a lot, because a loan or a lease stays with the house and some buyers don't want to take one on. Who's your utility, and do you know your average across the year, not just July?"),
        c("APS. Over the year it's maybe one eighty, one ninety a month? My husband would know better.", None),
        t("So the real spike is summer, probably the AC. Before we talk panels at all, there's cheaper stuff worth an hour of your time: APS has time-of-use plans, and pre-cooling the house before the peak can take a real chunk off. Solar could still make sense, but I'd want to run it on a three-year horizon so you can see whether it pays back before you'd sell."),
        c("Okay, yeah. I'm not signing anything today though, I need to talk to him.", "think_it_over"),
        t("Of course, nobody signs anything at this kiosk. If you're happy to, download twelve months of usage from your APS account, and I'll run both options, plan change only and solar with a three-year move, and go through them with both of you on a call. No cost."),
        c("Sure. Saturday morning works for us.", None),
    ],
    gaming=[
        a2_open,
        t("Love that you're curious! So tell me, what would it take for you to start saving like your neighbor this summer?"),
        c("I don't know, I guess if it actually saved money? We might move in a few years anyway.", None),
        t("Totally. And when you picture those savings, how soon would you like our crew out to get you started, this month or next?"),
        c("Whoa, I'm just asking questions. I haven't even talked to my husband.", "think_it_over"),
        t("That makes total sense. What would your husband need to hear from you tonight for the two of you to lock in the tax credit before it changes?"),
        c("I don't know. He'd probably say we can't drop twenty grand on a house we might sell.", "no_money"),
        t("I hear you. So how would you prefer to handle the paperwork, zero-down financing or the lease? Which feels more comfortable for your family?"),
        c("Neither, right now. I'm gonna go find my cart.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- a3 pitch_as_paraphrase
a3_open = c("Sawubona. This load-shedding is killing my business, my ladies leave with wet hair. I need something to keep me going.", None)
PAIRS.append(gpair(
    "b214g_soweto_salonbackup",
    "Inverter and battery backup shop (Soweto, South Africa)",
    "pitch_as_paraphrase",
    "The owner of a small hair salon in Soweto walks into an inverter and battery shop because load-shedding keeps cutting her dryers and clients leave half done.",
    good=[
        a3_open,
        t("Sawubona, sorry to hear it, clients walking out with wet hair is painful. Tell me what you run in the salon when the power is on: dryers, straighteners, kettle, lights?"),
        c("Two hood dryers, three blow-dryers, the flat irons, lights, and the card machine. Stage four it goes off two hours, sometimes twice a day.", None),
        t("The hood dryers and blow-dryers pull a lot of power, that's the hard part. Are they all on at the same time, or one or two at a time?"),
        c("Saturday everything is on. Weekdays it's quiet, one hood dryer, one blow-dryer maybe.", None),
        t("Okay. So it's the Saturday rush that really hurts, and in the week you'd manage with less. To run everything on Saturday from batteries is a big system, honestly more than eighty thousand rand. A smaller 5kVA with one battery could keep the lights, the card machine, one hood dryer and one blow-dryer going for about two hours. What sort of budget are you thinking of?"),
        c("Eish, I can't do eighty. Maybe twenty-five, thirty if I stretch.", "no_money"),
        t("Then the small system is where to start, around thirty-two thousand installed, and a second battery can be added later. Some salons also run a small petrol generator just for the hood dryers on Saturdays, cheaper but noisy. Can I come and look at your wiring and your DB board before I give you a firm price?"),
        c("Yes, come tomorrow after four, I'll show you.", None),
    ],
    gaming=[
        a3_open,
        t("Sawubona! So what I'm hearing is that you need our 10kVA hybrid with three lithium batteries, so your business never stops again, is that right?"),
        c("I don't know what that is. How much?", None),
        t("It's a hundred and forty-five thousand installed, but think of the clients you keep. So if I understand you correctly, what matters to you is zero downtime and a premium experience for your ladies, so the full system fits your needs, yes?"),
        c("Hayi, where must I get that money? My salon is small.", "no_money"),
        t("I hear you. So what you're telling me is you'd prefer to spread it out, our sixty-month finance plan at three thousand four hundred a month, correct?"),
        c("I didn't say that. My cousin signed a finance thing for solar and the company disappeared, the panels never worked.", "bad_experience"),
        t("Totally understand. So just to play it back: you want a trusted brand with a proper warranty, which is exactly our premium package. Shall I book the installation?"),
        c("No. I'll ask around first.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- a4 upsell_as_loop_closing
a4_open = c("Afternoon. I've got cover with you on three flats and the gas safety cert on one of them's due end of the month. Can you lot do it?", None)
PAIRS.append(gpair(
    "b214g_manchester_landlordgascert",
    "UK boiler and home emergency cover provider, phone line (Manchester)",
    "upsell_as_loop_closing",
    "A landlord in Manchester with three rented flats rings his boiler cover company to book a gas safety certificate for one flat whose certificate runs out at the end of the month.",
    good=[
        a4_open,
        t("Afternoon. Yes, we can. Which flat is it, and is it just the certificate, or has the tenant mentioned anything wrong with the boiler?"),
        c("Flat two, Ladybarn Road. Tenant says it's fine. Just the cert, I'm on the hook legally if it lapses.", None),
        t("Understood, so a gas safety check for flat two, done before it lapses. It isn't included in your cover, it's sixty-five pounds as a one-off. The earliest engineer slot is the 22nd, morning. Does that work for your tenant?"),
        c("22nd's tight, she's a nurse on nights. Anything in the afternoon?", "no_time"),
        t("There's the 24th between twelve and four, still six days before it runs out. I'll put her mobile on the job so the engineer texts her an hour before."),
        c("Perfect. Should I do the other two at the same time? Theirs are due in spring.", None),
        t("You could, but you'd lose months, because each certificate runs twelve months from the check. I'd leave them, and I'll set a reminder to contact you six weeks before each is due."),
        c("Good, cheers, that's all I needed.", None),
    ],
    gaming=[
        a4_open,
        t("Absolutely, happy to help. Before I book, what else can I add to make your portfolio stress-free? Most landlords go for Landlord Plus, which covers the gas safety cert on all three."),
        c("I only need the one. The others aren't due till spring.", "no_need"),
        t("Understood. And just to close the loop on your needs today, shall I add electrical safety checks too? The EICR's a legal requirement every five years now."),
        c("Had them done last year, mate.", "no_need"),
        t("Brilliant. So, making sure we've covered everything, is there anything else I can add for you? Drains, plumbing and electrics, or our home emergency upgrade on each flat at twelve pounds a month?"),
        c("No. Can you just book the cert for flat two, please? The tenant works nights, so afternoons.", None),
        t("Of course. And lastly, to complete your experience, can I add rent guarantee insurance? It's only nineteen pounds a month per property."),
        c("For God's sake. Book the cert or I'll get a local Gas Safe bloke to do it.", None),
    ],
))

# ---------------------------------------------------------------- a5 leading_tag_questions
a5_open = c("Hi, so our propane furnace is twenty-two years old, and I keep hearing about heat pumps and rebates, but, like, do they even work at thirty below?", None)
PAIRS.append(gpair(
    "b214g_duluth_coldheatpump",
    "US heating and cooling contractor, phone line (Duluth, Minnesota)",
    "leading_tag_questions",
    "A homeowner in Duluth with an old propane furnace phones a heating contractor about heat pumps and rebates; she doubts they work in deep cold and money is tight.",
    good=[
        a5_open,
        t("That's the number one question we get up here, and it's a fair one. Can I ask about the house first: how big is it, and roughly how much propane did you go through last winter?"),
        c("About eighteen hundred square feet, built in the seventies. We filled up, uh, three times? Maybe eleven hundred gallons.", None),
        t("That's a lot of propane, so there's real money to save. On your question: the cold-climate models keep heating well below zero, but at thirty below most people up here keep a backup. Would you want to keep the furnace as backup, or replace it entirely?"),
        c("I'd rather not pay for two systems, honestly. Money's a bit tight this year.", "no_money"),
        t("Fair enough. Since the furnace still runs, plenty of folks keep it just for the coldest nights and add the heat pump now. That's the cheaper route, and it still qualifies for the federal credit and the utility rebate. Before I quote anything, I'd want to do a heat-loss check, because a seventies house might need some air sealing first. That visit's free."),
        c("Okay, that sounds reasonable. What would that look like, timing-wise?", None),
        t("About an hour and a half at the house. I've got Tuesday morning or Thursday after three."),
        c("Thursday. My partner works from home then, he'll want to hear it too.", None),
    ],
    gaming=[
        a5_open,
        t("Great question! You'll want our top-tier cold-climate unit then, won't you, being up in Duluth?"),
        c("I mean, I don't know. What's the difference?", None),
        t("The top tier runs at full output down to minus thirteen. And you'd rather get rid of propane completely, wouldn't you? Nobody likes those delivery bills."),
        c("Well, we'd still need some kind of backup, wouldn't we? At thirty below?", None),
        t("Honestly, the new units are so good you won't need it. And you'd want the whole-house ducted system rather than mini-splits, right, so every room feels the same?"),
        c("How much is all that? Money's tight this year.", "no_money"),
        t("You'd agree comfort's worth investing in, though, wouldn't you? After rebates it's about twenty-six thousand. And you'll want to get on the schedule before the fall rush, won't you?"),
        c("Twenty-six? My brother-in-law paid less than half that for a new furnace. I'll get some other quotes.", "too_expensive"),
    ],
))

# ---------------------------------------------------------------- a6 putdown_question
a6_open = c("Hiya, my wee smart display thing has been saying fourteen pound a day since Tuesday and I'm totally panicking, that cannae be right.", None)
PAIRS.append(gpair(
    "b214g_glasgow_smartdisplay",
    "UK energy supplier, phone line (Glasgow)",
    "putdown_question",
    "A young mum in Glasgow rings her energy supplier, alarmed that her smart meter's in-home display shows fourteen pounds a day; she thinks the meter is faulty.",
    good=[
        a6_open,
        t("I'd be worried at that too, let's get to the bottom of it. Has anything changed since Tuesday: a new appliance, a heater, somebody staying, or did it jump on its own?"),
        c("Nothing new. Well, my mum gave us an oil-filled radiator for the baby's room cos it's been freezing, but that's only wee.", None),
        t("That might actually be it, those radiators can draw two kilowatts on full. Has it been on all day and night?"),
        c("Aye, since Tuesday. Oh no. Is that the fourteen pound?", None),
        t("It could be a big part of it. I can see your meter readings here and they match the display, so the meter itself looks right. If you put the radiator on its lowest setting with the thermostat at about two, you'll see the display drop straight away. With a baby in the house, would it help if I went through the Warm Home Discount and our support fund with you as well?"),
        c("Aye, please. Money's really tight just now, a big bill would finish me.", None),
        t("Then let's check your eligibility while we're on the phone, and I'll call you back on Friday to see what the display's saying with the radiator turned down."),
        c("Thank you, honestly. I thought I'd broken something.", None),
    ],
    gaming=[
        a6_open,
        t("Okay, let's not overreact. What exactly makes you think it's wrong?"),
        c("Cos it's never been more than four pound a day. That's how.", None),
        t("Right, and have you actually read the leaflet that came with the display, or did you just look at the big number?"),
        c("I know how to read a number. My mum gave us a radiator for the baby, but that cannae use ten pound.", None),
        t("So what I'm hearing is you've plugged in a heater and you're surprised the bill went up? Do you understand how kilowatts work?"),
        c("There's no need to talk to me like that.", None),
        t("I'm just trying to understand your experience. Did it not occur to you to check the wattage before leaving it on all day?"),
        c("Forget it. I'll ask my sister, she's an electrician.", None),
    ],
))

# ---------------------------------------------------------------- a7 not_my_department_or_read_the_terms
a7_open = c("Good morning. My water bill is nine thousand eight hundred rand. We had a leak under the driveway, the plumber fixed it, I have his invoice here.", None)
PAIRS.append(gpair(
    "b214g_durban_leakwaterbill",
    "Municipal water and sanitation customer service centre (Durban, South Africa)",
    "not_my_department_or_read_the_terms",
    "A homeowner in Durban North visits the municipal customer service centre with a water bill of R9,800 after a hidden leak under his driveway, which a plumber has since repaired.",
    good=[
        a7_open,
        t("Good morning, sir. That's a shock, I'm sorry. Let me pull up the account. When did the plumber fix it, and has the meter slowed down since?"),
        c("Fixed on the third. I check the meter every night now, it doesn't move when the taps are closed.", None),
        t("That's exactly the evidence we need. There's a leak allowance application: if the leak was hidden and a plumber repaired it promptly, the excess can be recalculated at a lower rate. I'll need the plumber's invoice, a photo of the repair, and your meter readings."),
        c("How long does that take? I can't pay nine thousand in the meantime.", None),
        t("Usually six to eight weeks. While it's being assessed I can put a dispute flag on the account, so the disputed amount isn't sent to collections, and you pay your normal average of about six hundred and fifty. Shall we fill in the form together now?"),
        c("Yes, let's do it now, I took the morning off for this.", None),
        t("Good. I'll give you the reference number and my direct extension. If you haven't heard in six weeks, phone me and I'll chase it myself."),
        c("Thank you, that's a relief.", None),
    ],
    gaming=[
        a7_open,
        t("Good morning, sir, I really understand how you feel. Unfortunately billing disputes are not my department, I'm only on this counter for payments and general queries."),
        c("But this is a query. Who must I see then?", None),
        t("You'll need to phone the call centre. Also, just so you know, the by-laws say the owner is responsible for all water after the meter. It's in your terms, you can read them on the website."),
        c("I know it's my pipe. The plumber fixed it. I just want to know if there's any relief.", None),
        t("I hear you, and I appreciate you sharing your experience. Did I understand you correctly that you want to dispute? Then I can't help, I didn't make the rules. You can pay the full amount today to avoid interest, though."),
        c("Pay nine thousand today? Sjoe, I don't have that kind of money lying around.", "no_money"),
        t("Then I suggest you read the tariff schedule and phone the call centre. Is there anything else I can help you with?"),
        c("You haven't helped me with anything. Where is your supervisor?", None),
    ],
))

# ---------------------------------------------------------------- a8 social_proof_or_deadline_pressure
a8_open = c("Hey, my contract ran out and my bill went from like nine hundred to fourteen hundred. I got ovens going from four in the morning, I need to fix this.", None)
PAIRS.append(gpair(
    "b214g_houston_bakeryplan",
    "Texas retail electricity provider, business sales line (Houston)",
    "social_proof_or_deadline_pressure",
    "The owner of a family bakery in Houston calls her retail electricity provider because her fixed plan expired and she has been rolled onto a month-to-month rate.",
    good=[
        a8_open,
        t("That's a big jump, let's sort it out. Your plan ended on the second, so you're on our variable rate right now, that's the reason. Before I offer you anything, how does your usage run: mostly early morning, all day, weekends?"),
        c("Four a.m. till about two. Closed Mondays. In summer the walk-in cooler runs hard.", None),
        t("So a lot of your load is before the afternoon peak, which helps you. I've got a twelve-month fixed at 11.2 cents and a twenty-four-month at 10.8. The twenty-four is cheaper but has a bigger cancellation fee if you move or close. Are you planning to stay at that location?"),
        c("Lease is up in eighteen months. Landlord's talking about raising the rent, so, I don't know.", None),
        t("Then the twelve-month probably fits better, you won't be stuck if you move. I'd honestly also get a second quote, the state comparison site lists business plans too. The 11.2 offer stands for a week."),
        c("Appreciate that. Let me run it past my brother, he's my partner in the shop.", "think_it_over"),
        t("Sure. I'll email both options with the cancellation fees side by side and call you Thursday afternoon, after your rush."),
        c("Thursday's good. Thanks.", None),
    ],
    gaming=[
        a8_open,
        t("Totally understand your needs. Here's the thing: most bakeries in your area have already locked in with us this month, and our 10.5 cent rate expires at five o'clock today."),
        c("Five today? I'm literally elbow-deep in dough right now.", "no_time"),
        t("I hear you, and I value our relationship. Honestly, the restaurant across from you signed this morning, and rates are going up next week, everybody's saying it. Can I put you down?"),
        c("What's the contract length? My lease is up in eighteen months.", None),
        t("Thirty-six months, which is what all our small business partners choose. If you don't lock it now, I can't promise you'll ever see this rate again."),
        c("Thirty-six? If I move I'm stuck. I gotta talk to my brother first, he's my partner.", "think_it_over"),
        t("Totally fair, but the offer dies at five. Nine out of ten owners I talk to wish they'd signed sooner. What should I tell my manager?"),
        c("Tell him no thanks. I'm not signing a three-year deal over the phone with flour on my hands.", "no_need"),
    ],
))

# ---------------------------------------------------------------- a9 keyword_stuffed
a9_open = c("Hi there, we're looking at replacing our gas boiler, it's a 1930s semi, and we wanted to know if we'd get the seven and a half thousand grant.", None)
PAIRS.append(gpair(
    "b214g_cardiff_heatpumpgrant",
    "UK heat pump installer, phone enquiry (Cardiff)",
    "keyword_stuffed",
    "A couple in Cardiff phone a heat pump installer to ask whether their 1930s semi-detached house qualifies for the government heat pump grant.",
    good=[
        a9_open,
        t("Hi, thanks for getting in touch. The short answer is probably, but it depends on a couple of things. Do you have a current EPC, and does it list any recommendations about loft or cavity wall insulation?"),
        c("We've got one from when we bought it, it's a D. I think it said something about the loft.", None),
        t("Okay. If the EPC has an outstanding recommendation for loft or cavity insulation, that needs doing first or the grant won't go through. How thick is the loft insulation now, roughly?"),
        c("No idea, honestly. It's a bit thin. We put boards down for storage.", None),
        t("That's really common. So the first step is getting the loft topped up, which isn't a big cost, and then a fresh EPC. After that we'd do a room-by-room heat loss survey; with a 1930s semi you might need one or two bigger radiators. Does that order of things work for you?"),
        c("Yeah. We were hoping to have it in before winter, is that realistic?", None),
        t("If the loft's done in the next month, yes. I'll send you two local insulation firms we trust and pencil in a survey for early September."),
        c("Great, do that.", None),
    ],
    gaming=[
        a9_open,
        t("Hi, and thank you so much for reaching out. I really want to understand your needs and your journey, because your success and your home experience are what matter to us as a partner."),
        c("Okay... so would we get the grant?", None),
        t("Great question. What I'm hearing is that you need clarity, and I totally understand and feel that. Our relationship-first approach means we look at your whole experience holistically, end to end, so the solution really meets your needs."),
        c("Right. We've got an EPC, it's a D. Does that matter?", None),
        t("That's really valuable, thank you for sharing. I want you to feel heard. Every home's journey is unique, and we partner with you to understand what success looks like for your family."),
        c("Sorry, but I still don't know if we qualify. Do we or don't we?", None),
        t("I completely understand your frustration and I appreciate your honesty. Our team will work together with you to explore the best experience going forward. Is there anything else I can help you understand today?"),
        c("Look, just email us a price sheet and we'll have a read.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- a10 rude
a10_open = c("Hello my child. I bought electricity at the shop, two hundred rand, and the meter says reject. I've tried three times.", None)
PAIRS.append(gpair(
    "b214g_mamelodi_prepaidtoken",
    "Prepaid electricity vending helpline (Mamelodi, Pretoria, South Africa)",
    "rude",
    "A retired teacher in Mamelodi phones the prepaid electricity helpline because the 20-digit token she bought keeps being rejected by her meter.",
    good=[
        a10_open,
        t("Good afternoon, ma'am, let's sort it out. Can you read me the meter number on the front of the unit, and then the meter number printed on your slip?"),
        c("The meter says... wait, my glasses. 04102233871. The slip says 04102233817.", None),
        t("Thank you, I think I see it. The last two numbers are swapped on the slip, so the shop sold the token to a different meter. That's not your fault. Do you still have the slip?"),
        c("Yes, I have it here. Must I go back to the shop? My knees are bad.", None),
        t("You don't have to walk back. I can log a reversal and reissue it to your correct meter. It takes about an hour, and I'll SMS you the new token. Is this number a cellphone?"),
        c("Yes, this is my cellphone. An hour is fine, I have candles.", None),
        t("Good. If the SMS hasn't come by five o'clock, phone this line and give reference 7781. And next time, ask the shop to read the meter number back to you before they print."),
        c("Thank you my child, God bless.", None),
    ],
    gaming=[
        a10_open,
        t("Ma'am, did you type it in properly? Most of the time people just type it wrong."),
        c("I typed it slowly, three times. I was a teacher, I can read numbers.", None),
        t("Okay, okay. Meter number. Quickly please, I have a queue."),
        c("Wait, I must get my glasses... 04102233871.", None),
        t("And the slip? Come on, ma'am, it's not difficult."),
        c("04102233817. I'm going as fast as I can.", None),
        t("There. The shop typed the wrong meter. That's between you and the shop, go back and sort it out with them."),
        c("My knees are bad, I can't walk there today. Can't you fix it from there?", None),
        t("I can log it, but it'll take days, and honestly, if you'd checked the slip at the shop we wouldn't be here. Anything else?"),
        c("You are very rude. I will ask my son to phone.", None),
    ],
))
