"""Ranked pairs f01-f10 (b106): both sides share every turn (same variables) except one fault in
`worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 - argues with the customer: hardware store, Barrie (spoken)
c0 = c("Hi. I bought this snowblower here in December and the shear pins keep snapping. That's the third one this month. I've got the broken pin right here.", None)
t1 = t("Thanks for bringing it in - three pins in a month is annoying. Where are you clearing when they break, the driveway itself or the bank at the end?")
c2 = c("The end, mostly. The city plow leaves that big ridge and I go right into it. Sometimes there's a chunk of ice in there.", None)
t3b = t("Okay, that makes sense. The pins are made to snap when the auger hits something hard, like a block of ice, so the gearbox doesn't break. That part's working the way it should.")
c4b = c("Huh. Okay, so it's not broken. I thought I got a lemon.", None)
t3w = t("Those pins don't just break on their own, not on this model. You must be hitting something bigger than snow, or running it too fast. I've sold forty of these and nobody else has this problem.")
c4w = c("I'm not making it up, I'm holding the pin. I hit the end of the driveway like everybody else.", None)
t5 = t("Here's what I'd do: take the bank at half width, slow, and keep spare pins in the tool bag. They're three bucks each. If one still snaps on soft snow, bring it back and we'll check the auger under warranty.")
c6 = c("Three bucks, fine. Give me a pack of five.", None)
t7 = t("Five pins - and I wrote the bolt size on the pack so you get the right ones next time.")
PAIRS.append(rpair(
    "b106r_f01_barrie_shear_pins",
    "A customer brings a snapped shear pin back to a Barrie hardware store. Worse argues that the pins cannot break on this model instead of explaining what they are for.",
    [c0, t1, c2, t3b, c4b, t5, c6, t7],
    [c0, t1, c2, t3w, c4w, t5, c6, t7]))

# f02 - doubts the customer's honesty: pharmacy, Kingston (spoken)
c0 = c("Hi, I'm going up to a cottage near Bancroft for three weeks on Saturday, and my thyroid refill isn't due till the twentieth. Can I get it early?", None)
t1 = t("Yes, that's common before holidays. Which medication, and how many do you have left?")
c2 = c("Levothyroxine. I've got, like, ten days left. I'll be gone twenty-one.", None)
t3b = t("So you'd run out partway through. We can do a vacation supply - most plans allow one early refill for travel. Let me send it through.")
c4b = c("Oh, good. I was worried you'd say no.", None)
t3w = t("Hmm. We get a lot of people saying they're travelling to get pills early. Can you show me something - a booking, anything - that says you're actually going?")
c4w = c("It's thyroid pills. Who would lie about that? It's my brother's cottage, there's no booking.", None)
t5 = t("It went through - your plan allows one early refill for travel. It'll be ready in about fifteen minutes. Is there a pharmacy near the cottage in case anything comes up?")
c6 = c("There's one in Bancroft, I think. I'll take a picture of the label just in case.", None)
t7 = t("Good idea. And don't leave them in a hot car.")
PAIRS.append(rpair(
    "b106r_f02_kingston_vacation_refill",
    "A customer at a Kingston pharmacy asks for an early thyroid refill before three weeks at a cottage. Worse doubts that the customer is really travelling.",
    [c0, t1, c2, t3b, c4b, t5, c6, t7],
    [c0, t1, c2, t3w, c4w, t5, c6, t7]))

# f03 - drops the price before asking anything: snow plowing, Sudbury (typed)
c0 = c("hi how much for seasonal snow plowing. im in val caron", None)
t1 = t("hi thanks for asking! depends on the driveway. is it single or double and about how long")
c2 = c("double, pretty long, like 60 ft. gravel", None)
t3b = t("ok thanks. for a 60 ft double gravel drive in val caron its 750 for the season. what time do you need to be out in the morning")
c4b = c("i leave 6:15 for my shift at the mine. 750 is a bit more than i paid last yr tbh", "too_expensive")
t3w = t("ok. normally its 750 for that but i can drop it to 600 for you right now, and 550 if you pay up front")
c4w = c("oh. ok. if its 600 why is it 750 normally lol. i leave 6:15 for the mine btw", None)
t5 = t("we plow at 5cm and the first pass on your road is done by 5:30 so you wont be waiting on us. season is nov 15 to apr 15")
c6 = c("ok. 5:30 works. send me the contract", None)
t7 = t("will do tonight, check your email")
PAIRS.append(rpair(
    "b106r_f03_sudbury_plow_price",
    "A shift worker in Val Caron asks a Sudbury plowing company for a seasonal price by text. Worse cuts the price unasked before learning what the customer needs, which makes the list price look padded.",
    [c0, t1, c2, t3b, c4b, t5, c6, t7],
    [c0, t1, c2, t3w, c4w, t5, c6, t7]))

# f04 - an unasked lecture: bank branch, Brandon (spoken)
c0 = c("Hi, I'd like to get the limit on my credit card raised. It's at three thousand, and I need to book flights for my daughter's wedding in Mexico, for four of us.", None)
t1 = t("Congratulations on the wedding! I can look at that. About how much will the flights come to?")
c2 = c("About forty-two hundred for the four of us. The hotel we pay there.", None)
t3b = t("Okay. With forty-two hundred plus your usual monthly spending, six thousand would give you some room. Does six sound right?")
c4b = c("Six is good.", None)
t3w = t("Okay. Before we do that, can I say something? A lot of people get into trouble putting trips on credit. At nineteen-point-nine percent, forty-two hundred can take years to pay off on the minimum. Have you thought about saving up for it first?")
c4w = c("The wedding's in March. I'm paying it off with my tax refund in April, I've done the math. I just need the limit.", None)
t5 = t("I'll put the request in for six thousand now. It's a quick credit check, and we usually have an answer in a few minutes.")
c6 = c("Great. If it's approved, can I book tonight?", None)
t7 = t("Yes, the new limit shows in the app right away once it's approved.")
PAIRS.append(rpair(
    "b106r_f04_brandon_credit_limit",
    "A parent at a Brandon branch asks for a higher credit card limit to book wedding flights. Worse lectures about credit card debt nobody asked about.",
    [c0, t1, c2, t3b, c4b, t5, c6, t7],
    [c0, t1, c2, t3w, c4w, t5, c6, t7]))

# f05 - a vague next step: HVAC company, Moncton (typed)
c0 = c("hi looking for a quote for a mini split for our upstairs, bedrooms get to like 30 in july", None)
t1 = t("hi! we do a lot of those. how many bedrooms upstairs, and is there an attic above them")
c2 = c("3 small bedrooms, yes attic. house is a 1.5 storey from the 70s", None)
t3 = t("ok, in a 1.5 storey the best is often one ducted unit in the attic feeding all 3 rooms, or a wall unit in the hallway if budget is tight. ducted is about 8-9k, hallway unit about 4500. wed need to see the attic to say which works")
c4 = c("4500 is more our speed honestly, if it works. 8-9k isnt happening this year", "no_money")
t5b = t("understood, then lets check the hallway option first. our estimator can come tues at 5 or thurs at 10, about 30 min, and you get a written price next day. which works")
c6b = c("tuesday at 5", None)
t5w = t("understood. well be in touch to set something up, someone will reach out when theres an opening")
c6w = c("ok... when though. its already june", None)
t7 = t("ill put your info in now. whats the best email for the quote")
PAIRS.append(rpair(
    "b106r_f05_moncton_minisplit_quote",
    "A homeowner asks a Moncton HVAC company's chat about cooling hot upstairs bedrooms. Worse ends with a vague 'someone will reach out' instead of a booked visit.",
    [c0, t1, c2, t3, c4, t5b, c6b, t7],
    [c0, t1, c2, t3, c4, t5w, c6w, t7]))

# f06 - over-promises: rural internet, near Steinbach (spoken, phone)
c0 = c("Hi, yeah, we're on a farm about ten minutes south of Steinbach, and our internet is terrible. The kids do school stuff, I do the books. What can you get out here?", None)
t1 = t("Okay, let's see what reaches you. What's the address or land location?")
c2 = c("It's off Road 34 East, the yard with the blue Quonset. There's a big shelterbelt on the west side, if that matters.", None)
t3b = t("It does matter - our fixed wireless comes from the tower in Steinbach, north-west of you. The plan is up to 50 megs, but with trees in the way I can't promise that until a tech checks the signal. A taller mast usually fixes a weak one.")
c4b = c("Up to fifty would still be way better than what we've got.", None)
t3w = t("No problem at all - you'll get the full 50 megs, guaranteed, no matter what. Our fixed wireless never has issues, rain or snow.")
c4w = c("Guaranteed? The last outfit said that too, and it cut out every time the wind blew.", "bad_experience")
t5 = t("The plan's 79 a month, install is free, and the tech checks the signal before mounting anything. If the signal isn't good enough, you don't pay a thing.")
c6 = c("Seventy-nine, okay. Can they come on a weekday morning? I'm in the yard then.", None)
t7 = t("I have Wednesday morning, eight to noon. I'll put you in.")
PAIRS.append(rpair(
    "b106r_f06_steinbach_rural_internet",
    "A farm family near Steinbach phones about fixed wireless internet. Worse guarantees full speed regardless of the shelterbelt, which the customer has heard before.",
    [c0, t1, c2, t3b, c4b, t5, c6, t7],
    [c0, t1, c2, t3w, c4w, t5, c6, t7]))

# f07 - closes before checking it works: marine supplier, Lunenburg (spoken)
c0 = c("Morning. My bilge pump quit on the weekend. Need a new one - it's for the 24-footer, inboard diesel.", None)
t1 = t("Morning. Did you bring the old one, or the model number? And it's a 12-volt system?")
c2 = c("Got it right here. Twelve volt. It's the 1100 gallon one.", None)
t3b = t("This 1100 is the same size. Before you take it, let me hook it to the bench battery so you see it run, and hold it against your old base - the clip changed on the new ones.")
c4b = c("Good idea. Last one I bought in Halifax didn't fit the base, had to drive all the way back.", None)
t3w = t("Same size, 1100, that's 89.99. I'll ring it up and you're good to go - card or cash?")
c4w = c("Card. Uh - you sure it fits the old base? Last one I bought in Halifax didn't, had to drive all the way back.", "bad_experience")
t5 = t("The clip did change, but there's an adapter plate in the box for the old bases. And the float switch is built in, so you don't need a separate one.")
c6 = c("All right. What's it come to with tax?", None)
t7 = t("103.49. Keep the receipt, and if anything's off, bring it back.")
PAIRS.append(rpair(
    "b106r_f07_lunenburg_bilge_pump",
    "A boat owner at a Lunenburg marine store replaces a dead bilge pump. Worse rings up the sale before testing the pump or checking it fits the old base.",
    [c0, t1, c2, t3b, c4b, t5, c6, t7],
    [c0, t1, c2, t3w, c4w, t5, c6, t7]))

# f08 - recommends before asking: cottage rental, Georgian Bay (typed)
c0 = c("hi we want a cottage on georgian bay for a week in july, 2 couples", None)
t1b = t("hi! nice. so i point you to the right place: which week in july, and what are you hoping for, swimming, boating, quiet, close to town")
c2b = c("3rd week. swimming mostly and a dock for our kayaks. one couple has a baby so quiet is good", None)
t1w = t("hi! youll love lighthouse point, huge deck, sleeps 10, hot tub, great party vibe, 3800 for the week")
c2w = c("sleeps 10 is a lot for 4 adults and a baby lol. we just want swimming and a dock for kayaks, quiet. 3rd week", "no_need")
t3 = t("then id look at cedar cove near honey harbour, 2 bdrm plus a crib, sandy swim spot, dock, very quiet bay. 3rd week of july is open, 2400 for the week")
c4 = c("2400 between 2 couples is fine. is the swim spot ok for a baby", None)
t5 = t("its shallow and sandy for about 15 m, so yes for wading with an adult. no lifeguard of course")
c6 = c("perfect. how do we book", None)
t7 = t("ill send the link, a 30% deposit holds it")
PAIRS.append(rpair(
    "b106r_f08_georgianbay_cottage_week",
    "Two couples, one with a baby, ask a Georgian Bay rental agency about a July week. Worse recommends a big party cottage before asking anything.",
    [c0, t1b, c2b, t3, c4, t5, c6, t7],
    [c0, t1w, c2w, t3, c4, t5, c6, t7]))

# f09 - unexplained jargon: bank branch, Charlottetown (spoken)
c0 = c("Hi, so, we're looking at buying our first house, in Stratford, and we don't really know how mortgages work. We've got about thirty thousand saved.", None)
t1 = t("Congratulations - that's a good start. What price range are you looking at, roughly, and do you both work?")
c2 = c("Around three-twenty, three-thirty. I'm a teacher, he works at the port. Both full-time.", None)
t3b = t("With thirty down on three-twenty, that's under twenty percent, so the mortgage needs insurance - a fee added to the loan. The first step is a pre-approval: we check your income and credit and tell you the most you can borrow, so you know your range before you look.")
c4b = c("Okay, a fee added to the loan. How much is that, like, in dollars?", None)
t3w = t("Okay. Under twenty down, you're high-ratio, so the CMHC premium gets added and you'd qualify at the stress-test rate. I'd look at a five-year fixed on a twenty-five-year am, or variable if you're okay with prime moving. We'll start with a pre-approval and pull your bureau.")
c4w = c("Sorry - I don't know what most of that means. High-ratio? Pull our what?", None)
t5 = t("Put simply: on three-twenty with thirty down, the insurance is roughly eleven thousand, added to the mortgage, not paid up front. The pre-approval is the first step - bring two pay stubs each and your last tax assessments.")
c6 = c("Eleven thousand on top. Hm. We'll have to think about that. But the pre-approval doesn't commit us to anything?", "think_it_over")
t7 = t("No commitment at all - it just tells you your range. Would Tuesday evening work for both of you?")
PAIRS.append(rpair(
    "b106r_f09_charlottetown_first_mortgage",
    "A first-time buyer asks at a Charlottetown branch how mortgages work. Worse answers in lender jargon the customer does not know.",
    [c0, t1, c2, t3b, c4b, t5, c6, t7],
    [c0, t1, c2, t3w, c4w, t5, c6, t7]))

# f10 - talks about themselves: wood stove dealer, Red Deer (spoken)
c0 = c("Hi, we're thinking about putting a wood stove in the basement. Our gas bill was crazy last winter.", None)
t1 = t("Good time to look at it. How big is the basement, and is there a chimney already, or would it be new?")
c2 = c("About eight hundred square feet, finished. No chimney. We'd need a new one.", None)
t3b = t("With no chimney you're looking at an insulated stainless chimney through the wall or roof - often as much as the stove. Do you have a source of wood, or would you buy it?")
c4b = c("We'd buy it. My brother-in-law sells cords out near Sylvan Lake.", None)
t3w = t("Oh, I love wood heat. I put one in my cabin at Gull Lake three years ago - best thing I ever did. I split all my own wood, it's like therapy. My wife thinks I'm nuts, ha.")
c4w = c("Ha, okay. We'd be buying the wood, though. My brother-in-law sells cords near Sylvan Lake.", None)
t5 = t("For eight hundred square feet this mid-size stove is plenty, 2,400, and the chimney and install would be around 4,000 more, plus a permit. Your home insurance will need to know about it too.")
c6 = c("Six and a half all in. That's more than I figured. I'll need to talk to my wife before we do anything.", "think_it_over")
t7 = t("Of course. I'll write it up with each part separate, insurance note included, so you have it all on one page.")
PAIRS.append(rpair(
    "b106r_f10_reddeer_wood_stove",
    "A homeowner at a Red Deer stove and fireplace shop asks about a basement wood stove. Worse talks about his own cabin instead of asking about the customer's setup.",
    [c0, t1, c2, t3b, c4b, t5, c6, t7],
    [c0, t1, c2, t3w, c4w, t5, c6, t7]))
