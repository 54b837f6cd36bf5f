"""Ranked pairs f01-f10: both sides share every turn (the same Python objects) except one fault in `worse`
and the customer's reaction to it. Hand-written for blind55."""
from common import c, rpair, t

PAIRS = []

# f01 - the fault: drops the price before asking anything
o = c("Dag, I own a small café near the Korenmarkt, Café Lieve. We're looking for a new bakery for our croissants and bread. Our current one is late half the time.", None)
t1 = t("Late is the worst thing for a café. What time do you open, and roughly how much a day?")
c1 = c("Half past seven. About sixty croissants at the weekend, forty on weekdays, and six sourdough loaves for the toasts.", None)
t2_good = t("Is it only the timing that's wrong with the current one, or the quality too?")
c2_good = c("Mostly timing. The croissants are good, but if they come at eight I've lost the morning crowd.", None)
t2_bad = t("For you I can do the croissants at 0.70 instead of 0.85, and sourdough at 3.80. Lower than anyone in Ghent.")
c2_bad = c("That's cheap. Our last cheap bakery used margarine in the croissants. And I mostly need it before half seven.", "bad_experience")
t3 = t("We deliver on your side of town between six and quarter to seven, so it's there before you open. Try a week of deliveries before you decide?")
c3 = c("A trial week, yes. From Monday?", None)
t4 = t("Monday. I'll come by on Friday with samples so your staff can taste them first.")
PAIRS.append(rpair(
    "b55r_f01_ghent_bakery_wholesale",
    "Ghent, Belgium: a café owner looks for a new wholesale bakery because deliveries arrive late. In worse, the seller "
    "cuts the price before asking what matters, which makes the customer suspicious of quality; everything else is shared.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f02 - the fault: over-promises (turtles guaranteed)
o = c("Hi, we're thinking about a reef trip tomorrow. My wife's not a strong swimmer, and honestly she mostly wants to see a turtle.", None)
t1 = t("Good to know. How is she in the water, happy with a vest and a noodle, or not keen to get in at all?")
c1 = c("She'll get in with a vest. She just panics if she can't touch the bottom, so deep water's a worry.", None)
t2_good = t("Then the cay trip suits her: it's shallow round the sandbank, you walk in from the beach, and a guide swims with the nervous ones. Turtles are there most days, but they're wild, I can't promise. Maybe seven days in ten.")
c2_good = c("Seven in ten's not bad. And the shallow bit sounds like her.", None)
t2_bad = t("Then the cay trip's perfect. You'll definitely see turtles, guaranteed, they're there every single day, she'll be swimming right next to them.")
c2_bad = c("Guaranteed? A tour in Bali told us that and we saw nothing, they just shrugged.", "bad_experience")
t3 = t("There's a semi-submersible included too, so even if she doesn't feel like getting in, she sees the reef dry. It's 220 each with lunch.")
c3 = c("220 each, hmm. The one in the hotel brochure is cheaper.", "too_expensive")
t4 = t("That one goes to an outer pontoon, deep water, no guide in the water with you. For her I'd pay the difference, but it's your call.")
PAIRS.append(rpair(
    "b55r_f02_cairns_reef_trip",
    "Cairns, Queensland: a man books a reef trip for himself and his wife, a nervous swimmer who wants to see a turtle. "
    "In worse, the seller guarantees turtles, which reminds the customer of being let down before; the rest is shared.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f03 - the fault: unexplained jargon
o = c("Hei. The heater in our apartment sauna died. It's old, from the nineties. I need a new one, but I don't know anything about them.", None)
t1 = t("How big is the sauna, roughly, and is it all wood panel, or is there glass or tiles?")
c1 = c("Small, for two people. Maybe one metre by one and a half. Wood, and a small glass door.", None)
t2_good = t("Then a heater of about 4.5 to 6 kilowatts is right; the old one was probably 6. The new one has to match the cable already in the wall, so our electrician checks that before anything is ordered. Same visit.")
c2_good = c("Good, I wouldn't know what cable it is anyway.", None)
t2_bad = t("Then 6 kW on a 3 by 10 A supply, 400 volts, separate control unit, safety distances per the EN standard, and if you've got 2.5 square cabling you're fine, otherwise we pull new MMJ.")
c2_bad = c("Sorry, I didn't understand any of that. Is it a problem or not?", None)
t3 = t("A good mid-range one is the Harvia Vega, 420 euro, and our electrician installs it for about 180, taking the old one away.")
c3 = c("Six hundred together. I'll ask the housing company first, they may have rules about who can install.", "think_it_over")
t4 = t("Good idea, many do. Here's my card. Call when you know, we can usually come within a week.")
PAIRS.append(rpair(
    "b55r_f03_tampere_sauna_heater",
    "Tampere, Finland: a woman whose old apartment-sauna heater has died asks for help choosing a new one. In worse, "
    "the seller answers with electrical jargon she cannot follow; the rest is shared.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f04 - the fault: argues with the customer
o = c("Hello, I'd like a suit made for my brother's wedding in August. It's outdoors, in Sicily. I'm thinking navy.", None)
t1 = t("Outdoors in Sicily in August, it will be very hot. Were you thinking wool or linen?")
c1 = c("I don't know, what do you think? I sweat a lot, to be honest.", None)
t2_good = t("For that heat, a linen-wool blend: it breathes and doesn't crease like pure linen. Navy works, and a lighter blue is a bit cooler in the sun. Want to see both?")
c2_good = c("Show me both. I like navy, but cooler is good.", None)
t2_bad = t("Navy for an outdoor summer wedding is a mistake, really. Dark colours are for winter. You should do beige, everybody knows that.")
c2_bad = c("Well, I like navy. And the groom's side are all wearing navy, it's my brother's wedding.", None)
t3 = t("Feel these two. In the linen-wool it's 190 dollars, ready in two days with one fitting tomorrow.")
c3 = c("Two days is fine, we leave on Friday. But I want my wife to see the fabric first, she's at the hotel.", "think_it_over")
t4 = t("Of course. I'll keep both swatches aside with your name. Come back with her this afternoon and we'll measure you then.")
PAIRS.append(rpair(
    "b55r_f04_hoian_linen_suit",
    "Hội An, Vietnam: a tourist orders a tailored suit for an outdoor August wedding in Sicily and wants navy. In worse, "
    "the tailor argues that navy is wrong instead of advising; the rest is shared.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f05 - the fault: a vague next step
o = c("Buenas. I have five hectares of vines in Cafayate, flood irrigation from the canal. I want to look at drip. The water turns get shorter every year.", None)
t1 = t("They do, everybody up there says the same. How long is your turn now? With drip you'd store the turn in a pond and water from it, so is there room for one, thirty by twenty metres or so?")
c1 = c("Six hours every twelve days, it used to be eight. There's a corner at the bottom of the property that floods anyway. That could work.", None)
t2 = t("For five hectares, pond lining, filter, pump and drip lines, it's around 18 to 22 thousand dollars. There's a provincial loan for water saving that covers half.")
c2 = c("Eh, that's a lot. The harvest was bad last year, the hail.", "no_money")
t3_good = t("I know. Let's get the real number first: I'll come to Cafayate on Thursday the 14th, measure the corner and the rows, and send you the quote by the Monday after, with the loan form filled in as far as I can.")
c3_good = c("Thursday the 14th, good. Come in the morning, after noon it's too hot.", None)
t3_bad = t("Understood. We'll be in touch at some point and see what we can do.")
c3_bad = c("In touch when? My next turn is in three weeks. Just send me a brochure, then.", "brush_off")
PAIRS.append(rpair(
    "b55r_f05_salta_drip_irrigation",
    "Salta province, Argentina: a grower with five hectares of vines in Cafayate asks about moving from canal flood "
    "irrigation to drip. In worse, the seller ends with a vague 'we'll be in touch' instead of a dated visit and quote.",
    better=[o, t1, c1, t2, c2, t3_good, c3_good],
    worse=[o, t1, c1, t2, c2, t3_bad, c3_bad],
))

# f06 - the fault: doubts the customer's honesty
o = c("Hello, my phone stopped charging two days ago. It's only eight months old, I bought it here. Is it under warranty?", None)
t1 = t("Let's look. Do you have the receipt, or the number you bought it with?")
c1 = c("Yes, here's the receipt. It just stopped. I plug it in and nothing happens.", None)
t2_good = t("Thank you. It's under warranty until February. Before anything else, let me look inside the port.")
c2_good = c("Please. I need it for work, I drive a tuk-tuk and my customers call me.", None)
t2_bad = t("Eight months and the port's gone? Honestly, most people who come in with this dropped it or got it wet. Are you sure it didn't fall?")
c2_bad = c("I'm sure! I'm not lying. I need it for work, I drive a tuk-tuk.", None)
t3 = t("There's lint packed deep in the port, from the pocket, very common. I'll clean it and try our charger... there, it's charging. No charge for this.")
c3 = c("That's all? Thank you! Should I buy a new charger also?", None)
t4 = t("Your charger is fine. Just clean the port now and then with a wooden toothpick, gently.")
PAIRS.append(rpair(
    "b55r_f06_kandy_phone_charging",
    "Kandy, Sri Lanka: a tuk-tuk driver's eight-month-old phone has stopped charging and he asks about the warranty. In "
    "worse, the technician suggests he dropped it and is lying; the rest, including the simple fix, is shared.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))
# f07 - the fault: an unasked lecture
o = c("Hi, we'd like to book the cooking class on Saturday for two. We're both vegetarian, is that a problem?", None)
t1 = t("Not at all. On Saturday we make orecchiette by hand with cime di rapa, and the second course is usually lamb. Do you eat cheese and eggs?")
c1 = c("Cheese and eggs, yes. No meat or fish, not even anchovies.", None)
t2_good = t("Good that you said anchovies, we normally put them in the cime di rapa. We'll leave them out, and instead of the lamb the chef does peperoni cruschi with fresh ricotta.")
c2_good = c("Perfect, that sounds lovely.", None)
t2_bad = t("Well, you know, Lucanian cooking is peasant food, meat was rare, so vegetarians are closer to the tradition than people think. But the anchovy is really essential in cime di rapa, the whole balance of the dish is its salt, my grandmother always said without it it's just boiled greens...")
c2_bad = c("Right... but can you leave them out? We really don't eat fish.", None)
t3 = t("So, no anchovies and a vegetarian second course. It's 95 each, with lunch and wine, ten till two.")
c3 = c("95 each... we were thinking more like 60. Is there something shorter?", "too_expensive")
t4 = t("There's the pasta class on Sunday morning, two hours, 55 each. No second course, but you make the orecchiette and eat them.")
PAIRS.append(rpair(
    "b55r_f07_matera_cooking_class",
    "Matera, Basilicata, Italy: a vegetarian couple book a cooking class. In worse, the host gives an unasked lecture on "
    "tradition and the anchovy instead of simply adapting the menu; the rest is shared.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f08 - the fault: talks about themselves
o = c("Kia ora. I've just driven up from Wellington and my back's wrecked. What would you recommend?", None)
t1 = t("That's a long drive. Just a soak, or a massage as well? And how long have you got?")
c1 = c("A couple of hours. I'm meeting friends for dinner at seven.", None)
t2_good = t("Then the lake-view pools, the 39 and 41 degree ones are good for backs, and a 30-minute back and shoulder massage after. Soak first so the muscles are loose.")
c2_good = c("Sounds perfect. What does that come to?", None)
t2_bad = t("Oh, I know exactly what that's like! I drove down to Wellington last month for my cousin's wedding, eight hours with the kids screaming in the back, my back was gone for a week. I do yoga every morning now, it's changed my life. Anyway, the lake-view pools.")
c2_bad = c("Right... okay. Sorry, what's in the lake-view pools, and what does it cost?", None)
t3 = t("The lake-view pools are 65, and with the 30-minute massage it's 155 all up. There's a massage slot at quarter past four.")
c3 = c("155... I'll do the pools and skip the massage, I think. I've spent enough on petrol today.", "no_money")
t4 = t("Fair enough, pools it is. If your back's still sore afterwards, ask at the massage desk, they can sometimes fit you in later.")
PAIRS.append(rpair(
    "b55r_f08_rotorua_thermal_spa",
    "Rotorua, New Zealand: a woman with a sore back after a long drive asks what to book at a thermal spa. In worse, the "
    "receptionist tells her own driving and yoga story instead of answering; the rest is shared.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f09 - the fault: recommends before asking
o = c("Dobar dan. I rent out three small boats to tourists in summer, here in Split. Until now I do the books myself, but the tax office sent me a letter. I think I need an accountant.", None)
t1_good = t("Let's see what the letter says first. Do you have it with you? And are you an obrt, or a company?")
c1_good = c("Yes, here it is. I'm obrt, flat-rate, since 2019.", None)
t1_bad = t("You need to set up a d.o.o. and take our full bookkeeping package, 250 a month. That's what all our boat rental clients do.")
c1_bad = c("A company? I have three boats. I don't need all that. Can you just look at the letter first? I'm obrt, flat-rate.", "no_need")
t2 = t("Right... they say last year's income went over the flat-rate limit, so from this year you're taxed on real profit and need proper books. Was last year unusually good?")
c2 = c("Yes, very good season, we had the new boat. This year maybe less, I don't know.", None)
t3 = t("Then two ways. If this year will be under the limit again, you can ask to go back to flat-rate next year. If not, you need double-entry books, about 120 a month with us for your size. Bring me last year's bookings and we'll see which.")
c3 = c("Not this week, the boats are out every day till Sunday. Can it wait until next week?", "no_time")
PAIRS.append(rpair(
    "b55r_f09_split_boat_rental_accounts",
    "Split, Croatia: a man who rents out three boats and keeps his own books has a letter from the tax office and thinks "
    "he needs an accountant. In worse, the accountant prescribes a company and a full package before reading the letter "
    "or asking anything; the rest is shared.",
    better=[o, t1_good, c1_good, t2, c2, t3, c3],
    worse=[o, t1_bad, c1_bad, t2, c2, t3, c3],
))

# f10 - the fault: closes before checking the thing works
o = c("Hi, I sell coffee and papayas at the Hilo farmers market, Wednesdays and Saturdays. People keep asking if I take cards. What do I need?", None)
t1 = t("A little reader that pairs with your phone. What phone do you have, and how's the signal at your stall?")
c1 = c("iPhone, kind of old. Signal's patchy, I'm under a tarp at the back on the bay side.", None)
t2_good = t("Patchy signal matters. Before you buy anything, let's check your phone can run the offline mode.")
c2_good = c("Sure, what do I look at?", None)
t2_bad = t("Great, this reader's 59 dollars and 2.6 percent a tap. I'll ring it up, you'll be taking cards on Wednesday.")
c2_bad = c("Hold on. Does it even work with my phone? My sister bought one of these for her lei stand and it never connected.", "bad_experience")
t3 = t("Settings, General, About... 14.8. Offline mode needs 15 or newer, and your phone can take it, so update it tonight on wifi. Offline mode stores the payments and sends them when you're back on signal.")
c3 = c("Okay, I'll update it tonight. And if it still doesn't work at the market?", None)
t4 = t("Bring the phone in Tuesday after the update and we'll do a test payment here with the signal switched off. If it doesn't work, you don't buy it.")
PAIRS.append(rpair(
    "b55r_f10_hilo_market_card_reader",
    "Hilo, Hawaiʻi: a farmers' market stallholder with an old iPhone and patchy signal asks what she needs to take cards. "
    "In worse, the seller rings up the reader before checking it will work with her phone and signal; the rest is shared.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))
