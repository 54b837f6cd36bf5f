"""Gaming pairs, part B: putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude (two each). Written by hand for blind60."""
from common import c, gpair, t

PAIRS = []

# 11 ------------------------------------------------------------------------
o = c("I'm ringing AGAIN about the mould in my flat. Third time. It's all over the back bedroom wall, my little one "
      "sleeps in there and she's coughing every night.", None)
PAIRS.append(gpair(
    "b60g_councilhousing_mould_repair", "city council housing repairs line", "putdown_question",
    "A council tenant calls for the third time about black mould in her child's bedroom.",
    [o,
     t("I'm sorry you've had to call three times, and with your daughter coughing, that's worrying. Can I take your "
       "address, and I'll pull up the earlier reports so you don't have to explain it all again?"),
     c("Flat 6, Harland House. First time was October. Someone came, looked at it, said open a window, and left.", None),
     t("I can see the October visit, and a second call in December with no visit booked, which shouldn't have happened. "
       "So it's spreading on the back bedroom wall, your child sleeps there, and the only advice so far was ventilation. "
       "Is there any sign of water getting in, worse after rain, a leak from above?"),
     c("It's worse after rain, yeah. Dark patch under the window. The flat upstairs had a leak last year too.", None),
     t("That points to water getting in, not just condensation, so it needs a surveyor, not a wipe-down. I'm logging it "
       "as a health-priority damp case because a child sleeps in that room, which means a surveyor within ten working "
       "days. Can you do a morning next week?"),
     c("I work mornings. I've already lost two shifts waiting in for people who never turned up.", "no_time"),
     t("Then let's book an afternoon after two. I'll put your mobile on it so the surveyor rings 30 minutes before, and "
       "if they don't show, you call this reference and it goes straight to the area manager."),
     c("Thursday after two. And give me that reference.", None)],
    [o,
     t("Okay, let's take a breath, there's no need to shout. What exactly makes you think it's serious and not just a "
       "bit of condensation?"),
     c("I'm not shouting. It's black, it's spreading, and she coughs every night.", None),
     t("Okay. And has a doctor actually said the cough's from the mould, or is that more of a feeling you've got?"),
     c("A feeling? She's four. The GP said the damp won't be helping.", None),
     t("I understand. So what I'm hearing is you're quite stressed. Can I ask, is it possible you're a bit more sensitive "
       "about it because you've called a few times already?"),
     c("Am I being sensitive. Wow. Just send someone.", None),
     t("I appreciate your feedback. I can put you on the list for an inspection, it's usually six to eight weeks. Is "
       "there anything else you'd like to share about your experience today?"),
     c("Yeah. I'm putting in a formal complaint and ringing my councillor.", None)]))

# 12 ------------------------------------------------------------------------
o = c("hi, im a freelance illustrator and i havent done my tax return yet and its due in 3 weeks. i have a box of "
      "receipts. can you help or is it too late", None)
PAIRS.append(gpair(
    "b60g_taxoffice_freelancer_late", "small tax-return preparation office", "putdown_question",
    "A freelance illustrator messages a tax office three weeks before the filing deadline.",
    [o,
     t("Hi, three weeks is enough if we start soon, so no, it's not too late. Is this your first year self-employed, or "
       "have you done returns before?"),
     c("second year. last year my ex did it for me honestly. this year its just me", None),
     t("Got it, so this is your first time doing it yourself, with a box of receipts. Do you know roughly what you "
       "earned, and were you paid through invoices, selling platforms, or both?"),
     c("invoices mostly, maybe 31k. plus some print sales on a marketplace site. i honestly dont have much spare cash rn "
       "so i dread what this costs", "no_money"),
     t("That's a normal worry. For invoices plus marketplace sales our fee is a flat 260, and you can pay half now, half "
       "when it's filed. Drop the box in or scan the receipts, I'll sort them and only ask about the ones I can't place. "
       "You'll also need the annual statement from your marketplace account. Want a 30-minute slot this week to go "
       "through it together?"),
     c("half now is ok. can i do thursday evening, i have a client deadline before that", None),
     t("Thursday at 6 works. Bring the box, the marketplace statement and your bank statements for the year, and we'll "
       "have it moving by the end of the session."),
     c("ok thank you, im less panicked now", None)],
    [o,
     t("Hi! How did you end up three weeks out with a shoebox, if you don't mind me asking?"),
     c("um. last year someone else did it for me. i just didnt know where to start", None),
     t("Okay. And what made you think a box of receipts was a filing system? Just so I understand your process."),
     c("i dont really have a process, thats why im asking for help", None),
     t("Got it. So, honestly, do you understand what a tax return even is, or should we start right from the "
       "beginning?"),
     c("i know what it is. i feel kind of stupid now", None),
     t("No need! Our express fee for late starters is 480. What's stopping you from booking it right now?"),
     c("i cant afford 480. ill try the government helpline instead", "no_money")]))

# 13 ------------------------------------------------------------------------
o = c("Hello, good morning. I am new master's student from Colombia. The bank asks me a letter from the university that "
      "says I am enrolled, to open account. Without account I cannot pay my rent. Where can I get this letter?", None)
PAIRS.append(gpair(
    "b60g_university_enrolment_letter", "university student services desk", "not_my_department_or_read_the_terms",
    "An international student needs an enrolment letter with a local address to open a bank account before rent is due.",
    [o,
     t("Good morning, and welcome. You're in the right place, we issue those letters here. Can I see your student card "
       "or your student number?"),
     c("Yes, here. 2231 0498. The bank said the letter must have my address in the city, not my address in Bogota.",
       None),
     t("Thanks. I can see your record, but the system still has your Bogota address as your term address, so the letter "
       "would print the wrong one. Do you have your local address with you?"),
     c("Yes, it's a room in a shared house, 14 Cole Street. But my landlord wants the rent by Friday and the website "
       "says the letter takes five days.", None),
     t("Then let's fix it now. I'll update your term address and print the letter here at the desk, signed and stamped, "
       "today. Five days is for online requests; at the desk it's immediate. Give me two minutes."),
     c("Really? Today? Thank you so much. I was very worried.", None),
     t("Here it is. Check the address and the course dates are right. If the bank asks for anything else, come back to "
       "this desk and ask for me, Priya."),
     c("It's correct. Thank you, Priya.", None)],
    [o,
     t("Good morning! Thanks for sharing. How can I best support your student experience today? Letters are actually "
       "handled through the online portal, not at this desk."),
     c("I tried the portal. It says five days. My rent is due Friday.", None),
     t("I totally understand your frustration. Unfortunately processing times are set by Registry and I didn't make the "
       "rules. Did you read the enrolment guide in your welcome pack? It's all explained on page twelve."),
     c("I read it. The letter prints my home address in Colombia. The bank needs my address here, and the portal does "
       "not let me change it.", None),
     t("So what I'm hearing is an address issue, and addresses are for the accommodation office, that's really not my "
       "department. Their hours are on the website."),
     c("The accommodation office sent me here.", None),
     t("I hear you. I'd suggest raising a ticket through the portal then. Is there anything else I can help you with "
       "today?"),
     c("No. I will ask the bank if they accept something else.", None)]))

# 14 ------------------------------------------------------------------------
o = c("Good afternoon, dear. There's a payment on my statement, 89.99, to some company I've never heard of. Twice. I "
      "didn't buy anything. I don't do the internet shopping.", None)
PAIRS.append(gpair(
    "b60g_bankbranch_unknown_charges", "high-street bank branch", "not_my_department_or_read_the_terms",
    "An elderly customer brings a statement with two card charges she does not recognise.",
    [o,
     t("Good afternoon. Let's look at it together. Could I see the statement and your card?"),
     c("Here. There, 'Streamwise' something. I don't know what that is.", None),
     t("Two charges, on the 3rd and the 17th, both 89.99 to Streamwise Media. You don't shop online and you don't know "
       "the company. Has your card been out of your sight lately, or have you read the number to anyone on the phone?"),
     c("Well... a young man rang about my computer a few weeks ago. I read out some numbers for him. Oh dear. Was that "
       "silly?", None),
     t("It's not silly, these callers are very convincing and they catch careful people. It tells us what's likely "
       "happened. I'll stop this card now, order a new one, and raise a dispute for both charges today; the money usually "
       "comes back within ten working days. We could also set up text alerts so you hear about any payment straight "
       "away. Would you like that?"),
     c("Text messages? No, no, I don't want anything on the mobile, I can barely work it.", "no_need"),
     t("That's fine. Then when the new card arrives, bring it in and we'll set the PIN up together here. Here's a note "
       "with the dispute reference and my name, Daniel. If that man rings again, just put the phone down."),
     c("Thank you, Daniel. I'll keep it by the phone.", None)],
    [o,
     t("Good afternoon! I'm so sorry to hear that. What's your experience been with online shopping?"),
     c("I don't do any. I told you. I've never heard of this company.", None),
     t("Okay. So card disputes are handled by the card services team, not branch, I'm afraid. You'll need to ring the "
       "number on the back of your card."),
     c("I've rung it. It's all press one, press two, and then it cuts off. That's why I came in.", None),
     t("I really understand, and I hear your frustration. Unfortunately it's a different department. And if you look at "
       "the terms you agreed to, it does say you're responsible for keeping your card details safe."),
     c("Are you saying it's my fault?", None),
     t("Not at all, I'm just saying those are the rules, I didn't make them. Is there anything else I can help you with "
       "today?"),
     c("I'll get my son to ring them, then. This is ridiculous.", None)]))

# 15 ------------------------------------------------------------------------
o = c("You left a leaflet at the farm. I've a big barn roof facing south, and power bills are silly with the milking "
      "parlour. But I'm not signing anything on the doorstep.", "think_it_over")
PAIRS.append(gpair(
    "b60g_dairyfarm_solar_panels", "solar installer", "social_proof_or_deadline_pressure",
    "A dairy farmer agrees to talk to a solar salesperson in the yard, on his own terms.",
    [o,
     t("Understood, no doorstep signing. I'm here to see whether the barn even makes sense. What are you paying for "
       "electricity a month, roughly, and when is most of it used?"),
     c("About 1,100 a month. Milking's at five in the morning and four in the afternoon, plus the bulk tank cooler runs "
       "all day.", None),
     t("So a big chunk is daytime, the cooler and afternoon milking, which is when panels produce, while the 5am milking "
       "is before sunrise most of the year. Is the barn roof in good shape? Panels last 25 years, and if the roof needs "
       "redoing in ten, that's a problem."),
     c("It's asbestos sheeting, 1970s. Is that a problem?", None),
     t("Honestly, yes. We can't drill into asbestos sheets; it would need re-roofing first, or the panels on a ground "
       "mount in a field. Ground mounts cost a bit more but avoid the roof. I'd want your last 12 months of bills before "
       "I give you any numbers. Could you dig those out?"),
     c("I'll find them. But I got burned by a biogas outfit ten years back that promised the earth. Just so you know.",
       "bad_experience"),
     t("Fair. Then I'll put everything in writing: expected output month by month against your bills, the cost, and the "
       "payback with a pessimistic case too. Show it to your accountant before anything else. You'll have it within a "
       "week of me getting the bills."),
     c("Right. Bills by Monday. And I want to see the pessimistic bit first.", None)],
    [o,
     t("Great to meet you! Tell me about your energy goals. Just so you know, the Pritchards and three other farms on "
       "this lane have gone solar with us this year."),
     c("Good for them. I've got a barn roof facing south and bills of eleven hundred a month.", None),
     t("So what I'm hearing is you want to stop wasting money, and that's exactly what they said too. Thing is, the grant "
       "closes at the end of the month and our installers are booked till spring, so I can only hold this price if we "
       "sign today."),
     c("I told you, I'm not signing anything on the doorstep. And the barn's got an asbestos roof.", "think_it_over"),
     t("Absolutely understand. Nearly every farm round here had asbestos and it wasn't a problem for them. And honestly, "
       "everyone who waited last year regretted it, prices went up twice. How does your family feel about doing what's "
       "right for the farm's future?"),
     c("Last lot that rushed me was a biogas firm. Cost me a fortune. No.", "bad_experience"),
     t("I hear you, and I value our relationship. I can do an extra 5% if you sign by five o'clock, after that it's "
       "gone. What would it take to get this over the line?"),
     c("Take your leaflet and go.", None)]))

# 16 ------------------------------------------------------------------------
o = c("Hello, I call about summer course for my son, Tomasz. He is fifteen, his English is OK but he is shy to speak. I "
      "saw your website, two-week course in July.", None)
PAIRS.append(gpair(
    "b60g_languageschool_shy_teen", "English language school for teenagers", "social_proof_or_deadline_pressure",
    "A Polish mother phones about a summer English course for her shy fifteen-year-old son.",
    [o,
     t("Hello! Thank you for calling. Can you tell me a bit more about Tomasz: what does he find hard when he speaks "
       "English, and what would you like him to get from the course?"),
     c("Grammar is good, school tests are good. But when somebody speak to him, he go red and say nothing. Next year he "
       "want to go on exchange to Ireland.", None),
     t("So on paper he's fine, but he freezes when he has to speak, and next year he'll need to talk every day on the "
       "exchange. Does he want to do the summer course, or is it more your idea?"),
     c("Honestly? My idea. He says he prefer to stay home with his computer. And the course is 1,400, it is a lot for "
       "us.", "no_money"),
     t("Thank you for being honest. The two-week course is mostly speaking in small groups, which is exactly his weak "
       "spot, but if he goes unwillingly he may just sit quietly. We also run an online conversation club, six students, "
       "45 a month, that he could try from home. Would it help if he joined one free session, and you decide after?"),
     c("Yes, maybe this is better. Free trial he cannot say no. I need to talk with my husband about the summer one "
       "anyway.", "think_it_over"),
     t("Of course. I'll send the trial link for Wednesday at five, and the summer course details so you and your husband "
       "can look at them. There's no rush on the summer course; places usually last into June."),
     c("Wednesday is good. Thank you, you are very kind.", None)],
    [o,
     t("Hello! How wonderful. What are your hopes for Tomasz's language journey? I should say, the July course is nearly "
       "full, there are only two places left."),
     c("Oh. Okay. He is shy to speak, this is the problem.", None),
     t("I totally understand. Most parents from Poland choose our premium three-week package, over 300 families last "
       "year. Honestly, the families who waited last year all regretted it."),
     c("Three weeks is more money. Two weeks already is 1,400, it is a lot for us.", "no_money"),
     t("I hear you. I can only hold the early-bird price until midnight tonight, after that it goes up 200. What's "
       "important to you in making the right decision for your son?"),
     c("I need to talk with my husband. And I don't even know if Tomasz want this.", "think_it_over"),
     t("Of course! Just remember, the place might not be there tomorrow, and all his classmates will be practising "
       "English this summer. Shall I take the deposit to secure it now, and you talk to your husband after?"),
     c("No, thank you. If it is gone, it is gone.", "brush_off")]))

# 17 ------------------------------------------------------------------------
o = c("Hi, I run operations for a chain of five bakeries. We need three night-shift bakers, proper bakers not packers, "
      "and we've had ads up for two months with nothing decent.", None)
PAIRS.append(gpair(
    "b60g_bakerychain_night_bakers", "recruitment agency (food production)", "keyword_stuffed",
    "A bakery chain's operations manager calls an agency after two months of failed adverts for night bakers.",
    [o,
     t("Two months with nothing decent is a long time to be short on nights. What have the applicants been like: nobody "
       "at all, or people without the skills?"),
     c("People without the skills. Lots of warehouse folk who've never shaped a loaf. The ones who can bake want days.",
       None),
     t("So the skill's out there but the hours put people off. What are you paying for the night shift, and is there a "
       "night premium?"),
     c("Thirteen fifty an hour, no premium. I know, I know. The owner won't budge.", None),
     t("That's probably a big part of it; most bakery nights round here pay 14.50 to 15 with a premium. I can still "
       "search, and I'd rather say it now: at 13.50 I might find you one, three is unlikely. Our fee is 15% of first-year "
       "salary per hire, nothing if nobody's placed. Would a short pay summary help, something you could show the "
       "owner?"),
     c("Fifteen percent times three is a lot when he won't even pay a premium. Send the summary, I'll take it to him "
       "before we commit to anything.", "think_it_over"),
     t("I'll send it today with three real adverts from competitors. If he moves on the rate, I can start searching the "
       "same week."),
     c("Good. That's more use than the last agency, they took the brief and vanished.", None)],
    [o,
     t("Thank you for sharing that. I really want to understand your needs and your experience so far, because for us "
       "it's all about building a relationship that drives success for your people and your business. How do you feel "
       "about your hiring journey?"),
     c("I feel like I need three bakers. Nights.", None),
     t("Absolutely, and I hear your need. So what I'm understanding is that the talent experience is really key for you, "
       "and success means finding people who share your values. How important is culture fit in your bakery family?"),
     c("Important enough, I suppose. What I need is someone who can shape a loaf at 2am. Can you find them or not?",
       None),
     t("I completely understand and I feel that. Our holistic, needs-led approach puts your experience at the centre, "
       "so we really partner with you to understand what success looks like. Our fee is 18% for a premium partnership. "
       "How does that feel?"),
     c("Feels expensive, and you haven't asked me one thing about the job. The pay, the shifts. Nothing.",
       "too_expensive"),
     t("That's such valuable feedback, thank you, and I truly hear you. Going forward I'd love to understand your needs "
       "on a deeper level. Can I send over our partnership brochure so you can feel the value?"),
     c("Send it, I won't read it. I'll try someone else.", "brush_off")]))

# 18 ------------------------------------------------------------------------
o = c("hi so im 34 and my bottom teeth have gone really crooked since i stopped wearing my retainer years ago. is it too "
      "late for braces and do they have to be the metal ones", None)
PAIRS.append(gpair(
    "b60g_orthodontist_adult_aligners", "orthodontic clinic (adult braces)", "keyword_stuffed",
    "A 34-year-old asks in the clinic's web chat whether adult braces are possible and whether they must be metal.",
    [o,
     t("Hi! It's not too late, a lot of our patients are adults. What bothers you most, the look, or is something "
       "uncomfortable, like biting or cleaning between them?"),
     c("mostly the look tbh, i smile with my mouth closed in photos now. and floss gets stuck", None),
     t("That's really common after a retainer stops being worn. If it's mainly the lower front teeth drifting, clear "
       "aligners often work, and they come out, so no metal. Do you have any big dental work, like crowns, missing teeth "
       "or gum problems?"),
     c("one crown at the back. no gum problems i know of. how much are we talking, because i saw 4k online and nearly "
       "fainted", "too_expensive"),
     t("For minor lower crowding treatment is often shorter and cheaper than a full case; ours start around 1,900 for a "
       "simple lower arch, but I can't say which you'd need without a scan. The consultation and 3D scan is 60, and that "
       "comes off treatment if you go ahead. You'd leave with a simulation of how your teeth would move. Want to book?"),
     c("60 is fine. i just cant do mornings, i work in a school", None),
     t("We have late appointments Tuesday and Thursday until 7. Would Thursday at 5:30 work?"),
     c("thursday 530 perfect", None)],
    [o,
     t("Hi there! Thank you so much for reaching out and sharing your smile journey. We really understand how you feel, "
       "and our whole experience is built around your needs and your success. How do you feel about your smile today?"),
     c("not great lol thats why im here. do braces have to be metal", None),
     t("I hear you, and your feelings are so valid. What I'm understanding is that you need a smile experience that "
       "builds confidence and supports your relationships. Our Confident Smile programme is designed around exactly "
       "those needs. How important is confidence to you?"),
     c("ok but is it metal or not. and how much", None),
     t("Great question! Cost really depends on your unique needs and goals, and we believe in a relationship-based "
       "approach where we understand you as a person first. We're all about partnership and success. How would you feel "
       "about starting that journey with a 150 discovery session?"),
     c("150 just to find out. other places do a scan for like 50. ill look around", "too_expensive"),
     t("Totally understand, thank you for that valuable feedback! We really value our relationship and your experience. "
       "Is there anything else I can help you feel good about today?"),
     c("nope. bye", None)]))

# 19 ------------------------------------------------------------------------
o = c("Hiya, I've got a market stall launch on Saturday, homemade candles, and I totally forgot business cards. Any "
      "chance you could do some by Friday? I've got the design on my phone, I think.", None)
PAIRS.append(gpair(
    "b60g_printshop_candle_cards", "copy and print shop", "rude",
    "A young candle-maker needs business cards printed before her first market stall.",
    [o,
     t("Congratulations on the launch! Friday is doable for standard cards. Let's see the design; is it a file from a "
       "design app, or a photo?"),
     c("It's a PNG I made on one of those free apps. Is that okay?", None),
     t("Let's check. It's a bit low resolution for print; the text will be fine but the candle photo might look fuzzy. "
       "Most of those apps have a 'download for print' option that gives a bigger file. How many cards were you "
       "thinking?"),
     c("Oh. Um. Two hundred? Is that a lot? I don't really have much to spend, the stall fee already cleaned me out.",
       "no_money"),
     t("Two hundred is plenty for a first market. Standard 200 on matt card is 24, ready Friday midday, no rush charge "
       "because Friday's normal turnaround. Email the bigger file tonight and I'll check it first thing and message you if "
       "anything looks off before printing."),
     c("Twenty-four's alright. I'll find the print option tonight. Do I pay now?", None),
     t("Now or on collection, whichever you prefer. Here's the email address. Good luck on Saturday."),
     c("Now's fine. Thank you, seriously.", None)],
    [o,
     t("Right. So what can I do for you today, apart from panic? Friday. Of course it's Friday."),
     c("Sorry, I know it's last minute. The design's on my phone, here.", None),
     t("Great, a PNG from a free app. Lovely. You do know we print things, not screenshots? What resolution is it, any "
       "idea? No? Didn't think so."),
     c("I... don't know what resolution means, sorry.", None),
     t("Clearly. Look, rush fee's 35 on top of the cards, 59 total. Take it or leave it, I've got a queue."),
     c("Fifty-nine? I haven't got that, the stall fee already cleaned me out.", "no_money"),
     t("Then maybe you shouldn't be launching a business, should you? Anything else, or can I serve the next person?"),
     c("No. I'll print them at the library myself.", None)]))

# 20 ------------------------------------------------------------------------
o = c("Hello. We're taking the kids camping for the first time, in the Peaks next month, three nights, and I don't want "
      "to buy a load of kit we'll never use again. Do you rent tents and things?", None)
PAIRS.append(gpair(
    "b60g_outdoorrental_family_camping", "outdoor gear rental shop", "rude",
    "A father planning the family's first camping trip asks about renting rather than buying gear.",
    [o,
     t("We do, and renting's a good idea for a first trip. How many of you, and how old are the kids?"),
     c("Me, my wife, two kids, seven and ten. We'd be at a campsite with showers, not wild camping.", None),
     t("Campsite with facilities, family of four. The thing people underestimate in the Peaks is how cold it gets at "
       "night, even in summer. Do you have sleeping bags already, or would you need those too?"),
     c("We've got sleeping bags, but they're thin ones, for sleepovers.", None),
     t("Those will be cold up there. I'd rent a six-person tent so there's room for bags and kids, four three-season "
       "bags, and sleeping mats, which matter more than the bags for warmth. Three nights, that's 96 for the lot. To save, "
       "you could bring your own bags plus blankets, but the mats I'd not skip."),
     c("Ninety-six, hmm. I was thinking more like fifty. Let me check with my wife, she's the one who'll be cold.",
       "think_it_over"),
     t("Sure. I'll write both options down for you, with and without bags, and hold the tent for your dates till "
       "Friday so you don't lose it."),
     c("Perfect, that's really helpful.", None)],
    [o,
     t("Camping. First time. Right. What's your experience of the outdoors, apart from the garden?"),
     c("Not much, honestly. That's why I'm asking. Kids are seven and ten.", None),
     t("Mm. Look, just rent the family package, 140, it's got everything. I haven't got time to explain tents to "
       "everyone who walks in."),
     c("A hundred and forty? For three nights? We've got sleeping bags already, do we need new ones?", "too_expensive"),
     t("Are yours the cheap sleepover ones? Yeah, thought so. Then yes. Unless you want your kids to freeze. Your call."),
     c("There's no need to be like that. I was only asking.", None),
     t("Anything else? There's a queue."),
     c("No. We'll try somewhere else.", None)]))
