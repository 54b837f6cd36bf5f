"""b154 ranked pairs d01-d10: two decent conversations, better digs deeper."""
from common import c, rpair, t

N = None
PAIRS = []

o = c("Upstairs is eighty-four every afternoon. I figure the unit's too small. What's it cost to go up a size?", N)
PAIRS.append(rpair(
    "b154r_d01_hvac_upstairs_hot",
    "HVAC contractor, Columbia, South Carolina, home visit; a hot upstairs.",
    [o,
     t("Could be. Has upstairs always been like this, or is it new this summer?"),
     c("Used to be fine. Started after we had insulation blown in the attic in April.", N),
     t("That's a clue. Insulation crews knock ducts loose, and a bigger unit won't fix a loose duct. Can I go up and look?"),
     c("Go ahead. Hatch is in the hall closet.", N),
     t("The back bedroom's supply is off its boot, blowing into the attic. Reconnecting and sealing is $185. I'd do that and see how it runs a week before buying anything."),
     c("A hundred eighty-five instead of eight thousand? Do it.", N)],
    [o,
     t("Going up half a ton is common. What size is it now? It's on the sticker outside."),
     c("Says 3-ton. House is about two thousand square feet.", N),
     t("Two floors, two thousand feet, 3.5 tons is reasonable. Installed, about $8,200, financing at 6.9%."),
     c("Eight thousand. Whew. The unit's only five years old.", "too_expensive"),
     t("It's a big number. I can also quote a ductless mini-split just for upstairs, about $4,500."),
     c("Write both up. I'll talk to my wife.", "think_it_over")]))

o = c("I want a diesel. Three-quarter ton. What y'all got?", N)
PAIRS.append(rpair(
    "b154r_d02_truck_diesel_or_gas",
    "Pickup dealership, Conway, Arkansas; a walk-in set on a diesel.",
    [o,
     t("We've got three. Before we walk out, what'll you pull, and how often?"),
     c("Camper, about nine thousand. Twice a year to the Gulf. Otherwise sixty mile a day to work.", N),
     t("Honest answer: the gas V8 pulls nine thousand fine and costs about $9,000 less, and diesel fuel, DEF and emissions repairs add up. Diesel pays if you tow every week."),
     c("Huh. My brother-in-law swears by his diesel, though.", N),
     t("Does he tow a lot? Then he's right for him. Let's drive both back to back and you decide."),
     c("Not today, I got to get my girl from ball practice. Saturday mornin'?", "no_time")],
    [o,
     t("Good choice. White, black, or the silver with the tow package. What'll you be pulling?"),
     c("Camper, about nine thousand. Couple times a year.", N),
     t("Any of these pull that easy. The silver has fifth-wheel prep and the big screen, $67,900, 5.9% for 72 months."),
     c("That's a lot of truck. What's the payment?", N),
     t("About $1,120 a month with ten down. Want to drive it?"),
     c("Sure. But I ain't decidin' today.", "think_it_over")]))

o = c("My neighbor said y'all got a plan where the bill's the same every month. I need that. January about killed me.", N)
PAIRS.append(rpair(
    "b154r_d03_coop_budget_billing",
    "Rural electric co-op, Mississippi Delta, phone; a member asks for budget billing.",
    [o,
     t("Budget billing, yes, it averages your last twelve months. What was January, and what's a normal month?"),
     c("January three-forty. Summer maybe one-sixty.", N),
     t("So about $220 every month. It evens things out but doesn't lower the total. What heats the house?"),
     c("It's a '98 single-wide. Electric heat. Wind comes through the floor.", N),
     t("Then January was partly heat leaking out. Our free weatherization crew skirts and seals underneath. I'll sign you up for both."),
     c("Free? Alright. Just not a Wednesday, that's my dialysis day.", N)],
    [o,
     t("Yes sir, budget billing averages your last twelve months. Account number?"),
     c("30-2281-04.", N),
     t("Your average is about $220 a month starting next bill, and we settle up once a year in August."),
     c("Two-twenty every month? Even summer? That's more than I pay in summer.", "too_expensive"),
     t("Yes, but winter's less. It averages out. Go ahead?"),
     c("I reckon. Go ahead.", N)]))

o = c("How much would y'all give me for this necklace? It was my grandmama's. I need four hundred for rent by the fifth.", N)
PAIRS.append(rpair(
    "b154r_d04_pawn_grandmother_necklace",
    "Pawn shop, Jackson, Tennessee; a woman needs rent money and brings a family necklace.",
    [o,
     t("It's lovely. Before I weigh it, do you want to sell it, or borrow and get it back? Since it was hers, I want to ask."),
     c("I'd rather get it back. I get paid the fifteenth, I just need to get past the fifth.", N),
     t("Then a loan. I can lend $420; the fee is 20% for the month, even if you pick it up in ten days. Selling, I'd pay $600, but it's gone."),
     c("Eighty-some dollars for ten days. That hurts.", "too_expensive"),
     t("It does. Borrow exactly four hundred and it's $80. And some landlords take half now, half on the fifteenth. Worth a call first."),
     c("I'll call him first. If he won't, I'll be back tomorrow.", "think_it_over")],
    [o,
     t("Let's see. Fourteen karat, about twenty-two grams. I can pay $600 cash today."),
     c("Six hundred. I was hopin' to get it back, though.", N),
     t("Then pawn it: $420 loan, 30 days to pick it up, 20% fee."),
     c("Alright. I reckon that works.", N),
     t("Let me see your ID and I'll write the ticket."),
     c("Here you go.", N)]))

o = c("I'm tryin' to figure what my knee surgery's gonna cost. Doctor wants January. I'm self-employed, I got the high-deductible plan.", N)
PAIRS.append(rpair(
    "b154r_d05_hospbill_knee_estimate",
    "Hospital billing, Greenville, South Carolina, phone; a roofer asks for a surgery estimate.",
    [o,
     t("Let's work it out. How much of your deductible have you met this year?"),
     c("All of it, I think. MRI and an ER visit in the spring. Six thousand deductible.", N),
     t("Then surgery before December 31st costs only your coinsurance up to the max, maybe $1,500. In January the deductible restarts: about $7,500."),
     c("Six thousand difference? Nobody told me. But the doctor said January.", N),
     t("Ask his scheduler for a December slot. I'll confirm with your insurer the deductible's met and call tomorrow with exact numbers."),
     c("Please do. That's real money for me.", N)],
    [o,
     t("Sure. January, you said? Let me pull the estimate for the procedure."),
     c("January 14th, I think.", N),
     t("About $18,000 billed. You'd owe the $6,000 deductible plus 20% up to your max, around $7,500."),
     c("Seventy-five hundred. Lord. I can't pay that all at once.", "no_money"),
     t("We have interest-free plans up to 24 months, about $312 a month."),
     c("Alright. Send me that in writin'.", N)]))

o = c("We're havin' our reception at the church hall in May. We got about five thousand for food. Is that enough?", N)
PAIRS.append(rpair(
    "b154r_d06_caterer_wedding_budget",
    "Church-hall caterer, Lake Charles, Louisiana, phone; a bride with a $5,000 food budget.",
    [o,
     t("Could be plenty. How many people, and lunch or supper?"),
     c("Supper. Two hundred invited, but half my family never RSVPs and shows up anyway.", N),
     t("Then plan for 230. A buffet handles surprise guests easier than plated, and costs less. Any food needs?"),
     c("Buffet's fine. Jambalaya and fried catfish. My grandpa's diabetic, too.", N),
     t("Jambalaya, catfish, salad, rolls, plus grilled chicken for your grandpa, 230 at $19.50 with servers: $4,485. Under five."),
     c("That's perfect. Can I bring Mama to a tastin'?", N)],
    [o,
     t("Congratulations! Our Bayou Buffet is popular: jambalaya, catfish, two sides, rolls, $21 a person with servers."),
     c("We invited two hundred.", N),
     t("That's $4,200, under budget. A 30% deposit holds the date."),
     c("Let me talk to my fiancé and call back about the deposit.", "think_it_over"),
     t("Sounds good. May books fast."),
     c("Will do.", N)]))

o = c("Um. Hi. Our anniversary's Friday. Twenty-five years. I don't really know what to get her.", N)
PAIRS.append(rpair(
    "b154r_d07_jewelry_shy_husband",
    "Jewelry store, Florence, Alabama; a shy husband shopping for a 25th anniversary.",
    [o,
     t("Twenty-five years, congratulations. No rush. What does she wear every day?"),
     c("Her ring. And little pearl earrings her mama gave her. She don't like big stuff.", N),
     t("Then a single pearl on a thin chain would match those earrings. This one's $260."),
     c("That's real pretty. I'd kinda planned on spendin' less, though.", "no_money"),
     t("What were you thinking? The same pearl on sterling is $165; next to her earrings you won't tell the difference."),
     c("The sterling one. Could you wrap it? I ain't good at that.", N)],
    [o,
     t("Congratulations! Twenty-five is silver. Our anniversary bands are popular, this diamond row is $1,200."),
     c("Oh. That's a lot. She don't really wear big stuff.", "too_expensive"),
     t("We have earrings too, diamond studs $450, pearl studs $180."),
     c("She's got pearl earrings. Her mama's.", N),
     t("Then maybe a pendant. This sterling heart is $95."),
     c("I reckon that'll do. Can you wrap it?", N)]))

o = c("I'm lookin' at compact tractors. Just bought ten acres outside Moultrie. Don't know much about 'em.", N)
PAIRS.append(rpair(
    "b154r_d08_tractor_ten_acres",
    "Tractor dealer, Moultrie, Georgia; a new small-acreage owner.",
    [o,
     t("Welcome to farm life. What'll it do the first year? Mow, grade, dig, move stuff?"),
     c("Bush-hog the pasture, grade the drive, a garden. Maybe round bales if we get a horse.", N),
     t("Round bales decide the size. Is the horse a real plan or a someday?"),
     c("Someday. She's been sayin' it ten years.", N),
     t("Then a 25-horse with a loader does everything now, about $23,000. I'd rather not sell you a 40-horse for a maybe. Drive it around the lot?"),
     c("Sure. I'd rather not spend what I don't have to.", N)],
    [o,
     t("For ten acres most folks go with our 38-horse, loader and a 5-foot bush hog. It'll do about anything."),
     c("What's that run?", N),
     t("About $36,500 with loader, bush hog and box blade. 0% for 60 months right now."),
     c("Thirty-six. Whew. That's more than I figured.", "too_expensive"),
     t("There's a 25-horse for about $23,000 if you'd like to see both."),
     c("Let me see both, then.", N)]))

o = c("Y'all's the third roofer to knock today. Last hailstorm one of you took my deposit and never came back. So make it quick.", "bad_experience")
PAIRS.append(rpair(
    "b154r_d09_roofer_after_hail",
    "Roofing contractor at the door, Texarkana, Texas, after a hailstorm; the owner was cheated before.",
    [o,
     t("I'm sorry that happened. No deposit, no signature. I'll look at the roof and show you pictures, and you decide what to do with them. All right?"),
     c("I leave for work at eight. If you can do it in fifteen minutes, go ahead.", "no_time"),
     t("Hail bruises on the north and west slopes, two cracked vent boots. That's a real claim. Call your insurer first; I'll be here free when the adjuster comes, if you want."),
     c("And if I don't use you, I owe you nothin'?", N),
     t("Nothing. Get two more bids once the adjuster's number's in. Here's my license number to look me up."),
     c("Alright. I'll call the insurance today.", N)],
    [o,
     t("Yes ma'am. We're local, fourteen years. Mind if I look at the roof? Free inspection."),
     c("Go on, I reckon.", N),
     t("Hail damage on two slopes, two cracked vent boots. Sign this contingency agreement and we handle the claim; you only pay your deductible."),
     c("I ain't signin' nothin' today. That's how I got burned last time.", "bad_experience"),
     t("Fair enough. Here's my card. Call once you've talked to your insurance."),
     c("Alright.", N)]))

o = c("Hey, I'm tryin' to book a cabin for our family reunion in July. About sixteen people. What y'all got?", N)
PAIRS.append(rpair(
    "b154r_d10_cabin_family_reunion",
    "Cabin rental office, Gatlinburg, Tennessee, phone; a family reunion booking.",
    [o,
     t("Sixteen, fun! Anybody older or with trouble on stairs? Many big cabins are up steep drives with three floors."),
     c("My mama's got a walker. Kids are little, a pool would be nice.", N),
     t("Then Laurel Ridge: main bedroom and bath on the ground floor, no steps from parking, fenced pool, $640 a night. I'd skip Bear Summit's steep drive with your mama."),
     c("Six-forty. We was hopin' under five hundred.", "too_expensive"),
     t("July is tough at sixteen. The week after the 4th, Laurel Ridge drops to $520."),
     c("The week after might work. Let me ask my sisters.", "think_it_over")],
    [o,
     t("Our most popular for sixteen is Bear Summit: seven bedrooms, game room, hot tub, view. $590 a night in July."),
     c("Sounds nice. We was hopin' under five hundred.", "too_expensive"),
     t("Most July cabins for sixteen are over five hundred. Bear Summit's great value. I can hold it 24 hours."),
     c("Let me ask my sisters and call you back.", "think_it_over"),
     t("Sounds good. Heads up, it's got a bit of a steep driveway."),
     c("Okay.", N)]))
