"""Gaming pairs, part B (10 pairs). Written by hand for blind77."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer -- Arenal canopy tours
o = c("Hi there! We're a family of four from Cork staying in La Fortuna from the 3rd to the 6th. Kids are 9 "
      "and 13. The 13 year old is dying to do ziplining, the 9 year old is honestly terrified of heights but "
      "doesn't want to be left out. Is there something we can all do together? Also do you pick up from "
      "hotels and is it ok if it's raining? Thanks a million, Aoife", None)
PAIRS.append(gpair(
    "b77g_arenal_canopy", "Canopy and adventure tour operator, La Fortuna (Costa Rica)", "ignored_customer",
    "Irish mother asks for a family activity that works for a child afraid of heights.",
    [o,
     t("Hi Aoife, thanks, that's really helpful. Yes, we pick up in La Fortuna, and tours run in rain with "
       "ponchos. On your younger one: is it the height itself, or the speed and being alone on the cable?"),
     c("Both I think? Mostly the being alone bit. She froze halfway up a climbing wall last summer and "
       "cried, it was awful for her.", None),
     t("That helps. Our canopy lets under-10s ride tandem with a guide on every line, so she's never alone, "
       "and there's a low practice line first where she decides. If it's a no, she walks the trail with a "
       "guide and meets you at the end."),
     c("The tandem thing sounds brilliant. What's the cost for four? We've blown a fair bit on the volcano "
       "tour already, ha.", None),
     t("75 dollars adults, 55 kids, so 260 with pickup. If she backs out at the practice line, we refund "
       "her place, and I'll note that she's nervous so the guides know before you arrive."),
     c("Two-sixty, hmm. I'll run it past Dara, he's minding the budget this trip.", "think_it_over"),
     t("Of course. I'll hold the 4th at 8am for you until tomorrow evening, no deposit. Just reply yes or "
       "no."),
     c("Brilliant, thanks a million.", None)],
    [o,
     t("Hi Aoife! Great to hear from you. Tell me, what kind of experience are you hoping for as a family?"),
     c("Something we can all do together. The 9 year old is terrified of heights though, she froze on a "
       "climbing wall last summer.", None),
     t("Wonderful. And how adventurous would you say your 13 year old is?"),
     c("Very. He'd do anything. But it has to work for her too, that's the main thing.", None),
     t("Perfect. Then I'd go for our Extreme Canopy: 13 cables, the longest 750 metres, and the Tarzan "
       "swing at the end. It's our most popular family tour. Does the 4th work?"),
     c("Did you read what I said about her? She won't go near a 750 metre cable.", "no_need"),
     t("Totally, and the guides are fantastic with kids. What time suits for pickup, 7:30 or 8?"),
     c("Leave it with me. We'll have a look around when we're there.", "brush_off"),
     t("No problem at all! Any other questions about the Extreme Canopy, just let me know.")]))

# 12. repeated_questions -- Peruvian cacao seller to a Sligo chocolate maker
o = c("Hi, I make bean-to-bar chocolate in a unit outside Sligo, about 600 kilos of beans a year. I'm "
      "looking at your Piura blanco. Do you sell small quantities, and what's the fermentation like? My "
      "current beans from a broker are all over the place batch to batch.", None)
PAIRS.append(gpair(
    "b77g_sligo_cocoa", "Cacao exporter (Piura, Peru) selling to a craft chocolate maker in Sligo (Ireland)",
    "repeated_questions",
    "Small Irish chocolate maker asks the exporter's sales rep about small lots and fermentation.",
    [o,
     t("Hi, thanks for getting in touch. Yes, we sell by the 60 kg bag, and plenty of our buyers are your "
       "size. When you say all over the place, is it flavour, moisture, or flat and mouldy beans in the cut "
       "test?"),
     c("Flavour mostly. One batch fruity, the next flat and a bit hammy. Cut test fine-ish.", None),
     t("Hammy often points to over-fermenting or slow drying. Our co-op ferments five to six days in boxes, "
       "turning every 48 hours, and each lot ships with its cut test and fermentation log. Would 5 kg samples "
       "from two lots help you see the range?"),
     c("Yes. What's landed per kilo? I'm paying about 11 now, for what it's worth.", None),
     t("Landed in Ireland it's 13.40 a kilo for a single bag, 12.10 from five bags. Samples are free, you "
       "pay the courier."),
     c("13.40. That's a big jump for a maker my size.", "too_expensive"),
     t("It is. Two things may close the gap: less waste with steady lots, and a shared pallet for the "
       "five-bag price. A maker in Galway orders with us each spring; shall I ask if they'd split?"),
     c("Yeah, do. And send the samples, I'll roast them next week.", None)],
    [o,
     t("Hi, lovely to hear from you! Tell me, what volume are you looking at?"),
     c("About 600 kilos a year, like I said. My problem is consistency.", None),
     t("Great. And roughly how many kilos would you need per order?"),
     c("600 a year, so two or three bags at a time. The flavour changes batch to batch, that's what I need "
       "fixed.", None),
     t("Got it. And in terms of your annual requirement, what sort of tonnage are we talking?"),
     c("Still 600 kilos. Are you going to tell me about the fermentation or not?", None),
     t("Absolutely, great question. Just so I get it right for you, how much would you say you go through "
       "in a typical year?"),
     c("I've told you three times. Email me a spec sheet and I'll decide from that.", "brush_off"),
     t("Will do! And so I can tailor the spec sheet, what's your yearly volume?"),
     c("Unbelievable.", None)]))

# 13. wrong_paraphrase -- Bogota Spanish school
o = c("Hello, I'm an Irish nurse starting a six-month placement at a hospital in Bogota in February. I have "
      "basic school Spanish from years ago. I work shifts, so only evenings, and I'd really prefer "
      "one-to-one. Most of all I need to talk to patients: pain, symptoms, that kind of thing. Do you do "
      "anything like that?", None)
PAIRS.append(gpair(
    "b77g_bogota_spanish", "Spanish language school, Bogota (Colombia)", "wrong_paraphrase",
    "Irish nurse on a hospital placement wants evening medical Spanish.",
    [o,
     t("Hello, and welcome in advance! Yes: one-to-one evening classes, online or in Chapinero, and medical "
       "Spanish with a teacher who used to work in a clinic. Is it more understanding patients, or explaining "
       "procedures to them?"),
     c("Understanding them, honestly. People talk fast and use their own words for pain. I panic.", None),
     t("Very common, and fixable: lots of listening to real patients' phrases, local words for pain, and "
       "admission role-plays. Classes can move week to week with 24 hours' notice for your shifts. How many "
       "hours a week could you do?"),
     c("Three, maybe four. What does it cost? I'm on a placement stipend, not a proper salary.", None),
     t("One-to-one is 65,000 pesos an hour, so four hours is about 260,000 a week."),
     c("That's a good chunk of the stipend. I can't really do four hours a week at that.", "no_money"),
     t("Understood. We also run an evening group for health workers, four people max, 30,000 an hour each, "
       "Tuesdays and Thursdays, same teacher. You'd lose some one-to-one time but keep the medical focus."),
     c("Four people is fine. Can I try it before paying?", None),
     t("Yes, the first class is free. Next Tuesday at 7, online, so it works around your shifts?"),
     c("Tuesday's good.", None)],
    [o,
     t("Hello! How exciting. So tell me more about what you're hoping to get out of learning Spanish."),
     c("Mostly talking to patients. I work shifts, so evenings, and I'd like one-to-one.", None),
     t("Great. So what I'm hearing is you're looking for our intensive daytime group course, 20 hours a "
       "week, to get fluent fast for everyday life in Bogota. Did I understand you correctly?"),
     c("No. Evenings, one-to-one, and it's for work at the hospital.", None),
     t("Perfect, thanks. So to play that back: you want full immersion, mornings, with other international "
       "students, and the focus is conversation for travelling around Colombia. Is that right?"),
     c("That's nearly the opposite of what I said.", None),
     t("Got it. So bottom line, you'd like to start the intensive group on Monday at 8am and see how you "
       "go. Shall I send the enrolment link?"),
     c("I'm on the ward at 8am. I can't do mornings, full stop.", "no_time"),
     t("No problem! If anything changes, the intensive course starts every Monday.")]))

# 14. pitch_to_upset -- Sunderland phone repair
o = c("Hi. My phone went through the washing machine in my coat pocket. It won't switch on. It's got all the "
      "photos of my husband on it, he passed in March, and I never backed anything up. Please tell me you "
      "can get them off.", None)
PAIRS.append(gpair(
    "b77g_sunderland_photos", "Phone repair shop, Sunderland (England)", "pitch_to_upset",
    "Recently widowed woman brings in a water-damaged phone holding her late husband's photos.",
    [o,
     t("I'm so sorry about your husband, and about this. Let's think about the photos first, not the phone. "
       "Has it been switched on or charged since it came out of the machine?"),
     c("I tried to charge it straight away. Was that wrong?", None),
     t("It's what nearly everyone does, don't worry. From now, leave it off and don't charge it. What phone "
       "is it, and do you remember it ever asking about Google Photos?"),
     c("It's a Samsung. Our grandson set it up. I don't know about any of that.", None),
     t("Then there's a real chance the photos are already saved online. Before we open anything, could your "
       "grandson check your Google account on his phone? That's free. If they're not there, we try data "
       "recovery: 90 pounds, and you only pay if we get them back."),
     c("Ninety pound. I'm on my pension, love.", "no_money"),
     t("I understand. That's why I'd check Google first: if they're there, it costs nothing. And if we try "
       "and can't get them, you pay nothing."),
     c("Alright. I'll ring our Liam tonight and bring it in tomorrow if he can't find them.", None),
     t("That's the right order. Keep it switched off in a dry drawer, not in rice.")],
    [o,
     t("Oh no, I'm so sorry for your loss, and thank you for sharing that. Honestly, this might be the moment "
       "for a fresh start: the new Galaxy A35 is on offer at 249 pounds and it's far more water resistant."),
     c("I don't want a new phone. I want his photos.", "no_need"),
     t("Completely understand, and that's exactly why I'd recommend our Cloud Safe plan, 4.99 a month, so "
       "this never happens again. Everything backed up automatically."),
     c("But what about the photos that are on this one now?", None),
     t("We can look at that: data recovery is 90 pounds, no guarantee. What a lot of customers in your "
       "situation do is take the new phone and Cloud Safe together, and I'd knock 20 off the phone. How does "
       "that sound as a package?"),
     c("I've just told you my husband died and you're selling me a phone. I'll go somewhere else.", None),
     t("I'm sorry you feel that way. Is there anything else I can help you with today?")]))

# 15. blame -- Kingston termite control
o = c("Good morning. Your company did a termite treatment at my house in Mona in January. Now I'm seeing the "
      "mud tubes again on the verandah post and little wings on the windowsill. I paid 180,000 dollars for "
      "that treatment. What is going on?", None)
PAIRS.append(gpair(
    "b77g_kingston_termites", "Pest and termite control company, Kingston (Jamaica)", "blame",
    "Homeowner finds termites back six months after a paid treatment.",
    [o,
     t("Good morning, and I'm sorry, that's not what you paid for. The treatment has a twelve-month "
       "warranty, so a re-inspection and any re-treatment cost you nothing. Where exactly are the tubes, and "
       "when did the wings start?"),
     c("Front verandah, the post by the steps. Wings this week, after the rain.", None),
     t("Thank you. Wings after rain usually mean a swarm, from your colony or a neighbour's; we'll find out. "
       "Can the technician come Thursday morning to check the post, the soil barrier and the roof timbers?"),
     c("Thursday I'm at work. I can't keep taking days off every time this happen.", "no_time"),
     t("Understood. Saturday at 8, or 7am Thursday before work, whichever suits."),
     c("Saturday, eight.", None),
     t("Saturday at 8. If it's the same colony we re-treat that day at no charge and restart the warranty "
       "from then."),
     c("Alright. I want that in writing.", None),
     t("I'll send it to you on WhatsApp today.")],
    [o,
     t("Good morning, and thank you for bringing this to us. I'd love to understand what's happened. Is "
       "there any wood or lumber stored near the verandah?"),
     c("Some old boards under the steps, from when we built it. Why?", None),
     t("That would explain it. Wood on the ground basically invites them back, and no treatment can protect "
       "against that. Has there been a lot of water around the post too?"),
     c("It's rainy season. Everybody has water.", None),
     t("Exactly, and that's something the homeowner has to manage. So what I'm hearing is conditions at the "
       "house changed since January. A re-treatment would be 150,000, since the warranty doesn't cover "
       "conditions on the property."),
     c("So it's my fault now? Nobody said a word about boards in January. I'm not paying again for a job "
       "that didn't work.", "bad_experience"),
     t("I hear your frustration, and I do want a good outcome for you. Going forward, just keep the area dry "
       "and clear and we can look at it again after that. Does that sound fair?"),
     c("No. I'm calling the consumer affairs people.", None)]))

# 16. monologue -- Dublin notary public
o = c("Hi there, quick one. I'm Argentinian, living in Dublin. I need to sign a power of attorney so my "
      "sister can sell my flat in Rosario. The escribano there says it must be notarised here and "
      "apostilled. Can you do that, how long, how much? It's in Spanish, is that a problem?", None)
PAIRS.append(gpair(
    "b77g_dublin_notary", "Notary public, Dublin (Ireland)", "monologue",
    "Argentine living in Dublin needs a Spanish power of attorney notarised and apostilled.",
    [o,
     t("Hi! Yes, we do these often. Spanish is fine as long as you understand what you're signing; I may "
       "ask for an English translation for my file. Has the escribano sent you the wording, or do you need "
       "it drafted?"),
     c("They sent it, a PDF. Four pages.", None),
     t("That's easiest. You come in with your passport and the printed document, sign in front of me, I "
       "notarise it, and it goes to Foreign Affairs for the apostille. About five working days. My fee is "
       "150 euro, plus their 40. Any deadline?"),
     c("The buyer wants to sign end of month. And 190 all in? The consulate told me they do it for less.",
       "too_expensive"),
     t("They might, and it's worth checking: the consulate can certify some documents without an apostille. "
       "Ask whether the escribano accepts their version for a property sale; some insist on the apostille. "
       "If they say yes, go with the consulate."),
     c("Ok, I'll ring them today. If not, can I come Thursday?", None),
     t("Thursday 12:30 is free. I'll pencil you in; just text to cancel if the consulate works out.")],
    [o,
     t("Hi there, welcome! Yes, this is exactly what we do. Let me walk you through how we work. We're a "
       "full-service notarial practice, established 1987: authentications, apostilles, powers of attorney, "
       "company documents, statutory declarations, clients in over forty countries. Very straightforward."),
     c("Great, but the Spanish--", None),
     t("Spanish is no problem, we see lots. Now, what most clients do is take our Premium Express: we "
       "handle it end to end, drafting review, notarisation, apostille, courier to Argentina. It's 395 euro "
       "and very popular with the Latin American community here."),
     c("395? I only need to sign it, the escribano already--", "no_need"),
     t("Totally, and that's the beauty of it, you don't worry about anything. We also have a document vault "
       "at 60 euro a year so your originals are safe, and conveyancing partners if you ever buy here. I'll "
       "book you for Premium Express, Thursday at 11?"),
     c("Thursday I work till six. Look, I'll try the consulate.", "no_time"),
     t("No problem! So you're happy to go ahead with Premium Express once you've checked? I'll email the "
       "details over.")]))

# 17. closing_as_open_question -- Bariloche fly fishing
o = c("Hola. Me and my friend from Chile want to fish the Limay one day next week. We have our rods but no "
      "waders, no boat. How is it with the licence? And is possible only half day? We are not rich haha",
      None)
PAIRS.append(gpair(
    "b77g_bariloche_flyfishing", "Fly fishing shop and guide service, Bariloche (Argentina)",
    "closing_as_open_question",
    "Two young visitors with their own rods ask about a half day on the river.",
    [o,
     t("Hola! The Limay is fishing well. The licence you buy online from the parks office, I can help you "
       "here. Half day, yes, with a guide. Are you after big fish or lots of fish?"),
     c("Lots of fish, we are not experts. My friend only fished in the sea before.", None),
     t("Then the upper Limay with small nymphs is ideal: lots of rainbows, easy casting from a drift boat. "
       "Half day with guide and boat is 280 dollars for the two of you, waders included, flies about 10."),
     c("280 is more than we have, sorry. We thought like 150.", "no_money"),
     t("No need to be sorry. Without the boat, a walk-and-wade half day with a guide is 160 for two, plus 30 "
       "for waders. You fish from the bank at Confluencia; fewer fish than the boat, still good."),
     c("Ok that is better. Tuesday or Wednesday?", None),
     t("Wednesday looks calmer for wind. I'll write you in for Wednesday 8am, you pay on the day, and if the "
       "wind is too strong we move it, no cost."),
     c("Perfect, Wednesday.", None)],
    [o,
     t("Hola! Great to have you. Tell me, what would make this the perfect day on the Limay for you both?"),
     c("Catch some fish haha. Half day maybe, not too expensive.", None),
     t("Love it. And when you imagine landing that first big rainbow, which day do you see yourselves out "
       "there, Tuesday or Wednesday?"),
     c("I don't know yet. How much is it?", None),
     t("Full day drift boat, guide, lunch and waders: 450 for two. What would need to happen for you to "
       "lock in your date right now?"),
     c("450! No, we are students. Half day, we said.", "no_money"),
     t("I hear you. So thinking about the value of a day you'll remember forever, how would you like to "
       "secure it, card now or a cash deposit?"),
     c("We will look at the other shops on Mitre street, thanks.", "think_it_over"),
     t("Of course! Before you go, what would it take to get you back here tomorrow to book?")]))

# 18. pitch_as_paraphrase -- Panama City international movers
o = c("Good afternoon. I'm moving from Panama City back to Montreal in August. Two years ago, moving here, "
      "the company lost two boxes and took four months to answer my claim, so I'm careful now. I have a "
      "two-bedroom apartment but I'm selling most furniture. Maybe 25 boxes, a bike, a desk. What are my "
      "options?", None)
PAIRS.append(gpair(
    "b77g_panama_container", "International moving company, Panama City (Panama)", "pitch_as_paraphrase",
    "Wary expat returning to Canada wants to ship a small load.",
    [o,
     t("Good afternoon, and I'm sorry about last time. For 25 boxes, a bike and a desk, a full container is "
       "too big; shared sea freight is cheaper, air is faster. When do you need them in Montreal?"),
     c("No rush. September, October is fine. I stay with my sister first.", None),
     t("Then shared sea freight fits: your things in one crate, about 2.5 cubic metres, 6 to 8 weeks, "
       "roughly 1,900 dollars door to door with customs. Every box is numbered and photographed on an "
       "inventory you sign and keep."),
     c("1,900 for 25 boxes? I could almost buy it all new.", "too_expensive"),
     t("Almost, so it's worth doing the sums. Books and kitchen things usually aren't worth shipping; "
       "personal things, the bike and desk often are. At 15 boxes it's about 1,400. Insurance is 3% of what "
       "you declare, and our contract gives 30 days to answer a claim."),
     c("Ok. Can someone come see the things first? I don't want a surprise price after.", None),
     t("Yes, a free survey, and the price we write then is the price. Saturday morning?"),
     c("Saturday at 10.", None)],
    [o,
     t("Good afternoon! I'm sorry about your experience last time. Let me make sure I understand your needs. "
       "Tell me about the move."),
     c("Two-bedroom, but selling most furniture. 25 boxes, bike, desk. No rush, September is ok.", None),
     t("Perfect. So what you're telling me is you need our Gold door-to-door service with an exclusive "
       "20-foot container and full-value insurance, which comes to 7,800. Is that right?"),
     c("No. 25 boxes. Why do I need a whole container?", "no_need"),
     t("Great question. So if I'm hearing you correctly, peace of mind is the priority after last time, "
       "which is exactly what the exclusive container gives you: nobody else's things, nothing lost. That's "
       "what you're looking for, yes?"),
     c("I said I'm careful, not that I want to pay 7,800. Honestly you sound like the last company.",
       "bad_experience"),
     t("I totally understand. So to sum up what you need: Gold service, or we could do Silver at 6,200 with "
       "a slightly longer transit. Does that capture it?"),
     c("No. Send me the quote by email.", "brush_off")]))

# 19. upsell_as_loop_closing -- Cartagena island day trips
o = c("hi. 2 ppl, rosario islands day trip, saturday. price?", None)
PAIRS.append(gpair(
    "b77g_cartagena_islands", "Boat tour operator, Cartagena (Colombia)", "upsell_as_loop_closing",
    "Terse chat customer wants a Saturday island trip for two.",
    [o,
     t("Hi! Saturday: shared boat 180,000 pesos each with lunch, or a small boat of 12 people at 260,000 "
       "each. Is it more about beach, snorkelling, or seeing several islands?"),
     c("beach. quiet if possible", None),
     t("Then I'd skip the shared boat: it stops at Playa Blanca, packed on Saturdays. The small boat goes to "
       "a quieter beach on Isla Bela, lunch included. Port tax, 25,000 each, is paid at the pier."),
     c("260 each is a lot. cheaper at the street stands", "too_expensive"),
     t("It is cheaper there, usually with the Playa Blanca stop where they sell you more. If quiet matters, "
       "that's what the difference pays for. If not, the shared boat is fine. Your call."),
     c("ok small boat. how we pay", None),
     t("Deposit 50,000 by card link, rest at the pier. Pickup 7:30 at the Torre del Reloj."),
     c("ok send link", None)],
    [o,
     t("Hi! Great choice. Saturday shared boat is 180,000 each, lunch included. To close the loop and make "
       "sure we've covered everything: shall I add our snorkel package, 60,000 each?"),
     c("no thanks", "no_need"),
     t("Perfect. And to make the day complete, what else can I add? Most couples take the sunset return "
       "with open bar, 90,000 each."),
     c("no. just boat", "no_need"),
     t("Understood. Before I finalise, is there anything else that would make this truly special? Photo "
       "package, private cabana, lobster lunch upgrade?"),
     c("are you paid per upsell or what. just the boat", "no_need"),
     t("Ha, just making sure you have everything! So, anything else at all I can help with before I send "
       "the payment link?"),
     c("no", None)]))

# 20. leading_tag_questions -- Liverpool phone repair
o = c("Hiya, iPhone 12, battery's dead by lunchtime. Can you swap it today? I'm at work till 5 so it'd have "
      "to be quick.", None)
PAIRS.append(gpair(
    "b77g_liverpool_battery", "Phone repair kiosk, Liverpool (England)", "leading_tag_questions",
    "Hurried office worker wants a phone battery replaced during the working day.",
    [o,
     t("Hiya, yes, about 40 minutes. Do you know the battery health? It's in Settings, Battery."),
     c("Says 76%.", None),
     t("That's low enough that a new one will make a real difference. A genuine Apple part is 89 pounds "
       "and keeps the health reading working."),
     c("89 quid for a battery? Me mate got his done for forty in town.", "too_expensive"),
     t("Some places do; worth asking what part they fit. We also do a good aftermarket one at 55 with a "
       "six-month warranty; the only difference is a note in Settings saying it's not genuine. How long are "
       "you keeping the phone?"),
     c("Year max. 55 then.", None),
     t("Then that's the sensible one. Drop it in on your lunch and it's ready in 40 minutes."),
     c("Lunch is 12:30, I'll be in.", None)],
    [o,
     t("Hiya! Battery swap, no problem. You'll want the genuine Apple battery, won't you? You wouldn't put a "
       "cheap part in a phone like that."),
     c("How much is it?", None),
     t("89 pounds. And honestly, you'd rather pay once than twice, wouldn't you?"),
     c("Me mate got his done for forty quid.", "too_expensive"),
     t("And I bet he's had problems since, hasn't he? You don't want to be back here in three months, do "
       "you? And you'll want a screen protector while it's open, won't you, 15 pounds?"),
     c("No, just the battery. I'm on my break, I've got ten minutes.", "no_need"),
     t("Sure. It takes about 40, so picking it up after work suits you better, doesn't it? Shall I put it "
       "through at 89?"),
     c("I'll leave it. I'll go where me mate went.", "too_expensive")]))
