"""Ranked pairs d01-d10: two decent conversations; `better` is better in a way a sales coach would agree with."""
from common import c, rpair, t

PAIRS = []

# d01 -- container trucking, Szczecin: better finds the unloading problem before quoting
o = c("Good morning. We have a 40-foot container from Vietnam arriving at Gdynia on the 12th, garden furniture. I need "
      "a price for trucking it to our warehouse in Szczecin.", None)
PAIRS.append(rpair(
    "b80r_d01_szczecin_container_haul",
    "A garden-furniture importer asks a freight broker for a trucking price from the port to a warehouse with no "
    "loading dock.",
    better=[o,
    t("Good morning. Happy to quote. Two checks so the price holds: is it cleared in Gdynia, and at your warehouse "
      "is there a loading dock, or does the container stand on the ground?"),
    c("Cleared in Gdynia, our agent does it. Dock, no, we have a small forklift. Last time the driver waited four "
      "hours and we paid extra, I was not happy.", "bad_experience"),
    t("That's the usual trap: two free hours, then about 150 zloty an hour, and hand-unloading a 40-foot of "
      "furniture takes four to six. Two ways round it: a side-loader that sets the container on the ground and "
      "leaves, about 900 extra, no clock running; or a normal truck with five hours booked in advance, so it's a "
      "known price, not a surprise."),
    c("Side-loader, I didn't know that's possible. What is the total?", None),
    t("Normal truck is 2,950; side-loader 3,850, you unload at your own pace and we collect the empty within 48 "
      "hours; normal plus five hours booked, 3,400. I'll send all three in writing today."),
    c("Side-loader. Send it, I confirm this afternoon.", None)],
    worse=[o,
    t("Good morning. Gdynia to Szczecin, 40-foot, standard trucking is 2,950 zloty, two hours free for unloading "
      "included. When will it be cleared?"),
    c("The 13th, probably. Our agent does it.", None),
    t("Then pick-up on the 13th, delivery the 14th. Waiting after two hours is 150 an hour, that's standard "
      "everywhere."),
    c("Last time the driver waited four hours and we paid extra. I was not happy.", "bad_experience"),
    t("Understood, best to have people ready when the truck arrives. I'll send the quote today."),
    c("Okay, send it. I will compare.", "think_it_over")]))

# d02 -- dairy co-op, Sibiu county: better checks the cooling capacity and removes the cash barrier
o = c("Buna ziua. I have fifteen cows in Saliste. I sell milk now to a collector who pays 1.6 lei a litre, and late. "
      "Neighbours say your co-op pays better.", None)
PAIRS.append(rpair(
    "b80r_d02_sibiu_milk_coop",
    "A young dairy farmer asks a milk co-op about joining; his cooling tank is too small for its collection rhythm.",
    better=[o,
    t("Buna ziua. This month we pay 2.05, on the 15th, on time. But the price depends on quality, so tell me: how do "
      "you cool the milk now, and how often does your collector come?"),
    c("I have small tank, 300 litres. He comes every morning. Evening milk stays in the tank overnight.", None),
    t("Good, with a tank you can meet the bacteria limits. Our truck comes every second day, though, so you'd hold "
      "about 500 litres from fifteen cows. Would 300 be enough?"),
    c("No... then I need a bigger tank. This is money I don't have now.", "no_money"),
    t("The co-op rents used 800-litre tanks to members, 150 lei a month, taken off the milk payment, so nothing up "
      "front. Try it for a month, and keep your collector's contract until you've seen our first payment and the "
      "quality sheet."),
    c("One month test, with your tank. Okay. And I don't tell the collector anything yet.", None)],
    worse=[o,
    t("Buna ziua. Yes, this month it's 2.05 a litre, paid on the 15th. Membership share is 500 lei, collection every "
      "second day, and a bonus for low bacteria counts."),
    c("2.05, much better. What do I need to do?", None),
    t("Fill in the membership form, bring your animal register and the vet certificate. The truck can start next "
      "Monday."),
    c("Every second day? My tank is only 300 litres.", None),
    t("Then you'll need a bigger one, most members have 800 or 1,000 litres. You find them used for about 4,000 "
      "lei."),
    c("4,000 I don't have now. I will see what to do.", "no_money")]))

# d03 -- dental clinic reception, Rustavi: better triages the swelling
o = c("Hello, I have very strong tooth pain since yesterday, lower right. Can I come to the doctor? I work until "
      "six.", None)
PAIRS.append(rpair(
    "b80r_d03_rustavi_toothache",
    "A worker calls a dental clinic with a bad toothache and wants an after-work appointment; there may be an "
    "infection.",
    better=[o,
    t("Hello, I'm sorry, that sounds miserable. Two quick questions so we see you in time: is your cheek or gum "
      "swollen, and do you have a temperature?"),
    c("A little swelling, yes. Temperature I didn't measure. I feel a bit hot.", None),
    t("With swelling I don't want you waiting until evening. Dr Nino has a gap at 1:30 today. Could you leave work "
      "for an hour?"),
    c("1:30... my boss will not be happy, we have inspection today. But okay, the pain is too much.", "no_time"),
    t("Exam and X-ray is 40 lari; if it needs opening and cleaning today, usually 80 to 150 more, and the doctor says "
      "before starting. No heat on the cheek, cold is fine. If the swelling spreads towards the eye or throat before "
      "then, go to emergency."),
    c("Okay. 1:30. Thank you.", None)],
    worse=[o,
    t("Hello, sorry to hear that. Let me check... the earliest after six is tomorrow at 6:30 with Dr Nino. Would "
      "that work?"),
    c("Tomorrow? It really hurts. Nothing today?", None),
    t("Today after six is full, I'm afraid. Ibuprofen will help until then. The exam and X-ray is 40 lari."),
    c("Okay... tomorrow 6:30 then. If it gets worse, I call.", None),
    t("Of course. See you tomorrow.")]))

# d04 -- used pickups, Pavlodar: better asks about towing and winter before recommending
o = c("Hello. I need pickup truck, used, up to 12 million. For my business, small construction.", None)
PAIRS.append(rpair(
    "b80r_d04_pavlodar_pickup",
    "A small builder wants a used pickup; he tows a mini-excavator and parks outside in minus thirty-five.",
    better=[o,
    t("Hello. What will it carry mostly, and will it tow anything?"),
    c("Tools, cement bags. Sometimes a trailer with a small excavator, about two and half tons.", None),
    t("Two and a half tons towed is the key number, some pickups in your budget only tow two. And in January, minus "
      "thirty-five, does it stay outside at night?"),
    c("Outside, yes, at the sites. My last one, petrol, didn't start half of January.", None),
    t("Then two I'd look at: the 2018 Hilux diesel, tows 3.2 tons, 11.4 million, with an engine pre-heater already "
      "fitted; and a 2019 L200 at 10.9, tows 3.1, but no pre-heater, that's another 250,000 to fit. Bring your "
      "trailer and hitch it up for the test drive."),
    c("Hitch the trailer, good idea. Saturday I bring it.", None)],
    worse=[o,
    t("Hello. Three in budget: a 2018 Hilux for 11.4, a 2019 L200 for 10.9 and a 2017 Navara for 9.8. All checked, "
      "with service history."),
    c("Which is best?", None),
    t("The Hilux holds its value best, very reliable. The Navara is the most comfortable inside. For business, most "
      "people take the Hilux."),
    c("I sometimes tow a trailer with a small excavator.", None),
    t("All three can tow, no problem. Would you like to drive the Hilux?"),
    c("Yes, Saturday. I will see.", None)]))

# d05 -- language school, Namangan: better finds the exact exam and invites the son himself
o = c("Assalomu alaykum. My son is nineteen. He wants to go to Korea for work. I want to register him for Korean "
      "language. How much it costs?", None)
PAIRS.append(rpair(
    "b80r_d05_namangan_korean",
    "A father wants to enrol his son in Korean; the son is aiming for the EPS work-permit exam.",
    better=[o,
    t("Va alaykum assalom. Is he going through EPS, the state programme for factory and farm jobs? That has its own "
      "exam, EPS-TOPIK, different from the university one."),
    c("Yes, EPS, his friend went this way. The exam is in spring, I think.", None),
    t("Then our EPS-TOPIK course fits: four months, five days a week, two hours, exactly the exam format. 650 "
      "thousand a month. Has he studied any Korean yet?"),
    c("A little, YouTube and his friend. 650 every month, four months, is much money. General course is cheaper, no?",
      "too_expensive"),
    t("General is 400, but it's for the university TOPIK, other vocabulary, so he'd need extra prep anyway. Cheaper "
      "way: the free level test. If he knows the alphabet and basics, he joins from month two, three months instead "
      "of four. Can he come himself? I'd like to hear from him what he wants."),
    c("He is shy, but okay. I send him tomorrow after work.", None)],
    worse=[o,
    t("Va alaykum assalom. Our Korean course is 400 thousand a month, three times a week, beginner to intermediate, "
      "about eight months. Books included."),
    c("Eight months. He wants Korea for work, with EPS. Is this course good for that?", None),
    t("It covers the basics he'll need. We also have an EPS-TOPIK group, 650 a month, four months, more intensive."),
    c("650 every month is much for us. Maybe the normal one.", "too_expensive"),
    t("The normal one is fine to start. I can register him today, I need a copy of his passport."),
    c("I bring the passport tomorrow.", None)]))

# d06 -- print shop, Kragujevac: better questions the quantity against the distribution plan
o = c("Hi. I'm opening a gym in Aerodrom next month. I want ten thousand flyers, A5, colour both sides. What's the "
      "price?", None)
PAIRS.append(rpair(
    "b80r_d06_kragujevac_gym_flyers",
    "A gym owner wants 10,000 flyers that three people will hand out; the print shop can sell as asked or check the "
    "plan.",
    better=[o,
    t("Hi, congratulations! Ten thousand A5 both sides is 38,000 dinars. Before I write it up, how will they get "
      "out, mailboxes, hand-out, shops?"),
    c("Me and two trainers, in mailboxes, and in front of the big Maxi.", None),
    t("Three people doing mailboxes, realistically that's two, three thousand before opening, the rest sit in a "
      "storeroom, I see it often. What about 3,000 now, 14,000 dinars, and a fast reprint in two days if they "
      "work?"),
    c("Hmm. But per piece ten thousand is cheaper, no? I don't want to pay twice.", "too_expensive"),
    t("Per piece, yes, 3.8 against 4.7. But 7,000 unused flyers is 24,000 in the bin. And put an opening-month code "
      "on them, then you can count who actually comes from the flyer and know if a reprint is worth it."),
    c("A code, smart. Okay, 3,000 with the code. My designer sends the file tomorrow.", None)],
    worse=[o,
    t("Hi, congratulations! Ten thousand A5, both sides, 150 g, is 38,000 dinars, ready in four working days."),
    c("Okay. Can it be cheaper? It's a lot before opening.", "too_expensive"),
    t("On 130 g it's 33,000, a bit thinner, fine for flyers. And a coupon at the bottom helps, people bring it "
      "back."),
    c("130 is okay. Coupon maybe. When can I have them?", None),
    t("Send the file by Wednesday, ready Monday. 50% up front."),
    c("Fine, the designer sends tomorrow.", None)]))

# d07 -- bank, Vinnytsia: better asks about the oven and collateral and suggests leasing
o = c("Good day. I have a bakery on Soborna, two years now. I want credit for a new oven, the old one breaks every "
      "month. About 600,000 hryvnias.", None)
PAIRS.append(rpair(
    "b80r_d07_vinnytsia_bakery_oven",
    "A bakery owner who rents her premises asks a bank for a loan for a new oven.",
    better=[o,
    t("Good day. Let's find what fits. Is the oven chosen, new from a dealer or used? And is the bakery steady "
      "month to month, or seasonal?"),
    c("New, Italian, from a dealer in Kyiv. Steady, more at Easter and Christmas. Blackouts were a problem, but now "
      "we have generator.", None),
    t("With a new oven from a dealer, leasing is often better than a loan: the oven itself is the security, so you "
      "don't pledge a flat or premises, and the 5-7-9 programme brings the rate down. A normal loan would want "
      "property. Do you own the premises?"),
    c("No, we rent. And my flat I don't put, my husband will kill me.", None),
    t("Then leasing under 5-7-9: 20% down, 120,000, and roughly 17,000 a month over three years. Bring the last six "
      "months of statements and I'll check with you whether turnover carries it before you apply, so there's no "
      "refusal on your record."),
    c("17,000 is okay, now we pay almost that for repairs. I bring statements Monday.", None)],
    worse=[o,
    t("Good day. For business loans up to a million there's Business Start, 18% a year, up to five years. For "
      "600,000 over three years it's about 21,700 a month."),
    c("21,700... heavy, but maybe. What do you need from me?", None),
    t("Registration documents, six months of statements, and collateral, usually property or equipment. We can "
      "also look at the 5-7-9 state programme, the rate would be lower."),
    c("Collateral, property? We rent. And my flat I don't want to put.", None),
    t("Then maybe a guarantor, or the equipment itself. Bring the documents and the credit department will see "
      "what's possible."),
    c("Okay. I think, and maybe I bring them.", "think_it_over")]))

# d08 -- mountain hotel, Dilijan: better asks what the retreat is for and is honest about wifi
o = c("Hi, I'm organising a two-day retreat for our team in October, 25 people, IT company from Yerevan. Do you have "
      "space?", None)
PAIRS.append(rpair(
    "b80r_d08_dilijan_team_retreat",
    "An office manager books a work-and-hiking retreat for developers at a small mountain hotel.",
    better=[o,
    t("Hi! We do, 14 rooms, so mostly doubles. What's the retreat for, work sessions or rest and team-building? It "
      "changes what you'll need from us."),
    c("Half and half. Strategy in the morning, hiking in the afternoon. And they need internet, they're developers, "
      "they can't live without it.", None),
    t("Then our hall, 30 seats with a projector, and fibre there is fine. In the rooms the wifi is weaker, better you "
      "know now. For hiking, the Parz Lake trail is two hours, we can get a guide. Is sharing rooms okay?"),
    c("Sharing is fine for most. Two or three managers want single. Budget is about 40,000 dram per person a day.",
      None),
    t("Doubles plus three singles, three meals, hall and coffee breaks: 38,000 a person a day. Guide 30,000 for the "
      "group. Shall I hold the 17th and 18th for a week while you check with the team?"),
    c("Hold it, please. I confirm by Friday.", None)],
    worse=[o,
    t("Hi! Yes, 14 rooms, that takes 25 in doubles and a few singles. Full board is 32,000 a person a day. Which "
      "dates?"),
    c("17 and 18 October. We also need a place to work in the mornings.", None),
    t("There's a hall for 30 with a projector, 60,000 a day. Coffee breaks 2,500 a person."),
    c("Okay. Budget is about 40,000 per person a day, so it's close.", None),
    t("All together around 37,500 a person a day. I can hold the dates for a week."),
    c("Hold it, please. I confirm by Friday.", None)]))

# d09 -- time-tracking software, Krakow: better is honest about the payroll link and proposes a pilot
o = c("Hi. We're a metal workshop near Krakow, 40 people, two shifts. Timesheets are on paper and my colleague types "
      "them into Symfonia for payroll. I'm looking for something electronic.", None)
PAIRS.append(rpair(
    "b80r_d09_krakow_timesheets",
    "A workshop owner wants electronic time tracking; payroll runs in a program the vendor has no direct link to.",
    better=[o,
    t("Hi. Paper for two shifts, I can imagine the typing. What goes wrong most now: errors, the time it takes, people "
      "forgetting to sign?"),
    c("Time. She spends three days every month. And mistakes with overtime, then people complain.", None),
    t("So the payroll export and overtime rules are the heart of it. Honestly, we have no direct Symfonia link: we "
      "export a file in the format Symfonia imports, one click plus an import on her side. I'd want her to try it on "
      "a month of real data first."),
    c("She's careful, she won't trust it until she sees. And price?", None),
    t("8 zloty a person, 320 a month, plus one entrance terminal, 1,400. Let's do a free 30-day pilot on one shift: "
      "we set up your overtime rules together, she runs the export alongside the paper, and if the numbers match, "
      "you decide."),
    c("That's reasonable. One shift first. When can you come?", None)],
    worse=[o,
    t("Hi! That's exactly what we do. People clock in with a card at a terminal, overtime is calculated "
      "automatically, managers approve in the app. Shall I walk you through it?"),
    c("Yes. But it must work with Symfonia, for payroll.", None),
    t("We have exports for payroll systems, Symfonia should be fine. 8 zloty a person a month, 320 for you, plus a "
      "terminal, 1,400."),
    c("Hmm, 320 monthly plus terminal. More than I hoped.", "too_expensive"),
    t("It pays off fast with the time saved on typing. I can take 10% off the terminal if you sign this month."),
    c("I discuss with the owner and let you know.", "think_it_over")]))

# d10 -- phone shop, Ganja: better finds what the mother really wants
o = c("Good afternoon. I would like to buy a telephone for my mother. She is eighty years old. Something simple, "
      "please.", None)
PAIRS.append(rpair(
    "b80r_d10_ganja_phone_mother",
    "A formal middle-aged man buys a phone for his 80-year-old mother, whose grandchildren live in Moscow.",
    better=[o,
    t("Good afternoon. Of course. Who will she call mostly, and is it only calls, or would she like to see family "
      "too, on video?"),
    c("She calls me and my sister. My sister lives in Moscow with the grandchildren. Mother always asks to see them, "
      "but she is afraid of smartphones.", None),
    t("Then a button phone won't give her the thing she really wants. There's a simple smartphone we can set to show "
      "only six big photos: she taps your sister's photo and it's a video call. How are her eyes and hearing?"),
    c("Eyes not good, hearing good. But I'm afraid she presses something wrong and then calls me crying.", None),
    t("We lock it so nothing else opens, and you can manage it from your own phone. It's 240 manat, the button phone "
      "60. Bring her one afternoon and I'll set it up with her; if it's too much for her, you return it within 14 "
      "days."),
    c("Good. I bring her Saturday. She will be happy to see the grandchildren.", None)],
    worse=[o,
    t("Good afternoon. For elderly people we have the Nokia with big buttons, a loud speaker and an SOS button on the "
      "back. 60 manat."),
    c("Big buttons is good, her eyes are not so good. Can she see my sister's children in Moscow with it?", None),
    t("No, for video you'd need a smartphone, from 240. But honestly, at eighty most families choose the button "
      "phone, it's easier."),
    c("Yes, maybe easier. She is afraid of smartphones.", None),
    t("Then the Nokia is right. I'll put your and your sister's numbers on speed dial."),
    c("Thank you. I take it.", None)]))
