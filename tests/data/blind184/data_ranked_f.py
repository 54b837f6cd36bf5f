"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction
(written by hand for blind184)."""
from common import c, rpair, t

N = None


def f01():  # worse argues with the customer
    o = c("Hi, I've just had a delivery from you and the curry's stone cold. It took an hour and twenty minutes.", N)
    a = t("Sorry about that. Can I take your order number?")
    b = c("5521. Two lamb bhunas and rice.", N)
    fb = t("Thanks. I can see the driver got stuck on the ring road, so it left us late. No wonder it was cold, and it shouldn't have happened.")
    rb = c("Right. So what can you do?", N)
    fw = t("I've got it, but our bags keep food hot for over an hour, so it can't have been stone cold. Lukewarm, maybe.")
    rw = c("Are you telling me what my own dinner felt like? It was cold.", N)
    e = t("I'll refund the £28.50 now, or send a fresh one within 35 minutes, whichever you'd prefer.")
    f = c("The refund. It's too late to eat now.", "no_time")
    g = t("Done, three to five days. Sorry again.")
    return rpair("b184r_f01_takeaway_cold_curry",
                 "Phone, Indian takeaway (UK): a customer's delivery arrived late and cold.",
                 [o, a, b, fb, rb, e, f, g], [o, a, b, fw, rw, e, f, g])


def f02():  # worse doubts the customer's honesty
    o = c("Hi, I picked up a dozen cupcakes for my office an hour ago and there were only nine in the box.", N)
    a = t("Oh no, I'm sorry. What name was the order under?")
    b = c("Patel. I paid $42 for twelve.", N)
    fb = t("Thank you. I believe you; boxes get packed in a rush at lunchtime.")
    rb = c("It happens. Can I come by for the other three?", N)
    fw = t("Hm. Our staff count every box. Are you sure none got eaten before you opened it?")
    rw = c("Excuse me? I'm not making this up. Can I come by for the other three or not?", N)
    e = t("Of course. Three are set aside with your name, plus a cookie for the trouble. We're open till six.")
    f = c("Great, I'll swing by after work.", N)
    return rpair("b184r_f02_bakery_short_order",
                 "Phone, cupcake bakery (US): an office order was three cupcakes short.",
                 [o, a, b, fb, rb, e, f], [o, a, b, fw, rw, e, f])


def f03():  # worse drops the price before asking anything
    o = c("Hi, I'm looking at your bean-to-cup machines for a small farm shop café. Just starting to look around.", N)
    ab = t("Nice. What would you serve, and roughly how many cups a day?")
    bb = c("Lattes and teas for walkers, maybe forty at weekends, fewer in the week.", N)
    aw = t("Great. I can do you 20% off the lease right now, £89 a month instead of £110.")
    bw = c("Er, I don't even know which machine yet. About forty cups at weekends, mostly lattes.", N)
    e = t("At forty a day the compact model with automatic milk fits, and staff won't need barista training. Service is in the lease.")
    f = c("It's a three-year lease though. I'd want to see it working before I sign.", "think_it_over")
    g = t("Fair. We do a 30-day trial on site; if it doesn't suit, we collect it.")
    h = c("A trial sounds good. Send me the details.", N)
    return rpair("b184r_f03_farm_shop_coffee_lease",
                 "Phone, coffee machine leasing company (UK): a farm shop café owner starts looking at machines.",
                 [o, ab, bb, e, f, g, h], [o, aw, bw, e, f, g, h])


def f04():  # worse gives an unasked lecture
    o = c("Hiya, house party Saturday, about thirty people. I need something cheap and cheerful, red and white.", N)
    a = t("Lovely. Rough budget per bottle?")
    b = c("Six, seven quid at most. They're mostly students, they won't care.", N)
    fb = t("Then the Spanish Garnacha at £6.50 and the Portuguese white at £6.99 are easy drinkers. Twelve or more gets 10% off.")
    rb = c("Perfect. Six of each, then.", N)
    fw = t("Well, it's worth teaching them. Cheap wine often has added sugar, and wine is really about terroir. At that price you're mostly paying duty. Still, the Garnacha at £6.50 and the white at £6.99 are fine, 10% off twelve.")
    rw = c("Right. I didn't ask for a lesson. Six of each, I suppose.", N)
    e = t("That's £72.80 with the discount. Want a box to carry them?")
    f = c("Yes please.", N)
    return rpair("b184r_f04_wine_shop_party",
                 "Shop floor, wine merchant (UK): a customer wants cheap wine for a student house party.",
                 [o, a, b, fb, rb, e, f], [o, a, b, fw, rw, e, f])


def f05():  # worse gives a vague next step
    o = c("Hi, I'm planning a product launch for about 150 people on March 20th, evening, standing reception. Can you cater it?", N)
    a = t("We'd love to. What food are you imagining, and is there a budget per head?")
    b = c("Passed appetizers, a couple of light stations. Around $45 a head. I need a proposal by Friday for my VP.", N)
    d = t("So 150 guests, passed bites and two stations, about $45 a head, and a proposal your VP can see by Friday.")
    e = c("Exactly.", N)
    fb = t("I'll email two menu options by Thursday noon, so you have a day for questions, and call you at two that day to go through them.")
    rb = c("Perfect, that gives me time.", N)
    fw = t("Great. We'll put something together and get back to you soon.")
    rw = c("Soon meaning when? I really need it by Friday.", N)
    return rpair("b184r_f05_launch_catering_proposal",
                 "Phone, event caterer (US): a marketing manager needs a catering proposal for a product launch.",
                 [o, a, b, d, e, fb, rb], [o, a, b, d, e, fw, rw])


def f06():  # worse over-promises
    o = c("Hi, I need meat for a barbecue Saturday for twenty-five: burgers, sausages, some chicken. Can you deliver?", N)
    a = t("We can. Mostly adults? Any vegetarians?")
    b = c("Mostly adults, a few kids, two veggies bringing their own. Delivery by eleven, we light up at one.", N)
    d = t("Then thirty burgers, forty sausages and five kilos of marinated thigh. About £165.")
    e = c("Sounds right. And it'll definitely be there by eleven?", N)
    fb = t("The van runs eight till twelve, so I can't promise an exact time, but I'll put you first on the route, usually before ten. Or collect from seven if you want to be sure.")
    rb = c("First on the route's fine. Delivery, please.", N)
    fw = t("Absolutely, guaranteed by nine, and if there's any problem I'll drive it round myself.")
    rw = c("Brilliant. That's sorted, then.", N)
    g = t("Lovely. I'll take payment now and text you a confirmation.")
    return rpair("b184r_f06_butcher_bbq_delivery",
                 "Phone, butcher (UK): a customer orders barbecue meat for Saturday delivery.",
                 [o, a, b, d, e, fb, rb, g], [o, a, b, d, e, fw, rw, g])


def f07():  # worse closes before checking the machine will work there
    o = c("Hi, I want the two-group machine from your website for my café, the one on offer at £4,200.", N)
    a = t("Good choice for a busy café. How many coffees a day?")
    b = c("About 150. Our old single group can't keep up.", N)
    d = t("Then two groups is right; it'll handle that easily.")
    e = c("Great. How soon can you get it in?", N)
    fb = t("Within a week. One check first: it needs a 32-amp supply. Could you send a photo of your fuse board before I take payment?")
    rb = c("Sure, I'll send it tonight.", N)
    fw = t("Monday. Let me take your card now and I'll book the engineer.")
    rw = c("Done. Oh, does it need special power? We've only got normal sockets.", N)
    return rpair("b184r_f07_cafe_machine_power",
                 "Website chat, coffee equipment supplier (UK): a café owner wants to buy a two-group machine on offer.",
                 [o, a, b, d, e, fb, rb], [o, a, b, d, e, fw, rw])


def f08():  # worse recommends before asking
    o = c("Hello, I'm booking your private room for a client dinner on the 12th, fourteen people. Can we talk menus?", N)
    ab = t("Of course. Tell me about the group: who are the guests, and is there anything they do or don't eat?")
    bb = c("Visitors from a Japanese bank. Two don't eat pork, I know that, and I'd like it fairly formal.", N)
    aw = t("Of course. Go for our sharing feast: whole roast suckling pig, then the cheese trolley. It's our showpiece.")
    bw = c("Ah. They're from a Japanese bank and two don't eat pork. Formal would be better.", N)
    d = t("Then a plated three courses with a fish or beef main, so nobody has to ask. £75 a head.")
    e = c("That sounds right. Could you send the full menu?", N)
    g = t("This afternoon, with a form for your guests' dietary needs. I'll hold the room until Friday.")
    return rpair("b184r_f08_private_dining_menu",
                 "Phone, restaurant private dining (UK): a company books a formal client dinner for fourteen.",
                 [o, ab, bb, d, e, g], [o, aw, bw, d, e, g])


def f09():  # worse uses unexplained jargon
    o = c("Hi, we're a new café in Portland looking for a roaster to supply us. What would you recommend for espresso?", N)
    a = t("Congrats on the café. What do customers mostly order, and do you want classic or fruity espresso?")
    b = c("Lattes and mochas. Classic, chocolatey. Nothing sour.", N)
    fb = t("Then our Foundry blend, a medium roast from Brazil and Colombia. Chocolate and nuts, cuts through milk, nothing sour. $14 a pound wholesale.")
    rb = c("That sounds exactly right. Can we try it?", N)
    fw = t("Then our Foundry blend: Brazil natural and washed Colombian, 1.2 DTR, dialed at 19 in, 38 out, 28 seconds, 20% EY. $14 a pound wholesale.")
    rw = c("Sorry, you lost me after Brazil. I'd have to taste it, honestly.", N)
    e = t("I'll send two pounds free this week so your baristas can try it in lattes on your own machine.")
    f = c("Perfect, thanks.", N)
    return rpair("b184r_f09_roaster_espresso_blend",
                 "Phone, wholesale coffee roaster (US): a new café owner asks for an espresso recommendation.",
                 [o, a, b, fb, rb, e, f], [o, a, b, fw, rw, e, f])


def f10():  # worse talks about themselves
    o = c("Hi, I'm organising our office Christmas do, about thirty of us, a Friday in December. Do you do party menus?", N)
    a = t("We do. Which Friday, and sit-down or more drinks and nibbles?")
    b = c("The 13th. Sit-down, then drinks. Last year the place lost our booking, so I'm a bit nervous.", N)
    fb = t("Sorry that happened, that's horrible when you're the organiser. I'll ring you the Monday before to check numbers, so nothing gets lost.")
    rb = c("That would really help, thank you.", N)
    fw = t("Oh, tell me about it. I once had forty people at my brother's stag and the venue had double-booked. In the rain. Nightmare. Anyway.")
    rw = c("Right... so you'll confirm ours in writing, then?", N)
    e = t("It'll all be in writing. The 13th is free: three courses at £38 a head, and the area by the fire after. Menu and form by email today.")
    f = c("£38 is more than last year. I'll need to check with my boss.", "think_it_over")
    return rpair("b184r_f10_pub_christmas_party",
                 "Phone, pub restaurant (UK): an office manager books a Christmas party for thirty.",
                 [o, a, b, fb, rb, e, f], [o, a, b, fw, rw, e, f])


PAIRS = [f01(), f02(), f03(), f04(), f05(), f06(), f07(), f08(), f09(), f10()]
