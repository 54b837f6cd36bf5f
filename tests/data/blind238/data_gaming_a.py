"""Gaming pairs, file a (b238). Written by hand."""
from common import c, gpair, t

PAIRS = []

# 1. monologue
_open = c("Morning. I'm after opening a trade account. Me and my brother do extensions, mostly round Hillsborough and Crookes.", None)
PAIRS.append(gpair(
    "b238g_sheffield_tradeaccount", "builders' merchant, Sheffield (UK)", "monologue",
    "A two-man building firm wants a trade account so they stop paying by card at the counter; the real issue is the cash-flow gap before stage payments.",
    good=[
        _open,
        t("Morning. Happy to get that going. Before I grab the form, what sort of spend are you thinking month to month, and what do you mostly buy off us?"),
        c("Bit of everything really. Blocks, sand, cement, some timber. Maybe three, four grand a month when we've a job on. We've been paying on card at the counter, which is a faff.", None),
        t("So three to four thousand when you're busy, mostly heavy-side stuff, and paying on card each time is the pain. Is it the cash flow that bothers you most, or just the hassle at the till?"),
        c("Cash flow, honestly. The client pays us in stages and we're paying you up front. It's that gap.", None),
        t("Right, that gap is what a 30-day account is for. I'll be straight with you though: with a newish business the credit check might start you at about fifteen hundred, and we review it after three months of paying on time. Would that limit be too tight?"),
        c("Fifteen hundred's nothing, that's one load of blocks. I'd have to have a think whether it's worth the paperwork, to be honest.", "think_it_over"),
        t("Fair. Two things help: if you give me two trade references and your last accounts, they often start higher. And anything over the limit you can still pay on card meanwhile. Shall I take the form now and ring you Thursday with what they've approved, before you commit to anything?"),
        c("Go on then. I've got the accountant's letter in the van, I'll fetch it.", None),
    ],
    gaming=[
        _open,
        t("Morning! Brilliant, so what brings you in? Actually, let me tell you about our trade account, because it's a great experience for builders like yourself. Thirty-day terms, online ordering, the app, next-day delivery to site, loyalty points, and then there's Trade Plus, which gets you a dedicated rep and five percent off the heavy side."),
        c("Right, I just wanted to—", None),
        t("And I know what you're going to say, the relationship with your merchant is everything, and that's exactly why Trade Plus is so good. It's forty pound a month, pays for itself in a fortnight, free pallet returns, priority on the crane wagon. Most of our builders upgrade in the first month anyway, so you may as well start there."),
        c("Forty quid a month on top? We're a two-man outfit, mate. I just want to stop paying on card.", "too_expensive"),
        t("Totally hear you, and that's what I hear from a lot of small builders, which is why we do payment flexibility too. So the account opens, we set up the app, and I'll book the rep to come out to your site and walk you through the full range, including our own-brand insulation, which is fantastic."),
        c("I haven't even told you what we do. Look, just give us the form and I'll fill it in at home.", "brush_off"),
        t("Of course! Anything else I can tell you about while you're here? We've a cracking deal on SDS drills this week."),
        c("No. Ta.", "no_need"),
    ],
))

# 2. closing_as_open_question
_open = c("Hiya, I'm opening a small bistro in Stoneybatter in about six weeks and I'm pricing up a combi oven. I don't know much about them, to be honest.", None)
PAIRS.append(gpair(
    "b238g_dublin_combioven", "catering equipment supplier, Dublin (Ireland)", "closing_as_open_question",
    "A chef-owner opening a forty-cover bistro with a tiny kitchen and an overspent fit-out wants to understand combi ovens.",
    good=[
        _open,
        t("Congratulations on the bistro. Before we look at models, can you tell me about the menu and how many covers you're planning? That decides the size more than anything."),
        c("About forty covers. Mostly braises, roast fish, a bit of baking for desserts. It's me and one other chef in a tiny kitchen.", None),
        t("So forty covers, slow cooking and fish, some pastry, and a tight kitchen. How much width have you got for it, and do you know if the supply's three-phase?"),
        c("The landlord says it's three-phase. The space is maybe eighty centimetres wide. And I'll be honest, the budget's nearly gone, I went way over on the fit-out.", "no_money"),
        t("Thanks for telling me. A six-grid electric fits eighty centimetres and handles forty covers easily. New it's about nine thousand; we've an ex-demo one with the full warranty at about six and a half, and a lease from around 190 a month. It'd be worth your electrician confirming the supply before you pick anything."),
        c("The ex-demo sounds more like it. But I want my electrician to look first, and I have to talk to my business partner.", "think_it_over"),
        t("That's sensible. I'll email you the spec sheet with the power requirements for the electrician and hold the ex-demo till Friday, no deposit. If someone else wants it before then, I'll ring you first. Shall I call Friday morning?"),
        c("Friday morning's grand. Thanks a million.", None),
    ],
    gaming=[
        _open,
        t("Congratulations! So tell me, what would it take for you to walk out of here today with a combi oven ordered?"),
        c("Ehm... I only came in to look, really. I don't even know what size I need.", "brush_off"),
        t("Totally understand. And when you picture your opening night, how do you see yourself paying for the ten-grid, card or finance?"),
        c("Ten-grid? Is that not huge? It's a tiny kitchen, there's two of us.", None),
        t("It's our best seller for restaurants, great question. So what's the best delivery date for you, before the fit-out finishes or after?"),
        c("I haven't said I'm buying it. What does it even cost?", None),
        t("Fourteen nine plus VAT, and honestly it's an investment. What would stop you putting a deposit down on it right now?"),
        c("Fourteen thousand? I've already gone over on the fit-out, I can't be spending that.", "no_money"),
        t("I hear you. So how would you like to spread it, over three years or five?"),
        c("I wouldn't like to spread it at all. I'm going to get a few other quotes.", "think_it_over"),
    ],
))

# 3. pitch_as_paraphrase
_open = c("Howzit. I've got a client in Randburg who wants backup for load-shedding. Just lights, wifi and the gate motor. What have you got?", None)
PAIRS.append(gpair(
    "b238g_randburg_inverter", "electrical wholesaler, Johannesburg (South Africa)", "pitch_as_paraphrase",
    "An electrician needs a small backup system for a renting client with a tight budget and a small load.",
    good=[
        _open,
        t("Hi. Lights, wifi and gate is a small load, that's good news. Do you know roughly the wattage, and how long the outages are running in that area?"),
        c("Stage four mostly, so two, two and a half hours at a time. Lights are all LED, maybe 200 watts with the router. Actually the gate motor has its own battery already.", None),
        t("Okay, so about 200 watts for two and a half hours, and the gate looks after itself. Then you don't need a big hybrid. A 1 kVA inverter with a 100 amp-hour lithium battery carries that with room to spare. Is the client thinking solar later, or purely backup?"),
        c("Purely backup, she's renting. Price-wise what are we looking at? She said she doesn't want to go over eight thousand rand.", None),
        t("The 1 kVA with the 100 Ah lithium comes to about seven thousand two hundred trade, before your labour. There's a lead-acid option at about five and a half, but honestly it won't last long with cycling every day. Shall I quote both so she can choose?"),
        c("Quote both, ja. Lithium's probably the one. Can you deliver to site Thursday?", None),
        t("Thursday's fine if the order's in by three tomorrow. I'll WhatsApp you both quotes within the hour."),
        c("Lekker, thanks bru.", None),
    ],
    gaming=[
        _open,
        t("Great, tell me more about what your client needs."),
        c("Just lights, wifi, gate motor. About 200 watts, outages two hours or so. The gate's already got a battery.", None),
        t("So what I'm hearing is you need our 5 kVA hybrid inverter with two 5 kWh batteries and the solar-ready package, is that right?"),
        c("No, man, that's a whole-house system. It's 200 watts.", "no_need"),
        t("Sure, so if I understand you correctly, you want to future-proof the client with something that can grow, which is exactly our Premium Hybrid bundle at forty-eight thousand rand. Did I get that right?"),
        c("You didn't. She's renting and she said eight thousand max. That's six times what she's got.", "no_money"),
        t("Understood, so what you're really saying is value matters, which is why the bundle's on finance at fourteen hundred a month. That's what you're after, correct?"),
        c("That's not what I said at all. I'll try the other wholesaler, at least they listen there.", None),
    ],
))

# 4. upsell_as_loop_closing
_open = c("Howya, I need a diverter valve for a Baxi Duo-tec 28. The customer's had no hot water since Sunday.", None)
PAIRS.append(gpair(
    "b238g_cork_diverter", "plumbing and heating wholesaler, Cork (Ireland)", "upsell_as_loop_closing",
    "A plumber with a diagnosed fault and an elderly customer without hot water wants one part, fast.",
    good=[
        _open,
        t("Ah no. Have you the serial or the GC number off the boiler? There's two versions of that valve depending on the year."),
        c("It's on my phone here, hang on... 2016, I think. GC number ends in 47.", None),
        t("Grand, that's the later one, and I've one on the shelf, forty-eight euro trade. Before you go, is it definitely the valve? On that model the plate heat exchanger often goes at the same time and I'd hate you to have a second trip."),
        c("Checked it, flow's fine through the plate. It's the valve sticking, I've seen it on these before. Forty-eight's steep, mind, I've seen it online for less.", "too_expensive"),
        t("Perfect, you know it better than me so. Online might be a few euro less, but it's two days in the post and she's no hot water; show me the price and I'll see what I can do. One diverter valve for the 2016 Duo-tec on your account. Do you need the O-rings with it, or have you them in the van?"),
        c("Got them in the van. Just the valve.", "no_need"),
        t("No bother. It's on the account and the docket's in the bag. Hope you get her hot water back today."),
        c("Cheers, should have it done by lunch.", None),
    ],
    gaming=[
        _open,
        t("Sure, I can help you with that. Tell me a bit more about the job."),
        c("It's a sticking diverter valve on a 2016 Duo-tec. I've diagnosed it, I just need the part. The lady's had no hot water since Sunday.", None),
        t("So just to close the loop, what else can I add for you today? A magnetic filter maybe, they're on offer?"),
        c("No, just the valve.", "no_need"),
        t("Great. And to make sure everything's covered, what else would complete this job for you? System cleaner, inhibitor, the new smart thermostat?"),
        c("I said just the valve. I'm in a hurry, she's elderly and it's freezing out.", "no_time"),
        t("Totally. Before I ring it through, is there anything else I can add to make it a complete experience? We've a bundle with the valve, the plate heat exchanger and the pump for 260, saves you a trip later."),
        c("Two hundred and sixty for parts I don't need? Ring up the valve or I'm going across the road.", "no_need"),
        t("No problem at all. Anything else I can add?"),
        c("Jesus. No.", "no_need"),
    ],
))

# 5. leading_tag_questions
_open = c("hi we sell candles online and we keep getting breakages in the post. looking at new boxes", None)
PAIRS.append(gpair(
    "b238g_manchester_candleboxes", "packaging wholesaler, Manchester (UK), web chat", "leading_tag_questions",
    "A small online candle seller typing in chat wants to cut glass-jar breakages without wrecking thin margins.",
    good=[
        _open,
        t("Hi, sorry to hear about the breakages, that gets expensive. What are you sending in now, and what's breaking, the glass jars or the lids and wax?"),
        c("its the glass jars mostly. we use a plain single wall box with some shredded paper. maybe 1 in 20 arrives cracked", None),
        t("1 in 20 is a lot. How many orders a week are you posting, and which courier? Some handle parcels rougher than others."),
        c("about 150 a week, mostly royal mail. we cant really change courier, the price is the only reason were still afloat", None),
        t("Understood, keep the courier then. For jars, a die-cut box with a card insert that holds the jar off the walls usually sorts it, and it stays in the same Royal Mail size band. They're about 38p each at 500. Could I send you ten free samples to try with your real jars before you order anything?"),
        c("38p is more than double what we pay now tbh. but if it stops the breakages maybe. yeah send samples", "too_expensive"),
        t("Fair point on the price. At 150 a week, 1 in 20 is about seven replacements a week, so it's worth setting against that. I'll post the samples today; test them for a fortnight and we'll talk then. Which jar sizes do you use?"),
        c("the 20cl and the 30cl. thanks thats really helpful", None),
    ],
    gaming=[
        _open,
        t("Hi! Sorry to hear that. You'll want our premium double-wall boxes then, won't you?"),
        c("not sure. what do they cost", None),
        t("They're 72p at 500. But you care about your customers' experience, don't you? And a broken candle is a disaster for your reviews, isn't it?"),
        c("72p is a lot for us. were tiny", "too_expensive"),
        t("Of course, but you'd agree quality matters more than price, wouldn't you? You don't want to be the brand that sends out broken glass, do you?"),
        c("i mean no but i cant spend that on every order, the margins arent there", "no_money"),
        t("Totally get it. So you'll be going for the 1,000 pack to get the better rate, won't you? It just makes sense, doesn't it?"),
        c("i need to talk to my partner before i order anything. bye", "think_it_over"),
    ],
))

# 6. putdown_question
_open = c("Good afternoon. The floor cleaner you sold us last month is leaving streaks all over the tiles at the Century City offices. My client is not happy with me.", None)
PAIRS.append(gpair(
    "b238g_capetown_floorcleaner", "janitorial supplies wholesaler, Cape Town (South Africa)", "putdown_question",
    "A cleaning-company supervisor complains of streaky floors; the concentrate is stronger than their old brand and is being overdosed.",
    good=[
        _open,
        t("I'm sorry, that's awkward with a client watching. Which product is it, and how are your team diluting it?"),
        c("It's the neutral one, the green drum. Two capfuls in the bucket, same as we always did with the old brand.", None),
        t("Thanks. In a ten-litre bucket two capfuls is about double what this one needs; it's a stronger concentrate than most, and too much leaves a film. What size buckets are the team using?"),
        c("Ten litres. Nobody told us it was stronger. The writing on the label is tiny.", None),
        t("That's fair, the label doesn't make it obvious and we should have mentioned it when you bought it. I can give you dosing pumps free, one push is the right amount, and a laminated card for the cleaners' cupboard. If it still streaks after a week on the right dose, I'll take the drum back and credit you. Would that help with the client?"),
        c("Ja, that helps. Can you drop the pumps at Century City tomorrow? I can't get to you this week.", None),
        t("Our driver's in that area tomorrow morning. I'll put them on his run and message you when they're delivered."),
        c("Thank you, that's good.", None),
    ],
    gaming=[
        _open,
        t("Okay, I hear you. But are you sure your staff can actually read a dilution chart? What exactly are they doing?"),
        c("Excuse me? They use two capfuls in ten litres, like always.", None),
        t("Right, so what I'm understanding is they're guessing. Have you thought about giving your people some basic training before you blame the product?"),
        c("I'm not blaming anyone, I'm telling you there are streaks. It was fine with the other brand.", None),
        t("Mm. And is it possible your client is just being fussy? How bad can a few streaks really be?"),
        c("It's a big contract. If I lose it because of your product, that's my bread.", None),
        t("Of course. So how can I help you understand the product better?"),
        c("You can't. I want your manager. And after this drum we're going back to the old brand.", "no_need"),
    ],
))

# 7. not_my_department_or_read_the_terms
_open = c("I'm the site manager at the Ormeau Road job. Your lorry turned up three hours late and half the plasterboard's got smashed corners. My dry-liners are standing about.", None)
PAIRS.append(gpair(
    "b238g_belfast_plasterboard", "builders' merchant, Belfast (UK)", "not_my_department_or_read_the_terms",
    "A site manager has a late, damaged plasterboard delivery and a gang of dry-liners waiting.",
    good=[
        _open,
        t("That's not good enough, sorry. Let me pull up the order. How many sheets are damaged, roughly, and are any of them usable?"),
        c("Forty-odd out of a hundred and twenty. Some you could cut down, but most are no use as full boards.", None),
        t("Okay, around forty unusable and men waiting. I'll do two things: forty replacements on the next wagon, and a credit for the damaged ones once I've seen the driver's photos. Is there room on site to drop the new ones and take the broken ones back?"),
        c("There's room. How soon, though? If it's Thursday I'm losing two days.", None),
        t("Let me check... there's a wagon leaving our Boucher Road yard at one. I can get forty on it if you can take it by half two. Will someone be there to sign?"),
        c("I'll be there myself. And sort the credit, mind. Last month we were chasing one for six weeks.", None),
        t("Fair enough. I'll put the credit through myself today and email you the note by five, so you're not chasing anybody."),
        c("Right. Half two then.", None),
    ],
    gaming=[
        _open,
        t("I completely understand your frustration. What happened, exactly?"),
        c("Three hours late, forty sheets smashed. I've four men waiting.", None),
        t("So what I'm hearing is the delivery experience wasn't great. Unfortunately transport isn't my department, that's the haulage team, they're a separate company."),
        c("I ordered off you. I don't care who drives the lorry.", None),
        t("I understand. But if you read the terms on the back of the delivery note, damage has to be noted before the driver leaves. Did you sign it clean?"),
        c("The young lad signed it because the driver was in a rush. So that's it, is it?", None),
        t("I didn't make the rules, I'm afraid. Is there anything else I can help you with today?"),
        c("Put me through to your branch manager. Now.", None),
    ],
))

# 8. social_proof_or_deadline_pressure
_open = c("Alright. I've got a customer asking about an air source heat pump. I've never fitted one, I'm gas through and through. What do you reckon?", None)
PAIRS.append(gpair(
    "b238g_leeds_heatpump", "plumbing and heating wholesaler, Leeds (UK)", "social_proof_or_deadline_pressure",
    "A busy gas engineer without MCS certification is asked by a customer about a heat pump and wonders how to go about it.",
    good=[
        _open,
        t("Good to ask before you quote. Do you know if the house is a good fit, insulation, radiator sizes, that kind of thing?"),
        c("Semi, 1930s, cavity's filled, loft's done. Radiators are the old small ones, mind. They've got the grant sorted, the seven and a half grand.", None),
        t("So a 1930s semi, insulation done, small radiators, grant in place. The radiators are the thing; it'll likely need a few upsized, and it needs a proper heat loss survey. Are you MCS certified? Without it the customer can't get the grant through you."),
        c("No, I'm not. That's what puts me off, the courses and the paperwork. I haven't got the time, I'm flat out.", "no_time"),
        t("That's honest. Two routes: partner with an MCS installer who does the design and sign-off while you do the plumbing, or do the manufacturer's course, which is four days. I can put you in touch with two installers who buy from us. No pressure either way."),
        c("Partnering might be the one for now. Give us their numbers and I'll ring them next week.", None),
        t("I'll text you both numbers now. And if you want the course dates later on, just shout."),
        c("Cheers, that's helpful.", None),
    ],
    gaming=[
        _open,
        t("Great question! What's your biggest need in moving to heat pumps?"),
        c("I don't know yet. I'm not even certified. The customer's got a 30s semi with small radiators.", None),
        t("Honestly, every engineer in Leeds is switching right now. Lads from three firms were in this morning. If you don't get on it you'll be left behind."),
        c("Maybe, but I'm flat out on boiler work as it is. I've not got time for courses.", "no_time"),
        t("I hear you. Thing is, the training offer is only at this price till Friday, and there's only two places left. After that it goes up four hundred."),
        c("How much is it now?", None),
        t("Thirteen-fifty for the four days, and most engineers who've done it made it back on the first job. Shall I put your name down before those two places go?"),
        c("That's a lot of money, and four days' work lost on top. I'll think about it.", "think_it_over"),
        t("Sure, but I can't promise that price after five today. Everyone says it's the best decision they've made."),
        c("Then I'll miss it. See you.", "no_need"),
    ],
))

# 9. keyword_stuffed
_open = c("Hi, it's the Castle Arms in Leith. Our back-bar bottle fridge stopped cooling last night and we've a rugby crowd in on Saturday.", None)
PAIRS.append(gpair(
    "b238g_leith_bottlecooler", "commercial refrigeration service, Edinburgh (UK)", "keyword_stuffed",
    "A pub manager's bottle cooler runs but stays warm two days before a big match.",
    good=[
        _open,
        t("Right, let's get that sorted before Saturday. Is it totally dead, or running but not cold? Any lights on the display?"),
        c("Lights are on, fan's going, but it's warm inside. Sitting at about fourteen degrees.", None),
        t("Fan running and warm usually means the compressor or a blocked condenser. Do you know when it was last cleaned at the back? Bars get a lot of dust and fluff behind them."),
        c("Honestly, no idea. Maybe never. It's about six years old.", None),
        t("Then that's worth checking first, it's often the simple thing. I can get an engineer out tomorrow between eight and twelve. The call-out is 85 pounds plus parts; if it's only the condenser it's a clean and done inside the hour. Does the morning work?"),
        c("Morning's tricky, we've a delivery at ten. Could he come after twelve?", "no_time"),
        t("The afternoon's full tomorrow, but I can put you first on at eight, so he'd be finished before your delivery. Would that do?"),
        c("Eight's fine. I'll be in for half seven.", None),
    ],
    gaming=[
        _open,
        t("Thanks for reaching out, I really understand how you feel. Your experience matters to us and our relationship with you is our priority. Can you share what success looks like for you today?"),
        c("Success is a cold fridge by Saturday. It's running but it's warm.", None),
        t("I completely understand. So what I'm hearing is your need is around refrigeration and your feeling is frustration. How satisfied have you been with your overall cooling journey with us?"),
        c("I don't know, it's a fridge. Can someone come out or not?", None),
        t("Absolutely, I hear you and I value that. To make sure we build a successful partnership, I'd love to understand your needs better so your experience going forward exceeds expectations."),
        c("Pal, I've a rugby crowd on Saturday. Is there an engineer or not?", None),
        t("Great question. I understand that need. Someone from the team will be in touch in due course to discuss a solution that works for your success."),
        c("In due course. Right. I'll ring someone else.", None),
    ],
))

# 10. rude
_open = c("Hi, sorry, um, I'm doing my first job on my own and I'm not sure which adhesive to use for big tiles. The 1200 by 600 ones.", None)
PAIRS.append(gpair(
    "b238g_durban_tileadhesive", "tile trade counter, Durban (South Africa)", "rude",
    "A shy young tiler on a first solo job asks about adhesive for large-format tiles over underfloor heating on a young screed.",
    good=[
        _open,
        t("No need to be sorry, good that you're asking. What's the floor underneath, screed, slab, boards? And is there underfloor heating?"),
        c("It's a new screed, I think about three weeks old. And yes, um, there's electric underfloor heating.", None),
        t("Three weeks is young for a screed; has the builder said it's dry? For big tiles on heating you want a flexible rapid-set adhesive, S1 rated, and a decoupling mat if the screed is still curing. How big is the area?"),
        c("About forty square metres. The mat sounds expensive though. The client already thinks I'm charging too much.", "too_expensive"),
        t("Fair. The mat is about 180 rand a square metre, so seven thousand odd. If the builder can show a moisture reading that says the screed's dry, you might not need it. The adhesive would be about twelve bags. Shall I write down both options so you can show the client?"),
        c("Yes please, that would really help. I'll ask the builder about the moisture today.", None),
        t("Here you go. Phone me if the reading's borderline and we'll talk it through before you buy anything."),
        c("Thank you so much.", None),
    ],
    gaming=[
        _open,
        t("Okay. What's your question exactly? I've got a queue."),
        c("Sorry. It's the 1200 by 600 tiles, on a new screed with underfloor heating. Which adhesive?", None),
        t("New how? Please don't tell me you're tiling on wet screed. So what I'm hearing is you've never done this before."),
        c("About three weeks. The builder said it's fine.", None),
        t("Sure he did. Look, buy the S1 flexible and the mat, twelve bags and forty metres of mat. Anything else? Next."),
        c("How much is the mat? The client already thinks I'm too expensive...", "too_expensive"),
        t("Seven grand. If you can't afford to do a job properly, maybe don't take it on. Did you want it or not?"),
        c("I'll... I'll come back another time.", "brush_off"),
    ],
))
