"""Gaming pairs, file b (b238). Written by hand."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer
_open = c("Hi there, I've got a customer who wants an EV charger on the drive. She's eighty-one and hasn't got a smartphone, so nothing app-only, please.", None)
PAIRS.append(gpair(
    "b238g_bristol_evcharger", "electrical wholesaler, Bristol (UK)", "ignored_customer",
    "An electrician needs a simple tethered EV charger with no app for an elderly customer, on a long cable run.",
    good=[
        _open,
        t("Good to know up front, because some units can only be set up through an app, so that rules a few out. How far is the run from the consumer unit to the drive?"),
        c("About twenty-two metres, through the garage. And she'd like it tethered, she won't be fiddling with a loose cable.", None),
        t("Twenty-two metres, tethered, no app. There are a couple that work standalone with a key switch, no phone needed. For that run you'd check the volt drop, probably 10 mil SWA. Does she need off-peak scheduling, or just plug in and charge?"),
        c("Just plug in. Her son put her on a cheap night tariff, but he can set the timer on the car itself.", None),
        t("Then the basic tethered key-switch model is the simplest, about 480 trade. Shall I pull one and the cable, or would you rather have the spec sheet first?"),
        c("Spec sheet first. I want to check the earthing arrangement before I commit. I'll probably be back tomorrow.", "think_it_over"),
        t("No problem. I'll email it now and keep one aside under your name till Friday."),
        c("Brilliant, cheers.", None),
    ],
    gaming=[
        _open,
        t("Lovely, tell me more about what she's looking for."),
        c("Tethered, simple, no app. She hasn't got a smartphone. Twenty-two metre run.", None),
        t("Great. So our best seller is the smart one, you set everything up through the app, it's brilliant with solar, schedules, the lot."),
        c("She hasn't got a smartphone. I just said.", "no_need"),
        t("Sure, and what's most important to her in a charger?"),
        c("Simple. No app. Tethered.", None),
        t("Understood. So the smart one, untethered, and I'll throw in the app setup guide. What length of cable do you need?"),
        c("Twenty-two metres, I said that as well. I'll try the place on the ring road, I can't stand here all day.", None),
    ],
))

# 12. repeated_questions
_open = c("How're ya. I want to fence off about four acres for the sheep. Posts, wire, the works.", None)
PAIRS.append(gpair(
    "b238g_tipperary_fencing", "agricultural merchant, Co. Tipperary (Ireland)", "repeated_questions",
    "A sheep farmer on a monthly account wants fencing for four acres, with soft ground by a river; posts bought elsewhere once rotted early.",
    good=[
        _open,
        t("Grand. Do you know the perimeter, roughly, and is it sheep only or would cattle be in there too?"),
        c("Sheep only. About five hundred metres round, give or take. The ground's soft on one side, down by the river.", None),
        t("Five hundred metres, sheep, soft ground by the river. On the soft side you'll want longer posts, 2.1 metres, and a bit closer together. Sheep wire with barb on top?"),
        c("Just the one strand of barb. The last posts I got, from a different place, rotted in three years, mind.", "bad_experience"),
        t("That's usually poorly treated timber. Ours are class 4 pressure-treated with a fifteen-year guarantee in the ground, and I can show you the certificate. For five hundred metres you're looking at about a hundred and seventy posts, two rolls of sheep wire and one of barb. Delivered to the yard Tuesday?"),
        c("Tuesday's no good, I'm at the mart all day. Could it be Wednesday?", "no_time"),
        t("Wednesday morning, grand. On the account as usual?"),
        c("On the account. I'll settle at the end of the month like always.", None),
        t("Done. I'll print the docket with the post guarantee on it so you have it."),
        c("Good man.", None),
    ],
    gaming=[
        _open,
        t("Great. So tell me, what's the project?"),
        c("Fencing four acres for sheep. Five hundred metres round, soft ground on the river side.", None),
        t("Lovely. And what are you hoping to keep in there?"),
        c("Sheep. Like I said.", None),
        t("Right, right. And roughly how big an area are we talking about?"),
        c("Four acres. Five hundred metres. Are you writing any of this down?", None),
        t("Absolutely. So just so I understand your needs, what kind of animals will be grazing it?"),
        c("Sheep! I've ewes lambing at home. I'll come back when Seán is on.", None),
    ],
))

# 13. wrong_paraphrase
_open = c("Hello, I manage the kitchen at a primary school in Govan. Our pass-through dishwasher's on its last legs and I need to know what the options are.", None)
PAIRS.append(gpair(
    "b238g_glasgow_schooldishwasher", "catering equipment supplier, Glasgow (UK)", "wrong_paraphrase",
    "A school cook manager needs a replacement dishwasher bought through the council framework; the budget sits with facilities.",
    good=[
        _open,
        t("Happy to help. How many meals are you doing a day, and is it trays and plates, or pots as well?"),
        c("About three hundred and twenty lunches. Mostly trays and cutlery. The pots we do by hand in the sink.", None),
        t("So three hundred and twenty, mainly trays and cutlery, pots by hand. Do you buy through the council's framework? That decides which models I can quote."),
        c("Aye, it has to go through Scotland Excel. And I can't sign for anything myself, the money sits with the council's facilities team.", None),
        t("Understood. Then the most useful thing is a framework quote for two models, one like-for-like and one with a heat-recovery hood that cuts the steam in the kitchen, with running costs for each, so facilities have what they need. Who should I address it to?"),
        c("Send it to me and I'll forward it on. I'll need to run it past facilities anyway, they'll likely pick the cheaper one.", "think_it_over"),
        t("That's fine. I'll set out the difference plainly so they can decide. Shall I also note that yours is on its last legs, so they know it's urgent?"),
        c("Please do. If it goes in term time we're in bother.", None),
    ],
    gaming=[
        _open,
        t("Absolutely. Tell me about your kitchen."),
        c("Three hundred and twenty lunches a day. Trays and cutlery, pots by hand. It's a primary school.", None),
        t("So if I understand you correctly, you're doing a thousand covers and need a flight machine that handles pots as well, yes?"),
        c("No. Three hundred and twenty, and I said we do the pots by hand.", None),
        t("Got it, so what you're saying is you've outgrown the pass-through and your budget's flexible, so you'd like to go top end."),
        c("I never said a word about the budget. It's not even mine, it goes through the council.", None),
        t("Perfect, so you're the decision maker and you're ready to order the flight machine at twenty-four thousand. Did I get that right?"),
        c("You've got none of it right. I'm not ordering anything today. Send me a brochure.", "brush_off"),
    ],
))

# 14. pitch_to_upset
_open = c("Good morning. My husband had an account with you, Thabo Mokoena, Mokoena Plumbing. He passed away three weeks ago. I have to sort out what he owed.", None)
PAIRS.append(gpair(
    "b238g_johannesburg_lateaccount", "plumbing merchant, Johannesburg (South Africa)", "pitch_to_upset",
    "A recently widowed schoolteacher comes to sort out her late husband's trade account and the letters she doesn't understand.",
    good=[
        _open,
        t("I'm very sorry for your loss, Mrs Mokoena. Thabo was in here most weeks, he was well liked at this counter. Take your time. Would you like to sit down while I bring up the account?"),
        c("Thank you. I don't understand any of this. There are letters saying he owes money and I don't know what is real.", None),
        t("Let's go through it together. The account shows eleven thousand four hundred rand, mostly materials for two jobs in March. Do you know if those jobs were finished and paid by the clients?"),
        c("I think one was. The other client, a Mrs van Wyk, phoned me asking when someone will finish her geyser.", None),
        t("Okay. Here is what I can do: I'll put the account on hold today so no interest or letters go out, and our credit manager will phone you this week about a payment plan or settling it from the estate. You don't need to pay anything today. For the geyser, I can give you the names of two plumbers Thabo trusted, if that helps."),
        c("That would help. I can't pay it all now anyway, the estate is not finished.", None),
        t("I understand, and nobody will ask you to until it is. I've written my name and the credit manager's number on this card. Please phone me directly if more letters come."),
        c("Thank you. You have been very kind.", None),
    ],
    gaming=[
        _open,
        t("Oh, I'm so sorry to hear that. How are you feeling?"),
        c("I don't know. Numb. There are letters saying he owes money and I don't understand them.", None),
        t("I hear you, that's tough. So the account is at eleven thousand four hundred. Have you thought about keeping it open? If you're taking over the business, we've a fantastic starter pack for new account holders, ten percent off for three months."),
        c("Taking over? I'm a schoolteacher. I know nothing about plumbing.", "no_need"),
        t("Totally understand. Many families keep the business going and hire a plumber, and we can support that journey. We also have credit protection cover, only 149 a month, so this never happens again."),
        c("I can't even pay what he owes now. Please, I just want to know what is real.", "no_money"),
        t("Of course. So what would it take to keep Mokoena Plumbing trading with us? Let me get you a brochure."),
        c("I would like to speak to your manager, please.", None),
    ],
))

# 15. blame
_open = c("Afternoon. Your lads delivered decking boards to my job in Castletroy this morning, three point six metre lengths. I ordered four point eight. It's on the email.", None)
PAIRS.append(gpair(
    "b238g_limerick_decking", "timber merchant, Limerick (Ireland)", "blame",
    "A builder received decking boards at the wrong length, keyed in wrongly by the merchant, with a Friday deadline.",
    good=[
        _open,
        t("Sorry about that. Can I see the email? ... Yes, you've clearly four point eight there, and our docket says three point six, so it went wrong when we keyed it in. How many boards came?"),
        c("Sixty. And the client wants it finished by Friday, the joists are all set out for full lengths.", None),
        t("Right, sixty at the wrong length and Friday's the deadline. I've four point eights in the yard. I can have them out first thing tomorrow and take the short ones back at the same time, no charge. Would eight o'clock suit, or is the site locked then?"),
        c("Eight's fine, I'm there from half seven. I'm not paying a restocking fee, mind, there was some charge the last time.", None),
        t("There'll be no restocking fee, it's our mistake. I'll write that on the docket so the driver knows."),
        c("Good. Thanks for sorting it quick.", None),
    ],
    gaming=[
        _open,
        t("I'm sorry to hear that. Can you walk me through what happened?"),
        c("Ordered four point eight, got three point six. Sixty boards. It's on the email.", None),
        t("I understand. The thing is, our system says three point six, so it's likely the order wasn't clear when it came in. Could you have said the wrong length?"),
        c("I didn't phone it through, I emailed it. It says four point eight in black and white.", None),
        t("Okay, so what I'm hearing is there's been some confusion on your end. Normally customers check the delivery before the driver leaves. Did you check it?"),
        c("I wasn't there, the lads signed for it. That's not the point.", None),
        t("I see. Well, we can swap them, but there's a fifteen percent restocking fee and a delivery charge, since the boards were accepted. How does that feel?"),
        c("I'm paying for your mistake? Forget it. I'll get them in Chadwicks and you can come and collect your boards.", None),
    ],
))

# 1. monologue (second)
_open = c("Hi! I run a food truck at the Hazel market on Saturdays, burgers and chips, and I want to get off polystyrene. Everyone's giving me grief about it.", None)
PAIRS.append(gpair(
    "b238g_pretoria_foodtruckpackaging", "catering disposables wholesaler, Pretoria (South Africa)", "monologue",
    "A food-truck owner wants to switch burger boxes to compostable ones without losing her thin margin.",
    good=[
        _open,
        t("Good move. What are you serving in at the moment, clamshells for the burgers and cones for the chips? And roughly how many on a market day?"),
        c("Ja, clamshells and those paper cones. About two hundred and fifty burgers on a Saturday, more in summer.", None),
        t("So two fifty clamshells a Saturday, the chip cones are already paper. Does the market have compost bins, or does everything go in general waste? It changes what's worth paying for."),
        c("They've got the green bins now, that's why the pressure. But I'm worried about the price, the margin on a burger is tiny.", "too_expensive"),
        t("Fair worry. Bagasse clamshells are about two rand eighty each against one rand forty for polystyrene, so roughly three hundred and fifty rand more per Saturday. Some traders add two rand to the burger and put up a sign. Would a sleeve of a hundred to try for one market day help, before you commit to a case?"),
        c("Ja, let me try a hundred first. If they go soggy with the sauce I'm not interested.", None),
        t("They hold up well for about half an hour with hot food. Try them on Saturday and tell me honestly how they did."),
        c("Deal. I'll take the hundred now.", None),
    ],
    gaming=[
        _open,
        t("Love it! So let me tell you about our whole eco range. Bagasse clamshells, PLA cups, wooden cutlery, kraft bags, compostable gloves, the lot. The experience for your customers is amazing, and honestly the relationship you build with eco-conscious buyers is everything in this market."),
        c("Okay, I mostly just need—", None),
        t("And the thing about bagasse is it's made from sugarcane, so it's renewable, microwave safe, oven safe up to 200 degrees. We do branded printing too, minimum five thousand, gives you that premium feel. Then there's the starter bundle, everything in one box, one thousand nine hundred rand, which is what most trucks go for."),
        c("Nineteen hundred? I only need burger boxes. I do two fifty on a Saturday.", "no_need"),
        t("Totally, and that's exactly what the bundle covers, plus you'll never run out of cutlery again. And with the printing your brand really pops. So shall I put the bundle and a printing quote together for you?"),
        c("Look, just email me a price list. I'll have a look when I get a minute.", "brush_off"),
        t("Perfect. Anything else I can tell you about while you're here? We've just got in bamboo straws."),
        c("No thanks.", "no_need"),
    ],
))

# 2. closing_as_open_question (second)
_open = c("Morning. I'm hiring a mini digger off you lot nearly every week now. Wondering if I'd be better off buying one.", None)
PAIRS.append(gpair(
    "b238g_birmingham_minidigger", "plant and tool hire depot, Birmingham (UK)", "closing_as_open_question",
    "A small landscaper who hires a 1.5-tonne digger eight to ten days a month in season asks whether buying would make sense.",
    good=[
        _open,
        t("Could well be, it depends on the numbers. How many days a month are you hiring, and which size?"),
        c("The 1.5 tonne. Maybe eight, ten days a month. Spring and summer mostly, winter's quiet.", None),
        t("So eight to ten days in the busy months, less in winter. At our rate that's roughly nine hundred to eleven hundred a month in season. A new 1.5 tonne is about twenty-two grand, a two-year-old one about fifteen. Then there's insurance, servicing, a trailer and somewhere safe to keep it. Have you got a trailer and a secure yard?"),
        c("Trailer, yes. Yard, sort of, it's my mum's drive. And my mate bought a used one last year and the hydraulics went inside six months. Cost him a fortune.", "bad_experience"),
        t("That happens with used machines that have done heavy hours; any used one should come with its hours and a hydraulic check, and ours carry six months' warranty. Insurance is the other thing to price: theft cover for a digger on a driveway can be four or five hundred a year. Honestly, at your usage buying might just pay off over three years, but it's close. Would it help if I wrote up hire against buy for two years, side by side, so you can take it to your accountant?"),
        c("Yeah, that'd be useful. I'm not deciding anything till I've spoken to him.", "think_it_over"),
        t("Makes sense. I'll email it tonight, and either way your hire bookings carry on as normal."),
        c("Nice one.", None),
    ],
    gaming=[
        _open,
        t("Great question! So how would you like to pay for it, finance or outright?"),
        c("I don't know if I want one yet. I use it eight, ten days a month in summer.", None),
        t("Perfect. And seriously, what would it take for you to drive one out of here this week?"),
        c("A lot of thought. Twenty-odd grand is a lot of money for a firm my size.", "no_money"),
        t("Totally hear you. So which would suit you better, the monthly finance at 480 or the balloon option at 390?"),
        c("Neither right now. I'd need to run it past my accountant.", "think_it_over"),
        t("Of course. And when your accountant says yes, which day would you like it delivered, Monday or Wednesday?"),
        c("You're not listening. I'll keep hiring for now.", "no_need"),
    ],
))

# 3. pitch_as_paraphrase (second)
_open = c("Good afternoon. I am looking for emergency lighting for our church hall in Peckham. The fire officer said what we have is not compliant.", None)
PAIRS.append(gpair(
    "b238g_peckham_emergencylights", "electrical wholesaler, London (UK)", "pitch_as_paraphrase",
    "A church volunteer, a Nigerian-born Londoner, needs the minimum emergency lighting to pass a fire officer's report, on a charity's budget.",
    good=[
        _open,
        t("Good afternoon. Did the fire officer leave a report? It helps to know exactly what he flagged."),
        c("Yes, I have it here. He said the exit signs are not lit when the power goes, and there are no lights on the escape route. The hall is maybe twenty metres by twelve.", None),
        t("Thank you. So the exit signs need to stay lit all the time, and you need emergency fittings along the escape route, three-hour duration. How many exits are there?"),
        c("Three exits. We are a charity, so we are looking for whatever is the minimum to pass.", None),
        t("Understood. For three exits and a hall that size, about three maintained exit signs and six emergency bulkheads along the route would likely do it, around three hundred and twenty pounds trade for the lot. Your electrician should check the layout against the report, though. Who's doing the install?"),
        c("A brother from the church is an electrician. He will check it. I will bring him on Saturday.", None),
        t("Good. I'll put the list on a quote with the report's points next to each item, and hold the prices for two weeks. If he wants changes we'll adjust it."),
        c("Thank you very much. God bless.", None),
    ],
    gaming=[
        _open,
        t("Good afternoon! Tell me about your situation."),
        c("The fire officer says our exit signs are not lit when the power fails and the escape route has no emergency lights. It is a church hall, twenty by twelve metres.", None),
        t("So what you need is our fully addressable self-test system with the central monitoring panel, around two thousand four hundred pounds, is that right?"),
        c("Two thousand four hundred? I did not say that. We are a small charity, we don't have that kind of money.", "no_money"),
        t("Understood, so what I'm hearing is you want peace of mind that it's always compliant, which is exactly the self-test system, because it tests itself. Correct?"),
        c("I want to pass the inspection. I don't need anything fancy.", "no_need"),
        t("Absolutely, so to play it back: you'd like the premium option with the three-year maintenance contract at ninety pounds a month, so you never worry again. Have I got that right?"),
        c("No, you have not. My electrician will order it from somewhere else.", None),
    ],
))

# 4. upsell_as_loop_closing (second)
_open = c("Hiya, it's Rhian from Sparkle Cleaning. I need my usual: six boxes of blue roll, four cases of bin bags and two drums of washroom cleaner.", None)
PAIRS.append(gpair(
    "b238g_cardiff_cleaningorder", "janitorial supplies wholesaler, Cardiff (UK), phone order", "upsell_as_loop_closing",
    "A small cleaning contractor phones in her regular order and needs the right soap refills for a new office contract.",
    good=[
        _open,
        t("Hi Rhian. Six blue roll, four bin bags, two washroom cleaner. Same heavy-duty black bags as last time?"),
        c("Black ones, yes. Oh, and the new office down the Bay has those foam soap dispensers. No idea what refills they take.", None),
        t("Could you send me a photo of the dispenser? The make's usually on the front, and some only take their own cartridges."),
        c("I'll send one from the van. Can it all come Thursday? I'm out on jobs all Wednesday.", None),
        t("Thursday's fine. I'll add the refills once I've seen the photo and text you the price before it goes. Is that everything for Thursday, or is anything else running low?"),
        c("Actually, hand towels. Two cases. Then that's it.", None),
        t("Two cases of hand towels added. One thing to flag before it goes: the washroom cleaner is up forty pence a drum since your last order."),
        c("Again? That's twice this year. I'll take it this time, but I'll be looking around.", "too_expensive"),
        t("Fair enough. I'll put a sample of a cheaper equivalent on the van so you can compare, and text you when it's loaded."),
        c("Go on then, ta.", None),
    ],
    gaming=[
        _open,
        t("Hi Rhian! Got that. Now, to close the loop, what else can I add for you? We've microfibre cloths on offer."),
        c("No thanks, I've loads.", "no_need"),
        t("No problem. And just so nothing's missed, what else would make your week easier? Our new scented bin bags are only a bit more."),
        c("The black ones are fine. Oh, the new office has foam soap dispensers, I don't know what refills they take.", None),
        t("Great, so you'll want our dispenser swap package then, we replace all their dispensers with ours, five pounds a month each. What else can I add to round it off?"),
        c("I can't go swapping a client's dispensers, they're not mine. Just the refills.", "no_need"),
        t("Understood. Before I put it through, anything else at all? We've a premium washroom cleaner, twice the price but half the dose."),
        c("Look, I'm up to my eyes. Just send the usual and I'll sort the soap myself.", "no_time"),
    ],
))

# 5. leading_tag_questions (second)
_open = c("Morning. I'm thinking of getting an airless sprayer. We do mostly houses, walls and ceilings, me and two guys.", None)
PAIRS.append(gpair(
    "b238g_gqeberha_airlesssprayer", "trade paint counter, Gqeberha (South Africa)", "leading_tag_questions",
    "A small painting contractor, mostly working in occupied homes, wonders about buying an airless sprayer.",
    good=[
        _open,
        t("Morning. How much are you painting in a month, roughly, and is it mostly new builds or houses people are living in?"),
        c("Mostly houses with people in them. Maybe two, three houses a month. A new build now and then.", None),
        t("With people living in, the masking takes most of the time, so a sprayer saves less than you'd think. On new builds it's a big saving. How many new builds a year?"),
        c("Maybe four or five. Honestly, my cousin bought one and it sits in his garage. He says cleaning it is a mission.", "bad_experience"),
        t("That's a real point, it's twenty minutes of cleaning at the end of every day. With four or five new builds a year you might be better off hiring one for those jobs, about four hundred rand a day. If you find you're hiring it a lot, then buy. Shall I show you the hire rates?"),
        c("Ja, that makes more sense. Show me the hire ones.", None),
        t("Here's the list. The mid-size one does walls and ceilings fine. Book a few days ahead, they go out fast in summer."),
        c("Thanks, I'll book one for the Walmer job next month.", None),
    ],
    gaming=[
        _open,
        t("Great! You'll want the pro model then, won't you? The big one?"),
        c("I don't know. What's the difference?", None),
        t("It pushes more litres a minute. And you'd want to finish jobs faster, wouldn't you? Time is money, isn't it?"),
        c("Sure, but it's mostly occupied houses. The masking takes longer than the painting.", None),
        t("Exactly, so you'd agree the faster the spraying, the better, wouldn't you? It's thirty-two thousand, but you're a serious business, aren't you?"),
        c("Thirty-two thousand rand? For a sprayer? No ways, that's a month's takings.", "too_expensive"),
        t("It pays for itself, doesn't it? And you wouldn't want your guys on rollers forever, would you?"),
        c("My cousin bought one of these and never uses it. He says cleaning it is a nightmare. I'll leave it.", "bad_experience"),
    ],
))
