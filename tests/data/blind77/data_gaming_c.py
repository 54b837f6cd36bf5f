"""Gaming pairs, part C (10 pairs). Written by hand for blind77."""
from common import c, gpair, t

PAIRS = []

# 21. putdown_question -- Bradford gym
o = c("Er, hello. I've not been in a gym since I were about thirty. I'm sixty-two now. Doctor says I need to "
      "do something for my blood pressure. I don't really know what I'm asking, to be honest.", None)
PAIRS.append(gpair(
    "b77g_bradford_gym", "Gym, Bradford (England)", "putdown_question",
    "Shy man of 62 sent by his doctor asks about starting exercise.",
    [o,
     t("Hello, and well done for coming in, that's the hardest bit. You don't need to know what to ask, "
       "that's my job. Did the doctor say anything specific, walking, weights, or just get moving?"),
     c("Just get moving. Thirty minutes a day, she said. I walk the dog but it's more of a stroll.", None),
     t("That's a good base. What would you enjoy, or at least not hate? Some like machines on their own "
       "with headphones, some like a class with people their age."),
     c("Not a class. I'd feel daft. And I don't want some lad shouting at me.", None),
     t("Fair enough. We do a Restart session: an hour with a coach to set up a simple plan on the bikes and "
       "a few machines, then you come when you like. Quietest 10 till 3. Off-peak is £22 a month."),
     c("I'll be honest, I've paid for gyms before and never gone. Wasted a small fortune.", "bad_experience"),
     t("That's really common, which is why I won't push a year on you. Off-peak is monthly, no contract. Do "
       "the Restart session free first; if you don't fancy coming back, you've lost nothing. Bring your "
       "blood pressure readings and the coach will keep it gentle."),
     c("Alright. Tuesday morning?", None),
     t("Tuesday at 10, with Sue. She's calm, you'll like her.")],
    [o,
     t("Hello! Great to see you. So, what finally made you decide to get off the sofa after thirty years?"),
     c("The doctor. Blood pressure. I walk the dog, like.", None),
     t("Ha, a dog walk, bless. And what would you say has stopped you doing something proper on your own, "
       "if you're honest?"),
     c("I don't know. I'm not really a gym person.", None),
     t("Clearly! And do you think sixty-two is a bit late to start worrying, or is it better late than "
       "never? Our Total Transformation package is £49 a month with weekly PT."),
     c("I've paid for gyms before and never gone, so no, not forty-nine quid.", "bad_experience"),
     t("Sure, but can I ask, what makes you think this time would be any different, if you're honest with "
       "yourself?"),
     c("Nothing, now you put it like that. I'll just walk the dog further.", "no_need"),
     t("Okay! Well, if you ever want to get serious, you know where we are.")]))

# 22. not_my_department_or_read_the_terms -- Cork removals damage claim
o = c("Hello. You moved us from Ballincollig to Douglas on Friday. Three boxes marked FRAGILE in big red "
      "letters arrived with the bottoms split, my grandmother's dinner set is in bits, and there's a gouge "
      "down the side of the wardrobe. I've photos of everything. Who do I talk to and how do I claim?", None)
PAIRS.append(gpair(
    "b77g_cork_removal", "Removals company, Cork (Ireland)", "not_my_department_or_read_the_terms",
    "Customer rings three days after a local move about broken china and a damaged wardrobe.",
    [o,
     t("Hello, I'm really sorry, especially about your grandmother's set. You're talking to the right "
       "person; I'll handle the claim. Could you email me the photos and a list of what's broken, with rough "
       "values where you know them?"),
     c("I can. The dinner set, I don't even know what it's worth. It's not about the money really.", None),
     t("Understood. For things like that we can get a valuer, and sometimes a china restorer can save "
       "pieces. For the wardrobe we send a repairer to you. Did our crew pack those three boxes, or did "
       "you?"),
     c("We packed them ourselves. Is that a problem? The lads said they were grand.", None),
     t("Self-packed boxes are covered for handling damage, not for how they were packed. Split bottoms "
       "sound like handling, so I'd expect to cover it; you'll have a written answer within ten working "
       "days. The repairer can come next week. Which day suits?"),
     c("Not next week, I'm back at work and the kids are off school. It'd have to be the week after.",
       "no_time"),
     t("No problem, the week of the 18th. I'll email today with the claim number and the repairer's "
       "booking."),
     c("Right. Thanks for not fobbing me off.", None)],
    [o,
     t("Hello, thanks for getting in touch, and I'm sorry to hear about your experience. Damage claims go "
       "through our insurer, not operations, so it's not really my department."),
     c("Then who do I ring? I've been on hold twenty minutes.", None),
     t("I completely understand. The process is set out in section 12 of the terms you signed: timelines, "
       "exclusions and the claims form. It's all on our website."),
     c("I'm not reading section 12 with a broken dinner set on the floor. Can you tell me if it's covered?",
       None),
     t("I'd love to, but I didn't write the policy. If you packed the boxes yourselves that's usually "
       "excluded, but again, it's in the terms."),
     c("Your lads told us the boxes were grand. Second move with ye, and the last.", None),
     t("I'm sorry you feel that way. Is there anything else I can help you with today?")]))

# 23. social_proof_or_deadline_pressure -- Guatemala City dental implant
o = c("Buenas. I live in Houston, I'm in Guatemala three weeks visiting my mother. I lost a molar last year. "
      "In the US they quoted me 4,500 dollars for an implant. A friend had one done here cheap and it got "
      "infected, so I'm a bit nervous. How long does it take and what does it include?", None)
PAIRS.append(gpair(
    "b77g_guatemala_implant", "Dental clinic, Guatemala City (Guatemala)", "social_proof_or_deadline_pressure",
    "Guatemalan living in Houston, wary after a friend's infection, asks about a molar implant.",
    [o,
     t("Buenas, and thank you for mentioning your friend; infection is a real risk with any implant. First: "
       "an implant usually needs two stages, three to six months apart, so the bone heals around it. In "
       "three weeks we can place it, not fit the crown. Will you be back in a few months?"),
     c("Maybe December, for Christmas. I can't be flying back and forth all year.", None),
     t("December works: place it now, crown in December. Before anything we do a 3D scan, 600 quetzales, "
       "and if the bone is too thin we tell you and don't go ahead. Total with crown is about 9,500, roughly "
       "1,250 dollars."),
     c("That's very cheap compared to Houston. That's what worries me, honestly.", None),
     t("Fair. The implant brand and lot number go in your records so a Houston dentist can work with it; "
       "the surgeon has placed implants for twelve years; you can see our sterilisation logs. If there's a "
       "problem after you fly, we cover the repair."),
     c("I want to see the scan first and then decide. And talk with my wife.", "think_it_over"),
     t("That's the right order. Scan on Thursday, results the same day, no obligation. Would 9am work?"),
     c("Thursday 9.", None)],
    [o,
     t("Buenas! You know, we see lots of patients from Houston, and almost all our US patients do it in one "
       "trip with our Express Implant. Three from Texas this week alone."),
     c("One trip? I read you need months for the bone.", None),
     t("That's the traditional way. Immediate-load is what everyone's choosing now, over 400 patients last "
       "year. And the promotion, 7,900 quetzales with crown, ends this Saturday."),
     c("My friend had one done cheap here and got infected. I don't want to rush.", "bad_experience"),
     t("I understand completely, and that's why we're booked solid: people trust us. I have one slot left "
       "before Saturday, Wednesday at 8, and after that it's January."),
     c("I need to see a scan first, and ask my wife.", "think_it_over"),
     t("Of course. Just so you know, the price goes back to 11,000 on Monday, and my colleague has another "
       "patient asking about Wednesday."),
     c("Then give it to the other patient.", None)]))

# 24. keyword_stuffed -- chocolate company's cocoa buyer in Trinidad
o = c("Morning. I have a 12-acre estate in Gran Couva, Trinitario, we ferment and dry ourselves. Buyers come "
      "and go. What are you paying per kilo dry, do you take the whole crop or only the best, and when do "
      "you pay? Last buyer paid me 90 days late.", None)
PAIRS.append(gpair(
    "b77g_trinidad_cocoa", "Cocoa buyer for a Manchester chocolate maker, visiting an estate in Gran Couva (Trinidad)",
    "keyword_stuffed",
    "Estate owner, burned by a late-paying buyer, questions a new buyer about price and payment terms.",
    [o,
     t("Morning, thanks for seeing me. We pay by grade: 52 TT dollars a kilo for beans that pass our cut "
       "test, within 14 days of them passing at our warehouse. We don't need the whole crop. How many kilos "
       "dry in a year?"),
     c("About 4,000 in a good year. Fourteen days, you'd put that in a contract?", None),
     t("Yes, with interest if we're late. First I'd want a 2 kg sample of this month's batch to cut-test and "
       "taste. Boxes or heaps, and how many days?"),
     c("Boxes, six days, turning every two, sun drying on the drawers. Look, that last buyer had me "
       "borrowing to pay the pickers. I'm not going through that again.", "bad_experience"),
     t("That's fair. So don't commit the crop: sell us one batch, 300 kilos, and see if we pay on day 14 "
       "before you decide anything else."),
     c("One batch I can do. Come for the sample Friday.", None)],
    [o,
     t("Morning! Thank you so much for having me. For us it's about a long-term relationship with farmers, "
       "understanding your needs, and shared success across the whole value chain."),
     c("Ok. What do you pay per kilo?", None),
     t("Great question. Price is one part of the partnership experience. We see ourselves as partners on "
       "your journey, and we feel that understanding what matters to you is the foundation of success."),
     c("What matters to me is getting paid. The last buyer paid me 90 days late.", None),
     t("I really hear you, and I feel that. Transparency and trust are core values for us, and we're "
       "committed to a payment experience that meets your needs and exceeds expectations."),
     c("So how many days? It's a simple question.", None),
     t("Absolutely, and I'd love to understand your needs around payment timing so we can co-create the "
       "right solution together. What does success look like for you?"),
     c("Success is you answering. Leave your card, I'm busy with the harvest.", "brush_off")]))

# 25. rude -- Lima notary, travel permit for a minor
o = c("Good morning, I'm in a hurry, sorry. My daughter is 15 and travels to Chile with her school on "
      "Saturday. The school says I need a notarial travel permit. Her father is in Colombia. What do we need, "
      "and can it be done today?", None)
PAIRS.append(gpair(
    "b77g_lima_notaria", "Notary office (notaria), Lima (Peru)", "rude",
    "Colombian mother living in Lima needs a travel permit for her daughter's school trip.",
    [o,
     t("Good morning. It can be done today if the papers are complete. For a minor travelling without "
       "parents, both parents normally sign. Since her father is in Colombia, does he have a power for you, "
       "or can he sign a permit there?"),
     c("No power. He is in Pasto. Ay, I didn't know this.", None),
     t("There's a route: he signs the permit at a notary in Colombia and gets it apostilled, and we use it "
       "here. Or, if you have sole custody by court order, you sign alone. Which is it?"),
     c("Custody is shared. Saturday is in three days, I don't have time for apostille and all that.",
       "no_time"),
     t("Understood. Colombian apostilles are done online, often in a day, so it's tight but possible. I'll "
       "email you the exact wording now so he doesn't start from zero. When the apostilled PDF arrives, come "
       "with your ID, her passport and birth certificate; it takes 30 minutes, 60 soles."),
     c("Ok. Send me the wording please, I call him now.", None),
     t("Sending it now. Call me if the notary in Pasto asks anything.")],
    [o,
     t("Good morning. A travel permit. Right. And you're asking three days before? Both parents sign, it's "
       "the law. It's on the sign by the door."),
     c("Her father is in Colombia. I didn't know.", None),
     t("Well, that's not really my problem, is it? He signs at a consulate or he gets an apostille. Next."),
     c("Please, can you tell me what is apostille, how long it takes?", None),
     t("Senora, I'm not a travel agency. Google it. It's 60 soles when you come back with everything. "
       "Anything else, or can I take the next person?"),
     c("So rude. I go to another notaria.", None),
     t("As you like.")]))

# 26. ignored_customer -- Donegal tackle shop, waders
o = c("Howya. I fish the Eany and a bit off the rocks at Teelin. My waders are leaking at the seam again, "
      "third pair in four years. I've a bad back so nothing heavy, and I'm not paying 400 for a pair I'll "
      "split in a year. What have you?", "too_expensive")
PAIRS.append(gpair(
    "b77g_donegal_waders", "Fishing tackle shop, Donegal (Ireland)", "ignored_customer",
    "Angler with a bad back who keeps splitting waders asks for a light, durable pair.",
    [o,
     t("Howya. Third pair in four years is poor going. Where do they go, the inside leg or the feet?"),
     c("Inside leg, every time. I'm a big lad and I clamber over the rocks a fair bit.", None),
     t("That's often fit more than quality: if they're tight in the leg, the seam takes all the strain when "
       "you climb. I'd go a size up in the leg, breathable stockingfoot, about 1.1 kilos, easy on the back. "
       "189 euro with a two-year seam guarantee."),
     c("189. Grand. I've boots already, they're fine, I don't need new ones.", None),
     t("Keep them then, as long as they fit over the neoprene feet. Have you got them in the car? Try the "
       "waders on with your own boots."),
     c("I do. Give me two minutes.", None)],
    [o,
     t("Howya! Great to have you. So, tell me what you're looking for in a new pair of waders?"),
     c("Light, I've a bad back. And they keep splitting on the inside leg, I'm a big lad climbing rocks.",
       None),
     t("Perfect. And what's your budget, roughly?"),
     c("Under 200 if I can.", None),
     t("Brilliant. Then these: the Pro Guide five-layer, heavy-duty, built like a tank, 2.3 kilos, 379. "
       "Best seller with the lads on the Moy. Want to try them on?"),
     c("Two kilos, with my back? And I said under 200.", "no_money"),
     t("Totally. They come with a free wading belt and a bag as well. What size are you?"),
     c("You're not listening, are you. I'll order online.", None)]))

# 27. repeated_questions -- Barbados pest control, guesthouse
o = c("Good afternoon, I run a six-room guesthouse in Oistins. We've started seeing cockroaches in two "
      "bathrooms, and one ran across the breakfast room this morning in front of guests. I need it handled "
      "fast and quiet, we're full till the end of the month.", None)
PAIRS.append(gpair(
    "b77g_barbados_roaches", "Pest control company, Bridgetown (Barbados)", "repeated_questions",
    "Guesthouse owner, fully booked, needs discreet cockroach treatment.",
    [o,
     t("Good afternoon. Understood: fast and discreet, with guests in. Are they the big ones that fly, or "
       "small brown ones in kitchen cupboards?"),
     c("The big ones. From the drains I think, they come up at night.", None),
     t("That's American cockroaches, from drains and the sewer line, not from anything you're doing wrong. "
       "We'd treat drains and the outside with gel and a growth regulator: no spraying in rooms, no smell. "
       "Six rooms and common areas is 650 Barbados dollars, follow-up in 30 days included."),
     c("650. Another company said 400 on the phone.", "too_expensive"),
     t("Ask whether their 400 includes the drains and a follow-up; often it's a room spray only, which won't "
       "reach where these come from. If it does, it's a fair price. Happy for you to compare."),
     c("No, you explained it better. Can you come tomorrow early, before breakfast? I can't have men with "
       "tanks walking through at 9.", None),
     t("Tomorrow at 6:30: one technician, plain clothes, a small case, no tank. Breakfast room first."),
     c("Good. 6:30.", None)],
    [o,
     t("Good afternoon! I'd love to understand your situation. How many rooms do you have?"),
     c("Six, I said. And the breakfast room.", None),
     t("Great. And roughly what's the size of the property in square feet?"),
     c("I don't know square feet. Six rooms, one floor. They're coming up the drains.", None),
     t("Okay. And just so I'm clear on scope, how many guest rooms are we talking about?"),
     c("Six. Still six. Are you coming or not? I'm full till end of month.", None),
     t("Absolutely. And in terms of layout, how many bedrooms would you say?"),
     c("I've other companies to call. Goodbye.", None)]))

# 28. wrong_paraphrase -- Mendoza phone repair
o = c("Hola, buenas. My phone, Motorola G84, it doesn't charge. Only if I hold the cable in one position. "
      "Yesterday some wine fell near it but not on it I think. How much for the port? You need to keep it "
      "all day? And I lose my photos?", None)
PAIRS.append(gpair(
    "b77g_mendoza_port", "Phone repair shop, Mendoza (Argentina)", "wrong_paraphrase",
    "Customer whose phone charges only at an angle asks about a port repair.",
    [o,
     t("Hola! Holding the cable in one position usually means the port is dirty or worn. First I'd clean it, "
       "often that's enough: 5,000 pesos, 15 minutes. A new port is 28,000, about two hours. Photos aren't "
       "touched either way. Did you see any wine on the phone or cable?"),
     c("No, only on the table. The phone was next to it. My husband says buy a new phone.", None),
     t("Let's check first; a port is a small repair, a new phone is a big expense. Can you leave it 15 "
       "minutes while I clean and test?"),
     c("Yes. But if you need to change the port, 28,000 is a lot, I have to think.", "think_it_over"),
     t("Of course. If it needs the port, I'll show you and you decide; I won't do anything without asking."),
     c("Ok perfect.", None),
     t("Good news: it was lint packed in the port. Cleaned, it charges at full speed. That's 5,000."),
     c("Only 5,000! Gracias.", None)],
    [o,
     t("Hola! Let me make sure I understand. So your phone got soaked in wine yesterday and now it won't "
       "charge, is that right?"),
     c("No, the wine was on the table, not the phone. It charges only if I hold the cable.", None),
     t("Got it. So what I'm hearing is the phone has liquid damage and the battery is failing, so you're "
       "thinking about upgrading. Correct?"),
     c("I didn't say that. I said the cable, the port.", None),
     t("Perfect. So to sum up: you want a full liquid-damage diagnosis, 18,000, then we replace battery and "
       "port together, around 60,000. Did I get that right?"),
     c("60,000? No. Only the port, if it is the port.", "no_need"),
     t("Understood. So you'd like us to start with the liquid-damage diagnosis, then. I'll write the "
       "ticket."),
     c("No. Give me my phone, I go to the shop in the galeria.", None)]))

# 29. pitch_to_upset -- Salvador tour operator, missed pickup
o = c("I booked your Chapada Diamantina three-day tour and paid in full. The van was meant to pick us up at 6 "
      "this morning at our pousada in Rio Vermelho. Nobody came. Nobody answers WhatsApp. It's 9:40, we've "
      "lost the whole first day and my wife is in tears. What are you going to do?", None)
PAIRS.append(gpair(
    "b77g_salvador_tour", "Tour operator, Salvador da Bahia (Brazil)", "pitch_to_upset",
    "Angry tourist whose pre-paid tour never picked them up.",
    [o,
     t("I'm so sorry. You should have been collected at 6 and nobody told you; that's our failure. Let me "
       "find out what happened. What's the booking name?"),
     c("Henderson. Two people.", None),
     t("Thank you, Mr Henderson. The van broke down at 5 and the office didn't pass it on; I'm sorry. Two "
       "options: a private car today at 11, joining the group tonight in Lencois and missing only the first "
       "waterfall, or a full refund today. Which would you prefer?"),
     c("The car. But after this I'm not paying a penny more for anything, I'll tell you that now.", None),
     t("You won't be asked to. The car is on us, and I'll refund the first day, 420 reais, to your card "
       "today. I'm your contact for the rest of the trip; this is my own number."),
     c("Fine. Eleven then. Tell the driver to be on time this time.", None),
     t("He'll be outside at 10:50; I'll send his name and plate in ten minutes.")],
    [o,
     t("I'm so sorry to hear that, I totally understand your frustration. The good news is this could be a "
       "chance to upgrade your experience! Our VIP Chapada package has a private 4x4 and a boutique hotel in "
       "Lencois, and for you it's only 900 reais extra."),
     c("Extra? We've already paid and nobody came!", None),
     t("I hear you. To turn today around, I'd suggest the VIP plus a helicopter transfer, so you lose no "
       "time at all. It's 2,400 reais, really good value for what it is."),
     c("I'm not paying you people another real. I want to know where the van is.", "bad_experience"),
     t("Completely understandable. The van is probably just delayed. Many guests say the VIP was the "
       "highlight of their trip. Shall I send the payment link while we wait?"),
     c("Give me a refund. Now.", None)]))

# 30. blame -- Peruvian coffee exporter and a Sheffield roaster
o = c("Hi. The pallet of your Cajamarca washed arrived last week. I've roasted three batches and it's baked "
      "and woody, and the moisture meter says 12.8%. Your contract says 10.5 to 11.5. It's our house "
      "espresso, I've customers waiting. What's happened?", None)
PAIRS.append(gpair(
    "b77g_sheffield_green", "Green coffee exporter (Cajamarca, Peru) and a roaster in Sheffield (England)",
    "blame",
    "Roaster complains that a pallet arrived above the contract moisture limit.",
    [o,
     t("Hi, thanks for measuring and telling us straight away. 12.8 is outside the contract, so it's on us "
       "to sort. Could you send the lot number, a photo of the meter reading and a roasted sample?"),
     c("Lot CJ-114. Sample goes in the post today. I've about two weeks of the old stuff left.", None),
     t("Thanks. Our pre-shipment reading was 11.2, so it may have taken on moisture in the container. Either "
       "way, the contract covers you: a replacement pallet from our UK warehouse within a week, or a credit. "
       "Which helps more?"),
     c("Replacement. Honestly though, two bad lots and I'm back with my old importer.", "bad_experience"),
     t("Fair enough. The warehouse lot is CJ-121, a different container, read 11.0 last month. I'll send you "
       "a kilo to roast before the pallet moves, and we collect the bad one at our cost."),
     c("Alright. Send the kilo.", None)],
    [o,
     t("Hi, thanks for reaching out, and I understand how frustrating that must be. Can I ask how you're "
       "storing the green coffee at your end?"),
     c("In the unit, on pallets, off the floor. Same as always.", None),
     t("Okay. Because our pre-shipment reading was 11.2, so it left us in spec. What I'm hearing is it's "
       "been sitting in a damp unit. Sheffield in winter will do that."),
     c("It arrived at 12.8. I measured it the day it came in.", None),
     t("Right, and are you sure your meter's calibrated? Most moisture complaints we get turn out to be the "
       "roaster's meter or roast profile. Did you adjust the profile for a new lot?"),
     c("I've roasted coffee eleven years. Last importer that fobbed me off like this, I left. Looks like I'm "
       "doing it again.", "bad_experience"),
     t("I hear you. Maybe have the meter checked and we can revisit. Anything else I can help with?")]))
