"""Ranked pairs d01-d10: two decent conversations, `better` is better. Written by hand for blind77."""
from common import c, rpair, t

PAIRS = []

# d01 -- Lima dental clinic, frightened of a root canal
o = c("Hola. The dentist I saw last month said I need a root canal on a back tooth. I've been putting it off. "
      "Honestly I'm scared, my mum had one that went wrong. How much is it here?", "bad_experience")
PAIRS.append(rpair(
    "b77r_d01_lima_rootcanal",
    "Dental clinic in Lima (Peru): a patient who has put off a root canal because of her mother's bad one.",
    [o,
     t("Hola, thanks for telling me, being nervous about this is really common. Before the price: what "
       "happened with your mum's, if you don't mind? It helps me understand what worries you."),
     c("It hurt for weeks and in the end they pulled the tooth anyway. That was twenty years ago in "
       "Huancayo.", None),
     t("That did happen more back then. Our endodontist works with a microscope and takes X-rays during "
       "treatment to check every canal is cleaned, which is the usual reason the old ones failed. Does the "
       "tooth hurt now?"),
     c("Only when I chew on that side. And sometimes at night.", None),
     t("Then it's better not to wait much longer. A molar is 650 soles, the crown separate. We could start "
       "with just a visit: X-ray, the endodontist explains your case, 60 soles, no treatment unless you "
       "decide."),
     c("650 and then the crown on top, uf. But ok, the first visit I can do, to see.", "too_expensive")],
    [o,
     t("Hola! Don't worry, root canals today are nothing like they used to be. It's 650 soles for a molar, "
       "and the crown is separate, from 900."),
     c("My mum had one that went wrong though. It hurt for weeks.", "bad_experience"),
     t("Everyone's different, and with modern techniques and good anaesthetic you won't feel a thing. Most "
       "patients say it's like a long filling. Does the tooth hurt now?"),
     c("When I chew, and sometimes at night.", None),
     t("Then best to do it soon. I have Wednesday at 4, shall I book the treatment?"),
     c("650 and then the crown... uf. Let me think and I'll call you.", "think_it_over")]))

# d02 -- Galway gym, returning after a second baby
o = c("Hi, I had my second baby five months ago and I want to get back into exercise. I used to run. I've "
      "only an hour here and there, and the baby would have to come with me sometimes. Is that even "
      "possible?", None)
PAIRS.append(rpair(
    "b77r_d02_galway_gym",
    "Gym in Galway (Ireland): a mother five months after a second birth wants to get back to exercise.",
    [o,
     t("Congratulations! Yes, very possible. Have you had your check-up, and did anyone mention your core "
       "or pelvic floor? It changes what I'd suggest."),
     c("The GP said I'm fine. I do get a bit of, you know, leaking when I run. Bit embarrassing.", None),
     t("Not embarrassing at all, it's really common after two babies, and a sign to build up before running "
       "hard. We've a postnatal class Tuesdays and Thursdays at 10, run by a women's health physio, babies "
       "come along in car seats. Do mornings work?"),
     c("Tuesdays yes, Thursdays I've the older one's playgroup. What's the price?", None),
     t("Classes only is 35 euro a month; full membership with the creche is 55. Since you'd mostly come "
       "Tuesdays, I'd start with classes only and upgrade if you find more time."),
     c("Money's tight enough on maternity leave, so yeah, the 35. Can I try it first?", None),
     t("Of course, next Tuesday's free. Bring the baby and a mat if you have one.")],
    [o,
     t("Congratulations! Absolutely possible. We've a creche from 9 to 12 so you can leave the baby, and "
       "with your running background you'd love our HIIT class, great for getting back in shape fast."),
     c("HIIT, hmm. I do get a bit of leaking when I run, to be honest.", None),
     t("Oh, that's very common, don't worry, the instructor gives low-impact options. Membership with the "
       "creche is 55 euro a month."),
     c("55 is a bit much on maternity leave.", "no_money"),
     t("There's a classes-only option at 35, you'd keep the baby with you. Would you like a free HIIT "
       "session?"),
     c("Maybe. Send me the timetable and I'll see.", "brush_off")]))

# d03 -- Buenos Aires to Cordoba move with an upright piano
o = c("Hola, we move from Caballito to Cordoba city in three weeks. Three-room apartment, a piano, and a cat. "
      "Can you give me a price?", None)
PAIRS.append(rpair(
    "b77r_d03_cordoba_move",
    "Moving company in Buenos Aires (Argentina): a family moving to Cordoba with an upright piano.",
    [o,
     t("Hola, sure. Two things change the price a lot: is the piano upright or grand, and which floor are "
       "you on, lift or stairs? And at the new place?"),
     c("Upright. Fourth floor, the lift is small, the piano doesn't fit. In Cordoba it's a house, ground "
       "floor.", None),
     t("Then the piano goes down the stairs with a piano crew, four people and straps, 280,000 pesos. The "
       "rest: a full truck is about 2.1 million, or 1.5 million shared, arriving two days later. Do you "
       "need your things on a set day?"),
     c("Shared, we can wait, we stay with my sister-in-law. Another company told me 1.4 million with "
       "everything, though.", "too_expensive"),
     t("Worth asking if their 1.4 includes a piano crew for stairs; four floors without one is how pianos "
       "and backs get hurt. I'll send ours in writing today, item by item, so you can compare line by line, "
       "and a supervisor can come measure on Thursday, free."),
     c("Ok, Thursday. And then I compare with the other.", "think_it_over")],
    [o,
     t("Hola! For a three-room apartment to Cordoba a full truck is about 2.1 million pesos, and the piano "
       "is 200,000 extra. What's the date?"),
     c("The 24th. The piano doesn't fit in the lift, it's the fourth floor.", None),
     t("No problem, our guys carry pianos all the time. So 2.3 million total. Shall I book the 24th?"),
     c("Another company told me 1.4 million with everything.", "too_expensive"),
     t("We can do a shared truck for 1.5 million, two days more. Plus the piano, 1.7."),
     c("Ok, send me both, I compare.", "think_it_over")]))

# d04 -- Belize cave tubing for a cruise group with a non-swimmer
o = c("Hey, we're six people off a cruise, docked in Belize City Tuesday 8am to 4pm. We want to do cave "
      "tubing. My brother-in-law can't swim and he's a bit embarrassed about it. Is it doable? And what if "
      "the ship leaves without us lol", None)
PAIRS.append(rpair(
    "b77r_d04_belize_caves",
    "Tour operator in Belize: a cruise group of six, one a non-swimmer, asks about cave tubing.",
    [o,
     t("Hey! Doable. Everyone wears a life jacket the whole time; the river is slow and mostly shallow, with "
       "a few deeper bits. Could you ask him, quietly if easier, how he feels about floating in deep water "
       "in a jacket? Some non-swimmers are fine, some hate it."),
     c("He says as long as he's got the jacket and someone near him he's ok. He'd rather nobody made a big "
       "deal of it.", None),
     t("Then one guide will link his tube to theirs without any fuss. It's 95 US each with lunch, pickup at "
       "the cruise terminal at 8:30."),
     c("We did a private tour in Cozumel last year and nearly missed the ship. My wife still hasn't "
       "forgiven me.", "bad_experience"),
     t("Fair worry. We plan to have you back at the terminal by 2:30, ninety minutes before all aboard. If "
       "we ever made you miss it, we'd pay to get you to the next port; it's in our booking terms, and I'll "
       "send them."),
     c("Ok, that helps. Book the six of us.", None)],
    [o,
     t("Hey! Totally doable, everyone wears a life jacket, so swimming isn't needed. It's 95 US each with "
       "lunch, pickup at the cruise terminal at 8:30."),
     c("Cool. He's a bit nervous though, and embarrassed.", None),
     t("He'll be fine, lots of non-swimmers do it. The guides are great."),
     c("And the ship? We nearly missed it in Cozumel last year with a private tour.", "bad_experience"),
     t("We always get people back on time, don't worry. Shall I book six?"),
     c("Ok, book it.", None)]))

# d05 -- Manchester coffee roaster-importer and a cafe
o = c("Hi, I run a cafe in Ancoats, about 40 kilos a week. Thinking about switching roaster. Our espresso's "
      "fine but customers say the flat whites taste a bit flat. What would you suggest?", None)
PAIRS.append(rpair(
    "b77r_d05_manchester_coffee",
    "Roaster and importer of Colombian coffee in Manchester (England): a cafe owner whose flat whites taste dull.",
    [o,
     t("Hi, thanks. Before I suggest a coffee: what are you using now, and how are you making the flat "
       "whites, dose, ratio, milk?"),
     c("A Brazil-Colombia blend, medium-dark. 18 in, 36 out, whole milk, oat as an option. Baristas change "
       "every six months, honestly.", None),
     t("Flat in milk with that blend is often the roast for that ratio, or shots drifting when the team "
       "changes. A brighter Huila might cut through milk better, but it could be grinder and training. Could "
       "I come in on a quiet morning and pull your coffee and ours side by side? If yours is fine dialled "
       "in, you've saved switching."),
     c("And if we switch, price? We pay 17.50 a kilo.", None),
     t("Our Huila blend is 19.80 at 40 kilos a week, so more than now; worth tasting before you decide. "
       "Tuesday or Wednesday morning?"),
     c("19.80, that's a fair jump. Wednesday, let's taste first.", "too_expensive")],
    [o,
     t("Hi! For flat whites I'd go with our Huila house blend, chocolatey and fruity, it really cuts through "
       "milk. Cafes that switch usually get great feedback."),
     c("Sounds good. What's the price? We pay 17.50.", None),
     t("It's 19.80 a kilo at your volume, and we include barista training twice a year."),
     c("19.80, that's a fair jump.", "too_expensive"),
     t("It is a bit more, but the quality's there. I can send you 2 kilos to try on your machine."),
     c("Go on then, send it.", None)]))

# d06 -- Cork IELTS for a Brazilian nurse
o = c("Hello, I'm a nurse from Recife, now in Cork. I need IELTS 7 in every band for the nursing board. I "
      "did the exam two times. Last time 7.5 listening, 7 reading, 7 speaking, but 6.5 writing. I am tired "
      "and disappointed. Do you have a course for this?", None)
PAIRS.append(rpair(
    "b77r_d06_cork_ielts",
    "Language school in Cork (Ireland): a Brazilian nurse short by half a band in IELTS writing.",
    [o,
     t("Hello, and I'm sorry, so close is the most frustrating place to be. It's one band, writing. Do you "
       "know which task lost the points, the graph or the essay?"),
     c("I don't know exactly, the result only says 6.5. I think the essay, I write too slow and don't "
       "finish.", None),
     t("That's useful: not finishing often costs more than grammar. So not a full course, just writing "
       "tutoring: timed essays corrected against the band criteria, 45 euro a session. Send me one essay "
       "written in 40 minutes first, and I'll tell you honestly what's holding you at 6.5."),
     c("Six sessions is 270, plus the exam again, 255. It's a lot for me now.", "no_money"),
     t("Understood. Let's see the essay first; if it's mainly timing, three sessions may be enough. What "
       "times work with your shifts?"),
     c("Mornings after 10. I write the essay on Sunday.", None)],
    [o,
     t("Hello! Yes, our IELTS preparation course is perfect for this: eight weeks, three evenings a week, "
       "all four skills and mock exams. Lots of nurses have passed with us."),
     c("But I only need writing. Listening and reading are ok.", "no_need"),
     t("Good point. The course has a strong writing focus, two of the three evenings, and a mock exam at the "
       "end. It's 420 euro."),
     c("420 is a lot for me now, and I work nights.", "no_money"),
     t("We also do one-to-one writing sessions at 45 euro each, mornings available. Would you like to book "
       "six?"),
     c("Maybe. I will see.", "think_it_over")]))

# d07 -- Bogota phone repair after a drop in the toilet
o = c("Buenas. My iPhone 13 fell in the toilet this morning, I took it out fast. It turns on but the screen "
      "has a green line and the speaker sounds bad. I have a job interview by video tomorrow. Can you fix it "
      "today?", None)
PAIRS.append(rpair(
    "b77r_d07_bogota_water",
    "Phone repair shop in Bogota (Colombia): a water-damaged phone the day before a video interview.",
    [o,
     t("Buenas, you did right taking it out fast. Honestly, water damage is unpredictable. I can open it, "
       "dry and clean the board today, 120,000 pesos; that often fixes the speaker. The green line is "
       "usually the screen and may not come back; a screen is 650,000. Did you charge it after?"),
     c("Yes, I charged it. Was that bad?", None),
     t("It can make corrosion worse, but let's see. With the interview tomorrow, do you have a laptop or "
       "another phone for the video, just in case? I'd rather you didn't depend on this one."),
     c("I have a laptop. Do the cleaning. The screen, 650 is a lot, my cousin knows a guy in San Andresito.",
       "too_expensive"),
     t("That's your call; just ask him if the screen is original, copies on the 13 are often dimmer. The "
       "cleaning is ready at 6, and if I find corrosion I'll send you photos before doing anything else."),
     c("Ok, good. See you at 6.", None)],
    [o,
     t("Buenas! Yes, we fix water damage. A full clean of the board and a new screen, it'll be like new by "
       "tonight. Total 770,000."),
     c("770,000? That's a lot. And it will be ready for my interview?", "too_expensive"),
     t("Yes, ready at 6. The green line needs a new screen anyway, and the cleaning should sort the "
       "speaker."),
     c("Ok, do it.", None),
     t("Perfect, leave it with me, see you at 6."),
     c("Thanks.", None)]))

# d08 -- Recife cartorio, selling a car
o = c("Boa tarde. I'm selling my car to a guy from the internet. He wants to do the transfer at the cartorio "
      "tomorrow. What do I need to bring? I'm a bit nervous, first time I sell a car.", None)
PAIRS.append(rpair(
    "b77r_d08_recife_cartorio",
    "Notary office (cartorio) in Recife (Brazil): a first-time private car seller asks what to bring.",
    [o,
     t("Boa tarde. You both sign the transfer document and we recognise both signatures in person, so both "
       "of you come with ID. Bring your CNH or RG and the vehicle's transfer document, and check there are "
       "no unpaid fines. Has the buyer paid yet?"),
     c("Not yet. He says he pays by PIX at the cartorio when we sign.", None),
     t("Then one tip: wait until the PIX shows in your own bank app, not a screenshot on his phone; fake "
       "receipts are a common scam. Once it's in your account, you sign. It's about 25 reais a signature. "
       "What time is he coming?"),
     c("At 10. Good to know about the PIX, I didn't think of that.", None),
     t("10 is fine, no appointment. After signing, report the sale to Detran within 30 days, it's online, "
       "so any fines after tomorrow aren't yours."),
     c("Perfeito, obrigado.", None)],
    [o,
     t("Boa tarde! Bring your ID and the vehicle's transfer document, and the buyer comes too. Signature "
       "recognition is about 25 reais each."),
     c("Ok. He pays by PIX at the cartorio when we sign.", None),
     t("Perfect, that's how most people do it. Any time from 8 to 5, no appointment."),
     c("Ok. Anything else I need to do?", None),
     t("No, that's it. After that the car is his."),
     c("Ok, obrigado.", None)]))

# d09 -- Sheffield wasp nest by a child's bedroom
o = c("Hi, there's wasps going in and out of a gap under the roof tiles above our back bedroom. One every few "
      "seconds. The kids' bedroom is right there. How much to get rid?", None)
PAIRS.append(rpair(
    "b77r_d09_sheffield_wasps",
    "Pest control in Sheffield (England): a wasp nest under roof tiles next to a child's bedroom.",
    [o,
     t("Hi. A wasp every few seconds under the tiles is almost certainly a nest in the roof space. Have you "
       "seen any inside the bedroom?"),
     c("One came in the kids' room yesterday, that's why I'm ringing.", None),
     t("Understood. We treat from outside at the entry hole with a dust, no need to go in the loft; the "
       "wasps carry it in and the nest dies off in a day or two. It's £65, and if they're still active after "
       "48 hours we come back free. Keep that window shut till then."),
     c("£65 for ten minutes' work? My neighbour says just get a spray from B&Q.", "too_expensive"),
     t("You could. The trouble is shop sprays don't reach a nest inside the roof, and spraying the hole can "
       "send them through the ceiling into the room. Try it if you like, and the £65 still stands if it "
       "doesn't work. With kids right there I'd have it done properly, but it's your call."),
     c("No, go on, you're right. Tomorrow?", None),
     t("Tomorrow between 8 and 10. You don't need to be in, just keep the window shut.")],
    [o,
     t("Hi! Sounds like a nest. We can treat it for £65, usually gone in a day or two."),
     c("£65 for ten minutes' work? My neighbour says just get a spray from B&Q.", "too_expensive"),
     t("Shop sprays don't really work on roof nests, they're too far in. We use a professional dust."),
     c("Ok. Do I need to be in?", None),
     t("Yes, we'll need into the loft. Tomorrow at 10?"),
     c("I'm at work tomorrow. Friday?", "no_time"),
     t("Friday at 10, booked.")]))

# d10 -- Valparaiso tackle shop, first kayak fishing kit
o = c("Hola! I just bought a sit-on-top kayak and want to start fishing from it off Valparaiso, around "
      "Caleta Portales. What gear do I need? Budget maybe 300 lucas.", None)
PAIRS.append(rpair(
    "b77r_d10_valparaiso_kayak",
    "Fishing tackle shop in Valparaiso (Chile): a beginner wants gear for kayak fishing at sea.",
    [o,
     t("Hola! Nice. Before the gear: have you paddled at sea before, and do you have a life vest and a way "
       "to call for help? Off Portales the wind gets up in the afternoon and can push you out fast."),
     c("I paddled a bit in Lago Rapel, not the sea yet. I have a vest, not the radio thing.", None),
     t("Then part of the 300 should go on safety: a handheld VHF radio, about 110, and a paddle leash. For "
       "fishing, a 2.1 m spinning rod with a 3000 reel, about 90, plus jigs and soft lures, 40. And go out "
       "in the mornings, with a friend the first few times."),
     c("Do I really need the radio? I can use my phone in a bag, no?", "no_need"),
     t("A phone in a dry bag is better than nothing, and some start that way. The radio is more reliable: "
       "phones die or lose signal on the water, and the Navy listens on channel 16. If the budget's tight, "
       "a phone bag now and the radio next month is a fair plan."),
     c("Ok, phone bag now, radio next month. Show me the rods.", None)],
    [o,
     t("Hola! For kayak fishing off Valpo I'd go with a 2.1 m spinning rod and a 3000 reel, about 90 lucas, "
       "a rod holder for 25, and jigs and soft lures for 40. That's 155, leaving room for a fish finder, we "
       "have one at 140."),
     c("A fish finder, nice. Is it hard to install?", None),
     t("Not really, it clips on with a suction mount. Ten minutes. Do you want to take the whole set?"),
     c("Hmm, 295. That's the whole budget. Let me think and I come Saturday.", "think_it_over"),
     t("No problem, I'll keep the fish finder aside for you till Saturday.")]))
