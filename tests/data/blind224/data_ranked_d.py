"""Ranked pairs d01-d10 (two decent conversations; `better` is the deeper one), written by hand for blind224."""
from common import c, rpair, t


def _d01():
    o = c("Hi, I need a bottle of wine as a retirement present for my boss. Something that looks the part. Maybe fifty, sixty euro?", None)
    return rpair(
        "b224r_d01_dublin_retirement_wine",
        "Wine shop, Dublin, Ireland: an employee buys a retirement gift for her boss, who loves to tell the story of a trip to Rioja.",
        better=[
            o,
            t("Lovely occasion. Do you know what he or she drinks, or anything about their taste? Red, white, whiskey even?"),
            c("He's a big red man, I think. He goes on about a trip to Rioja years ago at every Christmas party.", None),
            t("Then a Rioja would mean something to him. This Gran Reserva from 2015 is €55, aged a long time, and it'll keep for years if he wants to save it. I can wrap it and put a card in saying where it's from."),
            c("Oh, he'd love that, it ties in with his story. Is it definitely good, though? I don't want him thinking it's cheap.", None),
            t("It's one of the best we carry from there, and he'll know the producer. If he already has a bottle, he can swap it here for anything else. I'll tuck the gift receipt in the card."),
            c("Perfect. Wrap it up.", None),
        ],
        worse=[
            o,
            t("Lovely occasion. For a retirement gift in that range, a good Bordeaux always looks the part. This one's €58, nice label, great reviews."),
            c("Grand. Is he likely to like it, though? He's a big red man, goes on about a holiday in Rioja.", None),
            t("Bordeaux's a safe bet for most red drinkers. Or there's a Rioja over there at €40 if you'd prefer. Either would go down well."),
            c("I'll go with the Bordeaux, it looks dearer. Can you wrap it?", None),
            t("Of course, the wrapping's free. There you go."),
            c("Thanks a million.", None),
        ],
    )


def _d02():
    o = c("Good morning. Mi getting married in March and mi want a three-tier cake, white with flowers. Can you do that?", None)
    return rpair(
        "b224r_d02_kingston_wedding_cake",
        "Bakery, Kingston, Jamaica: a bride orders a three-tier wedding cake for an afternoon reception on a seaside lawn.",
        better=[
            o,
            t("Congratulations! Yes, we can. Where's the reception, and about how many guests? That tells me the size and how to build it."),
            c("Hundred and twenty guests. At a villa in Port Royal, on the lawn by the sea, in the afternoon.", None),
            t("By the sea in the afternoon is lovely, but hot, and buttercream can slide in that. I'd suggest a fondant finish with fresh flowers, kept in the villa's AC until the cutting. Three tiers for a hundred and twenty: a fruit cake bottom tier, the traditional one, and sponge on top?"),
            c("Fruit cake at the bottom, yes, mi granny would want that. How much that go run?", None),
            t("About sixty-five thousand with delivery and setup. Come Saturday for a tasting, it's free, bring your fiancé, and choose the flavours before you put down a cent."),
            c("Saturday mi on shift at the hotel till six. Him work Saturday too.", "no_time"),
            t("Then Sunday at one, after church. I'll open the shop for the two of you, and you'll taste the fruit cake and three sponges before you decide anything."),
        ],
        worse=[
            o,
            t("Congratulations! Yes, three-tier white with flowers is one of our most popular. Buttercream or fondant?"),
            c("Buttercream, mi like how it taste. Hundred and twenty people, on a lawn in Port Royal.", None),
            t("Perfect. A three-tier buttercream with sugar flowers serves a hundred and twenty nicely. Sixty thousand with delivery, and we need a forty percent deposit to hold the date."),
            c("Mi will talk to my fiancé and come back with the deposit.", "think_it_over"),
            t("No problem. Here's our card, call when you're ready."),
            c("Alright, thanks.", None),
        ],
    )


def _d03():
    o = c("Good morning. We are doing my grandmother's funeral in three weeks. I need a caterer. The family said maybe four hundred people.", None)
    return rpair(
        "b224r_d03_accra_funeral_catering",
        "Funeral caterer, Accra, Ghana: a grandson gets quotes for a funeral where the number of guests is a guess and the elders sit apart.",
        better=[
            o,
            t("Good morning, and my condolences. Four hundred is the family's guess, and funerals can go well over or under. Is it one day, or is there a wake-keeping the night before as well?"),
            c("Wake-keeping Friday night, burial Saturday, thanksgiving Sunday. But the food is mainly for Saturday.", None),
            t("Then for Saturday we cook for four hundred, but we agree a price per plate with a minimum of three hundred, so if fewer come you don't pay for food thrown away. Will the elders and chiefs be served separately?"),
            c("Yes, the elders sit under their own canopy. They should get proper plates, not packs.", None),
            t("So served plates under the elders' canopy and packs for everyone else. Plated is 85 a head, packs 55. Tell me how many elders and I'll write the quote for the family meeting."),
            c("About forty elders. Write it and I will take it to them on Sunday.", "think_it_over"),
        ],
        worse=[
            o,
            t("Good morning, my condolences. For four hundred, our funeral package is jollof, fried rice, chicken and salad in packs, 60 cedis a head. That's twenty-four thousand."),
            c("OK. The elders sit separately. Should they get the same?", None),
            t("We can serve the elders on plates for a little extra, 80 a head. I'll add that."),
            c("Fine. Let me show the family.", "think_it_over"),
            t("Sure. We'd need half as a deposit by next week to confirm."),
            c("I'll call you.", None),
        ],
    )


def _d04():
    o = c("Hey, I just got a smoker for my birthday and I want to do a brisket for the long weekend. Never done one before.", None)
    return rpair(
        "b224r_d04_toronto_first_brisket",
        "Butcher, Toronto, Canada: a beginner with a small pellet smoker wants a brisket for eight people.",
        better=[
            o,
            t("Nice gift! What kind of smoker, and how many are you feeding? Brisket's a big commitment the first time."),
            c("It's a little pellet one, the small kind. Probably eight people. I was thinking a whole brisket, like on YouTube.", None),
            t("A whole packer is twelve to fifteen pounds. It might not even fit on a small pellet grill, and it's a fourteen-hour cook. For eight, a point cut of about six pounds fits better, takes around eight hours, and forgives you if you overshoot."),
            c("Oh, I didn't think about it fitting. Six pounds is enough for eight?", None),
            t("With sides, yeah. It's $14.99 a pound, so about $90. I'll trim it and write the temperatures on the paper. If it goes wrong, come in and tell me what happened and we'll figure it out."),
            c("Sweet. Let's do the point.", None),
        ],
        worse=[
            o,
            t("Nice! A whole packer brisket is what you want, it's the classic. We've got Prime, around fourteen pounds."),
            c("Fourteen pounds? It's for maybe eight people, and the smoker's a small pellet one.", "no_need"),
            t("Then go with the flat, about seven pounds. Leaner, slices nicely. $15.99 a pound."),
            c("Sure, the flat. Any tips?", None),
            t("Low and slow at 225, wrap it when it stalls. Lots of videos online."),
            c("Cool, thanks.", None),
        ],
    )


def _d05():
    o = c("I'm the chef at a new place on MacCurtain Street. I want your heritage tomatoes on the menu, about fifteen kilos a week, from now till Christmas.", None)
    return rpair(
        "b224r_d05_cork_heritage_tomatoes",
        "Farm shop, Cork, Ireland: a chef wants a steady weekly supply of heritage tomatoes beyond the end of the growing season.",
        better=[
            o,
            t("Delighted you like them. I'll be straight with you: our tunnel tomatoes finish in late October, so Christmas isn't possible. What's the dish? That'll tell me what might work after."),
            c("A tomato salad with our own ricotta, it's a signature. I didn't know they'd stop that soon.", None),
            t("Till the end of October I can do twelve kilos a week for certain, fifteen some weeks but I won't promise it. I'd rather tell you now than let you down in November. For the winter, our roasted beetroot with your ricotta might carry the same idea."),
            c("Twelve's fine to start. I'll have to think about the winter menu with my business partner.", "think_it_over"),
            t("Of course. I'll drop the first twelve kilos on Tuesday, and bring a few beetroots for you to try, no charge."),
            c("Deal. Tuesday.", None),
        ],
        worse=[
            o,
            t("Great to hear. Fifteen kilos a week is no problem. We'll drop them Tuesdays, €6 a kilo."),
            c("Brilliant. And till Christmas, yeah?", None),
            t("We should be fine for a good while. If supply gets low later on, we'll let you know."),
            c("OK. It's a signature dish, so I'm counting on it.", None),
            t("Understood. First delivery Tuesday."),
            c("Great, see you then.", None),
        ],
    )


def _d06():
    o = c("Hi, I manage three villas in Montego Bay and I need groceries stocked before guests arrive. Right now I do it myself and it's killing me.", None)
    return rpair(
        "b224r_d06_montegobay_villa_stocking",
        "Grocery delivery, Montego Bay, Jamaica: a villa manager wants fridges stocked before guests land at odd hours, with lists that change weekly.",
        better=[
            o,
            t("I can imagine, three villas. How often do guests turn over, and what do you usually stock, basics or a full list the guests send ahead?"),
            c("Every week or so. Basics, plus whatever the guests send. Sometimes gluten-free, sometimes a whole list of wine. The problem is they land at odd hours and the fridge must be full.", None),
            t("So the fridge has to be stocked before they land, whatever time, and the list changes every week. We can take the guest list on WhatsApp up to 24 hours before and stock the villa if your caretaker lets us in. Why not try one villa on the next booking and see how it goes?"),
            c("One villa first makes sense. What it cost?", None),
            t("Groceries at shelf price, plus a 3,500 service fee per stocking. If it doesn't save you the trip, you've lost one fee."),
            c("Fine. Villa Two has guests Thursday. I'll send the list tomorrow.", None),
        ],
        worse=[
            o,
            t("We do exactly that. Our villa stocking package covers all your properties, weekly, 3,500 per stocking plus the groceries."),
            c("Sounds good. But guests send lists, sometimes gluten-free, sometimes wine. And they land at odd hours.", None),
            t("No problem, just send us the lists and we'll deliver. We can do all three villas from this week."),
            c("All three at once... let me think about it. I don't want to change everything in one go.", "think_it_over"),
            t("Sure. Here's our number, call when you're ready."),
            c("OK, I'll be in touch.", "brush_off"),
        ],
    )


def _d07():
    o = c("Good evening. I own a spot in Adum. I want your price list for beer and spirits. I might change supplier.", None)
    return rpair(
        "b224r_d07_kumasi_bar_supplier",
        "Drinks wholesaler, Kumasi, Ghana: a bar owner asks for a price list; his real problem is that his supplier runs out of beer on Fridays.",
        better=[
            o,
            t("Good evening. I'll give you the list. Before that, can I ask what's making you want to change? Price, or something else?"),
            c("Price, partly. But mostly my supplier runs out of Club and Star on Fridays, exactly when I need it, and I lose customers.", None),
            t("So the real problem is stock on Fridays, more than price. We deliver to Adum on Thursdays, and I can keep a reserve of your Friday volume at the warehouse, so if you run short you call and we bring it within two hours. How many crates do you go through on a weekend?"),
            c("About sixty crates, Friday to Sunday.", None),
            t("On sixty crates a week our price is about 3% below this list, and I'll put the reserve in writing. Here's the list. Compare it with your supplier and call me."),
            c("That reserve, that is what I need. I'll call you by Wednesday.", "think_it_over"),
        ],
        worse=[
            o,
            t("Good evening. Here's the list. Beer by the crate, spirits by the carton. Above fifty crates a week there's a discount."),
            c("Your Club is a bit cheaper than my supplier's. My supplier also runs out on Fridays sometimes.", None),
            t("We have good stock. Our discount on fifty crates is 3%."),
            c("OK, let me compare properly and call you.", "think_it_over"),
            t("Sure. My number is on the list."),
            c("OK. Leave it with me.", "brush_off"),
        ],
    )


def _d08():
    o = c("Um, hi. Sorry. I'm, um, pregnant, and I'm not sure which fish I'm allowed to eat? My doctor said some but I forgot which.", None)
    return rpair(
        "b224r_d08_halifax_pregnancy_fish",
        "Fishmonger, Halifax, Canada: a shy, pregnant customer is unsure which fish are safe; her partner likes tuna steaks.",
        better=[
            o,
            t("No need to apologise, and congratulations. Happy to help. Is there a kind of fish you like, or are you open to whatever's safe?"),
            c("I like salmon. And my partner likes tuna steaks. Is tuna okay?", None),
            t("Salmon's great, low in mercury and good for you both, a couple of times a week is fine. Tuna steak is higher in mercury, so the usual advice is to keep it to now and then. Your partner can still have his; you might take the salmon that night. Do check with your doctor too, but that's the general guidance."),
            c("Okay, that's easy. Can I get salmon for two, then?", None),
            t("Sure. Cook it right through, no rare or sushi-style for now. And here's a little card with the low-mercury ones, so you don't have to remember."),
            c("Oh, thank you. That's really helpful.", None),
        ],
        worse=[
            o,
            t("Congrats! Salmon, haddock, cod and shrimp are all good. Avoid swordfish and shark, and go easy on tuna. Anything else?"),
            c("Oh. Okay. Um, is tuna steak okay sometimes? My partner likes it.", None),
            t("Sometimes, yeah, just not too much. Salmon's probably your best pick."),
            c("Okay. Salmon for two, please.", None),
            t("Here you go. Cook it through."),
            c("Thanks.", None),
        ],
    )


def _d09():
    o = c("Hiya, I do parties, and I've a christening in Oranmore on Sunday. The family want something local for the buffet. What could you do?", None)
    return rpair(
        "b224r_d09_galway_christening_buffet",
        "Smoked salmon and brown bread market stall, Galway, Ireland: a party planner sources a standing christening buffet for fifty on a fixed budget.",
        better=[
            o,
            t("Love that. How many are going, and is it finger food standing up, or sitting down with plates? Many kids?"),
            c("About fifty, standing. Maybe ten kids. The granny wants smoked salmon, it's a family thing.", None),
            t("Standing with fifty, I'd do smoked salmon on brown bread cut small, so nobody's juggling, about a hundred and twenty pieces. For the kids, plain ham and cheese on white. That's €210 for the lot, delivered Sunday morning."),
            c("Could we bring it down a bit? The family gave me one-eighty.", "no_money"),
            t("Sure. Drop it to a hundred pieces of salmon and keep the kids' ones, that's €180 on the nose. Nobody'll go short at a christening with cake after."),
            c("Done. Send it to the hotel for eleven.", None),
        ],
        worse=[
            o,
            t("Love that. Our smoked salmon platters are €45 each and serve twelve, and brown bread is €4 a loaf. Most people take four platters for fifty."),
            c("Four platters, that's €180. There's ten kids too, though. Would they eat smoked salmon?", None),
            t("Probably not, so you might want some sandwiches for them. I could do ham ones, €20 a tray."),
            c("OK, four platters and a tray of ham, then. Hotel in Oranmore, Sunday at eleven.", None),
            t("Grand, €200 all in. See you Sunday."),
            c("Thanks.", None),
        ],
    )


def _d10():
    o = c("Bonjour. Your sourdough went from seven to eight-fifty. I've been buying it for six years. What happened?", None)
    return rpair(
        "b224r_d10_montreal_sourdough_price",
        "Bakery, Montreal, Canada: a retired regular questions a price rise on the sourdough she buys twice a week.",
        better=[
            o,
            t("Bonjour, and thank you for six years. It's a fair question. The organic flour we use went up almost forty percent this year, and we didn't want to change the recipe. How often do you buy it?"),
            c("Twice a week. Eight-fifty twice a week adds up, you know. I'm retired.", "no_money"),
            t("I understand. Two things might help. Our half loaf is four-fifty, and many people find two halves a week plenty. Or there's the regulars' card, buy ten and get one free, which brings it back to about seven-seventy-five."),
            c("The card, hm. And the half loaf, it keeps the same?", None),
            t("Same dough, same bake. A lot of our retired customers take a half on Monday and a full loaf on Friday."),
            c("OK, give me the card, and a half today.", None),
        ],
        worse=[
            o,
            t("Bonjour. Yes, the price of flour went up a lot this year, so we had to raise it. Everybody's prices went up."),
            c("I know, but eight-fifty twice a week. I'm retired.", "no_money"),
            t("I understand. We have a loyalty card, buy ten get one free. That helps a little."),
            c("OK, I'll take the card. But I'll probably buy it less often now.", "too_expensive"),
            t("Of course. Here's your card, first stamp today."),
            c("Merci.", None),
        ],
    )


PAIRS = [_d01(), _d02(), _d03(), _d04(), _d05(), _d06(), _d07(), _d08(), _d09(), _d10()]
