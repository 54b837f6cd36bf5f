"""Ranked pairs f01-f10: shared turns except one fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

# f01 argues with the customer
f1o = c("Hi, checking out. My folio has parking charged twice on Tuesday. Eighteen dollars each.", None)
f1a = t("Let me pull up your folio... I see two parking charges Tuesday, one at 4:10 and one at 11:40 at night.")
f1b = c("Right, I went out for dinner and came back. But it's a daily rate, isn't it?", None)
f1g = t("It is. The gate billed you again when you came back in; that's on us, I'll take it off.")
f1h = c("Thanks, appreciate it.", None)
f1w = t("Well, two entries means two charges. That's how the system works, it's not a mistake.")
f1x = c("The sign at the gate says daily rate. I'm not paying twice for one day.", None)
f1d = t("Second charge removed; new total's two ninety-one. If you join our rewards, parking's free next stay.")
f1e = c("No thanks, I'm in Des Moines maybe once a year.", "no_need")

# f02 doubts the customer's honesty
f2o = c("hey, I ordered two bowls and a side of lumpia, but there's no lumpia in the bag", None)
f2a = t("Oh no, sorry. Can I see the receipt?")
f2b = c("Yeah, here. Order 47.", None)
f2g = t("Yep, lumpia's on there. Our miss, sorry about that.")
f2h = c("No worries, it happens.", None)
f2w = t("Hm, it's on there, but we double-check every bag. You sure it didn't fall out in your car or something?")
f2x = c("I walked it twenty feet to that bench. It's not there.", None)
f2d = t("I'll fry you a fresh side, about four minutes. Extra sauce while you wait?")
f2e = c("Sure, sweet chili.", None)

# f03 drops the price before asking anything
f3o = c("Hi, I own a steakhouse in west Omaha. Not unhappy with our beef supplier exactly, but I wanted to see what you've got.", None)
f3g = t("Glad to. What are you buying now, cuts and grades, and what would make a switch worth it to you?")
f3h = c("Choice ribeyes and strips, some prime for specials. Consistency, honestly. Ribeyes come thick, then thin.", None)
f3w = t("Great. I'll tell you up front, I can get you ten percent under whatever you're paying now. What are you buying?")
f3x = c("Ten percent under, without knowing what I pay? Okay... Choice ribeyes and strips, some prime. My issue is cut thickness is all over.", None)
f3a = t("Consistency I can help with. We portion in-house to your spec, within an eighth of an inch. I'd send a sample case of your ribeye spec.")
f3b = c("A sample's fine. But I'm not switching overnight. My guy's treated me right for twelve years.", "no_need")
f3c = t("No reason to. Compare side by side, and if it's not better, no hard feelings. Tuesday delivery okay?")
f3d = c("Tuesday's our delivery chaos day. Not Tuesday. Wednesday?", "no_time")

# f04 an unasked lecture
f4o = c("We're thinking about doing our own bar, buying the wine and beer ourselves. Is that allowed here?", None)
f4a = t("It is, with two rules: a licensed bartender serves, and alcohol arrives the day before. How many guests?")
f4b = c("About a hundred ten. We want to save money, the bar packages we saw were crazy.", None)
f4g = t("For a hundred ten, plan about two drinks a person the first hour, then one an hour. Most couples save a lot that way.")
f4h = c("Good to know. What do bartenders cost?", None)
f4w = t("I'll be honest, I've seen DIY bars go badly. People overpour, guests drive home drunk, and it's on the couple. You really need to think about whether your guests can handle it.")
f4x = c("Um. They're mostly our parents' friends. We just asked if it's allowed. What do bartenders cost?", None)
f4c = t("The ones we work with run about forty an hour. I'll email the list and our alcohol policy today.")
f4d = c("Great, thanks.", None)

# f05 a vague next step
f5o = c("Hi, we need lunch for a board meeting on the 18th, twelve people, at our office in the Short North. Boxed is fine but it has to look nice.", None)
f5a = t("We can do that. Any dietary restrictions, and what time should it arrive?")
f5b = c("One vegan, one no pork. Eleven forty-five. Our CEO hates anything messy, so no big sandwiches.", None)
f5c = t("Then grain bowls with a small salad and a cookie, in kraft boxes with name labels. Nineteen a person.")
f5d = c("That sounds right. How do we confirm? I need it off my list today.", None)
f5g = t("I'll email the order with the vegan and no-pork labels within the hour. Reply yes and it's confirmed; I'll call the morning of the 18th when the driver leaves.")
f5h = c("Perfect, I'll watch for it.", None)
f5w = t("Great, I'll get it into the system and we'll let you know.")
f5x = c("Let me know when? I kind of need a confirmation today.", None)

# f06 over-promises
f6o = c("We want your hazy on draft. Twenty-four taps. I need it steady, we hate rotating a tap every two weeks.", None)
f6a = t("Makes sense. How fast would you go through it, a sixtel or a half barrel a week?")
f6b = c("Half barrel a week, more in summer with the patio open.", None)
f6g = t("Half a week we can do year-round. Summer's tighter, I can't promise every week in July, but you'd get two weeks' notice and your kegs get held first.")
f6h = c("Two weeks' notice works. That's more than my current brewery does.", None)
f6w = t("Half a week, no problem. You'll never run out, summer or not. Guaranteed, you're first in line, always.")
f6x = c("Never? Last brewery said that too, and I had an empty tap all of August.", "bad_experience")
f6c = t("Let's start with a standing order, a half barrel every week. I'll send the price sheet today.")
f6d = c("Okay, send it and we'll start.", None)

# f07 closes before checking the thing works
f7o = c("We want to replace our convection oven with a combi. Bread in the morning, roasting at lunch.", None)
f7a = t("A combi's good for that. How many pans at once, and what are you baking?")
f7b = c("Six full sheet pans would be ideal. Baguettes, focaccia, then chicken thighs at lunch.", None)
f7c = t("A six-pan electric combi covers both, with steam for the baguettes. About fourteen thousand.")
f7d = c("Okay, that's in range.", None)
f7g = t("Before we order, two checks: it needs a three-phase 208 circuit, and it's thirty-six inches deep, so we measure your door. Can our tech look Thursday?")
f7h = c("Good point, our back door's narrow. Thursday's bad though, big catering order. Monday?", "no_time")
f7w = t("Great, let's get it ordered. How would you like to handle the deposit?")
f7x = c("Card, I guess. Wait, will it even fit through our back door? It's pretty narrow.", None)

# f08 recommends before asking
f8o = c("Hi, we're looking for somewhere to eat tonight. Anything you'd recommend around here?", None)
f8g = t("Lots. What are you in the mood for, and walking or driving?")
f8h = c("Walking. My wife's vegetarian, and we'd like somewhere quiet, it's our anniversary.", None)
f8w = t("Oh, you have to do the steakhouse on Water Street. Best ribeye in Milwaukee, a real classic.")
f8x = c("Ah, my wife's vegetarian. And we'd like somewhere quiet, it's our anniversary.", None)
f8a = t("Happy anniversary! There's a small Italian place four blocks from here, candlelit, lots of vegetarian pasta. Shall I call about a table at seven?")
f8b = c("That sounds lovely. Yes, please.", None)
f8c = t("Done, seven o'clock under your name. I'll print you a little map.")
f8d = c("Thank you!", None)

# f09 unexplained jargon
f9o = c("Hi, we're opening a little restaurant in Olympia and want one of your beers on tap. I've never done draft before.", None)
f9a = t("Welcome to draft! Do you have a tap system, or is that still coming?")
f9b = c("The place came with one. Two taps. Nobody's used it in a while. Honestly not sure draft's worth the hassle yet.", "think_it_over")
f9g = t("Our kegs use the standard American connector, a 'D' coupler, so check yours says D. And get the lines cleaned before the first keg; they'll be gross after sitting.")
f9h = c("Okay, I'll look for a D. Who do you use for cleaning?", None)
f9w = t("Okay, so you'll want Sankey D couplers, and get the lines BLC'd before first pour. Our sixtels are FOB the brewery, deposits net thirty.")
f9x = c("Sorry, I got maybe half of that. What's a Sankey? What's a sixtel?", None)
f9c = t("I'll text you our line cleaner's number and a photo of the right coupler.")
f9d = c("Okay. Let me get the doors open first and I'll call you.", "brush_off")

# f10 talks about themselves
f10o = c("Hi, we need a wedding cake for about a hundred fifty. We're kind of overwhelmed, there's so many choices.", None)
f10a = t("Totally normal. Do you picture a tall tiered cake, or a small cake plus sheet cakes in the back?")
f10b = c("The small cake plus sheets sounds smart. My fiance just wants it to taste good.", None)
f10g = t("Smart, and cheaper. What flavors do you two actually like? Not wedding flavors, just what you'd get on a birthday.")
f10h = c("He loves lemon. I'm a chocolate person. Can you do both?", None)
f10w = t("Smart. We did that at my wedding! My husband and I went back and forth for months, and my mom wanted five tiers of fondant, a whole saga, I still laugh about it.")
f10x = c("Ha, okay. So... what flavors do you do? He loves lemon, I'm chocolate.", None)
f10c = t("Easy: two tiers, lemon on top, chocolate below, and sheets of both. Want a tasting box? It's twenty-five, off the order if you book.")
f10d = c("Twenty-five? The place on O Street does tastings free.", "too_expensive")
f10e = t("Fair. Ours is baked fresh just for you, that's the cost. Saturday at ten?")

PAIRS = [
rpair("b124r_f01_desmoines_hotel_parking", "Des Moines hotel guest at checkout disputes a double parking charge.",
  [f1o, f1a, f1b, f1g, f1h, f1d, f1e], [f1o, f1a, f1b, f1w, f1x, f1d, f1e]),
rpair("b124r_f02_eugene_foodtruck_lumpia", "Eugene food truck customer's lumpia is missing from the bag.",
  [f2o, f2a, f2b, f2g, f2h, f2d, f2e], [f2o, f2a, f2b, f2w, f2x, f2d, f2e]),
rpair("b124r_f03_omaha_steakhouse_beef", "West Omaha steakhouse owner listens to a beef purveyor.",
  [f3o, f3g, f3h, f3a, f3b, f3c, f3d], [f3o, f3w, f3x, f3a, f3b, f3c, f3d]),
rpair("b124r_f04_wallawalla_winery_diy_bar", "Couple asks a Walla Walla winery venue about bringing their own alcohol.",
  [f4o, f4a, f4b, f4g, f4h, f4c, f4d], [f4o, f4a, f4b, f4w, f4x, f4c, f4d]),
rpair("b124r_f05_columbus_board_lunch", "Columbus office assistant orders boxed lunches for a board meeting.",
  [f5o, f5a, f5b, f5c, f5d, f5g, f5h], [f5o, f5a, f5b, f5c, f5d, f5w, f5x]),
rpair("b124r_f06_bellingham_brewery_draft", "Bellingham restaurant asks a brewery for a steady draft supply.",
  [f6o, f6a, f6b, f6g, f6h, f6c, f6d], [f6o, f6a, f6b, f6w, f6x, f6c, f6d]),
rpair("b124r_f07_grandrapids_bakery_combi", "Grand Rapids bakery-cafe shops for a combi oven.",
  [f7o, f7a, f7b, f7c, f7d, f7g, f7h], [f7o, f7a, f7b, f7c, f7d, f7w, f7x]),
rpair("b124r_f08_milwaukee_hotel_dinner", "Couple asks a Milwaukee hotel desk for a dinner recommendation.",
  [f8o, f8g, f8h, f8a, f8b, f8c, f8d], [f8o, f8w, f8x, f8a, f8b, f8c, f8d]),
rpair("b124r_f09_olympia_restaurant_draft", "New Olympia restaurant owner asks a brewery about putting a beer on tap.",
  [f9o, f9a, f9b, f9g, f9h, f9c, f9d], [f9o, f9a, f9b, f9w, f9x, f9c, f9d]),
rpair("b124r_f10_lincoln_wedding_cake", "Overwhelmed couple orders a wedding cake from a Lincoln, Nebraska bakery.",
  [f10o, f10a, f10b, f10g, f10h, f10c, f10d, f10e], [f10o, f10a, f10b, f10w, f10x, f10c, f10d, f10e]),
]
