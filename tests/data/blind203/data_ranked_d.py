"""Ranked pairs d01-d10 (blind203, written by hand): two decent conversations, `better` the deeper one."""
from common import c, rpair, t

PAIRS = []

# d01 -- London, fish supplier for a restaurant
open_d01 = c("Morning. I'm head chef at a fish restaurant in Islington, looking at changing suppliers. Can you send me your price list?", None)
PAIRS.append(rpair(
    "b203r_d01_london_fish_supplier",
    "A head chef asks a fish wholesaler for a price list; the real reason for switching is tired fish on Mondays.",
    better=[
        open_d01,
        t("Morning, happy to. Before I do, what's made you want to change? Price lists all look alike until something goes wrong."),
        c("Mondays, mostly. The fish that turns up on a Monday is tired. Dull eyes, soft flesh. The rest of the week's fine.", None),
        t("That's often not the supplier being bad. Very little gets landed at the weekend, so Monday fish is usually Thursday's or Friday's catch, and we have the same problem. What's on your Monday menu?"),
        c("Whole plaice, hake, mussels. Monday's our quietest, maybe forty covers.", None),
        t("Then honestly, switching to us won't fix Monday by itself. What helps is taking Monday's fish on Saturday from the Friday landing and keeping it well iced, or moving Monday towards things that travel well: mussels, farmed trout, smoked fish. I'll send the price list with a note of what's freshest on each day."),
        c("Hm. That's more use than a price list, to be fair. Send both and I'll have a think.", "think_it_over"),
        t("Will do today. And if you like, I'll bring a Tuesday box of day-boat fish so you can put it next to your current supplier's."),
    ],
    worse=[
        open_d01,
        t("Morning, of course. What species do you mostly use?"),
        c("Whole plaice, hake, sea bream, mussels, some scallops at the weekend.", None),
        t("We do all of those, day-boat from Cornwall and Brixham, delivered six days a week before eight. Plaice is around fourteen a kilo at the moment. I'll email you the full list."),
        c("Alright. The Monday fish from my current lot has been poor, to be fair.", None),
        t("We deliver Mondays too, and everything's properly iced. I'll send the list over and you can try us any day you like."),
        c("Okay, send it over and I'll compare it with what I'm paying.", "think_it_over"),
    ],
))

# d02 -- Singapore, espresso grinder for a small cafe
open_d02 = c("Hi, I have a small cafe in Bukit Timah. My espresso shots are not consistent, some sour, some bitter. I think I need a better grinder. What do you have?", None)
PAIRS.append(rpair(
    "b203r_d02_singapore_espresso_grinder",
    "A cafe owner wants a new grinder for inconsistent shots; the trouble shows up in the afternoons with a part-timer and a hopper filled once a day.",
    better=[
        open_d02,
        t("We have a few, but let's make sure it's the grinder first. When do the shots go off? All day, or at certain times, or with certain staff?"),
        c("Hmm. Mornings are okay, when I'm on bar. Afternoons my part-timer does it, and customers complain more.", None),
        t("That's useful. Does your part-timer weigh the dose and the shot, or go by eye? And do you fill the hopper in the morning for the whole day?"),
        c("She goes by eye, I think. And yes, I fill the hopper full in the morning, because I don't want to refill when it's busy.", None),
        t("Then two things might be causing it before the grinder does. Beans sitting in the hopper all day in this heat go stale by afternoon, and dosing by eye can swing a gram or two. A scale is about forty dollars, and filling the hopper twice a day costs nothing. Try that for a week; if it's still inconsistent, I'll lend you a demo grinder to compare."),
        c("Wah, you're telling me not to buy. Okay, I try the scale first.", None),
        t("I'd rather you spend forty than two thousand on the wrong fix. I'll send you a simple recipe card for your part-timer: dose in, shot out, time."),
    ],
    worse=[
        open_d02,
        t("Sure. Inconsistent shots often come from worn burrs. How old is your grinder?"),
        c("About four years. It's a basic one, flat burrs.", None),
        t("At four years the burrs could be worn. This one has bigger burrs and a timer, so the dose is the same every time. It's two thousand one hundred. New burrs for your old one would be about one-fifty."),
        c("Two thousand is quite a lot for a small cafe. Maybe I change the burrs first?", "too_expensive"),
        t("That's a reasonable first step. I'll order the burrs and our tech can fit and calibrate them this week. If it's still inconsistent after that, come and try the new grinder."),
        c("Okay, let's do the burrs.", None),
    ],
))

# d03 -- New Jersey, meal kits for a husband newly diagnosed with type 2 diabetes
open_d03 = c("Hello, my husband was just diagnosed with type 2 diabetes and I'm trying to figure out dinners. Do your meal kits have anything for diabetics?", None)
PAIRS.append(rpair(
    "b203r_d03_newjersey_mealkit_diabetes",
    "A wife asks a meal kit company about dinners for her newly diagnosed husband; the family is Filipino and eats rice at every meal.",
    better=[
        open_d03,
        t("I'm glad you asked before ordering. Has his doctor or a dietitian given you any guidance, like a carb target for dinner?"),
        c("The dietitian said about 45 grams of carbs at dinner, more vegetables, less white rice. We're Filipino, rice is at every meal, so it's hard.", None),
        t("That's a big change if rice is at every meal. We don't have a diabetes plan as such, and I wouldn't want to call our meals medical. What we do have is carbs listed per serving on every recipe and a filter for under 45 grams, and some of those are Asian-style dishes where you could add a smaller portion of rice."),
        c("That could work. He'd want adobo or something like that, not salads all week.", None),
        t("This week there's a chicken adobo-style dish and a pork stir-fry, both under 45 grams without rice, so you'd add maybe half a cup. Two meals a week for two people is $48, and you could show the nutrition labels to his dietitian."),
        c("Let me show the dietitian first, we see her next Tuesday. Then I'll decide.", "think_it_over"),
        t("That's the right order. I'll email you the nutrition sheets for those two recipes so you can take them with you."),
    ],
    worse=[
        open_d03,
        t("We do! Our Carb-Conscious plan keeps every meal under 600 calories and lower in carbs. A lot of customers with diabetes use it."),
        c("Okay. Does it have anything Filipino or Asian? He won't eat salads all week.", None),
        t("Yes, there's a chicken adobo-style dish this week and a pork stir-fry, and each recipe lists the carbs. The plan is $48 a week for two meals for two people."),
        c("Forty-eight a week, on top of groceries. I'm not sure, money's been tight since his hours got cut.", "no_money"),
        t("I understand. You can skip or pause any week, and the first box is 30% off, so you could try it once without committing."),
        c("Maybe. Let me talk to him tonight.", "think_it_over"),
    ],
))

# d04 -- York, caterer for a hospice charity dinner
open_d04 = c("Hello, I'm organising a charity dinner for a hospice in York, in a church hall, in November. We've never used a caterer. We usually do it ourselves, but it's got too big.", None)
PAIRS.append(rpair(
    "b203r_d04_york_charity_dinner",
    "A volunteer organiser of a hospice fundraiser needs catering for an unknown number of guests, a tiny hall kitchen and a tight food budget per ticket.",
    better=[
        open_d04,
        t("Lovely cause. How big has it got, and what's making it hard to do yourselves now?"),
        c("We had ninety last year. This year it could be anything from eighty to a hundred and forty, depending on tickets. Our volunteers are mostly in their seventies, and the kitchen in the hall is tiny.", None),
        t("So anywhere from eighty to a hundred and forty, and your team can't do the heavy lifting any more. How are tickets priced, and how much of that can go on food without eating into the money for the hospice?"),
        c("Tickets are thirty-five pounds. The committee wants at least twenty of that going to the hospice, so fifteen a head for food, tops.", None),
        t("Fifteen is tight but doable for two hot courses, a pie or stew with veg and a crumble, cooked at our kitchen and brought in hot boxes so the small kitchen doesn't matter. For the numbers, we'd agree a minimum of eighty now and take the final count ten days before. Would that suit the committee?"),
        c("That's exactly our worry, being stuck paying for a hundred and forty. I'll take it to the committee on Thursday.", "think_it_over"),
        t("Great. I'll put it on one page, menu, fifteen a head, minimum eighty and the cut-off date, so you can hand it round on Thursday."),
    ],
    worse=[
        open_d04,
        t("Lovely cause. How many guests, and what sort of menu were you thinking?"),
        c("Maybe eighty to a hundred and forty, we don't know yet. Something hot, two courses, nothing fancy.", None),
        t("We do a two-course hot menu, beef and ale pie or a vegetable pie, with seasonal veg and apple crumble, for sixteen-fifty a head including service. We'd need final numbers two weeks before."),
        c("Sixteen-fifty. The committee wanted fifteen at the most.", "too_expensive"),
        t("I can do fifteen if we swap the crumble for a simpler pudding. I'll send you a quote for both versions."),
        c("That would help, thanks. I'll take it to the committee.", "think_it_over"),
    ],
))

# d05 -- San Diego, catering equipment, flat-top griddle for a taco truck
open_d05 = c("Hey, I run a taco truck in Chula Vista. My flat-top is warping in the middle and the food's cooking uneven. I need a new one, something good.", None)
PAIRS.append(rpair(
    "b203r_d05_sandiego_taco_griddle",
    "A taco truck owner replaces a warped griddle; the warp comes from running one zone on high all day, and the county needs to know about new equipment.",
    better=[
        open_d05,
        t("Warping in the middle usually means it's been run hot in one zone. What size is it now, and is it propane?"),
        c("36-inch, propane. Yeah, I keep the middle on high all day for the carne asada, and the sides are for tortillas.", None),
        t("That explains the warp. A thicker plate, three-quarter inch instead of a half, holds heat and resists warping. Is 36 the most you can fit in the truck? And did you know the county usually wants the new spec sheet before you use a swapped cooking unit?"),
        c("36 is the max, I measured. The county thing, no, I didn't know I had to tell them.", None),
        t("I'll give you the spec sheet to send in. A 36-inch three-quarter plate with thermostatic controls is about $2,400, a manual one about $1,600. The thermostat evens out the heat, so you're less likely to warp it again."),
        c("Sixteen hundred I can do now. Twenty-four is a stretch this month.", "no_money"),
        t("Then the manual one's fine if you move the hot zone around, carne on the left one day, the right the next. I'll email you the spec sheet today so you can send it to the county first."),
    ],
    worse=[
        open_d05,
        t("Sure thing. What size are you running now?"),
        c("36-inch, propane.", None),
        t("Our best seller is this 36-inch with a three-quarter-inch plate. Thicker steel, it won't warp like the thin ones. It's $1,600, and there's a thermostatic version at $2,400."),
        c("I'll go with the $1,600. The $2,400 is more than I've got right now.", "no_money"),
        t("Good choice. I'll have it ready for pickup tomorrow, and here's the warranty card."),
        c("Cool, see you tomorrow.", None),
    ],
))

# d06 -- Singapore, frozen dumpling supplier for a hawker noodle stall
open_d06 = c("Hi, I sell noodles at a hawker centre in Bedok. I want to add dumplings to my menu. Your company sells frozen ones, right?", None)
PAIRS.append(rpair(
    "b203r_d06_singapore_hawker_dumplings",
    "A hawker wants to add frozen dumplings; the supplier's minimum order and the stall's half-full chest freezer may not match.",
    better=[
        open_d06,
        t("Yes, we do pork and chive, prawn, and a vegetable one. How many bowls do you sell a day, and how much freezer space do you have at the stall?"),
        c("About two hundred bowls a day. Freezer is small, one chest freezer, already half full with my fishballs.", None),
        t("Two hundred bowls, and half a chest freezer free. I should be upfront: our minimum is a twenty-kilo carton, about a thousand dumplings, delivered weekly. Six dumplings in forty bowls a day is around seventeen hundred a week, almost two cartons, and I doubt that fits in half a chest freezer."),
        c("Hmm, no, two cartons cannot fit. So I cannot do?", None),
        t("You could start smaller: one carton a week, dumplings as an add-on only, and see how they sell. If they take off, a second freezer might be worth it. Shall I bring a sample pack of all three so you can cook them in your soup and see which your customers like?"),
        c("Okay, sample first. Come after two o'clock, when the lunch crowd is finished.", None),
        t("Two-thirty on Thursday, then. I'll bring an empty carton so you can check it fits."),
    ],
    worse=[
        open_d06,
        t("Yes! Pork and chive, prawn and vegetable. The pork and chive is the most popular with noodle stalls."),
        c("How much?", None),
        t("A twenty-kilo carton, about a thousand pieces, is two hundred and twenty dollars, delivered weekly. That's twenty-two cents a piece, so you could sell six for two-fifty and make a good margin."),
        c("Twenty kilo... my freezer quite small leh. I must see if can fit.", "think_it_over"),
        t("No problem, I'll drop off a sample pack and the carton size on Thursday and you can check."),
        c("Okay, Thursday after two.", None),
    ],
))

# d07 -- Nottingham, flour miller's trade sales, bulk flour for a small bakery
open_d07 = c("Hi, I run a small bakery in Sneinton. We buy flour in sixteen-kilo bags from the cash and carry, and I reckon a pallet from you would be cheaper. What's the price on a pallet of strong white?", None)
PAIRS.append(rpair(
    "b203r_d07_nottingham_bulk_flour",
    "A small baker asks for pallet pricing on flour; a full tonne would last six weeks in a warm back room next to the ovens.",
    better=[
        open_d07,
        t("It usually is cheaper per kilo. A pallet is forty twenty-five-kilo sacks, a tonne. How much strong white do you get through in a week?"),
        c("About a hundred and fifty kilos a week. Bit more at Christmas.", None),
        t("So a tonne would last six or seven weeks. Where would you keep it? Flour wants to be dry, off the floor and away from the ovens, and a pallet needs about a square metre."),
        c("Ah. We've got a back room, but it's against the oven wall and it gets warm. Hadn't thought about that.", None),
        t("Warm for six weeks is asking for weevils. A full pallet is about six hundred and forty pounds, so sixteen a sack, where the same twenty-five kilos from the cash and carry probably costs you over twenty. A half pallet, twenty sacks, is three-forty and lasts about three weeks, which is what I'd suggest for your space."),
        c("Half a pallet sounds more like it. Let me check there's somewhere cooler to stack it first.", "think_it_over"),
        t("Good idea. I'll email you both prices; Sneinton deliveries are on Tuesdays. Ring me when you've found a spot."),
    ],
    worse=[
        open_d07,
        t("A full pallet of strong white is forty twenty-five-kilo sacks, six hundred and forty pounds delivered. That's a fair bit cheaper per kilo than most cash and carries."),
        c("That's a good saving. How soon could you deliver?", None),
        t("Tuesdays for your area, so next Tuesday if you confirm by Friday. We'll need someone there to take it off the tail-lift."),
        c("Six-forty in one go, though. That's a big hit for us this month.", "no_money"),
        t("We do thirty-day terms for trade accounts once you're set up, so you wouldn't pay till next month. I'll send you the application form."),
        c("Oh, that helps. Send it over.", None),
    ],
))

# d08 -- Miami, food delivery platform, Cuban bakery
open_d08 = c("Hi, my family has a Cuban bakery in Little Havana. My daughter says we should be on your delivery app. How does it work, what does it cost?", None)
PAIRS.append(rpair(
    "b203r_d08_miami_bakery_delivery_app",
    "A family bakery owner asks about joining a food delivery app; mornings are packed and what she really wants is afternoon trade.",
    better=[
        open_d08,
        t("Happy to explain. First, what are you hoping it does for you? More customers, busier at certain times, something else?"),
        c("Afternoons are dead. Mornings we're packed, cafecito and pastelitos, but after two nobody comes in.", None),
        t("So it's the afternoons you want to fill. That matters, because our commission is 25% an order, and on a pastelito at a dollar fifty that eats most of your margin. What sells when people do come in the afternoon, or what would you like to sell?"),
        c("Cakes. Tres leches, whole cakes for birthdays. Also the Cuban sandwiches, those are twelve dollars.", None),
        t("Those suit the app much better; bigger orders, so the commission hurts less. You could list only cakes and sandwiches, only from two to seven, and keep the morning rush as walk-in. There's no sign-up fee; the commission is the only cost."),
        c("Only afternoons, that I like. But twenty-five percent is a lot. I need to talk with my husband, he does the money.", "too_expensive"),
        t("Of course. I'll send you a one-page example with your sandwich and cake prices after commission, so he can see the real numbers."),
    ],
    worse=[
        open_d08,
        t("It's simple! You list your menu, customers order in the app and our drivers pick up. No sign-up fee, just 25% commission per order."),
        c("Twenty-five percent? On a pastelito that's almost nothing left.", "too_expensive"),
        t("Many bakeries set their app prices 15 to 20 percent above the counter to cover it. Customers expect that on apps."),
        c("Hmm. Okay, maybe. What do I need to sign up?", None),
        t("Just your menu, photos and bank details. I can send the link now, and you could be live in about a week."),
        c("Send me the link, my daughter will do it.", None),
    ],
))

# d09 -- Singapore, home appliance store, countertop oven for a small flat
open_d09 = c("Hello, I want to buy an oven for my flat. The kitchen is small. Which one is good?", None)
PAIRS.append(rpair(
    "b203r_d09_singapore_countertop_oven",
    "A home cook starting to bake wants a countertop oven; her free counter space is about fifty centimetres next to the rice cooker.",
    better=[
        open_d09,
        t("Sure, let me help you choose. What would you mostly use it for? Baking, roasting, heating up food?"),
        c("I want to start baking. Cookies, banana cake. Maybe roast chicken at Christmas. My kitchen counter is very small.", None),
        t("Baking, a chicken now and then, and not much counter. For cakes the main thing is steady, even heat; a whole chicken needs about thirty litres inside. Do you know how much counter width you have?"),
        c("I think around fifty centimetres only, next to the rice cooker.", None),
        t("Then a thirty-litre, at about fifty-five wide, won't fit. The twenty-five-litre fits and bakes well, but a big chicken is tight. It's one-sixty-nine; the thirty-two-litre is two-forty-nine and would need a shelf."),
        c("I think twenty-five is enough. Christmas chicken can buy from outside lah.", None),
        t("Sounds sensible. I'll write the box dimensions down so you can measure at home, and if it doesn't fit you can return it unopened within seven days."),
    ],
    worse=[
        open_d09,
        t("This thirty-two-litre is our most popular. Convection fan, rotisserie, and it bakes very evenly. Two hundred and forty-nine."),
        c("Looks nice. Can it fit a small kitchen?", None),
        t("It's fifty-five centimetres wide, most kitchens can fit. There's also a twenty-five-litre for one-sixty-nine if space is tight."),
        c("Hmm, I'm not sure of my space. Let me go home and measure first.", "think_it_over"),
        t("Good idea. Here's the brochure with both sizes. Come back anytime."),
        c("Okay, thank you.", None),
    ],
))

# d10 -- Oxford, butcher, meat contract for a college kitchen
open_d10 = c("Good afternoon. I'm the catering manager at one of the colleges. We're reviewing our meat contract for next academic year and I'd like a quote from you.", None)
PAIRS.append(rpair(
    "b203r_d10_oxford_college_meat",
    "A college catering manager asks for a meat quote; the real driver is the bursar's demand for farm-level traceability, and the kitchen has lost its skilled butchers.",
    better=[
        open_d10,
        t("Thank you for thinking of us. What's prompting the review: price, quality, or something about the current arrangement?"),
        c("Partly cost, but mostly the bursar wants full traceability, farm of origin on every delivery. Our current supplier can't give us that for the lamb.", None),
        t("So traceability to the farm is the real driver, and cost comes second. We buy whole lambs from three farms in Oxfordshire and the Cotswolds, so the farm can go on every label. How much butchery can your kitchen do? Whole carcass is cheaper, but someone has to break it down."),
        c("Honestly, not much. We've lost two experienced chefs this year, and the team's mostly young.", None),
        t("Then I'd quote portion-cut, labelled by farm. It costs more per kilo but saves the labour. For formal hall at three hundred covers a week, it would come to roughly eleven percent above whole carcass, and I'll show both so the bursar can see the trade-off."),
        c("That's helpful. The bursar will ask why we aren't taking the cheaper one, so both is good. I need it by the end of the month for the committee.", None),
        t("You'll have it by the twentieth, with a sample traceability label attached."),
    ],
    worse=[
        open_d10,
        t("Thank you for thinking of us. What volumes are we quoting for?"),
        c("About three hundred covers a week at formal hall, plus the cafeteria. Mostly lamb, beef and chicken.", None),
        t("We supply four other colleges, so we know that pattern well. I'll quote per kilo for lamb, beef and chicken, portion-cut, delivered three times a week. We can also give farm of origin on request."),
        c("Farm of origin is actually important to the bursar. Can you do it on every delivery?", None),
        t("Yes, every label can carry the farm. I'll put that in the quote."),
        c("Good. End of the month, please, the committee meets then.", None),
    ],
))
