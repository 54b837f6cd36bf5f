"""Ranked pairs f01-f10 (blind203, written by hand): both sides share every turn except one fault in
`worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 -- London, dairy wholesaler to cafes. Fault: argues with the customer.
f01_0 = c("Hi, it's Dani from the cafe on Rye Lane. Your milk's been going off two days before the date. Three bottles this week already.", None)
f01_1 = t("Sorry about that, Dani. Which milk is it, whole or semi, and where does it go once it arrives?")
f01_2 = c("Whole, the two-litre ones. Straight into the under-counter fridge.", None)
f01_3 = t("Do you know what temperature that fridge runs at?")
f01_4 = c("The dial says four, but it's under the espresso machine, so that side gets a bit warm.", None)
PAIRS.append(rpair(
    "b203r_f01_london_cafe_milk",
    "A cafe owner reports milk souring before its date; her fridge sits under the espresso machine. In `worse` the trainee argues that it must be her fridge.",
    better=[
        f01_0, f01_1, f01_2, f01_3, f01_4,
        t("That could be part of it, but three bottles in a week still isn't right, so let's check both ends. I'll replace the three on Thursday's drop, and could you put a cheap fridge thermometer in for a couple of days? If it reads five or under, it's on our side and I'll chase the dairy."),
        c("Fair enough, I've got a thermometer somewhere. I'll check it.", None),
    ],
    worse=[
        f01_0, f01_1, f01_2, f01_3, f01_4,
        t("Honestly, it'll be the fridge. Our milk's fine, nobody else has complained, and a fridge under an espresso machine is never going to hold four degrees. It's not the milk."),
        c("I've had that fridge five years and never had this. Don't tell me it's not the milk when I'm the one pouring it down the sink.", None),
    ],
))

# f02 -- Singapore, seafood wholesaler to a zi char restaurant. Fault: doubts the customer's honesty.
f02_0 = c("Hello, this is Chef Tan from the zi char in Geylang. The prawns today, I ordered five kilo, I weigh only four point two.", None)
f02_1 = t("Sorry about that, Chef. Did you weigh them with the ice, or after draining?")
f02_2 = c("After draining. Always I drain first then weigh, because last time got a lot of ice.", None)
f02_5 = t("For tomorrow, I'll ask the packer to weigh yours after draining and write the weight on the bag, so you can check it against your own scale.")
f02_6 = c("Okay. We see tomorrow. Before ten, ah.", None)
PAIRS.append(rpair(
    "b203r_f02_singapore_prawn_weight",
    "A zi char chef finds a prawn delivery eight hundred grams short after draining. In `worse` the trainee suggests his staff took some.",
    better=[
        f02_0, f02_1, f02_2,
        t("Then that's eight hundred grams short, and that shouldn't happen. I'll credit the difference on today's invoice."),
        c("Okay, good. Same order tomorrow, five kilo.", None),
        f02_5, f02_6,
    ],
    worse=[
        f02_0, f02_1, f02_2,
        t("Hmm, our packer weighed five kilo this morning. Are you sure nobody in your kitchen took some out before you weighed? Sometimes staff help themselves."),
        c("You're saying my staff steal? Six years I buy from you. Same order tomorrow, five kilo, and this time I check in front of your driver.", None),
        f02_5, f02_6,
    ],
))

# f03 -- Dallas, party caterer. Fault: drops the price before asking anything.
f03_0 = c("Hi, I'm planning my son's high school graduation party, in the backyard, end of May. I got a quote from y'all last year for my daughter's, but we didn't go ahead. It seemed pricey.", "too_expensive")
f03_3 = t("A taco bar for sixty is a lot lighter than a plated dinner. Brisket and chicken, rice, beans, salsas and chips comes to about $22 a head, roughly $1,320, and we drop off and set up.")
f03_4 = c("That's a lot more reasonable than last year. Could we skip the setup and just do drop-off?", None)
f03_5 = t("Sure, drop-off only brings it to about $19 a head. I'll email you the quote today.")
f03_6 = c("Great, send it over.", None)
PAIRS.append(rpair(
    "b203r_f03_dallas_graduation_tacos",
    "A mother planning a graduation party mentions last year's quote seemed pricey. In `worse` the trainee offers fifteen percent off before asking a single question.",
    better=[
        f03_0,
        t("Congratulations to your son! Let's see what makes sense this time. How many people, and what kind of food does he want?"),
        c("About sixty people, and he wants brisket tacos, like a taco bar. Last year's quote was for a sit-down dinner, that's probably why.", None),
        f03_3, f03_4, f03_5, f03_6,
    ],
    worse=[
        f03_0,
        t("Congratulations! Tell you what, since you came back to us, I'll knock fifteen percent off whatever we put together."),
        c("Oh! Okay, thanks. Well, it's about sixty people, and he wants a taco bar.", None),
        f03_3, f03_4, f03_5, f03_6,
    ],
))

# f04 -- Manchester, cookware shop, first cast iron pan. Fault: an unasked lecture.
f04_0 = c("Hiya, I want a cast iron pan. My mum had one for years and I've finally got round to getting my own.", None)
f04_1 = t("Lovely. What will you mostly cook in it?")
f04_2 = c("Steaks, fry-ups at the weekend, maybe cornbread, I saw a recipe. I've got an induction hob, if that matters.", None)
f04_3 = t("It does a bit. Cast iron works on induction, but a flat, smooth base is best so it doesn't scratch the glass. This ten-inch is flat-bottomed and pre-seasoned, thirty-four pounds. The twelve-inch is forty-two, but it's heavy, about three and a half kilos.")
f04_4 = c("Ten-inch, I reckon, it's just me. Do I need to do anything special with it?", None)
PAIRS.append(rpair(
    "b203r_f04_manchester_cast_iron",
    "A home cook buys her first cast iron pan for an induction hob and asks a simple care question. In `worse` the trainee delivers a long unasked lecture on seasoning.",
    better=[
        f04_0, f04_1, f04_2, f04_3, f04_4,
        t("Just dry it on the hob after washing and wipe a drop of oil on while it's warm. That's really it. Want me to pop a little care card in the bag?"),
        c("Go on then. I'll take the ten-inch.", None),
    ],
    worse=[
        f04_0, f04_1, f04_2, f04_3, f04_4,
        t("Right, so, seasoning is basically polymerised fat. You want a high smoke point oil, not olive oil, people always use olive oil. Never soak it, never dishwasher it. People are scared of soap but modern soap's fine, it was the lye in old soap. Flaxseed's overrated, it flakes. And do three or four coats in the oven before you start, the factory seasoning's thin. Oh, and no tomatoes for the first month."),
        c("Blimey. Sounds like a lot of faff. My mum just wiped hers out. I might leave it for now and have a think.", "think_it_over"),
    ],
))

# f05 -- Singapore, wholesale bakery, trial for a cafe group. Fault: a vague next step.
f05_0 = c("Hi, I'm the ops manager for a group of four cafes. We're looking for a new supplier for croissants and banana bread. Can you supply daily?", None)
f05_1 = t("We can. Which outlets, and roughly how many pieces per outlet per day?")
f05_2 = c("Raffles Place, Tanjong Pagar, Holland Village and Paya Lebar. About forty croissants and two loaves of banana bread each, daily. Weekends Holland V is double.", None)
f05_3 = t("So about a hundred and sixty croissants and eight loaves a day, double at Holland V on weekends. Our trucks do the CBD by six-thirty and Holland V and Paya Lebar by seven. Croissants are one-forty each at that volume, banana bread twenty-two a loaf.")
f05_4 = c("Price is about the same as now. Main thing is quality, our current ones go soft by lunch. We'd want a trial at one outlet first.", None)
f05_7 = t("I'll email you the details today.")
PAIRS.append(rpair(
    "b203r_f05_singapore_croissant_trial",
    "A cafe group's operations manager wants a one-outlet trial of croissants before switching four outlets. In `worse` the trainee leaves the trial vague.",
    better=[
        f05_0, f05_1, f05_2, f05_3, f05_4,
        t("Fair. Let's do Tanjong Pagar, Monday to Friday next week, forty croissants and two loaves a day at cost. I'll come by on Wednesday to see how they hold up at lunch, and call you the Friday after to decide."),
        c("Good, that's clear. Send me the confirmation.", None),
        f05_7,
    ],
    worse=[
        f05_0, f05_1, f05_2, f05_3, f05_4,
        t("Sure, we can definitely arrange a trial sometime. Let me check with the team and we'll get back to you."),
        c("Okay... when? We've had suppliers say that before and then nothing. I need to tell my outlet managers something.", "bad_experience"),
        f05_7,
    ],
))

# f06 -- New York, refrigeration repair, pizzeria prep table. Fault: over-promises.
f06_0 = c("Hi, our prep fridge at the pizzeria in Bushwick is running warm, like 48 degrees. Can you get someone out today?", None)
f06_1 = t("Let's try. Is it a reach-in or a prep table with the rail on top, and is the fan running?")
f06_2 = c("Prep table, the one with the rail. The fan's running, I can hear it, but the back's covered in ice.", None)
f06_3 = t("Ice on the back usually means the evaporator has iced up, often a defrost problem or a door gasket letting warm air in. For now, empty it into another fridge, unplug it and leave the lid open to defrost. That alone sometimes gets it cold again for a while.")
f06_4 = c("Okay, I'll move everything into the walk-in. Will your guy fix it today? Friday night's our biggest night.", None)
f06_7 = t("I'll text you when he's on his way. The call-out is $129 before any parts.")
PAIRS.append(rpair(
    "b203r_f06_newyork_prep_fridge",
    "A pizzeria's iced-up prep table is running at 48 degrees before a Friday rush. In `worse` the trainee guarantees an hour's arrival and a same-day fix without knowing the fault.",
    better=[
        f06_0, f06_1, f06_2, f06_3, f06_4,
        t("I've got a tech who can be there between two and four. If it's the gasket or the defrost timer, he usually carries those and it's fixed today. If it's the fan motor or a control board, the part may take a day, and he'll tell you on the spot."),
        c("Okay, two to four. Fingers crossed it's the easy one.", None),
        f06_7,
    ],
    worse=[
        f06_0, f06_1, f06_2, f06_3, f06_4,
        t("Absolutely, he'll be there within the hour and it'll be fixed today, guaranteed. These are always quick jobs, you'll be cold well before service."),
        c("Great, that's a relief. I'll tell my guys we're good for tonight.", None),
        f06_7,
    ],
))

# f07 -- Bath, coffee roaster, switching a cafe to a new espresso blend. Fault: closes before checking it works.
f07_0 = c("Hello, we've been trying the samples of your new espresso blend at our cafe in Bath. We're leaning towards switching over from the house blend.", None)
f07_1 = t("Good to hear. What have you liked about it so far, and has anything been tricky?")
f07_2 = c("The flavour's lovely on its own. In milk it gets a bit lost, though, and my staff struggle to dial it in. It runs fast.", None)
f07_3 = t("A fast shot is usually the grind. This blend is a touch lighter than the house, so it wants a finer grind and maybe a slightly higher dose, which would also help it in milk.")
f07_4 = c("Right. We haven't really tried changing the dose, we just tightened the grind a touch.", None)
f07_7 = t("In the meantime I'll send you a recipe card with the dose and grind we use on our own machine.")
PAIRS.append(rpair(
    "b203r_f07_bath_new_espresso_blend",
    "A cafe likes a new blend's flavour but can't yet dial it in or make it work in milk. In `worse` the trainee switches the standing order before it works.",
    better=[
        f07_0, f07_1, f07_2, f07_3, f07_4,
        t("Before you switch your whole order, let me come in on Tuesday morning and dial it in with your staff, and we'll taste it in flat whites together. If it still gets lost in milk, you stay on the house blend, no problem."),
        c("That'd be great. Tuesday's good, we're quiet before ten.", None),
        f07_7,
    ],
    worse=[
        f07_0, f07_1, f07_2, f07_3, f07_4,
        t("Brilliant, sounds like it's the one for you, then. I'll switch your standing order to the new blend from next week, twelve kilos as usual."),
        c("Hang on, we haven't got it working in milk yet. Twelve kilos of something my staff can't dial in? Let's not rush it.", "think_it_over"),
        f07_7,
    ],
))

# f08 -- Singapore, confinement food delivery. Fault: recommends before asking.
f08_0 = c("Hi, my wife just gave birth last week. My mother-in-law suggested confinement food delivery. I don't know anything about it, can you explain?", None)
f08_3 = t("For that we have a 28-day plan with a wine-free option: traditional soups and herbs, but no rice wine, and we can cut down the ginger. Two meals a day, lunch and dinner, delivered warm in thermal flasks.")
f08_4 = c("How much is it? Twenty-eight days sounds expensive.", "too_expensive")
f08_5 = t("The 28-day plan is $1,680, about $30 a meal. There's also a 14-day plan at $880 if you'd like to see how she finds it first, and you can extend later.")
f08_6 = c("Fourteen days first, I think. Let me check with my wife and her mum tonight.", "think_it_over")
PAIRS.append(rpair(
    "b203r_f08_singapore_confinement_meals",
    "A new father asks about confinement meal delivery for his wife after a caesarean. In `worse` the trainee recommends a rice-wine-heavy package before asking anything.",
    better=[
        f08_0,
        t("Congratulations! Happy to explain. Before I suggest anything, how is your wife doing, and is there anything she can't eat or doesn't like, or any preference on the traditional herbs?"),
        c("She's okay, but she had a C-section, so the doctor said no alcohol in the food. And she doesn't like too much ginger. Her mother wants the traditional one.", None),
        f08_3, f08_4, f08_5, f08_6,
    ],
    worse=[
        f08_0,
        t("Congratulations! Our most popular package is the 28-day Premium, with double-boiled soups, lots of ginger and rice wine chicken every day, two meals a day."),
        c("Rice wine every day? She had a C-section, the doctor said no alcohol. And she doesn't like too much ginger.", None),
        f08_3, f08_4, f08_5, f08_6,
    ],
))

# f09 -- Portland, Maine, kitchen equipment, vacuum sealer for a seafood restaurant. Fault: unexplained jargon.
f09_0 = c("Hey, I run a seafood place in Portland, Maine. We want to start vacuum-packing our lobster stock and portioning fish. Do we need a fancy machine or is a cheap one fine?", None)
f09_1 = t("Depends what you're sealing. Will you be packing liquids like the stock, or mostly solid portions?")
f09_2 = c("Both. The lobster stock in bags for the freezer, and halibut portions. Maybe thirty bags a day.", None)
f09_5 = t("For thirty bags a day, a tabletop chamber machine is plenty. I can bring one by on Monday so you can seal a batch of stock yourself.")
f09_6 = c("Monday we're closed and nobody's here. Tuesday morning?", "no_time")
PAIRS.append(rpair(
    "b203r_f09_portland_maine_vacuum_sealer",
    "A seafood restaurant owner asks whether a cheap vacuum sealer will do for lobster stock and fish portions. In `worse` the trainee answers in unexplained specifications.",
    better=[
        f09_0, f09_1, f09_2,
        t("Then you want a chamber sealer, not the kind that sucks air out through a nozzle. The nozzle kind pulls liquid into the machine. A chamber one takes the air out of the whole box around the bag, so the stock stays put. A tabletop one is about $1,200."),
        c("Got it, so the cheap ones can't really do soup. That makes sense.", None),
        f09_5, f09_6,
    ],
    worse=[
        f09_0, f09_1, f09_2,
        t("For liquids you'll want a chamber unit, not an external. Look for at least a 16-inch bar, a 21 cubic meter per hour oil pump and programmable gas flush. About $1,200."),
        c("Sorry, I don't know what half of that means. Is the gas thing something I need? I just want to freeze soup.", None),
        f09_5, f09_6,
    ],
))

# f10 -- Leeds, butcher, meat for a company barbecue. Fault: talks about themselves.
f10_0 = c("Hi, I'm organising a summer barbecue for a company in Leeds, about a hundred and twenty people, next month. Do you do meat for events?", None)
f10_1 = t("We do. What sort of barbecue are you picturing, and who's cooking on the day?")
f10_2 = c("Burgers, sausages, maybe chicken skewers. We've hired a chap with a big grill. I've no idea about quantities, I've never done this.", None)
f10_5 = t("For a hundred and twenty with fifteen veggies, I'd do a hundred and five burgers, a hundred and sixty sausages, and halal chicken skewers for about sixty. I'll get veggie burgers in from our supplier. That comes to roughly four hundred and ten pounds.")
f10_6 = c("Four-ten is a bit more than the budget I was given. Could we drop the skewers to forty?", "no_money")
f10_7 = t("We can, that brings it to about three-seventy. I'll email you the list so you can get it signed off.")
PAIRS.append(rpair(
    "b203r_f10_leeds_company_barbecue",
    "A first-time organiser needs meat quantities for a 120-person company barbecue. In `worse` the butcher talks about his own history and awards instead of her event.",
    better=[
        f10_0, f10_1, f10_2,
        t("No problem, that's what I'm here for. For a hundred and twenty, I'd plan about one burger and one and a half sausages each, plus skewers for about half, because people take them as well as, not instead of. Any vegetarians, or halal needs?"),
        c("About fifteen veggies, and there's a few Muslim colleagues, so halal chicken would be good.", None),
        f10_5, f10_6, f10_7,
    ],
    worse=[
        f10_0, f10_1, f10_2,
        t("No problem. I've been doing this thirty years, my dad had the shop before me, and we've done some massive dos. The rugby club last year, three hundred people, and a wedding in Harrogate with a hog roast, that was something. My sausages won Yorkshire's best in 2019."),
        c("Right... that's nice. But how much do I actually need for a hundred and twenty? About fifteen are veggie, and we'd want halal chicken.", None),
        f10_5, f10_6, f10_7,
    ],
))
