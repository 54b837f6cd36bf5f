"""Ranked pairs f01-f10: the sides share turns (same variables) except ONE fault in `worse`.
Written by hand."""
from common import c, t, rpair

PAIRS = []

# f01 argues with the customer ----------------------------------- Kenya, data bundle (typed)
o = c("hi, i bought 2GB bundle yesterday at 8pm, 199 bob. this morning it says 0 MB. i only used whatsapp", None)
s1 = t("Hi, sorry about that. Let me look at your usage... I see the 2GB was used between 11pm and 2am, mostly by one app in the background.")
s2 = c("11pm i was sleeping!! my phone was just on the table", None)
PAIRS.append(rpair(
    "b42r_f01_databundle",
    "A student in Kisumu writes to her mobile operator's chat because a data bundle bought the evening before is already used up. Typed chat.",
    o,
    [s1, s2,
     t("I believe you. That pattern is usually an automatic backup or an app update running at night, not something you did. Checking... yes, 1.7GB went to Google Photos backup. I'm adding 1GB back as goodwill. To stop it: Photos > Settings > Backup > use Wi-Fi only."),
     c("aaah the photos from my cousins wedding. ok thank you, doing it now", None),
     t("Done, the 1GB is on your line now. Reply here if anything looks odd again.")],
    [s1, s2,
     t("Our system doesn't lie. If the data was used, it was used by your phone, it can't disappear by itself. Checking... yes, 1.7GB went to Google Photos backup. I'm adding 1GB back as goodwill. To stop it: Photos > Settings > Backup > use Wi-Fi only."),
     c("so ur saying im lying?? i told you i was ASLEEP. ok whatever", None),
     t("Done, the 1GB is on your line now. Reply here if anything looks odd again.")],
))

# f02 doubts the customer's honesty ------------------------------ Bosnia, shoe shop
o = c("Dobar dan. I bought these boots here three weeks ago. Look, the sole is coming off, at the front. I have the receipt.", None)
s1 = t("Dobar dan, let me see... yes, the glue has let go at the toe.")
s2 = c("I wear them only to work, in the office. Not in the mountains or anything.", None)
PAIRS.append(rpair(
    "b42r_f02_bootsole",
    "A woman brings a pair of three-week-old boots back to a shoe shop in Mostar because the sole is coming away. Spoken, at the counter.",
    o,
    [s1, s2,
     t("Of course. This is a manufacturing fault, it happens with a bad batch. I can exchange them for a new pair in your size or give you the money back, whichever you prefer."),
     c("Exchange, the same ones. I like them, just not this glue.", None),
     t("Here, size 39, a new box. Try them on, and keep the receipt, it covers these too.")],
    [s1, s2,
     t("Hmm, three weeks only... are you sure you didn't get them wet, or drive in them? People say 'office' and then... Well. It's a manufacturing fault, I can exchange them or give the money back."),
     c("I told you, the office. Just give me the money back. I don't want to buy here again.", None),
     t("Here, 129 marks back. Sign here, please.")],
))

# f03 haggles on price at once ----------------------------------- Minnesota, label printing (B2B)
o = c("Hi, I'm Jenna from Loon Lake Brewing. We're launching cans in the spring and need a quote on printed shrink sleeves, about twenty thousand to start.", None)
s1 = t("Great to hear from you, Jenna. How many different beers, and is the artwork ready?")
s2 = c("Four beers, five thousand each. Artwork's done, our designer went with a matte finish on the proofs.", None)
s6 = c("Sounds good. I'll go over it with my business partner on Friday.", "think_it_over")
PAIRS.append(rpair(
    "b42r_f03_canlabels",
    "The co-founder of a small craft brewery in St. Paul phones a label printer for a first quote on printed can sleeves. Spoken, phone.",
    o,
    [s1, s2,
     t("Four SKUs at five thousand, matte, comes to about nineteen cents a sleeve, so around 3,800 for the run, with a free press proof so you see the matte on a real can. Does that fit what you had in mind?"),
     c("Honestly a bit higher than I'd hoped. We got sixteen cents from a place in Wisconsin, but they wanted fifty thousand minimum.", "too_expensive"),
     t("Right, the minimum is the difference. At twenty thousand, nineteen is where we are, and the press proof is on us. I'll email the quote today so you can compare them side by side."),
     s6],
    [s1, s2,
     t("Four SKUs at five thousand, matte, that's about nineteen cents a sleeve, but tell you what, I can knock that down to sixteen right now if you sign this week."),
     c("Oh. Uh, okay... so what was the nineteen for, then? Is there something you're leaving out?", None),
     t("No, nothing left out, that's just our launch discount. I'll email the quote today so you can compare it side by side."),
     s6],
))

# f04 unasked advice / lecture ----------------------------------- Rwanda, pharmacy
o = c("Muraho. I need formula for my baby, four months. The blue tin, stage 1. Two tins.", None)
s1 = t("Muraho. Stage 1 for four months, yes. We have the blue tin, 14,500 francs each.")
s2 = c("Okay. Two please. And is there a smaller one? Sometimes I cannot buy two at once.", None)
s5 = t("Here you are, two tins, 29,000 francs. Keep the receipt if you claim it on your insurance.")
PAIRS.append(rpair(
    "b42r_f04_infantformula",
    "A working mother buys infant formula at a pharmacy in Kigali and asks whether a smaller tin exists. Spoken, at the counter.",
    o,
    [s1, s2,
     t("Yes, there's a 400-gram tin, 8,200, the same formula. Two big ones today?"),
     c("Two big ones today. Thank you.", None),
     s5],
    [s1, s2,
     t("Yes, the 400-gram one is 8,200. But you know, at four months breastfeeding is really best for the baby, it's free and it protects him from sickness. Formula should be the last choice. Have you really tried enough?"),
     c("I'm back at work since last month, I have my reasons. Just the two tins, please.", None),
     s5],
))

# f05 no date for the fix ---------------------------------------- North Macedonia, cold room (B2B)
o = c("Hello, it's Dragan from Restoran Kaneo. Your technician came yesterday for our cold room, he said the compressor must be replaced. We have a wedding for 150 people on Saturday.", None)
s1 = t("Yes, Dragan, I have his report. The compressor is finished, he ordered a new one from Skopje.")
s2 = c("Okay, but when? The fish is in my neighbour's freezer now, I cannot keep it there all week.", None)
PAIRS.append(rpair(
    "b42r_f05_coldroom",
    "A restaurant owner in Ohrid phones the refrigeration contractor the day after a technician found a failed compressor in his cold room, with a big wedding booked for Saturday. Spoken, phone.",
    o,
    [s1, s2,
     t("The part comes Thursday with the morning delivery; the technician is booked for Thursday at two, and the room will be cold by evening. If the part is late, I'll call you Thursday by ten and bring a mobile cold unit for the weekend."),
     c("Thursday afternoon. Okay, that's before the wedding, good.", None),
     t("Write down my number. Any problem, call me directly.")],
    [s1, s2,
     t("As soon as the part arrives, the technician will come and install it. We'll be in touch."),
     c("As soon as... is that before Saturday or not? I need to know, otherwise I rent a freezer truck myself.", None),
     t("We'll do our best. Write down my number. Any problem, call me directly.")],
))

# f06 promises what can't be guaranteed -------------------------- Indonesia, phone repair (typed)
o = c("halo, my phone fell in the pool yesterday. it doesnt turn on. can you fix? the photos of my mother are inside, she passed last year, no backup 😢", None)
s1 = t("Halo kak, so sorry. Please don't charge it and don't try to turn it on again. Which phone is it?")
s2 = c("samsung a54. i already put it in rice overnight", None)
s5 = t("Ok kak, we're open until 9pm, Jl. Gatot Subroto no. 21. After the repair we can also set up an automatic backup for you, 50rb.")
s6 = c("nanti aja, first the phone", "brush_off")
PAIRS.append(rpair(
    "b42r_f06_waterdamage",
    "A young woman in Medan messages a phone repair shop about a water-damaged phone holding the only photos of her late mother. Typed chat.",
    o,
    [s1, s2,
     t("Okay. Rice doesn't really help, but no harm. We open it, clean the board ultrasonically and try to bring it back. I can't promise the photos, it depends on whether the memory chip is damaged; with water cases we save the data maybe 6 times in 10. Checking is free, repair from Rp 450rb only if it works."),
     c("ok. please try your best, i bring it this afternoon", None),
     s5, s6],
    [s1, s2,
     t("Okay. Don't worry kak, 100% your photos will be saved, we are experts, we never lose data. Repair from Rp 450rb."),
     c("really 100%?? alhamdulillah 🙏 ok i bring it this afternoon", None),
     s5, s6],
))

# f07 doesn't check the fix worked ------------------------------- Maldives, guesthouse Wi-Fi (B2B, typed)
o = c("hi its Ahmed from Coral Breeze guesthouse on Thulusdhoo. guests say wifi on 2nd floor not working since morning. we have surfers checking in at 3", None)
s1 = t("Hi Ahmed, I can see your 3 access points. The 2nd floor one has been offline since 07:12. Can you check if its light is on? It's the white disc on the corridor ceiling.")
s2 = c("light is off", None)
s3 = t("Ok, probably power. It's fed from the switch in the reception cabinet, port 6. Please unplug the cable in port 6 and plug it back in firmly.")
s4 = c("done, unplugged and plugged", None)
PAIRS.append(rpair(
    "b42r_f07_guesthousewifi",
    "The owner of a small surf guesthouse on a Maldivian local island messages his managed-Wi-Fi provider because one floor lost Wi-Fi hours before check-in. Typed chat.",
    o,
    [s1, s2, s3, s4,
     t("Thanks. I see it coming online now... yes, it's back and 2 devices already connected. Can you ask someone on the 2nd floor to open a web page, to be sure?"),
     c("housekeeping says it works in room 204 👍 shukuriyya", None),
     t("Great. If it drops again, the cable in port 6 is probably loose, I'll send a new one on the next ferry.")],
    [s1, s2, s3, s4,
     t("Great, that should fix it. Have a nice day!"),
     c("ok.. so it works now? the light is still blinking orange", None),
     t("It usually takes a few minutes. If it drops again, the cable in port 6 is probably loose, I'll send a new one on the next ferry.")],
))

# f08 recommends before asking ----------------------------------- Réunion, trail shoes
o = c("Bonjour, I need new shoes for trail. I'm doing the Diagonale des Fous in October, my first time.", None)
s6 = c("189... I have to wait, honestly. I already paid the race entry and the headlamp this month.", "no_money")
PAIRS.append(rpair(
    "b42r_f08_trailshoes",
    "A first-time ultra runner in Saint-Denis, Réunion, comes into a running shop for shoes for the island's 160 km mountain race. Spoken, in the shop.",
    o,
    [t("Bravo, that's a big one! Before I show you anything: what are you running in now, and have you had any problems, blisters, knees, ankles?"),
     c("Salomon, old ones. I twisted my ankle twice this year, on the descents near Cilaos. And my feet get bigger after 30 km.", None),
     t("Then we want something lower and stable, not the thick soft ones, and half a size up for the swelling. Try this one and walk on the rock ramp there."),
     c("Oh, it feels more solid. How much?", None),
     t("189 euro. Take them out for two short runs this week; if they're not right, bring them back clean and we exchange them."),
     s6],
    [t("Bravo, that's a big one! For the Diagonale everybody takes this one, the Hoka Speedgoat, very soft, big cushion, perfect for long distance."),
     c("Very soft... I twisted my ankle twice this year on the descents near Cilaos. It's not too high for that?", None),
     t("Ah. Hmm, maybe. Try it and walk on the rock ramp there."),
     c("It feels wobbly on the ramp. Do you have something lower?", None),
     t("Yes, this one, lower and more stable. 189 euro. Take them out for two short runs this week; if they're not right, bring them back clean and we exchange them."),
     s6],
))

# f09 unexplained jargon ----------------------------------------- Saskatchewan, hail claim
o = c("Hello, this is Walter Hnatiuk in Regina. The hail last night broke our skylight and there's dents all over the siding. Water came in on the kitchen floor. What do we do?", None)
s1 = t("Hi Walter, I'm sorry. Is everyone safe, and has the water stopped coming in?")
s2 = c("We're fine. My son-in-law put a tarp up this morning. The floor's wet, though.", None)
s6 = c("Thursday's no good, we're in Saskatoon all day for Martha's treatment.", "no_time")
s7 = t("Then I'll book Friday at ten, and he'll phone you the evening before.")
PAIRS.append(rpair(
    "b42r_f09_hailclaim",
    "A retired couple in Regina phone their home insurer the morning after a hailstorm broke a skylight and let water in. Spoken, phone.",
    o,
    [s1, s2,
     t("Good, the tarp was the right thing, keep the receipt and we'll pay for it. You have a thousand-dollar deductible, that's the part of the damage you pay yourselves, we pay the rest. An adjuster, that's the person who comes to look at the damage and price it, will visit."),
     c("A thousand we pay, the rest you. Okay. Can we start drying the floor?", None),
     t("Yes, dry it out and take photos before you move anything. The adjuster is free Thursday morning, would that work?"),
     s6, s7],
    [s1, s2,
     t("Good. So you've got a thousand-dollar deductible, it's an RCV policy so no depreciation holdback, mitigation costs are covered, and I'll assign an IA for the FNOL inspection."),
     c("I'm sorry, RC-what? I didn't follow any of that. Do we pay something or not?", None),
     t("You pay the first thousand. And yes, dry it out and take photos before you move anything. The IA is free Thursday morning, would that work?"),
     s6, s7],
))

# f10 talks about themselves instead of the next step ------------ Ethiopia, driving school
o = c("Selam. I want to learn driving. I am 44, and honestly I am very afraid of the traffic in Addis. My husband says I will never manage.", None)
s1 = t("Selam. Many of our students start at your age, and many are scared at first. That's normal.")
s2 = c("Really? I thought only young people come.", None)
PAIRS.append(rpair(
    "b42r_f10_drivingschool",
    "A nervous woman in her forties walks into a driving school in Addis Ababa to ask about lessons. Spoken, at the office.",
    o,
    [s1, s2,
     t("Really. The first lessons are in our yard in Summit, no traffic at all, until you feel ready. Then quiet streets on Sunday mornings. The full course is 30 lessons, 18,000 birr, but you can book one trial lesson first, 600 birr, this Saturday."),
     c("Saturday... yes, only the yard first. Okay, I try.", None),
     t("Good. Bring your ID on Saturday at nine, and I'll put you with Meseret, she's very patient."),
     c("Meseret. Good. See you Saturday.", None)],
    [s1, s2,
     t("Really. You know, when I learned I was scared too, I hit the gate of my uncle's compound on the first day! And my first time on Bole Road, a minibus almost... ah, I still remember. Eleven years I've been teaching now, I've even taught ministers' children."),
     c("Hm. So... how does it start? What do I do first?", None),
     t("The full course is 30 lessons, 18,000 birr, you pay at the window there."),
     c("18,000 at once... okay. Give me a paper with the prices, I will call you.", "brush_off")],
))
