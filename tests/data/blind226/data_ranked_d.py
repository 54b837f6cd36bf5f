"""Ranked pairs d01-d10 of blind226 (hand-written): two decent conversations, `better` better in a way a coach would agree with."""
from common import c, rpair, t

PAIRS = []

# d01 Aviemore ski hire shop, adult first-timer
_open = c("Hi. I'm here for the week and thinking of trying skiing for the first time. Do I hire everything for the whole week?", None)
PAIRS.append(rpair(
    "b226r_d01_aviemore_skihire",
    "A woman from London on holiday in Aviemore asks whether to hire ski kit for the whole week. Better checks lessons and snow before selling and offers a low-risk start; worse sells the package sensibly but never asks about conditions.",
    better=[
        _open,
        t("Good question, and it depends. Have you booked any lessons, and have you seen what's open up at Cairngorm this week?"),
        c("I've got a two-hour lesson on Tuesday. I didn't know things might not be open.", None),
        t("The snow's patchy this year: right now it's the beginner area and a couple of runs, and high winds close the funicular some days. So I wouldn't commit to a full week. Day hire is thirty-eight pounds for skis, boots, poles and helmet. The five-day package is a hundred and fifty, which only saves you money if you ski four days or more."),
        c("A hundred and fifty's a lot if I end up hating it after one lesson. But doing it day by day sounds like a faff.", "too_expensive"),
        t("Fair enough. Middle way: take the kit for Tuesday's lesson, and if you love it, I'll knock Tuesday's price off a four-day hire afterwards. You're not locked in if you hate it or the hill shuts."),
        c("Oh, that's good. Yes, let's do that.", None),
    ],
    worse=[
        _open,
        t("Welcome! For a week, the five-day beginner package is the best value: a hundred and fifty pounds for skis, boots, poles and helmet, against thirty-eight a day. Are you a complete beginner?"),
        c("Complete. I've got a lesson on Tuesday.", None),
        t("Then beginner skis are the right ones, shorter and easier to turn. The five-day package makes sense. Shall I get your boot size?"),
        c("A hundred and fifty's a lot if I end up hating it after one lesson.", "too_expensive"),
        t("That's understandable. You can always do day hire at thirty-eight instead, it's up to you."),
        c("I'll just do Tuesday, then, and see.", None),
    ],
))

# d02 Napier i-SITE / tour desk, Art Deco tour for an older couple
_open = c("Hello, we'd like to do the Art Deco tour. Is it the walking one at ten?", None)
PAIRS.append(rpair(
    "b226r_d02_napier_artdeco",
    "A retired man from Palmerston North books an Art Deco tour for himself and his wife, whose knees are poor. Better asks about walking and offers a fitting option with honest pros and cons; worse sells the walk and reassures.",
    better=[
        _open,
        t("It is, the morning guided walk. It's about two hours on foot with a few stops. How are you both with that sort of walking?"),
        c("Well, I'm fine, but Joan's knees aren't great. She can do an hour, maybe, with a sit-down.", None),
        t("Thanks for saying. Then two hours might be a stretch. There's a vintage car tour: an hour in a 1930s Buick with a guide, stopping at the main buildings, and you only get out when you want to. It's $70 each against $29 for the walk. Or do the walk, and I'll tell the guide Joan might stop at the café halfway."),
        c("Seventy each is steep for an hour. Hmm. But the car sounds fun, she'd love that.", "too_expensive"),
        t("It's the dearer one, no question. If the buildings are the main thing, the walk with the café stop gives you more for less. If it's about a day Joan will enjoy, the car's the one. Which matters more to you?"),
        c("For Joan, the car. Let's do it, tomorrow if you can.", None),
    ],
    worse=[
        _open,
        t("It is, ten o'clock, two hours, $29 each. It's our most popular tour and the guides are excellent."),
        c("Two hours... Joan's knees aren't great.", None),
        t("There are a few stops along the way, and you can always sit down at the café halfway. Would you like two tickets for tomorrow?"),
        c("Tomorrow we're at our grandson's in Hastings all day. Thursday, I suppose. She'll manage.", "no_time"),
        t("Great, two for Thursday at ten. Wear comfortable shoes!"),
    ],
))

# d03 downtown Toronto business hotel, corporate rate for an engineering firm
_open = c("Hi, I manage travel for an engineering firm in Mississauga. We put people in downtown hotels about sixty nights a month and I'm looking at a corporate rate.", None)
PAIRS.append(rpair(
    "b226r_d03_toronto_corporaterate",
    "A corporate travel manager asks a downtown Toronto hotel for a negotiated rate. Better asks which nights and what travellers care about, then defends value with the client's own data; worse quotes and trims the price.",
    better=[
        _open,
        t("Thanks for calling. So I can put together something useful: which nights are they usually here, and what matters most to your travellers, price, location, flexibility?"),
        c("Mostly Monday to Wednesday. They complain about two things: breakfast not being included, and cancelling. Plans change a lot, site visits get moved.", None),
        t("That's helpful. Monday to Wednesday is our busiest time, so I'll be straight: I can't match weekend prices. What I can do is $219 with breakfast, and free cancellation until 6 p.m. on the day of arrival. Your people are probably paying $260 or more on our flexible public rate now."),
        c("Two nineteen. The place on King Street offered one ninety-nine.", "too_expensive"),
        t("Then on paper they're cheaper. Do they include breakfast and same-day cancellation? With breakfast at $28 and the last-minute changes you mentioned, we may well cost you less. Could you send me last quarter's bookings? I'll work it out both ways so you can show your finance team, rather than take my word for it."),
        c("That's fair. No breakfast there, and forty-eight hours to cancel. I'll send you the spreadsheet tomorrow.", None),
    ],
    worse=[
        _open,
        t("Thanks for calling. For sixty room nights a month, our corporate rate would be $219 a night, with breakfast."),
        c("Two nineteen. The place on King Street offered one ninety-nine.", "too_expensive"),
        t("I understand. Ours includes breakfast and we're closer to Union Station. I could go to $212 if you commit to the sixty nights a month."),
        c("Hm. Let me take it to finance and get back to you.", "think_it_over"),
        t("Of course. I'll email you the proposal today."),
    ],
))

# d04 B&B near St Davids, dinner for walkers, one of them vegan
_open = c("Hi there, do you do evening meals? We've had a long day on the coast path and I don't think we can face walking into town.", None)
PAIRS.append(rpair(
    "b226r_d04_stdavids_dinner",
    "A South African couple walking the Pembrokeshire Coast Path ask their B&B host for dinner. Better asks about diet first and offers a cheaper fitting option; worse quotes the set dinner and adapts when told.",
    better=[
        _open,
        t("We do Thursdays to Saturdays, and it's Friday, so yes. Any dietary needs between you?"),
        c("My wife is vegan. That's usually where it gets difficult.", None),
        t("Thanks for telling me now. Tonight's main is lamb, but I can do a bean and leek cawl for her, it's what I cook for myself. Three courses are thirty-two pounds each. Or if you'd like something simpler, a big bowl of cawl with bread is fourteen. How hungry are you?"),
        c("Starving, honestly. But thirty-two each is a fair bit on top of the room.", "too_expensive"),
        t("Then cawl and bread for you both, with a pudding to share? About thirty-four pounds for the two of you, and nobody has to walk anywhere."),
        c("Perfect, lekker. Seven o'clock?", None),
        t("Seven it is. And if your legs are sore, there are Epsom salts in the bathroom cupboard."),
    ],
    worse=[
        _open,
        t("We do, three courses at thirty-two pounds each, tonight it's lamb, with Welsh cakes for pudding. Seven o'clock?"),
        c("My wife's vegan, actually.", None),
        t("Ah. I can do a vegetable plate for her instead, no problem. Still thirty-two each."),
        c("Okay. Thirty-two each is a fair bit on top of the room, but we're too tired to go out. Fine.", "too_expensive"),
        t("Lovely, seven o'clock then."),
    ],
))

# d05 Kaikōura whale-watch booking desk, a passenger who gets badly seasick
_open = c("Hiya, we're thinking of the whale watch tomorrow but my boyfriend gets seasick, like, properly sick. Is it rough?", None)
PAIRS.append(rpair(
    "b226r_d05_kaikoura_seasick",
    "A young Irish woman asks whether the whale-watching boat will suit her badly seasick boyfriend. Better is honest about tomorrow's swell and offers alternatives; worse reassures and sells tablets.",
    better=[
        _open,
        t("It can be, honestly. Tomorrow's forecast is a two-metre swell, which is on the bumpy side, and the boats go out about fifteen kilometres. How bad does he get: small boats only, or ferries too?"),
        c("Even the Interislander, he was sick the whole way. And on a boat trip in Thailand he spent the whole thing over the side.", "bad_experience"),
        t("Then I'll be straight with you: a boat tomorrow could ruin his day. Two options. Wait for Thursday, when the swell's meant to drop. Or the whale-watching flight, thirty minutes in a light plane, which most people who get seasick cope with far better. It's $215 each, the boat is $175."),
        c("We're leaving Wednesday morning, though.", "no_time"),
        t("Then Thursday's out. I'd say the flight. And if even flying worries him, he could skip it and walk out to the seal colony while you go on the boat."),
        c("The flight sounds like the one. Let me just ask him, he's in the loo.", "think_it_over"),
        t("Sure. I'll check there's room for two on the ten o'clock."),
    ],
    worse=[
        _open,
        t("It can get a bit bumpy, but most people are fine. We sell seasickness tablets here at the desk, and if he takes them an hour before, he should be okay. It's $175 each."),
        c("He's sick even on the ferry, though. And on a boat trip in Thailand he spent the whole thing over the side.", "bad_experience"),
        t("The tablets really help most people, and the crew are used to it. If the trip's cancelled for weather you get a full refund. Shall I book two for tomorrow at ten?"),
        c("Um, I suppose, if he takes the tablets... I'll have to ask him.", "think_it_over"),
        t("Sure, come back once you've asked him. There's usually space."),
    ],
))

# d06 Edinburgh hotel front desk in August, honeymoon couple hoping for an upgrade
_open = c("Hi, checking in, Nguyen. It's our honeymoon, so, uh, no pressure, but if there are any upgrades going...", None)
PAIRS.append(rpair(
    "b226r_d06_edinburgh_honeymoon",
    "A honeymooning couple from Melbourne hint at an upgrade on check-in. Better finds out what would make it special and finds a way that fits their stretched budget; worse offers the upgrade and discounts it.",
    better=[
        _open,
        t("Congratulations! Let me see what we have. What would make the room special for you two: a view, more space, a bath?"),
        c("Honestly, a view. We've been in an airport hotel for two nights and my wife's dying to see the castle.", None),
        t("Then I have a good one. The castle-view rooms are fifty pounds a night more, and you're here three nights. I can give you tonight in one free as a honeymoon gift, and it's fifty a night for the other two if you want to stay on."),
        c("That's another hundred quid. We're a bit stretched after the wedding, to be fair.", "no_money"),
        t("Understood. Take it tonight as our gift, and tomorrow morning we'll move your things to the room you booked, which is lovely, just a courtyard view. No charge either way."),
        c("That's really generous. Yeah, let's do that.", None),
    ],
    worse=[
        _open,
        t("Congratulations! I can offer you a castle-view room for fifty pounds a night more. For three nights that's a hundred and fifty."),
        c("Bit steep for us. We're stretched after the wedding.", "no_money"),
        t("I understand. Let me see... I can do the castle view at thirty a night instead, as a honeymoon discount."),
        c("Still ninety... we'll stay in the one we booked, thanks.", "too_expensive"),
        t("No problem at all. Here are your keys, and congratulations again."),
    ],
))

# d07 Canmore lodge reservations (phone), family with a three- and a seven-year-old
_open = c("Hi, I'd like to book a room for four nights in March, two adults and two kids, three and seven.", None)
PAIRS.append(rpair(
    "b226r_d07_canmore_family",
    "A mother from Vancouver books a family stay in Canmore. Better asks how the children sleep and recommends a suite for a stated reason, honest about the cost; worse offers two rooms and lets the price decide.",
    better=[
        _open,
        t("Happy to help. Before I pick a room, how do the kids sleep? Does the little one still nap, or go down early?"),
        c("She naps after lunch and goes down at seven. Then we're stuck in a dark room whispering, that's what happened in Whistler last year.", None),
        t("Ha, the classic. Then a one-bedroom suite might suit you: the kids in the bedroom, you two in the living room with a sofa bed, and a kitchenette for quick lunches before nap time. It's $289 a night against $219 for a standard room with two queens."),
        c("Seventy more a night, for four nights... that adds up.", "too_expensive"),
        t("It does, about $280 over the stay. The kitchenette saves most families a bit on lunches, but I won't pretend it covers all of it. If you'd rather save, ask for a standard room at the end of the corridor and bring a travel blackout blind."),
        c("No, honestly, the suite sounds worth it for our sanity. Book it.", None),
    ],
    worse=[
        _open,
        t("Sure! For four of you, our standard room with two queens is $219 a night, or there's a suite at $289. Which would you prefer?"),
        c("What's the difference?", None),
        t("The suite has a separate bedroom, a sofa bed and a kitchenette. The standard is one room with two beds."),
        c("Seventy more a night... we'll take the standard, I think.", "too_expensive"),
        t("Great, four nights in a standard room from March 10th. I'll send the confirmation now."),
    ],
))

# d08 seafront hotel in Llandudno, complaint about breakfast at checkout
_open = c("Morning. Before I pay, I want to mention breakfast. Both mornings it was lukewarm and we waited forty minutes for toast.", None)
PAIRS.append(rpair(
    "b226r_d08_llandudno_breakfast",
    "A retired man from Liverpool mentions slow, lukewarm breakfasts at checkout. Better asks when it happened, finds the cause, owns it and gives useful advice; worse apologises and gives a small goodwill discount.",
    better=[
        _open,
        t("I'm sorry, and thank you for telling me rather than just leaving. Was that both mornings, and roughly what time did you come down?"),
        c("Both. About half eight, both times. It was packed, a coach party I think.", None),
        t("That fits: we had a coach group of forty both days and the kitchen was stretched at exactly that time. That's our planning problem, not yours. I'll take the breakfast charge off for both of you, that's twenty-four pounds, and I'll tell the manager coach days need more staff."),
        c("I'm not after money back. I just think someone should know.", None),
        t("Someone will, I promise, and I'd still like to take it off if that's all right with you. If you stay again, ask for breakfast before eight on coach days, it's much quieter."),
        c("All right then. Thanks, that's decent of you.", None),
    ],
    worse=[
        _open,
        t("I'm sorry to hear that. We've had a busy week. I'll pass your comments on to the kitchen."),
        c("Both mornings, mind. Forty minutes for toast.", None),
        t("I understand. I can take ten pounds off the bill as a goodwill gesture. Is that all right?"),
        c("Fine. I just think someone should know.", None),
        t("Of course, I'll let them know. Thanks for staying with us."),
    ],
))

# d09 Queenstown hotel concierge, 40th wedding anniversary dinner
_open = c("Good evening. Tomorrow is our fortieth wedding anniversary. I'd like to book dinner somewhere special. What do you recommend?", None)
PAIRS.append(rpair(
    "b226r_d09_queenstown_anniversary",
    "A retired man from Singapore asks the concierge for a special anniversary dinner; his wife walks with a stick. Better asks what the couple enjoy before choosing; worse recommends the famous view restaurant first.",
    better=[
        _open,
        t("Congratulations, forty years! Special can mean many things. What does your wife enjoy: a view, a quiet room, a particular food?"),
        c("She likes seafood, and a quiet place. Not too much walking, she uses a stick. Last year in Melbourne the restaurant was so noisy we could not talk.", None),
        t("So quiet, seafood, and easy to reach. The gondola restaurant has the view, but it's busy and loud at night and there's a walk at the top. I'd suggest a small place on the lake, twenty tables, very good crayfish, and the taxi drops you at the door. It's about $150 a head with wine. Would that suit?"),
        c("One hundred fifty is okay, it is forty years.", None),
        t("Exactly. I'll ask for their corner table by the window and tell them it's your anniversary, but ask them not to make a fuss, unless you'd like a little dessert with a candle."),
        c("A candle is nice. No singing.", None),
        t("No singing. I'll book seven o'clock, and a taxi at a quarter to."),
    ],
    worse=[
        _open,
        t("Congratulations! The restaurant at the top of the gondola is amazing for special occasions, the view over the lake is unbeatable. Shall I book it for seven?"),
        c("Is it quiet? My wife uses a stick and we like to talk.", None),
        t("It can be lively in the evening, but the view makes up for it. There's a short walk from the gondola to the restaurant."),
        c("Hmm. Maybe something quieter. Let me ask my wife what she prefers.", "think_it_over"),
        t("Of course. I'll write you a list of a few places and you can let me know."),
    ],
))

# d10 wildlife tour office, Tobermory, Isle of Mull: a keen photographer
_open = c("Morning. I'm after a wildlife tour, mainly for photography. I'm chasing the white-tailed eagles.", None)
PAIRS.append(rpair(
    "b226r_d10_mull_eagles",
    "A retired photographer from Perth, Western Australia, wants eagle photographs on Mull. Better asks about kit and shot type and matches two trips to his two days; worse sells the standard tour.",
    better=[
        _open,
        t("Good choice, Mull's the place. What lens are you working with, and are you after flight shots or birds perched?"),
        c("Six hundred mil, on a tripod mostly. Flight shots if I can get them. I did a group tour in Norway and couldn't get a clear shot for all the heads in the way.", "bad_experience"),
        t("That's a real risk on the bigger tours. Two options. Our small-group day tour takes four people at most, ninety-five pounds, and the guide stops for photographers. Or the eagle boat from Ulva Ferry, sixty pounds: the skipper throws fish and the eagles come down within thirty metres. It's brilliant for flight shots, but it's a set-up shot, and a tripod's no use on a boat."),
        c("Set-up is fine if the shot's sharp. I'm only here Tuesday and Wednesday.", None),
        t("Then the boat on Tuesday morning, the light's better early, and the small-group tour on Wednesday for the wilder shots. On the boat the six hundred will be heavy handheld, so bring a monopod if you have one."),
        c("I've got a monopod. Book both.", None),
    ],
    worse=[
        _open,
        t("Our full-day wildlife tour is the one, ninety-five pounds: eagles, otters, and the guide knows all the spots."),
        c("How big's the group? I did one in Norway and couldn't get a clear shot for all the heads in the way.", "bad_experience"),
        t("Up to eight, but everyone gets a turn at the windows, and the guide is very good at finding eagles."),
        c("Right. Okay, I'll give it a go. Wednesday.", None),
        t("Wednesday it is. Bring a long lens!"),
    ],
))
