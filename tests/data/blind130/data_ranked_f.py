from common import c, rpair, t

PAIRS = []

# f01: worse argues with the customer about her child's past reaction.
o = c("Hi, I need a sun cream for my daughter, she's three. We're off to Portugal Saturday.", None)
a1 = t("Lovely. Has she sensitive skin at all?")
a2 = c("She came out in a rash last year with a spray one from the supermarket.", None)
a3 = t("This one's factor 50, fragrance-free, made for children's skin. 14.50.")
a4 = c("Is it like the spray, though? I'm not going through that rash again on holiday.", "bad_experience")
z1 = t("Reapply every two hours and after the pool. Have a great trip.")
PAIRS.append(rpair("b130r_f01_kilkenny_pharmacy_suncream",
  "A mother in a Kilkenny pharmacy buys sun cream for a three-year-old who once reacted to one.",
  [o, a1, a2, a3, a4,
  t("It's different: no perfume, and a mineral filter, not a chemical one. Still, patch-test a bit on her arm tonight to be sure."),
  c("Good idea. I'll take it.", None), z1],
  [o, a1, a2, a3, a4,
  t("Rashes from sun cream are very rare, to be honest. It was probably heat rash. This one's fine."),
  c("It was the cream. It cleared when we stopped it. I'll take this, but I'll test it on her myself.", None), z1]))

# f02: worse doubts the guest's honesty.
o = c("Hi, I'm in 214. It's right beside the lift and it clanked all night. I barely slept. Any chance of another room?", None)
b1 = t("I'm sorry, that's no way to spend a night. How many nights have you left?")
b2 = c("Two. I've a conference all day, so I really need to sleep tonight.", None)
z1 = t("Done. Your new key's here; leave your bags packed and we'll bring them up by six.")
z2 = c("Thanks, that's a big help.", None)
PAIRS.append(rpair("b130r_f02_dublin_hotel_noisyroom",
  "A conference guest at a Dublin city hotel asks to change a noisy room.",
  [o, b1, b2,
  t("Let me look... I can move you to 318, the far end from the lift."),
  c("That'd be great. Thank you.", None), z1, z2],
  [o, b1, b2,
  t("Nobody's ever complained about 214. Are you sure it wasn't the street? Anyway, I can move you to 318."),
  c("I know what a lift sounds like. But fine, 318.", None), z1, z2]))

# f03: worse drops the price before asking anything.
o = c("Hi, I'm thinking of switching broadband to you lot. I'm in Cahir. What would you have for me?", None)
e1 = t("Any trouble with it at the moment, or is it mainly the price?")
e2 = c("The calls freeze in the afternoons. The price is grand, actually, it's the freezing.", None)
e3 = t("Then it's likely the upload. Our 250 plan has five times the upload you've got, and fibre's live in Cahir. Install could be Thursday week.")
e4 = c("Let me see when my contract's up first, and I'll ring you back.", "think_it_over")
PAIRS.append(rpair("b130r_f03_tipperary_broadband_switch",
  "A home worker in Cahir, Co. Tipperary, rings about switching broadband.",
  [o,
  t("Happy to look. What are you on now, and what does the house use it for?"),
  c("100 meg with the other crowd. Me and my partner, Netflix, and I work from home Mondays and Fridays.", None),
  e1, e2, e3, e4],
  [o,
  t("I'll tell you what, I can knock 15 a month off for the first six months. Now, what are you on?"),
  c("Fifteen off before you know what I want? Grand. 100 meg with the other crowd. Me and my partner, Netflix, work from home two days.", None),
  e1, e2, e3, e4]))

# f04: worse gives an unasked lecture.
o = c("Hi, I'd like to apply for a small loan, about 1,200. For Christmas, the kids' presents mostly.", None)
g1 = t("No problem. Any other loans with us or elsewhere at the moment?")
g2 = c("Just the car one with yous, it's nearly done. I'm paid on a Thursday, weekly would suit.", None)
z1 = t("Then about 25 a week over a year. I'll need a payslip, and it can be in your account Friday.")
z2 = c("Friday's grand. I'll just check the weekly amount with the wife tonight and drop the payslip in tomorrow.", "think_it_over")
PAIRS.append(rpair("b130r_f04_drogheda_creditunion_christmas",
  "A father in Drogheda, Co. Louth, asks his credit union for a Christmas loan.",
  [o, g1, g2,
  t("That's fine, with the car loan nearly cleared this fits easily. Weekly it is."),
  c("Great stuff.", None), z1, z2],
  [o, g1, g2,
  t("Can I just say, a lot of people get into bother borrowing for Christmas. Kids don't need all that stuff. Have you thought about cutting back?"),
  c("I didn't come in for advice on my kids. Can I have the loan or not?", None), z1, z2]))

# f05: worse leaves a vague next step.
o = c("Hi, I've the Octavia till Friday, but my mother's in hospital and I need to stay till Monday. Can I keep it?", None)
h1 = t("I'm sorry about your mother. The Octavia's booked out Saturday, but I can swap you into another car. Same size is 52 a day.")
h2 = c("156 on top for three days? That's steep. Is there anything cheaper?", "too_expensive")
h3 = t("A Yaris is 41 a day, 123 for the three. Would a smaller car do?")
h4 = c("Anything with four wheels. I'm only back and forth to the Mater. Do the Yaris.", None)
PAIRS.append(rpair("b130r_f05_dublin_carhire_extension",
  "A customer at a Dublin city car hire branch needs to extend because her mother is in hospital.",
  [o, h1, h2, h3, h4,
  t("The Yaris will be here from 5 tomorrow; swap any time before 8. I'll text you within the hour to confirm."),
  c("Perfect. That's one less thing.", None)],
  [o, h1, h2, h3, h4,
  t("Grand. Leave it with us and we'll let you know about the swap."),
  c("When, though? I'm at the hospital all day, I can't be waiting on a call that might not come.", None)]))

# f06: worse over-promises.
o = c("The flat roof on the garage is leaking again. Is there something I can paint on to stop it?", None)
k1 = t("There is. What's it covered with, felt or something else, and is it one spot?")
k2 = c("Felt. About fifteen year old. One spot, where the water sits after rain.", None)
k3 = t("Brush it clean and let it dry a day first. Two coats, a bit past the edges.")
k4 = c("The bitumen stuff I put on two year ago cracked in the first frost. Will this be any different?", "bad_experience")
k5 = t("It stays flexible in the cold, unlike bitumen. Do it in a dry spell; if it leaks after, bring the tub back and we'll look again.")
PAIRS.append(rpair("b130r_f06_ballymena_hardware_flatroof",
  "A man in a Ballymena, Co. Antrim, hardware shop wants to seal a leaking felt garage roof.",
  [o, k1, k2,
  t("This liquid rubber, 39 a tub, will seal that spot. On felt that age it'll buy you a few years, but you'll be re-felting eventually."),
  c("A few years would do me.", None), k3, k4, k5],
  [o, k1, k2,
  t("This liquid rubber, 39 a tub. Paint it on and it'll never leak again, guaranteed twenty years."),
  c("Twenty years, on felt that age? Right, if you say so.", None), k3, k4, k5]))

# f07: worse closes before checking the service reaches the house.
o = c("Hi, I saw your ad for full fibre, 900 meg for 30 quid. Is that right? I'm in Lisburn.", None)
m1 = t("It is, for 18 months, then 38. What are you on now?")
m2 = c("Copper, about 30 meg. Three teenagers. It's a war zone in the evenings.", None)
m3 = t("Checking... yes, number 14's live since last month. Install Tuesday, 8 to 12.")
m4 = c("Tuesday I'm working. Could it be a Saturday?", "no_time")
m5 = t("Saturday the 14th, 8 to 12, booked. You'll get a text the day before.")
PAIRS.append(rpair("b130r_f07_lisburn_broadband_fullfibre",
  "A parent in Lisburn, Co. Antrim, rings about a full-fibre advert.",
  [o, m1, m2,
  t("900 would end the war, if it's reached your street. What's the postcode and house number?"),
  c("BT28 2PL, number 14. Fingers crossed.", None), m3, m4, m5],
  [o, m1, m2,
  t("900 would end the war. Let's get you signed up: card details, and I'll book the install."),
  c("Hang on, shouldn't you check we can get it first? Half the estate's still waiting. BT28 2PL, number 14.", None), m3, m4, m5]))

# f08: worse recommends before asking.
o = c("Hello, I'm a tour guide. I've a coach of thirty coming through Doolin on Tuesday. Could you do lunch for them?", None)
n1 = t("Then soup and a toasted sandwich or a veggie wrap, on the tables when you arrive. 14 a head with a soft drink.")
n2 = c("14 is over what the school gave me. I've 12 a head, no more.", "no_money")
n3 = t("Drop the soft drink and it's 12, with jugs of water on the tables.")
n4 = c("Perfect. Put us down for Tuesday.", None)
PAIRS.append(rpair("b130r_f08_doolin_pub_coachlunch",
  "A tour guide books lunch for a school coach group at a pub in Doolin, Co. Clare.",
  [o,
  t("We could. What time would you arrive, how long have you, and any dietary needs?"),
  c("Half twelve, forty minutes max. A school group from Lyon, maybe six vegetarians, no alcohol.", None),
  n1, n2, n3, n4],
  [o,
  t("We could. You'll want our seafood set menu, chowder and fish and chips, 24 a head. They all love it."),
  c("Seafood? It's a school group from Lyon, maybe six vegetarians. And forty minutes max, arriving half twelve.", None),
  n1, n2, n3, n4]))

# f09: worse uses unexplained jargon.
o = c("Hello, I've a prescription here, an antibiotic for my chest. I'm on the warfarin as well, is that alright?", None)
p1 = t("Good that you asked. When's your next blood test for the warfarin?")
p2 = c("Not for three weeks. The clinic's on a Wednesday.", None)
p3 = t("It's safe if we keep an eye on it. I'll ring the clinic to get you seen this week. Watch for unusual bruising or bleeding meanwhile.")
p4 = c("This week's awkward, I've my grandson Tuesday and Thursday.", "no_time")
p5 = t("I'll ask for Wednesday morning, then, and ring you back with the time.")
PAIRS.append(rpair("b130r_f09_coleraine_pharmacy_warfarin",
  "An older woman on warfarin brings an antibiotic prescription to a Coleraine, Co. Londonderry, pharmacy.",
  [o, p1, p2,
  t("This antibiotic can make the warfarin stronger, so your blood could get thinner than it should. You'd want a blood test in the next few days, not three weeks."),
  c("Oh. I didn't know that.", None), p3, p4, p5],
  [o, p1, p2,
  t("This one's a macrolide; it inhibits warfarin metabolism, so your INR will likely go up. You'll need an INR check within 3 to 5 days."),
  c("You've lost me there, love. Is it dangerous or not?", None), p3, p4, p5]))

# f10: worse talks about themselves.
o = c("Hi, my husband and I are thinking of a few nights in Ardara in May, for the walking. Are you near the trails?", None)
q1 = t("We are, the loops start ten minutes away. What sort of walking do you like, gentle or proper hills?")
q2 = c("Proper enough, but my husband's knee isn't great coming down. Five or six miles a day.", None)
q3 = t("Three nights, dinner, bed and breakfast, 520 for the two of you.")
q4 = c("Hm, 520. We'd seen cheaper B&Bs in the town.", "too_expensive")
q5 = t("You would. Ours includes dinner and packed lunches, which adds up in Ardara. I can hold it till Friday while you compare.")
PAIRS.append(rpair("b130r_f10_ardara_hotel_walking",
  "A woman rings a hotel in Ardara, Co. Donegal, about a walking break.",
  [o, q1, q2,
  t("Then the Maghera coast loop would suit: steady, no steep descents. We do packed lunches and there's a boot room. How many nights?"),
  c("Three. What's the price?", None), q3, q4, q5],
  [o, q1, q2,
  t("Ah, I love walking. I did the Camino last year, 800 kilometres, my knees were in bits too by the end. Best thing I ever did."),
  c("That's... great for you. What's the price for three nights?", None), q3, q4, q5]))
