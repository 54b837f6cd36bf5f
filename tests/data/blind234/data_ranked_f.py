"""Ranked pairs f01-f10 (written by hand): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01: argues with the customer
f01_o = c("Sorry, this pie's lukewarm in the middle. Could it go back?", None)
f01_t1 = t("Of course, sorry about that. Is it the steak and ale?")
f01_c1 = c("Yes. The pastry's hot but the filling's barely warm.", None)
f01_t2_good = t("That can happen when they come out of the oven a bit early on a busy night. I'll get you a fresh one, it'll be about ten minutes. Is that okay, or would you rather swap to something quicker?")
f01_c2_good = c("Ten minutes is fine, I'm not in a rush.", None)
f01_t2_bad = t("That's odd, they're all cooked to seventy-five degrees, we probe every single one. It's probably just cooled down while you were eating your chips. I can get you a fresh one if you really want, it'll be about ten minutes.")
f01_c2_bad = c("I hadn't touched the chips, I cut into the pie first thing. But yes, a fresh one, please.", None)
f01_t3 = t("I'll get that on now. Can I get you another drink while you wait?")
f01_c3 = c("No, I'm fine with this one, thanks.", "no_need")
f01_t4 = t("No problem. I'll bring it out as soon as it's ready, and I'll take the first one off your bill.")
PAIRS.append(rpair(
    "b234r_f01_bristol_lukewarm_pie",
    "A diner in a Bristol pub sends back a pie that is lukewarm in the middle. Worse argues that the pie cannot have been cold and suggests the diner let it cool.",
    better=[f01_o, f01_t1, f01_c1, f01_t2_good, f01_c2_good, f01_t3, f01_c3, f01_t4],
    worse=[f01_o, f01_t1, f01_c1, f01_t2_bad, f01_c2_bad, f01_t3, f01_c3, f01_t4],
))

# f02: doubts the customer's honesty
f02_o = c("Hi, I collected an order about twenty minutes ago, the name's Moran, and the chicken wings weren't in the bag.", None)
f02_t1 = t("Sorry about that. Let me look at the order. Two pizzas and eight wings, paid by card?")
f02_c1 = c("That's it. Pizzas were there, no wings.", None)
f02_t2_good = t("Okay, the wings are on the ticket, so they must have been left on the counter. Sorry, that's our mistake.")
f02_c2_good = c("It happens. I just want it sorted.", None)
f02_t2_bad = t("Hmm, the kitchen's marked them as packed. Are you sure they didn't get eaten in the car? It does happen, with kids.")
f02_c2_bad = c("I'm sure. I'm not ringing you over eight chicken wings for the craic. There were no kids in the car.", None)
f02_t3 = t("Would you like to pop back for them, or would you rather a refund for the wings?")
f02_c3 = c("I'm not driving back out, honestly, it's fifteen minutes each way. Just the refund.", "no_time")
f02_t4 = t("No problem. I've refunded the wings, seven fifty, it'll be back on your card in a few days.")
PAIRS.append(rpair(
    "b234r_f02_waterford_missing_wings",
    "A customer rings a Waterford pizza takeaway because the wings were missing from his collection order. Worse suggests he or his children ate them in the car.",
    better=[f02_o, f02_t1, f02_c1, f02_t2_good, f02_c2_good, f02_t3, f02_c3, f02_t4],
    worse=[f02_o, f02_t1, f02_c1, f02_t2_bad, f02_c2_bad, f02_t3, f02_c3, f02_t4],
))

# f03: drops the price before asking anything
f03_o = c("Hi there, I'm looking at your function room for my fortieth in August. I saw the price online and it's a bit more than I'd budgeted.", "too_expensive")
f03_t1_good = t("Happy to talk it through. What were you picturing for the night, how many people, and what budget did you have in mind?")
f03_c1_good = c("About fifty people, drinks and nibbles, nothing formal. I was hoping to keep it under fifteen hundred.", None)
f03_t1_bad = t("No worries, I can knock fifteen percent off straight away, so the room would be about seventeen hundred. Does that help?")
f03_c1_bad = c("Oh, right, that was easy. Um, it's about fifty people, drinks and nibbles. I was hoping for under fifteen hundred, though.", "too_expensive")
f03_t2 = t("For fifty with drinks and nibbles, the Sunday afternoon package is twelve hundred: the same room, a grazing table and four hours. Would a Sunday work for you?")
f03_c2 = c("A Sunday could work, actually. Most of my mates have kids, so afternoons suit them better.", None)
f03_t3 = t("Then I'll pencil in Sunday the tenth for you. The deposit's two hundred, and I'll send the grazing menu tonight.")
f03_c3 = c("Let me check the date with my partner first, then I'll pay the deposit.", "think_it_over")
f03_t4 = t("Sure. I'll hold it until Friday, no deposit needed until then.")
PAIRS.append(rpair(
    "b234r_f03_adelaide_fortieth_function",
    "A woman asks about an Adelaide venue's function room for her fortieth and says the price is more than she budgeted. Worse offers a discount before asking a single question.",
    better=[f03_o, f03_t1_good, f03_c1_good, f03_t2, f03_c2, f03_t3, f03_c3, f03_t4],
    worse=[f03_o, f03_t1_bad, f03_c1_bad, f03_t2, f03_c2, f03_t3, f03_c3, f03_t4],
))

# f04: an unasked lecture
f04_o = c("Hi, what have you got that's non-alcoholic? Not just lemonade.", None)
f04_t1 = t("We've got a few. Do you like things sweet, or more bitter, like a G&T sort of taste?")
f04_c1 = c("Bitter, definitely. I used to love a negroni.", None)
f04_t2_good = t("Then try the alcohol-free negroni. It's made with a bitter aperitivo and a zero-proof gin, six fifty.")
f04_c2_good = c("Ooh, go on then.", None)
f04_t2_bad = t("Good on you for cutting down, honestly. Most people don't realise how much sugar there is in cocktails, or what a few drinks a night does to your liver. Anyway, there's an alcohol-free negroni with a bitter aperitivo and zero-proof gin, six fifty.")
f04_c2_bad = c("I didn't ask for a health talk. I'm driving, that's all. But fine, the negroni.", None)
f04_t3 = t("Coming up. Do you want it over one big ice cube, or on the rocks?")
f04_c3 = c("Big cube, please.", None)
f04_t4 = t("Here you go, six fifty. Tap whenever you're ready.")
PAIRS.append(rpair(
    "b234r_f04_brighton_alcohol_free",
    "A customer at a Brighton bar asks for a proper non-alcoholic drink. Worse adds an unasked lecture about sugar and drinking.",
    better=[f04_o, f04_t1, f04_c1, f04_t2_good, f04_c2_good, f04_t3, f04_c3, f04_t4],
    worse=[f04_o, f04_t1, f04_c1, f04_t2_bad, f04_c2_bad, f04_t3, f04_c3, f04_t4],
))

# f05: a vague next step
f05_o = c("Hello, I'm enquiring about your private room for a board dinner, fourteen people, the second week of March. We'd need a screen for a short presentation.", None)
f05_t1 = t("Hello. Fourteen fits the Library room well. Which evening that week, and how long is the presentation?")
f05_c1 = c("Wednesday or Thursday. The presentation's about fifteen minutes, before dinner.", None)
f05_t2 = t("Both evenings are free at the moment. The Library has a wall screen with HDMI, so you'd just bring a laptop. The set dinner is seventy-eight a head, minimum fourteen.")
f05_c2 = c("That's within what we agreed. I'll need the chair to pick the date, though, and she's travelling this week.", "think_it_over")
f05_t3_good = t("Of course. I'll hold both Wednesday and Thursday until next Friday, no deposit, and email you a one-page summary now that you can forward to her. I'll ring you on Tuesday to see which she prefers.")
f05_c3_good = c("That's very helpful, thank you.", None)
f05_t3_bad = t("No problem, just get back to us when you know, and we'll let you know if the dates are still free.")
f05_c3_bad = c("Right. Could you not hold one of them? I'd hate to lose both.", None)
PAIRS.append(rpair(
    "b234r_f05_london_board_dinner",
    "A company secretary asks a London restaurant about its private room for a fourteen-person board dinner and must wait for the chair to choose the date. Worse ends with a vague next step and no hold.",
    better=[f05_o, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_good, f05_c3_good],
    worse=[f05_o, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_bad, f05_c3_bad],
))

# f06: over-promises
f06_o = c("Hi, I'm booking for Saturday, party of five, and my friend has a severe nut allergy. Is that going to be an issue?", None)
f06_t1 = t("Thanks for telling us. Is it peanuts, tree nuts, or both?")
f06_c1 = c("Both. She's had anaphylaxis before.", None)
f06_t2_good = t("Okay. We do use nuts in a few dishes, the pesto and the dukkah, and they're made in the same kitchen, so I can't promise anything is nut-free. What we do is flag her order, the chef plates it separately, and we'll tell her which dishes have no nuts in the recipe.")
f06_c2_good = c("That's honest. She's used to that, she carries her EpiPen anyway.", None)
f06_t2_bad = t("No problem at all, we can guarantee her meal will be one hundred percent nut-free. The chef's very careful.")
f06_c2_bad = c("One hundred percent? Even though you cook with nuts? Okay... if you say so.", None)
f06_t3 = t("I'll put the allergy note on the booking now. What time on Saturday?")
f06_c3 = c("Seven thirty, under Nguyen.", None)
f06_t4 = t("Seven thirty for five, under Nguyen, allergy noted. See you Saturday.")
PAIRS.append(rpair(
    "b234r_f06_melbourne_nut_allergy",
    "A diner books a Melbourne restaurant for five and warns that a friend has a severe nut allergy. Worse guarantees a one hundred percent nut-free meal from a kitchen that cooks with nuts.",
    better=[f06_o, f06_t1, f06_c1, f06_t2_good, f06_c2_good, f06_t3, f06_c3, f06_t4],
    worse=[f06_o, f06_t1, f06_c1, f06_t2_bad, f06_c2_bad, f06_t3, f06_c3, f06_t4],
))

# f07: closes before checking the thing works
f07_o = c("Hi, I need breakfast for a team meeting on Monday, twelve people. Pastries, fruit, coffee. It's at the science park.", None)
f07_t1 = t("Sounds good. What time does the meeting start, and which building?")
f07_c1 = c("Half seven start, so it needs to be there by quarter past. Building 40, they've got a security gate.", None)
f07_t2_good = t("Let me check that before we go further: our first van leaves at seven, and the science park gate usually needs a visitor pass booked the day before. Could you book one for us? If so, quarter past is doable.")
f07_c2_good = c("Yes, I can book the pass through reception. Good you mentioned it, the last caterer sat at the gate for twenty minutes.", None)
f07_t2_bad = t("Perfect, I'll book that in now: twelve breakfasts, quarter past seven, Building 40. That's one forty-four. Shall I take a card?")
f07_c2_bad = c("Hang on, will you even get through the gate? The last caterer sat there twenty minutes because nobody booked a visitor pass.", "bad_experience")
f07_t3 = t("I'll put the driver's name and the van registration in the confirmation email, so reception can book the pass for him.")
f07_c3 = c("Great. And invoice the company, please, we don't pay by card.", None)
f07_t4 = t("Of course, invoice it is. You'll have the confirmation within the hour.")
PAIRS.append(rpair(
    "b234r_f07_cambridge_breakfast_delivery",
    "An office manager orders breakfast for twelve to be delivered at quarter past seven to a gated science park near Cambridge. Worse takes the order and asks for payment before checking the early delivery and the gate pass will work.",
    better=[f07_o, f07_t1, f07_c1, f07_t2_good, f07_c2_good, f07_t3, f07_c3, f07_t4],
    worse=[f07_o, f07_t1, f07_c1, f07_t2_bad, f07_c2_bad, f07_t3, f07_c3, f07_t4],
))

# f08: recommends before asking
f08_o = c("It's my first time here. What should I have?", None)
f08_t1_good = t("Welcome! Do you like fish and shellfish, or is there anything you'd rather avoid? And are you hungry for a big plate, or something lighter?")
f08_c1_good = c("I love fish, but I'm not great with shellfish, it doesn't agree with me. Medium hungry.", None)
f08_t1_bad = t("Welcome! You have to try the seafood platter, it's what we're known for: oysters, crab claws, mussels and half a lobster.")
f08_c1_bad = c("Ah, shellfish doesn't really agree with me. I love fish, though. Something medium-sized?", None)
f08_t2 = t("Then I'd go for the hake with brown butter and samphire, landed in Rossaveal this morning. Or the fish pie if you want something comforting, it's cod and smoked haddock, no shellfish.")
f08_c2 = c("The hake sounds lovely. What does it come with?", None)
f08_t3 = t("Baby potatoes and a green salad. It's twenty-six euro.")
f08_c3 = c("Twenty-six, bit dear for hake, but sure, it's my holidays. I'll have it.", "too_expensive")
PAIRS.append(rpair(
    "b234r_f08_galway_first_visit",
    "A first-time diner at a Galway seafood restaurant asks what to order. Worse recommends the shellfish platter before asking anything.",
    better=[f08_o, f08_t1_good, f08_c1_good, f08_t2, f08_c2, f08_t3, f08_c3],
    worse=[f08_o, f08_t1_bad, f08_c1_bad, f08_t2, f08_c2, f08_t3, f08_c3],
))

# f09: unexplained jargon
f09_o = c("Hi, I want to hire your upstairs bar for my husband's fiftieth, about sixty people, on a Saturday in July. How does it work?", None)
f09_t1 = t("Lovely. Are you after food, or mostly drinks?")
f09_c1 = c("Drinks and some food going round. Nothing sit-down.", None)
f09_t2_good = t("Okay. On a Saturday there's no fee for the room, but the food and drinks bill on the night needs to come to at least five thousand dollars. For sixty people, canapés and a drinks package would get you there. Does that sound doable?")
f09_c2_good = c("Five thousand's a bit more than I'd hoped, but with sixty people I suppose it adds up.", "too_expensive")
f09_t2_bad = t("Sure. Saturdays there's no dry hire fee but there's a five K F&B min, we'd do canapés on pass and a bev package, and I'll send the BEO once you confirm.")
f09_c2_bad = c("Sorry, what's an F&B min? And a BEO? I've never organised one of these.", None)
f09_t3 = t("So, in short: no charge for the room, the food and drinks just need to add up to five thousand, and I'll send you a full plan of the night to check. Sixty people with canapés and drinks usually lands around there.")
f09_c3 = c("Okay. I'll need to go over it with my sister, she's splitting it with me.", "think_it_over")
f09_t4 = t("Of course. I'll email the menus and package prices today and hold the Saturday until next Friday.")
PAIRS.append(rpair(
    "b234r_f09_sydney_fiftieth_upstairs_bar",
    "A woman asks how hiring a Sydney bar's upstairs room for her husband's fiftieth works. Worse answers in trade jargon without explaining it.",
    better=[f09_o, f09_t1, f09_c1, f09_t2_good, f09_c2_good, f09_t3, f09_c3, f09_t4],
    worse=[f09_o, f09_t1, f09_c1, f09_t2_bad, f09_c2_bad, f09_t3, f09_c3, f09_t4],
))

# f10: talks about themselves instead of the customer
f10_o = c("I'm cooking paella for some friends on Saturday. What wine would go with it?", None)
f10_t1 = t("Nice. Is it seafood paella, or chicken and chorizo?")
f10_c1 = c("Seafood mostly, prawns and mussels. Maybe a bit of chorizo.", None)
f10_t2_good = t("Then a crisp Spanish white works really well; Albariño is the classic with seafood. How many of you, and what sort of price were you thinking?")
f10_c2_good = c("Six of us. Under fifteen a bottle, ideally.", None)
f10_t2_bad = t("Oh, paella! I was in Valencia last summer and had the most amazing one on the beach, honestly, I still dream about it. The fella who made it had been cooking it fifty years. Me and my girlfriend went back three times. Anyway, Albariño's the classic with seafood. How many of you, and what price?")
f10_c2_bad = c("Sounds nice. Um, six of us, under fifteen a bottle ideally. I'm in a bit of a rush, sorry.", "no_time")
f10_t3 = t("This one's twelve ninety-nine, from Rías Baixas, fresh and a bit salty, lovely with prawns. Two or three bottles for six people.")
f10_c3 = c("Three, then. Ta.", None)
f10_t4 = t("Three Albariño, thirty-eight ninety-seven. Enjoy the paella.")
PAIRS.append(rpair(
    "b234r_f10_liverpool_paella_wine",
    "A customer in a Liverpool wine shop asks what to drink with a seafood paella. Worse talks at length about the trainee's own holiday in Valencia.",
    better=[f10_o, f10_t1, f10_c1, f10_t2_good, f10_c2_good, f10_t3, f10_c3, f10_t4],
    worse=[f10_o, f10_t1, f10_c1, f10_t2_bad, f10_c2_bad, f10_t3, f10_c3, f10_t4],
))
