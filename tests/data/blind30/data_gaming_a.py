"""Gaming pairs, part A (hand-written). Each pair: the same customer handled well (good) and by a
trainee who games or fails in the way `kind` names (gaming)."""
from common import c, t

PAIRS = []

# ---------------------------------------------------------------- 1 monologue
_open = c("Yeah, hi, this is Dale Hruska out past Ord. I, uh, I need to rent a skid steer for a bit, "
          "maybe a week? Creek came up over the lot in March and it's a mess out here.", None)
PAIRS.append({
    "id": "b30g_skidsteer_rental",
    "business": "Equipment rental yard (skid steers, loaders, trenchers), Ord, rural Nebraska, USA",
    "kind": "monologue",
    "situation": "Phone call. A cattle farmer wants to rent a machine to dig out a flooded feedlot and "
                 "clear debris from a fence line; the low end of the lot is still soft.",
    "good": [
        _open,
        t("Hi Dale, sorry to hear about the flooding, a lot of folks out your way got hit. Tell me what the "
          "mess looks like. Are we talking mud and manure in a feedlot, or debris, fence, that kind of thing?"),
        c("Bit of both. It's the feedlot mostly, maybe a foot of muck packed in there, and then there's a "
          "bunch of, like, cottonwood limbs and old wire washed up along the fence line.", None),
        t("Okay. And how's the ground right now, can you drive a pickup on it or is it still soft?"),
        c("Still soft in the low end. Pickup'd sink. The upper part's fine.", None),
        t("That matters, because a wheeled machine is gonna dig itself in down there. For soft ground I'd point "
          "you at a tracked loader, not the wheeled skid steer. It does cost more though, two-ninety a day "
          "against two-ten for the wheeled one."),
        c("Hm. Two-ninety a day for a week, that adds up quick. I was figuring on the cheaper one.", "too_expensive"),
        t("Fair enough. Can I ask, is it a full week of seat time, or is a lot of that week waiting on the "
          "ground to dry? Because if it's really three or four days of actual work, you might come out ahead "
          "with the tracked one for fewer days, plus a grapple for the limbs, instead of fighting the wheeled "
          "one all week."),
        c("Honestly it's probably three days of work if the machine doesn't get stuck. My boy's home Thursday "
          "through Saturday to help.", None),
        t("Then here's what I'd suggest: tracked loader with a bucket and a root grapple, Thursday morning to "
          "Saturday evening. Three days at two-ninety, grapple's thirty a day. We deliver Wednesday night so "
          "you're not waiting on us. I'll hold it now and text you the quote tonight. Look it over, and if it "
          "doesn't work, just tell me by Tuesday and I'll drop the hold."),
        c("Yeah, that's fair. Send it to this number.", None),
    ],
    "gaming": [
        _open,
        t("Sure thing, Dale. So we've got the Bobcat S650 on the lot, great machine, 74 horsepower, rated "
          "operating capacity about twenty-six hundred pounds, vertical lift path so you get good reach when "
          "you're loading a truck. Comes with a standard 74-inch bucket. We also got the T770 tracked, more "
          "power, 92 horse, pilot controls, cab heat, which you won't need this time of year. Weekly on the "
          "S650 is nine-fifty, plus delivery, and delivery's by the mile, so where exactly are you?"),
        c("About eleven miles north of Ord on 11. But listen, the low end is pretty soft still, I don't know "
          "if...", None),
        t("Oh, eleven miles, no problem, that's our second zone, sixty-five each way. And the S650 handles "
          "pretty much anything, we rent 'em to everybody, contractors, the county. There's a damage waiver at "
          "fifteen percent, which I always tell people to take because tires on those are not cheap. It goes "
          "out full of fuel and comes back full or it's six a gallon. Pallet forks are extra, grapple's extra, "
          "auger's extra."),
        c("I don't need an auger. I'm asking if the wheeled one's gonna sink in the low end. It's like a foot "
          "of muck.", None),
        t("They're real stable machines, low center of gravity. Plus there's a thing this month where you get "
          "the eighth day free if you book a full week. So the S650 for the week plus waiver plus delivery both "
          "ways comes to about twelve hundred and change. I can put your card down for that right now."),
        c("Yeah, okay. Just... text me all that, I'll look at it later.", "brush_off"),
        t("Will do! And remember the eighth day free is just this month. Anything else I can tell you about "
          "the machines?"),
        c("Nope. Bye.", None),
    ],
})

# ---------------------------------------------------------------- 2 monologue
_open = c("hi po good day! im looking for printed labels for my ube halaya jars, small business lang. how "
          "much po?", None)
PAIRS.append({
    "id": "b30g_jar_labels",
    "business": "Print shop (stickers, labels, packaging), Cubao, Quezon City, Philippines",
    "kind": "monologue",
    "situation": "Facebook page chat. A home baker who sells ube jam in jars wants labels; her jars are "
                 "kept in the fridge and her last stickers wrinkled. Tight budget.",
    "good": [
        _open,
        t("Hi po, good day! Happy to help. Before I give a price, about how many jars do you sell a month, "
          "and do you already have a design or logo?"),
        c("around 150-200 jars a month, more pag december. i have a logo made by my pamangkin but its just a "
          "png from canva", None),
        t("Noted po, 150-200 a month and more in December, logo is a PNG from Canva. Are the jars kept in the "
          "ref? Asking because when they get cold and sweaty, paper labels peel and the ink runs."),
        c("yes po they go in the ref, customers also keep in ref. last time i used sticker paper from the "
          "mall and it got wrinkly", None),
        t("Yes, that's the usual problem with plain sticker paper. For the ref I'd suggest waterproof vinyl. "
          "500 pcs of a 2x3 inch label is P1,350, 1,000 pcs is P2,200. Vinyl doesn't wrinkle with moisture."),
        c("sorry po but i only have like 800 set aside for packaging this month", "no_money"),
        t("No problem po, thank you for telling me. Is the 800 for labels only, or also jars and ribbons? "
          "We can do a smaller run, 250 pcs vinyl for P780. That's about 6 weeks of jars, then you reorder "
          "before December once you know how it goes."),
        c("ok that works better. labels only yes. can you check if my logo is ok for printing?", None),
        t("Yes po, send the PNG here and I'll check the resolution for free before you pay anything. If it's "
          "too small I'll tell you exactly what to ask your pamangkin for. Proof ready tomorrow afternoon."),
        c("sige po sending now, thank u!", None),
    ],
    "gaming": [
        _open,
        t("Hi po! Thank you for messaging Inkwell Print Hub! We offer sticker labels (paper, vinyl, "
          "transparent, holographic), product boxes, tarpaulins, calling cards, menus, flyers and packaging "
          "sleeves. Our best seller for food businesses is the Premium Holographic Label, super eye-catching "
          "on the shelf! Minimum order 1,000 pcs.\n- Paper sticker 1,000 pcs P1,100\n- Vinyl waterproof "
          "1,000 pcs P2,200\n- Holographic 1,000 pcs P3,400\n- Transparent 1,000 pcs P2,800\nLayout fee P500 "
          "if no design. Lead time 5-7 working days. Pick-up Cubao or via Lalamove."),
        c("ahh ok po. 1000 is too many for me, i only sell like 150 a month", "no_need"),
        t("For small businesses we also have our Starter Brand Kit po! 1,000 labels, 100 calling cards, 1 "
          "tarpaulin 2x3 ft and a free logo cleanup, only P4,500, save P900! Perfect for bazaars and weekend "
          "markets. Many food sellers choose this package. We also do custom pasalubong boxes, minimum 200 pcs."),
        c("my jars go in the ref po will the label be ok? my last stickers got wrinkly", None),
        t("All our labels are high quality po! Printed on Epson and Roland machines with eco-solvent ink, "
          "vivid colors, sharp details. Holographic is very popular for desserts, it makes the product look "
          "premium. Would you like to reserve the Starter Brand Kit? Promo is until Sunday."),
        c("sige po, ill just check other shops muna. thanks", "brush_off"),
    ],
})

# ---------------------------------------------------------------- 3 closing_as_open_question
_open = c("Good morning. My neighbour, the shop next to mine, they break in last week, through the roof. So "
          "I come to ask about alarm. I don't know anything about this.", None)
PAIRS.append({
    "id": "b30g_shop_alarm",
    "business": "Security firm (alarms, monitoring, patrols), Derb Ghallef, Casablanca, Morocco",
    "kind": "closing_as_open_question",
    "situation": "Walk-in at the firm's office. The owner of a small phone shop is frightened after a "
                 "break-in next door; the value is in used phones kept in a wooden cabinet. Non-native "
                 "English on both sides.",
    "good": [
        _open,
        t("Good morning, please sit. I'm sorry about your neighbour, that is a shock for the whole street. "
          "What do you sell there, and what worries you most if someone gets in?"),
        c("Phones, chargers, some used phones also. The used phones, that is the money. I keep maybe forty, "
          "fifty in the showcase. At night I put them in a cabinet but it is just wood.", None),
        t("So the real value is the used phones, and at night they sit in a wooden cabinet. Is anyone near the "
          "shop at night? A guardian, people living upstairs?"),
        c("There is the gardien of the street, but he sleeps, honestly. Upstairs is storage, nobody lives.", None),
        t("Then the roof is your weak point too, like your neighbour. An alarm that only makes noise may not "
          "help if nobody reacts at three in the morning. Usually we put sensors on the door and the ceiling, "
          "linked to our control room, and we call you and send a patrol. But to be honest, for the phones a "
          "steel cabinet might protect more than any alarm."),
        c("With monitoring, every month I pay? Business is slow since Ramadan, I cannot carry another monthly "
          "payment now.", "no_money"),
        t("I understand. Is it the monthly amount, or not knowing what you get for it? There is also a system "
          "you buy once, no subscription, and it calls your phone directly if something happens. If that "
          "covered the roof and the door, would it be enough for you?"),
        c("If it calls my phone, yes. I live ten minutes away. How much is this one?", None),
        t("For a shop your size, door contact, two ceiling sensors, siren and the GSM unit, around 3,800 "
          "dirhams installed. But before a firm price I want to see your ceiling. If it is like your "
          "neighbour's, maybe a grille is more important than a sensor. I can pass tomorrow after six when "
          "you close. Is that okay?"),
        c("Tomorrow after six, yes. Come.", None),
    ],
    "gaming": [
        _open,
        t("Good morning! You came at the right moment. Which package do you prefer, the Basic at 190 dirhams "
          "a month or the Premium with patrol at 290?"),
        c("I don't know, I don't know the difference. My shop is small, it is phones.", None),
        t("No problem, most shops take the Premium. When is better for the installation, Thursday or Saturday "
          "morning?"),
        c("Wait, wait. I only come to ask. Monitoring, I am not sure I need it, I live ten minutes from the "
          "shop.", "no_need"),
        t("Of course. And how will you pay the installation fee, cash or card? For cash there is a small "
          "discount."),
        c("I did not say yes yet. My brother-in-law knows about security, I will ask him first.", "think_it_over"),
        t("Very good. What would make you ready to sign today, before you speak with him?"),
        c("Nothing. Give me the paper with the prices, I will see.", "brush_off"),
    ],
})

# ---------------------------------------------------------------- 4 closing_as_open_question
_open = c("aoa, i am freelancer (graphic design) getting payments from upwork thru payoneer. never filed "
          "return. my bank is cutting extra tax bcz im not on ATL. do i need to register or what? how much u "
          "charge", None)
PAIRS.append({
    "id": "b30g_freelancer_tax",
    "business": "Tax adviser (NTN registration and personal returns), Johar Town, Lahore, Pakistan",
    "kind": "closing_as_open_question",
    "situation": "WhatsApp chat. A young freelance designer paid from abroad has never filed a return and "
                 "is losing extra withholding tax because he is not on the Active Taxpayer List. Price-"
                 "conscious; a friend filed for free.",
    "good": [
        _open,
        t("Walaikum salam. Yes, this can be fixed. A few questions first so I tell you the right thing: since "
          "which year are you earning from Upwork, and do you have any other income, salary, rent, anything?"),
        c("since 2021. no other income, just this. i also have a bike on my name if that matters", None),
        t("Ok. Are the payments coming from Payoneer into a Pakistani bank account in your own name? I ask "
          "because IT export income, if you register with PSEB, can be taxed at a much lower rate."),
        c("yes my own meezan account. whats PSEB?", None),
        t("Pakistan Software Export Board. Freelancers can register there, and then the tax on export "
          "remittance is a small final rate instead of the normal slabs. Not compulsory, but it usually saves "
          "money. So step 1 is NTN and this year's return to get on ATL, step 2 maybe PSEB. Our fee for NTN "
          "plus one return is Rs 6,000."),
        c("6000 for a form?? yar my friend did it from youtube for free", "too_expensive"),
        t("Fair enough, many people file themselves and for a simple case that's fine. Where people go wrong "
          "is the remittance certificate and which section the income goes in, then they pay the normal rate "
          "by mistake. If you like, I send you the document list and the FBR steps, you try yourself, and if "
          "you get stuck at the income part we do only that for Rs 2,000. Would that suit you?"),
        c("ok that sounds fair. send list", None),
        t("Sending now. Also download your bank's tax deduction certificate for July to June, you need it to "
          "claim back what the bank cut. Deadline is 30 September, so better start next week."),
        c("ok got it thanks bhai", None),
    ],
    "gaming": [
        _open,
        t("Walaikum salam! Yes definitely you need to register. Shall I start your NTN registration today or "
          "tomorrow?"),
        c("first tell me what is the process and how much", None),
        t("Fee is Rs 8,000 for NTN + return + ATL. Easypaisa or bank transfer, which is easier for you?"),
        c("8000?? my friend did it himself for free bro", "too_expensive"),
        t("Self filing has many risks. Tell me, what's stopping you from starting with us today? We can do "
          "Rs 7,500 if you send CNIC copy now."),
        c("nah i'll try myself, its not rocket science", "no_need"),
        t("Ok, which documents can you send today so we can at least open your file?"),
        c("i said i will do myself. bye", "no_need"),
    ],
})

# ---------------------------------------------------------------- 5 pitch_as_paraphrase
_open = c("Hi, hello. We want to go to Hvar with the car, tomorrow. Two adults, three kids, and, uh, a car "
          "with a roof box. My wife says in August the line is terrible, so I want to know what to do.", None)
PAIRS.append({
    "id": "b30g_island_ferry",
    "business": "Car ferry line ticket office, Split harbour, Croatia",
    "kind": "pitch_as_paraphrase",
    "situation": "At the ticket window in August. A Slovenian father with three children wants to take the "
                 "car to Hvar tomorrow and dreads a long wait in the heat like last year. Non-native English.",
    "good": [
        _open,
        t("Hello. Yes, your wife is right, in August the car queue in Split can be long. Where on Hvar are "
          "you staying, Stari Grad, Jelsa, Hvar town?"),
        c("Jelsa. The apartment is in Jelsa.", None),
        t("Okay, the car ferry lands in Stari Grad, then it's about twenty minutes' drive to Jelsa. Do you "
          "need to be there by a certain time? Does the apartment have a check-in time?"),
        c("Check-in from three. But the kids, you know, in the car in the heat for hours, that's my real "
          "problem. Last year to Brač we waited four hours in the port.", None),
        t("Four hours with three kids in the heat, I understand you don't want that again. So: in Jelsa by "
          "three, and as little waiting in the car as possible. Then I'd skip the 11:30 and take the 8:30. "
          "Car tickets are now for one specific sailing, so if you have the ticket and you're in the lane 45 "
          "minutes before, you're on."),
        c("We sleep in Split tonight, so 8:30 is okay. But can I be sure? Online it said sold out for some "
          "times.", None),
        t("Let me check... 8:30 tomorrow still has space. Is the car with the roof box under two metres high? "
          "Then it's the normal car price, with the five of you about 71 euros. If something happens and you "
          "miss it, you can change once here for free if a later boat has space."),
        c("Under two metres, yes. Okay, good. We take the 8:30.", None),
        t("Here you go. Be in lane 3 by 7:45. There's shade and a café right by the gate, so the kids don't "
          "have to sit in the car while you wait."),
    ],
    "gaming": [
        _open,
        t("Hello! So what you're looking for is our Priority Boarding add-on, so you skip the whole line, "
          "right? It's 25 euros extra per car."),
        c("Uh, maybe. I don't know what it is. We go to Jelsa, with three kids.", None),
        t("Right, so if I understand you, you want the most comfortable trip for the family, which means the "
          "catamaran for the passengers plus priority for the car. That's the Family Comfort combination, "
          "118 euros. Correct?"),
        c("No, no, we go all together in the car, I don't split the family. And 118 is a lot only for a "
          "ferry.", "too_expensive"),
        t("Of course. So what I'm hearing is that you want value, and the best value for families is the "
          "season return ticket, so you don't pay again on the way back. That's it, yes?"),
        c("I didn't say anything about the return. We go back from Sućuraj, another port. Just, please, a "
          "normal car ticket, tomorrow morning.", None),
        t("Okay, one normal car ticket. So basically you're happy to take the risk with the queue and no "
          "priority, right?"),
        c("Yes. Just the ticket, please.", None),
    ],
})

# ---------------------------------------------------------------- 6 pitch_as_paraphrase
_open = c("Hi, this is Loretta Cagle, out on Possum Hollow Road. I've got, I run about thirty Boer goats, and "
          "I've got three, maybe four does that are just, they're getting thin, and one of 'em's got kind of a "
          "puffy jaw. I wanted to see if somebody could look at 'em.", None)
PAIRS.append({
    "id": "b30g_goat_herd",
    "business": "Large-animal veterinary practice (cattle, goats, sheep), rural Middle Tennessee, USA",
    "kind": "pitch_as_paraphrase",
    "situation": "Phone call to the front desk. An older goat keeper describes thin does and a swollen jaw "
                 "(likely worms); money is tight after an expensive farm call last time.",
    "good": [
        _open,
        t("Hi Miss Cagle, I'm sorry they're not doing well. Weight loss with a puffy jaw is worth a look soon. "
          "When you pull down the lower eyelid on that one, what color is it? Pink, or pale, kind of white?"),
        c("I looked on the one with the jaw and it's, well, it's pretty pale. Whitish.", None),
        t("Okay. Together with the jaw, that's often a heavy worm load, barber pole, but I don't want to guess "
          "over the phone. When did you last deworm, and with what?"),
        c("Back in, uh, May? With the Ivomec. Same as always. And I'll be honest, I can't afford a big farm "
          "call bill right now. Last time it was near two hundred dollars before anybody touched an animal.",
          "no_money"),
        t("I hear you. Two things might help. If you can bring them in the trailer, there's no farm call fee, "
          "just the exam. And if money's the big worry, we can run fecal counts first, fifteen dollars a "
          "sample. That tells us if it's worms, and whether the Ivomec's even still working, because in a lot "
          "of herds around here it isn't anymore. Could you get samples, or bring the three in?"),
        c("I can't load 'em by myself, my trailer hitch is broke. But I can get, uh, poop samples, sure. How do "
          "I do that?", None),
        t("Fresh off the ground is fine. A sandwich bag per goat, write her name or tag number on it, keep them "
          "in the fridge, not the freezer, and get them here by noon tomorrow. Dr. Akers will call you by end "
          "of day with the counts and what to give. If the pale one gets weak or quits eating before then, "
          "call right away, don't wait on us."),
        c("Noon tomorrow. Okay, I can do that. Thank you, honey.", None),
    ],
    "gaming": [
        _open,
        t("Hi Miss Cagle! So what you're telling me is you need our Herd Health Program, that's quarterly farm "
          "visits, a deworming protocol and vaccinations, ninety-five a month. That's what you're after, "
          "right?"),
        c("Well no, I just, I've got a few sick does. I don't know about any program.", None),
        t("Sure, so basically what you need is a full farm call with Dr. Akers so she can assess the whole "
          "herd, and while she's there she can do CD&T boosters on all thirty. That's the plan you want, yeah?"),
        c("All thirty? I can't pay for all that. I just want somebody to tell me what's wrong with the thin "
          "ones.", "no_money"),
        t("Totally. So if I'm hearing you right, what matters to you is keeping costs predictable, which is "
          "exactly what the Herd Health Program does, no surprise bills. Shall I sign you up and get the first "
          "visit on the calendar?"),
        c("Honey, I didn't say that. I reckon I'll just get some dewormer at the co-op and do it myself.",
          "no_need"),
        t("So you're saying you'd rather treat them yourself for now and join the program in the fall? I'll "
          "put a note on your file."),
        c("I'm not saying that neither. Bye now.", None),
    ],
})

# ---------------------------------------------------------------- 7 upsell_as_loop_closing
_open = c("Yes, hello, it's Katerina from the canteen at the 14th Primary in Peristeri. Look, the inspector came "
          "yesterday and she said the cheese pies from my old supplier are too salty for the list. So I need "
          "something for Monday. Do you have pies that are allowed?", None)
PAIRS.append({
    "id": "b30g_canteen_pies",
    "business": "Wholesale supplier to school canteens (baked goods, approved snacks), Athens, Greece",
    "kind": "upsell_as_loop_closing",
    "situation": "Phone call, B2B. The operator of a primary-school canteen must replace cheese pies that "
                 "failed the health inspector's salt rule before Monday; her margins are thin.",
    "good": [
        _open,
        t("Hello Mrs Katerina. Yes, we supply several schools from the approved list. Did the inspector flag "
          "only the cheese pies, or anything else as well?"),
        c("Only the pies. She was quite nice actually. But she said she comes again in a month and everything "
          "must be in order.", None),
        t("Okay. How many pies do you sell on a normal day? And do the children want cheese, or do they take "
          "spinach too?"),
        c("Cheese, cheese, always cheese. Maybe eighty a day. Spinach maybe fifteen, the teachers buy those.", None),
        t("Then I'd suggest our reduced-salt cheese pie in wholegrain pastry. It's on the approved list and "
          "every box carries the nutrition label, so you can show the inspector. Honestly, some kids say it "
          "tastes a bit different at first. It's 0.62 a piece to you."),
        c("0.62? The old one was 0.48. On eighty a day that's... that's a lot of money every week for me.",
          "too_expensive"),
        t("It is more, I won't pretend otherwise. Can I ask how your selling price works, is it fixed in the "
          "contract or yours to decide?"),
        c("The maximum is in the contract. Cheese pie, maximum one euro twenty.", None),
        t("So there is some room. Some canteens went to 1.10 for the approved pie and told the parents why. "
          "But first let's see if the children eat it. I'll send a trial box of forty for Monday, same price, "
          "no minimum, and I'll email the approval certificate today so you have it on file. If it works, we "
          "set a standing order from the week after."),
        c("Okay, forty for Monday. Before seven, please, the bell is at eight-fifteen.", None),
    ],
    "gaming": [
        _open,
        t("Hello Mrs Katerina! Yes of course, our reduced-salt cheese pie is on the approved list, 0.62 a "
          "piece. How many for Monday?"),
        c("Eighty. But 0.62 is a lot more than I pay now.", "too_expensive"),
        t("It's the approved one, so. Eighty for Monday. Is there anything more you need for Monday? We have the wholegrain "
          "koulouri, fruit cups, the new yoghurt bars..."),
        c("No, the koulouri I get from the bakery next door.", "no_need"),
        t("Okay. Anything else you'd like to include? Maybe our juices, 100 percent fruit, all approved. The "
          "schools love them."),
        c("I have juices. I only needed the pies.", "no_need"),
        t("Perfect. And is there anything more I can do for you today? We rent display fridges, only 35 a "
          "month, the inspector likes to see the cold items labelled..."),
        c("Listen, the children come in at quarter past eight, I have no time for fridges now. Send the eighty "
          "pies and the invoice, that's all.", "no_time"),
        t("Of course! Eighty pies. Anything else before I close the order, napkins, paper bags with our logo?"),
        c("Nothing else. Goodbye.", None),
    ],
})

# ---------------------------------------------------------------- 8 upsell_as_loop_closing
_open = c("Buenas tardes. Eh, I want to... how you say, empeñar, this chain. It's gold, it was my mother's. I "
          "need three thousand five hundred for my son's school inscription, it's due Friday.", None)
PAIRS.append({
    "id": "b30g_gold_pawn",
    "business": "Pawn shop (casa de empeño), Colonia Independencia, Monterrey, Mexico",
    "kind": "upsell_as_loop_closing",
    "situation": "At the counter. A mother pawns her late mother's gold chain for exactly the school "
                 "enrolment fee and is scared of losing it. Non-native English.",
    "good": [
        _open,
        t("Buenas tardes, señora. Let me look... it's 14 karat, about nineteen grams. On this piece we can "
          "lend up to 4,200. You said you need 3,500. Is it better for you to take only what you need?"),
        c("Yes, only what I need. I don't want to owe more. And if I can't pay back in time? I cannot lose "
          "this chain.", None),
        t("That's the important question. The loan is for one month. Interest and storage together are 6.5 "
          "percent a month, so on 3,500 about 228 pesos. If at the end you can't pay everything, you pay only "
          "the interest and it extends another month. The chain stays here, safe. It only goes to sale after "
          "the grace period, and we phone you before that. When do you think you can pay it back?"),
        c("My husband gets paid the fifteenth and the thirtieth. Maybe end of the month. But two hundred "
          "twenty-eight every month? Ay, that's a lot for me.", "too_expensive"),
        t("It's a real cost, yes. If you pay on the thirtieth, it's only the one month, and you can pay "
          "early too. The interest is counted by days, so if you come on the twentieth you pay less. Would "
          "the thirtieth work?"),
        c("Okay. Yes, I think the thirtieth.", None),
        t("Good. I write the thirtieth on the ticket, and the shop number. Keep the ticket safe, you need it "
          "and your INE to take the chain back. Three thousand five hundred, cash or to your card?"),
        c("Cash, please. Thank you, joven.", None),
    ],
    "gaming": [
        _open,
        t("Buenas tardes! Let me weigh it... 14 karat, nineteen grams, we can give you 4,200. Anything else "
          "you'd like to bring in today? If you have more gold we give a better rate on the total."),
        c("No, only the chain. And I only need three thousand five hundred.", None),
        t("Okay, 3,500. What else can we do for you? Would you like to add our Protección Plus? It's 150 pesos "
          "and covers the chain against theft while it's here."),
        c("It's not safe here already? I don't have extra money, that's why I'm here.", "no_money"),
        t("It's very safe, it's just extra peace of mind. Anything else I can help with? We have school "
          "backpacks and calculators on sale, since it's inscription time, very good prices."),
        c("No, gracias. I don't need backpacks.", "no_need"),
        t("Perfect. One last thing, anything else you want to include? There's an extended term, 90 days "
          "instead of 30, you pay a little more but less stress."),
        c("Just the money, please. And tell me how much is the interest, nobody told me.", None),
        t("Of course, it's all on the ticket. Sign here, please."),
    ],
})

# ---------------------------------------------------------------- 9 leading_tag_questions
_open = c("Hello there. I was told you do a... procuração? Power of attorney. We're buying a little house near "
          "Évora and the deed's in three weeks, but my wife and I have to be back in Cork by then. The estate "
          "agent said to get one done here.", None)
PAIRS.append({
    "id": "b30g_deed_proxy",
    "business": "Notary office (deeds, powers of attorney), Lisbon, Portugal",
    "kind": "leading_tag_questions",
    "situation": "At the notary's front desk. An Irish retiree buying a cottage in the Alentejo needs a power "
                 "of attorney for the deed and is uneasy giving it to a man from the agency he has met once. "
                 "The clerk is Portuguese.",
    "good": [
        _open,
        t("Yes, we do this. Good afternoon. First, to whom would you give the power? The agent, a lawyer, a "
          "family member?"),
        c("The agent suggested her colleague, actually. Some fella called Rui. We've met him once.", None),
        t("Okay. I ask because a power of attorney for a purchase can be very wide or very narrow. Tell me what "
          "you want this person to be able to do. Only sign the deed for this house at this price, or also "
          "pay, open accounts, things like that?"),
        c("God, I don't know. Just sign the deed, I suppose, we've already paid the deposit. Is it... I mean, "
          "should we be worried, giving it to someone we barely know?", None),
        t("It is a fair question. It's very common here, but you decide how much trust you give. I can write it "
          "only for this property, with the registry number, only at the price in your promissory contract, "
          "and with an end date. Then he can do nothing else. Some clients prefer to give it to their own "
          "lawyer instead, do you have one?"),
        c("We haven't, and honestly there's no budget left for a lawyer after the deposit and the taxes.",
          "no_money"),
        t("I understand. Then the narrow version with Rui is reasonable, he can only do what is written. Do you "
          "have the promissory contract with you, and both passports and your NIF numbers?"),
        c("Passports, yes. NIF, yes. The contract's in the car.", None),
        t("Good. Bring it, I check the property details and the price, and we can do it today. You both sign in "
          "front of the notary, about forty minutes, and the fee is 98 euros plus stamp tax. Before you sign I "
          "read it to you in English, and you can change anything you don't like."),
        c("Grand. I'll run and get it.", None),
    ],
    "gaming": [
        _open,
        t("Yes, of course. A general power of attorney is the easiest, isn't it? It covers "
          "everything."),
        c("Everything? I'm not sure. We only need someone to sign the deed for the house.", None),
        t("But it's better to have it broad, isn't it? If something changes at the bank or the Finanças, he "
          "can deal with it. That makes sense, doesn't it?"),
        c("Hm. I'd want to talk to my wife before we sign anything that wide, for a man we've met once.",
          "think_it_over"),
        t("The agent recommended him, and they know what they're doing, don't they? And you'd rather not fly "
          "back from Ireland for the deed, would you?"),
        c("No, we wouldn't. But look, can you not just write one for the deed only?", None),
        t("We can, but if there's any problem on the day you'd have to do a new one from Ireland, and that's "
          "a lot of trouble, isn't it? The general one protects you better, doesn't it?"),
        c("I don't agree, actually. My wife and I will discuss it tonight and come back tomorrow.", "think_it_over"),
        t("Tomorrow we're quite full, so today would be better, wouldn't it?"),
        c("Tomorrow. Thanks.", "think_it_over"),
    ],
})

# ---------------------------------------------------------------- 10 leading_tag_questions
_open = c("hello. i am pathao rider. my data finish by 3pm every day, i buy 1gb pack 3 times. too costly. "
          "which pack is good for me", None)
PAIRS.append({
    "id": "b30g_rider_data",
    "business": "Mobile operator (prepaid data packs), in-app chat, Dhaka, Bangladesh",
    "kind": "leading_tag_questions",
    "situation": "In-app chat. A motorbike ride-hailing rider runs out of data every afternoon and buys "
                 "small packs several times a day; he earns daily and cannot pay a big pack at once.",
    "good": [
        _open,
        t("Hello bhaiya, thanks for writing. Just to be sure I understood: you buy the 1GB pack about 3 times "
          "a day, or 3 times a week?"),
        c("every day 2-3 time. 1gb 3 day pack 49 taka", None),
        t("Got it, so close to 150 taka a day on data, that's a lot. Which apps do you use most while riding? "
          "Only Pathao and maps, or also facebook, youtube between rides?"),
        c("pathao, google map, sometime imo call to my wife. youtube in break time maybe", None),
        t("Ok. YouTube is usually what eats the data. Two ideas: the 30-day 40GB pack is 499 taka, that's about "
          "17 taka a day instead of ~150. And in YouTube set quality to 360p on mobile data, it saves a lot. "
          "Shall I check if the 30-day pack is available on your number?"),
        c("499 one time is hard bhai. i get paid daily, i cannot put 499 at once", "no_money"),
        t("That makes sense with daily income. Then there's a 7-day 12GB pack for 149 taka, around 21 taka a "
          "day, still much cheaper than now. Can you manage 149 once a week?"),
        c("149 ok. yes check for me", None),
        t("Done, it's available on your number. Buy it in the app or at any flexiload shop. Try it for a week, "
          "and if it runs out before 7 days, message here and we look at your usage together."),
        c("thank you bhai", None),
    ],
    "gaming": [
        _open,
        t("Hello! The unlimited Rider Pack is the one every rider needs, isn't it?"),
        c("how much is it", None),
        t("It's 799 taka for 30 days. That's a great deal compared to daily packs, isn't it?"),
        c("799 at once i cannot bhai, i get money daily", "no_money"),
        t("But you spend a lot on data every day anyway, don't you? So you'd rather save in the long run, "
          "wouldn't you?"),
        c("yes but i dont have 799 now. something smaller?", "no_money"),
        t("The smaller packs won't last you, will they? Riders always regret the small packs, don't they? "
          "Shall I activate the Rider Pack so you're sorted?"),
        c("no. i will buy from the shop like before", "no_need"),
    ],
})

# ---------------------------------------------------------------- 11 putdown_question
_open = c("Peace be upon you. I bought the drip system from you last year for the oranges, eight feddans. Now "
          "half the lines are blocked. Water comes out of some holes and not others. I spent a lot of money on "
          "this.", None)
PAIRS.append({
    "id": "b30g_drip_lines",
    "business": "Irrigation equipment dealer (drip systems, filters, pumps), Damanhour, Beheira, Egypt",
    "kind": "putdown_question",
    "situation": "At the dealer's counter. A veteran citrus farmer, new to drip irrigation, finds half his "
                 "lines clogged a year after installation; he uses canal water.",
    "good": [
        _open,
        t("And upon you peace. I'm sorry, that's frustrating, especially in summer. Let's find the cause. Where "
          "does the water come from, the canal or a well?"),
        c("From the canal, into a small pond, then the pump.", None),
        t("Okay. And the filter at the pump, the disc filter we installed, when was it last opened and cleaned?"),
        c("The boy who works with me cleans it. I think... maybe every two weeks? I'm not sure.", None),
        t("With canal water in summer, algae and silt build up fast, two weeks can be too long. When you open a "
          "blocked dripper, what's inside? Mud, or white like chalk?"),
        c("Some green, some white. Listen, if you are going to tell me to buy a new filter, I don't have money "
          "for that this season.", "no_money"),
        t("I'm not going to push anything on you. Green is algae, white is lime from the water. Both can "
          "usually be cleaned without buying anything new. The lines are flushed, open the ends and run water "
          "hard, then a small dose of acid goes through the system to dissolve the lime. Our technician Mahmoud "
          "can come and show your worker once, then he repeats it every month himself."),
        c("How much is Mahmoud's visit?", None),
        t("The first visit is free, the system is ours and still in its first year. Only the acid, around 600 "
          "pounds for your area. He can come Thursday morning. Is your worker there on Thursday?"),
        c("Yes, Thursday he is there. Good, send him.", None),
    ],
    "gaming": [
        _open,
        t("And peace be upon you. Blocked lines? Did anyone on your farm actually clean the filter, or did you "
          "think it cleans itself?"),
        c("My worker cleans it. Every two weeks, I think.", None),
        t("Every two weeks in summer? Did you even look at the maintenance sheet we gave you? Every week minimum with "
          "canal water."),
        c("Nobody gave me instructions. The installer only showed the pump.", None),
        t("Really? And you didn't ask him? Most farmers know canal water needs more cleaning. How many years "
          "have you been farming?"),
        c("Thirty years. With flood irrigation, not with your pipes. Just tell me how to fix it.", None),
        t("You know what acid treatment is, yes? Or should I explain from the beginning? It's 600 pounds for "
          "the acid plus 1,500 for the technician's visit."),
        c("Fifteen hundred for a visit? For a system one year old? Impossible.", "too_expensive"),
        t("Well, it's not the system's fault, is it? If the filter was cleaned properly this wouldn't happen."),
        c("You know what, I'll go to the dealer on the Alexandria road. Maybe they're cheaper, and politer.",
          "too_expensive"),
    ],
})

# ---------------------------------------------------------------- 12 putdown_question
_open = c("hello i have your fiber 100 mb package but in the bedrooms the wifi is very weak, my kids cant do "
          "the online lessons. in living room is ok. what can be done", None)
PAIRS.append({
    "id": "b30g_fibre_wifi",
    "business": "Home fibre internet provider, support chat, Tirana, Albania",
    "kind": "putdown_question",
    "situation": "Support chat. A parent in an 85 m2 flat with concrete walls has full speed in the living "
                 "room but one bar in the children's bedrooms. Non-native English.",
    "good": [
        _open,
        t("Hello, thank you for writing. Let's work it out. Where is the router now, and how many walls are "
          "between it and the bedrooms?"),
        c("router is in the hall near the door where the cable comes. bedrooms are at the end, 2 walls, "
          "concrete", None),
        t("Concrete blocks wifi a lot, so that explains it. Is it all one level, or is there a second floor?"),
        c("one level, apartment 85 m2", None),
        t("Ok. Two options. (1) Move the router to the middle of the flat. Because the cable comes in by the "
          "door, that means a technician extending it, 2,500 lek once. (2) A wifi extender in the corridor "
          "near the bedrooms, we rent one for 300 lek a month. Which sounds more practical for your home?"),
        c("300 every month is expensive for a small box. i saw extenders in the shop for 2000 one time",
          "too_expensive"),
        t("That's a fair point, and a shop extender will work with our router. Just get one with a network "
          "cable port, and put it halfway, not inside the bedroom, so it still gets a good signal itself."),
        c("ok good. halfway means in the corridor?", None),
        t("Yes, the corridor, before the two walls. When it's plugged in, message here with your contract "
          "number and I'll check the signal in the bedrooms from our side and tell you if it should move."),
        c("ok thank you very much", None),
    ],
    "gaming": [
        _open,
        t("Hello. Did you try restarting the router? You know where the power button is, right?"),
        c("yes i restarted many times. the problem is only in the bedrooms, living room ok", None),
        t("Are you sure the kids aren't downloading games all day? Usually when parents complain about wifi "
          "it's the kids using all the bandwidth."),
        c("no they use it for school lessons, zoom. its weak signal not speed, 1 bar", None),
        t("Ok, did you maybe put the router inside a cabinet? People do that and then wonder why it doesn't "
          "work."),
        c("its on the wall in the hall. where YOUR technician put it", None),
        t("Then it's the walls. You understand wifi doesn't go through concrete, yes? You can rent an extender "
          "for 300 lek/month."),
        c("300 every month for this? no thanks. i will buy one in the shop myself, its cheaper", "too_expensive"),
    ],
})

# ---------------------------------------------------------------- 13 not_my_department_or_read_the_terms
_open = c("Hey! Hey, y'all with the co-op? I got four chicken houses over there running on a generator since "
          "last night and I'm about out of diesel. I need to know when the power's coming back. Like, really "
          "need to know.", None)
PAIRS.append({
    "id": "b30g_storm_lineman",
    "business": "Electric membership cooperative, line crew restoring power after a storm, rural south Georgia, USA",
    "kind": "not_my_department_or_read_the_terms",
    "situation": "Roadside, in person. A broiler grower whose houses run on a generator flags down the line "
                 "crew; his diesel will run out in hours and the birds die quickly without fans.",
    "good": [
        _open,
        t("Yes sir, we're with the co-op. Four houses on generator, how many birds, and how long will your "
          "diesel last?"),
        c("Ninety-some thousand birds, five weeks old. Diesel's good for maybe four more hours. If the fans go "
          "down in this heat I lose 'em in like twenty minutes.", None),
        t("Okay, that's serious, and I'll be straight with you about what I know. The line feeding your road "
          "has two poles down by the creek, that's what we're on now. Foreman figures four to six hours. So it "
          "could be tight. Do you have a fuel supplier who'll come out today?"),
        c("I called Hendrix Fuel, they said maybe tomorrow. Everybody's calling 'em.", None),
        t("Then let me do two things. I'm radioing dispatch right now to flag you as a critical poultry load, "
          "that moves your line up and tells them there's birds at risk. And our foreman has the number for "
          "the fuel vendor the co-op uses for our own trucks in storms. Hang on, I'll get it."),
        c("Appreciate it. I just... I've been up all night, man.", None),
        t("I bet. Okay, dispatch has it, and here's the number, Coastal Petroleum, ask for Dwight and tell him "
          "the line crew sent you. I'll come back by when the poles are set, probably around three, and tell "
          "you where we are. If the generator's gonna quit before then, flag down any of our trucks and we'll "
          "radio it in."),
        c("Alright. Three o'clock. Thank you, I mean it.", None),
    ],
    "gaming": [
        _open,
        t("Yes sir, but I can't give out restoration times, you'd need to call the outage line for that. It's "
          "on your bill."),
        c("I called the outage line! It's a recording. Says crews are working to restore power. I got ninety "
          "thousand birds in there.", None),
        t("I understand, but we just work the line. Dispatch sets the priorities. You'd need to talk to member "
          "services about any of that."),
        c("Can you at least tell 'em I got chickens? The diesel's gonna run out.", None),
        t("Fuel's not something the co-op handles, sir. And if you've got a critical load, you're supposed to "
          "register it ahead of time, that's in the member handbook. There's a form on the website."),
        c("The website. With no power and no internet. Are you serious right now?", None),
        t("I'm sorry, I don't make the rules. Call member services tomorrow and ask about critical load "
          "registration for next time."),
        c("Tomorrow my birds are dead. Forget it, I'll go find your foreman myself.", None),
    ],
})

# ---------------------------------------------------------------- 14 not_my_department_or_read_the_terms
_open = c("Hi. My company account is blocked since this morning, I cant pay my supplier, the app says "
          "'restricted, contact the bank'. We are a small cafe in Agenskalns. What happened?? Nobody sent me "
          "anything", None)
PAIRS.append({
    "id": "b30g_cafe_account",
    "business": "Commercial bank, small-business accounts, chat support, Riga, Latvia",
    "kind": "not_my_department_or_read_the_terms",
    "situation": "Internet-bank chat. A cafe owner finds the company account restricted for a compliance "
                 "review on the day a coffee supplier must be paid. Non-native English.",
    "good": [
        _open,
        t("Hello, I'm sorry, that's stressful when a payment is due. I can see the restriction. Our compliance "
          "team placed it yesterday because they need updated information about the company, it's a routine "
          "review, not a penalty. Which payment do you need to make, and by when?"),
        c("Coffee supplier, 1,840 eur, due today or they stop deliveries. This is the first I hear about any "
          "review", None),
        t("You should have heard about it properly. I see a letter went to the internet-bank mailbox on the "
          "3rd but no email, so I understand how you missed it. They ask for two things: the last annual "
          "report, and a short description of where your turnover comes from. Once those are uploaded the team "
          "usually lifts it within one working day."),
        c("One day?? I need to pay today. And why do you need this, I am with your bank 6 years", None),
        t("Six years and suddenly this, I get it. These reviews happen every few years for all business "
          "clients, it's a legal requirement, not because of anything you did. I can't release the block "
          "myself, but I can mark your case urgent and ask compliance to look today if the documents are in "
          "before 14:00. Could you upload them in the next hour or so?"),
        c("the annual report i have from the accountant, the description i can write. ok. but if they dont do "
          "it today?", None),
        t("Then I'll tell you here by 16:00 either way, so you can ask the supplier for one day, some clients "
          "send them a screenshot of our message. Upload is in the app: Documents, then Client review. I'm "
          "flagging it urgent now."),
        c("ok uploading now. thank you", None),
    ],
    "gaming": [
        _open,
        t("Hello. The account restriction is set by the compliance department. Customer support can't see the "
          "reason or change it. Please wait for their letter."),
        c("What letter? I need to pay supplier today 1,840 eur or no coffee tomorrow", None),
        t("According to our General Terms, section 11.4, the bank may restrict account operations during a "
          "client due diligence review without prior notice. You accepted these terms when opening the "
          "account."),
        c("I dont care about 11.4. Can you tell me what I need to send so they open it?", None),
        t("Document requirements are communicated by the compliance department. I am not able to advise on "
          "that. You can submit a request through the internet bank under Messages."),
        c("So who can I talk to?? Give me a phone number of compliance", None),
        t("Compliance does not accept calls from clients. Is there anything else I can help you with today?"),
        c("Help?? You didnt help with anything. I will open an account in another bank.", None),
    ],
})

# ---------------------------------------------------------------- 15 social_proof_or_deadline_pressure
_open = c("Labas. So, my neighbour Vytautas told me to come talk to you. I have hundred twenty hectares, wheat "
          "and rapeseed. I sell to a trader now. I don't know what a cooperative gives me.", None)
PAIRS.append({
    "id": "b30g_grain_coop",
    "business": "Farmers' cooperative (grain marketing, drying, lab), Panevėžys district, Lithuania",
    "kind": "social_proof_or_deadline_pressure",
    "situation": "At the cooperative's office. A sceptical arable farmer considers leaving his grain trader; "
                 "'cooperative' has bad echoes for him and a machinery co-op with neighbours failed.",
    "good": [
        _open,
        t("Labas, nice to meet you. Good that Vytautas sent you. Before I tell you what we do, how is it with "
          "the trader now? What's good, what's bad?"),
        c("Good is he pays fast. Bad is the price, always a bit under the exchange, and the moisture "
          "deductions, he measures, I can't argue. And he decides when he comes for the grain.", None),
        t("So fast payment matters to you, and what hurts is the price gap, a moisture number you can't check, "
          "and not controlling the pickup. Is that right?"),
        c("Yes. And to be honest, cooperative, for my father's generation this word is... you know, kolkhoz. "
          "And I tried a machinery co-op with neighbours in 2015, it fell apart, everyone fighting who uses the "
          "combine first.", "bad_experience"),
        t("That's real, and I won't pretend every co-op works. What went wrong in that one, the rules or the "
          "people?"),
        c("No rules. Everything 'we agree by talking'. Then harvest comes and nobody agrees.", None),
        t("That's the usual story. Ours is marketing only, no shared machines, and it has a written statute. "
          "We have our own dryer and lab, moisture is measured in front of you and you can ask for a second "
          "sample. Payment comes in two parts, 80 percent in ten days and the rest when the pool is sold. So "
          "slower than your trader, honestly. Would the split be a problem for your cash?"),
        c("Hmm. Eighty percent in ten days, maybe okay. But I need to think, and talk to my wife, she does the "
          "books.", "think_it_over"),
        t("Of course. Take the statute and last year's price report, it shows our average against the exchange "
          "month by month, the bad months too. And if you want, bring one trailer of wheat this harvest as a "
          "non-member, just to see the lab and the payment. No commitment."),
        c("One trailer to try. That I like. Okay, I take the papers.", None),
    ],
    "gaming": [
        _open,
        t("Labas! Vytautas is a smart man. Honestly, almost every serious farmer in Panevėžys district has "
          "joined us in the last two years, we have over three hundred members now. You don't want to be the "
          "last one selling to traders."),
        c("Maybe. But what does it give me? I have a trader, he pays fast, it works.", "no_need"),
        t("Traders are disappearing, everyone knows that. And the entry share this year is 2,000 euros, from "
          "January it goes up to 3,500. If you sign before the 31st you save fifteen hundred."),
        c("Two thousand only to join? That is a lot of money.", "too_expensive"),
        t("It's an investment. Your neighbours on both sides signed this month, Vytautas, Jonaitis, the "
          "Kazlauskas brothers. They all thought about it a long time and then said, why did we wait?"),
        c("Good for them. I had a co-op with neighbours before, for machinery, and it finished in a big fight. "
          "I don't want that again.", "bad_experience"),
        t("This one is completely different. And there are only a few member places left in the new dryer "
          "allocation. After Friday I cannot promise you anything."),
        c("Then give it to someone else. I decide after harvest.", "think_it_over"),
    ],
})
