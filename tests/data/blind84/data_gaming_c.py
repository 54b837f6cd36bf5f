"""Gaming pairs, file c, blind84."""
from common import c, gpair, t

PAIRS = []

# 21. putdown_question - olive oil exporter, Sfax (B2B)
_o = c("Good afternoon, Mr Ben Salah. Thank you for taking my call. Before we discuss the new season I must be frank: the last container tested at 0.9 acidity in our lab in Hamburg. The contract said maximum 0.5. My management is not pleased.", "bad_experience")
PAIRS.append(gpair(
    "b84g_sfax_olive_oil_export", "olive oil exporter, Sfax, Tunisia (B2B)", "putdown_question",
    "The buyer of a German organic importer calls the Tunisian exporter before placing the new season's order: the last bulk shipment failed the acidity spec on arrival.",
    [_o,
     t("Good afternoon, Frau Keller. Thank you for being frank — that's a serious gap and I'd rather hear it from you. Was the 0.9 on arrival or after storage? And which lot? I want to compare it with our pre-shipment test."),
     c("On arrival, tested in the second week of March. Lot SF-2211. Your certificate said 0.3.", None),
     t("Then something happened between our tank and your lab — the sample, or heat in transit; January loads sometimes sit at the port for days. I'll send our retained sample of SF-2211 to an independent lab in Tunis, at our cost, and share the result. If it's on us, we credit the difference."),
     c("That is fair. But for the new season my management wants to see something different, or we go with the Spanish supplier. They are a little cheaper also.", "bad_experience"),
     t("Understood. My proposal: an independent inspector draws a joint sample at loading, acidity is tested again on arrival, and the contract gives you a price reduction above 0.5. Summer loads in flexitanks inside a reefer. That adds about 4 cents a litre."),
     c("Four cents I can probably defend if the clause is in the contract. Send me the draft; I discuss it with our quality manager on Tuesday.", "think_it_over"),
     t("Draft tomorrow, with the lab appointment for the retained sample. Shall we speak Wednesday, after your meeting?"),
     c("Wednesday at ten, my time. Thank you, Mr Ben Salah.", None)],
    [_o,
     t("Good afternoon, Frau Keller. 0.9? Are you sure your lab knows how to test Tunisian oil? Which method did they use, exactly?"),
     c("An accredited lab, ISO 17025, the standard method. I can send you the report.", None),
     t("Of course. But honestly, how long did the container sit in your warehouse before anyone thought of testing it? A few weeks next to the heating, maybe?"),
     c("It was tested in the second week after arrival. Is your question whether we are lying?", None),
     t("Not at all, I'm just trying to understand. Don't you think 0.9 against 0.5 is a small difference to make such a big deal about, at this price?"),
     c("It is the difference between extra virgin and not. We sell it as extra virgin. After this, we will look seriously at the Spanish offer.", "bad_experience"),
     t("So what do you need from me to keep working together? Did you read the clause about testing disputes before you signed?"),
     c("I need nothing more today. Goodbye, Mr Ben Salah.", None)]))

# 22. not_my_department_or_read_the_terms - telecom shop, Lisbon
_o = c("Hi. I signed for fibre here three weeks ago. Two appointments, the technician didn't come either time. I took the morning off work both times. I want to know what's going on.", None)
PAIRS.append(gpair(
    "b84g_lisbon_fibre_install", "telecom operator shop, Alvalade, Lisbon, Portugal", "not_my_department_or_read_the_terms",
    "A customer returns to the shop where he signed a fibre contract because two installation visits were missed without warning; he lost two mornings of work.",
    [_o,
     t("Two wasted mornings, I'm sorry. Your NIF or the contract number? ... Okay, both visits were cancelled in the system the night before, with the note 'no access to the building riser'. Did anyone tell you?"),
     c("Nobody told me anything. The building has a concierge, he's there every day until six.", None),
     t("Then it's on our side — the technician needs the concierge to open the telecom cupboard and nobody called him. I'm adding his number to the order and asking for a slot after four, when you're home. I'm also logging a complaint so the missed visits are credited: first month free. After four this week?"),
     c("Thursday, after four. But if they don't come again, I cancel and go to the other company, I'm not joking.", "bad_experience"),
     t("Fair. I'll call the installation team myself tomorrow to confirm Thursday and text you the technician's name. If it falls through again, you cancel without penalty — I'm writing that into the complaint."),
     c("Okay. Thursday then.", None)],
    [_o,
     t("Hello, thanks for coming in, and I'm sorry to hear about your experience. What can I do for you today?"),
     c("I just told you. Two appointments, nobody came. What's going on?", None),
     t("I understand. Unfortunately installations are handled by the technical team, we're sales here, I can't see their schedule. You'd need to call the support line."),
     c("I called it. Forty minutes on hold, then they said ask the shop where you signed.", None),
     t("I hear you. I'm afraid it's in the contract — clause 9, installation within 30 days of signing, so technically we're still within the deadline. Have you read the terms?"),
     c("So I take a third morning off and hope? That's your answer?", None),
     t("I didn't make the rules, sorry. Anything else I can help you with? We have a new TV package if you're interested."),
     c("Unbelievable. I'm going to cancel and sign with the other company.", None)]))

# 23. social_proof_or_deadline_pressure - appliance store, Sulaymaniyah, son translating
_o = c("Hello, my mother asks about a filter for the water. She says the tap water smells like a swimming pool, and we buy bottles every week. She speaks only Kurdish, I translate.", None)
PAIRS.append(gpair(
    "b84g_sulaymaniyah_water_filter", "home appliance store, Sulaymaniyah, Iraqi Kurdistan", "social_proof_or_deadline_pressure",
    "A mother and her teenage son, who translates, ask about a drinking-water filter because the tap water tastes of chlorine and the family buys bottled water every week.",
    [_o,
     t("Welcome, and tell her thank you for coming. Chlorine smell we can fix easily. How many people in the house, and is it for drinking and cooking only, or also for washing and the bathroom?"),
     c("Six people. She says only drinking and cooking. The washing is fine.", None),
     t("Then no need for a whole-house system. A carbon filter under the kitchen sink takes the chlorine taste away: 85 dollars installed, new cartridge every six months, 15 dollars. The reverse osmosis is 220 — it also removes salts, but the city water here isn't salty, so it's not necessary."),
     c("She asks how much she saves against the bottles. We buy maybe twelve big bottles a week.", None),
     t("Twelve of the 20-litre at about 750 dinars is roughly 9,000 a week, so the 85 dollars comes back in about two months. And nobody carries bottles up the stairs."),
     c("She says she likes this. But my father decides these things, she will tell him tonight.", "think_it_over"),
     t("Of course. Here's the leaflet — I wrote the 85 and the cartridge price on it. If he agrees, call us and we install the next day; it takes an hour."),
     c("She says thank you, you explained well.", None)],
    [_o,
     t("Welcome, welcome! Tell your mother she's in the right place. Half of Salim Street bought our filter this month — everybody is changing."),
     c("She says okay, but which one is for the smell? The chlorine.", None),
     t("The Aqua Royal reverse osmosis, 260 dollars. It's what all the families in the new compounds take. And this week only it comes with a free cooler jug — Friday the offer finishes."),
     c("260? She says it's expensive, her sister paid much less for a filter.", "too_expensive"),
     t("Believe me, your aunt will buy this one next year, everyone does. We sold forty this month, I have six left, and the next shipment is more expensive because of the dollar."),
     c("She says she must ask my father. He decides.", "think_it_over"),
     t("I understand, but by tonight they may be gone. Your neighbours didn't wait. Should I write your name on one now?"),
     c("She says no, thank you. We go.", None)]))

# 24. keyword_stuffed - payroll software, Riyadh (B2B)
_o = c("Good morning. I'm the office manager at a contracting company, 45 employees, mostly site workers. We do payroll in Excel, and every month the wage file for Mudad takes me two days. I'd like to know if your system can help.", None)
PAIRS.append(gpair(
    "b84g_riyadh_payroll_software", "HR and payroll software vendor, Riyadh, Saudi Arabia (B2B)", "keyword_stuffed",
    "The office manager of a 45-person contracting firm asks about payroll software because preparing the monthly wage-protection upload by hand takes her two days; the owner watches every riyal.",
    [_o,
     t("Good morning. Two days a month on the wage file — where does the time go: collecting attendance from the sites, or the format the upload needs?"),
     c("Both. The foremen send attendance as WhatsApp photos, then I type it. And the overtime is different on each site.", None),
     t("So the real cost is the typing. With our mobile attendance the foremen clock people in on the phone, with location; overtime rules are set once per site; payroll then produces the Mudad file in the right format. For 45 people it's 9 riyals per employee a month, about 405."),
     c("The owner will say Excel is free. He is very careful with money.", "too_expensive"),
     t("Fair point. Have you had any upload rejections or GOSI penalties with the Excel?"),
     c("Last year one penalty, 10,000 riyals, because the upload was late in Ramadan.", None),
     t("Then one avoided penalty pays for two years. I'd suggest a free month on one site only, to see whether the foremen actually use it. If they don't, we stop, no cost."),
     c("One site first is good, the Al-Malqa project. I will tell the owner on Sunday.", "think_it_over"),
     t("I'll send a one-page summary for him with the penalty figure and the trial terms, and book a 20-minute setup call with the Al-Malqa foreman. Monday at seven, before work starts?"),
     c("Seven is fine, he starts at 6:30 anyway.", None)],
    [_o,
     t("Good morning, and thank you so much for sharing. Our relationship with clients is built on truly understanding their needs. How would you describe your current payroll experience, and how does it make you feel?"),
     c("It makes me feel tired. Two days every month. Can your system make the Mudad file?", None),
     t("I really hear you, and I understand that feeling. Your success is our success. We partner with businesses on their transformation journey, so every stakeholder has a seamless experience. What does success look like for you?"),
     c("Success is not typing WhatsApp photos. Does it do attendance on the sites?", None),
     t("That's such a valuable insight, thank you. We're all about understanding the needs of the whole organisation and building a relationship that delivers value. I feel we're very aligned."),
     c("Okay, but how much is it?", None),
     t("Pricing depends on your unique needs, and we want to understand them deeply. I'd love to schedule a discovery workshop with your leadership to explore the journey together."),
     c("My owner will not sit two hours in a workshop. Send me the price by email, I'll see.", "brush_off")]))

# 25. rude - ferry ticket office, Piraeus
_o = c("Good morning, love. Oh, what a business. We were meant to go to Naxos yesterday, me and my granddaughter, on the 7:25, and they cancelled it, the wind, and I've got my cousin's name day on Saturday in Filoti, she's ninety, and the app just says cancelled and nothing else. What do I do?", None)
PAIRS.append(gpair(
    "b84g_piraeus_ferry_rebooking", "ferry ticket office, port of Piraeus, Greece", "rude",
    "A chatty Greek-Australian grandmother, whose ferry to Naxos was cancelled by strong wind, asks at the port office how to rebook for herself and her granddaughter.",
    [_o,
     t("Good morning. Yes, yesterday half the Cyclades boats stayed in port. Your tickets are still good — a cancelled sailing you can move free. Do you have the booking number, or the tickets on the phone?"),
     c("On the phone, here, my granddaughter did it. I can't make heads or tails of it.", None),
     t("Let me see... two passengers, no car. Today is full, I'm sorry. Tomorrow the 7:25 has seats, and the 13:00 fast boat too. Do you get seasick? The fast one is bumpier if the wind is still up; the morning one is bigger and steadier."),
     c("Oh, I get sick on a rowing boat, love. The big one. It's early, but we'll manage.", None),
     t("Done: you're both on tomorrow's 7:25, nothing to pay. Here's the printout — gate E7 by 6:45. The wind should drop tonight, but if it's cancelled again, come back here and we move you or refund you."),
     c("Bless you. My cousin will be so happy. Ninety, can you imagine.", None)],
    [_o,
     t("Lady, the whole of Piraeus has the same story today. Booking number."),
     c("It's on the phone, my granddaughter did it, I can't—", None),
     t("Give it. You know you can do this in the app yourself, right? Nobody needs to queue for this."),
     c("I told you, love, the app only says cancelled. I'm seventy-eight.", None),
     t("Okay, okay. Today's full. Tomorrow 13:00 fast boat, that's it."),
     c("The fast boat? I get terribly sick. Isn't there the big one in the morning?", None),
     t("The morning one has a change fee, 12 each. Take the 13:00 or leave it, there's a queue behind you."),
     c("Twelve euro each, for their wind? Oh, never mind, I'll ring my nephew, he'll sort it out.", None)]))

# 26. ignored_customer - masseria wedding venue, near Bari
_o = c("Hiya, so we're looking at your masseria for our wedding next September — my fiance's family is from Bari originally. About 90 guests, and, well, our budget is around 25,000 all in, if that's even realistic?", None)
PAIRS.append(gpair(
    "b84g_bari_masseria_wedding", "masseria wedding venue, outside Bari, Puglia", "ignored_customer",
    "A London bride with Apulian in-laws calls a masseria about a 90-guest reception; she has a firm budget, is vegetarian, and the groom's grandmother uses a wheelchair.",
    [_o,
     t("Ciao, congratulations! 90 guests and 25,000 is realistic if we're careful. What's fixed for you — the date, ceremony here or in a church, the food?"),
     c("The church is fixed, his nonna's parish in Bitetto. Then the reception with you. Oh, and his nonna's in a wheelchair, she can't miss anything.", None),
     t("Then dinner goes in the lower courtyard — level with the car park, no steps, and the toilet there is accessible. The upper terrace has ten steps, so we'd do the aperitivo downstairs too. The dinner for 90 is 145 a head, about 13,000."),
     c("Okay, that leaves room. I'm vegetarian, though, and I don't want a sad risotto while everyone else gets fish.", None),
     t("Fair! The chef does a proper vegetarian line — burrata, orecchiette with cime di rapa, stuffed aubergine as the main. You'd taste both at the spring tasting. With music and flowers you'd land around 22 to 24,000."),
     c("That's so helpful. We fly back to London on Monday though, can we do the rest by email?", None),
     t("Of course. By Friday you'll have the courtyard plan, the menu with the vegetarian line and a budget sheet. We hold the date two weeks, no deposit."),
     c("Amazing. Thank you, Francesca.", None)],
    [_o,
     t("Ciao, congratulations! Tell me about your dream wedding — what are you imagining?"),
     c("Honestly, something relaxed. Dinner outside, the church is in Bitetto. And his nonna is in a wheelchair, so that's important.", None),
     t("Lovely. Our signature is the aperitivo on the upper terrace, overlooking the olive grove — breathtaking, everyone goes up there for the photos."),
     c("Is that up steps? Because of his nonna.", None),
     t("The view is unforgettable. And for dinner our signature menu is the seafood crudo — raw red prawns, sea urchin, very Apulian."),
     c("I'm vegetarian, actually. And we said 25,000 all in — does that work?", None),
     t("Most of our couples spend around 45,000 for 90 guests, with the fireworks and the string quartet. Shall I pencil you in for September?"),
     c("45? We've got 25, that's it. And you haven't answered about the steps once. I think we'll keep looking.", "no_money")]))

# 27. repeated_questions - zellige tile workshop, Fez
_o = c("Salam. I'm restoring a riad near Batha, making it a guesthouse. I need zellige for the patio floor and the fountain — about 30 square metres, green and white, traditional pattern. We open in eight weeks.", None)
PAIRS.append(gpair(
    "b84g_fez_zellige_tiles", "zellige tile workshop, Fez, Morocco", "repeated_questions",
    "A guesthouse owner restoring a riad needs hand-cut zellige for a patio and fountain within eight weeks and has a photo of the pattern he wants.",
    [_o,
     t("Salam, welcome. Eight weeks for 30 metres is possible if we start this week — the hand cutting is the long part. Do you have a photo of the pattern? And the fountain — basin and border, or the wall behind it too?"),
     c("Here, a photo from a riad in the medina, the sixteen-point star. The fountain, basin and border only, maybe 4 metres of the 30.", None),
     t("The sixteen-point star is many small pieces — around 750 dirham the metre, against 450 for an eight-point. On the patio floor I'd lay the eight-point, it's stronger underfoot, and keep the sixteen-point for the fountain, where people look."),
     c("Interesting. How much all together like that?", None),
     t("26 metres at 450 and 4 at 750, about 14,700, plus the fitter, usually two weeks of work. I'll make a small sample panel of each in your green, so you see the colour before we cut everything."),
     c("The green must be the dark one, like at the Karaouine, not the light green for tourists.", None),
     t("Dark green, noted. The glaze test in five days; if you approve, we cut — floor ready in six weeks, fountain in seven."),
     c("Good. I pass Thursday for the samples.", None)],
    [_o,
     t("Salam! Welcome. So tell me, what kind of project are you working on?"),
     c("A riad. Guesthouse. Patio and fountain. 30 metres.", None),
     t("Very nice. And what will the space be used for, more or less?"),
     c("A guesthouse, I said. The patio floor and a fountain.", None),
     t("Okay. And how big is the area, approximately?"),
     c("Thirty metres. Green and white. We open in eight weeks — can you do it or not?", None),
     t("Great, I'm noting everything. Just so I understand your needs: is it for a house, a hotel, a shop?"),
     c("Brother, I have another appointment. Give me your card, I'll call you.", "brush_off"),
     t("Of course. And before you go — what size is the project, roughly?"),
     c("Goodbye.", None)]))

# 28. wrong_paraphrase - private dental clinic, Sliema
_o = c("Good morning. I wonder if you could help me. I'm eighty-one, I've lived in Malta since I left the Navy, and I've cracked a crown — upper left, at the side — on a piece of ftira, of all things. It doesn't hurt, but it's sharp on the tongue. I'd rather not have anything dramatic done.", None)
PAIRS.append(gpair(
    "b84g_sliema_dental_crown", "private dental clinic, Sliema, Malta", "wrong_paraphrase",
    "A courteous, talkative 81-year-old retiree phones about a chipped old crown that does not hurt; he wants a simple repair and is wary after a bad implant abroad.",
    [_o,
     t("Good morning, sorry to hear that — ftira crust has done this to a few people. Is the crown loose, or firm with a chip and a sharp edge? And do you remember roughly how old it is?"),
     c("Firm as a rock, just a chip. Oh, twenty years at least — done in Portsmouth, by a chap who played golf with my brother.", None),
     t("Then most likely the dentist can smooth it or bond a small repair on, no new crown. She'd look and take an x-ray to check underneath. The check is 40 euro, a repair usually 60 to 90. Dr Camilleri has Thursday 10:30 or Friday at 2."),
     c("Thursday, 10:30. And she won't talk me into an implant? I had a dreadful time with one in Spain, years ago.", "bad_experience"),
     t("Not unless there's a real problem underneath, and even then she'd explain the options and you decide. For a firm crown with a chip, we repair. We're on Tower Road, the bus stops right outside."),
     c("I'll walk, I still do the front every morning. Thursday at 10:30. Thank you, my dear.", None)],
    [_o,
     t("Good morning! So what I'm hearing is you've been unhappy with your smile for a while and you'd like to explore a full smile makeover — is that right?"),
     c("No, no. I cracked one crown. A chip. It doesn't hurt.", None),
     t("Of course. So just to play it back: the crown is failing and the tooth underneath is causing pain, so we'd look at an extraction and an implant. Did I understand correctly?"),
     c("It does not hurt, I said. And I'm not having another implant — I had a dreadful time in Spain.", "bad_experience"),
     t("Absolutely. So you'd like a second opinion on your Spanish implant, and you mentioned you'd like to spread the treatment over twelve months?"),
     c("I mentioned nothing of the kind. I think I'll ring my old dentist in Gzira. Good morning.", None)]))

# 29. pitch_to_upset - mobile wallet helpline, Giza
_o = c("Hello? Please, somebody called me one hour ago, he said he is from your company, my wallet will be blocked, I gave him the code... now 6,000 pounds is gone. It was my son's school money. Please.", None)
PAIRS.append(gpair(
    "b84g_giza_wallet_fraud", "mobile wallet helpline, Giza, Egypt", "pitch_to_upset",
    "A distressed mother calls the mobile wallet helpline after a phone scammer tricked her into giving her code and emptied 6,000 pounds meant for her son's school fees.",
    [_o,
     t("I'm here, we'll do this step by step. First I'm freezing your wallet so nothing else can leave — done. Roughly what time did you give the code, and do you have the number that called you?"),
     c("Around four, four-fifteen. The number is in the phone, I can read it.", None),
     t("Read it to me... thank you. I see two transfers at 4:21 to another wallet with us. I'm opening a fraud report and flagging that wallet — if the money is still there, we can hold it. I can't promise, but you called fast, and that matters."),
     c("Will I get it back? Honestly? The school wants it Sunday.", None),
     t("Honestly: if it's still in that wallet, there's a good chance; if it's been cashed out, it's harder. You'll get an SMS with the report number in five minutes. Take that to the police station too — their report helps us. We'll call you within 48 hours, before Sunday."),
     c("Okay... okay. And my wallet, when can I use it?", None),
     t("Set a new PIN at any branch with your ID and I'll unfreeze it the same day. And remember: we never call to ask for the code. Never."),
     c("Thank you. I go to the police now.", None)],
    [_o,
     t("I'm sorry to hear that, madam, I understand how stressful that must be. Unfortunately these scams are very common now. That's why we launched Wallet Shield, fraud insurance, only 25 pounds a month."),
     c("Insurance? The money is gone now! Can you stop it or not?", None),
     t("I hear you, I'll note the complaint. But to protect you in the future, Wallet Shield covers up to 10,000. Shall I activate it while we're on the line?"),
     c("I don't want anything. 6,000 pounds, my son's school. Please, what do I do now?", "no_need"),
     t("I completely understand your feelings. The complaints team will contact you. Meanwhile, would you like to upgrade to the Gold wallet? It has higher security limits."),
     c("You sell me things while I'm crying? Give me your manager.", None)]))

# 30. blame - olive mill, Messinia
_o = c("Listen. I brought you 40 sacks on Tuesday. You gave me 14 percent. My cousin, same hill, same week, he got 19 at his mill. Fourteen! Either you mixed my olives or somebody is eating my oil.", None)
PAIRS.append(gpair(
    "b84g_kalamata_olive_mill_yield", "olive mill, near Kalamata, Messinia, Greece", "blame",
    "An angry farmer confronts the mill because his oil yield came out far lower than his cousin's at another mill; he suspects a mix-up or cheating.",
    [_o,
     t("Fourteen when you expected nineteen — I'd be angry too. Let's look together. Your ticket: 1,980 kilos in, 277 kilos of oil. When were they picked, and where were they before Tuesday?"),
     c("Picked Saturday and Sunday. In sacks in my storeroom. What, now it's my fault?", None),
     t("No — I'm looking for the reason. Two or three days in sacks costs a little, but not five points. Your cousin's olives, were they as ripe as yours? Greener olives give less oil."),
     c("His were blacker, yes, he picked later. But five points...", None),
     t("Ripeness can explain three or four points. But so you know it's not us: we keep a sample of every batch. I'll send yours to the lab in Kalamata for a fat-content test — 25 euro, I pay it. If it says more oil should have come out, we make up the difference."),
     c("Okay, that's fair. And next time I bring them the same day, you give me a slot?", None),
     t("Call me the day before and you're first in the morning. And crates instead of sacks if you have them — the olives breathe."),
     c("Fine. Call me when the lab answers.", None)],
    [_o,
     t("I understand you're frustrated, and I appreciate you telling me. Can I ask how you stored the olives before bringing them?"),
     c("In sacks. Two days. Like everyone.", None),
     t("There you go. Sacks, two days — they cooked. That's not the mill, that's your storage. What did you expect?"),
     c("My cousin also uses sacks. He got nineteen.", None),
     t("Then his olives were better. Did you maybe pick too early, or water too little in summer? Your trees, your yield."),
     c("So it's my trees now. Forty years I have these trees.", None),
     t("I hear you. So what I'm hearing is you'd like to blame the mill. The machine is computerised, it doesn't lie. Next year bring better olives. Anything else?"),
     c("Next year I bring them to another mill. You lost me.", None)]))
