from common import c, rpair, t

# f01 argues with the customer
o = c("Dishwasher's stopped again. Your engineer was here two weeks ago for the same thing.", None)
a = t("Sorry it's back. What's it doing this time?")
b = c("Fills, then stops halfway with the red light. Same as before. We've sixty covers tonight.", None)
xg = t("Same fault inside two weeks, so most likely the part he fitted or something he missed. That's on us.")
yg = c("Good. So when can someone come?", None)
xw = t("It won't be the same fault, he tested it before he left. It'll be something new.")
yw = c("It's the same red light, I'm telling you. Whatever you call it, when can someone come?", None)
cc = t("Someone up by four, before service, no callout charge. Can you wash by hand till then?")
d = c("We'll manage. Four, not later.", None)
F01 = rpair("b57r_f01_glenshee_dishwasher",
 "Mountain lodge kitchen, repeat dishwasher fault. Fault in worse: argues that it cannot be the same fault.",
 [o, a, b, xg, yg, cc, d], [o, a, b, xw, yw, cc, d])

# f02 doubts the customer's honesty
o = c("My phone screen went black yesterday. It's under warranty, ten months left.", None)
a = t("Let's have a look. Did anything happen before, a drop, rain?")
b = c("Nothing. It was on the bedside table charging. Woke up, black.", None)
xg = t("On charge overnight, then black. That can be the display connector. I'll run a test, ten minutes.")
yg = c("Ok, I'll wait.", None)
xw = t("You'd be amazed how many say that and we find water inside. Sure it didn't get wet?")
yw = c("I just told you. Are you calling me a liar?", None)
cc = t("If it's the connector, it's a free warranty repair, back Thursday. Anything else, I'll show you before we touch it.")
d = c("Fine. Thursday.", None)
F02 = rpair("b57r_f02_tobermory_phonescreen",
 "Island phone-repair counter, warranty claim. Fault in worse: doubts the customer's account.",
 [o, a, b, xg, yg, cc, d], [o, a, b, xw, yw, cc, d])

# f03 drops the price before asking anything
o = c("We run the co-op farm shop. Thinking of taking cards. What do your terminals cost?", None)
xg = t("Depends how you'd use it. Roughly how many sales a week, and what's the usual spend?")
yg = c("About 300 sales, eggs and veg, twelve pounds or so. Double in summer.", None)
xw = t("Normally 29 a month, but I'll knock it to 15 for you right now.")
yw = c("That's quick, you don't know what we sell. About 300 sales a week, twelve pounds or so, double in summer.", None)
a = t("Then pay-as-you-go suits you better: no monthly fee, 1.7 percent a sale, 39 for the reader.")
b = c("And signal? We're up a track, it's patchy.", None)
cc = t("It works offline and sends when it finds signal. Try it a month, we refund the reader if it doesn't.")
d = c("The committee has to agree. Meeting's Tuesday.", "think_it_over")
F03 = rpair("b57r_f03_teesdale_cardreader",
 "Payments firm; co-op farm shop asks about card terminals. Fault in worse: offers a discount before asking anything.",
 [o, xg, yg, a, b, cc, d], [o, xw, yw, a, b, cc, d])

# f04 an unasked lecture
o = c("I think I need reading glasses. Small print's gone blurry.", None)
a = t("Let's check. What do you read most, books, phone, screens?")
b = c("Screens. I'm a night security guard, twelve hours of cameras.", None)
xg = t("Twelve hours of camera screens at night. Then we test at screen distance too, not just reading.")
yg = c("Makes sense. How much is the test?", None)
xw = t("Night shifts are terrible for you, you know, twelve hours of screens in the dark wrecks sleep and eyes. You should think about changing jobs.")
yw = c("It pays the mortgage. Can I just have the test? How much?", None)
cc = t("Test's 25. If you need screen glasses, from 79.")
d = c("79 on top? I was hoping for chemist ones at a tenner.", "too_expensive")
e = t("If both eyes come out the same, chemist ones could do for reading. I'll tell you straight.")
F04 = rpair("b57r_f04_merthyr_readingglasses",
 "Independent optician; night security guard wants reading glasses. Fault in worse: an unasked lecture about night work.",
 [o, a, b, xg, yg, cc, d, e], [o, a, b, xw, yw, cc, d, e])

# f05 a vague next step
o = c("The chapel roof's leaking over the vestry. We're a small congregation.", None)
a = t("Let's see what it needs first. Where does it come in, and when?")
b = c("Corner by the chimney. Only when it blows from the west.", None)
cc = t("West wind, by the chimney: often the lead flashing, not the slates. Smaller job. I'd need to get up and look.")
d = c("A firm put new slates on three years ago and it still leaked.", "bad_experience")
xg = t("Then no slates till we know. I'll come Saturday at ten with a ladder, no charge, and a written price by Wednesday.")
yg = c("Saturday at ten. I'll have the key.", None)
xw = t("Then no slates till we know. We'll get someone out to have a look at some point and let you know.")
yw = c("At some point? It's raining in now. Who, and when?", None)
F05 = rpair("b57r_f05_llanberis_chapelroof",
 "Roofer, slate-quarry village; chapel warden. Fault in worse: a vague next step.",
 [o, a, b, cc, d, xg, yg], [o, a, b, cc, d, xw, yw])

# f06 over-promises
o = c("I need a pallet of insulation on Colonsay by Friday. Builder starts Monday.", None)
a = t("Where's it coming from, and is anyone at the pier to take it off?")
b = c("Merchant in Oban. My neighbour has a telehandler at the pier.", None)
cc = t("Good. Wednesday's boat is the one. 140 a pallet, pier to pier.")
d = c("140? The last lot charged me 95.", "too_expensive")
xg = t("The 140 includes the lift at Oban, others add it after. One honest thing: if Wednesday sails are cancelled, next is Friday evening. Want Monday's boat to be safe?")
yg = c("Monday's boat then. Better early than the builder standing about.", None)
xw = t("The 140 includes the lift at Oban, others add it after. And it's guaranteed there Friday, whatever the weather. Tell your builder.")
yw = c("Guaranteed? Great, Wednesday's boat it is.", None)
F06 = rpair("b57r_f06_oban_islandfreight",
 "Island freight agent; pallet for a building job. Fault in worse: guarantees a ferry delivery regardless of weather.",
 [o, a, b, cc, d, xg, yg], [o, a, b, cc, d, xw, yw])

# f07 closes before checking the thing works
o = c("I need a cheap laptop for college. I'm doing joinery, we use some drawing program.", None)
a = t("Do you know which program? Some need a decent graphics card.")
b = c("SketchUp, I think. College ones are slow too. I've got 300 max.", None)
cc = t("This refurbished one's 279 with a year's guarantee. It should run SketchUp.")
d = c("Should? I'm on the bus an hour each way, I can't keep bringing it back.", None)
xg = t("Fair. Let's put the free trial on now and open a model before you pay. Ten minutes.")
yg = c("Yeah, do that.", None)
xw = t("It'll be fine. Shall I ring it up? Cash or card?")
yw = c("Card, I suppose. If it doesn't work I'll be back though.", None)
F07 = rpair("b57r_f07_ballater_laptop",
 "Computer repair shop in a village; apprentice joiner buys a refurbished laptop. Fault in worse: closes before checking the program runs.",
 [o, a, b, cc, d, xg, yg], [o, a, b, cc, d, xw, yw])

# f08 recommends before asking
o = c("My parents are going to see family in Kerala for two months. They need travel insurance.", None)
xg = t("Good of you to sort it. How old are they, and any health conditions the insurer must know?")
yg = c("Dad's 74, had a stent put in last year. Mum's 70, fine.", None)
xw = t("Then you want our Gold worldwide policy, 390 each. Most popular.")
yw = c("Hang on, you don't know anything about them. Dad's 74, had a stent last year. Mum's 70, fine.", None)
a = t("The stent is what matters. Some insurers won't cover it, some load the price. I'll get three quotes with the heart condition declared.")
b = c("Last time they refused a claim over something he forgot to mention.", "bad_experience")
cc = t("Then we'll go through his medical questions together, line by line, before anything is bought. Can you come Thursday with his medication list?")
d = c("Thursday afternoon. I'll bring the list.", None)
F08 = rpair("b57r_f08_leicester_travelcover",
 "Family insurance broker; son arranges cover for elderly parents. Fault in worse: recommends a policy before asking anything.",
 [o, xg, yg, a, b, cc, d], [o, xw, yw, a, b, cc, d])

# f09 unexplained jargon
o = c("Our club hut has no mains. The diesel generator's noisy and the fuel goes up by helicopter. Could solar work?", None)
a = t("Likely, yes. What runs off it now, and when is the hut used?")
b = c("Lights, a fridge, phone charging. June to September, and ski tourers in March.", None)
xg = t("Then panels plus a battery that stores the day's sun for the evening, enough for the fridge and lights through two grey days. The generator stays as backup.")
yg = c("Ok, that I follow. Roughly what would it cost?", None)
xw = t("Then a 48-volt LFP bank, 10 kWh nominal at 80 percent DoD, on a hybrid inverter with dual MPPT, generator on the AC-in.")
yw = c("I'm a retired teacher, not an electrician. What does that mean, and what does it cost?", None)
cc = t("About 11,000 fitted. The fuel flights you'd save are maybe 2,000 a year.")
d = c("11,000 is more than the club has. We'd need a grant, and the committee.", "no_money")
e = t("There's an alpine club fund for exactly this. I'll write one page for the committee, with the savings.")
F09 = rpair("b57r_f09_cairngorm_hutsolar",
 "Off-grid solar installer; volunteer warden of a mountain club hut. Fault in worse: unexplained jargon.",
 [o, a, b, xg, yg, cc, d, e], [o, a, b, xw, yw, cc, d, e])

# f10 talks about themselves
o = c("I'm looking for a day trip for my mum's seventieth. She loves wildflowers but can't walk far.", None)
a = t("Lovely idea. How far is comfortable for her, and is she ok on uneven ground?")
b = c("A kilometre on a path, maybe. Nothing rocky. She's got a new hip.", None)
xg = t("A kilometre, good path, new hip. Then I know just the one, our alpine garden trip.")
yg = c("Oh? Tell me more.", None)
xw = t("Oh, I love wildflowers too! I did the whole Haute Route last summer, eleven days, the meadows above Arolla were unreal, I've still got the blisters, ha.")
yw = c("Right... that's not quite Mum though. What is there for someone with a new hip?", None)
cc = t("The alpine garden trip: minibus right to the meadow, flat gravel path, four hours with lunch. 85 each.")
d = c("85 each on top of the hotel is a lot. Is there a cheaper day?", "too_expensive")
e = t("Tuesday afternoons it's 55, two hours, same meadow without lunch. For her birthday the lunch is nice, but both work.")
F10 = rpair("b57r_f10_champery_flowertrip",
 "Small tour operator in an Alpine village; daughter plans her mother's birthday trip. Fault in worse: talks about their own hike.",
 [o, a, b, xg, yg, cc, d, e], [o, a, b, xw, yw, cc, d, e])

PAIRS = [F01, F02, F03, F04, F05, F06, F07, F08, F09, F10]
