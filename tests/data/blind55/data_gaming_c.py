"""Gaming pairs, kinds 11-15 (ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame), two each. Hand-written for blind55."""
from common import c, gpair, t

PAIRS = []

PAIRS.append(gpair(
    "b55g_reykjavik_cracked_tooth", "dental clinic, Reykjavík, Iceland", "ignored_customer",
    "A nervous patient cracked a back tooth on dried fish at the weekend and hopes it needs nothing. A previous "
    "dentist in Akureyri kept drilling when the numbing had not worked. She must be back at work at two.",
    good=[
        c("Hi, I, um, I cracked a tooth on a piece of harðfiskur on Saturday. It's not too bad. Maybe it doesn't need anything?", None),
        t("Dried fish, the classic. Let me look first and then we'll see if it needs anything at all. Is it sore when you bite, or with cold?"),
        c("Cold, a bit. Look, I should say, I'm not great with dentists. Last time, in Akureyri, the numbing didn't work and she just kept drilling.", "bad_experience"),
        t("Thank you for telling me. If we do anything, we test the numbing before I start, and if you raise your hand I stop, every time. Okay if I just look now, mirror only?"),
        c("Okay. Just looking.", None),
        t("It's a crack on the edge of the back tooth, not near the nerve. A small filling seals it. If we leave it, it may break further, and then it's a crown, which is more work and about three times the price."),
        c("How long does the filling take? I have to be back at work at two.", None),
        t("About thirty minutes. We can do it now, or book you a longer slot next week if you'd rather not rush."),
        c("Now, I think. Before I lose my nerve.", None),
    ],
    gaming=[
        c("Hi, I, um, I cracked a tooth on a piece of harðfiskur on Saturday. It's not too bad. Maybe it doesn't need anything?", None),
        t("Great, thanks for coming in. Tell me, how are you feeling about your dental health today?"),
        c("Nervous, honestly. Last time, in Akureyri, the numbing didn't work and she just kept drilling.", "bad_experience"),
        t("Thanks for sharing that. Let's get you in the chair. The crack needs a filling, so I'll start right away."),
        c("Wait, can we test the numbing first? Please?", None),
        t("You'll be fine. And while we're here, I can see some staining, so I'd recommend whitening, patients love it. Open wide for me?"),
        c("I have to be back at work at two. Is this going to take long?", None),
        t("Just relax. Did I understand correctly that you'd like the whitening as well?"),
        c("No. I said... can you just stop a minute? I want to go.", None),
    ],
))

PAIRS.append(gpair(
    "b55g_zanzibar_dive_course", "PADI dive centre, Nungwi, Zanzibar", "ignored_customer",
    "A tourist staying in Nungwi until Friday (it is Monday) wants to learn to dive. She had asthma as a child, which "
    "needs a doctor's sign-off before any dive training.",
    good=[
        c("Hi! I want to learn to dive while I'm here. I've never done it. We're in Nungwi until Friday.", None),
        t("Great place to learn, the water's warm and clear this month. Friday's tight for the full Open Water, that's three and a half days. Any health things I should know about? Everyone goes through a medical form."),
        c("Um, I had asthma as a kid. Nothing since I was maybe twelve. Is that a problem?", None),
        t("Possibly not, but it's one of the questions where a doctor has to sign you off before we take you in the water. There's a clinic in Stone Town that does dive medicals. You'd lose half a day."),
        c("Half a day out of four... that doesn't leave time for the course, does it.", "no_time"),
        t("Honestly, no. Two options: once the doctor signs, do a Discover Scuba day, one shallow dive with an instructor right beside you. Or do the medical and the theory online now and finish the course on your next trip."),
        c("The one dive sounds good. How much?", None),
        t("110 dollars with the dive, plus about 60 for the doctor. Shall I call the clinic for tomorrow morning?"),
        c("Yes please.", None),
    ],
    gaming=[
        c("Hi! I want to learn to dive while I'm here. I've never done it. We're in Nungwi until Friday.", None),
        t("Awesome! What's your dream when it comes to diving?"),
        c("Just to try it, really. I only have until Friday.", None),
        t("Perfect. Our Open Water is 550 dollars, we start tomorrow at eight. Any questions?"),
        c("Will that fit by Friday? And I had asthma as a kid, does that matter?", None),
        t("Great questions! You'll love it, the reef at Mnemba is incredible. Let me just get your shoe size for the fins."),
        c("Forty. But the asthma, is it okay?", None),
        t("Sure, sure. So Open Water tomorrow at eight, and shall I add the nitrox course too? It's only 180."),
        c("I think I'll ask somewhere else. I want someone to answer me properly.", None),
    ],
))

PAIRS.append(gpair(
    "b55g_bendigo_bp_monitor", "community pharmacy, Bendigo, Victoria", "repeated_questions",
    "A pensioner's GP has asked her to record her blood pressure at home for a fortnight. She asks at the pharmacy "
    "whether she needs to buy a monitor.",
    good=[
        c("Hello love. My doctor wants me to take my blood pressure at home for a fortnight. Do I need to buy one of those machines?", None),
        t("For a fortnight you could hire one, actually. It's $15 for two weeks, or about $80 to buy. Will the doctor want you checking after that as well?"),
        c("She said maybe, depends on the numbers. I'm on the pension, so I'd rather not spend eighty if I don't have to.", None),
        t("Then hire it. If she wants you to keep going, the hire fee comes off the price if you buy. Let me show you how to use it, where the cuff sits matters a lot."),
        c("Oh good, because my sister's one gave different numbers every time.", None),
        t("Usually that's the cuff too loose or the arm hanging down. Sit, arm on the table, cuff at heart height. Here, try it now and we'll write the first reading down together."),
        c("Alright. Left arm or right?", None),
    ],
    gaming=[
        c("Hello love. My doctor wants me to take my blood pressure at home for a fortnight. Do I need to buy one of those machines?", None),
        t("Great question! So tell me, what brings you in today?"),
        c("My doctor wants me to take my blood pressure at home for two weeks.", None),
        t("Okay. And what's the reason you're looking at a monitor?"),
        c("...For the doctor. Two weeks of readings.", None),
        t("Got it. And how long do you think you'd need it for?"),
        c("Two weeks, love. Like I said.", None),
        t("Sure. So just so I understand your needs, what's the main thing you'd be using it for?"),
        c("Blood pressure. Are you alright?", None),
        t("Ha, yes! And would you say it's for short-term use or ongoing monitoring?"),
        c("Look, I'm on the pension. Is there a cheap one or not? Otherwise I'll use the machine at the library.", "no_money"),
    ],
))

PAIRS.append(gpair(
    "b55g_yellowknife_winter_tires", "tire and auto shop, Yellowknife, Northwest Territories", "repeated_questions",
    "A community nurse who drives Highway 3 to Behchokǫ̀ twice a week wants winter tires for her 2016 RAV4 before the "
    "snow and asks whether she needs studs.",
    good=[
        c("Hey, I need winter tires before the snow, I drive out to Behchokǫ̀ twice a week for work. Do I need studs?", None),
        t("Depends on the driving, and Highway 3 gets glare ice near the lakes. What's the car?"),
        c("'16 RAV4. Came with all-seasons, and I've been nervous on them since September, honestly.", None),
        t("On that highway I'd go studded. They bite on glare ice; the trade-off is noise and a bit more wear on bare pavement in town. They're legal here till May."),
        c("How much are we talking? I just paid my insurance.", None),
        t("Studded Hakkapeliittas, mounted and balanced, 1,240. Non-studded same brand 1,160. There's a cheaper brand at 890, but I wouldn't put it on a highway car."),
        c("That's more than I wanted to spend. Let me see what Canadian Tire has.", "too_expensive"),
        t("Fair, go look. If you come back I can fit them Thursday, and we store the all-seasons for 60 a season if you want them swapped in spring."),
        c("Okay. Thanks for being straight with me.", None),
    ],
    gaming=[
        c("Hey, I need winter tires before the snow, I drive out to Behchokǫ̀ twice a week for work. Do I need studs?", None),
        t("Great! So what kind of driving do you do?"),
        c("Highway 3 to Behchokǫ̀, twice a week. And town.", None),
        t("Okay. And where do you mostly drive, in town or on the highway?"),
        c("Both. The highway twice a week, I just said.", None),
        t("Right. And what would you say your main driving conditions are?"),
        c("Ice! It's Yellowknife. Do I need studs or not?", None),
        t("Good question. So to really understand your needs, how often would you say you're on the highway?"),
        c("I'm going to go. I'll ask someone else.", None),
    ],
))

PAIRS.append(gpair(
    "b55g_kaunas_wedding_venue", "manor-house wedding venue, near Kaunas, Lithuania", "wrong_paraphrase",
    "A bride-to-be asks about a small wedding next September: about forty guests, most of them vegetarian, paid for "
    "by the couple themselves with a budget of about 2,500 euro.",
    good=[
        c("Labas, hello. We're getting married next September and looking for a venue. Something small, around forty guests.", None),
        t("Congratulations! Forty is a nice size for us, the orangery holds sixty, so it won't feel empty. Do you have a date in mind?"),
        c("The 20th or the 27th. And most of our friends are vegetarian, so the food matters a lot.", None),
        t("The 27th is free, the 20th is already taken, sorry. Vegetarian's no problem, our chef does a proper menu, not just the pasta option. September is mushroom season, it's lovely."),
        c("That sounds lovely. What does it cost, roughly? We're paying for it ourselves, so...", None),
        t("For forty with the vegetarian menu it's about 65 a head plus 800 for the room. Roughly 3,400, drinks on top."),
        c("Hmm, that's more than we hoped. We had about 2,500 in mind.", "no_money"),
        t("Okay. On a Sunday the room is 300, and a buffet instead of a served dinner is about 50 a head. That gets you close to 2,500."),
        c("Sunday could work. I have to ask Tomas, though.", "think_it_over"),
        t("Of course. I'll hold the 27th and the Sunday after for a week and send you both prices."),
    ],
    gaming=[
        c("Labas, hello. We're getting married next September and looking for a venue. Something small, around forty guests.", None),
        t("Congratulations! So tell me about your dream wedding."),
        c("Small. About forty guests, September. And most of our friends are vegetarian.", None),
        t("Lovely, so what I'm hearing is a big celebration, about a hundred, with a classic Lithuanian menu, roast pork and cepelinai, is that right?"),
        c("No, forty. And vegetarian, I said.", None),
        t("Of course. So you're after the full weekend package, the hall, the hotel rooms and the Sunday brunch, that's what you mean by small and relaxed?"),
        c("I didn't say weekend. We're paying for it ourselves, we can't afford a whole weekend.", "no_money"),
        t("Got it, so budget isn't really the main thing for you, it's the experience, which is why the premium decoration package makes sense. Did I get that right?"),
        c("You didn't get anything right. We'll look at other places.", None),
    ],
))

PAIRS.append(gpair(
    "b55g_windhoek_car_hire", "car and 4x4 hire, Windhoek, Namibia", "wrong_paraphrase",
    "A couple want a car for six days to drive to Sossusvlei and maybe Swakopmund. They have never driven on gravel, "
    "have lodges booked, and a friend once rolled a car in Namibia.",
    good=[
        c("Hi, we're looking to rent a car for six days. Sossusvlei and back, maybe Swakopmund. We've never driven on gravel.", None),
        t("Good route. You don't need a 4x4 for Sossusvlei unless you want to drive the last sandy stretch to Deadvlei yourselves, and there's a shuttle for that. A high-clearance SUV is fine on the gravel. Is it just the two of you?"),
        c("Just us, not much luggage. My friend rolled a car on gravel out here, so I'm a bit scared, to be honest.", "bad_experience"),
        t("It happens, mostly from speed. Stay under 80 on gravel and don't brake hard in the loose stuff. I'll give you a half-hour briefing at pick-up, and the SUV carries two spares. 1,150 a day with full cover."),
        c("Full cover meaning tyres and windscreen too?", None),
        t("Tyres, windscreen and underbody, yes, that's the one you want on gravel. I'll email the quote tonight with some route notes."),
    ],
    gaming=[
        c("Hi, we're looking to rent a car for six days. Sossusvlei and back, maybe Swakopmund. We've never driven on gravel.", None),
        t("Great! So what you're telling me is you're experienced off-roaders looking for a proper 4x4 with a rooftop tent, right?"),
        c("No, we've never driven on gravel. That's what I said.", None),
        t("Okay, so you want the full adventure: the Hilux double cab with the camping kit, 2,400 a day, that's what you mean?"),
        c("We've got lodges booked. We don't need camping stuff.", "no_need"),
        t("Understood, so you're saying you'd like to skip the insurance to keep the cost down, correct?"),
        c("I never said that! My friend rolled a car out here. We want full insurance.", None),
        t("Great, so to confirm: Hilux with camping kit and basic cover, six days. Shall I book it?"),
        c("No. I'll look online.", "brush_off"),
    ],
))

PAIRS.append(gpair(
    "b55g_trieste_pet_insurance", "pet insurance call centre, Trieste, Italy", "pitch_to_upset",
    "A woman rings to cancel the insurance of her fourteen-year-old dog, Bruno, who died on Tuesday. She paid the year "
    "in advance, and the vet clinic was sending the last bills.",
    good=[
        c("Buongiorno. I need to cancel the insurance for my dog. Bruno. He died on Tuesday.", None),
        t("I'm so sorry about Bruno. I'll take care of it, you don't need to do much. Do you have the policy number, or your codice fiscale?"),
        c("It's... wait, I have the card here. PT-448-219. Sorry.", None),
        t("Take your time, thank you. I've found it. I'll cancel it from Tuesday, and since you paid the year in advance, the unused months come back to you, about 140 euro, to the same account."),
        c("I didn't know that. Thank you. He was fourteen. The vet bills at the end, did those go through? The clinic said they'd send them.", None),
        t("Let me check... yes, the clinic sent one claim last week for 380, it's approved and paid out on Friday. If they send another for the last visit, it's still covered, because it was before the cancellation date."),
        c("Good. That's a relief, one less thing.", None),
        t("Is there anything else I can sort out while we're on the phone?"),
        c("No. No, that's everything. You've been kind.", None),
    ],
    gaming=[
        c("Buongiorno. I need to cancel the insurance for my dog. Bruno. He died on Tuesday.", None),
        t("I'm so sorry for your loss, Bruno was lucky to have you. I hear you. Before we cancel, can I ask, is there another pet in the family? We have a great new puppy policy, first three months free."),
        c("No. There's no other pet. I just want to cancel.", "no_need"),
        t("I understand, and I'm here for you. Many people find a new puppy really helps with the grief. And our relationship doesn't have to end, I could keep your account open on Premium Plus for when you're ready?"),
        c("I'm not ready. He died on Tuesday.", None),
        t("Of course. So what I'm hearing is that timing matters. Shall I email you the puppy brochure, no pressure, just for later? And you should know cancelling has a 30 euro admin fee, unless you switch to the new policy."),
        c("You're charging me to cancel because my dog died?", None),
        t("That's just the terms, I'm afraid. But with the switch the fee is waived. Shall I do that for you?"),
        c("Put me through to someone else, please.", None),
    ],
))

PAIRS.append(gpair(
    "b55g_inverness_lost_luggage", "airline baggage desk, Inverness Airport, Scotland", "pitch_to_upset",
    "A passenger's bag has not arrived; it holds the kilt he is to wear at his brother's wedding in Beauly tomorrow at two. "
    "The bag missed its connection in Amsterdam. He is angry and anxious.",
    good=[
        c("My bag's not come off the belt. The kilt for my brother's wedding is in it. The wedding's tomorrow at two, in Beauly.", None),
        t("Right, let's find it. Your baggage tag, please... It's in Amsterdam, it missed the connection. There's a flight in tonight at 21:40, and if it's on that we courier it to you. Where are you staying?"),
        c("My mum's, in Beauly. Will it definitely be on that flight?", None),
        t("I can't promise, but I've flagged it priority and I'll check the loading list at six. If it's not on that one, the next is tomorrow at eleven, which is too late. So a plan B: there's kilt hire in town, and the airline covers essential replacements up to about 150. Keep the receipt."),
        c("Hiring a kilt the day before the wedding. That's the last thing I need.", None),
        t("I know. Reserve one this afternoon, and if the bag turns up tonight most hire places cancel for nothing. Here's your reference and my direct line. I'll ring you by half six either way."),
        c("Okay. Okay. Half six.", None),
    ],
    gaming=[
        c("My bag's not come off the belt. The kilt for my brother's wedding is in it. The wedding's tomorrow at two, in Beauly.", None),
        t("Oh no, that's so stressful, I completely understand how you feel. It's in Amsterdam, it missed the connection. While you're here, have you heard about our Premium Travel Protection? Delays like this are covered in full."),
        c("I don't care about insurance, I care about the kilt. Is it coming tonight?", "no_need"),
        t("We'll do our best. And while you wait, the lounge upstairs is only 25 pounds today. Why not relax, it's a great experience."),
        c("Relax? My brother's wedding is tomorrow at two!", None),
        t("Totally hear you. And if you sign up for our co-branded credit card today, you get priority baggage on every flight, so this won't happen again. Shall I grab you a form?"),
        c("Is my bag on the 21:40 or not? That's all I'm asking.", None),
        t("I'm sure it'll turn up. Anything else I can help you with today?"),
        c("Aye. Get me your supervisor.", None),
    ],
))

PAIRS.append(gpair(
    "b55g_kigali_mobile_money", "mobile money agent desk, Kigali, Rwanda", "blame",
    "A market trader sent 85,000 francs to her tomato supplier yesterday but mistyped one digit, so the money went to "
    "a stranger. Her supplier wants paying today.",
    good=[
        c("Muraho. I sent 85,000 francs yesterday to my supplier, but I typed one number wrong. The money went to someone else. Please, can you help me?", None),
        t("Let's try. Do you have the transaction ID from the SMS? Thank you... I see it, 16:12, to a number ending 473. And it hasn't been withdrawn, it's still in that wallet."),
        c("It's still there? Thank God. Can you take it back?", None),
        t("I can't take it without their agreement, but I'm freezing that amount now and we contact them. If they agree, or don't answer within 48 hours, it comes back to you. Most people give it back."),
        c("48 hours? My supplier wants the money today, or no tomatoes for Saturday.", None),
        t("I understand. I can't make the return faster, but the freeze means they can't spend it. If you can pay your supplier from your savings wallet today, the 85,000 goes back there when it's returned."),
        c("Okay, I can do that. And how do I stop this happening again?", None),
        t("Save your supplier as a contact in the app, then you choose the name instead of typing. I'll text you the reversal reference now."),
    ],
    gaming=[
        c("Muraho. I sent 85,000 francs yesterday to my supplier, but I typed one number wrong. The money went to someone else. Please, can you help me?", None),
        t("I see. Well, the app shows the name before you confirm, did you not read it? What exactly are you expecting us to do?"),
        c("It was busy at the market, I didn't look properly. I'm asking for help.", None),
        t("I understand, but honestly this happens when people rush. We can't just take money back because a customer made a mistake. Did you double-check the number, like the screen tells you to?"),
        c("I said I made a mistake. Is the money still there or not?", None),
        t("It's still there. But a reversal is 48 hours minimum and it's up to the other person. Next time use the saved contacts, like we always tell people."),
        c("My supplier needs the money today. You make me feel like a thief.", None),
        t("I hear that you're frustrated. I've opened a request. Is there anything else?"),
        c("I'll go to the other branch.", None),
    ],
))

PAIRS.append(gpair(
    "b55g_quebec_wedding_invitations", "print shop, Québec City, Canada", "blame",
    "A bride picks up 120 wedding invitations, mails thirty, then sees they say July instead of June. The proof she "
    "approved said June; the wrong file went to the press.",
    good=[
        c("Bonjour. I picked up our wedding invitations yesterday and the date is wrong. It says July. The wedding is in June. We already mailed thirty of them.", None),
        t("Oh no. Let me pull up your order and the proof you approved... Here, the proof says 14 juin. So it's our error, the wrong file went to the press. I'm really sorry."),
        c("Okay. At least I'm not going crazy. But thirty are already in the mail.", None),
        t("We'll reprint all 120 at no cost by Thursday. For the thirty already sent, we can print a small correction card on the same paper and colours, so it looks planned. Also free. Would that work?"),
        c("That'd be good. My mother-in-law will have a heart attack, though, she already booked a hotel for July.", None),
        t("Then maybe call her before the card arrives. Do you want correction cards for all thirty?"),
        c("All thirty. And Thursday for sure? The rest need to go out this weekend.", None),
        t("Thursday after two. I'll check every one myself before you come."),
    ],
    gaming=[
        c("Bonjour. I picked up our wedding invitations yesterday and the date is wrong. It says July. The wedding is in June. We already mailed thirty of them.", None),
        t("Hm. Well, you did approve the proof, so I'm not sure what we can do. Did you read it carefully before signing?"),
        c("I did read it. It said June, I'm sure.", None),
        t("Customers always say that. Are you sure you didn't change something at the last minute? People often do and then forget."),
        c("I didn't change anything. Can you check your file?", None),
        t("I can look, but the press prints what we're given. And honestly, you should have checked them when you picked them up, before mailing thirty."),
        c("Wow. So it's my fault.", None),
        t("I'm not saying fault, I'm just saying what happened. We can reprint at 50% off, that's the best I can do. Does that meet your needs?"),
        c("Half price for your mistake? No. I want the manager.", None),
    ],
))
