"""blind174 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and
the customer's reaction to it. Hand-written."""
from common import c, t, rpair

P = PAIRS = []

# f01: worse argues with the customer
o = c("Thanks for showing us round. Honestly, the ceremony room felt smaller than it looked online.", None)
a1 = t("Thanks for saying so. How many are you expecting at the ceremony?")
b1 = c("About 110. My family's big. And the place in Ludlow had a bigger room for less, if I'm honest.", "too_expensive")
a3 = t("For 110 we open the folding doors into the garden room, so everyone has a seat and a view. A wedding is set up that way on Saturday morning; would you like to pop in and see it?")
b3 = c("Yes, Saturday morning. That would really help.", None)
P.append(rpair(
    "b174r_f01_shropshire_venue_small_room",
    "A couple finish a tour of a Shropshire manor venue and worry the ceremony room is small.",
    [o, a1, b1,
     t("That's a fair worry with a big family; nobody wants to be stood at the back."),
     c("Exactly. My nan would never forgive me.", None),
     a3, b3],
    [o, a1, b1,
     t("It isn't small, honestly. Loads of couples fit 110 in there, and the photos aren't misleading."),
     c("Well, it felt small to us, and we're the ones getting married in it.", None),
     a3, b3]))

# f02: worse doubts the customer's honesty
o = c("Hi, I picked up my dress Saturday, and when I unzipped the bag at home there's a tear in the train. Like two inches.", None)
a1 = t("Oh no, I'm sorry. Can you show me where?")
b1 = c("Here, by the seam. I didn't even take it out of the bag until Sunday.", None)
a3 = t("Our seamstress can repair it invisibly by Thursday at no charge, and the manager will inspect it with you at collection. Your wedding's the 22nd, so there's time.")
b3 = c("Thursday's fine. I just need it perfect.", None)
P.append(rpair(
    "b174r_f02_sandiego_bridal_torn_train",
    "A bride brings her dress back to a San Diego bridal shop with a tear found after pickup.",
    [o, a1, b1,
     t("I see it. It's right along the seam, which usually means it caught when we bagged it. That's on us."),
     c("Okay. Thank you for not making me feel crazy.", None),
     a3, b3],
    [o, a1, b1,
     t("Hmm. Are you sure it didn't happen at home? We check every dress before it leaves."),
     c("I'm sure. I didn't touch it. Are you calling me a liar?", None),
     a3, b3]))

# f03: worse drops the price before asking anything
o = c("Hi, we got your quote, thanks. It's a bit more than we were expecting, if I'm honest.", "too_expensive")
a2 = t("Then ceremony to first dance, without the evening, is my six-hour package at 1,450, same gallery and editing.")
b2 = c("That's within budget. Can you hold the date while we talk to my parents? They're chipping in.", "think_it_over")
a3 = t("Of course. I'll hold 14 June for ten days and email the six-hour contract so you can all read it.")
b3 = c("Perfect, thank you.", None)
P.append(rpair(
    "b174r_f03_brighton_photographer_quote",
    "A couple reply to a Brighton photographer's 2,200 quote saying it is more than expected.",
    [o,
     t("Thanks for being honest. What were you expecting, and which part of the day matters most? There may be a package that fits better."),
     c("We'd thought about 1,500. We don't really need the evening, we're not dancers.", None),
     a2, b2, a3, b3],
    [o,
     t("Thanks for being honest. Tell you what, I'll knock 20% off, so 1,760 instead of 2,200."),
     c("Oh. Right. That's still over the 1,500 we'd thought. And we don't really need the evening, we're not dancers.", "too_expensive"),
     a2, b2, a3, b3]))

# f04: worse gives an unasked lecture
o = c("hi! we want a taco truck for our wedding instead of a sit down dinner. 120 ppl, sept 20. do u do that", None)
a1 = t("Hi! Yes, we do. Anything dietary we should know about?")
b1 = c("a few vegetarians and my aunt is gluten free", None)
a3 = t("For 120 with two hours of service, three proteins, sides and corn tortillas for your aunt, it's 3,100. We'd send two trucks so the line moves.")
b3 = c("ok thats a little more than we hoped but two trucks makes sense. can u send a quote", "too_expensive")
a4 = t("Sending it today, with a tasting date for next week.")
P.append(rpair(
    "b174r_f04_albuquerque_taco_truck",
    "A bride messages an Albuquerque caterer about a taco truck for her wedding.",
    [o, a1, b1,
     t("Easy: corn tortillas are gluten free, and we do mushroom al pastor and black beans for the vegetarians."),
     c("yum ok thats perfect", None),
     a3, b3, a4],
    [o, a1, b1,
     t("We can. Just so you know, lots of couples regret the food truck thing: lines get long and it's less elegant than plated. Plated photographs better and guests feel looked after. Worth thinking about."),
     c("we didnt ask about plated lol. we like tacos. can you do gluten free or not", None),
     a3, b3, a4]))

# f05: worse ends with a vague next step
o = c("Hello, I'm the bride's mum. Our florist has double-booked and cancelled on us. Wedding's the 28th, three weeks Saturday.", None)
a1 = t("Oh, I'm sorry, what a worry three weeks out. What had you ordered with her?")
b1 = c("Bride's bouquet, four bridesmaids, and flowers on eight tables. Whites and greens. I've got her order here.", None)
a2 = t("Email me that order and I'll check what I can get for the 28th. Whites and greens in June are easy to source.")
b2 = c("I can't go above the 900 we'd paid her. There's nothing else set aside.", "no_money")
P.append(rpair(
    "b174r_f05_essex_florist_double_booked",
    "A mother of the bride phones an Essex florist after the original florist cancelled.",
    [o, a1, b1, a2, b2,
     t("No short-notice fees. I'll price the same order and ring you by four tomorrow with an exact figure, and if it's over 900 I'll show you where to swap stems."),
     c("Four tomorrow. Thank you, that's a relief.", None)],
    [o, a1, b1, a2, b2,
     t("I'm sure we can work something out. Send it over and we'll be in touch once we've had a look."),
     c("When, though? It's three weeks away. I can't just sit and wait.", None)]))

# f06: worse over-promises
o = c("Hi, we're looking at your lakeside lawn for an outdoor ceremony in October. What happens if it rains?", None)
a2 = t("A tent on the lawn is possible: it's 1,800 and has to be booked two weeks ahead. Most couples use the boathouse instead; it seats 150 and looks onto the lake.")
b2 = c("1,800 on top is a lot. Can we see the boathouse before we decide?", "too_expensive")
a3 = t("Of course. Come Saturday at two and I'll show you it set for a ceremony.")
b3 = c("We've a cake tasting at two on Saturday, can't move it. Any chance of eleven?", "no_time")
P.append(rpair(
    "b174r_f06_michigan_lakeside_rain",
    "A couple phone a Michigan lakeside venue about a rain plan for an October ceremony.",
    [o,
     t("Good question for October, it does rain. We decide at 10am on the day; if it looks wet, the ceremony moves into the boathouse."),
     c("Okay. Could we have a tent on the lawn instead?", None),
     a2, b2, a3, b3],
    [o,
     t("Honestly, it basically never rains here in October, and if it does we can get a tent up on the lawn in an hour, no problem."),
     c("Oh, great, so we don't need to worry about it at all?", None),
     a2, b2, a3, b3]))

# f07: worse closes before checking the suit works
o = c("Right, I've always struggled with suits. Broad shoulders, jackets pull across the back. Wedding's in August.", None)
a1 = t("Lots of rugby lads have the same. Try a 44 long in the tailored cut, it's got more room in the back.")
b1 = c("Feels alright standing here. Not sure.", None)
a3 = t("Let's try the 46 long. Hug, then reach up, and tell me honestly. We can take the waist in so it's not baggy.")
b3 = c("Yeah, that's much better. No pull at all.", None)
a4 = t("Then that's the one: the 46 with the waist taken in, final fitting two weeks before.")
P.append(rpair(
    "b174r_f07_cardiff_suit_broad_shoulders",
    "A broad-shouldered groom tries on suits in a Cardiff suit hire shop.",
    [o, a1, b1,
     t("Give me a hug like you're hugging your best man. Then reach up as if for a top shelf."),
     c("Oof. Pulls a bit across the back when I reach.", None),
     a3, b3, a4],
    [o, a1, b1,
     t("Looks great on you. Shall I book it in for August and take the deposit?"),
     c("Hang on, I haven't even moved in it yet. That's always where it goes wrong.", "bad_experience"),
     a3, b3, a4]))

# f08: worse recommends before asking
o = c("Hi, I'm getting married in April and I have no clue about flowers. Where do I even start?", None)
a2 = t("A brewery's a great setting with lots of character, so you need less. Flowers on every table, or mostly personal flowers, bouquets and boutonnieres?")
b2 = c("Personal stuff mainly. Something small on the tables maybe, but I could skip tables if it's a lot.", None)
a3 = t("Your bouquet, two bridesmaids, six boutonnieres and bud vases on ten tables is about 1,350. I'll send photos of bud vases in a similar space so you can see the look.")
b3 = c("That sounds way more me. Send them over!", None)
P.append(rpair(
    "b174r_f08_denver_florist_first_timer",
    "A bride with no idea about flowers phones a Denver florist.",
    [o,
     t("That's fine, most people don't. Let's start simple: where's the wedding, how many guests, and is there a number in mind to spend?"),
     c("A brewery in Denver, about 80 people. My mom said maybe 1,500 for flowers?", None),
     a2, b2, a3, b3],
    [o,
     t("Start with our Signature Garden package! Bouquets, centerpieces, an arch and aisle petals, 3,800. It's what most brides go for."),
     c("Whoa, 3,800? That's way over, my mom said maybe 1,500. And it's a brewery, 80 people, I don't think an arch even fits.", "no_money"),
     a2, b2, a3, b3]))

# f09: worse uses jargon without explaining it
o = c("Hello, we're thinking of a marquee in the paddock for our daughter's wedding, 120 guests. Never done anything like this. What do we need to know?", None)
a1 = t("Happy to walk you through it. Is the paddock flat, and is there power nearby?")
b1 = c("Fairly flat. There's a socket in the stable, about fifty yards away.", None)
a3 = t("All in, with lighting, heaters, the floor and the generator, about 9,200. I'd come and walk the paddock with you before you commit to anything.")
b3 = c("Nine thousand. Gosh. We'll have to talk about that. But yes, come and look.", "think_it_over")
P.append(rpair(
    "b174r_f09_herefordshire_marquee_paddock",
    "Parents phone a Herefordshire marquee company about a paddock wedding for 120.",
    [o, a1, b1,
     t("For 120 with dancing, a 12 by 24 metre marquee with a proper wooden floor, because grass gets wet. A stable socket won't run lights, heaters and a band, so we'd bring a quiet generator."),
     c("Right, that makes sense. What does all that come to?", None),
     a3, b3],
    [o, a1, b1,
     t("You'd want a 12 by 24 clearspan, 3 metre eaves, cassette floor, and a 20 kVA genny, since a 13-amp domestic won't take the load."),
     c("Sorry, you've lost me. Clearspan? Cassette? What's a genny? Just tell me what it costs.", None),
     a3, b3]))

# f10: worse talks about themselves
o = c("Hi! We're eloping in Zion in May, just us and a hiking guide. We want it filmed but we're not sure what that looks like.", None)
a1 = t("How exciting! Tell me a bit about the day you're imagining.")
b1 = c("Sunrise hike, vows at the top, breakfast after. It's really about us, not a show. We're kind of private people.", None)
a3 = t("I'd hike with you, stay back, and put a tiny mic on each of you for the vows. A half-day elopement film is 2,400, travel in Utah included.")
b3 = c("That's a chunk more than we budgeted, with the trip and everything.", "too_expensive")
a4 = t("Totally fair. I'll send a sample elopement film and a shorter two-hour option, and you tell me either way.")
P.append(rpair(
    "b174r_f10_utah_elopement_film",
    "A couple planning a Zion elopement email a Utah videographer.",
    [o, a1, b1,
     t("Sunrise, vows at the top, private. So I'd be quiet and in the background, nothing staged. Do you want your vows audible in the film, or more music and visuals?"),
     c("Audible, I think. We're writing our own.", None),
     a3, b3, a4],
    [o, a1, b1,
     t("Oh I love that! My husband and I eloped in Moab, sunrise hike too, honestly the best day of my life. I still watch our film every anniversary and cry."),
     c("Aw, that's sweet. So... how would it work for us?", None),
     a3, b3, a4]))
